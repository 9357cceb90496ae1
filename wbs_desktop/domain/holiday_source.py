"""A year's proposed holiday list from the ``holidays`` package (Indonesia).

The package keeps Indonesia's national holidays (category ``public``) and the
government's joint leave days, cuti bersama (category ``government``), from the
yearly SKB of three ministers. What it gives is a *proposal*: the office's list
in the database stays the authority once an administrator confirms it.
"""

from __future__ import annotations

import datetime as dt
from importlib.metadata import PackageNotFoundError, version

from wbs_desktop.domain.calendar import Holiday, HolidayKind


def package_version() -> str:
    try:
        return version("holidays")
    except PackageNotFoundError:  # pragma: no cover - a declared dependency
        return "?"


def source_label() -> str:
    """How a proposed list names its origin (stored with the year's state)."""
    return f"holidays {package_version()}"


def _category(year: int, category: str) -> dict[dt.date, str]:
    import holidays

    table = holidays.country_holidays("ID", years=year, categories=(category,), language="id")
    return {d: str(name) for d, name in table.items() if d.year == year}


def proposed_year(year: int) -> tuple[Holiday, ...]:
    """The package's holidays and joint leave days of ``year``, by date.

    A day that is both (never in practice) counts as a holiday. Empty when the
    package knows nothing of that year.
    """
    from holidays.constants import GOVERNMENT, PUBLIC

    public = _category(year, PUBLIC)
    joint = _category(year, GOVERNMENT)
    days = [Holiday(d, HolidayKind.HOLIDAY, n) for d, n in public.items()]
    days += [Holiday(d, HolidayKind.CUTI_BERSAMA, n) for d, n in joint.items() if d not in public]
    return tuple(sorted(days, key=lambda h: h.date))
