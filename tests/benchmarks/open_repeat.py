"""Unlock → the main window's first rows, for N logins in a row in one process.

    .venv/bin/python -m tests.benchmarks.open_repeat --db CACHED [--logins 3]

The runner's open step (``session.py``) on a scratch copy of a cached demo
database (a SQLite file or a PostgreSQL URL): the first login on this
workstation verifies the whole audit log, the next ones only the entries
since — at 1,000,000 cases the runner is run with ``--repeat 1``, so its
figure is the first kind only. Prints one JSON object: ``open`` (seconds to
the first rows painted) and ``login`` (of which the login) per login.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--logins", type=int, default=3)
    args = parser.parse_args()
    from tests.benchmarks import common

    scratch = Path(tempfile.mkdtemp(prefix="wbs-open-bench-"))
    common.configure_environment(scratch)
    from PySide6.QtWidgets import QApplication

    from wbs_desktop.gui import controller as controller_module
    from wbs_desktop.gui.controller import Controller
    from wbs_desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    # As session.py: nothing of the login's background work beside the figure.
    controller_module.LETTERS_WARM_UP_DELAY_MS = 86_400_000
    controller_module.SEARCH_PRELOAD_DELAY_MS = 86_400_000
    backend = "sqlite" if "://" not in args.db else "postgresql"
    out: dict[str, list[float]] = {"open": [], "login": []}
    with common.scratch_copy(backend, args.db, scratch) as url:
        controller = Controller()
        controller.open_database(url, success=lambda: None, failure=lambda _e: None)
        common.wait_for(controller.database_opened)
        for _ in range(args.logins):
            t0 = time.perf_counter()
            controller.login(common.ADMIN, common.ADMIN_PASSWORD)
            common.wait_for(controller.logged_in)
            t_login = time.perf_counter()
            window = MainWindow(controller)
            window.show()
            painted = common.Painted(window.table.view.viewport())
            common.wait_for(window.first_rows_shown)
            painted.mark()
            painted.settle(app)
            out["open"].append(time.perf_counter() - t0)
            out["login"].append(t_login - t0)
            if window.searching:  # the whole list behind the first page
                common.wait_for(window.search_finished)
            window.close()
            window.deleteLater()
            controller.logout()
            app.processEvents()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
