"""``wbs-admin`` through real subprocesses, on both backends."""

from __future__ import annotations

import json
import re
from pathlib import Path

from sqlalchemy import text

from tests.cli.conftest import CliRunner, run_cli
from tests.helpers.office import ADMIN_PASSWORD, OFFICER_PASSWORD, complaint
from wbs_desktop.domain.complaint_json import complaint_to_json
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import Stage
from wbs_desktop.services.dto import CaseFilter
from wbs_desktop.services.office import Office

RECOVERY_RE = re.compile(r"WBSR(-[A-Z2-7]{4}){14}")


def _write(path: Path, data: object) -> str:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_round_trip_init_user_submit_show_verify(cli: CliRunner, db_url: str, tmp_path: Path):
    outputs = []

    init = cli(
        "init", "--admin", "admin", "--full-name", "Maria Goreti Bria", password=ADMIN_PASSWORD
    )
    outputs.append(init)
    assert init.returncode == 0, init.stderr
    assert len(RECOVERY_RE.findall(init.stdout)) == 1  # shown exactly once
    assert "NOT stored anywhere" in init.stdout and "safe" in init.stdout

    add = cli(
        "--user", "admin", "user", "add", "yosef", "--role", "officer",
        "--full-name", "Yosef Ndun", "--nip", "198001012005011001",
        password=ADMIN_PASSWORD, WBS_NEW_PASSWORD=OFFICER_PASSWORD,
    )  # fmt: skip
    outputs.append(add)
    assert add.returncode == 0, add.stderr
    assert "yosef" in add.stdout

    complaint_file = _write(tmp_path / "c.json", complaint_to_json(complaint()))
    sub = cli("--user", "yosef", "--json", "submit", complaint_file, password=OFFICER_PASSWORD)
    outputs.append(sub)
    assert sub.returncode == 0, sub.stderr
    submitted = json.loads(sub.stdout)
    register = submitted["register_number"]
    assert register == "WBS-2026-00001"
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", submitted["tracking_code"])

    shown = cli("--user", "admin", "show", register, password=ADMIN_PASSWORD)
    outputs.append(shown)
    assert shown.returncode == 0, shown.stderr
    assert register in shown.stdout
    assert "Y*** M***" in shown.stdout
    assert "Yohanes" not in shown.stdout and "yohanes" not in shown.stdout
    assert "Drs. Stefanus Lelo" in shown.stdout and "Kepala Seksi Mutasi" in shown.stdout
    assert "Completeness (4W1H + evidence): complete" in shown.stdout
    assert "https://drive.example.id/bukti/transfer.jpg" in shown.stdout
    assert "23 November 2026" in shown.stdout  # received, in Indonesian

    reason = "Perlu menghubungi pelapor untuk jadwal klarifikasi"
    revealed = cli(
        "--user", "admin", "show", register, "--reveal-identity", "--reason", reason, "--json",
        password=ADMIN_PASSWORD,
    )  # fmt: skip
    outputs.append(revealed)
    assert revealed.returncode == 0, revealed.stderr
    data = json.loads(revealed.stdout)
    assert data["reporter_revealed"] is True
    assert data["reporter"]["name"] == "Yohanes Mbete"
    assert data["reporter"]["phone"] == "+6281234567890"
    assert data["stage"] == "received" and data["accused"]["nip"] == "197805122005011003"

    verify = cli("--user", "admin", "verify-audit", password=ADMIN_PASSWORD)
    outputs.append(verify)
    assert verify.returncode == 0, verify.stderr
    assert re.search(r"intact \(\d+ entries\)", verify.stdout)

    for run in outputs:
        assert ADMIN_PASSWORD not in run.output and OFFICER_PASSWORD not in run.output
        assert "Traceback" not in run.stderr

    # The identity view went to the audit log with its reason.
    office = Office.open(db_url)
    try:
        ws = office.login("admin", ADMIN_PASSWORD)
        views = [e for e in ws.audit.entries() if e.action == "identity_viewed"]
        assert len(views) == 1 and views[0].details["reason"] == reason
        assert {u.username: u.role for u in ws.accounts.list_users()} == {
            "admin": Role.ADMIN,
            "yosef": Role.OFFICER,
        }
    finally:
        office.close()


def test_import_reports_bad_lines_and_keeps_the_good(
    cli: CliRunner, office: Office, tmp_path: Path
):
    good = complaint_to_json(complaint())
    bad_phone = json.loads(json.dumps(good))
    bad_phone["reporter"]["phone"] = "12345"
    lines = [
        json.dumps(good),
        "",  # blank lines are skipped
        '{"channel": "web", "reporter": ',  # malformed JSON
        json.dumps(bad_phone),  # valid JSON, invalid record
        json.dumps(dict(good, complaint_type="other")),
    ]
    path = tmp_path / "web-form.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    run = cli("--user", "admin", "--json", "import", str(path), password=ADMIN_PASSWORD)

    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert re.search(r"^line 3: not valid JSON", run.stderr, re.M)
    assert re.search(r"^line 4: reporter\.phone: ", run.stderr, re.M)
    assert "line 1:" not in run.stderr and "line 5:" not in run.stderr
    imported = json.loads(run.stdout)
    assert [r["line"] for r in imported] == [1, 5]
    assert [r["register_number"] for r in imported] == ["WBS-2026-00001", "WBS-2026-00002"]
    ws = office.login("admin", ADMIN_PASSWORD)
    assert ws.cases.total_count() == 2


