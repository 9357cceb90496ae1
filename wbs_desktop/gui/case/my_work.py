"""My work: the first tab of the main window.

Hearings today and this week, overdue deadlines and those of the next three
working days, letters made but not printed, and (administrators) cases waiting
for an officer — each item opens its case (double-click or Enter). Read from
plain metadata by ``services.my_work`` off the GUI thread, again whenever
cases change here or on another workstation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.domain.dates import format_day_date_id
from wbs_desktop.domain.parties import Party
from wbs_desktop.domain.roles import Action
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.i18n import current_language
from wbs_desktop.gui.labels import format_date, stage_label
from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.gui.worker import Job, run_in_background
from wbs_desktop.services.errors import ServiceError
from wbs_desktop.services.my_work import MyWork, Section, WorkItem

log = logging.getLogger(__name__)

CASE_ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLOUR = QColor("#b00020")


def _weekday_date(item: WorkItem) -> str:
    """The day with its weekday name ("Kamis, 7 Januari 2027")."""
    if item.day is None:
        return "—"
    if current_language() == "id":
        return format_day_date_id(item.day)
    return f"{item.day:%A}, {format_date(item.day)}"


def party_text(party: str, summons_no: int | None) -> str:
    labels: dict[str, str] = {
        Party.REPORTER: QCoreApplication.translate("MyWork", "Clarification: the reporter"),
        Party.WITNESS: QCoreApplication.translate("MyWork", "Clarification: a witness"),
        Party.ACCUSED: QCoreApplication.translate("MyWork", "Examination of the accused"),
    }
    text = labels.get(party, party)
    if party == Party.ACCUSED and summons_no == 2:
        text += QCoreApplication.translate("MyWork", " (second summons)")
    return text


def due_text(kind: str) -> str:
    return {
        "first_response": QCoreApplication.translate(
            "MyWork", "First response: start the verification"),
        "reply": QCoreApplication.translate(
            "MyWork", "The reporter's reply to the request for information"),
        "hearing": QCoreApplication.translate("MyWork", "Hearing day: record the attendance"),
    }.get(kind, kind)


def letter_text(kind: str) -> str:
    from wbs_desktop.gui.letters.letters_tab import kind_label

    return kind_label(kind)


class MyWorkPanel(QWidget):
    open_case = Signal(str)
    """Emits: the id of the case whose item the user activated."""
    loaded = Signal(object)
    """Emits: the MyWork just shown."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myWorkPanel")
        self._controller = controller
        self._job: Job | None = None
        self._wanted = False
        self.work: MyWork | None = None

        self.summary = QLabel(self)
        self.summary.setObjectName("myWorkSummary")
        self.summary.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("myWorkTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Case"), self.tr("What")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._on_activated)
        hint = QLabel(self.tr("Double-click an item (or press Enter) to open its case."), self)
        hint.setObjectName("myWorkHint")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)

    # --- loading off the GUI thread ---------------------------------------------

    @property
    def busy(self) -> bool:
        return self._job is not None

    def refresh(self) -> None:
        """Read again (one read at a time; a request meanwhile runs after it)."""
        if self._controller.user is None:
            return
        self._wanted = True
        if self._job is None:
            self._start()

    def _start(self) -> None:
        self._wanted = False
        if self.work is None:  # a later read keeps showing the last one meanwhile
            self.summary.setText(self.tr("Reading what is due…"))
        self._job = run_in_background(self._controller.my_work, self._on_loaded, self._on_failed,
                                      owner=self)

    def stop(self) -> None:
        """Drop a running read (log out, lock, window closing)."""
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self._wanted = False

    def _finish(self) -> bool:
        self._job = None
        if self._wanted:
            self._start()
            return True
        return False

    def _on_loaded(self, work: MyWork) -> None:
        if self._finish() or self._controller.user is None:
            return
        self.work = work
        self._fill(work)
        self.loaded.emit(work)

    def _on_failed(self, exc: BaseException) -> None:
        if self._finish() or self._controller.user is None:
            return
        if not isinstance(exc, ServiceError):
            raise exc
        log.info("my work unavailable: %r", exc)
        self.summary.setText(service_error_message(exc))

    # --- showing ------------------------------------------------------------------

    def _fill(self, work: MyWork) -> None:
        self.tree.clear()
        admin = self._controller.is_admin
        staff = not self._controller.can(Action.VIEW_CASE)
        sections: list[tuple[str, Section, Callable[[WorkItem], tuple[str, str]], bool]] = []
        if not staff:
            sections += [
                (self.tr("Hearings today"), work.hearings_today, self._hearing_today, False),
                (self.tr("Hearings later this week"), work.hearings_week, self._hearing, False),
                (self.tr("Overdue"), work.overdue, self._deadline, True),
                (self.tr("Deadlines up to %1").replace("%1", format_date(work.soon_until)),
                 work.deadlines_soon, self._deadline, False),
            ]
        sections.append((self.tr("Letters not printed yet"), work.letters_unprinted,
                         self._letter, False))
        if admin:
            sections.append((self.tr("Waiting for an officer"), work.unassigned,
                             self._unassigned, False))
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for title, section, describe, late in sections:
            head = QTreeWidgetItem([f"{title} ({section.total})", "", ""])
            head.setFirstColumnSpanned(True)
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            for item in section.items:
                when, what = describe(item)
                row = QTreeWidgetItem([when, item.register_number, what])
                row.setData(0, CASE_ID_ROLE, item.case_id)
                if late:
                    for column in range(3):
                        row.setForeground(column, QBrush(OVERDUE_COLOUR))
                head.addChild(row)
            if section.total > len(section.items):
                more = QTreeWidgetItem([self.tr("… and %n more", "", section.total
                                                - len(section.items)), "", ""])
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                head.addChild(more)
            if not section.total:
                none = QTreeWidgetItem([self.tr("Nothing"), "", ""])
                none.setFlags(Qt.ItemFlag.ItemIsEnabled)
                none.setForeground(0, QBrush(QColor("#777")))
                head.addChild(none)
            head.setExpanded(True)
        self.summary.setText(self._summary(work))

    def _summary(self, work: MyWork) -> str:
        today = self.tr("Today is %1.").replace("%1", format_date(work.today))
        if work.empty:
            return today + " " + self.tr("Nothing is due.")
        parts = []
        if work.due_today:
            parts.append(self.tr("%n item(s) due today", "", work.due_today))
        if work.overdue.total:
            parts.append(self.tr("%n overdue", "", work.overdue.total))
        return today + (" " + ", ".join(parts) + "." if parts else "")

    def _hearing_today(self, item: WorkItem) -> tuple[str, str]:
        return item.time, party_text(item.what, item.ref)

    def _hearing(self, item: WorkItem) -> tuple[str, str]:
        return f"{_weekday_date(item)} {item.time}", party_text(item.what, item.ref)

    def _deadline(self, item: WorkItem) -> tuple[str, str]:
        return _weekday_date(item), due_text(item.what)

    def _letter(self, item: WorkItem) -> tuple[str, str]:
        return _weekday_date(item), letter_text(item.what)

    def _unassigned(self, item: WorkItem) -> tuple[str, str]:
        return _weekday_date(item), self.tr("Stage: %1").replace(
            "%1", stage_label(item.what))

    def case_items(self) -> list[QTreeWidgetItem]:
        """Every item that opens a case (tests, keyboard walkers)."""
        found: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            children = [head.child(j) for j in range(head.childCount())] if head else []
            found += [c for c in children if c is not None and c.data(0, CASE_ID_ROLE)]
        return found

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        case_id = item.data(0, CASE_ID_ROLE)
        if case_id:
            self.open_case.emit(str(case_id))
