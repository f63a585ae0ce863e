<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<context>
    <name></name>
    <message>
        <source>%1, age %2</source>
        <translation>%1, edad %2</translation>
    </message>
    <message>
        <source>Next step for Medi-Cal: Health Care Options</source>
        <translation>Susunod na hakbang para sa Medi-Cal: Health Care Options</translation>
    </message>
    <message>
        <source>Before you enroll</source>
        <translation>Bago ka magpatala</translation>
    </message>
    <message>
        <source>PCP ID:</source>
        <translation>ID ng PCP:</translation>
    </message>
    <message>
        <source>Family medicine</source>
        <translation>Family medicine (pampamilya)</translation>
    </message>
    <message>
        <source>Internal medicine</source>
        <translation>Internal medicine (panloob na medisina)</translation>
    </message>
    <message>
        <source>Pediatrics</source>
        <translation>Pediatrics (pambata)</translation>
    </message>
    <message>
        <source>OB/GYN</source>
        <translation>OB/GYN (pangkababaihan)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Pampamilya</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Panloob</translation>
    </message>
    <message>
        <source>All ages, children to seniors; often the whole family.</source>
        <translation>Lahat ng edad, mula bata hanggang nakatatanda; kadalasan ang buong pamilya.</translation>
    </message>
    <message>
        <source>Adults only: prevention and long-term conditions.</source>
        <translation>Matatanda lang: pag-iwas sa sakit at pangmatagalang kondisyon.</translation>
    </message>
    <message>
        <source>Babies, children and teens (up to 18 or 21).</source>
        <translation>Mga sanggol, bata at tinedyer (hanggang 18 o 21 taong gulang).</translation>
    </message>
    <message>
        <source>Women&apos;s health, pregnancy and gynecology; some act as a PCP.</source>
        <translation>Kalusugan ng kababaihan, pagbubuntis at ginekolohiya; ang ilan ay puwedeng maging PCP.</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>Tumatanggap ng bagong pasyente</translation>
    </message>
    <message>
        <source>Existing patients only</source>
        <translation>Kasalukuyang pasyente lang</translation>
    </message>
    <message>
        <source>Existing patients and their family</source>
        <translation>Kasalukuyang pasyente at kanilang pamilya</translation>
    </message>
    <message>
        <source>Not accepting patients</source>
        <translation>Hindi tumatanggap ng pasyente</translation>
    </message>
    <message>
        <source>Call to ask</source>
        <translation>Tumawag para magtanong</translation>
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
        <translation>Employer at indibidwal (komersiyal)</translation>
    </message>
    <message>
        <source>Accessible parking</source>
        <translation>Paradahang naa-access</translation>
    </message>
    <message>
        <source>Accessible entrance</source>
        <translation>Pasukang naa-access</translation>
    </message>
    <message>
        <source>Accessible inside the building</source>
        <translation>Naa-access sa loob ng gusali</translation>
    </message>
    <message>
        <source>Accessible restroom</source>
        <translation>Banyong naa-access</translation>
    </message>
    <message>
        <source>Accessible exam room</source>
        <translation>Silid-eksaminasyong naa-access</translation>
    </message>
    <message>
        <source>Height-adjustable exam table / accessible scale</source>
        <translation>Mesang pang-eksamin na naiaangkop ang taas / timbangang naa-access</translation>
    </message>
    <message>
        <source>Sample doctor (fictional)</source>
        <translation>Halimbawang doktor (gawa-gawa, hindi totoong tao)</translation>
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
        <translation>%1 milya</translation>
    </message>
    <message>
        <source>Languages: English only.</source>
        <translation>Mga wika: Ingles lang.</translation>
    </message>
    <message>
        <source>Languages: English, %1. None of these translations has been reviewed by a fluent speaker yet; tell the team what reads wrong.</source>
        <translation>Mga wika: Ingles, %1. Wala pa sa mga salin na ito ang nasuri ng taong matatas sa wika; sabihin sa team kung alin ang hindi maayos basahin.</translation>
    </message>
    <message>
        <source>Languages: English, %1. Reviewed by a fluent speaker: %2.</source>
        <translation>Mga wika: Ingles, %1. Nasuri ng taong matatas sa wika: %2.</translation>
    </message>
    <message>
        <source>To translate or review a language, open its file, resources/translations/hmo_desktop_&lt;code&gt;.ts, in Qt Linguist (README, &quot;Languages&quot;).</source>
        <translation>Para magsalin o magsuri ng isang wika, buksan ang file nito, resources/translations/hmo_desktop_&lt;code&gt;.ts, sa Qt Linguist (README, &quot;Languages&quot;).</translation>
    </message>
    <message>
        <source>made by this app</source>
        <translation>ginawa ng app na ito</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>noong %1</translation>
    </message>
    <message>
        <source>fictional samples, made up by this app</source>
        <translation>mga halimbawang gawa-gawa, inimbento ng app na ito</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>hinuha ng app na ito</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>pampublikong datos, maaaring luma na</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>pampublikong datos</translation>
    </message>
    <message>
        <source>none (used while building)</source>
        <translation>wala (ginamit habang binubuo)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Pinagmulan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Mga hilera</translation>
    </message>
    <message>
        <source>Works offline; sends nothing anywhere.</source>
        <translation>Gumagana offline; walang ipinapadala kahit saan.</translation>
    </message>
    <message>
        <source>Directory %1, checksum %2</source>
        <translation>Direktoryo %1, checksum %2</translation>
    </message>
    <message>
        <source>Data sources (%1)</source>
        <translation>Mga pinagmulan ng datos (%1)</translation>
    </message>
    <message>
        <source>About HMO Desktop</source>
        <translation>Tungkol sa HMO Desktop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data sources</source>
        <translation>Tungkol sa HMO Desktop at mga pinagmulan ng datos nito</translation>
    </message>
    <message>
        <source>%1 (sample office)</source>
        <translation>%1 (halimbawang opisina, hindi totoo)</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>%1 County</translation>
    </message>
    <message>
        <source>Sample group: its office is a sample placed at a ZIP code center, %1 away.</source>
        <translation>Halimbawang grupo (hindi totoo): ang opisina nito ay halimbawang inilagay sa gitna ng isang ZIP code, %1 ang layo.</translation>
    </message>
    <message>
        <source>Sample group: its office is not in this directory.</source>
        <translation>Halimbawang grupo (hindi totoo): wala sa direktoryong ito ang opisina nito.</translation>
    </message>
    <message>
        <source>Serves %1; office address not in this directory.</source>
        <translation>Naglilingkod sa %1; wala sa direktoryong ito ang address ng opisina.</translation>
    </message>
    <message>
        <source>No %1 doctors in this group here</source>
        <translation>Walang doktor ng %1 sa grupong ito rito</translation>
    </message>
    <message>
        <source>%1 of 1 %2 doctor is accepting new patients</source>
        <translation>%1 sa 1 doktor ng %2 ang tumatanggap ng bagong pasyente</translation>
    </message>
    <message numerus="yes">
        <source>%n counties</source>
        <translation>
            <numerusform>%n county</numerusform>
            <numerusform>%n county</numerusform>
        </translation>
    </message>
    <message>
        <source>Counties: %1</source>
        <translation>Mga county: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln %2 doctors are accepting new patients</source>
        <translation>
            <numerusform>%1 sa %Ln doktor ng %2 ang tumatanggap ng bagong pasyente</numerusform>
            <numerusform>%1 sa %Ln doktor ng %2 ang tumatanggap ng bagong pasyente</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Walang marka</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Hindi inilathala</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (hinuha)</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan with one Permanente Medical Group per region. Enter your ZIP code or county above, or choose the group of the region where you live: Northern or Southern California.</source>
        <translation>Ang Kaiser Permanente ay isang pinagsamang plano na may isang Permanente Medical Group sa bawat rehiyon. Ilagay ang iyong ZIP code o county sa itaas, o piliin ang grupo ng rehiyon kung saan ka nakatira: Hilaga o Timog California.</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, with a care team at each PACE center. Enter your ZIP code or county above, or choose the center where you live.</source>
        <translation>Ang PACE ay para sa mga taong 55 taong gulang pataas, na may care team sa bawat PACE center. Ilagay ang iyong ZIP code o county sa itaas, o piliin ang center kung saan ka nakatira.</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group of your region, so there is no medical group to choose. Continue to choose your doctor.</source>
        <translation>Ang Kaiser Permanente ay isang pinagsamang plano: lahat ng doktor nito ay kabilang sa Permanente Medical Group ng iyong rehiyon, kaya walang grupong medikal na pipiliin. Magpatuloy para piliin ang iyong doktor.</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older. Your care team, your doctor included, is at your PACE center, so there is no medical group to choose. Continue to see the center&apos;s doctors.</source>
        <translation>Ang PACE ay para sa mga taong 55 taong gulang pataas. Ang iyong care team, kasama ang iyong doktor, ay nasa iyong PACE center, kaya walang grupong medikal na pipiliin. Magpatuloy para makita ang mga doktor ng center.</translation>
    </message>
    <message>
        <source>Your doctor belongs to a medical group. The group decides referrals to specialists and which hospitals you use. Numbers show doctors accepting new patients, for patients of any age.</source>
        <translation>Ang iyong doktor ay kabilang sa isang grupong medikal. Ang grupo ang nagpapasya sa mga referral sa espesyalista at kung aling mga ospital ang gagamitin mo. Ipinapakita ng mga numero ang mga doktor na tumatanggap ng bagong pasyente, para sa pasyente ng anumang edad.</translation>
    </message>
    <message>
        <source>If you choose this group, your PCP and your specialists come from it, and referrals to specialists go through it.</source>
        <translation>Kung pipiliin mo ang grupong ito, dito manggagaling ang iyong PCP at mga espesyalista, at dadaan dito ang mga referral sa espesyalista.</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>Mga patakaran sa referral</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>Linya pagkatapos ng oras ng opisina</translation>
    </message>
    <message>
        <source>not in this directory: see your member ID card or call the plan.</source>
        <translation>wala sa direktoryong ito: tingnan ang iyong ID card ng miyembro o tawagan ang plano.</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>Mga doktor</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>Marka ng kalidad</translation>
    </message>
    <message>
        <source>Plan group code</source>
        <translation>Code ng grupo sa plano</translation>
    </message>
    <message>
        <source>Sample group (fictional): this plan&apos;s group list is not available offline, so this group and everything said about it are samples.</source>
        <translation>Halimbawang grupo (hindi totoo): hindi makukuha offline ang listahan ng mga grupo ng planong ito, kaya ang grupong ito at lahat ng sinasabi tungkol dito ay mga halimbawang gawa-gawa.</translation>
    </message>
    <message>
        <source>The plan&apos;s own care team. Its doctors in this directory are samples.</source>
        <translation>Ang sariling care team ng plano. Ang mga doktor nito sa direktoryong ito ay mga halimbawang gawa-gawa.</translation>
    </message>
    <message>
        <source>Listed by the carrier for this network in 2017-18. Networks change every year: call the plan to confirm.</source>
        <translation>Inilista ng kompanya ng seguro para sa network na ito noong 2017-18. Nagbabago ang mga network taun-taon: tawagan ang plano para kumpirmahin.</translation>
    </message>
    <message>
        <source>Not published: ask the group or the plan which hospitals it uses.</source>
        <translation>Hindi inilathala: tanungin ang grupo o ang plano kung aling mga ospital ang ginagamit nito.</translation>
    </message>
    <message>
        <source>%1 (CMS rating %2 of 5)</source>
        <translation>%1 (marka ng CMS: %2 sa 5)</translation>
    </message>
    <message>
        <source>inferred from distance, not published by the group</source>
        <translation>hinuha mula sa layo, hindi inilathala ng grupo</translation>
    </message>
    <message>
        <source>sample, fictional</source>
        <translation>halimbawa, hindi totoo</translation>
    </message>
    <message>
        <source>not in this directory: ask the group or the plan.</source>
        <translation>wala sa direktoryong ito: tanungin ang grupo o ang plano.</translation>
    </message>
    <message>
        <source>You can see an OB/GYN in your plan&apos;s network without a referral or prior approval (California law); the plan may require the OB/GYN to be in your medical group.</source>
        <translation>Maaari kang magpatingin sa isang OB/GYN sa network ng iyong plano nang walang referral o paunang pag-apruba (batas ng California); maaaring hilingin ng plano na ang OB/GYN ay nasa iyong grupong medikal.</translation>
    </message>
    <message>
        <source>How a PACE member&apos;s doctor is assigned: when you enroll, the PACE center&apos;s care team assigns you a primary care doctor who works at the center. You can ask the center for a particular doctor on its team.</source>
        <translation>Paano itinatalaga ang doktor ng miyembro ng PACE: kapag nagpatala ka, ang care team ng PACE center ang magtatalaga sa iyo ng doktor sa pangunahing pangangalaga na nagtatrabaho sa center. Maaari kang humiling sa center ng partikular na doktor sa team nito.</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>Unang pagpipilian</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Reserba %1</translation>
    </message>
    <message>
        <source>The selected member&apos;s doctors</source>
        <translation>Mga doktor ng napiling miyembro</translation>
    </message>
    <message>
        <source>This member&apos;s plan</source>
        <translation>Plano ng miyembrong ito</translation>
    </message>
    <message>
        <source>Plan for this member:</source>
        <translation>Plano para sa miyembrong ito:</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Pagpipilian</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Doktor</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Bagong pasyente</translation>
    </message>
    <message>
        <source>Make first choice</source>
        <translation>Gawing unang pagpipilian</translation>
    </message>
    <message>
        <source>Make this doctor the member&apos;s first choice</source>
        <translation>Gawing unang pagpipilian ng miyembro ang doktor na ito</translation>
    </message>
    <message>
        <source>Remove doctor</source>
        <translation>Alisin ang doktor</translation>
    </message>
    <message>
        <source>Remove this doctor from the member&apos;s choices</source>
        <translation>Alisin ang doktor na ito sa mga pagpipilian ng miyembro</translation>
    </message>
    <message>
        <source>Select a member to see their plan and doctors.</source>
        <translation>Pumili ng miyembro para makita ang kanyang plano at mga doktor.</translation>
    </message>
    <message>
        <source>%1&apos;s plan and doctors</source>
        <translation>Plano at mga doktor ni %1</translation>
    </message>
    <message>
        <source>The household&apos;s plan (%1)</source>
        <translation>Plano ng sambahayan (%1)</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>hindi pa napipili</translation>
    </message>
    <message>
        <source>Type the member&apos;s first name or a nickname.</source>
        <translation>I-type ang pangalan o palayaw ng miyembro.</translation>
    </message>
    <message>
        <source>That name is long: a first name or a nickname is enough.</source>
        <translation>Mahaba ang pangalang iyan: sapat na ang pangalan o palayaw.</translation>
    </message>
    <message>
        <source>Type a first name or nickname only: no numbers, dates, IDs or addresses.</source>
        <translation>Pangalan o palayaw lang ang i-type: walang numero, petsa, ID o address.</translation>
    </message>
    <message>
        <source>The age must be from 0 to 120.</source>
        <translation>Ang edad ay dapat mula 0 hanggang 120.</translation>
    </message>
    <message>
        <source>Choose female, male, or leave sex not given.</source>
        <translation>Piliin ang babae, lalaki, o huwag nang ilagay ang kasarian.</translation>
    </message>
    <message>
        <source>One of the access needs is not known to this app.</source>
        <translation>Hindi alam ng app na ito ang isa sa mga pangangailangan sa access.</translation>
    </message>
    <message>
        <source>This member cannot be added as given.</source>
        <translation>Hindi maidadagdag ang miyembrong ito sa paraang ibinigay.</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>unang pagpipilian</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>reserba %1</translation>
    </message>
    <message>
        <source>%1 has no PCP yet.</source>
        <translation>Wala pang PCP si %1.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is no longer in this directory for this plan; choose another doctor.</source>
        <translation>%1: Wala na si %2 (%3) sa direktoryong ito para sa planong ito; pumili ng ibang doktor.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in this member&apos;s plan.</source>
        <translation>%1: Si %2 (%3) ay wala sa plano ng miyembrong ito.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not taking new patients.</source>
        <translation>%1: Hindi tumatanggap ng bagong pasyente si %2 (%3).</translation>
    </message>
    <message>
        <source>%1: this directory does not say whether %2 (%3) takes new patients; call to ask.</source>
        <translation>%1: hindi sinasabi ng direktoryong ito kung tumatanggap ng bagong pasyente si %2 (%3); tumawag para magtanong.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) sees patients up to age %4; %1 ages out within a year.</source>
        <translation>%1: Tumitingin si %2 (%3) ng pasyente hanggang edad %4; lalampas si %1 sa edad na iyon sa loob ng isang taon.</translation>
    </message>
    <message>
        <source>Add the members of the household, one at a time.</source>
        <translation>Idagdag ang mga miyembro ng sambahayan, isa-isa.</translation>
    </message>
    <message>
        <source>Everyone has a PCP, and nothing needs another look.</source>
        <translation>May PCP na ang lahat, at wala nang kailangang tingnan ulit.</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (halimbawa, hindi totoo)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>wala sa direktoryong ito</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, noong %2</translation>
    </message>
    <message>
        <source>needs a ZIP</source>
        <translation>kailangan ng ZIP code</translation>
    </message>
    <message>
        <source>not known here: open this doctor from the doctor step</source>
        <translation>hindi alam dito: buksan ang doktor na ito mula sa hakbang ng doktor</translation>
    </message>
    <message>
        <source>Evening: %1; Saturday: %2</source>
        <translation>Gabi: %1; Sabado: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Oo: %1</translation>
    </message>
    <message>
        <source>not in this directory: ask the medical group</source>
        <translation>wala sa direktoryong ito: tanungin ang grupong medikal</translation>
    </message>
    <message>
        <source>Doctor: %1. Office: %2. Group: %3. Plan: %4.</source>
        <translation>Doktor: %1. Opisina: %2. Grupo: %3. Plano: %4.</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Layo</translation>
    </message>
    <message>
        <source>Doctor&apos;s languages</source>
        <translation>Mga wika ng doktor</translation>
    </message>
    <message>
        <source>Staff languages</source>
        <translation>Mga wika ng kawani</translation>
    </message>
    <message>
        <source>Evening and Saturday hours</source>
        <translation>Oras sa gabi at Sabado</translation>
    </message>
    <message>
        <source>Video visits</source>
        <translation>Video na pagpapatingin</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Pagiging naa-access</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Mga ospital</translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation>Sertipikasyon ng board</translation>
    </message>
    <message>
        <source>Group rating</source>
        <translation>Marka ng grupo</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>Pinagmulan at petsa</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Ikumpara</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Sambahayan</translation>
    </message>
    <message>
        <source>Household: everyone enrolling together</source>
        <translation>Sambahayan: lahat ng sabay na nagpapatala</translation>
    </message>
    <message>
        <source>1 doctor can see everyone (ages %1).</source>
        <translation>1 doktor ang puwedeng tumingin sa lahat (edad %1).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors can see everyone (ages %1).</source>
        <translation>
            <numerusform>%Ln doktor ang puwedeng tumingin sa lahat (edad %1).</numerusform>
            <numerusform>%Ln doktor ang puwedeng tumingin sa lahat (edad %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Same doctor for the family</source>
        <translation>Iisang doktor para sa pamilya</translation>
    </message>
    <message>
        <source>Doctors who can see every member</source>
        <translation>Mga doktor na puwedeng tumingin sa bawat miyembro</translation>
    </message>
    <message>
        <source>Doctors for the whole family</source>
        <translation>Mga doktor para sa buong pamilya</translation>
    </message>
    <message>
        <source>Doctors for everyone</source>
        <translation>Mga doktor para sa lahat</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miyembro</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>PCP</source>
        <translation>PCP</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Mga reserba</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>Mga miyembro ng sambahayan</translation>
    </message>
    <message>
        <source>Use the current doctor</source>
        <translation>Gamitin ang kasalukuyang doktor</translation>
    </message>
    <message>
        <source>Use the current doctor as this member&apos;s first choice</source>
        <translation>Gamitin ang kasalukuyang doktor bilang unang pagpipilian ng miyembrong ito</translation>
    </message>
    <message>
        <source>Add as a backup</source>
        <translation>Idagdag bilang reserba</translation>
    </message>
    <message>
        <source>Add the current doctor as this member&apos;s backup</source>
        <translation>Idagdag ang kasalukuyang doktor bilang reserba ng miyembrong ito</translation>
    </message>
    <message>
        <source>Change member</source>
        <translation>Baguhin ang miyembro</translation>
    </message>
    <message>
        <source>Change this member</source>
        <translation>Baguhin ang miyembrong ito</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Alisin ang miyembro</translation>
    </message>
    <message>
        <source>Remove this member</source>
        <translation>Alisin ang miyembrong ito</translation>
    </message>
    <message>
        <source>What to look at again</source>
        <translation>Ano ang titingnan ulit</translation>
    </message>
    <message>
        <source>Compare the chosen doctors</source>
        <translation>Ikumpara ang mga napiling doktor</translation>
    </message>
    <message>
        <source>Members, or compare</source>
        <translation>Mga miyembro, o ikumpara</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mga miyembro</translation>
    </message>
    <message>
        <source>C&amp;ompare doctors</source>
        <translation>&amp;Ikumpara ang mga doktor</translation>
    </message>
    <message>
        <source>Needs a PCP</source>
        <translation>Kailangan ng PCP</translation>
    </message>
    <message>
        <source>Choose a plan and add the members first.</source>
        <translation>Pumili muna ng plano at idagdag ang mga miyembro.</translation>
    </message>
    <message>
        <source>Use the current doctor for %1</source>
        <translation>Gamitin ang kasalukuyang doktor para kay %1</translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation>Buod ng pagpapatala</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>Pangalan o palayaw</translation>
    </message>
    <message>
        <source>Sex (optional)</source>
        <translation>Kasarian (opsyonal)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Hindi ibinigay</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Babae</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Lalaki</translation>
    </message>
    <message>
        <source>Preferred language (optional)</source>
        <translation>Gustong wika (opsyonal)</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>Access para sa wheelchair</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>Oras sa gabi</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>Oras sa Sabado</translation>
    </message>
    <message>
        <source>Wants an OB/GYN as PCP</source>
        <translation>Gusto ng OB/GYN bilang PCP</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Idagdag ang miyembro</translation>
    </message>
    <message>
        <source>Add this member</source>
        <translation>Idagdag ang miyembrong ito</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Kanselahin ang mga pagbabago</translation>
    </message>
    <message>
        <source>Leave the member as they were</source>
        <translation>Iwan ang miyembro gaya ng dati</translation>
    </message>
    <message>
        <source>Why the member was not added</source>
        <translation>Bakit hindi naidagdag ang miyembro</translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation>Pangalan o palayaw:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Edad:</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>Kasarian (opsyonal):</translation>
    </message>
    <message>
        <source>Language (optional):</source>
        <translation>Wika (opsyonal):</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>I-save ang mga pagbabago</translation>
    </message>
    <message>
        <source>Save the changes to this member</source>
        <translation>I-save ang mga pagbabago sa miyembrong ito</translation>
    </message>
    <message>
        <source>The saved household file was damaged. It was set aside, and the last good copy was opened instead: check the members and their doctors.</source>
        <translation>Nasira ang naka-save na file ng sambahayan. Itinabi ito, at ang huling maayos na kopya ang binuksan sa halip: suriin ang mga miyembro at ang kanilang mga doktor.</translation>
    </message>
    <message>
        <source>The saved household file was damaged, and there was no good copy to open. It was set aside; add the members again.</source>
        <translation>Nasira ang naka-save na file ng sambahayan, at walang maayos na kopyang mabubuksan. Itinabi ito; idagdag ulit ang mga miyembro.</translation>
    </message>
    <message>
        <source>The saved household was kept by a newer version of HMO Desktop. It was left as it is; open it with that version.</source>
        <translation>Ang naka-save na sambahayan ay itinago ng mas bagong bersyon ng HMO Desktop. Iniwan ito gaya ng dati; buksan ito gamit ang bersyong iyon.</translation>
    </message>
    <message>
        <source>The saved household could not be brought up to date. It was left as it was; add the members again, or try again after updating HMO Desktop.</source>
        <translation>Hindi ma-update ang naka-save na sambahayan. Iniwan ito gaya ng dati; idagdag ulit ang mga miyembro, o subukan ulit pagkatapos i-update ang HMO Desktop.</translation>
    </message>
    <message>
        <source>The saved household could not be opened.</source>
        <translation>Hindi mabuksan ang naka-save na sambahayan.</translation>
    </message>
    <message>
        <source>The saved household could not be opened: %1</source>
        <translation>Hindi mabuksan ang naka-save na sambahayan: %1</translation>
    </message>
    <message>
        <source>Your household kept on this computer is open: View &gt; Household.</source>
        <translation>Bukas ang iyong sambahayan na nakatago sa computer na ito: Tingnan &gt; Sambahayan.</translation>
    </message>
    <message>
        <source>Doctors no longer in this directory: %1. Choose others.</source>
        <translation>Mga doktor na wala na sa direktoryong ito: %1. Pumili ng iba.</translation>
    </message>
    <message>
        <source>The household could not be saved in %1: %2. Nothing was changed there.</source>
        <translation>Hindi ma-save ang sambahayan sa %1: %2. Walang binago roon.</translation>
    </message>
    <message>
        <source>Kept on this computer. Changes are saved as you make them.</source>
        <translation>Nakatago sa computer na ito. Sine-save ang mga pagbabago habang ginagawa mo ang mga ito.</translation>
    </message>
    <message>
        <source>This household is forgotten: nothing of it is kept on this computer.</source>
        <translation>Kinalimutan na ang sambahayang ito: wala nang nakatago tungkol dito sa computer na ito.</translation>
    </message>
    <message>
        <source>Keep this household?</source>
        <translation>Itago ang sambahayang ito?</translation>
    </message>
    <message>
        <source>Keep this household on this computer for next time?</source>
        <translation>Itago ang sambahayang ito sa computer na ito para sa susunod na pagkakataon?</translation>
    </message>
    <message>
        <source>Only the first names or nicknames, ages and chosen doctors are kept, in your user folder. On a shared computer, choose Don&apos;t keep.</source>
        <translation>Ang mga pangalan o palayaw, edad at napiling doktor lang ang itinatago, sa iyong user folder. Sa computer na ginagamit ng marami, piliin ang Huwag itago.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Itago</translation>
    </message>
    <message>
        <source>Don&apos;t keep</source>
        <translation>Huwag itago</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Forget this household?</source>
        <translation>Kalimutan ang sambahayang ito?</translation>
    </message>
    <message>
        <source>Its members and their doctors are removed from the screen, and the copy kept on this computer is deleted with its backups. This cannot be undone.</source>
        <translation>Aalisin sa screen ang mga miyembro nito at ang kanilang mga doktor, at buburahin ang kopyang nakatago sa computer na ito pati ang mga backup nito. Hindi na ito maibabalik.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Kalimutan</translation>
    </message>
    <message>
        <source>&amp;Household…</source>
        <translation>&amp;Sambahayan…</translation>
    </message>
    <message>
        <source>The family&apos;s members, their doctors, and the enrollment summary</source>
        <translation>Ang mga miyembro ng pamilya, ang kanilang mga doktor, at ang buod ng pagpapatala</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>Tumatanggap</translation>
    </message>
    <message>
        <source>%1; ages not in this directory</source>
        <translation>%1; wala sa direktoryong ito ang mga edad</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Grupong medikal</translation>
    </message>
    <message>
        <source>Save the enrollment summary</source>
        <translation>I-save ang buod ng pagpapatala</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Mga PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Malalaking titik</translation>
    </message>
    <message>
        <source>Large print summary</source>
        <translation>Buod sa malalaking titik</translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation>I-save ang buod bilang PDF…</translation>
    </message>
    <message>
        <source>Save the enrollment summary as a PDF file</source>
        <translation>I-save ang buod ng pagpapatala bilang PDF file</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>I-print ang buod…</translation>
    </message>
    <message>
        <source>Print the enrollment summary</source>
        <translation>I-print ang buod ng pagpapatala</translation>
    </message>
    <message>
        <source>Keep on this computer</source>
        <translation>Itago sa computer na ito</translation>
    </message>
    <message>
        <source>Keep this household on this computer</source>
        <translation>Itago ang sambahayang ito sa computer na ito</translation>
    </message>
    <message>
        <source>Forget this household</source>
        <translation>Kalimutan ang sambahayang ito</translation>
    </message>
    <message>
        <source>Close the household</source>
        <translation>Isara ang sambahayan</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>Nakatago sa computer na ito</translation>
    </message>
    <message>
        <source>The summary is printing. Please collect it from the printer.</source>
        <translation>Ipiniprint na ang buod. Pakikuha ito sa printer.</translation>
    </message>
    <message>
        <source>The summary is ready. A staff member will print it for you.</source>
        <translation>Handa na ang buod. Ipiprint ito para sa iyo ng isang kawani.</translation>
    </message>
    <message>
        <source>No printer is set up here. Please ask staff.</source>
        <translation>Walang printer na naka-set up dito. Pakitanong sa kawani.</translation>
    </message>
    <message>
        <source>The summary could not be made. Please ask staff.</source>
        <translation>Hindi magawa ang buod. Pakitanong sa kawani.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>I-print ang buod</translation>
    </message>
    <message>
        <source>HMO Desktop kiosk</source>
        <translation>Kiosk ng HMO Desktop</translation>
    </message>
    <message>
        <source>HMO Desktop</source>
        <translation>HMO Desktop</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Para sa kawani lang</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN ng kawani</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>PIN ng kawani:</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Mensahe tungkol sa PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>I-unlock</translation>
    </message>
    <message>
        <source>Unlock staff settings</source>
        <translation>I-unlock ang mga setting ng kawani</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Bumalik sa kiosk</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Mga setting</translation>
    </message>
    <message>
        <source>Clear for the next person</source>
        <translation>I-clear para sa susunod na tao</translation>
    </message>
    <message>
        <source>Clear everything now for the next person</source>
        <translation>I-clear ang lahat ngayon para sa susunod na tao</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Umalis sa kiosk</translation>
    </message>
    <message>
        <source>No staff PIN is set, so this kiosk cannot be left from here. To set one, run this on the computer, then start the kiosk again:

hmo-desktop --set-kiosk-pin

It is kept, as a salted hash, in %1</source>
        <translation>Walang nakatakdang PIN ng kawani, kaya hindi maiiwan ang kiosk na ito mula rito. Para magtakda nito, patakbuhin ito sa computer, saka simulan ulit ang kiosk:

hmo-desktop --set-kiosk-pin

Itinatago ito, bilang salted hash, sa %1</translation>
    </message>
    <message>
        <source>Configuration file: %1</source>
        <translation>File ng configuration: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>wala</translation>
    </message>
    <message>
        <source>Idle time before the warning: %1 seconds</source>
        <translation>Tagal ng hindi paggamit bago ang babala: %1 segundo</translation>
    </message>
    <message>
        <source>The warning counts down from: %1 seconds</source>
        <translation>Nagbibilang pababa ang babala mula sa: %1 segundo</translation>
    </message>
    <message>
        <source>Text size for each new person: %1 %</source>
        <translation>Laki ng teksto para sa bawat bagong tao: %1 %</translation>
    </message>
    <message>
        <source>Summaries: PDF files in %1, emptied at every reset</source>
        <translation>Mga buod: mga PDF file sa %1, binubura sa bawat reset</translation>
    </message>
    <message>
        <source>Summaries: printed on %1</source>
        <translation>Mga buod: ipiniprint sa %1</translation>
    </message>
    <message>
        <source>Summaries: no default printer is set up on this computer</source>
        <translation>Mga buod: walang default na printer na naka-set up sa computer na ito</translation>
    </message>
    <message>
        <source>The configuration file was not used: %1</source>
        <translation>Hindi ginamit ang file ng configuration: %1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Masyadong maraming maling PIN. Subukan ulit pagkalipas ng %1 s.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Hindi tama ang PIN na iyan.</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Bar ng menu</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Iba pang menu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Talaksan</translation>
    </message>
    <message>
        <source>&amp;Open directory…</source>
        <translation>&amp;Buksan ang direktoryo…</translation>
    </message>
    <message>
        <source>Open another doctor directory file; it is checked before it is used</source>
        <translation>Magbukas ng ibang file ng direktoryo ng mga doktor; sinusuri ito bago gamitin</translation>
    </message>
    <message>
        <source>Open a doctor directory</source>
        <translation>Magbukas ng direktoryo ng mga doktor</translation>
    </message>
    <message>
        <source>Doctor directories (*.sqlite)</source>
        <translation>Mga direktoryo ng doktor (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Lahat ng file (*)</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. You can keep working; if it happens again, send these details to the team.</source>
        <translation>May nagkaproblema sa loob ng HMO Desktop. Puwede kang magpatuloy; kung mangyari ulit, ipadala ang mga detalyeng ito sa team.</translation>
    </message>
    <message>
        <source>The doctor directory is not an HMO Desktop directory.</source>
        <translation>Ang direktoryo ng mga doktor ay hindi direktoryo ng HMO Desktop.</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is damaged.</source>
        <translation>Sira ang direktoryo ng mga doktor na kasama ng HMO Desktop.</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is missing.</source>
        <translation>Nawawala ang direktoryo ng mga doktor na kasama ng HMO Desktop.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory.</source>
        <translation>Walang pahintulot ang HMO Desktop na basahin ang direktoryo nito ng mga doktor.</translation>
    </message>
    <message>
        <source>A folder is where HMO Desktop&apos;s doctor directory should be.</source>
        <translation>May folder sa lugar kung saan dapat naroon ang direktoryo ng mga doktor ng HMO Desktop.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory&apos;s manifest.</source>
        <translation>Walang pahintulot ang HMO Desktop na basahin ang manifest ng direktoryo nito ng mga doktor.</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop is damaged.</source>
        <translation>Sira ang file ng direktoryo ng mga doktor na ibinigay sa HMO Desktop.</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop does not exist.</source>
        <translation>Hindi umiiral ang file ng direktoryo ng mga doktor na ibinigay sa HMO Desktop.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the doctor directory file it was given.</source>
        <translation>Walang pahintulot ang HMO Desktop na basahin ang file ng direktoryo ng mga doktor na ibinigay rito.</translation>
    </message>
    <message>
        <source>HMO Desktop was given a folder, not a doctor directory file.</source>
        <translation>Folder ang ibinigay sa HMO Desktop, hindi file ng direktoryo ng mga doktor.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the manifest of the doctor directory file it was given.</source>
        <translation>Walang pahintulot ang HMO Desktop na basahin ang manifest ng file ng direktoryo ng mga doktor na ibinigay rito.</translation>
    </message>
    <message>
        <source>This doctor directory needs a newer version of HMO Desktop.</source>
        <translation>Kailangan ng direktoryong ito ng mga doktor ang mas bagong bersyon ng HMO Desktop.</translation>
    </message>
    <message>
        <source>This doctor directory is too old for this version of HMO Desktop.</source>
        <translation>Masyadong luma ang direktoryong ito ng mga doktor para sa bersyong ito ng HMO Desktop.</translation>
    </message>
    <message>
        <source>Reinstall HMO Desktop, or rebuild the directory with &apos;python -m hmo_desktop.datapack build&apos;.</source>
        <translation>I-install ulit ang HMO Desktop, o buuin ulit ang direktoryo gamit ang &apos;python -m hmo_desktop.datapack build&apos;.</translation>
    </message>
    <message>
        <source>Check that you may read it, or reinstall HMO Desktop.</source>
        <translation>Tiyaking may pahintulot kang basahin ito, o i-install ulit ang HMO Desktop.</translation>
    </message>
    <message>
        <source>Remove or rename that folder, then reinstall HMO Desktop or rebuild the directory.</source>
        <translation>Alisin o palitan ang pangalan ng folder na iyon, saka i-install ulit ang HMO Desktop o buuin ulit ang direktoryo.</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use the directory that came with this version.</source>
        <translation>I-update ang HMO Desktop, o gamitin ang direktoryong kasama ng bersyong ito.</translation>
    </message>
    <message>
        <source>Check the file given with --directory, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>Suriin ang file na ibinigay gamit ang --directory, o bumuo ng bago gamit ang &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</translation>
    </message>
    <message>
        <source>Check that you may read that file and the folders above it.</source>
        <translation>Tiyaking may pahintulot kang basahin ang file na iyon at ang mga folder na naglalaman nito.</translation>
    </message>
    <message>
        <source>Check that you may read the .manifest.json file beside the directory file.</source>
        <translation>Tiyaking may pahintulot kang basahin ang .manifest.json file na katabi ng file ng direktoryo.</translation>
    </message>
    <message>
        <source>Give the path of a directory file (.sqlite), not of a folder.</source>
        <translation>Ibigay ang path ng isang file ng direktoryo (.sqlite), hindi ng isang folder.</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use a directory built by this version.</source>
        <translation>I-update ang HMO Desktop, o gumamit ng direktoryong binuo ng bersyong ito.</translation>
    </message>
    <message>
        <source>HMO Desktop cannot use this doctor directory.</source>
        <translation>Hindi magamit ng HMO Desktop ang direktoryong ito ng mga doktor.</translation>
    </message>
    <message>
        <source>Choose another directory file, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>Pumili ng ibang file ng direktoryo, o bumuo ng bago gamit ang &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</translation>
    </message>
    <message>
        <source>Open directory</source>
        <translation>Buksan ang direktoryo</translation>
    </message>
    <message>
        <source>%1

HMO Desktop keeps using the directory it had open.</source>
        <translation>%1

Patuloy na ginagamit ng HMO Desktop ang direktoryong nakabukas dito.</translation>
    </message>
    <message>
        <source>File: %1
%2</source>
        <translation>File: %1
%2</translation>
    </message>
    <message>
        <source>Checking the directory file…</source>
        <translation>Sinusuri ang file ng direktoryo…</translation>
    </message>
    <message>
        <source>HMO Desktop: choose your primary care doctor (%1)</source>
        <translation>HMO Desktop: piliin ang iyong doktor sa pangunahing pangangalaga (%1)</translation>
    </message>
    <message>
        <source>Now using the directory %1.</source>
        <translation>Ginagamit na ngayon ang direktoryong %1.</translation>
    </message>
    <message>
        <source>Sample?</source>
        <translation>Hindi totoo?</translation>
    </message>
    <message>
        <source>Generated sample data, not a real person</source>
        <translation>Halimbawang datos na ginawa ng app, hindi totoong tao</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Opisina</translation>
    </message>
    <message>
        <source>To a sample office placed at a ZIP code center</source>
        <translation>Papunta sa halimbawang opisina na inilagay sa gitna ng isang ZIP code</translation>
    </message>
    <message>
        <source>Approximate: to the center of the office&apos;s ZIP code</source>
        <translation>Tinatayang layo: papunta sa gitna ng ZIP code ng opisina</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Espesyalidad</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Pebrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Marso</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Hunyo</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Hulyo</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Setyembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Nobyembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Disyembre</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, may be out of date</source>
        <translation>%1, maaaring luma na</translation>
    </message>
    <message>
        <source>Minimum Coverage</source>
        <translation>Minimum Coverage</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platinum</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for %1 County</source>
        <translation>Planong pangkalusugan ng Medi-Cal para sa %1 County</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for the counties it serves</source>
        <translation>Planong pangkalusugan ng Medi-Cal para sa mga county na pinaglilingkuran nito</translation>
    </message>
    <message>
        <source>Covered California HMO (%1)</source>
        <translation>HMO ng Covered California (%1)</translation>
    </message>
    <message>
        <source>Covered California HMO</source>
        <translation>HMO ng Covered California</translation>
    </message>
    <message>
        <source>Employer and individual HMO</source>
        <translation>HMO ng employer at indibidwal</translation>
    </message>
    <message>
        <source>Medicare Advantage HMO</source>
        <translation>HMO ng Medicare Advantage</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group for your region, so there is no medical group to choose.</source>
        <translation>Ang Kaiser Permanente ay isang pinagsamang plano: lahat ng doktor nito ay kabilang sa Permanente Medical Group ng iyong rehiyon, kaya walang grupong medikal na pipiliin.</translation>
    </message>
    <message>
        <source>PACE: for people 55 and older who need a nursing-home level of care and can live safely at home; your care team, including your doctor, is at the PACE center.</source>
        <translation>PACE: para sa mga taong 55 taong gulang pataas na nangangailangan ng antas ng pangangalaga ng nursing home at ligtas na makapamumuhay sa bahay; ang iyong care team, kasama ang iyong doktor, ay nasa PACE center.</translation>
    </message>
    <message>
        <source>This plan&apos;s group list is from %1. Networks change every year: call the plan to confirm.</source>
        <translation>Ang listahan ng mga grupo ng planong ito ay mula noong %1. Nagbabago ang mga network taun-taon: tawagan ang plano para kumpirmahin.</translation>
    </message>
    <message>
        <source>This plan&apos;s information is from %1. Plans and networks change every year: call the plan to confirm.</source>
        <translation>Ang impormasyon ng planong ito ay mula noong %1. Nagbabago ang mga plano at network taun-taon: tawagan ang plano para kumpirmahin.</translation>
    </message>
    <message>
        <source>Medical groups: the carrier&apos;s published list, as of %1.</source>
        <translation>Mga grupong medikal: ang inilathalang listahan ng kompanya ng seguro, noong %1.</translation>
    </message>
    <message>
        <source>Plan list as of %1.</source>
        <translation>Listahan ng mga plano noong %1.</translation>
    </message>
    <message>
        <source>This plan&apos;s medical group list is not available offline: the groups shown are samples.</source>
        <translation>Hindi makukuha offline ang listahan ng mga grupong medikal ng planong ito: ang mga grupong ipinapakita ay mga halimbawang gawa-gawa.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Pinagmulan: %1.</translation>
    </message>
    <message>
        <source>Medi-Cal health plans, by county (December 2025)</source>
        <translation>Mga planong pangkalusugan ng Medi-Cal, ayon sa county (Disyembre 2025)</translation>
    </message>
    <message>
        <source>Covered California HMOs (2017)</source>
        <translation>Mga HMO ng Covered California (2017)</translation>
    </message>
    <message>
        <source>Anthem Blue Cross and UnitedHealthcare employer and individual HMO networks (2017–18)</source>
        <translation>Mga network ng HMO ng employer at indibidwal ng Anthem Blue Cross at UnitedHealthcare (2017–18)</translation>
    </message>
    <message>
        <source>Use your plan&apos;s own provider directory (on its website or in your welcome kit).</source>
        <translation>Gamitin ang sariling direktoryo ng mga provider ng iyong plano (sa website nito o sa iyong welcome kit).</translation>
    </message>
    <message>
        <source>Or call member services: the number is on your member ID card.</source>
        <translation>O tumawag sa Mga Serbisyo para sa Miyembro: nasa iyong ID card ng miyembro ang numero.</translation>
    </message>
    <message>
        <source>Ask which medical groups and doctors are in your network, near you.</source>
        <translation>Itanong kung aling mga grupong medikal at doktor ang nasa iyong network, malapit sa iyo.</translation>
    </message>
    <message>
        <source>Your plan is not listed?</source>
        <translation>Wala sa listahan ang iyong plano?</translation>
    </message>
    <message>
        <source>This directory has only the plans in public files:</source>
        <translation>Ang direktoryong ito ay may mga plano lang mula sa mga pampublikong file:</translation>
    </message>
    <message>
        <source>If your plan is not here (for example a Blue Shield, Health Net or Kaiser Permanente plan through an employer, Sharp Health Plan or Western Health Advantage):</source>
        <translation>Kung wala rito ang iyong plano (halimbawa, planong Blue Shield, Health Net o Kaiser Permanente sa pamamagitan ng employer, Sharp Health Plan o Western Health Advantage):</translation>
    </message>
    <message>
        <source>On Medi-Cal? Health Care Options (1-800-430-4263) helps you choose a Medi-Cal plan.</source>
        <translation>Naka-Medi-Cal ka ba? Tutulungan ka ng Health Care Options (1-800-430-4263) na pumili ng planong Medi-Cal.</translation>
    </message>
    <message>
        <source>You can still look up a doctor you know with &quot;Find my current doctor&quot;: the profile lists every plan in this directory that includes them.</source>
        <translation>Maaari mo pa ring hanapin ang doktor na kilala mo gamit ang &quot;Hanapin ang kasalukuyan kong doktor&quot;: nakalista sa profile ang bawat plano sa direktoryong ito na kasama siya.</translation>
    </message>
    <message>
        <source>1  Plan</source>
        <translation>1  Plano</translation>
    </message>
    <message>
        <source>2  Medical group</source>
        <translation>2  Grupong medikal</translation>
    </message>
    <message>
        <source>3  Doctor</source>
        <translation>3  Doktor</translation>
    </message>
    <message>
        <source>4  Doctor&apos;s profile</source>
        <translation>4  Profile ng doktor</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>English copy, for the doctor&apos;s office and the plan</source>
        <translation>Kopya sa Ingles, para sa opisina ng doktor at sa plano</translation>
    </message>
    <message>
        <source>Enrollment summary: your household’s doctor choices</source>
        <translation>Buod ng pagpapatala: ang mga napiling doktor ng iyong sambahayan</translation>
    </message>
    <message>
        <source>Take this to your enrollment or keep it by the phone. Each person has their own page, with the PCP ID the plan asks for.</source>
        <translation>Dalhin ito sa iyong pagpapatala o itabi malapit sa telepono. May sariling pahina ang bawat tao, kasama ang ID ng PCP na hinihingi ng plano.</translation>
    </message>
    <message>
        <source>%1 (sample, fictional)</source>
        <translation>%1 (halimbawa, hindi totoo)</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it when you enroll</source>
        <translation>wala sa direktoryong ito: ibibigay ito ng plano kapag nagpatala ka</translation>
    </message>
    <message>
        <source>not in this directory: call the plan</source>
        <translation>wala sa direktoryong ito: tawagan ang plano</translation>
    </message>
    <message>
        <source>%1 (sample office, not a real address)</source>
        <translation>%1 (halimbawang opisina, hindi totoong address)</translation>
    </message>
    <message>
        <source>%1 (fictional number)</source>
        <translation>%1 (gawa-gawang numero)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plano:</translation>
    </message>
    <message>
        <source>No PCP chosen yet. Choose one before you enroll; if you do not, the plan chooses one for this person.</source>
        <translation>Wala pang napiling PCP. Pumili bago ka magpatala; kung hindi, ang plano ang pipili para sa taong ito.</translation>
    </message>
    <message>
        <source>none yet: no doctor chosen</source>
        <translation>wala pa: walang napiling doktor</translation>
    </message>
    <message>
        <source>Plan member services:</source>
        <translation>Mga Serbisyo para sa Miyembro ng plano:</translation>
    </message>
    <message>
        <source>not in this directory: it is on the plan’s letters and card</source>
        <translation>wala sa direktoryong ito: nasa mga sulat at card ito ng plano</translation>
    </message>
    <message>
        <source>When a PCP change takes effect:</source>
        <translation>Kailan magkakabisa ang pagpapalit ng PCP:</translation>
    </message>
    <message>
        <source>often the first day of the next month; the plan confirms.</source>
        <translation>kadalasan sa unang araw ng susunod na buwan; kukumpirmahin ito ng plano.</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Network:</translation>
    </message>
    <message>
        <source>Medical group:</source>
        <translation>Grupong medikal:</translation>
    </message>
    <message>
        <source>The plan’s code for this group:</source>
        <translation>Code ng plano para sa grupong ito:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>Doktor:</translation>
    </message>
    <message>
        <source>NPI:</source>
        <translation>NPI:</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>Bagong pasyente:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Opisina:</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>Telepono ng opisina:</translation>
    </message>
    <message>
        <source>%1 (%2). PCP ID: %3.</source>
        <translation>%1 (%2). ID ng PCP: %3.</translation>
    </message>
    <message>
        <source>another plan</source>
        <translation>ibang plano</translation>
    </message>
    <message>
        <source>%1 In %2, not this person’s plan.</source>
        <translation>%1 Sa %2, hindi sa plano ng taong ito.</translation>
    </message>
    <message>
        <source>Backup %1:</source>
        <translation>Reserba %1:</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>ang opisina</translation>
    </message>
    <message>
        <source>number not in this directory</source>
        <translation>wala sa direktoryong ito ang numero</translation>
    </message>
    <message>
        <source>Call to confirm: %1, %2</source>
        <translation>Tumawag para kumpirmahin: %1, %2</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>ang iyong plano</translation>
    </message>
    <message>
        <source>Does this office take %1?</source>
        <translation>Tumatanggap ba ang opisinang ito ng %1?</translation>
    </message>
    <message>
        <source>Is %1 taking new patients in this plan?</source>
        <translation>Tumatanggap ba si %1 ng bagong pasyente sa planong ito?</translation>
    </message>
    <message>
        <source>Is the PCP ID still %1?</source>
        <translation>%1 pa rin ba ang ID ng PCP?</translation>
    </message>
    <message>
        <source>What PCP ID does the plan use for this doctor?</source>
        <translation>Anong ID ng PCP ang ginagamit ng plano para sa doktor na ito?</translation>
    </message>
    <message>
        <source>Date called, and who you spoke with:</source>
        <translation>Petsa ng tawag, at kung sino ang nakausap mo:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Sagot:</translation>
    </message>
    <message>
        <source>Health Care Options is the state’s Medi-Cal enrollment service. Tell them each person’s plan and PCP by phone or with the Choice Form in your enrollment packet.</source>
        <translation>Ang Health Care Options ang serbisyo ng estado para sa pagpapatala sa Medi-Cal. Sabihin sa kanila ang plano at PCP ng bawat tao sa telepono o gamit ang Choice Form (Form ng Pagpili) sa iyong enrollment packet.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telepono:</translation>
    </message>
    <message>
        <source>TTY:</source>
        <translation>TTY:</translation>
    </message>
    <message>
        <source>A family may choose one plan and PCP for everyone, or one for each person.</source>
        <translation>Maaaring pumili ang isang pamilya ng iisang plano at PCP para sa lahat, o tig-iisa para sa bawat tao.</translation>
    </message>
    <message>
        <source>A person who does not choose within the time stated in the enrollment packet is assigned a plan.</source>
        <translation>Ang taong hindi pumili sa loob ng panahong nakasaad sa enrollment packet ay bibigyan ng plano.</translation>
    </message>
    <message>
        <source>Doctors, offices and PCP IDs marked “sample, fictional” are made up to show how the app works: they are not real.</source>
        <translation>Ang mga doktor, opisina at ID ng PCP na may markang “halimbawa, hindi totoo” ay gawa-gawa para ipakita kung paano gumagana ang app: hindi totoo ang mga ito.</translation>
    </message>
    <message>
        <source>Directories go out of date. Call each office to confirm it takes the plan and is taking new patients before you enroll.</source>
        <translation>Nagiging luma ang mga direktoryo. Tawagan ang bawat opisina para kumpirmahin na tinatanggap nito ang plano at tumatanggap ito ng bagong pasyente bago ka magpatala.</translation>
    </message>
    <message>
        <source>not stated by its sources</source>
        <translation>hindi sinasabi ng mga pinagmulan nito</translation>
    </message>
    <message>
        <source>Directory data as of:</source>
        <translation>Petsa ng datos ng direktoryo:</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>Saan galing ang impormasyong ito</translation>
    </message>
    <message>
        <source>%1 (%2), %3.</source>
        <translation>%1 (%2), %3.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Ti&amp;ngnan</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Laki ng teksto</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Mas malaking teksto</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Mas maliit na teksto</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Karaniwang laki ng teksto</translation>
    </message>
    <message>
        <source>Monday</source>
        <comment>day of the week</comment>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <comment>day of the week</comment>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <comment>day of the week</comment>
        <translation>Miyerkules</translation>
    </message>
    <message>
        <source>Thursday</source>
        <comment>day of the week</comment>
        <translation>Huwebes</translation>
    </message>
    <message>
        <source>Friday</source>
        <comment>day of the week</comment>
        <translation>Biyernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <comment>day of the week</comment>
        <translation>Sabado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <comment>day of the week</comment>
        <translation>Linggo</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 hanggang %2</translation>
    </message>
    <message>
        <source>parking</source>
        <translation>paradahan</translation>
    </message>
    <message>
        <source>entrance</source>
        <translation>pasukan</translation>
    </message>
    <message>
        <source>inside the building</source>
        <translation>loob ng gusali</translation>
    </message>
    <message>
        <source>restroom</source>
        <translation>banyo</translation>
    </message>
    <message>
        <source>exam room</source>
        <translation>silid-eksaminasyon</translation>
    </message>
    <message>
        <source>height-adjustable exam table and scale</source>
        <translation>mesang pang-eksamin at timbangan na naiaangkop ang taas</translation>
    </message>
    <message>
        <source>Wheelchair access: %1</source>
        <translation>Access para sa wheelchair: %1</translation>
    </message>
    <message>
        <source>%1 yes</source>
        <translation>%1: oo</translation>
    </message>
    <message>
        <source>%1 no</source>
        <translation>%1: hindi</translation>
    </message>
    <message>
        <source>not in this directory: call the office</source>
        <translation>wala sa direktoryong ito: tawagan ang opisina</translation>
    </message>
    <message>
        <source>Taking new patients</source>
        <translation>Tumatanggap ng bagong pasyente</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients</source>
        <translation>Hindi tumatanggap ng bagong pasyente: tumitingin lang sa mga dati na nilang pasyente</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients, and their family</source>
        <translation>Hindi tumatanggap ng bagong pasyente: tumitingin lang sa mga dati na nilang pasyente, at sa kanilang pamilya</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>Hindi tumatanggap ng bagong pasyente</translation>
    </message>
    <message>
        <source>New patients: not in this directory: call the office to ask</source>
        <translation>Bagong pasyente: wala sa direktoryong ito: tawagan ang opisina para magtanong</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients in this plan. The plan may refuse or reassign the choice; call the doctor&apos;s office first to ask whether they will take you.</source>
        <translation>Hindi tumatanggap ng bagong pasyente ang doktor na ito sa planong ito. Maaaring tanggihan o ilipat ng plano ang pagpili; tawagan muna ang opisina ng doktor para itanong kung tatanggapin ka nila.</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients: if you are one, say so when you call.</source>
        <translation>Sinasabi ng direktoryo na tumitingin lang sila sa mga dati na nilang pasyente: kung isa ka sa kanila, sabihin ito kapag tumawag ka.</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients, and those patients&apos; family: if that is you, say so when you call.</source>
        <translation>Sinasabi ng direktoryo na tumitingin lang sila sa mga dati na nilang pasyente, at sa pamilya ng mga pasyenteng iyon: kung ikaw iyon, sabihin ito kapag tumawag ka.</translation>
    </message>
    <message>
        <source>OB/GYN: every HMO member can see a participating OB/GYN without a referral or prior approval (California law). Your plan may require the OB/GYN to be in your medical group.</source>
        <translation>OB/GYN: ang bawat miyembro ng HMO ay maaaring magpatingin sa isang kalahok na OB/GYN nang walang referral o paunang pag-apruba (batas ng California). Maaaring hilingin ng iyong plano na ang OB/GYN ay nasa iyong grupong medikal.</translation>
    </message>
    <message>
        <source>inferred from distance, not published</source>
        <translation>hinuha mula sa layo, hindi inilathala</translation>
    </message>
    <message>
        <source>Sample office near ZIP %1</source>
        <translation>Halimbawang opisina malapit sa ZIP %1</translation>
    </message>
    <message>
        <source>%1 office</source>
        <translation>Opisina sa %1</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>halimbawang opisina, hindi totoong address</translation>
    </message>
    <message>
        <source>fictional number</source>
        <translation>gawa-gawang numero</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>halimbawa, hindi totoo</translation>
    </message>
    <message>
        <source>The doctor directory was replaced or changed while HMO Desktop was open.</source>
        <translation>Pinalitan o binago ang direktoryo ng mga doktor habang nakabukas ang HMO Desktop.</translation>
    </message>
    <message>
        <source>Close HMO Desktop and open it again; if you replaced the directory on purpose, it will be checked then.</source>
        <translation>Isara ang HMO Desktop at buksan ulit; kung sinadya mong palitan ang direktoryo, susuriin ito sa oras na iyon.</translation>
    </message>
    <message>
        <source>Doctors shown are fictional samples. Plans and groups: public data, dated where marked. Always confirm with your plan.</source>
        <translation>Ang mga doktor na ipinapakita ay mga halimbawang gawa-gawa. Mga plano at grupo: pampublikong datos, may petsa kung saan nakamarka. Laging kumpirmahin sa iyong plano.</translation>
    </message>
    <message>
        <source>Real doctors from public files, with fictional samples where those files have none (marked Sample). Always confirm with your plan.</source>
        <translation>Mga totoong doktor mula sa mga pampublikong file, na may mga halimbawang gawa-gawa kung saan walang laman ang mga file na iyon (may markang halimbawa, hindi totoo). Laging kumpirmahin sa iyong plano.</translation>
    </message>
    <message>
        <source>Doctors come from public provider files; see About for sources and dates. Always confirm with your plan.</source>
        <translation>Ang mga doktor ay mula sa mga pampublikong file ng mga provider; tingnan ang Tungkol para sa mga pinagmulan at petsa. Laging kumpirmahin sa iyong plano.</translation>
    </message>
    <message>
        <source>This directory&apos;s newest data is from %1, more than a year ago. Plans and doctors may have changed: check with the plan before enrolling.</source>
        <translation>Ang pinakabagong datos ng direktoryong ito ay mula noong %1, mahigit isang taon na ang nakalipas. Maaaring nagbago na ang mga plano at doktor: kumpirmahin sa plano bago magpatala.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Delete one digit</source>
        <translation>Burahin ang isang digit</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>I-clear</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>I-clear ang lahat ng digit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Wika</translation>
    </message>
    <message>
        <source>%1 (no font on this computer shows it)</source>
        <translation>%1 (walang font sa computer na ito na nagpapakita nito)</translation>
    </message>
    <message>
        <source>%1 could not be loaded; the language stays as it was.</source>
        <translation>Hindi ma-load ang %1; mananatili ang wika gaya ng dati.</translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation>Wikang pasenyas ng Amerika (ASL)</translation>
    </message>
    <message>
        <source>Who is the doctor for?</source>
        <translation>Para kanino ang doktor?</translation>
    </message>
    <message>
        <source>1 doctor found</source>
        <translation>1 doktor ang nahanap</translation>
    </message>
    <message>
        <source>1 doctor found, at %1 office listings</source>
        <translation>1 doktor ang nahanap, sa %1 nakalistang opisina</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found</source>
        <translation>
            <numerusform>%Ln doktor ang nahanap</numerusform>
            <numerusform>%Ln doktor ang nahanap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found, at %1 office listings</source>
        <translation>
            <numerusform>%Ln doktor ang nahanap, sa %1 nakalistang opisina</numerusform>
            <numerusform>%Ln doktor ang nahanap, sa %1 nakalistang opisina</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>Pumili muna ng plano: bumalik sa hakbang 1.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s age on the left (0 for a baby). The list then shows only doctors who see patients that age.</source>
        <translation>Ilagay ang edad ng pasyente sa kaliwa (0 para sa sanggol). Ipapakita na lang ng listahan ang mga doktor na tumitingin sa pasyenteng ganoon ang edad.</translation>
    </message>
    <message>
        <source>a larger distance</source>
        <translation>mas malayong distansiya</translation>
    </message>
    <message>
        <source>any language for the doctor</source>
        <translation>anumang wika para sa doktor</translation>
    </message>
    <message>
        <source>any language for the office staff</source>
        <translation>anumang wika para sa kawani ng opisina</translation>
    </message>
    <message>
        <source>any new-patient status</source>
        <translation>anumang katayuan sa bagong pasyente</translation>
    </message>
    <message>
        <source>any gender</source>
        <translation>anumang kasarian</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>anumang ospital</translation>
    </message>
    <message>
        <source>fewer accessibility needs</source>
        <translation>mas kaunting pangangailangan sa access</translation>
    </message>
    <message>
        <source>doctors without video visits</source>
        <translation>mga doktor na walang video na pagpapatingin</translation>
    </message>
    <message>
        <source>any office hours</source>
        <translation>anumang oras ng opisina</translation>
    </message>
    <message>
        <source>all groups in the plan</source>
        <translation>lahat ng grupo sa plano</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, so this plan has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>Ang PACE ay para sa mga taong 55 taong gulang pataas, kaya walang doktor ang planong ito para sa pasyenteng ito. Bumalik sa hakbang 1 para pumili ng ibang plano.</translation>
    </message>
    <message>
        <source>This plan is for people %1 and older, so it has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>Ang planong ito ay para sa mga taong %1 taong gulang pataas, kaya wala itong doktor para sa pasyenteng ito. Bumalik sa hakbang 1 para pumili ng ibang plano.</translation>
    </message>
    <message>
        <source>No specialty is selected. Tick at least one of the specialties on the left.</source>
        <translation>Walang napiling espesyalidad. Lagyan ng tsek ang kahit isa sa mga espesyalidad sa kaliwa.</translation>
    </message>
    <message>
        <source>No doctor matches these filters. Press &quot;Clear filters&quot; to start over.</source>
        <translation>Walang doktor na tumutugma sa mga filter na ito. Pindutin ang &quot;I-clear ang mga filter&quot; para magsimula ulit.</translation>
    </message>
    <message>
        <source>No doctor matches every filter. Try %1: that shows 1 doctor.</source>
        <translation>Walang doktor na tumutugma sa lahat ng filter. Subukan ang %1: magpapakita iyon ng 1 doktor.</translation>
    </message>
    <message numerus="yes">
        <source>No doctor matches every filter. Try %1: that shows %Ln doctors.</source>
        <translation>
            <numerusform>Walang doktor na tumutugma sa lahat ng filter. Subukan ang %1: magpapakita iyon ng %Ln doktor.</numerusform>
            <numerusform>Walang doktor na tumutugma sa lahat ng filter. Subukan ang %1: magpapakita iyon ng %Ln doktor.</numerusform>
        </translation>
    </message>
    <message>
        <source>whether they take new patients</source>
        <translation>kung tumatanggap sila ng bagong pasyente</translation>
    </message>
    <message>
        <source>which languages the doctor speaks</source>
        <translation>kung aling mga wika ang sinasalita ng doktor</translation>
    </message>
    <message>
        <source>which languages the office staff speak</source>
        <translation>kung aling mga wika ang sinasalita ng kawani ng opisina</translation>
    </message>
    <message>
        <source>the doctor&apos;s gender</source>
        <translation>ang kasarian ng doktor</translation>
    </message>
    <message>
        <source>the office&apos;s wheelchair access</source>
        <translation>ang access para sa wheelchair ng opisina</translation>
    </message>
    <message>
        <source>whether they offer video visits</source>
        <translation>kung nag-aalok sila ng video na pagpapatingin</translation>
    </message>
    <message>
        <source>the office&apos;s hours</source>
        <translation>ang oras ng opisina</translation>
    </message>
    <message>
        <source>1 more doctor is left out because the directory does not say %2.</source>
        <translation>1 pang doktor ang hindi isinama dahil hindi sinasabi ng direktoryo ang %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more doctors are left out because the directory does not say %1.</source>
        <translation>
            <numerusform>%Ln pang doktor ang hindi isinama dahil hindi sinasabi ng direktoryo ang %1.</numerusform>
            <numerusform>%Ln pang doktor ang hindi isinama dahil hindi sinasabi ng direktoryo ang %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call their offices to ask.</source>
        <translation>Tawagan ang kanilang mga opisina para magtanong.</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>This doctor is not taking new patients</source>
        <translation>Hindi tumatanggap ng bagong pasyente ang doktor na ito</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>Hindi tumatanggap ng bagong pasyente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What choosing this doctor means</source>
        <translation>Ano ang ibig sabihin ng pagpili sa doktor na ito</translation>
    </message>
    <message>
        <source>Choose anyway</source>
        <translation>Piliin pa rin</translation>
    </message>
    <message>
        <source>Choose this doctor anyway</source>
        <translation>Piliin pa rin ang doktor na ito</translation>
    </message>
    <message>
        <source>Pick another doctor</source>
        <translation>Pumili ng ibang doktor</translation>
    </message>
</context>
<context>
    <name>AreaBar</name>
    <message>
        <source>Your ZIP code</source>
        <translation>Iyong ZIP code</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>ZIP code</translation>
    </message>
    <message>
        <source>Your county</source>
        <translation>Iyong county</translation>
    </message>
    <message>
        <source>All of California</source>
        <translation>Buong California</translation>
    </message>
    <message>
        <source>ZIP code message</source>
        <translation>Mensahe tungkol sa ZIP code</translation>
    </message>
    <message>
        <source>ZIP:</source>
        <translation>ZIP:</translation>
    </message>
    <message>
        <source>or county:</source>
        <translation>o county:</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code, or pick a county.</source>
        <translation>Maglagay ng 5-digit na ZIP code, o pumili ng county.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole ZIP code. A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>Ang &quot;%1&quot; ay hindi buong ZIP code. Ang ZIP code ay 5 digit, gaya ng 94110 (o ZIP+4, gaya ng 94110-1234).</translation>
    </message>
    <message>
        <source>%1, %2 County</source>
        <translation>%1, %2 County</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code.</source>
        <translation>Maglagay ng 5-digit na ZIP code.</translation>
    </message>
    <message>
        <source>Type the ZIP code with the digits 0-9.</source>
        <translation>I-type ang ZIP code gamit ang mga digit na 0-9.</translation>
    </message>
    <message>
        <source>A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>Ang ZIP code ay 5 digit, gaya ng 94110 (o ZIP+4, gaya ng 94110-1234).</translation>
    </message>
    <message>
        <source>%1 is not a California ZIP code. HMO Desktop covers California plans; enter a California ZIP or pick a county.</source>
        <translation>Ang %1 ay hindi ZIP code sa California. Sakop ng HMO Desktop ang mga plano sa California; maglagay ng ZIP code sa California o pumili ng county.</translation>
    </message>
    <message>
        <source>ZIP %1 is not in our list of California ZIP codes (it may be a PO box or a new ZIP). Try a nearby ZIP or pick a county.</source>
        <translation>Ang ZIP %1 ay wala sa aming listahan ng mga ZIP code sa California (maaaring PO box ito o bagong ZIP). Subukan ang kalapit na ZIP o pumili ng county.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm your PCP choice</source>
        <translation>Kumpirmahin ang pinili mong PCP</translation>
    </message>
    <message>
        <source>Your PCP choice</source>
        <translation>Ang pinili mong PCP</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>wala sa direktoryong ito; tawagan ang plano</translation>
    </message>
    <message>
        <source>practise the steps here; do not give a sample PCP ID to a plan.</source>
        <translation>sanayin dito ang mga hakbang; huwag magbigay ng halimbawang ID ng PCP sa isang plano.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Grupong medikal</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>halimbawang grupo, hindi totoo</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>Code ng grupo</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Doktor</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>halimbawang doktor, hindi totoo</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Espesyalidad</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>ID ng PCP</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it</source>
        <translation>wala sa direktoryong ito: ibibigay ito ng plano</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>halimbawang ID, hindi totoo</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Bagong pasyente</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Opisina</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Telepono ng opisina</translation>
    </message>
    <message>
        <source>Medical group phone</source>
        <translation>Telepono ng grupong medikal</translation>
    </message>
    <message>
        <source>Plan member services</source>
        <translation>Mga Serbisyo para sa Miyembro ng plano</translation>
    </message>
    <message>
        <source>the number on your member ID card</source>
        <translation>ang numero sa iyong ID card ng miyembro</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>Hindi tumatanggap ng bagong pasyente</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office before you tell the plan: ask whether they will take you as a new patient in this plan. If they say no, choose another doctor.</source>
        <translation>Tawagan ang opisina ng doktor bago mo sabihin sa plano: itanong kung tatanggapin ka nila bilang bagong pasyente sa planong ito. Kung hindi, pumili ng ibang doktor.</translation>
    </message>
    <message>
        <source>Keep a backup choice: a doctor who is taking new patients, in case the plan refuses this choice or assigns you someone else.</source>
        <translation>Magkaroon ng reserbang pagpipilian: isang doktor na tumatanggap ng bagong pasyente, kung sakaling tanggihan ng plano ang pagpiling ito o ibang doktor ang italaga sa iyo.</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office first: confirm they take your plan and are accepting new patients.</source>
        <translation>Tawagan muna ang opisina ng doktor: kumpirmahin na tinatanggap nila ang iyong plano at tumatanggap sila ng bagong pasyente.</translation>
    </message>
    <message>
        <source>Tell your plan: call member services or use its website, and give the PCP ID above.</source>
        <translation>Sabihin sa iyong plano: tumawag sa Mga Serbisyo para sa Miyembro o gamitin ang website nito, at ibigay ang ID ng PCP sa itaas.</translation>
    </message>
    <message>
        <source>A PCP change usually takes effect on the first day of the next month.</source>
        <translation>Karaniwang nagkakabisa ang pagpapalit ng PCP sa unang araw ng susunod na buwan.</translation>
    </message>
    <message>
        <source>Your new ID card will show the doctor and the medical group.</source>
        <translation>Ipapakita ng iyong bagong ID card ang doktor at ang grupong medikal.</translation>
    </message>
    <message>
        <source>Networks change, so confirm with the plan.</source>
        <translation>Nagbabago ang mga network, kaya kumpirmahin sa plano.</translation>
    </message>
    <message>
        <source>Group list as of %1; networks change, so confirm with the plan.</source>
        <translation>Listahan ng mga grupo noong %1; nagbabago ang mga network, kaya kumpirmahin sa plano.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Ano ang susunod na mangyayari</translation>
    </message>
    <message>
        <source>Summary of your choice</source>
        <translation>Buod ng iyong pinili</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
</context>
<context>
    <name>CrashScreen</name>
    <message>
        <source>Please ask staff</source>
        <translation>Pakitanong sa kawani</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. What was entered has been cleared. A staff member can help you start again.</source>
        <translation>May nagkaproblema sa loob ng HMO Desktop. Binura na ang mga inilagay. Matutulungan ka ng isang kawani na magsimula ulit.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Magsimula ulit</translation>
    </message>
</context>
<context>
    <name>DoctorProfileView</name>
    <message>
        <source>Doctor&apos;s profile</source>
        <translation>Profile ng doktor</translation>
    </message>
    <message>
        <source>Choose as my PCP</source>
        <translation>Piliin bilang aking PCP</translation>
    </message>
    <message>
        <source>Add to household…</source>
        <translation>Idagdag sa sambahayan…</translation>
    </message>
    <message>
        <source>Add this doctor to a member of the household</source>
        <translation>Idagdag ang doktor na ito sa isang miyembro ng sambahayan</translation>
    </message>
    <message>
        <source>Choose a plan that includes this doctor first.</source>
        <translation>Pumili muna ng planong kasama ang doktor na ito.</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients: you will be asked first.</source>
        <translation>Hindi tumatanggap ng bagong pasyente ang doktor na ito: tatanungin ka muna.</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>pampublikong datos</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>pampublikong datos, maaaring luma na</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>hinuha ng app na ito</translation>
    </message>
    <message>
        <source>fictional sample made by this app</source>
        <translation>halimbawang gawa-gawa ng app na ito, hindi totoo</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Babae</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Lalaki</translation>
    </message>
    <message>
        <source>Board certification: %1</source>
        <translation>Sertipikasyon ng board: %1</translation>
    </message>
    <message>
        <source>Board certified</source>
        <translation>May sertipikasyon ng board</translation>
    </message>
    <message>
        <source>Board certified: %1</source>
        <translation>May sertipikasyon ng board: %1</translation>
    </message>
    <message>
        <source>Not board certified</source>
        <translation>Walang sertipikasyon ng board</translation>
    </message>
    <message>
        <source>Sample ID</source>
        <translation>Halimbawang ID</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>halimbawang doktor, hindi totoo</translation>
    </message>
    <message>
        <source>fictional; not an NPI</source>
        <translation>gawa-gawa; hindi NPI</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>wala sa direktoryong ito</translation>
    </message>
    <message>
        <source>Languages the doctor speaks</source>
        <translation>Mga wikang sinasalita ng doktor</translation>
    </message>
    <message>
        <source>ages %1 to %2</source>
        <translation>edad %1 hanggang %2</translation>
    </message>
    <message>
        <source>ages %1 and up</source>
        <translation>edad %1 pataas</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>halimbawa, hindi totoo</translation>
    </message>
    <message>
        <source>Ages seen</source>
        <translation>Mga edad na tinatanggap</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Mga ospital</translation>
    </message>
    <message>
        <source>none in this directory; ask the medical group which it uses.</source>
        <translation>wala sa direktoryong ito; tanungin ang grupong medikal kung alin ang ginagamit nito.</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>wala sa direktoryong ito; tawagan ang plano</translation>
    </message>
    <message>
        <source>sample office, fictional</source>
        <translation>halimbawang opisina, hindi totoo</translation>
    </message>
    <message>
        <source>Address not in this directory; call the plan</source>
        <translation>Wala sa direktoryong ito ang address; tawagan ang plano</translation>
    </message>
    <message>
        <source>not in this directory; call the office</source>
        <translation>wala sa direktoryong ito; tawagan ang opisina</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepono</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oras ng opisina</translation>
    </message>
    <message>
        <source>Office staff speak</source>
        <translation>Mga wikang sinasalita ng kawani ng opisina</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>halimbawang grupo, hindi totoo</translation>
    </message>
    <message>
        <source>group code</source>
        <translation>code ng grupo</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>halimbawang ID, hindi totoo</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>ID ng PCP</translation>
    </message>
    <message>
        <source>PCP ID: not in this directory: the plan gives it when you enroll</source>
        <translation>ID ng PCP: wala sa direktoryong ito: ibibigay ito ng plano kapag nagpatala ka</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this group</source>
        <translation>Walang network ng HMO sa direktoryong ito na naglilista sa grupong ito</translation>
    </message>
    <message>
        <source>the plan lists this group; the doctor&apos;s practice was matched to it by name</source>
        <translation>inilista ng plano ang grupong ito; itinugma rito ang klinika ng doktor ayon sa pangalan</translation>
    </message>
    <message>
        <source>video visits</source>
        <translation>video na pagpapatingin</translation>
    </message>
    <message>
        <source>not in this directory; ask the group or the plan</source>
        <translation>wala sa direktoryong ito; tanungin ang grupo o ang plano</translation>
    </message>
    <message>
        <source>Group phone</source>
        <translation>Telepono ng grupo</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>Linya pagkatapos ng oras ng opisina</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>Mga patakaran sa referral</translation>
    </message>
    <message>
        <source>this doctor is generated sample data, not a real person.</source>
        <translation>ang doktor na ito ay halimbawang datos na ginawa ng app, hindi totoong tao.</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>halimbawang opisina, hindi totoong address</translation>
    </message>
    <message>
        <source>In your plan</source>
        <translation>Sa iyong plano</translation>
    </message>
    <message>
        <source>This doctor is not in this plan.</source>
        <translation>Wala sa planong ito ang doktor na ito.</translation>
    </message>
    <message>
        <source>If you change plans and want to keep this doctor, these plans include them</source>
        <translation>Kung magpapalit ka ng plano at gusto mong panatilihin ang doktor na ito, kasama siya sa mga planong ito</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group. Ask the doctor&apos;s office which HMO plans they take, then check with the plan.</source>
        <translation>Walang network ng HMO sa direktoryong ito na naglilista sa grupo ng doktor na ito. Itanong sa opisina ng doktor kung aling mga planong HMO ang tinatanggap nila, saka kumpirmahin sa plano.</translation>
    </message>
    <message>
        <source>Not in an HMO network here</source>
        <translation>Wala sa network ng HMO dito</translation>
    </message>
</context>
<context>
    <name>FindDoctorDialog</name>
    <message>
        <source>Find my current doctor</source>
        <translation>Hanapin ang kasalukuyan kong doktor</translation>
    </message>
    <message>
        <source>Doctor&apos;s name</source>
        <translation>Pangalan ng doktor</translation>
    </message>
    <message>
        <source>Type the doctor&apos;s name, e.g. Nguyen or José</source>
        <translation>I-type ang pangalan ng doktor, hal. Nguyen o José</translation>
    </message>
    <message>
        <source>Only doctors with an office in my county</source>
        <translation>Mga doktor lang na may opisina sa aking county</translation>
    </message>
    <message>
        <source>Only doctors near me (choose a ZIP or county first)</source>
        <translation>Mga doktor lang na malapit sa akin (pumili muna ng ZIP o county)</translation>
    </message>
    <message>
        <source>Only doctors with an office in %1 County</source>
        <translation>Mga doktor lang na may opisina sa %1 County</translation>
    </message>
    <message>
        <source>Doctors found</source>
        <translation>Mga nahanap na doktor</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more offices</source>
        <translation>
            <numerusform>at %Ln pang opisina</numerusform>
            <numerusform>at %Ln pang opisina</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more medical groups</source>
        <translation>
            <numerusform>at %Ln pang grupong medikal</numerusform>
            <numerusform>at %Ln pang grupong medikal</numerusform>
        </translation>
    </message>
    <message>
        <source>Start typing a first or last name.</source>
        <translation>Simulang i-type ang pangalan o apelyido.</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Tip sa paghahanap</translation>
    </message>
    <message>
        <source>Open the doctor&apos;s profile</source>
        <translation>Buksan ang profile ng doktor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>No office listed</source>
        <translation>Walang nakalistang opisina</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group</source>
        <translation>Walang network ng HMO sa direktoryong ito na naglilista sa grupo ng doktor na ito</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Sa %1</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>Wala sa %1</translation>
    </message>
    <message>
        <source>and 1 more office</source>
        <translation>at 1 pang opisina</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found. Press Enter to open the first.</source>
        <translation>
            <numerusform>%Ln doktor ang nahanap. Pindutin ang Enter para buksan ang una.</numerusform>
            <numerusform>%Ln doktor ang nahanap. Pindutin ang Enter para buksan ang una.</numerusform>
        </translation>
    </message>
    <message>
        <source>and 1 more medical group</source>
        <translation>at 1 pang grupong medikal</translation>
    </message>
    <message>
        <source>No doctor&apos;s name starts with &quot;%1&quot;. Check the spelling or type less.</source>
        <translation>Walang pangalan ng doktor na nagsisimula sa &quot;%1&quot;. Suriin ang baybay o mag-type nang mas kaunti.</translation>
    </message>
    <message>
        <source>No doctor with an office in %2 County has a name that starts with &quot;%1&quot;. Check the spelling, type less, or clear the box above to search all of California.</source>
        <translation>Walang doktor na may opisina sa %2 County na may pangalang nagsisimula sa &quot;%1&quot;. Suriin ang baybay, mag-type nang mas kaunti, o burahin ang laman ng kahon sa itaas para maghanap sa buong California.</translation>
    </message>
    <message>
        <source>1 doctor found. Press Enter to open the profile.</source>
        <translation>1 doktor ang nahanap. Pindutin ang Enter para buksan ang profile.</translation>
    </message>
    <message>
        <source>Only the first %1 are listed: type more of the name.</source>
        <translation>Ang unang %1 lang ang nakalista: mag-type pa ng higit sa pangalan.</translation>
    </message>
    <message>
        <source>Choose a plan to see whether each doctor is in it.</source>
        <translation>Pumili ng plano para makita kung kasama rito ang bawat doktor.</translation>
    </message>
</context>
<context>
    <name>GroupBrowser</name>
    <message>
        <source>Choose a medical group</source>
        <translation>Pumili ng grupong medikal</translation>
    </message>
    <message>
        <source>Search groups by name</source>
        <translation>Maghanap ng grupo ayon sa pangalan</translation>
    </message>
    <message>
        <source>Type a group name</source>
        <translation>I-type ang pangalan ng grupo</translation>
    </message>
    <message>
        <source>Sort groups by</source>
        <translation>Pagsunud-sunurin ang mga grupo ayon sa</translation>
    </message>
    <message>
        <source>Nearest first, then by county</source>
        <translation>Pinakamalapit muna, saka ayon sa county</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Most accepting new patients</source>
        <translation>Pinakamaraming tumatanggap ng bagong pasyente</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Grupong medikal</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Saan</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Marka</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Mga ospital</translation>
    </message>
    <message>
        <source>Medical groups</source>
        <translation>Mga grupong medikal</translation>
    </message>
    <message>
        <source>What choosing this group means</source>
        <translation>Ano ang ibig sabihin ng pagpili sa grupong ito</translation>
    </message>
    <message>
        <source>No groups message</source>
        <translation>Mensaheng walang grupo</translation>
    </message>
    <message>
        <source>Choose this group</source>
        <translation>Piliin ang grupong ito</translation>
    </message>
    <message>
        <source>Skip: search doctors in the whole plan</source>
        <translation>Laktawan: maghanap ng doktor sa buong plano</translation>
    </message>
    <message>
        <source>Skip choosing a group</source>
        <translation>Laktawan ang pagpili ng grupo</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Ayusin:</translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>Pumili muna ng plano: bumalik sa hakbang 1.</translation>
    </message>
    <message>
        <source>Your care team in %1</source>
        <translation>Ang iyong care team sa %1</translation>
    </message>
    <message>
        <source>Choose a medical group in %1</source>
        <translation>Pumili ng grupong medikal sa %1</translation>
    </message>
    <message>
        <source>Choose this care team</source>
        <translation>Piliin ang care team na ito</translation>
    </message>
    <message>
        <source>Continue to doctors</source>
        <translation>Magpatuloy sa mga doktor</translation>
    </message>
    <message>
        <source>Groups anywhere in California (choose a ZIP code or county above)</source>
        <translation>Mga grupo saanman sa California (pumili ng ZIP code o county sa itaas)</translation>
    </message>
    <message>
        <source>Groups the plan lists in %1 County</source>
        <translation>Mga grupong inilista ng plano sa %1 County</translation>
    </message>
    <message>
        <source>This plan lists no medical groups here in the offline directory. Use &quot;Skip&quot; to search its doctors directly, or call the plan.</source>
        <translation>Walang grupong medikal na nakalista ang planong ito rito sa offline na direktoryo. Gamitin ang &quot;Laktawan&quot; para direktang hanapin ang mga doktor nito, o tawagan ang plano.</translation>
    </message>
    <message>
        <source>No group name matches your search. Clear the search to see the group.</source>
        <translation>Walang pangalan ng grupo na tumutugma sa iyong hinahanap. I-clear ang paghahanap para makita ang grupo.</translation>
    </message>
    <message numerus="yes">
        <source>No group name matches your search. Clear the search to see all %Ln groups.</source>
        <translation>
            <numerusform>Walang pangalan ng grupo na tumutugma sa iyong hinahanap. I-clear ang paghahanap para makita ang lahat ng %Ln grupo.</numerusform>
            <numerusform>Walang pangalan ng grupo na tumutugma sa iyong hinahanap. I-clear ang paghahanap para makita ang lahat ng %Ln grupo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>HMO</source>
        <translation>HMO (Health Maintenance Organization)</translation>
    </message>
    <message>
        <source>A Health Maintenance Organization is a kind of health plan. You choose one primary care doctor (PCP) who coordinates your care. Except in emergencies, you use the doctors, hospitals and specialists of your PCP&apos;s medical group, and you need a referral to see a specialist (but not to see a participating OB/GYN).</source>
        <translation>Ang Health Maintenance Organization (HMO) ay isang uri ng planong pangkalusugan. Pipili ka ng isang doktor sa pangunahing pangangalaga (PCP) na mag-aayos ng iyong pangangalaga. Maliban sa emergency, gagamitin mo ang mga doktor, ospital at espesyalista ng grupong medikal ng iyong PCP, at kailangan mo ng referral para magpatingin sa espesyalista (pero hindi para magpatingin sa kalahok na OB/GYN).</translation>
    </message>
    <message>
        <source>Medical group / IPA</source>
        <translation>Grupong medikal / IPA</translation>
    </message>
    <message>
        <source>A group of doctors that contracts with HMO plans. An IPA (Independent Physician Association) is a network of doctors in their own offices. Your PCP&apos;s group decides referrals, which specialists you see and which hospital you use.</source>
        <translation>Isang grupo ng mga doktor na may kontrata sa mga planong HMO. Ang IPA (Independent Physician Association) ay isang network ng mga doktor na may sariling opisina. Ang grupo ng iyong PCP ang nagpapasya sa mga referral, kung aling mga espesyalista ang pupuntahan mo at kung aling ospital ang gagamitin mo.</translation>
    </message>
    <message>
        <source>Primary care physician (PCP)</source>
        <translation>Doktor sa pangunahing pangangalaga (PCP)</translation>
    </message>
    <message>
        <source>Your main doctor: check-ups, everyday illness, prescriptions and referrals.</source>
        <translation>Ang iyong pangunahing doktor: check-up, karaniwang sakit, reseta at referral.</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Espesyalista</translation>
    </message>
    <message>
        <source>A doctor for one area of medicine, such as heart or skin. In an HMO you usually need a referral from your PCP first.</source>
        <translation>Doktor para sa isang larangan ng medisina, gaya ng puso o balat. Sa isang HMO, kadalasan ay kailangan mo muna ng referral mula sa iyong PCP.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral (pagpapasa sa espesyalista)</translation>
    </message>
    <message>
        <source>Your PCP&apos;s request, approved by the medical group, for you to see a specialist or get a service. You do not need one to see a participating OB/GYN.</source>
        <translation>Ang kahilingan ng iyong PCP, na inaprubahan ng grupong medikal, para makapagpatingin ka sa espesyalista o makakuha ng serbisyo. Hindi mo ito kailangan para magpatingin sa kalahok na OB/GYN.</translation>
    </message>
    <message>
        <source>The four primary care specialties</source>
        <translation>Ang apat na espesyalidad sa pangunahing pangangalaga</translation>
    </message>
    <message>
        <source>Family medicine (all ages), internal medicine (adults), pediatrics (children and teens), and OB/GYN (women&apos;s health; some plans let an OB/GYN be your PCP). In California every HMO member can see a participating OB/GYN without a referral or prior approval; your plan may require the OB/GYN to be in your medical group.</source>
        <translation>Family medicine (lahat ng edad), internal medicine (matatanda), pediatrics (mga bata at tinedyer), at OB/GYN (kalusugan ng kababaihan; pinapayagan ng ilang plano na maging PCP mo ang OB/GYN). Sa California, ang bawat miyembro ng HMO ay maaaring magpatingin sa kalahok na OB/GYN nang walang referral o paunang pag-apruba; maaaring hilingin ng iyong plano na ang OB/GYN ay nasa iyong grupong medikal.</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>Tumatanggap ng bagong pasyente</translation>
    </message>
    <message>
        <source>The doctor takes new patients in this plan. &quot;Existing patients only&quot; means the doctor is not taking new patients: only people already seen there; &quot;Existing patients and their family&quot; adds those patients&apos; relatives. If you choose a doctor who is not taking new patients, the plan may refuse the choice or give you another doctor, so call the office first. Always call the office to confirm: lists change often.</source>
        <translation>Tumatanggap ang doktor ng bagong pasyente sa planong ito. Ang &quot;Kasalukuyang pasyente lang&quot; ay nangangahulugang hindi tumatanggap ng bagong pasyente ang doktor: ang mga taong dati na niyang pasyente roon lang; idinaragdag ng &quot;Kasalukuyang pasyente at kanilang pamilya&quot; ang mga kamag-anak ng mga pasyenteng iyon. Kung pipili ka ng doktor na hindi tumatanggap ng bagong pasyente, maaaring tanggihan ng plano ang pagpili o bigyan ka ng ibang doktor, kaya tawagan muna ang opisina. Laging tawagan ang opisina para kumpirmahin: madalas magbago ang mga listahan.</translation>
    </message>
    <message>
        <source>Sample doctors</source>
        <translation>Mga halimbawang doktor (gawa-gawa)</translation>
    </message>
    <message>
        <source>No public file lists California doctors with their groups, so the doctors in this directory are fictional samples, marked &quot;Sample doctor (fictional)&quot;, and so are their offices and phone numbers. Plans, the names of medical groups, hospitals and ZIP codes come from public data, with their dates. A hospital marked &quot;inferred&quot; is one near the offices, not one the doctor or group published; anything marked &quot;sample&quot; or &quot;fictional&quot; is made up.</source>
        <translation>Walang pampublikong file na naglilista ng mga doktor sa California kasama ang kanilang mga grupo, kaya ang mga doktor sa direktoryong ito ay mga halimbawang gawa-gawa, na may markang &quot;Halimbawang doktor (gawa-gawa, hindi totoong tao)&quot;, at gayundin ang kanilang mga opisina at numero ng telepono. Ang mga plano, ang mga pangalan ng mga grupong medikal, mga ospital at mga ZIP code ay galing sa pampublikong datos, kasama ang mga petsa nito. Ang ospital na may markang &quot;hinuha&quot; ay isang ospital na malapit sa mga opisina, hindi isang inilathala ng doktor o ng grupo; anumang may markang &quot;halimbawa&quot; o &quot;hindi totoo&quot; ay gawa-gawa.</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>Tulong at glosaryo</translation>
    </message>
    <message>
        <source>Help: words you will see</source>
        <translation>Tulong: mga salitang makikita mo</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosaryo</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Isara ang tulong</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Nandiyan ka pa ba?</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Natitirang segundo</translation>
    </message>
    <message>
        <source>When the count reaches 0, everything on this screen is cleared for the next person. Touch anywhere or press any key for more time.</source>
        <translation>Kapag umabot sa 0 ang bilang, buburahin ang lahat sa screen na ito para sa susunod na tao. Pindutin ang kahit saan sa screen o ang kahit anong key para magkaroon ng dagdag na oras.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Kailangan ko pa ng oras</translation>
    </message>
    <message>
        <source>I&apos;m finished</source>
        <translation>Tapos na ako</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything now</source>
        <translation>Tapos na ako: burahin ang lahat ngayon</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>I&apos;m finished</source>
        <translation>Tapos na ako</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything for the next person</source>
        <translation>Tapos na ako: burahin ang lahat para sa susunod na tao</translation>
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
        <translation>HMO Desktop: piliin ang iyong doktor sa pangunahing pangangalaga</translation>
    </message>
    <message>
        <source>%1 does not serve this area: choose a plan again.</source>
        <translation>Hindi naglilingkod ang %1 sa lugar na ito: pumili ulit ng plano.</translation>
    </message>
    <message>
        <source>%1 is not listed here: choose a medical group again.</source>
        <translation>Hindi nakalista rito ang %1: pumili ulit ng grupong medikal.</translation>
    </message>
</context>
<context>
    <name>PcpChooser</name>
    <message>
        <source>Choose your primary care doctor</source>
        <translation>Piliin ang iyong doktor sa pangunahing pangangalaga</translation>
    </message>
    <message>
        <source>Where you are searching</source>
        <translation>Kung saan ka naghahanap</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>Mga doktor</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Itago ang mga filter</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Mga filter</translation>
    </message>
    <message>
        <source>Number of doctors found</source>
        <translation>Bilang ng mga nahanap na doktor</translation>
    </message>
    <message>
        <source>No doctors message</source>
        <translation>Mensaheng walang doktor</translation>
    </message>
    <message>
        <source>Doctors left out for facts not in this directory</source>
        <translation>Mga doktor na hindi isinama dahil sa impormasyong wala sa direktoryong ito</translation>
    </message>
    <message>
        <source>See doctor&apos;s profile</source>
        <translation>Tingnan ang profile ng doktor</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Ipakita ang mga filter</translation>
    </message>
    <message>
        <source>About the selected doctor</source>
        <translation>Tungkol sa napiling doktor</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>all medical groups in the plan</source>
        <translation>lahat ng grupong medikal sa plano</translation>
    </message>
    <message>
        <source>offices in %1 County, nearest to %2</source>
        <translation>mga opisina sa %1 County, pinakamalapit sa %2</translation>
    </message>
    <message>
        <source>offices in %1 County</source>
        <translation>mga opisina sa %1 County</translation>
    </message>
    <message>
        <source>offices anywhere in California</source>
        <translation>mga opisina saanman sa California</translation>
    </message>
</context>
<context>
    <name>PcpFilterPanel</name>
    <message>
        <source>Who is the doctor for?</source>
        <translation>Para kanino ang doktor?</translation>
    </message>
    <message>
        <source>Patient&apos;s age</source>
        <translation>Edad ng pasyente</translation>
    </message>
    <message>
        <source>Enter age</source>
        <translation>Ilagay ang edad</translation>
    </message>
    <message>
        <source>Type the age of the person who needs the doctor; babies are 0</source>
        <translation>I-type ang edad ng taong nangangailangan ng doktor; 0 ang mga sanggol</translation>
    </message>
    <message>
        <source>Patient&apos;s sex (optional)</source>
        <translation>Kasarian ng pasyente (opsyonal)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Hindi ibinigay</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Babae</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Lalaki</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Edad:</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>Kasarian (opsyonal):</translation>
    </message>
    <message>
        <source>Primary care specialties</source>
        <translation>Mga espesyalidad sa pangunahing pangangalaga</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Bagong pasyente</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Anumang katayuan</translation>
    </message>
    <message>
        <source>Accepting new patients, or call to ask</source>
        <translation>Tumatanggap ng bagong pasyente, o tumawag para magtanong</translation>
    </message>
    <message>
        <source>Not in this directory: call to ask</source>
        <translation>Wala sa direktoryong ito: tumawag para magtanong</translation>
    </message>
    <message>
        <source>Language the doctor speaks</source>
        <translation>Wikang sinasalita ng doktor</translation>
    </message>
    <message>
        <source>Language the office staff speak</source>
        <translation>Wikang sinasalita ng kawani ng opisina</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Anumang wika</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender</source>
        <translation>Kasarian ng doktor</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Kahit ano</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Babae</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Lalaki</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Layo</translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>Anumang layo</translation>
    </message>
    <message>
        <source>Within %1 miles</source>
        <translation>Sa loob ng %1 milya</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Ospital</translation>
    </message>
    <message>
        <source>Any hospital</source>
        <translation>Anumang ospital</translation>
    </message>
    <message>
        <source>Offers video visits</source>
        <translation>May video na pagpapatingin</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>Oras sa gabi</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>Oras sa Sabado</translation>
    </message>
    <message>
        <source>Wheelchair accessible office</source>
        <translation>Opisinang may access para sa wheelchair</translation>
    </message>
    <message>
        <source>Parking, entrance, inside, restroom, exam room and exam table all accessible</source>
        <translation>Naa-access lahat ang paradahan, pasukan, loob, banyo, silid-eksaminasyon at mesang pang-eksamin</translation>
    </message>
    <message>
        <source>Sort doctors by</source>
        <translation>Pagsunud-sunurin ang mga doktor ayon sa</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>Pinakamalapit muna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>I-clear ang mga filter</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>Bagong pasyente:</translation>
    </message>
    <message>
        <source>Doctor speaks:</source>
        <translation>Wika ng doktor:</translation>
    </message>
    <message>
        <source>Staff speak:</source>
        <translation>Wika ng kawani:</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender:</source>
        <translation>Kasarian ng doktor:</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Layo:</translation>
    </message>
    <message>
        <source>Hospital:</source>
        <translation>Ospital:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Ayusin:</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (hinuha)</translation>
    </message>
</context>
<context>
    <name>PlanNotListedDialog</name>
    <message>
        <source>My plan is not listed</source>
        <translation>Wala sa listahan ang plano ko</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ano ang gagawin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
</context>
<context>
    <name>PlanPicker</name>
    <message>
        <source>Choose your health plan</source>
        <translation>Piliin ang iyong planong pangkalusugan</translation>
    </message>
    <message>
        <source>These HMO plans serve your area. Pick the one on your member ID card, or the one you are enrolling in.</source>
        <translation>Naglilingkod ang mga planong HMO na ito sa iyong lugar. Piliin ang nasa iyong ID card ng miyembro, o ang planong pinagpapatalaan mo.</translation>
    </message>
    <message>
        <source>What is an HMO?</source>
        <translation>Ano ang HMO?</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Kompanya ng seguro</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>Mga Serbisyo para sa Miyembro</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Petsa ng datos</translation>
    </message>
    <message>
        <source>Health plans in your area</source>
        <translation>Mga planong pangkalusugan sa iyong lugar</translation>
    </message>
    <message>
        <source>About the selected plan</source>
        <translation>Tungkol sa napiling plano</translation>
    </message>
    <message>
        <source>My plan is not listed</source>
        <translation>Wala sa listahan ang plano ko</translation>
    </message>
    <message>
        <source>My plan is not listed: what to do</source>
        <translation>Wala sa listahan ang plano ko: ano ang gagawin</translation>
    </message>
    <message>
        <source>Continue with this plan</source>
        <translation>Magpatuloy sa planong ito</translation>
    </message>
    <message>
        <source>No plans message</source>
        <translation>Mensaheng walang plano</translation>
    </message>
    <message>
        <source>Opening the doctor directory...</source>
        <translation>Binubuksan ang direktoryo ng mga doktor...</translation>
    </message>
    <message>
        <source>See your member ID card</source>
        <translation>Tingnan ang iyong ID card ng miyembro</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>%1 County</translation>
    </message>
    <message>
        <source>California</source>
        <translation>California</translation>
    </message>
    <message>
        <source>Choose your health plan in %1</source>
        <translation>Piliin ang iyong planong pangkalusugan sa %1</translation>
    </message>
    <message>
        <source>ZIP %1 (%2)</source>
        <translation>ZIP %1 (%2)</translation>
    </message>
    <message>
        <source>No plan in this directory serves %1: it has only the plans in public files, and none of them lists this area. Check the ZIP code or pick another county. If you already have a plan, press &quot;My plan is not listed&quot; to see how to find its doctors.</source>
        <translation>Walang plano sa direktoryong ito na naglilingkod sa %1: mayroon lang itong mga plano mula sa mga pampublikong file, at wala sa mga iyon ang naglilista sa lugar na ito. Suriin ang ZIP code o pumili ng ibang county. Kung may plano ka na, pindutin ang &quot;Wala sa listahan ang plano ko&quot; para makita kung paano hanapin ang mga doktor nito.</translation>
    </message>
    <message>
        <source>Select your plan to see what it covers.</source>
        <translation>Piliin ang iyong plano para makita kung ano ang sakop nito.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Sige</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Itapon</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find a primary care doctor</source>
        <translation>Maghanap ng doktor sa pangunahing pangangalaga</translation>
    </message>
    <message>
        <source>Choose your language, type your ZIP code if you like, then press Start. When you are done, press “I&apos;m finished”: everything you entered is cleared for the next person.</source>
        <translation>Piliin ang iyong wika, i-type ang iyong ZIP code kung gusto mo, saka pindutin ang Magsimula. Kapag tapos ka na, pindutin ang “Tapos na ako”: buburahin ang lahat ng inilagay mo para sa susunod na tao.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>Your ZIP code (optional)</source>
        <translation>Iyong ZIP code (opsyonal)</translation>
    </message>
    <message>
        <source>Five digits, to list doctors near you.</source>
        <translation>Limang digit, para ilista ang mga doktor na malapit sa iyo.</translation>
    </message>
    <message>
        <source>Your ZIP code</source>
        <translation>Iyong ZIP code</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>ZIP code</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Magsimula</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Kawani</translation>
    </message>
    <message>
        <source>Staff only: enter the staff PIN</source>
        <translation>Para sa kawani lang: ilagay ang PIN ng kawani</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Find my current doctor</source>
        <translation>Hanapin ang kasalukuyan kong doktor</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Tulong</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>Tulong at glosaryo</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tungkol</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data</source>
        <translation>Tungkol sa HMO Desktop at sa datos nito</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Magsimula ulit</translation>
    </message>
    <message>
        <source>Start over with a new member (also Ctrl+N)</source>
        <translation>Magsimula ulit sa bagong miyembro (o Ctrl+N)</translation>
    </message>
    <message>
        <source>Forget this member&apos;s ZIP, plan, group, doctor, filters and searches</source>
        <translation>Kalimutan ang ZIP, plano, grupo, doktor, filter at paghahanap ng miyembrong ito</translation>
    </message>
</context>
</TS>
