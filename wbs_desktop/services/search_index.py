"""Free-text search that does not rebuild itself at every login.

The free-text search runs over one string per case: the accused's name and the
case-folded searchable fields (register number, accused, location, chronology),
decrypted from the case's ``accused_ct`` / ``content_ct``. Decrypting 100,000
cases costs seconds, so each user keeps these strings between sessions in a
*private index file*:

* **Where**: ``<data folder>/search/<office>-u<user id>.idx`` beside the
  workstation state, written through :mod:`wbs_desktop.files` (0600 in a 0700
  folder, atomically). Never in the database: the shared database is what the
  threat table's "copy of the database" attacker has; the file stays on the
  workstation of the user who decrypted the cases anyway.
* **Encrypted**: AES-256-GCM under a key derived (HKDF-SHA256) from the user's
  data key, which only the user's password unwraps; the associated data binds
  it to the office id and the user id, so a file copied to another user or
  another office is refused like a tampered one. Not compressed (compression
  would let a submitter who can watch the file's size probe other cases' text).
* **Brought current** at the first search of a session: one decrypt of the file,
  then every entry is checked against the session's case list (services.listing):
  a case changed since the stored audit head, of another version, gone, or (for
  decrypted text) no longer readable by the user at its current key version is
  dropped and — if the user may still read it — decrypted again. Only those
  cases are read from the database. A file whose audit head the log does not
  hold (a restore) is not used at all.
* **Only what search needs**: the content key of each case, from the user's
  content grants only (never the identity key), and never cached as the case's
  keys (the detail view opens both keys as before).
* **Dropped** from memory at logout and lock (the session's ``_forget``), written
  once more first when it changed; a file that fails its check is deleted,
  logged and rebuilt, never trusted.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
import threading
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from wbs_desktop.domain.roles import Action
from wbs_desktop.files import private_dir, write_private_bytes
from wbs_desktop.services import listing as case_listing
from wbs_desktop.services.errors import Cancelled
from wbs_desktop.storage import bulk, crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import AuditEntry, Case, CaseKeyGrant

if TYPE_CHECKING:
    from wbs_desktop.services.context import Actor, Context

log = logging.getLogger(__name__)

MAGIC = b"WBSIDX1\n"
_NONCE = 12
_INFO = b"wbs/search-index/v1"
#: Cases decrypted in one block (one statement for the rows, one for the grants).
BLOCK = 1000
#: Entries decrypted since the last save: this many or more, save right after the search.
SAVE_AFTER = 500
NO_TEXT = (-1, "")
_WRITING = threading.Lock()
_ACCUSED = crypto.ColumnDecryptor("cases", "accused_ct")
_CONTENT = crypto.ColumnDecryptor("cases", "content_ct")


@dataclass(slots=True)
class IndexState:
    """One session's bookkeeping of the index file (the texts are ``Actor.search_text``)."""

    loaded: bool = False
    #: Entries decrypted since the file was last written.
    unsaved: int = 0
    #: For tests and benchmarks: entries taken from the file, files refused.
    reused: int = 0
    refused: int = 0
    #: A refused file not yet in the audit log (recorded after the search's read).
    refusal_pending: str = ""

    def reset(self) -> None:
        self.loaded = False
        self.unsaved = 0


def index_path(ws: Context) -> Path:
    office = hashlib.sha256(ws.office.office_id.encode()).hexdigest()[:16]
    return ws.office.workstation.path.parent / "search" / f"{office}-u{ws.actor.id}.idx"


def _key(actor: Actor) -> bytes:
    data_key = actor.secrets.data_key
    return HKDF(hashes.SHA256(), 32, salt=None, info=_INFO).derive(data_key)


def _ad(ws: Context) -> bytes:
    return b"\x00".join((_INFO, ws.office.office_id.encode(), str(ws.actor.id).encode()))


