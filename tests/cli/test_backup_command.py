"""``wbs-admin backup --out FILE`` and ``restore FILE`` through real subprocesses."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import CliRunner, run_cli
from tests.helpers.office import ADMIN_PASSWORD, complaint
from wbs_desktop.services.office import Office


def test_backup_then_restore_into_an_empty_sqlite(
    cli: CliRunner, office: Office, tmp_path: Path
) -> None:
    ws = office.login("admin", ADMIN_PASSWORD)
    sub = ws.cases.submit(complaint())
    ws.logout()
    archive = tmp_path / "kantor.wbsbak"
    run = cli("--user", "admin", "backup", "--out", str(archive), password=ADMIN_PASSWORD)
    assert run.returncode == 0, run.stderr
    assert archive.is_file() and "backup written" in run.stdout
    assert b"Stefanus" not in archive.read_bytes()

    target = tmp_path / "pulih.sqlite3"
    run = run_cli(
        "--db",
        str(target),
        "--user",
        "admin",
        "restore",
        str(archive),
        env={"WBS_PASSWORD": ADMIN_PASSWORD},
    )
    assert run.returncode == 0, run.stderr
    run = run_cli(
        "--db",
        str(target),
        "--user",
        "admin",
        "show",
        sub.register_number,
        env={"WBS_PASSWORD": ADMIN_PASSWORD},
    )
    assert run.returncode == 0, run.stderr
    assert "Drs. Stefanus Lelo" in run.stdout
    run = run_cli(
        "--db", str(target), "--user", "admin", "verify-audit", env={"WBS_PASSWORD": ADMIN_PASSWORD}
    )
    assert run.returncode == 0, run.stdout + run.stderr

    # A damaged archive is refused with one clear line, and the target stays empty.
    damaged = tmp_path / "rusak.wbsbak"
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    other = tmp_path / "kosong.sqlite3"
    run = run_cli(
        "--db",
        str(other),
        "--user",
        "admin",
        "restore",
        str(damaged),
        env={"WBS_PASSWORD": ADMIN_PASSWORD},
    )
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) <= 3
