"""The demo data: plausible, valid, deterministic for a seed; admin only."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.helpers.databases import database_url
from tests.helpers.office import ADMIN_PASSWORD, OFFICER_PASSWORD, create_office
from wbs_desktop.domain.catalog import DEFAULT_COMPLAINT_TYPES
from wbs_desktop.domain.complaint import normalized, validate_complaint
from wbs_desktop.domain.demo_plan import DemoGenerator
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import TRANSITIONS, Stage
from wbs_desktop.domain.text import normalize_person_name
from wbs_desktop.services.demo import generate_demo_data
from wbs_desktop.services.dto import CaseDetail, CaseFilter
from wbs_desktop.services.errors import PermissionDenied
from wbs_desktop.services.office import Office

NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)
CODES = [t.code for t in DEFAULT_COMPLAINT_TYPES]
NTT_TOWNS = ("Kupang", "Soe", "Kefamenanu", "Atambua", "Ende", "Maumere", "Labuan Bajo", "Waingapu")


def _plan(seed: object, n: int) -> list:
    gen = DemoGenerator(seed, CODES, now=NOW)
    return [gen.case(sk) for sk in gen.skeleton(n)]


def test_every_case_is_a_valid_normalized_complaint_with_a_legal_timeline():
    cases = _plan(7, 400)
    assert {c.stage for c in cases} == set(Stage)
    previous = None
    for c in cases:
        assert validate_complaint(c.complaint, CODES, now=NOW) == []
        assert normalized(c.complaint) == c.complaint
        assert previous is None or previous <= c.complaint.received_at  # oldest first
        previous = c.complaint.received_at
        first, *rest = c.events
        assert first.kind == "submitted" and first.at == c.complaint.received_at
        stage = Stage.RECEIVED
        at = first.at
        for event in rest:
            assert at < event.at <= NOW
            at = event.at
            if event.kind == "transition":
                assert event.from_stage == stage and event.to_stage in TRANSITIONS[stage]
                stage = event.to_stage
                assert event.reason
        assert stage == c.stage
        assert (c.outcome is not None) == (c.stage == Stage.CONCLUDED)
        if c.stage == Stage.AWAITING_INFO:  # asked for more because it lacks something
            assert len(c.complaint.chronology.split()) < 25 or not c.complaint.evidence_links


def test_the_people_and_places_are_of_ntt_and_the_text_is_indonesian():
    cases = _plan("ntt", 300)
    towns = " ".join(c.complaint.location + " " + c.complaint.accused.unit for c in cases)
    assert sum(town in towns for town in NTT_TOWNS) >= 6
    chronologies = " ".join(c.complaint.chronology for c in cases)
    for word in ("saya", "WITA", "Saudara", "selaku"):
        assert word in chronologies
    phones = [c.complaint.reporter.phone for c in cases if c.complaint.reporter.phone]
    assert phones and all(p.startswith("+628") for p in phones)
    # A few accused appear in several reports ("other reports on this person").
    names = [c.complaint.accused.name for c in cases]
    assert len(set(names)) < len(names)


def test_same_seed_same_data_other_seed_other_data():
    a = [(c.complaint, c.stage) for c in _plan(3, 50)]
    b = [(c.complaint, c.stage) for c in _plan(3, 50)]
    c = [(c.complaint, c.stage) for c in _plan(4, 50)]
    assert a == b
    assert a != c


def test_demo_data_is_admin_only(office: Office):
    admin = office.login("admin", "Sasando-Lontar-Kepala-2026")
    admin.accounts.add_user("yosef", "Yosef Ndun", Role.OFFICER, OFFICER_PASSWORD)
    officer = office.login("yosef", OFFICER_PASSWORD)
    with pytest.raises(PermissionDenied):
        generate_demo_data(officer, 5, seed=1)
    assert admin.cases.total_count() == 0


def test_demo_never_accuses_a_user_of_this_office(office: Office):
    """A user's name is kept out of the accused (the demo would otherwise make
    conflicts of interest); an officer reads only the cases assigned to them."""
    admin = office.login("admin", "Sasando-Lontar-Kepala-2026")
    gen = DemoGenerator(5, CODES, now=NOW, avoid_names=["Maria Goreti Bria"])
    would_be_accused = gen.case(gen.skeleton(60)[0]).complaint.accused.name
    admin.accounts.add_user("terlapor", would_be_accused, Role.OFFICER, OFFICER_PASSWORD)

    result = generate_demo_data(admin, 60, seed=5, batch_size=25, now=NOW)

    assert result.cases == 60 and not result.officers_created  # an officer existed
    assert sum(result.stage_counts.values()) == 60
    key = normalize_person_name(would_be_accused)
    rows = admin.cases.rows(admin.cases.search_ids(CaseFilter()))
    assert all(normalize_person_name(r.accused_name or "") != key for r in rows)
    officer = office.login("terlapor", OFFICER_PASSWORD)
    mine = set(admin.cases.search_ids(CaseFilter(officer_id=officer.user.id)))
    assert mine
    for row in officer.cases.rows([r.id for r in rows]):
        assert (row.accused_name is not None) == (row.id in mine)


def _as_read(d: CaseDetail) -> CaseDetail:
    """A case as read, without what differs between two offices (the case ids)."""
    related = tuple(dataclasses.replace(r, id="") for r in d.related)
    return dataclasses.replace(d, id="", related=related)


def test_worker_processes_store_what_this_process_stores(backend: str, tmp_path: Path):
    """The bulk batches prepared by worker processes (the default from
    ``PARALLEL_FROM`` cases on) are stored as this process stores them: the same
    cases, timelines and grants, read through the services by the administrator,
    found by the accused's name, and read by the assigned officer."""
    read: list[tuple[object, ...]] = []
    for processes in (0, 2):
        work = tmp_path / f"p{processes}"
        work.mkdir()
        with database_url(backend, work) as url:
            office, _ = create_office(url, work)
            try:
                admin = office.login("admin", ADMIN_PASSWORD)
                result = generate_demo_data(
                    admin, 90, seed=8, batch_size=20, now=NOW, worked=0,
                    officer_password=OFFICER_PASSWORD, processes=processes,
                )
                ids = admin.cases.search_ids(CaseFilter())
                details = [_as_read(admin.cases.detail(i)) for i in ids]
                name = details[0].accused.name if details[0].accused else ""
                found = admin.cases.rows(admin.cases.search_ids(CaseFilter(text=name)))
                officer = office.login(result.officers_created[0], OFFICER_PASSWORD)
                theirs = officer.cases.search_ids(CaseFilter(officer_id=officer.user.id))
                their_reads = [_as_read(officer.cases.detail(i)) for i in theirs]
                read.append((
                    result.cases, result.stage_counts, result.first_register,
                    result.last_register, details, sorted(r.register_number for r in found),
                    their_reads,
                ))
            finally:
                office.close()
    assert read[0][0] == 90 and read[0][4][0].timeline and read[0][6]
    assert read[0][5] and all(d.granted for d in read[0][6])
    assert read[1] == read[0]
