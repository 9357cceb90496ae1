"""The office's own letterhead: the kop's lines, the logo, the number pattern
and the default copy list (tembusan) of each letter kind.

All of it prints on letters, so all of it is a setting (``letters.*`` and
``numbering.*``), certified with the office record like every other setting
(services/certificates.py) and written in one audited transaction through
:meth:`SettingsService.put_many`. The logo is stored in the database (base64
in its setting), never as a path to a file on one workstation.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wbs_desktop.domain.dates import office_today
from wbs_desktop.domain.errors import DomainError
from wbs_desktop.domain.numbering import (
    DEFAULT_LETTER_PATTERN,
    DEFAULT_REGISTER_PATTERN,
    NumberParts,
    check_pattern,
    format_number,
)
from wbs_desktop.domain.roles import Action
from wbs_desktop.letters import logo_image
from wbs_desktop.letters.errors import LetterError
from wbs_desktop.letters.kinds import NUMBERED_KINDS
from wbs_desktop.letters.model import Letterhead, LetterKind
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.errors import ServiceError
from wbs_desktop.storage.db import peek_number

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context

LETTERHEAD_KEY = "letters.letterhead"
LOGO_KEY = "letters.logo"
PLACE_KEY = "letters.place"  # where letters are signed ("Kupang, 6 Desember 2026")
CONTACT_KEY = "letters.contact"  # where a reporter brings documents (in the letters' text)
TEMBUSAN_KEY = "letters.tembusan"  # the copy list of a kind without its own
TEMBUSAN_BY_KIND_KEY = "letters.tembusan_by_kind"
LETTER_PATTERN_KEY = "letters.pattern"  # the pattern of a kind without its own
REGISTER_PATTERN_KEY = "numbering.register"
#: The register of complaints: numbered like a letter kind, from its own counter.
REGISTER = "register"

#: The kop's lines, in print order.
KOP_FIELDS: tuple[str, ...] = ("government", "agency", "address", "phone", "email", "website")
MAX_KOP_LENGTH = 200
MAX_TEMBUSAN_LINES = 12
MAX_TEMBUSAN_LENGTH = 200


def kind_pattern_key(kind: str) -> str:
    return REGISTER_PATTERN_KEY if kind == REGISTER else f"numbering.letter.{kind}"


def numbered_kinds() -> tuple[str, ...]:
    """The register, then every numbered letter kind (stable order)."""
    return (REGISTER, *sorted(k.value for k in NUMBERED_KINDS))


@dataclass(frozen=True, slots=True)
class Logo:
    """The stored logo: ``data`` as the administrator gave it, ``printed`` what
    the letters draw (the same bytes, or a PNG made from an SVG)."""

    format: str
    data: bytes
    printed: bytes
    name: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def logo_of(value: Any) -> Logo | None:
    """The logo in a stored ``letters.logo`` value (None: the default emblem)."""
    if not isinstance(value, dict) or not value.get("data"):
        return None
    data = base64.b64decode(value["data"])
    printed = base64.b64decode(value["printed"]) if value.get("printed") else data
    return Logo(str(value.get("format", "")), data, printed, str(value.get("name", "")))


def make_logo(data: bytes, name: str = "") -> Logo:
    """A logo from a file's bytes, checked by content (ServiceError ``letter_bad_logo``)."""
    try:
        fmt = logo_image.logo_format(data)
        printed = logo_image.rasterize_svg(data) if fmt == "svg" else data
    except LetterError as exc:
        raise ServiceError(str(exc), code=exc.code, **exc.params) from exc
    return Logo(fmt, data, printed, name[-120:])


def _logo_value(logo: Logo | None) -> dict[str, str] | None:
    if logo is None:
        return None
    value = {"format": logo.format, "data": base64.b64encode(logo.data).decode(), "name": logo.name}
    if logo.printed != logo.data:
        value["printed"] = base64.b64encode(logo.printed).decode()
    return value


def check_kop(values: dict[str, str]) -> dict[str, str]:
    """The kop's lines, trimmed; ServiceError ``kop_invalid`` (param ``field``)."""
    out: dict[str, str] = {}
    for name in KOP_FIELDS:
        text = str(values.get(name, "") or "").strip()
        if len(text) > MAX_KOP_LENGTH or any(ord(c) < 32 for c in text):
            raise ServiceError(
                f"the letterhead's {name} is too long or has control characters",
                code="kop_invalid",
                field=name,
            )
        out[name] = text
    if not out["agency"]:
        raise ServiceError("the letterhead needs the agency's name", code="kop_invalid",
                           field="agency")
    return out


def check_tembusan(lines: list[str]) -> list[str]:
    out = [str(line).strip() for line in lines if str(line).strip()]
    if len(out) > MAX_TEMBUSAN_LINES or any(
        len(line) > MAX_TEMBUSAN_LENGTH or any(ord(c) < 32 for c in line) for line in out
    ):
        raise ServiceError(
            f"a copy list has at most {MAX_TEMBUSAN_LINES} lines of "
            f"{MAX_TEMBUSAN_LENGTH} characters",
            code="tembusan_invalid",
        )
    return out


@dataclass(frozen=True, slots=True)
class LetterheadSettings:
    """Everything this module edits, as stored (defaults filled in)."""

    kop: dict[str, str]
    place: str
    contact: str
    logo: Logo | None
    patterns: dict[str, str]  # kind (or REGISTER) -> pattern
    tembusan: dict[str, list[str]]  # kind -> copy list (every letter kind)


