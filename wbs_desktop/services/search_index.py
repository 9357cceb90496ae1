"""Free-text search that does not rebuild itself at every login.

The search runs over one string per case (the case-folded register number,
accused, location and chronology, from ``accused_ct`` / ``content_ct``); sorting
by the accused over the name case-folded, kept beside it (:data:`Entry`).
Decrypting 100,000 cases costs seconds, so each user keeps these between
sessions in a *private index file* (README, "The search index"):

* **Where**: ``<data folder>/search/<office>-u<user id>.idx`` (0600 in a 0700
  folder, atomically, through :mod:`wbs_desktop.files`); never in the database,
  which is what the threat table's "copy of the database" attacker has.
* **Encrypted**: AES-256-GCM under a key derived (HKDF-SHA256) from the user's
  data key; the associated data binds it to the office id and the user id, so a
  file copied to another user or office is refused like a tampered one. Not
  compressed (the size would let a submitter probe other cases' text).
* **Columns, not JSON** (format 2, :mod:`~wbs_desktop.services.search_index_file`):
  one column per field inside the encryption. A file of format 1 is rebuilt.
* **Brought current** right after login in the background
  (``CaseService.preload_search``; a search started meanwhile waits for it) or
  at the first search of a session: one decrypt of the file, then the entries
  are checked against the session's case list column by column: a case changed
  since the stored audit head, of another version, gone, or (for decrypted
  text) no longer readable by the user at its current key version is dropped
  and — if the user may still read it — decrypted again, and only those are
  read. A file whose audit head the log does not hold (a restore) is not used.
* **Only what search needs**: the content key of each case, from the user's
  content grants only (never the identity key), never cached as the case's keys.
* **Dropped** from memory at logout and lock, written once more first when it
  changed; a file that fails its check is deleted, logged and rebuilt.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import threading
from array import array
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wbs_desktop.domain.roles import Action
from wbs_desktop.files import private_dir, private_file
from wbs_desktop.services import listing as case_listing
from wbs_desktop.services.errors import Cancelled
from wbs_desktop.services.search_index_file import (
    Entries,
    Entry,
    Outdated,
    read,
    write,
)
from wbs_desktop.storage import bulk, crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import AuditEntry, Case, CaseKeyGrant

if TYPE_CHECKING:
    from wbs_desktop.services.context import Actor, Context

log = logging.getLogger(__name__)

#: Cases decrypted in one block (one statement for the rows, one for the grants).
BLOCK = 1000
#: Entries decrypted since the last save: this many or more, save right after the search.
SAVE_AFTER = 500
NO_TEXT: Entry = (-1, "", "")
#: How often a search waiting for the load after login asks whether it was cancelled.
_WAIT_STEP = 0.05
_WRITING = threading.Lock()
_ID = attrgetter("id")
_FIRST, _SECOND = itemgetter(0), itemgetter(1)
_INVERT = bytes([1, 0]) + bytes(254)
_VERSION = attrgetter("version")
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
    #: Bumped by ``reset`` (logout, lock, a changed role): work begun before it
    #: (a load in the background) stores nothing of what it read.
    generation: int = 0
    #: Held while the texts are brought current: a search started during the
    #: load after login waits for it instead of doing the same work again.
    busy: threading.Lock = field(default_factory=threading.Lock)

    def reset(self) -> None:
        self.loaded = False
        self.unsaved = 0
        self.generation += 1


def index_path(ws: Context) -> Path:
    office = hashlib.sha256(ws.office.office_id.encode()).hexdigest()[:16]
    return ws.office.workstation.path.parent / "search" / f"{office}-u{ws.actor.id}.idx"


def save(ws: Context, generation: int | None = None) -> bool:
    """Write the session's texts to the index file (False: nothing to write, or
    — ``generation`` given — the session has ended since: its texts are gone)."""
    actor = ws.actor
    state = actor.listing.peek()
    if state is None or not actor.search_text:
        return False
    with actor.lock:
        if generation is not None and actor.search_index.generation != generation:
            return False
        entries = dict(actor.search_text)
    path = index_path(ws)
    with _WRITING:  # a search's save and the logout's share one temporary name
        private_dir(path.parent)
        with private_file(path) as out:  # atomic: a failed write leaves the old file
            write(out, ws, state.token, entries, list(map(_ID, state.order)))
    actor.search_index.unsaved = 0
    return True


def save_if_changed(ws: Context) -> None:
    """At logout and lock, before the texts are dropped from memory."""
    if ws.actor.search_index.unsaved:
        try:
            save(ws)
        except Exception:  # the next session rebuilds what is missing
            log.exception("saving the search index failed")


def pending(ws: Context) -> bool:
    """Whether a search left work for :func:`finish`."""
    book = ws.actor.search_index
    return bool(
        book.refusal_pending or ws.actor.unlocker.pending_rewraps or book.unsaved >= SAVE_AFTER
    )


def finish(ws: Context) -> None:
    """After a search's read: store the grants re-wrapped on first use and
    record a refused index file, in one write (none when there is neither);
    then, when many texts were decrypted since the index file was written,
    write it again (a crash loses no more than that; the logout writes the rest).
    The window does this behind the results (``CaseService.listing(finish=False)``):
    at 100,000 cases an officer's first search stored 18,000 grants and wrote
    the file in 1.2 s of its 4.8 s."""
    book = ws.actor.search_index
    generation = book.generation
    if book.refusal_pending or ws.actor.unlocker.pending_rewraps:
        with ws.write() as session:
            if book.refusal_pending:
                ws.record(
                    session, "search_index_refused", details={"reason": book.refusal_pending}
                )
                book.refusal_pending = ""
    if book.unsaved >= SAVE_AFTER:
        try:
            save(ws, generation)
        except OSError as exc:
            log.warning("the search index could not be written (%s)", exc.strerror)


def _readable(session: Session, actor: Actor) -> set[str]:
    """Cases the user holds a grant of. A person's grants are always of the
    case's current key version (re-keying deletes every person's grant of the
    case before sealing the new keys: ``keys.rekey_many``) and an identity key
    is never granted without the content key, so the grants alone say it —
    one Core statement over the (holder, case_id) index only, touching no row
    (on SQLite the case rows hold the ciphertexts), each case once (DISTINCT:
    its content and identity grants are side by side in the index; reading
    both was half the rows for nothing), fetched on the driver's cursor."""
    if not actor.can(Action.VIEW_CASE):
        return set()
    stmt = select(CaseKeyGrant.case_id).where(CaseKeyGrant.holder == actor.holder).distinct()
    return set(bulk.first_column(session.connection(), stmt))


