"""The administrators' audit-log view (issue 19): filters, "Verify now" off the
GUI thread, CSV export written 0600 with exactly the filtered entries."""

from __future__ import annotations

import csv
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from wbs_desktop.gui.admin.audit_log import AuditLogDialog
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.i18n import init_translations


@pytest.mark.parametrize("language", ["en", "id"])
def test_filter_verify_and_export(  # type: ignore[no-untyped-def]
    qtbot, qapp, controller: Controller, cases: list[str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, language: str,
) -> None:
    init_translations(qapp, language)
    dialog = AuditLogDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    every = dialog.table.rowCount()
    assert every >= 6  # office made, user added, logins, three submissions
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("case_submitted"))
    dialog.apply_button.click()
    assert dialog.table.rowCount() == 3
    assert {dialog.table.item(r, 3).text() for r in range(3)} == {"case_submitted"}
    register = dialog.table.item(0, 4).text()
    dialog.case_edit.setText(register)
    dialog.apply_button.click()
    assert dialog.table.rowCount() == 1
    dialog.case_edit.clear()
    dialog.user_combo.setCurrentIndex(dialog.user_combo.findData("admin"))
    dialog.date_check.setChecked(True)
    dialog.apply_button.click()
    assert dialog.table.rowCount() == 3  # today (the office day), by admin
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog._job is None or dialog._job.done, timeout=30_000)
    qtbot.waitUntil(lambda: "entries checked" in dialog.status_label.text()
                    or "entri diperiksa" in dialog.status_label.text(), timeout=30_000)
    folder = os.environ.get("WBS_SHOTS")
    if folder:
        dialog.grab().save(str(Path(folder) / f"audit-log-view-{language}.png"))
    out = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.export_button.click()
    qtbot.waitUntil(out.is_file, timeout=20_000)
    qtbot.waitUntil(lambda: str(out) in dialog.status_label.text(), timeout=20_000)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == ["seq", "time_utc", "user", "action"]
    assert len(rows) == 4 and {r[3] for r in rows[1:]} == {"case_submitted"}
    exported = controller._ws.audit.entries(action="audit_exported")
    assert exported and exported[0].details["entries"] == 3
