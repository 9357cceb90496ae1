"""Filtering, counting and ordering the case list: pure functions of a
:class:`~wbs_desktop.services.listing.State` (the session's listed columns,
never an encrypted one), run on every click of the filter panel."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

from wbs_desktop.domain.stages import FINAL_STAGE_VALUES, STAGE_ORDER
from wbs_desktop.services.dto import SortKey
from wbs_desktop.services.listing import CaseMeta, State

#: Stages sort in the order of the procedure, not alphabetically.
_STAGE_RANK = {stage.value: i for i, stage in enumerate(STAGE_ORDER)}
_NO_OFFICERS: tuple[int, ...] = ()
_ID, _STAGE = itemgetter(0), attrgetter("stage")

Predicate = Callable[[CaseMeta], bool]


@dataclass(frozen=True, slots=True)
class Member:
    """A predicate: the case's ``column`` (``stage``, ``complaint_type`` or
    ``channel``) is one of ``values``. :func:`select_cases` answers it from the
    cases of each value, kept per state, instead of testing every case."""

    column: str
    values: frozenset[str]

    def __call__(self, m: CaseMeta) -> bool:
        return getattr(m, self.column) in self.values


@dataclass(frozen=True, slots=True)
class Received:
    """A predicate: received at or after ``lo``, before ``hi`` (as the state stores
    times, see :meth:`State.stored_time`; None: no bound). The list is in that
    order, so :func:`select_cases` finds the span by bisection."""

    lo: Any = None
    hi: Any = None

    def __call__(self, m: CaseMeta) -> bool:
        return (self.lo is None or m.received_at >= self.lo) and (
            self.hi is None or m.received_at < self.hi)


class _Index(NamedTuple):
    received: list[Any]  # received_at by position in ``order``
    #: column → value → the positions in ``order`` of the cases with it (ascending)
    positions: dict[str, dict[str, list[int]]]
    ids: tuple[str, ...]  # the id and the stage by position in ``order``
    stages: tuple[str, ...]


_INDEXED = ("stage", "complaint_type", "channel")


def _index(state: State) -> _Index:
    """The state's index, made once (on any thread: two made at once are equal)."""
    made = state._derived.get("index")
    if made is None:
        positions: dict[str, dict[str, list[int]]] = {}
        for column in _INDEXED:
            by_value: dict[str, list[int]] = {}
            for i, value in enumerate(map(attrgetter(column), state.order)):
                found = by_value.get(value)
                if found is None:
                    by_value[value] = [i]
                else:
                    found.append(i)
            positions[column] = by_value
        made = state._derived["index"] = _Index(
            [m.received_at for m in state.order], positions,
            tuple(map(_ID, state.order)), tuple(map(_STAGE, state.order)))
    return made  # type: ignore[no-any-return]


def select_cases(
    state: State,
    *,
    stages: frozenset[str],
    predicates: Iterable[Predicate],
    count: bool = True,
) -> tuple[list[CaseMeta], dict[str, int]]:
    """The cases passing every predicate and one of ``stages`` (all when empty), in
    the default order (oldest first), and (``count``) the counts per stage of the
    cases passing the predicates whatever their stage (what the filter panel shows).
    A span of dates is found by bisection, a :class:`Member` from the cases of each
    of its values (the narrowest one); the other predicates test what is left."""
    chosen, counts = _select(state, stages, predicates, count)
    return _pick(state.order, chosen), counts


def select_ids(state: State, *, stages: frozenset[str], predicates: Iterable[Predicate],
               descending: bool) -> tuple[list[str], dict[str, int]]:
    """:func:`select_cases`' ids in the list's order (newest first when ``descending``)
    and its counts, from the index's ids by position: no case's tuple is touched (at
    100,000 cases making the ids from the tuples took longer than the filter)."""
    chosen, counts = _select(state, stages, predicates, True)
    ids = _pick(_index(state).ids, chosen)
    if descending:
        ids.reverse()
    return ids, counts


