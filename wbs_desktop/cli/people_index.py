"""``wbs-admin index``: compute the people index of the cases staff and
officers queued (what an administrator's window does after login), for an
office run from a server without a screen."""

from __future__ import annotations

import argparse
from typing import Any

from wbs_desktop.cli.output import CliError, Output
from wbs_desktop.cli.session import logged_in


def cmd_index(args: argparse.Namespace, out: Output) -> int:
    from wbs_desktop.services import people_index

    with logged_in(args, out) as ws:
        if ws.actor.index_key is None:
            raise CliError("only an administrator holds the people index key")
        waiting = people_index.pending_count(ws)
        done = people_index.compute_pending(ws) if waiting else 0
        left = people_index.pending_count(ws)
    return out.done(
        {"indexed": done, "waiting": left},
        f"people index: {done} case(s) indexed, {left} waiting",
    )


def register(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "index", parents=common, help="compute the people index of queued cases (admins)"
    )
    p.set_defaults(func=cmd_index)
