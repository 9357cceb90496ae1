"""Fixed lists: how a complaint arrived (channels) and the kinds of complaint."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Channel(StrEnum):
    WEB = "web"  # Formulir web
    PAPER = "paper"  # Surat / formulir kertas
    EMAIL = "email"  # Surel
    PHONE = "phone"  # Telepon
    WALK_IN = "walk_in"  # Datang langsung


CHANNEL_LABELS_ID: dict[Channel, str] = {
    Channel.WEB: "Formulir web",
    Channel.PAPER: "Surat/formulir kertas",
    Channel.EMAIL: "Surel (e-mail)",
    Channel.PHONE: "Telepon",
    Channel.WALK_IN: "Datang langsung",
}

CHANNEL_LABELS_EN: dict[Channel, str] = {
    Channel.WEB: "Web form",
    Channel.PAPER: "Paper letter/form",
    Channel.EMAIL: "E-mail",
    Channel.PHONE: "Telephone",
    Channel.WALK_IN: "In person",
}

assert set(CHANNEL_LABELS_ID) == set(Channel) == set(CHANNEL_LABELS_EN)


@dataclass(frozen=True, slots=True)
class ComplaintType:
    """A kind of complaint (jenis pengaduan); ``code`` is stable, labels are editable."""

    code: str
    label_id: str
    label_en: str


OTHER_TYPE_CODE = "other"

OTHER_TYPE = ComplaintType(OTHER_TYPE_CODE, "Lainnya", "Other")

DEFAULT_COMPLAINT_TYPES: tuple[ComplaintType, ...] = (
    ComplaintType("abuse_of_authority", "Penyalahgunaan wewenang", "Abuse of authority"),
    ComplaintType("bribery_gratification", "Suap/gratifikasi", "Bribery/gratification"),
    ComplaintType("discipline_violation", "Pelanggaran disiplin", "Breach of discipline"),
    ComplaintType("conflict_of_interest", "Benturan kepentingan", "Conflict of interest"),
    ComplaintType("code_of_ethics", "Pelanggaran kode etik", "Breach of the code of ethics"),
    ComplaintType("illegal_levies", "Pungutan liar", "Illegal levies"),
    OTHER_TYPE,
)


def ensure_other(types: Iterable[ComplaintType]) -> tuple[ComplaintType, ...]:
    """The types in order, without repeated codes, with ``other`` last if it was missing."""
    seen: set[str] = set()
    result: list[ComplaintType] = []
    for t in types:
        if t.code not in seen:
            seen.add(t.code)
            result.append(t)
    if OTHER_TYPE_CODE not in seen:
        result.append(OTHER_TYPE)
    return tuple(result)


def find_complaint_type(
    code: str, types: Iterable[ComplaintType] = DEFAULT_COMPLAINT_TYPES
) -> ComplaintType | None:
    """The type with this code, or None."""
    return next((t for t in types if t.code == code), None)
