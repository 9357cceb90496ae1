"""A case as text (``wbs-admin show``, in the order of the paper form) and as JSON."""

from __future__ import annotations

import textwrap
from datetime import date, datetime
from typing import Any

from wbs_desktop.cli.output import jsonable
from wbs_desktop.domain.catalog import CHANNEL_LABELS_ID, Channel
from wbs_desktop.domain.dates import OFFICE_TZ, format_date_id, format_datetime_id, to_local
from wbs_desktop.domain.parties import Party
from wbs_desktop.domain.stages import Outcome, Stage
from wbs_desktop.services.dto import CaseDetail, ReporterIdentity, ReporterMasked

STAGE_LABELS: dict[Stage, str] = {
    Stage.RECEIVED: "Diterima",
    Stage.VERIFICATION: "Verifikasi",
    Stage.AWAITING_INFO: "Menunggu Kelengkapan",
    Stage.INVESTIGATION: "Penelaahan",
    Stage.CLARIFICATION: "Klarifikasi",
    Stage.EXAMINATION: "Pemeriksaan Terlapor",
    Stage.CONCLUDED: "Selesai",
    Stage.CLOSED: "Ditutup",
}
OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.SUBSTANTIATED: "Terbukti",
    Outcome.NOT_SUBSTANTIATED: "Tidak terbukti",
    Outcome.REFERRED: "Dilimpahkan",
}
DUE_KINDS: dict[str, str] = {
    "first_response": "first response",
    "reply": "reporter's reply",
}
#: CaseDetail fields read from the case's ciphertext (``null`` in JSON without a grant).
_GRANTED_ONLY = ("accused", "location", "incident_date", "chronology", "material_loss",
                 "loss_estimate", "evidence_links", "completeness", "reporter", "related",
                 "related_total")


def format_day(d: date | None) -> str:
    return format_date_id(d) if d else "—"


def format_when(dt: datetime | None) -> str:
    return format_datetime_id(to_local(dt, OFFICE_TZ)) if dt else "—"


def short_when(dt: datetime) -> str:
    local = to_local(dt, OFFICE_TZ)
    return f"{format_date_id(local.date())} {local:%H.%M}"


def rupiah(amount: int | None) -> str:
    return "Rp " + f"{amount:,}".replace(",", ".") if amount is not None else "not estimated"


def wrap(text: str, indent: str = "  ") -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            lines.append("")
            continue
        lines += textwrap.wrap(
            paragraph, width=88, initial_indent=indent, subsequent_indent=indent
        ) or [indent]
    return lines


def render_case(
    d: CaseDetail,
    type_labels: dict[str, str],
    identity: ReporterIdentity | None = None,
) -> list[str]:
    """The case as text, in the order of the paper form."""
    lines = _head(d, type_labels)
    if not d.granted:
        lines += ["", "This account holds no key to this case: only its metadata can be shown."]
    else:
        lines += _reporter(d, identity)
        lines += _accused_and_incident(d)
        lines += _completeness(d)
        lines += _evidence_and_witnesses(d)
        lines += _hearings(d)
        lines += _letters(d)
    lines += _stages(d)
    lines += _timeline(d)
    return lines


def _head(d: CaseDetail, type_labels: dict[str, str]) -> list[str]:
    type_label = type_labels.get(d.complaint_type, d.complaint_type)
    title = f"{d.register_number}  {type_label} ({d.complaint_type})"
    lines = [title, "=" * len(title)]
    stage = f"{STAGE_LABELS[d.stage]} ({d.stage.value})"
    if d.outcome is not None:
        stage += f", outcome: {OUTCOME_LABELS[d.outcome]} ({d.outcome.value})"
    lines.append(f"Stage:          {stage}")
    lines.append(f"Received:       {format_when(d.received_at)}")
    lines.append(f"Channel:        {CHANNEL_LABELS_ID[Channel(d.channel)]} ({d.channel.value})")
    if d.due_date is not None:
        kind = d.due_kind
        due = format_day(d.due_date) + (f" ({DUE_KINDS.get(kind, kind)})" if kind else "")
        lines.append(f"Due:            {due}" + ("  OVERDUE" if d.overdue else ""))
    officers = ", ".join(f"{o.full_name} ({o.username})" for o in d.officers) or "none assigned"
    lines.append(f"Officers:       {officers}")
    return lines


def _reporter(d: CaseDetail, identity: ReporterIdentity | None) -> list[str]:
    lines = [""]
    rep: ReporterIdentity | ReporterMasked | None
    if identity is not None:
        lines.append("Reporter (identity revealed; the view and its reason are in the audit log)")
        rep = identity
    else:
        lines.append('Reporter (masked; --reveal-identity --reason "…" shows it, audited)')
        rep = d.reporter
    if rep is None:
        lines.append("  (this account holds no key to the reporter's identity)")
        return lines
    lines.append(f"  Name:         {rep.name}")
    lines.append(f"  Phone:        {rep.phone or '—'}")
    lines.append(f"  E-mail:       {rep.email or '—'}")
    lines.append(f"  May be contacted again: {'yes' if rep.consent_to_contact else 'no'}")
    return lines