def _select(state: State, stages: frozenset[str], predicates: Iterable[Predicate],
            count: bool) -> tuple[Sequence[int], dict[str, int]]:
    """:func:`select_cases` as positions in ``state.order`` (ascending)."""
    index = _index(state)
    order = state.order
    lo, hi = 0, len(order)
    members: list[Member] = []
    rest: list[Predicate] = []
    for test in predicates:
        if isinstance(test, Received):
            if test.lo is not None:
                lo = max(lo, bisect_left(index.received, test.lo))
            if test.hi is not None:
                hi = min(hi, bisect_left(index.received, test.hi))
        elif isinstance(test, Member) and test.column in index.positions:
            members.append(test)
        else:
            rest.append(test)
    chosen: Sequence[int]
    if members:
        narrowest = min(members, key=lambda t: _size(index, t))
        rest += [t for t in members if t is not narrowest]
        found = _positions(index, narrowest)
        chosen = found[bisect_left(found, lo):bisect_left(found, hi)]
    else:
        chosen = range(lo, max(lo, hi))
    for test in rest:
        chosen = [i for i in chosen if test(order[i])]
    whole = len(chosen) == len(order)  # no filter
    counts: dict[str, int] = {}
    if count:  # the stages by position counted in C (not from each case's tuple)
        counts = ({s: len(p) for s, p in index.positions["stage"].items()} if whole
                  else dict(Counter(_pick(index.stages, chosen))))
    if stages:
        if whole:  # the cases of those stages
            chosen = _positions(index, Member("stage", stages))
        else:
            chosen = [i for i in chosen if index.stages[i] in stages]
    return chosen, counts


def _size(index: _Index, test: Member) -> int:
    by_value = index.positions[test.column]
    return sum(len(by_value.get(v, ())) for v in test.values)


def _positions(index: _Index, test: Member) -> list[int]:
    by_value = index.positions[test.column]
    found = [by_value[v] for v in test.values if v in by_value]
    if len(found) == 1:
        return found[0]
    return sorted(i for some in found for i in some)


def _pick(values: Sequence[Any], positions: Sequence[int]) -> list[Any]:
    """The values at ``positions``, in that order."""
    if isinstance(positions, range):
        return list(values[positions.start:positions.stop])
    if len(positions) < 2:
        return [values[i] for i in positions]
    return list(itemgetter(*positions)(values))  # in C: a tenth of a comprehension's time


def stage_counts(cases: Iterable[CaseMeta]) -> dict[str, int]:
    return dict(Counter(map(_STAGE, cases)))


def overdue(m: CaseMeta, today: Any) -> bool:
    """``today`` as the state stores a date (``State.stored_date``)."""
    return m.due_date is not None and m.due_date < today and m.stage not in FINAL_STAGE_VALUES


def ordered(state: State, found: list[CaseMeta], sort: str, descending: bool,
            key: Callable[[CaseMeta], Any] | None = None) -> list[CaseMeta]:
    """``found`` (in default order, oldest first) in the table's order: by ``key``
    (or the sort column's), ties in the order received; cases with no value for
    it (no due date, no officer, no readable name) after the others. Descending
    is exactly the reverse, as the table does when only the direction flips."""
    if key is None:
        if sort == SortKey.RECEIVED or sort not in _SORT_KEYS:
            return found[::-1] if descending else list(found)
        key = _SORT_KEYS[sort](state)
    values = list(map(key, found))  # once each: a key may be costly (decrypted names)
    have = [i for i, v in enumerate(values) if v is not None]
    have.sort(key=values.__getitem__)  # stable: ties stay in the order received
    result = [found[i] for i in have] + [m for m, v in zip(found, values, strict=True) if v is None]
    return result[::-1] if descending else result


def _first_officer(state: State) -> Callable[[CaseMeta], Any]:
    names = state.officer_names

    def key(m: CaseMeta) -> Any:
        found = [names.get(u, "") for u in state.officers.get(m.id, _NO_OFFICERS)]
        return min(found) if found else None

    return key


_SORT_KEYS: dict[str, Callable[[State], Callable[[CaseMeta], Any]]] = {
    SortKey.REGISTER: lambda _s: lambda m: (m.register_year, m.register_seq),
    SortKey.TYPE: lambda _s: lambda m: m.complaint_type,
    SortKey.STAGE: lambda _s: lambda m: _STAGE_RANK.get(m.stage, len(_STAGE_RANK)),
    SortKey.DUE: lambda _s: lambda m: m.due_date,
    SortKey.CHANNEL: lambda _s: lambda m: m.channel,
    SortKey.OFFICER: _first_officer,
}
