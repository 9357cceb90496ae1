"""Process-wide test environment, set before any of our modules import Qt or keyring."""

from __future__ import annotations

import os


def use_fast_kdf() -> None:
    from wbs_desktop.storage import crypto

    crypto.use_fast_kdf_for_tests()


def configure_test_environment() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Argon2id with a small memory cost: the parameters are stored with every
    # wrapped secret, so login still uses whatever a user was created with.
    # Switched on in this process by code (no environment variable is honoured:
    # a production run cannot be talked into it); CLI subprocesses start through
    # tests.helpers.cli_main, which calls this function too.
    use_fast_kdf()
    # WBS_NOW (the app's clock for a subprocess) is honoured only where allowed by code.
    from wbs_desktop.domain import dates

    dates.allow_clock_from_environment()
    # No OS keyring on these machines: an in-memory backend stands in for it.
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.helpers.memory_keyring.MemoryKeyring"
