<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ActionDialog</name>
    <message>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>%1 changed this case while you were working on it</source>
        <translation>%1 changed this case while you were working on it</translation>
    </message>
    <message>
        <source>Your input is kept: look at the case again, then save once more.</source>
        <translation>Your input is kept: look at the case again, then save once more.</translation>
    </message>
    <message>
        <source>the same NIP</source>
        <translation>the same NIP</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>the same name</translation>
    </message>
    <message>
        <source>%1 cannot be assigned: they are the person reported in this case (%2). They are never given this case&apos;s keys.</source>
        <translation>%1 cannot be assigned: they are the person reported in this case (%2). They are never given this case&apos;s keys.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;NIP</source>
        <translation>&amp;NIP</translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation>P&amp;osition</translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation>First &amp;password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>The user must change this password at first login.</source>
        <translation>The user must change this password at first login.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected went wrong. Your saved work is safe; the details were written to the log file in %1.</source>
        <translation>Something unexpected went wrong. Your saved work is safe; the details were written to the log file in %1.</translation>
    </message>
    <message>
        <source>WBS Desktop</source>
        <translation>WBS Desktop</translation>
    </message>
    <message>
        <source>The password of the database server %1:</source>
        <translation>The password of the database server %1:</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the password of the database server %1 is asked at each start:</source>
        <translation>This computer has no keyring, so the password of the database server %1 is asked at each start:</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Database server</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <source>A newer WBS Desktop is needed</source>
        <translation>A newer WBS Desktop is needed</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>&amp;Set up another database</source>
        <translation>&amp;Set up another database</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Save the attachment</source>
        <translation>Save the attachment</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>Attachment: %1</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Add a file to the case</source>
        <translation>Add a file to the case</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Save an attachment</source>
        <translation>Save an attachment</translation>
    </message>
    <message>
        <source>WBS Desktop cannot show this kind of file itself. Save it where you choose (only you can read it there); files from reporters can be harmful: open it only if you trust it.</source>
        <translation>WBS Desktop cannot show this kind of file itself. Save it where you choose (only you can read it there); files from reporters can be harmful: open it only if you trust it.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>AuditAlarmBanner</name>
    <message>
        <source>Acknowledge…</source>
        <translation>Acknowledge…</translation>
    </message>
    <message>
        <source>Acknowledge the audit alarm</source>
        <translation>Acknowledge the audit alarm</translation>
    </message>
    <message>
        <source>%1

What did you find, and who was told? (kept in the audit log)</source>
        <translation>%1

