"""The worked cases of the demo office, lived through the public services.

A worked case (:attr:`wbs_desktop.domain.demo_plan.DemoCase.work`) is submitted
with ``intake.submit`` (a paper or walk-in report with its receipt,
``intake.submit_with_receipt``), marked as demo data
(``marking.set_mark``), assigned, and then worked step by step through
``ProcedureService`` and ``LetterService`` exactly as an officer would: notes,
a request for completion, attachments, witnesses, hearings under the summons
rules, attendance, minutes, letters (real PDFs, numbered in the register),
the conclusion. Each step runs at its own date (:func:`dates.clock_at`), so
the services check and stamp it as they would have then; steps of all the
worked cases run in one chronological order, so the letter register's dates
only go forward. The assigned officer does the work when their password is
known (officers made by this run), otherwise the administrator.
"""

from __future__ import annotations

import heapq
import io
import struct
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.dates import clock_at
from wbs_desktop.domain.stages import Outcome, Stage
from wbs_desktop.letters.model import LetterKind
from wbs_desktop.services import intake, marking
from wbs_desktop.services.errors import ServiceError
from wbs_desktop.services.procedure import HearingInput, WitnessInput

if TYPE_CHECKING:
    from wbs_desktop.domain.demo_plan import DemoCase
    from wbs_desktop.domain.demo_work import WorkStep
    from wbs_desktop.services.context import Context

MARK_REASON = "Data contoh (wbs-admin demo)"
#: What a summons says the accused is examined for when the office has no words
#: for the case's type.
OTHER_VIOLATION = "tidak melaksanakan tugas pelayanan kepada masyarakat sesuai ketentuan"


@dataclass
class WorkedCounts:
    """What the worked cases hold (for the result and the tests)."""

    cases: int = 0
    hearings: int = 0
    letters: int = 0
    witnesses: int = 0
    notes: int = 0
    minutes: int = 0
    attachments: int = 0
    failures: list[str] = field(default_factory=list)  # register: what the service refused


@dataclass
class WorkedCase:
    """One worked case being replayed."""

    demo: DemoCase
    case_id: str
    register: str
    officer_id: int
    officer_name: str
    worker: Context  # who does the work: the officer, or the administrator
    hearings: dict[str, int] = field(default_factory=dict)
    witness_id: int | None = None
    failed: bool = False


def submit(ws: Context, dc: DemoCase) -> tuple[str, str]:
    """Submit the case at its receiving time, as the front desk would (paper and
    walk-in reports with their receipt), and mark it as demo data. Returns the
    case id and register number."""
    with clock_at(dc.complaint.received_at):
        if dc.complaint.channel in (Channel.PAPER, Channel.WALK_IN):
            result, _pdf = intake.submit_with_receipt(ws, dc.complaint)
        else:
            result = intake.submit(ws, dc.complaint)
        marking.set_mark(ws, result.case_id, marking.Mark.DEMO, reason=MARK_REASON)
    return result.case_id, result.register_number


def replay(
    admin: Context,
    cases: Sequence[WorkedCase],
    counts: WorkedCounts,
    step_done: Callable[[], bool] | None = None,
) -> bool:
    """Run every step of ``cases`` in time order. A step the services refuse ends
    that case's work (named in ``counts.failures``). Returns False when
    ``step_done`` asked to stop."""
    queue: list[tuple[datetime, int, int]] = []
    for n, wc in enumerate(cases):
        if wc.demo.work:
            queue.append((wc.demo.work[0].at, n, 0))
    heapq.heapify(queue)
    counts.cases += len(cases)
    while queue:
        _at, n, i = heapq.heappop(queue)
        wc = cases[n]
        step = wc.demo.work[i]
        if not wc.failed:
            try:
                with clock_at(step.at):
                    _run(admin, wc, step, counts)
            except ServiceError as exc:
                wc.failed = True
                counts.failures.append(f"{wc.register} {step.action}: {exc}")
        if i + 1 < len(wc.demo.work):
            heapq.heappush(queue, (wc.demo.work[i + 1].at, n, i + 1))
        if step_done is not None and not step_done():
            return False
    return True


