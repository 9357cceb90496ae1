"""The case table model over hand-made rows: qtmodeltester, lazy blocks, colours."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt

from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.stages import Stage
from wbs_desktop.gui.case.case_model import (
    BLOCK,
    CASE_ID_ROLE,
    OVERDUE_COLOUR,
    SOON_COLOUR,
    CaseSearch,
    CaseTableModel,
    Column,
)
from wbs_desktop.gui.case.case_table import CaseTable
from wbs_desktop.services.dto import CaseFilter, CaseRow

TODAY = date(2026, 11, 28)


def make_row(i: int) -> CaseRow:
    return CaseRow(
        id=f"id{i:05d}",
        register_number=f"WBS-2026-{i:05d}",
        received_at=datetime(2026, 11, 1, 2, 0, tzinfo=UTC) + timedelta(hours=i),
        complaint_type="illegal_levies",
        channel=Channel.PAPER,
        stage=Stage.VERIFICATION,
        officer_names=("Petrus",) if i % 2 else (),
        due_date=TODAY + timedelta(days=(i % 7) - 2),
        overdue=(i % 7) - 2 < 0,
        accused_name=None if i % 3 == 0 else f"Orang {i}",
    )


class FakeService:
    def __init__(self, n: int) -> None:
        self.rows = {f"id{i:05d}": make_row(i) for i in range(n)}
        self.fetched: list[int] = []
        self.searches: list[tuple[CaseFilter, str, bool]] = []

    def fetch(self, ids: Sequence[str]) -> list[CaseRow]:
        self.fetched.append(len(ids))
        return [self.rows[i] for i in ids]

    def search(self, f: CaseFilter, sort: str, descending: bool) -> list[str]:
        self.searches.append((f, sort, descending))
        ids = sorted(self.rows)
        return list(reversed(ids)) if descending else ids


def model_for(n: int) -> tuple[CaseTableModel, FakeService]:
    service = FakeService(n)
    model = CaseTableModel(service.fetch, lambda code: f"<{code}>", lambda: TODAY)
    model.set_ids(sorted(service.rows))
    return model, service


def test_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model, _ = model_for(40)
    qtmodeltester.check(model)


def test_empty_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model, _ = model_for(0)
    qtmodeltester.check(model)


def test_rows_are_fetched_lazily_in_blocks_and_cached() -> None:
    model, service = model_for(10_000)
    assert service.fetched == []  # nothing until the view asks
    assert model.data(model.index(5, Column.REGISTER)) == "WBS-2026-00005"
    assert service.fetched == [BLOCK]
    for row in range(BLOCK):
        model.data(model.index(row, Column.ACCUSED))
    assert service.fetched == [BLOCK], "the block is cached"
    model.data(model.index(9_999, Column.STAGE))
    assert len(service.fetched) == 2
    assert model.cached_rows() == BLOCK + 10_000 % BLOCK


def test_cells() -> None:
    model, _ = model_for(10)
    assert model.data(model.index(0, Column.ACCUSED)) == "—", "no grant: a dash"
    assert model.data(model.index(1, Column.ACCUSED)) == "Orang 1"
    assert model.data(model.index(1, Column.TYPE)) == "<illegal_levies>"
    assert model.data(model.index(1, Column.OFFICER)) == "Petrus"
    assert model.data(model.index(0, Column.RECEIVED)) == "01/11/2026"
    assert model.data(model.index(0, Column.RECEIVED), Qt.ItemDataRole.ToolTipRole) == \
        "01/11/2026 10:00"  # WITA
    assert model.data(model.index(0, 0), CASE_ID_ROLE) == "id00000"
    # Due: id0 is 2 days late (red), id3 is due in 1 day (orange).
    assert model.data(model.index(0, Column.DUE)) == "26/11/2026 (2 d late)"
    assert model.data(model.index(0, Column.DUE), Qt.ItemDataRole.ForegroundRole).color() == \
        OVERDUE_COLOUR
    assert model.data(model.index(3, Column.DUE)) == "29/11/2026 (1 d left)"
    assert model.data(model.index(3, Column.DUE), Qt.ItemDataRole.ForegroundRole).color() == \
        SOON_COLOUR
    assert model.data(model.index(2, Column.DUE)) == "28/11/2026 (today)"
    assert model.headerData(Column.ACCUSED, Qt.Orientation.Horizontal) == "Person reported"


def test_a_cell_is_made_once_until_the_register_or_the_day_changes(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # A repaint asks every visible cell for a dozen roles: the values are kept.
    from wbs_desktop.gui.case import case_model

    day = [TODAY]
    service = FakeService(10)
    model = CaseTableModel(service.fetch, lambda code: f"<{code}>", lambda: day[0])
    model.set_ids(sorted(service.rows))
    clock = [1000.0]
    monkeypatch.setattr(case_model.time, "monotonic", lambda: clock[0])
    made: list[Column] = []
    display = model._display
    monkeypatch.setattr(model, "_display", lambda row, c: made.append(c) or display(row, c))
    due = model.index(0, Column.DUE)
    assert model.data(due) == "26/11/2026 (2 d late)"
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole,
                 Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole):
        model.data(due, role)
    assert made == [Column.DUE], "one cell made once, whatever the roles asked"
    assert model.data(due, Qt.ItemDataRole.FontRole).bold()
    # The next day: the kept text stays until the minute is up, then it is made again.
    day[0] = TODAY + timedelta(days=1)
    assert model.data(due) == "26/11/2026 (2 d late)"
    clock[0] += case_model.CELLS_FOR_SECONDS + 1
    assert model.data(due) == "26/11/2026 (3 d late)"
    # A search of an unchanged register (same revision) keeps the rows read;
    # a changed register (another revision, or none given) reads them again.
    model.set_ids(sorted(service.rows), "head-1")
    assert model.data(model.index(0, Column.ACCUSED)) == "—"
    fetched = len(service.fetched)
    service.rows["id00000"] = replace(service.rows["id00000"], accused_name="Orang Baru")
    model.set_ids(list(reversed(sorted(service.rows))), "head-1")
    assert model.data(model.index(9, Column.ACCUSED)) == "—", "the same revision: kept"
    assert len(service.fetched) == fetched, "nothing read again"
    model.set_ids(sorted(service.rows), "head-2")
    assert model.data(model.index(0, Column.ACCUSED)) == "Orang Baru"
    assert len(service.fetched) == fetched + 1


def test_sorting_requeries_and_a_flip_only_reverses(qtbot) -> None:  # type: ignore[no-untyped-def]
    service = FakeService(5)
    model = CaseTableModel(service.fetch, str, lambda: TODAY)
    search = CaseSearch(service.search)
    table = CaseTable(search, model)
    qtbot.addWidget(table)
    table.refresh()
    assert len(service.searches) == 1
    table.view.sortByColumn(Column.REGISTER, Qt.SortOrder.AscendingOrder)
    assert service.searches[-1][1:] == ("register", False)
    searches = len(service.searches)
    table.view.sortByColumn(Column.REGISTER, Qt.SortOrder.DescendingOrder)
    assert len(service.searches) == searches, "flipping the direction reverses in memory"
    assert model.ids() == sorted(service.rows, reverse=True)


def test_selection_survives_a_refresh(qtbot) -> None:  # type: ignore[no-untyped-def]
    service = FakeService(20)
    model = CaseTableModel(service.fetch, str, lambda: TODAY)
    table = CaseTable(CaseSearch(service.search), model)
    qtbot.addWidget(table)
    table.refresh()
    assert table.select_case("id00007")
    service.rows["id00099"] = make_row(99)  # a new case arrives
    table.refresh()
    assert table.current_case_id() == "id00007"
    assert table.selected_case_ids() == ["id00007"]
    del service.rows["id00007"]
    with qtbot.waitSignal(table.current_case_changed) as blocker:
        table.refresh()
    assert blocker.args == [""]


def test_header_state_is_remembered(qtbot) -> None:  # type: ignore[no-untyped-def]
    service = FakeService(3)
    table = CaseTable(CaseSearch(service.search), CaseTableModel(service.fetch, str, lambda: TODAY))
    qtbot.addWidget(table)
    table.view.horizontalHeader().resizeSection(Column.ACCUSED, 333)
    table.view.horizontalHeader().moveSection(Column.CHANNEL, 0)
    again = CaseTable(CaseSearch(service.search), CaseTableModel(service.fetch, str, lambda: TODAY))
    qtbot.addWidget(again)
    header = again.view.horizontalHeader()
    assert header.sectionSize(Column.ACCUSED) == 333
    assert header.visualIndex(Column.CHANNEL) == 0
