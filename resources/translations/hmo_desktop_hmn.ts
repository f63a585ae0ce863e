<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hmn">
<context>
    <name></name>
    <message>
        <source>%1, age %2</source>
        <translation>%1, hnub nyoog %2</translation>
    </message>
    <message>
        <source>Next step for Medi-Cal: Health Care Options</source>
        <translation>Kauj ruam tom ntej rau Medi-Cal: Health Care Options</translation>
    </message>
    <message>
        <source>Before you enroll</source>
        <translation>Ua ntej koj sau npe</translation>
    </message>
    <message>
        <source>PCP ID:</source>
        <translation>PCP ID:</translation>
    </message>
    <message>
        <source>Family medicine</source>
        <translation>Kev kho mob tsev neeg</translation>
    </message>
    <message>
        <source>Internal medicine</source>
        <translation>Kev kho mob neeg laus</translation>
    </message>
    <message>
        <source>Pediatrics</source>
        <translation>Kev kho mob menyuam yaus</translation>
    </message>
    <message>
        <source>OB/GYN</source>
        <translation>OB/GYN (kws kho poj niam)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Tsev neeg</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Neeg laus</translation>
    </message>
    <message>
        <source>All ages, children to seniors; often the whole family.</source>
        <translation>Txhua lub hnub nyoog, txij menyuam yaus mus txog neeg laus; feem ntau yog tag nrho tsev neeg.</translation>
    </message>
    <message>
        <source>Adults only: prevention and long-term conditions.</source>
        <translation>Tsuas yog neeg laus xwb: kev tiv thaiv mob thiab cov mob ntev.</translation>
    </message>
    <message>
        <source>Babies, children and teens (up to 18 or 21).</source>
        <translation>Menyuam mos, menyuam yaus thiab cov hluas (txog 18 los sis 21 xyoo).</translation>
    </message>
    <message>
        <source>Women&apos;s health, pregnancy and gynecology; some act as a PCP.</source>
        <translation>Kev noj qab haus huv ntawm poj niam, kev xeeb tub thiab kab mob poj niam; qee tus ua tau kws kho mob thawj zaug (PCP).</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>Txais neeg mob tshiab</translation>
    </message>
    <message>
        <source>Existing patients only</source>
        <translation>Tsuas yog neeg mob qub xwb</translation>
    </message>
    <message>
        <source>Existing patients and their family</source>
        <translation>Tsuas yog neeg mob qub thiab lawv tsev neeg</translation>
    </message>
    <message>
        <source>Not accepting patients</source>
        <translation>Tsis txais neeg mob</translation>
    </message>
    <message>
        <source>Call to ask</source>
        <translation>Hu xov tooj nug</translation>
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
        <translation>Tus tswv hauj lwm thiab tus kheej (kev lag luam)</translation>
    </message>
    <message>
        <source>Accessible parking</source>
        <translation>Chaw nres tsheb rau neeg xiam oob qhab</translation>
    </message>
    <message>
        <source>Accessible entrance</source>
        <translation>Qhov rooj nkag rau neeg xiam oob qhab</translation>
    </message>
    <message>
        <source>Accessible inside the building</source>
        <translation>Sab hauv tsev mus tau rau neeg xiam oob qhab</translation>
    </message>
    <message>
        <source>Accessible restroom</source>
        <translation>Chav dej rau neeg xiam oob qhab</translation>
    </message>
    <message>
        <source>Accessible exam room</source>
        <translation>Chav kuaj mob rau neeg xiam oob qhab</translation>
    </message>
    <message>
        <source>Height-adjustable exam table / accessible scale</source>
        <translation>Txaj kuaj mob nce nqis tau / teev hnyav rau neeg xiam oob qhab</translation>
    </message>
    <message>
        <source>Sample doctor (fictional)</source>
        <translation>Kws kho mob piv txwv (cuav, tsis yog neeg tiag)</translation>
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
        <translation>%1 mais</translation>
    </message>
    <message>
        <source>Languages: English only.</source>
        <translation>Hom lus: Lus Askiv xwb.</translation>
    </message>
    <message>
        <source>Languages: English, %1. None of these translations has been reviewed by a fluent speaker yet; tell the team what reads wrong.</source>
        <translation>Hom lus: Lus Askiv, %1. Tseem tsis tau muaj ib tug neeg uas paub zoo cov lus no kuaj xyuas cov lus txhais no; qhia pab neeg ua hauj lwm seb qhov twg nyeem tsis yog.</translation>
    </message>
    <message>
        <source>Languages: English, %1. Reviewed by a fluent speaker: %2.</source>
        <translation>Hom lus: Lus Askiv, %1. Ib tug neeg uas paub zoo cov lus tau kuaj xyuas: %2.</translation>
    </message>
    <message>
        <source>To translate or review a language, open its file, resources/translations/hmo_desktop_&lt;code&gt;.ts, in Qt Linguist (README, &quot;Languages&quot;).</source>
        <translation>Yog xav txhais lossis kuaj ib hom lus, qhib nws daim ntawv, resources/translations/hmo_desktop_&lt;code&gt;.ts, hauv Qt Linguist (README, &quot;Languages&quot;).</translation>
    </message>
    <message>
        <source>made by this app</source>
        <translation>daim app no ua</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>txij li %1</translation>
    </message>
    <message>
        <source>fictional samples, made up by this app</source>
        <translation>cov piv txwv cuav, daim app no tsim</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>daim app no kwv yees</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>ntaub ntawv pej xeem, tej zaum tsis hloov tshiab</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>ntaub ntawv pej xeem</translation>
    </message>
    <message>
        <source>none (used while building)</source>
        <translation>tsis muaj (siv thaum tsim)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Qhov chaw los</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Hnub tim</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Hom</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Kab</translation>
    </message>
    <message>
        <source>Works offline; sends nothing anywhere.</source>
        <translation>Ua hauj lwm tau yam tsis muaj internet; tsis xa dab tsi mus rau qhov twg li.</translation>
    </message>
    <message>
        <source>Directory %1, checksum %2</source>
        <translation>Phau npe %1, checksum %2</translation>
    </message>
    <message>
        <source>Data sources (%1)</source>
        <translation>Qhov chaw los ntawm cov ntaub ntawv (%1)</translation>
    </message>
    <message>
        <source>About HMO Desktop</source>
        <translation>Txog HMO Desktop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kaw</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data sources</source>
        <translation>Txog HMO Desktop thiab nws cov ntaub ntawv</translation>
    </message>
    <message>
        <source>%1 (sample office)</source>
        <translation>%1 (chaw kuaj mob piv txwv)</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>Lub Nroog %1</translation>
    </message>
    <message>
        <source>Sample group: its office is a sample placed at a ZIP code center, %1 away.</source>
        <translation>Pab pawg piv txwv: nws lub chaw kuaj mob yog piv txwv muab tso rau nruab nrab ntawm tus lej ZIP, deb %1.</translation>
    </message>
    <message>
        <source>Sample group: its office is not in this directory.</source>
        <translation>Pab pawg piv txwv: nws lub chaw kuaj mob tsis muaj nyob hauv phau npe no.</translation>
    </message>
    <message>
        <source>Serves %1; office address not in this directory.</source>
        <translation>Pab %1; chaw nyob ntawm lub chaw kuaj mob tsis muaj nyob hauv phau npe no.</translation>
    </message>
    <message>
        <source>No %1 doctors in this group here</source>
        <translation>Ntawm no pab pawg no tsis muaj kws kho mob rau %1</translation>
    </message>
    <message>
        <source>%1 of 1 %2 doctor is accepting new patients</source>
        <translation>%1 ntawm 1 tus kws kho mob rau %2 txais neeg mob tshiab</translation>
    </message>
    <message numerus="yes">
        <source>%n counties</source>
        <translation>
            <numerusform>%n lub nroog</numerusform>
        </translation>
    </message>
    <message>
        <source>Counties: %1</source>
        <translation>Cov nroog: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln %2 doctors are accepting new patients</source>
        <translation>
            <numerusform>%1 ntawm %Ln tus kws kho mob rau %2 txais neeg mob tshiab</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Tsis tau muab qhab nia</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Tsis tau tshaj tawm</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (kwv yees)</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan with one Permanente Medical Group per region. Enter your ZIP code or county above, or choose the group of the region where you live: Northern or Southern California.</source>
        <translation>Kaiser Permanente yog ib lub phiaj xwm kho mob sib koom, muaj ib lub Permanente Medical Group rau txhua cheeb tsam. Sau koj tus lej ZIP los sis lub nroog saum toj no, los sis xaiv pab pawg ntawm cheeb tsam koj nyob: Northern los sis Southern California.</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, with a care team at each PACE center. Enter your ZIP code or county above, or choose the center where you live.</source>
        <translation>PACE yog rau cov neeg muaj 55 xyoo thiab laus dua, muaj ib pab neeg saib xyuas ntawm txhua lub chaw PACE. Sau koj tus lej ZIP los sis lub nroog saum toj no, los sis xaiv lub chaw nyob ze koj.</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group of your region, so there is no medical group to choose. Continue to choose your doctor.</source>
        <translation>Kaiser Permanente yog ib lub phiaj xwm kho mob sib koom: nws cov kws kho mob puavleej koom nrog Permanente Medical Group ntawm koj cheeb tsam, yog li tsis tas xaiv pab pawg kws kho mob. Mus ntxiv los xaiv koj tus kws kho mob.</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older. Your care team, your doctor included, is at your PACE center, so there is no medical group to choose. Continue to see the center&apos;s doctors.</source>
        <translation>PACE yog rau cov neeg muaj 55 xyoo thiab laus dua. Koj pab neeg saib xyuas, nrog rau koj tus kws kho mob, nyob ntawm koj lub chaw PACE, yog li tsis tas xaiv pab pawg kws kho mob. Mus ntxiv los saib cov kws kho mob ntawm lub chaw.</translation>
    </message>
    <message>
        <source>Your doctor belongs to a medical group. The group decides referrals to specialists and which hospitals you use. Numbers show doctors accepting new patients, for patients of any age.</source>
        <translation>Koj tus kws kho mob koom nrog ib pab pawg kws kho mob. Pab pawg txiav txim txog kev xa mus ntsib kws kho mob tshwj xeeb thiab tsev kho mob twg koj siv. Cov lej qhia cov kws kho mob txais neeg mob tshiab, rau neeg mob txhua lub hnub nyoog.</translation>
    </message>
    <message>
        <source>If you choose this group, your PCP and your specialists come from it, and referrals to specialists go through it.</source>
        <translation>Yog koj xaiv pab pawg no, koj tus kws kho mob thawj zaug (PCP) thiab koj cov kws kho mob tshwj xeeb yuav los ntawm pab pawg no, thiab kev xa mus ntsib kws kho mob tshwj xeeb yuav dhau ntawm pab pawg no.</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>Txoj cai xa mus</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>Xov tooj tom qab moos ua hauj lwm</translation>
    </message>
    <message>
        <source>not in this directory: see your member ID card or call the plan.</source>
        <translation>tsis muaj nyob hauv phau npe no: saib koj daim npav ID tswv cuab los sis hu rau lub phiaj xwm.</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>Kws kho mob</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>Qhab nia kev zoo</translation>
    </message>
    <message>
        <source>Plan group code</source>
        <translation>Tus lej cim pab pawg ntawm phiaj xwm</translation>
    </message>
    <message>
        <source>Sample group (fictional): this plan&apos;s group list is not available offline, so this group and everything said about it are samples.</source>
        <translation>Pab pawg piv txwv (cuav): tsis muaj daim ntawv teev pab pawg ntawm lub phiaj xwm no thaum tsis muaj internet, yog li pab pawg no thiab txhua yam hais txog nws yog piv txwv xwb.</translation>
    </message>
    <message>
        <source>The plan&apos;s own care team. Its doctors in this directory are samples.</source>
        <translation>Lub phiaj xwm li pab neeg saib xyuas. Nws cov kws kho mob hauv phau npe no yog piv txwv cuav.</translation>
    </message>
    <message>
        <source>Listed by the carrier for this network in 2017-18. Networks change every year: call the plan to confirm.</source>
        <translation>Lub tuam txhab pov hwm teev rau network no xyoo 2017-18. Network hloov txhua xyoo: hu rau lub phiaj xwm kom paub tseeb.</translation>
    </message>
    <message>
        <source>Not published: ask the group or the plan which hospitals it uses.</source>
        <translation>Tsis tau tshaj tawm: nug pab pawg los sis lub phiaj xwm tias nws siv tsev kho mob twg.</translation>
    </message>
    <message>
        <source>%1 (CMS rating %2 of 5)</source>
        <translation>%1 (CMS qhab nia %2 ntawm 5)</translation>
    </message>
    <message>
        <source>inferred from distance, not published by the group</source>
        <translation>kwv yees ntawm qhov deb, pab pawg tsis tau tshaj tawm</translation>
    </message>
    <message>
        <source>sample, fictional</source>
        <translation>piv txwv, cuav</translation>
    </message>
    <message>
        <source>not in this directory: ask the group or the plan.</source>
        <translation>tsis muaj nyob hauv phau npe no: nug pab pawg los sis lub phiaj xwm.</translation>
    </message>
    <message>
        <source>You can see an OB/GYN in your plan&apos;s network without a referral or prior approval (California law); the plan may require the OB/GYN to be in your medical group.</source>
        <translation>Koj mus ntsib tau OB/GYN hauv koj lub phiaj xwm network yam tsis tas muaj daim ntawv xa mus los sis kev pom zoo ua ntej (txoj cai California); lub phiaj xwm yuav kom tus OB/GYN nyob hauv koj pab pawg kws kho mob.</translation>
    </message>
    <message>
        <source>How a PACE member&apos;s doctor is assigned: when you enroll, the PACE center&apos;s care team assigns you a primary care doctor who works at the center. You can ask the center for a particular doctor on its team.</source>
        <translation>Yuav ua li cas muab kws kho mob rau ib tug tswv cuab PACE: thaum koj sau npe, pab neeg saib xyuas ntawm lub chaw PACE muab ib tus kws kho mob thawj zaug uas ua hauj lwm ntawm lub chaw rau koj. Koj thov tau ib tus kws kho mob tshwj xeeb hauv lawv pab neeg.</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>Thawj qhov xaiv</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Lwm qhov xaiv %1</translation>
    </message>
    <message>
        <source>The selected member&apos;s doctors</source>
        <translation>Cov kws kho mob ntawm tus neeg hauv tsev uas xaiv</translation>
    </message>
    <message>
        <source>This member&apos;s plan</source>
        <translation>Lub phiaj xwm ntawm tus neeg no</translation>
    </message>
    <message>
        <source>Plan for this member:</source>
        <translation>Lub phiaj xwm rau tus neeg no:</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Qhov xaiv</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Kws kho mob</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Neeg mob tshiab</translation>
    </message>
    <message>
        <source>Make first choice</source>
        <translation>Ua thawj qhov xaiv</translation>
    </message>
    <message>
        <source>Make this doctor the member&apos;s first choice</source>
        <translation>Ua tus kws kho mob no tus neeg ntawd thawj qhov xaiv</translation>
    </message>
    <message>
        <source>Remove doctor</source>
        <translation>Tshem kws kho mob</translation>
    </message>
    <message>
        <source>Remove this doctor from the member&apos;s choices</source>
        <translation>Tshem tus kws kho mob no ntawm tus neeg ntawd cov kev xaiv</translation>
    </message>
    <message>
        <source>Select a member to see their plan and doctors.</source>
        <translation>Xaiv ib tug neeg hauv tsev los saib nws lub phiaj xwm thiab kws kho mob.</translation>
    </message>
    <message>
        <source>%1&apos;s plan and doctors</source>
        <translation>%1 lub phiaj xwm thiab kws kho mob</translation>
    </message>
    <message>
        <source>The household&apos;s plan (%1)</source>
        <translation>Tsev neeg lub phiaj xwm (%1)</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>tseem tsis tau xaiv</translation>
    </message>
    <message>
        <source>Type the member&apos;s first name or a nickname.</source>
        <translation>Sau tus neeg ntawd lub npe los sis npe menyuam yaus.</translation>
    </message>
    <message>
        <source>That name is long: a first name or a nickname is enough.</source>
        <translation>Lub npe ntawd ntev heev: tsuas sau lub npe los sis npe menyuam yaus xwb txaus lawm.</translation>
    </message>
    <message>
        <source>Type a first name or nickname only: no numbers, dates, IDs or addresses.</source>
        <translation>Tsuas sau lub npe los sis npe menyuam yaus xwb: tsis txhob sau tus lej, hnub tim, ID los sis chaw nyob.</translation>
    </message>
    <message>
        <source>The age must be from 0 to 120.</source>
        <translation>Hnub nyoog yuav tsum yog 0 txog 120.</translation>
    </message>
    <message>
        <source>Choose female, male, or leave sex not given.</source>
        <translation>Xaiv poj niam, txiv neej, los sis tsis qhia poj niam txiv neej.</translation>
    </message>
    <message>
        <source>One of the access needs is not known to this app.</source>
        <translation>Daim app no tsis paub ib qho kev xav tau kev pab rau neeg xiam oob qhab.</translation>
    </message>
    <message>
        <source>This member cannot be added as given.</source>
        <translation>Ntxiv tsis tau tus neeg no raws li tau sau.</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>thawj qhov xaiv</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>lwm qhov xaiv %1</translation>
    </message>
    <message>
        <source>%1 has no PCP yet.</source>
        <translation>%1 tseem tsis tau muaj PCP.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is no longer in this directory for this plan; choose another doctor.</source>
        <translation>%1: %2 (%3) tsis muaj nyob hauv phau npe no rau lub phiaj xwm no lawm; xaiv lwm tus kws kho mob.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in this member&apos;s plan.</source>
        <translation>%1: %2 (%3) tsis nyob hauv tus neeg no lub phiaj xwm.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not taking new patients.</source>
        <translation>%1: %2 (%3) tsis txais neeg mob tshiab.</translation>
    </message>
    <message>
        <source>%1: this directory does not say whether %2 (%3) takes new patients; call to ask.</source>
        <translation>%1: phau npe no tsis qhia tias %2 (%3) puas txais neeg mob tshiab; hu xov tooj nug.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) sees patients up to age %4; %1 ages out within a year.</source>
        <translation>%1: %2 (%3) kho neeg mob txog hnub nyoog %4; %1 yuav laus dhau hnub nyoog ntawd hauv ib xyoos.</translation>
    </message>
    <message>
        <source>Add the members of the household, one at a time.</source>
        <translation>Ntxiv cov neeg hauv tsev, ib tug zuj zus.</translation>
    </message>
    <message>
        <source>Everyone has a PCP, and nothing needs another look.</source>
        <translation>Txhua tus muaj PCP lawm, thiab tsis muaj dab tsi yuav tsum rov saib dua.</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (piv txwv cuav)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yog</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tsis yog</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>tsis muaj nyob hauv phau npe no</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, txij li %2</translation>
    </message>
    <message>
        <source>needs a ZIP</source>
        <translation>xav tau ZIP</translation>
    </message>
    <message>
        <source>not known here: open this doctor from the doctor step</source>
        <translation>tsis paub ntawm no: qhib tus kws kho mob no ntawm kauj ruam kws kho mob</translation>
    </message>
    <message>
        <source>Evening: %1; Saturday: %2</source>
        <translation>Yav tsaus ntuj: %1; Hnub Rau: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Yog: %1</translation>
    </message>
    <message>
        <source>not in this directory: ask the medical group</source>
        <translation>tsis muaj nyob hauv phau npe no: nug pab pawg kws kho mob</translation>
    </message>
    <message>
        <source>Doctor: %1. Office: %2. Group: %3. Plan: %4.</source>
        <translation>Kws kho mob: %1. Chaw kuaj mob: %2. Pab pawg: %3. Phiaj xwm: %4.</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Qhov deb</translation>
    </message>
    <message>
        <source>Doctor&apos;s languages</source>
        <translation>Lus kws kho mob hais</translation>
    </message>
    <message>
        <source>Staff languages</source>
        <translation>Lus neeg ua hauj lwm hais</translation>
    </message>
    <message>
        <source>Evening and Saturday hours</source>
        <translation>Sij hawm yav tsaus ntuj thiab Hnub Rau</translation>
    </message>
    <message>
        <source>Video visits</source>
        <translation>Kev ntsib hauv video</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Kev pab neeg xiam oob qhab</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Tsev kho mob</translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation>Daim ntawv pov thawj kws tshwj xeeb</translation>
    </message>
    <message>
        <source>Group rating</source>
        <translation>Qhab nia pab pawg</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>Qhov chaw los thiab hnub tim</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Piv</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Tsev neeg</translation>
    </message>
    <message>
        <source>Household: everyone enrolling together</source>
        <translation>Tsev neeg: txhua tus uas sau npe ua ke</translation>
    </message>
    <message>
        <source>1 doctor can see everyone (ages %1).</source>
        <translation>1 tus kws kho mob kho tau txhua tus (hnub nyoog %1).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors can see everyone (ages %1).</source>
        <translation>
            <numerusform>%Ln tus kws kho mob kho tau txhua tus (hnub nyoog %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Same doctor for the family</source>
        <translation>Tib tus kws kho mob rau tsev neeg</translation>
    </message>
    <message>
        <source>Doctors who can see every member</source>
        <translation>Cov kws kho mob uas kho tau txhua tus neeg</translation>
    </message>
    <message>
        <source>Doctors for the whole family</source>
        <translation>Kws kho mob rau tag nrho tsev neeg</translation>
    </message>
    <message>
        <source>Doctors for everyone</source>
        <translation>Kws kho mob rau txhua tus</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Neeg hauv tsev</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Hnub nyoog</translation>
    </message>
    <message>
        <source>PCP</source>
        <translation>PCP</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Lwm qhov xaiv</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>Cov neeg hauv tsev</translation>
    </message>
    <message>
        <source>Use the current doctor</source>
        <translation>Siv tus kws kho mob tam sim no</translation>
    </message>
    <message>
        <source>Use the current doctor as this member&apos;s first choice</source>
        <translation>Siv tus kws kho mob tam sim no ua tus neeg no thawj qhov xaiv</translation>
    </message>
    <message>
        <source>Add as a backup</source>
        <translation>Ntxiv ua lwm qhov xaiv</translation>
    </message>
    <message>
        <source>Add the current doctor as this member&apos;s backup</source>
        <translation>Ntxiv tus kws kho mob tam sim no ua tus neeg no lwm qhov xaiv</translation>
    </message>
    <message>
        <source>Change member</source>
        <translation>Hloov tus neeg</translation>
    </message>
    <message>
        <source>Change this member</source>
        <translation>Hloov tus neeg no</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Tshem tus neeg</translation>
    </message>
    <message>
        <source>Remove this member</source>
        <translation>Tshem tus neeg no</translation>
    </message>
    <message>
        <source>What to look at again</source>
        <translation>Yam yuav tsum rov saib dua</translation>
    </message>
    <message>
        <source>Compare the chosen doctors</source>
        <translation>Piv cov kws kho mob uas xaiv</translation>
    </message>
    <message>
        <source>Members, or compare</source>
        <translation>Cov neeg hauv tsev, los sis piv</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Neeg hauv tsev</translation>
    </message>
    <message>
        <source>C&amp;ompare doctors</source>
        <translation>&amp;Piv kws kho mob</translation>
    </message>
    <message>
        <source>Needs a PCP</source>
        <translation>Xav tau PCP</translation>
    </message>
    <message>
        <source>Choose a plan and add the members first.</source>
        <translation>Xaiv ib lub phiaj xwm thiab ntxiv cov neeg hauv tsev ua ntej.</translation>
    </message>
    <message>
        <source>Use the current doctor for %1</source>
        <translation>Siv tus kws kho mob tam sim no rau %1</translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation>Ntawv qhia luv txog kev sau npe</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>Lub npe los sis npe menyuam yaus</translation>
    </message>
    <message>
        <source>Sex (optional)</source>
        <translation>Poj niam txiv neej (yog xav qhia)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Tsis qhia</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Poj niam</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Txiv neej</translation>
    </message>
    <message>
        <source>Preferred language (optional)</source>
        <translation>Hom lus xav siv (yog xav qhia)</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>Mus tau rau lub rooj zaum muaj log</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>Sij hawm yav tsaus ntuj</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>Sij hawm Hnub Rau</translation>
    </message>
    <message>
        <source>Wants an OB/GYN as PCP</source>
        <translation>Xav tau OB/GYN ua PCP</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Ntxiv tus neeg</translation>
    </message>
    <message>
        <source>Add this member</source>
        <translation>Ntxiv tus neeg no</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Tso tseg kev hloov</translation>
    </message>
    <message>
        <source>Leave the member as they were</source>
        <translation>Tseg tus neeg no li qub</translation>
    </message>
    <message>
        <source>Why the member was not added</source>
        <translation>Vim li cas ntxiv tsis tau tus neeg no</translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation>Lub npe los sis npe menyuam yaus:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Hnub nyoog:</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>Poj niam txiv neej (yog xav qhia):</translation>
    </message>
    <message>
        <source>Language (optional):</source>
        <translation>Hom lus (yog xav qhia):</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Khaws kev hloov</translation>
    </message>
    <message>
        <source>Save the changes to this member</source>
        <translation>Khaws kev hloov rau tus neeg no</translation>
    </message>
    <message>
        <source>The saved household file was damaged. It was set aside, and the last good copy was opened instead: check the members and their doctors.</source>
        <translation>Cov ntaub ntawv tsev neeg uas khaws tseg puas lawm. Nws raug muab cais tseg, thiab tau qhib daim qauv zoo kawg nkaus hloov: kuaj xyuas cov neeg hauv tsev thiab lawv cov kws kho mob.</translation>
    </message>
    <message>
        <source>The saved household file was damaged, and there was no good copy to open. It was set aside; add the members again.</source>
        <translation>Cov ntaub ntawv tsev neeg uas khaws tseg puas lawm, thiab tsis muaj daim qauv zoo los qhib. Nws raug muab cais tseg; ntxiv cov neeg hauv tsev dua.</translation>
    </message>
    <message>
        <source>The saved household was kept by a newer version of HMO Desktop. It was left as it is; open it with that version.</source>
        <translation>Tsev neeg uas khaws tseg yog ib version tshiab dua ntawm HMO Desktop khaws. Tseg nws li qub; qhib nws nrog version ntawd.</translation>
    </message>
    <message>
        <source>The saved household could not be brought up to date. It was left as it was; add the members again, or try again after updating HMO Desktop.</source>
        <translation>Hloov tsis tau tsev neeg uas khaws tseg kom tshiab. Tseg nws li qub; ntxiv cov neeg hauv tsev dua, los sis sim dua tom qab hloov tshiab HMO Desktop.</translation>
    </message>
    <message>
        <source>The saved household could not be opened.</source>
        <translation>Qhib tsis tau tsev neeg uas khaws tseg.</translation>
    </message>
    <message>
        <source>The saved household could not be opened: %1</source>
        <translation>Qhib tsis tau tsev neeg uas khaws tseg: %1</translation>
    </message>
    <message>
        <source>Your household kept on this computer is open: View &gt; Household.</source>
        <translation>Koj tsev neeg uas khaws hauv lub computer no qhib lawm: Saib &gt; Tsev neeg.</translation>
    </message>
    <message>
        <source>Doctors no longer in this directory: %1. Choose others.</source>
        <translation>Cov kws kho mob tsis muaj nyob hauv phau npe no lawm: %1. Xaiv lwm tus.</translation>
    </message>
    <message>
        <source>The household could not be saved in %1: %2. Nothing was changed there.</source>
        <translation>Khaws tsis tau tsev neeg rau hauv %1: %2. Tsis muaj dab tsi hloov nyob ntawd.</translation>
    </message>
    <message>
        <source>Kept on this computer. Changes are saved as you make them.</source>
        <translation>Khaws hauv lub computer no. Kev hloov raug khaws tam sim thaum koj hloov.</translation>
    </message>
    <message>
        <source>This household is forgotten: nothing of it is kept on this computer.</source>
        <translation>Tsev neeg no raug tso tseg lawm: tsis muaj ib yam dab tsi ntawm nws khaws hauv lub computer no.</translation>
    </message>
    <message>
        <source>Keep this household?</source>
        <translation>Khaws tsev neeg no?</translation>
    </message>
    <message>
        <source>Keep this household on this computer for next time?</source>
        <translation>Khaws tsev neeg no hauv lub computer no rau lwm zaus?</translation>
    </message>
    <message>
        <source>Only the first names or nicknames, ages and chosen doctors are kept, in your user folder. On a shared computer, choose Don&apos;t keep.</source>
        <translation>Tsuas khaws lub npe los sis npe menyuam yaus, hnub nyoog thiab cov kws kho mob uas xaiv, hauv koj lub folder. Ntawm lub computer siv ua ke, xaiv Tsis txhob khaws.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Khaws</translation>
    </message>
    <message>
        <source>Don&apos;t keep</source>
        <translation>Tsis txhob khaws</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Tso tseg</translation>
    </message>
    <message>
        <source>Forget this household?</source>
        <translation>Tso tseg tsev neeg no?</translation>
    </message>
    <message>
        <source>Its members and their doctors are removed from the screen, and the copy kept on this computer is deleted with its backups. This cannot be undone.</source>
        <translation>Nws cov neeg thiab lawv cov kws kho mob raug tshem tawm ntawm lub vijtsam, thiab daim qauv khaws hauv lub computer no raug rho tawm nrog rau nws cov qauv thaub qab. Rov ua rov qab tsis tau.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Tso tseg</translation>
    </message>
    <message>
        <source>&amp;Household…</source>
        <translation>&amp;Tsev neeg…</translation>
    </message>
    <message>
        <source>The family&apos;s members, their doctors, and the enrollment summary</source>
        <translation>Tsev neeg cov neeg, lawv cov kws kho mob, thiab daim ntawv qhia luv txog kev sau npe</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>Txais</translation>
    </message>
    <message>
        <source>%1; ages not in this directory</source>
        <translation>%1; hnub nyoog tsis muaj nyob hauv phau npe no</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Pab pawg kws kho mob</translation>
    </message>
    <message>
        <source>Save the enrollment summary</source>
        <translation>Khaws daim ntawv qhia luv txog kev sau npe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Cov ntaub ntawv PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Ntawv loj</translation>
    </message>
    <message>
        <source>Large print summary</source>
        <translation>Ntawv qhia luv ntawv loj</translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation>Khaws ntawv qhia luv ua PDF…</translation>
    </message>
    <message>
        <source>Save the enrollment summary as a PDF file</source>
        <translation>Khaws daim ntawv qhia luv txog kev sau npe ua ntaub ntawv PDF</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>Luam ntawv qhia luv…</translation>
    </message>
    <message>
        <source>Print the enrollment summary</source>
        <translation>Luam daim ntawv qhia luv txog kev sau npe</translation>
    </message>
    <message>
        <source>Keep on this computer</source>
        <translation>Khaws hauv lub computer no</translation>
    </message>
    <message>
        <source>Keep this household on this computer</source>
        <translation>Khaws tsev neeg no hauv lub computer no</translation>
    </message>
    <message>
        <source>Forget this household</source>
        <translation>Tso tseg tsev neeg no</translation>
    </message>
    <message>
        <source>Close the household</source>
        <translation>Kaw tsev neeg</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>Khaws hauv lub computer no lawm</translation>
    </message>
    <message>
        <source>The summary is printing. Please collect it from the printer.</source>
        <translation>Tab tom luam daim ntawv qhia luv. Thov mus nqa ntawm lub tshuab luam ntawv.</translation>
    </message>
    <message>
        <source>The summary is ready. A staff member will print it for you.</source>
        <translation>Daim ntawv qhia luv npaj txhij lawm. Ib tug neeg ua hauj lwm yuav luam rau koj.</translation>
    </message>
    <message>
        <source>No printer is set up here. Please ask staff.</source>
        <translation>Ntawm no tsis muaj lub tshuab luam ntawv. Thov nug neeg ua hauj lwm.</translation>
    </message>
    <message>
        <source>The summary could not be made. Please ask staff.</source>
        <translation>Ua tsis tau daim ntawv qhia luv. Thov nug neeg ua hauj lwm.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Luam ntawv qhia luv</translation>
    </message>
    <message>
        <source>HMO Desktop kiosk</source>
        <translation>Lub kiosk HMO Desktop</translation>
    </message>
    <message>
        <source>HMO Desktop</source>
        <translation>HMO Desktop</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Neeg ua hauj lwm xwb</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN neeg ua hauj lwm</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>PIN neeg ua hauj lwm:</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Lus qhia txog PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Qhib</translation>
    </message>
    <message>
        <source>Unlock staff settings</source>
        <translation>Qhib chaw teeb tsa neeg ua hauj lwm</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Rov qab mus rau kiosk</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Chaw teeb tsa</translation>
    </message>
    <message>
        <source>Clear for the next person</source>
        <translation>Lwv rau tus neeg tom ntej</translation>
    </message>
    <message>
        <source>Clear everything now for the next person</source>
        <translation>Lwv txhua yam tam sim no rau tus neeg tom ntej</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Tawm ntawm kiosk</translation>
    </message>
    <message>
        <source>No staff PIN is set, so this kiosk cannot be left from here. To set one, run this on the computer, then start the kiosk again:

hmo-desktop --set-kiosk-pin

It is kept, as a salted hash, in %1</source>
        <translation>Tsis tau teeb PIN neeg ua hauj lwm, yog li tawm tsis tau ntawm kiosk no ntawm no. Yuav teeb ib tus, khiav qhov no hauv lub computer, ces qhib kiosk dua:

hmo-desktop --set-kiosk-pin

Nws raug khaws, ua salted hash, hauv %1</translation>
    </message>
    <message>
        <source>Configuration file: %1</source>
        <translation>Ntaub ntawv teeb tsa: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tsis muaj</translation>
    </message>
    <message>
        <source>Idle time before the warning: %1 seconds</source>
        <translation>Sij hawm tsis siv ua ntej ceeb toom: %1 vib nas this</translation>
    </message>
    <message>
        <source>The warning counts down from: %1 seconds</source>
        <translation>Kev ceeb toom suav rov qab txij: %1 vib nas this</translation>
    </message>
    <message>
        <source>Text size for each new person: %1 %</source>
        <translation>Qhov loj ntawv rau txhua tus neeg tshiab: %1 %</translation>
    </message>
    <message>
        <source>Summaries: PDF files in %1, emptied at every reset</source>
        <translation>Ntawv qhia luv: ntaub ntawv PDF hauv %1, lwv tag txhua zaus pib dua</translation>
    </message>
    <message>
        <source>Summaries: printed on %1</source>
        <translation>Ntawv qhia luv: luam ntawm %1</translation>
    </message>
    <message>
        <source>Summaries: no default printer is set up on this computer</source>
        <translation>Ntawv qhia luv: lub computer no tsis muaj lub tshuab luam ntawv tseem ceeb</translation>
    </message>
    <message>
        <source>The configuration file was not used: %1</source>
        <translation>Tsis tau siv cov ntaub ntawv teeb tsa: %1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Sau PIN tsis yog ntau zaus dhau lawm. Sim dua hauv %1 vib nas this.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>PIN ntawd tsis yog.</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Kab ntawv qhia zaub mov</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Ntawv qhia zaub mov ntxiv</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ntaub ntawv</translation>
    </message>
    <message>
        <source>&amp;Open directory…</source>
        <translation>&amp;Qhib phau npe…</translation>
    </message>
    <message>
        <source>Open another doctor directory file; it is checked before it is used</source>
        <translation>Qhib lwm cov ntaub ntawv phau npe kws kho mob; nws raug kuaj ua ntej siv</translation>
    </message>
    <message>
        <source>Open a doctor directory</source>
        <translation>Qhib ib phau npe kws kho mob</translation>
    </message>
    <message>
        <source>Doctor directories (*.sqlite)</source>
        <translation>Phau npe kws kho mob (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Txhua cov ntaub ntawv (*)</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. You can keep working; if it happens again, send these details to the team.</source>
        <translation>Muaj teeb meem tshwm sim sab hauv HMO Desktop. Koj tseem ua hauj lwm tau; yog nws rov tshwm dua, xa cov ntsiab lus no rau pab neeg.</translation>
    </message>
    <message>
        <source>The doctor directory is not an HMO Desktop directory.</source>
        <translation>Phau npe kws kho mob no tsis yog phau npe HMO Desktop.</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is damaged.</source>
        <translation>Phau npe kws kho mob uas nrog HMO Desktop los puas lawm.</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is missing.</source>
        <translation>Phau npe kws kho mob uas nrog HMO Desktop los ploj lawm.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory.</source>
        <translation>HMO Desktop tsis muaj cai nyeem nws phau npe kws kho mob.</translation>
    </message>
    <message>
        <source>A folder is where HMO Desktop&apos;s doctor directory should be.</source>
        <translation>Muaj ib lub folder nyob rau qhov chaw uas HMO Desktop phau npe kws kho mob yuav tsum nyob.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory&apos;s manifest.</source>
        <translation>HMO Desktop tsis muaj cai nyeem nws phau npe kws kho mob daim manifest.</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop is damaged.</source>
        <translation>Cov ntaub ntawv phau npe kws kho mob uas muab rau HMO Desktop puas lawm.</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop does not exist.</source>
        <translation>Cov ntaub ntawv phau npe kws kho mob uas muab rau HMO Desktop tsis muaj.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the doctor directory file it was given.</source>
        <translation>HMO Desktop tsis muaj cai nyeem cov ntaub ntawv phau npe kws kho mob uas muab rau nws.</translation>
    </message>
    <message>
        <source>HMO Desktop was given a folder, not a doctor directory file.</source>
        <translation>Muab ib lub folder rau HMO Desktop, tsis yog cov ntaub ntawv phau npe kws kho mob.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the manifest of the doctor directory file it was given.</source>
        <translation>HMO Desktop tsis muaj cai nyeem daim manifest ntawm cov ntaub ntawv phau npe kws kho mob uas muab rau nws.</translation>
    </message>
    <message>
        <source>This doctor directory needs a newer version of HMO Desktop.</source>
        <translation>Phau npe kws kho mob no xav tau ib version tshiab dua ntawm HMO Desktop.</translation>
    </message>
    <message>
        <source>This doctor directory is too old for this version of HMO Desktop.</source>
        <translation>Phau npe kws kho mob no qub dhau rau version HMO Desktop no.</translation>
    </message>
    <message>
        <source>Reinstall HMO Desktop, or rebuild the directory with &apos;python -m hmo_desktop.datapack build&apos;.</source>
        <translation>Nruab HMO Desktop dua, los sis tsim phau npe dua nrog &apos;python -m hmo_desktop.datapack build&apos;.</translation>
    </message>
    <message>
        <source>Check that you may read it, or reinstall HMO Desktop.</source>
        <translation>Kuaj seb koj puas muaj cai nyeem nws, los sis nruab HMO Desktop dua.</translation>
    </message>
    <message>
        <source>Remove or rename that folder, then reinstall HMO Desktop or rebuild the directory.</source>
        <translation>Tshem los sis hloov lub npe ntawm lub folder ntawd, ces nruab HMO Desktop dua los sis tsim phau npe dua.</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use the directory that came with this version.</source>
        <translation>Hloov tshiab HMO Desktop, los sis siv phau npe uas nrog version no los.</translation>
    </message>
    <message>
        <source>Check the file given with --directory, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>Kuaj cov ntaub ntawv muab nrog --directory, los sis tsim ib qho tshiab nrog &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</translation>
    </message>
    <message>
        <source>Check that you may read that file and the folders above it.</source>
        <translation>Kuaj seb koj puas muaj cai nyeem cov ntaub ntawv ntawd thiab cov folder saum nws.</translation>
    </message>
    <message>
        <source>Check that you may read the .manifest.json file beside the directory file.</source>
        <translation>Kuaj seb koj puas muaj cai nyeem cov ntaub ntawv .manifest.json ib sab ntawm cov ntaub ntawv phau npe.</translation>
    </message>
    <message>
        <source>Give the path of a directory file (.sqlite), not of a folder.</source>
        <translation>Muab txoj kev mus rau cov ntaub ntawv phau npe (.sqlite), tsis yog rau ib lub folder.</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use a directory built by this version.</source>
        <translation>Hloov tshiab HMO Desktop, los sis siv phau npe uas version no tsim.</translation>
    </message>
    <message>
        <source>HMO Desktop cannot use this doctor directory.</source>
        <translation>HMO Desktop siv tsis tau phau npe kws kho mob no.</translation>
    </message>
    <message>
        <source>Choose another directory file, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>Xaiv lwm cov ntaub ntawv phau npe, los sis tsim ib qho tshiab nrog &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</translation>
    </message>
    <message>
        <source>Open directory</source>
        <translation>Qhib phau npe</translation>
    </message>
    <message>
        <source>%1

HMO Desktop keeps using the directory it had open.</source>
        <translation>%1

HMO Desktop tseem siv phau npe uas nws qhib lawm.</translation>
    </message>
    <message>
        <source>File: %1
%2</source>
        <translation>Ntaub ntawv: %1
%2</translation>
    </message>
    <message>
        <source>Checking the directory file…</source>
        <translation>Tab tom kuaj cov ntaub ntawv phau npe…</translation>
    </message>
    <message>
        <source>HMO Desktop: choose your primary care doctor (%1)</source>
        <translation>HMO Desktop: xaiv koj tus kws kho mob thawj zaug (%1)</translation>
    </message>
    <message>
        <source>Now using the directory %1.</source>
        <translation>Tam sim no siv phau npe %1.</translation>
    </message>
    <message>
        <source>Sample?</source>
        <translation>Piv txwv?</translation>
    </message>
    <message>
        <source>Generated sample data, not a real person</source>
        <translation>Ntaub ntawv piv txwv cuav, tsis yog neeg tiag</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Chaw kuaj mob</translation>
    </message>
    <message>
        <source>To a sample office placed at a ZIP code center</source>
        <translation>Mus rau ib lub chaw kuaj mob piv txwv muab tso rau nruab nrab ntawm tus lej ZIP</translation>
    </message>
    <message>
        <source>Approximate: to the center of the office&apos;s ZIP code</source>
        <translation>Kwv yees: mus rau nruab nrab ntawm lub chaw kuaj mob tus lej ZIP</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Kev kho mob tshwj xeeb</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Lub Ib Hlis</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Lub Ob Hlis</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Lub Peb Hlis</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Lub Plaub Hlis</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Lub Tsib Hlis</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Lub Rau Hli</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Lub Xya Hli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Lub Yim Hli</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Lub Cuaj Hli</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Lub Kaum Hli</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Lub Kaum Ib Hlis</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Lub Kaum Ob Hlis</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, may be out of date</source>
        <translation>%1, tej zaum tsis hloov tshiab</translation>
    </message>
    <message>
        <source>Minimum Coverage</source>
        <translation>Minimum Coverage (kev pov hwm tsawg kawg)</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronze (Tooj Liab)</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver (Nyiaj)</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold (Kub)</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platinum</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for %1 County</source>
        <translation>Phiaj xwm kho mob Medi-Cal rau Lub Nroog %1</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for the counties it serves</source>
        <translation>Phiaj xwm kho mob Medi-Cal rau cov nroog uas nws pab</translation>
    </message>
    <message>
        <source>Covered California HMO (%1)</source>
        <translation>Covered California HMO (%1)</translation>
    </message>
    <message>
        <source>Covered California HMO</source>
        <translation>Covered California HMO</translation>
    </message>
    <message>
        <source>Employer and individual HMO</source>
        <translation>HMO tus tswv hauj lwm thiab tus kheej</translation>
    </message>
    <message>
        <source>Medicare Advantage HMO</source>
        <translation>Medicare Advantage HMO</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group for your region, so there is no medical group to choose.</source>
        <translation>Kaiser Permanente yog ib lub phiaj xwm kho mob sib koom: nws cov kws kho mob puavleej koom nrog Permanente Medical Group ntawm koj cheeb tsam, yog li tsis tas xaiv pab pawg kws kho mob.</translation>
    </message>
    <message>
        <source>PACE: for people 55 and older who need a nursing-home level of care and can live safely at home; your care team, including your doctor, is at the PACE center.</source>
        <translation>PACE: rau cov neeg muaj 55 xyoo thiab laus dua uas xav tau kev saib xyuas zoo li hauv tsev laus tab sis nyob tau hauv tsev kom muaj kev nyab xeeb; koj pab neeg saib xyuas, nrog rau koj tus kws kho mob, nyob ntawm lub chaw PACE.</translation>
    </message>
    <message>
        <source>This plan&apos;s group list is from %1. Networks change every year: call the plan to confirm.</source>
        <translation>Lub phiaj xwm no daim ntawv teev pab pawg yog txij li %1. Network hloov txhua xyoo: hu rau lub phiaj xwm kom paub tseeb.</translation>
    </message>
    <message>
        <source>This plan&apos;s information is from %1. Plans and networks change every year: call the plan to confirm.</source>
        <translation>Lub phiaj xwm no cov ntaub ntawv yog txij li %1. Phiaj xwm thiab network hloov txhua xyoo: hu rau lub phiaj xwm kom paub tseeb.</translation>
    </message>
    <message>
        <source>Medical groups: the carrier&apos;s published list, as of %1.</source>
        <translation>Pab pawg kws kho mob: daim ntawv teev uas lub tuam txhab pov hwm tshaj tawm, txij li %1.</translation>
    </message>
    <message>
        <source>Plan list as of %1.</source>
        <translation>Daim ntawv teev phiaj xwm txij li %1.</translation>
    </message>
    <message>
        <source>This plan&apos;s medical group list is not available offline: the groups shown are samples.</source>
        <translation>Tsis muaj daim ntawv teev pab pawg kws kho mob ntawm lub phiaj xwm no thaum tsis muaj internet: cov pab pawg uas pom yog piv txwv cuav.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Qhov chaw los: %1.</translation>
    </message>
    <message>
        <source>Medi-Cal health plans, by county (December 2025)</source>
        <translation>Cov phiaj xwm kho mob Medi-Cal, raws lub nroog (Lub Kaum Ob Hlis 2025)</translation>
    </message>
    <message>
        <source>Covered California HMOs (2017)</source>
        <translation>Covered California HMO (2017)</translation>
    </message>
    <message>
        <source>Anthem Blue Cross and UnitedHealthcare employer and individual HMO networks (2017–18)</source>
        <translation>Anthem Blue Cross thiab UnitedHealthcare cov network HMO tus tswv hauj lwm thiab tus kheej (2017–18)</translation>
    </message>
    <message>
        <source>Use your plan&apos;s own provider directory (on its website or in your welcome kit).</source>
        <translation>Siv koj lub phiaj xwm phau npe kws kho mob (ntawm nws lub website los sis hauv koj pob ntawv txais tos).</translation>
    </message>
    <message>
        <source>Or call member services: the number is on your member ID card.</source>
        <translation>Los sis hu rau Kev Pab Cuam Tswv Cuab: tus lej nyob ntawm koj daim npav ID tswv cuab.</translation>
    </message>
    <message>
        <source>Ask which medical groups and doctors are in your network, near you.</source>
        <translation>Nug seb pab pawg kws kho mob thiab kws kho mob twg nyob hauv koj network, ze koj.</translation>
    </message>
    <message>
        <source>Your plan is not listed?</source>
        <translation>Koj lub phiaj xwm tsis muaj teev?</translation>
    </message>
    <message>
        <source>This directory has only the plans in public files:</source>
        <translation>Phau npe no tsuas muaj cov phiaj xwm hauv cov ntaub ntawv pej xeem:</translation>
    </message>
    <message>
        <source>If your plan is not here (for example a Blue Shield, Health Net or Kaiser Permanente plan through an employer, Sharp Health Plan or Western Health Advantage):</source>
        <translation>Yog koj lub phiaj xwm tsis muaj nyob ntawm no (piv txwv li ib lub phiaj xwm Blue Shield, Health Net los sis Kaiser Permanente los ntawm tus tswv hauj lwm, Sharp Health Plan los sis Western Health Advantage):</translation>
    </message>
    <message>
        <source>On Medi-Cal? Health Care Options (1-800-430-4263) helps you choose a Medi-Cal plan.</source>
        <translation>Koj muaj Medi-Cal? Health Care Options (1-800-430-4263) pab koj xaiv ib lub phiaj xwm Medi-Cal.</translation>
    </message>
    <message>
        <source>You can still look up a doctor you know with &quot;Find my current doctor&quot;: the profile lists every plan in this directory that includes them.</source>
        <translation>Koj tseem nrhiav tau ib tus kws kho mob uas koj paub nrog &quot;Nrhiav kuv tus kws kho mob tam sim no&quot;: nws daim ntawv qhia teev txhua lub phiaj xwm hauv phau npe no uas muaj nws.</translation>
    </message>
    <message>
        <source>1  Plan</source>
        <translation>1  Phiaj xwm</translation>
    </message>
    <message>
        <source>2  Medical group</source>
        <translation>2  Pab pawg kws kho mob</translation>
    </message>
    <message>
        <source>3  Doctor</source>
        <translation>3  Kws kho mob</translation>
    </message>
    <message>
        <source>4  Doctor&apos;s profile</source>
        <translation>4  Kws kho mob daim ntawv qhia</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rov qab</translation>
    </message>
    <message>
        <source>English copy, for the doctor&apos;s office and the plan</source>
        <translation>Daim qauv Lus Askiv, rau tus kws kho mob lub chaw kuaj mob thiab lub phiaj xwm</translation>
    </message>
    <message>
        <source>Enrollment summary: your household’s doctor choices</source>
        <translation>Ntawv qhia luv txog kev sau npe: koj tsev neeg cov kws kho mob uas xaiv</translation>
    </message>
    <message>
        <source>Take this to your enrollment or keep it by the phone. Each person has their own page, with the PCP ID the plan asks for.</source>
        <translation>Nqa qhov no mus thaum koj sau npe los sis muab tso ze xov tooj. Txhua tus neeg muaj nws nplooj ntawv, nrog rau PCP ID uas lub phiaj xwm nug.</translation>
    </message>
    <message>
        <source>%1 (sample, fictional)</source>
        <translation>%1 (piv txwv, cuav)</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it when you enroll</source>
        <translation>tsis muaj nyob hauv phau npe no: lub phiaj xwm muab thaum koj sau npe</translation>
    </message>
    <message>
        <source>not in this directory: call the plan</source>
        <translation>tsis muaj nyob hauv phau npe no: hu rau lub phiaj xwm</translation>
    </message>
    <message>
        <source>%1 (sample office, not a real address)</source>
        <translation>%1 (chaw kuaj mob piv txwv, tsis yog chaw nyob tiag)</translation>
    </message>
    <message>
        <source>%1 (fictional number)</source>
        <translation>%1 (tus lej cuav)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Phiaj xwm:</translation>
    </message>
    <message>
        <source>No PCP chosen yet. Choose one before you enroll; if you do not, the plan chooses one for this person.</source>
        <translation>Tseem tsis tau xaiv PCP. Xaiv ib tus ua ntej koj sau npe; yog koj tsis xaiv, lub phiaj xwm yuav xaiv ib tus rau tus neeg no.</translation>
    </message>
    <message>
        <source>none yet: no doctor chosen</source>
        <translation>tseem tsis muaj: tsis tau xaiv kws kho mob</translation>
    </message>
    <message>
        <source>Plan member services:</source>
        <translation>Lub phiaj xwm Kev Pab Cuam Tswv Cuab:</translation>
    </message>
    <message>
        <source>not in this directory: it is on the plan’s letters and card</source>
        <translation>tsis muaj nyob hauv phau npe no: nws nyob ntawm lub phiaj xwm cov ntawv thiab daim npav</translation>
    </message>
    <message>
        <source>When a PCP change takes effect:</source>
        <translation>Thaum twg kev hloov PCP pib siv:</translation>
    </message>
    <message>
        <source>often the first day of the next month; the plan confirms.</source>
        <translation>feem ntau yog thawj hnub ntawm lub hli tom ntej; lub phiaj xwm yuav lees paub.</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Lub network:</translation>
    </message>
    <message>
        <source>Medical group:</source>
        <translation>Pab pawg kws kho mob:</translation>
    </message>
    <message>
        <source>The plan’s code for this group:</source>
        <translation>Lub phiaj xwm tus lej cim rau pab pawg no:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>Kws kho mob:</translation>
    </message>
    <message>
        <source>NPI:</source>
        <translation>NPI:</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>Neeg mob tshiab:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Chaw kuaj mob:</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>Xov tooj chaw kuaj mob:</translation>
    </message>
    <message>
        <source>%1 (%2). PCP ID: %3.</source>
        <translation>%1 (%2). PCP ID: %3.</translation>
    </message>
    <message>
        <source>another plan</source>
        <translation>lwm lub phiaj xwm</translation>
    </message>
    <message>
        <source>%1 In %2, not this person’s plan.</source>
        <translation>%1 Nyob hauv %2, tsis yog tus neeg no lub phiaj xwm.</translation>
    </message>
    <message>
        <source>Backup %1:</source>
        <translation>Lwm qhov xaiv %1:</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>lub chaw kuaj mob</translation>
    </message>
    <message>
        <source>number not in this directory</source>
        <translation>tus lej tsis muaj nyob hauv phau npe no</translation>
    </message>
    <message>
        <source>Call to confirm: %1, %2</source>
        <translation>Hu kom paub tseeb: %1, %2</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>koj lub phiaj xwm</translation>
    </message>
    <message>
        <source>Does this office take %1?</source>
        <translation>Lub chaw kuaj mob no puas txais %1?</translation>
    </message>
    <message>
        <source>Is %1 taking new patients in this plan?</source>
        <translation>%1 puas txais neeg mob tshiab hauv lub phiaj xwm no?</translation>
    </message>
    <message>
        <source>Is the PCP ID still %1?</source>
        <translation>PCP ID puas tseem yog %1?</translation>
    </message>
    <message>
        <source>What PCP ID does the plan use for this doctor?</source>
        <translation>Lub phiaj xwm siv PCP ID dab tsi rau tus kws kho mob no?</translation>
    </message>
    <message>
        <source>Date called, and who you spoke with:</source>
        <translation>Hnub hu, thiab koj tau tham nrog leej twg:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Lus teb:</translation>
    </message>
    <message>
        <source>Health Care Options is the state’s Medi-Cal enrollment service. Tell them each person’s plan and PCP by phone or with the Choice Form in your enrollment packet.</source>
        <translation>Health Care Options yog lub xeev qhov kev pab sau npe Medi-Cal. Qhia rau lawv txog txhua tus neeg lub phiaj xwm thiab PCP hauv xov tooj los sis nrog Daim Ntawv Xaiv (Choice Form) hauv koj pob ntawv sau npe.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Xov tooj:</translation>
    </message>
    <message>
        <source>TTY:</source>
        <translation>TTY:</translation>
    </message>
    <message>
        <source>A family may choose one plan and PCP for everyone, or one for each person.</source>
        <translation>Ib tsev neeg xaiv tau ib lub phiaj xwm thiab ib tus PCP rau txhua tus, los sis ib qho rau txhua tus neeg.</translation>
    </message>
    <message>
        <source>A person who does not choose within the time stated in the enrollment packet is assigned a plan.</source>
        <translation>Tus neeg uas tsis xaiv hauv lub sij hawm teev hauv pob ntawv sau npe yuav raug muab ib lub phiaj xwm rau.</translation>
    </message>
    <message>
        <source>Doctors, offices and PCP IDs marked “sample, fictional” are made up to show how the app works: they are not real.</source>
        <translation>Cov kws kho mob, chaw kuaj mob thiab PCP ID uas sau tias “piv txwv, cuav” yog muab tsim los qhia seb daim app ua hauj lwm li cas: lawv tsis yog tiag.</translation>
    </message>
    <message>
        <source>Directories go out of date. Call each office to confirm it takes the plan and is taking new patients before you enroll.</source>
        <translation>Phau npe tsis hloov tshiab raws sij hawm. Hu rau txhua lub chaw kuaj mob kom paub tseeb tias nws txais lub phiaj xwm thiab txais neeg mob tshiab ua ntej koj sau npe.</translation>
    </message>
    <message>
        <source>not stated by its sources</source>
        <translation>nws qhov chaw los tsis tau hais</translation>
    </message>
    <message>
        <source>Directory data as of:</source>
        <translation>Ntaub ntawv phau npe txij li:</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>Cov ntaub ntawv no los qhov twg</translation>
    </message>
    <message>
        <source>%1 (%2), %3.</source>
        <translation>%1 (%2), %3.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Saib</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Qhov loj ntawv</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Ntawv loj dua</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Ntawv me dua</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Qhov loj ntawv li qub</translation>
    </message>
    <message>
        <source>Monday</source>
        <comment>day of the week</comment>
        <translation>Hnub Ib</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <comment>day of the week</comment>
        <translation>Hnub Ob</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <comment>day of the week</comment>
        <translation>Hnub Peb</translation>
    </message>
    <message>
        <source>Thursday</source>
        <comment>day of the week</comment>
        <translation>Hnub Plaub</translation>
    </message>
    <message>
        <source>Friday</source>
        <comment>day of the week</comment>
        <translation>Hnub Tsib</translation>
    </message>
    <message>
        <source>Saturday</source>
        <comment>day of the week</comment>
        <translation>Hnub Rau</translation>
    </message>
    <message>
        <source>Sunday</source>
        <comment>day of the week</comment>
        <translation>Hnub Xya</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 thiab %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 txog %2</translation>
    </message>
    <message>
        <source>parking</source>
        <translation>chaw nres tsheb</translation>
    </message>
    <message>
        <source>entrance</source>
        <translation>qhov rooj nkag</translation>
    </message>
    <message>
        <source>inside the building</source>
        <translation>sab hauv tsev</translation>
    </message>
    <message>
        <source>restroom</source>
        <translation>chav dej</translation>
    </message>
    <message>
        <source>exam room</source>
        <translation>chav kuaj mob</translation>
    </message>
    <message>
        <source>height-adjustable exam table and scale</source>
        <translation>txaj kuaj mob nce nqis tau thiab teev hnyav</translation>
    </message>
    <message>
        <source>Wheelchair access: %1</source>
        <translation>Mus tau rau lub rooj zaum muaj log: %1</translation>
    </message>
    <message>
        <source>%1 yes</source>
        <translation>%1 tau</translation>
    </message>
    <message>
        <source>%1 no</source>
        <translation>%1 tsis tau</translation>
    </message>
    <message>
        <source>not in this directory: call the office</source>
        <translation>tsis muaj nyob hauv phau npe no: hu rau lub chaw kuaj mob</translation>
    </message>
    <message>
        <source>Taking new patients</source>
        <translation>Txais neeg mob tshiab</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients</source>
        <translation>Tsis txais neeg mob tshiab: tsuas kho cov neeg mob qub xwb</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients, and their family</source>
        <translation>Tsis txais neeg mob tshiab: tsuas kho cov neeg mob qub thiab lawv tsev neeg xwb</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>Tsis txais neeg mob tshiab</translation>
    </message>
    <message>
        <source>New patients: not in this directory: call the office to ask</source>
        <translation>Neeg mob tshiab: tsis muaj nyob hauv phau npe no: hu rau lub chaw kuaj mob nug</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients in this plan. The plan may refuse or reassign the choice; call the doctor&apos;s office first to ask whether they will take you.</source>
        <translation>Tus kws kho mob no tsis txais neeg mob tshiab hauv lub phiaj xwm no. Lub phiaj xwm yuav tsis kam los sis muab lwm tus rau koj; hu rau tus kws kho mob lub chaw kuaj mob ua ntej nug seb lawv puas yuav txais koj.</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients: if you are one, say so when you call.</source>
        <translation>Phau npe hais tias lawv tsuas kho cov neeg uas twb yog lawv cov neeg mob lawm: yog koj yog ib tug, qhia li ntawd thaum koj hu.</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients, and those patients&apos; family: if that is you, say so when you call.</source>
        <translation>Phau npe hais tias lawv tsuas kho cov neeg uas twb yog lawv cov neeg mob lawm, thiab cov neeg mob ntawd tsev neeg: yog koj yog ib tug, qhia li ntawd thaum koj hu.</translation>
    </message>
    <message>
        <source>OB/GYN: every HMO member can see a participating OB/GYN without a referral or prior approval (California law). Your plan may require the OB/GYN to be in your medical group.</source>
        <translation>OB/GYN: txhua tus tswv cuab HMO mus ntsib tau ib tus OB/GYN uas koom nrog yam tsis tas muaj daim ntawv xa mus los sis kev pom zoo ua ntej (txoj cai California). Koj lub phiaj xwm yuav kom tus OB/GYN nyob hauv koj pab pawg kws kho mob.</translation>
    </message>
    <message>
        <source>inferred from distance, not published</source>
        <translation>kwv yees ntawm qhov deb, tsis tau tshaj tawm</translation>
    </message>
    <message>
        <source>Sample office near ZIP %1</source>
        <translation>Chaw kho mob piv txwv ze ZIP %1</translation>
    </message>
    <message>
        <source>%1 office</source>
        <translation>Chaw kho mob %1</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>chaw kuaj mob piv txwv, tsis yog chaw nyob tiag</translation>
    </message>
    <message>
        <source>fictional number</source>
        <translation>tus lej cuav</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>piv txwv cuav</translation>
    </message>
    <message>
        <source>The doctor directory was replaced or changed while HMO Desktop was open.</source>
        <translation>Phau npe kws kho mob raug hloov los sis kho thaum HMO Desktop qhib.</translation>
    </message>
    <message>
        <source>Close HMO Desktop and open it again; if you replaced the directory on purpose, it will be checked then.</source>
        <translation>Kaw HMO Desktop thiab qhib dua; yog koj txhob txwm hloov phau npe, nws yuav raug kuaj thaum ntawd.</translation>
    </message>
    <message>
        <source>Doctors shown are fictional samples. Plans and groups: public data, dated where marked. Always confirm with your plan.</source>
        <translation>Cov kws kho mob uas pom yog piv txwv cuav. Phiaj xwm thiab pab pawg: ntaub ntawv pej xeem, muaj hnub tim qhov twg sau. Ib txwm nug koj lub phiaj xwm kom paub tseeb.</translation>
    </message>
    <message>
        <source>Real doctors from public files, with fictional samples where those files have none (marked Sample). Always confirm with your plan.</source>
        <translation>Cov kws kho mob tiag los ntawm cov ntaub ntawv pej xeem, nrog cov piv txwv cuav qhov twg cov ntaub ntawv ntawd tsis muaj (sau tias Piv txwv). Ib txwm nug koj lub phiaj xwm kom paub tseeb.</translation>
    </message>
    <message>
        <source>Doctors come from public provider files; see About for sources and dates. Always confirm with your plan.</source>
        <translation>Cov kws kho mob los ntawm cov ntaub ntawv pej xeem txog cov neeg muab kev kho mob; saib Txog rau qhov chaw los thiab hnub tim. Ib txwm nug koj lub phiaj xwm kom paub tseeb.</translation>
    </message>
    <message>
        <source>This directory&apos;s newest data is from %1, more than a year ago. Plans and doctors may have changed: check with the plan before enrolling.</source>
        <translation>Phau npe no cov ntaub ntawv tshiab tshaj yog txij li %1, ntau tshaj ib xyoos dhau los. Phiaj xwm thiab kws kho mob tej zaum hloov lawm: nug lub phiaj xwm ua ntej sau npe.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Rho</translation>
    </message>
    <message>
        <source>Delete one digit</source>
        <translation>Rho ib tus lej</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Lwv</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>Lwv tag nrho cov lej</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Hom lus</translation>
    </message>
    <message>
        <source>%1 (no font on this computer shows it)</source>
        <translation>%1 (tsis muaj font hauv lub computer no uas qhia tau nws)</translation>
    </message>
    <message>
        <source>%1 could not be loaded; the language stays as it was.</source>
        <translation>Thauj tsis tau %1; hom lus tseem nyob li qub.</translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation>Lus piav tes Asmeskas (ASL)</translation>
    </message>
    <message>
        <source>Who is the doctor for?</source>
        <translation>Tus kws kho mob yog rau leej twg?</translation>
    </message>
    <message>
        <source>1 doctor found</source>
        <translation>Nrhiav tau 1 tus kws kho mob</translation>
    </message>
    <message>
        <source>1 doctor found, at %1 office listings</source>
        <translation>Nrhiav tau 1 tus kws kho mob, ntawm %1 lub chaw kuaj mob teev</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found</source>
        <translation>
            <numerusform>Nrhiav tau %Ln tus kws kho mob</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found, at %1 office listings</source>
        <translation>
            <numerusform>Nrhiav tau %Ln tus kws kho mob, ntawm %1 lub chaw kuaj mob teev</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>Xaiv ib lub phiaj xwm ua ntej: rov qab mus rau kauj ruam 1.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s age on the left (0 for a baby). The list then shows only doctors who see patients that age.</source>
        <translation>Sau tus neeg mob hnub nyoog rau sab laug (0 rau menyuam mos). Daim ntawv teev ces tsuas qhia cov kws kho mob uas kho neeg mob hnub nyoog ntawd.</translation>
    </message>
    <message>
        <source>a larger distance</source>
        <translation>qhov deb ntau dua</translation>
    </message>
    <message>
        <source>any language for the doctor</source>
        <translation>tus kws kho mob hais lus twg los tau</translation>
    </message>
    <message>
        <source>any language for the office staff</source>
        <translation>neeg ua hauj lwm hais lus twg los tau</translation>
    </message>
    <message>
        <source>any new-patient status</source>
        <translation>txais neeg mob tshiab los tsis txais los tau</translation>
    </message>
    <message>
        <source>any gender</source>
        <translation>poj niam los txiv neej los tau</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>tsev kho mob twg los tau</translation>
    </message>
    <message>
        <source>fewer accessibility needs</source>
        <translation>tsawg kev pab neeg xiam oob qhab dua</translation>
    </message>
    <message>
        <source>doctors without video visits</source>
        <translation>kws kho mob uas tsis muaj kev ntsib hauv video</translation>
    </message>
    <message>
        <source>any office hours</source>
        <translation>sij hawm qhib twg los tau</translation>
    </message>
    <message>
        <source>all groups in the plan</source>
        <translation>txhua pab pawg hauv lub phiaj xwm</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, so this plan has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>PACE yog rau cov neeg muaj 55 xyoo thiab laus dua, yog li lub phiaj xwm no tsis muaj kws kho mob rau tus neeg mob no. Rov qab mus rau kauj ruam 1 los xaiv lwm lub phiaj xwm.</translation>
    </message>
    <message>
        <source>This plan is for people %1 and older, so it has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>Lub phiaj xwm no yog rau cov neeg muaj %1 xyoo thiab laus dua, yog li nws tsis muaj kws kho mob rau tus neeg mob no. Rov qab mus rau kauj ruam 1 los xaiv lwm lub phiaj xwm.</translation>
    </message>
    <message>
        <source>No specialty is selected. Tick at least one of the specialties on the left.</source>
        <translation>Tsis tau xaiv kev kho mob tshwj xeeb. Kos tsawg kawg ib qho kev kho mob tshwj xeeb rau sab laug.</translation>
    </message>
    <message>
        <source>No doctor matches these filters. Press &quot;Clear filters&quot; to start over.</source>
        <translation>Tsis muaj kws kho mob phim cov lim no. Nias &quot;Lwv cov lim&quot; los pib dua.</translation>
    </message>
    <message>
        <source>No doctor matches every filter. Try %1: that shows 1 doctor.</source>
        <translation>Tsis muaj kws kho mob phim txhua tus lim. Sim %1: qhov ntawd qhia 1 tus kws kho mob.</translation>
    </message>
    <message numerus="yes">
        <source>No doctor matches every filter. Try %1: that shows %Ln doctors.</source>
        <translation>
            <numerusform>Tsis muaj kws kho mob phim txhua tus lim. Sim %1: qhov ntawd qhia %Ln tus kws kho mob.</numerusform>
        </translation>
    </message>
    <message>
        <source>whether they take new patients</source>
        <translation>seb lawv puas txais neeg mob tshiab</translation>
    </message>
    <message>
        <source>which languages the doctor speaks</source>
        <translation>tus kws kho mob hais lus dab tsi</translation>
    </message>
    <message>
        <source>which languages the office staff speak</source>
        <translation>cov neeg ua hauj lwm hauv chaw kuaj mob hais lus dab tsi</translation>
    </message>
    <message>
        <source>the doctor&apos;s gender</source>
        <translation>tus kws kho mob yog poj niam los txiv neej</translation>
    </message>
    <message>
        <source>the office&apos;s wheelchair access</source>
        <translation>lub chaw kuaj mob puas mus tau rau lub rooj zaum muaj log</translation>
    </message>
    <message>
        <source>whether they offer video visits</source>
        <translation>seb lawv puas muaj kev ntsib hauv video</translation>
    </message>
    <message>
        <source>the office&apos;s hours</source>
        <translation>lub chaw kuaj mob sij hawm qhib</translation>
    </message>
    <message>
        <source>1 more doctor is left out because the directory does not say %2.</source>
        <translation>Muaj 1 tus kws kho mob ntxiv raug tso tseg vim phau npe tsis qhia %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more doctors are left out because the directory does not say %1.</source>
        <translation>
            <numerusform>Muaj %Ln tus kws kho mob ntxiv raug tso tseg vim phau npe tsis qhia %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call their offices to ask.</source>
        <translation>Hu rau lawv lub chaw kuaj mob nug.</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>This doctor is not taking new patients</source>
        <translation>Tus kws kho mob no tsis txais neeg mob tshiab</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>Tsis txais neeg mob tshiab</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What choosing this doctor means</source>
        <translation>Xaiv tus kws kho mob no txhais li cas</translation>
    </message>
    <message>
        <source>Choose anyway</source>
        <translation>Xaiv txawm li cas los xij</translation>
    </message>
    <message>
        <source>Choose this doctor anyway</source>
        <translation>Xaiv tus kws kho mob no txawm li cas los xij</translation>
    </message>
    <message>
        <source>Pick another doctor</source>
        <translation>Xaiv lwm tus kws kho mob</translation>
    </message>
</context>
<context>
    <name>AreaBar</name>
    <message>
        <source>Your ZIP code</source>
        <translation>Koj tus lej ZIP</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Tus lej ZIP</translation>
    </message>
    <message>
        <source>Your county</source>
        <translation>Koj lub nroog</translation>
    </message>
    <message>
        <source>All of California</source>
        <translation>Tag nrho California</translation>
    </message>
    <message>
        <source>ZIP code message</source>
        <translation>Lus qhia txog tus lej ZIP</translation>
    </message>
    <message>
        <source>ZIP:</source>
        <translation>ZIP:</translation>
    </message>
    <message>
        <source>or county:</source>
        <translation>los sis lub nroog:</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code, or pick a county.</source>
        <translation>Sau tus lej ZIP 5 tus, los sis xaiv ib lub nroog.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole ZIP code. A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>&quot;%1&quot; tsis yog tus lej ZIP tiav. Tus lej ZIP muaj 5 tus, zoo li 94110 (los sis ZIP+4, zoo li 94110-1234).</translation>
    </message>
    <message>
        <source>%1, %2 County</source>
        <translation>%1, Lub Nroog %2</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code.</source>
        <translation>Sau tus lej ZIP 5 tus.</translation>
    </message>
    <message>
        <source>Type the ZIP code with the digits 0-9.</source>
        <translation>Sau tus lej ZIP nrog cov lej 0-9.</translation>
    </message>
    <message>
        <source>A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>Tus lej ZIP muaj 5 tus, zoo li 94110 (los sis ZIP+4, zoo li 94110-1234).</translation>
    </message>
    <message>
        <source>%1 is not a California ZIP code. HMO Desktop covers California plans; enter a California ZIP or pick a county.</source>
        <translation>%1 tsis yog tus lej ZIP California. HMO Desktop tsuas muaj cov phiaj xwm California; sau ib tus lej ZIP California los sis xaiv ib lub nroog.</translation>
    </message>
    <message>
        <source>ZIP %1 is not in our list of California ZIP codes (it may be a PO box or a new ZIP). Try a nearby ZIP or pick a county.</source>
        <translation>ZIP %1 tsis nyob hauv peb daim ntawv teev tus lej ZIP California (tej zaum nws yog PO box los sis ZIP tshiab). Sim ib tus ZIP ze ze los sis xaiv ib lub nroog.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm your PCP choice</source>
        <translation>Lees paub koj qhov xaiv PCP</translation>
    </message>
    <message>
        <source>Your PCP choice</source>
        <translation>Koj qhov xaiv PCP</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>tsis muaj nyob hauv phau npe no; hu rau lub phiaj xwm</translation>
    </message>
    <message>
        <source>practise the steps here; do not give a sample PCP ID to a plan.</source>
        <translation>xyaum cov kauj ruam ntawm no; tsis txhob muab PCP ID piv txwv cuav rau lub phiaj xwm.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Phiaj xwm</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Lub network</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Pab pawg kws kho mob</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>pab pawg piv txwv, cuav</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>Tus lej cim pab pawg</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Kws kho mob</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>kws kho mob piv txwv, cuav</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Kev kho mob tshwj xeeb</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>PCP ID</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it</source>
        <translation>tsis muaj nyob hauv phau npe no: lub phiaj xwm muab</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>ID piv txwv, cuav</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Neeg mob tshiab</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Chaw kuaj mob</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Xov tooj chaw kuaj mob</translation>
    </message>
    <message>
        <source>Medical group phone</source>
        <translation>Xov tooj pab pawg kws kho mob</translation>
    </message>
    <message>
        <source>Plan member services</source>
        <translation>Lub phiaj xwm Kev Pab Cuam Tswv Cuab</translation>
    </message>
    <message>
        <source>the number on your member ID card</source>
        <translation>tus lej ntawm koj daim npav ID tswv cuab</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>Tsis txais neeg mob tshiab</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office before you tell the plan: ask whether they will take you as a new patient in this plan. If they say no, choose another doctor.</source>
        <translation>Hu rau tus kws kho mob lub chaw kuaj mob ua ntej koj qhia lub phiaj xwm: nug seb lawv puas yuav txais koj ua neeg mob tshiab hauv lub phiaj xwm no. Yog lawv hais tias tsis tau, xaiv lwm tus kws kho mob.</translation>
    </message>
    <message>
        <source>Keep a backup choice: a doctor who is taking new patients, in case the plan refuses this choice or assigns you someone else.</source>
        <translation>Khaws ib qho lwm qhov xaiv: ib tus kws kho mob uas txais neeg mob tshiab, yog lub phiaj xwm tsis kam qhov xaiv no los sis muab lwm tus rau koj.</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office first: confirm they take your plan and are accepting new patients.</source>
        <translation>Hu rau tus kws kho mob lub chaw kuaj mob ua ntej: nug kom paub tseeb tias lawv txais koj lub phiaj xwm thiab txais neeg mob tshiab.</translation>
    </message>
    <message>
        <source>Tell your plan: call member services or use its website, and give the PCP ID above.</source>
        <translation>Qhia koj lub phiaj xwm: hu rau Kev Pab Cuam Tswv Cuab los sis siv nws lub website, thiab muab PCP ID saum toj no.</translation>
    </message>
    <message>
        <source>A PCP change usually takes effect on the first day of the next month.</source>
        <translation>Kev hloov PCP feem ntau pib siv rau thawj hnub ntawm lub hli tom ntej.</translation>
    </message>
    <message>
        <source>Your new ID card will show the doctor and the medical group.</source>
        <translation>Koj daim npav ID tshiab yuav qhia tus kws kho mob thiab pab pawg kws kho mob.</translation>
    </message>
    <message>
        <source>Networks change, so confirm with the plan.</source>
        <translation>Network hloov, yog li nug lub phiaj xwm kom paub tseeb.</translation>
    </message>
    <message>
        <source>Group list as of %1; networks change, so confirm with the plan.</source>
        <translation>Daim ntawv teev pab pawg txij li %1; network hloov, yog li nug lub phiaj xwm kom paub tseeb.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Yuav muaj dab tsi tom ntej</translation>
    </message>
    <message>
        <source>Summary of your choice</source>
        <translation>Ntawv qhia luv txog koj qhov xaiv</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kaw</translation>
    </message>
</context>
<context>
    <name>CrashScreen</name>
    <message>
        <source>Please ask staff</source>
        <translation>Thov nug neeg ua hauj lwm</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. What was entered has been cleared. A staff member can help you start again.</source>
        <translation>Muaj teeb meem tshwm sim sab hauv HMO Desktop. Yam koj sau raug lwv lawm. Ib tug neeg ua hauj lwm pab tau koj pib dua.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Pib dua</translation>
    </message>
</context>
<context>
    <name>DoctorProfileView</name>
    <message>
        <source>Doctor&apos;s profile</source>
        <translation>Kws kho mob daim ntawv qhia</translation>
    </message>
    <message>
        <source>Choose as my PCP</source>
        <translation>Xaiv ua kuv tus PCP</translation>
    </message>
    <message>
        <source>Add to household…</source>
        <translation>Ntxiv rau tsev neeg…</translation>
    </message>
    <message>
        <source>Add this doctor to a member of the household</source>
        <translation>Ntxiv tus kws kho mob no rau ib tug neeg hauv tsev</translation>
    </message>
    <message>
        <source>Choose a plan that includes this doctor first.</source>
        <translation>Xaiv ib lub phiaj xwm uas muaj tus kws kho mob no ua ntej.</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients: you will be asked first.</source>
        <translation>Tus kws kho mob no tsis txais neeg mob tshiab: yuav nug koj ua ntej.</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>ntaub ntawv pej xeem</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>ntaub ntawv pej xeem, tej zaum tsis hloov tshiab</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>daim app no kwv yees</translation>
    </message>
    <message>
        <source>fictional sample made by this app</source>
        <translation>piv txwv cuav uas daim app no tsim</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Poj niam</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Txiv neej</translation>
    </message>
    <message>
        <source>Board certification: %1</source>
        <translation>Daim ntawv pov thawj kws tshwj xeeb: %1</translation>
    </message>
    <message>
        <source>Board certified</source>
        <translation>Muaj daim ntawv pov thawj kws tshwj xeeb</translation>
    </message>
    <message>
        <source>Board certified: %1</source>
        <translation>Muaj daim ntawv pov thawj kws tshwj xeeb: %1</translation>
    </message>
    <message>
        <source>Not board certified</source>
        <translation>Tsis muaj daim ntawv pov thawj kws tshwj xeeb</translation>
    </message>
    <message>
        <source>Sample ID</source>
        <translation>ID piv txwv</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>kws kho mob piv txwv, cuav</translation>
    </message>
    <message>
        <source>fictional; not an NPI</source>
        <translation>cuav; tsis yog NPI</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>tsis muaj nyob hauv phau npe no</translation>
    </message>
    <message>
        <source>Languages the doctor speaks</source>
        <translation>Lus kws kho mob hais</translation>
    </message>
    <message>
        <source>ages %1 to %2</source>
        <translation>hnub nyoog %1 txog %2</translation>
    </message>
    <message>
        <source>ages %1 and up</source>
        <translation>hnub nyoog %1 thiab laus dua</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>piv txwv cuav</translation>
    </message>
    <message>
        <source>Ages seen</source>
        <translation>Hnub nyoog uas kho</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Tsev kho mob</translation>
    </message>
    <message>
        <source>none in this directory; ask the medical group which it uses.</source>
        <translation>tsis muaj nyob hauv phau npe no; nug pab pawg kws kho mob tias nws siv tsev kho mob twg.</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>tsis muaj nyob hauv phau npe no; hu rau lub phiaj xwm</translation>
    </message>
    <message>
        <source>sample office, fictional</source>
        <translation>chaw kuaj mob piv txwv, cuav</translation>
    </message>
    <message>
        <source>Address not in this directory; call the plan</source>
        <translation>Chaw nyob tsis muaj nyob hauv phau npe no; hu rau lub phiaj xwm</translation>
    </message>
    <message>
        <source>not in this directory; call the office</source>
        <translation>tsis muaj nyob hauv phau npe no; hu rau lub chaw kuaj mob</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Xov tooj</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Sij hawm qhib</translation>
    </message>
    <message>
        <source>Office staff speak</source>
        <translation>Lus neeg ua hauj lwm hauv chaw kuaj mob hais</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>pab pawg piv txwv, cuav</translation>
    </message>
    <message>
        <source>group code</source>
        <translation>tus lej cim pab pawg</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>ID piv txwv, cuav</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>PCP ID</translation>
    </message>
    <message>
        <source>PCP ID: not in this directory: the plan gives it when you enroll</source>
        <translation>PCP ID: tsis muaj nyob hauv phau npe no: lub phiaj xwm muab thaum koj sau npe</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this group</source>
        <translation>Tsis muaj network HMO twg hauv phau npe no teev pab pawg no</translation>
    </message>
    <message>
        <source>the plan lists this group; the doctor&apos;s practice was matched to it by name</source>
        <translation>lub phiaj xwm teev pab pawg no; tus kws kho mob lub chaw kuaj mob raug muab txuas rau nws raws lub npe</translation>
    </message>
    <message>
        <source>video visits</source>
        <translation>kev ntsib hauv video</translation>
    </message>
    <message>
        <source>not in this directory; ask the group or the plan</source>
        <translation>tsis muaj nyob hauv phau npe no; nug pab pawg los sis lub phiaj xwm</translation>
    </message>
    <message>
        <source>Group phone</source>
        <translation>Xov tooj pab pawg</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>Xov tooj tom qab moos ua hauj lwm</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>Txoj cai xa mus</translation>
    </message>
    <message>
        <source>this doctor is generated sample data, not a real person.</source>
        <translation>tus kws kho mob no yog ntaub ntawv piv txwv cuav, tsis yog neeg tiag.</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>chaw kuaj mob piv txwv, tsis yog chaw nyob tiag</translation>
    </message>
    <message>
        <source>In your plan</source>
        <translation>Nyob hauv koj lub phiaj xwm</translation>
    </message>
    <message>
        <source>This doctor is not in this plan.</source>
        <translation>Tus kws kho mob no tsis nyob hauv lub phiaj xwm no.</translation>
    </message>
    <message>
        <source>If you change plans and want to keep this doctor, these plans include them</source>
        <translation>Yog koj hloov phiaj xwm thiab xav khaws tus kws kho mob no, cov phiaj xwm no muaj nws</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group. Ask the doctor&apos;s office which HMO plans they take, then check with the plan.</source>
        <translation>Tsis muaj network HMO twg hauv phau npe no teev tus kws kho mob no pab pawg. Nug tus kws kho mob lub chaw kuaj mob seb lawv txais phiaj xwm HMO twg, ces nug lub phiaj xwm kom paub tseeb.</translation>
    </message>
    <message>
        <source>Not in an HMO network here</source>
        <translation>Tsis nyob hauv ib lub network HMO ntawm no</translation>
    </message>
</context>
<context>
    <name>FindDoctorDialog</name>
    <message>
        <source>Find my current doctor</source>
        <translation>Nrhiav kuv tus kws kho mob tam sim no</translation>
    </message>
    <message>
        <source>Doctor&apos;s name</source>
        <translation>Kws kho mob lub npe</translation>
    </message>
    <message>
        <source>Type the doctor&apos;s name, e.g. Nguyen or José</source>
        <translation>Sau tus kws kho mob lub npe, piv txwv li Nguyen los sis José</translation>
    </message>
    <message>
        <source>Only doctors with an office in my county</source>
        <translation>Tsuas yog kws kho mob uas muaj chaw kuaj mob hauv kuv lub nroog</translation>
    </message>
    <message>
        <source>Only doctors near me (choose a ZIP or county first)</source>
        <translation>Tsuas yog kws kho mob ze kuv (xaiv ZIP los sis lub nroog ua ntej)</translation>
    </message>
    <message>
        <source>Only doctors with an office in %1 County</source>
        <translation>Tsuas yog kws kho mob uas muaj chaw kuaj mob hauv Lub Nroog %1</translation>
    </message>
    <message>
        <source>Doctors found</source>
        <translation>Cov kws kho mob nrhiav tau</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more offices</source>
        <translation>
            <numerusform>thiab %Ln lub chaw kuaj mob ntxiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more medical groups</source>
        <translation>
            <numerusform>thiab %Ln pab pawg kws kho mob ntxiv</numerusform>
        </translation>
    </message>
    <message>
        <source>Start typing a first or last name.</source>
        <translation>Pib sau lub npe los sis lub xeem.</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Lus qhia nrhiav</translation>
    </message>
    <message>
        <source>Open the doctor&apos;s profile</source>
        <translation>Qhib tus kws kho mob daim ntawv qhia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Tso tseg</translation>
    </message>
    <message>
        <source>No office listed</source>
        <translation>Tsis muaj chaw kuaj mob teev</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group</source>
        <translation>Tsis muaj network HMO twg hauv phau npe no teev tus kws kho mob no pab pawg</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Nyob hauv %1</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>Tsis nyob hauv %1</translation>
    </message>
    <message>
        <source>and 1 more office</source>
        <translation>thiab 1 lub chaw kuaj mob ntxiv</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found. Press Enter to open the first.</source>
        <translation>
            <numerusform>Nrhiav tau %Ln tus kws kho mob. Nias Enter los qhib thawj tus.</numerusform>
        </translation>
    </message>
    <message>
        <source>and 1 more medical group</source>
        <translation>thiab 1 pab pawg kws kho mob ntxiv</translation>
    </message>
    <message>
        <source>No doctor&apos;s name starts with &quot;%1&quot;. Check the spelling or type less.</source>
        <translation>Tsis muaj kws kho mob lub npe pib nrog &quot;%1&quot;. Kuaj tus sau los sis sau tsawg dua.</translation>
    </message>
    <message>
        <source>No doctor with an office in %2 County has a name that starts with &quot;%1&quot;. Check the spelling, type less, or clear the box above to search all of California.</source>
        <translation>Tsis muaj kws kho mob uas muaj chaw kuaj mob hauv Lub Nroog %2 lub npe pib nrog &quot;%1&quot;. Kuaj tus sau, sau tsawg dua, los sis lwv lub npov saum toj no kom nrhiav thoob plaws California.</translation>
    </message>
    <message>
        <source>1 doctor found. Press Enter to open the profile.</source>
        <translation>Nrhiav tau 1 tus kws kho mob. Nias Enter los qhib daim ntawv qhia.</translation>
    </message>
    <message>
        <source>Only the first %1 are listed: type more of the name.</source>
        <translation>Tsuas teev thawj %1 tus xwb: sau lub npe ntxiv.</translation>
    </message>
    <message>
        <source>Choose a plan to see whether each doctor is in it.</source>
        <translation>Xaiv ib lub phiaj xwm los saib seb txhua tus kws kho mob puas nyob hauv.</translation>
    </message>
</context>
<context>
    <name>GroupBrowser</name>
    <message>
        <source>Choose a medical group</source>
        <translation>Xaiv ib pab pawg kws kho mob</translation>
    </message>
    <message>
        <source>Search groups by name</source>
        <translation>Nrhiav pab pawg raws lub npe</translation>
    </message>
    <message>
        <source>Type a group name</source>
        <translation>Sau ib pab pawg lub npe</translation>
    </message>
    <message>
        <source>Sort groups by</source>
        <translation>Teev pab pawg raws</translation>
    </message>
    <message>
        <source>Nearest first, then by county</source>
        <translation>Ze tshaj ua ntej, ces raws lub nroog</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Lub npe</translation>
    </message>
    <message>
        <source>Most accepting new patients</source>
        <translation>Txais neeg mob tshiab ntau tshaj</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Pab pawg kws kho mob</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Qhov twg</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Qhab nia</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Tsev kho mob</translation>
    </message>
    <message>
        <source>Medical groups</source>
        <translation>Pab pawg kws kho mob</translation>
    </message>
    <message>
        <source>What choosing this group means</source>
        <translation>Xaiv pab pawg no txhais li cas</translation>
    </message>
    <message>
        <source>No groups message</source>
        <translation>Lus qhia tsis muaj pab pawg</translation>
    </message>
    <message>
        <source>Choose this group</source>
        <translation>Xaiv pab pawg no</translation>
    </message>
    <message>
        <source>Skip: search doctors in the whole plan</source>
        <translation>Hla: nrhiav kws kho mob hauv tag nrho lub phiaj xwm</translation>
    </message>
    <message>
        <source>Skip choosing a group</source>
        <translation>Hla kev xaiv pab pawg</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Teev raws:</translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>Xaiv ib lub phiaj xwm ua ntej: rov qab mus rau kauj ruam 1.</translation>
    </message>
    <message>
        <source>Your care team in %1</source>
        <translation>Koj pab neeg saib xyuas hauv %1</translation>
    </message>
    <message>
        <source>Choose a medical group in %1</source>
        <translation>Xaiv ib pab pawg kws kho mob hauv %1</translation>
    </message>
    <message>
        <source>Choose this care team</source>
        <translation>Xaiv pab neeg saib xyuas no</translation>
    </message>
    <message>
        <source>Continue to doctors</source>
        <translation>Mus ntxiv rau kws kho mob</translation>
    </message>
    <message>
        <source>Groups anywhere in California (choose a ZIP code or county above)</source>
        <translation>Pab pawg txhua qhov chaw hauv California (xaiv tus lej ZIP los sis lub nroog saum toj no)</translation>
    </message>
    <message>
        <source>Groups the plan lists in %1 County</source>
        <translation>Pab pawg uas lub phiaj xwm teev hauv Lub Nroog %1</translation>
    </message>
    <message>
        <source>This plan lists no medical groups here in the offline directory. Use &quot;Skip&quot; to search its doctors directly, or call the plan.</source>
        <translation>Lub phiaj xwm no tsis teev pab pawg kws kho mob ntawm no hauv phau npe tsis muaj internet. Siv &quot;Hla&quot; los nrhiav nws cov kws kho mob ncaj qha, los sis hu rau lub phiaj xwm.</translation>
    </message>
    <message>
        <source>No group name matches your search. Clear the search to see the group.</source>
        <translation>Tsis muaj pab pawg lub npe phim koj qhov nrhiav. Lwv qhov nrhiav kom pom pab pawg.</translation>
    </message>
    <message numerus="yes">
        <source>No group name matches your search. Clear the search to see all %Ln groups.</source>
        <translation>
            <numerusform>Tsis muaj pab pawg lub npe phim koj qhov nrhiav. Lwv qhov nrhiav kom pom tag nrho %Ln pab pawg.</numerusform>
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
        <translation>HMO (Health Maintenance Organization) yog ib hom phiaj xwm kho mob. Koj xaiv ib tus kws kho mob thawj zaug (PCP) los saib xyuas koj kev kho mob. Tsuas yog thaum muaj xwm txheej ceev, koj siv cov kws kho mob, tsev kho mob thiab kws kho mob tshwj xeeb ntawm koj tus PCP pab pawg kws kho mob, thiab koj yuav tsum muaj daim ntawv xa mus thiaj mus ntsib tau kws kho mob tshwj xeeb (tab sis tsis tas rau OB/GYN uas koom nrog).</translation>
    </message>
    <message>
        <source>Medical group / IPA</source>
        <translation>Pab pawg kws kho mob / IPA</translation>
    </message>
    <message>
        <source>A group of doctors that contracts with HMO plans. An IPA (Independent Physician Association) is a network of doctors in their own offices. Your PCP&apos;s group decides referrals, which specialists you see and which hospital you use.</source>
        <translation>Ib pab pawg kws kho mob uas cog lus nrog cov phiaj xwm HMO. IPA (Independent Physician Association, koom haum kws kho mob ywj pheej) yog ib lub network kws kho mob uas nyob hauv lawv tus kheej lub chaw kuaj mob. Koj tus PCP pab pawg txiav txim txog kev xa mus, koj mus ntsib kws kho mob tshwj xeeb twg thiab koj siv tsev kho mob twg.</translation>
    </message>
    <message>
        <source>Primary care physician (PCP)</source>
        <translation>Kws kho mob thawj zaug (PCP)</translation>
    </message>
    <message>
        <source>Your main doctor: check-ups, everyday illness, prescriptions and referrals.</source>
        <translation>Koj tus kws kho mob tseem ceeb: kev kuaj xyuas, mob ib txwm, tshuaj thiab kev xa mus.</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Kws kho mob tshwj xeeb</translation>
    </message>
    <message>
        <source>A doctor for one area of medicine, such as heart or skin. In an HMO you usually need a referral from your PCP first.</source>
        <translation>Ib tus kws kho mob rau ib yam kev kho mob, xws li plawv los sis tawv nqaij. Hauv HMO feem ntau koj yuav tsum muaj daim ntawv xa mus los ntawm koj tus PCP ua ntej.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Daim ntawv xa mus</translation>
    </message>
    <message>
        <source>Your PCP&apos;s request, approved by the medical group, for you to see a specialist or get a service. You do not need one to see a participating OB/GYN.</source>
        <translation>Koj tus PCP qhov kev thov, uas pab pawg kws kho mob pom zoo, kom koj mus ntsib kws kho mob tshwj xeeb los sis tau txais ib qho kev pab. Koj tsis tas muaj rau kev mus ntsib OB/GYN uas koom nrog.</translation>
    </message>
    <message>
        <source>The four primary care specialties</source>
        <translation>Plaub hom kev kho mob thawj zaug</translation>
    </message>
    <message>
        <source>Family medicine (all ages), internal medicine (adults), pediatrics (children and teens), and OB/GYN (women&apos;s health; some plans let an OB/GYN be your PCP). In California every HMO member can see a participating OB/GYN without a referral or prior approval; your plan may require the OB/GYN to be in your medical group.</source>
        <translation>Kev kho mob tsev neeg (txhua lub hnub nyoog), kev kho mob neeg laus (cov neeg laus), kev kho mob menyuam yaus (menyuam yaus thiab cov hluas), thiab OB/GYN (kev noj qab haus huv ntawm poj niam; qee lub phiaj xwm cia OB/GYN ua koj tus PCP). Hauv California txhua tus tswv cuab HMO mus ntsib tau ib tus OB/GYN uas koom nrog yam tsis tas muaj daim ntawv xa mus los sis kev pom zoo ua ntej; koj lub phiaj xwm yuav kom tus OB/GYN nyob hauv koj pab pawg kws kho mob.</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>Txais neeg mob tshiab</translation>
    </message>
    <message>
        <source>The doctor takes new patients in this plan. &quot;Existing patients only&quot; means the doctor is not taking new patients: only people already seen there; &quot;Existing patients and their family&quot; adds those patients&apos; relatives. If you choose a doctor who is not taking new patients, the plan may refuse the choice or give you another doctor, so call the office first. Always call the office to confirm: lists change often.</source>
        <translation>Tus kws kho mob txais neeg mob tshiab hauv lub phiaj xwm no. &quot;Tsuas yog neeg mob qub xwb&quot; txhais tias tus kws kho mob tsis txais neeg mob tshiab: tsuas kho cov neeg uas twb tuaj kho nyob ntawd lawm xwb; &quot;Tsuas yog neeg mob qub thiab lawv tsev neeg&quot; ntxiv cov neeg mob ntawd cov txheeb ze. Yog koj xaiv ib tus kws kho mob uas tsis txais neeg mob tshiab, lub phiaj xwm yuav tsis kam los sis muab lwm tus kws kho mob rau koj, yog li hu rau lub chaw kuaj mob ua ntej. Ib txwm hu rau lub chaw kuaj mob kom paub tseeb: cov npe hloov ntau zaus.</translation>
    </message>
    <message>
        <source>Sample doctors</source>
        <translation>Kws kho mob piv txwv</translation>
    </message>
    <message>
        <source>No public file lists California doctors with their groups, so the doctors in this directory are fictional samples, marked &quot;Sample doctor (fictional)&quot;, and so are their offices and phone numbers. Plans, the names of medical groups, hospitals and ZIP codes come from public data, with their dates. A hospital marked &quot;inferred&quot; is one near the offices, not one the doctor or group published; anything marked &quot;sample&quot; or &quot;fictional&quot; is made up.</source>
        <translation>Tsis muaj ntaub ntawv pej xeem twg teev cov kws kho mob California nrog lawv cov pab pawg, yog li cov kws kho mob hauv phau npe no yog piv txwv cuav, sau tias &quot;Kws kho mob piv txwv (cuav, tsis yog neeg tiag)&quot;, thiab lawv cov chaw kuaj mob thiab cov xov tooj los kuj yog li ntawd. Cov phiaj xwm, cov npe ntawm pab pawg kws kho mob, tsev kho mob thiab tus lej ZIP los ntawm cov ntaub ntawv pej xeem, nrog lawv hnub tim. Lub tsev kho mob uas sau tias &quot;kwv yees&quot; yog ib lub nyob ze cov chaw kuaj mob, tsis yog ib lub uas tus kws kho mob los sis pab pawg tau tshaj tawm; txhua yam uas sau tias &quot;piv txwv&quot; los sis &quot;cuav&quot; yog muab tsim xwb.</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>Kev pab thiab cov lus txhais</translation>
    </message>
    <message>
        <source>Help: words you will see</source>
        <translation>Kev pab: cov lus koj yuav pom</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Cov lus txhais</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Kaw kev pab</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Koj tseem nyob ntawd los?</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Vib nas this tseem tshuav</translation>
    </message>
    <message>
        <source>When the count reaches 0, everything on this screen is cleared for the next person. Touch anywhere or press any key for more time.</source>
        <translation>Thaum suav txog 0, txhua yam ntawm lub vijtsam no yuav raug lwv rau tus neeg tom ntej. Kov qhov twg los tau los sis nias ib tus yuam sij twg los tau kom tau sij hawm ntxiv.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Kuv xav tau sij hawm ntxiv</translation>
    </message>
    <message>
        <source>I&apos;m finished</source>
        <translation>Kuv ua tiav lawm</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything now</source>
        <translation>Kuv ua tiav lawm: lwv txhua yam tam sim no</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>I&apos;m finished</source>
        <translation>Kuv ua tiav lawm</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything for the next person</source>
        <translation>Kuv ua tiav lawm: lwv txhua yam rau tus neeg tom ntej</translation>
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
        <translation>HMO Desktop: xaiv koj tus kws kho mob thawj zaug</translation>
    </message>
    <message>
        <source>%1 does not serve this area: choose a plan again.</source>
        <translation>%1 tsis pab cheeb tsam no: xaiv phiaj xwm dua.</translation>
    </message>
    <message>
        <source>%1 is not listed here: choose a medical group again.</source>
        <translation>%1 tsis muaj teev ntawm no: xaiv pab pawg kws kho mob dua.</translation>
    </message>
</context>
<context>
    <name>PcpChooser</name>
    <message>
        <source>Choose your primary care doctor</source>
        <translation>Xaiv koj tus kws kho mob thawj zaug</translation>
    </message>
    <message>
        <source>Where you are searching</source>
        <translation>Qhov chaw koj nrhiav</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>Kws kho mob</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Zais cov lim</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Cov lim</translation>
    </message>
    <message>
        <source>Number of doctors found</source>
        <translation>Tus naj npawb kws kho mob nrhiav tau</translation>
    </message>
    <message>
        <source>No doctors message</source>
        <translation>Lus qhia tsis muaj kws kho mob</translation>
    </message>
    <message>
        <source>Doctors left out for facts not in this directory</source>
        <translation>Cov kws kho mob raug tso tseg vim cov ntaub ntawv tsis muaj nyob hauv phau npe no</translation>
    </message>
    <message>
        <source>See doctor&apos;s profile</source>
        <translation>Saib kws kho mob daim ntawv qhia</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Qhia cov lim</translation>
    </message>
    <message>
        <source>About the selected doctor</source>
        <translation>Txog tus kws kho mob uas xaiv lawm</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>all medical groups in the plan</source>
        <translation>txhua pab pawg kws kho mob hauv lub phiaj xwm</translation>
    </message>
    <message>
        <source>offices in %1 County, nearest to %2</source>
        <translation>chaw kuaj mob hauv Lub Nroog %1, ze %2 tshaj ua ntej</translation>
    </message>
    <message>
        <source>offices in %1 County</source>
        <translation>chaw kuaj mob hauv Lub Nroog %1</translation>
    </message>
    <message>
        <source>offices anywhere in California</source>
        <translation>chaw kuaj mob txhua qhov chaw hauv California</translation>
    </message>
</context>
<context>
    <name>PcpFilterPanel</name>
    <message>
        <source>Who is the doctor for?</source>
        <translation>Tus kws kho mob yog rau leej twg?</translation>
    </message>
    <message>
        <source>Patient&apos;s age</source>
        <translation>Tus neeg mob hnub nyoog</translation>
    </message>
    <message>
        <source>Enter age</source>
        <translation>Sau hnub nyoog</translation>
    </message>
    <message>
        <source>Type the age of the person who needs the doctor; babies are 0</source>
        <translation>Sau hnub nyoog ntawm tus neeg uas xav tau kws kho mob; menyuam mos yog 0</translation>
    </message>
    <message>
        <source>Patient&apos;s sex (optional)</source>
        <translation>Tus neeg mob poj niam txiv neej (yog xav qhia)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Tsis qhia</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Poj niam</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Txiv neej</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Hnub nyoog:</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>Poj niam txiv neej (yog xav qhia):</translation>
    </message>
    <message>
        <source>Primary care specialties</source>
        <translation>Kev kho mob thawj zaug</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Neeg mob tshiab</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Txhua yam</translation>
    </message>
    <message>
        <source>Accepting new patients, or call to ask</source>
        <translation>Txais neeg mob tshiab, los sis hu nug</translation>
    </message>
    <message>
        <source>Not in this directory: call to ask</source>
        <translation>Tsis muaj nyob hauv phau npe no: hu nug</translation>
    </message>
    <message>
        <source>Language the doctor speaks</source>
        <translation>Lus kws kho mob hais</translation>
    </message>
    <message>
        <source>Language the office staff speak</source>
        <translation>Lus neeg ua hauj lwm hais</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Txhua hom lus</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender</source>
        <translation>Kws kho mob poj niam txiv neej</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Txhua yam</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Poj niam</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Txiv neej</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Qhov deb</translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>Txhua qhov deb</translation>
    </message>
    <message>
        <source>Within %1 miles</source>
        <translation>Tsis pub dhau %1 mi</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Tsev kho mob</translation>
    </message>
    <message>
        <source>Any hospital</source>
        <translation>Txhua lub tsev kho mob</translation>
    </message>
    <message>
        <source>Offers video visits</source>
        <translation>Muaj kev ntsib hauv video</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>Sij hawm yav tsaus ntuj</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>Sij hawm Hnub Rau</translation>
    </message>
    <message>
        <source>Wheelchair accessible office</source>
        <translation>Chaw kuaj mob mus tau rau lub rooj zaum muaj log</translation>
    </message>
    <message>
        <source>Parking, entrance, inside, restroom, exam room and exam table all accessible</source>
        <translation>Chaw nres tsheb, qhov rooj nkag, sab hauv, chav dej, chav kuaj mob thiab txaj kuaj mob puavleej rau neeg xiam oob qhab</translation>
    </message>
    <message>
        <source>Sort doctors by</source>
        <translation>Teev kws kho mob raws</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>Ze tshaj ua ntej</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Lub npe</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Lwv cov lim</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>Neeg mob tshiab:</translation>
    </message>
    <message>
        <source>Doctor speaks:</source>
        <translation>Kws kho mob hais:</translation>
    </message>
    <message>
        <source>Staff speak:</source>
        <translation>Neeg ua hauj lwm hais:</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender:</source>
        <translation>Kws kho mob poj niam txiv neej:</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Qhov deb:</translation>
    </message>
    <message>
        <source>Hospital:</source>
        <translation>Tsev kho mob:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Teev raws:</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (kwv yees)</translation>
    </message>
</context>
<context>
    <name>PlanNotListedDialog</name>
    <message>
        <source>My plan is not listed</source>
        <translation>Kuv lub phiaj xwm tsis muaj teev</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Yuav ua li cas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kaw</translation>
    </message>
</context>
<context>
    <name>PlanPicker</name>
    <message>
        <source>Choose your health plan</source>
        <translation>Xaiv koj lub phiaj xwm kho mob</translation>
    </message>
    <message>
        <source>These HMO plans serve your area. Pick the one on your member ID card, or the one you are enrolling in.</source>
        <translation>Cov phiaj xwm HMO no pab koj cheeb tsam. Xaiv lub uas nyob ntawm koj daim npav ID tswv cuab, los sis lub uas koj tab tom sau npe.</translation>
    </message>
    <message>
        <source>What is an HMO?</source>
        <translation>HMO yog dab tsi?</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Phiaj xwm</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Tuam txhab pov hwm</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Lub network</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>Kev Pab Cuam Tswv Cuab</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Ntaub ntawv txij li</translation>
    </message>
    <message>
        <source>Health plans in your area</source>
        <translation>Cov phiaj xwm kho mob hauv koj cheeb tsam</translation>
    </message>
    <message>
        <source>About the selected plan</source>
        <translation>Txog lub phiaj xwm uas xaiv</translation>
    </message>
    <message>
        <source>My plan is not listed</source>
        <translation>Kuv lub phiaj xwm tsis muaj teev</translation>
    </message>
    <message>
        <source>My plan is not listed: what to do</source>
        <translation>Kuv lub phiaj xwm tsis muaj teev: yuav ua li cas</translation>
    </message>
    <message>
        <source>Continue with this plan</source>
        <translation>Mus ntxiv nrog lub phiaj xwm no</translation>
    </message>
    <message>
        <source>No plans message</source>
        <translation>Lus qhia tsis muaj phiaj xwm</translation>
    </message>
    <message>
        <source>Opening the doctor directory...</source>
        <translation>Tab tom qhib phau npe kws kho mob...</translation>
    </message>
    <message>
        <source>See your member ID card</source>
        <translation>Saib koj daim npav ID tswv cuab</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>Lub Nroog %1</translation>
    </message>
    <message>
        <source>California</source>
        <translation>California</translation>
    </message>
    <message>
        <source>Choose your health plan in %1</source>
        <translation>Xaiv koj lub phiaj xwm kho mob hauv %1</translation>
    </message>
    <message>
        <source>ZIP %1 (%2)</source>
        <translation>ZIP %1 (%2)</translation>
    </message>
    <message>
        <source>No plan in this directory serves %1: it has only the plans in public files, and none of them lists this area. Check the ZIP code or pick another county. If you already have a plan, press &quot;My plan is not listed&quot; to see how to find its doctors.</source>
        <translation>Tsis muaj phiaj xwm hauv phau npe no pab %1: nws tsuas muaj cov phiaj xwm hauv cov ntaub ntawv pej xeem, thiab tsis muaj ib qho teev cheeb tsam no. Kuaj tus lej ZIP los sis xaiv lwm lub nroog. Yog koj twb muaj phiaj xwm lawm, nias &quot;Kuv lub phiaj xwm tsis muaj teev&quot; los saib yuav nrhiav nws cov kws kho mob li cas.</translation>
    </message>
    <message>
        <source>Select your plan to see what it covers.</source>
        <translation>Xaiv koj lub phiaj xwm los saib nws them dab tsi.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Zoo lawm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Tso tseg</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kaw</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Muab pov tseg</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Khaws cia</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Qhib</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find a primary care doctor</source>
        <translation>Nrhiav ib tus kws kho mob thawj zaug</translation>
    </message>
    <message>
        <source>Choose your language, type your ZIP code if you like, then press Start. When you are done, press “I&apos;m finished”: everything you entered is cleared for the next person.</source>
        <translation>Xaiv koj hom lus, sau koj tus lej ZIP yog koj xav, ces nias Pib. Thaum koj ua tiav, nias “Kuv ua tiav lawm”: txhua yam koj sau yuav raug lwv rau tus neeg tom ntej.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Hom lus</translation>
    </message>
    <message>
        <source>Your ZIP code (optional)</source>
        <translation>Koj tus lej ZIP (yog xav sau)</translation>
    </message>
    <message>
        <source>Five digits, to list doctors near you.</source>
        <translation>Tsib tus lej, los teev cov kws kho mob ze koj.</translation>
    </message>
    <message>
        <source>Your ZIP code</source>
        <translation>Koj tus lej ZIP</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Tus lej ZIP</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Pib</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Neeg ua hauj lwm</translation>
    </message>
    <message>
        <source>Staff only: enter the staff PIN</source>
        <translation>Neeg ua hauj lwm xwb: sau PIN neeg ua hauj lwm</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Find my current doctor</source>
        <translation>Nrhiav kuv tus kws kho mob tam sim no</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Kev pab</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>Kev pab thiab cov lus txhais</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Txog</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data</source>
        <translation>Txog HMO Desktop thiab nws cov ntaub ntawv</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Pib dua tshiab</translation>
    </message>
    <message>
        <source>Start over with a new member (also Ctrl+N)</source>
        <translation>Pib dua tshiab nrog ib tug neeg tshiab (kuj yog Ctrl+N)</translation>
    </message>
    <message>
        <source>Forget this member&apos;s ZIP, plan, group, doctor, filters and searches</source>
        <translation>Tso tseg tus neeg no tus lej ZIP, phiaj xwm, pab pawg, kws kho mob, cov lim thiab cov kev nrhiav</translation>
    </message>
</context>
</TS>
