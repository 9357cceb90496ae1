"""``wbs-admin init``: set up a new database, its first administrator and the
recovery key (shown once)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wbs_desktop.cli.output import EXIT_OK, CliError, Output
from wbs_desktop.cli.session import db_password, is_postgres, new_password

RECOVERY_WARNING = """\
WARNING: this recovery key is shown ONCE and is NOT stored anywhere.
Print it (or write it down) now and keep the paper in a safe. It is the only
way back in when every administrator password is lost, and whoever holds it
can read every case: never keep it on this computer, in e-mail or in a chat."""



def cmd_init(args: argparse.Namespace, out: Output) -> int:
    from wbs_desktop.services.office import Office

    target = args.db
    if not is_postgres(target) and not target.startswith("sqlite"):
        path = Path(target).expanduser()
        if path.exists() and path.stat().st_size > 0:
            # Office.create refuses an initialised database itself; this only
            # avoids asking for a password first.
            probe = Office.open(str(path), must_exist=False)
            try:
                if probe.is_initialized():
                    raise CliError(f"{path} already belongs to an office")
            finally:
                probe.close()
    username = args.admin.strip().casefold()
    password = new_password("WBS_PASSWORD", username)
    office, setup = Office.create(
        target,
        admin_username=username,
        admin_full_name=args.full_name or username,
        password=password,
        office_name=args.office_name,
        db_password=db_password(target),
    )
    try:
        name = office.office_name()
        where = office.display_name
    finally:
        office.close()
    if out.json:
        out.dump(
            {
                "database": where,
                "office_id": setup.office_id,
                "office_name": name,
                "admin": setup.admin,
                "recovery_key": setup.recovery_key,
                "recovery_fingerprint": setup.recovery_fingerprint,
                "root_fingerprint": setup.root_fingerprint,
                "warning": " ".join(RECOVERY_WARNING.split()),
            }
        )
        return EXIT_OK
    out.line(f"Database:      {where}")
    out.line(f"Office:        {name}")
    out.line(f"Administrator: {setup.admin.username} ({setup.admin.full_name})")
    out.line()
    out.line("RECOVERY KEY (shown only this once)")
    out.line()
    out.line(f"    {setup.recovery_key}")
    out.line()
    out.line(f"Fingerprint:   {setup.recovery_fingerprint}")
    out.line(f"Office root:   {setup.root_fingerprint}")
    out.line()
    out.line(RECOVERY_WARNING)
    return EXIT_OK


def register(sub: Any, common: list[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", parents=common, help="set up a new database")
    p.add_argument("--admin", required=True, metavar="NAME", help="the first admin's user name")
    p.add_argument("--full-name", help="the first admin's full name")
    p.add_argument("--office-name", help="the office's name (default: BKD Provinsi NTT)")
    p.set_defaults(func=cmd_init)
