"""Running ``wbs-admin`` as a real subprocess, against the test databases."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


CliRunner = Callable[..., Run]


def run_cli(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> Run:
    """``python -m tests.helpers.cli_main ARGS`` (the real CLI) with the test environment (fast KDF,
    in-memory keyring, isolated data folder) plus ``env``."""
    full_env = dict(os.environ)
    # The in-memory keyring backend lives in tests.helpers: the child needs the
    # checkout on its path.
    full_env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO_ROOT), full_env.get("PYTHONPATH", "")) if p
    )
    for name in ("WBS_PASSWORD", "WBS_NEW_PASSWORD", "WBS_DB_PASSWORD", "WBS_USER"):
        full_env.pop(name, None)
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "tests.helpers.cli_main", *args],
        env=full_env,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        check=False,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli(db_url: str) -> CliRunner:
    """Run the CLI against this test's database: ``cli("--user", "admin", "show", …)``."""

    def runner(*args: str, password: str | None = None, **env: str) -> Run:
        extra = dict(env)
        if password is not None:
            extra["WBS_PASSWORD"] = password
        return run_cli("--db", db_url, *args, env=extra)

    return runner
