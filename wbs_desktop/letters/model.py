"""What a letter says: plain frozen dataclasses, filled by the services layer.

The renderer prints these fields and fixed wording; it never looks anything
up and never adds case data of its own. All fields are keyword-only.

Confidentiality: the content classes of the letters in
:data:`kinds.REPORTER_FREE_KINDS` (to the accused, to a witness) have no field that
could carry the reporter's identity, so no such letter can print it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any


class LetterKind(StrEnum):
    SUMMONS_ACCUSED = "summons-accused"  # Surat Panggilan I (terlapor)
    SUMMONS_ACCUSED_2 = "summons-accused-2"  # Surat Panggilan II (terlapor)
    INVITE_REPORTER = "invite-reporter"  # undangan klarifikasi (pelapor)
    REQUEST_WITNESS = "request-witness"  # permintaan keterangan saksi
    REQUEST_COMPLETION = "request-completion"  # permintaan kelengkapan laporan
    RECEIPT = "receipt"  # tanda terima pengaduan
    MINUTES = "minutes"  # berita acara pemeriksaan
    BLANK_FORM = "blank-form"  # formulir pengaduan (kertas)
    RECOVERY_SHEET = "recovery-sheet"  # lembar kunci pemulihan
    ASSIGNMENT = "assignment"  # Surat Tugas (tim pemeriksa)
    DISPOSITION = "disposition"  # Lembar Disposisi
    EXAMINATION_REPORT = "examination-report"  # Laporan Hasil Pemeriksaan
    REPORTER_NOTICE = "reporter-notice"  # pemberitahuan tindak lanjut kepada pelapor


def _tuple_of_str(obj: object, name: str) -> None:
    """Accept any sequence of strings for a tuple field (stored as a tuple); reject a bare str."""
    value = getattr(obj, name)
    if isinstance(value, str | bytes) or not hasattr(value, "__iter__"):
        raise TypeError(f"{type(obj).__name__}.{name} must be a sequence of strings, not {value!r}")
    items = tuple(value)
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"{type(obj).__name__}.{name} holds a {type(item).__name__}: {item!r}")
    object.__setattr__(obj, name, items)


def _tuple_of_pairs(obj: object, name: str) -> None:
    value = getattr(obj, name)
    if isinstance(value, str | bytes) or not hasattr(value, "__iter__"):
        raise TypeError(f"{type(obj).__name__}.{name} must be a sequence of (str, str) pairs")
    items = []
    for pair in value:
        pair = tuple(pair)
        if len(pair) != 2 or not all(isinstance(p, str) for p in pair):
            raise TypeError(f"{type(obj).__name__}.{name} holds {pair!r}, not a (str, str) pair")
        items.append(pair)
    object.__setattr__(obj, name, tuple(items))


def _require_text(obj: object, *names: str) -> None:
    for name in names:
        value = getattr(obj, name)
        if not isinstance(value, str):
            raise TypeError(
                f"{type(obj).__name__}.{name} must be a str, not {type(value).__name__}"
            )


def _check_text_fields(obj: Any) -> None:
    """Every field annotated ``str`` must hold a str (an int NIP is a bug upstream)."""
    for f in fields(obj):
        if f.type in ("str", str):
            _require_text(obj, f.name)


# --- the frame of every letter ---------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Letterhead:
    """The kop surat. All of it is an admin setting; empty lines are left out."""

    government: str = "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR"
    agency: str = "BADAN KEPEGAWAIAN DAERAH"
    address: str = "Jl. Basuki Rachmat No. 1, Kupang, Nusa Tenggara Timur"
    phone: str = ""
    email: str = ""
    website: str = "bkd.nttprov.go.id"
    #: PNG or JPEG drawn at the left of the kop; None = the neutral emblem we ship.
    logo_path: str | None = None
    #: The office's logo as stored in the settings (PNG or JPEG bytes; an SVG
    #: logo is stored with its PNG rendition): wins over ``logo_path``.
    logo_data: bytes | None = None

    def __post_init__(self) -> None:
        _check_text_fields(self)
        if self.logo_path is not None and not isinstance(self.logo_path, str):
            object.__setattr__(self, "logo_path", str(self.logo_path))  # accept a Path


@dataclass(frozen=True, slots=True, kw_only=True)
class Signatory:
    """Who signs: position, name, rank (pangkat), NIP.

    ``position`` may span lines, e.g. "a.n. Kepala ...\\nSekretaris,".
    """

    position: str
    name: str
    rank: str = ""  # pangkat/golongan, e.g. "Pembina Tingkat I (IV/b)"
    nip: str = ""

    def __post_init__(self) -> None:
        _check_text_fields(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """A civil servant printed with their details: an examiner, a member of a team."""

    name: str
    nip: str = ""
    rank: str = ""  # pangkat/golongan
    position: str = ""  # jabatan

    def __post_init__(self) -> None:
        _check_text_fields(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class LetterMeta:
    """Nomor, Sifat, Lampiran, Hal, place and date of signing, Tembusan."""

    number: str
    date: date
    hal: str = ""  # empty: the standard subject of the kind (e.g. "Surat Panggilan I")
    place: str = "Kupang"
    sifat: str = "Rahasia"
    lampiran: str = "-"
    tembusan: tuple[str, ...] = ()

    @property
    def confidential(self) -> bool:
        """A Rahasia letter: RAHASIA at the top and bottom of every page."""
        return self.sifat.strip().casefold() in ("rahasia", "sangat rahasia")

    def __post_init__(self) -> None:
        _check_text_fields(self)
        if not isinstance(self.date, date) or isinstance(self.date, datetime):
            raise TypeError(f"LetterMeta.date must be a date, not {self.date!r}")
        _tuple_of_str(self, "tembusan")


@dataclass(frozen=True, slots=True, kw_only=True)
class Addressee:
    name: str
    position: str = ""
    unit: str = ""
    address: str = ""  # empty: "di Tempat"

    def __post_init__(self) -> None:
        _check_text_fields(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class Hearing:
    """When and where someone is to appear, and before whom."""

    day: date
    start: time
    place: str
    examiners: tuple[str, ...] = ()  # "menghadap kepada"
    zone_label: str = "WITA"
    end: time | None = None  # None: "s.d. selesai"

    def __post_init__(self) -> None:
        _check_text_fields(self)
        if not isinstance(self.day, date) or isinstance(self.day, datetime):
            raise TypeError(f"Hearing.day must be a date, not {self.day!r}")
        if not isinstance(self.start, time):
            raise TypeError(f"Hearing.start must be a time, not {self.start!r}")
        if self.end is not None and not isinstance(self.end, time):
            raise TypeError(f"Hearing.end must be a time or None, not {self.end!r}")
        _tuple_of_str(self, "examiners")


# --- what each kind says ------------------------------------------------------
# The three reporter-free contents below must never grow a field for the reporter.


@dataclass(frozen=True, slots=True, kw_only=True)
class SummonsAccused:
    """Surat Panggilan I/II to the accused civil servant in the form of PerBKN 6/2022
    (PP 94/2021), "untuk diperiksa"."""

    addressee: Addressee  # name, position (jabatan), unit (unit kerja)
    hearing: Hearing
    nip: str
    #: the words after "dugaan pelanggaran disiplin berupa", e.g. "penyalahgunaan wewenang"
    subject_summary: str
    rank: str = ""  # pangkat/golongan of the accused
    #: "untuk menghadap kepada": the examiner (the team's chair); None: the hearing's first
    examiner: Person | None = None
    second: bool = False
    # For the second summons: the first letter and the date the accused did not appear.
    first_letter_number: str = ""
    first_letter_date: date | None = None
    first_hearing_date: date | None = None

    def __post_init__(self) -> None:
        _check_text_fields(self)
        if self.second and not (self.first_letter_number.strip() and self.first_hearing_date):
            raise ValueError("a second summons needs first_letter_number and first_hearing_date")


@dataclass(frozen=True, slots=True, kw_only=True)
class InviteReporter:
    """Invitation to the reporter to clarify their report (klarifikasi)."""

    addressee: Addressee
    hearing: Hearing
    register_number: str
    bring: tuple[str, ...] = ()  # documents or evidence to bring, if any

    def __post_init__(self) -> None:
        _check_text_fields(self)
        _tuple_of_str(self, "bring")


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestWitness:
    """Request to a witness to appear "untuk dimintai keterangan"."""

    addressee: Addressee
    hearing: Hearing
    register_number: str
    subject_summary: str = ""  # optional, e.g. "dugaan pelanggaran disiplin"
    bring: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _check_text_fields(self)
        _tuple_of_str(self, "bring")


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestCompletion:
    """Request to the reporter for what the report lacks (4W1H, evidence), with a deadline."""

    addressee: Addressee
    register_number: str
    received_date: date
    missing: tuple[str, ...]  # human-readable Indonesian items
    reply_deadline: date
    contact: str  # where to send it, e.g. "surel wbs@... atau datang langsung ke ..."
    tracking_code: str = ""  # optional: lets the reporter quote it in the reply

    def __post_init__(self) -> None:
        _check_text_fields(self)
        _tuple_of_str(self, "missing")


@dataclass(frozen=True, slots=True, kw_only=True)
class Receipt:
    """Tanda terima pengaduan: given to the reporter; holds no identity of theirs.

    ``received_at`` must be aware; it is printed in the office's zone (WITA).
    """

    register_number: str
    tracking_code: str
    received_at: datetime
    channel_label: str
    complaint_type_label: str
    received_by: str  # the staff member's name
    attachments: tuple[str, ...] = ()  # documents/evidence handed over with the complaint
    contact: str = ""  # how to ask about progress, e.g. "telepon (0380) ... atau datang langsung"
    status_url: str = ""  # where the status can be checked with the code, if anywhere
    verification_days: int | None = None  # e.g. 14: "verifikasi paling lama 14 hari kerja"
    #: An anonymous report (surat kaleng): nobody the office could contact.
    anonymous: bool = False

    def __post_init__(self) -> None:
        _check_text_fields(self)
        _tuple_of_str(self, "attachments")
        if not isinstance(self.received_at, datetime):
            raise TypeError("Receipt.received_at must be a datetime")
        if self.received_at.tzinfo is None or self.received_at.utcoffset() is None:
            raise ValueError("Receipt.received_at must be timezone-aware")


@dataclass(frozen=True, slots=True, kw_only=True)
class Minutes:
    """Berita Acara Pemeriksaan: filled in, or a blank form to fill by hand.

    ``examinee_details``: (label, value) rows, e.g. ("NIP", "1985..."), ("Jabatan", ...).
    ``qa``: (question, answer) pairs; an empty answer prints writing lines.
    ``signed``: True signed, False the examinee refused (see ``refusal_note``), None not yet
    (blank form: signature lines only).
    """

    register_number: str
    hearing: Hearing
    examinee_name: str
    examinee_role_label: str  # "Terlapor", "Saksi", "Pelapor"
    examinee_details: tuple[tuple[str, str], ...] = ()
    qa: tuple[tuple[str, str], ...] = ()
    statements: str = ""  # further statements of the examinee
    signed: bool | None = None
    refusal_note: str = ""
    blank_questions: int = 8  # when qa is empty: how many numbered blank Q/A blocks

    def __post_init__(self) -> None:
        _check_text_fields(self)
        _tuple_of_pairs(self, "examinee_details")
        _tuple_of_pairs(self, "qa")
        if self.signed not in (True, False, None):
            raise TypeError("Minutes.signed must be True, False or None")


@dataclass(frozen=True, slots=True, kw_only=True)
class BlankForm:
    """The paper complaint form, in the order of the submission dialog."""

    complaint_type_labels: tuple[str, ...]
    channel_labels: tuple[str, ...] = ()  # office-use box: how it arrived
    chronology_lines: int = 14

    def __post_init__(self) -> None:
        _tuple_of_str(self, "complaint_type_labels")
        _tuple_of_str(self, "channel_labels")


@dataclass(frozen=True, slots=True, kw_only=True)
class RecoverySheet:
    """The one printout of the office's recovery key (never stored by the app)."""

    office_name: str
    recovery_key: str
    fingerprint: str
    created_at: datetime
    created_by: str
    #: The office root key's fingerprint (issue 19), to compare by eye with the
    #: one each workstation shows at login.
    root_fingerprint: str = ""

    def __post_init__(self) -> None:
        _check_text_fields(self)
        if not isinstance(self.created_at, datetime):
            raise TypeError("RecoverySheet.created_at must be a datetime")


