"""Linux: a missing X11 library is named (with its package) instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.cli.conftest import REPO_ROOT
from wbs_desktop.gui import platform_check


def test_which_platforms_need_the_x11_libraries() -> None:
    assert platform_check.uses_xcb({}, "linux")
    assert platform_check.uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not platform_check.uses_xcb({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not platform_check.uses_xcb({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not platform_check.uses_xcb({}, "win32")


def test_missing_libraries_are_named_by_package() -> None:
    present = {"libxcb-cursor.so.0": False, "libxcb-keysyms.so.1": False}
    missing = platform_check.missing_packages(lambda so: present.get(so, True))
    assert missing == ["libxcb-cursor0", "libxcb-keysyms1"]
    assert platform_check.missing_packages(lambda so: True) == []
    text = platform_check.message(missing)
    assert "sudo apt install libxcb-cursor0 libxcb-keysyms1" in text
    # The real check runs: every library either loads or is named.
    for package in platform_check.missing_packages():
        assert package in platform_check.XCB_LIBRARIES.values()


def test_the_app_says_which_package_is_missing_instead_of_aborting() -> None:
    code = (
        "import sys\n"
        "from wbs_desktop.gui import platform_check\n"
        "platform_check.missing_packages = lambda: ['libxcb-cursor0', 'libxcb-icccm4']\n"
        "from wbs_desktop.gui.app import main\n"
        "sys.exit(main([]))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, env=env, cwd=REPO_ROOT)
    assert run.returncode == 1
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in run.stderr
    assert "Could not load the Qt platform plugin" not in run.stderr
