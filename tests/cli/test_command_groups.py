"""Every command-group module of ``wbs_desktop.cli`` is registered (a merge once dropped one)."""

from __future__ import annotations

import ast
from pathlib import Path

import wbs_desktop.cli as cli_package
from wbs_desktop.cli import build_parser
from wbs_desktop.cli.parser import COMMAND_GROUPS


def test_every_module_with_register_is_a_command_group() -> None:
    folder = Path(cli_package.__file__).parent
    with_register = set()
    for path in folder.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(n, ast.FunctionDef) and n.name == "register" for n in tree.body):
            with_register.add(path.stem)
    assert with_register == set(COMMAND_GROUPS)


def test_the_parser_builds_with_every_group() -> None:
    parser = build_parser()
    assert parser.parse_args(["fingerprint"]).command == "fingerprint"
