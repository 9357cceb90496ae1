"""The office's letterhead and users' records without a screen:

    wbs-admin settings show
    wbs-admin settings kop [--government T] [--agency T] [--address T] [--phone T]
                           [--email T] [--website T] [--place T] [--contact T]
    wbs-admin settings logo FILE.png|FILE.svg | --default
    wbs-admin settings number KIND|register [--prefix P] [--code C] [--digits N]
                           [--unit U] [--month roman|number|none] [--year | --no-year]
                           [--year-first | --no-year-first] [--separator /|-|.] [--pattern RAW]
    wbs-admin settings tembusan KIND [LINE ...]        (no LINE: an empty copy list)
    wbs-admin user edit NAME [--full-name] [--nip] [--pangkat] [--jabatan]
                           [--role staff|officer|admin] [--active | --no-active]

Each change is one audited, certified write (services/letterhead.py,
AccountService.update_user), the same the settings dialog and the users editor
make. ``number`` starts from the kind's current fields and changes only the
options given; it prints the next number. Every command takes ``--json``.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wbs_desktop.cli.output import EXIT_OK, CliError, Output, progress_printer
from wbs_desktop.cli.session import find_user, logged_in
from wbs_desktop.domain.numbering import MONTH_STYLES, SEPARATORS, NumberParts
from wbs_desktop.domain.roles import Role
from wbs_desktop.letters.model import LetterKind
from wbs_desktop.services.letterhead import KOP_FIELDS, REGISTER, make_logo, numbered_kinds

if TYPE_CHECKING:
    from wbs_desktop.services.workspace import Workspace


def _summary(ws: Workspace) -> dict[str, Any]:
    loaded = ws.letterhead.load()
    logo = loaded.logo
    return {
        "kop": loaded.kop,
        "place": loaded.place,
        "contact": loaded.contact,
        "logo": None
        if logo is None
        else {"format": logo.format, "name": logo.name, "sha256": logo.sha256,
              "bytes": len(logo.data)},
        "numbers": {
            kind: {"pattern": pattern, "next": ws.letterhead.preview_number(kind, pattern)}
            for kind, pattern in loaded.patterns.items()
        },
        "tembusan": loaded.tembusan,
    }


def cmd_settings_show(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        summary = _summary(ws)
    if out.json:
        out.dump(summary)
        return EXIT_OK
    for name in KOP_FIELDS:
        out.line(f"{name:<11} {summary['kop'][name] or '-'}")
    out.line(f"{'place':<11} {summary['place']}")
    out.line(f"{'contact':<11} {summary['contact']}")
    logo = summary["logo"]
    out.line(f"{'logo':<11} " + (
        "the default emblem" if logo is None
        else f"{logo['name'] or '-'} ({logo['format']}, {logo['bytes']} bytes)"))
    out.line("")
    for kind, number in summary["numbers"].items():
        out.line(f"{kind:<20} next {number['next']:<28} ({number['pattern']})")
    out.line("")
    for kind, lines in summary["tembusan"].items():
        out.line(f"{kind:<20} tembusan: " + ("; ".join(lines) if lines else "-"))
    return EXIT_OK


def cmd_settings_kop(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        kop = dict(ws.letterhead.load().kop)
        for name in KOP_FIELDS:
            value = getattr(args, name)
            if value is not None:
                kop[name] = value
        written = ws.letterhead.save(kop=kop, place=args.place, contact=args.contact)
        summary = _summary(ws)
    return _done(out, written, {**summary["kop"], "place": summary["place"],
                                "contact": summary["contact"]})


def cmd_settings_logo(args: argparse.Namespace, out: Output) -> int:
    if args.default == bool(args.file):
        raise CliError("give either a logo FILE or --default", status=2)
    logo = None
    if args.file:
        try:
            data = Path(args.file).read_bytes()
        except OSError as exc:
            raise CliError(f"cannot read {args.file}: {exc.strerror or exc}") from exc
        logo = make_logo(data, Path(args.file).name)
    with logged_in(args, out) as ws:
        written = ws.letterhead.save(logo=logo)
        summary = _summary(ws)
    return _done(out, written, summary["logo"])


def cmd_settings_number(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        current = ws.letterhead.load().patterns[args.kind]
        if args.pattern is not None:
            pattern = args.pattern
        else:
            parts = NumberParts.from_pattern(current)
            if parts is None:
                raise CliError(
                    f"the number of {args.kind} is {current!r}, not made of fields: "
                    "give the whole --pattern", status=2)
            changes = {
                "prefix": args.prefix, "code": args.code, "seq_width": args.digits,
                "unit": args.unit, "month": args.month, "year": args.year,
                "year_first": args.year_first, "separator": args.separator,
            }
            parts = dataclasses.replace(
                parts, **{k: v for k, v in changes.items() if v is not None})
            pattern = parts.to_pattern()
        written = ws.letterhead.save(patterns={args.kind: pattern})
        result = {"kind": args.kind, "pattern": pattern,
                  "next": ws.letterhead.preview_number(args.kind, pattern)}
    return out.done(
        {"written": written, **result},
        f"{args.kind}: next number {result['next']}" + ("" if written else " (unchanged)"),
    )


def cmd_settings_tembusan(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        written = ws.letterhead.save(tembusan={args.kind: list(args.lines)})
        lines = ws.letterhead.load().tembusan[args.kind]
    return _done(out, written, lines)


def _done(out: Output, written: list[str], value: Any) -> int:
    if out.json:
        out.dump({"written": written, "value": value})
    elif written:
        out.line("saved " + ", ".join(written))
    else:
        out.line("unchanged")
    return EXIT_OK


def cmd_user_edit(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        target = find_user(ws, args.name)
        user = ws.accounts.update_user(
            target.id,
            full_name=args.full_name,
            nip=args.nip,
            rank=args.pangkat,
            position=args.jabatan,
            role=Role(args.role) if args.role else None,
            active=args.active,
            progress=progress_printer(out, "re-keying cases"),
        )
    if out.json:
        out.dump(user)
    else:
        out.line(
            f"{user.username}: {user.full_name}, {user.role.value}, "
            f"{'active' if user.active else 'inactive'}, NIP {user.nip or '-'}, "
            f"{user.rank or '-'}, {user.position or '-'}"
        )
    return EXIT_OK


def register(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "settings", parents=common, help="the letterhead, logo, letter numbers, copy lists (admin)"
    )
    acts = p.add_subparsers(dest="settings_command", metavar="ACTION")
    acts.required = True
    q = acts.add_parser("show", parents=common, help="the letterhead and each kind's next number")
    q.set_defaults(func=cmd_settings_show)
    q = acts.add_parser("kop", parents=common, help="the letterhead's lines")
    for name in KOP_FIELDS:
        q.add_argument(f"--{name}")
    q.add_argument("--place", help='where letters are signed ("Kupang")')
    q.add_argument("--contact", help="where a reporter brings documents (in the letters' text)")
    q.set_defaults(func=cmd_settings_kop)
    q = acts.add_parser("logo", parents=common, help="the logo (PNG, JPEG or SVG; at most 512 KB)")
    q.add_argument("file", nargs="?", metavar="FILE")
    q.add_argument("--default", action="store_true", help="print the default emblem again")
    q.set_defaults(func=cmd_settings_logo)
    q = acts.add_parser("number", parents=common, help="a kind's number, field by field")
    q.add_argument("kind", choices=numbered_kinds(), help=f"a numbered letter kind or {REGISTER}")
    q.add_argument("--prefix")
    q.add_argument("--code", help="the classification code, e.g. 800.1.3.3")
    q.add_argument("--digits", type=int, help="digits of the sequence (1-8)")
    q.add_argument("--unit", help="the unit code, e.g. BKD")
    q.add_argument("--month", choices=MONTH_STYLES)
    q.add_argument("--year", action=argparse.BooleanOptionalAction, default=None)
    q.add_argument("--year-first", action=argparse.BooleanOptionalAction, default=None,
                   help="the year before the sequence (WBS-2026-00001)")
    q.add_argument("--separator", choices=SEPARATORS)
    q.add_argument(
        "--pattern", help="the whole pattern, e.g. 800/{seq:03d}/BKD/{roman_month}/{year}"
    )
    q.set_defaults(func=cmd_settings_number)
    q = acts.add_parser("tembusan", parents=common, help="a kind's default copy list")
    q.add_argument("kind", choices=[k.value for k in LetterKind])
    q.add_argument("lines", nargs="*", metavar="LINE")
    q.set_defaults(func=cmd_settings_tembusan)

    # `user edit` joins the user group of core
    user_parser = sub.choices["user"]
    users = next(a for a in user_parser._actions if isinstance(a, argparse._SubParsersAction))
    q = users.add_parser(
        "edit", parents=common, help="name, NIP, pangkat, jabatan, role, active (admin)"
    )
    q.add_argument("name")
    q.add_argument("--full-name")
    q.add_argument("--nip")
    q.add_argument("--pangkat", help="pangkat/golongan")
    q.add_argument("--jabatan", help="position")
    q.add_argument("--role", choices=[r.value for r in Role])
    q.add_argument("--active", action=argparse.BooleanOptionalAction, default=None,
                   help="--no-active deactivates (re-keys what they held)")
    q.set_defaults(func=cmd_user_edit)