What did you find, and who was told? (kept in the audit log)</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Register number</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Between</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time (WITA)</source>
        <translation>Time (WITA)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>&amp;Verify now</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>%1 entries shown (newest first, at most %2).</source>
        <translation>%1 entries shown (newest first, at most %2).</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries checked.</source>
        <translation>The audit log is intact: %1 entries checked.</translation>
    </message>
    <message>
        <source>The audit log is BROKEN at entry %1 (%2). The %3 entries before it check out.</source>
        <translation>The audit log is BROKEN at entry %1 (%2). The %3 entries before it check out.</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>Verify the audit log</translation>
    </message>
    <message>
        <source>Checking every entry and signature…</source>
        <translation>Checking every entry and signature…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1 entries written to %2 (readable by you only).</source>
        <translation>%1 entries written to %2 (readable by you only).</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another place.</source>
        <translation>The file could not be written. Choose another place.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>This backup file is damaged or incomplete (for example cut off while copying). Nothing was restored; use another copy of the backup.</source>
        <translation>This backup file is damaged or incomplete (for example cut off while copying). Nothing was restored; use another copy of the backup.</translation>
    </message>
    <message>
        <source>This backup cannot be opened with these credentials. Give the password of an administrator the backup was made for, or the office&apos;s recovery key.</source>
        <translation>This backup cannot be opened with these credentials. Give the password of an administrator the backup was made for, or the office&apos;s recovery key.</translation>
    </message>
    <message>
        <source>This file is not a WBS Desktop backup, or it was made by a newer version of the app (then update the app first).</source>
        <translation>This file is not a WBS Desktop backup, or it was made by a newer version of the app (then update the app first).</translation>
    </message>
    <message>
        <source>The chosen database is not empty. A backup is only restored into a new file or an empty database, so that nothing is overwritten.</source>
        <translation>The chosen database is not empty. A backup is only restored into a new file or an empty database, so that nothing is overwritten.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>The backup file cannot be read or written: %1</source>
        <translation>The backup file cannot be read or written: %1</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Save the backup as</translation>
    </message>
    <message>
        <source>WBS backups (*.wbsbak)</source>
        <translation>WBS backups (*.wbsbak)</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>WBS backups (*.wbsbak);;All files (*)</source>
        <translation>WBS backups (*.wbsbak);;All files (*)</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>New database file</translation>
    </message>
    <message>
        <source>WBS databases (*.sqlite3)</source>
        <translation>WBS databases (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>The backup is saved (%1, %2 records):
%3

Keep it as you keep the recovery key: locked away, away from this computer, never shared. Anyone holding it can try to guess an administrator&apos;s password on their own computer, for as long as they like; it opens with that password or with the recovery key.</source>
        <translation>The backup is saved (%1, %2 records):
%3

Keep it as you keep the recovery key: locked away, away from this computer, never shared. Anyone holding it can try to guess an administrator&apos;s password on their own computer, for as long as they like; it opens with that password or with the recovery key.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Writing the backup…</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>%1 cases, %2 records</source>
        <translation>%1 cases, %2 records</translation>
    </message>
    <message>
        <source>Administrators who can open it</source>
        <translation>Administrators who can open it</translation>
    </message>
    <message>
        <source>Recovery key fingerprint</source>
        <translation>Recovery key fingerprint</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>Choose the backup file first.</translation>
    </message>
    <message>
        <source>Choose where to restore: a new local file or an empty PostgreSQL database.</source>
        <translation>Choose where to restore: a new local file or an empty PostgreSQL database.</translation>
    </message>
    <message>
        <source>A server address looks like postgresql://user@server:5432/database.</source>
        <translation>A server address looks like postgresql://user@server:5432/database.</translation>
    </message>
    <message>
        <source>Give an administrator&apos;s password or the recovery key.</source>
        <translation>Give an administrator&apos;s password or the recovery key.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>The backup of %1 is restored (%2 records) into:
%3

To work with it, open this database at the next start (&quot;Other database…&quot; in the login window).</source>
        <translation>The backup of %1 is restored (%2 records) into:
%3

To work with it, open this database at the next start (&quot;Other database…&quot; in the login window).</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: %2 — click to list these cases</source>
        <extracomment>The value a full bar stands for (None: the largest); a larger bar is drawn full with a break in it (a long tail kept in one bar).</extracomment>
        <translation>%1: %2 — click to list these cases</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Assign officer…</source>
        <translation>Assign officer…</translation>
    </message>
    <message>
        <source>Give the case to an officer, who receives its keys</source>
        <translation>Give the case to an officer, who receives its keys</translation>
    </message>
    <message>
        <source>Start verification…</source>
        <translation>Start verification…</translation>
    </message>
    <message>
        <source>Start checking the report for completeness (4W1H)</source>
        <translation>Start checking the report for completeness (4W1H)</translation>
    </message>
    <message>
        <source>Complete: investigate…</source>
        <translation>Complete: investigate…</translation>
    </message>
    <message>
        <source>The report is complete: the investigation starts</source>
        <translation>The report is complete: the investigation starts</translation>
    </message>
    <message>
        <source>Ask for more information…</source>
        <translation>Ask for more information…</translation>
    </message>
    <message>
        <source>Ask the reporter for what is missing, with a reply deadline</source>
        <translation>Ask the reporter for what is missing, with a reply deadline</translation>
    </message>
    <message>
        <source>Record the reply…</source>
        <translation>Record the reply…</translation>
    </message>
    <message>
        <source>The reporter&apos;s reply arrived: back to verification</source>
        <translation>The reporter&apos;s reply arrived: back to verification</translation>
    </message>
    <message>
        <source>To clarification…</source>
        <translation>To clarification…</translation>
    </message>
    <message>
        <source>Invite the reporter and witnesses for clarification</source>
        <translation>Invite the reporter and witnesses for clarification</translation>
    </message>
    <message>
        <source>To examination…</source>
        <translation>To examination…</translation>
    </message>
    <message>
        <source>Summon the accused for examination</source>
        <translation>Summon the accused for examination</translation>
    </message>
    <message>
        <source>Conclude…</source>
        <translation>Conclude…</translation>
    </message>
    <message>
        <source>Finish the case: substantiated, not substantiated or referred</source>
        <translation>Finish the case: substantiated, not substantiated or referred</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Close the case…</translation>
    </message>
    <message>
        <source>End the case without investigation: incomplete, out of scope or a duplicate</source>
        <translation>End the case without investigation: incomplete, out of scope or a duplicate</translation>
    </message>
    <message>
        <source>Reopen / step back…</source>
        <translation>Reopen / step back…</translation>
    </message>
    <message>
        <source>Administrators: take the case back to an earlier stage, with a reason</source>
        <translation>Administrators: take the case back to an earlier stage, with a reason</translation>
    </message>
    <message>
        <source>(assigned)</source>
        <translation>(assigned)</translation>
    </message>
    <message>
        <source>Add to the officers already assigned</source>
        <translation>Add to the officers already assigned</translation>
    </message>
    <message>
        <source>Replace the officers assigned now</source>
        <translation>Replace the officers assigned now</translation>
    </message>
    <message>
        <source>Choose an officer.</source>
        <translation>Choose an officer.</translation>
    </message>
    <message>
        <source>Assign an officer</source>
        <translation>Assign an officer</translation>
    </message>
    <message>
        <source>The officer receives the case&apos;s keys. Someone who is the person reported in the case is refused.</source>
        <translation>The officer receives the case&apos;s keys. Someone who is the person reported in the case is refused.</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <source>%1 is the person reported in this case (%2): the assignment will be refused.</source>
        <translation>%1 is the person reported in this case (%2): the assignment will be refused.</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>&amp;Others:</translation>
    </message>
    <message>
        <source>Start verification</source>
        <translation>Start verification</translation>
    </message>
    <message>
        <source>Check that the report says what, where, when, who and how (4W1H), with supporting evidence.</source>
        <translation>Check that the report says what, where, when, who and how (4W1H), with supporting evidence.</translation>
    </message>
    <message>
        <source>&amp;Start verification</source>
        <translation>&amp;Start verification</translation>
    </message>
    <message>
        <source>The report is complete</source>
        <translation>The report is complete</translation>
    </message>
    <message>
        <source>The report is complete: the investigation starts.</source>
        <translation>The report is complete: the investigation starts.</translation>
    </message>
    <message>
        <source>Start the &amp;investigation</source>
        <translation>Start the &amp;investigation</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Note (optional):</translation>
    </message>
    <message>
        <source>Write what is missing, one item a line.</source>
        <translation>Write what is missing, one item a line.</translation>
    </message>
    <message>
        <source>The reply deadline must be after today.</source>
        <translation>The reply deadline must be after today.</translation>
    </message>
    <message>
        <source>Ask the reporter for more information</source>
        <translation>Ask the reporter for more information</translation>
    </message>
    <message>
        <source>The case waits for the reporter&apos;s reply. Without a reply by the deadline it may be closed as incomplete.</source>
        <translation>The case waits for the reporter&apos;s reply. Without a reply by the deadline it may be closed as incomplete.</translation>
    </message>
    <message>
        <source>&amp;Ask for it</source>
        <translation>&amp;Ask for it</translation>
    </message>
    <message>
        <source>e.g. the date of the incident
copies of receipts</source>
        <translation>e.g. the date of the incident
copies of receipts</translation>
    </message>
    <message>
        <source>&amp;What is missing (one a line):</source>
        <translation>&amp;What is missing (one a line):</translation>
    </message>
    <message numerus="yes">
        <source>Default: %n day(s) from today (a setting).</source>
        <translation>
            <numerusform>Default: %n day from today (a setting).</numerusform>
            <numerusform>Default: %n days from today (a setting).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply &amp;deadline:</source>
        <translation>Reply &amp;deadline:</translation>
    </message>
    <message>
        <source>Then &amp;write the request letter to the reporter</source>
        <translation>Then &amp;write the request letter to the reporter</translation>
    </message>
    <message>
        <source>Summarise what the reporter sent.</source>
        <translation>Summarise what the reporter sent.</translation>
    </message>
    <message>
        <source>Record the reporter&apos;s reply</source>
        <translation>Record the reporter&apos;s reply</translation>
    </message>
    <message>
        <source>The case goes back to verification.</source>
        <translation>The case goes back to verification.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;What arrived:</source>
        <translation>&amp;What arrived:</translation>
    </message>
    <message>
        <source>The case moves to the stage “%1”.</source>
        <translation>The case moves to the stage “%1”.</translation>
    </message>
    <message>
        <source>To clarification</source>
        <translation>To clarification</translation>
    </message>
    <message>
        <source>To &amp;clarification</source>
        <translation>To &amp;clarification</translation>
    </message>
    <message>
        <source>To examination of the accused</source>
        <translation>To examination of the accused</translation>
    </message>
    <message>
        <source>To &amp;examination</source>
        <translation>To &amp;examination</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Choose the outcome.</translation>
    </message>
    <message>
        <source>Write a summary of the findings.</source>
        <translation>Write a summary of the findings.</translation>
    </message>
    <message>
        <source>Say to whom the case is referred.</source>
        <translation>Say to whom the case is referred.</translation>
    </message>
    <message>
        <source>Conclude the case</source>
        <translation>Conclude the case</translation>
    </message>
    <message>
        <source>C&amp;onclude</source>
        <translation>C&amp;onclude</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation>&amp;Referred to:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>Recommen&amp;dations:</source>
        <translation>Recommen&amp;dations:</translation>
    </message>
    <message>
        <source>Incomplete after the deadline</source>
        <translation>Incomplete after the deadline</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Out of scope</translation>
    </message>
    <message>
        <source>Duplicate of another case</source>
        <translation>Duplicate of another case</translation>
    </message>
    <message>
        <source>Choose why the case is closed.</source>
        <translation>Choose why the case is closed.</translation>
    </message>
    <message>
        <source>Give the register number of the other case.</source>
        <translation>Give the register number of the other case.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>A closed case is not investigated. Only an administrator can reopen it.</source>
        <translation>A closed case is not investigated. Only an administrator can reopen it.</translation>
    </message>
    <message>
        <source>C&amp;lose the case</source>
        <translation>C&amp;lose the case</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>register number, e.g. WBS/2026/00012</source>
        <translation>register number, e.g. WBS/2026/00012</translation>
    </message>
    <message>
        <source>&amp;Duplicate of:</source>
        <translation>&amp;Duplicate of:</translation>
    </message>
    <message>
        <source>Write why the case goes back.</source>
        <translation>Write why the case goes back.</translation>
    </message>
    <message>
        <source>Reopen or step back</source>
        <translation>Reopen or step back</translation>
    </message>
    <message>
        <source>An administrator&apos;s act: the reason is kept in the timeline and the audit log.</source>
        <translation>An administrator&apos;s act: the reason is kept in the timeline and the audit log.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>Back to &amp;stage:</source>
        <translation>Back to &amp;stage:</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <source>No case matches the search and filters.</source>
        <extracomment>Who runs a new search after a sort change (the main window does it in the background); None: search synchronously here.</extracomment>
        <translation>No case matches the search and filters.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <source>No cases yet. Log a complaint with Case ▸ New complaint (Ctrl+N).</source>
        <translation>No cases yet. Log a complaint with Case ▸ New complaint (Ctrl+N).</translation>
    </message>
    <message>
        <source>Fit the columns to the window</source>
        <translation>Fit the columns to the window</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Register no.</source>
        <extracomment>Not shown at first (the table must fit beside the case at 1366×768); the header&apos;s context menu shows them. Columns that share what the others leave (text elided, tooltip whole).</extracomment>
        <translation>Register no.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Person reported</source>
        <translation>Person reported</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Arrived by</source>
        <translation>Arrived by</translation>
    </message>
    <message>
        <source>The stored data of this case failed its integrity check and cannot be shown. Tell the administrator (wbs-admin verify-data lists such cases); the other cases are not affected.</source>
        <translation>The stored data of this case failed its integrity check and cannot be shown. Tell the administrator (wbs-admin verify-data lists such cases); the other cases are not affected.</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>damaged</translation>
    </message>
    <message>
        <source>This case has not been shared with you.</source>
        <translation>This case has not been shared with you.</translation>
    </message>
    <message numerus="yes">
        <source>%n d late</source>
        <translation>
            <numerusform>%n d late</numerusform>
            <numerusform>%n d late</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>%n d left</source>
        <translation>
            <numerusform>%n d left</numerusform>
            <numerusform>%n d left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>An administrator set your password. Choose your own before you continue (at least 10 characters).</source>
        <translation>An administrator set your password. Choose your own before you continue (at least 10 characters).</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Choose a new password of at least 10 characters.</source>
        <translation>Choose a new password of at least 10 characters.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>&amp;Repeat new password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>C&amp;hange password</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Connection to the server lost — retrying…</source>
        <translation>Connection to the server lost — retrying…</translation>
    </message>
    <message>
        <source>Next attempt in %1 s.</source>
        <translation>Next attempt in %1 s.</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Trying again…</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Dashboard — WBS Desktop</source>
        <extracomment>Units drawn one by one; the rest share one bar. Workstation setting: open the dashboard right after an administrator logs in.</extracomment>
        <translation>Dashboard — WBS Desktop</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>From – to</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Save as Excel…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Show at login</source>
        <translation>Show at login</translation>
    </message>
    <message>
        <source>Open the dashboard on this computer right after an administrator logs in</source>
        <translation>Open the dashboard on this computer right after an administrator logs in</translation>
    </message>
    <message>
        <source>Count demo data</source>
        <translation>Count demo data</translation>
    </message>
    <message>
        <source>Cases made by “wbs-admin demo” are left out of the figures. Tick this to count them (a demo or training office); never for figures handed upward.</source>
        <translation>Cases made by “wbs-admin demo” are left out of the figures. Tick this to count them (a demo or training office); never for figures handed upward.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>concluded or closed</source>
        <translation>concluded or closed</translation>
    </message>
    <message>
        <source>overdue today</source>
        <translation>overdue today</translation>
    </message>
    <message>
        <source>Received per month</source>
        <translation>Received per month</translation>
    </message>
    <message>
        <source>In progress, by stage</source>
        <translation>In progress, by stage</translation>
    </message>
    <message>
        <source>Finished, by outcome</source>
        <translation>Finished, by outcome</translation>
    </message>
    <message>
        <source>Overdue today, by deadline</source>
        <translation>Overdue today, by deadline</translation>
    </message>
    <message>
        <source>By complaint type</source>
        <translation>By complaint type</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <source>By unit of the accused</source>
        <translation>By unit of the accused</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <source>Semester %1</source>
        <translation>Semester %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Reports received %1 – %2, each in its stage today (%3). Click a number or a bar to list those cases.</source>
        <translation>Reports received %1 – %2, each in its stage today (%3). Click a number or a bar to list those cases.</translation>
    </message>
    <message>
        <source>Demo data is counted.</source>
        <translation>Demo data is counted.</translation>
    </message>
    <message>
        <source>to first response</source>
        <translation>to first response</translation>
    </message>
    <message>
        <source>to verification</source>
        <translation>to verification</translation>
    </message>
    <message>
        <source>to conclusion</source>
        <translation>to conclusion</translation>
    </message>
    <message>
        <source>%1: no case yet</source>
        <translation>%1: no case yet</translation>
    </message>
    <message>
        <source>%1: average %2, median %3 (%4 cases)</source>
        <translation>%1: average %2, median %3 (%4 cases)</translation>
    </message>
    <message>
        <source>Working days from receipt: %1</source>
        <translation>Working days from receipt: %1</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>demo data</translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>Not counted: %1</translation>
    </message>
    <message>
        <source>Counting from the cases whose file you hold (the unit is encrypted with the case)…</source>
        <translation>Counting from the cases whose file you hold (the unit is encrypted with the case)…</translation>
    </message>
    <message>
        <source>From the %1 of %2 cases whose file you hold (the unit is encrypted with the case).</source>
        <translation>From the %1 of %2 cases whose file you hold (the unit is encrypted with the case).</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Other units</source>
        <translation>Other units</translation>
    </message>
    <message>
        <source>Closed without investigation</source>
        <translation>Closed without investigation</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Reporter&apos;s reply</source>
        <translation>Reporter&apos;s reply</translation>
    </message>
    <message>
        <source>Scheduled hearing</source>
        <translation>Scheduled hearing</translation>
    </message>
    <message>
        <source>Save the recap as Excel</source>
        <translation>Save the recap as Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the recap as PDF</source>
        <translation>Save the recap as PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the recap…</source>
        <translation>Writing the recap…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>DayPrinter</name>
    <message>
        <source>Printing the letters of a hearing day</source>
        <translation>Printing the letters of a hearing day</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Letter %1 of %2: %3</source>
        <translation>Letter %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a case to see it here.</source>
        <translation>Select a case to see it here.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Hearings</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>This case has not been shared with you: only its register data can be shown. An administrator can assign it to you.</source>
        <translation>This case has not been shared with you: only its register data can be shown. An administrator can assign it to you.</translation>
    </message>
    <message>
        <source>Completeness (4W1H)</source>
        <translation>Completeness (4W1H)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Arrived by:</source>
        <translation>Arrived by:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Where:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Material loss:</source>
        <translation>Material loss:</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronology</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Evidence links</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Notes, files</source>
        <translation>Notes, files</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Show &amp;identity…</source>
        <translation>Show &amp;identity…</translation>
    </message>
    <message>
        <source>Person reported</source>
        <translation>Person reported</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Pangkat/golongan:</source>
        <translation>Pangkat/golongan:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Other reports about this person</source>
        <translation>Other reports about this person</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>yes, estimated %1</source>
        <translation>yes, estimated %1</translation>
    </message>
    <message>
        <source>yes, not estimated</source>
        <translation>yes, not estimated</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No evidence links.</source>
        <translation>No evidence links.</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflict of interest</translation>
    </message>
    <message>
        <source>Supporting evidence</source>
        <translation>Supporting evidence</translation>
    </message>
    <message>
        <source>The report is complete.</source>
        <translation>The report is complete.</translation>
    </message>
    <message>
        <source>Incomplete: the office may ask the reporter for more.</source>
        <translation>Incomplete: the office may ask the reporter for more.</translation>
    </message>
    <message>
        <source>Anonymous (surat kaleng)</source>
        <translation>Anonymous (surat kaleng)</translation>
    </message>
    <message>
        <source>An anonymous report: no letter can be sent to the reporter.</source>
        <translation>An anonymous report: no letter can be sent to the reporter.</translation>
    </message>
    <message>
        <source>Identity shown; this was recorded in the audit log.</source>
        <translation>Identity shown; this was recorded in the audit log.</translation>
    </message>
    <message>
        <source>Masked. Showing it is recorded in the audit log.</source>
        <translation>Masked. Showing it is recorded in the audit log.</translation>
    </message>
    <message>
        <source>agrees to be contacted</source>
        <translation>agrees to be contacted</translation>
    </message>
    <message>
        <source>not to be contacted</source>
        <translation>not to be contacted</translation>
    </message>
    <message>
        <source>same NIP</source>
        <translation>same NIP</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>None found.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %Ln reports.</source>
        <translation>
            <numerusform>The newest %1 of %Ln report.</numerusform>
            <numerusform>The newest %1 of %Ln reports.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WBS Desktop</source>
        <translation>WBS Desktop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Search (name, location, text)…</source>
        <translation>Search (name, location, text)…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Arrived by</source>
        <translation>Arrived by</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Received between</source>
        <translation>Received between</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Assigned to me</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
</context>
<context>
    <name>FrontDesk</name>
    <message>
        <source>The office checks that the report is complete and starts verifying it by this date.</source>
        <translation>The office checks that the report is complete and starts verifying it by this date.</translation>
    </message>
    <message>
        <source>The office is checking that the report is complete (what, where, when, who, how, and the evidence).</source>
        <translation>The office is checking that the report is complete (what, where, when, who, how, and the evidence).</translation>
    </message>
    <message>
        <source>The office asked the reporter for more information: it must arrive by this date.</source>
        <translation>The office asked the reporter for more information: it must arrive by this date.</translation>
    </message>
    <message>
        <source>The report is being investigated. The office will write to the reporter if it needs them.</source>
        <translation>The report is being investigated. The office will write to the reporter if it needs them.</translation>
    </message>
    <message>
        <source>The reporter is invited to a clarification meeting on this date (the invitation letter gives the time and place).</source>
        <translation>The reporter is invited to a clarification meeting on this date (the invitation letter gives the time and place).</translation>
    </message>
    <message>
        <source>Clarification: the office may invite the reporter by letter.</source>
        <translation>Clarification: the office may invite the reporter by letter.</translation>
    </message>
    <message>
        <source>The reported person is being examined. The reporter will be told by letter when the case is concluded.</source>
        <translation>The reported person is being examined. The reporter will be told by letter when the case is concluded.</translation>
    </message>
    <message>
        <source>The case was concluded on this date; the reporter is told by letter.</source>
        <translation>The case was concluded on this date; the reporter is told by letter.</translation>
    </message>
    <message>
        <source>The case was closed on this date.</source>
        <translation>The case was closed on this date.</translation>
    </message>
</context>
<context>
    <name>FrontDeskDialog</name>
    <message>
        <source>Find by tracking code</source>
        <translation>Find by tracking code</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Look up</translation>
    </message>
    <message>
        <source>Tracking code given to the reporter:</source>
        <translation>Tracking code given to the reporter:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <source>Date of the next step:</source>
        <translation>Date of the next step:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Open the case</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>(you may not open this case)</source>
        <translation>(you may not open this case)</translation>
    </message>
    <message>
        <source>No case has this tracking code. Check it for typing errors (letters and digits, no spaces).</source>
        <translation>No case has this tracking code. Check it for typing errors (letters and digits, no spaces).</translation>
    </message>
</context>
<context>
    <name>HearingsTab</name>
    <message>
        <source>Day</source>
        <extracomment>Printed in the letters, so Indonesian whatever the UI language.</extracomment>
        <translation>Day</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Schedule…</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>A&amp;bsent</source>
        <translation>A&amp;bsent</translation>
    </message>
    <message>
        <source>&amp;Minutes…</source>
        <translation>&amp;Minutes…</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>&amp;Letter…</translation>
    </message>
    <message>
        <source>Generate this hearing&apos;s letter (summons, invitation, request, minutes)</source>
        <translation>Generate this hearing&apos;s letter (summons, invitation, request, minutes)</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>Accused</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>minutes signed</source>
        <translation>minutes signed</translation>
    </message>
    <message>
        <source>minutes: signature refused</source>
        <translation>minutes: signature refused</translation>
    </message>
    <message>
        <source>The accused did not attend the second summons: the decision rests on the evidence at hand (PP 94/2021).</source>
        <translation>The accused did not attend the second summons: the decision rests on the evidence at hand (PP 94/2021).</translation>
    </message>
    <message>
        <source>Letter of %1 · %2 · examiners: %3</source>
        <translation>Letter of %1 · %2 · examiners: %3</translation>
    </message>
    <message>
        <source>Accused (second summons)</source>
        <translation>Accused (second summons)</translation>
    </message>
    <message>
        <source>Witness: %1</source>
        <translation>Witness: %1</translation>
    </message>
    <message>
        <source>Accused: %1</source>
        <translation>Accused: %1</translation>
    </message>
    <message>
        <source>summons %1</source>
        <translation>summons %1</translation>
    </message>
    <message>
        <source>Summons rule set aside by an administrator: %1</source>
        <translation>Summons rule set aside by an administrator: %1</translation>
    </message>
    <message>
        <source>The examiners come from the case&apos;s examination team (Letters tab, Examination team…).</source>
        <translation>The examiners come from the case&apos;s examination team (Letters tab, Examination team…).</translation>
    </message>
    <message>
        <source>only to set a summons rule aside: say why</source>
        <translation>only to set a summons rule aside: say why</translation>
    </message>
    <message>
        <source>Earliest allowed date: %1 (PP 94/2021: at least 7 working days between the letter and the hearing).</source>
        <translation>Earliest allowed date: %1 (PP 94/2021: at least 7 working days between the letter and the hearing).</translation>
    </message>
    <message>
        <source>Earliest working day: %1.</source>
        <translation>Earliest working day: %1.</translation>
    </message>
    <message>
        <source>The second summons letter is dated from %1 to %2 (the first hearing day and 7 working days after it).</source>
        <translation>The second summons letter is dated from %1 to %2 (the first hearing day and 7 working days after it).</translation>
    </message>
    <message>
        <source>%1 is not a working day: letters are dated on working days.</source>
        <translation>%1 is not a working day: letters are dated on working days.</translation>
    </message>
    <message>
        <source>Choose who is to be heard.</source>
        <translation>Choose who is to be heard.</translation>
    </message>
    <message>
        <source>Name at least one examiner.</source>
        <translation>Name at least one examiner.</translation>
    </message>
    <message>
        <source>Give the place.</source>
        <translation>Give the place.</translation>
    </message>
    <message>
        <source>Second summons of the accused</source>
        <translation>Second summons of the accused</translation>
    </message>
    <message>
        <source>Schedule a hearing</source>
        <translation>Schedule a hearing</translation>
    </message>
    <message>
        <source>The accused did not attend. The second summons follows the same rule; the proposed date is the earliest allowed.</source>
        <translation>The accused did not attend. The second summons follows the same rule; the proposed date is the earliest allowed.</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>&amp;Letter date:</source>
        <translation>&amp;Letter date:</translation>
    </message>
    <message>
        <source>&amp;Hearing day:</source>
        <translation>&amp;Hearing day:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>E&amp;xaminers:</source>
        <translation>E&amp;xaminers:</translation>
    </message>
    <message>
        <source>&amp;Override reason (administrator):</source>
        <translation>&amp;Override reason (administrator):</translation>
    </message>
    <message>
        <source>The examinee &amp;signed the minutes</source>
        <translation>The examinee &amp;signed the minutes</translation>
    </message>
    <message>
        <source>why the examinee did not sign</source>
        <translation>why the examinee did not sign</translation>
    </message>
    <message>
        <source>Write at least one question and its answer.</source>
        <translation>Write at least one question and its answer.</translation>
    </message>
    <message>
        <source>Say why the examinee refused to sign.</source>
        <translation>Say why the examinee refused to sign.</translation>
    </message>
    <message>
        <source>Examination minutes (BAP)</source>
        <translation>Examination minutes (BAP)</translation>
    </message>
    <message>
        <source>Questions and answers as spoken, then any statements.</source>
        <translation>Questions and answers as spoken, then any statements.</translation>
    </message>
    <message>
        <source>&amp;Save minutes</source>
        <translation>&amp;Save minutes</translation>
    </message>
    <message>
        <source>S&amp;tatements:</source>
        <translation>S&amp;tatements:</translation>
    </message>
    <message>
        <source>&amp;Refusal note:</source>
        <translation>&amp;Refusal note:</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Search the manual…</source>
        <extracomment>The page F1 opens in each window (class name → page); anything else opens the contents.</extracomment>
        <translation>Search the manual…</translation>
    </message>
    <message>
        <source>Shows the pages that contain every word typed</source>
        <translation>Shows the pages that contain every word typed</translation>
    </message>
    <message>
        <source>No page contains these words.</source>
        <translation>No page contains these words.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>The logo file is too large (at most 512 KB).</source>
        <translation>The logo file is too large (at most 512 KB).</translation>
    </message>
    <message>
        <source>The logo file is empty.</source>
        <translation>The logo file is empty.</translation>
    </message>
    <message>
        <source>The SVG file cannot be used as a logo (it is damaged or declares a DOCTYPE).</source>
        <translation>The SVG file cannot be used as a logo (it is damaged or declares a DOCTYPE).</translation>
    </message>
    <message>
        <source>The logo must be a PNG, JPEG or SVG image.</source>
        <translation>The logo must be a PNG, JPEG or SVG image.</translation>
    </message>
    <message>
        <source>The letterhead needs the agency&apos;s name, and each line at most 200 characters.</source>
        <translation>The letterhead needs the agency&apos;s name, and each line at most 200 characters.</translation>
    </message>
    <message>
        <source>A copy list has at most 12 lines of 200 characters.</source>
        <translation>A copy list has at most 12 lines of 200 characters.</translation>
    </message>
    <message>
        <source>The office name needs 1 to 200 characters.</source>
        <translation>The office name needs 1 to 200 characters.</translation>
    </message>
</context>
<context>
    <name>LetterheadTab</name>
    <message>
        <source>&amp;Government (first line):</source>
        <translation>&amp;Government (first line):</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Place of &amp;signing:</source>
        <translation>Place of &amp;signing:</translation>
    </message>
    <message>
        <source>C&amp;ontact in the letters:</source>
        <translation>C&amp;ontact in the letters:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>&amp;Choose image…</source>
        <translation>&amp;Choose image…</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file (at most 512 KB). It prints about 2.4 cm high at the left of the letterhead on every letter.</source>
        <translation>A PNG, JPEG or SVG file (at most 512 KB). It prints about 2.4 cm high at the left of the letterhead on every letter.</translation>
    </message>
    <message>
        <source>Use the &amp;default emblem</source>
        <translation>Use the &amp;default emblem</translation>
    </message>
    <message>
        <source>Where a reporter brings documents or asks: printed in the text of the request for completion and of the notice to the reporter.</source>
        <translation>Where a reporter brings documents or asks: printed in the text of the request for completion and of the notice to the reporter.</translation>
    </message>
    <message>
        <source>Printed before the date of every letter, e.g. &quot;Kupang, 6 Desember 2026&quot;.</source>
        <translation>Printed before the date of every letter, e.g. &quot;Kupang, 6 Desember 2026&quot;.</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Images (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>The default emblem (no logo set)</source>
        <translation>The default emblem (no logo set)</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Anonymous report: no letter can be sent to the reporter (no name, no address). The reporter follows the report with the tracking code on the receipt.</source>
        <translation>Anonymous report: no letter can be sent to the reporter (no name, no address). The reporter follows the report with the tracking code on the receipt.</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Generate…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>&amp;Correct (new number)…</source>
        <translation>&amp;Correct (new number)…</translation>
    </message>
    <message>
        <source>Examination &amp;team…</source>
        <translation>Examination &amp;team…</translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation>(corrected)</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate a letter</source>
        <translation>Generate a letter</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Next…</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <source>Letter %1 is the live letter for this; print it again, or choose Correct… to replace it with a new number.</source>
        <translation>Letter %1 is the live letter for this; print it again, or choose Correct… to replace it with a new number.</translation>
    </message>
    <message>
        <source>Give the addressee.</source>
        <translation>Give the addressee.</translation>
    </message>
    <message>
        <source>Generate the first summons (Surat Panggilan I) before the second: the second refers to its number and date.</source>
        <translation>Generate the first summons (Surat Panggilan I) before the second: the second refers to its number and date.</translation>
    </message>
    <message>
        <source>Press Generate again to date it so.</source>
        <translation>Press Generate again to date it so.</translation>
    </message>
    <message>
        <source>Correct a letter: %1</source>
        <translation>Correct a letter: %1</translation>
    </message>
    <message>
        <source>Generate: %1</source>
        <translation>Generate: %1</translation>
    </message>
    <message>
        <source>The fields come from the case; change what needs changing. The letter gets the next number and is stored exactly as generated.</source>
        <translation>The fields come from the case; change what needs changing. The letter gets the next number and is stored exactly as generated.</translation>
    </message>
    <message>
        <source>Letter %1 will be marked as corrected (never deleted).</source>
        <translation>Letter %1 will be marked as corrected (never deleted).</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generate</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Sifat:</source>
        <translation>&amp;Sifat:</translation>
    </message>
    <message>
        <source>&amp;Lampiran:</source>
        <translation>&amp;Lampiran:</translation>
    </message>
    <message>
        <source>&amp;Hal:</source>
        <translation>&amp;Hal:</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;Addressee:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Add&amp;ress:</translation>
    </message>
    <message>
        <source>Pan&amp;gkat/golongan:</source>
        <translation>Pan&amp;gkat/golongan:</translation>
    </message>
    <message>
        <source>e.g. penyalahgunaan wewenang</source>
        <translation>e.g. penyalahgunaan wewenang</translation>
    </message>
    <message>
        <source>Alleged &amp;breach (berupa …):</source>
        <translation>Alleged &amp;breach (berupa …):</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>&amp;Instruction:</translation>
    </message>
    <message>
        <source>To (o&amp;fficer):</source>
        <translation>To (o&amp;fficer):</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Findings:</translation>
    </message>
    <message>
        <source>E&amp;vidence (one a line):</source>
        <translation>E&amp;vidence (one a line):</translation>
    </message>
    <message>
        <source>C&amp;onclusion:</source>
        <translation>C&amp;onclusion:</translation>
    </message>
    <message>
        <source>Recommended &amp;discipline:</source>
        <translation>Recommended &amp;discipline:</translation>
    </message>
    <message>
        <source>Reason for the &amp;correction:</source>
        <translation>Reason for the &amp;correction:</translation>
    </message>
    <message>
        <source>&amp;Missing (one a line):</source>
        <translation>&amp;Missing (one a line):</translation>
    </message>
    <message>
        <source>Reply dead&amp;line:</source>
        <translation>Reply dead&amp;line:</translation>
    </message>
    <message>
        <source>&amp;Tembusan (one a line):</source>
        <translation>&amp;Tembusan (one a line):</translation>
    </message>
    <message>
        <source>Hearing:</source>
        <translation>Hearing:</translation>
    </message>
    <message>
        <source>Tick at least one examiner.</source>
        <translation>Tick at least one examiner.</translation>
    </message>
    <message>
        <source>Examination team</source>
        <translation>Examination team</translation>
    </message>
    <message>
        <source>Tick the examiners of this case; the chair is named in the summons (“untuk menghadap kepada”), the whole team in the Surat Tugas and the Laporan Hasil Pemeriksaan, with their NIP, pangkat and jabatan.</source>
        <translation>Tick the examiners of this case; the chair is named in the summons (“untuk menghadap kepada”), the whole team in the Surat Tugas and the Laporan Hasil Pemeriksaan, with their NIP, pangkat and jabatan.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Examiners:</source>
        <translation>&amp;Examiners:</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>C&amp;hair:</translation>
    </message>
    <message>
        <source>Choose a letter first.</source>
        <translation>Choose a letter first.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Printing failed: %1</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Save the letter</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <source>No letters for hearings on %1.</source>
        <translation>No letters for hearings on %1.</translation>
    </message>
    <message>
        <source>Print the letters of a hearing day</source>
        <translation>Print the letters of a hearing day</translation>
    </message>
    <message>
        <source>Every current letter for the hearings of the day is printed, one after another.</source>
        <translation>Every current letter for the hearings of the day is printed, one after another.</translation>
    </message>
    <message>
        <source>&amp;Choose printer…</source>
        <translation>&amp;Choose printer…</translation>
    </message>
    <message>
        <source>Hearing &amp;day:</source>
        <translation>Hearing &amp;day:</translation>
    </message>
    <message>
        <source>%1 letter(s) printed.</source>
        <translation>%1 letter(s) printed.</translation>
    </message>
    <message>
        <source>Printing finished</source>
        <translation>Printing finished</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Shared database: %1</source>
        <extracomment>``exec()`` result: the user asked for another database. ``exec()`` result: the database being opened could not be (see ``open_error``). ``exec()`` result of the lock screen: log the locked user out, let another log in. Language names are written in their own language on purpose (not translated).</extracomment>
        <translation>Shared database: %1</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>Database file: %1</translation>
    </message>
    <message>
        <source>Office key: %1</source>
        <translation>Office key: %1</translation>
    </message>
    <message>
        <source>&amp;Remember my user name on this computer</source>
        <translation>&amp;Remember my user name on this computer</translation>
    </message>
    <message>
        <source>Locked — WBS Desktop</source>
        <translation>Locked — WBS Desktop</translation>
    </message>
    <message>
        <source>The screen is locked. Enter your password to continue.</source>
        <translation>The screen is locked. Enter your password to continue.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>&amp;Switch user</translation>
    </message>
    <message>
        <source>Log this user out (what was open is forgotten) and log in as someone else</source>
        <translation>Log this user out (what was open is forgotten) and log in as someone else</translation>
    </message>
    <message>
        <source>Log in — %1</source>
        <translation>Log in — %1</translation>
    </message>
    <message>
        <source>Administrator %1 was made with the recovery key. Log in as them.</source>
        <translation>Administrator %1 was made with the recovery key. Log in as them.</translation>
    </message>
    <message>
        <source>Opening the database… You will be logged in as soon as it is open.</source>
        <translation>Opening the database… You will be logged in as soon as it is open.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Checking the password…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Enter your user name and your password.</source>
        <translation>Enter your user name and your password.</translation>
    </message>
    <message>
        <source>Log in — WBS Desktop</source>
        <translation>Log in — WBS Desktop</translation>
    </message>
    <message>
        <source>Whistleblowing System</source>
        <translation>Whistleblowing System</translation>
    </message>
    <message>
        <source>Inspection office, BKD Provinsi NTT</source>
        <translation>Inspection office, BKD Provinsi NTT</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>All administrator passwords lost?</source>
        <translation>All administrator passwords lost?</translation>
    </message>
    <message>
        <source>Other data&amp;base…</source>
        <translation>Other data&amp;base…</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Log in</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My work</source>
        <extracomment>The detail pane&apos;s width at first: its five tabs and two rows of buttons fit. Set by Cancel: the running search stops decrypting at its next block.</extracomment>
        <translation>My work</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>%1 — WBS Desktop</source>
        <translation>%1 — WBS Desktop</translation>
    </message>
    <message>
        <source>WBS Desktop — Whistleblowing System</source>
        <translation>WBS Desktop — Whistleblowing System</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>&amp;New complaint…</translation>
    </message>
    <message>
        <source>Type in a complaint that arrived on paper, by phone, e-mail or in person</source>
        <translation>Type in a complaint that arrived on paper, by phone, e-mail or in person</translation>
    </message>
    <message>
        <source>&amp;Find by tracking code…</source>
        <translation>&amp;Find by tracking code…</translation>
    </message>
    <message>
        <source>Look up a case&apos;s stage by the reporter&apos;s tracking code</source>
        <translation>Look up a case&apos;s stage by the reporter&apos;s tracking code</translation>
    </message>
    <message>
        <source>Print the letters of a hearing &amp;day…</source>
        <translation>Print the letters of a hearing &amp;day…</translation>
    </message>
    <message>
        <source>Print every current letter for the hearings of one day</source>
        <translation>Print every current letter for the hearings of one day</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the case list again from the database</source>
        <translation>Read the case list again from the database</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <source>Add users, change their role, reset passwords, deactivate</source>
        <translation>Add users, change their role, reset passwords, deactivate</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Office name, deadlines, complaint types, holidays and signatories</source>
        <translation>Office name, deadlines, complaint types, holidays and signatories</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>Audit &amp;log…</translation>
    </message>
    <message>
        <source>Who did what: filter, verify and export the audit log</source>
        <translation>Who did what: filter, verify and export the audit log</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the whole office database to a file</source>
        <translation>Write an encrypted backup of the whole office database to a file</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Restore a backup into a new, empty database</source>
        <translation>Restore a backup into a new, empty database</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock the screen; your password unlocks it</source>
        <translation>Lock the screen; your password unlocks it</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>End your session; the login window opens for the next user</source>
        <translation>End your session; the login window opens for the next user</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>Choose a new password for your own account</source>
        <translation>Choose a new password for your own account</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>How to use WBS Desktop: a page per screen and per step of the procedure</source>
        <translation>How to use WBS Desktop: a page per screen and per step of the procedure</translation>
    </message>
    <message>
        <source>&amp;About WBS Desktop</source>
        <translation>&amp;About WBS Desktop</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation>Shared database: %1</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Local database</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Searching</translation>
    </message>
    <message>
        <source>Searching the cases…</source>
        <translation>Searching the cases…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Search cancelled: the list shows the previous result.</source>
        <translation>Search cancelled: the list shows the previous result.</translation>
    </message>
    <message numerus="yes">
        <source>People index: %Ln case(s) waiting</source>
        <translation>
            <numerusform>People index: %Ln case waiting</numerusform>
            <numerusform>People index: %Ln cases waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Names and NIPs of cases logged by staff and officers are indexed by an administrator&apos;s computer; related reports find them once indexed.</source>
        <translation>Names and NIPs of cases logged by staff and officers are indexed by an administrator&apos;s computer; related reports find them once indexed.</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Account deactivated</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 of %2 cases</translation>
    </message>
    <message numerus="yes">
        <source>Due today: %n item(s) (hearings and deadlines).</source>
        <translation>
            <numerusform>Due today: %n item (hearings and deadlines).</numerusform>
            <numerusform>Due today: %n items (hearings and deadlines).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue: %n.</source>
        <translation>
            <numerusform>Overdue: %n.</numerusform>
            <numerusform>Overdue: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Show My work</source>
        <translation>Show My work</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <source>About WBS Desktop</source>
        <translation>About WBS Desktop</translation>
    </message>
    <message>
        <source>WBS Desktop %1
Whistleblowing System of the inspection office, Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur.</source>
        <translation>WBS Desktop %1
Whistleblowing System of the inspection office, Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur.</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Mark case %1</source>
        <translation>Mark case %1</translation>
    </message>
    <message>
        <source>A case marked as a test or as a duplicate stays in the register with its stage and letters, but is left out of the figures and the recap (counted apart). The mark can be removed at any time; every change is audited.</source>
        <translation>A case marked as a test or as a duplicate stays in the register with its stage and letters, but is left out of the figures and the recap (counted apart). The mark can be removed at any time; every change is audited.</translation>
    </message>
    <message>
        <source>Counted in the figures (no mark)</source>
        <translation>Counted in the figures (no mark)</translation>
    </message>
    <message>
        <source>A test report</source>
        <translation>A test report</translation>
    </message>
    <message>
        <source>A duplicate of the case with register number:</source>
        <translation>A duplicate of the case with register number:</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>e.g. WBS-2026-00012</source>
        <translation>e.g. WBS-2026-00012</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Awaiting information</source>
        <translation>Awaiting information</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>Clarification</translation>
    </message>
    <message>
        <source>Examination of the accused</source>
        <translation>Examination of the accused</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Substantiated</source>
        <translation>Substantiated</translation>
    </message>
    <message>
        <source>Not substantiated</source>
        <translation>Not substantiated</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Web form</translation>
    </message>
    <message>
        <source>Paper letter</source>
        <translation>Paper letter</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>describe what happened</source>
        <translation>describe what happened</translation>
    </message>
    <message>
        <source>say where it happened</source>
        <translation>say where it happened</translation>
    </message>
    <message>
        <source>give the date it happened</source>
        <translation>give the date it happened</translation>
    </message>
    <message>
        <source>name the person reported</source>
        <translation>name the person reported</translation>
    </message>
    <message>
        <source>explain how it was done</source>
        <translation>explain how it was done</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Too short to be useful</source>
        <translation>Too short to be useful</translation>
    </message>
    <message>
        <source>The chronology is too short</source>
        <translation>The chronology is too short</translation>
    </message>
    <message>
        <source>What happened is not described</source>
        <translation>What happened is not described</translation>
    </message>
    <message>
        <source>The place is not given</source>
        <translation>The place is not given</translation>
    </message>
    <message>
        <source>The date is not given</source>
        <translation>The date is not given</translation>
    </message>
    <message>
        <source>The person reported is not named</source>
        <translation>The person reported is not named</translation>
    </message>
    <message>
        <source>How it was done is not explained</source>
        <translation>How it was done is not explained</translation>
    </message>
    <message>
        <source>No supporting evidence</source>
        <translation>No supporting evidence</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Contains invisible control characters; type the text again.</source>
        <translation>Contains invisible control characters; type the text again.</translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail address so the office can ask for more.</source>
        <translation>Give a phone number or an e-mail address so the office can ask for more.</translation>
    </message>
    <message>
        <source>Choose how it arrived.</source>
        <translation>Choose how it arrived.</translation>
    </message>
    <message>
        <source>Choose a complaint type.</source>
        <translation>Choose a complaint type.</translation>
    </message>
    <message>
        <source>The time zone is missing.</source>
        <translation>The time zone is missing.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <source>The incident cannot be after the day the report was received.</source>
        <translation>The incident cannot be after the day the report was received.</translation>
    </message>
    <message>
        <source>An estimate is only given when there was a material loss.</source>
        <translation>An estimate is only given when there was a material loss.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>This amount is implausibly large.</source>
        <translation>This amount is implausibly large.</translation>
    </message>
    <message>
        <source>Too many links: at most %1.</source>
        <translation>Too many links: at most %1.</translation>
    </message>
    <message>
        <source>This value has the wrong form.</source>
        <translation>This value has the wrong form.</translation>
    </message>
    <message>
        <source>Not a valid date.</source>
        <translation>Not a valid date.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, +, - and brackets.</source>
        <translation>A phone number has only digits, spaces, +, - and brackets.</translation>
    </message>
    <message>
        <source>After the 0 comes a mobile prefix (8…) or an area code.</source>
        <translation>An Indonesian number starts with 0 or +62, then a mobile prefix (08…) or an area code (e.g. 0380…).</translation>
    </message>
    <message>
        <source>The number has too few or too many digits.</source>
        <translation>The number has too few or too many digits.</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Enter an e-mail address.</translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>The e-mail address is too long.</translation>
    </message>
    <message>
        <source>An e-mail address contains no spaces.</source>
        <translation>An e-mail address contains no spaces.</translation>
    </message>
    <message>
        <source>An e-mail address has exactly one @ (e.g. nama@contoh.go.id).</source>
        <translation>An e-mail address has exactly one @ (e.g. nama@contoh.go.id).</translation>
    </message>
    <message>
        <source>The part before the @ is not valid.</source>
        <translation>The part before the @ is not valid.</translation>
    </message>
    <message>
        <source>The part after the @ is not a valid domain.</source>
        <translation>The part after the @ is not a valid domain.</translation>
    </message>
    <message>
        <source>The link is empty.</source>
        <translation>The link is empty.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>The link is too long.</translation>
    </message>
    <message>
        <source>The link contains spaces or invalid characters.</source>
        <translation>The link contains spaces or invalid characters.</translation>
    </message>
    <message>
        <source>Give the full link, starting with https://.</source>
        <translation>Give the full link, starting with https://.</translation>
    </message>
    <message>
        <source>Only web links starting with http:// or https:// are accepted.</source>
        <translation>Only web links starting with http:// or https:// are accepted.</translation>
    </message>
    <message>
        <source>The link has no valid site name.</source>
        <translation>The link has no valid site name.</translation>
    </message>
    <message>
        <source>The link must not contain a user name or password.</source>
        <translation>The link must not contain a user name or password.</translation>
    </message>
    <message>
        <source>The link&apos;s port is not valid.</source>
        <translation>The link&apos;s port is not valid.</translation>
    </message>
    <message>
        <source>Enter the NIP.</source>
        <translation>Enter the NIP.</translation>
    </message>
    <message>
        <source>An NIP contains only digits.</source>
        <translation>An NIP contains only digits.</translation>
    </message>
    <message>
        <source>An NIP has 18 digits.</source>
        <translation>An NIP has 18 digits.</translation>
    </message>
    <message>
        <source>The birth date in this NIP (digits 1–8) is not valid.</source>
        <translation>The birth date in this NIP (digits 1–8) is not valid.</translation>
    </message>
    <message>
        <source>The appointment date in this NIP (digits 9–14) is not valid.</source>
        <translation>The appointment date in this NIP (digits 9–14) is not valid.</translation>
    </message>
    <message>
        <source>Digit 15 of an NIP is 1 or 2.</source>
        <translation>Digit 15 of an NIP is 1 or 2.</translation>
    </message>
    <message>
        <source>The last three digits of an NIP cannot be 000.</source>
        <translation>The last three digits of an NIP cannot be 000.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account must wait. Try again at %1.</source>
        <translation>Too many wrong passwords: this account must wait. Try again at %1.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account must wait a moment.</source>
        <translation>Too many wrong passwords: this account must wait a moment.</translation>
    </message>
    <message>
        <source>Type the register number of the case this one repeats.</source>
        <translation>Type the register number of the case this one repeats.</translation>
    </message>
    <message>
        <source>A case cannot be a duplicate of itself.</source>
        <translation>A case cannot be a duplicate of itself.</translation>
    </message>
    <message>
        <source>That case is already marked as a duplicate of this one.</source>
        <translation>That case is already marked as a duplicate of this one.</translation>
    </message>
    <message>
        <source>Only a duplicate names an original case.</source>
        <translation>Only a duplicate names an original case.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>The period is longer than ten years.</source>
        <translation>The period is longer than ten years.</translation>
    </message>
    <message>
        <source>A file without an extension is refused. Accepted: PDF, JPEG, PNG, TIFF, plain text (.txt) and Word, Excel or PowerPoint files without macros (.docx, .xlsx, .pptx).</source>
        <translation>A file without an extension is refused. Accepted: PDF, JPEG, PNG, TIFF, plain text (.txt) and Word, Excel or PowerPoint files without macros (.docx, .xlsx, .pptx).</translation>
    </message>
    <message>
        <source>Files of type .%1 are refused. Accepted: PDF, JPEG, PNG, TIFF, plain text (.txt) and Word, Excel or PowerPoint files without macros (.docx, .xlsx, .pptx).</source>
        <translation>Files of type .%1 are refused. Accepted: PDF, JPEG, PNG, TIFF, plain text (.txt) and Word, Excel or PowerPoint files without macros (.docx, .xlsx, .pptx).</translation>
    </message>
    <message>
        <source>The file is named .%1 but its content is not a .%1 file (its type could not be recognised): refused.</source>
        <translation>The file is named .%1 but its content is not a .%1 file (its type could not be recognised): refused.</translation>
    </message>
    <message>
        <source>The file is named .%1 but its content is a .%2 file: refused. A renamed file can hide a program.</source>
        <translation>The file is named .%1 but its content is a .%2 file: refused. A renamed file can hide a program.</translation>
    </message>
    <message>
        <source>The file name holds a hidden, control or look-alike character (%1): refused. Rename the file with plain letters and try again.</source>
        <translation>The file name holds a hidden, control or look-alike character (%1): refused. Rename the file with plain letters and try again.</translation>
    </message>
    <message>
        <source>summons rule set aside by the administrator: %1</source>
        <translation>summons rule set aside by the administrator: %1</translation>
    </message>
    <message>
        <source>The office record (recovery key, office name or a setting such as the letterhead or number pattern) was changed outside WBS Desktop and no longer matches its certificate. Nothing was saved and no key was shared. Inform the administrator.</source>
        <translation>The office record (recovery key, office name or a setting such as the letterhead or number pattern) was changed outside WBS Desktop and no longer matches its certificate. Nothing was saved and no key was shared. Inform the administrator.</translation>
    </message>
    <message>
        <source>The record of user %1 (role, active flag or keys) was changed outside WBS Desktop and no longer matches its certificate. Nothing was saved and no key was shared. Inform the administrator.</source>
        <translation>The record of user %1 (role, active flag or keys) was changed outside WBS Desktop and no longer matches its certificate. Nothing was saved and no key was shared. Inform the administrator.</translation>
    </message>
    <message>
        <source>This database&apos;s root key is not the one this computer knows: it was replaced, or this is another database under the same name. This computer knows %1; the database now shows %2. It was not opened. Compare with the fingerprint printed on the recovery-key sheet and inform the administrator.</source>
        <translation>This database&apos;s root key is not the one this computer knows: it was replaced, or this is another database under the same name. This computer knows %1; the database now shows %2. It was not opened. Compare with the fingerprint printed on the recovery-key sheet and inform the administrator.</translation>
    </message>
    <message>
        <source>This database was made by an older version: an administrator must log in once first to certify its users.</source>
        <translation>This database was made by an older version: an administrator must log in once first to certify its users.</translation>
    </message>
    <message>
        <source>Only an administrator can change this certified record.</source>
        <translation>Only an administrator can change this certified record.</translation>
    </message>
    <message>
        <source>There is no audit alarm to acknowledge.</source>
        <translation>There is no audit alarm to acknowledge.</translation>
    </message>
    <message>
        <source>the newest entries this computer had seen (up to no. %1) were cut off</source>
        <translation>the newest entries this computer had seen (up to no. %1) were cut off</translation>
    </message>
    <message>
        <source>entry no. %1, which this computer had seen, was deleted</source>
        <translation>entry no. %1, which this computer had seen, was deleted</translation>
    </message>
    <message>
        <source>entry no. %1, which this computer had seen, was replaced</source>
        <translation>entry no. %1, which this computer had seen, was replaced</translation>
    </message>
    <message>
        <source>entry no. %1 no longer follows the one before it</source>
        <translation>entry no. %1 no longer follows the one before it</translation>
    </message>
    <message>
        <source>entry no. %1 is not signed by a certified key of %2</source>
        <translation>entry no. %1 is not signed by a certified key of %2</translation>
    </message>
    <message>
        <source>entry no. %1 was changed</source>
        <translation>entry no. %1 was changed</translation>
    </message>
    <message>
        <source>The audit log was rewritten outside WBS Desktop: %1. An administrator must look into it and acknowledge it.</source>
        <translation>The audit log was rewritten outside WBS Desktop: %1. An administrator must look into it and acknowledge it.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <source>Logged, with a register number and tracking code; waiting for an officer to start verification (first response).</source>
        <translation>Logged, with a register number and tracking code; waiting for an officer to start verification (first response).</translation>
    </message>
    <message>
        <source>The officer checks that the report says what, where, when, who and how (4W1H) and has supporting evidence.</source>
        <translation>The officer checks that the report says what, where, when, who and how (4W1H) and has supporting evidence.</translation>
    </message>
    <message>
        <source>Incomplete: the reporter was asked for more and has until the reply deadline; without a reply the case may be closed.</source>
        <translation>Incomplete: the reporter was asked for more and has until the reply deadline; without a reply the case may be closed.</translation>
    </message>
    <message>
        <source>Gathering information, research, analysis and review of the report.</source>
        <translation>Gathering information, research, analysis and review of the report.</translation>
    </message>
    <message>
        <source>The reporter and witnesses are invited to confirm what the reporter knows of the violation.</source>
        <translation>The reporter and witnesses are invited to confirm what the reporter knows of the violation.</translation>
    </message>
    <message>
        <source>The accused is summoned (at least 7 full working days ahead) to establish whether the violation happened and why.</source>
        <translation>The accused is summoned (at least 7 full working days ahead) to establish whether the violation happened and why.</translation>
    </message>
    <message>
        <source>Finished with an outcome: substantiated, not substantiated or referred.</source>
        <translation>Finished with an outcome: substantiated, not substantiated or referred.</translation>
    </message>
    <message>
        <source>Ended without investigation: incomplete after the deadline, out of scope, or a duplicate.</source>
        <translation>Ended without investigation: incomplete after the deadline, out of scope, or a duplicate.</translation>
    </message>
    <message>
        <source>An anonymous report has no name, contact or address: clear this field, or untick &quot;Anonymous&quot;.</source>
        <translation>An anonymous report has no name, contact or address: clear this field, or untick &quot;Anonymous&quot;.</translation>
    </message>
    <message>
        <source>A number of another country has 8 to 15 digits after the + (country code included, e.g. +61 8 8123 4567).</source>
        <translation>A number of another country has 8 to 15 digits after the + (country code included, e.g. +61 8 8123 4567).</translation>
    </message>
    <message>
        <source>This amount can be read two ways. Dots group thousands (2.500.000), a comma marks decimals (2,5 juta).</source>
        <translation>This amount can be read two ways. Dots group thousands (2.500.000), a comma marks decimals (2,5 juta).</translation>
    </message>
    <message>
        <source>Give the amount in whole rupiah (e.g. 2.500.000).</source>
        <translation>Give the amount in whole rupiah (e.g. 2.500.000).</translation>
    </message>
    <message>
        <source>This amount is too long.</source>
        <translation>This amount is too long.</translation>
    </message>
    <message>
        <source>Write the amount in digits, e.g. 2.500.000, Rp 2.500.000,00 or 2,5 juta.</source>
        <translation>Write the amount in digits, e.g. 2.500.000, Rp 2.500.000,00 or 2,5 juta.</translation>
    </message>
    <message>
        <source>This report is anonymous (no name, no address): no letter can be sent to the reporter.</source>
        <translation>This report is anonymous (no name, no address): no letter can be sent to the reporter.</translation>
    </message>
    <message>
        <source>This report is anonymous: there is no reporter to invite to a hearing. Hear the witnesses, then the accused.</source>
        <translation>This report is anonymous: there is no reporter to invite to a hearing. Hear the witnesses, then the accused.</translation>
    </message>
    <message>
        <source>A user name has 3 to 64 characters: letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;.</source>
        <translation>A user name has 3 to 64 characters: letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation>This account has been deactivated. Ask an administrator.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <source>This case has not been shared with you, so it cannot be opened.</source>
        <translation>This case has not been shared with you, so it cannot be opened.</translation>
    </message>
    <message>
        <source>Nothing was found.</source>
        <translation>Nothing was found.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <source>Someone else changed this case in the meantime. Refresh and try again.</source>
        <translation>Someone else changed this case in the meantime. Refresh and try again.</translation>
    </message>
    <message>
        <source>The database cannot be reached. Check the network connection or the server address, then try again.</source>
        <translation>The database cannot be reached. Check the network connection or the server address, then try again.</translation>
    </message>
    <message>
        <source>This database has not been set up for WBS Desktop yet.</source>
        <translation>This database has not been set up for WBS Desktop yet.</translation>
    </message>
    <message>
        <source>This file is not a WBS Desktop database. Choose the office&apos;s database file or set up a new one.</source>
        <translation>This file is not a WBS Desktop database. Choose the office&apos;s database file or set up a new one.</translation>
    </message>
    <message>
        <source>This database must be upgraded to this version of WBS Desktop first. Open it in WBS Desktop (or with a command that changes it), then try again.</source>
        <translation>This database must be upgraded to this version of WBS Desktop first. Open it in WBS Desktop (or with a command that changes it), then try again.</translation>
    </message>
    <message>
        <source>Stored data failed its integrity check. It may have been tampered with; inform the administrator.</source>
        <translation>Stored data failed its integrity check. It may have been tampered with; inform the administrator.</translation>
    </message>
    <message>
        <source>The case cannot move to that stage.</source>
        <translation>The case cannot move to that stage.</translation>
    </message>
    <message>
        <source>This officer is the person reported in this case and cannot be assigned to it.</source>
        <translation>This officer is the person reported in this case and cannot be assigned to it.</translation>
    </message>
    <message>
        <source>Only officers and administrators can work on a case.</source>
        <translation>Only officers and administrators can work on a case.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file.</source>
        <translation>Something went wrong. The details were written to the log file.</translation>
    </message>
    <message>
        <source>This database was upgraded by WBS Desktop %1; install %1 or newer on this workstation. (This workstation has %2.)</source>
        <translation>This database was upgraded by WBS Desktop %1; install %1 or newer on this workstation. (This workstation has %2.)</translation>
    </message>
    <message>
        <source>This database was upgraded by a newer WBS Desktop; install the office&apos;s current version on this workstation. (This workstation has %1.)</source>
        <translation>This database was upgraded by a newer WBS Desktop; install the office&apos;s current version on this workstation. (This workstation has %1.)</translation>
    </message>
    <message>
        <source>A summons must be sent at least %1 working days before the hearing: the earliest allowed date is %2.</source>
        <translation>A summons must be sent at least %1 working days before the hearing: the earliest allowed date is %2.</translation>
    </message>
    <message>
        <source>The hearing must be on a working day; the next one is %1.</source>
        <translation>The hearing must be on a working day; the next one is %1.</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB); the limit is %2 MB.</source>
        <translation>The file is too large (%1 MB); the limit is %2 MB.</translation>
    </message>
    <message>
        <source>No case has the register number %1.</source>
        <translation>No case has the register number %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file name has a colon (an alternate data stream, as in &quot;bukti.exe::$DATA&quot;): refused.</source>
        <translation>The file name has a colon (an alternate data stream, as in &quot;bukti.exe::$DATA&quot;): refused.</translation>
    </message>
    <message>
        <source>Office documents with macros are refused: save it without macros (.docx, .xlsx, .pptx) or as PDF.</source>
        <translation>Office documents with macros are refused: save it without macros (.docx, .xlsx, .pptx) or as PDF.</translation>
    </message>
    <message>
        <source>The file has no name.</source>
        <translation>The file has no name.</translation>
    </message>
    <message>
        <source>The reply deadline must be in the future.</source>
        <translation>The reply deadline must be in the future.</translation>
    </message>
    <message>
        <source>Give the register number of the case this one duplicates.</source>
        <translation>Give the register number of the case this one duplicates.</translation>
    </message>
    <message>
        <source>A case cannot duplicate itself.</source>
        <translation>A case cannot duplicate itself.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Choose the outcome.</translation>
    </message>
    <message>
        <source>The case is finished; an administrator must reopen it first.</source>
        <translation>The case is finished; an administrator must reopen it first.</translation>
    </message>
    <message>
        <source>Reporter and witnesses are heard in the clarification stage, the accused in the examination stage.</source>
        <translation>Reporter and witnesses are heard in the clarification stage, the accused in the examination stage.</translation>
    </message>
    <message>
        <source>The hearing cannot be before the date of the letter.</source>
        <translation>The hearing cannot be before the date of the letter.</translation>
    </message>
    <message>
        <source>Only an administrator may schedule inside the summons period, with a reason.</source>
        <translation>Only an administrator may schedule inside the summons period, with a reason.</translation>
    </message>
    <message>
        <source>A second summons follows only when the accused was absent at the first.</source>
        <translation>A second summons follows only when the accused was absent at the first.</translation>
    </message>
    <message>
        <source>There is no third summons.</source>
        <translation>There is no third summons.</translation>
    </message>
    <message>
        <source>A summons rule (PP 94/2021) does not allow this date.</source>
        <translation>A summons rule (PP 94/2021) does not allow this date.</translation>
    </message>
    <message>
        <source>Minutes are recorded only for a hearing the person attended.</source>
        <translation>Minutes are recorded only for a hearing the person attended.</translation>
    </message>
    <message>
        <source>Choose who is to be heard.</source>
        <translation>Choose who is to be heard.</translation>
    </message>
    <message>
        <source>The letter would reveal the reporter&apos;s identity; remove it from the fields.</source>
        <translation>The letter would reveal the reporter&apos;s identity; remove it from the fields.</translation>
    </message>
    <message>
        <source>This kind of letter is not made from a case.</source>
        <translation>This kind of letter is not made from a case.</translation>
    </message>
    <message>
        <source>The draft is of another kind of letter.</source>
        <translation>The draft is of another kind of letter.</translation>
    </message>
    <message>
        <source>Say why the letter is corrected: the reason is kept with the void letter in the register.</source>
        <translation>Say why the letter is corrected: the reason is kept with the void letter in the register.</translation>
    </message>
    <message>
        <source>This letter is dated before the last letter in this year&apos;s register.</source>
        <translation>This letter is dated before the last letter in this year&apos;s register.</translation>
    </message>
    <message>
        <source>Write the alleged breach of discipline (the words after “berupa”).</source>
        <translation>Write the alleged breach of discipline (the words after “berupa”).</translation>
    </message>
    <message>
        <source>Give the official a short key (not starting with “user:”).</source>
        <translation>Give the official a short key (not starting with “user:”).</translation>
    </message>
    <message>
        <source>This official signs some letters: choose another signer for them first.</source>
        <translation>This official signs some letters: choose another signer for them first.</translation>
    </message>
    <message>
        <source>This kind of letter is not signed by an official.</source>
        <translation>This kind of letter is not signed by an official.</translation>
    </message>
    <message>
        <source>Only officers and administrators can be examiners.</source>
        <translation>Only officers and administrators can be examiners.</translation>
    </message>
    <message>
        <source>A member is chosen twice.</source>
        <translation>A member is chosen twice.</translation>
    </message>
    <message>
        <source>That letter has already been corrected by a later one.</source>
        <translation>That letter has already been corrected by a later one.</translation>
    </message>
    <message>
        <source>The letter could not be made. The details were written to the log file.</source>
        <translation>The letter could not be made. The details were written to the log file.</translation>
    </message>
    <message>
        <source>Say what is missing from the report.</source>
        <translation>Say what is missing from the report.</translation>
    </message>
    <message>
        <source>A reply deadline is needed.</source>
        <translation>A reply deadline is needed.</translation>
    </message>
    <message>
        <source>Record the minutes of the hearing first.</source>
        <translation>Record the minutes of the hearing first.</translation>
    </message>
    <message>
        <source>This letter belongs to a hearing: choose one.</source>
        <translation>This letter belongs to a hearing: choose one.</translation>
    </message>
    <message>
        <source>This letter is for a hearing of another party.</source>
        <translation>This letter is for a hearing of another party.</translation>
    </message>
    <message>
        <source>This letter is for the other summons of this hearing.</source>
        <translation>This letter is for the other summons of this hearing.</translation>
    </message>
    <message>
        <source>same NIP</source>
        <translation>same NIP</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>a similar name</translation>
    </message>
    <message>
        <source>%1 was taken off case %2: they are the person reported in it (%3). The case has new keys they do not hold.</source>
        <translation>%1 was taken off case %2: they are the person reported in it (%3). The case has new keys they do not hold.</translation>
    </message>
    <message>
        <source>Careful: the person reported, “%1”, has a name like the user %2 (%3). Check they are not the same person before assigning.</source>
        <translation>Careful: the person reported, “%1”, has a name like the user %2 (%3). Check they are not the same person before assigning.</translation>
    </message>
    <message>
        <source>the reporter</source>
        <translation>the reporter</translation>
    </message>
    <message>
        <source>a witness</source>
        <translation>a witness</translation>
    </message>
    <message>
        <source>the accused</source>
        <translation>the accused</translation>
    </message>
    <message>
        <source>witness %1 added</source>
        <translation>witness %1 added</translation>
    </message>
    <message>
        <source>details of witness %1 changed</source>
        <translation>details of witness %1 changed</translation>
    </message>
    <message>
        <source>details of the person reported changed</source>
        <translation>details of the person reported changed</translation>
    </message>
    <message>
        <source>%1 taken off the case: they are the person reported (%2)</source>
        <translation>%1 taken off the case: they are the person reported (%2)</translation>
    </message>
    <message>
        <source>hearing of %1 scheduled for %2</source>
        <translation>hearing of %1 scheduled for %2</translation>
    </message>
    <message>
        <source>(second summons)</source>
        <translation>(second summons)</translation>
    </message>
    <message>
        <source>%1 attended the hearing</source>
        <translation>%1 attended the hearing</translation>
    </message>
    <message>
        <source>%1 did not attend the hearing</source>
        <translation>%1 did not attend the hearing</translation>
    </message>
    <message>
        <source>minutes recorded and signed</source>
        <translation>minutes recorded and signed</translation>
    </message>
    <message>
        <source>minutes recorded; signature refused</source>
        <translation>minutes recorded; signature refused</translation>
    </message>
    <message>
        <source>the decision rests on the evidence</source>
        <translation>the decision rests on the evidence</translation>
    </message>
    <message>
        <source>file %1 attached</source>
        <translation>file %1 attached</translation>
    </message>
    <message>
        <source>letter %1 made</source>
        <translation>letter %1 made</translation>
    </message>
    <message>
        <source>(corrects %1)</source>
        <translation>(corrects %1)</translation>
    </message>
    <message>
        <source>The password is too short (at least 10 characters).</source>
        <translation>The password is too short (at least 10 characters).</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>The password must not be the user name.</translation>
    </message>
    <message>
        <source>The password is built on words anyone would try here (the office, the city, the user&apos;s names). Add unrelated words.</source>
        <translation>The password is built on words anyone would try here (the office, the city, the user&apos;s names). Add unrelated words.</translation>
    </message>
    <message>
        <source>This password is too common; choose another.</source>
        <translation>This password is too common; choose another.</translation>
    </message>
    <message>
        <source>Keys next to each other on the keyboard are easy to guess.</source>
        <translation>Keys next to each other on the keyboard are easy to guess.</translation>
    </message>
    <message>
        <source>Repeated characters or groups (like 1212) are easy to guess.</source>
        <translation>Repeated characters or groups (like 1212) are easy to guess.</translation>
    </message>
    <message>
        <source>Sequences (like abcd or 12345) are easy to guess.</source>
        <translation>Sequences (like abcd or 12345) are easy to guess.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess.</source>
        <translation>Dates and years are easy to guess.</translation>
    </message>
    <message>
        <source>This password is too easy to guess. Use three or four unrelated words, or a longer one.</source>
        <translation>This password is too easy to guess. Use three or four unrelated words, or a longer one.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>This password is not accepted.</source>
        <translation>This password is not accepted.</translation>
    </message>
    <message>
        <source>Rule: no letter dated in the past (more than %1 days before today). The earliest lawful letter date is %2.</source>
        <translation>Rule: no letter dated in the past (more than %1 days before today). The earliest lawful letter date is %2.</translation>
    </message>
    <message>
        <source>Rule: no hearing dated in the past (more than %1 days before today). The earliest lawful hearing day is %2.</source>
        <translation>Rule: no hearing dated in the past (more than %1 days before today). The earliest lawful hearing day is %2.</translation>
    </message>
    <message>
        <source>Rule: there is no holiday list for %1, so its working days are not known. An administrator must add or import the list first (Settings, Holidays).</source>
        <translation>Rule: there is no holiday list for %1, so its working days are not known. An administrator must add or import the list first (Settings, Holidays).</translation>
    </message>
    <message>
        <source>Rule: attendance is recorded on or after the hearing day. The earliest date is %1.</source>
        <translation>Rule: attendance is recorded on or after the hearing day. The earliest date is %1.</translation>
    </message>
    <message>
        <source>Rule: the second summons is dated no earlier than the first hearing day. The earliest lawful letter date is %1.</source>
        <translation>Rule: the second summons is dated no earlier than the first hearing day. The earliest lawful letter date is %1.</translation>
    </message>
    <message>
        <source>Rule: the second summons is dated at most %1 working days after the first hearing day. The last lawful letter date was %2.</source>
        <translation>Rule: the second summons is dated at most %1 working days after the first hearing day. The last lawful letter date was %2.</translation>
    </message>
    <message>
        <source>The hearing cannot be before the date of the letter. The earliest lawful hearing day is %1.</source>
        <translation>The hearing cannot be before the date of the letter. The earliest lawful hearing day is %1.</translation>
    </message>
    <message>
        <source>Unknown kind of day: use holiday or cuti bersama.</source>
        <translation>Unknown kind of day: use holiday or cuti bersama.</translation>
    </message>
    <message>
        <source>The file is not a holiday list (CSV with date, name, kind; or JSON).</source>
        <translation>The file is not a holiday list (CSV with date, name, kind; or JSON).</translation>
    </message>
    <message>
        <source>A day in the list is not in %1.</source>
        <translation>A day in the list is not in %1.</translation>
    </message>
    <message>
        <source>There is no holiday list for %1.</source>
        <translation>There is no holiday list for %1.</translation>
    </message>
    <message>
        <source>That day is not in the holiday list.</source>
        <translation>That day is not in the holiday list.</translation>
    </message>
    <message>
        <source>Give the name of the holiday.</source>
        <translation>Give the name of the holiday.</translation>
    </message>
    <message>
        <source>There is no holiday list for %1: its holidays count as working days.</source>
        <translation>There is no holiday list for %1: its holidays count as working days.</translation>
    </message>
    <message>
        <source>The holiday list for %1 is only proposed; an administrator has not confirmed it against the SKB yet.</source>
        <translation>The holiday list for %1 is only proposed; an administrator has not confirmed it against the SKB yet.</translation>
    </message>
    <message>
        <source>This is not a valid tracking code. Check it for typing errors: 12 letters and digits, e.g. 38EC-RMNM-RY3J.</source>
        <translation>This is not a valid tracking code. Check it for typing errors: 12 letters and digits, e.g. 38EC-RMNM-RY3J.</translation>
    </message>
    <message>
        <source>A summons must be sent at least 7 working days before the hearing.</source>
        <translation>A summons must be sent at least 7 working days before the hearing.</translation>
    </message>
    <message>
        <source>The hearing must be on a working day.</source>
        <translation>The hearing must be on a working day.</translation>
    </message>
    <message>
        <source>The letter number format is not valid.</source>
        <translation>The letter number format is not valid.</translation>
    </message>
    <message>
        <source>The case is already in that stage.</source>
        <translation>The case is already in that stage.</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>This value is not accepted.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <extracomment>() -&gt; (user name, the user&apos;s names and the office&apos;s name): the words a guesser tries.</extracomment>
        <translation>Strong enough.</translation>
    </message>
</context>
<context>
    <name>MyWork</name>
    <message>
        <source>Clarification: the reporter</source>
        <translation>Clarification: the reporter</translation>
    </message>
    <message>
        <source>Clarification: a witness</source>
        <translation>Clarification: a witness</translation>
    </message>
    <message>
        <source>Examination of the accused</source>
        <translation>Examination of the accused</translation>
    </message>
    <message>
        <source> (second summons)</source>
        <translation> (second summons)</translation>
    </message>
    <message>
        <source>First response: start the verification</source>
        <translation>First response: start the verification</translation>
    </message>
    <message>
        <source>The reporter&apos;s reply to the request for information</source>
        <translation>The reporter&apos;s reply to the request for information</translation>
    </message>
    <message>
        <source>Hearing day: record the attendance</source>
        <translation>Hearing day: record the attendance</translation>
    </message>
</context>
<context>
    <name>MyWorkPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Double-click an item (or press Enter) to open its case.</source>
        <translation>Double-click an item (or press Enter) to open its case.</translation>
    </message>
    <message>
        <source>Reading what is due…</source>
        <translation>Reading what is due…</translation>
    </message>
    <message>
        <source>Hearings today</source>
        <translation>Hearings today</translation>
    </message>
    <message>
        <source>Hearings later this week</source>
        <translation>Hearings later this week</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Deadlines up to %1</source>
        <translation>Deadlines up to %1</translation>
    </message>
    <message>
        <source>Letters not printed yet</source>
        <translation>Letters not printed yet</translation>
    </message>
    <message>
        <source>Waiting for an officer</source>
        <translation>Waiting for an officer</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <source>Today is %1.</source>
        <translation>Today is %1.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nothing is due.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due today</source>
        <translation>
            <numerusform>%n item due today</numerusform>
            <numerusform>%n items due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Stage: %1</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>A note for the case file (internal, encrypted)</source>
        <translation>A note for the case file (internal, encrypted)</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Add note</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
</context>
<context>
    <name>NumbersTab</name>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Letter:</translation>
    </message>
    <message>
        <source>Register of complaints</source>
        <translation>Register of complaints</translation>
    </message>
    <message>
        <source>e.g. B (biasa)</source>
        <translation>e.g. B (biasa)</translation>
    </message>
    <message>
        <source>e.g. 800.1.3.3</source>
        <translation>e.g. 800.1.3.3</translation>
    </message>
    <message>
        <source>e.g. BKD</source>
        <translation>e.g. BKD</translation>
    </message>
    <message>
        <source>Roman numerals (XII)</source>
        <translation>Roman numerals (XII)</translation>
    </message>
    <message>
        <source>Digits (12)</source>
        <translation>Digits (12)</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Not shown</translation>
    </message>
    <message>
        <source>Show the &amp;year</source>
        <translation>Show the &amp;year</translation>
    </message>
    <message>
        <source>Year &amp;before the sequence</source>
        <translation>Year &amp;before the sequence</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Prefix:</translation>
    </message>
    <message>
        <source>Classification &amp;code:</source>
        <translation>Classification &amp;code:</translation>
    </message>
    <message>
        <source>Se&amp;quence digits:</source>
        <translation>Se&amp;quence digits:</translation>
    </message>
    <message>
        <source>&amp;Unit code:</source>
        <translation>&amp;Unit code:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>Next number:</source>
        <translation>Next number:</translation>
    </message>
    <message>
        <source>Default &amp;copies (Tembusan Yth.), one a line:</source>
        <translation>Default &amp;copies (Tembusan Yth.), one a line:</translation>
    </message>
    <message>
        <source>This number was set with wbs-admin as %1 and cannot be shown as fields; change it there.</source>
        <translation>This number was set with wbs-admin as %1 and cannot be shown as fields; change it there.</translation>
    </message>
    <message>
        <source>(a field holds { or }: not allowed)</source>
        <translation>(a field holds { or }: not allowed)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ProcedureActionDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>QaBlock</name>
    <message>
        <source>Question asked by the examiner</source>
        <extracomment>Empty questions offered on a new minutes.</extracomment>
        <translation>Question asked by the examiner</translation>
    </message>
    <message>
        <source>Answer, as spoken</source>
        <translation>Answer, as spoken</translation>
    </message>
    <message>
        <source>Move this question up</source>
        <translation>Move this question up</translation>
    </message>
    <message>
        <source>Move this question down</source>
        <translation>Move this question down</translation>
    </message>
    <message>
        <source>Remove this question</source>
        <translation>Remove this question</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Answer:</translation>
    </message>
</context>
<context>
    <name>QaEditor</name>
    <message>
        <source>&amp;Add a question</source>
        <translation>&amp;Add a question</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Fill in every field.</source>
        <translation>Fill in every field.</translation>
    </message>
    <message>
        <source>Granting every case to the new administrator…</source>
        <translation>Granting every case to the new administrator…</translation>
    </message>
    <message>
        <source>This is not the recovery key of this office, or it has a typing error. Check it against the printed sheet.</source>
        <translation>This is not the recovery key of this office, or it has a typing error. Check it against the printed sheet.</translation>
    </message>
    <message>
        <source>All administrator passwords lost</source>
        <translation>All administrator passwords lost</translation>
    </message>
    <message>
        <source>With the recovery key printed when this office was set up, you can make a new administrator. They are given every case again and can then reset the other users&apos; passwords. Using the key is recorded in the audit log.</source>
        <translation>With the recovery key printed when this office was set up, you can make a new administrator. They are given every case again and can then reset the other users&apos; passwords. Using the key is recorded in the audit log.</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <source>New administrator&apos;s &amp;user name</source>
        <translation>New administrator&apos;s &amp;user name</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>R&amp;epeat the password</source>
        <translation>R&amp;epeat the password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Make the administrator</source>
        <translation>&amp;Make the administrator</translation>
    </message>
</context>
<context>
    <name>RegisterExportDialog</name>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s), in the order of the list. The reporter is never included.</source>
        <translation>
            <numerusform>%Ln case, in the order of the list. The reporter is never included.</numerusform>
            <numerusform>%Ln cases, in the order of the list. The reporter is never included.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (.csv)</source>
        <translation>CSV file (.csv)</translation>
    </message>
    <message>
        <source>Include the accused&apos;s name (only for the cases you hold; recorded in the audit log)</source>
        <translation>Include the accused&apos;s name (only for the cases you hold; recorded in the audit log)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
