"""The complaint form: validation, normalization and the JSON form."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from wbs_desktop.domain import complaint as complaint_module
from wbs_desktop.domain import complaint_json, validation
from wbs_desktop.domain.catalog import DEFAULT_COMPLAINT_TYPES, Channel
from wbs_desktop.domain.complaint import (
    AccusedInput,
    ComplaintInput,
    FieldError,
    ReporterInput,
    normalized,
    validate_complaint,
)
from wbs_desktop.domain.complaint_json import (
    ComplaintFormatError,
    complaint_from_json,
    complaint_to_json,
)
from wbs_desktop.domain.dates import OFFICE_TZ
from wbs_desktop.domain.errors import DomainError

TYPES = [t.code for t in DEFAULT_COMPLAINT_TYPES]
NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)  # 10.00 WITA

CHRONOLOGY = (
    "Pada tanggal 20 November 2026 terlapor meminta uang sebesar Rp 500.000 kepada "
    "pemohon agar berkas kenaikan pangkatnya diproses lebih cepat; uang diserahkan "
    "di ruang kerja terlapor."
)


def make(**changes: Any) -> ComplaintInput:
    base = ComplaintInput(
        channel=Channel.WALK_IN,
        received_at=datetime(2026, 11, 28, 9, 0, tzinfo=OFFICE_TZ),
        reporter=ReporterInput(name="Maria Lado", phone="0812-3456-7890", consent_to_contact=True),
        complaint_type="illegal_levies",
        accused=AccusedInput(
            name="Drs. Yosef Lalo",
            nip="19850312 201001 1 002",
            position="Kepala Subbidang",
            unit="Bidang Mutasi",
        ),
        location="Kantor BKD Provinsi NTT, Kupang",
        incident_date=date(2026, 11, 20),
        chronology=CHRONOLOGY,
        material_loss=True,
        loss_estimate=500_000,
        evidence_links=("https://drive.google.com/file/d/abc/view",),
    )
    return replace(base, **changes)


def codes(c: ComplaintInput) -> dict[str, str]:
    return {e.field: e.code for e in validate_complaint(c, TYPES, now=NOW)}


def test_valid_complaint_has_no_errors() -> None:
    assert validate_complaint(make(), TYPES, now=NOW) == []


def test_valid_without_optional_fields() -> None:
    c = make(
        reporter=ReporterInput(name="Anonim Kupang", email="pelapor@example.com"),
        accused=AccusedInput(name="Yosef"),
        location="",
        incident_date=None,
        material_loss=False,
        loss_estimate=None,
        evidence_links=(),
    )
    assert validate_complaint(c, TYPES, now=NOW) == []


def test_validate_defaults_now_to_the_clock() -> None:
    recent = datetime.now(UTC) - timedelta(hours=1)
    c = make(received_at=recent, incident_date=None)
    assert validate_complaint(c, TYPES) == []
    assert validate_complaint(make(received_at=recent + timedelta(days=1)), TYPES)


def test_reporter_name_required() -> None:
    assert codes(make(reporter=ReporterInput(name="  ", phone="081234567890"))) == {
        "reporter.name": "required"
    }


def test_contact_required() -> None:
    c = make(reporter=ReporterInput(name="Maria", phone=" ", email=""))
    errors = validate_complaint(c, TYPES, now=NOW)
    assert [(e.field, e.code) for e in errors] == [("reporter.phone", "contact_required")]
    assert "phone" in errors[0].message


def test_email_alone_is_enough_and_is_checked() -> None:
    assert codes(make(reporter=ReporterInput(name="M", email="m@example.com"))) == {}
    assert codes(make(reporter=ReporterInput(name="M", email="m@example"))) == {
        "reporter.email": "email_bad_domain"
    }


def test_each_contact_is_checked() -> None:
    c = make(reporter=ReporterInput(name="M", phone="12345", email="not-an-email"))
    assert codes(c) == {"reporter.phone": "phone_bad_prefix", "reporter.email": "email_at_sign"}


def test_field_error_carries_validator_params() -> None:
    c = make(reporter=ReporterInput(name="M", phone="081234567"))
    (error,) = validate_complaint(c, TYPES, now=NOW)
    assert (error.field, error.code) == ("reporter.phone", "phone_bad_length")
    assert error.params["digits"] == 9


def test_accused_name_required_and_nip_checked() -> None:
    assert codes(make(accused=AccusedInput(name=""))) == {"accused.name": "required"}
    assert codes(make(accused=AccusedInput(name="Yosef", nip="1234"))) == {
        "accused.nip": "nip_bad_length"
    }


def test_complaint_type_must_be_known() -> None:
    assert codes(make(complaint_type="nepotism")) == {"complaint_type": "unknown_type"}
    assert codes(make(complaint_type="")) == {"complaint_type": "required"}
    assert validate_complaint(make(complaint_type="nepotism"), ["nepotism"], now=NOW) == []


def test_unknown_channel() -> None:
    assert codes(make(channel="fax")) == {"channel": "unknown_channel"}
    assert codes(make(channel="web")) == {}


def test_received_at_rules() -> None:
    assert codes(make(received_at=datetime(2026, 11, 28, 9, 0))) == {
        "received_at": "naive_datetime"
    }
    assert codes(make(received_at=NOW + timedelta(minutes=4))) == {}
    assert codes(make(received_at=NOW + timedelta(minutes=6))) == {"received_at": "in_future"}


def test_incident_date_not_after_received_day_in_office_time() -> None:
    # Received 28 Nov 00.30 WITA = 27 Nov 16.30 UTC: the 28th is still allowed.
    received = datetime(2026, 11, 27, 16, 30, tzinfo=UTC)
    assert codes(make(received_at=received, incident_date=date(2026, 11, 28))) == {}
    assert codes(make(received_at=received, incident_date=date(2026, 11, 29))) == {
        "incident_date": "after_received"
    }


@pytest.mark.parametrize(
    ("material_loss", "estimate", "expected"),
    [
        (True, None, {}),
        (True, 0, {}),
        (True, 10**15, {}),
        (True, 10**15 + 1, {"loss_estimate": "too_large"}),
        (True, -1, {"loss_estimate": "negative"}),
        (False, 100, {"loss_estimate": "estimate_without_loss"}),
        (False, None, {}),
        (True, 1.5, {"loss_estimate": "wrong_type"}),
        (True, True, {"loss_estimate": "wrong_type"}),
    ],
)
def test_loss_estimate(material_loss: bool, estimate: object, expected: dict[str, str]) -> None:
    assert codes(make(material_loss=material_loss, loss_estimate=estimate)) == expected


def test_chronology_required_and_long_one_fine() -> None:
    assert codes(make(chronology=" \n\t ")) == {"chronology": "required"}
    long_text = ("Kalimat kronologi yang panjang sekali. " * 600)[:20_000]
    assert len(long_text) == 20_000
    assert codes(make(chronology=long_text)) == {}
    assert codes(make(chronology="x" * 100_000)) == {}
    assert codes(make(chronology="x" * 100_001)) == {"chronology": "too_long"}


@pytest.mark.parametrize(
    ("path", "changes"),
    [
        ("reporter.name", {"reporter": ReporterInput(name="x" * 301, phone="081234567890")}),
        ("accused.name", {"accused": AccusedInput(name="x" * 301)}),
        ("accused.position", {"accused": AccusedInput(name="Y", position="x" * 301)}),
        ("accused.unit", {"accused": AccusedInput(name="Y", unit="x" * 301)}),
        ("location", {"location": "x" * 301}),
    ],
)
def test_length_limits(path: str, changes: dict[str, Any]) -> None:
    errors = validate_complaint(make(**changes), TYPES, now=NOW)
    assert [(e.field, e.code) for e in errors] == [(path, "too_long")]
    assert errors[0].params["max"] == 300


def test_300_characters_is_fine() -> None:
    assert codes(make(location="x" * 300, accused=AccusedInput(name="y" * 300))) == {}


def test_unusual_but_valid_text() -> None:
    c = make(
        reporter=ReporterInput(name='Ñoño "Q" O\'Neil & <Sons> 😀', phone="081234567890"),
        accused=AccusedInput(name="王小明 / Иван / محمد"),
        location='Jl. El Tari <No. 52> & "Gedung B"',
        chronology=CHRONOLOGY + "\n\n\tBaris kedua 👨‍👩‍👧 <script>alert(1)</script>\r\n",
    )
    assert validate_complaint(c, TYPES, now=NOW) == []


@pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\ud800"])
def test_control_characters_refused(bad: str) -> None:
    assert codes(make(chronology=CHRONOLOGY + bad)) == {"chronology": "control_characters"}
    assert codes(make(location="Kupang" + bad)) == {"location": "control_characters"}


def test_evidence_links() -> None:
    c = make(evidence_links=("https://a.example/1", "javascript:alert(1)", "bukti.jpg"))
    assert codes(c) == {
        "evidence_links[1]": "link_scheme_not_allowed",
        "evidence_links[2]": "link_relative",
    }
    fifty = tuple(f"https://example.com/{i}" for i in range(50))
    assert codes(make(evidence_links=fifty)) == {}
    assert codes(make(evidence_links=(*fifty, "https://example.com/x"))) == {
        "evidence_links": "too_many"
    }
    long_link = "https://example.com/" + "a" * 1990
    assert codes(make(evidence_links=(long_link,))) == {"evidence_links[0]": "link_too_long"}


def test_errors_come_in_form_order() -> None:
    c = make(
        reporter=ReporterInput(name=""),
        accused=AccusedInput(name=""),
        chronology="",
        complaint_type="x",
    )
    fields = [e.field for e in validate_complaint(c, TYPES, now=NOW)]
    assert fields == ["reporter.name", "reporter.phone", "complaint_type", "accused.name",
                      "chronology"]  # fmt: skip


def test_all_codes_are_documented() -> None:
    documented = set(complaint_module.ERROR_CODES) | set(validation.ERROR_CODES)
    samples = [
        make(reporter=ReporterInput(name="", phone="x")),
        make(channel="fax", received_at=datetime(2026, 1, 1)),
        make(material_loss=False),
        make(location="\x00", evidence_links=("ftp://x",) * 51),
        make(received_at=NOW + timedelta(days=2), incident_date=date(2026, 12, 31)),
    ]
    for c in samples:
        for e in validate_complaint(c, TYPES, now=NOW):
            assert e.code in documented, e


# --- normalization -------------------------------------------------------------


def test_normalized() -> None:
    c = make(
        reporter=ReporterInput(
            name="  Maria   Lado ", phone=" 0812 3456 7890 ", email=" Maria@Example.COM "
        ),
        complaint_type=" illegal_levies ",
        accused=AccusedInput(
            name=" Yosef\tLalo ", nip="19850312 201001 1 002", position=" Kasubbid ", unit=" Mutasi"
        ),
        location="  Kupang  ",
        chronology="\r\n  Baris satu\r\nBaris dua\r  ",
        evidence_links=(" https://a.example/1 ", "", "https://a.example/1", "https://b.example"),
    )
    n = normalized(c)
    assert n.reporter == ReporterInput(
        name="Maria Lado", phone="+6281234567890", email="Maria@example.com"
    )
    assert n.complaint_type == "illegal_levies"
    assert n.accused == AccusedInput(
        name="Yosef Lalo", nip="198503122010011002", position="Kasubbid", unit="Mutasi"
    )
    assert n.location == "Kupang"
    assert n.chronology == "Baris satu\nBaris dua"
    assert n.evidence_links == ("https://a.example/1", "https://b.example")
    assert n.received_at == c.received_at
    assert validate_complaint(n, TYPES, now=NOW) == []


def test_normalized_keeps_invalid_values_for_the_validator() -> None:
    c = make(
        reporter=ReporterInput(name="M", phone=" 12-34 ", email=" bad@@x "),
        accused=AccusedInput(name="Y", nip=" 1985abc "),
    )
    n = normalized(c)
    assert (n.reporter.phone, n.reporter.email, n.accused.nip) == ("12-34", "bad@@x", "1985abc")
    assert codes(n)["accused.nip"] == "nip_bad_characters"


def test_normalized_is_idempotent() -> None:
    n = normalized(make())
    assert normalized(n) == n


# --- JSON ----------------------------------------------------------------------


def test_json_round_trip() -> None:
    c = make()
    data = complaint_to_json(c)
    assert data["channel"] == "walk_in"
    assert data["received_at"] == "2026-11-28T09:00:00+08:00"
    assert data["incident_date"] == "2026-11-20"
    assert data["evidence_links"] == ["https://drive.google.com/file/d/abc/view"]
    text = json.dumps(data)
    back = complaint_from_json(json.loads(text))
    assert back == c
    assert back.received_at.utcoffset() == timedelta(hours=8)


def test_json_round_trip_unusual_values() -> None:
    c = make(
        channel=Channel.EMAIL,
        received_at=datetime(2026, 11, 27, 23, 59, 59, 123456, tzinfo=UTC),
        reporter=ReporterInput(name='😀 "Q" <&>', email="a@b.co"),
        incident_date=None,
        chronology="Baris\n\tdua — ✓",
        material_loss=False,
        loss_estimate=None,
        evidence_links=(),
    )
    assert complaint_from_json(json.loads(json.dumps(complaint_to_json(c)))) == c
    assert complaint_to_json(c)["incident_date"] is None


def minimal_json() -> dict[str, Any]:
    return {
        "channel": "paper",
        "received_at": "2026-11-28T09:00:00",
        "reporter": {"name": "Maria"},
        "complaint_type": "other",
        "accused": {"name": "Yosef"},
        "chronology": "Sesuatu terjadi.",
    }


def test_json_minimal_record_gets_defaults_and_office_time() -> None:
    c = complaint_from_json(minimal_json())
    assert c.channel is Channel.PAPER
    assert c.received_at == datetime(2026, 11, 28, 1, 0, tzinfo=UTC)
    assert c.received_at.utcoffset() == timedelta(hours=8)
    assert c.reporter == ReporterInput(name="Maria")
    assert c.accused == AccusedInput(name="Yosef")
    assert (c.location, c.incident_date, c.material_loss, c.loss_estimate) == (
        "",
        None,
        False,
        None,
    )
    assert c.evidence_links == ()


def test_json_nulls_and_zulu_and_integral_float() -> None:
    data = minimal_json() | {
        "received_at": "2026-11-28T01:00:00Z",
        "location": None,
        "reporter": {"name": "M", "phone": None, "email": None, "consent_to_contact": None},
        "material_loss": True,
        "loss_estimate": 1e6,
    }
    c = complaint_from_json(data)
    assert c.received_at == datetime(2026, 11, 28, 1, 0, tzinfo=UTC)
    assert c.location == ""
    assert c.reporter == ReporterInput(name="M")
    assert c.loss_estimate == 1_000_000 and isinstance(c.loss_estimate, int)
    other_zone = complaint_from_json(minimal_json() | {"received_at": "2026-11-28T08:00+07:00"})
    assert other_zone.received_at.utcoffset() == timezone(timedelta(hours=7)).utcoffset(None)


def format_errors(data: object) -> dict[str, str]:
    with pytest.raises(ComplaintFormatError) as info:
        complaint_from_json(data)  # type: ignore[arg-type]
    err = info.value
    assert isinstance(err, DomainError)
    assert err.code == "complaint_format"
    assert err.errors and all(isinstance(e, FieldError) for e in err.errors)
    for e in err.errors:
        assert e.code in complaint_json.FORMAT_ERROR_CODES, e
    return {e.field: e.code for e in err.errors}


def test_json_not_an_object() -> None:
    assert format_errors([1, 2]) == {"$": "not_an_object"}
    assert format_errors("x") == {"$": "not_an_object"}


def test_json_missing_keys() -> None:
    assert format_errors({}) == {
        "channel": "missing",
        "received_at": "missing",
        "reporter": "missing",
        "complaint_type": "missing",
        "accused": "missing",
        "chronology": "missing",
    }


def test_json_unknown_keys_and_nested_shapes() -> None:
    data = minimal_json() | {"chronolgy": "typo", "reporter": "Maria", "accused": {"nama": "Y"}}
    assert format_errors(data) == {
        "chronolgy": "unknown_key",
        "reporter": "not_an_object",
        "accused.nama": "unknown_key",
        "accused.name": "missing",
    }


@pytest.mark.parametrize(
    ("key", "value", "field", "code"),
    [
        ("channel", "fax", "channel", "unknown_channel"),
        ("channel", 1, "channel", "unknown_channel"),
        ("received_at", "kemarin", "received_at", "bad_datetime"),
        ("received_at", 1732780800, "received_at", "wrong_type"),
        ("incident_date", "20/11/2026", "incident_date", "bad_date"),
        ("incident_date", "2026-02-30", "incident_date", "bad_date"),
        ("incident_date", "20261120", "incident_date", "bad_date"),
        ("incident_date", 20261120, "incident_date", "wrong_type"),
        ("complaint_type", 3, "complaint_type", "wrong_type"),
        ("chronology", ["a"], "chronology", "wrong_type"),
        ("material_loss", "yes", "material_loss", "wrong_type"),
        ("loss_estimate", "500000", "loss_estimate", "wrong_type"),
        ("loss_estimate", 1.5, "loss_estimate", "wrong_type"),
        ("loss_estimate", True, "loss_estimate", "wrong_type"),
        ("evidence_links", "https://a.example", "evidence_links", "wrong_type"),
        ("evidence_links", ["https://a.example", 5], "evidence_links[1]", "wrong_type"),
        ("reporter", {"name": "M", "consent_to_contact": "ya"}, "reporter.consent_to_contact",
         "wrong_type"),
        ("accused", {"name": "Y", "nip": 198503122010011002}, "accused.nip", "wrong_type"),
    ],
)  # fmt: skip
def test_json_bad_values(key: str, value: object, field: str, code: str) -> None:
    assert format_errors(minimal_json() | {key: value}) == {field: code}


def test_json_collects_every_problem() -> None:
    data = minimal_json() | {"channel": "fax", "incident_date": "x", "material_loss": 1}
    assert set(format_errors(data)) == {"channel", "incident_date", "material_loss"}


def test_json_shape_ok_but_content_invalid_is_for_validate() -> None:
    c = complaint_from_json(minimal_json() | {"reporter": {"name": ""}})
    assert {e.code for e in validate_complaint(c, TYPES, now=NOW)} == {
        "required",
        "contact_required",
    }


# --- intake as it comes (issue 15): anonymous letters, address, documents -------


def test_an_anonymous_report_needs_no_name_and_no_contact() -> None:
    anonymous = make(reporter=ReporterInput(name="", anonymous=True))
    assert codes(anonymous) == {}
    named = make(reporter=ReporterInput(name="Maria", phone="0812-3456-7890", anonymous=True,
                                        address="Jl. Timor Raya 5"))
    assert codes(named) == {"reporter.name": "anonymous_with_identity",
                            "reporter.phone": "anonymous_with_identity",
                            "reporter.address": "anonymous_with_identity"}
    # Not anonymous: the name and a contact are still required.
    assert codes(make(reporter=ReporterInput(name=""))) == {
        "reporter.name": "required", "reporter.phone": "contact_required"}


def test_address_and_documents_are_checked_and_tidied() -> None:
    c = make(reporter=ReporterInput(name="Maria Lado", phone="+61 8 8123 4567",
                                    address="  Jl. Timor Raya  No. 5\r\nOesapa,  Kupang \n"),
             documents=(" Fotokopi KTP ", "", "Surat pengaduan  (3 lembar)", "Fotokopi KTP"))
    assert codes(c) == {}
    n = normalized(c)
    assert n.reporter.address == "Jl. Timor Raya No. 5\nOesapa, Kupang"
    assert n.reporter.phone == "+61881234567"
    assert n.documents == ("Fotokopi KTP", "Surat pengaduan (3 lembar)")
    assert codes(make(documents=("x" * 301,))) == {"documents[0]": "too_long"}
    assert codes(make(documents=("a",) * 51)) == {"documents": "too_many"}
    assert codes(make(reporter=ReporterInput(name="M", email="m@example.id",
                                             address="x" * 1001))) == {
        "reporter.address": "too_long"}
    anonymous = normalized(make(reporter=ReporterInput(name="", anonymous=True,
                                                       consent_to_contact=True)))
    assert anonymous.reporter.consent_to_contact is False  # nobody to contact


def test_json_carries_the_new_fields_only_when_given() -> None:
    plain = make()
    assert "documents" not in complaint_to_json(plain)  # old records keep their digest
    assert set(complaint_to_json(plain)["reporter"]) == {
        "name", "phone", "email", "consent_to_contact"}
    full = make(reporter=ReporterInput(name="", anonymous=True), documents=("Surat", "Foto"))
    data = json.loads(json.dumps(complaint_to_json(full)))
    assert data["reporter"]["anonymous"] is True and data["documents"] == ["Surat", "Foto"]
    assert complaint_from_json(data) == full
    addressed = make(reporter=replace(make().reporter, address="Jl. El Tari 52"))
    assert complaint_from_json(complaint_to_json(addressed)) == addressed
    record = complaint_to_json(make())
    record["reporter"] = {"anonymous": True}  # an anonymous web report: no name key
    assert complaint_from_json(record).reporter == ReporterInput(name="", anonymous=True)
    record["documents"] = ["ok", 5]
    with pytest.raises(ComplaintFormatError) as caught:
        complaint_from_json(record)
    assert [(e.field, e.code) for e in caught.value.errors] == [("documents[1]", "wrong_type")]
