"""The complaint as typed in the form and its validation (its JSON form, for the
CLI's import and export, is in :mod:`wbs_desktop.domain.complaint_json`).

Used by the services' submit, the CLI's JSON import and the GUI dialog.
``validate_complaint`` returns :class:`FieldError` items; their codes are in
:data:`ERROR_CODES` plus the ``phone_*``, ``email_*``, ``link_*`` and ``nip_*``
codes of :mod:`wbs_desktop.domain.validation` (reported on the field concerned).
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from wbs_desktop.domain import validation
from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.dates import OFFICE_TZ, utc_now
from wbs_desktop.domain.text import normalize_nip

#: Codes of FieldError from validate_complaint (besides the validation module's).
ERROR_CODES: tuple[str, ...] = (
    "required",  # an empty required field
    "too_long",  # params: max
    "control_characters",  # control characters other than newline/tab
    "contact_required",  # neither phone nor e-mail (reported on reporter.phone)
    "anonymous_with_identity",  # an anonymous report that names or reaches its reporter
    "unknown_channel",
    "unknown_type",  # complaint_type not among the known types
    "naive_datetime",  # received_at without a time zone
    "in_future",  # received_at more than 5 minutes ahead
    "after_received",  # incident_date after the day the report was received
    "estimate_without_loss",  # loss_estimate given but material_loss is false
    "negative",
    "too_large",  # loss_estimate above 10^15 rupiah
    "too_many",  # more than 50 evidence links
    "wrong_type",  # a value of the wrong Python type (programming error in the caller)
)


NAME_MAX = 300  # names, position, unit, location
ADDRESS_MAX = 1000  # the reporter's postal address (several lines)
DOCUMENTS_MAX = 50  # documents received with the report
DOCUMENT_MAX = 300  # one document's description
CONTACT_MAX = 300  # phone and e-mail as typed (the validators apply stricter limits)
TYPE_MAX = 100
CHRONOLOGY_MAX = 100_000
LINKS_MAX = 50
LINK_MAX = validation.LINK_MAX_LENGTH
LOSS_MAX = 10**15  # rupiah
FUTURE_TOLERANCE = timedelta(minutes=5)

_CHANNEL_VALUES = frozenset(ch.value for ch in Channel)


@dataclass(frozen=True, slots=True)
class ReporterInput:
    name: str
    phone: str = ""
    email: str = ""
    consent_to_contact: bool = False
    #: Postal address (letters to the reporter print it instead of "di Tempat").
    address: str = ""
    #: An anonymous report (surat kaleng): no name, no contact, no address, so
    #: no letter can be sent to the reporter.
    anonymous: bool = False


@dataclass(frozen=True, slots=True)
class AccusedInput:
    name: str
    nip: str = ""
    position: str = ""
    unit: str = ""
    rank: str = ""  # pangkat/golongan (printed on the summons)


@dataclass(frozen=True, slots=True)
class ComplaintInput:
    channel: Channel
    received_at: datetime  # aware
    reporter: ReporterInput
    complaint_type: str
    accused: AccusedInput
    location: str
    incident_date: date | None
    chronology: str
    material_loss: bool = False
    loss_estimate: int | None = None  # rupiah
    evidence_links: tuple[str, ...] = ()
    #: The documents handed in with the report, as listed on the receipt.
    documents: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one field; ``field`` is a dotted path like ``reporter.phone``."""

    field: str
    code: str
    message: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict, compare=False, hash=False)




# --- text checks ---------------------------------------------------------------

_NEWLINES_RE = re.compile(r"\r\n?")


def _has_control_characters(text: str) -> bool:
    """Control characters other than newline (\\n, \\r) and tab; lone surrogates too."""
    return any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\r\t" for ch in text)


def _check_text(
    errors: list[FieldError], path: str, text: str, *, max_len: int, required: bool
) -> bool:
    """Append the problems of one text field; True when it is fine (and non-empty)."""
    if not isinstance(text, str):
        errors.append(FieldError(path, "wrong_type", f"{path}: text expected"))
        return False
    if not text.strip():
        if required:
            errors.append(FieldError(path, "required", f"{path} is required"))
        return False
    if len(text) > max_len:
        errors.append(
            FieldError(
                path,
                "too_long",
                f"{path} has {len(text)} characters, at most {max_len} are allowed",
                {"max": max_len, "length": len(text)},
            )
        )
        return False
    if _has_control_characters(text):
        errors.append(
            FieldError(
                path,
                "control_characters",
                f"{path} contains control characters (only newlines and tabs are allowed)",
            )
        )
        return False
    return True


