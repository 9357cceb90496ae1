"""``wbs-admin`` as a good citizen: --version, UTF-8 whatever the code page,
errors as JSON in --json mode with stable codes and documented exit statuses,
the version-mismatch message, read-only commands that never create a schema,
and import/submit that never create a report twice."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select, text

from tests.cli.conftest import REPO_ROOT, CliRunner, run_cli
from tests.helpers.office import ADMIN_PASSWORD, complaint
from wbs_desktop import __version__
from wbs_desktop.domain.complaint_json import complaint_to_json
from wbs_desktop.services import app_versions
from wbs_desktop.services.office import Office
from wbs_desktop.storage.models import CaseIndex

HARD_TEXT = "林 (ست) 🙂"


def _json_error(stderr: str) -> dict[str, object]:
    last = stderr.strip().splitlines()[-1]
    return json.loads(last)["error"]  # type: ignore[no-any-return]


def test_both_programs_say_their_version() -> None:
    admin = run_cli("--version")
    assert admin.returncode == 0 and admin.stdout.strip() == f"wbs-admin {__version__}"
    desktop = subprocess.run(
        [sys.executable, "-c", "import sys; from wbs_desktop.gui.app import main; sys.exit(main())",
         "--version"], capture_output=True, text=True, timeout=120, cwd=REPO_ROOT)
    assert desktop.returncode == 0, desktop.stderr
    assert desktop.stdout.strip() == f"wbs-desktop {__version__}"


def test_output_is_utf8_under_a_legacy_code_page(cli: CliRunner, office: Office, tmp_path: Path):
    record = complaint_to_json(complaint(chronology=(
        f"Pelapor {HARD_TEXT} menyerahkan uang kepada pegawai di loket mutasi pada pagi hari.")))
    path = tmp_path / "c.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    legacy = {"PYTHONIOENCODING": "cp1252", "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"}
    sub = cli("--user", "admin", "--json", "submit", str(path), password=ADMIN_PASSWORD, **legacy)
    assert sub.returncode == 0, sub.stderr
    register = json.loads(sub.stdout)["register_number"]
    for args in (("--json", "show", register), ("show", register)):
        shown = cli("--user", "admin", *args, password=ADMIN_PASSWORD, **legacy)
        assert shown.returncode == 0, shown.stderr
        assert HARD_TEXT in shown.stdout  # decoded as UTF-8 by the runner: no "?"
    # An error message naming such text survives too (stderr, JSON).
    missing = cli("--user", "admin", "--json", "show", f"WBS-{HARD_TEXT}",
                  password=ADMIN_PASSWORD, **legacy)
    assert missing.returncode == 1
    error = _json_error(missing.stderr)
    assert error["code"] == "not_found" and error["exit_status"] == 1


def test_errors_are_json_objects_with_stable_codes(cli: CliRunner, office: Office) -> None:
    wrong = cli("--user", "admin", "--json", "verify-audit", password="not-the-password")
    assert wrong.returncode == 1 and wrong.stdout == ""
    assert _json_error(wrong.stderr) == {
        "code": "wrong_credentials", "message": _json_error(wrong.stderr)["message"],
        "exit_status": 1}
    usage = cli("--json", "show")  # the register is missing
    assert usage.returncode == 2
    assert _json_error(usage.stderr)["code"] == "usage"
    plain = cli("--user", "admin", "verify-audit", password="not-the-password")
    assert plain.stderr.startswith("wbs-admin: ") and "{" not in plain.stderr


def test_an_older_program_names_the_version_to_install(cli: CliRunner, office: Office) -> None:
    with office.db.engine.begin() as conn:
        conn.execute(text("UPDATE settings SET value = :v WHERE key = :k"),
                     {"v": json.dumps({"version": "0.7.2", "schema": "0099"}),
                      "k": app_versions.VERSION_KEY})
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    for command in (("types",), ("--user", "admin", "show", "WBS-2026-00001"),
                    ("--user", "admin", "verify-audit"), ("--user", "admin", "backup",
                                                           "--out", "x.wbsbak")):
        run = cli(*command, password=ADMIN_PASSWORD)
        assert run.returncode == 3, run.output
        assert ("this database was upgraded by WBS Desktop 0.7; install 0.7 or newer on this "
                "workstation") in run.stderr
        assert "revision" not in run.stderr and "unexpected" not in run.stderr
    as_json = cli("--json", "types")
    assert as_json.returncode == 3
    assert _json_error(as_json.stderr)["code"] == "schema_too_new"


def test_read_only_commands_never_create_a_schema(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    for command in (("types",), ("--user", "admin", "show", "WBS-2026-00001"),
                    ("--user", "admin", "verify-audit"), ("--user", "admin", "user", "list")):
        run = run_cli("--db", str(empty), *command, env={"WBS_PASSWORD": ADMIN_PASSWORD})
        assert run.returncode == 3, run.output
        assert "no office set up yet" in run.stderr
        assert empty.stat().st_size == 0, command


def test_a_file_that_is_not_ours_is_named(tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("bukan basis data\n", encoding="utf-8")
    run = run_cli("--db", str(notes), "--json", "types")
    assert run.returncode == 3
    error = _json_error(run.stderr)
    assert error["code"] == "not_an_office_database"
    assert "not a WBS Desktop database" in str(error["message"])
    assert notes.read_text(encoding="utf-8") == "bukan basis data\n"


def test_import_is_idempotent(cli: CliRunner, office: Office, tmp_path: Path) -> None:
    first = complaint_to_json(complaint())
    second = complaint_to_json(complaint(complaint_type="bribery_gratification"))
    with_id = dict(complaint_to_json(complaint(location="Kantor BKD Atambua")),
                   source_id="webform-2026-000123")
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False)
                              for r in (first, second, with_id)) + "\n", encoding="utf-8")
    run = cli("--user", "admin", "--json", "import", str(path), password=ADMIN_PASSWORD)
    assert run.returncode == 0, run.stderr
    assert [r["status"] for r in json.loads(run.stdout)] == ["created"] * 3

    # The same export again, plus the web form's report 123 edited (same
    # source_id, other text) and a new one: only the new one is created.
    edited = dict(with_id, location="Kantor BKD Soe")
    new = complaint_to_json(complaint(location="Kantor BKD Waingapu"))
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False)
                              for r in (first, second, with_id, edited, new)) + "\n",
                    encoding="utf-8")
    again = cli("--user", "admin", "--json", "import", str(path), password=ADMIN_PASSWORD)
    assert again.returncode == 0, again.stderr
    results = json.loads(again.stdout)
    assert [r["status"] for r in results] == ["already_there"] * 4 + ["created"]
    assert [r["register_number"] for r in results] == [
        "WBS-2026-00001", "WBS-2026-00002", "WBS-2026-00003", "WBS-2026-00003", "WBS-2026-00004"]
    assert "imported 1 of 5 complaint(s); 4 already in the office" in again.stderr
    ws = office.login("admin", ADMIN_PASSWORD)
    assert ws.cases.total_count() == 4
    ws.logout()

    plain = cli("--user", "admin", "import", str(path), password=ADMIN_PASSWORD)
    assert plain.returncode == 0
    assert "line 1: WBS-2026-00001  already in the office" in plain.stdout

    # Remembered as keyed digests only: neither the identifier nor the text.
    with office.db.read() as session:
        digests = [bytes(d) for d in session.scalars(
            select(CaseIndex.digest).where(CaseIndex.kind.like("intake_%")))]
    assert len(digests) == 4
    import hashlib

    assert hashlib.sha256(b"webform-2026-000123").digest() not in digests
    assert all(b"webform" not in d and len(d) == 32 for d in digests)


def test_submit_is_idempotent(cli: CliRunner, office: Office, tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text(json.dumps(dict(complaint_to_json(complaint()), source_id=42)),
                    encoding="utf-8")
    first = cli("--user", "admin", "--json", "submit", str(path), password=ADMIN_PASSWORD)
    assert json.loads(first.stdout)["status"] == "created"
    second = cli("--user", "admin", "submit", str(path), password=ADMIN_PASSWORD)
    assert second.returncode == 0
    assert second.stdout.strip() == "WBS-2026-00001  already in the office (not created again)"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(dict(complaint_to_json(complaint()), source_id="")),
                   encoding="utf-8")
    rejected = cli("--user", "admin", "submit", str(bad), password=ADMIN_PASSWORD)
    assert rejected.returncode == 1 and "source_id must be 1 to 200 characters" in rejected.stderr
