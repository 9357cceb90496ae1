"""The recovery sheet: the one printout of the office's recovery key.

The app never stores the key; this sheet is its only copy. One page, plain,
no kop (it is not a letter): what it is, the key large in a monospace face
in groups, the fingerprint to check it against, and what to do with it.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from wbs_desktop.domain.dates import OFFICE_TZ, format_datetime_id, to_local
from wbs_desktop.letters.fonts import MONO_BOLD, SERIF_BOLD
from wbs_desktop.letters.kinds import TITLES
from wbs_desktop.letters.layout import (
    TEXT_WIDTH,
    TableStyle,
    WritingLines,
    fixed,
    numbered,
    para,
    rich,
    rows,
    styles,
)
from wbs_desktop.letters.model import Letter, LetterKind, RecoverySheet

TITLE = TITLES[LetterKind.RECOVERY_SHEET]
GROUPS_PER_LINE = 4


def key_groups(key: str) -> list[str]:
    """The key's groups as printed: split on dashes/spaces, or in fours if it has none."""
    parts = [p for p in re.split(r"[\s\-]+", key.strip()) if p]
    if len(parts) <= 1 and parts:
        text = parts[0]
        parts = [text[i : i + 4] for i in range(0, len(text), 4)]
    return parts


def _key_box(key: str) -> Table:
    st = styles()
    groups = key_groups(key)
    mono = ParagraphStyle("key", parent=st.center, fontName=MONO_BOLD, fontSize=21, leading=32)
    lines = [
        " - ".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    ] or ["-"]
    cells = [para(line, mono, font=MONO_BOLD) for line in lines]
    table = Table([[cells]], colWidths=[TEXT_WIDTH], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 2, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 12),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 14),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _warning(text: str) -> Table:
    st = styles()
    style = ParagraphStyle("warn", parent=st.body, fontName=SERIF_BOLD, alignment=1)
    table = Table([[fixed(text, style)]], colWidths=[TEXT_WIDTH], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EDEDED")),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


def recovery_sheet(letter: Letter) -> list[Flowable]:
    c = letter.content
    assert isinstance(c, RecoverySheet)
    st = styles()
    created = (
        format_datetime_id(to_local(c.created_at, OFFICE_TZ))
        if c.created_at.tzinfo is not None
        else format_datetime_id(c.created_at.replace(tzinfo=OFFICE_TZ))
    )
    story: list[Flowable] = [
        fixed("<b>RAHASIA</b>", st.right),
        Spacer(1, 6),
        fixed(
            f"<u>{TITLE.upper()}</u>",
            ParagraphStyle("rt", parent=st.title, fontSize=16, leading=20),
        ),
        fixed("WBS Desktop", st.subtitle),
        para(c.office_name, st.subtitle),
        Spacer(1, 14),
        _warning(
            "Simpan lembar ini di brankas (lemari besi) kantor. Aplikasi tidak menyimpan kunci "
            "ini: "
            "lembar ini satu-satunya salinan. Siapa pun yang memegang kunci ini dapat membuka "
            "seluruh "
            "data pengaduan, termasuk identitas pelapor."
        ),
        Spacer(1, 16),
        fixed("<b>Kunci pemulihan</b>", st.plain),
        Spacer(1, 4),
        _key_box(c.recovery_key),
        Spacer(1, 10),
        rows(
            [
                (
                    "Sidik jari kunci",
                    para(
                        c.fingerprint,
                        ParagraphStyle("fp", parent=st.plain, fontName=MONO_BOLD),
                        font=MONO_BOLD,
                    ),
                ),
                *(
                    [
                        (
                            "Sidik jari kunci akar kantor",
                            para(
                                "  ".join(key_groups(c.root_fingerprint)),
                                ParagraphStyle("rfp", parent=st.plain, fontName=MONO_BOLD),
                                font=MONO_BOLD,
                            ),
                        )
                    ]
                    if c.root_fingerprint
                    else []
                ),
                ("Dibuat pada", created),
                ("Dibuat oleh", c.created_by),
            ],
            label_width=4.0 * cm,
        ),
        Spacer(1, 14),
        fixed("<b>Kapan dan bagaimana kunci ini digunakan</b>", st.plain),
        Spacer(1, 4),
    ]
    steps = [
        "Hanya bila kantor kehilangan akses: semua administrator lupa kata sandi atau tidak lagi "
        "bertugas. "
        "Dengan kunci ini dapat dibuat administrator baru.",
        "Gunakan fitur pemulihan pada WBS Desktop dan ketikkan kunci di atas persis seperti "
        "tertulis. "
        "Huruf besar/kecil, spasi, dan tanda hubung tidak berpengaruh.",
        "Bila aplikasi menampilkan sidik jari kunci, cocokkan dengan sidik jari pada lembar ini.",
        "Setiap komputer menampilkan sidik jari kunci akar kantor pada layar masuk. Cocokkan "
        "kelompok demi kelompok dengan lembar ini; bila berbeda, jangan masuk dan laporkan "
        "kepada pimpinan.",
        "Jangan memotret, memindai, menyalin, atau mengirim kunci ini melalui surel atau pesan. "
        "Bila lembar ini hilang atau diduga diketahui orang lain, segera laporkan kepada pimpinan.",
    ]
    small_numbered = ParagraphStyle(
        "rs-num", parent=st.numbered, bulletIndent=0, leftIndent=0.6 * cm
    )
    story += numbered(steps, small_numbered)
    story.append(Spacer(1, 18))
    sign_style = ParagraphStyle("rs-sign", parent=st.small)
    sign = Table(
        [
            [
                fixed("Dicetak dan diserahkan oleh,", sign_style),
                fixed("Disaksikan oleh,", sign_style),
                fixed("Disimpan di:", sign_style),
            ],
            [Spacer(1, 1.6 * cm), Spacer(1, 1.6 * cm), WritingLines(2, spacing=0.7 * cm)],
            [
                para(c.created_by, sign_style),
                fixed("." * 40, sign_style),
                fixed("Tanggal: " + "." * 25, sign_style),
            ],
        ],
        colWidths=[TEXT_WIDTH / 3] * 3,
        splitInRow=1,
    )
    sign.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    story.append(KeepTogether([sign]))
    return story


__all__ = ["TITLE", "key_groups", "recovery_sheet", "rich"]
