"""Realistic demo data: complaints from across Nusa Tenggara Timur in every stage.

Two halves:

* :class:`DemoGenerator` — pure: names, places, units and chronologies of NTT,
  a stage for each case and a believable timeline. Deterministic for a seed
  (the keys, case ids and tracking codes stay random: they are secrets).
* :func:`generate_demo_data` — writes the cases the way ``CaseService.submit``,
  ``assign`` and ``transition`` would have (same field encryption, key grants
  to every active admin and the recovery key plus the assigned officer, HMAC
  index entries, encrypted timeline events), but in batches of ~1000 cases per
  transaction with bulk inserts, so 100,000 cases take a minute or two instead
  of hours. One audit entry per batch (``demo_data_generated``) stands for the
  cases of that batch. Admin only (``Action.DEMO_DATA``).

The acting admin's own grants are stored already *wrapped* under their data key
— the form the service gives a sealed grant on its first use — which saves one
key exchange per grant now and another at the first read.
"""

from __future__ import annotations

import random
import secrets
import string
import time as _time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, func, insert, select, text, update
from sqlalchemy.orm import Session

from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.complaint import (
    AccusedInput,
    ComplaintInput,
    ReporterInput,
    normalized,
)
from wbs_desktop.domain.dates import DAY_NAMES_ID, OFFICE_TZ, format_date_id, utc_now
from wbs_desktop.domain.numbering import format_number
from wbs_desktop.domain.roles import Action, Role
from wbs_desktop.domain.stages import CloseReason, Outcome, Stage
from wbs_desktop.domain.text import normalize_nip, normalize_person_name
from wbs_desktop.domain.tracking import new_tracking_code, normalize_tracking_code
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.casefile import (
    MAX_REASON,
    REGISTER_COUNTER,
    seal_complaint,
    seal_field,
    to_json,
)
from wbs_desktop.services.errors import ServiceError
from wbs_desktop.storage import crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import (
    Case,
    CaseAssignment,
    CaseEvent,
    CaseIndex,
    CaseKeyGrant,
    Counter,
    User,
)
from wbs_desktop.storage.models import Office as OfficeRow

if TYPE_CHECKING:
    from wbs_desktop.services.workspace import Workspace

ProgressFn = Callable[[int, int], bool]  # (done, total) -> keep going?

DEFAULT_BATCH = 1000
DEMO_OFFICERS = 5
MAX_CASES = 1_000_000

