"""Backup and restore: encrypted archive, restore into an empty database of either
kind (SQLite → PostgreSQL too), refusal of damaged archives, wrong keys and
non-empty targets — each refusal changing nothing."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.databases import database_url
from tests.helpers.office import (
    ADMIN_PASSWORD,
    OFFICER_PASSWORD,
    add_user,
    complaint,
    create_office,
    recent,
    workstation,
)
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import Stage
from wbs_desktop.letters import LetterKind
from wbs_desktop.services import backup as backups
from wbs_desktop.services.audit import WorkstationState
from wbs_desktop.services.backup import (
    BackupCancelled,
    BackupCorrupt,
    BackupUnsupported,
    BackupWrongKey,
    RestoreTargetNotEmpty,
)
from wbs_desktop.services.errors import Cancelled, PermissionDenied, ServiceError
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace


@contextmanager
def target_url(backend: str, tmp_path: Path, name: str = "target") -> Iterator[str]:
    folder = tmp_path / name
    folder.mkdir()
    with database_url(backend, folder) as url:
        yield url


def populate(admin: Workspace, cases: int = 4) -> tuple[list[str], int]:
    officer = add_user(admin, "pemeriksa", Role.OFFICER, "Yosef Ndolu")
    ids = []
    for i in range(cases):
        result = admin.cases.submit(
            complaint(received_at=recent(), accused={"name": f"Terlapor Nomor {i}"})
        )
        ids.append(result.case_id)
    admin.cases.assign(ids[0], officer)
    admin.cases.transition(ids[0], Stage.VERIFICATION)
    admin.procedure.add_note(ids[0], "Catatan pemeriksaan: berkas lengkap.")
    admin.procedure.add_attachment(ids[1], "bukti.pdf", b"%PDF-1.4 bukti transfer" * 100)
    # Letters, one superseding another (a row referring to a later row of its table).
    admin.procedure.request_information(ids[0], ["foto bukti transfer"], deadline=date(2027, 1, 20))
    first = admin.letters.generate(ids[0], LetterKind.REQUEST_COMPLETION)
    admin.letters.generate(
        ids[0], LetterKind.REQUEST_COMPLETION, supersedes=first.id, reason="tenggat diperbaiki"
    )
    admin.signatories.set_team(ids[0], ["admin"])  # the examination team is backed up too
    return ids, officer


def snapshot(ws: Workspace, ids: list[str]) -> dict[str, tuple]:
    out: dict[str, tuple] = {
        "letters": tuple(
            (r.number, r.superseded_by, r.void_reason, ws.letters.pdf(r.id))
            for r in ws.letters.register()
        ),
        "team": tuple(o.name for o in ws.signatories.team(ids[0])),
    }
    for case_id in ids:
        d = ws.cases.detail(case_id)
        out[case_id] = (
            d.register_number,
            d.stage,
            d.accused.name if d.accused else None,
            d.chronology,
            tuple((e.kind, e.to_stage) for e in d.timeline),
        )
    return out


def check_restored(
    url: str, tmp_path: Path, ids: list[str], before: dict[str, tuple], office_id: str
) -> Office:
    restored = Office.open(url, workstation=workstation(tmp_path, "restored"))
    assert restored.office_id == office_id
    admin = restored.login("admin", ADMIN_PASSWORD)
    assert snapshot(admin, ids) == before
    assert admin.audit.verify().ok
    officer = restored.login("pemeriksa", OFFICER_PASSWORD)
    assert officer.cases.detail(ids[0]).chronology == before[ids[0]][3]
    # New work continues where the original left off (numbers, sequences).
    new = admin.cases.submit(complaint(received_at=recent()))
    assert new.register_number not in {b[0] for k, b in before.items() if k != "letters"}
    admin.procedure.add_note(ids[0], "Setelah pemulihan.")
    assert admin.audit.verify().ok
    return restored


def test_backup_and_restore_into_the_same_kind(
    office: Office, admin: Workspace, backend: str, tmp_path: Path
) -> None:
    ids, _ = populate(admin)
    before = snapshot(admin, ids)
    archive = tmp_path / "wbs.backup"
    calls: list[tuple[int, int]] = []
    result = backups.backup(admin, archive, progress=lambda d, t: calls.append((d, t)) or True)
    assert archive.exists() and not archive.with_name("wbs.backup.partial").exists()
    assert result.size == archive.stat().st_size and result.rows > 20
    assert calls[-1] == (result.rows, result.rows)
    # Audited, and nothing of the cases is readable in the file.
    assert admin.audit.entries(limit=1)[0].action == "backup_created"
    raw = archive.read_bytes()
    for needle in (b"Terlapor Nomor", b"Yohanes", b"bukti transfer", b"pemeriksaan"):
        assert needle not in raw
    info = backups.read_info(archive)
    assert info.office_id == office.office_id
    assert info.admins == ("admin",)
    assert info.row_counts["cases"] == len(ids)
    assert info.total_rows == result.rows
    assert info.schema_revision

    with target_url(backend, tmp_path) as url:
        restored_result = backups.restore(archive, url, username="admin", password=ADMIN_PASSWORD)
        assert restored_result.rows == result.rows
        if backend == "postgresql":
            assert _analyzed_tables(url) >= {"cases", "case_key_grants", "audit_log"}
            assert _vacuumed_tables(url) >= {"cases", "case_key_grants", "audit_log"}
            assert _pages_not_all_visible(url, ["cases", "case_key_grants"]) == {}
        restored = check_restored(url, tmp_path, ids, before, office.office_id)
        try:
            entries = restored.login("admin", ADMIN_PASSWORD).audit.entries(limit=10)
            assert "backup_restored" in [e.action for e in entries]
        finally:
            restored.close()


def _analyzed_tables(url: str) -> set[str]:
    """Tables a manual ANALYZE has run on (``last_analyze``; autovacuum's own
    runs are ``last_autoanalyze``): the restore refreshes the planner's statistics."""
    return _stat_tables(url, "last_analyze")


