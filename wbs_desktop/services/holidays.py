"""The office's holiday list, per year: each day with its name and kind, each year
*proposed* (pre-filled from the ``holidays`` package or imported) or *confirmed*
by an administrator against the SKB. Stored in the settings (``holidays`` and
``holidays.years``) through :class:`SettingsService`, so every change is audited."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from wbs_desktop.domain.calendar import Holiday, HolidayKind, WorkingCalendar, YearState
from wbs_desktop.domain.dates import office_today, parse_date_id, utc_now
from wbs_desktop.domain.errors import DomainError
from wbs_desktop.domain.roles import Action
from wbs_desktop.domain.summons import Warning, earliest_lawful_hearing, year_warnings
from wbs_desktop.services import settings as store
from wbs_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context

#: How an import names the kinds (CSV/JSON of the SKB): ours and the usual words.
_KIND_WORDS = {
    "holiday": HolidayKind.HOLIDAY,
    "libur": HolidayKind.HOLIDAY,
    "libur nasional": HolidayKind.HOLIDAY,
    "hari libur nasional": HolidayKind.HOLIDAY,
    "public": HolidayKind.HOLIDAY,
    "cuti_bersama": HolidayKind.CUTI_BERSAMA,
    "cuti bersama": HolidayKind.CUTI_BERSAMA,
    "joint leave": HolidayKind.CUTI_BERSAMA,
    "government": HolidayKind.CUTI_BERSAMA,
}


class HolidayError(ServiceError):
    """A holiday list change was refused (code says why)."""

    code = "holiday_error"


@dataclass(frozen=True, slots=True)
class HolidayYear:
    year: int
    state: YearState
    days: tuple[Holiday, ...]
    confirmed_by: str = ""
    confirmed_at: str = ""  # ISO time (UTC)
    source: str = ""


@dataclass(frozen=True, slots=True)
class EarliestHearing:
    letter_date: date
    earliest: date
    warnings: tuple[Warning, ...]


def _row(h: Holiday) -> dict[str, str]:
    return {"date": h.date.isoformat(), "kind": h.kind.value, "name": h.name}


def parse_kind(text: str) -> HolidayKind:
    kind = _KIND_WORDS.get(" ".join(str(text).replace("-", " ").split()).casefold())
    if kind is None:
        kind = _KIND_WORDS.get(str(text).strip().casefold())
    if kind is None:
        raise HolidayError(f"unknown kind of day {text!r}", code="holiday_bad_kind", kind=text)
    return kind


def parse_import(text: str, year: int) -> tuple[Holiday, ...]:
    """Days from a CSV (``date,name,kind`` with a header) or JSON (a list of
    ``{"date", "name", "kind"}``) of the SKB; every day must be in ``year``."""
    stripped = text.lstrip("\ufeff").strip()
    rows: list[dict[str, Any]]
    if stripped.startswith(("[", "{")):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise HolidayError(f"not valid JSON: {exc}", code="holiday_bad_file") from exc
        if isinstance(data, dict):
            data = data.get("days", data.get("holidays", []))
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise HolidayError("the JSON is not a list of days", code="holiday_bad_file")
        rows = data
    else:
        reader = csv.DictReader(io.StringIO(stripped))
        if reader.fieldnames is None or "date" not in [
            f.strip().casefold() for f in reader.fieldnames
        ]:
            raise HolidayError(
                "the CSV needs a header with date, name and kind", code="holiday_bad_file"
            )
        rows = [{(k or "").strip().casefold(): (v or "") for k, v in r.items()} for r in reader]
    days: dict[date, Holiday] = {}
    for number, r in enumerate(rows, 1):
        try:
            d = parse_date_id(str(r.get("date", "")).strip())
        except DomainError as exc:
            raise HolidayError(
                f"line {number}: not a date: {r.get('date')!r}", code="holiday_bad_file"
            ) from exc
        if d.year != year:
            raise HolidayError(
                f"line {number}: {d.isoformat()} is not in {year}",
                code="holiday_wrong_year",
                year=year,
            )
        days[d] = Holiday(
            d, parse_kind(str(r.get("kind", "holiday"))), str(r.get("name", "")).strip()
        )
    if not days:
        raise HolidayError("the file lists no day", code="holiday_bad_file")
    return tuple(sorted(days.values(), key=lambda h: h.date))


class HolidayService:
    def __init__(self, ws: Context) -> None:
        self.ws = ws

    # -- reading --------------------------------------------------------------------

    def years(self) -> list[HolidayYear]:
        with self.ws.read() as session:
            states = store.holiday_years(session)
            days = store.holidays(session)
        return [self._year(y, states, days) for y in sorted(states)]

    def year(self, year: int) -> HolidayYear:
        with self.ws.read() as session:
            return self._year(year, store.holiday_years(session), store.holidays(session))

    def earliest_hearing(self, letter_date: date, *, accused: bool = True) -> EarliestHearing:
        """The earliest lawful examination for a letter of that date, with the warnings
        of the years it reaches into whose list is not confirmed."""
        with self.ws.read() as session:
            cal = store.calendar(session)
            rules = store.summons_rules(session)
        if accused:
            earliest = cal.earliest_hearing_date(letter_date, rules.min_working_days)
        else:
            earliest = cal.next_working_day(letter_date)
        warnings = year_warnings(cal, letter_date, earliest)
        if letter_date < office_today() - timedelta(days=rules.past_grace_days):
            lawful = earliest_lawful_hearing(
                cal, letter_date, today=office_today(), rules=rules, accused=accused
            )
            warnings += (Warning("letter_in_past", lawful.year, lawful),)
        return EarliestHearing(letter_date, earliest, warnings)

    def calendar(self) -> WorkingCalendar:
        with self.ws.read() as session:
            return store.calendar(session)

    def warnings(self, *days: date) -> tuple[Warning, ...]:
        with self.ws.read() as session:
            return year_warnings(store.calendar(session), *days)

    # -- changing (administrator, audited) ------------------------------------------

    def confirm(self, year: int) -> HolidayYear:
        """The administrator checked the year's list against the SKB."""
        self.ws.actor.require(Action.MANAGE_SETTINGS)
        current = self.year(year)
        if current.state == YearState.MISSING:
            raise HolidayError(f"there is no list for {year}", code="holiday_no_list", year=year)
        states = self._states()
        states[year] = {
            **states[year],
            "state": YearState.CONFIRMED.value,
            "by": self.ws.user.username,
            "at": utc_now().isoformat(timespec="seconds"),
        }
        self._write(None, states, "holidays_confirmed", {"year": year, "days": len(current.days)})
        return self.year(year)

    def add(self, day: date, name: str, kind: HolidayKind = HolidayKind.HOLIDAY) -> HolidayYear:
        """Add (or rename) a day; a year without a list gets one, proposed."""
        self.ws.actor.require(Action.MANAGE_SETTINGS)
        name = " ".join(name.split())
        if not name:
            raise HolidayError("name the day", code="holiday_name_required")
        days = {h.date: h for h in self._days()}
        days[day] = Holiday(day, kind, name)
        states = self._states()
        states.setdefault(day.year, {"state": YearState.PROPOSED.value, "source": "office"})
        self._write(
            days.values(), states, "holiday_added", {"date": day.isoformat(), "kind": kind.value}
        )
        return self.year(day.year)

    def remove(self, day: date) -> HolidayYear:
        self.ws.actor.require(Action.MANAGE_SETTINGS)
        days = {h.date: h for h in self._days()}
        if day not in days:
            raise HolidayError(
                f"{day.isoformat()} is not in the list", code="holiday_not_listed", date=day
            )
        del days[day]
        self._write(days.values(), None, "holiday_removed", {"date": day.isoformat()})
        return self.year(day.year)

    def replace_year(self, year: int, new_days: tuple[Holiday, ...], *, source: str) -> HolidayYear:
        """The year's list replaced (an import of the SKB, or the package's proposal);
        the year is *proposed* until an administrator confirms it."""
        self.ws.actor.require(Action.MANAGE_SETTINGS)
        if any(h.date.year != year for h in new_days):
            raise HolidayError("a day is in another year", code="holiday_wrong_year", year=year)
        if not new_days:
            raise HolidayError(f"no day for {year}", code="holiday_no_list", year=year)
        days = [h for h in self._days() if h.date.year != year] + list(new_days)
        states = self._states()
        states[year] = {"state": YearState.PROPOSED.value, "by": "", "at": "", "source": source}
        self._write(
            days,
            states,
            "holidays_imported",
            {"year": year, "days": len(new_days), "source": source},
        )
        return self.year(year)

    def import_text(self, year: int, text: str, *, source: str = "import") -> HolidayYear:
        return self.replace_year(year, parse_import(text, year), source=source)

    def propose_from_package(self, year: int) -> HolidayYear:
        from wbs_desktop.domain.holiday_source import proposed_year, source_label

        return self.replace_year(year, proposed_year(year), source=source_label())

    # -- internals ------------------------------------------------------------------

    def _days(self) -> tuple[Holiday, ...]:
        with self.ws.read() as session:
            return store.holidays(session)

    def _states(self) -> dict[int, dict[str, str]]:
        with self.ws.read() as session:
            return store.holiday_years(session)

    def _write(
        self,
        days: Any,
        states: dict[int, dict[str, str]] | None,
        action: str,
        details: dict[str, Any],
    ) -> None:
        values: dict[str, Any] = {}
        if days is not None:
            values["holidays"] = [_row(h) for h in sorted(days, key=lambda h: h.date)]
        if states is not None:
            values[store.HOLIDAY_YEARS_KEY] = {str(y): v for y, v in sorted(states.items())}
        self.ws.settings.put_many(values, action=action, details=details)

    @staticmethod
    def _year(
        year: int, states: dict[int, dict[str, str]], days: tuple[Holiday, ...]
    ) -> HolidayYear:
        info = states.get(year)
        listed = tuple(h for h in days if h.date.year == year)
        if info is None:
            return HolidayYear(year, YearState.MISSING, listed)
        state = YearState(info.get("state", "proposed"))
        return HolidayYear(
            year,
            state,
            listed,
            confirmed_by=info.get("by", "") if state == YearState.CONFIRMED else "",
            confirmed_at=info.get("at", "") if state == YearState.CONFIRMED else "",
            source=info.get("source", ""),
        )


