"""``wbs-admin``: administration without a screen.

Talks to the services only (no Qt): set up a database, manage users, bring in
complaints (one JSON file, or JSONL from the web form), show a case, move it,
verify the audit log, make demo data.

Secrets never come from the command line: the acting user's password from
``WBS_PASSWORD`` or a prompt, a new user's from ``WBS_NEW_PASSWORD`` or a
prompt (twice), the PostgreSQL server's from ``WBS_DB_PASSWORD`` or the OS
keyring. None of them is printed or logged.

Exit status: 0 done; 1 the command ran but something failed (a record was
rejected, the audit log is broken) or a service refused (wrong password,
permission denied, unknown case, database unreachable …); 2 wrong usage;
3 the database cannot be used by this program (upgraded by a newer WBS
Desktop, not set up, not a WBS Desktop database); 130 interrupted.

Output is UTF-8 on every platform (also redirected on Windows). With
``--json`` a failure ends with one JSON object on stderr:
``{"error": {"code": "...", "message": "...", "exit_status": N}}`` — the code
is stable (a service's error code, ``usage``, ``interrupted``,
``unexpected_error`` …), the message English.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import hashlib
import importlib
import json
import logging
import os
import sys
import textwrap
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import IO, Any, NoReturn
from urllib.parse import unquote, urlsplit, urlunsplit

from wbs_desktop.domain.catalog import CHANNEL_LABELS_ID, Channel
from wbs_desktop.domain.complaint import ComplaintFormatError, FieldError, complaint_from_json
from wbs_desktop.domain.dates import (
    OFFICE_TZ,
    format_date_id,
    format_datetime_id,
    to_local,
    utc_now,
)
from wbs_desktop.domain.errors import DomainError
from wbs_desktop.domain.parties import Party
from wbs_desktop.domain.roles import Action, Role
from wbs_desktop.domain.stages import Outcome, Stage
from wbs_desktop.files import restrict_umask, write_private_bytes
from wbs_desktop.letters.kinds import CLI_KINDS
from wbs_desktop.paths import default_database_path
from wbs_desktop.services.dto import CaseDetail, ReporterIdentity, UserInfo
from wbs_desktop.services.errors import (
    NotFound,
    NotInitialized,
    SchemaTooNew,
    ServiceError,
    ValidationFailed,
)
from wbs_desktop.version import app_version, short_version

log = logging.getLogger("wbs_desktop.cli")

PROG = "wbs-admin"
KEYRING_SERVICE = "WBS Desktop"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_DATABASE = 3
EXIT_INTERRUPTED = 130
#: Service errors that mean "this database cannot be used here" (exit status 3).
DATABASE_CODES = frozenset(
    {"schema_too_new", "schema_outdated", "not_initialized", "not_an_office_database"})

#: Modules of this package that add command groups: each has
#: ``register(sub, common)`` taking the sub-parsers and the common parents.
COMMAND_GROUPS: tuple[str, ...] = (
    "calendar",
    "procedure",
    "report",
    "letters",
    "register",
    "recovery",
    "hygiene",
    "trust",
    "people_index",
    "settings",
)
#: Commands that still run while this workstation has an audit alarm up.
ALARM_COMMANDS = frozenset({"audit-ack", "verify-audit", "audit-alarm"})

STAGE_LABELS: dict[Stage, str] = {
    Stage.RECEIVED: "Diterima",
    Stage.VERIFICATION: "Verifikasi",
    Stage.AWAITING_INFO: "Menunggu Kelengkapan",
    Stage.INVESTIGATION: "Penelaahan",
    Stage.CLARIFICATION: "Klarifikasi",
    Stage.EXAMINATION: "Pemeriksaan Terlapor",
    Stage.CONCLUDED: "Selesai",
    Stage.CLOSED: "Ditutup",
}
OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.SUBSTANTIATED: "Terbukti",
    Outcome.NOT_SUBSTANTIATED: "Tidak terbukti",
    Outcome.REFERRED: "Dilimpahkan",
}
DUE_KINDS: dict[str, str] = {
    "first_response": "first response",
    "reply": "reporter's reply",
}

RECOVERY_WARNING = """\
WARNING: this recovery key is shown ONCE and is NOT stored anywhere.
Print it (or write it down) now and keep the paper in a safe. It is the only
way back in when every administrator password is lost, and whoever holds it
can read every case: never keep it on this computer, in e-mail or in a chat."""


class CliError(Exception):
    """A problem the CLI itself found (usage, files, missing secrets)."""

    def __init__(self, message: str, status: int = EXIT_FAILED, code: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code or ("usage" if status == EXIT_USAGE else "failed")


# ============================================================================
# Small helpers: output, secrets, the database


class Output:
    def __init__(self, out: IO[str], err: IO[str], as_json: bool) -> None:
        self.out = out
        self.err = err
        self.json = as_json

    def line(self, text: str = "") -> None:
        print(text, file=self.out)

    def note(self, text: str) -> None:
        print(text, file=self.err)

    def error(self, code: str, message: str, status: int) -> int:
        """Report the failure of the command (JSON on stderr with --json); returns ``status``."""
        if self.json:
            error = {"code": code, "message": message, "exit_status": status}
            json.dump({"error": error}, self.err, ensure_ascii=False)
            self.err.write("\n")
        else:
            self.note(f"{PROG}: {message}")
        return status

    def dump(self, data: Any) -> None:
        json.dump(_jsonable(data), self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray):
        return f"<{len(value)} bytes>"
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {str(_jsonable(k)): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    return value


def _env(name: str) -> str | None:
    value = os.environ.get(name)
    return value if value else None


def _prompt_secret(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except (EOFError, OSError) as exc:
        raise CliError(f"no password could be read ({prompt.strip().rstrip(':')})") from exc


def acting_password(username: str) -> str:
    return _env("WBS_PASSWORD") or _prompt_secret(f"Password for {username}: ")


def new_password(env_name: str, whose: str) -> str:
    """A new password from ``env_name`` or typed twice."""
    value = _env(env_name)
    if value is not None:
        return value
    first = _prompt_secret(f"New password for {whose}: ")
    second = _prompt_secret(f"Repeat the new password for {whose}: ")
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
    value = _env("WBS_DB_PASSWORD")
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


#: Commands that only read: they never create a schema nor migrate one.
READ_ONLY_COMMANDS = frozenset({"show", "verify-audit", "types", "backup", "user list"})


def is_read_only(args: argparse.Namespace) -> bool:
    name = " ".join(filter(None, (args.command, getattr(args, "user_command", None))))
    return name in READ_ONLY_COMMANDS


def open_office(target: str, *, upgrade: bool = True) -> Any:
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
def logged_in(args: argparse.Namespace, out: Output) -> Iterator[Any]:
    """Open the database, log the acting user in; log out and close afterwards."""
    username = args.user or _env("WBS_USER")
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


def find_user(ws: Any, username: str) -> UserInfo:
    name = username.strip().casefold()
    for user in ws.accounts.list_users():
        if user.username == name:
            return user
    raise NotFound(f"there is no user {name}")


def find_case(ws: Any, register: str) -> str:
    """The id of the case with this register number.

    The free-text search (``search_ids(CaseFilter(text=…))``) would find it too,
    but decrypts every case the user holds a key to first; the register number
    is plain metadata with a unique index, so it is asked directly.
    """
    from wbs_desktop.services.case_lookup import find_case_id

    if not register.strip():
        raise CliError("a register number is required", EXIT_USAGE)
    return find_case_id(ws, register)


def _date(d: date | None) -> str:
    return format_date_id(d) if d else "—"


def _when(dt: datetime | None) -> str:
    return format_datetime_id(to_local(dt, OFFICE_TZ)) if dt else "—"


def _short_when(dt: datetime) -> str:
    local = to_local(dt, OFFICE_TZ)
    return f"{format_date_id(local.date())} {local:%H.%M}"


def _rupiah(amount: int | None) -> str:
    return "Rp " + f"{amount:,}".replace(",", ".") if amount is not None else "not estimated"


def _field_message(e: FieldError) -> str:
    """``field: message`` without saying the field twice."""
    if e.field in ("", "$") or e.message.startswith(e.field):
        return e.message
    return f"{e.field}: {e.message}"


# ============================================================================
# Commands


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


def cmd_types(args: argparse.Namespace, out: Output) -> int:
    if args.user or _env("WBS_USER"):
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


# -- users ---------------------------------------------------------------------


def _user_line(u: UserInfo) -> str:
    flags = []
    if not u.active:
        flags.append("inactive")
    if u.locked_until is not None and u.locked_until > utc_now():
        flags.append(f"locked until {_short_when(u.locked_until)}")
    if u.must_change_password:
        flags.append("must change password")
    return f"{u.username} ({u.full_name}, {u.role.value})" + (
        f" [{', '.join(flags)}]" if flags else ""
    )


def cmd_user_add(args: argparse.Namespace, out: Output) -> int:
    role = Role(args.role)
    with logged_in(args, out) as ws:
        ws.actor.require(Action.MANAGE_USERS)  # before asking for the new password
        password = new_password("WBS_NEW_PASSWORD", args.name.strip().casefold())
        progress = _progress_printer(out, "granting cases") if role == Role.ADMIN else None
        user = ws.accounts.add_user(
            args.name,
            args.full_name,
            role,
            password,
            nip=args.nip or "",
            position=args.position or "",
            progress=progress,
        )
    if out.json:
        out.dump(user)
    else:
        out.line(f"added {_user_line(user)}")
    return EXIT_OK


def cmd_user_list(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        users = ws.accounts.list_users()
    if out.json:
        out.dump(users)
        return EXIT_OK
    rows = [("USERNAME", "FULL NAME", "ROLE", "NIP", "POSITION", "STATUS")]
    now = utc_now()
    for u in sorted(users, key=lambda u: u.username):
        status = "active" if u.active else "inactive"
        if u.locked_until is not None and u.locked_until > now:
            status += f", locked until {_short_when(u.locked_until)}"
        if u.must_change_password:
            status += ", must change password"
        rows.append((u.username, u.full_name, u.role.value, u.nip, u.position, status))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        out.line("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
    return EXIT_OK


def cmd_user_deactivate(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        user = ws.accounts.deactivate(find_user(ws, args.name).id)
    if out.json:
        out.dump(user)
    else:
        out.line(f"deactivated {user.username}: their keys to every case are revoked")
    return EXIT_OK


def cmd_user_reset_password(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        ws.actor.require(Action.MANAGE_USERS)
        target = find_user(ws, args.name)
        password = new_password("WBS_NEW_PASSWORD", f"{target.username} (temporary)")
        user = ws.accounts.reset_password(
            target.id, password, progress=_progress_printer(out, "re-granting cases")
        )
    if out.json:
        out.dump(user)
    else:
        out.line(
            f"reset the password of {user.username}: they must choose a new one at the next login"
        )
    return EXIT_OK


def cmd_user_unlock(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        user = ws.accounts.unlock(find_user(ws, args.name).id)
    if out.json:
        out.dump(user)
    else:
        out.line(f"unlocked {user.username}")
    return EXIT_OK


def cmd_user_passwd(args: argparse.Namespace, out: Output) -> int:
    with logged_in(args, out) as ws:
        old = acting_password(ws.user.username)
        ws.accounts.change_password(old, new_password("WBS_NEW_PASSWORD", ws.user.username))
        username = ws.user.username
    if out.json:
        out.dump({"username": username, "password_changed": True})
    else:
        out.line(f"changed the password of {username}")
    return EXIT_OK


# -- complaints in -------------------------------------------------------------


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


def _record_errors(obj: Any) -> tuple[Any, list[str]]:
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
        return None, [_field_message(e) for e in exc.errors] or [str(exc)]


def _submit_one(ws: Any, record: Any) -> tuple[Any, list[str]]:
    """Submit unless already in the office: (IntakeResult, problems)."""
    from wbs_desktop.services.intake import submit_once

    complaint, source_id = record
    try:
        return submit_once(ws, complaint, source_id), []
    except ValidationFailed as exc:
        return None, [_field_message(e) for e in exc.errors] or [str(exc)]


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
    elif result.created:
        out.line(f"{result.register_number}  tracking code {result.result.tracking_code}")
    else:
        out.line(f"{result.register_number}  already in the office (not created again)")
    return EXIT_OK


def _intake_json(result: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "status": "created" if result.created else "already_there",
        "register_number": result.register_number,
        "case_id": result.case_id,
    }
    if result.created:
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
            if result.created:
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


# -- one case --------------------------------------------------------------------


def _wrap(text: str, indent: str = "  ") -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            lines.append("")
            continue
        lines += textwrap.wrap(
            paragraph, width=88, initial_indent=indent, subsequent_indent=indent
        ) or [indent]
    return lines


def render_case(
    d: CaseDetail,
    type_labels: dict[str, str],
    identity: ReporterIdentity | None = None,
) -> list[str]:
    """The case as text, in the order of the paper form."""
    L: list[str] = []
    type_label = type_labels.get(d.complaint_type, d.complaint_type)
    L.append(f"{d.register_number}  {type_label} ({d.complaint_type})")
    L.append("=" * len(L[0]))
    stage = f"{STAGE_LABELS[d.stage]} ({d.stage.value})"
    if d.outcome is not None:
        stage += f", outcome: {OUTCOME_LABELS[d.outcome]} ({d.outcome.value})"
    L.append(f"Stage:          {stage}")
    L.append(f"Received:       {_when(d.received_at)}")
    L.append(f"Channel:        {CHANNEL_LABELS_ID[Channel(d.channel)]} ({d.channel.value})")
    if d.due_date is not None:
        kind = getattr(d, "due_kind", None)
        due = _date(d.due_date) + (f" ({DUE_KINDS.get(kind, kind)})" if kind else "")
        L.append(f"Due:            {due}" + ("  OVERDUE" if d.overdue else ""))
    officers = ", ".join(f"{o.full_name} ({o.username})" for o in d.officers) or "none assigned"
    L.append(f"Officers:       {officers}")
    if not d.granted:
        L.append("")
        L.append("This account holds no key to this case: only its metadata can be shown.")
    else:
        L.append("")
        if identity is not None:
            L.append("Reporter (identity revealed; the view and its reason are in the audit log)")
            rep: Any = identity
        else:
            L.append('Reporter (masked; --reveal-identity --reason "…" shows it, audited)')
            rep = d.reporter
        if rep is not None:
            L.append(f"  Name:         {rep.name}")
            L.append(f"  Phone:        {rep.phone or '—'}")
            L.append(f"  E-mail:       {rep.email or '—'}")
            L.append(f"  May be contacted again: {'yes' if rep.consent_to_contact else 'no'}")
        else:
            L.append("  (this account holds no key to the reporter's identity)")
        L.append("")
        a = d.accused
        L.append("Accused (Terlapor)")
        if a is not None:
            L.append(f"  Name:         {a.name}")
            L.append(f"  NIP:          {a.nip or '—'}")
            L.append(f"  Position:     {a.position or '—'}")
            L.append(f"  Unit:         {a.unit or '—'}")
        L.append("")
        L.append(f"Location:       {d.location or '—'}")
        L.append(f"Incident date:  {_date(d.incident_date)}")
        loss = f"yes, {_rupiah(d.loss_estimate)}" if d.material_loss else "no"
        L.append(f"Material loss:  {loss}")
        L.append("")
        L.append("Chronology")
        L += _wrap(d.chronology)
        L.append("")
        report = d.completeness
        if report is not None:
            verdict = "complete" if report.complete else "incomplete"
            L.append(f"Completeness (4W1H + evidence): {verdict}")
            for check in report.checks:
                mark = "x" if check.ok else " "
                note = "present" if check.ok else check.message
                L.append(f"  [{mark}] {check.element.value.title():<8} {note}")
            n = len(d.evidence_links)
            mark = "x" if report.has_evidence else " "
            L.append(f"  [{mark}] Evidence {n} link(s)" if n else f"  [{mark}] Evidence none")
            L.append("")
        L.append("Evidence links")
        if d.evidence_links:
            L += [f"  {i}. {link}" for i, link in enumerate(d.evidence_links, 1)]
        else:
            L.append("  none")
        if d.witnesses:
            L.append("")
            L.append("Witnesses")
            L += [f"  {w.name}" + (f", {w.unit}" if w.unit else "") for w in d.witnesses]
        if d.hearings:
            L.append("")
            L.append("Hearings (use the id with: letter REGISTER KIND --hearing ID)")
            for h in d.hearings:
                summons = f", summons {h.summons_no}" if h.party_kind == Party.ACCUSED else ""
                L.append(
                    f"  #{h.id} {h.party_kind}{summons}: {_date(h.day)} {h.start.replace(':', '.')}"
                    f" at {h.place} — {h.attendance}"
                )
        if d.letters:
            L.append("")
            L.append("Letters")
            for letter in d.letters:
                gone = " (superseded)" if letter.superseded_by else ""
                L.append(
                    f"  {letter.kind:<19} {letter.number or '(no number)'}  "
                    f"{_date(letter.issued_on)}, printed {letter.print_count}×{gone}"
                )
    L.append("")
    L.append("Stages")
    for span in d.stages:
        mark = "now " if span.current else ("done" if span.entered_at else "    ")
        when = ""
        if span.entered_at is not None:
            when = f"since {_short_when(span.entered_at)}"
            if span.left_at is not None:
                when = f"{_short_when(span.entered_at)} – {_short_when(span.left_at)}"
        if span.current and span.due_date is not None:
            when += f", due {_date(span.due_date)}" + (" OVERDUE" if span.overdue else "")
        L.append(f"  [{mark}] {STAGE_LABELS[span.stage]:<21} {when}".rstrip())
    L.append("")
    L.append("Timeline")
    for event in d.timeline:
        what = event.kind
        if event.to_stage is not None:
            move = STAGE_LABELS[event.to_stage]
            if event.from_stage is not None:
                move = f"{STAGE_LABELS[event.from_stage]} → {move}"
            what += f": {move}"
        extra = ", ".join(f"{k}: {v}" for k, v in sorted(event.detail.items()))
        if extra:
            what += f" ({extra})"
        by = f"  by {event.actor_name}" if event.actor_name else ""
        L.append(f"  {_short_when(event.at)}  {what}{by}")
        if event.reason:
            L += _wrap(event.reason, indent="      ")
    return L


def case_json(
    d: CaseDetail, type_labels: dict[str, str], identity: ReporterIdentity | None
) -> dict[str, Any]:
    data = _jsonable(d)
    data["complaint_type_label"] = type_labels.get(d.complaint_type, d.complaint_type)
    data["stage_label"] = STAGE_LABELS[d.stage]
    if d.completeness is not None:
        data["completeness"]["missing"] = [e.value for e in d.completeness.missing]
        data["completeness"]["complete"] = d.completeness.complete
        for check in data["completeness"]["checks"]:
            check.pop("params", None)
    data["reporter_revealed"] = identity is not None
    if identity is not None:
        data["reporter"] = _jsonable(identity)
    if not d.granted:  # what only the case's key can tell is unknown, not false or empty
        for key in _GRANTED_ONLY:
            if key in data:
                data[key] = None
    return data


#: CaseDetail fields read from the case's ciphertext (``null`` in JSON without a grant).
_GRANTED_ONLY = ("accused", "location", "incident_date", "chronology", "material_loss",
                 "loss_estimate", "evidence_links", "completeness", "reporter", "related",
                 "related_total")


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
    if out.json:
        out.dump(
            {
                "register_number": detail.register_number,
                "stage": detail.stage,
                "outcome": detail.outcome,
                "version": detail.version,
            }
        )
    else:
        out.line(f"{detail.register_number}: now {STAGE_LABELS[detail.stage]} ({detail.stage})")
    return EXIT_OK


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
    if out.json:
        out.dump({"register_number": args.register.strip(), "officer": officer.username})
    else:
        out.line(f"{args.register.strip()}: assigned to {officer.full_name} ({officer.username})")
    return EXIT_OK


# -- letters -----------------------------------------------------------------------


def cmd_letter(args: argparse.Namespace, out: Output) -> int:
    """Generate (or fetch) a letter and write the stored PDF bytes to --out."""
    from wbs_desktop.letters.model import LetterKind

    kind = LetterKind(args.kind)
    target = Path(args.out)
    unsigned = False
    with logged_in(args, out) as ws:
        if kind == LetterKind.BLANK_FORM:
            pdf = ws.letters.blank_form()
            info = None
        else:
            case_id = find_case(ws, args.register)
            if kind == LetterKind.RECEIPT:
                info = ws.letters.receipt(case_id)
            else:
                draft = None
                texts = {
                    key: getattr(args, key)
                    for key in (
                        "instruction",
                        "officer",
                        "findings",
                        "conclusion",
                        "recommendation",
                        "evidence",
                    )
                    if getattr(args, key)
                }
                if "officer" in texts:  # a user name prints as the person's full name
                    with contextlib.suppress(NotFound):  # else a position or unit, as written
                        texts["officer"] = find_user(ws, texts["officer"]).full_name
                if args.violation or texts:  # what the officer writes into the draft
                    from dataclasses import replace

                    draft = ws.letters.draft(case_id, kind, args.hearing)
                    if args.violation:  # the words after "… disiplin berupa" (type "other")
                        draft = replace(draft, subject_summary=args.violation)
                        texts["violation"] = args.violation
                    draft = replace(draft, extra={**draft.extra, **texts})
                if args.correct and not (args.reason or "").strip():
                    raise CliError("--correct needs --reason (why the letter is corrected)")
                info = ws.letters.generate(
                    case_id,
                    kind,
                    hearing_id=args.hearing,
                    draft=draft,
                    correct=args.correct,
                    reason=args.reason or "",
                    confirm_backdate=args.confirm_date,
                )
            pdf = ws.letters.pdf(info.id)
            unsigned = _unsigned(ws, kind)
        write_private_bytes(target, pdf)
        if info is not None:
            ws.letters.record_print(info.id, exported_to=str(target))
    if out.json:
        out.dump(
            {
                "kind": kind.value,
                "number": info.number if info else "",
                "letter_id": info.id if info else None,
                "sha256": info.sha256 if info else hashlib.sha256(pdf).hexdigest(),
                "state": info.state if info else None,
                "out": str(target),
                "unsigned": unsigned,
            }
        )
    else:
        number = f" {info.number}" if info and info.number else ""
        out.line(f"{kind.value}{number} written to {target} ({len(pdf):,} bytes)")
        if unsigned:
            out.note(f"warning: nobody is set to sign {kind.value} letters: it has an empty "
                     "signature line (set one: wbs-admin signatories official / set)")
    return EXIT_OK


def _unsigned(ws: Any, kind: Any) -> bool:
    """A kind signed by an official of the office, with nobody set to sign it."""
    from wbs_desktop.letters.kinds import spec

    return bool(spec(kind).signed) and not ws.signatories.signer_of(kind).configured


# -- backup and restore ------------------------------------------------------------


def cmd_backup(args: argparse.Namespace, out: Output) -> int:
    from wbs_desktop.services.backup import backup

    with logged_in(args, out) as ws:
        result = backup(ws, args.out, progress=_progress_printer(out, "backup"))
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
    recovery = _env("WBS_RECOVERY_KEY") if args.recovery_key else None
    if args.recovery_key and not recovery:
        recovery = _prompt_secret("Recovery key: ")
    username = None if recovery else (args.user or _env("WBS_USER"))
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
        progress=_progress_printer(out, "restore"),
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


def _progress_printer(out: Output, label: str) -> Callable[[int, int], bool]:
    started = time.monotonic()
    tty = out.err.isatty() if hasattr(out.err, "isatty") else False
    state = {"shown": -1}

    def show(done: int, total: int) -> bool:
        if total <= 0:
            return True
        elapsed = time.monotonic() - started
        percent = done * 100 // total
        left = elapsed / done * (total - done) if done else 0.0
        text = f"{label}: {done:,}/{total:,} ({percent}%), {elapsed:.0f} s, ~{left:.0f} s left"
        if tty:
            out.err.write("\r" + text.ljust(72) + ("\n" if done >= total else ""))
            out.err.flush()
        elif percent // 10 != state["shown"] or done >= total:
            state["shown"] = percent // 10
            out.note(text)
        return True

    return show


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
            progress=_progress_printer(out, "demo cases"),
            step_progress=_progress_printer(out, "worked steps"),
            officer_password=_env("WBS_NEW_PASSWORD"),
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


# ============================================================================
# The parser and main


def schema_too_new_message(version: str) -> str:
    if version:
        short = short_version(version)
        return (
            f"this database was upgraded by WBS Desktop {short}; install {short} or newer "
            f"on this workstation (this is {app_version()})"
        )
    return (
        "this database was upgraded by a newer WBS Desktop; install the office's current "
        f"version on this workstation (this is {app_version()})"
    )


#: The arguments of this run (``--json`` decides how a usage error is printed).
_argv: list[str] = []


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        if "--json" in _argv:
            Output(sys.stdout, sys.stderr, True).error("usage", f"{self.prog}: {message}",
                                                       EXIT_USAGE)
            self.exit(EXIT_USAGE)
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _utf8_argument(arg: str) -> str:
    """An argument decoded under a non-UTF-8 POSIX locale (bytes kept as
    surrogates) decoded again as UTF-8; any other argument as it is."""
    if not any("\udc80" <= ch <= "\udcff" for ch in arg):
        return arg
    return os.fsencode(arg).decode("utf-8", errors="replace")


def use_utf8(*streams: Any) -> None:
    """UTF-8 on the standard streams whatever the platform's code page (Windows
    cp1252, a C locale…), so names like 林 (ست) 🙂 survive a redirect."""
    for stream in streams:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        try:
            if stream is sys.stdin:
                reconfigure(encoding="utf-8", errors="strict")
            else:
                reconfigure(encoding="utf-8", errors="replace")
        except (ValueError, OSError):  # already used, or not a text stream we can change
            log.debug("could not switch %r to UTF-8", stream, exc_info=True)


def _common() -> _Parser:
    """--db, --user and --json, also accepted after the command."""
    p = _Parser(add_help=False)
    p.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    p.add_argument("--user", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return p


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Administer a WBS Desktop database without a screen.",
        epilog=(
            "Passwords: the acting user's from WBS_PASSWORD (else asked); a new user's "
            "from WBS_NEW_PASSWORD (else asked twice); the PostgreSQL server's from "
            "WBS_DB_PASSWORD or the OS keyring. Exit status: 0 done, 1 failed or "
            "rejected, 2 wrong usage, 3 the database cannot be used by this version "
            "(newer, not set up, not ours), 130 interrupted. Output is UTF-8; with --json "
            "a failure prints {\"error\": {\"code\", \"message\", \"exit_status\"}} on stderr."
        ),
    )
    parser.add_argument(
        "--db",
        default=str(default_database_path()),
        help="an SQLite file or a postgresql:// URL (default: %(default)s)",
    )
    parser.add_argument("--user", default=None, help="the acting user (or WBS_USER)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--version", action="version", version=f"{PROG} {app_version()}")
    common = [_common()]
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser("init", parents=common, help="set up a new database")
    p.add_argument("--admin", required=True, metavar="NAME", help="the first admin's user name")
    p.add_argument("--full-name", help="the first admin's full name")
    p.add_argument("--office-name", help="the office's name (default: BKD Provinsi NTT)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("user", parents=common, help="manage users")
    users = p.add_subparsers(dest="user_command", metavar="ACTION", parser_class=_Parser)
    users.required = True
    q = users.add_parser("add", parents=common, help="add a user")
    q.add_argument("name")
    q.add_argument("--role", required=True, choices=[r.value for r in Role])
    q.add_argument("--full-name", required=True)
    q.add_argument("--nip", help="the 18-digit NIP")
    q.add_argument("--position", help="jabatan")
    q.set_defaults(func=cmd_user_add)
    q = users.add_parser("list", parents=common, help="list the users")
    q.set_defaults(func=cmd_user_list)
    q = users.add_parser("deactivate", parents=common, help="deactivate a user")
    q.add_argument("name")
    q.set_defaults(func=cmd_user_deactivate)
    q = users.add_parser(
        "reset-password", parents=common, help="give a user a temporary password (new keys)"
    )
    q.add_argument("name")
    q.set_defaults(func=cmd_user_reset_password)
    q = users.add_parser("unlock", parents=common, help="lift a lock-out")
    q.add_argument("name")
    q.set_defaults(func=cmd_user_unlock)
    q = users.add_parser("passwd", parents=common, help="change the acting user's own password")
    q.set_defaults(func=cmd_user_passwd)

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

    p = sub.add_parser("letter", parents=common, help="generate a letter as PDF")
    p.add_argument("register", help='the case\'s register number ("-" for blank-form)')
    p.add_argument("kind", choices=CLI_KINDS)
    p.add_argument("--hearing", type=int, default=None, help="the hearing id (summons, minutes…)")
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument(
        "--correct",
        action="store_true",
        help="replace the live letter of this purpose: a new number, the old one void",
    )
    p.add_argument("--reason", help="why the letter is corrected (with --correct)")
    p.add_argument(
        "--confirm-date",
        action="store_true",
        help="allow a date before the last letter in the year's register",
    )
    p.add_argument(
        "--violation", help='summons: the words after "dugaan pelanggaran disiplin berupa"'
    )
    p.add_argument("--instruction", help="disposition: the head's instruction")
    p.add_argument("--officer", help="disposition: whom it goes to")
    p.add_argument("--findings", help="examination-report: facts and findings")
    p.add_argument(
        "--evidence", action="append", help="examination-report: one piece of evidence (repeat)"
    )
    p.add_argument("--conclusion", help="examination-report: the examiners' conclusion")
    p.add_argument(
        "--recommendation", help="examination-report: the recommended kind of discipline"
    )
    p.set_defaults(func=cmd_letter)
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
    for name in COMMAND_GROUPS:
        importlib.import_module(f"wbs_desktop.cli.{name}").register(sub, common)
    return parser


def _error_message(exc: BaseException) -> str:
    if isinstance(exc, SchemaTooNew):
        return schema_too_new_message(exc.version)
    if isinstance(exc, NotInitialized):
        return f"{exc} (set one up with: {PROG} --db DB init --admin NAME)"
    if isinstance(exc, ValidationFailed):
        return "; ".join(_field_message(e) for e in exc.errors) or str(exc)
    return str(exc) or type(exc).__name__


def main(argv: Sequence[str] | None = None) -> int:
    use_utf8(sys.stdin, sys.stdout, sys.stderr)
    if argv is None:
        argv = [_utf8_argument(a) for a in sys.argv[1:]]
    _argv[:] = list(argv)
    restrict_umask()  # whatever the CLI writes (backups, letters, SQLite journals): 0600
    parser = build_parser()
    args = parser.parse_args(argv)
    out = Output(sys.stdout, sys.stderr, bool(args.json))
    logging.basicConfig(level=logging.WARNING, format=f"{PROG}: %(message)s")
    try:
        return int(args.func(args, out))
    except CliError as exc:
        return out.error(exc.code, str(exc), exc.status)
    except (ServiceError, DomainError) as exc:
        code = str(getattr(exc, "code", "") or "failed")
        status = EXIT_DATABASE if code in DATABASE_CODES else EXIT_FAILED
        return out.error(code, _error_message(exc), status)
    except KeyboardInterrupt:
        return out.error("interrupted", "interrupted", EXIT_INTERRUPTED)
    except Exception as exc:  # never a traceback for the user; WBS_DEBUG=1 shows it
        if _env("WBS_DEBUG"):
            raise
        return out.error(
            "unexpected_error",
            f"unexpected error ({type(exc).__name__}): {exc}".splitlines()[0]
            + " (WBS_DEBUG=1 shows the details)",
            EXIT_FAILED,
        )


if __name__ == "__main__":
    sys.exit(main())
