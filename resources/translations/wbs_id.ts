<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en_US">
<context>
    <name>ActionDialog</name>
    <message>
        <source>another user</source>
        <translation>pengguna lain</translation>
    </message>
    <message>
        <source>%1 changed this case while you were working on it</source>
        <translation>%1 mengubah kasus ini saat Anda sedang mengerjakannya</translation>
    </message>
    <message>
        <source>Your input is kept: look at the case again, then save once more.</source>
        <translation>Isian Anda tetap tersimpan: periksa kembali kasusnya, lalu simpan sekali lagi.</translation>
    </message>
    <message>
        <source>the same NIP</source>
        <translation>NIP yang sama</translation>
    </message>
    <message>
        <source>the same name</source>
        <translation>nama yang sama</translation>
    </message>
    <message>
        <source>%1 cannot be assigned: they are the person reported in this case (%2). They are never given this case&apos;s keys.</source>
        <translation>%1 tidak dapat ditugaskan karena yang bersangkutan adalah terlapor dalam kasus ini (%2); ia tidak pernah diberi akses ke kasus ini.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>&amp;NIP</source>
        <translation>N&amp;IP</translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation>&amp;Jabatan</translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation>Kata sandi &amp;awal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>The user must change this password at first login.</source>
        <translation>Pengguna wajib mengganti kata sandi ini saat pertama kali masuk.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected went wrong. Your saved work is safe; the details were written to the log file in %1.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan aman; rinciannya dicatat di berkas log dalam %1.</translation>
    </message>
    <message>
        <source>WBS Desktop</source>
        <translation>WBS Desktop</translation>
    </message>
    <message>
        <source>The password of the database server %1:</source>
        <translation>Kata sandi server basis data %1:</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the password of the database server %1 is asked at each start:</source>
        <translation>Komputer ini tidak memiliki tempat penyimpanan kata sandi (keyring), sehingga kata sandi server basis data %1 ditanyakan setiap kali aplikasi dibuka:</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Server basis data</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <source>A newer WBS Desktop is needed</source>
        <translation>Diperlukan WBS Desktop yang lebih baru</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>&amp;Set up another database</source>
        <translation>&amp;Siapkan basis data lain</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Save the attachment</source>
        <translation>Simpan lampiran</translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation>Lampiran: %1</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Ukuran asli</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Simpan salinan…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Tambah berkas…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Add a file to the case</source>
        <translation>Tambahkan berkas ke kasus</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Berkas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Save an attachment</source>
        <translation>Simpan lampiran</translation>
    </message>
    <message>
        <source>WBS Desktop cannot show this kind of file itself. Save it where you choose (only you can read it there); files from reporters can be harmful: open it only if you trust it.</source>
        <translation>WBS Desktop tidak dapat menampilkan jenis berkas ini. Simpan di tempat yang Anda pilih (hanya Anda yang dapat membacanya di sana); berkas dari pelapor dapat berbahaya: buka hanya bila Anda memercayainya.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Simpan…</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Berkas tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
</context>
<context>
    <name>AuditAlarmBanner</name>
    <message>
        <source>Acknowledge…</source>
        <translation>Konfirmasi…</translation>
    </message>
    <message>
        <source>Acknowledge the audit alarm</source>
        <translation>Konfirmasi peringatan log audit</translation>
    </message>
    <message>
        <source>%1

What did you find, and who was told? (kept in the audit log)</source>
        <translation>%1

