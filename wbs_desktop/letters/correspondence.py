"""The numbered letters: summons I/II to the accused, the invitation to the
reporter, the request to a witness, the request for completion.

Form of a surat dinas: kop; Nomor/Sifat/Lampiran/Hal with the place and date
on the Nomor line; "Kepada Yth." block; body; closing; signature; Tembusan.
Wording of the summons follows PP 94/2021 on civil-servant discipline: a
written summons "untuk diperiksa"; the second one refers to the first and
warns that without attendance the decision is taken on the evidence at hand.

The letters to the accused and to witnesses print nothing about the reporter
(their content classes have no such field, and the fixed wording never
mentions a reporter).
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer

from wbs_desktop.domain.dates import format_date_id, format_day_date_id, format_time_id
from wbs_desktop.letters.kinds import TITLES
from wbs_desktop.letters.layout import (
    INDENT,
    addressee_block,
    fixed,
    keep,
    kop,
    meta_block,
    numbered,
    numbered_lines,
    place_date,
    rich,
    rows,
    signature_block,
    styles,
    tembusan_block,
)
from wbs_desktop.letters.model import (
    Addressee,
    Hearing,
    InviteReporter,
    Letter,
    Person,
    RequestCompletion,
    RequestWitness,
    SummonsAccused,
)

PP_94 = "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil"


LABEL_WIDTH = 4.3 * cm  #: "Menghadap kepada", "Pangkat/Golongan"


def _phrase(text: str) -> str:
    """User text used inside a sentence: trimmed, without a final full stop (markup)."""
    return rich(text.strip().rstrip(".").rstrip())


def time_text(h: Hearing) -> str:
    start = format_time_id(h.start, h.zone_label or None)
    if h.end is not None:
        return f"{start} s.d. {format_time_id(h.end, h.zone_label or None)}"
    return f"{start} s.d. selesai"


def hearing_rows(h: Hearing, *, examiners: bool = True) -> Flowable:
    items: list[tuple[str, object]] = [
        ("Hari/Tanggal", format_day_date_id(h.day)),
        ("Pukul", time_text(h)),
        ("Tempat", h.place),
    ]
    if examiners and h.examiners:
        items.append(("Menghadap kepada", numbered_lines(h.examiners)))
    return rows(items, label_width=LABEL_WIDTH, indent=INDENT)


def _frame(letter: Letter, body: list[Flowable], closing: str) -> list[Flowable]:
    meta, st = letter.meta, styles()
    assert meta is not None and letter.signatory is not None  # checked by Letter
    content = letter.content
    addressee: Addressee = content.addressee  # type: ignore[union-attr]
    story: list[Flowable] = kop(letter.letterhead)
    story.append(
        meta_block(
            number=meta.number,
            sifat=meta.sifat,
            lampiran=meta.lampiran,
            hal=meta.hal.strip() or TITLES[letter.kind],
            place_and_date=place_date(meta.place, meta.date),
        )
    )
    story.append(Spacer(1, 10))
    story.extend(
        addressee_block(addressee.name, addressee.position, addressee.unit, addressee.address)
    )
    story.append(Spacer(1, 10))
    story.extend(body)
    story.append(
        keep(fixed(closing, st.body_first), Spacer(1, 8), signature_block(letter.signatory))
    )
    story.extend(tembusan_block(meta.tembusan))
    return story


VIOLATION_PREFIXES = ("dugaan pelanggaran disiplin berupa", "pelanggaran disiplin berupa", "dugaan")
SUMMONS_INDENT = 0.6 * cm  #: the body under "1." and "2."
SUMMONS_LABEL_WIDTH = 2.6 * cm


def violation_words(text: str) -> str:
    """The words after "dugaan pelanggaran disiplin berupa" (a leading copy of that
    phrase typed by the user is not printed twice)."""
    words = text.strip()
    for prefix in VIOLATION_PREFIXES:
        if words.casefold().startswith(prefix + " "):
            return words[len(prefix) :].strip()
    return words


def _summons_rows(items: list[tuple[str, object]]) -> Flowable:
    return rows(items, label_width=SUMMONS_LABEL_WIDTH, indent=SUMMONS_INDENT)


def _second_summons_reference(c: SummonsAccused, style: ParagraphStyle) -> list[Flowable]:
    """Summons II says which first summons was not answered."""
    if not c.second:
        return []
    ref_date = f" tanggal {format_date_id(c.first_letter_date)}" if c.first_letter_date else ""
    missed = (
        f" pada tanggal {format_date_id(c.first_hearing_date)}" if c.first_hearing_date else ""
    )
    return [
        fixed(
            "Surat Panggilan II ini disampaikan karena Saudara tidak memenuhi Surat Panggilan I "
            f"Nomor {rich(c.first_letter_number.strip())}{ref_date} untuk diperiksa{missed}.",
            style,
        )
    ]


def summons(letter: Letter) -> list[Flowable]:
    """Surat Panggilan I/II in the form of PerBKN 6/2022 (annex, "Surat Panggilan"):
    centred title and number, 1. who is summoned, before whom, when and where, for
    what; 2. "Demikian untuk dilaksanakan."; place and date, signature; Tembusan Yth."""
    c = letter.content
    assert isinstance(c, SummonsAccused)
    meta, st = letter.meta, styles()
    assert meta is not None and letter.signatory is not None  # checked by Letter
    a = c.addressee
    item = ParagraphStyle(
        "summons-item",
        parent=st.body,
        leftIndent=SUMMONS_INDENT,
        bulletIndent=0,
        bulletFontName=st.body.fontName,
    )
    cont = ParagraphStyle("summons-cont", parent=st.body, leftIndent=SUMMONS_INDENT)
    examiner = c.examiner
    if examiner is None:
        examiner = Person(name=c.hearing.examiners[0] if c.hearing.examiners else "")
    h = c.hearing
    story: list[Flowable] = kop(letter.letterhead)
    story += [
        fixed(TITLES[letter.kind].upper(), st.title),
        fixed(f"Nomor {rich(meta.number)}", st.subtitle),
        Spacer(1, 14),
        Paragraph("Bersama ini diminta dengan hormat kehadiran Saudara:", item, bulletText="1."),
        _summons_rows(
            [
                ("Nama", a.name),
                ("NIP", c.nip or "-"),
                ("Pangkat", c.rank or "-"),
                ("Jabatan", a.position or "-"),
                ("Unit Kerja", a.unit or "-"),
            ]
        ),
        Spacer(1, 4),
        fixed("untuk menghadap kepada:", cont),
        _summons_rows(
            [
                ("Nama", examiner.name or "-"),
                ("NIP", examiner.nip or "-"),
                ("Pangkat", examiner.rank or "-"),
                ("Jabatan", examiner.position or "-"),
            ]
        ),
        Spacer(1, 4),
        fixed("pada", cont),
        _summons_rows(
            [
                ("Hari", format_day_date_id(h.day).split(",")[0]),
                ("Tanggal", format_date_id(h.day)),
                ("Jam", time_text(h)),
                ("Tempat", h.place),
            ]
        ),
        Spacer(1, 4),
        fixed(
            "untuk diperiksa sehubungan dengan dugaan pelanggaran disiplin berupa "
            f"{_phrase(violation_words(c.subject_summary))}.",
            cont,
        ),
        *_second_summons_reference(c, cont),
        Spacer(1, 2),
        Paragraph("Demikian untuk dilaksanakan.", item, bulletText="2."),
        Spacer(1, 10),
    ]
    story.append(
        keep(signature_block(letter.signatory, place_and_date=place_date(meta.place, meta.date)))
    )
    story.extend(tembusan_block(meta.tembusan))
    return story


def _bring(items: tuple[str, ...]) -> list[Flowable]:
    if not items:
        return []
    st = styles()
    return [
        fixed("Pada saat hadir, mohon membawa:", st.body_first),
        *numbered(items, st.numbered),
        Spacer(1, 4),
    ]


def invite_reporter(letter: Letter) -> list[Flowable]:
    c = letter.content
    assert isinstance(c, InviteReporter)
    st = styles()
    body: list[Flowable] = [
        fixed(
            f"Sehubungan dengan pengaduan yang Saudara sampaikan dengan Nomor Register "
            f"{rich(c.register_number)}, dalam rangka klarifikasi atas pengaduan tersebut "
            "bersama ini kami mengundang Saudara untuk hadir pada:",
            st.body_first,
        ),
        hearing_rows(c.hearing),
        Spacer(1, 6),
        fixed(
            "Klarifikasi ini dimaksudkan untuk memastikan kebenaran informasi yang Saudara "
            "sampaikan. "
            "Identitas Saudara sebagai pelapor dirahasiakan dan dilindungi.",
            st.body_first,
        ),
        *_bring(c.bring),
    ]
    closing = (
        "Demikian undangan ini disampaikan. "
        "Atas perhatian dan kehadiran Saudara diucapkan terima kasih."
    )
    return _frame(letter, body, closing)


def request_witness(letter: Letter) -> list[Flowable]:
    c = letter.content
    assert isinstance(c, RequestWitness)
    st = styles()
    about = f" terkait {_phrase(c.subject_summary)}" if c.subject_summary.strip() else ""
    body: list[Flowable] = [
        fixed(
            "Dalam rangka penanganan perkara dengan Nomor Register "
            f"{rich(c.register_number)}{about}, "
            "kami memerlukan keterangan Saudara sebagai saksi. Sehubungan dengan hal tersebut, "
            "diminta dengan hormat kehadiran Saudara untuk dimintai keterangan sebagai saksi pada:",
            st.body_first,
        ),
        hearing_rows(c.hearing),
        Spacer(1, 6),
        fixed(
            "Keterangan Saudara akan dituangkan dalam berita acara dan dijaga kerahasiaannya.",
            st.body_first,
        ),
        *_bring(c.bring),
    ]
    closing = (
        "Demikian permintaan ini disampaikan. "
        "Atas perhatian dan kerja sama Saudara diucapkan terima kasih."
    )
    return _frame(letter, body, closing)


def request_completion(letter: Letter) -> list[Flowable]:
    c = letter.content
    assert isinstance(c, RequestCompletion)
    st = styles()
    code = f" (kode pelacakan {rich(c.tracking_code.strip())})" if c.tracking_code.strip() else ""
    body: list[Flowable] = [
        fixed(
            "Menindaklanjuti pengaduan yang Saudara sampaikan pada tanggal "
            f"{format_date_id(c.received_date)} "
            f"dengan Nomor Register {rich(c.register_number)}{code}, setelah dilakukan verifikasi "
            "kelengkapan berdasarkan unsur 4W1H (What/apa, Where/di mana, When/kapan, Who/siapa, "
            "How/bagaimana) dan bukti pendukung, pengaduan Saudara belum dapat ditindaklanjuti "
            "karena masih memerlukan kelengkapan sebagai berikut:",
            st.body_first,
        ),
        *numbered(c.missing or ("-",), st.numbered),
        Spacer(1, 6),
        fixed(
            f"Kelengkapan tersebut mohon disampaikan paling lambat tanggal "
            f"<b>{format_date_id(c.reply_deadline)}</b> melalui {_phrase(c.contact)}, dengan "
            "menyebutkan "
            "Nomor Register di atas.",
            st.body_first,
        ),
        fixed(
            "Apabila sampai dengan batas waktu tersebut kelengkapan belum kami terima, pengaduan "
            "Saudara tidak dapat ditindaklanjuti dan akan ditutup. Identitas Saudara sebagai "
            "pelapor "
            "tetap dirahasiakan.",
            st.body_first,
        ),
    ]
    closing = "Demikian disampaikan. Atas perhatian dan kerja sama Saudara diucapkan terima kasih."
    return _frame(letter, body, closing)
