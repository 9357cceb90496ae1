"""``wbs-admin settings`` (letterhead, logo, numbers as fields, copy lists) and
``wbs-admin user edit`` through a real subprocess; the letter made afterwards
is read back."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from tests.cli.conftest import CliRunner
from tests.helpers.logos import SVG
from tests.helpers.office import ADMIN_PASSWORD, OFFICER_PASSWORD, add_user, complaint
from tests.letters.pdfcheck import norm, text
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import Stage
from wbs_desktop.letters import LetterKind
from wbs_desktop.services.office import Office


def test_settings_commands_reach_the_next_letter(
    cli: CliRunner, office: Office, tmp_path: Path
) -> None:
    def run(*args: str, ok: bool = True) -> dict:  # type: ignore[type-arg]
        r = cli("--json", "--user", "admin", *args, password=ADMIN_PASSWORD)
        assert (r.returncode == 0) == ok, r.output
        return json.loads(r.stdout if ok else r.stderr)  # type: ignore[no-any-return]

    kop = run("settings", "kop", "--address", "Jl. Polisi Militer No. 2, Kupang",
              "--phone", "(0380) 821 234", "--place", "Atambua")
    assert kop["written"] == ["letters.letterhead", "letters.place"]
    assert kop["value"]["agency"] == "BADAN KEPEGAWAIAN DAERAH"
    logo_file = tmp_path / "lambang.svg"
    logo_file.write_bytes(SVG)
    logo = run("settings", "logo", str(logo_file))
    assert logo["value"]["format"] == "svg" and logo["value"]["name"] == "lambang.svg"
    bad = tmp_path / "bukan.png"
    bad.write_text("not an image")
    assert run("settings", "logo", str(bad), ok=False)["error"]["code"] == "letter_bad_logo"
    kind = LetterKind.REQUEST_COMPLETION.value
    number = run("settings", "number", kind, "--prefix", "B", "--code", "800.1.3.3",
                 "--digits", "4", "--month", "number")
    assert number["pattern"] == "B/800.1.3.3/{seq:04d}/BKD/{month}/{year}"
    assert number["next"].startswith("B/800.1.3.3/0001/BKD/")
    assert run("settings", "number", kind, "--unit", "BKD{x}", ok=False)["error"]["code"] \
        == "bad_number_pattern"
    run("settings", "tembusan", kind, "Inspektur Daerah Provinsi NTT", "Arsip")
    shown = run("settings", "show")
    assert shown["numbers"][kind]["next"] == number["next"]
    assert shown["tembusan"][kind] == ["Inspektur Daerah Provinsi NTT", "Arsip"]
    human = cli("--user", "admin", "settings", "show", password=ADMIN_PASSWORD)
    assert "lambang.svg (svg" in human.stdout and number["next"] in human.stdout

    ws = office.login("admin", ADMIN_PASSWORD)
    case = ws.cases.submit(complaint()).case_id
    ws.cases.transition(case, Stage.VERIFICATION)
    ws.procedure.request_information(case, ["fotokopi SK"], deadline=date(2099, 1, 20))
    letter = ws.letters.generate(case, LetterKind.REQUEST_COMPLETION)
    assert letter.number == number["next"]
    t = norm(text(ws.letters.pdf(letter.id)))
    for expected in ("Jl. Polisi Militer No. 2, Kupang", "(0380) 821 234",
                     "Inspektur Daerah Provinsi NTT", letter.number, "Atambua,"):
        assert norm(expected) in t, expected
    actions = [e.action for e in ws.audit.entries(limit=1000)]
    assert actions.count("setting_changed") >= 4


def test_user_edit(cli: CliRunner, office: Office) -> None:
    ws = office.login("admin", ADMIN_PASSWORD)
    add_user(ws, "yosef", Role.OFFICER, "Yosef Nahak")
    ws.logout()

    def run(*args: str) -> tuple[int, str]:
        r = cli("--json", "--user", "admin", "user", "edit", "yosef", *args,
                password=ADMIN_PASSWORD)
        return r.returncode, r.stdout or r.stderr

    code, out = run("--full-name", "Yosef Nahak, S.H.", "--nip", "198001012006041001",
                    "--pangkat", "Penata (III/c)", "--jabatan", "Pemeriksa", "--role", "staff")
    assert code == 0, out
    user = json.loads(out)
    assert (user["full_name"], user["role"], user["rank"]) == (
        "Yosef Nahak, S.H.", "staff", "Penata (III/c)")
    code, out = run("--no-active")
    assert code == 0 and json.loads(out)["active"] is False
    code, out = run("--nip", "12")
    assert code != 0 and "NIP" in out
    code, out = run("--active")
    assert code == 0 and json.loads(out)["active"] is True
    office.login("yosef", OFFICER_PASSWORD).logout()
