"""Smoke test of the frozen build (PyInstaller folder): the programs as shipped.

    python .ci/frozen_smoke.py dist/wbs-desktop

Runs the frozen ``wbs-admin`` for: --version, init, user add, submit, every
letter kind of the README (read back with pdftotext where available), backup,
restore into a new file, verify-audit on both; and the frozen ``wbs-desktop``
offscreen to the login dialog in Indonesian with ``--smoke`` (translations,
fonts, forms, icon, database found). The case's procedure (verification,
hearings, minutes) is prepared between the frozen commands with the services
of this checkout — there is no command for it — and read by the frozen
programs. Exit status 0 when every step passed; each step is printed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSWORD = "Sasando-Lontar-Kepala-2026"  # strong enough for the password rule
OFFICER_PASSWORD = "Kerbau-Merah-Lompat-2026"
EXE = ".exe" if sys.platform == "win32" else ""


class Smoke:
    def __init__(self, folder: Path, work: Path) -> None:
        self.admin = folder / f"wbs-admin{EXE}"
        self.desktop = folder / f"wbs-desktop{EXE}"
        self.work = work
        self.db = work / "office.sqlite3"
        self.env = dict(os.environ)
        self.env.update({
            "WBS_DATA_DIR": str(work / "data"),
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(work / "config"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        })
        for name in ("WBS_PASSWORD", "WBS_NEW_PASSWORD", "WBS_USER", "WBS_DB_PASSWORD"):
            self.env.pop(name, None)
        self.steps: list[tuple[str, float]] = []

    def run(self, *args: str, db: Path | None = None, password: str | None = PASSWORD,
            user: str | None = "kepala", **env: str) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.admin), "--db", str(db or self.db)]
        if user:
            cmd += ["--user", user]
        full_env = dict(self.env)
        full_env.update(env)
        if password is not None:
            full_env.setdefault("WBS_PASSWORD", password)
        started = time.monotonic()
        done = subprocess.run([*cmd, *args], capture_output=True, text=True, env=full_env,
                              timeout=300, encoding="utf-8")
        label = " ".join(a for a in args if not a.startswith(str(self.work)))
        self.steps.append((label, time.monotonic() - started))
        if done.returncode != 0:
            raise SystemExit(f"FAILED: wbs-admin {' '.join(args)}\n{done.stdout}\n{done.stderr}")
        print(f"ok  wbs-admin {label}  ({time.monotonic() - started:.1f} s)", flush=True)
        return done


def _hearing(party: str, letter: date, day: date, **kw: object) -> Any:
    from wbs_desktop.services.procedure import HearingInput

    return HearingInput(party, letter, day, clock(9, 30), "Ruang Rapat BKD Provinsi NTT",
                        ("Yosef Nahak, S.H.",), **kw)  # type: ignore[arg-type]


def prepare(db: Path, register: str, step: str) -> dict[str, int]:
    """The case's procedure, in two steps around the request for completion
    (which belongs to an open request for information).

    "verification": verification with a request for information open.
    "hearings": the reply, clarification (reporter, witness with minutes),
    examination (accused absent at the first summons, a second one).
    """
    from wbs_desktop.domain import dates
    from wbs_desktop.domain.stages import Stage
    from wbs_desktop.services.case_lookup import find_case_id
    from wbs_desktop.services.office import Office
    from wbs_desktop.services.procedure import WitnessInput

    def on(day: date) -> None:  # the office's day (WITA) as the procedure goes on
        dates.set_clock(lambda: datetime(day.year, day.month, day.day, 9, 0,
                                         tzinfo=dates.OFFICE_TZ))

    office = Office.open(str(db))
    try:
        if step == "hearings":
            on(date(2027, 2, 1))
        ws = office.login("kepala", PASSWORD)
        case = find_case_id(ws, register)
        if step == "verification":
            ws.cases.transition(case, Stage.VERIFICATION)
            ws.procedure.request_information(case, ["foto bukti transfer"],
                                             deadline=date(2027, 1, 20))
            ws.logout()
            return {}
        ws.procedure.record_reply(case, "bukti diterima")
        ws.procedure.mark_complete(case)
        ws.cases.transition(case, Stage.CLARIFICATION)
        rep = ws.procedure.schedule_hearing(case, _hearing("reporter", date(2027, 2, 1),
                                                           date(2027, 2, 4)))
        wit = ws.procedure.add_witness(case, WitnessInput("Agnes Seran", unit="Loket Mutasi"))
        wh = ws.procedure.schedule_hearing(case, _hearing("witness", date(2027, 2, 1),
                                                          date(2027, 2, 4), party_id=wit.id))
        on(date(2027, 2, 4))  # attendance from the hearing day on
        ws.procedure.record_attendance(wh.id, present=True)
        ws.procedure.record_minutes(wh.id, [("Apa yang Saudara ketahui?", "Saya melihat amplop.")],
                                    signed=True)
        ws.cases.transition(case, Stage.EXAMINATION)
        on(date(2027, 2, 8))
        acc = ws.procedure.schedule_hearing(case, _hearing("accused", date(2027, 2, 8),
                                                           date(2027, 2, 18)))
        on(date(2027, 2, 18))
        ws.procedure.record_attendance(acc.id, present=False)
        on(date(2027, 2, 19))
        second = ws.procedure.schedule_second_summons(
            acc.id, _hearing("accused", date(2027, 2, 19), date(2027, 3, 3)))
        ws.logout()
        return {"reporter": rep.id, "witness": wh.id, "accused": acc.id, "accused2": second.id}
    finally:
        office.close()
        dates.set_clock(None)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        return ""
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def main(argv: list[str]) -> int:
    folder = Path(argv[1] if len(argv) > 1 else ROOT / "dist" / "wbs-desktop").resolve()
    from tests.helpers.office import complaint
    from wbs_desktop import __version__
    from wbs_desktop.domain.complaint_json import complaint_to_json

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="wbs-frozen-") as tmp:
        s = Smoke(folder, Path(tmp))
        version = s.run("--version", user=None, password=None).stdout.strip()
        assert version == f"wbs-admin {__version__}", version
        init = s.run("init", "--admin", "kepala", "--full-name", "Maria Goreti Bria", user=None)
        assert re.search(r"WBSR(-[A-Z2-7]{4}){14}", init.stdout), init.stdout
        s.run("user", "add", "yosef", "--role", "officer", "--full-name", "Yosef Nahak",
              WBS_NEW_PASSWORD=OFFICER_PASSWORD)
        record = Path(tmp) / "pengaduan.json"
        record.write_text(json.dumps(complaint_to_json(complaint()), ensure_ascii=False),
                          encoding="utf-8")
        register = json.loads(s.run("--json", "submit", str(record)).stdout)["register_number"]
        def letter(kind: str, *extra: str) -> None:
            out = Path(tmp) / f"{kind}.pdf"
            # --confirm-date: letters are made here out of their date order
            s.run("letter", "-" if kind == "blank-form" else register, kind, *extra,
                  "--confirm-date", "--out", str(out))
            head = out.read_bytes()[:5]
            assert head == b"%PDF-", (kind, head)
            body = pdf_text(out).upper()
            assert not body or kind == "blank-form" or "BADAN KEPEGAWAIAN DAERAH" in body, (
                kind, body[:300])
            made.append(kind)

        made: list[str] = []
        letter("receipt")
        letter("blank-form")
        prepare(s.db, register, "verification")
        letter("request-completion")
        hearings = prepare(s.db, register, "hearings")
        print("ok  procedure prepared with this checkout's services", flush=True)
        letter("summons-accused", "--hearing", str(hearings["accused"]))
        letter("summons-accused-2", "--hearing", str(hearings["accused2"]))
        letter("invite-reporter", "--hearing", str(hearings["reporter"]))
        letter("request-witness", "--hearing", str(hearings["witness"]))
        letter("minutes", "--hearing", str(hearings["witness"]))
        s.run("team", "set", register, "yosef")
        letter("assignment")
        letter("disposition", "--instruction", "Segera telaah.", "--officer", "yosef")
        letter("examination-report", "--findings", "Terbukti menerima uang.",
               "--evidence", "Bukti transfer", "--conclusion", "Terbukti.",
               "--recommendation", "Hukuman disiplin sedang.")
        letter("reporter-notice")
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        kinds = re.search(r"`letter` kinds: (.*?)\n\(", readme, re.S)
        assert kinds is not None
        listed = [k for k in re.findall(r"`([a-z0-9-]+)`", kinds.group(1))
                  if not k.startswith("-")]  # the kinds, not their options
        assert sorted(made) == sorted(listed), (made, listed)  # every kind of the README
        archive = Path(tmp) / "kantor.wbsbak"
        s.run("backup", "--out", str(archive))
        restored = Path(tmp) / "restored.sqlite3"
        # The restored copy is opened as another workstation would: this one has
        # seen audit entries written after the backup, and would rightly call
        # the copy truncated.
        elsewhere = str(Path(tmp) / "workstation-2")
        s.run("restore", str(archive), db=restored, WBS_DATA_DIR=elsewhere)
        s.run("verify-audit")
        s.run("verify-audit", db=restored, WBS_DATA_DIR=elsewhere)
        shown = json.loads(s.run("--json", "show", register, db=restored,
                                 WBS_DATA_DIR=elsewhere).stdout)
        assert shown["register_number"] == register, shown
        report = Path(tmp) / "smoke.json"
        window = subprocess.run(
            [str(s.desktop), "--db", str(s.db), "--lang", "id", "--smoke", str(report)],
            capture_output=True, text=True, env=s.env, timeout=300)
        found = json.loads(report.read_text(encoding="utf-8")) if report.exists() else {}
        if window.returncode != 0 or not found.get("ok"):
            raise SystemExit(f"FAILED: wbs-desktop --smoke (status {window.returncode})\n"
                             f"{json.dumps(found, ensure_ascii=False, indent=2)}\n"
                             f"{window.stdout}\n{window.stderr}")
        print(f"ok  wbs-desktop --smoke: login dialog in {found['language']}, "
              f"'{found['sample']}', {len(found['fonts'])} fonts, {len(found['forms'])} forms",
              flush=True)
    print(f"frozen smoke passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
