"""The people, places and words of the demo office (Nusa Tenggara Timur).

Pure data for :mod:`wbs_desktop.domain.demo_plan`: Indonesian names of NTT,
the province's units and workplaces, what reporters were trying to get done
there, the misconduct they describe, the reasons officers write on a
timeline, and — for the cases the demo works through the procedure — notes,
witnesses, the questions and answers of the minutes (BAP), conclusions and the
files attached. No database, no Qt: the planner draws from these with its own
seeded random streams.
"""

from __future__ import annotations

from dataclasses import dataclass

from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.stages import CloseReason, Outcome, Stage

# ============================================================================
# The people and places of NTT

MALE_NAMES = (
    "Yohanes", "Fransiskus", "Agustinus", "Yosef", "Petrus", "Paulus", "Antonius",
    "Dominggus", "Melkianus", "Yakobus", "Aleksander", "Wilhelmus", "Adrianus",
    "Benediktus", "Kornelis", "Arnoldus", "Lukas", "Matheus", "Marselinus", "Stefanus",
    "Emanuel", "Herman", "Daniel", "Rofinus", "Siprianus", "Gabriel", "Nikolaus",
    "Hendrik", "Yunus", "Leonardus", "Simon", "Markus", "Thomas", "Vinsensius",
    "Yeremias", "Obed", "Semuel", "Ferdinandus", "Kristoforus", "Bonefasius",
)  # fmt: skip
FEMALE_NAMES = (
    "Maria", "Kristina", "Theresia", "Margaretha", "Elisabeth", "Veronika", "Yuliana",
    "Yosefina", "Fransiska", "Anastasia", "Bernadeta", "Florentina", "Ester", "Ruth",
    "Debora", "Sarlota", "Imelda", "Agnes", "Maria Goreti", "Katarina", "Yasinta",
    "Oktaviana", "Susana", "Adriana", "Marselina", "Yohana", "Natalia", "Dorkas",
)  # fmt: skip
FAMILY_NAMES = (
    "Ndun", "Bria", "Lay", "Tefa", "Manafe", "Nenobais", "Nope", "Benu", "Tallo", "Amalo",
    "Foeh", "Dethan", "Bessie", "Tanaem", "Mbete", "Lelo", "Bere", "Seran", "Nahak",
    "Klau", "Atok", "Mau", "Fallo", "Kase", "Lakapu", "Haning", "Pello", "Messakh",
    "Riwu Kaho", "Ratu", "Wadu", "Dida", "Kana", "Lado", "Lewar", "Wangge", "Gadi",
    "Dopo", "Rato", "Dhae", "Mite", "Parera", "da Costa", "Fernandez", "Ximenes",
    "Leki", "Tukan", "Kolin", "Making", "Huler", "Boli", "Beda", "Taek", "Neno", "Sae",
    "Ati", "Selan", "Ully", "Kapitan", "Mesak", "Nubatonis", "Toto", "Oematan", "Sabat",
)  # fmt: skip
PREFIX_TITLES = ("Drs. ", "Dra. ", "Ir. ", "dr. ", "H. ")
SUFFIX_TITLES = (
    ", S.H.", ", S.Pd.", ", S.E.", ", M.Si.", ", S.Sos.", ", S.Kep.", ", A.Md.", ", S.T.",
    ", S.Pd., M.Pd.", ", S.E., M.M.", ", S.Kom.",
)  # fmt: skip
EMAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com", "outlook.com")


@dataclass(frozen=True, slots=True)
class Workplace:
    unit: str
    town: str  # the town people write in the chronology
    address: str  # the incident location
    kind: str  # school | samsat | hospital | office


