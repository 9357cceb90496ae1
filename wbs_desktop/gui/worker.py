"""Background work off the GUI thread (Anki's ``op``/``success``/``failure`` helper).

``op`` runs on a worker thread and must never touch a widget; ``success``
and ``failure`` run back on the GUI thread. A job can be abandoned (the Cancel
button of a progress dialog): its result is then dropped, never delivered.

Who owns what: the GUI thread. A job (its ``op``, the callbacks and whatever
their closures hold — controllers, widgets) is kept in :data:`_running` until
the GUI thread has delivered its outcome, and the worker drops every
reference it took (``op``, the result, the exception) *before* it announces
the outcome through one dispatcher that lives as long as the process. The
workers are plain Python threads (a ``ThreadPoolExecutor``), not Qt runnables:
no Qt object is created, owned, destroyed or garbage-collected on a worker
thread. (Before, a ``QRunnable`` subclass holding the job — a QObject — was
deleted by Qt on the worker thread after ``run()``, releasing the job and
what its callbacks held there while the GUI thread could be collecting
garbage: the segmentation fault once seen in the test suite.)

:func:`wait_for_workers` runs the event loop until every job is delivered:
application shut-down and the tests' teardown use it.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

log = logging.getLogger(__name__)
T = TypeVar("T")

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
        owner: QObject | None = None,
    ) -> None:
        self.number = next(_numbers)
        self._op: Callable[[], Any] | None = op
        #: The widget whose methods the callbacks call: gone (its C++ object
        #: deleted, a window closed meanwhile), the outcome is dropped.
        self._owner = owner
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
        owner, self._owner = self._owner, None
        if owner is not None and not shiboken6.isValid(owner):
            self.cancelled = True  # nobody left to tell (a failure is logged below)
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


#: Worker threads: enough that a slow server probe never holds up a login or
#: a search (Qt's pool had one per core, two on the office's machines).
MAX_WORKERS = 8
WORKER_PREFIX = "wbs-worker"
#: The case list's searches and what they leave to store (run_in_background's lane).
SEARCH_LANE = "search"
_executor: ThreadPoolExecutor | None = None
#: Lanes: one thread each, its jobs one after the other (see run_in_background).
_lanes: dict[str, ThreadPoolExecutor] = {}


def _pool(lane: str | None = None) -> ThreadPoolExecutor:
    global _executor
    from concurrent.futures import ThreadPoolExecutor  # not at start-up: first job

    if lane is not None:
        with _lock:
            found = _lanes.get(lane)
            if found is None:
                found = _lanes[lane] = ThreadPoolExecutor(
                    max_workers=1, thread_name_prefix=f"{WORKER_PREFIX}-{lane}")
        return found
    if _executor is None:
        _executor = ThreadPoolExecutor(max_workers=MAX_WORKERS,
                                       thread_name_prefix=WORKER_PREFIX)
    return _executor


def _work(number: int, dispatcher: _Dispatcher) -> None:  # worker thread
    """Run job ``number``; hold nothing of it when announcing the outcome."""
    with _lock:
        job = _running.get(number)
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
        job = _running.get(number)
        if job is not None:
            job._outcome = outcome
    del job, outcome  # the GUI thread releases them, never this thread
    try:
        dispatcher.finished.emit(number)
    except RuntimeError:  # the application is shutting down: nobody to tell
        log.info("background result dropped at shutdown")


def run_in_background(
    op: Callable[[], T],
    success: Callable[[T], None] | None = None,
    failure: Callable[[BaseException], None] | None = None,
    *,
    lane: str | None = None,
    owner: QObject | None = None,
) -> Job:
    """Run ``op`` on the thread pool; call ``success(result)`` or ``failure(exc)`` later.

    ``owner``: the widget the callbacks belong to; when it has been deleted by
    the time the outcome arrives (its window closed, a logout), neither runs.

    ``lane``: run it on that lane's own thread, after the lane's earlier jobs.
    The case list's searches and what they leave to store share one: the store
    then reuses the memory the search's decryption freed (on another thread
    the C allocator's per-thread arenas kept both: 48 MB more at the peak of
    three first searches at 100,000 cases)."""
    job = Job(op, success, failure, owner)
    dispatcher = _get_dispatcher()
    with _lock:
        _running[job.number] = job
    _pool(lane).submit(_work, job.number, dispatcher)
    return job


# Starts a job: called with the job's success and failure callbacks.
Starter = Callable[[Callable[[Any], None], Callable[[BaseException], None]], Job]


def run_and_wait(start: Starter) -> object:
    """Start a short job (a controller's write action) and wait for it with the
    event loop running: the work is off the GUI thread and the window keeps
    painting, while the caller (a dialog's OK) gets the result or the exception
    as if the call were direct. GUI thread only; for long work use
    :func:`run_with_progress`, which can be cancelled."""
    outcome: list[tuple[bool, object]] = []
    loop = QEventLoop()

    def success(value: object) -> None:
        outcome.append((True, value))
        loop.quit()

    def failure(exc: BaseException) -> None:
        outcome.append((False, exc))
        loop.quit()

    start(success, failure)
    if not outcome:
        loop.exec()
    ok, value = outcome[0]
    if not ok:
        assert isinstance(value, BaseException)
        raise value
    return value


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
        QCoreApplication.processEvents()
        if _running:
            time.sleep(0.01)
    return pending


class _Progress(QObject):
    changed = Signal(int, int)
    """Emits: (done, total) from the worker thread; shown by the progress dialog."""


# Starts a long job: called with the progress callback (worker thread: (done,
# total) -> keep going?) and the job's success and failure callbacks.
ProgressStarter = Callable[
    [Callable[[int, int], bool], Callable[[Any], None], Callable[[BaseException], None]], Job]


def run_with_progress(
    parent: QWidget,
    title: str,
    label: str,
    op: Callable[[Callable[[int, int], bool]], T],
    success: Callable[[T], None],
    failure: Callable[[BaseException], None],
) -> Job:
    """Long work with a progress dialog and Cancel.

    ``op(progress)`` runs off the GUI thread and calls ``progress(done, total)``,
    which returns False once the user pressed Cancel (the services then stop
    and roll back). ``failure`` gets the cancellation like any other error.
    """
    return start_with_progress(
        parent, title, label,
        lambda progress, ok, bad: run_in_background(lambda: op(progress), ok, bad),
        success, failure)


def start_with_progress(
    parent: QWidget,
    title: str,
    label: str,
    start: ProgressStarter,
    success: Callable[[Any], None],
    failure: Callable[[BaseException], None],
) -> Job:
    """:func:`run_with_progress` for a job started elsewhere (a controller's write
    action): ``start(progress, success, failure)`` starts it and returns the job."""
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

    def finished_ok(result: object) -> None:
        dialog.close()
        reporter.deleteLater()
        success(result)

    def finished_bad(exc: BaseException) -> None:
        dialog.close()
        reporter.deleteLater()
        failure(exc)

    return start(progress, finished_ok, finished_bad)
