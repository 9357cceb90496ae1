"""The backup archive's format: framing, keys, chunks, the header read back
(``services.backup`` writes and restores archives with it; the layout is in
its docstring)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Connection, MetaData, Table

from wbs_desktop.services.errors import Cancelled, ServiceError
from wbs_desktop.services.users import normalize_username
from wbs_desktop.storage import crypto

if TYPE_CHECKING:
    pass



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


def subkeys(archive_key: bytes) -> tuple[bytes, bytes]:
    def derive(info: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(archive_key)

    return derive(b"wbs/backup/v1/content"), derive(b"wbs/backup/v1/header-mac")


def archive_purpose(archive_id: str) -> str:
    return f"backup:{archive_id}"


def b64(data: bytes) -> str:
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
U16 = struct.Struct(">H")
_I64 = struct.Struct(">q")
_F64 = struct.Struct(">d")


def _put_text(buf: bytearray, value: str) -> None:
    raw = value.encode("utf-8")
    buf += _U32.pack(len(raw))
    buf += raw


def put_value(buf: bytearray, value: Any) -> None:
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


class RecordReader:
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
        return int(U16.unpack(self.take(2))[0])

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


class ChunkWriter:
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


def frame_header(header: dict[str, Any], mac_key: bytes) -> bytes:
    body = json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(body)) + body
    checksum = hashlib.sha256(prefix).digest()
    mac = hmac.new(mac_key, prefix, hashlib.sha256).digest()
    return prefix + checksum + mac


def reflect_tables(conn: Connection) -> list[Table]:
    metadata = MetaData()
    metadata.reflect(conn)
    return [t for t in metadata.sorted_tables if t.name != VERSION_TABLE]


@dataclass
class _Opened:
    info: BackupInfo
    header: dict[str, Any]
    framed: bytes  # magic … MAC: the authenticated header
    mac: bytes


def read_framed_header(fh: IO[bytes]) -> _Opened:
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
        return read_framed_header(fh).info


def open_archive_key(
    opened: _Opened,
    *,
    username: str | None,
    password: str | None,
    recovery_key: str | None,
) -> tuple[bytes, tuple[int, str, crypto.UserSecrets] | None]:
    """The archive key, and the admin who opened it (None with the recovery key)."""
    purpose = archive_purpose(opened.info.archive_id)
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


def read_chunks(fh: IO[bytes], archive_id: bytes, content_key: bytes) -> Iterator[bytes]:
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
