<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name></name>
    <message>
        <source>%1, age %2</source>
        <translation>%1, %2 tuổi</translation>
    </message>
    <message>
        <source>Next step for Medi-Cal: Health Care Options</source>
        <translation>Bước tiếp theo cho Medi-Cal: Health Care Options</translation>
    </message>
    <message>
        <source>Before you enroll</source>
        <translation>Trước khi ghi danh</translation>
    </message>
    <message>
        <source>PCP ID:</source>
        <translation>Mã số PCP:</translation>
    </message>
    <message>
        <source>Family medicine</source>
        <translation>Y khoa gia đình</translation>
    </message>
    <message>
        <source>Internal medicine</source>
        <translation>Nội khoa</translation>
    </message>
    <message>
        <source>Pediatrics</source>
        <translation>Nhi khoa</translation>
    </message>
    <message>
        <source>OB/GYN</source>
        <translation>Sản phụ khoa (OB/GYN)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gia đình</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Nội khoa</translation>
    </message>
    <message>
        <source>All ages, children to seniors; often the whole family.</source>
        <translation>Mọi lứa tuổi, từ trẻ em đến người cao niên; thường khám cho cả gia đình.</translation>
    </message>
    <message>
        <source>Adults only: prevention and long-term conditions.</source>
        <translation>Chỉ người lớn: phòng bệnh và các bệnh lâu dài.</translation>
    </message>
    <message>
        <source>Babies, children and teens (up to 18 or 21).</source>
        <translation>Trẻ sơ sinh, trẻ em và thiếu niên (đến 18 hoặc 21 tuổi).</translation>
    </message>
    <message>
        <source>Women&apos;s health, pregnancy and gynecology; some act as a PCP.</source>
        <translation>Sức khỏe phụ nữ, thai sản và phụ khoa; một số bác sĩ làm PCP.</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>Nhận bệnh nhân mới</translation>
    </message>
    <message>
        <source>Existing patients only</source>
        <translation>Chỉ bệnh nhân hiện tại</translation>
    </message>
    <message>
        <source>Existing patients and their family</source>
        <translation>Bệnh nhân hiện tại và gia đình họ</translation>
    </message>
    <message>
        <source>Not accepting patients</source>
        <translation>Không nhận bệnh nhân</translation>
    </message>
    <message>
        <source>Call to ask</source>
        <translation>Gọi để hỏi</translation>
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
        <translation>Chủ lao động và cá nhân (thương mại)</translation>
    </message>
    <message>
        <source>Accessible parking</source>
        <translation>Bãi đậu xe cho người khuyết tật</translation>
    </message>
    <message>
        <source>Accessible entrance</source>
        <translation>Lối vào cho người khuyết tật</translation>
    </message>
    <message>
        <source>Accessible inside the building</source>
        <translation>Bên trong tòa nhà dễ tiếp cận</translation>
    </message>
    <message>
        <source>Accessible restroom</source>
        <translation>Nhà vệ sinh cho người khuyết tật</translation>
    </message>
    <message>
        <source>Accessible exam room</source>
        <translation>Phòng khám bệnh dễ tiếp cận</translation>
    </message>
    <message>
        <source>Height-adjustable exam table / accessible scale</source>
        <translation>Bàn khám điều chỉnh độ cao / cân dễ tiếp cận</translation>
    </message>
    <message>
        <source>Sample doctor (fictional)</source>
        <translation>Bác sĩ mẫu (hư cấu, không có thật)</translation>
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
        <translation>%1 dặm</translation>
    </message>
    <message>
        <source>Languages: English only.</source>
        <translation>Ngôn ngữ: chỉ có tiếng Anh.</translation>
    </message>
    <message>
        <source>Languages: English, %1. None of these translations has been reviewed by a fluent speaker yet; tell the team what reads wrong.</source>
        <translation>Ngôn ngữ: tiếng Anh, %1. Chưa có bản dịch nào trong số này được người thông thạo ngôn ngữ xem lại; hãy cho nhóm phát triển biết chỗ nào đọc không đúng.</translation>
    </message>
    <message>
        <source>Languages: English, %1. Reviewed by a fluent speaker: %2.</source>
        <translation>Ngôn ngữ: tiếng Anh, %1. Đã được người thông thạo ngôn ngữ xem lại: %2.</translation>
    </message>
    <message>
        <source>To translate or review a language, open its file, resources/translations/hmo_desktop_&lt;code&gt;.ts, in Qt Linguist (README, &quot;Languages&quot;).</source>
        <translation>Để dịch hoặc duyệt một ngôn ngữ, hãy mở tệp của ngôn ngữ đó, resources/translations/hmo_desktop_&lt;code&gt;.ts, trong Qt Linguist (README, &quot;Languages&quot;).</translation>
    </message>
    <message>
        <source>made by this app</source>
        <translation>do ứng dụng này tạo ra</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>tính đến %1</translation>
    </message>
    <message>
        <source>fictional samples, made up by this app</source>
        <translation>mẫu hư cấu, do ứng dụng này tạo ra</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>do ứng dụng này suy đoán</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>dữ liệu công khai, có thể đã cũ</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>dữ liệu công khai</translation>
    </message>
    <message>
        <source>none (used while building)</source>
        <translation>không có (dùng khi xây dựng)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>Works offline; sends nothing anywhere.</source>
        <translation>Hoạt động ngoại tuyến; không gửi bất cứ thông tin nào đi đâu.</translation>
    </message>
    <message>
        <source>Directory %1, checksum %2</source>
        <translation>Danh bạ %1, mã kiểm tra (checksum) %2</translation>
    </message>
    <message>
        <source>Data sources (%1)</source>
        <translation>Nguồn dữ liệu (%1)</translation>
    </message>
    <message>
        <source>About HMO Desktop</source>
        <translation>Giới thiệu HMO Desktop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data sources</source>
        <translation>Giới thiệu HMO Desktop và các nguồn dữ liệu</translation>
    </message>
    <message>
        <source>%1 (sample office)</source>
        <translation>%1 (phòng khám mẫu)</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>Quận %1</translation>
    </message>
    <message>
        <source>Sample group: its office is a sample placed at a ZIP code center, %1 away.</source>
        <translation>Nhóm mẫu: phòng khám của nhóm là mẫu, đặt tại trung tâm mã ZIP, cách %1.</translation>
    </message>
    <message>
        <source>Sample group: its office is not in this directory.</source>
        <translation>Nhóm mẫu: phòng khám của nhóm không có trong danh bạ này.</translation>
    </message>
    <message>
        <source>Serves %1; office address not in this directory.</source>
        <translation>Phục vụ %1; địa chỉ phòng khám không có trong danh bạ này.</translation>
    </message>
    <message>
        <source>No %1 doctors in this group here</source>
        <translation>Không có bác sĩ %1 nào của nhóm này ở đây</translation>
    </message>
    <message>
        <source>%1 of 1 %2 doctor is accepting new patients</source>
        <translation>%1 trên 1 bác sĩ %2 đang nhận bệnh nhân mới</translation>
    </message>
    <message numerus="yes">
        <source>%n counties</source>
        <translation>
            <numerusform>%n quận</numerusform>
        </translation>
    </message>
    <message>
        <source>Counties: %1</source>
        <translation>Các quận: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln %2 doctors are accepting new patients</source>
        <translation>
            <numerusform>%1 trên %Ln bác sĩ %2 đang nhận bệnh nhân mới</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Chưa xếp hạng</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Không công bố</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (suy đoán)</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan with one Permanente Medical Group per region. Enter your ZIP code or county above, or choose the group of the region where you live: Northern or Southern California.</source>
        <translation>Kaiser Permanente là chương trình bảo hiểm tích hợp, mỗi vùng có một Permanente Medical Group. Nhập mã ZIP hoặc quận ở trên, hoặc chọn nhóm của vùng quý vị sống: Bắc hoặc Nam California.</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, with a care team at each PACE center. Enter your ZIP code or county above, or choose the center where you live.</source>
        <translation>PACE dành cho người từ 55 tuổi trở lên, có nhóm chăm sóc tại mỗi trung tâm PACE. Nhập mã ZIP hoặc quận ở trên, hoặc chọn trung tâm nơi quý vị sống.</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group of your region, so there is no medical group to choose. Continue to choose your doctor.</source>
        <translation>Kaiser Permanente là chương trình bảo hiểm tích hợp: tất cả bác sĩ đều thuộc Permanente Medical Group của vùng quý vị, nên không cần chọn nhóm y tế. Tiếp tục để chọn bác sĩ.</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older. Your care team, your doctor included, is at your PACE center, so there is no medical group to choose. Continue to see the center&apos;s doctors.</source>
        <translation>PACE dành cho người từ 55 tuổi trở lên. Nhóm chăm sóc của quý vị, kể cả bác sĩ, ở tại trung tâm PACE, nên không cần chọn nhóm y tế. Tiếp tục để xem các bác sĩ của trung tâm.</translation>
    </message>
    <message>
        <source>Your doctor belongs to a medical group. The group decides referrals to specialists and which hospitals you use. Numbers show doctors accepting new patients, for patients of any age.</source>
        <translation>Bác sĩ của quý vị thuộc một nhóm y tế. Nhóm quyết định giấy giới thiệu đến bác sĩ chuyên khoa và bệnh viện quý vị dùng. Các con số là số bác sĩ nhận bệnh nhân mới, cho bệnh nhân mọi lứa tuổi.</translation>
    </message>
    <message>
        <source>If you choose this group, your PCP and your specialists come from it, and referrals to specialists go through it.</source>
        <translation>Nếu chọn nhóm này, PCP và các bác sĩ chuyên khoa của quý vị sẽ thuộc nhóm này, và giấy giới thiệu đến bác sĩ chuyên khoa sẽ do nhóm cấp.</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>Quy định về giấy giới thiệu</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>Đường dây ngoài giờ làm việc</translation>
    </message>
    <message>
        <source>not in this directory: see your member ID card or call the plan.</source>
        <translation>không có trong danh bạ này: xem thẻ ID hội viên hoặc gọi chương trình bảo hiểm.</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>Bác sĩ</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>Xếp hạng chất lượng</translation>
    </message>
    <message>
        <source>Plan group code</source>
        <translation>Mã nhóm của chương trình bảo hiểm</translation>
    </message>
    <message>
        <source>Sample group (fictional): this plan&apos;s group list is not available offline, so this group and everything said about it are samples.</source>
        <translation>Nhóm mẫu (hư cấu): danh sách nhóm của chương trình bảo hiểm này không có khi ngoại tuyến, nên nhóm này và mọi thông tin về nhóm đều là mẫu, không có thật.</translation>
    </message>
    <message>
        <source>The plan&apos;s own care team. Its doctors in this directory are samples.</source>
        <translation>Nhóm chăm sóc riêng của chương trình bảo hiểm. Các bác sĩ của nhóm trong danh bạ này là mẫu, không có thật.</translation>
    </message>
    <message>
        <source>Listed by the carrier for this network in 2017-18. Networks change every year: call the plan to confirm.</source>
        <translation>Do công ty bảo hiểm liệt kê cho mạng lưới này năm 2017-18. Mạng lưới thay đổi hằng năm: hãy gọi chương trình bảo hiểm để xác nhận.</translation>
    </message>
    <message>
        <source>Not published: ask the group or the plan which hospitals it uses.</source>
        <translation>Không công bố: hãy hỏi nhóm hoặc chương trình bảo hiểm về các bệnh viện họ dùng.</translation>
    </message>
    <message>
        <source>%1 (CMS rating %2 of 5)</source>
        <translation>%1 (CMS xếp hạng %2 trên 5)</translation>
    </message>
    <message>
        <source>inferred from distance, not published by the group</source>
        <translation>suy đoán từ khoảng cách, không do nhóm công bố</translation>
    </message>
    <message>
        <source>sample, fictional</source>
        <translation>mẫu, hư cấu</translation>
    </message>
    <message>
        <source>not in this directory: ask the group or the plan.</source>
        <translation>không có trong danh bạ này: hãy hỏi nhóm hoặc chương trình bảo hiểm.</translation>
    </message>
    <message>
        <source>You can see an OB/GYN in your plan&apos;s network without a referral or prior approval (California law); the plan may require the OB/GYN to be in your medical group.</source>
        <translation>Quý vị có thể khám bác sĩ sản phụ khoa (OB/GYN) trong mạng lưới của chương trình bảo hiểm mà không cần giấy giới thiệu hay phê duyệt trước (luật California); chương trình có thể yêu cầu bác sĩ OB/GYN thuộc nhóm y tế của quý vị.</translation>
    </message>
    <message>
        <source>How a PACE member&apos;s doctor is assigned: when you enroll, the PACE center&apos;s care team assigns you a primary care doctor who works at the center. You can ask the center for a particular doctor on its team.</source>
        <translation>Cách chỉ định bác sĩ cho hội viên PACE: khi quý vị ghi danh, nhóm chăm sóc của trung tâm PACE sẽ chỉ định cho quý vị một bác sĩ chăm sóc chính làm việc tại trung tâm. Quý vị có thể xin trung tâm một bác sĩ cụ thể trong nhóm.</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>Lựa chọn đầu tiên</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Dự phòng %1</translation>
    </message>
    <message>
        <source>The selected member&apos;s doctors</source>
        <translation>Các bác sĩ của thành viên được chọn</translation>
    </message>
    <message>
        <source>This member&apos;s plan</source>
        <translation>Chương trình bảo hiểm của thành viên này</translation>
    </message>
    <message>
        <source>Plan for this member:</source>
        <translation>Chương trình bảo hiểm cho thành viên này:</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Lựa chọn</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Bác sĩ</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Bệnh nhân mới</translation>
    </message>
    <message>
        <source>Make first choice</source>
        <translation>Đặt làm lựa chọn đầu tiên</translation>
    </message>
    <message>
        <source>Make this doctor the member&apos;s first choice</source>
        <translation>Đặt bác sĩ này làm lựa chọn đầu tiên của thành viên</translation>
    </message>
    <message>
        <source>Remove doctor</source>
        <translation>Bỏ bác sĩ</translation>
    </message>
    <message>
        <source>Remove this doctor from the member&apos;s choices</source>
        <translation>Bỏ bác sĩ này khỏi các lựa chọn của thành viên</translation>
    </message>
    <message>
        <source>Select a member to see their plan and doctors.</source>
        <translation>Chọn một thành viên để xem chương trình bảo hiểm và bác sĩ của họ.</translation>
    </message>
    <message>
        <source>%1&apos;s plan and doctors</source>
        <translation>Chương trình bảo hiểm và bác sĩ của %1</translation>
    </message>
    <message>
        <source>The household&apos;s plan (%1)</source>
        <translation>Chương trình bảo hiểm của hộ gia đình (%1)</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>chưa chọn</translation>
    </message>
    <message>
        <source>Type the member&apos;s first name or a nickname.</source>
        <translation>Nhập tên hoặc biệt danh của thành viên.</translation>
    </message>
    <message>
        <source>That name is long: a first name or a nickname is enough.</source>
        <translation>Tên đó dài quá: chỉ cần tên hoặc biệt danh.</translation>
    </message>
    <message>
        <source>Type a first name or nickname only: no numbers, dates, IDs or addresses.</source>
        <translation>Chỉ nhập tên hoặc biệt danh: không nhập số, ngày, mã số hay địa chỉ.</translation>
    </message>
    <message>
        <source>The age must be from 0 to 120.</source>
        <translation>Tuổi phải từ 0 đến 120.</translation>
    </message>
    <message>
        <source>Choose female, male, or leave sex not given.</source>
        <translation>Chọn nữ, nam, hoặc để trống giới tính.</translation>
    </message>
    <message>
        <source>One of the access needs is not known to this app.</source>
        <translation>Ứng dụng này không biết một trong các nhu cầu tiếp cận.</translation>
    </message>
    <message>
        <source>This member cannot be added as given.</source>
        <translation>Không thể thêm thành viên này như đã nhập.</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>lựa chọn đầu tiên</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>dự phòng %1</translation>
    </message>
    <message>
        <source>%1 has no PCP yet.</source>
        <translation>%1 chưa có PCP.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is no longer in this directory for this plan; choose another doctor.</source>
        <translation>%1: %2 (%3) không còn trong danh bạ này cho chương trình bảo hiểm này; hãy chọn bác sĩ khác.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in this member&apos;s plan.</source>
        <translation>%1: %2 (%3) không thuộc chương trình bảo hiểm của thành viên này.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not taking new patients.</source>
        <translation>%1: %2 (%3) không nhận bệnh nhân mới.</translation>
    </message>
    <message>
        <source>%1: this directory does not say whether %2 (%3) takes new patients; call to ask.</source>
        <translation>%1: danh bạ này không cho biết %2 (%3) có nhận bệnh nhân mới không; hãy gọi để hỏi.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) sees patients up to age %4; %1 ages out within a year.</source>
        <translation>%1: %2 (%3) khám bệnh nhân đến %4 tuổi; %1 sẽ quá tuổi trong vòng một năm.</translation>
    </message>
    <message>
        <source>Add the members of the household, one at a time.</source>
        <translation>Thêm các thành viên trong hộ gia đình, từng người một.</translation>
    </message>
    <message>
        <source>Everyone has a PCP, and nothing needs another look.</source>
        <translation>Mọi người đều đã có PCP, và không có gì cần xem lại.</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (mẫu, không có thật)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>không có trong danh bạ này</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, tính đến %2</translation>
    </message>
    <message>
        <source>needs a ZIP</source>
        <translation>cần mã ZIP</translation>
    </message>
    <message>
        <source>not known here: open this doctor from the doctor step</source>
        <translation>không biết ở đây: hãy mở bác sĩ này từ bước chọn bác sĩ</translation>
    </message>
    <message>
        <source>Evening: %1; Saturday: %2</source>
        <translation>Buổi tối: %1; Thứ Bảy: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Có: %1</translation>
    </message>
    <message>
        <source>not in this directory: ask the medical group</source>
        <translation>không có trong danh bạ này: hãy hỏi nhóm y tế</translation>
    </message>
    <message>
        <source>Doctor: %1. Office: %2. Group: %3. Plan: %4.</source>
        <translation>Bác sĩ: %1. Phòng khám: %2. Nhóm: %3. Chương trình bảo hiểm: %4.</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Khoảng cách</translation>
    </message>
    <message>
        <source>Doctor&apos;s languages</source>
        <translation>Ngôn ngữ của bác sĩ</translation>
    </message>
    <message>
        <source>Staff languages</source>
        <translation>Ngôn ngữ của nhân viên</translation>
    </message>
    <message>
        <source>Evening and Saturday hours</source>
        <translation>Giờ buổi tối và Thứ Bảy</translation>
    </message>
    <message>
        <source>Video visits</source>
        <translation>Khám qua video</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Khả năng tiếp cận</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Bệnh viện</translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation>Chứng nhận chuyên khoa</translation>
    </message>
    <message>
        <source>Group rating</source>
        <translation>Xếp hạng nhóm</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>Nguồn và ngày</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Household: everyone enrolling together</source>
        <translation>Hộ gia đình: mọi người ghi danh cùng nhau</translation>
    </message>
    <message>
        <source>1 doctor can see everyone (ages %1).</source>
        <translation>1 bác sĩ có thể khám cho mọi người (tuổi %1).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors can see everyone (ages %1).</source>
        <translation>
            <numerusform>%Ln bác sĩ có thể khám cho mọi người (tuổi %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Same doctor for the family</source>
        <translation>Cùng một bác sĩ cho cả gia đình</translation>
    </message>
    <message>
        <source>Doctors who can see every member</source>
        <translation>Bác sĩ có thể khám cho mọi thành viên</translation>
    </message>
    <message>
        <source>Doctors for the whole family</source>
        <translation>Bác sĩ cho cả gia đình</translation>
    </message>
    <message>
        <source>Doctors for everyone</source>
        <translation>Bác sĩ cho mọi người</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <source>PCP</source>
        <translation>PCP</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Dự phòng</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>Các thành viên trong hộ gia đình</translation>
    </message>
    <message>
        <source>Use the current doctor</source>
        <translation>Dùng bác sĩ hiện tại</translation>
    </message>
    <message>
        <source>Use the current doctor as this member&apos;s first choice</source>
        <translation>Dùng bác sĩ hiện tại làm lựa chọn đầu tiên của thành viên này</translation>
    </message>
    <message>
        <source>Add as a backup</source>
        <translation>Thêm làm dự phòng</translation>
    </message>
    <message>
        <source>Add the current doctor as this member&apos;s backup</source>
        <translation>Thêm bác sĩ hiện tại làm dự phòng của thành viên này</translation>
    </message>
    <message>
        <source>Change member</source>
        <translation>Sửa thành viên</translation>
    </message>
    <message>
        <source>Change this member</source>
        <translation>Sửa thành viên này</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Bỏ thành viên</translation>
    </message>
    <message>
        <source>Remove this member</source>
        <translation>Bỏ thành viên này</translation>
    </message>
    <message>
        <source>What to look at again</source>
        <translation>Những điều cần xem lại</translation>
    </message>
    <message>
        <source>Compare the chosen doctors</source>
        <translation>So sánh các bác sĩ đã chọn</translation>
    </message>
    <message>
        <source>Members, or compare</source>
        <translation>Thành viên, hoặc so sánh</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Thành viên</translation>
    </message>
    <message>
        <source>C&amp;ompare doctors</source>
        <translation>&amp;So sánh bác sĩ</translation>
    </message>
    <message>
        <source>Needs a PCP</source>
        <translation>Cần PCP</translation>
    </message>
    <message>
        <source>Choose a plan and add the members first.</source>
        <translation>Hãy chọn chương trình bảo hiểm và thêm các thành viên trước.</translation>
    </message>
    <message>
        <source>Use the current doctor for %1</source>
        <translation>Dùng bác sĩ hiện tại cho %1</translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation>Bản tóm tắt ghi danh</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>Tên hoặc biệt danh</translation>
    </message>
    <message>
        <source>Sex (optional)</source>
        <translation>Giới tính (không bắt buộc)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Không cho biết</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Preferred language (optional)</source>
        <translation>Ngôn ngữ ưa thích (không bắt buộc)</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>Tiếp cận bằng xe lăn</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>Giờ buổi tối</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>Giờ Thứ Bảy</translation>
    </message>
    <message>
        <source>Wants an OB/GYN as PCP</source>
        <translation>Muốn bác sĩ sản phụ khoa (OB/GYN) làm PCP</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <source>Add this member</source>
        <translation>Thêm thành viên này</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Hủy thay đổi</translation>
    </message>
    <message>
        <source>Leave the member as they were</source>
        <translation>Giữ nguyên thành viên như trước</translation>
    </message>
    <message>
        <source>Why the member was not added</source>
        <translation>Lý do chưa thêm thành viên</translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation>Tên hoặc biệt danh:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Tuổi:</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>Giới tính (không bắt buộc):</translation>
    </message>
    <message>
        <source>Language (optional):</source>
        <translation>Ngôn ngữ (không bắt buộc):</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>Save the changes to this member</source>
        <translation>Lưu các thay đổi cho thành viên này</translation>
    </message>
    <message>
        <source>The saved household file was damaged. It was set aside, and the last good copy was opened instead: check the members and their doctors.</source>
        <translation>Tập tin hộ gia đình đã lưu bị hỏng. Tập tin đã được để riêng ra, và bản sao tốt gần nhất đã được mở thay thế: hãy kiểm tra các thành viên và bác sĩ của họ.</translation>
    </message>
    <message>
        <source>The saved household file was damaged, and there was no good copy to open. It was set aside; add the members again.</source>
        <translation>Tập tin hộ gia đình đã lưu bị hỏng, và không có bản sao tốt nào để mở. Tập tin đã được để riêng ra; hãy thêm lại các thành viên.</translation>
    </message>
    <message>
        <source>The saved household was kept by a newer version of HMO Desktop. It was left as it is; open it with that version.</source>
        <translation>Hộ gia đình đã lưu được giữ bằng phiên bản HMO Desktop mới hơn. Hộ gia đình được để nguyên; hãy mở bằng phiên bản đó.</translation>
    </message>
    <message>
        <source>The saved household could not be brought up to date. It was left as it was; add the members again, or try again after updating HMO Desktop.</source>
        <translation>Không thể cập nhật hộ gia đình đã lưu. Hộ gia đình được để nguyên; hãy thêm lại các thành viên, hoặc thử lại sau khi cập nhật HMO Desktop.</translation>
    </message>
    <message>
        <source>The saved household could not be opened.</source>
        <translation>Không thể mở hộ gia đình đã lưu.</translation>
    </message>
    <message>
        <source>The saved household could not be opened: %1</source>
        <translation>Không thể mở hộ gia đình đã lưu: %1</translation>
    </message>
    <message>
        <source>Your household kept on this computer is open: View &gt; Household.</source>
        <translation>Hộ gia đình lưu trên máy tính này đang mở: Xem &gt; Hộ gia đình.</translation>
    </message>
    <message>
        <source>Doctors no longer in this directory: %1. Choose others.</source>
        <translation>Các bác sĩ không còn trong danh bạ này: %1. Hãy chọn bác sĩ khác.</translation>
    </message>
    <message>
        <source>The household could not be saved in %1: %2. Nothing was changed there.</source>
        <translation>Không thể lưu hộ gia đình vào %1: %2. Không có gì bị thay đổi ở đó.</translation>
    </message>
    <message>
        <source>Kept on this computer. Changes are saved as you make them.</source>
        <translation>Được lưu trên máy tính này. Các thay đổi được lưu ngay khi quý vị thực hiện.</translation>
    </message>
    <message>
        <source>This household is forgotten: nothing of it is kept on this computer.</source>
        <translation>Hộ gia đình này đã bị xóa: không có gì của hộ gia đình được lưu trên máy tính này.</translation>
    </message>
    <message>
        <source>Keep this household?</source>
        <translation>Lưu hộ gia đình này?</translation>
    </message>
    <message>
        <source>Keep this household on this computer for next time?</source>
        <translation>Lưu hộ gia đình này trên máy tính này cho lần sau?</translation>
    </message>
    <message>
        <source>Only the first names or nicknames, ages and chosen doctors are kept, in your user folder. On a shared computer, choose Don&apos;t keep.</source>
        <translation>Chỉ lưu tên hoặc biệt danh, tuổi và bác sĩ đã chọn, trong thư mục người dùng của quý vị. Nếu dùng máy tính chung, hãy chọn Không lưu.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Don&apos;t keep</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Forget this household?</source>
        <translation>Xóa hộ gia đình này?</translation>
    </message>
    <message>
        <source>Its members and their doctors are removed from the screen, and the copy kept on this computer is deleted with its backups. This cannot be undone.</source>
        <translation>Các thành viên và bác sĩ của họ sẽ bị gỡ khỏi màn hình, và bản sao lưu trên máy tính này sẽ bị xóa cùng các bản dự phòng. Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>&amp;Household…</source>
        <translation>&amp;Hộ gia đình…</translation>
    </message>
    <message>
        <source>The family&apos;s members, their doctors, and the enrollment summary</source>
        <translation>Các thành viên trong gia đình, bác sĩ của họ và bản tóm tắt ghi danh</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>Nhận</translation>
    </message>
    <message>
        <source>%1; ages not in this directory</source>
        <translation>%1; độ tuổi không có trong danh bạ này</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Nhóm y tế</translation>
    </message>
    <message>
        <source>Save the enrollment summary</source>
        <translation>Lưu bản tóm tắt ghi danh</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tập tin PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Chữ in lớn</translation>
    </message>
    <message>
        <source>Large print summary</source>
        <translation>Bản tóm tắt chữ in lớn</translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation>Lưu bản tóm tắt dạng PDF…</translation>
    </message>
    <message>
        <source>Save the enrollment summary as a PDF file</source>
        <translation>Lưu bản tóm tắt ghi danh thành tập tin PDF</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>In bản tóm tắt…</translation>
    </message>
    <message>
        <source>Print the enrollment summary</source>
        <translation>In bản tóm tắt ghi danh</translation>
    </message>
    <message>
        <source>Keep on this computer</source>
        <translation>Lưu trên máy tính này</translation>
    </message>
    <message>
        <source>Keep this household on this computer</source>
        <translation>Lưu hộ gia đình này trên máy tính này</translation>
    </message>
    <message>
        <source>Forget this household</source>
        <translation>Xóa hộ gia đình này</translation>
    </message>
    <message>
        <source>Close the household</source>
        <translation>Đóng hộ gia đình</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>Đã lưu trên máy tính này</translation>
    </message>
    <message>
        <source>The summary is printing. Please collect it from the printer.</source>
        <translation>Bản tóm tắt đang được in. Vui lòng lấy bản in ở máy in.</translation>
    </message>
    <message>
        <source>The summary is ready. A staff member will print it for you.</source>
        <translation>Bản tóm tắt đã sẵn sàng. Nhân viên sẽ in cho quý vị.</translation>
    </message>
    <message>
        <source>No printer is set up here. Please ask staff.</source>
        <translation>Không có máy in nào được cài đặt ở đây. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
        <source>The summary could not be made. Please ask staff.</source>
        <translation>Không thể tạo bản tóm tắt. Vui lòng hỏi nhân viên.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>In bản tóm tắt</translation>
    </message>
    <message>
        <source>HMO Desktop kiosk</source>
        <translation>Ki-ốt HMO Desktop</translation>
    </message>
    <message>
        <source>HMO Desktop</source>
        <translation>HMO Desktop</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Chỉ dành cho nhân viên</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Mã PIN nhân viên</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>Mã PIN nhân viên:</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Thông báo về mã PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Unlock staff settings</source>
        <translation>Mở khóa phần cài đặt của nhân viên</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Quay lại ki-ốt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Clear for the next person</source>
        <translation>Xóa hết cho người kế tiếp</translation>
    </message>
    <message>
        <source>Clear everything now for the next person</source>
        <translation>Xóa hết ngay bây giờ cho người kế tiếp</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Rời khỏi ki-ốt</translation>
    </message>
    <message>
        <source>No staff PIN is set, so this kiosk cannot be left from here. To set one, run this on the computer, then start the kiosk again:

hmo-desktop --set-kiosk-pin

It is kept, as a salted hash, in %1</source>
        <translation>Chưa đặt mã PIN nhân viên, nên không thể rời ki-ốt này từ đây. Để đặt mã PIN, hãy chạy lệnh này trên máy tính, rồi khởi động lại ki-ốt:

hmo-desktop --set-kiosk-pin

Mã PIN được lưu dưới dạng hàm băm có muối (salted hash), trong %1</translation>
    </message>
    <message>
        <source>Configuration file: %1</source>
        <translation>Tập tin cấu hình: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Idle time before the warning: %1 seconds</source>
        <translation>Thời gian không hoạt động trước khi cảnh báo: %1 giây</translation>
    </message>
    <message>
        <source>The warning counts down from: %1 seconds</source>
        <translation>Cảnh báo đếm ngược từ: %1 giây</translation>
    </message>
    <message>
        <source>Text size for each new person: %1 %</source>
        <translation>Cỡ chữ cho mỗi người mới: %1 %</translation>
    </message>
    <message>
        <source>Summaries: PDF files in %1, emptied at every reset</source>
        <translation>Bản tóm tắt: tập tin PDF trong %1, được xóa sạch mỗi lần đặt lại</translation>
    </message>
    <message>
        <source>Summaries: printed on %1</source>
        <translation>Bản tóm tắt: được in trên %1</translation>
    </message>
    <message>
        <source>Summaries: no default printer is set up on this computer</source>
        <translation>Bản tóm tắt: máy tính này chưa cài đặt máy in mặc định</translation>
    </message>
    <message>
        <source>The configuration file was not used: %1</source>
        <translation>Tập tin cấu hình không được dùng: %1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Nhập sai mã PIN quá nhiều lần. Hãy thử lại sau %1 giây.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Mã PIN đó không đúng.</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Thanh menu</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Thêm menu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tập tin</translation>
    </message>
    <message>
        <source>&amp;Open directory…</source>
        <translation>&amp;Mở danh bạ…</translation>
    </message>
    <message>
        <source>Open another doctor directory file; it is checked before it is used</source>
        <translation>Mở một tập tin danh bạ bác sĩ khác; tập tin sẽ được kiểm tra trước khi dùng</translation>
    </message>
    <message>
        <source>Open a doctor directory</source>
        <translation>Mở danh bạ bác sĩ</translation>
    </message>
    <message>
        <source>Doctor directories (*.sqlite)</source>
        <translation>Danh bạ bác sĩ (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả tập tin (*)</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. You can keep working; if it happens again, send these details to the team.</source>
        <translation>Đã xảy ra lỗi bên trong HMO Desktop. Quý vị có thể tiếp tục làm việc; nếu lỗi lặp lại, hãy gửi các chi tiết này cho nhóm phát triển.</translation>
    </message>
    <message>
        <source>The doctor directory is not an HMO Desktop directory.</source>
        <translation>Danh bạ bác sĩ này không phải là danh bạ của HMO Desktop.</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is damaged.</source>
        <translation>Danh bạ bác sĩ đi kèm HMO Desktop bị hỏng.</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is missing.</source>
        <translation>Thiếu danh bạ bác sĩ đi kèm HMO Desktop.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory.</source>
        <translation>HMO Desktop không có quyền đọc danh bạ bác sĩ của mình.</translation>
    </message>
    <message>
        <source>A folder is where HMO Desktop&apos;s doctor directory should be.</source>
        <translation>Có một thư mục ở chỗ lẽ ra là danh bạ bác sĩ của HMO Desktop.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory&apos;s manifest.</source>
        <translation>HMO Desktop không có quyền đọc tập tin kê khai (manifest) của danh bạ bác sĩ.</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop is damaged.</source>
        <translation>Tập tin danh bạ bác sĩ được đưa cho HMO Desktop bị hỏng.</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop does not exist.</source>
        <translation>Tập tin danh bạ bác sĩ được đưa cho HMO Desktop không tồn tại.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the doctor directory file it was given.</source>
        <translation>HMO Desktop không có quyền đọc tập tin danh bạ bác sĩ được đưa cho nó.</translation>
    </message>
    <message>
        <source>HMO Desktop was given a folder, not a doctor directory file.</source>
        <translation>HMO Desktop được đưa một thư mục, không phải tập tin danh bạ bác sĩ.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the manifest of the doctor directory file it was given.</source>
        <translation>HMO Desktop không có quyền đọc tập tin kê khai (manifest) của tập tin danh bạ bác sĩ được đưa cho nó.</translation>
    </message>
    <message>
        <source>This doctor directory needs a newer version of HMO Desktop.</source>
        <translation>Danh bạ bác sĩ này cần phiên bản HMO Desktop mới hơn.</translation>
    </message>
    <message>
        <source>This doctor directory is too old for this version of HMO Desktop.</source>
        <translation>Danh bạ bác sĩ này quá cũ đối với phiên bản HMO Desktop này.</translation>
    </message>
    <message>
        <source>Reinstall HMO Desktop, or rebuild the directory with &apos;python -m hmo_desktop.datapack build&apos;.</source>
        <translation>Hãy cài đặt lại HMO Desktop, hoặc tạo lại danh bạ bằng lệnh &apos;python -m hmo_desktop.datapack build&apos;.</translation>
    </message>
    <message>
        <source>Check that you may read it, or reinstall HMO Desktop.</source>
        <translation>Hãy kiểm tra quý vị có quyền đọc tập tin này không, hoặc cài đặt lại HMO Desktop.</translation>
    </message>
    <message>
        <source>Remove or rename that folder, then reinstall HMO Desktop or rebuild the directory.</source>
        <translation>Hãy gỡ bỏ hoặc đổi tên thư mục đó, rồi cài đặt lại HMO Desktop hoặc tạo lại danh bạ.</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use the directory that came with this version.</source>
        <translation>Hãy cập nhật HMO Desktop, hoặc dùng danh bạ đi kèm phiên bản này.</translation>
    </message>
    <message>
        <source>Check the file given with --directory, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>Hãy kiểm tra tập tin được chỉ định bằng --directory, hoặc tạo tập tin mới bằng lệnh &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</translation>
    </message>
    <message>
        <source>Check that you may read that file and the folders above it.</source>
        <translation>Hãy kiểm tra quý vị có quyền đọc tập tin đó và các thư mục chứa nó không.</translation>
    </message>
    <message>
        <source>Check that you may read the .manifest.json file beside the directory file.</source>
        <translation>Hãy kiểm tra quý vị có quyền đọc tập tin .manifest.json bên cạnh tập tin danh bạ không.</translation>
    </message>
    <message>
        <source>Give the path of a directory file (.sqlite), not of a folder.</source>
        <translation>Hãy chỉ định đường dẫn đến một tập tin danh bạ (.sqlite), không phải một thư mục.</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use a directory built by this version.</source>
        <translation>Hãy cập nhật HMO Desktop, hoặc dùng danh bạ được tạo bằng phiên bản này.</translation>
    </message>
    <message>
        <source>HMO Desktop cannot use this doctor directory.</source>
        <translation>HMO Desktop không thể dùng danh bạ bác sĩ này.</translation>
    </message>
    <message>
        <source>Choose another directory file, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>Hãy chọn tập tin danh bạ khác, hoặc tạo tập tin mới bằng lệnh &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</translation>
    </message>
    <message>
        <source>Open directory</source>
        <translation>Mở danh bạ</translation>
    </message>
    <message>
        <source>%1

HMO Desktop keeps using the directory it had open.</source>
        <translation>%1

HMO Desktop tiếp tục dùng danh bạ đang mở.</translation>
    </message>
    <message>
        <source>File: %1
%2</source>
        <translation>Tập tin: %1
%2</translation>
    </message>
    <message>
        <source>Checking the directory file…</source>
        <translation>Đang kiểm tra tập tin danh bạ…</translation>
    </message>
    <message>
        <source>HMO Desktop: choose your primary care doctor (%1)</source>
        <translation>HMO Desktop: chọn bác sĩ chăm sóc chính của quý vị (%1)</translation>
    </message>
    <message>
        <source>Now using the directory %1.</source>
        <translation>Đang dùng danh bạ %1.</translation>
    </message>
    <message>
        <source>Sample?</source>
        <translation>Mẫu?</translation>
    </message>
    <message>
        <source>Generated sample data, not a real person</source>
        <translation>Dữ liệu mẫu được tạo ra, không phải người thật</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Phòng khám</translation>
    </message>
    <message>
        <source>To a sample office placed at a ZIP code center</source>
        <translation>Đến một phòng khám mẫu đặt tại trung tâm mã ZIP</translation>
    </message>
    <message>
        <source>Approximate: to the center of the office&apos;s ZIP code</source>
        <translation>Ước tính: đến trung tâm mã ZIP của phòng khám</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Chuyên khoa</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Tháng Một</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Tháng Hai</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Tháng Ba</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Tháng Tư</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Tháng Năm</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Tháng Sáu</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Tháng Bảy</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Tháng Tám</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Tháng Chín</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Tháng Mười</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Tháng Mười Một</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Tháng Mười Hai</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, may be out of date</source>
        <translation>%1, có thể đã cũ</translation>
    </message>
    <message>
        <source>Minimum Coverage</source>
        <translation>Bảo Hiểm Tối Thiểu</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Đồng</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Bạc</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Vàng</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Bạch Kim</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for %1 County</source>
        <translation>Chương trình bảo hiểm sức khỏe Medi-Cal cho Quận %1</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for the counties it serves</source>
        <translation>Chương trình bảo hiểm sức khỏe Medi-Cal cho các quận mà chương trình phục vụ</translation>
    </message>
    <message>
        <source>Covered California HMO (%1)</source>
        <translation>HMO của Covered California (%1)</translation>
    </message>
    <message>
        <source>Covered California HMO</source>
        <translation>HMO của Covered California</translation>
    </message>
    <message>
        <source>Employer and individual HMO</source>
        <translation>HMO của chủ lao động và cá nhân</translation>
    </message>
    <message>
        <source>Medicare Advantage HMO</source>
        <translation>HMO của Medicare Advantage</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group for your region, so there is no medical group to choose.</source>
        <translation>Kaiser Permanente là chương trình bảo hiểm tích hợp: tất cả bác sĩ đều thuộc Permanente Medical Group của vùng quý vị, nên không cần chọn nhóm y tế.</translation>
    </message>
    <message>
        <source>PACE: for people 55 and older who need a nursing-home level of care and can live safely at home; your care team, including your doctor, is at the PACE center.</source>
        <translation>PACE: dành cho người từ 55 tuổi trở lên cần mức chăm sóc như ở viện dưỡng lão nhưng có thể sống an toàn tại nhà; nhóm chăm sóc của quý vị, kể cả bác sĩ, ở tại trung tâm PACE.</translation>
    </message>
    <message>
        <source>This plan&apos;s group list is from %1. Networks change every year: call the plan to confirm.</source>
        <translation>Danh sách nhóm của chương trình bảo hiểm này có từ %1. Mạng lưới thay đổi hằng năm: hãy gọi chương trình bảo hiểm để xác nhận.</translation>
    </message>
    <message>
        <source>This plan&apos;s information is from %1. Plans and networks change every year: call the plan to confirm.</source>
        <translation>Thông tin của chương trình bảo hiểm này có từ %1. Chương trình bảo hiểm và mạng lưới thay đổi hằng năm: hãy gọi chương trình bảo hiểm để xác nhận.</translation>
    </message>
    <message>
        <source>Medical groups: the carrier&apos;s published list, as of %1.</source>
        <translation>Nhóm y tế: danh sách do công ty bảo hiểm công bố, tính đến %1.</translation>
    </message>
    <message>
        <source>Plan list as of %1.</source>
        <translation>Danh sách chương trình bảo hiểm tính đến %1.</translation>
    </message>
    <message>
        <source>This plan&apos;s medical group list is not available offline: the groups shown are samples.</source>
        <translation>Danh sách nhóm y tế của chương trình bảo hiểm này không có khi ngoại tuyến: các nhóm hiển thị là mẫu, không có thật.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Nguồn: %1.</translation>
    </message>
    <message>
        <source>Medi-Cal health plans, by county (December 2025)</source>
        <translation>Các chương trình bảo hiểm sức khỏe Medi-Cal, theo quận (Tháng Mười Hai 2025)</translation>
    </message>
    <message>
        <source>Covered California HMOs (2017)</source>
        <translation>Các HMO của Covered California (2017)</translation>
    </message>
    <message>
        <source>Anthem Blue Cross and UnitedHealthcare employer and individual HMO networks (2017–18)</source>
        <translation>Các mạng lưới HMO của chủ lao động và cá nhân của Anthem Blue Cross và UnitedHealthcare (2017–18)</translation>
    </message>
    <message>
        <source>Use your plan&apos;s own provider directory (on its website or in your welcome kit).</source>
        <translation>Hãy dùng danh bạ nhà cung cấp của chính chương trình bảo hiểm (trên trang web hoặc trong bộ tài liệu chào mừng).</translation>
    </message>
    <message>
        <source>Or call member services: the number is on your member ID card.</source>
        <translation>Hoặc gọi Dịch Vụ Hội Viên: số điện thoại có trên thẻ ID hội viên của quý vị.</translation>
    </message>
    <message>
        <source>Ask which medical groups and doctors are in your network, near you.</source>
        <translation>Hãy hỏi những nhóm y tế và bác sĩ nào trong mạng lưới của quý vị ở gần quý vị.</translation>
    </message>
    <message>
        <source>Your plan is not listed?</source>
        <translation>Không thấy chương trình bảo hiểm của quý vị?</translation>
    </message>
    <message>
        <source>This directory has only the plans in public files:</source>
        <translation>Danh bạ này chỉ có các chương trình bảo hiểm trong tập tin công khai:</translation>
    </message>
    <message>
        <source>If your plan is not here (for example a Blue Shield, Health Net or Kaiser Permanente plan through an employer, Sharp Health Plan or Western Health Advantage):</source>
        <translation>Nếu chương trình bảo hiểm của quý vị không có ở đây (ví dụ chương trình Blue Shield, Health Net hoặc Kaiser Permanente qua chủ lao động, Sharp Health Plan hoặc Western Health Advantage):</translation>
    </message>
    <message>
        <source>On Medi-Cal? Health Care Options (1-800-430-4263) helps you choose a Medi-Cal plan.</source>
        <translation>Có Medi-Cal? Health Care Options (1-800-430-4263) giúp quý vị chọn chương trình bảo hiểm Medi-Cal.</translation>
    </message>
    <message>
        <source>You can still look up a doctor you know with &quot;Find my current doctor&quot;: the profile lists every plan in this directory that includes them.</source>
        <translation>Quý vị vẫn có thể tìm bác sĩ mình biết bằng &quot;Tìm bác sĩ hiện tại của tôi&quot;: hồ sơ liệt kê mọi chương trình bảo hiểm trong danh bạ này có bác sĩ đó.</translation>
    </message>
    <message>
        <source>1  Plan</source>
        <translation>1  Chương trình bảo hiểm</translation>
    </message>
    <message>
        <source>2  Medical group</source>
        <translation>2  Nhóm y tế</translation>
    </message>
    <message>
        <source>3  Doctor</source>
        <translation>3  Bác sĩ</translation>
    </message>
    <message>
        <source>4  Doctor&apos;s profile</source>
        <translation>4  Hồ sơ bác sĩ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>English copy, for the doctor&apos;s office and the plan</source>
        <translation>Bản tiếng Anh, dành cho phòng khám của bác sĩ và chương trình bảo hiểm</translation>
    </message>
    <message>
        <source>Enrollment summary: your household’s doctor choices</source>
        <translation>Bản tóm tắt ghi danh: các bác sĩ mà hộ gia đình quý vị đã chọn</translation>
    </message>
    <message>
        <source>Take this to your enrollment or keep it by the phone. Each person has their own page, with the PCP ID the plan asks for.</source>
        <translation>Hãy mang bản này khi ghi danh hoặc để cạnh điện thoại. Mỗi người có một trang riêng, với mã số PCP mà chương trình bảo hiểm yêu cầu.</translation>
    </message>
    <message>
        <source>%1 (sample, fictional)</source>
        <translation>%1 (mẫu, hư cấu)</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it when you enroll</source>
        <translation>không có trong danh bạ này: chương trình bảo hiểm cấp khi quý vị ghi danh</translation>
    </message>
    <message>
        <source>not in this directory: call the plan</source>
        <translation>không có trong danh bạ này: hãy gọi chương trình bảo hiểm</translation>
    </message>
    <message>
        <source>%1 (sample office, not a real address)</source>
        <translation>%1 (phòng khám mẫu, không phải địa chỉ thật)</translation>
    </message>
    <message>
        <source>%1 (fictional number)</source>
        <translation>%1 (số hư cấu)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Chương trình bảo hiểm:</translation>
    </message>
    <message>
        <source>No PCP chosen yet. Choose one before you enroll; if you do not, the plan chooses one for this person.</source>
        <translation>Chưa chọn PCP. Hãy chọn trước khi ghi danh; nếu không, chương trình bảo hiểm sẽ chọn cho người này.</translation>
    </message>
    <message>
        <source>none yet: no doctor chosen</source>
        <translation>chưa có: chưa chọn bác sĩ</translation>
    </message>
    <message>
        <source>Plan member services:</source>
        <translation>Dịch Vụ Hội Viên của chương trình bảo hiểm:</translation>
    </message>
    <message>
        <source>not in this directory: it is on the plan’s letters and card</source>
        <translation>không có trong danh bạ này: có trên thư và thẻ của chương trình bảo hiểm</translation>
    </message>
    <message>
        <source>When a PCP change takes effect:</source>
        <translation>Khi nào việc đổi PCP có hiệu lực:</translation>
    </message>
    <message>
        <source>often the first day of the next month; the plan confirms.</source>
        <translation>thường là ngày đầu tiên của tháng sau; chương trình bảo hiểm sẽ xác nhận.</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Mạng lưới:</translation>
    </message>
    <message>
        <source>Medical group:</source>
        <translation>Nhóm y tế:</translation>
    </message>
    <message>
        <source>The plan’s code for this group:</source>
        <translation>Mã của chương trình bảo hiểm cho nhóm này:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>Bác sĩ:</translation>
    </message>
    <message>
        <source>NPI:</source>
        <translation>NPI:</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>Bệnh nhân mới:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Phòng khám:</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>Điện thoại phòng khám:</translation>
    </message>
    <message>
        <source>%1 (%2). PCP ID: %3.</source>
        <translation>%1 (%2). Mã số PCP: %3.</translation>
    </message>
    <message>
        <source>another plan</source>
        <translation>chương trình bảo hiểm khác</translation>
    </message>
    <message>
        <source>%1 In %2, not this person’s plan.</source>
        <translation>%1 Thuộc %2, không phải chương trình bảo hiểm của người này.</translation>
    </message>
    <message>
        <source>Backup %1:</source>
        <translation>Dự phòng %1:</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>phòng khám</translation>
    </message>
    <message>
        <source>number not in this directory</source>
        <translation>số điện thoại không có trong danh bạ này</translation>
    </message>
    <message>
        <source>Call to confirm: %1, %2</source>
        <translation>Gọi để xác nhận: %1, %2</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>chương trình bảo hiểm của quý vị</translation>
    </message>
    <message>
        <source>Does this office take %1?</source>
        <translation>Phòng khám này có nhận %1 không?</translation>
    </message>
    <message>
        <source>Is %1 taking new patients in this plan?</source>
        <translation>%1 có đang nhận bệnh nhân mới trong chương trình bảo hiểm này không?</translation>
    </message>
    <message>
        <source>Is the PCP ID still %1?</source>
        <translation>Mã số PCP có còn là %1 không?</translation>
    </message>
    <message>
        <source>What PCP ID does the plan use for this doctor?</source>
        <translation>Chương trình bảo hiểm dùng mã số PCP nào cho bác sĩ này?</translation>
    </message>
    <message>
        <source>Date called, and who you spoke with:</source>
        <translation>Ngày gọi, và người quý vị đã nói chuyện:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Trả lời:</translation>
    </message>
    <message>
        <source>Health Care Options is the state’s Medi-Cal enrollment service. Tell them each person’s plan and PCP by phone or with the Choice Form in your enrollment packet.</source>
        <translation>Health Care Options là dịch vụ ghi danh Medi-Cal của tiểu bang. Hãy cho họ biết chương trình bảo hiểm và PCP của từng người qua điện thoại hoặc bằng Mẫu Đơn Lựa Chọn trong bộ hồ sơ ghi danh.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>TTY:</source>
        <translation>TTY:</translation>
    </message>
    <message>
        <source>A family may choose one plan and PCP for everyone, or one for each person.</source>
        <translation>Một gia đình có thể chọn một chương trình bảo hiểm và PCP cho mọi người, hoặc riêng cho từng người.</translation>
    </message>
    <message>
        <source>A person who does not choose within the time stated in the enrollment packet is assigned a plan.</source>
        <translation>Người nào không chọn trong thời hạn ghi trong bộ hồ sơ ghi danh sẽ được chỉ định một chương trình bảo hiểm.</translation>
    </message>
    <message>
        <source>Doctors, offices and PCP IDs marked “sample, fictional” are made up to show how the app works: they are not real.</source>
        <translation>Bác sĩ, phòng khám và mã số PCP có ghi “mẫu, hư cấu” là do ứng dụng bịa ra để minh họa cách dùng: chúng không có thật.</translation>
    </message>
    <message>
        <source>Directories go out of date. Call each office to confirm it takes the plan and is taking new patients before you enroll.</source>
        <translation>Danh bạ có thể bị cũ. Hãy gọi từng phòng khám để xác nhận họ nhận chương trình bảo hiểm và đang nhận bệnh nhân mới trước khi quý vị ghi danh.</translation>
    </message>
    <message>
        <source>not stated by its sources</source>
        <translation>các nguồn không cho biết</translation>
    </message>
    <message>
        <source>Directory data as of:</source>
        <translation>Dữ liệu danh bạ tính đến:</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>Nguồn của thông tin này</translation>
    </message>
    <message>
        <source>%1 (%2), %3.</source>
        <translation>%1 (%2), %3.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Cỡ chữ</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Chữ lớn hơn</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Chữ nhỏ hơn</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Cỡ chữ bình thường</translation>
    </message>
    <message>
        <source>Monday</source>
        <comment>day of the week</comment>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <comment>day of the week</comment>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <comment>day of the week</comment>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <comment>day of the week</comment>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <comment>day of the week</comment>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <comment>day of the week</comment>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <comment>day of the week</comment>
        <translation>Chủ Nhật</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 và %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 đến %2</translation>
    </message>
    <message>
        <source>parking</source>
        <translation>bãi đậu xe</translation>
    </message>
    <message>
        <source>entrance</source>
        <translation>lối vào</translation>
    </message>
    <message>
        <source>inside the building</source>
        <translation>bên trong tòa nhà</translation>
    </message>
    <message>
        <source>restroom</source>
        <translation>nhà vệ sinh</translation>
    </message>
    <message>
        <source>exam room</source>
        <translation>phòng khám bệnh</translation>
    </message>
    <message>
        <source>height-adjustable exam table and scale</source>
        <translation>bàn khám điều chỉnh độ cao và cân</translation>
    </message>
    <message>
        <source>Wheelchair access: %1</source>
        <translation>Tiếp cận bằng xe lăn: %1</translation>
    </message>
    <message>
        <source>%1 yes</source>
        <translation>%1 có</translation>
    </message>
    <message>
        <source>%1 no</source>
        <translation>%1 không</translation>
    </message>
    <message>
        <source>not in this directory: call the office</source>
        <translation>không có trong danh bạ này: hãy gọi phòng khám</translation>
    </message>
    <message>
        <source>Taking new patients</source>
        <translation>Đang nhận bệnh nhân mới</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients</source>
        <translation>Không nhận bệnh nhân mới: chỉ khám cho người đã là bệnh nhân của họ</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients, and their family</source>
        <translation>Không nhận bệnh nhân mới: chỉ khám cho người đã là bệnh nhân của họ, và gia đình của những người đó</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>Không nhận bệnh nhân mới</translation>
    </message>
    <message>
        <source>New patients: not in this directory: call the office to ask</source>
        <translation>Bệnh nhân mới: không có trong danh bạ này: hãy gọi phòng khám để hỏi</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients in this plan. The plan may refuse or reassign the choice; call the doctor&apos;s office first to ask whether they will take you.</source>
        <translation>Bác sĩ này không nhận bệnh nhân mới trong chương trình bảo hiểm này. Chương trình có thể từ chối hoặc chỉ định lại lựa chọn của quý vị; hãy gọi phòng khám của bác sĩ trước để hỏi họ có nhận quý vị không.</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients: if you are one, say so when you call.</source>
        <translation>Danh bạ ghi rằng họ chỉ khám cho người đã là bệnh nhân của họ: nếu quý vị là bệnh nhân của họ, hãy nói rõ khi gọi.</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients, and those patients&apos; family: if that is you, say so when you call.</source>
        <translation>Danh bạ ghi rằng họ chỉ khám cho người đã là bệnh nhân của họ, và gia đình của những bệnh nhân đó: nếu quý vị thuộc trường hợp này, hãy nói rõ khi gọi.</translation>
    </message>
    <message>
        <source>OB/GYN: every HMO member can see a participating OB/GYN without a referral or prior approval (California law). Your plan may require the OB/GYN to be in your medical group.</source>
        <translation>OB/GYN: mọi hội viên HMO đều có thể khám bác sĩ sản phụ khoa (OB/GYN) tham gia chương trình mà không cần giấy giới thiệu hay phê duyệt trước (luật California). Chương trình bảo hiểm có thể yêu cầu bác sĩ OB/GYN thuộc nhóm y tế của quý vị.</translation>
    </message>
    <message>
        <source>inferred from distance, not published</source>
        <translation>suy đoán từ khoảng cách, không được công bố</translation>
    </message>
    <message>
        <source>Sample office near ZIP %1</source>
        <translation>Phòng khám mẫu gần mã ZIP %1</translation>
    </message>
    <message>
        <source>%1 office</source>
        <translation>Phòng khám %1</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>phòng khám mẫu, không phải địa chỉ thật</translation>
    </message>
    <message>
        <source>fictional number</source>
        <translation>số hư cấu</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>mẫu</translation>
    </message>
    <message>
        <source>The doctor directory was replaced or changed while HMO Desktop was open.</source>
        <translation>Danh bạ bác sĩ đã bị thay thế hoặc thay đổi trong khi HMO Desktop đang mở.</translation>
    </message>
    <message>
        <source>Close HMO Desktop and open it again; if you replaced the directory on purpose, it will be checked then.</source>
        <translation>Hãy đóng HMO Desktop rồi mở lại; nếu quý vị cố ý thay thế danh bạ, danh bạ sẽ được kiểm tra khi đó.</translation>
    </message>
    <message>
        <source>Doctors shown are fictional samples. Plans and groups: public data, dated where marked. Always confirm with your plan.</source>
        <translation>Các bác sĩ hiển thị là mẫu hư cấu, không có thật. Chương trình bảo hiểm và nhóm: dữ liệu công khai, có ghi ngày ở nơi đánh dấu. Luôn xác nhận với chương trình bảo hiểm của quý vị.</translation>
    </message>
    <message>
        <source>Real doctors from public files, with fictional samples where those files have none (marked Sample). Always confirm with your plan.</source>
        <translation>Bác sĩ thật từ các tập tin công khai, cùng với mẫu hư cấu ở nơi các tập tin đó không có bác sĩ (có đánh dấu Mẫu). Luôn xác nhận với chương trình bảo hiểm của quý vị.</translation>
    </message>
    <message>
        <source>Doctors come from public provider files; see About for sources and dates. Always confirm with your plan.</source>
        <translation>Các bác sĩ lấy từ các tập tin công khai về nhà cung cấp; xem phần Giới thiệu để biết nguồn và ngày. Luôn xác nhận với chương trình bảo hiểm của quý vị.</translation>
    </message>
    <message>
        <source>This directory&apos;s newest data is from %1, more than a year ago. Plans and doctors may have changed: check with the plan before enrolling.</source>
        <translation>Dữ liệu mới nhất của danh bạ này có từ %1, hơn một năm trước. Chương trình bảo hiểm và bác sĩ có thể đã thay đổi: hãy hỏi lại chương trình bảo hiểm trước khi ghi danh.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete one digit</source>
        <translation>Xóa một chữ số</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>Xóa tất cả chữ số</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>%1 (no font on this computer shows it)</source>
        <translation>%1 (máy tính này không có phông chữ để hiển thị)</translation>
    </message>
    <message>
        <source>%1 could not be loaded; the language stays as it was.</source>
        <translation>Không thể tải %1; ngôn ngữ vẫn giữ như cũ.</translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation>Ngôn ngữ ký hiệu Mỹ</translation>
    </message>
    <message>
        <source>Who is the doctor for?</source>
        <translation>Bác sĩ dành cho ai?</translation>
    </message>
    <message>
        <source>1 doctor found</source>
        <translation>Tìm được 1 bác sĩ</translation>
    </message>
    <message>
        <source>1 doctor found, at %1 office listings</source>
        <translation>Tìm được 1 bác sĩ, tại %1 địa điểm phòng khám</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found</source>
        <translation>
            <numerusform>Tìm được %Ln bác sĩ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found, at %1 office listings</source>
        <translation>
            <numerusform>Tìm được %Ln bác sĩ, tại %1 địa điểm phòng khám</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>Hãy chọn chương trình bảo hiểm trước: quay lại bước 1.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s age on the left (0 for a baby). The list then shows only doctors who see patients that age.</source>
        <translation>Nhập tuổi bệnh nhân ở bên trái (0 cho em bé). Danh sách sẽ chỉ hiện các bác sĩ khám cho bệnh nhân ở tuổi đó.</translation>
    </message>
    <message>
        <source>a larger distance</source>
        <translation>khoảng cách xa hơn</translation>
    </message>
    <message>
        <source>any language for the doctor</source>
        <translation>bất kỳ ngôn ngữ nào cho bác sĩ</translation>
    </message>
    <message>
        <source>any language for the office staff</source>
        <translation>bất kỳ ngôn ngữ nào cho nhân viên phòng khám</translation>
    </message>
    <message>
        <source>any new-patient status</source>
        <translation>bất kỳ tình trạng nhận bệnh nhân mới nào</translation>
    </message>
    <message>
        <source>any gender</source>
        <translation>bất kỳ giới tính nào</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>bất kỳ bệnh viện nào</translation>
    </message>
    <message>
        <source>fewer accessibility needs</source>
        <translation>ít nhu cầu tiếp cận hơn</translation>
    </message>
    <message>
        <source>doctors without video visits</source>
        <translation>bác sĩ không khám qua video</translation>
    </message>
    <message>
        <source>any office hours</source>
        <translation>bất kỳ giờ làm việc nào</translation>
    </message>
    <message>
        <source>all groups in the plan</source>
        <translation>tất cả nhóm trong chương trình bảo hiểm</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, so this plan has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>PACE dành cho người từ 55 tuổi trở lên, nên chương trình này không có bác sĩ cho bệnh nhân này. Hãy quay lại bước 1 để chọn chương trình bảo hiểm khác.</translation>
    </message>
    <message>
        <source>This plan is for people %1 and older, so it has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>Chương trình này dành cho người từ %1 tuổi trở lên, nên không có bác sĩ cho bệnh nhân này. Hãy quay lại bước 1 để chọn chương trình bảo hiểm khác.</translation>
    </message>
    <message>
        <source>No specialty is selected. Tick at least one of the specialties on the left.</source>
        <translation>Chưa chọn chuyên khoa nào. Hãy đánh dấu ít nhất một chuyên khoa ở bên trái.</translation>
    </message>
    <message>
        <source>No doctor matches these filters. Press &quot;Clear filters&quot; to start over.</source>
        <translation>Không có bác sĩ nào phù hợp với các bộ lọc này. Nhấn &quot;Xóa bộ lọc&quot; để bắt đầu lại.</translation>
    </message>
    <message>
        <source>No doctor matches every filter. Try %1: that shows 1 doctor.</source>
        <translation>Không có bác sĩ nào phù hợp với mọi bộ lọc. Hãy thử %1: sẽ hiện 1 bác sĩ.</translation>
    </message>
    <message numerus="yes">
        <source>No doctor matches every filter. Try %1: that shows %Ln doctors.</source>
        <translation>
            <numerusform>Không có bác sĩ nào phù hợp với mọi bộ lọc. Hãy thử %1: sẽ hiện %Ln bác sĩ.</numerusform>
        </translation>
    </message>
    <message>
        <source>whether they take new patients</source>
        <translation>họ có nhận bệnh nhân mới không</translation>
    </message>
    <message>
        <source>which languages the doctor speaks</source>
        <translation>bác sĩ nói những ngôn ngữ nào</translation>
    </message>
    <message>
        <source>which languages the office staff speak</source>
        <translation>nhân viên phòng khám nói những ngôn ngữ nào</translation>
    </message>
    <message>
        <source>the doctor&apos;s gender</source>
        <translation>giới tính của bác sĩ</translation>
    </message>
    <message>
        <source>the office&apos;s wheelchair access</source>
        <translation>khả năng tiếp cận bằng xe lăn của phòng khám</translation>
    </message>
    <message>
        <source>whether they offer video visits</source>
        <translation>họ có khám qua video không</translation>
    </message>
    <message>
        <source>the office&apos;s hours</source>
        <translation>giờ làm việc của phòng khám</translation>
    </message>
    <message>
        <source>1 more doctor is left out because the directory does not say %2.</source>
        <translation>Thêm 1 bác sĩ bị loại vì danh bạ không cho biết %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more doctors are left out because the directory does not say %1.</source>
        <translation>
            <numerusform>Thêm %Ln bác sĩ bị loại vì danh bạ không cho biết %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call their offices to ask.</source>
        <translation>Hãy gọi phòng khám của họ để hỏi.</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>This doctor is not taking new patients</source>
        <translation>Bác sĩ này không nhận bệnh nhân mới</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>Không nhận bệnh nhân mới</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What choosing this doctor means</source>
        <translation>Chọn bác sĩ này có nghĩa là gì</translation>
    </message>
    <message>
        <source>Choose anyway</source>
        <translation>Vẫn chọn</translation>
    </message>
    <message>
        <source>Choose this doctor anyway</source>
        <translation>Vẫn chọn bác sĩ này</translation>
    </message>
    <message>
        <source>Pick another doctor</source>
        <translation>Chọn bác sĩ khác</translation>
    </message>
</context>
<context>
    <name>AreaBar</name>
    <message>
        <source>Your ZIP code</source>
        <translation>Mã ZIP của quý vị</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Mã ZIP</translation>
    </message>
    <message>
        <source>Your county</source>
        <translation>Quận của quý vị</translation>
    </message>
    <message>
        <source>All of California</source>
        <translation>Toàn California</translation>
    </message>
    <message>
        <source>ZIP code message</source>
        <translation>Thông báo về mã ZIP</translation>
    </message>
    <message>
        <source>ZIP:</source>
        <translation>ZIP:</translation>
    </message>
    <message>
        <source>or county:</source>
        <translation>hoặc quận:</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code, or pick a county.</source>
        <translation>Nhập mã ZIP 5 chữ số, hoặc chọn một quận.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole ZIP code. A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>&quot;%1&quot; không phải là mã ZIP đầy đủ. Mã ZIP gồm 5 chữ số, ví dụ 94110 (hoặc ZIP+4, ví dụ 94110-1234).</translation>
    </message>
    <message>
        <source>%1, %2 County</source>
        <translation>%1, Quận %2</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code.</source>
        <translation>Nhập mã ZIP 5 chữ số.</translation>
    </message>
    <message>
        <source>Type the ZIP code with the digits 0-9.</source>
        <translation>Nhập mã ZIP bằng các chữ số 0-9.</translation>
    </message>
    <message>
        <source>A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>Mã ZIP gồm 5 chữ số, ví dụ 94110 (hoặc ZIP+4, ví dụ 94110-1234).</translation>
    </message>
    <message>
        <source>%1 is not a California ZIP code. HMO Desktop covers California plans; enter a California ZIP or pick a county.</source>
        <translation>%1 không phải là mã ZIP của California. HMO Desktop chỉ có các chương trình bảo hiểm ở California; hãy nhập mã ZIP California hoặc chọn một quận.</translation>
    </message>
    <message>
        <source>ZIP %1 is not in our list of California ZIP codes (it may be a PO box or a new ZIP). Try a nearby ZIP or pick a county.</source>
        <translation>Mã ZIP %1 không có trong danh sách mã ZIP California của chúng tôi (có thể là hộp thư PO box hoặc mã ZIP mới). Hãy thử mã ZIP gần đó hoặc chọn một quận.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm your PCP choice</source>
        <translation>Xác nhận lựa chọn PCP của quý vị</translation>
    </message>
    <message>
        <source>Your PCP choice</source>
        <translation>Lựa chọn PCP của quý vị</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>không có trong danh bạ này; hãy gọi chương trình bảo hiểm</translation>
    </message>
    <message>
        <source>practise the steps here; do not give a sample PCP ID to a plan.</source>
        <translation>hãy tập các bước ở đây; đừng đưa mã số PCP mẫu cho chương trình bảo hiểm.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Chương trình bảo hiểm</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Mạng lưới</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Nhóm y tế</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>nhóm mẫu, hư cấu</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>Mã nhóm</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Bác sĩ</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>bác sĩ mẫu, hư cấu</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Chuyên khoa</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>Mã số PCP</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it</source>
        <translation>không có trong danh bạ này: chương trình bảo hiểm sẽ cấp</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>mã số mẫu, hư cấu</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Bệnh nhân mới</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Phòng khám</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Điện thoại phòng khám</translation>
    </message>
    <message>
        <source>Medical group phone</source>
        <translation>Điện thoại nhóm y tế</translation>
    </message>
    <message>
        <source>Plan member services</source>
        <translation>Dịch Vụ Hội Viên của chương trình bảo hiểm</translation>
    </message>
    <message>
        <source>the number on your member ID card</source>
        <translation>số điện thoại trên thẻ ID hội viên của quý vị</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>Không nhận bệnh nhân mới</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office before you tell the plan: ask whether they will take you as a new patient in this plan. If they say no, choose another doctor.</source>
        <translation>Hãy gọi phòng khám của bác sĩ trước khi báo cho chương trình bảo hiểm: hỏi họ có nhận quý vị là bệnh nhân mới trong chương trình này không. Nếu họ nói không, hãy chọn bác sĩ khác.</translation>
    </message>
    <message>
        <source>Keep a backup choice: a doctor who is taking new patients, in case the plan refuses this choice or assigns you someone else.</source>
        <translation>Hãy giữ một lựa chọn dự phòng: một bác sĩ đang nhận bệnh nhân mới, phòng khi chương trình bảo hiểm từ chối lựa chọn này hoặc chỉ định người khác cho quý vị.</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office first: confirm they take your plan and are accepting new patients.</source>
        <translation>Hãy gọi phòng khám của bác sĩ trước: xác nhận họ nhận chương trình bảo hiểm của quý vị và đang nhận bệnh nhân mới.</translation>
    </message>
    <message>
        <source>Tell your plan: call member services or use its website, and give the PCP ID above.</source>
        <translation>Báo cho chương trình bảo hiểm: gọi Dịch Vụ Hội Viên hoặc dùng trang web của chương trình, và cung cấp mã số PCP ở trên.</translation>
    </message>
    <message>
        <source>A PCP change usually takes effect on the first day of the next month.</source>
        <translation>Việc đổi PCP thường có hiệu lực vào ngày đầu tiên của tháng sau.</translation>
    </message>
    <message>
        <source>Your new ID card will show the doctor and the medical group.</source>
        <translation>Thẻ ID mới của quý vị sẽ ghi tên bác sĩ và nhóm y tế.</translation>
    </message>
    <message>
        <source>Networks change, so confirm with the plan.</source>
        <translation>Mạng lưới có thay đổi, nên hãy xác nhận với chương trình bảo hiểm.</translation>
    </message>
    <message>
        <source>Group list as of %1; networks change, so confirm with the plan.</source>
        <translation>Danh sách nhóm tính đến %1; mạng lưới có thay đổi, nên hãy xác nhận với chương trình bảo hiểm.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Điều gì sẽ xảy ra tiếp theo</translation>
    </message>
    <message>
        <source>Summary of your choice</source>
        <translation>Tóm tắt lựa chọn của quý vị</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>CrashScreen</name>
    <message>
        <source>Please ask staff</source>
        <translation>Vui lòng hỏi nhân viên</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. What was entered has been cleared. A staff member can help you start again.</source>
        <translation>Đã xảy ra lỗi bên trong HMO Desktop. Thông tin đã nhập đã bị xóa. Nhân viên có thể giúp quý vị bắt đầu lại.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Bắt đầu lại</translation>
    </message>
</context>
<context>
    <name>DoctorProfileView</name>
    <message>
        <source>Doctor&apos;s profile</source>
        <translation>Hồ sơ bác sĩ</translation>
    </message>
    <message>
        <source>Choose as my PCP</source>
        <translation>Chọn làm PCP của tôi</translation>
    </message>
    <message>
        <source>Add to household…</source>
        <translation>Thêm vào hộ gia đình…</translation>
    </message>
    <message>
        <source>Add this doctor to a member of the household</source>
        <translation>Thêm bác sĩ này cho một thành viên trong hộ gia đình</translation>
    </message>
    <message>
        <source>Choose a plan that includes this doctor first.</source>
        <translation>Hãy chọn trước một chương trình bảo hiểm có bác sĩ này.</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients: you will be asked first.</source>
        <translation>Bác sĩ này không nhận bệnh nhân mới: quý vị sẽ được hỏi trước.</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>dữ liệu công khai</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>dữ liệu công khai, có thể đã cũ</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>do ứng dụng này suy đoán</translation>
    </message>
    <message>
        <source>fictional sample made by this app</source>
        <translation>mẫu hư cấu do ứng dụng này tạo ra</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Board certification: %1</source>
        <translation>Chứng nhận chuyên khoa: %1</translation>
    </message>
    <message>
        <source>Board certified</source>
        <translation>Có chứng nhận chuyên khoa</translation>
    </message>
    <message>
        <source>Board certified: %1</source>
        <translation>Có chứng nhận chuyên khoa: %1</translation>
    </message>
    <message>
        <source>Not board certified</source>
        <translation>Không có chứng nhận chuyên khoa</translation>
    </message>
    <message>
        <source>Sample ID</source>
        <translation>Mã số mẫu</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>bác sĩ mẫu, hư cấu</translation>
    </message>
    <message>
        <source>fictional; not an NPI</source>
        <translation>hư cấu; không phải số NPI</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>không có trong danh bạ này</translation>
    </message>
    <message>
        <source>Languages the doctor speaks</source>
        <translation>Ngôn ngữ bác sĩ nói</translation>
    </message>
    <message>
        <source>ages %1 to %2</source>
        <translation>từ %1 đến %2 tuổi</translation>
    </message>
    <message>
        <source>ages %1 and up</source>
        <translation>từ %1 tuổi trở lên</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>mẫu</translation>
    </message>
    <message>
        <source>Ages seen</source>
        <translation>Độ tuổi khám</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Bệnh viện</translation>
    </message>
    <message>
        <source>none in this directory; ask the medical group which it uses.</source>
        <translation>không có trong danh bạ này; hãy hỏi nhóm y tế họ dùng bệnh viện nào.</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>không có trong danh bạ này; hãy gọi chương trình bảo hiểm</translation>
    </message>
    <message>
        <source>sample office, fictional</source>
        <translation>phòng khám mẫu, hư cấu</translation>
    </message>
    <message>
        <source>Address not in this directory; call the plan</source>
        <translation>Địa chỉ không có trong danh bạ này; hãy gọi chương trình bảo hiểm</translation>
    </message>
    <message>
        <source>not in this directory; call the office</source>
        <translation>không có trong danh bạ này; hãy gọi phòng khám</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <source>Office staff speak</source>
        <translation>Nhân viên phòng khám nói</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>nhóm mẫu, hư cấu</translation>
    </message>
    <message>
        <source>group code</source>
        <translation>mã nhóm</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>mã số mẫu, hư cấu</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>Mã số PCP</translation>
    </message>
    <message>
        <source>PCP ID: not in this directory: the plan gives it when you enroll</source>
        <translation>Mã số PCP: không có trong danh bạ này: chương trình bảo hiểm cấp khi quý vị ghi danh</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this group</source>
        <translation>Không có mạng lưới HMO nào trong danh bạ này liệt kê nhóm này</translation>
    </message>
    <message>
        <source>the plan lists this group; the doctor&apos;s practice was matched to it by name</source>
        <translation>chương trình bảo hiểm liệt kê nhóm này; phòng khám của bác sĩ được ghép với nhóm theo tên</translation>
    </message>
    <message>
        <source>video visits</source>
        <translation>khám qua video</translation>
    </message>
    <message>
        <source>not in this directory; ask the group or the plan</source>
        <translation>không có trong danh bạ này; hãy hỏi nhóm hoặc chương trình bảo hiểm</translation>
    </message>
    <message>
        <source>Group phone</source>
        <translation>Điện thoại nhóm</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>Đường dây ngoài giờ làm việc</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>Quy định về giấy giới thiệu</translation>
    </message>
    <message>
        <source>this doctor is generated sample data, not a real person.</source>
        <translation>bác sĩ này là dữ liệu mẫu được tạo ra, không phải người thật.</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>phòng khám mẫu, không phải địa chỉ thật</translation>
    </message>
    <message>
        <source>In your plan</source>
        <translation>Trong chương trình bảo hiểm của quý vị</translation>
    </message>
    <message>
        <source>This doctor is not in this plan.</source>
        <translation>Bác sĩ này không thuộc chương trình bảo hiểm này.</translation>
    </message>
    <message>
        <source>If you change plans and want to keep this doctor, these plans include them</source>
        <translation>Nếu quý vị đổi chương trình bảo hiểm và muốn giữ bác sĩ này, các chương trình sau có bác sĩ này</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group. Ask the doctor&apos;s office which HMO plans they take, then check with the plan.</source>
        <translation>Không có mạng lưới HMO nào trong danh bạ này liệt kê nhóm của bác sĩ này. Hãy hỏi phòng khám của bác sĩ họ nhận những chương trình HMO nào, rồi xác nhận với chương trình bảo hiểm.</translation>
    </message>
    <message>
        <source>Not in an HMO network here</source>
        <translation>Không thuộc mạng lưới HMO nào ở đây</translation>
    </message>
</context>
<context>
    <name>FindDoctorDialog</name>
    <message>
        <source>Find my current doctor</source>
        <translation>Tìm bác sĩ hiện tại của tôi</translation>
    </message>
    <message>
        <source>Doctor&apos;s name</source>
        <translation>Tên bác sĩ</translation>
    </message>
    <message>
        <source>Type the doctor&apos;s name, e.g. Nguyen or José</source>
        <translation>Nhập tên bác sĩ, ví dụ Nguyen hoặc José</translation>
    </message>
    <message>
        <source>Only doctors with an office in my county</source>
        <translation>Chỉ bác sĩ có phòng khám trong quận của tôi</translation>
    </message>
    <message>
        <source>Only doctors near me (choose a ZIP or county first)</source>
        <translation>Chỉ bác sĩ ở gần tôi (hãy chọn mã ZIP hoặc quận trước)</translation>
    </message>
    <message>
        <source>Only doctors with an office in %1 County</source>
        <translation>Chỉ bác sĩ có phòng khám trong Quận %1</translation>
    </message>
    <message>
        <source>Doctors found</source>
        <translation>Bác sĩ tìm được</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more offices</source>
        <translation>
            <numerusform>và %Ln phòng khám khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more medical groups</source>
        <translation>
            <numerusform>và %Ln nhóm y tế khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Start typing a first or last name.</source>
        <translation>Hãy bắt đầu nhập tên hoặc họ.</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Gợi ý tìm kiếm</translation>
    </message>
    <message>
        <source>Open the doctor&apos;s profile</source>
        <translation>Mở hồ sơ bác sĩ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>No office listed</source>
        <translation>Không có phòng khám nào được liệt kê</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group</source>
        <translation>Không có mạng lưới HMO nào trong danh bạ này liệt kê nhóm của bác sĩ này</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Trong %1</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>Không trong %1</translation>
    </message>
    <message>
        <source>and 1 more office</source>
        <translation>và 1 phòng khám khác</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found. Press Enter to open the first.</source>
        <translation>
            <numerusform>Tìm được %Ln bác sĩ. Nhấn Enter để mở hồ sơ bác sĩ đầu tiên.</numerusform>
        </translation>
    </message>
    <message>
        <source>and 1 more medical group</source>
        <translation>và 1 nhóm y tế khác</translation>
    </message>
    <message>
        <source>No doctor&apos;s name starts with &quot;%1&quot;. Check the spelling or type less.</source>
        <translation>Không có bác sĩ nào có tên bắt đầu bằng &quot;%1&quot;. Hãy kiểm tra chính tả hoặc nhập ít chữ hơn.</translation>
    </message>
    <message>
        <source>No doctor with an office in %2 County has a name that starts with &quot;%1&quot;. Check the spelling, type less, or clear the box above to search all of California.</source>
        <translation>Không có bác sĩ nào có phòng khám trong Quận %2 có tên bắt đầu bằng &quot;%1&quot;. Hãy kiểm tra chính tả, nhập ít chữ hơn, hoặc bỏ chọn ô ở trên để tìm trong toàn California.</translation>
    </message>
    <message>
        <source>1 doctor found. Press Enter to open the profile.</source>
        <translation>Tìm được 1 bác sĩ. Nhấn Enter để mở hồ sơ.</translation>
    </message>
    <message>
        <source>Only the first %1 are listed: type more of the name.</source>
        <translation>Chỉ liệt kê %1 bác sĩ đầu tiên: hãy nhập thêm tên.</translation>
    </message>
    <message>
        <source>Choose a plan to see whether each doctor is in it.</source>
        <translation>Hãy chọn chương trình bảo hiểm để xem mỗi bác sĩ có thuộc chương trình đó không.</translation>
    </message>
</context>
<context>
    <name>GroupBrowser</name>
    <message>
        <source>Choose a medical group</source>
        <translation>Chọn nhóm y tế</translation>
    </message>
    <message>
        <source>Search groups by name</source>
        <translation>Tìm nhóm theo tên</translation>
    </message>
    <message>
        <source>Type a group name</source>
        <translation>Nhập tên nhóm</translation>
    </message>
    <message>
        <source>Sort groups by</source>
        <translation>Sắp xếp nhóm theo</translation>
    </message>
    <message>
        <source>Nearest first, then by county</source>
        <translation>Gần nhất trước, rồi theo quận</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Most accepting new patients</source>
        <translation>Nhận nhiều bệnh nhân mới nhất</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Nhóm y tế</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nơi</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Bệnh viện</translation>
    </message>
    <message>
        <source>Medical groups</source>
        <translation>Nhóm y tế</translation>
    </message>
    <message>
        <source>What choosing this group means</source>
        <translation>Chọn nhóm này có nghĩa là gì</translation>
    </message>
    <message>
        <source>No groups message</source>
        <translation>Thông báo không có nhóm</translation>
    </message>
    <message>
        <source>Choose this group</source>
        <translation>Chọn nhóm này</translation>
    </message>
    <message>
        <source>Skip: search doctors in the whole plan</source>
        <translation>Bỏ qua: tìm bác sĩ trong toàn bộ chương trình bảo hiểm</translation>
    </message>
    <message>
        <source>Skip choosing a group</source>
        <translation>Bỏ qua bước chọn nhóm</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Sắp xếp:</translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>Hãy chọn chương trình bảo hiểm trước: quay lại bước 1.</translation>
    </message>
    <message>
        <source>Your care team in %1</source>
        <translation>Nhóm chăm sóc của quý vị ở %1</translation>
    </message>
    <message>
        <source>Choose a medical group in %1</source>
        <translation>Chọn nhóm y tế ở %1</translation>
    </message>
    <message>
        <source>Choose this care team</source>
        <translation>Chọn nhóm chăm sóc này</translation>
    </message>
    <message>
        <source>Continue to doctors</source>
        <translation>Tiếp tục đến bác sĩ</translation>
    </message>
    <message>
        <source>Groups anywhere in California (choose a ZIP code or county above)</source>
        <translation>Nhóm ở mọi nơi tại California (hãy chọn mã ZIP hoặc quận ở trên)</translation>
    </message>
    <message>
        <source>Groups the plan lists in %1 County</source>
        <translation>Các nhóm mà chương trình bảo hiểm liệt kê ở Quận %1</translation>
    </message>
    <message>
        <source>This plan lists no medical groups here in the offline directory. Use &quot;Skip&quot; to search its doctors directly, or call the plan.</source>
        <translation>Chương trình bảo hiểm này không liệt kê nhóm y tế nào ở đây trong danh bạ ngoại tuyến. Hãy dùng &quot;Bỏ qua&quot; để tìm bác sĩ của chương trình trực tiếp, hoặc gọi chương trình bảo hiểm.</translation>
    </message>
    <message>
        <source>No group name matches your search. Clear the search to see the group.</source>
        <translation>Không có tên nhóm nào khớp với tìm kiếm. Hãy xóa tìm kiếm để xem nhóm.</translation>
    </message>
    <message numerus="yes">
        <source>No group name matches your search. Clear the search to see all %Ln groups.</source>
        <translation>
            <numerusform>Không có tên nhóm nào khớp với tìm kiếm. Hãy xóa tìm kiếm để xem tất cả %Ln nhóm.</numerusform>
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
        <translation>HMO (Tổ Chức Duy Trì Sức Khỏe) là một loại chương trình bảo hiểm sức khỏe. Quý vị chọn một bác sĩ chăm sóc chính (PCP) để điều phối việc chăm sóc cho quý vị. Trừ trường hợp cấp cứu, quý vị dùng các bác sĩ, bệnh viện và bác sĩ chuyên khoa của nhóm y tế của PCP, và cần có giấy giới thiệu để khám bác sĩ chuyên khoa (nhưng không cần để khám bác sĩ sản phụ khoa (OB/GYN) tham gia chương trình).</translation>
    </message>
    <message>
        <source>Medical group / IPA</source>
        <translation>Nhóm y tế / IPA</translation>
    </message>
    <message>
        <source>A group of doctors that contracts with HMO plans. An IPA (Independent Physician Association) is a network of doctors in their own offices. Your PCP&apos;s group decides referrals, which specialists you see and which hospital you use.</source>
        <translation>Một nhóm bác sĩ có hợp đồng với các chương trình HMO. IPA (Hiệp Hội Bác Sĩ Độc Lập) là mạng lưới các bác sĩ làm việc tại phòng khám riêng của họ. Nhóm của PCP quyết định giấy giới thiệu, quý vị khám bác sĩ chuyên khoa nào và dùng bệnh viện nào.</translation>
    </message>
    <message>
        <source>Primary care physician (PCP)</source>
        <translation>Bác sĩ chăm sóc chính (PCP)</translation>
    </message>
    <message>
        <source>Your main doctor: check-ups, everyday illness, prescriptions and referrals.</source>
        <translation>Bác sĩ chính của quý vị: khám tổng quát, bệnh thông thường, toa thuốc và giấy giới thiệu.</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Bác sĩ chuyên khoa</translation>
    </message>
    <message>
        <source>A doctor for one area of medicine, such as heart or skin. In an HMO you usually need a referral from your PCP first.</source>
        <translation>Bác sĩ về một lĩnh vực y khoa, như tim hoặc da. Trong HMO, quý vị thường cần có giấy giới thiệu của PCP trước.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Giấy giới thiệu</translation>
    </message>
    <message>
        <source>Your PCP&apos;s request, approved by the medical group, for you to see a specialist or get a service. You do not need one to see a participating OB/GYN.</source>
        <translation>Yêu cầu của PCP, được nhóm y tế chấp thuận, để quý vị khám bác sĩ chuyên khoa hoặc nhận một dịch vụ. Quý vị không cần giấy giới thiệu để khám bác sĩ sản phụ khoa (OB/GYN) tham gia chương trình.</translation>
    </message>
    <message>
        <source>The four primary care specialties</source>
        <translation>Bốn chuyên khoa chăm sóc chính</translation>
    </message>
    <message>
        <source>Family medicine (all ages), internal medicine (adults), pediatrics (children and teens), and OB/GYN (women&apos;s health; some plans let an OB/GYN be your PCP). In California every HMO member can see a participating OB/GYN without a referral or prior approval; your plan may require the OB/GYN to be in your medical group.</source>
        <translation>Y khoa gia đình (mọi lứa tuổi), nội khoa (người lớn), nhi khoa (trẻ em và thiếu niên), và sản phụ khoa (OB/GYN) (sức khỏe phụ nữ; một số chương trình bảo hiểm cho phép bác sĩ OB/GYN làm PCP). Tại California, mọi hội viên HMO đều có thể khám bác sĩ OB/GYN tham gia chương trình mà không cần giấy giới thiệu hay phê duyệt trước; chương trình bảo hiểm có thể yêu cầu bác sĩ OB/GYN thuộc nhóm y tế của quý vị.</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>Nhận bệnh nhân mới</translation>
    </message>
    <message>
        <source>The doctor takes new patients in this plan. &quot;Existing patients only&quot; means the doctor is not taking new patients: only people already seen there; &quot;Existing patients and their family&quot; adds those patients&apos; relatives. If you choose a doctor who is not taking new patients, the plan may refuse the choice or give you another doctor, so call the office first. Always call the office to confirm: lists change often.</source>
        <translation>Bác sĩ nhận bệnh nhân mới trong chương trình bảo hiểm này. &quot;Chỉ bệnh nhân hiện tại&quot; nghĩa là bác sĩ không nhận bệnh nhân mới: chỉ khám cho người đã từng khám ở đó; &quot;Bệnh nhân hiện tại và gia đình họ&quot; có thêm người thân của những bệnh nhân đó. Nếu quý vị chọn một bác sĩ không nhận bệnh nhân mới, chương trình bảo hiểm có thể từ chối lựa chọn đó hoặc chỉ định cho quý vị một bác sĩ khác, vì vậy hãy gọi phòng khám trước. Luôn gọi phòng khám để xác nhận: danh sách thay đổi thường xuyên.</translation>
    </message>
    <message>
        <source>Sample doctors</source>
        <translation>Bác sĩ mẫu</translation>
    </message>
    <message>
        <source>No public file lists California doctors with their groups, so the doctors in this directory are fictional samples, marked &quot;Sample doctor (fictional)&quot;, and so are their offices and phone numbers. Plans, the names of medical groups, hospitals and ZIP codes come from public data, with their dates. A hospital marked &quot;inferred&quot; is one near the offices, not one the doctor or group published; anything marked &quot;sample&quot; or &quot;fictional&quot; is made up.</source>
        <translation>Không có tập tin công khai nào liệt kê các bác sĩ ở California cùng với nhóm của họ, nên các bác sĩ trong danh bạ này là mẫu hư cấu, không có thật, được đánh dấu &quot;Bác sĩ mẫu (hư cấu, không có thật)&quot;, và phòng khám cùng số điện thoại của họ cũng vậy. Chương trình bảo hiểm, tên nhóm y tế, bệnh viện và mã ZIP lấy từ dữ liệu công khai, có ghi ngày. Bệnh viện có ghi &quot;suy đoán&quot; là bệnh viện ở gần các phòng khám, không phải bệnh viện do bác sĩ hoặc nhóm công bố; mọi thứ có ghi &quot;mẫu&quot; hoặc &quot;hư cấu&quot; đều là bịa ra.</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>Trợ giúp và bảng thuật ngữ</translation>
    </message>
    <message>
        <source>Help: words you will see</source>
        <translation>Trợ giúp: các từ quý vị sẽ gặp</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Bảng thuật ngữ</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Đóng trợ giúp</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Quý vị vẫn còn đó chứ?</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Số giây còn lại</translation>
    </message>
    <message>
        <source>When the count reaches 0, everything on this screen is cleared for the next person. Touch anywhere or press any key for more time.</source>
        <translation>Khi đếm đến 0, mọi thứ trên màn hình này sẽ bị xóa cho người kế tiếp. Chạm vào bất kỳ đâu hoặc nhấn phím bất kỳ để có thêm thời gian.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Tôi cần thêm thời gian</translation>
    </message>
    <message>
        <source>I&apos;m finished</source>
        <translation>Tôi đã xong</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything now</source>
        <translation>Tôi đã xong: xóa hết ngay bây giờ</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>I&apos;m finished</source>
        <translation>Tôi đã xong</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything for the next person</source>
        <translation>Tôi đã xong: xóa hết cho người kế tiếp</translation>
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
        <translation>HMO Desktop: chọn bác sĩ chăm sóc chính của quý vị</translation>
    </message>
    <message>
        <source>%1 does not serve this area: choose a plan again.</source>
        <translation>%1 không phục vụ khu vực này: hãy chọn lại chương trình bảo hiểm.</translation>
    </message>
    <message>
        <source>%1 is not listed here: choose a medical group again.</source>
        <translation>%1 không được liệt kê ở đây: hãy chọn lại nhóm y tế.</translation>
    </message>
</context>
<context>
    <name>PcpChooser</name>
    <message>
        <source>Choose your primary care doctor</source>
        <translation>Chọn bác sĩ chăm sóc chính của quý vị</translation>
    </message>
    <message>
        <source>Where you are searching</source>
        <translation>Nơi quý vị đang tìm</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>Bác sĩ</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Ẩn bộ lọc</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <source>Number of doctors found</source>
        <translation>Số bác sĩ tìm được</translation>
    </message>
    <message>
        <source>No doctors message</source>
        <translation>Thông báo không có bác sĩ</translation>
    </message>
    <message>
        <source>Doctors left out for facts not in this directory</source>
        <translation>Bác sĩ bị loại vì danh bạ này thiếu thông tin</translation>
    </message>
    <message>
        <source>See doctor&apos;s profile</source>
        <translation>Xem hồ sơ bác sĩ</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Hiện bộ lọc</translation>
    </message>
    <message>
        <source>About the selected doctor</source>
        <translation>Về bác sĩ đã chọn</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>all medical groups in the plan</source>
        <translation>tất cả nhóm y tế trong chương trình bảo hiểm</translation>
    </message>
    <message>
        <source>offices in %1 County, nearest to %2</source>
        <translation>phòng khám trong Quận %1, gần %2 nhất</translation>
    </message>
    <message>
        <source>offices in %1 County</source>
        <translation>phòng khám trong Quận %1</translation>
    </message>
    <message>
        <source>offices anywhere in California</source>
        <translation>phòng khám ở mọi nơi tại California</translation>
    </message>
</context>
<context>
    <name>PcpFilterPanel</name>
    <message>
        <source>Who is the doctor for?</source>
        <translation>Bác sĩ dành cho ai?</translation>
    </message>
    <message>
        <source>Patient&apos;s age</source>
        <translation>Tuổi bệnh nhân</translation>
    </message>
    <message>
        <source>Enter age</source>
        <translation>Nhập tuổi</translation>
    </message>
    <message>
        <source>Type the age of the person who needs the doctor; babies are 0</source>
        <translation>Nhập tuổi của người cần bác sĩ; em bé là 0 tuổi</translation>
    </message>
    <message>
        <source>Patient&apos;s sex (optional)</source>
        <translation>Giới tính bệnh nhân (không bắt buộc)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Không cho biết</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Tuổi:</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>Giới tính (không bắt buộc):</translation>
    </message>
    <message>
        <source>Primary care specialties</source>
        <translation>Chuyên khoa chăm sóc chính</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Bệnh nhân mới</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <source>Accepting new patients, or call to ask</source>
        <translation>Nhận bệnh nhân mới, hoặc gọi để hỏi</translation>
    </message>
    <message>
        <source>Not in this directory: call to ask</source>
        <translation>Không có trong danh bạ này: gọi để hỏi</translation>
    </message>
    <message>
        <source>Language the doctor speaks</source>
        <translation>Ngôn ngữ bác sĩ nói</translation>
    </message>
    <message>
        <source>Language the office staff speak</source>
        <translation>Ngôn ngữ nhân viên phòng khám nói</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Mọi ngôn ngữ</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender</source>
        <translation>Giới tính bác sĩ</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Bất kỳ</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Khoảng cách</translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>Mọi khoảng cách</translation>
    </message>
    <message>
        <source>Within %1 miles</source>
        <translation>Trong vòng %1 dặm</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Bệnh viện</translation>
    </message>
    <message>
        <source>Any hospital</source>
        <translation>Mọi bệnh viện</translation>
    </message>
    <message>
        <source>Offers video visits</source>
        <translation>Có khám qua video</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>Giờ buổi tối</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>Giờ Thứ Bảy</translation>
    </message>
    <message>
        <source>Wheelchair accessible office</source>
        <translation>Phòng khám có lối đi cho xe lăn</translation>
    </message>
    <message>
        <source>Parking, entrance, inside, restroom, exam room and exam table all accessible</source>
        <translation>Bãi đậu xe, lối vào, bên trong, nhà vệ sinh, phòng khám bệnh và bàn khám đều dễ tiếp cận</translation>
    </message>
    <message>
        <source>Sort doctors by</source>
        <translation>Sắp xếp bác sĩ theo</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>Gần nhất trước</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>Bệnh nhân mới:</translation>
    </message>
    <message>
        <source>Doctor speaks:</source>
        <translation>Bác sĩ nói:</translation>
    </message>
    <message>
        <source>Staff speak:</source>
        <translation>Nhân viên nói:</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender:</source>
        <translation>Giới tính bác sĩ:</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Khoảng cách:</translation>
    </message>
    <message>
        <source>Hospital:</source>
        <translation>Bệnh viện:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Sắp xếp:</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (suy đoán)</translation>
    </message>
</context>
<context>
    <name>PlanNotListedDialog</name>
    <message>
        <source>My plan is not listed</source>
        <translation>Không có chương trình bảo hiểm của tôi</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cần làm gì</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>PlanPicker</name>
    <message>
        <source>Choose your health plan</source>
        <translation>Chọn chương trình bảo hiểm sức khỏe của quý vị</translation>
    </message>
    <message>
        <source>These HMO plans serve your area. Pick the one on your member ID card, or the one you are enrolling in.</source>
        <translation>Các chương trình HMO này phục vụ khu vực của quý vị. Hãy chọn chương trình ghi trên thẻ ID hội viên, hoặc chương trình quý vị đang ghi danh.</translation>
    </message>
    <message>
        <source>What is an HMO?</source>
        <translation>HMO là gì?</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Chương trình bảo hiểm</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Công ty bảo hiểm</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Mạng lưới</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>Dịch Vụ Hội Viên</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Dữ liệu tính đến</translation>
    </message>
    <message>
        <source>Health plans in your area</source>
        <translation>Chương trình bảo hiểm sức khỏe trong khu vực của quý vị</translation>
    </message>
    <message>
        <source>About the selected plan</source>
        <translation>Về chương trình bảo hiểm được chọn</translation>
    </message>
    <message>
        <source>My plan is not listed</source>
        <translation>Không có chương trình bảo hiểm của tôi</translation>
    </message>
    <message>
        <source>My plan is not listed: what to do</source>
        <translation>Không có chương trình bảo hiểm của tôi: cần làm gì</translation>
    </message>
    <message>
        <source>Continue with this plan</source>
        <translation>Tiếp tục với chương trình này</translation>
    </message>
    <message>
        <source>No plans message</source>
        <translation>Thông báo không có chương trình bảo hiểm</translation>
    </message>
    <message>
        <source>Opening the doctor directory...</source>
        <translation>Đang mở danh bạ bác sĩ...</translation>
    </message>
    <message>
        <source>See your member ID card</source>
        <translation>Xem thẻ ID hội viên của quý vị</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>Quận %1</translation>
    </message>
    <message>
        <source>California</source>
        <translation>California</translation>
    </message>
    <message>
        <source>Choose your health plan in %1</source>
        <translation>Chọn chương trình bảo hiểm sức khỏe của quý vị ở %1</translation>
    </message>
    <message>
        <source>ZIP %1 (%2)</source>
        <translation>ZIP %1 (%2)</translation>
    </message>
    <message>
        <source>No plan in this directory serves %1: it has only the plans in public files, and none of them lists this area. Check the ZIP code or pick another county. If you already have a plan, press &quot;My plan is not listed&quot; to see how to find its doctors.</source>
        <translation>Không có chương trình bảo hiểm nào trong danh bạ này phục vụ %1: danh bạ chỉ có các chương trình trong tập tin công khai, và không chương trình nào liệt kê khu vực này. Hãy kiểm tra mã ZIP hoặc chọn quận khác. Nếu quý vị đã có chương trình bảo hiểm, hãy nhấn &quot;Không có chương trình bảo hiểm của tôi&quot; để xem cách tìm bác sĩ của chương trình đó.</translation>
    </message>
    <message>
        <source>Select your plan to see what it covers.</source>
        <translation>Chọn chương trình bảo hiểm để xem chương trình đó bao gồm những gì.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find a primary care doctor</source>
        <translation>Tìm bác sĩ chăm sóc chính</translation>
    </message>
    <message>
        <source>Choose your language, type your ZIP code if you like, then press Start. When you are done, press “I&apos;m finished”: everything you entered is cleared for the next person.</source>
        <translation>Hãy chọn ngôn ngữ, nhập mã ZIP nếu muốn, rồi nhấn Bắt đầu. Khi xong, hãy nhấn “Tôi đã xong”: mọi thứ quý vị đã nhập sẽ bị xóa cho người kế tiếp.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Your ZIP code (optional)</source>
        <translation>Mã ZIP của quý vị (không bắt buộc)</translation>
    </message>
    <message>
        <source>Five digits, to list doctors near you.</source>
        <translation>Năm chữ số, để liệt kê bác sĩ gần quý vị.</translation>
    </message>
    <message>
        <source>Your ZIP code</source>
        <translation>Mã ZIP của quý vị</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Mã ZIP</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Staff only: enter the staff PIN</source>
        <translation>Chỉ dành cho nhân viên: nhập mã PIN nhân viên</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Find my current doctor</source>
        <translation>Tìm bác sĩ hiện tại của tôi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>Trợ giúp và bảng thuật ngữ</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data</source>
        <translation>Giới thiệu HMO Desktop và dữ liệu</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Bắt đầu lại</translation>
    </message>
    <message>
        <source>Start over with a new member (also Ctrl+N)</source>
        <translation>Bắt đầu lại với thành viên mới (hoặc Ctrl+N)</translation>
    </message>
    <message>
        <source>Forget this member&apos;s ZIP, plan, group, doctor, filters and searches</source>
        <translation>Xóa mã ZIP, chương trình bảo hiểm, nhóm, bác sĩ, bộ lọc và tìm kiếm của thành viên này</translation>
    </message>
</context>
</TS>
