"""Regenerate the translation sources and the compiled catalogues.

    python -m wbs_desktop.gui.translations_build          # lupdate + lrelease
    python -m wbs_desktop.gui.translations_build --check  # exit 1 when stale

Branches worked in parallel never edit the ``.ts`` files (they do not merge);
each writes the translations of its new strings to
``resources/translations/pending/<branch>.json``, a list of
``{"context": ..., "source": ..., "id": ..., "en": ...}`` (``id``/``en`` a list
of plural forms for a ``%n`` message; ``en`` defaults to the source). After a
merge, a plain run (lupdate, apply the pending files, lrelease) fills them in;
``--apply-pending`` also deletes the pending files it used up.

``pyside6-lupdate`` reads the GUI's Python files, sub-packages included (not the
generated ``forms/ui_*.py``), and the Designer forms; ``pyside6-lrelease``
compiles each ``.ts`` to ``.qm``.
"""

from __future__ import annotations

import argparse
import filecmp
import json
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
    py = sorted(p for p in GUI_DIR.rglob("*.py") if not p.name.startswith("ui_"))
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


def pending_dir() -> Path:
    return ts_path("id").parent / "pending"


def load_pending() -> list[dict]:
    entries: list[dict] = []
    folder = pending_dir()
    if folder.is_dir():
        for path in sorted(folder.glob("*.json")):
            entries.extend(json.loads(path.read_text(encoding="utf-8")))
    return entries


def apply_pending(ts: Path, language: str, entries: list[dict]) -> list[str]:
    """Fill the messages named in ``entries``; returns the entries not found in ``ts``."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)  # noqa: S314
    index: dict[tuple[str | None, str | None], ET.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            index[(name, message.findtext("source"))] = message
    missing: list[str] = []
    for entry in entries:
        found = index.get((entry["context"], entry["source"]))
        if found is None:
            missing.append(f"{entry['context']}: {entry['source']!r}")
            continue
        text = entry.get(language, entry["source"] if language == "en" else None)
        if text is None:
            continue
        message = found
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = text if isinstance(text, list) else [text]
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text if isinstance(text, str) else text[0]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


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
    parser.add_argument("--apply-pending", action="store_true",
                        help="delete the pending translation files once applied")
    args = parser.parse_args(argv)
    if args.check:
        problems = stale()
        for name in problems:
            print(f"stale: {name}")
        return 1 if problems else 0
    entries = load_pending()
    for language in LANGUAGES:
        ts = ts_path(language)
        lupdate(ts, language)
        if entries:
            for line in apply_pending(ts, language, entries):
                print(f"not in the sources ({language}): {line}")
            lupdate(ts, language)  # lupdate's own formatting again
        lrelease(ts, qm_path(language))
    if args.apply_pending:
        for path in pending_dir().glob("*.json"):
            path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
