"""Regenerate the translation sources and the compiled catalogues.

    python -m wbs_desktop.gui.translations_build          # lupdate + lrelease
    python -m wbs_desktop.gui.translations_build --check  # exit 1 when stale

``pyside6-lupdate`` reads the GUI's Python files (not the generated ``ui_*.py``)
and the Designer forms; ``pyside6-lrelease`` compiles each ``.ts`` to ``.qm``.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from wbs_desktop.paths import form_path, resource_path

LANGUAGES = {"id": "id_ID", "en": "en_US"}
GUI_DIR = Path(__file__).resolve().parent


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found (install PySide6)")
    return found


def sources() -> list[str]:
    py = sorted(p for p in GUI_DIR.glob("*.py") if not p.name.startswith("ui_"))
    forms = sorted(form_path("").glob("*.ui"))
    return [str(p) for p in [*py, *forms]]


def ts_path(language: str) -> Path:
    return resource_path("translations", f"wbs_{language}.ts")


def qm_path(language: str) -> Path:
    return resource_path("translations", f"wbs_{language}.qm")


def lupdate(ts: Path, language: str) -> None:
    subprocess.run(  # noqa: S603 - fixed tool, our own file list
        [_tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete",
         "-source-language", "en_US", "-target-language", LANGUAGES[language], "-silent",
         "-ts", str(ts)],
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(  # noqa: S603
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def stale() -> list[str]:
    """Names of the files that differ from a fresh lupdate/lrelease run."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            fresh_ts = Path(tmp) / f"wbs_{language}.ts"
            shutil.copy(ts_path(language), fresh_ts)
            lupdate(fresh_ts, language)
            if not filecmp.cmp(fresh_ts, ts_path(language), shallow=False):
                problems.append(ts_path(language).name)
            fresh_qm = Path(tmp) / f"wbs_{language}.qm"
            lrelease(ts_path(language), fresh_qm)
            if not qm_path(language).exists() or not filecmp.cmp(
                    fresh_qm, qm_path(language), shallow=False):
                problems.append(qm_path(language).name)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale()
        for name in problems:
            print(f"stale: {name}")
        return 1 if problems else 0
    for language in LANGUAGES:
        ts = ts_path(language)
        lupdate(ts, language)
        lrelease(ts, qm_path(language))
    return 0


if __name__ == "__main__":
    sys.exit(main())
