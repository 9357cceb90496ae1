"""``python -m tests.helpers.cli_main ARGS``: ``wbs-admin`` as the test suite runs it
in a subprocess — the test environment (fast Argon2 switched on by code, the
in-memory keyring), then the real entry point."""

from __future__ import annotations

import sys

from tests.helpers.env import configure_test_environment

configure_test_environment()

from wbs_desktop.cli.parser import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
