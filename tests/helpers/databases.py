"""Throw-away databases on both backends.

PostgreSQL: the server on 127.0.0.1:5432 (trust auth). ``WBS_TEST_PG_URL``
overrides the maintenance URL. Under ``CI`` a missing server fails the test;
elsewhere it skips.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PG_ADMIN_URL = os.environ.get(
    "WBS_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _psycopg_dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def postgres_available() -> bool:
    import psycopg

    try:
        with psycopg.connect(_psycopg_dsn(PG_ADMIN_URL), connect_timeout=3):
            return True
    except psycopg.OperationalError:
        return False


def require_postgres() -> None:
    if postgres_available():
        return
    message = f"PostgreSQL is not reachable at {PG_ADMIN_URL}"
    if os.environ.get("CI"):
        pytest.fail(message + " (CI must run the shared-mode tests)", pytrace=False)
    pytest.skip(message)


@contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """Create an empty database, yield its SQLAlchemy URL, drop it afterwards."""
    import psycopg

    require_postgres()
    name = f"wbs_t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(_psycopg_dsn(PG_ADMIN_URL), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = PG_ADMIN_URL.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(_psycopg_dsn(PG_ADMIN_URL), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield str(tmp_path / "wbs.sqlite3")
    else:
        with fresh_postgres_database() as url:
            yield url
