"""``wbs-admin calendar …`` (working days, the earliest lawful examination) and
``wbs-admin holidays …`` (the office's list per year: list, confirm, add, remove,
import, propose)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wbs_desktop.cli.output import EXIT_OK, EXIT_USAGE, CliError, Output
from wbs_desktop.cli.session import logged_in
from wbs_desktop.domain.calendar import HolidayKind, YearState
from wbs_desktop.domain.dates import format_day_date_id
from wbs_desktop.services.holidays import HolidayService, HolidayYear, parse_kind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wbs_desktop.services.office import Office


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}") from None
    if not 2000 <= year <= 2100:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}")
    return year


def _warn(out: Output, warnings: list[dict[str, Any]]) -> None:
    for w in warnings:
        out.note(f"warning: {w['message']}")


@contextmanager
def _holidays(args: argparse.Namespace, out: Output) -> Iterator[HolidayService]:
    """The holiday list: read without logging in (it is plain office data)."""
    from wbs_desktop.cli.session import env, open_office

    if getattr(args, "user", None) or env("WBS_USER"):
        with logged_in(args, out) as ws:
            yield ws.holidays
        return
    office = open_office(args.db)
    try:
        yield HolidayService(_Reader(office))  # type: ignore[arg-type]
    finally:
        office.close()


class _Reader:
    """What HolidayService reads through, for a database opened without a login."""

    def __init__(self, office: Office) -> None:
        self.office = office

    def read(self) -> AbstractContextManager[Session]:
        from wbs_desktop.services.office import translate_db_errors

        @contextmanager
        def session() -> Iterator[Session]:
            with translate_db_errors(), self.office.db.read() as s:
                yield s

        return session()


def cmd_earliest_hearing(args: argparse.Namespace, out: Output) -> int:
    with _holidays(args, out) as holidays:
        e = holidays.earliest_hearing(args.letter_date, accused=not args.not_accused)
    warnings = [w.as_dict() for w in e.warnings]
    if out.json:
        out.dump({"letter_date": e.letter_date, "earliest": e.earliest, "warnings": warnings})
    else:
        out.line(
            f"letter {format_day_date_id(e.letter_date)}: earliest examination "
            f"{format_day_date_id(e.earliest)} ({e.earliest.isoformat()})"
        )
        _warn(out, warnings)
    return EXIT_OK


def cmd_working_day(args: argparse.Namespace, out: Output) -> int:
    day: date = args.day
    with _holidays(args, out) as holidays:
        cal = holidays.calendar()
        warnings = [w.as_dict() for w in holidays.warnings(day)]
    holiday = cal.holiday_on(day)
    working = cal.is_working_day(day)
    if out.json:
        out.dump(
            {
                "date": day,
                "working_day": working,
                "holiday": (
                    {"name": holiday.name, "kind": holiday.kind.value} if holiday else None
                ),
                "next_working_day": cal.next_working_day(day),
                "warnings": warnings,
            }
        )
    else:
        if working:
            why = "a working day"
        elif holiday is not None:
            kind = "joint leave" if holiday.kind == HolidayKind.CUTI_BERSAMA else "holiday"
            why = f"not a working day ({kind}: {holiday.name})"
        else:
            why = "not a working day (weekend)"
        out.line(f"{format_day_date_id(day)}: {why}")
        _warn(out, warnings)
    return EXIT_OK if working else 1


def _year_json(y: HolidayYear) -> list[dict[str, Any]]:
    return [
        {
            "date": h.date,
            "name": h.name,
            "kind": h.kind.value,
            "confirmed": y.state == YearState.CONFIRMED,
        }
        for h in y.days
    ]


def _print_year(out: Output, y: HolidayYear) -> None:
    if y.state == YearState.MISSING:
        out.line(f"{y.year}: no holiday list")
        return
    state = y.state.value
    if y.state == YearState.CONFIRMED and y.confirmed_by:
        state += f" by {y.confirmed_by} at {y.confirmed_at}"
    out.line(f"{y.year}: {state}" + (f" (source: {y.source})" if y.source else ""))
    for h in y.days:
        kind = "cuti bersama" if h.kind == HolidayKind.CUTI_BERSAMA else "libur"
        out.line(f"  {h.date.isoformat()}  {kind:<12}  {h.name}")


def _show(out: Output, y: HolidayYear) -> int:
    if out.json:
        out.dump(_year_json(y))
    else:
        _print_year(out, y)
    return EXIT_OK


def cmd_holidays_list(args: argparse.Namespace, out: Output) -> int:
    with _holidays(args, out) as holidays:
        y = holidays.year(args.year)
    return _show(out, y)


def cmd_holidays_confirm(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        y = ws.holidays.confirm(args.year)
    if not out.json:
        out.line(f"{y.year}: confirmed by {y.confirmed_by} ({len(y.days)} days)")
        return EXIT_OK
    return _show(out, y)


def cmd_holidays_add(args: argparse.Namespace, out: Output) -> int:
    if args.date.year != args.year:
        raise CliError(f"{args.date.isoformat()} is not in {args.year}", EXIT_USAGE)
    with logged_in(args, out) as ws:
        y = ws.holidays.add(args.date, args.name, parse_kind(args.kind))
    return _show(out, y)


def cmd_holidays_remove(args: argparse.Namespace, out: Output) -> int:
    if args.date.year != args.year:
        raise CliError(f"{args.date.isoformat()} is not in {args.year}", EXIT_USAGE)
    with logged_in(args, out) as ws:
        y = ws.holidays.remove(args.date)
    return _show(out, y)


def cmd_holidays_import(args: argparse.Namespace, out: Output) -> int:
    if args.from_package:
        with logged_in(args, out) as ws:
            y = ws.holidays.propose_from_package(args.year)
        return _show(out, y)
    if not args.file:
        raise CliError("give the SKB's list as a CSV or JSON file (or --from-package)", EXIT_USAGE)
    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with logged_in(args, out) as ws:
        y = ws.holidays.import_text(args.year, text, source=f"import {path.name}")
    return _show(out, y)


def register(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("calendar", parents=common, help="working days and summons dates")
    cal = p.add_subparsers(
        dest="calendar_command", required=True, metavar="COMMAND", parser_class=type(p)
    )
    q = cal.add_parser(
        "earliest-hearing",
        parents=common,
        help="the earliest lawful examination for a summons of that date",
    )
    q.add_argument("--letter-date", type=iso_date, required=True, metavar="YYYY-MM-DD")
    q.add_argument(
        "--not-accused",
        action="store_true",
        help="an invitation (reporter, witness): no 7-working-day rule",
    )
    q.set_defaults(func=cmd_earliest_hearing)
    q = cal.add_parser("working-day", parents=common, help="is this a working day? (exit 1: no)")
    q.add_argument("day", type=iso_date, metavar="YYYY-MM-DD")
    q.set_defaults(func=cmd_working_day)

    p = sub.add_parser("holidays", parents=common, help="the office's holiday list per year")
    hol = p.add_subparsers(
        dest="holidays_command", required=True, metavar="COMMAND", parser_class=type(p)
    )
    q = hol.add_parser("list", parents=common, help="the year's days and whether confirmed")
    q.add_argument("year", type=_year, metavar="YEAR")
    q.set_defaults(func=cmd_holidays_list)
    q = hol.add_parser("confirm", parents=common, help="confirm the year's list (admin, audited)")
    q.add_argument("year", type=_year, metavar="YEAR")
    q.set_defaults(func=cmd_holidays_confirm)
    q = hol.add_parser("add", parents=common, help="add a day (admin, audited)")
    q.add_argument("year", type=_year, metavar="YEAR")
    q.add_argument("date", type=iso_date, metavar="YYYY-MM-DD")
    q.add_argument("--name", required=True)
    q.add_argument("--kind", default="holiday", help="holiday (default) or cuti_bersama")
    q.set_defaults(func=cmd_holidays_add)
    q = hol.add_parser("remove", parents=common, help="remove a day (admin, audited)")
    q.add_argument("year", type=_year, metavar="YEAR")
    q.add_argument("date", type=iso_date, metavar="YYYY-MM-DD")
    q.set_defaults(func=cmd_holidays_remove)
    q = hol.add_parser(
        "import",
        parents=common,
        help="replace the year's list from the SKB (CSV date,name,kind or JSON); proposed",
    )
    q.add_argument("year", type=_year, metavar="YEAR")
    q.add_argument("file", nargs="?", metavar="FILE")
    q.add_argument(
        "--from-package",
        action="store_true",
        help="propose the list of the holidays package instead of a file",
    )
    q.set_defaults(func=cmd_holidays_import)
