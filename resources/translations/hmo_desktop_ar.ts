<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>%1, age %2</source>
        <translation>%1، العمر %2</translation>
    </message>
    <message>
        <source>Next step for Medi-Cal: Health Care Options</source>
        <translation>الخطوة التالية لـ Medi-Cal: Health Care Options</translation>
    </message>
    <message>
        <source>Before you enroll</source>
        <translation>قبل التسجيل</translation>
    </message>
    <message>
        <source>PCP ID:</source>
        <translation>رقم تعريف PCP:</translation>
    </message>
    <message>
        <source>Family medicine</source>
        <translation>طب الأسرة</translation>
    </message>
    <message>
        <source>Internal medicine</source>
        <translation>الطب الباطني</translation>
    </message>
    <message>
        <source>Pediatrics</source>
        <translation>طب الأطفال</translation>
    </message>
    <message>
        <source>OB/GYN</source>
        <translation>أمراض النساء والتوليد (OB/GYN)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>باطني</translation>
    </message>
    <message>
        <source>All ages, children to seniors; often the whole family.</source>
        <translation>جميع الأعمار، من الأطفال إلى كبار السن؛ وغالباً الأسرة كلها.</translation>
    </message>
    <message>
        <source>Adults only: prevention and long-term conditions.</source>
        <translation>البالغون فقط: الوقاية والأمراض طويلة الأمد.</translation>
    </message>
    <message>
        <source>Babies, children and teens (up to 18 or 21).</source>
        <translation>الرضع والأطفال والمراهقون (حتى سن ١٨ أو ٢١).</translation>
    </message>
    <message>
        <source>Women&apos;s health, pregnancy and gynecology; some act as a PCP.</source>
        <translation>صحة المرأة والحمل وأمراض النساء؛ بعضهم يمكن أن يكون طبيب الرعاية الأولية (PCP) لك.</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>يقبل مرضى جدداً</translation>
    </message>
    <message>
        <source>Existing patients only</source>
        <translation>المرضى الحاليون فقط</translation>
    </message>
    <message>
        <source>Existing patients and their family</source>
        <translation>المرضى الحاليون وأسرهم</translation>
    </message>
    <message>
        <source>Not accepting patients</source>
        <translation>لا يقبل مرضى</translation>
    </message>
    <message>
        <source>Call to ask</source>
        <translation>اتصل للسؤال</translation>
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
        <translation>من صاحب العمل وفردي (تجاري)</translation>
    </message>
    <message>
        <source>Accessible parking</source>
        <translation>موقف سيارات مهيأ لذوي الإعاقة</translation>
    </message>
    <message>
        <source>Accessible entrance</source>
        <translation>مدخل مهيأ لذوي الإعاقة</translation>
    </message>
    <message>
        <source>Accessible inside the building</source>
        <translation>مهيأ لذوي الإعاقة داخل المبنى</translation>
    </message>
    <message>
        <source>Accessible restroom</source>
        <translation>دورة مياه مهيأة لذوي الإعاقة</translation>
    </message>
    <message>
        <source>Accessible exam room</source>
        <translation>غرفة فحص مهيأة لذوي الإعاقة</translation>
    </message>
    <message>
        <source>Height-adjustable exam table / accessible scale</source>
        <translation>طاولة فحص قابلة لتعديل الارتفاع / ميزان مهيأ لذوي الإعاقة</translation>
    </message>
    <message>
        <source>Sample doctor (fictional)</source>
        <translation>طبيب كمثال (وهمي، ليس حقيقياً)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a list</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 mi</source>
        <translation>%1 ميل</translation>
    </message>
    <message>
        <source>Languages: English only.</source>
        <translation>اللغات: الإنجليزية فقط.</translation>
    </message>
    <message>
        <source>Languages: English, %1. None of these translations has been reviewed by a fluent speaker yet; tell the team what reads wrong.</source>
        <translation>اللغات: الإنجليزية، %1. لم يراجع أيَّ ترجمة من هذه الترجمات متحدثٌ يتقن اللغة حتى الآن؛ أخبر الفريق بما يبدو لك غير صحيح.</translation>
    </message>
    <message>
        <source>Languages: English, %1. Reviewed by a fluent speaker: %2.</source>
        <translation>اللغات: الإنجليزية، %1. راجعها متحدث يتقن اللغة: %2.</translation>
    </message>
    <message>
        <source>To translate or review a language, open its file, resources/translations/hmo_desktop_&lt;code&gt;.ts, in Qt Linguist (README, &quot;Languages&quot;).</source>
        <translation>لترجمة لغة أو مراجعتها، افتح ملفها resources/translations/hmo_desktop_&lt;code&gt;.ts في Qt Linguist (ملف README، قسم «Languages»).</translation>
    </message>
    <message>
        <source>made by this app</source>
        <translation>من إعداد هذا التطبيق</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>حتى تاريخ %1</translation>
    </message>
    <message>
        <source>fictional samples, made up by this app</source>
        <translation>أمثلة وهمية من تأليف هذا التطبيق</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>استنتجه هذا التطبيق</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>بيانات عامة، قد لا تكون محدّثة</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>بيانات عامة</translation>
    </message>
    <message>
        <source>none (used while building)</source>
        <translation>لا شيء (يُستخدم أثناء إنشاء الدليل)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Works offline; sends nothing anywhere.</source>
        <translation>يعمل دون اتصال بالإنترنت؛ ولا يرسل أي شيء إلى أي مكان.</translation>
    </message>
    <message>
        <source>Directory %1, checksum %2</source>
        <translation>الدليل %1، المجموع الاختباري (checksum) %2</translation>
    </message>
    <message>
        <source>Data sources (%1)</source>
        <translation>مصادر البيانات (%1)</translation>
    </message>
    <message>
        <source>About HMO Desktop</source>
        <translation>حول HMO Desktop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data sources</source>
        <translation>حول HMO Desktop ومصادر بياناته</translation>
    </message>
    <message>
        <source>%1 (sample office)</source>
        <translation>%1 (عيادة كمثال، وهمية)</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>مقاطعة %1</translation>
    </message>
    <message>
        <source>Sample group: its office is a sample placed at a ZIP code center, %1 away.</source>
        <translation>مجموعة كمثال (وهمية): عيادتها مثال موضوع في مركز رمز بريدي (ZIP)، على بعد %1.</translation>
    </message>
    <message>
        <source>Sample group: its office is not in this directory.</source>
        <translation>مجموعة كمثال (وهمية): عيادتها ليست في هذا الدليل.</translation>
    </message>
    <message>
        <source>Serves %1; office address not in this directory.</source>
        <translation>تخدم %1؛ عنوان العيادة ليس في هذا الدليل.</translation>
    </message>
    <message>
        <source>No %1 doctors in this group here</source>
        <translation>لا يوجد أطباء %1 في هذه المجموعة هنا</translation>
    </message>
    <message>
        <source>%1 of 1 %2 doctor is accepting new patients</source>
        <translation>%1 من أصل طبيب واحد في %2 يقبل مرضى جدداً</translation>
    </message>
    <message numerus="yes">
        <source>%n counties</source>
        <translation>
            <numerusform>%Ln مقاطعة</numerusform>
            <numerusform>%Ln مقاطعة</numerusform>
            <numerusform>%Ln مقاطعتان</numerusform>
            <numerusform>%Ln مقاطعات</numerusform>
            <numerusform>%Ln مقاطعة</numerusform>
            <numerusform>%Ln مقاطعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Counties: %1</source>
        <translation>المقاطعات: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln %2 doctors are accepting new patients</source>
        <translation>
            <numerusform>يقبل مرضى جدداً %1 من أصل %Ln طبيب في %2</numerusform>
            <numerusform>يقبل مرضى جدداً %1 من أصل %Ln طبيب في %2</numerusform>
            <numerusform>يقبل مرضى جدداً %1 من أصل %Ln طبيبين في %2</numerusform>
            <numerusform>يقبل مرضى جدداً %1 من أصل %Ln أطباء في %2</numerusform>
            <numerusform>يقبل مرضى جدداً %1 من أصل %Ln طبيباً في %2</numerusform>
            <numerusform>يقبل مرضى جدداً %1 من أصل %Ln طبيب في %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>بلا تقييم</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>غير منشور</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (مستنتج)</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan with one Permanente Medical Group per region. Enter your ZIP code or county above, or choose the group of the region where you live: Northern or Southern California.</source>
        <translation>Kaiser Permanente خطة متكاملة لها Permanente Medical Group واحدة في كل منطقة. أدخل الرمز البريدي (ZIP) أو المقاطعة في الأعلى، أو اختر مجموعة المنطقة التي تعيش فيها: شمال كاليفورنيا أو جنوبها.</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, with a care team at each PACE center. Enter your ZIP code or county above, or choose the center where you live.</source>
        <translation>PACE مخصص للأشخاص الذين تبلغ أعمارهم ٥٥ عاماً فأكثر، مع فريق رعاية في كل مركز PACE. أدخل الرمز البريدي (ZIP) أو المقاطعة في الأعلى، أو اختر المركز القريب من مكان سكنك.</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group of your region, so there is no medical group to choose. Continue to choose your doctor.</source>
        <translation>Kaiser Permanente خطة متكاملة: جميع أطبائها ينتمون إلى Permanente Medical Group في منطقتك، لذلك لا توجد مجموعة طبية لاختيارها. تابع لاختيار طبيبك.</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older. Your care team, your doctor included, is at your PACE center, so there is no medical group to choose. Continue to see the center&apos;s doctors.</source>
        <translation>PACE مخصص للأشخاص الذين تبلغ أعمارهم ٥٥ عاماً فأكثر. فريق الرعاية الخاص بك، بما فيه طبيبك، موجود في مركز PACE الخاص بك، لذلك لا توجد مجموعة طبية لاختيارها. تابع لرؤية أطباء المركز.</translation>
    </message>
    <message>
        <source>Your doctor belongs to a medical group. The group decides referrals to specialists and which hospitals you use. Numbers show doctors accepting new patients, for patients of any age.</source>
        <translation>ينتمي طبيبك إلى مجموعة طبية. تقرر المجموعة الإحالات إلى الأخصائيين والمستشفيات التي تستخدمها. تُظهر الأرقام الأطباء الذين يقبلون مرضى جدداً من أي عمر.</translation>
    </message>
    <message>
        <source>If you choose this group, your PCP and your specialists come from it, and referrals to specialists go through it.</source>
        <translation>إذا اخترت هذه المجموعة، فسيكون طبيب الرعاية الأولية (PCP) والأخصائيون من هذه المجموعة، وتمر الإحالات إلى الأخصائيين عن طريقها.</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>قواعد الإحالة</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>خط خارج ساعات العمل</translation>
    </message>
    <message>
        <source>not in this directory: see your member ID card or call the plan.</source>
        <translation>ليس في هذا الدليل: انظر بطاقة تعريف العضو أو اتصل بالخطة.</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>الأطباء</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>تقييم الجودة</translation>
    </message>
    <message>
        <source>Plan group code</source>
        <translation>رمز المجموعة لدى الخطة</translation>
    </message>
    <message>
        <source>Sample group (fictional): this plan&apos;s group list is not available offline, so this group and everything said about it are samples.</source>
        <translation>مجموعة كمثال (وهمية): قائمة مجموعات هذه الخطة غير متاحة دون اتصال بالإنترنت، لذلك فهذه المجموعة وكل ما يُقال عنها أمثلة وهمية.</translation>
    </message>
    <message>
        <source>The plan&apos;s own care team. Its doctors in this directory are samples.</source>
        <translation>فريق الرعاية التابع للخطة نفسها. أطباؤه في هذا الدليل أمثلة وهمية.</translation>
    </message>
    <message>
        <source>Listed by the carrier for this network in 2017-18. Networks change every year: call the plan to confirm.</source>
        <translation>قائمة نشرتها شركة التأمين لهذه الشبكة في 2017-18. تتغير الشبكات كل عام: اتصل بالخطة للتأكد.</translation>
    </message>
    <message>
        <source>Not published: ask the group or the plan which hospitals it uses.</source>
        <translation>غير منشور: اسأل المجموعة أو الخطة عن المستشفيات التي تستخدمها.</translation>
    </message>
    <message>
        <source>%1 (CMS rating %2 of 5)</source>
        <translation>%1 (تقييم CMS: %2 من ٥)</translation>
    </message>
    <message>
        <source>inferred from distance, not published by the group</source>
        <translation>مستنتج من المسافة، لم تنشره المجموعة</translation>
    </message>
    <message>
        <source>sample, fictional</source>
        <translation>مثال، وهمي</translation>
    </message>
    <message>
        <source>not in this directory: ask the group or the plan.</source>
        <translation>ليس في هذا الدليل: اسأل المجموعة أو الخطة.</translation>
    </message>
    <message>
        <source>You can see an OB/GYN in your plan&apos;s network without a referral or prior approval (California law); the plan may require the OB/GYN to be in your medical group.</source>
        <translation>يمكنك زيارة طبيب أمراض النساء والتوليد (OB/GYN) في شبكة خطتك دون إحالة أو موافقة مسبقة (قانون كاليفورنيا)؛ وقد تشترط الخطة أن يكون طبيب OB/GYN من مجموعتك الطبية.</translation>
    </message>
    <message>
        <source>How a PACE member&apos;s doctor is assigned: when you enroll, the PACE center&apos;s care team assigns you a primary care doctor who works at the center. You can ask the center for a particular doctor on its team.</source>
        <translation>كيف يُعيَّن طبيب عضو PACE: عند تسجيلك، يعيّن لك فريق الرعاية في مركز PACE طبيب رعاية أولية يعمل في المركز. يمكنك أن تطلب من المركز طبيباً معيناً من فريقه.</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>الخيار الأول</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>الخيار الاحتياطي %1</translation>
    </message>
    <message>
        <source>The selected member&apos;s doctors</source>
        <translation>أطباء العضو المحدد</translation>
    </message>
    <message>
        <source>This member&apos;s plan</source>
        <translation>خطة هذا العضو</translation>
    </message>
    <message>
        <source>Plan for this member:</source>
        <translation>الخطة لهذا العضو:</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>الطبيب</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>المرضى الجدد</translation>
    </message>
    <message>
        <source>Make first choice</source>
        <translation>اجعله الخيار الأول</translation>
    </message>
    <message>
        <source>Make this doctor the member&apos;s first choice</source>
        <translation>اجعل هذا الطبيب الخيار الأول للعضو</translation>
    </message>
    <message>
        <source>Remove doctor</source>
        <translation>إزالة الطبيب</translation>
    </message>
    <message>
        <source>Remove this doctor from the member&apos;s choices</source>
        <translation>إزالة هذا الطبيب من خيارات العضو</translation>
    </message>
    <message>
        <source>Select a member to see their plan and doctors.</source>
        <translation>اختر عضواً لرؤية خطته وأطبائه.</translation>
    </message>
    <message>
        <source>%1&apos;s plan and doctors</source>
        <translation>خطة %1 وأطباؤه</translation>
    </message>
    <message>
        <source>The household&apos;s plan (%1)</source>
        <translation>خطة الأسرة (%1)</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>لم يتم الاختيار بعد</translation>
    </message>
    <message>
        <source>Type the member&apos;s first name or a nickname.</source>
        <translation>اكتب الاسم الأول للعضو أو اسم التدليل.</translation>
    </message>
    <message>
        <source>That name is long: a first name or a nickname is enough.</source>
        <translation>هذا الاسم طويل: يكفي الاسم الأول أو اسم التدليل.</translation>
    </message>
    <message>
        <source>Type a first name or nickname only: no numbers, dates, IDs or addresses.</source>
        <translation>اكتب الاسم الأول أو اسم التدليل فقط: دون أرقام أو تواريخ أو أرقام هوية أو عناوين.</translation>
    </message>
    <message>
        <source>The age must be from 0 to 120.</source>
        <translation>يجب أن يكون العمر من ٠ إلى ١٢٠.</translation>
    </message>
    <message>
        <source>Choose female, male, or leave sex not given.</source>
        <translation>اختر أنثى أو ذكر، أو اترك الجنس دون تحديد.</translation>
    </message>
    <message>
        <source>One of the access needs is not known to this app.</source>
        <translation>أحد احتياجات الوصول غير معروف لهذا التطبيق.</translation>
    </message>
    <message>
        <source>This member cannot be added as given.</source>
        <translation>لا يمكن إضافة هذا العضو بهذه البيانات.</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>الخيار الأول</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>الخيار الاحتياطي %1</translation>
    </message>
    <message>
        <source>%1 has no PCP yet.</source>
        <translation>ليس لدى %1 طبيب رعاية أولية (PCP) بعد.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is no longer in this directory for this plan; choose another doctor.</source>
        <translation>%1: %2 (%3) لم يعد في هذا الدليل لهذه الخطة؛ اختر طبيباً آخر.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in this member&apos;s plan.</source>
        <translation>%1: %2 (%3) ليس في خطة هذا العضو.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not taking new patients.</source>
        <translation>%1: %2 (%3) لا يقبل مرضى جدداً.</translation>
    </message>
    <message>
        <source>%1: this directory does not say whether %2 (%3) takes new patients; call to ask.</source>
        <translation>%1: لا يذكر هذا الدليل ما إذا كان %2 (%3) يقبل مرضى جدداً؛ اتصل للسؤال.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) sees patients up to age %4; %1 ages out within a year.</source>
        <translation>%1: %2 (%3) يعالج المرضى حتى سن %4؛ وسيتجاوز %1 هذا العمر خلال أقل من عام.</translation>
    </message>
    <message>
        <source>Add the members of the household, one at a time.</source>
        <translation>أضف أفراد الأسرة، واحداً تلو الآخر.</translation>
    </message>
    <message>
        <source>Everyone has a PCP, and nothing needs another look.</source>
        <translation>لكل فرد طبيب رعاية أولية (PCP)، ولا شيء يحتاج إلى مراجعة أخرى.</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (مثال وهمي)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>ليس في هذا الدليل</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1، حتى تاريخ %2</translation>
    </message>
    <message>
        <source>needs a ZIP</source>
        <translation>يحتاج إلى رمز بريدي (ZIP)</translation>
    </message>
    <message>
        <source>not known here: open this doctor from the doctor step</source>
        <translation>غير معروف هنا: افتح هذا الطبيب من خطوة الأطباء</translation>
    </message>
    <message>
        <source>Evening: %1; Saturday: %2</source>
        <translation>المساء: %1؛ السبت: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>نعم: %1</translation>
    </message>
    <message>
        <source>not in this directory: ask the medical group</source>
        <translation>ليس في هذا الدليل: اسأل المجموعة الطبية</translation>
    </message>
    <message>
        <source>Doctor: %1. Office: %2. Group: %3. Plan: %4.</source>
        <translation>الطبيب: %1. العيادة: %2. المجموعة: %3. الخطة: %4.</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>المسافة</translation>
    </message>
    <message>
        <source>Doctor&apos;s languages</source>
        <translation>لغات الطبيب</translation>
    </message>
    <message>
        <source>Staff languages</source>
        <translation>لغات الموظفين</translation>
    </message>
    <message>
        <source>Evening and Saturday hours</source>
        <translation>ساعات المساء والسبت</translation>
    </message>
    <message>
        <source>Video visits</source>
        <translation>زيارات بالفيديو</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>تسهيلات ذوي الإعاقة</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>المستشفيات</translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation>شهادة البورد</translation>
    </message>
    <message>
        <source>Group rating</source>
        <translation>تقييم المجموعة</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>المصدر والتاريخ</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Household: everyone enrolling together</source>
        <translation>الأسرة: كل من يسجّلون معاً</translation>
    </message>
    <message>
        <source>1 doctor can see everyone (ages %1).</source>
        <translation>طبيب واحد يمكنه معالجة الجميع (الأعمار %1).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors can see everyone (ages %1).</source>
        <translation>
            <numerusform>عدد الأطباء الذين يمكنهم معالجة الجميع: %Ln (الأعمار %1).</numerusform>
            <numerusform>عدد الأطباء الذين يمكنهم معالجة الجميع: %Ln (الأعمار %1).</numerusform>
            <numerusform>عدد الأطباء الذين يمكنهم معالجة الجميع: %Ln (الأعمار %1).</numerusform>
            <numerusform>عدد الأطباء الذين يمكنهم معالجة الجميع: %Ln (الأعمار %1).</numerusform>
            <numerusform>عدد الأطباء الذين يمكنهم معالجة الجميع: %Ln (الأعمار %1).</numerusform>
            <numerusform>عدد الأطباء الذين يمكنهم معالجة الجميع: %Ln (الأعمار %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Same doctor for the family</source>
        <translation>الطبيب نفسه للأسرة</translation>
    </message>
    <message>
        <source>Doctors who can see every member</source>
        <translation>أطباء يمكنهم معالجة كل الأفراد</translation>
    </message>
    <message>
        <source>Doctors for the whole family</source>
        <translation>أطباء للأسرة كلها</translation>
    </message>
    <message>
        <source>Doctors for everyone</source>
        <translation>أطباء للجميع</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>PCP</source>
        <translation>PCP</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>الخيارات الاحتياطية</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>أفراد الأسرة</translation>
    </message>
    <message>
        <source>Use the current doctor</source>
        <translation>استخدام الطبيب الحالي</translation>
    </message>
    <message>
        <source>Use the current doctor as this member&apos;s first choice</source>
        <translation>استخدام الطبيب الحالي كخيار أول لهذا العضو</translation>
    </message>
    <message>
        <source>Add as a backup</source>
        <translation>إضافة كخيار احتياطي</translation>
    </message>
    <message>
        <source>Add the current doctor as this member&apos;s backup</source>
        <translation>إضافة الطبيب الحالي كخيار احتياطي لهذا العضو</translation>
    </message>
    <message>
        <source>Change member</source>
        <translation>تغيير العضو</translation>
    </message>
    <message>
        <source>Change this member</source>
        <translation>تغيير هذا العضو</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>إزالة العضو</translation>
    </message>
    <message>
        <source>Remove this member</source>
        <translation>إزالة هذا العضو</translation>
    </message>
    <message>
        <source>What to look at again</source>
        <translation>ما يجب مراجعته مرة أخرى</translation>
    </message>
    <message>
        <source>Compare the chosen doctors</source>
        <translation>مقارنة الأطباء المختارين</translation>
    </message>
    <message>
        <source>Members, or compare</source>
        <translation>الأعضاء، أو المقارنة</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>الأعضاء(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;ompare doctors</source>
        <translation>مقارنة الأطباء(&amp;O)</translation>
    </message>
    <message>
        <source>Needs a PCP</source>
        <translation>يحتاج إلى PCP</translation>
    </message>
    <message>
        <source>Choose a plan and add the members first.</source>
        <translation>اختر خطة وأضف الأعضاء أولاً.</translation>
    </message>
    <message>
        <source>Use the current doctor for %1</source>
        <translation>استخدام الطبيب الحالي لـ %1</translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation>ملخص التسجيل</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>الاسم الأول أو اسم التدليل</translation>
    </message>
    <message>
        <source>Sex (optional)</source>
        <translation>الجنس (اختياري)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Preferred language (optional)</source>
        <translation>اللغة المفضلة (اختياري)</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>إمكانية الوصول بالكرسي المتحرك</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>ساعات المساء</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>ساعات السبت</translation>
    </message>
    <message>
        <source>Wants an OB/GYN as PCP</source>
        <translation>يريد طبيب أمراض النساء والتوليد (OB/GYN) كطبيب رعاية أولية (PCP)</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>إضافة عضو</translation>
    </message>
    <message>
        <source>Add this member</source>
        <translation>إضافة هذا العضو</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>إلغاء التغييرات</translation>
    </message>
    <message>
        <source>Leave the member as they were</source>
        <translation>إبقاء العضو كما كان</translation>
    </message>
    <message>
        <source>Why the member was not added</source>
        <translation>سبب عدم إضافة العضو</translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation>الاسم الأول أو اسم التدليل:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>العمر:</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>الجنس (اختياري):</translation>
    </message>
    <message>
        <source>Language (optional):</source>
        <translation>اللغة (اختياري):</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Save the changes to this member</source>
        <translation>حفظ التغييرات على هذا العضو</translation>
    </message>
    <message>
        <source>The saved household file was damaged. It was set aside, and the last good copy was opened instead: check the members and their doctors.</source>
        <translation>ملف الأسرة المحفوظ كان تالفاً. تم وضعه جانباً، وفُتحت بدلاً منه آخر نسخة سليمة: راجع الأعضاء وأطباءهم.</translation>
    </message>
    <message>
        <source>The saved household file was damaged, and there was no good copy to open. It was set aside; add the members again.</source>
        <translation>ملف الأسرة المحفوظ كان تالفاً، ولم تكن هناك نسخة سليمة لفتحها. تم وضعه جانباً؛ أضف الأعضاء مرة أخرى.</translation>
    </message>
    <message>
        <source>The saved household was kept by a newer version of HMO Desktop. It was left as it is; open it with that version.</source>
        <translation>الأسرة المحفوظة حُفظت بإصدار أحدث من HMO Desktop. تُركت كما هي؛ افتحها بذلك الإصدار.</translation>
    </message>
    <message>
        <source>The saved household could not be brought up to date. It was left as it was; add the members again, or try again after updating HMO Desktop.</source>
        <translation>تعذّر تحديث الأسرة المحفوظة. تُركت كما كانت؛ أضف الأعضاء مرة أخرى، أو حاول مجدداً بعد تحديث HMO Desktop.</translation>
    </message>
    <message>
        <source>The saved household could not be opened.</source>
        <translation>تعذّر فتح الأسرة المحفوظة.</translation>
    </message>
    <message>
        <source>The saved household could not be opened: %1</source>
        <translation>تعذّر فتح الأسرة المحفوظة: %1</translation>
    </message>
    <message>
        <source>Your household kept on this computer is open: View &gt; Household.</source>
        <translation>أسرتك المحفوظة على هذا الكمبيوتر مفتوحة: عرض &gt; الأسرة.</translation>
    </message>
    <message>
        <source>Doctors no longer in this directory: %1. Choose others.</source>
        <translation>أطباء لم يعودوا في هذا الدليل: %1. اختر غيرهم.</translation>
    </message>
    <message>
        <source>The household could not be saved in %1: %2. Nothing was changed there.</source>
        <translation>تعذّر حفظ الأسرة في %1: %2. لم يتغير شيء هناك.</translation>
    </message>
    <message>
        <source>Kept on this computer. Changes are saved as you make them.</source>
        <translation>محفوظة على هذا الكمبيوتر. تُحفظ التغييرات فور إجرائها.</translation>
    </message>
    <message>
        <source>This household is forgotten: nothing of it is kept on this computer.</source>
        <translation>تم نسيان هذه الأسرة: لا يُحفظ منها شيء على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>Keep this household?</source>
        <translation>هل تريد الاحتفاظ بهذه الأسرة؟</translation>
    </message>
    <message>
        <source>Keep this household on this computer for next time?</source>
        <translation>هل تريد الاحتفاظ بهذه الأسرة على هذا الكمبيوتر للمرة القادمة؟</translation>
    </message>
    <message>
        <source>Only the first names or nicknames, ages and chosen doctors are kept, in your user folder. On a shared computer, choose Don&apos;t keep.</source>
        <translation>لا يُحفظ إلا الأسماء الأولى أو أسماء التدليل والأعمار والأطباء المختارون، في مجلد المستخدم الخاص بك. على كمبيوتر مشترك، اختر «عدم الاحتفاظ».</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>احتفاظ</translation>
    </message>
    <message>
        <source>Don&apos;t keep</source>
        <translation>عدم الاحتفاظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Forget this household?</source>
        <translation>هل تريد نسيان هذه الأسرة؟</translation>
    </message>
    <message>
        <source>Its members and their doctors are removed from the screen, and the copy kept on this computer is deleted with its backups. This cannot be undone.</source>
        <translation>سيُزال أعضاؤها وأطباؤهم من الشاشة، وتُحذف النسخة المحفوظة على هذا الكمبيوتر مع نسخها الاحتياطية. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>نسيان</translation>
    </message>
    <message>
        <source>&amp;Household…</source>
        <translation>الأسرة(&amp;H)…</translation>
    </message>
    <message>
        <source>The family&apos;s members, their doctors, and the enrollment summary</source>
        <translation>أفراد الأسرة وأطباؤهم وملخص التسجيل</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>يقبل</translation>
    </message>
    <message>
        <source>%1; ages not in this directory</source>
        <translation>%1؛ الأعمار ليست في هذا الدليل</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>المجموعة الطبية</translation>
    </message>
    <message>
        <source>Save the enrollment summary</source>
        <translation>حفظ ملخص التسجيل</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>خط كبير</translation>
    </message>
    <message>
        <source>Large print summary</source>
        <translation>ملخص بخط كبير</translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation>حفظ الملخص كملف PDF…</translation>
    </message>
    <message>
        <source>Save the enrollment summary as a PDF file</source>
        <translation>حفظ ملخص التسجيل كملف PDF</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>طباعة الملخص…</translation>
    </message>
    <message>
        <source>Print the enrollment summary</source>
        <translation>طباعة ملخص التسجيل</translation>
    </message>
    <message>
        <source>Keep on this computer</source>
        <translation>الاحتفاظ على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Keep this household on this computer</source>
        <translation>الاحتفاظ بهذه الأسرة على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Forget this household</source>
        <translation>نسيان هذه الأسرة</translation>
    </message>
    <message>
        <source>Close the household</source>
        <translation>إغلاق الأسرة</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>محفوظة على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>The summary is printing. Please collect it from the printer.</source>
        <translation>تجري طباعة الملخص. يُرجى أخذه من الطابعة.</translation>
    </message>
    <message>
        <source>The summary is ready. A staff member will print it for you.</source>
        <translation>الملخص جاهز. سيطبعه لك أحد الموظفين.</translation>
    </message>
    <message>
        <source>No printer is set up here. Please ask staff.</source>
        <translation>لا توجد طابعة مُعدّة هنا. يُرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>The summary could not be made. Please ask staff.</source>
        <translation>تعذّر إعداد الملخص. يُرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>طباعة الملخص</translation>
    </message>
    <message>
        <source>HMO Desktop kiosk</source>
        <translation>كشك HMO Desktop</translation>
    </message>
    <message>
        <source>HMO Desktop</source>
        <translation>HMO Desktop</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>للموظفين فقط</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>رمز PIN للموظفين</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>رمز PIN للموظفين:</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>رسالة رمز PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>إلغاء القفل</translation>
    </message>
    <message>
        <source>Unlock staff settings</source>
        <translation>إلغاء قفل إعدادات الموظفين</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>العودة إلى الكشك</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Clear for the next person</source>
        <translation>مسح كل شيء للشخص التالي</translation>
    </message>
    <message>
        <source>Clear everything now for the next person</source>
        <translation>مسح كل شيء الآن للشخص التالي</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>الخروج من الكشك</translation>
    </message>
    <message>
        <source>No staff PIN is set, so this kiosk cannot be left from here. To set one, run this on the computer, then start the kiosk again:

hmo-desktop --set-kiosk-pin

It is kept, as a salted hash, in %1</source>
        <translation>لم يتم تعيين رمز PIN للموظفين، لذلك لا يمكن الخروج من هذا الكشك من هنا. لتعيين رمز، شغّل هذا الأمر على الكمبيوتر، ثم أعد تشغيل الكشك:

hmo-desktop --set-kiosk-pin

يُحفظ الرمز، كتجزئة مملّحة (salted hash)، في %1</translation>
    </message>
    <message>
        <source>Configuration file: %1</source>
        <translation>ملف الإعدادات: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Idle time before the warning: %1 seconds</source>
        <translation>مدة الخمول قبل التنبيه: %1 ثانية</translation>
    </message>
    <message>
        <source>The warning counts down from: %1 seconds</source>
        <translation>يبدأ العد التنازلي للتنبيه من: %1 ثانية</translation>
    </message>
    <message>
        <source>Text size for each new person: %1 %</source>
        <translation>حجم النص لكل شخص جديد: %1٪</translation>
    </message>
    <message>
        <source>Summaries: PDF files in %1, emptied at every reset</source>
        <translation>الملخصات: ملفات PDF في %1، ويُفرَّغ عند كل إعادة ضبط</translation>
    </message>
    <message>
        <source>Summaries: printed on %1</source>
        <translation>الملخصات: تُطبع على %1</translation>
    </message>
    <message>
        <source>Summaries: no default printer is set up on this computer</source>
        <translation>الملخصات: لا توجد طابعة افتراضية مُعدّة على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>The configuration file was not used: %1</source>
        <translation>لم يُستخدم ملف الإعدادات: %1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>رموز PIN خاطئة كثيرة جداً. حاول مرة أخرى بعد %1 ث.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>رمز PIN هذا غير صحيح.</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>شريط القوائم</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>قوائم أخرى</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open directory…</source>
        <translation>فتح دليل(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another doctor directory file; it is checked before it is used</source>
        <translation>فتح ملف دليل أطباء آخر؛ يتم فحصه قبل استخدامه</translation>
    </message>
    <message>
        <source>Open a doctor directory</source>
        <translation>فتح دليل أطباء</translation>
    </message>
    <message>
        <source>Doctor directories (*.sqlite)</source>
        <translation>أدلة الأطباء (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. You can keep working; if it happens again, send these details to the team.</source>
        <translation>حدث خطأ داخل HMO Desktop. يمكنك متابعة العمل؛ وإذا تكرر ذلك، أرسل هذه التفاصيل إلى الفريق.</translation>
    </message>
    <message>
        <source>The doctor directory is not an HMO Desktop directory.</source>
        <translation>دليل الأطباء هذا ليس دليلاً خاصاً بـ HMO Desktop.</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is damaged.</source>
        <translation>دليل الأطباء المرفق مع HMO Desktop تالف.</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is missing.</source>
        <translation>دليل الأطباء المرفق مع HMO Desktop مفقود.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory.</source>
        <translation>لا يملك HMO Desktop إذناً بقراءة دليل الأطباء الخاص به.</translation>
    </message>
    <message>
        <source>A folder is where HMO Desktop&apos;s doctor directory should be.</source>
        <translation>يوجد مجلد في المكان الذي يجب أن يكون فيه دليل أطباء HMO Desktop.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory&apos;s manifest.</source>
        <translation>لا يملك HMO Desktop إذناً بقراءة ملف البيان (manifest) لدليل الأطباء الخاص به.</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop is damaged.</source>
        <translation>ملف دليل الأطباء المُعطى لـ HMO Desktop تالف.</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop does not exist.</source>
        <translation>ملف دليل الأطباء المُعطى لـ HMO Desktop غير موجود.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the doctor directory file it was given.</source>
        <translation>لا يملك HMO Desktop إذناً بقراءة ملف دليل الأطباء المُعطى له.</translation>
    </message>
    <message>
        <source>HMO Desktop was given a folder, not a doctor directory file.</source>
        <translation>أُعطي HMO Desktop مجلداً، وليس ملف دليل أطباء.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the manifest of the doctor directory file it was given.</source>
        <translation>لا يملك HMO Desktop إذناً بقراءة ملف البيان (manifest) لملف دليل الأطباء المُعطى له.</translation>
    </message>
    <message>
        <source>This doctor directory needs a newer version of HMO Desktop.</source>
        <translation>يحتاج دليل الأطباء هذا إلى إصدار أحدث من HMO Desktop.</translation>
    </message>
    <message>
        <source>This doctor directory is too old for this version of HMO Desktop.</source>
        <translation>دليل الأطباء هذا قديم جداً بالنسبة لهذا الإصدار من HMO Desktop.</translation>
    </message>
    <message>
        <source>Reinstall HMO Desktop, or rebuild the directory with &apos;python -m hmo_desktop.datapack build&apos;.</source>
        <translation>أعد تثبيت HMO Desktop، أو أعد إنشاء الدليل باستخدام &apos;python -m hmo_desktop.datapack build&apos;.</translation>
    </message>
    <message>
        <source>Check that you may read it, or reinstall HMO Desktop.</source>
        <translation>تأكد من أن لديك إذناً بقراءته، أو أعد تثبيت HMO Desktop.</translation>
    </message>
    <message>
        <source>Remove or rename that folder, then reinstall HMO Desktop or rebuild the directory.</source>
        <translation>احذف ذلك المجلد أو غيّر اسمه، ثم أعد تثبيت HMO Desktop أو أعد إنشاء الدليل.</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use the directory that came with this version.</source>
        <translation>حدّث HMO Desktop، أو استخدم الدليل المرفق مع هذا الإصدار.</translation>
    </message>
    <message>
        <source>Check the file given with --directory, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>تحقق من الملف المُعطى باستخدام --directory، أو أنشئ ملفاً جديداً باستخدام &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</translation>
    </message>
    <message>
        <source>Check that you may read that file and the folders above it.</source>
        <translation>تأكد من أن لديك إذناً بقراءة ذلك الملف والمجلدات التي تحتويه.</translation>
    </message>
    <message>
        <source>Check that you may read the .manifest.json file beside the directory file.</source>
        <translation>تأكد من أن لديك إذناً بقراءة ملف .manifest.json الموجود بجانب ملف الدليل.</translation>
    </message>
    <message>
        <source>Give the path of a directory file (.sqlite), not of a folder.</source>
        <translation>أعطِ مسار ملف دليل (.sqlite)، وليس مسار مجلد.</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use a directory built by this version.</source>
        <translation>حدّث HMO Desktop، أو استخدم دليلاً أُنشئ بهذا الإصدار.</translation>
    </message>
    <message>
        <source>HMO Desktop cannot use this doctor directory.</source>
        <translation>لا يمكن لـ HMO Desktop استخدام دليل الأطباء هذا.</translation>
    </message>
    <message>
        <source>Choose another directory file, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>اختر ملف دليل آخر، أو أنشئ ملفاً جديداً باستخدام &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</translation>
    </message>
    <message>
        <source>Open directory</source>
        <translation>فتح دليل</translation>
    </message>
    <message>
        <source>%1

HMO Desktop keeps using the directory it had open.</source>
        <translation>%1

يواصل HMO Desktop استخدام الدليل الذي كان مفتوحاً.</translation>
    </message>
    <message>
        <source>File: %1
%2</source>
        <translation>الملف: %1
%2</translation>
    </message>
    <message>
        <source>Checking the directory file…</source>
        <translation>جارٍ فحص ملف الدليل…</translation>
    </message>
    <message>
        <source>HMO Desktop: choose your primary care doctor (%1)</source>
        <translation>HMO Desktop: اختر طبيب الرعاية الأولية (PCP) الخاص بك (%1)</translation>
    </message>
    <message>
        <source>Now using the directory %1.</source>
        <translation>يُستخدم الآن الدليل %1.</translation>
    </message>
    <message>
        <source>Sample?</source>
        <translation>مثال؟</translation>
    </message>
    <message>
        <source>Generated sample data, not a real person</source>
        <translation>بيانات مثال مُولَّدة، ليس شخصاً حقيقياً</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>العيادة</translation>
    </message>
    <message>
        <source>To a sample office placed at a ZIP code center</source>
        <translation>إلى عيادة كمثال موضوعة في مركز رمز بريدي (ZIP)</translation>
    </message>
    <message>
        <source>Approximate: to the center of the office&apos;s ZIP code</source>
        <translation>تقريبية: إلى مركز الرمز البريدي (ZIP) للعيادة</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>التخصص</translation>
    </message>
    <message>
        <source>January</source>
        <translation>يناير</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فبراير</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>April</source>
        <translation>أبريل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مايو</translation>
    </message>
    <message>
        <source>June</source>
        <translation>يونيو</translation>
    </message>
    <message>
        <source>July</source>
        <translation>يوليو</translation>
    </message>
    <message>
        <source>August</source>
        <translation>أغسطس</translation>
    </message>
    <message>
        <source>September</source>
        <translation>سبتمبر</translation>
    </message>
    <message>
        <source>October</source>
        <translation>أكتوبر</translation>
    </message>
    <message>
        <source>November</source>
        <translation>نوفمبر</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ديسمبر</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, may be out of date</source>
        <translation>%1، قد لا تكون محدّثة</translation>
    </message>
    <message>
        <source>Minimum Coverage</source>
        <translation>التغطية الدنيا</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>البرونزية</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>الفضية</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>الذهبية</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>البلاتينية</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for %1 County</source>
        <translation>خطة Medi-Cal الصحية لمقاطعة %1</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for the counties it serves</source>
        <translation>خطة Medi-Cal الصحية للمقاطعات التي تخدمها</translation>
    </message>
    <message>
        <source>Covered California HMO (%1)</source>
        <translation>خطة HMO من Covered California (%1)</translation>
    </message>
    <message>
        <source>Covered California HMO</source>
        <translation>خطة HMO من Covered California</translation>
    </message>
    <message>
        <source>Employer and individual HMO</source>
        <translation>خطة HMO من صاحب العمل وفردية</translation>
    </message>
    <message>
        <source>Medicare Advantage HMO</source>
        <translation>خطة HMO من Medicare Advantage</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group for your region, so there is no medical group to choose.</source>
        <translation>Kaiser Permanente خطة متكاملة: جميع أطبائها ينتمون إلى Permanente Medical Group في منطقتك، لذلك لا توجد مجموعة طبية لاختيارها.</translation>
    </message>
    <message>
        <source>PACE: for people 55 and older who need a nursing-home level of care and can live safely at home; your care team, including your doctor, is at the PACE center.</source>
        <translation>PACE: للأشخاص الذين تبلغ أعمارهم ٥٥ عاماً فأكثر ويحتاجون إلى مستوى رعاية دار المسنين ويمكنهم العيش بأمان في المنزل؛ فريق الرعاية الخاص بك، بما فيه طبيبك، موجود في مركز PACE.</translation>
    </message>
    <message>
        <source>This plan&apos;s group list is from %1. Networks change every year: call the plan to confirm.</source>
        <translation>قائمة مجموعات هذه الخطة من %1. تتغير الشبكات كل عام: اتصل بالخطة للتأكد.</translation>
    </message>
    <message>
        <source>This plan&apos;s information is from %1. Plans and networks change every year: call the plan to confirm.</source>
        <translation>معلومات هذه الخطة من %1. تتغير الخطط والشبكات كل عام: اتصل بالخطة للتأكد.</translation>
    </message>
    <message>
        <source>Medical groups: the carrier&apos;s published list, as of %1.</source>
        <translation>المجموعات الطبية: القائمة التي نشرتها شركة التأمين، حتى تاريخ %1.</translation>
    </message>
    <message>
        <source>Plan list as of %1.</source>
        <translation>قائمة الخطط حتى تاريخ %1.</translation>
    </message>
    <message>
        <source>This plan&apos;s medical group list is not available offline: the groups shown are samples.</source>
        <translation>قائمة المجموعات الطبية لهذه الخطة غير متاحة دون اتصال بالإنترنت: المجموعات المعروضة أمثلة وهمية.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>المصدر: %1.</translation>
    </message>
    <message>
        <source>Medi-Cal health plans, by county (December 2025)</source>
        <translation>خطط Medi-Cal الصحية، حسب المقاطعة (ديسمبر 2025)</translation>
    </message>
    <message>
        <source>Covered California HMOs (2017)</source>
        <translation>خطط HMO من Covered California (2017)</translation>
    </message>
    <message>
        <source>Anthem Blue Cross and UnitedHealthcare employer and individual HMO networks (2017–18)</source>
        <translation>شبكات HMO من صاحب العمل والفردية لدى Anthem Blue Cross وUnitedHealthcare (2017-18)</translation>
    </message>
    <message>
        <source>Use your plan&apos;s own provider directory (on its website or in your welcome kit).</source>
        <translation>استخدم دليل مقدمي الخدمة الخاص بخطتك (على موقعها الإلكتروني أو في حقيبة الترحيب الخاصة بك).</translation>
    </message>
    <message>
        <source>Or call member services: the number is on your member ID card.</source>
        <translation>أو اتصل بخدمات الأعضاء: الرقم موجود على بطاقة تعريف العضو.</translation>
    </message>
    <message>
        <source>Ask which medical groups and doctors are in your network, near you.</source>
        <translation>اسأل عن المجموعات الطبية والأطباء في شبكتك القريبين منك.</translation>
    </message>
    <message>
        <source>Your plan is not listed?</source>
        <translation>خطتك غير مُدرجة؟</translation>
    </message>
    <message>
        <source>This directory has only the plans in public files:</source>
        <translation>يحتوي هذا الدليل فقط على الخطط الموجودة في الملفات العامة:</translation>
    </message>
    <message>
        <source>If your plan is not here (for example a Blue Shield, Health Net or Kaiser Permanente plan through an employer, Sharp Health Plan or Western Health Advantage):</source>
        <translation>إذا لم تكن خطتك هنا (على سبيل المثال خطة Blue Shield أو Health Net أو Kaiser Permanente عن طريق صاحب العمل، أو Sharp Health Plan أو Western Health Advantage):</translation>
    </message>
    <message>
        <source>On Medi-Cal? Health Care Options (1-800-430-4263) helps you choose a Medi-Cal plan.</source>
        <translation>هل لديك Medi-Cal؟ يساعدك Health Care Options (1-800-430-4263) على اختيار خطة Medi-Cal.</translation>
    </message>
    <message>
        <source>You can still look up a doctor you know with &quot;Find my current doctor&quot;: the profile lists every plan in this directory that includes them.</source>
        <translation>لا يزال بإمكانك البحث عن طبيب تعرفه باستخدام «البحث عن طبيبي الحالي»: يعرض الملف الشخصي كل الخطط في هذا الدليل التي تشمله.</translation>
    </message>
    <message>
        <source>1  Plan</source>
        <translation>١  الخطة</translation>
    </message>
    <message>
        <source>2  Medical group</source>
        <translation>٢  المجموعة الطبية</translation>
    </message>
    <message>
        <source>3  Doctor</source>
        <translation>٣  الطبيب</translation>
    </message>
    <message>
        <source>4  Doctor&apos;s profile</source>
        <translation>٤  ملف الطبيب</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>English copy, for the doctor&apos;s office and the plan</source>
        <translation>نسخة باللغة الإنجليزية، لعيادة الطبيب وللخطة</translation>
    </message>
    <message>
        <source>Enrollment summary: your household’s doctor choices</source>
        <translation>ملخص التسجيل: الأطباء الذين اختارتهم أسرتك</translation>
    </message>
    <message>
        <source>Take this to your enrollment or keep it by the phone. Each person has their own page, with the PCP ID the plan asks for.</source>
        <translation>خذ هذا معك عند التسجيل أو احتفظ به بجانب الهاتف. لكل شخص صفحته الخاصة، مع رقم تعريف PCP الذي تطلبه الخطة.</translation>
    </message>
    <message>
        <source>%1 (sample, fictional)</source>
        <translation>%1 (مثال، وهمي)</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it when you enroll</source>
        <translation>ليس في هذا الدليل: تعطيه الخطة عند التسجيل</translation>
    </message>
    <message>
        <source>not in this directory: call the plan</source>
        <translation>ليس في هذا الدليل: اتصل بالخطة</translation>
    </message>
    <message>
        <source>%1 (sample office, not a real address)</source>
        <translation>%1 (عيادة كمثال، ليس عنواناً حقيقياً)</translation>
    </message>
    <message>
        <source>%1 (fictional number)</source>
        <translation>%1 (رقم وهمي)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>الخطة:</translation>
    </message>
    <message>
        <source>No PCP chosen yet. Choose one before you enroll; if you do not, the plan chooses one for this person.</source>
        <translation>لم يتم اختيار طبيب رعاية أولية (PCP) بعد. اختر واحداً قبل التسجيل؛ وإن لم تفعل، تختار الخطة واحداً لهذا الشخص.</translation>
    </message>
    <message>
        <source>none yet: no doctor chosen</source>
        <translation>لا يوجد بعد: لم يتم اختيار طبيب</translation>
    </message>
    <message>
        <source>Plan member services:</source>
        <translation>خدمات الأعضاء في الخطة:</translation>
    </message>
    <message>
        <source>not in this directory: it is on the plan’s letters and card</source>
        <translation>ليس في هذا الدليل: موجود على رسائل الخطة وبطاقتها</translation>
    </message>
    <message>
        <source>When a PCP change takes effect:</source>
        <translation>متى يسري تغيير PCP:</translation>
    </message>
    <message>
        <source>often the first day of the next month; the plan confirms.</source>
        <translation>غالباً في اليوم الأول من الشهر التالي؛ وتؤكد الخطة ذلك.</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>الشبكة:</translation>
    </message>
    <message>
        <source>Medical group:</source>
        <translation>المجموعة الطبية:</translation>
    </message>
    <message>
        <source>The plan’s code for this group:</source>
        <translation>رمز الخطة لهذه المجموعة:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>الطبيب:</translation>
    </message>
    <message>
        <source>NPI:</source>
        <translation>NPI:</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>المرضى الجدد:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>العيادة:</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>هاتف العيادة:</translation>
    </message>
    <message>
        <source>%1 (%2). PCP ID: %3.</source>
        <translation>%1 (%2). رقم تعريف PCP: %3.</translation>
    </message>
    <message>
        <source>another plan</source>
        <translation>خطة أخرى</translation>
    </message>
    <message>
        <source>%1 In %2, not this person’s plan.</source>
        <translation>%1 في %2، وليس في خطة هذا الشخص.</translation>
    </message>
    <message>
        <source>Backup %1:</source>
        <translation>الخيار الاحتياطي %1:</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>العيادة</translation>
    </message>
    <message>
        <source>number not in this directory</source>
        <translation>الرقم ليس في هذا الدليل</translation>
    </message>
    <message>
        <source>Call to confirm: %1, %2</source>
        <translation>اتصل للتأكد: %1، %2</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>خطتك</translation>
    </message>
    <message>
        <source>Does this office take %1?</source>
        <translation>هل تقبل هذه العيادة %1؟</translation>
    </message>
    <message>
        <source>Is %1 taking new patients in this plan?</source>
        <translation>هل يقبل %1 مرضى جدداً في هذه الخطة؟</translation>
    </message>
    <message>
        <source>Is the PCP ID still %1?</source>
        <translation>هل لا يزال رقم تعريف PCP هو %1؟</translation>
    </message>
    <message>
        <source>What PCP ID does the plan use for this doctor?</source>
        <translation>ما رقم تعريف PCP الذي تستخدمه الخطة لهذا الطبيب؟</translation>
    </message>
    <message>
        <source>Date called, and who you spoke with:</source>
        <translation>تاريخ الاتصال، ومن تحدثت معه:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>الإجابة:</translation>
    </message>
    <message>
        <source>Health Care Options is the state’s Medi-Cal enrollment service. Tell them each person’s plan and PCP by phone or with the Choice Form in your enrollment packet.</source>
        <translation>Health Care Options هي خدمة التسجيل في Medi-Cal التابعة للولاية. أخبرهم بخطة كل شخص وطبيب الرعاية الأولية (PCP) الخاص به عبر الهاتف أو باستخدام نموذج الاختيار (Choice Form) الموجود في حزمة التسجيل.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>TTY:</source>
        <translation>TTY:</translation>
    </message>
    <message>
        <source>A family may choose one plan and PCP for everyone, or one for each person.</source>
        <translation>يمكن للأسرة أن تختار خطة واحدة وطبيب رعاية أولية (PCP) واحداً للجميع، أو خطة وطبيباً لكل شخص.</translation>
    </message>
    <message>
        <source>A person who does not choose within the time stated in the enrollment packet is assigned a plan.</source>
        <translation>الشخص الذي لا يختار خلال المدة المذكورة في حزمة التسجيل تُعيَّن له خطة.</translation>
    </message>
    <message>
        <source>Doctors, offices and PCP IDs marked “sample, fictional” are made up to show how the app works: they are not real.</source>
        <translation>الأطباء والعيادات وأرقام تعريف PCP المميزة بعبارة «مثال، وهمي» مؤلَّفة لتوضيح طريقة عمل التطبيق: إنها ليست حقيقية.</translation>
    </message>
    <message>
        <source>Directories go out of date. Call each office to confirm it takes the plan and is taking new patients before you enroll.</source>
        <translation>تصبح الأدلة قديمة. اتصل بكل عيادة للتأكد من أنها تقبل الخطة وتقبل مرضى جدداً قبل التسجيل.</translation>
    </message>
    <message>
        <source>not stated by its sources</source>
        <translation>لم تذكره مصادره</translation>
    </message>
    <message>
        <source>Directory data as of:</source>
        <translation>تاريخ بيانات الدليل:</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>مصدر هذه المعلومات</translation>
    </message>
    <message>
        <source>%1 (%2), %3.</source>
        <translation>%1 (%2)، %3.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>حجم النص(&amp;T)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>حجم النص العادي</translation>
    </message>
    <message>
        <source>Monday</source>
        <comment>day of the week</comment>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <comment>day of the week</comment>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <comment>day of the week</comment>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thursday</source>
        <comment>day of the week</comment>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Friday</source>
        <comment>day of the week</comment>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Saturday</source>
        <comment>day of the week</comment>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sunday</source>
        <comment>day of the week</comment>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 إلى %2</translation>
    </message>
    <message>
        <source>parking</source>
        <translation>موقف السيارات</translation>
    </message>
    <message>
        <source>entrance</source>
        <translation>المدخل</translation>
    </message>
    <message>
        <source>inside the building</source>
        <translation>داخل المبنى</translation>
    </message>
    <message>
        <source>restroom</source>
        <translation>دورة المياه</translation>
    </message>
    <message>
        <source>exam room</source>
        <translation>غرفة الفحص</translation>
    </message>
    <message>
        <source>height-adjustable exam table and scale</source>
        <translation>طاولة فحص وميزان قابلان لتعديل الارتفاع</translation>
    </message>
    <message>
        <source>Wheelchair access: %1</source>
        <translation>إمكانية الوصول بالكرسي المتحرك: %1</translation>
    </message>
    <message>
        <source>%1 yes</source>
        <translation>%1: نعم</translation>
    </message>
    <message>
        <source>%1 no</source>
        <translation>%1: لا</translation>
    </message>
    <message>
        <source>not in this directory: call the office</source>
        <translation>ليس في هذا الدليل: اتصل بالعيادة</translation>
    </message>
    <message>
        <source>Taking new patients</source>
        <translation>يقبل مرضى جدداً</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients</source>
        <translation>لا يقبل مرضى جدداً: يعالج فقط من هم مرضاه بالفعل</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients, and their family</source>
        <translation>لا يقبل مرضى جدداً: يعالج فقط من هم مرضاه بالفعل وأسرهم</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>لا يقبل مرضى جدداً</translation>
    </message>
    <message>
        <source>New patients: not in this directory: call the office to ask</source>
        <translation>المرضى الجدد: ليس في هذا الدليل: اتصل بالعيادة للسؤال</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients in this plan. The plan may refuse or reassign the choice; call the doctor&apos;s office first to ask whether they will take you.</source>
        <translation>هذا الطبيب لا يقبل مرضى جدداً في هذه الخطة. قد ترفض الخطة هذا الاختيار أو تعيّن لك طبيباً آخر؛ اتصل بعيادة الطبيب أولاً لتسأل هل سيقبلونك.</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients: if you are one, say so when you call.</source>
        <translation>يذكر الدليل أن هذا الطبيب يعالج فقط من هم مرضاه بالفعل: إن كنت منهم، فاذكر ذلك عند الاتصال.</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients, and those patients&apos; family: if that is you, say so when you call.</source>
        <translation>يذكر الدليل أن هذا الطبيب يعالج فقط من هم مرضاه بالفعل وأسر هؤلاء المرضى: إن كان هذا وضعك، فاذكر ذلك عند الاتصال.</translation>
    </message>
    <message>
        <source>OB/GYN: every HMO member can see a participating OB/GYN without a referral or prior approval (California law). Your plan may require the OB/GYN to be in your medical group.</source>
        <translation>OB/GYN: يمكن لكل عضو في HMO زيارة طبيب أمراض النساء والتوليد (OB/GYN) المشارك دون إحالة أو موافقة مسبقة (قانون كاليفورنيا). قد تشترط خطتك أن يكون طبيب OB/GYN من مجموعتك الطبية.</translation>
    </message>
    <message>
        <source>inferred from distance, not published</source>
        <translation>مستنتج من المسافة، غير منشور</translation>
    </message>
    <message>
        <source>Sample office near ZIP %1</source>
        <translation>عيادة كمثال قرب الرمز البريدي (ZIP) %1</translation>
    </message>
    <message>
        <source>%1 office</source>
        <translation>عيادة %1</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>عيادة كمثال، ليس عنواناً حقيقياً</translation>
    </message>
    <message>
        <source>fictional number</source>
        <translation>رقم وهمي</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>مثال وهمي</translation>
    </message>
    <message>
        <source>The doctor directory was replaced or changed while HMO Desktop was open.</source>
        <translation>تم استبدال دليل الأطباء أو تغييره أثناء فتح HMO Desktop.</translation>
    </message>
    <message>
        <source>Close HMO Desktop and open it again; if you replaced the directory on purpose, it will be checked then.</source>
        <translation>أغلق HMO Desktop وافتحه مرة أخرى؛ إذا كنت قد استبدلت الدليل عمداً، فسيتم فحصه حينها.</translation>
    </message>
    <message>
        <source>Doctors shown are fictional samples. Plans and groups: public data, dated where marked. Always confirm with your plan.</source>
        <translation>الأطباء المعروضون أمثلة وهمية. الخطط والمجموعات: بيانات عامة، مؤرخة حيث يُذكر ذلك. تأكد دائماً مع خطتك.</translation>
    </message>
    <message>
        <source>Real doctors from public files, with fictional samples where those files have none (marked Sample). Always confirm with your plan.</source>
        <translation>أطباء حقيقيون من ملفات عامة، مع أمثلة وهمية حيث لا تحتوي تلك الملفات على أي طبيب (مميزة بكلمة «مثال»). تأكد دائماً مع خطتك.</translation>
    </message>
    <message>
        <source>Doctors come from public provider files; see About for sources and dates. Always confirm with your plan.</source>
        <translation>الأطباء مأخوذون من ملفات عامة لمقدمي الخدمة؛ انظر «حول» للمصادر والتواريخ. تأكد دائماً مع خطتك.</translation>
    </message>
    <message>
        <source>This directory&apos;s newest data is from %1, more than a year ago. Plans and doctors may have changed: check with the plan before enrolling.</source>
        <translation>أحدث بيانات هذا الدليل من %1، أي منذ أكثر من عام. ربما تغيرت الخطط والأطباء: تحقق مع الخطة قبل التسجيل.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete one digit</source>
        <translation>حذف رقم واحد</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>مسح كل الأرقام</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة(&amp;L)</translation>
    </message>
    <message>
        <source>%1 (no font on this computer shows it)</source>
        <translation>%1 (لا يوجد خط على هذا الكمبيوتر يعرضها)</translation>
    </message>
    <message>
        <source>%1 could not be loaded; the language stays as it was.</source>
        <translation>تعذّر تحميل %1؛ تبقى اللغة كما كانت.</translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation>لغة الإشارة الأمريكية</translation>
    </message>
    <message>
        <source>Who is the doctor for?</source>
        <translation>لمن الطبيب؟</translation>
    </message>
    <message>
        <source>1 doctor found</source>
        <translation>تم العثور على طبيب واحد</translation>
    </message>
    <message>
        <source>1 doctor found, at %1 office listings</source>
        <translation>تم العثور على طبيب واحد، في %1 من قوائم العيادات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found</source>
        <translation>
            <numerusform>تم العثور على %Ln طبيب</numerusform>
            <numerusform>تم العثور على %Ln طبيب</numerusform>
            <numerusform>تم العثور على %Ln طبيبين</numerusform>
            <numerusform>تم العثور على %Ln أطباء</numerusform>
            <numerusform>تم العثور على %Ln طبيباً</numerusform>
            <numerusform>تم العثور على %Ln طبيب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found, at %1 office listings</source>
        <translation>
            <numerusform>تم العثور على %Ln طبيب، في %1 من قوائم العيادات</numerusform>
            <numerusform>تم العثور على %Ln طبيب، في %1 من قوائم العيادات</numerusform>
            <numerusform>تم العثور على %Ln طبيبين، في %1 من قوائم العيادات</numerusform>
            <numerusform>تم العثور على %Ln أطباء، في %1 من قوائم العيادات</numerusform>
            <numerusform>تم العثور على %Ln طبيباً، في %1 من قوائم العيادات</numerusform>
            <numerusform>تم العثور على %Ln طبيب، في %1 من قوائم العيادات</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>اختر خطة أولاً: ارجع إلى الخطوة ١.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s age on the left (0 for a baby). The list then shows only doctors who see patients that age.</source>
        <translation>أدخل عمر المريض على اليسار (٠ للرضيع). ستعرض القائمة بعد ذلك فقط الأطباء الذين يعالجون المرضى في هذا العمر.</translation>
    </message>
    <message>
        <source>a larger distance</source>
        <translation>مسافة أكبر</translation>
    </message>
    <message>
        <source>any language for the doctor</source>
        <translation>أي لغة للطبيب</translation>
    </message>
    <message>
        <source>any language for the office staff</source>
        <translation>أي لغة لموظفي العيادة</translation>
    </message>
    <message>
        <source>any new-patient status</source>
        <translation>أي حالة لقبول المرضى الجدد</translation>
    </message>
    <message>
        <source>any gender</source>
        <translation>أي جنس</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>أي مستشفى</translation>
    </message>
    <message>
        <source>fewer accessibility needs</source>
        <translation>احتياجات وصول أقل</translation>
    </message>
    <message>
        <source>doctors without video visits</source>
        <translation>أطباء دون زيارات بالفيديو</translation>
    </message>
    <message>
        <source>any office hours</source>
        <translation>أي ساعات عمل للعيادة</translation>
    </message>
    <message>
        <source>all groups in the plan</source>
        <translation>كل المجموعات في الخطة</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, so this plan has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>PACE مخصص للأشخاص الذين تبلغ أعمارهم ٥٥ عاماً فأكثر، لذلك لا يوجد في هذه الخطة طبيب لهذا المريض. ارجع إلى الخطوة ١ لاختيار خطة أخرى.</translation>
    </message>
    <message>
        <source>This plan is for people %1 and older, so it has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>هذه الخطة مخصصة للأشخاص الذين تبلغ أعمارهم %1 عاماً فأكثر، لذلك لا يوجد فيها طبيب لهذا المريض. ارجع إلى الخطوة ١ لاختيار خطة أخرى.</translation>
    </message>
    <message>
        <source>No specialty is selected. Tick at least one of the specialties on the left.</source>
        <translation>لم يتم تحديد أي تخصص. ضع علامة على تخصص واحد على الأقل من التخصصات على اليسار.</translation>
    </message>
    <message>
        <source>No doctor matches these filters. Press &quot;Clear filters&quot; to start over.</source>
        <translation>لا يوجد طبيب يطابق عوامل التصفية هذه. اضغط «مسح عوامل التصفية» للبدء من جديد.</translation>
    </message>
    <message>
        <source>No doctor matches every filter. Try %1: that shows 1 doctor.</source>
        <translation>لا يوجد طبيب يطابق كل عوامل التصفية. جرّب %1: سيظهر عندها طبيب واحد.</translation>
    </message>
    <message numerus="yes">
        <source>No doctor matches every filter. Try %1: that shows %Ln doctors.</source>
        <translation>
            <numerusform>لا يوجد طبيب يطابق كل عوامل التصفية. جرّب %1: سيظهر عندها %Ln طبيب.</numerusform>
            <numerusform>لا يوجد طبيب يطابق كل عوامل التصفية. جرّب %1: سيظهر عندها %Ln طبيب.</numerusform>
            <numerusform>لا يوجد طبيب يطابق كل عوامل التصفية. جرّب %1: سيظهر عندها %Ln طبيبان.</numerusform>
            <numerusform>لا يوجد طبيب يطابق كل عوامل التصفية. جرّب %1: سيظهر عندها %Ln أطباء.</numerusform>
            <numerusform>لا يوجد طبيب يطابق كل عوامل التصفية. جرّب %1: سيظهر عندها %Ln طبيباً.</numerusform>
            <numerusform>لا يوجد طبيب يطابق كل عوامل التصفية. جرّب %1: سيظهر عندها %Ln طبيب.</numerusform>
        </translation>
    </message>
    <message>
        <source>whether they take new patients</source>
        <translation>ما إذا كانوا يقبلون مرضى جدداً</translation>
    </message>
    <message>
        <source>which languages the doctor speaks</source>
        <translation>اللغات التي يتحدثها الطبيب</translation>
    </message>
    <message>
        <source>which languages the office staff speak</source>
        <translation>اللغات التي يتحدثها موظفو العيادة</translation>
    </message>
    <message>
        <source>the doctor&apos;s gender</source>
        <translation>جنس الطبيب</translation>
    </message>
    <message>
        <source>the office&apos;s wheelchair access</source>
        <translation>إمكانية الوصول إلى العيادة بالكرسي المتحرك</translation>
    </message>
    <message>
        <source>whether they offer video visits</source>
        <translation>ما إذا كانوا يقدمون زيارات بالفيديو</translation>
    </message>
    <message>
        <source>the office&apos;s hours</source>
        <translation>ساعات عمل العيادة</translation>
    </message>
    <message>
        <source>1 more doctor is left out because the directory does not say %2.</source>
        <translation>تم استبعاد طبيب آخر لأن الدليل لا يذكر %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more doctors are left out because the directory does not say %1.</source>
        <translation>
            <numerusform>تم استبعاد %Ln من الأطباء الآخرين لأن الدليل لا يذكر %1.</numerusform>
            <numerusform>تم استبعاد %Ln من الأطباء الآخرين لأن الدليل لا يذكر %1.</numerusform>
            <numerusform>تم استبعاد %Ln من الأطباء الآخرين لأن الدليل لا يذكر %1.</numerusform>
            <numerusform>تم استبعاد %Ln من الأطباء الآخرين لأن الدليل لا يذكر %1.</numerusform>
            <numerusform>تم استبعاد %Ln من الأطباء الآخرين لأن الدليل لا يذكر %1.</numerusform>
            <numerusform>تم استبعاد %Ln من الأطباء الآخرين لأن الدليل لا يذكر %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call their offices to ask.</source>
        <translation>اتصل بعياداتهم للسؤال.</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>This doctor is not taking new patients</source>
        <translation>هذا الطبيب لا يقبل مرضى جدداً</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>لا يقبل مرضى جدداً</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What choosing this doctor means</source>
        <translation>ماذا يعني اختيار هذا الطبيب</translation>
    </message>
    <message>
        <source>Choose anyway</source>
        <translation>الاختيار على أي حال</translation>
    </message>
    <message>
        <source>Choose this doctor anyway</source>
        <translation>اختيار هذا الطبيب على أي حال</translation>
    </message>
    <message>
        <source>Pick another doctor</source>
        <translation>اختيار طبيب آخر</translation>
    </message>
</context>
<context>
    <name>AreaBar</name>
    <message>
        <source>Your ZIP code</source>
        <translation>رمزك البريدي (ZIP)</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>الرمز البريدي (ZIP)</translation>
    </message>
    <message>
        <source>Your county</source>
        <translation>مقاطعتك</translation>
    </message>
    <message>
        <source>All of California</source>
        <translation>كل كاليفورنيا</translation>
    </message>
    <message>
        <source>ZIP code message</source>
        <translation>رسالة الرمز البريدي (ZIP)</translation>
    </message>
    <message>
        <source>ZIP:</source>
        <translation>الرمز البريدي (ZIP):</translation>
    </message>
    <message>
        <source>or county:</source>
        <translation>أو المقاطعة:</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code, or pick a county.</source>
        <translation>أدخل رمزاً بريدياً (ZIP) من ٥ أرقام، أو اختر مقاطعة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole ZIP code. A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>«%1» ليس رمزاً بريدياً (ZIP) كاملاً. يتكون الرمز البريدي من ٥ أرقام، مثل 94110 (أو ZIP+4، مثل 94110-1234).</translation>
    </message>
    <message>
        <source>%1, %2 County</source>
        <translation>%1، مقاطعة %2</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code.</source>
        <translation>أدخل رمزاً بريدياً (ZIP) من ٥ أرقام.</translation>
    </message>
    <message>
        <source>Type the ZIP code with the digits 0-9.</source>
        <translation>اكتب الرمز البريدي (ZIP) بالأرقام 0-9.</translation>
    </message>
    <message>
        <source>A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>يتكون الرمز البريدي (ZIP) من ٥ أرقام، مثل 94110 (أو ZIP+4، مثل 94110-1234).</translation>
    </message>
    <message>
        <source>%1 is not a California ZIP code. HMO Desktop covers California plans; enter a California ZIP or pick a county.</source>
        <translation>%1 ليس رمزاً بريدياً (ZIP) في كاليفورنيا. يغطي HMO Desktop خطط كاليفورنيا؛ أدخل رمزاً بريدياً في كاليفورنيا أو اختر مقاطعة.</translation>
    </message>
    <message>
        <source>ZIP %1 is not in our list of California ZIP codes (it may be a PO box or a new ZIP). Try a nearby ZIP or pick a county.</source>
        <translation>الرمز البريدي (ZIP) %1 ليس في قائمتنا للرموز البريدية في كاليفورنيا (قد يكون صندوق بريد أو رمزاً جديداً). جرّب رمزاً بريدياً قريباً أو اختر مقاطعة.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm your PCP choice</source>
        <translation>تأكيد اختيارك لطبيب الرعاية الأولية (PCP)</translation>
    </message>
    <message>
        <source>Your PCP choice</source>
        <translation>اختيارك لطبيب الرعاية الأولية (PCP)</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>ليس في هذا الدليل؛ اتصل بالخطة</translation>
    </message>
    <message>
        <source>practise the steps here; do not give a sample PCP ID to a plan.</source>
        <translation>تدرّب على الخطوات هنا؛ لا تعطِ رقم تعريف PCP وهمياً لأي خطة.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>المجموعة الطبية</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>مجموعة كمثال، وهمية</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>رمز المجموعة</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>الطبيب</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>طبيب كمثال، وهمي</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>التخصص</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>رقم تعريف PCP</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it</source>
        <translation>ليس في هذا الدليل: تعطيه الخطة</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>رقم تعريف كمثال، وهمي</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>المرضى الجدد</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>العيادة</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>هاتف العيادة</translation>
    </message>
    <message>
        <source>Medical group phone</source>
        <translation>هاتف المجموعة الطبية</translation>
    </message>
    <message>
        <source>Plan member services</source>
        <translation>خدمات الأعضاء في الخطة</translation>
    </message>
    <message>
        <source>the number on your member ID card</source>
        <translation>الرقم الموجود على بطاقة تعريف العضو</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>لا يقبل مرضى جدداً</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office before you tell the plan: ask whether they will take you as a new patient in this plan. If they say no, choose another doctor.</source>
        <translation>اتصل بعيادة الطبيب قبل إبلاغ الخطة: اسأل هل سيقبلونك كمريض جديد في هذه الخطة. إذا قالوا لا، فاختر طبيباً آخر.</translation>
    </message>
    <message>
        <source>Keep a backup choice: a doctor who is taking new patients, in case the plan refuses this choice or assigns you someone else.</source>
        <translation>احتفظ بخيار احتياطي: طبيب يقبل مرضى جدداً، تحسباً لرفض الخطة هذا الاختيار أو تعيينها طبيباً آخر لك.</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office first: confirm they take your plan and are accepting new patients.</source>
        <translation>اتصل بعيادة الطبيب أولاً: تأكد من أنها تقبل خطتك وتقبل مرضى جدداً.</translation>
    </message>
    <message>
        <source>Tell your plan: call member services or use its website, and give the PCP ID above.</source>
        <translation>أبلغ خطتك: اتصل بخدمات الأعضاء أو استخدم موقعها الإلكتروني، وأعطِ رقم تعريف PCP المذكور أعلاه.</translation>
    </message>
    <message>
        <source>A PCP change usually takes effect on the first day of the next month.</source>
        <translation>يسري تغيير طبيب الرعاية الأولية (PCP) عادةً في اليوم الأول من الشهر التالي.</translation>
    </message>
    <message>
        <source>Your new ID card will show the doctor and the medical group.</source>
        <translation>ستُظهر بطاقة التعريف الجديدة الطبيب والمجموعة الطبية.</translation>
    </message>
    <message>
        <source>Networks change, so confirm with the plan.</source>
        <translation>تتغير الشبكات، لذا تأكد مع الخطة.</translation>
    </message>
    <message>
        <source>Group list as of %1; networks change, so confirm with the plan.</source>
        <translation>قائمة المجموعات حتى تاريخ %1؛ تتغير الشبكات، لذا تأكد مع الخطة.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>ماذا يحدث بعد ذلك</translation>
    </message>
    <message>
        <source>Summary of your choice</source>
        <translation>ملخص اختيارك</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>CrashScreen</name>
    <message>
        <source>Please ask staff</source>
        <translation>يُرجى سؤال الموظفين</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. What was entered has been cleared. A staff member can help you start again.</source>
        <translation>حدث خطأ داخل HMO Desktop. تم مسح ما أُدخل. يمكن لأحد الموظفين مساعدتك على البدء من جديد.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>البدء من جديد</translation>
    </message>
</context>
<context>
    <name>DoctorProfileView</name>
    <message>
        <source>Doctor&apos;s profile</source>
        <translation>ملف الطبيب</translation>
    </message>
    <message>
        <source>Choose as my PCP</source>
        <translation>اختيار كطبيب الرعاية الأولية (PCP) لي</translation>
    </message>
    <message>
        <source>Add to household…</source>
        <translation>إضافة إلى الأسرة…</translation>
    </message>
    <message>
        <source>Add this doctor to a member of the household</source>
        <translation>إضافة هذا الطبيب إلى أحد أفراد الأسرة</translation>
    </message>
    <message>
        <source>Choose a plan that includes this doctor first.</source>
        <translation>اختر أولاً خطة تشمل هذا الطبيب.</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients: you will be asked first.</source>
        <translation>هذا الطبيب لا يقبل مرضى جدداً: سيُطلب منك التأكيد أولاً.</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>بيانات عامة</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>بيانات عامة، قد لا تكون محدّثة</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>استنتجه هذا التطبيق</translation>
    </message>
    <message>
        <source>fictional sample made by this app</source>
        <translation>مثال وهمي من إعداد هذا التطبيق</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>رجل</translation>
    </message>
    <message>
        <source>Board certification: %1</source>
        <translation>شهادة البورد: %1</translation>
    </message>
    <message>
        <source>Board certified</source>
        <translation>حاصل على شهادة البورد</translation>
    </message>
    <message>
        <source>Board certified: %1</source>
        <translation>حاصل على شهادة البورد: %1</translation>
    </message>
    <message>
        <source>Not board certified</source>
        <translation>غير حاصل على شهادة البورد</translation>
    </message>
    <message>
        <source>Sample ID</source>
        <translation>رقم تعريف كمثال</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>طبيب كمثال، وهمي</translation>
    </message>
    <message>
        <source>fictional; not an NPI</source>
        <translation>وهمي؛ ليس رقم NPI</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>ليس في هذا الدليل</translation>
    </message>
    <message>
        <source>Languages the doctor speaks</source>
        <translation>اللغات التي يتحدثها الطبيب</translation>
    </message>
    <message>
        <source>ages %1 to %2</source>
        <translation>الأعمار من %1 إلى %2</translation>
    </message>
    <message>
        <source>ages %1 and up</source>
        <translation>الأعمار من %1 فأكثر</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>مثال وهمي</translation>
    </message>
    <message>
        <source>Ages seen</source>
        <translation>أعمار المرضى</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>المستشفيات</translation>
    </message>
    <message>
        <source>none in this directory; ask the medical group which it uses.</source>
        <translation>لا يوجد في هذا الدليل؛ اسأل المجموعة الطبية عن المستشفى الذي تستخدمه.</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>ليس في هذا الدليل؛ اتصل بالخطة</translation>
    </message>
    <message>
        <source>sample office, fictional</source>
        <translation>عيادة كمثال، وهمية</translation>
    </message>
    <message>
        <source>Address not in this directory; call the plan</source>
        <translation>العنوان ليس في هذا الدليل؛ اتصل بالخطة</translation>
    </message>
    <message>
        <source>not in this directory; call the office</source>
        <translation>ليس في هذا الدليل؛ اتصل بالعيادة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Office staff speak</source>
        <translation>لغة موظفي العيادة</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>مجموعة كمثال، وهمية</translation>
    </message>
    <message>
        <source>group code</source>
        <translation>رمز المجموعة</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>رقم تعريف كمثال، وهمي</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>رقم تعريف PCP</translation>
    </message>
    <message>
        <source>PCP ID: not in this directory: the plan gives it when you enroll</source>
        <translation>رقم تعريف PCP: ليس في هذا الدليل: تعطيه الخطة عند التسجيل</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this group</source>
        <translation>لا توجد شبكة HMO في هذا الدليل تُدرج هذه المجموعة</translation>
    </message>
    <message>
        <source>the plan lists this group; the doctor&apos;s practice was matched to it by name</source>
        <translation>الخطة تُدرج هذه المجموعة؛ ورُبطت عيادة الطبيب بها حسب الاسم</translation>
    </message>
    <message>
        <source>video visits</source>
        <translation>زيارات بالفيديو</translation>
    </message>
    <message>
        <source>not in this directory; ask the group or the plan</source>
        <translation>ليس في هذا الدليل؛ اسأل المجموعة أو الخطة</translation>
    </message>
    <message>
        <source>Group phone</source>
        <translation>هاتف المجموعة</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>خط خارج ساعات العمل</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>قواعد الإحالة</translation>
    </message>
    <message>
        <source>this doctor is generated sample data, not a real person.</source>
        <translation>هذا الطبيب بيانات مثال مُولَّدة، وليس شخصاً حقيقياً.</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>عيادة كمثال، ليس عنواناً حقيقياً</translation>
    </message>
    <message>
        <source>In your plan</source>
        <translation>في خطتك</translation>
    </message>
    <message>
        <source>This doctor is not in this plan.</source>
        <translation>هذا الطبيب ليس في هذه الخطة.</translation>
    </message>
    <message>
        <source>If you change plans and want to keep this doctor, these plans include them</source>
        <translation>إذا غيّرت خطتك وأردت الاحتفاظ بهذا الطبيب، فهذه الخطط تشمله</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group. Ask the doctor&apos;s office which HMO plans they take, then check with the plan.</source>
        <translation>لا توجد شبكة HMO في هذا الدليل تُدرج مجموعة هذا الطبيب. اسأل عيادة الطبيب عن خطط HMO التي تقبلها، ثم تحقق مع الخطة.</translation>
    </message>
    <message>
        <source>Not in an HMO network here</source>
        <translation>ليس ضمن أي شبكة HMO هنا</translation>
    </message>
</context>
<context>
    <name>FindDoctorDialog</name>
    <message>
        <source>Find my current doctor</source>
        <translation>البحث عن طبيبي الحالي</translation>
    </message>
    <message>
        <source>Doctor&apos;s name</source>
        <translation>اسم الطبيب</translation>
    </message>
    <message>
        <source>Type the doctor&apos;s name, e.g. Nguyen or José</source>
        <translation>اكتب اسم الطبيب، مثل Nguyen أو José</translation>
    </message>
    <message>
        <source>Only doctors with an office in my county</source>
        <translation>فقط الأطباء الذين لديهم عيادة في مقاطعتي</translation>
    </message>
    <message>
        <source>Only doctors near me (choose a ZIP or county first)</source>
        <translation>فقط الأطباء القريبون مني (اختر رمزاً بريدياً (ZIP) أو مقاطعة أولاً)</translation>
    </message>
    <message>
        <source>Only doctors with an office in %1 County</source>
        <translation>فقط الأطباء الذين لديهم عيادة في مقاطعة %1</translation>
    </message>
    <message>
        <source>Doctors found</source>
        <translation>الأطباء الذين تم العثور عليهم</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more offices</source>
        <translation>
            <numerusform>و%Ln عيادة أخرى</numerusform>
            <numerusform>و%Ln عيادة أخرى</numerusform>
            <numerusform>و%Ln عيادتان أخريان</numerusform>
            <numerusform>و%Ln عيادات أخرى</numerusform>
            <numerusform>و%Ln عيادة أخرى</numerusform>
            <numerusform>و%Ln عيادة أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more medical groups</source>
        <translation>
            <numerusform>و%Ln مجموعة طبية أخرى</numerusform>
            <numerusform>و%Ln مجموعة طبية أخرى</numerusform>
            <numerusform>و%Ln مجموعتان طبيتان أخريان</numerusform>
            <numerusform>و%Ln مجموعات طبية أخرى</numerusform>
            <numerusform>و%Ln مجموعة طبية أخرى</numerusform>
            <numerusform>و%Ln مجموعة طبية أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Start typing a first or last name.</source>
        <translation>ابدأ بكتابة الاسم الأول أو اسم العائلة.</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>تلميح البحث</translation>
    </message>
    <message>
        <source>Open the doctor&apos;s profile</source>
        <translation>فتح ملف الطبيب</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>No office listed</source>
        <translation>لا توجد عيادة مذكورة</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group</source>
        <translation>لا توجد شبكة HMO في هذا الدليل تُدرج مجموعة هذا الطبيب</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>في %1</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>ليس في %1</translation>
    </message>
    <message>
        <source>and 1 more office</source>
        <translation>وعيادة أخرى واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found. Press Enter to open the first.</source>
        <translation>
            <numerusform>تم العثور على %Ln طبيب. اضغط Enter لفتح ملف الأول.</numerusform>
            <numerusform>تم العثور على %Ln طبيب. اضغط Enter لفتح ملف الأول.</numerusform>
            <numerusform>تم العثور على %Ln طبيبين. اضغط Enter لفتح ملف الأول.</numerusform>
            <numerusform>تم العثور على %Ln أطباء. اضغط Enter لفتح ملف الأول.</numerusform>
            <numerusform>تم العثور على %Ln طبيباً. اضغط Enter لفتح ملف الأول.</numerusform>
            <numerusform>تم العثور على %Ln طبيب. اضغط Enter لفتح ملف الأول.</numerusform>
        </translation>
    </message>
    <message>
        <source>and 1 more medical group</source>
        <translation>ومجموعة طبية أخرى واحدة</translation>
    </message>
    <message>
        <source>No doctor&apos;s name starts with &quot;%1&quot;. Check the spelling or type less.</source>
        <translation>لا يبدأ اسم أي طبيب بـ «%1». تحقق من الإملاء أو اكتب أقل.</translation>
    </message>
    <message>
        <source>No doctor with an office in %2 County has a name that starts with &quot;%1&quot;. Check the spelling, type less, or clear the box above to search all of California.</source>
        <translation>لا يوجد طبيب لديه عيادة في مقاطعة %2 يبدأ اسمه بـ «%1». تحقق من الإملاء، أو اكتب أقل، أو امسح المربع أعلاه للبحث في كل كاليفورنيا.</translation>
    </message>
    <message>
        <source>1 doctor found. Press Enter to open the profile.</source>
        <translation>تم العثور على طبيب واحد. اضغط Enter لفتح الملف.</translation>
    </message>
    <message>
        <source>Only the first %1 are listed: type more of the name.</source>
        <translation>تُعرض أول %1 نتيجة فقط: اكتب جزءاً أكبر من الاسم.</translation>
    </message>
    <message>
        <source>Choose a plan to see whether each doctor is in it.</source>
        <translation>اختر خطة لمعرفة ما إذا كان كل طبيب مشمولاً فيها.</translation>
    </message>
</context>
<context>
    <name>GroupBrowser</name>
    <message>
        <source>Choose a medical group</source>
        <translation>اختر مجموعة طبية</translation>
    </message>
    <message>
        <source>Search groups by name</source>
        <translation>البحث عن المجموعات بالاسم</translation>
    </message>
    <message>
        <source>Type a group name</source>
        <translation>اكتب اسم مجموعة</translation>
    </message>
    <message>
        <source>Sort groups by</source>
        <translation>ترتيب المجموعات حسب</translation>
    </message>
    <message>
        <source>Nearest first, then by county</source>
        <translation>الأقرب أولاً، ثم حسب المقاطعة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Most accepting new patients</source>
        <translation>الأكثر قبولاً للمرضى الجدد</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>المجموعة الطبية</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>المستشفيات</translation>
    </message>
    <message>
        <source>Medical groups</source>
        <translation>المجموعات الطبية</translation>
    </message>
    <message>
        <source>What choosing this group means</source>
        <translation>ماذا يعني اختيار هذه المجموعة</translation>
    </message>
    <message>
        <source>No groups message</source>
        <translation>رسالة عدم وجود مجموعات</translation>
    </message>
    <message>
        <source>Choose this group</source>
        <translation>اختيار هذه المجموعة</translation>
    </message>
    <message>
        <source>Skip: search doctors in the whole plan</source>
        <translation>تخطٍّ: البحث عن الأطباء في الخطة كلها</translation>
    </message>
    <message>
        <source>Skip choosing a group</source>
        <translation>تخطي اختيار المجموعة</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>الترتيب:</translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>اختر خطة أولاً: ارجع إلى الخطوة ١.</translation>
    </message>
    <message>
        <source>Your care team in %1</source>
        <translation>فريق الرعاية الخاص بك في %1</translation>
    </message>
    <message>
        <source>Choose a medical group in %1</source>
        <translation>اختر مجموعة طبية في %1</translation>
    </message>
    <message>
        <source>Choose this care team</source>
        <translation>اختيار فريق الرعاية هذا</translation>
    </message>
    <message>
        <source>Continue to doctors</source>
        <translation>المتابعة إلى الأطباء</translation>
    </message>
    <message>
        <source>Groups anywhere in California (choose a ZIP code or county above)</source>
        <translation>مجموعات في أي مكان في كاليفورنيا (اختر رمزاً بريدياً (ZIP) أو مقاطعة في الأعلى)</translation>
    </message>
    <message>
        <source>Groups the plan lists in %1 County</source>
        <translation>المجموعات التي تُدرجها الخطة في مقاطعة %1</translation>
    </message>
    <message>
        <source>This plan lists no medical groups here in the offline directory. Use &quot;Skip&quot; to search its doctors directly, or call the plan.</source>
        <translation>لا تُدرج هذه الخطة أي مجموعات طبية هنا في الدليل غير المتصل بالإنترنت. استخدم «تخطٍّ» للبحث عن أطبائها مباشرة، أو اتصل بالخطة.</translation>
    </message>
    <message>
        <source>No group name matches your search. Clear the search to see the group.</source>
        <translation>لا يوجد اسم مجموعة يطابق بحثك. امسح البحث لرؤية المجموعة.</translation>
    </message>
    <message numerus="yes">
        <source>No group name matches your search. Clear the search to see all %Ln groups.</source>
        <translation>
            <numerusform>لا يوجد اسم مجموعة يطابق بحثك. امسح البحث لرؤية جميع المجموعات (%Ln).</numerusform>
            <numerusform>لا يوجد اسم مجموعة يطابق بحثك. امسح البحث لرؤية جميع المجموعات (%Ln).</numerusform>
            <numerusform>لا يوجد اسم مجموعة يطابق بحثك. امسح البحث لرؤية جميع المجموعات (%Ln).</numerusform>
            <numerusform>لا يوجد اسم مجموعة يطابق بحثك. امسح البحث لرؤية جميع المجموعات (%Ln).</numerusform>
            <numerusform>لا يوجد اسم مجموعة يطابق بحثك. امسح البحث لرؤية جميع المجموعات (%Ln).</numerusform>
            <numerusform>لا يوجد اسم مجموعة يطابق بحثك. امسح البحث لرؤية جميع المجموعات (%Ln).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>HMO</source>
        <translation>HMO (منظمة الحفاظ على الصحة)</translation>
    </message>
    <message>
        <source>A Health Maintenance Organization is a kind of health plan. You choose one primary care doctor (PCP) who coordinates your care. Except in emergencies, you use the doctors, hospitals and specialists of your PCP&apos;s medical group, and you need a referral to see a specialist (but not to see a participating OB/GYN).</source>
        <translation>منظمة الحفاظ على الصحة (HMO) نوع من الخطط الصحية. تختار طبيب رعاية أولية (PCP) واحداً ينسق رعايتك. وباستثناء حالات الطوارئ، تستخدم أطباء ومستشفيات وأخصائيي المجموعة الطبية التابع لها طبيب الرعاية الأولية، وتحتاج إلى إحالة لزيارة أخصائي (ولكن ليس لزيارة طبيب أمراض النساء والتوليد (OB/GYN) المشارك).</translation>
    </message>
    <message>
        <source>Medical group / IPA</source>
        <translation>المجموعة الطبية / IPA</translation>
    </message>
    <message>
        <source>A group of doctors that contracts with HMO plans. An IPA (Independent Physician Association) is a network of doctors in their own offices. Your PCP&apos;s group decides referrals, which specialists you see and which hospital you use.</source>
        <translation>مجموعة من الأطباء متعاقدة مع خطط HMO. رابطة الأطباء المستقلين (IPA) هي شبكة من الأطباء في عياداتهم الخاصة. تقرر مجموعة طبيب الرعاية الأولية (PCP) الخاص بك الإحالات، والأخصائيين الذين تزورهم، والمستشفى الذي تستخدمه.</translation>
    </message>
    <message>
        <source>Primary care physician (PCP)</source>
        <translation>طبيب الرعاية الأولية (PCP)</translation>
    </message>
    <message>
        <source>Your main doctor: check-ups, everyday illness, prescriptions and referrals.</source>
        <translation>طبيبك الأساسي: الفحوصات الدورية، والأمراض اليومية، والوصفات الطبية، والإحالات.</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>أخصائي</translation>
    </message>
    <message>
        <source>A doctor for one area of medicine, such as heart or skin. In an HMO you usually need a referral from your PCP first.</source>
        <translation>طبيب متخصص في مجال واحد من الطب، مثل القلب أو الجلد. في HMO تحتاج عادةً إلى إحالة من طبيب الرعاية الأولية (PCP) أولاً.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <source>Your PCP&apos;s request, approved by the medical group, for you to see a specialist or get a service. You do not need one to see a participating OB/GYN.</source>
        <translation>طلب من طبيب الرعاية الأولية (PCP)، توافق عليه المجموعة الطبية، لكي تزور أخصائياً أو تحصل على خدمة. لا تحتاج إليها لزيارة طبيب أمراض النساء والتوليد (OB/GYN) المشارك.</translation>
    </message>
    <message>
        <source>The four primary care specialties</source>
        <translation>تخصصات الرعاية الأولية الأربعة</translation>
    </message>
    <message>
        <source>Family medicine (all ages), internal medicine (adults), pediatrics (children and teens), and OB/GYN (women&apos;s health; some plans let an OB/GYN be your PCP). In California every HMO member can see a participating OB/GYN without a referral or prior approval; your plan may require the OB/GYN to be in your medical group.</source>
        <translation>طب الأسرة (جميع الأعمار)، والطب الباطني (البالغون)، وطب الأطفال (الأطفال والمراهقون)، وأمراض النساء والتوليد (OB/GYN) (صحة المرأة؛ تسمح بعض الخطط بأن يكون طبيب OB/GYN هو طبيب الرعاية الأولية (PCP) لك). في كاليفورنيا، يمكن لكل عضو في HMO زيارة طبيب OB/GYN المشارك دون إحالة أو موافقة مسبقة؛ وقد تشترط خطتك أن يكون طبيب OB/GYN من مجموعتك الطبية.</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>يقبل مرضى جدداً</translation>
    </message>
    <message>
        <source>The doctor takes new patients in this plan. &quot;Existing patients only&quot; means the doctor is not taking new patients: only people already seen there; &quot;Existing patients and their family&quot; adds those patients&apos; relatives. If you choose a doctor who is not taking new patients, the plan may refuse the choice or give you another doctor, so call the office first. Always call the office to confirm: lists change often.</source>
        <translation>يقبل الطبيب مرضى جدداً في هذه الخطة. تعني «المرضى الحاليون فقط» أن الطبيب لا يقبل مرضى جدداً: بل فقط من سبق أن عولجوا هناك؛ وتضيف «المرضى الحاليون وأسرهم» أقارب هؤلاء المرضى. إذا اخترت طبيباً لا يقبل مرضى جدداً، فقد ترفض الخطة هذا الاختيار أو تعيّن لك طبيباً آخر، لذا اتصل بالعيادة أولاً. اتصل دائماً بالعيادة للتأكد: فالقوائم تتغير كثيراً.</translation>
    </message>
    <message>
        <source>Sample doctors</source>
        <translation>أطباء كأمثلة (وهميون)</translation>
    </message>
    <message>
        <source>No public file lists California doctors with their groups, so the doctors in this directory are fictional samples, marked &quot;Sample doctor (fictional)&quot;, and so are their offices and phone numbers. Plans, the names of medical groups, hospitals and ZIP codes come from public data, with their dates. A hospital marked &quot;inferred&quot; is one near the offices, not one the doctor or group published; anything marked &quot;sample&quot; or &quot;fictional&quot; is made up.</source>
        <translation>لا يوجد ملف عام يُدرج أطباء كاليفورنيا مع مجموعاتهم، لذلك فالأطباء في هذا الدليل أمثلة وهمية، مميزة بعبارة «طبيب كمثال (وهمي، ليس حقيقياً)»، وكذلك عياداتهم وأرقام هواتفهم. أما الخطط وأسماء المجموعات الطبية والمستشفيات والرموز البريدية (ZIP) فمصدرها بيانات عامة، مع تواريخها. المستشفى المميز بكلمة «مستنتج» هو مستشفى قريب من العيادات، وليس مستشفى نشره الطبيب أو المجموعة؛ وكل ما هو مميز بكلمة «مثال» أو «وهمي» مُختلَق وليس حقيقياً.</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>المساعدة ومسرد المصطلحات</translation>
    </message>
    <message>
        <source>Help: words you will see</source>
        <translation>المساعدة: كلمات ستراها</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>مسرد المصطلحات</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>إغلاق المساعدة</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>الثواني المتبقية</translation>
    </message>
    <message>
        <source>When the count reaches 0, everything on this screen is cleared for the next person. Touch anywhere or press any key for more time.</source>
        <translation>عندما يصل العد إلى ٠، سيُمسح كل ما على هذه الشاشة للشخص التالي. المس أي مكان أو اضغط أي مفتاح للحصول على مزيد من الوقت.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>أحتاج إلى مزيد من الوقت</translation>
    </message>
    <message>
        <source>I&apos;m finished</source>
        <translation>انتهيت</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything now</source>
        <translation>انتهيت: امسح كل شيء الآن</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>I&apos;m finished</source>
        <translation>انتهيت</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything for the next person</source>
        <translation>انتهيت: امسح كل شيء للشخص التالي</translation>
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
        <translation>HMO Desktop: اختر طبيب الرعاية الأولية (PCP) الخاص بك</translation>
    </message>
    <message>
        <source>%1 does not serve this area: choose a plan again.</source>
        <translation>%1 لا تخدم هذه المنطقة: اختر خطة مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 is not listed here: choose a medical group again.</source>
        <translation>%1 غير مُدرجة هنا: اختر مجموعة طبية مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PcpChooser</name>
    <message>
        <source>Choose your primary care doctor</source>
        <translation>اختر طبيب الرعاية الأولية (PCP) الخاص بك</translation>
    </message>
    <message>
        <source>Where you are searching</source>
        <translation>مكان بحثك</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>الأطباء</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>إخفاء عوامل التصفية</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <source>Number of doctors found</source>
        <translation>عدد الأطباء الذين تم العثور عليهم</translation>
    </message>
    <message>
        <source>No doctors message</source>
        <translation>رسالة عدم وجود أطباء</translation>
    </message>
    <message>
        <source>Doctors left out for facts not in this directory</source>
        <translation>أطباء مستبعدون لمعلومات غير موجودة في هذا الدليل</translation>
    </message>
    <message>
        <source>See doctor&apos;s profile</source>
        <translation>عرض ملف الطبيب</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>إظهار عوامل التصفية</translation>
    </message>
    <message>
        <source>About the selected doctor</source>
        <translation>عن الطبيب المختار</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>all medical groups in the plan</source>
        <translation>كل المجموعات الطبية في الخطة</translation>
    </message>
    <message>
        <source>offices in %1 County, nearest to %2</source>
        <translation>العيادات في مقاطعة %1، الأقرب إلى %2</translation>
    </message>
    <message>
        <source>offices in %1 County</source>
        <translation>العيادات في مقاطعة %1</translation>
    </message>
    <message>
        <source>offices anywhere in California</source>
        <translation>العيادات في أي مكان في كاليفورنيا</translation>
    </message>
</context>
<context>
    <name>PcpFilterPanel</name>
    <message>
        <source>Who is the doctor for?</source>
        <translation>لمن الطبيب؟</translation>
    </message>
    <message>
        <source>Patient&apos;s age</source>
        <translation>عمر المريض</translation>
    </message>
    <message>
        <source>Enter age</source>
        <translation>أدخل العمر</translation>
    </message>
    <message>
        <source>Type the age of the person who needs the doctor; babies are 0</source>
        <translation>اكتب عمر الشخص الذي يحتاج إلى الطبيب؛ عمر الرضع ٠</translation>
    </message>
    <message>
        <source>Patient&apos;s sex (optional)</source>
        <translation>جنس المريض (اختياري)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>العمر:</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>الجنس (اختياري):</translation>
    </message>
    <message>
        <source>Primary care specialties</source>
        <translation>تخصصات الرعاية الأولية</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>المرضى الجدد</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Accepting new patients, or call to ask</source>
        <translation>يقبل مرضى جدداً، أو اتصل للسؤال</translation>
    </message>
    <message>
        <source>Not in this directory: call to ask</source>
        <translation>ليس في هذا الدليل: اتصل للسؤال</translation>
    </message>
    <message>
        <source>Language the doctor speaks</source>
        <translation>اللغة التي يتحدثها الطبيب</translation>
    </message>
    <message>
        <source>Language the office staff speak</source>
        <translation>اللغة التي يتحدثها موظفو العيادة</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender</source>
        <translation>جنس الطبيب</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>أي</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>رجل</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>المسافة</translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>أي مسافة</translation>
    </message>
    <message>
        <source>Within %1 miles</source>
        <translation>في حدود %1 ميل</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>المستشفى</translation>
    </message>
    <message>
        <source>Any hospital</source>
        <translation>أي مستشفى</translation>
    </message>
    <message>
        <source>Offers video visits</source>
        <translation>يقدم زيارات بالفيديو</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>ساعات المساء</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>ساعات السبت</translation>
    </message>
    <message>
        <source>Wheelchair accessible office</source>
        <translation>عيادة مهيأة للكرسي المتحرك</translation>
    </message>
    <message>
        <source>Parking, entrance, inside, restroom, exam room and exam table all accessible</source>
        <translation>موقف السيارات والمدخل والداخل ودورة المياه وغرفة الفحص وطاولة الفحص، كلها مهيأة لذوي الإعاقة</translation>
    </message>
    <message>
        <source>Sort doctors by</source>
        <translation>ترتيب الأطباء حسب</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>الأقرب أولاً</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>المرضى الجدد:</translation>
    </message>
    <message>
        <source>Doctor speaks:</source>
        <translation>لغة الطبيب:</translation>
    </message>
    <message>
        <source>Staff speak:</source>
        <translation>لغة الموظفين:</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender:</source>
        <translation>جنس الطبيب:</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>المسافة:</translation>
    </message>
    <message>
        <source>Hospital:</source>
        <translation>المستشفى:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>الترتيب:</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (مستنتج)</translation>
    </message>
</context>
<context>
    <name>PlanNotListedDialog</name>
    <message>
        <source>My plan is not listed</source>
        <translation>خطتي غير مُدرجة</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ماذا تفعل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>PlanPicker</name>
    <message>
        <source>Choose your health plan</source>
        <translation>اختر خطتك الصحية</translation>
    </message>
    <message>
        <source>These HMO plans serve your area. Pick the one on your member ID card, or the one you are enrolling in.</source>
        <translation>تخدم خطط HMO هذه منطقتك. اختر الخطة المذكورة على بطاقة تعريف العضو، أو الخطة التي تسجّل فيها.</translation>
    </message>
    <message>
        <source>What is an HMO?</source>
        <translation>ما هي HMO؟</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>شركة التأمين</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>خدمات الأعضاء</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>تاريخ البيانات</translation>
    </message>
    <message>
        <source>Health plans in your area</source>
        <translation>الخطط الصحية في منطقتك</translation>
    </message>
    <message>
        <source>About the selected plan</source>
        <translation>حول الخطة المحددة</translation>
    </message>
    <message>
        <source>My plan is not listed</source>
        <translation>خطتي غير مُدرجة</translation>
    </message>
    <message>
        <source>My plan is not listed: what to do</source>
        <translation>خطتي غير مُدرجة: ماذا تفعل</translation>
    </message>
    <message>
        <source>Continue with this plan</source>
        <translation>المتابعة بهذه الخطة</translation>
    </message>
    <message>
        <source>No plans message</source>
        <translation>رسالة عدم وجود خطط</translation>
    </message>
    <message>
        <source>Opening the doctor directory...</source>
        <translation>جارٍ فتح دليل الأطباء...</translation>
    </message>
    <message>
        <source>See your member ID card</source>
        <translation>انظر بطاقة تعريف العضو</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>مقاطعة %1</translation>
    </message>
    <message>
        <source>California</source>
        <translation>كاليفورنيا</translation>
    </message>
    <message>
        <source>Choose your health plan in %1</source>
        <translation>اختر خطتك الصحية في %1</translation>
    </message>
    <message>
        <source>ZIP %1 (%2)</source>
        <translation>الرمز البريدي %1 (%2)</translation>
    </message>
    <message>
        <source>No plan in this directory serves %1: it has only the plans in public files, and none of them lists this area. Check the ZIP code or pick another county. If you already have a plan, press &quot;My plan is not listed&quot; to see how to find its doctors.</source>
        <translation>لا توجد خطة في هذا الدليل تخدم %1: فهو يحتوي فقط على الخطط الموجودة في الملفات العامة، ولا تُدرج أي منها هذه المنطقة. تحقق من الرمز البريدي (ZIP) أو اختر مقاطعة أخرى. إذا كانت لديك خطة بالفعل، فاضغط «خطتي غير مُدرجة» لمعرفة كيفية العثور على أطبائها.</translation>
    </message>
    <message>
        <source>Select your plan to see what it covers.</source>
        <translation>اختر خطتك لمعرفة ما تغطيه.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ارفض</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find a primary care doctor</source>
        <translation>ابحث عن طبيب رعاية أولية</translation>
    </message>
    <message>
        <source>Choose your language, type your ZIP code if you like, then press Start. When you are done, press “I&apos;m finished”: everything you entered is cleared for the next person.</source>
        <translation>اختر لغتك، واكتب رمزك البريدي (ZIP) إذا أردت، ثم اضغط «ابدأ». عند الانتهاء، اضغط «انتهيت»: سيُمسح كل ما أدخلته للشخص التالي.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Your ZIP code (optional)</source>
        <translation>رمزك البريدي (ZIP) (اختياري)</translation>
    </message>
    <message>
        <source>Five digits, to list doctors near you.</source>
        <translation>خمسة أرقام، لعرض الأطباء القريبين منك.</translation>
    </message>
    <message>
        <source>Your ZIP code</source>
        <translation>رمزك البريدي (ZIP)</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>الرمز البريدي (ZIP)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Staff only: enter the staff PIN</source>
        <translation>للموظفين فقط: أدخل رمز PIN للموظفين</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Find my current doctor</source>
        <translation>البحث عن طبيبي الحالي</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>المساعدة</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>المساعدة ومسرد المصطلحات</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data</source>
        <translation>حول HMO Desktop وبياناته</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>Start over with a new member (also Ctrl+N)</source>
        <translation>البدء من جديد مع عضو جديد (أو Ctrl+N)</translation>
    </message>
    <message>
        <source>Forget this member&apos;s ZIP, plan, group, doctor, filters and searches</source>
        <translation>نسيان الرمز البريدي (ZIP) والخطة والمجموعة والطبيب وعوامل التصفية وعمليات البحث لهذا العضو</translation>
    </message>
</context>
</TS>
