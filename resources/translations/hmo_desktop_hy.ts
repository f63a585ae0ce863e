<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy">
<context>
    <name></name>
    <message>
        <source>%1, age %2</source>
        <extracomment>The summary&apos;s file name in the screenshots folder. The family: (name, age) of the adult, then of the child. What a step reports: did it hold, and what it saw (as in ``selftest``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step for Medi-Cal: Health Care Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCP ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family medicine</source>
        <extracomment>The longest text a search box takes: longer than any name, short enough that a pasted page cannot stall the window.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pediatrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OB/GYN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ages, children to seniors; often the whole family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults only: prevention and long-term conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Babies, children and teens (up to 18 or 21).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women&apos;s health, pregnancy and gynecology; some act as a PCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting new patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing patients only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing patients and their family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepting patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medi-Cal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered California</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicare Advantage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer and individual (commercial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible inside the building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible restroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible exam room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height-adjustable exam table / accessible scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample doctor (fictional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fictional samples, made up by this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (used while building)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About HMO Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About HMO Desktop and its data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sample office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample group: its office is a sample placed at a ZIP code center, %1 away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample group: its office is not in this directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves %1; office address not in this directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 doctors in this group here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 1 %2 doctor is accepting new patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %3 %2 doctors are accepting new patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no doctors here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 1 doctor accepting new patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 doctors accepting new patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan with one Permanente Medical Group per region. Enter your ZIP code or county above, or choose the group of the region where you live: Northern or Southern California.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, with a care team at each PACE center. Enter your ZIP code or county above, or choose the center where you live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group of your region, so there is no medical group to choose. Continue to choose your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PACE is for people 55 and older. Your care team, your doctor included, is at your PACE center, so there is no medical group to choose. Continue to see the center&apos;s doctors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your doctor belongs to a medical group. The group decides referrals to specialists and which hospitals you use. Numbers show doctors accepting new patients, for patients of any age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you choose this group, your PCP and your specialists come from it, and referrals to specialists go through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-hours line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this directory: see your member ID card or call the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample group (fictional): this plan&apos;s group list is not available offline, so this group and everything said about it are samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s own care team. Its doctors in this directory are samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed by the carrier for this network in 2017-18. Networks change every year: call the plan to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: ask the group or the plan which hospitals it uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (CMS rating %2 of 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this directory: ask the group or the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can see an OB/GYN in your plan&apos;s network without a referral or prior approval (California law); the plan may require the OB/GYN to be in your medical group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a PACE member&apos;s doctor is assigned: when you enroll, the PACE center&apos;s care team assigns you a primary care doctor who works at the center. You can ask the center for a particular doctor on its team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected member&apos;s doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for this member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make first choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this doctor the member&apos;s first choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this doctor from the member&apos;s choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a member to see their plan and doctors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s plan and doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household&apos;s plan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the member&apos;s first name or a nickname.</source>
        <extracomment>At most this many doctors side by side.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That name is long: a first name or a nickname is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a first name or nickname only: no numbers, dates, IDs or addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age must be from 0 to 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose female, male, or leave sex not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the access needs is not known to this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member cannot be added as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no PCP yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3) is no longer in this directory for this plan; choose another doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not in this member&apos;s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3) is not taking new patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this directory does not say whether %2 (%3) takes new patients; call to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3) sees patients up to age %4; %1 ages out within a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the members of the household, one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has a PCP, and nothing needs another look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known here: open this doctor from the doctor step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening: %1; Saturday: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this directory: ask the medical group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor: %1. Office: %2. Group: %3. Plan: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor&apos;s languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening and Saturday hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household: everyone enrolling together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same doctor for the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctors who can see every member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctors for the whole family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctors for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the current doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the current doctor as this member&apos;s first choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the current doctor as this member&apos;s backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look at again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the chosen doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members, or compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompare doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a PCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan and add the members first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 doctors can see everyone (ages %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the current doctor for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <extracomment>What ``print_at_kiosk`` can report.
----------
The printer&apos;s own margin; QTextDocument adds 2 cm inside it (about 1 inch in all). The language of the summary&apos;s words (the screens are in US English).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <extracomment>The age the form starts at (an adult; the counselor changes it for a child).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants an OB/GYN as PCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the member as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the member was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved household file was damaged. It was set aside, and the last good copy was opened instead: check the members and their doctors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved household file was damaged, and there was no good copy to open. It was set aside; add the members again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved household was kept by a newer version of HMO Desktop. It was left as it is; open it with that version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved household could not be brought up to date. It was left as it was; add the members again, or try again after updating HMO Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved household could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved household could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your household kept on this computer is open: View &gt; Household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctors no longer in this directory: %1. Choose others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household could not be saved in %1: %2. Nothing was changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer. Changes are saved as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household is forgotten: nothing of it is kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this household?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this household on this computer for next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first names or nicknames, ages and chosen doctors are kept, in your user folder. On a shared computer, choose Don&apos;t keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this household?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its members and their doctors are removed from the screen, and the copy kept on this computer is deleted with its backups. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family&apos;s members, their doctors, and the enrollment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; ages not in this directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the enrollment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the enrollment summary as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the enrollment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this household on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is printing. Please collect it from the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is ready. A staff member will print it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up here. Please ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be made. Please ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMO Desktop kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMO Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock staff settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear for the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear everything now for the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff PIN is set, so this kiosk cannot be left from here. To set one, run this on the computer, then start the kiosk again:

hmo-desktop --set-kiosk-pin

It is kept, as a salted hash, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle time before the warning: %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning counts down from: %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size for each new person: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summaries: PDF files in %1, emptied at every reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summaries: printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summaries: no default printer is set up on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file was not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu bar</source>
        <extracomment>The sizes offered, as scales of the system&apos;s text size.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another doctor directory file; it is checked before it is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a doctor directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor directories (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. You can keep working; if it happens again, send these details to the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor directory is not an HMO Desktop directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor directory that came with HMO Desktop is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder is where HMO Desktop&apos;s doctor directory should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMO Desktop may not read its doctor directory&apos;s manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor directory file given to HMO Desktop does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMO Desktop may not read the doctor directory file it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMO Desktop was given a folder, not a doctor directory file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMO Desktop may not read the manifest of the doctor directory file it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This doctor directory needs a newer version of HMO Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This doctor directory is too old for this version of HMO Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall HMO Desktop, or rebuild the directory with &apos;python -m hmo_desktop.datapack build&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may read it, or reinstall HMO Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or rename that folder, then reinstall HMO Desktop or rebuild the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use the directory that came with this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file given with --directory, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may read that file and the folders above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may read the .manifest.json file beside the directory file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the path of a directory file (.sqlite), not of a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update HMO Desktop, or use a directory built by this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMO Desktop cannot use this doctor directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another directory file, or build a new one with &apos;python -m hmo_desktop.datapack build --out FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

HMO Desktop keeps using the directory it had open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the directory file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMO Desktop: choose your primary care doctor (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now using the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated sample data, not a real person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a sample office placed at a ZIP code center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate: to the center of the office&apos;s ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, may be out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medi-Cal health plan for %1 County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medi-Cal health plan for the counties it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered California HMO (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered California HMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer and individual HMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicare Advantage HMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaiser Permanente is an integrated plan: its doctors all belong to the Permanente Medical Group for your region, so there is no medical group to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PACE: for people 55 and older who need a nursing-home level of care and can live safely at home; your care team, including your doctor, is at the PACE center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan&apos;s group list is from %1. Networks change every year: call the plan to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan&apos;s information is from %1. Plans and networks change every year: call the plan to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical groups: the carrier&apos;s published list, as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan list as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan&apos;s medical group list is not available offline: the groups shown are samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medi-Cal health plans, by county (December 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered California HMOs (2017)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthem Blue Cross and UnitedHealthcare employer and individual HMO networks (2017–18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your plan&apos;s own provider directory (on its website or in your welcome kit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or call member services: the number is on your member ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask which medical groups and doctors are in your network, near you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your plan is not here (for example a Blue Shield, Health Net or Kaiser Permanente plan through an employer, Sharp Health Plan or Western Health Advantage):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Medi-Cal? Health Care Options (1-800-430-4263) helps you choose a Medi-Cal plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can still look up a doctor you know with &quot;Find my current doctor&quot;: the profile lists every plan in this directory that includes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1  Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2  Medical group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3  Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4  Doctor&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this to your enrollment or keep it by the phone. Each person has their own page, with the PCP ID the plan asks for.</source>
        <extracomment>Health Care Options, the state&apos;s Medi-Cal enrollment service. Point sizes: body, member heading, title. Large print: nothing under 18 pt. The blank line to write an answer on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sample, fictional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it when you enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this directory: call the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sample office, not a real address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (fictional number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PCP chosen yet. Choose one before you enroll; if you do not, the plan chooses one for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet: no doctor chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan member services:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this directory: it is on the plan’s letters and card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a PCP change takes effect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>often the first day of the next month; the plan confirms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan’s code for this group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2). PCP ID: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 In %2, not this person’s plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number not in this directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to confirm: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does this office take %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is %1 taking new patients in this plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the PCP ID still %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What PCP ID does the plan use for this doctor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date called, and who you spoke with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health Care Options is the state’s Medi-Cal enrollment service. Tell them each person’s plan and PCP by phone or with the Choice Form in your enrollment packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTY:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family may choose one plan and PCP for everyone, or one for each person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person who does not choose within the time stated in the enrollment packet is assigned a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctors, offices and PCP IDs marked “sample, fictional” are made up to show how the app works: they are not real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directories go out of date. Call each office to confirm it takes the plan and is taking new patients before you enroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated by its sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory data as of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>How ``location.hours`` names the days, Monday first. North American numbers 555-0100 to 555-0199 are reserved for fiction.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exam room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height-adjustable exam table and scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this directory: call the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking new patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taking new patients: sees only people already their patients, and their family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patients: not in this directory: call the office to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This doctor is not taking new patients in this plan. The plan may refuse or reassign the choice; call the doctor&apos;s office first to ask whether they will take you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients: if you are one, say so when you call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory says they see only people who are already their patients, and those patients&apos; family: if that is you, say so when you call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OB/GYN: every HMO member can see a participating OB/GYN without a referral or prior approval (California law). Your plan may require the OB/GYN to be in your medical group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred from distance, not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fictional number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor directory was replaced or changed while HMO Desktop was open.</source>
        <extracomment>Input that can start a query: checked at the window, before it reaches any widget.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close HMO Desktop and open it again; if you replaced the directory on purpose, it will be checked then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctors shown are fictional samples. Plans and groups: public data, dated where marked. Always confirm with your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real doctors from public files, with fictional samples where those files have none (marked Sample). Always confirm with your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctors come from public provider files; see About for sources and dates. Always confirm with your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This directory&apos;s newest data is from %1, more than a year ago. Plans and doctors may have changed: check with the plan before enrolling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>This doctor is not taking new patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taking new patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What choosing this doctor means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this doctor anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another doctor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaBar</name>
    <message>
        <source>Your ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of California</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or county:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code, or pick a county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole ZIP code. A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a 5-digit ZIP code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the ZIP code with the digits 0-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ZIP code is 5 digits, like 94110 (or ZIP+4, like 94110-1234).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a California ZIP code. HMO Desktop covers California plans; enter a California ZIP or pick a county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP %1 is not in our list of California ZIP codes (it may be a PO box or a new ZIP). Try a nearby ZIP or pick a county.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm your PCP choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PCP choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practise the steps here; do not give a sample PCP ID to a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCP ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this directory: the plan gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical group phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan member services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number on your member ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office before you tell the plan: ask whether they will take you as a new patient in this plan. If they say no, choose another doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a backup choice: a doctor who is taking new patients, in case the plan refuses this choice or assigns you someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the doctor&apos;s office first: confirm they take your plan and are accepting new patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your plan: call member services or use its website, and give the PCP ID above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PCP change usually takes effect on the first day of the next month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new ID card will show the doctor and the medical group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks change, so confirm with the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group list as of %1; networks change, so confirm with the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashScreen</name>
    <message>
        <source>Please ask staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside HMO Desktop. What was entered has been cleared. A staff member can help you start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoctorProfileView</name>
    <message>
        <source>Doctor&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose as my PCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to household…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this doctor to a member of the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan that includes this doctor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This doctor is not taking new patients: you will be asked first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public data, may be out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred by this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fictional sample made by this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board certification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board certified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not board certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample doctor, fictional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fictional; not an NPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ages %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ages %1 and up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in this directory; ask the medical group which it uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this directory; call the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample office, fictional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address not in this directory; call the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample group, fictional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample ID, fictional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCP ID: not in this directory: the plan gives it when you enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan lists this group; the doctor&apos;s practice was matched to it by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this directory; ask the group or the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this doctor is generated sample data, not a real person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample office, not a real address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you change plans and want to keep this doctor, these plans include them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group. Ask the doctor&apos;s office which HMO plans they take, then check with the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindDoctorDialog</name>
    <message>
        <source>Find my current doctor</source>
        <extracomment>The longest name the search box takes (no name in the directory is near it). The most names listed at once.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the doctor&apos;s name, e.g. Nguyen or José</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only doctors with an office in my county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only doctors near me (choose a ZIP or county first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only doctors with an office in %1 County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctors found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing a first or last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the doctor&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No office listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HMO network in this directory lists this doctor&apos;s group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and 1 more office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and 1 more medical group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more medical groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doctor&apos;s name starts with &quot;%1&quot;. Check the spelling or type less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doctor with an office in %2 County has a name that starts with &quot;%1&quot;. Check the spelling, type less, or clear the box above to search all of California.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 doctor found. Press Enter to open the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 doctors found. Press Enter to open the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 are listed: type more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan to see whether each doctor is in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupBrowser</name>
    <message>
        <source>Choose a medical group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search groups by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort groups by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest first, then by county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most accepting new patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers are doctors accepting new patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What choosing this group means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip: search doctors in the whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip choosing a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care team in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a medical group in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose this care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups anywhere in California (choose a ZIP code or county above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups the plan lists in %1 County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan lists no medical groups here in the offline directory. Use &quot;Skip&quot; to search its doctors directly, or call the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group name matches your search. Clear the search to see the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group name matches your search. Clear the search to see all %1 groups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>HMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Health Maintenance Organization is a kind of health plan. You choose one primary care doctor (PCP) who coordinates your care. Except in emergencies, you use the doctors, hospitals and specialists of your PCP&apos;s medical group, and you need a referral to see a specialist (but not to see a participating OB/GYN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical group / IPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group of doctors that contracts with HMO plans. An IPA (Independent Physician Association) is a network of doctors in their own offices. Your PCP&apos;s group decides referrals, which specialists you see and which hospital you use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary care physician (PCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your main doctor: check-ups, everyday illness, prescriptions and referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doctor for one area of medicine, such as heart or skin. In an HMO you usually need a referral from your PCP first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PCP&apos;s request, approved by the medical group, for you to see a specialist or get a service. You do not need one to see a participating OB/GYN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four primary care specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family medicine (all ages), internal medicine (adults), pediatrics (children and teens), and OB/GYN (women&apos;s health; some plans let an OB/GYN be your PCP). In California every HMO member can see a participating OB/GYN without a referral or prior approval; your plan may require the OB/GYN to be in your medical group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: words you will see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <extracomment>What counts as someone at the screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the count reaches 0, everything on this screen is cleared for the next person. Touch anywhere or press any key for more time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>I&apos;m finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m finished: clear everything for the next person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HMO Desktop</source>
        <extracomment>A shared kiosk: nothing about a member is written to disk (no saved household).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMO Desktop: choose your primary care doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find my current doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help and glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About HMO Desktop and its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over with a new member (also Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this member&apos;s ZIP, plan, group, doctor, filters and searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not serve this area: choose a plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed here: choose a medical group again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PcpChooser</name>
    <message>
        <source>Choose your primary care doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected doctor&apos;s specialty and group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of doctors found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doctors message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctors left out for facts not in this directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See doctor&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan first: go back to step 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all medical groups in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offices in %1 County, nearest to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offices in %1 County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offices anywhere in California</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is the doctor for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the patient&apos;s age on the left (0 for a baby). The list then shows only doctors who see patients that age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether they take new patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which languages the doctor speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which languages the office staff speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the doctor&apos;s gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office&apos;s wheelchair access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether they offer video visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office&apos;s hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more doctor is left out because the directory does not say %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more doctors are left out because the directory does not say %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call their offices to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 doctor found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 doctor found, at %1 office listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 doctors found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 doctors found, at %2 office listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a larger distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any language for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any language for the office staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any new-patient status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer accessibility needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doctors without video visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any office hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all groups in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PACE is for people 55 and older, so this plan has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is for people %1 and older, so it has no doctor for this patient. Go back to step 1 to choose another plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No specialty is selected. Tick at least one of the specialties on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doctor matches these filters. Press &quot;Clear filters&quot; to start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doctor matches every filter. Try %1: that shows 1 doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doctor matches every filter. Try %1: that shows %2 doctors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PcpFilterPanel</name>
    <message>
        <source>Who is the doctor for?</source>
        <extracomment>The new-patients filter&apos;s starting choice: accepting, or not in this directory.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the age of the person who needs the doctor; babies are 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s sex (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary care specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting new patients, or call to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this directory: call to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language the doctor speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language the office staff speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor&apos;s gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within %1 miles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers video visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair accessible office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking, entrance, inside, restroom, exam room and exam table all accessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort doctors by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor speaks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff speak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor&apos;s gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanNotListedDialog</name>
    <message>
        <source>My plan is not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPicker</name>
    <message>
        <source>Choose your health plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These HMO plans serve your area. Pick the one on your member ID card, or the one you are enrolling in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is an HMO?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health plans in your area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the selected plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan is not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan is not listed: what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plans message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the doctor directory...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your member ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>California</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your health plan in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan in this directory serves %1: it has only the plans in public files, and none of them lists this area. Check the ZIP code or pick another county. If you already have a plan, press &quot;My plan is not listed&quot; to see how to find its doctors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select your plan to see what it covers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Find a primary care doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your language, type your ZIP code if you like, then press Start. When you are done, press “I&apos;m finished”: everything you entered is cleared for the next person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ZIP code (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five digits, to list doctors near you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only: enter the staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
