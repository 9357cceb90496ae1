"""An older workstation meeting a database a newer WBS Desktop upgraded: the
window names the version to install and never offers the setup wizard."""

from __future__ import annotations

import json

from sqlalchemy import create_engine, text

from tests.gui.test_app import _FakeWizard, fakes  # noqa: F401 - the fixture
from wbs_desktop.gui import messages
from wbs_desktop.gui.app import AppFlow
from wbs_desktop.services.app_versions import VERSION_KEY
from wbs_desktop.services.errors import SchemaTooNew
from wbs_desktop.storage.db import to_url
from wbs_desktop.version import app_version


def _upgraded_by(path: str, version: str) -> None:
    engine = create_engine(to_url(path))
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE settings SET value = :v WHERE key = :k"),
                         {"v": json.dumps({"version": version, "schema": "0099"}),
                          "k": VERSION_KEY})
            conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    finally:
        engine.dispose()


def test_the_window_names_the_version_and_offers_no_wizard(  # type: ignore[no-untyped-def]
        qtbot, qapp, office_db: str, fakes, modals, monkeypatch) -> None:  # noqa: F811
    _upgraded_by(office_db, "0.9.1")
    modals.allowed = True
    quits: list[bool] = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
    flow = AppFlow(qapp, office_db)
    flow.start()
    qtbot.waitUntil(lambda: bool(quits), timeout=20_000)
    assert _FakeWizard.runs == 0, "no setup wizard for a database that exists"
    assert len(modals.calls) == 1
    title, _, body = modals.calls[0].partition(": ")
    assert title == "A newer WBS Desktop is needed"
    assert body == (f"This database was upgraded by WBS Desktop 0.9; install 0.9 or newer on "
                    f"this workstation. (This workstation has {app_version()}.)")
    assert not flow.controller.is_open


def test_the_message_without_a_recorded_version(qapp) -> None:  # type: ignore[no-untyped-def]
    text_ = messages.service_error_message(SchemaTooNew("log", version=""))
    assert text_.startswith("This database was upgraded by a newer WBS Desktop")
