"""The demo office looks worked: hearings, letters, witnesses, notes, minutes and
attachments consistent with each case's stage and dates, built through the
services; every case marked as demo; loss figures as the chronology says.

One office per backend (module scope): SQLite with 300 cases (40 worked),
PostgreSQL with 80 (12 worked). ``wbs-admin demo`` builds 150 worked cases.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import BACKENDS
from tests.helpers.databases import database_url
from tests.helpers.office import ADMIN_PASSWORD, OFFICER_PASSWORD, create_office
from tests.letters.pdfcheck import layout_text
from wbs_desktop.domain.dates import OFFICE_TZ, format_date_id
from wbs_desktop.domain.stages import Outcome, Stage
from wbs_desktop.services import marking
from wbs_desktop.services.demo import DEMO_HEAD_KEY, DemoResult, generate_demo_data
from wbs_desktop.services.dto import CaseDetail, CaseFilter
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace

NOW = datetime(2026, 11, 27, 7, 0, tzinfo=UTC)  # a Friday afternoon in Kupang
SIZES = {"sqlite": (300, 40), "postgresql": (80, 12)}
HEARING_STAGE = {
    "reporter": Stage.CLARIFICATION,
    "witness": Stage.CLARIFICATION,
    "accused": Stage.EXAMINATION,
}


@dataclass
class Built:
    office: Office
    admin: Workspace
    result: DemoResult
    details: list[CaseDetail]
    backend: str


@pytest.fixture(scope="module", params=BACKENDS)
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Built]:
    backend = str(request.param)
    tmp: Path = tmp_path_factory.mktemp(f"demo-{backend}")
    size, worked = SIZES[backend]
    with database_url(backend, tmp) as url:
        office, _ = create_office(url, tmp)
        try:
            admin = office.login("admin", ADMIN_PASSWORD)
            result = generate_demo_data(
                admin, size, seed=29, officer_password=OFFICER_PASSWORD, worked=worked, now=NOW
            )
            ids = admin.cases.search_ids(CaseFilter())
            details = [admin.cases.detail(case_id) for case_id in ids]
            yield Built(office, admin, result, details, backend)
        finally:
            office.close()


def _worked(demo: Built) -> list[CaseDetail]:
    return [d for d in demo.details if d.notes or d.hearings]


def test_the_office_is_worked_through_the_services(demo: Built):
    size, worked = SIZES[demo.backend]
    counts = demo.result.worked
    assert counts.failures == []
    assert demo.result.cases == len(demo.details) == size
    assert worked // 2 <= counts.cases <= worked
    assert len(_worked(demo)) == counts.cases
    for what in ("hearings", "letters", "witnesses", "notes", "minutes", "attachments"):
        assert getattr(counts, what) > 0, what
    hearings = [h for d in demo.details for h in d.hearings]
    assert len(hearings) == counts.hearings
    assert {h.party_kind for h in hearings} == {"reporter", "witness", "accused"}
    assert any(h.minutes is not None and len(h.minutes.qa) >= 3 for h in hearings)
    assert sum(len(d.letters) for d in demo.details) >= counts.letters
    assert sum(len(d.witnesses) for d in demo.details) == counts.witnesses
    assert sum(len(d.notes) for d in demo.details) == counts.notes
    assert sum(len(d.attachments) for d in demo.details) == counts.attachments


def test_every_case_is_marked_as_demo(demo: Built):
    for d in demo.details:
        assert marking.case_mark(demo.admin, d.id).mark == marking.Mark.DEMO, d.register_number


def test_hearings_follow_the_summons_rules_and_the_stages(demo: Built):
    calendar = demo.admin.holidays.calendar()
    today = NOW.astimezone(OFFICE_TZ).date()
    for d in _worked(demo):
        entered = {e.to_stage: e.at for e in d.timeline if e.kind == "transition"}
        for h in d.hearings:
            assert calendar.is_working_day(h.day), (d.register_number, h)
            assert h.letter_date < h.day and not h.rule_overridden
            if h.party_kind == "accused":
                assert calendar.working_days_between(h.letter_date, h.day) >= 7
            stage = HEARING_STAGE[h.party_kind]
            assert entered[stage].astimezone(OFFICE_TZ).date() <= h.letter_date
            if h.attendance != "scheduled":
                assert h.day <= today
            assert (h.minutes is not None) <= (h.attendance == "present")
            letters = [x for x in d.letters if x.hearing_id == h.id]
            assert letters, (d.register_number, h.party_kind)  # every hearing has its letter
            assert all(x.issued_on == h.letter_date for x in letters)
        if d.stage == Stage.CONCLUDED and d.outcome == Outcome.SUBSTANTIATED:
            assert any(h.party_kind == "accused" for h in d.hearings)
        for e in d.timeline:
            if e.kind == "attendance_recorded":
                assert calendar.is_working_day(e.at.astimezone(OFFICE_TZ).date())
        times = [e.at for e in d.timeline]
        assert times == sorted(times)


def test_a_summons_reads_back_as_a_letter_for_its_hearing(demo: Built, tmp_path: Path):
    found = [
        (d, h, x)
        for d in _worked(demo)
        for h in d.hearings
        for x in d.letters
        if x.hearing_id == h.id and h.party_kind == "accused"
    ]
    assert found
    d, h, letter = found[0]
    text = layout_text(demo.admin.letters.pdf(letter.id))
    flat = " ".join(text.split())
    assert "SURAT PANGGILAN" in flat
    assert letter.number in flat
    assert format_date_id(h.day) in flat
    assert d.accused is not None and d.accused.name.split(",")[0] in flat
    # signed by the demo office's head, by name, pangkat and NIP
    head = next(o for o in demo.admin.signatories.officials() if o.key == DEMO_HEAD_KEY)
    assert head.name in flat and head.rank in flat and f"NIP. {head.nip}" in flat


def test_attachments_are_small_real_scans(demo: Built):
    attached = [a for d in demo.details for a in d.attachments]
    assert attached
    for a in attached[:4]:
        name, data = demo.admin.procedure.read_attachment(a.id)
        assert name == a.filename and len(data) == a.size < 100_000
        assert data.startswith(b"\x89PNG" if name.endswith(".png") else b"%PDF")


def test_the_loss_figure_is_the_amount_the_chronology_names(demo: Built):
    named = 0
    for d in demo.details:
        amounts = {int(a.replace(".", "")) for a in re.findall(r"Rp ([\d.]+\d)", d.chronology)}
        if d.loss_estimate is None:
            assert not amounts, d.register_number
        else:
            named += 1
            assert amounts == {d.loss_estimate} and d.material_loss, d.register_number
    assert named


def test_cases_without_hearings_claim_none(demo: Built):
    """The bulk of the office has no letters: its timelines never say one was sent,
    and no case passed through a stage of hearings without hearings."""
    for d in demo.details:
        if d.hearings:
            continue
        for e in d.timeline:
            assert "dikirim" not in e.reason and "diundang" not in e.reason, e.reason
        passed = [e.to_stage for e in d.timeline if e.kind == "transition"]
        assert Stage.CLARIFICATION not in passed[:-1] or d.stage == Stage.CLARIFICATION
        assert Stage.EXAMINATION not in passed[:-1]
