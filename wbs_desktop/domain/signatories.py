"""Who signs the office's letters: the officials, the forms of signing on
someone's behalf (a.n., Plt., Plh.), and the Tembusan that never copies the
signer. Plain rules, no database.

Tata Naskah Dinas:
- the head signs himself:            "Kepala Badan …,"
- a.n. (atas nama), an official signs for the head:
                                     "a.n. Kepala Badan …" / "Sekretaris,"
- Plt. (pelaksana tugas) and Plh. (pelaksana harian) sign as the head's stand-in:
                                     "Plt. Kepala Badan …,"
Under the room for the signature: the name underlined, the pangkat, "NIP …".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

DEFAULT_HEAD_POSITION = "Kepala Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur"


class SignForm(StrEnum):
    OWN = "own"  # the official signs in their own position
    AN = "a.n."  # atas nama (on behalf of) the head
    PLT = "Plt."  # pelaksana tugas (acting head)
    PLH = "Plh."  # pelaksana harian (daily stand-in)


@dataclass(frozen=True, slots=True)
class Official:
    """An official who may sign: name, NIP, pangkat/golongan, jabatan."""

    key: str  # short and stable, e.g. "kepala", "sekretaris", or "user:12"
    name: str
    nip: str = ""
    rank: str = ""  # pangkat/golongan, e.g. "Pembina Utama Muda (IV/c)"
    position: str = ""  # jabatan

    def to_json(self) -> dict[str, str]:
        return {
            "key": self.key,
            "name": self.name,
            "nip": self.nip,
            "rank": self.rank,
            "position": self.position,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Official:
        return cls(
            key=str(raw.get("key", "")).strip(),
            name=str(raw.get("name", "")).strip(),
            nip=str(raw.get("nip", "")).strip(),
            rank=str(raw.get("rank", "")).strip(),
            position=str(raw.get("position", "")).strip(),
        )


@dataclass(frozen=True, slots=True)
class SignerChoice:
    """Who signs one kind of letter, and in which form."""

    official: str  # Official.key
    form: SignForm = SignForm.OWN

    def to_json(self) -> dict[str, str]:
        return {"official": self.official, "form": self.form.value}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> SignerChoice:
        return cls(str(raw.get("official", "")), SignForm(raw.get("form", SignForm.OWN.value)))


def _line(text: str) -> str:
    return text.strip().rstrip(",").strip()


def signature_position(official: Official, form: SignForm, head_position: str) -> str:
    """The lines above the signature, each ending as the form wants (a comma last)."""
    head = _line(head_position) or DEFAULT_HEAD_POSITION
    own = _line(official.position)
    if form is SignForm.AN:
        return f"a.n. {head}\n{own or '-'},"
    if form is SignForm.PLT:
        return f"Plt. {head},"
    if form is SignForm.PLH:
        return f"Plh. {head},"
    return f"{own or head},"


# --- the Tembusan never copies the signer -----------------------------------------------

_ABBREVIATIONS = {
    "ntt": "nusa tenggara timur",
    "bkd": "badan kepegawaian daerah",
    "prov": "provinsi",
    "kab": "kabupaten",
    "sekda": "sekretaris daerah",
}
_IGNORED = {"yth", "sdr", "bapak", "ibu", "sebagai", "laporan", "di", "tempat", "plt", "plh", "an"}
#: the office's region: "Kepala BKD Provinsi NTT" and "Kepala BKD" are the same person
_IGNORED |= {"provinsi", "nusa", "tenggara", "timur", "kupang"}


def _tokens(text: str) -> set[str]:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"\([^)]*\)", " ", text)  # "(sebagai laporan)"
    words: list[str] = []
    for word in re.findall(r"[^\W_]+", text):
        words.extend(_ABBREVIATIONS.get(word, word).split())
    return {w for w in words if w not in _IGNORED}


def signer_positions(official: Official, form: SignForm, head_position: str) -> list[str]:
    """Whom a letter signed so is from: the head himself for Plt./Plh. and for the head
    signing in their own name, the official's own position in every case."""
    who = [official.position]
    if form in (SignForm.PLT, SignForm.PLH):
        who.append(head_position)
    return [w for w in who if w.strip()]


def tembusan_without_signer(items: tuple[str, ...], signer: list[str]) -> tuple[str, ...]:
    """Drop every copy addressed to the signer: an item whose words (abbreviations
    expanded, "(sebagai laporan)" and forms of address left out) all belong to one of
    the signer's positions."""
    signer_tokens = [_tokens(s) for s in signer if _tokens(s)]
    kept = []
    for item in items:
        words = _tokens(item)
        if words and any(words <= mine for mine in signer_tokens):
            continue
        kept.append(item)
    return tuple(kept)