</context>
<context>
    <name>RegisterPrint</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Relative column widths (the accused&apos;s name only when it is included).</extracomment>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ReportsHooks</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>The office&apos;s figures for a period, with charts; the recap as Excel or PDF</source>
        <translation>The office&apos;s figures for a period, with charts; the recap as Excel or PDF</translation>
    </message>
    <message>
        <source>&amp;Mark as test or duplicate…</source>
        <translation>&amp;Mark as test or duplicate…</translation>
    </message>
    <message>
        <source>Leave the selected case out of the figures (or count it again)</source>
        <translation>Leave the selected case out of the figures (or count it again)</translation>
    </message>
    <message>
        <source>&amp;Print the list…</source>
        <translation>&amp;Print the list…</translation>
    </message>
    <message>
        <source>Print the cases the list shows now (the case register)</source>
        <translation>Print the cases the list shows now (the case register)</translation>
    </message>
    <message>
        <source>&amp;Export the list…</source>
        <translation>&amp;Export the list…</translation>
    </message>
    <message>
        <source>Save the cases the list shows now as an Excel or CSV file</source>
        <translation>Save the cases the list shows now as an Excel or CSV file</translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation>Show all cases</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %Ln case(s) of the figure “%1”.</source>
        <translation>
            <numerusform>Showing the %Ln case of the figure “%1”.</numerusform>
            <numerusform>Showing the %Ln cases of the figure “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the whole list…</source>
        <translation>Reading the whole list…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Case register</source>
        <translation>Case register</translation>
    </message>
    <message numerus="yes">
        <source>Case register — %Ln case(s)</source>
        <translation>
            <numerusform>Case register — %Ln case</numerusform>
            <numerusform>Case register — %Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Writing the case register…</source>
        <translation>Writing the case register…</translation>
    </message>
    <message>
        <source>Print the list</source>
        <translation>Print the list</translation>
    </message>
    <message>
        <source>Reading the case register…</source>
        <translation>Reading the case register…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>A backup is restored into an EMPTY database: a new local file, or an empty database on a PostgreSQL server. The database that is open now is not changed.</source>
        <translation>A backup is restored into an EMPTY database: a new local file, or an empty database on a PostgreSQL server. The database that is open now is not changed.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Choose the backup file…</source>
        <translation>Choose the backup file…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Restore into</translation>
    </message>
    <message>
        <source>A new &amp;local file</source>
        <translation>A new &amp;local file</translation>
    </message>
    <message>
        <source>a new file, e.g. wbs-restored.sqlite3</source>
        <translation>a new file, e.g. wbs-restored.sqlite3</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Choo&amp;se…</translation>
    </message>
    <message>
        <source>An empty &amp;PostgreSQL database</source>
        <translation>An empty &amp;PostgreSQL database</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Server password</translation>
    </message>
    <message>
        <source>Open the backup with</source>
        <translation>Open the backup with</translation>
    </message>
    <message>
        <source>An &amp;administrator&apos;s password</source>
        <translation>An &amp;administrator&apos;s password</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>The office&apos;s &amp;recovery key</source>
        <translation>The office&apos;s &amp;recovery key</translation>
    </message>
    <message>
        <source>the recovery key printed at setup</source>
        <translation>the recovery key printed at setup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