Apa yang Anda temukan, dan siapa yang sudah diberi tahu? (disimpan dalam log audit)</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Nomor register</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Antara</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time (WITA)</source>
        <translation>Waktu (WITA)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>&amp;Periksa sekarang</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Ekspor CSV…</translation>
    </message>
    <message>
        <source>%1 entries shown (newest first, at most %2).</source>
        <translation>%1 entri ditampilkan (terbaru lebih dulu, paling banyak %2).</translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries checked.</source>
        <translation>Log audit utuh: %1 entri diperiksa.</translation>
    </message>
    <message>
        <source>The audit log is BROKEN at entry %1 (%2). The %3 entries before it check out.</source>
        <translation>Log audit RUSAK pada entri %1 (%2). %3 entri sebelumnya sesuai.</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>Periksa log audit</translation>
    </message>
    <message>
        <source>Checking every entry and signature…</source>
        <translation>Memeriksa setiap entri dan tanda tangan…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Ekspor log audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 entries written to %2 (readable by you only).</source>
        <translation>%1 entri ditulis ke %2 (hanya dapat dibaca oleh Anda).</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another place.</source>
        <translation>Berkas tidak dapat ditulis. Pilih tempat lain.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>This backup file is damaged or incomplete (for example cut off while copying). Nothing was restored; use another copy of the backup.</source>
        <translation>Berkas cadangan ini rusak atau tidak lengkap (misalnya terpotong saat disalin). Tidak ada yang dipulihkan; gunakan salinan cadangan yang lain.</translation>
    </message>
    <message>
        <source>This backup cannot be opened with these credentials. Give the password of an administrator the backup was made for, or the office&apos;s recovery key.</source>
        <translation>Cadangan ini tidak dapat dibuka dengan data ini. Masukkan kata sandi administrator yang tercatat pada cadangan, atau kunci pemulihan kantor.</translation>
    </message>
    <message>
        <source>This file is not a WBS Desktop backup, or it was made by a newer version of the app (then update the app first).</source>
        <translation>Berkas ini bukan cadangan WBS Desktop, atau dibuat oleh versi aplikasi yang lebih baru (perbarui aplikasi terlebih dahulu).</translation>
    </message>
    <message>
        <source>The chosen database is not empty. A backup is only restored into a new file or an empty database, so that nothing is overwritten.</source>
        <translation>Basis data yang dipilih tidak kosong. Cadangan hanya dipulihkan ke berkas baru atau basis data kosong, agar tidak ada yang tertimpa.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Dibatalkan: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The backup file cannot be read or written: %1</source>
        <translation>Berkas cadangan tidak dapat dibaca atau ditulis: %1</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Simpan cadangan sebagai</translation>
    </message>
    <message>
        <source>WBS backups (*.wbsbak)</source>
        <translation>Cadangan WBS (*.wbsbak)</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Pilih cadangan</translation>
    </message>
    <message>
        <source>WBS backups (*.wbsbak);;All files (*)</source>
        <translation>Cadangan WBS (*.wbsbak);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>Berkas basis data baru</translation>
    </message>
    <message>
        <source>WBS databases (*.sqlite3)</source>
        <translation>Basis data WBS (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>The backup is saved (%1, %2 records):
%3

Keep it as you keep the recovery key: locked away, away from this computer, never shared. Anyone holding it can try to guess an administrator&apos;s password on their own computer, for as long as they like; it opens with that password or with the recovery key.</source>
        <translation>Cadangan tersimpan (%1, %2 baris data):
%3

Simpan seperti Anda menyimpan kunci pemulihan: di tempat terkunci, jauh dari komputer ini, dan jangan diberikan kepada siapa pun. Siapa pun yang memegangnya dapat mencoba menebak kata sandi administrator di komputernya sendiri selama yang ia mau; berkas ini dapat dibuka dengan kata sandi itu atau dengan kunci pemulihan.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Menulis cadangan…</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Berkas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Dibuat pada</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Dibuat oleh</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>%1 cases, %2 records</source>
        <translation>%1 kasus, %2 baris data</translation>
    </message>
    <message>
        <source>Administrators who can open it</source>
        <translation>Administrator yang dapat membukanya</translation>
    </message>
    <message>
        <source>Recovery key fingerprint</source>
        <translation>Sidik kunci pemulihan</translation>
    </message>
    <message>
        <source>Choose the backup file first.</source>
        <translation>Pilih berkas cadangan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Choose where to restore: a new local file or an empty PostgreSQL database.</source>
        <translation>Pilih tujuan pemulihan: berkas lokal baru atau basis data PostgreSQL yang kosong.</translation>
    </message>
    <message>
        <source>A server address looks like postgresql://user@server:5432/database.</source>
        <translation>Alamat server berbentuk postgresql://pengguna@server:5432/basisdata.</translation>
    </message>
    <message>
        <source>Give an administrator&apos;s password or the recovery key.</source>
        <translation>Masukkan kata sandi administrator atau kunci pemulihan.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pemulihan</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Memulihkan cadangan…</translation>
    </message>
    <message>
        <source>The backup of %1 is restored (%2 records) into:
%3

To work with it, open this database at the next start (&quot;Other database…&quot; in the login window).</source>
        <translation>Cadangan %1 telah dipulihkan (%2 baris data) ke:
%3

Untuk menggunakannya, buka basis data ini saat aplikasi dimulai lagi (&quot;Basis data lain…&quot; di jendela masuk).</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: %2 — click to list these cases</source>
        <extracomment>The value a full bar stands for (None: the largest); a larger bar is drawn full with a break in it (a long tail kept in one bar).</extracomment>
        <translation>%1: %2 — klik untuk menampilkan kasus-kasus ini</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Assign officer…</source>
        <translation>Tugaskan pemeriksa…</translation>
    </message>
    <message>
        <source>Give the case to an officer, who receives its keys</source>
        <translation>Tugaskan kasus kepada pemeriksa; pemeriksa mendapat akses ke kasus</translation>
    </message>
    <message>
        <source>Start verification…</source>
        <translation>Mulai verifikasi…</translation>
    </message>
    <message>
        <source>Start checking the report for completeness (4W1H)</source>
        <translation>Mulai memeriksa kelengkapan pengaduan (4W1H)</translation>
    </message>
    <message>
        <source>Complete: investigate…</source>
        <translation>Lengkap: telaah…</translation>
    </message>
    <message>
        <source>The report is complete: the investigation starts</source>
        <translation>Pengaduan lengkap: penelaahan dimulai</translation>
    </message>
    <message>
        <source>Ask for more information…</source>
        <translation>Minta kelengkapan…</translation>
    </message>
    <message>
        <source>Ask the reporter for what is missing, with a reply deadline</source>
        <translation>Minta kelengkapan kepada pelapor, dengan batas waktu balasan</translation>
    </message>
    <message>
        <source>Record the reply…</source>
        <translation>Catat balasan…</translation>
    </message>
    <message>
        <source>The reporter&apos;s reply arrived: back to verification</source>
        <translation>Balasan pelapor sudah diterima: kembali ke verifikasi</translation>
    </message>
    <message>
        <source>To clarification…</source>
        <translation>Ke klarifikasi…</translation>
    </message>
    <message>
        <source>Invite the reporter and witnesses for clarification</source>
        <translation>Undang pelapor dan saksi untuk klarifikasi</translation>
    </message>
    <message>
        <source>To examination…</source>
        <translation>Ke pemeriksaan…</translation>
    </message>
    <message>
        <source>Summon the accused for examination</source>
        <translation>Panggil terlapor untuk diperiksa</translation>
    </message>
    <message>
        <source>Conclude…</source>
        <translation>Selesaikan…</translation>
    </message>
    <message>
        <source>Finish the case: substantiated, not substantiated or referred</source>
        <translation>Selesaikan kasus: terbukti, tidak terbukti, atau dilimpahkan</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Tutup kasus…</translation>
    </message>
    <message>
        <source>End the case without investigation: incomplete, out of scope or a duplicate</source>
        <translation>Hentikan penanganan tanpa penelaahan: tidak lengkap, di luar kewenangan, atau duplikat</translation>
    </message>
    <message>
        <source>Reopen / step back…</source>
        <translation>Buka kembali / kembalikan tahap…</translation>
    </message>
    <message>
        <source>Administrators: take the case back to an earlier stage, with a reason</source>
        <translation>Khusus administrator: kembalikan kasus ke tahap sebelumnya, dengan alasan</translation>
    </message>
    <message>
        <source>(assigned)</source>
        <translation>(ditugaskan)</translation>
    </message>
    <message>
        <source>Add to the officers already assigned</source>
        <translation>Tambahkan ke pemeriksa yang sudah ditugaskan</translation>
    </message>
    <message>
        <source>Replace the officers assigned now</source>
        <translation>Ganti pemeriksa yang ditugaskan sekarang</translation>
    </message>
    <message>
        <source>Choose an officer.</source>
        <translation>Pilih pemeriksa.</translation>
    </message>
    <message>
        <source>Assign an officer</source>
        <translation>Tugaskan pemeriksa</translation>
    </message>
    <message>
        <source>The officer receives the case&apos;s keys. Someone who is the person reported in the case is refused.</source>
        <translation>Pemeriksa yang ditugaskan mendapat akses ke kasus ini. Pegawai yang menjadi terlapor dalam kasus ini tidak dapat ditugaskan.</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Tugaskan</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Pemeriksa:</translation>
    </message>
    <message>
        <source>%1 is the person reported in this case (%2): the assignment will be refused.</source>
        <translation>%1 adalah terlapor dalam kasus ini (%2): penugasan akan ditolak.</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>Pemeriksa &amp;lain:</translation>
    </message>
    <message>
        <source>Start verification</source>
        <translation>Mulai verifikasi</translation>
    </message>
    <message>
        <source>Check that the report says what, where, when, who and how (4W1H), with supporting evidence.</source>
        <translation>Periksa apakah pengaduan memuat apa, di mana, kapan, siapa dan bagaimana (4W1H), beserta bukti pendukung.</translation>
    </message>
    <message>
        <source>&amp;Start verification</source>
        <translation>&amp;Mulai verifikasi</translation>
    </message>
    <message>
        <source>The report is complete</source>
        <translation>Laporan lengkap</translation>
    </message>
    <message>
        <source>The report is complete: the investigation starts.</source>
        <translation>Laporan lengkap: penelaahan dimulai.</translation>
    </message>
    <message>
        <source>Start the &amp;investigation</source>
        <translation>Mulai &amp;penelaahan</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Catatan (opsional):</translation>
    </message>
    <message>
        <source>Write what is missing, one item a line.</source>
        <translation>Tuliskan apa yang kurang, satu butir per baris.</translation>
    </message>
    <message>
        <source>The reply deadline must be after today.</source>
        <translation>Batas waktu balasan harus setelah hari ini.</translation>
    </message>
    <message>
        <source>Ask the reporter for more information</source>
        <translation>Minta kelengkapan kepada pelapor</translation>
    </message>
    <message>
        <source>The case waits for the reporter&apos;s reply. Without a reply by the deadline it may be closed as incomplete.</source>
        <translation>Kasus menunggu balasan pelapor. Tanpa balasan sampai batas waktu, kasus dapat ditutup karena tidak lengkap.</translation>
    </message>
    <message>
        <source>&amp;Ask for it</source>
        <translation>&amp;Minta</translation>
    </message>
    <message>
        <source>e.g. the date of the incident
copies of receipts</source>
        <translation>mis. tanggal kejadian
salinan kuitansi</translation>
    </message>
    <message>
        <source>&amp;What is missing (one a line):</source>
        <translation>&amp;Yang kurang (satu per baris):</translation>
    </message>
    <message numerus="yes">
        <source>Default: %n day(s) from today (a setting).</source>
        <translation>
            <numerusform>Bawaan: %n hari dari hari ini (pengaturan).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply &amp;deadline:</source>
        <translation>&amp;Batas waktu balasan:</translation>
    </message>
    <message>
        <source>Then &amp;write the request letter to the reporter</source>
        <translation>Lalu &amp;buat surat permintaan kepada pelapor</translation>
    </message>
    <message>
        <source>Summarise what the reporter sent.</source>
        <translation>Ringkas apa yang dikirim pelapor.</translation>
    </message>
    <message>
        <source>Record the reporter&apos;s reply</source>
        <translation>Catat balasan pelapor</translation>
    </message>
    <message>
        <source>The case goes back to verification.</source>
        <translation>Kasus kembali ke verifikasi.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Catat</translation>
    </message>
    <message>
        <source>&amp;What arrived:</source>
        <translation>&amp;Yang diterima:</translation>
    </message>
    <message>
        <source>The case moves to the stage “%1”.</source>
        <translation>Kasus berpindah ke tahap “%1”.</translation>
    </message>
    <message>
        <source>To clarification</source>
        <translation>Ke klarifikasi</translation>
    </message>
    <message>
        <source>To &amp;clarification</source>
        <translation>Ke &amp;klarifikasi</translation>
    </message>
    <message>
        <source>To examination of the accused</source>
        <translation>Ke pemeriksaan terlapor</translation>
    </message>
    <message>
        <source>To &amp;examination</source>
        <translation>Ke &amp;pemeriksaan</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Pilih hasilnya.</translation>
    </message>
    <message>
        <source>Write a summary of the findings.</source>
        <translation>Tuliskan ringkasan temuan.</translation>
    </message>
    <message>
        <source>Say to whom the case is referred.</source>
        <translation>Sebutkan kepada siapa kasus dilimpahkan.</translation>
    </message>
    <message>
        <source>Conclude the case</source>
        <translation>Selesaikan kasus</translation>
    </message>
    <message>
        <source>C&amp;onclude</source>
        <translation>&amp;Selesaikan</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Hasil:</translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation>&amp;Dilimpahkan kepada:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Ringkasan:</translation>
    </message>
    <message>
        <source>Recommen&amp;dations:</source>
        <translation>Re&amp;komendasi:</translation>
    </message>
    <message>
        <source>Incomplete after the deadline</source>
        <translation>Tidak lengkap setelah batas waktu</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Di luar kewenangan</translation>
    </message>
    <message>
        <source>Duplicate of another case</source>
        <translation>Duplikat kasus lain</translation>
    </message>
    <message>
        <source>Choose why the case is closed.</source>
        <translation>Pilih alasan kasus ditutup.</translation>
    </message>
    <message>
        <source>Give the register number of the other case.</source>
        <translation>Isi nomor register kasus yang lain.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Tutup kasus</translation>
    </message>
    <message>
        <source>A closed case is not investigated. Only an administrator can reopen it.</source>
        <translation>Kasus yang ditutup tidak ditelaah. Hanya administrator yang dapat membukanya kembali.</translation>
    </message>
    <message>
        <source>C&amp;lose the case</source>
        <translation>&amp;Tutup kasus</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>register number, e.g. WBS/2026/00012</source>
        <translation>nomor register, mis. WBS-2026-00012</translation>
    </message>
    <message>
        <source>&amp;Duplicate of:</source>
        <translation>&amp;Duplikat dari:</translation>
    </message>
    <message>
        <source>Write why the case goes back.</source>
        <translation>Tuliskan mengapa kasus dikembalikan.</translation>
    </message>
    <message>
        <source>Reopen or step back</source>
        <translation>Buka kembali atau kembalikan tahap</translation>
    </message>
    <message>
        <source>An administrator&apos;s act: the reason is kept in the timeline and the audit log.</source>
        <translation>Tindakan administrator: alasannya disimpan dalam riwayat kasus dan log audit.</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Buka kembali</translation>
    </message>
    <message>
        <source>Back to &amp;stage:</source>
        <translation>Kembali ke &amp;tahap:</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <source>No case matches the search and filters.</source>
        <extracomment>Who runs a new search after a sort change (the main window does it in the background); None: search synchronously here.</extracomment>
        <translation>Tidak ada kasus yang cocok dengan pencarian dan saringan.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Hapus saringan</translation>
    </message>
    <message>
        <source>No cases yet. Log a complaint with Case ▸ New complaint (Ctrl+N).</source>
        <translation>Belum ada kasus. Catat pengaduan lewat Kasus ▸ Pengaduan baru (Ctrl+N).</translation>
    </message>
    <message>
        <source>Fit the columns to the window</source>
        <translation>Sesuaikan kolom dengan jendela</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Register no.</source>
        <extracomment>Not shown at first (the table must fit beside the case at 1366×768); the header&apos;s context menu shows them. Columns that share what the others leave (text elided, tooltip whole).</extracomment>
        <translation>No. register</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Person reported</source>
        <translation>Terlapor</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Pemeriksa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Arrived by</source>
        <translation>Masuk melalui</translation>
    </message>
    <message>
        <source>The stored data of this case failed its integrity check and cannot be shown. Tell the administrator (wbs-admin verify-data lists such cases); the other cases are not affected.</source>
        <translation>Data tersimpan kasus ini gagal dalam pemeriksaan keutuhan dan tidak dapat ditampilkan. Beri tahu administrator (wbs-admin verify-data mendaftar kasus seperti ini); kasus lain tidak terpengaruh.</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>rusak</translation>
    </message>
    <message>
        <source>This case has not been shared with you.</source>
        <translation>Kasus ini tidak ditugaskan kepada Anda.</translation>
    </message>
    <message numerus="yes">
        <source>%n d late</source>
        <translation>
            <numerusform>lewat %n hr</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message numerus="yes">
        <source>%n d left</source>
        <translation>
            <numerusform>%n hr lagi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>terlambat %n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>jatuh tempo hari ini</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n hari lagi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>An administrator set your password. Choose your own before you continue (at least 10 characters).</source>
        <translation>Kata sandi Anda ditetapkan oleh administrator. Pilih kata sandi Anda sendiri sebelum melanjutkan (paling sedikit 10 karakter).</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>Choose a new password of at least 10 characters.</source>
        <translation>Pilih kata sandi baru paling sedikit 10 karakter.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Kata sandi &amp;saat ini</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Kata sandi &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>&amp;Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>&amp;Ganti kata sandi</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Connection to the server lost — retrying…</source>
        <translation>Koneksi ke server terputus — mencoba lagi…</translation>
    </message>
    <message>
        <source>Next attempt in %1 s.</source>
        <translation>Percobaan berikutnya dalam %1 detik.</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Mencoba lagi…</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Dashboard — WBS Desktop</source>
        <extracomment>Units drawn one by one; the rest share one bar. Workstation setting: open the dashboard right after an administrator logs in.</extracomment>
        <translation>Dasbor — WBS Desktop</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Triwulan</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Dari – sampai</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Simpan sebagai Excel…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Show at login</source>
        <translation>Tampilkan saat masuk</translation>
    </message>
    <message>
        <source>Open the dashboard on this computer right after an administrator logs in</source>
        <translation>Buka dasbor di komputer ini segera setelah administrator masuk</translation>
    </message>
    <message>
        <source>Count demo data</source>
        <translation>Hitung data contoh</translation>
    </message>
    <message>
        <source>Cases made by “wbs-admin demo” are left out of the figures. Tick this to count them (a demo or training office); never for figures handed upward.</source>
        <translation>Kasus yang dibuat oleh “wbs-admin demo” tidak dihitung dalam angka. Centang ini untuk menghitungnya (kantor contoh atau pelatihan); jangan untuk angka yang dilaporkan ke atasan.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>received</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>dalam proses</translation>
    </message>
    <message>
        <source>concluded or closed</source>
        <translation>selesai atau ditutup</translation>
    </message>
    <message>
        <source>overdue today</source>
        <translation>lewat tenggat hari ini</translation>
    </message>
    <message>
        <source>Received per month</source>
        <translation>Diterima per bulan</translation>
    </message>
    <message>
        <source>In progress, by stage</source>
        <translation>Dalam proses, menurut tahap</translation>
    </message>
    <message>
        <source>Finished, by outcome</source>
        <translation>Selesai, menurut hasil</translation>
    </message>
    <message>
        <source>Overdue today, by deadline</source>
        <translation>Lewat tenggat hari ini, menurut tenggat</translation>
    </message>
    <message>
        <source>By complaint type</source>
        <translation>Menurut jenis pengaduan</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Menurut saluran</translation>
    </message>
    <message>
        <source>By unit of the accused</source>
        <translation>Menurut unit kerja terlapor</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Triwulan %1</translation>
    </message>
    <message>
        <source>Semester %1</source>
        <translation>Semester %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Reports received %1 – %2, each in its stage today (%3). Click a number or a bar to list those cases.</source>
        <translation>Pengaduan yang diterima %1 – %2, masing-masing menurut tahapnya hari ini (%3). Klik angka atau batang untuk menampilkan daftar kasusnya.</translation>
    </message>
    <message>
        <source>Demo data is counted.</source>
        <translation>Data contoh ikut dihitung.</translation>
    </message>
    <message>
        <source>to first response</source>
        <translation>sampai tanggapan pertama</translation>
    </message>
    <message>
        <source>to verification</source>
        <translation>sampai verifikasi</translation>
    </message>
    <message>
        <source>to conclusion</source>
        <translation>sampai selesai</translation>
    </message>
    <message>
        <source>%1: no case yet</source>
        <translation>%1: belum ada kasus</translation>
    </message>
    <message>
        <source>%1: average %2, median %3 (%4 cases)</source>
        <translation>%1: rata-rata %2, median %3 (%4 kasus)</translation>
    </message>
    <message>
        <source>Working days from receipt: %1</source>
        <translation>Hari kerja sejak diterima: %1</translation>
    </message>
    <message>
        <source>test</source>
        <translation>uji coba</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>data contoh</translation>
    </message>
    <message>
        <source>Not counted: %1</source>
        <translation>Tidak dihitung: %1</translation>
    </message>
    <message>
        <source>Counting from the cases whose file you hold (the unit is encrypted with the case)…</source>
        <translation>Menghitung dari pengaduan yang berkasnya Anda pegang (unit terlapor dienkripsi bersama pengaduan)…</translation>
    </message>
    <message>
        <source>From the %1 of %2 cases whose file you hold (the unit is encrypted with the case).</source>
        <translation>Berdasarkan %1 dari %2 kasus yang dapat Anda buka (unit kerja terlapor tersimpan terenkripsi bersama kasus).</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(tidak diisi)</translation>
    </message>
    <message>
        <source>Other units</source>
        <translation>Unit kerja lainnya</translation>
    </message>
    <message>
        <source>Closed without investigation</source>
        <translation>Ditutup tanpa penelaahan</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Tanggapan pertama</translation>
    </message>
    <message>
        <source>Reporter&apos;s reply</source>
        <translation>Balasan pelapor</translation>
    </message>
    <message>
        <source>Scheduled hearing</source>
        <translation>Jadwal pemeriksaan</translation>
    </message>
    <message>
        <source>Save the recap as Excel</source>
        <translation>Simpan rekapitulasi sebagai Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the recap as PDF</source>
        <translation>Simpan rekapitulasi sebagai PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the recap…</source>
        <translation>Menulis rekapitulasi…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>DayPrinter</name>
    <message>
        <source>Printing the letters of a hearing day</source>
        <translation>Mencetak surat untuk satu hari pemeriksaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Letter %1 of %2: %3</source>
        <translation>Surat %1 dari %2: %3</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a case to see it here.</source>
        <translation>Pilih sebuah kasus untuk melihatnya di sini.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>This case has not been shared with you: only its register data can be shown. An administrator can assign it to you.</source>
        <translation>Kasus ini tidak ditugaskan kepada Anda: hanya data registernya yang dapat ditampilkan. Administrator dapat menugaskannya kepada Anda.</translation>
    </message>
    <message>
        <source>Completeness (4W1H)</source>
        <translation>Kelengkapan (4W1H)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <source>Arrived by:</source>
        <translation>Masuk melalui:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Diterima:</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Pemeriksa:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Di mana:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Kapan:</translation>
    </message>
    <message>
        <source>Material loss:</source>
        <translation>Kerugian materiil:</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Kronologi</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Tautan bukti</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Notes, files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Pos-el:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontak:</translation>
    </message>
    <message>
        <source>Show &amp;identity…</source>
        <translation>Tampilkan &amp;identitas…</translation>
    </message>
    <message>
        <source>Person reported</source>
        <translation>Terlapor</translation>
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
        <translation>Jabatan:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit kerja:</translation>
    </message>
    <message>
        <source>Other reports about this person</source>
        <translation>Pengaduan lain terhadap orang yang sama</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>belum ditugaskan</translation>
    </message>
    <message>
        <source>yes, estimated %1</source>
        <translation>ya, perkiraan %1</translation>
    </message>
    <message>
        <source>yes, not estimated</source>
        <translation>ya, belum diperkirakan</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>No evidence links.</source>
        <translation>Tidak ada tautan bukti.</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Benturan kepentingan</translation>
    </message>
    <message>
        <source>Supporting evidence</source>
        <translation>Bukti pendukung</translation>
    </message>
    <message>
        <source>The report is complete.</source>
        <translation>Laporan sudah lengkap.</translation>
    </message>
    <message>
        <source>Incomplete: the office may ask the reporter for more.</source>
        <translation>Belum lengkap: kantor dapat meminta kelengkapan kepada pelapor.</translation>
    </message>
    <message>
        <source>Anonymous (surat kaleng)</source>
        <translation>Anonim (surat kaleng)</translation>
    </message>
    <message>
        <source>An anonymous report: no letter can be sent to the reporter.</source>
        <translation>Pengaduan anonim: surat tidak dapat dikirim kepada pelapor.</translation>
    </message>
    <message>
        <source>Identity shown; this was recorded in the audit log.</source>
        <translation>Identitas ditampilkan; hal ini dicatat dalam log audit.</translation>
    </message>
    <message>
        <source>Masked. Showing it is recorded in the audit log.</source>
        <translation>Disamarkan. Menampilkannya akan dicatat dalam log audit.</translation>
    </message>
    <message>
        <source>agrees to be contacted</source>
        <translation>bersedia dihubungi</translation>
    </message>
    <message>
        <source>not to be contacted</source>
        <translation>tidak bersedia dihubungi</translation>
    </message>
    <message>
        <source>same NIP</source>
        <translation>NIP sama</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>nama sama</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Tidak ditemukan.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %1 of %Ln reports.</source>
        <translation>
            <numerusform>%1 pengaduan terbaru dari %Ln pengaduan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tampilkan semua</translation>
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
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Search (name, location, text)…</source>
        <translation>Cari (nama, lokasi, teks)…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Saring</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Semua saluran</translation>
    </message>
    <message>
        <source>Arrived by</source>
        <translation>Masuk melalui</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Semua pemeriksa</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Pemeriksa</translation>
    </message>
    <message>
        <source>Received between</source>
        <translation>Diterima antara</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Hanya yang lewat tenggat</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Ditugaskan kepada saya</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Hapus saringan</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Semua jenis</translation>
    </message>
</context>
<context>
    <name>FrontDesk</name>
    <message>
        <source>The office checks that the report is complete and starts verifying it by this date.</source>
        <translation>Kantor memeriksa kelengkapan pengaduan dan memulai verifikasi paling lambat tanggal ini.</translation>
    </message>
    <message>
        <source>The office is checking that the report is complete (what, where, when, who, how, and the evidence).</source>
        <translation>Kantor sedang memeriksa kelengkapan pengaduan (apa, di mana, kapan, siapa, bagaimana, dan bukti).</translation>
    </message>
    <message>
        <source>The office asked the reporter for more information: it must arrive by this date.</source>
        <translation>Kantor meminta keterangan tambahan kepada pelapor: harus diterima paling lambat tanggal ini.</translation>
    </message>
    <message>
        <source>The report is being investigated. The office will write to the reporter if it needs them.</source>
        <translation>Pengaduan sedang ditelaah. Kantor akan menyurati pelapor bila diperlukan.</translation>
    </message>
    <message>
        <source>The reporter is invited to a clarification meeting on this date (the invitation letter gives the time and place).</source>
        <translation>Pelapor diundang untuk klarifikasi pada tanggal ini (waktu dan tempat tercantum dalam surat undangan).</translation>
    </message>
    <message>
        <source>Clarification: the office may invite the reporter by letter.</source>
        <translation>Klarifikasi: kantor dapat mengundang pelapor dengan surat.</translation>
    </message>
    <message>
        <source>The reported person is being examined. The reporter will be told by letter when the case is concluded.</source>
        <translation>Terlapor sedang diperiksa. Pelapor akan diberi tahu dengan surat setelah kasus selesai.</translation>
    </message>
    <message>
        <source>The case was concluded on this date; the reporter is told by letter.</source>
        <translation>Kasus selesai pada tanggal ini; pelapor diberi tahu dengan surat.</translation>
    </message>
    <message>
        <source>The case was closed on this date.</source>
        <translation>Kasus ditutup pada tanggal ini.</translation>
    </message>
</context>
<context>
    <name>FrontDeskDialog</name>
    <message>
        <source>Find by tracking code</source>
        <translation>Cari dengan kode pelacakan</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Tracking code given to the reporter:</source>
        <translation>Kode pelacakan yang diberikan kepada pelapor:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Tahap:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Diterima pada:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Langkah berikutnya:</translation>
    </message>
    <message>
        <source>Date of the next step:</source>
        <translation>Tanggal langkah berikutnya:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Kasus:</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Buka kasus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>(you may not open this case)</source>
        <translation>(Anda tidak berwenang membuka kasus ini)</translation>
    </message>
    <message>
        <source>No case has this tracking code. Check it for typing errors (letters and digits, no spaces).</source>
        <translation>Tidak ada kasus dengan kode pelacakan ini. Periksa kembali apakah ada salah ketik (huruf dan angka, tanpa spasi).</translation>
    </message>
</context>
<context>
    <name>HearingsTab</name>
    <message>
        <source>Day</source>
        <extracomment>Printed in the letters, so Indonesian whatever the UI language.</extracomment>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Jadwalkan…</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Hadir</translation>
    </message>
    <message>
        <source>A&amp;bsent</source>
        <translation>&amp;Tidak hadir</translation>
    </message>
    <message>
        <source>&amp;Minutes…</source>
        <translation>&amp;Berita acara…</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>&amp;Surat…</translation>
    </message>
    <message>
        <source>Generate this hearing&apos;s letter (summons, invitation, request, minutes)</source>
        <translation>Buat surat untuk pemeriksaan ini (panggilan, undangan, permintaan, berita acara)</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>Terlapor</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>dijadwalkan</translation>
    </message>
    <message>
        <source>present</source>
        <translation>hadir</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>tidak hadir</translation>
    </message>
    <message>
        <source>minutes signed</source>
        <translation>BAP ditandatangani</translation>
    </message>
    <message>
        <source>minutes: signature refused</source>
        <translation>BAP: menolak menandatangani</translation>
    </message>
    <message>
        <source>The accused did not attend the second summons: the decision rests on the evidence at hand (PP 94/2021).</source>
        <translation>Terlapor tidak hadir pada panggilan kedua: keputusan diambil berdasarkan alat bukti yang ada (PP 94/2021).</translation>
    </message>
    <message>
        <source>Letter of %1 · %2 · examiners: %3</source>
        <translation>Surat tanggal %1 · %2 · pemeriksa: %3</translation>
    </message>
    <message>
        <source>Accused (second summons)</source>
        <translation>Terlapor (panggilan kedua)</translation>
    </message>
    <message>
        <source>Witness: %1</source>
        <translation>Saksi: %1</translation>
    </message>
    <message>
        <source>Accused: %1</source>
        <translation>Terlapor: %1</translation>
    </message>
    <message>
        <source>summons %1</source>
        <translation>panggilan ke-%1</translation>
    </message>
    <message>
        <source>Summons rule set aside by an administrator: %1</source>
        <translation>Aturan pemanggilan dikesampingkan oleh administrator: %1</translation>
    </message>
    <message>
        <source>The examiners come from the case&apos;s examination team (Letters tab, Examination team…).</source>
        <translation>Pemeriksa diambil dari tim pemeriksa kasus ini (tab Surat, Tim pemeriksa…).</translation>
    </message>
    <message>
        <source>only to set a summons rule aside: say why</source>
        <translation>hanya untuk mengesampingkan aturan pemanggilan: sebutkan alasannya</translation>
    </message>
    <message>
        <source>Earliest allowed date: %1 (PP 94/2021: at least 7 working days between the letter and the hearing).</source>
        <translation>Tanggal paling awal yang diperbolehkan: %1 (PP 94/2021: sekurang-kurangnya 7 hari kerja antara surat dan pemeriksaan).</translation>
    </message>
    <message>
        <source>Earliest working day: %1.</source>
        <translation>Hari kerja paling awal: %1.</translation>
    </message>
    <message>
        <source>The second summons letter is dated from %1 to %2 (the first hearing day and 7 working days after it).</source>
        <translation>Surat Panggilan II bertanggal antara %1 dan %2 (hari pemeriksaan pertama dan 7 hari kerja sesudahnya).</translation>
    </message>
    <message>
        <source>%1 is not a working day: letters are dated on working days.</source>
        <translation>%1 bukan hari kerja: surat diberi tanggal hari kerja.</translation>
    </message>
    <message>
        <source>Choose who is to be heard.</source>
        <translation>Pilih siapa yang akan diperiksa.</translation>
    </message>
    <message>
        <source>Name at least one examiner.</source>
        <translation>Sebutkan sekurang-kurangnya satu pemeriksa.</translation>
    </message>
    <message>
        <source>Give the place.</source>
        <translation>Isi tempatnya.</translation>
    </message>
    <message>
        <source>Second summons of the accused</source>
        <translation>Panggilan kedua terlapor</translation>
    </message>
    <message>
        <source>Schedule a hearing</source>
        <translation>Jadwalkan pemeriksaan</translation>
    </message>
    <message>
        <source>The accused did not attend. The second summons follows the same rule; the proposed date is the earliest allowed.</source>
        <translation>Terlapor tidak hadir. Panggilan kedua mengikuti aturan yang sama; tanggal yang diusulkan adalah yang paling awal diperbolehkan.</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Jadwalkan</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Siapa:</translation>
    </message>
    <message>
        <source>&amp;Letter date:</source>
        <translation>&amp;Tanggal surat:</translation>
    </message>
    <message>
        <source>&amp;Hearing day:</source>
        <translation>&amp;Hari pemeriksaan:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Pukul:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>T&amp;empat:</translation>
    </message>
    <message>
        <source>E&amp;xaminers:</source>
        <translation>&amp;Pemeriksa:</translation>
    </message>
    <message>
        <source>&amp;Override reason (administrator):</source>
        <translation>&amp;Alasan pengecualian (administrator):</translation>
    </message>
    <message>
        <source>The examinee &amp;signed the minutes</source>
        <translation>Yang diperiksa &amp;menandatangani BAP</translation>
    </message>
    <message>
        <source>why the examinee did not sign</source>
        <translation>mengapa yang diperiksa tidak menandatangani</translation>
    </message>
    <message>
        <source>Write at least one question and its answer.</source>
        <translation>Tuliskan sekurang-kurangnya satu pertanyaan dan jawabannya.</translation>
    </message>
    <message>
        <source>Say why the examinee refused to sign.</source>
        <translation>Sebutkan mengapa yang diperiksa menolak menandatangani.</translation>
    </message>
    <message>
        <source>Examination minutes (BAP)</source>
        <translation>Berita Acara Pemeriksaan (BAP)</translation>
    </message>
    <message>
        <source>Questions and answers as spoken, then any statements.</source>
        <translation>Pertanyaan dan jawaban sebagaimana diucapkan, lalu keterangan lain.</translation>
    </message>
    <message>
        <source>&amp;Save minutes</source>
        <translation>&amp;Simpan BAP</translation>
    </message>
    <message>
        <source>S&amp;tatements:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
    <message>
        <source>&amp;Refusal note:</source>
        <translation>&amp;Catatan penolakan:</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Search the manual…</source>
        <extracomment>The page F1 opens in each window (class name → page); anything else opens the contents.</extracomment>
        <translation>Cari di panduan…</translation>
    </message>
    <message>
        <source>Shows the pages that contain every word typed</source>
        <translation>Menampilkan halaman yang memuat semua kata yang diketik</translation>
    </message>
    <message>
        <source>No page contains these words.</source>
        <translation>Tidak ada halaman yang memuat kata-kata ini.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Daftar isi</translation>
    </message>
</context>
<context>
    <name>Letterhead</name>
    <message>
        <source>The logo file is too large (at most 512 KB).</source>
        <translation>Berkas logo terlalu besar (paling besar 512 KB).</translation>
    </message>
    <message>
        <source>The logo file is empty.</source>
        <translation>Berkas logo kosong.</translation>
    </message>
    <message>
        <source>The SVG file cannot be used as a logo (it is damaged or declares a DOCTYPE).</source>
        <translation>Berkas SVG ini tidak dapat dipakai sebagai logo (rusak atau memuat DOCTYPE).</translation>
    </message>
    <message>
        <source>The logo must be a PNG, JPEG or SVG image.</source>
        <translation>Logo harus berupa gambar PNG, JPEG, atau SVG.</translation>
    </message>
    <message>
        <source>The letterhead needs the agency&apos;s name, and each line at most 200 characters.</source>
        <translation>Kop surat wajib memuat nama instansi, dan setiap baris paling banyak 200 karakter.</translation>
    </message>
    <message>
        <source>A copy list has at most 12 lines of 200 characters.</source>
        <translation>Tembusan paling banyak 12 baris, masing-masing 200 karakter.</translation>
    </message>
    <message>
        <source>The office name needs 1 to 200 characters.</source>
        <translation>Nama kantor harus terdiri dari 1 sampai 200 karakter.</translation>
    </message>
</context>
<context>
    <name>LetterheadTab</name>
    <message>
        <source>&amp;Government (first line):</source>
        <translation>&amp;Pemerintah (baris pertama):</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Instansi:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>P&amp;os-el:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Laman:</translation>
    </message>
    <message>
        <source>Place of &amp;signing:</source>
        <translation>Tempat pe&amp;nandatanganan:</translation>
    </message>
    <message>
        <source>C&amp;ontact in the letters:</source>
        <translation>&amp;Kontak dalam surat:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>&amp;Choose image…</source>
        <translation>&amp;Pilih gambar…</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG file (at most 512 KB). It prints about 2.4 cm high at the left of the letterhead on every letter.</source>
        <translation>Berkas PNG, JPEG, atau SVG (paling besar 512 KB). Logo dicetak setinggi sekitar 2,4 cm di sebelah kiri kop pada setiap surat.</translation>
    </message>
    <message>
        <source>Use the &amp;default emblem</source>
        <translation>Gunakan &amp;lambang bawaan</translation>
    </message>
    <message>
        <source>Where a reporter brings documents or asks: printed in the text of the request for completion and of the notice to the reporter.</source>
        <translation>Tempat pelapor menyerahkan dokumen atau bertanya: dicetak dalam isi surat permintaan kelengkapan dan surat pemberitahuan kepada pelapor.</translation>
    </message>
    <message>
        <source>Printed before the date of every letter, e.g. &quot;Kupang, 6 Desember 2026&quot;.</source>
        <translation>Dicetak sebelum tanggal setiap surat, mis. &quot;Kupang, 6 Desember 2026&quot;.</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Berkas tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The default emblem (no logo set)</source>
        <translation>Lambang bawaan (logo belum diatur)</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <source>Anonymous report: no letter can be sent to the reporter (no name, no address). The reporter follows the report with the tracking code on the receipt.</source>
        <translation>Pengaduan anonim: surat tidak dapat dikirim kepada pelapor (tanpa nama, tanpa alamat). Pelapor mengikuti perkembangan pengaduan dengan kode pelacakan pada tanda terima.</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Buat…</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Pratinjau</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Simpan &amp;sebagai…</translation>
    </message>
    <message>
        <source>&amp;Correct (new number)…</source>
        <translation>&amp;Ralat (nomor baru)…</translation>
    </message>
    <message>
        <source>Examination &amp;team…</source>
        <translation>&amp;Tim pemeriksa…</translation>
    </message>
    <message>
        <source>(corrected)</source>
        <translation>(diralat)</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n kali</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate a letter</source>
        <translation>Buat surat</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Lanjut…</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Surat:</translation>
    </message>
    <message>
        <source>Letter %1 is the live letter for this; print it again, or choose Correct… to replace it with a new number.</source>
        <translation>Surat %1 adalah surat yang berlaku untuk keperluan ini; cetak ulang, atau pilih Ralat (nomor baru)… untuk menggantinya dengan surat bernomor baru.</translation>
    </message>
    <message>
        <source>Give the addressee.</source>
        <translation>Isi tujuan surat.</translation>
    </message>
    <message>
        <source>Generate the first summons (Surat Panggilan I) before the second: the second refers to its number and date.</source>
        <translation>Buat dahulu Surat Panggilan I sebelum yang kedua: Surat Panggilan II merujuk nomor dan tanggalnya.</translation>
    </message>
    <message>
        <source>Press Generate again to date it so.</source>
        <translation>Tekan Buat sekali lagi untuk tetap memakai tanggal itu.</translation>
    </message>
    <message>
        <source>Correct a letter: %1</source>
        <translation>Ralat surat: %1</translation>
    </message>
    <message>
        <source>Generate: %1</source>
        <translation>Buat: %1</translation>
    </message>
    <message>
        <source>The fields come from the case; change what needs changing. The letter gets the next number and is stored exactly as generated.</source>
        <translation>Isian diambil dari kasus; ubah yang perlu diubah. Surat mendapat nomor berikutnya dan disimpan persis seperti dibuat.</translation>
    </message>
    <message>
        <source>Letter %1 will be marked as corrected (never deleted).</source>
        <translation>Surat %1 akan ditandai telah diralat (tidak pernah dihapus).</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Buat surat</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
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
        <translation>&amp;Kepada:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>Pan&amp;gkat/golongan:</source>
        <translation>Pan&amp;gkat/golongan:</translation>
    </message>
    <message>
        <source>e.g. penyalahgunaan wewenang</source>
        <translation>mis. penyalahgunaan wewenang</translation>
    </message>
    <message>
        <source>Alleged &amp;breach (berupa …):</source>
        <translation>Dugaan &amp;pelanggaran (berupa …):</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>&amp;Isi disposisi:</translation>
    </message>
    <message>
        <source>To (o&amp;fficer):</source>
        <translation>Diteruskan &amp;kepada:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Fakta dan temuan:</translation>
    </message>
    <message>
        <source>E&amp;vidence (one a line):</source>
        <translation>Alat &amp;bukti (satu per baris):</translation>
    </message>
    <message>
        <source>C&amp;onclusion:</source>
        <translation>&amp;Kesimpulan:</translation>
    </message>
    <message>
        <source>Recommended &amp;discipline:</source>
        <translation>Rekomendasi &amp;hukuman disiplin:</translation>
    </message>
    <message>
        <source>Reason for the &amp;correction:</source>
        <translation>&amp;Alasan ralat:</translation>
    </message>
    <message>
        <source>&amp;Missing (one a line):</source>
        <translation>Yang &amp;kurang (satu per baris):</translation>
    </message>
    <message>
        <source>Reply dead&amp;line:</source>
        <translation>Batas &amp;waktu balasan:</translation>
    </message>
    <message>
        <source>&amp;Tembusan (one a line):</source>
        <translation>&amp;Tembusan (satu per baris):</translation>
    </message>
    <message>
        <source>Hearing:</source>
        <translation>Pemeriksaan:</translation>
    </message>
    <message>
        <source>Tick at least one examiner.</source>
        <translation>Centang sekurang-kurangnya satu pemeriksa.</translation>
    </message>
    <message>
        <source>Examination team</source>
        <translation>Tim pemeriksa</translation>
    </message>
    <message>
        <source>Tick the examiners of this case; the chair is named in the summons (“untuk menghadap kepada”), the whole team in the Surat Tugas and the Laporan Hasil Pemeriksaan, with their NIP, pangkat and jabatan.</source>
        <translation>Centang pemeriksa kasus ini; ketua tim disebut dalam surat panggilan (“untuk menghadap kepada”), seluruh tim dalam Surat Tugas dan Laporan Hasil Pemeriksaan, dengan NIP, pangkat/golongan, dan jabatannya.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Examiners:</source>
        <translation>&amp;Pemeriksa:</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>&amp;Ketua tim:</translation>
    </message>
    <message>
        <source>Choose a letter first.</source>
        <translation>Pilih surat terlebih dahulu.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Gagal mencetak: %1</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Simpan surat</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Berkas tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>No letters for hearings on %1.</source>
        <translation>Tidak ada surat untuk pemeriksaan pada %1.</translation>
    </message>
    <message>
        <source>Print the letters of a hearing day</source>
        <translation>Cetak surat untuk satu hari pemeriksaan</translation>
    </message>
    <message>
        <source>Every current letter for the hearings of the day is printed, one after another.</source>
        <translation>Semua surat yang berlaku untuk pemeriksaan pada hari itu dicetak berurutan.</translation>
    </message>
    <message>
        <source>&amp;Choose printer…</source>
        <translation>&amp;Pilih printer…</translation>
    </message>
    <message>
        <source>Hearing &amp;day:</source>
        <translation>&amp;Hari pemeriksaan:</translation>
    </message>
    <message>
        <source>%1 letter(s) printed.</source>
        <translation>%1 surat dicetak.</translation>
    </message>
    <message>
        <source>Printing finished</source>
        <translation>Selesai mencetak</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Shared database: %1</source>
        <extracomment>``exec()`` result: the user asked for another database. ``exec()`` result: the database being opened could not be (see ``open_error``). ``exec()`` result of the lock screen: log the locked user out, let another log in. Language names are written in their own language on purpose (not translated).</extracomment>
        <translation>Basis data bersama: %1</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>Berkas basis data: %1</translation>
    </message>
    <message>
        <source>Office key: %1</source>
        <translation>Kunci kantor: %1</translation>
    </message>
    <message>
        <source>&amp;Remember my user name on this computer</source>
        <translation>&amp;Ingat nama pengguna saya di komputer ini</translation>
    </message>
    <message>
        <source>Locked — WBS Desktop</source>
        <translation>Terkunci — WBS Desktop</translation>
    </message>
    <message>
        <source>The screen is locked. Enter your password to continue.</source>
        <translation>Layar terkunci. Masukkan kata sandi Anda untuk melanjutkan.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>&amp;Ganti pengguna</translation>
    </message>
    <message>
        <source>Log this user out (what was open is forgotten) and log in as someone else</source>
        <translation>Akhiri sesi pengguna ini (semua yang terbuka ditutup) dan masuk sebagai pengguna lain</translation>
    </message>
    <message>
        <source>Log in — %1</source>
        <translation>Masuk — %1</translation>
    </message>
    <message>
        <source>Administrator %1 was made with the recovery key. Log in as them.</source>
        <translation>Administrator %1 telah dibuat dengan kunci pemulihan. Silakan masuk sebagai administrator tersebut.</translation>
    </message>
    <message>
        <source>Opening the database… You will be logged in as soon as it is open.</source>
        <translation>Membuka basis data… Anda akan masuk segera setelah basis data terbuka.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Memeriksa kata sandi…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Membuka basis data…</translation>
    </message>
    <message>
        <source>Enter your user name and your password.</source>
        <translation>Masukkan nama pengguna dan kata sandi Anda.</translation>
    </message>
    <message>
        <source>Log in — WBS Desktop</source>
        <translation>Masuk — WBS Desktop</translation>
    </message>
    <message>
        <source>Whistleblowing System</source>
        <translation>Whistleblowing System</translation>
    </message>
    <message>
        <source>Inspection office, BKD Provinsi NTT</source>
        <translation>Bidang Pengawasan, BKD Provinsi NTT</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Kata &amp;sandi</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>All administrator passwords lost?</source>
        <translation>Semua kata sandi administrator hilang?</translation>
    </message>
    <message>
        <source>Other data&amp;base…</source>
        <translation>Basis &amp;data lain…</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Masuk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>My work</source>
        <extracomment>The detail pane&apos;s width at first: its five tabs and two rows of buttons fit. Set by Cancel: the running search stops decrypting at its next block.</extracomment>
        <translation>Pekerjaan saya</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Daftar kasus</translation>
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
        <translation>Pengaduan &amp;baru…</translation>
    </message>
    <message>
        <source>Type in a complaint that arrived on paper, by phone, e-mail or in person</source>
        <translation>Catat pengaduan yang masuk melalui surat, telepon, pos-el, atau datang langsung</translation>
    </message>
    <message>
        <source>&amp;Find by tracking code…</source>
        <translation>&amp;Cari dengan kode pelacakan…</translation>
    </message>
    <message>
        <source>Look up a case&apos;s stage by the reporter&apos;s tracking code</source>
        <translation>Lihat tahap kasus berdasarkan kode pelacakan pelapor</translation>
    </message>
    <message>
        <source>Print the letters of a hearing &amp;day…</source>
        <translation>Cetak surat satu &amp;hari pemeriksaan…</translation>
    </message>
    <message>
        <source>Print every current letter for the hearings of one day</source>
        <translation>Cetak setiap surat yang berlaku untuk pemeriksaan pada satu hari</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Read the case list again from the database</source>
        <translation>Baca ulang daftar kasus dari basis data</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Pengguna…</translation>
    </message>
    <message>
        <source>Add users, change their role, reset passwords, deactivate</source>
        <translation>Tambah pengguna, ubah peran, atur ulang kata sandi, nonaktifkan</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>P&amp;engaturan…</translation>
    </message>
    <message>
        <source>Office name, deadlines, complaint types, holidays and signatories</source>
        <translation>Nama kantor, tenggat, jenis pengaduan, hari libur, dan penanda tangan</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Log audit…</translation>
    </message>
    <message>
        <source>Who did what: filter, verify and export the audit log</source>
        <translation>Siapa melakukan apa: saring, periksa, dan ekspor log audit</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Cadangkan…</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the whole office database to a file</source>
        <translation>Simpan cadangan terenkripsi seluruh basis data kantor ke dalam satu berkas</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Pu&amp;lihkan cadangan…</translation>
    </message>
    <message>
        <source>Restore a backup into a new, empty database</source>
        <translation>Pulihkan cadangan ke basis data baru yang kosong</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>K&amp;unci</translation>
    </message>
    <message>
        <source>Lock the screen; your password unlocks it</source>
        <translation>Kunci layar; buka kembali dengan kata sandi Anda</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Keluar akun</translation>
    </message>
    <message>
        <source>End your session; the login window opens for the next user</source>
        <translation>Akhiri sesi Anda; jendela masuk terbuka untuk pengguna berikutnya</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Ganti &amp;kata sandi…</translation>
    </message>
    <message>
        <source>Choose a new password for your own account</source>
        <translation>Pilih kata sandi baru untuk akun Anda sendiri</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Panduan</translation>
    </message>
    <message>
        <source>How to use WBS Desktop: a page per screen and per step of the procedure</source>
        <translation>Cara memakai WBS Desktop: satu halaman untuk setiap layar dan setiap langkah prosedur</translation>
    </message>
    <message>
        <source>&amp;About WBS Desktop</source>
        <translation>&amp;Tentang WBS Desktop</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Kasus</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administrasi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation>Basis data bersama: %1</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>Basis data lokal</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Pencarian</translation>
    </message>
    <message>
        <source>Searching the cases…</source>
        <translation>Mencari kasus…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Search cancelled: the list shows the previous result.</source>
        <translation>Pencarian dibatalkan: daftar menampilkan hasil sebelumnya.</translation>
    </message>
    <message numerus="yes">
        <source>People index: %Ln case(s) waiting</source>
        <translation>
            <numerusform>Indeks nama: %Ln kasus menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Names and NIPs of cases logged by staff and officers are indexed by an administrator&apos;s computer; related reports find them once indexed.</source>
        <translation>Nama dan NIP terlapor pada kasus yang dicatat petugas dan pemeriksa diindeks di komputer administrator; pengaduan lain terhadap orang yang sama baru ditemukan setelah pengindeksan.</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Akun dinonaktifkan</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 dari %2 kasus</translation>
    </message>
    <message numerus="yes">
        <source>Due today: %n item(s) (hearings and deadlines).</source>
        <translation>
            <numerusform>Jatuh tempo hari ini: %n hal (pemeriksaan dan tenggat).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue: %n.</source>
        <translation>
            <numerusform>Lewat tenggat: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Show My work</source>
        <translation>Lihat Pekerjaan saya</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Kata sandi Anda telah diganti.</translation>
    </message>
    <message>
        <source>About WBS Desktop</source>
        <translation>Tentang WBS Desktop</translation>
    </message>
    <message>
        <source>WBS Desktop %1
Whistleblowing System of the inspection office, Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur.</source>
        <translation>WBS Desktop %1
Whistleblowing System bidang pengawasan, Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur.</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <source>Mark case %1</source>
        <translation>Tandai kasus %1</translation>
    </message>
    <message>
        <source>A case marked as a test or as a duplicate stays in the register with its stage and letters, but is left out of the figures and the recap (counted apart). The mark can be removed at any time; every change is audited.</source>
        <translation>Kasus yang ditandai uji coba atau duplikat tetap ada di register beserta tahap dan suratnya, tetapi tidak dihitung dalam angka dan rekapitulasi (dihitung tersendiri). Tanda dapat dihapus kapan saja; setiap perubahan tercatat di log audit.</translation>
    </message>
    <message>
        <source>Counted in the figures (no mark)</source>
        <translation>Dihitung dalam angka (tanpa tanda)</translation>
    </message>
    <message>
        <source>A test report</source>
        <translation>Pengaduan uji coba</translation>
    </message>
    <message>
        <source>A duplicate of the case with register number:</source>
        <translation>Duplikat dari kasus dengan nomor register:</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Data contoh</translation>
    </message>
    <message>
        <source>e.g. WBS-2026-00012</source>
        <translation>mis. WBS-2026-00012</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Awaiting information</source>
        <translation>Menunggu Kelengkapan</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Penelaahan</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>Klarifikasi</translation>
    </message>
    <message>
        <source>Examination of the accused</source>
        <translation>Pemeriksaan Terlapor</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Substantiated</source>
        <translation>Terbukti</translation>
    </message>
    <message>
        <source>Not substantiated</source>
        <translation>Tidak terbukti</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Dilimpahkan</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Pemeriksa</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulir web</translation>
    </message>
    <message>
        <source>Paper letter</source>
        <translation>Surat/formulir kertas</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Pos-el</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Datang langsung</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Di mana</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Bagaimana</translation>
    </message>
    <message>
        <source>describe what happened</source>
        <translation>jelaskan apa yang terjadi</translation>
    </message>
    <message>
        <source>say where it happened</source>
        <translation>sebutkan di mana terjadinya</translation>
    </message>
    <message>
        <source>give the date it happened</source>
        <translation>sebutkan tanggal kejadian</translation>
    </message>
    <message>
        <source>name the person reported</source>
        <translation>sebutkan nama terlapor</translation>
    </message>
    <message>
        <source>explain how it was done</source>
        <translation>jelaskan bagaimana perbuatan itu dilakukan</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Ada</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Too short to be useful</source>
        <translation>Terlalu singkat</translation>
    </message>
    <message>
        <source>The chronology is too short</source>
        <translation>Kronologi terlalu singkat</translation>
    </message>
    <message>
        <source>What happened is not described</source>
        <translation>Apa yang terjadi belum diuraikan (Apa)</translation>
    </message>
    <message>
        <source>The place is not given</source>
        <translation>Tempat kejadian belum disebutkan (Di mana)</translation>
    </message>
    <message>
        <source>The date is not given</source>
        <translation>Tanggal kejadian belum disebutkan (Kapan)</translation>
    </message>
    <message>
        <source>The person reported is not named</source>
        <translation>Nama terlapor belum disebutkan (Siapa)</translation>
    </message>
    <message>
        <source>How it was done is not explained</source>
        <translation>Cara perbuatan dilakukan belum dijelaskan (Bagaimana)</translation>
    </message>
    <message>
        <source>No supporting evidence</source>
        <translation>Belum ada bukti pendukung</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Isian ini wajib diisi.</translation>
    </message>
    <message>
        <source>Too long: at most %1 characters.</source>
        <translation>Terlalu panjang: paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>Contains invisible control characters; type the text again.</source>
        <translation>Berisi karakter kontrol yang tidak terlihat; ketik ulang teksnya.</translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail address so the office can ask for more.</source>
        <translation>Isi nomor telepon atau alamat pos-el agar kantor dapat meminta keterangan tambahan.</translation>
    </message>
    <message>
        <source>Choose how it arrived.</source>
        <translation>Pilih saluran masuknya pengaduan.</translation>
    </message>
    <message>
        <source>Choose a complaint type.</source>
        <translation>Pilih jenis pengaduan.</translation>
    </message>
    <message>
        <source>The time zone is missing.</source>
        <translation>Zona waktu tidak ada.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Tanggal ini berada di masa depan.</translation>
    </message>
    <message>
        <source>The incident cannot be after the day the report was received.</source>
        <translation>Tanggal kejadian tidak boleh setelah tanggal pengaduan diterima.</translation>
    </message>
    <message>
        <source>An estimate is only given when there was a material loss.</source>
        <translation>Perkiraan hanya diisi bila ada kerugian materiil.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Jumlahnya tidak boleh negatif.</translation>
    </message>
    <message>
        <source>This amount is implausibly large.</source>
        <translation>Jumlah ini tidak wajar (terlalu besar); periksa kembali.</translation>
    </message>
    <message>
        <source>Too many links: at most %1.</source>
        <translation>Terlalu banyak tautan: paling banyak %1.</translation>
    </message>
    <message>
        <source>This value has the wrong form.</source>
        <translation>Bentuk isian ini tidak sesuai.</translation>
    </message>
    <message>
        <source>Not a valid date.</source>
        <translation>Tanggal tidak sah.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Isi nomor telepon.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, +, - and brackets.</source>
        <translation>Nomor telepon hanya berisi angka, spasi, +, - dan tanda kurung.</translation>
    </message>
    <message>
        <source>After the 0 comes a mobile prefix (8…) or an area code.</source>
        <translation>Nomor Indonesia diawali 0 atau +62, lalu awalan seluler (08…) atau kode wilayah (mis. 0380…).</translation>
    </message>
    <message>
        <source>The number has too few or too many digits.</source>
        <translation>Jumlah angka pada nomor ini terlalu sedikit atau terlalu banyak.</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Isi alamat pos-el.</translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>Alamat pos-el terlalu panjang.</translation>
    </message>
    <message>
        <source>An e-mail address contains no spaces.</source>
        <translation>Alamat pos-el tidak boleh berisi spasi.</translation>
    </message>
    <message>
        <source>An e-mail address has exactly one @ (e.g. nama@contoh.go.id).</source>
        <translation>Alamat pos-el memiliki tepat satu tanda @ (mis. nama@contoh.go.id).</translation>
    </message>
    <message>
        <source>The part before the @ is not valid.</source>
        <translation>Bagian sebelum @ tidak sah.</translation>
    </message>
    <message>
        <source>The part after the @ is not a valid domain.</source>
        <translation>Bagian setelah @ bukan domain yang sah.</translation>
    </message>
    <message>
        <source>The link is empty.</source>
        <translation>Tautan kosong.</translation>
    </message>
    <message>
        <source>The link is too long.</source>
        <translation>Tautan terlalu panjang.</translation>
    </message>
    <message>
        <source>The link contains spaces or invalid characters.</source>
        <translation>Tautan berisi spasi atau karakter yang tidak sah.</translation>
    </message>
    <message>
        <source>Give the full link, starting with https://.</source>
        <translation>Isi tautan lengkap, diawali https://.</translation>
    </message>
    <message>
        <source>Only web links starting with http:// or https:// are accepted.</source>
        <translation>Hanya tautan web yang diawali http:// atau https:// yang diterima.</translation>
    </message>
    <message>
        <source>The link has no valid site name.</source>
        <translation>Tautan tidak memiliki nama situs yang sah.</translation>
    </message>
    <message>
        <source>The link must not contain a user name or password.</source>
        <translation>Tautan tidak boleh berisi nama pengguna atau kata sandi.</translation>
    </message>
    <message>
        <source>The link&apos;s port is not valid.</source>
        <translation>Port pada tautan tidak sah.</translation>
    </message>
    <message>
        <source>Enter the NIP.</source>
        <translation>Isi NIP.</translation>
    </message>
    <message>
        <source>An NIP contains only digits.</source>
        <translation>NIP hanya berisi angka.</translation>
    </message>
    <message>
        <source>An NIP has 18 digits.</source>
        <translation>NIP terdiri atas 18 angka.</translation>
    </message>
    <message>
        <source>The birth date in this NIP (digits 1–8) is not valid.</source>
        <translation>Tanggal lahir dalam NIP ini (angka ke-1–8) tidak sah.</translation>
    </message>
    <message>
        <source>The appointment date in this NIP (digits 9–14) is not valid.</source>
        <translation>Tanggal pengangkatan dalam NIP ini (angka ke-9–14) tidak sah.</translation>
    </message>
    <message>
        <source>Digit 15 of an NIP is 1 or 2.</source>
        <translation>Angka ke-15 NIP adalah 1 atau 2.</translation>
    </message>
    <message>
        <source>The last three digits of an NIP cannot be 000.</source>
        <translation>Tiga angka terakhir NIP tidak boleh 000.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account must wait. Try again at %1.</source>
        <translation>Terlalu banyak kata sandi yang salah: akun ini harus menunggu. Coba lagi pukul %1.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account must wait a moment.</source>
        <translation>Terlalu banyak kata sandi yang salah: akun ini harus menunggu sebentar.</translation>
    </message>
    <message>
        <source>Type the register number of the case this one repeats.</source>
        <translation>Ketik nomor register kasus yang diulang oleh kasus ini.</translation>
    </message>
    <message>
        <source>A case cannot be a duplicate of itself.</source>
        <translation>Kasus tidak dapat menjadi duplikat dirinya sendiri.</translation>
    </message>
    <message>
        <source>That case is already marked as a duplicate of this one.</source>
        <translation>Kasus itu sudah ditandai sebagai duplikat dari kasus ini.</translation>
    </message>
    <message>
        <source>Only a duplicate names an original case.</source>
        <translation>Hanya duplikat yang menyebut kasus asli.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Periode berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>The period is longer than ten years.</source>
        <translation>Periode lebih dari sepuluh tahun.</translation>
    </message>
    <message>
        <source>A file without an extension is refused. Accepted: PDF, JPEG, PNG, TIFF, plain text (.txt) and Word, Excel or PowerPoint files without macros (.docx, .xlsx, .pptx).</source>
        <translation>Berkas tanpa ekstensi ditolak. Yang diterima: PDF, JPEG, PNG, TIFF, teks biasa (.txt) serta berkas Word, Excel atau PowerPoint tanpa makro (.docx, .xlsx, .pptx).</translation>
    </message>
    <message>
        <source>Files of type .%1 are refused. Accepted: PDF, JPEG, PNG, TIFF, plain text (.txt) and Word, Excel or PowerPoint files without macros (.docx, .xlsx, .pptx).</source>
        <translation>Berkas berjenis .%1 ditolak. Yang diterima: PDF, JPEG, PNG, TIFF, teks biasa (.txt) serta berkas Word, Excel atau PowerPoint tanpa makro (.docx, .xlsx, .pptx).</translation>
    </message>
    <message>
        <source>The file is named .%1 but its content is not a .%1 file (its type could not be recognised): refused.</source>
        <translation>Nama berkas berakhiran .%1, tetapi isinya bukan berkas .%1 (jenisnya tidak dikenali): ditolak.</translation>
    </message>
    <message>
        <source>The file is named .%1 but its content is a .%2 file: refused. A renamed file can hide a program.</source>
        <translation>Nama berkas berakhiran .%1, tetapi isinya berkas .%2: ditolak. Berkas yang diganti namanya dapat menyembunyikan program.</translation>
    </message>
    <message>
        <source>The file name holds a hidden, control or look-alike character (%1): refused. Rename the file with plain letters and try again.</source>
        <translation>Nama berkas mengandung karakter tersembunyi, karakter kendali atau huruf yang mirip huruf lain (%1): ditolak. Ganti nama berkas dengan huruf biasa, lalu coba lagi.</translation>
    </message>
    <message>
        <source>summons rule set aside by the administrator: %1</source>
        <translation>aturan pemanggilan dikesampingkan oleh administrator: %1</translation>
    </message>
    <message>
        <source>The office record (recovery key, office name or a setting such as the letterhead or number pattern) was changed outside WBS Desktop and no longer matches its certificate. Nothing was saved and no key was shared. Inform the administrator.</source>
        <translation>Data kantor (kunci pemulihan, nama kantor, atau pengaturan seperti kop surat atau pola nomor) telah diubah di luar WBS Desktop dan tidak lagi cocok dengan sertifikatnya. Tidak ada yang disimpan dan tidak ada kunci yang diberikan. Beri tahu administrator.</translation>
    </message>
    <message>
        <source>The record of user %1 (role, active flag or keys) was changed outside WBS Desktop and no longer matches its certificate. Nothing was saved and no key was shared. Inform the administrator.</source>
        <translation>Data pengguna %1 (peran, status aktif, atau kunci) telah diubah di luar WBS Desktop dan tidak lagi cocok dengan sertifikatnya. Tidak ada yang disimpan dan tidak ada kunci yang diberikan. Beri tahu administrator.</translation>
    </message>
    <message>
        <source>This database&apos;s root key is not the one this computer knows: it was replaced, or this is another database under the same name. This computer knows %1; the database now shows %2. It was not opened. Compare with the fingerprint printed on the recovery-key sheet and inform the administrator.</source>
        <translation>Kunci akar basis data ini bukan yang dikenal komputer ini: kunci itu telah diganti, atau ini basis data lain dengan nama yang sama. Komputer ini mengenal %1; basis data sekarang menunjukkan %2. Basis data tidak dibuka. Cocokkan dengan sidik jari yang tercetak pada lembar kunci pemulihan dan beri tahu administrator.</translation>
    </message>
    <message>
        <source>This database was made by an older version: an administrator must log in once first to certify its users.</source>
        <translation>Basis data ini dibuat oleh versi lama: seorang administrator harus masuk sekali terlebih dahulu untuk menyertifikasi para penggunanya.</translation>
    </message>
    <message>
        <source>Only an administrator can change this certified record.</source>
        <translation>Hanya administrator yang dapat mengubah data bersertifikat ini.</translation>
    </message>
    <message>
        <source>There is no audit alarm to acknowledge.</source>
        <translation>Tidak ada peringatan log audit yang perlu dikonfirmasi.</translation>
    </message>
    <message>
        <source>the newest entries this computer had seen (up to no. %1) were cut off</source>
        <translation>entri terbaru yang pernah dilihat komputer ini (sampai no. %1) telah dipotong</translation>
    </message>
    <message>
        <source>entry no. %1, which this computer had seen, was deleted</source>
        <translation>entri no. %1, yang pernah dilihat komputer ini, telah dihapus</translation>
    </message>
    <message>
        <source>entry no. %1, which this computer had seen, was replaced</source>
        <translation>entri no. %1, yang pernah dilihat komputer ini, telah diganti</translation>
    </message>
    <message>
        <source>entry no. %1 no longer follows the one before it</source>
        <translation>entri no. %1 tidak lagi menyambung dengan entri sebelumnya</translation>
    </message>
    <message>
        <source>entry no. %1 is not signed by a certified key of %2</source>
        <translation>entri no. %1 tidak ditandatangani dengan kunci bersertifikat milik %2</translation>
    </message>
    <message>
        <source>entry no. %1 was changed</source>
        <translation>entri no. %1 telah diubah</translation>
    </message>
    <message>
        <source>The audit log was rewritten outside WBS Desktop: %1. An administrator must look into it and acknowledge it.</source>
        <translation>Log audit telah diubah di luar WBS Desktop: %1. Administrator harus memeriksanya dan mengonfirmasinya.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Logged, with a register number and tracking code; waiting for an officer to start verification (first response).</source>
        <translation>Sudah dicatat, dengan nomor register dan kode pelacakan; menunggu pemeriksa memulai verifikasi (tanggapan pertama).</translation>
    </message>
    <message>
        <source>The officer checks that the report says what, where, when, who and how (4W1H) and has supporting evidence.</source>
        <translation>Pemeriksa memeriksa apakah pengaduan memuat apa, di mana, kapan, siapa dan bagaimana (4W1H) beserta bukti pendukung.</translation>
    </message>
    <message>
        <source>Incomplete: the reporter was asked for more and has until the reply deadline; without a reply the case may be closed.</source>
        <translation>Belum lengkap: pelapor diminta melengkapi sampai batas waktu balasan; tanpa balasan, kasus dapat ditutup.</translation>
    </message>
    <message>
        <source>Gathering information, research, analysis and review of the report.</source>
        <translation>Pengumpulan informasi, penelitian, analisis, dan kajian atas pengaduan.</translation>
    </message>
    <message>
        <source>The reporter and witnesses are invited to confirm what the reporter knows of the violation.</source>
        <translation>Pelapor dan saksi diundang untuk memastikan bahwa pelapor benar-benar mengetahui pelanggaran itu.</translation>
    </message>
    <message>
        <source>The accused is summoned (at least 7 full working days ahead) to establish whether the violation happened and why.</source>
        <translation>Terlapor dipanggil (paling lambat 7 hari kerja sebelumnya) untuk memastikan terjadinya pelanggaran dan penyebabnya.</translation>
    </message>
    <message>
        <source>Finished with an outcome: substantiated, not substantiated or referred.</source>
        <translation>Selesai dengan hasil: terbukti, tidak terbukti, atau dilimpahkan.</translation>
    </message>
    <message>
        <source>Ended without investigation: incomplete after the deadline, out of scope, or a duplicate.</source>
        <translation>Dihentikan tanpa penelaahan: tidak lengkap setelah batas waktu, di luar kewenangan, atau duplikat.</translation>
    </message>
    <message>
        <source>An anonymous report has no name, contact or address: clear this field, or untick &quot;Anonymous&quot;.</source>
        <translation>Pengaduan anonim tidak memuat nama, kontak, atau alamat: kosongkan isian ini, atau hapus centang &quot;Anonim&quot;.</translation>
    </message>
    <message>
        <source>A number of another country has 8 to 15 digits after the + (country code included, e.g. +61 8 8123 4567).</source>
        <translation>Nomor luar negeri terdiri atas 8 sampai 15 angka sesudah tanda + (termasuk kode negara, misalnya +61 8 8123 4567).</translation>
    </message>
    <message>
        <source>This amount can be read two ways. Dots group thousands (2.500.000), a comma marks decimals (2,5 juta).</source>
        <translation>Jumlah ini dapat dibaca dua cara. Titik memisahkan ribuan (2.500.000), koma menandai desimal (2,5 juta).</translation>
    </message>
    <message>
        <source>Give the amount in whole rupiah (e.g. 2.500.000).</source>
        <translation>Tuliskan jumlah dalam rupiah penuh tanpa sen (misalnya 2.500.000).</translation>
    </message>
    <message>
        <source>This amount is too long.</source>
        <translation>Jumlah ini terlalu panjang.</translation>
    </message>
    <message>
        <source>Write the amount in digits, e.g. 2.500.000, Rp 2.500.000,00 or 2,5 juta.</source>
        <translation>Tuliskan jumlah dengan angka, misalnya 2.500.000, Rp 2.500.000,00, atau 2,5 juta.</translation>
    </message>
    <message>
        <source>This report is anonymous (no name, no address): no letter can be sent to the reporter.</source>
        <translation>Pengaduan ini anonim (tanpa nama, tanpa alamat): surat tidak dapat dikirim kepada pelapor.</translation>
    </message>
    <message>
        <source>This report is anonymous: there is no reporter to invite to a hearing. Hear the witnesses, then the accused.</source>
        <translation>Pengaduan ini anonim: tidak ada pelapor yang dapat diundang untuk klarifikasi. Mintai keterangan para saksi, lalu periksa terlapor.</translation>
    </message>
    <message>
        <source>A user name has 3 to 64 characters: letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;.</source>
        <translation>Nama pengguna terdiri atas 3 sampai 64 karakter: huruf, angka, &quot;.&quot;, &quot;_&quot; atau &quot;-&quot;.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask an administrator.</source>
        <translation>Akun ini telah dinonaktifkan. Hubungi administrator.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Peran Anda tidak mengizinkan tindakan ini.</translation>
    </message>
    <message>
        <source>This case has not been shared with you, so it cannot be opened.</source>
        <translation>Kasus ini tidak ditugaskan kepada Anda, sehingga tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Nothing was found.</source>
        <translation>Tidak ada yang ditemukan.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Alasan wajib diisi.</translation>
    </message>
    <message>
        <source>Someone else changed this case in the meantime. Refresh and try again.</source>
        <translation>Kasus ini baru saja diubah oleh pengguna lain. Muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database cannot be reached. Check the network connection or the server address, then try again.</source>
        <translation>Basis data tidak dapat dihubungi. Periksa sambungan jaringan atau alamat server, lalu coba lagi.</translation>
    </message>
    <message>
        <source>This database has not been set up for WBS Desktop yet.</source>
        <translation>Basis data ini belum disiapkan untuk WBS Desktop.</translation>
    </message>
    <message>
        <source>This file is not a WBS Desktop database. Choose the office&apos;s database file or set up a new one.</source>
        <translation>Berkas ini bukan basis data WBS Desktop. Pilih berkas basis data kantor atau siapkan basis data baru.</translation>
    </message>
    <message>
        <source>This database must be upgraded to this version of WBS Desktop first. Open it in WBS Desktop (or with a command that changes it), then try again.</source>
        <translation>Basis data ini harus diperbarui ke versi WBS Desktop ini terlebih dahulu. Buka di WBS Desktop (atau dengan perintah yang mengubahnya), lalu coba lagi.</translation>
    </message>
    <message>
        <source>Stored data failed its integrity check. It may have been tampered with; inform the administrator.</source>
        <translation>Data tersimpan gagal dalam pemeriksaan keutuhan. Data mungkin telah diubah secara tidak sah; beri tahu administrator.</translation>
    </message>
    <message>
        <source>The case cannot move to that stage.</source>
        <translation>Kasus tidak dapat dipindahkan ke tahap itu.</translation>
    </message>
    <message>
        <source>This officer is the person reported in this case and cannot be assigned to it.</source>
        <translation>Pemeriksa ini adalah terlapor dalam kasus ini sehingga tidak dapat ditugaskan.</translation>
    </message>
    <message>
        <source>Only officers and administrators can work on a case.</source>
        <translation>Hanya pemeriksa dan administrator yang dapat menangani kasus.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Dibatalkan: tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file.</source>
        <translation>Terjadi kesalahan. Rinciannya dicatat di berkas log.</translation>
    </message>
    <message>
        <source>This database was upgraded by WBS Desktop %1; install %1 or newer on this workstation. (This workstation has %2.)</source>
        <translation>Basis data ini telah diperbarui oleh WBS Desktop %1; pasang WBS Desktop %1 atau yang lebih baru di komputer ini. (Komputer ini memakai versi %2.)</translation>
    </message>
    <message>
        <source>This database was upgraded by a newer WBS Desktop; install the office&apos;s current version on this workstation. (This workstation has %1.)</source>
        <translation>Basis data ini telah diperbarui oleh WBS Desktop yang lebih baru; pasang versi yang kini dipakai kantor di komputer ini. (Komputer ini memakai versi %1.)</translation>
    </message>
    <message>
        <source>A summons must be sent at least %1 working days before the hearing: the earliest allowed date is %2.</source>
        <translation>Surat panggilan harus dikirim sekurang-kurangnya %1 hari kerja sebelum pemeriksaan: tanggal paling awal yang diperbolehkan adalah %2.</translation>
    </message>
    <message>
        <source>The hearing must be on a working day; the next one is %1.</source>
        <translation>Pemeriksaan harus pada hari kerja; hari kerja berikutnya adalah %1.</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB); the limit is %2 MB.</source>
        <translation>Berkas terlalu besar (%1 MB); batasnya %2 MB.</translation>
    </message>
    <message>
        <source>No case has the register number %1.</source>
        <translation>Tidak ada kasus dengan nomor register %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <source>The file name has a colon (an alternate data stream, as in &quot;bukti.exe::$DATA&quot;): refused.</source>
        <translation>Nama berkas mengandung titik dua (aliran data tersembunyi, seperti &quot;bukti.exe::$DATA&quot;): ditolak.</translation>
    </message>
    <message>
        <source>Office documents with macros are refused: save it without macros (.docx, .xlsx, .pptx) or as PDF.</source>
        <translation>Dokumen Office yang bermakro ditolak: simpan tanpa makro (.docx, .xlsx, .pptx) atau sebagai PDF.</translation>
    </message>
    <message>
        <source>The file has no name.</source>
        <translation>Berkas tidak bernama.</translation>
    </message>
    <message>
        <source>The reply deadline must be in the future.</source>
        <translation>Batas waktu balasan harus di masa mendatang.</translation>
    </message>
    <message>
        <source>Give the register number of the case this one duplicates.</source>
        <translation>Isi nomor register kasus yang diduplikasi oleh kasus ini.</translation>
    </message>
    <message>
        <source>A case cannot duplicate itself.</source>
        <translation>Kasus tidak dapat menjadi duplikat dirinya sendiri.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>Pilih hasilnya.</translation>
    </message>
    <message>
        <source>The case is finished; an administrator must reopen it first.</source>
        <translation>Kasus sudah selesai; administrator harus membukanya kembali terlebih dahulu.</translation>
    </message>
    <message>
        <source>Reporter and witnesses are heard in the clarification stage, the accused in the examination stage.</source>
        <translation>Pelapor dan saksi diperiksa pada tahap klarifikasi, terlapor pada tahap pemeriksaan.</translation>
    </message>
    <message>
        <source>The hearing cannot be before the date of the letter.</source>
        <translation>Pemeriksaan tidak boleh sebelum tanggal surat.</translation>
    </message>
    <message>
        <source>Only an administrator may schedule inside the summons period, with a reason.</source>
        <translation>Hanya administrator yang boleh menjadwalkan pemeriksaan sebelum tenggang surat panggilan terpenuhi, dengan alasan tertulis.</translation>
    </message>
    <message>
        <source>A second summons follows only when the accused was absent at the first.</source>
        <translation>Panggilan kedua hanya menyusul bila terlapor tidak hadir pada panggilan pertama.</translation>
    </message>
    <message>
        <source>There is no third summons.</source>
        <translation>Tidak ada panggilan ketiga.</translation>
    </message>
    <message>
        <source>A summons rule (PP 94/2021) does not allow this date.</source>
        <translation>Aturan pemanggilan (PP 94/2021) tidak memperbolehkan tanggal ini.</translation>
    </message>
    <message>
        <source>Minutes are recorded only for a hearing the person attended.</source>
        <translation>Berita acara hanya dicatat untuk pemeriksaan yang dihadiri.</translation>
    </message>
    <message>
        <source>Choose who is to be heard.</source>
        <translation>Pilih siapa yang akan diperiksa.</translation>
    </message>
    <message>
        <source>The letter would reveal the reporter&apos;s identity; remove it from the fields.</source>
        <translation>Surat ini akan mengungkap identitas pelapor; hapus dari isian.</translation>
    </message>
    <message>
        <source>This kind of letter is not made from a case.</source>
        <translation>Jenis surat ini tidak dibuat dari kasus.</translation>
    </message>
    <message>
        <source>The draft is of another kind of letter.</source>
        <translation>Draf ini untuk jenis surat lain.</translation>
    </message>
    <message>
        <source>Say why the letter is corrected: the reason is kept with the void letter in the register.</source>
        <translation>Sebutkan alasan ralat surat: alasan itu dicatat pada surat yang dibatalkan di buku agenda.</translation>
    </message>
    <message>
        <source>This letter is dated before the last letter in this year&apos;s register.</source>
        <translation>Surat ini bertanggal lebih awal daripada surat terakhir dalam buku agenda tahun ini.</translation>
    </message>
    <message>
        <source>Write the alleged breach of discipline (the words after “berupa”).</source>
        <translation>Tuliskan dugaan pelanggaran disiplin (kata-kata setelah “berupa”).</translation>
    </message>
    <message>
        <source>Give the official a short key (not starting with “user:”).</source>
        <translation>Beri pejabat kode singkat (tidak diawali “user:”).</translation>
    </message>
    <message>
        <source>This official signs some letters: choose another signer for them first.</source>
        <translation>Pejabat ini menandatangani beberapa jenis surat: pilih penanda tangan lain terlebih dahulu.</translation>
    </message>
    <message>
        <source>This kind of letter is not signed by an official.</source>
        <translation>Jenis surat ini tidak ditandatangani pejabat.</translation>
    </message>
    <message>
        <source>Only officers and administrators can be examiners.</source>
        <translation>Hanya pemeriksa dan administrator yang dapat menjadi anggota tim pemeriksa.</translation>
    </message>
    <message>
        <source>A member is chosen twice.</source>
        <translation>Seorang anggota dipilih dua kali.</translation>
    </message>
    <message>
        <source>That letter has already been corrected by a later one.</source>
        <translation>Surat itu sudah diralat oleh surat yang lebih baru.</translation>
    </message>
    <message>
        <source>The letter could not be made. The details were written to the log file.</source>
        <translation>Surat tidak dapat dibuat. Rinciannya dicatat di berkas log.</translation>
    </message>
    <message>
        <source>Say what is missing from the report.</source>
        <translation>Sebutkan apa yang kurang dari pengaduan.</translation>
    </message>
    <message>
        <source>A reply deadline is needed.</source>
        <translation>Batas waktu balasan diperlukan.</translation>
    </message>
    <message>
        <source>Record the minutes of the hearing first.</source>
        <translation>Catat berita acara pemeriksaan terlebih dahulu.</translation>
    </message>
    <message>
        <source>This letter belongs to a hearing: choose one.</source>
        <translation>Surat ini untuk suatu pemeriksaan: pilih salah satu.</translation>
    </message>
    <message>
        <source>This letter is for a hearing of another party.</source>
        <translation>Surat ini untuk pemeriksaan pihak lain.</translation>
    </message>
    <message>
        <source>This letter is for the other summons of this hearing.</source>
        <translation>Surat ini untuk panggilan yang lain dari pemeriksaan ini.</translation>
    </message>
    <message>
        <source>same NIP</source>
        <translation>NIP sama</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>nama sama</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>nama mirip</translation>
    </message>
    <message>
        <source>%1 was taken off case %2: they are the person reported in it (%3). The case has new keys they do not hold.</source>
        <translation>%1 dikeluarkan dari kasus %2: yang bersangkutan adalah terlapor dalam kasus itu (%3). Kasus ini kini memakai kunci baru yang tidak dipegangnya.</translation>
    </message>
    <message>
        <source>Careful: the person reported, “%1”, has a name like the user %2 (%3). Check they are not the same person before assigning.</source>
        <translation>Perhatian: nama terlapor, “%1”, mirip dengan pengguna %2 (%3). Pastikan keduanya bukan orang yang sama sebelum menugaskan.</translation>
    </message>
    <message>
        <source>the reporter</source>
        <translation>pelapor</translation>
    </message>
    <message>
        <source>a witness</source>
        <translation>saksi</translation>
    </message>
    <message>
        <source>the accused</source>
        <translation>terlapor</translation>
    </message>
    <message>
        <source>witness %1 added</source>
        <translation>saksi %1 ditambahkan</translation>
    </message>
    <message>
        <source>details of witness %1 changed</source>
        <translation>data saksi %1 diubah</translation>
    </message>
    <message>
        <source>details of the person reported changed</source>
        <translation>data terlapor diubah</translation>
    </message>
    <message>
        <source>%1 taken off the case: they are the person reported (%2)</source>
        <translation>%1 dikeluarkan dari kasus: yang bersangkutan adalah terlapor (%2)</translation>
    </message>
    <message>
        <source>hearing of %1 scheduled for %2</source>
        <translation>pemeriksaan %1 dijadwalkan pada %2</translation>
    </message>
    <message>
        <source>(second summons)</source>
        <translation>(panggilan kedua)</translation>
    </message>
    <message>
        <source>%1 attended the hearing</source>
        <translation>%1 hadir pada pemeriksaan</translation>
    </message>
    <message>
        <source>%1 did not attend the hearing</source>
        <translation>%1 tidak hadir pada pemeriksaan</translation>
    </message>
    <message>
        <source>minutes recorded and signed</source>
        <translation>berita acara dicatat dan ditandatangani</translation>
    </message>
    <message>
        <source>minutes recorded; signature refused</source>
        <translation>berita acara dicatat; menolak menandatangani</translation>
    </message>
    <message>
        <source>the decision rests on the evidence</source>
        <translation>keputusan diambil berdasarkan alat bukti</translation>
    </message>
    <message>
        <source>file %1 attached</source>
        <translation>berkas %1 dilampirkan</translation>
    </message>
    <message>
        <source>letter %1 made</source>
        <translation>surat %1 dibuat</translation>
    </message>
    <message>
        <source>(corrects %1)</source>
        <translation>(meralat %1)</translation>
    </message>
    <message>
        <source>The password is too short (at least 10 characters).</source>
        <translation>Kata sandi terlalu pendek (paling sedikit 10 karakter).</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Kata sandi tidak boleh sama dengan nama pengguna.</translation>
    </message>
    <message>
        <source>The password is built on words anyone would try here (the office, the city, the user&apos;s names). Add unrelated words.</source>
        <translation>Kata sandi ini disusun dari kata yang pasti dicoba orang di sini (nama kantor, kota, nama pengguna). Tambahkan kata lain yang tidak berhubungan.</translation>
    </message>
    <message>
        <source>This password is too common; choose another.</source>
        <translation>Kata sandi ini terlalu umum; pilih yang lain.</translation>
    </message>
    <message>
        <source>Keys next to each other on the keyboard are easy to guess.</source>
        <translation>Tombol yang berderet di papan ketik mudah ditebak.</translation>
    </message>
    <message>
        <source>Repeated characters or groups (like 1212) are easy to guess.</source>
        <translation>Karakter atau kelompok yang berulang (seperti 1212) mudah ditebak.</translation>
    </message>
    <message>
        <source>Sequences (like abcd or 12345) are easy to guess.</source>
        <translation>Urutan (seperti abcd atau 12345) mudah ditebak.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess.</source>
        <translation>Tanggal dan tahun mudah ditebak.</translation>
    </message>
    <message>
        <source>This password is too easy to guess. Use three or four unrelated words, or a longer one.</source>
        <translation>Kata sandi ini terlalu mudah ditebak. Gunakan tiga atau empat kata yang tidak berhubungan, atau kata sandi yang lebih panjang.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>This password is not accepted.</source>
        <translation>Kata sandi ini tidak diterima.</translation>
    </message>
    <message>
        <source>Rule: no letter dated in the past (more than %1 days before today). The earliest lawful letter date is %2.</source>
        <translation>Aturan: surat tidak boleh bertanggal mundur (lebih dari %1 hari sebelum hari ini). Tanggal surat paling awal yang sah adalah %2.</translation>
    </message>
    <message>
        <source>Rule: no hearing dated in the past (more than %1 days before today). The earliest lawful hearing day is %2.</source>
        <translation>Aturan: pemeriksaan tidak boleh bertanggal mundur (lebih dari %1 hari sebelum hari ini). Hari pemeriksaan paling awal yang sah adalah %2.</translation>
    </message>
    <message>
        <source>Rule: there is no holiday list for %1, so its working days are not known. An administrator must add or import the list first (Settings, Holidays).</source>
        <translation>Aturan: belum ada daftar hari libur tahun %1, sehingga hari kerjanya tidak diketahui. Administrator harus menambahkan atau mengimpor daftarnya terlebih dahulu (Pengaturan, Hari Libur).</translation>
    </message>
    <message>
        <source>Rule: attendance is recorded on or after the hearing day. The earliest date is %1.</source>
        <translation>Aturan: kehadiran dicatat pada atau setelah hari pemeriksaan. Tanggal paling awal adalah %1.</translation>
    </message>
    <message>
        <source>Rule: the second summons is dated no earlier than the first hearing day. The earliest lawful letter date is %1.</source>
        <translation>Aturan: Surat Panggilan II tidak boleh bertanggal sebelum hari pemeriksaan pertama. Tanggal surat paling awal yang sah adalah %1.</translation>
    </message>
    <message>
        <source>Rule: the second summons is dated at most %1 working days after the first hearing day. The last lawful letter date was %2.</source>
        <translation>Aturan: Surat Panggilan II bertanggal paling lambat %1 hari kerja setelah hari pemeriksaan pertama. Tanggal surat terakhir yang sah adalah %2.</translation>
    </message>
    <message>
        <source>The hearing cannot be before the date of the letter. The earliest lawful hearing day is %1.</source>
        <translation>Pemeriksaan tidak boleh sebelum tanggal surat. Hari pemeriksaan paling awal yang sah adalah %1.</translation>
    </message>
    <message>
        <source>Unknown kind of day: use holiday or cuti bersama.</source>
        <translation>Jenis hari tidak dikenal: gunakan libur nasional atau cuti bersama.</translation>
    </message>
    <message>
        <source>The file is not a holiday list (CSV with date, name, kind; or JSON).</source>
        <translation>Berkas ini bukan daftar hari libur (CSV dengan tanggal, nama, jenis; atau JSON).</translation>
    </message>
    <message>
        <source>A day in the list is not in %1.</source>
        <translation>Ada tanggal dalam daftar yang bukan tahun %1.</translation>
    </message>
    <message>
        <source>There is no holiday list for %1.</source>
        <translation>Belum ada daftar hari libur tahun %1.</translation>
    </message>
    <message>
        <source>That day is not in the holiday list.</source>
        <translation>Tanggal itu tidak ada dalam daftar hari libur.</translation>
    </message>
    <message>
        <source>Give the name of the holiday.</source>
        <translation>Isi nama hari libur.</translation>
    </message>
    <message>
        <source>There is no holiday list for %1: its holidays count as working days.</source>
        <translation>Belum ada daftar hari libur tahun %1: hari liburnya terhitung sebagai hari kerja.</translation>
    </message>
    <message>
        <source>The holiday list for %1 is only proposed; an administrator has not confirmed it against the SKB yet.</source>
        <translation>Daftar hari libur tahun %1 baru usulan; administrator belum mengonfirmasinya sesuai SKB.</translation>
    </message>
    <message>
        <source>This is not a valid tracking code. Check it for typing errors: 12 letters and digits, e.g. 38EC-RMNM-RY3J.</source>
        <translation>Ini bukan kode pelacakan yang sah. Periksa kesalahan ketik: 12 huruf dan angka, mis. 38EC-RMNM-RY3J.</translation>
    </message>
    <message>
        <source>A summons must be sent at least 7 working days before the hearing.</source>
        <translation>Surat panggilan harus dikirim paling lambat 7 hari kerja sebelum pemeriksaan.</translation>
    </message>
    <message>
        <source>The hearing must be on a working day.</source>
        <translation>Pemeriksaan harus dilaksanakan pada hari kerja.</translation>
    </message>
    <message>
        <source>The letter number format is not valid.</source>
        <translation>Format nomor surat tidak sah.</translation>
    </message>
    <message>
        <source>The case is already in that stage.</source>
        <translation>Kasus sudah berada pada tahap itu.</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>Isian ini tidak diterima.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <extracomment>() -&gt; (user name, the user&apos;s names and the office&apos;s name): the words a guesser tries.</extracomment>
        <translation>Cukup kuat.</translation>
    </message>
