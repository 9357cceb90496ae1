"""The figures service against counts written independently in SQL, on SQLite
and PostgreSQL; marking (test / duplicate / demo) keeps them honest."""

from __future__ import annotations

import statistics
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import text

from tests.helpers.office import OFFICER_PASSWORD, add_user, complaint
from wbs_desktop.domain.dates import OFFICE_TZ
from wbs_desktop.domain.roles import Role
from wbs_desktop.services import marking, reports
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.demo import generate_demo_data
from wbs_desktop.services.errors import NotFound, PermissionDenied, ServiceError
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace

NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)
PERIOD = reports.Period(date(2026, 3, 1), date(2026, 11, 30))


def _sql(office: Office, query: str, **params: Any) -> list[Any]:
    with office.db.read() as session:
        return list(session.execute(text(query), params).all())


def _bounds(sqlite: bool, period: reports.Period) -> dict[str, Any]:
    lo, hi = period.start_utc.replace(tzinfo=None), period.end_utc.replace(tzinfo=None)
    if sqlite:
        return {"lo": lo.strftime("%Y-%m-%d %H:%M:%S"), "hi": hi.strftime("%Y-%m-%d %H:%M:%S")}
    return {"lo": lo, "hi": hi}


@pytest.fixture
def office_data(office: Office, admin: Workspace) -> Workspace:
    """Demo cases (then un-marked in SQL so they count), a few real submissions,
    and cases marked test and duplicate through the service."""
    generate_demo_data(admin, 160, seed=16, officer_password=OFFICER_PASSWORD, now=NOW)
    with office.db.write() as session:
        ids = [r[0] for r in session.execute(text("SELECT id FROM cases ORDER BY register_seq"))]
        # Most demo cases count in these figures; a handful stay demo.
        session.execute(text("UPDATE cases SET mark = NULL"))
        session.execute(
            text("UPDATE cases SET mark = 'demo' WHERE id IN (:a, :b, :c)"),
            {"a": ids[0], "b": ids[1], "c": ids[2]},
        )
    for days in (3, 40):
        admin.cases.submit(complaint(received_at=NOW - timedelta(days=days),
                                       incident_date=date(2026, 9, 1)))
    listed = admin.cases.search_ids(reports_filter())
    marking.set_mark(admin, listed[5], marking.Mark.TEST, reason="uji coba aplikasi")
    reg = admin.cases.rows([listed[7]])[0].register_number
    marking.set_mark(admin, listed[6], marking.Mark.DUPLICATE, duplicate_of=reg)
    return admin


def reports_filter() -> Any:
    from wbs_desktop.services.dto import CaseFilter

    return CaseFilter(received_from=PERIOD.start, received_to=PERIOD.end)


