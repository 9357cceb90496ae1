"""One spec per letter kind: everything the app knows about a kind, in one row.

Every other table of kinds (titles, content types, numbered, reporter-free,
addressee role, hearing, builder, the window's labels, the CLI's list) is
derived from :data:`SPECS`. A new kind is one ``LetterKind`` member, one
content class in :mod:`model`, one builder function and one entry here (plus
its drafting in ``services/letters.py`` when it is drafted from a case).

No Qt and no reportlab here: builders are named ("module:function" inside
``wbs_desktop.letters``) and imported on the first render.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from wbs_desktop.domain.parties import AddresseeRole, Party
from wbs_desktop.domain.stages import Stage
from wbs_desktop.letters import model as M
from wbs_desktop.letters.model import LetterKind

#: Whom a letter is about or addressed to (the domain's addressee role); it also
#: says which case key holds it: everything that names the reporter goes under
#: the case's identity key.
Recipient = AddresseeRole
#: A kind that belongs to a hearing of any party (the minutes).
ANY_PARTY = "any"


class Source(StrEnum):
    """Where a kind is made."""

    CASE = "case"  # drafted from a case by the letter service (wbs-admin letter REGISTER KIND)
    RECEIPT = "receipt"  # made at submission (or later for an imported case)
    OFFICE = "office"  # not tied to a case (the blank form)
    SETUP = "setup"  # printed once by the setup (the recovery sheet): never from the letter tools


class Purpose(StrEnum):
    """What makes two letters of a kind "the same letter" (one live letter per purpose)."""

    HEARING = "hearing"  # one per hearing
    CASE = "case"  # one per case
    STAGE = "stage"  # one per entry into the stage that asks for it (request for completion)


@dataclass(frozen=True, slots=True)
class KindSpec:
    kind: LetterKind
    #: The printed title: the Hal of a letter when LetterMeta.hal is empty, the
    #: title of a form, and the PDF's Title.
    title: str
    content: type
    builder: str  # "module:function" in wbs_desktop.letters
    label_id: str  # the kind in the window and the register, Indonesian
    label_en: str  # and English
    numbered: bool  # goes out with a number from the register (needs LetterMeta)
    signed: bool  # printed with a Signatory (an official of the office)
    #: nothing in it may identify the reporter (checked at generation)
    reporter_free: bool
    recipient: Recipient
    source: Source = Source.CASE
    #: the hearing a letter of this kind belongs to: a Party or ANY_PARTY; None for
    #: letters not tied to a hearing
    hearing_party: Party | str | None = None
    summons_no: int | None = None  # 1 or 2 for the summonses
    purpose: Purpose = Purpose.CASE
    #: the stage a case must be in for the window to offer it (None: any stage)
    stage: Stage | None = None
    #: free texts the officer writes in the draft (LetterDraft.extra keys), in order
    inputs: tuple[str, ...] = ()

    @property
    def cli_name(self) -> str:
        return self.kind.value

    def label(self, language: str) -> str:
        return self.label_id if language == "id" else self.label_en

    def build(self, letter: M.Letter) -> list[Any]:
        module, _sep, function = self.builder.partition(":")
        fn: Callable[[M.Letter], list[Any]] = getattr(
            importlib.import_module(f"wbs_desktop.letters.{module}"), function
        )
        return fn(letter)


_R = Recipient

SPECS: dict[LetterKind, KindSpec] = {
    s.kind: s
    for s in (
        KindSpec(
            LetterKind.SUMMONS_ACCUSED,
            "Surat Panggilan I",
            M.SummonsAccused,
            "correspondence:summons",
            "Surat Panggilan I (terlapor)",
            "Summons I (accused)",
            numbered=True,
            signed=True,
            reporter_free=True,
            recipient=_R.ACCUSED,
            hearing_party=Party.ACCUSED,
            summons_no=1,
            purpose=Purpose.HEARING,
        ),
        KindSpec(
            LetterKind.SUMMONS_ACCUSED_2,
            "Surat Panggilan II",
            M.SummonsAccused,
            "correspondence:summons",
            "Surat Panggilan II (terlapor)",
            "Summons II (accused)",
            numbered=True,
            signed=True,
            reporter_free=True,
            recipient=_R.ACCUSED,
            hearing_party=Party.ACCUSED,
            summons_no=2,
            purpose=Purpose.HEARING,
        ),
        KindSpec(
            LetterKind.INVITE_REPORTER,
            "Undangan Klarifikasi",
            M.InviteReporter,
            "correspondence:invite_reporter",
            "Undangan klarifikasi (pelapor)",
            "Invitation (reporter)",
            numbered=True,
            signed=True,
            reporter_free=False,
            recipient=_R.REPORTER,
            hearing_party=Party.REPORTER,
            purpose=Purpose.HEARING,
        ),
        KindSpec(
            LetterKind.REQUEST_WITNESS,
            "Permintaan Keterangan sebagai Saksi",
            M.RequestWitness,
            "correspondence:request_witness",
            "Permintaan keterangan saksi",
            "Request for testimony",
            numbered=True,
            signed=True,
            reporter_free=True,
            recipient=_R.WITNESS,
            hearing_party=Party.WITNESS,
            purpose=Purpose.HEARING,
        ),
        KindSpec(
            LetterKind.REQUEST_COMPLETION,
            "Permintaan Kelengkapan Pengaduan",
            M.RequestCompletion,
            "correspondence:request_completion",
            "Permintaan kelengkapan pengaduan",
            "Request to complete the report",
            numbered=True,
            signed=True,
            reporter_free=False,
            recipient=_R.REPORTER,
            purpose=Purpose.STAGE,
            stage=Stage.AWAITING_INFO,
        ),
        KindSpec(
            LetterKind.RECEIPT,
            "Tanda Terima Pengaduan",
            M.Receipt,
            "forms:receipt",
            "Tanda terima",
            "Receipt",
            numbered=False,
            signed=False,
            reporter_free=False,
            recipient=_R.REPORTER,
            source=Source.RECEIPT,
        ),
        KindSpec(
            LetterKind.MINUTES,
            "Berita Acara Pemeriksaan",
            M.Minutes,
            "forms:minutes",
            "Berita acara pemeriksaan (BAP)",
            "Examination minutes (BAP)",
            numbered=False,
            signed=False,
            reporter_free=False,
            recipient=_R.OFFICE,
            hearing_party=ANY_PARTY,
            purpose=Purpose.HEARING,
        ),
        KindSpec(
            LetterKind.BLANK_FORM,
            "Formulir Pengaduan",
            M.BlankForm,
            "forms:blank_form",
            "Formulir pengaduan (kosong)",
            "Blank complaint form",
            numbered=False,
            signed=False,
            reporter_free=False,
            recipient=_R.OFFICE,
            source=Source.OFFICE,
        ),
        KindSpec(
            LetterKind.RECOVERY_SHEET,
            "Lembar Kunci Pemulihan",
            M.RecoverySheet,
            "recovery:recovery_sheet",
            "Lembar kunci pemulihan",
            "Recovery key sheet",
            numbered=False,
            signed=False,
            reporter_free=False,
            recipient=_R.OFFICE,
            source=Source.SETUP,
        ),
        KindSpec(
            LetterKind.ASSIGNMENT,
            "Surat Tugas",
            M.Assignment,
            "documents:assignment",
            "Surat tugas (tim pemeriksa)",
            "Assignment letter (examination team)",
            numbered=True,
            signed=True,
            reporter_free=True,
            recipient=_R.OFFICE,
        ),
        KindSpec(
            LetterKind.DISPOSITION,
            "Lembar Disposisi",
            M.Disposition,
            "documents:disposition",
            "Lembar disposisi",
            "Routing slip (disposition)",
            numbered=True,
            signed=True,
            reporter_free=True,
            recipient=_R.OFFICE,
            inputs=("instruction", "officer"),
        ),
        KindSpec(
            LetterKind.EXAMINATION_REPORT,
            "Laporan Hasil Pemeriksaan",
            M.ExaminationReport,
            "documents:examination_report",
            "Laporan hasil pemeriksaan (LHP)",
            "Examination report (LHP)",
            numbered=True,
            signed=False,  # signed by the examination team, printed from the team
            reporter_free=False,
            recipient=_R.OFFICE,
            inputs=("findings", "evidence", "conclusion", "recommendation"),
        ),
        KindSpec(
            LetterKind.REPORTER_NOTICE,
            "Pemberitahuan Tindak Lanjut Pengaduan",
            M.ReporterNotice,
            "documents:reporter_notice",
            "Pemberitahuan tindak lanjut (pelapor)",
            "Notice of action taken (reporter)",
            numbered=True,
            signed=True,
            reporter_free=False,
            recipient=_R.REPORTER,
        ),
    )
}


def spec(kind: LetterKind | str) -> KindSpec:
    return SPECS[LetterKind(kind)]


# --- the derived tables -------------------------------------------------------------------

TITLES: dict[LetterKind, str] = {k: s.title for k, s in SPECS.items()}
CONTENT_TYPES: dict[LetterKind, type] = {k: s.content for k, s in SPECS.items()}
NUMBERED_KINDS: frozenset[LetterKind] = frozenset(k for k, s in SPECS.items() if s.numbered)
SIGNED_KINDS: frozenset[LetterKind] = frozenset(k for k, s in SPECS.items() if s.signed)
#: Letters to the accused or to a witness: nothing in them may identify the reporter.
REPORTER_FREE_KINDS: frozenset[LetterKind] = frozenset(
    k for k, s in SPECS.items() if s.reporter_free
)
#: The kinds drafted from a case by the letter service.
CASE_KINDS: tuple[LetterKind, ...] = tuple(k for k, s in SPECS.items() if s.source is Source.CASE)
#: The kinds ``wbs-admin letter`` makes.
CLI_KINDS: tuple[str, ...] = tuple(
    s.cli_name for s in SPECS.values() if s.source is not Source.SETUP
)


def hearing_kinds(party: Party | str, summons_no: int) -> tuple[LetterKind, ...]:
    """The letters a hearing of ``party`` (and summons number) can have, minutes last."""
    return tuple(
        k
        for k, s in SPECS.items()
        if s.hearing_party == party and s.summons_no in (None, summons_no)
    ) + tuple(k for k, s in SPECS.items() if s.hearing_party == ANY_PARTY)
