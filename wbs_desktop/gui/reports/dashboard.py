"""The dashboard: the office's figures for a period, as numbers and bar charts.

The figures come from ``services.reports`` (computed on the thread pool, never
on the GUI thread): first the counts (SQL, fast), painted at once, then the
chart by unit of the accused, which decrypts the period's cases the user holds
and follows when it is ready. Every number and every bar is clickable: it emits
the ids of exactly those cases, and the main window lists them. From here the recap is
saved as Excel or PDF (also on the thread pool).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.domain.stages import DeadlineKind
from wbs_desktop.gui import messages
from wbs_desktop.gui.dialogs import show_error
from wbs_desktop.gui.labels import channel_label, format_date, outcome_label, stage_label
from wbs_desktop.gui.reports.charts import Bar, BarChart
from wbs_desktop.gui.screen_fit import fit_to_screen
from wbs_desktop.gui.settings import app_settings
from wbs_desktop.gui.worker import Job, run_in_background
from wbs_desktop.services.report_model import NO_UNIT, Bucket, Figures, Period

if TYPE_CHECKING:
    from wbs_desktop.gui.controller import Controller

log = logging.getLogger(__name__)

#: Units drawn one by one; the rest share one bar.
UNIT_BARS = 15
OTHER_UNITS = "\x00other"

#: Workstation setting: open the dashboard right after an administrator logs in.
SHOW_AT_LOGIN_KEY = "dashboard/show_at_login"


def show_at_login() -> bool:
    value = app_settings().value(SHOW_AT_LOGIN_KEY, False)
    return value in (True, "true", "1", 1)


def set_show_at_login(on: bool) -> None:
    app_settings().setValue(SHOW_AT_LOGIN_KEY, bool(on))


class NumberTile(QPushButton):
    """A big number with its caption; clicking lists its cases."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.value = 0
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(64)
        f = QFont(self.font())
        # 1.15 x 1.15: the size the numbers had with their first figures, when each
        # value made the font 15 % larger again (and re-laid the window out).
        f.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 1.15 * 1.15)
        f.setBold(True)
        self.setFont(f)
        self.setStyleSheet(
            "QPushButton { border: 1px solid #B8C4D6; border-radius: 4px; background: white;"
            " padding: 4px 10px; text-align: left; }"
            "QPushButton:hover { border-color: #2F5597; background: #F2F5FA; }"
        )
        self.set_value(0)

    def set_value(self, value: int, detail: str = "") -> None:
        self.value = value
        text = QLocale().toString(value)
        self.setText(f"{text}\n{self.caption}" + (f"\n{detail}" if detail else ""))


