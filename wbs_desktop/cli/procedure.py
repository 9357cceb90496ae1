"""The procedure from the command line: verification, the request for more
information and the reporter's reply, completeness, witnesses, hearings (schedule,
second summons, attendance, minutes, list) and the conclusion. Summons rules are
the services' (an administrator sets one aside with ``--reason``)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import time, timedelta
from typing import Any

from wbs_desktop.cli.calendar import iso_date
from wbs_desktop.cli.output import EXIT_OK, EXIT_USAGE, CliError, Output
from wbs_desktop.cli.render import STAGE_LABELS
from wbs_desktop.cli.session import find_case, logged_in
from wbs_desktop.domain.dates import format_day_date_id, office_today
from wbs_desktop.domain.parties import Party
from wbs_desktop.domain.stages import Outcome
from wbs_desktop.services.dto import CaseDetail, HearingInfo
from wbs_desktop.services.procedure import HearingInput, SummonsProposal, WitnessInput


def _hhmm(text: str) -> time:
    try:
        return time.fromisoformat(text.strip().replace(".", ":"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time (HH:MM): {text!r}") from None


def _case_out(out: Output, d: CaseDetail, what: str) -> int:
    if out.json:
        out.dump(
            {
                "register_number": d.register_number,
                "stage": d.stage,
                "due_date": d.due_date,
                "due_kind": d.due_kind,
                "version": d.version,
            }
        )
    else:
        due = f", due {format_day_date_id(d.due_date)}" if d.due_date else ""
        out.line(f"{d.register_number}: {what}; now {STAGE_LABELS[d.stage]} ({d.stage}){due}")
    return EXIT_OK


def _hearing_json(h: HearingInfo) -> dict[str, Any]:
    data = asdict(h)
    data.pop("minutes", None)
    data["minutes_recorded"] = h.minutes is not None
    data["examiners"] = list(h.examiners)
    return data


def _hearing_line(h: HearingInfo) -> str:
    summons = f", summons {h.summons_no}" if h.party_kind == Party.ACCUSED else ""
    over = f" [rule set aside: {h.override_reason}]" if h.rule_overridden else ""
    return (
        f"hearing {h.id}: {h.party_kind}{summons} ({h.party_name}) on "
        f"{format_day_date_id(h.day)} {h.start} WITA, letter {h.letter_date.isoformat()}, "
        f"{h.place}; {h.attendance}{over}"
    )


def _hearing_out(out: Output, h: HearingInfo, extra: dict[str, Any] | None = None) -> int:
    return out.done({**_hearing_json(h), **(extra or {})}, _hearing_line(h))


# -- stage actions ---------------------------------------------------------------------


def cmd_verify(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        d = ws.procedure.start_verification(find_case(ws, args.register))
    return _case_out(out, d, "verification started")


def cmd_request_info(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        case_id = find_case(ws, args.register)
        deadline = args.deadline
        if deadline is None:
            deadline = office_today() + timedelta(days=ws.settings.deadlines().reply_days)
        d = ws.procedure.request_information(case_id, args.missing, deadline=deadline)
        warnings = ws.holidays.warnings(deadline)
    for w in warnings:
        out.note(f"warning: {w.message}")
    return _case_out(out, d, "more information requested from the reporter")


def cmd_reply(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        d = ws.procedure.record_reply(find_case(ws, args.register), args.summary)
    return _case_out(out, d, "the reporter's reply recorded")


def cmd_complete(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        d = ws.procedure.mark_complete(find_case(ws, args.register), args.note or "")
    return _case_out(out, d, "the report is complete")


def cmd_conclude(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        d = ws.procedure.conclude(
            find_case(ws, args.register),
            Outcome(args.outcome),
            args.summary,
            args.recommendations or "",
            referred_to=args.referred_to or "",
        )
    return _case_out(out, d, f"concluded ({d.outcome.value if d.outcome else ''})")


# -- witnesses -------------------------------------------------------------------------


def cmd_witness_add(args: argparse.Namespace, out: Output) -> int:
    w = WitnessInput(
        name=args.name,
        phone=args.phone or "",
        email=args.email or "",
        nip=args.nip or "",
        position=args.position or "",
        unit=args.unit or "",
    )
    with logged_in(args, out) as ws:
        party = ws.procedure.add_witness(find_case(ws, args.register), w)
    return out.done(party, f"witness {party.id}: {party.name}")


# -- hearings --------------------------------------------------------------------------


def cmd_hearing_schedule(args: argparse.Namespace, out: Output) -> int:
    if args.party == Party.WITNESS and args.witness is None:
        raise CliError("a witness hearing needs --witness ID (from 'witness add')", EXIT_USAGE)
    with logged_in(args, out) as ws:
        case_id = find_case(ws, args.register)
        letter = args.letter_date or office_today()
        accused = args.party == Party.ACCUSED
        day = args.day or ws.procedure.earliest_hearing_day(letter, accused=accused)
        h = ws.procedure.schedule_hearing(
            case_id,
            HearingInput(
                party_kind=args.party,
                letter_date=letter,
                day=day,
                start=args.start,
                place=args.place,
                examiners=tuple(args.examiner),
                party_id=args.witness,
                override_reason=args.reason or "",
            ),
        )
        warnings = [w.as_dict() for w in ws.holidays.warnings(letter, day)]
    for w in warnings if not out.json else ():
        out.note(f"warning: {w['message']}")
    return _hearing_out(out, h, {"warnings": warnings})


def cmd_hearing_second(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        first = ws.procedure.hearing(args.hearing)
        proposal: SummonsProposal = ws.procedure.propose_second_summons(args.hearing)
        letter = args.letter_date or proposal.letter_date
        day = args.day or (
            proposal.earliest_day
            if letter == proposal.letter_date
            else ws.procedure.earliest_hearing_day(letter)
        )
        h = ws.procedure.schedule_second_summons(
            args.hearing,
            HearingInput(
                party_kind=Party.ACCUSED,
                letter_date=letter,
                day=day,
                start=args.start or _hhmm(first.start),
                place=args.place or first.place,
                examiners=tuple(args.examiner) or first.examiners,
                override_reason=args.reason or "",
            ),
        )
        warnings = [w.as_dict() for w in ws.holidays.warnings(letter, day)]
    for w in warnings if not out.json else ():
        out.note(f"warning: {w['message']}")
    return _hearing_out(out, h, {"warnings": warnings})


def cmd_hearing_attendance(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        result = ws.procedure.record_attendance(args.hearing, present=args.present)
    proposal = result.second_summons
    if out.json:
        out.dump(
            {
                **_hearing_json(result.hearing),
                "second_summons": asdict(proposal) if proposal else None,
                "decided_on_evidence": result.decided_on_evidence,
            }
        )
        return EXIT_OK
    out.line(_hearing_line(result.hearing))
    if proposal is not None:
        out.line(
            f"second summons: letter from {proposal.letter_date.isoformat()} "
            f"(at the latest {proposal.latest_letter_date}), examination from "
            f"{proposal.earliest_day.isoformat()} (wbs-admin hearing second-summons "
            f"{args.hearing})"
        )
    if result.decided_on_evidence:
        out.line("absent at the second summons: the decision rests on the evidence at hand")
    return EXIT_OK


def cmd_hearing_minutes(args: argparse.Namespace, out: Output) -> int:
    if not args.qa:
        raise CliError("give at least one --qa QUESTION ANSWER", EXIT_USAGE)
    with logged_in(args, out) as ws:
        h = ws.procedure.record_minutes(
            args.hearing,
            [(q, a) for q, a in args.qa],
            args.statements or "",
            signed=not args.unsigned,
            refusal_note=args.refusal_note or "",
        )
    return _hearing_out(out, h)


def cmd_hearing_list(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        hearings = ws.cases.detail(find_case(ws, args.register)).hearings
    if out.json:
        out.dump([_hearing_json(h) for h in hearings])
    else:
        for h in hearings:
            out.line(_hearing_line(h))
    return EXIT_OK


def register(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    def case_cmd(name: str, help_: str, func: Any) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = sub.add_parser(name, parents=common, help=help_)
        p.add_argument("register", metavar="REGISTER")
        p.set_defaults(func=func)
        return p

    case_cmd("verify", "start verifying a received report", cmd_verify)
    p = case_cmd("request-info", "ask the reporter for what is missing", cmd_request_info)
    p.add_argument("--missing", action="append", required=True, help="one missing item (repeat)")
    p.add_argument("--deadline", type=iso_date, metavar="YYYY-MM-DD", help="default: the setting")
    p = case_cmd("reply", "record the reporter's reply (back to verification)", cmd_reply)
    p.add_argument("--summary", required=True)
    p = case_cmd("complete", "the report is complete: start the investigation", cmd_complete)
    p.add_argument("--note", default="")
    p = case_cmd("conclude", "conclude the case with its outcome", cmd_conclude)
    p.add_argument("--outcome", required=True, choices=[o.value for o in Outcome])
    p.add_argument("--summary", required=True, help="the findings")
    p.add_argument("--recommendations", default="")
    p.add_argument("--referred-to", default="")

    p = sub.add_parser("witness", parents=common, help="witnesses of a case")
    wit = p.add_subparsers(
        dest="witness_command", required=True, metavar="ACTION", parser_class=type(p)
    )
    q = wit.add_parser("add", parents=common, help="add a witness")
    q.add_argument("register", metavar="REGISTER")
    q.add_argument("--name", required=True)
    for opt in ("--phone", "--email", "--nip", "--position", "--unit"):
        q.add_argument(opt, default="")
    q.set_defaults(func=cmd_witness_add)

    p = sub.add_parser("hearing", parents=common, help="hearings and summonses")
    hr = p.add_subparsers(
        dest="hearing_command", required=True, metavar="ACTION", parser_class=type(p)
    )
    q = hr.add_parser(
        "schedule",
        parents=common,
        help="schedule a hearing (default: letter today, the earliest lawful day)",
    )
    q.add_argument("register", metavar="REGISTER")
    q.add_argument("--party", required=True, choices=[p.value for p in Party])
    q.add_argument("--witness", type=int, help="the witness id (party witness)")
    q.add_argument("--letter-date", type=iso_date, metavar="YYYY-MM-DD")
    q.add_argument("--day", type=iso_date, metavar="YYYY-MM-DD")
    q.add_argument("--start", type=_hhmm, default=time(9, 0), metavar="HH:MM")
    q.add_argument("--place", required=True)
    q.add_argument("--examiner", action="append", required=True, help="an examiner (repeat)")
    q.add_argument("--reason", default="", help="admin: set a summons rule aside, with why")
    q.set_defaults(func=cmd_hearing_schedule)
    q = hr.add_parser(
        "second-summons",
        parents=common,
        help="the second summons after absence (default: the earliest lawful dates)",
    )
    q.add_argument("hearing", type=int, metavar="HEARING_ID", help="the first summons' hearing")
    q.add_argument("--letter-date", type=iso_date, metavar="YYYY-MM-DD")
    q.add_argument("--day", type=iso_date, metavar="YYYY-MM-DD")
    q.add_argument("--start", type=_hhmm, metavar="HH:MM")
    q.add_argument("--place", default="")
    q.add_argument("--examiner", action="append", default=[])
    q.add_argument("--reason", default="", help="admin: set a summons rule aside, with why")
    q.set_defaults(func=cmd_hearing_second)
    q = hr.add_parser("attendance", parents=common, help="record attendance (on the day or later)")
    q.add_argument("hearing", type=int, metavar="HEARING_ID")
    g = q.add_mutually_exclusive_group(required=True)
    g.add_argument("--present", dest="present", action="store_true")
    g.add_argument("--absent", dest="present", action="store_false")
    q.set_defaults(func=cmd_hearing_attendance)
    q = hr.add_parser("minutes", parents=common, help="record the minutes (BAP) of a hearing")
    q.add_argument("hearing", type=int, metavar="HEARING_ID")
    q.add_argument("--qa", nargs=2, action="append", metavar=("QUESTION", "ANSWER"))
    q.add_argument("--statements", default="")
    q.add_argument("--unsigned", action="store_true", help="the examinee refused to sign")
    q.add_argument("--refusal-note", default="")
    q.set_defaults(func=cmd_hearing_minutes)
    q = hr.add_parser("list", parents=common, help="the hearings of a case")
    q.add_argument("register", metavar="REGISTER")
    q.set_defaults(func=cmd_hearing_list)
