"""The settings dialog's "Violation words" tab: the words per complaint type,
saved through the settings service (admin, audited) and printed on the next
summons after "dugaan pelanggaran disiplin berupa"."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader

from tests.gui.test_letters_tab import summoned  # noqa: F401 - fixture
from tests.gui.test_procedure_flow import Steps, accept, fill, window  # noqa: F401 - fixture
from wbs_desktop.domain.catalog import OTHER_TYPE_CODE
from wbs_desktop.gui.admin.settings_dialog import SettingsDialog
from wbs_desktop.gui.admin.violations_tab import CODE_ROLE, ViolationsTab
from wbs_desktop.gui.main_window import MainWindow
from wbs_desktop.letters.model import LetterKind

NEW_WORDS = "meminta imbalan uang atas pelayanan kenaikan pangkat"


def _row(tab: ViolationsTab, code: str) -> int:
    rows = [r for r in range(tab.table.rowCount())
            if tab.table.item(r, 0).data(CODE_ROLE) == code]
    assert len(rows) == 1, code
    return rows[0]


def _pdf_text(data: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", " ", text)


def test_words_edited_saved_and_printed_on_the_summons(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, summoned: tuple[Steps, int]) -> None:  # noqa: F811
    s, hearing_id = summoned
    controller = window._controller  # type: ignore[attr-defined]
    dialog = SettingsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    tab = dialog.violations
    dialog.ui.tabs.setCurrentWidget(tab)
    other = tab.table.item(_row(tab, OTHER_TYPE_CODE), 1)
    assert "officer writes" in other.text() and not other.flags() & other.flags().ItemIsEditable
    row = _row(tab, "illegal_levies")
    assert "pungutan liar" in tab.table.item(row, 1).text()  # the default shown
    audit = len(s.ws.audit.entries(limit=100_000))

    dialog.ui.saveButton.click()  # nothing changed: nothing written
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)  # saved off the GUI thread
    assert not dialog.isVisible(), dialog.ui.errorLabel.text()
    assert len(s.ws.audit.entries(limit=100_000)) == audit
    dialog = SettingsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    tab = dialog.violations
    dialog.ui.tabs.setCurrentWidget(tab)

    tab.table.item(row, 1).setText("  " + NEW_WORDS.replace(" uang ", "  uang ") + " ")
    shots = Path("/work/shots/gaps")
    if shots.is_dir():
        dialog.grab().save(str(shots / "settings_violations_en.png"))
    dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)  # saved off the GUI thread
    assert not dialog.isVisible(), dialog.ui.errorLabel.text()
    entries = s.ws.audit.entries(limit=100_000)
    assert entries[0].action == "setting_changed"
    assert "letters.violation_words" in str(entries[0].details)

    again = SettingsDialog(controller)  # reloads what was stored
    qtbot.addWidget(again)
    assert again.violations.table.item(_row(again.violations, "illegal_levies"), 1).text() \
        == NEW_WORDS
    bribery = again.violations.table.item(_row(again.violations, "bribery_gratification"), 1)
    assert bribery.text() == "menerima suap dan/atau gratifikasi"  # the others untouched

    letters = window.detail.letters_tab
    draft = letters.generate(LetterKind.SUMMONS_ACCUSED, hearing_id)
    assert draft is not None
    fill(draft, hal="Panggilan untuk diperiksa", addressee="Sdr. Ahmad Yani")  # type: ignore[arg-type]
    accept(draft)  # type: ignore[arg-type]
    s.done()
    letter = s.detail.letters[0]
    pdf = s.ws.letters.pdf(letter.id)
    if shots.is_dir():
        (shots / "summons_with_new_words.pdf").write_bytes(pdf)
    text = _pdf_text(pdf)
    assert f"dugaan pelanggaran disiplin berupa {NEW_WORDS}" in text
    assert "pungutan liar" not in text

    third = SettingsDialog(controller)  # left empty: back to the standard words
    qtbot.addWidget(third)
    third.violations.table.item(_row(third.violations, "illegal_levies"), 1).setText(" ")
    third.ui.saveButton.click()
    qtbot.waitUntil(lambda: not third.busy, timeout=20_000)  # saved off the GUI thread
    assert not third.isVisible(), third.ui.errorLabel.text()
    assert s.ws.settings.get("letters.violation_words") == {}
    fourth = SettingsDialog(controller)
    qtbot.addWidget(fourth)
    assert "pungutan liar" in fourth.violations.table.item(
        _row(fourth.violations, "illegal_levies"), 1).text()
