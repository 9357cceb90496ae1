"""Lock, unlock, idle lock and switch user through the real ``main()`` wiring and the
real login dialog (issue 15: unlocking ended the app; issue 13: the lock forgets)."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from tests.gui.conftest import ADMIN, ADMIN_PASSWORD, complaint
from wbs_desktop.domain.roles import Role
from wbs_desktop.gui import app as app_module
from wbs_desktop.gui.main_window import MainWindow
from wbs_desktop.gui.session import session_guard
from wbs_desktop.gui.session.login import LoginDialog

REPORTER = "Yohanes Mau"  # in complaint()
ACCUSED = "Ahmad Yani"
OFFICER, OFFICER_PASSWORD = "petrus", "Lontar-Sabu-Rote-2026!"

Wait = Callable[[], bool]


class Script:
    """Drives the app from inside its own event loop (``main()`` blocks in
    ``app.exec()`` and in the dialogs' ``exec()``): each step yields a condition
    and goes on once it holds. A failure or a timeout quits the app."""

    def __init__(self, steps: Iterator[Wait], timeout: float = 60.0) -> None:
        self.steps = steps
        self.wait: Wait | None = None
        self.finished = False
        self.error: BaseException | str | None = None
        self.deadline = time.monotonic() + timeout
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)
        self.timer.start(50)

    def tick(self) -> None:
        if time.monotonic() > self.deadline:
            line = self.wait.__code__.co_firstlineno if self.wait is not None else 0
            tops = [(type(w).__name__, w.isVisible(), getattr(w, "_waiting", None),
                     getattr(w, "_locked", None), getattr(getattr(w, "ui", None), "errorLabel",
                                                          QLabel()).text())
                    for w in QApplication.topLevelWidgets()]
            self.fail(f"timed out waiting at line {line}; windows: {tops}")
            return
        try:
            if self.wait is not None and not self.wait():
                return
            self.wait = next(self.steps)
        except StopIteration:
            self.finished = True
            self.timer.stop()
        except BaseException as exc:
            self.fail(exc)

    def fail(self, error: BaseException | str) -> None:
        self.error = error
        self.timer.stop()
        QApplication.quit()


def shown(cls: type) -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]


def login_dialog(locked: bool) -> LoginDialog | None:
    for dialog in shown(LoginDialog):
        if dialog._locked == locked and not dialog.waiting_for_database:
            return dialog
    return None


def main_window() -> MainWindow | None:
    windows = shown(MainWindow)
    return windows[0] if windows and not windows[0].searching else None


def every_text() -> Iterator[str]:
    """Every text any live widget shows or holds: labels, fields, tooltips, titles,
    combo entries and the data (display and tooltip) of every item model."""
    for w in QApplication.allWidgets():
        yield w.toolTip()
        yield w.windowTitle()
        yield w.statusTip()
        if isinstance(w, (QLabel, QLineEdit)):
            yield w.text()
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            yield w.toPlainText()
        if isinstance(w, QComboBox):
            yield from (w.itemText(i) for i in range(w.count()))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model
                columns = 1
            for row in range(min(model.rowCount(QModelIndex()), 500)):
                for col in range(columns):
                    index = model.index(row, col, QModelIndex())
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(index, role)
                        if value is not None:
                            yield str(value)


def holds(name: str) -> list[str]:
    return [t for t in every_text() if t and name in t]


def log_in(dialog: LoginDialog, password: str, username: str | None = None) -> None:
    if username is not None:
        dialog.ui.usernameEdit.setText(username)
    dialog.ui.passwordEdit.setText(password)
    dialog.ui.loginButton.click()


@pytest.fixture
def run_main(qapp, office_db: str, monkeypatch):  # type: ignore[no-untyped-def]
    """Runs the real ``main(["--db", office_db])`` while a script drives it."""
    from wbs_desktop.services.office import Office

    office = Office.open(office_db)
    ws = office.login(ADMIN, ADMIN_PASSWORD)
    ws.cases.submit(complaint())
    ws.accounts.add_user(OFFICER, "Petrus Officer", Role.OFFICER, OFFICER_PASSWORD)
    ws.logout()
    office.close()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(logging.getLogger().handlers)

    def run(steps: Iterator[Wait]) -> tuple[int, Script]:
        script = Script(steps)
        try:
            code = app_module.main(["--db", office_db])
        finally:
            for handler in list(logging.getLogger().handlers):
                if handler not in handlers:
                    logging.getLogger().removeHandler(handler)
                    handler.close()
        script.timer.stop()
        for flow in QApplication.instance().children():  # type: ignore[union-attr]
            if isinstance(flow, app_module.AppFlow):
                flow.idle.stop()
                flow.setParent(None)
                flow.deleteLater()
        for widget in QApplication.topLevelWidgets():  # the closed window, for the next test
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return code, script

    return run


def test_lock_and_unlock_three_times_then_quit(run_main) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, Any] = {"unlocked": 0}

    def steps() -> Iterator[Wait]:
        yield lambda: login_dialog(False) is not None
        log_in(login_dialog(False), ADMIN_PASSWORD, username=ADMIN)  # type: ignore[arg-type]
        for _ in range(3):
            yield lambda: main_window() is not None
            window = main_window()
            assert window is not None
            window.lock_action.trigger()
            yield lambda: login_dialog(True) is not None
            locked = login_dialog(True)
            assert locked is not None and not shown(MainWindow), "locked: no window shown"
            assert locked.ui.usernameEdit.text() == ADMIN and locked.ui.usernameEdit.isReadOnly()
            assert locked.switch_user_button is not None and locked.switch_user_button.isVisible()
            log_in(locked, ADMIN_PASSWORD)
            yield lambda: main_window() is not None and login_dialog(True) is None
            seen["unlocked"] += 1
        window = main_window()
        assert window is not None and window.isVisible()
        seen["quit"] = True
        window.quit_action.trigger()  # the app's own Quit ends it
        yield lambda: True

    code, script = run_main(steps())
    assert script.error is None, script.error
    assert seen.get("quit") and seen["unlocked"] == 3
    assert code == 0


def test_idle_lock_forgets_every_revealed_value_and_switch_user(  # type: ignore[no-untyped-def]
        run_main, monkeypatch) -> None:
    state: dict[str, Any] = {}
    monkeypatch.setattr(session_guard, "DEFAULT_IDLE_MINUTES", 10)

    def steps() -> Iterator[Wait]:
        yield lambda: login_dialog(False) is not None
        log_in(login_dialog(False), ADMIN_PASSWORD, username=ADMIN)  # type: ignore[arg-type]
        yield lambda: main_window() is not None and main_window().model.rowCount() == 1  # type: ignore[union-attr]
        window = main_window()
        assert window is not None
        # The administrator's setting: 10 minutes unless changed.
        flow = [o for o in QApplication.instance().children()  # type: ignore[union-attr]
                if isinstance(o, app_module.AppFlow)][-1]
        assert flow.idle.timeout_seconds == 600 and flow.idle.active
        window.table.select_case(window.model.case_id(0))
        assert window.detail.reveal_identity("Klarifikasi pelapor")
        assert holds(REPORTER) and holds(ACCUSED), "shown before the lock"
        # Copied from the identity label: on the clipboard until the lock.
        QGuiApplication.clipboard().setText(REPORTER)
        assert QGuiApplication.clipboard().text() == REPORTER
        flow.idle.set_minutes(0.5 / 60)  # half a second without input
        yield lambda: login_dialog(True) is not None
        assert not flow.idle.active
        assert not [w for w in QApplication.allWidgets() if isinstance(w, MainWindow)], \
            "the window is gone with what it showed"
        leaks = holds(REPORTER) + holds(ACCUSED)
        assert leaks == [], f"still held after the idle lock: {leaks}"
        assert QGuiApplication.clipboard().text() == "", "the copied name is cleared"
        assert flow.controller.user is None, "the keys are dropped"
        # Switch user: another officer logs in; the locked session is gone.
        locked = login_dialog(True)
        assert locked is not None and locked.switch_user_button is not None
        locked.switch_user_button.click()
        yield lambda: login_dialog(False) is not None
        fresh = login_dialog(False)
        assert fresh is not None and not fresh.ui.usernameEdit.isReadOnly()
        assert fresh.ui.usernameEdit.text() == ""
        log_in(fresh, OFFICER_PASSWORD, username=OFFICER)
        yield lambda: main_window() is not None
        window = main_window()
        assert window is not None and "Petrus Officer" in window.user_label.text()
        assert flow.controller.user is not None and flow.controller.user.username == OFFICER
        state["switched"] = True
        window.close()  # the window's close ends the app
        yield lambda: True

    code, script = run_main(steps())
    assert script.error is None, script.error
    assert state.get("switched") and code == 0


def test_a_copied_identity_value_is_cleared_after_30_seconds(qtbot, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(session_guard, "CLIPBOARD_CLEAR_MS", 200)
    guard = session_guard.ClipboardGuard()
    guard.watch(REPORTER, "0812 3456 7890")
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("Nomor register 0001")  # not an identity value: kept
    qtbot.wait(400)
    assert clipboard.text() == "Nomor register 0001"
    clipboard.setText(REPORTER)
    assert clipboard.text() == REPORTER
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    guard.copy_secret("0812 3456 7890")
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    assert session_guard.CLIPBOARD_CLEAR_MS == 200



def test_idle_lock_counts_input_and_locks_when_the_os_suspends_the_app(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent as E
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QWidget

    idle = session_guard.IdleLock(qapp)
    fired: list[bool] = []
    idle.idle.connect(lambda: fired.append(True))
    try:
        idle.set_minutes(0.6 / 60)
        idle.start()
        target = QWidget()
        for _ in range(6):  # typing keeps it open
            qtbot.wait(150)
            QApplication.sendEvent(target, QKeyEvent(E.Type.KeyPress, Qt.Key.Key_A,
                                                     Qt.KeyboardModifier.NoModifier, "a"))
        assert not fired
        qtbot.waitUntil(lambda: bool(fired), timeout=3000)
        assert not idle.active, "stopped until the next unlock"
        fired.clear()
        idle.set_minutes(0)  # never on idle …
        idle.start()
        qtbot.wait(300)
        assert not fired
        qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
        assert fired == [True], "… but the OS suspending the app locks at once"
    finally:
        idle.stop()
        qapp.removeEventFilter(idle)
