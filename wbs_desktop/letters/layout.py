"""The parts every document is made of: page, kop, Nomor block, addressee,
aligned "label : value" rows, signature block, Tembusan, and the PDF build.

One place for the letter layout (DESIGN: "one place for the letter layout").
Measurements follow Indonesian official letters (Tata Naskah Dinas): A4,
margins 3 cm left and 2 cm top/right/bottom, the kop on the first page only,
page numbers "- 2 -" centred at the top of every page after the first.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus import (
    TableStyle as _TableStyle,
)

from wbs_desktop.domain.dates import format_date_id
from wbs_desktop.letters import fonts
from wbs_desktop.letters.emblem import logo_flowable
from wbs_desktop.letters.fonts import SERIF, SERIF_BOLD, markup
from wbs_desktop.letters.model import Letterhead, Signatory

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 3.0 * cm
MARGIN_RIGHT = 2.0 * cm
MARGIN_TOP = 2.0 * cm
MARGIN_TOP_FIRST = 1.0 * cm  # the kop sits higher; the text still starts well below it
MARGIN_BOTTOM = 2.0 * cm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

BODY_SIZE = 12
BODY_LEADING = 14
INDENT = 1.25 * cm
COLON_WIDTH = 0.45 * cm
SIGNATURE_WIDTH = 9.0 * cm
SIGNATURE_SPACE = 2.0 * cm  # room for the signature and the office stamp

PRODUCER = "WBS Desktop"
#: The square the logo is scaled into, left of the kop's lines.
LOGO_BOX = 2.4 * cm
KOP_MAX_HEIGHT = 8 * cm  # taller kop text (absurd settings) is laid out without the logo table


class TableStyle(_TableStyle):
    """reportlab's TableStyle with our embedded serif as the cells' font.

    reportlab's default cell font is the standard Helvetica, which a PDF would
    then refer to without embedding it; every table of ours uses this class.
    """

    def __init__(self, cmds: Sequence[tuple] | None = None, parent: object = None) -> None:
        super().__init__([("FONTNAME", (0, 0), (-1, -1), SERIF), *(cmds or [])], parent)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_first: ParagraphStyle  # justified with a first-line indent
    plain: ParagraphStyle
    center: ParagraphStyle
    right: ParagraphStyle
    small: ParagraphStyle
    small_center: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    kop_government: ParagraphStyle
    kop_agency: ParagraphStyle
    kop_address: ParagraphStyle
    numbered: ParagraphStyle
    numbered_small: ParagraphStyle


@functools.cache
def styles() -> Styles:
    fonts.ensure_fonts()
    body = ParagraphStyle(
        "wbs-body",
        fontName=SERIF,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        alignment=TA_JUSTIFY,
        spaceAfter=5,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )
    plain = ParagraphStyle("wbs-plain", parent=body, alignment=TA_LEFT, spaceAfter=0)
    small = ParagraphStyle("wbs-small", parent=plain, fontSize=10.5, leading=13)
    return Styles(
        body=body,
        body_first=ParagraphStyle("wbs-body-first", parent=body, firstLineIndent=INDENT),
        plain=plain,
        center=ParagraphStyle("wbs-center", parent=plain, alignment=TA_CENTER),
        right=ParagraphStyle("wbs-right", parent=plain, alignment=TA_RIGHT),
        small=small,
        small_center=ParagraphStyle("wbs-small-center", parent=small, alignment=TA_CENTER),
        title=ParagraphStyle(
            "wbs-title",
            parent=plain,
            fontName=SERIF_BOLD,
            fontSize=13,
            leading=16,
            alignment=TA_CENTER,
        ),
        subtitle=ParagraphStyle("wbs-subtitle", parent=plain, alignment=TA_CENTER, spaceAfter=0),
        kop_government=ParagraphStyle(
            "wbs-kop-gov", parent=plain, fontSize=14, leading=16.5, alignment=TA_CENTER
        ),
        kop_agency=ParagraphStyle(
            "wbs-kop-agency",
            parent=plain,
            fontName=SERIF_BOLD,
            fontSize=17,
            leading=20,
            alignment=TA_CENTER,
        ),
        kop_address=ParagraphStyle(
            "wbs-kop-address", parent=plain, fontSize=9.5, leading=11.5, alignment=TA_CENTER
        ),
        numbered=ParagraphStyle(
            "wbs-numbered",
            parent=body,
            leftIndent=INDENT + 0.6 * cm,
            bulletIndent=INDENT,
            spaceAfter=2,
            bulletFontName=SERIF,
            bulletFontSize=BODY_SIZE,
        ),
        numbered_small=ParagraphStyle(
            "wbs-numbered-small",
            parent=small,
            leftIndent=0.55 * cm,
            bulletIndent=0,
            bulletFontName=SERIF,
            bulletFontSize=10.5,
        ),
    )


# --- text ---------------------------------------------------------------------


def rich(value: object, font: str = SERIF) -> str:
    """Markup for user text set in ``font`` (inside a paragraph of another font too)."""
    text = markup(value, font)
    return text if font == SERIF else f'<font face="{font}">{text}</font>'


def para(value: object, style: ParagraphStyle, *, font: str | None = None) -> Paragraph:
    """A paragraph of user text: escaped, line breaks kept, every character printed."""
    return Paragraph(rich(value, font or style.fontName), style)


def fixed(markup_text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of our own markup (fixed wording with user parts already escaped by rich())."""
    return Paragraph(markup_text, style)


