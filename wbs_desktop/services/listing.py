"""The case list's metadata, held in memory for one session and kept current.

Filtering, counting and ordering the case list runs on every click of the filter
panel and on every live refresh. Asking the database each time means returning
up to every case's id (100,000 at the sizes the office plans for) and counting
again, so the time grows with the register. Instead each session keeps the
columns the list filters and orders by — never an encrypted one — and asks the
database only what changed:

* The token is the audit head (``seq``, ``entry_hash``). Every write that
  changes a case appends an audit entry in the same transaction (the live
  refresh relies on the same rule), so an unchanged head means an unchanged list.
* When the head moved, the audit entries since the token name the cases that
  changed; only those are read again. An entry that names no case (a user
  renamed or deactivated, demo data, a restore…) reloads everything, unless its
  action is one known not to touch any case (:data:`NO_CASE_CHANGE`). A chain
  that does not continue from the token (a restore, a rewrite) reloads too.

The state is replaced, never changed in place, so a reader on another thread
always sees one whole version of it.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from itertools import groupby
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import String, asc, desc, func, select, type_coerce
from sqlalchemy.orm import Session

from wbs_desktop.domain.roles import Action
from wbs_desktop.domain.stages import Stage
from wbs_desktop.services.dto import CaseList
from wbs_desktop.storage.models import AuditEntry, AuditHead, Case, CaseAssignment, User

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context

#: Audit actions recorded without a case that change no case's listed columns.
NO_CASE_CHANGE = frozenset({
    "login",
    "logout",
    "tracking_lookup",
    "backup_created",
    "password_changed",
    "setting_changed",
    "user_unlocked",
    "user_added",
    "search_index_refused",
    "register_exported",
    "recap_exported",
})
#: More changed cases than this since the token: read everything again instead.
MAX_INCREMENTAL = 2000


class CaseMeta(NamedTuple):
    """The listed, unencrypted columns of one case: the row as the driver gives
    it, typed by ``tuple.__new__`` (100,000 are made at each full read)."""

    id: str
    #: The dates as the database holds them (SQLite: ISO text; PostgreSQL: naive
    #: UTC datetime, date): they order and compare like the values, and turning
    #: 100,000 of them into aware datetimes would cost more than the rest of the
    #: row. Compare them with :meth:`State.stored_time` / :meth:`State.stored_date`.
    received_at: Any
    register_seq: int
    register_year: int
    stage: str
    version: int
    complaint_type: str
    channel: str
    due_date: Any  # None when the case has no deadline

    @property
    def order_key(self) -> tuple[Any, int]:
        return (self.received_at, self.register_seq)


def _fetched(cursor: Any, size: int = 10_000) -> Iterator[Any]:
    """A driver cursor's rows, fetched ``size`` at a time."""
    while rows := cursor.fetchmany(size):
        yield from rows


def _shared(rows: Iterable[Any]) -> list[CaseMeta]:
    """The driver's rows as CaseMeta, the columns with few distinct values (the
    year, stage, type, channel and deadline) shared: one object per value, not
    one per row. At 100,000 cases the list holds ~27 MB less for the session."""
    year: dict[Any, Any] = {}
    stage: dict[Any, Any] = {}
    kind: dict[Any, Any] = {}
    channel: dict[Any, Any] = {}
    due: dict[Any, Any] = {}
    new = tuple.__new__
    return [
        new(CaseMeta, (case_id, received, seq, year.setdefault(y, y), stage.setdefault(s, s),
                       version, kind.setdefault(k, k), channel.setdefault(c, c),
                       due.setdefault(d, d)))
        for case_id, received, seq, y, s, version, k, c, d in rows
    ]


@dataclass(frozen=True, slots=True)
class State:
    token: tuple[int, bytes]
    #: Every case in the list's default order, oldest first: (received_at, register_seq).
    order: tuple[CaseMeta, ...]
    meta: dict[str, CaseMeta]
    #: Assigned user ids per case (ascending); cases with none are left out.
    officers: dict[str, tuple[int, ...]]
    officer_names: dict[int, str]
    #: How the database stores a datetime / a date (see CaseMeta).
    _time: Callable[[Any], Any]
    _date: Callable[[Any], Any]
    _time_out: Callable[[Any], Any]
    _date_out: Callable[[Any], Any]
    #: Made from ``order`` at the first filter of this state (``_index``).
    _derived: dict[str, Any] = field(default_factory=dict, init=False, repr=False,
                                     compare=False)

    def stored_time(self, at: datetime) -> Any:
        """An aware datetime as ``CaseMeta.received_at`` holds it."""
        return self._time(at)

    def stored_date(self, day: date) -> Any:
        """A date as ``CaseMeta.due_date`` holds it."""
        return self._date(day)

    def received_at(self, m: CaseMeta) -> datetime:
        """The case's ``received_at`` as the model gives it (aware UTC)."""
        return self._time_out(m.received_at)  # type: ignore[no-any-return]

    def due_date(self, m: CaseMeta) -> date | None:
        return None if m.due_date is None else self._date_out(m.due_date)  # type: ignore[no-any-return]