# ============================================================================
# The people, places and words of NTT

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
        "Kronologi belum menjelaskan waktu dan tempat kejadian; surat permintaan "
        "kelengkapan dikirim kepada pelapor.",
        "Bukti pendukung belum dilampirkan; pelapor diminta melengkapi dalam 14 hari.",
        "Identitas terlapor belum jelas (jabatan dan unit kerja); pelapor diminta melengkapi.",
    ),
    "investigation": (
        "Laporan memenuhi unsur 4W1H dan didukung bukti; dilanjutkan ke penelaahan.",
        "Laporan lengkap. Pengumpulan informasi dan analisis dimulai.",
    ),
    "clarification": (
        "Pelapor dan saksi diundang untuk klarifikasi.",
        "Perlu klarifikasi pelapor terkait bukti dan saksi yang disebutkan.",
    ),
    "examination": (
        "Hasil penelaahan menunjukkan indikasi pelanggaran; terlapor dipanggil untuk "
        "diperiksa sesuai PP 94/2021.",
        "Surat panggilan pertama kepada terlapor dikirim; pemeriksaan terlapor dijadwalkan.",
    ),
    Outcome.SUBSTANTIATED.value: (
        "Pelanggaran terbukti. Rekomendasi hukuman disiplin disampaikan kepada Pejabat "
        "Pembina Kepegawaian.",
        "Terlapor mengakui perbuatannya; pelanggaran disiplin terbukti.",
    ),
    Outcome.NOT_SUBSTANTIATED.value: (
        "Tidak ditemukan bukti yang cukup bahwa pelanggaran terjadi.",
        "Keterangan saksi tidak mendukung laporan; laporan dinyatakan tidak terbukti.",
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
# The plan of one case


@dataclass(frozen=True, slots=True)
class PlannedEvent:
    at: datetime  # aware UTC
    kind: str  # submitted | assigned | transition
    from_stage: Stage | None
    to_stage: Stage | None
    reason: str = ""
    detail: dict[str, str] = field(default_factory=dict)
    by_officer: bool = False  # done by the assigned officer (else the admin)


@dataclass(frozen=True, slots=True)
class DemoCase:
    complaint: ComplaintInput  # normalized, valid
    stage: Stage
    outcome: Outcome | None
    officer_slot: int | None  # which officer works it (index into the officer list)
    events: tuple[PlannedEvent, ...]


@dataclass(frozen=True, slots=True)
class _Skeleton:
    received_at: datetime
    stage: Stage
    channel: Channel
    index: int  # the case's own random stream


@dataclass(frozen=True, slots=True)
class DemoResult:
    cases: int
    first_register: str | None
    last_register: str | None
    stage_counts: dict[Stage, int]
    officers_created: tuple[str, ...]
    officer_password: str | None  # set when officers were created with a generated one
    seconds: float
    cancelled: bool = False


def _ascii(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch in string.ascii_lowercase)


def _rupiah(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


class DemoGenerator:
    """Plans demo cases: deterministic for ``seed`` (content, stages, dates)."""

    def __init__(
        self,
        seed: int | str | None,
        complaint_types: Sequence[str],
        *,
        now: datetime | None = None,
        officers: int = DEMO_OFFICERS,
        avoid_names: Sequence[str] = (),
        avoid_nips: Sequence[str] = (),
    ) -> None:
        self.seed = seed if seed is not None else secrets.randbits(64)
        self.types = list(complaint_types) or ["other"]
        self.now = (now or utc_now()).replace(microsecond=0)
        self.officers = max(officers, 1)
        self.avoid_names = {normalize_person_name(n) for n in avoid_names}
        self.avoid_nips = {normalize_nip(n) for n in avoid_nips if n}
        rng = random.Random(f"{self.seed}:people")  # noqa: S311 - demo content, not secrets
        # A few accused turn up in several reports ("other reports on this person").
        self._repeat_accused = [self._accused(rng) for _ in range(40)]

    # -- the cases ----------------------------------------------------------

    def skeleton(self, count: int) -> list[_Skeleton]:
        """Stage, channel and receiving time of every case, oldest first."""
        rng = random.Random(f"{self.seed}:skeleton")  # noqa: S311 - demo content, not secrets
        stages = list(STAGE_WEIGHTS)
        weights = list(STAGE_WEIGHTS.values())
        chosen = rng.choices(stages, weights, k=count)
        # Every stage at least once when there is room for it.
        if count >= len(stages):
            slots = rng.sample(range(count), len(stages))
            for slot, stage in zip(slots, stages, strict=True):
                chosen[slot] = stage
        channels = rng.choices(list(CHANNEL_WEIGHTS), list(CHANNEL_WEIGHTS.values()), k=count)
        result = []
        for i, (stage, channel) in enumerate(zip(chosen, channels, strict=True)):
            low, high = STAGE_AGE_DAYS[stage]
            received = self._received_at(rng, rng.uniform(low, high), channel)
            result.append(_Skeleton(received, stage, channel, i))
        result.sort(key=lambda s: (s.received_at, s.index))
        return result

    def case(self, sk: _Skeleton) -> DemoCase:
        rng = random.Random(f"{self.seed}:case:{sk.index}")  # noqa: S311 - demo content, not secrets
        incomplete = sk.stage == Stage.AWAITING_INFO or (
            sk.stage == Stage.CLOSED and rng.random() < 0.5
        )
        complaint = self._complaint(rng, sk, incomplete=incomplete)
        outcome, events, officer_slot = self._timeline(rng, sk, incomplete)
        return DemoCase(complaint, sk.stage, outcome, officer_slot, events)

    def officer_identities(self) -> list[tuple[str, str, str, str]]:
        """(username, full name, NIP, position) of the demo officers."""
        rng = random.Random(f"{self.seed}:officers")  # noqa: S311 - demo content, not secrets
        people: list[tuple[str, str, str, str]] = []
        seen: set[str] = set()
        while len(people) < self.officers:
            female = rng.random() < 0.45
            first = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
            last = rng.choice(FAMILY_NAMES)
            full = f"{first} {last}"
            username = f"{_ascii(first.split()[0])}.{_ascii(last)}"
            if username in seen or normalize_person_name(full) in self.avoid_names:
                continue
            seen.add(username)
            nip = self._nip(rng, female)
            suffix = rng.choice(SUFFIX_TITLES)
            people.append((username, full + suffix, nip, rng.choice(OFFICER_POSITIONS)))
        return people

    # -- parts --------------------------------------------------------------

    def _received_at(self, rng: random.Random, age_days: float, channel: Channel) -> datetime:
        at = (self.now - timedelta(days=age_days)).astimezone(OFFICE_TZ)
        if channel in (Channel.PAPER, Channel.WALK_IN, Channel.PHONE):
            # Office hours on a weekday.
            day = at.date()
            while day.weekday() >= 5:
                day -= timedelta(days=1)
            minutes = rng.randint(8 * 60, 15 * 60 + 30)
            at = datetime.combine(day, time(minutes // 60, minutes % 60), OFFICE_TZ)
        at = at.astimezone(UTC).replace(microsecond=0)
        latest = self.now - timedelta(minutes=5)
        return min(at, latest)

    def _person(self, rng: random.Random, female: bool | None = None) -> tuple[str, bool]:
        if female is None:
            female = rng.random() < 0.45
        first = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
        if rng.random() < 0.25:
            first = f"{first} {rng.choice(FEMALE_NAMES if female else MALE_NAMES)}"
        return f"{first} {rng.choice(FAMILY_NAMES)}", female

    def _nip(self, rng: random.Random, female: bool) -> str:
        birth = date(rng.randint(1966, 1996), rng.randint(1, 12), rng.randint(1, 28))
        earliest = birth.year + 22
        latest = min(self.now.year - 1, birth.year + 35)
        year = rng.randint(min(earliest, latest), latest)
        gender = 2 if female else 1
        return f"{birth:%Y%m%d}{year:04d}{rng.randint(1, 12):02d}{gender}{rng.randint(1, 999):03d}"

    def _accused(self, rng: random.Random) -> AccusedInput:
        while True:
            name, female = self._person(rng)
            if normalize_person_name(name) not in self.avoid_names:
                break
        if rng.random() < 0.2:
            name = rng.choice(PREFIX_TITLES) + name
        elif rng.random() < 0.4:
            name = name + rng.choice(SUFFIX_TITLES)
        workplace = rng.choice(WORKPLACES)
        nip = self._nip(rng, female) if rng.random() < 0.6 else ""
        if nip in self.avoid_nips:
            nip = ""
        position = rng.choice(POSITIONS[workplace.kind]) if rng.random() < 0.85 else ""
        return AccusedInput(name=name, nip=nip, position=position, unit=workplace.unit)

    def _complaint(self, rng: random.Random, sk: _Skeleton, *, incomplete: bool) -> ComplaintInput:
        reporter_name, _ = self._person(rng)
        first, *_, last = reporter_name.split()
        has_phone = rng.random() < 0.85
        has_email = not has_phone or rng.random() < 0.5
        phone = ""
        if has_phone:
            prefix = rng.choice(("812", "813", "821", "822", "852", "853", "811", "815", "878"))
            phone = "+62" + prefix + "".join(rng.choices(string.digits, k=rng.randint(7, 9)))
        email = ""
        if has_email:
            email = (
                f"{_ascii(first)}.{_ascii(last)}{rng.randint(1, 99)}@{rng.choice(EMAIL_DOMAINS)}"
            )
        reporter = ReporterInput(
            name=reporter_name,
            phone=phone,
            email=email,
            consent_to_contact=rng.random() < 0.7,
        )
        code = rng.choice(self.types)
        repeat = rng.random() < 0.1
        accused = rng.choice(self._repeat_accused) if repeat else self._accused(rng)
        workplace = next((w for w in WORKPLACES if w.unit == accused.unit), WORKPLACES[0])
        received_day = sk.received_at.astimezone(OFFICE_TZ).date()
        incident = received_day - timedelta(days=rng.randint(1, 60))
        matter = rng.choice(MATTERS[workplace.kind])
        if incomplete:
            text = rng.choice(SHORT_REPORTS).format(
                name=accused.name, town=workplace.town, unit=workplace.unit
            )
            location = workplace.town if rng.random() < 0.5 else ""
            incident_date = incident if rng.random() < 0.3 else None
            links: tuple[str, ...] = ()
        else:
            text = self._chronology(rng, code, accused, workplace, incident, matter)
            location = workplace.address
            incident_date = incident
            links = tuple(self._link(rng) for _ in range(rng.choice((0, 1, 1, 1, 2, 3))))
        loss = code in ("illegal_levies", "bribery_gratification") or (
            code == "abuse_of_authority" and rng.random() < 0.3
        )
        estimate = None
        if loss and rng.random() < 0.85:
            estimate = rng.randint(10, 500) * 50_000
        complaint = ComplaintInput(
            channel=sk.channel,
            received_at=sk.received_at,
            reporter=reporter,
            complaint_type=code,
            accused=accused,
            location=location,
            incident_date=incident_date,
            chronology=text,
            material_loss=loss,
            loss_estimate=estimate,
            evidence_links=links,
        )
        return normalized(complaint)

    def _chronology(
        self,
        rng: random.Random,
        code: str,
        accused: AccusedInput,
        workplace: Workplace,
        incident: date,
        matter: str,
    ) -> str:
        values = {
            "day": DAY_NAMES_ID[incident.weekday()],
            "date": format_date_id(incident),
            "month": format_date_id(incident).split(" ", 1)[1],
            "hour": f"{rng.randint(8, 14):02d}.{rng.choice(('00', '15', '30', '45'))}",
            "place": workplace.address.split(",")[0],
            "matter": matter,
            "town": workplace.town,
            "amount": _rupiah(rng.randint(4, 200) * 50_000),
            "project": rng.choice(PROJECTS),
            "days": str(rng.randint(5, 30)),
            "witness": self._person(rng)[0],
        }
        who = accused.name
        if accused.position:
            who += f" selaku {accused.position}"
        conduct = rng.choice(CONDUCT.get(code, CONDUCT["other"])).format(**values)
        parts = [
            rng.choice(OPENINGS).format(**values),
            f"Saudara {who} {conduct}.",
        ]
        aftermath = AFTERMATH_LEVY if code == "illegal_levies" else AFTERMATH_OTHER
        parts.append(rng.choice(aftermath).format(**values))
        parts.append(rng.choice(WITNESSES).format(**values))
        parts.append(rng.choice(CLOSINGS))
        return "\n\n".join(parts) if rng.random() < 0.3 else " ".join(parts)

    def _link(self, rng: random.Random) -> str:
        chars = string.ascii_letters + string.digits
        kind = rng.random()
        if kind < 0.55:
            return f"https://drive.google.com/file/d/{''.join(rng.choices(chars, k=33))}/view"
        if kind < 0.8:
            return f"https://photos.app.goo.gl/{''.join(rng.choices(chars, k=17))}"
        if kind < 0.9:
            return f"https://www.youtube.com/watch?v={''.join(rng.choices(chars, k=11))}"
        return f"https://www.dropbox.com/s/{''.join(rng.choices(chars, k=15)).lower()}/bukti.pdf"

    # -- the timeline -------------------------------------------------------

    def _timeline(
        self, rng: random.Random, sk: _Skeleton, incomplete: bool
    ) -> tuple[Outcome | None, tuple[PlannedEvent, ...], int | None]:
        """The steps from "received" to the case's stage, spread over its age."""
        stage = sk.stage
        outcome: Outcome | None = None
        close_reason: CloseReason | None = None
        # (step name, target stage) in order; "assigned" has no target.
        steps: list[tuple[str, Stage | None]] = []
        assigned = stage != Stage.RECEIVED or rng.random() < 0.35
        if stage == Stage.CLOSED:
            if incomplete:
                close_reason = CloseReason.INCOMPLETE_AFTER_DEADLINE
            else:
                close_reason = rng.choice((CloseReason.OUT_OF_SCOPE, CloseReason.DUPLICATE))
            if close_reason != CloseReason.INCOMPLETE_AFTER_DEADLINE and rng.random() < 0.5:
                assigned = False  # closed by the admin straight away
        if assigned:
            steps.append(("assigned", None))
        if stage == Stage.CLOSED:
            if close_reason == CloseReason.INCOMPLETE_AFTER_DEADLINE:
                steps += [
                    ("verification", Stage.VERIFICATION),
                    ("awaiting_info", Stage.AWAITING_INFO),
                    ("closed_incomplete", Stage.CLOSED),
                ]
            elif assigned:
                steps += [("verification", Stage.VERIFICATION), ("closed", Stage.CLOSED)]
            else:
                steps.append(("closed", Stage.CLOSED))
        elif stage != Stage.RECEIVED:
            steps.append(("verification", Stage.VERIFICATION))
            if stage == Stage.AWAITING_INFO:
                steps.append(("awaiting_info", Stage.AWAITING_INFO))
            elif stage != Stage.VERIFICATION:
                if rng.random() < 0.15:
                    steps += [
                        ("awaiting_info", Stage.AWAITING_INFO),
                        ("verification_again", Stage.VERIFICATION),
                    ]
                steps.append(("investigation", Stage.INVESTIGATION))
                if stage == Stage.CLARIFICATION or (
                    stage in (Stage.EXAMINATION, Stage.CONCLUDED) and rng.random() < 0.6
                ):
                    steps.append(("clarification", Stage.CLARIFICATION))
                if stage == Stage.EXAMINATION or (stage == Stage.CONCLUDED and rng.random() < 0.6):
                    steps.append(("examination", Stage.EXAMINATION))
                if stage == Stage.CONCLUDED:
                    steps.append(("concluded", Stage.CONCLUDED))
        if stage == Stage.CONCLUDED:
            outcome = rng.choices(
                (Outcome.SUBSTANTIATED, Outcome.NOT_SUBSTANTIATED, Outcome.REFERRED),
                (35, 45, 20),
            )[0]

        gaps = [rng.uniform(*STEP_DAYS[name]) for name, _ in steps]
        span = (self.now - sk.received_at).total_seconds() / 86400
        budget = span * 0.85
        total = sum(gaps)
        if total > budget:
            gaps = [g * budget / total for g in gaps]

        events = [PlannedEvent(sk.received_at, "submitted", None, Stage.RECEIVED)]
        at = sk.received_at
        current = Stage.RECEIVED
        for (name, target), gap in zip(steps, gaps, strict=True):
            at = self._office_time(rng, at + timedelta(days=gap), at)
            if target is None:
                events.append(PlannedEvent(at, "assigned", None, None))
                continue
            detail: dict[str, str] = {}
            if name == "concluded":
                assert outcome is not None
                key = outcome.value
                detail["outcome"] = outcome.value
            elif target == Stage.CLOSED:
                assert close_reason is not None
                key = close_reason.value
                detail["close_reason"] = close_reason.value
            else:
                key = name
            events.append(
                PlannedEvent(
                    at,
                    "transition",
                    current,
                    target,
                    rng.choice(STAGE_REASONS[key]),
                    detail,
                    by_officer=assigned,
                )
            )
            current = target
        assert current == stage, (current, stage)
        slot = rng.randrange(self.officers) if assigned else None
        return outcome, tuple(events), slot

    def _office_time(self, rng: random.Random, at: datetime, after: datetime) -> datetime:
        """``at`` moved into office hours (08.00–16.00 WITA), after ``after``, not past now."""
        local = at.astimezone(OFFICE_TZ)
        if not 8 <= local.hour < 16 or local.weekday() >= 5:
            day = local.date() if local.hour < 8 else local.date() + timedelta(days=1)
            while day.weekday() >= 5:
                day += timedelta(days=1)
            minutes = rng.randint(8 * 60, 10 * 60)
            local = datetime.combine(day, time(minutes // 60, minutes % 60), OFFICE_TZ)
        result = local.astimezone(UTC).replace(microsecond=0)
        latest = self.now - timedelta(minutes=1)
        earliest = after + timedelta(minutes=1)
        if result > latest:
            result = max(earliest, latest - timedelta(minutes=rng.randint(0, 30)))
        return max(result, earliest)


# ============================================================================
# Writing them


@dataclass(frozen=True, slots=True)
class _UserStub:
    username: str
    full_name: str
    nip: str
    role: str
    active: bool


@dataclass(frozen=True, slots=True)
class _Officer:
    id: int
    full_name: str
    nip: str  # normalized
    name_key: str  # normalize_person_name(full_name)
    recipient: keystore.Recipient


@dataclass
class _Context:
    admin_id: int
    data_key: bytes  # the acting admin's: their grants are stored wrapped
    sealed_to: list[keystore.Recipient]  # other active admins and the recovery key
    officers: list[_Officer]
    pattern: str
    calendar: Any
    deadlines: settings_store.Deadlines
    index_key: bytes
    tracking_key: bytes
    stage_counts: dict[Stage, int] = field(default_factory=dict)


def generate_demo_data(
    ws: Workspace,
    count: int,
    *,
    seed: int | str | None = None,
    batch_size: int = DEFAULT_BATCH,
    progress: ProgressFn | None = None,
    officer_password: str | None = None,
    now: datetime | None = None,
) -> DemoResult:
    """Add ``count`` demo cases (admin only). Returns what was made.

    Officers are created first when the office has none (with
    ``officer_password``, or a generated one returned in the result).
    ``progress(done, total)`` is called after each committed batch; returning
    False stops after that batch (the committed cases stay).
    """
    actor = ws.actor
    actor.require(Action.DEMO_DATA)
    if count < 1 or count > MAX_CASES:
        raise ServiceError(f"the number of demo cases must be 1 to {MAX_CASES:,}")
    if actor.index_key is None or actor.tracking_key is None:
        raise ServiceError("this account holds no office index key")
    started = _time.monotonic()
    types = [t.code for t in ws.cases.complaint_types()]
    with ws.read() as session:
        users = [
            _UserStub(*row)
            for row in session.execute(
                select(User.username, User.full_name, User.nip, User.role, User.active)
            )
        ]
    generator = DemoGenerator(
        seed,
        types,
        now=now,
        avoid_names=[u.full_name for u in users],
        avoid_nips=[u.nip for u in users],
    )

    created, generated_password = _ensure_officers(ws, generator, users, officer_password)
    ctx = _load_context(ws)
    if not ctx.officers:
        raise ServiceError("no active officer or admin to assign the demo cases to")

    plan = generator.skeleton(count)
    done = 0
    first = last = None
    cancelled = False
    for start in range(0, count, max(batch_size, 1)):
        batch = [generator.case(sk) for sk in plan[start : start + batch_size]]
        with ws.write() as session:
            registers = _write_batch(ws, session, ctx, batch)
            ws.record(
                session,
                "demo_data_generated",
                details={"count": len(batch), "first": registers[0], "last": registers[-1]},
            )
        first = first or registers[0]
        last = registers[-1]
        done += len(batch)
        if progress is not None and not progress(done, count) and done < count:
            cancelled = True
            break
    return DemoResult(
        cases=done,
        first_register=first,
        last_register=last,
        stage_counts=dict(ctx.stage_counts),
        officers_created=tuple(created),
        officer_password=generated_password,
        seconds=_time.monotonic() - started,
        cancelled=cancelled,
    )


def _ensure_officers(
    ws: Workspace, generator: DemoGenerator, users: list[_UserStub], password: str | None
) -> tuple[list[str], str | None]:
    """Create the demo officers through the account service when there are none."""
    if any(u.active and u.role == Role.OFFICER.value for u in users):
        return [], None
    generated = None
    if password is None:
        generated = password = "Demo-" + "-".join(
            "".join(secrets.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(4))
            for _ in range(3)
        )
    taken = {u.username for u in users}
    created = []
    for username, full_name, nip, position in generator.officer_identities():
        if username in taken:
            continue
        ws.accounts.add_user(
            username, full_name, Role.OFFICER, password, nip=nip, position=position
        )
        created.append(username)
    return created, generated


def _load_context(ws: Workspace) -> _Context:
    actor = ws.actor
    assert actor.index_key is not None and actor.tracking_key is not None
    with ws.read() as session:
        office = session.scalars(select(OfficeRow)).one()
        admins = list(
            session.scalars(
                select(User).where(User.role == Role.ADMIN.value, User.active.is_(True))
            )
        )
        officers = list(
            session.scalars(
                select(User)
                .where(User.role == Role.OFFICER.value, User.active.is_(True))
                .order_by(User.id)
            )
        )
        if not officers:
            officers = admins
        trust = ws.office.trust

        def recipient(u: User) -> keystore.Recipient:
            # Keys are sealed only to a record that matches its certificate.
            if trust is not None:
                return trust.recipient(session, u)
            return keystore.Recipient(keystore.user_holder(u.id), u.id, u.exchange_public)

        if trust is not None:
            admins = trust.certified_admins(session)
        sealed_to = [recipient(u) for u in admins if u.id != actor.id]
        sealed_to.append(
            trust.recovery_recipient(session)
            if trust is not None
            else keystore.Recipient(keystore.RECOVERY_HOLDER, None, office.recovery_public)
        )
        return _Context(
            admin_id=actor.id,
            data_key=actor.secrets.data_key,
            sealed_to=sealed_to,
            officers=[
                _Officer(
                    u.id,
                    u.full_name,
                    normalize_nip(u.nip),
                    normalize_person_name(u.full_name),
                    recipient(u),
                )
                for u in officers
            ],
            pattern=settings_store.get(session, "numbering.register"),
            calendar=settings_store.calendar(session),
            deadlines=settings_store.deadlines(session),
            index_key=actor.index_key,
            tracking_key=actor.tracking_key,
        )


def _reserve_numbers(session: Session, name: str, year: int, n: int) -> int:
    """Take ``n`` consecutive numbers of a yearly counter; returns the first.

    Like :func:`wbs_desktop.storage.db.next_number` (same counter, same
    transaction discipline), ``n`` at a time.
    """
    value = session.execute(
        update(Counter)
        .where(Counter.name == name, Counter.year == year)
        .values(value=Counter.value + n)
        .returning(Counter.value)
    ).scalar_one_or_none()
    if value is None:
        session.execute(insert(Counter).values(name=name, year=year, value=n))
        value = n
    return int(value) - n + 1


def _grant_rows(
    ctx: _Context, case_id: str, keys: keystore.CaseKeys, officer: _Officer | None
) -> list[dict[str, Any]]:
    """The grants ``keystore.grant_case_keys`` would add (and the acting admin's
    already re-wrapped, as after their first use)."""
    assert keys.identity is not None
    rows = []
    recipients = list(ctx.sealed_to)
    if (
        officer is not None
        and officer.id != ctx.admin_id
        and all(r.holder != officer.recipient.holder for r in recipients)
    ):
        recipients.append(officer.recipient)
    for kind, key in ((keystore.CONTENT, keys.content), (keystore.IDENTITY, keys.identity)):
        purpose = keystore._case_purpose(case_id, kind, keys.version)
        rows.append(
            {
                "case_id": case_id,
                "holder": keystore.user_holder(ctx.admin_id),
                "user_id": ctx.admin_id,
                "key_kind": kind,
                "key_version": keys.version,
                "form": "wrapped",
                "blob": crypto.wrap(ctx.data_key, key, purpose=purpose),
            }
        )
        for r in recipients:
            rows.append(
                {
                    "case_id": case_id,
                    "holder": r.holder,
                    "user_id": r.user_id,
                    "key_kind": kind,
                    "key_version": keys.version,
                    "form": "sealed",
                    "blob": crypto.seal(r.exchange_public, key, purpose=purpose),
                }
            )
    return rows


def _accused_keys(c: ComplaintInput) -> tuple[str, str]:
    """The accused's look-up keys: normalized name and NIP (either may be empty)."""
    return normalize_person_name(c.accused.name), normalize_nip(c.accused.nip)


def _index_rows(
    ctx: _Context, case_id: str, tracking: str, accused: tuple[str, str]
) -> list[dict[str, Any]]:
    """The entries ``CaseService._index`` adds for a case."""
    name, nip = accused
    entries = [("tracking", normalize_tracking_code(tracking))]
    if name:
        entries.append(("accused_name", name))
    if nip:
        entries.append(("accused_nip", nip))
    return [
        {
            "case_id": case_id,
            "kind": kind,
            "digest": crypto.index_digest(
                ctx.tracking_key if kind == "tracking" else ctx.index_key, kind, v
            ),
        }
        for kind, v in entries
    ]


def _pick_officer(ctx: _Context, slot: int | None, accused: tuple[str, str]) -> _Officer | None:
    """The officer for the slot, skipping one who is the accused (conflict of interest)."""
    if slot is None:
        return None
    name, nip = accused
    for k in range(len(ctx.officers)):
        officer = ctx.officers[(slot + k) % len(ctx.officers)]
        if officer.name_key != name and not (nip and officer.nip == nip):
            return officer
    return None


def _event_ids(session: Session, n: int) -> list[int]:
    """``n`` fresh ids for timeline events, taken before the rows are written: the
    encrypted detail binds its row id. Safe because writers are serialised (the
    write transaction holds the audit head); on PostgreSQL they come from the
    column's own sequence."""
    if n == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            text(
                "SELECT nextval(pg_get_serial_sequence('case_events', 'id')) "
                "FROM generate_series(1, :n)"
            ),
            {"n": n},
        )
        return [int(v) for (v,) in rows]
    top = session.scalar(select(func.max(CaseEvent.id))) or 0
    return list(range(top + 1, top + n + 1))


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


def _write_batch(
    ws: Workspace, session: Session, ctx: _Context, batch: list[DemoCase]
) -> list[str]:
    conn = session.connection()
    first_seq: dict[int, int] = {}
    per_year: dict[int, int] = {}
    for dc in batch:
        year = dc.complaint.received_at.astimezone(OFFICE_TZ).year
        per_year[year] = per_year.get(year, 0) + 1
    for year, n in per_year.items():
        first_seq[year] = _reserve_numbers(session, REGISTER_COUNTER, year, n)

    case_rows: list[dict[str, Any]] = []
    grant_rows: list[dict[str, Any]] = []
    index_rows: list[dict[str, Any]] = []
    assignment_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    event_payloads: list[tuple[keystore.CaseKeys, bytes]] = []
    registers: list[str] = []
    for dc in batch:
        c = dc.complaint
        received_day = c.received_at.astimezone(OFFICE_TZ).date()
        seq = first_seq[received_day.year]
        first_seq[received_day.year] = seq + 1
        register = format_number(ctx.pattern, seq=seq, on=received_day)
        registers.append(register)
        case_id = uuid.uuid4().hex
        keys = keystore.CaseKeys.generate()
        tracking = new_tracking_code()
        accused = _accused_keys(c)
        officer = _pick_officer(ctx, dc.officer_slot, accused)

        last = dc.events[-1]
        version = 1
        updated_by = ctx.admin_id
        stage_changed_at = dc.events[0].at
        awaiting_since: date | None = None
        for ev in dc.events:
            actor_id = officer.id if ev.by_officer and officer is not None else ctx.admin_id
            detail = dict(ev.detail)
            kind = ev.kind
            if kind == "assigned":
                if officer is None:
                    continue
                detail["officer"] = officer.full_name
            if kind != "submitted":
                version += 1
                updated_by = actor_id
            if kind == "transition":
                stage_changed_at = ev.at
                if ev.to_stage == Stage.AWAITING_INFO:
                    awaiting_since = ev.at.astimezone(OFFICE_TZ).date()
            event_rows.append(
                {
                    "case_id": case_id,
                    "at": ev.at,
                    "actor_id": actor_id,
                    "kind": kind,
                    "from_stage": ev.from_stage.value if ev.from_stage else None,
                    "to_stage": ev.to_stage.value if ev.to_stage else None,
                    "detail_ct": None,
                }
            )
            payload = to_json({"reason": ev.reason[:MAX_REASON], **detail})
            event_payloads.append((keys, payload))

        due_date: date | None = None
        due_kind: str | None = None
        if dc.stage == Stage.RECEIVED:
            due_date = ctx.calendar.add_working_days(
                received_day, ctx.deadlines.first_response_working_days
            )
            due_kind = "first_response"
        elif dc.stage == Stage.AWAITING_INFO and awaiting_since is not None:
            due_date = awaiting_since + timedelta(days=ctx.deadlines.reply_days)
            due_kind = "reply"

        case_rows.append(
            {
                "id": case_id,
                "register_number": register,
                "register_year": received_day.year,
                "register_seq": seq,
                "received_at": c.received_at,
                "channel": c.channel.value,
                "complaint_type": c.complaint_type,
                "stage": dc.stage.value,
                "stage_changed_at": stage_changed_at,
                "first_response_at": min(
                    (e.at for e in dc.events if e.from_stage == Stage.RECEIVED and e.to_stage),
                    default=None),
                "verified_at": min(
                    (e.at for e in dc.events if e.to_stage == Stage.VERIFICATION), default=None),
                "outcome": dc.outcome.value if dc.outcome else None,
                "due_date": due_date,
                "due_kind": due_kind,
                "created_by": ctx.admin_id,
                "created_at": dc.events[0].at,
                "updated_at": last.at,
                "updated_by": updated_by,
                "version": version,
                "key_version": keys.version,
                "mark": "demo",  # left out of the figures (services.reports)
                **seal_complaint(case_id, keys, c, tracking),
            }
        )
        grant_rows += _grant_rows(ctx, case_id, keys, officer)
        index_rows += _index_rows(ctx, case_id, tracking, accused)
        if officer is not None:
            assigned_at = next((e.at for e in dc.events if e.kind == "assigned"), last.at)
            assignment_rows.append(
                {
                    "case_id": case_id,
                    "user_id": officer.id,
                    "assigned_at": assigned_at,
                    "assigned_by": ctx.admin_id,
                }
            )
        ctx.stage_counts[dc.stage] = ctx.stage_counts.get(dc.stage, 0) + 1

    conn.execute(insert(_table(Case)), case_rows)
    conn.execute(insert(_table(CaseKeyGrant)), grant_rows)
    conn.execute(insert(_table(CaseIndex)), index_rows)
    if assignment_rows:
        conn.execute(insert(_table(CaseAssignment)), assignment_rows)
    ids = _event_ids(session, len(event_rows))
    for row, event_id, (keys, payload) in zip(event_rows, ids, event_payloads, strict=True):
        row["id"] = event_id
        row["detail_ct"] = seal_field(keys, CaseEvent.detail_ct, event_id, payload)
    conn.execute(insert(_table(CaseEvent)), event_rows)
    return registers


__all__ = ["DemoCase", "DemoGenerator", "DemoResult", "generate_demo_data"]
