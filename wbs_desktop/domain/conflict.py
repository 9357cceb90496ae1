"""Conflict of interest: is this user the accused of the case?

Pure rules, no database. A case's accused (name, NIP) is compared with a
user's full name and NIP:

* **same person** (:func:`same_person`): the same NIP, or the same name once
  normalized (:func:`wbs_desktop.domain.text.normalize_person_name`: case,
  spacing, punctuation, academic and religious titles). The user is never
  given the case's keys, and loses them if it turns out later;
* **near miss** (:func:`near_miss`): not the same by those rules but likely
  the same person — the spacing differs ("Stefanus Lelo" / "StefanusLelo"), an
  initial stands for a name ("K. Tefa" / "Kornelis Tefa"), or one name has
  middle names or initials the other leaves out ("Kornelis Y. Tefa" /
  "Kornelis Tefa"). The administrator is warned, naming the user, before
  assigning; the decision stays theirs (namesakes exist).

A one-word name never makes a near miss (too many namesakes), and two names
must share their first and last word (or the initial of it).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from wbs_desktop.domain.text import normalize_nip, normalize_person_name


class Match(StrEnum):
    NIP = "nip"  # the same NIP
    NAME = "name"  # the same name once normalized
    NEAR = "near"  # a likely variant of the same name


@dataclass(frozen=True, slots=True)
class Person:
    """A name and a NIP as typed (either may be empty)."""

    name: str
    nip: str = ""


def _words(name: str) -> list[str]:
    return normalize_person_name(name).split()


def same_person(accused: Person, user: Person) -> Match | None:
    """NIP or NAME when ``user`` is the accused by the strict rules, else None."""
    a_nip, u_nip = normalize_nip(accused.nip), normalize_nip(user.nip)
    if a_nip and u_nip and a_nip == u_nip:
        return Match.NIP
    a_name, u_name = normalize_person_name(accused.name), normalize_person_name(user.name)
    if a_name and a_name == u_name:
        return Match.NAME
    return None


def _word_matches(a: str, b: str) -> bool:
    """The same word, or one is a single letter (an initial) starting the other."""
    if a == b:
        return True
    if len(a) == 1:
        return b.startswith(a)
    if len(b) == 1:
        return a.startswith(b)
    return False


def _embeds(short: list[str], long: list[str]) -> bool:
    """Every word of ``short`` matches a word of ``long`` in order, the first
    with the first and the last with the last (middle words of ``long`` may be
    left out)."""
    if not _word_matches(short[0], long[0]) or not _word_matches(short[-1], long[-1]):
        return False
    i = 1
    for word in short[1:-1]:
        while i < len(long) - 1 and not _word_matches(word, long[i]):
            i += 1
        if i >= len(long) - 1:
            return False
        i += 1
    return True


def near_miss(accused_name: str, user_name: str) -> bool:
    """True when the names are probably the same person's but not equal
    after normalization (see the module's docstring)."""
    a, u = _words(accused_name), _words(user_name)
    if not a or not u or a == u:
        return False
    if "".join(a) == "".join(u):
        return True  # only the spacing differs
    if len(a) < 2 or len(u) < 2:
        return False
    # Both must carry a real (longer than an initial) word in common, so that
    # "A. B." never looks like every "Agus Bere".
    if not ({w for w in a if len(w) > 1} & {w for w in u if len(w) > 1}):
        return False
    short, long = (a, u) if len(a) <= len(u) else (u, a)
    return _embeds(short, long)


def check(accused: Person, user: Person) -> Match | None:
    """The strongest match of ``user`` against the accused (None: no concern)."""
    strict = same_person(accused, user)
    if strict is not None:
        return strict
    if near_miss(accused.name, user.name):
        return Match.NEAR
    return None