def _vacuumed_tables(url: str) -> set[str]:
    """Tables a manual VACUUM has run on (``last_vacuum``; the test server runs
    no autovacuum, and autovacuum's own runs are ``last_autovacuum``)."""
    return _stat_tables(url, "last_vacuum")


def _stat_tables(url: str, column: str) -> set[str]:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return set(
                conn.scalars(
                    text(f"SELECT relname FROM pg_stat_user_tables WHERE {column} IS NOT NULL")
                )
            )
    finally:
        engine.dispose()


def _pages_not_all_visible(url: str, tables: list[str]) -> dict[str, tuple[int, int]]:
    """Tables whose visibility map does not mark every heap page all-visible
    (``pg_class.relallvisible`` against ``relpages``, both set by VACUUM): an
    index-only scan of such a table visits the heap for the pages left out."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT relname, relpages, relallvisible FROM pg_class "
                     "WHERE relkind = 'r' AND relname = ANY(:names)"),
                {"names": tables},
            ).all()
    finally:
        engine.dispose()
    assert {r.relname for r in rows} == set(tables)
    return {r.relname: (r.relpages, r.relallvisible) for r in rows
            if r.relpages == 0 or r.relallvisible < r.relpages}


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_local_office_grows_into_a_shared_one(
    office: Office, admin: Workspace, tmp_path: Path
) -> None:
    """SQLite → PostgreSQL with the printed recovery key (no admin password needed)."""
    ids, _ = populate(admin)
    before = snapshot(admin, ids)
    archive = tmp_path / "local.backup"
    backups.backup(admin, archive)
    recovery = _recovery_key_of(tmp_path)
    with target_url("postgresql", tmp_path) as url:
        result = backups.restore(archive, url, recovery_key=recovery)
        assert result.office_id == office.office_id
        check_restored(url, tmp_path, ids, before, office.office_id).close()


_RECOVERY: dict[Path, str] = {}


@pytest.fixture
def office(db_url: str, tmp_path: Path) -> Iterator[Office]:
    office, recovery = create_office(db_url, tmp_path)
    _RECOVERY[tmp_path] = recovery
    try:
        yield office
    finally:
        office.close()
        _RECOVERY.pop(tmp_path, None)


def _recovery_key_of(tmp_path: Path) -> str:
    return _RECOVERY[tmp_path]


@pytest.fixture
def archive(admin: Workspace, tmp_path: Path) -> Path:
    populate(admin, cases=3)
    path = tmp_path / "office.backup"
    backups.backup(admin, path)
    return path


def _assert_untouched(url: str, backend: str) -> None:
    if backend == "sqlite":
        assert not Path(url).exists(), "a refused restore must not leave a file behind"
        return
    import psycopg

    from tests.shared.helpers import dsn

    with psycopg.connect(dsn(url)) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert tables == (0,), "a refused restore must not leave tables behind"


@pytest.mark.parametrize(
    "where", ["magic", "header", "checksum", "mac", "first_chunk", "middle", "last_byte"]
)
def test_a_flipped_byte_is_refused_and_changes_nothing(
    archive: Path, backend: str, tmp_path: Path, where: str
) -> None:
    data = bytearray(archive.read_bytes())
    header_end = 14 + int.from_bytes(data[10:14], "big")
    offset = {
        "magic": 2,
        "header": 40,
        "checksum": header_end + 5,
        "mac": header_end + 40,
        "first_chunk": header_end + 64 + 10,
        "middle": len(data) // 2,
        "last_byte": len(data) - 1,
    }[where]
    data[offset] ^= 0x04
    damaged = tmp_path / "damaged.backup"
    damaged.write_bytes(bytes(data))
    with target_url(backend, tmp_path) as url:
        with pytest.raises((BackupCorrupt, BackupUnsupported)) as caught:
            backups.restore(damaged, url, username="admin", password=ADMIN_PASSWORD)
        assert caught.value.code in ("backup_corrupt", "backup_unsupported")
        _assert_untouched(url, backend)
        # The intact archive still restores into the very same target.
        backups.restore(archive, url, username="admin", password=ADMIN_PASSWORD)


@pytest.mark.parametrize("keep", [0, 5, 100, 0.5, -1])
def test_a_truncated_archive_is_refused(
    archive: Path, backend: str, tmp_path: Path, keep: float
) -> None:
    data = archive.read_bytes()
    size = int(len(data) * keep) if isinstance(keep, float) else (keep % len(data))
    cut = tmp_path / "cut.backup"
    cut.write_bytes(data[:size])
    with target_url(backend, tmp_path) as url:
        with pytest.raises((BackupCorrupt, BackupUnsupported)):
            backups.restore(cut, url, username="admin", password=ADMIN_PASSWORD)
        _assert_untouched(url, backend)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_wrong_keys_are_refused(archive: Path, tmp_path: Path) -> None:
    url = str(tmp_path / "t.sqlite3")
    with pytest.raises(BackupWrongKey) as caught:
        backups.restore(archive, url, username="admin", password="Salah-Sandi-2026")
    assert caught.value.code == "backup_wrong_key"
    with pytest.raises(BackupWrongKey, match="admin"):
        backups.restore(archive, url, username="pemeriksa", password=OFFICER_PASSWORD)
    with pytest.raises(BackupWrongKey):
        backups.restore(archive, url)
    # Another office's recovery key.
    other, other_key = create_office(str(tmp_path / "other.sqlite3"), tmp_path / "o")
    other.close()
    with pytest.raises(BackupWrongKey):
        backups.restore(archive, url, recovery_key=other_key)
    with pytest.raises(BackupWrongKey):
        backups.restore(archive, url, recovery_key="WBSR-not-a-key")
    assert not Path(url).exists()
    with pytest.raises(BackupUnsupported):
        backups.read_info(tmp_path / "o" / "ws1.json")


def test_a_non_empty_target_is_refused(archive: Path, backend: str, tmp_path: Path) -> None:
    with target_url(backend, tmp_path) as url:
        occupied, _ = create_office(url, tmp_path / "occupied")
        try:
            occupant = occupied.login("admin", ADMIN_PASSWORD)
            case = occupant.cases.submit(complaint(received_at=recent()))
            with pytest.raises(RestoreTargetNotEmpty) as caught:
                backups.restore(archive, url, username="admin", password=ADMIN_PASSWORD)
            assert caught.value.code == "restore_target_not_empty"
            assert occupant.cases.total_count() == 1
            assert occupant.cases.detail(case.case_id).register_number == case.register_number
            assert occupant.audit.verify().ok
        finally:
            occupied.close()


def test_an_opened_but_empty_target_is_fine(archive: Path, backend: str, tmp_path: Path) -> None:
    """A database the app opened (schema made) but never set up counts as empty."""
    with target_url(backend, tmp_path) as url:
        Office.open(url, must_exist=False).close()
        backups.restore(archive, url, username="admin", password=ADMIN_PASSWORD)
        restored = Office.open(url, workstation=workstation(tmp_path, "r"))
        try:
            assert restored.login("admin", ADMIN_PASSWORD).audit.verify().ok
        finally:
            restored.close()


def test_cancelling_changes_nothing(
    admin: Workspace, archive: Path, backend: str, tmp_path: Path
) -> None:
    with target_url(backend, tmp_path) as url:
        with pytest.raises(BackupCancelled):
            backups.restore(
                archive, url, username="admin", password=ADMIN_PASSWORD, progress=lambda d, t: False
            )
        _assert_untouched(url, backend)
    out = tmp_path / "cancelled.backup"
    with pytest.raises(BackupCancelled) as caught:
        backups.backup(admin, out, progress=lambda d, t: False)
    assert caught.value.code == "cancelled"
    assert isinstance(caught.value, Cancelled)  # the GUI's one "cancelled" case
    assert not out.exists() and not out.with_name(out.name + ".partial").exists()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_only_admins_back_up(admin: Workspace, office: Office, tmp_path: Path) -> None:
    add_user(admin, "pemeriksa", Role.OFFICER)
    officer = office.login("pemeriksa", OFFICER_PASSWORD)
    with pytest.raises(PermissionDenied):
        backups.backup(officer, tmp_path / "x.backup")
    assert not (tmp_path / "x.backup").exists()
    assert issubclass(BackupCorrupt, ServiceError)


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["postgresql"])
def test_backup_size_and_time(office: Office, admin: Workspace, tmp_path: Path) -> None:
    """Figures for the report: N cases → archive size and backup/restore time."""
    n = 300
    for _ in range(n):
        admin.cases.submit(complaint(received_at=recent()))
    archive = tmp_path / "big.backup"
    result = backups.backup(admin, archive)
    with target_url("postgresql", tmp_path) as url:
        start = time.monotonic()
        restored = backups.restore(archive, url, username="admin", password=ADMIN_PASSWORD)
        restore_s = time.monotonic() - start
    print(
        f"\nbackup of {n} cases: {result.rows} rows, {result.size / 1024:.0f} KiB, "
        f"{result.seconds:.2f} s; restore {restore_s:.2f} s ({restored.rows} rows)"
    )


@pytest.mark.parametrize("backend", ["sqlite"])
def test_restoring_on_the_same_workstation_keeps_verify_happy(
    office: Office, admin: Workspace, tmp_path: Path
) -> None:
    """This workstation saw the "backup created" entry, which the archive cannot
    hold; restore resets its memory to the restored log's head."""
    populate(admin, cases=2)
    archive = tmp_path / "same.backup"
    backups.backup(admin, archive)
    # Without the reset, a workstation that saw the newer log would (rightly) see
    # the restored one as cut off.
    copy = tmp_path / "copy.json"
    copy.write_bytes(office.workstation.path.read_bytes())
    plain = str(tmp_path / "plain.sqlite3")
    backups.restore(archive, plain, recovery_key=_recovery_key_of(tmp_path))
    unaware = Office.open(plain, workstation=WorkstationState(copy))
    try:
        assert not unaware.login("admin", ADMIN_PASSWORD).audit.verify().ok
    finally:
        unaware.close()

    url = str(tmp_path / "restored.sqlite3")
    backups.restore(
        archive, url, username="admin", password=ADMIN_PASSWORD, workstation=office.workstation
    )
    restored = Office.open(url, workstation=office.workstation)
    try:
        result = restored.login("admin", ADMIN_PASSWORD).audit.verify()
        assert result.ok, result.message
    finally:
        restored.close()