</context>
<context>
    <name>MyWork</name>
    <message>
        <source>Clarification: the reporter</source>
        <translation>Klarifikasi: pelapor</translation>
    </message>
    <message>
        <source>Clarification: a witness</source>
        <translation>Klarifikasi: saksi</translation>
    </message>
    <message>
        <source>Examination of the accused</source>
        <translation>Pemeriksaan terlapor</translation>
    </message>
    <message>
        <source> (second summons)</source>
        <translation> (panggilan kedua)</translation>
    </message>
    <message>
        <source>First response: start the verification</source>
        <translation>Tanggapan pertama: mulai verifikasi</translation>
    </message>
    <message>
        <source>The reporter&apos;s reply to the request for information</source>
        <translation>Balasan pelapor atas permintaan kelengkapan</translation>
    </message>
    <message>
        <source>Hearing day: record the attendance</source>
        <translation>Hari pemeriksaan: catat kehadiran</translation>
    </message>
</context>
<context>
    <name>MyWorkPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Double-click an item (or press Enter) to open its case.</source>
        <translation>Klik dua kali pada suatu butir (atau tekan Enter) untuk membuka kasusnya.</translation>
    </message>
    <message>
        <source>Reading what is due…</source>
        <translation>Membaca pekerjaan yang jatuh tempo…</translation>
    </message>
    <message>
        <source>Hearings today</source>
        <translation>Pemeriksaan hari ini</translation>
    </message>
    <message>
        <source>Hearings later this week</source>
        <translation>Pemeriksaan lain pekan ini</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Lewat tenggat</translation>
    </message>
    <message>
        <source>Deadlines up to %1</source>
        <translation>Tenggat sampai %1</translation>
    </message>
    <message>
        <source>Letters not printed yet</source>
        <translation>Surat yang belum dicetak</translation>
    </message>
    <message>
        <source>Waiting for an officer</source>
        <translation>Menunggu penugasan pemeriksa</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Today is %1.</source>
        <translation>Hari ini %1.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Tidak ada yang jatuh tempo.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due today</source>
        <translation>
            <numerusform>%n hal jatuh tempo hari ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n lewat tenggat</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Tahap: %1</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>A note for the case file (internal, encrypted)</source>
        <translation>Catatan untuk berkas kasus (internal, terenkripsi)</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Tambah catatan</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Tuliskan catatannya dahulu.</translation>
    </message>
