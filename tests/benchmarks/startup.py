"""Process start → first window shown, offscreen (a child process of the runner).

``python -m tests.benchmarks.startup app --db PATH`` runs the real entry point
(``wbs_desktop.gui.app.main``: logging, translations, opening and migrating the
database in the background, the login dialog); ``python -m
tests.benchmarks.startup bare`` shows a bare PySide6 ``QMainWindow``. Either
prints ``shown <time.time()> <VmHWM kB>`` when its window gets its Show event
and exits at once; the parent measures from just before it spawned the process.
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


def _install_probe(widget_class_name: str) -> object:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class Probe(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Show and type(obj).__name__ == widget_class_name:
                # After the event is handled the window is on screen; report now.
                sys.stdout.write(f"shown {time.time():.6f} {_hwm_kb()}\n")
                sys.stdout.flush()
                os._exit(0)
            return False

    probe = Probe()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(probe)
    return probe


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0]])
    keep = _install_probe("QMainWindow")
    window = QMainWindow()
    window.resize(800, 600)
    window.show()
    app.exec()
    del keep


def app(db: str) -> None:
    from wbs_desktop.gui import app as gui_app

    # The probe goes in when the flow starts (first event-loop turn): main()
    # creates the QApplication itself, at its usual place.
    real_start = gui_app.AppFlow.start
    probes = []

    def start_with_probe(self: gui_app.AppFlow) -> None:
        probes.append(_install_probe("LoginDialog"))
        real_start(self)

    gui_app.AppFlow.start = start_with_probe  # type: ignore[method-assign]
    sys.exit(gui_app.main(["--db", db]))


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        app(sys.argv[sys.argv.index("--db") + 1])
