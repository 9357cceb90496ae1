"""Text normalization for keyed look-ups ("other reports on this person").

Two spellings of the same person should give the same key:
``"Drs. H. Ahmad  Yani, S.H., M.Si."`` and ``"ahmad yani"`` both give ``"ahmad yani"``.

Rules of :func:`normalize_person_name`:

* NFKC, casefold, whitespace collapsed;
* academic/religious titles are dropped only where titles are written: *prefix*
  titles (Drs., Dra., Dr., Ir., H., Hj., Prof., …) only at the start of the name,
  *suffix* degrees (S.H., S.E., S.Pd., M.Si., A.Md., …) only after a comma or as
  trailing words (without dots only for unambiguous ones such as SH, SE, SPd).
  So an initial in the middle ("Yohanes H. Lalo") and a surname "Ma" are kept;
* a title is never dropped when it is the only thing left;
* punctuation is dropped (apostrophes vanish, other marks become spaces).
"""

from __future__ import annotations

import re
import unicodedata

#: Titles written before the name (compared without dots).
PREFIX_TITLES: frozenset[str] = frozenset(
    {"drs", "dra", "dr", "drg", "ir", "h", "hj", "prof", "kh", "hc"}
)

#: Degrees written after the name (compared without dots and spaces).
SUFFIX_TITLES: frozenset[str] = frozenset(
    {
        # bachelor (S1) and diploma
        "sh", "se", "spd", "ssos", "skom", "st", "ssi", "sag", "sip", "skm", "sked",
        "sfarm", "sp", "spt", "ssn", "ss", "sth", "stp", "sikom", "sak", "sthi", "spsi",
        "shum", "sgz", "skep", "sds", "sm", "amd", "amdkeb", "amdkep", "amdkes", "amdpar",
        # master (S2) and doctorate (S3)
        "msi", "mm", "mpd", "mh", "mt", "mkes", "msc", "ma", "mba", "mag", "mkom", "mak",
        "map", "mhum", "msos", "mph", "mth", "mpsi", "phd", "llm", "meng",
        # professional
        "ners", "apt", "spog", "spa", "sppd", "akt", "cpa",
    }
)  # fmt: skip

#: Degrees also recognised as a trailing word *without* dots ("Ahmad Yani SH").
#: Short forms that are also real names (Ma, Sp, Ss, …) need their dots there.
DOTLESS_SUFFIX_TITLES: frozenset[str] = frozenset(
    {
        "sh", "se", "spd", "ssos", "skom", "st", "ssi", "sag", "sip", "skm", "sked", "sthi",
        "amd", "msi", "mm", "mpd", "mh", "mkes", "mkom", "msc", "mba", "mhum", "phd",
    }
)  # fmt: skip

_APOSTROPHES = "'\u2019\u2018\u02bc`"


def _bare(token: str) -> str:
    """The token without dots, spaces and other punctuation, for title comparison."""
    return "".join(ch for ch in token if ch.isalnum())


def _strip_punctuation(text: str) -> str:
    out = []
    for ch in text:
        if ch in _APOSTROPHES:
            continue
        cat = unicodedata.category(ch)
        out.append(" " if cat[0] in "PSZ" or cat == "Cc" else ch)
    return "".join(out)


def _is_trailing_title(token: str) -> bool:
    bare = _bare(token)
    return bare in DOTLESS_SUFFIX_TITLES or ("." in token and bare in SUFFIX_TITLES)


def normalize_person_name(name: str) -> str:
    """A look-up key for a person's name: no titles, no punctuation, casefolded."""
    text = " ".join(unicodedata.normalize("NFKC", name).casefold().split())
    head, *tail = text.split(",")
    # After the first comma: drop segments that are degrees, keep anything else.
    kept_tail = [seg for seg in tail if _bare(seg) and _bare(seg) not in SUFFIX_TITLES]
    tokens = head.split()
    for seg in kept_tail:
        tokens.extend(seg.split())
    # Prefix titles at the start ("Drs. H. Ahmad …", "Dr.Ir. Budi").
    expanded: list[str] = []
    for i, token in enumerate(tokens):
        parts = token.split(".") if i == 0 and "." in token.rstrip(".") else [token]
        expanded.extend(p for p in parts if p)
    tokens = expanded
    while len(tokens) > 1 and _bare(tokens[0]) in PREFIX_TITLES:
        tokens.pop(0)
    # Trailing degrees without a comma ("Ahmad Yani SH", "Ahmad Yani S.Pd.").
    while len(tokens) > 1 and _is_trailing_title(tokens[-1]):
        tokens.pop()
    return " ".join(_strip_punctuation(" ".join(tokens)).split())


def normalize_nip(text: str) -> str:
    """Only the digits 0–9 of ``text`` (full-width digits count, after NFKC)."""
    return re.sub(r"[^0-9]", "", unicodedata.normalize("NFKC", text))


def has_control_character(text: str) -> bool:
    """True when ``text`` holds a control character (NUL, escape, …): never typed in a
    name, register number or search by a person; PostgreSQL refuses NUL outright."""
    import unicodedata

    return any(unicodedata.category(ch) == "Cc" for ch in text)
