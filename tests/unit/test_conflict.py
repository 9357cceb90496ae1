"""Conflict of interest: same person, near misses, namesakes (pure rules)."""

from __future__ import annotations

import pytest

from wbs_desktop.domain.conflict import Match, Person, check, near_miss, same_person


@pytest.mark.parametrize(
    ("accused", "user"),
    [
        ("Kornelis Tefa", "Kornelis Tefa"),
        ("KORNELIS TEFA", "kornelis tefa"),
        ("Kornelis  Tefa ", " Kornelis Tefa"),
        ("Drs. Kornelis Tefa", "Kornelis Tefa"),
        ("Kornelis Tefa, S.H.", "Kornelis Tefa"),
        ("Kornelis Tefa, S.H., M.Si.", "Drs. Kornelis Tefa"),
        ("H. Ahmad Yani", "Ahmad Yani"),
        ("dr. Maria Bria", "Maria Bria"),
        ("Prof. Dr. Ir. Yosef Nahak, M.T.", "Yosef Nahak"),
        ("Yosef Nahak SH", "Yosef Nahak"),
        ("Maria-Goreti Bria", "Maria Goreti Bria"),
        ("Stefanus D'Lelo", "Stefanus DLelo"),
    ],
)
def test_same_name_after_normalization(accused: str, user: str) -> None:
    assert same_person(Person(accused), Person(user)) == Match.NAME
    assert check(Person(accused), Person(user)) == Match.NAME


@pytest.mark.parametrize(
    ("accused_nip", "user_nip"),
    [
        ("197805122005011003", "197805122005011003"),
        ("19780512 200501 1 003", "197805122005011003"),
        ("1978.0512.2005.01.1003", "19780512-200501-1-003"),
    ],
)
def test_same_nip_whatever_the_name(accused_nip: str, user_nip: str) -> None:
    match = same_person(Person("Siapa Saja", accused_nip), Person("Nama Lain", user_nip))
    assert match == Match.NIP


def test_an_empty_nip_never_matches_an_empty_nip() -> None:
    assert same_person(Person("Ana Bere", ""), Person("Paulus Mau", "")) is None
    assert same_person(Person("", ""), Person("", "")) is None


@pytest.mark.parametrize(
    ("accused", "user"),
    [
        ("Kornelis Y. Tefa", "Kornelis Tefa"),  # the example: a middle initial
        ("Kornelis Yohanes Tefa", "Kornelis Tefa"),  # a middle name left out
        ("K. Tefa", "Kornelis Tefa"),  # an initial for the first name
        ("Kornelis Tefa", "K. Y. Tefa"),
        ("Drs. K. Y. Tefa, M.Si.", "Kornelis Yohanes Tefa"),
        ("StefanusLelo", "Stefanus Lelo"),  # spacing
        ("Maria Goreti Bria", "Maria G. Bria"),
        ("Yosef Nahak", "Yosef Ferdinandus Nahak"),
    ],
)
def test_near_misses(accused: str, user: str) -> None:
    assert same_person(Person(accused), Person(user)) is None
    assert near_miss(accused, user)
    assert near_miss(user, accused)  # symmetric
    assert check(Person(accused), Person(user)) == Match.NEAR


@pytest.mark.parametrize(
    ("accused", "user"),
    [
        ("Kornelis Tefa", "Kornelis Ndun"),  # another surname
        ("Kornelis Tefa", "Yohanes Tefa"),  # another first name
        ("Tefa", "Kornelis Tefa"),  # one word: too many namesakes
        ("A. B.", "Agus Bere"),  # initials only
        ("Maria Bria", "Mario Bria"),  # a letter differs: not a rule of ours
        ("Kornelis Tefa", "Tefa Kornelis"),  # order differs
        ("", "Kornelis Tefa"),
        ("Kornelis Tefa", ""),
        ("Yohanes H. Lalo", "Yohanes Lalo Bere"),  # the last words differ
    ],
)
def test_not_near_misses(accused: str, user: str) -> None:
    assert not near_miss(accused, user)
    assert check(Person(accused), Person(user)) is None


def test_strict_match_wins_over_near_miss() -> None:
    assert check(Person("Kornelis Y. Tefa", "197805122005011003"),
                 Person("Kornelis Tefa", "197805122005011003")) == Match.NIP
