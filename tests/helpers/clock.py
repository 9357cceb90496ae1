"""A settable clock for tests: the office's "now" at a chosen instant."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from wbs_desktop.domain import dates

WITA = ZoneInfo("Asia/Makassar")


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def set(self, when: datetime | date) -> None:
        """An aware datetime, or a date (09.00 WITA that day)."""
        if not isinstance(when, datetime):
            when = datetime.combine(when, time(9, 0), WITA)
        self.now = when

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Iterator[Clock]:
    """``clock.set(date(2026, 12, 17))``: the app's clock is stopped there."""
    c = Clock()
    dates.set_clock(c)
    try:
        yield c
    finally:
        dates.set_clock(None)