</context>
<context>
    <name>RevealIdentityDialog</name>
    <message>
        <source>Write why you need to see the identity (at least a few words).</source>
        <translation>Write why you need to see the identity (at least a few words).</translation>
    </message>
    <message>
        <source>Show the reporter&apos;s identity</source>
        <translation>Show the reporter&apos;s identity</translation>
    </message>
    <message>
        <source>The reporter&apos;s identity is confidential. Showing it is recorded in the audit log with your name and the reason you give here.</source>
        <translation>The reporter&apos;s identity is confidential. Showing it is recorded in the audit log with your name and the reason you give here.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Show identity</source>
        <translation>&amp;Show identity</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label (Indonesian)</source>
        <translation>Label (Indonesian)</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>Label (English)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Joint leave</source>
        <translation>Joint leave</translation>
    </message>
    <message>
        <source>How many days before today a summons letter or a hearing may still be dated.</source>
        <translation>How many days before today a summons letter or a hearing may still be dated.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Every workstation locks after this many minutes without keyboard or mouse input; what was shown is forgotten until the password is given again.</source>
        <translation>Every workstation locks after this many minutes without keyboard or mouse input; what was shown is forgotten until the password is given again.</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Lock when idle for</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>Violation words</source>
        <translation>Violation words</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Letter numbers</source>
        <translation>Letter numbers</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Confirm this year&apos;s list</source>
        <translation>&amp;Confirm this year&apos;s list</translation>
    </message>
    <message>
        <source>Confirm that the list matches the SKB of the three ministers (recorded in the audit log).</source>
        <translation>Confirm that the list matches the SKB of the three ministers (recorded in the audit log).</translation>
    </message>
    <message>
        <source>&amp;Propose from the national list</source>
        <translation>&amp;Propose from the national list</translation>
    </message>
    <message>
        <source>No list for %1: its holidays count as working days, and no hearing can be scheduled into it.</source>
        <translation>No list for %1: its holidays count as working days, and no hearing can be scheduled into it.</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2.</source>
        <translation>Confirmed by %1 on %2.</translation>
    </message>
    <message>
        <source>Confirmed (the list in use).</source>
        <translation>Confirmed (the list in use).</translation>
    </message>
    <message>
        <source>Proposed (%1): check it against the SKB and confirm it.</source>
        <translation>Proposed (%1): check it against the SKB and confirm it.</translation>
    </message>
    <message>
        <source>Holiday %1: %2 is not in %3.</source>
        <translation>Holiday %1: %2 is not in %3.</translation>
    </message>
    <message>
        <source>Save the changes to the list first, then confirm it.</source>
        <translation>Save the changes to the list first, then confirm it.</translation>
    </message>
    <message>
        <source>A complaint type in use cannot be removed; rename it instead.</source>
        <translation>A complaint type in use cannot be removed; rename it instead.</translation>
    </message>
    <message>
        <source>Complaint type %1: the code needs 2 to 50 lower-case letters, digits or _, and must be unique.</source>
        <translation>Complaint type %1: the code needs 2 to 50 lower-case letters, digits or _, and must be unique.</translation>
    </message>
    <message>
        <source>Complaint type %1 needs both labels.</source>
        <translation>Complaint type %1 needs both labels.</translation>
    </message>
    <message>
        <source>Holiday %1: &quot;%2&quot; is not a date (write e.g. 17/08/2026).</source>
        <translation>Holiday %1: &quot;%2&quot; is not a date (write e.g. 17/08/2026).</translation>
    </message>
    <message>
        <source>Letters and hearings may be dated back</source>
        <translation>Letters and hearings may be dated back</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>The office name is required.</translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation>Office settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation>Office &amp;name</translation>
    </message>
    <message>
        <source>&amp;Register number format</source>
        <translation>&amp;Register number format</translation>
    </message>
    <message>
        <source>Fields: {year}, {seq} (e.g. {seq:05d}), {month}, {roman_month}. Example: WBS-{year}-{seq:05d}</source>
        <translation>Fields: {year}, {seq} (e.g. {seq:05d}), {month}, {roman_month}. Example: WBS-{year}-{seq:05d}</translation>
    </message>
    <message>
        <source>&amp;First response within</source>
        <translation>&amp;First response within</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Reporter&apos;s &amp;reply within</source>
        <translation>Reporter&apos;s &amp;reply within</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Summons at least</source>
        <translation>Summons at least</translation>
    </message>
    <message>
        <source> working days before</source>
        <translation> working days before</translation>
    </message>
    <message>
        <source>Complaint types</source>
        <translation>Complaint types</translation>
    </message>
    <message>
        <source>The complaint types offered in the form. The code is stored with each case and cannot be changed; the labels can.</source>
        <translation>The complaint types offered in the form. The code is stored with each case and cannot be changed; the labels can.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Days off besides Saturdays and Sundays: national holidays and joint leave (cuti bersama). They count for working-day deadlines and summons dates.</source>
        <translation>Days off besides Saturdays and Sundays: national holidays and joint leave (cuti bersama). They count for working-day deadlines and summons dates.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>&amp;Create database</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring, not in a file.</source>
        <translation>The password is kept in this computer&apos;s keyring, not in a file.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in. It is not saved: you will be asked for it each time the app starts.</source>
        <translation>This computer has no keyring to keep the password in. It is not saved: you will be asked for it each time the app starts.</translation>
    </message>
    <message>
        <source>This is a folder. Give a file name.</source>
        <translation>This is a folder. Give a file name.</translation>
    </message>
    <message>
        <source>The folder cannot be created here. Choose another.</source>
        <translation>The folder cannot be created here. Choose another.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>Creating the database and the keys…</source>
        <translation>Creating the database and the keys…</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <source>Office key (compare at every login): %1</source>
        <translation>Office key (compare at every login): %1</translation>
    </message>
    <message>
        <source>WBS Desktop — recovery key</source>
        <translation>WBS Desktop — recovery key</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Office: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Created: %1</translation>
    </message>
    <message>
        <source>Office key: %1</source>
        <translation>Office key: %1</translation>
    </message>
    <message>
        <source>Anyone holding this key can read every case. Keep it in a safe.</source>
        <translation>Anyone holding this key can read every case. Keep it in a safe.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another place.</source>
        <translation>The file could not be written. Choose another place.</translation>
    </message>
    <message>
        <source>Saved. Move the file to a USB stick kept in a safe and delete it from this computer.</source>
        <translation>Saved. Move the file to a USB stick kept in a safe and delete it from this computer.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>WBS database (*.sqlite3);;All files (*)</source>
        <translation>WBS database (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>The server password could not be saved on this computer (no keyring). You will be asked for it at each start.</source>
        <translation>The server password could not be saved on this computer (no keyring). You will be asked for it at each start.</translation>
    </message>
    <message>
        <source>Set up WBS Desktop</source>
        <translation>Set up WBS Desktop</translation>
    </message>
    <message>
        <source>Welcome to WBS Desktop</source>
        <translation>Welcome to WBS Desktop</translation>
    </message>
    <message>
        <source>This computer has no case database yet. Choose where the office&apos;s cases are kept.</source>
        <translation>This computer has no case database yet. Choose where the office&apos;s cases are kept.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>A &amp;file on this computer (one workstation)</source>
        <translation>A &amp;file on this computer (one workstation)</translation>
    </message>
    <message>
        <source>Nothing to install. The file is encrypted and kept in your user folder.</source>
        <translation>Nothing to install. The file is encrypted and kept in your user folder.</translation>
    </message>
    <message>
        <source>A &amp;shared PostgreSQL server (several workstations)</source>
        <translation>A &amp;shared PostgreSQL server (several workstations)</translation>
    </message>
    <message>
        <source>Ask your administrator for the server address, the database and the user name.</source>
        <translation>Ask your administrator for the server address, the database and the user name.</translation>
    </message>
    <message>
        <source>The cases are stored in this file. Keep a backup of it.</source>
        <translation>The cases are stored in this file. Keep a backup of it.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>If the file already holds an office database, it is opened instead of created.</source>
        <translation>If the file already holds an office database, it is opened instead of created.</translation>
    </message>
    <message>
        <source>Shared server</source>
        <translation>Shared server</translation>
    </message>
    <message>
        <source>Where the office&apos;s PostgreSQL server is.</source>
        <translation>Where the office&apos;s PostgreSQL server is.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>Create the office database and its first administrator account.</source>
        <translation>Create the office database and its first administrator account.</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <source>Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur</source>
        <translation>Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repeat password</translation>
    </message>
    <message>
        <source>At least 10 characters. Nobody can recover a forgotten password; only the recovery key shown next can restore access.</source>
        <translation>At least 10 characters. Nobody can recover a forgotten password; only the recovery key shown next can restore access.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Shown only once. Print it or save it, and keep it locked away.</source>
        <translation>Shown only once. Print it or save it, and keep it locked away.</translation>
    </message>
    <message>
        <source>With this key the office can create a new administrator if every administrator password is lost. Anyone holding it can read every case: keep it in a safe, not on this computer.</source>
        <translation>With this key the office can create a new administrator if every administrator password is lost. Anyone holding it can read every case: keep it in a safe, not on this computer.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>&amp;Save to file…</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery key and will keep it safe</source>
        <translation>I have printed or saved the recovery key and will keep it safe</translation>
    </message>
</context>
<context>
    <name>SignatoriesTab</name>
    <message>
        <source>&amp;Head of the office (jabatan):</source>
        <translation>&amp;Head of the office (jabatan):</translation>
    </message>
    <message>
        <source>Officials who may sign:</source>
        <translation>Officials who may sign:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Pangkat/golongan</source>
        <translation>Pangkat/golongan</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>&amp;Add official</source>
        <translation>&amp;Add official</translation>
    </message>
    <message>
        <source>Re&amp;move official</source>
        <translation>Re&amp;move official</translation>
    </message>
    <message>
        <source>Who signs each kind of letter:</source>
        <translation>Who signs each kind of letter:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Every letter without its own signer</source>
        <translation>Every letter without its own signer</translation>
    </message>
    <message>
        <source>own name</source>
        <translation>own name</translation>
    </message>
    <message>
        <source>(nobody: a line to sign on)</source>
        <translation>(nobody: a line to sign on)</translation>
    </message>
    <message>
        <source>(as every letter)</source>
        <translation>(as every letter)</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Choose…</source>
        <extracomment>Which error label shows the messages of which field path. Which input widget &quot;touches&quot; which field (messages appear once touched). The reporter&apos;s fields an anonymous report leaves empty (kept aside meanwhile).</extracomment>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Link %1: %2</source>
        <translation>Link %1: %2</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Ready to save.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still need attention.</source>
        <translation>
            <numerusform>%n field still needs attention.</numerusform>
            <numerusform>%n fields still need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>All of 4W1H and evidence are present.</source>
        <translation>All of 4W1H and evidence are present.</translation>
    </message>
    <message>
        <source>Attach scans of the report</source>
        <translation>Attach scans of the report</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.txt *.docx *.xlsx *.pptx)</source>
        <translation>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.txt *.docx *.xlsx *.pptx)</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1: the file cannot be read (%2)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>&amp;Print the receipt…</source>
        <translation>&amp;Print the receipt…</translation>
    </message>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation>The receipt was sent to the printer.</translation>
    </message>
    <message>
        <source>Discard the complaint?</source>
        <translation>Discard the complaint?</translation>
    </message>
    <message>
        <source>The form has input that has not been saved. Close it and lose that input?</source>
        <translation>The form has input that has not been saved. Close it and lose that input?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>Complaint form</source>
        <translation>Complaint form</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>A&amp;nonymous report (surat kaleng): no name, no contact</source>
        <translation>A&amp;nonymous report (surat kaleng): no name, no contact</translation>
    </message>
    <message>
        <source>No letter can be sent to an anonymous reporter; the tracking code on the receipt is the only way to follow the report.</source>
        <translation>No letter can be sent to an anonymous reporter; the tracking code on the receipt is the only way to follow the report.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Add&amp;ress</translation>
    </message>
    <message>
        <source>Street, village, district (printed on letters to the reporter)</source>
        <translation>Street, village, district (printed on letters to the reporter)</translation>
    </message>
    <message>
        <source>The reporter agrees to be &amp;contacted</source>
        <translation>The reporter agrees to be &amp;contacted</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>&amp;Arrived by</source>
        <translation>&amp;Arrived by</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>&amp;Received</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>One per line, e.g. &quot;Surat pengaduan (2 lembar)&quot; (printed on the receipt)</source>
        <translation>One per line, e.g. &quot;Surat pengaduan (2 lembar)&quot; (printed on the receipt)</translation>
    </message>
    <message>
        <source>Attach &amp;scans…</source>
        <translation>Attach &amp;scans…</translation>
    </message>
    <message>
        <source>Remove sc&amp;an</source>
        <translation>Remove sc&amp;an</translation>
    </message>
    <message>
        <source>Completeness (4W1H)</source>
        <translation>Completeness (4W1H)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Person &amp;reported</source>
        <translation>Person &amp;reported</translation>
    </message>
    <message>
        <source>&amp;NIP</source>
        <translation>&amp;NIP</translation>
    </message>
    <message>
        <source>Pos&amp;ition</source>
        <translation>Pos&amp;ition</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>U&amp;nit</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Where</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>&amp;Known:</source>
        <translation>&amp;Known:</translation>
    </message>
    <message>
        <source>&amp;Chronology</source>
        <translation>&amp;Chronology</translation>
    </message>
    <message>
        <source>&amp;Material loss</source>
        <translation>&amp;Material loss</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Estimate (Rp):</source>
        <translation>Estimate (Rp):</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Evidence links</translation>
    </message>
    <message>
        <source>A&amp;dd link</source>
        <translation>A&amp;dd link</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>The complaint has been saved. Give the tracking code to the reporter.</source>
        <translation>The complaint has been saved. Give the tracking code to the reporter.</translation>
    </message>
    <message>
        <source>Register number:</source>
        <translation>Register number:</translation>
    </message>
    <message>
        <source>Tracking code:</source>
        <translation>Tracking code:</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (current)</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>overdue since %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>first response: verification to start</source>
        <translation>first response: verification to start</translation>
    </message>
    <message>
        <source>the reporter&apos;s reply to the request for information</source>
        <translation>the reporter&apos;s reply to the request for information</translation>
    </message>
    <message>
        <source>the scheduled hearing</source>
        <translation>the scheduled hearing</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>%1: registered by %2</source>
        <translation>%1: registered by %2</translation>
    </message>
    <message>
        <source>%1: %3 assigned by %2</source>
        <translation>%1: %3 assigned by %2</translation>
    </message>
    <message>
        <source>%1: %3 removed by %2</source>
        <translation>%1: %3 removed by %2</translation>
    </message>
    <message>
        <source>%1: moved back here by %2</source>
        <translation>%1: moved back here by %2</translation>
    </message>
    <message>
        <source>%1: reopened by %2</source>
        <translation>%1: reopened by %2</translation>
    </message>
    <message>
        <source>%1: moved here by %2</source>
        <translation>%1: moved here by %2</translation>
    </message>
    <message>
        <source>%1: %3 (%2)</source>
        <translation>%1: %3 (%2)</translation>
    </message>
    <message>
        <source>%1: changed by %2</source>
        <translation>%1: changed by %2</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>reason: %1</translation>
    </message>
