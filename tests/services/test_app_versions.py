"""Versions that tell each other apart: the database records the newest app
version that opened it; an older app meeting a newer schema names the version
to install; read-only opening never creates nor migrates; a file that is not
ours is named as such. A newer schema is faked in alembic_version."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.helpers.office import ADMIN_PASSWORD
from wbs_desktop.services import app_versions
from wbs_desktop.services.errors import (
    NotAnOfficeDatabase,
    NotInitialized,
    SchemaOutdated,
    SchemaTooNew,
)
from wbs_desktop.services.office import Office
from wbs_desktop.storage import migrate
from wbs_desktop.version import app_version, short_version, version_key


def _recorded(office: Office) -> dict[str, str]:
    with office.db.engine.connect() as conn:
        raw = conn.scalar(text("SELECT value FROM settings WHERE key = :k"),
                          {"k": app_versions.VERSION_KEY})
    return json.loads(raw) if raw else {}


def _set_recorded(office: Office, version: str) -> None:
    with office.db.engine.begin() as conn:
        conn.execute(text("UPDATE settings SET value = :v WHERE key = :k"),
                     {"v": json.dumps({"version": version, "schema": "9999"}),
                      "k": app_versions.VERSION_KEY})


def _fake_newer_schema(office: Office, revision: str = "0099_future") -> None:
    with office.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


def test_versions_compare_as_numbers() -> None:
    assert version_key("0.10.0") > version_key("0.9.12") > version_key("0.9")
    assert version_key("1.2.3rc1") == (1, 2, 3) and version_key("") == ()
    assert short_version("0.12.4") == "0.12"
    assert app_version() == __import__("wbs_desktop").__version__


def test_the_database_records_the_newest_version_that_opened_it(office: Office, db_url: str):
    assert _recorded(office) == {"version": app_version(), "schema": migrate.HEAD_REVISION}
    _set_recorded(office, "0.0.1")
    Office.open(db_url).close()
    assert _recorded(office)["version"] == app_version()  # an older record is raised
    _set_recorded(office, "99.1.0")
    Office.open(db_url).close()
    assert _recorded(office)["version"] == "99.1.0"  # a newer one is never lowered


def test_an_older_app_names_the_version_that_upgraded_the_database(office: Office, db_url: str):
    _set_recorded(office, "0.7.2")
    _fake_newer_schema(office)
    with pytest.raises(SchemaTooNew) as caught:
        Office.open(db_url)
    assert caught.value.version == "0.7.2" and caught.value.revision == "0099_future"
    assert caught.value.code == "schema_too_new"
    # Nothing was touched: the newer schema's stamp is still there.
    with office.db.engine.connect() as conn:
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == "0099_future"
    with pytest.raises(SchemaTooNew):  # read-only opening says the same
        Office.open(db_url, upgrade=False)


def test_a_newer_schema_without_a_recorded_version_is_still_named(office: Office, db_url: str):
    with office.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM settings WHERE key = :k"), {"k": app_versions.VERSION_KEY})
    _fake_newer_schema(office)
    with pytest.raises(SchemaTooNew) as caught:
        Office.open(db_url)
    assert caught.value.version == ""


def test_read_only_opening_never_migrates(office: Office, db_url: str) -> None:
    office.close()
    migrate.downgrade(office.db.engine, "0002")
    with pytest.raises(SchemaOutdated):
        Office.open(db_url, upgrade=False)
    with office.db.engine.connect() as conn:
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == "0002"
    Office.open(db_url).close()  # an ordinary open upgrades it
    with office.db.engine.connect() as conn:
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == \
            migrate.HEAD_REVISION


def test_read_only_opening_never_creates_a_schema(db_url: str, tmp_path: Path) -> None:
    if db_url.startswith("postgresql"):
        with pytest.raises(NotInitialized):
            Office.open(db_url, upgrade=False)
        from sqlalchemy import create_engine, inspect

        from wbs_desktop.storage.db import to_url

        engine = create_engine(to_url(db_url))
        try:
            with engine.connect() as conn:
                assert inspect(conn).get_table_names() == []
        finally:
            engine.dispose()
        return
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    with pytest.raises(NotInitialized):
        Office.open(str(empty), upgrade=False)
    assert empty.read_bytes() == b""
    with pytest.raises(NotInitialized):
        Office.open(str(tmp_path / "missing.sqlite3"), upgrade=False)
    assert not (tmp_path / "missing.sqlite3").exists()


def test_a_file_that_is_not_ours_is_named(tmp_path: Path) -> None:
    notes = tmp_path / "catatan.sqlite3"
    notes.write_text("Rapat hari Senin pukul 09.00\n", encoding="utf-8")
    with pytest.raises(NotAnOfficeDatabase, match="not an SQLite file"):
        Office.open(str(notes))
    assert notes.read_text(encoding="utf-8") == "Rapat hari Senin pukul 09.00\n"

    import sqlite3

    other = tmp_path / "inventaris.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE barang (id INTEGER PRIMARY KEY, nama TEXT)")
    with pytest.raises(NotAnOfficeDatabase, match="other tables"):
        Office.open(str(other))
    with sqlite3.connect(other) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"barang"}  # no schema of ours added to it
    with pytest.raises(NotAnOfficeDatabase):
        Office.open(str(tmp_path))  # a folder


def test_logging_in_still_works_after_the_version_is_recorded(office: Office) -> None:
    ws = office.login("admin", ADMIN_PASSWORD)
    assert ws.user.username == "admin"
    ws.logout()
