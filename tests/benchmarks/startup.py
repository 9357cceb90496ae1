"""Process start → first window shown, offscreen (a child process of the runner).

``python -m tests.benchmarks.startup app --db PATH`` runs the real entry point
(``wbs_desktop.gui.app.main``: logging, translations, opening and migrating the
database in the background, the login dialog); ``python -m
tests.benchmarks.startup bare`` shows a bare PySide6 ``QMainWindow``. Either
prints ``shown <time.time()> <VmHWM kB>`` when its window gets its Show event
and exits at once; the parent measures from just before it spawned the process.

The probe is an event filter on that one window, installed right after it is
made, in both processes. (An application-wide filter, as before, sent every
event of every widget through Python while the windows were being built: about
60 ms more for the login dialog's twenty-odd widget types, which no user pays.)
"""

from __future__ import annotations

import os
import sys
import time


def _hwm_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def _install_probe(window: object) -> object:
    """Report and exit when ``window`` gets its Show event."""
    from PySide6.QtCore import QEvent, QObject

    class Probe(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Show:
                # After the event is handled the window is on screen; report now.
                sys.stdout.write(f"shown {time.time():.6f} {_hwm_kb()}\n")
                sys.stdout.flush()
                os._exit(0)
            return False

    assert isinstance(window, QObject)
    probe = Probe(window)
    window.installEventFilter(probe)
    return probe


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    _install_probe(window)
    window.resize(800, 600)
    window.show()
    app.exec()


def app(db: str) -> None:
    from wbs_desktop.gui import app as gui_app
    from wbs_desktop.gui.session import login

    # main() runs as usual; the first login dialog it makes gets the probe.
    real_init = login.LoginDialog.__init__

    def init_with_probe(self: login.LoginDialog, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        _install_probe(self)

    login.LoginDialog.__init__ = init_with_probe  # type: ignore[method-assign]
    sys.exit(gui_app.main(["--db", db]))


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        app(sys.argv[sys.argv.index("--db") + 1])
