"""Engines for both deployments and the transaction discipline.

* local: an SQLite file (WAL, foreign keys on, owner-only file on POSIX);
* shared: PostgreSQL through psycopg 3.

Every write transaction starts by locking the single ``audit_head`` row
(``BEGIN IMMEDIATE`` on SQLite, ``SELECT … FOR UPDATE`` on PostgreSQL), so
writers are serialised the same way on both backends: counters never hand out a
number twice and never leave a gap, the audit chain never forks, and no two
writers can deadlock on each other.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, select, text, update
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from wbs_desktop.storage.models import AuditEntry, AuditHead, Case, Counter

SQLITE_BUSY_TIMEOUT_MS = 60_000

#: The PostgreSQL channel every committed write is announced on (see
#: :mod:`wbs_desktop.services.changes`).
CHANGES_CHANNEL = "wbs_changes"
#: ``session.info`` key of the :class:`ChangeLog` a write transaction fills.
CHANGES_KEY = "wbs_changes"
#: session.info: (transaction, the ``audit_head`` row) read by the lock that
#: opens a write transaction on PostgreSQL; nobody else moves it until commit.
LOCKED_HEAD_KEY = "wbs_locked_head"
#: pg_notify's payload limit is 8000 bytes; above this we announce "everything".
MAX_NOTIFY_PAYLOAD = 7000


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgresql+psycopg://", "postgres://"))


def to_url(target: str, password: str | None = None) -> URL:
    """An SQLite path or a PostgreSQL URL → an SQLAlchemy URL (psycopg 3 driver)."""
    if is_postgres_url(target):
        url = make_url(target.replace("postgres://", "postgresql://", 1))
        url = url.set(drivername="postgresql+psycopg")
        if password is not None:
            url = url.set(password=password)
        return url
    if target.startswith("sqlite"):
        return make_url(target)
    return URL.create("sqlite+pysqlite", database=str(Path(target).expanduser().resolve()))


def describe(target: str) -> str:
    """A display form of the target without any password."""
    url = to_url(target)
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.render_as_string(hide_password=True)


def _prepare_sqlite_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        # Create it readable by its owner only before SQLite touches it; SQLite
        # gives its -wal and -shm files the same permissions.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    if sys.platform != "win32":
        os.chmod(path, 0o600)


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let us issue BEGIN ourselves (pysqlite's implicit BEGIN is DEFERRED).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("wbs_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if mode else "BEGIN")


def create_db_engine(target: str, *, password: str | None = None, echo: bool = False) -> Engine:
    url = to_url(target, password)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            _prepare_sqlite_file(Path(url.database))
        engine = create_engine(url, echo=echo, connect_args={"timeout": 60})
        _install_sqlite_hooks(engine)
        return engine
    return create_engine(
        url,
        echo=echo,
        pool_pre_ping=True,
        pool_size=4,
        max_overflow=4,
        connect_args={"connect_timeout": 5, "application_name": "wbs-desktop"},
    )


class ChangeLog:
    """What one write transaction changed: audit actions and the cases touched.

    Filled by a flush listener on every write session (new audit entries, and
    any row that is a case or belongs to one); turned into the small JSON
    payload of ``pg_notify`` just before the commit. Never holds secrets: only
    action names, case ids (random) and the audit sequence number.
    """

    __slots__ = ("events", "seq")

    def __init__(self) -> None:
        self.events: dict[tuple[str, str | None], None] = {}  # ordered set
        self.seq = 0

    def add(self, kind: str, case_id: str | None) -> None:
        self.events.setdefault((kind, case_id), None)

    def payload(self) -> str | None:
        if not self.events:
            return None
        audited = {case_id for kind, case_id in self.events if kind != "case_changed"}
        events = [
            [kind, case_id]
            for kind, case_id in self.events
            if kind != "case_changed" or case_id not in audited
        ]
        text_ = json.dumps({"v": 1, "seq": self.seq, "ev": events}, separators=(",", ":"))
        if len(text_) > MAX_NOTIFY_PAYLOAD:
            text_ = json.dumps({"v": 1, "seq": self.seq, "all": True}, separators=(",", ":"))
        return text_


def _collect_changes(session: Session, _flush_context: Any) -> None:
    log = session.info.get(CHANGES_KEY)
    if log is None:
        log = session.info[CHANGES_KEY] = ChangeLog()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, AuditEntry):
            log.add(obj.action, obj.case_id)
            log.seq = max(log.seq, obj.seq or 0)
        elif isinstance(obj, Case):
            log.add("case_changed", obj.id)
        else:
            case_id = getattr(obj, "case_id", None)
            if isinstance(case_id, str):
                log.add("case_changed", case_id)


class Database:
    """One open database: an engine plus the read/write session discipline."""

    def __init__(self, target: str, *, password: str | None = None) -> None:
        self.target = target
        self.engine = create_db_engine(target, password=password)
        self.is_postgres = self.engine.dialect.name == "postgresql"
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(wbs_write=True), expire_on_commit=False
        )
        event.listen(self._writer, "after_flush", _collect_changes)

    @property
    def display_name(self) -> str:
        return describe(self.target)

    def migrate(self) -> None:
        from wbs_desktop.storage.migrate import upgrade

        upgrade(self.engine)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (rolled back at the end)."""
        with self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed whole, or rolled back whole.

        On PostgreSQL the transaction ends with ``pg_notify`` naming what changed,
        which the server delivers to listeners only if (and when) it commits.
        """
        with self._writer() as session, session.begin():
            if self.is_postgres:  # the lock reads the row: the audit code needs it anyway
                head = session.execute(
                    select(AuditHead)
                    .where(AuditHead.id == 1)
                    .with_for_update()
                    .execution_options(populate_existing=True)
                ).scalar_one()
                session.info[LOCKED_HEAD_KEY] = (session.get_transaction(), head)
            yield session
            if self.is_postgres:
                session.flush()
                log = session.info.get(CHANGES_KEY)
                payload = log.payload() if log is not None else None
                if payload is not None:
                    session.execute(
                        text("SELECT pg_notify(:channel, :payload)"),
                        {"channel": CHANGES_CHANNEL, "payload": payload},
                    )

    def dispose(self) -> None:
        self.engine.dispose()


def next_number(session: Session, name: str, year: int) -> int:
    """The next value of a yearly counter, inside the caller's write transaction.

    Writers are serialised (see the module docstring) and the increment rolls
    back with the transaction, so numbers are unique and gap-free.
    """
    stmt = (
        update(Counter)
        .where(Counter.name == name, Counter.year == year)
        .values(value=Counter.value + 1)
        .returning(Counter.value)
    )
    value = session.execute(stmt).scalar_one_or_none()
    if value is None:
        session.execute(insert(Counter).values(name=name, year=year, value=1))
        value = 1
    return int(value)


def peek_number(session: Session, name: str, year: int) -> int:
    """The last number handed out (0 when none)."""
    value = session.execute(
        select(Counter.value).where(Counter.name == name, Counter.year == year)
    ).scalar_one_or_none()
    return int(value or 0)
