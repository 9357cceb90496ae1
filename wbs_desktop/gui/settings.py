"""What the app remembers between runs (QSettings, organisation "BKD NTT").

Never a password: the shared server's password lives in the OS keyring
(:mod:`wbs_desktop.gui.session.secrets`). With ``WBS_DATA_DIR`` set (a portable
install, the tests) the settings are an INI file in that folder, so nothing
goes to the registry or the home folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from wbs_desktop.paths import APP_NAME, ORG_NAME

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

_KEY_LANGUAGE = "ui/language"
_KEY_DATABASE = "database/location"
_KEY_REMEMBER_USERNAME = "login/remember_username"
_KEY_LAST_USERNAME = "login/last_username"
#: The settings file in ``WBS_DATA_DIR`` (portable installs).
PORTABLE_FILE = "settings.ini"


def app_settings() -> QSettings:
    folder = os.environ.get("WBS_DATA_DIR")
    if folder:
        return QSettings(str(Path(folder) / PORTABLE_FILE), QSettings.Format.IniFormat)
    return QSettings(ORG_NAME, APP_NAME)


def remember_username() -> bool:
    """Whether the login offers the last user name of this workstation (default: yes)."""
    value = app_settings().value(_KEY_REMEMBER_USERNAME, True)
    return value not in (False, "false", "0", 0)


def set_remember_username(on: bool) -> None:
    settings = app_settings()
    settings.setValue(_KEY_REMEMBER_USERNAME, bool(on))
    if not on:
        settings.remove(_KEY_LAST_USERNAME)


def last_username() -> str:
    """The user name last logged in with here ("" when not remembered)."""
    if not remember_username():
        return ""
    value = app_settings().value(_KEY_LAST_USERNAME, "")
    return str(value) if isinstance(value, str) else ""


def set_last_username(username: str) -> None:
    if remember_username():
        app_settings().setValue(_KEY_LAST_USERNAME, username)


def language() -> str:
    value = app_settings().value(_KEY_LANGUAGE, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    app_settings().setValue(_KEY_LANGUAGE, code)


def database_location() -> str | None:
    """The configured database: an SQLite path or a password-less PostgreSQL URL."""
    value = app_settings().value(_KEY_DATABASE, "")
    return str(value) if value else None


def set_database_location(location: str) -> None:
    if "://" in location and ":" in location.split("://", 1)[1].split("@", 1)[0]:
        raise ValueError("a database URL with a password must not be remembered")
    app_settings().setValue(_KEY_DATABASE, location)


def clear_database_location() -> None:
    app_settings().remove(_KEY_DATABASE)


def save_bytes(key: str, value: QByteArray) -> None:
    app_settings().setValue(key, value)


def load_bytes(key: str) -> QByteArray | None:
    value = app_settings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None
