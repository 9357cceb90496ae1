"""``wbs-admin verify-data``: list the cases whose stored data fails its check."""

from __future__ import annotations

import argparse
from typing import Any

from wbs_desktop.cli.output import EXIT_FAILED, Output
from wbs_desktop.cli.session import logged_in


def cmd_verify_data(args: argparse.Namespace, out: Output) -> int:
    from wbs_desktop.services.verify_data import verify_data

    with logged_in(args, out) as ws:
        result = verify_data(ws)
    if out.json:
        out.dump({
            "checked": result.checked,
            "not_checked": result.not_checked,
            "damaged": [{"register": d.register_number, "case_id": d.case_id,
                         "columns": list(d.columns)} for d in result.damaged],
        })
    else:
        for d in result.damaged:
            out.line(f"DAMAGED  {d.register_number}  ({', '.join(d.columns)})")
        out.line(f"{result.checked} case(s) checked, {len(result.damaged)} damaged"
                 + (f", {result.not_checked} not checked (no key)" if result.not_checked
                    else ""))
    return EXIT_FAILED if result.damaged else 0


def register(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("verify-data", parents=common,
                       help="list cases whose stored data fails its integrity check (admin)")
    p.set_defaults(func=cmd_verify_data)
