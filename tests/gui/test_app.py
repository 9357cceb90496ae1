"""The start-up flow of ``wbs-desktop`` and the last-resort error handler."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEventLoop, QObject, Signal
from PySide6.QtWidgets import QDialog

from tests.gui.conftest import ADMIN, ADMIN_PASSWORD
from wbs_desktop.gui import app as app_module
from wbs_desktop.gui import settings
from wbs_desktop.gui.app import AppFlow, excepthook, parse_args, setup_logging
from wbs_desktop.gui.session.login import OPEN_FAILED
from wbs_desktop.paths import log_dir


def test_command_line() -> None:
    args = parse_args(["--db", "postgresql+psycopg://wbs@server/wbs", "--lang", "en"])
    assert args.db == "postgresql+psycopg://wbs@server/wbs" and args.lang == "en"
    assert parse_args([]).db is None
    with pytest.raises(SystemExit):
        parse_args(["--lang", "fr"])


def test_the_log_file_rolls_over(tmp_path: Path) -> None:
    path = tmp_path / "wbs-desktop.log"
    handler = app_module.LogFile(str(path), max_bytes=300, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test-log-file")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for i in range(40):
            logger.warning("line %02d %s", i, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["wbs-desktop.log", "wbs-desktop.log.1", "wbs-desktop.log.2"]
    assert all(p.stat().st_size <= 300 for p in tmp_path.iterdir())
    assert "line 39" in path.read_text(encoding="utf-8")
    older = (tmp_path / "wbs-desktop.log.1").read_text(encoding="utf-8")
    assert "line 0" not in older and "line 3" in older, "the oldest lines were dropped"


def test_unexpected_error_is_logged_and_explained(qapp, modals) -> None:  # type: ignore[no-untyped-def]
    modals.allowed = True
    setup_logging()
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        excepthook(type(exc), exc, exc.__traceback__)
    for handler in logging.getLogger().handlers:
        handler.flush()
    log_text = (log_dir() / "wbs-desktop.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError: boom" in log_text and "Traceback" in log_text
    assert len(modals.calls) == 1
    assert "Something unexpected went wrong" in modals.calls[0]
    assert "Traceback" not in modals.calls[0]
    for handler in list(logging.getLogger().handlers):
        if isinstance(handler, app_module.LogFile):
            logging.getLogger().removeHandler(handler)
            handler.close()


class _FakeLogin(QObject):
    """Stands in for the modal login dialog: waits, as the real one does, for the
    database being opened behind it, then logs in synchronously."""

    language_changed = Signal(str)
    shown: list[dict[str, Any]] = []

    def __init__(self, controller: Any, **kwargs: Any) -> None:
        super().__init__()
        self.controller = controller
        self.open_error: BaseException | None = None
        self.waited = not controller.is_open
        _FakeLogin.shown.append(kwargs)

    def exec(self) -> int:
        if not self.controller.is_open:
            loop = QEventLoop()
            failed: list[BaseException] = []
            self.controller.database_opened.connect(loop.quit)
            self.controller.database_failed.connect(failed.append)
            self.controller.database_failed.connect(loop.quit)
            loop.exec()
            if failed:
                self.open_error = failed[0]
                return OPEN_FAILED
        office = self.controller._office
        self.controller._ws = office.login(ADMIN, ADMIN_PASSWORD)
        return QDialog.DialogCode.Accepted


class _FakeWizard(QObject):
    language_changed = Signal(str)
    runs = 0

    def __init__(self, controller: Any) -> None:
        super().__init__()
        _FakeWizard.runs += 1
        self.created = None

    def exec(self) -> int:
        return QDialog.DialogCode.Rejected


@pytest.fixture
def fakes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _FakeLogin.shown = []
    _FakeWizard.runs = 0
    from wbs_desktop.gui.session import setup_wizard

    monkeypatch.setattr(app_module, "LoginDialog", _FakeLogin)
    monkeypatch.setattr(setup_wizard, "SetupWizard", _FakeWizard)


def test_db_option_opens_that_database_then_login_then_main_window(  # type: ignore[no-untyped-def]
        qtbot, qapp, office_db: str, fakes) -> None:
    flow = AppFlow(qapp, office_db)
    flow.start()
    qtbot.waitUntil(lambda: flow.window is not None, timeout=20_000)
    assert flow.window is not None and flow.window.isVisible()
    assert flow.controller.location == office_db
    assert settings.database_location() is None, "--db is not remembered"
    assert _FakeWizard.runs == 0
    flow.window.close()
    flow.controller.close()


def test_remembered_database_is_used(qtbot, qapp, office_db: str, fakes) -> None:  # type: ignore[no-untyped-def]
    settings.set_database_location(office_db)
    flow = AppFlow(qapp, None)
    flow.start()
    qtbot.waitUntil(lambda: flow.window is not None, timeout=20_000)
    assert flow.controller.location == office_db
    assert flow.window is not None
    flow.window.close()
    flow.controller.close()


def test_no_database_runs_the_setup_wizard(qtbot, qapp, fakes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    quits: list[bool] = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
    flow = AppFlow(qapp, None)
    flow.start()
    assert _FakeWizard.runs == 1
    assert quits == [True], "cancelled on first run: the app ends"


def test_a_file_that_is_no_office_database_says_so(qtbot, qapp, fakes, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                   modals, monkeypatch) -> None:
    modals.allowed = True
    monkeypatch.setattr(qapp, "quit", lambda: None)
    flow = AppFlow(qapp, str(tmp_path / "empty.sqlite3"))
    flow.start()
    qtbot.waitUntil(lambda: _FakeWizard.runs == 1, timeout=20_000)
    assert any("has not been set up for WBS Desktop" in call for call in modals.calls)
    assert not any("Traceback" in call for call in modals.calls)


def test_lock_and_logout(qtbot, qapp, office_db: str, fakes, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    flow = AppFlow(qapp, office_db)
    flow.start()
    qtbot.waitUntil(lambda: flow.window is not None, timeout=20_000)
    window = flow.window
    assert window is not None
    window.lock_action.trigger()
    assert flow.controller.user is None, "locking drops the keys"
    assert flow.window is None, "and the window with what it showed"
    qtbot.waitUntil(lambda: flow.controller.user is not None and flow.window is not None
                    and flow.window.isVisible(), timeout=20_000)
    assert _FakeLogin.shown[-1] == {"username": ADMIN, "locked": True}
    window = flow.window
    window.logout_action.trigger()
    assert flow.window is None and flow.controller.user is None
    qtbot.waitUntil(lambda: flow.window is not None, timeout=20_000)
    assert flow.window is not None
    flow.window.close()
    flow.controller.close()


def test_language_menu_rebuilds_the_window_and_is_remembered(  # type: ignore[no-untyped-def]
        qtbot, qapp, office_db: str, fakes) -> None:
    flow = AppFlow(qapp, office_db)
    flow.start()
    qtbot.waitUntil(lambda: flow.window is not None, timeout=20_000)
    old = flow.window
    assert old is not None
    assert old.menuBar().actions()[0].text() == "&Case"
    old._choose_language("id")
    assert settings.language() == "id"
    new = flow.window
    assert new is not None and new is not old
    assert [a.text() for a in new.menuBar().actions()] == [
        "&Kasus", "&Tampilan", "&Administrasi", "Ba&ntuan"]
    qtbot.waitUntil(lambda: not new.searching)
    assert new.count_label.text() == "0 dari 0 kasus"
    new.close()
    flow.controller.close()
