"""Bad input: markup characters, emoji, other scripts, very long text.

Every user text must print as typed (read back with pypdf, modulo whitespace),
never be parsed as markup, never be cut, and never break the PDF.
"""

from __future__ import annotations

import collections
import dataclasses
import re
from typing import Any

import pytest

from tests.letters import samples
from tests.letters.pdfcheck import assert_says, body, norm, pages_text, reader, text
from wbs_desktop.letters import Letter, LetterError, LetterKind, render

HOSTILE = {
    "markup": (
        'PT "Maju & Jaya" <b>tebal</b> </para> <font name="x"> &amp; &lt; &#65; \'kutip\' ]]>'
    ),
    "script": "<script>alert('x')</script> a < b > c",
    "emoji": "Budi 😀🎉 👍🏽 ❤️ 👨‍👩‍👧 ☎ ✓ 🇮🇩 🥲",
    "arabic": "عبد الله بن محمد",
    "chinese": "王小明（李华）先生",
    "greek": "Γιώργος Παπαδόπουλος",
    "mixed": "Yohanes (يوحنا) 约翰 Ιωάννης",
    "newlines": "Baris satu\nBaris dua\n\nBaris empat",
    "long_word": "https://contoh.go.id/" + "x" * 300,
    # Devanagari, Javanese: no shipped font, but kept as typed in the text layer
    "uncovered": "कार्य ꦲꦏ꧀ꦱꦫ",
}


