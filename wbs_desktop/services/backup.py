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

import base64
import hashlib
import hmac
import json
import logging
import os
import struct
import time
import uuid
import zlib
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO

from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Connection, MetaData, Table, func, inspect, select, text
from sqlalchemy.orm import Session

from wbs_desktop.domain.dates import utc_now
from wbs_desktop.domain.roles import Action
from wbs_desktop.files import private_file, write_private_text
from wbs_desktop.services import audit
from wbs_desktop.services.errors import Cancelled, ServiceError
from wbs_desktop.services.office import normalize_username, translate_db_errors
from wbs_desktop.storage import crypto
from wbs_desktop.storage.db import create_db_engine, is_postgres_url, to_url
from wbs_desktop.storage.migrate import _PG_MIGRATION_LOCK, alembic_config

if TYPE_CHECKING:
    from wbs_desktop.services.workspace import Workspace

log = logging.getLogger(__name__)

MAGIC = b"WBSBAK\x00\n"
FORMAT_VERSION = 1
CHUNK_TARGET = 1 << 20  # plaintext bytes per chunk (before compression)
INSERT_BATCH = 500
VERSION_TABLE = "alembic_version"
_PREFIX = struct.Struct(">8sHI")
_CHUNK_HEAD = struct.Struct(">BI")
_LAST = 0x01
_MAX_CHUNK = 512 * 1024 * 1024
#: Argon2id parameters accepted from an archive's header (it is not yet
#: authenticated when they are used): up to 1 GiB and 10 passes.
_MAX_KDF_MEMORY_KIB = 1024 * 1024
_MAX_KDF_ITERATIONS = 10

ProgressFn = Callable[[int, int], bool]  # (rows done, rows in all) -> keep going?


# ---------------------------------------------------------------------------
# Errors (stable codes for the GUI and the CLI)


class BackupError(ServiceError):
    code = "backup_error"


class BackupCorrupt(BackupError):
    """Damaged, truncated or altered: refused, nothing changed."""

    code = "backup_corrupt"


class BackupWrongKey(BackupError):
    """The password, user or recovery key does not open this archive."""

    code = "backup_wrong_key"


class BackupUnsupported(BackupError):
    """Not a backup, or one from a newer version of the app."""

    code = "backup_unsupported"


class RestoreTargetNotEmpty(BackupError):
    code = "restore_target_not_empty"


class BackupCancelled(BackupError, Cancelled):
    """A progress callback said stop: nothing was written or changed."""

    code = "cancelled"


# ---------------------------------------------------------------------------
# What the callers get


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """An archive's header: readable without any key (nothing secret in it)."""

    format: int
    archive_id: str
    created_at: datetime
    created_by: str
    office_id: str
    office_name: str
    recovery_fingerprint: str
    schema_revision: str
    source_backend: str
    row_counts: dict[str, int]
    total_rows: int
    content_sha256: str
    admins: tuple[str, ...]  # user names that can open it (besides the recovery key)


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    size: int
    rows: int
    tables: int
    content_sha256: str
    seconds: float


@dataclass(frozen=True, slots=True)
class RestoreResult:
    office_id: str
    office_name: str
    rows: int
    tables: int
    schema_revision: str
    seconds: float


# ---------------------------------------------------------------------------
# Keys


