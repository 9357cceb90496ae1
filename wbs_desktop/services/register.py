"""The case register (the current filtered list) as rows for print, Excel and CSV.

Columns: register number, date received, channel, type, stage, officer(s), due
date, and — only when the user asks, and only for the cases the user holds a
key to — the accused's name. Never anything about the reporter. Every export
(and every print with names) is one audit entry: how many rows, whether names
were included and for how many cases.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from wbs_desktop.domain.catalog import CHANNEL_LABELS_ID, Channel
from wbs_desktop.domain.dates import OFFICE_TZ
from wbs_desktop.domain.roles import Action
from wbs_desktop.files import write_private_bytes
from wbs_desktop.letters.recap import STAGE_ID
from wbs_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context

HEADER = ("No.", "Nomor register", "Tanggal diterima", "Saluran", "Jenis pengaduan", "Tahap",
          "Pemeriksa", "Tenggat")
ACCUSED_HEADER = "Nama terlapor"
CHUNK = 500
MAX_ROWS = 200_000

Progress = Callable[[int, int], bool]


@dataclass(frozen=True, slots=True)
class RegisterRow:
    register_number: str
    received_on: date
    channel: str
    complaint_type: str
    stage: str
    officers: str
    due_date: date | None
    accused: str | None  # None: not asked for, or no key to the case


@dataclass(frozen=True, slots=True)
class Register:
    rows: tuple[RegisterRow, ...]
    with_accused: bool

    def header(self) -> tuple[str, ...]:
        return (*HEADER, ACCUSED_HEADER) if self.with_accused else HEADER

    def cells(self) -> list[list[object]]:
        out: list[list[object]] = []
        for i, r in enumerate(self.rows, start=1):
            row: list[object] = [i, r.register_number, r.received_on, r.channel, r.complaint_type,
                                 r.stage, r.officers, r.due_date]
            if self.with_accused:
                row.append(r.accused or "")
            out.append(row)
        return out


class Cancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__("the export was cancelled", code="cancelled")


def build(
    ws: Context,
    ids: Sequence[str],
    *,
    with_accused: bool = False,
    progress: Progress | None = None,
) -> Register:
    """The rows of these cases in this order (ids that vanished are skipped)."""
    ws.actor.require(Action.LIST_CASES)
    if len(ids) > MAX_ROWS:
        raise ServiceError(f"at most {MAX_ROWS:,} rows", code="too_many_rows")
    types = {t.code: t.label_id for t in ws.cases.complaint_types()}
    if not with_accused:
        return Register(tuple(_plain_rows(ws, ids, types, progress)), False)
    rows: list[RegisterRow] = []
    for start in range(0, len(ids), CHUNK):
        if progress is not None and not progress(start, len(ids)):
            raise Cancelled()
        for r in ws.cases.rows(list(ids[start : start + CHUNK])):
            rows.append(RegisterRow(
                register_number=r.register_number,
                received_on=r.received_at.astimezone(OFFICE_TZ).date(),
                channel=CHANNEL_LABELS_ID.get(Channel(r.channel), str(r.channel)),
                complaint_type=types.get(r.complaint_type, r.complaint_type),
                stage=STAGE_ID.get(r.stage.value, r.stage.value),
                officers=", ".join(n for n in r.officer_names if n),
                due_date=r.due_date,
                accused=r.accused_name if with_accused else None,
            ))
    if progress is not None:
        progress(len(ids), len(ids))
    return Register(tuple(rows), with_accused)


def _plain_rows(ws: Context, ids: Sequence[str], types: dict[str, str],
                progress: Progress | None) -> list[RegisterRow]:
    """Without names nothing is decrypted: the session's list columns and the
    register numbers."""
    from sqlalchemy import select

    from wbs_desktop.storage.models import Case

    numbers: dict[str, str] = {}
    with ws.read() as session:
        state = ws.actor.listing.current(session)
        for start in range(0, len(ids), CHUNK):
            if progress is not None and not progress(start, len(ids)):
                raise Cancelled()
            chunk = list(ids[start : start + CHUNK])
            numbers.update(session.execute(
                select(Case.id, Case.register_number).where(Case.id.in_(chunk))).all())
    names = state.officer_names
    rows = []
    for case_id in ids:
        m = state.meta.get(case_id)
        number = numbers.get(case_id)
        if m is None or number is None:
            continue
        rows.append(RegisterRow(
            register_number=number,
            received_on=state.received_at(m).astimezone(OFFICE_TZ).date(),
            channel=CHANNEL_LABELS_ID.get(Channel(m.channel), m.channel),
            complaint_type=types.get(m.complaint_type, m.complaint_type),
            stage=STAGE_ID.get(m.stage, m.stage),
            officers=", ".join(sorted(n for n in (names.get(u, "") for u in
                                                  state.officers.get(case_id, ())) if n)),
            due_date=state.due_date(m),
            accused=None,
        ))
    if progress is not None:
        progress(len(ids), len(ids))
    return rows


def record(ws: Context, register: Register, kind: str) -> None:
    """One audit entry for an export or print of the register."""
    if kind != "print":
        ws.actor.require(Action.EXPORT)
    with ws.write() as session:
        ws.record(session, "register_exported", details={
            "format": kind,
            "rows": len(register.rows),
            "with_accused": register.with_accused,
            "accused_names": sum(1 for r in register.rows if r.accused),
        })


def export(
    ws: Context,
    ids: Sequence[str],
    path: str | os.PathLike[str],
    kind: str,
    *,
    with_accused: bool = False,
    progress: Progress | None = None,
) -> tuple[Register, Path]:
    """Build, audit and write the register as ``kind`` (xlsx | csv), privately."""
    ws.actor.require(Action.EXPORT)
    if kind not in ("csv", "xlsx"):
        raise ServiceError(f"unknown register format: {kind}", code="bad_format")
    reg = build(ws, ids, with_accused=with_accused, progress=progress)
    if kind == "csv":
        data = to_csv(reg)
    else:
        data = to_xlsx(reg, title="Register Pengaduan WBS", made_by=ws.actor.user.full_name)
    record(ws, reg, kind)
    return reg, write_private_bytes(path, data)


def to_csv(register: Register) -> bytes:
    """UTF-8 with a BOM (Excel opens it right), dates as YYYY-MM-DD."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(register.header())
    for row in register.cells():
        w.writerow(["" if v is None else (v.isoformat() if isinstance(v, date) else _safe(v))
                    for v in row])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _safe(value: object) -> object:
    """No formula injection: a cell that starts like a formula is quoted."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


#: Day 0 of Excel's 1900 date system as XlsxWriter counts it (after the leap-year bug).
_EXCEL_EPOCH = date(1899, 12, 30)


def to_xlsx(register: Register, *, title: str, made_by: str) -> bytes:
    import xlsxwriter

    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False,
                                     "strings_to_urls": False})
    book.set_properties({"title": title, "author": made_by})
    sheet = book.add_worksheet("Register")
    head = book.add_format({"bold": True, "bg_color": "#DDE4EE", "border": 1})
    day = book.add_format({"num_format": "dd/mm/yyyy", "border": 1})
    cell = book.add_format({"border": 1})
    number = book.add_format({"border": 1, "num_format": "0"})
    sheet.write(0, 0, title, book.add_format({"bold": True, "font_size": 13}))
    for c, h in enumerate(register.header()):
        sheet.write(2, c, h, head)
    # A date cell is its Excel serial number with a date format (what write_datetime
    # writes), counted once per distinct day rather than converted per cell.
    serials: dict[date, int] = {}
    for r, row in enumerate(register.cells(), start=3):
        for c, v in enumerate(row):
            if v is None:
                sheet.write_blank(r, c, None, cell)
            elif isinstance(v, date):
                serial = serials.get(v)
                if serial is None:
                    serial = serials[v] = (v - _EXCEL_EPOCH).days
                sheet.write_number(r, c, serial, day)
            elif isinstance(v, int):
                sheet.write_number(r, c, v, number)
            else:
                sheet.write_string(r, c, str(v), cell)
    widths = [6, 18, 14, 20, 34, 22, 28, 12, 30]
    for c, w in enumerate(widths[: len(register.header())]):
        sheet.set_column(c, c, w)
    sheet.freeze_panes(3, 0)
    sheet.autofilter(2, 0, 2 + len(register.rows), len(register.header()) - 1)
    sheet.repeat_rows(2)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    book.close()
    return buf.getvalue()