def _replace_text(obj: Any, value: str) -> Any:
    """A copy of a dataclass tree with every str (and every str in a tuple) set to ``value``."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(obj):
            current = getattr(obj, f.name)
            if f.name in ("kind", "logo_path"):
                continue
            if isinstance(current, str):
                changes[f.name] = value
            elif (
                isinstance(current, tuple) and current and all(isinstance(x, str) for x in current)
            ):
                changes[f.name] = (value,) * len(current)
            elif (
                isinstance(current, tuple)
                and current
                and all(isinstance(x, tuple) for x in current)
            ):
                changes[f.name] = tuple((value,) * len(pair) for pair in current)
            elif (
                isinstance(current, tuple)
                and current
                and all(dataclasses.is_dataclass(x) for x in current)
            ):
                changes[f.name] = tuple(_replace_text(x, value) for x in current)  # the team
            elif dataclasses.is_dataclass(current):
                changes[f.name] = _replace_text(current, value)
        return dataclasses.replace(obj, **changes)
    return obj


def _text_fields(obj: Any) -> int:
    count = 0
    for f in dataclasses.fields(obj):
        current = getattr(obj, f.name)
        if f.name in ("kind", "logo_path"):
            continue
        if isinstance(current, str):
            count += 1
        elif dataclasses.is_dataclass(current):
            count += _text_fields(current)
    return count


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_in_a_summons_reads_back(name: str) -> None:
    value = HOSTILE[name]
    letter = _replace_text(samples.summons(), value)
    t = text(render(letter))
    assert norm(t).count(norm(value)) >= 10, t[:2000]
    if name in ("markup", "script"):
        # escaped, not interpreted: the tag text itself is printed
        assert "<b>tebal</b>" in t or "<script>" in t


EVERYTHING = " | ".join(HOSTILE[k] for k in ("markup", "emoji", "chinese", "greek", "newlines"))


@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_text_field_of_every_kind_takes_hostile_text(kind: LetterKind) -> None:
    letter = _replace_text(samples.every_kind()[kind], EVERYTHING)
    pdf = render(letter)
    reader(pdf)
    t = text(pdf)
    assert norm(EVERYTHING) in norm(t)
    # each field is printed somewhere: at least as many copies as there are text fields
    # that the document shows (a few, like the label in Minutes.examinee_details, double up)
    assert norm(t).count(norm(EVERYTHING)) >= 3


def test_arabic_is_shaped_and_reads_back_in_logical_order() -> None:
    letter = _replace_text(samples.witness(), "placeholder")
    name = "عبد الله بن محمد"
    content = dataclasses.replace(
        letter.content, addressee=dataclasses.replace(letter.content.addressee, name=name)
    )
    pdf = render(dataclasses.replace(letter, content=content))
    raw = text(pdf)
    # printed with contextual forms (presentation forms), which normalise back to the letters typed
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in raw)
    assert_says(raw, name)


def test_control_characters_and_broken_surrogates_do_not_break_the_pdf() -> None:
    value = "A\x00B\x07C\x1bD\ud800E\r\nF\tG"
    letter = _replace_text(samples.receipt(), value)
    t = text(render(letter))
    assert_says(t, "ABCD\ufffdE", "F G")


CHRONOLOGY = "".join(
    f"{i}. Pada tanggal {i % 28 + 1} Juli 2026 terlapor menerima uang Rp{i * 1000:,} dari pihak "
    "ketiga "
    f'di ruang kerja <lantai {i % 3 + 1}> & meminta agar "tidak dicatat". '
    for i in range(1, 400)
)[:20_000]


def test_a_20000_character_chronology_flows_over_pages_and_is_never_cut() -> None:
    assert len(CHRONOLOGY) == 20_000
    letter = samples.minutes(
        qa=(*samples.QA, ("Uraikan kronologi kejadian selengkapnya!", CHRONOLOGY)),
        statements=CHRONOLOGY,
    )
    pdf = render(letter)
    pages = pages_text(pdf)
    assert len(pages) >= 6
    for number, page in enumerate(pages[1:], 2):
        assert f"- {number} -" in page.splitlines()
    assert norm(body(pdf)).count(norm(CHRONOLOGY)) == 2  # both copies complete
    assert_says(pages[-1], "Yang Diperiksa", "Tim Pemeriksa")


def _token_counts(pdf: bytes, n: int) -> collections.Counter[int]:
    found = collections.Counter(re.findall(r"[qQ]\d{4}", body(pdf)))
    return collections.Counter(found[f"q{i:04d}"] + found[f"Q{i:04d}"] for i in range(n))


@pytest.mark.parametrize("kind", list(LetterKind))
def test_no_field_is_ever_cut(kind: LetterKind) -> None:
    """Numbered words in every text field: each must come back exactly as often as the others."""
    # 600 words (3,600 characters): table cells taller than a page, split across pages
    n = 600 if kind in (LetterKind.SUMMONS_ACCUSED, LetterKind.MINUTES) else 200
    value = " ".join(f"q{i:04d}" for i in range(n))
    pdf = render(_replace_text(samples.every_kind()[kind], value))
    counts = _token_counts(pdf, n)
    assert len(counts) == 1, f"some words are missing: {counts}"
    (copies,) = counts
    assert copies >= 4


def test_a_20000_character_report_flows_over_pages_and_is_never_cut() -> None:
    letter = samples.examination_report()
    findings = " ".join(f"temuan{i:05d}" for i in range(1800))[:20_000]
    long = dataclasses.replace(
        letter, content=dataclasses.replace(letter.content, findings=findings)
    )
    pages = pages_text(render(long))
    assert len(pages) > 3
    flat = norm(body(render(long))).replace("RAHASIA", "")  # the marks end each page
    assert len(findings) == 20_000
    assert norm(findings) in flat  # every word, in order, none cut
    assert norm("Rekomendasi Jenis Hukuman Disiplin") in flat  # what follows is still there


def test_many_tembusan_and_examiners() -> None:
    letter = samples.invite()
    many = tuple(f"Kepala Perangkat Daerah nomor {i} Provinsi NTT;" for i in range(1, 61))
    examiners = tuple(f"Pemeriksa ke-{i}, S.H." for i in range(1, 31))
    letter = dataclasses.replace(
        letter,
        meta=dataclasses.replace(letter.meta, tembusan=many),
        content=dataclasses.replace(
            letter.content, hearing=dataclasses.replace(letter.content.hearing, examiners=examiners)
        ),
    )
    t = text(render(letter))
    assert_says(t, *(f"{i}. {item}" for i, item in enumerate(many, 1)))
    assert_says(t, *(f"{i}. {e}" for i, e in enumerate(examiners, 1)))


def _png(path: Any, size: tuple[int, int] = (120, 160)) -> None:
    from PIL import Image

    Image.new("RGB", size, (200, 30, 30)).save(path, format="PNG")


def test_configured_logo_is_drawn(tmp_path: Any) -> None:
    logo = tmp_path / "logo.png"
    _png(logo)
    letter = samples.summons()
    with_logo = dataclasses.replace(
        letter, letterhead=dataclasses.replace(letter.letterhead, logo_path=str(logo))
    )
    pdf = render(with_logo)
    images = list(reader(pdf).pages[0].images)
    assert len(images) == 1
    assert render(with_logo) == pdf  # still deterministic
    assert not list(reader(render(letter)).pages[0].images)  # the default emblem is vector


@pytest.mark.parametrize("content", [b"", b"not an image", b"GIF89a...."])
def test_bad_logo_file_gives_a_clear_error(tmp_path: Any, content: bytes) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(content)
    letter = samples.receipt()
    bad = dataclasses.replace(
        letter, letterhead=dataclasses.replace(letter.letterhead, logo_path=str(logo))
    )
    with pytest.raises(LetterError) as info:
        render(bad)
    assert info.value.code == "letter_bad_logo"


def test_missing_logo_file_gives_a_clear_error(tmp_path: Any) -> None:
    letter = samples.receipt()
    bad = dataclasses.replace(
        letter,
        letterhead=dataclasses.replace(letter.letterhead, logo_path=str(tmp_path / "nowhere.png")),
    )
    with pytest.raises(LetterError, match="logo"):
        render(bad)


def test_empty_optional_fields_print_cleanly() -> None:
    letter = samples.summons()
    bare = dataclasses.replace(
        letter,
        letterhead=dataclasses.replace(letter.letterhead, phone="", email="", website=""),
        meta=dataclasses.replace(letter.meta, tembusan=()),
        signatory=dataclasses.replace(letter.signatory, rank="", nip=""),
        content=dataclasses.replace(
            letter.content,
            rank="",
            addressee=dataclasses.replace(letter.content.addressee, position="", unit=""),
            hearing=dataclasses.replace(letter.content.hearing, examiners=()),
            examiner=None,
        ),
    )
    t = text(render(bare))
    assert "Tembusan" not in t and "NIP." not in t and "Pos-el" not in t
    assert_says(t, "SURAT PANGGILAN I", "Agustinus Benu, S.E.", "Jabatan : -")


def test_unknown_object_is_refused() -> None:
    with pytest.raises(TypeError):
        render("not a letter")  # type: ignore[arg-type]
    assert isinstance(samples.summons(), Letter)
