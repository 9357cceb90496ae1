"""The red audit banner, the office key on the login dialog and in the setup
wizard (issue 19), looked at in both languages (WBS_SHOTS=folder saves PNGs)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QWidget
from sqlalchemy import delete

from tests.gui.conftest import ADMIN
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.i18n import init_translations
from wbs_desktop.gui.main_window import MainWindow
from wbs_desktop.gui.session.login import LoginDialog
from wbs_desktop.gui.session.setup_wizard import SetupWizard
from wbs_desktop.services.dto import SetupResult
from wbs_desktop.storage.models import AuditEntry, AuditHead


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("WBS_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def _cut_tail(controller: Controller) -> None:
    """An insider deletes the newest entries and rewinds the head (outside the app)."""
    db = controller._office.db
    with db.write() as session:
        head = session.get(AuditHead, 1)
        assert head is not None
        keep = head.seq - 2
        session.execute(delete(AuditEntry).where(AuditEntry.seq > keep))
        last = session.get(AuditEntry, keep)
        assert last is not None
        head.seq, head.entry_hash = last.seq, last.entry_hash


@pytest.mark.parametrize("language", ["en", "id"])
def test_red_banner_stays_until_an_admin_acknowledges(  # type: ignore[no-untyped-def]
    qtbot, qapp, controller: Controller, cases: list[str], monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    init_translations(qapp, language)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    assert not window.audit_banner.isVisible()
    _cut_tail(controller)
    window.audit_banner.check()  # what a live refresh does
    qtbot.waitUntil(window.audit_banner.isVisible, timeout=20_000)
    text = window.audit_banner.text_label.text()
    assert ("cut off" if language == "en" else "dipotong") in text
    assert window.audit_banner.ack_button.isVisible()
    _shot(window, f"audit-banner-{language}.png")
    # A new window (a restart, another login) shows it again: it is kept.
    again = MainWindow(controller)
    qtbot.addWidget(again)
    again.show()
    assert again.audit_banner.isVisible()
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("dilaporkan ke pimpinan", True)
    )
    window.audit_banner.ack_button.click()  # saved off the GUI thread
    qtbot.waitUntil(lambda: not window.audit_banner.isVisible(), timeout=20_000)
    assert controller.audit_alarm() is None
    acks = controller._ws.audit.entries(action="audit_alarm_acknowledged")
    assert acks and acks[0].details["note"] == "dilaporkan ke pimpinan"


def test_a_window_closed_during_the_check_is_left_alone(  # type: ignore[no-untyped-def]
    qtbot, controller: Controller, cases: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window is closed and deleted (a logout) while the banner's check
    runs: its outcome is dropped, nothing calls into the deleted banner (the
    slot raised "Internal C++ object already deleted" before)."""
    import threading

    import shiboken6

    from wbs_desktop.gui.worker import wait_for_workers

    gate = threading.Event()
    real = controller.check_audit_growth

    def slow_check():  # type: ignore[no-untyped-def]
        gate.wait(10)
        return real()

    monkeypatch.setattr(controller, "check_audit_growth", slow_check)
    window = MainWindow(controller)
    window.show()
    _cut_tail(controller)  # an alarm to show, had the banner still been there
    window.audit_banner.check()
    window.close()
    shiboken6.delete(window)
    gate.set()
    wait_for_workers()
    assert controller.audit_alarm() is not None  # the check ran and kept its alarm


@pytest.mark.parametrize("language", ["en", "id"])
def test_office_key_on_the_login_dialog(qtbot, qapp, office_db: str, language: str) -> None:  # type: ignore[no-untyped-def]
    init_translations(qapp, language)
    controller = Controller()
    with qtbot.waitSignal(controller.database_opened, timeout=20_000):
        controller.open_database(office_db)
    fingerprint = controller.root_fingerprint
    assert fingerprint and len(fingerprint.split("-")) == 8
    dialog = LoginDialog(controller, username=ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    assert fingerprint in dialog.ui.databaseLabel.text()
    _shot(dialog, f"login-fingerprint-{language}.png")
    controller.close()


@pytest.mark.parametrize("language", ["en", "id"])
def test_office_key_in_the_setup_wizard(qtbot, qapp, controller: Controller, language: str) -> None:  # type: ignore[no-untyped-def]
    init_translations(qapp, language)
    from wbs_desktop.gui.session.setup_wizard import ADMIN as ADMIN_PAGE

    wizard = SetupWizard(controller)
    qtbot.addWidget(wizard)
    wizard.setStartId(ADMIN_PAGE)
    wizard.show()
    result = SetupResult(
        office_id="x",
        admin=controller.user,  # type: ignore[arg-type]
        recovery_key="WBSR-AAAA-BBBB",
        recovery_fingerprint="AB12-CD34-EF56-7890",
        root_fingerprint=controller.root_fingerprint or "",
    )
    wizard._on_created(result)  # what the wizard does once the office is made
    assert (controller.root_fingerprint or "-") in wizard.ui.fingerprintLabel.text()
    assert (controller.root_fingerprint or "-") in wizard._recovery_text()
    _shot(wizard, f"wizard-fingerprint-{language}.png")