def _subkeys(archive_key: bytes) -> tuple[bytes, bytes]:
    def derive(info: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(archive_key)

    return derive(b"wbs/backup/v1/content"), derive(b"wbs/backup/v1/header-mac")


def _purpose(archive_id: str) -> str:
    return f"backup:{archive_id}"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise BackupCorrupt("the backup's header is damaged")
    try:
        return base64.b64decode(value, validate=True)
    except ValueError as exc:
        raise BackupCorrupt("the backup's header is damaged") from exc


def _nonce(index: int) -> bytes:
    return b"\x00\x00\x00\x00" + struct.pack(">Q", index)


def _chunk_ad(archive_id: bytes, index: int, flags: int) -> bytes:
    return b"wbs/backup/v1/chunk" + archive_id + struct.pack(">QB", index, flags)


# ---------------------------------------------------------------------------
# Records: a compact, typed encoding of rows


_NONE, _INT, _STR, _BYTES, _TRUE, _FALSE, _DATETIME, _DATE, _FLOAT = range(9)
_U32 = struct.Struct(">I")
_U16 = struct.Struct(">H")
_I64 = struct.Struct(">q")
_F64 = struct.Struct(">d")


def _put_text(buf: bytearray, value: str) -> None:
    raw = value.encode("utf-8")
    buf += _U32.pack(len(raw))
    buf += raw


def _put_value(buf: bytearray, value: Any) -> None:
    if value is None:
        buf.append(_NONE)
    elif value is True:
        buf.append(_TRUE)
    elif value is False:
        buf.append(_FALSE)
    elif isinstance(value, int):
        buf.append(_INT)
        buf += _I64.pack(value)
    elif isinstance(value, str):
        buf.append(_STR)
        _put_text(buf, value)
    elif isinstance(value, bytes | bytearray | memoryview):
        raw = bytes(value)
        buf.append(_BYTES)
        buf += _U32.pack(len(raw))
        buf += raw
    elif isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        buf.append(_DATETIME)
        _put_text(buf, value.isoformat())
    elif isinstance(value, date):
        buf.append(_DATE)
        _put_text(buf, value.isoformat())
    elif isinstance(value, float):
        buf.append(_FLOAT)
        buf += _F64.pack(value)
    else:
        raise BackupError(f"cannot archive a value of type {type(value).__name__}")


class _Reader:
    """Decodes the records of one chunk's plaintext."""

    __slots__ = ("data", "pos")

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def done(self) -> bool:
        return self.pos >= len(self.data)

    def take(self, n: int) -> bytes:
        end = self.pos + n
        if end > len(self.data):
            raise BackupCorrupt("a record of the backup is cut short")
        chunk = self.data[self.pos : end]
        self.pos = end
        return chunk

    def byte(self) -> int:
        return self.take(1)[0]

    def u16(self) -> int:
        return int(_U16.unpack(self.take(2))[0])

    def u32(self) -> int:
        return int(_U32.unpack(self.take(4))[0])

    def text(self) -> str:
        return self.take(self.u32()).decode("utf-8")

    def value(self) -> Any:
        tag = self.byte()
        if tag == _NONE:
            return None
        if tag == _TRUE:
            return True
        if tag == _FALSE:
            return False
        if tag == _INT:
            return _I64.unpack(self.take(8))[0]
        if tag == _STR:
            return self.text()
        if tag == _BYTES:
            return self.take(self.u32())
        if tag == _DATETIME:
            return datetime.fromisoformat(self.text())
        if tag == _DATE:
            return date.fromisoformat(self.text())
        if tag == _FLOAT:
            return _F64.unpack(self.take(8))[0]
        raise BackupCorrupt(f"unknown value tag {tag} in the backup")


# ---------------------------------------------------------------------------
# Writing


class _ChunkWriter:
    def __init__(self, out: BinaryIO, archive_id: bytes, content_key: bytes) -> None:
        self.out = out
        self.archive_id = archive_id
        self.aead = AESGCM(content_key)
        self.index = 0
        self.buf = bytearray()
        self.digest = hashlib.sha256()

    def maybe_flush(self) -> None:
        if len(self.buf) >= CHUNK_TARGET:
            self._write(0)

    def finish(self) -> None:
        self.buf += b"Z"
        self._write(_LAST)

    def _write(self, flags: int) -> None:
        plain = bytes(self.buf)
        self.buf.clear()
        self.digest.update(plain)
        ct = self.aead.encrypt(
            _nonce(self.index),
            zlib.compress(plain, 6),
            _chunk_ad(self.archive_id, self.index, flags),
        )
        self.out.write(_CHUNK_HEAD.pack(flags, len(ct)))
        self.out.write(ct)
        self.index += 1


def _frame_header(header: dict[str, Any], mac_key: bytes) -> bytes:
    body = json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(body)) + body
    checksum = hashlib.sha256(prefix).digest()
    mac = hmac.new(mac_key, prefix, hashlib.sha256).digest()
    return prefix + checksum + mac


def _reflect(conn: Connection) -> list[Table]:
    metadata = MetaData()
    metadata.reflect(conn)
    return [t for t in metadata.sorted_tables if t.name != VERSION_TABLE]


