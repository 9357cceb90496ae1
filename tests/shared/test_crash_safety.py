"""Processes killed (SIGKILL) in the middle of submitting and transitioning cases:
the database opens, the audit chain verifies, every case is whole or absent, and
register numbers have no gap."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.helpers.office import ADMIN_PASSWORD, workstation
from tests.shared.helpers import start_worker, wait_ready
from wbs_desktop.domain.stages import Stage
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage.db import peek_number
from wbs_desktop.storage.models import Case

KILLS = 10


def check_whole(db_url: str, tmp_path: Path) -> int:
    """Open afresh and check everything; returns the number of cases."""
    office = Office.open(db_url, workstation=workstation(tmp_path, "checker"))
    try:
        ws = office.login("admin", ADMIN_PASSWORD)
        verification = ws.audit.verify()
        assert verification.ok, verification.message
        with office.db.read() as session:
            rows = session.execute(select(Case.id, Case.register_year, Case.register_seq)).all()
            years = {r.register_year for r in rows}
            for year in years:
                seqs = sorted(r.register_seq for r in rows if r.register_year == year)
                assert seqs == list(range(1, len(seqs) + 1)), "register numbers have a gap"
                assert peek_number(session, "register", year) == len(seqs)
        for case_id, _, _ in rows:
            detail = ws.cases.detail(case_id)  # every field decrypts
            assert detail.granted and detail.accused is not None and detail.chronology
            first = detail.timeline[0]
            assert (first.kind, first.to_stage) == ("submitted", Stage.RECEIVED)
            # The timeline and the stage agree (no transition half-applied).
            last_stage = [e.to_stage for e in detail.timeline if e.to_stage][-1]
            assert last_stage == detail.stage
        return len(rows)
    finally:
        office.close()


@pytest.mark.slow
def test_killed_workers_leave_whole_cases(
    office: Office, admin: Workspace, db_url: str, backend: str, tmp_path: Path
) -> None:
    rng = random.Random(20261128)
    started = time.monotonic()
    completed_before_kill = 0
    for i in range(KILLS):
        proc = start_worker(db_url, tmp_path / f"worker{i}.json", "crash")
        try:
            wait_ready(proc)
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
            time.sleep(rng.uniform(0.05, 0.8))
        finally:
            proc.kill()  # SIGKILL on POSIX
            out, err = proc.communicate(timeout=30)
        assert proc.returncode != 0
        assert "Traceback" not in err, err
        completed_before_kill += out.count("case ")
    total = check_whole(db_url, tmp_path)
    assert total >= completed_before_kill
    print(
        f"\n{backend}: {KILLS} kills, {total} whole cases "
        f"({total - completed_before_kill} finished but not yet reported when killed), "
        f"{time.monotonic() - started:.1f} s"
    )
    # And the office goes on working.
    assert admin.cases.total_count() == total
