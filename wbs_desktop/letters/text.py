"""Turning user text into something reportlab can draw faithfully.

reportlab draws characters left to right, one glyph per character, with no
shaping and no bidirectional layout. Two consequences handled here:

* Right-to-left runs (Arabic, Hebrew) are reordered into visual order, and
  Arabic letters are replaced by their contextual presentation forms
  (isolated / initial / medial / final, lam-alef ligatures), derived from the
  Unicode character database so no table is kept by hand. PDF text extractors
  (pypdf, pdfium) put RTL runs back into logical order; the Arabic comes back
  as presentation forms, which NFKC-normalise to the letters typed.
* Characters that must never reach the PDF are cleaned first: control
  characters (except newlines), unpaired surrogates, and invisible format
  characters (zero-width joiners, variation selectors) that no font draws.

Pure functions, no reportlab import.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# --- cleaning -------------------------------------------------------------

_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\x0b|\x0c|\x85")
_SURROGATE = re.compile(r"[\ud800-\udfff]")

#: Invisible format characters dropped after shaping: they select glyph
#: variants (emoji presentation, skin-tone joins) that a monochrome font
#: without shaping cannot honour, and a glyph-less character would print as a box.
_DROP_AFTER_SHAPING = frozenset(
    [
        *(0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF, 0xFFA0),
        *range(0x180B, 0x1810),  # Mongolian variation selectors
        *range(0x200B, 0x2010),  # zero-width space/joiners, LRM/RLM
        *range(0x202A, 0x202F),  # bidi embeddings and overrides
        *range(0x2060, 0x2070),  # word joiner, invisible operators, bidi isolates
        *range(0xFE00, 0xFE10),  # variation selectors (emoji/text presentation)
        *range(0xFFF0, 0xFFF9),
        *range(0x1BCA0, 0x1BCA4),
        *range(0x1D173, 0x1D17B),
        *range(0xE0000, 0xE1000),  # tags, variation selectors supplement
    ]
)


def clean(text: str) -> str:
    """Normalise user text: NFC, ``\\n`` line ends, no controls or lone surrogates.

    Tabs become spaces; other C0/C1 controls are removed; unpaired surrogates
    (possible in str objects built from broken data) become U+FFFD.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected text, got {type(text).__name__}")
    text = _SURROGATE.sub("\ufffd", text)
    text = _NEWLINES.sub("\n", text)
    text = text.replace("\t", " ")
    text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) != "Cc")
    return unicodedata.normalize("NFC", text)


def drop_invisible(text: str) -> str:
    """Remove invisible format characters that would otherwise print as boxes."""
    return "".join(ch for ch in text if ord(ch) not in _DROP_AFTER_SHAPING)


# --- Arabic shaping ---------------------------------------------------------

_FORM_TAGS = ("<isolated>", "<final>", "<initial>", "<medial>")
_ALEFS = (0x0622, 0x0623, 0x0625, 0x0627)  # alef with madda / hamza above / hamza below / alef


@functools.cache
def _arabic_tables() -> tuple[dict[int, dict[str, int]], dict[tuple[int, int], dict[str, int]]]:
    """(letter -> {form: presentation code point}, (lam, alef) -> {form: ligature})."""
    forms: dict[int, dict[str, int]] = {}
    ligatures: dict[tuple[int, int], dict[str, int]] = {}
    for cp in list(range(0xFB50, 0xFDFF)) + list(range(0xFE70, 0xFEFF)):
        decomposition = unicodedata.decomposition(chr(cp)).split()
        if len(decomposition) < 2 or decomposition[0] not in _FORM_TAGS:
            continue
        form = decomposition[0][1:-1]
        parts = tuple(int(p, 16) for p in decomposition[1:])
        if len(parts) == 1:
            forms.setdefault(parts[0], {}).setdefault(form, cp)
        elif len(parts) == 2 and parts[0] == 0x0644 and parts[1] in _ALEFS:  # lam-alef only
            ligatures.setdefault((parts[0], parts[1]), {}).setdefault(form, cp)
    return forms, ligatures


_TATWEEL = 0x0640
_ZWJ = 0x200D


def _joining_type(cp: int) -> str:
    """'D' dual-joining, 'R' right-joining, 'C' join-causing, 'T' transparent, 'U' none."""
    if cp in (_TATWEEL, _ZWJ):
        return "C"
    forms = _arabic_tables()[0].get(cp)
    if forms is not None:
        if "initial" in forms or "medial" in forms:
            return "D"
        if "final" in forms:
            return "R"
        return "U"
    if unicodedata.category(chr(cp)) in ("Mn", "Me", "Cf") and cp != 0x200C:
        return "T"
    return "U"


