"""What the app remembers between runs (QSettings, organisation "BKD NTT").

Never a password: the shared server's password lives in the OS keyring
(:mod:`wbs_desktop.gui.secrets`).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from wbs_desktop.paths import APP_NAME, ORG_NAME

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

_KEY_LANGUAGE = "ui/language"
_KEY_DATABASE = "database/location"


def app_settings() -> QSettings:
    return QSettings(ORG_NAME, APP_NAME)


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