#: Years a new office (or one upgraded to per-year lists) gets pre-filled as proposed.
PREFILLED_YEARS = (2027,)


def prefill_years(bind: Any, years_to_fill: tuple[int, ...] = PREFILLED_YEARS) -> None:
    """Keep the office's list (its years count as confirmed) and pre-fill each year of
    ``years_to_fill`` that has no day yet from the ``holidays`` package, *proposed*.

    Plain SQL on the settings table (``bind``: a connection): the migration that
    brought per-year lists runs it on databases that hold an office, and setting
    up a new office runs it inside its own transaction (before the office record
    is certified). It must not use the settings service: migrations run it
    before later revisions' columns exist."""
    import sqlalchemy as sa

    from wbs_desktop.domain.holiday_source import proposed_year, source_label
    from wbs_desktop.services.settings import DEFAULTS, HOLIDAY_YEARS_KEY

    settings = sa.table(
        "settings",
        sa.column("key", sa.String),
        sa.column("value", sa.Text),
        sa.column("updated_at", sa.DateTime),
    )

    def read(key: str) -> Any:
        text = bind.execute(sa.select(settings.c.value).where(settings.c.key == key)).scalar()
        return None if text is None else json.loads(text)

    def write(key: str, value: Any) -> None:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        now = datetime.now(UTC).replace(tzinfo=None)
        if read(key) is None:
            bind.execute(settings.insert().values(key=key, value=text, updated_at=now))
        else:
            bind.execute(
                settings.update()
                .where(settings.c.key == key)
                .values(value=text, updated_at=now)
            )

    stored = read("holidays")
    days = list(DEFAULTS.get("holidays") or [] if stored is None else stored)
    years: dict[int, dict[str, str]] = {
        int(y): v for y, v in (read(HOLIDAY_YEARS_KEY) or {}).items()
    }
    for year in sorted({int(d["date"][:4]) for d in days}):
        years.setdefault(year, {"state": "confirmed", "by": "", "at": "", "source": "office"})
    for year in years_to_fill:
        if year in years:
            continue
        days += [
            {"date": h.date.isoformat(), "kind": h.kind.value, "name": h.name}
            for h in proposed_year(year)
        ]
        years[year] = {"state": "proposed", "by": "", "at": "", "source": source_label()}
    write("holidays", sorted(days, key=lambda d: str(d["date"])))
    write(HOLIDAY_YEARS_KEY, {str(y): v for y, v in sorted(years.items())})
