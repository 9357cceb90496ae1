"""The password policy: zxcvbn's score 3 of 4, with the office's own words known."""

from __future__ import annotations

import time

import pytest

from wbs_desktop.domain.passwords import (
    REASON_TEXT,
    PasswordPolicyViolation,
    check_password,
    password_problem,
)

OFFICE = "Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur"


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("12345678901", "too_common"),
        ("1212121213", "repeated"),
        ("abcdefgh12", "sequence"),
        ("bkd-ntt-2026", "office_words"),
        ("inspektorat1", "office_words"),
        ("Kupang-Admin-2026", "office_words"),
        ("Maria-Goreti-2026", "office_words"),  # the user's own names
        ("Timur-Tenggara-99", "office_words"),  # the office's name
        ("asdfghjkl;'", "keyboard_pattern"),
        ("password123", "too_common"),
        ("short1!", "too_short"),
        ("siti.rahma", "same_as_username"),
    ],
)
def test_weak_passwords_are_refused_with_a_reason(password: str, reason: str) -> None:
    assert password_problem(
        password, username="siti.rahma", personal=["Maria Goreti Bria", OFFICE]
    ) == reason
    with pytest.raises(PasswordPolicyViolation) as err:
        check_password(password, username="siti.rahma", personal=["Maria Goreti Bria", OFFICE])
    assert err.value.code == reason
    assert str(err.value) == REASON_TEXT[reason]


@pytest.mark.parametrize(
    "password",
    ["Sasando-Lontar-Kepala-2026", "kerbau merah lompat jauh", "Tenun-Ikat-Sabu-Rote",
     "BKD-Kupang-Sasando-Merah"],
)
def test_strong_passwords_pass(password: str) -> None:
    assert password_problem(password, username="admin", personal=["Maria Goreti Bria", OFFICE]) \
        is None


def test_a_very_long_password_is_judged_quickly() -> None:
    started = time.perf_counter()
    assert password_problem("Sasando-Lontar-Kepala-2026" * 40, username="admin") is None
    assert time.perf_counter() - started < 2.0
