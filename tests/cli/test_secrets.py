"""Where wbs-admin finds the PostgreSQL server's password (never the command line)."""

from __future__ import annotations

import keyring
import pytest

from wbs_desktop import cli

URL = "postgresql://wbs@db.bkd.local:5433/wbs"


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("WBS_DB_PASSWORD", raising=False)
    yield
    for account in cli.keyring_accounts(URL):
        try:
            keyring.delete_password(cli.KEYRING_SERVICE, account)
        except keyring.errors.PasswordDeleteError:
            pass


def test_sqlite_needs_no_server_password():
    assert cli.db_password("/tmp/wbs.sqlite3") is None


def test_keyring_under_the_url_without_password():
    keyring.set_password("WBS Desktop", URL, "Server-Secret-1")
    assert cli.db_password(URL) == "Server-Secret-1"


def test_keyring_under_the_desktop_apps_account_name():
    keyring.set_password("WBS Desktop", "wbs@db.bkd.local:5433/wbs", "Server-Secret-2")
    assert cli.db_password(URL) == "Server-Secret-2"


def test_environment_wins_and_a_password_in_the_url_is_used_as_is(monkeypatch):
    keyring.set_password("WBS Desktop", URL, "Server-Secret-1")
    monkeypatch.setenv("WBS_DB_PASSWORD", "From-Env-3")
    assert cli.db_password(URL) == "From-Env-3"
    monkeypatch.delenv("WBS_DB_PASSWORD")
    assert cli.db_password("postgresql://wbs:In-Url-4@db.bkd.local:5433/wbs") is None
    assert cli.display_target("postgresql://wbs:In-Url-4@db.bkd.local:5433/wbs") == URL


def test_no_keyring_at_all_is_not_an_error(monkeypatch):
    def broken(*_args):
        raise keyring.errors.NoKeyringError("no backend")

    monkeypatch.setattr(keyring, "get_password", broken)
    assert cli.db_password(URL) is None
