"""The case table: ids from the database, rows built lazily in blocks and cached.

Three small parts (Anki's browser): ``CaseSearch`` knows the filter and the
sort and asks the services for ids; ``CaseTableModel`` turns ids into cells,
fetching rows a block at a time; ``CaseTable`` owns the view, the header and
the selection (which survives a refresh).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.stages import Stage
from wbs_desktop.gui import settings
from wbs_desktop.gui.case.case_model import (
    CASE_ID_ROLE,
    DEFAULT_HIDDEN,
    FLEXIBLE,
    CaseSearch,
    CaseTableModel,
    Column,
)
from wbs_desktop.gui.labels import channel_label, stage_label
from wbs_desktop.services.dto import CaseRow

log = logging.getLogger(__name__)


class CaseTable(QWidget):
    """The view, its header (remembered) and the selection (kept across refreshes)."""

    current_case_changed = Signal(str)
    """Emits: the id of the case now current ("" when none)."""
    counts_changed = Signal(int)
    """Emits: how many cases the current search shows."""
    clear_filters_requested = Signal()
    """Emits: nothing; the user chose "Clear the filters" on an empty result."""

    HEADER_KEY = "case_table/header2"  # 2: fitted widths, Type and Officer hidden at first
    AUTO_KEY = "case_table/auto_widths"

    def __init__(self, search: CaseSearch, model: CaseTableModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search
        self.model = model
        self.view = QTableView(self)
        self.view.setObjectName("caseTableView")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 8)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(0)  # never measure thousands of rows
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(48)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        for column in DEFAULT_HIDDEN:
            header.setSectionHidden(column, True)
        saved = settings.load_bytes(self.HEADER_KEY)
        if saved is not None:
            header.restoreState(saved)
        # Until the user drags a column's edge, the columns are fitted to the
        # width the table has (which changes when the detail pane comes and goes).
        self.auto_widths = bool(settings.app_settings().value(self.AUTO_KEY, True, type=bool))
        self._fitting = False
        header.setSortIndicator(search.sort_column, Qt.SortOrder.DescendingOrder
                                if search.descending else Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        model.sort_requested = self._on_sort
        #: Who runs a new search after a sort change (the main window does it in
        #: the background); None: search synchronously here.
        self.requery: Callable[[], None] | None = None
        header.sectionMoved.connect(self.save_header)
        header.sectionResized.connect(self._on_section_resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.view.viewport().installEventFilter(self)
        # Said over the empty table when a search finds nothing (not a blank grid).
        self.empty_label = QLabel(self.view.viewport())
        self.empty_label.setObjectName("emptyResult")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); font-size: 11pt;")
        self.empty_label.linkActivated.connect(lambda _l: self.clear_filters_requested.emit())
        self.empty_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)

    # --- columns that fit ---------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
            self._place_empty_label()
        return super().eventFilter(watched, event)

    def show_empty(self, filtered: bool) -> None:
        """Say why the table is empty: nothing matches (with a way to clear the
        filters), or no case has been logged yet. Hidden again by rows."""
        if filtered:
            text = html.escape(self.tr("No case matches the search and filters.")) + \
                '<br><a href="clear">' + html.escape(self.tr("Clear the filters")) + "</a>"
        else:
            text = html.escape(self.tr(
                "No cases yet. Log a complaint with Case ▸ New complaint (Ctrl+N)."))
        self.empty_label.setText(text)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self._place_empty_label()

    def _place_empty_label(self) -> None:
        area = self.view.viewport().rect().adjusted(24, 24, -24, -24)
        height = self.empty_label.heightForWidth(area.width())
        self.empty_label.setGeometry(area.x(), area.y() + 40, area.width(),
                                     max(height, self.empty_label.sizeHint().height()))

    def natural_width(self, column: Column) -> int:
        """What a column needs to show its title and a typical value whole."""
        fm = self.view.fontMetrics()
        title = self.model.column_title(column)
        samples = [title + "  ▲"]  # room for the sort arrow
        if column == Column.REGISTER:
            samples.append("WBS-2026-00000")
        elif column == Column.RECEIVED:
            samples.append("00/00/2026")
        elif column == Column.DUE:
            due = date(2026, 12, 31)
            samples += [self.model.due_text(due, d) for d in (-99, 0, 99)]
        elif column == Column.CHANNEL:
            samples += [channel_label(c) for c in Channel]
        elif column == Column.STAGE:
            samples += [stage_label(s) for s in Stage]
        if column == Column.DUE:  # overdue dates are bold
            bold = QFont(self.view.font())
            bold.setBold(True)
            fm = QFontMetrics(bold)
        # + a twentieth: hinted glyphs at small sizes may draw wider than measured
        text = max(fm.horizontalAdvance(x) for x in samples) * 21 // 20 + 14
        if column in FLEXIBLE:
            return min(text, 190) if column in (Column.STAGE, Column.CHANNEL) else 150
        return text

    def fit_columns(self) -> None:
        """Fit the shown columns to the table's width (unless the user sized them).

        The register number, dates and due date get what they need; the others
        share the rest (their text is elided, the whole of it in the tooltip)."""
        if not self.auto_widths:
            return
        header = self.view.horizontalHeader()
        room = self.view.viewport().width()
        shown = [c for c in Column if not header.isSectionHidden(c)]
        if room < 200 or not shown:
            return
        natural = {c: self.natural_width(c) for c in shown}
        flexible = [c for c in shown if c in FLEXIBLE]
        fixed = sum(natural[c] for c in shown if c not in FLEXIBLE)
        wanted = sum(natural[c] for c in flexible)
        rest = room - fixed
        widths = dict(natural)
        if flexible:
            scale = rest / wanted if wanted else 1.0
            for c in flexible:
                widths[c] = max(header.minimumSectionSize(), int(natural[c] * scale))
        self._fitting = True
        try:
            for c in shown:
                header.resizeSection(c, widths[c])
        finally:
            self._fitting = False

    def _on_section_resized(self, _index: int, _old: int, _new: int) -> None:
        if self._fitting:
            return
        header = self.view.horizontalHeader()
        # A drag on the header itself (not the splitter's handle, whose drag
        # resizes the last, stretched column too).
        if header.isVisible() and header.underMouse() \
                and QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self.auto_widths = False  # the user dragged a column's edge: keep their widths
            settings.app_settings().setValue(self.AUTO_KEY, False)
        self.save_header()

    def set_column_shown(self, column: Column, shown: bool) -> None:
        self.view.horizontalHeader().setSectionHidden(column, not shown)
        self.fit_columns()
        self.save_header()

    def fit_again(self) -> None:
        """Back to fitted widths (the header menu's last entry)."""
        self.auto_widths = True
        settings.app_settings().setValue(self.AUTO_KEY, True)
        self.fit_columns()
        self.save_header()

    def _column_menu(self, pos: QPoint) -> None:
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for column in Column:
            action = menu.addAction(self.model.column_title(column))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column not in (Column.REGISTER, Column.DUE))
            action.toggled.connect(lambda on, c=column: self.set_column_shown(c, on))
        menu.addSeparator()
        menu.addAction(self.tr("Fit the columns to the window"), self.fit_again)
        menu.popup(header.mapToGlobal(pos))

    def save_header(self) -> None:
        settings.save_bytes(self.HEADER_KEY, QByteArray(self.view.horizontalHeader().saveState()))

    def _on_sort(self, column: Column, descending: bool) -> None:
        if column == self.search.sort_column and descending == self.search.descending:
            return  # Qt asks twice per header click; the second time nothing changed
        if column == self.search.sort_column and not self.model.partial:
            # Only the direction flipped: reverse what we have, no new query.
            self.search.descending = descending
            self.apply_ids(list(reversed(self.model.ids())))
        else:  # (a first page alone cannot be reversed: asked again)
            self.search.sort_column = column
            self.search.descending = descending
            if self.requery is not None:
                self.requery()
            else:
                self.refresh()
        self.save_header()

    def current_case_id(self) -> str:
        index = self.view.currentIndex()
        if not index.isValid():
            return ""
        return str(self.model.data(index, CASE_ID_ROLE))

    def selected_case_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.case_id(r) for r in rows]

    def refresh(self) -> None:
        """Search again; keep the current and selected cases selected when still shown."""
        try:
            ids = self.search.ids()
        except Exception:
            log.exception("case search failed")
            raise
        self.apply_ids(ids)

    def apply_page(self, ids: list[str], total: int, revision: str,
                   rows: Sequence[CaseRow] = ()) -> None:
        """Show the first page of a list of ``total`` cases (see
        :meth:`CaseTableModel.set_page`); nothing is selected yet."""
        self.model.set_page(ids, total, revision, rows)
        self._lay_out_now()
        if ids:
            self.empty_label.hide()
        self.counts_changed.emit(total)

    def apply_ids(self, ids: list[str], revision: str = "") -> None:
        """Show these ids (a search's result), keeping the selection where possible
        (``revision``: see :meth:`CaseTableModel.set_ids`)."""
        current = self.current_case_id()
        selected = self.selected_case_ids()
        self.model.set_ids(ids, revision)
        self._lay_out_now()
        if ids:
            self.empty_label.hide()
        self._restore(current, selected)
        self.counts_changed.emit(len(ids))

    def _lay_out_now(self) -> None:
        """Lay the rows out now, not at the event loop's next timer: a model reset
        schedules the view's layout on a timer that fires after the repaint the
        reset asked for, and the layout then repaints every visible cell again
        (at 100,000 cases one filter was painted twice, ~20 ms of CPU each)."""
        self.view.executeDelayedItemsLayout()

    def _restore(self, current: str, selected: list[str]) -> None:
        sm = self.view.selectionModel()
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for case_id in selected:
            row = self.model.row_of(case_id)
            if row >= 0:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            sm.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            sm.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.view.scrollTo(self.model.index(row, 0))
        else:
            sm.clearSelection()
            self.current_case_changed.emit("")

    def select_case(self, case_id: str) -> bool:
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_case_changed.emit(
            str(self.model.data(current, CASE_ID_ROLE)) if current.isValid() else "")