def shape_arabic(text: str) -> str:
    """Replace Arabic letters by their contextual presentation forms (logical order kept)."""
    forms, ligatures = _arabic_tables()
    cps = [ord(c) for c in text]
    types = [_joining_type(cp) for cp in cps]
    n = len(cps)

    def neighbour(i: int, step: int) -> str:
        j = i + step
        while 0 <= j < n and types[j] == "T":
            j += step
        return types[j] if 0 <= j < n else "U"

    out: list[str] = []
    i = 0
    while i < n:
        cp, jt = cps[i], types[i]
        if jt not in ("D", "R"):
            out.append(chr(cp))
            i += 1
            continue
        joins_prev = neighbour(i, -1) in ("D", "C")
        # lam + alef: one ligature glyph, which only joins on its right side
        if cp == 0x0644:
            j = i + 1
            while j < n and types[j] == "T":
                j += 1
            if j < n and (cp, cps[j]) in ligatures:
                lig = ligatures[(cp, cps[j])]
                form = "final" if joins_prev and "final" in lig else "isolated"
                out.append(chr(lig.get(form, lig.get("isolated", cp))))
                out.extend(chr(c) for c in cps[i + 1 : j])  # marks on the lam
                i = j + 1
                continue
        joins_next = jt == "D" and neighbour(i, +1) in ("D", "R", "C")
        if joins_prev and joins_next:
            form = "medial"
        elif joins_prev:
            form = "final"
        elif joins_next:
            form = "initial"
        else:
            form = "isolated"
        letter_forms = forms.get(cp, {})
        out.append(chr(letter_forms.get(form, letter_forms.get("isolated", cp))))
        i += 1
    return "".join(out)


# --- bidirectional reordering ---------------------------------------------

_RTL_CLASSES = frozenset({"R", "AL"})
_NEUTRAL_CLASSES = frozenset({"WS", "ON", "CS", "ES", "ET", "EN", "AN", "NSM", "BN", "S"})
_NUMBER_CLASSES = frozenset({"EN", "AN"})
_MIRRORED_PAIRS = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<",
                   "«": "»", "»": "«"}  # fmt: skip


def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in _RTL_CLASSES


def has_rtl(text: str) -> bool:
    return any(_is_rtl(ch) for ch in text)


def _reverse_run(run: str) -> str:
    """Visual order of one right-to-left run; digits and Latin stay left to right."""
    tokens: list[str] = []
    for ch in run:
        kind = unicodedata.bidirectional(ch)
        if (
            kind in _NUMBER_CLASSES
            and tokens
            and unicodedata.bidirectional(tokens[-1][-1]) in _NUMBER_CLASSES
        ):
            tokens[-1] += ch
        elif kind == "NSM" and tokens:
            tokens[-1] += ch  # a mark stays after (drawn on) its base letter
        else:
            tokens.append(ch)
    tokens.reverse()
    return "".join(_MIRRORED_PAIRS.get(t, t) for t in tokens)


def visual_segments(line: str) -> list[tuple[bool, str]]:
    """One line (no newline) as (is_rtl, text) segments in visual order for a LTR paragraph.

    Maximal runs that start and end with a right-to-left letter (spaces,
    punctuation and numbers between them included) are shaped and reversed;
    everything else is left as it is. A long RTL run that reportlab later
    wraps over two lines keeps its words in visual order per run, not per line.
    """
    if not has_rtl(line):
        return [(False, line)] if line else []
    segments: list[tuple[bool, str]] = []
    plain: list[str] = []
    i, n = 0, len(line)
    while i < n:
        if not _is_rtl(line[i]):
            plain.append(line[i])
            i += 1
            continue
        if plain:
            segments.append((False, "".join(plain)))
            plain = []
        j = last_rtl = i
        while j < n:
            kind = unicodedata.bidirectional(line[j])
            if kind in _RTL_CLASSES:
                last_rtl = j
            elif kind not in _NEUTRAL_CLASSES:
                break
            j += 1
        end = last_rtl + 1
        # marks right after the last letter belong to it
        while end < n and unicodedata.bidirectional(line[end]) == "NSM":
            end += 1
        segments.append((True, _reverse_run(shape_arabic(line[i:end]))))
        i = end
    if plain:
        segments.append((False, "".join(plain)))
    return segments


def visual_line(line: str) -> str:
    """:func:`visual_segments` joined back into one string."""
    return "".join(text for _, text in visual_segments(line))
