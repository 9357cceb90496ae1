"""The case list from the session's in-memory copy (services.listing): it must
give what the database would, and follow every change made by anyone."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.helpers.office import OFFICER_PASSWORD, add_user, complaint
from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.dates import OFFICE_TZ
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import STAGE_ORDER, Stage
from wbs_desktop.services.demo import generate_demo_data
from wbs_desktop.services.dto import CaseFilter, SortKey
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage.models import Case, CaseAssignment, User

SORTS = [SortKey.RECEIVED, SortKey.REGISTER, SortKey.TYPE, SortKey.STAGE, SortKey.DUE,
         SortKey.CHANNEL, SortKey.OFFICER, SortKey.ACCUSED]


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), OFFICE_TZ).astimezone(UTC)


def _expected_ids(ws: Workspace, f: CaseFilter, today: date) -> set[str]:
    """The filter written as SQL: the reference the in-memory list must equal."""
    stmt = select(Case.id)
    if f.stages:
        stmt = stmt.where(Case.stage.in_([s.value for s in f.stages]))
    if f.complaint_types:
        stmt = stmt.where(Case.complaint_type.in_(sorted(f.complaint_types)))
    if f.channels:
        stmt = stmt.where(Case.channel.in_([c.value for c in f.channels]))
    if f.received_from is not None:
        stmt = stmt.where(Case.received_at >= _day_start(f.received_from))
    if f.received_to is not None:
        stmt = stmt.where(Case.received_at < _day_start(f.received_to + timedelta(days=1)))
    officer = ws.actor.id if f.assigned_to_me else f.officer_id
    if officer is not None:
        stmt = stmt.where(Case.id.in_(
            select(CaseAssignment.case_id).where(CaseAssignment.user_id == officer)))
    if f.overdue_only:
        stmt = stmt.where(Case.due_date.is_not(None), Case.due_date < today,
                          Case.stage.not_in([Stage.CONCLUDED.value, Stage.CLOSED.value]))
    with ws.read() as session:
        return set(session.scalars(stmt))


def _sort_values(ws: Workspace, ids: list[str], sort: str) -> list[tuple[Any, ...]]:
    """(has no value, value, received_at, register_seq) per id, read from the database."""
    with ws.read() as session:
        cases = {c.id: c for c in session.execute(
            select(Case.id, Case.register_year, Case.register_seq, Case.complaint_type,
                   Case.stage, Case.due_date, Case.channel, Case.received_at)
            .where(Case.id.in_(ids)))}
        officers: dict[str, list[str]] = {}
        for case_id, name in session.execute(
            select(CaseAssignment.case_id, User.full_name)
            .join(User, User.id == CaseAssignment.user_id)
            .where(CaseAssignment.case_id.in_(ids))
        ):
            officers.setdefault(case_id, []).append(name)
    names = {r.id: r.accused_name for r in ws.cases.rows(ids)}
    rank = {s.value: i for i, s in enumerate(STAGE_ORDER)}
    out = []
    for case_id in ids:
        c = cases[case_id]
        value: Any = {
            SortKey.RECEIVED: 0,
            SortKey.REGISTER: (c.register_year, c.register_seq),
            SortKey.TYPE: c.complaint_type,
            SortKey.STAGE: rank[c.stage],
            SortKey.DUE: c.due_date,
            SortKey.CHANNEL: c.channel,
            SortKey.OFFICER: min(officers[case_id]) if case_id in officers else None,
            SortKey.ACCUSED: names[case_id].casefold() if names[case_id] else None,
        }[sort]
        out.append((value is None, value if value is not None else 0,
                    c.received_at, c.register_seq))
    return out


@pytest.fixture
def demo(admin: Workspace) -> Workspace:
    generate_demo_data(admin, 240, seed=11, officer_password=OFFICER_PASSWORD)
    return admin


def _random_filter(rng: random.Random, ws: Workspace, officers: list[int],
                   types: list[str], lo: date, hi: date) -> CaseFilter:
    stages = frozenset(rng.sample(list(Stage), rng.choice([0, 0, 1, 2])))
    kw: dict[str, Any] = {"stages": stages}
    if rng.random() < 0.3:
        kw["complaint_types"] = frozenset(rng.sample(types, rng.choice([1, 2])))
    if rng.random() < 0.3:
        kw["channels"] = frozenset(rng.sample(list(Channel), 1))
    if rng.random() < 0.3:
        start = lo + timedelta(days=rng.randrange(max((hi - lo).days, 1)))
        kw["received_from"] = start
        if rng.random() < 0.7:
            kw["received_to"] = start + timedelta(days=rng.randrange(1, 90))
    if rng.random() < 0.2:
        kw["officer_id"] = rng.choice(officers)
    if rng.random() < 0.2:
        kw["overdue_only"] = True
    if rng.random() < 0.1:
        kw["assigned_to_me"] = True
    return CaseFilter(**kw)


def test_every_filter_and_order_equals_the_database(demo: Workspace) -> None:
    from wbs_desktop.services.cases import office_today

    ws = demo
    rng = random.Random(5)
    with ws.read() as session:
        officers = list(session.scalars(select(CaseAssignment.user_id).distinct()))
        types = sorted(set(session.scalars(select(Case.complaint_type))))
        received = sorted(session.scalars(select(Case.received_at)))
    lo, hi = received[0].date(), received[-1].date()
    today = office_today()
    for _ in range(60):
        f = _random_filter(rng, ws, officers, types, lo, hi)
        sort = rng.choice(SORTS)
        descending = rng.random() < 0.5
        result = ws.cases.listing(f, sort, descending)
        expected = _expected_ids(ws, f, today)
        assert sorted(result.ids) == sorted(expected), (f, sort)
        values = _sort_values(ws, result.ids, sort)
        assert values == sorted(values, reverse=descending), (f, sort, descending)
        # The counts: the same filter with every stage, grouped by stage.
        every = _expected_ids(ws, _without_stages(f), today)
        with ws.read() as session:
            stages = session.scalars(select(Case.stage).where(Case.id.in_(every))).all()
        counts: dict[Stage, int] = {}
        for s in stages:
            counts[Stage(s)] = counts.get(Stage(s), 0) + 1
        assert result.stage_counts == counts, f
        assert result.total == 240
    assert ws.actor.listing.full_loads == 1, "nothing changed: read once"


def test_the_lists_own_order_from_its_index_equals_the_database(demo: Workspace) -> None:
    """By date received (the ids taken from the index by position, not from the
    cases): the ids in exactly the database's order, both ways, and the counts."""
    from wbs_desktop.services.cases import office_today

    ws = demo
    rng = random.Random(17)
    with ws.read() as session:
        officers = list(session.scalars(select(CaseAssignment.user_id).distinct()))
        types = sorted(set(session.scalars(select(Case.complaint_type))))
        in_order = list(session.scalars(
            select(Case.id).order_by(Case.received_at, Case.register_seq)))
        received = sorted(session.scalars(select(Case.received_at)))
    lo, hi = received[0].date(), received[-1].date()
    today = office_today()
    for i in range(40):
        f = CaseFilter() if i == 0 else _random_filter(rng, ws, officers, types, lo, hi)
        descending = i % 2 == 1
        result = ws.cases.listing(f, SortKey.RECEIVED, descending)
        expected = _expected_ids(ws, f, today)
        want = [c for c in in_order if c in expected]
        assert result.ids == (want[::-1] if descending else want), f
        every = _expected_ids(ws, _without_stages(f), today)
        assert sum(result.stage_counts.values()) == len(every), f