class LetterheadService:
    def __init__(self, ws: Context) -> None:
        self.ws = ws

    def load(self) -> LetterheadSettings:
        from wbs_desktop.services.letter_store import DEFAULT_LETTER_SETTINGS

        with self.ws.read() as session:
            stored_head = settings_store.get(session, LETTERHEAD_KEY) or {}
            head = {**DEFAULT_LETTER_SETTINGS["letterhead"], **stored_head}
            logo = logo_of(settings_store.get(session, LOGO_KEY))
            default_pattern = (
                settings_store.get(session, LETTER_PATTERN_KEY) or DEFAULT_LETTER_PATTERN
            )
            patterns = {
                kind: settings_store.get(session, kind_pattern_key(kind))
                or (DEFAULT_REGISTER_PATTERN if kind == REGISTER else default_pattern)
                for kind in numbered_kinds()
            }
            default_copies = settings_store.get(session, TEMBUSAN_KEY)
            if default_copies is None:
                default_copies = DEFAULT_LETTER_SETTINGS["tembusan"]
            by_kind = settings_store.get(session, TEMBUSAN_BY_KIND_KEY) or {}
            place = settings_store.get(session, PLACE_KEY) or DEFAULT_LETTER_SETTINGS["place"]
            contact = (
                settings_store.get(session, CONTACT_KEY) or DEFAULT_LETTER_SETTINGS["contact"]
            )
        tembusan = {
            k.value: list(by_kind.get(k.value, default_copies)) for k in LetterKind
        }
        return LetterheadSettings(
            {f: str(head.get(f) or "") for f in KOP_FIELDS},
            str(place),
            str(contact),
            logo,
            patterns,
            tembusan,
        )

    def preview_number(self, kind: str, pattern: str) -> str:
        """The number the next letter of ``kind`` (or the next case) would get
        today with ``pattern``; nothing is taken from the register."""
        from wbs_desktop.services.casefile import REGISTER_COUNTER
        from wbs_desktop.services.letter_store import LETTER_COUNTER

        today = office_today()
        counter = REGISTER_COUNTER if kind == REGISTER else LETTER_COUNTER
        with self.ws.read() as session:
            seq = peek_number(session, counter, today.year) + 1
        try:
            return format_number(pattern, seq=seq, on=today)
        except DomainError as exc:
            raise ServiceError(str(exc), code=exc.code, **exc.params) from exc

    def save(
        self,
        *,
        kop: dict[str, str] | None = None,
        place: str | None = None,
        contact: str | None = None,
        logo: Logo | bool | None = False,
        patterns: dict[str, str] | None = None,
        tembusan: dict[str, list[str]] | None = None,
    ) -> list[str]:
        """Write what changed (``logo``: a Logo, None to go back to the default
        emblem, False to keep it) in one audited transaction; the keys written."""
        self.ws.actor.require(Action.MANAGE_SETTINGS)
        current = self.load()
        values: dict[str, Any] = {}
        details: dict[str, Any] = {}
        if kop is not None:
            checked = check_kop(kop)
            if checked != current.kop:
                values[LETTERHEAD_KEY] = {**checked, "logo_path": None}
        for key, name, text, old, limit in (
            (PLACE_KEY, "place", place, current.place, 60),
            (CONTACT_KEY, "contact", contact, current.contact, MAX_KOP_LENGTH),
        ):
            if text is None:
                continue
            text = " ".join(text.split())
            if not text or len(text) > limit:
                raise ServiceError(
                    f"the letters' {name} needs 1 to {limit} characters",
                    code="kop_invalid",
                    field=name,
                )
            if text != old:
                values[key] = text
        if logo is not False:
            new_logo = logo if isinstance(logo, Logo) else None
            old_sha = current.logo.sha256 if current.logo else None
            new_sha = new_logo.sha256 if new_logo else None
            if old_sha != new_sha:
                values[LOGO_KEY] = _logo_value(new_logo)
                details["logo"] = (
                    {"format": new_logo.format, "sha256": new_sha} if new_logo else "default"
                )
        for kind, pattern in (patterns or {}).items():
            if kind not in numbered_kinds():
                raise ServiceError(f"{kind} is not numbered", code="unknown_letter_kind")
            try:
                check_pattern(pattern)
            except DomainError as exc:
                raise ServiceError(str(exc), code=exc.code, kind=kind, **exc.params) from exc
            if pattern != current.patterns[kind]:
                values[kind_pattern_key(kind)] = pattern
        if tembusan is not None:
            by_kind = {k: check_tembusan(v) for k, v in current.tembusan.items()}
            for kind, lines in tembusan.items():
                if kind not in by_kind:
                    raise ServiceError(f"no letter kind {kind}", code="unknown_letter_kind")
                by_kind[kind] = check_tembusan(lines)
            if by_kind != current.tembusan:
                values[TEMBUSAN_BY_KIND_KEY] = by_kind
        if values:
            self.ws.settings.put_many(values, details=details)
        return sorted(values)


def number_parts(pattern: str) -> NumberParts | None:
    """The fields of a pattern (None: a pattern only the CLI can express)."""
    return NumberParts.from_pattern(pattern)


def letterhead_of(settings: dict[str, Any]) -> Letterhead:
    """The kop as the letter settings say, with the office's stored logo."""
    logo = logo_of(settings.get("logo"))
    return Letterhead(
        **settings["letterhead"], logo_data=logo.printed if logo is not None else None
    )
