"""Rupiah amounts as the office types them (domain.money)."""

from __future__ import annotations

import pytest

from wbs_desktop.domain.errors import DomainError
from wbs_desktop.domain.money import parse_rupiah


@pytest.mark.parametrize(("text", "amount"), [
    ("2.500.000", 2_500_000),
    ("2500000", 2_500_000),
    ("Rp 2.500.000,00", 2_500_000),
    ("Rp2.500.000,-", 2_500_000),
    ("rp. 2.500.000", 2_500_000),
    ("IDR 2.500.000", 2_500_000),
    ("2,5 juta", 2_500_000),
    ("Rp 2,5 juta", 2_500_000),
    ("2,5jt", 2_500_000),
    ("2.5 juta", 2_500_000),
    ("2 Juta", 2_000_000),
    ("750 ribu", 750_000),
    ("750rb", 750_000),
    ("1,25 miliar", 1_250_000_000),
    ("1.500 juta", 1_500_000_000),  # dots group thousands, also before a word
    ("2.500.000 rupiah", 2_500_000),
    ("2,500,000", 2_500_000),  # English grouping: only one reading
    ("2,500,000.00", 2_500_000),
    ("2500000,00", 2_500_000),
    ("  1.000  ", 1_000),
    ("0", 0),
    ("25", 25),
])
def test_amounts_typed_the_indonesian_way(text: str, amount: int) -> None:
    assert parse_rupiah(text) == amount


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_an_empty_field_is_no_amount(text: str) -> None:
    assert parse_rupiah(text) is None


@pytest.mark.parametrize(("text", "reason"), [
    ("2,500", "ambiguous"),  # two and a half, or two thousand five hundred?
    ("2,000", "ambiguous"),
    ("2.50", "ambiguous"),
    ("2.500.00", "ambiguous"),
    ("1,2,3", "ambiguous"),
    ("2,5", "not_whole"),  # two and a half rupiah
    ("2.500,50", "not_whole"),
    ("1,0000001 juta", "not_whole"),
    ("-2.500", "negative"),
    ("Rp -2.500", "negative"),
    ("dua juta", "not_a_number"),
    ("juta", "not_a_number"),
    ("2,5 dolar", "not_a_number"),
    ("1e6", "not_a_number"),
    ("<b>2</b>", "not_a_number"),
    ("2 500 000 🙂", "not_a_number"),
    (".5 juta", "not_a_number"),
    ("9" * 41, "too_long"),
])
def test_what_could_be_misread_is_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(DomainError) as caught:
        parse_rupiah(text)
    assert caught.value.code == "bad_amount"
    assert caught.value.params["reason"] == reason



def test_amounts_as_the_app_prints_them_read_back() -> None:
    for amount in (0, 25, 2_500_000, 1_250_000_000):
        assert parse_rupiah("Rp " + f"{amount:,}".replace(",", ".")) == amount
