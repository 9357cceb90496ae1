"""One damaged ciphertext stays one damaged row (issue 13): marked in the table,
the rest of its block and every search keep working, nothing refetches."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import update

from tests.gui.test_main_window import settle
from wbs_desktop.gui.case.case_model import Column
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.main_window import MainWindow
from wbs_desktop.gui.worker import wait_for_workers
from wbs_desktop.services import search_index
from wbs_desktop.services.dto import CaseFilter
from wbs_desktop.storage.models import Case


def damage(controller: Controller, case_id: str) -> None:
    db = controller._office.db
    with db.write() as session:
        row = session.get(Case, case_id)
        broken = bytearray(row.accused_ct)
        broken[-1] ^= 0x01
        session.execute(update(Case).where(Case.id == case_id).values(accused_ct=bytes(broken)))
    # As a fresh session on another workstation would find it: no search index
    # in memory or on disk (the background load after login, if it has not run
    # yet, must not bring back the texts read before the damage).
    controller._preload_timer.stop()
    wait_for_workers()
    ws = controller._ws
    search_index.index_path(ws).unlink(missing_ok=True)
    ws.actor.search_text.clear()
    ws.actor.listing.forget_texts()


def test_a_damaged_row_is_marked_and_the_rest_works(qtbot, controller: Controller,  # type: ignore[no-untyped-def]
                                                   cases: list[str], caplog) -> None:
    damage(controller, cases[1])
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    settle(window)
    model = window.model
    assert model.rowCount() == 3
    fetches = model.fetches
    with caplog.at_level(logging.WARNING):
        for _ in range(5):  # repaints
            window.table.view.viewport().repaint()
            texts = {model.case_id(r): model.data(model.index(r, Column.ACCUSED))
                     for r in range(3)}
    assert texts[cases[0]] == "Ahmad Yani" and texts[cases[2]] == "Kornelis Ndun"
    assert texts[cases[1]] == "damaged"
    bad = model.index(model.row_of(cases[1]), Column.ACCUSED)
    assert model.data(bad, Qt.ItemDataRole.DecorationRole) is not None, "a warning icon"
    assert "integrity check" in model.data(bad, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(model.row_of(cases[1]), Column.REGISTER)).startswith("WBS-")
    assert model.fetches - fetches <= 1, "no refetch on every repaint"
    assert not [r for r in caplog.records if r.exc_info], "no tracebacks logged"
    # Every free-text search still works (and finds the damaged case by its number).
    assert controller.search_ids(CaseFilter(text="kornelis")) == [cases[2]]
    assert controller.search_ids(CaseFilter(text="mutasi")) == [cases[0]]
    register = model.data(model.index(model.row_of(cases[1]), Column.REGISTER))
    assert controller.search_ids(CaseFilter(text=register)) == [cases[1]]
    window.table.view.setColumnWidth(Column.ACCUSED, 160)
    folder = Path("/work/shots/hygiene")
    folder.mkdir(parents=True, exist_ok=True)
    window.table.grab().save(str(folder / "damaged-row-en.png"))
