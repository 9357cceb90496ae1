"""Indonesian dates, time zones and the date parser."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from wbs_desktop.domain import dates
from wbs_desktop.domain.dates import (
    DAY_NAMES_ID,
    MONTH_NAMES_ID,
    OFFICE_TZ,
    day_name_id,
    format_date_id,
    format_datetime_id,
    format_day_date_id,
    format_time_id,
    month_name_id,
    parse_date_id,
    roman_month,
    to_local,
    to_utc,
    utc_now,
)
from wbs_desktop.domain.errors import DomainError


def test_name_tables() -> None:
    assert DAY_NAMES_ID[0] == "Senin"
    assert DAY_NAMES_ID[-1] == "Minggu"
    assert len(DAY_NAMES_ID) == 7
    assert MONTH_NAMES_ID[0] == "Januari"
    assert MONTH_NAMES_ID[7] == "Agustus"
    assert MONTH_NAMES_ID[-1] == "Desember"
    assert len(MONTH_NAMES_ID) == 12


@pytest.mark.parametrize(
    ("d", "name"),
    [
        (date(2026, 11, 23), "Senin"),
        (date(2026, 11, 27), "Jumat"),
        (date(2026, 11, 28), "Sabtu"),
        (date(2026, 11, 29), "Minggu"),
        (date(2026, 3, 13), "Jumat"),
    ],
)
def test_day_name(d: date, name: str) -> None:
    assert day_name_id(d) == name


def test_month_name() -> None:
    assert month_name_id(2) == "Februari"
    assert month_name_id(12) == "Desember"
    for bad in (0, 13, -1):
        with pytest.raises(ValueError):
            month_name_id(bad)


@pytest.mark.parametrize(
    ("month", "roman"),
    [
        (1, "I"),
        (2, "II"),
        (3, "III"),
        (4, "IV"),
        (5, "V"),
        (6, "VI"),
        (7, "VII"),
        (8, "VIII"),
        (9, "IX"),
        (10, "X"),
        (11, "XI"),
        (12, "XII"),
    ],
)
def test_roman_month(month: int, roman: str) -> None:
    assert roman_month(month) == roman


@pytest.mark.parametrize("bad", [0, 13, -3, 100, True])
def test_roman_month_out_of_range(bad: int) -> None:
    with pytest.raises(ValueError):
        roman_month(bad)


def test_format_date() -> None:
    assert format_date_id(date(2026, 11, 28)) == "28 November 2026"
    assert format_date_id(date(2026, 1, 1)) == "1 Januari 2026"
    assert format_date_id(datetime(2026, 8, 17, 9, 0)) == "17 Agustus 2026"
    assert format_day_date_id(date(2026, 11, 28)) == "Sabtu, 28 November 2026"
    assert format_day_date_id(date(2026, 4, 1)) == "Rabu, 1 April 2026"


def test_format_time() -> None:
    assert format_time_id(time(9, 0)) == "09.00 WITA"
    assert format_time_id(time(13, 5, 59)) == "13.05 WITA"
    assert format_time_id(time(9, 0), "WIB") == "09.00 WIB"
    assert format_time_id(time(9, 0), None) == "09.00"


@pytest.mark.parametrize(
    ("tz", "label"),
    [
        (OFFICE_TZ, "WITA"),
        (ZoneInfo("Asia/Jakarta"), "WIB"),
        (ZoneInfo("Asia/Jayapura"), "WIT"),
        (timezone(timedelta(hours=8)), "WITA"),
        (UTC, "UTC+00:00"),
        (timezone(timedelta(hours=5, minutes=30)), "UTC+05:30"),
        (timezone(-timedelta(hours=3, minutes=30)), "UTC-03:30"),
    ],
)
def test_format_datetime_zone_labels(tz: timezone, label: str) -> None:
    dt = datetime(2026, 11, 28, 9, 0, tzinfo=tz)
    assert format_datetime_id(dt) == f"Sabtu, 28 November 2026 pukul 09.00 {label}"


def test_format_datetime_uses_its_own_zone() -> None:
    dt = datetime(2026, 11, 28, 1, 0, tzinfo=UTC).astimezone(OFFICE_TZ)
    assert format_datetime_id(dt) == "Sabtu, 28 November 2026 pukul 09.00 WITA"
    # 23:30 WIB on Friday is 00:30 WITA on Saturday: the date follows the zone.
    wib = datetime(2026, 11, 27, 23, 30, tzinfo=ZoneInfo("Asia/Jakarta"))
    assert format_datetime_id(wib) == "Jumat, 27 November 2026 pukul 23.30 WIB"
    assert format_datetime_id(wib.astimezone(OFFICE_TZ)) == (
        "Sabtu, 28 November 2026 pukul 00.30 WITA"
    )


def test_format_datetime_naive_refused() -> None:
    with pytest.raises(ValueError):
        format_datetime_id(datetime(2026, 11, 28, 9, 0))


def test_office_tz_is_wita() -> None:
    assert datetime(2026, 6, 1, tzinfo=OFFICE_TZ).utcoffset() == timedelta(hours=8)
    assert datetime(2026, 1, 1, tzinfo=OFFICE_TZ).utcoffset() == timedelta(hours=8)


def test_utc_now_is_aware_utc() -> None:
    now = utc_now()
    assert now.utcoffset() == timedelta(0)
    assert abs(now - datetime.now(UTC)) < timedelta(seconds=5)


def test_to_utc() -> None:
    dt = datetime(2026, 11, 28, 9, 0, tzinfo=OFFICE_TZ)
    u = to_utc(dt)
    assert u == datetime(2026, 11, 28, 1, 0, tzinfo=UTC)
    assert u.utcoffset() == timedelta(0)
    with pytest.raises(ValueError):
        to_utc(datetime(2026, 11, 28, 9, 0))


def test_to_local_explicit_zone() -> None:
    u = datetime(2026, 11, 28, 1, 0, tzinfo=UTC)
    local = to_local(u, OFFICE_TZ)
    assert (local.hour, local.utcoffset()) == (9, timedelta(hours=8))
    assert local == u
    with pytest.raises(ValueError):
        to_local(datetime(2026, 11, 28, 1, 0), OFFICE_TZ)


def test_to_local_workstation_zone() -> None:
    u = datetime(2026, 11, 28, 1, 0, tzinfo=UTC)
    local = to_local(u)
    assert local == u
    assert local.utcoffset() == u.astimezone().utcoffset()


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-28",
        "28/11/2026",
        "28-11-2026",
        "28 November 2026",
        "28 november 2026",
        "28 NOVEMBER 2026",
        "28 Nopember 2026",
        "  28   November\t2026 ",
        "Sabtu, 28 November 2026",
    ],
)
def test_parse_date_accepts(text: str) -> None:
    assert parse_date_id(text) == date(2026, 11, 28)


def test_parse_date_single_digits_and_names() -> None:
    assert parse_date_id("1/4/2026") == date(2026, 4, 1)
    assert parse_date_id("2026-4-1") == date(2026, 4, 1)
    assert parse_date_id("17 Agustus 2026") == date(2026, 8, 17)
    assert parse_date_id("1 Mei 2026") == date(2026, 5, 1)
    assert parse_date_id("29 Februari 2028") == date(2028, 2, 29)
    assert parse_date_id("Jumat, 13 Maret 2026") == date(2026, 3, 13)
    # Every month name round-trips through the formatter.
    for month in range(1, 13):
        d = date(2026, month, 10)
        assert parse_date_id(format_date_id(d)) == d


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "28 November",
        "28 Nov 2026",
        "28 Movember 2026",
        "31/02/2026",
        "29 Februari 2026",
        "2026-13-01",
        "00/01/2026",
        "28/11-2026",
        "11/28/2026",
        "2026/11/28",
        "28.11.2026",
        "Besok, 28 November 2026",
        "٢٨/١١/٢٠٢٦",
        "28 November 2026 extra",
    ],
)
def test_parse_date_refuses(text: str) -> None:
    with pytest.raises(DomainError) as info:
        parse_date_id(text)
    assert info.value.code == "bad_date"


def test_parse_date_refuses_non_string() -> None:
    with pytest.raises(DomainError) as info:
        parse_date_id(None)  # type: ignore[arg-type]
    assert info.value.code == "bad_date"


def test_error_codes_listed() -> None:
    assert dates.ERROR_CODES == ("bad_date",)