</context>
<context>
    <name>NumbersTab</name>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Surat:</translation>
    </message>
    <message>
        <source>Register of complaints</source>
        <translation>Register pengaduan</translation>
    </message>
    <message>
        <source>e.g. B (biasa)</source>
        <translation>mis. B (biasa)</translation>
    </message>
    <message>
        <source>e.g. 800.1.3.3</source>
        <translation>mis. 800.1.3.3</translation>
    </message>
    <message>
        <source>e.g. BKD</source>
        <translation>mis. BKD</translation>
    </message>
    <message>
        <source>Roman numerals (XII)</source>
        <translation>Angka Romawi (XII)</translation>
    </message>
    <message>
        <source>Digits (12)</source>
        <translation>Angka biasa (12)</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Tidak ditampilkan</translation>
    </message>
    <message>
        <source>Show the &amp;year</source>
        <translation>Tampilkan &amp;tahun</translation>
    </message>
    <message>
        <source>Year &amp;before the sequence</source>
        <translation>Tahun &amp;sebelum nomor urut</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>&amp;Awalan:</translation>
    </message>
    <message>
        <source>Classification &amp;code:</source>
        <translation>&amp;Kode klasifikasi:</translation>
    </message>
    <message>
        <source>Se&amp;quence digits:</source>
        <translation>Jumlah angka nomor &amp;urut:</translation>
    </message>
    <message>
        <source>&amp;Unit code:</source>
        <translation>Kode &amp;unit:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Pemisah:</translation>
    </message>
    <message>
        <source>Next number:</source>
        <translation>Nomor berikutnya:</translation>
    </message>
    <message>
        <source>Default &amp;copies (Tembusan Yth.), one a line:</source>
        <translation>&amp;Tembusan bawaan (Tembusan Yth.), satu per baris:</translation>
    </message>
    <message>
        <source>This number was set with wbs-admin as %1 and cannot be shown as fields; change it there.</source>
        <translation>Nomor ini diatur dengan wbs-admin sebagai %1 dan tidak dapat ditampilkan per bagian; ubah di sana.</translation>
    </message>
    <message>
        <source>(a field holds { or }: not allowed)</source>
        <translation>(ada isian yang memuat { atau }: tidak diperbolehkan)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>ProcedureActionDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
