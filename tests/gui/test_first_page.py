"""The main window's first rows: the first page from the database at once, the
session's whole list read behind it and filled in without losing the place
(issue 17, "open in constant time")."""

from __future__ import annotations

import csv
import io
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from tests.gui.conftest import complaint
from tests.gui.test_main_window import settle
from wbs_desktop.gui.case.case_model import CASE_ID_ROLE, Column
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.main_window import MainWindow
from wbs_desktop.services import listing
from wbs_desktop.services.dto import CaseFilter


@pytest.fixture
def held(controller: Controller, monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The whole list's search waits for the returned event; pages of two rows.
    The session is as right after its login: its list not read yet (the search's
    load after login, which reads it too, is not started)."""
    controller._preload_timer.stop()
    controller._ws.actor.listing.clear()
    release = threading.Event()
    real = controller.listing

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        assert release.wait(20), "the test never released the search"
        return real(*args, **kwargs)

    monkeypatch.setattr(controller, "listing", slow)
    monkeypatch.setattr(listing, "PAGE_ROWS", 2)
    controller.live.stop()  # the tests say when a change is seen
    return release


def _open(qtbot, controller: Controller) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(controller)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_shown, timeout=20_000):
        window.show()
    return window


def test_the_first_page_is_shown_before_the_whole_list_and_stays(  # type: ignore[no-untyped-def]
        qtbot, controller: Controller, cases: list[str], held: threading.Event) -> None:
    window = _open(qtbot, controller)
    ws = controller._ws
    assert ws.actor.listing.peek() is None, "the session's list is not read yet"
    model = window.model
    assert model.partial and window.searching
    assert model.rowCount() == 3, "every case has its row at once (scroll bar, count)"
    newest = [cases[2], cases[0], cases[1]]  # the second was received 40 days ago
    assert model.ids() == newest[:2]
    window.table.view.viewport().repaint()
    assert model.fetches == 0, "the page's rows came with it"
    assert model.data(model.index(0, Column.REGISTER)).startswith("WBS-")
    assert model.data(model.index(2, Column.REGISTER)) == "…"
    assert window.count_label.text() == "3 of 3 cases"
    counts = [window.filters.stage_list.item(i).text()
              for i in range(window.filters.stage_list.count())]
    assert any(text.endswith("(3)") for text in counts), counts
    window.table.select_case(newest[1])
    view = window.table.view
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))

    with qtbot.waitSignal(window.search_finished, timeout=20_000):
        held.set()
    settle(window)
    assert not model.partial
    assert model.ids() == newest
    assert resets == [], "filled in place: no reset"
    assert window.table.current_case_id() == newest[1], "the selection is kept"
    assert view.currentIndex().row() == 1
    assert ws.actor.listing.peek() is not None
    assert model.data(model.index(2, Column.REGISTER)).startswith("WBS-")
    assert model.data(model.index(2, 0), CASE_ID_ROLE) == newest[2]


def test_a_change_made_while_the_whole_list_is_read_is_not_lost(  # type: ignore[no-untyped-def]
        qtbot, controller: Controller, cases: list[str], held: threading.Event) -> None:
    window = _open(qtbot, controller)
    assert window.model.partial
    added = controller._ws.cases.submit(complaint()).case_id
    controller.cases_changed.emit()  # as the live refresh or this window's own save
    with qtbot.waitSignal(window.search_finished, timeout=20_000):
        held.set()
    settle(window)
    assert set(window.model.ids()) == {*cases, added}
    assert window.model.ids()[0] == added, "the newest first"
    assert window.count_label.text() == "4 of 4 cases"


def test_a_filter_chosen_before_the_whole_list_is_there_is_applied(  # type: ignore[no-untyped-def]
        qtbot, controller: Controller, cases: list[str], held: threading.Event) -> None:
    window = _open(qtbot, controller)
    window.filters.filter_changed.emit(
        CaseFilter(complaint_types=frozenset({"bribery_gratification"})))
    held.set()
    settle(window)
    assert window.model.ids() == [cases[1]]
    assert not window.model.partial


def test_sorting_a_first_page_asks_again(  # type: ignore[no-untyped-def]
        qtbot, controller: Controller, cases: list[str], held: threading.Event) -> None:
    """Flipping the direction reverses the rows shown, which a page alone cannot do."""
    window = _open(qtbot, controller)
    header = window.table.view.horizontalHeader()
    header.setSortIndicator(Column.RECEIVED, Qt.SortOrder.AscendingOrder)
    held.set()
    settle(window)
    assert window.model.ids() == [cases[1], cases[0], cases[2]], "oldest first"


def _wait_register(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.reports._register_job is None
                    or window.reports._register_job.done, timeout=20_000)
    settle(window)


def test_the_register_exported_before_the_whole_list_is_there_holds_every_case(  # type: ignore[no-untyped-def]
        qtbot, controller: Controller, cases: list[str], held: threading.Event,
        tmp_path) -> None:
    """Exporting the list a moment after login waits for the whole list (it is
    never the first page alone); Cancel while it waits writes nothing."""
    window = _open(qtbot, controller)
    assert window.model.partial and len(window.model.ids()) == 2

    def cancel_the_wait() -> None:
        wait = next(w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QProgressDialog) and w.isVisible())
        wait.cancel()

    skipped = tmp_path / "skipped.csv"
    QTimer.singleShot(200, cancel_the_wait)
    assert window.reports.export_list(str(skipped), "csv", with_accused=False) is None
    assert not skipped.exists() and window.model.partial

    out = tmp_path / "register.csv"
    QTimer.singleShot(200, held.set)  # the whole list comes while the export waits
    assert window.reports.export_list(str(out), "csv", with_accused=False) is not None
    _wait_register(qtbot, window)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    registers = [r.register_number for r in controller._ws.cases.rows(window.model.ids())]
    assert len(registers) == 3 and [r[1] for r in rows[1:]] == registers


def test_cancelling_a_wait_behind_the_first_page_still_brings_the_whole_list(  # type: ignore[no-untyped-def]
        qtbot, controller: Controller, cases: list[str], held: threading.Event) -> None:
    """A refresh asked for while the whole list is read offers Cancel; cancelling
    it leaves the page shown, and the whole list is read again behind it (the
    rows past the page never stay "…")."""
    window = _open(qtbot, controller)
    window.refresh()
    qtbot.waitUntil(lambda: window._progress is not None and window._progress.isVisible(),
                    timeout=10_000)
    window._progress.cancel()  # the dialog's Cancel button
    qtbot.waitUntil(lambda: window.searching, timeout=5_000)  # read again behind the page
    assert window.model.partial
    with qtbot.waitSignal(window.search_finished, timeout=20_000):
        held.set()
    settle(window)
    assert not window.model.partial
    assert sorted(window.model.ids()) == sorted(cases)
