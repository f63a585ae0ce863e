<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>%1, age %2</source>
        <translation>%1，%2岁</translation>
    </message>
    <message>
        <source>Next step for Medi-Cal: Health Care Options</source>
        <translation>Medi-Cal 的下一步：Health Care Options（医疗保健选项）</translation>
    </message>
    <message>
        <source>Before you enroll</source>
        <translation>登记之前</translation>
    </message>
    <message>
        <source>PCP ID:</source>
        <translation>主治医生编号（PCP ID）：</translation>
    </message>
    <message>
        <source>Family medicine</source>
        <translation>家庭医学</translation>
    </message>
    <message>
        <source>Internal medicine</source>
        <translation>内科</translation>
    </message>
    <message>
        <source>Pediatrics</source>
        <translation>儿科</translation>
    </message>
    <message>
        <source>OB/GYN</source>
        <translation>妇产科（OB/GYN）</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭医学</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内科</translation>
    </message>
    <message>
        <source>All ages, children to seniors; often the whole family.</source>
        <translation>所有年龄，从儿童到长者；通常可为全家看诊。</translation>
    </message>
    <message>
        <source>Adults only: prevention and long-term conditions.</source>
        <translation>只看成人：预防保健和长期疾病。</translation>
    </message>
    <message>
        <source>Babies, children and teens (up to 18 or 21).</source>
        <translation>婴儿、儿童和青少年（最多到 18 或 21 岁）。</translation>
    </message>
    <message>
        <source>Women&apos;s health, pregnancy and gynecology; some act as a PCP.</source>
        <translation>妇女健康、怀孕和妇科；有些可担任主治医生（PCP）。</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>接受新病人</translation>
    </message>
    <message>
        <source>Existing patients only</source>
        <translation>只看现有病人</translation>
    </message>
    <message>
        <source>Existing patients and their family</source>
        <translation>只看现有病人及其家人</translation>
    </message>
    <message>
        <source>Not accepting patients</source>
        <translation>不接受病人</translation>
    </message>
    <message>
        <source>Call to ask</source>
        <translation>请致电查询</translation>
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
        <translation>Medicare Advantage（联邦医疗保险优势计划）</translation>
    </message>
    <message>
        <source>Employer and individual (commercial)</source>
        <translation>雇主和个人（商业保险）</translation>
    </message>
    <message>
        <source>Accessible parking</source>
        <translation>无障碍停车位</translation>
    </message>
    <message>
        <source>Accessible entrance</source>
        <translation>无障碍入口</translation>
    </message>
    <message>
        <source>Accessible inside the building</source>
        <translation>大楼内部无障碍</translation>
    </message>
    <message>
        <source>Accessible restroom</source>
        <translation>无障碍洗手间</translation>
    </message>
    <message>
        <source>Accessible exam room</source>
        <translation>无障碍检查室</translation>
    </message>
    <message>
        <source>Height-adjustable exam table / accessible scale</source>
        <translation>可调高度的检查床／无障碍体重秤</translation>
    </message>
    <message>
        <source>Sample doctor (fictional)</source>
        <translation>示例医生（虚构，并非真实医生）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a list</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 mi</source>
        <translation>%1 英里</translation>
    </message>
    <message>
        <source>Languages: English only.</source>
        <translation>语言：只有英文。</translation>
    </message>
    <message>
        <source>Languages: English, %1. None of these translations has been reviewed by a fluent speaker yet; tell the team what reads wrong.</source>
        <translation>语言：英文、%1。这些翻译都尚未经过语言流利的人士审阅；如有读起来不对的地方，请告诉开发团队。</translation>
    </message>
    <message>
        <source>Languages: English, %1. Reviewed by a fluent speaker: %2.</source>
        <translation>语言：英文、%1。已经过语言流利的人士审阅：%2。</translation>
    </message>
    <message>
        <source>To translate or review a language, open its file, resources/translations/hmo_desktop_&lt;code&gt;.ts, in Qt Linguist (README, &quot;Languages&quot;).</source>
        <translation>如需翻译或审阅某种语言，请用 Qt Linguist 打开其文件 resources/translations/hmo_desktop_&lt;code&gt;.ts（README 的“Languages”一节）。</translation>
    </message>
    <message>
        <source>made by this app</source>
        <translation>由本应用程序产生</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>fictional samples, made up by this app</source>
        <translation>虚构示例，由本应用程序编造</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>由本应用程序推断</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>公开数据，可能已过时</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>公开数据</translation>
    </message>
    <message>
        <source>none (used while building)</source>
        <translation>无（仅在创建时使用）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Works offline; sends nothing anywhere.</source>
        <translation>离线运行；不会向任何地方发送任何数据。</translation>
    </message>
    <message>
        <source>Directory %1, checksum %2</source>
        <translation>名录 %1，校验码 %2</translation>
    </message>
    <message>
        <source>Data sources (%1)</source>
        <translation>数据源（%1）</translation>
    </message>
    <message>
        <source>About HMO Desktop</source>
        <translation>关于 HMO Desktop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data sources</source>
        <translation>关于 HMO Desktop 及其数据源</translation>
    </message>
    <message>
        <source>%1 (sample office)</source>
        <translation>%1（示例诊所，虚构）</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>%1县</translation>
    </message>
    <message>
        <source>Sample group: its office is a sample placed at a ZIP code center, %1 away.</source>
        <translation>示例医疗团体：其诊所是放在邮政编码中心点的虚构示例，距离 %1。</translation>
    </message>
    <message>
        <source>Sample group: its office is not in this directory.</source>
        <translation>示例医疗团体：其诊所不在本名录中。</translation>
    </message>
    <message>
        <source>Serves %1; office address not in this directory.</source>
        <translation>服务 %1；诊所地址不在本名录中。</translation>
    </message>
    <message>
        <source>No %1 doctors in this group here</source>
        <translation>此医疗团体在这里没有%1医生</translation>
    </message>
    <message>
        <source>%1 of 1 %2 doctor is accepting new patients</source>
        <translation>1 位%2医生中有 %1 位接受新病人</translation>
    </message>
    <message numerus="yes">
        <source>%n counties</source>
        <translation>
            <numerusform>%n 个县</numerusform>
        </translation>
    </message>
    <message>
        <source>Counties: %1</source>
        <translation>县：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln %2 doctors are accepting new patients</source>
        <translation>
            <numerusform>%Ln 位%2医生中有 %1 位接受新病人</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未公布</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1（推断）</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan with one Permanente Medical Group per region. Enter your ZIP code or county above, or choose the group of the region where you live: Northern or Southern California.</source>
        <translation>Kaiser Permanente 是一体化计划，每个地区有一个 Permanente 医疗团体。请在上方输入您的邮政编码（ZIP）或县，或选择您居住地区的医疗团体：北加州或南加州。</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, with a care team at each PACE center. Enter your ZIP code or county above, or choose the center where you live.</source>
        <translation>PACE（全包式长者护理计划）适合 55 岁及以上人士，每个 PACE 中心都有护理团队。请在上方输入您的邮政编码（ZIP）或县，或选择您居住地的中心。</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group of your region, so there is no medical group to choose. Continue to choose your doctor.</source>
        <translation>Kaiser Permanente 是一体化计划：所有医生都属于您所在地区的 Permanente 医疗团体，因此不需要选择医疗团体。请继续选择您的医生。</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older. Your care team, your doctor included, is at your PACE center, so there is no medical group to choose. Continue to see the center&apos;s doctors.</source>
        <translation>PACE 适合 55 岁及以上人士。您的护理团队（包括您的医生）都在您的 PACE 中心，因此不需要选择医疗团体。请继续查看该中心的医生。</translation>
    </message>
    <message>
        <source>Your doctor belongs to a medical group. The group decides referrals to specialists and which hospitals you use. Numbers show doctors accepting new patients, for patients of any age.</source>
        <translation>您的医生属于一个医疗团体。医疗团体决定是否转诊给专科医生，以及您去哪些医院。数字表示接受新病人的医生人数（任何年龄的病人）。</translation>
    </message>
    <message>
        <source>If you choose this group, your PCP and your specialists come from it, and referrals to specialists go through it.</source>
        <translation>如果您选择这个医疗团体，您的主治医生（PCP）和专科医生都来自这个团体，转诊给专科医生也要经过它。</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>转诊规定</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>下班时间热线</translation>
    </message>
    <message>
        <source>not in this directory: see your member ID card or call the plan.</source>
        <translation>不在本名录中：请查看您的会员卡或致电健康计划。</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>质量评分</translation>
    </message>
    <message>
        <source>Plan group code</source>
        <translation>健康计划的医疗团体代码</translation>
    </message>
    <message>
        <source>Sample group (fictional): this plan&apos;s group list is not available offline, so this group and everything said about it are samples.</source>
        <translation>示例医疗团体（虚构）：此计划的医疗团体名单无法离线取得，因此这个医疗团体及其所有相关信息都是虚构示例。</translation>
    </message>
    <message>
        <source>The plan&apos;s own care team. Its doctors in this directory are samples.</source>
        <translation>计划本身的护理团队。本名录中它的医生都是虚构示例。</translation>
    </message>
    <message>
        <source>Listed by the carrier for this network in 2017-18. Networks change every year: call the plan to confirm.</source>
        <translation>由保险公司在 2017-18 年为此网络列出。网络每年都会变动：请致电健康计划确认。</translation>
    </message>
    <message>
        <source>Not published: ask the group or the plan which hospitals it uses.</source>
        <translation>未公布：请向医疗团体或健康计划查询它使用哪些医院。</translation>
    </message>
    <message>
        <source>%1 (CMS rating %2 of 5)</source>
        <translation>%1（CMS 评分 %2 分，满分 5 分）</translation>
    </message>
    <message>
        <source>inferred from distance, not published by the group</source>
        <translation>根据距离推断，医疗团体并未公布</translation>
    </message>
    <message>
        <source>sample, fictional</source>
        <translation>虚构示例</translation>
    </message>
    <message>
        <source>not in this directory: ask the group or the plan.</source>
        <translation>不在本名录中：请向医疗团体或健康计划查询。</translation>
    </message>
    <message>
        <source>You can see an OB/GYN in your plan&apos;s network without a referral or prior approval (California law); the plan may require the OB/GYN to be in your medical group.</source>
        <translation>您可以在计划网络内看妇产科医生（OB/GYN），不需要转诊或事先批准（加州法律）；健康计划可能要求该妇产科医生属于您的医疗团体。</translation>
    </message>
    <message>
        <source>How a PACE member&apos;s doctor is assigned: when you enroll, the PACE center&apos;s care team assigns you a primary care doctor who works at the center. You can ask the center for a particular doctor on its team.</source>
        <translation>PACE 会员的医生如何指定：您登记时，PACE 中心的护理团队会为您指定一位在中心工作的主治医生。您可以要求中心安排其团队中的某位医生。</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>首选</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>备选 %1</translation>
    </message>
    <message>
        <source>The selected member&apos;s doctors</source>
        <translation>所选成员的医生</translation>
    </message>
    <message>
        <source>This member&apos;s plan</source>
        <translation>此成员的健康计划</translation>
    </message>
    <message>
        <source>Plan for this member:</source>
        <translation>此成员的健康计划：</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>新病人</translation>
    </message>
    <message>
        <source>Make first choice</source>
        <translation>设为首选</translation>
    </message>
    <message>
        <source>Make this doctor the member&apos;s first choice</source>
        <translation>将此医生设为该成员的首选</translation>
    </message>
    <message>
        <source>Remove doctor</source>
        <translation>移除医生</translation>
    </message>
    <message>
        <source>Remove this doctor from the member&apos;s choices</source>
        <translation>从该成员的选择中移除此医生</translation>
    </message>
    <message>
        <source>Select a member to see their plan and doctors.</source>
        <translation>选择一位成员，查看其健康计划和医生。</translation>
    </message>
    <message>
        <source>%1&apos;s plan and doctors</source>
        <translation>%1 的健康计划和医生</translation>
    </message>
    <message>
        <source>The household&apos;s plan (%1)</source>
        <translation>家庭的健康计划（%1）</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <source>Type the member&apos;s first name or a nickname.</source>
        <translation>请输入成员的名字或昵称。</translation>
    </message>
    <message>
        <source>That name is long: a first name or a nickname is enough.</source>
        <translation>名字太长了：只需输入名字或昵称。</translation>
    </message>
    <message>
        <source>Type a first name or nickname only: no numbers, dates, IDs or addresses.</source>
        <translation>只输入名字或昵称：不要输入数字、日期、证件号码或地址。</translation>
    </message>
    <message>
        <source>The age must be from 0 to 120.</source>
        <translation>年龄必须在 0 到 120 之间。</translation>
    </message>
    <message>
        <source>Choose female, male, or leave sex not given.</source>
        <translation>请选择女或男，或不填写性别。</translation>
    </message>
    <message>
        <source>One of the access needs is not known to this app.</source>
        <translation>其中一项无障碍需求本应用程序无法识别。</translation>
    </message>
    <message>
        <source>This member cannot be added as given.</source>
        <translation>无法按所填信息添加此成员。</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>首选</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>备选 %1</translation>
    </message>
    <message>
        <source>%1 has no PCP yet.</source>
        <translation>%1 还没有主治医生（PCP）。</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is no longer in this directory for this plan; choose another doctor.</source>
        <translation>%1：%2（%3）已不在本名录中此计划的名单上；请选择其他医生。</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in this member&apos;s plan.</source>
        <translation>%1：%2（%3）不在此成员的健康计划中。</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not taking new patients.</source>
        <translation>%1：%2（%3）不接受新病人。</translation>
    </message>
    <message>
        <source>%1: this directory does not say whether %2 (%3) takes new patients; call to ask.</source>
        <translation>%1：本名录没有说明 %2（%3）是否接受新病人；请致电查询。</translation>
    </message>
    <message>
        <source>%1: %2 (%3) sees patients up to age %4; %1 ages out within a year.</source>
        <translation>%1：%2（%3）只看 %4 岁或以下的病人；%1 在一年内会超过这个年龄。</translation>
    </message>
    <message>
        <source>Add the members of the household, one at a time.</source>
        <translation>请逐一添加家庭成员。</translation>
    </message>
    <message>
        <source>Everyone has a PCP, and nothing needs another look.</source>
        <translation>每个人都有主治医生（PCP），没有需要再检查的事项。</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1（虚构示例）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>不在本名录中</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1，截至 %2</translation>
    </message>
    <message>
        <source>needs a ZIP</source>
        <translation>需要邮政编码</translation>
    </message>
    <message>
        <source>not known here: open this doctor from the doctor step</source>
        <translation>此处不明：请从医生步骤打开这位医生</translation>
    </message>
    <message>
        <source>Evening: %1; Saturday: %2</source>
        <translation>晚间：%1；星期六：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>是：%1</translation>
    </message>
    <message>
        <source>not in this directory: ask the medical group</source>
        <translation>不在本名录中：请向医疗团体查询</translation>
    </message>
    <message>
        <source>Doctor: %1. Office: %2. Group: %3. Plan: %4.</source>
        <translation>医生：%1。诊所：%2。医疗团体：%3。健康计划：%4。</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>Doctor&apos;s languages</source>
        <translation>医生的语言</translation>
    </message>
    <message>
        <source>Staff languages</source>
        <translation>职员的语言</translation>
    </message>
    <message>
        <source>Evening and Saturday hours</source>
        <translation>晚间及星期六时间</translation>
    </message>
    <message>
        <source>Video visits</source>
        <translation>视频看诊</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>无障碍设施</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation>专科委员会认证</translation>
    </message>
    <message>
        <source>Group rating</source>
        <translation>医疗团体评分</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>来源和日期</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Household: everyone enrolling together</source>
        <translation>家庭：一起登记的所有人</translation>
    </message>
    <message>
        <source>1 doctor can see everyone (ages %1).</source>
        <translation>1 位医生可以为所有人看诊（年龄 %1）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors can see everyone (ages %1).</source>
        <translation>
            <numerusform>%Ln 位医生可以为所有人看诊（年龄 %1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Same doctor for the family</source>
        <translation>全家同一位医生</translation>
    </message>
    <message>
        <source>Doctors who can see every member</source>
        <translation>能为每位成员看诊的医生</translation>
    </message>
    <message>
        <source>Doctors for the whole family</source>
        <translation>适合全家的医生</translation>
    </message>
    <message>
        <source>Doctors for everyone</source>
        <translation>适合所有人的医生</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>PCP</source>
        <translation>主治医生（PCP）</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备选</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Use the current doctor</source>
        <translation>使用目前的医生</translation>
    </message>
    <message>
        <source>Use the current doctor as this member&apos;s first choice</source>
        <translation>将目前的医生设为此成员的首选</translation>
    </message>
    <message>
        <source>Add as a backup</source>
        <translation>加为备选</translation>
    </message>
    <message>
        <source>Add the current doctor as this member&apos;s backup</source>
        <translation>将目前的医生加为此成员的备选</translation>
    </message>
    <message>
        <source>Change member</source>
        <translation>更改成员</translation>
    </message>
    <message>
        <source>Change this member</source>
        <translation>更改此成员</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Remove this member</source>
        <translation>移除此成员</translation>
    </message>
    <message>
        <source>What to look at again</source>
        <translation>需要再检查的事项</translation>
    </message>
    <message>
        <source>Compare the chosen doctors</source>
        <translation>比较所选的医生</translation>
    </message>
    <message>
        <source>Members, or compare</source>
        <translation>成员或比较</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>成员(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;ompare doctors</source>
        <translation>比较医生(&amp;O)</translation>
    </message>
    <message>
        <source>Needs a PCP</source>
        <translation>需要主治医生</translation>
    </message>
    <message>
        <source>Choose a plan and add the members first.</source>
        <translation>请先选择健康计划并添加成员。</translation>
    </message>
    <message>
        <source>Use the current doctor for %1</source>
        <translation>为 %1 使用目前的医生</translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation>登记摘要</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>名字或昵称</translation>
    </message>
    <message>
        <source>Sex (optional)</source>
        <translation>性别（可不填）</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Preferred language (optional)</source>
        <translation>首选语言（可不填）</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>轮椅通道</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>晚间时间</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>星期六时间</translation>
    </message>
    <message>
        <source>Wants an OB/GYN as PCP</source>
        <translation>想以妇产科医生（OB/GYN）作为主治医生</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Add this member</source>
        <translation>添加此成员</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>取消更改</translation>
    </message>
    <message>
        <source>Leave the member as they were</source>
        <translation>保留成员原来的信息</translation>
    </message>
    <message>
        <source>Why the member was not added</source>
        <translation>未能添加成员的原因</translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation>名字或昵称：</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>年龄：</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>性别（可不填）：</translation>
    </message>
    <message>
        <source>Language (optional):</source>
        <translation>语言（可不填）：</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>Save the changes to this member</source>
        <translation>保存对此成员的更改</translation>
    </message>
    <message>
        <source>The saved household file was damaged. It was set aside, and the last good copy was opened instead: check the members and their doctors.</source>
        <translation>已保存的家庭文件已损坏。它已被放在一旁，并改为打开上一个完好的副本：请检查成员及其医生。</translation>
    </message>
    <message>
        <source>The saved household file was damaged, and there was no good copy to open. It was set aside; add the members again.</source>
        <translation>已保存的家庭文件已损坏，而且没有完好的副本可以打开。它已被放在一旁；请重新添加成员。</translation>
    </message>
    <message>
        <source>The saved household was kept by a newer version of HMO Desktop. It was left as it is; open it with that version.</source>
        <translation>已保存的家庭信息是由较新版本的 HMO Desktop 保存的。它已保持原状；请用该版本打开。</translation>
    </message>
    <message>
        <source>The saved household could not be brought up to date. It was left as it was; add the members again, or try again after updating HMO Desktop.</source>
        <translation>已保存的家庭信息无法更新。它已保持原状；请重新添加成员，或在更新 HMO Desktop 后再试。</translation>
    </message>
    <message>
        <source>The saved household could not be opened.</source>
        <translation>无法打开已保存的家庭信息。</translation>
    </message>
    <message>
        <source>The saved household could not be opened: %1</source>
        <translation>无法打开已保存的家庭信息：%1</translation>
    </message>
    <message>
        <source>Your household kept on this computer is open: View &gt; Household.</source>
        <translation>您保存在这部电脑上的家庭信息已打开：查看 &gt; 家庭。</translation>
    </message>
    <message>
        <source>Doctors no longer in this directory: %1. Choose others.</source>
        <translation>已不在本名录中的医生：%1。请另选其他医生。</translation>
    </message>
    <message>
        <source>The household could not be saved in %1: %2. Nothing was changed there.</source>
        <translation>无法将家庭信息保存到 %1：%2。那里没有任何更改。</translation>
    </message>
    <message>
        <source>Kept on this computer. Changes are saved as you make them.</source>
        <translation>保存在这部电脑上。您所做的更改会自动保存。</translation>
    </message>
    <message>
        <source>This household is forgotten: nothing of it is kept on this computer.</source>
        <translation>已忘记此家庭：这部电脑上没有保留任何相关信息。</translation>
    </message>
    <message>
        <source>Keep this household?</source>
        <translation>保留此家庭信息？</translation>
    </message>
    <message>
        <source>Keep this household on this computer for next time?</source>
        <translation>要将此家庭信息保留在这部电脑上，供下次使用吗？</translation>
    </message>
    <message>
        <source>Only the first names or nicknames, ages and chosen doctors are kept, in your user folder. On a shared computer, choose Don&apos;t keep.</source>
        <translation>只会保留名字或昵称、年龄和所选的医生，存放在您的用户文件夹中。如果是共用电脑，请选择“不保留”。</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Don&apos;t keep</source>
        <translation>不保留</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Forget this household?</source>
        <translation>忘记此家庭？</translation>
    </message>
    <message>
        <source>Its members and their doctors are removed from the screen, and the copy kept on this computer is deleted with its backups. This cannot be undone.</source>
        <translation>其成员及他们的医生会从画面上移除，保存在这部电脑上的副本及其备份也会被删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>忘记</translation>
    </message>
    <message>
        <source>&amp;Household…</source>
        <translation>家庭(&amp;H)…</translation>
    </message>
    <message>
        <source>The family&apos;s members, their doctors, and the enrollment summary</source>
        <translation>家庭成员、他们的医生和登记摘要</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>接受新病人</translation>
    </message>
    <message>
        <source>%1; ages not in this directory</source>
        <translation>%1；年龄不在本名录中</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>医疗团体</translation>
    </message>
    <message>
        <source>Save the enrollment summary</source>
        <translation>保存登记摘要</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>大字体</translation>
    </message>
    <message>
        <source>Large print summary</source>
        <translation>大字体摘要</translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation>将摘要保存为 PDF…</translation>
    </message>
    <message>
        <source>Save the enrollment summary as a PDF file</source>
        <translation>将登记摘要保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>打印摘要…</translation>
    </message>
    <message>
        <source>Print the enrollment summary</source>
        <translation>打印登记摘要</translation>
    </message>
    <message>
        <source>Keep on this computer</source>
        <translation>保留在这部电脑上</translation>
    </message>
    <message>
        <source>Keep this household on this computer</source>
        <translation>将此家庭信息保留在这部电脑上</translation>
    </message>
    <message>
        <source>Forget this household</source>
        <translation>忘记此家庭</translation>
    </message>
    <message>
        <source>Close the household</source>
        <translation>关闭家庭</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>已保存在这部电脑上</translation>
    </message>
    <message>
        <source>The summary is printing. Please collect it from the printer.</source>
        <translation>摘要正在打印。请到打印机领取。</translation>
    </message>
    <message>
        <source>The summary is ready. A staff member will print it for you.</source>
        <translation>摘要已准备好。工作人员会为您打印。</translation>
    </message>
    <message>
        <source>No printer is set up here. Please ask staff.</source>
        <translation>这里没有设置打印机。请询问工作人员。</translation>
    </message>
    <message>
        <source>The summary could not be made. Please ask staff.</source>
        <translation>无法制作摘要。请询问工作人员。</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>打印摘要</translation>
    </message>
    <message>
        <source>HMO Desktop kiosk</source>
        <translation>HMO Desktop 自助服务机</translation>
    </message>
    <message>
        <source>HMO Desktop</source>
        <translation>HMO Desktop</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>仅限工作人员</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>工作人员密码（PIN）</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>工作人员密码（PIN）：</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>密码消息</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Unlock staff settings</source>
        <translation>解锁工作人员设置</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>返回自助服务机</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Clear for the next person</source>
        <translation>为下一位用户清除</translation>
    </message>
    <message>
        <source>Clear everything now for the next person</source>
        <translation>立即清除所有信息，供下一位用户使用</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>离开自助服务机</translation>
    </message>
    <message>
        <source>No staff PIN is set, so this kiosk cannot be left from here. To set one, run this on the computer, then start the kiosk again:

hmo-desktop --set-kiosk-pin

It is kept, as a salted hash, in %1</source>
        <translation>尚未设置工作人员密码（PIN），因此无法从这里离开此自助服务机。如要设置，请在这部电脑上运行以下命令，然后重新启动自助服务机：

hmo-desktop --set-kiosk-pin

密码会以加盐哈希形式保存在 %1</translation>
    </message>
    <message>
        <source>Configuration file: %1</source>
        <translation>配置文件：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Idle time before the warning: %1 seconds</source>
        <translation>显示警告前的闲置时间：%1 秒</translation>
    </message>
    <message>
        <source>The warning counts down from: %1 seconds</source>
        <translation>警告倒数起始时间：%1 秒</translation>
    </message>
    <message>
        <source>Text size for each new person: %1 %</source>
        <translation>每位新用户的文字大小：%1%</translation>
    </message>
    <message>
        <source>Summaries: PDF files in %1, emptied at every reset</source>
        <translation>摘要：PDF 文件存放在 %1，每次重置时清空</translation>
    </message>
    <message>
        <source>Summaries: printed on %1</source>
        <translation>摘要：在 %1 打印</translation>
    </message>
    <message>
        <source>Summaries: no default printer is set up on this computer</source>
        <translation>摘要：这部电脑没有设置默认打印机</translation>
    </message>
    <message>
        <source>The configuration file was not used: %1</source>
        <translation>未使用配置文件：%1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>密码错误次数太多。请在 %1 秒后再试。</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>更多菜单</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open directory…</source>
        <translation>打开医生名录(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another doctor directory file; it is checked before it is used</source>
        <translation>打开另一个医生名录文件；使用前会先进行检查</translation>
    </message>
    <message>
        <source>Open a doctor directory</source>
        <translation>打开医生名录</translation>
    </message>
    <message>
        <source>Doctor directories (*.sqlite)</source>
        <translation>医生名录 (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. You can keep working; if it happens again, send these details to the team.</source>
        <translation>HMO Desktop 内部出现问题。您可以继续使用；如果再次发生，请将以下详细信息发送给开发团队。</translation>
    </message>
    <message>
        <source>The doctor directory is not an HMO Desktop directory.</source>
        <translation>这个医生名录不是 HMO Desktop 的名录。</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is damaged.</source>
        <translation>HMO Desktop 随附的医生名录已损坏。</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is missing.</source>
        <translation>找不到 HMO Desktop 随附的医生名录。</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory.</source>
        <translation>HMO Desktop 没有权限读取其医生名录。</translation>
    </message>
    <message>
        <source>A folder is where HMO Desktop&apos;s doctor directory should be.</source>
        <translation>HMO Desktop 医生名录应在的位置是一个文件夹。</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory&apos;s manifest.</source>
        <translation>HMO Desktop 没有权限读取其医生名录的清单文件（manifest）。</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop is damaged.</source>
        <translation>提供给 HMO Desktop 的医生名录文件已损坏。</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop does not exist.</source>
        <translation>提供给 HMO Desktop 的医生名录文件不存在。</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the doctor directory file it was given.</source>
        <translation>HMO Desktop 没有权限读取提供给它的医生名录文件。</translation>
    </message>
    <message>
        <source>HMO Desktop was given a folder, not a doctor directory file.</source>
        <translation>提供给 HMO Desktop 的是一个文件夹，而不是医生名录文件。</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the manifest of the doctor directory file it was given.</source>
        <translation>HMO Desktop 没有权限读取提供给它的医生名录文件的清单文件（manifest）。</translation>
    </message>
    <message>
        <source>This doctor directory needs a newer version of HMO Desktop.</source>
        <translation>这个医生名录需要较新版本的 HMO Desktop。</translation>
    </message>
    <message>
        <source>This doctor directory is too old for this version of HMO Desktop.</source>
        <translation>这个医生名录对这个版本的 HMO Desktop 来说太旧了。</translation>
    </message>
    <message>
        <source>Reinstall HMO Desktop, or rebuild the directory with &apos;python -m hmo_desktop.datapack build&apos;.</source>
        <translation>请重新安装 HMO Desktop，或用 &apos;python -m hmo_desktop.datapack build&apos; 重新创建名录。</translation>
    </message>
    <message>
        <source>Check that you may read it, or reinstall HMO Desktop.</source>
        <translation>请检查您是否有权限读取它，或重新安装 HMO Desktop。</translation>
    </message>
    <message>
        <source>Remove or rename that folder, then reinstall HMO Desktop or rebuild the directory.</source>
        <translation>请移除该文件夹或将其重命名，然后重新安装 HMO Desktop 或重新创建名录。</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use the directory that came with this version.</source>
        <translation>请更新 HMO Desktop，或使用这个版本随附的名录。</translation>
    </message>
    <message>
        <source>Check the file given with --directory, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>请检查用 --directory 提供的文件，或用 &apos;python -m hmo_desktop.datapack build --out FILE&apos; 创建新的名录。</translation>
    </message>
    <message>
        <source>Check that you may read that file and the folders above it.</source>
        <translation>请检查您是否有权限读取该文件及其上层文件夹。</translation>
    </message>
    <message>
        <source>Check that you may read the .manifest.json file beside the directory file.</source>
        <translation>请检查您是否有权限读取名录文件旁边的 .manifest.json 文件。</translation>
    </message>
    <message>
        <source>Give the path of a directory file (.sqlite), not of a folder.</source>
        <translation>请提供名录文件（.sqlite）的路径，而不是文件夹的路径。</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use a directory built by this version.</source>
        <translation>请更新 HMO Desktop，或使用由这个版本创建的名录。</translation>
    </message>
    <message>
        <source>HMO Desktop cannot use this doctor directory.</source>
        <translation>HMO Desktop 无法使用这个医生名录。</translation>
    </message>
    <message>
        <source>Choose another directory file, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>请选择另一个名录文件，或用 &apos;python -m hmo_desktop.datapack build --out FILE&apos; 创建新的名录。</translation>
    </message>
    <message>
        <source>Open directory</source>
        <translation>打开名录</translation>
    </message>
    <message>
        <source>%1

HMO Desktop keeps using the directory it had open.</source>
        <translation>%1

HMO Desktop 会继续使用原本打开的名录。</translation>
    </message>
    <message>
        <source>File: %1
%2</source>
        <translation>文件：%1
%2</translation>
    </message>
    <message>
        <source>Checking the directory file…</source>
        <translation>正在检查名录文件…</translation>
    </message>
    <message>
        <source>HMO Desktop: choose your primary care doctor (%1)</source>
        <translation>HMO Desktop：选择您的主治医生（%1）</translation>
    </message>
    <message>
        <source>Now using the directory %1.</source>
        <translation>现在使用名录 %1。</translation>
    </message>
    <message>
        <source>Sample?</source>
        <translation>虚构示例？</translation>
    </message>
    <message>
        <source>Generated sample data, not a real person</source>
        <translation>电脑产生的示例数据，并非真实人物</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>诊所</translation>
    </message>
    <message>
        <source>To a sample office placed at a ZIP code center</source>
        <translation>到放在邮政编码中心点的示例诊所（虚构）</translation>
    </message>
    <message>
        <source>Approximate: to the center of the office&apos;s ZIP code</source>
        <translation>约数：到诊所邮政编码的中心点</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>专科</translation>
    </message>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2年%1</translation>
    </message>
    <message>
        <source>%1, may be out of date</source>
        <translation>%1，可能已过时</translation>
    </message>
    <message>
        <source>Minimum Coverage</source>
        <translation>最低保障</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>铜级</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银级</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金级</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>白金级</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for %1 County</source>
        <translation>%1县的 Medi-Cal 健康计划</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for the counties it serves</source>
        <translation>其服务县份的 Medi-Cal 健康计划</translation>
    </message>
    <message>
        <source>Covered California HMO (%1)</source>
        <translation>Covered California HMO（%1）</translation>
    </message>
    <message>
        <source>Covered California HMO</source>
        <translation>Covered California HMO</translation>
    </message>
    <message>
        <source>Employer and individual HMO</source>
        <translation>雇主和个人 HMO</translation>
    </message>
    <message>
        <source>Medicare Advantage HMO</source>
        <translation>Medicare Advantage HMO（联邦医疗保险优势计划）</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group for your region, so there is no medical group to choose.</source>
        <translation>Kaiser Permanente 是一体化计划：所有医生都属于您所在地区的 Permanente 医疗团体，因此不需要选择医疗团体。</translation>
    </message>
    <message>
        <source>PACE: for people 55 and older who need a nursing-home level of care and can live safely at home; your care team, including your doctor, is at the PACE center.</source>
        <translation>PACE（全包式长者护理计划）：适合 55 岁及以上、需要疗养院程度的护理但可以安全在家生活的人士；您的护理团队（包括您的医生）都在 PACE 中心。</translation>
    </message>
    <message>
        <source>This plan&apos;s group list is from %1. Networks change every year: call the plan to confirm.</source>
        <translation>此计划的医疗团体名单截至 %1。网络每年都会变动：请致电健康计划确认。</translation>
    </message>
    <message>
        <source>This plan&apos;s information is from %1. Plans and networks change every year: call the plan to confirm.</source>
        <translation>此计划的数据截至 %1。健康计划和网络每年都会变动：请致电健康计划确认。</translation>
    </message>
    <message>
        <source>Medical groups: the carrier&apos;s published list, as of %1.</source>
        <translation>医疗团体：保险公司公布的名单，截至 %1。</translation>
    </message>
    <message>
        <source>Plan list as of %1.</source>
        <translation>计划名单截至 %1。</translation>
    </message>
    <message>
        <source>This plan&apos;s medical group list is not available offline: the groups shown are samples.</source>
        <translation>此计划的医疗团体名单无法离线取得：显示的医疗团体都是虚构示例。</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>来源：%1。</translation>
    </message>
    <message>
        <source>Medi-Cal health plans, by county (December 2025)</source>
        <translation>Medi-Cal 健康计划（按县列出，2025 年 12 月）</translation>
    </message>
    <message>
        <source>Covered California HMOs (2017)</source>
        <translation>Covered California HMO（2017 年）</translation>
    </message>
    <message>
        <source>Anthem Blue Cross and UnitedHealthcare employer and individual HMO networks (2017–18)</source>
        <translation>Anthem Blue Cross 和 UnitedHealthcare 的雇主和个人 HMO 网络（2017–18 年）</translation>
    </message>
    <message>
        <source>Use your plan&apos;s own provider directory (on its website or in your welcome kit).</source>
        <translation>请使用您健康计划本身的医疗服务提供者名录（在其网站上或在您的欢迎资料包中）。</translation>
    </message>
    <message>
        <source>Or call member services: the number is on your member ID card.</source>
        <translation>或致电会员服务部：电话号码印在您的会员卡上。</translation>
    </message>
    <message>
        <source>Ask which medical groups and doctors are in your network, near you.</source>
        <translation>询问您的网络中有哪些在您附近的医疗团体和医生。</translation>
    </message>
    <message>
        <source>Your plan is not listed?</source>
        <translation>找不到您的健康计划？</translation>
    </message>
    <message>
        <source>This directory has only the plans in public files:</source>
        <translation>本名录只包括公开文件中的健康计划：</translation>
    </message>
    <message>
        <source>If your plan is not here (for example a Blue Shield, Health Net or Kaiser Permanente plan through an employer, Sharp Health Plan or Western Health Advantage):</source>
        <translation>如果您的健康计划不在这里（例如通过雇主参加的 Blue Shield、Health Net 或 Kaiser Permanente 计划、Sharp Health Plan 或 Western Health Advantage）：</translation>
    </message>
    <message>
        <source>On Medi-Cal? Health Care Options (1-800-430-4263) helps you choose a Medi-Cal plan.</source>
        <translation>有 Medi-Cal 吗？Health Care Options（1-800-430-4263）可帮助您选择 Medi-Cal 健康计划。</translation>
    </message>
    <message>
        <source>You can still look up a doctor you know with &quot;Find my current doctor&quot;: the profile lists every plan in this directory that includes them.</source>
        <translation>您仍可以用“寻找我目前的医生”查询您认识的医生：医生简介会列出本名录中包括该医生的所有健康计划。</translation>
    </message>
    <message>
        <source>1  Plan</source>
        <translation>1  健康计划</translation>
    </message>
    <message>
        <source>2  Medical group</source>
        <translation>2  医疗团体</translation>
    </message>
    <message>
        <source>3  Doctor</source>
        <translation>3  医生</translation>
    </message>
    <message>
        <source>4  Doctor&apos;s profile</source>
        <translation>4  医生简介</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>English copy, for the doctor&apos;s office and the plan</source>
        <translation>英文副本，供医生诊所和健康计划使用</translation>
    </message>
    <message>
        <source>Enrollment summary: your household’s doctor choices</source>
        <translation>登记摘要：您家庭所选的医生</translation>
    </message>
    <message>
        <source>Take this to your enrollment or keep it by the phone. Each person has their own page, with the PCP ID the plan asks for.</source>
        <translation>登记时请带上这份摘要，或放在电话旁边。每个人都有自己的一页，上面有健康计划要求的主治医生编号（PCP ID）。</translation>
    </message>
    <message>
        <source>%1 (sample, fictional)</source>
        <translation>%1（虚构示例）</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it when you enroll</source>
        <translation>不在本名录中：登记时由健康计划提供</translation>
    </message>
    <message>
        <source>not in this directory: call the plan</source>
        <translation>不在本名录中：请致电健康计划</translation>
    </message>
    <message>
        <source>%1 (sample office, not a real address)</source>
        <translation>%1（示例诊所，并非真实地址）</translation>
    </message>
    <message>
        <source>%1 (fictional number)</source>
        <translation>%1（虚构号码）</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>健康计划：</translation>
    </message>
    <message>
        <source>No PCP chosen yet. Choose one before you enroll; if you do not, the plan chooses one for this person.</source>
        <translation>尚未选择主治医生（PCP）。请在登记前选择；如果您不选择，健康计划会为此人选择一位。</translation>
    </message>
    <message>
        <source>none yet: no doctor chosen</source>
        <translation>尚未选择：没有选定医生</translation>
    </message>
    <message>
        <source>Plan member services:</source>
        <translation>健康计划会员服务部：</translation>
    </message>
    <message>
        <source>not in this directory: it is on the plan’s letters and card</source>
        <translation>不在本名录中：印在健康计划的信件和会员卡上</translation>
    </message>
    <message>
        <source>When a PCP change takes effect:</source>
        <translation>更换主治医生何时生效：</translation>
    </message>
    <message>
        <source>often the first day of the next month; the plan confirms.</source>
        <translation>通常是下个月的第一天；由健康计划确认。</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <source>Medical group:</source>
        <translation>医疗团体：</translation>
    </message>
    <message>
        <source>The plan’s code for this group:</source>
        <translation>健康计划给此医疗团体的代码：</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>医生：</translation>
    </message>
    <message>
        <source>NPI:</source>
        <translation>NPI：</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>新病人：</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>诊所：</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>诊所电话：</translation>
    </message>
    <message>
        <source>%1 (%2). PCP ID: %3.</source>
        <translation>%1（%2）。主治医生编号（PCP ID）：%3。</translation>
    </message>
    <message>
        <source>another plan</source>
        <translation>另一个健康计划</translation>
    </message>
    <message>
        <source>%1 In %2, not this person’s plan.</source>
        <translation>%1 在 %2 中，不是此人的健康计划。</translation>
    </message>
    <message>
        <source>Backup %1:</source>
        <translation>备选 %1：</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>诊所</translation>
    </message>
    <message>
        <source>number not in this directory</source>
        <translation>电话号码不在本名录中</translation>
    </message>
    <message>
        <source>Call to confirm: %1, %2</source>
        <translation>请致电确认：%1，%2</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>您的健康计划</translation>
    </message>
    <message>
        <source>Does this office take %1?</source>
        <translation>这家诊所接受 %1 吗？</translation>
    </message>
    <message>
        <source>Is %1 taking new patients in this plan?</source>
        <translation>%1 在此计划中接受新病人吗？</translation>
    </message>
    <message>
        <source>Is the PCP ID still %1?</source>
        <translation>主治医生编号（PCP ID）仍然是 %1 吗？</translation>
    </message>
    <message>
        <source>What PCP ID does the plan use for this doctor?</source>
        <translation>健康计划为这位医生使用的主治医生编号（PCP ID）是什么？</translation>
    </message>
    <message>
        <source>Date called, and who you spoke with:</source>
        <translation>致电日期及与您通话的人：</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>答复：</translation>
    </message>
    <message>
        <source>Health Care Options is the state’s Medi-Cal enrollment service. Tell them each person’s plan and PCP by phone or with the Choice Form in your enrollment packet.</source>
        <translation>Health Care Options 是州政府的 Medi-Cal 登记服务。请通过电话或使用登记资料包中的选择表（Choice Form），告诉他们每个人的健康计划和主治医生（PCP）。</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>TTY:</source>
        <translation>TTY（听障专线）：</translation>
    </message>
    <message>
        <source>A family may choose one plan and PCP for everyone, or one for each person.</source>
        <translation>家庭可以为所有人选择同一个健康计划和主治医生，也可以为每个人分别选择。</translation>
    </message>
    <message>
        <source>A person who does not choose within the time stated in the enrollment packet is assigned a plan.</source>
        <translation>在登记资料包所述期限内没有选择的人，会被指定一个健康计划。</translation>
    </message>
    <message>
        <source>Doctors, offices and PCP IDs marked “sample, fictional” are made up to show how the app works: they are not real.</source>
        <translation>标有“虚构示例”的医生、诊所和主治医生编号（PCP ID）都是编造的，用来示范本应用程序如何运作：它们并不真实。</translation>
    </message>
    <message>
        <source>Directories go out of date. Call each office to confirm it takes the plan and is taking new patients before you enroll.</source>
        <translation>名录数据会过时。登记前，请致电每家诊所，确认它接受该健康计划并且接受新病人。</translation>
    </message>
    <message>
        <source>not stated by its sources</source>
        <translation>其来源没有说明</translation>
    </message>
    <message>
        <source>Directory data as of:</source>
        <translation>名录数据截至：</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>这些数据的来源</translation>
    </message>
    <message>
        <source>%1 (%2), %3.</source>
        <translation>%1（%2），%3。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>文字大小(&amp;T)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>正常文字大小</translation>
    </message>
    <message>
        <source>Monday</source>
        <comment>day of the week</comment>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <comment>day of the week</comment>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <comment>day of the week</comment>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <comment>day of the week</comment>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <comment>day of the week</comment>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <comment>day of the week</comment>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <comment>day of the week</comment>
        <translation>星期日</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>parking</source>
        <translation>停车位</translation>
    </message>
    <message>
        <source>entrance</source>
        <translation>入口</translation>
    </message>
    <message>
        <source>inside the building</source>
        <translation>大楼内部</translation>
    </message>
    <message>
        <source>restroom</source>
        <translation>洗手间</translation>
    </message>
    <message>
        <source>exam room</source>
        <translation>检查室</translation>
    </message>
    <message>
        <source>height-adjustable exam table and scale</source>
        <translation>可调高度的检查床和体重秤</translation>
    </message>
    <message>
        <source>Wheelchair access: %1</source>
        <translation>轮椅通道：%1</translation>
    </message>
    <message>
        <source>%1 yes</source>
        <translation>%1：有</translation>
    </message>
    <message>
        <source>%1 no</source>
        <translation>%1：没有</translation>
    </message>
    <message>
        <source>not in this directory: call the office</source>
        <translation>不在本名录中：请致电诊所</translation>
    </message>
    <message>
        <source>Taking new patients</source>
        <translation>接受新病人</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients</source>
        <translation>不接受新病人：只看已经是其病人的人</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients, and their family</source>
        <translation>不接受新病人：只看已经是其病人的人及其家人</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>不接受新病人</translation>
    </message>
    <message>
        <source>New patients: not in this directory: call the office to ask</source>
        <translation>新病人：不在本名录中：请致电诊所查询</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients in this plan. The plan may refuse or reassign the choice; call the doctor&apos;s office first to ask whether they will take you.</source>
        <translation>这位医生在此计划中不接受新病人。健康计划可能会拒绝您的选择或另外指定医生；请先致电医生诊所，询问他们是否会接受您。</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients: if you are one, say so when you call.</source>
        <translation>名录显示这位医生只看已经是其病人的人：如果您是其中之一，致电时请说明。</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients, and those patients&apos; family: if that is you, say so when you call.</source>
        <translation>名录显示这位医生只看已经是其病人的人及这些病人的家人：如果您是这种情况，致电时请说明。</translation>
    </message>
    <message>
        <source>OB/GYN: every HMO member can see a participating OB/GYN without a referral or prior approval (California law). Your plan may require the OB/GYN to be in your medical group.</source>
        <translation>妇产科（OB/GYN）：每位 HMO 会员都可以看网络内的妇产科医生，不需要转诊或事先批准（加州法律）。您的健康计划可能要求该妇产科医生属于您的医疗团体。</translation>
    </message>
    <message>
        <source>inferred from distance, not published</source>
        <translation>根据距离推断，并未公布</translation>
    </message>
    <message>
        <source>Sample office near ZIP %1</source>
        <translation>邮政编码 %1 附近的示例诊所</translation>
    </message>
    <message>
        <source>%1 office</source>
        <translation>%1诊所</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>示例诊所，并非真实地址</translation>
    </message>
    <message>
        <source>fictional number</source>
        <translation>虚构号码</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>虚构示例</translation>
    </message>
    <message>
        <source>The doctor directory was replaced or changed while HMO Desktop was open.</source>
        <translation>HMO Desktop 打开期间，医生名录被替换或更改了。</translation>
    </message>
    <message>
        <source>Close HMO Desktop and open it again; if you replaced the directory on purpose, it will be checked then.</source>
        <translation>请关闭 HMO Desktop 再重新打开；如果您是有意替换名录，届时会进行检查。</translation>
    </message>
    <message>
        <source>Doctors shown are fictional samples. Plans and groups: public data, dated where marked. Always confirm with your plan.</source>
        <translation>显示的医生都是虚构示例。健康计划和医疗团体：公开数据，已标明日期。请务必向您的健康计划确认。</translation>
    </message>
    <message>
        <source>Real doctors from public files, with fictional samples where those files have none (marked Sample). Always confirm with your plan.</source>
        <translation>来自公开文件的真实医生；公开文件中没有医生的地方，以虚构示例补上（标有“虚构示例”）。请务必向您的健康计划确认。</translation>
    </message>
    <message>
        <source>Doctors come from public provider files; see About for sources and dates. Always confirm with your plan.</source>
        <translation>医生数据来自公开的医疗服务提供者文件；来源和日期请参阅“关于”。请务必向您的健康计划确认。</translation>
    </message>
    <message>
        <source>This directory&apos;s newest data is from %1, more than a year ago. Plans and doctors may have changed: check with the plan before enrolling.</source>
        <translation>本名录最新的数据来自 %1，已超过一年。健康计划和医生可能已有变动：登记前请向健康计划查证。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete one digit</source>
        <translation>删除一个数字</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>清除所有数字</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>%1 (no font on this computer shows it)</source>
        <translation>%1（这部电脑没有可显示它的字体）</translation>
    </message>
    <message>
        <source>%1 could not be loaded; the language stays as it was.</source>
        <translation>无法加载 %1；语言保持不变。</translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation>美国手语</translation>
    </message>
    <message>
        <source>Who is the doctor for?</source>
        <translation>医生是为谁看病？</translation>
    </message>
    <message>
        <source>1 doctor found</source>
        <translation>找到 1 位医生</translation>
    </message>
    <message>
        <source>1 doctor found, at %1 office listings</source>
        <translation>找到 1 位医生，共 %1 个诊所地点</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found</source>
        <translation>
            <numerusform>找到 %Ln 位医生</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found, at %1 office listings</source>
        <translation>
            <numerusform>找到 %Ln 位医生，共 %1 个诊所地点</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>请先选择健康计划：返回第 1 步。</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s age on the left (0 for a baby). The list then shows only doctors who see patients that age.</source>
        <translation>请在左边输入病人的年龄（婴儿输入 0）。清单只会显示为该年龄病人看诊的医生。</translation>
    </message>
    <message>
        <source>a larger distance</source>
        <translation>更远的距离</translation>
    </message>
    <message>
        <source>any language for the doctor</source>
        <translation>医生会说任何语言</translation>
    </message>
    <message>
        <source>any language for the office staff</source>
        <translation>诊所职员会说任何语言</translation>
    </message>
    <message>
        <source>any new-patient status</source>
        <translation>任何新病人状态</translation>
    </message>
    <message>
        <source>any gender</source>
        <translation>任何性别</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>任何医院</translation>
    </message>
    <message>
        <source>fewer accessibility needs</source>
        <translation>较少的无障碍需求</translation>
    </message>
    <message>
        <source>doctors without video visits</source>
        <translation>没有视频看诊的医生</translation>
    </message>
    <message>
        <source>any office hours</source>
        <translation>任何办公时间</translation>
    </message>
    <message>
        <source>all groups in the plan</source>
        <translation>健康计划中的所有医疗团体</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, so this plan has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>PACE 适合 55 岁及以上人士，因此此计划没有适合这位病人的医生。请返回第 1 步选择另一个健康计划。</translation>
    </message>
    <message>
        <source>This plan is for people %1 and older, so it has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>此计划适合 %1 岁及以上人士，因此没有适合这位病人的医生。请返回第 1 步选择另一个健康计划。</translation>
    </message>
    <message>
        <source>No specialty is selected. Tick at least one of the specialties on the left.</source>
        <translation>没有选择任何专科。请在左边至少勾选一个专科。</translation>
    </message>
    <message>
        <source>No doctor matches these filters. Press &quot;Clear filters&quot; to start over.</source>
        <translation>没有医生符合这些筛选条件。请按“清除筛选条件”重新开始。</translation>
    </message>
    <message>
        <source>No doctor matches every filter. Try %1: that shows 1 doctor.</source>
        <translation>没有医生符合所有筛选条件。请尝试%1：这样会显示 1 位医生。</translation>
    </message>
    <message numerus="yes">
        <source>No doctor matches every filter. Try %1: that shows %Ln doctors.</source>
        <translation>
            <numerusform>没有医生符合所有筛选条件。请尝试%1：这样会显示 %Ln 位医生。</numerusform>
        </translation>
    </message>
    <message>
        <source>whether they take new patients</source>
        <translation>是否接受新病人</translation>
    </message>
    <message>
        <source>which languages the doctor speaks</source>
        <translation>医生会说哪些语言</translation>
    </message>
    <message>
        <source>which languages the office staff speak</source>
        <translation>诊所职员会说哪些语言</translation>
    </message>
    <message>
        <source>the doctor&apos;s gender</source>
        <translation>医生的性别</translation>
    </message>
    <message>
        <source>the office&apos;s wheelchair access</source>
        <translation>诊所的轮椅通道</translation>
    </message>
    <message>
        <source>whether they offer video visits</source>
        <translation>是否提供视频看诊</translation>
    </message>
    <message>
        <source>the office&apos;s hours</source>
        <translation>诊所的办公时间</translation>
    </message>
    <message>
        <source>1 more doctor is left out because the directory does not say %2.</source>
        <translation>另有 1 位医生未列出，因为名录没有说明%2。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more doctors are left out because the directory does not say %1.</source>
        <translation>
            <numerusform>另有 %Ln 位医生未列出，因为名录没有说明%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Call their offices to ask.</source>
        <translation>请致电他们的诊所查询。</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>This doctor is not taking new patients</source>
        <translation>这位医生不接受新病人</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>不接受新病人</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>What choosing this doctor means</source>
        <translation>选择这位医生代表什么</translation>
    </message>
    <message>
        <source>Choose anyway</source>
        <translation>仍然选择</translation>
    </message>
    <message>
        <source>Choose this doctor anyway</source>
        <translation>仍然选择这位医生</translation>
    </message>
    <message>
        <source>Pick another doctor</source>
        <translation>另选一位医生</translation>
    </message>
</context>
<context>
    <name>AreaBar</name>
    <message>
        <source>Your ZIP code</source>
        <translation>您的邮政编码（ZIP）</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>邮政编码（ZIP）</translation>
    </message>
    <message>
        <source>Your county</source>
        <translation>您的县</translation>
    </message>
    <message>
        <source>All of California</source>
        <translation>全加州</translation>
    </message>
    <message>
        <source>ZIP code message</source>
        <translation>邮政编码消息</translation>
    </message>
    <message>
        <source>ZIP:</source>
        <translation>邮政编码：</translation>
    </message>
    <message>
        <source>or county:</source>
        <translation>或县：</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code, or pick a county.</source>
        <translation>请输入 5 位数的邮政编码（ZIP），或选择一个县。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole ZIP code. A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>“%1”不是完整的邮政编码（ZIP）。邮政编码是 5 位数字，例如 94110（或 ZIP+4，例如 94110-1234）。</translation>
    </message>
    <message>
        <source>%1, %2 County</source>
        <translation>%1，%2县</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code.</source>
        <translation>请输入 5 位数的邮政编码（ZIP）。</translation>
    </message>
    <message>
        <source>Type the ZIP code with the digits 0-9.</source>
        <translation>请用数字 0-9 输入邮政编码。</translation>
    </message>
    <message>
        <source>A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>邮政编码（ZIP）是 5 位数字，例如 94110（或 ZIP+4，例如 94110-1234）。</translation>
    </message>
    <message>
        <source>%1 is not a California ZIP code. HMO Desktop covers California plans; enter a California ZIP or pick a county.</source>
        <translation>%1 不是加州的邮政编码。HMO Desktop 只包括加州的健康计划；请输入加州的邮政编码（ZIP）或选择一个县。</translation>
    </message>
    <message>
        <source>ZIP %1 is not in our list of California ZIP codes (it may be a PO box or a new ZIP). Try a nearby ZIP or pick a county.</source>
        <translation>邮政编码 %1 不在我们的加州邮政编码名单中（可能是邮政信箱或新的邮政编码）。请尝试附近的邮政编码或选择一个县。</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm your PCP choice</source>
        <translation>确认您选择的主治医生</translation>
    </message>
    <message>
        <source>Your PCP choice</source>
        <translation>您选择的主治医生</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>不在本名录中；请致电健康计划</translation>
    </message>
    <message>
        <source>practise the steps here; do not give a sample PCP ID to a plan.</source>
        <translation>您可以在这里练习各个步骤；请不要将虚构的示例主治医生编号提供给健康计划。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>健康计划</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>医疗团体</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>示例医疗团体，虚构</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>医疗团体代码</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>示例医生，虚构</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>专科</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>主治医生编号（PCP ID）</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it</source>
        <translation>不在本名录中：由健康计划提供</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>示例编号，虚构</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>新病人</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>诊所</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>诊所电话</translation>
    </message>
    <message>
        <source>Medical group phone</source>
        <translation>医疗团体电话</translation>
    </message>
    <message>
        <source>Plan member services</source>
        <translation>健康计划会员服务部</translation>
    </message>
    <message>
        <source>the number on your member ID card</source>
        <translation>您会员卡上的电话号码</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>不接受新病人</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office before you tell the plan: ask whether they will take you as a new patient in this plan. If they say no, choose another doctor.</source>
        <translation>告诉健康计划之前，请先致电医生诊所：询问他们是否会在此计划中接受您成为新病人。如果他们说不会，请另选一位医生。</translation>
    </message>
    <message>
        <source>Keep a backup choice: a doctor who is taking new patients, in case the plan refuses this choice or assigns you someone else.</source>
        <translation>请准备一个备选：一位接受新病人的医生，以防健康计划拒绝这个选择或为您指定其他医生。</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office first: confirm they take your plan and are accepting new patients.</source>
        <translation>请先致电医生诊所：确认他们接受您的健康计划，并且接受新病人。</translation>
    </message>
    <message>
        <source>Tell your plan: call member services or use its website, and give the PCP ID above.</source>
        <translation>通知您的健康计划：致电会员服务部或使用其网站，并提供上面的主治医生编号（PCP ID）。</translation>
    </message>
    <message>
        <source>A PCP change usually takes effect on the first day of the next month.</source>
        <translation>更换主治医生通常在下个月的第一天生效。</translation>
    </message>
    <message>
        <source>Your new ID card will show the doctor and the medical group.</source>
        <translation>您的新会员卡会显示医生和医疗团体。</translation>
    </message>
    <message>
        <source>Networks change, so confirm with the plan.</source>
        <translation>网络会变动，请向健康计划确认。</translation>
    </message>
    <message>
        <source>Group list as of %1; networks change, so confirm with the plan.</source>
        <translation>医疗团体名单截至 %1；网络会变动，请向健康计划确认。</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>接下来的步骤</translation>
    </message>
    <message>
        <source>Summary of your choice</source>
        <translation>您的选择摘要</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CrashScreen</name>
    <message>
        <source>Please ask staff</source>
        <translation>请询问工作人员</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. What was entered has been cleared. A staff member can help you start again.</source>
        <translation>HMO Desktop 内部出现问题。您输入的信息已清除。工作人员可以协助您重新开始。</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
</context>
<context>
    <name>DoctorProfileView</name>
    <message>
        <source>Doctor&apos;s profile</source>
        <translation>医生简介</translation>
    </message>
    <message>
        <source>Choose as my PCP</source>
        <translation>选为我的主治医生</translation>
    </message>
    <message>
        <source>Add to household…</source>
        <translation>加入家庭…</translation>
    </message>
    <message>
        <source>Add this doctor to a member of the household</source>
        <translation>将这位医生加给一位家庭成员</translation>
    </message>
    <message>
        <source>Choose a plan that includes this doctor first.</source>
        <translation>请先选择包括这位医生的健康计划。</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients: you will be asked first.</source>
        <translation>这位医生不接受新病人：系统会先询问您。</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>公开数据</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>公开数据，可能已过时</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>由本应用程序推断</translation>
    </message>
    <message>
        <source>fictional sample made by this app</source>
        <translation>本应用程序产生的虚构示例</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Board certification: %1</source>
        <translation>专科委员会认证：%1</translation>
    </message>
    <message>
        <source>Board certified</source>
        <translation>已获专科委员会认证</translation>
    </message>
    <message>
        <source>Board certified: %1</source>
        <translation>已获专科委员会认证：%1</translation>
    </message>
    <message>
        <source>Not board certified</source>
        <translation>未获专科委员会认证</translation>
    </message>
    <message>
        <source>Sample ID</source>
        <translation>示例编号</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>示例医生，虚构</translation>
    </message>
    <message>
        <source>fictional; not an NPI</source>
        <translation>虚构；不是 NPI 号码</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>不在本名录中</translation>
    </message>
    <message>
        <source>Languages the doctor speaks</source>
        <translation>医生会说的语言</translation>
    </message>
    <message>
        <source>ages %1 to %2</source>
        <translation>%1 至 %2 岁</translation>
    </message>
    <message>
        <source>ages %1 and up</source>
        <translation>%1 岁及以上</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>虚构示例</translation>
    </message>
    <message>
        <source>Ages seen</source>
        <translation>看诊年龄</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>none in this directory; ask the medical group which it uses.</source>
        <translation>本名录中没有；请向医疗团体查询它使用哪些医院。</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>不在本名录中；请致电健康计划</translation>
    </message>
    <message>
        <source>sample office, fictional</source>
        <translation>示例诊所，虚构</translation>
    </message>
    <message>
        <source>Address not in this directory; call the plan</source>
        <translation>地址不在本名录中；请致电健康计划</translation>
    </message>
    <message>
        <source>not in this directory; call the office</source>
        <translation>不在本名录中；请致电诊所</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <source>Office staff speak</source>
        <translation>诊所职员会说</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>示例医疗团体，虚构</translation>
    </message>
    <message>
        <source>group code</source>
        <translation>医疗团体代码</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>示例编号，虚构</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>主治医生编号（PCP ID）</translation>
    </message>
    <message>
        <source>PCP ID: not in this directory: the plan gives it when you enroll</source>
        <translation>主治医生编号（PCP ID）：不在本名录中：登记时由健康计划提供</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this group</source>
        <translation>本名录中没有任何 HMO 网络列出这个医疗团体</translation>
    </message>
    <message>
        <source>the plan lists this group; the doctor&apos;s practice was matched to it by name</source>
        <translation>健康计划列出了这个医疗团体；医生的诊所是按名称与它配对的</translation>
    </message>
    <message>
        <source>video visits</source>
        <translation>视频看诊</translation>
    </message>
    <message>
        <source>not in this directory; ask the group or the plan</source>
        <translation>不在本名录中；请向医疗团体或健康计划查询</translation>
    </message>
    <message>
        <source>Group phone</source>
        <translation>医疗团体电话</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>下班时间热线</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>转诊规定</translation>
    </message>
    <message>
        <source>this doctor is generated sample data, not a real person.</source>
        <translation>这位医生是电脑产生的示例数据，并非真实人物。</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>示例诊所，并非真实地址</translation>
    </message>
    <message>
        <source>In your plan</source>
        <translation>在您的健康计划中</translation>
    </message>
    <message>
        <source>This doctor is not in this plan.</source>
        <translation>这位医生不在此计划中。</translation>
    </message>
    <message>
        <source>If you change plans and want to keep this doctor, these plans include them</source>
        <translation>如果您更换健康计划又想保留这位医生，以下计划包括这位医生</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group. Ask the doctor&apos;s office which HMO plans they take, then check with the plan.</source>
        <translation>本名录中没有任何 HMO 网络列出这位医生的医疗团体。请询问医生诊所接受哪些 HMO 计划，然后向该计划查证。</translation>
    </message>
    <message>
        <source>Not in an HMO network here</source>
        <translation>在这里不属于任何 HMO 网络</translation>
    </message>
</context>
<context>
    <name>FindDoctorDialog</name>
    <message>
        <source>Find my current doctor</source>
        <translation>寻找我目前的医生</translation>
    </message>
    <message>
        <source>Doctor&apos;s name</source>
        <translation>医生姓名</translation>
    </message>
    <message>
        <source>Type the doctor&apos;s name, e.g. Nguyen or José</source>
        <translation>输入医生的姓名，例如 Nguyen 或 José</translation>
    </message>
    <message>
        <source>Only doctors with an office in my county</source>
        <translation>只显示在我所在县有诊所的医生</translation>
    </message>
    <message>
        <source>Only doctors near me (choose a ZIP or county first)</source>
        <translation>只显示我附近的医生（请先选择邮政编码或县）</translation>
    </message>
    <message>
        <source>Only doctors with an office in %1 County</source>
        <translation>只显示在%1县有诊所的医生</translation>
    </message>
    <message>
        <source>Doctors found</source>
        <translation>找到的医生</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more offices</source>
        <translation>
            <numerusform>以及另外 %Ln 家诊所</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more medical groups</source>
        <translation>
            <numerusform>以及另外 %Ln 个医疗团体</numerusform>
        </translation>
    </message>
    <message>
        <source>Start typing a first or last name.</source>
        <translation>请开始输入名字或姓氏。</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>搜索提示</translation>
    </message>
    <message>
        <source>Open the doctor&apos;s profile</source>
        <translation>打开医生简介</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No office listed</source>
        <translation>没有列出诊所</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group</source>
        <translation>本名录中没有任何 HMO 网络列出这位医生的医疗团体</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>在 %1 中</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>不在 %1 中</translation>
    </message>
    <message>
        <source>and 1 more office</source>
        <translation>以及另外 1 家诊所</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found. Press Enter to open the first.</source>
        <translation>
            <numerusform>找到 %Ln 位医生。按 Enter 打开第一位的简介。</numerusform>
        </translation>
    </message>
    <message>
        <source>and 1 more medical group</source>
        <translation>以及另外 1 个医疗团体</translation>
    </message>
    <message>
        <source>No doctor&apos;s name starts with &quot;%1&quot;. Check the spelling or type less.</source>
        <translation>没有医生的姓名以“%1”开头。请检查拼写或少输入几个字。</translation>
    </message>
    <message>
        <source>No doctor with an office in %2 County has a name that starts with &quot;%1&quot;. Check the spelling, type less, or clear the box above to search all of California.</source>
        <translation>在%2县有诊所的医生中，没有人的姓名以“%1”开头。请检查拼写、少输入几个字，或清除上面的方框以搜索全加州。</translation>
    </message>
    <message>
        <source>1 doctor found. Press Enter to open the profile.</source>
        <translation>找到 1 位医生。按 Enter 打开其简介。</translation>
    </message>
    <message>
        <source>Only the first %1 are listed: type more of the name.</source>
        <translation>只列出前 %1 位：请输入更多姓名。</translation>
    </message>
    <message>
        <source>Choose a plan to see whether each doctor is in it.</source>
        <translation>请选择健康计划，以查看每位医生是否在该计划中。</translation>
    </message>
</context>
<context>
    <name>GroupBrowser</name>
    <message>
        <source>Choose a medical group</source>
        <translation>选择医疗团体</translation>
    </message>
    <message>
        <source>Search groups by name</source>
        <translation>按名称搜索医疗团体</translation>
    </message>
    <message>
        <source>Type a group name</source>
        <translation>输入医疗团体名称</translation>
    </message>
    <message>
        <source>Sort groups by</source>
        <translation>医疗团体排序方式</translation>
    </message>
    <message>
        <source>Nearest first, then by county</source>
        <translation>最近的优先，然后按县</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Most accepting new patients</source>
        <translation>接受新病人最多</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>医疗团体</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Medical groups</source>
        <translation>医疗团体</translation>
    </message>
    <message>
        <source>What choosing this group means</source>
        <translation>选择这个医疗团体代表什么</translation>
    </message>
    <message>
        <source>No groups message</source>
        <translation>没有医疗团体消息</translation>
    </message>
    <message>
        <source>Choose this group</source>
        <translation>选择这个医疗团体</translation>
    </message>
    <message>
        <source>Skip: search doctors in the whole plan</source>
        <translation>略过：在整个健康计划中搜索医生</translation>
    </message>
    <message>
        <source>Skip choosing a group</source>
        <translation>略过选择医疗团体</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>请先选择健康计划：返回第 1 步。</translation>
    </message>
    <message>
        <source>Your care team in %1</source>
        <translation>您在 %1 的护理团队</translation>
    </message>
    <message>
        <source>Choose a medical group in %1</source>
        <translation>选择 %1 的医疗团体</translation>
    </message>
    <message>
        <source>Choose this care team</source>
        <translation>选择这个护理团队</translation>
    </message>
    <message>
        <source>Continue to doctors</source>
        <translation>继续选择医生</translation>
    </message>
    <message>
        <source>Groups anywhere in California (choose a ZIP code or county above)</source>
        <translation>全加州的医疗团体（请在上方选择邮政编码或县）</translation>
    </message>
    <message>
        <source>Groups the plan lists in %1 County</source>
        <translation>健康计划在%1县列出的医疗团体</translation>
    </message>
    <message>
        <source>This plan lists no medical groups here in the offline directory. Use &quot;Skip&quot; to search its doctors directly, or call the plan.</source>
        <translation>在离线名录中，这个健康计划没有列出这里的医疗团体。请使用“略过”直接搜索其医生，或致电健康计划。</translation>
    </message>
    <message>
        <source>No group name matches your search. Clear the search to see the group.</source>
        <translation>没有医疗团体名称符合您的搜索。清除搜索即可看到该医疗团体。</translation>
    </message>
    <message numerus="yes">
        <source>No group name matches your search. Clear the search to see all %Ln groups.</source>
        <translation>
            <numerusform>没有医疗团体名称符合您的搜索。清除搜索即可看到全部 %Ln 个医疗团体。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>HMO</source>
        <translation>HMO（健康维护组织）</translation>
    </message>
    <message>
        <source>A Health Maintenance Organization is a kind of health plan. You choose one primary care doctor (PCP) who coordinates your care. Except in emergencies, you use the doctors, hospitals and specialists of your PCP&apos;s medical group, and you need a referral to see a specialist (but not to see a participating OB/GYN).</source>
        <translation>健康维护组织（HMO）是一种健康计划。您选择一位主治医生（PCP）来协调您的医疗护理。除紧急情况外，您要使用您主治医生所属医疗团体的医生、医院和专科医生；看专科医生需要转诊（但看网络内的妇产科医生不需要）。</translation>
    </message>
    <message>
        <source>Medical group / IPA</source>
        <translation>医疗团体／IPA（独立医师协会）</translation>
    </message>
    <message>
        <source>A group of doctors that contracts with HMO plans. An IPA (Independent Physician Association) is a network of doctors in their own offices. Your PCP&apos;s group decides referrals, which specialists you see and which hospital you use.</source>
        <translation>与 HMO 健康计划签约的一组医生。IPA（独立医师协会）是由在各自诊所执业的医生组成的网络。您的主治医生所属的医疗团体决定转诊、您看哪些专科医生以及您使用哪家医院。</translation>
    </message>
    <message>
        <source>Primary care physician (PCP)</source>
        <translation>主治医生（PCP）</translation>
    </message>
    <message>
        <source>Your main doctor: check-ups, everyday illness, prescriptions and referrals.</source>
        <translation>您的主要医生：负责身体检查、日常疾病、处方和转诊。</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>专科医生</translation>
    </message>
    <message>
        <source>A doctor for one area of medicine, such as heart or skin. In an HMO you usually need a referral from your PCP first.</source>
        <translation>专门负责某一医学领域（例如心脏或皮肤）的医生。在 HMO 中，您通常需要先取得主治医生的转诊。</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>转诊</translation>
    </message>
    <message>
        <source>Your PCP&apos;s request, approved by the medical group, for you to see a specialist or get a service. You do not need one to see a participating OB/GYN.</source>
        <translation>由您的主治医生提出并经医疗团体批准的请求，让您看专科医生或接受某项服务。看网络内的妇产科医生不需要转诊。</translation>
    </message>
    <message>
        <source>The four primary care specialties</source>
        <translation>四种基本医疗专科</translation>
    </message>
    <message>
        <source>Family medicine (all ages), internal medicine (adults), pediatrics (children and teens), and OB/GYN (women&apos;s health; some plans let an OB/GYN be your PCP). In California every HMO member can see a participating OB/GYN without a referral or prior approval; your plan may require the OB/GYN to be in your medical group.</source>
        <translation>家庭医学（所有年龄）、内科（成人）、儿科（儿童和青少年）以及妇产科（OB/GYN，妇女健康；有些健康计划允许妇产科医生担任您的主治医生）。在加州，每位 HMO 会员都可以看网络内的妇产科医生，不需要转诊或事先批准；您的健康计划可能要求该妇产科医生属于您的医疗团体。</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>接受新病人</translation>
    </message>
    <message>
        <source>The doctor takes new patients in this plan. &quot;Existing patients only&quot; means the doctor is not taking new patients: only people already seen there; &quot;Existing patients and their family&quot; adds those patients&apos; relatives. If you choose a doctor who is not taking new patients, the plan may refuse the choice or give you another doctor, so call the office first. Always call the office to confirm: lists change often.</source>
        <translation>医生在此计划中接受新病人。“只看现有病人”表示医生不接受新病人：只看已经在那里看诊的人；“只看现有病人及其家人”则另外包括这些病人的亲属。如果您选择不接受新病人的医生，健康计划可能会拒绝您的选择或另外为您指定医生，所以请先致电诊所。请务必致电诊所确认：名单经常变动。</translation>
    </message>
    <message>
        <source>Sample doctors</source>
        <translation>虚构示例医生</translation>
    </message>
    <message>
        <source>No public file lists California doctors with their groups, so the doctors in this directory are fictional samples, marked &quot;Sample doctor (fictional)&quot;, and so are their offices and phone numbers. Plans, the names of medical groups, hospitals and ZIP codes come from public data, with their dates. A hospital marked &quot;inferred&quot; is one near the offices, not one the doctor or group published; anything marked &quot;sample&quot; or &quot;fictional&quot; is made up.</source>
        <translation>没有任何公开文件列出加州医生及其所属的医疗团体，因此本名录中的医生都是虚构示例，标有“示例医生（虚构，并非真实医生）”，他们的诊所和电话号码也同样是虚构的。健康计划、医疗团体名称、医院和邮政编码（ZIP）来自公开数据，并附有日期。标有“推断”的医院是诊所附近的医院，而不是医生或医疗团体公布的医院；任何标有“示例”或“虚构”字样的内容都是编造的，并非真实。</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>说明和词汇表</translation>
    </message>
    <message>
        <source>Help: words you will see</source>
        <translation>说明：您会看到的词语</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>词汇表</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>关闭说明</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>剩余秒数</translation>
    </message>
    <message>
        <source>When the count reaches 0, everything on this screen is cleared for the next person. Touch anywhere or press any key for more time.</source>
        <translation>倒数到 0 时，这个画面上的所有信息都会被清除，供下一位用户使用。轻触任何地方或按任何键即可延长时间。</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>我需要更多时间</translation>
    </message>
    <message>
        <source>I&apos;m finished</source>
        <translation>我已完成</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything now</source>
        <translation>我已完成：立即清除所有信息</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>I&apos;m finished</source>
        <translation>我已完成</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything for the next person</source>
        <translation>我已完成：为下一位用户清除所有信息</translation>
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
        <translation>HMO Desktop：选择您的主治医生</translation>
    </message>
    <message>
        <source>%1 does not serve this area: choose a plan again.</source>
        <translation>%1 不服务这个地区：请重新选择健康计划。</translation>
    </message>
    <message>
        <source>%1 is not listed here: choose a medical group again.</source>
        <translation>%1 不在这里的名单上：请重新选择医疗团体。</translation>
    </message>
</context>
<context>
    <name>PcpChooser</name>
    <message>
        <source>Choose your primary care doctor</source>
        <translation>选择您的主治医生</translation>
    </message>
    <message>
        <source>Where you are searching</source>
        <translation>您搜索的地点</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>隐藏筛选条件</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Number of doctors found</source>
        <translation>找到的医生人数</translation>
    </message>
    <message>
        <source>No doctors message</source>
        <translation>没有医生消息</translation>
    </message>
    <message>
        <source>Doctors left out for facts not in this directory</source>
        <translation>因本名录缺少数据而未列出的医生</translation>
    </message>
    <message>
        <source>See doctor&apos;s profile</source>
        <translation>查看医生简介</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>显示筛选条件</translation>
    </message>
    <message>
        <source>About the selected doctor</source>
        <translation>关于所选医生</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>all medical groups in the plan</source>
        <translation>健康计划中的所有医疗团体</translation>
    </message>
    <message>
        <source>offices in %1 County, nearest to %2</source>
        <translation>%1县的诊所，离 %2 最近的优先</translation>
    </message>
    <message>
        <source>offices in %1 County</source>
        <translation>%1县的诊所</translation>
    </message>
    <message>
        <source>offices anywhere in California</source>
        <translation>全加州的诊所</translation>
    </message>
</context>
<context>
    <name>PcpFilterPanel</name>
    <message>
        <source>Who is the doctor for?</source>
        <translation>医生是为谁看病？</translation>
    </message>
    <message>
        <source>Patient&apos;s age</source>
        <translation>病人的年龄</translation>
    </message>
    <message>
        <source>Enter age</source>
        <translation>输入年龄</translation>
    </message>
    <message>
        <source>Type the age of the person who needs the doctor; babies are 0</source>
        <translation>输入需要看医生的人的年龄；婴儿为 0</translation>
    </message>
    <message>
        <source>Patient&apos;s sex (optional)</source>
        <translation>病人的性别（可不填）</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>年龄：</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>性别（可不填）：</translation>
    </message>
    <message>
        <source>Primary care specialties</source>
        <translation>基本医疗专科</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>新病人</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <source>Accepting new patients, or call to ask</source>
        <translation>接受新病人，或请致电查询</translation>
    </message>
    <message>
        <source>Not in this directory: call to ask</source>
        <translation>不在本名录中：请致电查询</translation>
    </message>
    <message>
        <source>Language the doctor speaks</source>
        <translation>医生会说的语言</translation>
    </message>
    <message>
        <source>Language the office staff speak</source>
        <translation>诊所职员会说的语言</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>任何语言</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender</source>
        <translation>医生的性别</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任何</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>任何距离</translation>
    </message>
    <message>
        <source>Within %1 miles</source>
        <translation>%1 英里内</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Any hospital</source>
        <translation>任何医院</translation>
    </message>
    <message>
        <source>Offers video visits</source>
        <translation>提供视频看诊</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>晚间时间</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>星期六时间</translation>
    </message>
    <message>
        <source>Wheelchair accessible office</source>
        <translation>有轮椅通道的诊所</translation>
    </message>
    <message>
        <source>Parking, entrance, inside, restroom, exam room and exam table all accessible</source>
        <translation>停车位、入口、大楼内部、洗手间、检查室和检查床全部无障碍</translation>
    </message>
    <message>
        <source>Sort doctors by</source>
        <translation>医生排序方式</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>最近的优先</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选条件</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>新病人：</translation>
    </message>
    <message>
        <source>Doctor speaks:</source>
        <translation>医生会说：</translation>
    </message>
    <message>
        <source>Staff speak:</source>
        <translation>职员会说：</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender:</source>
        <translation>医生的性别：</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>距离：</translation>
    </message>
    <message>
        <source>Hospital:</source>
        <translation>医院：</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1（推断）</translation>
    </message>
</context>
<context>
    <name>PlanNotListedDialog</name>
    <message>
        <source>My plan is not listed</source>
        <translation>我的健康计划不在名单上</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>怎么办</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>PlanPicker</name>
    <message>
        <source>Choose your health plan</source>
        <translation>选择您的健康计划</translation>
    </message>
    <message>
        <source>These HMO plans serve your area. Pick the one on your member ID card, or the one you are enrolling in.</source>
        <translation>以下 HMO 健康计划服务您的地区。请选择您会员卡上的计划，或您正在登记的计划。</translation>
    </message>
    <message>
        <source>What is an HMO?</source>
        <translation>什么是 HMO？</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>健康计划</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>会员服务部</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>数据日期</translation>
    </message>
    <message>
        <source>Health plans in your area</source>
        <translation>您所在地区的健康计划</translation>
    </message>
    <message>
        <source>About the selected plan</source>
        <translation>关于所选的健康计划</translation>
    </message>
    <message>
        <source>My plan is not listed</source>
        <translation>我的健康计划不在名单上</translation>
    </message>
    <message>
        <source>My plan is not listed: what to do</source>
        <translation>我的健康计划不在名单上：怎么办</translation>
    </message>
    <message>
        <source>Continue with this plan</source>
        <translation>继续使用这个健康计划</translation>
    </message>
    <message>
        <source>No plans message</source>
        <translation>没有健康计划消息</translation>
    </message>
    <message>
        <source>Opening the doctor directory...</source>
        <translation>正在打开医生名录...</translation>
    </message>
    <message>
        <source>See your member ID card</source>
        <translation>请查看您的会员卡</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>%1县</translation>
    </message>
    <message>
        <source>California</source>
        <translation>加州</translation>
    </message>
    <message>
        <source>Choose your health plan in %1</source>
        <translation>选择您在 %1 的健康计划</translation>
    </message>
    <message>
        <source>ZIP %1 (%2)</source>
        <translation>邮政编码 %1（%2）</translation>
    </message>
    <message>
        <source>No plan in this directory serves %1: it has only the plans in public files, and none of them lists this area. Check the ZIP code or pick another county. If you already have a plan, press &quot;My plan is not listed&quot; to see how to find its doctors.</source>
        <translation>本名录中没有健康计划服务 %1：本名录只有公开文件中的健康计划，而它们都没有列出这个地区。请检查邮政编码或选择另一个县。如果您已经有健康计划，请按“我的健康计划不在名单上”，了解如何找到它的医生。</translation>
    </message>
    <message>
        <source>Select your plan to see what it covers.</source>
        <translation>选择您的健康计划，查看它的涵盖范围。</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find a primary care doctor</source>
        <translation>寻找主治医生</translation>
    </message>
    <message>
        <source>Choose your language, type your ZIP code if you like, then press Start. When you are done, press “I&apos;m finished”: everything you entered is cleared for the next person.</source>
        <translation>请选择您的语言，也可以输入您的邮政编码，然后按“开始”。完成后，请按“我已完成”：您输入的所有信息都会被清除，供下一位用户使用。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Your ZIP code (optional)</source>
        <translation>您的邮政编码（可不填）</translation>
    </message>
    <message>
        <source>Five digits, to list doctors near you.</source>
        <translation>5 位数字，用来列出您附近的医生。</translation>
    </message>
    <message>
        <source>Your ZIP code</source>
        <translation>您的邮政编码（ZIP）</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>邮政编码（ZIP）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Staff only: enter the staff PIN</source>
        <translation>仅限工作人员：请输入工作人员密码（PIN）</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Find my current doctor</source>
        <translation>寻找我目前的医生</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>说明和词汇表</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data</source>
        <translation>关于 HMO Desktop 及其数据</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Start over with a new member (also Ctrl+N)</source>
        <translation>为新成员重新开始（也可按 Ctrl+N）</translation>
    </message>
    <message>
        <source>Forget this member&apos;s ZIP, plan, group, doctor, filters and searches</source>
        <translation>清除此成员的邮政编码、健康计划、医疗团体、医生、筛选条件和搜索</translation>
    </message>
</context>
</TS>
