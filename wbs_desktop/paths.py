"""Where the app finds its shipped files and keeps its own.

One helper for shipped files (`resource_path`, `form_path`) that works in a
checkout, from an installed wheel and in a frozen (PyInstaller) build, and one
for the per-user data folder. No Qt here: the GUI may pass QStandardPaths'
answer in, the CLI uses the platform default computed below (the same folders
Qt uses for AppDataLocation with organisation "BKD NTT" and application
"WBS Desktop").
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "WBS Desktop"
ORG_NAME = "BKD NTT"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(kind: str) -> list[Path]:
    """Folders that may hold the shipped `kind` ("resources" or "forms")."""
    found: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller onedir/onefile
        found.append(Path(frozen_root) / kind)
    found.append(_PACKAGE_DIR / f"_{kind}")  # installed wheel
    found.append(_PACKAGE_DIR.parent / kind)  # source checkout / editable install
    return found


def _base(kind: str) -> Path:
    for candidate in _candidates(kind):
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(p) for p in _candidates(kind))
    raise FileNotFoundError(f"the {kind} folder of WBS Desktop is missing (looked in {tried})")


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return _base("resources").joinpath(*parts)


def form_path(name: str) -> Path:
    """Path of a Qt Designer file in ``forms/``, e.g. ``form_path("login.ui")``."""
    return _base("forms") / name


def user_data_dir() -> Path:
    """The per-user data folder (database, workstation state, logs).

    ``WBS_DATA_DIR`` overrides it (tests, portable installs).
    Windows: %LOCALAPPDATA%/BKD NTT/WBS Desktop; Linux: $XDG_DATA_HOME/BKD NTT/WBS Desktop
    (~/.local/share/...); macOS: ~/Library/Application Support/BKD NTT/WBS Desktop.
    """
    override = os.environ.get("WBS_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / ORG_NAME / APP_NAME


def default_database_path() -> Path:
    return user_data_dir() / "wbs.sqlite3"


def log_dir() -> Path:
    return user_data_dir() / "logs"
