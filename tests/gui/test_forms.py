"""The Designer forms are compiled with pyside6-uic; the generated code must be fresh."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wbs_desktop.paths import form_path

GUI = Path(__file__).resolve().parents[2] / "wbs_desktop" / "gui"
FORMS = sorted(form_path("").glob("*.ui"))


def test_every_form_is_compiled() -> None:
    assert {f.stem for f in FORMS} == {p.stem[3:] for p in GUI.glob("ui_*.py")}
    assert len(FORMS) >= 4


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_generated_code_is_fresh(form: Path) -> None:
    uic = Path(sys.executable).parent / "pyside6-uic"
    fresh = subprocess.run([str(uic), str(form)], check=True, capture_output=True,
                           text=True).stdout
    generated = (GUI / f"ui_{form.stem}.py").read_text(encoding="utf-8")
    hint = f"run: pyside6-uic forms/{form.name} -o wbs_desktop/gui/ui_{form.stem}.py"
    assert generated == fresh, hint
