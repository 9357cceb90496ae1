"""Entry point of the desktop app (``wbs-desktop``).

No database configured: the setup wizard. Otherwise: the login dialog at once,
the database opened in the background meanwhile, then the main window.
``--db PATH_OR_URL`` opens that database directly (not remembered);
``--lang id|en`` picks the language for this run.

Start-up time is what the user waits for, so this module imports only what the
login dialog needs; the main window, the setup wizard, the services (SQLAlchemy,
cryptography) and the keyring are imported where first used.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from wbs_desktop.files import make_private, private_dir, restrict_umask
from wbs_desktop.gui import settings
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.i18n import init_translations
from wbs_desktop.gui.session.dblocation import (
    has_password,
    is_shared,
    parse_server,
    without_password,
)
from wbs_desktop.gui.session.login import OPEN_FAILED, OTHER_DATABASE, SWITCH_USER, LoginDialog
from wbs_desktop.gui.session.session_guard import (
    DEFAULT_IDLE_MINUTES,
    IDLE_SETTING,
    IdleLock,
    clipboard_guard,
)
from wbs_desktop.paths import APP_NAME, ORG_NAME, log_dir, user_data_dir

if TYPE_CHECKING:
    from wbs_desktop.gui.main_window import MainWindow

log = logging.getLogger("wbs_desktop")


# --- logging and the last-resort error handler ----------------------------------


class LogFile(logging.FileHandler):
    """The log file, rolled over to ``.1`` … ``.N`` when a record would take it past
    ``max_bytes`` (what ``logging.handlers.RotatingFileHandler`` does; that module
    imports socket, pickle and queue, ~10 ms of every start)."""

    def __init__(self, path: str, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() + len(
                    self.format(record)) + 1 > self.max_bytes:
                self._roll_over()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        make_private(self.baseFilename)  # 0600 (also a file an older version made)
        return stream

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        base = self.baseFilename
        for i in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{i}"):
                os.replace(f"{base}.{i}", f"{base}.{i + 1}")
        if self.backups > 0 and os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()


def setup_logging() -> str:
    data = private_dir(user_data_dir())
    for old in data.iterdir():  # files an older version wrote world-readable
        if old.is_file():
            make_private(old)
    folder = private_dir(log_dir())
    path = folder / "wbs-desktop.log"
    handler = LogFile(str(path), max_bytes=2_000_000, backups=5)
    for old in folder.iterdir():  # written by an older version, world-readable
        make_private(old)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return str(path)


_in_hook = False


def excepthook(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    """Log an unexpected error and show a friendly dialog instead of a traceback."""
    global _in_hook
    log.error("unhandled error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    if _in_hook or QApplication.instance() is None:
        return
    _in_hook = True
    try:
        from wbs_desktop.gui.dialogs import show_error
        from wbs_desktop.gui.messages import service_error_message

        text = service_error_message(exc) if hasattr(exc, "code") else QCoreApplication.translate(
            "App", "Something unexpected went wrong. Your saved work is safe; the details were "
            "written to the log file in %1.").replace("%1", str(log_dir()))
        show_error(QApplication.activeWindow(), text)
    finally:
        _in_hook = False


# --- the flow: wizard → open → login → main window --------------------------------


class AppFlow(QObject):
    def __init__(self, app: QApplication, db_override: str | None) -> None:
        super().__init__(app)
        self.app = app
        self.controller = Controller(self)
        self.db_override = db_override
        self.window: MainWindow | None = None
        self._last_username = settings.last_username()  # this workstation's (a setting)
        self._resume_case = ""  # the case shown when the screen was locked
        self._locked = False
        self.idle = IdleLock(app, parent=self)
        self.idle.idle.connect(self.lock)

    def start(self) -> None:
        from wbs_desktop.gui.case.case_tabs import remove_temp_files

        remove_temp_files()  # decrypted copies an older version (or a crash) left behind
        location = self.db_override or settings.database_location()
        if location:
            self.open_location(location)
        else:
            self.run_wizard()

    def quit(self) -> None:
        self.idle.stop()
        self._forget()
        self.controller.cancel_open()
        self.controller.close()
        self.app.quit()

    # --- setup -------------------------------------------------------------------

    def run_wizard(self) -> None:
        from wbs_desktop.gui.dialogs import message
        from wbs_desktop.gui.session.setup_wizard import SetupWizard

        wizard = SetupWizard(self.controller)
        wizard.language_changed.connect(self._set_language)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        if not accepted and wizard.created is None:
            if self.controller.is_open and self.controller.location:
                self.show_login()  # back to the database that was open before
            else:
                self.quit()
            return
        notice = wizard.remember()
        if notice:
            message(None, QCoreApplication.translate("App", "WBS Desktop"), notice)
        if wizard.created is not None:
            self._last_username = wizard.created.admin.username
        self.show_login()

    # --- opening -------------------------------------------------------------------

    def _server_password(self, location: str) -> str | bool | None:
        """The password for a shared server: from the keyring or asked. False: cancelled."""
        from wbs_desktop.gui.dialogs import ask_text
        from wbs_desktop.gui.session import secrets

        server = parse_server(location)
        password = secrets.load_password(server.account)
        if password:
            return password
        if secrets.keyring_available():
            intro = QCoreApplication.translate("App", "The password of the database server %1:")
        else:
            intro = QCoreApplication.translate(
                "App", "This computer has no keyring, so the password of the database server "
                "%1 is asked at each start:")
        asked = ask_text(None, QCoreApplication.translate("App", "Database server"),
                         intro.replace("%1", server.display()), password=True)
        if asked is None:
            return False
        if secrets.keyring_available():
            secrets.store_password(server.account, asked)
        return asked

    def open_location(self, location: str) -> None:
        """Show the login dialog and open ``location`` behind it.

        A shared server's password comes first (keyring or asked): without it
        there is nothing to open. A local file needs nothing before the dialog.
        """
        db_password: str | None = None
        if is_shared(location):
            if has_password(location):
                from urllib.parse import unquote, urlsplit

                db_password = unquote(urlsplit(location).password or "")
                location = without_password(location)
            else:
                answer = self._server_password(location)
                if answer is False:
                    self.quit()
                    return
                db_password = answer if isinstance(answer, str) else None
        self.show_login(opening=(location, db_password))

    def _open_failed(self, exc: BaseException) -> None:
        from wbs_desktop.gui.dialogs import ask, show_error
        from wbs_desktop.gui.messages import service_error_message

        text = service_error_message(exc)
        code = getattr(exc, "code", "")
        title = QCoreApplication.translate("App", "The database could not be opened")
        if code == "schema_too_new":
            # Not a database to replace: the workstation needs the newer version.
            # Never the setup wizard here (it would offer to make a new office).
            show_error(None, text, QCoreApplication.translate(
                "App", "A newer WBS Desktop is needed"))
            self.quit()
            return
        if code == "database_unavailable":
            retry = ask(None, title, text, QCoreApplication.translate("App", "&Try again"),
                        QCoreApplication.translate("App", "&Set up another database"))
            if retry:
                self.open_location(self.db_override or settings.database_location() or "")
                return
        else:
            show_error(None, text, title)
        self.run_wizard()

    # --- login ---------------------------------------------------------------------

    def show_login(self, *, opening: tuple[str, str | None] | None = None) -> None:
        """The login dialog; ``opening`` (location, server password): open it meanwhile."""
        if opening is None:
            dialog = LoginDialog(self.controller, username=self._last_username)
        else:
            location, db_password = opening
            dialog = LoginDialog(self.controller, username=self._last_username, location=location)
            # Started from the dialog's event loop, once it is on screen: the
            # import of the services would otherwise hold up showing it.
            QTimer.singleShot(0, lambda: self.controller.open_database(
                location, db_password=db_password))
        dialog.language_changed.connect(self._set_language)
        result = dialog.exec()
        if result == QDialog.DialogCode.Accepted:
            user = self.controller.user
            self._last_username = user.username if user else ""
            if user is not None and user.must_change_password:
                from wbs_desktop.gui.session.change_password import ChangePasswordDialog

                changer = ChangePasswordDialog(self.controller, required=True)
                if changer.exec() != QDialog.DialogCode.Accepted:
                    self.controller.logout()
                    self.show_login()
                    return
            self.show_main_window()
        elif result == OPEN_FAILED:
            assert dialog.open_error is not None
            self._open_failed(dialog.open_error)
        elif result == OTHER_DATABASE:
            self.run_wizard()
        else:
            self.quit()

    def show_main_window(self) -> None:
        if self.window is not None:
            self.window.show()
            self.window.refresh()
            self._start_idle_lock()
            return
        from wbs_desktop.gui.main_window import MainWindow

        window = MainWindow(self.controller)
        window.logout_requested.connect(self.logout)
        window.lock_requested.connect(self.lock)
        window.language_requested.connect(self._language_from_window)
        # The app ends from the window's own Quit or close, never because the
        # last visible window went away (the window is gone while locked).
        window.quit_requested.connect(self.quit)
        self.window = window
        window.show()
        self.idle.register_window(int(window.winId()))
        self._start_idle_lock()

    def _start_idle_lock(self) -> None:
        minutes: float = DEFAULT_IDLE_MINUTES
        try:
            value = self.controller.settings().get(IDLE_SETTING)
            if value is not None:
                minutes = float(value)
        except Exception:  # a missing setting is no reason to refuse the window
            log.info("idle lock setting unavailable", exc_info=True)
        self.idle.set_minutes(minutes)
        self.idle.start()

    def _close_window(self) -> None:
        if self.window is not None:
            window, self.window = self.window, None
            window.save_layout()
            window.hide()
            window.deleteLater()

    def _close_dialogs(self) -> None:
        """Every dialog still open (a form, a message, a file chooser) is closed: what it
        shows or holds goes with the window."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() \
                    and not isinstance(widget, LoginDialog):
                widget.reject()

    def _forget(self) -> None:
        """Drop what this process still holds of the session outside the services."""
        clipboard_guard().forget()
        from wbs_desktop.gui.case.case_tabs import remove_temp_files

        remove_temp_files()

    def logout(self) -> None:
        self.idle.stop()
        self._close_dialogs()
        self._close_window()
        self.controller.logout()
        self._forget()
        QTimer.singleShot(0, self.show_login)

    def lock(self) -> None:
        """Lock: the window, its dialogs and everything they showed are dropped with
        the keys; the password (or another user, via Switch user) brings it back."""
        if self._locked or self.controller.user is None:
            return
        self._locked = True
        self.idle.stop()
        self._resume_case = self.window.table.current_case_id() if self.window else ""
        self._close_dialogs()
        self._close_window()
        self.controller.lock()
        self._forget()
        QTimer.singleShot(0, self._unlock)

    def _unlock(self) -> None:
        # The closed window is deleted now, not when some outer event loop gets to it.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        dialog = LoginDialog(self.controller, username=self._last_username, locked=True)
        dialog.language_changed.connect(self._set_language)
        result = dialog.exec()
        self._locked = False
        if result == QDialog.DialogCode.Accepted:
            self.show_main_window()
            resume, self._resume_case = self._resume_case, ""
            window = self.window
            if resume and window is not None:
                def select() -> None:  # once the new window's first search is in
                    window.search_finished.disconnect(select)
                    window.table.select_case(resume)

                window.search_finished.connect(select)
        elif result == SWITCH_USER:
            self._resume_case = ""
            self._last_username = ""
            self.controller.logout()
            self.show_login()
        else:
            self.quit()

    # --- language ------------------------------------------------------------------

    def _set_language(self, code: str) -> None:
        init_translations(self.app, code)

    def _language_from_window(self, code: str) -> None:
        """Rebuild the main window in the new language (the session stays)."""
        init_translations(self.app, code)
        if self.window is not None:
            geometry = self.window.saveGeometry()
            current = self.window.table.current_case_id()
            self._close_window()
            self.show_main_window()
            assert self.window is not None
            self.window.restoreGeometry(geometry)
            if current:
                self.window.table.select_case(current)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="wbs-desktop", description="WBS Desktop")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="open this database (an SQLite file or a PostgreSQL URL)")
    parser.add_argument("--lang", choices=settings.LANGUAGES, help="user-interface language")
    if argv is not None and "--version" in argv:  # not imported on a normal start
        from wbs_desktop.version import app_version

        parser.add_argument("--version", action="version", version=f"wbs-desktop {app_version()}")
    parser.add_argument("--smoke", metavar="REPORT.json",
                        help="start to the login dialog, check the shipped files, write "
                             "REPORT.json and quit (the frozen build's smoke test)")
    return parser.parse_known_args(argv)[0]


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    restrict_umask()  # every file this process writes: the user's only
    log_file = setup_logging()
    log.info("starting; log file %s", log_file)
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationName(APP_NAME)
    if QApplication.instance() is None:
        from wbs_desktop.gui import platform_check

        if platform_check.uses_xcb():
            missing = platform_check.missing_packages()
            if missing:  # Qt would abort with a hint nobody can act on
                text = platform_check.message(missing)
                log.error("%s", text)
                print(text, file=sys.stderr)
                return 1
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    from PySide6.QtGui import QIcon

    from wbs_desktop.paths import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "wbs-desktop.png"))))
    app.setDesktopFileName("wbs-desktop")  # the Linux desktop entry (and its icon)
    init_translations(app, args.lang)
    sys.excepthook = excepthook
    flow = AppFlow(app, args.db)
    # No handler on lastWindowClosed: while the screen is locked the login dialog is
    # the last window, and accepting it must not end the app (issue 15). The app
    # ends from the main window's Quit/close, or the login dialog's Quit.
    smoke = None
    if args.smoke:
        from wbs_desktop.gui import smoke as smoke_test

        smoke = smoke_test.watch(app, flow, args.smoke)
    QTimer.singleShot(0, flow.start)
    code = app.exec()
    # Background jobs finish (and are delivered) before anything is torn down:
    # the interpreter must never be finalised under a running worker.
    from wbs_desktop.gui.worker import wait_for_workers

    wait_for_workers(timeout=30.0)
    flow.controller.close()
    if smoke is not None:
        return 0 if smoke.get("ok") else 1
    return int(code)



if __name__ == "__main__":
    sys.exit(main())
