"""Phone, e-mail, evidence link and NIP validators."""

from __future__ import annotations

from datetime import date

import pytest

from wbs_desktop.domain import validation
from wbs_desktop.domain.errors import DomainError
from wbs_desktop.domain.validation import (
    ValidationError,
    check_email,
    check_evidence_link,
    check_nip,
    check_phone,
    normalize_phone,
)

# --- phone ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("081234567890", "+6281234567890"),
        ("0812-3456-7890", "+6281234567890"),
        ("0812 3456 7890", "+6281234567890"),
        ("0812.3456.7890", "+6281234567890"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("+6281234567890", "+6281234567890"),
        ("6281234567890", "+6281234567890"),
        ("+62 (0)812 3456 7890", "+6281234567890"),
        ("  0813 3900 1122  ", "+6281339001122"),
        ("0812345678", "+62812345678"),  # 10 digits: shortest mobile
        ("0812345678901", "+62812345678901"),  # 13 digits: longest mobile
        ("(0380) 821234", "+62380821234"),
        ("0380-821234", "+62380821234"),
        ("+62 380 821234", "+62380821234"),
        ("(021) 1234 5678", "+622112345678"),
        ("0380 82123", "+6238082123"),  # 9 digits: shortest landline
        ("+61 8 8123 4567", "+61881234567"),  # Australia, as such
        ("+670 7723 4567", "+67077234567"),  # Timor-Leste
        ("+1 (202) 555-0100", "+12025550100"),
    ],
)
def test_phone_good(text: str, expected: str) -> None:
    assert check_phone(text) == expected
    assert normalize_phone(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "phone_required"),
        ("   ", "phone_required"),
        ("0812-3456-789a", "phone_bad_characters"),
        ("0812/3456/7890", "phone_bad_characters"),
        ("0812+34567890", "phone_bad_characters"),
        ("٠٨١٢٣٤٥٦٧٨٩٠", "phone_bad_characters"),  # Arabic-Indic digits
        ("+61 8", "phone_international_length"),
        ("+670 7723 4567 8901 2345", "phone_international_length"),
        ("+0 61 8123 4567", "phone_bad_prefix"),
        ("81234567890", "phone_bad_prefix"),
        ("112", "phone_bad_prefix"),
        ("0012345678", "phone_bad_prefix"),
        ("62", "phone_bad_prefix"),
        ("081234567", "phone_bad_length"),  # 9-digit mobile
        ("08123456789012", "phone_bad_length"),  # 14-digit mobile
        ("0380 8212", "phone_bad_length"),  # 8-digit landline
        ("(021) 1234 567890", "phone_bad_length"),  # 13-digit landline
    ],
)
def test_phone_bad(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_phone(text, field="reporter.phone")
    assert info.value.code == code
    assert info.value.field == "reporter.phone"
    assert isinstance(info.value, DomainError)
    assert code in validation.ERROR_CODES


def test_phone_length_error_carries_counts() -> None:
    with pytest.raises(ValidationError) as info:
        check_phone("081234567")
    assert info.value.params["digits"] == 9
    assert (info.value.params["min"], info.value.params["max"]) == (10, 13)


def test_normalize_phone_never_raises() -> None:
    assert normalize_phone("  not a number ") == "not a number"
    assert normalize_phone("") == ""


# --- e-mail --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pelapor@example.com", "pelapor@example.com"),
        ("  Pelapor.Satu@BKD.NTTProv.go.id ", "Pelapor.Satu@bkd.nttprov.go.id"),
        ("a+tag@mail.co.id", "a+tag@mail.co.id"),
        ("first_last-1@sub-domain.example.org", "first_last-1@sub-domain.example.org"),
        ("o'brien@example.com", "o'brien@example.com"),
        ("budi@bücher.de", "budi@bücher.de"),
        ("x@xn--bcher-kva.example", "x@xn--bcher-kva.example"),
    ],
)
def test_email_good(text: str, expected: str) -> None:
    assert check_email(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "email_required"),
        ("a" * 250 + "@b.com", "email_too_long"),
        ("pelapor @example.com", "email_whitespace"),
        ("pel\tapor@example.com", "email_whitespace"),
        ("pelapor@exam\u200bple.com", "email_whitespace"),
        ("pelapor.example.com", "email_at_sign"),
        ("a@b@example.com", "email_at_sign"),
        ("@example.com", "email_bad_local_part"),
        (".a@example.com", "email_bad_local_part"),
        ("a.@example.com", "email_bad_local_part"),
        ("a..b@example.com", "email_bad_local_part"),
        ('"a"@example.com', "email_bad_local_part"),
        ("<a>@example.com", "email_bad_local_part"),
        ("a" * 65 + "@example.com", "email_bad_local_part"),
        ("pelapor@", "email_bad_domain"),
        ("pelapor@localhost", "email_bad_domain"),
        ("pelapor@example", "email_bad_domain"),
        ("pelapor@example.", "email_bad_domain"),
        ("pelapor@.example.com", "email_bad_domain"),
        ("pelapor@example..com", "email_bad_domain"),
        ("pelapor@-example.com", "email_bad_domain"),
        ("pelapor@example.c", "email_bad_domain"),
        ("pelapor@example.123", "email_bad_domain"),
        ("pelapor@exa_mple.com", "email_bad_domain"),
    ],
)
def test_email_bad(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_email(text)
    assert info.value.code == code
    assert info.value.field == "email"
    assert code in validation.ERROR_CODES


def test_email_254_is_the_limit() -> None:
    local = "a" * 64
    domain = ".".join(["b" * 60] * 3) + ".co.id"  # 188 characters
    ok = f"{local}@{domain}"
    assert len(ok) == 253
    assert check_email(ok) == ok
    with pytest.raises(ValidationError) as info:
        check_email(ok + "xx")
    assert info.value.code == "email_too_long"


# --- evidence links ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "https://drive.google.com/file/d/abc123/view?usp=sharing",
        "http://example.com",
        "HTTPS://Example.COM/Foto%20Bukti.jpg",
        "https://example.com:8443/a/b#frag",
        "https://192.168.1.10/bukti.pdf",
        "https://[2001:db8::1]/bukti.pdf",
        "https://bücher.de/foto",
        "https://example.com/a?q=<b>&x='y'",
    ],
)
def test_link_good(text: str) -> None:
    assert check_evidence_link(text) == text
    assert check_evidence_link(f"  {text}\n") == text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "link_required"),
        ("https://example.com/" + "a" * 2000, "link_too_long"),
        ("https://exa mple.com/", "link_bad_characters"),
        ("https://example.com/a b", "link_bad_characters"),
        ("https://example.com/\x00", "link_bad_characters"),
        ("\x01javascript:alert(1)", "link_bad_characters"),
        ("https://example.com/\u202egpj.exe", "link_bad_characters"),
        ("https:\\\\evil.com", "link_bad_characters"),
        ("javascript:alert(1)", "link_scheme_not_allowed"),
        ("JavaScript:alert(document.cookie)", "link_scheme_not_allowed"),
        ("file:///C:/Users/pelapor/bukti.jpg", "link_scheme_not_allowed"),
        ("data:text/html;base64,PHNjcmlwdD4=", "link_scheme_not_allowed"),
        ("vbscript:msgbox(1)", "link_scheme_not_allowed"),
        ("ftp://example.com/bukti.jpg", "link_scheme_not_allowed"),
        ("mailto:a@example.com", "link_scheme_not_allowed"),
        ("bukti/foto.jpg", "link_relative"),
        ("/etc/passwd", "link_relative"),
        ("//example.com/bukti.jpg", "link_relative"),
        ("www.example.com/bukti.jpg", "link_relative"),
        ("https://", "link_no_host"),
        ("https:///path", "link_no_host"),
        ("https:example.com", "link_no_host"),
        ("http://[::1/", "link_no_host"),
        ("https://<script>/", "link_no_host"),
        ("https://.example.com/", "link_no_host"),
        ("https://user:secret@example.com/", "link_credentials"),
        ("https://user@example.com/", "link_credentials"),
        ("https://example.com:99999/", "link_bad_port"),
        ("https://example.com:abc/", "link_bad_port"),
    ],
)
def test_link_bad(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_evidence_link(text, field="evidence_links[0]")
    assert info.value.code == code
    assert info.value.field == "evidence_links[0]"
    assert code in validation.ERROR_CODES


def test_link_2000_is_the_limit() -> None:
    base = "https://example.com/"
    ok = base + "a" * (2000 - len(base))
    assert check_evidence_link(ok) == ok
    with pytest.raises(ValidationError):
        check_evidence_link(ok + "a")


# --- NIP -----------------------------------------------------------------------

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("198503122010011002", "198503122010011002"),
        ("19850312 201001 1 002", "198503122010011002"),
        ("19850312.201001.1.002", "198503122010011002"),
        ("197001012000032001", "197001012000032001"),
        ("200002292026011999", "200002292026011999"),  # leap-day birth, appointed this month
    ],
)
def test_nip_good(text: str, expected: str) -> None:
    assert check_nip(text, today=TODAY) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "nip_required"),
        ("19850312201001100A", "nip_bad_characters"),
        ("NIP 198503122010011002", "nip_bad_characters"),
        ("19850312201001100", "nip_bad_length"),
        ("1985031220100110021", "nip_bad_length"),
        ("198513122010011002", "nip_bad_birth_date"),  # month 13
        ("198502302010011002", "nip_bad_birth_date"),  # 30 February
        ("192001012010011002", "nip_bad_birth_date"),  # before 1930
        ("202712012010011002", "nip_bad_birth_date"),  # in the future
        ("198503122010131002", "nip_bad_appointment_date"),  # month 13
        ("198503122010001002", "nip_bad_appointment_date"),  # month 00
        ("198503121995011002", "nip_bad_appointment_date"),  # appointed at 9
        ("198503122027011002", "nip_bad_appointment_date"),  # in the future
        ("198503122010013002", "nip_bad_gender"),
        ("198503122010010002", "nip_bad_gender"),
        ("198503122010011000", "nip_bad_sequence"),
    ],
)
def test_nip_bad(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_nip(text, today=TODAY)
    assert info.value.code == code
    assert code in validation.ERROR_CODES


def test_nip_defaults_to_today() -> None:
    assert check_nip("198503122010011002") == "198503122010011002"


def test_validation_error_is_a_domain_error_with_params() -> None:
    err = ValidationError("x", code="phone_required", field="f", text="")
    assert isinstance(err, DomainError)
    assert (err.code, err.field, err.params) == ("phone_required", "f", {"text": ""})
    assert str(err) == "x"
