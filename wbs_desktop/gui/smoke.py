"""``wbs-desktop --smoke REPORT.json``: does this build start as far as the login?

For the frozen build's smoke test (``.ci/frozen_smoke.py``): the program starts
as usual (``--db`` names a database, ``--lang`` the language) and, once the login
dialog is on screen and the database behind it is open, checks what a frozen
build most easily loses — the translations, the fonts of the letters, the
Designer forms, the migrations — writes what it found to ``REPORT.json`` and
quits: exit status 0 when everything was found, 1 otherwise. A GUI program has
no console on Windows, hence the file.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

TIMEOUT_S = 90.0


def _checks(flow: Any, dialog: Any) -> dict[str, Any]:
    from wbs_desktop.gui import i18n
    from wbs_desktop.paths import form_path, resource_path

    found: dict[str, Any] = {"login_dialog": type(dialog).__name__,
                             "language": i18n.current_language()}
    # Our translations: a string of the login dialog, translated when not English.
    source = "The user name or the password is wrong."
    translated = QCoreApplication.translate("Messages", source)
    found["translations"] = bool(i18n._installed) and (
        i18n.current_language() == "en" or translated != source)
    found["sample"] = translated
    try:
        from wbs_desktop.letters import fonts

        fonts.ensure_fonts()
        found["fonts"] = sorted(fonts.FONT_FILES)
    except Exception as exc:
        found["fonts"] = False
        found["fonts_error"] = repr(exc)
    found["forms"] = sorted(p.name for p in form_path("").glob("*.ui"))
    found["icon"] = resource_path("icons", "wbs-desktop.png").is_file()
    # The manual F1 opens (and the Start menu links to), in both languages.
    found["help"] = all(resource_path("help", language, "index.html").is_file()
                        for language in ("id", "en"))
    found["database_open"] = bool(flow.controller.is_open)
    from wbs_desktop.version import app_version

    found["version"] = app_version()
    found["ok"] = bool(found["translations"] and found["fonts"] and found["forms"]
                       and found["icon"] and found["help"] and found["database_open"])
    return found


def watch(app: QApplication, flow: Any, report: str) -> dict[str, Any]:
    """Start watching for the login dialog; the returned dict gets ``ok`` at the end."""
    from wbs_desktop.gui.session.login import LoginDialog

    result: dict[str, Any] = {"ok": False}
    started = time.monotonic()

    def finish(found: dict[str, Any], dialog: Any) -> None:
        result.update(found)
        Path(report).write_text(json.dumps(result, ensure_ascii=False, indent=2),
                                encoding="utf-8")
        if dialog is not None:
            dialog.reject()  # the flow then quits
        QTimer.singleShot(0, flow.quit)

    def poll() -> None:
        dialog = app.activeModalWidget()
        waited = time.monotonic() - started
        if isinstance(dialog, LoginDialog) and dialog.isVisible() and (
                flow.controller.is_open or waited > TIMEOUT_S):
            finish(_checks(flow, dialog), dialog)
        elif waited > TIMEOUT_S:
            shown = type(dialog).__name__ if dialog is not None else None
            finish({"ok": False, "error": f"no login dialog after {TIMEOUT_S:.0f} s",
                    "shown": shown}, dialog)
        else:
            QTimer.singleShot(100, poll)

    QTimer.singleShot(100, poll)
    return result
