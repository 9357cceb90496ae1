"""What a command prints: its lines, its JSON, its error and its exit status.

Exit status: 0 done; 1 the command ran but something failed (a record was
rejected, the audit log is broken) or a service refused (wrong password,
permission denied, unknown case, database unreachable …); 2 wrong usage;
3 the database cannot be used by this program (upgraded by a newer WBS
Desktop, not set up, not a WBS Desktop database); 130 interrupted.

With ``--json`` a failure ends with one JSON object on stderr:
``{"error": {"code": "...", "message": "...", "exit_status": N}}`` — the code
is stable (a service's error code, ``usage``, ``interrupted``,
``unexpected_error`` …), the message English.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import IO, Any

from wbs_desktop.domain.complaint import FieldError

PROG = "wbs-admin"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_DATABASE = 3
EXIT_INTERRUPTED = 130
#: Service errors that mean "this database cannot be used here" (exit status 3).
DATABASE_CODES = frozenset(
    {"schema_too_new", "schema_outdated", "not_initialized", "not_an_office_database"})


class CliError(Exception):
    """A problem the CLI itself found (usage, files, missing secrets)."""

    def __init__(self, message: str, status: int = EXIT_FAILED, code: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code or ("usage" if status == EXIT_USAGE else "failed")


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
        json.dump(jsonable(data), self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")

    def done(self, data: Any, text: str) -> int:
        """The usual end of a command: ``data`` as JSON with --json, else the line
        ``text``; returns EXIT_OK."""
        if self.json:
            self.dump(data)
        else:
            self.line(text)
        return EXIT_OK


def jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray):
        return f"<{len(value)} bytes>"
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {str(jsonable(k)): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    return value


def field_message(e: FieldError) -> str:
    """``field: message`` without saying the field twice."""
    if e.field in ("", "$") or e.message.startswith(e.field):
        return e.message
    return f"{e.field}: {e.message}"


def progress_printer(out: Output, label: str) -> Callable[[int, int], bool]:
    """Progress on stderr: one line rewritten on a terminal, every tenth otherwise."""
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