def load(
    ws: Context,
    session: Session,
    state: case_listing.State,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Take the still valid entries of the index file into the session (once)."""
    actor = ws.actor
    book = actor.search_index
    if book.loaded:
        return
    generation = book.generation
    path = index_path(ws)
    try:
        with path.open("rb") as fh, quiet_gc(True):
            token, entries = read(ws, fh)  # neither the file nor its plaintext held whole
    except FileNotFoundError:
        book.loaded = True
        return
    except OSError as exc:
        log.warning("the search index could not be read (%s): rebuilt", exc.strerror)
        book.loaded = True
        return
    except Outdated as exc:
        log.info("%s: deleted and rebuilt", exc)
        path.unlink(missing_ok=True)
        book.loaded = True
        return
    except ValueError as exc:
        book.refused += 1
        log.warning("the search index failed its check (%s): deleted and rebuilt", exc)
        path.unlink(missing_ok=True)
        book.refusal_pending = str(exc)
        book.loaded = True
        return
    _check_cancelled(cancelled)
    changed = case_listing.changed_since(session, token, state.token)
    if changed is None and not _same_history(session, token):
        # Not the log the file was written against (a restore, another database
        # under the same office id): a case may have reached the same version
        # with other content. Nothing of the file is used.
        book.unsaved += len(entries)
        book.loaded = True
        return
    listed = list(map(_ID, state.order))
    aligned = entries.ids == listed  # the file in the list's order (no case came or went)
    if aligned:
        entries.ids = listed  # the list's id strings kept, the file's let go
    del listed
    readable = _readable(session, actor)
    _check_cancelled(cancelled)
    with quiet_gc(True):
        left_out = _left_out(entries, state, changed or set(), readable, aligned)
        rows = zip(entries.ids, zip(entries.versions, entries.texts, entries.keys, strict=True),
                   strict=True)
        if left_out:
            rows = ((i, e) for i, e in rows if i not in left_out)  # type: ignore[assignment]
        with actor.lock:
            if book.generation != generation:  # logged out or locked meanwhile
                raise Cancelled("the session ended while the search index was read")
            cache = actor.search_text
            taken = len(cache)
            if cache:
                for case_id, entry in rows:
                    cache.setdefault(case_id, entry)
            else:
                cache.update(rows)
            taken = len(cache) - taken
            book.loaded = True
    book.reused += taken
    # Entries left out (a case lost, changed or gone) leave the file at the next
    # save: at logout at the latest, not at some later change.
    book.unsaved += len(entries) - taken


def _left_out(
    entries: Entries,
    state: case_listing.State,
    changed: set[str],
    readable: set[str],
    aligned: bool,
) -> set[str]:
    """The ids of the entries not to use, found with whole-column operations: a
    case gone or at another version (the file is written in the list's order,
    so when nothing was added or removed — ``aligned``, the entries' ids those
    of ``state.order`` one for one — this is one comparison of two arrays),
    changed since the file's audit head, or whose text was decrypted and is no
    longer readable by the user (or the reverse: readable now)."""
    ids, versions = entries.ids, entries.versions
    order = state.order
    if aligned:
        now = array("q", map(_VERSION, order))
    else:
        meta = state.meta
        now = array("q", [-1 if m is None else m.version for m in map(meta.get, ids)])
    bad: set[str] = set()
    if now != versions:
        bad.update(i for i, a, b in zip(ids, versions, now, strict=True) if a != b)
    if changed:
        bad |= changed
    flags = entries.readable
    if flags.count(1) == len(flags):
        decrypted, not_decrypted = ids, []
    else:
        decrypted = list(compress(ids, flags))
        not_decrypted = list(compress(ids, flags.translate(_INVERT)))
    if not readable.issuperset(decrypted):
        bad.update(i for i in decrypted if i not in readable)
    if not readable.isdisjoint(not_decrypted):
        bad.update(i for i in not_decrypted if i in readable)
    return bad


def _check_cancelled(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled("search cancelled by the user")


def _same_history(session: Session, token: tuple[int, bytes]) -> bool:
    """Whether the audit log still holds the entry the file was written at (more
    entries since than ``changed_since`` reads: the versions tell what changed)."""
    seq, entry_hash = token
    found = session.scalar(select(AuditEntry.entry_hash).where(AuditEntry.seq == seq))
    return found is not None and bytes(found) == entry_hash


@contextmanager
def quiet_gc(big: bool) -> Any:
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
) -> dict[str, Entry]:
    """The search texts, current for these cases (:data:`Entry` per case) —
    decrypted fields for cases the user may read, the register number for the
    others. Reads the index file first (once per session); decrypts only the
    cases missing or changed. One caller at a time: a search started while the
    load after login runs waits for it (asking ``cancelled`` as it waits), then
    finds its work done. ``cancelled`` is asked between blocks too: True stops
    with :class:`Cancelled` (what was decrypted so far is kept). Work begun
    before a logout or lock stores nothing (:class:`Cancelled`)."""
    actor = ws.actor
    book = actor.search_index
    while not book.busy.acquire(timeout=_WAIT_STEP):
        _check_cancelled(cancelled)
    try:
        generation = book.generation
        load(ws, session, actor.listing.current(session), cancelled)
        cache = actor.search_text
        stale = _stale(cache, cases)
        can_read = actor.can(Action.VIEW_CASE)
        # list(): one step under the GIL (the GUI thread may open a case meanwhile)
        held = {case_id for case_id, _version in list(actor.case_keys)} if can_read else set()
        readable, others, grants = _split(session, actor, stale, held, can_read)
        # First the cases searched by their number only, then the others by blocks.
        steps = [others] if others else []
        steps += [readable[at : at + BLOCK] for at in range(0, len(readable), BLOCK)]
        with quiet_gc(len(stale) > BLOCK):
            for step in steps:
                _check_cancelled(cancelled)
                found = {} if step is others else _decrypt_block(session, actor, step, held, grants)
                found.update(_unreadable(session, [i for i in step if i not in found], cancelled))
                with actor.lock:
                    if book.generation != generation:
                        raise Cancelled("the session ended while search texts were decrypted")
                    cache.update(found)
                    book.unsaved += len(found)
    finally:
        book.busy.release()
    return cache


def _stale(cache: dict[str, Entry], cases: Sequence[case_listing.CaseMeta]) -> list[str]:
    """The ids of the cases whose text is missing or of another version: one
    comparison of two lists built without a Python loop when there is none."""
    held = list(map(cache.get, map(_ID, cases), repeat(NO_TEXT)))
    if list(map(_FIRST, held)) == list(map(_VERSION, cases)):
        return []
    return [m.id for m, e in zip(cases, held, strict=True) if e[0] != m.version]


def texts_in_order(cache: dict[str, Entry], cases: Sequence[case_listing.CaseMeta]) -> list[str]:
    """Each case's search text (\"\" when there is none), in the order of ``cases``."""
    return list(map(_SECOND, map(cache.get, map(_ID, cases), repeat(NO_TEXT))))


def _decrypt_block(
    session: Session,
    actor: Actor,
    chunk: list[str],
    held: set[str],
    read: dict[str, list[keystore.GrantRow]] | None = None,
) -> dict[str, Entry]:
    """The entries of the cases of ``chunk`` the user holds a key to (a grant of
    his own, or keys of some version already open: ``held``); the others are
    left out, and their ciphertexts are not read (an officer holds a fifth of
    the register). ``read``: the user's content grants already read (by case),
    else they are read here for the block."""
    if read is None:
        grants = keystore.load_case_grants(session, actor.holder, chunk, content_only=True)
    else:
        grants = {i: read[i] for i in chunk if i in read}
    mine = {i for i, rows in grants.items() if any(g.holder == actor.holder for g in rows)}
    readable = [i for i in chunk if i in held or i in mine]
    if not readable:
        return {}
    conn = session.connection()  # Core rows, as the grants
    rows = conn.execute(
        select(
            Case.id,
            Case.version,
            Case.key_version,
            Case.register_number,
            Case.accused_ct,
            Case.content_ct,
        ).where(bulk.among(conn.dialect.name, Case.id, readable))
    ).all()
    found: dict[str, Entry] = {}
    listed = {i: i for i in readable}  # the list's id strings kept, not the driver's
    for r in rows:
        entry = _text(actor, r, grants)
        found[listed.get(r.id, r.id)] = (
            _by_number(r.version, r.register_number) if entry is None else (r.version, *entry)
        )
    return found


def _by_number(version: int, number: str) -> Entry:
    """The entry of a case searched by its register number only."""
    return (version, "\x00" + number.casefold(), "")


def _split(
    session: Session, actor: Actor, stale: list[str], held: set[str], can_read: bool
) -> tuple[list[str], list[str], dict[str, list[keystore.GrantRow]] | None]:
    """The stale cases the user may hold a key to, the others, and the user's
    content grants by case when read here. Many stale cases (a first search):
    the ids of his own content grants read in one statement, so that the
    grants of the others are not looked up case by case; and when he may read
    at most half of them (an officer), the grants themselves in one pass
    (``keys.load_content_grants``). Someone who reads most of the register has
    his grants read block by block (:func:`_decrypt_block`), so that they are
    never all held at once. A few stale cases: all of them."""
    if not can_read:
        return [], stale, None
    if len(stale) <= BLOCK:
        return stale, [], None
    if session.autoflush:  # as session.execute would: grants added in this transaction
        session.flush()
    conn = session.connection()  # the driver's rows: through the ORM, twice the read
    mine = set(
        conn.scalars(
            select(CaseKeyGrant.case_id).where(
                CaseKeyGrant.holder == actor.holder, CaseKeyGrant.key_kind == keystore.CONTENT
            )
        )
    )
    mine |= held
    readable = [i for i in stale if i in mine]
    others = [i for i in stale if i not in mine] if len(readable) < len(stale) else []
    if len(readable) > len(stale) // 2:
        return readable, others, None
    return readable, others, keystore.load_content_grants(session, actor.holder, mine)


def _unreadable(
    session: Session, ids: list[str], cancelled: Callable[[], bool] | None = None
) -> dict[str, Entry]:
    """The entries of cases searched by their register number only: by blocks,
    or — many of them — in one pass over the register, read in pieces so that
    ``cancelled`` is asked between them."""
    if not ids:
        return {}
    columns = select(Case.id, Case.version, Case.register_number)
    found: dict[str, Entry] = {}
    conn = session.connection()  # Core rows: the ORM's handling was most of this pass
    wanted = {i: i for i in ids}  # the list's id strings kept, not the driver's
    if len(ids) > 4 * BLOCK:
        result = conn.execute(columns.execution_options(yield_per=20 * BLOCK))
        try:
            for part in result.partitions():
                _check_cancelled(cancelled)
                found.update(
                    (wanted[case_id], _by_number(version, number))
                    for case_id, version, number in part
                    if case_id in wanted
                )
        finally:
            result.close()  # the server's cursor, when cancelled half-way
        return found
    dialect = conn.dialect.name
    for at in range(0, len(ids), BLOCK):
        block = columns.where(bulk.among(dialect, Case.id, ids[at : at + BLOCK]))
        found.update(
            (wanted[i], _by_number(v, number)) for i, v, number in conn.execute(block)
        )
    return found


def _text(
    actor: Actor, r: Any, grants: dict[str, list[keystore.GrantRow]]
) -> tuple[str, str] | None:
    """The case's search text and the accused's sort key, or None (no key to
    it, or damaged)."""
    keys = actor.case_keys.get((r.id, r.key_version))
    try:
        if keys is None:
            keys = keystore.open_case_keys(actor.unlocker, grants.get(r.id, []), r.key_version)
            if keys is None:
                return None
        # decoded first: json.loads would guess the encoding of bytes each time
        accused = json.loads(_ACCUSED(keys.content_for(r.accused_ct), r.accused_ct, r.id).decode())
        content = json.loads(_CONTENT(keys.content_for(r.content_ct), r.content_ct, r.id).decode())
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
    name = str(accused["name"])
    return name + "\x00" + blob, name.casefold()