def _tuple_of_people(obj: object, name: str) -> None:
    items = tuple(getattr(obj, name))
    for item in items:
        if not isinstance(item, Person):
            raise TypeError(f"{type(obj).__name__}.{name} holds a {type(item).__name__}")
    object.__setattr__(obj, name, items)


@dataclass(frozen=True, slots=True, kw_only=True)
class Assignment:
    """Surat Tugas: the head assigns the examination team (PP 94/2021 art. 27)."""

    register_number: str
    team: tuple[Person, ...]  # the chair first
    accused: Person  # who is to be examined (name, NIP, rank, position)
    accused_unit: str
    violation: str  # the words after "dugaan pelanggaran disiplin berupa"
    basis: tuple[str, ...] = (
        "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil",
        "Peraturan Badan Kepegawaian Negara Nomor 6 Tahun 2022 tentang Peraturan "
        "Pelaksanaan Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai "
        "Negeri Sipil",
    )

    def __post_init__(self) -> None:
        _check_text_fields(self)
        _tuple_of_people(self, "team")
        _tuple_of_str(self, "basis")
        if not self.team:
            raise ValueError("a Surat Tugas needs at least one member of the team")


@dataclass(frozen=True, slots=True, kw_only=True)
class Disposition:
    """Lembar Disposisi: the head's routing slip for a new report."""

    register_number: str
    received_date: date
    channel_label: str
    complaint_type_label: str
    instruction: str  # the head's instruction
    to: str  # the officer it goes to
    urgency: str = "Segera"  # Biasa / Segera / Sangat Segera

    def __post_init__(self) -> None:
        _check_text_fields(self)