def place_date(place: str, when: object) -> str:
    """``Kupang, 28 November 2026`` (markup)."""
    return f"{rich(place)}, {format_date_id(when)}"  # type: ignore[arg-type]


def numbered(
    items: Sequence[object], style: ParagraphStyle | None = None, *, number_single: bool = True
) -> list[Flowable]:
    """1. / 2. / ... paragraphs with a hanging indent."""
    st = style or styles().numbered
    if len(items) == 1 and not number_single:
        return [para(items[0], ParagraphStyle("single", parent=st, leftIndent=0))]
    return [
        Paragraph(rich(item, st.fontName), st, bulletText=f"{i}.")
        for i, item in enumerate(items, 1)
    ]


def _table(data: list[list[object]], widths: list[float], extra: Sequence[tuple] = ()) -> Table:
    table = Table(data, colWidths=widths, hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                # Empty cells are drawn in the table's font: Helvetica (not embedded)
                # unless it is set.
                ("FONT", (0, 0), (-1, -1), SERIF, BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                *extra,
            ]
        )
    )
    return table


Value = object  # str (user text), a Flowable, or a list of Flowables


def _cell(value: Value, style: ParagraphStyle) -> object:
    if isinstance(value, Flowable | list):
        return value
    return para(value, style)


def rows(
    items: Sequence[tuple[str, Value]],
    *,
    label_width: float,
    indent: float = 0,
    width: float = TEXT_WIDTH,
    style: ParagraphStyle | None = None,
) -> Table:
    """``label : value`` rows, colons aligned, values wrapping under themselves.

    Labels are plain text (escaped like any user text); values are text or flowables.
    """
    st = style or styles().plain
    widths = [label_width, COLON_WIDTH, width - indent - label_width - COLON_WIDTH]
    data = [[para(label, st), fixed(":", st), _cell(value, st)] for label, value in items]
    if indent:
        widths.insert(0, indent)
        data = [["", *row] for row in data]
    return _table(data, widths)


def numbered_lines(items: Sequence[str], style: ParagraphStyle | None = None) -> Value:
    """A value that is several items: one paragraph, or numbered paragraphs when more than one."""
    st = style or styles().plain
    if not items:
        return "-"
    if len(items) == 1:
        return para(items[0], st)
    item_style = ParagraphStyle(
        "rows-numbered",
        parent=st,
        leftIndent=0.55 * cm,
        bulletIndent=0,
        bulletFontName=SERIF,
        bulletFontSize=st.fontSize,
    )
    return [
        Paragraph(rich(item), item_style, bulletText=f"{i}.") for i, item in enumerate(items, 1)
    ]


# --- kop and rules ---------------------------------------------------------------


class DoubleRule(Flowable):
    """The closing line of the kop: a thick rule over a thin one."""

    def __init__(
        self, width: float, thick: float = 2.6, thin: float = 0.8, gap: float = 1.6
    ) -> None:
        super().__init__()
        self.width, self.thick, self.thin, self.gap = width, thick, thin, gap
        self.height = thick + gap + thin

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(self.thick)
        y_thick = self.height - self.thick / 2
        c.line(0, y_thick, self.width, y_thick)
        c.setLineWidth(self.thin)
        c.line(0, self.thin / 2, self.width, self.thin / 2)


def _fitted(text: str, style: ParagraphStyle, width: float, smallest: float) -> Paragraph:
    """A one-line kop title, shrunk (down to ``smallest`` pt) to fit ``width`` if it can."""
    size = style.fontSize
    while size > smallest and fonts.plain_width(text, style.fontName, size) > width:
        size -= 0.5
    if size != style.fontSize:
        style = ParagraphStyle(
            f"{style.name}-{size}",
            parent=style,
            fontSize=size,
            leading=size * style.leading / style.fontSize,
        )
    return para(text, style)


