"""Backup and restore in the app (administrators): Administration > Backup… / Restore….

Both run in the worker with a progress dialog and Cancel (``run_with_progress``);
the services do the work (``wbs_desktop.services.backup``) through the
controller. A restore goes into an EMPTY database only — a new local file or an
empty PostgreSQL database — so the open office is never touched.
Layout of the restore dialog: ``forms/restore.ui``.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from wbs_desktop.domain.dates import office_now
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.dialogs import message, show_error
from wbs_desktop.gui.forms.ui_restore import Ui_RestoreDialog
from wbs_desktop.gui.labels import format_count, format_datetime
from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.gui.worker import Job, run_with_progress
from wbs_desktop.services.errors import ServiceError

log = logging.getLogger(__name__)

SUFFIX = ".wbsbak"


def format_size(size: int) -> str:
    """1.234.567 bytes → "1,2 MB" (decimal units, the office's comma)."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            text = f"{value:.0f}" if unit == "B" else f"{value:.1f}"
            return f"{text.replace('.', ',')} {unit}"
        value /= 1000
    return f"{size} B"  # pragma: no cover


def backup_error_message(exc: BaseException) -> str:
    """One clear sentence for a backup or restore error (never a traceback)."""
    code = getattr(exc, "code", "")
    messages = {
        "backup_corrupt": QCoreApplication.translate("Backup",
            "This backup file is damaged or incomplete (for example cut off while copying). "
            "Nothing was restored; use another copy of the backup."),
        "backup_wrong_key": QCoreApplication.translate("Backup",
            "This backup cannot be opened with these credentials. Give the password of an "
            "administrator the backup was made for, or the office's recovery key."),
        "backup_unsupported": QCoreApplication.translate("Backup",
            "This file is not a WBS Desktop backup, or it was made by a newer version of the "
            "app (then update the app first)."),
        "restore_target_not_empty": QCoreApplication.translate("Backup",
            "The chosen database is not empty. A backup is only restored into a new file or "
            "an empty database, so that nothing is overwritten."),
        "cancelled": QCoreApplication.translate("Backup", "Cancelled: nothing was written."),
        "backup_error": QCoreApplication.translate(
            "Backup", "The backup file cannot be read or written: %1").replace("%1", str(exc)),
    }
    if code in messages:
        return messages[code]
    return service_error_message(exc)


# --- file choosers (tests replace these) ----------------------------------------------

def choose_backup_path(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Backup", "Save the backup as"), suggested,
        QCoreApplication.translate("Backup", "WBS backups (*.wbsbak)"))
    if path and not path.endswith(SUFFIX):
        path += SUFFIX
    return path


def choose_archive(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Backup", "Choose a backup"), "",
        QCoreApplication.translate("Backup", "WBS backups (*.wbsbak);;All files (*)"))
    return path


def choose_new_database(parent: QWidget) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Backup", "New database file"), "wbs-restored.sqlite3",
        QCoreApplication.translate("Backup", "WBS databases (*.sqlite3)"))
    return path


# --- backup -----------------------------------------------------------------------------

def run_backup(parent: QWidget, controller: Controller, path: str | None = None) -> Job | None:
    """Ask where, then write the backup with progress and Cancel; tells size and place."""
    if path is None:
        stamp = office_now().strftime("%Y%m%d-%H%M")
        path = choose_backup_path(parent, str(Path.home() / f"wbs-backup-{stamp}{SUFFIX}"))
    if not path:
        return None
    title = QCoreApplication.translate("Backup", "Backup")

    def done(result: Any) -> None:
        message(parent, title, QCoreApplication.translate("Backup",
            "The backup is saved (%1, %2 records):\n%3\n\nKeep it as you keep the recovery "
            "key: locked away, away from this computer, never shared. Anyone holding it can "
            "try to guess an administrator's password on their own computer, for as long as "
            "they like; it opens with that password or with the recovery key.")
            .replace("%1", format_size(result.size))
            .replace("%2", format_count(result.rows)).replace("%3", str(result.path)))

    def failed(exc: BaseException) -> None:
        log.info("backup failed: %r", exc)
        show_error(parent, backup_error_message(exc), title)

    label = QCoreApplication.translate("Backup", "Writing the backup…")
    return run_with_progress(parent, title, label,
                             lambda progress: controller.backup(path, progress), done, failed)


# --- restore ------------------------------------------------------------------------------