class Dashboard(QWidget):
    """Figures of a period; ``cases_requested(ids, label)`` when one is clicked."""

    cases_requested = Signal(object, str)
    """Emits: (frozenset of case ids, a label saying which figure) to list them."""
    figures_shown = Signal()
    """Emits: nothing; new figures are painted (the unit chart may still be counting)."""
    units_shown = Signal()
    """Emits: nothing; the chart by unit of the accused is painted."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("dashboard")
        self.setWindowTitle(self.tr("Dashboard — WBS Desktop"))
        self._controller = controller
        self._job: Job | None = None
        self._units_job: Job | None = None
        self._list_job: Job | None = None
        self._export_job: Job | None = None
        self._units_pending: Figures | None = None
        self.figures: Figures | None = None
        self._other_units: Bucket | None = None
        self._labels: dict[str, Callable[[str], str]] = {}

        # --- the period picker -----------------------------------------------
        today = date.today()
        self.kind = QComboBox(self)
        for kind, label in (("month", self.tr("Month")), ("quarter", self.tr("Quarter")),
                            ("semester", self.tr("Semester")), ("year", self.tr("Year")),
                            ("range", self.tr("From – to"))):
            self.kind.addItem(label, kind)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.part = QComboBox(self)
        self.date_from = QDateEdit(QDate(today.year, 1, 1), self)
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.show_button = QPushButton(self.tr("Show"), self)
        self.xlsx_button = QPushButton(self.tr("Save as Excel…"), self)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.at_login = QCheckBox(self.tr("Show at login"), self)
        self.at_login.setChecked(show_at_login())
        self.at_login.setToolTip(self.tr("Open the dashboard on this computer right after "
                                         "an administrator logs in"))
        self.at_login.toggled.connect(set_show_at_login)
        self.count_demo = QCheckBox(self.tr("Count demo data"), self)
        self.count_demo.setObjectName("countDemoCheck")
        self.count_demo.setToolTip(self.tr(
            "Cases made by “wbs-admin demo” are left out of the figures. Tick this to "
            "count them (a demo or training office); never for figures handed upward."))
        self.count_demo.setVisible(False)  # shown once the period has demo data
        self.count_demo.toggled.connect(lambda _on: self.refresh())
        self._demo_asked = False
        picker = QHBoxLayout()
        picker.addWidget(QLabel(self.tr("Period:"), self))
        picker.addWidget(self.kind)
        picker.addWidget(self.year)
        picker.addWidget(self.part)
        picker.addWidget(self.date_from)
        self.dash = QLabel("–", self)
        picker.addWidget(self.dash)
        picker.addWidget(self.date_to)
        picker.addWidget(self.show_button)
        picker.addStretch(1)
        picker.addWidget(self.xlsx_button)
        picker.addWidget(self.pdf_button)
        picker.addWidget(self.at_login)
        picker.addWidget(self.count_demo)

        self.status = QLabel(self)
        self.status.setWordWrap(True)

        # --- numbers ------------------------------------------------------------
        self.tiles = {
            "received": NumberTile(self.tr("received"), self),
            "in_progress": NumberTile(self.tr("in progress"), self),
            "finished": NumberTile(self.tr("concluded or closed"), self),
            "overdue": NumberTile(self.tr("overdue today"), self),
        }
        tiles = QHBoxLayout()
        for name, tile in self.tiles.items():
            tile.clicked.connect(lambda _=False, n=name: self._open(n))
            tiles.addWidget(tile)
        self.durations = QLabel(self)
        self.durations.setWordWrap(True)
        self.excluded = QLabel(self)
        self.excluded.setWordWrap(True)
        self.excluded.linkActivated.connect(self._open)

        # --- charts ---------------------------------------------------------------
        self.charts: dict[str, BarChart] = {
            "month": BarChart(self.tr("Received per month"), self),
            "stage": BarChart(self.tr("In progress, by stage"), self),
            "ending": BarChart(self.tr("Finished, by outcome"), self),
            "overdue": BarChart(self.tr("Overdue today, by deadline"), self),
            "type": BarChart(self.tr("By complaint type"), self),
            "channel": BarChart(self.tr("By channel"), self),
            "unit": BarChart(self.tr("By unit of the accused"), self),
        }
        for group, chart in self.charts.items():
            chart.setObjectName(f"chart_{group}")
            chart.bar_clicked.connect(lambda key, g=group: self._open(f"{g}.{key}"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        order = ["month", "stage", "ending", "overdue", "type", "channel"]
        for i, group in enumerate(order):
            grid.addWidget(self.charts[group], i // 2, i % 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.charts["unit"], 3, 0, 1, 2, Qt.AlignmentFlag.AlignTop)

        body = QWidget(self)
        body.setObjectName("dashboardBody")
        column = QVBoxLayout(body)
        column.addLayout(tiles)
        column.addWidget(self.durations)
        column.addWidget(self.excluded)
        line = QFrame(body)
        line.setFrameShape(QFrame.Shape.HLine)
        column.addWidget(line)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.show_button.clicked.connect(self.refresh)
        self.xlsx_button.clicked.connect(lambda: self._export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self._export("pdf"))
        self.kind.setCurrentIndex(3)  # the year so far
        self._on_kind_changed()
        fit_to_screen(self, QSize(1280, 690))

    # --- the period -------------------------------------------------------------

    def _on_kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.part.blockSignals(True)
        self.part.clear()
        today = date.today()
        if kind == "month":
            for m in range(1, 13):
                self.part.addItem(QLocale().monthName(m), m)
            self.part.setCurrentIndex(today.month - 1)
        elif kind == "quarter":
            for q in range(1, 5):
                self.part.addItem(self.tr("Quarter %1").replace("%1", str(q)), q)
            self.part.setCurrentIndex((today.month - 1) // 3)
        elif kind == "semester":
            for s in (1, 2):
                self.part.addItem(self.tr("Semester %1").replace("%1", str(s)), s)
            self.part.setCurrentIndex((today.month - 1) // 6)
        self.part.blockSignals(False)
        self.part.setVisible(kind in ("month", "quarter", "semester"))
        self.year.setVisible(kind != "range")
        for edit in (self.date_from, self.date_to, self.dash):
            edit.setVisible(kind == "range")

    def period(self) -> Period:
        chosen = self._chosen_period()
        if self.count_demo.isChecked():
            return dataclasses.replace(chosen, count_demo=True)
        return chosen

    def _chosen_period(self) -> Period:
        kind = self.kind.currentData()
        year = self.year.value()
        part = int(self.part.currentData() or 1)
        if kind == "month":
            return Period.month(year, part)
        if kind == "quarter":
            return Period.quarter(year, part)
        if kind == "semester":
            return Period.semester(year, part)
        if kind == "year":
            return Period.year(year)
        start: date = self.date_from.date().toPython()  # type: ignore[assignment]
        end: date = self.date_to.date().toPython()  # type: ignore[assignment]
        return Period(start, end)

    def set_period(self, period: Period) -> None:
        """Choose ``from – to`` with these dates (tests, other windows)."""
        self.kind.setCurrentIndex(self.kind.findData("range"))
        self.date_from.setDate(QDate(period.start.year, period.start.month, period.start.day))
        self.date_to.setDate(QDate(period.end.year, period.end.month, period.end.day))

    # --- computing off the GUI thread ---------------------------------------------

    @property
    def busy(self) -> bool:
        return (self._job is not None or self._units_job is not None
                or self._units_pending is not None)

    def refresh(self) -> None:
        try:
            period = self.period()
        except Exception as exc:  # a reversed or too long period
            show_error(self, messages.service_error_message(exc))
            return
        for job in (self._job, self._units_job):
            if job is not None:
                job.cancel()
        self._units_job = self._units_pending = None
        reports = self._controller.reports()
        self.status.setText(self.tr("Counting…"))
        self.show_button.setEnabled(False)

        def op() -> Figures:  # worker thread: no widgets
            return reports.figures(period, with_units=False)  # type: ignore[no-any-return]

        self._job = run_in_background(op, self._on_figures, self._on_failed, owner=self)

    def _on_failed(self, exc: BaseException) -> None:
        self._job = None
        self.show_button.setEnabled(True)
        self.status.setText("")
        log.info("figures failed: %r", exc)
        show_error(self, messages.service_error_message(exc))

    def _on_figures(self, f: Figures) -> None:
        self._job = None
        self.show_button.setEnabled(True)
        self.figures = f
        demo = next((b.count for b in f.excluded if b.key == "demo"), 0)
        if demo and not self._demo_asked:
            self.count_demo.setVisible(True)
        if demo and not f.received.count and not self._demo_asked:
            # Nothing but demo data in the period (a demo office): zeros would say
            # nothing, so count them, and say so (the box stays for the user).
            self._demo_asked = True
            self.count_demo.setChecked(True)  # refreshes
            return
        self.show_figures(f)
        self.figures_shown.emit()
        if not f.units_counted:
            # Started once this paint is done: its thread decrypts in Python and
            # would hold the interpreter through the paint.
            self._units_pending = f
            QTimer.singleShot(0, self, lambda: self._count_units(f))

    def _count_units(self, f: Figures) -> None:
        """The unit chart, after the first paint (it decrypts the cases held)."""
        if self._units_pending is not f:  # another period was asked for meanwhile
            return
        self._units_pending = None
        if self._controller.user is None:  # logged out or locked since the paint
            return
        reports = self._controller.reports()

        def op() -> Figures:  # worker thread
            return reports.with_unit_figures(f)  # type: ignore[no-any-return]

        def done(full: Figures) -> None:
            self._units_job = None
            if self.figures is not f:  # another period was asked for meanwhile
                return
            self.figures = full
            self._show_units(full)
            self.units_shown.emit()

        def failed(exc: BaseException) -> None:
            self._units_job = None
            self.charts["unit"].set_note("")
            log.info("unit figures failed: %r", exc)
            show_error(self, messages.service_error_message(exc))

        self._units_job = run_in_background(op, done, failed, owner=self)

    # --- showing -------------------------------------------------------------------

    def show_figures(self, f: Figures) -> None:
        self.status.setText(
            self.tr("Reports received %1 – %2, each in its stage today (%3). Click a number "
                    "or a bar to list those cases.")
            .replace("%1", format_date(f.period.start))
            .replace("%2", format_date(f.period.end))
            .replace("%3", format_date(f.today))
            + (" " + self.tr("Demo data is counted.") if f.period.count_demo else ""))
        for name, tile in self.tiles.items():
            bucket = f.bucket(name)
            tile.set_value(bucket.count if bucket else 0)
        parts = []
        titles = {
            "first_response": self.tr("to first response"),
            "verification": self.tr("to verification"),
            "conclusion": self.tr("to conclusion"),
        }
        for d in f.durations:
            if d.mean is None:
                parts.append(self.tr("%1: no case yet").replace("%1", titles[d.key]))
            else:
                parts.append(
                    self.tr("%1: average %2, median %3 (%4 cases)")
                    .replace("%1", titles[d.key])
                    .replace("%2", QLocale().toString(d.mean, "f", 1))
                    .replace("%3", QLocale().toString(d.median or 0.0, "g", 6))
                    .replace("%4", QLocale().toString(d.count)))
        self.durations.setText(
            self.tr("Working days from receipt: %1").replace("%1", "; ".join(parts)))
        marks = {
            "test": self.tr("test"),
            "duplicate": self.tr("duplicate"),
            "demo": self.tr("demo data"),
        }
        links = ", ".join(
            f'<a href="excluded.{b.key}">{marks[b.key]}: {b.count}</a>' if b.count
            else f"{marks[b.key]}: 0"
            for b in f.excluded
        )
        self.excluded.setText(self.tr("Not counted: %1").replace("%1", links))

        def bars(group: str, buckets: Any, label: Callable[[str], str]) -> None:
            self._labels[group] = label
            self.charts[group].set_bars([Bar(b.key, label(b.key), b.count) for b in buckets])

        bars("month", f.by_month, self._month_label)
        bars("stage", f.by_stage, stage_label)
        bars("ending", f.by_ending, self._ending_label)
        bars("overdue", f.overdue_by_kind, self._due_label)
        bars("type", f.by_type, lambda k: self._controller.type_label(k))
        bars("channel", f.by_channel, channel_label)
        self._show_units(f)

    def _show_units(self, f: Figures) -> None:
        if not f.units_counted:
            self._other_units = None
            self.charts["unit"].set_bars([])
            self.charts["unit"].scale_max = None
            self.charts["unit"].set_note(
                self.tr("Counting from the cases whose file you hold (the unit is encrypted "
                        "with the case)…"))
            return
        units = list(f.by_unit[:UNIT_BARS])
        rest = f.by_unit[UNIT_BARS:]
        if rest:  # one bar for the long tail, clickable like the others
            ids = tuple(i for b in rest for i in (b.ids or ()))
            units.append(Bucket(OTHER_UNITS, len(ids), ids))
        self._other_units = units[-1] if rest else None
        self._labels["unit"] = self._unit_label
        self.charts["unit"].set_bars([Bar(b.key, self._unit_label(b.key), b.count)
                                      for b in units])
        self.charts["unit"].scale_max = max((b.count for b in f.by_unit[:UNIT_BARS]), default=0) \
            if rest else None
        self.charts["unit"].set_note(
            self.tr("From the %1 of %2 cases whose file you hold (the unit is encrypted "
                    "with the case).")
            .replace("%1", QLocale().toString(f.units_readable))
            .replace("%2", QLocale().toString(f.received.count)))

    def _unit_label(self, key: str) -> str:
        if key == NO_UNIT:
            return self.tr("(not stated)")
        if key == OTHER_UNITS:
            return self.tr("Other units")
        return key

    def _month_label(self, key: str) -> str:
        year, month = (int(x) for x in key.split("-"))
        return QLocale().toString(QDate(year, month, 1), "MMM yyyy")

    def _ending_label(self, key: str) -> str:
        if key == "closed":
            return self.tr("Closed without investigation")
        return outcome_label(key)

    def _due_label(self, key: str) -> str:
        labels: dict[str, str] = {DeadlineKind.FIRST_RESPONSE: self.tr("First response"),
                                  DeadlineKind.REPLY: self.tr("Reporter's reply"),
                                  DeadlineKind.HEARING: self.tr("Scheduled hearing")}
        return labels.get(key, key)

    def _open(self, name: str) -> None:
        f = self.figures
        if f is None:
            return
        bucket = f.bucket(name)
        if name == f"unit.{OTHER_UNITS}":
            bucket = self._other_units
        if bucket is None or not bucket.count:
            return
        group, _, key = name.partition(".")
        if key and group in self._labels:
            label = f"{self.charts[group]._title}: {self._labels[group](key)}"
        elif group == "excluded":
            label = self.tr("Not counted: %1").replace("%1", key)
        else:
            label = self.tiles[group].caption if group in self.tiles else name
        if bucket.ids is not None:
            self.cases_requested.emit(frozenset(bucket.ids), label)
            return
        # The counts came from SQL; one indexed query (off the GUI thread: tens of
        # thousands of ids for a year's "received") lists the cases of this figure.
        reports = self._controller.reports()

        def op() -> tuple[str, ...]:  # worker thread
            return reports.case_ids(f, name)  # type: ignore[no-any-return]

        def done(ids: tuple[str, ...]) -> None:
            self._list_job = None
            self.cases_requested.emit(frozenset(ids), label)

        def failed(exc: BaseException) -> None:
            self._list_job = None
            show_error(self, messages.service_error_message(exc))

        if self._list_job is not None:
            self._list_job.cancel()
        self._list_job = run_in_background(op, done, failed, owner=self)

    # --- the recap as files -----------------------------------------------------------

    def _export(self, kind: str) -> None:
        f = self.figures
        if f is None or self._export_job is not None:
            return
        stem = f"rekap-wbs-{f.period.start:%Y%m%d}-{f.period.end:%Y%m%d}"
        if kind == "xlsx":
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the recap as Excel"), f"{stem}.xlsx",
                self.tr("Excel workbook (*.xlsx)"))
        else:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the recap as PDF"), f"{stem}.pdf",
                self.tr("PDF document (*.pdf)"))
        if path:
            self.export_to(kind, path)

    def export_to(self, kind: str, path: str) -> Job | None:
        f = self.figures
        if f is None:
            return None
        reports = self._controller.reports()
        self.status.setText(self.tr("Writing the recap…"))

        def op() -> Any:  # worker thread
            if kind == "xlsx":
                return reports.export(f, xlsx=path)
            return reports.export(f, pdf=path)

        def done(_paths: Any) -> None:
            self._export_job = None
            self.status.setText(self.tr("Saved %1").replace("%1", path))

        def failed(exc: BaseException) -> None:
            self._export_job = None
            self.status.setText("")
            show_error(self, messages.service_error_message(exc))

        self._export_job = run_in_background(op, done, failed, owner=self)
        return self._export_job
