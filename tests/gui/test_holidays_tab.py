"""The settings dialog's holidays tab: one year at a time, its state, confirm with
one click (audited), pre-fill a year without a list, and the grace setting."""

from __future__ import annotations

from datetime import date

from tests.helpers.clock import Clock
from wbs_desktop.gui.controller import Controller


def test_holidays_tab_per_year(qtbot, controller: Controller, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    from wbs_desktop.gui.admin.settings_dialog import SettingsDialog

    clock.set(date(2026, 12, 1))
    dialog = SettingsDialog(controller)
    qtbot.addWidget(dialog)
    assert dialog.yearCombo.currentData() == 2026
    assert dialog.ui.holidaysTable.rowCount() == 25
    assert dialog.yearStateLabel.text().startswith("Confirmed")
    assert not dialog.confirmYearButton.isEnabled()
    dialog.yearCombo.setCurrentIndex(dialog.yearCombo.findData(2027))
    assert dialog.ui.holidaysTable.item(0, 0).text() == "01/01/2027"
    assert "Proposed" in dialog.yearStateLabel.text()
    assert dialog.confirmYearButton.isEnabled()
    # An edit not saved yet: confirming waits for the save.
    dialog.ui.holidaysTable.item(0, 1).setText("Tahun Baru 2027")
    dialog.confirmYearButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)  # saved off the GUI thread
    assert "Save the changes" in dialog.ui.errorLabel.text()
    dialog.ui.holidaysTable.item(0, 1).setText("Tahun Baru Masehi")
    dialog.confirmYearButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)  # saved off the GUI thread
    assert dialog.yearStateLabel.text().startswith("Confirmed by admin")
    assert controller.holidays().year(2027).state.value == "confirmed"
    # 2028 has no list yet: propose it from the national list.
    dialog._load_holidays(controller.settings().all(), 2028)
    assert "No list for 2028" in dialog.yearStateLabel.text()
    dialog.prefillYearButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)  # saved off the GUI thread
    assert dialog.ui.holidaysTable.rowCount() > 10
    assert "Proposed" in dialog.yearStateLabel.text()
    # A day typed into the wrong year is refused; the grace is saved with the deadlines.
    dialog._add_holiday()
    row = dialog.ui.holidaysTable.rowCount() - 1
    dialog.ui.holidaysTable.item(row, 0).setText("01/01/2029")
    dialog.ui.holidaysTable.item(row, 1).setText("X")
    dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)  # saved off the GUI thread
    assert "is not in 2028" in dialog.ui.errorLabel.text()
    dialog.ui.holidaysTable.removeRow(row)
    dialog.graceSpin.setValue(5)
    dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)  # saved off the GUI thread
    assert dialog.result() == dialog.DialogCode.Accepted
    assert controller.settings().deadlines().past_grace_days == 5
    assert len(controller.holidays().year(2026).days) == 25
