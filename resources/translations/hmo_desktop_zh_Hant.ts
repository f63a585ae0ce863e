<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <source>%1, age %2</source>
        <translation>%1，%2歲</translation>
    </message>
    <message>
        <source>Next step for Medi-Cal: Health Care Options</source>
        <translation>Medi-Cal 的下一步：Health Care Options（醫療保健選項）</translation>
    </message>
    <message>
        <source>Before you enroll</source>
        <translation>登記之前</translation>
    </message>
    <message>
        <source>PCP ID:</source>
        <translation>主治醫生編號（PCP ID）：</translation>
    </message>
    <message>
        <source>Family medicine</source>
        <translation>家庭醫學</translation>
    </message>
    <message>
        <source>Internal medicine</source>
        <translation>內科</translation>
    </message>
    <message>
        <source>Pediatrics</source>
        <translation>兒科</translation>
    </message>
    <message>
        <source>OB/GYN</source>
        <translation>婦產科（OB/GYN）</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭醫學</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>內科</translation>
    </message>
    <message>
        <source>All ages, children to seniors; often the whole family.</source>
        <translation>所有年齡，從兒童到長者；通常可為全家看診。</translation>
    </message>
    <message>
        <source>Adults only: prevention and long-term conditions.</source>
        <translation>只看成人：預防保健和長期疾病。</translation>
    </message>
    <message>
        <source>Babies, children and teens (up to 18 or 21).</source>
        <translation>嬰兒、兒童和青少年（最多到 18 或 21 歲）。</translation>
    </message>
    <message>
        <source>Women&apos;s health, pregnancy and gynecology; some act as a PCP.</source>
        <translation>婦女健康、懷孕和婦科；有些可擔任主治醫生（PCP）。</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>接受新病人</translation>
    </message>
    <message>
        <source>Existing patients only</source>
        <translation>只看現有病人</translation>
    </message>
    <message>
        <source>Existing patients and their family</source>
        <translation>只看現有病人及其家人</translation>
    </message>
    <message>
        <source>Not accepting patients</source>
        <translation>不接受病人</translation>
    </message>
    <message>
        <source>Call to ask</source>
        <translation>請致電查詢</translation>
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
        <translation>Medicare Advantage（聯邦醫療保險優勢計劃）</translation>
    </message>
    <message>
        <source>Employer and individual (commercial)</source>
        <translation>僱主和個人（商業保險）</translation>
    </message>
    <message>
        <source>Accessible parking</source>
        <translation>無障礙停車位</translation>
    </message>
    <message>
        <source>Accessible entrance</source>
        <translation>無障礙入口</translation>
    </message>
    <message>
        <source>Accessible inside the building</source>
        <translation>大樓內部無障礙</translation>
    </message>
    <message>
        <source>Accessible restroom</source>
        <translation>無障礙洗手間</translation>
    </message>
    <message>
        <source>Accessible exam room</source>
        <translation>無障礙檢查室</translation>
    </message>
    <message>
        <source>Height-adjustable exam table / accessible scale</source>
        <translation>可調高度的檢查床／無障礙體重秤</translation>
    </message>
    <message>
        <source>Sample doctor (fictional)</source>
        <translation>示例醫生（虛構，並非真實醫生）</translation>
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
        <translation>語言：只有英文。</translation>
    </message>
    <message>
        <source>Languages: English, %1. None of these translations has been reviewed by a fluent speaker yet; tell the team what reads wrong.</source>
        <translation>語言：英文、%1。這些翻譯都尚未經過語言流利的人士審閱；如有讀起來不對的地方，請告訴開發團隊。</translation>
    </message>
    <message>
        <source>Languages: English, %1. Reviewed by a fluent speaker: %2.</source>
        <translation>語言：英文、%1。已經過語言流利的人士審閱：%2。</translation>
    </message>
    <message>
        <source>To translate or review a language, open its file, resources/translations/hmo_desktop_&lt;code&gt;.ts, in Qt Linguist (README, &quot;Languages&quot;).</source>
        <translation>若要翻譯或審閱某種語言，請用 Qt Linguist 開啟其檔案 resources/translations/hmo_desktop_&lt;code&gt;.ts（README 的「Languages」一節）。</translation>
    </message>
    <message>
        <source>made by this app</source>
        <translation>由本應用程式產生</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>fictional samples, made up by this app</source>
        <translation>虛構示例，由本應用程式編造</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>由本應用程式推斷</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>公開資料，可能已過時</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>公開資料</translation>
    </message>
    <message>
        <source>none (used while building)</source>
        <translation>無（僅在建立時使用）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>記錄數</translation>
    </message>
    <message>
        <source>Works offline; sends nothing anywhere.</source>
        <translation>離線運作；不會向任何地方傳送任何資料。</translation>
    </message>
    <message>
        <source>Directory %1, checksum %2</source>
        <translation>名錄 %1，校驗碼 %2</translation>
    </message>
    <message>
        <source>Data sources (%1)</source>
        <translation>資料來源（%1）</translation>
    </message>
    <message>
        <source>About HMO Desktop</source>
        <translation>關於 HMO Desktop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data sources</source>
        <translation>關於 HMO Desktop 及其資料來源</translation>
    </message>
    <message>
        <source>%1 (sample office)</source>
        <translation>%1（示例診所，虛構）</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>%1縣</translation>
    </message>
    <message>
        <source>Sample group: its office is a sample placed at a ZIP code center, %1 away.</source>
        <translation>示例醫療團體：其診所是放在郵遞區號中心點的虛構示例，距離 %1。</translation>
    </message>
    <message>
        <source>Sample group: its office is not in this directory.</source>
        <translation>示例醫療團體：其診所不在本名錄中。</translation>
    </message>
    <message>
        <source>Serves %1; office address not in this directory.</source>
        <translation>服務 %1；診所地址不在本名錄中。</translation>
    </message>
    <message>
        <source>No %1 doctors in this group here</source>
        <translation>此醫療團體在這裡沒有%1醫生</translation>
    </message>
    <message>
        <source>%1 of 1 %2 doctor is accepting new patients</source>
        <translation>1 位%2醫生中有 %1 位接受新病人</translation>
    </message>
    <message numerus="yes">
        <source>%n counties</source>
        <translation>
            <numerusform>%n 個縣</numerusform>
        </translation>
    </message>
    <message>
        <source>Counties: %1</source>
        <translation>縣：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln %2 doctors are accepting new patients</source>
        <translation>
            <numerusform>%Ln 位%2醫生中有 %1 位接受新病人</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未評分</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未公佈</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1（推斷）</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan with one Permanente Medical Group per region. Enter your ZIP code or county above, or choose the group of the region where you live: Northern or Southern California.</source>
        <translation>Kaiser Permanente 是一體化計劃，每個地區有一個 Permanente 醫療團體。請在上方輸入您的郵遞區號（ZIP）或縣，或選擇您居住地區的醫療團體：北加州或南加州。</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, with a care team at each PACE center. Enter your ZIP code or county above, or choose the center where you live.</source>
        <translation>PACE（全包式長者護理計劃）適合 55 歲及以上人士，每個 PACE 中心都有護理團隊。請在上方輸入您的郵遞區號（ZIP）或縣，或選擇您居住地的中心。</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group of your region, so there is no medical group to choose. Continue to choose your doctor.</source>
        <translation>Kaiser Permanente 是一體化計劃：所有醫生都屬於您所在地區的 Permanente 醫療團體，因此不需要選擇醫療團體。請繼續選擇您的醫生。</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older. Your care team, your doctor included, is at your PACE center, so there is no medical group to choose. Continue to see the center&apos;s doctors.</source>
        <translation>PACE 適合 55 歲及以上人士。您的護理團隊（包括您的醫生）都在您的 PACE 中心，因此不需要選擇醫療團體。請繼續查看該中心的醫生。</translation>
    </message>
    <message>
        <source>Your doctor belongs to a medical group. The group decides referrals to specialists and which hospitals you use. Numbers show doctors accepting new patients, for patients of any age.</source>
        <translation>您的醫生屬於一個醫療團體。醫療團體決定是否轉診給專科醫生，以及您去哪些醫院。數字表示接受新病人的醫生人數（任何年齡的病人）。</translation>
    </message>
    <message>
        <source>If you choose this group, your PCP and your specialists come from it, and referrals to specialists go through it.</source>
        <translation>如果您選擇這個醫療團體，您的主治醫生（PCP）和專科醫生都來自這個團體，轉診給專科醫生也要經過它。</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>轉診規定</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>下班時間熱線</translation>
    </message>
    <message>
        <source>not in this directory: see your member ID card or call the plan.</source>
        <translation>不在本名錄中：請查看您的會員卡或致電健康計劃。</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>醫生</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>品質評分</translation>
    </message>
    <message>
        <source>Plan group code</source>
        <translation>健康計劃的醫療團體代碼</translation>
    </message>
    <message>
        <source>Sample group (fictional): this plan&apos;s group list is not available offline, so this group and everything said about it are samples.</source>
        <translation>示例醫療團體（虛構）：此計劃的醫療團體名單無法離線取得，因此這個醫療團體及其所有相關資料都是虛構示例。</translation>
    </message>
    <message>
        <source>The plan&apos;s own care team. Its doctors in this directory are samples.</source>
        <translation>計劃本身的護理團隊。本名錄中它的醫生都是虛構示例。</translation>
    </message>
    <message>
        <source>Listed by the carrier for this network in 2017-18. Networks change every year: call the plan to confirm.</source>
        <translation>由保險公司在 2017-18 年為此網絡列出。網絡每年都會變動：請致電健康計劃確認。</translation>
    </message>
    <message>
        <source>Not published: ask the group or the plan which hospitals it uses.</source>
        <translation>未公佈：請向醫療團體或健康計劃查詢它使用哪些醫院。</translation>
    </message>
    <message>
        <source>%1 (CMS rating %2 of 5)</source>
        <translation>%1（CMS 評分 %2 分，滿分 5 分）</translation>
    </message>
    <message>
        <source>inferred from distance, not published by the group</source>
        <translation>根據距離推斷，醫療團體並未公佈</translation>
    </message>
    <message>
        <source>sample, fictional</source>
        <translation>虛構示例</translation>
    </message>
    <message>
        <source>not in this directory: ask the group or the plan.</source>
        <translation>不在本名錄中：請向醫療團體或健康計劃查詢。</translation>
    </message>
    <message>
        <source>You can see an OB/GYN in your plan&apos;s network without a referral or prior approval (California law); the plan may require the OB/GYN to be in your medical group.</source>
        <translation>您可以在計劃網絡內看婦產科醫生（OB/GYN），不需要轉診或事先批准（加州法律）；健康計劃可能要求該婦產科醫生屬於您的醫療團體。</translation>
    </message>
    <message>
        <source>How a PACE member&apos;s doctor is assigned: when you enroll, the PACE center&apos;s care team assigns you a primary care doctor who works at the center. You can ask the center for a particular doctor on its team.</source>
        <translation>PACE 會員的醫生如何指定：您登記時，PACE 中心的護理團隊會為您指定一位在中心工作的主治醫生。您可以要求中心安排其團隊中的某位醫生。</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>首選</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>備選 %1</translation>
    </message>
    <message>
        <source>The selected member&apos;s doctors</source>
        <translation>所選成員的醫生</translation>
    </message>
    <message>
        <source>This member&apos;s plan</source>
        <translation>此成員的健康計劃</translation>
    </message>
    <message>
        <source>Plan for this member:</source>
        <translation>此成員的健康計劃：</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>選擇</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>醫生</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>新病人</translation>
    </message>
    <message>
        <source>Make first choice</source>
        <translation>設為首選</translation>
    </message>
    <message>
        <source>Make this doctor the member&apos;s first choice</source>
        <translation>將此醫生設為該成員的首選</translation>
    </message>
    <message>
        <source>Remove doctor</source>
        <translation>移除醫生</translation>
    </message>
    <message>
        <source>Remove this doctor from the member&apos;s choices</source>
        <translation>從該成員的選擇中移除此醫生</translation>
    </message>
    <message>
        <source>Select a member to see their plan and doctors.</source>
        <translation>選擇一位成員，查看其健康計劃和醫生。</translation>
    </message>
    <message>
        <source>%1&apos;s plan and doctors</source>
        <translation>%1 的健康計劃和醫生</translation>
    </message>
    <message>
        <source>The household&apos;s plan (%1)</source>
        <translation>家庭的健康計劃（%1）</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>尚未選擇</translation>
    </message>
    <message>
        <source>Type the member&apos;s first name or a nickname.</source>
        <translation>請輸入成員的名字或暱稱。</translation>
    </message>
    <message>
        <source>That name is long: a first name or a nickname is enough.</source>
        <translation>名字太長了：只需輸入名字或暱稱。</translation>
    </message>
    <message>
        <source>Type a first name or nickname only: no numbers, dates, IDs or addresses.</source>
        <translation>只輸入名字或暱稱：不要輸入數字、日期、證件號碼或地址。</translation>
    </message>
    <message>
        <source>The age must be from 0 to 120.</source>
        <translation>年齡必須在 0 到 120 之間。</translation>
    </message>
    <message>
        <source>Choose female, male, or leave sex not given.</source>
        <translation>請選擇女或男，或不填寫性別。</translation>
    </message>
    <message>
        <source>One of the access needs is not known to this app.</source>
        <translation>其中一項無障礙需求本應用程式無法識別。</translation>
    </message>
    <message>
        <source>This member cannot be added as given.</source>
        <translation>無法按所填資料新增此成員。</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>首選</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>備選 %1</translation>
    </message>
    <message>
        <source>%1 has no PCP yet.</source>
        <translation>%1 還沒有主治醫生（PCP）。</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is no longer in this directory for this plan; choose another doctor.</source>
        <translation>%1：%2（%3）已不在本名錄中此計劃的名單上；請選擇其他醫生。</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in this member&apos;s plan.</source>
        <translation>%1：%2（%3）不在此成員的健康計劃中。</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not taking new patients.</source>
        <translation>%1：%2（%3）不接受新病人。</translation>
    </message>
    <message>
        <source>%1: this directory does not say whether %2 (%3) takes new patients; call to ask.</source>
        <translation>%1：本名錄沒有說明 %2（%3）是否接受新病人；請致電查詢。</translation>
    </message>
    <message>
        <source>%1: %2 (%3) sees patients up to age %4; %1 ages out within a year.</source>
        <translation>%1：%2（%3）只看 %4 歲或以下的病人；%1 在一年內會超過這個年齡。</translation>
    </message>
    <message>
        <source>Add the members of the household, one at a time.</source>
        <translation>請逐一新增家庭成員。</translation>
    </message>
    <message>
        <source>Everyone has a PCP, and nothing needs another look.</source>
        <translation>每個人都有主治醫生（PCP），沒有需要再檢查的事項。</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1（虛構示例）</translation>
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
        <translation>不在本名錄中</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1，截至 %2</translation>
    </message>
    <message>
        <source>needs a ZIP</source>
        <translation>需要郵遞區號</translation>
    </message>
    <message>
        <source>not known here: open this doctor from the doctor step</source>
        <translation>此處不明：請從醫生步驟開啟這位醫生</translation>
    </message>
    <message>
        <source>Evening: %1; Saturday: %2</source>
        <translation>晚間：%1；星期六：%2</translation>
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
        <translation>不在本名錄中：請向醫療團體查詢</translation>
    </message>
    <message>
        <source>Doctor: %1. Office: %2. Group: %3. Plan: %4.</source>
        <translation>醫生：%1。診所：%2。醫療團體：%3。健康計劃：%4。</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <source>Doctor&apos;s languages</source>
        <translation>醫生的語言</translation>
    </message>
    <message>
        <source>Staff languages</source>
        <translation>職員的語言</translation>
    </message>
    <message>
        <source>Evening and Saturday hours</source>
        <translation>晚間及星期六時間</translation>
    </message>
    <message>
        <source>Video visits</source>
        <translation>視像看診</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>無障礙設施</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>醫院</translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation>專科委員會認證</translation>
    </message>
    <message>
        <source>Group rating</source>
        <translation>醫療團體評分</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>來源和日期</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Household: everyone enrolling together</source>
        <translation>家庭：一起登記的所有人</translation>
    </message>
    <message>
        <source>1 doctor can see everyone (ages %1).</source>
        <translation>1 位醫生可以為所有人看診（年齡 %1）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors can see everyone (ages %1).</source>
        <translation>
            <numerusform>%Ln 位醫生可以為所有人看診（年齡 %1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Same doctor for the family</source>
        <translation>全家同一位醫生</translation>
    </message>
    <message>
        <source>Doctors who can see every member</source>
        <translation>能為每位成員看診的醫生</translation>
    </message>
    <message>
        <source>Doctors for the whole family</source>
        <translation>適合全家的醫生</translation>
    </message>
    <message>
        <source>Doctors for everyone</source>
        <translation>適合所有人的醫生</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齡</translation>
    </message>
    <message>
        <source>PCP</source>
        <translation>主治醫生（PCP）</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>備選</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>家庭成員</translation>
    </message>
    <message>
        <source>Use the current doctor</source>
        <translation>使用目前的醫生</translation>
    </message>
    <message>
        <source>Use the current doctor as this member&apos;s first choice</source>
        <translation>將目前的醫生設為此成員的首選</translation>
    </message>
    <message>
        <source>Add as a backup</source>
        <translation>加為備選</translation>
    </message>
    <message>
        <source>Add the current doctor as this member&apos;s backup</source>
        <translation>將目前的醫生加為此成員的備選</translation>
    </message>
    <message>
        <source>Change member</source>
        <translation>更改成員</translation>
    </message>
    <message>
        <source>Change this member</source>
        <translation>更改此成員</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除成員</translation>
    </message>
    <message>
        <source>Remove this member</source>
        <translation>移除此成員</translation>
    </message>
    <message>
        <source>What to look at again</source>
        <translation>需要再檢查的事項</translation>
    </message>
    <message>
        <source>Compare the chosen doctors</source>
        <translation>比較所選的醫生</translation>
    </message>
    <message>
        <source>Members, or compare</source>
        <translation>成員或比較</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>成員(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;ompare doctors</source>
        <translation>比較醫生(&amp;O)</translation>
    </message>
    <message>
        <source>Needs a PCP</source>
        <translation>需要主治醫生</translation>
    </message>
    <message>
        <source>Choose a plan and add the members first.</source>
        <translation>請先選擇健康計劃並新增成員。</translation>
    </message>
    <message>
        <source>Use the current doctor for %1</source>
        <translation>為 %1 使用目前的醫生</translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation>登記摘要</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>名字或暱稱</translation>
    </message>
    <message>
        <source>Sex (optional)</source>
        <translation>性別（可不填）</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填寫</translation>
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
        <translation>首選語言（可不填）</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>輪椅通道</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>晚間時間</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>星期六時間</translation>
    </message>
    <message>
        <source>Wants an OB/GYN as PCP</source>
        <translation>想以婦產科醫生（OB/GYN）作為主治醫生</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>新增成員</translation>
    </message>
    <message>
        <source>Add this member</source>
        <translation>新增此成員</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>取消更改</translation>
    </message>
    <message>
        <source>Leave the member as they were</source>
        <translation>保留成員原來的資料</translation>
    </message>
    <message>
        <source>Why the member was not added</source>
        <translation>未能新增成員的原因</translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation>名字或暱稱：</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>年齡：</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>性別（可不填）：</translation>
    </message>
    <message>
        <source>Language (optional):</source>
        <translation>語言（可不填）：</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>儲存更改</translation>
    </message>
    <message>
        <source>Save the changes to this member</source>
        <translation>儲存對此成員的更改</translation>
    </message>
    <message>
        <source>The saved household file was damaged. It was set aside, and the last good copy was opened instead: check the members and their doctors.</source>
        <translation>已儲存的家庭檔案已損壞。它已被放在一旁，並改為開啟上一個完好的副本：請檢查成員及其醫生。</translation>
    </message>
    <message>
        <source>The saved household file was damaged, and there was no good copy to open. It was set aside; add the members again.</source>
        <translation>已儲存的家庭檔案已損壞，而且沒有完好的副本可以開啟。它已被放在一旁；請重新新增成員。</translation>
    </message>
    <message>
        <source>The saved household was kept by a newer version of HMO Desktop. It was left as it is; open it with that version.</source>
        <translation>已儲存的家庭資料是由較新版本的 HMO Desktop 保存的。它已保持原狀；請用該版本開啟。</translation>
    </message>
    <message>
        <source>The saved household could not be brought up to date. It was left as it was; add the members again, or try again after updating HMO Desktop.</source>
        <translation>已儲存的家庭資料無法更新。它已保持原狀；請重新新增成員，或在更新 HMO Desktop 後再試。</translation>
    </message>
    <message>
        <source>The saved household could not be opened.</source>
        <translation>無法開啟已儲存的家庭資料。</translation>
    </message>
    <message>
        <source>The saved household could not be opened: %1</source>
        <translation>無法開啟已儲存的家庭資料：%1</translation>
    </message>
    <message>
        <source>Your household kept on this computer is open: View &gt; Household.</source>
        <translation>您保存在這部電腦上的家庭資料已開啟：檢視 &gt; 家庭。</translation>
    </message>
    <message>
        <source>Doctors no longer in this directory: %1. Choose others.</source>
        <translation>已不在本名錄中的醫生：%1。請另選其他醫生。</translation>
    </message>
    <message>
        <source>The household could not be saved in %1: %2. Nothing was changed there.</source>
        <translation>無法將家庭資料儲存到 %1：%2。那裡沒有任何更改。</translation>
    </message>
    <message>
        <source>Kept on this computer. Changes are saved as you make them.</source>
        <translation>保存在這部電腦上。您所做的更改會自動儲存。</translation>
    </message>
    <message>
        <source>This household is forgotten: nothing of it is kept on this computer.</source>
        <translation>已忘記此家庭：這部電腦上沒有保留任何相關資料。</translation>
    </message>
    <message>
        <source>Keep this household?</source>
        <translation>保留此家庭資料？</translation>
    </message>
    <message>
        <source>Keep this household on this computer for next time?</source>
        <translation>要將此家庭資料保留在這部電腦上，供下次使用嗎？</translation>
    </message>
    <message>
        <source>Only the first names or nicknames, ages and chosen doctors are kept, in your user folder. On a shared computer, choose Don&apos;t keep.</source>
        <translation>只會保留名字或暱稱、年齡和所選的醫生，存放在您的使用者資料夾中。如果是共用電腦，請選擇「不保留」。</translation>
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
        <translation>忘記此家庭？</translation>
    </message>
    <message>
        <source>Its members and their doctors are removed from the screen, and the copy kept on this computer is deleted with its backups. This cannot be undone.</source>
        <translation>其成員及他們的醫生會從畫面上移除，保存在這部電腦上的副本及其備份也會被刪除。此操作無法復原。</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>忘記</translation>
    </message>
    <message>
        <source>&amp;Household…</source>
        <translation>家庭(&amp;H)…</translation>
    </message>
    <message>
        <source>The family&apos;s members, their doctors, and the enrollment summary</source>
        <translation>家庭成員、他們的醫生和登記摘要</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>接受新病人</translation>
    </message>
    <message>
        <source>%1; ages not in this directory</source>
        <translation>%1；年齡不在本名錄中</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>醫療團體</translation>
    </message>
    <message>
        <source>Save the enrollment summary</source>
        <translation>儲存登記摘要</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>大字體</translation>
    </message>
    <message>
        <source>Large print summary</source>
        <translation>大字體摘要</translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation>將摘要儲存為 PDF…</translation>
    </message>
    <message>
        <source>Save the enrollment summary as a PDF file</source>
        <translation>將登記摘要儲存為 PDF 檔案</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>列印摘要…</translation>
    </message>
    <message>
        <source>Print the enrollment summary</source>
        <translation>列印登記摘要</translation>
    </message>
    <message>
        <source>Keep on this computer</source>
        <translation>保留在這部電腦上</translation>
    </message>
    <message>
        <source>Keep this household on this computer</source>
        <translation>將此家庭資料保留在這部電腦上</translation>
    </message>
    <message>
        <source>Forget this household</source>
        <translation>忘記此家庭</translation>
    </message>
    <message>
        <source>Close the household</source>
        <translation>關閉家庭</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>已保存在這部電腦上</translation>
    </message>
    <message>
        <source>The summary is printing. Please collect it from the printer.</source>
        <translation>摘要正在列印。請到印表機領取。</translation>
    </message>
    <message>
        <source>The summary is ready. A staff member will print it for you.</source>
        <translation>摘要已準備好。工作人員會為您列印。</translation>
    </message>
    <message>
        <source>No printer is set up here. Please ask staff.</source>
        <translation>這裡沒有設定印表機。請詢問工作人員。</translation>
    </message>
    <message>
        <source>The summary could not be made. Please ask staff.</source>
        <translation>無法製作摘要。請詢問工作人員。</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>列印摘要</translation>
    </message>
    <message>
        <source>HMO Desktop kiosk</source>
        <translation>HMO Desktop 自助服務機</translation>
    </message>
    <message>
        <source>HMO Desktop</source>
        <translation>HMO Desktop</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>僅限工作人員</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>工作人員密碼（PIN）</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>工作人員密碼（PIN）：</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>密碼訊息</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Unlock staff settings</source>
        <translation>解鎖工作人員設定</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>返回自助服務機</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Clear for the next person</source>
        <translation>為下一位使用者清除</translation>
    </message>
    <message>
        <source>Clear everything now for the next person</source>
        <translation>立即清除所有資料，供下一位使用者使用</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>離開自助服務機</translation>
    </message>
    <message>
        <source>No staff PIN is set, so this kiosk cannot be left from here. To set one, run this on the computer, then start the kiosk again:

hmo-desktop --set-kiosk-pin

It is kept, as a salted hash, in %1</source>
        <translation>尚未設定工作人員密碼（PIN），因此無法從這裡離開此自助服務機。如要設定，請在這部電腦上執行以下指令，然後重新啟動自助服務機：

hmo-desktop --set-kiosk-pin

密碼會以加鹽雜湊形式保存在 %1</translation>
    </message>
    <message>
        <source>Configuration file: %1</source>
        <translation>設定檔：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Idle time before the warning: %1 seconds</source>
        <translation>顯示警告前的閒置時間：%1 秒</translation>
    </message>
    <message>
        <source>The warning counts down from: %1 seconds</source>
        <translation>警告倒數起始時間：%1 秒</translation>
    </message>
    <message>
        <source>Text size for each new person: %1 %</source>
        <translation>每位新使用者的文字大小：%1%</translation>
    </message>
    <message>
        <source>Summaries: PDF files in %1, emptied at every reset</source>
        <translation>摘要：PDF 檔案存放在 %1，每次重設時清空</translation>
    </message>
    <message>
        <source>Summaries: printed on %1</source>
        <translation>摘要：在 %1 列印</translation>
    </message>
    <message>
        <source>Summaries: no default printer is set up on this computer</source>
        <translation>摘要：這部電腦沒有設定預設印表機</translation>
    </message>
    <message>
        <source>The configuration file was not used: %1</source>
        <translation>未使用設定檔：%1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>密碼錯誤次數太多。請在 %1 秒後再試。</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>密碼不正確。</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>選單列</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>更多選單</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open directory…</source>
        <translation>開啟醫生名錄(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another doctor directory file; it is checked before it is used</source>
        <translation>開啟另一個醫生名錄檔案；使用前會先進行檢查</translation>
    </message>
    <message>
        <source>Open a doctor directory</source>
        <translation>開啟醫生名錄</translation>
    </message>
    <message>
        <source>Doctor directories (*.sqlite)</source>
        <translation>醫生名錄 (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. You can keep working; if it happens again, send these details to the team.</source>
        <translation>HMO Desktop 內部出現問題。您可以繼續使用；如果再次發生，請將以下詳細資料傳送給開發團隊。</translation>
    </message>
    <message>
        <source>The doctor directory is not an HMO Desktop directory.</source>
        <translation>這個醫生名錄不是 HMO Desktop 的名錄。</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is damaged.</source>
        <translation>HMO Desktop 隨附的醫生名錄已損壞。</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is missing.</source>
        <translation>找不到 HMO Desktop 隨附的醫生名錄。</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory.</source>
        <translation>HMO Desktop 沒有權限讀取其醫生名錄。</translation>
    </message>
    <message>
        <source>A folder is where HMO Desktop&apos;s doctor directory should be.</source>
        <translation>HMO Desktop 醫生名錄應在的位置是一個資料夾。</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory&apos;s manifest.</source>
        <translation>HMO Desktop 沒有權限讀取其醫生名錄的清單檔（manifest）。</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop is damaged.</source>
        <translation>提供給 HMO Desktop 的醫生名錄檔案已損壞。</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop does not exist.</source>
        <translation>提供給 HMO Desktop 的醫生名錄檔案不存在。</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the doctor directory file it was given.</source>
        <translation>HMO Desktop 沒有權限讀取提供給它的醫生名錄檔案。</translation>
    </message>
    <message>
        <source>HMO Desktop was given a folder, not a doctor directory file.</source>
        <translation>提供給 HMO Desktop 的是一個資料夾，而不是醫生名錄檔案。</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the manifest of the doctor directory file it was given.</source>
        <translation>HMO Desktop 沒有權限讀取提供給它的醫生名錄檔案的清單檔（manifest）。</translation>
    </message>
    <message>
        <source>This doctor directory needs a newer version of HMO Desktop.</source>
        <translation>這個醫生名錄需要較新版本的 HMO Desktop。</translation>
    </message>
    <message>
        <source>This doctor directory is too old for this version of HMO Desktop.</source>
        <translation>這個醫生名錄對這個版本的 HMO Desktop 來說太舊了。</translation>
    </message>
    <message>
        <source>Reinstall HMO Desktop, or rebuild the directory with &apos;python -m hmo_desktop.datapack build&apos;.</source>
        <translation>請重新安裝 HMO Desktop，或用 &apos;python -m hmo_desktop.datapack build&apos; 重新建立名錄。</translation>
    </message>
    <message>
        <source>Check that you may read it, or reinstall HMO Desktop.</source>
        <translation>請檢查您是否有權限讀取它，或重新安裝 HMO Desktop。</translation>
    </message>
    <message>
        <source>Remove or rename that folder, then reinstall HMO Desktop or rebuild the directory.</source>
        <translation>請移除該資料夾或將其改名，然後重新安裝 HMO Desktop 或重新建立名錄。</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use the directory that came with this version.</source>
        <translation>請更新 HMO Desktop，或使用這個版本隨附的名錄。</translation>
    </message>
    <message>
        <source>Check the file given with --directory, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>請檢查用 --directory 提供的檔案，或用 &apos;python -m hmo_desktop.datapack build --out FILE&apos; 建立新的名錄。</translation>
    </message>
    <message>
        <source>Check that you may read that file and the folders above it.</source>
        <translation>請檢查您是否有權限讀取該檔案及其上層資料夾。</translation>
    </message>
    <message>
        <source>Check that you may read the .manifest.json file beside the directory file.</source>
        <translation>請檢查您是否有權限讀取名錄檔案旁邊的 .manifest.json 檔案。</translation>
    </message>
    <message>
        <source>Give the path of a directory file (.sqlite), not of a folder.</source>
        <translation>請提供名錄檔案（.sqlite）的路徑，而不是資料夾的路徑。</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use a directory built by this version.</source>
        <translation>請更新 HMO Desktop，或使用由這個版本建立的名錄。</translation>
    </message>
    <message>
        <source>HMO Desktop cannot use this doctor directory.</source>
        <translation>HMO Desktop 無法使用這個醫生名錄。</translation>
    </message>
    <message>
        <source>Choose another directory file, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>請選擇另一個名錄檔案，或用 &apos;python -m hmo_desktop.datapack build --out FILE&apos; 建立新的名錄。</translation>
    </message>
    <message>
        <source>Open directory</source>
        <translation>開啟名錄</translation>
    </message>
    <message>
        <source>%1

HMO Desktop keeps using the directory it had open.</source>
        <translation>%1

HMO Desktop 會繼續使用原本開啟的名錄。</translation>
    </message>
    <message>
        <source>File: %1
%2</source>
        <translation>檔案：%1
%2</translation>
    </message>
    <message>
        <source>Checking the directory file…</source>
        <translation>正在檢查名錄檔案…</translation>
    </message>
    <message>
        <source>HMO Desktop: choose your primary care doctor (%1)</source>
        <translation>HMO Desktop：選擇您的主治醫生（%1）</translation>
    </message>
    <message>
        <source>Now using the directory %1.</source>
        <translation>現在使用名錄 %1。</translation>
    </message>
    <message>
        <source>Sample?</source>
        <translation>虛構示例？</translation>
    </message>
    <message>
        <source>Generated sample data, not a real person</source>
        <translation>電腦產生的示例資料，並非真實人物</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>診所</translation>
    </message>
    <message>
        <source>To a sample office placed at a ZIP code center</source>
        <translation>到放在郵遞區號中心點的示例診所（虛構）</translation>
    </message>
    <message>
        <source>Approximate: to the center of the office&apos;s ZIP code</source>
        <translation>約數：到診所郵遞區號的中心點</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>專科</translation>
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
        <translation>%1，可能已過時</translation>
    </message>
    <message>
        <source>Minimum Coverage</source>
        <translation>最低保障</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>銅級</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>銀級</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金級</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>白金級</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for %1 County</source>
        <translation>%1縣的 Medi-Cal 健康計劃</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for the counties it serves</source>
        <translation>其服務縣份的 Medi-Cal 健康計劃</translation>
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
        <translation>僱主和個人 HMO</translation>
    </message>
    <message>
        <source>Medicare Advantage HMO</source>
        <translation>Medicare Advantage HMO（聯邦醫療保險優勢計劃）</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group for your region, so there is no medical group to choose.</source>
        <translation>Kaiser Permanente 是一體化計劃：所有醫生都屬於您所在地區的 Permanente 醫療團體，因此不需要選擇醫療團體。</translation>
    </message>
    <message>
        <source>PACE: for people 55 and older who need a nursing-home level of care and can live safely at home; your care team, including your doctor, is at the PACE center.</source>
        <translation>PACE（全包式長者護理計劃）：適合 55 歲及以上、需要療養院程度的護理但可以安全在家生活的人士；您的護理團隊（包括您的醫生）都在 PACE 中心。</translation>
    </message>
    <message>
        <source>This plan&apos;s group list is from %1. Networks change every year: call the plan to confirm.</source>
        <translation>此計劃的醫療團體名單截至 %1。網絡每年都會變動：請致電健康計劃確認。</translation>
    </message>
    <message>
        <source>This plan&apos;s information is from %1. Plans and networks change every year: call the plan to confirm.</source>
        <translation>此計劃的資料截至 %1。健康計劃和網絡每年都會變動：請致電健康計劃確認。</translation>
    </message>
    <message>
        <source>Medical groups: the carrier&apos;s published list, as of %1.</source>
        <translation>醫療團體：保險公司公佈的名單，截至 %1。</translation>
    </message>
    <message>
        <source>Plan list as of %1.</source>
        <translation>計劃名單截至 %1。</translation>
    </message>
    <message>
        <source>This plan&apos;s medical group list is not available offline: the groups shown are samples.</source>
        <translation>此計劃的醫療團體名單無法離線取得：顯示的醫療團體都是虛構示例。</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>來源：%1。</translation>
    </message>
    <message>
        <source>Medi-Cal health plans, by county (December 2025)</source>
        <translation>Medi-Cal 健康計劃（按縣列出，2025 年 12 月）</translation>
    </message>
    <message>
        <source>Covered California HMOs (2017)</source>
        <translation>Covered California HMO（2017 年）</translation>
    </message>
    <message>
        <source>Anthem Blue Cross and UnitedHealthcare employer and individual HMO networks (2017–18)</source>
        <translation>Anthem Blue Cross 和 UnitedHealthcare 的僱主和個人 HMO 網絡（2017–18 年）</translation>
    </message>
    <message>
        <source>Use your plan&apos;s own provider directory (on its website or in your welcome kit).</source>
        <translation>請使用您健康計劃本身的醫療服務提供者名錄（在其網站上或在您的歡迎資料包中）。</translation>
    </message>
    <message>
        <source>Or call member services: the number is on your member ID card.</source>
        <translation>或致電會員服務部：電話號碼印在您的會員卡上。</translation>
    </message>
    <message>
        <source>Ask which medical groups and doctors are in your network, near you.</source>
        <translation>詢問您的網絡中有哪些在您附近的醫療團體和醫生。</translation>
    </message>
    <message>
        <source>Your plan is not listed?</source>
        <translation>找不到您的健康計劃？</translation>
    </message>
    <message>
        <source>This directory has only the plans in public files:</source>
        <translation>本名錄只包括公開檔案中的健康計劃：</translation>
    </message>
    <message>
        <source>If your plan is not here (for example a Blue Shield, Health Net or Kaiser Permanente plan through an employer, Sharp Health Plan or Western Health Advantage):</source>
        <translation>如果您的健康計劃不在這裡（例如透過僱主參加的 Blue Shield、Health Net 或 Kaiser Permanente 計劃、Sharp Health Plan 或 Western Health Advantage）：</translation>
    </message>
    <message>
        <source>On Medi-Cal? Health Care Options (1-800-430-4263) helps you choose a Medi-Cal plan.</source>
        <translation>有 Medi-Cal 嗎？Health Care Options（1-800-430-4263）可幫助您選擇 Medi-Cal 健康計劃。</translation>
    </message>
    <message>
        <source>You can still look up a doctor you know with &quot;Find my current doctor&quot;: the profile lists every plan in this directory that includes them.</source>
        <translation>您仍可以用「尋找我目前的醫生」查找您認識的醫生：醫生簡介會列出本名錄中包括該醫生的所有健康計劃。</translation>
    </message>
    <message>
        <source>1  Plan</source>
        <translation>1  健康計劃</translation>
    </message>
    <message>
        <source>2  Medical group</source>
        <translation>2  醫療團體</translation>
    </message>
    <message>
        <source>3  Doctor</source>
        <translation>3  醫生</translation>
    </message>
    <message>
        <source>4  Doctor&apos;s profile</source>
        <translation>4  醫生簡介</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>English copy, for the doctor&apos;s office and the plan</source>
        <translation>英文副本，供醫生診所和健康計劃使用</translation>
    </message>
    <message>
        <source>Enrollment summary: your household’s doctor choices</source>
        <translation>登記摘要：您家庭所選的醫生</translation>
    </message>
    <message>
        <source>Take this to your enrollment or keep it by the phone. Each person has their own page, with the PCP ID the plan asks for.</source>
        <translation>登記時請帶上這份資料，或放在電話旁邊。每個人都有自己的一頁，上面有健康計劃要求的主治醫生編號（PCP ID）。</translation>
    </message>
    <message>
        <source>%1 (sample, fictional)</source>
        <translation>%1（虛構示例）</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it when you enroll</source>
        <translation>不在本名錄中：登記時由健康計劃提供</translation>
    </message>
    <message>
        <source>not in this directory: call the plan</source>
        <translation>不在本名錄中：請致電健康計劃</translation>
    </message>
    <message>
        <source>%1 (sample office, not a real address)</source>
        <translation>%1（示例診所，並非真實地址）</translation>
    </message>
    <message>
        <source>%1 (fictional number)</source>
        <translation>%1（虛構號碼）</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>健康計劃：</translation>
    </message>
    <message>
        <source>No PCP chosen yet. Choose one before you enroll; if you do not, the plan chooses one for this person.</source>
        <translation>尚未選擇主治醫生（PCP）。請在登記前選擇；如果您不選擇，健康計劃會為此人選擇一位。</translation>
    </message>
    <message>
        <source>none yet: no doctor chosen</source>
        <translation>尚未選擇：沒有選定醫生</translation>
    </message>
    <message>
        <source>Plan member services:</source>
        <translation>健康計劃會員服務部：</translation>
    </message>
    <message>
        <source>not in this directory: it is on the plan’s letters and card</source>
        <translation>不在本名錄中：印在健康計劃的信件和會員卡上</translation>
    </message>
    <message>
        <source>When a PCP change takes effect:</source>
        <translation>更換主治醫生何時生效：</translation>
    </message>
    <message>
        <source>often the first day of the next month; the plan confirms.</source>
        <translation>通常是下個月的第一天；由健康計劃確認。</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>網絡：</translation>
    </message>
    <message>
        <source>Medical group:</source>
        <translation>醫療團體：</translation>
    </message>
    <message>
        <source>The plan’s code for this group:</source>
        <translation>健康計劃給此醫療團體的代碼：</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>醫生：</translation>
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
        <translation>診所：</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>診所電話：</translation>
    </message>
    <message>
        <source>%1 (%2). PCP ID: %3.</source>
        <translation>%1（%2）。主治醫生編號（PCP ID）：%3。</translation>
    </message>
    <message>
        <source>another plan</source>
        <translation>另一個健康計劃</translation>
    </message>
    <message>
        <source>%1 In %2, not this person’s plan.</source>
        <translation>%1 在 %2 中，不是此人的健康計劃。</translation>
    </message>
    <message>
        <source>Backup %1:</source>
        <translation>備選 %1：</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>診所</translation>
    </message>
    <message>
        <source>number not in this directory</source>
        <translation>電話號碼不在本名錄中</translation>
    </message>
    <message>
        <source>Call to confirm: %1, %2</source>
        <translation>請致電確認：%1，%2</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>您的健康計劃</translation>
    </message>
    <message>
        <source>Does this office take %1?</source>
        <translation>這家診所接受 %1 嗎？</translation>
    </message>
    <message>
        <source>Is %1 taking new patients in this plan?</source>
        <translation>%1 在此計劃中接受新病人嗎？</translation>
    </message>
    <message>
        <source>Is the PCP ID still %1?</source>
        <translation>主治醫生編號（PCP ID）仍然是 %1 嗎？</translation>
    </message>
    <message>
        <source>What PCP ID does the plan use for this doctor?</source>
        <translation>健康計劃為這位醫生使用的主治醫生編號（PCP ID）是甚麼？</translation>
    </message>
    <message>
        <source>Date called, and who you spoke with:</source>
        <translation>致電日期及與您通話的人：</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>答覆：</translation>
    </message>
    <message>
        <source>Health Care Options is the state’s Medi-Cal enrollment service. Tell them each person’s plan and PCP by phone or with the Choice Form in your enrollment packet.</source>
        <translation>Health Care Options 是州政府的 Medi-Cal 登記服務。請透過電話或使用登記資料包中的選擇表（Choice Form），告訴他們每個人的健康計劃和主治醫生（PCP）。</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話：</translation>
    </message>
    <message>
        <source>TTY:</source>
        <translation>TTY（聽障專線）：</translation>
    </message>
    <message>
        <source>A family may choose one plan and PCP for everyone, or one for each person.</source>
        <translation>家庭可以為所有人選擇同一個健康計劃和主治醫生，也可以為每個人分別選擇。</translation>
    </message>
    <message>
        <source>A person who does not choose within the time stated in the enrollment packet is assigned a plan.</source>
        <translation>在登記資料包所述期限內沒有選擇的人，會被指定一個健康計劃。</translation>
    </message>
    <message>
        <source>Doctors, offices and PCP IDs marked “sample, fictional” are made up to show how the app works: they are not real.</source>
        <translation>標有「虛構示例」的醫生、診所和主治醫生編號（PCP ID）都是編造的，用來示範本應用程式如何運作：它們並不真實。</translation>
    </message>
    <message>
        <source>Directories go out of date. Call each office to confirm it takes the plan and is taking new patients before you enroll.</source>
        <translation>名錄資料會過時。登記前，請致電每家診所，確認它接受該健康計劃並且接受新病人。</translation>
    </message>
    <message>
        <source>not stated by its sources</source>
        <translation>其來源沒有說明</translation>
    </message>
    <message>
        <source>Directory data as of:</source>
        <translation>名錄資料截至：</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>這些資料的來源</translation>
    </message>
    <message>
        <source>%1 (%2), %3.</source>
        <translation>%1（%2），%3。</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
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
        <translation>縮小文字</translation>
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
        <translation>停車位</translation>
    </message>
    <message>
        <source>entrance</source>
        <translation>入口</translation>
    </message>
    <message>
        <source>inside the building</source>
        <translation>大樓內部</translation>
    </message>
    <message>
        <source>restroom</source>
        <translation>洗手間</translation>
    </message>
    <message>
        <source>exam room</source>
        <translation>檢查室</translation>
    </message>
    <message>
        <source>height-adjustable exam table and scale</source>
        <translation>可調高度的檢查床和體重秤</translation>
    </message>
    <message>
        <source>Wheelchair access: %1</source>
        <translation>輪椅通道：%1</translation>
    </message>
    <message>
        <source>%1 yes</source>
        <translation>%1：有</translation>
    </message>
    <message>
        <source>%1 no</source>
        <translation>%1：沒有</translation>
    </message>
    <message>
        <source>not in this directory: call the office</source>
        <translation>不在本名錄中：請致電診所</translation>
    </message>
    <message>
        <source>Taking new patients</source>
        <translation>接受新病人</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients</source>
        <translation>不接受新病人：只看已經是其病人的人</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients, and their family</source>
        <translation>不接受新病人：只看已經是其病人的人及其家人</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>不接受新病人</translation>
    </message>
    <message>
        <source>New patients: not in this directory: call the office to ask</source>
        <translation>新病人：不在本名錄中：請致電診所查詢</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients in this plan. The plan may refuse or reassign the choice; call the doctor&apos;s office first to ask whether they will take you.</source>
        <translation>這位醫生在此計劃中不接受新病人。健康計劃可能會拒絕您的選擇或另外指定醫生；請先致電醫生診所，詢問他們是否會接受您。</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients: if you are one, say so when you call.</source>
        <translation>名錄顯示這位醫生只看已經是其病人的人：如果您是其中之一，致電時請說明。</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients, and those patients&apos; family: if that is you, say so when you call.</source>
        <translation>名錄顯示這位醫生只看已經是其病人的人及這些病人的家人：如果您是這種情況，致電時請說明。</translation>
    </message>
    <message>
        <source>OB/GYN: every HMO member can see a participating OB/GYN without a referral or prior approval (California law). Your plan may require the OB/GYN to be in your medical group.</source>
        <translation>婦產科（OB/GYN）：每位 HMO 會員都可以看網絡內的婦產科醫生，不需要轉診或事先批准（加州法律）。您的健康計劃可能要求該婦產科醫生屬於您的醫療團體。</translation>
    </message>
    <message>
        <source>inferred from distance, not published</source>
        <translation>根據距離推斷，並未公佈</translation>
    </message>
    <message>
        <source>Sample office near ZIP %1</source>
        <translation>郵遞區號 %1 附近的示例診所</translation>
    </message>
    <message>
        <source>%1 office</source>
        <translation>%1診所</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>示例診所，並非真實地址</translation>
    </message>
    <message>
        <source>fictional number</source>
        <translation>虛構號碼</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>虛構示例</translation>
    </message>
    <message>
        <source>The doctor directory was replaced or changed while HMO Desktop was open.</source>
        <translation>HMO Desktop 開啟期間，醫生名錄被替換或更改了。</translation>
    </message>
    <message>
        <source>Close HMO Desktop and open it again; if you replaced the directory on purpose, it will be checked then.</source>
        <translation>請關閉 HMO Desktop 再重新開啟；如果您是有意替換名錄，屆時會進行檢查。</translation>
    </message>
    <message>
        <source>Doctors shown are fictional samples. Plans and groups: public data, dated where marked. Always confirm with your plan.</source>
        <translation>顯示的醫生都是虛構示例。健康計劃和醫療團體：公開資料，已標明日期。請務必向您的健康計劃確認。</translation>
    </message>
    <message>
        <source>Real doctors from public files, with fictional samples where those files have none (marked Sample). Always confirm with your plan.</source>
        <translation>來自公開檔案的真實醫生；公開檔案中沒有醫生的地方，以虛構示例補上（標有「虛構示例」）。請務必向您的健康計劃確認。</translation>
    </message>
    <message>
        <source>Doctors come from public provider files; see About for sources and dates. Always confirm with your plan.</source>
        <translation>醫生資料來自公開的醫療服務提供者檔案；來源和日期請參閱「關於」。請務必向您的健康計劃確認。</translation>
    </message>
    <message>
        <source>This directory&apos;s newest data is from %1, more than a year ago. Plans and doctors may have changed: check with the plan before enrolling.</source>
        <translation>本名錄最新的資料來自 %1，已超過一年。健康計劃和醫生可能已有變動：登記前請向健康計劃查證。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Delete one digit</source>
        <translation>刪除一個數字</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>清除所有數字</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>%1 (no font on this computer shows it)</source>
        <translation>%1（這部電腦沒有可顯示它的字型）</translation>
    </message>
    <message>
        <source>%1 could not be loaded; the language stays as it was.</source>
        <translation>無法載入 %1；語言維持不變。</translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation>美國手語</translation>
    </message>
    <message>
        <source>Who is the doctor for?</source>
        <translation>醫生是為誰看病？</translation>
    </message>
    <message>
        <source>1 doctor found</source>
        <translation>找到 1 位醫生</translation>
    </message>
    <message>
        <source>1 doctor found, at %1 office listings</source>
        <translation>找到 1 位醫生，共 %1 個診所地點</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found</source>
        <translation>
            <numerusform>找到 %Ln 位醫生</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found, at %1 office listings</source>
        <translation>
            <numerusform>找到 %Ln 位醫生，共 %1 個診所地點</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>請先選擇健康計劃：返回第 1 步。</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s age on the left (0 for a baby). The list then shows only doctors who see patients that age.</source>
        <translation>請在左邊輸入病人的年齡（嬰兒輸入 0）。清單只會顯示為該年齡病人看診的醫生。</translation>
    </message>
    <message>
        <source>a larger distance</source>
        <translation>更遠的距離</translation>
    </message>
    <message>
        <source>any language for the doctor</source>
        <translation>醫生會說任何語言</translation>
    </message>
    <message>
        <source>any language for the office staff</source>
        <translation>診所職員會說任何語言</translation>
    </message>
    <message>
        <source>any new-patient status</source>
        <translation>任何新病人狀態</translation>
    </message>
    <message>
        <source>any gender</source>
        <translation>任何性別</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>任何醫院</translation>
    </message>
    <message>
        <source>fewer accessibility needs</source>
        <translation>較少的無障礙需求</translation>
    </message>
    <message>
        <source>doctors without video visits</source>
        <translation>沒有視像看診的醫生</translation>
    </message>
    <message>
        <source>any office hours</source>
        <translation>任何辦公時間</translation>
    </message>
    <message>
        <source>all groups in the plan</source>
        <translation>健康計劃中的所有醫療團體</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, so this plan has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>PACE 適合 55 歲及以上人士，因此此計劃沒有適合這位病人的醫生。請返回第 1 步選擇另一個健康計劃。</translation>
    </message>
    <message>
        <source>This plan is for people %1 and older, so it has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>此計劃適合 %1 歲及以上人士，因此沒有適合這位病人的醫生。請返回第 1 步選擇另一個健康計劃。</translation>
    </message>
    <message>
        <source>No specialty is selected. Tick at least one of the specialties on the left.</source>
        <translation>沒有選擇任何專科。請在左邊至少勾選一個專科。</translation>
    </message>
    <message>
        <source>No doctor matches these filters. Press &quot;Clear filters&quot; to start over.</source>
        <translation>沒有醫生符合這些篩選條件。請按「清除篩選條件」重新開始。</translation>
    </message>
    <message>
        <source>No doctor matches every filter. Try %1: that shows 1 doctor.</source>
        <translation>沒有醫生符合所有篩選條件。請嘗試%1：這樣會顯示 1 位醫生。</translation>
    </message>
    <message numerus="yes">
        <source>No doctor matches every filter. Try %1: that shows %Ln doctors.</source>
        <translation>
            <numerusform>沒有醫生符合所有篩選條件。請嘗試%1：這樣會顯示 %Ln 位醫生。</numerusform>
        </translation>
    </message>
    <message>
        <source>whether they take new patients</source>
        <translation>是否接受新病人</translation>
    </message>
    <message>
        <source>which languages the doctor speaks</source>
        <translation>醫生會說哪些語言</translation>
    </message>
    <message>
        <source>which languages the office staff speak</source>
        <translation>診所職員會說哪些語言</translation>
    </message>
    <message>
        <source>the doctor&apos;s gender</source>
        <translation>醫生的性別</translation>
    </message>
    <message>
        <source>the office&apos;s wheelchair access</source>
        <translation>診所的輪椅通道</translation>
    </message>
    <message>
        <source>whether they offer video visits</source>
        <translation>是否提供視像看診</translation>
    </message>
    <message>
        <source>the office&apos;s hours</source>
        <translation>診所的辦公時間</translation>
    </message>
    <message>
        <source>1 more doctor is left out because the directory does not say %2.</source>
        <translation>另有 1 位醫生未列出，因為名錄沒有說明%2。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more doctors are left out because the directory does not say %1.</source>
        <translation>
            <numerusform>另有 %Ln 位醫生未列出，因為名錄沒有說明%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Call their offices to ask.</source>
        <translation>請致電他們的診所查詢。</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>This doctor is not taking new patients</source>
        <translation>這位醫生不接受新病人</translation>
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
        <translation>選擇這位醫生代表甚麼</translation>
    </message>
    <message>
        <source>Choose anyway</source>
        <translation>仍然選擇</translation>
    </message>
    <message>
        <source>Choose this doctor anyway</source>
        <translation>仍然選擇這位醫生</translation>
    </message>
    <message>
        <source>Pick another doctor</source>
        <translation>另選一位醫生</translation>
    </message>
</context>
<context>
    <name>AreaBar</name>
    <message>
        <source>Your ZIP code</source>
        <translation>您的郵遞區號（ZIP）</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>郵遞區號（ZIP）</translation>
    </message>
    <message>
        <source>Your county</source>
        <translation>您的縣</translation>
    </message>
    <message>
        <source>All of California</source>
        <translation>全加州</translation>
    </message>
    <message>
        <source>ZIP code message</source>
        <translation>郵遞區號訊息</translation>
    </message>
    <message>
        <source>ZIP:</source>
        <translation>郵遞區號：</translation>
    </message>
    <message>
        <source>or county:</source>
        <translation>或縣：</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code, or pick a county.</source>
        <translation>請輸入 5 位數的郵遞區號（ZIP），或選擇一個縣。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole ZIP code. A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>「%1」不是完整的郵遞區號（ZIP）。郵遞區號是 5 位數字，例如 94110（或 ZIP+4，例如 94110-1234）。</translation>
    </message>
    <message>
        <source>%1, %2 County</source>
        <translation>%1，%2縣</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code.</source>
        <translation>請輸入 5 位數的郵遞區號（ZIP）。</translation>
    </message>
    <message>
        <source>Type the ZIP code with the digits 0-9.</source>
        <translation>請用數字 0-9 輸入郵遞區號。</translation>
    </message>
    <message>
        <source>A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>郵遞區號（ZIP）是 5 位數字，例如 94110（或 ZIP+4，例如 94110-1234）。</translation>
    </message>
    <message>
        <source>%1 is not a California ZIP code. HMO Desktop covers California plans; enter a California ZIP or pick a county.</source>
        <translation>%1 不是加州的郵遞區號。HMO Desktop 只包括加州的健康計劃；請輸入加州的郵遞區號（ZIP）或選擇一個縣。</translation>
    </message>
    <message>
        <source>ZIP %1 is not in our list of California ZIP codes (it may be a PO box or a new ZIP). Try a nearby ZIP or pick a county.</source>
        <translation>郵遞區號 %1 不在我們的加州郵遞區號名單中（可能是郵政信箱或新的郵遞區號）。請嘗試附近的郵遞區號或選擇一個縣。</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm your PCP choice</source>
        <translation>確認您選擇的主治醫生</translation>
    </message>
    <message>
        <source>Your PCP choice</source>
        <translation>您選擇的主治醫生</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>不在本名錄中；請致電健康計劃</translation>
    </message>
    <message>
        <source>practise the steps here; do not give a sample PCP ID to a plan.</source>
        <translation>您可以在這裡練習各個步驟；請不要將虛構的示例主治醫生編號提供給健康計劃。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>健康計劃</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網絡</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>醫療團體</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>示例醫療團體，虛構</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>醫療團體代碼</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>醫生</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>示例醫生，虛構</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>專科</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>主治醫生編號（PCP ID）</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it</source>
        <translation>不在本名錄中：由健康計劃提供</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>示例編號，虛構</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>新病人</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>診所</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>診所電話</translation>
    </message>
    <message>
        <source>Medical group phone</source>
        <translation>醫療團體電話</translation>
    </message>
    <message>
        <source>Plan member services</source>
        <translation>健康計劃會員服務部</translation>
    </message>
    <message>
        <source>the number on your member ID card</source>
        <translation>您會員卡上的電話號碼</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>不接受新病人</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office before you tell the plan: ask whether they will take you as a new patient in this plan. If they say no, choose another doctor.</source>
        <translation>告訴健康計劃之前，請先致電醫生診所：詢問他們是否會在此計劃中接受您成為新病人。如果他們說不會，請另選一位醫生。</translation>
    </message>
    <message>
        <source>Keep a backup choice: a doctor who is taking new patients, in case the plan refuses this choice or assigns you someone else.</source>
        <translation>請準備一個備選：一位接受新病人的醫生，以防健康計劃拒絕這個選擇或為您指定其他醫生。</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office first: confirm they take your plan and are accepting new patients.</source>
        <translation>請先致電醫生診所：確認他們接受您的健康計劃，並且接受新病人。</translation>
    </message>
    <message>
        <source>Tell your plan: call member services or use its website, and give the PCP ID above.</source>
        <translation>通知您的健康計劃：致電會員服務部或使用其網站，並提供上面的主治醫生編號（PCP ID）。</translation>
    </message>
    <message>
        <source>A PCP change usually takes effect on the first day of the next month.</source>
        <translation>更換主治醫生通常在下個月的第一天生效。</translation>
    </message>
    <message>
        <source>Your new ID card will show the doctor and the medical group.</source>
        <translation>您的新會員卡會顯示醫生和醫療團體。</translation>
    </message>
    <message>
        <source>Networks change, so confirm with the plan.</source>
        <translation>網絡會變動，請向健康計劃確認。</translation>
    </message>
    <message>
        <source>Group list as of %1; networks change, so confirm with the plan.</source>
        <translation>醫療團體名單截至 %1；網絡會變動，請向健康計劃確認。</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>接下來的步驟</translation>
    </message>
    <message>
        <source>Summary of your choice</source>
        <translation>您的選擇摘要</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>CrashScreen</name>
    <message>
        <source>Please ask staff</source>
        <translation>請詢問工作人員</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. What was entered has been cleared. A staff member can help you start again.</source>
        <translation>HMO Desktop 內部出現問題。您輸入的資料已清除。工作人員可以協助您重新開始。</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>重新開始</translation>
    </message>
</context>
<context>
    <name>DoctorProfileView</name>
    <message>
        <source>Doctor&apos;s profile</source>
        <translation>醫生簡介</translation>
    </message>
    <message>
        <source>Choose as my PCP</source>
        <translation>選為我的主治醫生</translation>
    </message>
    <message>
        <source>Add to household…</source>
        <translation>加入家庭…</translation>
    </message>
    <message>
        <source>Add this doctor to a member of the household</source>
        <translation>將這位醫生加給一位家庭成員</translation>
    </message>
    <message>
        <source>Choose a plan that includes this doctor first.</source>
        <translation>請先選擇包括這位醫生的健康計劃。</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients: you will be asked first.</source>
        <translation>這位醫生不接受新病人：系統會先詢問您。</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>公開資料</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>公開資料，可能已過時</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>由本應用程式推斷</translation>
    </message>
    <message>
        <source>fictional sample made by this app</source>
        <translation>本應用程式產生的虛構示例</translation>
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
        <translation>專科委員會認證：%1</translation>
    </message>
    <message>
        <source>Board certified</source>
        <translation>已獲專科委員會認證</translation>
    </message>
    <message>
        <source>Board certified: %1</source>
        <translation>已獲專科委員會認證：%1</translation>
    </message>
    <message>
        <source>Not board certified</source>
        <translation>未獲專科委員會認證</translation>
    </message>
    <message>
        <source>Sample ID</source>
        <translation>示例編號</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>示例醫生，虛構</translation>
    </message>
    <message>
        <source>fictional; not an NPI</source>
        <translation>虛構；不是 NPI 號碼</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>不在本名錄中</translation>
    </message>
    <message>
        <source>Languages the doctor speaks</source>
        <translation>醫生會說的語言</translation>
    </message>
    <message>
        <source>ages %1 to %2</source>
        <translation>%1 至 %2 歲</translation>
    </message>
    <message>
        <source>ages %1 and up</source>
        <translation>%1 歲及以上</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>虛構示例</translation>
    </message>
    <message>
        <source>Ages seen</source>
        <translation>看診年齡</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>醫院</translation>
    </message>
    <message>
        <source>none in this directory; ask the medical group which it uses.</source>
        <translation>本名錄中沒有；請向醫療團體查詢它使用哪些醫院。</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>不在本名錄中；請致電健康計劃</translation>
    </message>
    <message>
        <source>sample office, fictional</source>
        <translation>示例診所，虛構</translation>
    </message>
    <message>
        <source>Address not in this directory; call the plan</source>
        <translation>地址不在本名錄中；請致電健康計劃</translation>
    </message>
    <message>
        <source>not in this directory; call the office</source>
        <translation>不在本名錄中；請致電診所</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>辦公時間</translation>
    </message>
    <message>
        <source>Office staff speak</source>
        <translation>診所職員會說</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>示例醫療團體，虛構</translation>
    </message>
    <message>
        <source>group code</source>
        <translation>醫療團體代碼</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>示例編號，虛構</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>主治醫生編號（PCP ID）</translation>
    </message>
    <message>
        <source>PCP ID: not in this directory: the plan gives it when you enroll</source>
        <translation>主治醫生編號（PCP ID）：不在本名錄中：登記時由健康計劃提供</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this group</source>
        <translation>本名錄中沒有任何 HMO 網絡列出這個醫療團體</translation>
    </message>
    <message>
        <source>the plan lists this group; the doctor&apos;s practice was matched to it by name</source>
        <translation>健康計劃列出了這個醫療團體；醫生的診所是按名稱與它配對的</translation>
    </message>
    <message>
        <source>video visits</source>
        <translation>視像看診</translation>
    </message>
    <message>
        <source>not in this directory; ask the group or the plan</source>
        <translation>不在本名錄中；請向醫療團體或健康計劃查詢</translation>
    </message>
    <message>
        <source>Group phone</source>
        <translation>醫療團體電話</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>下班時間熱線</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>轉診規定</translation>
    </message>
    <message>
        <source>this doctor is generated sample data, not a real person.</source>
        <translation>這位醫生是電腦產生的示例資料，並非真實人物。</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>示例診所，並非真實地址</translation>
    </message>
    <message>
        <source>In your plan</source>
        <translation>在您的健康計劃中</translation>
    </message>
    <message>
        <source>This doctor is not in this plan.</source>
        <translation>這位醫生不在此計劃中。</translation>
    </message>
    <message>
        <source>If you change plans and want to keep this doctor, these plans include them</source>
        <translation>如果您更換健康計劃又想保留這位醫生，以下計劃包括這位醫生</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group. Ask the doctor&apos;s office which HMO plans they take, then check with the plan.</source>
        <translation>本名錄中沒有任何 HMO 網絡列出這位醫生的醫療團體。請詢問醫生診所接受哪些 HMO 計劃，然後向該計劃查證。</translation>
    </message>
    <message>
        <source>Not in an HMO network here</source>
        <translation>在這裡不屬於任何 HMO 網絡</translation>
    </message>
</context>
<context>
    <name>FindDoctorDialog</name>
    <message>
        <source>Find my current doctor</source>
        <translation>尋找我目前的醫生</translation>
    </message>
    <message>
        <source>Doctor&apos;s name</source>
        <translation>醫生姓名</translation>
    </message>
    <message>
        <source>Type the doctor&apos;s name, e.g. Nguyen or José</source>
        <translation>輸入醫生的姓名，例如 Nguyen 或 José</translation>
    </message>
    <message>
        <source>Only doctors with an office in my county</source>
        <translation>只顯示在我所在縣有診所的醫生</translation>
    </message>
    <message>
        <source>Only doctors near me (choose a ZIP or county first)</source>
        <translation>只顯示我附近的醫生（請先選擇郵遞區號或縣）</translation>
    </message>
    <message>
        <source>Only doctors with an office in %1 County</source>
        <translation>只顯示在%1縣有診所的醫生</translation>
    </message>
    <message>
        <source>Doctors found</source>
        <translation>找到的醫生</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more offices</source>
        <translation>
            <numerusform>以及另外 %Ln 家診所</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more medical groups</source>
        <translation>
            <numerusform>以及另外 %Ln 個醫療團體</numerusform>
        </translation>
    </message>
    <message>
        <source>Start typing a first or last name.</source>
        <translation>請開始輸入名字或姓氏。</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>搜尋提示</translation>
    </message>
    <message>
        <source>Open the doctor&apos;s profile</source>
        <translation>開啟醫生簡介</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No office listed</source>
        <translation>沒有列出診所</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group</source>
        <translation>本名錄中沒有任何 HMO 網絡列出這位醫生的醫療團體</translation>
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
        <translation>以及另外 1 家診所</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found. Press Enter to open the first.</source>
        <translation>
            <numerusform>找到 %Ln 位醫生。按 Enter 開啟第一位的簡介。</numerusform>
        </translation>
    </message>
    <message>
        <source>and 1 more medical group</source>
        <translation>以及另外 1 個醫療團體</translation>
    </message>
    <message>
        <source>No doctor&apos;s name starts with &quot;%1&quot;. Check the spelling or type less.</source>
        <translation>沒有醫生的姓名以「%1」開頭。請檢查拼寫或少輸入幾個字。</translation>
    </message>
    <message>
        <source>No doctor with an office in %2 County has a name that starts with &quot;%1&quot;. Check the spelling, type less, or clear the box above to search all of California.</source>
        <translation>在%2縣有診所的醫生中，沒有人的姓名以「%1」開頭。請檢查拼寫、少輸入幾個字，或清除上面的方框以搜尋全加州。</translation>
    </message>
    <message>
        <source>1 doctor found. Press Enter to open the profile.</source>
        <translation>找到 1 位醫生。按 Enter 開啟其簡介。</translation>
    </message>
    <message>
        <source>Only the first %1 are listed: type more of the name.</source>
        <translation>只列出前 %1 位：請輸入更多姓名。</translation>
    </message>
    <message>
        <source>Choose a plan to see whether each doctor is in it.</source>
        <translation>請選擇健康計劃，以查看每位醫生是否在該計劃中。</translation>
    </message>
</context>
<context>
    <name>GroupBrowser</name>
    <message>
        <source>Choose a medical group</source>
        <translation>選擇醫療團體</translation>
    </message>
    <message>
        <source>Search groups by name</source>
        <translation>按名稱搜尋醫療團體</translation>
    </message>
    <message>
        <source>Type a group name</source>
        <translation>輸入醫療團體名稱</translation>
    </message>
    <message>
        <source>Sort groups by</source>
        <translation>醫療團體排序方式</translation>
    </message>
    <message>
        <source>Nearest first, then by county</source>
        <translation>最近的優先，然後按縣</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Most accepting new patients</source>
        <translation>接受新病人最多</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>醫療團體</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>醫院</translation>
    </message>
    <message>
        <source>Medical groups</source>
        <translation>醫療團體</translation>
    </message>
    <message>
        <source>What choosing this group means</source>
        <translation>選擇這個醫療團體代表甚麼</translation>
    </message>
    <message>
        <source>No groups message</source>
        <translation>沒有醫療團體訊息</translation>
    </message>
    <message>
        <source>Choose this group</source>
        <translation>選擇這個醫療團體</translation>
    </message>
    <message>
        <source>Skip: search doctors in the whole plan</source>
        <translation>略過：在整個健康計劃中搜尋醫生</translation>
    </message>
    <message>
        <source>Skip choosing a group</source>
        <translation>略過選擇醫療團體</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>請先選擇健康計劃：返回第 1 步。</translation>
    </message>
    <message>
        <source>Your care team in %1</source>
        <translation>您在 %1 的護理團隊</translation>
    </message>
    <message>
        <source>Choose a medical group in %1</source>
        <translation>選擇 %1 的醫療團體</translation>
    </message>
    <message>
        <source>Choose this care team</source>
        <translation>選擇這個護理團隊</translation>
    </message>
    <message>
        <source>Continue to doctors</source>
        <translation>繼續選擇醫生</translation>
    </message>
    <message>
        <source>Groups anywhere in California (choose a ZIP code or county above)</source>
        <translation>全加州的醫療團體（請在上方選擇郵遞區號或縣）</translation>
    </message>
    <message>
        <source>Groups the plan lists in %1 County</source>
        <translation>健康計劃在%1縣列出的醫療團體</translation>
    </message>
    <message>
        <source>This plan lists no medical groups here in the offline directory. Use &quot;Skip&quot; to search its doctors directly, or call the plan.</source>
        <translation>在離線名錄中，這個健康計劃沒有列出這裡的醫療團體。請使用「略過」直接搜尋其醫生，或致電健康計劃。</translation>
    </message>
    <message>
        <source>No group name matches your search. Clear the search to see the group.</source>
        <translation>沒有醫療團體名稱符合您的搜尋。清除搜尋即可看到該醫療團體。</translation>
    </message>
    <message numerus="yes">
        <source>No group name matches your search. Clear the search to see all %Ln groups.</source>
        <translation>
            <numerusform>沒有醫療團體名稱符合您的搜尋。清除搜尋即可看到全部 %Ln 個醫療團體。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>HMO</source>
        <translation>HMO（健康維護組織）</translation>
    </message>
    <message>
        <source>A Health Maintenance Organization is a kind of health plan. You choose one primary care doctor (PCP) who coordinates your care. Except in emergencies, you use the doctors, hospitals and specialists of your PCP&apos;s medical group, and you need a referral to see a specialist (but not to see a participating OB/GYN).</source>
        <translation>健康維護組織（HMO）是一種健康計劃。您選擇一位主治醫生（PCP）來協調您的醫療護理。除緊急情況外，您要使用您主治醫生所屬醫療團體的醫生、醫院和專科醫生；看專科醫生需要轉診（但看網絡內的婦產科醫生不需要）。</translation>
    </message>
    <message>
        <source>Medical group / IPA</source>
        <translation>醫療團體／IPA（獨立醫師協會）</translation>
    </message>
    <message>
        <source>A group of doctors that contracts with HMO plans. An IPA (Independent Physician Association) is a network of doctors in their own offices. Your PCP&apos;s group decides referrals, which specialists you see and which hospital you use.</source>
        <translation>與 HMO 健康計劃簽約的一組醫生。IPA（獨立醫師協會）是由在各自診所執業的醫生組成的網絡。您的主治醫生所屬的醫療團體決定轉診、您看哪些專科醫生以及您使用哪家醫院。</translation>
    </message>
    <message>
        <source>Primary care physician (PCP)</source>
        <translation>主治醫生（PCP）</translation>
    </message>
    <message>
        <source>Your main doctor: check-ups, everyday illness, prescriptions and referrals.</source>
        <translation>您的主要醫生：負責身體檢查、日常疾病、處方和轉診。</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>專科醫生</translation>
    </message>
    <message>
        <source>A doctor for one area of medicine, such as heart or skin. In an HMO you usually need a referral from your PCP first.</source>
        <translation>專門負責某一醫學領域（例如心臟或皮膚）的醫生。在 HMO 中，您通常需要先取得主治醫生的轉診。</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>轉診</translation>
    </message>
    <message>
        <source>Your PCP&apos;s request, approved by the medical group, for you to see a specialist or get a service. You do not need one to see a participating OB/GYN.</source>
        <translation>由您的主治醫生提出並經醫療團體批准的請求，讓您看專科醫生或接受某項服務。看網絡內的婦產科醫生不需要轉診。</translation>
    </message>
    <message>
        <source>The four primary care specialties</source>
        <translation>四種基本醫療專科</translation>
    </message>
    <message>
        <source>Family medicine (all ages), internal medicine (adults), pediatrics (children and teens), and OB/GYN (women&apos;s health; some plans let an OB/GYN be your PCP). In California every HMO member can see a participating OB/GYN without a referral or prior approval; your plan may require the OB/GYN to be in your medical group.</source>
        <translation>家庭醫學（所有年齡）、內科（成人）、兒科（兒童和青少年）以及婦產科（OB/GYN，婦女健康；有些健康計劃允許婦產科醫生擔任您的主治醫生）。在加州，每位 HMO 會員都可以看網絡內的婦產科醫生，不需要轉診或事先批准；您的健康計劃可能要求該婦產科醫生屬於您的醫療團體。</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>接受新病人</translation>
    </message>
    <message>
        <source>The doctor takes new patients in this plan. &quot;Existing patients only&quot; means the doctor is not taking new patients: only people already seen there; &quot;Existing patients and their family&quot; adds those patients&apos; relatives. If you choose a doctor who is not taking new patients, the plan may refuse the choice or give you another doctor, so call the office first. Always call the office to confirm: lists change often.</source>
        <translation>醫生在此計劃中接受新病人。「只看現有病人」表示醫生不接受新病人：只看已經在那裡看診的人；「只看現有病人及其家人」則另外包括這些病人的親屬。如果您選擇不接受新病人的醫生，健康計劃可能會拒絕您的選擇或另外為您指定醫生，所以請先致電診所。請務必致電診所確認：名單經常變動。</translation>
    </message>
    <message>
        <source>Sample doctors</source>
        <translation>虛構示例醫生</translation>
    </message>
    <message>
        <source>No public file lists California doctors with their groups, so the doctors in this directory are fictional samples, marked &quot;Sample doctor (fictional)&quot;, and so are their offices and phone numbers. Plans, the names of medical groups, hospitals and ZIP codes come from public data, with their dates. A hospital marked &quot;inferred&quot; is one near the offices, not one the doctor or group published; anything marked &quot;sample&quot; or &quot;fictional&quot; is made up.</source>
        <translation>沒有任何公開檔案列出加州醫生及其所屬的醫療團體，因此本名錄中的醫生都是虛構示例，標有「示例醫生（虛構，並非真實醫生）」，他們的診所和電話號碼也同樣是虛構的。健康計劃、醫療團體名稱、醫院和郵遞區號（ZIP）來自公開資料，並附有日期。標有「推斷」的醫院是診所附近的醫院，而不是醫生或醫療團體公佈的醫院；任何標有「示例」或「虛構」字樣的內容都是編造的，並非真實。</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>說明和詞彙表</translation>
    </message>
    <message>
        <source>Help: words you will see</source>
        <translation>說明：您會看到的詞語</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>詞彙表</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>關閉說明</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>您還在嗎？</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>剩餘秒數</translation>
    </message>
    <message>
        <source>When the count reaches 0, everything on this screen is cleared for the next person. Touch anywhere or press any key for more time.</source>
        <translation>倒數到 0 時，這個畫面上的所有資料都會被清除，供下一位使用者使用。輕觸任何地方或按任何鍵即可延長時間。</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>我需要更多時間</translation>
    </message>
    <message>
        <source>I&apos;m finished</source>
        <translation>我已完成</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything now</source>
        <translation>我已完成：立即清除所有資料</translation>
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
        <translation>我已完成：為下一位使用者清除所有資料</translation>
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
        <translation>HMO Desktop：選擇您的主治醫生</translation>
    </message>
    <message>
        <source>%1 does not serve this area: choose a plan again.</source>
        <translation>%1 不服務這個地區：請重新選擇健康計劃。</translation>
    </message>
    <message>
        <source>%1 is not listed here: choose a medical group again.</source>
        <translation>%1 不在這裡的名單上：請重新選擇醫療團體。</translation>
    </message>
</context>
<context>
    <name>PcpChooser</name>
    <message>
        <source>Choose your primary care doctor</source>
        <translation>選擇您的主治醫生</translation>
    </message>
    <message>
        <source>Where you are searching</source>
        <translation>您搜尋的地點</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>醫生</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>隱藏篩選條件</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>篩選條件</translation>
    </message>
    <message>
        <source>Number of doctors found</source>
        <translation>找到的醫生人數</translation>
    </message>
    <message>
        <source>No doctors message</source>
        <translation>沒有醫生訊息</translation>
    </message>
    <message>
        <source>Doctors left out for facts not in this directory</source>
        <translation>因本名錄缺少資料而未列出的醫生</translation>
    </message>
    <message>
        <source>See doctor&apos;s profile</source>
        <translation>查看醫生簡介</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>顯示篩選條件</translation>
    </message>
    <message>
        <source>About the selected doctor</source>
        <translation>關於所選醫生</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>all medical groups in the plan</source>
        <translation>健康計劃中的所有醫療團體</translation>
    </message>
    <message>
        <source>offices in %1 County, nearest to %2</source>
        <translation>%1縣的診所，離 %2 最近的優先</translation>
    </message>
    <message>
        <source>offices in %1 County</source>
        <translation>%1縣的診所</translation>
    </message>
    <message>
        <source>offices anywhere in California</source>
        <translation>全加州的診所</translation>
    </message>
</context>
<context>
    <name>PcpFilterPanel</name>
    <message>
        <source>Who is the doctor for?</source>
        <translation>醫生是為誰看病？</translation>
    </message>
    <message>
        <source>Patient&apos;s age</source>
        <translation>病人的年齡</translation>
    </message>
    <message>
        <source>Enter age</source>
        <translation>輸入年齡</translation>
    </message>
    <message>
        <source>Type the age of the person who needs the doctor; babies are 0</source>
        <translation>輸入需要看醫生的人的年齡；嬰兒為 0</translation>
    </message>
    <message>
        <source>Patient&apos;s sex (optional)</source>
        <translation>病人的性別（可不填）</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填寫</translation>
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
        <translation>年齡：</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>性別（可不填）：</translation>
    </message>
    <message>
        <source>Primary care specialties</source>
        <translation>基本醫療專科</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>新病人</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何狀態</translation>
    </message>
    <message>
        <source>Accepting new patients, or call to ask</source>
        <translation>接受新病人，或請致電查詢</translation>
    </message>
    <message>
        <source>Not in this directory: call to ask</source>
        <translation>不在本名錄中：請致電查詢</translation>
    </message>
    <message>
        <source>Language the doctor speaks</source>
        <translation>醫生會說的語言</translation>
    </message>
    <message>
        <source>Language the office staff speak</source>
        <translation>診所職員會說的語言</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>任何語言</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender</source>
        <translation>醫生的性別</translation>
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
        <translation>距離</translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>任何距離</translation>
    </message>
    <message>
        <source>Within %1 miles</source>
        <translation>%1 英里內</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>醫院</translation>
    </message>
    <message>
        <source>Any hospital</source>
        <translation>任何醫院</translation>
    </message>
    <message>
        <source>Offers video visits</source>
        <translation>提供視像看診</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>晚間時間</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>星期六時間</translation>
    </message>
    <message>
        <source>Wheelchair accessible office</source>
        <translation>有輪椅通道的診所</translation>
    </message>
    <message>
        <source>Parking, entrance, inside, restroom, exam room and exam table all accessible</source>
        <translation>停車位、入口、大樓內部、洗手間、檢查室和檢查床全部無障礙</translation>
    </message>
    <message>
        <source>Sort doctors by</source>
        <translation>醫生排序方式</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>最近的優先</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選條件</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>新病人：</translation>
    </message>
    <message>
        <source>Doctor speaks:</source>
        <translation>醫生會說：</translation>
    </message>
    <message>
        <source>Staff speak:</source>
        <translation>職員會說：</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender:</source>
        <translation>醫生的性別：</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>距離：</translation>
    </message>
    <message>
        <source>Hospital:</source>
        <translation>醫院：</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1（推斷）</translation>
    </message>
</context>
<context>
    <name>PlanNotListedDialog</name>
    <message>
        <source>My plan is not listed</source>
        <translation>我的健康計劃不在名單上</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>怎麼辦</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>PlanPicker</name>
    <message>
        <source>Choose your health plan</source>
        <translation>選擇您的健康計劃</translation>
    </message>
    <message>
        <source>These HMO plans serve your area. Pick the one on your member ID card, or the one you are enrolling in.</source>
        <translation>以下 HMO 健康計劃服務您的地區。請選擇您會員卡上的計劃，或您正在登記的計劃。</translation>
    </message>
    <message>
        <source>What is an HMO?</source>
        <translation>甚麼是 HMO？</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>健康計劃</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>保險公司</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網絡</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>會員服務部</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>資料日期</translation>
    </message>
    <message>
        <source>Health plans in your area</source>
        <translation>您所在地區的健康計劃</translation>
    </message>
    <message>
        <source>About the selected plan</source>
        <translation>關於所選的健康計劃</translation>
    </message>
    <message>
        <source>My plan is not listed</source>
        <translation>我的健康計劃不在名單上</translation>
    </message>
    <message>
        <source>My plan is not listed: what to do</source>
        <translation>我的健康計劃不在名單上：怎麼辦</translation>
    </message>
    <message>
        <source>Continue with this plan</source>
        <translation>繼續使用這個健康計劃</translation>
    </message>
    <message>
        <source>No plans message</source>
        <translation>沒有健康計劃訊息</translation>
    </message>
    <message>
        <source>Opening the doctor directory...</source>
        <translation>正在開啟醫生名錄...</translation>
    </message>
    <message>
        <source>See your member ID card</source>
        <translation>請查看您的會員卡</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>%1縣</translation>
    </message>
    <message>
        <source>California</source>
        <translation>加州</translation>
    </message>
    <message>
        <source>Choose your health plan in %1</source>
        <translation>選擇您在 %1 的健康計劃</translation>
    </message>
    <message>
        <source>ZIP %1 (%2)</source>
        <translation>郵遞區號 %1（%2）</translation>
    </message>
    <message>
        <source>No plan in this directory serves %1: it has only the plans in public files, and none of them lists this area. Check the ZIP code or pick another county. If you already have a plan, press &quot;My plan is not listed&quot; to see how to find its doctors.</source>
        <translation>本名錄中沒有健康計劃服務 %1：本名錄只有公開檔案中的健康計劃，而它們都沒有列出這個地區。請檢查郵遞區號或選擇另一個縣。如果您已經有健康計劃，請按「我的健康計劃不在名單上」，了解如何找到它的醫生。</translation>
    </message>
    <message>
        <source>Select your plan to see what it covers.</source>
        <translation>選擇您的健康計劃，查看它的涵蓋範圍。</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丟棄</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find a primary care doctor</source>
        <translation>尋找主治醫生</translation>
    </message>
    <message>
        <source>Choose your language, type your ZIP code if you like, then press Start. When you are done, press “I&apos;m finished”: everything you entered is cleared for the next person.</source>
        <translation>請選擇您的語言，也可以輸入您的郵遞區號，然後按「開始」。完成後，請按「我已完成」：您輸入的所有資料都會被清除，供下一位使用者使用。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Your ZIP code (optional)</source>
        <translation>您的郵遞區號（可不填）</translation>
    </message>
    <message>
        <source>Five digits, to list doctors near you.</source>
        <translation>5 位數字，用來列出您附近的醫生。</translation>
    </message>
    <message>
        <source>Your ZIP code</source>
        <translation>您的郵遞區號（ZIP）</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>郵遞區號（ZIP）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人員</translation>
    </message>
    <message>
        <source>Staff only: enter the staff PIN</source>
        <translation>僅限工作人員：請輸入工作人員密碼（PIN）</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Find my current doctor</source>
        <translation>尋找我目前的醫生</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>說明和詞彙表</translation>
    </message>
    <message>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data</source>
        <translation>關於 HMO Desktop 及其資料</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新開始</translation>
    </message>
    <message>
        <source>Start over with a new member (also Ctrl+N)</source>
        <translation>為新成員重新開始（也可按 Ctrl+N）</translation>
    </message>
    <message>
        <source>Forget this member&apos;s ZIP, plan, group, doctor, filters and searches</source>
        <translation>清除此成員的郵遞區號、健康計劃、醫療團體、醫生、篩選條件和搜尋</translation>
    </message>
</context>
</TS>