def backup(
    ws: Workspace, out_path: str | os.PathLike[str], progress: ProgressFn | None = None
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
    content_key, mac_key = _subkeys(archive_key)
    db = ws.office.db
    try:
        with translate_db_errors(), db.engine.connect() as conn:
            if db.is_postgres:
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():  # one snapshot for every table
                revision = MigrationContext.configure(conn).get_current_revision()
                if revision is None:
                    raise BackupError("this database has no schema to back up")
                tables = _reflect(conn)
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
                            "blob": _b64(
                                crypto.seal(
                                    bytes(office.recovery_public),
                                    archive_key,
                                    purpose=_purpose(archive_id),
                                )
                            ),
                        },
                        {
                            "holder": f"u:{me.id}",
                            "user_id": me.id,
                            "username": me.username,
                            "kdf_salt": _b64(bytes(me.kdf_salt)),
                            "kdf_params": me.kdf_params,
                            "wrapped_secrets": _b64(bytes(me.wrapped_secrets)),
                            "blob": _b64(
                                crypto.seal(
                                    bytes(me.exchange_public),
                                    archive_key,
                                    purpose=_purpose(archive_id),
                                )
                            ),
                        },
                    ],
                }
                placeholder = _frame_header(header, mac_key)
                out.parent.mkdir(parents=True, exist_ok=True)
                with private_file(partial, atomic=False) as fh:
                    fh.write(placeholder)
                    writer = _ChunkWriter(fh, bytes.fromhex(archive_id), content_key)
                    done = 0
                    for table in tables:
                        done = _write_table(conn, table, writer, done, total, progress)
                    writer.finish()
                    header["content_sha256"] = writer.digest.hexdigest()
                    final = _frame_header(header, mac_key)
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
    writer: _ChunkWriter,
    done: int,
    total: int,
    progress: ProgressFn | None,
) -> int:
    columns = [c.name for c in table.columns]
    buf = writer.buf
    buf += b"T"
    name = table.name.encode()
    buf += _U16.pack(len(name)) + name + _U16.pack(len(columns))
    for column in columns:
        raw = column.encode()
        buf += _U16.pack(len(raw)) + raw
    order = list(table.primary_key.columns) or list(table.columns)
    result = conn.execution_options(yield_per=1000).execute(select(table).order_by(*order))
    count = 0
    for row in result:
        buf = writer.buf
        buf += b"R"
        for value in row:
            _put_value(buf, value)
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


@dataclass
class _Opened:
    info: BackupInfo
    header: dict[str, Any]
    framed: bytes  # magic … MAC: the authenticated header
    mac: bytes


def _read_framed_header(fh: IO[bytes]) -> _Opened:
    prefix = fh.read(_PREFIX.size)
    if len(prefix) < _PREFIX.size or prefix[:8] != MAGIC:
        raise BackupUnsupported("this file is not a WBS backup")
    _, version, length = _PREFIX.unpack(prefix)
    if version != FORMAT_VERSION:
        raise BackupUnsupported(
            f"this backup has format {version}; this version of the app reads {FORMAT_VERSION}"
        )
    if length > 16 * 1024 * 1024:
        raise BackupCorrupt("the backup's header is damaged")
    body = fh.read(length)
    checksum = fh.read(32)
    mac = fh.read(32)
    if len(body) != length or len(mac) != 32:
        raise BackupCorrupt("the backup is cut short (its header is incomplete)")
    if hashlib.sha256(prefix + body).digest() != checksum:
        raise BackupCorrupt("the backup's header is damaged")
    try:
        header = json.loads(body)
        info = BackupInfo(
            format=version,
            archive_id=str(header["archive_id"]),
            created_at=datetime.fromisoformat(header["created_at"]),
            created_by=str(header["created_by"]),
            office_id=str(header["office_id"]),
            office_name=str(header["office_name"]),
            recovery_fingerprint=str(header["recovery_fingerprint"]),
            schema_revision=str(header["schema_revision"]),
            source_backend=str(header["source_backend"]),
            row_counts={str(n): int(c) for n, c in header["tables"]},
            total_rows=int(header["total_rows"]),
            content_sha256=str(header["content_sha256"]),
            admins=tuple(
                str(g["username"]) for g in header["grants"] if g.get("holder") != "recovery"
            ),
        )
        bytes.fromhex(info.archive_id)
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupCorrupt("the backup's header is damaged") from exc
    return _Opened(info=info, header=header, framed=prefix + body, mac=mac)


def read_info(archive_path: str | os.PathLike[str]) -> BackupInfo:
    """What an archive says about itself (no key needed; not yet authenticated)."""
    with open(archive_path, "rb") as fh:
        return _read_framed_header(fh).info


