"""``tests/cli/full_case.sh``: a whole case from intake to conclusion with the CLI
alone, on SQLite and on PostgreSQL; the letters it leaves are read back."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import REPO_ROOT

SCRIPT = REPO_ROOT / "tests" / "cli" / "full_case.sh"

#: What each letter must say (the dates follow the summons rules: 1 and 5 January
#: 2027 are holidays, so a summons of 21 December 2026 calls for 6 January 2027).
EXPECTED = {
    "receipt": ["WBS-2026-00001", "16 Desember 2026"],
    "request-completion": [
        "Foto bukti transfer yang terbaca",
        "31 Desember 2026",
        "a.n.",  # signed by the secretary on the head's behalf
        "Maria Goreti Lake, S.H., M.M.",
    ],
    "invite-reporter": ["Senin, 21 Desember 2026", "Undangan Klarifikasi"],
    "request-witness": ["Agnes Seran", "Senin, 21 Desember 2026"],
    "summons-accused": [
        "SURAT PANGGILAN I",
        "RAHASIA",
        "Dr. Ir. Fransiskus Lay, M.Si.",  # the signer, with his NIP
        "NIP. 196805121994031007",
        "Drs. Stefanus Lelo",
        "Kupang, 21 Desember 2026",
        "Rabu",
        "6 Januari 2027",
    ],
    "summons-accused-2": [
        "SURAT PANGGILAN II",
        "Kupang, 6 Januari 2027",
        "18 Januari 2027",
    ],
    "minutes": ["Rekening itu milik saya", "delapan belas bulan Januari"],
    "disposition": ["Segera telaah dan laporkan hasilnya.", "Yosef Nahak"],
    "assignment": ["SURAT TUGAS", "Yosef Nahak", "198001012005011001"],
    "examination-report": [
        "LAPORAN HASIL PEMERIKSAAN",
        "Terlapor terbukti melakukan pungutan liar.",
        "Keterangan saksi Agnes Seran",
    ],
    "reporter-notice": ["Yohanes Mbete"],
}


def _pdftext(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(out.stdout.split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_full_case_script(db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "letters"
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH")) if p)
    # the test entry point: fast Argon2 and WBS_NOW allowed by code (the real
    # wbs-admin ignores WBS_NOW)
    env["WBS_ADMIN"] = f"{sys.executable} -m tests.helpers.cli_main"
    for name in ("WBS_PASSWORD", "WBS_USER", "WBS_NOW"):
        env.pop(name, None)
    run = subprocess.run(
        ["bash", str(SCRIPT), db_url, str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-4000:]
    assert run.stdout.strip() == "WBS-2026-00001"
    assert "audit log intact" in run.stderr or "ok" in run.stderr.lower()
    made = sorted(p.stem for p in out.glob("*.pdf"))
    assert made == sorted(EXPECTED)
    for kind, phrases in EXPECTED.items():
        text = _pdftext(out / f"{kind}.pdf")
        for phrase in phrases:
            assert phrase in text, (kind, phrase)
        for secret in ("Yohanes", "Mbete", "081234567890"):
            if kind in ("summons-accused", "summons-accused-2", "request-witness", "minutes",
                        "assignment"):
                assert secret not in text, (kind, secret)
    assert not list(out.glob("*recovery*"))
