"""``wbs-admin mark`` (test / duplicate / clear) and ``wbs-admin report`` (the
figures of a period as text or JSON, the recap as Excel and PDF)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from wbs_desktop.cli.output import EXIT_OK, EXIT_USAGE, CliError, Output
from wbs_desktop.cli.session import find_case, logged_in


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def cmd_mark(args: argparse.Namespace, out: Output) -> int:
    from wbs_desktop.services import marking

    chosen = [bool(args.test), args.duplicate_of is not None, bool(args.clear)]
    if sum(chosen) != 1:
        raise CliError("say one of --test, --duplicate-of REGISTER, --clear", EXIT_USAGE)
    mark = (marking.Mark.TEST if args.test
            else marking.Mark.DUPLICATE if args.duplicate_of is not None else None)
    with logged_in(args, out) as ws:
        case_id = find_case(ws, args.register)
        result = marking.set_mark(
            ws, case_id, mark, duplicate_of=args.duplicate_of, reason=args.reason or ""
        )
    if out.json:
        out.dump({"register": result.register_number,
                  "mark": result.mark.value if result.mark else None,
                  "duplicate_of": result.duplicate_of_register})
    elif result.mark is None:
        out.line(f"{result.register_number}: no mark; counted in the figures")
    elif result.mark == marking.Mark.DUPLICATE:
        out.line(f"{result.register_number}: duplicate of {result.duplicate_of_register}; "
                 "left out of the figures")
    else:
        out.line(f"{result.register_number}: {result.mark.value}; left out of the figures")
    return EXIT_OK


def _period(args: argparse.Namespace) -> Any:
    from wbs_desktop.services.report_model import Period

    if args.year is not None:
        if args.quarter is not None:
            return Period.quarter(args.year, args.quarter)
        if args.semester is not None:
            return Period.semester(args.year, args.semester)
        if args.month is not None:
            return Period.month(args.year, args.month)
        return Period.year(args.year)
    if args.date_from is None or args.date_to is None:
        raise CliError("give --from and --to, or --year (with --month, --quarter or "
                       "--semester)", EXIT_USAGE)
    return Period(args.date_from, args.date_to)


def cmd_report(args: argparse.Namespace, out: Output) -> int:
    from wbs_desktop.letters.recap import tables
    from wbs_desktop.services import recap, reports

    period = _period(args)
    if args.count_demo:
        import dataclasses

        period = dataclasses.replace(period, count_demo=True)
    with logged_in(args, out) as ws:
        figures = reports.figures(ws, period)
        written = recap.export(ws, figures, xlsx=args.xlsx, pdf=args.pdf)
    if out.json:
        out.dump(figures.as_dict())
    else:
        for t in tables(figures):
            out.line(t.title)
            for row in t.rows:
                values = "  ".join("–" if v is None else str(v) for v in row[1:])
                out.line(f"  {row[0]:<44} {values}")
    for path in written:
        out.note(f"wrote {path}")
    return EXIT_OK


def register(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "mark", parents=common,
        help="mark a case as a test or a duplicate (left out of the figures), or clear it",
    )
    p.add_argument("register", help="the case's register number")
    p.add_argument("--test", action="store_true", help="a test report")
    p.add_argument("--duplicate-of", metavar="REGISTER", help="the original's register number")
    p.add_argument("--clear", action="store_true", help="count the case again")
    p.add_argument("--reason", help="why (kept encrypted on the case's timeline)")
    p.set_defaults(func=cmd_mark)

    p = sub.add_parser(
        "report", parents=common,
        help="the figures of a period; the recap as Excel and PDF (admin)",
    )
    p.add_argument("--from", dest="date_from", type=_day, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_day, metavar="YYYY-MM-DD")
    p.add_argument("--year", type=int)
    g = p.add_mutually_exclusive_group()
    g.add_argument("--month", type=int, choices=range(1, 13), metavar="1-12")
    g.add_argument("--quarter", type=int, choices=(1, 2, 3, 4))
    g.add_argument("--semester", type=int, choices=(1, 2))
    p.add_argument("--xlsx", metavar="FILE", help="write the recap as an Excel workbook")
    p.add_argument("--pdf", metavar="FILE", help="write the recap as a PDF")
    p.add_argument("--count-demo", action="store_true",
                   help="count the cases marked as demo data (a demo or training office; "
                        "never for figures handed upward)")
    p.set_defaults(func=cmd_report)
