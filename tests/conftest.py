from __future__ import annotations

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


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """An empty database on each backend: an SQLite path or a PostgreSQL URL."""
    with database_url(backend, tmp_path) as url:
        yield url


from tests.helpers.clock import clock  # noqa: E402,F401  (the settable clock fixture)
