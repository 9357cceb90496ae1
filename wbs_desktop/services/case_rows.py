"""The case table's rows (``CaseService.rows``): the listed columns from the
session's listing, the register number and the accused's name from the database.

The table asks for a block of rows at a time, and a register export or a pass
over the whole list asks for every case, so this is written for many rows:

* **One statement per block of ids**, run on the driver's cursor: the SQL of a
  block of a given length is made by SQLAlchemy once and kept (SQLite: an IN
  list; PostgreSQL: one array parameter, ``bulk.among``); SQLAlchemy's result
  rows and the blob column's processing were as much again as the driver's read.
* **Each name decrypted and checked**: ``crypto.ColumnDecryptor``, the same AES-GCM
  with the same associated data (table, column, row id, key version) as
  ``decrypt_field``; a ciphertext that fails its check (tampered, moved to
  another row or column, of a key version the user does not hold) is one
  damaged row, never a name. Nothing decrypted is kept: the name goes into the
  row handed out and nowhere else.
* **Per row only what differs**: the enums and the officers' names looked up
  in dicts, the stored time read with ``datetime.fromisoformat``, no garbage
  collection while a block of rows is built (they hold no cycles).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.dates import office_today
from wbs_desktop.domain.stages import Stage
from wbs_desktop.services import list_select
from wbs_desktop.services import listing as case_listing
from wbs_desktop.services.casefile import column_decryptor, keys_for
from wbs_desktop.services.dto import CaseRow
from wbs_desktop.services.search_index import quiet_gc
from wbs_desktop.storage import bulk, crypto
from wbs_desktop.storage.models import Case

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wbs_desktop.services.context import Actor

log = logging.getLogger(__name__)

#: Ids read in one statement (SQLite: bigger IN lists were slower per row).
CHUNK = 500

#: The columns read from the database (the rest of the row is in the listing).
_COLUMNS = (Case.id, Case.register_number, Case.key_version, Case.accused_ct)
_ACCUSED = column_decryptor(Case.accused_ct)
_CHANNELS = {c.value: c for c in Channel}
_STAGES = {s.value: s for s in Stage}
_JSON = json.JSONDecoder().decode
_NO_OFFICERS: tuple[int, ...] = ()
#: (dialect name, ids in the block) → the statement's SQL and the name of its one
#: parameter (None: positional, the ids in order).
_SQL: dict[tuple[str, int], tuple[str, str | None]] = {}


def rows(session: Session, actor: Actor, ids: Sequence[str]) -> list[CaseRow]:
    """Rows for the given ids, in that order (ids that vanished are skipped)."""
    state = actor.listing.for_rows(session, ids)
    stored: dict[str, Any] = {}
    conn = session.connection()
    for start in range(0, len(ids), CHUNK):
        for r in read(conn, ids[start : start + CHUNK]):
            stored[r.id] = r
    held = actor.case_keys
    missing = [r for r in stored.values() if (r.id, r.key_version) not in held]
    opened = keys_for(session, actor, missing) if missing else {}
    today = state.stored_date(office_today())
    received_at = _time_reader(state)
    names = _officer_names(state)
    meta, officers = state.meta.get, state.officers.get
    overdue = list_select.overdue
    result: list[CaseRow] = []
    append = result.append
    with quiet_gc(len(ids) > 1000):
        for case_id in ids:
            m = meta(case_id)
            row = stored.get(case_id)
            if m is None or row is None:
                continue  # vanished (or came after the listing was read: next refresh)
            accused = None
            damaged = False
            case_keys = held.get((case_id, row.key_version)) or opened.get(case_id)
            if case_keys is not None:
                blob = row.accused_ct
                try:
                    plain = _ACCUSED(case_keys.content_for(blob), blob, case_id)
                    accused = _JSON(plain.decode())["name"]
                except (crypto.CryptoError, ValueError, KeyError, TypeError):
                    # One damaged row stays one damaged row: the table marks it and
                    # the administrator finds it with `wbs-admin verify-data`.
                    log.warning("case %s: stored data failed its check (accused_ct)",
                                row.register_number)
                    damaged = True
            append(CaseRow(
                case_id,
                row.register_number,
                received_at(m),
                m.complaint_type,
                _CHANNELS.get(m.channel) or Channel(m.channel),
                _STAGES.get(m.stage) or Stage(m.stage),
                names(officers(case_id, _NO_OFFICERS)),
                state.due_date(m),
                overdue(m, today),
                accused,
                damaged,
            ))
    return result


def read(conn: Connection, chunk: Sequence[str]) -> Any:
    """The stored columns of these cases (rows with attribute access by name)."""
    dialect = conn.dialect
    key = (dialect.name, len(chunk))
    sql = _SQL.get(key)
    if sql is None:
        stmt = select(*_COLUMNS).where(bulk.among(dialect.name, Case.id, list(chunk)))
        compiled = stmt.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
        if compiled.positional:  # SQLite's qmark: the ids in order
            sql = (str(compiled), None)
        else:  # PostgreSQL: the ids as one array parameter
            [name] = compiled.params
            sql = (str(compiled), name)
        _SQL[key] = sql
    text, name = sql
    if name is None:
        return conn.exec_driver_sql(text, tuple(chunk))
    return conn.exec_driver_sql(text, {name: list(chunk)})


def _time_reader(state: case_listing.State) -> Callable[[case_listing.CaseMeta], datetime]:
    """``state.received_at``. SQLite stores a DATETIME as ISO text
    (``2026-12-07 02:11:06.000000``, naive UTC): ``datetime.fromisoformat``
    reads that as SQLAlchemy's processor does, in a fifth of the time."""
    slow = state.received_at
    parse = datetime.fromisoformat

    def convert(m: case_listing.CaseMeta) -> datetime:
        value = m.received_at
        if type(value) is str and len(value) == 26:
            return parse(value).replace(tzinfo=UTC)
        return slow(m)
    return convert


def _officer_names(state: case_listing.State) -> Callable[[tuple[int, ...]], tuple[str, ...]]:
    """Assigned user ids → their names in order, each set of ids once a call
    (most cases share the same few officers)."""
    known: dict[tuple[int, ...], tuple[str, ...]] = {_NO_OFFICERS: ()}
    get = state.officer_names.get

    def names(officers: tuple[int, ...]) -> tuple[str, ...]:
        found = known.get(officers)
        if found is None:
            found = known[officers] = tuple(sorted(get(u, "") for u in officers))
        return found
    return names
