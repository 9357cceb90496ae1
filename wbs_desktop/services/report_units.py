"""The accused's unit per case, kept between sessions for the figures by unit.

The unit is encrypted with the case, so counting a year of 100,000 cases by
unit meant opening ~76,000 content keys and decrypting as many fields at every
login (4.6 s for ``wbs-admin report``). Each user keeps what was decrypted in
a *private units file* beside the search index (README, "Reports: what is
plain and what is not"), with the search index's protection:

* **Where**: ``<data folder>/search/<office>-u<user id>.units`` (0600 in a 0700
  folder, atomically); never in the database.
* **Encrypted**: AES-256-GCM under a key derived (HKDF-SHA256, its own label)
  from the user's data key; the associated data names the office id and the
  user id (a file copied to another account or office is refused). Not
  compressed.
* **Columns**: ``WBSUNT``, a format byte, newline, nonce, ciphertext; inside:
  format, audit head, count, case versions (64-bit), case ids, units (as typed).
* **Trusted only where it is current**: a file whose audit head the log does
  not hold (a restore) is not used; an entry of a case changed since that head,
  of a case the user holds no key to now, or (checked at each count) of another
  case version than the case's, is not used — such cases are decrypted again.
* **A file that fails its check** is deleted, logged and recorded in the audit
  log (``search_index_refused``, ``file: units``); the figures decrypt instead.

Nothing else is in it: no reporter, no name, no text of the case.
"""

from __future__ import annotations

import logging
import os
import struct
import threading
from array import array
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select

from wbs_desktop.files import private_dir, write_private_bytes
from wbs_desktop.services import listing as case_listing
from wbs_desktop.services.search_index import _same_history, index_path
from wbs_desktop.services.search_index_file import (
    associated_data,
    file_key,
    int_column,
    little_endian,
    pack_strings,
    unpack_strings,
)
from wbs_desktop.storage import bulk
from wbs_desktop.storage.models import AuditHead, CaseKeyGrant

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context

log = logging.getLogger(__name__)

FORMAT = 1
PREFIX = b"WBSUNT"
MAGIC = PREFIX + bytes([FORMAT]) + b"\n"
_INFO = b"wbs/report-units/v1"
_NONCE = 12
#: The plaintext's head: format, audit seq, length of the audit hash, entries.
_HEAD = struct.Struct("<BqII")
_WRITING = threading.Lock()

#: case id → (case version, the accused's unit as typed).
Units = Mapping[str, tuple[int, str]]


def units_path(ws: Context) -> Path:
    return index_path(ws).with_suffix(".units")


def encode(ws: Context, token: tuple[int, bytes], units: Units) -> bytearray:
    ids = list(units)
    head = token[1]
    plain = bytearray(_HEAD.pack(FORMAT, token[0], len(head), len(ids)))
    plain += head + little_endian(array("q", [units[i][0] for i in ids]))
    pack_strings(plain, ids)
    pack_strings(plain, [units[i][1] for i in ids])
    nonce = os.urandom(_NONCE)
    sealed = AESGCM(file_key(ws.actor, _INFO)).encrypt(nonce, bytes(plain),
                                                        associated_data(ws, _INFO))
    return bytearray(MAGIC + nonce + sealed)


def decode(ws: Context, blob: bytes) -> tuple[tuple[int, bytes], dict[str, tuple[int, str]]]:
    """The file's audit head and entries; ``ValueError`` when it fails its check."""
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + _NONCE + 16:
        raise ValueError("not a units file of a known format")
    nonce, body = blob[len(MAGIC) : len(MAGIC) + _NONCE], blob[len(MAGIC) + _NONCE :]
    try:
        plain = AESGCM(file_key(ws.actor, _INFO)).decrypt(nonce, body, associated_data(ws, _INFO))
    except InvalidTag as exc:
        raise ValueError("the units file did not authenticate") from exc
    try:
        view = memoryview(plain)
        form, seq, head_size, n = _HEAD.unpack_from(view, 0)
        pos = _HEAD.size
        head = bytes(view[pos : pos + head_size])
        pos += head_size
        versions = int_column(view[pos : pos + 8 * n])
        pos += 8 * n
        ids, pos = unpack_strings(view, pos, n)
        units, pos = unpack_strings(view, pos, n)
    except (struct.error, IndexError) as exc:
        raise ValueError("the units file is malformed") from exc
    if form != FORMAT or len(head) != head_size or len(versions) != n or pos != len(view):
        raise ValueError("the units file is malformed")
    return (seq, head), dict(zip(ids, zip(versions, units, strict=True), strict=True))


def audit_head(session: Any) -> tuple[int, bytes]:
    row = session.execute(
        select(AuditHead.seq, AuditHead.entry_hash).where(AuditHead.id == 1)).one()
    return int(row[0] or 0), bytes(row[1] or b"")


def _held(session: Any, holder: str) -> set[str]:
    """The cases the user holds a key to: one index-only scan of the grants (a
    person's grants are always of the case's current key version and an identity
    key is never granted without the content key: ``search_index._readable``)."""
    stmt = select(CaseKeyGrant.case_id).where(CaseKeyGrant.holder == holder).distinct()
    return set(bulk.first_column(session.connection(), stmt))


def load(ws: Context, session: Any) -> tuple[str, bool]:
    """Once per session (before the first count by unit): the file's still valid
    entries into ``Actor.report_units``. Returns why a file was refused ("" when
    none was: the caller records it once its read is over) and whether the file
    holds entries not taken (to be written again without them)."""
    actor = ws.actor
    if actor.report_units_loaded:
        return "", False
    actor.report_units_loaded = True
    path = units_path(ws)
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        return "", False
    except OSError as exc:
        log.warning("the units file could not be read (%s): counted anew", exc.strerror)
        return "", False
    try:
        token, entries = decode(ws, blob)
    except ValueError as exc:
        log.warning("the units file failed its check (%s): deleted, counted anew", exc)
        path.unlink(missing_ok=True)
        return str(exc), False
    if not _same_history(session, token):
        return "", True  # a restore, another database: nothing of it is used
    changed = case_listing.changed_since(session, token, audit_head(session))
    if changed is None:
        return "", True  # cannot tell which cases changed since: nothing of it is used
    held = _held(session, actor.holder)
    taken = [(i, e) for i, e in entries.items() if i in held and i not in changed]
    with actor.lock:
        cache = actor.report_units
        if cache:  # what this session decrypted is as new as the file or newer
            taken = [(i, e) for i, e in taken if i not in cache]
        cache.update(taken)
    return "", len(taken) != len(entries)


def save(ws: Context, token: tuple[int, bytes]) -> None:
    """Write the session's units (as of the audit head ``token``) to the file."""
    with ws.actor.lock:
        units = dict(ws.actor.report_units)
    blob = encode(ws, token, units)
    path = units_path(ws)
    with _WRITING:
        private_dir(path.parent)
        write_private_bytes(path, blob)
