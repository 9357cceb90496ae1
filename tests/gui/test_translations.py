"""Translations: complete in both languages, never stale, every code has a message."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from wbs_desktop.gui import labels, messages, translations_build
from wbs_desktop.gui.i18n import current_language, init_translations

FALLBACKS = {"This value is not accepted.", "Isian ini tidak diterima.",
             "Something went wrong. The details were written to the log file.",
             "Terjadi kesalahan. Rinciannya dicatat di berkas log."}


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_message_has_a_finished_translation(language: str) -> None:
    tree = ET.parse(translations_build.ts_path(language))
    unfinished = []
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source")
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            if translation.get("type") is not None or not all(t.strip() for t in texts):
                unfinished.append(f"{name}: {source!r}")
    assert count > 300
    assert unfinished == [], f"untranslated in wbs_{language}.ts"


def test_translation_files_are_fresh() -> None:
    """lupdate over gui/*.py and forms/*.ui changes nothing; lrelease gives the same .qm."""
    assert translations_build.stale() == []


def test_english_plurals(qapp) -> None:  # type: ignore[no-untyped-def]
    assert QCoreApplication.translate("CaseTableModel", "%n day(s) left", "", 1) == "1 day left"
    assert QCoreApplication.translate("CaseTableModel", "%n day(s) left", "", 3) == "3 days left"


def test_indonesian_is_installed_and_switches_back(qapp) -> None:  # type: ignore[no-untyped-def]
    init_translations(qapp, "id")
    assert current_language() == "id"
    assert labels.stage_label("examination") == "Pemeriksaan Terlapor"
    assert QCoreApplication.translate("CaseTableModel", "%n day(s) left", "", 3) == "3 hari lagi"
    init_translations(qapp, "en")
    assert labels.stage_label("examination") == "Examination of the accused"


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_domain_code_has_its_own_message(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    from wbs_desktop.domain import complaint, completeness, validation

    init_translations(qapp, language)
    for code in (*complaint.ERROR_CODES, *validation.ERROR_CODES):
        text = messages.field_error_message(code, {"max": 300})
        assert text not in FALLBACKS, code
        assert "_" not in code or code not in text
    import importlib
    import pkgutil

    import wbs_desktop.domain as domain_package

    for module_info in pkgutil.iter_modules(domain_package.__path__):
        module = importlib.import_module(f"wbs_desktop.domain.{module_info.name}")
        if module is completeness:
            continue
        for code in getattr(module, "ERROR_CODES", ()):
            text = messages.domain_error_message(code, {"max": 300})
            assert text not in FALLBACKS, f"{module_info.name}: {code}"
    for code in completeness.ERROR_CODES:
        if code != "ok":
            assert messages.element_check_message(code) not in FALLBACKS, code


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_service_error_has_its_own_message(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from wbs_desktop.services import errors

    init_translations(qapp, language)
    classes = [c for c in vars(errors).values()
               if isinstance(c, type) and issubclass(c, errors.ServiceError)
               and c is not errors.ServiceError]
    assert len(classes) >= 10
    for cls in classes:
        if cls is errors.AccountLocked:
            exc = cls("x", until=datetime(2026, 11, 28, 1, 0, tzinfo=UTC))
        elif cls is errors.PasswordPolicyError:
            exc = cls("x", reason="too_short")
        elif cls is errors.ValidationFailed:
            from wbs_desktop.domain.complaint import FieldError

            exc = cls("x", [FieldError("reporter.name", "required", "x")])
        elif cls is errors.Conflict:
            exc = cls("x", changed_by="y", changed_at=None)
        else:
            exc = cls("an English sentence for the log")
        text = messages.service_error_message(exc)
        assert text not in FALLBACKS, cls.__name__
        assert "English sentence" not in text


@pytest.mark.parametrize("language", ["id", "en"])
def test_labels_of_every_stage_role_and_channel(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    from wbs_desktop.domain.catalog import Channel
    from wbs_desktop.domain.roles import Role
    from wbs_desktop.domain.stages import Outcome, Stage

    init_translations(qapp, language)
    for stage in Stage:
        assert labels.stage_label(stage) != stage.value
    for role in Role:
        assert labels.role_label(role) not in ("", role.value)
    for channel in Channel:
        assert labels.channel_label(channel) != channel.value
    for outcome in Outcome:
        assert labels.outcome_label(outcome) != outcome.value
