"""The case table: ids from the database, rows built lazily in blocks and cached.

Three small parts (Anki's browser): ``CaseSearch`` knows the filter and the
sort and asks the services for ids; ``CaseTableModel`` turns ids into cells,
fetching rows a block at a time; ``CaseTable`` owns the view, the header and
the selection (which survives a refresh).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.domain.dates import OFFICE_TZ, to_local
from wbs_desktop.gui import settings
from wbs_desktop.gui.messages import channel_label, stage_label, stage_tooltip
from wbs_desktop.services.dto import CaseFilter, CaseRow, SortKey

log = logging.getLogger(__name__)

BLOCK = 128  # rows fetched per round trip
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex

class Column(IntEnum):
    REGISTER = 0
    RECEIVED = 1
    TYPE = 2
    ACCUSED = 3
    STAGE = 4
    OFFICER = 5
    DUE = 6
    CHANNEL = 7


SORT_KEYS: dict[Column, str] = {
    Column.REGISTER: SortKey.REGISTER,
    Column.RECEIVED: SortKey.RECEIVED,
    Column.TYPE: SortKey.TYPE,
    Column.ACCUSED: SortKey.ACCUSED,
    Column.STAGE: SortKey.STAGE,
    Column.OFFICER: SortKey.OFFICER,
    Column.DUE: SortKey.DUE,
    Column.CHANNEL: SortKey.CHANNEL,
}

OVERDUE_COLOUR = QColor("#c62828")
SOON_COLOUR = QColor("#e65100")
FINE_COLOUR = QColor("#2e7d32")
SOON_DAYS = 3


class CaseSearch:
    """The current filter and sort; asks for ids only."""

    def __init__(self, search_ids: Callable[[CaseFilter, str, bool], list[str]]) -> None:
        self._search_ids = search_ids
        self.filter = CaseFilter()
        self.sort_column = Column.RECEIVED
        self.descending = True

    def ids(self) -> list[str]:
        return self._search_ids(self.filter, SORT_KEYS[self.sort_column], self.descending)

    def with_filter(self, f: CaseFilter) -> None:
        self.filter = f

    def with_text(self, text: str) -> None:
        self.filter = replace(self.filter, text=text)


# Combined once: or-ing Qt flags in Python costs ~20 µs, and views ask per cell.
_CELL_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
               | Qt.ItemFlag.ItemNeverHasChildren)


class CaseTableModel(QAbstractTableModel):
    """Cells of the case table over a list of ids."""

    def __init__(
        self,
        fetch_rows: Callable[[Sequence[str]], list[CaseRow]],
        type_label: Callable[[str], str],
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._type_label = type_label
        self._today = today
        self._ids: list[str] = []
        self._rows: dict[str, CaseRow] = {}
        self._failed: set[str] = set()  # ids whose fetch failed: not asked again until a reset
        self.sort_requested: Callable[[Column, bool], None] | None = None
        self.fetches = 0  # round trips so far (tests and benchmarks read it)

    # --- data management ----------------------------------------------------

    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._rows.clear()
        self._failed.clear()
        self.endResetModel()

    def ids(self) -> list[str]:
        return list(self._ids)

    def case_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, case_id: str) -> int:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return -1

    def cached_rows(self) -> int:
        return len(self._rows)

    def _row(self, row: int) -> CaseRow | None:
        case_id = self._ids[row]
        cached = self._rows.get(case_id)
        if cached is not None or case_id in self._failed:
            return cached
        start = row - row % BLOCK
        wanted = [i for i in self._ids[start:start + BLOCK] if i not in self._rows]
        self.fetches += 1
        try:
            fetched = self._fetch_rows(wanted)
        except Exception as exc:
            # Not asked again on every repaint: the next search (refresh) tries again.
            log.warning("fetching case rows failed: %r", exc)
            self._failed.update(wanted)
            return None
        for r in fetched:
            self._rows[r.id] = r
        return self._rows.get(case_id)

    # --- Qt model interface -------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return self.column_title(Column(section))

    def column_title(self, column: Column) -> str:
        titles = {
            Column.REGISTER: self.tr("Register no."),
            Column.RECEIVED: self.tr("Received"),
            Column.TYPE: self.tr("Type"),
            Column.ACCUSED: self.tr("Person reported"),
            Column.STAGE: self.tr("Stage"),
            Column.OFFICER: self.tr("Officer"),
            Column.DUE: self.tr("Due"),
            Column.CHANNEL: self.tr("Arrived by"),
        }
        return titles[column]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CELL_FLAGS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == CASE_ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                        Qt.ItemDataRole.DecorationRole):
            return None
        row = self._row(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        column = Column(index.column())
        if row.damaged and column == Column.ACCUSED:
            if role == Qt.ItemDataRole.DecorationRole:
                return QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("The stored data of this case failed its integrity check and "
                               "cannot be shown. Tell the administrator (wbs-admin verify-data "
                               "lists such cases); the other cases are not affected.")
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("damaged")
        if role == Qt.ItemDataRole.DecorationRole:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.FontRole:
            if column == Column.DUE and row.overdue:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.DUE and row.due_date is not None:
                return self._days_text(row)
            if column == Column.RECEIVED:
                return to_local(row.received_at, OFFICE_TZ).strftime("%d/%m/%Y %H:%M")
            if column == Column.ACCUSED and row.accused_name is None:
                return self.tr("This case has not been shared with you.")
            if column == Column.STAGE:
                return stage_tooltip(row.stage)
            return None
        return self._display(row, column)

    def _display(self, row: CaseRow, column: Column) -> str:
        if column == Column.REGISTER:
            return row.register_number
        if column == Column.RECEIVED:
            return to_local(row.received_at, OFFICE_TZ).strftime("%d/%m/%Y")
        if column == Column.TYPE:
            return self._type_label(row.complaint_type)
        if column == Column.ACCUSED:
            return row.accused_name if row.accused_name is not None else "—"
        if column == Column.STAGE:
            return stage_label(row.stage)
        if column == Column.OFFICER:
            return ", ".join(row.officer_names) or "—"
        if column == Column.DUE:
            if row.due_date is None:
                return "—"
            return f"{row.due_date:%d/%m/%Y} ({self._days_text(row)})"
        return channel_label(row.channel)

    def _days_text(self, row: CaseRow) -> str:
        assert row.due_date is not None
        days = (row.due_date - self._today()).days
        if row.overdue or days < 0:
            return self.tr("%n day(s) late", "", abs(days))
        if days == 0:
            return self.tr("due today")
        return self.tr("%n day(s) left", "", days)

    def _foreground(self, row: CaseRow, column: Column) -> QBrush | None:
        if column != Column.DUE or row.due_date is None or row.stage.is_final:
            return None
        days = (row.due_date - self._today()).days
        if row.overdue or days < 0:
            return QBrush(OVERDUE_COLOUR)
        if days <= SOON_DAYS:
            return QBrush(SOON_COLOUR)
        return QBrush(FINE_COLOUR)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in the database: hand it to whoever owns the search."""
        if self.sort_requested is not None and 0 <= column < len(Column):
            self.sort_requested(Column(column), order == Qt.SortOrder.DescendingOrder)


