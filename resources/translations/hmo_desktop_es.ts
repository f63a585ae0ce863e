<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>%1, age %2</source>
        <translation>%1, %2 años</translation>
    </message>
    <message>
        <source>Next step for Medi-Cal: Health Care Options</source>
        <translation>Próximo paso para Medi-Cal: Health Care Options</translation>
    </message>
    <message>
        <source>Before you enroll</source>
        <translation>Antes de inscribirse</translation>
    </message>
    <message>
        <source>PCP ID:</source>
        <translation>ID del PCP:</translation>
    </message>
    <message>
        <source>Family medicine</source>
        <translation>Medicina familiar</translation>
    </message>
    <message>
        <source>Internal medicine</source>
        <translation>Medicina interna</translation>
    </message>
    <message>
        <source>Pediatrics</source>
        <translation>Pediatría</translation>
    </message>
    <message>
        <source>OB/GYN</source>
        <translation>Ginecología y obstetricia (OB/GYN)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
    <message>
        <source>All ages, children to seniors; often the whole family.</source>
        <translation>Todas las edades, de niños a adultos mayores; a menudo toda la familia.</translation>
    </message>
    <message>
        <source>Adults only: prevention and long-term conditions.</source>
        <translation>Solo adultos: prevención y enfermedades de largo plazo.</translation>
    </message>
    <message>
        <source>Babies, children and teens (up to 18 or 21).</source>
        <translation>Bebés, niños y adolescentes (hasta los 18 o 21 años).</translation>
    </message>
    <message>
        <source>Women&apos;s health, pregnancy and gynecology; some act as a PCP.</source>
        <translation>Salud de la mujer, embarazo y ginecología; algunos pueden ser su PCP.</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>Acepta pacientes nuevos</translation>
    </message>
    <message>
        <source>Existing patients only</source>
        <translation>Solo pacientes actuales</translation>
    </message>
    <message>
        <source>Existing patients and their family</source>
        <translation>Pacientes actuales y su familia</translation>
    </message>
    <message>
        <source>Not accepting patients</source>
        <translation>No acepta pacientes</translation>
    </message>
    <message>
        <source>Call to ask</source>
        <translation>Llame para preguntar</translation>
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
        <translation>Empleador e individual (comercial)</translation>
    </message>
    <message>
        <source>Accessible parking</source>
        <translation>Estacionamiento accesible</translation>
    </message>
    <message>
        <source>Accessible entrance</source>
        <translation>Entrada accesible</translation>
    </message>
    <message>
        <source>Accessible inside the building</source>
        <translation>Accesible dentro del edificio</translation>
    </message>
    <message>
        <source>Accessible restroom</source>
        <translation>Baño accesible</translation>
    </message>
    <message>
        <source>Accessible exam room</source>
        <translation>Sala de examen accesible</translation>
    </message>
    <message>
        <source>Height-adjustable exam table / accessible scale</source>
        <translation>Mesa de examen de altura ajustable / báscula accesible</translation>
    </message>
    <message>
        <source>Sample doctor (fictional)</source>
        <translation>Médico de ejemplo (ficticio, no es real)</translation>
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
        <translation>%1 mi</translation>
    </message>
    <message>
        <source>Languages: English only.</source>
        <translation>Idiomas: solo inglés.</translation>
    </message>
    <message>
        <source>Languages: English, %1. None of these translations has been reviewed by a fluent speaker yet; tell the team what reads wrong.</source>
        <translation>Idiomas: inglés, %1. Ninguna de estas traducciones ha sido revisada todavía por un hablante con fluidez; dígale al equipo lo que no se lea bien.</translation>
    </message>
    <message>
        <source>Languages: English, %1. Reviewed by a fluent speaker: %2.</source>
        <translation>Idiomas: inglés, %1. Revisadas por un hablante con fluidez: %2.</translation>
    </message>
    <message>
        <source>To translate or review a language, open its file, resources/translations/hmo_desktop_&lt;code&gt;.ts, in Qt Linguist (README, &quot;Languages&quot;).</source>
        <translation>Para traducir o revisar un idioma, abra su archivo, resources/translations/hmo_desktop_&lt;code&gt;.ts, en Qt Linguist (README, &quot;Languages&quot;).</translation>
    </message>
    <message>
        <source>made by this app</source>
        <translation>creado por esta aplicación</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>actualizado en %1</translation>
    </message>
    <message>
        <source>fictional samples, made up by this app</source>
        <translation>ejemplos ficticios, inventados por esta aplicación</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>deducido por esta aplicación</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>datos públicos, pueden no estar al día</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>datos públicos</translation>
    </message>
    <message>
        <source>none (used while building)</source>
        <translation>ninguno (se usa al crear el directorio)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Works offline; sends nothing anywhere.</source>
        <translation>Funciona sin conexión; no envía nada a ningún lugar.</translation>
    </message>
    <message>
        <source>Directory %1, checksum %2</source>
        <translation>Directorio %1, suma de verificación %2</translation>
    </message>
    <message>
        <source>Data sources (%1)</source>
        <translation>Fuentes de datos (%1)</translation>
    </message>
    <message>
        <source>About HMO Desktop</source>
        <translation>Acerca de HMO Desktop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data sources</source>
        <translation>Acerca de HMO Desktop y sus fuentes de datos</translation>
    </message>
    <message>
        <source>%1 (sample office)</source>
        <translation>%1 (consultorio de ejemplo, ficticio)</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>Condado de %1</translation>
    </message>
    <message>
        <source>Sample group: its office is a sample placed at a ZIP code center, %1 away.</source>
        <translation>Grupo de ejemplo (ficticio): su consultorio es un ejemplo ubicado en el centro de un código postal (ZIP), a %1.</translation>
    </message>
    <message>
        <source>Sample group: its office is not in this directory.</source>
        <translation>Grupo de ejemplo (ficticio): su consultorio no está en este directorio.</translation>
    </message>
    <message>
        <source>Serves %1; office address not in this directory.</source>
        <translation>Atiende %1; la dirección del consultorio no está en este directorio.</translation>
    </message>
    <message>
        <source>No %1 doctors in this group here</source>
        <translation>No hay médicos de %1 en este grupo aquí</translation>
    </message>
    <message>
        <source>%1 of 1 %2 doctor is accepting new patients</source>
        <translation>%1 de 1 médico de %2 acepta pacientes nuevos</translation>
    </message>
    <message numerus="yes">
        <source>%n counties</source>
        <translation>
            <numerusform>%n condado</numerusform>
            <numerusform>%n condados</numerusform>
        </translation>
    </message>
    <message>
        <source>Counties: %1</source>
        <translation>Condados: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln %2 doctors are accepting new patients</source>
        <translation>
            <numerusform>%1 de %Ln médico de %2 acepta pacientes nuevos</numerusform>
            <numerusform>%1 de %Ln médicos de %2 aceptan pacientes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin calificación</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>No publicado</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (deducido)</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan with one Permanente Medical Group per region. Enter your ZIP code or county above, or choose the group of the region where you live: Northern or Southern California.</source>
        <translation>Kaiser Permanente es un plan integrado con un Permanente Medical Group por región. Escriba su código postal (ZIP) o condado arriba, o elija el grupo de la región donde vive: norte o sur de California.</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, with a care team at each PACE center. Enter your ZIP code or county above, or choose the center where you live.</source>
        <translation>PACE es para personas de 55 años o más, con un equipo de atención en cada centro PACE. Escriba su código postal (ZIP) o condado arriba, o elija el centro donde vive.</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group of your region, so there is no medical group to choose. Continue to choose your doctor.</source>
        <translation>Kaiser Permanente es un plan integrado: todos sus médicos pertenecen al Permanente Medical Group de su región, así que no hay que elegir grupo médico. Continúe para elegir a su médico.</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older. Your care team, your doctor included, is at your PACE center, so there is no medical group to choose. Continue to see the center&apos;s doctors.</source>
        <translation>PACE es para personas de 55 años o más. Su equipo de atención, incluido su médico, está en su centro PACE, así que no hay que elegir grupo médico. Continúe para ver a los médicos del centro.</translation>
    </message>
    <message>
        <source>Your doctor belongs to a medical group. The group decides referrals to specialists and which hospitals you use. Numbers show doctors accepting new patients, for patients of any age.</source>
        <translation>Su médico pertenece a un grupo médico. El grupo decide las remisiones a especialistas y qué hospitales usa usted. Los números indican los médicos que aceptan pacientes nuevos, de cualquier edad.</translation>
    </message>
    <message>
        <source>If you choose this group, your PCP and your specialists come from it, and referrals to specialists go through it.</source>
        <translation>Si elige este grupo, su PCP y sus especialistas serán de este grupo, y las remisiones a especialistas pasan por él.</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>Reglas de remisión</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>Línea fuera de horario</translation>
    </message>
    <message>
        <source>not in this directory: see your member ID card or call the plan.</source>
        <translation>no está en este directorio: vea su tarjeta de identificación de miembro o llame al plan.</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>Médicos</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>Calificación de calidad</translation>
    </message>
    <message>
        <source>Plan group code</source>
        <translation>Código del grupo en el plan</translation>
    </message>
    <message>
        <source>Sample group (fictional): this plan&apos;s group list is not available offline, so this group and everything said about it are samples.</source>
        <translation>Grupo de ejemplo (ficticio): la lista de grupos de este plan no está disponible sin conexión, así que este grupo y todo lo que se dice de él son ejemplos inventados.</translation>
    </message>
    <message>
        <source>The plan&apos;s own care team. Its doctors in this directory are samples.</source>
        <translation>El equipo de atención propio del plan. Sus médicos en este directorio son ejemplos ficticios.</translation>
    </message>
    <message>
        <source>Listed by the carrier for this network in 2017-18. Networks change every year: call the plan to confirm.</source>
        <translation>Lista publicada por la aseguradora para esta red en 2017-18. Las redes cambian cada año: llame al plan para confirmar.</translation>
    </message>
    <message>
        <source>Not published: ask the group or the plan which hospitals it uses.</source>
        <translation>No publicado: pregunte al grupo o al plan qué hospitales usa.</translation>
    </message>
    <message>
        <source>%1 (CMS rating %2 of 5)</source>
        <translation>%1 (calificación de CMS: %2 de 5)</translation>
    </message>
    <message>
        <source>inferred from distance, not published by the group</source>
        <translation>deducido por la distancia, no publicado por el grupo</translation>
    </message>
    <message>
        <source>sample, fictional</source>
        <translation>ejemplo, ficticio</translation>
    </message>
    <message>
        <source>not in this directory: ask the group or the plan.</source>
        <translation>no está en este directorio: pregunte al grupo o al plan.</translation>
    </message>
    <message>
        <source>You can see an OB/GYN in your plan&apos;s network without a referral or prior approval (California law); the plan may require the OB/GYN to be in your medical group.</source>
        <translation>Usted puede ver a un ginecólogo-obstetra (OB/GYN) de la red de su plan sin remisión ni aprobación previa (ley de California); el plan puede exigir que el OB/GYN sea de su grupo médico.</translation>
    </message>
    <message>
        <source>How a PACE member&apos;s doctor is assigned: when you enroll, the PACE center&apos;s care team assigns you a primary care doctor who works at the center. You can ask the center for a particular doctor on its team.</source>
        <translation>Cómo se asigna el médico a un miembro de PACE: cuando usted se inscribe, el equipo de atención del centro PACE le asigna un médico de atención primaria que trabaja en el centro. Puede pedir al centro un médico en particular de su equipo.</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>Primera opción</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Respaldo %1</translation>
    </message>
    <message>
        <source>The selected member&apos;s doctors</source>
        <translation>Médicos del miembro seleccionado</translation>
    </message>
    <message>
        <source>This member&apos;s plan</source>
        <translation>Plan de este miembro</translation>
    </message>
    <message>
        <source>Plan for this member:</source>
        <translation>Plan para este miembro:</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Pacientes nuevos</translation>
    </message>
    <message>
        <source>Make first choice</source>
        <translation>Hacer primera opción</translation>
    </message>
    <message>
        <source>Make this doctor the member&apos;s first choice</source>
        <translation>Hacer de este médico la primera opción del miembro</translation>
    </message>
    <message>
        <source>Remove doctor</source>
        <translation>Quitar médico</translation>
    </message>
    <message>
        <source>Remove this doctor from the member&apos;s choices</source>
        <translation>Quitar este médico de las opciones del miembro</translation>
    </message>
    <message>
        <source>Select a member to see their plan and doctors.</source>
        <translation>Seleccione un miembro para ver su plan y sus médicos.</translation>
    </message>
    <message>
        <source>%1&apos;s plan and doctors</source>
        <translation>Plan y médicos de %1</translation>
    </message>
    <message>
        <source>The household&apos;s plan (%1)</source>
        <translation>Plan del grupo familiar (%1)</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>todavía no elegido</translation>
    </message>
    <message>
        <source>Type the member&apos;s first name or a nickname.</source>
        <translation>Escriba el nombre o apodo del miembro.</translation>
    </message>
    <message>
        <source>That name is long: a first name or a nickname is enough.</source>
        <translation>Ese nombre es largo: basta con un nombre o un apodo.</translation>
    </message>
    <message>
        <source>Type a first name or nickname only: no numbers, dates, IDs or addresses.</source>
        <translation>Escriba solo un nombre o apodo: sin números, fechas, números de identificación ni direcciones.</translation>
    </message>
    <message>
        <source>The age must be from 0 to 120.</source>
        <translation>La edad debe ser de 0 a 120.</translation>
    </message>
    <message>
        <source>Choose female, male, or leave sex not given.</source>
        <translation>Elija femenino, masculino, o deje el sexo sin indicar.</translation>
    </message>
    <message>
        <source>One of the access needs is not known to this app.</source>
        <translation>Esta aplicación no conoce una de las necesidades de acceso.</translation>
    </message>
    <message>
        <source>This member cannot be added as given.</source>
        <translation>Este miembro no se puede agregar así.</translation>
    </message>
    <message>
        <source>first choice</source>
        <translation>primera opción</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>respaldo %1</translation>
    </message>
    <message>
        <source>%1 has no PCP yet.</source>
        <translation>%1 todavía no tiene PCP.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is no longer in this directory for this plan; choose another doctor.</source>
        <translation>%1: %2 (%3) ya no está en este directorio para este plan; elija otro médico.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in this member&apos;s plan.</source>
        <translation>%1: %2 (%3) no está en el plan de este miembro.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not taking new patients.</source>
        <translation>%1: %2 (%3) no acepta pacientes nuevos.</translation>
    </message>
    <message>
        <source>%1: this directory does not say whether %2 (%3) takes new patients; call to ask.</source>
        <translation>%1: este directorio no dice si %2 (%3) acepta pacientes nuevos; llame para preguntar.</translation>
    </message>
    <message>
        <source>%1: %2 (%3) sees patients up to age %4; %1 ages out within a year.</source>
        <translation>%1: %2 (%3) atiende a pacientes hasta los %4 años; %1 pasará esa edad en menos de un año.</translation>
    </message>
    <message>
        <source>Add the members of the household, one at a time.</source>
        <translation>Agregue a los miembros del grupo familiar, uno a la vez.</translation>
    </message>
    <message>
        <source>Everyone has a PCP, and nothing needs another look.</source>
        <translation>Todos tienen PCP y no hay nada más que revisar.</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (ejemplo ficticio)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>no está en este directorio</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, actualizado en %2</translation>
    </message>
    <message>
        <source>needs a ZIP</source>
        <translation>necesita un código postal (ZIP)</translation>
    </message>
    <message>
        <source>not known here: open this doctor from the doctor step</source>
        <translation>no se sabe aquí: abra este médico desde el paso de médicos</translation>
    </message>
    <message>
        <source>Evening: %1; Saturday: %2</source>
        <translation>Noche: %1; sábado: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Sí: %1</translation>
    </message>
    <message>
        <source>not in this directory: ask the medical group</source>
        <translation>no está en este directorio: pregunte al grupo médico</translation>
    </message>
    <message>
        <source>Doctor: %1. Office: %2. Group: %3. Plan: %4.</source>
        <translation>Médico: %1. Consultorio: %2. Grupo: %3. Plan: %4.</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Doctor&apos;s languages</source>
        <translation>Idiomas del médico</translation>
    </message>
    <message>
        <source>Staff languages</source>
        <translation>Idiomas del personal</translation>
    </message>
    <message>
        <source>Evening and Saturday hours</source>
        <translation>Horario de noche y sábados</translation>
    </message>
    <message>
        <source>Video visits</source>
        <translation>Consultas por video</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Hospitales</translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation>Certificación de especialidad</translation>
    </message>
    <message>
        <source>Group rating</source>
        <translation>Calificación del grupo</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>Fuente y fecha</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Grupo familiar</translation>
    </message>
    <message>
        <source>Household: everyone enrolling together</source>
        <translation>Grupo familiar: todos los que se inscriben juntos</translation>
    </message>
    <message>
        <source>1 doctor can see everyone (ages %1).</source>
        <translation>1 médico puede atender a todos (edades %1).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors can see everyone (ages %1).</source>
        <translation>
            <numerusform>%Ln médico puede atender a todos (edades %1).</numerusform>
            <numerusform>%Ln médicos pueden atender a todos (edades %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Same doctor for the family</source>
        <translation>Mismo médico para la familia</translation>
    </message>
    <message>
        <source>Doctors who can see every member</source>
        <translation>Médicos que pueden atender a todos los miembros</translation>
    </message>
    <message>
        <source>Doctors for the whole family</source>
        <translation>Médicos para toda la familia</translation>
    </message>
    <message>
        <source>Doctors for everyone</source>
        <translation>Médicos para todos</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
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
        <translation>Respaldos</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>Miembros del grupo familiar</translation>
    </message>
    <message>
        <source>Use the current doctor</source>
        <translation>Usar el médico actual</translation>
    </message>
    <message>
        <source>Use the current doctor as this member&apos;s first choice</source>
        <translation>Usar el médico actual como primera opción de este miembro</translation>
    </message>
    <message>
        <source>Add as a backup</source>
        <translation>Agregar como respaldo</translation>
    </message>
    <message>
        <source>Add the current doctor as this member&apos;s backup</source>
        <translation>Agregar el médico actual como respaldo de este miembro</translation>
    </message>
    <message>
        <source>Change member</source>
        <translation>Cambiar miembro</translation>
    </message>
    <message>
        <source>Change this member</source>
        <translation>Cambiar este miembro</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message>
        <source>Remove this member</source>
        <translation>Quitar este miembro</translation>
    </message>
    <message>
        <source>What to look at again</source>
        <translation>Qué revisar de nuevo</translation>
    </message>
    <message>
        <source>Compare the chosen doctors</source>
        <translation>Comparar los médicos elegidos</translation>
    </message>
    <message>
        <source>Members, or compare</source>
        <translation>Miembros, o comparar</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Miembros</translation>
    </message>
    <message>
        <source>C&amp;ompare doctors</source>
        <translation>C&amp;omparar médicos</translation>
    </message>
    <message>
        <source>Needs a PCP</source>
        <translation>Necesita un PCP</translation>
    </message>
    <message>
        <source>Choose a plan and add the members first.</source>
        <translation>Primero elija un plan y agregue a los miembros.</translation>
    </message>
    <message>
        <source>Use the current doctor for %1</source>
        <translation>Usar el médico actual para %1</translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation>Resumen de inscripción</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>Nombre o apodo</translation>
    </message>
    <message>
        <source>Sex (optional)</source>
        <translation>Sexo (opcional)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Preferred language (optional)</source>
        <translation>Idioma preferido (opcional)</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>Acceso para silla de ruedas</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>Horario de noche</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>Horario de sábado</translation>
    </message>
    <message>
        <source>Wants an OB/GYN as PCP</source>
        <translation>Quiere un OB/GYN como PCP</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Agregar miembro</translation>
    </message>
    <message>
        <source>Add this member</source>
        <translation>Agregar este miembro</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Cancelar cambios</translation>
    </message>
    <message>
        <source>Leave the member as they were</source>
        <translation>Dejar al miembro como estaba</translation>
    </message>
    <message>
        <source>Why the member was not added</source>
        <translation>Por qué no se agregó al miembro</translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation>Nombre o apodo:</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Edad:</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>Sexo (opcional):</translation>
    </message>
    <message>
        <source>Language (optional):</source>
        <translation>Idioma (opcional):</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save the changes to this member</source>
        <translation>Guardar los cambios de este miembro</translation>
    </message>
    <message>
        <source>The saved household file was damaged. It was set aside, and the last good copy was opened instead: check the members and their doctors.</source>
        <translation>El archivo guardado del grupo familiar estaba dañado. Se apartó y se abrió la última copia buena: revise los miembros y sus médicos.</translation>
    </message>
    <message>
        <source>The saved household file was damaged, and there was no good copy to open. It was set aside; add the members again.</source>
        <translation>El archivo guardado del grupo familiar estaba dañado y no había una copia buena para abrir. Se apartó; agregue a los miembros de nuevo.</translation>
    </message>
    <message>
        <source>The saved household was kept by a newer version of HMO Desktop. It was left as it is; open it with that version.</source>
        <translation>El grupo familiar guardado se creó con una versión más nueva de HMO Desktop. Se dejó como está; ábralo con esa versión.</translation>
    </message>
    <message>
        <source>The saved household could not be brought up to date. It was left as it was; add the members again, or try again after updating HMO Desktop.</source>
        <translation>El grupo familiar guardado no se pudo actualizar. Se dejó como estaba; agregue a los miembros de nuevo, o vuelva a intentarlo después de actualizar HMO Desktop.</translation>
    </message>
    <message>
        <source>The saved household could not be opened.</source>
        <translation>No se pudo abrir el grupo familiar guardado.</translation>
    </message>
    <message>
        <source>The saved household could not be opened: %1</source>
        <translation>No se pudo abrir el grupo familiar guardado: %1</translation>
    </message>
    <message>
        <source>Your household kept on this computer is open: View &gt; Household.</source>
        <translation>Su grupo familiar guardado en esta computadora está abierto: Ver &gt; Grupo familiar.</translation>
    </message>
    <message>
        <source>Doctors no longer in this directory: %1. Choose others.</source>
        <translation>Médicos que ya no están en este directorio: %1. Elija otros.</translation>
    </message>
    <message>
        <source>The household could not be saved in %1: %2. Nothing was changed there.</source>
        <translation>No se pudo guardar el grupo familiar en %1: %2. No se cambió nada allí.</translation>
    </message>
    <message>
        <source>Kept on this computer. Changes are saved as you make them.</source>
        <translation>Guardado en esta computadora. Los cambios se guardan a medida que los hace.</translation>
    </message>
    <message>
        <source>This household is forgotten: nothing of it is kept on this computer.</source>
        <translation>Este grupo familiar se olvidó: no se guarda nada de él en esta computadora.</translation>
    </message>
    <message>
        <source>Keep this household?</source>
        <translation>¿Guardar este grupo familiar?</translation>
    </message>
    <message>
        <source>Keep this household on this computer for next time?</source>
        <translation>¿Guardar este grupo familiar en esta computadora para la próxima vez?</translation>
    </message>
    <message>
        <source>Only the first names or nicknames, ages and chosen doctors are kept, in your user folder. On a shared computer, choose Don&apos;t keep.</source>
        <translation>Solo se guardan los nombres o apodos, las edades y los médicos elegidos, en su carpeta de usuario. En una computadora compartida, elija No guardar.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Don&apos;t keep</source>
        <translation>No guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Forget this household?</source>
        <translation>¿Olvidar este grupo familiar?</translation>
    </message>
    <message>
        <source>Its members and their doctors are removed from the screen, and the copy kept on this computer is deleted with its backups. This cannot be undone.</source>
        <translation>Sus miembros y sus médicos se quitan de la pantalla, y la copia guardada en esta computadora se borra junto con sus copias de respaldo. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>&amp;Household…</source>
        <translation>&amp;Grupo familiar…</translation>
    </message>
    <message>
        <source>The family&apos;s members, their doctors, and the enrollment summary</source>
        <translation>Los miembros de la familia, sus médicos y el resumen de inscripción</translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation>Acepta</translation>
    </message>
    <message>
        <source>%1; ages not in this directory</source>
        <translation>%1; edades no indicadas en este directorio</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Grupo médico</translation>
    </message>
    <message>
        <source>Save the enrollment summary</source>
        <translation>Guardar el resumen de inscripción</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Large print summary</source>
        <translation>Resumen en letra grande</translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation>Guardar resumen como PDF…</translation>
    </message>
    <message>
        <source>Save the enrollment summary as a PDF file</source>
        <translation>Guardar el resumen de inscripción como archivo PDF</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>Imprimir resumen…</translation>
    </message>
    <message>
        <source>Print the enrollment summary</source>
        <translation>Imprimir el resumen de inscripción</translation>
    </message>
    <message>
        <source>Keep on this computer</source>
        <translation>Guardar en esta computadora</translation>
    </message>
    <message>
        <source>Keep this household on this computer</source>
        <translation>Guardar este grupo familiar en esta computadora</translation>
    </message>
    <message>
        <source>Forget this household</source>
        <translation>Olvidar este grupo familiar</translation>
    </message>
    <message>
        <source>Close the household</source>
        <translation>Cerrar el grupo familiar</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>Guardado en esta computadora</translation>
    </message>
    <message>
        <source>The summary is printing. Please collect it from the printer.</source>
        <translation>El resumen se está imprimiendo. Recójalo en la impresora.</translation>
    </message>
    <message>
        <source>The summary is ready. A staff member will print it for you.</source>
        <translation>El resumen está listo. Un miembro del personal se lo imprimirá.</translation>
    </message>
    <message>
        <source>No printer is set up here. Please ask staff.</source>
        <translation>No hay una impresora instalada aquí. Pida ayuda al personal.</translation>
    </message>
    <message>
        <source>The summary could not be made. Please ask staff.</source>
        <translation>No se pudo crear el resumen. Pida ayuda al personal.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Imprimir resumen</translation>
    </message>
    <message>
        <source>HMO Desktop kiosk</source>
        <translation>Quiosco de HMO Desktop</translation>
    </message>
    <message>
        <source>HMO Desktop</source>
        <translation>HMO Desktop</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Solo para el personal</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation>PIN del personal:</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Mensaje del PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlock staff settings</source>
        <translation>Desbloquear la configuración del personal</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Clear for the next person</source>
        <translation>Borrar todo para la próxima persona</translation>
    </message>
    <message>
        <source>Clear everything now for the next person</source>
        <translation>Borrar todo ahora para la próxima persona</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>No staff PIN is set, so this kiosk cannot be left from here. To set one, run this on the computer, then start the kiosk again:

hmo-desktop --set-kiosk-pin

It is kept, as a salted hash, in %1</source>
        <translation>No hay un PIN del personal, así que no se puede salir de este quiosco desde aquí. Para crear uno, ejecute esto en la computadora y luego vuelva a iniciar el quiosco:

hmo-desktop --set-kiosk-pin

Se guarda, como hash con sal, en %1</translation>
    </message>
    <message>
        <source>Configuration file: %1</source>
        <translation>Archivo de configuración: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Idle time before the warning: %1 seconds</source>
        <translation>Tiempo de inactividad antes del aviso: %1 segundos</translation>
    </message>
    <message>
        <source>The warning counts down from: %1 seconds</source>
        <translation>La cuenta regresiva del aviso empieza en: %1 segundos</translation>
    </message>
    <message>
        <source>Text size for each new person: %1 %</source>
        <translation>Tamaño del texto para cada persona nueva: %1 %</translation>
    </message>
    <message>
        <source>Summaries: PDF files in %1, emptied at every reset</source>
        <translation>Resúmenes: archivos PDF en %1, que se vacía en cada reinicio</translation>
    </message>
    <message>
        <source>Summaries: printed on %1</source>
        <translation>Resúmenes: se imprimen en %1</translation>
    </message>
    <message>
        <source>Summaries: no default printer is set up on this computer</source>
        <translation>Resúmenes: no hay una impresora predeterminada en esta computadora</translation>
    </message>
    <message>
        <source>The configuration file was not used: %1</source>
        <translation>No se usó el archivo de configuración: %1</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation>Demasiados PIN incorrectos. Vuelva a intentarlo en %1 s.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Más menús</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open directory…</source>
        <translation>A&amp;brir directorio…</translation>
    </message>
    <message>
        <source>Open another doctor directory file; it is checked before it is used</source>
        <translation>Abrir otro archivo de directorio de médicos; se revisa antes de usarlo</translation>
    </message>
    <message>
        <source>Open a doctor directory</source>
        <translation>Abrir un directorio de médicos</translation>
    </message>
    <message>
        <source>Doctor directories (*.sqlite)</source>
        <translation>Directorios de médicos (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. You can keep working; if it happens again, send these details to the team.</source>
        <translation>Algo salió mal dentro de HMO Desktop. Puede seguir trabajando; si vuelve a pasar, envíe estos detalles al equipo.</translation>
    </message>
    <message>
        <source>The doctor directory is not an HMO Desktop directory.</source>
        <translation>El directorio de médicos no es un directorio de HMO Desktop.</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is damaged.</source>
        <translation>El directorio de médicos que vino con HMO Desktop está dañado.</translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is missing.</source>
        <translation>Falta el directorio de médicos que vino con HMO Desktop.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory.</source>
        <translation>HMO Desktop no tiene permiso para leer su directorio de médicos.</translation>
    </message>
    <message>
        <source>A folder is where HMO Desktop&apos;s doctor directory should be.</source>
        <translation>Hay una carpeta donde debería estar el directorio de médicos de HMO Desktop.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory&apos;s manifest.</source>
        <translation>HMO Desktop no tiene permiso para leer el manifiesto de su directorio de médicos.</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop is damaged.</source>
        <translation>El archivo de directorio de médicos que se le dio a HMO Desktop está dañado.</translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop does not exist.</source>
        <translation>El archivo de directorio de médicos que se le dio a HMO Desktop no existe.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the doctor directory file it was given.</source>
        <translation>HMO Desktop no tiene permiso para leer el archivo de directorio de médicos que se le dio.</translation>
    </message>
    <message>
        <source>HMO Desktop was given a folder, not a doctor directory file.</source>
        <translation>A HMO Desktop se le dio una carpeta, no un archivo de directorio de médicos.</translation>
    </message>
    <message>
        <source>HMO Desktop may not read the manifest of the doctor directory file it was given.</source>
        <translation>HMO Desktop no tiene permiso para leer el manifiesto del archivo de directorio de médicos que se le dio.</translation>
    </message>
    <message>
        <source>This doctor directory needs a newer version of HMO Desktop.</source>
        <translation>Este directorio de médicos necesita una versión más nueva de HMO Desktop.</translation>
    </message>
    <message>
        <source>This doctor directory is too old for this version of HMO Desktop.</source>
        <translation>Este directorio de médicos es demasiado antiguo para esta versión de HMO Desktop.</translation>
    </message>
    <message>
        <source>Reinstall HMO Desktop, or rebuild the directory with &apos;python -m hmo_desktop.datapack build&apos;.</source>
        <translation>Vuelva a instalar HMO Desktop, o vuelva a crear el directorio con &apos;python -m hmo_desktop.datapack build&apos;.</translation>
    </message>
    <message>
        <source>Check that you may read it, or reinstall HMO Desktop.</source>
        <translation>Verifique que tenga permiso para leerlo, o vuelva a instalar HMO Desktop.</translation>
    </message>
    <message>
        <source>Remove or rename that folder, then reinstall HMO Desktop or rebuild the directory.</source>
        <translation>Quite esa carpeta o cámbiele el nombre, y luego vuelva a instalar HMO Desktop o vuelva a crear el directorio.</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use the directory that came with this version.</source>
        <translation>Actualice HMO Desktop, o use el directorio que vino con esta versión.</translation>
    </message>
    <message>
        <source>Check the file given with --directory, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>Revise el archivo indicado con --directory, o cree uno nuevo con &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</translation>
    </message>
    <message>
        <source>Check that you may read that file and the folders above it.</source>
        <translation>Verifique que tenga permiso para leer ese archivo y las carpetas que lo contienen.</translation>
    </message>
    <message>
        <source>Check that you may read the .manifest.json file beside the directory file.</source>
        <translation>Verifique que tenga permiso para leer el archivo .manifest.json que está junto al archivo de directorio.</translation>
    </message>
    <message>
        <source>Give the path of a directory file (.sqlite), not of a folder.</source>
        <translation>Indique la ruta de un archivo de directorio (.sqlite), no de una carpeta.</translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use a directory built by this version.</source>
        <translation>Actualice HMO Desktop, o use un directorio creado con esta versión.</translation>
    </message>
    <message>
        <source>HMO Desktop cannot use this doctor directory.</source>
        <translation>HMO Desktop no puede usar este directorio de médicos.</translation>
    </message>
    <message>
        <source>Choose another directory file, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation>Elija otro archivo de directorio, o cree uno nuevo con &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</translation>
    </message>
    <message>
        <source>Open directory</source>
        <translation>Abrir directorio</translation>
    </message>
    <message>
        <source>%1

HMO Desktop keeps using the directory it had open.</source>
        <translation>%1

HMO Desktop sigue usando el directorio que tenía abierto.</translation>
    </message>
    <message>
        <source>File: %1
%2</source>
        <translation>Archivo: %1
%2</translation>
    </message>
    <message>
        <source>Checking the directory file…</source>
        <translation>Revisando el archivo de directorio…</translation>
    </message>
    <message>
        <source>HMO Desktop: choose your primary care doctor (%1)</source>
        <translation>HMO Desktop: elija su médico de atención primaria (%1)</translation>
    </message>
    <message>
        <source>Now using the directory %1.</source>
        <translation>Ahora se usa el directorio %1.</translation>
    </message>
    <message>
        <source>Sample?</source>
        <translation>¿Ficticio?</translation>
    </message>
    <message>
        <source>Generated sample data, not a real person</source>
        <translation>Datos de ejemplo generados, no es una persona real</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Consultorio</translation>
    </message>
    <message>
        <source>To a sample office placed at a ZIP code center</source>
        <translation>A un consultorio de ejemplo ubicado en el centro de un código postal (ZIP)</translation>
    </message>
    <message>
        <source>Approximate: to the center of the office&apos;s ZIP code</source>
        <translation>Aproximada: al centro del código postal (ZIP) del consultorio</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1, may be out of date</source>
        <translation>%1, puede no estar al día</translation>
    </message>
    <message>
        <source>Minimum Coverage</source>
        <translation>Cobertura mínima</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronce</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation>Platino</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for %1 County</source>
        <translation>Plan de salud de Medi-Cal para el condado de %1</translation>
    </message>
    <message>
        <source>Medi-Cal health plan for the counties it serves</source>
        <translation>Plan de salud de Medi-Cal para los condados que atiende</translation>
    </message>
    <message>
        <source>Covered California HMO (%1)</source>
        <translation>HMO de Covered California (%1)</translation>
    </message>
    <message>
        <source>Covered California HMO</source>
        <translation>HMO de Covered California</translation>
    </message>
    <message>
        <source>Employer and individual HMO</source>
        <translation>HMO de empleador e individual</translation>
    </message>
    <message>
        <source>Medicare Advantage HMO</source>
        <translation>HMO de Medicare Advantage</translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group for your region, so there is no medical group to choose.</source>
        <translation>Kaiser Permanente es un plan integrado: todos sus médicos pertenecen al Permanente Medical Group de su región, así que no hay que elegir grupo médico.</translation>
    </message>
    <message>
        <source>PACE: for people 55 and older who need a nursing-home level of care and can live safely at home; your care team, including your doctor, is at the PACE center.</source>
        <translation>PACE: para personas de 55 años o más que necesitan el nivel de atención de un hogar de ancianos y pueden vivir con seguridad en casa; su equipo de atención, incluido su médico, está en el centro PACE.</translation>
    </message>
    <message>
        <source>This plan&apos;s group list is from %1. Networks change every year: call the plan to confirm.</source>
        <translation>La lista de grupos de este plan es de %1. Las redes cambian cada año: llame al plan para confirmar.</translation>
    </message>
    <message>
        <source>This plan&apos;s information is from %1. Plans and networks change every year: call the plan to confirm.</source>
        <translation>La información de este plan es de %1. Los planes y las redes cambian cada año: llame al plan para confirmar.</translation>
    </message>
    <message>
        <source>Medical groups: the carrier&apos;s published list, as of %1.</source>
        <translation>Grupos médicos: la lista publicada por la aseguradora, actualizada en %1.</translation>
    </message>
    <message>
        <source>Plan list as of %1.</source>
        <translation>Lista de planes actualizada en %1.</translation>
    </message>
    <message>
        <source>This plan&apos;s medical group list is not available offline: the groups shown are samples.</source>
        <translation>La lista de grupos médicos de este plan no está disponible sin conexión: los grupos que se muestran son ejemplos ficticios.</translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation>Fuente: %1.</translation>
    </message>
    <message>
        <source>Medi-Cal health plans, by county (December 2025)</source>
        <translation>Planes de salud de Medi-Cal, por condado (diciembre de 2025)</translation>
    </message>
    <message>
        <source>Covered California HMOs (2017)</source>
        <translation>HMO de Covered California (2017)</translation>
    </message>
    <message>
        <source>Anthem Blue Cross and UnitedHealthcare employer and individual HMO networks (2017–18)</source>
        <translation>Redes HMO de empleador e individuales de Anthem Blue Cross y UnitedHealthcare (2017–18)</translation>
    </message>
    <message>
        <source>Use your plan&apos;s own provider directory (on its website or in your welcome kit).</source>
        <translation>Use el directorio de proveedores de su plan (en su sitio web o en su paquete de bienvenida).</translation>
    </message>
    <message>
        <source>Or call member services: the number is on your member ID card.</source>
        <translation>O llame a Servicios para Miembros: el número está en su tarjeta de identificación de miembro.</translation>
    </message>
    <message>
        <source>Ask which medical groups and doctors are in your network, near you.</source>
        <translation>Pregunte qué grupos médicos y médicos de su red están cerca de usted.</translation>
    </message>
    <message>
        <source>Your plan is not listed?</source>
        <translation>¿Su plan no aparece?</translation>
    </message>
    <message>
        <source>This directory has only the plans in public files:</source>
        <translation>Este directorio solo tiene los planes de archivos públicos:</translation>
    </message>
    <message>
        <source>If your plan is not here (for example a Blue Shield, Health Net or Kaiser Permanente plan through an employer, Sharp Health Plan or Western Health Advantage):</source>
        <translation>Si su plan no está aquí (por ejemplo, un plan de Blue Shield, Health Net o Kaiser Permanente a través de un empleador, Sharp Health Plan o Western Health Advantage):</translation>
    </message>
    <message>
        <source>On Medi-Cal? Health Care Options (1-800-430-4263) helps you choose a Medi-Cal plan.</source>
        <translation>¿Tiene Medi-Cal? Health Care Options (1-800-430-4263) le ayuda a elegir un plan de Medi-Cal.</translation>
    </message>
    <message>
        <source>You can still look up a doctor you know with &quot;Find my current doctor&quot;: the profile lists every plan in this directory that includes them.</source>
        <translation>Todavía puede buscar a un médico que conoce con &quot;Buscar a mi médico actual&quot;: el perfil muestra todos los planes de este directorio que lo incluyen.</translation>
    </message>
    <message>
        <source>1  Plan</source>
        <translation>1  Plan</translation>
    </message>
    <message>
        <source>2  Medical group</source>
        <translation>2  Grupo médico</translation>
    </message>
    <message>
        <source>3  Doctor</source>
        <translation>3  Médico</translation>
    </message>
    <message>
        <source>4  Doctor&apos;s profile</source>
        <translation>4  Perfil del médico</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>English copy, for the doctor&apos;s office and the plan</source>
        <translation>Copia en inglés, para el consultorio del médico y el plan</translation>
    </message>
    <message>
        <source>Enrollment summary: your household’s doctor choices</source>
        <translation>Resumen de inscripción: los médicos elegidos por su grupo familiar</translation>
    </message>
    <message>
        <source>Take this to your enrollment or keep it by the phone. Each person has their own page, with the PCP ID the plan asks for.</source>
        <translation>Lleve esto a su inscripción o téngalo junto al teléfono. Cada persona tiene su propia página, con el ID del PCP que pide el plan.</translation>
    </message>
    <message>
        <source>%1 (sample, fictional)</source>
        <translation>%1 (ejemplo, ficticio)</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it when you enroll</source>
        <translation>no está en este directorio: el plan lo da cuando usted se inscribe</translation>
    </message>
    <message>
        <source>not in this directory: call the plan</source>
        <translation>no está en este directorio: llame al plan</translation>
    </message>
    <message>
        <source>%1 (sample office, not a real address)</source>
        <translation>%1 (consultorio de ejemplo, no es una dirección real)</translation>
    </message>
    <message>
        <source>%1 (fictional number)</source>
        <translation>%1 (número ficticio)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>No PCP chosen yet. Choose one before you enroll; if you do not, the plan chooses one for this person.</source>
        <translation>Todavía no se eligió un PCP. Elija uno antes de inscribirse; si no lo hace, el plan elige uno para esta persona.</translation>
    </message>
    <message>
        <source>none yet: no doctor chosen</source>
        <translation>todavía ninguno: no se eligió médico</translation>
    </message>
    <message>
        <source>Plan member services:</source>
        <translation>Servicios para Miembros del plan:</translation>
    </message>
    <message>
        <source>not in this directory: it is on the plan’s letters and card</source>
        <translation>no está en este directorio: está en las cartas y la tarjeta del plan</translation>
    </message>
    <message>
        <source>When a PCP change takes effect:</source>
        <translation>Cuándo entra en vigor un cambio de PCP:</translation>
    </message>
    <message>
        <source>often the first day of the next month; the plan confirms.</source>
        <translation>a menudo el primer día del mes siguiente; el plan lo confirma.</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Red:</translation>
    </message>
    <message>
        <source>Medical group:</source>
        <translation>Grupo médico:</translation>
    </message>
    <message>
        <source>The plan’s code for this group:</source>
        <translation>Código del plan para este grupo:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation>Médico:</translation>
    </message>
    <message>
        <source>NPI:</source>
        <translation>NPI:</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>Pacientes nuevos:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Consultorio:</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>Teléfono del consultorio:</translation>
    </message>
    <message>
        <source>%1 (%2). PCP ID: %3.</source>
        <translation>%1 (%2). ID del PCP: %3.</translation>
    </message>
    <message>
        <source>another plan</source>
        <translation>otro plan</translation>
    </message>
    <message>
        <source>%1 In %2, not this person’s plan.</source>
        <translation>%1 En %2, no en el plan de esta persona.</translation>
    </message>
    <message>
        <source>Backup %1:</source>
        <translation>Respaldo %1:</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>el consultorio</translation>
    </message>
    <message>
        <source>number not in this directory</source>
        <translation>número no indicado en este directorio</translation>
    </message>
    <message>
        <source>Call to confirm: %1, %2</source>
        <translation>Llame para confirmar: %1, %2</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>su plan</translation>
    </message>
    <message>
        <source>Does this office take %1?</source>
        <translation>¿Este consultorio acepta %1?</translation>
    </message>
    <message>
        <source>Is %1 taking new patients in this plan?</source>
        <translation>¿%1 acepta pacientes nuevos en este plan?</translation>
    </message>
    <message>
        <source>Is the PCP ID still %1?</source>
        <translation>¿El ID del PCP sigue siendo %1?</translation>
    </message>
    <message>
        <source>What PCP ID does the plan use for this doctor?</source>
        <translation>¿Qué ID del PCP usa el plan para este médico?</translation>
    </message>
    <message>
        <source>Date called, and who you spoke with:</source>
        <translation>Fecha de la llamada y con quién habló:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Health Care Options is the state’s Medi-Cal enrollment service. Tell them each person’s plan and PCP by phone or with the Choice Form in your enrollment packet.</source>
        <translation>Health Care Options es el servicio de inscripción de Medi-Cal del estado. Dígales el plan y el PCP de cada persona por teléfono o con el Formulario de Elección (Choice Form) de su paquete de inscripción.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>TTY:</source>
        <translation>TTY:</translation>
    </message>
    <message>
        <source>A family may choose one plan and PCP for everyone, or one for each person.</source>
        <translation>Una familia puede elegir un plan y un PCP para todos, o uno para cada persona.</translation>
    </message>
    <message>
        <source>A person who does not choose within the time stated in the enrollment packet is assigned a plan.</source>
        <translation>A la persona que no elija dentro del plazo indicado en el paquete de inscripción se le asigna un plan.</translation>
    </message>
    <message>
        <source>Doctors, offices and PCP IDs marked “sample, fictional” are made up to show how the app works: they are not real.</source>
        <translation>Los médicos, consultorios e ID de PCP marcados “ejemplo, ficticio” son inventados para mostrar cómo funciona la aplicación: no son reales.</translation>
    </message>
    <message>
        <source>Directories go out of date. Call each office to confirm it takes the plan and is taking new patients before you enroll.</source>
        <translation>Los directorios pierden actualidad. Llame a cada consultorio para confirmar que acepta el plan y que acepta pacientes nuevos antes de inscribirse.</translation>
    </message>
    <message>
        <source>not stated by its sources</source>
        <translation>sus fuentes no lo indican</translation>
    </message>
    <message>
        <source>Directory data as of:</source>
        <translation>Fecha de los datos del directorio:</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>De dónde viene esta información</translation>
    </message>
    <message>
        <source>%1 (%2), %3.</source>
        <translation>%1 (%2), %3.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Tamaño de texto normal</translation>
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
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <comment>day of the week</comment>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <comment>day of the week</comment>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <comment>day of the week</comment>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <comment>day of the week</comment>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>parking</source>
        <translation>estacionamiento</translation>
    </message>
    <message>
        <source>entrance</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>inside the building</source>
        <translation>dentro del edificio</translation>
    </message>
    <message>
        <source>restroom</source>
        <translation>baño</translation>
    </message>
    <message>
        <source>exam room</source>
        <translation>sala de examen</translation>
    </message>
    <message>
        <source>height-adjustable exam table and scale</source>
        <translation>mesa de examen y báscula de altura ajustable</translation>
    </message>
    <message>
        <source>Wheelchair access: %1</source>
        <translation>Acceso para silla de ruedas: %1</translation>
    </message>
    <message>
        <source>%1 yes</source>
        <translation>%1: sí</translation>
    </message>
    <message>
        <source>%1 no</source>
        <translation>%1: no</translation>
    </message>
    <message>
        <source>not in this directory: call the office</source>
        <translation>no está en este directorio: llame al consultorio</translation>
    </message>
    <message>
        <source>Taking new patients</source>
        <translation>Acepta pacientes nuevos</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients</source>
        <translation>No acepta pacientes nuevos: solo atiende a personas que ya son sus pacientes</translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients, and their family</source>
        <translation>No acepta pacientes nuevos: solo atiende a personas que ya son sus pacientes, y a su familia</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>No acepta pacientes nuevos</translation>
    </message>
    <message>
        <source>New patients: not in this directory: call the office to ask</source>
        <translation>Pacientes nuevos: no está en este directorio: llame al consultorio para preguntar</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients in this plan. The plan may refuse or reassign the choice; call the doctor&apos;s office first to ask whether they will take you.</source>
        <translation>Este médico no acepta pacientes nuevos en este plan. El plan puede rechazar o cambiar esta elección; primero llame al consultorio del médico para preguntar si lo aceptarán.</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients: if you are one, say so when you call.</source>
        <translation>El directorio dice que solo atiende a personas que ya son sus pacientes: si usted es una de ellas, dígalo cuando llame.</translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients, and those patients&apos; family: if that is you, say so when you call.</source>
        <translation>El directorio dice que solo atiende a personas que ya son sus pacientes, y a la familia de esos pacientes: si ese es su caso, dígalo cuando llame.</translation>
    </message>
    <message>
        <source>OB/GYN: every HMO member can see a participating OB/GYN without a referral or prior approval (California law). Your plan may require the OB/GYN to be in your medical group.</source>
        <translation>OB/GYN: todo miembro de una HMO puede ver a un ginecólogo-obstetra (OB/GYN) participante sin remisión ni aprobación previa (ley de California). Su plan puede exigir que el OB/GYN sea de su grupo médico.</translation>
    </message>
    <message>
        <source>inferred from distance, not published</source>
        <translation>deducido por la distancia, no publicado</translation>
    </message>
    <message>
        <source>Sample office near ZIP %1</source>
        <translation>Consultorio de ejemplo cerca del ZIP %1</translation>
    </message>
    <message>
        <source>%1 office</source>
        <translation>Consultorio de %1</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>consultorio de ejemplo, no es una dirección real</translation>
    </message>
    <message>
        <source>fictional number</source>
        <translation>número ficticio</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>ejemplo ficticio</translation>
    </message>
    <message>
        <source>The doctor directory was replaced or changed while HMO Desktop was open.</source>
        <translation>El directorio de médicos se reemplazó o cambió mientras HMO Desktop estaba abierto.</translation>
    </message>
    <message>
        <source>Close HMO Desktop and open it again; if you replaced the directory on purpose, it will be checked then.</source>
        <translation>Cierre HMO Desktop y vuelva a abrirlo; si reemplazó el directorio a propósito, se revisará entonces.</translation>
    </message>
    <message>
        <source>Doctors shown are fictional samples. Plans and groups: public data, dated where marked. Always confirm with your plan.</source>
        <translation>Los médicos que se muestran son ejemplos ficticios. Planes y grupos: datos públicos, con fecha donde se indica. Siempre confirme con su plan.</translation>
    </message>
    <message>
        <source>Real doctors from public files, with fictional samples where those files have none (marked Sample). Always confirm with your plan.</source>
        <translation>Médicos reales de archivos públicos, con ejemplos ficticios donde esos archivos no tienen ninguno (marcados como ejemplo ficticio). Siempre confirme con su plan.</translation>
    </message>
    <message>
        <source>Doctors come from public provider files; see About for sources and dates. Always confirm with your plan.</source>
        <translation>Los médicos vienen de archivos públicos de proveedores; vea Acerca de para las fuentes y fechas. Siempre confirme con su plan.</translation>
    </message>
    <message>
        <source>This directory&apos;s newest data is from %1, more than a year ago. Plans and doctors may have changed: check with the plan before enrolling.</source>
        <translation>Los datos más recientes de este directorio son de %1, hace más de un año. Los planes y los médicos pueden haber cambiado: consulte con el plan antes de inscribirse.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete one digit</source>
        <translation>Borrar un dígito</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Clear all digits</source>
        <translation>Borrar todos los dígitos</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>%1 (no font on this computer shows it)</source>
        <translation>%1 (ningún tipo de letra de esta computadora lo muestra)</translation>
    </message>
    <message>
        <source>%1 could not be loaded; the language stays as it was.</source>
        <translation>No se pudo cargar %1; el idioma sigue igual.</translation>
    </message>
    <message>
        <source>American Sign Language</source>
        <translation>Lengua de señas americana (ASL)</translation>
    </message>
    <message>
        <source>Who is the doctor for?</source>
        <translation>¿Para quién es el médico?</translation>
    </message>
    <message>
        <source>1 doctor found</source>
        <translation>Se encontró 1 médico</translation>
    </message>
    <message>
        <source>1 doctor found, at %1 office listings</source>
        <translation>Se encontró 1 médico, en %1 consultorios</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found</source>
        <translation>
            <numerusform>Se encontró %Ln médico</numerusform>
            <numerusform>Se encontraron %Ln médicos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found, at %1 office listings</source>
        <translation>
            <numerusform>Se encontró %Ln médico, en %1 consultorios</numerusform>
            <numerusform>Se encontraron %Ln médicos, en %1 consultorios</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>Primero elija un plan: vuelva al paso 1.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s age on the left (0 for a baby). The list then shows only doctors who see patients that age.</source>
        <translation>Escriba la edad del paciente a la izquierda (0 para un bebé). La lista mostrará solo médicos que atienden a pacientes de esa edad.</translation>
    </message>
    <message>
        <source>a larger distance</source>
        <translation>una distancia mayor</translation>
    </message>
    <message>
        <source>any language for the doctor</source>
        <translation>cualquier idioma para el médico</translation>
    </message>
    <message>
        <source>any language for the office staff</source>
        <translation>cualquier idioma para el personal del consultorio</translation>
    </message>
    <message>
        <source>any new-patient status</source>
        <translation>cualquier situación de pacientes nuevos</translation>
    </message>
    <message>
        <source>any gender</source>
        <translation>cualquier género</translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation>cualquier hospital</translation>
    </message>
    <message>
        <source>fewer accessibility needs</source>
        <translation>menos necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>doctors without video visits</source>
        <translation>médicos sin consultas por video</translation>
    </message>
    <message>
        <source>any office hours</source>
        <translation>cualquier horario de consultorio</translation>
    </message>
    <message>
        <source>all groups in the plan</source>
        <translation>todos los grupos del plan</translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, so this plan has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>PACE es para personas de 55 años o más, así que este plan no tiene médico para este paciente. Vuelva al paso 1 para elegir otro plan.</translation>
    </message>
    <message>
        <source>This plan is for people %1 and older, so it has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation>Este plan es para personas de %1 años o más, así que no tiene médico para este paciente. Vuelva al paso 1 para elegir otro plan.</translation>
    </message>
    <message>
        <source>No specialty is selected. Tick at least one of the specialties on the left.</source>
        <translation>No hay ninguna especialidad seleccionada. Marque al menos una de las especialidades a la izquierda.</translation>
    </message>
    <message>
        <source>No doctor matches these filters. Press &quot;Clear filters&quot; to start over.</source>
        <translation>Ningún médico coincide con estos filtros. Presione &quot;Borrar filtros&quot; para empezar de nuevo.</translation>
    </message>
    <message>
        <source>No doctor matches every filter. Try %1: that shows 1 doctor.</source>
        <translation>Ningún médico coincide con todos los filtros. Pruebe %1: así aparece 1 médico.</translation>
    </message>
    <message numerus="yes">
        <source>No doctor matches every filter. Try %1: that shows %Ln doctors.</source>
        <translation>
            <numerusform>Ningún médico coincide con todos los filtros. Pruebe %1: así aparece %Ln médico.</numerusform>
            <numerusform>Ningún médico coincide con todos los filtros. Pruebe %1: así aparecen %Ln médicos.</numerusform>
        </translation>
    </message>
    <message>
        <source>whether they take new patients</source>
        <translation>si aceptan pacientes nuevos</translation>
    </message>
    <message>
        <source>which languages the doctor speaks</source>
        <translation>qué idiomas habla el médico</translation>
    </message>
    <message>
        <source>which languages the office staff speak</source>
        <translation>qué idiomas habla el personal del consultorio</translation>
    </message>
    <message>
        <source>the doctor&apos;s gender</source>
        <translation>el género del médico</translation>
    </message>
    <message>
        <source>the office&apos;s wheelchair access</source>
        <translation>el acceso para silla de ruedas del consultorio</translation>
    </message>
    <message>
        <source>whether they offer video visits</source>
        <translation>si ofrecen consultas por video</translation>
    </message>
    <message>
        <source>the office&apos;s hours</source>
        <translation>el horario del consultorio</translation>
    </message>
    <message>
        <source>1 more doctor is left out because the directory does not say %2.</source>
        <translation>Se excluye 1 médico más porque el directorio no indica %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more doctors are left out because the directory does not say %1.</source>
        <translation>
            <numerusform>Se excluye %Ln médico más porque el directorio no indica %1.</numerusform>
            <numerusform>Se excluyen %Ln médicos más porque el directorio no indica %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Call their offices to ask.</source>
        <translation>Llame a sus consultorios para preguntar.</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>This doctor is not taking new patients</source>
        <translation>Este médico no acepta pacientes nuevos</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>No acepta pacientes nuevos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What choosing this doctor means</source>
        <translation>Qué significa elegir a este médico</translation>
    </message>
    <message>
        <source>Choose anyway</source>
        <translation>Elegir de todos modos</translation>
    </message>
    <message>
        <source>Choose this doctor anyway</source>
        <translation>Elegir a este médico de todos modos</translation>
    </message>
    <message>
        <source>Pick another doctor</source>
        <translation>Elegir otro médico</translation>
    </message>
</context>
<context>
    <name>AreaBar</name>
    <message>
        <source>Your ZIP code</source>
        <translation>Su código postal (ZIP)</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal (ZIP)</translation>
    </message>
    <message>
        <source>Your county</source>
        <translation>Su condado</translation>
    </message>
    <message>
        <source>All of California</source>
        <translation>Todo California</translation>
    </message>
    <message>
        <source>ZIP code message</source>
        <translation>Mensaje del código postal (ZIP)</translation>
    </message>
    <message>
        <source>ZIP:</source>
        <translation>ZIP:</translation>
    </message>
    <message>
        <source>or county:</source>
        <translation>o condado:</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code, or pick a county.</source>
        <translation>Escriba un código postal (ZIP) de 5 dígitos, o elija un condado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole ZIP code. A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>&quot;%1&quot; no es un código postal (ZIP) completo. Un código postal tiene 5 dígitos, como 94110 (o ZIP+4, como 94110-1234).</translation>
    </message>
    <message>
        <source>%1, %2 County</source>
        <translation>%1, condado de %2</translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code.</source>
        <translation>Escriba un código postal (ZIP) de 5 dígitos.</translation>
    </message>
    <message>
        <source>Type the ZIP code with the digits 0-9.</source>
        <translation>Escriba el código postal (ZIP) con los dígitos 0-9.</translation>
    </message>
    <message>
        <source>A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation>Un código postal (ZIP) tiene 5 dígitos, como 94110 (o ZIP+4, como 94110-1234).</translation>
    </message>
    <message>
        <source>%1 is not a California ZIP code. HMO Desktop covers California plans; enter a California ZIP or pick a county.</source>
        <translation>%1 no es un código postal (ZIP) de California. HMO Desktop abarca planes de California; escriba un código postal (ZIP) de California o elija un condado.</translation>
    </message>
    <message>
        <source>ZIP %1 is not in our list of California ZIP codes (it may be a PO box or a new ZIP). Try a nearby ZIP or pick a county.</source>
        <translation>El código postal (ZIP) %1 no está en nuestra lista de códigos postales de California (puede ser un apartado postal o un código nuevo). Pruebe un código postal cercano o elija un condado.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm your PCP choice</source>
        <translation>Confirme su elección de PCP</translation>
    </message>
    <message>
        <source>Your PCP choice</source>
        <translation>Su elección de PCP</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>no está en este directorio; llame al plan</translation>
    </message>
    <message>
        <source>practise the steps here; do not give a sample PCP ID to a plan.</source>
        <translation>practique los pasos aquí; no le dé un ID de PCP de ejemplo a un plan.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Grupo médico</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>grupo de ejemplo, ficticio</translation>
    </message>
    <message>
        <source>Group code</source>
        <translation>Código del grupo</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>médico de ejemplo, ficticio</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>ID del PCP</translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it</source>
        <translation>no está en este directorio: el plan lo da</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>ID de ejemplo, ficticio</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Pacientes nuevos</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Consultorio</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Teléfono del consultorio</translation>
    </message>
    <message>
        <source>Medical group phone</source>
        <translation>Teléfono del grupo médico</translation>
    </message>
    <message>
        <source>Plan member services</source>
        <translation>Servicios para Miembros del plan</translation>
    </message>
    <message>
        <source>the number on your member ID card</source>
        <translation>el número en su tarjeta de identificación de miembro</translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation>No acepta pacientes nuevos</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office before you tell the plan: ask whether they will take you as a new patient in this plan. If they say no, choose another doctor.</source>
        <translation>Llame al consultorio del médico antes de avisar al plan: pregunte si lo aceptarán como paciente nuevo en este plan. Si le dicen que no, elija otro médico.</translation>
    </message>
    <message>
        <source>Keep a backup choice: a doctor who is taking new patients, in case the plan refuses this choice or assigns you someone else.</source>
        <translation>Tenga una opción de respaldo: un médico que acepte pacientes nuevos, por si el plan rechaza esta elección o le asigna a otra persona.</translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office first: confirm they take your plan and are accepting new patients.</source>
        <translation>Primero llame al consultorio del médico: confirme que acepta su plan y que acepta pacientes nuevos.</translation>
    </message>
    <message>
        <source>Tell your plan: call member services or use its website, and give the PCP ID above.</source>
        <translation>Avise a su plan: llame a Servicios para Miembros o use su sitio web, y dé el ID del PCP de arriba.</translation>
    </message>
    <message>
        <source>A PCP change usually takes effect on the first day of the next month.</source>
        <translation>Un cambio de PCP suele entrar en vigor el primer día del mes siguiente.</translation>
    </message>
    <message>
        <source>Your new ID card will show the doctor and the medical group.</source>
        <translation>Su nueva tarjeta de identificación mostrará el médico y el grupo médico.</translation>
    </message>
    <message>
        <source>Networks change, so confirm with the plan.</source>
        <translation>Las redes cambian, así que confirme con el plan.</translation>
    </message>
    <message>
        <source>Group list as of %1; networks change, so confirm with the plan.</source>
        <translation>Lista de grupos actualizada en %1; las redes cambian, así que confirme con el plan.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Qué pasa después</translation>
    </message>
    <message>
        <source>Summary of your choice</source>
        <translation>Resumen de su elección</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>CrashScreen</name>
    <message>
        <source>Please ask staff</source>
        <translation>Pida ayuda al personal</translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. What was entered has been cleared. A staff member can help you start again.</source>
        <translation>Algo salió mal dentro de HMO Desktop. Lo que se escribió se borró. Un miembro del personal puede ayudarle a empezar de nuevo.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>DoctorProfileView</name>
    <message>
        <source>Doctor&apos;s profile</source>
        <translation>Perfil del médico</translation>
    </message>
    <message>
        <source>Choose as my PCP</source>
        <translation>Elegir como mi PCP</translation>
    </message>
    <message>
        <source>Add to household…</source>
        <translation>Agregar al grupo familiar…</translation>
    </message>
    <message>
        <source>Add this doctor to a member of the household</source>
        <translation>Agregar este médico a un miembro del grupo familiar</translation>
    </message>
    <message>
        <source>Choose a plan that includes this doctor first.</source>
        <translation>Primero elija un plan que incluya a este médico.</translation>
    </message>
    <message>
        <source>This doctor is not taking new patients: you will be asked first.</source>
        <translation>Este médico no acepta pacientes nuevos: se le preguntará primero.</translation>
    </message>
    <message>
        <source>public data</source>
        <translation>datos públicos</translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation>datos públicos, pueden no estar al día</translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation>deducido por esta aplicación</translation>
    </message>
    <message>
        <source>fictional sample made by this app</source>
        <translation>ejemplo ficticio creado por esta aplicación</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Board certification: %1</source>
        <translation>Certificación de especialidad: %1</translation>
    </message>
    <message>
        <source>Board certified</source>
        <translation>Con certificación de especialidad</translation>
    </message>
    <message>
        <source>Board certified: %1</source>
        <translation>Con certificación de especialidad: %1</translation>
    </message>
    <message>
        <source>Not board certified</source>
        <translation>Sin certificación de especialidad</translation>
    </message>
    <message>
        <source>Sample ID</source>
        <translation>ID de ejemplo</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation>médico de ejemplo, ficticio</translation>
    </message>
    <message>
        <source>fictional; not an NPI</source>
        <translation>ficticio; no es un NPI</translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation>no está en este directorio</translation>
    </message>
    <message>
        <source>Languages the doctor speaks</source>
        <translation>Idiomas que habla el médico</translation>
    </message>
    <message>
        <source>ages %1 to %2</source>
        <translation>%1 a %2 años</translation>
    </message>
    <message>
        <source>ages %1 and up</source>
        <translation>%1 años o más</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>ejemplo ficticio</translation>
    </message>
    <message>
        <source>Ages seen</source>
        <translation>Edades que atiende</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Hospitales</translation>
    </message>
    <message>
        <source>none in this directory; ask the medical group which it uses.</source>
        <translation>no hay ninguno en este directorio; pregunte al grupo médico cuál usa.</translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation>no está en este directorio; llame al plan</translation>
    </message>
    <message>
        <source>sample office, fictional</source>
        <translation>consultorio de ejemplo, ficticio</translation>
    </message>
    <message>
        <source>Address not in this directory; call the plan</source>
        <translation>La dirección no está en este directorio; llame al plan</translation>
    </message>
    <message>
        <source>not in this directory; call the office</source>
        <translation>no está en este directorio; llame al consultorio</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Office staff speak</source>
        <translation>El personal del consultorio habla</translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation>grupo de ejemplo, ficticio</translation>
    </message>
    <message>
        <source>group code</source>
        <translation>código del grupo</translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation>ID de ejemplo, ficticio</translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation>ID del PCP</translation>
    </message>
    <message>
        <source>PCP ID: not in this directory: the plan gives it when you enroll</source>
        <translation>ID del PCP: no está en este directorio: el plan lo da cuando usted se inscribe</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this group</source>
        <translation>Ninguna red HMO de este directorio incluye a este grupo</translation>
    </message>
    <message>
        <source>the plan lists this group; the doctor&apos;s practice was matched to it by name</source>
        <translation>el plan incluye este grupo; la práctica del médico se asoció con él por el nombre</translation>
    </message>
    <message>
        <source>video visits</source>
        <translation>consultas por video</translation>
    </message>
    <message>
        <source>not in this directory; ask the group or the plan</source>
        <translation>no está en este directorio; pregunte al grupo o al plan</translation>
    </message>
    <message>
        <source>Group phone</source>
        <translation>Teléfono del grupo</translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation>Línea fuera de horario</translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation>Reglas de remisión</translation>
    </message>
    <message>
        <source>this doctor is generated sample data, not a real person.</source>
        <translation>este médico es un ejemplo generado, ficticio: no es una persona real.</translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation>consultorio de ejemplo, no es una dirección real</translation>
    </message>
    <message>
        <source>In your plan</source>
        <translation>En su plan</translation>
    </message>
    <message>
        <source>This doctor is not in this plan.</source>
        <translation>Este médico no está en este plan.</translation>
    </message>
    <message>
        <source>If you change plans and want to keep this doctor, these plans include them</source>
        <translation>Si cambia de plan y quiere conservar a este médico, estos planes lo incluyen</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group. Ask the doctor&apos;s office which HMO plans they take, then check with the plan.</source>
        <translation>Ninguna red HMO de este directorio incluye al grupo de este médico. Pregunte en el consultorio del médico qué planes HMO acepta y luego consulte con el plan.</translation>
    </message>
    <message>
        <source>Not in an HMO network here</source>
        <translation>No está en una red HMO aquí</translation>
    </message>
</context>
<context>
    <name>FindDoctorDialog</name>
    <message>
        <source>Find my current doctor</source>
        <translation>Buscar a mi médico actual</translation>
    </message>
    <message>
        <source>Doctor&apos;s name</source>
        <translation>Nombre del médico</translation>
    </message>
    <message>
        <source>Type the doctor&apos;s name, e.g. Nguyen or José</source>
        <translation>Escriba el nombre del médico, p. ej. Nguyen o José</translation>
    </message>
    <message>
        <source>Only doctors with an office in my county</source>
        <translation>Solo médicos con consultorio en mi condado</translation>
    </message>
    <message>
        <source>Only doctors near me (choose a ZIP or county first)</source>
        <translation>Solo médicos cerca de mí (primero elija un código postal (ZIP) o condado)</translation>
    </message>
    <message>
        <source>Only doctors with an office in %1 County</source>
        <translation>Solo médicos con consultorio en el condado de %1</translation>
    </message>
    <message>
        <source>Doctors found</source>
        <translation>Médicos encontrados</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more offices</source>
        <translation>
            <numerusform>y %Ln consultorio más</numerusform>
            <numerusform>y %Ln consultorios más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more medical groups</source>
        <translation>
            <numerusform>y %Ln grupo médico más</numerusform>
            <numerusform>y %Ln grupos médicos más</numerusform>
        </translation>
    </message>
    <message>
        <source>Start typing a first or last name.</source>
        <translation>Empiece a escribir un nombre o apellido.</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Sugerencia de búsqueda</translation>
    </message>
    <message>
        <source>Open the doctor&apos;s profile</source>
        <translation>Abrir el perfil del médico</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No office listed</source>
        <translation>No hay consultorio indicado</translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group</source>
        <translation>Ninguna red HMO de este directorio incluye al grupo de este médico</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>No está en %1</translation>
    </message>
    <message>
        <source>and 1 more office</source>
        <translation>y 1 consultorio más</translation>
    </message>
    <message numerus="yes">
        <source>%Ln doctors found. Press Enter to open the first.</source>
        <translation>
            <numerusform>Se encontró %Ln médico. Presione Enter para abrir el primero.</numerusform>
            <numerusform>Se encontraron %Ln médicos. Presione Enter para abrir el primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>and 1 more medical group</source>
        <translation>y 1 grupo médico más</translation>
    </message>
    <message>
        <source>No doctor&apos;s name starts with &quot;%1&quot;. Check the spelling or type less.</source>
        <translation>Ningún nombre de médico empieza con &quot;%1&quot;. Revise la ortografía o escriba menos.</translation>
    </message>
    <message>
        <source>No doctor with an office in %2 County has a name that starts with &quot;%1&quot;. Check the spelling, type less, or clear the box above to search all of California.</source>
        <translation>Ningún médico con consultorio en el condado de %2 tiene un nombre que empiece con &quot;%1&quot;. Revise la ortografía, escriba menos, o borre el cuadro de arriba para buscar en todo California.</translation>
    </message>
    <message>
        <source>1 doctor found. Press Enter to open the profile.</source>
        <translation>Se encontró 1 médico. Presione Enter para abrir el perfil.</translation>
    </message>
    <message>
        <source>Only the first %1 are listed: type more of the name.</source>
        <translation>Solo se muestran los primeros %1: escriba más del nombre.</translation>
    </message>
    <message>
        <source>Choose a plan to see whether each doctor is in it.</source>
        <translation>Elija un plan para ver si cada médico está en él.</translation>
    </message>
</context>
<context>
    <name>GroupBrowser</name>
    <message>
        <source>Choose a medical group</source>
        <translation>Elija un grupo médico</translation>
    </message>
    <message>
        <source>Search groups by name</source>
        <translation>Buscar grupos por nombre</translation>
    </message>
    <message>
        <source>Type a group name</source>
        <translation>Escriba el nombre de un grupo</translation>
    </message>
    <message>
        <source>Sort groups by</source>
        <translation>Ordenar grupos por</translation>
    </message>
    <message>
        <source>Nearest first, then by county</source>
        <translation>Más cercanos primero, luego por condado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Most accepting new patients</source>
        <translation>Más pacientes nuevos aceptados</translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation>Grupo médico</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Hospitales</translation>
    </message>
    <message>
        <source>Medical groups</source>
        <translation>Grupos médicos</translation>
    </message>
    <message>
        <source>What choosing this group means</source>
        <translation>Qué significa elegir este grupo</translation>
    </message>
    <message>
        <source>No groups message</source>
        <translation>Mensaje de que no hay grupos</translation>
    </message>
    <message>
        <source>Choose this group</source>
        <translation>Elegir este grupo</translation>
    </message>
    <message>
        <source>Skip: search doctors in the whole plan</source>
        <translation>Omitir: buscar médicos en todo el plan</translation>
    </message>
    <message>
        <source>Skip choosing a group</source>
        <translation>Omitir la elección de grupo</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Ordenar:</translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation>Primero elija un plan: vuelva al paso 1.</translation>
    </message>
    <message>
        <source>Your care team in %1</source>
        <translation>Su equipo de atención en %1</translation>
    </message>
    <message>
        <source>Choose a medical group in %1</source>
        <translation>Elija un grupo médico en %1</translation>
    </message>
    <message>
        <source>Choose this care team</source>
        <translation>Elegir este equipo de atención</translation>
    </message>
    <message>
        <source>Continue to doctors</source>
        <translation>Continuar a los médicos</translation>
    </message>
    <message>
        <source>Groups anywhere in California (choose a ZIP code or county above)</source>
        <translation>Grupos en cualquier parte de California (elija un código postal (ZIP) o condado arriba)</translation>
    </message>
    <message>
        <source>Groups the plan lists in %1 County</source>
        <translation>Grupos que el plan incluye en el condado de %1</translation>
    </message>
    <message>
        <source>This plan lists no medical groups here in the offline directory. Use &quot;Skip&quot; to search its doctors directly, or call the plan.</source>
        <translation>Este plan no tiene grupos médicos aquí en el directorio sin conexión. Use &quot;Omitir&quot; para buscar sus médicos directamente, o llame al plan.</translation>
    </message>
    <message>
        <source>No group name matches your search. Clear the search to see the group.</source>
        <translation>Ningún nombre de grupo coincide con su búsqueda. Borre la búsqueda para ver el grupo.</translation>
    </message>
    <message numerus="yes">
        <source>No group name matches your search. Clear the search to see all %Ln groups.</source>
        <translation>
            <numerusform>Ningún nombre de grupo coincide con su búsqueda. Borre la búsqueda para ver %Ln grupo.</numerusform>
            <numerusform>Ningún nombre de grupo coincide con su búsqueda. Borre la búsqueda para ver los %Ln grupos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>HMO</source>
        <translation>HMO (organización para el mantenimiento de la salud)</translation>
    </message>
    <message>
        <source>A Health Maintenance Organization is a kind of health plan. You choose one primary care doctor (PCP) who coordinates your care. Except in emergencies, you use the doctors, hospitals and specialists of your PCP&apos;s medical group, and you need a referral to see a specialist (but not to see a participating OB/GYN).</source>
        <translation>Una organización para el mantenimiento de la salud (HMO) es un tipo de plan de salud. Usted elige un médico de atención primaria (PCP) que coordina su atención. Salvo en emergencias, usted usa los médicos, hospitales y especialistas del grupo médico de su PCP, y necesita una remisión para ver a un especialista (pero no para ver a un ginecólogo-obstetra (OB/GYN) participante).</translation>
    </message>
    <message>
        <source>Medical group / IPA</source>
        <translation>Grupo médico / IPA</translation>
    </message>
    <message>
        <source>A group of doctors that contracts with HMO plans. An IPA (Independent Physician Association) is a network of doctors in their own offices. Your PCP&apos;s group decides referrals, which specialists you see and which hospital you use.</source>
        <translation>Un grupo de médicos que tiene contrato con planes HMO. Una IPA (asociación de médicos independientes) es una red de médicos que trabajan en sus propios consultorios. El grupo de su PCP decide las remisiones, qué especialistas ve usted y qué hospital usa.</translation>
    </message>
    <message>
        <source>Primary care physician (PCP)</source>
        <translation>Médico de atención primaria (PCP)</translation>
    </message>
    <message>
        <source>Your main doctor: check-ups, everyday illness, prescriptions and referrals.</source>
        <translation>Su médico principal: chequeos, enfermedades comunes, recetas y remisiones.</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <source>A doctor for one area of medicine, such as heart or skin. In an HMO you usually need a referral from your PCP first.</source>
        <translation>Un médico de un área de la medicina, como el corazón o la piel. En una HMO, por lo general necesita primero una remisión de su PCP.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Remisión</translation>
    </message>
    <message>
        <source>Your PCP&apos;s request, approved by the medical group, for you to see a specialist or get a service. You do not need one to see a participating OB/GYN.</source>
        <translation>La solicitud de su PCP, aprobada por el grupo médico, para que usted vea a un especialista o reciba un servicio. No necesita una para ver a un ginecólogo-obstetra (OB/GYN) participante.</translation>
    </message>
    <message>
        <source>The four primary care specialties</source>
        <translation>Las cuatro especialidades de atención primaria</translation>
    </message>
    <message>
        <source>Family medicine (all ages), internal medicine (adults), pediatrics (children and teens), and OB/GYN (women&apos;s health; some plans let an OB/GYN be your PCP). In California every HMO member can see a participating OB/GYN without a referral or prior approval; your plan may require the OB/GYN to be in your medical group.</source>
        <translation>Medicina familiar (todas las edades), medicina interna (adultos), pediatría (niños y adolescentes) y ginecología y obstetricia (OB/GYN) (salud de la mujer; algunos planes permiten que un OB/GYN sea su PCP). En California, todo miembro de una HMO puede ver a un OB/GYN participante sin remisión ni aprobación previa; su plan puede exigir que el OB/GYN sea de su grupo médico.</translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation>Acepta pacientes nuevos</translation>
    </message>
    <message>
        <source>The doctor takes new patients in this plan. &quot;Existing patients only&quot; means the doctor is not taking new patients: only people already seen there; &quot;Existing patients and their family&quot; adds those patients&apos; relatives. If you choose a doctor who is not taking new patients, the plan may refuse the choice or give you another doctor, so call the office first. Always call the office to confirm: lists change often.</source>
        <translation>El médico acepta pacientes nuevos en este plan. &quot;Solo pacientes actuales&quot; significa que el médico no acepta pacientes nuevos: solo a personas que ya atiende allí; &quot;Pacientes actuales y su familia&quot; agrega a los familiares de esos pacientes. Si elige un médico que no acepta pacientes nuevos, el plan puede rechazar la elección o asignarle otro médico, así que llame primero al consultorio. Siempre llame al consultorio para confirmar: las listas cambian a menudo.</translation>
    </message>
    <message>
        <source>Sample doctors</source>
        <translation>Médicos de ejemplo (ficticios)</translation>
    </message>
    <message>
        <source>No public file lists California doctors with their groups, so the doctors in this directory are fictional samples, marked &quot;Sample doctor (fictional)&quot;, and so are their offices and phone numbers. Plans, the names of medical groups, hospitals and ZIP codes come from public data, with their dates. A hospital marked &quot;inferred&quot; is one near the offices, not one the doctor or group published; anything marked &quot;sample&quot; or &quot;fictional&quot; is made up.</source>
        <translation>Ningún archivo público lista a los médicos de California con sus grupos, así que los médicos de este directorio son ejemplos ficticios, marcados &quot;Médico de ejemplo (ficticio, no es real)&quot;, y también lo son sus consultorios y números de teléfono. Los planes, los nombres de los grupos médicos, los hospitales y los códigos postales (ZIP) vienen de datos públicos, con sus fechas. Un hospital marcado &quot;deducido&quot; es uno cercano a los consultorios, no uno que el médico o el grupo haya publicado; todo lo marcado &quot;ejemplo&quot; o &quot;ficticio&quot; es inventado.</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>Ayuda y glosario</translation>
    </message>
    <message>
        <source>Help: words you will see</source>
        <translation>Ayuda: palabras que verá</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Cerrar la ayuda</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Segundos restantes</translation>
    </message>
    <message>
        <source>When the count reaches 0, everything on this screen is cleared for the next person. Touch anywhere or press any key for more time.</source>
        <translation>Cuando la cuenta llegue a 0, todo lo que hay en esta pantalla se borrará para la próxima persona. Toque cualquier parte o presione cualquier tecla para tener más tiempo.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
    <message>
        <source>I&apos;m finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything now</source>
        <translation>Terminé: borrar todo ahora</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>I&apos;m finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything for the next person</source>
        <translation>Terminé: borrar todo para la próxima persona</translation>
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
        <translation>HMO Desktop: elija su médico de atención primaria</translation>
    </message>
    <message>
        <source>%1 does not serve this area: choose a plan again.</source>
        <translation>%1 no atiende esta zona: elija un plan de nuevo.</translation>
    </message>
    <message>
        <source>%1 is not listed here: choose a medical group again.</source>
        <translation>%1 no aparece aquí: elija un grupo médico de nuevo.</translation>
    </message>
</context>
<context>
    <name>PcpChooser</name>
    <message>
        <source>Choose your primary care doctor</source>
        <translation>Elija su médico de atención primaria</translation>
    </message>
    <message>
        <source>Where you are searching</source>
        <translation>Dónde está buscando</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>Médicos</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Ocultar filtros</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Number of doctors found</source>
        <translation>Número de médicos encontrados</translation>
    </message>
    <message>
        <source>No doctors message</source>
        <translation>Mensaje de que no hay médicos</translation>
    </message>
    <message>
        <source>Doctors left out for facts not in this directory</source>
        <translation>Médicos excluidos por datos que no están en este directorio</translation>
    </message>
    <message>
        <source>See doctor&apos;s profile</source>
        <translation>Ver perfil del médico</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Mostrar filtros</translation>
    </message>
    <message>
        <source>About the selected doctor</source>
        <translation>Sobre el médico seleccionado</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>all medical groups in the plan</source>
        <translation>todos los grupos médicos del plan</translation>
    </message>
    <message>
        <source>offices in %1 County, nearest to %2</source>
        <translation>consultorios en el condado de %1, más cercanos a %2</translation>
    </message>
    <message>
        <source>offices in %1 County</source>
        <translation>consultorios en el condado de %1</translation>
    </message>
    <message>
        <source>offices anywhere in California</source>
        <translation>consultorios en cualquier parte de California</translation>
    </message>
</context>
<context>
    <name>PcpFilterPanel</name>
    <message>
        <source>Who is the doctor for?</source>
        <translation>¿Para quién es el médico?</translation>
    </message>
    <message>
        <source>Patient&apos;s age</source>
        <translation>Edad del paciente</translation>
    </message>
    <message>
        <source>Enter age</source>
        <translation>Escriba la edad</translation>
    </message>
    <message>
        <source>Type the age of the person who needs the doctor; babies are 0</source>
        <translation>Escriba la edad de la persona que necesita el médico; los bebés tienen 0</translation>
    </message>
    <message>
        <source>Patient&apos;s sex (optional)</source>
        <translation>Sexo del paciente (opcional)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Edad:</translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation>Sexo (opcional):</translation>
    </message>
    <message>
        <source>Primary care specialties</source>
        <translation>Especialidades de atención primaria</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Pacientes nuevos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier situación</translation>
    </message>
    <message>
        <source>Accepting new patients, or call to ask</source>
        <translation>Acepta pacientes nuevos, o llame para preguntar</translation>
    </message>
    <message>
        <source>Not in this directory: call to ask</source>
        <translation>No está en este directorio: llame para preguntar</translation>
    </message>
    <message>
        <source>Language the doctor speaks</source>
        <translation>Idioma que habla el médico</translation>
    </message>
    <message>
        <source>Language the office staff speak</source>
        <translation>Idioma que habla el personal del consultorio</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender</source>
        <translation>Género del médico</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>Cualquier distancia</translation>
    </message>
    <message>
        <source>Within %1 miles</source>
        <translation>A %1 millas o menos</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Any hospital</source>
        <translation>Cualquier hospital</translation>
    </message>
    <message>
        <source>Offers video visits</source>
        <translation>Ofrece consultas por video</translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation>Horario de noche</translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation>Horario de sábado</translation>
    </message>
    <message>
        <source>Wheelchair accessible office</source>
        <translation>Consultorio con acceso para silla de ruedas</translation>
    </message>
    <message>
        <source>Parking, entrance, inside, restroom, exam room and exam table all accessible</source>
        <translation>Estacionamiento, entrada, interior, baño, sala de examen y mesa de examen, todos accesibles</translation>
    </message>
    <message>
        <source>Sort doctors by</source>
        <translation>Ordenar médicos por</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>Más cercanos primero</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation>Pacientes nuevos:</translation>
    </message>
    <message>
        <source>Doctor speaks:</source>
        <translation>El médico habla:</translation>
    </message>
    <message>
        <source>Staff speak:</source>
        <translation>El personal habla:</translation>
    </message>
    <message>
        <source>Doctor&apos;s gender:</source>
        <translation>Género del médico:</translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation>Distancia:</translation>
    </message>
    <message>
        <source>Hospital:</source>
        <translation>Hospital:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>Ordenar:</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (deducido)</translation>
    </message>
</context>
<context>
    <name>PlanNotListedDialog</name>
    <message>
        <source>My plan is not listed</source>
        <translation>Mi plan no aparece</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>PlanPicker</name>
    <message>
        <source>Choose your health plan</source>
        <translation>Elija su plan de salud</translation>
    </message>
    <message>
        <source>These HMO plans serve your area. Pick the one on your member ID card, or the one you are enrolling in.</source>
        <translation>Estos planes HMO atienden su zona. Elija el que aparece en su tarjeta de identificación de miembro, o en el que se está inscribiendo.</translation>
    </message>
    <message>
        <source>What is an HMO?</source>
        <translation>¿Qué es una HMO?</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>Servicios para Miembros</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>Fecha de los datos</translation>
    </message>
    <message>
        <source>Health plans in your area</source>
        <translation>Planes de salud en su zona</translation>
    </message>
    <message>
        <source>About the selected plan</source>
        <translation>Acerca del plan seleccionado</translation>
    </message>
    <message>
        <source>My plan is not listed</source>
        <translation>Mi plan no aparece</translation>
    </message>
    <message>
        <source>My plan is not listed: what to do</source>
        <translation>Mi plan no aparece: qué hacer</translation>
    </message>
    <message>
        <source>Continue with this plan</source>
        <translation>Continuar con este plan</translation>
    </message>
    <message>
        <source>No plans message</source>
        <translation>Mensaje de que no hay planes</translation>
    </message>
    <message>
        <source>Opening the doctor directory...</source>
        <translation>Abriendo el directorio de médicos...</translation>
    </message>
    <message>
        <source>See your member ID card</source>
        <translation>Vea su tarjeta de identificación de miembro</translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation>Condado de %1</translation>
    </message>
    <message>
        <source>California</source>
        <translation>California</translation>
    </message>
    <message>
        <source>Choose your health plan in %1</source>
        <translation>Elija su plan de salud en %1</translation>
    </message>
    <message>
        <source>ZIP %1 (%2)</source>
        <translation>ZIP %1 (%2)</translation>
    </message>
    <message>
        <source>No plan in this directory serves %1: it has only the plans in public files, and none of them lists this area. Check the ZIP code or pick another county. If you already have a plan, press &quot;My plan is not listed&quot; to see how to find its doctors.</source>
        <translation>Ningún plan de este directorio atiende %1: solo tiene los planes de archivos públicos, y ninguno incluye esta zona. Revise el código postal (ZIP) o elija otro condado. Si ya tiene un plan, presione &quot;Mi plan no aparece&quot; para ver cómo encontrar sus médicos.</translation>
    </message>
    <message>
        <source>Select your plan to see what it covers.</source>
        <translation>Seleccione su plan para ver lo que cubre.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find a primary care doctor</source>
        <translation>Buscar un médico de atención primaria</translation>
    </message>
    <message>
        <source>Choose your language, type your ZIP code if you like, then press Start. When you are done, press “I&apos;m finished”: everything you entered is cleared for the next person.</source>
        <translation>Elija su idioma, escriba su código postal (ZIP) si lo desea y presione Empezar. Cuando termine, presione “Terminé”: todo lo que escribió se borrará para la próxima persona.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Your ZIP code (optional)</source>
        <translation>Su código postal (ZIP) (opcional)</translation>
    </message>
    <message>
        <source>Five digits, to list doctors near you.</source>
        <translation>Cinco dígitos, para mostrar médicos cerca de usted.</translation>
    </message>
    <message>
        <source>Your ZIP code</source>
        <translation>Su código postal (ZIP)</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal (ZIP)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Staff only: enter the staff PIN</source>
        <translation>Solo para el personal: escriba el PIN del personal</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Find my current doctor</source>
        <translation>Buscar a mi médico actual</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation>Ayuda y glosario</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>About HMO Desktop and its data</source>
        <translation>Acerca de HMO Desktop y sus datos</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Start over with a new member (also Ctrl+N)</source>
        <translation>Empezar de nuevo con un miembro nuevo (también Ctrl+N)</translation>
    </message>
    <message>
        <source>Forget this member&apos;s ZIP, plan, group, doctor, filters and searches</source>
        <translation>Olvidar el código postal (ZIP), plan, grupo, médico, filtros y búsquedas de este miembro</translation>
    </message>
</context>
</TS>
