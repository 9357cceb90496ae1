"""``wbs-admin mark`` and ``wbs-admin report`` through a real subprocess; the
Excel file read back with openpyxl, the PDF with pypdf; no reporter in either."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
from sqlalchemy import select

from tests.cli.conftest import CliRunner
from tests.helpers.office import ADMIN_PASSWORD, complaint
from tests.letters.pdfcheck import norm, reader, text
from wbs_desktop.domain.stages import Outcome, Stage
from wbs_desktop.services.office import Office
from wbs_desktop.storage.models import AuditEntry

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
#: Written into the reporter's name, e-mail and phone: must never reach a file.
MARKER = "Zyxwv Pelaporrahasia"


def _office_with_cases(office: Office) -> list[str]:
    ws = office.login("admin", ADMIN_PASSWORD)
    regs = []
    for i in range(6):
        sub = ws.cases.submit(complaint(
            received_at=NOW - timedelta(days=3 * i),
            incident_date=date(2026, 10, 1),
            reporter={"name": f"{MARKER} {i}", "email": "zyxwv.pelaporrahasia@example.id"},
            accused={"unit": "Bidang Mutasi" if i % 2 else "Sekretariat"},
        ))
        regs.append(sub.register_number)
        if i < 3:
            ws.cases.transition(sub.case_id, Stage.VERIFICATION, "lengkap")
        if i == 0:
            ws.cases.transition(sub.case_id, Stage.INVESTIGATION, "lanjut")
            ws.cases.transition(sub.case_id, Stage.CONCLUDED, "selesai",
                                outcome=Outcome.SUBSTANTIATED)
    ws.logout()
    return regs


def test_mark_and_report_files(cli: CliRunner, office: Office, tmp_path: Path) -> None:
    regs = _office_with_cases(office)
    run = cli("--user", "admin", "mark", regs[5], "--test", password=ADMIN_PASSWORD)
    assert run.returncode == 0, run.output
    run = cli("--user", "admin", "mark", regs[4], "--duplicate-of", regs[3],
              password=ADMIN_PASSWORD)
    assert run.returncode == 0, run.output
    assert f"duplicate of {regs[3]}" in run.stdout
    run = cli("--user", "admin", "mark", regs[4], "--test", "--clear", password=ADMIN_PASSWORD)
    assert run.returncode == 2

    xlsx, pdf = tmp_path / "rekap.xlsx", tmp_path / "rekap.pdf"
    run = cli("--user", "admin", "--json", "report", "--from", "2026-10-01", "--to",
              "2026-11-30", "--xlsx", str(xlsx), "--pdf", str(pdf), password=ADMIN_PASSWORD)
    assert run.returncode == 0, run.output
    data = json.loads(run.stdout)
    assert data["received"] == 4
    assert data["excluded"] == {"test": 1, "duplicate": 1, "demo": 0}
    assert data["by_stage"]["verification"] == 2
    assert data["by_stage"]["received"] == 1
    assert data["by_ending"]["substantiated"] == 1
    assert data["by_unit"] == {"Sekretariat": 2, "Bidang Mutasi": 2}
    assert data["working_days"]["verification"]["cases"] == 3
    if os.name == "posix":
        assert xlsx.stat().st_mode & 0o777 == 0o600
        assert pdf.stat().st_mode & 0o777 == 0o600

    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames[:4] == ["Sampul", "Ringkasan", "Per Bulan", "Per Tahap"]
    assert "Per Unit Terlapor" in book.sheetnames and "Waktu Penyelesaian" in book.sheetnames
    summary = {r[0]: r[1] for r in book["Ringkasan"].iter_rows(min_row=5, values_only=True)}
    assert summary["Pengaduan diterima"] == 4
    assert summary["Tidak dihitung: Uji coba"] == 1
    months = {r[0]: r[1] for r in book["Per Bulan"].iter_rows(min_row=5, values_only=True)}
    assert months == {"Oktober 2026": 0, "November 2026": 4}
    assert len(book["Per Bulan"]._charts) == 1  # a native chart
    assert len(book["Per Tahap"]._charts) == 1
    cover = [c for row in book["Sampul"].iter_rows(values_only=True) for c in row if c]
    assert "Maria Goreti Bria" in cover
    assert datetime(2026, 10, 1) in cover

    body = norm(text(pdf.read_bytes()))
    for expected in ("REKAPITULASI PENGADUAN", "1 Oktober 2026 s.d. 30 November 2026",
                     "Pengaduan diterima 4", "Tidak dihitung: Duplikat 1",
                     "BADAN KEPEGAWAIAN DAERAH", "Sekretariat 2", "- 2 -"):
        assert norm(expected) in body, expected
    fonts = set()
    for page in reader(pdf.read_bytes()).pages:
        for font in page["/Resources"]["/Font"].values():
            f = font.get_object()
            fonts.add(str(f["/BaseFont"]))
            assert "/FontFile2" in f["/DescendantFonts"][0].get_object()["/FontDescriptor"] \
                if "/DescendantFonts" in f else "/FontFile2" in f["/FontDescriptor"]
    assert not any("Helvetica" in f for f in fonts)

    for blob in (xlsx.read_bytes(), pdf.read_bytes(), run.stdout.encode()):
        assert b"Pelaporrahasia" not in blob and b"pelaporrahasia" not in blob
    # The xlsx is a zip: look inside its XML too.
    import zipfile

    with zipfile.ZipFile(xlsx) as z:
        for name in z.namelist():
            assert b"elaporrahasia" not in z.read(name), name

    with office.db.read() as session:
        actions = [r[0] for r in session.execute(
            select(AuditEntry.action).order_by(AuditEntry.seq))]
    assert actions.count("recap_exported") == 1
    assert actions.count("case_marked") == 2
