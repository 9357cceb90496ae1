"""The audit-log view for administrators (issue 19): filter by user, case,
action and date; "Verify now" off the GUI thread with progress and Cancel;
export of the filtered entries as CSV (written readable by its owner only)."""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.domain.dates import OFFICE_TZ, utc_now
from wbs_desktop.gui.dialogs import show_error
from wbs_desktop.gui.labels import format_count
from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.gui.worker import Job, run_in_background, run_with_progress

if TYPE_CHECKING:
    from wbs_desktop.gui.controller import Controller

log = logging.getLogger(__name__)

MAX_SHOWN = 2000
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
BROKEN_STYLE = "color: #b00020; font-weight: bold;"


class AuditLogDialog(QDialog):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._audit = controller.audit()
        self._entries: list[Any] = []
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1100, 640)

        self.user_combo = QComboBox(self)
        self.user_combo.addItem(self.tr("All users"), "")
        for user in controller.accounts().list_users():
            self.user_combo.addItem(f"{user.full_name} ({user.username})", user.username)
        self.case_edit = QLineEdit(self)
        self.case_edit.setPlaceholderText(self.tr("Register number"))
        self.action_combo = QComboBox(self)
        self.action_combo.addItem(self.tr("All actions"), "")
        for action in self._audit.actions():
            self.action_combo.addItem(action, action)
        self.date_check = QCheckBox(self.tr("Between"), self)
        day = utc_now().astimezone(OFFICE_TZ).date()  # the office's day, not this computer's
        today = QDate(day.year, day.month, day.day)
        self.since_edit = QDateEdit(today.addDays(-30), self)
        self.until_edit = QDateEdit(today, self)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setEnabled(False)
        self.date_check.toggled.connect(self.since_edit.setEnabled)
        self.date_check.toggled.connect(self.until_edit.setEnabled)
        self.apply_button = QPushButton(self.tr("&Show"), self)
        self.apply_button.clicked.connect(self.reload)

        filters = QFormLayout()
        filters.addRow(self.tr("User"), self.user_combo)
        filters.addRow(self.tr("Case"), self.case_edit)
        filters.addRow(self.tr("Action"), self.action_combo)
        dates = QHBoxLayout()
        dates.addWidget(self.date_check)
        dates.addWidget(self.since_edit)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.until_edit)
        dates.addStretch(1)
        dates.addWidget(self.apply_button)
        filters.addRow(self.tr("Date"), dates)

        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Time (WITA)"), self.tr("User"), self.tr("Action"),
            self.tr("Case"), self.tr("Details")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)

        self.verify_button = QPushButton(self.tr("&Verify now"), self)
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.clicked.connect(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(bottom)
        self.reload()

    # -- filtering ---------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "actor": self.user_combo.currentData() or None,
            "action": self.action_combo.currentData() or None,
            "register": self.case_edit.text().strip() or None,
        }
        if self.date_check.isChecked():
            found["since"] = self.since_edit.date().toPython()
            found["until"] = self.until_edit.date().toPython()
        return found

    def reload(self) -> None:
        try:
            self._entries = self._audit.entries(limit=MAX_SHOWN, **self.filters())
        except Exception as exc:
            show_error(self, service_error_message(exc))
            return
        self.table.setRowCount(len(self._entries))
        for row, e in enumerate(self._entries):
            local = e.at.astimezone(OFFICE_TZ)
            values = [
                str(e.seq), f"{local:%d/%m/%Y %H.%M.%S}", e.actor, e.action,
                e.case_register or "", json.dumps(e.details, ensure_ascii=False, sort_keys=True),
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 0:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.status_label.setText(
            self.tr("%1 entries shown (newest first, at most %2).")
            .replace("%1", format_count(len(self._entries)))
            .replace("%2", format_count(MAX_SHOWN)))

    # -- verifying -----------------------------------------------------------------

    def verify(self) -> None:
        def done(result: Any) -> None:
            self._job = None
            if result.ok:
                self.status_label.setText(
                    self.tr("The audit log is intact: %1 entries checked.")
                    .replace("%1", format_count(result.checked)))
            else:
                self.status_label.setText(
                    self.tr("The audit log is BROKEN at entry %1 (%2). The %3 entries before "
                            "it check out.")
                    .replace("%1", str(result.first_bad_seq)).replace("%2", result.message)
                    .replace("%3", str(result.checked)))
            self.status_label.setStyleSheet("" if result.ok else BROKEN_STYLE)

        def failed(exc: BaseException) -> None:
            self._job = None
            self.status_label.setText(service_error_message(exc))

        self._job = run_with_progress(
            self, self.tr("Verify the audit log"), self.tr("Checking every entry and signature…"),
            lambda progress: self._audit.verify(progress=progress), done, failed)

    # -- exporting -----------------------------------------------------------------

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), "audit-log.csv", self.tr("CSV files (*.csv)"))
        if not name:
            return
        entries = list(self._entries)

        def done(count: Any) -> None:
            self.status_label.setText(
                self.tr("%1 entries written to %2 (readable by you only).")
                .replace("%1", format_count(int(count))).replace("%2", name))

        def failed(exc: BaseException) -> None:
            show_error(self, service_error_message(exc) if hasattr(exc, "code")
                       else self.tr("The file could not be written. Choose another place."))

        self._job = run_in_background(lambda: self._audit.export_csv(name, entries), done, failed,
                                      owner=self)
