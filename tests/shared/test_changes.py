"""Live refresh: a save on one workstation reaches another's watcher within a second."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.helpers.office import ADMIN_PASSWORD, complaint, recent
from tests.shared.helpers import Collector, case_seen, second_office, terminate_backends
from wbs_desktop.domain.stages import Stage
from wbs_desktop.services.changes import RESYNC, ChangeEvent, ChangeWatcher, parse_payload
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage.db import ChangeLog


def test_a_submit_and_a_transition_on_one_office_reach_the_others_watcher(
    office: Office, admin: Workspace, db_url: str, tmp_path: Path
) -> None:
    other = second_office(db_url, tmp_path)
    seen = Collector()
    watcher = ChangeWatcher(other.db, seen, on_status=seen.status)
    try:
        watcher.start()
        assert watcher.running
        result = admin.cases.submit(complaint(received_at=recent()))
        waited = seen.wait_for(case_seen(result.case_id, "case_submitted"), timeout=1.0)
        print(f"submit seen after {waited * 1000:.0f} ms")
        admin.cases.transition(result.case_id, Stage.VERIFICATION)
        seen.wait_for(case_seen(result.case_id, "case_transition"), timeout=1.0)
        # No secrets travel: only action names, case ids and sequence numbers.
        for event in seen.events:
            assert set(event.__slots__) == {"kind", "case_id", "seq"}
        assert seen.statuses == []  # never disconnected
    finally:
        watcher.stop()
        other.close()
    assert not watcher.running


def test_the_watcher_stops_promptly(office: Office) -> None:
    watcher = ChangeWatcher(office.db, Collector()).start()
    start = time.monotonic()
    watcher.stop()
    assert time.monotonic() - start < 1.0
    assert not watcher.running


def test_a_failing_callback_does_not_stop_the_watcher(office: Office, admin: Workspace) -> None:
    seen = Collector()
    calls = []

    def flaky(events: list[ChangeEvent]) -> None:
        calls.append(events)
        if len(calls) == 1:
            raise RuntimeError("the GUI had a bad moment")
        seen(events)

    with ChangeWatcher(office.db, flaky):
        admin.cases.submit(complaint(received_at=recent()))
        deadline = time.monotonic() + 2
        while not calls and time.monotonic() < deadline:
            time.sleep(0.02)
        assert calls
        second = admin.cases.submit(complaint(received_at=recent()))
        seen.wait_for(case_seen(second.case_id), timeout=2.0)


@pytest.mark.parametrize("backend", ["postgresql"])
def test_the_watcher_survives_its_connection_being_killed(
    office: Office, admin: Workspace, db_url: str, tmp_path: Path
) -> None:
    other = second_office(db_url, tmp_path)
    seen = Collector()
    watcher = ChangeWatcher(other.db, seen, on_status=seen.status)
    try:
        watcher.start()
        pid = watcher.backend_pid
        assert pid is not None
        assert terminate_backends(db_url, pid=pid) == 1
        # Saved while the watcher is (probably) still reconnecting: it must not be lost.
        result = admin.cases.submit(complaint(received_at=recent()))
        seen.wait_for(case_seen(result.case_id, "case_submitted"), timeout=5.0)
        deadline = time.monotonic() + 5
        while watcher.backend_pid == pid and time.monotonic() < deadline:
            time.sleep(0.05)
        assert watcher.backend_pid != pid
        assert watcher.reconnects >= 1
        assert seen.statuses[:2] == [False, True]
        # And it goes on listening on its new connection.
        admin.cases.transition(result.case_id, Stage.VERIFICATION)
        seen.wait_for(case_seen(result.case_id, "case_transition"), timeout=1.0)
        kinds = [e.kind for e in seen.events if e.case_id == result.case_id]
        assert kinds.count("case_submitted") == 1  # caught up once, not twice
    finally:
        watcher.stop()
        other.close()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_rolled_back_write_announces_nothing(
    office: Office, admin: Workspace, db_url: str, tmp_path: Path
) -> None:
    seen = Collector()
    with ChangeWatcher(office.db, seen):
        with pytest.raises(RuntimeError), admin.write() as session:
            admin.record(session, "note_added", case_id="0" * 32)
            raise RuntimeError("failed before the commit")
        marker = admin.cases.submit(complaint(received_at=recent()))
        seen.wait_for(case_seen(marker.case_id), timeout=1.0)
    assert not any(e.case_id == "0" * 32 for e in seen.events)


def test_payloads_are_small_and_overflow_to_a_resync() -> None:
    log = ChangeLog()
    log.seq = 7
    log.add("case_changed", "a" * 32)
    log.add("case_transition", "a" * 32)
    log.add("login", None)
    events = parse_payload(log.payload() or "")
    assert events == [
        ChangeEvent("case_transition", "a" * 32, 7),
        ChangeEvent("login", None, 7),
    ]
    for i in range(1000):
        log.add("case_changed", f"{i:032d}")
    assert parse_payload(log.payload() or "") == [ChangeEvent(RESYNC, None, 7)]
    assert parse_payload("not json") == [ChangeEvent(RESYNC)]


def test_two_logged_in_workstations_see_each_other(
    office: Office, admin: Workspace, db_url: str, tmp_path: Path
) -> None:
    """Both directions, each with its own watcher, as two app instances would run."""
    other = second_office(db_url, tmp_path)
    admin2 = other.login("admin", ADMIN_PASSWORD)
    seen1, seen2 = Collector(), Collector()
    try:
        with ChangeWatcher(office.db, seen1), ChangeWatcher(other.db, seen2):
            a = admin.cases.submit(complaint(received_at=recent()))
            b = admin2.cases.submit(complaint(received_at=recent()))
            seen2.wait_for(case_seen(a.case_id), timeout=1.0)
            seen1.wait_for(case_seen(b.case_id), timeout=1.0)
            # The other workstation can open the case it was told about.
            assert admin2.cases.detail(a.case_id).register_number == a.register_number
    finally:
        other.close()


@pytest.mark.slow
def test_another_process_s_saves_are_seen(office: Office, db_url: str, tmp_path: Path) -> None:
    """A real second process (its own interpreter and engine) submits; we hear each case."""
    from tests.shared.helpers import start_worker, stop_worker, wait_ready

    seen = Collector()
    with ChangeWatcher(office.db, seen):
        proc = start_worker(db_url, tmp_path / "other-process.json", "load", 3)
        try:
            wait_ready(proc)
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
            _out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err

            def three_cases(events: list[ChangeEvent]) -> bool:
                moved = {e.case_id for e in events if e.kind == "case_transition"}
                return len(moved) == 3

            seen.wait_for(three_cases, timeout=1.0)
        finally:
            stop_worker(proc)
    submitted = [e.case_id for e in seen.events if e.kind == "case_submitted"]
    assert len(submitted) == 3 and None not in submitted
    assert any(e.kind == "login" for e in seen.events)
