"""Schema migrations (alembic), applied whenever a database is opened.

Opening a database whose ``alembic_version`` already names :data:`HEAD_REVISION`
reads that one row and never imports alembic (about 0.3 s of start-up). Only a
database that needs an upgrade loads alembic and runs the migrations.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_PG_MIGRATION_LOCK = 0x57425301  # advisory lock id: "WBS" + 1

#: The newest revision in ``migrations/versions``. Keep it equal to the head
#: of the migration scripts when you add one: ``tests/storage/test_migrations.py``
#: (``test_head_constant_is_the_head_of_the_scripts``) fails until you do.
HEAD_REVISION = "figures_grouped"

VERSION_TABLE = "alembic_version"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_head() -> str:
    """The head revision according to the migration scripts (imports alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def head_revision() -> str:
    """The revision a fully migrated database is stamped with."""
    return HEAD_REVISION


def stamped_revisions(conn: Connection) -> set[str]:
    """What ``alembic_version`` names (empty: a new database); plain SQL, no alembic."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return set()
    return {str(row[0]) for row in conn.execute(text("SELECT version_num FROM alembic_version"))}


#: What :func:`schema_state` finds.
CURRENT = "current"  # at HEAD_REVISION
EMPTY = "empty"  # no tables at all: a new database
OLDER = "older"  # an older revision of ours: needs an upgrade
NEWER = "newer"  # a revision this program does not know: a newer app upgraded it
FOREIGN = "foreign"  # tables, but not ours


def known_revisions() -> set[str]:
    """Every revision id of the migration scripts (imports alembic)."""
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def schema_state(engine: Engine) -> tuple[str, set[str]]:
    """(one of CURRENT/EMPTY/OLDER/NEWER/FOREIGN, the stamped revisions); reads only.

    The usual case (at the head) costs one query and no alembic import.
    """
    with engine.connect() as conn:
        try:
            stamped = stamped_revisions(conn)
            if stamped == {HEAD_REVISION}:
                return CURRENT, stamped
            if not stamped:
                tables = set(inspect(conn).get_table_names())
                if not tables:
                    return EMPTY, stamped
                return FOREIGN, stamped  # ours always carry alembic_version
        finally:
            conn.rollback()
    if stamped - known_revisions():
        return NEWER, stamped
    return OLDER, stamped


def is_at_head(engine: Engine) -> bool:
    with engine.connect() as conn:
        try:
            return stamped_revisions(conn) == {HEAD_REVISION}
        finally:
            conn.rollback()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; safe when several processes open at once.

    A database already at the head is left alone without loading alembic.
    """
    if revision in ("head", HEAD_REVISION) and is_at_head(engine):
        return
    from alembic import command

    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
            conn.commit()
        try:
            command.upgrade(alembic_config(conn), revision)
            conn.commit()
        finally:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PG_MIGRATION_LOCK})
                conn.commit()


def downgrade(engine: Engine, revision: str) -> None:
    """Take the schema back to ``revision`` (tests, and undoing a failed upgrade).

    On SQLite a dropped column rebuilds its table (alembic's batch mode), which
    foreign keys referring to it would refuse: they are off while it runs.
    """
    from alembic import command

    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        # (on the driver's connection, before any BEGIN: a PRAGMA inside a
        # transaction is ignored)
        raw = conn.connection.dbapi_connection if sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            command.downgrade(alembic_config(conn), revision)
            conn.commit()
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
