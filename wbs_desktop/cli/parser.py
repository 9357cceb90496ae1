"""``wbs-admin``: administration without a screen — the parser and ``main``.

Talks to the services only (no Qt): set up a database, manage users, bring in
complaints (one JSON file, or JSONL from the web form), show a case, move it,
verify the audit log, make demo data … Each command group is a module of this
package named in ``COMMAND_GROUPS``, with ``register(sub, common)``; the
shared helpers are ``output`` (what a command prints, exit codes) and
``session`` (secrets, the database, the acting user).

Output is UTF-8 on every platform (also redirected on Windows). Exit codes and
the ``--json`` error object: see ``cli/output.py``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from wbs_desktop.cli.output import (
    DATABASE_CODES,
    EXIT_DATABASE,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    PROG,
    CliError,
    Output,
    field_message,
)
from wbs_desktop.cli.session import env
from wbs_desktop.domain.errors import DomainError
from wbs_desktop.files import restrict_umask
from wbs_desktop.paths import default_database_path
from wbs_desktop.services.errors import NotInitialized, SchemaTooNew, ServiceError, ValidationFailed
from wbs_desktop.version import app_version, short_version

log = logging.getLogger("wbs_desktop.cli")

#: Modules of this package that add commands, in the order ``--help`` lists
#: them: each has ``register(sub, common)`` taking the sub-parsers and the
#: common parents (a test checks that every such module is listed).
COMMAND_GROUPS: tuple[str, ...] = (
    "office",
    "users",
    "cases",
    "letters",
    "backup",
    "demo",
    "calendar",
    "procedure",
    "report",
    "signatories",
    "register",
    "recovery",
    "hygiene",
    "trust",
    "people_index",
    "settings",
)


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
    for name in COMMAND_GROUPS:
        importlib.import_module(f"wbs_desktop.cli.{name}").register(sub, common)
    return parser


def _error_message(exc: BaseException) -> str:
    if isinstance(exc, SchemaTooNew):
        return schema_too_new_message(exc.version)
    if isinstance(exc, NotInitialized):
        return f"{exc} (set one up with: {PROG} --db DB init --admin NAME)"
    if isinstance(exc, ValidationFailed):
        return "; ".join(field_message(e) for e in exc.errors) or str(exc)
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
        if env("WBS_DEBUG"):
            raise
        return out.error(
            "unexpected_error",
            f"unexpected error ({type(exc).__name__}): {exc}".splitlines()[0]
            + " (WBS_DEBUG=1 shows the details)",
            EXIT_FAILED,
        )


if __name__ == "__main__":
    sys.exit(main())