</context>
<context>
    <name>UserProfile</name>
    <message>
        <source>Give the full name.</source>
        <translation>Give the full name.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>You cannot change your own role.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>Edit user %1</translation>
    </message>
    <message>
        <source>The name with titles, the NIP, the pangkat/golongan and the jabatan are printed when this user signs a letter or is in an examination team. A new role or deactivating the account gives the cases they held new keys.</source>
        <translation>The name with titles, the NIP, the pangkat/golongan and the jabatan are printed when this user signs a letter or is in an examination team. A new role or deactivating the account gives the cases they held new keys.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;NIP:</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <source>&amp;Pangkat/golongan:</source>
        <translation>&amp;Pangkat/golongan:</translation>
    </message>
    <message>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Active (may log in)</source>
        <translation>&amp;Active (may log in)</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>Clear login &amp;delay</source>
        <translation>Clear login &amp;delay</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>waiting until %1</source>
        <translation>waiting until %1</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer log in.</source>
        <translation>Deactivate %1? They can no longer log in.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Re-keying the cases they held…</source>
        <translation>Re-keying the cases they held…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>A temporary password for %1 (they must change it at first login):</source>
        <translation>A temporary password for %1 (they must change it at first login):</translation>
    </message>
    <message>
        <source>Granting the cases again…</source>
        <translation>Granting the cases again…</translation>
    </message>
