<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context>
    <name></name>
    <message>
        <source>%1, age %2</source>
        <translation>%1 អាយុ %2</translation>
    </message>
    <message>
        <source>Next step for Medi-Cal: Health Care Options</source>
        <translation>ជំហានបន្ទាប់សម្រាប់ Medi-Cal៖ Health Care Options</translation>
    </message>
    <message>
        <source>Before you enroll</source>
        <translation>មុនពេលអ្នកចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>PCP ID:</source>
        <translation>លេខសម្គាល់ PCP៖</translation>
    </message>
    <message>
        <source>Family medicine</source>
        <translation>វេជ្ជសាស្ត្រគ្រួសារ</translation>
    </message>
    <message>
        <source>Internal medicine</source>
        <translation>វេជ្ជសាស្ត្រផ្ទៃក្នុង</translation>
    </message>
    <message>
        <source>Pediatrics</source>
        <translation>កុមារវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <source>OB/GYN</source>
        <translation>សម្ភព និងរោគស្ត្រី (OB/GYN)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>គ្រួសារ</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>ផ្ទៃក្នុង</translation>
    </message>
    <message>
        <source>All ages, children to seniors; often the whole family.</source>
        <translation>គ្រប់វ័យ ពីកុមារដល់មនុស្សចាស់ ជារឿយៗសម្រាប់គ្រួសារទាំងមូល។</translation>
    </message>
    <message>
        <source>Adults only: prevention and long-term conditions.</source>
        <translation>សម្រាប់មនុស្សពេញវ័យតែប៉ុណ្ណោះ៖ ការបង្ការ និងជំងឺរ៉ាំរ៉ៃ។</translation>
    </message>
    <message>
        <source>Babies, children and teens (up to 18 or 21).</source>
        <translation>ទារក កុមារ និងក្មេងជំទង់ (រហូតដល់អាយុ 18 ឬ 21 ឆ្នាំ)។</translation>
    </message>
    <message>
        <source>Women&apos;s health, pregnancy and gynecology; some act as a PCP.</source>
        <translation>សុខភាពស្ត្រី ការមានផ្ទៃពោះ និងរោគស្ត្រី ខ្លះធ្វើជា PCP។</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>ទទួលអ្នកជំងឺថ្មី</translation>
    </message>
    <message>
        <source>Existing patients only</source>
        <translation>តែអ្នកជំងឺចាស់ប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>Existing patients and their family</source>
        <translation>អ្នកជំងឺចាស់ និងគ្រួសាររបស់ពួកគេ</translation>
    </message>
    <message>
        <source>Not accepting patients</source>
        <translation>មិនទទួលអ្នកជំងឺ</translation>
    </message>
    <message>
        <source>Call to ask</source>
        <translation>ទូរស័ព្ទសួរ</translation>
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
        <translation>និយោជក និងបុគ្គល (ពាណិជ្ជកម្ម)</translation>
    </message>
    <message>
        <source>Accessible parking</source>
        <translation>ចំណតរថយន្តសម្រាប់ជនពិការ</translation>
    </message>
    <message>
        <source>Accessible entrance</source>
        <translation>ច្រកចូលសម្រាប់ជនពិការ</translation>
    </message>
    <message>
        <source>Accessible inside the building</source>
        <translation>ខាងក្នុងអគារងាយស្រួលសម្រាប់ជនពិការ</translation>
    </message>
    <message>
        <source>Accessible restroom</source>
        <translation>បន្ទប់ទឹកសម្រាប់ជនពិការ</translation>
    </message>
    <message>
        <source>Accessible exam room</source>
        <translation>បន្ទប់ពិនិត្យងាយស្រួលសម្រាប់ជនពិការ</translation>
    </message>
    <message>
        <source>Height-adjustable exam table / accessible scale</source>
        <translation>តុពិនិត្យដែលកែកម្ពស់បាន / ជញ្ជីងសម្រាប់ជនពិការ</translation>
    </message>
    <message>
        <source>Sample doctor (fictional)</source>
        <translation>គ្រូពេទ្យគំរូ (ប្រឌិត មិនមែនពិត)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1៖ %2</translation>
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
        <translation>%1 ម៉ាយ</translation>
    </message>
    <message>
        <source>Languages: English only.</source>
        <translation>ភាសា៖ តែភាសាអង់គ្លេសប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Languages: English, %1. None of these translations has been reviewed by a fluent speaker yet; tell the team what reads wrong.</source>
        <translation>ភាសា៖ ភាសាអង់គ្លេស %1។ មិនទាន់មានការបកប្រែណាមួយក្នុងចំណោមនេះត្រូវបានពិនិត្យដោយអ្នកចេះភាសានោះស្ទាត់ជំនាញនៅឡើយទេ សូមប្រាប់ក្រុមការងារពីកន្លែងដែលអានទៅមិនត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <source>Languages: English, %1. Reviewed by a fluent speaker: %2.</source>
        <translation>ភាសា៖ ភាសាអង់គ្លេស %1។ បានពិនិត្យដោយអ្នកចេះភាសានោះស្ទាត់ជំនាញ៖ %2។</translation>
    </message>
    <message>
        <source>To translate or review a language, open its file, resources/translations/hmo_desktop_&lt;code&gt;.ts, in Qt Linguist (README, &quot;Languages&quot;).</source>
        <translation>ដើម្បីបកប្រែ ឬពិនិត្យភាសាមួយ សូមបើកឯកសាររបស់វា resources/translations/hmo_desktop_&lt;code&gt;.ts ក្នុង Qt Linguist (README, &quot;Languages&quot;)។</translation>
    </message>
    <message>
        <source>made by this app</source>
        <translation>បង្កើតដោយកម្មវិធីនេះ</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>គិតត្រឹម %1</translation>
    </message>
    <message>
        <source>fictional samples, made up by this app</source>
        <translation>គំរូប្រឌិត បង្កើតដោយកម្មវិធីនេះ</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>សន្និដ្ឋានដោយកម្មវិធីនេះ</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>ទិន្នន័យសាធារណៈ អាចហួសសម័យ</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>ទិន្នន័យសាធារណៈ</translation>
    </message>
    <message>
        <source>none (used while building)</source>
        <translation>គ្មាន (ប្រើពេលបង្កើត)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>ជួរ</translation>
    </message>
    <message>
        <source>Works offline; sends nothing anywhere.</source>
        <translation>ដំណើរការដោយគ្មានអ៊ីនធឺណិត មិនផ្ញើអ្វីទៅកន្លែងណាទាំងអស់។</translation>
    </message>
    <message>
        <source>Directory %1, checksum %2</source>
        <translation>បញ្ជីឈ្មោះ %1 លេខផ្ទៀងផ្ទាត់ (checksum) %2</translation>
    </message>
    <message>
        <source>Data sources (%1)</source>
        <translation>ប្រភពទិន្នន័យ (%1)</translation>
    </message>
    <message>
        <source>About HMO Desktop</source>
        <translation>អំពី HMO Desktop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data sources</source>
        <translation>អំពី HMO Desktop និងប្រភពទិន្នន័យរបស់វា</translation>
    </message>
    <message>
        <source>%1 (sample office)</source>
        <translation>%1 (ការិយាល័យគំរូ)</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>ខោនធី %1</translation>
    </message>
    <message>
        <source>Sample group: its office is a sample placed at a ZIP code center, %1 away.</source>
        <translation>ក្រុមគំរូ៖ ការិយាល័យរបស់វាជាគំរូដែលដាក់នៅចំណុចកណ្តាលលេខកូដ ZIP ចម្ងាយ %1។</translation>
    </message>
    <message>
        <source>Sample group: its office is not in this directory.</source>
        <translation>ក្រុមគំរូ៖ ការិយាល័យរបស់វាមិនមាននៅក្នុងបញ្ជីឈ្មោះនេះទេ។</translation>
    </message>
    <message>
        <source>Serves %1; office address not in this directory.</source>
        <translation>បម្រើ %1 អាសយដ្ឋានការិយាល័យមិនមាននៅក្នុងបញ្ជីឈ្មោះនេះទេ។</translation>
    </message>
    <message>
        <source>No %1 doctors in this group here</source>
        <translation>គ្មានគ្រូពេទ្យ %1 នៃក្រុមនេះនៅទីនេះទេ</translation>
    </message>
    <message>
        <source>%1 of 1 %2 doctor is accepting new patients</source>
        <translation>%1 ក្នុងចំណោមគ្រូពេទ្យ %2 1 នាក់ កំពុងទទួលអ្នកជំងឺថ្មី</translation>
    </message>
    <message numerus="yes">
        <source>%n counties</source>
        <translation>
            <numerusform>ខោនធីចំនួន %n</numerusform>
            <numerusform>ខោនធីចំនួន %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Counties: %1</source>
        <translation>ខោនធី៖ %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln %2 doctors are accepting new patients</source>
        <translation>
            <numerusform>%1 ក្នុងចំណោមគ្រូពេទ្យ %2 %Ln នាក់ កំពុងទទួលអ្នកជំងឺថ្មី</numerusform>
            <numerusform>%1 ក្នុងចំណោមគ្រូពេទ្យ %2 %Ln នាក់ កំពុងទទួលអ្នកជំងឺថ្មី</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>មិនទាន់វាយតម្លៃ</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>មិនបានផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (សន្និដ្ឋាន)</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan with one Permanente Medical Group per region. Enter your ZIP code or county above, or choose the group of the region where you live: Northern or Southern California.</source>
        <translation>Kaiser Permanente ជាគម្រោងសុខភាពរួមបញ្ចូលគ្នា ដែលមាន Permanente Medical Group មួយក្នុងតំបន់នីមួយៗ។ សូមបញ្ចូលលេខកូដ ZIP ឬខោនធីរបស់អ្នកខាងលើ ឬជ្រើសរើសក្រុមនៃតំបន់ដែលអ្នករស់នៅ៖ កាលីហ្វ័រញ៉ាខាងជើង ឬខាងត្បូង។</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, with a care team at each PACE center. Enter your ZIP code or county above, or choose the center where you live.</source>
        <translation>PACE គឺសម្រាប់មនុស្សអាយុ 55 ឆ្នាំឡើងទៅ ដោយមានក្រុមថែទាំនៅមជ្ឈមណ្ឌល PACE នីមួយៗ។ សូមបញ្ចូលលេខកូដ ZIP ឬខោនធីរបស់អ្នកខាងលើ ឬជ្រើសរើសមជ្ឈមណ្ឌលដែលអ្នករស់នៅ។</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group of your region, so there is no medical group to choose. Continue to choose your doctor.</source>
        <translation>Kaiser Permanente ជាគម្រោងសុខភាពរួមបញ្ចូលគ្នា៖ គ្រូពេទ្យរបស់វាទាំងអស់ស្ថិតនៅក្នុង Permanente Medical Group នៃតំបន់របស់អ្នក ដូច្នេះមិនចាំបាច់ជ្រើសរើសក្រុមវេជ្ជសាស្ត្រទេ។ សូមបន្តដើម្បីជ្រើសរើសគ្រូពេទ្យរបស់អ្នក។</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older. Your care team, your doctor included, is at your PACE center, so there is no medical group to choose. Continue to see the center&apos;s doctors.</source>
        <translation>PACE គឺសម្រាប់មនុស្សអាយុ 55 ឆ្នាំឡើងទៅ។ ក្រុមថែទាំរបស់អ្នក រួមទាំងគ្រូពេទ្យរបស់អ្នក នៅមជ្ឈមណ្ឌល PACE របស់អ្នក ដូច្នេះមិនចាំបាច់ជ្រើសរើសក្រុមវេជ្ជសាស្ត្រទេ។ សូមបន្តដើម្បីមើលគ្រូពេទ្យរបស់មជ្ឈមណ្ឌល។</translation>
    </message>
    <message>
        <source>Your doctor belongs to a medical group. The group decides referrals to specialists and which hospitals you use. Numbers show doctors accepting new patients, for patients of any age.</source>
        <translation>គ្រូពេទ្យរបស់អ្នកស្ថិតនៅក្នុងក្រុមវេជ្ជសាស្ត្រមួយ។ ក្រុមនេះសម្រេចលើការបញ្ជូនបន្តទៅគ្រូពេទ្យឯកទេស និងមន្ទីរពេទ្យដែលអ្នកប្រើ។ លេខបង្ហាញចំនួនគ្រូពេទ្យដែលទទួលអ្នកជំងឺថ្មី សម្រាប់អ្នកជំងឺគ្រប់វ័យ។</translation>
    </message>
    <message>
        <source>If you choose this group, your PCP and your specialists come from it, and referrals to specialists go through it.</source>
        <translation>ប្រសិនបើអ្នកជ្រើសរើសក្រុមនេះ PCP និងគ្រូពេទ្យឯកទេសរបស់អ្នកមកពីក្រុមនេះ ហើយការបញ្ជូនបន្តទៅគ្រូពេទ្យឯកទេសឆ្លងកាត់ក្រុមនេះ។</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>វិធានការបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>ខ្សែទូរស័ព្ទក្រៅម៉ោងធ្វើការ</translation>
    </message>
    <message>
        <source>not in this directory: see your member ID card or call the plan.</source>
        <translation>មិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ៖ សូមមើលប័ណ្ណសម្គាល់សមាជិករបស់អ្នក ឬទូរស័ព្ទទៅគម្រោងសុខភាព។</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>គ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>ការវាយតម្លៃគុណភាព</translation>
    </message>
    <message>
        <source>Plan group code</source>
        <translation>លេខកូដក្រុមរបស់គម្រោងសុខភាព</translation>
    </message>
    <message>
        <source>Sample group (fictional): this plan&apos;s group list is not available offline, so this group and everything said about it are samples.</source>
        <translation>ក្រុមគំរូ (ប្រឌិត)៖ បញ្ជីក្រុមរបស់គម្រោងសុខភាពនេះមិនមានពេលគ្មានអ៊ីនធឺណិតទេ ដូច្នេះក្រុមនេះ និងអ្វីៗទាំងអស់ដែលនិយាយអំពីវា គឺជាគំរូ មិនមែនពិតទេ។</translation>
    </message>
    <message>
        <source>The plan&apos;s own care team. Its doctors in this directory are samples.</source>
        <translation>ក្រុមថែទាំផ្ទាល់របស់គម្រោងសុខភាព។ គ្រូពេទ្យរបស់វានៅក្នុងបញ្ជីឈ្មោះនេះជាគំរូ មិនមែនពិតទេ។</translation>
    </message>
    <message>
        <source>Listed by the carrier for this network in 2017-18. Networks change every year: call the plan to confirm.</source>
        <translation>បានចុះបញ្ជីដោយក្រុមហ៊ុនធានារ៉ាប់រងសម្រាប់បណ្តាញនេះក្នុងឆ្នាំ 2017-18។ បណ្តាញផ្លាស់ប្តូររៀងរាល់ឆ្នាំ៖ សូមទូរស័ព្ទទៅគម្រោងសុខភាពដើម្បីបញ្ជាក់។</translation>
    </message>
    <message>
        <source>Not published: ask the group or the plan which hospitals it uses.</source>
        <translation>មិនបានផ្សព្វផ្សាយ៖ សូមសួរក្រុម ឬគម្រោងសុខភាពថាតើវាប្រើមន្ទីរពេទ្យណាខ្លះ។</translation>
    </message>
    <message>
        <source>%1 (CMS rating %2 of 5)</source>
        <translation>%1 (ការវាយតម្លៃ CMS %2 ក្នុងចំណោម 5)</translation>
    </message>
    <message>
        <source>inferred from distance, not published by the group</source>
        <translation>សន្និដ្ឋានពីចម្ងាយ មិនមែនក្រុមបានផ្សព្វផ្សាយទេ</translation>
    </message>
    <message>
        <source>sample, fictional</source>
        <translation>គំរូ ប្រឌិត</translation>
    </message>
    <message>
        <source>not in this directory: ask the group or the plan.</source>
        <translation>មិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ៖ សូមសួរក្រុម ឬគម្រោងសុខភាព។</translation>
    </message>
    <message>
        <source>You can see an OB/GYN in your plan&apos;s network without a referral or prior approval (California law); the plan may require the OB/GYN to be in your medical group.</source>
        <translation>អ្នកអាចជួបគ្រូពេទ្យសម្ភព និងរោគស្ត្រី (OB/GYN) នៅក្នុងបណ្តាញរបស់គម្រោងសុខភាពរបស់អ្នក ដោយគ្មានការបញ្ជូនបន្ត ឬការអនុម័តជាមុន (ច្បាប់រដ្ឋកាលីហ្វ័រញ៉ា) គម្រោងសុខភាពអាចតម្រូវឱ្យ OB/GYN ស្ថិតនៅក្នុងក្រុមវេជ្ជសាស្ត្ររបស់អ្នក។</translation>
    </message>
    <message>
        <source>How a PACE member&apos;s doctor is assigned: when you enroll, the PACE center&apos;s care team assigns you a primary care doctor who works at the center. You can ask the center for a particular doctor on its team.</source>
        <translation>របៀបដែលគ្រូពេទ្យរបស់សមាជិក PACE ត្រូវបានចាត់តាំង៖ នៅពេលអ្នកចុះឈ្មោះ ក្រុមថែទាំរបស់មជ្ឈមណ្ឌល PACE ចាត់តាំងគ្រូពេទ្យថែទាំបឋមម្នាក់ដែលធ្វើការនៅមជ្ឈមណ្ឌលឱ្យអ្នក។ អ្នកអាចស្នើសុំមជ្ឈមណ្ឌលនូវគ្រូពេទ្យជាក់លាក់ណាម្នាក់ក្នុងក្រុមរបស់វា។</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>ជម្រើសទីមួយ</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>ជម្រើសបម្រុង %1</translation>
    </message>
    <message>
        <source>The selected member&apos;s doctors</source>
        <translation>គ្រូពេទ្យរបស់សមាជិកដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>This member&apos;s plan</source>
        <translation>គម្រោងសុខភាពរបស់សមាជិកនេះ</translation>
    </message>
    <message>
        <source>Plan for this member:</source>
        <translation>គម្រោងសុខភាពសម្រាប់សមាជិកនេះ៖</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>ជម្រើស</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>គ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>អ្នកជំងឺថ្មី</translation>
    </message>
    <message>
        <source>Make first choice</source>
        <translation>ធ្វើជាជម្រើសទីមួយ</translation>
    </message>
    <message>
        <source>Make this doctor the member&apos;s first choice</source>
        <translation>ធ្វើឱ្យគ្រូពេទ្យនេះជាជម្រើសទីមួយរបស់សមាជិក</translation>
    </message>
    <message>
        <source>Remove doctor</source>
        <translation>ដកគ្រូពេទ្យចេញ</translation>
    </message>
    <message>
        <source>Remove this doctor from the member&apos;s choices</source>
        <translation>ដកគ្រូពេទ្យនេះចេញពីជម្រើសរបស់សមាជិក</translation>
    </message>
    <message>
        <source>Select a member to see their plan and doctors.</source>
        <translation>ជ្រើសរើសសមាជិកម្នាក់ ដើម្បីមើលគម្រោងសុខភាព និងគ្រូពេទ្យរបស់ពួកគេ។</translation>
    </message>
    <message>
        <source>%1&apos;s plan and doctors</source>
        <translation>គម្រោងសុខភាព និងគ្រូពេទ្យរបស់ %1</translation>
    </message>
    <message>
        <source>The household&apos;s plan (%1)</source>
        <translation>គម្រោងសុខភាពរបស់ក្រុមគ្រួសារ (%1)</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>មិនទាន់បានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Type the member&apos;s first name or a nickname.</source>
        <translation>វាយនាមខ្លួន ឬឈ្មោះហៅក្រៅរបស់សមាជិក។</translation>
    </message>
    <message>
        <source>That name is long: a first name or a nickname is enough.</source>
        <translation>ឈ្មោះនោះវែងពេក៖ នាមខ្លួន ឬឈ្មោះហៅក្រៅគឺគ្រប់គ្រាន់ហើយ។</translation>
    </message>
    <message>
        <source>Type a first name or nickname only: no numbers, dates, IDs or addresses.</source>
        <translation>វាយតែនាមខ្លួន ឬឈ្មោះហៅក្រៅប៉ុណ្ណោះ៖ កុំវាយលេខ កាលបរិច្ឆេទ លេខសម្គាល់ ឬអាសយដ្ឋាន។</translation>
    </message>
    <message>
        <source>The age must be from 0 to 120.</source>
        <translation>អាយុត្រូវតែពី 0 ដល់ 120។</translation>
    </message>
    <message>
        <source>Choose female, male, or leave sex not given.</source>
        <translation>ជ្រើសរើសស្រី ប្រុស ឬទុកភេទឱ្យនៅទទេ។</translation>
    </message>
    <message>
        <source>One of the access needs is not known to this app.</source>
        <translation>តម្រូវការចូលប្រើមួយមិនត្រូវបានស្គាល់ដោយកម្មវិធីនេះទេ។</translation>
    </message>
    <message>
        <source>This member cannot be added as given.</source>
        <translation>មិនអាចបន្ថែមសមាជិកនេះតាមដែលបានបញ្ចូលទេ។</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>ជម្រើសទីមួយ</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>ជម្រើសបម្រុង %1</translation>
    </message>
    <message>
        <source>%1 has no PCP yet.</source>
        <translation>%1 មិនទាន់មាន PCP នៅឡើយទេ។</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is no longer in this directory for this plan; choose another doctor.</source>
        <translation>%1៖ %2 (%3) លែងមាននៅក្នុងបញ្ជីឈ្មោះនេះសម្រាប់គម្រោងសុខភាពនេះហើយ សូមជ្រើសរើសគ្រូពេទ្យផ្សេង។</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in this member&apos;s plan.</source>
        <translation>%1៖ %2 (%3) មិនស្ថិតនៅក្នុងគម្រោងសុខភាពរបស់សមាជិកនេះទេ។</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not taking new patients.</source>
        <translation>%1៖ %2 (%3) មិនទទួលអ្នកជំងឺថ្មីទេ។</translation>
    </message>
    <message>
        <source>%1: this directory does not say whether %2 (%3) takes new patients; call to ask.</source>
        <translation>%1៖ បញ្ជីឈ្មោះនេះមិនបានបញ្ជាក់ថា %2 (%3) ទទួលអ្នកជំងឺថ្មីឬអត់ទេ សូមទូរស័ព្ទសួរ។</translation>
    </message>
    <message>
        <source>%1: %2 (%3) sees patients up to age %4; %1 ages out within a year.</source>
        <translation>%1៖ %2 (%3) ពិនិត្យអ្នកជំងឺរហូតដល់អាយុ %4 ឆ្នាំ %1 នឹងលើសអាយុក្នុងរយៈពេលមួយឆ្នាំ។</translation>
    </message>
    <message>
        <source>Add the members of the household, one at a time.</source>
        <translation>បន្ថែមសមាជិកក្រុមគ្រួសារ ម្តងម្នាក់។</translation>
    </message>
    <message>
        <source>Everyone has a PCP, and nothing needs another look.</source>
        <translation>គ្រប់គ្នាមាន PCP ហើយ ហើយគ្មានអ្វីត្រូវពិនិត្យម្តងទៀតទេ។</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (គំរូ មិនមែនពិត)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>មិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1 គិតត្រឹម %2</translation>
    </message>
    <message>
        <source>needs a ZIP</source>
        <translation>ត្រូវការលេខកូដ ZIP</translation>
    </message>
    <message>
        <source>not known here: open this doctor from the doctor step</source>
        <translation>មិនស្គាល់នៅទីនេះ៖ សូមបើកគ្រូពេទ្យនេះពីជំហានគ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>Evening: %1; Saturday: %2</source>
        <translation>ពេលល្ងាច៖ %1; ថ្ងៃសៅរ៍៖ %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>មាន៖ %1</translation>
    </message>
    <message>
        <source>not in this directory: ask the medical group</source>
        <translation>មិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ៖ សូមសួរក្រុមវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <source>Doctor: %1. Office: %2. Group: %3. Plan: %4.</source>
        <translation>គ្រូពេទ្យ៖ %1។ ការិយាល័យ៖ %2។ ក្រុម៖ %3។ គម្រោងសុខភាព៖ %4។</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>ចម្ងាយ</translation>
    </message>
    <message>
        <source>Doctor&apos;s languages</source>
        <translation>ភាសារបស់គ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>Staff languages</source>
        <translation>ភាសារបស់បុគ្គលិក</translation>
    </message>
    <message>
        <source>Evening and Saturday hours</source>
        <translation>ម៉ោងពេលល្ងាច និងថ្ងៃសៅរ៍</translation>
    </message>
    <message>
        <source>Video visits</source>
        <translation>ការពិនិត្យតាមវីដេអូ</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>ភាពងាយស្រួលសម្រាប់ជនពិការ</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>មន្ទីរពេទ្យ</translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation>វិញ្ញាបនបត្រឯកទេស</translation>
    </message>
    <message>
        <source>Group rating</source>
        <translation>ការវាយតម្លៃក្រុម</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>ប្រភព និងកាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>ប្រៀបធៀប</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>ក្រុមគ្រួសារ</translation>
    </message>
    <message>
        <source>Household: everyone enrolling together</source>
        <translation>ក្រុមគ្រួសារ៖ អ្នកទាំងអស់ដែលចុះឈ្មោះជាមួយគ្នា</translation>
    </message>
    <message>
        <source>1 doctor can see everyone (ages %1).</source>
        <translation>គ្រូពេទ្យ 1 នាក់អាចពិនិត្យគ្រប់គ្នា (អាយុ %1)។</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors can see everyone (ages %1).</source>
        <translation>
            <numerusform>គ្រូពេទ្យ %Ln នាក់អាចពិនិត្យគ្រប់គ្នា (អាយុ %1)។</numerusform>
            <numerusform>គ្រូពេទ្យ %Ln នាក់អាចពិនិត្យគ្រប់គ្នា (អាយុ %1)។</numerusform>
        </translation>
    </message>
    <message>
        <source>Same doctor for the family</source>
        <translation>គ្រូពេទ្យដូចគ្នាសម្រាប់គ្រួសារ</translation>
    </message>
    <message>
        <source>Doctors who can see every member</source>
        <translation>គ្រូពេទ្យដែលអាចពិនិត្យសមាជិកគ្រប់រូប</translation>
    </message>
    <message>
        <source>Doctors for the whole family</source>
        <translation>គ្រូពេទ្យសម្រាប់គ្រួសារទាំងមូល</translation>
    </message>
    <message>
        <source>Doctors for everyone</source>
        <translation>គ្រូពេទ្យសម្រាប់គ្រប់គ្នា</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>សមាជិក</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>អាយុ</translation>
    </message>
    <message>
        <source>PCP</source>
        <translation>PCP</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ជម្រើសបម្រុង</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>សមាជិកក្រុមគ្រួសារ</translation>
    </message>
    <message>
        <source>Use the current doctor</source>
        <translation>ប្រើគ្រូពេទ្យបច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>Use the current doctor as this member&apos;s first choice</source>
        <translation>ប្រើគ្រូពេទ្យបច្ចុប្បន្នជាជម្រើសទីមួយរបស់សមាជិកនេះ</translation>
    </message>
    <message>
        <source>Add as a backup</source>
        <translation>បន្ថែមជាជម្រើសបម្រុង</translation>
    </message>
    <message>
        <source>Add the current doctor as this member&apos;s backup</source>
        <translation>បន្ថែមគ្រូពេទ្យបច្ចុប្បន្នជាជម្រើសបម្រុងរបស់សមាជិកនេះ</translation>
    </message>
    <message>
        <source>Change member</source>
        <translation>កែសមាជិក</translation>
    </message>
    <message>
        <source>Change this member</source>
        <translation>កែសមាជិកនេះ</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>ដកសមាជិកចេញ</translation>
    </message>
    <message>
        <source>Remove this member</source>
        <translation>ដកសមាជិកនេះចេញ</translation>
    </message>
    <message>
        <source>What to look at again</source>
        <translation>អ្វីដែលត្រូវពិនិត្យម្តងទៀត</translation>
    </message>
    <message>
        <source>Compare the chosen doctors</source>
        <translation>ប្រៀបធៀបគ្រូពេទ្យដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Members, or compare</source>
        <translation>សមាជិក ឬប្រៀបធៀប</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>សមាជិក(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;ompare doctors</source>
        <translation>ប្រៀបធៀបគ្រូពេទ្យ(&amp;O)</translation>
    </message>
    <message>
        <source>Needs a PCP</source>
        <translation>ត្រូវការ PCP</translation>
    </message>
    <message>
        <source>Choose a plan and add the members first.</source>
        <translation>សូមជ្រើសរើសគម្រោងសុខភាព និងបន្ថែមសមាជិកជាមុនសិន។</translation>
    </message>
    <message>
        <source>Use the current doctor for %1</source>
        <translation>ប្រើគ្រូពេទ្យបច្ចុប្បន្នសម្រាប់ %1</translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation>សេចក្តីសង្ខេបការចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>នាមខ្លួន ឬឈ្មោះហៅក្រៅ</translation>
    </message>
    <message>
        <source>Sex (optional)</source>
        <translation>ភេទ (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>មិនបានផ្តល់</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <source>Preferred language (optional)</source>
        <translation>ភាសាដែលចូលចិត្ត (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>ការចូលដោយរទេះរុញ</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>ម៉ោងពេលល្ងាច</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>ម៉ោងថ្ងៃសៅរ៍</translation>
    </message>
    <message>
        <source>Wants an OB/GYN as PCP</source>
        <translation>ចង់បានគ្រូពេទ្យ OB/GYN ជា PCP</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>បន្ថែមសមាជិក</translation>
    </message>
    <message>
        <source>Add this member</source>
        <translation>បន្ថែមសមាជិកនេះ</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>បោះបង់ការផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>Leave the member as they were</source>
        <translation>ទុកសមាជិកដូចមុន</translation>
    </message>
    <message>
        <source>Why the member was not added</source>
        <translation>មូលហេតុដែលសមាជិកមិនត្រូវបានបន្ថែម</translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation>នាមខ្លួន ឬឈ្មោះហៅក្រៅ៖</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>អាយុ៖</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>ភេទ (ស្រេចចិត្ត)៖</translation>
    </message>
    <message>
        <source>Language (optional):</source>
        <translation>ភាសា (ស្រេចចិត្ត)៖</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>រក្សាទុកការផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>Save the changes to this member</source>
        <translation>រក្សាទុកការផ្លាស់ប្តូរចំពោះសមាជិកនេះ</translation>
    </message>
    <message>
        <source>The saved household file was damaged. It was set aside, and the last good copy was opened instead: check the members and their doctors.</source>
        <translation>ឯកសារក្រុមគ្រួសារដែលបានរក្សាទុកត្រូវបានខូច។ វាត្រូវបានដាក់ឡែក ហើយច្បាប់ចម្លងល្អចុងក្រោយត្រូវបានបើកជំនួសវិញ៖ សូមពិនិត្យសមាជិក និងគ្រូពេទ្យរបស់ពួកគេ។</translation>
    </message>
    <message>
        <source>The saved household file was damaged, and there was no good copy to open. It was set aside; add the members again.</source>
        <translation>ឯកសារក្រុមគ្រួសារដែលបានរក្សាទុកត្រូវបានខូច ហើយគ្មានច្បាប់ចម្លងល្អណាមួយសម្រាប់បើកទេ។ វាត្រូវបានដាក់ឡែក សូមបន្ថែមសមាជិកម្តងទៀត។</translation>
    </message>
    <message>
        <source>The saved household was kept by a newer version of HMO Desktop. It was left as it is; open it with that version.</source>
        <translation>ក្រុមគ្រួសារដែលបានរក្សាទុក ត្រូវបានរក្សាទុកដោយកំណែថ្មីជាងរបស់ HMO Desktop។ វាត្រូវបានទុកដដែល សូមបើកវាដោយកំណែនោះ។</translation>
    </message>
    <message>
        <source>The saved household could not be brought up to date. It was left as it was; add the members again, or try again after updating HMO Desktop.</source>
        <translation>មិនអាចធ្វើបច្ចុប្បន្នភាពក្រុមគ្រួសារដែលបានរក្សាទុកបានទេ។ វាត្រូវបានទុកដដែល សូមបន្ថែមសមាជិកម្តងទៀត ឬព្យាយាមម្តងទៀតបន្ទាប់ពីធ្វើបច្ចុប្បន្នភាព HMO Desktop។</translation>
    </message>
    <message>
        <source>The saved household could not be opened.</source>
        <translation>មិនអាចបើកក្រុមគ្រួសារដែលបានរក្សាទុកបានទេ។</translation>
    </message>
    <message>
        <source>The saved household could not be opened: %1</source>
        <translation>មិនអាចបើកក្រុមគ្រួសារដែលបានរក្សាទុកបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Your household kept on this computer is open: View &gt; Household.</source>
        <translation>ក្រុមគ្រួសាររបស់អ្នកដែលរក្សាទុកនៅលើកុំព្យូទ័រនេះកំពុងបើក៖ មើល &gt; ក្រុមគ្រួសារ។</translation>
    </message>
    <message>
        <source>Doctors no longer in this directory: %1. Choose others.</source>
        <translation>គ្រូពេទ្យដែលលែងមាននៅក្នុងបញ្ជីឈ្មោះនេះ៖ %1។ សូមជ្រើសរើសគ្រូពេទ្យផ្សេង។</translation>
    </message>
    <message>
        <source>The household could not be saved in %1: %2. Nothing was changed there.</source>
        <translation>មិនអាចរក្សាទុកក្រុមគ្រួសារនៅក្នុង %1 បានទេ៖ %2។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរនៅទីនោះទេ។</translation>
    </message>
    <message>
        <source>Kept on this computer. Changes are saved as you make them.</source>
        <translation>រក្សាទុកនៅលើកុំព្យូទ័រនេះ។ ការផ្លាស់ប្តូរត្រូវបានរក្សាទុកភ្លាមៗនៅពេលអ្នកធ្វើ។</translation>
    </message>
    <message>
        <source>This household is forgotten: nothing of it is kept on this computer.</source>
        <translation>ក្រុមគ្រួសារនេះត្រូវបានលុបចោល៖ គ្មានអ្វីពីវាត្រូវបានរក្សាទុកនៅលើកុំព្យូទ័រនេះទេ។</translation>
    </message>
    <message>
        <source>Keep this household?</source>
        <translation>រក្សាទុកក្រុមគ្រួសារនេះ?</translation>
    </message>
    <message>
        <source>Keep this household on this computer for next time?</source>
        <translation>រក្សាទុកក្រុមគ្រួសារនេះនៅលើកុំព្យូទ័រនេះសម្រាប់លើកក្រោយ?</translation>
    </message>
    <message>
        <source>Only the first names or nicknames, ages and chosen doctors are kept, in your user folder. On a shared computer, choose Don&apos;t keep.</source>
        <translation>មានតែនាមខ្លួន ឬឈ្មោះហៅក្រៅ អាយុ និងគ្រូពេទ្យដែលបានជ្រើសរើសប៉ុណ្ណោះ ដែលត្រូវបានរក្សាទុកក្នុងថតអ្នកប្រើរបស់អ្នក។ នៅលើកុំព្យូទ័ររួម សូមជ្រើសរើស កុំរក្សាទុក។</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Don&apos;t keep</source>
        <translation>កុំរក្សាទុក</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Forget this household?</source>
        <translation>លុបក្រុមគ្រួសារនេះចោល?</translation>
    </message>
    <message>
        <source>Its members and their doctors are removed from the screen, and the copy kept on this computer is deleted with its backups. This cannot be undone.</source>
        <translation>សមាជិក និងគ្រូពេទ្យរបស់ពួកគេត្រូវបានដកចេញពីអេក្រង់ ហើយច្បាប់ចម្លងដែលរក្សាទុកនៅលើកុំព្យូទ័រនេះត្រូវបានលុបជាមួយនឹងច្បាប់បម្រុងទុករបស់វា។ សកម្មភាពនេះមិនអាចត្រឡប់វិញបានទេ។</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>លុបចោល</translation>
    </message>
    <message>
        <source>&amp;Household…</source>
        <translation>ក្រុមគ្រួសារ(&amp;H)…</translation>
    </message>
    <message>
        <source>The family&apos;s members, their doctors, and the enrollment summary</source>
        <translation>សមាជិកគ្រួសារ គ្រូពេទ្យរបស់ពួកគេ និងសេចក្តីសង្ខេបការចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>ទទួល</translation>
    </message>
    <message>
        <source>%1; ages not in this directory</source>
        <translation>%1; អាយុមិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>ក្រុមវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <source>Save the enrollment summary</source>
        <translation>រក្សាទុកសេចក្តីសង្ខេបការចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>អក្សរធំ</translation>
    </message>
    <message>
        <source>Large print summary</source>
        <translation>សេចក្តីសង្ខេបអក្សរធំ</translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation>រក្សាទុកសេចក្តីសង្ខេបជា PDF…</translation>
    </message>
    <message>
        <source>Save the enrollment summary as a PDF file</source>
        <translation>រក្សាទុកសេចក្តីសង្ខេបការចុះឈ្មោះជាឯកសារ PDF</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>បោះពុម្ពសេចក្តីសង្ខេប…</translation>
    </message>
    <message>
        <source>Print the enrollment summary</source>
        <translation>បោះពុម្ពសេចក្តីសង្ខេបការចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>Keep on this computer</source>
        <translation>រក្សាទុកនៅលើកុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <source>Keep this household on this computer</source>
        <translation>រក្សាទុកក្រុមគ្រួសារនេះនៅលើកុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <source>Forget this household</source>
        <translation>លុបក្រុមគ្រួសារនេះចោល</translation>
    </message>
    <message>
        <source>Close the household</source>
        <translation>បិទក្រុមគ្រួសារ</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>បានរក្សាទុកនៅលើកុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <source>The summary is printing. Please collect it from the printer.</source>
        <translation>សេចក្តីសង្ខេបកំពុងបោះពុម្ព។ សូមយកវាពីម៉ាស៊ីនបោះពុម្ព។</translation>
    </message>
    <message>
        <source>The summary is ready. A staff member will print it for you.</source>
        <translation>សេចក្តីសង្ខេបរួចរាល់ហើយ។ បុគ្គលិកនឹងបោះពុម្ពវាឱ្យអ្នក។</translation>
    </message>
    <message>
        <source>No printer is set up here. Please ask staff.</source>
        <translation>គ្មានម៉ាស៊ីនបោះពុម្ពត្រូវបានរៀបចំនៅទីនេះទេ។ សូមសួរបុគ្គលិក។</translation>
    </message>
    <message>
        <source>The summary could not be made. Please ask staff.</source>
        <translation>មិនអាចបង្កើតសេចក្តីសង្ខេបបានទេ។ សូមសួរបុគ្គលិក។</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>បោះពុម្ពសេចក្តីសង្ខេប</translation>
    </message>
    <message>
        <source>HMO Desktop kiosk</source>
        <translation>ឃីអូស HMO Desktop</translation>
    </message>
    <message>
        <source>HMO Desktop</source>
        <translation>HMO Desktop</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>សម្រាប់តែបុគ្គលិកប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>លេខ PIN បុគ្គលិក</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>លេខ PIN បុគ្គលិក៖</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>សារអំពីលេខ PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ដោះសោ</translation>
    </message>
    <message>
        <source>Unlock staff settings</source>
        <translation>ដោះសោការកំណត់របស់បុគ្គលិក</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>ត្រឡប់ទៅឃីអូសវិញ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <source>Clear for the next person</source>
        <translation>សម្អាតសម្រាប់អ្នកបន្ទាប់</translation>
    </message>
    <message>
        <source>Clear everything now for the next person</source>
        <translation>សម្អាតអ្វីៗទាំងអស់ឥឡូវនេះសម្រាប់អ្នកបន្ទាប់</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>ចាកចេញពីឃីអូស</translation>
    </message>
    <message>
        <source>No staff PIN is set, so this kiosk cannot be left from here. To set one, run this on the computer, then start the kiosk again:

hmo-desktop --set-kiosk-pin

It is kept, as a salted hash, in %1</source>
        <translation>មិនទាន់បានកំណត់លេខ PIN បុគ្គលិកទេ ដូច្នេះមិនអាចចាកចេញពីឃីអូសនេះពីទីនេះបានទេ។ ដើម្បីកំណត់វា សូមដំណើរការពាក្យបញ្ជានេះនៅលើកុំព្យូទ័រ រួចចាប់ផ្តើមឃីអូសម្តងទៀត៖

hmo-desktop --set-kiosk-pin

វាត្រូវបានរក្សាទុកជាតម្លៃ hash ដែលមាន salt នៅក្នុង %1</translation>
    </message>
    <message>
        <source>Configuration file: %1</source>
        <translation>ឯកសារកំណត់រចនាសម្ព័ន្ធ៖ %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>Idle time before the warning: %1 seconds</source>
        <translation>រយៈពេលទំនេរមុនការព្រមាន៖ %1 វិនាទី</translation>
    </message>
    <message>
        <source>The warning counts down from: %1 seconds</source>
        <translation>ការព្រមានរាប់ថយក្រោយពី៖ %1 វិនាទី</translation>
    </message>
    <message>
        <source>Text size for each new person: %1 %</source>
        <translation>ទំហំអក្សរសម្រាប់អ្នកថ្មីម្នាក់ៗ៖ %1 %</translation>
    </message>
    <message>
        <source>Summaries: PDF files in %1, emptied at every reset</source>
        <translation>សេចក្តីសង្ខេប៖ ឯកសារ PDF នៅក្នុង %1 ត្រូវបានសម្អាតរាល់ពេលកំណត់ឡើងវិញ</translation>
    </message>
    <message>
        <source>Summaries: printed on %1</source>
        <translation>សេចក្តីសង្ខេប៖ បោះពុម្ពលើ %1</translation>
    </message>
    <message>
        <source>Summaries: no default printer is set up on this computer</source>
        <translation>សេចក្តីសង្ខេប៖ គ្មានម៉ាស៊ីនបោះពុម្ពលំនាំដើមត្រូវបានរៀបចំនៅលើកុំព្យូទ័រនេះទេ</translation>
    </message>
    <message>
        <source>The configuration file was not used: %1</source>
        <translation>ឯកសារកំណត់រចនាសម្ព័ន្ធមិនត្រូវបានប្រើទេ៖ %1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>លេខ PIN ខុសច្រើនដងពេក។ សូមព្យាយាមម្តងទៀតក្នុងរយៈពេល %1 វិនាទី។</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>លេខ PIN នោះមិនត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>របារម៉ឺនុយ</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>ម៉ឺនុយបន្ថែម</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ឯកសារ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open directory…</source>
        <translation>បើកបញ្ជីឈ្មោះ(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another doctor directory file; it is checked before it is used</source>
        <translation>បើកឯកសារបញ្ជីឈ្មោះគ្រូពេទ្យផ្សេងទៀត វានឹងត្រូវបានពិនិត្យមុនពេលប្រើ</translation>
    </message>
    <message>
        <source>Open a doctor directory</source>
        <translation>បើកបញ្ជីឈ្មោះគ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>Doctor directories (*.sqlite)</source>
        <translation>បញ្ជីឈ្មោះគ្រូពេទ្យ (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. You can keep working; if it happens again, send these details to the team.</source>
        <translation>មានបញ្ហាមួយបានកើតឡើងនៅខាងក្នុង HMO Desktop។ អ្នកអាចបន្តធ្វើការបាន ប្រសិនបើវាកើតឡើងម្តងទៀត សូមផ្ញើព័ត៌មានលម្អិតទាំងនេះទៅក្រុមការងារ។</translation>
    </message>
    <message>
        <source>The doctor directory is not an HMO Desktop directory.</source>
        <translation>បញ្ជីឈ្មោះគ្រូពេទ្យនេះមិនមែនជាបញ្ជីឈ្មោះរបស់ HMO Desktop ទេ។</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is damaged.</source>
        <translation>បញ្ជីឈ្មោះគ្រូពេទ្យដែលភ្ជាប់មកជាមួយ HMO Desktop ត្រូវបានខូច។</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is missing.</source>
        <translation>បញ្ជីឈ្មោះគ្រូពេទ្យដែលភ្ជាប់មកជាមួយ HMO Desktop បាត់។</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory.</source>
        <translation>HMO Desktop មិនមានសិទ្ធិអានបញ្ជីឈ្មោះគ្រូពេទ្យរបស់វាទេ។</translation>
    </message>
    <message>
        <source>A folder is where HMO Desktop&apos;s doctor directory should be.</source>
        <translation>មានថតមួយនៅកន្លែងដែលបញ្ជីឈ្មោះគ្រូពេទ្យរបស់ HMO Desktop គួរតែនៅ។</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory&apos;s manifest.</source>
        <translation>HMO Desktop មិនមានសិទ្ធិអានឯកសារ manifest នៃបញ្ជីឈ្មោះគ្រូពេទ្យរបស់វាទេ។</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop is damaged.</source>
        <translation>ឯកសារបញ្ជីឈ្មោះគ្រូពេទ្យដែលបានផ្តល់ឱ្យ HMO Desktop ត្រូវបានខូច។</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop does not exist.</source>
        <translation>ឯកសារបញ្ជីឈ្មោះគ្រូពេទ្យដែលបានផ្តល់ឱ្យ HMO Desktop មិនមានទេ។</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the doctor directory file it was given.</source>
        <translation>HMO Desktop មិនមានសិទ្ធិអានឯកសារបញ្ជីឈ្មោះគ្រូពេទ្យដែលបានផ្តល់ឱ្យវាទេ។</translation>
    </message>
    <message>
        <source>HMO Desktop was given a folder, not a doctor directory file.</source>
        <translation>HMO Desktop ត្រូវបានផ្តល់ថតមួយ មិនមែនឯកសារបញ្ជីឈ្មោះគ្រូពេទ្យទេ។</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the manifest of the doctor directory file it was given.</source>
        <translation>HMO Desktop មិនមានសិទ្ធិអានឯកសារ manifest នៃឯកសារបញ្ជីឈ្មោះគ្រូពេទ្យដែលបានផ្តល់ឱ្យវាទេ។</translation>
    </message>
    <message>
        <source>This doctor directory needs a newer version of HMO Desktop.</source>
        <translation>បញ្ជីឈ្មោះគ្រូពេទ្យនេះត្រូវការកំណែថ្មីជាងរបស់ HMO Desktop។</translation>
    </message>
    <message>
        <source>This doctor directory is too old for this version of HMO Desktop.</source>
        <translation>បញ្ជីឈ្មោះគ្រូពេទ្យនេះចាស់ពេកសម្រាប់កំណែ HMO Desktop នេះ។</translation>
    </message>
    <message>
        <source>Reinstall HMO Desktop, or rebuild the directory with &apos;python -m hmo_desktop.datapack build&apos;.</source>
        <translation>សូមដំឡើង HMO Desktop ឡើងវិញ ឬបង្កើតបញ្ជីឈ្មោះឡើងវិញដោយប្រើ &apos;python -m hmo_desktop.datapack build&apos;។</translation>
    </message>
    <message>
        <source>Check that you may read it, or reinstall HMO Desktop.</source>
        <translation>សូមពិនិត្យថាអ្នកមានសិទ្ធិអានវា ឬដំឡើង HMO Desktop ឡើងវិញ។</translation>
    </message>
    <message>
        <source>Remove or rename that folder, then reinstall HMO Desktop or rebuild the directory.</source>
        <translation>សូមដកចេញ ឬប្តូរឈ្មោះថតនោះ រួចដំឡើង HMO Desktop ឡើងវិញ ឬបង្កើតបញ្ជីឈ្មោះឡើងវិញ។</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use the directory that came with this version.</source>
        <translation>សូមធ្វើបច្ចុប្បន្នភាព HMO Desktop ឬប្រើបញ្ជីឈ្មោះដែលភ្ជាប់មកជាមួយកំណែនេះ។</translation>
    </message>
    <message>
        <source>Check the file given with --directory, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>សូមពិនិត្យឯកសារដែលបានផ្តល់ដោយ --directory ឬបង្កើតឯកសារថ្មីដោយប្រើ &apos;python -m hmo_desktop.datapack build --out FILE&apos;។</translation>
    </message>
    <message>
        <source>Check that you may read that file and the folders above it.</source>
        <translation>សូមពិនិត្យថាអ្នកមានសិទ្ធិអានឯកសារនោះ និងថតដែលផ្ទុកវា។</translation>
    </message>
    <message>
        <source>Check that you may read the .manifest.json file beside the directory file.</source>
        <translation>សូមពិនិត្យថាអ្នកមានសិទ្ធិអានឯកសារ .manifest.json ដែលនៅជាប់ឯកសារបញ្ជីឈ្មោះ។</translation>
    </message>
    <message>
        <source>Give the path of a directory file (.sqlite), not of a folder.</source>
        <translation>សូមផ្តល់ផ្លូវនៃឯកសារបញ្ជីឈ្មោះ (.sqlite) មិនមែនរបស់ថតទេ។</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use a directory built by this version.</source>
        <translation>សូមធ្វើបច្ចុប្បន្នភាព HMO Desktop ឬប្រើបញ្ជីឈ្មោះដែលបង្កើតដោយកំណែនេះ។</translation>
    </message>
    <message>
        <source>HMO Desktop cannot use this doctor directory.</source>
        <translation>HMO Desktop មិនអាចប្រើបញ្ជីឈ្មោះគ្រូពេទ្យនេះបានទេ។</translation>
    </message>
    <message>
        <source>Choose another directory file, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>សូមជ្រើសរើសឯកសារបញ្ជីឈ្មោះផ្សេង ឬបង្កើតឯកសារថ្មីដោយប្រើ &apos;python -m hmo_desktop.datapack build --out FILE&apos;។</translation>
    </message>
    <message>
        <source>Open directory</source>
        <translation>បើកបញ្ជីឈ្មោះ</translation>
    </message>
    <message>
        <source>%1

HMO Desktop keeps using the directory it had open.</source>
        <translation>%1

HMO Desktop បន្តប្រើបញ្ជីឈ្មោះដែលវាបានបើក។</translation>
    </message>
    <message>
        <source>File: %1
%2</source>
        <translation>ឯកសារ៖ %1
%2</translation>
    </message>
    <message>
        <source>Checking the directory file…</source>
        <translation>កំពុងពិនិត្យឯកសារបញ្ជីឈ្មោះ…</translation>
    </message>
    <message>
        <source>HMO Desktop: choose your primary care doctor (%1)</source>
        <translation>HMO Desktop៖ ជ្រើសរើសគ្រូពេទ្យថែទាំបឋមរបស់អ្នក (%1)</translation>
    </message>
    <message>
        <source>Now using the directory %1.</source>
        <translation>ឥឡូវកំពុងប្រើបញ្ជីឈ្មោះ %1។</translation>
    </message>
    <message>
        <source>Sample?</source>
        <translation>គំរូ?</translation>
    </message>
    <message>
        <source>Generated sample data, not a real person</source>
        <translation>ទិន្នន័យគំរូដែលបានបង្កើត មិនមែនមនុស្សពិតទេ</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>ការិយាល័យ</translation>
    </message>
    <message>
        <source>To a sample office placed at a ZIP code center</source>
        <translation>ទៅការិយាល័យគំរូដែលដាក់នៅចំណុចកណ្តាលលេខកូដ ZIP</translation>
    </message>
    <message>
        <source>Approximate: to the center of the office&apos;s ZIP code</source>
        <translation>ប្រហាក់ប្រហែល៖ ទៅចំណុចកណ្តាលនៃលេខកូដ ZIP របស់ការិយាល័យ</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>ឯកទេស</translation>
    </message>
    <message>
        <source>January</source>
        <translation>មករា</translation>
    </message>
    <message>
        <source>February</source>
        <translation>កុម្ភៈ</translation>
    </message>
    <message>
        <source>March</source>
        <translation>មីនា</translation>
    </message>
    <message>
        <source>April</source>
        <translation>មេសា</translation>
    </message>
    <message>
        <source>May</source>
        <translation>ឧសភា</translation>
    </message>
    <message>
        <source>June</source>
        <translation>មិថុនា</translation>
    </message>
    <message>
        <source>July</source>
        <translation>កក្កដា</translation>
    </message>
    <message>
        <source>August</source>
        <translation>សីហា</translation>
    </message>
    <message>
        <source>September</source>
        <translation>កញ្ញា</translation>
    </message>
    <message>
        <source>October</source>
        <translation>តុលា</translation>
    </message>
    <message>
        <source>November</source>
        <translation>វិច្ឆិកា</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ធ្នូ</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, may be out of date</source>
        <translation>%1 អាចហួសសម័យ</translation>
    </message>
    <message>
        <source>Minimum Coverage</source>
        <translation>ការធានារ៉ាប់រងអប្បបរមា</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>សំរិទ្ធ</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>ប្រាក់</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>មាស</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>ប្លាទីន</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for %1 County</source>
        <translation>គម្រោងសុខភាព Medi-Cal សម្រាប់ខោនធី %1</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for the counties it serves</source>
        <translation>គម្រោងសុខភាព Medi-Cal សម្រាប់ខោនធីដែលវាបម្រើ</translation>
    </message>
    <message>
        <source>Covered California HMO (%1)</source>
        <translation>HMO របស់ Covered California (%1)</translation>
    </message>
    <message>
        <source>Covered California HMO</source>
        <translation>HMO របស់ Covered California</translation>
    </message>
    <message>
        <source>Employer and individual HMO</source>
        <translation>HMO សម្រាប់និយោជក និងបុគ្គល</translation>
    </message>
    <message>
        <source>Medicare Advantage HMO</source>
        <translation>HMO របស់ Medicare Advantage</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group for your region, so there is no medical group to choose.</source>
        <translation>Kaiser Permanente ជាគម្រោងសុខភាពរួមបញ្ចូលគ្នា៖ គ្រូពេទ្យរបស់វាទាំងអស់ស្ថិតនៅក្នុង Permanente Medical Group សម្រាប់តំបន់របស់អ្នក ដូច្នេះមិនចាំបាច់ជ្រើសរើសក្រុមវេជ្ជសាស្ត្រទេ។</translation>
    </message>
    <message>
        <source>PACE: for people 55 and older who need a nursing-home level of care and can live safely at home; your care team, including your doctor, is at the PACE center.</source>
        <translation>PACE៖ សម្រាប់មនុស្សអាយុ 55 ឆ្នាំឡើងទៅ ដែលត្រូវការការថែទាំកម្រិតមណ្ឌលថែទាំ តែអាចរស់នៅផ្ទះដោយសុវត្ថិភាព ក្រុមថែទាំរបស់អ្នក រួមទាំងគ្រូពេទ្យរបស់អ្នក នៅមជ្ឈមណ្ឌល PACE។</translation>
    </message>
    <message>
        <source>This plan&apos;s group list is from %1. Networks change every year: call the plan to confirm.</source>
        <translation>បញ្ជីក្រុមរបស់គម្រោងសុខភាពនេះគឺពី %1។ បណ្តាញផ្លាស់ប្តូររៀងរាល់ឆ្នាំ៖ សូមទូរស័ព្ទទៅគម្រោងសុខភាពដើម្បីបញ្ជាក់។</translation>
    </message>
    <message>
        <source>This plan&apos;s information is from %1. Plans and networks change every year: call the plan to confirm.</source>
        <translation>ព័ត៌មានរបស់គម្រោងសុខភាពនេះគឺពី %1។ គម្រោងសុខភាព និងបណ្តាញផ្លាស់ប្តូររៀងរាល់ឆ្នាំ៖ សូមទូរស័ព្ទទៅគម្រោងសុខភាពដើម្បីបញ្ជាក់។</translation>
    </message>
    <message>
        <source>Medical groups: the carrier&apos;s published list, as of %1.</source>
        <translation>ក្រុមវេជ្ជសាស្ត្រ៖ បញ្ជីដែលក្រុមហ៊ុនធានារ៉ាប់រងបានផ្សព្វផ្សាយ គិតត្រឹម %1។</translation>
    </message>
    <message>
        <source>Plan list as of %1.</source>
        <translation>បញ្ជីគម្រោងសុខភាពគិតត្រឹម %1។</translation>
    </message>
    <message>
        <source>This plan&apos;s medical group list is not available offline: the groups shown are samples.</source>
        <translation>បញ្ជីក្រុមវេជ្ជសាស្ត្ររបស់គម្រោងសុខភាពនេះមិនមានពេលគ្មានអ៊ីនធឺណិតទេ៖ ក្រុមដែលបង្ហាញជាគំរូ មិនមែនពិតទេ។</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>ប្រភព៖ %1។</translation>
    </message>
    <message>
        <source>Medi-Cal health plans, by county (December 2025)</source>
        <translation>គម្រោងសុខភាព Medi-Cal តាមខោនធី (ធ្នូ 2025)</translation>
    </message>
    <message>
        <source>Covered California HMOs (2017)</source>
        <translation>HMO របស់ Covered California (2017)</translation>
    </message>
    <message>
        <source>Anthem Blue Cross and UnitedHealthcare employer and individual HMO networks (2017–18)</source>
        <translation>បណ្តាញ HMO សម្រាប់និយោជក និងបុគ្គលរបស់ Anthem Blue Cross និង UnitedHealthcare (2017–18)</translation>
    </message>
    <message>
        <source>Use your plan&apos;s own provider directory (on its website or in your welcome kit).</source>
        <translation>សូមប្រើបញ្ជីឈ្មោះអ្នកផ្តល់សេវាផ្ទាល់របស់គម្រោងសុខភាពរបស់អ្នក (នៅលើគេហទំព័ររបស់វា ឬក្នុងកញ្ចប់ស្វាគមន៍របស់អ្នក)។</translation>
    </message>
    <message>
        <source>Or call member services: the number is on your member ID card.</source>
        <translation>ឬទូរស័ព្ទទៅសេវាសមាជិក៖ លេខមាននៅលើប័ណ្ណសម្គាល់សមាជិករបស់អ្នក។</translation>
    </message>
    <message>
        <source>Ask which medical groups and doctors are in your network, near you.</source>
        <translation>សូមសួរថាតើក្រុមវេជ្ជសាស្ត្រ និងគ្រូពេទ្យណាខ្លះនៅក្នុងបណ្តាញរបស់អ្នក ដែលនៅជិតអ្នក។</translation>
    </message>
    <message>
        <source>Your plan is not listed?</source>
        <translation>គម្រោងសុខភាពរបស់អ្នកមិនមាននៅក្នុងបញ្ជីទេឬ?</translation>
    </message>
    <message>
        <source>This directory has only the plans in public files:</source>
        <translation>បញ្ជីឈ្មោះនេះមានតែគម្រោងសុខភាពដែលមាននៅក្នុងឯកសារសាធារណៈប៉ុណ្ណោះ៖</translation>
    </message>
    <message>
        <source>If your plan is not here (for example a Blue Shield, Health Net or Kaiser Permanente plan through an employer, Sharp Health Plan or Western Health Advantage):</source>
        <translation>ប្រសិនបើគម្រោងសុខភាពរបស់អ្នកមិនមាននៅទីនេះ (ឧទាហរណ៍ គម្រោង Blue Shield, Health Net ឬ Kaiser Permanente តាមរយៈនិយោជក, Sharp Health Plan ឬ Western Health Advantage)៖</translation>
    </message>
    <message>
        <source>On Medi-Cal? Health Care Options (1-800-430-4263) helps you choose a Medi-Cal plan.</source>
        <translation>មាន Medi-Cal មែនទេ? Health Care Options (1-800-430-4263) ជួយអ្នកជ្រើសរើសគម្រោងសុខភាព Medi-Cal។</translation>
    </message>
    <message>
        <source>You can still look up a doctor you know with &quot;Find my current doctor&quot;: the profile lists every plan in this directory that includes them.</source>
        <translation>អ្នកនៅតែអាចស្វែងរកគ្រូពេទ្យដែលអ្នកស្គាល់ដោយប្រើ &quot;ស្វែងរកគ្រូពេទ្យបច្ចុប្បន្នរបស់ខ្ញុំ&quot;៖ ប្រវត្តិរូបរាយបញ្ជីគ្រប់គម្រោងសុខភាពក្នុងបញ្ជីឈ្មោះនេះដែលមានគ្រូពេទ្យនោះ។</translation>
    </message>
    <message>
        <source>1  Plan</source>
        <translation>1  គម្រោងសុខភាព</translation>
    </message>
    <message>
        <source>2  Medical group</source>
        <translation>2  ក្រុមវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <source>3  Doctor</source>
        <translation>3  គ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>4  Doctor&apos;s profile</source>
        <translation>4  ប្រវត្តិរូបគ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>English copy, for the doctor&apos;s office and the plan</source>
        <translation>ច្បាប់ចម្លងជាភាសាអង់គ្លេស សម្រាប់ការិយាល័យគ្រូពេទ្យ និងគម្រោងសុខភាព</translation>
    </message>
    <message>
        <source>Enrollment summary: your household’s doctor choices</source>
        <translation>សេចក្តីសង្ខេបការចុះឈ្មោះ៖ គ្រូពេទ្យដែលក្រុមគ្រួសាររបស់អ្នកបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>Take this to your enrollment or keep it by the phone. Each person has their own page, with the PCP ID the plan asks for.</source>
        <translation>សូមយកឯកសារនេះទៅពេលចុះឈ្មោះ ឬទុកវានៅជិតទូរស័ព្ទ។ មនុស្សម្នាក់ៗមានទំព័រផ្ទាល់ខ្លួន ដែលមានលេខសម្គាល់ PCP ដែលគម្រោងសុខភាពសួររក។</translation>
    </message>
    <message>
        <source>%1 (sample, fictional)</source>
        <translation>%1 (គំរូ ប្រឌិត)</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it when you enroll</source>
        <translation>មិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ៖ គម្រោងសុខភាពផ្តល់ឱ្យនៅពេលអ្នកចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>not in this directory: call the plan</source>
        <translation>មិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ៖ សូមទូរស័ព្ទទៅគម្រោងសុខភាព</translation>
    </message>
    <message>
        <source>%1 (sample office, not a real address)</source>
        <translation>%1 (ការិយាល័យគំរូ មិនមែនអាសយដ្ឋានពិតទេ)</translation>
    </message>
    <message>
        <source>%1 (fictional number)</source>
        <translation>%1 (លេខប្រឌិត)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>គម្រោងសុខភាព៖</translation>
    </message>
    <message>
        <source>No PCP chosen yet. Choose one before you enroll; if you do not, the plan chooses one for this person.</source>
        <translation>មិនទាន់បានជ្រើសរើស PCP នៅឡើយទេ។ សូមជ្រើសរើសមួយមុនពេលអ្នកចុះឈ្មោះ បើមិនដូច្នោះទេ គម្រោងសុខភាពនឹងជ្រើសរើសឱ្យមនុស្សនេះ។</translation>
    </message>
    <message>
        <source>none yet: no doctor chosen</source>
        <translation>មិនទាន់មាន៖ មិនទាន់បានជ្រើសរើសគ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>Plan member services:</source>
        <translation>សេវាសមាជិករបស់គម្រោងសុខភាព៖</translation>
    </message>
    <message>
        <source>not in this directory: it is on the plan’s letters and card</source>
        <translation>មិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ៖ វាមាននៅលើលិខិត និងប័ណ្ណរបស់គម្រោងសុខភាព</translation>
    </message>
    <message>
        <source>When a PCP change takes effect:</source>
        <translation>ពេលដែលការប្តូរ PCP មានប្រសិទ្ធភាព៖</translation>
    </message>
    <message>
        <source>often the first day of the next month; the plan confirms.</source>
        <translation>ជាញឹកញាប់នៅថ្ងៃទីមួយនៃខែបន្ទាប់ គម្រោងសុខភាពនឹងបញ្ជាក់។</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>បណ្តាញ៖</translation>
    </message>
    <message>
        <source>Medical group:</source>
        <translation>ក្រុមវេជ្ជសាស្ត្រ៖</translation>
    </message>
    <message>
        <source>The plan’s code for this group:</source>
        <translation>លេខកូដរបស់គម្រោងសុខភាពសម្រាប់ក្រុមនេះ៖</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>គ្រូពេទ្យ៖</translation>
    </message>
    <message>
        <source>NPI:</source>
        <translation>NPI៖</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>អ្នកជំងឺថ្មី៖</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>ការិយាល័យ៖</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>ទូរស័ព្ទការិយាល័យ៖</translation>
    </message>
    <message>
        <source>%1 (%2). PCP ID: %3.</source>
        <translation>%1 (%2)។ លេខសម្គាល់ PCP៖ %3។</translation>
    </message>
    <message>
        <source>another plan</source>
        <translation>គម្រោងសុខភាពផ្សេងទៀត</translation>
    </message>
    <message>
        <source>%1 In %2, not this person’s plan.</source>
        <translation>%1 ស្ថិតក្នុង %2 មិនមែនគម្រោងសុខភាពរបស់មនុស្សនេះទេ។</translation>
    </message>
    <message>
        <source>Backup %1:</source>
        <translation>ជម្រើសបម្រុង %1៖</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>ការិយាល័យ</translation>
    </message>
    <message>
        <source>number not in this directory</source>
        <translation>លេខមិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ</translation>
    </message>
    <message>
        <source>Call to confirm: %1, %2</source>
        <translation>ទូរស័ព្ទដើម្បីបញ្ជាក់៖ %1, %2</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>គម្រោងសុខភាពរបស់អ្នក</translation>
    </message>
    <message>
        <source>Does this office take %1?</source>
        <translation>តើការិយាល័យនេះទទួល %1 ដែរឬទេ?</translation>
    </message>
    <message>
        <source>Is %1 taking new patients in this plan?</source>
        <translation>តើ %1 កំពុងទទួលអ្នកជំងឺថ្មីនៅក្នុងគម្រោងសុខភាពនេះដែរឬទេ?</translation>
    </message>
    <message>
        <source>Is the PCP ID still %1?</source>
        <translation>តើលេខសម្គាល់ PCP នៅតែជា %1 ដែរឬទេ?</translation>
    </message>
    <message>
        <source>What PCP ID does the plan use for this doctor?</source>
        <translation>តើគម្រោងសុខភាពប្រើលេខសម្គាល់ PCP អ្វីសម្រាប់គ្រូពេទ្យនេះ?</translation>
    </message>
    <message>
        <source>Date called, and who you spoke with:</source>
        <translation>កាលបរិច្ឆេទដែលបានទូរស័ព្ទ និងអ្នកដែលអ្នកបាននិយាយជាមួយ៖</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>ចម្លើយ៖</translation>
    </message>
    <message>
        <source>Health Care Options is the state’s Medi-Cal enrollment service. Tell them each person’s plan and PCP by phone or with the Choice Form in your enrollment packet.</source>
        <translation>Health Care Options គឺជាសេវាចុះឈ្មោះ Medi-Cal របស់រដ្ឋ។ សូមប្រាប់ពួកគេពីគម្រោងសុខភាព និង PCP របស់មនុស្សម្នាក់ៗ តាមទូរស័ព្ទ ឬដោយប្រើទម្រង់ជម្រើស (Choice Form) ក្នុងកញ្ចប់ចុះឈ្មោះរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>ទូរស័ព្ទ៖</translation>
    </message>
    <message>
        <source>TTY:</source>
        <translation>TTY៖</translation>
    </message>
    <message>
        <source>A family may choose one plan and PCP for everyone, or one for each person.</source>
        <translation>គ្រួសារមួយអាចជ្រើសរើសគម្រោងសុខភាព និង PCP មួយសម្រាប់គ្រប់គ្នា ឬមួយសម្រាប់មនុស្សម្នាក់ៗ។</translation>
    </message>
    <message>
        <source>A person who does not choose within the time stated in the enrollment packet is assigned a plan.</source>
        <translation>មនុស្សដែលមិនជ្រើសរើសក្នុងរយៈពេលដែលបានកំណត់ក្នុងកញ្ចប់ចុះឈ្មោះ នឹងត្រូវបានចាត់តាំងគម្រោងសុខភាពមួយ។</translation>
    </message>
    <message>
        <source>Doctors, offices and PCP IDs marked “sample, fictional” are made up to show how the app works: they are not real.</source>
        <translation>គ្រូពេទ្យ ការិយាល័យ និងលេខសម្គាល់ PCP ដែលមានសម្គាល់ “គំរូ ប្រឌិត” ត្រូវបានបង្កើតឡើងដើម្បីបង្ហាញពីរបៀបដែលកម្មវិធីដំណើរការ៖ ពួកវាមិនមែនពិតទេ។</translation>
    </message>
    <message>
        <source>Directories go out of date. Call each office to confirm it takes the plan and is taking new patients before you enroll.</source>
        <translation>បញ្ជីឈ្មោះអាចហួសសម័យ។ សូមទូរស័ព្ទទៅការិយាល័យនីមួយៗ ដើម្បីបញ្ជាក់ថាវាទទួលគម្រោងសុខភាព ហើយកំពុងទទួលអ្នកជំងឺថ្មី មុនពេលអ្នកចុះឈ្មោះ។</translation>
    </message>
    <message>
        <source>not stated by its sources</source>
        <translation>មិនបានបញ្ជាក់ដោយប្រភពរបស់វា</translation>
    </message>
    <message>
        <source>Directory data as of:</source>
        <translation>ទិន្នន័យបញ្ជីឈ្មោះគិតត្រឹម៖</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>ប្រភពនៃព័ត៌មាននេះ</translation>
    </message>
    <message>
        <source>%1 (%2), %3.</source>
        <translation>%1 (%2), %3។</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>មើល(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>ទំហំអក្សរ(&amp;T)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>អក្សរធំជាងមុន</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>អក្សរតូចជាងមុន</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>ទំហំអក្សរធម្មតា</translation>
    </message>
    <message>
        <source>Monday</source>
        <comment>day of the week</comment>
        <translation>ថ្ងៃចន្ទ</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <comment>day of the week</comment>
        <translation>ថ្ងៃអង្គារ</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <comment>day of the week</comment>
        <translation>ថ្ងៃពុធ</translation>
    </message>
    <message>
        <source>Thursday</source>
        <comment>day of the week</comment>
        <translation>ថ្ងៃព្រហស្បតិ៍</translation>
    </message>
    <message>
        <source>Friday</source>
        <comment>day of the week</comment>
        <translation>ថ្ងៃសុក្រ</translation>
    </message>
    <message>
        <source>Saturday</source>
        <comment>day of the week</comment>
        <translation>ថ្ងៃសៅរ៍</translation>
    </message>
    <message>
        <source>Sunday</source>
        <comment>day of the week</comment>
        <translation>ថ្ងៃអាទិត្យ</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 និង %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ដល់ %2</translation>
    </message>
    <message>
        <source>parking</source>
        <translation>ចំណតរថយន្ត</translation>
    </message>
    <message>
        <source>entrance</source>
        <translation>ច្រកចូល</translation>
    </message>
    <message>
        <source>inside the building</source>
        <translation>ខាងក្នុងអគារ</translation>
    </message>
    <message>
        <source>restroom</source>
        <translation>បន្ទប់ទឹក</translation>
    </message>
    <message>
        <source>exam room</source>
        <translation>បន្ទប់ពិនិត្យ</translation>
    </message>
    <message>
        <source>height-adjustable exam table and scale</source>
        <translation>តុពិនិត្យដែលកែកម្ពស់បាន និងជញ្ជីង</translation>
    </message>
    <message>
        <source>Wheelchair access: %1</source>
        <translation>ការចូលដោយរទេះរុញ៖ %1</translation>
    </message>
    <message>
        <source>%1 yes</source>
        <translation>%1 មាន</translation>
    </message>
    <message>
        <source>%1 no</source>
        <translation>%1 គ្មាន</translation>
    </message>
    <message>
        <source>not in this directory: call the office</source>
        <translation>មិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ៖ សូមទូរស័ព្ទទៅការិយាល័យ</translation>
    </message>
    <message>
        <source>Taking new patients</source>
        <translation>កំពុងទទួលអ្នកជំងឺថ្មី</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients</source>
        <translation>មិនទទួលអ្នកជំងឺថ្មី៖ ពិនិត្យតែអ្នកដែលជាអ្នកជំងឺរបស់ពួកគេរួចហើយប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients, and their family</source>
        <translation>មិនទទួលអ្នកជំងឺថ្មី៖ ពិនិត្យតែអ្នកដែលជាអ្នកជំងឺរបស់ពួកគេរួចហើយ និងគ្រួសាររបស់អ្នកទាំងនោះប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>មិនទទួលអ្នកជំងឺថ្មី</translation>
    </message>
    <message>
        <source>New patients: not in this directory: call the office to ask</source>
        <translation>អ្នកជំងឺថ្មី៖ មិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ៖ សូមទូរស័ព្ទទៅការិយាល័យដើម្បីសួរ</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients in this plan. The plan may refuse or reassign the choice; call the doctor&apos;s office first to ask whether they will take you.</source>
        <translation>គ្រូពេទ្យនេះមិនទទួលអ្នកជំងឺថ្មីនៅក្នុងគម្រោងសុខភាពនេះទេ។ គម្រោងសុខភាពអាចបដិសេធ ឬចាត់តាំងជម្រើសនេះឡើងវិញ សូមទូរស័ព្ទទៅការិយាល័យគ្រូពេទ្យជាមុនសិន ដើម្បីសួរថាតើពួកគេនឹងទទួលអ្នកដែរឬទេ។</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients: if you are one, say so when you call.</source>
        <translation>បញ្ជីឈ្មោះបញ្ជាក់ថាពួកគេពិនិត្យតែអ្នកដែលជាអ្នកជំងឺរបស់ពួកគេរួចហើយប៉ុណ្ណោះ៖ ប្រសិនបើអ្នកជាអ្នកជំងឺរបស់ពួកគេ សូមប្រាប់ពេលអ្នកទូរស័ព្ទ។</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients, and those patients&apos; family: if that is you, say so when you call.</source>
        <translation>បញ្ជីឈ្មោះបញ្ជាក់ថាពួកគេពិនិត្យតែអ្នកដែលជាអ្នកជំងឺរបស់ពួកគេរួចហើយ និងគ្រួសាររបស់អ្នកជំងឺទាំងនោះ៖ ប្រសិនបើនោះជាអ្នក សូមប្រាប់ពេលអ្នកទូរស័ព្ទ។</translation>
    </message>
    <message>
        <source>OB/GYN: every HMO member can see a participating OB/GYN without a referral or prior approval (California law). Your plan may require the OB/GYN to be in your medical group.</source>
        <translation>OB/GYN៖ សមាជិក HMO គ្រប់រូបអាចជួបគ្រូពេទ្យសម្ភព និងរោគស្ត្រី (OB/GYN) ដែលចូលរួម ដោយគ្មានការបញ្ជូនបន្ត ឬការអនុម័តជាមុន (ច្បាប់រដ្ឋកាលីហ្វ័រញ៉ា)។ គម្រោងសុខភាពរបស់អ្នកអាចតម្រូវឱ្យ OB/GYN ស្ថិតនៅក្នុងក្រុមវេជ្ជសាស្ត្ររបស់អ្នក។</translation>
    </message>
    <message>
        <source>inferred from distance, not published</source>
        <translation>សន្និដ្ឋានពីចម្ងាយ មិនបានផ្សព្វផ្សាយទេ</translation>
    </message>
    <message>
        <source>Sample office near ZIP %1</source>
        <translation>ការិយាល័យគំរូនៅជិត ZIP %1</translation>
    </message>
    <message>
        <source>%1 office</source>
        <translation>ការិយាល័យ %1</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>ការិយាល័យគំរូ មិនមែនអាសយដ្ឋានពិតទេ</translation>
    </message>
    <message>
        <source>fictional number</source>
        <translation>លេខប្រឌិត</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>គំរូ</translation>
    </message>
    <message>
        <source>The doctor directory was replaced or changed while HMO Desktop was open.</source>
        <translation>បញ្ជីឈ្មោះគ្រូពេទ្យត្រូវបានជំនួស ឬផ្លាស់ប្តូរ ខណៈពេល HMO Desktop កំពុងបើក។</translation>
    </message>
    <message>
        <source>Close HMO Desktop and open it again; if you replaced the directory on purpose, it will be checked then.</source>
        <translation>សូមបិទ HMO Desktop ហើយបើកវាម្តងទៀត ប្រសិនបើអ្នកបានជំនួសបញ្ជីឈ្មោះដោយចេតនា វានឹងត្រូវបានពិនិត្យនៅពេលនោះ។</translation>
    </message>
    <message>
        <source>Doctors shown are fictional samples. Plans and groups: public data, dated where marked. Always confirm with your plan.</source>
        <translation>គ្រូពេទ្យដែលបង្ហាញជាគំរូប្រឌិត មិនមែនពិតទេ។ គម្រោងសុខភាព និងក្រុម៖ ទិន្នន័យសាធារណៈ មានកាលបរិច្ឆេទនៅកន្លែងដែលបានសម្គាល់។ សូមបញ្ជាក់ជាមួយគម្រោងសុខភាពរបស់អ្នកជានិច្ច។</translation>
    </message>
    <message>
        <source>Real doctors from public files, with fictional samples where those files have none (marked Sample). Always confirm with your plan.</source>
        <translation>គ្រូពេទ្យពិតពីឯកសារសាធារណៈ ជាមួយគំរូប្រឌិតនៅកន្លែងដែលឯកសារទាំងនោះគ្មាន (សម្គាល់ថា គំរូ)។ សូមបញ្ជាក់ជាមួយគម្រោងសុខភាពរបស់អ្នកជានិច្ច។</translation>
    </message>
    <message>
        <source>Doctors come from public provider files; see About for sources and dates. Always confirm with your plan.</source>
        <translation>គ្រូពេទ្យមកពីឯកសារអ្នកផ្តល់សេវាសាធារណៈ សូមមើល អំពី សម្រាប់ប្រភព និងកាលបរិច្ឆេទ។ សូមបញ្ជាក់ជាមួយគម្រោងសុខភាពរបស់អ្នកជានិច្ច។</translation>
    </message>
    <message>
        <source>This directory&apos;s newest data is from %1, more than a year ago. Plans and doctors may have changed: check with the plan before enrolling.</source>
        <translation>ទិន្នន័យថ្មីបំផុតរបស់បញ្ជីឈ្មោះនេះគឺពី %1 ច្រើនជាងមួយឆ្នាំមុន។ គម្រោងសុខភាព និងគ្រូពេទ្យអាចបានផ្លាស់ប្តូរ៖ សូមពិនិត្យជាមួយគម្រោងសុខភាពមុនពេលចុះឈ្មោះ។</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Delete one digit</source>
        <translation>លុបលេខមួយខ្ទង់</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>សម្អាត</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>សម្អាតលេខទាំងអស់</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ភាសា(&amp;L)</translation>
    </message>
    <message>
        <source>%1 (no font on this computer shows it)</source>
        <translation>%1 (កុំព្យូទ័រនេះគ្មានពុម្ពអក្សរដែលអាចបង្ហាញវាបានទេ)</translation>
    </message>
    <message>
        <source>%1 could not be loaded; the language stays as it was.</source>
        <translation>មិនអាចផ្ទុក %1 បានទេ ភាសានៅតែដដែល។</translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation>ភាសាសញ្ញាអាមេរិក</translation>
    </message>
    <message>
        <source>Who is the doctor for?</source>
        <translation>តើគ្រូពេទ្យសម្រាប់នរណា?</translation>
    </message>
    <message>
        <source>1 doctor found</source>
        <translation>បានរកឃើញគ្រូពេទ្យ 1 នាក់</translation>
    </message>
    <message>
        <source>1 doctor found, at %1 office listings</source>
        <translation>បានរកឃើញគ្រូពេទ្យ 1 នាក់ នៅការិយាល័យ %1 កន្លែង</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found</source>
        <translation>
            <numerusform>បានរកឃើញគ្រូពេទ្យ %Ln នាក់</numerusform>
            <numerusform>បានរកឃើញគ្រូពេទ្យ %Ln នាក់</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found, at %1 office listings</source>
        <translation>
            <numerusform>បានរកឃើញគ្រូពេទ្យ %Ln នាក់ នៅការិយាល័យ %1 កន្លែង</numerusform>
            <numerusform>បានរកឃើញគ្រូពេទ្យ %Ln នាក់ នៅការិយាល័យ %1 កន្លែង</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>សូមជ្រើសរើសគម្រោងសុខភាពជាមុនសិន៖ ត្រឡប់ទៅជំហានទី 1។</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s age on the left (0 for a baby). The list then shows only doctors who see patients that age.</source>
        <translation>សូមបញ្ចូលអាយុអ្នកជំងឺនៅខាងឆ្វេង (0 សម្រាប់ទារក)។ បន្ទាប់មកបញ្ជីនឹងបង្ហាញតែគ្រូពេទ្យដែលពិនិត្យអ្នកជំងឺអាយុនោះប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>a larger distance</source>
        <translation>ចម្ងាយធំជាងនេះ</translation>
    </message>
    <message>
        <source>any language for the doctor</source>
        <translation>ភាសាណាមួយសម្រាប់គ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>any language for the office staff</source>
        <translation>ភាសាណាមួយសម្រាប់បុគ្គលិកការិយាល័យ</translation>
    </message>
    <message>
        <source>any new-patient status</source>
        <translation>ស្ថានភាពទទួលអ្នកជំងឺថ្មីណាមួយ</translation>
    </message>
    <message>
        <source>any gender</source>
        <translation>ភេទណាមួយ</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>មន្ទីរពេទ្យណាមួយ</translation>
    </message>
    <message>
        <source>fewer accessibility needs</source>
        <translation>តម្រូវការសម្រាប់ជនពិការតិចជាងនេះ</translation>
    </message>
    <message>
        <source>doctors without video visits</source>
        <translation>គ្រូពេទ្យដែលគ្មានការពិនិត្យតាមវីដេអូ</translation>
    </message>
    <message>
        <source>any office hours</source>
        <translation>ម៉ោងធ្វើការណាមួយ</translation>
    </message>
    <message>
        <source>all groups in the plan</source>
        <translation>ក្រុមទាំងអស់នៅក្នុងគម្រោងសុខភាព</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, so this plan has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>PACE គឺសម្រាប់មនុស្សអាយុ 55 ឆ្នាំឡើងទៅ ដូច្នេះគម្រោងសុខភាពនេះគ្មានគ្រូពេទ្យសម្រាប់អ្នកជំងឺនេះទេ។ សូមត្រឡប់ទៅជំហានទី 1 ដើម្បីជ្រើសរើសគម្រោងសុខភាពផ្សេង។</translation>
    </message>
    <message>
        <source>This plan is for people %1 and older, so it has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>គម្រោងសុខភាពនេះគឺសម្រាប់មនុស្សអាយុ %1 ឆ្នាំឡើងទៅ ដូច្នេះវាគ្មានគ្រូពេទ្យសម្រាប់អ្នកជំងឺនេះទេ។ សូមត្រឡប់ទៅជំហានទី 1 ដើម្បីជ្រើសរើសគម្រោងសុខភាពផ្សេង។</translation>
    </message>
    <message>
        <source>No specialty is selected. Tick at least one of the specialties on the left.</source>
        <translation>មិនបានជ្រើសរើសឯកទេសណាមួយទេ។ សូមធីកយ៉ាងហោចណាស់ឯកទេសមួយនៅខាងឆ្វេង។</translation>
    </message>
    <message>
        <source>No doctor matches these filters. Press &quot;Clear filters&quot; to start over.</source>
        <translation>គ្មានគ្រូពេទ្យណាត្រូវនឹងតម្រងទាំងនេះទេ។ សូមចុច &quot;សម្អាតតម្រង&quot; ដើម្បីចាប់ផ្តើមម្តងទៀត។</translation>
    </message>
    <message>
        <source>No doctor matches every filter. Try %1: that shows 1 doctor.</source>
        <translation>គ្មានគ្រូពេទ្យណាត្រូវនឹងតម្រងទាំងអស់ទេ។ សូមសាកល្បង %1៖ វានឹងបង្ហាញគ្រូពេទ្យ 1 នាក់។</translation>
    </message>
    <message numerus="yes">
        <source>No doctor matches every filter. Try %1: that shows %Ln doctors.</source>
        <translation>
            <numerusform>គ្មានគ្រូពេទ្យណាត្រូវនឹងតម្រងទាំងអស់ទេ។ សូមសាកល្បង %1៖ វានឹងបង្ហាញគ្រូពេទ្យ %Ln នាក់។</numerusform>
            <numerusform>គ្មានគ្រូពេទ្យណាត្រូវនឹងតម្រងទាំងអស់ទេ។ សូមសាកល្បង %1៖ វានឹងបង្ហាញគ្រូពេទ្យ %Ln នាក់។</numerusform>
        </translation>
    </message>
    <message>
        <source>whether they take new patients</source>
        <translation>ថាតើពួកគេទទួលអ្នកជំងឺថ្មីឬទេ</translation>
    </message>
    <message>
        <source>which languages the doctor speaks</source>
        <translation>ភាសាណាខ្លះដែលគ្រូពេទ្យនិយាយ</translation>
    </message>
    <message>
        <source>which languages the office staff speak</source>
        <translation>ភាសាណាខ្លះដែលបុគ្គលិកការិយាល័យនិយាយ</translation>
    </message>
    <message>
        <source>the doctor&apos;s gender</source>
        <translation>ភេទរបស់គ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>the office&apos;s wheelchair access</source>
        <translation>ការចូលដោយរទេះរុញរបស់ការិយាល័យ</translation>
    </message>
    <message>
        <source>whether they offer video visits</source>
        <translation>ថាតើពួកគេផ្តល់ការពិនិត្យតាមវីដេអូឬទេ</translation>
    </message>
    <message>
        <source>the office&apos;s hours</source>
        <translation>ម៉ោងធ្វើការរបស់ការិយាល័យ</translation>
    </message>
    <message>
        <source>1 more doctor is left out because the directory does not say %2.</source>
        <translation>គ្រូពេទ្យ 1 នាក់ទៀតត្រូវបានដកចេញ ដោយសារបញ្ជីឈ្មោះមិនបានបញ្ជាក់ %2។</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more doctors are left out because the directory does not say %1.</source>
        <translation>
            <numerusform>គ្រូពេទ្យ %Ln នាក់ទៀតត្រូវបានដកចេញ ដោយសារបញ្ជីឈ្មោះមិនបានបញ្ជាក់ %1។</numerusform>
            <numerusform>គ្រូពេទ្យ %Ln នាក់ទៀតត្រូវបានដកចេញ ដោយសារបញ្ជីឈ្មោះមិនបានបញ្ជាក់ %1។</numerusform>
        </translation>
    </message>
    <message>
        <source>Call their offices to ask.</source>
        <translation>សូមទូរស័ព្ទទៅការិយាល័យរបស់ពួកគេដើម្បីសួរ។</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>This doctor is not taking new patients</source>
        <translation>គ្រូពេទ្យនេះមិនទទួលអ្នកជំងឺថ្មីទេ</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>មិនទទួលអ្នកជំងឺថ្មី</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1៖ %2</translation>
    </message>
    <message>
        <source>What choosing this doctor means</source>
        <translation>អត្ថន័យនៃការជ្រើសរើសគ្រូពេទ្យនេះ</translation>
    </message>
    <message>
        <source>Choose anyway</source>
        <translation>ជ្រើសរើសទោះយ៉ាងណាក៏ដោយ</translation>
    </message>
    <message>
        <source>Choose this doctor anyway</source>
        <translation>ជ្រើសរើសគ្រូពេទ្យនេះទោះយ៉ាងណាក៏ដោយ</translation>
    </message>
    <message>
        <source>Pick another doctor</source>
        <translation>ជ្រើសរើសគ្រូពេទ្យផ្សេង</translation>
    </message>
</context>
<context>
    <name>AreaBar</name>
    <message>
        <source>Your ZIP code</source>
        <translation>លេខកូដ ZIP របស់អ្នក</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>លេខកូដ ZIP</translation>
    </message>
    <message>
        <source>Your county</source>
        <translation>ខោនធីរបស់អ្នក</translation>
    </message>
    <message>
        <source>All of California</source>
        <translation>រដ្ឋកាលីហ្វ័រញ៉ាទាំងមូល</translation>
    </message>
    <message>
        <source>ZIP code message</source>
        <translation>សារអំពីលេខកូដ ZIP</translation>
    </message>
    <message>
        <source>ZIP:</source>
        <translation>ZIP៖</translation>
    </message>
    <message>
        <source>or county:</source>
        <translation>ឬខោនធី៖</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code, or pick a county.</source>
        <translation>សូមបញ្ចូលលេខកូដ ZIP 5 ខ្ទង់ ឬជ្រើសរើសខោនធី។</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole ZIP code. A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>&quot;%1&quot; មិនមែនជាលេខកូដ ZIP ពេញលេញទេ។ លេខកូដ ZIP មាន 5 ខ្ទង់ ដូចជា 94110 (ឬ ZIP+4 ដូចជា 94110-1234)។</translation>
    </message>
    <message>
        <source>%1, %2 County</source>
        <translation>%1, ខោនធី %2</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code.</source>
        <translation>សូមបញ្ចូលលេខកូដ ZIP 5 ខ្ទង់។</translation>
    </message>
    <message>
        <source>Type the ZIP code with the digits 0-9.</source>
        <translation>សូមវាយលេខកូដ ZIP ដោយប្រើលេខ 0-9។</translation>
    </message>
    <message>
        <source>A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>លេខកូដ ZIP មាន 5 ខ្ទង់ ដូចជា 94110 (ឬ ZIP+4 ដូចជា 94110-1234)។</translation>
    </message>
    <message>
        <source>%1 is not a California ZIP code. HMO Desktop covers California plans; enter a California ZIP or pick a county.</source>
        <translation>%1 មិនមែនជាលេខកូដ ZIP របស់រដ្ឋកាលីហ្វ័រញ៉ាទេ។ HMO Desktop គ្របដណ្តប់គម្រោងសុខភាពនៅរដ្ឋកាលីហ្វ័រញ៉ា សូមបញ្ចូលលេខកូដ ZIP នៃរដ្ឋកាលីហ្វ័រញ៉ា ឬជ្រើសរើសខោនធី។</translation>
    </message>
    <message>
        <source>ZIP %1 is not in our list of California ZIP codes (it may be a PO box or a new ZIP). Try a nearby ZIP or pick a county.</source>
        <translation>លេខកូដ ZIP %1 មិនមាននៅក្នុងបញ្ជីលេខកូដ ZIP នៃរដ្ឋកាលីហ្វ័រញ៉ារបស់យើងទេ (វាអាចជាប្រអប់សំបុត្រ PO box ឬលេខកូដ ZIP ថ្មី)។ សូមសាកល្បងលេខកូដ ZIP ដែលនៅជិត ឬជ្រើសរើសខោនធី។</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm your PCP choice</source>
        <translation>បញ្ជាក់ជម្រើស PCP របស់អ្នក</translation>
    </message>
    <message>
        <source>Your PCP choice</source>
        <translation>ជម្រើស PCP របស់អ្នក</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>មិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ សូមទូរស័ព្ទទៅគម្រោងសុខភាព</translation>
    </message>
    <message>
        <source>practise the steps here; do not give a sample PCP ID to a plan.</source>
        <translation>សូមហាត់អនុវត្តជំហាននៅទីនេះ កុំផ្តល់លេខសម្គាល់ PCP គំរូទៅគម្រោងសុខភាព។</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>គម្រោងសុខភាព</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>បណ្តាញ</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>ក្រុមវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>ក្រុមគំរូ ប្រឌិត</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>លេខកូដក្រុម</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>គ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>គ្រូពេទ្យគំរូ ប្រឌិត</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>ឯកទេស</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>លេខសម្គាល់ PCP</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it</source>
        <translation>មិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ៖ គម្រោងសុខភាពផ្តល់ឱ្យ</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>លេខសម្គាល់គំរូ ប្រឌិត</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>អ្នកជំងឺថ្មី</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>ការិយាល័យ</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>ទូរស័ព្ទការិយាល័យ</translation>
    </message>
    <message>
        <source>Medical group phone</source>
        <translation>ទូរស័ព្ទក្រុមវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <source>Plan member services</source>
        <translation>សេវាសមាជិករបស់គម្រោងសុខភាព</translation>
    </message>
    <message>
        <source>the number on your member ID card</source>
        <translation>លេខនៅលើប័ណ្ណសម្គាល់សមាជិករបស់អ្នក</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>មិនទទួលអ្នកជំងឺថ្មី</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office before you tell the plan: ask whether they will take you as a new patient in this plan. If they say no, choose another doctor.</source>
        <translation>សូមទូរស័ព្ទទៅការិយាល័យគ្រូពេទ្យ មុនពេលអ្នកប្រាប់គម្រោងសុខភាព៖ សួរថាតើពួកគេនឹងទទួលអ្នកជាអ្នកជំងឺថ្មីនៅក្នុងគម្រោងសុខភាពនេះដែរឬទេ។ ប្រសិនបើពួកគេនិយាយថាទេ សូមជ្រើសរើសគ្រូពេទ្យផ្សេង។</translation>
    </message>
    <message>
        <source>Keep a backup choice: a doctor who is taking new patients, in case the plan refuses this choice or assigns you someone else.</source>
        <translation>សូមទុកជម្រើសបម្រុងមួយ៖ គ្រូពេទ្យដែលកំពុងទទួលអ្នកជំងឺថ្មី ក្នុងករណីគម្រោងសុខភាពបដិសេធជម្រើសនេះ ឬចាត់តាំងគ្រូពេទ្យផ្សេងឱ្យអ្នក។</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office first: confirm they take your plan and are accepting new patients.</source>
        <translation>សូមទូរស័ព្ទទៅការិយាល័យគ្រូពេទ្យជាមុនសិន៖ បញ្ជាក់ថាពួកគេទទួលគម្រោងសុខភាពរបស់អ្នក ហើយកំពុងទទួលអ្នកជំងឺថ្មី។</translation>
    </message>
    <message>
        <source>Tell your plan: call member services or use its website, and give the PCP ID above.</source>
        <translation>ប្រាប់គម្រោងសុខភាពរបស់អ្នក៖ ទូរស័ព្ទទៅសេវាសមាជិក ឬប្រើគេហទំព័ររបស់វា ហើយផ្តល់លេខសម្គាល់ PCP ខាងលើ។</translation>
    </message>
    <message>
        <source>A PCP change usually takes effect on the first day of the next month.</source>
        <translation>ការប្តូរ PCP ជាធម្មតាមានប្រសិទ្ធភាពនៅថ្ងៃទីមួយនៃខែបន្ទាប់។</translation>
    </message>
    <message>
        <source>Your new ID card will show the doctor and the medical group.</source>
        <translation>ប័ណ្ណសម្គាល់ថ្មីរបស់អ្នកនឹងបង្ហាញគ្រូពេទ្យ និងក្រុមវេជ្ជសាស្ត្រ។</translation>
    </message>
    <message>
        <source>Networks change, so confirm with the plan.</source>
        <translation>បណ្តាញផ្លាស់ប្តូរ ដូច្នេះសូមបញ្ជាក់ជាមួយគម្រោងសុខភាព។</translation>
    </message>
    <message>
        <source>Group list as of %1; networks change, so confirm with the plan.</source>
        <translation>បញ្ជីក្រុមគិតត្រឹម %1 បណ្តាញផ្លាស់ប្តូរ ដូច្នេះសូមបញ្ជាក់ជាមួយគម្រោងសុខភាព។</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>អ្វីដែលនឹងកើតឡើងបន្ទាប់</translation>
    </message>
    <message>
        <source>Summary of your choice</source>
        <translation>សេចក្តីសង្ខេបនៃជម្រើសរបស់អ្នក</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
</context>
<context>
    <name>CrashScreen</name>
    <message>
        <source>Please ask staff</source>
        <translation>សូមសួរបុគ្គលិក</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. What was entered has been cleared. A staff member can help you start again.</source>
        <translation>មានបញ្ហាមួយបានកើតឡើងនៅខាងក្នុង HMO Desktop។ អ្វីដែលបានបញ្ចូលត្រូវបានសម្អាត។ បុគ្គលិកអាចជួយអ្នកចាប់ផ្តើមម្តងទៀត។</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>ចាប់ផ្តើមម្តងទៀត</translation>
    </message>
</context>
<context>
    <name>DoctorProfileView</name>
    <message>
        <source>Doctor&apos;s profile</source>
        <translation>ប្រវត្តិរូបគ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>Choose as my PCP</source>
        <translation>ជ្រើសរើសជា PCP របស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Add to household…</source>
        <translation>បន្ថែមទៅក្រុមគ្រួសារ…</translation>
    </message>
    <message>
        <source>Add this doctor to a member of the household</source>
        <translation>បន្ថែមគ្រូពេទ្យនេះទៅសមាជិកម្នាក់នៃក្រុមគ្រួសារ</translation>
    </message>
    <message>
        <source>Choose a plan that includes this doctor first.</source>
        <translation>សូមជ្រើសរើសគម្រោងសុខភាពដែលមានគ្រូពេទ្យនេះជាមុនសិន។</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients: you will be asked first.</source>
        <translation>គ្រូពេទ្យនេះមិនទទួលអ្នកជំងឺថ្មីទេ៖ អ្នកនឹងត្រូវបានសួរជាមុនសិន។</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>ទិន្នន័យសាធារណៈ</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>ទិន្នន័យសាធារណៈ អាចហួសសម័យ</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>សន្និដ្ឋានដោយកម្មវិធីនេះ</translation>
    </message>
    <message>
        <source>fictional sample made by this app</source>
        <translation>គំរូប្រឌិតដែលបង្កើតដោយកម្មវិធីនេះ</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <source>Board certification: %1</source>
        <translation>វិញ្ញាបនបត្រឯកទេស៖ %1</translation>
    </message>
    <message>
        <source>Board certified</source>
        <translation>មានវិញ្ញាបនបត្រឯកទេស</translation>
    </message>
    <message>
        <source>Board certified: %1</source>
        <translation>មានវិញ្ញាបនបត្រឯកទេស៖ %1</translation>
    </message>
    <message>
        <source>Not board certified</source>
        <translation>គ្មានវិញ្ញាបនបត្រឯកទេស</translation>
    </message>
    <message>
        <source>Sample ID</source>
        <translation>លេខសម្គាល់គំរូ</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>គ្រូពេទ្យគំរូ ប្រឌិត</translation>
    </message>
    <message>
        <source>fictional; not an NPI</source>
        <translation>ប្រឌិត មិនមែនលេខ NPI ទេ</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>មិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ</translation>
    </message>
    <message>
        <source>Languages the doctor speaks</source>
        <translation>ភាសាដែលគ្រូពេទ្យនិយាយ</translation>
    </message>
    <message>
        <source>ages %1 to %2</source>
        <translation>អាយុ %1 ដល់ %2 ឆ្នាំ</translation>
    </message>
    <message>
        <source>ages %1 and up</source>
        <translation>អាយុ %1 ឆ្នាំឡើងទៅ</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>គំរូ</translation>
    </message>
    <message>
        <source>Ages seen</source>
        <translation>អាយុដែលពិនិត្យ</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>មន្ទីរពេទ្យ</translation>
    </message>
    <message>
        <source>none in this directory; ask the medical group which it uses.</source>
        <translation>គ្មាននៅក្នុងបញ្ជីឈ្មោះនេះ សូមសួរក្រុមវេជ្ជសាស្ត្រថាតើវាប្រើមន្ទីរពេទ្យណា។</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>មិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ សូមទូរស័ព្ទទៅគម្រោងសុខភាព</translation>
    </message>
    <message>
        <source>sample office, fictional</source>
        <translation>ការិយាល័យគំរូ ប្រឌិត</translation>
    </message>
    <message>
        <source>Address not in this directory; call the plan</source>
        <translation>អាសយដ្ឋានមិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ សូមទូរស័ព្ទទៅគម្រោងសុខភាព</translation>
    </message>
    <message>
        <source>not in this directory; call the office</source>
        <translation>មិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ សូមទូរស័ព្ទទៅការិយាល័យ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ម៉ោងធ្វើការ</translation>
    </message>
    <message>
        <source>Office staff speak</source>
        <translation>បុគ្គលិកការិយាល័យនិយាយ</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>ក្រុមគំរូ ប្រឌិត</translation>
    </message>
    <message>
        <source>group code</source>
        <translation>លេខកូដក្រុម</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>លេខសម្គាល់គំរូ ប្រឌិត</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>លេខសម្គាល់ PCP</translation>
    </message>
    <message>
        <source>PCP ID: not in this directory: the plan gives it when you enroll</source>
        <translation>លេខសម្គាល់ PCP៖ មិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ៖ គម្រោងសុខភាពផ្តល់ឱ្យនៅពេលអ្នកចុះឈ្មោះ</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this group</source>
        <translation>គ្មានបណ្តាញ HMO ណាមួយនៅក្នុងបញ្ជីឈ្មោះនេះរាយបញ្ជីក្រុមនេះទេ</translation>
    </message>
    <message>
        <source>the plan lists this group; the doctor&apos;s practice was matched to it by name</source>
        <translation>គម្រោងសុខភាពរាយបញ្ជីក្រុមនេះ ការិយាល័យរបស់គ្រូពេទ្យត្រូវបានផ្គូផ្គងជាមួយវាតាមឈ្មោះ</translation>
    </message>
    <message>
        <source>video visits</source>
        <translation>ការពិនិត្យតាមវីដេអូ</translation>
    </message>
    <message>
        <source>not in this directory; ask the group or the plan</source>
        <translation>មិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ សូមសួរក្រុម ឬគម្រោងសុខភាព</translation>
    </message>
    <message>
        <source>Group phone</source>
        <translation>ទូរស័ព្ទក្រុម</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>ខ្សែទូរស័ព្ទក្រៅម៉ោងធ្វើការ</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>វិធានការបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>this doctor is generated sample data, not a real person.</source>
        <translation>គ្រូពេទ្យនេះជាទិន្នន័យគំរូដែលបានបង្កើត មិនមែនមនុស្សពិតទេ។</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>ការិយាល័យគំរូ មិនមែនអាសយដ្ឋានពិតទេ</translation>
    </message>
    <message>
        <source>In your plan</source>
        <translation>នៅក្នុងគម្រោងសុខភាពរបស់អ្នក</translation>
    </message>
    <message>
        <source>This doctor is not in this plan.</source>
        <translation>គ្រូពេទ្យនេះមិនស្ថិតនៅក្នុងគម្រោងសុខភាពនេះទេ។</translation>
    </message>
    <message>
        <source>If you change plans and want to keep this doctor, these plans include them</source>
        <translation>ប្រសិនបើអ្នកប្តូរគម្រោងសុខភាព ហើយចង់រក្សាគ្រូពេទ្យនេះ គម្រោងសុខភាពទាំងនេះមានគ្រូពេទ្យនេះ</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group. Ask the doctor&apos;s office which HMO plans they take, then check with the plan.</source>
        <translation>គ្មានបណ្តាញ HMO ណាមួយនៅក្នុងបញ្ជីឈ្មោះនេះរាយបញ្ជីក្រុមរបស់គ្រូពេទ្យនេះទេ។ សូមសួរការិយាល័យគ្រូពេទ្យថាតើពួកគេទទួលគម្រោង HMO ណាខ្លះ រួចពិនិត្យជាមួយគម្រោងសុខភាព។</translation>
    </message>
    <message>
        <source>Not in an HMO network here</source>
        <translation>មិនស្ថិតនៅក្នុងបណ្តាញ HMO ណាមួយនៅទីនេះទេ</translation>
    </message>
</context>
<context>
    <name>FindDoctorDialog</name>
    <message>
        <source>Find my current doctor</source>
        <translation>ស្វែងរកគ្រូពេទ្យបច្ចុប្បន្នរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Doctor&apos;s name</source>
        <translation>ឈ្មោះគ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>Type the doctor&apos;s name, e.g. Nguyen or José</source>
        <translation>វាយឈ្មោះគ្រូពេទ្យ ឧទាហរណ៍ Nguyen ឬ José</translation>
    </message>
    <message>
        <source>Only doctors with an office in my county</source>
        <translation>តែគ្រូពេទ្យដែលមានការិយាល័យនៅក្នុងខោនធីរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Only doctors near me (choose a ZIP or county first)</source>
        <translation>តែគ្រូពេទ្យដែលនៅជិតខ្ញុំ (ជ្រើសរើសលេខកូដ ZIP ឬខោនធីជាមុនសិន)</translation>
    </message>
    <message>
        <source>Only doctors with an office in %1 County</source>
        <translation>តែគ្រូពេទ្យដែលមានការិយាល័យនៅក្នុងខោនធី %1</translation>
    </message>
    <message>
        <source>Doctors found</source>
        <translation>គ្រូពេទ្យដែលបានរកឃើញ</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more offices</source>
        <translation>
            <numerusform>និងការិយាល័យ %Ln ទៀត</numerusform>
            <numerusform>និងការិយាល័យ %Ln ទៀត</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more medical groups</source>
        <translation>
            <numerusform>និងក្រុមវេជ្ជសាស្ត្រ %Ln ទៀត</numerusform>
            <numerusform>និងក្រុមវេជ្ជសាស្ត្រ %Ln ទៀត</numerusform>
        </translation>
    </message>
    <message>
        <source>Start typing a first or last name.</source>
        <translation>ចាប់ផ្តើមវាយនាមខ្លួន ឬនាមត្រកូល។</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>ការណែនាំអំពីការស្វែងរក</translation>
    </message>
    <message>
        <source>Open the doctor&apos;s profile</source>
        <translation>បើកប្រវត្តិរូបគ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>No office listed</source>
        <translation>គ្មានការិយាល័យត្រូវបានរាយបញ្ជី</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group</source>
        <translation>គ្មានបណ្តាញ HMO ណាមួយនៅក្នុងបញ្ជីឈ្មោះនេះរាយបញ្ជីក្រុមរបស់គ្រូពេទ្យនេះទេ</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>នៅក្នុង %1</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>មិននៅក្នុង %1</translation>
    </message>
    <message>
        <source>and 1 more office</source>
        <translation>និងការិយាល័យ 1 ទៀត</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found. Press Enter to open the first.</source>
        <translation>
            <numerusform>បានរកឃើញគ្រូពេទ្យ %Ln នាក់។ ចុច Enter ដើម្បីបើកប្រវត្តិរូបគ្រូពេទ្យទីមួយ។</numerusform>
            <numerusform>បានរកឃើញគ្រូពេទ្យ %Ln នាក់។ ចុច Enter ដើម្បីបើកប្រវត្តិរូបគ្រូពេទ្យទីមួយ។</numerusform>
        </translation>
    </message>
    <message>
        <source>and 1 more medical group</source>
        <translation>និងក្រុមវេជ្ជសាស្ត្រ 1 ទៀត</translation>
    </message>
    <message>
        <source>No doctor&apos;s name starts with &quot;%1&quot;. Check the spelling or type less.</source>
        <translation>គ្មានឈ្មោះគ្រូពេទ្យណាចាប់ផ្តើមដោយ &quot;%1&quot; ទេ។ សូមពិនិត្យអក្ខរាវិរុទ្ធ ឬវាយតិចជាងនេះ។</translation>
    </message>
    <message>
        <source>No doctor with an office in %2 County has a name that starts with &quot;%1&quot;. Check the spelling, type less, or clear the box above to search all of California.</source>
        <translation>គ្មានគ្រូពេទ្យណាដែលមានការិយាល័យនៅក្នុងខោនធី %2 មានឈ្មោះចាប់ផ្តើមដោយ &quot;%1&quot; ទេ។ សូមពិនិត្យអក្ខរាវិរុទ្ធ វាយតិចជាងនេះ ឬដោះធីកប្រអប់ខាងលើ ដើម្បីស្វែងរកនៅទូទាំងរដ្ឋកាលីហ្វ័រញ៉ា។</translation>
    </message>
    <message>
        <source>1 doctor found. Press Enter to open the profile.</source>
        <translation>បានរកឃើញគ្រូពេទ្យ 1 នាក់។ ចុច Enter ដើម្បីបើកប្រវត្តិរូប។</translation>
    </message>
    <message>
        <source>Only the first %1 are listed: type more of the name.</source>
        <translation>មានតែ %1 នាក់ដំបូងប៉ុណ្ណោះត្រូវបានរាយបញ្ជី៖ សូមវាយឈ្មោះបន្ថែមទៀត។</translation>
    </message>
    <message>
        <source>Choose a plan to see whether each doctor is in it.</source>
        <translation>ជ្រើសរើសគម្រោងសុខភាព ដើម្បីមើលថាតើគ្រូពេទ្យនីមួយៗស្ថិតនៅក្នុងនោះឬទេ។</translation>
    </message>
</context>
<context>
    <name>GroupBrowser</name>
    <message>
        <source>Choose a medical group</source>
        <translation>ជ្រើសរើសក្រុមវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <source>Search groups by name</source>
        <translation>ស្វែងរកក្រុមតាមឈ្មោះ</translation>
    </message>
    <message>
        <source>Type a group name</source>
        <translation>វាយឈ្មោះក្រុម</translation>
    </message>
    <message>
        <source>Sort groups by</source>
        <translation>តម្រៀបក្រុមតាម</translation>
    </message>
    <message>
        <source>Nearest first, then by county</source>
        <translation>ជិតបំផុតមុន បន្ទាប់មកតាមខោនធី</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Most accepting new patients</source>
        <translation>ទទួលអ្នកជំងឺថ្មីច្រើនបំផុត</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>ក្រុមវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>ការវាយតម្លៃ</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>មន្ទីរពេទ្យ</translation>
    </message>
    <message>
        <source>Medical groups</source>
        <translation>ក្រុមវេជ្ជសាស្ត្រ</translation>
    </message>
    <message>
        <source>What choosing this group means</source>
        <translation>អត្ថន័យនៃការជ្រើសរើសក្រុមនេះ</translation>
    </message>
    <message>
        <source>No groups message</source>
        <translation>សារគ្មានក្រុម</translation>
    </message>
    <message>
        <source>Choose this group</source>
        <translation>ជ្រើសរើសក្រុមនេះ</translation>
    </message>
    <message>
        <source>Skip: search doctors in the whole plan</source>
        <translation>រំលង៖ ស្វែងរកគ្រូពេទ្យនៅក្នុងគម្រោងសុខភាពទាំងមូល</translation>
    </message>
    <message>
        <source>Skip choosing a group</source>
        <translation>រំលងការជ្រើសរើសក្រុម</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>តម្រៀប៖</translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>សូមជ្រើសរើសគម្រោងសុខភាពជាមុនសិន៖ ត្រឡប់ទៅជំហានទី 1។</translation>
    </message>
    <message>
        <source>Your care team in %1</source>
        <translation>ក្រុមថែទាំរបស់អ្នកនៅ %1</translation>
    </message>
    <message>
        <source>Choose a medical group in %1</source>
        <translation>ជ្រើសរើសក្រុមវេជ្ជសាស្ត្រនៅ %1</translation>
    </message>
    <message>
        <source>Choose this care team</source>
        <translation>ជ្រើសរើសក្រុមថែទាំនេះ</translation>
    </message>
    <message>
        <source>Continue to doctors</source>
        <translation>បន្តទៅគ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>Groups anywhere in California (choose a ZIP code or county above)</source>
        <translation>ក្រុមនៅគ្រប់ទីកន្លែងក្នុងរដ្ឋកាលីហ្វ័រញ៉ា (ជ្រើសរើសលេខកូដ ZIP ឬខោនធីខាងលើ)</translation>
    </message>
    <message>
        <source>Groups the plan lists in %1 County</source>
        <translation>ក្រុមដែលគម្រោងសុខភាពរាយបញ្ជីនៅខោនធី %1</translation>
    </message>
    <message>
        <source>This plan lists no medical groups here in the offline directory. Use &quot;Skip&quot; to search its doctors directly, or call the plan.</source>
        <translation>គម្រោងសុខភាពនេះមិនរាយបញ្ជីក្រុមវេជ្ជសាស្ត្រណានៅទីនេះក្នុងបញ្ជីឈ្មោះគ្មានអ៊ីនធឺណិតទេ។ សូមប្រើ &quot;រំលង&quot; ដើម្បីស្វែងរកគ្រូពេទ្យរបស់វាដោយផ្ទាល់ ឬទូរស័ព្ទទៅគម្រោងសុខភាព។</translation>
    </message>
    <message>
        <source>No group name matches your search. Clear the search to see the group.</source>
        <translation>គ្មានឈ្មោះក្រុមណាត្រូវនឹងការស្វែងរករបស់អ្នកទេ។ សូមសម្អាតការស្វែងរក ដើម្បីមើលក្រុម។</translation>
    </message>
    <message numerus="yes">
        <source>No group name matches your search. Clear the search to see all %Ln groups.</source>
        <translation>
            <numerusform>គ្មានឈ្មោះក្រុមណាត្រូវនឹងការស្វែងរករបស់អ្នកទេ។ សូមសម្អាតការស្វែងរក ដើម្បីមើលក្រុមទាំង %Ln។</numerusform>
            <numerusform>គ្មានឈ្មោះក្រុមណាត្រូវនឹងការស្វែងរករបស់អ្នកទេ។ សូមសម្អាតការស្វែងរក ដើម្បីមើលក្រុមទាំង %Ln។</numerusform>
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
        <translation>អង្គការថែរក្សាសុខភាព (HMO) គឺជាប្រភេទគម្រោងសុខភាពមួយ។ អ្នកជ្រើសរើសគ្រូពេទ្យថែទាំបឋម (PCP) ម្នាក់ ដែលសម្របសម្រួលការថែទាំរបស់អ្នក។ លើកលែងតែករណីបន្ទាន់ អ្នកប្រើគ្រូពេទ្យ មន្ទីរពេទ្យ និងគ្រូពេទ្យឯកទេសនៃក្រុមវេជ្ជសាស្ត្ររបស់ PCP របស់អ្នក ហើយអ្នកត្រូវការការបញ្ជូនបន្ត ដើម្បីជួបគ្រូពេទ្យឯកទេស (ប៉ុន្តែមិនត្រូវការដើម្បីជួបគ្រូពេទ្យសម្ភព និងរោគស្ត្រី (OB/GYN) ដែលចូលរួមទេ)។</translation>
    </message>
    <message>
        <source>Medical group / IPA</source>
        <translation>ក្រុមវេជ្ជសាស្ត្រ / IPA</translation>
    </message>
    <message>
        <source>A group of doctors that contracts with HMO plans. An IPA (Independent Physician Association) is a network of doctors in their own offices. Your PCP&apos;s group decides referrals, which specialists you see and which hospital you use.</source>
        <translation>ក្រុមគ្រូពេទ្យដែលចុះកិច្ចសន្យាជាមួយគម្រោង HMO។ IPA (សមាគមគ្រូពេទ្យឯករាជ្យ) គឺជាបណ្តាញគ្រូពេទ្យដែលធ្វើការនៅការិយាល័យផ្ទាល់ខ្លួនរបស់ពួកគេ។ ក្រុមរបស់ PCP របស់អ្នកសម្រេចលើការបញ្ជូនបន្ត គ្រូពេទ្យឯកទេសណាដែលអ្នកជួប និងមន្ទីរពេទ្យណាដែលអ្នកប្រើ។</translation>
    </message>
    <message>
        <source>Primary care physician (PCP)</source>
        <translation>គ្រូពេទ្យថែទាំបឋម (PCP)</translation>
    </message>
    <message>
        <source>Your main doctor: check-ups, everyday illness, prescriptions and referrals.</source>
        <translation>គ្រូពេទ្យសំខាន់របស់អ្នក៖ ការពិនិត្យសុខភាព ជំងឺប្រចាំថ្ងៃ វេជ្ជបញ្ជា និងការបញ្ជូនបន្ត។</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>គ្រូពេទ្យឯកទេស</translation>
    </message>
    <message>
        <source>A doctor for one area of medicine, such as heart or skin. In an HMO you usually need a referral from your PCP first.</source>
        <translation>គ្រូពេទ្យសម្រាប់ផ្នែកវេជ្ជសាស្ត្រមួយ ដូចជាបេះដូង ឬស្បែក។ នៅក្នុង HMO ជាធម្មតាអ្នកត្រូវការការបញ្ជូនបន្តពី PCP របស់អ្នកជាមុនសិន។</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ការបញ្ជូនបន្ត</translation>
    </message>
    <message>
        <source>Your PCP&apos;s request, approved by the medical group, for you to see a specialist or get a service. You do not need one to see a participating OB/GYN.</source>
        <translation>សំណើរបស់ PCP របស់អ្នក ដែលត្រូវបានអនុម័តដោយក្រុមវេជ្ជសាស្ត្រ ដើម្បីឱ្យអ្នកជួបគ្រូពេទ្យឯកទេស ឬទទួលសេវាមួយ។ អ្នកមិនត្រូវការវាដើម្បីជួបគ្រូពេទ្យសម្ភព និងរោគស្ត្រី (OB/GYN) ដែលចូលរួមទេ។</translation>
    </message>
    <message>
        <source>The four primary care specialties</source>
        <translation>ឯកទេសថែទាំបឋមទាំងបួន</translation>
    </message>
    <message>
        <source>Family medicine (all ages), internal medicine (adults), pediatrics (children and teens), and OB/GYN (women&apos;s health; some plans let an OB/GYN be your PCP). In California every HMO member can see a participating OB/GYN without a referral or prior approval; your plan may require the OB/GYN to be in your medical group.</source>
        <translation>វេជ្ជសាស្ត្រគ្រួសារ (គ្រប់វ័យ) វេជ្ជសាស្ត្រផ្ទៃក្នុង (មនុស្សពេញវ័យ) កុមារវេជ្ជសាស្ត្រ (កុមារ និងក្មេងជំទង់) និងសម្ភព និងរោគស្ត្រី (OB/GYN) (សុខភាពស្ត្រី គម្រោងសុខភាពខ្លះអនុញ្ញាតឱ្យ OB/GYN ធ្វើជា PCP របស់អ្នក)។ នៅរដ្ឋកាលីហ្វ័រញ៉ា សមាជិក HMO គ្រប់រូបអាចជួប OB/GYN ដែលចូលរួម ដោយគ្មានការបញ្ជូនបន្ត ឬការអនុម័តជាមុន គម្រោងសុខភាពរបស់អ្នកអាចតម្រូវឱ្យ OB/GYN ស្ថិតនៅក្នុងក្រុមវេជ្ជសាស្ត្ររបស់អ្នក។</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>ទទួលអ្នកជំងឺថ្មី</translation>
    </message>
    <message>
        <source>The doctor takes new patients in this plan. &quot;Existing patients only&quot; means the doctor is not taking new patients: only people already seen there; &quot;Existing patients and their family&quot; adds those patients&apos; relatives. If you choose a doctor who is not taking new patients, the plan may refuse the choice or give you another doctor, so call the office first. Always call the office to confirm: lists change often.</source>
        <translation>គ្រូពេទ្យទទួលអ្នកជំងឺថ្មីនៅក្នុងគម្រោងសុខភាពនេះ។ &quot;តែអ្នកជំងឺចាស់ប៉ុណ្ណោះ&quot; មានន័យថាគ្រូពេទ្យមិនទទួលអ្នកជំងឺថ្មីទេ៖ ពិនិត្យតែអ្នកដែលធ្លាប់ពិនិត្យនៅទីនោះរួចហើយប៉ុណ្ណោះ។ &quot;អ្នកជំងឺចាស់ និងគ្រួសាររបស់ពួកគេ&quot; បន្ថែមសាច់ញាតិរបស់អ្នកជំងឺទាំងនោះ។ ប្រសិនបើអ្នកជ្រើសរើសគ្រូពេទ្យដែលមិនទទួលអ្នកជំងឺថ្មី គម្រោងសុខភាពអាចបដិសេធការជ្រើសរើសនោះ ឬផ្តល់គ្រូពេទ្យផ្សេងឱ្យអ្នក ដូច្នេះសូមទូរស័ព្ទទៅការិយាល័យជាមុនសិន។ សូមទូរស័ព្ទទៅការិយាល័យដើម្បីបញ្ជាក់ជានិច្ច៖ បញ្ជីផ្លាស់ប្តូរញឹកញាប់។</translation>
    </message>
    <message>
        <source>Sample doctors</source>
        <translation>គ្រូពេទ្យគំរូ</translation>
    </message>
    <message>
        <source>No public file lists California doctors with their groups, so the doctors in this directory are fictional samples, marked &quot;Sample doctor (fictional)&quot;, and so are their offices and phone numbers. Plans, the names of medical groups, hospitals and ZIP codes come from public data, with their dates. A hospital marked &quot;inferred&quot; is one near the offices, not one the doctor or group published; anything marked &quot;sample&quot; or &quot;fictional&quot; is made up.</source>
        <translation>គ្មានឯកសារសាធារណៈណាមួយរាយបញ្ជីគ្រូពេទ្យនៅរដ្ឋកាលីហ្វ័រញ៉ា រួមជាមួយក្រុមរបស់ពួកគេទេ ដូច្នេះគ្រូពេទ្យនៅក្នុងបញ្ជីឈ្មោះនេះជាគំរូប្រឌិត មិនមែនពិតទេ ដែលមានសម្គាល់ថា &quot;គ្រូពេទ្យគំរូ (ប្រឌិត មិនមែនពិត)&quot; ហើយការិយាល័យ និងលេខទូរស័ព្ទរបស់ពួកគេក៏ដូច្នោះដែរ។ គម្រោងសុខភាព ឈ្មោះក្រុមវេជ្ជសាស្ត្រ មន្ទីរពេទ្យ និងលេខកូដ ZIP មកពីទិន្នន័យសាធារណៈ ដោយមានកាលបរិច្ឆេទរបស់វា។ មន្ទីរពេទ្យដែលមានសម្គាល់ថា &quot;សន្និដ្ឋាន&quot; គឺជាមន្ទីរពេទ្យនៅជិតការិយាល័យ មិនមែនមន្ទីរពេទ្យដែលគ្រូពេទ្យ ឬក្រុមបានផ្សព្វផ្សាយទេ។ អ្វីៗដែលមានសម្គាល់ថា &quot;គំរូ&quot; ឬ &quot;ប្រឌិត&quot; គឺត្រូវបានបង្កើតឡើង មិនមែនពិតទេ។</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>ជំនួយ និងសទ្ទានុក្រម</translation>
    </message>
    <message>
        <source>Help: words you will see</source>
        <translation>ជំនួយ៖ ពាក្យដែលអ្នកនឹងឃើញ</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>សទ្ទានុក្រម</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>បិទជំនួយ</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>តើអ្នកនៅទីនោះទេ?</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>វិនាទីដែលនៅសល់</translation>
    </message>
    <message>
        <source>When the count reaches 0, everything on this screen is cleared for the next person. Touch anywhere or press any key for more time.</source>
        <translation>នៅពេលការរាប់ដល់ 0 អ្វីៗទាំងអស់នៅលើអេក្រង់នេះនឹងត្រូវបានសម្អាតសម្រាប់អ្នកបន្ទាប់។ សូមប៉ះកន្លែងណាមួយ ឬចុចគ្រាប់ចុចណាមួយ ដើម្បីទទួលបានពេលបន្ថែម។</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>ខ្ញុំត្រូវការពេលបន្ថែម</translation>
    </message>
    <message>
        <source>I&apos;m finished</source>
        <translation>ខ្ញុំរួចរាល់ហើយ</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything now</source>
        <translation>ខ្ញុំរួចរាល់ហើយ៖ សម្អាតអ្វីៗទាំងអស់ឥឡូវនេះ</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>I&apos;m finished</source>
        <translation>ខ្ញុំរួចរាល់ហើយ</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything for the next person</source>
        <translation>ខ្ញុំរួចរាល់ហើយ៖ សម្អាតអ្វីៗទាំងអស់សម្រាប់អ្នកបន្ទាប់</translation>
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
        <translation>HMO Desktop៖ ជ្រើសរើសគ្រូពេទ្យថែទាំបឋមរបស់អ្នក</translation>
    </message>
    <message>
        <source>%1 does not serve this area: choose a plan again.</source>
        <translation>%1 មិនបម្រើតំបន់នេះទេ៖ សូមជ្រើសរើសគម្រោងសុខភាពម្តងទៀត។</translation>
    </message>
    <message>
        <source>%1 is not listed here: choose a medical group again.</source>
        <translation>%1 មិនត្រូវបានរាយបញ្ជីនៅទីនេះទេ៖ សូមជ្រើសរើសក្រុមវេជ្ជសាស្ត្រម្តងទៀត។</translation>
    </message>
</context>
<context>
    <name>PcpChooser</name>
    <message>
        <source>Choose your primary care doctor</source>
        <translation>ជ្រើសរើសគ្រូពេទ្យថែទាំបឋមរបស់អ្នក</translation>
    </message>
    <message>
        <source>Where you are searching</source>
        <translation>កន្លែងដែលអ្នកកំពុងស្វែងរក</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>គ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>លាក់តម្រង</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>តម្រង</translation>
    </message>
    <message>
        <source>Number of doctors found</source>
        <translation>ចំនួនគ្រូពេទ្យដែលបានរកឃើញ</translation>
    </message>
    <message>
        <source>No doctors message</source>
        <translation>សារគ្មានគ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>Doctors left out for facts not in this directory</source>
        <translation>គ្រូពេទ្យដែលត្រូវបានដកចេញ ដោយសារព័ត៌មានមិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ</translation>
    </message>
    <message>
        <source>See doctor&apos;s profile</source>
        <translation>មើលប្រវត្តិរូបគ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>បង្ហាញតម្រង</translation>
    </message>
    <message>
        <source>About the selected doctor</source>
        <translation>អំពីវេជ្ជបណ្ឌិតដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>all medical groups in the plan</source>
        <translation>ក្រុមវេជ្ជសាស្ត្រទាំងអស់នៅក្នុងគម្រោងសុខភាព</translation>
    </message>
    <message>
        <source>offices in %1 County, nearest to %2</source>
        <translation>ការិយាល័យនៅខោនធី %1 ជិត %2 បំផុត</translation>
    </message>
    <message>
        <source>offices in %1 County</source>
        <translation>ការិយាល័យនៅខោនធី %1</translation>
    </message>
    <message>
        <source>offices anywhere in California</source>
        <translation>ការិយាល័យនៅគ្រប់ទីកន្លែងក្នុងរដ្ឋកាលីហ្វ័រញ៉ា</translation>
    </message>
</context>
<context>
    <name>PcpFilterPanel</name>
    <message>
        <source>Who is the doctor for?</source>
        <translation>តើគ្រូពេទ្យសម្រាប់នរណា?</translation>
    </message>
    <message>
        <source>Patient&apos;s age</source>
        <translation>អាយុអ្នកជំងឺ</translation>
    </message>
    <message>
        <source>Enter age</source>
        <translation>បញ្ចូលអាយុ</translation>
    </message>
    <message>
        <source>Type the age of the person who needs the doctor; babies are 0</source>
        <translation>វាយអាយុរបស់អ្នកដែលត្រូវការគ្រូពេទ្យ ទារកគឺ 0</translation>
    </message>
    <message>
        <source>Patient&apos;s sex (optional)</source>
        <translation>ភេទអ្នកជំងឺ (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>មិនបានផ្តល់</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>អាយុ៖</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>ភេទ (ស្រេចចិត្ត)៖</translation>
    </message>
    <message>
        <source>Primary care specialties</source>
        <translation>ឯកទេសថែទាំបឋម</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>អ្នកជំងឺថ្មី</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>ស្ថានភាពណាមួយ</translation>
    </message>
    <message>
        <source>Accepting new patients, or call to ask</source>
        <translation>ទទួលអ្នកជំងឺថ្មី ឬទូរស័ព្ទសួរ</translation>
    </message>
    <message>
        <source>Not in this directory: call to ask</source>
        <translation>មិនមាននៅក្នុងបញ្ជីឈ្មោះនេះ៖ ទូរស័ព្ទសួរ</translation>
    </message>
    <message>
        <source>Language the doctor speaks</source>
        <translation>ភាសាដែលគ្រូពេទ្យនិយាយ</translation>
    </message>
    <message>
        <source>Language the office staff speak</source>
        <translation>ភាសាដែលបុគ្គលិកការិយាល័យនិយាយ</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>ភាសាណាមួយ</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender</source>
        <translation>ភេទរបស់គ្រូពេទ្យ</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>ណាមួយ</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>ចម្ងាយ</translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>ចម្ងាយណាមួយ</translation>
    </message>
    <message>
        <source>Within %1 miles</source>
        <translation>ក្នុងរង្វង់ %1 ម៉ាយ</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>មន្ទីរពេទ្យ</translation>
    </message>
    <message>
        <source>Any hospital</source>
        <translation>មន្ទីរពេទ្យណាមួយ</translation>
    </message>
    <message>
        <source>Offers video visits</source>
        <translation>ផ្តល់ការពិនិត្យតាមវីដេអូ</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>ម៉ោងពេលល្ងាច</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>ម៉ោងថ្ងៃសៅរ៍</translation>
    </message>
    <message>
        <source>Wheelchair accessible office</source>
        <translation>ការិយាល័យដែលរទេះរុញចូលបាន</translation>
    </message>
    <message>
        <source>Parking, entrance, inside, restroom, exam room and exam table all accessible</source>
        <translation>ចំណតរថយន្ត ច្រកចូល ខាងក្នុង បន្ទប់ទឹក បន្ទប់ពិនិត្យ និងតុពិនិត្យ ទាំងអស់ងាយស្រួលសម្រាប់ជនពិការ</translation>
    </message>
    <message>
        <source>Sort doctors by</source>
        <translation>តម្រៀបគ្រូពេទ្យតាម</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>ជិតបំផុតមុន</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>សម្អាតតម្រង</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>អ្នកជំងឺថ្មី៖</translation>
    </message>
    <message>
        <source>Doctor speaks:</source>
        <translation>គ្រូពេទ្យនិយាយ៖</translation>
    </message>
    <message>
        <source>Staff speak:</source>
        <translation>បុគ្គលិកនិយាយ៖</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender:</source>
        <translation>ភេទរបស់គ្រូពេទ្យ៖</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>ចម្ងាយ៖</translation>
    </message>
    <message>
        <source>Hospital:</source>
        <translation>មន្ទីរពេទ្យ៖</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>តម្រៀប៖</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (សន្និដ្ឋាន)</translation>
    </message>
</context>
<context>
    <name>PlanNotListedDialog</name>
    <message>
        <source>My plan is not listed</source>
        <translation>គម្រោងសុខភាពរបស់ខ្ញុំមិនមាននៅក្នុងបញ្ជី</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>អ្វីដែលត្រូវធ្វើ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
</context>
<context>
    <name>PlanPicker</name>
    <message>
        <source>Choose your health plan</source>
        <translation>ជ្រើសរើសគម្រោងសុខភាពរបស់អ្នក</translation>
    </message>
    <message>
        <source>These HMO plans serve your area. Pick the one on your member ID card, or the one you are enrolling in.</source>
        <translation>គម្រោង HMO ទាំងនេះបម្រើតំបន់របស់អ្នក។ សូមជ្រើសរើសគម្រោងដែលមាននៅលើប័ណ្ណសម្គាល់សមាជិករបស់អ្នក ឬគម្រោងដែលអ្នកកំពុងចុះឈ្មោះ។</translation>
    </message>
    <message>
        <source>What is an HMO?</source>
        <translation>តើ HMO ជាអ្វី?</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>គម្រោងសុខភាព</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>ក្រុមហ៊ុនធានារ៉ាប់រង</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>បណ្តាញ</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>សេវាសមាជិក</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>ទិន្នន័យគិតត្រឹម</translation>
    </message>
    <message>
        <source>Health plans in your area</source>
        <translation>គម្រោងសុខភាពនៅក្នុងតំបន់របស់អ្នក</translation>
    </message>
    <message>
        <source>About the selected plan</source>
        <translation>អំពីគម្រោងសុខភាពដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <source>My plan is not listed</source>
        <translation>គម្រោងសុខភាពរបស់ខ្ញុំមិនមាននៅក្នុងបញ្ជី</translation>
    </message>
    <message>
        <source>My plan is not listed: what to do</source>
        <translation>គម្រោងសុខភាពរបស់ខ្ញុំមិនមាននៅក្នុងបញ្ជី៖ អ្វីដែលត្រូវធ្វើ</translation>
    </message>
    <message>
        <source>Continue with this plan</source>
        <translation>បន្តជាមួយគម្រោងសុខភាពនេះ</translation>
    </message>
    <message>
        <source>No plans message</source>
        <translation>សារគ្មានគម្រោងសុខភាព</translation>
    </message>
    <message>
        <source>Opening the doctor directory...</source>
        <translation>កំពុងបើកបញ្ជីឈ្មោះគ្រូពេទ្យ...</translation>
    </message>
    <message>
        <source>See your member ID card</source>
        <translation>សូមមើលប័ណ្ណសម្គាល់សមាជិករបស់អ្នក</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>ខោនធី %1</translation>
    </message>
    <message>
        <source>California</source>
        <translation>កាលីហ្វ័រញ៉ា</translation>
    </message>
    <message>
        <source>Choose your health plan in %1</source>
        <translation>ជ្រើសរើសគម្រោងសុខភាពរបស់អ្នកនៅ %1</translation>
    </message>
    <message>
        <source>ZIP %1 (%2)</source>
        <translation>ZIP %1 (%2)</translation>
    </message>
    <message>
        <source>No plan in this directory serves %1: it has only the plans in public files, and none of them lists this area. Check the ZIP code or pick another county. If you already have a plan, press &quot;My plan is not listed&quot; to see how to find its doctors.</source>
        <translation>គ្មានគម្រោងសុខភាពណាមួយនៅក្នុងបញ្ជីឈ្មោះនេះបម្រើ %1 ទេ៖ វាមានតែគម្រោងសុខភាពនៅក្នុងឯកសារសាធារណៈប៉ុណ្ណោះ ហើយគ្មានគម្រោងណាមួយរាយបញ្ជីតំបន់នេះទេ។ សូមពិនិត្យលេខកូដ ZIP ឬជ្រើសរើសខោនធីផ្សេង។ ប្រសិនបើអ្នកមានគម្រោងសុខភាពរួចហើយ សូមចុច &quot;គម្រោងសុខភាពរបស់ខ្ញុំមិនមាននៅក្នុងបញ្ជី&quot; ដើម្បីមើលរបៀបស្វែងរកគ្រូពេទ្យរបស់វា។</translation>
    </message>
    <message>
        <source>Select your plan to see what it covers.</source>
        <translation>ជ្រើសរើសគម្រោងសុខភាពរបស់អ្នក ដើម្បីមើលអ្វីដែលវាគ្របដណ្តប់។</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>បោះបង់ចោល</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find a primary care doctor</source>
        <translation>ស្វែងរកគ្រូពេទ្យថែទាំបឋម</translation>
    </message>
    <message>
        <source>Choose your language, type your ZIP code if you like, then press Start. When you are done, press “I&apos;m finished”: everything you entered is cleared for the next person.</source>
        <translation>សូមជ្រើសរើសភាសារបស់អ្នក វាយលេខកូដ ZIP របស់អ្នកប្រសិនបើអ្នកចង់ រួចចុច ចាប់ផ្តើម។ នៅពេលអ្នករួចរាល់ សូមចុច “ខ្ញុំរួចរាល់ហើយ”៖ អ្វីៗទាំងអស់ដែលអ្នកបានបញ្ចូលនឹងត្រូវបានសម្អាតសម្រាប់អ្នកបន្ទាប់។</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>Your ZIP code (optional)</source>
        <translation>លេខកូដ ZIP របស់អ្នក (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <source>Five digits, to list doctors near you.</source>
        <translation>ប្រាំខ្ទង់ ដើម្បីរាយបញ្ជីគ្រូពេទ្យនៅជិតអ្នក។</translation>
    </message>
    <message>
        <source>Your ZIP code</source>
        <translation>លេខកូដ ZIP របស់អ្នក</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>លេខកូដ ZIP</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ចាប់ផ្តើម</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>បុគ្គលិក</translation>
    </message>
    <message>
        <source>Staff only: enter the staff PIN</source>
        <translation>សម្រាប់តែបុគ្គលិកប៉ុណ្ណោះ៖ បញ្ចូលលេខ PIN បុគ្គលិក</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Find my current doctor</source>
        <translation>ស្វែងរកគ្រូពេទ្យបច្ចុប្បន្នរបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ជំនួយ</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>ជំនួយ និងសទ្ទានុក្រម</translation>
    </message>
    <message>
        <source>About</source>
        <translation>អំពី</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data</source>
        <translation>អំពី HMO Desktop និងទិន្នន័យរបស់វា</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>ចាប់ផ្តើមម្តងទៀត</translation>
    </message>
    <message>
        <source>Start over with a new member (also Ctrl+N)</source>
        <translation>ចាប់ផ្តើមម្តងទៀតជាមួយសមាជិកថ្មី (ឬ Ctrl+N)</translation>
    </message>
    <message>
        <source>Forget this member&apos;s ZIP, plan, group, doctor, filters and searches</source>
        <translation>លុបលេខកូដ ZIP គម្រោងសុខភាព ក្រុម គ្រូពេទ្យ តម្រង និងការស្វែងរករបស់សមាជិកនេះ</translation>
    </message>
</context>
</TS>