WORKPLACES: tuple[Workplace, ...] = (
    Workplace(
        "Badan Kepegawaian Daerah Provinsi NTT, Bidang Mutasi dan Promosi",
        "Kupang",
        "Kantor BKD Provinsi NTT, Jl. Basuki Rachmat, Kota Kupang",
        "bkd",
    ),
    Workplace(
        "Dinas Pendidikan dan Kebudayaan Provinsi NTT",
        "Kupang",
        "Kantor Dinas Pendidikan dan Kebudayaan Provinsi NTT, Jl. Soeharto, Kota Kupang",
        "office",
    ),
    Workplace(
        "Biro Umum Sekretariat Daerah Provinsi NTT",
        "Kupang",
        "Kantor Gubernur NTT, Jl. El Tari No. 52, Kota Kupang",
        "office",
    ),
    Workplace(
        "RSUD Prof. Dr. W. Z. Johannes Kupang",
        "Kupang",
        "RSUD Prof. Dr. W. Z. Johannes, Jl. Dr. Moh. Hatta No. 19, Kota Kupang",
        "hospital",
    ),
    Workplace(
        "Dinas Pekerjaan Umum dan Penataan Ruang Provinsi NTT",
        "Kupang",
        "Kantor Dinas PUPR Provinsi NTT, Jl. Palapa, Oebobo, Kota Kupang",
        "office",
    ),
    Workplace(
        "Badan Pendapatan dan Aset Daerah Provinsi NTT",
        "Kupang",
        "Kantor Bapenda Provinsi NTT, Jl. W. J. Lalamentik, Kota Kupang",
        "office",
    ),
    Workplace(
        "UPT Pendapatan Daerah Kota Kupang (Samsat)",
        "Kupang",
        "Kantor Samsat Kota Kupang, Jl. Frans Seda, Kota Kupang",
        "samsat",
    ),
    Workplace(
        "SMA Negeri 1 Soe",
        "Soe",
        "SMA Negeri 1 Soe, Kabupaten Timor Tengah Selatan",
        "school",
    ),
    Workplace(
        "UPT Pendapatan Daerah Kabupaten Timor Tengah Selatan (Samsat Soe)",
        "Soe",
        "Kantor Samsat Soe, Kabupaten Timor Tengah Selatan",
        "samsat",
    ),
    Workplace(
        "SMK Negeri 1 Kefamenanu",
        "Kefamenanu",
        "SMK Negeri 1 Kefamenanu, Kabupaten Timor Tengah Utara",
        "school",
    ),
    Workplace(
        "SMA Negeri 2 Atambua",
        "Atambua",
        "SMA Negeri 2 Atambua, Kabupaten Belu",
        "school",
    ),
    Workplace(
        "UPT Pendapatan Daerah Kabupaten Belu (Samsat Atambua)",
        "Atambua",
        "Kantor Samsat Atambua, Kabupaten Belu",
        "samsat",
    ),
    Workplace(
        "SMA Negeri 1 Betun",
        "Betun",
        "SMA Negeri 1 Betun, Kabupaten Malaka",
        "school",
    ),
    Workplace(
        "Cabang Dinas Pendidikan Wilayah Kabupaten Alor",
        "Kalabahi",
        "Kantor Cabang Dinas Pendidikan, Kalabahi, Kabupaten Alor",
        "office",
    ),
    Workplace(
        "SMA Negeri 1 Lewoleba",
        "Lewoleba",
        "SMA Negeri 1 Lewoleba, Kabupaten Lembata",
        "school",
    ),
    Workplace(
        "SMA Negeri 1 Larantuka",
        "Larantuka",
        "SMA Negeri 1 Larantuka, Kabupaten Flores Timur",
        "school",
    ),
    Workplace(
        "RSUD dr. T. C. Hillers Maumere",
        "Maumere",
        "RSUD dr. T. C. Hillers, Maumere, Kabupaten Sikka",
        "hospital",
    ),
    Workplace(
        "SMA Negeri 1 Maumere",
        "Maumere",
        "SMA Negeri 1 Maumere, Kabupaten Sikka",
        "school",
    ),
    Workplace(
        "Cabang Dinas Kelautan dan Perikanan Wilayah Flores",
        "Ende",
        "Kantor Cabang Dinas Kelautan dan Perikanan, Jl. Eltari, Ende",
        "office",
    ),
    Workplace(
        "SLB Negeri Ende",
        "Ende",
        "SLB Negeri Ende, Kabupaten Ende",
        "school",
    ),
    Workplace(
        "SMA Negeri 1 Mbay",
        "Mbay",
        "SMA Negeri 1 Mbay, Kabupaten Nagekeo",
        "school",
    ),
    Workplace(
        "SMA Negeri 1 Bajawa",
        "Bajawa",
        "SMA Negeri 1 Bajawa, Kabupaten Ngada",
        "school",
    ),
    Workplace(
        "SMA Negeri 1 Borong",
        "Borong",
        "SMA Negeri 1 Borong, Kabupaten Manggarai Timur",
        "school",
    ),
    Workplace(
        "SMA Negeri 1 Ruteng",
        "Ruteng",
        "SMA Negeri 1 Ruteng, Kabupaten Manggarai",
        "school",
    ),
    Workplace(
        "UPT Pendapatan Daerah Kabupaten Manggarai Barat (Samsat Labuan Bajo)",
        "Labuan Bajo",
        "Kantor Samsat Labuan Bajo, Kabupaten Manggarai Barat",
        "samsat",
    ),
    Workplace(
        "UPTD Pengelolaan Kawasan Wisata Labuan Bajo, Dinas Pariwisata Provinsi NTT",
        "Labuan Bajo",
        "Kantor UPTD Dinas Pariwisata, Labuan Bajo, Kabupaten Manggarai Barat",
        "office",
    ),
    Workplace(
        "SMA Negeri 1 Waingapu",
        "Waingapu",
        "SMA Negeri 1 Waingapu, Kabupaten Sumba Timur",
        "school",
    ),
    Workplace(
        "UPT Pendapatan Daerah Kabupaten Sumba Timur (Samsat Waingapu)",
        "Waingapu",
        "Kantor Samsat Waingapu, Kabupaten Sumba Timur",
        "samsat",
    ),
    Workplace(
        "SMA Negeri 1 Waikabubak",
        "Waikabubak",
        "SMA Negeri 1 Waikabubak, Kabupaten Sumba Barat",
        "school",
    ),
    Workplace(
        "UPTD Kesatuan Pengelolaan Hutan Sumba Barat Daya",
        "Tambolaka",
        "Kantor UPTD KPH, Tambolaka, Kabupaten Sumba Barat Daya",
        "office",
    ),
    Workplace(
        "SMA Negeri 1 Seba",
        "Seba",
        "SMA Negeri 1 Seba, Kabupaten Sabu Raijua",
        "school",
    ),
    Workplace(
        "UPT Pendapatan Daerah Kabupaten Rote Ndao (Samsat Ba'a)",
        "Ba'a",
        "Kantor Samsat Ba'a, Kabupaten Rote Ndao",
        "samsat",
    ),
    Workplace(
        "SMA Negeri 1 Lobalain",
        "Ba'a",
        "SMA Negeri 1 Lobalain, Kabupaten Rote Ndao",
        "school",
    ),
)