def encode(ws: Context, token: tuple[int, bytes], entries: dict[str, tuple[int, str]]) -> bytes:
    ids = list(entries)
    versions = [entries[i][0] for i in ids]
    texts = [entries[i][1] for i in ids]
    plain = json.dumps(
        {"seq": token[0], "head": token[1].hex(), "ids": ids, "versions": versions, "texts": texts},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    nonce = os.urandom(_NONCE)
    return MAGIC + nonce + AESGCM(_key(ws.actor)).encrypt(nonce, plain, _ad(ws))


def decode(ws: Context, blob: bytes) -> tuple[tuple[int, bytes], list[tuple[str, int, str]]]:
    """The stored head and entries; ``ValueError`` when the file fails its check."""
    if not blob.startswith(MAGIC) or len(blob) < len(MAGIC) + _NONCE + 16:
        raise ValueError("not a search index file")
    nonce = blob[len(MAGIC) : len(MAGIC) + _NONCE]
    try:
        plain = AESGCM(_key(ws.actor)).decrypt(nonce, blob[len(MAGIC) + _NONCE :], _ad(ws))
    except InvalidTag as exc:
        raise ValueError("the search index did not authenticate") from exc
    data = json.loads(plain)
    token = (int(data["seq"]), bytes.fromhex(data["head"]))
    return token, list(zip(data["ids"], data["versions"], data["texts"], strict=True))


def save(ws: Context) -> bool:
    """Write the session's texts to the index file (False: nothing to write)."""
    actor = ws.actor
    state = actor.listing.peek()
    if state is None or not actor.search_text:
        return False
    with actor.lock:
        entries = dict(actor.search_text)
    path = index_path(ws)
    blob = encode(ws, state.token, entries)
    with _WRITING:  # a search's save and the logout's share one temporary name
        private_dir(path.parent)
        write_private_bytes(path, blob)
    actor.search_index.unsaved = 0
    return True


def save_if_changed(ws: Context) -> None:
    """At logout and lock, before the texts are dropped from memory."""
    if ws.actor.search_index.unsaved:
        try:
            save(ws)
        except Exception:  # the next session rebuilds what is missing
            log.exception("saving the search index failed")


def finish(ws: Context) -> None:
    """After a search's read: store the grants re-wrapped on first use and
    record a refused index file, in one write (none when there is neither)."""
    book = ws.actor.search_index
    if not book.refusal_pending and not ws.actor.unlocker.pending_rewraps:
        return
    with ws.write() as session:
        if book.refusal_pending:
            ws.record(session, "search_index_refused", details={"reason": book.refusal_pending})
            book.refusal_pending = ""


def _readable(session: Session, actor: Actor) -> set[str]:
    """Cases the user holds a grant of. A person's grants are always of the
    case's current key version (re-keying deletes every person's grant of the
    case before sealing the new keys: ``keys.rekey_many``) and an identity key
    is never granted without the content key, so the grants alone say it —
    read from the (holder, case_id) index only, touching no row (on SQLite the
    case rows hold the ciphertexts: reading 100,000 of them was most of the
    time here)."""
    if not actor.can(Action.VIEW_CASE):
        return set()
    stmt = select(CaseKeyGrant.case_id).where(CaseKeyGrant.holder == actor.holder)
    return set(session.connection().execute(stmt).scalars())  # Core: no ORM row handling


def load(ws: Context, session: Session, state: case_listing.State) -> None:
    """Take the still valid entries of the index file into the session (once)."""
    actor = ws.actor
    book = actor.search_index
    if book.loaded:
        return
    book.loaded = True
    path = index_path(ws)
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        return
    except OSError as exc:
        log.warning("the search index could not be read (%s): rebuilt", exc.strerror)
        return
    try:
        with _quiet_gc(True):
            token, entries = decode(ws, blob)
    except (ValueError, KeyError, TypeError) as exc:
        book.refused += 1
        log.warning("the search index failed its check (%s): deleted and rebuilt", exc)
        path.unlink(missing_ok=True)
        book.refusal_pending = str(exc)
        return
    changed = case_listing.changed_since(session, token, state.token)
    if changed is None and not _same_history(session, token):
        # Not the log the file was written against (a restore, another database
        # under the same office id): a case may have reached the same version
        # with other content. Nothing of the file is used.
        book.unsaved += len(entries)
        return
    readable = _readable(session, actor)
    meta = state.meta
    taken = 0
    with actor.lock, _quiet_gc(True):
        cache = actor.search_text
        for case_id, version, text in entries:
            m = meta.get(case_id)
            if m is None or m.version != version or (changed and case_id in changed):
                continue
            if _decrypted(text) != (case_id in readable):
                continue  # decrypted text it may no longer read, or readable now
            cache.setdefault(case_id, (version, text))
            taken += 1
    book.reused += taken
    # Entries left out (a case lost, changed or gone) leave the file at the next
    # save: at logout at the latest, not at some later change.
    book.unsaved += len(entries) - taken


def _same_history(session: Session, token: tuple[int, bytes]) -> bool:
    """Whether the audit log still holds the entry the file was written at (more
    entries since than ``changed_since`` reads: the versions tell what changed)."""
    seq, entry_hash = token
    found = session.scalar(select(AuditEntry.entry_hash).where(AuditEntry.seq == seq))
    return found is not None and bytes(found) == entry_hash


def _decrypted(text: str) -> bool:
    """A decrypted entry joins seven fields with newlines; a register number
    alone (a case the user may not read) has none."""
    return "\n" in text


@contextmanager
def _quiet_gc(big: bool) -> Any:
    """No collection while a big block of strings is built (they hold no cycles):
    Python's collector was ~29 % of a cold build at 100,000 cases."""
    if not big or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def bring_current(
    ws: Context,
    session: Session,
    cases: Sequence[case_listing.CaseMeta],
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, tuple[int, str]]:
    """The search texts, current for these cases: (version, "accused name\\x00
    casefolded searchable text") per case — decrypted fields for cases the user
    may read, the register number for the others. Reads the index file first
    (once per session); decrypts only the cases missing or changed. ``cancelled``
    is asked between blocks: True stops with :class:`Cancelled` (what was
    decrypted so far is kept)."""
    actor = ws.actor
    load(ws, session, actor.listing.current(session))
    cache = actor.search_text
    stale = [m.id for m in cases if cache.get(m.id, NO_TEXT)[0] != m.version]
    can_read = actor.can(Action.VIEW_CASE)
    with _quiet_gc(len(stale) > BLOCK):
        for start in range(0, len(stale), BLOCK):
            if cancelled is not None and cancelled():
                raise Cancelled("search cancelled by the user")
            _decrypt_block(session, actor, stale[start : start + BLOCK], can_read)
    if stale:
        actor.search_index.unsaved += len(stale)
        if actor.search_index.unsaved >= SAVE_AFTER:
            try:
                save(ws)
            except OSError as exc:
                log.warning("the search index could not be written (%s)", exc.strerror)
    return cache


def _decrypt_block(session: Session, actor: Actor, chunk: list[str], can_read: bool) -> None:
    rows = session.execute(
        select(
            Case.id,
            Case.version,
            Case.key_version,
            Case.register_number,
            Case.accused_ct,
            Case.content_ct,
        ).where(bulk.among(session.get_bind().dialect.name, Case.id, chunk))
    ).all()
    grants: dict[str, list[keystore.GrantRow]] = {}
    if can_read:
        missing = [r.id for r in rows if (r.id, r.key_version) not in actor.case_keys]
        grants = keystore.load_case_grants(session, actor.holder, missing, content_only=True)
    found: dict[str, tuple[int, str]] = {}
    for r in rows:
        text = _text(actor, r, grants) if can_read else None
        found[r.id] = (r.version, "\x00" + r.register_number.casefold() if text is None else text)
    with actor.lock:
        actor.search_text.update(found)


def _text(actor: Actor, r: Any, grants: dict[str, list[keystore.GrantRow]]) -> str | None:
    """The case's search text, or None (no key to it, or damaged)."""
    keys = actor.case_keys.get((r.id, r.key_version))
    try:
        if keys is None:
            keys = keystore.open_case_keys(actor.unlocker, grants.get(r.id, []), r.key_version)
            if keys is None:
                return None
        accused = json.loads(_ACCUSED(keys.content_for(r.accused_ct), r.accused_ct, r.id))
        content = json.loads(_CONTENT(keys.content_for(r.content_ct), r.content_ct, r.id))
    except (crypto.CryptoError, ValueError):
        # searched by its register number only; listed as damaged
        log.warning("case %s: stored data failed its check (search text)", r.register_number)
        return None
    blob = "\n".join(
        [
            r.register_number,
            accused["name"],
            accused.get("nip", ""),
            accused.get("position", ""),
            accused.get("unit", ""),
            content["location"],
            content["chronology"],
        ]
    ).casefold()
    return str(accused["name"]) + "\x00" + blob