</context>
<context>
    <name>QaBlock</name>
    <message>
        <source>Question asked by the examiner</source>
        <extracomment>Empty questions offered on a new minutes.</extracomment>
        <translation>Pertanyaan pemeriksa</translation>
    </message>
    <message>
        <source>Answer, as spoken</source>
        <translation>Jawaban, sebagaimana diucapkan</translation>
    </message>
    <message>
        <source>Move this question up</source>
        <translation>Naikkan pertanyaan ini</translation>
    </message>
    <message>
        <source>Move this question down</source>
        <translation>Turunkan pertanyaan ini</translation>
    </message>
    <message>
        <source>Remove this question</source>
        <translation>Hapus pertanyaan ini</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Pertanyaan:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Jawaban:</translation>
    </message>
</context>
<context>
    <name>QaEditor</name>
    <message>
        <source>&amp;Add a question</source>
        <translation>&amp;Tambah pertanyaan</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Fill in every field.</source>
        <translation>Isi semua kolom.</translation>
    </message>
    <message>
        <source>Granting every case to the new administrator…</source>
        <translation>Memberikan akses semua pengaduan kepada administrator baru…</translation>
    </message>
    <message>
        <source>This is not the recovery key of this office, or it has a typing error. Check it against the printed sheet.</source>
        <translation>Ini bukan kunci pemulihan kantor ini, atau ada salah ketik. Periksa kembali dengan lembar cetakannya.</translation>
    </message>
    <message>
        <source>All administrator passwords lost</source>
        <translation>Semua kata sandi administrator hilang</translation>
    </message>
    <message>
        <source>With the recovery key printed when this office was set up, you can make a new administrator. They are given every case again and can then reset the other users&apos; passwords. Using the key is recorded in the audit log.</source>
        <translation>Dengan kunci pemulihan yang dicetak saat kantor ini disiapkan, Anda dapat membuat administrator baru. Administrator tersebut kembali diberi akses ke semua pengaduan dan dapat mengatur ulang kata sandi pengguna lain. Penggunaan kunci ini dicatat dalam log audit.</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Kunci pemulihan</translation>
    </message>
    <message>
        <source>New administrator&apos;s &amp;user name</source>
        <translation>&amp;Nama pengguna administrator baru</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>R&amp;epeat the password</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Make the administrator</source>
        <translation>&amp;Buat administrator</translation>
    </message>
