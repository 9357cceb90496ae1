"""Background work off the GUI thread (Anki's ``op``/``success``/``failure`` helper).

``op`` runs in a QThreadPool thread and must never touch a widget; ``success``
and ``failure`` run back on the GUI thread. A job can be abandoned (the Cancel
button of a progress dialog): its result is then dropped, never delivered.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, SignalInstance, Slot

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
