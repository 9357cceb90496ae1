"""Background work off the GUI thread (Anki's ``op``/``success``/``failure`` helper).

``op`` runs in a QThreadPool thread and must never touch a widget; ``success``
and ``failure`` run back on the GUI thread. A job can be abandoned (the Cancel
button of a progress dialog): its result is then dropped, never delivered.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

_running: set[Job] = set()


class _Signals(QObject):
    succeeded = Signal(object)
    """Emits: the value ``op`` returned (from the worker thread)."""
    failed = Signal(object)
    """Emits: the exception ``op`` raised (from the worker thread)."""


class Job(QObject):
    """One piece of background work; lives on the GUI thread."""

    def __init__(
        self,
        op: Callable[[], Any],
        success: Callable[[Any], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        super().__init__()
        self._op = op
        self._success = success
        self._failure = failure
        self.cancelled = False
        self.done = False
        self._signals = _Signals()
        self._signals.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        """Drop the result: neither callback will run."""
        self.cancelled = True

    def _run(self) -> None:  # worker thread
        try:
            result = self._op()
        except BaseException as exc:  # handed to the GUI thread, not swallowed
            self._deliver(self._signals.failed, exc)
        else:
            self._deliver(self._signals.succeeded, result)

    def _deliver(self, signal: SignalInstance, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is shutting down: nobody to tell
            log.info("background result dropped at shutdown: %r", value)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._finish()
        if not self.cancelled and self._success is not None:
            self._success(result)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        if self.cancelled:
            log.info("abandoned job failed: %r", exc)
            return
        if self._failure is not None:
            self._failure(exc)
        else:
            raise exc

    def _finish(self) -> None:
        self.done = True
        _running.discard(self)


class _Runnable(QRunnable):
    # A subclass, not QRunnable.create(): with PySide6 6.12 on Python 3.11 the
    # functor wrapper released None once per run and crashed the interpreter.
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job._run()


def run_in_background(
    op: Callable[[], Any],
    success: Callable[[Any], None] | None = None,
    failure: Callable[[BaseException], None] | None = None,
) -> Job:
    """Run ``op`` on the thread pool; call ``success(result)`` or ``failure(exc)`` later."""
    job = Job(op, success, failure)
    _running.add(job)
    QThreadPool.globalInstance().start(_Runnable(job))
    return job


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