</context>
<context>
    <name>RegisterExportDialog</name>
    <message>
        <source>Export the list</source>
        <translation>Ekspor daftar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s), in the order of the list. The reporter is never included.</source>
        <translation>
            <numerusform>%Ln kasus, menurut urutan daftar. Pelapor tidak pernah disertakan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (.csv)</source>
        <translation>Berkas CSV (.csv)</translation>
    </message>
    <message>
        <source>Include the accused&apos;s name (only for the cases you hold; recorded in the audit log)</source>
        <translation>Sertakan nama terlapor (hanya untuk kasus yang dapat Anda buka; dicatat dalam log audit)</translation>
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
        <translation>Halaman %1 dari %2</translation>
    </message>
</context>
<context>
    <name>ReportsHooks</name>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dasbor</translation>
    </message>
    <message>
        <source>The office&apos;s figures for a period, with charts; the recap as Excel or PDF</source>
        <translation>Angka kantor untuk suatu periode, dengan grafik; rekapitulasi sebagai Excel atau PDF</translation>
    </message>
    <message>
        <source>&amp;Mark as test or duplicate…</source>
        <translation>&amp;Tandai sebagai uji coba atau duplikat…</translation>
    </message>
    <message>
        <source>Leave the selected case out of the figures (or count it again)</source>
        <translation>Keluarkan kasus terpilih dari perhitungan (atau hitung kembali)</translation>
    </message>
    <message>
        <source>&amp;Print the list…</source>
        <translation>&amp;Cetak daftar…</translation>
    </message>
    <message>
        <source>Print the cases the list shows now (the case register)</source>
        <translation>Cetak kasus yang ditampilkan daftar saat ini (register pengaduan)</translation>
    </message>
    <message>
        <source>&amp;Export the list…</source>
        <translation>&amp;Ekspor daftar…</translation>
    </message>
    <message>
        <source>Save the cases the list shows now as an Excel or CSV file</source>
        <translation>Simpan kasus yang ditampilkan daftar saat ini sebagai berkas Excel atau CSV</translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation>Tampilkan semua kasus</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %Ln case(s) of the figure “%1”.</source>
        <translation>
            <numerusform>Menampilkan %Ln kasus dari angka “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the whole list…</source>
        <translation>Membaca seluruh daftar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Case register</source>
        <translation>Register pengaduan</translation>
    </message>
    <message numerus="yes">
        <source>Case register — %Ln case(s)</source>
        <translation>
            <numerusform>Register pengaduan — %Ln kasus</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Ekspor daftar</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>Writing the case register…</source>
        <translation>Menulis register pengaduan…</translation>
    </message>
    <message>
        <source>Print the list</source>
        <translation>Cetak daftar</translation>
    </message>
    <message>
        <source>Reading the case register…</source>
        <translation>Membaca register pengaduan…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>A backup is restored into an EMPTY database: a new local file, or an empty database on a PostgreSQL server. The database that is open now is not changed.</source>
        <translation>Cadangan dipulihkan ke basis data yang KOSONG: berkas lokal baru, atau basis data kosong di server PostgreSQL. Basis data yang sedang terbuka tidak diubah.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Berkas cadangan</translation>
    </message>
    <message>
        <source>Choose the backup file…</source>
        <translation>Pilih berkas cadangan…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Pulihkan ke</translation>
    </message>
    <message>
        <source>A new &amp;local file</source>
        <translation>Berkas &amp;lokal baru</translation>
    </message>
    <message>
        <source>a new file, e.g. wbs-restored.sqlite3</source>
        <translation>berkas baru, mis. wbs-dipulihkan.sqlite3</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>P&amp;ilih…</translation>
    </message>
    <message>
        <source>An empty &amp;PostgreSQL database</source>
        <translation>Basis data &amp;PostgreSQL kosong</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Kata sandi server</translation>
    </message>
    <message>
        <source>Open the backup with</source>
        <translation>Buka cadangan dengan</translation>
    </message>
    <message>
        <source>An &amp;administrator&apos;s password</source>
        <translation>Kata sandi &amp;administrator</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nama pengguna</translation>
    </message>
    <message>
        <source>password</source>
        <translation>kata sandi</translation>
    </message>
    <message>
        <source>The office&apos;s &amp;recovery key</source>
        <translation>&amp;Kunci pemulihan kantor</translation>
    </message>
    <message>
        <source>the recovery key printed at setup</source>
        <translation>kunci pemulihan yang dicetak saat penyiapan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
