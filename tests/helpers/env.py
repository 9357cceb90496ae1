"""Process-wide test environment, set before any of our modules import Qt or keyring."""

from __future__ import annotations

import os


def configure_test_environment() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Argon2id with a small memory cost: the parameters are stored with every
    # wrapped secret, so login still uses whatever a user was created with.
    os.environ.setdefault("WBS_KDF_PROFILE", "fast")
    # No OS keyring on these machines: an in-memory backend stands in for it.
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.helpers.memory_keyring.MemoryKeyring"
