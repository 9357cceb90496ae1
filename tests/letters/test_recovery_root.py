"""The recovery sheet prints the office root key's fingerprint in short groups
(issue 19), on the one page, to compare by eye with the login screen."""

from __future__ import annotations

import os
import subprocess
from dataclasses import replace
from pathlib import Path

from tests.letters import samples
from tests.letters.pdfcheck import assert_in_order, assert_says, pages_text
from wbs_desktop.letters import render
from wbs_desktop.services.certificates import root_fingerprint

ROOT = root_fingerprint(bytes(range(32)))


def test_root_fingerprint_on_the_sheet(tmp_path: Path) -> None:
    letter = samples.recovery_sheet()
    letter = replace(letter, content=replace(letter.content, root_fingerprint=ROOT))
    pdf = render(letter)
    pages = pages_text(pdf)
    assert len(pages) == 1
    assert len(ROOT.split("-")) == 8
    assert_in_order(pages[0], ROOT.split("-"))
    assert_says(pages[0], "Sidik jari kunci akar kantor", "kelompok demi kelompok")
    shots = os.environ.get("WBS_SHOTS")
    if shots:
        out = Path(shots) / "recovery-sheet.pdf"
        out.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(out), str(out.with_suffix(""))],
                       check=True)
