"""The office documents that are not letters: the receipt (tanda terima
pengaduan), the examination minutes (berita acara pemeriksaan) and the blank
paper complaint form.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from wbs_desktop.domain.dates import (
    OFFICE_TZ,
    day_name_id,
    format_datetime_id,
    month_name_id,
    to_local,
)
from wbs_desktop.letters.correspondence import time_text
from wbs_desktop.letters.fonts import MONO_BOLD, SERIF_BOLD
from wbs_desktop.letters.kinds import TITLES
from wbs_desktop.letters.layout import (
    INDENT,
    TEXT_WIDTH,
    TableStyle,
    WritingLines,
    fixed,
    keep,
    kop,
    numbered,
    numbered_lines,
    para,
    place_date,
    rich,
    rows,
    signature_block,
    styles,
)
from wbs_desktop.letters.model import (
    BlankForm,
    Letter,
    LetterKind,
    LetterMeta,
    Minutes,
    Receipt,
    Signatory,
)

RECEIPT_TITLE = TITLES[LetterKind.RECEIPT]
MINUTES_TITLE = TITLES[LetterKind.MINUTES]
BLANK_FORM_TITLE = TITLES[LetterKind.BLANK_FORM]

CHECKBOX = "\u2610"  # ☐, drawn from the symbol fallback font
CHECKMARK = "\u2713"  # ✓
DEFAULT_PLACE: str = LetterMeta(number="", date=date(2000, 1, 1)).place


def _title(text: str, meta: LetterMeta | None) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [fixed(f"<u>{text.upper()}</u>", st.title)]
    if meta is not None and meta.number.strip():
        out.append(fixed(f"Nomor: {rich(meta.number.strip())}", st.subtitle))
    out.append(Spacer(1, 14))
    return out


# --- receipt --------------------------------------------------------------------


def _code_box(code: str) -> Table:
    st = styles()
    label = ParagraphStyle("code-label", parent=st.small_center, fontSize=10, leading=12)
    big = ParagraphStyle("code", parent=st.center, fontName=MONO_BOLD, fontSize=24, leading=30)
    table = Table(
        [[[fixed("KODE PELACAKAN", label), para(code.strip(), big)]]],
        colWidths=[10 * cm],
        hAlign="CENTER",
        splitInRow=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F2F2F2")),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def receipt(letter: Letter) -> list[Flowable]:
    c = letter.content
    assert isinstance(c, Receipt)
    st = styles()
    received_local = to_local(c.received_at, OFFICE_TZ)
    story: list[Flowable] = [*kop(letter.letterhead), *_title(RECEIPT_TITLE, letter.meta)]
    story.append(
        fixed(
            "Telah diterima pengaduan melalui Whistleblowing System (WBS) dengan keterangan "
            "sebagai berikut:",
            st.body,
        )
    )
    story.append(
        rows(
            [
                ("Nomor Register", c.register_number),
                ("Diterima pada", format_datetime_id(received_local)),
                ("Diterima melalui", c.channel_label),
                ("Jenis Pengaduan", c.complaint_type_label),
                ("Berkas yang diterima", numbered_lines(c.attachments)),
                ("Petugas penerima", c.received_by),
            ],
            label_width=4.5 * cm,
            indent=INDENT,
        )
    )
    story += [Spacer(1, 14), _code_box(c.tracking_code), Spacer(1, 6)]
    story.append(
        fixed(
            "Simpan kode pelacakan ini. Kode ini hanya diberikan kepada Anda; jangan berikan "
            "kepada orang lain.",
            st.small_center,
        )
    )
    story.append(Spacer(1, 14))
    days = f" paling lama {c.verification_days} hari kerja" if c.verification_days else ""
    ask = (
        "Perkembangan (status) pengaduan dapat ditanyakan dengan menyebutkan kode pelacakan di atas"
    )
    if c.contact.strip():
        ask += f" melalui {rich(c.contact.strip().rstrip('.'))}"
    if c.status_url.strip():
        ask += f", atau diperiksa sendiri di {rich(c.status_url.strip().rstrip('.'))}"
    steps = [
        "Pengaduan Anda akan diverifikasi kelengkapannya berdasarkan unsur 4W1H: What (apa), Where "
        "(di mana), When (kapan), Who (siapa), dan How (bagaimana), beserta bukti pendukungnya"
        f"{days}.",
        (
            "Pengaduan ini disampaikan tanpa identitas pelapor, sehingga petugas tidak dapat "
            "menghubungi Anda. Kelengkapan pengaduan dapat ditanyakan dan disampaikan dengan "
            "menyebutkan kode pelacakan di atas. "
            if c.anonymous else
            "Apabila diperlukan konfirmasi atau kelengkapan, petugas dapat menghubungi Anda "
            "melalui kontak yang Anda berikan. "
        )
        + "Pengaduan yang belum lengkap sampai batas waktu yang ditentukan dapat ditutup.",
        "Identitas pelapor dirahasiakan dan dilindungi. Tanda terima ini tidak memuat identitas "
        "Anda.",
        f"{ask}.",
    ]
    story.append(fixed("<b>Langkah selanjutnya</b>", st.plain))
    story.append(Spacer(1, 3))
    step_style = ParagraphStyle("receipt-step", parent=st.numbered, alignment=TA_LEFT)
    story += [Paragraph(text, step_style, bulletText=f"{i}.") for i, text in enumerate(steps, 1)]
    story.append(Spacer(1, 12))
    place = letter.meta.place if letter.meta is not None else DEFAULT_PLACE
    signer = letter.signatory or Signatory(position="Petugas Penerima,", name=c.received_by)
    story.append(
        KeepTogether(
            [signature_block(signer, place_and_date=place_date(place, received_local.date()))]
        )
    )
    return story


# --- minutes ----------------------------------------------------------------------

_WORDS = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)


def words_id(n: int) -> str:
    """A whole number in Indonesian words (``2026`` -> ``dua ribu dua puluh enam``), 0..999,999."""
    if n < 0 or n >= 1_000_000:
        raise ValueError(f"out of range: {n}")
    if n < 12:
        return _WORDS[n]
    if n < 20:
        return f"{_WORDS[n - 10]} belas"

    def join(head: str, rest: int) -> str:
        return f"{head} {words_id(rest)}" if rest else head

    if n < 100:
        return join(f"{_WORDS[n // 10]} puluh", n % 10)
    if n < 200:
        return join("seratus", n - 100)
    if n < 1000:
        return join(f"{_WORDS[n // 100]} ratus", n % 100)
    if n < 2000:
        return join("seribu", n - 1000)
    return join(f"{words_id(n // 1000)} ribu", n % 1000)


def _date_in_words(d: date) -> str:
    """The BAP's date in words.

    ``hari ini Kamis tanggal sepuluh bulan Desember tahun dua ribu dua puluh enam (10-12-2026)``
    """
    return (
        f"hari ini {day_name_id(d)} tanggal {words_id(d.day)} bulan {month_name_id(d.month)} "
        f"tahun {words_id(d.year)} ({d.day:02d}-{d.month:02d}-{d.year})"
    )


def _examiner_signatures(examiners: tuple[str, ...]) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [
        fixed("Tim Pemeriksa," if len(examiners) > 1 else "Pemeriksa,", st.center),
        Spacer(1, 6),
    ]
    if not examiners:
        return [*out, Spacer(1, 1.6 * cm), fixed("(" + "." * 45 + ")", st.center)]
    data = []
    for i, name in enumerate(examiners, 1):
        data.append(
            [fixed(f"{i}.", st.plain), para(name, st.plain), fixed(f"{i}. " + "." * 18, st.plain)]
        )
    table = Table(data, colWidths=[0.6 * cm, 5.2 * cm, 3.2 * cm], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 18),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [*out, table]


def minutes(letter: Letter) -> list[Flowable]:
    c = letter.content
    assert isinstance(c, Minutes)
    st = styles()
    h = c.hearing
    story: list[Flowable] = [*kop(letter.letterhead), *_title(MINUTES_TITLE, letter.meta)]
    story.append(
        fixed(
            f"Pada {_date_in_words(h.day)}, pukul {rich(time_text(h))}, bertempat di "
            f"{rich(h.place.strip())}, "
            "kami yang bertanda tangan di bawah ini:",
            st.body_first,
        )
    )
    if h.examiners:
        story += numbered(h.examiners, st.numbered)
    else:
        story.append(WritingLines(2, indent=INDENT))
    story.append(Spacer(1, 4))
    story.append(fixed("telah melakukan pemeriksaan terhadap:", st.body))
    details: list[tuple[str, object]] = [("Nama", c.examinee_name), *c.examinee_details]
    details.append(("Kedudukan", c.examinee_role_label))
    story.append(rows(details, label_width=4.3 * cm, indent=INDENT))
    story.append(Spacer(1, 6))
    story.append(
        fixed(
            f"sehubungan dengan perkara Nomor Register {rich(c.register_number)}, dengan hasil "
            "sebagai berikut:",
            st.body,
        )
    )
    story.append(Spacer(1, 4))

    q_style = ParagraphStyle(
        "bap-q",
        parent=st.body,
        leftIndent=0.8 * cm,
        bulletIndent=0,
        bulletFontName=st.body.fontName,
        bulletFontSize=st.body.fontSize,
        spaceAfter=2,
    )
    a_style = ParagraphStyle("bap-a", parent=st.body, leftIndent=0.8 * cm, spaceAfter=8)
    pairs = c.qa or tuple(("", "") for _ in range(max(1, c.blank_questions)))
    a0_style = ParagraphStyle("bap-a0", parent=a_style, spaceAfter=0)
    for i, (question, answer) in enumerate(pairs, 1):
        # a question never ends a page without the start of its answer
        if question.strip():
            q_block: list[Flowable] = [
                Paragraph(f"<b>Pertanyaan:</b> {rich(question)}", q_style, bulletText=f"{i}.")
            ]
        else:
            q_block = [
                Paragraph("<b>Pertanyaan:</b>", q_style, bulletText=f"{i}."),
                WritingLines(2, spacing=0.75 * cm, indent=0.8 * cm),
                Spacer(1, 8),
            ]
        if answer.strip():
            story.append(keep(*q_block, Paragraph(f"<b>Jawaban:</b> {rich(answer)}", a_style)))
        else:
            story.append(
                keep(
                    *q_block,
                    Paragraph("<b>Jawaban:</b>", a0_style),
                    WritingLines(3, spacing=0.75 * cm, indent=0.8 * cm),
                    Spacer(1, 12),
                )
            )

    story.append(fixed("<b>Keterangan tambahan dari yang diperiksa:</b>", st.plain))
    if c.statements.strip():
        story.append(para(c.statements, st.body))
    elif c.signed is None:
        story.append(WritingLines(4))
    else:
        story.append(fixed("-", st.body))
    story.append(Spacer(1, 6))

    if c.signed is True:
        closing = (
            "Demikian Berita Acara Pemeriksaan ini dibuat dengan sebenarnya, dibacakan kembali "
            "kepada yang "
            "diperiksa, dan setelah yang diperiksa menyatakan setuju, ditandatangani oleh yang "
            "diperiksa dan pemeriksa."
        )
    elif c.signed is False:
        closing = (
            "Demikian Berita Acara Pemeriksaan ini dibuat dengan sebenarnya dan telah dibacakan "
            "kembali kepada "
            "yang diperiksa. <b>Yang diperiksa menolak menandatangani Berita Acara Pemeriksaan "
            "ini.</b>"
        )
    else:
        closing = (
            "Demikian Berita Acara Pemeriksaan ini dibuat dengan sebenarnya "
            "untuk dipergunakan sebagaimana mestinya."
        )
    ending: list[Flowable] = [fixed(closing, st.body_first)]
    if c.signed is False and c.refusal_note.strip():
        ending.append(fixed(f"Catatan: {rich(c.refusal_note.strip())}", st.body_first))
    ending.append(Spacer(1, 10))

    left: list[Flowable] = [
        fixed(f"Yang Diperiksa ({rich(c.examinee_role_label.strip())}),", st.center)
    ]
    if c.signed is False:
        left += [
            Spacer(1, 0.8 * cm),
            fixed("(menolak menandatangani)", st.center),
            Spacer(1, 0.6 * cm),
        ]
    else:
        left.append(Spacer(1, 1.9 * cm))
    left.append(fixed(f"<u>{rich(c.examinee_name.strip() or '.' * 40, SERIF_BOLD)}</u>", st.center))
    sign_table = Table(
        [[left, _examiner_signatures(h.examiners)]],
        colWidths=[TEXT_WIDTH - 9.2 * cm, 9.2 * cm],
        splitInRow=1,
    )
    sign_table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story.append(keep(ending, sign_table))
    return story


# --- blank complaint form --------------------------------------------------------

#: The fields of the paper form, in the order of the submission dialog.
BLANK_FORM_FIELDS: tuple[str, ...] = (
    "Nama Pelapor",
    "Nomor Telepon",
    "Surel (e-mail)",
    "Alamat",
    "Bersedia dihubungi kembali",
    "Jenis Pengaduan",
    "Nama Terlapor",
    "NIP Terlapor",
    "Jabatan Terlapor",
    "Unit Kerja Terlapor",
    "Lokasi Kejadian",
    "Tanggal Kejadian",
    "Kronologi Kejadian",
    "Kerugian Materi",
    "Bukti Pendukung",
    "Tanda tangan dan nama jelas",
)

FORM_LABEL = 5.4 * cm

_FORM_HINT = (
    "Uraikan selengkap mungkin (4W1H): <b>What</b> – perbuatan berindikasi pelanggaran yang "
    "diketahui; "
    "<b>Where</b> – di mana perbuatan itu dilakukan; <b>When</b> – kapan dilakukan; <b>Who</b> – "
    "siapa saja "
    "yang terlibat; <b>How</b> – bagaimana perbuatan itu dilakukan (modus, cara, dan sebagainya)."
)


def _section(letter_id: str, text: str) -> Paragraph:
    st = styles()
    return fixed(
        f"<b>{letter_id}. {text}</b>",
        ParagraphStyle("form-section", parent=st.plain, spaceBefore=10, spaceAfter=4),
    )


def _line_rows(labels: list[str]) -> Table:
    return rows(
        [(label, WritingLines(1, spacing=0.62 * cm)) for label in labels], label_width=FORM_LABEL
    )


def _checkbox_grid(
    labels: tuple[str, ...],
    columns: int = 2,
    indent: float = 0,
    width: float = TEXT_WIDTH,
    style: ParagraphStyle | None = None,
) -> Table | Paragraph:
    st = styles()
    style = style or st.plain
    if not labels:
        return fixed("-", style)
    cells = [fixed(f"{rich(CHECKBOX)}&nbsp;&nbsp;{rich(label)}", style) for label in labels]
    grid = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    grid[-1] += [""] * (columns - len(grid[-1]))
    column = (width - indent) / columns
    data = [["", *row] for row in grid] if indent else grid
    widths = ([indent] if indent else []) + [column] * columns
    table = Table(data, colWidths=widths, hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def blank_form(letter: Letter) -> list[Flowable]:
    c = letter.content
    assert isinstance(c, BlankForm)
    st = styles()
    f = BLANK_FORM_FIELDS
    box = rich(CHECKBOX)
    story: list[Flowable] = [*kop(letter.letterhead), *_title(BLANK_FORM_TITLE, None)[:-1]]
    story.append(fixed("Whistleblowing System (WBS)", st.subtitle))
    story.append(Spacer(1, 8))
    story.append(
        fixed(
            "Isilah dengan huruf cetak yang jelas. Identitas pelapor dirahasiakan dan dilindungi. "
            f"Beri tanda centang ({rich(CHECKMARK)}) pada kotak yang sesuai.",
            st.small,
        )
    )

    story.append(_section("A", "IDENTITAS PELAPOR"))
    story.append(_line_rows([f[0], f[1], f[2], f[3]]))
    story.append(
        fixed(
            "Pengaduan boleh tanpa nama (anonim). Tanpa nama dan alamat, BKD tidak dapat "
            "menyurati pelapor; perkembangannya dapat ditanyakan dengan kode pelacakan.",
            ParagraphStyle("form-note-anon", parent=st.small, leftIndent=FORM_LABEL + 0.45 * cm),
        )
    )
    story.append(
        rows(
            [
                (
                    f[4],
                    fixed(
                        f"{box}&nbsp;&nbsp;Ya&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{box}&nbsp;&nbsp;Tidak",
                        st.plain,
                    ),
                )
            ],
            label_width=FORM_LABEL,
        )
    )
    story.append(
        fixed(
            "Pelapor bersedia dihubungi kembali oleh BKD apabila diperlukan konfirmasi atau "
            "informasi "
            "terkait pengaduan ini.",
            ParagraphStyle("form-note", parent=st.small, leftIndent=FORM_LABEL + 0.45 * cm),
        )
    )

    story.append(_section("B", f"{f[5].upper()}"))
    story.append(_checkbox_grid(c.complaint_type_labels))

    story.append(_section("C", "TERLAPOR (PIHAK YANG DILAPORKAN)"))
    story.append(_line_rows([f[6], f[7], f[8], f[9]]))

    story.append(_section("D", "KEJADIAN"))
    story.append(_line_rows([f[10], f[11]]))
    story.append(
        fixed(
            "Bila tanggal pastinya tidak diketahui, tuliskan perkiraan waktunya (bulan/tahun).",
            ParagraphStyle("form-note-date", parent=st.small, leftIndent=FORM_LABEL + 0.45 * cm),
        )
    )
    story.append(Spacer(1, 6))
    story.append(fixed(f"<b>{f[12]}:</b>", st.plain))
    hint = ParagraphStyle(
        "form-hint",
        parent=st.small,
        textColor=colors.HexColor("#333333"),
        borderPadding=4,
        backColor=colors.HexColor("#F2F2F2"),
        spaceBefore=4,
        spaceAfter=4,
    )
    story.append(fixed(_FORM_HINT, hint))
    story.append(WritingLines(c.chronology_lines))
    story.append(fixed("(Bila tidak cukup, dapat dilanjutkan pada lembar tambahan.)", st.small))

    story.append(_section("E", f"{f[13].upper()}"))
    story.append(
        fixed(
            f"{box}&nbsp;&nbsp;Tidak ada&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{box}&nbsp;&nbsp;Ada, "
            "perkiraan "
            "Rp ....................................................",
            st.plain,
        )
    )

    story.append(_section("F", f"{f[14].upper()}"))
    story.append(
        fixed(
            "Tautan (link) foto, dokumen, atau bukti lain; sebutkan juga lampiran yang diserahkan:",
            st.small,
        )
    )
    story.append(WritingLines(3))

    sign = signature_block(
        Signatory(position="Pelapor,", name=""),
        place_and_date=f"{DEFAULT_PLACE}, " + "." * 30,
        blank_name_note=f[15],
    )
    story.append(Spacer(1, 10))
    story.append(KeepTogether([sign]))

    office = [
        fixed("<b>DIISI OLEH PETUGAS</b>", st.small),
        Spacer(1, 4),
        rows(
            [
                ("Nomor Register", WritingLines(1, spacing=0.55 * cm)),
                ("Diterima tanggal/pukul", WritingLines(1, spacing=0.55 * cm)),
                ("Berkas yang diterima", WritingLines(2, spacing=0.55 * cm)),
                ("Petugas penerima / paraf", WritingLines(1, spacing=0.55 * cm)),
            ],
            label_width=FORM_LABEL,
            width=TEXT_WIDTH - 16,
            style=st.small,
        ),
        Spacer(1, 4),
        fixed("Diterima melalui:", st.small),
        _checkbox_grid(c.channel_labels, columns=3, width=TEXT_WIDTH - 16, style=st.small),
    ]
    office_box = Table([[office]], colWidths=[TEXT_WIDTH], splitInRow=1)
    office_box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    story += [Spacer(1, 14), KeepTogether([office_box])]
    return story


__all__ = [
    "BLANK_FORM_FIELDS",
    "BLANK_FORM_TITLE",
    "MINUTES_TITLE",
    "RECEIPT_TITLE",
    "blank_form",
    "minutes",
    "receipt",
    "words_id",
]