POSITIONS: dict[str, tuple[str, ...]] = {
    "school": (
        "Kepala Sekolah", "Wakil Kepala Sekolah Bidang Kesiswaan", "Bendahara Dana BOS",
        "Kepala Tata Usaha", "Guru Ahli Muda", "Guru Ahli Pertama", "Operator Dapodik",
    ),
    "samsat": (
        "Kepala UPT", "Kepala Seksi Penetapan dan Penagihan", "Bendahara Penerimaan",
        "Petugas Loket Pendaftaran", "Pengelola Data Kendaraan",
    ),
    "hospital": (
        "Kepala Instalasi Farmasi", "Kepala Ruangan Rawat Inap", "Perawat Ahli Muda",
        "Kepala Bagian Keuangan", "Pengadministrasi Rekam Medis",
    ),
    "office": (
        "Kepala Bidang", "Kepala Seksi", "Kepala Sub Bagian Umum dan Kepegawaian",
        "Bendahara Pengeluaran", "Pengelola Barang Milik Daerah", "Pengadministrasi Umum",
        "Pejabat Pembuat Komitmen",
    ),
    "bkd": (
        "Kepala Sub Bidang Mutasi", "Analis Kepegawaian Ahli Muda", "Pengelola Data Kepegawaian",
        "Pengadministrasi Kepegawaian", "Kepala Bidang Mutasi dan Promosi",
    ),
}  # fmt: skip

