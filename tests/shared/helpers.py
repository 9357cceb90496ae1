"""Helpers for the shared-database tests: a second workstation, waiting for events,
killing PostgreSQL connections."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psycopg

from tests.helpers.databases import PG_ADMIN_URL
from tests.helpers.office import workstation
from wbs_desktop.services.changes import ChangeEvent
from wbs_desktop.services.office import Office


def second_office(db_url: str, tmp_path: Path, name: str = "ws2") -> Office:
    """The same database opened again, as another workstation would (own engine)."""
    return Office.open(db_url, workstation=workstation(tmp_path, name))


def dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def database_name(url: str) -> str:
    return url.rpartition("/")[2]


def terminate_backends(db_url: str, *, pid: int | None = None) -> int:
    """Kill server connections of the test database (all, or the one with ``pid``)."""
    with psycopg.connect(dsn(PG_ADMIN_URL), autocommit=True) as conn:
        if pid is not None:
            rows = conn.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchall()
        else:
            rows = conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                (database_name(db_url),),
            ).fetchall()
    return sum(1 for (ok,) in rows if ok)


class Collector:
    """An ``on_change`` callback that remembers what it was told."""

    def __init__(self) -> None:
        self.events: list[ChangeEvent] = []
        self.calls = 0
        self.statuses: list[bool] = []
        self._cond = threading.Condition()

    def __call__(self, events: list[ChangeEvent]) -> None:
        with self._cond:
            self.calls += 1
            self.events.extend(events)
            self._cond.notify_all()

    def status(self, connected: bool) -> None:
        with self._cond:
            self.statuses.append(connected)
            self._cond.notify_all()

    def wait_for(self, predicate: Callable[[list[ChangeEvent]], bool], timeout: float) -> float:
        """Seconds until ``predicate(events)`` held; raises on timeout."""
        start = time.monotonic()
        with self._cond:
            while not predicate(self.events):
                left = timeout - (time.monotonic() - start)
                if left <= 0:
                    raise AssertionError(f"no such change within {timeout} s; got {self.events!r}")
                self._cond.wait(left)
        return time.monotonic() - start


def case_seen(case_id: str, kind: str | None = None) -> Callable[[list[ChangeEvent]], bool]:
    def check(events: list[ChangeEvent]) -> bool:
        return any(e.case_id == case_id and (kind is None or e.kind == kind) for e in events)

    return check


REPO_ROOT = Path(__file__).resolve().parents[2]


def start_worker(target: str, state: Path, mode: str, count: int = 0) -> subprocess.Popen[str]:
    """A worker process (tests/shared/worker.py); read its ``ready`` line, then send a line."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    return subprocess.Popen(
        [sys.executable, "-m", "tests.shared.worker", target, str(state), mode, str(count)],
        cwd=REPO_ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_ready(proc: subprocess.Popen[str], timeout: float = 60.0) -> None:
    """Wait for the worker's ``ready`` line (it has opened the database and logged in)."""
    result: list[str] = []
    reader = threading.Thread(target=lambda: result.append(proc.stdout.readline()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout)
    if not result or result[0].strip() != "ready":
        proc.kill()
        _, err = proc.communicate(timeout=10)
        raise AssertionError(f"worker did not get ready: {result!r}\n{err}")


def stop_worker(proc: subprocess.Popen[str]) -> None:
    """Kill a worker still running and close its pipes, whatever state it is in
    (a pipe left open is reported as an unclosed file in some later test)."""
    if proc.poll() is None:
        proc.kill()
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        if pipe is not None and not pipe.closed:
            try:
                pipe.close()
            except OSError:
                pass
    proc.wait(timeout=30)
