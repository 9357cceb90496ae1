"""Live refresh: the services' ChangeWatcher forwarded to the GUI thread.

The watcher calls back on its own thread; :class:`LiveRefresh` turns each call
into a Qt signal (queued onto the GUI thread) and coalesces bursts with a short
single-shot timer, so a hundred saves elsewhere cause one re-query here.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

log = logging.getLogger(__name__)

#: A burst of changes within this many milliseconds becomes one refresh.
COALESCE_MS = 150


class _Bridge(QObject):
    """Lives on the GUI thread; emitted from the watcher thread (queued delivery)."""

    events = Signal(object)
    """Emits: a list of ChangeEvent (watcher thread → GUI thread)."""
    status = Signal(bool)
    """Emits: True when the watcher's connection came back, False when it was lost."""


class LiveRefresh(QObject):
    changed = Signal(object)
    """Emits: the set of changed case ids (None in it: "reload everything"), coalesced."""
    connection_changed = Signal(bool)
    """Emits: False when the database stopped answering the watcher, True when it answers again."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher: Any = None
        self._pending: set[str | None] = set()
        self._bridge = _Bridge(self)
        self._bridge.events.connect(self._on_events, Qt.ConnectionType.QueuedConnection)
        self._bridge.status.connect(self.connection_changed, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._flush)

    @property
    def running(self) -> bool:
        return self._watcher is not None

    def start(self, db: Any) -> None:
        """Watch ``db`` (an open office's database); a running watcher is stopped first."""
        from wbs_desktop.services.changes import ChangeWatcher

        self.stop()
        bridge = self._bridge
        self._watcher = ChangeWatcher(db, bridge.events.emit, on_status=bridge.status.emit)
        try:
            self._watcher.start(wait=5.0)
        except Exception:  # live refresh is a convenience: never a reason to fail a login
            log.exception("the change watcher did not start")
            self._watcher = None

    def stop(self) -> None:
        watcher, self._watcher = self._watcher, None
        self._timer.stop()
        self._pending.clear()
        if watcher is not None:
            try:
                watcher.stop()
            except Exception:
                log.exception("stopping the change watcher failed")

    def _on_events(self, events: list[Any]) -> None:
        if self._watcher is None:
            return  # a late delivery after stop()
        for event in events:
            self._pending.add(None if event.resync else event.case_id)
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        pending, self._pending = self._pending, set()
        if pending and self._watcher is not None:
            self.changed.emit(pending)
