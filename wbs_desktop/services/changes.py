"""Live refresh: learn, within a second, what other workstations changed.

``ChangeWatcher(office.db, on_change)`` runs a background thread (never the GUI
thread) and calls ``on_change(events)`` with a list of :class:`ChangeEvent`
after every write committed by *any* process — this one included. The callback
runs on the watcher's thread; the GUI forwards it to a Qt signal.

* PostgreSQL: every write transaction ends with ``pg_notify('wbs_changes',
  payload)`` (see :meth:`wbs_desktop.storage.db.Database.write`), delivered on
  commit. The watcher ``LISTEN``\\ s on a dedicated psycopg connection. When the
  server goes away it reports ``on_status(False)``, reconnects with back-off,
  reports ``on_status(True)``, and catches up from the audit log (every write
  leaves an audit entry), so nothing committed meanwhile is missed.
* SQLite (one file opened by several processes): no server to push, so the
  watcher reads ``audit_head.seq`` every ~300 ms — one indexed row — and, when it
  moved, the new audit entries' actions and case ids.

Events carry no secrets: the audit action (``case_submitted``,
``case_transition`` … or ``case_changed``), the case id if any, and the audit
sequence number. ``kind == "resync"`` means "too much or unknown changed:
reload everything".
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from wbs_desktop.storage.db import CHANGES_CHANNEL, Database
from wbs_desktop.storage.models import AuditEntry, AuditHead

log = logging.getLogger(__name__)

RESYNC = "resync"
#: More new audit entries than this at once → one "resync" event instead.
MAX_CATCH_UP = 2000
SQLITE_POLL_SECONDS = 0.3
PG_WAIT_SECONDS = 0.25
BACKOFF_SECONDS = (0.2, 0.5, 1.0, 2.0, 5.0)
ALIVE_CHECK_SECONDS = 5.0
COALESCE_SECONDS = 0.02


@dataclass(frozen=True, slots=True)
class ChangeEvent:
    kind: str  # an audit action, "case_changed", or "resync"
    case_id: str | None = None
    seq: int | None = None  # the audit entry / transaction that made it, when known

    @property
    def resync(self) -> bool:
        return self.kind == RESYNC


OnChange = Callable[[list[ChangeEvent]], None]
OnStatus = Callable[[bool], None]


def parse_payload(payload: str) -> list[ChangeEvent]:
    """Events of one ``pg_notify`` payload (a malformed one → a resync)."""
    try:
        data = json.loads(payload)
        seq = int(data.get("seq") or 0) or None
        if data.get("all"):
            return [ChangeEvent(RESYNC, None, seq)]
        return [
            ChangeEvent(str(kind), str(case_id) if case_id else None, seq)
            for kind, case_id in data["ev"]
        ]
    except (ValueError, KeyError, TypeError, AttributeError):
        return [ChangeEvent(RESYNC)]


class ChangeWatcher:
    """Background watcher of one database; ``start()``, then ``stop()``.

    ``on_change`` and ``on_status`` are called on the watcher thread; an
    exception they raise is logged and does not stop the watcher.
    """

    def __init__(
        self,
        db: Database,
        on_change: OnChange,
        *,
        on_status: OnStatus | None = None,
        poll_interval: float = SQLITE_POLL_SECONDS,
    ) -> None:
        self.db = db
        self.on_change = on_change
        self.on_status = on_status
        self.poll_interval = poll_interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._last_seq = 0
        self._connected: bool | None = None
        self._pg_conn: Any = None
        self.backend_pid: int | None = None  # the LISTEN connection's server pid
        self.reconnects = 0

    # -- control --------------------------------------------------------------------

    def start(self, *, wait: float = 10.0) -> ChangeWatcher:
        """Start the thread; returns once it listens (or after ``wait`` seconds)."""
        if self._thread is not None:
            return self
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="wbs-change-watcher", daemon=True)
        self._thread.start()
        self._ready.wait(wait)
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop promptly (within about half a second) and close the connection."""
        self._stop.set()
        conn = self._pg_conn
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)
        if conn is not None and not conn.closed:  # pragma: no cover - thread hung
            try:
                conn.close()
            except Exception:
                log.debug("closing the listen connection failed", exc_info=True)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def connected(self) -> bool:
        return bool(self._connected)

    def __enter__(self) -> ChangeWatcher:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- the thread -------------------------------------------------------------------

    def _run(self) -> None:
        try:
            if self.db.is_postgres:
                self._run_postgres()
            else:
                self._run_polling()
        finally:
            self._ready.set()

    def _emit(self, events: Sequence[ChangeEvent]) -> None:
        if not events:
            return
        try:
            self.on_change(list(events))
        except Exception:
            log.exception("the change callback failed")

    def _status(self, connected: bool) -> None:
        if connected == self._connected:
            return
        first = self._connected is None
        self._connected = connected
        if self.on_status is not None and not (first and connected):
            try:
                self.on_status(connected)
            except Exception:
                log.exception("the status callback failed")

    def _sleep_backoff(self, attempt: int) -> None:
        self._stop.wait(BACKOFF_SECONDS[min(attempt, len(BACKOFF_SECONDS) - 1)])

    # -- SQLite: poll the audit head ------------------------------------------------------

    def _run_polling(self) -> None:
        attempt = 0
        started = False
        while not self._stop.is_set():
            try:
                with self.db.read() as session:
                    seq = int(session.scalar(select(AuditHead.seq).where(AuditHead.id == 1)) or 0)
                    if not started:
                        self._last_seq = seq
                        started = True
                        self._ready.set()
                    elif seq != self._last_seq:
                        events = self._entries_since(session, self._last_seq, seq)
                        self._last_seq = seq
                        self._emit(events)
                self._status(True)
                attempt = 0
                self._stop.wait(self.poll_interval)
            except Exception as exc:
                log.warning("change watcher: cannot read the database: %s", exc)
                self._status(False)
                self._sleep_backoff(attempt)
                attempt += 1

    def _entries_since(self, session: Any, last: int, head: int) -> list[ChangeEvent]:
        if head < last or head - last > MAX_CATCH_UP:
            return [ChangeEvent(RESYNC, None, head)]
        rows = session.execute(
            select(AuditEntry.seq, AuditEntry.action, AuditEntry.case_id)
            .where(AuditEntry.seq > last, AuditEntry.seq <= head)
            .order_by(AuditEntry.seq)
        ).all()
        return [ChangeEvent(action, case_id, seq) for seq, action, case_id in rows]

    # -- PostgreSQL: LISTEN ------------------------------------------------------------

    def _conninfo(self) -> str:
        url = self.db.engine.url.set(drivername="postgresql")
        return url.render_as_string(hide_password=False)

    def _connect(self) -> Any:
        import psycopg

        conn = psycopg.connect(
            self._conninfo(),
            autocommit=True,
            connect_timeout=5,
            application_name="wbs-desktop-watcher",
        )
        conn.execute(f"LISTEN {CHANGES_CHANNEL}")
        return conn

    def _head_seq(self, conn: Any) -> int:
        row = conn.execute("SELECT seq FROM audit_head WHERE id = 1").fetchone()
        return int(row[0]) if row else 0

    def _catch_up(self, conn: Any) -> None:
        """After a (re)connect: report what was committed while we were away."""
        head = self._head_seq(conn)
        if head == self._last_seq:
            return
        if head < self._last_seq or head - self._last_seq > MAX_CATCH_UP:
            events = [ChangeEvent(RESYNC, None, head)]
        else:
            rows = conn.execute(
                "SELECT seq, action, case_id FROM audit_log WHERE seq > %s AND seq <= %s "
                "ORDER BY seq",
                (self._last_seq, head),
            ).fetchall()
            events = [ChangeEvent(action, case_id, seq) for seq, action, case_id in rows]
        self._last_seq = head
        self._emit(events)

    def _run_postgres(self) -> None:
        import psycopg

        attempt = 0
        first = True
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except psycopg.Error as exc:
                log.warning("change watcher: cannot connect: %s", exc)
                self._status(False)
                self._ready.set()
                self._sleep_backoff(attempt)
                attempt += 1
                continue
            self._pg_conn = conn
            try:
                self.backend_pid = conn.info.backend_pid
                if first:
                    self._last_seq = self._head_seq(conn)
                    first = False
                else:
                    self.reconnects += 1
                    self._catch_up(conn)
                self._status(True)
                self._ready.set()
                attempt = 0
                self._listen(conn)
            except psycopg.Error as exc:
                if self._stop.is_set():
                    break
                log.warning("change watcher: connection lost: %s", exc)
                self._status(False)
                self._sleep_backoff(attempt)
                attempt += 1
            finally:
                self._pg_conn = None
                try:
                    conn.close()
                except Exception:
                    log.debug("closing the listen connection failed", exc_info=True)

    def _listen(self, conn: Any) -> None:
        last_check = time.monotonic()
        while not self._stop.is_set():
            events: list[ChangeEvent] = []
            notes = list(conn.notifies(timeout=PG_WAIT_SECONDS, stop_after=1))
            if notes:  # coalesce a burst into one callback
                notes += list(conn.notifies(timeout=COALESCE_SECONDS, stop_after=500))
            for note in notes:
                batch = parse_payload(note.payload)
                seq = batch[0].seq if batch else None
                if seq is not None:
                    if seq <= self._last_seq:
                        continue  # already reported by the catch-up after connecting
                    self._last_seq = seq
                events.extend(batch)
            self._emit(events)
            if time.monotonic() - last_check > ALIVE_CHECK_SECONDS:
                # A server that vanished without closing the socket is only
                # noticed by talking to it.
                conn.execute("SELECT 1")
                last_check = time.monotonic()


__all__ = ["RESYNC", "ChangeEvent", "ChangeWatcher", "parse_payload"]