def _check_with(errors: list[FieldError], path: str, text: str, check: Any, **kwargs: Any) -> None:
    try:
        check(text, field=path, **kwargs)
    except validation.ValidationError as exc:
        errors.append(FieldError(path, exc.code, str(exc), dict(exc.params)))


# --- validation ----------------------------------------------------------------


def validate_complaint(
    c: ComplaintInput, known_types: Iterable[str], *, now: datetime | None = None
) -> list[FieldError]:
    """Every problem of the complaint, in form order; an empty list means valid.

    ``now`` (aware) defaults to the current time; it bounds ``received_at``.
    """
    errors: list[FieldError] = []
    now = now or utc_now()

    if c.channel not in _CHANNEL_VALUES:
        errors.append(FieldError("channel", "unknown_channel", f"unknown channel {c.channel!r}"))

    _validate_received_at(errors, c.received_at, now)

    # Reporter (Pelapor).
    _validate_reporter(errors, c.reporter)

    # Complaint type.
    type_ok = _check_text(
        errors, "complaint_type", c.complaint_type, max_len=TYPE_MAX, required=True
    )
    if type_ok and c.complaint_type.strip() not in set(known_types):
        errors.append(
            FieldError(
                "complaint_type", "unknown_type", f"unknown complaint type {c.complaint_type!r}"
            )
        )

    # Accused (Terlapor).
    a = c.accused
    _check_text(errors, "accused.name", a.name, max_len=NAME_MAX, required=True)
    if _check_text(errors, "accused.nip", a.nip, max_len=NAME_MAX, required=False):
        _check_with(errors, "accused.nip", a.nip, validation.check_nip, today=now.date())
    _check_text(errors, "accused.position", a.position, max_len=NAME_MAX, required=False)
    _check_text(errors, "accused.unit", a.unit, max_len=NAME_MAX, required=False)
    _check_text(errors, "accused.rank", a.rank, max_len=NAME_MAX, required=False)

    # Where, when, what/how.
    _check_text(errors, "location", c.location, max_len=NAME_MAX, required=False)
    _validate_incident_date(errors, c)
    _check_text(errors, "chronology", c.chronology, max_len=CHRONOLOGY_MAX, required=True)

    _validate_loss(errors, c)
    _validate_links(errors, c.evidence_links)
    _validate_documents(errors, c.documents)
    return errors


def _validate_reporter(errors: list[FieldError], r: ReporterInput) -> None:
    if not isinstance(r.anonymous, bool):
        errors.append(FieldError("reporter.anonymous", "wrong_type", "true or false expected"))
        return
    if r.anonymous:
        for path, value in (("reporter.name", r.name), ("reporter.phone", r.phone),
                            ("reporter.email", r.email), ("reporter.address", r.address)):
            if not isinstance(value, str) or value.strip():
                errors.append(FieldError(
                    path, "anonymous_with_identity",
                    "an anonymous report carries no name, contact or address"))
        return
    _check_text(errors, "reporter.name", r.name, max_len=NAME_MAX, required=True)
    has_phone = _check_text(errors, "reporter.phone", r.phone, max_len=CONTACT_MAX, required=False)
    has_email = _check_text(errors, "reporter.email", r.email, max_len=CONTACT_MAX, required=False)
    _check_text(errors, "reporter.address", r.address, max_len=ADDRESS_MAX, required=False)
    if has_phone:
        _check_with(errors, "reporter.phone", r.phone, validation.check_phone)
    if has_email:
        _check_with(errors, "reporter.email", r.email, validation.check_email)
    if not (isinstance(r.phone, str) and r.phone.strip()) and not (
        isinstance(r.email, str) and r.email.strip()
    ):
        errors.append(
            FieldError(
                "reporter.phone",
                "contact_required",
                "give a phone number or an e-mail address so the office can ask for more",
            )
        )


def _validate_documents(errors: list[FieldError], documents: tuple[str, ...]) -> None:
    if len(documents) > DOCUMENTS_MAX:
        errors.append(FieldError("documents", "too_many",
                                 f"at most {DOCUMENTS_MAX} documents", {"max": DOCUMENTS_MAX}))
        return
    for i, doc in enumerate(documents):
        _check_text(errors, f"documents[{i}]", doc, max_len=DOCUMENT_MAX, required=False)


