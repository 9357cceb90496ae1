"""The case register printed (to a PDF, read back) and exported (CSV, Excel): the
list's cases in its order, the accused's name only when ticked and only where
the user holds the case, never the reporter; audited; written privately."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import openpyxl
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from tests.gui.conftest import complaint
from tests.gui.test_main_window import settle
from wbs_desktop.domain.complaint import ReporterInput
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.main_window import MainWindow
from wbs_desktop.storage.models import AuditEntry

MARKER = "Qwertzu Pelaporsekali"


def _wait_job(qtbot, hooks) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: hooks._register_job is None, timeout=30_000)
    QApplication.processEvents()


def test_register_print_and_exports(qtbot, controller: Controller, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = controller._ws
    for i in range(45):
        ws.cases.submit(complaint(reporter=ReporterInput(f"{MARKER} {i}", "081234567890",
                                                         "qwertzu@example.com", True)))
    w = MainWindow(controller)
    qtbot.addWidget(w)
    w.show()
    settle(w)
    ids = w.model.ids()
    assert len(ids) == 45
    registers = [r.register_number for r in ws.cases.rows(ids)]

    pdf = tmp_path / "register.pdf"
    assert w.reports.print_list(str(pdf)) is not None
    _wait_job(qtbot, w.reports)
    reader = PdfReader(str(pdf))
    assert len(reader.pages) >= 2
    for n, page in enumerate(reader.pages, start=1):
        text = " ".join(page.extract_text().split())
        assert "Nomor register" in text  # the header on every page
        assert f"Page {n} of {len(reader.pages)}" in text
        assert "Pelaporsekali" not in text
        assert "Ahmad Yani" not in text  # names only when asked for (export)
    first_page = " ".join(reader.pages[0].extract_text().split())
    assert registers[0] in first_page

    out = tmp_path / "register.csv"
    w.reports.export_list(str(out), "csv", with_accused=True)
    _wait_job(qtbot, w.reports)
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0][-1] == "Nama terlapor"
    assert [r[1] for r in rows[1:]] == registers
    assert {r[-1] for r in rows[1:]} == {"Ahmad Yani"}  # the admin holds every case
    assert MARKER not in out.read_text(encoding="utf-8-sig")
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600

    xlsx = tmp_path / "register.xlsx"
    w.reports.export_list(str(xlsx), "xlsx", with_accused=False)
    _wait_job(qtbot, w.reports)
    sheet = openpyxl.load_workbook(xlsx)["Register"]
    values = list(sheet.iter_rows(min_row=3, values_only=True))
    assert values[0] == ("No.", "Nomor register", "Tanggal diterima", "Saluran",
                         "Jenis pengaduan", "Tahap", "Pemeriksa", "Tenggat")
    assert [v[1] for v in values[1:]] == registers
    assert values[1][2].year >= 2026  # a real date cell
    assert all("Ahmad" not in str(v) and "Pelaporsekali" not in str(v) for v in values)

    with controller._ws.office.db.read() as session:
        details = [d for (d,) in session.execute(
            select(AuditEntry.details).where(AuditEntry.action == "register_exported")
            .order_by(AuditEntry.seq))]
    assert len(details) == 3
    assert '"with_accused":true' in details[1].replace(" ", "")
    assert '"accused_names":45' in details[1].replace(" ", "")
