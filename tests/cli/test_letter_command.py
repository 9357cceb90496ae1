"""``wbs-admin letter REGISTER KIND [--hearing ID] --out FILE.pdf`` through a real subprocess."""

from __future__ import annotations

import hashlib
from datetime import date, time
from pathlib import Path

from tests.cli.conftest import CliRunner
from tests.helpers.office import ADMIN_PASSWORD, complaint
from tests.letters.pdfcheck import norm, text
from wbs_desktop.domain.stages import Stage
from wbs_desktop.services.office import Office
from wbs_desktop.services.procedure import HearingInput


def test_letter_command_writes_the_stored_pdf(
    cli: CliRunner, office: Office, tmp_path: Path
) -> None:
    ws = office.login("admin", ADMIN_PASSWORD)
    sub = ws.cases.submit(complaint())
    for stage in (Stage.VERIFICATION, Stage.INVESTIGATION, Stage.EXAMINATION):
        ws.cases.transition(sub.case_id, stage, "lanjut")
    hearing = ws.procedure.schedule_hearing(
        sub.case_id,
        HearingInput(
            "accused",
            date(2027, 2, 8),
            date(2027, 2, 18),
            time(9, 0),
            "Ruang Rapat BKD",
            ("Yosef Nahak",),
        ),
    )
    ws.logout()
    out = tmp_path / "panggilan.pdf"
    run = cli(
        "--user",
        "admin",
        "letter",
        sub.register_number,
        "summons-accused",
        "--hearing",
        str(hearing.id),
        "--out",
        str(out),
        password=ADMIN_PASSWORD,
    )
    assert run.returncode == 0, run.stderr
    assert "800/001/BKD/II/2027" in run.stdout
    body = norm(text(out.read_bytes()))
    assert norm("Drs. Stefanus Lelo") in body and norm("Hari : Kamis") in body
    assert norm("Tanggal : 18 Februari 2027") in body
    assert norm("Yohanes") not in body  # the reporter, never in a letter to the accused
    ws = office.login("admin", ADMIN_PASSWORD)
    [letter] = [x for x in ws.cases.detail(sub.case_id).letters if x.kind == "summons-accused"]
    assert letter.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert "letter_exported" in [e.action for e in ws.audit.entries(case_id=sub.case_id)]
    ws.logout()

    receipt = tmp_path / "tanda-terima.pdf"
    run = cli(
        "--user",
        "admin",
        "letter",
        sub.register_number,
        "receipt",
        "--out",
        str(receipt),
        password=ADMIN_PASSWORD,
    )
    assert run.returncode == 0, run.stderr
    assert norm(sub.tracking_code) in norm(text(receipt.read_bytes()))

    form = tmp_path / "formulir.pdf"
    run = cli(
        "--user", "admin", "letter", "-", "blank-form", "--out", str(form), password=ADMIN_PASSWORD
    )
    assert run.returncode == 0, run.stderr
    assert norm("Pungutan liar") in norm(text(form.read_bytes()))

    run = cli(
        "--user",
        "admin",
        "letter",
        sub.register_number,
        "minutes",
        "--hearing",
        str(hearing.id),
        "--out",
        str(tmp_path / "bap.pdf"),
        password=ADMIN_PASSWORD,
    )
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert "minutes" in run.stderr.lower()