def _accused_and_incident(d: CaseDetail) -> list[str]:
    lines = ["", "Accused (Terlapor)"]
    a = d.accused
    if a is not None:
        lines.append(f"  Name:         {a.name}")
        lines.append(f"  NIP:          {a.nip or '—'}")
        lines.append(f"  Position:     {a.position or '—'}")
        lines.append(f"  Unit:         {a.unit or '—'}")
    lines.append("")
    lines.append(f"Location:       {d.location or '—'}")
    lines.append(f"Incident date:  {format_day(d.incident_date)}")
    loss = f"yes, {rupiah(d.loss_estimate)}" if d.material_loss else "no"
    lines.append(f"Material loss:  {loss}")
    lines += ["", "Chronology", *wrap(d.chronology), ""]
    return lines


def _completeness(d: CaseDetail) -> list[str]:
    report = d.completeness
    if report is None:
        return []
    verdict = "complete" if report.complete else "incomplete"
    lines = [f"Completeness (4W1H + evidence): {verdict}"]
    for check in report.checks:
        mark = "x" if check.ok else " "
        note = "present" if check.ok else check.message
        lines.append(f"  [{mark}] {check.element.value.title():<8} {note}")
    n = len(d.evidence_links)
    mark = "x" if report.has_evidence else " "
    lines.append(f"  [{mark}] Evidence {n} link(s)" if n else f"  [{mark}] Evidence none")
    lines.append("")
    return lines


def _evidence_and_witnesses(d: CaseDetail) -> list[str]:
    lines = ["Evidence links"]
    if d.evidence_links:
        lines += [f"  {i}. {link}" for i, link in enumerate(d.evidence_links, 1)]
    else:
        lines.append("  none")
    if d.witnesses:
        lines += ["", "Witnesses"]
        lines += [f"  {w.name}" + (f", {w.unit}" if w.unit else "") for w in d.witnesses]
    return lines


def _hearings(d: CaseDetail) -> list[str]:
    if not d.hearings:
        return []
    lines = ["", "Hearings (use the id with: letter REGISTER KIND --hearing ID)"]
    for h in d.hearings:
        summons = f", summons {h.summons_no}" if h.party_kind == Party.ACCUSED else ""
        lines.append(
            f"  #{h.id} {h.party_kind}{summons}: {format_day(h.day)} {h.start.replace(':', '.')}"
            f" at {h.place} — {h.attendance}"
        )
    return lines


def _letters(d: CaseDetail) -> list[str]:
    if not d.letters:
        return []
    lines = ["", "Letters"]
    for letter in d.letters:
        gone = " (superseded)" if letter.superseded_by else ""
        lines.append(
            f"  {letter.kind:<19} {letter.number or '(no number)'}  "
            f"{format_day(letter.issued_on)}, printed {letter.print_count}×{gone}"
        )
    return lines


def _stages(d: CaseDetail) -> list[str]:
    lines = ["", "Stages"]
    for span in d.stages:
        mark = "now " if span.current else ("done" if span.entered_at else "    ")
        when = ""
        if span.entered_at is not None:
            when = f"since {short_when(span.entered_at)}"
            if span.left_at is not None:
                when = f"{short_when(span.entered_at)} – {short_when(span.left_at)}"
        if span.current and span.due_date is not None:
            when += f", due {format_day(span.due_date)}" + (" OVERDUE" if span.overdue else "")
        lines.append(f"  [{mark}] {STAGE_LABELS[span.stage]:<21} {when}".rstrip())
    return lines


def _timeline(d: CaseDetail) -> list[str]:
    lines = ["", "Timeline"]
    for event in d.timeline:
        what = event.kind
        if event.to_stage is not None:
            move = STAGE_LABELS[event.to_stage]
            if event.from_stage is not None:
                move = f"{STAGE_LABELS[event.from_stage]} → {move}"
            what += f": {move}"
        extra = ", ".join(f"{k}: {v}" for k, v in sorted(event.detail.items()))
        if extra:
            what += f" ({extra})"
        by = f"  by {event.actor_name}" if event.actor_name else ""
        lines.append(f"  {short_when(event.at)}  {what}{by}")
        if event.reason:
            lines += wrap(event.reason, indent="      ")
    return lines


def case_json(
    d: CaseDetail, type_labels: dict[str, str], identity: ReporterIdentity | None
) -> dict[str, Any]:
    data = jsonable(d)
    data["complaint_type_label"] = type_labels.get(d.complaint_type, d.complaint_type)
    data["stage_label"] = STAGE_LABELS[d.stage]
    if d.completeness is not None:
        data["completeness"]["missing"] = [e.value for e in d.completeness.missing]
        data["completeness"]["complete"] = d.completeness.complete
        for check in data["completeness"]["checks"]:
            check.pop("params", None)
    data["reporter_revealed"] = identity is not None
    if identity is not None:
        data["reporter"] = jsonable(identity)
    if not d.granted:  # what only the case's key can tell is unknown, not false or empty
        for key in _GRANTED_ONLY:
            if key in data:
                data[key] = None
    return data
