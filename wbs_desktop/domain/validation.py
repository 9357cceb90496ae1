"""Validators for single values: phone numbers, e-mail addresses, evidence links and NIPs.

Each ``check_*`` returns the normalized value or raises :class:`ValidationError`
with a stable ``code`` (listed in :data:`ERROR_CODES`) and the ``field`` it concerns.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from urllib.parse import urlsplit

from wbs_desktop.domain.dates import office_today
from wbs_desktop.domain.errors import DomainError

ERROR_CODES: tuple[str, ...] = (
    # phone
    "phone_required",
    "phone_bad_characters",
    "phone_international_length",
    "phone_bad_prefix",
    "phone_bad_length",
    # e-mail
    "email_required",
    "email_too_long",
    "email_whitespace",
    "email_at_sign",
    "email_bad_local_part",
    "email_bad_domain",
    # evidence links
    "link_required",
    "link_too_long",
    "link_bad_characters",
    "link_relative",
    "link_scheme_not_allowed",
    "link_no_host",
    "link_credentials",
    "link_bad_port",
    # NIP
    "nip_required",
    "nip_bad_characters",
    "nip_bad_length",
    "nip_bad_birth_date",
    "nip_bad_appointment_date",
    "nip_bad_gender",
    "nip_bad_sequence",
)

EMAIL_MAX_LENGTH = 254
LINK_MAX_LENGTH = 2000
ALLOWED_LINK_SCHEMES = frozenset({"http", "https"})


class ValidationError(DomainError):
    """A single value is invalid; ``field`` names it, ``code`` says why."""

    code = "invalid"

    def __init__(self, message: str, *, code: str, field: str = "", **params: object) -> None:
        super().__init__(message, code=code, **params)
        self.field = field


# --- phone ---------------------------------------------------------------------

_PHONE_ALLOWED_RE = re.compile(r"\+?[0-9 .()\-]+", re.ASCII)
_MOBILE_LENGTHS = range(10, 14)  # digits in the national form 08xx...
_LANDLINE_LENGTHS = range(9, 13)  # digits in the national form 0area-subscriber
_E164_MAX = 15  # digits of an international number, country code included


def _phone_error(text: str, code: str, message: str, field: str) -> ValidationError:
    return ValidationError(message, code=code, field=field, text=text)


def check_phone(text: str, *, field: str = "phone") -> str:
    """Validate a phone number and return it as ``+62…`` (digits only).

    Mobile: ``08xx…``, ``+628xx…``, ``628xx…`` with 10–13 digits in the national
    form (``08…``). Landline: area code and subscriber, e.g. ``(0380) 821234``,
    ``0380-821234``, ``+62 380 821234`` (9–12 national digits). Spaces, dashes,
    dots and parentheses are allowed as separators; ``+62 (0)812…`` is accepted.
    A number of another country is written with ``+`` and its country code
    (``+61 8 8123 4567``, ``+670 7723 4567``: reporters in Timor-Leste and
    Australia) and kept as ``+`` and its 8–15 digits (E.164).
    """
    s = text.strip() if isinstance(text, str) else ""
    if not s:
        raise _phone_error(s, "phone_required", "a phone number is required", field)
    if not _PHONE_ALLOWED_RE.fullmatch(s):
        raise _phone_error(
            s,
            "phone_bad_characters",
            "a phone number may contain only digits, spaces, dashes, dots, parentheses "
            "and a leading +",
            field,
        )
    digits = re.sub(r"[^0-9]", "", s)
    if s.startswith("+") and not digits.startswith("62"):
        return _international(s, digits, field)
    if digits.startswith("62"):
        national = digits[2:]
        if national.startswith("0"):  # "+62 (0)812…"
            national = national[1:]
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        raise _phone_error(
            s,
            "phone_bad_prefix",
            "an Indonesian number starts with 0, 62 or +62 (e.g. 0812…, 0380…)",
            field,
        )
    if not national or national[0] in "01":
        raise _phone_error(
            s, "phone_bad_prefix", "the number after the 0 must be a mobile or area code", field
        )
    length = len(national) + 1  # counted in the national form with its leading 0
    if national.startswith("8"):
        allowed, kind = _MOBILE_LENGTHS, "mobile"
    else:
        allowed, kind = _LANDLINE_LENGTHS, "landline"
    if length not in allowed:
        raise ValidationError(
            f"a {kind} number has {allowed.start}–{allowed.stop - 1} digits "
            f"(written 0…), this one has {length}",
            code="phone_bad_length",
            field=field,
            text=s,
            digits=length,
            min=allowed.start,
            max=allowed.stop - 1,
        )
    return "+62" + national


def _international(text: str, digits: str, field: str) -> str:
    """``+`` and a country code other than Indonesia's: E.164's 8–15 digits."""
    if digits.startswith("0"):
        raise _phone_error(
            text, "phone_bad_prefix", "after the + comes the country code (e.g. +61, +670)", field
        )
    if not 8 <= len(digits) <= _E164_MAX:
        raise ValidationError(
            f"an international number has 8–{_E164_MAX} digits after the +, "
            f"this one has {len(digits)}",
            code="phone_international_length",
            field=field,
            text=text,
            digits=len(digits),
            min=8,
            max=_E164_MAX,
        )
    return "+" + digits


def normalize_phone(text: str) -> str:
    """Best effort: the ``+62…`` form of a valid number, else the trimmed text unchanged.

    Never raises; use :func:`check_phone` to validate.
    """
    try:
        return check_phone(text)
    except ValidationError:
        return text.strip() if isinstance(text, str) else text


# --- e-mail --------------------------------------------------------------------

_LOCAL_FORBIDDEN = frozenset('()<>[]\\,;:"@')
_DOMAIN_LABEL_RE = re.compile(r"[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?")
_TLD_RE = re.compile(r"[^\W\d_]{2,63}|xn--[a-z0-9-]{1,59}")


def _has_space_or_control(s: str) -> bool:
    return any(ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in s)


def check_email(text: str, *, field: str = "email") -> str:
    """Practical e-mail validation; returns the address with its domain lower-cased.

    One ``@``, a non-empty local part without spaces or quoting, a domain with at
    least one dot and a letter top-level domain, at most 254 characters.
    """
    s = text.strip() if isinstance(text, str) else ""
    if not s:
        raise ValidationError("an e-mail address is required", code="email_required", field=field)
    if len(s) > EMAIL_MAX_LENGTH:
        raise ValidationError(
            f"an e-mail address has at most {EMAIL_MAX_LENGTH} characters",
            code="email_too_long",
            field=field,
            max=EMAIL_MAX_LENGTH,
        )
    if _has_space_or_control(s):
        raise ValidationError(
            "an e-mail address cannot contain spaces or control characters",
            code="email_whitespace",
            field=field,
        )
    if s.count("@") != 1:
        raise ValidationError(
            "an e-mail address has exactly one @", code="email_at_sign", field=field
        )
    local, domain = s.split("@")
    if (
        not local
        or len(local) > 64
        or local.startswith(".")
        or local.endswith(".")
        or ".." in local
        or any(ch in _LOCAL_FORBIDDEN for ch in local)
    ):
        raise ValidationError(
            "the part before the @ is not valid", code="email_bad_local_part", field=field
        )
    domain = domain.lower()
    labels = domain.split(".")
    if (
        len(labels) < 2
        or len(domain) > 253
        or not all(_DOMAIN_LABEL_RE.fullmatch(label) for label in labels)
        or not _TLD_RE.fullmatch(labels[-1])
    ):
        raise ValidationError(
            "the part after the @ must be a domain such as example.go.id",
            code="email_bad_domain",
            field=field,
        )
    return f"{local}@{domain}"


# --- evidence links ------------------------------------------------------------

_HOST_RE = re.compile(r"[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)*\.?")


def check_evidence_link(text: str, *, field: str = "evidence_link") -> str:
    """Validate a link to evidence: absolute http(s) with a host, no credentials.

    Returns the link trimmed. Refuses other schemes (javascript:, file:, data:,
    vbscript:, ftp: …), relative links, user:password@ and any whitespace or
    control/format character inside the link.
    """
    s = text.strip() if isinstance(text, str) else ""
    if not s:
        raise ValidationError("the link is empty", code="link_required", field=field)
    if len(s) > LINK_MAX_LENGTH:
        raise ValidationError(
            f"a link has at most {LINK_MAX_LENGTH} characters",
            code="link_too_long",
            field=field,
            max=LINK_MAX_LENGTH,
        )
    if _has_space_or_control(s) or "\\" in s:
        raise ValidationError(
            "a link cannot contain spaces, backslashes or control characters",
            code="link_bad_characters",
            field=field,
        )
    try:
        parts = urlsplit(s)
    except ValueError:  # e.g. an unclosed "[" in an IPv6 host
        raise ValidationError(
            "the link's host is not valid", code="link_no_host", field=field
        ) from None
    scheme = parts.scheme.lower()
    if not scheme:
        raise ValidationError(
            "the link must be complete, starting with https:// or http://",
            code="link_relative",
            field=field,
        )
    if scheme not in ALLOWED_LINK_SCHEMES:
        raise ValidationError(
            f"links must start with https:// or http://, not {scheme}:",
            code="link_scheme_not_allowed",
            field=field,
            scheme=scheme,
        )
    if not s[len(parts.scheme) + 1 :].startswith("//") or not parts.netloc:
        raise ValidationError("the link has no host", code="link_no_host", field=field)
    if "@" in parts.netloc:
        raise ValidationError(
            "a link cannot contain a user name or password",
            code="link_credentials",
            field=field,
        )
    try:
        hostname = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise ValidationError(
            "the link's port is not valid", code="link_bad_port", field=field
        ) from None
    if not hostname or not (":" in hostname or _HOST_RE.fullmatch(hostname)):
        raise ValidationError("the link has no host", code="link_no_host", field=field)
    return s


# --- NIP -----------------------------------------------------------------------

NIP_LENGTH = 18
NIP_MIN_BIRTH_YEAR = 1930
NIP_MIN_APPOINTMENT_AGE = 16  # years; appointment before this age is implausible


def check_nip(text: str, *, field: str = "nip", today: date | None = None) -> str:
    """Validate a civil servant's NIP and return its 18 digits.

    Structure: ``YYYYMMDD`` birth date, ``YYYYMM`` appointment (TMT CPNS), ``G``
    gender (1 male, 2 female), ``NNN`` sequence (001–999). Spaces, dots and
    dashes in the input are ignored. The dates must be real and plausible: birth
    from 1930, appointment at least 16 years after birth, neither in the future.
    """
    s = text.strip() if isinstance(text, str) else ""
    if not s:
        raise ValidationError("the NIP is empty", code="nip_required", field=field)
    if not re.fullmatch(r"[0-9 .\-]+", s, re.ASCII):
        raise ValidationError("a NIP contains only digits", code="nip_bad_characters", field=field)
    digits = re.sub(r"[^0-9]", "", s)
    if len(digits) != NIP_LENGTH:
        raise ValidationError(
            f"a NIP has {NIP_LENGTH} digits, this one has {len(digits)}",
            code="nip_bad_length",
            field=field,
            digits=len(digits),
        )
    today = today or office_today()
    try:
        birth = date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        birth = None
    if birth is None or birth.year < NIP_MIN_BIRTH_YEAR or birth > today:
        raise ValidationError(
            "the first 8 digits of a NIP are a birth date (YYYYMMDD)",
            code="nip_bad_birth_date",
            field=field,
        )
    year, month = int(digits[8:12]), int(digits[12:14])
    if (
        not 1 <= month <= 12
        or (year, month) > (today.year, today.month)
        or (year, month) < (birth.year + NIP_MIN_APPOINTMENT_AGE, birth.month)
    ):
        raise ValidationError(
            "digits 9–14 of a NIP are the appointment year and month (YYYYMM), "
            f"at least {NIP_MIN_APPOINTMENT_AGE} years after birth",
            code="nip_bad_appointment_date",
            field=field,
        )
    if digits[14] not in "12":
        raise ValidationError(
            "digit 15 of a NIP is 1 (male) or 2 (female)", code="nip_bad_gender", field=field
        )
    if digits[15:] == "000":
        raise ValidationError(
            "the last 3 digits of a NIP are a sequence number from 001",
            code="nip_bad_sequence",
            field=field,
        )
    return digits
