"""Background work off the GUI thread (Anki's ``op``/``success``/``failure`` helper).

``op`` runs in a QThreadPool thread and must never touch a widget; ``success``
and ``failure`` run back on the GUI thread. A job can be abandoned (the Cancel
button of a progress dialog): its result is then dropped, never delivered.

Who owns what: the GUI thread. A job (its ``op``, the callbacks and whatever
their closures hold — controllers, widgets) is kept in :data:`_running` until
the GUI thread has delivered its outcome, and the worker thread drops every
reference it took (``op``, the result, the exception) *before* it announces
the outcome through one dispatcher that lives as long as the application. So
the last reference to anything is always released on the GUI thread: no Qt
object is ever destroyed, nor garbage-collected, on a worker thread. (The old
design let the worker's runnable hold the job, a QObject, and drop it after
the GUI thread had finished with it: a widget or a job could then be
destroyed on the worker thread while the GUI thread was collecting garbage —
the segmentation fault once seen in the test suite.)

:func:`wait_for_workers` runs the event loop until every job is delivered:
application shut-down and the tests' teardown use it.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

#: Jobs started and not yet delivered, by number (GUI thread only, but read
#: from the worker under :data:`_lock`).
_running: dict[int, Job] = {}
_lock = threading.Lock()
_numbers = itertools.count(1)


class Job:
    """One piece of background work; belongs to the GUI thread."""

    def __init__(
        self,
        op: Callable[[], Any],
        success: Callable[[Any], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.number = next(_numbers)
        self._op: Callable[[], Any] | None = op
        self._success = success
        self._failure = failure
        self._outcome: tuple[bool, Any] | None = None
        self.cancelled = False
        self.done = False
        self.name = getattr(op, "__qualname__", repr(op))

    def __repr__(self) -> str:
        return f"<Job {self.number} {self.name}{' done' if self.done else ''}>"

    def cancel(self) -> None:
        """Drop the result: neither callback will run."""
        self.cancelled = True

    def _deliver(self) -> None:  # GUI thread
        outcome, self._outcome = self._outcome, None
        self._op = None
        self.done = True
        success, failure = self._success, self._failure
        self._success = self._failure = None
        assert outcome is not None
        ok, value = outcome
        if ok:
            if not self.cancelled and success is not None:
                success(value)
            return
        if self.cancelled:
            log.info("abandoned job failed: %r", value)
            return
        if failure is not None:
            failure(value)
        else:
            raise value


class _Dispatcher(QObject):
    """Brings finished jobs back to the GUI thread; one per process, never deleted."""

    finished = Signal(int)
    """Emits: the number of a job whose outcome is ready (from a worker thread)."""

    @Slot(int)
    def deliver(self, number: int) -> None:
        job = _running.pop(number, None)
        if job is not None:
            job._deliver()


_dispatcher: _Dispatcher | None = None


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:
        app = QCoreApplication.instance()
        _dispatcher = _Dispatcher()
        if app is not None:  # lives on the GUI thread as long as the application
            _dispatcher.moveToThread(app.thread())
        _dispatcher.finished.connect(_dispatcher.deliver, Qt.ConnectionType.QueuedConnection)
    return _dispatcher


class _Runnable(QRunnable):
    # A subclass, not QRunnable.create(): with PySide6 6.12 on Python 3.11 the
    # functor wrapper released None once per run and crashed the interpreter.
    # It holds the job's number only: nothing the GUI thread owns.
    def __init__(self, number: int, dispatcher: _Dispatcher) -> None:
        super().__init__()
        self._number = number
        self._dispatcher = dispatcher

    def run(self) -> None:  # worker thread
        with _lock:
            job = _running.get(self._number)
            op = job._op if job is not None else None
        del job
        if op is None:
            return
        try:
            outcome: tuple[bool, Any] = (True, op())
        except BaseException as exc:  # handed to the GUI thread, not swallowed
            outcome = (False, exc)
        del op
        with _lock:
            job = _running.get(self._number)
            if job is not None:
                job._outcome = outcome
        del job, outcome  # the GUI thread releases them, never this thread
        try:
            self._dispatcher.finished.emit(self._number)
        except RuntimeError:  # the application is shutting down: nobody to tell
            log.info("background result dropped at shutdown")


def run_in_background(
    op: Callable[[], Any],
    success: Callable[[Any], None] | None = None,
    failure: Callable[[BaseException], None] | None = None,
) -> Job:
    """Run ``op`` on the thread pool; call ``success(result)`` or ``failure(exc)`` later."""
    job = Job(op, success, failure)
    dispatcher = _get_dispatcher()
    with _lock:
        _running[job.number] = job
    QThreadPool.globalInstance().start(_Runnable(job.number, dispatcher))
    return job


def running_jobs() -> list[Job]:
    """The jobs started and not yet delivered (oldest first)."""
    return sorted(_running.values(), key=lambda j: j.number)


def wait_for_workers(timeout: float = 30.0) -> list[Job]:
    """Run the event loop until every job is delivered (or ``timeout`` seconds).

    Returns the jobs that were still running when called (empty: none). GUI thread only.
    """
    pending = running_jobs()
    deadline = time.monotonic() + timeout
    while _running and time.monotonic() < deadline:
        QThreadPool.globalInstance().waitForDone(20)
        QCoreApplication.processEvents()
    return pending


class _Progress(QObject):
    changed = Signal(int, int)
    """Emits: (done, total) from the worker thread; shown by the progress dialog."""


def run_with_progress(
    parent: QWidget,
    title: str,
    label: str,
    op: Callable[[Callable[[int, int], bool]], Any],
    success: Callable[[Any], None],
    failure: Callable[[BaseException], None],
) -> Job:
    """Long work with a progress dialog and Cancel.

    ``op(progress)`` runs off the GUI thread and calls ``progress(done, total)``,
    which returns False once the user pressed Cancel (the services then stop
    and roll back). ``failure`` gets the cancellation like any other error.
    """
    cancelled = threading.Event()
    reporter = _Progress()
    dialog = QProgressDialog(label, QCoreApplication.translate("Worker", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)

    def show(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    reporter.changed.connect(show, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(cancelled.set)

    def progress(done: int, total: int) -> bool:  # worker thread
        reporter.changed.emit(done, total)
        return not cancelled.is_set()

    def finished_ok(result: Any) -> None:
        dialog.close()
        reporter.deleteLater()
        success(result)

    def finished_bad(exc: BaseException) -> None:
        dialog.close()
        reporter.deleteLater()
        failure(exc)

    return run_in_background(lambda: op(progress), finished_ok, finished_bad)
