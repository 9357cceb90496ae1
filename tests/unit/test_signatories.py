"""Signing forms, the Tembusan without the signer, the reporter guard's normalization."""

from __future__ import annotations

import pytest

from wbs_desktop.domain.reporter_guard import find_reporter, name_tokens, phone_core
from wbs_desktop.domain.signatories import (
    Official,
    SignForm,
    signature_position,
    signer_positions,
    tembusan_without_signer,
)

HEAD = "Kepala Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur"
SEC = Official(
    "sekretaris", "Maria Goreti Lake, S.H.", position="Sekretaris Badan Kepegawaian Daerah"
)
KEPALA = Official("kepala", "Dr. Yohanes", position=HEAD)
TEMBUSAN = (
    "Kepala Badan Kepegawaian Daerah Provinsi NTT (sebagai laporan)",
    "Inspektur Daerah",
    "Arsip",
)


def test_the_forms_of_signing() -> None:
    assert signature_position(KEPALA, SignForm.OWN, HEAD) == f"{HEAD},"
    assert signature_position(SEC, SignForm.AN, HEAD) == (
        f"a.n. {HEAD}\nSekretaris Badan Kepegawaian Daerah,"
    )
    assert signature_position(SEC, SignForm.PLT, HEAD) == f"Plt. {HEAD},"
    assert signature_position(SEC, SignForm.PLH, HEAD) == f"Plh. {HEAD},"


@pytest.mark.parametrize(
    ("official", "form", "kept"),
    [
        (KEPALA, SignForm.OWN, ("Inspektur Daerah", "Arsip")),  # the head is not copied
        (SEC, SignForm.AN, TEMBUSAN),  # a.n.: the head gets the copy "sebagai laporan"
        (SEC, SignForm.PLT, ("Inspektur Daerah", "Arsip")),  # Plt. signs as the head
        (SEC, SignForm.PLH, ("Inspektur Daerah", "Arsip")),
    ],
)
def test_the_tembusan_never_copies_the_signer(
    official: Official, form: SignForm, kept: tuple[str, ...]
) -> None:
    assert tembusan_without_signer(TEMBUSAN, signer_positions(official, form, HEAD)) == kept


def test_a_secretary_signing_own_letter_is_not_copied() -> None:
    items = ("Sekretaris BKD Prov. NTT", "Arsip")
    assert tembusan_without_signer(items, signer_positions(SEC, SignForm.OWN, HEAD)) == ("Arsip",)


def test_phone_core() -> None:
    assert phone_core("+62 812-3456-7890") == phone_core("0812 3456 7890") == "81234567890"
    assert phone_core("62-812.3456.7890") == "81234567890"


def test_name_tokens_drop_titles_and_short_words() -> None:
    assert name_tokens("Drs. Yo Mbete, S.H.") == {"mbete"}
    assert name_tokens('Maria "Nona" D\'Souza') == {"maria", "nona", "dsouza"}


@pytest.mark.parametrize(
    "text",
    [
        "Ruang Rapat 0812 3456 7890",
        "hubungi +62-812-3456-7890",
        "(0812)34567890",
        "Sdr. MBETE",
        "yohanes.mbete",
        "YOHANES.MBETE@EXAMPLE.ID",
        "Rumah D\u2019Souza",
        "WBSK7QF3M9X",
    ],
)
def test_the_guard_finds_the_reporter(text: str) -> None:
    assert find_reporter(
        [text],
        name="Yohanes Mbete",
        phone="0812-3456-7890",
        email="yohanes.mbete@example.id",
        tracking="WBS-K7QF-3M9X",
    ) or find_reporter([text], name="Maria D'Souza", phone="", email="")


def test_the_guard_lets_the_letter_through() -> None:
    assert (
        find_reporter(
            ["Ruang Rapat Inspektorat", "NIP 198112032006041012", "Kamis, 18 Februari 2027"],
            name="Yohanes Mbete",
            phone="0812-3456-7890",
            email="yohanes.mbete@example.id",
            tracking="WBS-K7QF-3M9X",
        )
        is None
    )
    # a family name the accused shares with the reporter: the addressee is named anyway
    assert (
        find_reporter(
            ["Sdr. Agustinus Mbete"], name="Yohanes Mbete", addressee_names=["Agustinus Mbete"]
        )
        is None
    )


def test_the_guard_finds_the_reporters_address_but_not_the_town() -> None:
    address = "Jl. Timor Raya No. 5\nOesapa, Kelapa Lima\nKupang"
    found = find_reporter(["Tempat: rumah di JL. TIMOR  RAYA No. 5"], name="", address=address)
    assert found is not None and found.what == "address"
    assert find_reporter(["Ruang Rapat BKD, Kupang"], name="", address=address) is None
