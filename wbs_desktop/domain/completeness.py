"""The 4W1H completeness check done at verification (What, Where, When, Who, How).

Heuristics (deliberately simple, so an officer can predict them):

* What  — the chronology has at least 5 words;
* Where — the location has at least 3 letters;
* When  — an incident date is given;
* Who   — the accused's name has at least 2 letters;
* How   — the chronology has at least 25 words (enough to describe the modus).

A word is a run of letters or digits. The report is ``complete`` when all five
elements are present *and* there is supporting evidence (the announcement lets
the office ask for more when either is lacking); ``elements_complete`` ignores
evidence.

Codes of ElementCheck: ``ok`` and ``missing_what`` / ``missing_where`` /
``missing_when`` / ``missing_who`` / ``missing_how``; ``missing_evidence``
names the lack of evidence (see :data:`ERROR_CODES`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Element(StrEnum):
    WHAT = "what"
    WHERE = "where"
    WHEN = "when"
    WHO = "who"
    HOW = "how"


WHAT_MIN_WORDS = 5
HOW_MIN_WORDS = 25
WHERE_MIN_LETTERS = 3
WHO_MIN_LETTERS = 2

ERROR_CODES: tuple[str, ...] = (
    "ok",
    *(f"missing_{e}" for e in Element),
    "missing_evidence",
)

_WORD_RE = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class ElementCheck:
    element: Element
    ok: bool
    code: str
    message: str
    params: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class CompletenessReport:
    checks: tuple[ElementCheck, ...]
    has_evidence: bool

    @property
    def missing(self) -> tuple[Element, ...]:
        """The elements not satisfied, in 4W1H order."""
        return tuple(c.element for c in self.checks if not c.ok)

    @property
    def elements_complete(self) -> bool:
        """All of 4W1H present (evidence not considered)."""
        return not self.missing

    @property
    def complete(self) -> bool:
        """All of 4W1H present and supporting evidence given."""
        return self.elements_complete and self.has_evidence

    def check(self, element: Element) -> ElementCheck:
        return next(c for c in self.checks if c.element == element)


def count_words(text: str) -> int:
    """Runs of letters or digits (any script)."""
    return len(_WORD_RE.findall(text))


def count_letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _ok(element: Element) -> ElementCheck:
    return ElementCheck(element, True, "ok", f"{element}: present")


def _missing(element: Element, message: str, **params: Any) -> ElementCheck:
    return ElementCheck(element, False, f"missing_{element}", message, params)


def assess(
    *,
    chronology: str,
    location: str,
    incident_date: date | None,
    accused_name: str,
    evidence_count: int,
) -> CompletenessReport:
    """Check the 4W1H elements and the evidence of a report."""
    words = count_words(chronology)
    checks: list[ElementCheck] = []

    if words >= WHAT_MIN_WORDS:
        checks.append(_ok(Element.WHAT))
    else:
        checks.append(
            _missing(
                Element.WHAT,
                f"chronology too short to say what happened ({words} of {WHAT_MIN_WORDS} words)",
                words=words,
                min_words=WHAT_MIN_WORDS,
            )
        )

    letters = count_letters(location)
    if letters >= WHERE_MIN_LETTERS:
        checks.append(_ok(Element.WHERE))
    elif letters == 0:
        checks.append(_missing(Element.WHERE, "no location given", letters=0))
    else:
        checks.append(
            _missing(
                Element.WHERE,
                f"location too short to identify a place ({letters} of {WHERE_MIN_LETTERS} "
                "letters)",
                letters=letters,
                min_letters=WHERE_MIN_LETTERS,
            )
        )

    if incident_date is not None:
        checks.append(_ok(Element.WHEN))
    else:
        checks.append(_missing(Element.WHEN, "no incident date given"))

    letters = count_letters(accused_name)
    if letters >= WHO_MIN_LETTERS:
        checks.append(_ok(Element.WHO))
    else:
        checks.append(
            _missing(
                Element.WHO,
                "the person reported is not named"
                if letters == 0
                else f"accused name too short ({letters} of {WHO_MIN_LETTERS} letters)",
                letters=letters,
                min_letters=WHO_MIN_LETTERS,
            )
        )

    if words >= HOW_MIN_WORDS:
        checks.append(_ok(Element.HOW))
    else:
        checks.append(
            _missing(
                Element.HOW,
                f"chronology too short to say how it was done ({words} of {HOW_MIN_WORDS} words)",
                words=words,
                min_words=HOW_MIN_WORDS,
            )
        )

    return CompletenessReport(checks=tuple(checks), has_evidence=evidence_count > 0)
