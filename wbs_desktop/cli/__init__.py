"""``wbs-admin``: administration without a screen.

A package of rooms: ``parser`` (the parser, ``main``, the command groups in
``parser.COMMAND_GROUPS``, each a module with ``register(sub, common)``),
``output`` (what a command prints, exit codes, JSON), ``session`` (secrets,
the database, logging in, finding users and cases), ``render`` (a case as
text and JSON); the commands in ``office``, ``users``, ``cases``,
``letters``, ``backup``, ``demo`` and the further groups.
"""

from wbs_desktop.cli.parser import build_parser, main
from wbs_desktop.cli.session import (
    KEYRING_SERVICE,
    db_password,
    display_target,
    keyring_accounts,
)

__all__ = [
    "KEYRING_SERVICE",
    "build_parser",
    "db_password",
    "display_target",
    "keyring_accounts",
    "main",
]
