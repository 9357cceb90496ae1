"""Complaints in and cases moved: ``submit``, ``import``, ``types``, ``show``,
``transition``, ``assign``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wbs_desktop.cli.output import EXIT_FAILED, EXIT_OK, CliError, Output, field_message
from wbs_desktop.cli.render import STAGE_LABELS, case_json, render_case
from wbs_desktop.cli.session import env, find_case, find_user, logged_in, open_office
from wbs_desktop.domain.complaint import ComplaintInput
from wbs_desktop.domain.complaint_json import ComplaintFormatError, complaint_from_json
from wbs_desktop.domain.stages import Outcome, Stage
from wbs_desktop.services.errors import ValidationFailed

if TYPE_CHECKING:
    from wbs_desktop.services.intake import IntakeResult
    from wbs_desktop.services.workspace import Workspace

#: A parsed record of a JSON file: the complaint and the web form's id of it.
Record = tuple[ComplaintInput, str | None]

def cmd_types(args: argparse.Namespace, out: Output) -> int:
    if args.user or env("WBS_USER"):
        with logged_in(args, out) as ws:
            types = ws.cases.complaint_types()
    else:
        from wbs_desktop.services import settings as settings_store
        from wbs_desktop.services.office import translate_db_errors

        office = open_office(args.db, upgrade=False)
        try:
            with translate_db_errors(), office.db.read() as session:
                types = settings_store.complaint_types(session)
        finally:
            office.close()
    if out.json:
        out.dump([{"code": t.code, "label_id": t.label_id, "label_en": t.label_en} for t in types])
        return EXIT_OK
    width = max(len(t.code) for t in types)
    for t in types:
        out.line(f"{t.code:<{width}}  {t.label_id} ({t.label_en})")
    return EXIT_OK

def _read_text(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CliError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise CliError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise CliError(f"{path}: {exc.strerror or exc}") from None


def _record_errors(obj: Any) -> tuple[Record | None, list[str]]:
    """Parse one JSON object into (complaint, source_id), or list its problems.

    ``source_id`` (optional) is the web form's own identifier of the report.
    """
    from wbs_desktop.services.intake import clean_source_id

    source_id = None
    if isinstance(obj, dict) and "source_id" in obj:
        obj = dict(obj)
        try:
            source_id = clean_source_id(obj.pop("source_id"))
        except ValueError as exc:
            return None, [str(exc)]
    try:
        return (complaint_from_json(obj), source_id), []
    except ComplaintFormatError as exc:
        return None, [field_message(e) for e in exc.errors] or [str(exc)]


def _submit_one(ws: Workspace, record: Record) -> tuple[IntakeResult | None, list[str]]:
    """Submit unless already in the office: (IntakeResult, problems)."""
    from wbs_desktop.services.intake import submit_once

    complaint, source_id = record
    try:
        return submit_once(ws, complaint, source_id), []
    except ValidationFailed as exc:
        return None, [field_message(e) for e in exc.errors] or [str(exc)]


def cmd_submit(args: argparse.Namespace, out: Output) -> int:
    text = _read_text(args.file)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(
            f"{args.file}: not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    record, problems = _record_errors(obj)
    result = None
    if record is not None:
        with logged_in(args, out) as ws:
            result, problems = _submit_one(ws, record)
    if problems:
        for p in problems:
            out.note(f"{args.file}: {p}")
        return EXIT_FAILED
    assert result is not None
    if out.json:
        out.dump(_intake_json(result))
    elif result.result is not None:
        out.line(f"{result.register_number}  tracking code {result.result.tracking_code}")
    else:
        out.line(f"{result.register_number}  already in the office (not created again)")
    return EXIT_OK


def _intake_json(result: IntakeResult) -> dict[str, Any]:
    data: dict[str, Any] = {
        "status": "created" if result.created else "already_there",
        "register_number": result.register_number,
        "case_id": result.case_id,
    }
    if result.result is not None:
        data["tracking_code"] = result.result.tracking_code
    return data


def cmd_import(args: argparse.Namespace, out: Output) -> int:
    lines = _read_text(args.file).splitlines()
    imported: list[dict[str, Any]] = []
    failed = 0
    total = 0
    with logged_in(args, out) as ws:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            total += 1
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                out.note(f"line {number}: not valid JSON: {exc.msg} (column {exc.colno})")
                failed += 1
                continue
            record, problems = _record_errors(obj)
            result = None
            if record is not None:
                result, problems = _submit_one(ws, record)
            if problems:
                for p in problems:
                    out.note(f"line {number}: {p}")
                failed += 1
                continue
            assert result is not None
            imported.append({"line": number, **_intake_json(result)})
            if out.json:
                continue
            if result.result is not None:
                out.line(f"line {number}: {result.register_number}  "
                         f"tracking code {result.result.tracking_code}")
            else:
                out.line(f"line {number}: {result.register_number}  already in the office")
    if out.json:
        out.dump(imported)
    created = sum(1 for r in imported if r["status"] == "created")
    there = len(imported) - created
    out.note(
        f"imported {created} of {total} complaint(s)"
        + (f"; {there} already in the office" if there else "")
        + (f"; {failed} line(s) rejected" if failed else "")
    )
    return EXIT_FAILED if failed else EXIT_OK

def cmd_show(args: argparse.Namespace, out: Output) -> int:
    if args.reveal_identity and not (args.reason or "").strip():
        raise CliError('--reveal-identity needs --reason "…" (it goes to the audit log)', 2)
    with logged_in(args, out) as ws:
        case_id = find_case(ws, args.register)
        detail = ws.cases.detail(case_id)
        identity = None
        if args.reveal_identity:
            identity = ws.cases.reveal_identity(case_id, args.reason)
        labels = {t.code: t.label_id for t in ws.cases.complaint_types()}
    if out.json:
        out.dump(case_json(detail, labels, identity))
    else:
        for line in render_case(detail, labels, identity):
            out.line(line)
    return EXIT_OK


def cmd_transition(args: argparse.Namespace, out: Output) -> int:
    target = Stage(args.stage)
    outcome = Outcome(args.outcome) if args.outcome else None
    with logged_in(args, out) as ws:
        case_id = find_case(ws, args.register)
        detail = ws.cases.transition(case_id, target, args.reason or "", outcome=outcome)
    return out.done(
        {
            "register_number": detail.register_number,
            "stage": detail.stage,
            "outcome": detail.outcome,
            "version": detail.version,
        },
        f"{detail.register_number}: now {STAGE_LABELS[detail.stage]} ({detail.stage})",
    )


def cmd_assign(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        case_id = find_case(ws, args.register)
        officer = find_user(ws, args.username)
        # Conflict of interest: a name like the accused's is said before assigning.
        near = [w for w in ws.cases.conflict_warnings(case_id) if w.user_id == officer.id]
        for w in near:
            out.note(
                f"warning: {w.full_name} ({w.username}) has a name like the person reported "
                f'in {args.register.strip()} ("{w.accused_name}"); '
                "check they are not the same person"
            )
        if near and near[0].matched_on == "near" and not args.despite_warning:
            raise CliError(
                "not assigned: repeat with --despite-warning once you have checked "
                "they are different people"
            )
        ws.cases.assign(case_id, officer.id)
    return out.done(
        {"register_number": args.register.strip(), "officer": officer.username},
        f"{args.register.strip()}: assigned to {officer.full_name} ({officer.username})",
    )


def register(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("submit", parents=common, help="submit one complaint (a JSON file)")
    p.add_argument("file", metavar="FILE.json", help="the complaint ('-' reads stdin)")
    p.set_defaults(func=cmd_submit)
    p = sub.add_parser("import", parents=common, help="submit many complaints (JSON lines)")
    p.add_argument("file", metavar="FILE.jsonl", help="one complaint per line ('-' reads stdin)")
    p.set_defaults(func=cmd_import)
    p = sub.add_parser("types", parents=common, help="the configured complaint types")
    p.set_defaults(func=cmd_types)

    p = sub.add_parser("show", parents=common, help="show a case")
    p.add_argument("register", metavar="REGISTER")
    p.add_argument("--reveal-identity", action="store_true", help="show the reporter (audited)")
    p.add_argument("--reason", help="why the reporter's identity is needed")
    p.set_defaults(func=cmd_show)
    p = sub.add_parser("transition", parents=common, help="move a case to another stage")
    p.add_argument("register", metavar="REGISTER")
    p.add_argument("stage", choices=[s.value for s in Stage])
    p.add_argument("--reason", default="")
    p.add_argument("--outcome", choices=[o.value for o in Outcome])
    p.set_defaults(func=cmd_transition)
    p = sub.add_parser("assign", parents=common, help="assign a case to an officer")
    p.add_argument("register", metavar="REGISTER")
    p.add_argument("username", metavar="USERNAME")
    p.add_argument(
        "--despite-warning",
        action="store_true",
        help="assign although the officer's name is like the accused's (checked: not the same)",
    )
    p.set_defaults(func=cmd_assign)
