"""The documents of the examination besides the letters: Surat Tugas for the
examination team, Lembar Disposisi (the head's routing slip), Laporan Hasil
Pemeriksaan (signed by the team), and the notice to the reporter that the
report has been acted on (which never tells the outcome)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from wbs_desktop.domain.dates import format_date_id
from wbs_desktop.letters.correspondence import _frame, _phrase, violation_words
from wbs_desktop.letters.fonts import SERIF
from wbs_desktop.letters.kinds import TITLES
from wbs_desktop.letters.layout import (
    INDENT,
    TEXT_WIDTH,
    TableStyle,
    fixed,
    keep,
    kop,
    numbered,
    para,
    place_date,
    rich,
    rows,
    signature_block,
    styles,
    tembusan_block,
)
from wbs_desktop.letters.model import (
    Assignment,
    Disposition,
    ExaminationReport,
    Letter,
    Person,
    ReporterNotice,
    Signatory,
)

LABEL = 2.8 * cm


def _title(letter: Letter, *, number: bool = True) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [fixed(f"<u>{TITLES[letter.kind].upper()}</u>", st.title)]
    if number and letter.meta is not None:
        out.append(fixed(f"Nomor {rich(letter.meta.number)}", st.subtitle))
    out.append(Spacer(1, 14))
    return out


def _person(p: Person, indent: float = INDENT) -> Flowable:
    return rows(
        [
            ("Nama", p.name or "-"),
            ("NIP", p.nip or "-"),
            ("Pangkat", p.rank or "-"),
            ("Jabatan", p.position or "-"),
        ],
        label_width=LABEL,
        indent=indent,
    )


def _identified(p: Person, *, rank: bool = False) -> str:
    """ "Name, NIP …, rank, position" with the parts the office does not have left
    out (a civil servant without a NIP on file reads "Name, Position", never "NIP -")."""
    parts = [p.name.strip() or "-"]
    if p.nip and p.nip.strip():
        parts.append(f"NIP {p.nip.strip()}")
    if rank and p.rank and p.rank.strip():
        parts.append(p.rank.strip())
    if p.position and p.position.strip():
        parts.append(p.position.strip())
    return ", ".join(parts)


def _signed(letter: Letter) -> list[Flowable]:
    meta = letter.meta
    assert meta is not None and letter.signatory is not None
    out: list[Flowable] = [
        Spacer(1, 12),
        keep(signature_block(letter.signatory, place_and_date=place_date(meta.place, meta.date))),
    ]
    out.extend(tembusan_block(meta.tembusan))
    return out


def assignment(letter: Letter) -> list[Flowable]:
    c = letter.content
    assert isinstance(c, Assignment)
    st = styles()
    item = ParagraphStyle(
        "st-item", parent=st.body, leftIndent=0.6 * cm, bulletIndent=0, bulletFontName=SERIF
    )
    story: list[Flowable] = kop(letter.letterhead) + _title(letter)
    story.append(fixed("Dasar:", st.plain))
    story += [Paragraph(rich(b), item, bulletText=f"{i}.") for i, b in enumerate(c.basis, 1)]
    story += [Spacer(1, 6), fixed("<b>MENUGASKAN:</b>", st.center), Spacer(1, 6)]
    story.append(fixed("Kepada:", st.plain))
    for i, member in enumerate(c.team, 1):
        role = "Ketua Tim" if i == 1 else "Anggota Tim"
        story.append(
            fixed(f"{i}. {role}", ParagraphStyle("st-n", parent=st.plain, leftIndent=0.3 * cm))
        )
        story.append(_person(member))
        story.append(Spacer(1, 4))
    a = c.accused
    story.append(
        fixed(
            "Untuk: melakukan pemeriksaan terhadap Sdr. "
            f"{rich(_identified(a))}"
            f"{' pada ' + rich(c.accused_unit.strip()) if (c.accused_unit or '').strip() else ''}"
            ", atas dugaan pelanggaran disiplin berupa "
            f"{_phrase(violation_words(c.violation))} (Nomor Register {rich(c.register_number)}), "
            "menuangkan hasilnya dalam berita acara pemeriksaan, dan melaporkan hasil "
            "pemeriksaan kepada pejabat yang berwenang menghukum.",
            st.body,
        )
    )
    story.append(
        fixed(
            "Demikian surat tugas ini dibuat untuk dilaksanakan dengan penuh tanggung jawab.",
            st.body_first,
        )
    )
    return story + _signed(letter)


def disposition(letter: Letter) -> list[Flowable]:
    c = letter.content
    assert isinstance(c, Disposition)
    meta = letter.meta
    assert meta is not None
    st = styles()
    story: list[Flowable] = kop(letter.letterhead) + _title(letter)
    box_rows = [
        ("Nomor Agenda", meta.number),
        ("Tanggal Disposisi", format_date_id(meta.date)),
        ("Nomor Register", c.register_number),
        ("Tanggal Diterima", format_date_id(c.received_date)),
        ("Diterima melalui", c.channel_label),
        ("Perihal", f"Pengaduan: {c.complaint_type_label}"),
        ("Sifat", meta.sifat),
        ("Kecepatan", c.urgency),
        ("Diteruskan kepada", c.to),
    ]
    story.append(rows(box_rows, label_width=4.2 * cm))
    story.append(Spacer(1, 10))
    story.append(fixed("<b>Isi Disposisi:</b>", st.plain))
    table = Table([[para(c.instruction or "-", st.body)]], colWidths=[TEXT_WIDTH], splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.7, "black"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    story.append(table)
    return story + _signed(letter)


def _team_signatures(team: tuple[Person, ...]) -> Flowable:
    cells = [
        signature_block(
            Signatory(
                position=("Ketua Tim" if i == 0 else "Anggota Tim") + ",",
                name=p.name,
                rank=p.rank,
                nip=p.nip,
            ),
            width=TEXT_WIDTH / 2,
        )
        for i, p in enumerate(team)
    ]
    grid = [
        cells[i : i + 2] + ([""] if len(cells[i : i + 2]) == 1 else [])
        for i in range(0, len(cells), 2)
    ]
    table = Table(grid, colWidths=[TEXT_WIDTH / 2] * 2, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


def examination_report(letter: Letter) -> list[Flowable]:
    c = letter.content
    assert isinstance(c, ExaminationReport)
    meta = letter.meta
    assert meta is not None
    st = styles()
    h = ParagraphStyle(
        "lhp-h", parent=st.plain, fontName=st.title.fontName, spaceBefore=8, spaceAfter=4
    )
    story: list[Flowable] = kop(letter.letterhead) + _title(letter)
    basis = (
        f" berdasarkan Surat Tugas Nomor {rich(c.assignment_number)}"
        if c.assignment_number.strip()
        else ""
    )
    story.append(
        fixed(
            f"Tim Pemeriksa{basis} telah melakukan pemeriksaan atas dugaan pelanggaran disiplin "
            f"berupa {_phrase(violation_words(c.violation))} (Nomor Register "
            f"{rich(c.register_number)}) dengan hasil sebagai berikut.",
            st.body_first,
        )
    )
    story.append(fixed("A. Pegawai Negeri Sipil yang diperiksa", h))
    story.append(_person(c.accused, indent=0.6 * cm))
    story.append(rows([("Unit Kerja", c.accused_unit or "-")], label_width=LABEL, indent=0.6 * cm))
    story.append(fixed("B. Tim Pemeriksa", h))
    member_style = ParagraphStyle(
        "lhp-team", parent=st.plain, leftIndent=0.6 * cm, bulletIndent=0, bulletFontName=SERIF
    )
    for i, p in enumerate(c.team, 1):
        line = _identified(p, rank=True)
        chair = " (Ketua)" if i == 1 else ""
        story.append(Paragraph(rich(line) + chair, member_style, bulletText=f"{i}."))
    story.append(fixed("C. Fakta dan Temuan", h))
    story.append(para(c.findings or "-", st.body))
    story.append(fixed("D. Alat Bukti", h))
    story += numbered(c.evidence or ("-",), st.numbered) if c.evidence else [para("-", st.body)]
    story.append(fixed("E. Kesimpulan", h))
    story.append(para(c.conclusion or "-", st.body))
    story.append(fixed("F. Rekomendasi Jenis Hukuman Disiplin", h))
    story.append(para(c.recommendation or "-", st.body))
    story.append(Spacer(1, 8))
    story.append(
        fixed(
            "Demikian laporan hasil pemeriksaan ini dibuat dengan sebenarnya untuk "
            "dipergunakan sebagaimana mestinya.",
            st.body_first,
        )
    )
    story.append(Spacer(1, 6))
    story.append(fixed(place_date(meta.place, meta.date), st.right))
    story.append(fixed("Tim Pemeriksa,", st.right))
    story.append(Spacer(1, 6))
    story.append(_team_signatures(c.team))
    story.extend(tembusan_block(meta.tembusan))
    return story


def reporter_notice(letter: Letter) -> list[Flowable]:
    c = letter.content
    assert isinstance(c, ReporterNotice)
    st = styles()
    body: list[Flowable] = [
        fixed(
            "Menindaklanjuti pengaduan yang Saudara sampaikan pada tanggal "
            f"{format_date_id(c.received_date)} dengan Nomor Register "
            f"{rich(c.register_number)}, dengan ini kami sampaikan bahwa pengaduan tersebut "
            "telah ditindaklanjuti sesuai dengan ketentuan peraturan perundang-undangan.",
            st.body_first,
        ),
        fixed(
            "Sesuai dengan ketentuan, hasil pemeriksaan dan keputusan yang diambil terhadap "
            "pihak yang diadukan tidak dapat kami sampaikan. Identitas Saudara sebagai pelapor "
            "tetap dirahasiakan dan dilindungi.",
            st.body_first,
        ),
    ]
    closing = (
        "Demikian pemberitahuan ini disampaikan. Atas kepedulian dan partisipasi Saudara "
        "diucapkan terima kasih."
    )
    return _frame(letter, body, closing)
