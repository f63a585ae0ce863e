<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name></name>
    <message>
        <source>%1, age %2</source>
        <translation>%1، %2 ساله</translation>
    </message>
    <message>
        <source>Next step for Medi-Cal: Health Care Options</source>
        <translation>قدم بعدی برای Medi-Cal: Health Care Options</translation>
    </message>
    <message>
        <source>Before you enroll</source>
        <translation>پیش از ثبت‌نام</translation>
    </message>
    <message>
        <source>PCP ID:</source>
        <translation>شناسه PCP:</translation>
    </message>
    <message>
        <source>Family medicine</source>
        <translation>پزشکی خانواده</translation>
    </message>
    <message>
        <source>Internal medicine</source>
        <translation>پزشکی داخلی</translation>
    </message>
    <message>
        <source>Pediatrics</source>
        <translation>کودکان</translation>
    </message>
    <message>
        <source>OB/GYN</source>
        <translation>زنان و زایمان (OB/GYN)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>خانواده</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>داخلی</translation>
    </message>
    <message>
        <source>All ages, children to seniors; often the whole family.</source>
        <translation>همه سنین، از کودکان تا سالمندان؛ اغلب کل خانواده.</translation>
    </message>
    <message>
        <source>Adults only: prevention and long-term conditions.</source>
        <translation>فقط بزرگسالان: پیشگیری و بیماری‌های طولانی‌مدت.</translation>
    </message>
    <message>
        <source>Babies, children and teens (up to 18 or 21).</source>
        <translation>نوزادان، کودکان و نوجوانان (تا ۱۸ یا ۲۱ سالگی).</translation>
    </message>
    <message>
        <source>Women&apos;s health, pregnancy and gynecology; some act as a PCP.</source>
        <translation>سلامت زنان، بارداری و بیماری‌های زنان؛ برخی می‌توانند PCP شما باشند.</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>بیمار جدید می‌پذیرد</translation>
    </message>
    <message>
        <source>Existing patients only</source>
        <translation>فقط بیماران فعلی</translation>
    </message>
    <message>
        <source>Existing patients and their family</source>
        <translation>بیماران فعلی و خانواده‌شان</translation>
    </message>
    <message>
        <source>Not accepting patients</source>
        <translation>بیمار نمی‌پذیرد</translation>
    </message>
    <message>
        <source>Call to ask</source>
        <translation>برای پرسیدن تماس بگیرید</translation>
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
        <translation>کارفرمایی و انفرادی (تجاری)</translation>
    </message>
    <message>
        <source>Accessible parking</source>
        <translation>پارکینگ دسترس‌پذیر</translation>
    </message>
    <message>
        <source>Accessible entrance</source>
        <translation>ورودی دسترس‌پذیر</translation>
    </message>
    <message>
        <source>Accessible inside the building</source>
        <translation>دسترس‌پذیر در داخل ساختمان</translation>
    </message>
    <message>
        <source>Accessible restroom</source>
        <translation>سرویس بهداشتی دسترس‌پذیر</translation>
    </message>
    <message>
        <source>Accessible exam room</source>
        <translation>اتاق معاینه دسترس‌پذیر</translation>
    </message>
    <message>
        <source>Height-adjustable exam table / accessible scale</source>
        <translation>تخت معاینه با ارتفاع قابل تنظیم / ترازوی دسترس‌پذیر</translation>
    </message>
    <message>
        <source>Sample doctor (fictional)</source>
        <translation>پزشک نمونه (ساختگی، واقعی نیست)</translation>
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
        <translation>%1 مایل</translation>
    </message>
    <message>
        <source>Languages: English only.</source>
        <translation>زبان‌ها: فقط انگلیسی.</translation>
    </message>
    <message>
        <source>Languages: English, %1. None of these translations has been reviewed by a fluent speaker yet; tell the team what reads wrong.</source>
        <translation>زبان‌ها: انگلیسی، %1. هیچ‌یک از این ترجمه‌ها هنوز توسط فردی مسلط به آن زبان بازبینی نشده است؛ هر جا متن درست به نظر نمی‌رسد به تیم اطلاع دهید.</translation>
    </message>
    <message>
        <source>Languages: English, %1. Reviewed by a fluent speaker: %2.</source>
        <translation>زبان‌ها: انگلیسی، %1. بازبینی‌شده توسط فردی مسلط به آن زبان: %2.</translation>
    </message>
    <message>
        <source>To translate or review a language, open its file, resources/translations/hmo_desktop_&lt;code&gt;.ts, in Qt Linguist (README, &quot;Languages&quot;).</source>
        <translation>برای ترجمه یا بازبینی یک زبان، فایل آن، resources/translations/hmo_desktop_&lt;code&gt;.ts، را در Qt Linguist باز کنید (README، بخش «Languages»).</translation>
    </message>
    <message>
        <source>made by this app</source>
        <translation>ساخته‌شده توسط این برنامه</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>به‌روز تا %1</translation>
    </message>
    <message>
        <source>fictional samples, made up by this app</source>
        <translation>نمونه‌های ساختگی، ساخته‌شده توسط این برنامه</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>استنباط‌شده توسط این برنامه</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>داده‌های عمومی، ممکن است به‌روز نباشد</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>داده‌های عمومی</translation>
    </message>
    <message>
        <source>none (used while building)</source>
        <translation>هیچ (هنگام ساخت فهرست به کار می‌رود)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>Works offline; sends nothing anywhere.</source>
        <translation>به‌صورت آفلاین کار می‌کند؛ هیچ چیزی را به جایی نمی‌فرستد.</translation>
    </message>
    <message>
        <source>Directory %1, checksum %2</source>
        <translation>فهرست %1، کد وارسی (checksum) %2</translation>
    </message>
    <message>
        <source>Data sources (%1)</source>
        <translation>منابع داده (%1)</translation>
    </message>
    <message>
        <source>About HMO Desktop</source>
        <translation>درباره HMO Desktop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data sources</source>
        <translation>درباره HMO Desktop و منابع داده آن</translation>
    </message>
    <message>
        <source>%1 (sample office)</source>
        <translation>%1 (مطب نمونه، ساختگی)</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>شهرستان %1</translation>
    </message>
    <message>
        <source>Sample group: its office is a sample placed at a ZIP code center, %1 away.</source>
        <translation>گروه نمونه (ساختگی): مطب آن نمونه‌ای است که در مرکز یک کد پستی (ZIP) قرار داده شده، در فاصله %1.</translation>
    </message>
    <message>
        <source>Sample group: its office is not in this directory.</source>
        <translation>گروه نمونه (ساختگی): مطب آن در این فهرست نیست.</translation>
    </message>
    <message>
        <source>Serves %1; office address not in this directory.</source>
        <translation>به %1 خدمت می‌دهد؛ نشانی مطب در این فهرست نیست.</translation>
    </message>
    <message>
        <source>No %1 doctors in this group here</source>
        <translation>در این گروه اینجا پزشکی در رشته %1 نیست</translation>
    </message>
    <message>
        <source>%1 of 1 %2 doctor is accepting new patients</source>
        <translation>%1 از ۱ پزشک رشته %2 بیمار جدید می‌پذیرد</translation>
    </message>
    <message numerus="yes">
        <source>%n counties</source>
        <translation>
            <numerusform>%Ln شهرستان</numerusform>
        </translation>
    </message>
    <message>
        <source>Counties: %1</source>
        <translation>شهرستان‌ها: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln %2 doctors are accepting new patients</source>
        <translation>
            <numerusform>%1 از %Ln پزشک رشته %2 بیمار جدید می‌پذیرند</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>بدون امتیاز</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>منتشر نشده</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (استنباط‌شده)</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan with one Permanente Medical Group per region. Enter your ZIP code or county above, or choose the group of the region where you live: Northern or Southern California.</source>
        <translation>Kaiser Permanente یک طرح یکپارچه است و در هر منطقه یک Permanente Medical Group دارد. کد پستی (ZIP) یا شهرستان خود را در بالا وارد کنید، یا گروه منطقه‌ای را که در آن زندگی می‌کنید انتخاب کنید: شمال یا جنوب کالیفرنیا.</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, with a care team at each PACE center. Enter your ZIP code or county above, or choose the center where you live.</source>
        <translation>PACE برای افراد ۵۵ سال به بالا است و در هر مرکز PACE یک تیم مراقبت دارد. کد پستی (ZIP) یا شهرستان خود را در بالا وارد کنید، یا مرکزی را که در آن زندگی می‌کنید انتخاب کنید.</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group of your region, so there is no medical group to choose. Continue to choose your doctor.</source>
        <translation>Kaiser Permanente یک طرح یکپارچه است: همه پزشکان آن عضو Permanente Medical Group منطقه شما هستند، پس لازم نیست گروه پزشکی انتخاب کنید. ادامه دهید تا پزشک خود را انتخاب کنید.</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older. Your care team, your doctor included, is at your PACE center, so there is no medical group to choose. Continue to see the center&apos;s doctors.</source>
        <translation>PACE برای افراد ۵۵ سال به بالا است. تیم مراقبت شما، از جمله پزشکتان، در مرکز PACE شماست، پس لازم نیست گروه پزشکی انتخاب کنید. ادامه دهید تا پزشکان مرکز را ببینید.</translation>
    </message>
    <message>
        <source>Your doctor belongs to a medical group. The group decides referrals to specialists and which hospitals you use. Numbers show doctors accepting new patients, for patients of any age.</source>
        <translation>پزشک شما عضو یک گروه پزشکی است. این گروه درباره ارجاع به متخصص و بیمارستان‌هایی که استفاده می‌کنید تصمیم می‌گیرد. اعداد، پزشکانی را نشان می‌دهند که بیمار جدید در هر سنی می‌پذیرند.</translation>
    </message>
    <message>
        <source>If you choose this group, your PCP and your specialists come from it, and referrals to specialists go through it.</source>
        <translation>اگر این گروه را انتخاب کنید، PCP و متخصصان شما از این گروه خواهند بود و ارجاع به متخصص از طریق آن انجام می‌شود.</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>قوانین ارجاع</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>خط تلفن خارج از ساعت کاری</translation>
    </message>
    <message>
        <source>not in this directory: see your member ID card or call the plan.</source>
        <translation>در این فهرست نیست: کارت شناسایی عضو خود را ببینید یا با طرح تماس بگیرید.</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>پزشکان</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>امتیاز کیفیت</translation>
    </message>
    <message>
        <source>Plan group code</source>
        <translation>کد گروه در طرح</translation>
    </message>
    <message>
        <source>Sample group (fictional): this plan&apos;s group list is not available offline, so this group and everything said about it are samples.</source>
        <translation>گروه نمونه (ساختگی): فهرست گروه‌های این طرح به‌صورت آفلاین در دسترس نیست، پس این گروه و همه اطلاعات آن نمونه‌های ساختگی هستند.</translation>
    </message>
    <message>
        <source>The plan&apos;s own care team. Its doctors in this directory are samples.</source>
        <translation>تیم مراقبت خود طرح. پزشکان آن در این فهرست نمونه‌های ساختگی هستند.</translation>
    </message>
    <message>
        <source>Listed by the carrier for this network in 2017-18. Networks change every year: call the plan to confirm.</source>
        <translation>فهرست منتشرشده توسط شرکت بیمه برای این شبکه در 2017-18. شبکه‌ها هر سال تغییر می‌کنند: برای اطمینان با طرح تماس بگیرید.</translation>
    </message>
    <message>
        <source>Not published: ask the group or the plan which hospitals it uses.</source>
        <translation>منتشر نشده: از گروه یا طرح بپرسید از کدام بیمارستان‌ها استفاده می‌کند.</translation>
    </message>
    <message>
        <source>%1 (CMS rating %2 of 5)</source>
        <translation>%1 (امتیاز CMS: %2 از ۵)</translation>
    </message>
    <message>
        <source>inferred from distance, not published by the group</source>
        <translation>بر اساس فاصله استنباط شده، توسط گروه منتشر نشده</translation>
    </message>
    <message>
        <source>sample, fictional</source>
        <translation>نمونه، ساختگی</translation>
    </message>
    <message>
        <source>not in this directory: ask the group or the plan.</source>
        <translation>در این فهرست نیست: از گروه یا طرح بپرسید.</translation>
    </message>
    <message>
        <source>You can see an OB/GYN in your plan&apos;s network without a referral or prior approval (California law); the plan may require the OB/GYN to be in your medical group.</source>
        <translation>می‌توانید بدون ارجاع یا تأیید قبلی به متخصص زنان و زایمان (OB/GYN) در شبکه طرح خود مراجعه کنید (قانون کالیفرنیا)؛ ممکن است طرح الزام کند که OB/GYN عضو گروه پزشکی شما باشد.</translation>
    </message>
    <message>
        <source>How a PACE member&apos;s doctor is assigned: when you enroll, the PACE center&apos;s care team assigns you a primary care doctor who works at the center. You can ask the center for a particular doctor on its team.</source>
        <translation>نحوه تعیین پزشک برای عضو PACE: وقتی ثبت‌نام می‌کنید، تیم مراقبت مرکز PACE یک پزشک مراقبت‌های اولیه را که در مرکز کار می‌کند برای شما تعیین می‌کند. می‌توانید پزشک خاصی از تیم مرکز را درخواست کنید.</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>انتخاب اول</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>جایگزین %1</translation>
    </message>
    <message>
        <source>The selected member&apos;s doctors</source>
        <translation>پزشکان عضو انتخاب‌شده</translation>
    </message>
    <message>
        <source>This member&apos;s plan</source>
        <translation>طرح این عضو</translation>
    </message>
    <message>
        <source>Plan for this member:</source>
        <translation>طرح برای این عضو:</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>انتخاب</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>پزشک</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>بیماران جدید</translation>
    </message>
    <message>
        <source>Make first choice</source>
        <translation>انتخاب اول شود</translation>
    </message>
    <message>
        <source>Make this doctor the member&apos;s first choice</source>
        <translation>این پزشک انتخاب اول عضو شود</translation>
    </message>
    <message>
        <source>Remove doctor</source>
        <translation>حذف پزشک</translation>
    </message>
    <message>
        <source>Remove this doctor from the member&apos;s choices</source>
        <translation>حذف این پزشک از انتخاب‌های عضو</translation>
    </message>
    <message>
        <source>Select a member to see their plan and doctors.</source>
        <translation>یک عضو را انتخاب کنید تا طرح و پزشکانش را ببینید.</translation>
    </message>
    <message>
        <source>%1&apos;s plan and doctors</source>
        <translation>طرح و پزشکان %1</translation>
    </message>
    <message>
        <source>The household&apos;s plan (%1)</source>
        <translation>طرح خانوار (%1)</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>هنوز انتخاب نشده</translation>
    </message>
    <message>
        <source>Type the member&apos;s first name or a nickname.</source>
        <translation>نام کوچک یا نام مستعار عضو را بنویسید.</translation>
    </message>
    <message>
        <source>That name is long: a first name or a nickname is enough.</source>
        <translation>این نام طولانی است: نام کوچک یا نام مستعار کافی است.</translation>
    </message>
    <message>
        <source>Type a first name or nickname only: no numbers, dates, IDs or addresses.</source>
        <translation>فقط نام کوچک یا نام مستعار بنویسید: بدون عدد، تاریخ، شماره شناسایی یا نشانی.</translation>
    </message>
    <message>
        <source>The age must be from 0 to 120.</source>
        <translation>سن باید بین ۰ تا ۱۲۰ باشد.</translation>
    </message>
    <message>
        <source>Choose female, male, or leave sex not given.</source>
        <translation>زن یا مرد را انتخاب کنید، یا جنسیت را خالی بگذارید.</translation>
    </message>
    <message>
        <source>One of the access needs is not known to this app.</source>
        <translation>یکی از نیازهای دسترسی برای این برنامه شناخته‌شده نیست.</translation>
    </message>
    <message>
        <source>This member cannot be added as given.</source>
        <translation>این عضو را نمی‌توان به این شکل اضافه کرد.</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>انتخاب اول</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>جایگزین %1</translation>
    </message>
    <message>
        <source>%1 has no PCP yet.</source>
        <translation>%1 هنوز PCP ندارد.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is no longer in this directory for this plan; choose another doctor.</source>
        <translation>%1: %2 (%3) دیگر در این فهرست برای این طرح نیست؛ پزشک دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in this member&apos;s plan.</source>
        <translation>%1: %2 (%3) در طرح این عضو نیست.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not taking new patients.</source>
        <translation>%1: %2 (%3) بیمار جدید نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>%1: this directory does not say whether %2 (%3) takes new patients; call to ask.</source>
        <translation>%1: این فهرست نمی‌گوید که %2 (%3) بیمار جدید می‌پذیرد یا نه؛ برای پرسیدن تماس بگیرید.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) sees patients up to age %4; %1 ages out within a year.</source>
        <translation>%1: %2 (%3) بیماران را تا %4 سالگی می‌پذیرد؛ سن %1 کمتر از یک سال دیگر از این حد می‌گذرد.</translation>
    </message>
    <message>
        <source>Add the members of the household, one at a time.</source>
        <translation>اعضای خانوار را یکی‌یکی اضافه کنید.</translation>
    </message>
    <message>
        <source>Everyone has a PCP, and nothing needs another look.</source>
        <translation>همه PCP دارند و چیزی نیاز به بررسی دوباره ندارد.</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (نمونه ساختگی)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>در این فهرست نیست</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1، به‌روز تا %2</translation>
    </message>
    <message>
        <source>needs a ZIP</source>
        <translation>کد پستی (ZIP) لازم است</translation>
    </message>
    <message>
        <source>not known here: open this doctor from the doctor step</source>
        <translation>اینجا معلوم نیست: این پزشک را از مرحله پزشکان باز کنید</translation>
    </message>
    <message>
        <source>Evening: %1; Saturday: %2</source>
        <translation>عصرها: %1؛ شنبه: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>بله: %1</translation>
    </message>
    <message>
        <source>not in this directory: ask the medical group</source>
        <translation>در این فهرست نیست: از گروه پزشکی بپرسید</translation>
    </message>
    <message>
        <source>Doctor: %1. Office: %2. Group: %3. Plan: %4.</source>
        <translation>پزشک: %1. مطب: %2. گروه: %3. طرح: %4.</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>فاصله</translation>
    </message>
    <message>
        <source>Doctor&apos;s languages</source>
        <translation>زبان‌های پزشک</translation>
    </message>
    <message>
        <source>Staff languages</source>
        <translation>زبان‌های کارکنان</translation>
    </message>
    <message>
        <source>Evening and Saturday hours</source>
        <translation>ساعات عصر و شنبه</translation>
    </message>
    <message>
        <source>Video visits</source>
        <translation>ویزیت تصویری</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>دسترس‌پذیری</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>بیمارستان‌ها</translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation>گواهی بورد تخصصی</translation>
    </message>
    <message>
        <source>Group rating</source>
        <translation>امتیاز گروه</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>منبع و تاریخ</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقایسه</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>خانوار</translation>
    </message>
    <message>
        <source>Household: everyone enrolling together</source>
        <translation>خانوار: همه کسانی که با هم ثبت‌نام می‌کنند</translation>
    </message>
    <message>
        <source>1 doctor can see everyone (ages %1).</source>
        <translation>۱ پزشک می‌تواند همه را ببیند (سنین %1).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors can see everyone (ages %1).</source>
        <translation>
            <numerusform>%Ln پزشک می‌توانند همه را ببینند (سنین %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Same doctor for the family</source>
        <translation>یک پزشک برای کل خانواده</translation>
    </message>
    <message>
        <source>Doctors who can see every member</source>
        <translation>پزشکانی که می‌توانند همه اعضا را ببینند</translation>
    </message>
    <message>
        <source>Doctors for the whole family</source>
        <translation>پزشکان برای کل خانواده</translation>
    </message>
    <message>
        <source>Doctors for everyone</source>
        <translation>پزشکان برای همه</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>سن</translation>
    </message>
    <message>
        <source>PCP</source>
        <translation>PCP</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>جایگزین‌ها</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>اعضای خانوار</translation>
    </message>
    <message>
        <source>Use the current doctor</source>
        <translation>استفاده از پزشک فعلی</translation>
    </message>
    <message>
        <source>Use the current doctor as this member&apos;s first choice</source>
        <translation>پزشک فعلی، انتخاب اول این عضو شود</translation>
    </message>
    <message>
        <source>Add as a backup</source>
        <translation>افزودن به‌عنوان جایگزین</translation>
    </message>
    <message>
        <source>Add the current doctor as this member&apos;s backup</source>
        <translation>پزشک فعلی به‌عنوان جایگزین این عضو اضافه شود</translation>
    </message>
    <message>
        <source>Change member</source>
        <translation>تغییر عضو</translation>
    </message>
    <message>
        <source>Change this member</source>
        <translation>تغییر این عضو</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>حذف عضو</translation>
    </message>
    <message>
        <source>Remove this member</source>
        <translation>حذف این عضو</translation>
    </message>
    <message>
        <source>What to look at again</source>
        <translation>موارد قابل بررسی دوباره</translation>
    </message>
    <message>
        <source>Compare the chosen doctors</source>
        <translation>مقایسه پزشکان انتخاب‌شده</translation>
    </message>
    <message>
        <source>Members, or compare</source>
        <translation>اعضا، یا مقایسه</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>اعضا(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;ompare doctors</source>
        <translation>مقایسه پزشکان(&amp;O)</translation>
    </message>
    <message>
        <source>Needs a PCP</source>
        <translation>PCP لازم دارد</translation>
    </message>
    <message>
        <source>Choose a plan and add the members first.</source>
        <translation>ابتدا یک طرح انتخاب کنید و اعضا را اضافه کنید.</translation>
    </message>
    <message>
        <source>Use the current doctor for %1</source>
        <translation>استفاده از پزشک فعلی برای %1</translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation>خلاصه ثبت‌نام</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>نام کوچک یا نام مستعار</translation>
    </message>
    <message>
        <source>Sex (optional)</source>
        <translation>جنسیت (اختیاری)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>مشخص نشده</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>زن</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>Preferred language (optional)</source>
        <translation>زبان ترجیحی (اختیاری)</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>دسترسی با ویلچر</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>ساعات عصر</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>ساعات شنبه</translation>
    </message>
    <message>
        <source>Wants an OB/GYN as PCP</source>
        <translation>متخصص زنان و زایمان (OB/GYN) را به‌عنوان PCP می‌خواهد</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>افزودن عضو</translation>
    </message>
    <message>
        <source>Add this member</source>
        <translation>افزودن این عضو</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>لغو تغییرات</translation>
    </message>
    <message>
        <source>Leave the member as they were</source>
        <translation>عضو همان‌طور که بود بماند</translation>
    </message>
    <message>
        <source>Why the member was not added</source>
        <translation>چرا عضو اضافه نشد</translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation>نام کوچک یا نام مستعار:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>سن:</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>جنسیت (اختیاری):</translation>
    </message>
    <message>
        <source>Language (optional):</source>
        <translation>زبان (اختیاری):</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>ذخیره تغییرات</translation>
    </message>
    <message>
        <source>Save the changes to this member</source>
        <translation>ذخیره تغییرات این عضو</translation>
    </message>
    <message>
        <source>The saved household file was damaged. It was set aside, and the last good copy was opened instead: check the members and their doctors.</source>
        <translation>فایل ذخیره‌شده خانوار آسیب دیده بود. این فایل کنار گذاشته شد و به‌جای آن آخرین نسخه سالم باز شد: اعضا و پزشکانشان را بررسی کنید.</translation>
    </message>
    <message>
        <source>The saved household file was damaged, and there was no good copy to open. It was set aside; add the members again.</source>
        <translation>فایل ذخیره‌شده خانوار آسیب دیده بود و نسخه سالمی برای باز کردن نبود. این فایل کنار گذاشته شد؛ اعضا را دوباره اضافه کنید.</translation>
    </message>
    <message>
        <source>The saved household was kept by a newer version of HMO Desktop. It was left as it is; open it with that version.</source>
        <translation>خانوار ذخیره‌شده با نسخه جدیدتری از HMO Desktop نگه داشته شده است. همان‌طور که بود باقی ماند؛ آن را با همان نسخه باز کنید.</translation>
    </message>
    <message>
        <source>The saved household could not be brought up to date. It was left as it was; add the members again, or try again after updating HMO Desktop.</source>
        <translation>خانوار ذخیره‌شده به‌روز نشد. همان‌طور که بود باقی ماند؛ اعضا را دوباره اضافه کنید، یا پس از به‌روزرسانی HMO Desktop دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>The saved household could not be opened.</source>
        <translation>خانوار ذخیره‌شده باز نشد.</translation>
    </message>
    <message>
        <source>The saved household could not be opened: %1</source>
        <translation>خانوار ذخیره‌شده باز نشد: %1</translation>
    </message>
    <message>
        <source>Your household kept on this computer is open: View &gt; Household.</source>
        <translation>خانوار شما که در این رایانه نگه داشته شده باز است: نما &gt; خانوار.</translation>
    </message>
    <message>
        <source>Doctors no longer in this directory: %1. Choose others.</source>
        <translation>پزشکانی که دیگر در این فهرست نیستند: %1. پزشکان دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The household could not be saved in %1: %2. Nothing was changed there.</source>
        <translation>خانوار در %1 ذخیره نشد: %2. چیزی در آنجا تغییر نکرد.</translation>
    </message>
    <message>
        <source>Kept on this computer. Changes are saved as you make them.</source>
        <translation>در این رایانه نگه داشته می‌شود. تغییرات همزمان با انجامشان ذخیره می‌شوند.</translation>
    </message>
    <message>
        <source>This household is forgotten: nothing of it is kept on this computer.</source>
        <translation>این خانوار فراموش شد: هیچ چیز از آن در این رایانه نگه داشته نمی‌شود.</translation>
    </message>
    <message>
        <source>Keep this household?</source>
        <translation>این خانوار نگه داشته شود؟</translation>
    </message>
    <message>
        <source>Keep this household on this computer for next time?</source>
        <translation>این خانوار برای دفعه بعد در این رایانه نگه داشته شود؟</translation>
    </message>
    <message>
        <source>Only the first names or nicknames, ages and chosen doctors are kept, in your user folder. On a shared computer, choose Don&apos;t keep.</source>
        <translation>فقط نام‌های کوچک یا نام‌های مستعار، سن‌ها و پزشکان انتخاب‌شده در پوشه کاربری شما نگه داشته می‌شوند. در رایانه مشترک، «نگه نداشتن» را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>نگه داشتن</translation>
    </message>
    <message>
        <source>Don&apos;t keep</source>
        <translation>نگه نداشتن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Forget this household?</source>
        <translation>این خانوار فراموش شود؟</translation>
    </message>
    <message>
        <source>Its members and their doctors are removed from the screen, and the copy kept on this computer is deleted with its backups. This cannot be undone.</source>
        <translation>اعضا و پزشکانشان از صفحه حذف می‌شوند و نسخه نگه‌داشته‌شده در این رایانه همراه با نسخه‌های پشتیبان آن پاک می‌شود. این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>فراموش کردن</translation>
    </message>
    <message>
        <source>&amp;Household…</source>
        <translation>خانوار(&amp;H)…</translation>
    </message>
    <message>
        <source>The family&apos;s members, their doctors, and the enrollment summary</source>
        <translation>اعضای خانواده، پزشکانشان و خلاصه ثبت‌نام</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>می‌پذیرد</translation>
    </message>
    <message>
        <source>%1; ages not in this directory</source>
        <translation>%1؛ سنین در این فهرست نیست</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>گروه پزشکی</translation>
    </message>
    <message>
        <source>Save the enrollment summary</source>
        <translation>ذخیره خلاصه ثبت‌نام</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>چاپ درشت</translation>
    </message>
    <message>
        <source>Large print summary</source>
        <translation>خلاصه با چاپ درشت</translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation>ذخیره خلاصه به‌صورت PDF…</translation>
    </message>
    <message>
        <source>Save the enrollment summary as a PDF file</source>
        <translation>ذخیره خلاصه ثبت‌نام به‌صورت فایل PDF</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>چاپ خلاصه…</translation>
    </message>
    <message>
        <source>Print the enrollment summary</source>
        <translation>چاپ خلاصه ثبت‌نام</translation>
    </message>
    <message>
        <source>Keep on this computer</source>
        <translation>نگه داشتن در این رایانه</translation>
    </message>
    <message>
        <source>Keep this household on this computer</source>
        <translation>نگه داشتن این خانوار در این رایانه</translation>
    </message>
    <message>
        <source>Forget this household</source>
        <translation>فراموش کردن این خانوار</translation>
    </message>
    <message>
        <source>Close the household</source>
        <translation>بستن خانوار</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>در این رایانه نگه داشته شده</translation>
    </message>
    <message>
        <source>The summary is printing. Please collect it from the printer.</source>
        <translation>خلاصه در حال چاپ است. لطفاً آن را از چاپگر بردارید.</translation>
    </message>
    <message>
        <source>The summary is ready. A staff member will print it for you.</source>
        <translation>خلاصه آماده است. یکی از کارکنان آن را برایتان چاپ می‌کند.</translation>
    </message>
    <message>
        <source>No printer is set up here. Please ask staff.</source>
        <translation>اینجا چاپگری راه‌اندازی نشده است. لطفاً از کارکنان کمک بخواهید.</translation>
    </message>
    <message>
        <source>The summary could not be made. Please ask staff.</source>
        <translation>خلاصه ساخته نشد. لطفاً از کارکنان کمک بخواهید.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>چاپ خلاصه</translation>
    </message>
    <message>
        <source>HMO Desktop kiosk</source>
        <translation>کیوسک HMO Desktop</translation>
    </message>
    <message>
        <source>HMO Desktop</source>
        <translation>HMO Desktop</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>فقط کارکنان</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN کارکنان</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>PIN کارکنان:</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>پیام PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>Unlock staff settings</source>
        <translation>باز کردن قفل تنظیمات کارکنان</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>بازگشت به کیوسک</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Clear for the next person</source>
        <translation>پاک کردن همه چیز برای نفر بعدی</translation>
    </message>
    <message>
        <source>Clear everything now for the next person</source>
        <translation>همین حالا همه چیز برای نفر بعدی پاک شود</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>خروج از کیوسک</translation>
    </message>
    <message>
        <source>No staff PIN is set, so this kiosk cannot be left from here. To set one, run this on the computer, then start the kiosk again:

hmo-desktop --set-kiosk-pin

It is kept, as a salted hash, in %1</source>
        <translation>PIN کارکنان تنظیم نشده است، پس از اینجا نمی‌توان از این کیوسک خارج شد. برای تنظیم آن، این فرمان را در رایانه اجرا کنید و سپس کیوسک را دوباره راه‌اندازی کنید:

hmo-desktop --set-kiosk-pin

PIN به‌صورت هش نمک‌دار در %1 نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>Configuration file: %1</source>
        <translation>فایل پیکربندی: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Idle time before the warning: %1 seconds</source>
        <translation>زمان بی‌کاری پیش از هشدار: %1 ثانیه</translation>
    </message>
    <message>
        <source>The warning counts down from: %1 seconds</source>
        <translation>شمارش معکوس هشدار از: %1 ثانیه</translation>
    </message>
    <message>
        <source>Text size for each new person: %1 %</source>
        <translation>اندازه متن برای هر نفر جدید: %1٪</translation>
    </message>
    <message>
        <source>Summaries: PDF files in %1, emptied at every reset</source>
        <translation>خلاصه‌ها: فایل‌های PDF در %1، که در هر بازنشانی خالی می‌شود</translation>
    </message>
    <message>
        <source>Summaries: printed on %1</source>
        <translation>خلاصه‌ها: روی %1 چاپ می‌شوند</translation>
    </message>
    <message>
        <source>Summaries: no default printer is set up on this computer</source>
        <translation>خلاصه‌ها: در این رایانه چاپگر پیش‌فرضی راه‌اندازی نشده است</translation>
    </message>
    <message>
        <source>The configuration file was not used: %1</source>
        <translation>از فایل پیکربندی استفاده نشد: %1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>PIN نادرست بیش از حد. %1 ثانیه دیگر دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>این PIN درست نیست.</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>نوار منو</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>منوهای بیشتر</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فایل(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open directory…</source>
        <translation>باز کردن فهرست(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another doctor directory file; it is checked before it is used</source>
        <translation>باز کردن فایل دیگری از فهرست پزشکان؛ پیش از استفاده بررسی می‌شود</translation>
    </message>
    <message>
        <source>Open a doctor directory</source>
        <translation>باز کردن فهرست پزشکان</translation>
    </message>
    <message>
        <source>Doctor directories (*.sqlite)</source>
        <translation>فهرست‌های پزشکان (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. You can keep working; if it happens again, send these details to the team.</source>
        <translation>مشکلی درون HMO Desktop پیش آمد. می‌توانید به کار ادامه دهید؛ اگر دوباره پیش آمد، این جزئیات را برای تیم بفرستید.</translation>
    </message>
    <message>
        <source>The doctor directory is not an HMO Desktop directory.</source>
        <translation>این فهرست پزشکان، فهرست HMO Desktop نیست.</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is damaged.</source>
        <translation>فهرست پزشکانی که همراه HMO Desktop آمده آسیب دیده است.</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is missing.</source>
        <translation>فهرست پزشکانی که همراه HMO Desktop آمده پیدا نمی‌شود.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory.</source>
        <translation>HMO Desktop اجازه خواندن فهرست پزشکان خود را ندارد.</translation>
    </message>
    <message>
        <source>A folder is where HMO Desktop&apos;s doctor directory should be.</source>
        <translation>به‌جای فهرست پزشکان HMO Desktop یک پوشه قرار دارد.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory&apos;s manifest.</source>
        <translation>HMO Desktop اجازه خواندن مانیفست فهرست پزشکان خود را ندارد.</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop is damaged.</source>
        <translation>فایل فهرست پزشکانی که به HMO Desktop داده شد آسیب دیده است.</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop does not exist.</source>
        <translation>فایل فهرست پزشکانی که به HMO Desktop داده شد وجود ندارد.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the doctor directory file it was given.</source>
        <translation>HMO Desktop اجازه خواندن فایل فهرست پزشکانی را که به آن داده شد ندارد.</translation>
    </message>
    <message>
        <source>HMO Desktop was given a folder, not a doctor directory file.</source>
        <translation>به HMO Desktop یک پوشه داده شد، نه یک فایل فهرست پزشکان.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the manifest of the doctor directory file it was given.</source>
        <translation>HMO Desktop اجازه خواندن مانیفست فایل فهرست پزشکانی را که به آن داده شد ندارد.</translation>
    </message>
    <message>
        <source>This doctor directory needs a newer version of HMO Desktop.</source>
        <translation>این فهرست پزشکان به نسخه جدیدتری از HMO Desktop نیاز دارد.</translation>
    </message>
    <message>
        <source>This doctor directory is too old for this version of HMO Desktop.</source>
        <translation>این فهرست پزشکان برای این نسخه از HMO Desktop بیش از حد قدیمی است.</translation>
    </message>
    <message>
        <source>Reinstall HMO Desktop, or rebuild the directory with &apos;python -m hmo_desktop.datapack build&apos;.</source>
        <translation>HMO Desktop را دوباره نصب کنید، یا فهرست را با &apos;python -m hmo_desktop.datapack build&apos; دوباره بسازید.</translation>
    </message>
    <message>
        <source>Check that you may read it, or reinstall HMO Desktop.</source>
        <translation>مطمئن شوید اجازه خواندن آن را دارید، یا HMO Desktop را دوباره نصب کنید.</translation>
    </message>
    <message>
        <source>Remove or rename that folder, then reinstall HMO Desktop or rebuild the directory.</source>
        <translation>آن پوشه را حذف کنید یا نامش را تغییر دهید، سپس HMO Desktop را دوباره نصب کنید یا فهرست را دوباره بسازید.</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use the directory that came with this version.</source>
        <translation>HMO Desktop را به‌روز کنید، یا از فهرستی که همراه این نسخه آمده استفاده کنید.</translation>
    </message>
    <message>
        <source>Check the file given with --directory, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>فایلی را که با --directory داده شده بررسی کنید، یا با &apos;python -m hmo_desktop.datapack build --out FILE&apos; یک فایل جدید بسازید.</translation>
    </message>
    <message>
        <source>Check that you may read that file and the folders above it.</source>
        <translation>مطمئن شوید اجازه خواندن آن فایل و پوشه‌های بالای آن را دارید.</translation>
    </message>
    <message>
        <source>Check that you may read the .manifest.json file beside the directory file.</source>
        <translation>مطمئن شوید اجازه خواندن فایل .manifest.json کنار فایل فهرست را دارید.</translation>
    </message>
    <message>
        <source>Give the path of a directory file (.sqlite), not of a folder.</source>
        <translation>مسیر یک فایل فهرست (.sqlite) را بدهید، نه مسیر یک پوشه.</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use a directory built by this version.</source>
        <translation>HMO Desktop را به‌روز کنید، یا از فهرستی استفاده کنید که با این نسخه ساخته شده است.</translation>
    </message>
    <message>
        <source>HMO Desktop cannot use this doctor directory.</source>
        <translation>HMO Desktop نمی‌تواند از این فهرست پزشکان استفاده کند.</translation>
    </message>
    <message>
        <source>Choose another directory file, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>فایل فهرست دیگری انتخاب کنید، یا با &apos;python -m hmo_desktop.datapack build --out FILE&apos; یک فایل جدید بسازید.</translation>
    </message>
    <message>
        <source>Open directory</source>
        <translation>باز کردن فهرست</translation>
    </message>
    <message>
        <source>%1

HMO Desktop keeps using the directory it had open.</source>
        <translation>%1

HMO Desktop همچنان از فهرستی که باز بود استفاده می‌کند.</translation>
    </message>
    <message>
        <source>File: %1
%2</source>
        <translation>فایل: %1
%2</translation>
    </message>
    <message>
        <source>Checking the directory file…</source>
        <translation>در حال بررسی فایل فهرست…</translation>
    </message>
    <message>
        <source>HMO Desktop: choose your primary care doctor (%1)</source>
        <translation>HMO Desktop: پزشک مراقبت‌های اولیه (PCP) خود را انتخاب کنید (%1)</translation>
    </message>
    <message>
        <source>Now using the directory %1.</source>
        <translation>اکنون از فهرست %1 استفاده می‌شود.</translation>
    </message>
    <message>
        <source>Sample?</source>
        <translation>نمونه؟</translation>
    </message>
    <message>
        <source>Generated sample data, not a real person</source>
        <translation>داده نمونه ساختگی، فرد واقعی نیست</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>مطب</translation>
    </message>
    <message>
        <source>To a sample office placed at a ZIP code center</source>
        <translation>تا یک مطب نمونه که در مرکز یک کد پستی (ZIP) قرار داده شده</translation>
    </message>
    <message>
        <source>Approximate: to the center of the office&apos;s ZIP code</source>
        <translation>تقریبی: تا مرکز کد پستی (ZIP) مطب</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>تخصص</translation>
    </message>
    <message>
        <source>January</source>
        <translation>ژانویه</translation>
    </message>
    <message>
        <source>February</source>
        <translation>فوریه</translation>
    </message>
    <message>
        <source>March</source>
        <translation>مارس</translation>
    </message>
    <message>
        <source>April</source>
        <translation>آوریل</translation>
    </message>
    <message>
        <source>May</source>
        <translation>مه</translation>
    </message>
    <message>
        <source>June</source>
        <translation>ژوئن</translation>
    </message>
    <message>
        <source>July</source>
        <translation>ژوئیه</translation>
    </message>
    <message>
        <source>August</source>
        <translation>اوت</translation>
    </message>
    <message>
        <source>September</source>
        <translation>سپتامبر</translation>
    </message>
    <message>
        <source>October</source>
        <translation>اکتبر</translation>
    </message>
    <message>
        <source>November</source>
        <translation>نوامبر</translation>
    </message>
    <message>
        <source>December</source>
        <translation>دسامبر</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, may be out of date</source>
        <translation>%1، ممکن است به‌روز نباشد</translation>
    </message>
    <message>
        <source>Minimum Coverage</source>
        <translation>پوشش حداقلی</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>برنز</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>نقره</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>طلا</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>پلاتین</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for %1 County</source>
        <translation>طرح درمانی Medi-Cal برای شهرستان %1</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for the counties it serves</source>
        <translation>طرح درمانی Medi-Cal برای شهرستان‌هایی که به آن‌ها خدمت می‌دهد</translation>
    </message>
    <message>
        <source>Covered California HMO (%1)</source>
        <translation>HMO در Covered California (%1)</translation>
    </message>
    <message>
        <source>Covered California HMO</source>
        <translation>HMO در Covered California</translation>
    </message>
    <message>
        <source>Employer and individual HMO</source>
        <translation>HMO کارفرمایی و انفرادی</translation>
    </message>
    <message>
        <source>Medicare Advantage HMO</source>
        <translation>HMO در Medicare Advantage</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group for your region, so there is no medical group to choose.</source>
        <translation>Kaiser Permanente یک طرح یکپارچه است: همه پزشکان آن عضو Permanente Medical Group منطقه شما هستند، پس لازم نیست گروه پزشکی انتخاب کنید.</translation>
    </message>
    <message>
        <source>PACE: for people 55 and older who need a nursing-home level of care and can live safely at home; your care team, including your doctor, is at the PACE center.</source>
        <translation>PACE: برای افراد ۵۵ سال به بالا که به سطح مراقبتی خانه سالمندان نیاز دارند و می‌توانند با ایمنی در خانه زندگی کنند؛ تیم مراقبت شما، از جمله پزشکتان، در مرکز PACE است.</translation>
    </message>
    <message>
        <source>This plan&apos;s group list is from %1. Networks change every year: call the plan to confirm.</source>
        <translation>فهرست گروه‌های این طرح مربوط به %1 است. شبکه‌ها هر سال تغییر می‌کنند: برای اطمینان با طرح تماس بگیرید.</translation>
    </message>
    <message>
        <source>This plan&apos;s information is from %1. Plans and networks change every year: call the plan to confirm.</source>
        <translation>اطلاعات این طرح مربوط به %1 است. طرح‌ها و شبکه‌ها هر سال تغییر می‌کنند: برای اطمینان با طرح تماس بگیرید.</translation>
    </message>
    <message>
        <source>Medical groups: the carrier&apos;s published list, as of %1.</source>
        <translation>گروه‌های پزشکی: فهرست منتشرشده شرکت بیمه، به‌روز تا %1.</translation>
    </message>
    <message>
        <source>Plan list as of %1.</source>
        <translation>فهرست طرح‌ها به‌روز تا %1.</translation>
    </message>
    <message>
        <source>This plan&apos;s medical group list is not available offline: the groups shown are samples.</source>
        <translation>فهرست گروه‌های پزشکی این طرح به‌صورت آفلاین در دسترس نیست: گروه‌هایی که نشان داده می‌شوند نمونه‌های ساختگی هستند.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>منبع: %1.</translation>
    </message>
    <message>
        <source>Medi-Cal health plans, by county (December 2025)</source>
        <translation>طرح‌های درمانی Medi-Cal، بر اساس شهرستان (دسامبر 2025)</translation>
    </message>
    <message>
        <source>Covered California HMOs (2017)</source>
        <translation>HMOهای Covered California (2017)</translation>
    </message>
    <message>
        <source>Anthem Blue Cross and UnitedHealthcare employer and individual HMO networks (2017–18)</source>
        <translation>شبکه‌های HMO کارفرمایی و انفرادی Anthem Blue Cross و UnitedHealthcare (2017-18)</translation>
    </message>
    <message>
        <source>Use your plan&apos;s own provider directory (on its website or in your welcome kit).</source>
        <translation>از فهرست ارائه‌دهندگان خود طرح استفاده کنید (در وب‌سایت آن یا در بسته خوشامدگویی شما).</translation>
    </message>
    <message>
        <source>Or call member services: the number is on your member ID card.</source>
        <translation>یا با خدمات اعضا تماس بگیرید: شماره روی کارت شناسایی عضو شماست.</translation>
    </message>
    <message>
        <source>Ask which medical groups and doctors are in your network, near you.</source>
        <translation>بپرسید کدام گروه‌های پزشکی و پزشکان شبکه شما نزدیک شما هستند.</translation>
    </message>
    <message>
        <source>Your plan is not listed?</source>
        <translation>طرح شما در فهرست نیست؟</translation>
    </message>
    <message>
        <source>This directory has only the plans in public files:</source>
        <translation>این فهرست فقط طرح‌های موجود در فایل‌های عمومی را دارد:</translation>
    </message>
    <message>
        <source>If your plan is not here (for example a Blue Shield, Health Net or Kaiser Permanente plan through an employer, Sharp Health Plan or Western Health Advantage):</source>
        <translation>اگر طرح شما اینجا نیست (مثلاً طرح Blue Shield، Health Net یا Kaiser Permanente از طریق کارفرما، Sharp Health Plan یا Western Health Advantage):</translation>
    </message>
    <message>
        <source>On Medi-Cal? Health Care Options (1-800-430-4263) helps you choose a Medi-Cal plan.</source>
        <translation>Medi-Cal دارید؟ Health Care Options (1-800-430-4263) به شما کمک می‌کند یک طرح Medi-Cal انتخاب کنید.</translation>
    </message>
    <message>
        <source>You can still look up a doctor you know with &quot;Find my current doctor&quot;: the profile lists every plan in this directory that includes them.</source>
        <translation>همچنان می‌توانید پزشکی را که می‌شناسید با «پیدا کردن پزشک فعلی من» جستجو کنید: در نمایه او همه طرح‌های این فهرست که او را شامل می‌شوند آمده است.</translation>
    </message>
    <message>
        <source>1  Plan</source>
        <translation>۱  طرح</translation>
    </message>
    <message>
        <source>2  Medical group</source>
        <translation>۲  گروه پزشکی</translation>
    </message>
    <message>
        <source>3  Doctor</source>
        <translation>۳  پزشک</translation>
    </message>
    <message>
        <source>4  Doctor&apos;s profile</source>
        <translation>۴  نمایه پزشک</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>English copy, for the doctor&apos;s office and the plan</source>
        <translation>نسخه انگلیسی، برای مطب پزشک و طرح</translation>
    </message>
    <message>
        <source>Enrollment summary: your household’s doctor choices</source>
        <translation>خلاصه ثبت‌نام: پزشکانی که خانوار شما انتخاب کرده است</translation>
    </message>
    <message>
        <source>Take this to your enrollment or keep it by the phone. Each person has their own page, with the PCP ID the plan asks for.</source>
        <translation>این را هنگام ثبت‌نام همراه داشته باشید یا کنار تلفن نگه دارید. هر نفر صفحه خود را دارد، با شناسه PCP که طرح درخواست می‌کند.</translation>
    </message>
    <message>
        <source>%1 (sample, fictional)</source>
        <translation>%1 (نمونه، ساختگی)</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it when you enroll</source>
        <translation>در این فهرست نیست: طرح آن را هنگام ثبت‌نام می‌دهد</translation>
    </message>
    <message>
        <source>not in this directory: call the plan</source>
        <translation>در این فهرست نیست: با طرح تماس بگیرید</translation>
    </message>
    <message>
        <source>%1 (sample office, not a real address)</source>
        <translation>%1 (مطب نمونه، نشانی واقعی نیست)</translation>
    </message>
    <message>
        <source>%1 (fictional number)</source>
        <translation>%1 (شماره ساختگی)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>طرح:</translation>
    </message>
    <message>
        <source>No PCP chosen yet. Choose one before you enroll; if you do not, the plan chooses one for this person.</source>
        <translation>هنوز PCP انتخاب نشده است. پیش از ثبت‌نام یکی انتخاب کنید؛ اگر انتخاب نکنید، طرح برای این فرد یکی انتخاب می‌کند.</translation>
    </message>
    <message>
        <source>none yet: no doctor chosen</source>
        <translation>هنوز هیچ: پزشکی انتخاب نشده</translation>
    </message>
    <message>
        <source>Plan member services:</source>
        <translation>خدمات اعضای طرح:</translation>
    </message>
    <message>
        <source>not in this directory: it is on the plan’s letters and card</source>
        <translation>در این فهرست نیست: روی نامه‌ها و کارت طرح آمده است</translation>
    </message>
    <message>
        <source>When a PCP change takes effect:</source>
        <translation>زمان اجرای تغییر PCP:</translation>
    </message>
    <message>
        <source>often the first day of the next month; the plan confirms.</source>
        <translation>اغلب روز اول ماه بعد؛ طرح آن را تأیید می‌کند.</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>شبکه:</translation>
    </message>
    <message>
        <source>Medical group:</source>
        <translation>گروه پزشکی:</translation>
    </message>
    <message>
        <source>The plan’s code for this group:</source>
        <translation>کد طرح برای این گروه:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>پزشک:</translation>
    </message>
    <message>
        <source>NPI:</source>
        <translation>NPI:</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>بیماران جدید:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>مطب:</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>تلفن مطب:</translation>
    </message>
    <message>
        <source>%1 (%2). PCP ID: %3.</source>
        <translation>%1 (%2). شناسه PCP: %3.</translation>
    </message>
    <message>
        <source>another plan</source>
        <translation>طرح دیگر</translation>
    </message>
    <message>
        <source>%1 In %2, not this person’s plan.</source>
        <translation>%1 در %2، نه در طرح این فرد.</translation>
    </message>
    <message>
        <source>Backup %1:</source>
        <translation>جایگزین %1:</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>مطب</translation>
    </message>
    <message>
        <source>number not in this directory</source>
        <translation>شماره در این فهرست نیست</translation>
    </message>
    <message>
        <source>Call to confirm: %1, %2</source>
        <translation>برای اطمینان تماس بگیرید: %1، %2</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>طرح شما</translation>
    </message>
    <message>
        <source>Does this office take %1?</source>
        <translation>آیا این مطب %1 را می‌پذیرد؟</translation>
    </message>
    <message>
        <source>Is %1 taking new patients in this plan?</source>
        <translation>آیا %1 در این طرح بیمار جدید می‌پذیرد؟</translation>
    </message>
    <message>
        <source>Is the PCP ID still %1?</source>
        <translation>آیا شناسه PCP هنوز %1 است؟</translation>
    </message>
    <message>
        <source>What PCP ID does the plan use for this doctor?</source>
        <translation>طرح برای این پزشک از چه شناسه PCP استفاده می‌کند؟</translation>
    </message>
    <message>
        <source>Date called, and who you spoke with:</source>
        <translation>تاریخ تماس و نام فردی که با او صحبت کردید:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>پاسخ:</translation>
    </message>
    <message>
        <source>Health Care Options is the state’s Medi-Cal enrollment service. Tell them each person’s plan and PCP by phone or with the Choice Form in your enrollment packet.</source>
        <translation>Health Care Options خدمات ثبت‌نام Medi-Cal ایالت است. طرح و PCP هر فرد را تلفنی یا با فرم انتخاب (Choice Form) در بسته ثبت‌نام خود به آن‌ها اعلام کنید.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>تلفن:</translation>
    </message>
    <message>
        <source>TTY:</source>
        <translation>TTY:</translation>
    </message>
    <message>
        <source>A family may choose one plan and PCP for everyone, or one for each person.</source>
        <translation>یک خانواده می‌تواند یک طرح و یک PCP برای همه، یا برای هر نفر جداگانه انتخاب کند.</translation>
    </message>
    <message>
        <source>A person who does not choose within the time stated in the enrollment packet is assigned a plan.</source>
        <translation>به فردی که در مهلت ذکرشده در بسته ثبت‌نام انتخاب نکند، یک طرح تعیین می‌شود.</translation>
    </message>
    <message>
        <source>Doctors, offices and PCP IDs marked “sample, fictional” are made up to show how the app works: they are not real.</source>
        <translation>پزشکان، مطب‌ها و شناسه‌های PCP که با «نمونه، ساختگی» مشخص شده‌اند برای نشان دادن طرز کار برنامه ساخته شده‌اند: واقعی نیستند.</translation>
    </message>
    <message>
        <source>Directories go out of date. Call each office to confirm it takes the plan and is taking new patients before you enroll.</source>
        <translation>فهرست‌ها قدیمی می‌شوند. پیش از ثبت‌نام با هر مطب تماس بگیرید تا مطمئن شوید طرح را می‌پذیرد و بیمار جدید می‌پذیرد.</translation>
    </message>
    <message>
        <source>not stated by its sources</source>
        <translation>منابع آن ذکر نکرده‌اند</translation>
    </message>
    <message>
        <source>Directory data as of:</source>
        <translation>تاریخ داده‌های فهرست:</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>منبع این اطلاعات</translation>
    </message>
    <message>
        <source>%1 (%2), %3.</source>
        <translation>%1 (%2)، %3.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>نما(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>اندازه متن(&amp;T)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>متن بزرگ‌تر</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>متن کوچک‌تر</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>اندازه معمولی متن</translation>
    </message>
    <message>
        <source>Monday</source>
        <comment>day of the week</comment>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <comment>day of the week</comment>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <comment>day of the week</comment>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <source>Thursday</source>
        <comment>day of the week</comment>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <source>Friday</source>
        <comment>day of the week</comment>
        <translation>جمعه</translation>
    </message>
    <message>
        <source>Saturday</source>
        <comment>day of the week</comment>
        <translation>شنبه</translation>
    </message>
    <message>
        <source>Sunday</source>
        <comment>day of the week</comment>
        <translation>یکشنبه</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>parking</source>
        <translation>پارکینگ</translation>
    </message>
    <message>
        <source>entrance</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>inside the building</source>
        <translation>داخل ساختمان</translation>
    </message>
    <message>
        <source>restroom</source>
        <translation>سرویس بهداشتی</translation>
    </message>
    <message>
        <source>exam room</source>
        <translation>اتاق معاینه</translation>
    </message>
    <message>
        <source>height-adjustable exam table and scale</source>
        <translation>تخت معاینه و ترازوی با ارتفاع قابل تنظیم</translation>
    </message>
    <message>
        <source>Wheelchair access: %1</source>
        <translation>دسترسی با ویلچر: %1</translation>
    </message>
    <message>
        <source>%1 yes</source>
        <translation>%1: بله</translation>
    </message>
    <message>
        <source>%1 no</source>
        <translation>%1: خیر</translation>
    </message>
    <message>
        <source>not in this directory: call the office</source>
        <translation>در این فهرست نیست: با مطب تماس بگیرید</translation>
    </message>
    <message>
        <source>Taking new patients</source>
        <translation>بیمار جدید می‌پذیرد</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients</source>
        <translation>بیمار جدید نمی‌پذیرد: فقط کسانی را می‌بیند که از قبل بیمارش هستند</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients, and their family</source>
        <translation>بیمار جدید نمی‌پذیرد: فقط کسانی را می‌بیند که از قبل بیمارش هستند، و خانواده آن‌ها را</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>بیمار جدید نمی‌پذیرد</translation>
    </message>
    <message>
        <source>New patients: not in this directory: call the office to ask</source>
        <translation>بیماران جدید: در این فهرست نیست: برای پرسیدن با مطب تماس بگیرید</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients in this plan. The plan may refuse or reassign the choice; call the doctor&apos;s office first to ask whether they will take you.</source>
        <translation>این پزشک در این طرح بیمار جدید نمی‌پذیرد. ممکن است طرح این انتخاب را رد کند یا پزشک دیگری تعیین کند؛ ابتدا با مطب پزشک تماس بگیرید و بپرسید آیا شما را می‌پذیرند.</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients: if you are one, say so when you call.</source>
        <translation>طبق این فهرست، این پزشک فقط کسانی را می‌بیند که از قبل بیمارش هستند: اگر شما یکی از آن‌ها هستید، هنگام تماس بگویید.</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients, and those patients&apos; family: if that is you, say so when you call.</source>
        <translation>طبق این فهرست، این پزشک فقط کسانی را که از قبل بیمارش هستند و خانواده آن بیماران را می‌بیند: اگر شما چنین هستید، هنگام تماس بگویید.</translation>
    </message>
    <message>
        <source>OB/GYN: every HMO member can see a participating OB/GYN without a referral or prior approval (California law). Your plan may require the OB/GYN to be in your medical group.</source>
        <translation>OB/GYN: هر عضو HMO می‌تواند بدون ارجاع یا تأیید قبلی به متخصص زنان و زایمان (OB/GYN) طرف قرارداد مراجعه کند (قانون کالیفرنیا). ممکن است طرح شما الزام کند که OB/GYN عضو گروه پزشکی شما باشد.</translation>
    </message>
    <message>
        <source>inferred from distance, not published</source>
        <translation>بر اساس فاصله استنباط شده، منتشر نشده</translation>
    </message>
    <message>
        <source>Sample office near ZIP %1</source>
        <translation>مطب نمونه نزدیک کد پستی (ZIP) %1</translation>
    </message>
    <message>
        <source>%1 office</source>
        <translation>مطب %1</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>مطب نمونه، نشانی واقعی نیست</translation>
    </message>
    <message>
        <source>fictional number</source>
        <translation>شماره ساختگی</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>نمونه ساختگی</translation>
    </message>
    <message>
        <source>The doctor directory was replaced or changed while HMO Desktop was open.</source>
        <translation>فهرست پزشکان در زمانی که HMO Desktop باز بود جایگزین یا تغییر داده شد.</translation>
    </message>
    <message>
        <source>Close HMO Desktop and open it again; if you replaced the directory on purpose, it will be checked then.</source>
        <translation>HMO Desktop را ببندید و دوباره باز کنید؛ اگر فهرست را عمداً جایگزین کرده‌اید، آن موقع بررسی می‌شود.</translation>
    </message>
    <message>
        <source>Doctors shown are fictional samples. Plans and groups: public data, dated where marked. Always confirm with your plan.</source>
        <translation>پزشکانی که نشان داده می‌شوند نمونه‌های ساختگی هستند. طرح‌ها و گروه‌ها: داده‌های عمومی، با تاریخ در جاهایی که ذکر شده. همیشه با طرح خود تأیید کنید.</translation>
    </message>
    <message>
        <source>Real doctors from public files, with fictional samples where those files have none (marked Sample). Always confirm with your plan.</source>
        <translation>پزشکان واقعی از فایل‌های عمومی، همراه با نمونه‌های ساختگی در جاهایی که این فایل‌ها پزشکی ندارند (با برچسب «نمونه»). همیشه با طرح خود تأیید کنید.</translation>
    </message>
    <message>
        <source>Doctors come from public provider files; see About for sources and dates. Always confirm with your plan.</source>
        <translation>پزشکان از فایل‌های عمومی ارائه‌دهندگان آمده‌اند؛ برای منابع و تاریخ‌ها «درباره» را ببینید. همیشه با طرح خود تأیید کنید.</translation>
    </message>
    <message>
        <source>This directory&apos;s newest data is from %1, more than a year ago. Plans and doctors may have changed: check with the plan before enrolling.</source>
        <translation>جدیدترین داده‌های این فهرست مربوط به %1، یعنی بیش از یک سال پیش است. ممکن است طرح‌ها و پزشکان تغییر کرده باشند: پیش از ثبت‌نام با طرح بررسی کنید.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete one digit</source>
        <translation>حذف یک رقم</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>پاک کردن همه رقم‌ها</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>زبان(&amp;L)</translation>
    </message>
    <message>
        <source>%1 (no font on this computer shows it)</source>
        <translation>%1 (هیچ قلمی در این رایانه آن را نشان نمی‌دهد)</translation>
    </message>
    <message>
        <source>%1 could not be loaded; the language stays as it was.</source>
        <translation>%1 بارگیری نشد؛ زبان همان‌طور که بود باقی می‌ماند.</translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation>زبان اشاره آمریکایی</translation>
    </message>
    <message>
        <source>Who is the doctor for?</source>
        <translation>پزشک برای چه کسی است؟</translation>
    </message>
    <message>
        <source>1 doctor found</source>
        <translation>۱ پزشک پیدا شد</translation>
    </message>
    <message>
        <source>1 doctor found, at %1 office listings</source>
        <translation>۱ پزشک پیدا شد، در %1 مطب</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found</source>
        <translation>
            <numerusform>%Ln پزشک پیدا شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found, at %1 office listings</source>
        <translation>
            <numerusform>%Ln پزشک پیدا شد، در %1 مطب</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>ابتدا یک طرح انتخاب کنید: به مرحله ۱ برگردید.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s age on the left (0 for a baby). The list then shows only doctors who see patients that age.</source>
        <translation>سن بیمار را در سمت چپ وارد کنید (برای نوزاد ۰). سپس فهرست فقط پزشکانی را نشان می‌دهد که بیماران در این سن را می‌بینند.</translation>
    </message>
    <message>
        <source>a larger distance</source>
        <translation>فاصله بیشتر</translation>
    </message>
    <message>
        <source>any language for the doctor</source>
        <translation>هر زبانی برای پزشک</translation>
    </message>
    <message>
        <source>any language for the office staff</source>
        <translation>هر زبانی برای کارکنان مطب</translation>
    </message>
    <message>
        <source>any new-patient status</source>
        <translation>هر وضعیتی برای پذیرش بیمار جدید</translation>
    </message>
    <message>
        <source>any gender</source>
        <translation>هر جنسیتی</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>هر بیمارستانی</translation>
    </message>
    <message>
        <source>fewer accessibility needs</source>
        <translation>نیازهای دسترسی کمتر</translation>
    </message>
    <message>
        <source>doctors without video visits</source>
        <translation>پزشکان بدون ویزیت تصویری</translation>
    </message>
    <message>
        <source>any office hours</source>
        <translation>هر ساعت کاری مطب</translation>
    </message>
    <message>
        <source>all groups in the plan</source>
        <translation>همه گروه‌های طرح</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, so this plan has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>PACE برای افراد ۵۵ سال به بالا است، پس این طرح پزشکی برای این بیمار ندارد. به مرحله ۱ برگردید تا طرح دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>This plan is for people %1 and older, so it has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>این طرح برای افراد %1 سال به بالا است، پس پزشکی برای این بیمار ندارد. به مرحله ۱ برگردید تا طرح دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>No specialty is selected. Tick at least one of the specialties on the left.</source>
        <translation>هیچ تخصصی انتخاب نشده است. دست‌کم یکی از تخصص‌های سمت چپ را علامت بزنید.</translation>
    </message>
    <message>
        <source>No doctor matches these filters. Press &quot;Clear filters&quot; to start over.</source>
        <translation>هیچ پزشکی با این فیلترها جور نیست. برای شروع دوباره «پاک کردن فیلترها» را بزنید.</translation>
    </message>
    <message>
        <source>No doctor matches every filter. Try %1: that shows 1 doctor.</source>
        <translation>هیچ پزشکی با همه فیلترها جور نیست. %1 را امتحان کنید: با آن ۱ پزشک نشان داده می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>No doctor matches every filter. Try %1: that shows %Ln doctors.</source>
        <translation>
            <numerusform>هیچ پزشکی با همه فیلترها جور نیست. %1 را امتحان کنید: با آن %Ln پزشک نشان داده می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>whether they take new patients</source>
        <translation>اینکه بیمار جدید می‌پذیرند یا نه</translation>
    </message>
    <message>
        <source>which languages the doctor speaks</source>
        <translation>زبان‌هایی که پزشک صحبت می‌کند</translation>
    </message>
    <message>
        <source>which languages the office staff speak</source>
        <translation>زبان‌هایی که کارکنان مطب صحبت می‌کنند</translation>
    </message>
    <message>
        <source>the doctor&apos;s gender</source>
        <translation>جنسیت پزشک</translation>
    </message>
    <message>
        <source>the office&apos;s wheelchair access</source>
        <translation>دسترسی مطب با ویلچر</translation>
    </message>
    <message>
        <source>whether they offer video visits</source>
        <translation>اینکه ویزیت تصویری دارند یا نه</translation>
    </message>
    <message>
        <source>the office&apos;s hours</source>
        <translation>ساعات کار مطب</translation>
    </message>
    <message>
        <source>1 more doctor is left out because the directory does not say %2.</source>
        <translation>۱ پزشک دیگر کنار گذاشته شده است، چون فهرست %2 را نمی‌گوید.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more doctors are left out because the directory does not say %1.</source>
        <translation>
            <numerusform>%Ln پزشک دیگر کنار گذاشته شده‌اند، چون فهرست %1 را نمی‌گوید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call their offices to ask.</source>
        <translation>برای پرسیدن با مطب‌های آن‌ها تماس بگیرید.</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>This doctor is not taking new patients</source>
        <translation>این پزشک بیمار جدید نمی‌پذیرد</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>بیمار جدید نمی‌پذیرد</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What choosing this doctor means</source>
        <translation>انتخاب این پزشک یعنی چه</translation>
    </message>
    <message>
        <source>Choose anyway</source>
        <translation>به هر حال انتخاب شود</translation>
    </message>
    <message>
        <source>Choose this doctor anyway</source>
        <translation>به هر حال این پزشک انتخاب شود</translation>
    </message>
    <message>
        <source>Pick another doctor</source>
        <translation>انتخاب پزشک دیگر</translation>
    </message>
</context>
<context>
    <name>AreaBar</name>
    <message>
        <source>Your ZIP code</source>
        <translation>کد پستی (ZIP) شما</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>کد پستی (ZIP)</translation>
    </message>
    <message>
        <source>Your county</source>
        <translation>شهرستان شما</translation>
    </message>
    <message>
        <source>All of California</source>
        <translation>کل کالیفرنیا</translation>
    </message>
    <message>
        <source>ZIP code message</source>
        <translation>پیام کد پستی (ZIP)</translation>
    </message>
    <message>
        <source>ZIP:</source>
        <translation>کد پستی (ZIP):</translation>
    </message>
    <message>
        <source>or county:</source>
        <translation>یا شهرستان:</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code, or pick a county.</source>
        <translation>یک کد پستی (ZIP) ۵ رقمی وارد کنید، یا یک شهرستان انتخاب کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole ZIP code. A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>«%1» کد پستی (ZIP) کامل نیست. کد پستی ۵ رقم دارد، مانند 94110 (یا ZIP+4، مانند 94110-1234).</translation>
    </message>
    <message>
        <source>%1, %2 County</source>
        <translation>%1، شهرستان %2</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code.</source>
        <translation>یک کد پستی (ZIP) ۵ رقمی وارد کنید.</translation>
    </message>
    <message>
        <source>Type the ZIP code with the digits 0-9.</source>
        <translation>کد پستی (ZIP) را با رقم‌های 0 تا 9 بنویسید.</translation>
    </message>
    <message>
        <source>A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>کد پستی (ZIP) ۵ رقم دارد، مانند 94110 (یا ZIP+4، مانند 94110-1234).</translation>
    </message>
    <message>
        <source>%1 is not a California ZIP code. HMO Desktop covers California plans; enter a California ZIP or pick a county.</source>
        <translation>%1 کد پستی (ZIP) کالیفرنیا نیست. HMO Desktop طرح‌های کالیفرنیا را پوشش می‌دهد؛ یک کد پستی کالیفرنیا وارد کنید یا یک شهرستان انتخاب کنید.</translation>
    </message>
    <message>
        <source>ZIP %1 is not in our list of California ZIP codes (it may be a PO box or a new ZIP). Try a nearby ZIP or pick a county.</source>
        <translation>کد پستی (ZIP) %1 در فهرست کدهای پستی کالیفرنیای ما نیست (ممکن است صندوق پستی یا کد پستی جدید باشد). یک کد پستی نزدیک را امتحان کنید یا یک شهرستان انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm your PCP choice</source>
        <translation>انتخاب PCP خود را تأیید کنید</translation>
    </message>
    <message>
        <source>Your PCP choice</source>
        <translation>انتخاب PCP شما</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>در این فهرست نیست؛ با طرح تماس بگیرید</translation>
    </message>
    <message>
        <source>practise the steps here; do not give a sample PCP ID to a plan.</source>
        <translation>مراحل را اینجا تمرین کنید؛ شناسه PCP نمونه را به طرح ندهید.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>طرح</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>گروه پزشکی</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>گروه نمونه، ساختگی</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>کد گروه</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>پزشک</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>پزشک نمونه، ساختگی</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>تخصص</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>شناسه PCP</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it</source>
        <translation>در این فهرست نیست: طرح آن را می‌دهد</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>شناسه نمونه، ساختگی</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>بیماران جدید</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>مطب</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>تلفن مطب</translation>
    </message>
    <message>
        <source>Medical group phone</source>
        <translation>تلفن گروه پزشکی</translation>
    </message>
    <message>
        <source>Plan member services</source>
        <translation>خدمات اعضای طرح</translation>
    </message>
    <message>
        <source>the number on your member ID card</source>
        <translation>شماره روی کارت شناسایی عضو شما</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>بیمار جدید نمی‌پذیرد</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office before you tell the plan: ask whether they will take you as a new patient in this plan. If they say no, choose another doctor.</source>
        <translation>پیش از اعلام به طرح، با مطب پزشک تماس بگیرید: بپرسید آیا شما را به‌عنوان بیمار جدید در این طرح می‌پذیرند. اگر پاسخ منفی بود، پزشک دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Keep a backup choice: a doctor who is taking new patients, in case the plan refuses this choice or assigns you someone else.</source>
        <translation>یک انتخاب جایگزین داشته باشید: پزشکی که بیمار جدید می‌پذیرد، برای وقتی که طرح این انتخاب را رد کند یا پزشک دیگری برایتان تعیین کند.</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office first: confirm they take your plan and are accepting new patients.</source>
        <translation>ابتدا با مطب پزشک تماس بگیرید: مطمئن شوید طرح شما را می‌پذیرد و بیمار جدید می‌پذیرد.</translation>
    </message>
    <message>
        <source>Tell your plan: call member services or use its website, and give the PCP ID above.</source>
        <translation>به طرح خود اطلاع دهید: با خدمات اعضا تماس بگیرید یا از وب‌سایت آن استفاده کنید، و شناسه PCP بالا را بدهید.</translation>
    </message>
    <message>
        <source>A PCP change usually takes effect on the first day of the next month.</source>
        <translation>تغییر PCP معمولاً از روز اول ماه بعد اجرا می‌شود.</translation>
    </message>
    <message>
        <source>Your new ID card will show the doctor and the medical group.</source>
        <translation>کارت شناسایی جدید شما پزشک و گروه پزشکی را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Networks change, so confirm with the plan.</source>
        <translation>شبکه‌ها تغییر می‌کنند، پس با طرح تأیید کنید.</translation>
    </message>
    <message>
        <source>Group list as of %1; networks change, so confirm with the plan.</source>
        <translation>فهرست گروه‌ها به‌روز تا %1؛ شبکه‌ها تغییر می‌کنند، پس با طرح تأیید کنید.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>پس از این چه می‌شود</translation>
    </message>
    <message>
        <source>Summary of your choice</source>
        <translation>خلاصه انتخاب شما</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>CrashScreen</name>
    <message>
        <source>Please ask staff</source>
        <translation>لطفاً از کارکنان کمک بخواهید</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. What was entered has been cleared. A staff member can help you start again.</source>
        <translation>مشکلی درون HMO Desktop پیش آمد. آنچه وارد شده بود پاک شد. یکی از کارکنان می‌تواند به شما کمک کند از نو شروع کنید.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>شروع دوباره</translation>
    </message>
</context>
<context>
    <name>DoctorProfileView</name>
    <message>
        <source>Doctor&apos;s profile</source>
        <translation>نمایه پزشک</translation>
    </message>
    <message>
        <source>Choose as my PCP</source>
        <translation>انتخاب به‌عنوان PCP من</translation>
    </message>
    <message>
        <source>Add to household…</source>
        <translation>افزودن به خانوار…</translation>
    </message>
    <message>
        <source>Add this doctor to a member of the household</source>
        <translation>افزودن این پزشک به یکی از اعضای خانوار</translation>
    </message>
    <message>
        <source>Choose a plan that includes this doctor first.</source>
        <translation>ابتدا طرحی را انتخاب کنید که این پزشک را شامل می‌شود.</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients: you will be asked first.</source>
        <translation>این پزشک بیمار جدید نمی‌پذیرد: ابتدا از شما سؤال می‌شود.</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>داده‌های عمومی</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>داده‌های عمومی، ممکن است به‌روز نباشد</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>استنباط‌شده توسط این برنامه</translation>
    </message>
    <message>
        <source>fictional sample made by this app</source>
        <translation>نمونه ساختگی ساخته‌شده توسط این برنامه</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>زن</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>Board certification: %1</source>
        <translation>گواهی بورد تخصصی: %1</translation>
    </message>
    <message>
        <source>Board certified</source>
        <translation>دارای گواهی بورد تخصصی</translation>
    </message>
    <message>
        <source>Board certified: %1</source>
        <translation>دارای گواهی بورد تخصصی: %1</translation>
    </message>
    <message>
        <source>Not board certified</source>
        <translation>بدون گواهی بورد تخصصی</translation>
    </message>
    <message>
        <source>Sample ID</source>
        <translation>شناسه نمونه</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>پزشک نمونه، ساختگی</translation>
    </message>
    <message>
        <source>fictional; not an NPI</source>
        <translation>ساختگی؛ NPI نیست</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>در این فهرست نیست</translation>
    </message>
    <message>
        <source>Languages the doctor speaks</source>
        <translation>زبان‌هایی که پزشک صحبت می‌کند</translation>
    </message>
    <message>
        <source>ages %1 to %2</source>
        <translation>%1 تا %2 سال</translation>
    </message>
    <message>
        <source>ages %1 and up</source>
        <translation>%1 سال به بالا</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>نمونه ساختگی</translation>
    </message>
    <message>
        <source>Ages seen</source>
        <translation>سنین بیماران</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>بیمارستان‌ها</translation>
    </message>
    <message>
        <source>none in this directory; ask the medical group which it uses.</source>
        <translation>در این فهرست هیچ موردی نیست؛ از گروه پزشکی بپرسید از کدام استفاده می‌کند.</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>در این فهرست نیست؛ با طرح تماس بگیرید</translation>
    </message>
    <message>
        <source>sample office, fictional</source>
        <translation>مطب نمونه، ساختگی</translation>
    </message>
    <message>
        <source>Address not in this directory; call the plan</source>
        <translation>نشانی در این فهرست نیست؛ با طرح تماس بگیرید</translation>
    </message>
    <message>
        <source>not in this directory; call the office</source>
        <translation>در این فهرست نیست؛ با مطب تماس بگیرید</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ساعات کار</translation>
    </message>
    <message>
        <source>Office staff speak</source>
        <translation>زبان کارکنان مطب</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>گروه نمونه، ساختگی</translation>
    </message>
    <message>
        <source>group code</source>
        <translation>کد گروه</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>شناسه نمونه، ساختگی</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>شناسه PCP</translation>
    </message>
    <message>
        <source>PCP ID: not in this directory: the plan gives it when you enroll</source>
        <translation>شناسه PCP: در این فهرست نیست: طرح آن را هنگام ثبت‌نام می‌دهد</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this group</source>
        <translation>هیچ شبکه HMO در این فهرست این گروه را فهرست نکرده است</translation>
    </message>
    <message>
        <source>the plan lists this group; the doctor&apos;s practice was matched to it by name</source>
        <translation>طرح این گروه را فهرست کرده است؛ مطب پزشک بر اساس نام به آن مرتبط شده است</translation>
    </message>
    <message>
        <source>video visits</source>
        <translation>ویزیت تصویری</translation>
    </message>
    <message>
        <source>not in this directory; ask the group or the plan</source>
        <translation>در این فهرست نیست؛ از گروه یا طرح بپرسید</translation>
    </message>
    <message>
        <source>Group phone</source>
        <translation>تلفن گروه</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>خط تلفن خارج از ساعت کاری</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>قوانین ارجاع</translation>
    </message>
    <message>
        <source>this doctor is generated sample data, not a real person.</source>
        <translation>این پزشک یک داده نمونه ساختگی است، فرد واقعی نیست.</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>مطب نمونه، نشانی واقعی نیست</translation>
    </message>
    <message>
        <source>In your plan</source>
        <translation>در طرح شما</translation>
    </message>
    <message>
        <source>This doctor is not in this plan.</source>
        <translation>این پزشک در این طرح نیست.</translation>
    </message>
    <message>
        <source>If you change plans and want to keep this doctor, these plans include them</source>
        <translation>اگر طرح خود را تغییر دهید و بخواهید این پزشک را نگه دارید، این طرح‌ها او را شامل می‌شوند</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group. Ask the doctor&apos;s office which HMO plans they take, then check with the plan.</source>
        <translation>هیچ شبکه HMO در این فهرست گروه این پزشک را فهرست نکرده است. از مطب پزشک بپرسید کدام طرح‌های HMO را می‌پذیرد، سپس با طرح بررسی کنید.</translation>
    </message>
    <message>
        <source>Not in an HMO network here</source>
        <translation>اینجا در هیچ شبکه HMO نیست</translation>
    </message>
</context>
<context>
    <name>FindDoctorDialog</name>
    <message>
        <source>Find my current doctor</source>
        <translation>پیدا کردن پزشک فعلی من</translation>
    </message>
    <message>
        <source>Doctor&apos;s name</source>
        <translation>نام پزشک</translation>
    </message>
    <message>
        <source>Type the doctor&apos;s name, e.g. Nguyen or José</source>
        <translation>نام پزشک را بنویسید، مثلاً Nguyen یا José</translation>
    </message>
    <message>
        <source>Only doctors with an office in my county</source>
        <translation>فقط پزشکانی که در شهرستان من مطب دارند</translation>
    </message>
    <message>
        <source>Only doctors near me (choose a ZIP or county first)</source>
        <translation>فقط پزشکان نزدیک من (ابتدا کد پستی (ZIP) یا شهرستان را انتخاب کنید)</translation>
    </message>
    <message>
        <source>Only doctors with an office in %1 County</source>
        <translation>فقط پزشکانی که در شهرستان %1 مطب دارند</translation>
    </message>
    <message>
        <source>Doctors found</source>
        <translation>پزشکان پیدا شده</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more offices</source>
        <translation>
            <numerusform>و %Ln مطب دیگر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more medical groups</source>
        <translation>
            <numerusform>و %Ln گروه پزشکی دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>Start typing a first or last name.</source>
        <translation>شروع به نوشتن نام یا نام خانوادگی کنید.</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>راهنمای جستجو</translation>
    </message>
    <message>
        <source>Open the doctor&apos;s profile</source>
        <translation>باز کردن نمایه پزشک</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>No office listed</source>
        <translation>مطبی ذکر نشده</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group</source>
        <translation>هیچ شبکه HMO در این فهرست گروه این پزشک را فهرست نکرده است</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>در %1</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>در %1 نیست</translation>
    </message>
    <message>
        <source>and 1 more office</source>
        <translation>و ۱ مطب دیگر</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found. Press Enter to open the first.</source>
        <translation>
            <numerusform>%Ln پزشک پیدا شد. برای باز کردن اولین پزشک Enter را بزنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>and 1 more medical group</source>
        <translation>و ۱ گروه پزشکی دیگر</translation>
    </message>
    <message>
        <source>No doctor&apos;s name starts with &quot;%1&quot;. Check the spelling or type less.</source>
        <translation>نام هیچ پزشکی با «%1» شروع نمی‌شود. املا را بررسی کنید یا کمتر بنویسید.</translation>
    </message>
    <message>
        <source>No doctor with an office in %2 County has a name that starts with &quot;%1&quot;. Check the spelling, type less, or clear the box above to search all of California.</source>
        <translation>هیچ پزشکی با مطب در شهرستان %2 نامی ندارد که با «%1» شروع شود. املا را بررسی کنید، کمتر بنویسید، یا کادر بالا را پاک کنید تا در کل کالیفرنیا جستجو شود.</translation>
    </message>
    <message>
        <source>1 doctor found. Press Enter to open the profile.</source>
        <translation>۱ پزشک پیدا شد. برای باز کردن نمایه Enter را بزنید.</translation>
    </message>
    <message>
        <source>Only the first %1 are listed: type more of the name.</source>
        <translation>فقط %1 مورد اول نشان داده می‌شود: بخش بیشتری از نام را بنویسید.</translation>
    </message>
    <message>
        <source>Choose a plan to see whether each doctor is in it.</source>
        <translation>یک طرح انتخاب کنید تا ببینید هر پزشک در آن هست یا نه.</translation>
    </message>
</context>
<context>
    <name>GroupBrowser</name>
    <message>
        <source>Choose a medical group</source>
        <translation>یک گروه پزشکی انتخاب کنید</translation>
    </message>
    <message>
        <source>Search groups by name</source>
        <translation>جستجوی گروه‌ها بر اساس نام</translation>
    </message>
    <message>
        <source>Type a group name</source>
        <translation>نام گروه را بنویسید</translation>
    </message>
    <message>
        <source>Sort groups by</source>
        <translation>مرتب‌سازی گروه‌ها بر اساس</translation>
    </message>
    <message>
        <source>Nearest first, then by county</source>
        <translation>نزدیک‌ترین اول، سپس بر اساس شهرستان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Most accepting new patients</source>
        <translation>بیشترین پذیرش بیمار جدید</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>گروه پزشکی</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>بیمارستان‌ها</translation>
    </message>
    <message>
        <source>Medical groups</source>
        <translation>گروه‌های پزشکی</translation>
    </message>
    <message>
        <source>What choosing this group means</source>
        <translation>انتخاب این گروه یعنی چه</translation>
    </message>
    <message>
        <source>No groups message</source>
        <translation>پیام نبودن گروه</translation>
    </message>
    <message>
        <source>Choose this group</source>
        <translation>انتخاب این گروه</translation>
    </message>
    <message>
        <source>Skip: search doctors in the whole plan</source>
        <translation>رد شدن: جستجوی پزشکان در کل طرح</translation>
    </message>
    <message>
        <source>Skip choosing a group</source>
        <translation>رد شدن از انتخاب گروه</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>مرتب‌سازی:</translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>ابتدا یک طرح انتخاب کنید: به مرحله ۱ برگردید.</translation>
    </message>
    <message>
        <source>Your care team in %1</source>
        <translation>تیم مراقبت شما در %1</translation>
    </message>
    <message>
        <source>Choose a medical group in %1</source>
        <translation>یک گروه پزشکی در %1 انتخاب کنید</translation>
    </message>
    <message>
        <source>Choose this care team</source>
        <translation>انتخاب این تیم مراقبت</translation>
    </message>
    <message>
        <source>Continue to doctors</source>
        <translation>ادامه به پزشکان</translation>
    </message>
    <message>
        <source>Groups anywhere in California (choose a ZIP code or county above)</source>
        <translation>گروه‌ها در هر جای کالیفرنیا (یک کد پستی (ZIP) یا شهرستان را در بالا انتخاب کنید)</translation>
    </message>
    <message>
        <source>Groups the plan lists in %1 County</source>
        <translation>گروه‌هایی که طرح در شهرستان %1 فهرست کرده است</translation>
    </message>
    <message>
        <source>This plan lists no medical groups here in the offline directory. Use &quot;Skip&quot; to search its doctors directly, or call the plan.</source>
        <translation>این طرح در فهرست آفلاین هیچ گروه پزشکی در اینجا ندارد. از «رد شدن» استفاده کنید تا مستقیماً پزشکان آن را جستجو کنید، یا با طرح تماس بگیرید.</translation>
    </message>
    <message>
        <source>No group name matches your search. Clear the search to see the group.</source>
        <translation>نام هیچ گروهی با جستجوی شما جور نیست. جستجو را پاک کنید تا گروه را ببینید.</translation>
    </message>
    <message numerus="yes">
        <source>No group name matches your search. Clear the search to see all %Ln groups.</source>
        <translation>
            <numerusform>نام هیچ گروهی با جستجوی شما جور نیست. جستجو را پاک کنید تا همه %Ln گروه را ببینید.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>HMO</source>
        <translation>HMO (سازمان حفظ سلامت)</translation>
    </message>
    <message>
        <source>A Health Maintenance Organization is a kind of health plan. You choose one primary care doctor (PCP) who coordinates your care. Except in emergencies, you use the doctors, hospitals and specialists of your PCP&apos;s medical group, and you need a referral to see a specialist (but not to see a participating OB/GYN).</source>
        <translation>سازمان حفظ سلامت (HMO) نوعی طرح درمانی است. شما یک پزشک مراقبت‌های اولیه (PCP) انتخاب می‌کنید که مراقبت شما را هماهنگ می‌کند. به‌جز در موارد اورژانسی، از پزشکان، بیمارستان‌ها و متخصصان گروه پزشکی PCP خود استفاده می‌کنید و برای مراجعه به متخصص به ارجاع نیاز دارید (اما نه برای مراجعه به متخصص زنان و زایمان (OB/GYN) طرف قرارداد).</translation>
    </message>
    <message>
        <source>Medical group / IPA</source>
        <translation>گروه پزشکی / IPA</translation>
    </message>
    <message>
        <source>A group of doctors that contracts with HMO plans. An IPA (Independent Physician Association) is a network of doctors in their own offices. Your PCP&apos;s group decides referrals, which specialists you see and which hospital you use.</source>
        <translation>گروهی از پزشکان که با طرح‌های HMO قرارداد دارند. IPA (انجمن پزشکان مستقل) شبکه‌ای از پزشکان است که در مطب‌های خودشان کار می‌کنند. گروه PCP شما درباره ارجاع‌ها، متخصصانی که به آن‌ها مراجعه می‌کنید و بیمارستانی که استفاده می‌کنید تصمیم می‌گیرد.</translation>
    </message>
    <message>
        <source>Primary care physician (PCP)</source>
        <translation>پزشک مراقبت‌های اولیه (PCP)</translation>
    </message>
    <message>
        <source>Your main doctor: check-ups, everyday illness, prescriptions and referrals.</source>
        <translation>پزشک اصلی شما: معاینات دوره‌ای، بیماری‌های روزمره، نسخه‌ها و ارجاع‌ها.</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>متخصص</translation>
    </message>
    <message>
        <source>A doctor for one area of medicine, such as heart or skin. In an HMO you usually need a referral from your PCP first.</source>
        <translation>پزشکی برای یک رشته از پزشکی، مانند قلب یا پوست. در HMO معمولاً ابتدا به ارجاع از PCP خود نیاز دارید.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <source>Your PCP&apos;s request, approved by the medical group, for you to see a specialist or get a service. You do not need one to see a participating OB/GYN.</source>
        <translation>درخواست PCP شما، با تأیید گروه پزشکی، برای اینکه به متخصص مراجعه کنید یا خدمتی دریافت کنید. برای مراجعه به متخصص زنان و زایمان (OB/GYN) طرف قرارداد به آن نیاز ندارید.</translation>
    </message>
    <message>
        <source>The four primary care specialties</source>
        <translation>چهار تخصص مراقبت‌های اولیه</translation>
    </message>
    <message>
        <source>Family medicine (all ages), internal medicine (adults), pediatrics (children and teens), and OB/GYN (women&apos;s health; some plans let an OB/GYN be your PCP). In California every HMO member can see a participating OB/GYN without a referral or prior approval; your plan may require the OB/GYN to be in your medical group.</source>
        <translation>پزشکی خانواده (همه سنین)، پزشکی داخلی (بزرگسالان)، کودکان (کودکان و نوجوانان)، و زنان و زایمان (OB/GYN) (سلامت زنان؛ برخی طرح‌ها اجازه می‌دهند OB/GYN پزشک PCP شما باشد). در کالیفرنیا هر عضو HMO می‌تواند بدون ارجاع یا تأیید قبلی به OB/GYN طرف قرارداد مراجعه کند؛ ممکن است طرح شما الزام کند که OB/GYN عضو گروه پزشکی شما باشد.</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>بیمار جدید می‌پذیرد</translation>
    </message>
    <message>
        <source>The doctor takes new patients in this plan. &quot;Existing patients only&quot; means the doctor is not taking new patients: only people already seen there; &quot;Existing patients and their family&quot; adds those patients&apos; relatives. If you choose a doctor who is not taking new patients, the plan may refuse the choice or give you another doctor, so call the office first. Always call the office to confirm: lists change often.</source>
        <translation>پزشک در این طرح بیمار جدید می‌پذیرد. «فقط بیماران فعلی» یعنی پزشک بیمار جدید نمی‌پذیرد: فقط کسانی را می‌بیند که از قبل در آنجا ویزیت شده‌اند؛ «بیماران فعلی و خانواده‌شان» بستگان همان بیماران را هم شامل می‌شود. اگر پزشکی را انتخاب کنید که بیمار جدید نمی‌پذیرد، ممکن است طرح این انتخاب را رد کند یا پزشک دیگری برایتان تعیین کند، پس ابتدا با مطب تماس بگیرید. همیشه برای تأیید با مطب تماس بگیرید: فهرست‌ها اغلب تغییر می‌کنند.</translation>
    </message>
    <message>
        <source>Sample doctors</source>
        <translation>پزشکان نمونه (ساختگی)</translation>
    </message>
    <message>
        <source>No public file lists California doctors with their groups, so the doctors in this directory are fictional samples, marked &quot;Sample doctor (fictional)&quot;, and so are their offices and phone numbers. Plans, the names of medical groups, hospitals and ZIP codes come from public data, with their dates. A hospital marked &quot;inferred&quot; is one near the offices, not one the doctor or group published; anything marked &quot;sample&quot; or &quot;fictional&quot; is made up.</source>
        <translation>هیچ فایل عمومی پزشکان کالیفرنیا را همراه با گروه‌هایشان فهرست نمی‌کند، پس پزشکان این فهرست نمونه‌های ساختگی هستند و با «پزشک نمونه (ساختگی، واقعی نیست)» مشخص شده‌اند؛ مطب‌ها و شماره تلفن‌هایشان نیز ساختگی است. طرح‌ها، نام گروه‌های پزشکی، بیمارستان‌ها و کدهای پستی (ZIP) از داده‌های عمومی می‌آیند، همراه با تاریخ آن‌ها. بیمارستانی که با «استنباط‌شده» مشخص شده، بیمارستانی نزدیک مطب‌هاست، نه بیمارستانی که پزشک یا گروه اعلام کرده باشد؛ هر چیزی که با «نمونه» یا «ساختگی» مشخص شده، ساختگی است و واقعی نیست.</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>راهنما و واژه‌نامه</translation>
    </message>
    <message>
        <source>Help: words you will see</source>
        <translation>راهنما: واژه‌هایی که خواهید دید</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>واژه‌نامه</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>بستن راهنما</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>هنوز آنجا هستید؟</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>ثانیه‌های باقی‌مانده</translation>
    </message>
    <message>
        <source>When the count reaches 0, everything on this screen is cleared for the next person. Touch anywhere or press any key for more time.</source>
        <translation>وقتی شمارش به ۰ برسد، همه چیز روی این صفحه برای نفر بعدی پاک می‌شود. برای وقت بیشتر، هر جای صفحه را لمس کنید یا هر کلیدی را بزنید.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>وقت بیشتری لازم دارم</translation>
    </message>
    <message>
        <source>I&apos;m finished</source>
        <translation>تمام کردم</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything now</source>
        <translation>تمام کردم: همین حالا همه چیز پاک شود</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>I&apos;m finished</source>
        <translation>تمام کردم</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything for the next person</source>
        <translation>تمام کردم: همه چیز برای نفر بعدی پاک شود</translation>
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
        <translation>HMO Desktop: پزشک مراقبت‌های اولیه (PCP) خود را انتخاب کنید</translation>
    </message>
    <message>
        <source>%1 does not serve this area: choose a plan again.</source>
        <translation>%1 در این منطقه خدمت نمی‌دهد: دوباره یک طرح انتخاب کنید.</translation>
    </message>
    <message>
        <source>%1 is not listed here: choose a medical group again.</source>
        <translation>%1 اینجا فهرست نشده است: دوباره یک گروه پزشکی انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>PcpChooser</name>
    <message>
        <source>Choose your primary care doctor</source>
        <translation>پزشک مراقبت‌های اولیه (PCP) خود را انتخاب کنید</translation>
    </message>
    <message>
        <source>Where you are searching</source>
        <translation>محل جستجوی شما</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>پزشکان</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>پنهان کردن فیلترها</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>فیلترها</translation>
    </message>
    <message>
        <source>Number of doctors found</source>
        <translation>تعداد پزشکان پیدا شده</translation>
    </message>
    <message>
        <source>No doctors message</source>
        <translation>پیام نبودن پزشک</translation>
    </message>
    <message>
        <source>Doctors left out for facts not in this directory</source>
        <translation>پزشکانی که به دلیل نبودن اطلاعات در این فهرست کنار گذاشته شده‌اند</translation>
    </message>
    <message>
        <source>See doctor&apos;s profile</source>
        <translation>دیدن نمایه پزشک</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>نمایش فیلترها</translation>
    </message>
    <message>
        <source>About the selected doctor</source>
        <translation>درباره پزشک انتخاب‌شده</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>all medical groups in the plan</source>
        <translation>همه گروه‌های پزشکی طرح</translation>
    </message>
    <message>
        <source>offices in %1 County, nearest to %2</source>
        <translation>مطب‌ها در شهرستان %1، نزدیک‌ترین به %2</translation>
    </message>
    <message>
        <source>offices in %1 County</source>
        <translation>مطب‌ها در شهرستان %1</translation>
    </message>
    <message>
        <source>offices anywhere in California</source>
        <translation>مطب‌ها در هر جای کالیفرنیا</translation>
    </message>
</context>
<context>
    <name>PcpFilterPanel</name>
    <message>
        <source>Who is the doctor for?</source>
        <translation>پزشک برای چه کسی است؟</translation>
    </message>
    <message>
        <source>Patient&apos;s age</source>
        <translation>سن بیمار</translation>
    </message>
    <message>
        <source>Enter age</source>
        <translation>سن را وارد کنید</translation>
    </message>
    <message>
        <source>Type the age of the person who needs the doctor; babies are 0</source>
        <translation>سن فردی را که به پزشک نیاز دارد بنویسید؛ سن نوزادان ۰ است</translation>
    </message>
    <message>
        <source>Patient&apos;s sex (optional)</source>
        <translation>جنسیت بیمار (اختیاری)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>مشخص نشده</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>زن</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>سن:</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>جنسیت (اختیاری):</translation>
    </message>
    <message>
        <source>Primary care specialties</source>
        <translation>تخصص‌های مراقبت‌های اولیه</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>بیماران جدید</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هر وضعیتی</translation>
    </message>
    <message>
        <source>Accepting new patients, or call to ask</source>
        <translation>بیمار جدید می‌پذیرد، یا برای پرسیدن تماس بگیرید</translation>
    </message>
    <message>
        <source>Not in this directory: call to ask</source>
        <translation>در این فهرست نیست: برای پرسیدن تماس بگیرید</translation>
    </message>
    <message>
        <source>Language the doctor speaks</source>
        <translation>زبانی که پزشک صحبت می‌کند</translation>
    </message>
    <message>
        <source>Language the office staff speak</source>
        <translation>زبانی که کارکنان مطب صحبت می‌کنند</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>هر زبانی</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender</source>
        <translation>جنسیت پزشک</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>هر کدام</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>زن</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>فاصله</translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>هر فاصله‌ای</translation>
    </message>
    <message>
        <source>Within %1 miles</source>
        <translation>تا %1 مایل</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>بیمارستان</translation>
    </message>
    <message>
        <source>Any hospital</source>
        <translation>هر بیمارستانی</translation>
    </message>
    <message>
        <source>Offers video visits</source>
        <translation>ویزیت تصویری دارد</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>ساعات عصر</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>ساعات شنبه</translation>
    </message>
    <message>
        <source>Wheelchair accessible office</source>
        <translation>مطب با دسترسی ویلچر</translation>
    </message>
    <message>
        <source>Parking, entrance, inside, restroom, exam room and exam table all accessible</source>
        <translation>پارکینگ، ورودی، داخل ساختمان، سرویس بهداشتی، اتاق معاینه و تخت معاینه، همه دسترس‌پذیر</translation>
    </message>
    <message>
        <source>Sort doctors by</source>
        <translation>مرتب‌سازی پزشکان بر اساس</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>نزدیک‌ترین اول</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>پاک کردن فیلترها</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>بیماران جدید:</translation>
    </message>
    <message>
        <source>Doctor speaks:</source>
        <translation>زبان پزشک:</translation>
    </message>
    <message>
        <source>Staff speak:</source>
        <translation>زبان کارکنان:</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender:</source>
        <translation>جنسیت پزشک:</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>فاصله:</translation>
    </message>
    <message>
        <source>Hospital:</source>
        <translation>بیمارستان:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>مرتب‌سازی:</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (استنباط‌شده)</translation>
    </message>
</context>
<context>
    <name>PlanNotListedDialog</name>
    <message>
        <source>My plan is not listed</source>
        <translation>طرح من در فهرست نیست</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>چه باید کرد</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>PlanPicker</name>
    <message>
        <source>Choose your health plan</source>
        <translation>طرح درمانی خود را انتخاب کنید</translation>
    </message>
    <message>
        <source>These HMO plans serve your area. Pick the one on your member ID card, or the one you are enrolling in.</source>
        <translation>این طرح‌های HMO در منطقه شما خدمت می‌دهند. طرحی را که روی کارت شناسایی عضو شماست، یا طرحی را که در آن ثبت‌نام می‌کنید انتخاب کنید.</translation>
    </message>
    <message>
        <source>What is an HMO?</source>
        <translation>HMO چیست؟</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>طرح</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>شرکت بیمه</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>شبکه</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>خدمات اعضا</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>تاریخ داده‌ها</translation>
    </message>
    <message>
        <source>Health plans in your area</source>
        <translation>طرح‌های درمانی در منطقه شما</translation>
    </message>
    <message>
        <source>About the selected plan</source>
        <translation>درباره طرح انتخاب‌شده</translation>
    </message>
    <message>
        <source>My plan is not listed</source>
        <translation>طرح من در فهرست نیست</translation>
    </message>
    <message>
        <source>My plan is not listed: what to do</source>
        <translation>طرح من در فهرست نیست: چه باید کرد</translation>
    </message>
    <message>
        <source>Continue with this plan</source>
        <translation>ادامه با این طرح</translation>
    </message>
    <message>
        <source>No plans message</source>
        <translation>پیام نبودن طرح</translation>
    </message>
    <message>
        <source>Opening the doctor directory...</source>
        <translation>در حال باز کردن فهرست پزشکان...</translation>
    </message>
    <message>
        <source>See your member ID card</source>
        <translation>کارت شناسایی عضو خود را ببینید</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>شهرستان %1</translation>
    </message>
    <message>
        <source>California</source>
        <translation>کالیفرنیا</translation>
    </message>
    <message>
        <source>Choose your health plan in %1</source>
        <translation>طرح درمانی خود را در %1 انتخاب کنید</translation>
    </message>
    <message>
        <source>ZIP %1 (%2)</source>
        <translation>کد پستی %1 (%2)</translation>
    </message>
    <message>
        <source>No plan in this directory serves %1: it has only the plans in public files, and none of them lists this area. Check the ZIP code or pick another county. If you already have a plan, press &quot;My plan is not listed&quot; to see how to find its doctors.</source>
        <translation>هیچ طرحی در این فهرست به %1 خدمت نمی‌دهد: این فهرست فقط طرح‌های موجود در فایل‌های عمومی را دارد و هیچ‌کدام این منطقه را فهرست نکرده‌اند. کد پستی (ZIP) را بررسی کنید یا شهرستان دیگری انتخاب کنید. اگر از قبل طرحی دارید، «طرح من در فهرست نیست» را بزنید تا ببینید چطور پزشکان آن را پیدا کنید.</translation>
    </message>
    <message>
        <source>Select your plan to see what it covers.</source>
        <translation>طرح خود را انتخاب کنید تا ببینید چه چیزهایی را پوشش می‌دهد.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>دورانداختن</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>بازکردن</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find a primary care doctor</source>
        <translation>پیدا کردن پزشک مراقبت‌های اولیه</translation>
    </message>
    <message>
        <source>Choose your language, type your ZIP code if you like, then press Start. When you are done, press “I&apos;m finished”: everything you entered is cleared for the next person.</source>
        <translation>زبان خود را انتخاب کنید، اگر مایلید کد پستی (ZIP) خود را بنویسید، سپس «شروع» را بزنید. وقتی کارتان تمام شد، «تمام کردم» را بزنید: هر چه وارد کرده‌اید برای نفر بعدی پاک می‌شود.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Your ZIP code (optional)</source>
        <translation>کد پستی (ZIP) شما (اختیاری)</translation>
    </message>
    <message>
        <source>Five digits, to list doctors near you.</source>
        <translation>پنج رقم، برای نشان دادن پزشکان نزدیک شما.</translation>
    </message>
    <message>
        <source>Your ZIP code</source>
        <translation>کد پستی (ZIP) شما</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>کد پستی (ZIP)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>کارکنان</translation>
    </message>
    <message>
        <source>Staff only: enter the staff PIN</source>
        <translation>فقط کارکنان: PIN کارکنان را وارد کنید</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Find my current doctor</source>
        <translation>پیدا کردن پزشک فعلی من</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>راهنما و واژه‌نامه</translation>
    </message>
    <message>
        <source>About</source>
        <translation>درباره</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data</source>
        <translation>درباره HMO Desktop و داده‌های آن</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>شروع از نو</translation>
    </message>
    <message>
        <source>Start over with a new member (also Ctrl+N)</source>
        <translation>شروع از نو با یک عضو جدید (همچنین Ctrl+N)</translation>
    </message>
    <message>
        <source>Forget this member&apos;s ZIP, plan, group, doctor, filters and searches</source>
        <translation>فراموش کردن کد پستی (ZIP)، طرح، گروه، پزشک، فیلترها و جستجوهای این عضو</translation>
    </message>
</context>
</TS>
