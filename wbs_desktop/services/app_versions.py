"""Which WBS Desktop a database belongs to, and refusing what this one cannot read.

Every workstation that opens an office database records its version when it
is newer than the one recorded (setting ``system.app_version``). In a shared
office, workstations are updated one by one: the first to open the database
with a new version migrates the schema, and an older workstation meeting that
schema is told which version to install (SchemaTooNew) instead of failing
inside alembic. Before anything is opened, a file that is not an SQLite
database is named as such; read-only commands never create or migrate a
database.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from sqlalchemy import text

from wbs_desktop.services.errors import (
    NotAnOfficeDatabase,
    NotInitialized,
    SchemaOutdated,
    SchemaTooNew,
)
from wbs_desktop.storage import migrate
from wbs_desktop.storage.db import Database, is_postgres_url, to_url
from wbs_desktop.version import app_version, version_key

log = logging.getLogger(__name__)

#: The settings key holding the newest app version that opened the database.
VERSION_KEY = "system.app_version"
SQLITE_MAGIC = b"SQLite format 3\x00"


def sqlite_file(target: str) -> Path | None:
    """The file of an SQLite target (None: PostgreSQL or in memory)."""
    if is_postgres_url(target):
        return None
    url = to_url(target)
    if not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def check_file(target: str, *, create: bool) -> None:
    """Refuse a file that is not an SQLite database before SQLite writes to it.

    ``create=False``: a missing or empty file is not set up (and stays as it is).
    """
    path = sqlite_file(target)
    if path is None:
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        head = None
    except IsADirectoryError:
        raise NotAnOfficeDatabase(f"{path} is a folder, not a database file") from None
    if head is None or head == b"":
        if not create:
            raise NotInitialized(f"{path} has no office set up yet")
        return
    if head != SQLITE_MAGIC:
        raise NotAnOfficeDatabase(f"{path} is not a WBS Desktop database (not an SQLite file)")


def recorded_version(db: Database) -> str:
    """The newest app version recorded in the database ("" when none)."""
    with db.engine.connect() as conn:
        try:
            raw = conn.scalar(
                text("SELECT value FROM settings WHERE key = :k"), {"k": VERSION_KEY}
            )
        except Exception:  # no settings table (yet), or one we cannot read
            log.debug("no recorded app version", exc_info=True)
            return ""
        finally:
            conn.rollback()
    try:
        value = json.loads(raw) if raw else ""
    except ValueError:
        return ""
    return str(value.get("version", "")) if isinstance(value, dict) else ""


def check_schema(db: Database, *, upgrade: bool) -> None:
    """Migrate the schema to this program's head, or say why not."""
    state, stamped = migrate.schema_state(db.engine)
    if state == migrate.CURRENT:
        return
    if state == migrate.NEWER:
        version = recorded_version(db)
        raise SchemaTooNew(
            f"{db.display_name} was upgraded by WBS Desktop {version or '(a newer version)'}"
            f" (schema {', '.join(sorted(stamped))}); this is {app_version()}",
            version=version,
            revision=", ".join(sorted(stamped)),
        )
    if state == migrate.FOREIGN:
        raise NotAnOfficeDatabase(
            f"{db.display_name} is not a WBS Desktop database (it holds other tables)"
        )
    if not upgrade:
        if state == migrate.EMPTY:
            raise NotInitialized(f"{db.display_name} has no office set up yet")
        raise SchemaOutdated(
            f"{db.display_name} needs an upgrade to this version first "
            "(open it in the app or with a command that changes it)"
        )
    db.migrate()


def record(db: Database) -> None:
    """Record this program's version when it is newer than the one recorded."""
    mine = app_version()
    if version_key(recorded_version(db)) >= version_key(mine):
        return
    from wbs_desktop.services import settings as settings_store

    with db.write() as session:
        current = settings_store.get(session, VERSION_KEY)
        if isinstance(current, dict) and version_key(str(current.get("version", ""))) >= \
                version_key(mine):
            return  # another workstation, newer still, was quicker
        settings_store.put(
            session, VERSION_KEY, {"version": mine, "schema": migrate.HEAD_REVISION}
        )
