"""Channels and complaint types."""

from __future__ import annotations

import dataclasses

import pytest

from wbs_desktop.domain.catalog import (
    CHANNEL_LABELS_EN,
    CHANNEL_LABELS_ID,
    DEFAULT_COMPLAINT_TYPES,
    Channel,
    ComplaintType,
    ensure_other,
    find_complaint_type,
)


def test_channels() -> None:
    assert [c.value for c in Channel] == ["web", "paper", "email", "phone", "walk_in"]
    assert Channel("walk_in") is Channel.WALK_IN
    assert Channel.EMAIL == "email"
    for labels in (CHANNEL_LABELS_ID, CHANNEL_LABELS_EN):
        assert set(labels) == set(Channel)
        assert all(labels.values())
    assert CHANNEL_LABELS_ID[Channel.PHONE] == "Telepon"
    assert CHANNEL_LABELS_EN[Channel.WALK_IN] == "In person"


def test_default_types() -> None:
    codes = [t.code for t in DEFAULT_COMPLAINT_TYPES]
    assert codes == [
        "abuse_of_authority",
        "bribery_gratification",
        "discipline_violation",
        "conflict_of_interest",
        "code_of_ethics",
        "illegal_levies",
        "other",
    ]
    labels = {t.code: t.label_id for t in DEFAULT_COMPLAINT_TYPES}
    assert labels["abuse_of_authority"] == "Penyalahgunaan wewenang"
    assert labels["bribery_gratification"] == "Suap/gratifikasi"
    assert labels["discipline_violation"] == "Pelanggaran disiplin"
    assert labels["conflict_of_interest"] == "Benturan kepentingan"
    assert labels["code_of_ethics"] == "Pelanggaran kode etik"
    assert labels["illegal_levies"] == "Pungutan liar"
    assert labels["other"] == "Lainnya"
    assert all(t.label_en for t in DEFAULT_COMPLAINT_TYPES)


def test_complaint_type_is_frozen() -> None:
    t = DEFAULT_COMPLAINT_TYPES[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.code = "x"  # type: ignore[misc]


def test_ensure_other_adds_it_last() -> None:
    custom = (ComplaintType("nepotism", "Nepotisme", "Nepotism"),)
    result = ensure_other(custom)
    assert [t.code for t in result] == ["nepotism", "other"]
    assert ensure_other(()) == (ComplaintType("other", "Lainnya", "Other"),)


def test_ensure_other_keeps_an_existing_one_and_its_labels() -> None:
    mine = ComplaintType("other", "Lain-lain", "Miscellaneous")
    result = ensure_other([mine, ComplaintType("a", "A", "A")])
    assert result == (mine, ComplaintType("a", "A", "A"))
    assert ensure_other(DEFAULT_COMPLAINT_TYPES) == DEFAULT_COMPLAINT_TYPES


def test_ensure_other_drops_repeated_codes() -> None:
    a1 = ComplaintType("a", "A1", "A1")
    a2 = ComplaintType("a", "A2", "A2")
    assert ensure_other([a1, a2]) == (a1, ComplaintType("other", "Lainnya", "Other"))


def test_find_complaint_type() -> None:
    found = find_complaint_type("illegal_levies")
    assert found is not None and found.label_id == "Pungutan liar"
    assert find_complaint_type("nope") is None
