"""``wbs-admin recover``: the way back when every administrator password is lost.

The printed recovery key makes a new administrator (who is granted every case
again, and whose first act — signed with the new keys — is the audit entry
``recovery_used``); every administrator's login delay is cleared with it.

The key is a secret like a password: it is read from ``WBS_RECOVERY_KEY`` or
asked for, never taken from the command line (where shell history, ``ps`` and
logs would keep it). ``--recovery-key`` is accepted as a plain switch, as in
``restore``; given a value, the command refuses without repeating the value.
The new administrator's password comes from ``WBS_NEW_PASSWORD`` or is asked
twice, and must pass the password policy.
"""

from __future__ import annotations

import argparse
from typing import Any

from wbs_desktop.cli.output import CliError, Output
from wbs_desktop.cli.session import display_target, env, new_password, open_office, prompt_secret

EXIT_USAGE = 2


def cmd_recover(args: argparse.Namespace, out: Output) -> int:
    if args.recovery_key not in (None, True):
        raise CliError(
            "the recovery key is never taken from the command line (shell history and "
            "process lists would keep it): set WBS_RECOVERY_KEY or type it when asked",
            EXIT_USAGE,
        )
    username = args.new_admin.strip().casefold()
    office = open_office(args.db)
    try:
        key = env("WBS_RECOVERY_KEY") or prompt_secret("Recovery key: ")
        password = new_password("WBS_NEW_PASSWORD", username)

        def progress(done: int, total: int) -> bool:
            if total and (done == total or done % 1000 == 0):
                out.note(f"granting the cases: {done}/{total}")
            return True

        info = office.recover(
            key,
            admin_username=username,
            admin_full_name=args.full_name or username,
            password=password,
            progress=progress,
        )
        where = display_target(args.db)
    finally:
        office.close()
    result: dict[str, Any] = {"database": where, "new_admin": info.username, "role": "admin"}
    if out.json:
        out.dump(result)
    else:
        out.line(f"new administrator {info.username} made with the recovery key in {where}")
        out.line("log in as them, then reset the other administrators' passwords")
    return 0


def register(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "recover",
        parents=common,
        help="every admin password lost: make a new administrator with the recovery key",
    )
    p.add_argument(
        "--recovery-key",
        nargs="?",
        const=True,
        default=None,
        metavar="",
        help="use the printed recovery key (from WBS_RECOVERY_KEY, else asked; "
        "never on the command line)",
    )
    p.add_argument("--new-admin", required=True, metavar="NAME", help="the new admin's user name")
    p.add_argument("--full-name", help="the new admin's full name")
    p.set_defaults(func=cmd_recover)