#: What a reporter was trying to get done at each kind of workplace.
MATTERS: dict[str, tuple[str, ...]] = {
    "school": (
        "pendaftaran anak saya pada penerimaan peserta didik baru",
        "ijazah anak saya",
        "surat pindah sekolah anak saya",
        "honor guru komite",
    ),
    "samsat": (
        "balik nama kendaraan",
        "perpanjangan STNK lima tahunan",
        "pembayaran pajak kendaraan bermotor",
        "mutasi kendaraan dari kabupaten lain",
    ),
    "hospital": (
        "rujukan pasien BPJS",
        "jadwal operasi orang tua saya",
        "hasil laboratorium keluarga saya",
        "surat keterangan sehat",
    ),
    "office": (
        "pencairan dana perjalanan dinas",
        "izin belajar",
        "pembayaran tagihan pekerjaan",
        "surat rekomendasi",
    ),
    "bkd": (
        "berkas kenaikan pangkat saya",
        "usulan mutasi saya ke kabupaten asal",
        "SK pensiun",
        "kartu pegawai elektronik",
        "pemberkasan pengangkatan PPPK",
    ),
}

PROJECTS = (
    "rehabilitasi ruang kelas",
    "pengadaan alat kesehatan",
    "pembangunan embung desa",
    "pengadaan komputer sekolah",
    "pemeliharaan jalan provinsi",
    "pengadaan bibit jagung",
)

#: The misconduct itself, per complaint type: "{name} selaku {position} ...".
CONDUCT: dict[str, tuple[str, ...]] = {
    "illegal_levies": (
        "meminta uang sebesar Rp {amount} agar {matter} dapat diproses lebih cepat",
        "menyampaikan bahwa {matter} tidak akan diproses tanpa 'uang administrasi' "
        "sebesar Rp {amount}",
        "meminta Rp {amount} di luar ketentuan resmi untuk {matter}",
    ),
    "bribery_gratification": (
        "menerima uang sebesar Rp {amount} dari rekanan proyek {project} agar perusahaan "
        "tersebut ditetapkan sebagai pemenang",
        "menerima pemberian uang Rp {amount} dan sebuah telepon genggam dari peserta seleksi "
        "jabatan",
        "meminta 'tanda terima kasih' sebesar Rp {amount} setelah {matter} selesai",
    ),
    "abuse_of_authority": (
        "menggunakan kendaraan dinas untuk keperluan keluarga di luar jam kerja dan ke luar daerah",
        "memindahkan beberapa staf tanpa prosedur karena dianggap tidak mendukungnya",
        "menandatangani Surat Perintah Perjalanan Dinas untuk perjalanan yang tidak pernah "
        "dilakukan",
        "mengangkat kerabatnya sebagai tenaga honorer tanpa seleksi",
    ),
    "discipline_violation": (
        "tidak masuk kantor selama {days} hari kerja berturut-turut tanpa keterangan",
        "hampir setiap hari meninggalkan kantor sebelum pukul 12.00 sehingga {matter} terhambat",
        "ikut berkampanye untuk salah satu calon kepala daerah dengan memakai seragam dinas",
    ),
    "conflict_of_interest": (
        "menjadi anggota panitia pengadaan {project}, padahal perusahaan pemenang milik "
        "adik kandungnya",
        "menilai sendiri berkas seleksi yang diikuti oleh anak kandungnya",
        "mengarahkan pembelian barang kantor ke toko milik istrinya",
    ),
    "code_of_ethics": (
        "membentak dan memaki saya di depan banyak orang ketika saya menanyakan {matter}",
        "mengunggah ujaran kebencian terhadap kelompok tertentu di media sosial",
        "berulang kali mengirim pesan yang tidak pantas kepada rekan kerja perempuan",
    ),
    "other": (
        "menahan pengurusan {matter} selama berbulan-bulan tanpa alasan yang jelas",
        "meminta masyarakat membeli barang dagangannya sebagai syarat pelayanan",
    ),
}

