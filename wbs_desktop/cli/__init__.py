"""``wbs-admin``: administration without a screen.

``core`` holds the shared helpers (output, secrets, logging in, finding users
and cases) and the first commands; each further command group is a module of
this package named in ``core.COMMAND_GROUPS``, with ``register(sub, common)``.
"""

from wbs_desktop.cli.core import (
    KEYRING_SERVICE,
    build_parser,
    db_password,
    display_target,
    keyring_accounts,
    main,
)

__all__ = [
    "KEYRING_SERVICE",
    "build_parser",
    "db_password",
    "display_target",
    "keyring_accounts",
    "main",
]