def _run(admin: Context, wc: WorkedCase, step: WorkStep, counts: WorkedCounts) -> None:
    ws = wc.worker
    a = step.args
    case_id = wc.case_id
    match step.action:
        case "assign":
            admin.cases.assign(case_id, wc.officer_id)
        case "verify":
            ws.procedure.start_verification(case_id)
        case "note":
            ws.procedure.add_note(case_id, a["text"])
            counts.notes += 1
        case "request_info":
            ws.procedure.request_information(case_id, a["missing"])
        case "reply":
            ws.procedure.record_reply(case_id, a["summary"])
        case "complete":
            ws.procedure.mark_complete(case_id, a["note"])
        case "transition":
            ws.cases.transition(case_id, Stage(a["to"]), a["reason"])
        case "attach":
            ws.procedure.add_attachment(
                case_id, a["filename"], scan(a["filename"], wc.register), a["description"]
            )
            counts.attachments += 1
        case "witness":
            party = ws.procedure.add_witness(
                case_id, WitnessInput(name=a["name"], position=a["position"], unit=a["unit"])
            )
            wc.witness_id = party.id
            counts.witnesses += 1
        case "hearing" | "second_summons":
            h = HearingInput(
                party_kind=a["party"],
                letter_date=a["letter_date"],
                day=a["day"],
                start=a["start"],
                place=a["place"],
                examiners=(wc.officer_name,),
                party_id=wc.witness_id if a["party"] == "witness" else None,
            )
            if step.action == "second_summons":
                info = ws.procedure.schedule_second_summons(wc.hearings[a["previous"]], h)
            else:
                info = ws.procedure.schedule_hearing(case_id, h)
            wc.hearings[a["ref"]] = info.id
            counts.hearings += 1
        case "letter":
            hearing_id = wc.hearings[a["ref"]] if "ref" in a else None
            kind = LetterKind(a["kind"])
            draft = None
            if kind in (LetterKind.SUMMONS_ACCUSED, LetterKind.SUMMONS_ACCUSED_2):
                # A type without the office's words for it (e.g. "other"): the
                # officer writes what the accused is examined for.
                draft = ws.letters.draft(case_id, kind, hearing_id)
                if not draft.subject_summary.strip():
                    draft = replace(draft, subject_summary=OTHER_VIOLATION)
            ws.letters.generate(
                case_id, kind, hearing_id=hearing_id, draft=draft, confirm_backdate=True
            )
            counts.letters += 1
        case "attendance":
            ws.procedure.record_attendance(wc.hearings[a["ref"]], a["present"])
        case "minutes":
            ws.procedure.record_minutes(
                wc.hearings[a["ref"]],
                [tuple(p) for p in a["qa"]],
                a["statements"],
                signed=a["signed"],
                refusal_note=a["refusal_note"],
            )
            counts.minutes += 1
        case "conclude":
            ws.procedure.conclude(
                case_id,
                Outcome(a["outcome"]),
                a["summary"],
                a["recommendations"],
                referred_to=a["referred_to"],
            )
        case _:
            raise ServiceError(f"unknown demo step {step.action}")


# ============================================================================
# Scans: small files that look like what an office scans


def scan(filename: str, register: str) -> bytes:
    """A small generated scan for ``filename`` (.png or .pdf)."""
    if filename.endswith(".pdf"):
        return _pdf_scan(filename, register)
    return _png_scan(register)


def _png_scan(register: str, width: int = 240, height: int = 320) -> bytes:
    """A grey "photo of a receipt": paper with ruled lines, a stamp-like box and a
    darker band whose place depends on the register number (no two look alike)."""
    shift = sum(register.encode()) % 60
    rows = []
    for y in range(height):
        row = bytearray(b"\xec" * width)  # paper
        if y % 18 == 0 and 40 < y < height - 40:
            row[20 : width - 20] = b"\x96" * (width - 40)  # a ruled line
        if 240 <= y < 290:
            left = 140 + shift // 3
            row[left:200] = bytes(110 if (x + y) % 7 else 90 for x in range(left, 200))  # stamp
        if 30 <= y - shift < 34:
            row[20:160] = b"\x3c" * 140  # the heading
        rows.append(b"\x00" + bytes(row))  # filter: none
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def _pdf_scan(filename: str, register: str) -> bytes:
    """A one-page PDF "scan" of a signed statement (reportlab, no fonts of ours)."""
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A5, invariant=True)
    width, height = A5
    c.setFillGray(0.93)
    c.rect(0, 0, width, height, stroke=0, fill=1)
    c.setFillGray(0.15)
    title = "SURAT PERNYATAAN" if "pernyataan" in filename else "DAFTAR HADIR"
    c.setFont("Helvetica-Bold", 12)
    c.drawCentredString(width / 2, height - 50, title)
    c.setFont("Helvetica", 9)
    c.drawString(40, height - 75, f"Lampiran laporan {register}")
    for k in range(12):
        y = height - 110 - k * 22
        c.line(40, y, width - 40, y)
    c.setFont("Helvetica-Oblique", 9)
    c.drawString(width - 150, 60, "(tanda tangan)")
    c.showPage()
    c.save()
    return out.getvalue()