def test_figures_match_independent_sql(
    office: Office, office_data: Workspace, backend: str
) -> None:
    ws = office_data
    f = reports.figures(ws, PERIOD)
    sqlite = backend == "sqlite"
    b = _bounds(sqlite, PERIOD)
    where = "received_at >= :lo AND received_at < :hi"
    counted = f"{where} AND mark IS NULL"

    def one(q: str, **extra: Any) -> int:
        return int(_sql(office, q, **b, **extra)[0][0])

    total = one(f"SELECT count(*) FROM cases WHERE {counted}")
    assert total > 50
    assert f.received.count == total
    by_stage = dict(_sql(office, f"SELECT stage, count(*) FROM cases WHERE {counted} "
                                 "GROUP BY stage", **b))
    for bucket in f.by_stage:
        assert bucket.count == by_stage.get(bucket.key, 0), bucket.key
    assert f.in_progress.count == sum(
        n for s, n in by_stage.items() if s not in ("concluded", "closed")
    )
    assert f.finished.count == by_stage.get("concluded", 0) + by_stage.get("closed", 0)
    outcomes = dict(_sql(office, f"SELECT outcome, count(*) FROM cases WHERE {counted} "
                                 "AND stage = 'concluded' GROUP BY outcome", **b))
    for bucket in f.by_ending:
        expected = (by_stage.get("closed", 0) if bucket.key == "closed"
                    else outcomes.get(bucket.key, 0))
        assert bucket.count == expected, bucket.key
    for table, column in (("type", "complaint_type"), ("channel", "channel")):
        got = {x.key: x.count for x in getattr(f, f"by_{table}") if x.count}
        want = dict(_sql(office, f"SELECT {column}, count(*) FROM cases WHERE {counted} "
                                 f"GROUP BY {column}", **b))
        assert got == want, table
    month = ("strftime('%Y-%m', datetime(received_at, '+8 hours'))" if sqlite
             else "to_char(received_at + interval '8 hours', 'YYYY-MM')")
    want_months = dict(_sql(office, f"SELECT {month} AS m, count(*) FROM cases WHERE {counted} "
                                    "GROUP BY m", **b))
    assert {x.key: x.count for x in f.by_month if x.count} == want_months
    assert [x.key for x in f.by_month] == PERIOD.months()
    today = f.today.isoformat() if sqlite else f.today
    overdue = dict(_sql(office, f"SELECT due_kind, count(*) FROM cases WHERE {counted} "
                                "AND due_date < :today AND stage NOT IN ('concluded', 'closed') "
                                "GROUP BY due_kind", **b, today=today))
    assert f.overdue.count == sum(overdue.values())
    assert {x.key: x.count for x in f.overdue_by_kind if x.count} == overdue
    excluded = dict(_sql(office, f"SELECT mark, count(*) FROM cases WHERE {where} "
                                 "AND mark IS NOT NULL GROUP BY mark", **b))
    assert excluded["test"] == 1 and excluded["duplicate"] == 1
    assert {x.key: x.count for x in f.excluded if x.count} == excluded
    # Every unit: an admin reads every case.
    assert f.units_readable == total
    assert f.office_name and f.made_by == "Maria Goreti Bria"
    assert sum(x.count for x in f.by_unit) == total
    assert f.units_counted
    quick = reports.figures(ws, PERIOD, with_units=False)
    assert not quick.units_counted and quick.by_unit == () and quick.received == f.received
    assert reports.with_unit_figures(ws, quick).by_unit == f.by_unit

    # A click lists exactly the cases of the figure: each against its own SQL.
    def ids(q: str, **extra: Any) -> set[str]:
        return {r[0] for r in _sql(office, q, **b, **extra)}

    def listed(name: str) -> set[str]:
        got = reports.case_ids(ws, f, name)
        assert len(got) == len(set(got)) == (f.bucket(name) or reports.Bucket("")).count, name
        return set(got)

    assert listed("received") == ids(f"SELECT id FROM cases WHERE {counted}")
    assert listed("in_progress") == ids(f"SELECT id FROM cases WHERE {counted} "
                                        "AND stage NOT IN ('concluded', 'closed')")
    for s in ("verification", "received"):
        assert listed(f"stage.{s}") == ids(f"SELECT id FROM cases WHERE {counted} "
                                           "AND stage = :s", s=s)
    assert listed("ending.closed") == ids(f"SELECT id FROM cases WHERE {counted} "
                                          "AND stage = 'closed'")
    assert listed("ending.substantiated") == ids(
        f"SELECT id FROM cases WHERE {counted} AND stage = 'concluded' "
        "AND outcome = 'substantiated'")
    assert listed("overdue") == ids(f"SELECT id FROM cases WHERE {counted} AND due_date < :today "
                                    "AND stage NOT IN ('concluded', 'closed')", today=today)
    busiest = max(f.by_month, key=lambda x: x.count)
    assert listed(f"month.{busiest.key}") == ids(
        f"SELECT id FROM cases WHERE {counted} AND {month} = :m", m=busiest.key)
    top = f.by_type[0]
    assert listed(f"type.{top.key}") == ids(f"SELECT id FROM cases WHERE {counted} "
                                           "AND complaint_type = :t", t=top.key)
    assert listed("channel.email") == ids(f"SELECT id FROM cases WHERE {counted} "
                                          "AND channel = 'email'")
    assert listed("excluded.test") == ids(f"SELECT id FROM cases WHERE {where} "
                                          "AND mark = 'test'")
    assert listed(f"unit.{f.by_unit[0].key}") == set(f.by_unit[0].ids or ())

    # Working days, computed day by day from the timeline in SQL.
    with office.db.read() as session:
        cal = settings_store.calendar(session)

    def days(start: Any, end: Any) -> int:
        a = _as_day(start)
        b2 = _as_day(end)
        n, d = 0, a
        while d < b2:
            d += timedelta(days=1)
            n += cal.is_working_day(d)
        return n

    first = _sql(office, "SELECT c.received_at, min(e.at) FROM cases c JOIN case_events e "
                         "ON e.case_id = c.id WHERE c.received_at >= :lo AND c.received_at < :hi "
                         "AND c.mark IS NULL "
                         "AND e.from_stage = 'received' AND e.to_stage IS NOT NULL "
                         "GROUP BY c.id, c.received_at", **b)
    got = {d.key: d for d in f.durations}
    assert got["first_response"].count == len(first) > 0
    vals = [days(r[0], r[1]) for r in first]
    assert got["first_response"].mean == pytest.approx(statistics.fmean(vals))
    assert got["first_response"].median == pytest.approx(statistics.median(vals))
    verified = _sql(office, "SELECT c.received_at, min(e.at) FROM cases c JOIN case_events e "
                            "ON e.case_id = c.id WHERE c.received_at >= :lo "
                            "AND c.received_at < :hi AND c.mark IS NULL "
                            "AND e.to_stage = 'verification' GROUP BY c.id, c.received_at", **b)
    vals = [days(r[0], r[1]) for r in verified]
    assert got["verification"].count == len(verified) > 0
    assert got["verification"].mean == pytest.approx(statistics.fmean(vals))
    assert got["verification"].median == pytest.approx(statistics.median(vals))
    ends = _sql(office, f"SELECT received_at, stage_changed_at FROM cases WHERE {counted} "
                        "AND stage IN ('concluded', 'closed')", **b)
    vals = [days(r[0], r[1]) for r in ends]
    assert got["conclusion"].count == len(ends)
    assert got["conclusion"].median == pytest.approx(statistics.median(vals))