#: In the order of CaseMeta; all in the covering index ``ix_cases_listing``
#: (migration 0003), so reading them never touches the rows with the ciphertexts.
_COLUMNS = (
    Case.id,
    type_coerce(Case.received_at, String()).label("received_at"),  # as stored
    Case.register_seq,
    Case.register_year,
    Case.stage,
    Case.version,
    Case.complaint_type,
    Case.channel,
    type_coerce(Case.due_date, String()).label("due_date"),  # as stored
)
_ORDER_KEY = attrgetter("received_at", "register_seq")  # CaseMeta.order_key, in C
_FIRST, _SECOND = itemgetter(0), itemgetter(1)


def _same(value: Any) -> Any:
    return value


class CaseListing:
    """One session's copy of the list's columns; see the module's notes."""

    def __init__(self) -> None:
        self._state: State | None = None
        self._texts: tuple[State, list[str]] | None = None
        self._lock = threading.Lock()
        self.full_loads = 0  # for tests and benchmarks: how often everything was read
        self.partial_loads = 0

    def clear(self) -> None:
        with self._lock:
            self._state = None
            self._texts = None

    def peek(self) -> State | None:
        """The state last read (None before the first), without asking the database."""
        return self._state

    def forget_texts(self) -> None:
        """Drop the search texts lined up with the list (a case's text was forgotten)."""
        self._texts = None

    def aligned_texts(self, state: State, texts: Callable[[], list[str]]) -> list[str]:
        """Each case's search text in ``state.order``, built by ``texts`` once per
        state: a search of every case is then one scan of a list of strings."""
        held = self._texts
        if held is not None and held[0] is state:
            return held[1]
        aligned = texts()
        self._texts = (state, aligned)
        return aligned

    def current(self, session: Session) -> State:
        """The state as of now (reads only what changed since the last call)."""
        with self._lock:
            token = _head(session)
            state = self._state
            if state is not None and state.token == token:
                return state
            changed = None if state is None else self._changed_since(session, state.token, token)
            if state is None or changed is None:
                state = self._load_all(session, token)
                self.full_loads += 1
            else:
                state = self._load_some(session, state, token, changed)
                self.partial_loads += 1
            self._state = state
            return state

    # --- reading ---------------------------------------------------------------

    @staticmethod
    def _changed_since(
        session: Session, old: tuple[int, bytes], new: tuple[int, bytes]
    ) -> set[str] | None:
        """Case ids changed between two heads, or None when everything must be read."""
        old_seq, old_hash = old
        if new[0] <= old_seq or old_seq <= 0:
            return None
        if new[0] - old_seq > MAX_INCREMENTAL:
            return None
        entries = session.execute(
            select(AuditEntry.seq, AuditEntry.case_id, AuditEntry.action, AuditEntry.entry_hash)
            .where(AuditEntry.seq >= old_seq)
            .order_by(AuditEntry.seq)
        ).all()
        if not entries or entries[0][0] != old_seq or bytes(entries[0][3]) != old_hash:
            return None  # not the chain the token came from (a restore, a rewrite)
        changed: set[str] = set()
        for _seq, case_id, action, _hash in entries[1:]:
            if case_id is not None:
                changed.add(case_id)
            elif action not in NO_CASE_CHANGE:
                return None
        return changed

    @staticmethod
    def _metas(
        session: Session, where: Any = None
    ) -> tuple[list[CaseMeta], dict[str, tuple[int, ...]]]:
        """The cases (in the default order) and their officers."""
        conn = session.connection()
        stmt = select(*_COLUMNS)
        a_stmt = select(CaseAssignment.case_id, CaseAssignment.user_id)
        if where is not None:
            stmt = stmt.where(where)
            a_stmt = a_stmt.join(Case, Case.id == CaseAssignment.case_id).where(where)
        # In the order of the unique (case_id, user_id) index: grouped and sorted.
        a_stmt = a_stmt.order_by(CaseAssignment.case_id, CaseAssignment.user_id)
        stmt = stmt.order_by(Case.received_at, Case.register_seq)
        if where is None:
            # Every case: straight from the driver (no parameters to bind; the
            # columns are read as stored anyway). SQLAlchemy's row handling
            # would double the time of 100,000 rows.
            cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            try:
                cursor.execute(str(a_stmt.compile(dialect=conn.dialect)))
                assignments = cursor.fetchall()
                cursor.execute(str(stmt.compile(dialect=conn.dialect)))
                # by pieces: the driver's rows of one piece held at a time
                metas = _shared(_fetched(cursor))
            finally:
                cursor.close()
        else:
            assignments = conn.execute(a_stmt).all()
            metas = _shared(conn.execute(stmt))
        officers = {
            case_id: tuple(map(_SECOND, group))
            for case_id, group in groupby(assignments, key=_FIRST)
        }
        return metas, officers

    @staticmethod
    def _names(session: Session) -> dict[int, str]:
        return {int(i): n for i, n in session.execute(select(User.id, User.full_name))}

    def _load_all(self, session: Session, token: tuple[int, bytes]) -> State:
        return self._state_of(session, token, *self._metas(session))

    def for_rows(self, session: Session, ids: Sequence[str]) -> State:
        """A state that holds at least ``ids``, for building their rows.

        Before the first whole read of the session (running on another thread
        while the first page is shown, see :func:`first_page`) only those cases
        are read, and nothing is kept: the rows of the first page never wait
        for the whole list. After it, :meth:`current`."""
        if self._state is not None:
            return self.current(session)
        token = _head(session)
        metas: list[CaseMeta] = []
        officers: dict[str, tuple[int, ...]] = {}
        chosen = sorted(set(ids))
        for start in range(0, len(chosen), 500):
            some, assigned = self._metas(session, Case.id.in_(chosen[start : start + 500]))
            metas += some
            officers.update(assigned)
        return self._state_of(session, token, metas, officers)

    @classmethod
    def _state_of(
        cls,
        session: Session,
        token: tuple[int, bytes],
        metas: list[CaseMeta],
        officers: dict[str, tuple[int, ...]],
    ) -> State:
        dialect = session.get_bind().dialect
        received = Case.__table__.c.received_at.type.dialect_impl(dialect)
        due = Case.__table__.c.due_date.type.dialect_impl(dialect)
        return State(
            token=token,
            order=tuple(metas),
            meta={m.id: m for m in metas},
            officers=officers,
            officer_names=cls._names(session),
            _time=received.bind_processor(dialect) or _same,
            _date=due.bind_processor(dialect) or _same,
            _time_out=received.result_processor(dialect, None) or _same,
            _date_out=due.result_processor(dialect, None) or _same,
        )

    def _load_some(
        self, session: Session, state: State, token: tuple[int, bytes], changed: set[str]
    ) -> State:
        if not changed:
            return replace(state, token=token)
        ids = sorted(changed)
        fresh: dict[str, CaseMeta] = {}
        officers = dict(state.officers)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            metas, assigned = self._metas(session, Case.id.in_(chunk))
            fresh.update((m.id, m) for m in metas)
            for case_id in chunk:
                officers.pop(case_id, None)
            officers.update(assigned)
        meta = dict(state.meta)
        order = list(state.order)
        for case_id in ids:
            old = meta.pop(case_id, None)
            if old is not None:  # take it out of the order (found by its old key)
                i = bisect_left(order, old.order_key, key=_ORDER_KEY)
                while i < len(order) and order[i].id != case_id:
                    i += 1
                if i < len(order):
                    del order[i]
            new = fresh.get(case_id)
            if new is not None:
                order.insert(bisect_left(order, new.order_key, key=_ORDER_KEY), new)
                meta[case_id] = new
        return replace(state, token=token, order=tuple(order), meta=meta, officers=officers,
                       officer_names=self._names(session))


