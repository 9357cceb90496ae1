"""The office's glossary (resources/help/glossary.md) holds for every Indonesian text of the
app: no translation (the catalogue with the branches' pending corrections applied) and no
page of the Indonesian manual uses a form the glossary says not to use."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from wbs_desktop.gui.help_window import help_dir
from wbs_desktop.paths import resource_path

GLOSSARY = resource_path("help", "glossary.md")


def forbidden_forms() -> dict[str, str]:
    """Each form not to use → the Indonesian term to use instead."""
    forms: dict[str, str] = {}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("English", "---"):
            continue
        for form in re.findall(r"`([^`]+)`", cells[2]):
            forms[form] = cells[1]
    return forms


def indonesian_texts() -> dict[str, str]:
    """(context: source) → the Indonesian text, as the app will show it after the merge."""
    texts: dict[str, str] = {}
    tree = ET.parse(resource_path("translations", "wbs_id.ts"))
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts[f"{name}: {message.findtext('source')}"] = " ".join(
                forms) if forms else (translation.text or "")
    pending = resource_path("translations", "pending")
    for path in sorted(pending.glob("*.json")) if pending.is_dir() else []:
        for entry in json.loads(path.read_text(encoding="utf-8")):
            if "id" in entry:
                value = entry["id"]
                texts[f"{entry['context']}: {entry['source']}"] = (
                    " ".join(value) if isinstance(value, list) else value)
    return texts


def test_the_glossary_names_forms_not_to_use() -> None:
    forms = forbidden_forms()
    assert len(forms) >= 30
    for term in ("pengaduan", "pelapor", "terlapor", "pemeriksa", "BAP", "surat panggilan",
                 "tembusan", "pos-el", "surat tugas", "lembar disposisi", "LHP"):
        assert any(term in instead for instead in forms.values()) or term in GLOSSARY.read_text(
            encoding="utf-8"), term


def _hits(text: str, forms: dict[str, str]) -> list[str]:
    low = text.lower().replace("&", "")
    return [f"{form!r} (use {instead!r})" for form, instead in forms.items()
            if re.search(rf"(?<![\w-]){re.escape(form.lower())}(?![\w-])", low)]


def test_no_indonesian_translation_uses_a_form_the_glossary_forbids() -> None:
    forms = forbidden_forms()
    found = {key: hits for key, text in indonesian_texts().items()
             if (hits := _hits(text, forms))}
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


@pytest.mark.parametrize("page", sorted(p.name for p in help_dir("id").glob("*.html")))
def test_no_page_of_the_indonesian_manual_uses_a_forbidden_form(page: str) -> None:
    text = re.sub(r"<[^>]+>", " ", (help_dir("id") / page).read_text(encoding="utf-8"))
    assert not _hits(text, forbidden_forms())


def test_the_check_catches_a_forbidden_form() -> None:
    forms = forbidden_forms()
    assert _hits("Alamat &surel terlalu panjang.", forms)
    assert _hits("Pilih pencetak…", forms)
    assert not _hits("Alamat pos-el terlalu panjang.", forms)


def test_every_translated_string_is_a_literal_lupdate_can_read() -> None:
    """``translate(context, text)`` with a variable (a helper such as ``_tr(text)``) hides
    its strings from lupdate: they would never be translated."""
    import ast
    from pathlib import Path

    import wbs_desktop.gui

    hidden = []
    for path in sorted(Path(wbs_desktop.gui.__file__).parent.rglob("*.py")):
        if path.name.startswith("ui_") or path.name == "smoke.py":  # smoke: looks one up
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
                node.func, "id", "")
            if name == "translate" and not (
                    len(node.args) >= 2
                    and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                            for a in node.args[:2])):
                hidden.append(f"{path.name}:{node.lineno}")
    assert not hidden, hidden
