"""Realistic letters of every kind, shared by the tests (and handy to look at)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from wbs_desktop.letters.model import (
    Addressee,
    Assignment,
    BlankForm,
    Disposition,
    ExaminationReport,
    Hearing,
    InviteReporter,
    Letter,
    Letterhead,
    LetterKind,
    LetterMeta,
    Minutes,
    Person,
    Receipt,
    RecoverySheet,
    ReporterNotice,
    RequestCompletion,
    RequestWitness,
    Signatory,
    SummonsAccused,
)

SIGNING_DATE = date(2026, 11, 28)
HEARING_DAY = date(2026, 12, 10)  # a Thursday, 8 working days after signing

HEAD = Letterhead(phone="(0380) 821000", email="wbs.bkd@nttprov.go.id")

SIGNATORY = Signatory(
    position="KEPALA BADAN KEPEGAWAIAN DAERAH\nPROVINSI NUSA TENGGARA TIMUR,",
    name="Dr. Yohanes Bosco Fernandez, S.H., M.Si.",
    rank="Pembina Utama Muda (IV/c)",
    nip="19700512 199503 1 004",
)

TEMBUSAN = (
    "Gubernur Nusa Tenggara Timur (sebagai laporan);",
    "Inspektur Daerah Provinsi Nusa Tenggara Timur;",
    "Arsip.",
)

HEARING = Hearing(
    day=HEARING_DAY,
    start=time(9, 0),
    place=(
        "Ruang Rapat Bidang Pembinaan dan Kinerja, Kantor BKD Provinsi NTT, "
        "Jl. Basuki Rachmat No. 1, Kupang"
    ),
    examiners=("Maria Goreti Lake, S.H.", "Paulus Ndun, S.Sos."),
)

ACCUSED = Addressee(
    name="Agustinus Benu, S.E.",
    position="Kepala Subbagian Keuangan",
    unit="Dinas Pendidikan dan Kebudayaan Provinsi NTT",
)

REPORTER = Addressee(name="Yuliana Manafe", address="Jl. Cak Doko No. 12, Oebobo, Kupang")
WITNESS = Addressee(
    name="Fransiskus Tefa",
    position="Bendahara Pengeluaran",
    unit="Dinas Pendidikan dan Kebudayaan Provinsi NTT",
)


def meta(number: str, hal: str = "", **kw: object) -> LetterMeta:
    return LetterMeta(number=number, date=SIGNING_DATE, hal=hal, tembusan=TEMBUSAN, **kw)  # type: ignore[arg-type]


def summons(second: bool = False) -> Letter:
    return Letter(
        kind=LetterKind.SUMMONS_ACCUSED_2 if second else LetterKind.SUMMONS_ACCUSED,
        meta=meta("800/127/BKD/XI/2026" if not second else "800/131/BKD/XI/2026"),
        letterhead=HEAD,
        signatory=SIGNATORY,
        content=SummonsAccused(
            addressee=ACCUSED,
            hearing=HEARING,
            nip="19811003 200604 1 012",
            rank="Penata Tingkat I (III/d)",
            subject_summary="penyalahgunaan wewenang dalam pengelolaan dana BOS",
            examiner=Person(
                name="Maria Goreti Lake, S.H.",
                nip="198203142006042011",
                rank="Penata Tingkat I (III/d)",
                position="Pemeriksa Ahli Muda",
            ),
            second=second,
            first_letter_number="800/098/BKD/XI/2026" if second else "",
            first_letter_date=date(2026, 11, 12) if second else None,
            first_hearing_date=date(2026, 11, 24) if second else None,
        ),
    )


def invite() -> Letter:
    return Letter(
        kind=LetterKind.INVITE_REPORTER,
        meta=meta("800/128/BKD/XI/2026"),
        letterhead=HEAD,
        signatory=SIGNATORY,
        content=InviteReporter(
            addressee=REPORTER,
            hearing=HEARING,
            register_number="WBS-2026-00042",
            bring=("Kartu identitas (KTP)", "Salinan bukti transfer yang disebut dalam pengaduan"),
        ),
    )


def witness() -> Letter:
    return Letter(
        kind=LetterKind.REQUEST_WITNESS,
        meta=meta("800/129/BKD/XI/2026"),
        letterhead=HEAD,
        signatory=SIGNATORY,
        content=RequestWitness(
            addressee=WITNESS,
            hearing=HEARING,
            register_number="WBS-2026-00042",
            subject_summary="dugaan pelanggaran disiplin",
        ),
    )


def completion() -> Letter:
    return Letter(
        kind=LetterKind.REQUEST_COMPLETION,
        meta=meta("800/130/BKD/XI/2026", sifat="Penting"),
        letterhead=HEAD,
        signatory=SIGNATORY,
        content=RequestCompletion(
            addressee=REPORTER,
            register_number="WBS-2026-00057",
            received_date=date(2026, 11, 20),
            missing=(
                "Waktu kejadian (When): tanggal atau perkiraan bulan terjadinya perbuatan;",
                "Pihak yang terlibat (Who): nama atau jabatan pegawai yang dilaporkan;",
                "Bukti pendukung berupa foto, dokumen, atau tautan yang dapat diperiksa.",
            ),
            reply_deadline=date(2026, 12, 14),
            contact=(
                "surel wbs.bkd@nttprov.go.id atau datang langsung ke loket WBS "
                "Kantor BKD Provinsi NTT"
            ),
            tracking_code="K7QF-3M9X",
        ),
    )


def receipt() -> Letter:
    return Letter(
        kind=LetterKind.RECEIPT,
        meta=LetterMeta(number="TT/0042/WBS/XI/2026", date=SIGNING_DATE, tembusan=()),
        letterhead=HEAD,
        signatory=Signatory(
            position="Petugas Penerima,", name="Theresia Ndolu", nip="19900214 201503 2 007"
        ),
        content=Receipt(
            register_number="WBS-2026-00042",
            tracking_code="K7QF-3M9X-TR2D",
            received_at=datetime(2026, 11, 28, 1, 15, tzinfo=UTC),  # 09.15 WITA
            channel_label="Datang langsung",
            complaint_type_label="Penyalahgunaan wewenang",
            received_by="Theresia Ndolu",
            attachments=("Formulir pengaduan (2 lembar)", "Fotokopi kuitansi (3 lembar)"),
            contact="telepon (0380) 821000 atau datang langsung ke loket WBS BKD Provinsi NTT",
            status_url="bkd.nttprov.go.id/web/wbs-bkdntt",
            verification_days=14,
        ),
    )


QA = (
    (
        "Apakah Saudara dalam keadaan sehat jasmani dan rohani serta bersedia diperiksa?",
        "Ya, saya sehat dan bersedia.",
    ),
    (
        "Apa jabatan Saudara pada bulan Juli 2026?",
        "Kepala Subbagian Keuangan pada Dinas Pendidikan dan Kebudayaan.",
    ),
    (
        "Jelaskan penggunaan dana BOS triwulan III yang dicairkan pada tanggal 14 Juli 2026!",
        "Dana dicairkan sesuai rencana kegiatan. Sebagian dipakai untuk pengadaan buku, sisanya "
        "masih "
        "tersimpan di rekening sekolah. Saya tidak pernah menerima uang dari kepala sekolah.",
    ),
)


def minutes(
    signed: bool | None = True, qa=QA, statements: str = "Tidak ada keterangan tambahan."
) -> Letter:
    return Letter(
        kind=LetterKind.MINUTES,
        letterhead=HEAD,
        content=Minutes(
            register_number="WBS-2026-00042",
            hearing=HEARING,
            examinee_name="Agustinus Benu, S.E.",
            examinee_role_label="Terlapor",
            examinee_details=(
                ("NIP", "19811003 200604 1 012"),
                ("Pangkat/Golongan", "Penata Tingkat I (III/d)"),
                ("Jabatan", "Kepala Subbagian Keuangan"),
                ("Unit Kerja", "Dinas Pendidikan dan Kebudayaan Provinsi NTT"),
            ),
            qa=qa,
            statements=statements,
            signed=signed,
            refusal_note="Terperiksa menyatakan keberatan atas jalannya pemeriksaan."
            if signed is False
            else "",
        ),
    )


def blank_form() -> Letter:
    from wbs_desktop.domain.catalog import CHANNEL_LABELS_ID, DEFAULT_COMPLAINT_TYPES

    return Letter(
        kind=LetterKind.BLANK_FORM,
        letterhead=HEAD,
        content=BlankForm(
            complaint_type_labels=tuple(t.label_id for t in DEFAULT_COMPLAINT_TYPES),
            channel_labels=tuple(CHANNEL_LABELS_ID.values()),
        ),
    )


RECOVERY_KEY = "WBSR-K3ZQ-7WMA-PX2D-R5TN-QH4C-VE6Y-LB7S-U2GF-M3XK-D9PA-W4JR-N6TC-H2QZ-EY5A"


def recovery_sheet() -> Letter:
    return Letter(
        kind=LetterKind.RECOVERY_SHEET,
        letterhead=HEAD,
        content=RecoverySheet(
            office_name="Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur",
            recovery_key=RECOVERY_KEY,
            fingerprint="AB12-CD34-EF56-7890",
            created_at=datetime(2026, 11, 28, 2, 30, tzinfo=UTC),
            created_by="Administrator Sistem (admin)",
        ),
    )


TEAM = (
    Person(
        name="Maria Goreti Lake, S.H.",
        nip="198203142006042011",
        rank="Penata Tingkat I (III/d)",
        position="Pemeriksa Ahli Muda",
    ),
    Person(
        name="Paulus Ndun, S.Sos.",
        nip="198506202010011015",
        rank="Penata (III/c)",
        position="Analis Sumber Daya Manusia Aparatur",
    ),
)
ACCUSED_PERSON = Person(
    name="Agustinus Benu, S.E.",
    nip="19811003 200604 1 012",
    rank="Penata Tingkat I (III/d)",
    position="Kepala Subbagian Keuangan",
)


def assignment() -> Letter:
    return Letter(
        kind=LetterKind.ASSIGNMENT,
        meta=meta("800/140/BKD/XI/2026", sifat="Rahasia"),
        letterhead=HEAD,
        signatory=SIGNATORY,
        content=Assignment(
            register_number="WBS-2026-00042",
            team=TEAM,
            accused=ACCUSED_PERSON,
            accused_unit="Dinas Pendidikan dan Kebudayaan Provinsi NTT",
            violation="penyalahgunaan wewenang dalam pengelolaan dana BOS",
        ),
    )


def disposition() -> Letter:
    return Letter(
        kind=LetterKind.DISPOSITION,
        meta=meta("800/141/BKD/XI/2026", sifat="Rahasia"),
        letterhead=HEAD,
        signatory=SIGNATORY,
        content=Disposition(
            register_number="WBS-2026-00042",
            received_date=date(2026, 11, 23),
            channel_label="Kertas (datang langsung)",
            complaint_type_label="Penyalahgunaan wewenang",
            instruction="Segera verifikasi kelengkapan dan laporkan dalam 5 hari kerja.",
            to="Yosef Nahak, S.H. (Pemeriksa)",
        ),
    )


def examination_report() -> Letter:
    return Letter(
        kind=LetterKind.EXAMINATION_REPORT,
        meta=meta("800/150/BKD/XII/2026", sifat="Rahasia"),
        letterhead=HEAD,
        content=ExaminationReport(
            register_number="WBS-2026-00042",
            accused=ACCUSED_PERSON,
            accused_unit="Dinas Pendidikan dan Kebudayaan Provinsi NTT",
            violation="penyalahgunaan wewenang dalam pengelolaan dana BOS",
            team=TEAM,
            assignment_number="800/140/BKD/XI/2026",
            findings="Terlapor mengakui menerima dana di luar ketentuan sebesar Rp 15.000.000.",
            evidence=("Berita acara pemeriksaan terlapor", "Salinan bukti transfer"),
            conclusion="Dugaan pelanggaran disiplin terbukti.",
            recommendation="Hukuman disiplin sedang berupa pemotongan tunjangan kinerja 25% "
            "selama 6 bulan.",
        ),
    )


def reporter_notice() -> Letter:
    return Letter(
        kind=LetterKind.REPORTER_NOTICE,
        meta=meta("800/151/BKD/XII/2026", hal="", sifat="Rahasia"),
        letterhead=HEAD,
        signatory=SIGNATORY,
        content=ReporterNotice(
            addressee=REPORTER, register_number="WBS-2026-00042", received_date=date(2026, 11, 23)
        ),
    )


def every_kind() -> dict[LetterKind, Letter]:
    return {
        LetterKind.SUMMONS_ACCUSED: summons(),
        LetterKind.SUMMONS_ACCUSED_2: summons(second=True),
        LetterKind.INVITE_REPORTER: invite(),
        LetterKind.REQUEST_WITNESS: witness(),
        LetterKind.REQUEST_COMPLETION: completion(),
        LetterKind.RECEIPT: receipt(),
        LetterKind.MINUTES: minutes(),
        LetterKind.BLANK_FORM: blank_form(),
        LetterKind.RECOVERY_SHEET: recovery_sheet(),
        LetterKind.ASSIGNMENT: assignment(),
        LetterKind.DISPOSITION: disposition(),
        LetterKind.EXAMINATION_REPORT: examination_report(),
        LetterKind.REPORTER_NOTICE: reporter_notice(),
    }
