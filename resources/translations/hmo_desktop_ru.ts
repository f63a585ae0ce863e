<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>%1, age %2</source>
        <translation>%1, возраст %2</translation>
    </message>
    <message>
        <source>Next step for Medi-Cal: Health Care Options</source>
        <translation>Следующий шаг для Medi-Cal: Health Care Options</translation>
    </message>
    <message>
        <source>Before you enroll</source>
        <translation>Перед регистрацией</translation>
    </message>
    <message>
        <source>PCP ID:</source>
        <translation>ID-номер PCP:</translation>
    </message>
    <message>
        <source>Family medicine</source>
        <translation>Семейная медицина</translation>
    </message>
    <message>
        <source>Internal medicine</source>
        <translation>Терапия</translation>
    </message>
    <message>
        <source>Pediatrics</source>
        <translation>Педиатрия</translation>
    </message>
    <message>
        <source>OB/GYN</source>
        <translation>Акушерство и гинекология (OB/GYN)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семейная медицина</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Терапия</translation>
    </message>
    <message>
        <source>All ages, children to seniors; often the whole family.</source>
        <translation>Все возрасты, от детей до пожилых; часто вся семья.</translation>
    </message>
    <message>
        <source>Adults only: prevention and long-term conditions.</source>
        <translation>Только взрослые: профилактика и хронические заболевания.</translation>
    </message>
    <message>
        <source>Babies, children and teens (up to 18 or 21).</source>
        <translation>Младенцы, дети и подростки (до 18 или 21 года).</translation>
    </message>
    <message>
        <source>Women&apos;s health, pregnancy and gynecology; some act as a PCP.</source>
        <translation>Женское здоровье, беременность и гинекология; некоторые могут быть вашим PCP.</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>Принимает новых пациентов</translation>
    </message>
    <message>
        <source>Existing patients only</source>
        <translation>Только нынешние пациенты</translation>
    </message>
    <message>
        <source>Existing patients and their family</source>
        <translation>Нынешние пациенты и их семьи</translation>
    </message>
    <message>
        <source>Not accepting patients</source>
        <translation>Не принимает пациентов</translation>
    </message>
    <message>
        <source>Call to ask</source>
        <translation>Позвоните и спросите</translation>
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
        <translation>От работодателя и индивидуальные (коммерческие)</translation>
    </message>
    <message>
        <source>Accessible parking</source>
        <translation>Доступная парковка</translation>
    </message>
    <message>
        <source>Accessible entrance</source>
        <translation>Доступный вход</translation>
    </message>
    <message>
        <source>Accessible inside the building</source>
        <translation>Доступно внутри здания</translation>
    </message>
    <message>
        <source>Accessible restroom</source>
        <translation>Доступный туалет</translation>
    </message>
    <message>
        <source>Accessible exam room</source>
        <translation>Доступный смотровой кабинет</translation>
    </message>
    <message>
        <source>Height-adjustable exam table / accessible scale</source>
        <translation>Регулируемый по высоте смотровой стол / доступные весы</translation>
    </message>
    <message>
        <source>Sample doctor (fictional)</source>
        <translation>Пример врача (вымышленный, не настоящий)</translation>
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
        <translation>%1 мили</translation>
    </message>
    <message>
        <source>Languages: English only.</source>
        <translation>Языки: только английский.</translation>
    </message>
    <message>
        <source>Languages: English, %1. None of these translations has been reviewed by a fluent speaker yet; tell the team what reads wrong.</source>
        <translation>Языки: английский, %1. Ни один из этих переводов ещё не проверен носителем языка; сообщите команде, что звучит неправильно.</translation>
    </message>
    <message>
        <source>Languages: English, %1. Reviewed by a fluent speaker: %2.</source>
        <translation>Языки: английский, %1. Проверено носителем языка: %2.</translation>
    </message>
    <message>
        <source>To translate or review a language, open its file, resources/translations/hmo_desktop_&lt;code&gt;.ts, in Qt Linguist (README, &quot;Languages&quot;).</source>
        <translation>Чтобы перевести или проверить язык, откройте его файл resources/translations/hmo_desktop_&lt;code&gt;.ts в Qt Linguist (README, раздел «Languages»).</translation>
    </message>
    <message>
        <source>made by this app</source>
        <translation>создано этим приложением</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <source>fictional samples, made up by this app</source>
        <translation>вымышленные примеры, придуманные этим приложением</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>определено этим приложением</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>открытые данные, могут быть устаревшими</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>открытые данные</translation>
    </message>
    <message>
        <source>none (used while building)</source>
        <translation>нет (используется при сборке)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
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
        <translation>Строк</translation>
    </message>
    <message>
        <source>Works offline; sends nothing anywhere.</source>
        <translation>Работает без интернета; ничего никуда не отправляет.</translation>
    </message>
    <message>
        <source>Directory %1, checksum %2</source>
        <translation>Справочник %1, контрольная сумма %2</translation>
    </message>
    <message>
        <source>Data sources (%1)</source>
        <translation>Источники данных (%1)</translation>
    </message>
    <message>
        <source>About HMO Desktop</source>
        <translation>О программе HMO Desktop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data sources</source>
        <translation>О программе HMO Desktop и источниках данных</translation>
    </message>
    <message>
        <source>%1 (sample office)</source>
        <translation>%1 (пример кабинета, вымышленный)</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>Округ %1</translation>
    </message>
    <message>
        <source>Sample group: its office is a sample placed at a ZIP code center, %1 away.</source>
        <translation>Пример группы (вымышленный): её кабинет — пример, размещённый в центре почтового индекса (ZIP), на расстоянии %1.</translation>
    </message>
    <message>
        <source>Sample group: its office is not in this directory.</source>
        <translation>Пример группы (вымышленный): её кабинета нет в этом справочнике.</translation>
    </message>
    <message>
        <source>Serves %1; office address not in this directory.</source>
        <translation>Обслуживает: %1; адреса кабинета нет в этом справочнике.</translation>
    </message>
    <message>
        <source>No %1 doctors in this group here</source>
        <translation>Здесь в этой группе нет врачей по специальности «%1»</translation>
    </message>
    <message>
        <source>%1 of 1 %2 doctor is accepting new patients</source>
        <translation>Новых пациентов принимает %1 из 1 врача по специальности «%2»</translation>
    </message>
    <message numerus="yes">
        <source>%n counties</source>
        <translation>
            <numerusform>%n округ</numerusform>
            <numerusform>%n округа</numerusform>
            <numerusform>%n округов</numerusform>
        </translation>
    </message>
    <message>
        <source>Counties: %1</source>
        <translation>Округа: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln %2 doctors are accepting new patients</source>
        <translation>
            <numerusform>Новых пациентов принимает %1 из %Ln врача по специальности «%2»</numerusform>
            <numerusform>Новых пациентов принимает %1 из %Ln врачей по специальности «%2»</numerusform>
            <numerusform>Новых пациентов принимает %1 из %Ln врачей по специальности «%2»</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Нет оценки</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Не опубликовано</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (определено)</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan with one Permanente Medical Group per region. Enter your ZIP code or county above, or choose the group of the region where you live: Northern or Southern California.</source>
        <translation>Kaiser Permanente — интегрированный план: в каждом регионе одна Permanente Medical Group. Введите почтовый индекс (ZIP) или округ выше или выберите группу региона, где вы живёте: Северная или Южная Калифорния.</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, with a care team at each PACE center. Enter your ZIP code or county above, or choose the center where you live.</source>
        <translation>PACE — для людей от 55 лет, с командой медицинского обслуживания в каждом центре PACE. Введите почтовый индекс (ZIP) или округ выше или выберите центр, где вы живёте.</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group of your region, so there is no medical group to choose. Continue to choose your doctor.</source>
        <translation>Kaiser Permanente — интегрированный план: все его врачи входят в Permanente Medical Group вашего региона, поэтому выбирать медицинскую группу не нужно. Продолжайте, чтобы выбрать врача.</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older. Your care team, your doctor included, is at your PACE center, so there is no medical group to choose. Continue to see the center&apos;s doctors.</source>
        <translation>PACE — для людей от 55 лет. Ваша команда медицинского обслуживания, включая вашего врача, находится в вашем центре PACE, поэтому выбирать медицинскую группу не нужно. Продолжайте, чтобы увидеть врачей центра.</translation>
    </message>
    <message>
        <source>Your doctor belongs to a medical group. The group decides referrals to specialists and which hospitals you use. Numbers show doctors accepting new patients, for patients of any age.</source>
        <translation>Ваш врач входит в медицинскую группу. Группа решает вопросы направлений к специалистам и того, в какие больницы вы обращаетесь. Числа показывают, сколько врачей принимает новых пациентов любого возраста.</translation>
    </message>
    <message>
        <source>If you choose this group, your PCP and your specialists come from it, and referrals to specialists go through it.</source>
        <translation>Если вы выберете эту группу, ваш PCP и ваши специалисты будут из неё, и направления к специалистам будут проходить через неё.</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>Правила направлений</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>Линия в нерабочее время</translation>
    </message>
    <message>
        <source>not in this directory: see your member ID card or call the plan.</source>
        <translation>нет в этом справочнике: см. вашу ID-карту участника или позвоните в план.</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>Врачи</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>Оценка качества</translation>
    </message>
    <message>
        <source>Plan group code</source>
        <translation>Код группы в плане</translation>
    </message>
    <message>
        <source>Sample group (fictional): this plan&apos;s group list is not available offline, so this group and everything said about it are samples.</source>
        <translation>Пример группы (вымышленный): список групп этого плана недоступен без интернета, поэтому эта группа и всё, что о ней сказано, — вымышленные примеры.</translation>
    </message>
    <message>
        <source>The plan&apos;s own care team. Its doctors in this directory are samples.</source>
        <translation>Собственная команда медицинского обслуживания плана. Её врачи в этом справочнике — вымышленные примеры.</translation>
    </message>
    <message>
        <source>Listed by the carrier for this network in 2017-18. Networks change every year: call the plan to confirm.</source>
        <translation>Опубликовано страховой компанией для этой сети в 2017-18 гг. Сети меняются каждый год: позвоните в план, чтобы уточнить.</translation>
    </message>
    <message>
        <source>Not published: ask the group or the plan which hospitals it uses.</source>
        <translation>Не опубликовано: спросите в группе или в плане, с какими больницами они работают.</translation>
    </message>
    <message>
        <source>%1 (CMS rating %2 of 5)</source>
        <translation>%1 (оценка CMS: %2 из 5)</translation>
    </message>
    <message>
        <source>inferred from distance, not published by the group</source>
        <translation>определено по расстоянию, не опубликовано группой</translation>
    </message>
    <message>
        <source>sample, fictional</source>
        <translation>пример, вымышленный</translation>
    </message>
    <message>
        <source>not in this directory: ask the group or the plan.</source>
        <translation>нет в этом справочнике: спросите в группе или в плане.</translation>
    </message>
    <message>
        <source>You can see an OB/GYN in your plan&apos;s network without a referral or prior approval (California law); the plan may require the OB/GYN to be in your medical group.</source>
        <translation>Вы можете обратиться к акушеру-гинекологу (OB/GYN) из сети вашего плана без направления и без предварительного разрешения (закон Калифорнии); план может требовать, чтобы OB/GYN был из вашей медицинской группы.</translation>
    </message>
    <message>
        <source>How a PACE member&apos;s doctor is assigned: when you enroll, the PACE center&apos;s care team assigns you a primary care doctor who works at the center. You can ask the center for a particular doctor on its team.</source>
        <translation>Как назначается врач участника PACE: при регистрации команда центра PACE назначает вам врача первичной медицинской помощи, который работает в центре. Вы можете попросить центр о конкретном враче из его команды.</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>Основной выбор</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Запасной %1</translation>
    </message>
    <message>
        <source>The selected member&apos;s doctors</source>
        <translation>Врачи выбранного члена семьи</translation>
    </message>
    <message>
        <source>This member&apos;s plan</source>
        <translation>План этого члена семьи</translation>
    </message>
    <message>
        <source>Plan for this member:</source>
        <translation>План для этого члена семьи:</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Врач</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Новые пациенты</translation>
    </message>
    <message>
        <source>Make first choice</source>
        <translation>Сделать основным</translation>
    </message>
    <message>
        <source>Make this doctor the member&apos;s first choice</source>
        <translation>Сделать этого врача основным выбором члена семьи</translation>
    </message>
    <message>
        <source>Remove doctor</source>
        <translation>Убрать врача</translation>
    </message>
    <message>
        <source>Remove this doctor from the member&apos;s choices</source>
        <translation>Убрать этого врача из выбора члена семьи</translation>
    </message>
    <message>
        <source>Select a member to see their plan and doctors.</source>
        <translation>Выберите члена семьи, чтобы увидеть его план и врачей.</translation>
    </message>
    <message>
        <source>%1&apos;s plan and doctors</source>
        <translation>План и врачи: %1</translation>
    </message>
    <message>
        <source>The household&apos;s plan (%1)</source>
        <translation>План семьи (%1)</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>ещё не выбран</translation>
    </message>
    <message>
        <source>Type the member&apos;s first name or a nickname.</source>
        <translation>Введите имя члена семьи или короткое имя.</translation>
    </message>
    <message>
        <source>That name is long: a first name or a nickname is enough.</source>
        <translation>Имя слишком длинное: достаточно имени или короткого имени.</translation>
    </message>
    <message>
        <source>Type a first name or nickname only: no numbers, dates, IDs or addresses.</source>
        <translation>Введите только имя или короткое имя: без цифр, дат, номеров и адресов.</translation>
    </message>
    <message>
        <source>The age must be from 0 to 120.</source>
        <translation>Возраст должен быть от 0 до 120.</translation>
    </message>
    <message>
        <source>Choose female, male, or leave sex not given.</source>
        <translation>Выберите женский или мужской пол или оставьте пол не указанным.</translation>
    </message>
    <message>
        <source>One of the access needs is not known to this app.</source>
        <translation>Одна из потребностей в доступности неизвестна этому приложению.</translation>
    </message>
    <message>
        <source>This member cannot be added as given.</source>
        <translation>Этого члена семьи нельзя добавить с такими данными.</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>основной выбор</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>запасной %1</translation>
    </message>
    <message>
        <source>%1 has no PCP yet.</source>
        <translation>У %1 пока нет PCP.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is no longer in this directory for this plan; choose another doctor.</source>
        <translation>%1: %2 (%3) больше нет в этом справочнике для этого плана; выберите другого врача.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in this member&apos;s plan.</source>
        <translation>%1: %2 (%3) нет в плане этого члена семьи.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not taking new patients.</source>
        <translation>%1: %2 (%3) не принимает новых пациентов.</translation>
    </message>
    <message>
        <source>%1: this directory does not say whether %2 (%3) takes new patients; call to ask.</source>
        <translation>%1: в этом справочнике не сказано, принимает ли %2 (%3) новых пациентов; позвоните и спросите.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) sees patients up to age %4; %1 ages out within a year.</source>
        <translation>%1: %2 (%3) принимает пациентов до %4 лет; %1 достигнет этого возраста в течение года.</translation>
    </message>
    <message>
        <source>Add the members of the household, one at a time.</source>
        <translation>Добавьте членов семьи по одному.</translation>
    </message>
    <message>
        <source>Everyone has a PCP, and nothing needs another look.</source>
        <translation>У всех есть PCP, больше ничего проверять не нужно.</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (пример, вымышленный)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>нет в этом справочнике</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, на %2</translation>
    </message>
    <message>
        <source>needs a ZIP</source>
        <translation>нужен почтовый индекс (ZIP)</translation>
    </message>
    <message>
        <source>not known here: open this doctor from the doctor step</source>
        <translation>здесь неизвестно: откройте этого врача на шаге выбора врача</translation>
    </message>
    <message>
        <source>Evening: %1; Saturday: %2</source>
        <translation>Вечером: %1; в субботу: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Да: %1</translation>
    </message>
    <message>
        <source>not in this directory: ask the medical group</source>
        <translation>нет в этом справочнике: спросите в медицинской группе</translation>
    </message>
    <message>
        <source>Doctor: %1. Office: %2. Group: %3. Plan: %4.</source>
        <translation>Врач: %1. Кабинет: %2. Группа: %3. План: %4.</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Расстояние</translation>
    </message>
    <message>
        <source>Doctor&apos;s languages</source>
        <translation>Языки врача</translation>
    </message>
    <message>
        <source>Staff languages</source>
        <translation>Языки персонала</translation>
    </message>
    <message>
        <source>Evening and Saturday hours</source>
        <translation>Вечерние и субботние часы</translation>
    </message>
    <message>
        <source>Video visits</source>
        <translation>Видеоприём</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Доступность</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Больницы</translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation>Сертификация по специальности</translation>
    </message>
    <message>
        <source>Group rating</source>
        <translation>Оценка группы</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>Источник и дата</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Household: everyone enrolling together</source>
        <translation>Семья: все, кто регистрируется вместе</translation>
    </message>
    <message>
        <source>1 doctor can see everyone (ages %1).</source>
        <translation>1 врач может принять всех (возраст %1).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors can see everyone (ages %1).</source>
        <translation>
            <numerusform>%Ln врач может принять всех (возраст %1).</numerusform>
            <numerusform>%Ln врача могут принять всех (возраст %1).</numerusform>
            <numerusform>%Ln врачей могут принять всех (возраст %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Same doctor for the family</source>
        <translation>Один врач для всей семьи</translation>
    </message>
    <message>
        <source>Doctors who can see every member</source>
        <translation>Врачи, которые могут принять каждого члена семьи</translation>
    </message>
    <message>
        <source>Doctors for the whole family</source>
        <translation>Врачи для всей семьи</translation>
    </message>
    <message>
        <source>Doctors for everyone</source>
        <translation>Врачи для всех</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член семьи</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>PCP</source>
        <translation>PCP</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Запасные</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>Члены семьи</translation>
    </message>
    <message>
        <source>Use the current doctor</source>
        <translation>Выбрать текущего врача</translation>
    </message>
    <message>
        <source>Use the current doctor as this member&apos;s first choice</source>
        <translation>Выбрать текущего врача основным для этого члена семьи</translation>
    </message>
    <message>
        <source>Add as a backup</source>
        <translation>Добавить как запасного</translation>
    </message>
    <message>
        <source>Add the current doctor as this member&apos;s backup</source>
        <translation>Добавить текущего врача как запасного для этого члена семьи</translation>
    </message>
    <message>
        <source>Change member</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Change this member</source>
        <translation>Изменить данные этого члена семьи</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Убрать из семьи</translation>
    </message>
    <message>
        <source>Remove this member</source>
        <translation>Удалить этого члена семьи</translation>
    </message>
    <message>
        <source>What to look at again</source>
        <translation>Что проверить ещё раз</translation>
    </message>
    <message>
        <source>Compare the chosen doctors</source>
        <translation>Сравнить выбранных врачей</translation>
    </message>
    <message>
        <source>Members, or compare</source>
        <translation>Члены семьи или сравнение</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Члены семьи</translation>
    </message>
    <message>
        <source>C&amp;ompare doctors</source>
        <translation>&amp;Сравнить врачей</translation>
    </message>
    <message>
        <source>Needs a PCP</source>
        <translation>Нужен PCP</translation>
    </message>
    <message>
        <source>Choose a plan and add the members first.</source>
        <translation>Сначала выберите план и добавьте членов семьи.</translation>
    </message>
    <message>
        <source>Use the current doctor for %1</source>
        <translation>Выбрать текущего врача для: %1</translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation>Сводка для регистрации</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>Имя или короткое имя</translation>
    </message>
    <message>
        <source>Sex (optional)</source>
        <translation>Пол (необязательно)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Preferred language (optional)</source>
        <translation>Предпочитаемый язык (необязательно)</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>Доступ для инвалидной коляски</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>Вечерние часы</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>Субботние часы</translation>
    </message>
    <message>
        <source>Wants an OB/GYN as PCP</source>
        <translation>Хочет OB/GYN в качестве PCP</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Добавить члена семьи</translation>
    </message>
    <message>
        <source>Add this member</source>
        <translation>Добавить этого члена семьи</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Leave the member as they were</source>
        <translation>Оставить данные члена семьи без изменений</translation>
    </message>
    <message>
        <source>Why the member was not added</source>
        <translation>Почему член семьи не добавлен</translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation>Имя или короткое имя:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Возраст:</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>Пол (необязательно):</translation>
    </message>
    <message>
        <source>Language (optional):</source>
        <translation>Язык (необязательно):</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Save the changes to this member</source>
        <translation>Сохранить изменения для этого члена семьи</translation>
    </message>
    <message>
        <source>The saved household file was damaged. It was set aside, and the last good copy was opened instead: check the members and their doctors.</source>
        <translation>Сохранённый файл семьи был повреждён. Он отложен в сторону, и вместо него открыта последняя исправная копия: проверьте членов семьи и их врачей.</translation>
    </message>
    <message>
        <source>The saved household file was damaged, and there was no good copy to open. It was set aside; add the members again.</source>
        <translation>Сохранённый файл семьи был повреждён, и исправной копии не нашлось. Он отложен в сторону; добавьте членов семьи заново.</translation>
    </message>
    <message>
        <source>The saved household was kept by a newer version of HMO Desktop. It was left as it is; open it with that version.</source>
        <translation>Сохранённая семья записана более новой версией HMO Desktop. Она оставлена как есть; откройте её в той версии.</translation>
    </message>
    <message>
        <source>The saved household could not be brought up to date. It was left as it was; add the members again, or try again after updating HMO Desktop.</source>
        <translation>Сохранённую семью не удалось обновить. Она оставлена как была; добавьте членов семьи заново или попробуйте ещё раз после обновления HMO Desktop.</translation>
    </message>
    <message>
        <source>The saved household could not be opened.</source>
        <translation>Не удалось открыть сохранённую семью.</translation>
    </message>
    <message>
        <source>The saved household could not be opened: %1</source>
        <translation>Не удалось открыть сохранённую семью: %1</translation>
    </message>
    <message>
        <source>Your household kept on this computer is open: View &gt; Household.</source>
        <translation>Ваша семья, сохранённая на этом компьютере, открыта: Вид &gt; Семья.</translation>
    </message>
    <message>
        <source>Doctors no longer in this directory: %1. Choose others.</source>
        <translation>Врачей больше нет в этом справочнике: %1. Выберите других.</translation>
    </message>
    <message>
        <source>The household could not be saved in %1: %2. Nothing was changed there.</source>
        <translation>Не удалось сохранить семью в %1: %2. Там ничего не изменено.</translation>
    </message>
    <message>
        <source>Kept on this computer. Changes are saved as you make them.</source>
        <translation>Хранится на этом компьютере. Изменения сохраняются сразу.</translation>
    </message>
    <message>
        <source>This household is forgotten: nothing of it is kept on this computer.</source>
        <translation>Эта семья забыта: на этом компьютере ничего о ней не хранится.</translation>
    </message>
    <message>
        <source>Keep this household?</source>
        <translation>Сохранить эту семью?</translation>
    </message>
    <message>
        <source>Keep this household on this computer for next time?</source>
        <translation>Сохранить эту семью на этом компьютере на следующий раз?</translation>
    </message>
    <message>
        <source>Only the first names or nicknames, ages and chosen doctors are kept, in your user folder. On a shared computer, choose Don&apos;t keep.</source>
        <translation>Сохраняются только имена или короткие имена, возраст и выбранные врачи — в вашей папке пользователя. На общем компьютере выберите «Не сохранять».</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Don&apos;t keep</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Forget this household?</source>
        <translation>Забыть эту семью?</translation>
    </message>
    <message>
        <source>Its members and their doctors are removed from the screen, and the copy kept on this computer is deleted with its backups. This cannot be undone.</source>
        <translation>Члены семьи и их врачи будут убраны с экрана, а копия на этом компьютере будет удалена вместе с резервными копиями. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Забыть</translation>
    </message>
    <message>
        <source>&amp;Household…</source>
        <translation>&amp;Семья…</translation>
    </message>
    <message>
        <source>The family&apos;s members, their doctors, and the enrollment summary</source>
        <translation>Члены семьи, их врачи и сводка для регистрации</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>Принимает</translation>
    </message>
    <message>
        <source>%1; ages not in this directory</source>
        <translation>%1; возраст не указан в этом справочнике</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Медицинская группа</translation>
    </message>
    <message>
        <source>Save the enrollment summary</source>
        <translation>Сохранить сводку для регистрации</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Крупный шрифт</translation>
    </message>
    <message>
        <source>Large print summary</source>
        <translation>Сводка крупным шрифтом</translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation>Сохранить сводку в PDF…</translation>
    </message>
    <message>
        <source>Save the enrollment summary as a PDF file</source>
        <translation>Сохранить сводку для регистрации в файл PDF</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>Печать сводки…</translation>
    </message>
    <message>
        <source>Print the enrollment summary</source>
        <translation>Напечатать сводку для регистрации</translation>
    </message>
    <message>
        <source>Keep on this computer</source>
        <translation>Хранить на этом компьютере</translation>
    </message>
    <message>
        <source>Keep this household on this computer</source>
        <translation>Хранить эту семью на этом компьютере</translation>
    </message>
    <message>
        <source>Forget this household</source>
        <translation>Забыть эту семью</translation>
    </message>
    <message>
        <source>Close the household</source>
        <translation>Закрыть окно семьи</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>Хранится на этом компьютере</translation>
    </message>
    <message>
        <source>The summary is printing. Please collect it from the printer.</source>
        <translation>Сводка печатается. Заберите её из принтера.</translation>
    </message>
    <message>
        <source>The summary is ready. A staff member will print it for you.</source>
        <translation>Сводка готова. Сотрудник распечатает её для вас.</translation>
    </message>
    <message>
        <source>No printer is set up here. Please ask staff.</source>
        <translation>Принтер здесь не настроен. Обратитесь к сотруднику.</translation>
    </message>
    <message>
        <source>The summary could not be made. Please ask staff.</source>
        <translation>Не удалось создать сводку. Обратитесь к сотруднику.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Напечатать сводку</translation>
    </message>
    <message>
        <source>HMO Desktop kiosk</source>
        <translation>Киоск HMO Desktop</translation>
    </message>
    <message>
        <source>HMO Desktop</source>
        <translation>HMO Desktop</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Только для персонала</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN-код персонала</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>PIN-код персонала:</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Сообщение о PIN-коде</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Unlock staff settings</source>
        <translation>Разблокировать настройки персонала</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Вернуться в киоск</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Clear for the next person</source>
        <translation>Очистить для следующего человека</translation>
    </message>
    <message>
        <source>Clear everything now for the next person</source>
        <translation>Сейчас всё очистить для следующего человека</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Выйти из киоска</translation>
    </message>
    <message>
        <source>No staff PIN is set, so this kiosk cannot be left from here. To set one, run this on the computer, then start the kiosk again:

hmo-desktop --set-kiosk-pin

It is kept, as a salted hash, in %1</source>
        <translation>PIN-код персонала не задан, поэтому выйти из киоска отсюда нельзя. Чтобы задать его, выполните на компьютере эту команду, затем снова запустите киоск:

hmo-desktop --set-kiosk-pin

Он хранится в виде хеша с солью в %1</translation>
    </message>
    <message>
        <source>Configuration file: %1</source>
        <translation>Файл настроек: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Idle time before the warning: %1 seconds</source>
        <translation>Время бездействия до предупреждения: %1 с</translation>
    </message>
    <message>
        <source>The warning counts down from: %1 seconds</source>
        <translation>Обратный отсчёт предупреждения начинается с: %1 с</translation>
    </message>
    <message>
        <source>Text size for each new person: %1 %</source>
        <translation>Размер текста для каждого нового человека: %1 %</translation>
    </message>
    <message>
        <source>Summaries: PDF files in %1, emptied at every reset</source>
        <translation>Сводки: файлы PDF в %1, очищается при каждом сбросе</translation>
    </message>
    <message>
        <source>Summaries: printed on %1</source>
        <translation>Сводки: печатаются на %1</translation>
    </message>
    <message>
        <source>Summaries: no default printer is set up on this computer</source>
        <translation>Сводки: на этом компьютере не настроен принтер по умолчанию</translation>
    </message>
    <message>
        <source>The configuration file was not used: %1</source>
        <translation>Файл настроек не использован: %1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Слишком много неверных PIN-кодов. Повторите через %1 с.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Неверный PIN-код.</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Строка меню</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Другие меню</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open directory…</source>
        <translation>&amp;Открыть справочник…</translation>
    </message>
    <message>
        <source>Open another doctor directory file; it is checked before it is used</source>
        <translation>Открыть другой файл справочника врачей; перед использованием он проверяется</translation>
    </message>
    <message>
        <source>Open a doctor directory</source>
        <translation>Открыть справочник врачей</translation>
    </message>
    <message>
        <source>Doctor directories (*.sqlite)</source>
        <translation>Справочники врачей (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. You can keep working; if it happens again, send these details to the team.</source>
        <translation>В HMO Desktop произошла ошибка. Можно продолжать работу; если это повторится, отправьте эти сведения команде разработчиков.</translation>
    </message>
    <message>
        <source>The doctor directory is not an HMO Desktop directory.</source>
        <translation>Этот справочник врачей не является справочником HMO Desktop.</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is damaged.</source>
        <translation>Справочник врачей, поставляемый с HMO Desktop, повреждён.</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is missing.</source>
        <translation>Справочник врачей, поставляемый с HMO Desktop, отсутствует.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory.</source>
        <translation>У HMO Desktop нет права читать свой справочник врачей.</translation>
    </message>
    <message>
        <source>A folder is where HMO Desktop&apos;s doctor directory should be.</source>
        <translation>На месте справочника врачей HMO Desktop находится папка.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory&apos;s manifest.</source>
        <translation>У HMO Desktop нет права читать манифест своего справочника врачей.</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop is damaged.</source>
        <translation>Файл справочника врачей, переданный HMO Desktop, повреждён.</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop does not exist.</source>
        <translation>Файл справочника врачей, переданный HMO Desktop, не существует.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the doctor directory file it was given.</source>
        <translation>У HMO Desktop нет права читать переданный ей файл справочника врачей.</translation>
    </message>
    <message>
        <source>HMO Desktop was given a folder, not a doctor directory file.</source>
        <translation>HMO Desktop передана папка, а не файл справочника врачей.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the manifest of the doctor directory file it was given.</source>
        <translation>У HMO Desktop нет права читать манифест переданного ей файла справочника врачей.</translation>
    </message>
    <message>
        <source>This doctor directory needs a newer version of HMO Desktop.</source>
        <translation>Для этого справочника врачей нужна более новая версия HMO Desktop.</translation>
    </message>
    <message>
        <source>This doctor directory is too old for this version of HMO Desktop.</source>
        <translation>Этот справочник врачей слишком старый для этой версии HMO Desktop.</translation>
    </message>
    <message>
        <source>Reinstall HMO Desktop, or rebuild the directory with &apos;python -m hmo_desktop.datapack build&apos;.</source>
        <translation>Переустановите HMO Desktop или пересоберите справочник командой &apos;python -m hmo_desktop.datapack build&apos;.</translation>
    </message>
    <message>
        <source>Check that you may read it, or reinstall HMO Desktop.</source>
        <translation>Проверьте, есть ли у вас право читать его, или переустановите HMO Desktop.</translation>
    </message>
    <message>
        <source>Remove or rename that folder, then reinstall HMO Desktop or rebuild the directory.</source>
        <translation>Удалите или переименуйте эту папку, затем переустановите HMO Desktop или пересоберите справочник.</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use the directory that came with this version.</source>
        <translation>Обновите HMO Desktop или используйте справочник, поставляемый с этой версией.</translation>
    </message>
    <message>
        <source>Check the file given with --directory, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>Проверьте файл, указанный в --directory, или соберите новый командой &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</translation>
    </message>
    <message>
        <source>Check that you may read that file and the folders above it.</source>
        <translation>Проверьте, есть ли у вас право читать этот файл и папки, в которых он находится.</translation>
    </message>
    <message>
        <source>Check that you may read the .manifest.json file beside the directory file.</source>
        <translation>Проверьте, есть ли у вас право читать файл .manifest.json рядом с файлом справочника.</translation>
    </message>
    <message>
        <source>Give the path of a directory file (.sqlite), not of a folder.</source>
        <translation>Укажите путь к файлу справочника (.sqlite), а не к папке.</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use a directory built by this version.</source>
        <translation>Обновите HMO Desktop или используйте справочник, собранный этой версией.</translation>
    </message>
    <message>
        <source>HMO Desktop cannot use this doctor directory.</source>
        <translation>HMO Desktop не может использовать этот справочник врачей.</translation>
    </message>
    <message>
        <source>Choose another directory file, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>Выберите другой файл справочника или соберите новый командой &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</translation>
    </message>
    <message>
        <source>Open directory</source>
        <translation>Открыть справочник</translation>
    </message>
    <message>
        <source>%1

HMO Desktop keeps using the directory it had open.</source>
        <translation>%1

HMO Desktop продолжает использовать справочник, который был открыт.</translation>
    </message>
    <message>
        <source>File: %1
%2</source>
        <translation>Файл: %1
%2</translation>
    </message>
    <message>
        <source>Checking the directory file…</source>
        <translation>Проверка файла справочника…</translation>
    </message>
    <message>
        <source>HMO Desktop: choose your primary care doctor (%1)</source>
        <translation>HMO Desktop: выберите врача первичной медицинской помощи (%1)</translation>
    </message>
    <message>
        <source>Now using the directory %1.</source>
        <translation>Теперь используется справочник %1.</translation>
    </message>
    <message>
        <source>Sample?</source>
        <translation>Вымышленный?</translation>
    </message>
    <message>
        <source>Generated sample data, not a real person</source>
        <translation>Сгенерированные данные-пример, не настоящий человек</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <source>To a sample office placed at a ZIP code center</source>
        <translation>До кабинета-примера, размещённого в центре почтового индекса (ZIP)</translation>
    </message>
    <message>
        <source>Approximate: to the center of the office&apos;s ZIP code</source>
        <translation>Приблизительно: до центра почтового индекса (ZIP) кабинета</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>January</source>
        <translation>январь</translation>
    </message>
    <message>
        <source>February</source>
        <translation>февраль</translation>
    </message>
    <message>
        <source>March</source>
        <translation>март</translation>
    </message>
    <message>
        <source>April</source>
        <translation>апрель</translation>
    </message>
    <message>
        <source>May</source>
        <translation>май</translation>
    </message>
    <message>
        <source>June</source>
        <translation>июнь</translation>
    </message>
    <message>
        <source>July</source>
        <translation>июль</translation>
    </message>
    <message>
        <source>August</source>
        <translation>август</translation>
    </message>
    <message>
        <source>September</source>
        <translation>сентябрь</translation>
    </message>
    <message>
        <source>October</source>
        <translation>октябрь</translation>
    </message>
    <message>
        <source>November</source>
        <translation>ноябрь</translation>
    </message>
    <message>
        <source>December</source>
        <translation>декабрь</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, may be out of date</source>
        <translation>%1, могут быть устаревшими</translation>
    </message>
    <message>
        <source>Minimum Coverage</source>
        <translation>Минимальное покрытие</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Бронзовый</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Серебряный</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Золотой</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Платиновый</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for %1 County</source>
        <translation>План медицинского обслуживания Medi-Cal для округа %1</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for the counties it serves</source>
        <translation>План медицинского обслуживания Medi-Cal для обслуживаемых им округов</translation>
    </message>
    <message>
        <source>Covered California HMO (%1)</source>
        <translation>HMO Covered California (%1)</translation>
    </message>
    <message>
        <source>Covered California HMO</source>
        <translation>HMO Covered California</translation>
    </message>
    <message>
        <source>Employer and individual HMO</source>
        <translation>HMO от работодателя и индивидуальные</translation>
    </message>
    <message>
        <source>Medicare Advantage HMO</source>
        <translation>HMO Medicare Advantage</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group for your region, so there is no medical group to choose.</source>
        <translation>Kaiser Permanente — интегрированный план: все его врачи входят в Permanente Medical Group вашего региона, поэтому выбирать медицинскую группу не нужно.</translation>
    </message>
    <message>
        <source>PACE: for people 55 and older who need a nursing-home level of care and can live safely at home; your care team, including your doctor, is at the PACE center.</source>
        <translation>PACE (программа комплексной помощи пожилым): для людей от 55 лет, которым нужен уход на уровне дома престарелых и которые могут безопасно жить дома; ваша команда медицинского обслуживания, включая вашего врача, находится в центре PACE.</translation>
    </message>
    <message>
        <source>This plan&apos;s group list is from %1. Networks change every year: call the plan to confirm.</source>
        <translation>Список групп этого плана — на %1. Сети меняются каждый год: позвоните в план, чтобы уточнить.</translation>
    </message>
    <message>
        <source>This plan&apos;s information is from %1. Plans and networks change every year: call the plan to confirm.</source>
        <translation>Сведения об этом плане — на %1. Планы и сети меняются каждый год: позвоните в план, чтобы уточнить.</translation>
    </message>
    <message>
        <source>Medical groups: the carrier&apos;s published list, as of %1.</source>
        <translation>Медицинские группы: опубликованный список страховой компании на %1.</translation>
    </message>
    <message>
        <source>Plan list as of %1.</source>
        <translation>Список планов на %1.</translation>
    </message>
    <message>
        <source>This plan&apos;s medical group list is not available offline: the groups shown are samples.</source>
        <translation>Список медицинских групп этого плана недоступен без интернета: показанные группы — вымышленные примеры.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Источник: %1.</translation>
    </message>
    <message>
        <source>Medi-Cal health plans, by county (December 2025)</source>
        <translation>Планы медицинского обслуживания Medi-Cal по округам (декабрь 2025 г.)</translation>
    </message>
    <message>
        <source>Covered California HMOs (2017)</source>
        <translation>HMO Covered California (2017 г.)</translation>
    </message>
    <message>
        <source>Anthem Blue Cross and UnitedHealthcare employer and individual HMO networks (2017–18)</source>
        <translation>Сети HMO Anthem Blue Cross и UnitedHealthcare от работодателя и индивидуальные (2017–18 гг.)</translation>
    </message>
    <message>
        <source>Use your plan&apos;s own provider directory (on its website or in your welcome kit).</source>
        <translation>Используйте справочник поставщиков услуг вашего плана (на его сайте или в приветственном пакете).</translation>
    </message>
    <message>
        <source>Or call member services: the number is on your member ID card.</source>
        <translation>Или позвоните в Отдел обслуживания участников: номер указан на вашей ID-карте участника.</translation>
    </message>
    <message>
        <source>Ask which medical groups and doctors are in your network, near you.</source>
        <translation>Спросите, какие медицинские группы и врачи из вашей сети есть рядом с вами.</translation>
    </message>
    <message>
        <source>Your plan is not listed?</source>
        <translation>Вашего плана нет в списке?</translation>
    </message>
    <message>
        <source>This directory has only the plans in public files:</source>
        <translation>В этом справочнике есть только планы из открытых файлов:</translation>
    </message>
    <message>
        <source>If your plan is not here (for example a Blue Shield, Health Net or Kaiser Permanente plan through an employer, Sharp Health Plan or Western Health Advantage):</source>
        <translation>Если вашего плана здесь нет (например, план Blue Shield, Health Net или Kaiser Permanente через работодателя, Sharp Health Plan или Western Health Advantage):</translation>
    </message>
    <message>
        <source>On Medi-Cal? Health Care Options (1-800-430-4263) helps you choose a Medi-Cal plan.</source>
        <translation>У вас Medi-Cal? Health Care Options (1-800-430-4263) поможет выбрать план Medi-Cal.</translation>
    </message>
    <message>
        <source>You can still look up a doctor you know with &quot;Find my current doctor&quot;: the profile lists every plan in this directory that includes them.</source>
        <translation>Вы всё равно можете найти знакомого врача через «Найти моего врача»: в профиле перечислены все планы этого справочника, в которые он входит.</translation>
    </message>
    <message>
        <source>1  Plan</source>
        <translation>1  План</translation>
    </message>
    <message>
        <source>2  Medical group</source>
        <translation>2  Медицинская группа</translation>
    </message>
    <message>
        <source>3  Doctor</source>
        <translation>3  Врач</translation>
    </message>
    <message>
        <source>4  Doctor&apos;s profile</source>
        <translation>4  Профиль врача</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>English copy, for the doctor&apos;s office and the plan</source>
        <translation>Копия на английском языке для кабинета врача и для плана</translation>
    </message>
    <message>
        <source>Enrollment summary: your household’s doctor choices</source>
        <translation>Сводка для регистрации: выбор врачей для вашей семьи</translation>
    </message>
    <message>
        <source>Take this to your enrollment or keep it by the phone. Each person has their own page, with the PCP ID the plan asks for.</source>
        <translation>Возьмите это с собой на регистрацию или держите у телефона. У каждого человека своя страница с ID-номером PCP, который запрашивает план.</translation>
    </message>
    <message>
        <source>%1 (sample, fictional)</source>
        <translation>%1 (пример, вымышленный)</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it when you enroll</source>
        <translation>нет в этом справочнике: план сообщит его при регистрации</translation>
    </message>
    <message>
        <source>not in this directory: call the plan</source>
        <translation>нет в этом справочнике: позвоните в план</translation>
    </message>
    <message>
        <source>%1 (sample office, not a real address)</source>
        <translation>%1 (кабинет-пример, не настоящий адрес)</translation>
    </message>
    <message>
        <source>%1 (fictional number)</source>
        <translation>%1 (вымышленный номер)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>План:</translation>
    </message>
    <message>
        <source>No PCP chosen yet. Choose one before you enroll; if you do not, the plan chooses one for this person.</source>
        <translation>PCP ещё не выбран. Выберите его до регистрации; иначе план сам выберет PCP для этого человека.</translation>
    </message>
    <message>
        <source>none yet: no doctor chosen</source>
        <translation>пока нет: врач не выбран</translation>
    </message>
    <message>
        <source>Plan member services:</source>
        <translation>Отдел обслуживания участников плана:</translation>
    </message>
    <message>
        <source>not in this directory: it is on the plan’s letters and card</source>
        <translation>нет в этом справочнике: указан в письмах и на карте плана</translation>
    </message>
    <message>
        <source>When a PCP change takes effect:</source>
        <translation>Когда вступает в силу смена PCP:</translation>
    </message>
    <message>
        <source>often the first day of the next month; the plan confirms.</source>
        <translation>обычно с первого числа следующего месяца; план это подтверждает.</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Сеть:</translation>
    </message>
    <message>
        <source>Medical group:</source>
        <translation>Медицинская группа:</translation>
    </message>
    <message>
        <source>The plan’s code for this group:</source>
        <translation>Код этой группы в плане:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>Врач:</translation>
    </message>
    <message>
        <source>NPI:</source>
        <translation>NPI:</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>Новые пациенты:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Кабинет:</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>Телефон кабинета:</translation>
    </message>
    <message>
        <source>%1 (%2). PCP ID: %3.</source>
        <translation>%1 (%2). ID-номер PCP: %3.</translation>
    </message>
    <message>
        <source>another plan</source>
        <translation>другой план</translation>
    </message>
    <message>
        <source>%1 In %2, not this person’s plan.</source>
        <translation>%1 В плане %2, не в плане этого человека.</translation>
    </message>
    <message>
        <source>Backup %1:</source>
        <translation>Запасной %1:</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>кабинет</translation>
    </message>
    <message>
        <source>number not in this directory</source>
        <translation>номера нет в этом справочнике</translation>
    </message>
    <message>
        <source>Call to confirm: %1, %2</source>
        <translation>Позвоните, чтобы уточнить: %1, %2</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>ваш план</translation>
    </message>
    <message>
        <source>Does this office take %1?</source>
        <translation>Принимает ли этот кабинет %1?</translation>
    </message>
    <message>
        <source>Is %1 taking new patients in this plan?</source>
        <translation>Принимает ли %1 новых пациентов в этом плане?</translation>
    </message>
    <message>
        <source>Is the PCP ID still %1?</source>
        <translation>ID-номер PCP по-прежнему %1?</translation>
    </message>
    <message>
        <source>What PCP ID does the plan use for this doctor?</source>
        <translation>Какой ID-номер PCP использует план для этого врача?</translation>
    </message>
    <message>
        <source>Date called, and who you spoke with:</source>
        <translation>Дата звонка и с кем вы говорили:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>Health Care Options is the state’s Medi-Cal enrollment service. Tell them each person’s plan and PCP by phone or with the Choice Form in your enrollment packet.</source>
        <translation>Health Care Options — государственная служба регистрации в Medi-Cal. Сообщите им план и PCP каждого человека по телефону или с помощью формы выбора (Choice Form) из вашего регистрационного пакета.</translation>
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
        <translation>Семья может выбрать один план и одного PCP для всех или для каждого человека отдельно.</translation>
    </message>
    <message>
        <source>A person who does not choose within the time stated in the enrollment packet is assigned a plan.</source>
        <translation>Человеку, который не сделает выбор в срок, указанный в регистрационном пакете, план назначается.</translation>
    </message>
    <message>
        <source>Doctors, offices and PCP IDs marked “sample, fictional” are made up to show how the app works: they are not real.</source>
        <translation>Врачи, кабинеты и ID-номера PCP с пометкой «пример, вымышленный» придуманы, чтобы показать работу приложения: они не настоящие.</translation>
    </message>
    <message>
        <source>Directories go out of date. Call each office to confirm it takes the plan and is taking new patients before you enroll.</source>
        <translation>Справочники устаревают. Перед регистрацией позвоните в каждый кабинет и уточните, что там принимают ваш план и новых пациентов.</translation>
    </message>
    <message>
        <source>not stated by its sources</source>
        <translation>в источниках не указано</translation>
    </message>
    <message>
        <source>Directory data as of:</source>
        <translation>Дата данных справочника:</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>Откуда эти сведения</translation>
    </message>
    <message>
        <source>%1 (%2), %3.</source>
        <translation>%1 (%2), %3.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Размер текста</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Обычный размер текста</translation>
    </message>
    <message>
        <source>Monday</source>
        <comment>day of the week</comment>
        <translation>Понедельник</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <comment>day of the week</comment>
        <translation>Вторник</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <comment>day of the week</comment>
        <translation>Среда</translation>
    </message>
    <message>
        <source>Thursday</source>
        <comment>day of the week</comment>
        <translation>Четверг</translation>
    </message>
    <message>
        <source>Friday</source>
        <comment>day of the week</comment>
        <translation>Пятница</translation>
    </message>
    <message>
        <source>Saturday</source>
        <comment>day of the week</comment>
        <translation>Суббота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <comment>day of the week</comment>
        <translation>Воскресенье</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>от %1 до %2</translation>
    </message>
    <message>
        <source>parking</source>
        <translation>парковка</translation>
    </message>
    <message>
        <source>entrance</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>inside the building</source>
        <translation>внутри здания</translation>
    </message>
    <message>
        <source>restroom</source>
        <translation>туалет</translation>
    </message>
    <message>
        <source>exam room</source>
        <translation>смотровой кабинет</translation>
    </message>
    <message>
        <source>height-adjustable exam table and scale</source>
        <translation>регулируемые по высоте смотровой стол и весы</translation>
    </message>
    <message>
        <source>Wheelchair access: %1</source>
        <translation>Доступ для инвалидной коляски: %1</translation>
    </message>
    <message>
        <source>%1 yes</source>
        <translation>%1: да</translation>
    </message>
    <message>
        <source>%1 no</source>
        <translation>%1: нет</translation>
    </message>
    <message>
        <source>not in this directory: call the office</source>
        <translation>нет в этом справочнике: позвоните в кабинет</translation>
    </message>
    <message>
        <source>Taking new patients</source>
        <translation>Принимает новых пациентов</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients</source>
        <translation>Не принимает новых пациентов: только тех, кто уже у него лечится</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients, and their family</source>
        <translation>Не принимает новых пациентов: только тех, кто уже у него лечится, и их семьи</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>Не принимает новых пациентов</translation>
    </message>
    <message>
        <source>New patients: not in this directory: call the office to ask</source>
        <translation>Новые пациенты: нет в этом справочнике, позвоните в кабинет и спросите</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients in this plan. The plan may refuse or reassign the choice; call the doctor&apos;s office first to ask whether they will take you.</source>
        <translation>Этот врач не принимает новых пациентов в этом плане. План может отклонить этот выбор или назначить другого врача; сначала позвоните в кабинет врача и спросите, примут ли вас.</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients: if you are one, say so when you call.</source>
        <translation>В справочнике сказано, что врач принимает только тех, кто уже у него лечится: если это вы, скажите об этом при звонке.</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients, and those patients&apos; family: if that is you, say so when you call.</source>
        <translation>В справочнике сказано, что врач принимает только тех, кто уже у него лечится, и их семьи: если это про вас, скажите об этом при звонке.</translation>
    </message>
    <message>
        <source>OB/GYN: every HMO member can see a participating OB/GYN without a referral or prior approval (California law). Your plan may require the OB/GYN to be in your medical group.</source>
        <translation>OB/GYN: каждый участник HMO может обратиться к акушеру-гинекологу (OB/GYN) из сети без направления и без предварительного разрешения (закон Калифорнии). Ваш план может требовать, чтобы OB/GYN был из вашей медицинской группы.</translation>
    </message>
    <message>
        <source>inferred from distance, not published</source>
        <translation>определено по расстоянию, не опубликовано</translation>
    </message>
    <message>
        <source>Sample office near ZIP %1</source>
        <translation>Кабинет-пример рядом с индексом ZIP %1</translation>
    </message>
    <message>
        <source>%1 office</source>
        <translation>Кабинет: %1</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>кабинет-пример, не настоящий адрес</translation>
    </message>
    <message>
        <source>fictional number</source>
        <translation>вымышленный номер</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>пример, вымышленный</translation>
    </message>
    <message>
        <source>The doctor directory was replaced or changed while HMO Desktop was open.</source>
        <translation>Справочник врачей был заменён или изменён, пока HMO Desktop была открыта.</translation>
    </message>
    <message>
        <source>Close HMO Desktop and open it again; if you replaced the directory on purpose, it will be checked then.</source>
        <translation>Закройте HMO Desktop и откройте снова; если вы заменили справочник намеренно, он будет проверен при запуске.</translation>
    </message>
    <message>
        <source>Doctors shown are fictional samples. Plans and groups: public data, dated where marked. Always confirm with your plan.</source>
        <translation>Показанные врачи — вымышленные примеры. Планы и группы: открытые данные, с датой, где она указана. Всегда уточняйте в своём плане.</translation>
    </message>
    <message>
        <source>Real doctors from public files, with fictional samples where those files have none (marked Sample). Always confirm with your plan.</source>
        <translation>Настоящие врачи из открытых файлов и вымышленные примеры там, где в этих файлах никого нет (с пометкой «пример»). Всегда уточняйте в своём плане.</translation>
    </message>
    <message>
        <source>Doctors come from public provider files; see About for sources and dates. Always confirm with your plan.</source>
        <translation>Врачи взяты из открытых файлов о поставщиках услуг; источники и даты см. в разделе «О программе». Всегда уточняйте в своём плане.</translation>
    </message>
    <message>
        <source>This directory&apos;s newest data is from %1, more than a year ago. Plans and doctors may have changed: check with the plan before enrolling.</source>
        <translation>Самые новые данные этого справочника — на %1, более года назад. Планы и врачи могли измениться: уточните в плане перед регистрацией.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete one digit</source>
        <translation>Удалить одну цифру</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>Очистить все цифры</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>%1 (no font on this computer shows it)</source>
        <translation>%1 (на этом компьютере нет шрифта для этого языка)</translation>
    </message>
    <message>
        <source>%1 could not be loaded; the language stays as it was.</source>
        <translation>Не удалось загрузить язык %1; язык остаётся прежним.</translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation>Американский жестовый язык</translation>
    </message>
    <message>
        <source>Who is the doctor for?</source>
        <translation>Для кого нужен врач?</translation>
    </message>
    <message>
        <source>1 doctor found</source>
        <translation>Найден 1 врач</translation>
    </message>
    <message>
        <source>1 doctor found, at %1 office listings</source>
        <translation>Найден 1 врач, мест приёма: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found</source>
        <translation>
            <numerusform>Найден %Ln врач</numerusform>
            <numerusform>Найдено %Ln врача</numerusform>
            <numerusform>Найдено %Ln врачей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found, at %1 office listings</source>
        <translation>
            <numerusform>Найден %Ln врач, мест приёма: %1</numerusform>
            <numerusform>Найдено %Ln врача, мест приёма: %1</numerusform>
            <numerusform>Найдено %Ln врачей, мест приёма: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>Сначала выберите план: вернитесь к шагу 1.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s age on the left (0 for a baby). The list then shows only doctors who see patients that age.</source>
        <translation>Введите возраст пациента слева (0 для младенца). Тогда в списке останутся только врачи, которые принимают пациентов этого возраста.</translation>
    </message>
    <message>
        <source>a larger distance</source>
        <translation>большее расстояние</translation>
    </message>
    <message>
        <source>any language for the doctor</source>
        <translation>любой язык врача</translation>
    </message>
    <message>
        <source>any language for the office staff</source>
        <translation>любой язык персонала кабинета</translation>
    </message>
    <message>
        <source>any new-patient status</source>
        <translation>любой статус приёма новых пациентов</translation>
    </message>
    <message>
        <source>any gender</source>
        <translation>любой пол</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>любую больницу</translation>
    </message>
    <message>
        <source>fewer accessibility needs</source>
        <translation>меньше требований к доступности</translation>
    </message>
    <message>
        <source>doctors without video visits</source>
        <translation>врачей без видеоприёма</translation>
    </message>
    <message>
        <source>any office hours</source>
        <translation>любые часы работы</translation>
    </message>
    <message>
        <source>all groups in the plan</source>
        <translation>все группы плана</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, so this plan has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>PACE — для людей от 55 лет, поэтому в этом плане нет врача для этого пациента. Вернитесь к шагу 1 и выберите другой план.</translation>
    </message>
    <message>
        <source>This plan is for people %1 and older, so it has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>Этот план — для людей от %1 лет, поэтому в нём нет врача для этого пациента. Вернитесь к шагу 1 и выберите другой план.</translation>
    </message>
    <message>
        <source>No specialty is selected. Tick at least one of the specialties on the left.</source>
        <translation>Не выбрана ни одна специальность. Отметьте слева хотя бы одну специальность.</translation>
    </message>
    <message>
        <source>No doctor matches these filters. Press &quot;Clear filters&quot; to start over.</source>
        <translation>Ни один врач не подходит под эти фильтры. Нажмите «Сбросить фильтры», чтобы начать заново.</translation>
    </message>
    <message>
        <source>No doctor matches every filter. Try %1: that shows 1 doctor.</source>
        <translation>Ни один врач не подходит под все фильтры. Попробуйте %1: тогда будет показан 1 врач.</translation>
    </message>
    <message numerus="yes">
        <source>No doctor matches every filter. Try %1: that shows %Ln doctors.</source>
        <translation>
            <numerusform>Ни один врач не подходит под все фильтры. Попробуйте %1: тогда будет показан %Ln врач.</numerusform>
            <numerusform>Ни один врач не подходит под все фильтры. Попробуйте %1: тогда будут показаны %Ln врача.</numerusform>
            <numerusform>Ни один врач не подходит под все фильтры. Попробуйте %1: тогда будут показаны %Ln врачей.</numerusform>
        </translation>
    </message>
    <message>
        <source>whether they take new patients</source>
        <translation>принимает ли врач новых пациентов</translation>
    </message>
    <message>
        <source>which languages the doctor speaks</source>
        <translation>на каких языках говорит врач</translation>
    </message>
    <message>
        <source>which languages the office staff speak</source>
        <translation>на каких языках говорит персонал кабинета</translation>
    </message>
    <message>
        <source>the doctor&apos;s gender</source>
        <translation>пол врача</translation>
    </message>
    <message>
        <source>the office&apos;s wheelchair access</source>
        <translation>доступ в кабинет для инвалидной коляски</translation>
    </message>
    <message>
        <source>whether they offer video visits</source>
        <translation>есть ли видеоприём</translation>
    </message>
    <message>
        <source>the office&apos;s hours</source>
        <translation>часы работы кабинета</translation>
    </message>
    <message>
        <source>1 more doctor is left out because the directory does not say %2.</source>
        <translation>Ещё 1 врач исключён, потому что в справочнике не указано: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more doctors are left out because the directory does not say %1.</source>
        <translation>
            <numerusform>Ещё %Ln врач исключён, потому что в справочнике не указано: %1.</numerusform>
            <numerusform>Ещё %Ln врача исключены, потому что в справочнике не указано: %1.</numerusform>
            <numerusform>Ещё %Ln врачей исключены, потому что в справочнике не указано: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call their offices to ask.</source>
        <translation>Позвоните в их кабинеты и спросите.</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>This doctor is not taking new patients</source>
        <translation>Этот врач не принимает новых пациентов</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>Не принимает новых пациентов</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What choosing this doctor means</source>
        <translation>Что значит выбрать этого врача</translation>
    </message>
    <message>
        <source>Choose anyway</source>
        <translation>Всё равно выбрать</translation>
    </message>
    <message>
        <source>Choose this doctor anyway</source>
        <translation>Всё равно выбрать этого врача</translation>
    </message>
    <message>
        <source>Pick another doctor</source>
        <translation>Выбрать другого врача</translation>
    </message>
</context>
<context>
    <name>AreaBar</name>
    <message>
        <source>Your ZIP code</source>
        <translation>Ваш почтовый индекс (ZIP)</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Почтовый индекс (ZIP)</translation>
    </message>
    <message>
        <source>Your county</source>
        <translation>Ваш округ</translation>
    </message>
    <message>
        <source>All of California</source>
        <translation>Вся Калифорния</translation>
    </message>
    <message>
        <source>ZIP code message</source>
        <translation>Сообщение о почтовом индексе (ZIP)</translation>
    </message>
    <message>
        <source>ZIP:</source>
        <translation>ZIP:</translation>
    </message>
    <message>
        <source>or county:</source>
        <translation>или округ:</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code, or pick a county.</source>
        <translation>Введите 5-значный почтовый индекс (ZIP) или выберите округ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole ZIP code. A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>«%1» — неполный почтовый индекс (ZIP). Индекс ZIP состоит из 5 цифр, например 94110 (или ZIP+4, например 94110-1234).</translation>
    </message>
    <message>
        <source>%1, %2 County</source>
        <translation>%1, округ %2</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code.</source>
        <translation>Введите 5-значный почтовый индекс (ZIP).</translation>
    </message>
    <message>
        <source>Type the ZIP code with the digits 0-9.</source>
        <translation>Введите почтовый индекс (ZIP) цифрами 0-9.</translation>
    </message>
    <message>
        <source>A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>Индекс ZIP состоит из 5 цифр, например 94110 (или ZIP+4, например 94110-1234).</translation>
    </message>
    <message>
        <source>%1 is not a California ZIP code. HMO Desktop covers California plans; enter a California ZIP or pick a county.</source>
        <translation>%1 — не почтовый индекс (ZIP) Калифорнии. HMO Desktop охватывает планы Калифорнии; введите индекс ZIP Калифорнии или выберите округ.</translation>
    </message>
    <message>
        <source>ZIP %1 is not in our list of California ZIP codes (it may be a PO box or a new ZIP). Try a nearby ZIP or pick a county.</source>
        <translation>Индекса ZIP %1 нет в нашем списке почтовых индексов Калифорнии (это может быть абонентский ящик или новый индекс). Попробуйте соседний индекс ZIP или выберите округ.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm your PCP choice</source>
        <translation>Подтвердите выбор PCP</translation>
    </message>
    <message>
        <source>Your PCP choice</source>
        <translation>Ваш выбор PCP</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>нет в этом справочнике; позвоните в план</translation>
    </message>
    <message>
        <source>practise the steps here; do not give a sample PCP ID to a plan.</source>
        <translation>потренируйтесь здесь; не сообщайте плану вымышленный ID-номер PCP.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Медицинская группа</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>пример группы, вымышленный</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>Код группы</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Врач</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>пример врача, вымышленный</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>ID-номер PCP</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it</source>
        <translation>нет в этом справочнике: его сообщит план</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>пример ID, вымышленный</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Новые пациенты</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Телефон кабинета</translation>
    </message>
    <message>
        <source>Medical group phone</source>
        <translation>Телефон медицинской группы</translation>
    </message>
    <message>
        <source>Plan member services</source>
        <translation>Отдел обслуживания участников плана</translation>
    </message>
    <message>
        <source>the number on your member ID card</source>
        <translation>номер на вашей ID-карте участника</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>Не принимает новых пациентов</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office before you tell the plan: ask whether they will take you as a new patient in this plan. If they say no, choose another doctor.</source>
        <translation>Позвоните в кабинет врача до того, как сообщать плану: спросите, примут ли вас как нового пациента в этом плане. Если нет, выберите другого врача.</translation>
    </message>
    <message>
        <source>Keep a backup choice: a doctor who is taking new patients, in case the plan refuses this choice or assigns you someone else.</source>
        <translation>Держите запасной вариант: врача, который принимает новых пациентов, на случай если план отклонит этот выбор или назначит вам другого врача.</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office first: confirm they take your plan and are accepting new patients.</source>
        <translation>Сначала позвоните в кабинет врача: уточните, что там принимают ваш план и новых пациентов.</translation>
    </message>
    <message>
        <source>Tell your plan: call member services or use its website, and give the PCP ID above.</source>
        <translation>Сообщите в свой план: позвоните в Отдел обслуживания участников или воспользуйтесь сайтом плана и назовите ID-номер PCP, указанный выше.</translation>
    </message>
    <message>
        <source>A PCP change usually takes effect on the first day of the next month.</source>
        <translation>Смена PCP обычно вступает в силу с первого числа следующего месяца.</translation>
    </message>
    <message>
        <source>Your new ID card will show the doctor and the medical group.</source>
        <translation>На вашей новой ID-карте будут указаны врач и медицинская группа.</translation>
    </message>
    <message>
        <source>Networks change, so confirm with the plan.</source>
        <translation>Сети меняются, поэтому уточните в плане.</translation>
    </message>
    <message>
        <source>Group list as of %1; networks change, so confirm with the plan.</source>
        <translation>Список групп на %1; сети меняются, поэтому уточните в плане.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Что будет дальше</translation>
    </message>
    <message>
        <source>Summary of your choice</source>
        <translation>Сводка вашего выбора</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>CrashScreen</name>
    <message>
        <source>Please ask staff</source>
        <translation>Обратитесь к сотруднику</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. What was entered has been cleared. A staff member can help you start again.</source>
        <translation>В HMO Desktop произошла ошибка. Всё, что было введено, удалено. Сотрудник поможет вам начать заново.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Начать заново</translation>
    </message>
</context>
<context>
    <name>DoctorProfileView</name>
    <message>
        <source>Doctor&apos;s profile</source>
        <translation>Профиль врача</translation>
    </message>
    <message>
        <source>Choose as my PCP</source>
        <translation>Выбрать своим PCP</translation>
    </message>
    <message>
        <source>Add to household…</source>
        <translation>Добавить в семью…</translation>
    </message>
    <message>
        <source>Add this doctor to a member of the household</source>
        <translation>Добавить этого врача члену семьи</translation>
    </message>
    <message>
        <source>Choose a plan that includes this doctor first.</source>
        <translation>Сначала выберите план, в который входит этот врач.</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients: you will be asked first.</source>
        <translation>Этот врач не принимает новых пациентов: сначала вас об этом спросят.</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>открытые данные</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>открытые данные, могут быть устаревшими</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>определено этим приложением</translation>
    </message>
    <message>
        <source>fictional sample made by this app</source>
        <translation>вымышленный пример, созданный этим приложением</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Женщина</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Мужчина</translation>
    </message>
    <message>
        <source>Board certification: %1</source>
        <translation>Сертификация по специальности: %1</translation>
    </message>
    <message>
        <source>Board certified</source>
        <translation>Сертифицирован по специальности</translation>
    </message>
    <message>
        <source>Board certified: %1</source>
        <translation>Сертифицирован по специальности: %1</translation>
    </message>
    <message>
        <source>Not board certified</source>
        <translation>Не сертифицирован по специальности</translation>
    </message>
    <message>
        <source>Sample ID</source>
        <translation>ID-пример</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>пример врача, вымышленный</translation>
    </message>
    <message>
        <source>fictional; not an NPI</source>
        <translation>вымышленный; не NPI</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>нет в этом справочнике</translation>
    </message>
    <message>
        <source>Languages the doctor speaks</source>
        <translation>Языки, на которых говорит врач</translation>
    </message>
    <message>
        <source>ages %1 to %2</source>
        <translation>возраст от %1 до %2</translation>
    </message>
    <message>
        <source>ages %1 and up</source>
        <translation>возраст от %1 лет</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>пример, вымышленный</translation>
    </message>
    <message>
        <source>Ages seen</source>
        <translation>Возраст пациентов</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Больницы</translation>
    </message>
    <message>
        <source>none in this directory; ask the medical group which it uses.</source>
        <translation>в этом справочнике нет; спросите в медицинской группе, с какой больницей она работает.</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>нет в этом справочнике; позвоните в план</translation>
    </message>
    <message>
        <source>sample office, fictional</source>
        <translation>кабинет-пример, вымышленный</translation>
    </message>
    <message>
        <source>Address not in this directory; call the plan</source>
        <translation>Адреса нет в этом справочнике; позвоните в план</translation>
    </message>
    <message>
        <source>not in this directory; call the office</source>
        <translation>нет в этом справочнике; позвоните в кабинет</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>Office staff speak</source>
        <translation>Языки персонала кабинета</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>пример группы, вымышленный</translation>
    </message>
    <message>
        <source>group code</source>
        <translation>код группы</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>пример ID, вымышленный</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>ID-номер PCP</translation>
    </message>
    <message>
        <source>PCP ID: not in this directory: the plan gives it when you enroll</source>
        <translation>ID-номер PCP: нет в этом справочнике, план сообщит его при регистрации</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this group</source>
        <translation>Ни одна сеть HMO в этом справочнике не включает эту группу</translation>
    </message>
    <message>
        <source>the plan lists this group; the doctor&apos;s practice was matched to it by name</source>
        <translation>план включает эту группу; практика врача сопоставлена с ней по названию</translation>
    </message>
    <message>
        <source>video visits</source>
        <translation>видеоприём</translation>
    </message>
    <message>
        <source>not in this directory; ask the group or the plan</source>
        <translation>нет в этом справочнике; спросите в группе или в плане</translation>
    </message>
    <message>
        <source>Group phone</source>
        <translation>Телефон группы</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>Линия в нерабочее время</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>Правила направлений</translation>
    </message>
    <message>
        <source>this doctor is generated sample data, not a real person.</source>
        <translation>этот врач — сгенерированный пример, не настоящий человек.</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>кабинет-пример, не настоящий адрес</translation>
    </message>
    <message>
        <source>In your plan</source>
        <translation>В вашем плане</translation>
    </message>
    <message>
        <source>This doctor is not in this plan.</source>
        <translation>Этого врача нет в этом плане.</translation>
    </message>
    <message>
        <source>If you change plans and want to keep this doctor, these plans include them</source>
        <translation>Если вы смените план и захотите остаться у этого врача, он входит в эти планы</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group. Ask the doctor&apos;s office which HMO plans they take, then check with the plan.</source>
        <translation>Ни одна сеть HMO в этом справочнике не включает группу этого врача. Спросите в кабинете врача, какие планы HMO там принимают, и уточните в плане.</translation>
    </message>
    <message>
        <source>Not in an HMO network here</source>
        <translation>Здесь не входит ни в одну сеть HMO</translation>
    </message>
</context>
<context>
    <name>FindDoctorDialog</name>
    <message>
        <source>Find my current doctor</source>
        <translation>Найти моего врача</translation>
    </message>
    <message>
        <source>Doctor&apos;s name</source>
        <translation>Имя врача</translation>
    </message>
    <message>
        <source>Type the doctor&apos;s name, e.g. Nguyen or José</source>
        <translation>Введите имя или фамилию врача, например Nguyen или José</translation>
    </message>
    <message>
        <source>Only doctors with an office in my county</source>
        <translation>Только врачи с кабинетом в моём округе</translation>
    </message>
    <message>
        <source>Only doctors near me (choose a ZIP or county first)</source>
        <translation>Только врачи рядом со мной (сначала выберите почтовый индекс (ZIP) или округ)</translation>
    </message>
    <message>
        <source>Only doctors with an office in %1 County</source>
        <translation>Только врачи с кабинетом в округе %1</translation>
    </message>
    <message>
        <source>Doctors found</source>
        <translation>Найденные врачи</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more offices</source>
        <translation>
            <numerusform>и ещё %Ln кабинет</numerusform>
            <numerusform>и ещё %Ln кабинета</numerusform>
            <numerusform>и ещё %Ln кабинетов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more medical groups</source>
        <translation>
            <numerusform>и ещё %Ln медицинская группа</numerusform>
            <numerusform>и ещё %Ln медицинские группы</numerusform>
            <numerusform>и ещё %Ln медицинских групп</numerusform>
        </translation>
    </message>
    <message>
        <source>Start typing a first or last name.</source>
        <translation>Начните вводить имя или фамилию.</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Подсказка для поиска</translation>
    </message>
    <message>
        <source>Open the doctor&apos;s profile</source>
        <translation>Открыть профиль врача</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>No office listed</source>
        <translation>Кабинет не указан</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group</source>
        <translation>Ни одна сеть HMO в этом справочнике не включает группу этого врача</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>В плане %1</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>Не в плане %1</translation>
    </message>
    <message>
        <source>and 1 more office</source>
        <translation>и ещё 1 кабинет</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found. Press Enter to open the first.</source>
        <translation>
            <numerusform>Найден %Ln врач. Нажмите Enter, чтобы открыть первого.</numerusform>
            <numerusform>Найдено %Ln врача. Нажмите Enter, чтобы открыть первого.</numerusform>
            <numerusform>Найдено %Ln врачей. Нажмите Enter, чтобы открыть первого.</numerusform>
        </translation>
    </message>
    <message>
        <source>and 1 more medical group</source>
        <translation>и ещё 1 медицинская группа</translation>
    </message>
    <message>
        <source>No doctor&apos;s name starts with &quot;%1&quot;. Check the spelling or type less.</source>
        <translation>Нет врачей, чьё имя начинается с «%1». Проверьте написание или введите меньше букв.</translation>
    </message>
    <message>
        <source>No doctor with an office in %2 County has a name that starts with &quot;%1&quot;. Check the spelling, type less, or clear the box above to search all of California.</source>
        <translation>Нет врачей с кабинетом в округе %2, чьё имя начинается с «%1». Проверьте написание, введите меньше букв или очистите поле выше, чтобы искать по всей Калифорнии.</translation>
    </message>
    <message>
        <source>1 doctor found. Press Enter to open the profile.</source>
        <translation>Найден 1 врач. Нажмите Enter, чтобы открыть профиль.</translation>
    </message>
    <message>
        <source>Only the first %1 are listed: type more of the name.</source>
        <translation>Показаны только первые %1: введите имя полнее.</translation>
    </message>
    <message>
        <source>Choose a plan to see whether each doctor is in it.</source>
        <translation>Выберите план, чтобы увидеть, входит ли в него каждый врач.</translation>
    </message>
</context>
<context>
    <name>GroupBrowser</name>
    <message>
        <source>Choose a medical group</source>
        <translation>Выберите медицинскую группу</translation>
    </message>
    <message>
        <source>Search groups by name</source>
        <translation>Поиск групп по названию</translation>
    </message>
    <message>
        <source>Type a group name</source>
        <translation>Введите название группы</translation>
    </message>
    <message>
        <source>Sort groups by</source>
        <translation>Сортировать группы</translation>
    </message>
    <message>
        <source>Nearest first, then by county</source>
        <translation>Сначала ближайшие, затем по округу</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Most accepting new patients</source>
        <translation>Больше всего принимают новых пациентов</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Медицинская группа</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Больницы</translation>
    </message>
    <message>
        <source>Medical groups</source>
        <translation>Медицинские группы</translation>
    </message>
    <message>
        <source>What choosing this group means</source>
        <translation>Что значит выбрать эту группу</translation>
    </message>
    <message>
        <source>No groups message</source>
        <translation>Сообщение об отсутствии групп</translation>
    </message>
    <message>
        <source>Choose this group</source>
        <translation>Выбрать эту группу</translation>
    </message>
    <message>
        <source>Skip: search doctors in the whole plan</source>
        <translation>Пропустить: искать врачей во всём плане</translation>
    </message>
    <message>
        <source>Skip choosing a group</source>
        <translation>Пропустить выбор группы</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Сортировка:</translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>Сначала выберите план: вернитесь к шагу 1.</translation>
    </message>
    <message>
        <source>Your care team in %1</source>
        <translation>Ваша команда медицинского обслуживания в плане %1</translation>
    </message>
    <message>
        <source>Choose a medical group in %1</source>
        <translation>Выберите медицинскую группу в плане %1</translation>
    </message>
    <message>
        <source>Choose this care team</source>
        <translation>Выбрать эту команду</translation>
    </message>
    <message>
        <source>Continue to doctors</source>
        <translation>Перейти к врачам</translation>
    </message>
    <message>
        <source>Groups anywhere in California (choose a ZIP code or county above)</source>
        <translation>Группы по всей Калифорнии (выберите почтовый индекс (ZIP) или округ выше)</translation>
    </message>
    <message>
        <source>Groups the plan lists in %1 County</source>
        <translation>Группы плана в округе %1</translation>
    </message>
    <message>
        <source>This plan lists no medical groups here in the offline directory. Use &quot;Skip&quot; to search its doctors directly, or call the plan.</source>
        <translation>В офлайн-справочнике для этого плана здесь нет медицинских групп. Нажмите «Пропустить», чтобы искать его врачей напрямую, или позвоните в план.</translation>
    </message>
    <message>
        <source>No group name matches your search. Clear the search to see the group.</source>
        <translation>Ни одно название группы не подходит под ваш поиск. Очистите поиск, чтобы увидеть группу.</translation>
    </message>
    <message numerus="yes">
        <source>No group name matches your search. Clear the search to see all %Ln groups.</source>
        <translation>
            <numerusform>Ни одно название группы не подходит под ваш поиск. Очистите поиск, чтобы увидеть все %Ln группу.</numerusform>
            <numerusform>Ни одно название группы не подходит под ваш поиск. Очистите поиск, чтобы увидеть все %Ln группы.</numerusform>
            <numerusform>Ни одно название группы не подходит под ваш поиск. Очистите поиск, чтобы увидеть все %Ln групп.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>HMO</source>
        <translation>HMO (организация медицинского обслуживания)</translation>
    </message>
    <message>
        <source>A Health Maintenance Organization is a kind of health plan. You choose one primary care doctor (PCP) who coordinates your care. Except in emergencies, you use the doctors, hospitals and specialists of your PCP&apos;s medical group, and you need a referral to see a specialist (but not to see a participating OB/GYN).</source>
        <translation>HMO (организация медицинского обслуживания) — это вид плана медицинского обслуживания. Вы выбираете одного врача первичной медицинской помощи (PCP), который координирует ваше лечение. Кроме экстренных случаев, вы обращаетесь к врачам, в больницы и к специалистам медицинской группы вашего PCP, и вам нужно направление к специалисту (но не к акушеру-гинекологу (OB/GYN) из сети).</translation>
    </message>
    <message>
        <source>Medical group / IPA</source>
        <translation>Медицинская группа / IPA</translation>
    </message>
    <message>
        <source>A group of doctors that contracts with HMO plans. An IPA (Independent Physician Association) is a network of doctors in their own offices. Your PCP&apos;s group decides referrals, which specialists you see and which hospital you use.</source>
        <translation>Группа врачей, у которой есть договор с планами HMO. IPA (независимая ассоциация врачей) — это сеть врачей, работающих в своих собственных кабинетах. Группа вашего PCP решает вопросы направлений, к каким специалистам вы обращаетесь и в какую больницу.</translation>
    </message>
    <message>
        <source>Primary care physician (PCP)</source>
        <translation>Врач первичной медицинской помощи (PCP)</translation>
    </message>
    <message>
        <source>Your main doctor: check-ups, everyday illness, prescriptions and referrals.</source>
        <translation>Ваш основной врач: осмотры, обычные болезни, рецепты и направления.</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>A doctor for one area of medicine, such as heart or skin. In an HMO you usually need a referral from your PCP first.</source>
        <translation>Врач в одной области медицины, например сердца или кожи. В HMO обычно сначала нужно направление от вашего PCP.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Your PCP&apos;s request, approved by the medical group, for you to see a specialist or get a service. You do not need one to see a participating OB/GYN.</source>
        <translation>Запрос вашего PCP, одобренный медицинской группой, чтобы вы могли обратиться к специалисту или получить услугу. Для визита к акушеру-гинекологу (OB/GYN) из сети направление не нужно.</translation>
    </message>
    <message>
        <source>The four primary care specialties</source>
        <translation>Четыре специальности первичной медицинской помощи</translation>
    </message>
    <message>
        <source>Family medicine (all ages), internal medicine (adults), pediatrics (children and teens), and OB/GYN (women&apos;s health; some plans let an OB/GYN be your PCP). In California every HMO member can see a participating OB/GYN without a referral or prior approval; your plan may require the OB/GYN to be in your medical group.</source>
        <translation>Семейная медицина (все возрасты), терапия (взрослые), педиатрия (дети и подростки) и акушерство-гинекология (OB/GYN) (женское здоровье; некоторые планы разрешают OB/GYN быть вашим PCP). В Калифорнии каждый участник HMO может обратиться к акушеру-гинекологу (OB/GYN) из сети без направления и без предварительного разрешения; ваш план может требовать, чтобы OB/GYN был из вашей медицинской группы.</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>Принимает новых пациентов</translation>
    </message>
    <message>
        <source>The doctor takes new patients in this plan. &quot;Existing patients only&quot; means the doctor is not taking new patients: only people already seen there; &quot;Existing patients and their family&quot; adds those patients&apos; relatives. If you choose a doctor who is not taking new patients, the plan may refuse the choice or give you another doctor, so call the office first. Always call the office to confirm: lists change often.</source>
        <translation>Врач принимает новых пациентов в этом плане. «Только нынешние пациенты» означает, что врач не принимает новых пациентов: только тех, кто уже у него наблюдается; «Нынешние пациенты и их семьи» — также родственников этих пациентов. Если вы выберете врача, который не принимает новых пациентов, план может отклонить выбор или назначить вам другого врача, поэтому сначала позвоните в кабинет. Всегда звоните в кабинет, чтобы уточнить: списки часто меняются.</translation>
    </message>
    <message>
        <source>Sample doctors</source>
        <translation>Вымышленные врачи-примеры</translation>
    </message>
    <message>
        <source>No public file lists California doctors with their groups, so the doctors in this directory are fictional samples, marked &quot;Sample doctor (fictional)&quot;, and so are their offices and phone numbers. Plans, the names of medical groups, hospitals and ZIP codes come from public data, with their dates. A hospital marked &quot;inferred&quot; is one near the offices, not one the doctor or group published; anything marked &quot;sample&quot; or &quot;fictional&quot; is made up.</source>
        <translation>Ни в одном открытом файле нет списка врачей Калифорнии с их группами, поэтому врачи в этом справочнике — вымышленные примеры с пометкой «Пример врача (вымышленный, не настоящий)»; их кабинеты и номера телефонов тоже вымышлены. Планы, названия медицинских групп, больницы и почтовые индексы (ZIP) взяты из открытых данных, с указанием дат. Больница с пометкой «определено» — это больница рядом с кабинетами, а не указанная самим врачом или группой; всё, что помечено как «пример» или «вымышленный», придумано.</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>Справка и словарь терминов</translation>
    </message>
    <message>
        <source>Help: words you will see</source>
        <translation>Справка: слова, которые вы встретите</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Словарь терминов</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Закрыть справку</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Осталось секунд</translation>
    </message>
    <message>
        <source>When the count reaches 0, everything on this screen is cleared for the next person. Touch anywhere or press any key for more time.</source>
        <translation>Когда счёт дойдёт до 0, всё на этом экране будет очищено для следующего человека. Коснитесь экрана в любом месте или нажмите любую клавишу, чтобы получить ещё время.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Мне нужно ещё время</translation>
    </message>
    <message>
        <source>I&apos;m finished</source>
        <translation>Я закончил(а)</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything now</source>
        <translation>Я закончил(а): очистить всё сейчас</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>I&apos;m finished</source>
        <translation>Я закончил(а)</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything for the next person</source>
        <translation>Я закончил(а): очистить всё для следующего человека</translation>
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
        <translation>HMO Desktop: выберите врача первичной медицинской помощи</translation>
    </message>
    <message>
        <source>%1 does not serve this area: choose a plan again.</source>
        <translation>%1 не обслуживает этот район: выберите план снова.</translation>
    </message>
    <message>
        <source>%1 is not listed here: choose a medical group again.</source>
        <translation>%1 здесь нет в списке: выберите медицинскую группу снова.</translation>
    </message>
</context>
<context>
    <name>PcpChooser</name>
    <message>
        <source>Choose your primary care doctor</source>
        <translation>Выберите врача первичной медицинской помощи</translation>
    </message>
    <message>
        <source>Where you are searching</source>
        <translation>Где вы ищете</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>Врачи</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Скрыть фильтры</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Number of doctors found</source>
        <translation>Число найденных врачей</translation>
    </message>
    <message>
        <source>No doctors message</source>
        <translation>Сообщение об отсутствии врачей</translation>
    </message>
    <message>
        <source>Doctors left out for facts not in this directory</source>
        <translation>Врачи, исключённые из-за сведений, которых нет в этом справочнике</translation>
    </message>
    <message>
        <source>See doctor&apos;s profile</source>
        <translation>Открыть профиль врача</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Показать фильтры</translation>
    </message>
    <message>
        <source>About the selected doctor</source>
        <translation>О выбранном враче</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>all medical groups in the plan</source>
        <translation>все медицинские группы плана</translation>
    </message>
    <message>
        <source>offices in %1 County, nearest to %2</source>
        <translation>кабинеты в округе %1, ближайшие к %2</translation>
    </message>
    <message>
        <source>offices in %1 County</source>
        <translation>кабинеты в округе %1</translation>
    </message>
    <message>
        <source>offices anywhere in California</source>
        <translation>кабинеты по всей Калифорнии</translation>
    </message>
</context>
<context>
    <name>PcpFilterPanel</name>
    <message>
        <source>Who is the doctor for?</source>
        <translation>Для кого нужен врач?</translation>
    </message>
    <message>
        <source>Patient&apos;s age</source>
        <translation>Возраст пациента</translation>
    </message>
    <message>
        <source>Enter age</source>
        <translation>Введите возраст</translation>
    </message>
    <message>
        <source>Type the age of the person who needs the doctor; babies are 0</source>
        <translation>Введите возраст человека, которому нужен врач; младенцам 0</translation>
    </message>
    <message>
        <source>Patient&apos;s sex (optional)</source>
        <translation>Пол пациента (необязательно)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Возраст:</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>Пол (необязательно):</translation>
    </message>
    <message>
        <source>Primary care specialties</source>
        <translation>Специальности первичной помощи</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Новые пациенты</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Accepting new patients, or call to ask</source>
        <translation>Принимает новых пациентов или позвоните и спросите</translation>
    </message>
    <message>
        <source>Not in this directory: call to ask</source>
        <translation>Нет в этом справочнике: позвоните и спросите</translation>
    </message>
    <message>
        <source>Language the doctor speaks</source>
        <translation>Язык, на котором говорит врач</translation>
    </message>
    <message>
        <source>Language the office staff speak</source>
        <translation>Язык, на котором говорит персонал</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender</source>
        <translation>Пол врача</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Женщина</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Мужчина</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Расстояние</translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>Любое расстояние</translation>
    </message>
    <message>
        <source>Within %1 miles</source>
        <translation>Не дальше %1 миль</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Больница</translation>
    </message>
    <message>
        <source>Any hospital</source>
        <translation>Любая больница</translation>
    </message>
    <message>
        <source>Offers video visits</source>
        <translation>Есть видеоприём</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>Вечерние часы</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>Субботние часы</translation>
    </message>
    <message>
        <source>Wheelchair accessible office</source>
        <translation>Кабинет доступен для инвалидной коляски</translation>
    </message>
    <message>
        <source>Parking, entrance, inside, restroom, exam room and exam table all accessible</source>
        <translation>Парковка, вход, помещения, туалет, смотровой кабинет и смотровой стол — всё доступно</translation>
    </message>
    <message>
        <source>Sort doctors by</source>
        <translation>Сортировать врачей</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>Сначала ближайшие</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>Новые пациенты:</translation>
    </message>
    <message>
        <source>Doctor speaks:</source>
        <translation>Врач говорит:</translation>
    </message>
    <message>
        <source>Staff speak:</source>
        <translation>Персонал говорит:</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender:</source>
        <translation>Пол врача:</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Расстояние:</translation>
    </message>
    <message>
        <source>Hospital:</source>
        <translation>Больница:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Сортировка:</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (определено)</translation>
    </message>
</context>
<context>
    <name>PlanNotListedDialog</name>
    <message>
        <source>My plan is not listed</source>
        <translation>Моего плана нет в списке</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>PlanPicker</name>
    <message>
        <source>Choose your health plan</source>
        <translation>Выберите план медицинского обслуживания</translation>
    </message>
    <message>
        <source>These HMO plans serve your area. Pick the one on your member ID card, or the one you are enrolling in.</source>
        <translation>Эти планы HMO обслуживают ваш район. Выберите тот, что указан на вашей ID-карте участника, или тот, в котором вы регистрируетесь.</translation>
    </message>
    <message>
        <source>What is an HMO?</source>
        <translation>Что такое HMO?</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Страховая компания</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>Отдел обслуживания участников</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Дата данных</translation>
    </message>
    <message>
        <source>Health plans in your area</source>
        <translation>Планы медицинского обслуживания в вашем районе</translation>
    </message>
    <message>
        <source>About the selected plan</source>
        <translation>О выбранном плане</translation>
    </message>
    <message>
        <source>My plan is not listed</source>
        <translation>Моего плана нет в списке</translation>
    </message>
    <message>
        <source>My plan is not listed: what to do</source>
        <translation>Моего плана нет в списке: что делать</translation>
    </message>
    <message>
        <source>Continue with this plan</source>
        <translation>Продолжить с этим планом</translation>
    </message>
    <message>
        <source>No plans message</source>
        <translation>Сообщение об отсутствии планов</translation>
    </message>
    <message>
        <source>Opening the doctor directory...</source>
        <translation>Открывается справочник врачей...</translation>
    </message>
    <message>
        <source>See your member ID card</source>
        <translation>См. вашу ID-карту участника</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>Округ %1</translation>
    </message>
    <message>
        <source>California</source>
        <translation>Калифорния</translation>
    </message>
    <message>
        <source>Choose your health plan in %1</source>
        <translation>Выберите план медицинского обслуживания: %1</translation>
    </message>
    <message>
        <source>ZIP %1 (%2)</source>
        <translation>ZIP %1 (%2)</translation>
    </message>
    <message>
        <source>No plan in this directory serves %1: it has only the plans in public files, and none of them lists this area. Check the ZIP code or pick another county. If you already have a plan, press &quot;My plan is not listed&quot; to see how to find its doctors.</source>
        <translation>Ни один план в этом справочнике не обслуживает %1: в нём только планы из открытых файлов, и ни один из них не включает этот район. Проверьте почтовый индекс (ZIP) или выберите другой округ. Если у вас уже есть план, нажмите «Моего плана нет в списке», чтобы узнать, как найти его врачей.</translation>
    </message>
    <message>
        <source>Select your plan to see what it covers.</source>
        <translation>Выберите план, чтобы увидеть, что он покрывает.</translation>
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
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find a primary care doctor</source>
        <translation>Найти врача первичной медицинской помощи</translation>
    </message>
    <message>
        <source>Choose your language, type your ZIP code if you like, then press Start. When you are done, press “I&apos;m finished”: everything you entered is cleared for the next person.</source>
        <translation>Выберите язык, при желании введите почтовый индекс (ZIP), затем нажмите «Начать». Когда закончите, нажмите «Я закончил(а)»: всё, что вы ввели, будет очищено для следующего человека.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Your ZIP code (optional)</source>
        <translation>Ваш почтовый индекс (ZIP) (необязательно)</translation>
    </message>
    <message>
        <source>Five digits, to list doctors near you.</source>
        <translation>Пять цифр, чтобы показать врачей рядом с вами.</translation>
    </message>
    <message>
        <source>Your ZIP code</source>
        <translation>Ваш почтовый индекс (ZIP)</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Почтовый индекс (ZIP)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Staff only: enter the staff PIN</source>
        <translation>Только для персонала: введите PIN-код персонала</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Find my current doctor</source>
        <translation>Найти моего врача</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>Справка и словарь терминов</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data</source>
        <translation>О программе HMO Desktop и её данных</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Start over with a new member (also Ctrl+N)</source>
        <translation>Начать заново с новым участником (также Ctrl+N)</translation>
    </message>
    <message>
        <source>Forget this member&apos;s ZIP, plan, group, doctor, filters and searches</source>
        <translation>Забыть почтовый индекс (ZIP), план, группу, врача, фильтры и поиск этого участника</translation>
    </message>
</context>
</TS>
