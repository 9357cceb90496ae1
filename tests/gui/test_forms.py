"""The Designer forms are compiled with pyside6-uic; the generated code must be fresh."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from wbs_desktop.paths import form_path

GUI = Path(__file__).resolve().parents[2] / "wbs_desktop" / "gui" / "forms"
FORMS = sorted(form_path("").glob("*.ui"))
#: The header line naming the uic version: a newer PySide6 patch release
#: changes it and nothing else, so it is left out of the comparison.
UIC_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.M)


def without_version(code: str) -> str:
    return UIC_VERSION_LINE.sub("## Created by: Qt User Interface Compiler", code)


def test_the_version_header_is_what_is_ignored() -> None:
    generated = (GUI / "ui_login.py").read_text(encoding="utf-8")
    assert UIC_VERSION_LINE.search(generated)
    assert without_version(generated.replace("6.12.0", "6.99.1")) == without_version(generated)
    assert without_version(generated + "x") != without_version(generated)


def test_every_form_is_compiled() -> None:
    assert {f.stem for f in FORMS} == {p.stem[3:] for p in GUI.glob("ui_*.py")}
    assert len(FORMS) >= 4


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.name)
def test_generated_code_is_fresh(form: Path) -> None:
    uic = Path(sys.executable).parent / "pyside6-uic"
    fresh = subprocess.run([str(uic), str(form)], check=True, capture_output=True,
                           text=True).stdout
    generated = (GUI / f"ui_{form.stem}.py").read_text(encoding="utf-8")
    hint = f"run: pyside6-uic forms/{form.name} -o wbs_desktop/gui/forms/ui_{form.stem}.py"
    assert without_version(generated) == without_version(fresh), hint
