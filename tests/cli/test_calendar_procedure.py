"""``wbs-admin calendar``, ``holidays`` and the procedure commands, run as a
subprocess with the clock set (``WBS_NOW``)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import CliRunner
from tests.helpers.office import ADMIN_PASSWORD, complaint
from wbs_desktop.services.office import Office

#: 23:30 UTC on Wed 16 Dec 2026: in Kupang (WITA, UTC+8) it is already Thu 17 Dec.
LATE_EVENING_UTC = "2026-12-16T23:30:00+00:00"


def _admin(cli: CliRunner, *args: str, now: str = LATE_EVENING_UTC) -> dict | list:  # type: ignore[type-arg]
    run = cli("--user", "admin", "--json", *args, password=ADMIN_PASSWORD, WBS_NOW=now)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)  # type: ignore[no-any-return]


def test_calendar_commands(cli: CliRunner, office: Office) -> None:
    got = _admin(cli, "calendar", "earliest-hearing", "--letter-date", "2026-12-17")
    assert got == {"letter_date": "2026-12-17", "earliest": "2026-12-31", "warnings": []}
    got = _admin(cli, "calendar", "earliest-hearing", "--letter-date", "2026-12-28")
    assert got["earliest"] == "2027-01-11"  # New Year and 5 Jan (Isra Mikraj) are off
    assert [(w["code"], w["year"]) for w in got["warnings"]] == [("year_proposed", 2027)]
    day = cli("--user", "admin", "calendar", "working-day", "2027-01-01", password=ADMIN_PASSWORD)
    assert day.returncode == 1 and "Tahun Baru" in day.stdout
    assert "warning" in day.stderr and "2027" in day.stderr
    day = _admin(cli, "calendar", "working-day", "2026-12-31")
    assert day["working_day"] is True and day["warnings"] == []
    # The calendar is plain office data: no login needed.
    anonymous = cli("--json", "calendar", "earliest-hearing", "--letter-date", "2026-12-17")
    assert anonymous.returncode == 0, anonymous.stderr
    assert json.loads(anonymous.stdout)["earliest"] == "2026-12-31"


def test_holidays_commands(cli: CliRunner, office: Office, tmp_path: Path) -> None:
    days = _admin(cli, "holidays", "list", "2027")
    assert {
        "date": "2027-12-24",
        "name": "Cuti Bersama Hari Raya Natal",
        "kind": "cuti_bersama",
        "confirmed": False,
    } in days
    assert len(_admin(cli, "holidays", "list", "2026")) == 25
    assert all(d["confirmed"] for d in _admin(cli, "holidays", "list", "2026"))
    assert all(d["confirmed"] for d in _admin(cli, "holidays", "confirm", "2027"))
    added = _admin(cli, "holidays", "add", "2027", "2027-11-20", "--name", "HUT Provinsi NTT")
    assert any(d["date"] == "2027-11-20" for d in added)
    removed = _admin(cli, "holidays", "remove", "2027", "2027-11-20")
    assert not any(d["date"] == "2027-11-20" for d in removed)
    skb = tmp_path / "skb-2028.csv"
    skb.write_text(
        "date,name,kind\n2028-01-01,Tahun Baru Masehi,holiday\n"
        "2028-01-26,Cuti Bersama Imlek,cuti bersama\n",
        encoding="utf-8",
    )
    imported = _admin(cli, "holidays", "import", "2028", str(skb))
    assert [(d["date"], d["kind"], d["confirmed"]) for d in imported] == [
        ("2028-01-01", "holiday", False),
        ("2028-01-26", "cuti_bersama", False),
    ]
    bad = cli("--user", "admin", "holidays", "import", "2029", str(skb), password=ADMIN_PASSWORD)
    assert bad.returncode == 1 and "2029" in bad.stderr
    audit = office.login("admin", ADMIN_PASSWORD).audit.entries()
    actions = {e.action for e in audit}
    assert {
        "holidays_confirmed",
        "holiday_added",
        "holiday_removed",
        "holidays_imported",
    } <= actions


def test_hearing_rules_from_the_cli(cli: CliRunner, office: Office) -> None:
    ws = office.login("admin", ADMIN_PASSWORD)
    register = ws.cases.submit(complaint()).register_number
    _admin(cli, "verify", register)
    got = _admin(cli, "request-info", register, "--missing", "foto bukti transfer")
    assert got["stage"] == "awaiting_info" and got["due_date"] == "2026-12-31"  # 14 days in WITA
    _admin(cli, "reply", register, "--summary", "bukti dikirim")
    _admin(cli, "complete", register)
    for stage in ("clarification", "examination"):
        _admin(cli, "transition", register, stage)
    common = ("--place", "Ruang Rapat Inspektorat", "--examiner", "Yosef Nahak")
    refused = cli(
        "--user",
        "admin",
        "hearing",
        "schedule",
        register,
        "--party",
        "accused",
        "--day",
        "2026-12-30",
        *common,
        password=ADMIN_PASSWORD,
        WBS_NOW=LATE_EVENING_UTC,
    )
    assert refused.returncode == 1 and "2026-12-31" in refused.stderr
    # Letter today in Kupang (17 Dec), examination the earliest lawful day.
    h = _admin(cli, "hearing", "schedule", register, "--party", "accused", *common)
    assert (h["letter_date"], h["day"]) == ("2026-12-17", "2026-12-31")
    early = cli(
        "--user",
        "admin",
        "hearing",
        "attendance",
        str(h["id"]),
        "--absent",
        password=ADMIN_PASSWORD,
        WBS_NOW="2026-12-30T01:00:00+00:00",
    )
    assert early.returncode == 1 and "attendance" in early.stderr
    absent = _admin(
        cli, "hearing", "attendance", str(h["id"]), "--absent", now="2026-12-31T02:00:00+00:00"
    )
    assert absent["second_summons"]["letter_date"] == "2026-12-31"
    assert absent["second_summons"]["earliest_day"] == "2027-01-14"
    second = _admin(cli, "hearing", "second-summons", str(h["id"]), now="2026-12-31T02:00:00+00:00")
    assert (second["letter_date"], second["day"], second["summons_no"]) == (
        "2026-12-31",
        "2027-01-14",
        2,
    )
    assert [w["year"] for w in second["warnings"]] == [2027]
    _admin(
        cli,
        "hearing",
        "attendance",
        str(second["id"]),
        "--present",
        now="2027-01-14T02:00:00+00:00",
    )
    m = _admin(
        cli,
        "hearing",
        "minutes",
        str(second["id"]),
        "--qa",
        "Apakah benar?",
        "Tidak.",
        now="2027-01-14T03:00:00+00:00",
    )
    assert m["minutes_recorded"] is True
    # An administrator's override needs a reason and shows in the list.
    over = _admin(
        cli,
        "hearing",
        "schedule",
        register,
        "--party",
        "accused",
        "--letter-date",
        "2027-01-14",
        "--day",
        "2027-01-18",
        "--reason",
        "terlapor akan pensiun",
        *common,
        now="2027-01-14T03:00:00+00:00",
    )
    assert over["rule_overridden"] and over["override_reason"] == "terlapor akan pensiun"
    listed = _admin(cli, "hearing", "list", register)
    assert len(listed) == 3
    done = _admin(
        cli,
        "conclude",
        register,
        "--outcome",
        "substantiated",
        "--summary",
        "Terbukti.",
        now="2027-01-18T03:00:00+00:00",
    )
    assert done["stage"] == "concluded"