@dataclass(frozen=True, slots=True, kw_only=True)
class ExaminationReport:
    """Laporan Hasil Pemeriksaan, signed by the examination team."""

    register_number: str
    accused: Person
    accused_unit: str
    violation: str
    team: tuple[Person, ...]
    assignment_number: str = ""  # the Surat Tugas it answers
    findings: str = ""
    evidence: tuple[str, ...] = ()
    conclusion: str = ""
    recommendation: str = ""  # the recommended kind of discipline

    def __post_init__(self) -> None:
        _check_text_fields(self)
        _tuple_of_people(self, "team")
        _tuple_of_str(self, "evidence")
        if not self.team:
            raise ValueError("a Laporan Hasil Pemeriksaan is signed by the team: name it")


@dataclass(frozen=True, slots=True, kw_only=True)
class ReporterNotice:
    """To the reporter: the report has been acted on (never the outcome's details)."""

    addressee: Addressee
    register_number: str
    received_date: date

    def __post_init__(self) -> None:
        _check_text_fields(self)


Content = (
    SummonsAccused
    | InviteReporter
    | RequestWitness
    | RequestCompletion
    | Receipt
    | Minutes
    | BlankForm
    | RecoverySheet
    | Assignment
    | Disposition
    | ExaminationReport
    | ReporterNotice
)

