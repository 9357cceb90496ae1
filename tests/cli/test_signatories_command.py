"""``wbs-admin signatories|user profile|team|register`` and ``letter --correct``
through a real subprocess, reading the PDFs back."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path

from tests.cli.conftest import CliRunner
from tests.helpers.office import ADMIN_PASSWORD, add_user, complaint
from tests.letters.pdfcheck import norm, text
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import Stage
from wbs_desktop.services.office import Office
from wbs_desktop.services.procedure import HearingInput


def test_signatories_team_and_one_live_letter(
    cli: CliRunner, office: Office, tmp_path: Path
) -> None:
    ws = office.login("admin", ADMIN_PASSWORD)
    add_user(ws, "maria", Role.OFFICER, "Maria Goreti Lake, S.H.")
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
            "Aula BKD",
            ("Maria Goreti Lake, S.H.",),
        ),
    )
    ws.logout()

    def run(*args: str) -> dict:  # type: ignore[type-arg]
        r = cli("--json", "--user", "admin", *args, password=ADMIN_PASSWORD)
        assert r.returncode == 0, r.output
        return json.loads(r.stdout)  # type: ignore[no-any-return]

    run(
        "user",
        "profile",
        "maria",
        "--nip",
        "198203142006042011",
        "--pangkat",
        "Penata Tingkat I (III/d)",
        "--jabatan",
        "Pemeriksa Ahli Muda",
    )
    # Nobody set to sign yet: the letter says so on stderr (an empty signature line).
    r = cli("--user", "admin", "letter", sub.register_number, "disposition",
            "--instruction", "Periksa dan laporkan.", "--officer", "maria",
            "--out", str(tmp_path / "unsigned.pdf"), password=ADMIN_PASSWORD)
    assert r.returncode == 0, r.output
    assert "warning: nobody is set to sign disposition letters" in r.stderr
    run(
        "signatories",
        "official",
        "sekretaris",
        "--name",
        "Drs. Paulus Ndun, M.Si.",
        "--nip",
        "197005121995031004",
        "--pangkat",
        "Pembina Tingkat I (IV/b)",
        "--jabatan",
        "Sekretaris Badan Kepegawaian Daerah",
    )
    run("signatories", "set", "default", "sekretaris", "--form", "a.n.")
    listing = run("signatories", "list")
    assert listing["letters"]["summons-accused"]["position"].startswith("a.n. Kepala Badan")
    assert listing["letters"]["summons-accused"]["nip"] == "197005121995031004"
    team = run("team", "set", sub.register_number, "maria")
    assert [m["name"] for m in team["team"]] == ["Maria Goreti Lake, S.H."]

    first = run(
        "letter",
        sub.register_number,
        "summons-accused",
        "--hearing",
        str(hearing.id),
        "--out",
        str(tmp_path / "a.pdf"),
    )
    again = run(
        "letter",
        sub.register_number,
        "summons-accused",
        "--hearing",
        str(hearing.id),
        "--out",
        str(tmp_path / "b.pdf"),
    )
    assert again["number"] == first["number"] and again["sha256"] == first["sha256"]
    assert first["unsigned"] is False
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    t = text((tmp_path / "a.pdf").read_bytes())
    for expected in (
        "Drs. Paulus Ndun, M.Si.",
        "NIP. 197005121995031004",
        "198203142006042011",
        "Pemeriksa Ahli Muda",
    ):
        assert norm(expected) in norm(t), expected

    r = cli(
        "--user",
        "admin",
        "letter",
        sub.register_number,
        "summons-accused",
        "--hearing",
        str(hearing.id),
        "--out",
        str(tmp_path / "c.pdf"),
        "--correct",
        password=ADMIN_PASSWORD,
    )
    assert r.returncode != 0 and "--reason" in r.stderr
    fixed = run(
        "letter",
        sub.register_number,
        "summons-accused",
        "--hearing",
        str(hearing.id),
        "--out",
        str(tmp_path / "c.pdf"),
        "--correct",
        "--reason",
        "jam berubah",
    )
    assert fixed["number"] != first["number"]
    rows = {r["number"]: r for r in run("register", "--year", "2027")}
    assert rows[first["number"]]["state"] == "void"
    assert rows[first["number"]]["void_reason"] == "jam berubah"
    assert rows[fixed["number"]]["state"] == "live" and rows[fixed["number"]]["made_by"]