</context>
<context>
    <name>ViolationsTab</name>
    <message>
        <source>A summons says: &quot;… untuk diperiksa sehubungan dengan dugaan pelanggaran disiplin berupa WORDS&quot;. The words for each complaint type (in Indonesian, as they appear in the letter; left empty: the standard words, or the type&apos;s name for a type the office added):</source>
        <translation>A summons says: &quot;… untuk diperiksa sehubungan dengan dugaan pelanggaran disiplin berupa WORDS&quot;. The words for each complaint type (in Indonesian, as they appear in the letter; left empty: the standard words, or the type&apos;s name for a type the office added):</translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation>Complaint type</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>(the officer writes the words in each letter)</source>
        <translation>(the officer writes the words in each letter)</translation>
    </message>
</context>
<context>
    <name>WitnessesBox</name>
    <message>
        <source>Witnesses</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <source>&amp;Add witness…</source>
        <translation>&amp;Add witness…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Complete the &amp;accused&apos;s details…</source>
        <translation>Complete the &amp;accused&apos;s details…</translation>
    </message>
    <message>
        <source>No witnesses yet.</source>
        <translation>No witnesses yet.</translation>
    </message>
    <message>
        <source>Witness details are encrypted with the case.</source>
        <translation>Witness details are encrypted with the case.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>N&amp;IP (optional):</source>
        <translation>N&amp;IP (optional):</translation>
    </message>
    <message>
        <source>P&amp;osition (optional):</source>
        <translation>P&amp;osition (optional):</translation>
    </message>
    <message>
        <source>&amp;Unit (optional):</source>
        <translation>&amp;Unit (optional):</translation>
    </message>
    <message>
        <source>Enter the witness&apos;s name.</source>
        <translation>Enter the witness&apos;s name.</translation>
    </message>
    <message>
        <source>Add a witness</source>
        <translation>Add a witness</translation>
    </message>
    <message>
        <source>Edit a witness</source>
        <translation>Edit a witness</translation>
    </message>
    <message>
        <source>Enter the name of the person reported.</source>
        <translation>Enter the name of the person reported.</translation>
    </message>
    <message>
        <source>The person reported</source>
        <translation>The person reported</translation>
    </message>
    <message>
        <source>Correct or complete the details; other reports about the same person are found by name and NIP.</source>
        <translation>Correct or complete the details; other reports about the same person are found by name and NIP.</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Pan&amp;gkat/golongan:</source>
        <translation>Pan&amp;gkat/golongan:</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <extracomment>Jobs started and not yet delivered, by number (GUI thread only, but read from the worker under :data:`_lock`). The widget whose methods the callbacks call: gone (its C++ object deleted, a window closed meanwhile), the outcome is dropped. Worker threads: enough that a slow server probe never holds up a login or a search (Qt&apos;s pool had one per core, two on the office&apos;s machines). The case list&apos;s searches and what they leave to store (run_in_background&apos;s lane). Lanes: one thread each, its jobs one after the other (see run_in_background).</extracomment>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
