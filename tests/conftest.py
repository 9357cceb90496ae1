from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.env import configure_test_environment

configure_test_environment()

from tests.helpers.databases import database_url  # noqa: E402

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test's data folder and QSettings away from the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WBS_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))


@pytest.fixture(autouse=True)
def _no_thread_left() -> Iterator[None]:
    """A test leaves no thread of its own running (a change watcher, a reader…).

    Threads get a few seconds to end after the test; one still alive then
    fails the test by name — a thread left running is how one test's objects
    end up used (or collected) in the middle of the next one.
    """
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 5.0
    left = [
        t for t in threading.enumerate()
        # The GUI's worker pool keeps idle threads (its jobs are waited for in
        # tests/gui/conftest.py); _DummyThread: a thread Qt started.
        if t not in before and t.is_alive() and not isinstance(t, threading._DummyThread)
        and not t.name.startswith("wbs-worker")
    ]
    for thread in left:
        thread.join(max(0.0, deadline - time.monotonic()))
    left = [t for t in left if t.is_alive()]
    if left:
        pytest.fail(f"threads still running when the test ended: {[t.name for t in left]}")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """An empty database on each backend: an SQLite path or a PostgreSQL URL."""
    with database_url(backend, tmp_path) as url:
        yield url


from tests.helpers.clock import clock  # noqa: E402,F401  (the settable clock fixture)
from tests.helpers.fixtures import admin, office  # noqa: E402,F401  (the office and its admin)