def test_verify_audit_names_a_tampered_entry(cli: CliRunner, office: Office):
    ws = office.login("admin", ADMIN_PASSWORD)
    ws.cases.submit(complaint())
    ws.logout()
    with office.db.engine.begin() as conn:
        conn.execute(text('UPDATE audit_log SET details = \'{"name": "forged"}\' WHERE seq = 2'))

    run = cli("--user", "admin", "verify-audit", password=ADMIN_PASSWORD)

    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert "entry 2" in run.stdout and "edited" in run.stdout


def test_failures_are_one_clean_line(cli: CliRunner, office: Office, db_url: str, tmp_path: Path):
    wrong = cli("--user", "admin", "verify-audit", password="Not-The-Password-1")
    assert wrong.returncode != 0
    assert "wrong user name or password" in wrong.stderr
    assert "Traceback" not in wrong.stderr and "Not-The-Password-1" not in wrong.output

    unknown = cli("--user", "admin", "show", "WBS-2026-99999", password=ADMIN_PASSWORD)
    assert unknown.returncode != 0
    assert "WBS-2026-99999" in unknown.stderr and "Traceback" not in unknown.stderr

    admin = office.login("admin", ADMIN_PASSWORD)
    admin.accounts.add_user("yosef", "Yosef Ndun", Role.OFFICER, OFFICER_PASSWORD)
    denied = cli("--user", "yosef", "demo", "--cases", "10", password=OFFICER_PASSWORD)
    assert denied.returncode == 1
    assert "may not demo_data" in denied.stderr and "Traceback" not in denied.stderr
    assert admin.cases.total_count() == 0

    for run in (wrong, unknown, denied):
        assert len(run.stderr.strip().splitlines()) == 1


def test_database_problems_are_clean(tmp_path: Path):
    missing = run_cli("--db", str(tmp_path / "nothing.sqlite3"), "--user", "admin", "user", "list",
                      env={"WBS_PASSWORD": ADMIN_PASSWORD})  # fmt: skip
    assert missing.returncode != 0 and "there is no database" in missing.stderr
    assert not (tmp_path / "nothing.sqlite3").exists()

    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    uninitialised = run_cli("--db", str(empty), "--user", "admin", "verify-audit",
                            env={"WBS_PASSWORD": ADMIN_PASSWORD})  # fmt: skip
    assert uninitialised.returncode != 0
    assert "no office set up yet" in uninitialised.stderr and "init" in uninitialised.stderr

    server = "postgresql://wbs:Server-Secret-99@127.0.0.1:1/wbs"
    unreachable = run_cli(
        "--db", server, "--user", "admin", "verify-audit", env={"WBS_PASSWORD": ADMIN_PASSWORD}
    )
    assert unreachable.returncode != 0
    assert "could not be reached" in unreachable.stderr
    assert "Server-Secret-99" not in unreachable.output

    for run in (missing, uninitialised, unreachable):
        assert "Traceback" not in run.stderr
        assert len(run.stderr.strip().splitlines()) == 1


def test_demo_makes_cases_in_every_stage_readable_by_the_admin(cli: CliRunner, office: Office):
    run = cli(
        "--user", "admin", "--json", "demo", "--cases", "200", "--seed", "42",
        password=ADMIN_PASSWORD, WBS_NEW_PASSWORD=OFFICER_PASSWORD,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout)
    assert summary["cases"] == 200
    assert set(summary["stages"]) == {s.value for s in Stage}
    assert summary["officers_created"]
    assert "demo cases: 200/200" in run.stderr  # progress on stderr

    ws = office.login("admin", ADMIN_PASSWORD)
    assert ws.cases.total_count() == 200
    assert set(ws.cases.stage_counts(CaseFilter())) == set(Stage)
    ids = ws.cases.search_ids(CaseFilter())
    rows = ws.cases.rows(ids)
    assert all(r.accused_name for r in rows)  # every case decrypts for the admin
    assert len({r.register_number for r in rows}) == 200
    for case_id in ids[::20]:
        detail = ws.cases.detail(case_id)
        assert detail.granted and detail.chronology and detail.reporter is not None
        assert detail.timeline[0].kind == "submitted"
        assert detail.timeline[-1].to_stage in (detail.stage, None)
    identity = ws.cases.reveal_identity(ids[0], "Pemeriksaan data demo")
    assert identity.name
    # The services carry on where the demo stopped (event ids, register numbers).
    received = ws.cases.search_ids(CaseFilter(stages=frozenset({Stage.RECEIVED})))[0]
    moved = ws.cases.transition(received, Stage.VERIFICATION, "mulai verifikasi")
    assert moved.timeline[-1].reason == "mulai verifikasi"
    assert ws.cases.submit(complaint()).register_number not in {r.register_number for r in rows}
    assert ws.audit.verify().ok

    # A demo officer can log in and read exactly the cases assigned to them.
    officer = next(u for u in ws.accounts.list_users() if u.role == Role.OFFICER)
    mine = ws.cases.search_ids(CaseFilter(officer_id=officer.id))
    assert mine
    ows = office.login(officer.username, OFFICER_PASSWORD)
    assert all(r.accused_name for r in ows.cases.rows(mine))
    others = [i for i in ids if i not in set(mine)]
    assert not any(r.accused_name for r in ows.cases.rows(others[:50]))
