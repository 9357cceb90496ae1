"""Every kind renders and says what it must; the same input gives the same bytes."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from tests.letters import samples
from tests.letters.pdfcheck import assert_in_order, assert_says, norm, pages_text, reader, text
from wbs_desktop.letters import TITLES, LetterKind, render
from wbs_desktop.letters.forms import BLANK_FORM_FIELDS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def rendered() -> dict[LetterKind, bytes]:
    return {kind: render(letter) for kind, letter in samples.every_kind().items()}


def test_every_kind_has_a_sample() -> None:
    assert set(samples.every_kind()) == set(LetterKind)


@pytest.mark.parametrize("kind", list(LetterKind))
def test_valid_pdf_with_title_and_plain_metadata(
    rendered: dict[LetterKind, bytes], kind: LetterKind
) -> None:
    pdf = reader(rendered[kind])
    assert len(pdf.pages) >= 1
    assert pdf.pages[0].mediabox.width == pytest.approx(595.27, abs=0.1)  # A4
    assert pdf.pages[0].mediabox.height == pytest.approx(841.89, abs=0.1)
    info = pdf.metadata
    assert info.title == TITLES[kind]
    assert info.creator == "WBS Desktop"
    # no person in the metadata: it is visible without opening the letter
    meta_text = " ".join(str(v) for v in info.values())
    for person in ("Agustinus", "Yuliana", "Fransiskus", "Yohanes", "Theresia"):
        assert person not in meta_text
    assert_says(text(rendered[kind]).casefold(), TITLES[kind].casefold())


#: Letters in the surat dinas frame (the summonses have the PerBKN form: see below).
LETTERS = [
    LetterKind.INVITE_REPORTER,
    LetterKind.REQUEST_WITNESS,
    LetterKind.REQUEST_COMPLETION,
]


@pytest.mark.parametrize("kind", LETTERS)
def test_letter_frame(rendered: dict[LetterKind, bytes], kind: LetterKind) -> None:
    """Kop, Nomor block, date of signing, Yth., signature with NIP, Tembusan."""
    letter = samples.every_kind()[kind]
    pages = pages_text(rendered[kind])
    first, everything = pages[0], "\n".join(pages)
    head = letter.letterhead
    assert_says(
        first, head.government, head.agency, head.address, head.phone, head.email, head.website
    )
    assert_says(
        first,
        "Nomor",
        letter.meta.number,
        "Kupang, 28 November 2026",
        "Sifat",
        "Rahasia" if kind != LetterKind.REQUEST_COMPLETION else "Penting",
        "Lampiran",
        "Hal",
        TITLES[kind],
    )
    assert_in_order(first, ["Nomor", "Sifat", "Lampiran", "Hal", "Kepada", "Yth."])
    addressee = letter.content.addressee
    assert_says(first, f"Sdr. {addressee.name}", addressee.position, addressee.unit)
    assert_says(first, addressee.address or "di Tempat")
    s = letter.signatory
    assert_says(everything, "KEPALA BADAN KEPEGAWAIAN DAERAH", s.name, s.rank, f"NIP. {s.nip}")
    assert_in_order(
        everything,
        ["Demikian", s.name, "NIP.", "Tembusan Yth.:", "1. Gubernur", "2. Inspektur", "3. Arsip."],
    )
    assert_says(everything, "diucapkan terima kasih")


@pytest.mark.parametrize("kind", [LetterKind.INVITE_REPORTER, LetterKind.REQUEST_WITNESS])
def test_hearing_details(rendered: dict[LetterKind, bytes], kind: LetterKind) -> None:
    everything = text(rendered[kind])
    assert_in_order(
        everything,
        [
            "Hari/Tanggal",
            ":",
            "Kamis, 10 Desember 2026",
            "Pukul",
            ":",
            "09.00 WITA s.d. selesai",
            "Tempat",
            ":",
            samples.HEARING.place,
            "Menghadap kepada",
            ":",
            "1. Maria Goreti Lake, S.H.",
            "2. Paulus Ndun, S.Sos.",
        ],
    )


@pytest.mark.parametrize("kind", [LetterKind.SUMMONS_ACCUSED, LetterKind.SUMMONS_ACCUSED_2])
def test_summons_in_the_perbkn_form(rendered: dict[LetterKind, bytes], kind: LetterKind) -> None:
    """PerBKN 6/2022, line by line: RAHASIA top and bottom of every page; the centred
    title with the number under it; 1. the accused, the examiner, when and where, for
    what; 2. "Demikian untuk dilaksanakan."; place and date, signer; Tembusan Yth."""
    letter = samples.every_kind()[kind]
    pages = pages_text(rendered[kind])
    assert all(page.count("RAHASIA") == 2 for page in pages)
    s = letter.signatory
    roman = "II" if kind is LetterKind.SUMMONS_ACCUSED_2 else "I"
    assert_in_order(
        "\n".join(pages),
        [
            samples.HEAD.agency,
            f"SURAT PANGGILAN {roman}",
            f"Nomor {letter.meta.number}",
            "1.",
            "Bersama ini diminta dengan hormat kehadiran Saudara:",
            "Nama",
            ":",
            "Agustinus Benu, S.E.",
            "NIP",
            ":",
            "19811003 200604 1 012",
            "Pangkat",
            ":",
            "Penata Tingkat I (III/d)",
            "Jabatan",
            ":",
            "Kepala Subbagian Keuangan",
            "Unit Kerja",
            ":",
            "Dinas Pendidikan dan Kebudayaan Provinsi NTT",
            "untuk menghadap kepada:",
            "Nama",
            ":",
            "Maria Goreti Lake, S.H.",
            "NIP",
            ":",
            "198203142006042011",
            "Pangkat",
            ":",
            "Penata Tingkat I (III/d)",
            "Jabatan",
            ":",
            "Pemeriksa Ahli Muda",
            "pada",
            "Hari",
            ":",
            "Kamis",
            "Tanggal",
            ":",
            "10 Desember 2026",
            "Jam",
            ":",
            "09.00 WITA",
            "Tempat",
            ":",
            samples.HEARING.place,
            "untuk diperiksa sehubungan dengan dugaan pelanggaran disiplin berupa penyalahgunaan "
            "wewenang dalam pengelolaan dana BOS.",
            "2.",
            "Demikian untuk dilaksanakan.",
            "Kupang, 28 November 2026",
            "KEPALA BADAN KEPEGAWAIAN DAERAH",
            s.name,
            f"NIP. {s.nip}",
            "Tembusan Yth.:",
            "1. Gubernur",
        ],
    )
    t = "\n".join(pages)
    # not the surat dinas frame, and no second copy of "dugaan pelanggaran disiplin berupa"
    assert "Hal" not in t.split() and "Kepada" not in t
    assert t.count("pelanggaran disiplin berupa") == 1


def test_summons_second_refers_to_the_first(rendered: dict[LetterKind, bytes]) -> None:
    t = text(rendered[LetterKind.SUMMONS_ACCUSED_2])
    assert_says(
        t,
        "Surat Panggilan I Nomor 800/098/BKD/XI/2026 tanggal 12 November 2026",
        "untuk diperiksa pada tanggal 24 November 2026",
    )
    assert "Surat Panggilan II" not in text(rendered[LetterKind.SUMMONS_ACCUSED])


def test_invitation_to_the_reporter(rendered: dict[LetterKind, bytes]) -> None:
    t = text(rendered[LetterKind.INVITE_REPORTER])
    assert_says(
        t,
        "Undangan Klarifikasi",
        "Nomor Register WBS-2026-00042",
        "klarifikasi",
        "Identitas Saudara sebagai pelapor dirahasiakan",
        "mohon membawa:",
        "1. Kartu identitas (KTP)",
        "2. Salinan bukti transfer",
    )


def test_request_to_a_witness(rendered: dict[LetterKind, bytes]) -> None:
    t = text(rendered[LetterKind.REQUEST_WITNESS])
    assert_says(
        t,
        "Permintaan Keterangan sebagai Saksi",
        "sebagai saksi",
        "untuk dimintai keterangan",
        "Nomor Register WBS-2026-00042",
        "terkait dugaan pelanggaran disiplin",
    )


def test_request_for_completion(rendered: dict[LetterKind, bytes]) -> None:
    letter = samples.completion()
    t = text(rendered[LetterKind.REQUEST_COMPLETION])
    assert_says(
        t,
        "Permintaan Kelengkapan Pengaduan",
        "pada tanggal 20 November 2026",
        "WBS-2026-00057",
        "kode pelacakan K7QF-3M9X",
        "4W1H",
        "paling lambat tanggal 14 Desember 2026",
        letter.content.contact,
        "akan ditutup",
    )
    assert_in_order(t, [f"{i}. {item}" for i, item in enumerate(letter.content.missing, 1)])


def test_custom_hal_replaces_the_default() -> None:
    letter = samples.witness()
    letter = replace(letter, meta=replace(letter.meta, hal="Permintaan Keterangan Saksi Perkara"))
    t = text(render(letter))
    assert_says(t, "Hal", "Permintaan Keterangan Saksi Perkara")


def test_receipt(rendered: dict[LetterKind, bytes]) -> None:
    pages = pages_text(rendered[LetterKind.RECEIPT])
    assert len(pages) == 1
    t = pages[0]
    assert_says(
        t,
        "TANDA TERIMA PENGADUAN",
        "Nomor: TT/0042/WBS/XI/2026",
        "Nomor Register",
        "WBS-2026-00042",
        "KODE PELACAKAN",
        "K7QF-3M9X-TR2D",
        "Sabtu, 28 November 2026 pukul 09.15 WITA",
        "Datang langsung",
        "Penyalahgunaan wewenang",
        "1. Formulir pengaduan (2 lembar)",
        "Theresia Ndolu",
        "NIP. 19900214 201503 2 007",
        "Kupang, 28 November 2026",
    )
    # what happens next
    assert_says(
        t,
        "4W1H",
        "What (apa), Where (di mana), When (kapan), Who (siapa), dan How (bagaimana)",
        "paling lama 14 hari kerja",
        "dapat menghubungi Anda",
        "Identitas pelapor dirahasiakan",
        "menyebutkan kode pelacakan",
        "telepon (0380) 821000",
        "bkd.nttprov.go.id/web/wbs-bkdntt",
    )
    assert_in_order(t, ["Langkah selanjutnya", "1.", "2.", "3.", "4."])


def test_minutes(rendered: dict[LetterKind, bytes]) -> None:
    t = text(rendered[LetterKind.MINUTES])
    assert_says(
        t,
        "BERITA ACARA PEMERIKSAAN",
        "Pada hari ini Kamis tanggal sepuluh bulan Desember tahun dua ribu dua puluh enam "
        "(10-12-2026)",
        "pukul 09.00 WITA s.d. selesai",
        samples.HEARING.place,
        "Nomor Register WBS-2026-00042",
        "Kedudukan",
        "Terlapor",
        "NIP",
        "19811003 200604 1 012",
    )
    assert_in_order(
        t,
        [
            x
            for i, (q, a) in enumerate(samples.QA, 1)
            for x in (f"{i}.", "Pertanyaan:", q, "Jawaban:", a)
        ],
    )
    assert_in_order(
        t,
        [
            "Keterangan tambahan",
            "Tidak ada keterangan tambahan.",
            "Demikian",
            "Yang Diperiksa (Terlapor)",
            "Agustinus Benu, S.E.",
        ],
    )
    assert_in_order(t, ["Demikian", "Tim Pemeriksa", "1. Maria Goreti Lake"])
    assert_says(t, "1. Maria Goreti Lake, S.H.", "2. Paulus Ndun, S.Sos.", "ditandatangani")
    assert "menolak" not in t


def test_minutes_refused_signature() -> None:
    t = text(render(samples.minutes(signed=False)))
    assert_says(
        t,
        "Yang diperiksa menolak menandatangani Berita Acara Pemeriksaan ini",
        "Catatan: Terperiksa menyatakan keberatan atas jalannya pemeriksaan.",
        "(menolak menandatangani)",
    )


def test_minutes_blank_form() -> None:
    letter = samples.minutes(signed=None, qa=(), statements="")
    t = text(render(letter))
    assert t.count("Pertanyaan:") == letter.content.blank_questions
    assert t.count("Jawaban:") == letter.content.blank_questions
    assert_says(t, "BERITA ACARA PEMERIKSAAN", "Kamis", "Yang Diperiksa (Terlapor)")
    assert "menolak" not in t and "ditandatangani oleh" not in t


def test_blank_form_lists_every_field_in_dialog_order(rendered: dict[LetterKind, bytes]) -> None:
    t = text(rendered[LetterKind.BLANK_FORM])
    assert_says(t, "FORMULIR PENGADUAN", samples.HEAD.agency)
    assert_in_order(t.casefold(), [field.casefold() for field in BLANK_FORM_FIELDS])
    # the dialog's order: reporter (name, phone, e-mail, consent), type, accused (name, NIP,
    # position, unit), where, when, chronology, material loss + estimate, evidence
    assert_in_order(
        t,
        [
            "IDENTITAS PELAPOR",
            "Nama Pelapor",
            "Telepon",
            "Surel",
            "dihubungi",
            "JENIS PENGADUAN",
            "TERLAPOR",
            "Nama Terlapor",
            "NIP",
            "Jabatan",
            "Unit Kerja",
            "Lokasi",
            "Tanggal Kejadian",
            "Kronologi",
            "What",
            "Where",
            "When",
            "Who",
            "How",
            "KERUGIAN MATERI",
            "perkiraan Rp",
            "BUKTI PENDUKUNG",
            "Pelapor,",
        ],
    )
    from wbs_desktop.domain.catalog import CHANNEL_LABELS_ID, DEFAULT_COMPLAINT_TYPES

    assert_in_order(t, [f"\u2610 {ct.label_id}" for ct in DEFAULT_COMPLAINT_TYPES])
    assert_in_order(t, ["DIISI OLEH PETUGAS", *CHANNEL_LABELS_ID.values()])


def test_recovery_sheet(rendered: dict[LetterKind, bytes]) -> None:
    pages = pages_text(rendered[LetterKind.RECOVERY_SHEET])
    assert len(pages) == 1
    t = pages[0]
    assert_in_order(t, samples.RECOVERY_KEY.split("-"))
    assert norm(samples.RECOVERY_KEY.replace("-", "")) in norm(t).replace("-", "")
    assert_says(
        t,
        "LEMBAR KUNCI PEMULIHAN",
        "RAHASIA",
        "brankas",
        "Aplikasi tidak menyimpan kunci ini",
        "AB12-CD34-EF56-7890",
        "Sabtu, 28 November 2026 pukul 10.30 WITA",
        "Administrator Sistem (admin)",
        "Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur",
    )
    assert samples.HEAD.agency not in t  # no kop: it is not a letter


@pytest.mark.parametrize("kind", list(LetterKind))
def test_same_input_same_bytes(rendered: dict[LetterKind, bytes], kind: LetterKind) -> None:
    again = render(samples.every_kind()[kind])
    assert again == rendered[kind]


def test_same_bytes_in_a_fresh_interpreter(rendered: dict[LetterKind, bytes]) -> None:
    """What the services store (bytes + SHA-256) can be re-created later, in another process."""
    code = (
        "import hashlib\n"
        "from tests.letters import samples\n"
        "from wbs_desktop.letters import render\n"
        "for kind, letter in samples.every_kind().items():\n"
        "    print(kind.value, hashlib.sha256(render(letter)).hexdigest())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    )
    hashes = dict(line.split() for line in out.stdout.splitlines())
    assert hashes == {k.value: hashlib.sha256(v).hexdigest() for k, v in rendered.items()}


def test_kop_only_on_the_first_page_and_page_numbers_from_the_second() -> None:
    long_answer = " ".join(
        f"Kalimat keterangan nomor {i} tentang penggunaan anggaran." for i in range(400)
    )
    letter = samples.minutes(qa=(*samples.QA, ("Jelaskan seluruh kronologinya!", long_answer)))
    pages = pages_text(render(letter))
    assert len(pages) >= 3
    assert samples.HEAD.agency in pages[0]
    assert "- 1 -" not in pages[0]
    for number, page in enumerate(pages[1:], 2):
        assert f"- {number} -" in [line.strip() for line in page.splitlines()], page[-200:]
        assert samples.HEAD.agency not in page and samples.HEAD.government not in page
    # the number sits centred at the top of the page
    pdf = reader(render(letter))
    spots: list[tuple[float, float]] = []

    def visit(text_: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text_.strip() == "- 2 -":
            spots.append((tm[4], tm[5]))

    pdf.pages[1].extract_text(visitor_text=visit)
    assert spots, "page number not found"
    x, y = spots[0]
    assert y > 790 and 260 < x < 330, spots


def test_single_page_letter_has_no_page_number(rendered: dict[LetterKind, bytes]) -> None:
    pages = pages_text(rendered[LetterKind.INVITE_REPORTER])
    assert len(pages) == 1
    assert "- 1 -" not in pages[0]


@pytest.mark.parametrize("kind", LETTERS)
def test_an_ordinary_letter_fits_on_one_page(
    rendered: dict[LetterKind, bytes], kind: LetterKind
) -> None:
    """Layout guard: the realistic samples (long place, two examiners, three Tembusan) fit on A4."""
    if kind is LetterKind.SUMMONS_ACCUSED_2:
        assert len(reader(rendered[kind]).pages) <= 2  # the warning paragraph makes it longer
    else:
        assert len(reader(rendered[kind]).pages) == 1


def test_assignment_and_report_leave_out_what_the_office_has_no_record_of() -> None:
    """No "NIP -" or "pada -": a person without a NIP on file, a case without a unit."""
    letter = samples.assignment()
    bare = replace(samples.ACCUSED_PERSON, nip="", position="")
    first, *others = letter.content.team
    team = (replace(first, nip=""), *others)
    letter = replace(
        letter, content=replace(letter.content, accused=bare, accused_unit="", team=team)
    )
    t = norm(text(render(letter)))
    assert norm(f"Sdr. {bare.name}, atas dugaan") in t
    assert norm("NIP -") not in t and norm("NIP ,") not in t and norm("pada -") not in t

    report = samples.examination_report()
    team = tuple(replace(p, nip="") for p in report.content.team)
    t = norm(text(render(replace(report, content=replace(report.content, team=team)))))
    assert norm(f"{team[0].name}, {team[0].rank}, {team[0].position} (Ketua)") in t
    assert norm("NIP -") not in t