def _head(session: Session) -> tuple[int, bytes]:
    """The audit head: the token of the list's state as of now."""
    row = session.execute(
        select(AuditHead.seq, AuditHead.entry_hash).where(AuditHead.id == 1)
    ).one()
    return (int(row[0] or 0), bytes(row[1] or b""))


def changed_since(
    session: Session, old: tuple[int, bytes], new: tuple[int, bytes]
) -> set[str] | None:
    """Case ids changed between two audit heads (None: cannot tell, check everything)."""
    if old == new:
        return set()
    return CaseListing._changed_since(session, old, new)


# --- the first page (before the session's first whole read) -----------------------

#: Cases in the first page a session shows (``first_page``): a few screens.
PAGE_ROWS = 200


def first_page(ws: Context, descending: bool = True, limit: int | None = None) -> CaseList | None:
    """The first ``limit`` cases of the list in its default order, with the
    counts per stage and the total, asked of the database (the index on the
    order, the index on the stage) without reading the whole list: what the
    main window shows at once while the session's copy is read behind it.
    None when that copy is already there (a search is as quick)."""
    ws.actor.require(Action.LIST_CASES)
    if ws.actor.listing.peek() is not None:
        return None
    with ws.read() as session:
        token = _head(session)
        direction = desc if descending else asc
        ids = session.execute(
            select(Case.id)
            .order_by(direction(Case.received_at), direction(Case.register_seq))
            .limit(PAGE_ROWS if limit is None else limit)
        ).scalars().all()
        counts = {
            Stage(stage): int(n)
            for stage, n in session.execute(
                select(Case.stage, func.count()).group_by(Case.stage)
            )
        }
    return CaseList(
        ids=list(ids),
        stage_counts=counts,
        total=sum(counts.values()),
        revision=revision(token),
    )


def revision(token: tuple[int, bytes]) -> str:
    """A state's token as ``CaseList.revision`` gives it."""
    return f"{token[0]}:{token[1].hex()}"
