"""The guard that keeps the reporter out of letters to the accused and to
witnesses, comparing normalized text:

- phone numbers by their digits only, with and without +62/62/0, however the
  letter writes them (spaces, dashes, dots, brackets);
- the name by its casefolded tokens of three or more letters (titles and
  degrees left out), so a part of the name is caught too; quotes and
  apostrophes of every kind and spacing normalized ("D’Souza", "D'Souza",
  "D Souza" for ``D"Souza``);
- the e-mail by its local part (the address whole, too);
- the tracking code with and without its dashes;
- the postal address by each of its lines of eight or more characters
  ("Jl. Timor Raya No. 5"), normalized.

A name token that is also in the addressee's own name (a family name shared
by the accused, common in NTT) is not counted: the addressee is named anyway.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from wbs_desktop.domain.text import PREFIX_TITLES, SUFFIX_TITLES

_QUOTES = re.compile(
    "['\"`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00b4\u02bc\u2032\u2033]"
)
_DIGIT_RUN = re.compile(r"\+?\d[\d\s\-./()\u2010-\u2015]*\d")
_WORD = re.compile(r"[^\W\d_]+")

MIN_NAME_TOKEN = 3
MIN_PHONE_DIGITS = 6
MIN_EMAIL_LOCAL = 4
MIN_ADDRESS_LINE = 8  # shorter lines ("Kupang") name a town, not the reporter


def normalize(text: str) -> str:
    """NFKC, casefolded, quotes removed, whitespace collapsed to one space."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _QUOTES.sub("", text)
    return " ".join(text.split())


def name_tokens(name: str) -> set[str]:
    tokens = set(_WORD.findall(normalize(name)))
    titles = PREFIX_TITLES | SUFFIX_TITLES
    return {t for t in tokens if len(t) >= MIN_NAME_TOKEN and t not in titles}


def phone_core(phone: str) -> str:
    """The national significant number: digits only, without +62 / 62 / 0."""
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("62"):
        digits = digits[2:]
    return digits.lstrip("0")


@dataclass(frozen=True, slots=True)
class Finding:
    what: str  # "name", "phone", "email", "tracking", "address"


def find_reporter(
    texts: Iterable[str],
    *,
    name: str,
    phone: str = "",
    email: str = "",
    tracking: str = "",
    addressee_names: Iterable[str] = (),
    address: str = "",
) -> Finding | None:
    """The first sign of the reporter in ``texts`` (every field of a letter), or None."""
    fields = [t for t in texts if t]
    joined = "\n".join(normalize(t) for t in fields)
    words = set(_WORD.findall(joined))
    allowed = set().union(*(name_tokens(n) for n in addressee_names)) if addressee_names else set()
    if (name_tokens(name) - allowed) & words:
        return Finding("name")
    core = phone_core(phone)
    if len(core) >= MIN_PHONE_DIGITS:
        for field in fields:
            for run in _DIGIT_RUN.findall(field):
                if core in re.sub(r"\D", "", run):
                    return Finding("phone")
    mail = normalize(email)
    local = mail.partition("@")[0]
    if mail and mail in joined:
        return Finding("email")
    if len(local) >= MIN_EMAIL_LOCAL and local in joined:
        return Finding("email")
    code = normalize(tracking)
    if len(code) >= 4 and (code in joined or code.replace("-", "") in joined.replace("-", "")):
        return Finding("tracking")
    for line in address.splitlines():
        street = normalize(line)
        if len(street) >= MIN_ADDRESS_LINE and street in joined:
            return Finding("address")
    return None


def strings_of(value: object) -> list[str]:
    """Every string inside a letter's dataclasses, tuples and lists."""
    out: list[str] = []

    def walk(v: object) -> None:
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, tuple | list):
            for item in v:
                walk(item)
        elif isinstance(v, dict):
            for item in v.values():
                walk(item)
        elif hasattr(v, "__dataclass_fields__"):
            for f in v.__dataclass_fields__:
                walk(getattr(v, f))

    walk(value)
    return out
