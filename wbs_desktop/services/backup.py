"""Backup and restore: an encrypted, versioned archive of the whole database.

``backup(ws, path)`` (admins only, audited) copies every table's rows as they
are — ciphertext columns stay encrypted under their case keys — into one file
that is itself encrypted and authenticated. ``restore(path, target, …)`` puts
it into an *empty* database of either kind (SQLite → PostgreSQL is how a single
workstation grows into a shared office) in one transaction: a corrupted,
truncated or altered archive, a wrong key, a non-empty target or a cancel
changes nothing.

File layout (all integers big-endian)::

    magic "WBSBAK\\0\\n" | u16 format | u32 n | header (n bytes of JSON)
    | SHA-256(everything before)              -- accidental damage, no key needed
    | HMAC-SHA256(mac key, everything before the checksum)   -- authenticity
    | chunk*: u8 flags (1 = last) | u32 length | AES-256-GCM ciphertext

The header (in the clear) names the format, the office, the alembic revision,
row counts per table, the SHA-256 of the plaintext content, and the archive
key sealed (X25519, as case grants are) to the office's recovery public key
and to the acting admin's public key. The admin's key pair travels as it is
stored in the ``users`` table: wrapped under Argon2id of their password — so
restoring needs that admin's password or the printed recovery key. Chunk ``i``
uses nonce ``0⁴ ‖ u64 i`` and associated data ``archive id ‖ i ‖ flags``, so a
chunk that is changed, dropped, reordered or cut off fails to open. Chunks are
zlib-compressed records (table start, row, table end); a row is read and
written one at a time, so the archive streams whatever the database's size.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import struct
import time
import uuid
from contextlib import suppress
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, Table, func, inspect, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from wbs_desktop.domain.dates import utc_now
from wbs_desktop.domain.roles import Action
from wbs_desktop.files import private_file
from wbs_desktop.services import audit
from wbs_desktop.services.backup_archive import (
    CHUNK_TARGET,
    FORMAT_VERSION,
    INSERT_BATCH,
    U16,
    VERSION_TABLE,
    BackupCancelled,
    BackupCorrupt,
    BackupError,
    BackupInfo,
    BackupResult,
    BackupUnsupported,
    BackupWrongKey,
    ChunkWriter,
    ProgressFn,
    RecordReader,
    RestoreResult,
    RestoreTargetNotEmpty,
    archive_purpose,
    b64,
    frame_header,
    open_archive_key,
    put_value,
    read_chunks,
    read_framed_header,
    read_info,
    reflect_tables,
    subkeys,
)
from wbs_desktop.services.users import translate_db_errors
from wbs_desktop.storage import bulk, crypto
from wbs_desktop.storage.db import create_db_engine, is_postgres_url, to_url
from wbs_desktop.storage.migrate import _PG_MIGRATION_LOCK, alembic_config

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context

log = logging.getLogger(__name__)


def backup(
    ws: Context, out_path: str | os.PathLike[str], progress: ProgressFn | None = None
) -> BackupResult:
    """Write an encrypted archive of the whole database to ``out_path`` (admins only).

    The file appears under its name only when complete (written beside it as
    ``….partial`` first); a cancel (``progress`` returning False) or an error
    leaves nothing behind. The backup is recorded in the audit log.
    """
    ws.actor.require(Action.BACKUP)
    with ws.read():  # refuses a closed session, translates an unreachable server
        pass
    started = time.monotonic()
    out = Path(out_path)
    partial = out.with_name(out.name + ".partial")
    archive_id = uuid.uuid4().hex
    archive_key = crypto.random_key()
    content_key, mac_key = subkeys(archive_key)
    db = ws.office.db
    try:
        with translate_db_errors(), db.engine.connect() as conn:
            if db.is_postgres:
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():  # one snapshot for every table
                revision = MigrationContext.configure(conn).get_current_revision()
                if revision is None:
                    raise BackupError("this database has no schema to back up")
                tables = reflect_tables(conn)
                counts = {
                    t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0)
                    for t in tables
                }
                total = sum(counts.values())
                office = conn.execute(
                    text(
                        "SELECT office_id, name, recovery_public, recovery_fingerprint FROM office"
                    )
                ).one()
                me = conn.execute(
                    text(
                        "SELECT id, username, kdf_salt, kdf_params, wrapped_secrets, "
                        "exchange_public FROM users WHERE id = :id"
                    ),
                    {"id": ws.actor.id},
                ).one()
                header: dict[str, Any] = {
                    "format": FORMAT_VERSION,
                    "archive_id": archive_id,
                    "created_at": utc_now().isoformat(),
                    "created_by": me.username,
                    "office_id": office.office_id,
                    "office_name": office.name,
                    "recovery_fingerprint": office.recovery_fingerprint,
                    "schema_revision": revision,
                    "source_backend": conn.dialect.name,
                    "tables": [[t.name, counts[t.name]] for t in tables],
                    "total_rows": total,
                    "compression": "zlib",
                    "content_sha256": "0" * 64,
                    "grants": [
                        {
                            "holder": "recovery",
                            "blob": b64(
                                crypto.seal(
                                    bytes(office.recovery_public),
                                    archive_key,
                                    purpose=archive_purpose(archive_id),
                                )
                            ),
                        },
                        {
                            "holder": f"u:{me.id}",
                            "user_id": me.id,
                            "username": me.username,
                            "kdf_salt": b64(bytes(me.kdf_salt)),
                            "kdf_params": me.kdf_params,
                            "wrapped_secrets": b64(bytes(me.wrapped_secrets)),
                            "blob": b64(
                                crypto.seal(
                                    bytes(me.exchange_public),
                                    archive_key,
                                    purpose=archive_purpose(archive_id),
                                )
                            ),
                        },
                    ],
                }
                placeholder = frame_header(header, mac_key)
                out.parent.mkdir(parents=True, exist_ok=True)
                with private_file(partial, atomic=False) as fh:
                    fh.write(placeholder)
                    writer = ChunkWriter(fh, bytes.fromhex(archive_id), content_key)
                    done = 0
                    for table in tables:
                        done = _write_table(conn, table, writer, done, total, progress)
                    writer.finish()
                    header["content_sha256"] = writer.digest.hexdigest()
                    final = frame_header(header, mac_key)
                    assert len(final) == len(placeholder)
                    fh.seek(0)
                    fh.write(final)
                    fh.flush()
                    os.fsync(fh.fileno())
        size = partial.stat().st_size
        with ws.write() as session:
            ws.record(
                session,
                "backup_created",
                private={"file": out.name},
                details={
                    "archive_id": archive_id,
                    "rows": total,
                    "size": size,
                    "sha256": header["content_sha256"],
                },
            )
        os.replace(partial, out)
    except BaseException:
        with suppress(OSError):
            partial.unlink()
        raise
    return BackupResult(
        path=out,
        size=size,
        rows=total,
        tables=len(tables),
        content_sha256=header["content_sha256"],
        seconds=time.monotonic() - started,
    )


def _write_table(
    conn: Connection,
    table: Table,
    writer: ChunkWriter,
    done: int,
    total: int,
    progress: ProgressFn | None,
) -> int:
    columns = [c.name for c in table.columns]
    buf = writer.buf
    buf += b"T"
    name = table.name.encode()
    buf += U16.pack(len(name)) + name + U16.pack(len(columns))
    for column in columns:
        raw = column.encode()
        buf += U16.pack(len(raw)) + raw
    order = list(table.primary_key.columns) or list(table.columns)
    result = conn.execution_options(yield_per=1000).execute(select(table).order_by(*order))
    count = 0
    for row in result:
        buf = writer.buf
        buf += b"R"
        for value in row:
            put_value(buf, value)
        count += 1
        done += 1
        if len(writer.buf) >= CHUNK_TARGET:
            writer.maybe_flush()
            if progress is not None and not progress(done, total):
                raise BackupCancelled("the backup was cancelled")
    writer.buf += b"E" + struct.pack(">Q", count)
    writer.maybe_flush()
    if progress is not None and not progress(done, total):
        raise BackupCancelled("the backup was cancelled")
    return done


# ---------------------------------------------------------------------------
# Reading


def restore(
    archive_path: str | os.PathLike[str],
    target: str,
    *,
    username: str | None = None,
    password: str | None = None,
    recovery_key: str | None = None,
    db_password: str | None = None,
    progress: ProgressFn | None = None,
    workstation: audit.WorkstationState | None = None,
) -> RestoreResult:
    """Restore an archive into the EMPTY database ``target`` (SQLite path or PostgreSQL URL).

    Opens with an administrator's ``username``/``password`` (one the archive was
    sealed to) or with the office's ``recovery_key``. Everything happens in one
    transaction — schema, rows, sequences — so any failure or a cancel
    (``progress`` returning False) leaves the target as it was; an SQLite file
    this call created is removed again.

    ``workstation``: this workstation's memory of the newest audit entry it has
    seen is set to the restored log's head (it may have seen later entries of
    the same office, e.g. the "backup created" one, which a restore rightly
    rolls back; without this ``verify`` would report them as cut off).
    """
    started = time.monotonic()
    path = Path(archive_path)
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise BackupError(f"cannot read {path.name}: {exc.strerror}") from exc
    with fh:
        opened = read_framed_header(fh)
        info = opened.info
        archive_key, opener = open_archive_key(
            opened, username=username, password=password, recovery_key=recovery_key
        )
        content_key, mac_key = subkeys(archive_key)
        if not hmac.compare_digest(
            hmac.new(mac_key, opened.framed, hashlib.sha256).digest(), opened.mac
        ):
            raise BackupCorrupt("the backup's header was altered")
        script = ScriptDirectory.from_config(alembic_config())
        known = [r.revision for r in script.walk_revisions()]  # newest first
        if info.schema_revision not in known:
            raise BackupUnsupported(
                "this backup was made by a newer version of the app; update the app first"
            )
        created_file = _new_sqlite_file(target)
        engine = create_db_engine(target, password=db_password)
        try:
            with translate_db_errors(), engine.connect() as conn:
                conn = conn.execution_options(wbs_write=True)
                with conn.begin():
                    rows = _restore_into(conn, fh, info, content_key, known, opener, progress)
                    head = conn.execute(
                        text("SELECT seq, entry_hash FROM audit_head WHERE id = 1")
                    ).one()
            _vacuum(engine)
        except BaseException:
            engine.dispose()
            if created_file is not None:
                for suffix in ("", "-wal", "-shm", "-journal"):
                    with suppress(OSError):
                        Path(str(created_file) + suffix).unlink()
            raise
        engine.dispose()
    if workstation is not None:
        workstation.reset(info.office_id, int(head.seq), bytes(head.entry_hash))
    return RestoreResult(
        office_id=info.office_id,
        office_name=info.office_name,
        rows=rows,
        tables=len(info.row_counts),
        schema_revision=info.schema_revision,
        seconds=time.monotonic() - started,
    )


def _new_sqlite_file(target: str) -> Path | None:
    """The SQLite file ``target`` names, if it does not exist yet (we will create it)."""
    if is_postgres_url(target):
        return None
    url = to_url(target)
    if not url.database or url.database == ":memory:":
        return None
    path = Path(url.database)
    return None if path.exists() else path


def _check_empty(conn: Connection) -> None:
    names = set(inspect(conn).get_table_names()) - {VERSION_TABLE}
    for name in sorted(names):
        if name == "audit_head":
            seqs = [int(s or 0) for s in conn.scalars(text("SELECT seq FROM audit_head"))]
            if any(seqs) or len(seqs) > 1:
                raise RestoreTargetNotEmpty("the target database already holds data")
            continue
        quoted = conn.dialect.identifier_preparer.quote(name)
        if conn.scalar(text(f"SELECT count(*) FROM {quoted}")):  # noqa: S608 - a reflected name
            raise RestoreTargetNotEmpty(
                f"the target database already holds data (table {name}); "
                "restore only into an empty database"
            )


def _migrate_to(conn: Connection, revision: str, known: list[str]) -> None:
    current = MigrationContext.configure(conn).get_current_revision()
    if current == revision:
        return
    if current is not None and current in known and known.index(current) < known.index(revision):
        command.downgrade(alembic_config(conn), revision)  # an empty, newer schema
    else:
        command.upgrade(alembic_config(conn), revision)


def _restore_into(
    conn: Connection,
    fh: IO[bytes],
    info: BackupInfo,
    content_key: bytes,
    known: list[str],
    opener: tuple[int, str, crypto.UserSecrets] | None,
    progress: ProgressFn | None,
) -> int:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
    _check_empty(conn)
    _migrate_to(conn, info.schema_revision, known)
    tables = {t.name: t for t in reflect_tables(conn)}
    for seeded in reversed(list(tables.values())):
        conn.execute(seeded.delete())  # rows the migrations seeded (the audit head)
    expected = [name for name in info.row_counts]
    seen_tables: list[str] = []
    deferred: list[tuple[Table, dict[str, Any], dict[str, Any]]] = []
    digest = hashlib.sha256()
    total = info.total_rows
    done = 0
    finished = False
    table: Table | None = None
    columns: list[str] = []
    self_refs: list[str] = []
    pending: list[dict[str, Any]] = []
    count = 0

    def flush() -> None:
        if pending and table is not None:
            conn.execute(table.insert(), pending)
            pending.clear()

    for plain in read_chunks(fh, bytes.fromhex(info.archive_id), content_key):
        if finished:
            raise BackupCorrupt("the backup has data after its end marker")
        digest.update(plain)
        reader = RecordReader(plain)
        try:
            while not reader.done():
                kind = reader.take(1)
                if kind == b"T":
                    if table is not None:
                        raise BackupCorrupt("the backup's tables are interleaved")
                    name = reader.take(reader.u16()).decode()
                    columns = [reader.take(reader.u16()).decode() for _ in range(reader.u16())]
                    table = tables.get(name)
                    if table is None or set(columns) != {c.name for c in table.columns}:
                        raise BackupCorrupt(f"the backup's table {name} does not fit the schema")
                    self_refs = [
                        fk.parent.name
                        for fk in table.foreign_keys
                        if fk.column.table.name == table.name
                    ]
                    count = 0
                elif kind == b"R":
                    if table is None:
                        raise BackupCorrupt("a row of the backup belongs to no table")
                    row = {column: reader.value() for column in columns}
                    later = {c: row[c] for c in self_refs if row[c] is not None}
                    if later:
                        key = {c.name: row[c.name] for c in table.primary_key.columns}
                        deferred.append((table, key, later))
                        for c in later:
                            row[c] = None
                    pending.append(row)
                    count += 1
                    done += 1
                    if len(pending) >= INSERT_BATCH:
                        flush()
                elif kind == b"E":
                    (declared,) = struct.unpack(">Q", reader.take(8))
                    if (
                        table is None
                        or declared != count
                        or info.row_counts.get(table.name) != count
                    ):
                        raise BackupCorrupt("the backup's row counts do not add up")
                    flush()
                    seen_tables.append(table.name)
                    table = None
                elif kind == b"Z":
                    if table is not None or not reader.done():
                        raise BackupCorrupt("the backup ends in the middle of a table")
                    finished = True
                else:
                    raise BackupCorrupt("the backup holds a record of an unknown kind")
        except (UnicodeDecodeError, ValueError, OverflowError) as exc:
            if isinstance(exc, BackupError):
                raise
            raise BackupCorrupt("a record of the backup is damaged") from exc
        flush()
        if progress is not None and not progress(done, total):
            raise BackupCancelled("the restore was cancelled; nothing was changed")
    if not finished:
        raise BackupCorrupt("the backup is cut short (truncated)")
    if digest.hexdigest() != info.content_sha256 or seen_tables != expected:
        raise BackupCorrupt("the backup's content does not match its checksum")
    for tbl, key, values in deferred:
        conn.execute(tbl.update().where(*[tbl.c[c] == v for c, v in key.items()]).values(**values))
    if known[0] != info.schema_revision:
        command.upgrade(alembic_config(conn), "head")
    if conn.dialect.name == "postgresql":
        _reset_sequences(conn, reflect_tables(conn))
    if opener is not None:
        _record_restore(conn, info, opener)
    return done


def _vacuum(engine: Engine) -> None:
    """PostgreSQL, once the restore is committed: ``VACUUM (ANALYZE)`` of every
    table. Without the statistics the planner takes the filled tables for empty
    until autovacuum's next ANALYZE; without the visibility map the covering
    indexes of the register and the figures are read with a visit to every heap
    page (or skipped), whatever the server's autovacuum does. The restore stands
    if this fails: autovacuum will catch up, so it is logged, not raised."""
    if engine.dialect.name != "postgresql":
        return
    try:
        with engine.connect() as conn:
            names = [t.name for t in reflect_tables(conn)]
        bulk.vacuum_analyze(engine, names)
    except DBAPIError as exc:
        log.warning("VACUUM (ANALYZE) after the restore failed: %s", exc)


def _reset_sequences(conn: Connection, tables: list[Table]) -> None:
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1:
            continue
        column = pk[0].name
        sequence = conn.scalar(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column}
        )
        if sequence is None:
            continue
        quoted_table = conn.dialect.identifier_preparer.quote(table.name)
        quoted_column = conn.dialect.identifier_preparer.quote(column)
        high = f"(SELECT MAX({quoted_column}) FROM {quoted_table})"  # noqa: S608
        conn.execute(
            text(f"SELECT setval(:s, COALESCE({high}, 1), {high} IS NOT NULL)"),
            {"s": sequence},
        )


def _record_restore(
    conn: Connection, info: BackupInfo, opener: tuple[int, str, crypto.UserSecrets]
) -> None:
    """A signed audit entry by the admin who restored (not possible with the recovery key)."""
    from wbs_desktop.storage.models import SigningKey, User

    user_id, _name, secrets = opener
    with Session(bind=conn) as session:
        user = session.get(User, user_id)
        key = session.get(SigningKey, user.signing_key_id) if user and user.signing_key_id else None
        if user is None or key is None or key.public_key != secrets.signing_public:
            return  # the admin's keys changed since: nobody to sign as
        signer = audit.signer_for(session, user, secrets.signing)
        audit.append(
            session,
            signer,
            "backup_restored",
            details={
                "archive_id": info.archive_id,
                "made_at": info.created_at.isoformat(),
                "rows": info.total_rows,
                "from": info.source_backend,
            },
        )
        session.flush()


__all__ = [
    "BackupCancelled",
    "BackupCorrupt",
    "BackupError",
    "BackupInfo",
    "BackupResult",
    "BackupUnsupported",
    "BackupWrongKey",
    "RestoreResult",
    "RestoreTargetNotEmpty",
    "backup",
    "read_info",
    "restore",
]
