"""Tracking codes: alphabet, check symbol, normalization."""

from __future__ import annotations

import re

import pytest

from wbs_desktop.domain.errors import DomainError
from wbs_desktop.domain.tracking import (
    TRACKING_ALPHABET,
    check_symbol,
    format_tracking_code,
    is_valid_tracking_code,
    new_tracking_code,
    normalize_tracking_code,
)

BODY = "ACDE34679FH"
CODE = BODY + check_symbol(BODY)
CODE_RE = re.compile(
    rf"[{TRACKING_ALPHABET}]{{4}}-[{TRACKING_ALPHABET}]{{4}}-[{TRACKING_ALPHABET}]{{4}}"
)


def reason_of(text: str) -> str:
    with pytest.raises(DomainError) as info:
        normalize_tracking_code(text)
    assert info.value.code == "bad_tracking_code"
    return str(info.value.params["reason"])


def test_alphabet_has_no_confusable_symbols() -> None:
    assert len(TRACKING_ALPHABET) == 23
    assert len(set(TRACKING_ALPHABET)) == 23
    for ch in "0O1IL2Z5SUQBG":
        assert ch not in TRACKING_ALPHABET
    assert TRACKING_ALPHABET == TRACKING_ALPHABET.upper()


def test_new_codes_are_formatted_valid_and_random() -> None:
    codes = {new_tracking_code() for _ in range(500)}
    assert len(codes) == 500
    for code in codes:
        assert CODE_RE.fullmatch(code), code
        assert normalize_tracking_code(code) == code.replace("-", "")
        assert format_tracking_code(code) == code
    used = set("".join(codes).replace("-", ""))
    assert used == set(TRACKING_ALPHABET)


def test_check_symbol_known_value() -> None:
    # Weights 1..12 over values, sum ≡ 0 mod 23.
    values = [TRACKING_ALPHABET.index(ch) for ch in CODE]
    assert sum((i + 1) * v for i, v in enumerate(values)) % 23 == 0
    assert check_symbol("33333333333") == "3"  # all zeros


def test_check_symbol_rejects_bad_body() -> None:
    with pytest.raises(ValueError):
        check_symbol("ABC")
    with pytest.raises(ValueError):
        check_symbol("0CDE34679FH")


@pytest.mark.parametrize(
    "typed",
    [
        CODE,
        CODE.lower(),
        f"{CODE[:4]}-{CODE[4:8]}-{CODE[8:]}",
        f" {CODE[:4]} {CODE[4:8]}  {CODE[8:]} ",
        f"{CODE[:4]}–{CODE[4:8]}—{CODE[8:]}",  # en and em dashes
        "".join(chr(ord(c) + 0xFEE0) for c in CODE),  # full-width
    ],
)
def test_normalize_accepts_typed_forms(typed: str) -> None:
    assert normalize_tracking_code(typed) == CODE
    assert format_tracking_code(typed) == f"{CODE[:4]}-{CODE[4:8]}-{CODE[8:]}"


def test_look_alikes_are_mapped() -> None:
    body = "8ACDE6V3479"
    code = body + check_symbol(body)
    typed = code.replace("8", "B").replace("6", "G").replace("V", "u")
    assert normalize_tracking_code(typed) == code


def test_single_typo_is_always_caught() -> None:
    for i, original in enumerate(CODE):
        for ch in TRACKING_ALPHABET:
            if ch == original:
                continue
            typo = CODE[:i] + ch + CODE[i + 1 :]
            assert reason_of(typo) == "check", typo


def test_adjacent_transposition_is_always_caught() -> None:
    for _ in range(200):
        code = new_tracking_code().replace("-", "")
        for i in range(len(code) - 1):
            if code[i] == code[i + 1]:
                continue
            swapped = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
            assert not is_valid_tracking_code(swapped), (code, swapped)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("", "length"),
        (CODE[:-1], "length"),
        (CODE + "3", "length"),
        (CODE[:-1] + "0", "characters"),
        (CODE[:-1] + "O", "characters"),
        (CODE[:-1] + "1", "characters"),
        (CODE[:-1] + "I", "characters"),
        (CODE[:-1] + "L", "characters"),
        (CODE[:-1] + "Z", "characters"),
        (CODE[:-1] + "S", "characters"),
        (CODE[:-1] + "5", "characters"),
        (CODE[:-1] + "Q", "characters"),
        (CODE[:-1] + "é", "characters"),
        (CODE[:4] + "_" + CODE[5:], "characters"),
    ],
)
def test_bad_codes(typed: str, reason: str) -> None:
    assert reason_of(typed) == reason


def test_non_string_is_refused() -> None:
    assert reason_of(None) == "characters"  # type: ignore[arg-type]
    assert not is_valid_tracking_code("")
    assert is_valid_tracking_code(CODE)
