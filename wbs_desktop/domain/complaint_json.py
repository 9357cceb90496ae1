"""A complaint's JSON form (CLI import/export, JSONL).

``complaint_from_json`` raises :class:`ComplaintFormatError` (code
``complaint_format``) whose errors use :data:`FORMAT_ERROR_CODES`;
``complaint_to_json`` writes what it reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.complaint import (
    AccusedInput,
    ComplaintInput,
    FieldError,
    ReporterInput,
)
from wbs_desktop.domain.dates import OFFICE_TZ
from wbs_desktop.domain.errors import DomainError

#: Codes of FieldError inside ComplaintFormatError (a malformed JSON shape).
FORMAT_ERROR_CODES: tuple[str, ...] = (
    "not_an_object",  # the record (or reporter/accused) is not a JSON object
    "missing",  # a required key is absent
    "unknown_key",  # a key we do not know (typo?)
    "wrong_type",  # e.g. a number where text is expected; params: expected
    "unknown_channel",
    "bad_datetime",  # received_at is not ISO 8601
    "bad_date",  # incident_date is not YYYY-MM-DD
)


class ComplaintFormatError(DomainError):
    """A JSON record does not have the complaint's shape; ``errors`` name the fields."""

    code = "complaint_format"

    def __init__(self, message: str, errors: list[FieldError]) -> None:
        super().__init__(message, errors=errors)
        self.errors = errors


_CHANNEL_VALUES = frozenset(ch.value for ch in Channel)
_TOP_KEYS = frozenset(
    {
        "channel",
        "received_at",
        "reporter",
        "complaint_type",
        "accused",
        "location",
        "incident_date",
        "chronology",
        "material_loss",
        "loss_estimate",
        "evidence_links",
        "documents",
    }
)
_TOP_REQUIRED = ("channel", "received_at", "reporter", "complaint_type", "accused", "chronology")
_REPORTER_KEYS = frozenset({"name", "phone", "email", "consent_to_contact", "address", "anonymous"})
_ACCUSED_KEYS = frozenset({"name", "nip", "position", "unit", "rank"})
_ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