def _without_stages(f: CaseFilter) -> CaseFilter:
    from dataclasses import replace

    return replace(f, stages=frozenset())


def test_the_text_search_follows_the_other_filters_and_counts(demo: Workspace) -> None:
    ws = demo
    rows = ws.cases.rows(ws.cases.search_ids(CaseFilter())[:40])
    word = max((w for r in rows for w in (r.accused_name or "").split()), key=len)
    needle = word[1:5].upper()
    hits = ws.cases.listing(CaseFilter(text=needle))
    assert hits.ids, needle
    names = {r.id: r.accused_name for r in ws.cases.rows(hits.ids)}
    assert any(needle.casefold() in (n or "").casefold() for n in names.values())
    assert sum(hits.stage_counts.values()) == len(hits.ids)
    stage = next(iter(hits.stage_counts))
    narrowed = ws.cases.listing(CaseFilter(text=needle, stages=frozenset({stage})))
    assert set(narrowed.ids) <= set(hits.ids)
    assert len(narrowed.ids) == hits.stage_counts[stage]
    assert narrowed.stage_counts == hits.stage_counts, "counts ignore the stage choice only"


def test_changes_by_another_session_are_read_incrementally(
        office: Office, admin: Workspace) -> None:
    first = admin.cases.submit(complaint()).case_id
    second = admin.cases.submit(complaint(received_at=datetime(2026, 11, 20, 2, tzinfo=UTC)))
    officer_id = add_user(admin, "yanti", Role.OFFICER, "Yanti Lodo")
    listing = admin.actor.listing
    assert admin.cases.search_ids(CaseFilter()) == [first, second.case_id]
    assert (listing.full_loads, listing.partial_loads) == (1, 0)

    other = _second_admin(office, admin)
    newest = other.cases.submit(complaint(received_at=datetime(2026, 11, 27, 1, tzinfo=UTC)))
    middle = other.cases.submit(complaint(received_at=datetime(2026, 11, 21, 1, tzinfo=UTC)))
    other.cases.transition(first, Stage.VERIFICATION)
    other.cases.assign(second.case_id, officer_id)

    result = admin.cases.listing(CaseFilter())
    assert result.ids == [newest.case_id, first, middle.case_id, second.case_id]
    assert result.stage_counts == {Stage.RECEIVED: 3, Stage.VERIFICATION: 1}
    assert result.total == 4
    assert admin.cases.search_ids(CaseFilter(officer_id=officer_id)) == [second.case_id]
    assert (listing.full_loads, listing.partial_loads) == (1, 1), "only the changes were read"
    assert admin.cases.search_ids(CaseFilter(), SortKey.OFFICER, False)[0] == second.case_id

    # A rename names no case: everything is read again, and the order follows it.
    admin.accounts.edit_user(officer_id, full_name="Aaron Ndun")
    admin.cases.listing(CaseFilter())
    assert listing.full_loads == 2
    # Logging in and out changes no case: nothing is read.
    _second_admin(office, admin).logout()
    admin.cases.listing(CaseFilter())
    assert (listing.full_loads, listing.partial_loads) == (2, 2)