def _as_day(value: Any) -> date:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC).astimezone(OFFICE_TZ).date()


def test_marking_is_audited_reversible_and_admin_only(office: Office, admin: Workspace) -> None:
    a = admin.cases.submit(complaint(received_at=NOW - timedelta(days=2)))
    b = admin.cases.submit(complaint(received_at=NOW - timedelta(days=1)))
    period = reports.Period(date(2026, 11, 1), date(2026, 11, 30))
    assert reports.figures(admin, period).received.count == 2

    with pytest.raises(ServiceError):
        marking.set_mark(admin, b.case_id, marking.Mark.DUPLICATE)  # no original named
    with pytest.raises(NotFound):
        marking.set_mark(admin, b.case_id, marking.Mark.DUPLICATE, duplicate_of="WBS-0000")
    with pytest.raises(ServiceError):
        marking.set_mark(admin, b.case_id, marking.Mark.DUPLICATE, duplicate_of=b.register_number)
    done = marking.set_mark(admin, b.case_id, marking.Mark.DUPLICATE,
                            duplicate_of=a.register_number, reason="laporan yang sama")
    assert done.mark == marking.Mark.DUPLICATE
    assert marking.case_mark(admin, b.case_id).duplicate_of_register == a.register_number
    with pytest.raises(ServiceError):  # a cycle
        marking.set_mark(admin, a.case_id, marking.Mark.DUPLICATE, duplicate_of=b.register_number)
    f = reports.figures(admin, period)
    assert reports.case_ids(admin, f, "received") == (a.case_id,)
    assert f.bucket("excluded.duplicate") is not None
    assert reports.case_ids(admin, f, "excluded.duplicate") == (b.case_id,)

    officer_id = add_user(admin, "yosef", Role.OFFICER)
    assert officer_id
    officer = office.login("yosef", OFFICER_PASSWORD)
    with pytest.raises(PermissionDenied):
        marking.set_mark(officer, a.case_id, marking.Mark.TEST)
    with pytest.raises(PermissionDenied):
        reports.figures(officer, period)

    marking.set_mark(admin, b.case_id, None, reason="bukan duplikat")
    assert reports.figures(admin, period).received.count == 2
    actions = [r[0] for r in _sql(office, "SELECT action FROM audit_log WHERE case_id = :c "
                                          "ORDER BY seq", c=b.case_id)]
    assert actions[-2:] == ["case_marked", "case_unmarked"]
    timeline = admin.cases.detail(b.case_id).timeline
    kinds = [e.kind for e in timeline]
    assert "marked" in kinds and "unmarked" in kinds


