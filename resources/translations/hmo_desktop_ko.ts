<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name></name>
    <message>
        <source>%1, age %2</source>
        <translation>%1, %2세</translation>
    </message>
    <message>
        <source>Next step for Medi-Cal: Health Care Options</source>
        <translation>Medi-Cal 다음 단계: Health Care Options</translation>
    </message>
    <message>
        <source>Before you enroll</source>
        <translation>가입하기 전에</translation>
    </message>
    <message>
        <source>PCP ID:</source>
        <translation>PCP ID:</translation>
    </message>
    <message>
        <source>Family medicine</source>
        <translation>가정의학과</translation>
    </message>
    <message>
        <source>Internal medicine</source>
        <translation>내과</translation>
    </message>
    <message>
        <source>Pediatrics</source>
        <translation>소아과</translation>
    </message>
    <message>
        <source>OB/GYN</source>
        <translation>산부인과(OB/GYN)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>가정의학</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>내과</translation>
    </message>
    <message>
        <source>All ages, children to seniors; often the whole family.</source>
        <translation>아이부터 노인까지 모든 연령, 흔히 온 가족을 진료합니다.</translation>
    </message>
    <message>
        <source>Adults only: prevention and long-term conditions.</source>
        <translation>성인만: 예방 및 만성 질환 관리.</translation>
    </message>
    <message>
        <source>Babies, children and teens (up to 18 or 21).</source>
        <translation>아기, 어린이, 청소년(18세 또는 21세까지).</translation>
    </message>
    <message>
        <source>Women&apos;s health, pregnancy and gynecology; some act as a PCP.</source>
        <translation>여성 건강, 임신, 부인과; 일부는 주치의(PCP) 역할도 합니다.</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>신규 환자 접수 중</translation>
    </message>
    <message>
        <source>Existing patients only</source>
        <translation>기존 환자만</translation>
    </message>
    <message>
        <source>Existing patients and their family</source>
        <translation>기존 환자와 그 가족만</translation>
    </message>
    <message>
        <source>Not accepting patients</source>
        <translation>환자 접수 안 함</translation>
    </message>
    <message>
        <source>Call to ask</source>
        <translation>전화로 문의</translation>
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
        <translation>고용주 및 개인 보험(상업 보험)</translation>
    </message>
    <message>
        <source>Accessible parking</source>
        <translation>장애인 주차장</translation>
    </message>
    <message>
        <source>Accessible entrance</source>
        <translation>장애인 출입구</translation>
    </message>
    <message>
        <source>Accessible inside the building</source>
        <translation>건물 내부 장애인 접근 가능</translation>
    </message>
    <message>
        <source>Accessible restroom</source>
        <translation>장애인 화장실</translation>
    </message>
    <message>
        <source>Accessible exam room</source>
        <translation>장애인 진찰실</translation>
    </message>
    <message>
        <source>Height-adjustable exam table / accessible scale</source>
        <translation>높이 조절 진찰대 / 장애인용 체중계</translation>
    </message>
    <message>
        <source>Sample doctor (fictional)</source>
        <translation>가상 예시 의사(실존 인물 아님)</translation>
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
        <translation>%1마일</translation>
    </message>
    <message>
        <source>Languages: English only.</source>
        <translation>언어: 영어만.</translation>
    </message>
    <message>
        <source>Languages: English, %1. None of these translations has been reviewed by a fluent speaker yet; tell the team what reads wrong.</source>
        <translation>언어: 영어, %1. 이 번역은 아직 어느 것도 해당 언어에 능통한 사람의 검토를 받지 않았습니다. 어색한 부분이 있으면 팀에 알려 주십시오.</translation>
    </message>
    <message>
        <source>Languages: English, %1. Reviewed by a fluent speaker: %2.</source>
        <translation>언어: 영어, %1. 능통한 사람이 검토한 언어: %2.</translation>
    </message>
    <message>
        <source>To translate or review a language, open its file, resources/translations/hmo_desktop_&lt;code&gt;.ts, in Qt Linguist (README, &quot;Languages&quot;).</source>
        <translation>언어를 번역하거나 검토하려면 Qt Linguist에서 해당 파일 resources/translations/hmo_desktop_&lt;code&gt;.ts를 여세요(README의 &quot;Languages&quot; 참조).</translation>
    </message>
    <message>
        <source>made by this app</source>
        <translation>이 앱이 만든 자료</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1 기준</translation>
    </message>
    <message>
        <source>fictional samples, made up by this app</source>
        <translation>가상 예시, 이 앱이 만든 자료</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>이 앱이 추정함</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>공공 자료, 최신이 아닐 수 있음</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>공공 자료</translation>
    </message>
    <message>
        <source>none (used while building)</source>
        <translation>없음(빌드 중 사용)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행 수</translation>
    </message>
    <message>
        <source>Works offline; sends nothing anywhere.</source>
        <translation>오프라인으로 작동하며, 어디에도 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Directory %1, checksum %2</source>
        <translation>목록 %1, 체크섬 %2</translation>
    </message>
    <message>
        <source>Data sources (%1)</source>
        <translation>자료 출처(%1)</translation>
    </message>
    <message>
        <source>About HMO Desktop</source>
        <translation>HMO Desktop 정보</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data sources</source>
        <translation>HMO Desktop 및 자료 출처 정보</translation>
    </message>
    <message>
        <source>%1 (sample office)</source>
        <translation>%1 (가상 예시 진료소)</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>%1 카운티</translation>
    </message>
    <message>
        <source>Sample group: its office is a sample placed at a ZIP code center, %1 away.</source>
        <translation>가상 예시 그룹: 진료소 위치는 ZIP 코드 중심에 놓은 예시이며, %1 떨어져 있습니다.</translation>
    </message>
    <message>
        <source>Sample group: its office is not in this directory.</source>
        <translation>가상 예시 그룹: 진료소가 이 목록에 없습니다.</translation>
    </message>
    <message>
        <source>Serves %1; office address not in this directory.</source>
        <translation>%1 지역 담당; 진료소 주소는 이 목록에 없습니다.</translation>
    </message>
    <message>
        <source>No %1 doctors in this group here</source>
        <translation>이곳에는 이 그룹의 %1 의사가 없습니다</translation>
    </message>
    <message>
        <source>%1 of 1 %2 doctor is accepting new patients</source>
        <translation>%2 의사 1명 중 %1명이 신규 환자를 받고 있습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n counties</source>
        <translation>
            <numerusform>카운티 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <source>Counties: %1</source>
        <translation>카운티: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln %2 doctors are accepting new patients</source>
        <translation>
            <numerusform>%2 의사 %Ln명 중 %1명이 신규 환자를 받고 있습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>평가 없음</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>공개되지 않음</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (추정)</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan with one Permanente Medical Group per region. Enter your ZIP code or county above, or choose the group of the region where you live: Northern or Southern California.</source>
        <translation>Kaiser Permanente는 지역마다 Permanente Medical Group이 하나씩 있는 통합형 플랜입니다. 위에 ZIP 코드나 카운티를 입력하거나, 사는 지역의 그룹(북부 또는 남부 캘리포니아)을 선택하십시오.</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, with a care team at each PACE center. Enter your ZIP code or county above, or choose the center where you live.</source>
        <translation>PACE는 55세 이상을 위한 프로그램으로, PACE 센터마다 진료팀이 있습니다. 위에 ZIP 코드나 카운티를 입력하거나, 사는 곳의 센터를 선택하십시오.</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group of your region, so there is no medical group to choose. Continue to choose your doctor.</source>
        <translation>Kaiser Permanente는 통합형 플랜입니다. 모든 의사가 해당 지역의 Permanente Medical Group 소속이므로 의료 그룹을 선택할 필요가 없습니다. 계속해서 의사를 선택하십시오.</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older. Your care team, your doctor included, is at your PACE center, so there is no medical group to choose. Continue to see the center&apos;s doctors.</source>
        <translation>PACE는 55세 이상을 위한 프로그램입니다. 의사를 포함한 진료팀이 PACE 센터에 있으므로 의료 그룹을 선택할 필요가 없습니다. 계속해서 센터의 의사를 확인하십시오.</translation>
    </message>
    <message>
        <source>Your doctor belongs to a medical group. The group decides referrals to specialists and which hospitals you use. Numbers show doctors accepting new patients, for patients of any age.</source>
        <translation>의사는 의료 그룹에 속해 있습니다. 그룹이 전문의 의뢰와 이용할 병원을 결정합니다. 숫자는 모든 연령의 신규 환자를 받는 의사 수입니다.</translation>
    </message>
    <message>
        <source>If you choose this group, your PCP and your specialists come from it, and referrals to specialists go through it.</source>
        <translation>이 그룹을 선택하면 주치의(PCP)와 전문의가 이 그룹 소속이 되며, 전문의 의뢰도 이 그룹을 통해 이루어집니다.</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>의뢰 규칙</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>업무 시간 외 전화</translation>
    </message>
    <message>
        <source>not in this directory: see your member ID card or call the plan.</source>
        <translation>이 목록에 없음: 회원 ID 카드를 보거나 플랜에 전화하십시오.</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>의사</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>품질 평점</translation>
    </message>
    <message>
        <source>Plan group code</source>
        <translation>플랜 그룹 코드</translation>
    </message>
    <message>
        <source>Sample group (fictional): this plan&apos;s group list is not available offline, so this group and everything said about it are samples.</source>
        <translation>가상 예시 그룹: 이 플랜의 그룹 목록은 오프라인에서 볼 수 없으므로, 이 그룹과 그에 관한 모든 내용은 가상 예시입니다.</translation>
    </message>
    <message>
        <source>The plan&apos;s own care team. Its doctors in this directory are samples.</source>
        <translation>플랜 자체의 진료팀입니다. 이 목록에 있는 의사는 가상 예시입니다.</translation>
    </message>
    <message>
        <source>Listed by the carrier for this network in 2017-18. Networks change every year: call the plan to confirm.</source>
        <translation>2017-18년 보험사가 이 네트워크에 올린 목록입니다. 네트워크는 매년 바뀌므로 플랜에 전화해 확인하십시오.</translation>
    </message>
    <message>
        <source>Not published: ask the group or the plan which hospitals it uses.</source>
        <translation>공개되지 않음: 그룹이나 플랜에 어느 병원을 이용하는지 문의하십시오.</translation>
    </message>
    <message>
        <source>%1 (CMS rating %2 of 5)</source>
        <translation>%1 (CMS 평점 5점 중 %2점)</translation>
    </message>
    <message>
        <source>inferred from distance, not published by the group</source>
        <translation>거리로 추정, 그룹이 공개한 정보 아님</translation>
    </message>
    <message>
        <source>sample, fictional</source>
        <translation>가상 예시, 실존하지 않음</translation>
    </message>
    <message>
        <source>not in this directory: ask the group or the plan.</source>
        <translation>이 목록에 없음: 그룹이나 플랜에 문의하십시오.</translation>
    </message>
    <message>
        <source>You can see an OB/GYN in your plan&apos;s network without a referral or prior approval (California law); the plan may require the OB/GYN to be in your medical group.</source>
        <translation>의뢰서나 사전 승인 없이 플랜 네트워크의 산부인과 의사를 볼 수 있습니다(캘리포니아 법). 플랜에 따라 산부인과 의사가 본인의 의료 그룹 소속이어야 할 수 있습니다.</translation>
    </message>
    <message>
        <source>How a PACE member&apos;s doctor is assigned: when you enroll, the PACE center&apos;s care team assigns you a primary care doctor who works at the center. You can ask the center for a particular doctor on its team.</source>
        <translation>PACE 회원의 의사 배정 방법: 가입하면 PACE 센터의 진료팀이 센터에서 일하는 주치의를 배정합니다. 센터에 팀 내 특정 의사를 요청할 수 있습니다.</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>첫 번째 선택</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>예비 %1</translation>
    </message>
    <message>
        <source>The selected member&apos;s doctors</source>
        <translation>선택한 가구원의 의사</translation>
    </message>
    <message>
        <source>This member&apos;s plan</source>
        <translation>이 가구원의 플랜</translation>
    </message>
    <message>
        <source>Plan for this member:</source>
        <translation>이 가구원의 플랜:</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>의사</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>신규 환자</translation>
    </message>
    <message>
        <source>Make first choice</source>
        <translation>첫 번째 선택으로 지정</translation>
    </message>
    <message>
        <source>Make this doctor the member&apos;s first choice</source>
        <translation>이 의사를 가구원의 첫 번째 선택으로 지정</translation>
    </message>
    <message>
        <source>Remove doctor</source>
        <translation>의사 삭제</translation>
    </message>
    <message>
        <source>Remove this doctor from the member&apos;s choices</source>
        <translation>가구원의 선택 목록에서 이 의사 삭제</translation>
    </message>
    <message>
        <source>Select a member to see their plan and doctors.</source>
        <translation>가구원을 선택하면 플랜과 의사가 표시됩니다.</translation>
    </message>
    <message>
        <source>%1&apos;s plan and doctors</source>
        <translation>%1의 플랜과 의사</translation>
    </message>
    <message>
        <source>The household&apos;s plan (%1)</source>
        <translation>가구의 플랜(%1)</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>아직 선택 안 함</translation>
    </message>
    <message>
        <source>Type the member&apos;s first name or a nickname.</source>
        <translation>가구원의 이름이나 애칭을 입력하십시오.</translation>
    </message>
    <message>
        <source>That name is long: a first name or a nickname is enough.</source>
        <translation>이름이 깁니다. 이름이나 애칭만 입력하면 됩니다.</translation>
    </message>
    <message>
        <source>Type a first name or nickname only: no numbers, dates, IDs or addresses.</source>
        <translation>이름이나 애칭만 입력하십시오. 숫자, 날짜, ID, 주소는 입력하지 마십시오.</translation>
    </message>
    <message>
        <source>The age must be from 0 to 120.</source>
        <translation>나이는 0세에서 120세 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Choose female, male, or leave sex not given.</source>
        <translation>여성, 남성을 선택하거나 성별을 비워 두십시오.</translation>
    </message>
    <message>
        <source>One of the access needs is not known to this app.</source>
        <translation>접근성 요구 사항 중 하나를 이 앱이 알 수 없습니다.</translation>
    </message>
    <message>
        <source>This member cannot be added as given.</source>
        <translation>입력한 내용으로는 이 가구원을 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>첫 번째 선택</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>예비 %1</translation>
    </message>
    <message>
        <source>%1 has no PCP yet.</source>
        <translation>%1님은 아직 주치의(PCP)가 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is no longer in this directory for this plan; choose another doctor.</source>
        <translation>%1: %2(%3)은(는) 이 플랜의 목록에 더 이상 없습니다. 다른 의사를 선택하십시오.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in this member&apos;s plan.</source>
        <translation>%1: %2(%3)은(는) 이 가구원의 플랜에 속하지 않습니다.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not taking new patients.</source>
        <translation>%1: %2(%3)은(는) 신규 환자를 받지 않습니다.</translation>
    </message>
    <message>
        <source>%1: this directory does not say whether %2 (%3) takes new patients; call to ask.</source>
        <translation>%1: %2(%3)이(가) 신규 환자를 받는지 이 목록에 나와 있지 않습니다. 전화로 문의하십시오.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) sees patients up to age %4; %1 ages out within a year.</source>
        <translation>%1: %2(%3)은(는) %4세까지 진료합니다. %1님은 1년 안에 나이 제한을 넘게 됩니다.</translation>
    </message>
    <message>
        <source>Add the members of the household, one at a time.</source>
        <translation>가구원을 한 명씩 추가하십시오.</translation>
    </message>
    <message>
        <source>Everyone has a PCP, and nothing needs another look.</source>
        <translation>모두 주치의(PCP)가 있으며, 다시 확인할 것이 없습니다.</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (가상 예시)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>이 목록에 없음</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, %2 기준</translation>
    </message>
    <message>
        <source>needs a ZIP</source>
        <translation>ZIP 필요</translation>
    </message>
    <message>
        <source>not known here: open this doctor from the doctor step</source>
        <translation>여기서는 알 수 없음: 의사 단계에서 이 의사를 여십시오</translation>
    </message>
    <message>
        <source>Evening: %1; Saturday: %2</source>
        <translation>저녁: %1; 토요일: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>예: %1</translation>
    </message>
    <message>
        <source>not in this directory: ask the medical group</source>
        <translation>이 목록에 없음: 의료 그룹에 문의하십시오</translation>
    </message>
    <message>
        <source>Doctor: %1. Office: %2. Group: %3. Plan: %4.</source>
        <translation>의사: %1. 진료소: %2. 그룹: %3. 플랜: %4.</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>거리</translation>
    </message>
    <message>
        <source>Doctor&apos;s languages</source>
        <translation>의사 사용 언어</translation>
    </message>
    <message>
        <source>Staff languages</source>
        <translation>직원 사용 언어</translation>
    </message>
    <message>
        <source>Evening and Saturday hours</source>
        <translation>저녁 및 토요일 진료</translation>
    </message>
    <message>
        <source>Video visits</source>
        <translation>화상 진료</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>장애인 접근성</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>병원</translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation>전문의 자격</translation>
    </message>
    <message>
        <source>Group rating</source>
        <translation>그룹 평점</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>출처 및 날짜</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>가구</translation>
    </message>
    <message>
        <source>Household: everyone enrolling together</source>
        <translation>가구: 함께 가입하는 모든 사람</translation>
    </message>
    <message>
        <source>1 doctor can see everyone (ages %1).</source>
        <translation>의사 1명이 모두(%1세)를 진료할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors can see everyone (ages %1).</source>
        <translation>
            <numerusform>의사 %Ln명이 모두(%1세)를 진료할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Same doctor for the family</source>
        <translation>가족 모두 같은 의사</translation>
    </message>
    <message>
        <source>Doctors who can see every member</source>
        <translation>모든 가구원을 진료할 수 있는 의사</translation>
    </message>
    <message>
        <source>Doctors for the whole family</source>
        <translation>온 가족을 위한 의사</translation>
    </message>
    <message>
        <source>Doctors for everyone</source>
        <translation>모두를 위한 의사</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>가구원</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>나이</translation>
    </message>
    <message>
        <source>PCP</source>
        <translation>PCP</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>예비</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>가구원</translation>
    </message>
    <message>
        <source>Use the current doctor</source>
        <translation>현재 의사 사용</translation>
    </message>
    <message>
        <source>Use the current doctor as this member&apos;s first choice</source>
        <translation>현재 의사를 이 가구원의 첫 번째 선택으로 사용</translation>
    </message>
    <message>
        <source>Add as a backup</source>
        <translation>예비로 추가</translation>
    </message>
    <message>
        <source>Add the current doctor as this member&apos;s backup</source>
        <translation>현재 의사를 이 가구원의 예비 의사로 추가</translation>
    </message>
    <message>
        <source>Change member</source>
        <translation>가구원 변경</translation>
    </message>
    <message>
        <source>Change this member</source>
        <translation>이 가구원 정보 변경</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>가구원 삭제</translation>
    </message>
    <message>
        <source>Remove this member</source>
        <translation>이 가구원 삭제</translation>
    </message>
    <message>
        <source>What to look at again</source>
        <translation>다시 확인할 사항</translation>
    </message>
    <message>
        <source>Compare the chosen doctors</source>
        <translation>선택한 의사 비교</translation>
    </message>
    <message>
        <source>Members, or compare</source>
        <translation>가구원 또는 비교</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>가구원(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;ompare doctors</source>
        <translation>의사 비교(&amp;O)</translation>
    </message>
    <message>
        <source>Needs a PCP</source>
        <translation>PCP 필요</translation>
    </message>
    <message>
        <source>Choose a plan and add the members first.</source>
        <translation>먼저 플랜을 선택하고 가구원을 추가하십시오.</translation>
    </message>
    <message>
        <source>Use the current doctor for %1</source>
        <translation>%1님에게 현재 의사 사용</translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation>가입 요약</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>이름 또는 애칭</translation>
    </message>
    <message>
        <source>Sex (optional)</source>
        <translation>성별(선택 사항)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>밝히지 않음</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>Preferred language (optional)</source>
        <translation>선호 언어(선택 사항)</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>휠체어 접근</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>저녁 진료</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>토요일 진료</translation>
    </message>
    <message>
        <source>Wants an OB/GYN as PCP</source>
        <translation>산부인과 의사를 주치의로 원함</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>가구원 추가</translation>
    </message>
    <message>
        <source>Add this member</source>
        <translation>이 가구원 추가</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>변경 취소</translation>
    </message>
    <message>
        <source>Leave the member as they were</source>
        <translation>가구원 정보를 그대로 두기</translation>
    </message>
    <message>
        <source>Why the member was not added</source>
        <translation>가구원을 추가하지 못한 이유</translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation>이름 또는 애칭:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>나이:</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>성별(선택 사항):</translation>
    </message>
    <message>
        <source>Language (optional):</source>
        <translation>언어(선택 사항):</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>변경 저장</translation>
    </message>
    <message>
        <source>Save the changes to this member</source>
        <translation>이 가구원의 변경 사항 저장</translation>
    </message>
    <message>
        <source>The saved household file was damaged. It was set aside, and the last good copy was opened instead: check the members and their doctors.</source>
        <translation>저장된 가구 파일이 손상되었습니다. 해당 파일은 따로 보관하고 마지막 정상 사본을 열었습니다. 가구원과 의사를 확인하십시오.</translation>
    </message>
    <message>
        <source>The saved household file was damaged, and there was no good copy to open. It was set aside; add the members again.</source>
        <translation>저장된 가구 파일이 손상되었고 열 수 있는 정상 사본이 없습니다. 해당 파일은 따로 보관했습니다. 가구원을 다시 추가하십시오.</translation>
    </message>
    <message>
        <source>The saved household was kept by a newer version of HMO Desktop. It was left as it is; open it with that version.</source>
        <translation>저장된 가구는 더 새로운 버전의 HMO Desktop으로 저장되었습니다. 그대로 두었으니 그 버전으로 여십시오.</translation>
    </message>
    <message>
        <source>The saved household could not be brought up to date. It was left as it was; add the members again, or try again after updating HMO Desktop.</source>
        <translation>저장된 가구를 최신 형식으로 바꿀 수 없었습니다. 그대로 두었으니 가구원을 다시 추가하거나 HMO Desktop을 업데이트한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The saved household could not be opened.</source>
        <translation>저장된 가구를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The saved household could not be opened: %1</source>
        <translation>저장된 가구를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Your household kept on this computer is open: View &gt; Household.</source>
        <translation>이 컴퓨터에 보관된 가구가 열려 있습니다: 보기 &gt; 가구.</translation>
    </message>
    <message>
        <source>Doctors no longer in this directory: %1. Choose others.</source>
        <translation>이 목록에 더 이상 없는 의사: %1. 다른 의사를 선택하십시오.</translation>
    </message>
    <message>
        <source>The household could not be saved in %1: %2. Nothing was changed there.</source>
        <translation>가구를 %1에 저장할 수 없습니다: %2. 그곳에서는 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Kept on this computer. Changes are saved as you make them.</source>
        <translation>이 컴퓨터에 보관됨. 변경 사항은 바로 저장됩니다.</translation>
    </message>
    <message>
        <source>This household is forgotten: nothing of it is kept on this computer.</source>
        <translation>이 가구 정보는 삭제되었습니다. 이 컴퓨터에 아무것도 보관되지 않습니다.</translation>
    </message>
    <message>
        <source>Keep this household?</source>
        <translation>이 가구를 보관할까요?</translation>
    </message>
    <message>
        <source>Keep this household on this computer for next time?</source>
        <translation>다음에 쓰도록 이 가구를 이 컴퓨터에 보관할까요?</translation>
    </message>
    <message>
        <source>Only the first names or nicknames, ages and chosen doctors are kept, in your user folder. On a shared computer, choose Don&apos;t keep.</source>
        <translation>이름이나 애칭, 나이, 선택한 의사만 사용자 폴더에 보관됩니다. 공용 컴퓨터에서는 &apos;보관 안 함&apos;을 선택하십시오.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>보관</translation>
    </message>
    <message>
        <source>Don&apos;t keep</source>
        <translation>보관 안 함</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Forget this household?</source>
        <translation>이 가구 정보를 삭제할까요?</translation>
    </message>
    <message>
        <source>Its members and their doctors are removed from the screen, and the copy kept on this computer is deleted with its backups. This cannot be undone.</source>
        <translation>가구원과 의사가 화면에서 사라지고, 이 컴퓨터에 보관된 사본과 백업도 삭제됩니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>&amp;Household…</source>
        <translation>가구(&amp;H)…</translation>
    </message>
    <message>
        <source>The family&apos;s members, their doctors, and the enrollment summary</source>
        <translation>가족 구성원, 그들의 의사, 가입 요약</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>접수 중</translation>
    </message>
    <message>
        <source>%1; ages not in this directory</source>
        <translation>%1; 진료 연령은 이 목록에 없음</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>의료 그룹</translation>
    </message>
    <message>
        <source>Save the enrollment summary</source>
        <translation>가입 요약 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>큰 글씨</translation>
    </message>
    <message>
        <source>Large print summary</source>
        <translation>큰 글씨 요약</translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation>요약을 PDF로 저장…</translation>
    </message>
    <message>
        <source>Save the enrollment summary as a PDF file</source>
        <translation>가입 요약을 PDF 파일로 저장</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>요약 인쇄…</translation>
    </message>
    <message>
        <source>Print the enrollment summary</source>
        <translation>가입 요약 인쇄</translation>
    </message>
    <message>
        <source>Keep on this computer</source>
        <translation>이 컴퓨터에 보관</translation>
    </message>
    <message>
        <source>Keep this household on this computer</source>
        <translation>이 가구를 이 컴퓨터에 보관</translation>
    </message>
    <message>
        <source>Forget this household</source>
        <translation>이 가구 정보 삭제</translation>
    </message>
    <message>
        <source>Close the household</source>
        <translation>가구 닫기</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>이 컴퓨터에 보관됨</translation>
    </message>
    <message>
        <source>The summary is printing. Please collect it from the printer.</source>
        <translation>요약을 인쇄하고 있습니다. 프린터에서 가져가십시오.</translation>
    </message>
    <message>
        <source>The summary is ready. A staff member will print it for you.</source>
        <translation>요약이 준비되었습니다. 직원이 인쇄해 드립니다.</translation>
    </message>
    <message>
        <source>No printer is set up here. Please ask staff.</source>
        <translation>이곳에는 프린터가 설정되어 있지 않습니다. 직원에게 문의하십시오.</translation>
    </message>
    <message>
        <source>The summary could not be made. Please ask staff.</source>
        <translation>요약을 만들 수 없습니다. 직원에게 문의하십시오.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>요약 인쇄</translation>
    </message>
    <message>
        <source>HMO Desktop kiosk</source>
        <translation>HMO Desktop 키오스크</translation>
    </message>
    <message>
        <source>HMO Desktop</source>
        <translation>HMO Desktop</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>직원 전용</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>직원 PIN</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>직원 PIN:</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>PIN 안내</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>Unlock staff settings</source>
        <translation>직원 설정 잠금 해제</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>키오스크로 돌아가기</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Clear for the next person</source>
        <translation>다음 사람을 위해 지우기</translation>
    </message>
    <message>
        <source>Clear everything now for the next person</source>
        <translation>다음 사람을 위해 지금 모두 지우기</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>키오스크 종료</translation>
    </message>
    <message>
        <source>No staff PIN is set, so this kiosk cannot be left from here. To set one, run this on the computer, then start the kiosk again:

hmo-desktop --set-kiosk-pin

It is kept, as a salted hash, in %1</source>
        <translation>직원 PIN이 설정되어 있지 않아 여기서 키오스크를 종료할 수 없습니다. PIN을 설정하려면 이 컴퓨터에서 다음을 실행한 후 키오스크를 다시 시작하십시오:

hmo-desktop --set-kiosk-pin

PIN은 솔트 해시 형태로 %1에 보관됩니다</translation>
    </message>
    <message>
        <source>Configuration file: %1</source>
        <translation>구성 파일: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Idle time before the warning: %1 seconds</source>
        <translation>경고 전 대기 시간: %1초</translation>
    </message>
    <message>
        <source>The warning counts down from: %1 seconds</source>
        <translation>경고 카운트다운 시작: %1초</translation>
    </message>
    <message>
        <source>Text size for each new person: %1 %</source>
        <translation>새 사람마다 글자 크기: %1 %</translation>
    </message>
    <message>
        <source>Summaries: PDF files in %1, emptied at every reset</source>
        <translation>요약: %1의 PDF 파일, 초기화할 때마다 비움</translation>
    </message>
    <message>
        <source>Summaries: printed on %1</source>
        <translation>요약: %1에서 인쇄</translation>
    </message>
    <message>
        <source>Summaries: no default printer is set up on this computer</source>
        <translation>요약: 이 컴퓨터에 기본 프린터가 설정되어 있지 않음</translation>
    </message>
    <message>
        <source>The configuration file was not used: %1</source>
        <translation>구성 파일을 사용하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>잘못된 PIN을 너무 많이 입력했습니다. %1초 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>PIN이 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>메뉴 모음</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>메뉴 더 보기</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open directory…</source>
        <translation>목록 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another doctor directory file; it is checked before it is used</source>
        <translation>다른 의사 목록 파일을 엽니다. 사용하기 전에 검사합니다</translation>
    </message>
    <message>
        <source>Open a doctor directory</source>
        <translation>의사 목록 열기</translation>
    </message>
    <message>
        <source>Doctor directories (*.sqlite)</source>
        <translation>의사 목록 (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. You can keep working; if it happens again, send these details to the team.</source>
        <translation>HMO Desktop 내부에서 문제가 발생했습니다. 계속 사용할 수 있습니다. 다시 발생하면 이 상세 정보를 팀에 보내 주십시오.</translation>
    </message>
    <message>
        <source>The doctor directory is not an HMO Desktop directory.</source>
        <translation>이 의사 목록은 HMO Desktop 목록이 아닙니다.</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is damaged.</source>
        <translation>HMO Desktop과 함께 제공된 의사 목록이 손상되었습니다.</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is missing.</source>
        <translation>HMO Desktop과 함께 제공된 의사 목록이 없습니다.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory.</source>
        <translation>HMO Desktop이 의사 목록을 읽을 권한이 없습니다.</translation>
    </message>
    <message>
        <source>A folder is where HMO Desktop&apos;s doctor directory should be.</source>
        <translation>HMO Desktop의 의사 목록이 있어야 할 자리에 폴더가 있습니다.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory&apos;s manifest.</source>
        <translation>HMO Desktop이 의사 목록의 매니페스트를 읽을 권한이 없습니다.</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop is damaged.</source>
        <translation>HMO Desktop에 지정된 의사 목록 파일이 손상되었습니다.</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop does not exist.</source>
        <translation>HMO Desktop에 지정된 의사 목록 파일이 없습니다.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the doctor directory file it was given.</source>
        <translation>HMO Desktop이 지정된 의사 목록 파일을 읽을 권한이 없습니다.</translation>
    </message>
    <message>
        <source>HMO Desktop was given a folder, not a doctor directory file.</source>
        <translation>HMO Desktop에 의사 목록 파일이 아닌 폴더가 지정되었습니다.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the manifest of the doctor directory file it was given.</source>
        <translation>HMO Desktop이 지정된 의사 목록 파일의 매니페스트를 읽을 권한이 없습니다.</translation>
    </message>
    <message>
        <source>This doctor directory needs a newer version of HMO Desktop.</source>
        <translation>이 의사 목록에는 더 새로운 버전의 HMO Desktop이 필요합니다.</translation>
    </message>
    <message>
        <source>This doctor directory is too old for this version of HMO Desktop.</source>
        <translation>이 의사 목록은 이 버전의 HMO Desktop에 비해 너무 오래되었습니다.</translation>
    </message>
    <message>
        <source>Reinstall HMO Desktop, or rebuild the directory with &apos;python -m hmo_desktop.datapack build&apos;.</source>
        <translation>HMO Desktop을 다시 설치하거나 &apos;python -m hmo_desktop.datapack build&apos;로 목록을 다시 만드십시오.</translation>
    </message>
    <message>
        <source>Check that you may read it, or reinstall HMO Desktop.</source>
        <translation>읽기 권한이 있는지 확인하거나 HMO Desktop을 다시 설치하십시오.</translation>
    </message>
    <message>
        <source>Remove or rename that folder, then reinstall HMO Desktop or rebuild the directory.</source>
        <translation>그 폴더를 삭제하거나 이름을 바꾼 후, HMO Desktop을 다시 설치하거나 목록을 다시 만드십시오.</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use the directory that came with this version.</source>
        <translation>HMO Desktop을 업데이트하거나 이 버전과 함께 제공된 목록을 사용하십시오.</translation>
    </message>
    <message>
        <source>Check the file given with --directory, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>--directory로 지정한 파일을 확인하거나 &apos;python -m hmo_desktop.datapack build --out FILE&apos;로 새로 만드십시오.</translation>
    </message>
    <message>
        <source>Check that you may read that file and the folders above it.</source>
        <translation>그 파일과 상위 폴더에 읽기 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Check that you may read the .manifest.json file beside the directory file.</source>
        <translation>목록 파일 옆의 .manifest.json 파일에 읽기 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Give the path of a directory file (.sqlite), not of a folder.</source>
        <translation>폴더가 아닌 목록 파일(.sqlite)의 경로를 지정하십시오.</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use a directory built by this version.</source>
        <translation>HMO Desktop을 업데이트하거나 이 버전으로 만든 목록을 사용하십시오.</translation>
    </message>
    <message>
        <source>HMO Desktop cannot use this doctor directory.</source>
        <translation>HMO Desktop이 이 의사 목록을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose another directory file, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>다른 목록 파일을 선택하거나 &apos;python -m hmo_desktop.datapack build --out FILE&apos;로 새로 만드십시오.</translation>
    </message>
    <message>
        <source>Open directory</source>
        <translation>목록 열기</translation>
    </message>
    <message>
        <source>%1

HMO Desktop keeps using the directory it had open.</source>
        <translation>%1

HMO Desktop은 이미 열려 있던 목록을 계속 사용합니다.</translation>
    </message>
    <message>
        <source>File: %1
%2</source>
        <translation>파일: %1
%2</translation>
    </message>
    <message>
        <source>Checking the directory file…</source>
        <translation>목록 파일을 검사하는 중…</translation>
    </message>
    <message>
        <source>HMO Desktop: choose your primary care doctor (%1)</source>
        <translation>HMO Desktop: 주치의 선택(%1)</translation>
    </message>
    <message>
        <source>Now using the directory %1.</source>
        <translation>이제 %1 목록을 사용합니다.</translation>
    </message>
    <message>
        <source>Sample?</source>
        <translation>가상 예시?</translation>
    </message>
    <message>
        <source>Generated sample data, not a real person</source>
        <translation>만들어 낸 가상 예시 자료, 실존 인물 아님</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>진료소</translation>
    </message>
    <message>
        <source>To a sample office placed at a ZIP code center</source>
        <translation>ZIP 코드 중심에 놓은 가상 예시 진료소까지</translation>
    </message>
    <message>
        <source>Approximate: to the center of the office&apos;s ZIP code</source>
        <translation>대략적 거리: 진료소 ZIP 코드의 중심까지</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>전문 분야</translation>
    </message>
    <message>
        <source>January</source>
        <translation>1월</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2월</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3월</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4월</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5월</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6월</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7월</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8월</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9월</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10월</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11월</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12월</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2년 %1</translation>
    </message>
    <message>
        <source>%1, may be out of date</source>
        <translation>%1, 최신이 아닐 수 있음</translation>
    </message>
    <message>
        <source>Minimum Coverage</source>
        <translation>최소 보장(Minimum Coverage)</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>브론즈(Bronze)</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>실버(Silver)</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>골드(Gold)</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>플래티넘(Platinum)</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for %1 County</source>
        <translation>%1 카운티 Medi-Cal 건강 플랜</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for the counties it serves</source>
        <translation>서비스 지역 카운티의 Medi-Cal 건강 플랜</translation>
    </message>
    <message>
        <source>Covered California HMO (%1)</source>
        <translation>Covered California HMO(%1)</translation>
    </message>
    <message>
        <source>Covered California HMO</source>
        <translation>Covered California HMO</translation>
    </message>
    <message>
        <source>Employer and individual HMO</source>
        <translation>고용주 및 개인 HMO</translation>
    </message>
    <message>
        <source>Medicare Advantage HMO</source>
        <translation>Medicare Advantage HMO</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group for your region, so there is no medical group to choose.</source>
        <translation>Kaiser Permanente는 통합형 플랜입니다. 모든 의사가 해당 지역의 Permanente Medical Group 소속이므로 의료 그룹을 선택할 필요가 없습니다.</translation>
    </message>
    <message>
        <source>PACE: for people 55 and older who need a nursing-home level of care and can live safely at home; your care team, including your doctor, is at the PACE center.</source>
        <translation>PACE: 요양원 수준의 돌봄이 필요하지만 집에서 안전하게 살 수 있는 55세 이상을 위한 프로그램입니다. 의사를 포함한 진료팀이 PACE 센터에 있습니다.</translation>
    </message>
    <message>
        <source>This plan&apos;s group list is from %1. Networks change every year: call the plan to confirm.</source>
        <translation>이 플랜의 그룹 목록은 %1 자료입니다. 네트워크는 매년 바뀌므로 플랜에 전화해 확인하십시오.</translation>
    </message>
    <message>
        <source>This plan&apos;s information is from %1. Plans and networks change every year: call the plan to confirm.</source>
        <translation>이 플랜의 정보는 %1 자료입니다. 플랜과 네트워크는 매년 바뀌므로 플랜에 전화해 확인하십시오.</translation>
    </message>
    <message>
        <source>Medical groups: the carrier&apos;s published list, as of %1.</source>
        <translation>의료 그룹: 보험사가 공개한 목록, %1 기준.</translation>
    </message>
    <message>
        <source>Plan list as of %1.</source>
        <translation>플랜 목록 %1 기준.</translation>
    </message>
    <message>
        <source>This plan&apos;s medical group list is not available offline: the groups shown are samples.</source>
        <translation>이 플랜의 의료 그룹 목록은 오프라인에서 볼 수 없습니다. 표시된 그룹은 가상 예시입니다.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>출처: %1.</translation>
    </message>
    <message>
        <source>Medi-Cal health plans, by county (December 2025)</source>
        <translation>카운티별 Medi-Cal 건강 플랜(2025년 12월)</translation>
    </message>
    <message>
        <source>Covered California HMOs (2017)</source>
        <translation>Covered California HMO(2017년)</translation>
    </message>
    <message>
        <source>Anthem Blue Cross and UnitedHealthcare employer and individual HMO networks (2017–18)</source>
        <translation>Anthem Blue Cross 및 UnitedHealthcare 고용주·개인 HMO 네트워크(2017–18년)</translation>
    </message>
    <message>
        <source>Use your plan&apos;s own provider directory (on its website or in your welcome kit).</source>
        <translation>플랜의 의료 제공자 목록을 이용하십시오(웹사이트 또는 환영 안내 자료).</translation>
    </message>
    <message>
        <source>Or call member services: the number is on your member ID card.</source>
        <translation>또는 회원 서비스에 전화하십시오. 번호는 회원 ID 카드에 있습니다.</translation>
    </message>
    <message>
        <source>Ask which medical groups and doctors are in your network, near you.</source>
        <translation>가까운 곳에 네트워크 소속 의료 그룹과 의사가 있는지 문의하십시오.</translation>
    </message>
    <message>
        <source>Your plan is not listed?</source>
        <translation>플랜이 목록에 없습니까?</translation>
    </message>
    <message>
        <source>This directory has only the plans in public files:</source>
        <translation>이 목록에는 공공 파일에 있는 플랜만 있습니다:</translation>
    </message>
    <message>
        <source>If your plan is not here (for example a Blue Shield, Health Net or Kaiser Permanente plan through an employer, Sharp Health Plan or Western Health Advantage):</source>
        <translation>플랜이 여기에 없는 경우(예: 고용주를 통한 Blue Shield, Health Net 또는 Kaiser Permanente 플랜, Sharp Health Plan, Western Health Advantage):</translation>
    </message>
    <message>
        <source>On Medi-Cal? Health Care Options (1-800-430-4263) helps you choose a Medi-Cal plan.</source>
        <translation>Medi-Cal 회원이십니까? Health Care Options(1-800-430-4263)에서 Medi-Cal 플랜 선택을 도와드립니다.</translation>
    </message>
    <message>
        <source>You can still look up a doctor you know with &quot;Find my current doctor&quot;: the profile lists every plan in this directory that includes them.</source>
        <translation>&quot;현재 의사 찾기&quot;로 아는 의사를 찾아볼 수 있습니다. 프로필에 그 의사가 속한 이 목록의 모든 플랜이 나옵니다.</translation>
    </message>
    <message>
        <source>1  Plan</source>
        <translation>1  플랜</translation>
    </message>
    <message>
        <source>2  Medical group</source>
        <translation>2  의료 그룹</translation>
    </message>
    <message>
        <source>3  Doctor</source>
        <translation>3  의사</translation>
    </message>
    <message>
        <source>4  Doctor&apos;s profile</source>
        <translation>4  의사 프로필</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>English copy, for the doctor&apos;s office and the plan</source>
        <translation>영어 사본, 의사의 진료소와 플랜 제출용</translation>
    </message>
    <message>
        <source>Enrollment summary: your household’s doctor choices</source>
        <translation>가입 요약: 가구의 의사 선택</translation>
    </message>
    <message>
        <source>Take this to your enrollment or keep it by the phone. Each person has their own page, with the PCP ID the plan asks for.</source>
        <translation>가입할 때 가져가거나 전화기 옆에 두십시오. 각 사람마다 페이지가 있으며, 플랜이 요구하는 PCP ID가 적혀 있습니다.</translation>
    </message>
    <message>
        <source>%1 (sample, fictional)</source>
        <translation>%1 (가상 예시, 실존하지 않음)</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it when you enroll</source>
        <translation>이 목록에 없음: 가입할 때 플랜이 알려 줍니다</translation>
    </message>
    <message>
        <source>not in this directory: call the plan</source>
        <translation>이 목록에 없음: 플랜에 전화하십시오</translation>
    </message>
    <message>
        <source>%1 (sample office, not a real address)</source>
        <translation>%1 (가상 예시 진료소, 실제 주소 아님)</translation>
    </message>
    <message>
        <source>%1 (fictional number)</source>
        <translation>%1 (가상 번호)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>플랜:</translation>
    </message>
    <message>
        <source>No PCP chosen yet. Choose one before you enroll; if you do not, the plan chooses one for this person.</source>
        <translation>아직 주치의(PCP)를 선택하지 않았습니다. 가입하기 전에 선택하십시오. 선택하지 않으면 플랜이 이 사람의 주치의를 정합니다.</translation>
    </message>
    <message>
        <source>none yet: no doctor chosen</source>
        <translation>아직 없음: 선택한 의사 없음</translation>
    </message>
    <message>
        <source>Plan member services:</source>
        <translation>플랜 회원 서비스:</translation>
    </message>
    <message>
        <source>not in this directory: it is on the plan’s letters and card</source>
        <translation>이 목록에 없음: 플랜의 우편물과 카드에 있습니다</translation>
    </message>
    <message>
        <source>When a PCP change takes effect:</source>
        <translation>PCP 변경이 적용되는 시기:</translation>
    </message>
    <message>
        <source>often the first day of the next month; the plan confirms.</source>
        <translation>보통 다음 달 1일이며, 플랜이 확인해 줍니다.</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>네트워크:</translation>
    </message>
    <message>
        <source>Medical group:</source>
        <translation>의료 그룹:</translation>
    </message>
    <message>
        <source>The plan’s code for this group:</source>
        <translation>이 그룹의 플랜 코드:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>의사:</translation>
    </message>
    <message>
        <source>NPI:</source>
        <translation>NPI:</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>신규 환자:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>진료소:</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>진료소 전화:</translation>
    </message>
    <message>
        <source>%1 (%2). PCP ID: %3.</source>
        <translation>%1 (%2). PCP ID: %3.</translation>
    </message>
    <message>
        <source>another plan</source>
        <translation>다른 플랜</translation>
    </message>
    <message>
        <source>%1 In %2, not this person’s plan.</source>
        <translation>%1 %2 소속이며, 이 사람의 플랜이 아닙니다.</translation>
    </message>
    <message>
        <source>Backup %1:</source>
        <translation>예비 %1:</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>진료소</translation>
    </message>
    <message>
        <source>number not in this directory</source>
        <translation>번호가 이 목록에 없음</translation>
    </message>
    <message>
        <source>Call to confirm: %1, %2</source>
        <translation>전화로 확인: %1, %2</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>본인의 플랜</translation>
    </message>
    <message>
        <source>Does this office take %1?</source>
        <translation>이 진료소에서 %1을(를) 받습니까?</translation>
    </message>
    <message>
        <source>Is %1 taking new patients in this plan?</source>
        <translation>%1 의사가 이 플랜으로 신규 환자를 받습니까?</translation>
    </message>
    <message>
        <source>Is the PCP ID still %1?</source>
        <translation>PCP ID가 여전히 %1입니까?</translation>
    </message>
    <message>
        <source>What PCP ID does the plan use for this doctor?</source>
        <translation>플랜에서 이 의사의 PCP ID는 무엇입니까?</translation>
    </message>
    <message>
        <source>Date called, and who you spoke with:</source>
        <translation>전화한 날짜와 통화한 사람:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>답:</translation>
    </message>
    <message>
        <source>Health Care Options is the state’s Medi-Cal enrollment service. Tell them each person’s plan and PCP by phone or with the Choice Form in your enrollment packet.</source>
        <translation>Health Care Options는 주정부의 Medi-Cal 가입 서비스입니다. 각 사람의 플랜과 주치의(PCP)를 전화로 알리거나 가입 안내 자료에 있는 선택 양식(Choice Form)으로 알리십시오.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>전화:</translation>
    </message>
    <message>
        <source>TTY:</source>
        <translation>TTY:</translation>
    </message>
    <message>
        <source>A family may choose one plan and PCP for everyone, or one for each person.</source>
        <translation>가족 모두 하나의 플랜과 주치의(PCP)를 선택할 수도 있고, 각자 따로 선택할 수도 있습니다.</translation>
    </message>
    <message>
        <source>A person who does not choose within the time stated in the enrollment packet is assigned a plan.</source>
        <translation>가입 안내 자료에 적힌 기간 안에 선택하지 않으면 플랜이 배정됩니다.</translation>
    </message>
    <message>
        <source>Doctors, offices and PCP IDs marked “sample, fictional” are made up to show how the app works: they are not real.</source>
        <translation>“가상 예시”로 표시된 의사, 진료소, PCP ID는 앱 사용법을 보여 주려고 만들어 낸 것으로, 실제가 아닙니다.</translation>
    </message>
    <message>
        <source>Directories go out of date. Call each office to confirm it takes the plan and is taking new patients before you enroll.</source>
        <translation>목록 정보는 시간이 지나면 달라집니다. 가입하기 전에 각 진료소에 전화해 플랜을 받는지, 신규 환자를 받는지 확인하십시오.</translation>
    </message>
    <message>
        <source>not stated by its sources</source>
        <translation>출처에 나와 있지 않음</translation>
    </message>
    <message>
        <source>Directory data as of:</source>
        <translation>목록 자료 기준일:</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>이 정보의 출처</translation>
    </message>
    <message>
        <source>%1 (%2), %3.</source>
        <translation>%1 (%2), %3.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>글자 크기(&amp;T)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>글자 크게</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>글자 작게</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>보통 글자 크기</translation>
    </message>
    <message>
        <source>Monday</source>
        <comment>day of the week</comment>
        <translation>월요일</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <comment>day of the week</comment>
        <translation>화요일</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <comment>day of the week</comment>
        <translation>수요일</translation>
    </message>
    <message>
        <source>Thursday</source>
        <comment>day of the week</comment>
        <translation>목요일</translation>
    </message>
    <message>
        <source>Friday</source>
        <comment>day of the week</comment>
        <translation>금요일</translation>
    </message>
    <message>
        <source>Saturday</source>
        <comment>day of the week</comment>
        <translation>토요일</translation>
    </message>
    <message>
        <source>Sunday</source>
        <comment>day of the week</comment>
        <translation>일요일</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 및 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1~%2</translation>
    </message>
    <message>
        <source>parking</source>
        <translation>주차장</translation>
    </message>
    <message>
        <source>entrance</source>
        <translation>출입구</translation>
    </message>
    <message>
        <source>inside the building</source>
        <translation>건물 내부</translation>
    </message>
    <message>
        <source>restroom</source>
        <translation>화장실</translation>
    </message>
    <message>
        <source>exam room</source>
        <translation>진찰실</translation>
    </message>
    <message>
        <source>height-adjustable exam table and scale</source>
        <translation>높이 조절 진찰대와 체중계</translation>
    </message>
    <message>
        <source>Wheelchair access: %1</source>
        <translation>휠체어 접근: %1</translation>
    </message>
    <message>
        <source>%1 yes</source>
        <translation>%1 접근 가능</translation>
    </message>
    <message>
        <source>%1 no</source>
        <translation>%1 접근 불가</translation>
    </message>
    <message>
        <source>not in this directory: call the office</source>
        <translation>이 목록에 없음: 진료소에 전화하십시오</translation>
    </message>
    <message>
        <source>Taking new patients</source>
        <translation>신규 환자 접수 중</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients</source>
        <translation>신규 환자 접수 안 함: 기존 환자만 진료</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients, and their family</source>
        <translation>신규 환자 접수 안 함: 기존 환자와 그 가족만 진료</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>신규 환자 접수 안 함</translation>
    </message>
    <message>
        <source>New patients: not in this directory: call the office to ask</source>
        <translation>신규 환자: 이 목록에 없음: 진료소에 전화해 문의하십시오</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients in this plan. The plan may refuse or reassign the choice; call the doctor&apos;s office first to ask whether they will take you.</source>
        <translation>이 의사는 이 플랜으로 신규 환자를 받지 않습니다. 플랜이 이 선택을 거부하거나 다른 의사로 배정할 수 있습니다. 먼저 의사의 진료소에 전화해 받아 줄 수 있는지 문의하십시오.</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients: if you are one, say so when you call.</source>
        <translation>목록에 따르면 이 의사는 기존 환자만 진료합니다. 기존 환자라면 전화할 때 그렇게 말하십시오.</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients, and those patients&apos; family: if that is you, say so when you call.</source>
        <translation>목록에 따르면 이 의사는 기존 환자와 그 가족만 진료합니다. 해당된다면 전화할 때 그렇게 말하십시오.</translation>
    </message>
    <message>
        <source>OB/GYN: every HMO member can see a participating OB/GYN without a referral or prior approval (California law). Your plan may require the OB/GYN to be in your medical group.</source>
        <translation>산부인과(OB/GYN): 모든 HMO 회원은 의뢰서나 사전 승인 없이 참여 산부인과 의사를 볼 수 있습니다(캘리포니아 법). 플랜에 따라 산부인과 의사가 본인의 의료 그룹 소속이어야 할 수 있습니다.</translation>
    </message>
    <message>
        <source>inferred from distance, not published</source>
        <translation>거리로 추정, 공개된 정보 아님</translation>
    </message>
    <message>
        <source>Sample office near ZIP %1</source>
        <translation>ZIP %1 근처 예시 진료소</translation>
    </message>
    <message>
        <source>%1 office</source>
        <translation>%1 진료소</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>가상 예시 진료소, 실제 주소 아님</translation>
    </message>
    <message>
        <source>fictional number</source>
        <translation>가상 번호</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>가상 예시</translation>
    </message>
    <message>
        <source>The doctor directory was replaced or changed while HMO Desktop was open.</source>
        <translation>HMO Desktop이 열려 있는 동안 의사 목록이 교체되거나 변경되었습니다.</translation>
    </message>
    <message>
        <source>Close HMO Desktop and open it again; if you replaced the directory on purpose, it will be checked then.</source>
        <translation>HMO Desktop을 닫았다가 다시 여십시오. 일부러 목록을 교체했다면 그때 검사합니다.</translation>
    </message>
    <message>
        <source>Doctors shown are fictional samples. Plans and groups: public data, dated where marked. Always confirm with your plan.</source>
        <translation>표시된 의사는 가상 예시입니다. 플랜과 그룹: 공공 자료, 날짜가 표시된 곳은 그 기준. 항상 플랜에 확인하십시오.</translation>
    </message>
    <message>
        <source>Real doctors from public files, with fictional samples where those files have none (marked Sample). Always confirm with your plan.</source>
        <translation>공공 파일의 실제 의사이며, 해당 파일에 의사가 없는 곳은 가상 예시로 채웠습니다(&quot;가상 예시&quot;로 표시). 항상 플랜에 확인하십시오.</translation>
    </message>
    <message>
        <source>Doctors come from public provider files; see About for sources and dates. Always confirm with your plan.</source>
        <translation>의사 정보는 공공 의료 제공자 파일에서 가져왔습니다. 출처와 날짜는 &apos;정보&apos;를 보십시오. 항상 플랜에 확인하십시오.</translation>
    </message>
    <message>
        <source>This directory&apos;s newest data is from %1, more than a year ago. Plans and doctors may have changed: check with the plan before enrolling.</source>
        <translation>이 목록의 가장 최근 자료는 1년이 넘은 %1 자료입니다. 플랜과 의사가 바뀌었을 수 있으니 가입 전에 플랜에 확인하십시오.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete one digit</source>
        <translation>숫자 하나 삭제</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>숫자 모두 지우기</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>%1 (no font on this computer shows it)</source>
        <translation>%1 (이 컴퓨터에는 이 언어를 표시할 글꼴이 없음)</translation>
    </message>
    <message>
        <source>%1 could not be loaded; the language stays as it was.</source>
        <translation>%1을(를) 불러올 수 없습니다. 언어는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation>미국 수어</translation>
    </message>
    <message>
        <source>Who is the doctor for?</source>
        <translation>누구의 의사입니까?</translation>
    </message>
    <message>
        <source>1 doctor found</source>
        <translation>의사 1명 찾음</translation>
    </message>
    <message>
        <source>1 doctor found, at %1 office listings</source>
        <translation>의사 1명 찾음, 진료소 목록 %1곳</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found</source>
        <translation>
            <numerusform>의사 %Ln명 찾음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found, at %1 office listings</source>
        <translation>
            <numerusform>의사 %Ln명 찾음, 진료소 목록 %1곳</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>먼저 플랜을 선택하십시오. 1단계로 돌아가십시오.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s age on the left (0 for a baby). The list then shows only doctors who see patients that age.</source>
        <translation>왼쪽에 환자의 나이를 입력하십시오(아기는 0). 그 나이의 환자를 진료하는 의사만 표시됩니다.</translation>
    </message>
    <message>
        <source>a larger distance</source>
        <translation>더 먼 거리</translation>
    </message>
    <message>
        <source>any language for the doctor</source>
        <translation>의사 언어 상관없음</translation>
    </message>
    <message>
        <source>any language for the office staff</source>
        <translation>직원 언어 상관없음</translation>
    </message>
    <message>
        <source>any new-patient status</source>
        <translation>신규 환자 상태 상관없음</translation>
    </message>
    <message>
        <source>any gender</source>
        <translation>성별 상관없음</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>병원 상관없음</translation>
    </message>
    <message>
        <source>fewer accessibility needs</source>
        <translation>접근성 요구 사항 줄이기</translation>
    </message>
    <message>
        <source>doctors without video visits</source>
        <translation>화상 진료 없는 의사</translation>
    </message>
    <message>
        <source>any office hours</source>
        <translation>진료 시간 상관없음</translation>
    </message>
    <message>
        <source>all groups in the plan</source>
        <translation>플랜의 모든 그룹</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, so this plan has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>PACE는 55세 이상을 위한 프로그램이므로 이 플랜에는 이 환자를 진료할 의사가 없습니다. 1단계로 돌아가 다른 플랜을 선택하십시오.</translation>
    </message>
    <message>
        <source>This plan is for people %1 and older, so it has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>이 플랜은 %1세 이상을 위한 플랜이므로 이 환자를 진료할 의사가 없습니다. 1단계로 돌아가 다른 플랜을 선택하십시오.</translation>
    </message>
    <message>
        <source>No specialty is selected. Tick at least one of the specialties on the left.</source>
        <translation>선택한 전문 분야가 없습니다. 왼쪽에서 전문 분야를 하나 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>No doctor matches these filters. Press &quot;Clear filters&quot; to start over.</source>
        <translation>이 필터에 맞는 의사가 없습니다. &quot;필터 지우기&quot;를 눌러 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>No doctor matches every filter. Try %1: that shows 1 doctor.</source>
        <translation>모든 필터에 맞는 의사가 없습니다. 다음 조건을 시도해 보십시오: %1. 그러면 의사 1명이 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>No doctor matches every filter. Try %1: that shows %Ln doctors.</source>
        <translation>
            <numerusform>모든 필터에 맞는 의사가 없습니다. 다음 조건을 시도해 보십시오: %1. 그러면 의사 %Ln명이 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>whether they take new patients</source>
        <translation>신규 환자를 받는지</translation>
    </message>
    <message>
        <source>which languages the doctor speaks</source>
        <translation>의사가 어떤 언어를 하는지</translation>
    </message>
    <message>
        <source>which languages the office staff speak</source>
        <translation>진료소 직원이 어떤 언어를 하는지</translation>
    </message>
    <message>
        <source>the doctor&apos;s gender</source>
        <translation>의사의 성별</translation>
    </message>
    <message>
        <source>the office&apos;s wheelchair access</source>
        <translation>진료소의 휠체어 접근성</translation>
    </message>
    <message>
        <source>whether they offer video visits</source>
        <translation>화상 진료를 제공하는지</translation>
    </message>
    <message>
        <source>the office&apos;s hours</source>
        <translation>진료소의 진료 시간</translation>
    </message>
    <message>
        <source>1 more doctor is left out because the directory does not say %2.</source>
        <translation>%2에 관한 정보가 이 목록에 없어 의사 1명이 더 제외되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more doctors are left out because the directory does not say %1.</source>
        <translation>
            <numerusform>%1에 관한 정보가 이 목록에 없어 의사 %Ln명이 더 제외되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call their offices to ask.</source>
        <translation>진료소에 전화해 문의하십시오.</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>This doctor is not taking new patients</source>
        <translation>이 의사는 신규 환자를 받지 않습니다</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>신규 환자 접수 안 함</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What choosing this doctor means</source>
        <translation>이 의사를 선택한다는 것의 의미</translation>
    </message>
    <message>
        <source>Choose anyway</source>
        <translation>그래도 선택</translation>
    </message>
    <message>
        <source>Choose this doctor anyway</source>
        <translation>그래도 이 의사 선택</translation>
    </message>
    <message>
        <source>Pick another doctor</source>
        <translation>다른 의사 고르기</translation>
    </message>
</context>
<context>
    <name>AreaBar</name>
    <message>
        <source>Your ZIP code</source>
        <translation>내 ZIP 코드</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>ZIP 코드</translation>
    </message>
    <message>
        <source>Your county</source>
        <translation>거주 카운티</translation>
    </message>
    <message>
        <source>All of California</source>
        <translation>캘리포니아 전체</translation>
    </message>
    <message>
        <source>ZIP code message</source>
        <translation>ZIP 코드 안내</translation>
    </message>
    <message>
        <source>ZIP:</source>
        <translation>ZIP:</translation>
    </message>
    <message>
        <source>or county:</source>
        <translation>또는 카운티:</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code, or pick a county.</source>
        <translation>5자리 ZIP 코드를 입력하거나 카운티를 고르십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole ZIP code. A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>&quot;%1&quot;은(는) 완전한 ZIP 코드가 아닙니다. ZIP 코드는 94110처럼 5자리입니다(또는 94110-1234 같은 ZIP+4).</translation>
    </message>
    <message>
        <source>%1, %2 County</source>
        <translation>%1, %2 카운티</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code.</source>
        <translation>5자리 ZIP 코드를 입력하십시오.</translation>
    </message>
    <message>
        <source>Type the ZIP code with the digits 0-9.</source>
        <translation>ZIP 코드를 숫자 0-9로 입력하십시오.</translation>
    </message>
    <message>
        <source>A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>ZIP 코드는 94110처럼 5자리입니다(또는 94110-1234 같은 ZIP+4).</translation>
    </message>
    <message>
        <source>%1 is not a California ZIP code. HMO Desktop covers California plans; enter a California ZIP or pick a county.</source>
        <translation>%1은(는) 캘리포니아 ZIP 코드가 아닙니다. HMO Desktop은 캘리포니아 플랜만 다룹니다. 캘리포니아 ZIP 코드를 입력하거나 카운티를 고르십시오.</translation>
    </message>
    <message>
        <source>ZIP %1 is not in our list of California ZIP codes (it may be a PO box or a new ZIP). Try a nearby ZIP or pick a county.</source>
        <translation>ZIP %1은(는) 캘리포니아 ZIP 코드 목록에 없습니다(사서함이나 새 ZIP일 수 있음). 가까운 ZIP을 입력하거나 카운티를 고르십시오.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm your PCP choice</source>
        <translation>주치의(PCP) 선택 확인</translation>
    </message>
    <message>
        <source>Your PCP choice</source>
        <translation>주치의(PCP) 선택</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>이 목록에 없음. 플랜에 전화하십시오</translation>
    </message>
    <message>
        <source>practise the steps here; do not give a sample PCP ID to a plan.</source>
        <translation>여기서 단계를 연습하십시오. 가상 예시 PCP ID를 플랜에 알려 주지 마십시오.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>플랜</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>의료 그룹</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>가상 예시 그룹, 실존하지 않음</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>그룹 코드</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>의사</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>가상 예시 의사, 실존 인물 아님</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>전문 분야</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>PCP ID</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it</source>
        <translation>이 목록에 없음: 플랜이 알려 줍니다</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>가상 예시 ID, 실제 아님</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>신규 환자</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>진료소</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>진료소 전화</translation>
    </message>
    <message>
        <source>Medical group phone</source>
        <translation>의료 그룹 전화</translation>
    </message>
    <message>
        <source>Plan member services</source>
        <translation>플랜 회원 서비스</translation>
    </message>
    <message>
        <source>the number on your member ID card</source>
        <translation>회원 ID 카드에 있는 번호</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>신규 환자 접수 안 함</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office before you tell the plan: ask whether they will take you as a new patient in this plan. If they say no, choose another doctor.</source>
        <translation>플랜에 알리기 전에 의사의 진료소에 전화해, 이 플랜의 신규 환자로 받아 줄 수 있는지 문의하십시오. 안 된다고 하면 다른 의사를 선택하십시오.</translation>
    </message>
    <message>
        <source>Keep a backup choice: a doctor who is taking new patients, in case the plan refuses this choice or assigns you someone else.</source>
        <translation>예비 선택을 준비해 두십시오. 플랜이 이 선택을 거부하거나 다른 의사를 배정할 경우에 대비해 신규 환자를 받는 의사를 골라 두십시오.</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office first: confirm they take your plan and are accepting new patients.</source>
        <translation>먼저 의사의 진료소에 전화해, 본인의 플랜을 받는지와 신규 환자를 받는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Tell your plan: call member services or use its website, and give the PCP ID above.</source>
        <translation>플랜에 알리십시오. 회원 서비스에 전화하거나 웹사이트를 이용해 위의 PCP ID를 알려 주십시오.</translation>
    </message>
    <message>
        <source>A PCP change usually takes effect on the first day of the next month.</source>
        <translation>PCP 변경은 보통 다음 달 1일부터 적용됩니다.</translation>
    </message>
    <message>
        <source>Your new ID card will show the doctor and the medical group.</source>
        <translation>새 ID 카드에 의사와 의료 그룹이 표시됩니다.</translation>
    </message>
    <message>
        <source>Networks change, so confirm with the plan.</source>
        <translation>네트워크는 바뀌므로 플랜에 확인하십시오.</translation>
    </message>
    <message>
        <source>Group list as of %1; networks change, so confirm with the plan.</source>
        <translation>그룹 목록 %1 기준. 네트워크는 바뀌므로 플랜에 확인하십시오.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>Summary of your choice</source>
        <translation>선택 요약</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>CrashScreen</name>
    <message>
        <source>Please ask staff</source>
        <translation>직원에게 문의하십시오</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. What was entered has been cleared. A staff member can help you start again.</source>
        <translation>HMO Desktop 내부에서 문제가 발생했습니다. 입력한 내용은 지워졌습니다. 직원이 다시 시작하도록 도와드립니다.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>다시 시작</translation>
    </message>
</context>
<context>
    <name>DoctorProfileView</name>
    <message>
        <source>Doctor&apos;s profile</source>
        <translation>의사 프로필</translation>
    </message>
    <message>
        <source>Choose as my PCP</source>
        <translation>내 주치의(PCP)로 선택</translation>
    </message>
    <message>
        <source>Add to household…</source>
        <translation>가구에 추가…</translation>
    </message>
    <message>
        <source>Add this doctor to a member of the household</source>
        <translation>이 의사를 가구원에게 추가</translation>
    </message>
    <message>
        <source>Choose a plan that includes this doctor first.</source>
        <translation>먼저 이 의사가 속한 플랜을 선택하십시오.</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients: you will be asked first.</source>
        <translation>이 의사는 신규 환자를 받지 않습니다. 먼저 확인을 요청합니다.</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>공공 자료</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>공공 자료, 최신이 아닐 수 있음</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>이 앱이 추정함</translation>
    </message>
    <message>
        <source>fictional sample made by this app</source>
        <translation>이 앱이 만든 가상 예시</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>Board certification: %1</source>
        <translation>전문의 자격: %1</translation>
    </message>
    <message>
        <source>Board certified</source>
        <translation>전문의 자격 있음</translation>
    </message>
    <message>
        <source>Board certified: %1</source>
        <translation>전문의 자격: %1</translation>
    </message>
    <message>
        <source>Not board certified</source>
        <translation>전문의 자격 없음</translation>
    </message>
    <message>
        <source>Sample ID</source>
        <translation>가상 예시 ID</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>가상 예시 의사, 실존 인물 아님</translation>
    </message>
    <message>
        <source>fictional; not an NPI</source>
        <translation>가상 번호, NPI 아님</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>이 목록에 없음</translation>
    </message>
    <message>
        <source>Languages the doctor speaks</source>
        <translation>의사가 하는 언어</translation>
    </message>
    <message>
        <source>ages %1 to %2</source>
        <translation>%1~%2세</translation>
    </message>
    <message>
        <source>ages %1 and up</source>
        <translation>%1세 이상</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>가상 예시</translation>
    </message>
    <message>
        <source>Ages seen</source>
        <translation>진료 연령</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>병원</translation>
    </message>
    <message>
        <source>none in this directory; ask the medical group which it uses.</source>
        <translation>이 목록에 없음. 의료 그룹에 어느 병원을 이용하는지 문의하십시오.</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>이 목록에 없음. 플랜에 전화하십시오</translation>
    </message>
    <message>
        <source>sample office, fictional</source>
        <translation>가상 예시 진료소, 실존하지 않음</translation>
    </message>
    <message>
        <source>Address not in this directory; call the plan</source>
        <translation>주소가 이 목록에 없음. 플랜에 전화하십시오</translation>
    </message>
    <message>
        <source>not in this directory; call the office</source>
        <translation>이 목록에 없음. 진료소에 전화하십시오</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>진료 시간</translation>
    </message>
    <message>
        <source>Office staff speak</source>
        <translation>진료소 직원 사용 언어</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>가상 예시 그룹, 실존하지 않음</translation>
    </message>
    <message>
        <source>group code</source>
        <translation>그룹 코드</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>가상 예시 ID, 실제 아님</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>PCP ID</translation>
    </message>
    <message>
        <source>PCP ID: not in this directory: the plan gives it when you enroll</source>
        <translation>PCP ID: 이 목록에 없음: 가입할 때 플랜이 알려 줍니다</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this group</source>
        <translation>이 목록의 어떤 HMO 네트워크에도 이 그룹이 없음</translation>
    </message>
    <message>
        <source>the plan lists this group; the doctor&apos;s practice was matched to it by name</source>
        <translation>플랜 목록에 이 그룹이 있으며, 의사의 진료소는 이름으로 이 그룹과 연결했습니다</translation>
    </message>
    <message>
        <source>video visits</source>
        <translation>화상 진료</translation>
    </message>
    <message>
        <source>not in this directory; ask the group or the plan</source>
        <translation>이 목록에 없음. 그룹이나 플랜에 문의하십시오</translation>
    </message>
    <message>
        <source>Group phone</source>
        <translation>그룹 전화</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>업무 시간 외 전화</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>의뢰 규칙</translation>
    </message>
    <message>
        <source>this doctor is generated sample data, not a real person.</source>
        <translation>이 의사는 만들어 낸 가상 예시 자료이며, 실존 인물이 아닙니다.</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>가상 예시 진료소, 실제 주소 아님</translation>
    </message>
    <message>
        <source>In your plan</source>
        <translation>본인의 플랜에 포함</translation>
    </message>
    <message>
        <source>This doctor is not in this plan.</source>
        <translation>이 의사는 이 플랜에 속하지 않습니다.</translation>
    </message>
    <message>
        <source>If you change plans and want to keep this doctor, these plans include them</source>
        <translation>플랜을 바꾸면서 이 의사를 계속 보고 싶다면, 이 의사가 속한 플랜은 다음과 같습니다</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group. Ask the doctor&apos;s office which HMO plans they take, then check with the plan.</source>
        <translation>이 목록의 어떤 HMO 네트워크에도 이 의사의 그룹이 없습니다. 의사의 진료소에 어떤 HMO 플랜을 받는지 문의한 후 플랜에 확인하십시오.</translation>
    </message>
    <message>
        <source>Not in an HMO network here</source>
        <translation>이 목록의 HMO 네트워크에 없음</translation>
    </message>
</context>
<context>
    <name>FindDoctorDialog</name>
    <message>
        <source>Find my current doctor</source>
        <translation>현재 의사 찾기</translation>
    </message>
    <message>
        <source>Doctor&apos;s name</source>
        <translation>의사 이름</translation>
    </message>
    <message>
        <source>Type the doctor&apos;s name, e.g. Nguyen or José</source>
        <translation>의사 이름을 입력하십시오. 예: Nguyen 또는 José</translation>
    </message>
    <message>
        <source>Only doctors with an office in my county</source>
        <translation>내 카운티에 진료소가 있는 의사만</translation>
    </message>
    <message>
        <source>Only doctors near me (choose a ZIP or county first)</source>
        <translation>가까운 의사만(먼저 ZIP이나 카운티 선택)</translation>
    </message>
    <message>
        <source>Only doctors with an office in %1 County</source>
        <translation>%1 카운티에 진료소가 있는 의사만</translation>
    </message>
    <message>
        <source>Doctors found</source>
        <translation>찾은 의사</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more offices</source>
        <translation>
            <numerusform>외 진료소 %Ln곳</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more medical groups</source>
        <translation>
            <numerusform>외 의료 그룹 %Ln곳</numerusform>
        </translation>
    </message>
    <message>
        <source>Start typing a first or last name.</source>
        <translation>이름이나 성을 입력하기 시작하십시오.</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>검색 도움말</translation>
    </message>
    <message>
        <source>Open the doctor&apos;s profile</source>
        <translation>의사 프로필 열기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>No office listed</source>
        <translation>등록된 진료소 없음</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group</source>
        <translation>이 목록의 어떤 HMO 네트워크에도 이 의사의 그룹이 없음</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>%1에 있음</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>%1에 없음</translation>
    </message>
    <message>
        <source>and 1 more office</source>
        <translation>외 진료소 1곳</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found. Press Enter to open the first.</source>
        <translation>
            <numerusform>의사 %Ln명을 찾았습니다. Enter 키를 누르면 첫 번째 의사가 열립니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>and 1 more medical group</source>
        <translation>외 의료 그룹 1곳</translation>
    </message>
    <message>
        <source>No doctor&apos;s name starts with &quot;%1&quot;. Check the spelling or type less.</source>
        <translation>&quot;%1&quot;(으)로 시작하는 의사 이름이 없습니다. 철자를 확인하거나 더 짧게 입력하십시오.</translation>
    </message>
    <message>
        <source>No doctor with an office in %2 County has a name that starts with &quot;%1&quot;. Check the spelling, type less, or clear the box above to search all of California.</source>
        <translation>%2 카운티에 진료소가 있는 의사 중 이름이 &quot;%1&quot;(으)로 시작하는 의사가 없습니다. 철자를 확인하거나, 더 짧게 입력하거나, 위 상자를 비워 캘리포니아 전체에서 검색하십시오.</translation>
    </message>
    <message>
        <source>1 doctor found. Press Enter to open the profile.</source>
        <translation>의사 1명을 찾았습니다. Enter 키를 누르면 프로필이 열립니다.</translation>
    </message>
    <message>
        <source>Only the first %1 are listed: type more of the name.</source>
        <translation>처음 %1명만 표시됩니다. 이름을 더 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose a plan to see whether each doctor is in it.</source>
        <translation>플랜을 선택하면 각 의사가 그 플랜에 속하는지 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>GroupBrowser</name>
    <message>
        <source>Choose a medical group</source>
        <translation>의료 그룹 선택</translation>
    </message>
    <message>
        <source>Search groups by name</source>
        <translation>이름으로 그룹 검색</translation>
    </message>
    <message>
        <source>Type a group name</source>
        <translation>그룹 이름 입력</translation>
    </message>
    <message>
        <source>Sort groups by</source>
        <translation>그룹 정렬 기준</translation>
    </message>
    <message>
        <source>Nearest first, then by county</source>
        <translation>가까운 순, 그다음 카운티 순</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Most accepting new patients</source>
        <translation>신규 환자를 가장 많이 받는 순</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>의료 그룹</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>평점</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>병원</translation>
    </message>
    <message>
        <source>Medical groups</source>
        <translation>의료 그룹</translation>
    </message>
    <message>
        <source>What choosing this group means</source>
        <translation>이 그룹을 선택한다는 것의 의미</translation>
    </message>
    <message>
        <source>No groups message</source>
        <translation>그룹 없음 안내</translation>
    </message>
    <message>
        <source>Choose this group</source>
        <translation>이 그룹 선택</translation>
    </message>
    <message>
        <source>Skip: search doctors in the whole plan</source>
        <translation>건너뛰기: 플랜 전체에서 의사 검색</translation>
    </message>
    <message>
        <source>Skip choosing a group</source>
        <translation>그룹 선택 건너뛰기</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>정렬:</translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>먼저 플랜을 선택하십시오. 1단계로 돌아가십시오.</translation>
    </message>
    <message>
        <source>Your care team in %1</source>
        <translation>%1의 진료팀</translation>
    </message>
    <message>
        <source>Choose a medical group in %1</source>
        <translation>%1의 의료 그룹 선택</translation>
    </message>
    <message>
        <source>Choose this care team</source>
        <translation>이 진료팀 선택</translation>
    </message>
    <message>
        <source>Continue to doctors</source>
        <translation>의사 선택으로 계속</translation>
    </message>
    <message>
        <source>Groups anywhere in California (choose a ZIP code or county above)</source>
        <translation>캘리포니아 전체의 그룹(위에서 ZIP 코드나 카운티 선택)</translation>
    </message>
    <message>
        <source>Groups the plan lists in %1 County</source>
        <translation>플랜이 %1 카운티에 등록한 그룹</translation>
    </message>
    <message>
        <source>This plan lists no medical groups here in the offline directory. Use &quot;Skip&quot; to search its doctors directly, or call the plan.</source>
        <translation>오프라인 목록에는 이 지역에 이 플랜의 의료 그룹이 없습니다. &quot;건너뛰기&quot;로 의사를 바로 검색하거나 플랜에 전화하십시오.</translation>
    </message>
    <message>
        <source>No group name matches your search. Clear the search to see the group.</source>
        <translation>검색과 일치하는 그룹 이름이 없습니다. 검색어를 지우면 그룹이 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>No group name matches your search. Clear the search to see all %Ln groups.</source>
        <translation>
            <numerusform>검색과 일치하는 그룹 이름이 없습니다. 검색어를 지우면 그룹 %Ln개가 모두 표시됩니다.</numerusform>
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
        <translation>HMO(건강 관리 기관)는 건강 플랜의 한 종류입니다. 진료를 조정해 주는 주치의(PCP)를 한 명 선택합니다. 응급 상황을 제외하고는 주치의가 속한 의료 그룹의 의사, 병원, 전문의를 이용하며, 전문의를 보려면 의뢰서가 필요합니다(참여 산부인과 의사는 의뢰서 없이 볼 수 있음).</translation>
    </message>
    <message>
        <source>Medical group / IPA</source>
        <translation>의료 그룹 / IPA</translation>
    </message>
    <message>
        <source>A group of doctors that contracts with HMO plans. An IPA (Independent Physician Association) is a network of doctors in their own offices. Your PCP&apos;s group decides referrals, which specialists you see and which hospital you use.</source>
        <translation>HMO 플랜과 계약한 의사들의 그룹입니다. IPA(독립 의사 협회)는 각자 자기 진료소에서 일하는 의사들의 네트워크입니다. 주치의가 속한 그룹이 의뢰, 만날 전문의, 이용할 병원을 결정합니다.</translation>
    </message>
    <message>
        <source>Primary care physician (PCP)</source>
        <translation>주치의(PCP)</translation>
    </message>
    <message>
        <source>Your main doctor: check-ups, everyday illness, prescriptions and referrals.</source>
        <translation>나의 주 담당 의사: 건강 검진, 일상적인 질병, 처방, 전문의 의뢰를 맡습니다.</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>전문의</translation>
    </message>
    <message>
        <source>A doctor for one area of medicine, such as heart or skin. In an HMO you usually need a referral from your PCP first.</source>
        <translation>심장이나 피부처럼 한 분야를 전문으로 하는 의사입니다. HMO에서는 보통 먼저 주치의(PCP)의 의뢰서가 필요합니다.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>의뢰서</translation>
    </message>
    <message>
        <source>Your PCP&apos;s request, approved by the medical group, for you to see a specialist or get a service. You do not need one to see a participating OB/GYN.</source>
        <translation>전문의를 보거나 서비스를 받을 수 있도록 주치의(PCP)가 요청하고 의료 그룹이 승인한 것입니다. 참여 산부인과 의사를 볼 때는 필요 없습니다.</translation>
    </message>
    <message>
        <source>The four primary care specialties</source>
        <translation>1차 진료의 네 가지 전문 분야</translation>
    </message>
    <message>
        <source>Family medicine (all ages), internal medicine (adults), pediatrics (children and teens), and OB/GYN (women&apos;s health; some plans let an OB/GYN be your PCP). In California every HMO member can see a participating OB/GYN without a referral or prior approval; your plan may require the OB/GYN to be in your medical group.</source>
        <translation>가정의학과(모든 연령), 내과(성인), 소아과(어린이와 청소년), 산부인과(OB/GYN, 여성 건강. 일부 플랜은 산부인과 의사를 주치의로 허용). 캘리포니아에서는 모든 HMO 회원이 의뢰서나 사전 승인 없이 참여 산부인과 의사를 볼 수 있습니다. 플랜에 따라 산부인과 의사가 본인의 의료 그룹 소속이어야 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>신규 환자 접수 중</translation>
    </message>
    <message>
        <source>The doctor takes new patients in this plan. &quot;Existing patients only&quot; means the doctor is not taking new patients: only people already seen there; &quot;Existing patients and their family&quot; adds those patients&apos; relatives. If you choose a doctor who is not taking new patients, the plan may refuse the choice or give you another doctor, so call the office first. Always call the office to confirm: lists change often.</source>
        <translation>이 플랜으로 신규 환자를 받는 의사입니다. &quot;기존 환자만&quot;은 의사가 신규 환자를 받지 않고 이미 진료받고 있는 사람만 진료한다는 뜻이며, &quot;기존 환자와 그 가족만&quot;은 그 환자의 가족도 포함합니다. 신규 환자를 받지 않는 의사를 선택하면 플랜이 선택을 거부하거나 다른 의사를 배정할 수 있으니 먼저 진료소에 전화하십시오. 목록은 자주 바뀌므로 항상 진료소에 전화해 확인하십시오.</translation>
    </message>
    <message>
        <source>Sample doctors</source>
        <translation>가상 예시 의사</translation>
    </message>
    <message>
        <source>No public file lists California doctors with their groups, so the doctors in this directory are fictional samples, marked &quot;Sample doctor (fictional)&quot;, and so are their offices and phone numbers. Plans, the names of medical groups, hospitals and ZIP codes come from public data, with their dates. A hospital marked &quot;inferred&quot; is one near the offices, not one the doctor or group published; anything marked &quot;sample&quot; or &quot;fictional&quot; is made up.</source>
        <translation>캘리포니아 의사와 소속 그룹을 함께 나열한 공공 파일이 없으므로, 이 목록의 의사는 &quot;가상 예시 의사(실존 인물 아님)&quot;로 표시된 가상 예시이며, 진료소와 전화번호도 마찬가지입니다. 플랜, 의료 그룹 이름, 병원, ZIP 코드는 공공 자료에서 가져왔으며 날짜가 함께 표시됩니다. &quot;추정&quot;으로 표시된 병원은 진료소 근처의 병원일 뿐, 의사나 그룹이 공개한 병원이 아닙니다. &quot;가상 예시&quot; 또는 &quot;실존하지 않음&quot;으로 표시된 것은 모두 만들어 낸 것입니다.</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>도움말 및 용어집</translation>
    </message>
    <message>
        <source>Help: words you will see</source>
        <translation>도움말: 자주 보게 될 용어</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>도움말 닫기</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>아직 계십니까?</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>남은 시간(초)</translation>
    </message>
    <message>
        <source>When the count reaches 0, everything on this screen is cleared for the next person. Touch anywhere or press any key for more time.</source>
        <translation>숫자가 0이 되면 다음 사람을 위해 이 화면의 모든 내용이 지워집니다. 시간을 더 원하시면 아무 곳이나 누르거나 아무 키나 누르십시오.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>시간이 더 필요합니다</translation>
    </message>
    <message>
        <source>I&apos;m finished</source>
        <translation>다 끝났습니다</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything now</source>
        <translation>다 끝났습니다: 지금 모두 지우기</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>I&apos;m finished</source>
        <translation>다 끝났습니다</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything for the next person</source>
        <translation>다 끝났습니다: 다음 사람을 위해 모두 지우기</translation>
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
        <translation>HMO Desktop: 주치의 선택</translation>
    </message>
    <message>
        <source>%1 does not serve this area: choose a plan again.</source>
        <translation>%1은(는) 이 지역을 담당하지 않습니다. 플랜을 다시 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is not listed here: choose a medical group again.</source>
        <translation>%1은(는) 여기에 없습니다. 의료 그룹을 다시 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>PcpChooser</name>
    <message>
        <source>Choose your primary care doctor</source>
        <translation>주치의 선택</translation>
    </message>
    <message>
        <source>Where you are searching</source>
        <translation>검색 지역</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>의사</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>필터 숨기기</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Number of doctors found</source>
        <translation>찾은 의사 수</translation>
    </message>
    <message>
        <source>No doctors message</source>
        <translation>의사 없음 안내</translation>
    </message>
    <message>
        <source>Doctors left out for facts not in this directory</source>
        <translation>이 목록에 없는 정보 때문에 제외된 의사</translation>
    </message>
    <message>
        <source>See doctor&apos;s profile</source>
        <translation>의사 프로필 보기</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>필터 보기</translation>
    </message>
    <message>
        <source>About the selected doctor</source>
        <translation>선택한 의사 정보</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>all medical groups in the plan</source>
        <translation>플랜의 모든 의료 그룹</translation>
    </message>
    <message>
        <source>offices in %1 County, nearest to %2</source>
        <translation>%1 카운티의 진료소, %2에서 가까운 순</translation>
    </message>
    <message>
        <source>offices in %1 County</source>
        <translation>%1 카운티의 진료소</translation>
    </message>
    <message>
        <source>offices anywhere in California</source>
        <translation>캘리포니아 전체의 진료소</translation>
    </message>
</context>
<context>
    <name>PcpFilterPanel</name>
    <message>
        <source>Who is the doctor for?</source>
        <translation>누구의 의사입니까?</translation>
    </message>
    <message>
        <source>Patient&apos;s age</source>
        <translation>환자 나이</translation>
    </message>
    <message>
        <source>Enter age</source>
        <translation>나이 입력</translation>
    </message>
    <message>
        <source>Type the age of the person who needs the doctor; babies are 0</source>
        <translation>의사가 필요한 사람의 나이를 입력하십시오. 아기는 0입니다</translation>
    </message>
    <message>
        <source>Patient&apos;s sex (optional)</source>
        <translation>환자 성별(선택 사항)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>밝히지 않음</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>나이:</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>성별(선택 사항):</translation>
    </message>
    <message>
        <source>Primary care specialties</source>
        <translation>1차 진료 전문 분야</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>신규 환자</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Accepting new patients, or call to ask</source>
        <translation>신규 환자 접수 중 또는 전화로 문의</translation>
    </message>
    <message>
        <source>Not in this directory: call to ask</source>
        <translation>이 목록에 없음: 전화로 문의</translation>
    </message>
    <message>
        <source>Language the doctor speaks</source>
        <translation>의사가 하는 언어</translation>
    </message>
    <message>
        <source>Language the office staff speak</source>
        <translation>진료소 직원이 하는 언어</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>모든 언어</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender</source>
        <translation>의사 성별</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>상관없음</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>거리</translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>거리 상관없음</translation>
    </message>
    <message>
        <source>Within %1 miles</source>
        <translation>%1 mi 이내</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>병원</translation>
    </message>
    <message>
        <source>Any hospital</source>
        <translation>모든 병원</translation>
    </message>
    <message>
        <source>Offers video visits</source>
        <translation>화상 진료 제공</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>저녁 진료</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>토요일 진료</translation>
    </message>
    <message>
        <source>Wheelchair accessible office</source>
        <translation>휠체어 접근 가능한 진료소</translation>
    </message>
    <message>
        <source>Parking, entrance, inside, restroom, exam room and exam table all accessible</source>
        <translation>주차장, 출입구, 건물 내부, 화장실, 진찰실, 진찰대 모두 장애인 접근 가능</translation>
    </message>
    <message>
        <source>Sort doctors by</source>
        <translation>의사 정렬 기준</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>가까운 순</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>신규 환자:</translation>
    </message>
    <message>
        <source>Doctor speaks:</source>
        <translation>의사 언어:</translation>
    </message>
    <message>
        <source>Staff speak:</source>
        <translation>직원 언어:</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender:</source>
        <translation>의사 성별:</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>거리:</translation>
    </message>
    <message>
        <source>Hospital:</source>
        <translation>병원:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>정렬:</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (추정)</translation>
    </message>
</context>
<context>
    <name>PlanNotListedDialog</name>
    <message>
        <source>My plan is not listed</source>
        <translation>내 플랜이 목록에 없음</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>해야 할 일</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>PlanPicker</name>
    <message>
        <source>Choose your health plan</source>
        <translation>건강 플랜 선택</translation>
    </message>
    <message>
        <source>These HMO plans serve your area. Pick the one on your member ID card, or the one you are enrolling in.</source>
        <translation>이 HMO 플랜들이 거주 지역을 담당합니다. 회원 ID 카드에 있는 플랜이나 가입하려는 플랜을 고르십시오.</translation>
    </message>
    <message>
        <source>What is an HMO?</source>
        <translation>HMO란?</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>플랜</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>보험사</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>회원 서비스</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>자료 기준일</translation>
    </message>
    <message>
        <source>Health plans in your area</source>
        <translation>거주 지역의 건강 플랜</translation>
    </message>
    <message>
        <source>About the selected plan</source>
        <translation>선택한 플랜 정보</translation>
    </message>
    <message>
        <source>My plan is not listed</source>
        <translation>내 플랜이 목록에 없음</translation>
    </message>
    <message>
        <source>My plan is not listed: what to do</source>
        <translation>내 플랜이 목록에 없음: 해야 할 일</translation>
    </message>
    <message>
        <source>Continue with this plan</source>
        <translation>이 플랜으로 계속</translation>
    </message>
    <message>
        <source>No plans message</source>
        <translation>플랜 없음 안내</translation>
    </message>
    <message>
        <source>Opening the doctor directory...</source>
        <translation>의사 목록을 여는 중...</translation>
    </message>
    <message>
        <source>See your member ID card</source>
        <translation>회원 ID 카드를 보십시오</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>%1 카운티</translation>
    </message>
    <message>
        <source>California</source>
        <translation>캘리포니아</translation>
    </message>
    <message>
        <source>Choose your health plan in %1</source>
        <translation>%1의 건강 플랜 선택</translation>
    </message>
    <message>
        <source>ZIP %1 (%2)</source>
        <translation>ZIP %1 (%2)</translation>
    </message>
    <message>
        <source>No plan in this directory serves %1: it has only the plans in public files, and none of them lists this area. Check the ZIP code or pick another county. If you already have a plan, press &quot;My plan is not listed&quot; to see how to find its doctors.</source>
        <translation>이 목록에는 %1 지역을 담당하는 플랜이 없습니다. 이 목록에는 공공 파일에 있는 플랜만 있으며, 그중 이 지역을 담당하는 플랜이 없습니다. ZIP 코드를 확인하거나 다른 카운티를 고르십시오. 이미 플랜이 있다면 &quot;내 플랜이 목록에 없음&quot;을 눌러 의사를 찾는 방법을 확인하십시오.</translation>
    </message>
    <message>
        <source>Select your plan to see what it covers.</source>
        <translation>플랜을 선택하면 보장 내용이 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>무시</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find a primary care doctor</source>
        <translation>주치의 찾기</translation>
    </message>
    <message>
        <source>Choose your language, type your ZIP code if you like, then press Start. When you are done, press “I&apos;m finished”: everything you entered is cleared for the next person.</source>
        <translation>언어를 선택하고, 원하면 ZIP 코드를 입력한 후 시작을 누르십시오. 다 끝나면 “다 끝났습니다”를 누르십시오. 입력한 모든 내용이 다음 사람을 위해 지워집니다.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Your ZIP code (optional)</source>
        <translation>ZIP 코드(선택 사항)</translation>
    </message>
    <message>
        <source>Five digits, to list doctors near you.</source>
        <translation>가까운 의사를 보여 줄 다섯 자리 숫자.</translation>
    </message>
    <message>
        <source>Your ZIP code</source>
        <translation>내 ZIP 코드</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>ZIP 코드</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Staff only: enter the staff PIN</source>
        <translation>직원 전용: 직원 PIN 입력</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Find my current doctor</source>
        <translation>현재 의사 찾기</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>도움말 및 용어집</translation>
    </message>
    <message>
        <source>About</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data</source>
        <translation>HMO Desktop 및 자료 정보</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>처음부터 다시</translation>
    </message>
    <message>
        <source>Start over with a new member (also Ctrl+N)</source>
        <translation>새 가구원으로 처음부터 다시(Ctrl+N)</translation>
    </message>
    <message>
        <source>Forget this member&apos;s ZIP, plan, group, doctor, filters and searches</source>
        <translation>이 가구원의 ZIP, 플랜, 그룹, 의사, 필터, 검색 내용 지우기</translation>
    </message>
</context>
</TS>
