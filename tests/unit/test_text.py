"""Normalization of names and NIPs for keyed look-ups."""

from __future__ import annotations

import pytest

from wbs_desktop.domain.text import normalize_nip, normalize_person_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ahmad Yani", "ahmad yani"),
        ("  AHMAD   yani ", "ahmad yani"),
        ("Drs. H. Ahmad Yani, S.H., M.Si.", "ahmad yani"),
        ("Dra. Hj. Siti Aminah, S.Pd., M.Pd.", "siti aminah"),
        ("Dr. Ir. Budi Santoso, M.M.", "budi santoso"),
        ("Dr.Ir. Budi Santoso", "budi santoso"),
        ("Prof. Dr. Maria Goreti, S.Sos., M.Si.", "maria goreti"),
        ("H. Muhammad Ali, S.E.", "muhammad ali"),
        ("Yosef Lalo, S.Kom", "yosef lalo"),
        ("Yosef Lalo, S. Kom.", "yosef lalo"),
        ("Yosef Lalo, A.Md.", "yosef lalo"),
        ("Yosef Lalo, ST, MT", "yosef lalo"),
        ("Yosef Lalo S.T.", "yosef lalo"),
        ("Yosef Lalo SH", "yosef lalo"),
        ("Yosef Lalo S.Pd. M.Pd.", "yosef lalo"),
        ("yosef lalo,s.h.,m.h.", "yosef lalo"),
        # Real name parts stay.
        ("Yohanes H. Lalo", "yohanes h lalo"),
        ("Maria Dr Lado", "maria dr lado"),
        ("Yohanes Ma", "yohanes ma"),
        ("Hendrik Se Tan", "hendrik se tan"),
        ("Ir", "ir"),
        ("Dr.", "dr"),
        ("Hj", "hj"),
        ("Hadi Hartono", "hadi hartono"),
        ("Irma Hidayat", "irma hidayat"),
        ("Drs. Sehat Sentosa", "sehat sentosa"),
        # Punctuation.
        ("Moh. Ali", "moh ali"),
        ("Ni Luh Putu Ayu-Dewi", "ni luh putu ayu dewi"),
        ("Stefanus O'Neil", "stefanus oneil"),
        ("Stefanus O\u2019Neil", "stefanus oneil"),
        ("Lado, Maria", "lado maria"),
        # NFKC and casefold.
        ("ＡＨＭＡＤ Yani", "ahmad yani"),
        ("STRAßE", "strasse"),
    ],
)
def test_normalize_person_name(name: str, expected: str) -> None:
    assert normalize_person_name(name) == expected


def test_same_person_same_key() -> None:
    spellings = [
        "Drs. H. Ahmad Yani, S.H., M.Si.",
        "AHMAD YANI",
        "ahmad  yani, SH",
        "H Ahmad Yani",
    ]
    assert len({normalize_person_name(s) for s in spellings}) == 1


def test_different_people_different_keys() -> None:
    assert normalize_person_name("Ahmad Yani") != normalize_person_name("Ahmad Yanti")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19850312 201001 1 002", "198503122010011002"),
        ("19850312-201001-1-002", "198503122010011002"),
        ("NIP. 198503122010011002", "198503122010011002"),
        ("１９８５", "1985"),
        ("", ""),
        ("abc", ""),
    ],
)
def test_normalize_nip(text: str, expected: str) -> None:
    assert normalize_nip(text) == expected
