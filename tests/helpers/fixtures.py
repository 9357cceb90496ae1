"""The office on each backend and its administrator: the fixtures the service,
shared-mode, attack and CLI tests share (made available in ``tests/conftest.py``;
a folder or test module that needs another office defines its own ``office``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.office import ADMIN_PASSWORD, create_office
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace


@pytest.fixture
def office(db_url: str, tmp_path: Path) -> Iterator[Office]:
    """An office set up in-process (admin ``admin``)."""
    office, _ = create_office(db_url, tmp_path)
    try:
        yield office
    finally:
        office.close()


@pytest.fixture
def admin(office: Office) -> Workspace:
    return office.login("admin", ADMIN_PASSWORD)
