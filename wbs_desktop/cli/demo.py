"""``wbs-admin demo``: realistic demo cases (an administrator's; see services/demo.py)."""

from __future__ import annotations

import argparse
from typing import Any

from wbs_desktop.cli.output import EXIT_OK, EXIT_USAGE, CliError, Output, progress_printer
from wbs_desktop.cli.render import STAGE_LABELS
from wbs_desktop.cli.session import env, logged_in
from wbs_desktop.domain.stages import Stage


def cmd_demo(args: argparse.Namespace, out: Output) -> int:
    from wbs_desktop.services.demo import generate_demo_data

    if args.cases < 1:
        raise CliError("--cases must be at least 1", EXIT_USAGE)
    if args.worked is not None and args.worked < 0:
        raise CliError("--worked must not be negative", EXIT_USAGE)
    with logged_in(args, out) as ws:
        result = generate_demo_data(
            ws,
            args.cases,
            seed=args.seed,
            batch_size=args.batch_size,
            progress=progress_printer(out, "demo cases"),
            step_progress=progress_printer(out, "worked steps"),
            officer_password=env("WBS_NEW_PASSWORD"),
            worked=args.worked,
        )
    w = result.worked
    if result.officers_created:
        out.note(f"created the officers {', '.join(result.officers_created)}")
        if result.officer_password:
            out.note(f"their password (shown once): {result.officer_password}")
    if out.json:
        out.dump(
            {
                "cases": result.cases,
                "first_register": result.first_register,
                "last_register": result.last_register,
                "stages": {s.value: n for s, n in result.stage_counts.items()},
                "officers_created": list(result.officers_created),
                "seconds": round(result.seconds, 2),
                "worked": {
                    "cases": w.cases,
                    "hearings": w.hearings,
                    "letters": w.letters,
                    "witnesses": w.witnesses,
                    "notes": w.notes,
                    "minutes": w.minutes,
                    "attachments": w.attachments,
                    "refused": w.failures,
                },
            }
        )
    else:
        out.line(
            f"made {result.cases:,} demo cases ({result.first_register} … "
            f"{result.last_register}) in {result.seconds:.1f} s"
        )
        for stage in Stage:
            out.line(f"  {STAGE_LABELS[stage]:<21} {result.stage_counts.get(stage, 0):>8,}")
        out.line(
            f"worked through the procedure: {w.cases:,} cases, {w.hearings:,} hearings, "
            f"{w.letters:,} letters, {w.witnesses:,} witnesses, {w.notes:,} notes, "
            f"{w.minutes:,} minutes, {w.attachments:,} attachments"
        )
    for failure in w.failures:
        out.note(f"refused: {failure}")
    return EXIT_OK


def register(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", parents=common, help="add realistic demo cases (admin)")
    p.add_argument("--cases", "--size", type=int, required=True, metavar="N", dest="cases")
    p.add_argument(
        "--worked",
        type=int,
        metavar="N",
        help="cases worked through the procedure, with hearings, letters, minutes "
        "(default: a tenth, at most 150)",
    )
    p.add_argument("--seed", help="the same seed gives the same people, places and stages")
    p.add_argument("--batch-size", type=int, default=1000, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_demo)