def _validate_received_at(errors: list[FieldError], received_at: datetime, now: datetime) -> None:
    if not isinstance(received_at, datetime):
        errors.append(FieldError("received_at", "wrong_type", "received_at must be a datetime"))
    elif received_at.tzinfo is None or received_at.utcoffset() is None:
        errors.append(FieldError("received_at", "naive_datetime", "received_at needs a time zone"))
    elif received_at > now + FUTURE_TOLERANCE:
        errors.append(
            FieldError("received_at", "in_future", "the report cannot be received in the future")
        )


def _validate_incident_date(errors: list[FieldError], c: ComplaintInput) -> None:
    d = c.incident_date
    if d is None:
        return
    if not isinstance(d, date) or isinstance(d, datetime):
        errors.append(FieldError("incident_date", "wrong_type", "incident_date must be a date"))
        return
    r = c.received_at
    if isinstance(r, datetime) and r.utcoffset() is not None:
        received_day = r.astimezone(OFFICE_TZ).date()
        if d > received_day:
            errors.append(
                FieldError(
                    "incident_date",
                    "after_received",
                    "the incident cannot be after the day the report was received",
                    {"received": received_day},
                )
            )


def _validate_loss(errors: list[FieldError], c: ComplaintInput) -> None:
    est = c.loss_estimate
    if est is None:
        return
    if isinstance(est, bool) or not isinstance(est, int):
        errors.append(
            FieldError("loss_estimate", "wrong_type", "the estimate is a whole rupiah amount")
        )
    elif not c.material_loss:
        errors.append(
            FieldError(
                "loss_estimate",
                "estimate_without_loss",
                "an estimate is only given when there was a material loss",
            )
        )
    elif est < 0:
        errors.append(FieldError("loss_estimate", "negative", "the estimate cannot be negative"))
    elif est > LOSS_MAX:
        errors.append(
            FieldError(
                "loss_estimate",
                "too_large",
                "the estimate is implausibly large",
                {"max": LOSS_MAX},
            )
        )


def _validate_links(errors: list[FieldError], links: tuple[str, ...]) -> None:
    if len(links) > LINKS_MAX:
        errors.append(
            FieldError(
                "evidence_links",
                "too_many",
                f"at most {LINKS_MAX} evidence links, {len(links)} given",
                {"max": LINKS_MAX, "count": len(links)},
            )
        )
    for i, link in enumerate(links):
        path = f"evidence_links[{i}]"
        if not isinstance(link, str):
            errors.append(FieldError(path, "wrong_type", f"{path}: text expected"))
            continue
        _check_with(errors, path, link, validation.check_evidence_link)


# --- normalization -------------------------------------------------------------


def _line(text: str) -> str:
    """A single-line value: trimmed, inner whitespace collapsed to single spaces."""
    return " ".join(text.split()) if isinstance(text, str) else text


def _nip(text: str) -> str:
    s = text.strip()
    # Digits only, unless there are other characters for the validator to report.
    return normalize_nip(s) if re.fullmatch(r"[0-9\s.\-]*", s, re.ASCII) else s


def _email(text: str) -> str:
    s = text.strip()
    try:
        return validation.check_email(s) if s else s
    except validation.ValidationError:
        return s


def normalized(c: ComplaintInput) -> ComplaintInput:
    """The complaint tidied for storage: nothing is lost, nothing is invented.

    Strings trimmed (single-line fields also collapse inner whitespace; the
    chronology and the address keep their lines, with CRLF turned into LF),
    phone as ``+62…`` when valid, e-mail domain lower-cased, NIP digits only,
    evidence links and documents trimmed with empty and repeated ones dropped.
    """
    r, a = c.reporter, c.accused
    return replace(
        c,
        reporter=replace(
            r,
            name=_line(r.name),
            phone=validation.normalize_phone(r.phone),
            email=_email(r.email),
            consent_to_contact=r.consent_to_contact and not r.anonymous,
            address="\n".join(
                _line(line) for line in _NEWLINES_RE.sub("\n", r.address).strip().split("\n")),
        ),
        complaint_type=c.complaint_type.strip(),
        accused=replace(
            a,
            name=_line(a.name),
            nip=_nip(a.nip),
            position=_line(a.position),
            unit=_line(a.unit),
        ),
        location=_line(c.location),
        chronology=_NEWLINES_RE.sub("\n", c.chronology).strip(),
        evidence_links=_distinct(c.evidence_links, str.strip),
        documents=_distinct(c.documents, _line),
    )


def _distinct(items: Iterable[str], tidy: Any) -> tuple[str, ...]:
    """Tidied, empty and repeated ones dropped, in their order."""
    kept: list[str] = []
    for item in items:
        s = tidy(item)
        if s and s not in kept:
            kept.append(s)
    return tuple(kept)
