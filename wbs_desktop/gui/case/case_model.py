"""The case table's model: ids from the database, rows built lazily in blocks.

``CaseSearch`` knows the filter and the sort and asks the services for ids;
``CaseTableModel`` turns ids into cells, fetching rows a block at a time and
keeping each shown cell's values (see :meth:`CaseTableModel.data`). The view
around them is :mod:`wbs_desktop.gui.case.case_table`.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QWidget,
)

from wbs_desktop.domain.dates import OFFICE_TZ, to_local
from wbs_desktop.gui.labels import channel_label, stage_label, stage_tooltip
from wbs_desktop.services.dto import CaseFilter, CaseRow, SortKey

log = logging.getLogger(__name__)

BLOCK = 64  # rows fetched per round trip (a screen and a half)
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex

# The roles a cell answers, in the order :meth:`CaseTableModel.data` keeps them.
_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
          Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
          Qt.ItemDataRole.DecorationRole)
_ROLE_SLOT = {int(role): slot for slot, role in enumerate(_ROLES)}
# Rows kept from one search to the next (same register revision) at most.
KEEP_ROWS = 20_000
# How long a cell's values are kept (the days left change at midnight).
CELLS_FOR_SECONDS = 60.0


@functools.cache
def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font

class Column(IntEnum):
    REGISTER = 0
    RECEIVED = 1
    TYPE = 2
    ACCUSED = 3
    STAGE = 4
    OFFICER = 5
    DUE = 6
    CHANNEL = 7


_COLUMNS = len(Column)  # asked thousands of times per paint (rowCount, columnCount)

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

#: Not shown at first (the table must fit beside the case at 1366×768); the
#: header's context menu shows them.
DEFAULT_HIDDEN = (Column.TYPE, Column.OFFICER)
#: Columns that share what the others leave (text elided, tooltip whole).
FLEXIBLE = (Column.TYPE, Column.ACCUSED, Column.STAGE, Column.OFFICER, Column.CHANNEL)

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
        self._known = 0  # ids known: the rest of ``_ids`` ("") waits for the whole list
        self._rows: dict[str, CaseRow] = {}
        self._failed: set[str] = set()  # ids whose fetch failed: not asked again until a reset
        # Case id → its cells' values by column (see :meth:`data`).
        self._cells: dict[str, list[tuple[object, ...] | None]] = {}
        self._cells_until = 0.0
        self._revision = ""
        self.sort_requested: Callable[[Column, bool], None] | None = None
        self.fetches = 0  # round trips so far (tests and benchmarks read it)

    # --- data management ----------------------------------------------------

    def set_ids(self, ids: list[str], revision: str = "") -> None:
        """Show these ids. ``revision`` (the listing's: equal revisions mean the
        same cases in the same state) keeps the rows and cells already made when
        it is the one shown before; otherwise they are read again as shown.

        The whole list behind a first page (:meth:`set_page`) of the same
        revision, which begins with that page, fills in the rows that waited
        without a reset: the view keeps its place, selection and current row."""
        if (self.partial and revision and revision == self._revision
                and len(ids) == len(self._ids) and ids[:self._known] == self._ids[:self._known]):
            start, self._ids, self._known = self._known, list(ids), len(ids)
            for case_id in self._failed:  # a block that failed meanwhile is asked again
                self._cells.pop(case_id, None)
            self._failed.clear()
            if start < len(ids):
                self.dataChanged.emit(self.index(start, 0), self.index(len(ids) - 1, _COLUMNS - 1))
            return
        self.beginResetModel()
        self._ids = list(ids)
        self._known = len(self._ids)
        if not revision or revision != self._revision or len(self._rows) > KEEP_ROWS:
            self._rows.clear()
            self._cells.clear()
        for case_id in self._failed:  # asked again
            self._cells.pop(case_id, None)
        self._revision = revision
        self._failed.clear()
        self.endResetModel()

    def set_page(self, ids: list[str], total: int, revision: str,
                 rows: Sequence[CaseRow] = ()) -> None:
        """The first page of a list of ``total`` cases (``ids``, its first rows;
        ``rows``: those read with it): the view has every row at once (its scroll
        bar, the count), those after the page show "…" until :meth:`set_ids`
        gives the whole list."""
        self.set_ids([*ids, *[""] * max(total - len(ids), 0)], revision)
        self._known = len(ids)
        now = time.monotonic()
        if now > self._cells_until:  # as data() does: what is kept is as of now
            self._cells.clear()
            self._rows.clear()
            self._cells_until = now + CELLS_FOR_SECONDS
        self._rows.update((r.id, r) for r in rows)

    @property
    def partial(self) -> bool:
        """Only the first page is known (see :meth:`set_page`)."""
        return self._known < len(self._ids)

    def ids(self) -> list[str]:
        """The ids shown (of a first page: the page's)."""
        return self._ids[:self._known]

    def case_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, case_id: str) -> int:
        if not case_id:
            return -1
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
        wanted = [i for i in self._ids[start:start + BLOCK] if i and i not in self._rows]
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
        return 0 if parent.isValid() else _COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < _COLUMNS:
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
        # Views ask every visible cell for a dozen roles at each paint: thousands of
        # calls per repaint, so a cell's values are made once per case shown (until
        # the register changes or a minute has passed) and then only looked up here.
        slot = _ROLE_SLOT.get(role)
        r = index.row()
        if not 0 <= r < len(self._ids):  # also an invalid index (row -1)
            return None
        if slot is None:
            return self._ids[r] if role == CASE_ID_ROLE else None
        now = time.monotonic()
        if now > self._cells_until:  # the rows too: "overdue" is as of their reading
            self._cells.clear()
            self._rows.clear()
            self._cells_until = now + CELLS_FOR_SECONDS
        case_id = self._ids[r]
        if not case_id:  # after a first page: the whole list is on its way
            return "…" if slot == 0 else None
        cells = self._cells.get(case_id)
        if cells is None:
            cells = self._cells[case_id] = [None] * _COLUMNS
        c = index.column()
        cell = cells[c]
        if cell is None:
            row = self._row(r)
            cell = cells[c] = tuple(self._value(row, Column(c), role) for role in _ROLES)
        return cell[slot]

    def _value(self, row: CaseRow | None, column: Column, role: int) -> object:
        """One role of one cell (:meth:`data` keeps what this returns)."""
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
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
            return _bold() if column == Column.DUE and row.overdue else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.DUE and row.due_date is not None:
                return self._days_text(row)
            if column == Column.RECEIVED:
                return to_local(row.received_at, OFFICE_TZ).strftime("%d/%m/%Y %H:%M")
            if column == Column.ACCUSED and row.accused_name is None:
                return self.tr("This case has not been shared with you.")
            if column == Column.STAGE:  # the whole name (the column may be narrow) and its meaning
                return f"{self._display(row, column)}: {stage_tooltip(row.stage)}"
            if column in FLEXIBLE:  # the column may be too narrow for all of it
                return self._display(row, column)
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
            return self.due_text(row.due_date, self._days(row))
        return channel_label(row.channel)

    def _days(self, row: CaseRow) -> int:
        """Days left until the due date (negative: late; an overdue case is late)."""
        assert row.due_date is not None
        days = (row.due_date - self._today()).days
        return -abs(days) if row.overdue else days

    def due_text(self, due: date, days: int) -> str:
        """The Due cell: the date and, short (the column must fit), the days left or late."""
        if days < 0:
            short = self.tr("%n d late", "", -days)
        elif days == 0:
            short = self.tr("today")
        else:
            short = self.tr("%n d left", "", days)
        return f"{due:%d/%m/%Y} ({short})"

    def _days_text(self, row: CaseRow) -> str:
        days = self._days(row)
        if days < 0:
            return self.tr("%n day(s) late", "", -days)
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
        if self.sort_requested is not None and 0 <= column < _COLUMNS:
            self.sort_requested(Column(column), order == Qt.SortOrder.DescendingOrder)