OPENINGS = (
    "Pada hari {day}, {date} sekitar pukul {hour} WITA, saya datang ke {place} untuk "
    "mengurus {matter}.",
    "Pada tanggal {date}, saya datang ke {place} untuk mengurus {matter}.",
    "Sejak awal {month} saya beberapa kali datang ke {place}; terakhir pada hari {day}, "
    "{date} pukul {hour} WITA.",
)
#: What followed: after a demand for money (illegal levies), and otherwise.
AFTERMATH_LEVY = (
    "Karena tidak punya pilihan, saya menyerahkan uang tersebut secara tunai tanpa kuitansi.",
    "Uang tersebut diminta ditransfer ke rekening pribadi, bukan ke rekening kantor.",
    "Saya menolak, dan sampai hari ini urusan saya belum juga diproses.",
)
AFTERMATH_OTHER = (
    "Hal ini sudah menjadi pembicaraan banyak orang di {town}.",
    "Beberapa pegawai lain mengetahui hal ini tetapi takut melapor.",
    "Perbuatan tersebut sudah berlangsung sejak beberapa bulan terakhir.",
)
WITNESSES = (
    "Kejadian tersebut disaksikan oleh {witness}, keluarga saya yang ikut mengantar.",
    "Saudara {witness} yang saat itu berada di ruangan yang sama dapat menjadi saksi.",
    "Saya menyimpan bukti percakapan WhatsApp dan foto yang saya lampirkan.",
    "Rekan saya, {witness}, juga pernah mengalami hal yang sama pada bulan lalu.",
)
CLOSINGS = (
    "Saya mohon BKD Provinsi NTT menindaklanjuti laporan ini.",
    "Mohon identitas saya dirahasiakan karena saya khawatir akan ada tekanan.",
    "Saya bersedia memberikan keterangan tambahan bila diperlukan.",
    "Saya berharap pelayanan kepada masyarakat menjadi lebih baik.",
)
SHORT_REPORTS = (
    "{name} di {town} sering meminta uang kepada masyarakat. Mohon ditindaklanjuti.",
    "Ada pegawai di {unit} yang jarang masuk kantor. Tolong diperiksa.",
    "Saya dengar ada pungutan di {town}. Mohon dicek.",
    "Pegawai {unit} bersikap kasar kepada warga yang datang.",
)

