"""One spec per letter kind: every table of kinds derives from it, and every
kind has its labels and renders."""

from __future__ import annotations

import pytest

from tests.letters import samples
from tests.letters.pdfcheck import assert_says, text
from wbs_desktop.cli.parser import build_parser
from wbs_desktop.letters import kinds, render
from wbs_desktop.letters.model import LetterKind


def test_every_kind_has_one_spec() -> None:
    assert set(kinds.SPECS) == set(LetterKind)
    for kind, spec in kinds.SPECS.items():
        assert spec.kind is kind


@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_kind_has_a_label_in_both_languages_and_renders(kind: LetterKind) -> None:
    spec = kinds.spec(kind)
    assert spec.label("id").strip() and spec.label("en").strip()
    assert spec.label("id") != spec.label("en")
    letter = samples.every_kind()[kind]
    assert isinstance(letter.content, spec.content)
    pdf = render(letter)
    assert_says(text(pdf).casefold(), spec.title.casefold())


def test_the_derived_tables_agree_with_the_specs() -> None:
    for kind, spec in kinds.SPECS.items():
        assert kinds.TITLES[kind] == spec.title
        assert kinds.CONTENT_TYPES[kind] is spec.content
        assert (kind in kinds.NUMBERED_KINDS) is spec.numbered
        assert (kind in kinds.REPORTER_FREE_KINDS) is spec.reporter_free
        # a letter to the accused or a witness is reporter-free
        if spec.recipient in (kinds.Recipient.ACCUSED, kinds.Recipient.WITNESS):
            assert spec.reporter_free


def test_the_cli_offers_every_kind_but_the_recovery_sheet() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    letter = sub.choices["letter"]  # type: ignore[index]
    kind_arg = next(a for a in letter._actions if a.dest == "kind")
    assert set(kind_arg.choices) == {k.value for k in LetterKind} - {"recovery-sheet"}


def test_hearing_kinds() -> None:
    assert kinds.hearing_kinds("accused", 1) == (LetterKind.SUMMONS_ACCUSED, LetterKind.MINUTES)
    assert kinds.hearing_kinds("accused", 2) == (LetterKind.SUMMONS_ACCUSED_2, LetterKind.MINUTES)
    assert kinds.hearing_kinds("witness", 1) == (LetterKind.REQUEST_WITNESS, LetterKind.MINUTES)
    assert kinds.hearing_kinds("reporter", 1) == (LetterKind.INVITE_REPORTER, LetterKind.MINUTES)