class CaseTable(QWidget):
    """The view, its header (remembered) and the selection (kept across refreshes)."""

    current_case_changed = Signal(str)
    """Emits: the id of the case now current ("" when none)."""
    counts_changed = Signal(int)
    """Emits: how many cases the current search shows."""

    HEADER_KEY = "case_table/header"

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
        # Default widths that fit a 1366-pixel screen; the user's own are remembered.
        widths = {Column.REGISTER: 112, Column.RECEIVED: 82, Column.TYPE: 120,
                  Column.ACCUSED: 120, Column.STAGE: 100, Column.OFFICER: 100,
                  Column.DUE: 150, Column.CHANNEL: 90}
        for column, width in widths.items():
            header.resizeSection(column, width)
        saved = settings.load_bytes(self.HEADER_KEY)
        if saved is not None:
            header.restoreState(saved)
        header.setSortIndicator(search.sort_column, Qt.SortOrder.DescendingOrder
                                if search.descending else Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        model.sort_requested = self._on_sort
        #: Who runs a new search after a sort change (the main window does it in
        #: the background); None: search synchronously here.
        self.requery: Callable[[], None] | None = None
        header.sectionMoved.connect(self.save_header)
        header.sectionResized.connect(self.save_header)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)

    def save_header(self) -> None:
        settings.save_bytes(self.HEADER_KEY, QByteArray(self.view.horizontalHeader().saveState()))

    def _on_sort(self, column: Column, descending: bool) -> None:
        if column == self.search.sort_column and descending == self.search.descending:
            return  # Qt asks twice per header click; the second time nothing changed
        if column == self.search.sort_column:
            # Only the direction flipped: reverse what we have, no new query.
            self.search.descending = descending
            self.apply_ids(list(reversed(self.model.ids())))
        else:
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

    def apply_ids(self, ids: list[str]) -> None:
        """Show these ids (a search's result), keeping the selection where possible."""
        current = self.current_case_id()
        selected = self.selected_case_ids()
        self.model.set_ids(ids)
        self._restore(current, selected)
        self.counts_changed.emit(len(ids))

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
