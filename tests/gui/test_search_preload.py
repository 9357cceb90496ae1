"""The search index is loaded right after login, off the GUI thread
(Controller.preload_search): the first search of the session finds it in
memory, and a logout during the load keeps nothing of it."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from tests.gui.conftest import ADMIN, ADMIN_PASSWORD
from wbs_desktop.gui import controller as controller_module
from wbs_desktop.gui.controller import Controller
from wbs_desktop.services import search_index
from wbs_desktop.services.cases import CaseService
from wbs_desktop.services.dto import CaseFilter


def _login(qtbot: Any, ctl: Controller) -> None:
    with qtbot.waitSignal(ctl.logged_in, timeout=20_000):
        ctl.login(ADMIN, ADMIN_PASSWORD)


def test_the_index_is_loaded_after_login_off_the_gui_thread(
    qtbot: Any, controller: Controller, cases: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(controller_module, "SEARCH_PRELOAD_DELAY_MS", 0)
    threads: list[str] = []
    real = CaseService.preload_search

    def recording(self: CaseService, cancelled: Any = None) -> bool:
        threads.append(threading.current_thread().name)
        return real(self, cancelled)

    monkeypatch.setattr(CaseService, "preload_search", recording)
    expected = controller.listing(CaseFilter(text="kupang")).ids
    controller.logout()  # the index file written
    _login(qtbot, controller)
    ws = controller._ws
    assert ws is not None
    qtbot.waitUntil(lambda: bool(threads) and ws.actor.search_index.loaded, timeout=20_000)
    from wbs_desktop.gui.worker import wait_for_workers

    wait_for_workers()
    assert threads and threading.main_thread().name not in threads
    book = ws.actor.search_index
    assert book.reused == len(cases)
    loads: list[int] = []
    monkeypatch.setattr(search_index, "read", lambda *a: loads.append(1) or pytest.fail())
    assert controller.listing(CaseFilter(text="kupang")).ids == expected
    assert loads == []  # the first search found the index in memory


def test_a_logout_during_the_load_keeps_nothing(
    qtbot: Any, controller: Controller, cases: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.listing(CaseFilter(text="kupang"))
    controller.logout()
    monkeypatch.setattr(controller_module, "SEARCH_PRELOAD_DELAY_MS", 0)
    reading, release = threading.Event(), threading.Event()
    real_read = search_index.read  # the index file read and decrypted

    def slow_read(ws: Any, fh: Any) -> Any:
        reading.set()
        release.wait(20)
        return real_read(ws, fh)

    monkeypatch.setattr(search_index, "read", slow_read)
    _login(qtbot, controller)
    ws = controller._ws
    assert ws is not None
    qtbot.waitUntil(reading.is_set, timeout=20_000)
    controller.logout()
    release.set()
    from wbs_desktop.gui.worker import wait_for_workers

    assert wait_for_workers() is not None
    assert ws.actor.search_text == {}
    assert not ws.actor.search_index.loaded
    assert ws.actor.listing.peek() is None


def test_the_window_shows_results_before_storing_what_the_search_left(
    qtbot: Any, controller: Controller, cases: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's search returns its results without writing the index file;
    the file is written behind them, on a worker thread."""
    from wbs_desktop.gui.main_window import MainWindow
    from wbs_desktop.gui.worker import wait_for_workers

    monkeypatch.setattr(search_index, "SAVE_AFTER", 1)
    controller._preload_timer.stop()
    ws = controller._ws
    assert ws is not None
    path = search_index.index_path(ws)
    stored: list[tuple[str, bool]] = []
    real = CaseService.finish_search

    def recording(self: CaseService) -> bool:
        stored.append((threading.current_thread().name, path.exists()))
        return real(self)

    monkeypatch.setattr(CaseService, "finish_search", recording)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_rows_shown, timeout=20_000):
        window.show()
    if window.searching:
        with qtbot.waitSignal(window.search_finished, timeout=20_000):
            pass
    wait_for_workers()
    stored.clear()
    with qtbot.waitSignal(window.search_finished, timeout=20_000):
        window.filters.filter_changed.emit(CaseFilter(text="kupang"))
    assert window.model.rowCount() == len(controller.listing(CaseFilter(text="kupang")).ids)
    wait_for_workers()
    assert len(stored) == 1
    thread, existed = stored[0]
    assert thread != threading.main_thread().name and not existed
    assert path.exists()
    window.close()