def test_demo_data_is_marked_demo(office: Office, admin: Workspace) -> None:
    generate_demo_data(admin, 12, seed=3, officer_password=OFFICER_PASSWORD, now=NOW)
    marks = {r[0] for r in _sql(office, "SELECT mark FROM cases")}
    assert marks == {"demo"}
    f = reports.figures(admin, reports.Period(date(2024, 1, 1), date(2026, 12, 31)))
    assert f.received.count == 0
    assert f.bucket("excluded.demo").count == 12  # type: ignore[union-attr]
    # A demo office asks for them to be counted: then they are, and said so.
    counted = reports.figures(
        admin, reports.Period(date(2024, 1, 1), date(2026, 12, 31), count_demo=True))
    assert counted.received.count == 12
    assert sum(b.count for b in counted.by_channel) == 12
    assert counted.bucket("excluded.demo").count == 0  # type: ignore[union-attr]
    assert counted.as_dict()["period"]["count_demo"] is True
    listed = reports.case_ids(admin, counted, "received")
    assert len(listed) == 12


def test_periods() -> None:
    feb = reports.Period(date(2026, 2, 1), date(2026, 2, 28), "month")
    assert reports.Period.month(2026, 2) == feb
    assert reports.Period.quarter(2026, 4).start == date(2026, 10, 1)
    assert reports.Period.quarter(2026, 4).end == date(2026, 12, 31)
    assert reports.Period.semester(2026, 1).end == date(2026, 6, 30)
    assert reports.Period.year(2026).months()[-1] == "2026-12"
    assert reports.Period(date(2025, 11, 5), date(2026, 2, 1)).months() == [
        "2025-11", "2025-12", "2026-01", "2026-02"]
    with pytest.raises(ServiceError):
        reports.Period(date(2026, 2, 1), date(2026, 1, 1))
    # A case received 23.30 WITA on 31 March belongs to March.
    p = reports.Period.month(2026, 3)
    assert p.end_utc == datetime(2026, 3, 31, 16, 0, tzinfo=UTC)