class _Reader:
    """Reads typed values out of a JSON object, collecting every problem."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(self, path: str, code: str, message: str, **params: Any) -> None:
        self.errors.append(FieldError(path, code, message, params))

    def obj(
        self, value: object, path: str, keys: frozenset[str], required: Iterable[str]
    ) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            self.fail(path or "$", "not_an_object", f"{path or 'the record'} must be an object")
            return {}
        prefix = f"{path}." if path else ""
        for key in value:
            if key not in keys:
                self.fail(f"{prefix}{key}", "unknown_key", f"unknown key {prefix}{key}")
        for key in required:
            if key not in value:
                self.fail(f"{prefix}{key}", "missing", f"{prefix}{key} is missing")
        return value

    def text(self, m: Mapping[str, Any], key: str, path: str) -> str:
        value = m.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.fail(path, "wrong_type", f"{path} must be text", expected="string")
            return ""
        return value

    def texts(self, m: Mapping[str, Any], key: str, message: str) -> tuple[str, ...]:
        """A list of strings (absent or null: none)."""
        raw = m.get(key)
        if raw is None:
            return ()
        if not isinstance(raw, list):
            self.fail(key, "wrong_type", f"{key} must be a list", expected="list")
            return ()
        found: list[str] = []
        for i, item in enumerate(raw):
            if isinstance(item, str):
                found.append(item)
            else:
                self.fail(f"{key}[{i}]", "wrong_type", message, expected="string")
        return tuple(found)

    def flag(self, m: Mapping[str, Any], key: str, path: str) -> bool:
        value = m.get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.fail(path, "wrong_type", f"{path} must be true or false", expected="boolean")
            return False
        return value


def complaint_from_json(obj: Mapping[str, Any]) -> ComplaintInput:
    """Build a complaint from its JSON form; raises ComplaintFormatError on a bad shape.

    Only the shape is checked here (keys, types, parsable dates); the content
    rules are :func:`validate_complaint`'s. A naive ``received_at`` is office
    time (WITA). Missing optional keys take their defaults; null means empty.
    """
    rd = _Reader()
    top = rd.obj(obj, "", _TOP_KEYS, _TOP_REQUIRED)
    if not isinstance(obj, Mapping):
        raise ComplaintFormatError("the complaint is not a JSON object", rd.errors)

    channel = Channel.WEB
    raw_channel = top.get("channel")
    if "channel" in top:
        if isinstance(raw_channel, str) and raw_channel in _CHANNEL_VALUES:
            channel = Channel(raw_channel)
        else:
            rd.fail("channel", "unknown_channel", f"unknown channel {raw_channel!r}")

    received_at = datetime.fromtimestamp(0, OFFICE_TZ)
    if "received_at" in top:
        raw = top["received_at"]
        if not isinstance(raw, str):
            rd.fail("received_at", "wrong_type", "received_at must be text", expected="string")
        else:
            try:
                received_at = datetime.fromisoformat(raw.strip())
            except ValueError:
                rd.fail("received_at", "bad_datetime", f"not an ISO 8601 date-time: {raw!r}")
            else:
                if received_at.tzinfo is None:
                    received_at = received_at.replace(tzinfo=OFFICE_TZ)

    raw_reporter = top.get("reporter")
    anonymous = isinstance(raw_reporter, Mapping) and raw_reporter.get("anonymous") is True
    rep = (
        rd.obj(raw_reporter, "reporter", _REPORTER_KEYS, () if anonymous else ("name",))
        if "reporter" in top
        else {}
    )
    reporter = ReporterInput(
        name=rd.text(rep, "name", "reporter.name"),
        phone=rd.text(rep, "phone", "reporter.phone"),
        email=rd.text(rep, "email", "reporter.email"),
        consent_to_contact=rd.flag(rep, "consent_to_contact", "reporter.consent_to_contact"),
        address=rd.text(rep, "address", "reporter.address"),
        anonymous=rd.flag(rep, "anonymous", "reporter.anonymous"),
    )
    acc = rd.obj(top["accused"], "accused", _ACCUSED_KEYS, ("name",)) if "accused" in top else {}
    accused = AccusedInput(
        name=rd.text(acc, "name", "accused.name"),
        nip=rd.text(acc, "nip", "accused.nip"),
        position=rd.text(acc, "position", "accused.position"),
        unit=rd.text(acc, "unit", "accused.unit"),
        rank=rd.text(acc, "rank", "accused.rank"),
    )

    incident_date: date | None = None
    raw_date = top.get("incident_date")
    if raw_date is not None:
        if not isinstance(raw_date, str):
            rd.fail("incident_date", "wrong_type", "incident_date must be text", expected="string")
        elif not _ISO_DATE_RE.fullmatch(raw_date.strip()):
            rd.fail("incident_date", "bad_date", f"not a YYYY-MM-DD date: {raw_date!r}")
        else:
            try:
                incident_date = date.fromisoformat(raw_date.strip())
            except ValueError:
                rd.fail("incident_date", "bad_date", f"not a real date: {raw_date!r}")

    loss_estimate = top.get("loss_estimate")
    if loss_estimate is not None and (
        isinstance(loss_estimate, bool) or not isinstance(loss_estimate, int)
    ):
        if isinstance(loss_estimate, float) and loss_estimate.is_integer():
            loss_estimate = int(loss_estimate)
        else:
            rd.fail(
                "loss_estimate",
                "wrong_type",
                "loss_estimate must be a whole number of rupiah or null",
                expected="integer",
            )
            loss_estimate = None

    links = rd.texts(top, "evidence_links", "a link must be text")
    documents = rd.texts(top, "documents", "a document's description must be text")

    complaint = ComplaintInput(
        channel=channel,
        received_at=received_at,
        reporter=reporter,
        complaint_type=rd.text(top, "complaint_type", "complaint_type"),
        accused=accused,
        location=rd.text(top, "location", "location"),
        incident_date=incident_date,
        chronology=rd.text(top, "chronology", "chronology"),
        material_loss=rd.flag(top, "material_loss", "material_loss"),
        loss_estimate=loss_estimate,
        evidence_links=links,
        documents=documents,
    )
    if rd.errors:
        fields = ", ".join(e.field for e in rd.errors)
        raise ComplaintFormatError(f"the complaint record is malformed ({fields})", rd.errors)
    return complaint


def complaint_to_json(c: ComplaintInput) -> dict[str, Any]:
    """The JSON form of a complaint (the inverse of :func:`complaint_from_json`)."""
    out: dict[str, Any] = {
        "channel": str(c.channel),
        "received_at": c.received_at.isoformat(),
        "reporter": {
            "name": c.reporter.name,
            "phone": c.reporter.phone,
            "email": c.reporter.email,
            "consent_to_contact": c.reporter.consent_to_contact,
        },
        "complaint_type": c.complaint_type,
        "accused": {
            "name": c.accused.name,
            "nip": c.accused.nip,
            "position": c.accused.position,
            "unit": c.accused.unit,
            "rank": c.accused.rank,
        },
        "location": c.location,
        "incident_date": c.incident_date.isoformat() if c.incident_date else None,
        "chronology": c.chronology,
        "material_loss": c.material_loss,
        "loss_estimate": c.loss_estimate,
        "evidence_links": list(c.evidence_links),
    }
    # Written only when given: a report imported before these keys existed keeps
    # its content digest (services.intake: "already there").
    if c.reporter.address:
        out["reporter"]["address"] = c.reporter.address
    if c.reporter.anonymous:
        out["reporter"]["anonymous"] = True
    if c.documents:
        out["documents"] = list(c.documents)
    return out
