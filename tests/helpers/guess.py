"""``python -m tests.helpers.guess DB START_AT USER PASSWORD``: one login attempt in a
process of its own (its own connection), made at wall-clock time START_AT so that
many such processes guess at the same moment. Prints the outcome's class name."""

from __future__ import annotations

import sys
import time

from tests.helpers.env import configure_test_environment

configure_test_environment()

from wbs_desktop.services.errors import ServiceError  # noqa: E402
from wbs_desktop.services.office import Office  # noqa: E402


def main(target: str, start_at: float, username: str, password: str) -> str:
    office = Office.open(target)
    try:
        office.is_initialized()  # connect before the start line
        time.sleep(max(0.0, start_at - time.time()))
        try:
            office.login(username, password)
        except ServiceError as exc:
            return type(exc).__name__
        return "LoggedIn"
    finally:
        office.close()


if __name__ == "__main__":
    print(main(sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4]))
