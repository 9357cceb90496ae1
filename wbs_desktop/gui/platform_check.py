"""Before the QApplication: can Qt's X11 platform plugin load on this Linux?

Qt aborts with "Could not load the Qt platform plugin "xcb"" and a hint few
office IT people can act on when a system library is missing (a fresh Debian
lacked libxcb-cursor0, libxcb-icccm4 and libxcb-keysyms1). This checks the
libraries the xcb plugin of PySide6 links against — each by trying to load it
(a dlopen, well under a millisecond; no ``ldconfig`` run) — and names the
Debian/Ubuntu packages that are missing, so the app can say so instead.
No Qt here: it runs before Qt is asked for a window.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

#: soname → Debian/Ubuntu package: what PySide6's libqxcb.so and
#: libQt6XcbQpa.so.6 need beyond what every desktop has (objdump -p, NEEDED).
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(env: Mapping[str, str] | None = None, platform: str = sys.platform) -> bool:
    """Whether Qt will try its X11 plugin here (Linux, no other platform asked for)."""
    env = os.environ if env is None else env
    if not platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if chosen:
        return chosen == "xcb"
    return not env.get("WAYLAND_DISPLAY")  # Qt prefers Wayland where it runs


def missing_packages(loads: Callable[[str], bool] = _loads) -> list[str]:
    """The packages whose libraries do not load (empty: all there)."""
    return [package for soname, package in XCB_LIBRARIES.items() if not loads(soname)]


def message(packages: list[str]) -> str:
    return (
        "WBS Desktop cannot open its window: Qt's X11 platform plugin needs system "
        f"libraries that are not installed ({', '.join(packages)}).\n"
        f"Install them, e.g. on Debian or Ubuntu:\n  sudo apt install {' '.join(packages)}"
    )