STAGE_REASONS: dict[str, tuple[str, ...]] = {
    "verification": (
        "Verifikasi kelengkapan laporan dimulai.",
        "Mulai pemeriksaan kelengkapan 4W1H dan bukti pendukung.",
        "Laporan diterima pemeriksa untuk diverifikasi.",
    ),
    "verification_again": (
        "Pelapor telah menyampaikan kelengkapan laporan melalui surel.",
        "Kelengkapan diterima: pelapor melampirkan bukti dan menjelaskan waktu kejadian.",
        "Pelapor datang langsung menyerahkan dokumen tambahan.",
    ),
    "awaiting_info": (
        "Kronologi belum menjelaskan waktu dan tempat kejadian; pelapor diminta melengkapi.",
        "Bukti pendukung belum dilampirkan; pelapor diminta melengkapi dalam 14 hari.",
        "Identitas terlapor belum jelas (jabatan dan unit kerja); pelapor diminta melengkapi.",
    ),
    "investigation": (
        "Laporan memenuhi unsur 4W1H dan didukung bukti; dilanjutkan ke penelaahan.",
        "Laporan lengkap. Pengumpulan informasi dan analisis dimulai.",
    ),
    # Neutral on letters: a case of the bulk has none, a worked case has them.
    "clarification": (
        "Perlu klarifikasi pelapor dan saksi terkait bukti yang disebutkan.",
        "Penelaahan selesai; pelapor dan saksi perlu didengar keterangannya.",
    ),
    "examination": (
        "Hasil penelaahan menunjukkan indikasi pelanggaran; terlapor diperiksa sesuai PP 94/2021.",
        "Keterangan pelapor dan saksi cukup; dilanjutkan dengan pemeriksaan terlapor.",
    ),
    Outcome.SUBSTANTIATED.value: (
        "Pelanggaran terbukti. Rekomendasi hukuman disiplin disampaikan kepada Pejabat "
        "Pembina Kepegawaian.",
        "Terlapor mengakui perbuatannya; pelanggaran disiplin terbukti.",
    ),
    Outcome.NOT_SUBSTANTIATED.value: (
        "Tidak ditemukan bukti yang cukup bahwa pelanggaran terjadi.",
        "Hasil penelaahan dokumen tidak mendukung laporan; laporan dinyatakan tidak terbukti.",
    ),
    Outcome.REFERRED.value: (
        "Terdapat dugaan tindak pidana; perkara dilimpahkan kepada Inspektorat Daerah "
        "Provinsi NTT.",
        "Dilimpahkan kepada Aparat Penegak Hukum untuk ditindaklanjuti.",
    ),
    CloseReason.INCOMPLETE_AFTER_DEADLINE.value: (
        "Pelapor tidak menyampaikan kelengkapan sampai batas waktu; laporan ditutup.",
    ),
    CloseReason.OUT_OF_SCOPE.value: (
        "Terlapor bukan ASN Pemerintah Provinsi NTT; pelapor diarahkan ke Inspektorat Kabupaten.",
        "Pokok laporan adalah sengketa perdata, di luar kewenangan BKD.",
    ),
    CloseReason.DUPLICATE.value: (
        "Laporan sama dengan laporan yang sudah terdaftar sebelumnya; ditutup sebagai duplikat.",
    ),
}

OFFICER_POSITIONS = (
    "Pemeriksa Kepegawaian Ahli Muda",
    "Pemeriksa Kepegawaian Ahli Pertama",
    "Analis Kepegawaian Ahli Madya",
    "Auditor Kepegawaian Ahli Muda",
)

#: How a stage share of the demo data looks (weights) and how old its cases are (days).
STAGE_WEIGHTS: dict[Stage, float] = {
    Stage.RECEIVED: 8,
    Stage.VERIFICATION: 12,
    Stage.AWAITING_INFO: 8,
    Stage.INVESTIGATION: 15,
    Stage.CLARIFICATION: 8,
    Stage.EXAMINATION: 7,
    Stage.CONCLUDED: 25,
    Stage.CLOSED: 17,
}
STAGE_AGE_DAYS: dict[Stage, tuple[float, float]] = {
    Stage.RECEIVED: (0.05, 9),
    Stage.VERIFICATION: (3, 35),
    Stage.AWAITING_INFO: (8, 40),
    Stage.INVESTIGATION: (20, 180),
    Stage.CLARIFICATION: (40, 240),
    Stage.EXAMINATION: (60, 300),
    Stage.CONCLUDED: (45, 730),
    Stage.CLOSED: (5, 730),
}
#: Days spent before each step (min, max), before scaling into the case's age.
STEP_DAYS: dict[str, tuple[float, float]] = {
    "assigned": (0.05, 2),
    "verification": (0.5, 5),
    "awaiting_info": (1, 7),
    "verification_again": (3, 13),
    "investigation": (2, 12),
    "clarification": (7, 30),
    "examination": (10, 35),
    "concluded": (7, 40),
    "closed_incomplete": (15, 20),
    "closed": (1, 10),
}
CHANNEL_WEIGHTS: dict[Channel, float] = {
    Channel.WEB: 45,
    Channel.PAPER: 20,
    Channel.EMAIL: 15,
    Channel.PHONE: 10,
    Channel.WALK_IN: 10,
}


