"""Migration tests in the securedrop style (STYLE.md): the schema after
``upgrade head`` equals ``metadata.create_all``; every revision upgrades,
downgrades, and leaves the schema as it was after up-then-down."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

from wbs_desktop.storage import migrate
from wbs_desktop.storage.db import create_db_engine
from wbs_desktop.storage.models import Base


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def _schema(engine: Engine) -> dict[str, object]:
    insp = inspect(engine)
    shape: dict[str, object] = {}
    for table in sorted(insp.get_table_names()):
        if table == "alembic_version":
            continue
        shape[table] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)
            ],
            "pk": insp.get_pk_constraint(table).get("constrained_columns"),
            "fks": sorted(
                (f["name"], tuple(f["constrained_columns"]), f["referred_table"])
                for f in insp.get_foreign_keys(table)
            ),
            "indexes": sorted(
                (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                for i in insp.get_indexes(table)
            ),
            "uniques": sorted(
                (u["name"], tuple(u["column_names"])) for u in insp.get_unique_constraints(table)
            ),
        }
    return shape


def test_head_matches_the_models(db_url: str) -> None:
    engine = create_db_engine(db_url)
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
            )
        assert diff == [], f"models and migrations disagree: {diff}"
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()


def test_head_schema_equals_create_all(
    backend: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    from tests.helpers.databases import database_url

    with (
        database_url(backend, tmp_path_factory.mktemp("a")) as a,
        database_url(backend, tmp_path_factory.mktemp("b")) as b,
    ):
        migrated, created = create_db_engine(a), create_db_engine(b)
        try:
            migrate.upgrade(migrated)
            Base.metadata.create_all(created)
            assert _schema(migrated) == _schema(created)
        finally:
            migrated.dispose()
            created.dispose()


def test_every_revision_upgrades_and_downgrades_cleanly(db_url: str) -> None:
    engine = create_db_engine(db_url)
    try:
        previous = "base"
        for revision in _revisions():
            migrate.upgrade(engine, revision)
            before = _schema(engine)
            migrate.downgrade(engine, previous)
            migrate.upgrade(engine, revision)
            assert _schema(engine) == before, f"{revision} is not the same after down and up"
            previous = revision
        migrate.downgrade(engine, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    finally:
        engine.dispose()


def test_upgrade_seeds_the_audit_head_once(db_url: str) -> None:
    engine = create_db_engine(db_url)
    try:
        migrate.upgrade(engine)
        migrate.upgrade(engine)  # opening again changes nothing
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT id, seq FROM audit_head")).all()
        assert [tuple(r) for r in rows] == [(1, 0)]
    finally:
        engine.dispose()


def test_head_constant_is_the_head_of_the_scripts() -> None:
    """Opening skips alembic when the database names HEAD_REVISION, so the
    constant must follow the scripts: after adding a migration, set
    ``wbs_desktop.storage.migrate.HEAD_REVISION`` to its revision id."""
    assert migrate.HEAD_REVISION == migrate.script_head(), (
        f"a migration was added: set migrate.HEAD_REVISION = {migrate.script_head()!r}")


def test_an_older_database_is_still_upgraded_to_the_head(db_url: str) -> None:
    engine = create_db_engine(db_url)
    try:
        first = _revisions()[0]
        migrate.upgrade(engine, first)
        assert not migrate.is_at_head(engine)
        migrate.upgrade(engine)
        assert migrate.is_at_head(engine)
        assert migrate.current_revision(engine) == migrate.HEAD_REVISION
    finally:
        engine.dispose()


def test_opening_a_database_at_the_head_does_not_load_alembic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Start-up: alembic (~0.3 s to import) is loaded only when there is something to do."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (repo, env.get("PYTHONPATH", "")) if p)
    path = tmp_path / "office.sqlite3"
    engine = create_db_engine(str(path))
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    code = (
        "import sys\n"
        "from wbs_desktop.storage.db import Database\n"
        f"db = Database({str(path)!r})\n"
        "db.migrate()\n"
        "db.dispose()\n"
        "print(sorted(m for m in sys.modules if m == 'alembic' or m.startswith('alembic.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120, cwd=repo, env=env)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
