"""The registers: ``wbs-admin register [--year YYYY]`` lists the outgoing-letter
register; ``wbs-admin register export`` writes the case register, filtered as the
window's list is, as CSV and/or Excel (private files, one audit entry per file).

The accused's name only with ``--with-accused`` and only for the cases the user
holds a key to (the audit entry counts the names written); never the reporter.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from wbs_desktop.cli.calendar import iso_date
from wbs_desktop.cli.output import EXIT_OK, EXIT_USAGE, CliError, Output
from wbs_desktop.cli.session import find_user, logged_in

if TYPE_CHECKING:
    from wbs_desktop.services.dto import CaseFilter
    from wbs_desktop.services.workspace import Workspace


def cmd_register(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        rows = [r for r in ws.letters.register(args.year) if r.number]
    if out.json:
        out.dump(
            [
                {
                    "number": r.number,
                    "date": r.issued_on,
                    "kind": r.kind,
                    "register": r.register_number,
                    "purpose": r.purpose,
                    "state": r.state,
                    "void_reason": r.void_reason,
                    "made_by": r.created_by,
                    "letter_id": r.id,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    for r in rows:
        state = r.state + (f" ({r.void_reason})" if r.void_reason else "")
        out.line(
            f"{r.number:<24} {r.issued_on.isoformat()}  {r.kind:<19} {r.register_number or '-':<15}"
            f" {r.purpose or '-':<12} {state:<10} {r.created_by}"
        )
    return EXIT_OK


def _filter(ws: Workspace, args: argparse.Namespace) -> CaseFilter:
    from wbs_desktop.domain.catalog import Channel
    from wbs_desktop.domain.stages import Stage
    from wbs_desktop.services.dto import CaseFilter

    try:
        stages = frozenset(Stage(s) for s in args.stage or ())
    except ValueError as exc:
        known = ", ".join(s.value for s in Stage)
        raise CliError(f"unknown stage ({known}): {exc}", EXIT_USAGE) from exc
    try:
        channels = frozenset(Channel(c) for c in args.channel or ())
    except ValueError as exc:
        known = ", ".join(c.value for c in Channel)
        raise CliError(f"unknown channel ({known}): {exc}", EXIT_USAGE) from exc
    types = frozenset(args.type or ())
    known_types = {t.code for t in ws.cases.complaint_types()}
    if types - known_types:
        raise CliError(f"unknown complaint type: {', '.join(sorted(types - known_types))} "
                       f"(known: {', '.join(sorted(known_types))})", EXIT_USAGE)
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise CliError("--to is before --from", EXIT_USAGE)
    officer_id = find_user(ws, args.officer).id if args.officer else None
    return CaseFilter(
        stages=stages,
        complaint_types=types,
        channels=channels,
        received_from=args.date_from,
        received_to=args.date_to,
        officer_id=officer_id,
        overdue_only=bool(args.overdue),
        text=(args.text or "").strip(),
    )


def cmd_register_export(args: argparse.Namespace, out: Output) -> int:
    from wbs_desktop.services import register as case_register

    targets = [(kind, path) for kind, path in (("csv", args.csv), ("xlsx", args.xlsx)) if path]
    if not targets:
        raise CliError("give --csv FILE and/or --xlsx FILE", EXIT_USAGE)
    written = []
    with logged_in(args, out) as ws:
        ids = ws.cases.search_ids(_filter(ws, args))
        for kind, path in targets:
            reg, where = case_register.export(ws, ids, path, kind,
                                              with_accused=args.with_accused)
            written.append({"format": kind, "path": str(where), "rows": len(reg.rows),
                            "accused_names": sum(1 for r in reg.rows if r.accused)})
    if out.json:
        out.dump({"cases": len(ids), "with_accused": bool(args.with_accused), "files": written})
    else:
        for w in written:
            names = f", {w['accused_names']} accused names" if args.with_accused else ""
            out.line(f"wrote {w['path']} ({w['format']}, {w['rows']} rows{names})")
    return EXIT_OK


def register(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    # ``wbs-admin register`` alone is the outgoing-letter register; ``register
    # export`` is the case register.
    p = sub.add_parser("register", parents=common, help="the outgoing-letter register (admin); "
                       "'register export': the case register as CSV/Excel")
    p.add_argument("--year", type=int)
    p.set_defaults(func=cmd_register)
    reg = p.add_subparsers(
        dest="register_command", required=False, metavar="COMMAND", parser_class=type(p)
    )
    q = reg.add_parser(
        "export", parents=common,
        help="the case register, filtered as the window's list, as CSV and/or Excel "
             "(private files, audited)",
    )
    q.add_argument("--csv", metavar="FILE", help="write the register as CSV (UTF-8)")
    q.add_argument("--xlsx", metavar="FILE", help="write the register as an Excel workbook")
    q.add_argument("--stage", action="append", metavar="STAGE",
                   help="only this stage (repeat for several)")
    q.add_argument("--type", action="append", metavar="CODE",
                   help="only this complaint type (repeat for several)")
    q.add_argument("--channel", action="append", metavar="CHANNEL",
                   help="only this channel (repeat for several)")
    q.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD",
                   help="received on or after")
    q.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD",
                   help="received on or before")
    q.add_argument("--overdue", action="store_true", help="only cases past their due date")
    q.add_argument("--officer", metavar="USERNAME", help="only cases assigned to this officer")
    q.add_argument("--text", help="free text over what the user may read")
    q.add_argument("--with-accused", action="store_true",
                   help="add the accused's name, for the cases you hold only (audited)")
    q.set_defaults(func=cmd_register_export)