# ============================================================================
# The worked cases: what officers write while they work a case

#: Notes an officer keeps while checking and investigating (``{unit}``, ``{town}``).
NOTES_VERIFICATION = (
    "Kronologi memuat waktu, tempat dan pelaku; bukti pendukung dicek ke tautan yang dilampirkan.",
    "Sudah dicek: terlapor tercatat sebagai ASN pada {unit}.",
    "Pelapor dihubungi lewat telepon untuk memastikan laporan benar dikirim olehnya.",
)
NOTES_INVESTIGATION = (
    "Meminta data absensi dan daftar hadir pegawai {unit} tiga bulan terakhir.",
    "Koordinasi dengan Kepala {unit} untuk permintaan dokumen pendukung.",
    "Bukti transfer dan tangkapan layar percakapan sudah diperiksa; cocok dengan kronologi.",
    "Telaah awal: terdapat indikasi pelanggaran disiplin; diusulkan klarifikasi pelapor dan saksi.",
    "Kunjungan lapangan ke {town}; keterangan awal dari dua pegawai dicatat.",
)
NOTES_HEARING = (
    "Undangan klarifikasi diantar langsung dan diterima oleh yang bersangkutan.",
    "Surat panggilan dikirim melalui pos tercatat dan pos-el dinas.",
    "Jadwal pemeriksaan dikonfirmasi lewat telepon kepada atasan langsung terlapor.",
)

#: Who a witness is (position at the workplace, or a private person).
WITNESS_POSITIONS = (
    "Staf Tata Usaha", "Bendahara", "Guru", "Pengadministrasi Umum", "Wiraswasta",
    "Orang tua siswa", "Petani", "Pegawai Honorer", "Perawat",
)  # fmt: skip

#: Where the office hears people.
HEARING_PLACES = (
    "Ruang Pemeriksaan BKD Provinsi NTT, Jl. Basuki Rachmat, Kota Kupang",
    "Ruang Rapat Bidang Pengembangan Aparatur, BKD Provinsi NTT, Kota Kupang",
)

