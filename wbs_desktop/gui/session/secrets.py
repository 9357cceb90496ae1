"""The shared server's password in the OS keyring (``keyring``), never in a file.

Where the machine has no keyring (``NoKeyringError`` or the "fail" backend) the
app says so and asks for the password at each start.
"""

from __future__ import annotations

import contextlib
import logging

import keyring
from keyring.errors import KeyringError, NoKeyringError

log = logging.getLogger(__name__)

SERVICE = "WBS Desktop"


def keyring_available() -> bool:
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration counts as none
        log.exception("keyring backend could not be loaded")
        return False
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyrings.alt.file")):
        return False
    if module.startswith("keyring.backends.chainer"):
        return bool(getattr(backend, "backends", ()))
    return getattr(backend, "priority", 1) > 0


def store_password(account: str, password: str) -> bool:
    """Remember ``password``; False when there is no keyring to keep it in."""
    try:
        keyring.set_password(SERVICE, account, password)
    except (NoKeyringError, KeyringError):
        log.warning("no keyring: the server password will be asked at each start")
        return False
    return True


def load_password(account: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, account)
    except (NoKeyringError, KeyringError):
        return None


def forget_password(account: str) -> None:
    with contextlib.suppress(NoKeyringError, KeyringError):
        keyring.delete_password(SERVICE, account)
