"""Secrets, the database and the acting user: what every command that logs in shares.

Secrets never come from the command line: the acting user's password from
``WBS_PASSWORD`` or a prompt, a new user's from ``WBS_NEW_PASSWORD`` or a
prompt (twice), the PostgreSQL server's from ``WBS_DB_PASSWORD`` or the OS
keyring. None of them is printed or logged.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit, urlunsplit

from wbs_desktop.cli.output import EXIT_DATABASE, EXIT_USAGE, PROG, CliError, Output
from wbs_desktop.services.dto import UserInfo
from wbs_desktop.services.errors import NotFound, ServiceError

if TYPE_CHECKING:
    from wbs_desktop.services.office import Office
    from wbs_desktop.services.workspace import Workspace

log = logging.getLogger("wbs_desktop.cli")

KEYRING_SERVICE = "WBS Desktop"

#: Commands that still run while this workstation has an audit alarm up.
ALARM_COMMANDS = frozenset({"audit-ack", "verify-audit", "audit-alarm"})
#: Commands that only read: they never create a schema nor migrate one.
READ_ONLY_COMMANDS = frozenset({"show", "verify-audit", "types", "backup", "user list"})


def env(name: str) -> str | None:
    """The environment variable ``name``, None when unset or empty."""
    value = os.environ.get(name)
    return value if value else None


def prompt_secret(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except (EOFError, OSError) as exc:
        raise CliError(f"no password could be read ({prompt.strip().rstrip(':')})") from exc


def acting_password(username: str) -> str:
    return env("WBS_PASSWORD") or prompt_secret(f"Password for {username}: ")


def new_password(env_name: str, whose: str) -> str:
    """A new password from ``env_name`` or typed twice."""
    value = env(env_name)
    if value is not None:
        return value
    first = prompt_secret(f"New password for {whose}: ")
    second = prompt_secret(f"Repeat the new password for {whose}: ")
    if first != second:
        raise CliError("the two passwords differ")
    return first


def is_postgres(target: str) -> bool:
    return target.startswith(("postgresql://", "postgresql+", "postgres://"))


def _without_password(target: str) -> str:
    parts = urlsplit(target)
    if parts.password is None:
        return target
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = (parts.username or "") + "@" + host + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def keyring_accounts(target: str) -> list[str]:
    """Keyring account names under which the server password may be kept: the URL
    without its password, and the desktop app's ``user@host:port/database``."""
    bare = _without_password(target)
    parts = urlsplit(target)
    gui = (
        f"{unquote(parts.username or '')}@{parts.hostname or 'localhost'}:{parts.port or 5432}"
        f"/{unquote(parts.path.lstrip('/'))}"
    )
    return [bare] if gui == bare else [bare, gui]


def db_password(target: str) -> str | None:
    """The PostgreSQL server password: WBS_DB_PASSWORD, the URL itself, or the keyring."""
    if not is_postgres(target):
        return None
    value = env("WBS_DB_PASSWORD")
    if value is not None:
        return value
    if urlsplit(target).password is not None:
        return None  # the URL carries it
    try:
        import keyring

        for account in keyring_accounts(target):
            value = keyring.get_password(KEYRING_SERVICE, account)
            if value:
                return value
    except Exception:  # no usable keyring: connect without a password (trust/peer auth)
        log.debug("no keyring available for the server password", exc_info=False)
    return None


def display_target(target: str) -> str:
    return _without_password(target) if is_postgres(target) else target


def is_read_only(args: argparse.Namespace) -> bool:
    name = " ".join(filter(None, (args.command, getattr(args, "user_command", None))))
    return name in READ_ONLY_COMMANDS


def open_office(target: str, *, upgrade: bool = True) -> Office:
    from wbs_desktop.services.office import Office

    if not is_postgres(target) and not target.startswith("sqlite"):
        path = Path(target).expanduser()
        if not path.is_file():
            raise CliError(
                f"there is no database at {path} "
                f"(make one with: {PROG} --db {path} init --admin NAME)",
                EXIT_DATABASE,
                "no_database",
            )
    return Office.open(target, password=db_password(target), upgrade=upgrade)


@contextmanager
def logged_in(args: argparse.Namespace, out: Output) -> Iterator[Workspace]:
    """Open the database, log the acting user in; log out and close afterwards."""
    username = args.user or env("WBS_USER")
    if not username:
        raise CliError(f"this command needs the acting user: {PROG} --user NAME …", EXIT_USAGE)
    office = open_office(args.db, upgrade=not is_read_only(args))
    try:
        ws = office.login(username, acting_password(username))
        try:
            alarm = office.audit_alarm()
            if alarm is not None and args.command not in ALARM_COMMANDS:
                raise CliError(
                    f"AUDIT ALARM: {alarm.get('message')} (seen {alarm.get('at')}). Entries this "
                    "workstation had seen were replaced or cut. An administrator must look at "
                    f"it and acknowledge it: {PROG} --user ADMIN audit-ack --note TEXT"
                )
            if ws.user.must_change_password and args.command != "user":
                out.note(
                    f"note: {ws.user.username} must choose a new password "
                    f"({PROG} --user {ws.user.username} user passwd)"
                )
            yield ws
        finally:
            try:
                ws.logout()
            except ServiceError:
                log.debug("logout failed", exc_info=True)
    finally:
        office.close()


def find_user(ws: Workspace, username: str) -> UserInfo:
    name = username.strip().casefold()
    for user in ws.accounts.list_users():
        if user.username == name:
            return user
    raise NotFound(f"there is no user {name}")


def find_case(ws: Workspace, register: str) -> str:
    """The id of the case with this register number.

    The free-text search (``search_ids(CaseFilter(text=…))``) would find it too,
    but decrypts every case the user holds a key to first; the register number
    is plain metadata with a unique index, so it is asked directly.
    """
    from wbs_desktop.services.case_lookup import find_case_id

    if not register.strip():
        raise CliError("a register number is required", EXIT_USAGE)
    return find_case_id(ws, register)