#: Minutes (BAP): question and answer templates for each party. ``{matter}``,
#: ``{amount}``, ``{date}``, ``{unit}``, ``{accused}``, ``{town}`` are filled in.
QA_REPORTER = (
    (
        "Apakah Saudara dalam keadaan sehat dan bersedia memberikan keterangan?",
        "Ya, saya sehat dan bersedia.",
    ),
    (
        "Jelaskan apa yang Saudara alami pada tanggal {date}.",
        "Saya datang untuk mengurus {matter}. Saudara {accused} menyampaikan bahwa urusan saya "
        "baru bisa diproses bila saya memenuhi permintaannya.",
    ),
    (
        "Apakah ada orang lain yang mengetahui kejadian tersebut?",
        "Ada, keluarga saya yang ikut mengantar dan seorang pegawai di ruangan itu.",
    ),
    (
        "Bukti apa yang Saudara miliki?",
        "Tangkapan layar percakapan WhatsApp dan foto yang sudah saya serahkan.",
    ),
)
QA_WITNESS = (
    (
        "Apakah Saudara mengenal pelapor dan terlapor?",
        "Saya mengenal terlapor sebagai pegawai {unit}; pelapor saya kenal sejak kejadian itu.",
    ),
    (
        "Apa yang Saudara lihat atau dengar pada tanggal {date}?",
        "Saya berada di ruangan yang sama dan mendengar pembicaraan mengenai {matter}.",
    ),
    (
        "Apakah Saudara pernah mengalami atau mendengar hal serupa?",
        "Pernah mendengar dari warga lain di {town}, tetapi tidak melihat sendiri.",
    ),
)
QA_ACCUSED = (
    ("Apakah Saudara dalam keadaan sehat jasmani dan rohani?", "Ya, saya sehat."),
    (
        "Apa jabatan dan tugas Saudara di {unit}?",
        "Saya bertugas sesuai jabatan saya dan melayani urusan {matter}.",
    ),
    (
        "Benarkah pada tanggal {date} Saudara melakukan perbuatan sebagaimana dilaporkan?",
        "{admission}",
    ),
    (
        "Apakah ada hal lain yang ingin Saudara sampaikan?",
        "Saya mohon agar pemeriksaan ini dilakukan secara adil.",
    ),
)
ADMISSIONS = (
    "Benar, saya khilaf dan menyesali perbuatan saya.",
    "Tidak benar. Saya hanya menjelaskan persyaratan yang berlaku.",
    "Sebagian benar, tetapi uang tersebut untuk keperluan kantor, bukan untuk saya pribadi.",
)
STATEMENTS = (
    "Keterangan yang diberikan benar dan dibuat tanpa paksaan.",
    "Setelah dibacakan kembali, yang diperiksa menyatakan setuju dengan isi berita acara.",
)
REFUSALS = ("Terlapor menolak menandatangani berita acara tanpa alasan yang jelas.",)

#: What an officer asks a reporter for when the report is incomplete.
MISSING_ITEMS = (
    ("tanggal dan tempat kejadian",),
    ("bukti pendukung (foto, kuitansi atau tangkapan layar)",),
    ("nama lengkap dan jabatan terlapor", "unit kerja terlapor"),
)
REPLIES = (
    "Pelapor mengirimkan foto kuitansi dan menjelaskan tanggal kejadian melalui pos-el.",
    "Pelapor datang langsung menyerahkan dokumen tambahan.",
)

#: Conclusions (summary, recommendation) per outcome, and where cases go.
CONCLUSIONS: dict[str, tuple[tuple[str, str], ...]] = {
    Outcome.SUBSTANTIATED.value: (
        (
            "Berdasarkan keterangan pelapor, saksi dan terlapor serta bukti yang ada, pelanggaran "
            "disiplin terbukti.",
            "Direkomendasikan hukuman disiplin sedang kepada Pejabat Pembina Kepegawaian.",
        ),
        (
            "Terlapor mengakui perbuatannya; pelanggaran disiplin terbukti.",
            "Direkomendasikan hukuman disiplin ringan berupa teguran tertulis.",
        ),
    ),
    Outcome.NOT_SUBSTANTIATED.value: (
        (
            "Keterangan saksi tidak mendukung laporan; tidak ditemukan bukti yang cukup.",
            "Laporan tidak ditindaklanjuti; pelapor diberi tahu.",
        ),
    ),
    Outcome.REFERRED.value: (
        (
            "Terdapat dugaan tindak pidana yang bukan kewenangan BKD.",
            "Berkas dilimpahkan untuk ditindaklanjuti.",
        ),
    ),
}
REFERRED_TO = ("Inspektorat Daerah Provinsi NTT", "Kejaksaan Negeri Kupang")

#: Files attached to a worked case: (file name, description, kind of picture).
ATTACHMENTS = (
    ("foto-kuitansi.png", "Foto kuitansi pembayaran yang diserahkan pelapor"),
    ("tangkapan-layar-percakapan.png", "Tangkapan layar percakapan WhatsApp"),
    ("surat-pernyataan-saksi.pdf", "Pindaian surat pernyataan saksi"),
    ("daftar-hadir.pdf", "Pindaian daftar hadir pegawai"),
)