class RestoreDialog(QDialog):
    """Choose an archive (its header is shown), an empty target and the credentials."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._job: Job | None = None
        self.result_: Any = None
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        user = controller.user
        if user is not None:
            self.ui.usernameEdit.setText(user.username)
        self.ui.archiveButton.clicked.connect(self.choose_archive)
        self.ui.fileButton.clicked.connect(self._choose_file)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.restoreButton.clicked.connect(self.restore)
        self.ui.restoreButton.setEnabled(False)
        for radio in (self.ui.localRadio, self.ui.serverRadio, self.ui.adminRadio,
                      self.ui.recoveryRadio):
            radio.toggled.connect(self._update_enabled)
        for edit in (self.ui.fileEdit, self.ui.urlEdit, self.ui.passwordEdit,
                     self.ui.recoveryEdit, self.ui.usernameEdit):
            edit.textChanged.connect(lambda _t: self.ui.errorLabel.setVisible(False))
        self.ui.infoLabel.setVisible(False)
        self._update_enabled()

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _update_enabled(self) -> None:
        local = self.ui.localRadio.isChecked()
        self.ui.fileEdit.setEnabled(local)
        self.ui.fileButton.setEnabled(local)
        for w in (self.ui.urlEdit, self.ui.dbPasswordEdit, self.ui.dbPasswordLabel):
            w.setEnabled(not local)
        admin = self.ui.adminRadio.isChecked()
        self.ui.usernameEdit.setEnabled(admin)
        self.ui.passwordEdit.setEnabled(admin)
        self.ui.recoveryEdit.setEnabled(not admin)

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)
        self._grow()

    def choose_archive(self, path: str | None = None) -> bool:
        """Pick the archive and show what its header says; False when it is unreadable."""
        if not path:
            path = choose_archive(self)
        if not path:
            return False
        self.ui.archiveEdit.setText(path)
        try:
            info = self._controller.backup_info(path)
        except OSError as exc:
            self._show_bad_archive(QCoreApplication.translate(
                "Backup", "The file cannot be read: %1").replace("%1", exc.strerror or str(exc)))
            return False
        except ServiceError as exc:
            self._show_bad_archive(backup_error_message(exc))
            return False
        self.ui.errorLabel.setVisible(False)
        rows = format_count(info.total_rows)
        cases = format_count(info.row_counts.get("cases", 0))
        lines = [
            (QCoreApplication.translate("Backup", "Office"), info.office_name),
            (QCoreApplication.translate("Backup", "Made on"), format_datetime(info.created_at)),
            (QCoreApplication.translate("Backup", "Made by"), info.created_by),
            (QCoreApplication.translate("Backup", "Contents"),
             QCoreApplication.translate("Backup", "%1 cases, %2 records")
             .replace("%1", cases).replace("%2", rows)),
            (QCoreApplication.translate("Backup", "Administrators who can open it"),
             ", ".join(info.admins) or "—"),
            (QCoreApplication.translate("Backup", "Recovery key fingerprint"),
             info.recovery_fingerprint),
        ]
        # plain short lines (not word-wrapped): the label's height is then exact
        self.ui.infoLabel.setText("<br>".join(
            f"<b>{html.escape(k)}:</b> {html.escape(str(v))}" for k, v in lines))
        self.ui.infoLabel.setVisible(True)
        self.ui.restoreButton.setEnabled(True)
        self._grow()
        return True

    def _grow(self) -> None:
        """Make room for text shown after the dialog was sized (never shrink)."""
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def _show_bad_archive(self, text: str) -> None:
        self.ui.infoLabel.setVisible(False)
        self.ui.restoreButton.setEnabled(False)
        self._error(text)

    def _choose_file(self) -> None:
        path = choose_new_database(self)
        if path:
            self.ui.fileEdit.setText(path)

    def target(self) -> str:
        if self.ui.localRadio.isChecked():
            return self.ui.fileEdit.text().strip()
        return self.ui.urlEdit.text().strip()

    def credentials(self) -> dict[str, Any]:
        creds: dict[str, Any] = {}
        if self.ui.adminRadio.isChecked():
            creds["username"] = self.ui.usernameEdit.text().strip()
            creds["password"] = self.ui.passwordEdit.text()
        else:
            creds["recovery_key"] = self.ui.recoveryEdit.text().strip()
        if self.ui.serverRadio.isChecked() and self.ui.dbPasswordEdit.text():
            creds["db_password"] = self.ui.dbPasswordEdit.text()
        return creds

    def restore(self) -> Job | None:
        if self._job is not None:
            return None
        archive = self.ui.archiveEdit.text()
        target = self.target()
        if not archive:
            self._error(QCoreApplication.translate("Backup", "Choose the backup file first."))
            return None
        if not target:
            self._error(QCoreApplication.translate(
                "Backup", "Choose where to restore: a new local file or an empty "
                "PostgreSQL database."))
            return None
        if self.ui.serverRadio.isChecked() and not target.startswith("postgresql"):
            self._error(QCoreApplication.translate("Backup", "A server address looks like "
                            "postgresql://user@server:5432/database."))
            return None
        creds = self.credentials()
        if not (creds.get("password") or creds.get("recovery_key")):
            self._error(QCoreApplication.translate(
                "Backup", "Give an administrator's password or the recovery key."))
            return None
        self.ui.restoreButton.setEnabled(False)
        controller = self._controller
        self._job = run_with_progress(
            self, QCoreApplication.translate("Backup", "Restore"),
            QCoreApplication.translate("Backup", "Restoring the backup…"),
            lambda progress: controller.restore(archive, target, progress=progress, **creds),
            self._done, self._failed)
        return self._job

    def _done(self, result: Any) -> None:
        self._job = None
        self.result_ = result
        message(self, QCoreApplication.translate("Backup", "Restore"), QCoreApplication.translate(
            "Backup",
            "The backup of %1 is restored (%2 records) into:\n%3\n\nTo work with it, open "
            "this database at the next start (\"Other database…\" in the login window).")
            .replace("%1", result.office_name)
            .replace("%2", format_count(result.rows))
            .replace("%3", self.target()))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self.ui.restoreButton.setEnabled(True)
        log.info("restore failed: %r", exc)
        self._error(backup_error_message(exc))  # the dialog stays, with its fields