def test_a_head_that_does_not_continue_the_chain_reads_everything(admin: Workspace) -> None:
    admin.cases.submit(complaint())
    listing = admin.actor.listing
    admin.cases.listing(CaseFilter())
    state = listing._state
    assert state is not None
    from dataclasses import replace

    listing._state = replace(state, token=(state.token[0], b"\x00" * 32))  # as after a restore
    admin.cases.submit(complaint())
    assert len(admin.cases.listing(CaseFilter()).ids) == 2
    assert listing.full_loads == 2


def test_exporting_the_register_or_the_recap_reads_nothing_again(
        admin: Workspace, tmp_path: Path) -> None:
    """An export is audited but changes no case: the next list is not read in full
    (it was, at 100,000 cases half a second after every export)."""
    from wbs_desktop.services import reports

    ids = [admin.cases.submit(complaint()).case_id]
    listing = admin.actor.listing
    admin.cases.listing(CaseFilter())
    service = reports.ReportService(admin)
    service.export_register(ids, str(tmp_path / "register.csv"), "csv")
    service.export(service.figures(reports.Period.year(2026)), xlsx=str(tmp_path / "r.xlsx"))
    assert admin.cases.listing(CaseFilter()).ids == ids
    assert listing.full_loads == 1, "read in full again after an export"