@dataclass(frozen=True, slots=True, kw_only=True)
class Letter:
    """One document to render.

    ``meta`` may be None for the receipt, minutes, blank form and recovery sheet.
    """

    kind: LetterKind
    content: Content
    meta: LetterMeta | None = None
    letterhead: Letterhead = field(default_factory=Letterhead)
    signatory: Signatory | None = None

    def __post_init__(self) -> None:
        from wbs_desktop.letters.kinds import SPECS  # the specs refer to the classes above

        object.__setattr__(self, "kind", LetterKind(self.kind))
        spec = SPECS[self.kind]
        expected = spec.content
        if not isinstance(self.content, expected):
            raise TypeError(
                f"a {self.kind} letter takes {expected.__name__}, not {type(self.content).__name__}"
            )
        if isinstance(self.content, SummonsAccused):
            is_second = self.kind is LetterKind.SUMMONS_ACCUSED_2
            if self.content.second != is_second:
                raise ValueError(
                    f"{self.kind} does not match SummonsAccused.second={self.content.second}"
                )
        if spec.numbered and self.meta is None:
            raise ValueError(f"a {self.kind} letter needs a LetterMeta (number, date)")
        if spec.signed and self.signatory is None:
            raise ValueError(f"a {self.kind} letter needs a Signatory")
