"""Files the app writes are the user's only: 0600 files, a 0700 data folder (POSIX)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import CliRunner
from tests.helpers.office import ADMIN_PASSWORD, complaint
from wbs_desktop.files import (
    private_dir,
    private_file,
    restrict_umask,
    write_private_bytes,
    write_private_text,
)
from wbs_desktop.services.office import Office

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask():  # type: ignore[no-untyped-def]
    """A usual desktop umask (022): the helpers must not depend on the caller's."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_helpers_write_0600_even_over_a_world_readable_file(tmp_path: Path, loose_umask) -> None:  # type: ignore[no-untyped-def]
    old = tmp_path / "surat.pdf"
    old.write_bytes(b"old")
    os.chmod(old, 0o644)
    write_private_bytes(old, b"%PDF new")
    assert mode(old) == 0o600 and old.read_bytes() == b"%PDF new"
    key = write_private_text(tmp_path / "kunci.txt", "ABCD-EFGH")
    assert mode(key) == 0o600
    with private_file(tmp_path / "arsip.wbsbak") as fh:
        fh.write(b"x" * 10)
    assert mode(tmp_path / "arsip.wbsbak") == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["arsip.wbsbak", "kunci.txt", "surat.pdf"]
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    private_dir(folder)
    assert mode(folder) == 0o700


def test_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "laporan.xlsx"
    with pytest.raises(RuntimeError), private_file(target) as fh:
        fh.write(b"half")
        raise RuntimeError("cancelled")
    assert list(tmp_path.iterdir()) == []


def test_restrict_umask_covers_files_made_by_others(tmp_path: Path, loose_umask) -> None:  # type: ignore[no-untyped-def]
    restrict_umask()
    (tmp_path / "journal").write_bytes(b"x")  # as SQLite makes its -wal/-shm files
    assert mode(tmp_path / "journal") == 0o600


def test_cli_backup_letter_and_workstation_state_are_private(  # type: ignore[no-untyped-def]
        cli: CliRunner, office: Office, tmp_path: Path, loose_umask) -> None:
    ws = office.login("admin", ADMIN_PASSWORD)
    sub = ws.cases.submit(complaint())
    ws.logout()
    archive = tmp_path / "kantor.wbsbak"
    run = cli("--user", "admin", "backup", "--out", str(archive), password=ADMIN_PASSWORD)
    assert run.returncode == 0, run.stderr
    assert mode(archive) == 0o600
    receipt = tmp_path / "tanda-terima.pdf"
    run = cli("--user", "admin", "letter", sub.register_number, "receipt", "--out",
              str(receipt), password=ADMIN_PASSWORD)
    assert run.returncode == 0, run.stderr
    assert receipt.read_bytes().startswith(b"%PDF") and mode(receipt) == 0o600
    data = Path(os.environ["WBS_DATA_DIR"])
    state = data / "workstation.json"
    assert state.is_file() and mode(state) == 0o600
    assert mode(data) == 0o700


def test_app_start_makes_the_data_folder_and_old_files_private(loose_umask) -> None:  # type: ignore[no-untyped-def]
    import logging

    from wbs_desktop.gui.app import LogFile, setup_logging

    data = Path(os.environ["WBS_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    os.chmod(data, 0o755)
    old = data / "workstation.json"
    old.write_text("{}", encoding="utf-8")
    os.chmod(old, 0o644)
    log_file = Path(setup_logging())
    try:
        logging.getLogger("wbs_desktop").warning("a line")
        assert mode(data) == 0o700 and mode(old) == 0o600
        assert mode(log_file) == 0o600 and mode(log_file.parent) == 0o700
    finally:
        for handler in list(logging.getLogger().handlers):
            if isinstance(handler, LogFile):
                logging.getLogger().removeHandler(handler)
                handler.close()
