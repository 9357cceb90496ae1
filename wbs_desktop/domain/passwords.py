"""The password policy: at least 10 characters, not the user name, and strong by
zxcvbn's estimate (score 3 of 4: about 10^8 guesses or more) once the office's
own words are counted as known (bkd, ntt, kupang, inspektorat, the office's name,
the user's names).

zxcvbn is Dropbox's estimator (the Python port, kept on PyPI): it recognises
common passwords, names and words, keyboard patterns, repeats, sequences and
dates, and estimates the guesses for the cheapest combination of them. Its own
feedback is English only, so the reason we give is a code (translated by the
GUI and the CLI), chosen from the pattern that made the password guessable.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import cast

from wbs_desktop.domain.errors import DomainError

MIN_LENGTH = 10
#: zxcvbn's score (0–4) a password needs: 3 = "safely unguessable" (≥ 10^8 guesses).
MIN_SCORE = 3
#: zxcvbn refuses longer inputs (and its cost grows with length); a longer
#: password is judged by its first 72 characters, which is already plenty.
_ESTIMATE_LENGTH = 72

#: Words anybody guessing at this office would try first.
OFFICE_WORDS = (
    "bkd", "ntt", "kupang", "inspektorat", "inspeksi", "pemeriksa", "pengaduan", "wbs",
    "whistleblowing", "badan", "kepegawaian", "daerah", "provinsi", "nusa", "tenggara",
    "timur", "pegawai", "kantor", "rahasia", "katasandi", "admin", "administrator",
)

#: Reasons, in the order they are reported when several apply.
REASONS = (
    "too_short",
    "same_as_username",
    "office_words",
    "too_common",
    "keyboard_pattern",
    "repeated",
    "sequence",
    "dates",
    "too_weak",
)


#: The reasons in plain English (the CLI prints these; the GUI translates the codes).
REASON_TEXT = {
    "too_short": f"the password is too short (at least {MIN_LENGTH} characters)",
    "same_as_username": "the password must not be the user name",
    "office_words": "the password is built on words anyone would try here (the office, the "
    "city, the user's names): add unrelated words",
    "too_common": "this password is too common; choose another",
    "keyboard_pattern": "keys next to each other on the keyboard are easy to guess",
    "repeated": "repeated characters or groups (like 1212) are easy to guess",
    "sequence": "sequences (like abcd or 12345) are easy to guess",
    "dates": "dates and years are easy to guess",
    "too_weak": "this password is too easy to guess: use three or four unrelated words, "
    "or a longer one",
}


class PasswordPolicyViolation(DomainError):
    code = "password_policy"


def _words_of(texts: Iterable[str]) -> list[str]:
    """The user names, full names and office name, whole and word by word."""
    words: list[str] = []
    for text in texts:
        folded = unicodedata.normalize("NFKC", text or "").casefold().strip()
        if not folded:
            continue
        words.append(folded)
        words.extend(w for w in re.split(r"[^\w]+", folded) if len(w) >= 3)
    return words


def password_problem(
    password: str, *, username: str = "", personal: Iterable[str] = ()
) -> str | None:
    """The reason code (see REASONS) why ``password`` is refused, or None when it
    is accepted. ``personal``: the user's full name, the office name, …"""
    if len(password) < MIN_LENGTH:
        return "too_short"
    folded = unicodedata.normalize("NFKC", password).casefold()
    name = username.casefold().strip()
    core = folded.rstrip("0123456789!@#$%^&*.?_- ")
    # The user name itself, or the user name with a few characters added.
    contains_name = len(name) >= 4 and name in folded and len(folded) - len(name) < 4
    if name and (folded == name or core == name or contains_name):
        return "same_as_username"
    from zxcvbn import zxcvbn

    inputs = [*OFFICE_WORDS, *_words_of([username, *personal])]
    result = zxcvbn(password[:_ESTIMATE_LENGTH], user_inputs=inputs)
    if int(result["score"]) < MIN_SCORE:
        return _reason(cast("Sequence[Mapping[str, object]]", result.get("sequence") or []))
    # zxcvbn still credits the separators and digits around known words
    # ("bkd-ntt-2026" scores 4): what is left once the office's words and the
    # user's names are taken out must be strong on its own.
    rest = _without_words(password[:_ESTIMATE_LENGTH], inputs)
    if rest != password[:_ESTIMATE_LENGTH] and int(zxcvbn(rest)["score"]) < MIN_SCORE:
        return "office_words"
    return None


def _without_words(password: str, words: Iterable[str]) -> str:
    folded = password.casefold()
    keep = [True] * len(password)
    for word in sorted(set(words), key=len, reverse=True):
        if len(word) < 3 or len(word) != len(word.casefold()):
            continue
        start = folded.find(word)
        while start >= 0:
            for i in range(start, start + len(word)):
                keep[i] = False
            start = folded.find(word, start + 1)
    return "".join(ch for ch, k in zip(password, keep, strict=True) if k)


def _reason(sequence: Sequence[Mapping[str, object]]) -> str:
    """The pattern that made the password guessable: the one covering the most of it."""
    found: dict[str, int] = {}
    for match in sequence:
        pattern = str(match.get("pattern", ""))
        token_len = len(str(match.get("token", "")))
        if pattern == "dictionary":
            source = str(match.get("dictionary_name", ""))
            reason = "office_words" if source == "user_inputs" else "too_common"
        elif pattern == "spatial":
            reason = "keyboard_pattern"
        elif pattern == "repeat":
            reason = "repeated"
        elif pattern == "sequence":
            reason = "sequence"
        elif pattern in ("date", "regex"):
            reason = "dates"
        else:
            continue
        found[reason] = found.get(reason, 0) + token_len
    if not found:
        return "too_weak"
    if found.get("office_words"):
        return "office_words"  # the office's own words are named whenever they are in it
    best = max(found.values())
    return next(r for r in REASONS if found.get(r) == best)


def check_password(
    password: str, *, username: str = "", personal: Iterable[str] = ()
) -> None:
    """Raise PasswordPolicyViolation (its code one of REASONS) when the password
    breaks the policy."""
    problem = password_problem(password, username=username, personal=personal)
    if problem is not None:
        raise PasswordPolicyViolation(
            REASON_TEXT[problem],
            code=problem,
            minimum=MIN_LENGTH,
        )