</context>
<context>
    <name>RevealIdentityDialog</name>
    <message>
        <source>Write why you need to see the identity (at least a few words).</source>
        <translation>Tuliskan mengapa Anda perlu melihat identitas ini (paling tidak beberapa kata).</translation>
    </message>
    <message>
        <source>Show the reporter&apos;s identity</source>
        <translation>Tampilkan identitas pelapor</translation>
    </message>
    <message>
        <source>The reporter&apos;s identity is confidential. Showing it is recorded in the audit log with your name and the reason you give here.</source>
        <translation>Identitas pelapor bersifat rahasia. Menampilkannya dicatat dalam log audit beserta nama Anda dan alasan yang Anda tulis di sini.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Show identity</source>
        <translation>&amp;Tampilkan identitas</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Label (Indonesian)</source>
        <translation>Label (Indonesia)</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>Label (Inggris)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Joint leave</source>
        <translation>Cuti bersama</translation>
    </message>
    <message>
        <source>How many days before today a summons letter or a hearing may still be dated.</source>
        <translation>Berapa hari sebelum hari ini surat panggilan atau pemeriksaan masih boleh diberi tanggal.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>Every workstation locks after this many minutes without keyboard or mouse input; what was shown is forgotten until the password is given again.</source>
        <translation>Setiap komputer terkunci setelah sekian menit papan ketik dan tetikus tidak disentuh; semua yang ditampilkan ditutup sampai kata sandi dimasukkan kembali.</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Kunci bila tidak dipakai selama</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Violation words</source>
        <translation>Uraian pelanggaran</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>Letter numbers</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>&amp;Confirm this year&apos;s list</source>
        <translation>&amp;Konfirmasi daftar tahun ini</translation>
    </message>
    <message>
        <source>Confirm that the list matches the SKB of the three ministers (recorded in the audit log).</source>
        <translation>Konfirmasi bahwa daftar ini sesuai SKB tiga menteri (dicatat dalam log audit).</translation>
    </message>
    <message>
        <source>&amp;Propose from the national list</source>
        <translation>&amp;Usulkan dari daftar nasional</translation>
    </message>
    <message>
        <source>No list for %1: its holidays count as working days, and no hearing can be scheduled into it.</source>
        <translation>Belum ada daftar untuk tahun %1: hari liburnya terhitung hari kerja, dan pemeriksaan tidak dapat dijadwalkan pada tahun itu.</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2.</source>
        <translation>Dikonfirmasi oleh %1 pada %2.</translation>
    </message>
    <message>
        <source>Confirmed (the list in use).</source>
        <translation>Dikonfirmasi (daftar yang sedang digunakan).</translation>
    </message>
    <message>
        <source>Proposed (%1): check it against the SKB and confirm it.</source>
        <translation>Usulan (%1): periksa sesuai SKB lalu konfirmasi.</translation>
    </message>
    <message>
        <source>Holiday %1: %2 is not in %3.</source>
        <translation>Hari libur %1: %2 bukan tahun %3.</translation>
    </message>
    <message>
        <source>Save the changes to the list first, then confirm it.</source>
        <translation>Simpan dulu perubahan daftar, lalu konfirmasi.</translation>
    </message>
    <message>
        <source>A complaint type in use cannot be removed; rename it instead.</source>
        <translation>Jenis pengaduan yang sudah dipakai tidak dapat dihapus; ubah labelnya saja.</translation>
    </message>
    <message>
        <source>Complaint type %1: the code needs 2 to 50 lower-case letters, digits or _, and must be unique.</source>
        <translation>Jenis pengaduan %1: kode terdiri atas 2 sampai 50 huruf kecil, angka atau _, dan harus unik.</translation>
    </message>
    <message>
        <source>Complaint type %1 needs both labels.</source>
        <translation>Jenis pengaduan %1 memerlukan kedua label.</translation>
    </message>
    <message>
        <source>Holiday %1: &quot;%2&quot; is not a date (write e.g. 17/08/2026).</source>
        <translation>Hari libur %1: &quot;%2&quot; bukan tanggal (tulis mis. 17/08/2026).</translation>
    </message>
    <message>
        <source>Letters and hearings may be dated back</source>
        <translation>Surat dan pemeriksaan boleh bertanggal mundur</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>Nama kantor wajib diisi.</translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation>Pengaturan kantor</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation>&amp;Nama kantor</translation>
    </message>
    <message>
        <source>&amp;Register number format</source>
        <translation>Format nomor &amp;register</translation>
    </message>
    <message>
        <source>Fields: {year}, {seq} (e.g. {seq:05d}), {month}, {roman_month}. Example: WBS-{year}-{seq:05d}</source>
        <translation>Isian: {year}, {seq} (mis. {seq:05d}), {month}, {roman_month}. Contoh: WBS-{year}-{seq:05d}</translation>
    </message>
    <message>
        <source>&amp;First response within</source>
        <translation>Tanggapan &amp;pertama dalam</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> hari kerja</translation>
    </message>
    <message>
        <source>Reporter&apos;s &amp;reply within</source>
        <translation>Ba&amp;lasan pelapor dalam</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Summons at least</source>
        <translation>Panggilan paling lambat</translation>
    </message>
    <message>
        <source> working days before</source>
        <translation> hari kerja sebelumnya</translation>
    </message>
    <message>
        <source>Complaint types</source>
        <translation>Jenis pengaduan</translation>
    </message>
    <message>
        <source>The complaint types offered in the form. The code is stored with each case and cannot be changed; the labels can.</source>
        <translation>Jenis pengaduan yang tersedia di formulir. Kode disimpan pada setiap kasus dan tidak dapat diubah; labelnya dapat diubah.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Hari libur</translation>
    </message>
    <message>
        <source>Days off besides Saturdays and Sundays: national holidays and joint leave (cuti bersama). They count for working-day deadlines and summons dates.</source>
        <translation>Hari libur selain Sabtu dan Minggu: hari libur nasional dan cuti bersama. Hari-hari ini diperhitungkan untuk tenggat hari kerja dan tanggal panggilan.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>&amp;Buat basis data</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring, not in a file.</source>
        <translation>Kata sandi disimpan di tempat penyimpanan kata sandi (keyring) komputer ini, bukan di berkas.</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in. It is not saved: you will be asked for it each time the app starts.</source>
        <translation>Komputer ini tidak memiliki tempat penyimpanan kata sandi (keyring). Kata sandi tidak disimpan: Anda akan ditanya setiap kali aplikasi dibuka.</translation>
    </message>
    <message>
        <source>This is a folder. Give a file name.</source>
        <translation>Ini sebuah folder. Isi nama berkas.</translation>
    </message>
    <message>
        <source>The folder cannot be created here. Choose another.</source>
        <translation>Folder tidak dapat dibuat di sini. Pilih tempat lain.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Menghubungkan ke server…</translation>
    </message>
    <message>
        <source>Creating the database and the keys…</source>
        <translation>Membuat basis data dan kunci enkripsi…</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Sidik jari: %1</translation>
    </message>
    <message>
        <source>Office key (compare at every login): %1</source>
        <translation>Kunci kantor (cocokkan setiap kali masuk): %1</translation>
    </message>
    <message>
        <source>WBS Desktop — recovery key</source>
        <translation>WBS Desktop — kunci pemulihan</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Kantor: %1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Dibuat: %1</translation>
    </message>
    <message>
        <source>Office key: %1</source>
        <translation>Kunci kantor: %1</translation>
    </message>
    <message>
        <source>Anyone holding this key can read every case. Keep it in a safe.</source>
        <translation>Siapa pun yang memegang kunci ini dapat membaca semua kasus. Simpan di brankas.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Simpan kunci pemulihan</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Berkas teks (*.txt)</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another place.</source>
        <translation>Berkas tidak dapat ditulis. Pilih tempat lain.</translation>
    </message>
    <message>
        <source>Saved. Move the file to a USB stick kept in a safe and delete it from this computer.</source>
        <translation>Tersimpan. Pindahkan berkas ke flashdisk yang disimpan di brankas, lalu hapus dari komputer ini.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Berkas basis data</translation>
    </message>
    <message>
        <source>WBS database (*.sqlite3);;All files (*)</source>
        <translation>Basis data WBS (*.sqlite3);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The server password could not be saved on this computer (no keyring). You will be asked for it at each start.</source>
        <translation>Kata sandi server tidak dapat disimpan di komputer ini (tidak ada keyring). Anda akan ditanya setiap kali aplikasi dibuka.</translation>
    </message>
    <message>
        <source>Set up WBS Desktop</source>
        <translation>Penyiapan WBS Desktop</translation>
    </message>
    <message>
        <source>Welcome to WBS Desktop</source>
        <translation>Selamat datang di WBS Desktop</translation>
    </message>
    <message>
        <source>This computer has no case database yet. Choose where the office&apos;s cases are kept.</source>
        <translation>Komputer ini belum memiliki basis data kasus. Pilih tempat penyimpanan kasus kantor.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>A &amp;file on this computer (one workstation)</source>
        <translation>&amp;Berkas di komputer ini (satu komputer)</translation>
    </message>
    <message>
        <source>Nothing to install. The file is encrypted and kept in your user folder.</source>
        <translation>Tidak perlu memasang apa pun. Berkas dienkripsi dan disimpan di folder pengguna Anda.</translation>
    </message>
    <message>
        <source>A &amp;shared PostgreSQL server (several workstations)</source>
        <translation>&amp;Server PostgreSQL bersama (beberapa komputer)</translation>
    </message>
    <message>
        <source>Ask your administrator for the server address, the database and the user name.</source>
        <translation>Mintalah alamat server, nama basis data, dan nama pengguna kepada administrator Anda.</translation>
    </message>
    <message>
        <source>The cases are stored in this file. Keep a backup of it.</source>
        <translation>Kasus disimpan dalam berkas ini. Buatlah cadangannya.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>If the file already holds an office database, it is opened instead of created.</source>
        <translation>Jika berkas ini sudah berisi basis data kantor, berkas itu dibuka, bukan dibuat baru.</translation>
    </message>
    <message>
        <source>Shared server</source>
        <translation>Server bersama</translation>
    </message>
    <message>
        <source>Where the office&apos;s PostgreSQL server is.</source>
        <translation>Lokasi server PostgreSQL kantor.</translation>
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
        <translation>&amp;Basis data</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Kata &amp;sandi</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Administrator pertama</translation>
    </message>
    <message>
        <source>Create the office database and its first administrator account.</source>
        <translation>Buat basis data kantor dan akun administrator pertamanya.</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Kantor</translation>
    </message>
    <message>
        <source>Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur</source>
        <translation>Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>At least 10 characters. Nobody can recover a forgotten password; only the recovery key shown next can restore access.</source>
        <translation>Paling sedikit 10 karakter. Kata sandi yang terlupa tidak dapat dipulihkan; hanya kunci pemulihan yang ditampilkan berikutnya yang dapat memulihkan akses.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <source>Shown only once. Print it or save it, and keep it locked away.</source>
        <translation>Hanya ditampilkan sekali. Cetak atau simpan, lalu simpan di tempat terkunci.</translation>
    </message>
    <message>
        <source>With this key the office can create a new administrator if every administrator password is lost. Anyone holding it can read every case: keep it in a safe, not on this computer.</source>
        <translation>Dengan kunci ini kantor dapat membuat administrator baru bila semua kata sandi administrator hilang. Siapa pun yang memegangnya dapat membaca semua kasus: simpan di brankas, bukan di komputer ini.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>&amp;Simpan ke berkas…</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery key and will keep it safe</source>
        <translation>Saya sudah mencetak atau menyimpan kunci pemulihan dan akan menjaganya</translation>
    </message>
