"""The 4W1H completeness check."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from wbs_desktop.domain import completeness
from wbs_desktop.domain.completeness import (
    CompletenessReport,
    Element,
    assess,
    count_words,
)

FULL = (
    "Pada hari Jumat terlapor meminta uang lima ratus ribu rupiah kepada pemohon agar "
    "berkas kenaikan pangkat diproses lebih cepat. Uang diserahkan tunai di ruang kerja "
    "terlapor tanpa kuitansi dan disaksikan rekan pemohon."
)


def run(**changes: Any) -> CompletenessReport:
    args: dict[str, Any] = {
        "chronology": FULL,
        "location": "Kantor BKD Provinsi NTT",
        "incident_date": date(2026, 11, 20),
        "accused_name": "Yosef Lalo",
        "evidence_count": 1,
    }
    args.update(changes)
    return assess(**args)


def test_complete_report() -> None:
    assert count_words(FULL) >= 25
    r = run()
    assert r.complete and r.elements_complete
    assert r.missing == ()
    assert [c.element for c in r.checks] == list(Element)
    assert all(c.ok and c.code == "ok" for c in r.checks)


def test_no_evidence_is_not_complete() -> None:
    r = run(evidence_count=0)
    assert r.elements_complete
    assert not r.has_evidence
    assert not r.complete


def test_everything_missing() -> None:
    r = run(chronology="", location="", incident_date=None, accused_name=" ", evidence_count=0)
    assert r.missing == tuple(Element)
    assert [c.code for c in r.checks] == [
        "missing_what",
        "missing_where",
        "missing_when",
        "missing_who",
        "missing_how",
    ]
    assert not r.complete


def test_what_needs_five_words() -> None:
    four = run(chronology="terlapor minta uang pelicin")
    assert four.missing == (Element.WHAT, Element.HOW)
    check = four.check(Element.WHAT)
    assert check.message == "chronology too short to say what happened (4 of 5 words)"
    assert check.params == {"words": 4, "min_words": 5}
    assert Element.WHAT not in run(chronology="terlapor minta uang pelicin tunai").missing


def test_how_needs_twenty_five_words() -> None:
    twelve = " ".join(["kata"] * 12)
    r = run(chronology=twelve)
    assert r.missing == (Element.HOW,)
    assert r.check(Element.HOW).message == (
        "chronology too short to say how it was done (12 of 25 words)"
    )
    assert run(chronology=" ".join(["kata"] * 24)).missing == (Element.HOW,)
    assert run(chronology=" ".join(["kata"] * 25)).missing == ()


def test_words_are_letters_or_digits_not_punctuation() -> None:
    assert count_words("Rp 500.000 — diserahkan!!! ... ; ,") == 4
    assert count_words("- - - - - - - -") == 0
    assert count_words("王 小 明 Иван") == 4
    assert count_words("") == 0
    assert run(chronology="... ,,, !!! ??? ---").missing[0] == Element.WHAT


def test_where_needs_three_letters() -> None:
    assert run(location="").check(Element.WHERE).message == "no location given"
    assert Element.WHERE in run(location="12").missing
    r = run(location="B-2")
    assert r.missing == (Element.WHERE,)
    assert "1 of 3 letters" in r.check(Element.WHERE).message
    assert Element.WHERE not in run(location="Ende").missing
    assert Element.WHERE not in run(location="BKD").missing


def test_when_needs_a_date() -> None:
    r = run(incident_date=None)
    assert r.missing == (Element.WHEN,)
    assert r.check(Element.WHEN).code == "missing_when"


def test_who_needs_two_letters() -> None:
    assert run(accused_name="X").missing == (Element.WHO,)
    assert run(accused_name="").check(Element.WHO).message == "the person reported is not named"
    assert run(accused_name="Yo").missing == ()
    assert run(accused_name="12").missing == (Element.WHO,)


@pytest.mark.parametrize("element", list(Element))
def test_codes_documented(element: Element) -> None:
    assert f"missing_{element}" in completeness.ERROR_CODES
    assert "ok" in completeness.ERROR_CODES
    assert "missing_evidence" in completeness.ERROR_CODES
