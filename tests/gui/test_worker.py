"""Background work: results come back on the GUI thread; long work can be cancelled."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from wbs_desktop.gui.worker import run_in_background, run_with_progress


def test_results_and_errors_arrive_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    main = threading.get_ident()
    seen: list[object] = []

    def op() -> int:
        assert threading.get_ident() != main
        return 42

    job = run_in_background(op, lambda r: seen.append((r, threading.get_ident() == main)))
    qtbot.waitUntil(lambda: job.done)
    failed = run_in_background(lambda: 1 / 0, None, lambda e: seen.append(type(e)))
    qtbot.waitUntil(lambda: failed.done)
    assert seen == [(42, True), ZeroDivisionError]


def test_a_cancelled_job_delivers_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[object] = []
    job = run_in_background(lambda: time.sleep(0.05) or 1, seen.append, seen.append)
    job.cancel()
    qtbot.waitUntil(lambda: job.done)
    assert seen == []


def test_a_job_whose_widget_was_deleted_delivers_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A window closed (deleted) while its job ran: neither callback runs, so
    none calls into a deleted widget (a logout during the audit banner's
    check raised "Internal C++ object already deleted" in the slot)."""
    import shiboken6

    gate = threading.Event()
    seen: list[object] = []
    kept, gone = QLabel(), QLabel()

    def ok(text: str, label: QLabel) -> None:
        label.setText(text)
        seen.append(text)

    jobs = [
        run_in_background(lambda: gate.wait(5) and "kept", lambda r: ok(r, kept), seen.append,
                          owner=kept),
        run_in_background(lambda: gate.wait(5) and "gone", lambda r: ok(r, gone), seen.append,
                          owner=gone),
        run_in_background(lambda: gate.wait(5) and 1 / 0, seen.append, seen.append, owner=gone),
    ]
    shiboken6.delete(gone)
    gate.set()
    qtbot.waitUntil(lambda: all(job.done for job in jobs))
    assert seen == ["kept"] and kept.text() == "kept"
    kept.deleteLater()


def test_long_work_shows_progress_and_can_be_cancelled(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    outcome: list[object] = []

    def op(progress) -> str:  # type: ignore[no-untyped-def]
        for i in range(1000):
            if not progress(i, 1000):
                return f"stopped at {i}"
            time.sleep(0.005)
        return "finished"

    job = run_with_progress(parent, "Work", "Working…", op, outcome.append, outcome.append)
    qtbot.wait(700)  # the dialog appears after 0.5 s
    button = next(b for w in parent.findChildren(QWidget) for b in [w]
                  if isinstance(b, QPushButton) and b.isVisible())
    button.click()
    qtbot.waitUntil(lambda: job.done, timeout=10_000)
    assert len(outcome) == 1 and str(outcome[0]).startswith("stopped at")


class _Tracker:
    """Records on which thread it is released."""

    released_on: list[int] = []

    def __del__(self) -> None:
        _Tracker.released_on.append(threading.get_ident())


def test_what_a_job_holds_is_released_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The cause of the crash once seen: a worker dropping the last reference
    to a job (and what its callbacks hold, widgets included) on its thread."""
    import gc
    import random

    from PySide6.QtCore import QObject

    from wbs_desktop.gui.worker import running_jobs, wait_for_workers

    main = threading.get_ident()
    _Tracker.released_on = []
    delivered: list[int] = []
    for i in range(40):
        tracker, widget_like = _Tracker(), QObject()
        pause = random.random() / 200

        def op(tracker=tracker, pause=pause) -> int:  # type: ignore[no-untyped-def]
            time.sleep(pause)
            if pause > 0.004:
                raise ValueError(str(tracker))
            return 1

        run_in_background(op, lambda r, w=widget_like: delivered.append(r),
                          lambda e, w=widget_like: delivered.append(0))
        del tracker, widget_like, op  # the caller keeps nothing
        gc.collect()  # the GUI thread collecting while workers run
    wait_for_workers()
    gc.collect()
    assert running_jobs() == [] and len(delivered) == 40
    assert len(_Tracker.released_on) == 40
    assert set(_Tracker.released_on) == {main}


def test_the_jobs_of_a_lane_run_on_its_one_thread_one_after_another(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A search and what it leaves to store share a lane: the second starts when
    the first has ended, on the same thread; a job off the lane runs beside them."""
    release = threading.Event()
    seen: list[tuple[str, int]] = []

    def first() -> None:
        seen.append(("first", threading.get_ident()))
        assert release.wait(10)
        seen.append(("first ends", threading.get_ident()))

    def second() -> None:
        seen.append(("second", threading.get_ident()))

    a = run_in_background(first, lane="test-lane")
    qtbot.waitUntil(lambda: bool(seen))  # the first has started
    b = run_in_background(second, lane="test-lane")
    beside = run_in_background(lambda: seen.append(("beside", threading.get_ident())))
    qtbot.waitUntil(lambda: beside.done)
    assert [name for name, _t in seen] == ["first", "beside"]
    release.set()
    qtbot.waitUntil(lambda: a.done and b.done)
    names = [name for name, _t in seen]
    assert names == ["first", "beside", "first ends", "second"]
    threads = dict(seen)
    assert threads["first"] == threads["second"] != threads["beside"]
