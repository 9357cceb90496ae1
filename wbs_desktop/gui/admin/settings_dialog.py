"""Office settings (administrators): name, deadlines, complaint types, holidays,
the letterhead and logo, the letter and register numbers as fields with their
copy lists, signatories and violation words. Layout: ``forms/settings.ui`` plus
the tabs built in code (letterhead_tab, signatories_tab, violations_tab).
Saving, confirming or proposing a year's holidays are the controller's writes
(``gui/admin/admin_writes.py``), run off the GUI thread with the buttons off.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from wbs_desktop.gui.admin.admin_writes import LetterheadChanges, SettingsChanges
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.forms.ui_settings import Ui_SettingsDialog
from wbs_desktop.gui.labels import format_short_date
from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.gui.worker import Job
from wbs_desktop.services.errors import ServiceError

log = logging.getLogger(__name__)

_CODE_RE = re.compile(r"[a-z][a-z0-9_]{1,49}")


class SettingsDialog(QDialog):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._loaded: dict[str, Any] = {}
        self._office_name = ""
        self._fixed_codes: set[str] = set()
        self._job: Job | None = None
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
        self._build_year_row()
        self.graceSpin = QSpinBox(self)
        self.graceSpin.setObjectName("graceSpin")
        self.graceSpin.setRange(0, 30)
        self.graceSpin.setSuffix(self.tr(" days"))
        self.graceSpin.setToolTip(self.tr(
            "How many days before today a summons letter or a hearing may still be dated."))
        self.ui.generalForm.addRow(self.tr("Letters and hearings may be dated back"),
                                   self.graceSpin)
        self.idle_spin = QSpinBox(self.ui.generalTab)
        self.idle_spin.setObjectName("idleLockSpin")
        self.idle_spin.setRange(0, 240)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setSpecialValueText(self.tr("never"))
        self.idle_spin.setToolTip(self.tr(
            "Every workstation locks after this many minutes without keyboard or mouse "
            "input; what was shown is forgotten until the password is given again."))
        self.ui.generalForm.addRow(self.tr("Lock when idle for"), self.idle_spin)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.saveButton.clicked.connect(self.save)
        from wbs_desktop.gui.letters.signatories_tab import SignatoriesTab

        self.signatories = SignatoriesTab(controller, self)  # officials and who signs
        self.ui.tabs.addTab(self.signatories, self.tr("Signatories"))
        from wbs_desktop.gui.admin.violations_tab import ViolationsTab

        self.violations = ViolationsTab(controller, self)  # "… disiplin berupa WORDS"
        self.ui.tabs.addTab(self.violations, self.tr("Violation words"))
        from wbs_desktop.gui.letters.letterhead_tab import LetterheadTab, NumbersTab

        self.letterhead = LetterheadTab(controller, self)  # the kop and the logo
        self.ui.tabs.insertTab(1, self.letterhead, self.tr("Letterhead"))
        self.numbers = NumbersTab(controller, self)  # numbers as fields, copy lists
        self.ui.tabs.insertTab(2, self.numbers, self.tr("Letter numbers"))
        # The register's number is edited as fields in "Letter numbers".
        for row in (1, 2):
            self.ui.generalForm.setRowVisible(row, False)
        # Seven tabs: as wide as their titles need in the UI's language (the
        # form's 720 px was drawn for five), never wider than the screen allows.
        self.resize(max(self.width(), self.ui.tabs.tabBar().sizeHint().width() + 48),
                    self.height())
        self.load()

    def _build_year_row(self) -> None:
        """Above the table: the year shown, its state, confirm and pre-fill."""
        row = QHBoxLayout()
        self.yearLabel = QLabel(self.tr("&Year:"), self)
        self.yearCombo = QComboBox(self)
        self.yearCombo.setObjectName("yearCombo")
        self.yearLabel.setBuddy(self.yearCombo)
        self.yearStateLabel = QLabel(self)
        self.yearStateLabel.setObjectName("yearStateLabel")
        self.yearStateLabel.setWordWrap(True)
        self.confirmYearButton = QPushButton(self.tr("&Confirm this year's list"), self)
        self.confirmYearButton.setObjectName("confirmYearButton")
        self.confirmYearButton.setToolTip(self.tr(
            "Confirm that the list matches the SKB of the three ministers (recorded in the "
            "audit log)."))
        self.prefillYearButton = QPushButton(self.tr("&Propose from the national list"), self)
        self.prefillYearButton.setObjectName("prefillYearButton")
        for w in (self.yearLabel, self.yearCombo):
            row.addWidget(w)
        row.addWidget(self.yearStateLabel, 1)
        row.addWidget(self.prefillYearButton)
        row.addWidget(self.confirmYearButton)
        self.ui.holidaysTabLayout.insertLayout(1, row)
        self._years: dict[int, dict[str, str]] = {}
        self._days: dict[int, list[dict[str, str]]] = {}
        self._shown_year: int | None = None
        self.yearCombo.currentIndexChanged.connect(self._year_chosen)
        self.confirmYearButton.clicked.connect(self._confirm_year)
        self.prefillYearButton.clicked.connect(self._prefill_year)

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
        self.violations.load()
        letterhead = self._controller.letterhead().load()
        self.letterhead.load(letterhead)
        self.numbers.load(letterhead)
        self.ui.officeNameEdit.setText(self._controller.office_name())
        self.ui.registerPatternEdit.setText(str(values.get("numbering.register", "")))
        deadlines = values.get("deadlines") or {}
        self.ui.firstResponseSpin.setValue(int(deadlines.get("first_response_working_days", 5)))
        self.ui.replyDaysSpin.setValue(int(deadlines.get("reply_days", 14)))
        self.ui.summonsSpin.setValue(int(deadlines.get("summons_min_working_days", 7)))
        self.graceSpin.setValue(int(deadlines.get("past_grace_days", 2)))
        idle = values.get("security.idle_lock_minutes")
        self.idle_spin.setValue(int(10 if idle is None else idle))
        types = values.get("complaint_types") or []
        self._fixed_codes = {t["code"] for t in types}
        self.ui.typesTable.setRowCount(0)
        for t in types:
            self._add_type(t["code"], t["label_id"], t["label_en"])
        self._load_holidays(values)

    # --- holidays per year ----------------------------------------------------------

    def _load_holidays(self, values: dict[str, Any], year: int | None = None) -> None:
        from wbs_desktop.domain.dates import office_today

        self._years = {int(y): dict(v) for y, v in (values.get("holidays.years") or {}).items()}
        self._days = {}
        for h in sorted(values.get("holidays") or [], key=lambda h: h["date"]):
            self._days.setdefault(int(h["date"][:4]), []).append(dict(h))
        this_year = office_today().year
        if year is None:
            year = this_year
        years = sorted(
            set(self._years) | set(self._days) | {year, this_year, this_year + 1, this_year + 2})
        self._shown_year = None
        self.yearCombo.blockSignals(True)
        self.yearCombo.clear()
        for y in years:
            self.yearCombo.addItem(str(y), y)
        self.yearCombo.setCurrentIndex(max(0, years.index(year) if year in years else 0))
        self.yearCombo.blockSignals(False)
        self._show_year(int(self.yearCombo.currentData()))

    def _show_year(self, year: int) -> None:
        self._shown_year = year
        self.ui.holidaysTable.setRowCount(0)
        for h in self._days.get(year, []):
            self._add_holiday(date.fromisoformat(h["date"]), h.get("name", ""),
                              h.get("kind") == "cuti_bersama")
        self._show_state(year)

    def _show_state(self, year: int) -> None:
        info = self._years.get(year)
        admin = self._is_admin()
        if info is None:
            text = self.tr("No list for %1: its holidays count as working days, and no "
                           "hearing can be scheduled into it.").replace("%1", str(year))
            style = "color: #a40000;"
        elif info.get("state") == "confirmed":
            who = info.get("by") or ""
            when = (info.get("at") or "")[:10]
            if who:
                text = self.tr("Confirmed by %1 on %2.").replace("%1", who).replace(
                    "%2", format_short_date(date.fromisoformat(when)) if when else "—")
            else:
                text = self.tr("Confirmed (the list in use).")
            style = "color: #1a5e20;"
        else:
            text = self.tr("Proposed (%1): check it against the SKB and confirm it.").replace(
                "%1", info.get("source") or "—")
            style = "color: #8a5a00; font-weight: bold;"
        self.yearStateLabel.setText(text)
        self.yearStateLabel.setStyleSheet(style)
        self.confirmYearButton.setEnabled(
            admin and info is not None and info.get("state") != "confirmed")
        self.prefillYearButton.setEnabled(admin and info is None)

    def _is_admin(self) -> bool:
        from wbs_desktop.domain.roles import Action

        return bool(self._controller.can(Action.MANAGE_SETTINGS))

    def _year_chosen(self, _index: int) -> None:
        if self._shown_year is not None:
            days = self._collect_year()
            if days is None:  # a bad date: stay on the year until it is fixed
                self.yearCombo.blockSignals(True)
                self.yearCombo.setCurrentIndex(self.yearCombo.findData(self._shown_year))
                self.yearCombo.blockSignals(False)
                return
            self._days[self._shown_year] = days
        self._show_year(int(self.yearCombo.currentData()))

    def _collect_year(self) -> list[dict[str, str]] | None:
        """The shown year's days as typed, or None (with a message)."""
        from wbs_desktop.domain.dates import parse_date_id
        from wbs_desktop.domain.errors import DomainError

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
            if day.year != self._shown_year:
                self._error(self.tr("Holiday %1: %2 is not in %3.").replace(
                    "%1", str(row + 1)).replace("%2", text).replace("%3", str(self._shown_year)))
                return None
            joint = table.item(row, 2).checkState() == Qt.CheckState.Checked
            holidays.append({"date": day.isoformat(), "name": table.item(row, 1).text().strip(),
                             "kind": "cuti_bersama" if joint else "holiday"})
        self.ui.errorLabel.setVisible(False)
        return sorted(holidays, key=lambda h: h["date"])

    def _stored_days(self, year: int) -> list[dict[str, str]]:
        return sorted(
            (dict(h) for h in self._loaded.get("holidays") or [] if h["date"][:4] == str(year)),
            key=lambda h: h["date"])

    def _after_year_change(self, year: int) -> None:
        self._set_busy(None)
        values = self._controller.settings().all()
        self._loaded["holidays"] = values.get("holidays")
        self._loaded["holidays.years"] = values.get("holidays.years")
        self._load_holidays(values, year)

    def _confirm_year(self) -> None:
        year = self._shown_year
        if year is None or self._job is not None:
            return
        days = self._collect_year()
        if days is None:
            return
        if days != self._stored_days(year):
            self._error(self.tr("Save the changes to the list first, then confirm it."))
            return
        self._set_busy(self._controller.confirm_holidays(
            year, success=lambda _year: self._after_year_change(year),
            failure=self._year_refused))

    def _prefill_year(self) -> None:
        year = self._shown_year
        if year is None or self._job is not None:
            return
        self._set_busy(self._controller.propose_holidays(
            year, success=lambda _year: self._after_year_change(year),
            failure=self._year_refused))

    def _year_refused(self, exc: BaseException) -> None:
        self._set_busy(None)
        if not isinstance(exc, ServiceError):
            raise exc
        self._error(service_error_message(exc))

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
        if self._shown_year is not None:
            shown = self._collect_year()
            if shown is None:
                return None
            self._days[self._shown_year] = shown
        holidays = [h for days in self._days.values() for h in days]
        name = self.ui.officeNameEdit.text().strip()
        if not name:
            self._error(self.tr("The office name is required."))
            return None
        self._office_name = name  # saved on the office record (rename_office)
        return {
            "deadlines": {
                "first_response_working_days": self.ui.firstResponseSpin.value(),
                "reply_days": self.ui.replyDaysSpin.value(),
                "summons_min_working_days": self.ui.summonsSpin.value(),
                "past_grace_days": self.graceSpin.value(),
            },
            "complaint_types": types,
            "holidays": sorted(holidays, key=lambda h: h["date"]),
            "security.idle_lock_minutes": self.idle_spin.value(),
        }

    @property
    def busy(self) -> bool:
        """A write is under way (off the GUI thread): the buttons are off."""
        return self._job is not None

    def _set_busy(self, job: Job | None) -> None:
        self._job = job
        for button in (self.ui.saveButton, self.ui.cancelButton):
            button.setEnabled(job is None)
        if job is not None:
            self.confirmYearButton.setEnabled(False)
            self.prefillYearButton.setEnabled(False)
        elif self._shown_year is not None:
            self._show_state(self._shown_year)

    def reject(self) -> None:
        if self._job is None:  # Escape or the window's close button during a save
            super().reject()

    def changes(self) -> SettingsChanges | None:
        """What to write, as typed, or None (with a message) when something is wrong."""
        values = self.collect()
        if values is None:
            return None
        puts = {key: value for key, value in values.items() if value != self._loaded.get(key)}
        # A year that gained its first day by hand gets a list, proposed.
        new_years = {int(h["date"][:4]) for h in values["holidays"]} - set(self._years)
        if new_years:
            states = {str(y): v for y, v in self._years.items()}
            for y in sorted(new_years):
                states[str(y)] = {"state": "proposed", "by": "", "at": "", "source": "office"}
            puts["holidays.years"] = states
        patterns, tembusan = self.numbers.typed()
        return SettingsChanges(
            office_name=self._office_name,
            letterhead=LetterheadChanges(
                kop=self.letterhead.kop_typed(), logo=self.letterhead.logo_change(),
                place=self.letterhead.place_typed(), contact=self.letterhead.contact_typed(),
                patterns=patterns, tembusan=tembusan),
            values=puts,
            signatories=self.signatories.changes(),
            violation_words=self.violations.changes(),
        )

    def save(self) -> None:
        """Write what changed, by the controller off the GUI thread; the dialog
        closes after a success and keeps everything typed after a refusal."""
        if self._job is not None:
            return
        changes = self.changes()
        if changes is None:
            return

        def saved(_result: None) -> None:
            self._set_busy(None)
            self.signatories.saved()
            self.violations.saved(changes.violation_words)
            self.accept()

        self._set_busy(self._controller.save_settings(
            changes, success=saved, failure=self._refused))

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(None)
        if not isinstance(exc, ServiceError):
            raise exc
        from wbs_desktop.gui.letters.letterhead_tab import letterhead_error_message

        self._error(letterhead_error_message(exc))
