"""What keeps an unattended workstation from showing or holding secrets.

* :class:`IdleLock` asks for the lock after the idle time the administrator
  set (office setting ``security.idle_lock_minutes``, default 10) without
  keyboard or mouse input in any window of the app, and at once when the
  operating system's session locks where Qt or the desktop reports it: the
  application suspended (macOS, mobile), the freedesktop screen saver turning
  on (Linux, over D-Bus), Windows' session lock (``WM_WTSSESSION_CHANGE``).
* :class:`ClipboardGuard` clears the clipboard 30 seconds after an identity
  field was copied, and at lock and log out when it still holds something this
  app put there.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import time
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = 10
#: The office setting (minutes; 0 turns the idle lock off — the OS lock still locks).
IDLE_SETTING = "security.idle_lock_minutes"
CLIPBOARD_CLEAR_MS = 30_000

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.Shortcut,
})

_WM_WTSSESSION_CHANGE = 0x02B1
_WTS_SESSION_LOCK = 0x7


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    """Windows: the session-lock message (once registered for a window)."""

    def __init__(self, on_lock: Any) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(self, event_type: Any, message: Any) -> Any:  # pragma: no cover
        if bytes(event_type) == b"windows_generic_MSG":
            import ctypes.wintypes

            msg = ctypes.wintypes.MSG.from_address(int(message))
            if msg.message == _WM_WTSSESSION_CHANGE and msg.wParam == _WTS_SESSION_LOCK:
                self._on_lock()
        return False, 0


class IdleLock(QObject):
    idle = Signal()
    """Emits: nothing; time to lock (idle too long, or the OS session locked)."""

    CHECK_MS = 1000

    def __init__(self, app: QGuiApplication, minutes: float = DEFAULT_IDLE_MINUTES,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._timeout = 0.0
        self._last_input = time.monotonic()
        self._active = False
        self._check = QTimer(self)
        self._check.timeout.connect(self._on_check)
        self.set_minutes(minutes)
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._on_state)
        self._native: _WindowsSessionFilter | None = None
        self._watch_os_lock()

    # --- settings and state -------------------------------------------------------

    @property
    def timeout_seconds(self) -> float:
        return self._timeout

    def set_minutes(self, minutes: float) -> None:
        """0 (or less): no idle lock; the OS session lock still locks."""
        self._timeout = max(0.0, float(minutes) * 60.0)
        self._check.setInterval(int(min(self.CHECK_MS, max(50.0, self._timeout * 250.0))))
        if self._active:
            self._restart()

    def start(self) -> None:
        """Someone is logged in and the window is open: count from now."""
        self._active = True
        self._restart()

    def stop(self) -> None:
        self._active = False
        self._check.stop()

    def _restart(self) -> None:
        self._last_input = time.monotonic()
        if self._timeout > 0:
            self._check.start()
        else:
            self._check.stop()

    @property
    def active(self) -> bool:
        return self._active

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def _on_check(self) -> None:
        if self._active and self._timeout > 0 and \
                time.monotonic() - self._last_input >= self._timeout:
            self.lock_now("idle")

    def lock_now(self, why: str) -> None:
        if not self._active:
            return
        log.info("locking: %s", why)
        self.stop()
        self.idle.emit()

    # --- the operating system's session lock ----------------------------------------

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_now("the application was suspended")

    def _watch_os_lock(self) -> None:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            self._native = _WindowsSessionFilter(lambda: self.lock_now("the session locked"))
            self._app.installNativeEventFilter(self._native)
            return
        if sys.platform.startswith("linux"):
            with contextlib.suppress(Exception):  # no D-Bus (offscreen, containers): idle only
                from PySide6.QtDBus import QDBusConnection

                bus = QDBusConnection.sessionBus()
                if bus.isConnected():
                    for service, path in (
                            ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                            ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")):
                        bus.connect("", path, service, "ActiveChanged",
                                    self, b"1_on_screensaver(bool)")

    def register_window(self, win_id: int) -> None:  # pragma: no cover - Windows only
        """Windows sends the session-lock message only to a window that asks for it."""
        if sys.platform != "win32":
            return
        with contextlib.suppress(Exception):
            import ctypes

            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(int(win_id), 0)

    @Slot(bool)
    def _on_screensaver(self, active: bool) -> None:  # pragma: no cover - a desktop's D-Bus
        if active:
            self.lock_now("the screen saver started")


class ClipboardGuard(QObject):
    """Forgets what the app put on the clipboard: identity values after 30 s, all at lock."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._secrets: set[str] = set()  # identity values on screen now
        self._ours: set[str] = set()  # texts this app put on the clipboard
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._clear_secret)
        self._pending = ""
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(self._on_changed)

    def watch(self, *values: str) -> None:
        """These identity values are on screen: a copy of them is cleared after 30 s."""
        self._secrets.update(v for v in values if v and v != "—")

    def copy_secret(self, text: str) -> None:
        """Put an identity value on the clipboard, cleared again after 30 s."""
        self._secrets.add(text)
        QGuiApplication.clipboard().setText(text)

    def _on_changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text()
        if not text:
            return
        if clipboard.ownsClipboard() or text in self._secrets:
            self._ours.add(text)
        if any(secret in text for secret in self._secrets):
            self._pending = text
            self._timer.start(CLIPBOARD_CLEAR_MS)

    def _clear_secret(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._pending and clipboard.text() == self._pending:
            clipboard.clear()
        self._pending = ""

    def forget(self) -> None:
        """Lock or log out: clear the clipboard if it holds something of ours."""
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text()
        if text and (text in self._ours or clipboard.ownsClipboard()
                     or any(secret in text for secret in self._secrets)):
            clipboard.clear()
        self._secrets.clear()
        self._ours.clear()
        self._pending = ""
        self._timer.stop()


_clipboard_guard: ClipboardGuard | None = None


def clipboard_guard() -> ClipboardGuard:
    """The one guard of this process (made on first use; needs the QApplication)."""
    global _clipboard_guard
    if _clipboard_guard is None:
        _clipboard_guard = ClipboardGuard(QGuiApplication.instance())
    return _clipboard_guard
