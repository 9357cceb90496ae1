"""Trust commands: the office root fingerprint, the audit alarm, and the
PostgreSQL roles of shared mode (issue 19).

``fingerprint`` needs no login: it prints the root key's fingerprint of the
database and whether this workstation pinned it (the first open pins it; a
changed root is refused before anything else happens).
"""

from __future__ import annotations

import argparse
from typing import Any

from wbs_desktop.cli.output import EXIT_FAILED, EXIT_OK, PROG, CliError, Output
from wbs_desktop.cli.session import logged_in, open_office


def cmd_fingerprint(args: argparse.Namespace, out: Output) -> int:
    office = open_office(args.db)
    try:
        fingerprint = office.root_fingerprint
        where = office.display_name
    finally:
        office.close()
    if out.json:
        out.dump({"database": where, "root_fingerprint": fingerprint})
    elif fingerprint is None:
        out.line(
            f"{where} has no office root key yet (made before certificates): "
            "the first administrator login creates it"
        )
    else:
        out.line(fingerprint)
    return EXIT_OK


def cmd_audit_alarm(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        alarm = ws.audit.alarm()
    if out.json:
        out.dump({"alarm": alarm})
    elif alarm is None:
        out.line("no audit alarm on this workstation")
    else:
        out.line(f"AUDIT ALARM since {alarm.get('at')}: {alarm.get('message')}")
    return EXIT_OK if alarm is None else EXIT_FAILED


def cmd_audit_ack(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        alarm = ws.audit.alarm()
        ws.audit.acknowledge_alarm(args.note or "")
    return out.done(
        {"acknowledged": alarm},
        f"acknowledged: {alarm.get('message') if alarm else ''}",
    )


def cmd_server_setup(args: argparse.Namespace, out: Output) -> int:
    """Create the owner and application roles on the server named by --db (a
    superuser's URL), bring the schema up to date, and grant."""
    from sqlalchemy import text

    from wbs_desktop.cli.session import db_password, display_target, env, is_postgres
    from wbs_desktop.storage import server_roles
    from wbs_desktop.storage.db import Database

    if not is_postgres(args.db):
        raise CliError("server-setup is for a PostgreSQL server: --db postgresql://…")
    try:
        owner = server_roles.check_role_name(args.owner)
        app = server_roles.check_role_name(args.app)
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    db = Database(args.db, password=db_password(args.db))
    try:
        db.migrate()
        with db.engine.begin() as conn:
            for statement in server_roles.role_statements(owner, app):
                conn.execute(text(statement))
            for role, variable in ((owner, "WBS_OWNER_PASSWORD"), (app, "WBS_APP_PASSWORD")):
                secret = env(variable)
                if secret:
                    quoted = secret.replace("'", "''")
                    conn.execute(text(f"ALTER ROLE {role} PASSWORD '{quoted}'"))
            for statement in server_roles.grant_statements(owner, app):
                conn.execute(text(statement))
    finally:
        db.dispose()
    if out.json:
        out.dump({"database": display_target(args.db), "owner": owner, "app": app})
    else:
        out.line(f"roles ready on {display_target(args.db)}:")
        out.line(f"  {owner}: owns the tables, runs migrations")
        out.line(
            f"  {app}: what every workstation uses; may only INSERT and SELECT "
            f"{', '.join(server_roles.APPEND_ONLY_TABLES)}"
        )
        out.line(f"workstations connect as {app} (its password in the OS keyring)")
    return EXIT_OK


def register(sub: Any, common: list[Any]) -> None:
    p = sub.add_parser(
        "server-setup",
        parents=common,
        help="PostgreSQL: create the owner and application roles and grant (superuser --db)",
    )
    p.add_argument("--owner", default="wbs_owner", help="the owner role (default: %(default)s)")
    p.add_argument("--app", default="wbs_app", help="the application role (default: %(default)s)")
    p.set_defaults(func=cmd_server_setup)
    p = sub.add_parser(
        "fingerprint", parents=common, help="print the office root key's fingerprint"
    )
    p.set_defaults(func=cmd_fingerprint)
    p = sub.add_parser(
        "audit-alarm", parents=common, help="show this workstation's audit alarm, if any"
    )
    p.set_defaults(func=cmd_audit_alarm)
    p = sub.add_parser(
        "audit-ack",
        parents=common,
        help="acknowledge this workstation's audit alarm (admin, audited)",
    )
    p.add_argument("--note", default="", help="what was found (kept in the audit log)")
    p.set_defaults(func=cmd_audit_ack)


__all__ = ["PROG", "register"]
