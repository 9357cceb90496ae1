"""Every PDF embeds every font it refers to (a printer or a reader without
the font would substitute another, with other widths: lines would overflow)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.letters import samples
from tests.letters.pdfcheck import unembedded_fonts
from wbs_desktop.letters import LetterKind, render


@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_font_is_embedded(kind: LetterKind) -> None:
    pdf = render(samples.every_kind()[kind])
    assert unembedded_fonts(pdf) == set()


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("kind", list(LetterKind))
def test_pdffonts_says_embedded(kind: LetterKind, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "letter.pdf"
    path.write_bytes(render(samples.every_kind()[kind]))
    listing = subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[2:]
    assert listing, "no fonts at all?"
    for line in listing:
        # name type encoding emb sub uni object-id: "emb" is the 4th column from the right
        assert line.split()[-5] == "yes", line
