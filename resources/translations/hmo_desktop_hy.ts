<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy">
<context>
    <name></name>
    <message>
        <source>%1, age %2</source>
        <translation>%1, տարիքը՝ %2</translation>
    </message>
    <message>
        <source>Next step for Medi-Cal: Health Care Options</source>
        <translation>Medi-Cal-ի հաջորդ քայլը՝ Health Care Options</translation>
    </message>
    <message>
        <source>Before you enroll</source>
        <translation>Գրանցվելուց առաջ</translation>
    </message>
    <message>
        <source>PCP ID:</source>
        <translation>PCP-ի ID:</translation>
    </message>
    <message>
        <source>Family medicine</source>
        <translation>Ընտանեկան բժշկություն</translation>
    </message>
    <message>
        <source>Internal medicine</source>
        <translation>Թերապիա (ներքին հիվանդություններ)</translation>
    </message>
    <message>
        <source>Pediatrics</source>
        <translation>Մանկաբուժություն</translation>
    </message>
    <message>
        <source>OB/GYN</source>
        <translation>Մանկաբարձություն և գինեկոլոգիա (OB/GYN)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Ընտանեկան բժշկություն</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Թերապիա</translation>
    </message>
    <message>
        <source>All ages, children to seniors; often the whole family.</source>
        <translation>Բոլոր տարիքները՝ երեխաներից մինչև տարեցներ. հաճախ ամբողջ ընտանիքը։</translation>
    </message>
    <message>
        <source>Adults only: prevention and long-term conditions.</source>
        <translation>Միայն մեծահասակներ՝ կանխարգելում և քրոնիկ հիվանդություններ։</translation>
    </message>
    <message>
        <source>Babies, children and teens (up to 18 or 21).</source>
        <translation>Նորածիններ, երեխաներ և դեռահասներ (մինչև 18 կամ 21 տարեկան)։</translation>
    </message>
    <message>
        <source>Women&apos;s health, pregnancy and gynecology; some act as a PCP.</source>
        <translation>Կանանց առողջություն, հղիություն և գինեկոլոգիա. ոմանք կարող են լինել Ձեր PCP-ն։</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>Նոր պացիենտներ է ընդունում</translation>
    </message>
    <message>
        <source>Existing patients only</source>
        <translation>Միայն ներկայիս պացիենտներ</translation>
    </message>
    <message>
        <source>Existing patients and their family</source>
        <translation>Ներկայիս պացիենտներ և նրանց ընտանիքը</translation>
    </message>
    <message>
        <source>Not accepting patients</source>
        <translation>Պացիենտներ չի ընդունում</translation>
    </message>
    <message>
        <source>Call to ask</source>
        <translation>Զանգահարեք և հարցրեք</translation>
    </message>
    <message>
        <source>Medi-Cal</source>
        <translation>Medi-Cal</translation>
    </message>
    <message>
        <source>Covered California</source>
        <translation>Covered California</translation>
    </message>
    <message>
        <source>Medicare Advantage</source>
        <translation>Medicare Advantage</translation>
    </message>
    <message>
        <source>Employer and individual (commercial)</source>
        <translation>Գործատուի և անհատական (առևտրային)</translation>
    </message>
    <message>
        <source>Accessible parking</source>
        <translation>Մատչելի կայանատեղի</translation>
    </message>
    <message>
        <source>Accessible entrance</source>
        <translation>Մատչելի մուտք</translation>
    </message>
    <message>
        <source>Accessible inside the building</source>
        <translation>Մատչելի է շենքի ներսում</translation>
    </message>
    <message>
        <source>Accessible restroom</source>
        <translation>Մատչելի զուգարան</translation>
    </message>
    <message>
        <source>Accessible exam room</source>
        <translation>Մատչելի զննման սենյակ</translation>
    </message>
    <message>
        <source>Height-adjustable exam table / accessible scale</source>
        <translation>Բարձրությունը կարգավորվող զննման սեղան / մատչելի կշեռք</translation>
    </message>
    <message>
        <source>Sample doctor (fictional)</source>
        <translation>Օրինակ բժիշկ (հորինված, իրական չէ)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1՝ %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a list</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 mi</source>
        <translation>%1 մղոն</translation>
    </message>
    <message>
        <source>Languages: English only.</source>
        <translation>Լեզուներ՝ միայն անգլերեն։</translation>
    </message>
    <message>
        <source>Languages: English, %1. None of these translations has been reviewed by a fluent speaker yet; tell the team what reads wrong.</source>
        <translation>Լեզուներ՝ անգլերեն, %1։ Այս թարգմանություններից ոչ մեկը դեռ չի ստուգվել լեզուն լավ տիրապետող անձի կողմից. տեղեկացրեք թիմին, եթե ինչ-որ բան սխալ է հնչում։</translation>
    </message>
    <message>
        <source>Languages: English, %1. Reviewed by a fluent speaker: %2.</source>
        <translation>Լեզուներ՝ անգլերեն, %1։ Ստուգված է լեզուն լավ տիրապետող անձի կողմից՝ %2։</translation>
    </message>
    <message>
        <source>To translate or review a language, open its file, resources/translations/hmo_desktop_&lt;code&gt;.ts, in Qt Linguist (README, &quot;Languages&quot;).</source>
        <translation>Լեզուն թարգմանելու կամ ստուգելու համար բացեք դրա ֆայլը՝ resources/translations/hmo_desktop_&lt;code&gt;.ts, Qt Linguist-ում (README, «Languages»)։</translation>
    </message>
    <message>
        <source>made by this app</source>
        <translation>ստեղծվել է այս հավելվածի կողմից</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>ամսաթիվ՝ %1</translation>
    </message>
    <message>
        <source>fictional samples, made up by this app</source>
        <translation>հորինված օրինակներ՝ ստեղծված այս հավելվածի կողմից</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>եզրակացվել է այս հավելվածի կողմից</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>հանրային տվյալներ, կարող են հնացած լինել</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>հանրային տվյալներ</translation>
    </message>
    <message>
        <source>none (used while building)</source>
        <translation>չկա (օգտագործվում է կառուցման ժամանակ)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Աղբյուր</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Տողեր</translation>
    </message>
    <message>
        <source>Works offline; sends nothing anywhere.</source>
        <translation>Աշխատում է առանց ինտերնետի. ոչինչ ոչ մի տեղ չի ուղարկում։</translation>
    </message>
    <message>
        <source>Directory %1, checksum %2</source>
        <translation>Տեղեկատու՝ %1, ստուգիչ գումար՝ %2</translation>
    </message>
    <message>
        <source>Data sources (%1)</source>
        <translation>Տվյալների աղբյուրներ (%1)</translation>
    </message>
    <message>
        <source>About HMO Desktop</source>
        <translation>HMO Desktop-ի մասին</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data sources</source>
        <translation>HMO Desktop-ի և նրա տվյալների աղբյուրների մասին</translation>
    </message>
    <message>
        <source>%1 (sample office)</source>
        <translation>%1 (օրինակ գրասենյակ, հորինված)</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>%1 շրջան</translation>
    </message>
    <message>
        <source>Sample group: its office is a sample placed at a ZIP code center, %1 away.</source>
        <translation>Օրինակ խումբ (հորինված). նրա գրասենյակը օրինակ է՝ տեղադրված փոստային ինդեքսի (ZIP) կենտրոնում, %1 հեռավորության վրա։</translation>
    </message>
    <message>
        <source>Sample group: its office is not in this directory.</source>
        <translation>Օրինակ խումբ (հորինված). նրա գրասենյակը այս տեղեկատուում չէ։</translation>
    </message>
    <message>
        <source>Serves %1; office address not in this directory.</source>
        <translation>Սպասարկում է՝ %1. գրասենյակի հասցեն այս տեղեկատուում չէ։</translation>
    </message>
    <message>
        <source>No %1 doctors in this group here</source>
        <translation>Այս խմբում այստեղ «%1» մասնագիտության բժիշկներ չկան</translation>
    </message>
    <message>
        <source>%1 of 1 %2 doctor is accepting new patients</source>
        <translation>«%2» մասնագիտության 1 բժշկից %1-ը նոր պացիենտներ է ընդունում</translation>
    </message>
    <message numerus="yes">
        <source>%n counties</source>
        <translation>
            <numerusform>%n շրջան</numerusform>
            <numerusform>%n շրջան</numerusform>
        </translation>
    </message>
    <message>
        <source>Counties: %1</source>
        <translation>Շրջաններ՝ %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln %2 doctors are accepting new patients</source>
        <translation>
            <numerusform>«%2» մասնագիտության %Ln բժշկից %1-ը նոր պացիենտներ է ընդունում</numerusform>
            <numerusform>«%2» մասնագիտության %Ln բժշկից %1-ը նոր պացիենտներ է ընդունում</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Գնահատված չէ</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Հրապարակված չէ</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (եզրակացված)</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan with one Permanente Medical Group per region. Enter your ZIP code or county above, or choose the group of the region where you live: Northern or Southern California.</source>
        <translation>Kaiser Permanente-ն ինտեգրված ծրագիր է՝ յուրաքանչյուր տարածաշրջանում մեկ Permanente Medical Group-ով։ Վերևում մուտքագրեք Ձեր փոստային ինդեքսը (ZIP) կամ շրջանը, կամ ընտրեք այն տարածաշրջանի խումբը, որտեղ ապրում եք՝ Հյուսիսային կամ Հարավային Կալիֆորնիա։</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, with a care team at each PACE center. Enter your ZIP code or county above, or choose the center where you live.</source>
        <translation>PACE-ը նախատեսված է 55 և ավելի տարեկան անձանց համար, յուրաքանչյուր PACE կենտրոնում բժշկական թիմով։ Վերևում մուտքագրեք Ձեր փոստային ինդեքսը (ZIP) կամ շրջանը, կամ ընտրեք այն կենտրոնը, որտեղ ապրում եք։</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group of your region, so there is no medical group to choose. Continue to choose your doctor.</source>
        <translation>Kaiser Permanente-ն ինտեգրված ծրագիր է. նրա բոլոր բժիշկները պատկանում են Ձեր տարածաշրջանի Permanente Medical Group-ին, ուստի բժշկական խումբ ընտրել պետք չէ։ Շարունակեք՝ Ձեր բժշկին ընտրելու համար։</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older. Your care team, your doctor included, is at your PACE center, so there is no medical group to choose. Continue to see the center&apos;s doctors.</source>
        <translation>PACE-ը նախատեսված է 55 և ավելի տարեկան անձանց համար։ Ձեր բժշկական թիմը, այդ թվում Ձեր բժիշկը, գտնվում է Ձեր PACE կենտրոնում, ուստի բժշկական խումբ ընտրել պետք չէ։ Շարունակեք՝ կենտրոնի բժիշկներին տեսնելու համար։</translation>
    </message>
    <message>
        <source>Your doctor belongs to a medical group. The group decides referrals to specialists and which hospitals you use. Numbers show doctors accepting new patients, for patients of any age.</source>
        <translation>Ձեր բժիշկը պատկանում է բժշկական խմբի։ Խումբն է որոշում մասնագետների մոտ ուղեգրերը և այն հիվանդանոցները, որտեղ Դուք կսպասարկվեք։ Թվերը ցույց են տալիս, թե քանի բժիշկ է նոր պացիենտներ ընդունում՝ ցանկացած տարիքի։</translation>
    </message>
    <message>
        <source>If you choose this group, your PCP and your specialists come from it, and referrals to specialists go through it.</source>
        <translation>Եթե ընտրեք այս խումբը, Ձեր PCP-ն և Ձեր մասնագետները կլինեն այս խմբից, և մասնագետների մոտ ուղեգրերը կանցնեն այս խմբի միջոցով։</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>Ուղեգրի կանոններ</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>Ոչ աշխատանքային ժամերի գիծ</translation>
    </message>
    <message>
        <source>not in this directory: see your member ID card or call the plan.</source>
        <translation>այս տեղեկատուում չէ. տեսեք Ձեր անդամի ID քարտը կամ զանգահարեք ծրագրին։</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>Բժիշկներ</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>Որակի գնահատական</translation>
    </message>
    <message>
        <source>Plan group code</source>
        <translation>Խմբի կոդը ծրագրում</translation>
    </message>
    <message>
        <source>Sample group (fictional): this plan&apos;s group list is not available offline, so this group and everything said about it are samples.</source>
        <translation>Օրինակ խումբ (հորինված). այս ծրագրի խմբերի ցանկը հասանելի չէ առանց ինտերնետի, ուստի այս խումբը և դրա մասին ասված ամեն ինչ հորինված օրինակներ են։</translation>
    </message>
    <message>
        <source>The plan&apos;s own care team. Its doctors in this directory are samples.</source>
        <translation>Ծրագրի սեփական բժշկական թիմը։ Նրա բժիշկներն այս տեղեկատուում հորինված օրինակներ են։</translation>
    </message>
    <message>
        <source>Listed by the carrier for this network in 2017-18. Networks change every year: call the plan to confirm.</source>
        <translation>Ապահովագրական ընկերության կողմից այս ցանցի համար հրապարակված ցանկ՝ 2017-18 թթ.։ Ցանցերը փոխվում են ամեն տարի. զանգահարեք ծրագրին՝ հաստատելու համար։</translation>
    </message>
    <message>
        <source>Not published: ask the group or the plan which hospitals it uses.</source>
        <translation>Հրապարակված չէ. հարցրեք խմբին կամ ծրագրին, թե որ հիվանդանոցներից է այն օգտվում։</translation>
    </message>
    <message>
        <source>%1 (CMS rating %2 of 5)</source>
        <translation>%1 (CMS գնահատական՝ %2՝ 5-ից)</translation>
    </message>
    <message>
        <source>inferred from distance, not published by the group</source>
        <translation>եզրակացված է հեռավորությունից, խմբի կողմից հրապարակված չէ</translation>
    </message>
    <message>
        <source>sample, fictional</source>
        <translation>օրինակ, հորինված</translation>
    </message>
    <message>
        <source>not in this directory: ask the group or the plan.</source>
        <translation>այս տեղեկատուում չէ. հարցրեք խմբին կամ ծրագրին։</translation>
    </message>
    <message>
        <source>You can see an OB/GYN in your plan&apos;s network without a referral or prior approval (California law); the plan may require the OB/GYN to be in your medical group.</source>
        <translation>Դուք կարող եք դիմել Ձեր ծրագրի ցանցի մանկաբարձ-գինեկոլոգին (OB/GYN) առանց ուղեգրի կամ նախնական թույլտվության (Կալիֆորնիայի օրենք). ծրագիրը կարող է պահանջել, որ OB/GYN-ը լինի Ձեր բժշկական խմբից։</translation>
    </message>
    <message>
        <source>How a PACE member&apos;s doctor is assigned: when you enroll, the PACE center&apos;s care team assigns you a primary care doctor who works at the center. You can ask the center for a particular doctor on its team.</source>
        <translation>Ինչպես է նշանակվում PACE-ի անդամի բժիշկը. գրանցվելիս PACE կենտրոնի բժշկական թիմը Ձեզ նշանակում է առաջնային բուժօգնության բժիշկ, որն աշխատում է կենտրոնում։ Դուք կարող եք կենտրոնից խնդրել կոնկրետ բժշկի նրա թիմից։</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>Առաջին ընտրություն</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Պահեստային %1</translation>
    </message>
    <message>
        <source>The selected member&apos;s doctors</source>
        <translation>Ընտրված անդամի բժիշկները</translation>
    </message>
    <message>
        <source>This member&apos;s plan</source>
        <translation>Այս անդամի ծրագիրը</translation>
    </message>
    <message>
        <source>Plan for this member:</source>
        <translation>Ծրագիր այս անդամի համար՝</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Ընտրություն</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Բժիշկ</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Նոր պացիենտներ</translation>
    </message>
    <message>
        <source>Make first choice</source>
        <translation>Դարձնել առաջին ընտրություն</translation>
    </message>
    <message>
        <source>Make this doctor the member&apos;s first choice</source>
        <translation>Այս բժշկին դարձնել անդամի առաջին ընտրությունը</translation>
    </message>
    <message>
        <source>Remove doctor</source>
        <translation>Հեռացնել բժշկին</translation>
    </message>
    <message>
        <source>Remove this doctor from the member&apos;s choices</source>
        <translation>Հեռացնել այս բժշկին անդամի ընտրություններից</translation>
    </message>
    <message>
        <source>Select a member to see their plan and doctors.</source>
        <translation>Ընտրեք անդամին՝ նրա ծրագիրն ու բժիշկներին տեսնելու համար։</translation>
    </message>
    <message>
        <source>%1&apos;s plan and doctors</source>
        <translation>%1-ի ծրագիրն ու բժիշկները</translation>
    </message>
    <message>
        <source>The household&apos;s plan (%1)</source>
        <translation>Ընտանիքի ծրագիրը (%1)</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>դեռ ընտրված չէ</translation>
    </message>
    <message>
        <source>Type the member&apos;s first name or a nickname.</source>
        <translation>Մուտքագրեք անդամի անունը կամ մականունը։</translation>
    </message>
    <message>
        <source>That name is long: a first name or a nickname is enough.</source>
        <translation>Այդ անունը երկար է. բավական է անունը կամ մականունը։</translation>
    </message>
    <message>
        <source>Type a first name or nickname only: no numbers, dates, IDs or addresses.</source>
        <translation>Մուտքագրեք միայն անուն կամ մականուն՝ առանց թվերի, ամսաթվերի, ID-ների կամ հասցեների։</translation>
    </message>
    <message>
        <source>The age must be from 0 to 120.</source>
        <translation>Տարիքը պետք է լինի 0-ից 120։</translation>
    </message>
    <message>
        <source>Choose female, male, or leave sex not given.</source>
        <translation>Ընտրեք իգական, արական, կամ թողեք սեռը չնշված։</translation>
    </message>
    <message>
        <source>One of the access needs is not known to this app.</source>
        <translation>Մատչելիության կարիքներից մեկն անհայտ է այս հավելվածին։</translation>
    </message>
    <message>
        <source>This member cannot be added as given.</source>
        <translation>Այս անդամին հնարավոր չէ ավելացնել այս տվյալներով։</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>առաջին ընտրություն</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>պահեստային %1</translation>
    </message>
    <message>
        <source>%1 has no PCP yet.</source>
        <translation>%1՝ դեռ PCP չունի։</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is no longer in this directory for this plan; choose another doctor.</source>
        <translation>%1. %2 (%3) այլևս այս տեղեկատուում չէ այս ծրագրի համար. ընտրեք այլ բժիշկ։</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in this member&apos;s plan.</source>
        <translation>%1. %2 (%3) այս անդամի ծրագրում չէ։</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not taking new patients.</source>
        <translation>%1. %2 (%3) նոր պացիենտներ չի ընդունում։</translation>
    </message>
    <message>
        <source>%1: this directory does not say whether %2 (%3) takes new patients; call to ask.</source>
        <translation>%1. այս տեղեկատուում նշված չէ, թե արդյոք %2 (%3) նոր պացիենտներ է ընդունում. զանգահարեք և հարցրեք։</translation>
    </message>
    <message>
        <source>%1: %2 (%3) sees patients up to age %4; %1 ages out within a year.</source>
        <translation>%1. %2 (%3) ընդունում է մինչև %4 տարեկան պացիենտների, իսկ %1 մեկ տարվա ընթացքում կանցնի այդ տարիքը։</translation>
    </message>
    <message>
        <source>Add the members of the household, one at a time.</source>
        <translation>Ավելացրեք ընտանիքի անդամներին՝ մեկ առ մեկ։</translation>
    </message>
    <message>
        <source>Everyone has a PCP, and nothing needs another look.</source>
        <translation>Բոլորն ունեն PCP, և այլևս ստուգելու բան չկա։</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (օրինակ, հորինված)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Այո</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ոչ</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>այս տեղեկատուում չէ</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, ամսաթիվ՝ %2</translation>
    </message>
    <message>
        <source>needs a ZIP</source>
        <translation>անհրաժեշտ է փոստային ինդեքս (ZIP)</translation>
    </message>
    <message>
        <source>not known here: open this doctor from the doctor step</source>
        <translation>այստեղ հայտնի չէ. բացեք այս բժշկին բժշկի ընտրության քայլից</translation>
    </message>
    <message>
        <source>Evening: %1; Saturday: %2</source>
        <translation>Երեկոյան՝ %1. շաբաթ օրը՝ %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Այո՝ %1</translation>
    </message>
    <message>
        <source>not in this directory: ask the medical group</source>
        <translation>այս տեղեկատուում չէ. հարցրեք բժշկական խմբին</translation>
    </message>
    <message>
        <source>Doctor: %1. Office: %2. Group: %3. Plan: %4.</source>
        <translation>Բժիշկ՝ %1։ Գրասենյակ՝ %2։ Խումբ՝ %3։ Ծրագիր՝ %4։</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Հեռավորություն</translation>
    </message>
    <message>
        <source>Doctor&apos;s languages</source>
        <translation>Բժշկի լեզուները</translation>
    </message>
    <message>
        <source>Staff languages</source>
        <translation>Անձնակազմի լեզուները</translation>
    </message>
    <message>
        <source>Evening and Saturday hours</source>
        <translation>Երեկոյան և շաբաթ օրվա ժամեր</translation>
    </message>
    <message>
        <source>Video visits</source>
        <translation>Տեսազանգով այցեր</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Մատչելիություն</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Հիվանդանոցներ</translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation>Մասնագիտական հավաստագրում</translation>
    </message>
    <message>
        <source>Group rating</source>
        <translation>Խմբի գնահատական</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>Աղբյուր և ամսաթիվ</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Համեմատել</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ընտանիք</translation>
    </message>
    <message>
        <source>Household: everyone enrolling together</source>
        <translation>Ընտանիք՝ բոլոր նրանք, ովքեր գրանցվում են միասին</translation>
    </message>
    <message>
        <source>1 doctor can see everyone (ages %1).</source>
        <translation>1 բժիշկ կարող է ընդունել բոլորին (տարիքները՝ %1)։</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors can see everyone (ages %1).</source>
        <translation>
            <numerusform>%Ln բժիշկ կարող է ընդունել բոլորին (տարիքները՝ %1)։</numerusform>
            <numerusform>%Ln բժիշկ կարող է ընդունել բոլորին (տարիքները՝ %1)։</numerusform>
        </translation>
    </message>
    <message>
        <source>Same doctor for the family</source>
        <translation>Նույն բժիշկը ամբողջ ընտանիքի համար</translation>
    </message>
    <message>
        <source>Doctors who can see every member</source>
        <translation>Բժիշկներ, որոնք կարող են ընդունել բոլոր անդամներին</translation>
    </message>
    <message>
        <source>Doctors for the whole family</source>
        <translation>Բժիշկներ ամբողջ ընտանիքի համար</translation>
    </message>
    <message>
        <source>Doctors for everyone</source>
        <translation>Բժիշկներ բոլորի համար</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Անդամ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Տարիք</translation>
    </message>
    <message>
        <source>PCP</source>
        <translation>PCP</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Պահեստայիններ</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>Ընտանիքի անդամները</translation>
    </message>
    <message>
        <source>Use the current doctor</source>
        <translation>Ընտրել ընթացիկ բժշկին</translation>
    </message>
    <message>
        <source>Use the current doctor as this member&apos;s first choice</source>
        <translation>Ընթացիկ բժշկին դարձնել այս անդամի առաջին ընտրությունը</translation>
    </message>
    <message>
        <source>Add as a backup</source>
        <translation>Ավելացնել որպես պահեստային</translation>
    </message>
    <message>
        <source>Add the current doctor as this member&apos;s backup</source>
        <translation>Ընթացիկ բժշկին ավելացնել որպես այս անդամի պահեստային</translation>
    </message>
    <message>
        <source>Change member</source>
        <translation>Փոխել անդամին</translation>
    </message>
    <message>
        <source>Change this member</source>
        <translation>Փոխել այս անդամի տվյալները</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Հեռացնել անդամին</translation>
    </message>
    <message>
        <source>Remove this member</source>
        <translation>Հեռացնել այս անդամին</translation>
    </message>
    <message>
        <source>What to look at again</source>
        <translation>Ինչը նորից ստուգել</translation>
    </message>
    <message>
        <source>Compare the chosen doctors</source>
        <translation>Համեմատել ընտրված բժիշկներին</translation>
    </message>
    <message>
        <source>Members, or compare</source>
        <translation>Անդամներ կամ համեմատություն</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Անդամներ</translation>
    </message>
    <message>
        <source>C&amp;ompare doctors</source>
        <translation>&amp;Համեմատել բժիշկներին</translation>
    </message>
    <message>
        <source>Needs a PCP</source>
        <translation>PCP է պետք</translation>
    </message>
    <message>
        <source>Choose a plan and add the members first.</source>
        <translation>Նախ ընտրեք ծրագիր և ավելացրեք անդամներին։</translation>
    </message>
    <message>
        <source>Use the current doctor for %1</source>
        <translation>Ընտրել ընթացիկ բժշկին %1-ի համար</translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation>Գրանցման ամփոփում</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>Անուն կամ մականուն</translation>
    </message>
    <message>
        <source>Sex (optional)</source>
        <translation>Սեռ (ըստ ցանկության)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Նշված չէ</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Իգական</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Արական</translation>
    </message>
    <message>
        <source>Preferred language (optional)</source>
        <translation>Նախընտրելի լեզու (ըստ ցանկության)</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>Սայլակի համար մատչելիություն</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>Երեկոյան ժամեր</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>Շաբաթ օրվա ժամեր</translation>
    </message>
    <message>
        <source>Wants an OB/GYN as PCP</source>
        <translation>Ցանկանում է OB/GYN որպես PCP</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Ավելացնել անդամ</translation>
    </message>
    <message>
        <source>Add this member</source>
        <translation>Ավելացնել այս անդամին</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Չեղարկել փոփոխությունները</translation>
    </message>
    <message>
        <source>Leave the member as they were</source>
        <translation>Թողնել անդամին ինչպես կար</translation>
    </message>
    <message>
        <source>Why the member was not added</source>
        <translation>Ինչու անդամը չավելացվեց</translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation>Անուն կամ մականուն՝</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Տարիք՝</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>Սեռ (ըստ ցանկության)՝</translation>
    </message>
    <message>
        <source>Language (optional):</source>
        <translation>Լեզու (ըստ ցանկության)՝</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Պահպանել փոփոխությունները</translation>
    </message>
    <message>
        <source>Save the changes to this member</source>
        <translation>Պահպանել այս անդամի փոփոխությունները</translation>
    </message>
    <message>
        <source>The saved household file was damaged. It was set aside, and the last good copy was opened instead: check the members and their doctors.</source>
        <translation>Ընտանիքի պահպանված ֆայլը վնասված էր։ Այն մի կողմ է դրվել, և փոխարենը բացվել է վերջին անվնաս պատճենը. ստուգեք անդամներին և նրանց բժիշկներին։</translation>
    </message>
    <message>
        <source>The saved household file was damaged, and there was no good copy to open. It was set aside; add the members again.</source>
        <translation>Ընտանիքի պահպանված ֆայլը վնասված էր, և բացելու համար անվնաս պատճեն չկար։ Այն մի կողմ է դրվել. նորից ավելացրեք անդամներին։</translation>
    </message>
    <message>
        <source>The saved household was kept by a newer version of HMO Desktop. It was left as it is; open it with that version.</source>
        <translation>Պահպանված ընտանիքը ստեղծվել է HMO Desktop-ի ավելի նոր տարբերակով։ Այն թողնվել է անփոփոխ. բացեք այն այդ տարբերակով։</translation>
    </message>
    <message>
        <source>The saved household could not be brought up to date. It was left as it was; add the members again, or try again after updating HMO Desktop.</source>
        <translation>Պահպանված ընտանիքը հնարավոր չեղավ թարմացնել։ Այն թողնվել է ինչպես կար. նորից ավելացրեք անդամներին կամ կրկին փորձեք HMO Desktop-ը թարմացնելուց հետո։</translation>
    </message>
    <message>
        <source>The saved household could not be opened.</source>
        <translation>Պահպանված ընտանիքը հնարավոր չեղավ բացել։</translation>
    </message>
    <message>
        <source>The saved household could not be opened: %1</source>
        <translation>Պահպանված ընտանիքը հնարավոր չեղավ բացել՝ %1</translation>
    </message>
    <message>
        <source>Your household kept on this computer is open: View &gt; Household.</source>
        <translation>Այս համակարգչում պահպանված Ձեր ընտանիքը բաց է՝ Տեսք &gt; Ընտանիք։</translation>
    </message>
    <message>
        <source>Doctors no longer in this directory: %1. Choose others.</source>
        <translation>Բժիշկներ, որոնք այլևս այս տեղեկատուում չեն՝ %1։ Ընտրեք ուրիշներին։</translation>
    </message>
    <message>
        <source>The household could not be saved in %1: %2. Nothing was changed there.</source>
        <translation>Ընտանիքը հնարավոր չեղավ պահպանել %1-ում՝ %2։ Այնտեղ ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <source>Kept on this computer. Changes are saved as you make them.</source>
        <translation>Պահված է այս համակարգչում։ Փոփոխությունները պահպանվում են անմիջապես։</translation>
    </message>
    <message>
        <source>This household is forgotten: nothing of it is kept on this computer.</source>
        <translation>Այս ընտանիքը մոռացված է. այս համակարգչում դրանից ոչինչ չի պահվում։</translation>
    </message>
    <message>
        <source>Keep this household?</source>
        <translation>Պահե՞լ այս ընտանիքը։</translation>
    </message>
    <message>
        <source>Keep this household on this computer for next time?</source>
        <translation>Պահե՞լ այս ընտանիքը այս համակարգչում հաջորդ անգամվա համար։</translation>
    </message>
    <message>
        <source>Only the first names or nicknames, ages and chosen doctors are kept, in your user folder. On a shared computer, choose Don&apos;t keep.</source>
        <translation>Պահվում են միայն անունները կամ մականունները, տարիքները և ընտրված բժիշկները՝ Ձեր օգտատիրոջ թղթապանակում։ Ընդհանուր օգտագործման համակարգչում ընտրեք «Չպահել»։</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Պահել</translation>
    </message>
    <message>
        <source>Don&apos;t keep</source>
        <translation>Չպահել</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <source>Forget this household?</source>
        <translation>Մոռանա՞լ այս ընտանիքը։</translation>
    </message>
    <message>
        <source>Its members and their doctors are removed from the screen, and the copy kept on this computer is deleted with its backups. This cannot be undone.</source>
        <translation>Դրա անդամներն ու նրանց բժիշկները կհեռացվեն էկրանից, իսկ այս համակարգչում պահված պատճենը կջնջվի իր պահուստային պատճենների հետ։ Սա հնարավոր չէ հետարկել։</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Մոռանալ</translation>
    </message>
    <message>
        <source>&amp;Household…</source>
        <translation>&amp;Ընտանիք…</translation>
    </message>
    <message>
        <source>The family&apos;s members, their doctors, and the enrollment summary</source>
        <translation>Ընտանիքի անդամները, նրանց բժիշկները և գրանցման ամփոփումը</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>Ընդունում է</translation>
    </message>
    <message>
        <source>%1; ages not in this directory</source>
        <translation>%1. տարիքները այս տեղեկատուում նշված չեն</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Բժշկական խումբ</translation>
    </message>
    <message>
        <source>Save the enrollment summary</source>
        <translation>Պահպանել գրանցման ամփոփումը</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ֆայլեր (*.pdf)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Խոշոր տառեր</translation>
    </message>
    <message>
        <source>Large print summary</source>
        <translation>Ամփոփում խոշոր տառերով</translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation>Պահպանել ամփոփումը որպես PDF…</translation>
    </message>
    <message>
        <source>Save the enrollment summary as a PDF file</source>
        <translation>Պահպանել գրանցման ամփոփումը որպես PDF ֆայլ</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>Տպել ամփոփումը…</translation>
    </message>
    <message>
        <source>Print the enrollment summary</source>
        <translation>Տպել գրանցման ամփոփումը</translation>
    </message>
    <message>
        <source>Keep on this computer</source>
        <translation>Պահել այս համակարգչում</translation>
    </message>
    <message>
        <source>Keep this household on this computer</source>
        <translation>Պահել այս ընտանիքը այս համակարգչում</translation>
    </message>
    <message>
        <source>Forget this household</source>
        <translation>Մոռանալ այս ընտանիքը</translation>
    </message>
    <message>
        <source>Close the household</source>
        <translation>Փակել ընտանիքը</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>Պահված է այս համակարգչում</translation>
    </message>
    <message>
        <source>The summary is printing. Please collect it from the printer.</source>
        <translation>Ամփոփումը տպվում է։ Խնդրում ենք վերցնել այն տպիչից։</translation>
    </message>
    <message>
        <source>The summary is ready. A staff member will print it for you.</source>
        <translation>Ամփոփումը պատրաստ է։ Աշխատակիցը կտպի այն Ձեզ համար։</translation>
    </message>
    <message>
        <source>No printer is set up here. Please ask staff.</source>
        <translation>Այստեղ տպիչ կարգավորված չէ։ Խնդրում ենք դիմել աշխատակցին։</translation>
    </message>
    <message>
        <source>The summary could not be made. Please ask staff.</source>
        <translation>Ամփոփումը հնարավոր չեղավ ստեղծել։ Խնդրում ենք դիմել աշխատակցին։</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Տպել ամփոփումը</translation>
    </message>
    <message>
        <source>HMO Desktop kiosk</source>
        <translation>HMO Desktop տերմինալ</translation>
    </message>
    <message>
        <source>HMO Desktop</source>
        <translation>HMO Desktop</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Միայն անձնակազմի համար</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Անձնակազմի PIN</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>Անձնակազմի PIN՝</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>PIN-ի հաղորդագրություն</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ապակողպել</translation>
    </message>
    <message>
        <source>Unlock staff settings</source>
        <translation>Ապակողպել անձնակազմի կարգավորումները</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Վերադառնալ տերմինալ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Կարգավորումներ</translation>
    </message>
    <message>
        <source>Clear for the next person</source>
        <translation>Մաքրել հաջորդ անձի համար</translation>
    </message>
    <message>
        <source>Clear everything now for the next person</source>
        <translation>Հիմա մաքրել ամեն ինչ հաջորդ անձի համար</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Դուրս գալ տերմինալից</translation>
    </message>
    <message>
        <source>No staff PIN is set, so this kiosk cannot be left from here. To set one, run this on the computer, then start the kiosk again:

hmo-desktop --set-kiosk-pin

It is kept, as a salted hash, in %1</source>
        <translation>Անձնակազմի PIN սահմանված չէ, ուստի այստեղից հնարավոր չէ դուրս գալ տերմինալից։ Այն սահմանելու համար համակարգչում գործարկեք սա, ապա նորից գործարկեք տերմինալը՝

hmo-desktop --set-kiosk-pin

Այն պահվում է աղով հեշի տեսքով՝ %1-ում</translation>
    </message>
    <message>
        <source>Configuration file: %1</source>
        <translation>Կարգավորումների ֆայլ՝ %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>չկա</translation>
    </message>
    <message>
        <source>Idle time before the warning: %1 seconds</source>
        <translation>Անգործության ժամանակը մինչև նախազգուշացումը՝ %1 վայրկյան</translation>
    </message>
    <message>
        <source>The warning counts down from: %1 seconds</source>
        <translation>Նախազգուշացման հետհաշվարկը սկսվում է՝ %1 վայրկյանից</translation>
    </message>
    <message>
        <source>Text size for each new person: %1 %</source>
        <translation>Տեքստի չափը յուրաքանչյուր նոր անձի համար՝ %1 %</translation>
    </message>
    <message>
        <source>Summaries: PDF files in %1, emptied at every reset</source>
        <translation>Ամփոփումներ՝ PDF ֆայլեր %1-ում, որը դատարկվում է յուրաքանչյուր վերագործարկման ժամանակ</translation>
    </message>
    <message>
        <source>Summaries: printed on %1</source>
        <translation>Ամփոփումներ՝ տպվում են %1-ով</translation>
    </message>
    <message>
        <source>Summaries: no default printer is set up on this computer</source>
        <translation>Ամփոփումներ՝ այս համակարգչում լռելյայն տպիչ կարգավորված չէ</translation>
    </message>
    <message>
        <source>The configuration file was not used: %1</source>
        <translation>Կարգավորումների ֆայլը չի օգտագործվել՝ %1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Չափազանց շատ սխալ PIN-եր։ Կրկին փորձեք %1 վ հետո։</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Այդ PIN-ը ճիշտ չէ։</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Ընտրացանկի տող</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Այլ ընտրացանկեր</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ֆայլ</translation>
    </message>
    <message>
        <source>&amp;Open directory…</source>
        <translation>&amp;Բացել տեղեկատուն…</translation>
    </message>
    <message>
        <source>Open another doctor directory file; it is checked before it is used</source>
        <translation>Բացել բժիշկների տեղեկատուի այլ ֆայլ. այն ստուգվում է օգտագործելուց առաջ</translation>
    </message>
    <message>
        <source>Open a doctor directory</source>
        <translation>Բացել բժիշկների տեղեկատու</translation>
    </message>
    <message>
        <source>Doctor directories (*.sqlite)</source>
        <translation>Բժիշկների տեղեկատուներ (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. You can keep working; if it happens again, send these details to the team.</source>
        <translation>HMO Desktop-ի ներսում ինչ-որ բան սխալ գնաց։ Կարող եք շարունակել աշխատել. եթե դա կրկնվի, ուղարկեք այս մանրամասները մշակողների թիմին։</translation>
    </message>
    <message>
        <source>The doctor directory is not an HMO Desktop directory.</source>
        <translation>Բժիշկների տեղեկատուն HMO Desktop-ի տեղեկատու չէ։</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is damaged.</source>
        <translation>HMO Desktop-ի հետ տրամադրված բժիշկների տեղեկատուն վնասված է։</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is missing.</source>
        <translation>HMO Desktop-ի հետ տրամադրված բժիշկների տեղեկատուն բացակայում է։</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory.</source>
        <translation>HMO Desktop-ը թույլտվություն չունի կարդալու իր բժիշկների տեղեկատուն։</translation>
    </message>
    <message>
        <source>A folder is where HMO Desktop&apos;s doctor directory should be.</source>
        <translation>Այնտեղ, որտեղ պետք է լինի HMO Desktop-ի բժիշկների տեղեկատուն, թղթապանակ է։</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory&apos;s manifest.</source>
        <translation>HMO Desktop-ը թույլտվություն չունի կարդալու իր բժիշկների տեղեկատուի մանիֆեստը։</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop is damaged.</source>
        <translation>HMO Desktop-ին տրված բժիշկների տեղեկատուի ֆայլը վնասված է։</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop does not exist.</source>
        <translation>HMO Desktop-ին տրված բժիշկների տեղեկատուի ֆայլը գոյություն չունի։</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the doctor directory file it was given.</source>
        <translation>HMO Desktop-ը թույլտվություն չունի կարդալու իրեն տրված բժիշկների տեղեկատուի ֆայլը։</translation>
    </message>
    <message>
        <source>HMO Desktop was given a folder, not a doctor directory file.</source>
        <translation>HMO Desktop-ին տրվել է թղթապանակ, ոչ թե բժիշկների տեղեկատուի ֆայլ։</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the manifest of the doctor directory file it was given.</source>
        <translation>HMO Desktop-ը թույլտվություն չունի կարդալու իրեն տրված բժիշկների տեղեկատուի ֆայլի մանիֆեստը։</translation>
    </message>
    <message>
        <source>This doctor directory needs a newer version of HMO Desktop.</source>
        <translation>Այս բժիշկների տեղեկատուի համար անհրաժեշտ է HMO Desktop-ի ավելի նոր տարբերակ։</translation>
    </message>
    <message>
        <source>This doctor directory is too old for this version of HMO Desktop.</source>
        <translation>Այս բժիշկների տեղեկատուն չափազանց հին է HMO Desktop-ի այս տարբերակի համար։</translation>
    </message>
    <message>
        <source>Reinstall HMO Desktop, or rebuild the directory with &apos;python -m hmo_desktop.datapack build&apos;.</source>
        <translation>Վերատեղադրեք HMO Desktop-ը կամ նորից կառուցեք տեղեկատուն &apos;python -m hmo_desktop.datapack build&apos; հրամանով։</translation>
    </message>
    <message>
        <source>Check that you may read it, or reinstall HMO Desktop.</source>
        <translation>Ստուգեք, որ այն կարդալու թույլտվություն ունեք, կամ վերատեղադրեք HMO Desktop-ը։</translation>
    </message>
    <message>
        <source>Remove or rename that folder, then reinstall HMO Desktop or rebuild the directory.</source>
        <translation>Հեռացրեք կամ վերանվանեք այդ թղթապանակը, ապա վերատեղադրեք HMO Desktop-ը կամ նորից կառուցեք տեղեկատուն։</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use the directory that came with this version.</source>
        <translation>Թարմացրեք HMO Desktop-ը կամ օգտագործեք այս տարբերակի հետ տրամադրված տեղեկատուն։</translation>
    </message>
    <message>
        <source>Check the file given with --directory, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>Ստուգեք --directory-ով նշված ֆայլը կամ կառուցեք նորը &apos;python -m hmo_desktop.datapack build --out FILE&apos; հրամանով։</translation>
    </message>
    <message>
        <source>Check that you may read that file and the folders above it.</source>
        <translation>Ստուգեք, որ թույլտվություն ունեք կարդալու այդ ֆայլը և այն պարունակող թղթապանակները։</translation>
    </message>
    <message>
        <source>Check that you may read the .manifest.json file beside the directory file.</source>
        <translation>Ստուգեք, որ թույլտվություն ունեք կարդալու տեղեկատուի ֆայլի կողքին գտնվող .manifest.json ֆայլը։</translation>
    </message>
    <message>
        <source>Give the path of a directory file (.sqlite), not of a folder.</source>
        <translation>Նշեք տեղեկատուի ֆայլի (.sqlite) ուղին, ոչ թե թղթապանակի։</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use a directory built by this version.</source>
        <translation>Թարմացրեք HMO Desktop-ը կամ օգտագործեք այս տարբերակով կառուցված տեղեկատու։</translation>
    </message>
    <message>
        <source>HMO Desktop cannot use this doctor directory.</source>
        <translation>HMO Desktop-ը չի կարող օգտագործել այս բժիշկների տեղեկատուն։</translation>
    </message>
    <message>
        <source>Choose another directory file, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>Ընտրեք տեղեկատուի այլ ֆայլ կամ կառուցեք նորը &apos;python -m hmo_desktop.datapack build --out FILE&apos; հրամանով։</translation>
    </message>
    <message>
        <source>Open directory</source>
        <translation>Բացել տեղեկատուն</translation>
    </message>
    <message>
        <source>%1

HMO Desktop keeps using the directory it had open.</source>
        <translation>%1

HMO Desktop-ը շարունակում է օգտագործել արդեն բաց տեղեկատուն։</translation>
    </message>
    <message>
        <source>File: %1
%2</source>
        <translation>Ֆայլ՝ %1
%2</translation>
    </message>
    <message>
        <source>Checking the directory file…</source>
        <translation>Տեղեկատուի ֆայլը ստուգվում է…</translation>
    </message>
    <message>
        <source>HMO Desktop: choose your primary care doctor (%1)</source>
        <translation>HMO Desktop. ընտրեք Ձեր առաջնային բուժօգնության բժշկին (%1)</translation>
    </message>
    <message>
        <source>Now using the directory %1.</source>
        <translation>Այժմ օգտագործվում է %1 տեղեկատուն։</translation>
    </message>
    <message>
        <source>Sample?</source>
        <translation>Հորինվա՞ծ է</translation>
    </message>
    <message>
        <source>Generated sample data, not a real person</source>
        <translation>Ստեղծված օրինակ տվյալներ, իրական անձ չէ</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Գրասենյակ</translation>
    </message>
    <message>
        <source>To a sample office placed at a ZIP code center</source>
        <translation>Մինչև փոստային ինդեքսի (ZIP) կենտրոնում տեղադրված օրինակ գրասենյակ</translation>
    </message>
    <message>
        <source>Approximate: to the center of the office&apos;s ZIP code</source>
        <translation>Մոտավոր՝ մինչև գրասենյակի փոստային ինդեքսի (ZIP) կենտրոնը</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Մասնագիտություն</translation>
    </message>
    <message>
        <source>January</source>
        <translation>հունվար</translation>
    </message>
    <message>
        <source>February</source>
        <translation>փետրվար</translation>
    </message>
    <message>
        <source>March</source>
        <translation>մարտ</translation>
    </message>
    <message>
        <source>April</source>
        <translation>ապրիլ</translation>
    </message>
    <message>
        <source>May</source>
        <translation>մայիս</translation>
    </message>
    <message>
        <source>June</source>
        <translation>հունիս</translation>
    </message>
    <message>
        <source>July</source>
        <translation>հուլիս</translation>
    </message>
    <message>
        <source>August</source>
        <translation>օգոստոս</translation>
    </message>
    <message>
        <source>September</source>
        <translation>սեպտեմբեր</translation>
    </message>
    <message>
        <source>October</source>
        <translation>հոկտեմբեր</translation>
    </message>
    <message>
        <source>November</source>
        <translation>նոյեմբեր</translation>
    </message>
    <message>
        <source>December</source>
        <translation>դեկտեմբեր</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 թ. %1</translation>
    </message>
    <message>
        <source>%1, may be out of date</source>
        <translation>%1, կարող են հնացած լինել</translation>
    </message>
    <message>
        <source>Minimum Coverage</source>
        <translation>Նվազագույն ծածկույթ</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Բրոնզե</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Արծաթե</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Ոսկե</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Պլատինե</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for %1 County</source>
        <translation>Medi-Cal-ի առողջապահական ծրագիր %1 շրջանի համար</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for the counties it serves</source>
        <translation>Medi-Cal-ի առողջապահական ծրագիր իր սպասարկած շրջանների համար</translation>
    </message>
    <message>
        <source>Covered California HMO (%1)</source>
        <translation>Covered California-ի HMO (%1)</translation>
    </message>
    <message>
        <source>Covered California HMO</source>
        <translation>Covered California-ի HMO</translation>
    </message>
    <message>
        <source>Employer and individual HMO</source>
        <translation>Գործատուի և անհատական HMO</translation>
    </message>
    <message>
        <source>Medicare Advantage HMO</source>
        <translation>Medicare Advantage HMO</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group for your region, so there is no medical group to choose.</source>
        <translation>Kaiser Permanente-ն ինտեգրված ծրագիր է. նրա բոլոր բժիշկները պատկանում են Ձեր տարածաշրջանի Permanente Medical Group-ին, ուստի բժշկական խումբ ընտրել պետք չէ։</translation>
    </message>
    <message>
        <source>PACE: for people 55 and older who need a nursing-home level of care and can live safely at home; your care team, including your doctor, is at the PACE center.</source>
        <translation>PACE (տարեցների համապարփակ խնամքի ծրագիր)՝ 55 և ավելի տարեկան անձանց համար, ովքեր կարիք ունեն ծերանոցի մակարդակի խնամքի և կարող են ապահով ապրել տանը. Ձեր բժշկական թիմը, այդ թվում Ձեր բժիշկը, գտնվում է PACE կենտրոնում։</translation>
    </message>
    <message>
        <source>This plan&apos;s group list is from %1. Networks change every year: call the plan to confirm.</source>
        <translation>Այս ծրագրի խմբերի ցանկի ամսաթիվը՝ %1։ Ցանցերը փոխվում են ամեն տարի. զանգահարեք ծրագրին՝ հաստատելու համար։</translation>
    </message>
    <message>
        <source>This plan&apos;s information is from %1. Plans and networks change every year: call the plan to confirm.</source>
        <translation>Այս ծրագրի տեղեկությունների ամսաթիվը՝ %1։ Ծրագրերն ու ցանցերը փոխվում են ամեն տարի. զանգահարեք ծրագրին՝ հաստատելու համար։</translation>
    </message>
    <message>
        <source>Medical groups: the carrier&apos;s published list, as of %1.</source>
        <translation>Բժշկական խմբեր՝ ապահովագրական ընկերության հրապարակած ցանկը (ամսաթիվ՝ %1)։</translation>
    </message>
    <message>
        <source>Plan list as of %1.</source>
        <translation>Ծրագրերի ցանկի ամսաթիվը՝ %1։</translation>
    </message>
    <message>
        <source>This plan&apos;s medical group list is not available offline: the groups shown are samples.</source>
        <translation>Այս ծրագրի բժշկական խմբերի ցանկը հասանելի չէ առանց ինտերնետի. ցուցադրված խմբերը հորինված օրինակներ են։</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Աղբյուր՝ %1։</translation>
    </message>
    <message>
        <source>Medi-Cal health plans, by county (December 2025)</source>
        <translation>Medi-Cal-ի առողջապահական ծրագրեր՝ ըստ շրջանների (դեկտեմբեր, 2025 թ.)</translation>
    </message>
    <message>
        <source>Covered California HMOs (2017)</source>
        <translation>Covered California-ի HMO-ներ (2017 թ.)</translation>
    </message>
    <message>
        <source>Anthem Blue Cross and UnitedHealthcare employer and individual HMO networks (2017–18)</source>
        <translation>Anthem Blue Cross-ի և UnitedHealthcare-ի գործատուի և անհատական HMO ցանցեր (2017–18 թթ.)</translation>
    </message>
    <message>
        <source>Use your plan&apos;s own provider directory (on its website or in your welcome kit).</source>
        <translation>Օգտագործեք Ձեր ծրագրի մատակարարների տեղեկատուն (նրա կայքում կամ Ձեր ողջույնի փաթեթում)։</translation>
    </message>
    <message>
        <source>Or call member services: the number is on your member ID card.</source>
        <translation>Կամ զանգահարեք Անդամների սպասարկման ծառայություն. համարը նշված է Ձեր անդամի ID քարտի վրա։</translation>
    </message>
    <message>
        <source>Ask which medical groups and doctors are in your network, near you.</source>
        <translation>Հարցրեք, թե Ձեր ցանցի որ բժշկական խմբերն ու բժիշկներն են Ձեզ մոտ։</translation>
    </message>
    <message>
        <source>Your plan is not listed?</source>
        <translation>Ձեր ծրագիրը ցանկում չէ՞</translation>
    </message>
    <message>
        <source>This directory has only the plans in public files:</source>
        <translation>Այս տեղեկատուն ունի միայն հանրային ֆայլերում առկա ծրագրերը՝</translation>
    </message>
    <message>
        <source>If your plan is not here (for example a Blue Shield, Health Net or Kaiser Permanente plan through an employer, Sharp Health Plan or Western Health Advantage):</source>
        <translation>Եթե Ձեր ծրագիրն այստեղ չէ (օրինակ՝ Blue Shield, Health Net կամ Kaiser Permanente ծրագիր գործատուի միջոցով, Sharp Health Plan կամ Western Health Advantage)՝</translation>
    </message>
    <message>
        <source>On Medi-Cal? Health Care Options (1-800-430-4263) helps you choose a Medi-Cal plan.</source>
        <translation>Ունե՞ք Medi-Cal։ Health Care Options-ը (1-800-430-4263) կօգնի Ձեզ ընտրել Medi-Cal-ի ծրագիր։</translation>
    </message>
    <message>
        <source>You can still look up a doctor you know with &quot;Find my current doctor&quot;: the profile lists every plan in this directory that includes them.</source>
        <translation>Դուք դեռ կարող եք գտնել Ձեր ծանոթ բժշկին «Գտնել իմ ներկայիս բժշկին» կոճակով. պրոֆիլում նշված են այս տեղեկատուի բոլոր ծրագրերը, որոնցում նա ընդգրկված է։</translation>
    </message>
    <message>
        <source>1  Plan</source>
        <translation>1  Ծրագիր</translation>
    </message>
    <message>
        <source>2  Medical group</source>
        <translation>2  Բժշկական խումբ</translation>
    </message>
    <message>
        <source>3  Doctor</source>
        <translation>3  Բժիշկ</translation>
    </message>
    <message>
        <source>4  Doctor&apos;s profile</source>
        <translation>4  Բժշկի պրոֆիլ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Հետ</translation>
    </message>
    <message>
        <source>English copy, for the doctor&apos;s office and the plan</source>
        <translation>Անգլերեն օրինակ՝ բժշկի գրասենյակի և ծրագրի համար</translation>
    </message>
    <message>
        <source>Enrollment summary: your household’s doctor choices</source>
        <translation>Գրանցման ամփոփում՝ Ձեր ընտանիքի բժիշկների ընտրությունը</translation>
    </message>
    <message>
        <source>Take this to your enrollment or keep it by the phone. Each person has their own page, with the PCP ID the plan asks for.</source>
        <translation>Վերցրեք սա Ձեզ հետ գրանցման կամ պահեք հեռախոսի մոտ։ Յուրաքանչյուր անձ ունի իր էջը՝ ծրագրի պահանջած PCP-ի ID-ով։</translation>
    </message>
    <message>
        <source>%1 (sample, fictional)</source>
        <translation>%1 (օրինակ, հորինված)</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it when you enroll</source>
        <translation>այս տեղեկատուում չէ. ծրագիրը այն կտա գրանցվելիս</translation>
    </message>
    <message>
        <source>not in this directory: call the plan</source>
        <translation>այս տեղեկատուում չէ. զանգահարեք ծրագրին</translation>
    </message>
    <message>
        <source>%1 (sample office, not a real address)</source>
        <translation>%1 (օրինակ գրասենյակ, իրական հասցե չէ)</translation>
    </message>
    <message>
        <source>%1 (fictional number)</source>
        <translation>%1 (հորինված համար)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Ծրագիր՝</translation>
    </message>
    <message>
        <source>No PCP chosen yet. Choose one before you enroll; if you do not, the plan chooses one for this person.</source>
        <translation>PCP դեռ ընտրված չէ։ Ընտրեք մեկին մինչև գրանցվելը. եթե չընտրեք, ծրագիրն ինքը կընտրի այս անձի համար։</translation>
    </message>
    <message>
        <source>none yet: no doctor chosen</source>
        <translation>դեռ չկա. բժիշկ ընտրված չէ</translation>
    </message>
    <message>
        <source>Plan member services:</source>
        <translation>Ծրագրի Անդամների սպասարկման ծառայություն՝</translation>
    </message>
    <message>
        <source>not in this directory: it is on the plan’s letters and card</source>
        <translation>այս տեղեկատուում չէ. այն նշված է ծրագրի նամակներում և քարտի վրա</translation>
    </message>
    <message>
        <source>When a PCP change takes effect:</source>
        <translation>Երբ է ուժի մեջ մտնում PCP-ի փոփոխությունը՝</translation>
    </message>
    <message>
        <source>often the first day of the next month; the plan confirms.</source>
        <translation>հաճախ հաջորդ ամսվա առաջին օրը. ծրագիրը հաստատում է։</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Ցանց՝</translation>
    </message>
    <message>
        <source>Medical group:</source>
        <translation>Բժշկական խումբ՝</translation>
    </message>
    <message>
        <source>The plan’s code for this group:</source>
        <translation>Ծրագրի կոդն այս խմբի համար՝</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>Բժիշկ՝</translation>
    </message>
    <message>
        <source>NPI:</source>
        <translation>NPI՝</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>Նոր պացիենտներ՝</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Գրասենյակ՝</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>Գրասենյակի հեռախոս՝</translation>
    </message>
    <message>
        <source>%1 (%2). PCP ID: %3.</source>
        <translation>%1 (%2)։ PCP-ի ID՝ %3։</translation>
    </message>
    <message>
        <source>another plan</source>
        <translation>այլ ծրագիր</translation>
    </message>
    <message>
        <source>%1 In %2, not this person’s plan.</source>
        <translation>%1 %2-ում է, ոչ թե այս անձի ծրագրում։</translation>
    </message>
    <message>
        <source>Backup %1:</source>
        <translation>Պահեստային %1՝</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>գրասենյակը</translation>
    </message>
    <message>
        <source>number not in this directory</source>
        <translation>համարը այս տեղեկատուում չէ</translation>
    </message>
    <message>
        <source>Call to confirm: %1, %2</source>
        <translation>Զանգահարեք՝ հաստատելու համար՝ %1, %2</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>Ձեր ծրագիրը</translation>
    </message>
    <message>
        <source>Does this office take %1?</source>
        <translation>Արդյո՞ք այս գրասենյակն ընդունում է %1։</translation>
    </message>
    <message>
        <source>Is %1 taking new patients in this plan?</source>
        <translation>Արդյո՞ք %1 նոր պացիենտներ է ընդունում այս ծրագրում։</translation>
    </message>
    <message>
        <source>Is the PCP ID still %1?</source>
        <translation>PCP-ի ID-ն դեռ %1 է՞։</translation>
    </message>
    <message>
        <source>What PCP ID does the plan use for this doctor?</source>
        <translation>Ո՞ր PCP-ի ID-ն է ծրագիրն օգտագործում այս բժշկի համար։</translation>
    </message>
    <message>
        <source>Date called, and who you spoke with:</source>
        <translation>Զանգի ամսաթիվը և ում հետ եք խոսել՝</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Պատասխան՝</translation>
    </message>
    <message>
        <source>Health Care Options is the state’s Medi-Cal enrollment service. Tell them each person’s plan and PCP by phone or with the Choice Form in your enrollment packet.</source>
        <translation>Health Care Options-ը նահանգի Medi-Cal-ի գրանցման ծառայությունն է։ Հայտնեք նրանց յուրաքանչյուր անձի ծրագիրը և PCP-ին հեռախոսով կամ Ձեր գրանցման փաթեթում գտնվող Ընտրության ձևով (Choice Form)։</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Հեռախոս՝</translation>
    </message>
    <message>
        <source>TTY:</source>
        <translation>TTY՝</translation>
    </message>
    <message>
        <source>A family may choose one plan and PCP for everyone, or one for each person.</source>
        <translation>Ընտանիքը կարող է ընտրել մեկ ծրագիր և մեկ PCP բոլորի համար, կամ յուրաքանչյուր անձի համար առանձին։</translation>
    </message>
    <message>
        <source>A person who does not choose within the time stated in the enrollment packet is assigned a plan.</source>
        <translation>Այն անձին, ով չի ընտրում գրանցման փաթեթում նշված ժամկետում, ծրագիր է նշանակվում։</translation>
    </message>
    <message>
        <source>Doctors, offices and PCP IDs marked “sample, fictional” are made up to show how the app works: they are not real.</source>
        <translation>«Օրինակ, հորինված» նշումով բժիշկները, գրասենյակները և PCP-ի ID-ները հորինված են՝ ցույց տալու համար, թե ինչպես է աշխատում հավելվածը. դրանք իրական չեն։</translation>
    </message>
    <message>
        <source>Directories go out of date. Call each office to confirm it takes the plan and is taking new patients before you enroll.</source>
        <translation>Տեղեկատուները հնանում են։ Գրանցվելուց առաջ զանգահարեք յուրաքանչյուր գրասենյակ և հաստատեք, որ այն ընդունում է ծրագիրը և նոր պացիենտներ։</translation>
    </message>
    <message>
        <source>not stated by its sources</source>
        <translation>աղբյուրներում նշված չէ</translation>
    </message>
    <message>
        <source>Directory data as of:</source>
        <translation>Տեղեկատուի տվյալների ամսաթիվը՝</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>Որտեղից են այս տվյալները</translation>
    </message>
    <message>
        <source>%1 (%2), %3.</source>
        <translation>%1 (%2), %3։</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Տեսք</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Տեքստի չափ</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Ավելի մեծ տեքստ</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Ավելի փոքր տեքստ</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Տեքստի սովորական չափ</translation>
    </message>
    <message>
        <source>Monday</source>
        <comment>day of the week</comment>
        <translation>Երկուշաբթի</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <comment>day of the week</comment>
        <translation>Երեքշաբթի</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <comment>day of the week</comment>
        <translation>Չորեքշաբթի</translation>
    </message>
    <message>
        <source>Thursday</source>
        <comment>day of the week</comment>
        <translation>Հինգշաբթի</translation>
    </message>
    <message>
        <source>Friday</source>
        <comment>day of the week</comment>
        <translation>Ուրբաթ</translation>
    </message>
    <message>
        <source>Saturday</source>
        <comment>day of the week</comment>
        <translation>Շաբաթ</translation>
    </message>
    <message>
        <source>Sunday</source>
        <comment>day of the week</comment>
        <translation>Կիրակի</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 և %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1-ից %2</translation>
    </message>
    <message>
        <source>parking</source>
        <translation>կայանատեղի</translation>
    </message>
    <message>
        <source>entrance</source>
        <translation>մուտք</translation>
    </message>
    <message>
        <source>inside the building</source>
        <translation>շենքի ներսում</translation>
    </message>
    <message>
        <source>restroom</source>
        <translation>զուգարան</translation>
    </message>
    <message>
        <source>exam room</source>
        <translation>զննման սենյակ</translation>
    </message>
    <message>
        <source>height-adjustable exam table and scale</source>
        <translation>բարձրությունը կարգավորվող զննման սեղան և կշեռք</translation>
    </message>
    <message>
        <source>Wheelchair access: %1</source>
        <translation>Սայլակի համար մատչելիություն՝ %1</translation>
    </message>
    <message>
        <source>%1 yes</source>
        <translation>%1՝ այո</translation>
    </message>
    <message>
        <source>%1 no</source>
        <translation>%1՝ ոչ</translation>
    </message>
    <message>
        <source>not in this directory: call the office</source>
        <translation>այս տեղեկատուում չէ. զանգահարեք գրասենյակ</translation>
    </message>
    <message>
        <source>Taking new patients</source>
        <translation>Նոր պացիենտներ է ընդունում</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients</source>
        <translation>Նոր պացիենտներ չի ընդունում. ընդունում է միայն իր ներկայիս պացիենտներին</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients, and their family</source>
        <translation>Նոր պացիենտներ չի ընդունում. ընդունում է միայն իր ներկայիս պացիենտներին և նրանց ընտանիքին</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>Նոր պացիենտներ չի ընդունում</translation>
    </message>
    <message>
        <source>New patients: not in this directory: call the office to ask</source>
        <translation>Նոր պացիենտներ՝ այս տեղեկատուում չէ. զանգահարեք գրասենյակ և հարցրեք</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients in this plan. The plan may refuse or reassign the choice; call the doctor&apos;s office first to ask whether they will take you.</source>
        <translation>Այս բժիշկը նոր պացիենտներ չի ընդունում այս ծրագրում։ Ծրագիրը կարող է մերժել կամ փոխել այս ընտրությունը. նախ զանգահարեք բժշկի գրասենյակ և հարցրեք, արդյոք Ձեզ կընդունեն։</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients: if you are one, say so when you call.</source>
        <translation>Տեղեկատուում ասված է, որ բժիշկն ընդունում է միայն իր ներկայիս պացիենտներին. եթե Դուք նրանցից եք, ասեք այդ մասին զանգելիս։</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients, and those patients&apos; family: if that is you, say so when you call.</source>
        <translation>Տեղեկատուում ասված է, որ բժիշկն ընդունում է միայն իր ներկայիս պացիենտներին և նրանց ընտանիքի անդամներին. եթե դա Դուք եք, ասեք այդ մասին զանգելիս։</translation>
    </message>
    <message>
        <source>OB/GYN: every HMO member can see a participating OB/GYN without a referral or prior approval (California law). Your plan may require the OB/GYN to be in your medical group.</source>
        <translation>OB/GYN. HMO-ի յուրաքանչյուր անդամ կարող է դիմել ցանցի մանկաբարձ-գինեկոլոգին (OB/GYN) առանց ուղեգրի կամ նախնական թույլտվության (Կալիֆորնիայի օրենք)։ Ձեր ծրագիրը կարող է պահանջել, որ OB/GYN-ը լինի Ձեր բժշկական խմբից։</translation>
    </message>
    <message>
        <source>inferred from distance, not published</source>
        <translation>եզրակացված է հեռավորությունից, հրապարակված չէ</translation>
    </message>
    <message>
        <source>Sample office near ZIP %1</source>
        <translation>Օրինակ գրասենյակ ZIP %1-ի մոտ</translation>
    </message>
    <message>
        <source>%1 office</source>
        <translation>%1-ի գրասենյակ</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>օրինակ գրասենյակ, իրական հասցե չէ</translation>
    </message>
    <message>
        <source>fictional number</source>
        <translation>հորինված համար</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>օրինակ, հորինված</translation>
    </message>
    <message>
        <source>The doctor directory was replaced or changed while HMO Desktop was open.</source>
        <translation>Բժիշկների տեղեկատուն փոխարինվել կամ փոխվել է, մինչ HMO Desktop-ը բաց էր։</translation>
    </message>
    <message>
        <source>Close HMO Desktop and open it again; if you replaced the directory on purpose, it will be checked then.</source>
        <translation>Փակեք HMO Desktop-ը և նորից բացեք այն. եթե տեղեկատուն միտումնավոր եք փոխարինել, այն այդ ժամանակ կստուգվի։</translation>
    </message>
    <message>
        <source>Doctors shown are fictional samples. Plans and groups: public data, dated where marked. Always confirm with your plan.</source>
        <translation>Ցուցադրված բժիշկները հորինված օրինակներ են։ Ծրագրեր և խմբեր՝ հանրային տվյալներ, ամսաթվով, որտեղ նշված է։ Միշտ հաստատեք Ձեր ծրագրի հետ։</translation>
    </message>
    <message>
        <source>Real doctors from public files, with fictional samples where those files have none (marked Sample). Always confirm with your plan.</source>
        <translation>Իրական բժիշկներ հանրային ֆայլերից, և հորինված օրինակներ այնտեղ, որտեղ այդ ֆայլերում ոչ ոք չկա («օրինակ» նշումով)։ Միշտ հաստատեք Ձեր ծրագրի հետ։</translation>
    </message>
    <message>
        <source>Doctors come from public provider files; see About for sources and dates. Always confirm with your plan.</source>
        <translation>Բժիշկները վերցված են մատակարարների հանրային ֆայլերից. աղբյուրներն ու ամսաթվերը տեսեք «Մասին» բաժնում։ Միշտ հաստատեք Ձեր ծրագրի հետ։</translation>
    </message>
    <message>
        <source>This directory&apos;s newest data is from %1, more than a year ago. Plans and doctors may have changed: check with the plan before enrolling.</source>
        <translation>Այս տեղեկատուի ամենանոր տվյալների ամսաթիվը՝ %1, ավելի քան մեկ տարի առաջ։ Ծրագրերն ու բժիշկները կարող են փոխված լինել. ստուգեք ծրագրի հետ գրանցվելուց առաջ։</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ջնջել</translation>
    </message>
    <message>
        <source>Delete one digit</source>
        <translation>Ջնջել մեկ թվանշան</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Մաքրել</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>Մաքրել բոլոր թվանշանները</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Լեզու</translation>
    </message>
    <message>
        <source>%1 (no font on this computer shows it)</source>
        <translation>%1 (այս համակարգչում չկա այն ցուցադրող տառատեսակ)</translation>
    </message>
    <message>
        <source>%1 could not be loaded; the language stays as it was.</source>
        <translation>%1 լեզուն հնարավոր չեղավ բեռնել. լեզուն մնում է նույնը։</translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation>Ամերիկյան ժեստերի լեզու</translation>
    </message>
    <message>
        <source>Who is the doctor for?</source>
        <translation>Ո՞ւմ համար է բժիշկը</translation>
    </message>
    <message>
        <source>1 doctor found</source>
        <translation>Գտնվել է 1 բժիշկ</translation>
    </message>
    <message>
        <source>1 doctor found, at %1 office listings</source>
        <translation>Գտնվել է 1 բժիշկ՝ %1 գրասենյակային հասցեով</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found</source>
        <translation>
            <numerusform>Գտնվել է %Ln բժիշկ</numerusform>
            <numerusform>Գտնվել է %Ln բժիշկ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found, at %1 office listings</source>
        <translation>
            <numerusform>Գտնվել է %Ln բժիշկ՝ %1 գրասենյակային հասցեով</numerusform>
            <numerusform>Գտնվել է %Ln բժիշկ՝ %1 գրասենյակային հասցեով</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>Նախ ընտրեք ծրագիր. վերադարձեք 1-ին քայլին։</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s age on the left (0 for a baby). The list then shows only doctors who see patients that age.</source>
        <translation>Ձախ կողմում մուտքագրեք պացիենտի տարիքը (նորածնի համար՝ 0)։ Այնուհետև ցանկը ցույց կտա միայն այն բժիշկներին, ովքեր ընդունում են այդ տարիքի պացիենտների։</translation>
    </message>
    <message>
        <source>a larger distance</source>
        <translation>ավելի մեծ հեռավորություն</translation>
    </message>
    <message>
        <source>any language for the doctor</source>
        <translation>բժշկի ցանկացած լեզու</translation>
    </message>
    <message>
        <source>any language for the office staff</source>
        <translation>գրասենյակի անձնակազմի ցանկացած լեզու</translation>
    </message>
    <message>
        <source>any new-patient status</source>
        <translation>նոր պացիենտների ընդունման ցանկացած կարգավիճակ</translation>
    </message>
    <message>
        <source>any gender</source>
        <translation>ցանկացած սեռ</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>ցանկացած հիվանդանոց</translation>
    </message>
    <message>
        <source>fewer accessibility needs</source>
        <translation>մատչելիության ավելի քիչ կարիքներ</translation>
    </message>
    <message>
        <source>doctors without video visits</source>
        <translation>առանց տեսազանգով այցերի բժիշկներ</translation>
    </message>
    <message>
        <source>any office hours</source>
        <translation>գրասենյակի ցանկացած ժամեր</translation>
    </message>
    <message>
        <source>all groups in the plan</source>
        <translation>ծրագրի բոլոր խմբերը</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, so this plan has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>PACE-ը նախատեսված է 55 և ավելի տարեկան անձանց համար, ուստի այս ծրագիրը բժիշկ չունի այս պացիենտի համար։ Վերադարձեք 1-ին քայլին՝ այլ ծրագիր ընտրելու համար։</translation>
    </message>
    <message>
        <source>This plan is for people %1 and older, so it has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>Այս ծրագիրը նախատեսված է %1 և ավելի տարեկան անձանց համար, ուստի այն բժիշկ չունի այս պացիենտի համար։ Վերադարձեք 1-ին քայլին՝ այլ ծրագիր ընտրելու համար։</translation>
    </message>
    <message>
        <source>No specialty is selected. Tick at least one of the specialties on the left.</source>
        <translation>Ոչ մի մասնագիտություն ընտրված չէ։ Նշեք ձախ կողմի մասնագիտություններից առնվազն մեկը։</translation>
    </message>
    <message>
        <source>No doctor matches these filters. Press &quot;Clear filters&quot; to start over.</source>
        <translation>Ոչ մի բժիշկ չի համապատասխանում այս զտիչներին։ Սեղմեք «Մաքրել զտիչները»՝ նորից սկսելու համար։</translation>
    </message>
    <message>
        <source>No doctor matches every filter. Try %1: that shows 1 doctor.</source>
        <translation>Ոչ մի բժիշկ չի համապատասխանում բոլոր զտիչներին։ Փորձեք ընտրել՝ %1. այդ դեպքում կցուցադրվի 1 բժիշկ։</translation>
    </message>
    <message numerus="yes">
        <source>No doctor matches every filter. Try %1: that shows %Ln doctors.</source>
        <translation>
            <numerusform>Ոչ մի բժիշկ չի համապատասխանում բոլոր զտիչներին։ Փորձեք ընտրել՝ %1. այդ դեպքում կցուցադրվի %Ln բժիշկ։</numerusform>
            <numerusform>Ոչ մի բժիշկ չի համապատասխանում բոլոր զտիչներին։ Փորձեք ընտրել՝ %1. այդ դեպքում կցուցադրվի %Ln բժիշկ։</numerusform>
        </translation>
    </message>
    <message>
        <source>whether they take new patients</source>
        <translation>արդյոք նոր պացիենտներ են ընդունում</translation>
    </message>
    <message>
        <source>which languages the doctor speaks</source>
        <translation>ինչ լեզուներով է խոսում բժիշկը</translation>
    </message>
    <message>
        <source>which languages the office staff speak</source>
        <translation>ինչ լեզուներով է խոսում գրասենյակի անձնակազմը</translation>
    </message>
    <message>
        <source>the doctor&apos;s gender</source>
        <translation>բժշկի սեռը</translation>
    </message>
    <message>
        <source>the office&apos;s wheelchair access</source>
        <translation>գրասենյակի մատչելիությունը սայլակի համար</translation>
    </message>
    <message>
        <source>whether they offer video visits</source>
        <translation>արդյոք առաջարկում են տեսազանգով այցեր</translation>
    </message>
    <message>
        <source>the office&apos;s hours</source>
        <translation>գրասենյակի աշխատանքային ժամերը</translation>
    </message>
    <message>
        <source>1 more doctor is left out because the directory does not say %2.</source>
        <translation>Եվս 1 բժիշկ բացառված է, քանի որ տեղեկատուում նշված չէ՝ %2։</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more doctors are left out because the directory does not say %1.</source>
        <translation>
            <numerusform>Եվս %Ln բժիշկ բացառված է, քանի որ տեղեկատուում նշված չէ՝ %1։</numerusform>
            <numerusform>Եվս %Ln բժիշկ բացառված է, քանի որ տեղեկատուում նշված չէ՝ %1։</numerusform>
        </translation>
    </message>
    <message>
        <source>Call their offices to ask.</source>
        <translation>Զանգահարեք նրանց գրասենյակներ և հարցրեք։</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>This doctor is not taking new patients</source>
        <translation>Այս բժիշկը նոր պացիենտներ չի ընդունում</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>Նոր պացիենտներ չի ընդունում</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1՝ %2</translation>
    </message>
    <message>
        <source>What choosing this doctor means</source>
        <translation>Ինչ է նշանակում ընտրել այս բժշկին</translation>
    </message>
    <message>
        <source>Choose anyway</source>
        <translation>Միևնույն է ընտրել</translation>
    </message>
    <message>
        <source>Choose this doctor anyway</source>
        <translation>Միևնույն է ընտրել այս բժշկին</translation>
    </message>
    <message>
        <source>Pick another doctor</source>
        <translation>Ընտրել այլ բժիշկ</translation>
    </message>
</context>
<context>
    <name>AreaBar</name>
    <message>
        <source>Your ZIP code</source>
        <translation>Ձեր փոստային ինդեքսը (ZIP)</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Փոստային ինդեքս (ZIP)</translation>
    </message>
    <message>
        <source>Your county</source>
        <translation>Ձեր շրջանը</translation>
    </message>
    <message>
        <source>All of California</source>
        <translation>Ամբողջ Կալիֆորնիան</translation>
    </message>
    <message>
        <source>ZIP code message</source>
        <translation>Փոստային ինդեքսի (ZIP) հաղորդագրություն</translation>
    </message>
    <message>
        <source>ZIP:</source>
        <translation>ZIP՝</translation>
    </message>
    <message>
        <source>or county:</source>
        <translation>կամ շրջան՝</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code, or pick a county.</source>
        <translation>Մուտքագրեք 5-նիշանոց փոստային ինդեքս (ZIP) կամ ընտրեք շրջան։</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole ZIP code. A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>«%1»-ը ամբողջական փոստային ինդեքս (ZIP) չէ։ ZIP ինդեքսը 5 նիշ է, օրինակ՝ 94110 (կամ ZIP+4, օրինակ՝ 94110-1234)։</translation>
    </message>
    <message>
        <source>%1, %2 County</source>
        <translation>%1, %2 շրջան</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code.</source>
        <translation>Մուտքագրեք 5-նիշանոց փոստային ինդեքս (ZIP)։</translation>
    </message>
    <message>
        <source>Type the ZIP code with the digits 0-9.</source>
        <translation>Մուտքագրեք փոստային ինդեքսը (ZIP) 0-9 թվանշաններով։</translation>
    </message>
    <message>
        <source>A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>ZIP ինդեքսը 5 նիշ է, օրինակ՝ 94110 (կամ ZIP+4, օրինակ՝ 94110-1234)։</translation>
    </message>
    <message>
        <source>%1 is not a California ZIP code. HMO Desktop covers California plans; enter a California ZIP or pick a county.</source>
        <translation>%1-ը Կալիֆորնիայի փոստային ինդեքս (ZIP) չէ։ HMO Desktop-ն ընդգրկում է Կալիֆորնիայի ծրագրերը. մուտքագրեք Կալիֆորնիայի ZIP ինդեքս կամ ընտրեք շրջան։</translation>
    </message>
    <message>
        <source>ZIP %1 is not in our list of California ZIP codes (it may be a PO box or a new ZIP). Try a nearby ZIP or pick a county.</source>
        <translation>%1 ZIP ինդեքսը մեր Կալիֆորնիայի փոստային ինդեքսների ցանկում չէ (այն կարող է լինել փոստարկղ կամ նոր ինդեքս)։ Փորձեք մոտակա ZIP ինդեքս կամ ընտրեք շրջան։</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm your PCP choice</source>
        <translation>Հաստատեք Ձեր PCP-ի ընտրությունը</translation>
    </message>
    <message>
        <source>Your PCP choice</source>
        <translation>Ձեր PCP-ի ընտրությունը</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>այս տեղեկատուում չէ. զանգահարեք ծրագրին</translation>
    </message>
    <message>
        <source>practise the steps here; do not give a sample PCP ID to a plan.</source>
        <translation>փորձեք քայլերն այստեղ. ծրագրին մի տվեք հորինված PCP-ի ID։</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Ծրագիր</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Ցանց</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Բժշկական խումբ</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>օրինակ խումբ, հորինված</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>Խմբի կոդ</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Բժիշկ</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>օրինակ բժիշկ, հորինված</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Մասնագիտություն</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>PCP-ի ID</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it</source>
        <translation>այս տեղեկատուում չէ. այն կտա ծրագիրը</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>օրինակ ID, հորինված</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Նոր պացիենտներ</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Գրասենյակ</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Գրասենյակի հեռախոս</translation>
    </message>
    <message>
        <source>Medical group phone</source>
        <translation>Բժշկական խմբի հեռախոս</translation>
    </message>
    <message>
        <source>Plan member services</source>
        <translation>Ծրագրի Անդամների սպասարկման ծառայություն</translation>
    </message>
    <message>
        <source>the number on your member ID card</source>
        <translation>Ձեր անդամի ID քարտի վրա նշված համարը</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>Նոր պացիենտներ չի ընդունում</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office before you tell the plan: ask whether they will take you as a new patient in this plan. If they say no, choose another doctor.</source>
        <translation>Զանգահարեք բժշկի գրասենյակ, նախքան ծրագրին հայտնելը. հարցրեք, արդյոք Ձեզ կընդունեն որպես նոր պացիենտ այս ծրագրում։ Եթե ասեն՝ ոչ, ընտրեք այլ բժիշկ։</translation>
    </message>
    <message>
        <source>Keep a backup choice: a doctor who is taking new patients, in case the plan refuses this choice or assigns you someone else.</source>
        <translation>Ունեցեք պահեստային ընտրություն՝ բժիշկ, որը նոր պացիենտներ է ընդունում, այն դեպքի համար, եթե ծրագիրը մերժի այս ընտրությունը կամ Ձեզ ուրիշին նշանակի։</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office first: confirm they take your plan and are accepting new patients.</source>
        <translation>Նախ զանգահարեք բժշկի գրասենյակ. հաստատեք, որ այն ընդունում է Ձեր ծրագիրը և նոր պացիենտներ։</translation>
    </message>
    <message>
        <source>Tell your plan: call member services or use its website, and give the PCP ID above.</source>
        <translation>Հայտնեք Ձեր ծրագրին. զանգահարեք Անդամների սպասարկման ծառայություն կամ օգտվեք նրա կայքից և տվեք վերևում նշված PCP-ի ID-ն։</translation>
    </message>
    <message>
        <source>A PCP change usually takes effect on the first day of the next month.</source>
        <translation>PCP-ի փոփոխությունը սովորաբար ուժի մեջ է մտնում հաջորդ ամսվա առաջին օրը։</translation>
    </message>
    <message>
        <source>Your new ID card will show the doctor and the medical group.</source>
        <translation>Ձեր նոր ID քարտի վրա նշված կլինեն բժիշկը և բժշկական խումբը։</translation>
    </message>
    <message>
        <source>Networks change, so confirm with the plan.</source>
        <translation>Ցանցերը փոխվում են, ուստի հաստատեք ծրագրի հետ։</translation>
    </message>
    <message>
        <source>Group list as of %1; networks change, so confirm with the plan.</source>
        <translation>Խմբերի ցանկի ամսաթիվը՝ %1. ցանցերը փոխվում են, ուստի հաստատեք ծրագրի հետ։</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Ինչ է լինելու հետո</translation>
    </message>
    <message>
        <source>Summary of your choice</source>
        <translation>Ձեր ընտրության ամփոփումը</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Փակել</translation>
    </message>
</context>
<context>
    <name>CrashScreen</name>
    <message>
        <source>Please ask staff</source>
        <translation>Խնդրում ենք դիմել աշխատակցին</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. What was entered has been cleared. A staff member can help you start again.</source>
        <translation>HMO Desktop-ի ներսում ինչ-որ բան սխալ գնաց։ Մուտքագրված ամեն ինչ ջնջվել է։ Աշխատակիցը կարող է օգնել Ձեզ սկսել նորից։</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Սկսել նորից</translation>
    </message>
</context>
<context>
    <name>DoctorProfileView</name>
    <message>
        <source>Doctor&apos;s profile</source>
        <translation>Բժշկի պրոֆիլ</translation>
    </message>
    <message>
        <source>Choose as my PCP</source>
        <translation>Ընտրել որպես իմ PCP</translation>
    </message>
    <message>
        <source>Add to household…</source>
        <translation>Ավելացնել ընտանիքին…</translation>
    </message>
    <message>
        <source>Add this doctor to a member of the household</source>
        <translation>Ավելացնել այս բժշկին ընտանիքի անդամին</translation>
    </message>
    <message>
        <source>Choose a plan that includes this doctor first.</source>
        <translation>Նախ ընտրեք ծրագիր, որում ընդգրկված է այս բժիշկը։</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients: you will be asked first.</source>
        <translation>Այս բժիշկը նոր պացիենտներ չի ընդունում. նախ Ձեզ կհարցնեն։</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>հանրային տվյալներ</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>հանրային տվյալներ, կարող են հնացած լինել</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>եզրակացվել է այս հավելվածի կողմից</translation>
    </message>
    <message>
        <source>fictional sample made by this app</source>
        <translation>հորինված օրինակ՝ ստեղծված այս հավելվածի կողմից</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Կին</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Տղամարդ</translation>
    </message>
    <message>
        <source>Board certification: %1</source>
        <translation>Մասնագիտական հավաստագրում՝ %1</translation>
    </message>
    <message>
        <source>Board certified</source>
        <translation>Մասնագիտական հավաստագրում ունի</translation>
    </message>
    <message>
        <source>Board certified: %1</source>
        <translation>Մասնագիտական հավաստագրում ունի՝ %1</translation>
    </message>
    <message>
        <source>Not board certified</source>
        <translation>Մասնագիտական հավաստագրում չունի</translation>
    </message>
    <message>
        <source>Sample ID</source>
        <translation>Օրինակ ID</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>օրինակ բժիշկ, հորինված</translation>
    </message>
    <message>
        <source>fictional; not an NPI</source>
        <translation>հորինված է. NPI չէ</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>այս տեղեկատուում չէ</translation>
    </message>
    <message>
        <source>Languages the doctor speaks</source>
        <translation>Լեզուներ, որոնցով խոսում է բժիշկը</translation>
    </message>
    <message>
        <source>ages %1 to %2</source>
        <translation>%1-ից %2 տարեկան</translation>
    </message>
    <message>
        <source>ages %1 and up</source>
        <translation>%1 տարեկան և ավելի</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>օրինակ, հորինված</translation>
    </message>
    <message>
        <source>Ages seen</source>
        <translation>Ընդունվող տարիքներ</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Հիվանդանոցներ</translation>
    </message>
    <message>
        <source>none in this directory; ask the medical group which it uses.</source>
        <translation>այս տեղեկատուում չկա. հարցրեք բժշկական խմբին, թե որից է այն օգտվում։</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>այս տեղեկատուում չէ. զանգահարեք ծրագրին</translation>
    </message>
    <message>
        <source>sample office, fictional</source>
        <translation>օրինակ գրասենյակ, հորինված</translation>
    </message>
    <message>
        <source>Address not in this directory; call the plan</source>
        <translation>Հասցեն այս տեղեկատուում չէ. զանգահարեք ծրագրին</translation>
    </message>
    <message>
        <source>not in this directory; call the office</source>
        <translation>այս տեղեկատուում չկա. զանգահարեք գրասենյակ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Աշխատանքային ժամեր</translation>
    </message>
    <message>
        <source>Office staff speak</source>
        <translation>Գրասենյակի անձնակազմի լեզուները</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>օրինակ խումբ, հորինված</translation>
    </message>
    <message>
        <source>group code</source>
        <translation>խմբի կոդ</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>օրինակ ID, հորինված</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>PCP-ի ID</translation>
    </message>
    <message>
        <source>PCP ID: not in this directory: the plan gives it when you enroll</source>
        <translation>PCP-ի ID՝ այս տեղեկատուում չէ. ծրագիրը այն կտա գրանցվելիս</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this group</source>
        <translation>Այս տեղեկատուի ոչ մի HMO ցանց չի ներառում այս խումբը</translation>
    </message>
    <message>
        <source>the plan lists this group; the doctor&apos;s practice was matched to it by name</source>
        <translation>ծրագիրը ներառում է այս խումբը. բժշկի պրակտիկան համապատասխանեցվել է դրան ըստ անվան</translation>
    </message>
    <message>
        <source>video visits</source>
        <translation>տեսազանգով այցեր</translation>
    </message>
    <message>
        <source>not in this directory; ask the group or the plan</source>
        <translation>այս տեղեկատուում չէ. հարցրեք խմբին կամ ծրագրին</translation>
    </message>
    <message>
        <source>Group phone</source>
        <translation>Խմբի հեռախոս</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>Ոչ աշխատանքային ժամերի գիծ</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>Ուղեգրի կանոններ</translation>
    </message>
    <message>
        <source>this doctor is generated sample data, not a real person.</source>
        <translation>այս բժիշկը ստեղծված օրինակ տվյալներ է, իրական անձ չէ։</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>օրինակ գրասենյակ, իրական հասցե չէ</translation>
    </message>
    <message>
        <source>In your plan</source>
        <translation>Ձեր ծրագրում</translation>
    </message>
    <message>
        <source>This doctor is not in this plan.</source>
        <translation>Այս բժիշկը այս ծրագրում չէ։</translation>
    </message>
    <message>
        <source>If you change plans and want to keep this doctor, these plans include them</source>
        <translation>Եթե փոխեք ծրագիրը և ցանկանաք պահել այս բժշկին, այս ծրագրերը ներառում են նրան</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group. Ask the doctor&apos;s office which HMO plans they take, then check with the plan.</source>
        <translation>Այս տեղեկատուի ոչ մի HMO ցանց չի ներառում այս բժշկի խումբը։ Հարցրեք բժշկի գրասենյակին, թե որ HMO ծրագրերն է այն ընդունում, ապա ստուգեք ծրագրի հետ։</translation>
    </message>
    <message>
        <source>Not in an HMO network here</source>
        <translation>Այստեղ ոչ մի HMO ցանցում չէ</translation>
    </message>
</context>
<context>
    <name>FindDoctorDialog</name>
    <message>
        <source>Find my current doctor</source>
        <translation>Գտնել իմ ներկայիս բժշկին</translation>
    </message>
    <message>
        <source>Doctor&apos;s name</source>
        <translation>Բժշկի անունը</translation>
    </message>
    <message>
        <source>Type the doctor&apos;s name, e.g. Nguyen or José</source>
        <translation>Մուտքագրեք բժշկի անունը, օրինակ՝ Nguyen կամ José</translation>
    </message>
    <message>
        <source>Only doctors with an office in my county</source>
        <translation>Միայն իմ շրջանում գրասենյակ ունեցող բժիշկներ</translation>
    </message>
    <message>
        <source>Only doctors near me (choose a ZIP or county first)</source>
        <translation>Միայն ինձ մոտ գտնվող բժիշկներ (նախ ընտրեք փոստային ինդեքս (ZIP) կամ շրջան)</translation>
    </message>
    <message>
        <source>Only doctors with an office in %1 County</source>
        <translation>Միայն %1 շրջանում գրասենյակ ունեցող բժիշկներ</translation>
    </message>
    <message>
        <source>Doctors found</source>
        <translation>Գտնված բժիշկներ</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more offices</source>
        <translation>
            <numerusform>և ևս %Ln գրասենյակ</numerusform>
            <numerusform>և ևս %Ln գրասենյակ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more medical groups</source>
        <translation>
            <numerusform>և ևս %Ln բժշկական խումբ</numerusform>
            <numerusform>և ևս %Ln բժշկական խումբ</numerusform>
        </translation>
    </message>
    <message>
        <source>Start typing a first or last name.</source>
        <translation>Սկսեք մուտքագրել անուն կամ ազգանուն։</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Որոնման հուշում</translation>
    </message>
    <message>
        <source>Open the doctor&apos;s profile</source>
        <translation>Բացել բժշկի պրոֆիլը</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <source>No office listed</source>
        <translation>Գրասենյակ նշված չէ</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group</source>
        <translation>Այս տեղեկատուի ոչ մի HMO ցանց չի ներառում այս բժշկի խումբը</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>%1 ծրագրում է</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>%1 ծրագրում չէ</translation>
    </message>
    <message>
        <source>and 1 more office</source>
        <translation>և ևս 1 գրասենյակ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found. Press Enter to open the first.</source>
        <translation>
            <numerusform>Գտնվել է %Ln բժիշկ։ Սեղմեք Enter՝ առաջինը բացելու համար։</numerusform>
            <numerusform>Գտնվել է %Ln բժիշկ։ Սեղմեք Enter՝ առաջինը բացելու համար։</numerusform>
        </translation>
    </message>
    <message>
        <source>and 1 more medical group</source>
        <translation>և ևս 1 բժշկական խումբ</translation>
    </message>
    <message>
        <source>No doctor&apos;s name starts with &quot;%1&quot;. Check the spelling or type less.</source>
        <translation>Ոչ մի բժշկի անուն չի սկսվում «%1»-ով։ Ստուգեք ուղղագրությունը կամ մուտքագրեք ավելի քիչ։</translation>
    </message>
    <message>
        <source>No doctor with an office in %2 County has a name that starts with &quot;%1&quot;. Check the spelling, type less, or clear the box above to search all of California.</source>
        <translation>%2 շրջանում գրասենյակ ունեցող ոչ մի բժշկի անուն չի սկսվում «%1»-ով։ Ստուգեք ուղղագրությունը, մուտքագրեք ավելի քիչ կամ մաքրեք վերևի դաշտը՝ ամբողջ Կալիֆորնիայում որոնելու համար։</translation>
    </message>
    <message>
        <source>1 doctor found. Press Enter to open the profile.</source>
        <translation>Գտնվել է 1 բժիշկ։ Սեղմեք Enter՝ պրոֆիլը բացելու համար։</translation>
    </message>
    <message>
        <source>Only the first %1 are listed: type more of the name.</source>
        <translation>Ցուցադրված են միայն առաջին %1-ը. մուտքագրեք անվան ավելի մեծ մասը։</translation>
    </message>
    <message>
        <source>Choose a plan to see whether each doctor is in it.</source>
        <translation>Ընտրեք ծրագիր՝ տեսնելու համար, թե արդյոք յուրաքանչյուր բժիշկ ընդգրկված է դրանում։</translation>
    </message>
</context>
<context>
    <name>GroupBrowser</name>
    <message>
        <source>Choose a medical group</source>
        <translation>Ընտրեք բժշկական խումբ</translation>
    </message>
    <message>
        <source>Search groups by name</source>
        <translation>Որոնել խմբեր ըստ անվան</translation>
    </message>
    <message>
        <source>Type a group name</source>
        <translation>Մուտքագրեք խմբի անունը</translation>
    </message>
    <message>
        <source>Sort groups by</source>
        <translation>Դասավորել խմբերը ըստ</translation>
    </message>
    <message>
        <source>Nearest first, then by county</source>
        <translation>Նախ մոտակաները, ապա ըստ շրջանի</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <source>Most accepting new patients</source>
        <translation>Ամենաշատ նոր պացիենտներ ընդունողները</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Բժշկական խումբ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Որտեղ</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Գնահատական</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Հիվանդանոցներ</translation>
    </message>
    <message>
        <source>Medical groups</source>
        <translation>Բժշկական խմբեր</translation>
    </message>
    <message>
        <source>What choosing this group means</source>
        <translation>Ինչ է նշանակում ընտրել այս խումբը</translation>
    </message>
    <message>
        <source>No groups message</source>
        <translation>Խմբեր չլինելու մասին հաղորդագրություն</translation>
    </message>
    <message>
        <source>Choose this group</source>
        <translation>Ընտրել այս խումբը</translation>
    </message>
    <message>
        <source>Skip: search doctors in the whole plan</source>
        <translation>Բաց թողնել. որոնել բժիշկներ ամբողջ ծրագրում</translation>
    </message>
    <message>
        <source>Skip choosing a group</source>
        <translation>Բաց թողնել խմբի ընտրությունը</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Դասավորել՝</translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>Նախ ընտրեք ծրագիր. վերադարձեք 1-ին քայլին։</translation>
    </message>
    <message>
        <source>Your care team in %1</source>
        <translation>Ձեր բժշկական թիմը՝ %1</translation>
    </message>
    <message>
        <source>Choose a medical group in %1</source>
        <translation>Ընտրեք բժշկական խումբ՝ %1</translation>
    </message>
    <message>
        <source>Choose this care team</source>
        <translation>Ընտրել այս բժշկական թիմը</translation>
    </message>
    <message>
        <source>Continue to doctors</source>
        <translation>Շարունակել դեպի բժիշկներ</translation>
    </message>
    <message>
        <source>Groups anywhere in California (choose a ZIP code or county above)</source>
        <translation>Խմբեր ամբողջ Կալիֆորնիայում (վերևում ընտրեք փոստային ինդեքս (ZIP) կամ շրջան)</translation>
    </message>
    <message>
        <source>Groups the plan lists in %1 County</source>
        <translation>Խմբեր, որոնք ծրագիրը նշում է %1 շրջանում</translation>
    </message>
    <message>
        <source>This plan lists no medical groups here in the offline directory. Use &quot;Skip&quot; to search its doctors directly, or call the plan.</source>
        <translation>Այս ծրագիրը առանց ինտերնետի տեղեկատուում այստեղ բժշկական խմբեր չունի։ Սեղմեք «Բաց թողնել»՝ նրա բժիշկներին անմիջապես որոնելու համար, կամ զանգահարեք ծրագրին։</translation>
    </message>
    <message>
        <source>No group name matches your search. Clear the search to see the group.</source>
        <translation>Ոչ մի խմբի անուն չի համապատասխանում Ձեր որոնմանը։ Մաքրեք որոնումը՝ խումբը տեսնելու համար։</translation>
    </message>
    <message numerus="yes">
        <source>No group name matches your search. Clear the search to see all %Ln groups.</source>
        <translation>
            <numerusform>Ոչ մի խմբի անուն չի համապատասխանում Ձեր որոնմանը։ Մաքրեք որոնումը՝ բոլոր %Ln խմբերը տեսնելու համար։</numerusform>
            <numerusform>Ոչ մի խմբի անուն չի համապատասխանում Ձեր որոնմանը։ Մաքրեք որոնումը՝ բոլոր %Ln խմբերը տեսնելու համար։</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>HMO</source>
        <translation>HMO (Առողջության պահպանման կազմակերպություն)</translation>
    </message>
    <message>
        <source>A Health Maintenance Organization is a kind of health plan. You choose one primary care doctor (PCP) who coordinates your care. Except in emergencies, you use the doctors, hospitals and specialists of your PCP&apos;s medical group, and you need a referral to see a specialist (but not to see a participating OB/GYN).</source>
        <translation>Առողջության պահպանման կազմակերպությունը (HMO) առողջապահական ծրագրի տեսակ է։ Դուք ընտրում եք մեկ առաջնային բուժօգնության բժիշկ (PCP), որը համակարգում է Ձեր բուժումը։ Բացի արտակարգ դեպքերից, Դուք օգտվում եք Ձեր PCP-ի բժշկական խմբի բժիշկներից, հիվանդանոցներից և մասնագետներից, և մասնագետի մոտ գնալու համար Ձեզ ուղեգիր է պետք (բայց ոչ ցանցի մանկաբարձ-գինեկոլոգի (OB/GYN) մոտ գնալու համար)։</translation>
    </message>
    <message>
        <source>Medical group / IPA</source>
        <translation>Բժշկական խումբ / IPA</translation>
    </message>
    <message>
        <source>A group of doctors that contracts with HMO plans. An IPA (Independent Physician Association) is a network of doctors in their own offices. Your PCP&apos;s group decides referrals, which specialists you see and which hospital you use.</source>
        <translation>Բժիշկների խումբ, որը պայմանագիր ունի HMO ծրագրերի հետ։ IPA-ն (Անկախ բժիշկների ասոցիացիա) իրենց սեփական գրասենյակներում աշխատող բժիշկների ցանց է։ Ձեր PCP-ի խումբն է որոշում ուղեգրերը, թե որ մասնագետների մոտ եք գնում և որ հիվանդանոցից եք օգտվում։</translation>
    </message>
    <message>
        <source>Primary care physician (PCP)</source>
        <translation>Առաջնային բուժօգնության բժիշկ (PCP)</translation>
    </message>
    <message>
        <source>Your main doctor: check-ups, everyday illness, prescriptions and referrals.</source>
        <translation>Ձեր հիմնական բժիշկը՝ զննումներ, սովորական հիվանդություններ, դեղատոմսեր և ուղեգրեր։</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Մասնագետ</translation>
    </message>
    <message>
        <source>A doctor for one area of medicine, such as heart or skin. In an HMO you usually need a referral from your PCP first.</source>
        <translation>Բժշկության մեկ ոլորտի բժիշկ, օրինակ՝ սրտի կամ մաշկի։ HMO-ում սովորաբար նախ անհրաժեշտ է Ձեր PCP-ի ուղեգիրը։</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Ուղեգիր</translation>
    </message>
    <message>
        <source>Your PCP&apos;s request, approved by the medical group, for you to see a specialist or get a service. You do not need one to see a participating OB/GYN.</source>
        <translation>Ձեր PCP-ի հայտը՝ հաստատված բժշկական խմբի կողմից, որպեսզի Դուք դիմեք մասնագետի կամ ստանաք ծառայություն։ Ցանցի մանկաբարձ-գինեկոլոգի (OB/GYN) մոտ գնալու համար ուղեգիր պետք չէ։</translation>
    </message>
    <message>
        <source>The four primary care specialties</source>
        <translation>Առաջնային բուժօգնության չորս մասնագիտությունները</translation>
    </message>
    <message>
        <source>Family medicine (all ages), internal medicine (adults), pediatrics (children and teens), and OB/GYN (women&apos;s health; some plans let an OB/GYN be your PCP). In California every HMO member can see a participating OB/GYN without a referral or prior approval; your plan may require the OB/GYN to be in your medical group.</source>
        <translation>Ընտանեկան բժշկություն (բոլոր տարիքները), թերապիա (մեծահասակներ), մանկաբուժություն (երեխաներ և դեռահասներ) և մանկաբարձություն-գինեկոլոգիա (OB/GYN) (կանանց առողջություն. որոշ ծրագրեր թույլ են տալիս, որ OB/GYN-ը լինի Ձեր PCP-ն)։ Կալիֆորնիայում HMO-ի յուրաքանչյուր անդամ կարող է դիմել ցանցի մանկաբարձ-գինեկոլոգին (OB/GYN) առանց ուղեգրի կամ նախնական թույլտվության. Ձեր ծրագիրը կարող է պահանջել, որ OB/GYN-ը լինի Ձեր բժշկական խմբից։</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>Նոր պացիենտներ է ընդունում</translation>
    </message>
    <message>
        <source>The doctor takes new patients in this plan. &quot;Existing patients only&quot; means the doctor is not taking new patients: only people already seen there; &quot;Existing patients and their family&quot; adds those patients&apos; relatives. If you choose a doctor who is not taking new patients, the plan may refuse the choice or give you another doctor, so call the office first. Always call the office to confirm: lists change often.</source>
        <translation>Բժիշկը նոր պացիենտներ է ընդունում այս ծրագրում։ «Միայն ներկայիս պացիենտներ» նշանակում է, որ բժիշկը նոր պացիենտներ չի ընդունում՝ միայն այն մարդկանց, ովքեր արդեն այնտեղ բուժվում են. «Ներկայիս պացիենտներ և նրանց ընտանիքը» նշանակում է, որ ընդունվում են նաև այդ պացիենտների հարազատները։ Եթե ընտրեք բժիշկ, որը նոր պացիենտներ չի ընդունում, ծրագիրը կարող է մերժել ընտրությունը կամ Ձեզ այլ բժիշկ նշանակել, ուստի նախ զանգահարեք գրասենյակ։ Միշտ զանգահարեք գրասենյակ՝ հաստատելու համար. ցանկերը հաճախ են փոխվում։</translation>
    </message>
    <message>
        <source>Sample doctors</source>
        <translation>Օրինակ բժիշկներ (հորինված)</translation>
    </message>
    <message>
        <source>No public file lists California doctors with their groups, so the doctors in this directory are fictional samples, marked &quot;Sample doctor (fictional)&quot;, and so are their offices and phone numbers. Plans, the names of medical groups, hospitals and ZIP codes come from public data, with their dates. A hospital marked &quot;inferred&quot; is one near the offices, not one the doctor or group published; anything marked &quot;sample&quot; or &quot;fictional&quot; is made up.</source>
        <translation>Ոչ մի հանրային ֆայլ չի պարունակում Կալիֆորնիայի բժիշկների ցանկը՝ նրանց խմբերով, ուստի այս տեղեկատուի բժիշկները հորինված օրինակներ են՝ «Օրինակ բժիշկ (հորինված, իրական չէ)» նշումով, ինչպես նաև նրանց գրասենյակներն ու հեռախոսահամարները։ Ծրագրերը, բժշկական խմբերի անունները, հիվանդանոցները և փոստային ինդեքսները (ZIP) վերցված են հանրային տվյալներից՝ իրենց ամսաթվերով։ «Եզրակացված» նշումով հիվանդանոցը գրասենյակների մոտակայքում գտնվող հիվանդանոց է, այլ ոչ թե բժշկի կամ խմբի կողմից հրապարակված։ «Օրինակ» կամ «հորինված» նշումով ամեն ինչ հորինված է։</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>Օգնություն և բառարան</translation>
    </message>
    <message>
        <source>Help: words you will see</source>
        <translation>Օգնություն՝ բառեր, որոնք կհանդիպեք</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Բառարան</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Փակել օգնությունը</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Դեռ այստե՞ղ եք</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Մնացած վայրկյաններ</translation>
    </message>
    <message>
        <source>When the count reaches 0, everything on this screen is cleared for the next person. Touch anywhere or press any key for more time.</source>
        <translation>Երբ հաշվարկը հասնի 0-ի, այս էկրանի ամեն ինչ կմաքրվի հաջորդ անձի համար։ Հպեք ցանկացած տեղ կամ սեղմեք ցանկացած ստեղն՝ ավելի շատ ժամանակ ստանալու համար։</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Ինձ ավելի շատ ժամանակ է պետք</translation>
    </message>
    <message>
        <source>I&apos;m finished</source>
        <translation>Ավարտեցի</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything now</source>
        <translation>Ավարտեցի. մաքրել ամեն ինչ հիմա</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>I&apos;m finished</source>
        <translation>Ավարտեցի</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything for the next person</source>
        <translation>Ավարտեցի. մաքրել ամեն ինչ հաջորդ անձի համար</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HMO Desktop</source>
        <translation>HMO Desktop</translation>
    </message>
    <message>
        <source>HMO Desktop: choose your primary care doctor</source>
        <translation>HMO Desktop. ընտրեք Ձեր առաջնային բուժօգնության բժշկին</translation>
    </message>
    <message>
        <source>%1 does not serve this area: choose a plan again.</source>
        <translation>%1 ծրագիրը չի սպասարկում այս տարածքը. նորից ընտրեք ծրագիր։</translation>
    </message>
    <message>
        <source>%1 is not listed here: choose a medical group again.</source>
        <translation>%1 խումբն այստեղ նշված չէ. նորից ընտրեք բժշկական խումբ։</translation>
    </message>
</context>
<context>
    <name>PcpChooser</name>
    <message>
        <source>Choose your primary care doctor</source>
        <translation>Ընտրեք Ձեր առաջնային բուժօգնության բժշկին</translation>
    </message>
    <message>
        <source>Where you are searching</source>
        <translation>Որտեղ եք որոնում</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>Բժիշկներ</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Թաքցնել զտիչները</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Զտիչներ</translation>
    </message>
    <message>
        <source>Number of doctors found</source>
        <translation>Գտնված բժիշկների թիվը</translation>
    </message>
    <message>
        <source>No doctors message</source>
        <translation>Բժիշկներ չլինելու մասին հաղորդագրություն</translation>
    </message>
    <message>
        <source>Doctors left out for facts not in this directory</source>
        <translation>Բժիշկներ, որոնք բացառվել են այս տեղեկատուում բացակայող տվյալների պատճառով</translation>
    </message>
    <message>
        <source>See doctor&apos;s profile</source>
        <translation>Տեսնել բժշկի պրոֆիլը</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Ցույց տալ զտիչները</translation>
    </message>
    <message>
        <source>About the selected doctor</source>
        <translation>Ընտրված բժշկի մասին</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>all medical groups in the plan</source>
        <translation>ծրագրի բոլոր բժշկական խմբերը</translation>
    </message>
    <message>
        <source>offices in %1 County, nearest to %2</source>
        <translation>գրասենյակներ %1 շրջանում՝ %2-ին ամենամոտ</translation>
    </message>
    <message>
        <source>offices in %1 County</source>
        <translation>գրասենյակներ %1 շրջանում</translation>
    </message>
    <message>
        <source>offices anywhere in California</source>
        <translation>գրասենյակներ Կալիֆորնիայի ցանկացած վայրում</translation>
    </message>
</context>
<context>
    <name>PcpFilterPanel</name>
    <message>
        <source>Who is the doctor for?</source>
        <translation>Ո՞ւմ համար է բժիշկը</translation>
    </message>
    <message>
        <source>Patient&apos;s age</source>
        <translation>Պացիենտի տարիքը</translation>
    </message>
    <message>
        <source>Enter age</source>
        <translation>Մուտքագրեք տարիքը</translation>
    </message>
    <message>
        <source>Type the age of the person who needs the doctor; babies are 0</source>
        <translation>Մուտքագրեք այն անձի տարիքը, ում բժիշկ է պետք. նորածինների համար՝ 0</translation>
    </message>
    <message>
        <source>Patient&apos;s sex (optional)</source>
        <translation>Պացիենտի սեռը (ըստ ցանկության)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Նշված չէ</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Իգական</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Արական</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Տարիք՝</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>Սեռ (ըստ ցանկության)՝</translation>
    </message>
    <message>
        <source>Primary care specialties</source>
        <translation>Առաջնային բուժօգնության մասնագիտություններ</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Նոր պացիենտներ</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Ցանկացած կարգավիճակ</translation>
    </message>
    <message>
        <source>Accepting new patients, or call to ask</source>
        <translation>Նոր պացիենտներ է ընդունում, կամ զանգահարեք և հարցրեք</translation>
    </message>
    <message>
        <source>Not in this directory: call to ask</source>
        <translation>Այս տեղեկատուում չէ. զանգահարեք և հարցրեք</translation>
    </message>
    <message>
        <source>Language the doctor speaks</source>
        <translation>Լեզու, որով խոսում է բժիշկը</translation>
    </message>
    <message>
        <source>Language the office staff speak</source>
        <translation>Լեզու, որով խոսում է գրասենյակի անձնակազմը</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Ցանկացած լեզու</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender</source>
        <translation>Բժշկի սեռը</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Ցանկացած</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Կին</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Տղամարդ</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Հեռավորություն</translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>Ցանկացած հեռավորություն</translation>
    </message>
    <message>
        <source>Within %1 miles</source>
        <translation>Մինչև %1 մղոն</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Հիվանդանոց</translation>
    </message>
    <message>
        <source>Any hospital</source>
        <translation>Ցանկացած հիվանդանոց</translation>
    </message>
    <message>
        <source>Offers video visits</source>
        <translation>Առաջարկում է տեսազանգով այցեր</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>Երեկոյան ժամեր</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>Շաբաթ օրվա ժամեր</translation>
    </message>
    <message>
        <source>Wheelchair accessible office</source>
        <translation>Սայլակի համար մատչելի գրասենյակ</translation>
    </message>
    <message>
        <source>Parking, entrance, inside, restroom, exam room and exam table all accessible</source>
        <translation>Կայանատեղին, մուտքը, ներսը, զուգարանը, զննման սենյակը և զննման սեղանը՝ բոլորը մատչելի են</translation>
    </message>
    <message>
        <source>Sort doctors by</source>
        <translation>Դասավորել բժիշկներին ըստ</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>Նախ մոտակաները</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Մաքրել զտիչները</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>Նոր պացիենտներ՝</translation>
    </message>
    <message>
        <source>Doctor speaks:</source>
        <translation>Բժիշկը խոսում է՝</translation>
    </message>
    <message>
        <source>Staff speak:</source>
        <translation>Անձնակազմը խոսում է՝</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender:</source>
        <translation>Բժշկի սեռը՝</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Հեռավորություն՝</translation>
    </message>
    <message>
        <source>Hospital:</source>
        <translation>Հիվանդանոց՝</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Դասավորել՝</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (եզրակացված)</translation>
    </message>
</context>
<context>
    <name>PlanNotListedDialog</name>
    <message>
        <source>My plan is not listed</source>
        <translation>Իմ ծրագիրը ցանկում չէ</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ինչ անել</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Փակել</translation>
    </message>
</context>
<context>
    <name>PlanPicker</name>
    <message>
        <source>Choose your health plan</source>
        <translation>Ընտրեք Ձեր առողջապահական ծրագիրը</translation>
    </message>
    <message>
        <source>These HMO plans serve your area. Pick the one on your member ID card, or the one you are enrolling in.</source>
        <translation>Այս HMO ծրագրերը սպասարկում են Ձեր տարածքը։ Ընտրեք այն, որը նշված է Ձեր անդամի ID քարտի վրա, կամ այն, որում գրանցվում եք։</translation>
    </message>
    <message>
        <source>What is an HMO?</source>
        <translation>Ի՞նչ է HMO-ն</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Ծրագիր</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Ապահովագրական ընկերություն</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Ցանց</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>Անդամների սպասարկման ծառայություն</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Տվյալների ամսաթիվը</translation>
    </message>
    <message>
        <source>Health plans in your area</source>
        <translation>Առողջապահական ծրագրեր Ձեր տարածքում</translation>
    </message>
    <message>
        <source>About the selected plan</source>
        <translation>Ընտրված ծրագրի մասին</translation>
    </message>
    <message>
        <source>My plan is not listed</source>
        <translation>Իմ ծրագիրը ցանկում չէ</translation>
    </message>
    <message>
        <source>My plan is not listed: what to do</source>
        <translation>Իմ ծրագիրը ցանկում չէ. ինչ անել</translation>
    </message>
    <message>
        <source>Continue with this plan</source>
        <translation>Շարունակել այս ծրագրով</translation>
    </message>
    <message>
        <source>No plans message</source>
        <translation>Ծրագրեր չլինելու մասին հաղորդագրություն</translation>
    </message>
    <message>
        <source>Opening the doctor directory...</source>
        <translation>Բժիշկների տեղեկատուն բացվում է...</translation>
    </message>
    <message>
        <source>See your member ID card</source>
        <translation>Տեսեք Ձեր անդամի ID քարտը</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>%1 շրջան</translation>
    </message>
    <message>
        <source>California</source>
        <translation>Կալիֆորնիա</translation>
    </message>
    <message>
        <source>Choose your health plan in %1</source>
        <translation>Ընտրեք Ձեր առողջապահական ծրագիրը՝ %1</translation>
    </message>
    <message>
        <source>ZIP %1 (%2)</source>
        <translation>ZIP %1 (%2)</translation>
    </message>
    <message>
        <source>No plan in this directory serves %1: it has only the plans in public files, and none of them lists this area. Check the ZIP code or pick another county. If you already have a plan, press &quot;My plan is not listed&quot; to see how to find its doctors.</source>
        <translation>Այս տեղեկատուի ոչ մի ծրագիր չի սպասարկում %1-ը. այն պարունակում է միայն հանրային ֆայլերում առկա ծրագրերը, և դրանցից ոչ մեկը չի ներառում այս տարածքը։ Ստուգեք փոստային ինդեքսը (ZIP) կամ ընտրեք այլ շրջան։ Եթե արդեն ծրագիր ունեք, սեղմեք «Իմ ծրագիրը ցանկում չէ»՝ տեսնելու, թե ինչպես գտնել նրա բժիշկներին։</translation>
    </message>
    <message>
        <source>Select your plan to see what it covers.</source>
        <translation>Ընտրեք Ձեր ծրագիրը՝ տեսնելու, թե ինչ է այն ծածկում։</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Լավ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Հրաժարվել</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Պահպանել</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Բացել</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find a primary care doctor</source>
        <translation>Գտնել առաջնային բուժօգնության բժիշկ</translation>
    </message>
    <message>
        <source>Choose your language, type your ZIP code if you like, then press Start. When you are done, press “I&apos;m finished”: everything you entered is cleared for the next person.</source>
        <translation>Ընտրեք Ձեր լեզուն, ցանկության դեպքում մուտքագրեք Ձեր փոստային ինդեքսը (ZIP), ապա սեղմեք «Սկսել»։ Երբ ավարտեք, սեղմեք «Ավարտեցի». Ձեր մուտքագրած ամեն ինչ կմաքրվի հաջորդ անձի համար։</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <source>Your ZIP code (optional)</source>
        <translation>Ձեր փոստային ինդեքսը (ZIP) (ըստ ցանկության)</translation>
    </message>
    <message>
        <source>Five digits, to list doctors near you.</source>
        <translation>Հինգ նիշ՝ Ձեզ մոտ գտնվող բժիշկներին ցույց տալու համար։</translation>
    </message>
    <message>
        <source>Your ZIP code</source>
        <translation>Ձեր փոստային ինդեքսը (ZIP)</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Փոստային ինդեքս (ZIP)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Սկսել</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Անձնակազմ</translation>
    </message>
    <message>
        <source>Staff only: enter the staff PIN</source>
        <translation>Միայն անձնակազմի համար. մուտքագրեք անձնակազմի PIN-ը</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Find my current doctor</source>
        <translation>Գտնել իմ ներկայիս բժշկին</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Օգնություն</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>Օգնություն և բառարան</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Մասին</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data</source>
        <translation>HMO Desktop-ի և նրա տվյալների մասին</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Սկսել նորից</translation>
    </message>
    <message>
        <source>Start over with a new member (also Ctrl+N)</source>
        <translation>Սկսել նորից նոր անդամով (նաև Ctrl+N)</translation>
    </message>
    <message>
        <source>Forget this member&apos;s ZIP, plan, group, doctor, filters and searches</source>
        <translation>Մոռանալ այս անդամի փոստային ինդեքսը (ZIP), ծրագիրը, խումբը, բժշկին, զտիչները և որոնումները</translation>
    </message>
</context>
</TS>