</context>
<context>
    <name>SignatoriesTab</name>
    <message>
        <source>&amp;Head of the office (jabatan):</source>
        <translation>Jabatan &amp;kepala kantor:</translation>
    </message>
    <message>
        <source>Officials who may sign:</source>
        <translation>Pejabat penanda tangan:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
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
        <translation>&amp;Tambah pejabat</translation>
    </message>
    <message>
        <source>Re&amp;move official</source>
        <translation>&amp;Hapus pejabat</translation>
    </message>
    <message>
        <source>Who signs each kind of letter:</source>
        <translation>Penanda tangan tiap jenis surat:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ditandatangani oleh</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <source>Every letter without its own signer</source>
        <translation>Setiap surat tanpa penanda tangan tersendiri</translation>
    </message>
    <message>
        <source>own name</source>
        <translation>atas nama sendiri</translation>
    </message>
    <message>
        <source>(nobody: a line to sign on)</source>
        <translation>(belum ada: garis untuk tanda tangan)</translation>
    </message>
    <message>
        <source>(as every letter)</source>
        <translation>(seperti surat lainnya)</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Choose…</source>
        <extracomment>Which error label shows the messages of which field path. Which input widget &quot;touches&quot; which field (messages appear once touched). The reporter&apos;s fields an anonymous report leaves empty (kept aside meanwhile).</extracomment>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Link %1: %2</source>
        <translation>Tautan %1: %2</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Siap disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) still need attention.</source>
        <translation>
            <numerusform>%n isian masih perlu diperbaiki.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>All of 4W1H and evidence are present.</source>
        <translation>Unsur 4W1H dan bukti sudah lengkap.</translation>
    </message>
    <message>
        <source>Attach scans of the report</source>
        <translation>Lampirkan pindaian pengaduan</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.txt *.docx *.xlsx *.pptx)</source>
        <translation>Pindaian dan dokumen (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.txt *.docx *.xlsx *.pptx)</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1: berkas tidak dapat dibaca (%2)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>&amp;Print the receipt…</source>
        <translation>&amp;Cetak tanda terima…</translation>
    </message>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation>Tanda terima telah dikirim ke printer.</translation>
    </message>
    <message>
        <source>Discard the complaint?</source>
        <translation>Buang pengaduan ini?</translation>
    </message>
    <message>
        <source>The form has input that has not been saved. Close it and lose that input?</source>
        <translation>Formulir berisi isian yang belum disimpan. Tutup dan buang isian itu?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Lanjut mengisi</translation>
    </message>
    <message>
        <source>Complaint form</source>
        <translation>Formulir Pengaduan</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Pelapor</translation>
    </message>
    <message>
        <source>A&amp;nonymous report (surat kaleng): no name, no contact</source>
        <translation>Pengaduan a&amp;nonim (surat kaleng): tanpa nama, tanpa kontak</translation>
    </message>
    <message>
        <source>No letter can be sent to an anonymous reporter; the tracking code on the receipt is the only way to follow the report.</source>
        <translation>Surat tidak dapat dikirim kepada pelapor anonim; kode pelacakan pada tanda terima menjadi satu-satunya cara mengikuti perkembangan pengaduan.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Pos-el</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>Street, village, district (printed on letters to the reporter)</source>
        <translation>Jalan, kelurahan/desa, kecamatan (dicetak pada surat kepada pelapor)</translation>
    </message>
    <message>
        <source>The reporter agrees to be &amp;contacted</source>
        <translation>Pelapor bersedia &amp;dihubungi</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Penerimaan</translation>
    </message>
    <message>
        <source>&amp;Arrived by</source>
        <translation>&amp;Masuk melalui</translation>
    </message>
    <message>
        <source>&amp;Received</source>
        <translation>Dit&amp;erima</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Berkas yang diterima</translation>
    </message>
    <message>
        <source>One per line, e.g. &quot;Surat pengaduan (2 lembar)&quot; (printed on the receipt)</source>
        <translation>Satu per baris, misalnya &quot;Surat pengaduan (2 lembar)&quot; (dicetak pada tanda terima)</translation>
    </message>
    <message>
        <source>Attach &amp;scans…</source>
        <translation>Lampirkan &amp;pindaian…</translation>
    </message>
    <message>
        <source>Remove sc&amp;an</source>
        <translation>Hapus pin&amp;daian</translation>
    </message>
    <message>
        <source>Completeness (4W1H)</source>
        <translation>Kelengkapan (4W1H)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>Person &amp;reported</source>
        <translation>Te&amp;rlapor</translation>
    </message>
    <message>
        <source>&amp;NIP</source>
        <translation>N&amp;IP</translation>
    </message>
    <message>
        <source>Pos&amp;ition</source>
        <translation>J&amp;abatan</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>&amp;Unit kerja</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>Di &amp;mana</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Kapan</translation>
    </message>
    <message>
        <source>&amp;Known:</source>
        <translation>Dik&amp;etahui:</translation>
    </message>
    <message>
        <source>&amp;Chronology</source>
        <translation>Kr&amp;onologi</translation>
    </message>
    <message>
        <source>&amp;Material loss</source>
        <translation>Ker&amp;ugian materiil</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Estimate (Rp):</source>
        <translation>Perkiraan (Rp):</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Tautan bukti</translation>
    </message>
    <message>
        <source>A&amp;dd link</source>
        <translation>Ta&amp;mbah tautan</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>The complaint has been saved. Give the tracking code to the reporter.</source>
        <translation>Pengaduan telah disimpan. Berikan kode pelacakan kepada pelapor.</translation>
    </message>
    <message>
        <source>Register number:</source>
        <translation>Nomor register:</translation>
    </message>
    <message>
        <source>Tracking code:</source>
        <translation>Kode pelacakan:</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>not reached</source>
        <translation>belum dicapai</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sejak %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 sampai %2</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (saat ini)</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>lewat tenggat sejak %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>tenggat %1</translation>
    </message>
    <message>
        <source>first response: verification to start</source>
        <translation>tanggapan pertama: verifikasi harus dimulai</translation>
    </message>
    <message>
        <source>the reporter&apos;s reply to the request for information</source>
        <translation>balasan pelapor atas permintaan kelengkapan</translation>
    </message>
    <message>
        <source>the scheduled hearing</source>
        <translation>jadwal pemeriksaan</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>seseorang</translation>
    </message>
    <message>
        <source>%1: registered by %2</source>
        <translation>%1: dicatat oleh %2</translation>
    </message>
    <message>
        <source>%1: %3 assigned by %2</source>
        <translation>%1: %3 ditugaskan oleh %2</translation>
    </message>
    <message>
        <source>%1: %3 removed by %2</source>
        <translation>%1: %3 dibebastugaskan oleh %2</translation>
    </message>
    <message>
        <source>%1: moved back here by %2</source>
        <translation>%1: dikembalikan ke tahap ini oleh %2</translation>
    </message>
    <message>
        <source>%1: reopened by %2</source>
        <translation>%1: dibuka kembali oleh %2</translation>
    </message>
    <message>
        <source>%1: moved here by %2</source>
        <translation>%1: dipindahkan ke tahap ini oleh %2</translation>
    </message>
    <message>
        <source>%1: %3 (%2)</source>
        <translation>%1: %3 (%2)</translation>
    </message>
    <message>
        <source>%1: changed by %2</source>
        <translation>%1: diubah oleh %2</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>alasan: %1</translation>
    </message>
</context>
<context>
    <name>UserProfile</name>
    <message>
        <source>Give the full name.</source>
        <translation>Isi nama lengkap.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>Anda tidak dapat mengubah peran Anda sendiri.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>Ubah pengguna %1</translation>
    </message>
    <message>
        <source>The name with titles, the NIP, the pangkat/golongan and the jabatan are printed when this user signs a letter or is in an examination team. A new role or deactivating the account gives the cases they held new keys.</source>
        <translation>Nama dengan gelar, NIP, pangkat/golongan, dan jabatan dicetak bila pengguna ini menandatangani surat atau menjadi anggota tim pemeriksa. Peran baru atau penonaktifan akun membuat kasus yang pernah dipegangnya mendapat kunci baru.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
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
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>&amp;Active (may log in)</source>
        <translation>&amp;Aktif (boleh masuk)</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
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
        <translation>&amp;Tambah pengguna…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Atur ulang kata sandi…</translation>
    </message>
    <message>
        <source>Clear login &amp;delay</source>
        <translation>Hapus &amp;jeda masuk</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>waiting until %1</source>
        <translation>menunggu sampai %1</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer log in.</source>
        <translation>Nonaktifkan %1? Pengguna ini tidak dapat masuk lagi.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Re-keying the cases they held…</source>
        <translation>Mengganti kunci kasus yang pernah dipegangnya…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Ubah pengguna</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>A temporary password for %1 (they must change it at first login):</source>
        <translation>Kata sandi sementara untuk %1 (wajib diganti saat pertama kali masuk):</translation>
    </message>
    <message>
        <source>Granting the cases again…</source>
        <translation>Memberikan kembali akses kasus…</translation>
    </message>
</context>
<context>
    <name>ViolationsTab</name>
    <message>
        <source>A summons says: &quot;… untuk diperiksa sehubungan dengan dugaan pelanggaran disiplin berupa WORDS&quot;. The words for each complaint type (in Indonesian, as they appear in the letter; left empty: the standard words, or the type&apos;s name for a type the office added):</source>
        <translation>Surat panggilan berbunyi: &quot;… untuk diperiksa sehubungan dengan dugaan pelanggaran disiplin berupa URAIAN&quot;. Uraian untuk setiap jenis pengaduan (sebagaimana tertulis dalam surat; bila dikosongkan: uraian baku, atau nama jenisnya untuk jenis yang ditambahkan kantor):</translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation>Jenis pengaduan</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Uraian pelanggaran</translation>
    </message>
    <message>
        <source>(the officer writes the words in each letter)</source>
        <translation>(pemeriksa menuliskan uraiannya pada setiap surat)</translation>
    </message>
</context>
<context>
    <name>WitnessesBox</name>
    <message>
        <source>Witnesses</source>
        <translation>Saksi</translation>
    </message>
    <message>
        <source>&amp;Add witness…</source>
        <translation>&amp;Tambah saksi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Complete the &amp;accused&apos;s details…</source>
        <translation>Lengkapi data &amp;terlapor…</translation>
    </message>
    <message>
        <source>No witnesses yet.</source>
        <translation>Belum ada saksi.</translation>
    </message>
    <message>
        <source>Witness details are encrypted with the case.</source>
        <translation>Data saksi dienkripsi bersama kasus.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Pos-el:</translation>
    </message>
    <message>
        <source>N&amp;IP (optional):</source>
        <translation>N&amp;IP (opsional):</translation>
    </message>
    <message>
        <source>P&amp;osition (optional):</source>
        <translation>&amp;Jabatan (opsional):</translation>
    </message>
    <message>
        <source>&amp;Unit (optional):</source>
        <translation>&amp;Unit kerja (opsional):</translation>
    </message>
    <message>
        <source>Enter the witness&apos;s name.</source>
        <translation>Isi nama saksi.</translation>
    </message>
    <message>
        <source>Add a witness</source>
        <translation>Tambah saksi</translation>
    </message>
    <message>
        <source>Edit a witness</source>
        <translation>Ubah data saksi</translation>
    </message>
    <message>
        <source>Enter the name of the person reported.</source>
        <translation>Isi nama terlapor.</translation>
    </message>
    <message>
        <source>The person reported</source>
        <translation>Terlapor</translation>
    </message>
    <message>
        <source>Correct or complete the details; other reports about the same person are found by name and NIP.</source>
        <translation>Perbaiki atau lengkapi datanya; pengaduan lain terhadap orang yang sama ditemukan melalui nama dan NIP.</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit kerja:</translation>
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
        <translation>Batal</translation>
    </message>
</context>
</TS>
