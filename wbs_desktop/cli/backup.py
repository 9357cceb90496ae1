"""``wbs-admin backup``, ``restore`` and ``verify-audit``."""

from __future__ import annotations

import argparse
from typing import Any

from wbs_desktop.cli.output import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    Output,
    progress_printer,
)
from wbs_desktop.cli.session import (
    acting_password,
    db_password,
    display_target,
    env,
    logged_in,
    prompt_secret,
)


def cmd_backup(args: argparse.Namespace, out: Output) -> int:
    from wbs_desktop.services.backup import backup

    with logged_in(args, out) as ws:
        result = backup(ws, args.out, progress=progress_printer(out, "backup"))
    if out.json:
        out.dump(result)
    else:
        out.line(
            f"backup written to {result.path} ({result.size:,} bytes, {result.rows:,} rows "
            f"in {result.tables} tables, {result.seconds:.1f} s); it opens with an "
            "administrator's password or the recovery key"
        )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: Output) -> int:
    """Restore into the (empty) database named by --db."""
    from wbs_desktop.services.audit import WorkstationState
    from wbs_desktop.services.backup import read_info, restore

    info = read_info(args.archive)
    out.note(f"archive of {info.office_name!r}, made {info.created_at} (format {info.format})")
    recovery = env("WBS_RECOVERY_KEY") if args.recovery_key else None
    if args.recovery_key and not recovery:
        recovery = prompt_secret("Recovery key: ")
    username = None if recovery else (args.user or env("WBS_USER"))
    if not recovery and not username:
        raise CliError(
            "restore needs --user NAME (an administrator of the backup) or --recovery-key",
            EXIT_USAGE,
        )
    password = acting_password(username) if username else None
    result = restore(
        args.archive,
        args.db,
        username=username,
        password=password,
        recovery_key=recovery,
        db_password=db_password(args.db),
        progress=progress_printer(out, "restore"),
        # This workstation now knows the restored (older) log: no audit alarm for it.
        workstation=WorkstationState(),
    )
    if out.json:
        out.dump(result)
    else:
        out.line(
            f"restored {result.office_name} into {display_target(args.db)}: "
            f"{result.rows:,} rows in {result.tables} tables ({result.seconds:.1f} s)"
        )
    return EXIT_OK


# -- audit and demo --------------------------------------------------------------


def cmd_verify_audit(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        result = ws.audit.verify()
    if out.json:
        out.dump(result)
    elif result.ok:
        out.line(f"audit log intact ({result.checked} entries)")
    else:
        out.line(
            f"audit log BROKEN at entry {result.first_bad_seq} ({result.problem}): "
            f"{result.message} (the {result.checked} entries before it check out)"
        )
    return EXIT_OK if result.ok else EXIT_FAILED


def register(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("backup", parents=common, help="write an encrypted backup (admin)")
    p.add_argument("--out", required=True, help="the archive file to write")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser(
        "restore", parents=common, help="restore a backup into the empty database --db"
    )
    p.add_argument("archive", help="the archive file")
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help="open it with the printed recovery key (WBS_RECOVERY_KEY or asked)",
    )
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser("verify-audit", parents=common, help="verify the audit log")
    p.set_defaults(func=cmd_verify_audit)