def test_register_names_only_when_asked_and_only_for_held_cases(
    office: Office, admin: Workspace
) -> None:
    from wbs_desktop.services import register

    held = admin.cases.submit(complaint(received_at=NOW - timedelta(days=2)))
    other = admin.cases.submit(complaint(received_at=NOW - timedelta(days=1)))
    officer_id = add_user(admin, "yosef", Role.OFFICER)
    admin.cases.assign(held.case_id, officer_id)
    officer = office.login("yosef", OFFICER_PASSWORD)
    ids = [held.case_id, other.case_id]
    plain = register.build(officer, ids)
    assert [r.accused for r in plain.rows] == [None, None]
    assert "Nama terlapor" not in plain.header()
    named = register.build(officer, ids, with_accused=True)
    assert [r.accused for r in named.rows] == ["Drs. Stefanus Lelo", None]
    assert [r.register_number for r in named.rows] == [held.register_number,
                                                       other.register_number]
    csv_text = register.to_csv(named).decode("utf-8-sig")
    assert "Stefanus" in csv_text and "Yohanes Mbete" not in csv_text  # never the reporter
    with pytest.raises(PermissionDenied):  # officers may print, not export
        register.record(officer, named, "csv")


def test_milestones_kept_on_the_case_match_the_timeline_and_the_migration_fills_them(
    office: Office, admin: Workspace
) -> None:
    from wbs_desktop.domain.stages import Stage
    from wbs_desktop.storage import migrate

    a = admin.cases.submit(complaint(received_at=NOW - timedelta(days=9)))
    b = admin.cases.submit(complaint(received_at=NOW - timedelta(days=8)))
    c = admin.cases.submit(complaint(received_at=NOW - timedelta(days=7)))
    admin.cases.transition(a.case_id, Stage.VERIFICATION, "lengkap")
    admin.cases.transition(a.case_id, Stage.AWAITING_INFO, "kurang bukti")
    admin.cases.transition(a.case_id, Stage.VERIFICATION, "bukti datang")  # not the first
    admin.cases.transition(b.case_id, Stage.CLOSED, "bukan wewenang BKD")
    timeline = ("SELECT c.id, c.first_response_at, c.verified_at, "
                "(SELECT min(e.at) FROM case_events e WHERE e.case_id = c.id "
                "AND e.from_stage = 'received' AND e.to_stage IS NOT NULL), "
                "(SELECT min(e.at) FROM case_events e WHERE e.case_id = c.id "
                "AND e.to_stage = 'verification') FROM cases c")

    def kept() -> dict[str, tuple[Any, Any]]:
        rows = _sql(office, timeline)
        for r in rows:  # the columns kept on the case are the timeline's first moves
            assert (r[1], r[2]) == (r[3], r[4]), r[0]
        return {r[0]: (r[1], r[2]) for r in rows}

    before = kept()
    assert before[a.case_id][0] is not None and before[a.case_id][1] is not None
    assert before[b.case_id][0] is not None and before[b.case_id][1] is None
    assert before[c.case_id] == (None, None)
    # An older database: the migration fills them from the timeline.
    migrate.downgrade(office.db.engine, "index_rekey")
    migrate.upgrade(office.db.engine)
    assert kept() == before


def test_unit_figures_open_content_keys_only(
    office: Office, office_data: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Statistics never unwrap a case's identity key (README, "Reports: what is plain
    and what is not"): the unit is counted with the content keys alone, and those
    are not kept in the session's key cache."""
    from wbs_desktop.storage import keys as keystore

    ws = office_data
    ws.actor.case_keys.clear()
    ws.actor.report_units.clear()
    kinds: list[str] = []
    real = keystore.Unlocker.open_case_grant

    def spy(self: keystore.Unlocker, grant: Any) -> bytes:
        kinds.append(grant.key_kind)
        return real(self, grant)

    monkeypatch.setattr(keystore.Unlocker, "open_case_grant", spy)
    f = reports.figures(ws, PERIOD)
    assert f.units_readable == f.received.count > 50
    assert set(kinds) == {keystore.CONTENT}
    assert not ws.actor.case_keys
    # The same figures as with every key already open in the session.
    ws.actor.report_units.clear()
    ws.cases.rows(list(reports.case_ids(ws, f, "received")))
    assert ws.actor.case_keys
    again = reports.figures(ws, PERIOD)
    assert again.by_unit == f.by_unit and again.units_readable == f.units_readable

