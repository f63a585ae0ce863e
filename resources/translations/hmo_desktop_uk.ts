<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name></name>
    <message>
        <source>%1, age %2</source>
        <translation>%1, вік %2</translation>
    </message>
    <message>
        <source>Next step for Medi-Cal: Health Care Options</source>
        <translation>Наступний крок для Medi-Cal: Health Care Options</translation>
    </message>
    <message>
        <source>Before you enroll</source>
        <translation>Перш ніж записатися до плану</translation>
    </message>
    <message>
        <source>PCP ID:</source>
        <translation>Ідентифікатор PCP:</translation>
    </message>
    <message>
        <source>Family medicine</source>
        <translation>Сімейна медицина</translation>
    </message>
    <message>
        <source>Internal medicine</source>
        <translation>Внутрішня медицина</translation>
    </message>
    <message>
        <source>Pediatrics</source>
        <translation>Педіатрія</translation>
    </message>
    <message>
        <source>OB/GYN</source>
        <translation>Акушерство й гінекологія</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Сімейна</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутрішня</translation>
    </message>
    <message>
        <source>All ages, children to seniors; often the whole family.</source>
        <translation>Для всіх віків, від дітей до літніх людей; часто для всієї сім’ї.</translation>
    </message>
    <message>
        <source>Adults only: prevention and long-term conditions.</source>
        <translation>Лише дорослі: профілактика і тривалі (хронічні) хвороби.</translation>
    </message>
    <message>
        <source>Babies, children and teens (up to 18 or 21).</source>
        <translation>Немовлята, діти й підлітки (до 18 або 21 року).</translation>
    </message>
    <message>
        <source>Women&apos;s health, pregnancy and gynecology; some act as a PCP.</source>
        <translation>Жіноче здоров’я, вагітність і гінекологія; деякі з цих лікарів можуть бути вашим PCP.</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>Приймає нових пацієнтів</translation>
    </message>
    <message>
        <source>Existing patients only</source>
        <translation>Лише наявні пацієнти</translation>
    </message>
    <message>
        <source>Existing patients and their family</source>
        <translation>Наявні пацієнти та їхні родини</translation>
    </message>
    <message>
        <source>Not accepting patients</source>
        <translation>Не приймає пацієнтів</translation>
    </message>
    <message>
        <source>Call to ask</source>
        <translation>Зателефонуйте й запитайте</translation>
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
        <translation>Від роботодавця та індивідуальні (комерційні)</translation>
    </message>
    <message>
        <source>Accessible parking</source>
        <translation>Доступне паркування</translation>
    </message>
    <message>
        <source>Accessible entrance</source>
        <translation>Доступний вхід</translation>
    </message>
    <message>
        <source>Accessible inside the building</source>
        <translation>Доступно всередині будівлі</translation>
    </message>
    <message>
        <source>Accessible restroom</source>
        <translation>Доступна вбиральня</translation>
    </message>
    <message>
        <source>Accessible exam room</source>
        <translation>Доступний оглядовий кабінет</translation>
    </message>
    <message>
        <source>Height-adjustable exam table / accessible scale</source>
        <translation>Регульований за висотою оглядовий стіл / доступні ваги</translation>
    </message>
    <message>
        <source>Sample doctor (fictional)</source>
        <translation>Вигаданий лікар (приклад, не справжній)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1: %2</translation>
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
        <translation>%1 милі</translation>
    </message>
    <message>
        <source>Languages: English only.</source>
        <translation>Мови: лише англійська.</translation>
    </message>
    <message>
        <source>Languages: English, %1. None of these translations has been reviewed by a fluent speaker yet; tell the team what reads wrong.</source>
        <translation>Мови: англійська, %1. Жоден із цих перекладів ще не перевірила людина, яка вільно володіє мовою; повідомте команду, що звучить неправильно.</translation>
    </message>
    <message>
        <source>Languages: English, %1. Reviewed by a fluent speaker: %2.</source>
        <translation>Мови: англійська, %1. Перевірено людиною, яка вільно володіє мовою: %2.</translation>
    </message>
    <message>
        <source>To translate or review a language, open its file, resources/translations/hmo_desktop_&lt;code&gt;.ts, in Qt Linguist (README, &quot;Languages&quot;).</source>
        <translation>Щоб перекласти або перевірити мову, відкрийте її файл resources/translations/hmo_desktop_&lt;code&gt;.ts у Qt Linguist (README, розділ «Languages»).</translation>
    </message>
    <message>
        <source>made by this app</source>
        <translation>створено цією програмою</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>станом на %1</translation>
    </message>
    <message>
        <source>fictional samples, made up by this app</source>
        <translation>вигадані приклади, створені цією програмою</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>визначено цією програмою</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>відкриті дані, можуть бути застарілими</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>відкриті дані</translation>
    </message>
    <message>
        <source>none (used while building)</source>
        <translation>немає (використано під час створення)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Рядки</translation>
    </message>
    <message>
        <source>Works offline; sends nothing anywhere.</source>
        <translation>Працює офлайн; нічого нікуди не надсилає.</translation>
    </message>
    <message>
        <source>Directory %1, checksum %2</source>
        <translation>Довідник %1, контрольна сума %2</translation>
    </message>
    <message>
        <source>Data sources (%1)</source>
        <translation>Джерела даних (%1)</translation>
    </message>
    <message>
        <source>About HMO Desktop</source>
        <translation>Про HMO Desktop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data sources</source>
        <translation>Про HMO Desktop і джерела даних програми</translation>
    </message>
    <message>
        <source>%1 (sample office)</source>
        <translation>%1 (вигаданий кабінет)</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>округ %1</translation>
    </message>
    <message>
        <source>Sample group: its office is a sample placed at a ZIP code center, %1 away.</source>
        <translation>Вигадана група: її кабінет — вигаданий приклад, розміщений у центрі зони індексу ZIP, на відстані %1.</translation>
    </message>
    <message>
        <source>Sample group: its office is not in this directory.</source>
        <translation>Вигадана група: її кабінету немає в цьому довіднику.</translation>
    </message>
    <message>
        <source>Serves %1; office address not in this directory.</source>
        <translation>Обслуговує: %1; адреси кабінету немає в цьому довіднику.</translation>
    </message>
    <message>
        <source>No %1 doctors in this group here</source>
        <translation>У цій групі тут немає лікарів (%1)</translation>
    </message>
    <message>
        <source>%1 of 1 %2 doctor is accepting new patients</source>
        <translation>%1 з 1 лікаря (%2) приймає нових пацієнтів</translation>
    </message>
    <message numerus="yes">
        <source>%n counties</source>
        <translation>
            <numerusform>%n округ</numerusform>
            <numerusform>%n округи</numerusform>
            <numerusform>%n округів</numerusform>
        </translation>
    </message>
    <message>
        <source>Counties: %1</source>
        <translation>Округи: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln %2 doctors are accepting new patients</source>
        <translation>
            <numerusform>%1 з %Ln лікаря (%2) приймає нових пацієнтів</numerusform>
            <numerusform>%1 з %Ln лікарів (%2) приймає нових пацієнтів</numerusform>
            <numerusform>%1 з %Ln лікарів (%2) приймає нових пацієнтів</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Без оцінки</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Не опубліковано</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (визначено програмою)</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan with one Permanente Medical Group per region. Enter your ZIP code or county above, or choose the group of the region where you live: Northern or Southern California.</source>
        <translation>Kaiser Permanente — це інтегрований план з однією медичною групою Permanente Medical Group у кожному регіоні. Введіть свій індекс ZIP або округ вище чи виберіть групу свого регіону: Північна або Південна Каліфорнія.</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, with a care team at each PACE center. Enter your ZIP code or county above, or choose the center where you live.</source>
        <translation>PACE (програма всебічної допомоги літнім людям) — для людей віком від 55 років, з командою медичної допомоги в кожному центрі PACE. Введіть свій індекс ZIP або округ вище чи виберіть центр за місцем проживання.</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group of your region, so there is no medical group to choose. Continue to choose your doctor.</source>
        <translation>Kaiser Permanente — це інтегрований план: усі його лікарі належать до Permanente Medical Group вашого регіону, тож медичну групу вибирати не потрібно. Перейдіть далі, щоб вибрати лікаря.</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older. Your care team, your doctor included, is at your PACE center, so there is no medical group to choose. Continue to see the center&apos;s doctors.</source>
        <translation>PACE — для людей віком від 55 років. Ваша команда медичної допомоги, зокрема ваш лікар, працює у вашому центрі PACE, тож медичну групу вибирати не потрібно. Перейдіть далі, щоб побачити лікарів центру.</translation>
    </message>
    <message>
        <source>Your doctor belongs to a medical group. The group decides referrals to specialists and which hospitals you use. Numbers show doctors accepting new patients, for patients of any age.</source>
        <translation>Ваш лікар належить до медичної групи. Група вирішує щодо направлень до спеціалістів і того, якими лікарнями ви користуєтеся. Числа показують лікарів, які приймають нових пацієнтів будь-якого віку.</translation>
    </message>
    <message>
        <source>If you choose this group, your PCP and your specialists come from it, and referrals to specialists go through it.</source>
        <translation>Якщо ви виберете цю групу, ваш PCP і ваші спеціалісти будуть з неї, а направлення до спеціалістів видаватимуться через неї.</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>Правила направлень</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>Лінія в неробочий час</translation>
    </message>
    <message>
        <source>not in this directory: see your member ID card or call the plan.</source>
        <translation>немає в цьому довіднику: див. свою ідентифікаційну картку учасника або зателефонуйте в план.</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>Лікарі</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>Оцінка якості</translation>
    </message>
    <message>
        <source>Plan group code</source>
        <translation>Код групи в плані</translation>
    </message>
    <message>
        <source>Sample group (fictional): this plan&apos;s group list is not available offline, so this group and everything said about it are samples.</source>
        <translation>Вигадана група (приклад): список груп цього плану недоступний офлайн, тому ця група і все, що про неї сказано, — вигадані приклади.</translation>
    </message>
    <message>
        <source>The plan&apos;s own care team. Its doctors in this directory are samples.</source>
        <translation>Власна команда медичної допомоги плану. Її лікарі в цьому довіднику — вигадані приклади.</translation>
    </message>
    <message>
        <source>Listed by the carrier for this network in 2017-18. Networks change every year: call the plan to confirm.</source>
        <translation>Указано страховиком для цієї мережі у 2017–18 роках. Мережі змінюються щороку: зателефонуйте в план, щоб перевірити.</translation>
    </message>
    <message>
        <source>Not published: ask the group or the plan which hospitals it uses.</source>
        <translation>Не опубліковано: запитайте в групі або в плані, якими лікарнями вони користуються.</translation>
    </message>
    <message>
        <source>%1 (CMS rating %2 of 5)</source>
        <translation>%1 (оцінка CMS: %2 з 5)</translation>
    </message>
    <message>
        <source>inferred from distance, not published by the group</source>
        <translation>визначено за відстанню, не опубліковано групою</translation>
    </message>
    <message>
        <source>sample, fictional</source>
        <translation>вигаданий приклад, не справжній</translation>
    </message>
    <message>
        <source>not in this directory: ask the group or the plan.</source>
        <translation>немає в цьому довіднику: запитайте в групі або в плані.</translation>
    </message>
    <message>
        <source>You can see an OB/GYN in your plan&apos;s network without a referral or prior approval (California law); the plan may require the OB/GYN to be in your medical group.</source>
        <translation>Ви можете звернутися до акушера-гінеколога (OB/GYN) з мережі вашого плану без направлення чи попереднього дозволу (закон Каліфорнії); план може вимагати, щоб акушер-гінеколог був у вашій медичній групі.</translation>
    </message>
    <message>
        <source>How a PACE member&apos;s doctor is assigned: when you enroll, the PACE center&apos;s care team assigns you a primary care doctor who works at the center. You can ask the center for a particular doctor on its team.</source>
        <translation>Як учаснику PACE призначають лікаря: коли ви записуєтеся, команда медичної допомоги центру PACE призначає вам лікаря первинної медичної допомоги, який працює в центрі. Ви можете попросити центр про конкретного лікаря з його команди.</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>Перший вибір</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Запасний вибір %1</translation>
    </message>
    <message>
        <source>The selected member&apos;s doctors</source>
        <translation>Лікарі вибраної особи</translation>
    </message>
    <message>
        <source>This member&apos;s plan</source>
        <translation>План цієї особи</translation>
    </message>
    <message>
        <source>Plan for this member:</source>
        <translation>План для цієї особи:</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Вибір</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Лікар</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Нові пацієнти</translation>
    </message>
    <message>
        <source>Make first choice</source>
        <translation>Зробити першим вибором</translation>
    </message>
    <message>
        <source>Make this doctor the member&apos;s first choice</source>
        <translation>Зробити цього лікаря першим вибором для цієї особи</translation>
    </message>
    <message>
        <source>Remove doctor</source>
        <translation>Вилучити лікаря</translation>
    </message>
    <message>
        <source>Remove this doctor from the member&apos;s choices</source>
        <translation>Вилучити цього лікаря з вибору цієї особи</translation>
    </message>
    <message>
        <source>Select a member to see their plan and doctors.</source>
        <translation>Виберіть особу, щоб побачити її план і лікарів.</translation>
    </message>
    <message>
        <source>%1&apos;s plan and doctors</source>
        <translation>План і лікарі: %1</translation>
    </message>
    <message>
        <source>The household&apos;s plan (%1)</source>
        <translation>План домогосподарства (%1)</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>ще не вибрано</translation>
    </message>
    <message>
        <source>Type the member&apos;s first name or a nickname.</source>
        <translation>Введіть ім’я або коротке ім’я особи.</translation>
    </message>
    <message>
        <source>That name is long: a first name or a nickname is enough.</source>
        <translation>Це ім’я задовге: достатньо імені або короткого імені.</translation>
    </message>
    <message>
        <source>Type a first name or nickname only: no numbers, dates, IDs or addresses.</source>
        <translation>Вводьте лише ім’я або коротке ім’я: без чисел, дат, ідентифікаторів чи адрес.</translation>
    </message>
    <message>
        <source>The age must be from 0 to 120.</source>
        <translation>Вік має бути від 0 до 120.</translation>
    </message>
    <message>
        <source>Choose female, male, or leave sex not given.</source>
        <translation>Виберіть жіночу чи чоловічу стать або залиште стать не вказаною.</translation>
    </message>
    <message>
        <source>One of the access needs is not known to this app.</source>
        <translation>Одна з потреб щодо доступності невідома цій програмі.</translation>
    </message>
    <message>
        <source>This member cannot be added as given.</source>
        <translation>Цю особу не можна додати з такими даними.</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>перший вибір</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>запасний вибір %1</translation>
    </message>
    <message>
        <source>%1 has no PCP yet.</source>
        <translation>%1 ще не має PCP.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is no longer in this directory for this plan; choose another doctor.</source>
        <translation>%1: %2 (%3) більше немає в цьому довіднику для цього плану; виберіть іншого лікаря.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in this member&apos;s plan.</source>
        <translation>%1: %2 (%3) не входить до плану цієї особи.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not taking new patients.</source>
        <translation>%1: %2 (%3) не приймає нових пацієнтів.</translation>
    </message>
    <message>
        <source>%1: this directory does not say whether %2 (%3) takes new patients; call to ask.</source>
        <translation>%1: у цьому довіднику не сказано, чи приймає %2 (%3) нових пацієнтів; зателефонуйте й запитайте.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) sees patients up to age %4; %1 ages out within a year.</source>
        <translation>%1: %2 (%3) приймає пацієнтів до %4 років; протягом року %1 перевищить цей вік.</translation>
    </message>
    <message>
        <source>Add the members of the household, one at a time.</source>
        <translation>Додайте членів домогосподарства по одному.</translation>
    </message>
    <message>
        <source>Everyone has a PCP, and nothing needs another look.</source>
        <translation>Кожна особа має PCP, і нічого не потрібно перевіряти ще раз.</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (вигаданий приклад)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>немає в цьому довіднику</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, станом на %2</translation>
    </message>
    <message>
        <source>needs a ZIP</source>
        <translation>потрібен індекс ZIP</translation>
    </message>
    <message>
        <source>not known here: open this doctor from the doctor step</source>
        <translation>тут невідомо: відкрийте цього лікаря на кроці вибору лікаря</translation>
    </message>
    <message>
        <source>Evening: %1; Saturday: %2</source>
        <translation>Вечір: %1; субота: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Так: %1</translation>
    </message>
    <message>
        <source>not in this directory: ask the medical group</source>
        <translation>немає в цьому довіднику: запитайте в медичній групі</translation>
    </message>
    <message>
        <source>Doctor: %1. Office: %2. Group: %3. Plan: %4.</source>
        <translation>Лікар: %1. Кабінет: %2. Група: %3. План: %4.</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Відстань</translation>
    </message>
    <message>
        <source>Doctor&apos;s languages</source>
        <translation>Мови лікаря</translation>
    </message>
    <message>
        <source>Staff languages</source>
        <translation>Мови персоналу</translation>
    </message>
    <message>
        <source>Evening and Saturday hours</source>
        <translation>Години ввечері та в суботу</translation>
    </message>
    <message>
        <source>Video visits</source>
        <translation>Відеоприйоми</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Доступність</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Лікарні</translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation>Сертифікація профільної ради</translation>
    </message>
    <message>
        <source>Group rating</source>
        <translation>Оцінка групи</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>Джерело і дата</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Порівняти</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Домогосподарство</translation>
    </message>
    <message>
        <source>Household: everyone enrolling together</source>
        <translation>Домогосподарство: усі, хто записується разом</translation>
    </message>
    <message>
        <source>1 doctor can see everyone (ages %1).</source>
        <translation>1 лікар може приймати всіх (вік: %1).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors can see everyone (ages %1).</source>
        <translation>
            <numerusform>%Ln лікар може приймати всіх (вік: %1).</numerusform>
            <numerusform>%Ln лікарі можуть приймати всіх (вік: %1).</numerusform>
            <numerusform>%Ln лікарів можуть приймати всіх (вік: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Same doctor for the family</source>
        <translation>Один лікар для всієї сім’ї</translation>
    </message>
    <message>
        <source>Doctors who can see every member</source>
        <translation>Лікарі, які можуть приймати кожну особу</translation>
    </message>
    <message>
        <source>Doctors for the whole family</source>
        <translation>Лікарі для всієї сім’ї</translation>
    </message>
    <message>
        <source>Doctors for everyone</source>
        <translation>Лікарі для всіх</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>PCP</source>
        <translation>PCP</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Запасні</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>Члени домогосподарства</translation>
    </message>
    <message>
        <source>Use the current doctor</source>
        <translation>Вибрати поточного лікаря</translation>
    </message>
    <message>
        <source>Use the current doctor as this member&apos;s first choice</source>
        <translation>Зробити поточного лікаря першим вибором для цієї особи</translation>
    </message>
    <message>
        <source>Add as a backup</source>
        <translation>Додати як запасний</translation>
    </message>
    <message>
        <source>Add the current doctor as this member&apos;s backup</source>
        <translation>Додати поточного лікаря як запасний вибір для цієї особи</translation>
    </message>
    <message>
        <source>Change member</source>
        <translation>Змінити особу</translation>
    </message>
    <message>
        <source>Change this member</source>
        <translation>Змінити дані цієї особи</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Вилучити особу</translation>
    </message>
    <message>
        <source>Remove this member</source>
        <translation>Вилучити цю особу</translation>
    </message>
    <message>
        <source>What to look at again</source>
        <translation>Що перевірити ще раз</translation>
    </message>
    <message>
        <source>Compare the chosen doctors</source>
        <translation>Порівняти вибраних лікарів</translation>
    </message>
    <message>
        <source>Members, or compare</source>
        <translation>Особи або порівняння</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Особи</translation>
    </message>
    <message>
        <source>C&amp;ompare doctors</source>
        <translation>&amp;Порівняти лікарів</translation>
    </message>
    <message>
        <source>Needs a PCP</source>
        <translation>Потрібен PCP</translation>
    </message>
    <message>
        <source>Choose a plan and add the members first.</source>
        <translation>Спочатку виберіть план і додайте осіб.</translation>
    </message>
    <message>
        <source>Use the current doctor for %1</source>
        <translation>Вибрати поточного лікаря для особи %1</translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation>Підсумок для запису до плану</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>Ім’я або коротке ім’я</translation>
    </message>
    <message>
        <source>Sex (optional)</source>
        <translation>Стать (необов’язково)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Жіноча</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Чоловіча</translation>
    </message>
    <message>
        <source>Preferred language (optional)</source>
        <translation>Бажана мова (необов’язково)</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>Доступ для інвалідного візка</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>Години ввечері</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>Години в суботу</translation>
    </message>
    <message>
        <source>Wants an OB/GYN as PCP</source>
        <translation>Хоче акушера-гінеколога як PCP</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Додати особу</translation>
    </message>
    <message>
        <source>Add this member</source>
        <translation>Додати цю особу</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Скасувати зміни</translation>
    </message>
    <message>
        <source>Leave the member as they were</source>
        <translation>Залишити дані особи без змін</translation>
    </message>
    <message>
        <source>Why the member was not added</source>
        <translation>Чому особу не додано</translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation>Ім’я або коротке ім’я:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Вік:</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>Стать (необов’язково):</translation>
    </message>
    <message>
        <source>Language (optional):</source>
        <translation>Мова (необов’язково):</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Зберегти зміни</translation>
    </message>
    <message>
        <source>Save the changes to this member</source>
        <translation>Зберегти зміни для цієї особи</translation>
    </message>
    <message>
        <source>The saved household file was damaged. It was set aside, and the last good copy was opened instead: check the members and their doctors.</source>
        <translation>Збережений файл домогосподарства пошкоджено. Його відкладено, а натомість відкрито останню справну копію: перевірте осіб та їхніх лікарів.</translation>
    </message>
    <message>
        <source>The saved household file was damaged, and there was no good copy to open. It was set aside; add the members again.</source>
        <translation>Збережений файл домогосподарства пошкоджено, і справної копії для відкриття немає. Файл відкладено; додайте осіб знову.</translation>
    </message>
    <message>
        <source>The saved household was kept by a newer version of HMO Desktop. It was left as it is; open it with that version.</source>
        <translation>Збережене домогосподарство створила новіша версія HMO Desktop. Його залишено без змін; відкрийте його в тій версії.</translation>
    </message>
    <message>
        <source>The saved household could not be brought up to date. It was left as it was; add the members again, or try again after updating HMO Desktop.</source>
        <translation>Збережене домогосподарство не вдалося оновити. Його залишено як було; додайте осіб знову або спробуйте ще раз після оновлення HMO Desktop.</translation>
    </message>
    <message>
        <source>The saved household could not be opened.</source>
        <translation>Не вдалося відкрити збережене домогосподарство.</translation>
    </message>
    <message>
        <source>The saved household could not be opened: %1</source>
        <translation>Не вдалося відкрити збережене домогосподарство: %1</translation>
    </message>
    <message>
        <source>Your household kept on this computer is open: View &gt; Household.</source>
        <translation>Ваше домогосподарство, збережене на цьому комп’ютері, відкрито: Вигляд &gt; Домогосподарство.</translation>
    </message>
    <message>
        <source>Doctors no longer in this directory: %1. Choose others.</source>
        <translation>Лікарів, яких більше немає в цьому довіднику: %1. Виберіть інших.</translation>
    </message>
    <message>
        <source>The household could not be saved in %1: %2. Nothing was changed there.</source>
        <translation>Не вдалося зберегти домогосподарство в %1: %2. Там нічого не змінено.</translation>
    </message>
    <message>
        <source>Kept on this computer. Changes are saved as you make them.</source>
        <translation>Зберігається на цьому комп’ютері. Зміни зберігаються одразу, як ви їх робите.</translation>
    </message>
    <message>
        <source>This household is forgotten: nothing of it is kept on this computer.</source>
        <translation>Це домогосподарство забуто: на цьому комп’ютері нічого з нього не зберігається.</translation>
    </message>
    <message>
        <source>Keep this household?</source>
        <translation>Зберегти це домогосподарство?</translation>
    </message>
    <message>
        <source>Keep this household on this computer for next time?</source>
        <translation>Зберегти це домогосподарство на цьому комп’ютері для наступного разу?</translation>
    </message>
    <message>
        <source>Only the first names or nicknames, ages and chosen doctors are kept, in your user folder. On a shared computer, choose Don&apos;t keep.</source>
        <translation>Зберігаються лише імена або короткі імена, вік і вибрані лікарі — у вашій папці користувача. На спільному комп’ютері виберіть «Не зберігати».</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Don&apos;t keep</source>
        <translation>Не зберігати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Forget this household?</source>
        <translation>Забути це домогосподарство?</translation>
    </message>
    <message>
        <source>Its members and their doctors are removed from the screen, and the copy kept on this computer is deleted with its backups. This cannot be undone.</source>
        <translation>Осіб у ньому та їхніх лікарів буде прибрано з екрана, а копію, збережену на цьому комп’ютері, буде видалено разом із резервними копіями. Це не можна скасувати.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Забути</translation>
    </message>
    <message>
        <source>&amp;Household…</source>
        <translation>&amp;Домогосподарство…</translation>
    </message>
    <message>
        <source>The family&apos;s members, their doctors, and the enrollment summary</source>
        <translation>Члени домогосподарства, їхні лікарі та підсумок для запису до плану</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>Приймає</translation>
    </message>
    <message>
        <source>%1; ages not in this directory</source>
        <translation>%1; віку немає в цьому довіднику</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Медична група</translation>
    </message>
    <message>
        <source>Save the enrollment summary</source>
        <translation>Зберегти підсумок для запису до плану</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Великий шрифт</translation>
    </message>
    <message>
        <source>Large print summary</source>
        <translation>Підсумок великим шрифтом</translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation>Зберегти підсумок як PDF…</translation>
    </message>
    <message>
        <source>Save the enrollment summary as a PDF file</source>
        <translation>Зберегти підсумок для запису до плану як файл PDF</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>Надрукувати підсумок…</translation>
    </message>
    <message>
        <source>Print the enrollment summary</source>
        <translation>Надрукувати підсумок для запису до плану</translation>
    </message>
    <message>
        <source>Keep on this computer</source>
        <translation>Зберігати на цьому комп’ютері</translation>
    </message>
    <message>
        <source>Keep this household on this computer</source>
        <translation>Зберігати це домогосподарство на цьому комп’ютері</translation>
    </message>
    <message>
        <source>Forget this household</source>
        <translation>Забути це домогосподарство</translation>
    </message>
    <message>
        <source>Close the household</source>
        <translation>Закрити домогосподарство</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>Зберігається на цьому комп’ютері</translation>
    </message>
    <message>
        <source>The summary is printing. Please collect it from the printer.</source>
        <translation>Підсумок друкується. Будь ласка, заберіть його з принтера.</translation>
    </message>
    <message>
        <source>The summary is ready. A staff member will print it for you.</source>
        <translation>Підсумок готовий. Працівник надрукує його для вас.</translation>
    </message>
    <message>
        <source>No printer is set up here. Please ask staff.</source>
        <translation>Тут не налаштовано принтер. Будь ласка, зверніться до персоналу.</translation>
    </message>
    <message>
        <source>The summary could not be made. Please ask staff.</source>
        <translation>Не вдалося створити підсумок. Будь ласка, зверніться до персоналу.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Надрукувати підсумок</translation>
    </message>
    <message>
        <source>HMO Desktop kiosk</source>
        <translation>Кіоск HMO Desktop</translation>
    </message>
    <message>
        <source>HMO Desktop</source>
        <translation>HMO Desktop</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Лише для персоналу</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN персоналу</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>PIN персоналу:</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Повідомлення про PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <source>Unlock staff settings</source>
        <translation>Розблокувати налаштування персоналу</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Назад до кіоску</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Clear for the next person</source>
        <translation>Очистити для наступної людини</translation>
    </message>
    <message>
        <source>Clear everything now for the next person</source>
        <translation>Очистити все зараз для наступної людини</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Вийти з кіоску</translation>
    </message>
    <message>
        <source>No staff PIN is set, so this kiosk cannot be left from here. To set one, run this on the computer, then start the kiosk again:

hmo-desktop --set-kiosk-pin

It is kept, as a salted hash, in %1</source>
        <translation>PIN персоналу не встановлено, тому звідси вийти з кіоску не можна. Щоб його встановити, виконайте на комп’ютері цю команду, а потім знову запустіть кіоск:

hmo-desktop --set-kiosk-pin

Він зберігається у вигляді хешу із сіллю в %1</translation>
    </message>
    <message>
        <source>Configuration file: %1</source>
        <translation>Файл конфігурації: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Idle time before the warning: %1 seconds</source>
        <translation>Час бездіяльності до попередження: %1 с</translation>
    </message>
    <message>
        <source>The warning counts down from: %1 seconds</source>
        <translation>Зворотний відлік попередження починається з: %1 с</translation>
    </message>
    <message>
        <source>Text size for each new person: %1 %</source>
        <translation>Розмір тексту для кожної нової людини: %1 %</translation>
    </message>
    <message>
        <source>Summaries: PDF files in %1, emptied at every reset</source>
        <translation>Підсумки: файли PDF у %1, очищуються після кожного скидання</translation>
    </message>
    <message>
        <source>Summaries: printed on %1</source>
        <translation>Підсумки: друкуються на %1</translation>
    </message>
    <message>
        <source>Summaries: no default printer is set up on this computer</source>
        <translation>Підсумки: на цьому комп’ютері не налаштовано принтер за замовчуванням</translation>
    </message>
    <message>
        <source>The configuration file was not used: %1</source>
        <translation>Файл конфігурації не використано: %1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Забагато неправильних PIN. Спробуйте ще раз через %1 с.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Цей PIN неправильний.</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Рядок меню</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Інші меню</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open directory…</source>
        <translation>&amp;Відкрити довідник…</translation>
    </message>
    <message>
        <source>Open another doctor directory file; it is checked before it is used</source>
        <translation>Відкрити інший файл довідника лікарів; його буде перевірено перед використанням</translation>
    </message>
    <message>
        <source>Open a doctor directory</source>
        <translation>Відкрити довідник лікарів</translation>
    </message>
    <message>
        <source>Doctor directories (*.sqlite)</source>
        <translation>Довідники лікарів (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. You can keep working; if it happens again, send these details to the team.</source>
        <translation>У HMO Desktop сталася внутрішня помилка. Ви можете працювати далі; якщо це повториться, надішліть ці відомості команді розробників.</translation>
    </message>
    <message>
        <source>The doctor directory is not an HMO Desktop directory.</source>
        <translation>Цей довідник лікарів не є довідником HMO Desktop.</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is damaged.</source>
        <translation>Довідник лікарів, що постачається з HMO Desktop, пошкоджено.</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is missing.</source>
        <translation>Довідник лікарів, що постачається з HMO Desktop, відсутній.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory.</source>
        <translation>HMO Desktop не має дозволу читати свій довідник лікарів.</translation>
    </message>
    <message>
        <source>A folder is where HMO Desktop&apos;s doctor directory should be.</source>
        <translation>Там, де має бути довідник лікарів HMO Desktop, знаходиться папка.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory&apos;s manifest.</source>
        <translation>HMO Desktop не має дозволу читати маніфест свого довідника лікарів.</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop is damaged.</source>
        <translation>Файл довідника лікарів, переданий HMO Desktop, пошкоджено.</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop does not exist.</source>
        <translation>Файл довідника лікарів, переданий HMO Desktop, не існує.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the doctor directory file it was given.</source>
        <translation>HMO Desktop не має дозволу читати переданий програмі файл довідника лікарів.</translation>
    </message>
    <message>
        <source>HMO Desktop was given a folder, not a doctor directory file.</source>
        <translation>HMO Desktop передано папку, а не файл довідника лікарів.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the manifest of the doctor directory file it was given.</source>
        <translation>HMO Desktop не має дозволу читати маніфест переданого програмі файлу довідника лікарів.</translation>
    </message>
    <message>
        <source>This doctor directory needs a newer version of HMO Desktop.</source>
        <translation>Для цього довідника лікарів потрібна новіша версія HMO Desktop.</translation>
    </message>
    <message>
        <source>This doctor directory is too old for this version of HMO Desktop.</source>
        <translation>Цей довідник лікарів застарий для цієї версії HMO Desktop.</translation>
    </message>
    <message>
        <source>Reinstall HMO Desktop, or rebuild the directory with &apos;python -m hmo_desktop.datapack build&apos;.</source>
        <translation>Перевстановіть HMO Desktop або створіть довідник заново командою &apos;python -m hmo_desktop.datapack build&apos;.</translation>
    </message>
    <message>
        <source>Check that you may read it, or reinstall HMO Desktop.</source>
        <translation>Перевірте, чи маєте ви дозвіл читати його, або перевстановіть HMO Desktop.</translation>
    </message>
    <message>
        <source>Remove or rename that folder, then reinstall HMO Desktop or rebuild the directory.</source>
        <translation>Вилучіть або перейменуйте цю папку, а потім перевстановіть HMO Desktop або створіть довідник заново.</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use the directory that came with this version.</source>
        <translation>Оновіть HMO Desktop або використовуйте довідник, що постачається з цією версією.</translation>
    </message>
    <message>
        <source>Check the file given with --directory, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>Перевірте файл, указаний у --directory, або створіть новий командою &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</translation>
    </message>
    <message>
        <source>Check that you may read that file and the folders above it.</source>
        <translation>Перевірте, чи маєте ви дозвіл читати цей файл і папки, у яких він лежить.</translation>
    </message>
    <message>
        <source>Check that you may read the .manifest.json file beside the directory file.</source>
        <translation>Перевірте, чи маєте ви дозвіл читати файл .manifest.json поруч із файлом довідника.</translation>
    </message>
    <message>
        <source>Give the path of a directory file (.sqlite), not of a folder.</source>
        <translation>Укажіть шлях до файлу довідника (.sqlite), а не до папки.</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use a directory built by this version.</source>
        <translation>Оновіть HMO Desktop або використовуйте довідник, створений цією версією.</translation>
    </message>
    <message>
        <source>HMO Desktop cannot use this doctor directory.</source>
        <translation>HMO Desktop не може використати цей довідник лікарів.</translation>
    </message>
    <message>
        <source>Choose another directory file, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>Виберіть інший файл довідника або створіть новий командою &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</translation>
    </message>
    <message>
        <source>Open directory</source>
        <translation>Відкрити довідник</translation>
    </message>
    <message>
        <source>%1

HMO Desktop keeps using the directory it had open.</source>
        <translation>%1

HMO Desktop і далі використовує довідник, який був відкритий.</translation>
    </message>
    <message>
        <source>File: %1
%2</source>
        <translation>Файл: %1
%2</translation>
    </message>
    <message>
        <source>Checking the directory file…</source>
        <translation>Перевірка файлу довідника…</translation>
    </message>
    <message>
        <source>HMO Desktop: choose your primary care doctor (%1)</source>
        <translation>HMO Desktop: виберіть свого лікаря первинної медичної допомоги (%1)</translation>
    </message>
    <message>
        <source>Now using the directory %1.</source>
        <translation>Тепер використовується довідник %1.</translation>
    </message>
    <message>
        <source>Sample?</source>
        <translation>Вигаданий?</translation>
    </message>
    <message>
        <source>Generated sample data, not a real person</source>
        <translation>Згенеровані вигадані дані, а не справжня людина</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Кабінет</translation>
    </message>
    <message>
        <source>To a sample office placed at a ZIP code center</source>
        <translation>До вигаданого кабінету, розміщеного в центрі зони індексу ZIP</translation>
    </message>
    <message>
        <source>Approximate: to the center of the office&apos;s ZIP code</source>
        <translation>Приблизно: до центру зони індексу ZIP кабінету</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Спеціальність</translation>
    </message>
    <message>
        <source>January</source>
        <translation>січень</translation>
    </message>
    <message>
        <source>February</source>
        <translation>лютий</translation>
    </message>
    <message>
        <source>March</source>
        <translation>березень</translation>
    </message>
    <message>
        <source>April</source>
        <translation>квітень</translation>
    </message>
    <message>
        <source>May</source>
        <translation>травень</translation>
    </message>
    <message>
        <source>June</source>
        <translation>червень</translation>
    </message>
    <message>
        <source>July</source>
        <translation>липень</translation>
    </message>
    <message>
        <source>August</source>
        <translation>серпень</translation>
    </message>
    <message>
        <source>September</source>
        <translation>вересень</translation>
    </message>
    <message>
        <source>October</source>
        <translation>жовтень</translation>
    </message>
    <message>
        <source>November</source>
        <translation>листопад</translation>
    </message>
    <message>
        <source>December</source>
        <translation>грудень</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, may be out of date</source>
        <translation>%1, можуть бути застарілими</translation>
    </message>
    <message>
        <source>Minimum Coverage</source>
        <translation>Мінімальне покриття</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Бронзовий</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Срібний</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Золотий</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Платиновий</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for %1 County</source>
        <translation>План медичного обслуговування Medi-Cal для округу %1</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for the counties it serves</source>
        <translation>План медичного обслуговування Medi-Cal для округів, які він обслуговує</translation>
    </message>
    <message>
        <source>Covered California HMO (%1)</source>
        <translation>HMO від Covered California (%1)</translation>
    </message>
    <message>
        <source>Covered California HMO</source>
        <translation>HMO від Covered California</translation>
    </message>
    <message>
        <source>Employer and individual HMO</source>
        <translation>HMO від роботодавця та індивідуальні</translation>
    </message>
    <message>
        <source>Medicare Advantage HMO</source>
        <translation>HMO Medicare Advantage</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group for your region, so there is no medical group to choose.</source>
        <translation>Kaiser Permanente — це інтегрований план: усі його лікарі належать до Permanente Medical Group вашого регіону, тож медичну групу вибирати не потрібно.</translation>
    </message>
    <message>
        <source>PACE: for people 55 and older who need a nursing-home level of care and can live safely at home; your care team, including your doctor, is at the PACE center.</source>
        <translation>PACE (програма всебічної допомоги літнім людям): для людей віком від 55 років, яким потрібен догляд на рівні будинку догляду з медсестринською допомогою і які можуть безпечно жити вдома; ваша команда медичної допомоги, зокрема ваш лікар, працює в центрі PACE.</translation>
    </message>
    <message>
        <source>This plan&apos;s group list is from %1. Networks change every year: call the plan to confirm.</source>
        <translation>Список груп цього плану станом на %1. Мережі змінюються щороку: зателефонуйте в план, щоб перевірити.</translation>
    </message>
    <message>
        <source>This plan&apos;s information is from %1. Plans and networks change every year: call the plan to confirm.</source>
        <translation>Інформація про цей план станом на %1. Плани й мережі змінюються щороку: зателефонуйте в план, щоб перевірити.</translation>
    </message>
    <message>
        <source>Medical groups: the carrier&apos;s published list, as of %1.</source>
        <translation>Медичні групи: опублікований страховиком список станом на %1.</translation>
    </message>
    <message>
        <source>Plan list as of %1.</source>
        <translation>Список планів станом на %1.</translation>
    </message>
    <message>
        <source>This plan&apos;s medical group list is not available offline: the groups shown are samples.</source>
        <translation>Список медичних груп цього плану недоступний офлайн: показані групи — вигадані приклади.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Джерело: %1.</translation>
    </message>
    <message>
        <source>Medi-Cal health plans, by county (December 2025)</source>
        <translation>Плани медичного обслуговування Medi-Cal за округами (грудень 2025)</translation>
    </message>
    <message>
        <source>Covered California HMOs (2017)</source>
        <translation>HMO від Covered California (2017)</translation>
    </message>
    <message>
        <source>Anthem Blue Cross and UnitedHealthcare employer and individual HMO networks (2017–18)</source>
        <translation>Мережі HMO від Anthem Blue Cross і UnitedHealthcare для роботодавців та індивідуальні (2017–18)</translation>
    </message>
    <message>
        <source>Use your plan&apos;s own provider directory (on its website or in your welcome kit).</source>
        <translation>Скористайтеся власним довідником постачальників вашого плану (на його вебсайті або в пакеті для нових учасників).</translation>
    </message>
    <message>
        <source>Or call member services: the number is on your member ID card.</source>
        <translation>Або зателефонуйте до служби обслуговування учасників: номер є на вашій ідентифікаційній картці учасника.</translation>
    </message>
    <message>
        <source>Ask which medical groups and doctors are in your network, near you.</source>
        <translation>Запитайте, які медичні групи та лікарі поруч із вами входять до вашої мережі.</translation>
    </message>
    <message>
        <source>Your plan is not listed?</source>
        <translation>Вашого плану немає в списку?</translation>
    </message>
    <message>
        <source>This directory has only the plans in public files:</source>
        <translation>У цьому довіднику є лише плани з відкритих файлів:</translation>
    </message>
    <message>
        <source>If your plan is not here (for example a Blue Shield, Health Net or Kaiser Permanente plan through an employer, Sharp Health Plan or Western Health Advantage):</source>
        <translation>Якщо вашого плану тут немає (наприклад, план Blue Shield, Health Net або Kaiser Permanente від роботодавця, Sharp Health Plan чи Western Health Advantage):</translation>
    </message>
    <message>
        <source>On Medi-Cal? Health Care Options (1-800-430-4263) helps you choose a Medi-Cal plan.</source>
        <translation>Маєте Medi-Cal? Health Care Options (1-800-430-4263) допоможе вам вибрати план Medi-Cal.</translation>
    </message>
    <message>
        <source>You can still look up a doctor you know with &quot;Find my current doctor&quot;: the profile lists every plan in this directory that includes them.</source>
        <translation>Ви все одно можете знайти знайомого вам лікаря за допомогою «Знайти мого теперішнього лікаря»: у профілі вказано кожен план у цьому довіднику, до якого входить цей лікар.</translation>
    </message>
    <message>
        <source>1  Plan</source>
        <translation>1  План</translation>
    </message>
    <message>
        <source>2  Medical group</source>
        <translation>2  Медична група</translation>
    </message>
    <message>
        <source>3  Doctor</source>
        <translation>3  Лікар</translation>
    </message>
    <message>
        <source>4  Doctor&apos;s profile</source>
        <translation>4  Профіль лікаря</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>English copy, for the doctor&apos;s office and the plan</source>
        <translation>Копія англійською мовою — для кабінету лікаря і для плану</translation>
    </message>
    <message>
        <source>Enrollment summary: your household’s doctor choices</source>
        <translation>Підсумок для запису до плану: лікарі, вибрані для вашого домогосподарства</translation>
    </message>
    <message>
        <source>Take this to your enrollment or keep it by the phone. Each person has their own page, with the PCP ID the plan asks for.</source>
        <translation>Візьміть це з собою, коли записуватиметеся до плану, або тримайте біля телефону. Для кожної особи є окрема сторінка з ідентифікатором PCP, який запитує план.</translation>
    </message>
    <message>
        <source>%1 (sample, fictional)</source>
        <translation>%1 (вигаданий приклад, не справжній)</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it when you enroll</source>
        <translation>немає в цьому довіднику: план надасть його, коли ви запишетеся</translation>
    </message>
    <message>
        <source>not in this directory: call the plan</source>
        <translation>немає в цьому довіднику: зателефонуйте в план</translation>
    </message>
    <message>
        <source>%1 (sample office, not a real address)</source>
        <translation>%1 (вигаданий кабінет, не справжня адреса)</translation>
    </message>
    <message>
        <source>%1 (fictional number)</source>
        <translation>%1 (вигаданий номер)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>План:</translation>
    </message>
    <message>
        <source>No PCP chosen yet. Choose one before you enroll; if you do not, the plan chooses one for this person.</source>
        <translation>PCP ще не вибрано. Виберіть його, перш ніж записуватися до плану; якщо ви цього не зробите, план вибере лікаря для цієї особи.</translation>
    </message>
    <message>
        <source>none yet: no doctor chosen</source>
        <translation>ще немає: лікаря не вибрано</translation>
    </message>
    <message>
        <source>Plan member services:</source>
        <translation>Служба обслуговування учасників плану:</translation>
    </message>
    <message>
        <source>not in this directory: it is on the plan’s letters and card</source>
        <translation>немає в цьому довіднику: він є в листах і на картці від плану</translation>
    </message>
    <message>
        <source>When a PCP change takes effect:</source>
        <translation>Коли набуває чинності зміна PCP:</translation>
    </message>
    <message>
        <source>often the first day of the next month; the plan confirms.</source>
        <translation>часто з першого дня наступного місяця; план це підтверджує.</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Мережа:</translation>
    </message>
    <message>
        <source>Medical group:</source>
        <translation>Медична група:</translation>
    </message>
    <message>
        <source>The plan’s code for this group:</source>
        <translation>Код цієї групи в плані:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>Лікар:</translation>
    </message>
    <message>
        <source>NPI:</source>
        <translation>NPI:</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>Нові пацієнти:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Кабінет:</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>Телефон кабінету:</translation>
    </message>
    <message>
        <source>%1 (%2). PCP ID: %3.</source>
        <translation>%1 (%2). Ідентифікатор PCP: %3.</translation>
    </message>
    <message>
        <source>another plan</source>
        <translation>інший план</translation>
    </message>
    <message>
        <source>%1 In %2, not this person’s plan.</source>
        <translation>%1 У плані %2, а не в плані цієї особи.</translation>
    </message>
    <message>
        <source>Backup %1:</source>
        <translation>Запасний вибір %1:</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>кабінет</translation>
    </message>
    <message>
        <source>number not in this directory</source>
        <translation>номера немає в цьому довіднику</translation>
    </message>
    <message>
        <source>Call to confirm: %1, %2</source>
        <translation>Зателефонуйте, щоб перевірити: %1, %2</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>ваш план</translation>
    </message>
    <message>
        <source>Does this office take %1?</source>
        <translation>Чи приймає цей кабінет %1?</translation>
    </message>
    <message>
        <source>Is %1 taking new patients in this plan?</source>
        <translation>Чи приймає %1 нових пацієнтів у цьому плані?</translation>
    </message>
    <message>
        <source>Is the PCP ID still %1?</source>
        <translation>Чи ідентифікатор PCP досі %1?</translation>
    </message>
    <message>
        <source>What PCP ID does the plan use for this doctor?</source>
        <translation>Який ідентифікатор PCP використовує план для цього лікаря?</translation>
    </message>
    <message>
        <source>Date called, and who you spoke with:</source>
        <translation>Дата дзвінка і з ким ви говорили:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Відповідь:</translation>
    </message>
    <message>
        <source>Health Care Options is the state’s Medi-Cal enrollment service. Tell them each person’s plan and PCP by phone or with the Choice Form in your enrollment packet.</source>
        <translation>Health Care Options — це державна служба запису до планів Medi-Cal. Повідомте їм план і PCP кожної особи телефоном або за допомогою Форми вибору (Choice Form) у вашому пакеті для запису.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>TTY:</source>
        <translation>TTY:</translation>
    </message>
    <message>
        <source>A family may choose one plan and PCP for everyone, or one for each person.</source>
        <translation>Сім’я може вибрати один план і PCP для всіх або окремо для кожної особи.</translation>
    </message>
    <message>
        <source>A person who does not choose within the time stated in the enrollment packet is assigned a plan.</source>
        <translation>Особі, яка не зробить вибору в строк, зазначений у пакеті для запису, план буде призначено.</translation>
    </message>
    <message>
        <source>Doctors, offices and PCP IDs marked “sample, fictional” are made up to show how the app works: they are not real.</source>
        <translation>Лікарі, кабінети та ідентифікатори PCP з позначкою «вигаданий приклад, не справжній» вигадані, щоб показати, як працює програма: вони не справжні.</translation>
    </message>
    <message>
        <source>Directories go out of date. Call each office to confirm it takes the plan and is taking new patients before you enroll.</source>
        <translation>Довідники застарівають. Перш ніж записуватися до плану, зателефонуйте в кожен кабінет і перевірте, чи він приймає цей план і чи приймає нових пацієнтів.</translation>
    </message>
    <message>
        <source>not stated by its sources</source>
        <translation>джерела цього не вказують</translation>
    </message>
    <message>
        <source>Directory data as of:</source>
        <translation>Дані довідника станом на:</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>Звідки ці дані</translation>
    </message>
    <message>
        <source>%1 (%2), %3.</source>
        <translation>%1 (%2), %3.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Розмір тексту</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Більший текст</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Менший текст</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Звичайний розмір тексту</translation>
    </message>
    <message>
        <source>Monday</source>
        <comment>day of the week</comment>
        <translation>Понеділок</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <comment>day of the week</comment>
        <translation>Вівторок</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <comment>day of the week</comment>
        <translation>Середа</translation>
    </message>
    <message>
        <source>Thursday</source>
        <comment>day of the week</comment>
        <translation>Четвер</translation>
    </message>
    <message>
        <source>Friday</source>
        <comment>day of the week</comment>
        <translation>Пʼятниця</translation>
    </message>
    <message>
        <source>Saturday</source>
        <comment>day of the week</comment>
        <translation>Субота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <comment>day of the week</comment>
        <translation>Неділя</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 і %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>parking</source>
        <translation>паркування</translation>
    </message>
    <message>
        <source>entrance</source>
        <translation>вхід</translation>
    </message>
    <message>
        <source>inside the building</source>
        <translation>всередині будівлі</translation>
    </message>
    <message>
        <source>restroom</source>
        <translation>вбиральня</translation>
    </message>
    <message>
        <source>exam room</source>
        <translation>оглядовий кабінет</translation>
    </message>
    <message>
        <source>height-adjustable exam table and scale</source>
        <translation>регульований за висотою оглядовий стіл і ваги</translation>
    </message>
    <message>
        <source>Wheelchair access: %1</source>
        <translation>Доступ для інвалідного візка: %1</translation>
    </message>
    <message>
        <source>%1 yes</source>
        <translation>%1: так</translation>
    </message>
    <message>
        <source>%1 no</source>
        <translation>%1: ні</translation>
    </message>
    <message>
        <source>not in this directory: call the office</source>
        <translation>немає в цьому довіднику: зателефонуйте в кабінет</translation>
    </message>
    <message>
        <source>Taking new patients</source>
        <translation>Приймає нових пацієнтів</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients</source>
        <translation>Не приймає нових пацієнтів: приймає лише тих, хто вже є його пацієнтами</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients, and their family</source>
        <translation>Не приймає нових пацієнтів: приймає лише тих, хто вже є його пацієнтами, та їхні родини</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>Не приймає нових пацієнтів</translation>
    </message>
    <message>
        <source>New patients: not in this directory: call the office to ask</source>
        <translation>Нові пацієнти: немає в цьому довіднику: зателефонуйте в кабінет і запитайте</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients in this plan. The plan may refuse or reassign the choice; call the doctor&apos;s office first to ask whether they will take you.</source>
        <translation>Цей лікар не приймає нових пацієнтів у цьому плані. План може відхилити ваш вибір або призначити іншого лікаря; спершу зателефонуйте в кабінет лікаря і запитайте, чи приймуть вас.</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients: if you are one, say so when you call.</source>
        <translation>У довіднику сказано, що лікар приймає лише тих, хто вже є його пацієнтами: якщо ви один із них, скажіть про це, коли телефонуватимете.</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients, and those patients&apos; family: if that is you, say so when you call.</source>
        <translation>У довіднику сказано, що лікар приймає лише тих, хто вже є його пацієнтами, і родини цих пацієнтів: якщо це про вас, скажіть про це, коли телефонуватимете.</translation>
    </message>
    <message>
        <source>OB/GYN: every HMO member can see a participating OB/GYN without a referral or prior approval (California law). Your plan may require the OB/GYN to be in your medical group.</source>
        <translation>Акушер-гінеколог (OB/GYN): кожен учасник HMO може звернутися до акушера-гінеколога, який співпрацює з планом, без направлення чи попереднього дозволу (закон Каліфорнії). Ваш план може вимагати, щоб акушер-гінеколог був у вашій медичній групі.</translation>
    </message>
    <message>
        <source>inferred from distance, not published</source>
        <translation>визначено за відстанню, не опубліковано</translation>
    </message>
    <message>
        <source>Sample office near ZIP %1</source>
        <translation>Кабінет-приклад поблизу індексу ZIP %1</translation>
    </message>
    <message>
        <source>%1 office</source>
        <translation>Кабінет: %1</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>вигаданий кабінет, не справжня адреса</translation>
    </message>
    <message>
        <source>fictional number</source>
        <translation>вигаданий номер</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>вигаданий приклад</translation>
    </message>
    <message>
        <source>The doctor directory was replaced or changed while HMO Desktop was open.</source>
        <translation>Довідник лікарів було замінено або змінено, поки програма HMO Desktop була відкрита.</translation>
    </message>
    <message>
        <source>Close HMO Desktop and open it again; if you replaced the directory on purpose, it will be checked then.</source>
        <translation>Закрийте HMO Desktop і відкрийте знову; якщо ви замінили довідник навмисно, його тоді буде перевірено.</translation>
    </message>
    <message>
        <source>Doctors shown are fictional samples. Plans and groups: public data, dated where marked. Always confirm with your plan.</source>
        <translation>Показані лікарі — вигадані приклади. Плани і групи: відкриті дані, з датами, де їх зазначено. Завжди перевіряйте в своєму плані.</translation>
    </message>
    <message>
        <source>Real doctors from public files, with fictional samples where those files have none (marked Sample). Always confirm with your plan.</source>
        <translation>Справжні лікарі з відкритих файлів, а там, де у файлах їх немає, — вигадані приклади (з позначкою «вигаданий приклад»). Завжди перевіряйте в своєму плані.</translation>
    </message>
    <message>
        <source>Doctors come from public provider files; see About for sources and dates. Always confirm with your plan.</source>
        <translation>Лікарі взяті з відкритих файлів про постачальників; джерела і дати див. у розділі «Про програму». Завжди перевіряйте в своєму плані.</translation>
    </message>
    <message>
        <source>This directory&apos;s newest data is from %1, more than a year ago. Plans and doctors may have changed: check with the plan before enrolling.</source>
        <translation>Найновіші дані цього довідника — станом на %1, тобто понад рік тому. Плани й лікарі могли змінитися: перевірте в плані, перш ніж записуватися.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Стерти</translation>
    </message>
    <message>
        <source>Delete one digit</source>
        <translation>Стерти одну цифру</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>Очистити всі цифри</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>%1 (no font on this computer shows it)</source>
        <translation>%1 (жоден шрифт на цьому комп’ютері її не показує)</translation>
    </message>
    <message>
        <source>%1 could not be loaded; the language stays as it was.</source>
        <translation>Не вдалося завантажити мову %1; мову не змінено.</translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation>Американська мова жестів</translation>
    </message>
    <message>
        <source>Who is the doctor for?</source>
        <translation>Для кого шукаєте лікаря?</translation>
    </message>
    <message>
        <source>1 doctor found</source>
        <translation>Знайдено 1 лікаря</translation>
    </message>
    <message>
        <source>1 doctor found, at %1 office listings</source>
        <translation>Знайдено 1 лікаря, кабінетів у списку: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found</source>
        <translation>
            <numerusform>Знайдено %Ln лікаря</numerusform>
            <numerusform>Знайдено %Ln лікарі</numerusform>
            <numerusform>Знайдено %Ln лікарів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found, at %1 office listings</source>
        <translation>
            <numerusform>Знайдено %Ln лікаря, кабінетів у списку: %1</numerusform>
            <numerusform>Знайдено %Ln лікарі, кабінетів у списку: %1</numerusform>
            <numerusform>Знайдено %Ln лікарів, кабінетів у списку: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>Спершу виберіть план: поверніться до кроку 1.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s age on the left (0 for a baby). The list then shows only doctors who see patients that age.</source>
        <translation>Введіть вік пацієнта ліворуч (0 для немовляти). Тоді у списку будуть лише лікарі, які приймають пацієнтів такого віку.</translation>
    </message>
    <message>
        <source>a larger distance</source>
        <translation>більша відстань</translation>
    </message>
    <message>
        <source>any language for the doctor</source>
        <translation>будь-яка мова лікаря</translation>
    </message>
    <message>
        <source>any language for the office staff</source>
        <translation>будь-яка мова персоналу кабінету</translation>
    </message>
    <message>
        <source>any new-patient status</source>
        <translation>будь-який статус щодо нових пацієнтів</translation>
    </message>
    <message>
        <source>any gender</source>
        <translation>будь-яка стать</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>будь-яка лікарня</translation>
    </message>
    <message>
        <source>fewer accessibility needs</source>
        <translation>менше потреб щодо доступності</translation>
    </message>
    <message>
        <source>doctors without video visits</source>
        <translation>лікарі без відеоприйомів</translation>
    </message>
    <message>
        <source>any office hours</source>
        <translation>будь-які години роботи</translation>
    </message>
    <message>
        <source>all groups in the plan</source>
        <translation>усі групи в плані</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, so this plan has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>PACE — для людей віком від 55 років, тому в цьому плані немає лікаря для цього пацієнта. Поверніться до кроку 1, щоб вибрати інший план.</translation>
    </message>
    <message>
        <source>This plan is for people %1 and older, so it has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>Цей план — для людей віком від %1 років, тому в ньому немає лікаря для цього пацієнта. Поверніться до кроку 1, щоб вибрати інший план.</translation>
    </message>
    <message>
        <source>No specialty is selected. Tick at least one of the specialties on the left.</source>
        <translation>Не вибрано жодної спеціальності. Позначте ліворуч хоча б одну спеціальність.</translation>
    </message>
    <message>
        <source>No doctor matches these filters. Press &quot;Clear filters&quot; to start over.</source>
        <translation>Жоден лікар не відповідає цим фільтрам. Натисніть «Очистити фільтри», щоб почати спочатку.</translation>
    </message>
    <message>
        <source>No doctor matches every filter. Try %1: that shows 1 doctor.</source>
        <translation>Жоден лікар не відповідає всім фільтрам. Спробуйте вибрати: %1 — тоді буде показано 1 лікаря.</translation>
    </message>
    <message numerus="yes">
        <source>No doctor matches every filter. Try %1: that shows %Ln doctors.</source>
        <translation>
            <numerusform>Жоден лікар не відповідає всім фільтрам. Спробуйте %1: тоді буде показано %Ln лікаря.</numerusform>
            <numerusform>Жоден лікар не відповідає всім фільтрам. Спробуйте %1: тоді буде показано %Ln лікарів.</numerusform>
            <numerusform>Жоден лікар не відповідає всім фільтрам. Спробуйте %1: тоді буде показано %Ln лікарів.</numerusform>
        </translation>
    </message>
    <message>
        <source>whether they take new patients</source>
        <translation>чи приймає лікар нових пацієнтів</translation>
    </message>
    <message>
        <source>which languages the doctor speaks</source>
        <translation>якими мовами говорить лікар</translation>
    </message>
    <message>
        <source>which languages the office staff speak</source>
        <translation>якими мовами говорить персонал кабінету</translation>
    </message>
    <message>
        <source>the doctor&apos;s gender</source>
        <translation>стать лікаря</translation>
    </message>
    <message>
        <source>the office&apos;s wheelchair access</source>
        <translation>доступність кабінету для інвалідного візка</translation>
    </message>
    <message>
        <source>whether they offer video visits</source>
        <translation>чи пропонує лікар відеоприйоми</translation>
    </message>
    <message>
        <source>the office&apos;s hours</source>
        <translation>години роботи кабінету</translation>
    </message>
    <message>
        <source>1 more doctor is left out because the directory does not say %2.</source>
        <translation>Ще 1 лікаря не показано, бо в довіднику не вказано %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more doctors are left out because the directory does not say %1.</source>
        <translation>
            <numerusform>Ще %Ln лікаря не показано, бо в довіднику не вказано %1.</numerusform>
            <numerusform>Ще %Ln лікарів не показано, бо в довіднику не вказано %1.</numerusform>
            <numerusform>Ще %Ln лікарів не показано, бо в довіднику не вказано %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call their offices to ask.</source>
        <translation>Зателефонуйте в їхні кабінети й запитайте.</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>This doctor is not taking new patients</source>
        <translation>Цей лікар не приймає нових пацієнтів</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>Не приймає нових пацієнтів</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What choosing this doctor means</source>
        <translation>Що означає вибір цього лікаря</translation>
    </message>
    <message>
        <source>Choose anyway</source>
        <translation>Однаково вибрати</translation>
    </message>
    <message>
        <source>Choose this doctor anyway</source>
        <translation>Однаково вибрати цього лікаря</translation>
    </message>
    <message>
        <source>Pick another doctor</source>
        <translation>Вибрати іншого лікаря</translation>
    </message>
</context>
<context>
    <name>AreaBar</name>
    <message>
        <source>Your ZIP code</source>
        <translation>Ваш індекс ZIP</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Індекс ZIP</translation>
    </message>
    <message>
        <source>Your county</source>
        <translation>Ваш округ</translation>
    </message>
    <message>
        <source>All of California</source>
        <translation>Уся Каліфорнія</translation>
    </message>
    <message>
        <source>ZIP code message</source>
        <translation>Повідомлення про індекс ZIP</translation>
    </message>
    <message>
        <source>ZIP:</source>
        <translation>Індекс ZIP:</translation>
    </message>
    <message>
        <source>or county:</source>
        <translation>або округ:</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code, or pick a county.</source>
        <translation>Введіть 5-значний індекс ZIP або виберіть округ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole ZIP code. A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>«%1» — не повний індекс ZIP. Індекс ZIP складається з 5 цифр, наприклад 94110 (або ZIP+4, наприклад 94110-1234).</translation>
    </message>
    <message>
        <source>%1, %2 County</source>
        <translation>%1, округ %2</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code.</source>
        <translation>Введіть 5-значний індекс ZIP.</translation>
    </message>
    <message>
        <source>Type the ZIP code with the digits 0-9.</source>
        <translation>Вводьте індекс ZIP цифрами 0–9.</translation>
    </message>
    <message>
        <source>A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>Індекс ZIP складається з 5 цифр, наприклад 94110 (або ZIP+4, наприклад 94110-1234).</translation>
    </message>
    <message>
        <source>%1 is not a California ZIP code. HMO Desktop covers California plans; enter a California ZIP or pick a county.</source>
        <translation>%1 — не каліфорнійський індекс ZIP. HMO Desktop охоплює плани Каліфорнії; введіть каліфорнійський індекс ZIP або виберіть округ.</translation>
    </message>
    <message>
        <source>ZIP %1 is not in our list of California ZIP codes (it may be a PO box or a new ZIP). Try a nearby ZIP or pick a county.</source>
        <translation>Індексу ZIP %1 немає в нашому списку індексів ZIP Каліфорнії (можливо, це індекс абонентської поштової скриньки або новий індекс). Спробуйте сусідній індекс ZIP або виберіть округ.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm your PCP choice</source>
        <translation>Підтвердьте свій вибір PCP</translation>
    </message>
    <message>
        <source>Your PCP choice</source>
        <translation>Ваш вибір PCP</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>немає в цьому довіднику; зателефонуйте в план</translation>
    </message>
    <message>
        <source>practise the steps here; do not give a sample PCP ID to a plan.</source>
        <translation>тут можна потренуватися; не давайте плану вигаданий ідентифікатор PCP.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Мережа</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Медична група</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>вигадана група, не справжня</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>Код групи</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Лікар</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>вигаданий лікар, не справжній</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Спеціальність</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>Ідентифікатор PCP</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it</source>
        <translation>немає в цьому довіднику: його надає план</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>вигаданий ідентифікатор, не справжній</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Нові пацієнти</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Кабінет</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Телефон кабінету</translation>
    </message>
    <message>
        <source>Medical group phone</source>
        <translation>Телефон медичної групи</translation>
    </message>
    <message>
        <source>Plan member services</source>
        <translation>Служба обслуговування учасників плану</translation>
    </message>
    <message>
        <source>the number on your member ID card</source>
        <translation>номер на вашій ідентифікаційній картці учасника</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>Не приймає нових пацієнтів</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office before you tell the plan: ask whether they will take you as a new patient in this plan. If they say no, choose another doctor.</source>
        <translation>Зателефонуйте в кабінет лікаря, перш ніж повідомляти план: запитайте, чи приймуть вас як нового пацієнта в цьому плані. Якщо ні, виберіть іншого лікаря.</translation>
    </message>
    <message>
        <source>Keep a backup choice: a doctor who is taking new patients, in case the plan refuses this choice or assigns you someone else.</source>
        <translation>Майте запасний вибір: лікаря, який приймає нових пацієнтів, на випадок, якщо план відхилить цей вибір або призначить вам когось іншого.</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office first: confirm they take your plan and are accepting new patients.</source>
        <translation>Спершу зателефонуйте в кабінет лікаря: перевірте, чи приймають там ваш план і чи приймають нових пацієнтів.</translation>
    </message>
    <message>
        <source>Tell your plan: call member services or use its website, and give the PCP ID above.</source>
        <translation>Повідомте свій план: зателефонуйте до служби обслуговування учасників або скористайтеся вебсайтом плану й назвіть ідентифікатор PCP, указаний вище.</translation>
    </message>
    <message>
        <source>A PCP change usually takes effect on the first day of the next month.</source>
        <translation>Зміна PCP зазвичай набуває чинності з першого дня наступного місяця.</translation>
    </message>
    <message>
        <source>Your new ID card will show the doctor and the medical group.</source>
        <translation>На вашій новій ідентифікаційній картці буде вказано лікаря і медичну групу.</translation>
    </message>
    <message>
        <source>Networks change, so confirm with the plan.</source>
        <translation>Мережі змінюються, тому перевірте в плані.</translation>
    </message>
    <message>
        <source>Group list as of %1; networks change, so confirm with the plan.</source>
        <translation>Список груп станом на %1; мережі змінюються, тому перевірте в плані.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Що буде далі</translation>
    </message>
    <message>
        <source>Summary of your choice</source>
        <translation>Підсумок вашого вибору</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>CrashScreen</name>
    <message>
        <source>Please ask staff</source>
        <translation>Будь ласка, зверніться до персоналу</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. What was entered has been cleared. A staff member can help you start again.</source>
        <translation>У HMO Desktop сталася внутрішня помилка. Усе введене очищено. Працівник допоможе вам почати знову.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Почати знову</translation>
    </message>
</context>
<context>
    <name>DoctorProfileView</name>
    <message>
        <source>Doctor&apos;s profile</source>
        <translation>Профіль лікаря</translation>
    </message>
    <message>
        <source>Choose as my PCP</source>
        <translation>Вибрати своїм PCP</translation>
    </message>
    <message>
        <source>Add to household…</source>
        <translation>Додати до домогосподарства…</translation>
    </message>
    <message>
        <source>Add this doctor to a member of the household</source>
        <translation>Додати цього лікаря для члена домогосподарства</translation>
    </message>
    <message>
        <source>Choose a plan that includes this doctor first.</source>
        <translation>Спочатку виберіть план, до якого входить цей лікар.</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients: you will be asked first.</source>
        <translation>Цей лікар не приймає нових пацієнтів: спочатку вас запитають.</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>відкриті дані</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>відкриті дані, можуть бути застарілими</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>визначено цією програмою</translation>
    </message>
    <message>
        <source>fictional sample made by this app</source>
        <translation>вигаданий приклад, створений цією програмою</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Жінка</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Чоловік</translation>
    </message>
    <message>
        <source>Board certification: %1</source>
        <translation>Сертифікація профільної ради: %1</translation>
    </message>
    <message>
        <source>Board certified</source>
        <translation>Сертифікований профільною радою</translation>
    </message>
    <message>
        <source>Board certified: %1</source>
        <translation>Сертифікований профільною радою: %1</translation>
    </message>
    <message>
        <source>Not board certified</source>
        <translation>Не сертифікований профільною радою</translation>
    </message>
    <message>
        <source>Sample ID</source>
        <translation>Вигаданий ідентифікатор</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>вигаданий лікар, не справжній</translation>
    </message>
    <message>
        <source>fictional; not an NPI</source>
        <translation>вигаданий; не NPI</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>немає в цьому довіднику</translation>
    </message>
    <message>
        <source>Languages the doctor speaks</source>
        <translation>Мови, якими говорить лікар</translation>
    </message>
    <message>
        <source>ages %1 to %2</source>
        <translation>вік від %1 до %2</translation>
    </message>
    <message>
        <source>ages %1 and up</source>
        <translation>вік від %1</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>вигаданий приклад</translation>
    </message>
    <message>
        <source>Ages seen</source>
        <translation>Вік пацієнтів</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Лікарні</translation>
    </message>
    <message>
        <source>none in this directory; ask the medical group which it uses.</source>
        <translation>у цьому довіднику немає; запитайте в медичній групі, якими лікарнями вона користується.</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>немає в цьому довіднику; зателефонуйте в план</translation>
    </message>
    <message>
        <source>sample office, fictional</source>
        <translation>вигаданий кабінет, не справжній</translation>
    </message>
    <message>
        <source>Address not in this directory; call the plan</source>
        <translation>Адреси немає в цьому довіднику; зателефонуйте в план</translation>
    </message>
    <message>
        <source>not in this directory; call the office</source>
        <translation>немає в цьому довіднику; зателефонуйте в кабінет</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <source>Office staff speak</source>
        <translation>Персонал кабінету говорить</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>вигадана група, не справжня</translation>
    </message>
    <message>
        <source>group code</source>
        <translation>код групи</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>вигаданий ідентифікатор, не справжній</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>Ідентифікатор PCP</translation>
    </message>
    <message>
        <source>PCP ID: not in this directory: the plan gives it when you enroll</source>
        <translation>Ідентифікатор PCP: немає в цьому довіднику: план надасть його, коли ви запишетеся</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this group</source>
        <translation>Жодна мережа HMO у цьому довіднику не вказує цю групу</translation>
    </message>
    <message>
        <source>the plan lists this group; the doctor&apos;s practice was matched to it by name</source>
        <translation>план указує цю групу; практику лікаря пов’язано з нею за назвою</translation>
    </message>
    <message>
        <source>video visits</source>
        <translation>відеоприйоми</translation>
    </message>
    <message>
        <source>not in this directory; ask the group or the plan</source>
        <translation>немає в цьому довіднику; запитайте в групі або в плані</translation>
    </message>
    <message>
        <source>Group phone</source>
        <translation>Телефон групи</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>Лінія в неробочий час</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>Правила направлень</translation>
    </message>
    <message>
        <source>this doctor is generated sample data, not a real person.</source>
        <translation>цей лікар — згенеровані вигадані дані, а не справжня людина.</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>вигаданий кабінет, не справжня адреса</translation>
    </message>
    <message>
        <source>In your plan</source>
        <translation>У вашому плані</translation>
    </message>
    <message>
        <source>This doctor is not in this plan.</source>
        <translation>Цей лікар не входить до цього плану.</translation>
    </message>
    <message>
        <source>If you change plans and want to keep this doctor, these plans include them</source>
        <translation>Якщо ви зміните план і хочете залишити цього лікаря, ось плани, до яких він входить</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group. Ask the doctor&apos;s office which HMO plans they take, then check with the plan.</source>
        <translation>Жодна мережа HMO у цьому довіднику не вказує групу цього лікаря. Запитайте в кабінеті лікаря, які плани HMO там приймають, а потім перевірте в плані.</translation>
    </message>
    <message>
        <source>Not in an HMO network here</source>
        <translation>Тут не входить до жодної мережі HMO</translation>
    </message>
</context>
<context>
    <name>FindDoctorDialog</name>
    <message>
        <source>Find my current doctor</source>
        <translation>Знайти мого теперішнього лікаря</translation>
    </message>
    <message>
        <source>Doctor&apos;s name</source>
        <translation>Ім’я лікаря</translation>
    </message>
    <message>
        <source>Type the doctor&apos;s name, e.g. Nguyen or José</source>
        <translation>Введіть ім’я лікаря, напр. Nguyen або José</translation>
    </message>
    <message>
        <source>Only doctors with an office in my county</source>
        <translation>Лише лікарі з кабінетом у моєму окрузі</translation>
    </message>
    <message>
        <source>Only doctors near me (choose a ZIP or county first)</source>
        <translation>Лише лікарі поруч зі мною (спершу виберіть індекс ZIP або округ)</translation>
    </message>
    <message>
        <source>Only doctors with an office in %1 County</source>
        <translation>Лише лікарі з кабінетом в окрузі %1</translation>
    </message>
    <message>
        <source>Doctors found</source>
        <translation>Знайдені лікарі</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more offices</source>
        <translation>
            <numerusform>і ще %Ln кабінет</numerusform>
            <numerusform>і ще %Ln кабінети</numerusform>
            <numerusform>і ще %Ln кабінетів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more medical groups</source>
        <translation>
            <numerusform>і ще %Ln медична група</numerusform>
            <numerusform>і ще %Ln медичні групи</numerusform>
            <numerusform>і ще %Ln медичних груп</numerusform>
        </translation>
    </message>
    <message>
        <source>Start typing a first or last name.</source>
        <translation>Почніть вводити ім’я або прізвище.</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Підказка для пошуку</translation>
    </message>
    <message>
        <source>Open the doctor&apos;s profile</source>
        <translation>Відкрити профіль лікаря</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>No office listed</source>
        <translation>Кабінет не вказано</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group</source>
        <translation>Жодна мережа HMO у цьому довіднику не вказує групу цього лікаря</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>У плані %1</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>Не в плані %1</translation>
    </message>
    <message>
        <source>and 1 more office</source>
        <translation>і ще 1 кабінет</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found. Press Enter to open the first.</source>
        <translation>
            <numerusform>Знайдено %Ln лікаря. Натисніть Enter, щоб відкрити першого.</numerusform>
            <numerusform>Знайдено %Ln лікарі. Натисніть Enter, щоб відкрити першого.</numerusform>
            <numerusform>Знайдено %Ln лікарів. Натисніть Enter, щоб відкрити першого.</numerusform>
        </translation>
    </message>
    <message>
        <source>and 1 more medical group</source>
        <translation>і ще 1 медична група</translation>
    </message>
    <message>
        <source>No doctor&apos;s name starts with &quot;%1&quot;. Check the spelling or type less.</source>
        <translation>Немає лікаря, ім’я якого починається з «%1». Перевірте написання або введіть менше літер.</translation>
    </message>
    <message>
        <source>No doctor with an office in %2 County has a name that starts with &quot;%1&quot;. Check the spelling, type less, or clear the box above to search all of California.</source>
        <translation>Немає лікаря з кабінетом в окрузі %2, ім’я якого починається з «%1». Перевірте написання, введіть менше літер або очистьте поле вище, щоб шукати по всій Каліфорнії.</translation>
    </message>
    <message>
        <source>1 doctor found. Press Enter to open the profile.</source>
        <translation>Знайдено 1 лікаря. Натисніть Enter, щоб відкрити профіль.</translation>
    </message>
    <message>
        <source>Only the first %1 are listed: type more of the name.</source>
        <translation>Показано лише перших %1: введіть більше літер імені.</translation>
    </message>
    <message>
        <source>Choose a plan to see whether each doctor is in it.</source>
        <translation>Виберіть план, щоб побачити, чи входить до нього кожен лікар.</translation>
    </message>
</context>
<context>
    <name>GroupBrowser</name>
    <message>
        <source>Choose a medical group</source>
        <translation>Виберіть медичну групу</translation>
    </message>
    <message>
        <source>Search groups by name</source>
        <translation>Шукати групи за назвою</translation>
    </message>
    <message>
        <source>Type a group name</source>
        <translation>Введіть назву групи</translation>
    </message>
    <message>
        <source>Sort groups by</source>
        <translation>Сортувати групи за</translation>
    </message>
    <message>
        <source>Nearest first, then by county</source>
        <translation>Спершу найближчі, потім за округом</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Most accepting new patients</source>
        <translation>Найбільше приймають нових пацієнтів</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Медична група</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Лікарні</translation>
    </message>
    <message>
        <source>Medical groups</source>
        <translation>Медичні групи</translation>
    </message>
    <message>
        <source>What choosing this group means</source>
        <translation>Що означає вибір цієї групи</translation>
    </message>
    <message>
        <source>No groups message</source>
        <translation>Повідомлення про відсутність груп</translation>
    </message>
    <message>
        <source>Choose this group</source>
        <translation>Вибрати цю групу</translation>
    </message>
    <message>
        <source>Skip: search doctors in the whole plan</source>
        <translation>Пропустити: шукати лікарів у всьому плані</translation>
    </message>
    <message>
        <source>Skip choosing a group</source>
        <translation>Пропустити вибір групи</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Сортування:</translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>Спершу виберіть план: поверніться до кроку 1.</translation>
    </message>
    <message>
        <source>Your care team in %1</source>
        <translation>Ваша команда медичної допомоги: %1</translation>
    </message>
    <message>
        <source>Choose a medical group in %1</source>
        <translation>Виберіть медичну групу: %1</translation>
    </message>
    <message>
        <source>Choose this care team</source>
        <translation>Вибрати цю команду медичної допомоги</translation>
    </message>
    <message>
        <source>Continue to doctors</source>
        <translation>Перейти до лікарів</translation>
    </message>
    <message>
        <source>Groups anywhere in California (choose a ZIP code or county above)</source>
        <translation>Групи будь-де в Каліфорнії (виберіть індекс ZIP або округ вище)</translation>
    </message>
    <message>
        <source>Groups the plan lists in %1 County</source>
        <translation>Групи, які план указує в окрузі %1</translation>
    </message>
    <message>
        <source>This plan lists no medical groups here in the offline directory. Use &quot;Skip&quot; to search its doctors directly, or call the plan.</source>
        <translation>У цьому офлайн-довіднику план тут не вказує медичних груп. Натисніть «Пропустити», щоб шукати його лікарів безпосередньо, або зателефонуйте в план.</translation>
    </message>
    <message>
        <source>No group name matches your search. Clear the search to see the group.</source>
        <translation>Жодна назва групи не відповідає вашому пошуку. Очистьте пошук, щоб побачити групу.</translation>
    </message>
    <message numerus="yes">
        <source>No group name matches your search. Clear the search to see all %Ln groups.</source>
        <translation>
            <numerusform>Жодна назва групи не відповідає вашому пошуку. Очистьте пошук, щоб побачити всі групи (%Ln).</numerusform>
            <numerusform>Жодна назва групи не відповідає вашому пошуку. Очистьте пошук, щоб побачити всі групи (%Ln).</numerusform>
            <numerusform>Жодна назва групи не відповідає вашому пошуку. Очистьте пошук, щоб побачити всі групи (%Ln).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>HMO</source>
        <translation>HMO</translation>
    </message>
    <message>
        <source>A Health Maintenance Organization is a kind of health plan. You choose one primary care doctor (PCP) who coordinates your care. Except in emergencies, you use the doctors, hospitals and specialists of your PCP&apos;s medical group, and you need a referral to see a specialist (but not to see a participating OB/GYN).</source>
        <translation>HMO (Health Maintenance Organization, організація з керованого медичного обслуговування) — це вид плану медичного обслуговування. Ви вибираєте одного лікаря первинної медичної допомоги (PCP), який координує вашу медичну допомогу. Окрім невідкладних випадків, ви користуєтеся послугами лікарів, лікарень і спеціалістів медичної групи вашого PCP, а щоб звернутися до спеціаліста, вам потрібне направлення (але не для звернення до акушера-гінеколога (OB/GYN), який співпрацює з планом).</translation>
    </message>
    <message>
        <source>Medical group / IPA</source>
        <translation>Медична група / IPA</translation>
    </message>
    <message>
        <source>A group of doctors that contracts with HMO plans. An IPA (Independent Physician Association) is a network of doctors in their own offices. Your PCP&apos;s group decides referrals, which specialists you see and which hospital you use.</source>
        <translation>Група лікарів, яка має договори з планами HMO. IPA (Independent Physician Association, незалежна асоціація лікарів) — це мережа лікарів, які працюють у власних кабінетах. Група вашого PCP вирішує щодо направлень, до яких спеціалістів ви ходите і якою лікарнею користуєтеся.</translation>
    </message>
    <message>
        <source>Primary care physician (PCP)</source>
        <translation>Лікар первинної медичної допомоги (PCP)</translation>
    </message>
    <message>
        <source>Your main doctor: check-ups, everyday illness, prescriptions and referrals.</source>
        <translation>Ваш основний лікар: профілактичні огляди, повсякденні хвороби, рецепти і направлення.</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Спеціаліст</translation>
    </message>
    <message>
        <source>A doctor for one area of medicine, such as heart or skin. In an HMO you usually need a referral from your PCP first.</source>
        <translation>Лікар однієї галузі медицини, наприклад серця чи шкіри. У HMO зазвичай спочатку потрібне направлення від вашого PCP.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направлення</translation>
    </message>
    <message>
        <source>Your PCP&apos;s request, approved by the medical group, for you to see a specialist or get a service. You do not need one to see a participating OB/GYN.</source>
        <translation>Запит вашого PCP, схвалений медичною групою, щоб ви могли звернутися до спеціаліста або отримати послугу. Щоб звернутися до акушера-гінеколога (OB/GYN), який співпрацює з планом, направлення не потрібне.</translation>
    </message>
    <message>
        <source>The four primary care specialties</source>
        <translation>Чотири спеціальності первинної медичної допомоги</translation>
    </message>
    <message>
        <source>Family medicine (all ages), internal medicine (adults), pediatrics (children and teens), and OB/GYN (women&apos;s health; some plans let an OB/GYN be your PCP). In California every HMO member can see a participating OB/GYN without a referral or prior approval; your plan may require the OB/GYN to be in your medical group.</source>
        <translation>Сімейна медицина (усі віки), внутрішня медицина (дорослі), педіатрія (діти й підлітки) та акушерство й гінекологія (OB/GYN; жіноче здоров’я; деякі плани дозволяють, щоб акушер-гінеколог був вашим PCP). У Каліфорнії кожен учасник HMO може звернутися до акушера-гінеколога, який співпрацює з планом, без направлення чи попереднього дозволу; ваш план може вимагати, щоб акушер-гінеколог був у вашій медичній групі.</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>Приймає нових пацієнтів</translation>
    </message>
    <message>
        <source>The doctor takes new patients in this plan. &quot;Existing patients only&quot; means the doctor is not taking new patients: only people already seen there; &quot;Existing patients and their family&quot; adds those patients&apos; relatives. If you choose a doctor who is not taking new patients, the plan may refuse the choice or give you another doctor, so call the office first. Always call the office to confirm: lists change often.</source>
        <translation>Лікар приймає нових пацієнтів у цьому плані. «Лише наявні пацієнти» означає, що лікар не приймає нових пацієнтів: лише тих, хто вже там лікується; «Наявні пацієнти та їхні родини» — також родичів цих пацієнтів. Якщо ви виберете лікаря, який не приймає нових пацієнтів, план може відхилити ваш вибір або призначити вам іншого лікаря, тому спершу зателефонуйте в кабінет. Завжди телефонуйте в кабінет, щоб перевірити: списки часто змінюються.</translation>
    </message>
    <message>
        <source>Sample doctors</source>
        <translation>Вигадані лікарі</translation>
    </message>
    <message>
        <source>No public file lists California doctors with their groups, so the doctors in this directory are fictional samples, marked &quot;Sample doctor (fictional)&quot;, and so are their offices and phone numbers. Plans, the names of medical groups, hospitals and ZIP codes come from public data, with their dates. A hospital marked &quot;inferred&quot; is one near the offices, not one the doctor or group published; anything marked &quot;sample&quot; or &quot;fictional&quot; is made up.</source>
        <translation>Жоден відкритий файл не містить списку лікарів Каліфорнії з їхніми групами, тому лікарі в цьому довіднику — вигадані приклади з позначкою «Вигаданий лікар (приклад, не справжній)»; так само вигадані їхні кабінети й номери телефонів. Плани, назви медичних груп, лікарні та індекси ZIP взято з відкритих даних, з датами. Лікарня з позначкою «визначено програмою» — це лікарня поблизу кабінетів, а не та, яку опублікував лікар чи група; усе з позначкою «вигаданий приклад» або «вигаданий» — вигадане.</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>Довідка і словник термінів</translation>
    </message>
    <message>
        <source>Help: words you will see</source>
        <translation>Довідка: слова, які ви побачите</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Словник термінів</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Закрити довідку</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Залишилося секунд</translation>
    </message>
    <message>
        <source>When the count reaches 0, everything on this screen is cleared for the next person. Touch anywhere or press any key for more time.</source>
        <translation>Коли відлік дійде до 0, усе на цьому екрані буде очищено для наступної людини. Торкніться будь-де або натисніть будь-яку клавішу, щоб отримати більше часу.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Мені потрібно більше часу</translation>
    </message>
    <message>
        <source>I&apos;m finished</source>
        <translation>Я закінчив(-ла)</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything now</source>
        <translation>Я закінчив(-ла): очистити все зараз</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>I&apos;m finished</source>
        <translation>Я закінчив(-ла)</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything for the next person</source>
        <translation>Я закінчив(-ла): очистити все для наступної людини</translation>
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
        <translation>HMO Desktop: виберіть свого лікаря первинної медичної допомоги</translation>
    </message>
    <message>
        <source>%1 does not serve this area: choose a plan again.</source>
        <translation>%1 не обслуговує цю місцевість: виберіть план знову.</translation>
    </message>
    <message>
        <source>%1 is not listed here: choose a medical group again.</source>
        <translation>%1 тут не вказано: виберіть медичну групу знову.</translation>
    </message>
</context>
<context>
    <name>PcpChooser</name>
    <message>
        <source>Choose your primary care doctor</source>
        <translation>Виберіть свого лікаря первинної медичної допомоги</translation>
    </message>
    <message>
        <source>Where you are searching</source>
        <translation>Де ви шукаєте</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>Лікарі</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Сховати фільтри</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фільтри</translation>
    </message>
    <message>
        <source>Number of doctors found</source>
        <translation>Кількість знайдених лікарів</translation>
    </message>
    <message>
        <source>No doctors message</source>
        <translation>Повідомлення про відсутність лікарів</translation>
    </message>
    <message>
        <source>Doctors left out for facts not in this directory</source>
        <translation>Лікарі, не показані через дані, яких немає в цьому довіднику</translation>
    </message>
    <message>
        <source>See doctor&apos;s profile</source>
        <translation>Переглянути профіль лікаря</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Показати фільтри</translation>
    </message>
    <message>
        <source>About the selected doctor</source>
        <translation>Про вибраного лікаря</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>all medical groups in the plan</source>
        <translation>усі медичні групи в плані</translation>
    </message>
    <message>
        <source>offices in %1 County, nearest to %2</source>
        <translation>кабінети в окрузі %1, найближчі до %2</translation>
    </message>
    <message>
        <source>offices in %1 County</source>
        <translation>кабінети в окрузі %1</translation>
    </message>
    <message>
        <source>offices anywhere in California</source>
        <translation>кабінети будь-де в Каліфорнії</translation>
    </message>
</context>
<context>
    <name>PcpFilterPanel</name>
    <message>
        <source>Who is the doctor for?</source>
        <translation>Для кого шукаєте лікаря?</translation>
    </message>
    <message>
        <source>Patient&apos;s age</source>
        <translation>Вік пацієнта</translation>
    </message>
    <message>
        <source>Enter age</source>
        <translation>Введіть вік</translation>
    </message>
    <message>
        <source>Type the age of the person who needs the doctor; babies are 0</source>
        <translation>Введіть вік людини, якій потрібен лікар; вік немовлят — 0</translation>
    </message>
    <message>
        <source>Patient&apos;s sex (optional)</source>
        <translation>Стать пацієнта (необов’язково)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Жіноча</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Чоловіча</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Вік:</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>Стать (необов’язково):</translation>
    </message>
    <message>
        <source>Primary care specialties</source>
        <translation>Спеціальності первинної медичної допомоги</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Нові пацієнти</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Будь-який статус</translation>
    </message>
    <message>
        <source>Accepting new patients, or call to ask</source>
        <translation>Приймає нових пацієнтів або зателефонуйте й запитайте</translation>
    </message>
    <message>
        <source>Not in this directory: call to ask</source>
        <translation>Немає в цьому довіднику: зателефонуйте й запитайте</translation>
    </message>
    <message>
        <source>Language the doctor speaks</source>
        <translation>Мова, якою говорить лікар</translation>
    </message>
    <message>
        <source>Language the office staff speak</source>
        <translation>Мова, якою говорить персонал кабінету</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Будь-яка мова</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender</source>
        <translation>Стать лікаря</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Будь-яка</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Жінка</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Чоловік</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Відстань</translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>Будь-яка відстань</translation>
    </message>
    <message>
        <source>Within %1 miles</source>
        <translation>У межах %1 миль</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Лікарня</translation>
    </message>
    <message>
        <source>Any hospital</source>
        <translation>Будь-яка лікарня</translation>
    </message>
    <message>
        <source>Offers video visits</source>
        <translation>Пропонує відеоприйоми</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>Години ввечері</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>Години в суботу</translation>
    </message>
    <message>
        <source>Wheelchair accessible office</source>
        <translation>Кабінет, доступний для інвалідного візка</translation>
    </message>
    <message>
        <source>Parking, entrance, inside, restroom, exam room and exam table all accessible</source>
        <translation>Доступні паркування, вхід, приміщення, вбиральня, оглядовий кабінет і оглядовий стіл</translation>
    </message>
    <message>
        <source>Sort doctors by</source>
        <translation>Сортувати лікарів за</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>Спершу найближчі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Очистити фільтри</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>Нові пацієнти:</translation>
    </message>
    <message>
        <source>Doctor speaks:</source>
        <translation>Лікар говорить:</translation>
    </message>
    <message>
        <source>Staff speak:</source>
        <translation>Персонал говорить:</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender:</source>
        <translation>Стать лікаря:</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Відстань:</translation>
    </message>
    <message>
        <source>Hospital:</source>
        <translation>Лікарня:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Сортування:</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (визначено програмою)</translation>
    </message>
</context>
<context>
    <name>PlanNotListedDialog</name>
    <message>
        <source>My plan is not listed</source>
        <translation>Мого плану немає в списку</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Що робити</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>PlanPicker</name>
    <message>
        <source>Choose your health plan</source>
        <translation>Виберіть свій план медичного обслуговування</translation>
    </message>
    <message>
        <source>These HMO plans serve your area. Pick the one on your member ID card, or the one you are enrolling in.</source>
        <translation>Ці плани HMO обслуговують вашу місцевість. Виберіть той, що вказаний на вашій ідентифікаційній картці учасника, або той, до якого ви записуєтеся.</translation>
    </message>
    <message>
        <source>What is an HMO?</source>
        <translation>Що таке HMO?</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Страховик</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Мережа</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>Служба обслуговування учасників</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Дані станом на</translation>
    </message>
    <message>
        <source>Health plans in your area</source>
        <translation>Плани медичного обслуговування у вашій місцевості</translation>
    </message>
    <message>
        <source>About the selected plan</source>
        <translation>Про вибраний план</translation>
    </message>
    <message>
        <source>My plan is not listed</source>
        <translation>Мого плану немає в списку</translation>
    </message>
    <message>
        <source>My plan is not listed: what to do</source>
        <translation>Мого плану немає в списку: що робити</translation>
    </message>
    <message>
        <source>Continue with this plan</source>
        <translation>Продовжити з цим планом</translation>
    </message>
    <message>
        <source>No plans message</source>
        <translation>Повідомлення про відсутність планів</translation>
    </message>
    <message>
        <source>Opening the doctor directory...</source>
        <translation>Відкриття довідника лікарів...</translation>
    </message>
    <message>
        <source>See your member ID card</source>
        <translation>Див. свою ідентифікаційну картку учасника</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>округ %1</translation>
    </message>
    <message>
        <source>California</source>
        <translation>Каліфорнія</translation>
    </message>
    <message>
        <source>Choose your health plan in %1</source>
        <translation>Виберіть свій план медичного обслуговування: %1</translation>
    </message>
    <message>
        <source>ZIP %1 (%2)</source>
        <translation>Індекс ZIP %1 (%2)</translation>
    </message>
    <message>
        <source>No plan in this directory serves %1: it has only the plans in public files, and none of them lists this area. Check the ZIP code or pick another county. If you already have a plan, press &quot;My plan is not listed&quot; to see how to find its doctors.</source>
        <translation>Жоден план у цьому довіднику не обслуговує %1: тут є лише плани з відкритих файлів, і жоден із них не вказує цю місцевість. Перевірте індекс ZIP або виберіть інший округ. Якщо у вас уже є план, натисніть «Мого плану немає в списку», щоб дізнатися, як знайти його лікарів.</translation>
    </message>
    <message>
        <source>Select your plan to see what it covers.</source>
        <translation>Виберіть свій план, щоб побачити, що він покриває.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Відхилити</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find a primary care doctor</source>
        <translation>Знайти лікаря первинної медичної допомоги</translation>
    </message>
    <message>
        <source>Choose your language, type your ZIP code if you like, then press Start. When you are done, press “I&apos;m finished”: everything you entered is cleared for the next person.</source>
        <translation>Виберіть свою мову, за бажанням введіть свій індекс ZIP, а потім натисніть «Почати». Коли закінчите, натисніть «Я закінчив(-ла)»: усе, що ви ввели, буде очищено для наступної людини.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Your ZIP code (optional)</source>
        <translation>Ваш індекс ZIP (необов’язково)</translation>
    </message>
    <message>
        <source>Five digits, to list doctors near you.</source>
        <translation>П’ять цифр, щоб показати лікарів поруч із вами.</translation>
    </message>
    <message>
        <source>Your ZIP code</source>
        <translation>Ваш індекс ZIP</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Індекс ZIP</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Staff only: enter the staff PIN</source>
        <translation>Лише для персоналу: введіть PIN персоналу</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Find my current doctor</source>
        <translation>Знайти мого теперішнього лікаря</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Довідка</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>Довідка і словник термінів</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Про програму</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data</source>
        <translation>Про HMO Desktop і дані програми</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Почати спочатку</translation>
    </message>
    <message>
        <source>Start over with a new member (also Ctrl+N)</source>
        <translation>Почати спочатку з новою особою (також Ctrl+N)</translation>
    </message>
    <message>
        <source>Forget this member&apos;s ZIP, plan, group, doctor, filters and searches</source>
        <translation>Забути індекс ZIP, план, групу, лікаря, фільтри й пошуки цієї особи</translation>
    </message>
</context>
</TS>
