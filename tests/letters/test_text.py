"""Text preparation (bidi, Arabic shaping, cleaning), fonts and small helpers."""

from __future__ import annotations

import unicodedata

import pytest

from wbs_desktop.letters import fonts
from wbs_desktop.letters import text as textprep
from wbs_desktop.letters.forms import words_id
from wbs_desktop.letters.recovery import key_groups
from wbs_desktop.paths import resource_path


def test_clean() -> None:
    assert textprep.clean("a\r\nb\rc\u2028d\te\x00f\x1b") == "a\nb\nc\nd ef"
    assert textprep.clean("e\u0301") == "\u00e9"  # NFC
    assert textprep.clean("x\ud800y") == "x\ufffdy"


def test_arabic_contextual_forms() -> None:
    shaped = textprep.shape_arabic("الله")  # alef, lam, lam, heh
    names = [unicodedata.name(c) for c in shaped]
    assert names == [
        "ARABIC LETTER ALEF ISOLATED FORM",
        "ARABIC LETTER LAM INITIAL FORM",
        "ARABIC LETTER LAM MEDIAL FORM",
        "ARABIC LETTER HEH FINAL FORM",
    ]
    assert unicodedata.normalize("NFKC", shaped) == "الله"


def test_lam_alef_ligature() -> None:
    shaped = textprep.shape_arabic("سلام")
    assert "ARABIC LIGATURE LAM WITH ALEF FINAL FORM" in [unicodedata.name(c) for c in shaped]
    assert unicodedata.normalize("NFKC", shaped) == "سلام"


def test_rtl_runs_are_reversed_and_numbers_kept() -> None:
    segments = textprep.visual_segments("Nama: שלום 123 עולם end")
    assert segments[0] == (False, "Nama: ")
    assert segments[1][0] is True
    assert segments[1][1] == "םלוע 123 םולש"
    assert segments[2] == (False, " end")
    assert textprep.visual_line("plain text") == "plain text"


def test_fallback_fonts() -> None:
    fonts.ensure_fonts()
    assert fonts.font_for(fonts.SERIF, ord("a")) == fonts.SERIF
    assert fonts.font_for(fonts.SERIF, ord("Ω")) == fonts.SERIF
    assert fonts.font_for(fonts.SERIF, 0xFEDF) == fonts.SANS  # Arabic presentation form
    assert fonts.font_for(fonts.SERIF, ord("😀")) in (fonts.SANS, fonts.EMOJI)
    assert fonts.font_for(fonts.SERIF, ord("🥲")) == fonts.EMOJI
    assert fonts.font_for(fonts.SERIF, ord("王")) == fonts.CJK
    assert fonts.font_for(fonts.SERIF, ord("क")) == fonts.LAST_RESORT


def test_markup_escapes_and_keeps_lines() -> None:
    m = fonts.markup('a & b <i>c</i> "d"\ne')
    assert m == "a &amp; b &lt;i&gt;c&lt;/i&gt; &quot;d&quot;<br/>e"


def test_smp_to_unicode_map_is_utf16() -> None:
    from reportlab.pdfbase import ttfonts

    fonts.ensure_fonts()
    cmap = ttfonts.makeToUnicodeCMap("X", [0x41, 0x1F600])
    assert "<01> <D83DDE00>" in cmap and "<00> <0041>" in cmap


def test_font_folder_is_modest_and_licensed() -> None:
    folder = resource_path("fonts")
    total = sum(p.stat().st_size for p in folder.iterdir())
    assert total < 6 * 1024 * 1024
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for name in fonts.FONT_FILES.values():
        assert (folder / name).is_file()
        assert name.split("-")[0].split(".")[0] in readme
    assert len(list(folder.glob("LICENSE*"))) >= 4


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "nol"),
        (1, "satu"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (12, "dua belas"),
        (19, "sembilan belas"),
        (28, "dua puluh delapan"),
        (31, "tiga puluh satu"),
        (100, "seratus"),
        (111, "seratus sebelas"),
        (999, "sembilan ratus sembilan puluh sembilan"),
        (1000, "seribu"),
        (1945, "seribu sembilan ratus empat puluh lima"),
        (2026, "dua ribu dua puluh enam"),
        (12000, "dua belas ribu"),
    ],
)
def test_words_id(n: int, words: str) -> None:
    assert words_id(n) == words


def test_key_groups() -> None:
    assert key_groups("WBSR-ABCD-EFGH") == ["WBSR", "ABCD", "EFGH"]
    assert key_groups("ABCD EFGH  IJ") == ["ABCD", "EFGH", "IJ"]
    assert key_groups("ABCDEFGHIJ") == ["ABCD", "EFGH", "IJ"]
