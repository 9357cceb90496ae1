"""``wbs-admin register export`` through a real subprocess: the window's filters,
CSV and Excel read back, the accused only when asked, never the reporter,
private files, one audit entry per file."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
from sqlalchemy import select

from tests.cli.conftest import CliRunner
from tests.helpers.office import ADMIN_PASSWORD, OFFICER_PASSWORD, add_user, complaint
from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import Stage
from wbs_desktop.services.office import Office
from wbs_desktop.storage.models import AuditEntry

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
#: Written into the reporter's name, e-mail and phone: must never reach a file.
MARKER = "Zyxwv Pelaporrahasia"


def _office(office: Office) -> list[str]:
    """Six cases: three in verification, one of them assigned to officer yosef;
    the accused's names are ``Terlapor <i> & "Kepala" <Seksi>`` (markup, quotes)."""
    ws = office.login("admin", ADMIN_PASSWORD)
    officer = add_user(ws, "yosef", Role.OFFICER, "Yosef Nahak")
    regs = []
    for i in range(6):
        sub = ws.cases.submit(complaint(
            received_at=NOW - timedelta(days=10 * i),
            incident_date=date(2026, 9, 1),
            channel=Channel.EMAIL if i % 2 else Channel.PAPER,
            reporter={"name": f"{MARKER} {i}", "email": "zyxwv.pelaporrahasia@example.id",
                      "phone": "0899-1111-2222"},
            accused={"name": f'Terlapor {i} & "Kepala" <Seksi>'},
        ))
        regs.append(sub.register_number)
        if i < 3:
            ws.cases.transition(sub.case_id, Stage.VERIFICATION, "lengkap")
        if i == 1:
            ws.cases.assign(sub.case_id, officer)
    ws.logout()
    return regs


def _csv_rows(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def _audit(office: Office) -> list[dict[str, object]]:
    with office.db.read() as session:
        rows = session.execute(
            select(AuditEntry.details).where(AuditEntry.action == "register_exported")
            .order_by(AuditEntry.seq)
        ).scalars().all()
    return [json.loads(d) if isinstance(d, str) else dict(d) for d in rows]


def test_register_export_filters_files_and_audit(
    cli: CliRunner, office: Office, tmp_path: Path
) -> None:
    regs = _office(office)
    out = tmp_path / "verifikasi.csv"
    run = cli("--user", "admin", "register", "export", "--stage", "verification",
              "--csv", str(out), password=ADMIN_PASSWORD)
    assert run.returncode == 0, run.output
    assert "3 rows" in run.stdout
    rows = _csv_rows(out)
    assert rows[0][:2] == ["No.", "Nomor register"] and "Nama terlapor" not in rows[0]
    assert sorted(r[1] for r in rows[1:]) == sorted(regs[:3])
    assert all(r[5] == "Verifikasi" for r in rows[1:])
    text = out.read_text(encoding="utf-8-sig")
    assert MARKER not in text and "Terlapor" not in text
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600

    # Several filters at once, both files, the names asked for, JSON out.
    xlsx, csv_path = tmp_path / "register.xlsx", tmp_path / "register.csv"
    frm = (NOW - timedelta(days=35)).astimezone(UTC).date().isoformat()
    run = cli("--user", "admin", "--json", "register", "export", "--channel", "email",
              "--from", frm, "--to", NOW.date().isoformat(), "--with-accused",
              "--xlsx", str(xlsx), "--csv", str(csv_path), password=ADMIN_PASSWORD)
    assert run.returncode == 0, run.output
    data = json.loads(run.stdout)
    assert data["cases"] == 2 and data["with_accused"] is True  # cases 1 and 3
    assert [(f["format"], f["rows"], f["accused_names"]) for f in data["files"]] == [
        ("csv", 2, 2), ("xlsx", 2, 2)]
    book = openpyxl.load_workbook(xlsx)
    sheet = book["Register"]
    header = [c.value for c in sheet[3]]
    assert header[-1] == "Nama terlapor"
    body = [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
    assert sorted(r[1] for r in body) == sorted([regs[1], regs[3]])
    assert {r[-1] for r in body} == {'Terlapor 1 & "Kepala" <Seksi>',
                                     'Terlapor 3 & "Kepala" <Seksi>'}
    assert isinstance(body[0][2], datetime)  # a real date cell
    assert all(MARKER not in str(v) and "0899" not in str(v) for r in body for v in r)
    assert "Terlapor 1" in csv_path.read_text(encoding="utf-8-sig")
    if os.name == "posix":
        assert xlsx.stat().st_mode & 0o777 == 0o600

    # The officer filter; nothing overdue yet; no file for no match.
    officer_csv = tmp_path / "yosef.csv"
    run = cli("--user", "admin", "register", "export", "--officer", "yosef",
              "--csv", str(officer_csv), password=ADMIN_PASSWORD)
    assert run.returncode == 0, run.output
    assert [r[1] for r in _csv_rows(officer_csv)[1:]] == [regs[1]]
    assert _csv_rows(officer_csv)[1][6] == "Yosef Nahak"

    audit = _audit(office)
    assert [(a["format"], a["rows"], a["with_accused"], a["accused_names"]) for a in audit] == [
        ("csv", 3, False, 0), ("csv", 2, True, 2), ("xlsx", 2, True, 2), ("csv", 1, False, 0)]
    assert all(str(tmp_path) not in json.dumps(a) for a in audit)  # never the path


def test_register_export_refuses_bad_input_and_officers(
    cli: CliRunner, office: Office, tmp_path: Path
) -> None:
    _office(office)
    target = tmp_path / "x.csv"
    run = cli("--user", "admin", "register", "export", "--stage", "nonsense",
              "--csv", str(target), password=ADMIN_PASSWORD)
    assert run.returncode == 2 and "unknown stage" in run.stderr
    run = cli("--user", "admin", "register", "export", password=ADMIN_PASSWORD)
    assert run.returncode == 2 and "--csv" in run.stderr
    run = cli("--user", "admin", "register", "export", "--type", "no_such_type",
              "--csv", str(target), password=ADMIN_PASSWORD)
    assert run.returncode == 2 and "no_such_type" in run.stderr
    run = cli("--user", "admin", "register", "export", "--from", "2026-11-30", "--to",
              "2026-11-01", "--csv", str(target), password=ADMIN_PASSWORD)
    assert run.returncode == 2
    run = cli("--user", "admin", "--json", "register", "export", "--officer", "nobody",
              "--csv", str(target), password=ADMIN_PASSWORD)
    assert run.returncode != 0 and "error" in json.loads(run.stderr)
    # Officers may print the list in the window, not export it.
    run = cli("--user", "yosef", "register", "export", "--with-accused",
              "--csv", str(target), password=OFFICER_PASSWORD)
    assert run.returncode != 0
    assert not target.exists()
    assert _audit(office) == []

