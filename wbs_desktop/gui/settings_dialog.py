"""Office settings (administrators): name, register number format, deadlines,
complaint types and holidays. Layout: ``forms/settings.ui``.

Letterhead and signatory belong to the letters and are edited there.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.messages import format_short_date, service_error_message
from wbs_desktop.gui.ui_settings import Ui_SettingsDialog
from wbs_desktop.services.errors import ServiceError

log = logging.getLogger(__name__)

_CODE_RE = re.compile(r"[a-z][a-z0-9_]{1,49}")


class SettingsDialog(QDialog):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._loaded: dict[str, Any] = {}
        self._fixed_codes: set[str] = set()
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._setup_table(self.ui.typesTable, [
            self.tr("Code"), self.tr("Label (Indonesian)"), self.tr("Label (English)")])
        self._setup_table(self.ui.holidaysTable, [
            self.tr("Date"), self.tr("Name"), self.tr("Joint leave")])
        self.ui.addTypeButton.clicked.connect(self._add_type)
        self.ui.removeTypeButton.clicked.connect(
            lambda: self._remove_row(self.ui.typesTable, protect_fixed=True))
        self.ui.addHolidayButton.clicked.connect(self._add_holiday)
        self.ui.removeHolidayButton.clicked.connect(
            lambda: self._remove_row(self.ui.holidaysTable))
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.saveButton.clicked.connect(self.save)
        from wbs_desktop.gui.signatories_tab import SignatoriesTab

        self.signatories = SignatoriesTab(controller, self)  # officials and who signs
        self.ui.tabs.addTab(self.signatories, self.tr("Signatories"))
        self.load()

    @staticmethod
    def _setup_table(table: QTableWidget, headers: list[str]) -> None:
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    # --- loading --------------------------------------------------------------------

    def load(self) -> None:
        values = self._controller.settings().all()
        self._loaded = values
        self.signatories.load()
        self.ui.officeNameEdit.setText(str(values.get("office.name", "")))
        self.ui.registerPatternEdit.setText(str(values.get("numbering.register", "")))
        deadlines = values.get("deadlines") or {}
        self.ui.firstResponseSpin.setValue(int(deadlines.get("first_response_working_days", 5)))
        self.ui.replyDaysSpin.setValue(int(deadlines.get("reply_days", 14)))
        self.ui.summonsSpin.setValue(int(deadlines.get("summons_min_working_days", 7)))
        types = values.get("complaint_types") or []
        self._fixed_codes = {t["code"] for t in types}
        self.ui.typesTable.setRowCount(0)
        for t in types:
            self._add_type(t["code"], t["label_id"], t["label_en"])
        self.ui.holidaysTable.setRowCount(0)
        for h in sorted(values.get("holidays") or [], key=lambda h: h["date"]):
            self._add_holiday(date.fromisoformat(h["date"]), h.get("name", ""),
                              h.get("kind") == "cuti_bersama")

    def _add_type(self, code: str = "", label_id: str = "", label_en: str = "") -> None:
        table = self.ui.typesTable
        row = table.rowCount()
        table.insertRow(row)
        code_item = QTableWidgetItem(code if isinstance(code, str) else "")
        if code in self._fixed_codes:
            code_item.setFlags(code_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, 0, code_item)
        table.setItem(row, 1, QTableWidgetItem(label_id))
        table.setItem(row, 2, QTableWidgetItem(label_en))
        if not code:
            table.setCurrentCell(row, 0)
            table.editItem(code_item)

    def _add_holiday(self, day: date | None = None, name: str = "", joint: bool = False) -> None:
        table = self.ui.holidaysTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(format_short_date(day) if isinstance(day, date)
                                               else ""))
        table.setItem(row, 1, QTableWidgetItem(name))
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        check.setCheckState(Qt.CheckState.Checked if joint else Qt.CheckState.Unchecked)
        table.setItem(row, 2, check)
        if not isinstance(day, date):
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))

    def _remove_row(self, table: QTableWidget, *, protect_fixed: bool = False) -> None:
        row = table.currentRow()
        if row < 0:
            return
        code_item = table.item(row, 0)
        if protect_fixed and code_item is not None and code_item.text() in self._fixed_codes:
            self._error(self.tr("A complaint type in use cannot be removed; rename it instead."))
            return
        table.removeRow(row)

    # --- saving ---------------------------------------------------------------------

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)

    def collect(self) -> dict[str, Any] | None:
        """The settings as typed, or None (with a message) when something is wrong."""
        from wbs_desktop.domain.dates import parse_date_id
        from wbs_desktop.domain.errors import DomainError

        types = []
        seen: set[str] = set()
        table = self.ui.typesTable
        for row in range(table.rowCount()):
            code, label_id, label_en = (table.item(row, c).text().strip() for c in range(3))
            if not _CODE_RE.fullmatch(code) or code in seen:
                self._error(self.tr("Complaint type %1: the code needs 2 to 50 lower-case letters, "
                                    "digits or _, and must be unique.").replace("%1", str(row + 1)))
                return None
            if not label_id or not label_en:
                self._error(self.tr("Complaint type %1 needs both labels.").replace(
                    "%1", str(row + 1)))
                return None
            seen.add(code)
            types.append({"code": code, "label_id": label_id, "label_en": label_en})
        holidays = []
        table = self.ui.holidaysTable
        for row in range(table.rowCount()):
            text = table.item(row, 0).text().strip()
            try:
                day = parse_date_id(text)
            except DomainError:
                self._error(self.tr("Holiday %1: \"%2\" is not a date (write e.g. 17/08/2026)."
                                    ).replace("%1", str(row + 1)).replace("%2", text))
                return None
            joint = table.item(row, 2).checkState() == Qt.CheckState.Checked
            holidays.append({"date": day.isoformat(), "name": table.item(row, 1).text().strip(),
                             "kind": "cuti_bersama" if joint else "holiday"})
        name = self.ui.officeNameEdit.text().strip()
        if not name:
            self._error(self.tr("The office name is required."))
            return None
        return {
            "office.name": name,
            "numbering.register": self.ui.registerPatternEdit.text().strip(),
            "deadlines": {
                "first_response_working_days": self.ui.firstResponseSpin.value(),
                "reply_days": self.ui.replyDaysSpin.value(),
                "summons_min_working_days": self.ui.summonsSpin.value(),
            },
            "complaint_types": types,
            "holidays": sorted(holidays, key=lambda h: h["date"]),
        }

    def save(self) -> None:
        values = self.collect()
        if values is None:
            return
        service = self._controller.settings()
        try:
            for key, value in values.items():
                if value != self._loaded.get(key):
                    service.put(key, value)
            self.signatories.save()
        except ServiceError as exc:
            self._error(service_error_message(exc))
            return
        self._controller.settings_changed()
        self.accept()
