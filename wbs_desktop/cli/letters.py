"""``wbs-admin letter REGISTER KIND --out FILE``: generate (or fetch) a case's
letter and write its stored PDF; ``letter - blank-form`` the empty complaint form.

Who signs which kind is set with ``wbs-admin signatories`` (cli/signatories.py).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wbs_desktop.cli.output import EXIT_OK, CliError, Output
from wbs_desktop.cli.session import find_case, find_user, logged_in
from wbs_desktop.files import write_private_bytes
from wbs_desktop.letters.kinds import CLI_KINDS
from wbs_desktop.services.errors import NotFound

if TYPE_CHECKING:
    from wbs_desktop.letters.model import LetterKind
    from wbs_desktop.services.workspace import Workspace

def cmd_letter(args: argparse.Namespace, out: Output) -> int:
    """Generate (or fetch) a letter and write the stored PDF bytes to --out."""
    from wbs_desktop.letters.model import LetterKind

    kind = LetterKind(args.kind)
    target = Path(args.out)
    unsigned = False
    with logged_in(args, out) as ws:
        if kind == LetterKind.BLANK_FORM:
            pdf = ws.letters.blank_form()
            info = None
        else:
            case_id = find_case(ws, args.register)
            if kind == LetterKind.RECEIPT:
                info = ws.letters.receipt(case_id)
            else:
                draft = None
                texts = {
                    key: getattr(args, key)
                    for key in (
                        "instruction",
                        "officer",
                        "findings",
                        "conclusion",
                        "recommendation",
                        "evidence",
                    )
                    if getattr(args, key)
                }
                if "officer" in texts:  # a user name prints as the person's full name
                    with contextlib.suppress(NotFound):  # else a position or unit, as written
                        texts["officer"] = find_user(ws, texts["officer"]).full_name
                if args.violation or texts:  # what the officer writes into the draft
                    from dataclasses import replace

                    draft = ws.letters.draft(case_id, kind, args.hearing)
                    if args.violation:  # the words after "… disiplin berupa" (type "other")
                        draft = replace(draft, subject_summary=args.violation)
                        texts["violation"] = args.violation
                    draft = replace(draft, extra={**draft.extra, **texts})
                if args.correct and not (args.reason or "").strip():
                    raise CliError("--correct needs --reason (why the letter is corrected)")
                info = ws.letters.generate(
                    case_id,
                    kind,
                    hearing_id=args.hearing,
                    draft=draft,
                    correct=args.correct,
                    reason=args.reason or "",
                    confirm_backdate=args.confirm_date,
                )
            pdf = ws.letters.pdf(info.id)
            unsigned = _unsigned(ws, kind)
        write_private_bytes(target, pdf)
        if info is not None:
            ws.letters.record_print(info.id, exported_to=str(target))
    if out.json:
        out.dump(
            {
                "kind": kind.value,
                "number": info.number if info else "",
                "letter_id": info.id if info else None,
                "sha256": info.sha256 if info else hashlib.sha256(pdf).hexdigest(),
                "state": info.state if info else None,
                "out": str(target),
                "unsigned": unsigned,
            }
        )
    else:
        number = f" {info.number}" if info and info.number else ""
        out.line(f"{kind.value}{number} written to {target} ({len(pdf):,} bytes)")
        if unsigned:
            out.note(f"warning: nobody is set to sign {kind.value} letters: it has an empty "
                     "signature line (set one: wbs-admin signatories official / set)")
    return EXIT_OK


def _unsigned(ws: Workspace, kind: LetterKind) -> bool:
    """A kind signed by an official of the office, with nobody set to sign it."""
    from wbs_desktop.letters.kinds import spec

    return bool(spec(kind).signed) and not ws.signatories.signer_of(kind).configured

def register(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("letter", parents=common, help="generate a letter as PDF")
    p.add_argument("register", help='the case\'s register number ("-" for blank-form)')
    p.add_argument("kind", choices=CLI_KINDS)
    p.add_argument("--hearing", type=int, default=None, help="the hearing id (summons, minutes…)")
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument(
        "--correct",
        action="store_true",
        help="replace the live letter of this purpose: a new number, the old one void",
    )
    p.add_argument("--reason", help="why the letter is corrected (with --correct)")
    p.add_argument(
        "--confirm-date",
        action="store_true",
        help="allow a date before the last letter in the year's register",
    )
    p.add_argument(
        "--violation", help='summons: the words after "dugaan pelanggaran disiplin berupa"'
    )
    p.add_argument("--instruction", help="disposition: the head's instruction")
    p.add_argument("--officer", help="disposition: whom it goes to")
    p.add_argument("--findings", help="examination-report: facts and findings")
    p.add_argument(
        "--evidence", action="append", help="examination-report: one piece of evidence (repeat)"
    )
    p.add_argument("--conclusion", help="examination-report: the examiners' conclusion")
    p.add_argument(
        "--recommendation", help="examination-report: the recommended kind of discipline"
    )
    p.set_defaults(func=cmd_letter)