class WritingLines(Flowable):
    """Dotted lines to write on by hand, the full available width (minus ``indent``)."""

    def __init__(self, count: int, *, spacing: float = 0.8 * cm, indent: float = 0) -> None:
        super().__init__()
        self.count, self.spacing, self.indent = max(1, count), spacing, indent
        self.width = 0.0
        self.height = self.count * spacing

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fit = int(availHeight // self.spacing)
        if fit < 1 or fit >= self.count:
            return []
        return [
            WritingLines(fit, spacing=self.spacing, indent=self.indent),
            WritingLines(self.count - fit, spacing=self.spacing, indent=self.indent),
        ]

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setLineWidth(0.5)
        c.setDash(1, 2)
        for i in range(self.count):
            y = self.height - (i + 1) * self.spacing + 2
            c.line(self.indent, y, self.width, y)
        c.restoreState()


def kop(head: Letterhead) -> list[Flowable]:
    """Logo left, the centred lines, then the double rule."""
    st = styles()
    logo_w = LOGO_BOX  # a coat of arms prints about 2.4 cm high, as on the office's paper
    logo_col = logo_w + 0.3 * cm
    text_w = TEXT_WIDTH - logo_col - 0.4 * cm
    lines: list[Flowable] = []
    if head.government.strip():
        lines.append(_fitted(head.government.strip().upper(), st.kop_government, text_w, 11))
    if head.agency.strip():
        lines.append(_fitted(head.agency.strip().upper(), st.kop_agency, text_w, 13))
    address_lines = [head.address.strip()] if head.address.strip() else []
    contact = []
    if head.phone.strip():
        contact.append(f"Telepon {rich(head.phone.strip())}")
    if head.email.strip():
        contact.append(f"Pos-el {rich(head.email.strip())}")
    if head.website.strip():
        contact.append(f"Laman {rich(head.website.strip())}")
    if address_lines:
        lines.append(Spacer(1, 2))
        lines.append(para(address_lines[0], st.kop_address))
    if contact:
        if not address_lines:
            lines.append(Spacer(1, 2))
        lines.append(fixed(" \u2022 ".join(contact), st.kop_address))
    logo = logo_flowable(head.logo_path, logo_w, LOGO_BOX, head.logo_data)
    rule = [Spacer(1, 4), DoubleRule(TEXT_WIDTH), Spacer(1, 10)]
    text_height = sum(f.wrap(text_w, PAGE_HEIGHT)[1] for f in lines)
    if text_height > KOP_MAX_HEIGHT:
        # absurdly long settings: logo, then the lines as ordinary paragraphs that may run on
        return [logo, Spacer(1, 4), *lines, *rule]
    table = Table(
        [[logo, lines, ""]],
        colWidths=[logo_col, text_w, TEXT_WIDTH - logo_col - text_w],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SERIF, BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, 0), "LEFT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table, *rule]


# --- letter parts ---------------------------------------------------------------


def meta_block(*, number: str, sifat: str, lampiran: str, hal: str, place_and_date: str) -> Table:
    """Nomor / Sifat / Lampiran / Hal on the left, place and date on the Nomor line at the right."""
    st = styles()
    label_w, date_w = 2.3 * cm, 6.2 * cm
    value_w = TEXT_WIDTH - label_w - COLON_WIDTH - date_w
    data = [
        [
            fixed("Nomor", st.plain),
            fixed(":", st.plain),
            para(number, st.plain),
            fixed(place_and_date, st.right),
        ],
        [fixed("Sifat", st.plain), fixed(":", st.plain), para(sifat, st.plain), ""],
        [fixed("Lampiran", st.plain), fixed(":", st.plain), para(lampiran, st.plain), ""],
        [fixed("Hal", st.plain), fixed(":", st.plain), para(hal, st.plain), ""],
    ]
    spans = [("SPAN", (2, r), (3, r)) for r in (1, 2, 3)]
    return _table(data, [label_w, COLON_WIDTH, value_w, date_w], spans)


def honorific(name: str) -> str:
    """``Sdr. <name>`` unless the name already carries a form of address."""
    lowered = name.strip().lower()
    for prefix in ("sdr.", "sdr ", "sdri", "saudara", "bapak", "ibu ", "bpk", "yth"):
        if lowered.startswith(prefix):
            return name.strip()
    return f"Sdr. {name.strip()}"


def addressee_block(
    name: str, position: str = "", unit: str = "", address: str = ""
) -> list[Flowable]:
    """Kepada / Yth. Sdr. <name> / <position> / <unit> / di / <address or Tempat>."""
    st = styles()
    lines: list[Flowable] = [para(honorific(name), st.plain)]
    for extra in (position, unit):
        if extra.strip():
            lines.append(para(extra.strip(), st.plain))
    lines.append(fixed("di", st.plain))
    where_style = ParagraphStyle("addr-where", parent=st.plain, leftIndent=0.75 * cm)
    # A postal address keeps its lines (street / village, district / town).
    where = [line.strip() for line in address.splitlines() if line.strip()] or ["Tempat"]
    lines += [para(line, where_style) for line in where]
    yth_w = 1.0 * cm
    table = _table([[fixed("Yth.", st.plain), lines]], [yth_w, TEXT_WIDTH * 0.62])
    return [fixed("Kepada", st.plain), table]


def signature_block(
    signatory: Signatory,
    *,
    place_and_date: str | None = None,
    position_prefix: str | None = None,
    blank_name_note: str = "",
    width: float | None = None,
) -> Table:
    """Right-hand block: [place, date] position, room to sign, name underlined bold, rank, NIP.

    An empty name prints a bracketed line to sign on, with ``blank_name_note`` under it.
    """
    st = styles()
    center = st.center
    parts: list[Flowable] = []
    if place_and_date:
        parts.append(fixed(place_and_date, center))
    if position_prefix:
        parts.append(fixed(position_prefix, center))
    if signatory.position.strip():
        parts.append(para(signatory.position.strip(), center))
    parts.append(Spacer(1, SIGNATURE_SPACE))
    if signatory.name.strip():
        parts.append(fixed(f"<u>{rich(signatory.name.strip(), SERIF_BOLD)}</u>", center))
    else:
        parts.append(fixed("(" + "." * 50 + ")", center))
        if blank_name_note:
            parts.append(fixed(blank_name_note, st.small_center))
    if signatory.rank.strip():
        parts.append(para(signatory.rank.strip(), center))
    if signatory.nip.strip():
        parts.append(fixed(f"NIP. {rich(signatory.nip.strip())}", center))
    if width is not None:  # a cell of its own (several signers side by side)
        return _table([[parts]], [width])
    return _table([["", parts]], [TEXT_WIDTH - SIGNATURE_WIDTH, SIGNATURE_WIDTH])


def tembusan_block(items: Sequence[str]) -> list[Flowable]:
    st = styles()
    items = [i for i in items if i.strip()]
    if not items:
        return []
    out: list[Flowable] = [fixed("Tembusan Yth.:", st.small)]
    if len(items) == 1:
        out.append(para(items[0], st.small))
    else:
        out.extend(numbered(items, st.numbered_small))
    # kept together; KeepTogether still splits a list longer than a page
    return [Spacer(1, 10), KeepTogether(out)]


def keep(*flowables: Flowable | list[Flowable]) -> KeepTogether:
    flat: list[Flowable] = []
    for f in flowables:
        flat.extend(f if isinstance(f, list) else [f])
    return KeepTogether(flat)


# --- the PDF ------------------------------------------------------------------------


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so it knows the page count; numbers pages 2.. "- n -";
    marks every page of a confidential letter RAHASIA at the top and the bottom."""

    confidential = False

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if self._pageNumber > 1:
                self.saveState()
                self.setFont(SERIF, 11)
                self.drawCentredString(
                    MARGIN_LEFT + TEXT_WIDTH / 2,
                    PAGE_HEIGHT - MARGIN_TOP + 0.55 * cm,
                    f"- {self._pageNumber} -",
                )
                self.restoreState()
            if self.confidential:
                self.saveState()
                self.setFont(SERIF_BOLD, 12)
                middle = MARGIN_LEFT + TEXT_WIDTH / 2
                self.drawCentredString(middle, PAGE_HEIGHT - 0.75 * cm, CONFIDENTIAL_MARK)
                self.drawCentredString(middle, 0.9 * cm, CONFIDENTIAL_MARK)
                self.restoreState()
            super().showPage()
        self.total_pages = total
        super().save()


CONFIDENTIAL_MARK = "RAHASIA"


class _ConfidentialCanvas(_NumberedCanvas):
    confidential = True


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    subject: str = "",
    author: str = "",
    confidential: bool = False,
) -> bytes:
    """Lay the story out on A4 and return the PDF bytes (the same bytes for the same story).

    ``confidential``: RAHASIA at the top and the bottom of every page."""
    fonts.ensure_fonts()
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        subject=subject,
        author=author,
        creator=PRODUCER,
        producer=PRODUCER,
        keywords=[],
        invariant=1,
        lang="id-ID",
        initialFontName=SERIF,
        initialFontSize=BODY_SIZE,
    )
    frame_height_first = PAGE_HEIGHT - MARGIN_TOP_FIRST - MARGIN_BOTTOM
    first = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        TEXT_WIDTH,
        frame_height_first,
        id="first",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    later = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        TEXT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        id="later",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[first], autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[later]),
        ]
    )
    doc.build(story, canvasmaker=_ConfidentialCanvas if confidential else _NumberedCanvas)
    return buf.getvalue()