def test_logout_forgets_the_listing(admin: Workspace) -> None:
    admin.cases.submit(complaint())
    admin.cases.listing(CaseFilter())
    assert admin.actor.listing._state is not None
    admin.logout()
    assert admin.actor.listing._state is None


def _second_admin(office: Office, admin: Workspace) -> Workspace:
    from tests.helpers.office import ADMIN_PASSWORD

    return office.login("admin", ADMIN_PASSWORD)


def test_the_first_page_is_the_lists_first_rows_without_reading_the_list(
        demo: Workspace) -> None:
    from wbs_desktop.services import listing as case_listing

    ws = demo
    ws.actor.listing.clear()
    page = case_listing.first_page(ws, limit=25)
    assert page is not None
    assert ws.actor.listing.peek() is None, "the page reads no whole list"
    rows = ws.cases.rows(page.ids)  # the page's rows: read for those cases alone
    assert [r.id for r in rows] == page.ids
    assert ws.actor.listing.peek() is None and ws.actor.listing.full_loads == 0
    oldest = case_listing.first_page(ws, descending=False, limit=25)
    assert oldest is not None
    whole = ws.cases.listing(CaseFilter())
    assert page.ids == whole.ids[:25]
    assert oldest.ids == whole.ids[::-1][:25]
    assert (page.total, page.stage_counts, page.revision) == (
        whole.total, whole.stage_counts, whole.revision)
    assert rows == ws.cases.rows(page.ids), "the same rows as from the whole list"
    assert case_listing.first_page(ws) is None, "read: a search is as quick"


def test_a_changed_list_is_filtered_from_its_own_index(admin: Workspace) -> None:
    """Each state of the list has its index: a case changed since the last filter
    is found by the next one (the index is not carried over)."""
    kept = admin.cases.submit(complaint(complaint_type="bribery_gratification")).case_id
    bribery = CaseFilter(complaint_types=frozenset({"bribery_gratification"}))
    assert admin.cases.search_ids(bribery) == [kept]
    assert admin.cases.listing(CaseFilter(stages=frozenset({Stage.RECEIVED}))).ids == [kept]
    added = admin.cases.submit(complaint(complaint_type="bribery_gratification")).case_id
    admin.cases.transition(kept, Stage.VERIFICATION)
    assert admin.cases.search_ids(bribery) == [added, kept]
    assert admin.cases.listing(CaseFilter(stages=frozenset({Stage.RECEIVED}))).ids == [added]
    assert admin.actor.listing.partial_loads == 1


def test_the_list_holds_one_object_per_repeated_value(demo: Workspace) -> None:
    """The year, stage, type, channel and deadline repeat across the register:
    the whole list (read by pieces from the driver) holds each value once, not
    once per case (at 100,000 cases ~27 MB of the session's memory)."""
    ws = demo
    ws.actor.listing.clear()
    ws.cases.listing(CaseFilter())
    state = ws.actor.listing.peek()
    assert state is not None and len(state.order) == 240
    for column in ("register_year", "stage", "complaint_type", "channel", "due_date"):
        values = [getattr(m, column) for m in state.order]
        assert len({id(v) for v in values}) == len(set(values)), column
    with ws.read() as session:
        stored = session.execute(
            select(Case.id, Case.stage, Case.complaint_type, Case.channel, Case.register_year)
        ).all()
    assert {(m.id, m.stage, m.complaint_type, m.channel, m.register_year)
            for m in state.order} == {tuple(r) for r in stored}