def _open_archive_key(
    opened: _Opened,
    *,
    username: str | None,
    password: str | None,
    recovery_key: str | None,
) -> tuple[bytes, tuple[int, str, crypto.UserSecrets] | None]:
    """The archive key, and the admin who opened it (None with the recovery key)."""
    purpose = _purpose(opened.info.archive_id)
    grants = opened.header.get("grants") or []
    try:
        if recovery_key:
            try:
                private = crypto.parse_recovery_key(recovery_key)
            except crypto.BadFormat as exc:
                raise BackupWrongKey(str(exc)) from exc
            grant = next((g for g in grants if g.get("holder") == "recovery"), None)
            if grant is None:
                raise BackupWrongKey("this backup cannot be opened with the recovery key")
            try:
                return crypto.unseal(private, _unb64(grant["blob"]), purpose=purpose), None
            except crypto.CryptoError as exc:
                raise BackupWrongKey(
                    "this is not the recovery key of the office this backup belongs to"
                ) from exc
        if not username or password is None:
            raise BackupWrongKey("restoring needs an administrator's password or the recovery key")
        name = normalize_username(username)
        grant = next((g for g in grants if g.get("username") == name), None)
        if grant is None:
            who = ", ".join(opened.info.admins) or "nobody"
            raise BackupWrongKey(
                f"{name} cannot open this backup (it opens with the password of {who} "
                "or with the recovery key)"
            )
        params = crypto.KdfParams.from_json(grant["kdf_params"])
        if params.memory_kib > _MAX_KDF_MEMORY_KIB or params.iterations > _MAX_KDF_ITERATIONS:
            raise BackupCorrupt("the backup's header is damaged")
        wrapped = crypto.WrappedSecrets(
            _unb64(grant["kdf_salt"]), params, _unb64(grant["wrapped_secrets"])
        )
        user_id = int(grant["user_id"])
        try:
            secrets = crypto.UserSecrets.unwrap_with_password(
                password, wrapped, user_ref=str(user_id)
            )
        except crypto.WrongPassword as exc:
            raise BackupWrongKey(f"wrong password for {name}") from exc
        try:
            key = crypto.unseal(secrets.exchange, _unb64(grant["blob"]), purpose=purpose)
        except crypto.CryptoError as exc:
            raise BackupCorrupt("the backup's key for this administrator is damaged") from exc
        return key, (user_id, name, secrets)
    except (KeyError, TypeError, ValueError) as exc:
        raise BackupCorrupt("the backup's header is damaged") from exc
    except crypto.BadFormat as exc:
        raise BackupCorrupt("the backup's header is damaged") from exc


def _chunks(fh: IO[bytes], archive_id: bytes, content_key: bytes) -> Iterator[bytes]:
    """Decrypted, decompressed chunk plaintexts; raises BackupCorrupt on any damage."""
    aead = AESGCM(content_key)
    index = 0
    while True:
        head = fh.read(_CHUNK_HEAD.size)
        if len(head) < _CHUNK_HEAD.size:
            raise BackupCorrupt("the backup is cut short (truncated)")
        flags, length = _CHUNK_HEAD.unpack(head)
        if length > _MAX_CHUNK or flags & ~_LAST:
            raise BackupCorrupt(f"the backup is damaged (part {index + 1})")
        ct = fh.read(length)
        if len(ct) < length:
            raise BackupCorrupt("the backup is cut short (truncated)")
        try:
            compressed = aead.decrypt(_nonce(index), ct, _chunk_ad(archive_id, index, flags))
            plain = zlib.decompress(compressed)
        except Exception as exc:
            raise BackupCorrupt(
                f"the backup is damaged or was altered (part {index + 1} failed its check)"
            ) from exc
        yield plain
        index += 1
        if flags & _LAST:
            if fh.read(1):
                raise BackupCorrupt("the backup has unexpected data after its end")
            return


# ---------------------------------------------------------------------------
# Restoring


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
        opened = _read_framed_header(fh)
        info = opened.info
        archive_key, opener = _open_archive_key(
            opened, username=username, password=password, recovery_key=recovery_key
        )
        content_key, mac_key = _subkeys(archive_key)
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
        except BaseException:
            engine.dispose()
            if created_file is not None:
                for suffix in ("", "-wal", "-shm", "-journal"):
                    with suppress(OSError):
                        Path(str(created_file) + suffix).unlink()
            raise
        engine.dispose()
    if workstation is not None:
        _reset_workstation(workstation, info.office_id, int(head.seq), bytes(head.entry_hash))
    return RestoreResult(
        office_id=info.office_id,
        office_name=info.office_name,
        rows=rows,
        tables=len(info.row_counts),
        schema_revision=info.schema_revision,
        seconds=time.monotonic() - started,
    )


def _reset_workstation(
    state: audit.WorkstationState, office_id: str, seq: int, entry_hash: bytes
) -> None:
    """Make ``state`` remember exactly (seq, hash) for the office, even if lower."""
    reset = getattr(state, "reset", None)
    if callable(reset):  # pragma: no cover - once WorkstationState has it
        reset(office_id, seq, entry_hash)
        return
    with state._lock:
        try:
            data = json.loads(state.path.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            data = {}
        if isinstance(data, dict) and isinstance(data.get("audit_seen"), dict):
            data["audit_seen"].pop(office_id, None)
            write_private_text(state.path, json.dumps(data, indent=2))
    state.remember(office_id, seq, entry_hash)


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
    tables = {t.name: t for t in _reflect(conn)}
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

    for plain in _chunks(fh, bytes.fromhex(info.archive_id), content_key):
        if finished:
            raise BackupCorrupt("the backup has data after its end marker")
        digest.update(plain)
        reader = _Reader(plain)
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
        _reset_sequences(conn)
    if opener is not None:
        _record_restore(conn, info, opener)
    return done


def _reset_sequences(conn: Connection) -> None:
    for table in _reflect(conn):
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
