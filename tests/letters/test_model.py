"""The dataclasses: what they accept, and the confidentiality hook."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time

import pytest

from tests.letters import samples
from tests.letters.pdfcheck import text
from wbs_desktop.letters import (
    CONTENT_TYPES,
    REPORTER_FREE_KINDS,
    Hearing,
    Letter,
    Letterhead,
    LetterKind,
    LetterMeta,
    Receipt,
    RequestWitness,
    SummonsAccused,
    render,
)
from wbs_desktop.letters.model import Assignment, Disposition


def test_kind_values_are_the_agreed_strings() -> None:
    assert [k.value for k in LetterKind] == [
        "summons-accused",
        "summons-accused-2",
        "invite-reporter",
        "request-witness",
        "request-completion",
        "receipt",
        "minutes",
        "blank-form",
        "recovery-sheet",
        "assignment",
        "disposition",
        "examination-report",
        "reporter-notice",
    ]
    assert (
        Letter(kind="blank-form", content=samples.blank_form().content).kind
        is LetterKind.BLANK_FORM
    )


def test_letterhead_defaults() -> None:
    head = Letterhead()
    assert head.government == "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR"
    assert head.agency == "BADAN KEPEGAWAIAN DAERAH"
    assert "Kupang" in head.address
    assert head.website == "bkd.nttprov.go.id"
    assert head.logo_path is None


def test_meta_defaults() -> None:
    meta = LetterMeta(number="800/1/BKD/XI/2026", date=date(2026, 11, 28))
    assert (meta.place, meta.sifat, meta.lampiran, meta.hal, meta.tembusan) == (
        "Kupang",
        "Rahasia",
        "-",
        "",
        (),
    )


def test_everything_is_frozen() -> None:
    letter = samples.summons()
    with pytest.raises(dataclasses.FrozenInstanceError):
        letter.kind = LetterKind.RECEIPT  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        letter.content.nip = "x"  # type: ignore[misc]


def test_sequences_become_tuples_and_a_bare_string_is_refused() -> None:
    meta = LetterMeta(number="1", date=date(2026, 1, 2), tembusan=["Gubernur", "Arsip"])  # type: ignore[arg-type]
    assert meta.tembusan == ("Gubernur", "Arsip")
    with pytest.raises(TypeError):
        LetterMeta(number="1", date=date(2026, 1, 2), tembusan="Gubernur")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Hearing(day=date(2026, 1, 2), start=time(9), place="x", examiners=("a", 3))  # type: ignore[arg-type]


def test_wrong_types_are_refused() -> None:
    with pytest.raises(TypeError):
        LetterMeta(number=127, date=date(2026, 1, 2))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        LetterMeta(number="1", date=datetime(2026, 1, 2, 9))
    with pytest.raises(TypeError):
        Hearing(day=date(2026, 1, 2), start="09:00", place="x")  # type: ignore[arg-type]


def test_content_must_match_the_kind() -> None:
    letter = samples.summons()
    with pytest.raises(TypeError):
        dataclasses.replace(letter, kind=LetterKind.RECEIPT)
    with pytest.raises(ValueError, match="second"):
        dataclasses.replace(letter, kind=LetterKind.SUMMONS_ACCUSED_2)
    with pytest.raises(ValueError, match="LetterMeta"):
        dataclasses.replace(letter, meta=None)
    with pytest.raises(ValueError, match="Signatory"):
        dataclasses.replace(letter, signatory=None)


def test_second_summons_needs_the_reference_to_the_first() -> None:
    content = samples.summons(second=True).content
    with pytest.raises(ValueError, match="first_letter_number"):
        dataclasses.replace(content, first_letter_number="")
    with pytest.raises(ValueError):
        dataclasses.replace(content, first_hearing_date=None)


def test_receipt_time_must_be_aware() -> None:
    content = samples.receipt().content
    with pytest.raises(ValueError, match="aware"):
        dataclasses.replace(content, received_at=datetime(2026, 11, 28, 9, 15))


def test_every_kind_has_a_content_type() -> None:
    assert set(CONTENT_TYPES) == set(LetterKind)


# --- confidentiality: letters to the accused or a witness cannot carry the reporter ---


def test_reporter_free_kinds() -> None:
    assert REPORTER_FREE_KINDS == {
        LetterKind.ASSIGNMENT,
        LetterKind.DISPOSITION,
        LetterKind.SUMMONS_ACCUSED,
        LetterKind.SUMMONS_ACCUSED_2,
        LetterKind.REQUEST_WITNESS,
    }


def _field_names(cls: type) -> set[str]:
    names: set[str] = set()
    for f in dataclasses.fields(cls):
        names.add(f.name)
    return names


# A new field here is a confidentiality decision: review it, then extend the list.
REVIEWED_FIELDS = {
    SummonsAccused: {
        "addressee",
        "hearing",
        "nip",
        "subject_summary",
        "rank",
        "second",
        "first_letter_number",
        "first_letter_date",
        "first_hearing_date",
        "examiner",  # an official of the office (a Person), never the reporter
    },
    RequestWitness: {"addressee", "hearing", "register_number", "subject_summary", "bring"},
    # the team and the accused are civil servants of the office; nothing of the reporter
    Assignment: {"register_number", "team", "accused", "accused_unit", "violation", "basis"},
    Disposition: {
        "register_number",
        "received_date",
        "channel_label",
        "complaint_type_label",
        "instruction",
        "to",
        "urgency",
    },
}


@pytest.mark.parametrize("kind", sorted(REPORTER_FREE_KINDS))
def test_reporter_free_contents_have_no_reporter_field(kind: LetterKind) -> None:
    cls = CONTENT_TYPES[kind]
    names = _field_names(cls)
    assert names == REVIEWED_FIELDS[cls]
    for name in names:
        assert not any(
            word in name for word in ("reporter", "pelapor", "tracking", "complainant", "whistle")
        )


@pytest.mark.parametrize("kind", sorted(REPORTER_FREE_KINDS))
def test_reporter_free_letters_never_mention_a_reporter(kind: LetterKind) -> None:
    """Not even the fixed wording hints at a reporter or hands out a tracking code."""
    t = text(render(samples.every_kind()[kind])).casefold()
    for word in ("pelapor", "kode pelacakan", "pengaduan yang saudara sampaikan", "whistleblow"):
        assert word not in t


def test_receipt_holds_no_reporter_identity() -> None:
    """The receipt goes to the reporter, but the app stores it too: it has no identity field."""
    assert not any("reporter" in f.name or "name" == f.name for f in dataclasses.fields(Receipt))


def test_importing_the_package_does_not_load_reportlab() -> None:
    """The services and the CLI import the dataclasses; reportlab loads on the first render."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\n"
        "import wbs_desktop.letters as letters\n"
        "import wbs_desktop.letters.render\n"
        "from wbs_desktop.letters import render\n"
        "assert callable(render) and render is letters.render, render\n"
        "assert not any(m == 'reportlab' or m.startswith('reportlab.') for m in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)
