"""The recap (rekapitulasi pengaduan) as files: Excel (XlsxWriter) and PDF (reportlab).

Both are built from the same tables (:func:`tables`), in Indonesian (the recap
is an official document handed to the head of BKD). Only counts and working
days: no register number, no name, nothing about a reporter. The PDF uses the
letters' letterhead, fonts (embedded) and signature block.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from wbs_desktop.domain.catalog import CHANNEL_LABELS_ID, Channel
from wbs_desktop.domain.dates import MONTH_NAMES_ID, OFFICE_TZ, format_date_id
from wbs_desktop.letters.model import Letterhead, Signatory

if TYPE_CHECKING:
    from wbs_desktop.services.report_model import Bucket, Figures

NO_UNIT = ""  # services.reports.NO_UNIT: the unit was not written

STAGE_ID = {
    "received": "Diterima",
    "verification": "Verifikasi",
    "awaiting_info": "Menunggu Kelengkapan",
    "investigation": "Penelaahan",
    "clarification": "Klarifikasi",
    "examination": "Pemeriksaan Terlapor",
    "concluded": "Selesai",
    "closed": "Ditutup",
}
ENDING_ID = {
    "substantiated": "Terbukti",
    "not_substantiated": "Tidak terbukti",
    "referred": "Dilimpahkan",
    "closed": "Ditutup tanpa penelaahan",
}
DUE_ID = {
    "first_response": "Tanggapan pertama",
    "reply": "Balasan pelapor",
    "hearing": "Jadwal pemeriksaan",
}
MARK_ID = {"test": "Uji coba", "duplicate": "Duplikat", "demo": "Data contoh"}
DURATION_ID = {
    "first_response": "Sampai tanggapan pertama",
    "verification": "Sampai verifikasi",
    "conclusion": "Sampai selesai/ditutup",
}
KIND_ID = {"month": "Bulanan", "quarter": "Triwulan", "semester": "Semester", "year": "Tahunan",
           "range": "Periode"}


@dataclass(frozen=True, slots=True)
class RecapTable:
    sheet: str  # ≤ 31 characters (Excel)
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str | int | float | None, ...], ...]
    chart: bool = True  # a bar chart of the second column


@dataclass(frozen=True, slots=True)
class RecapContext:
    letterhead: Letterhead
    signatory: Signatory
    place: str = "Kupang"


def month_label(key: str) -> str:
    year, month = key.split("-")
    return f"{MONTH_NAMES_ID[int(month) - 1]} {year}"


def period_label(f: Figures) -> str:
    p = f.period
    label = f"{format_date_id(p.start)} s.d. {format_date_id(p.end)}"
    return label + " (termasuk data contoh)" if p.count_demo else label


def _rows(buckets: tuple[Bucket, ...], label: dict[str, str] | None = None,
          ) -> tuple[tuple[str, int], ...]:
    return tuple(((label or {}).get(b.key, b.key), b.count) for b in buckets)


def tables(f: Figures) -> list[RecapTable]:
    """The recap's tables, in the order of the document."""
    excluded = {b.key: b.count for b in f.excluded}
    summary = (
        ("Pengaduan diterima", f.received.count),
        ("Dalam proses", f.in_progress.count),
        ("Selesai/ditutup", f.finished.count),
        ("Lewat tenggat (hari ini)", f.overdue.count),
        *((f"Tidak dihitung: {MARK_ID[k]}", excluded.get(k, 0)) for k in MARK_ID
          if not (k == "demo" and f.period.count_demo)),
    )
    units = tuple(
        ("(tidak diisi)" if b.key == NO_UNIT else b.key, b.count) for b in f.by_unit
    )
    durations = tuple(
        (DURATION_ID[d.key], d.count,
         None if d.mean is None else round(d.mean, 1),
         None if d.median is None else round(d.median, 1))
        for d in f.durations
    )
    return [
        RecapTable("Ringkasan", "Ringkasan", ("Uraian", "Jumlah"), summary, chart=False),
        RecapTable("Per Bulan", "Pengaduan diterima per bulan", ("Bulan", "Jumlah"),
                   tuple((month_label(b.key), b.count) for b in f.by_month)),
        RecapTable("Per Tahap", "Pengaduan dalam proses menurut tahap", ("Tahap", "Jumlah"),
                   _rows(f.by_stage, STAGE_ID)),
        RecapTable("Per Hasil", "Pengaduan selesai menurut hasil", ("Hasil", "Jumlah"),
                   _rows(f.by_ending, ENDING_ID)),
        RecapTable("Per Jenis", "Pengaduan menurut jenis", ("Jenis pengaduan", "Jumlah"),
                   _rows(f.by_type, f.type_labels)),
        RecapTable("Per Saluran", "Pengaduan menurut saluran", ("Saluran", "Jumlah"),
                   _rows(f.by_channel, {c.value: CHANNEL_LABELS_ID[c] for c in Channel})),
        RecapTable("Per Unit Terlapor", "Pengaduan menurut unit kerja terlapor",
                   ("Unit kerja terlapor", "Jumlah"), units),
        RecapTable("Lewat Tenggat", "Pengaduan lewat tenggat menurut tenggat",
                   ("Tenggat", "Jumlah"), _rows(f.overdue_by_kind, DUE_ID)),
        RecapTable("Waktu Penyelesaian", "Lama penanganan (hari kerja sejak diterima)",
                   ("Tahap", "Jumlah kasus", "Rata-rata", "Median"), durations, chart=False),
    ]


# --- Excel --------------------------------------------------------------------------


def build_xlsx(f: Figures, ctx: RecapContext) -> bytes:
    """A cover sheet, then a sheet per table with a native Excel bar chart."""
    import xlsxwriter  # only when a file is made

    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True})
    book.set_properties({
        "title": f"Rekapitulasi Pengaduan {period_label(f)}",
        "author": f.made_by,
        "company": ctx.letterhead.agency,
        "created": f.made_at.replace(tzinfo=None),
    })
    bold = book.add_format({"bold": True})
    title = book.add_format({"bold": True, "font_size": 14})
    head = book.add_format({"bold": True, "bg_color": "#DDE4EE", "border": 1, "text_wrap": True,
                            "valign": "vcenter"})
    text = book.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    number = book.add_format({"border": 1, "num_format": "#,##0"})
    decimal = book.add_format({"border": 1, "num_format": "#,##0.0"})
    day = book.add_format({"num_format": "[$-421]d mmmm yyyy", "align": "left"})  # Indonesian
    stamp = book.add_format({"num_format": "[$-421]d mmmm yyyy hh:mm", "align": "left"})

    cover = book.add_worksheet("Sampul")
    cover.set_column(0, 0, 26)
    cover.set_column(1, 1, 60)
    cover.write(0, 0, "REKAPITULASI PENGADUAN WHISTLEBLOWING SYSTEM", title)
    lines: list[tuple[str, object, object]] = [
        ("Instansi", ctx.letterhead.agency.strip() or f.office_name, None),
        ("Pemerintah", ctx.letterhead.government, None),
        ("Kantor", f.office_name, None),
        ("Jenis rekap", KIND_ID.get(f.period.kind, "Periode"), None),
        ("Periode dari", f.period.start, day),
        ("Periode sampai", f.period.end, day),
        ("Dibuat oleh", f.made_by, None),
        ("Dibuat pada (WITA)", f.made_at.astimezone(OFFICE_TZ).replace(tzinfo=None), stamp),
        ("Keadaan per", f.today, day),
    ]
    for i, (label, value, fmt) in enumerate(lines, start=2):
        cover.write(i, 0, label, bold)
        if isinstance(value, datetime):
            cover.write_datetime(i, 1, value, fmt)
        elif fmt is not None:
            cover.write_datetime(i, 1, datetime.combine(value, datetime.min.time()), fmt)  # type: ignore[arg-type]
        else:
            cover.write(i, 1, value)
    note_row = len(lines) + 3
    cover.set_row(note_row, 48)
    cover.merge_range(
        note_row, 0, note_row, 1,
        "Dihitung dari pengaduan yang diterima dalam periode, menurut tahapnya hari ini; "
        "pengaduan uji coba, duplikat dan data contoh tidak dihitung.",
        book.add_format({"text_wrap": True, "valign": "top"}),
    )
    _print_setup(cover, landscape=False)

    for t in tables(f):
        sheet = book.add_worksheet(t.sheet)
        sheet.write(0, 0, t.title, title)
        sheet.write(1, 0, period_label(f))
        sheet.set_column(0, 0, 46)
        sheet.set_column(1, len(t.header) - 1, 13)
        for c, h in enumerate(t.header):
            sheet.write(3, c, h, head)
        for r, row in enumerate(t.rows, start=4):
            for c, value in enumerate(row):
                if c == 0:
                    sheet.write_string(r, c, str(value), text)
                elif value is None:
                    sheet.write_blank(r, c, None, number)
                elif isinstance(value, float):
                    sheet.write_number(r, c, value, decimal)
                else:
                    sheet.write_number(r, c, value, number)
        if t.chart and t.rows:
            chart = book.add_chart({"type": "bar" if len(t.rows) > 8 else "column"})
            last = 3 + len(t.rows)
            chart.add_series({
                "name": t.header[1],
                "categories": [t.sheet, 4, 0, last, 0],
                "values": [t.sheet, 4, 1, last, 1],
                "data_labels": {"value": True},
                "fill": {"color": "#2F5597"},
            })
            chart.set_title({"name": t.title, "name_font": {"size": 11}})
            chart.set_legend({"none": True})
            if len(t.rows) > 8:
                chart.set_y_axis({"reverse": True})
            chart.set_size({"width": 620, "height": max(260, 24 * len(t.rows) + 90)})
            # Under the table: the sheet prints one page wide.
            sheet.insert_chart(last + 2, 0, chart, {"x_offset": 4, "y_offset": 4})
        _print_setup(sheet, landscape=False)
    book.close()
    return buf.getvalue()


def _print_setup(sheet: object, *, landscape: bool) -> None:
    """A4, one page wide, the office's margins."""
    sheet.set_paper(9)  # type: ignore[attr-defined]
    if landscape:
        sheet.set_landscape()  # type: ignore[attr-defined]
    sheet.fit_to_pages(1, 0)  # type: ignore[attr-defined]
    sheet.set_margins(left=0.8, right=0.6, top=0.8, bottom=0.8)  # type: ignore[attr-defined]
    sheet.set_footer("&CHalaman &P dari &N")  # type: ignore[attr-defined]


# --- PDF ----------------------------------------------------------------------------


def build_pdf(f: Figures, ctx: RecapContext) -> bytes:
    """Letterhead, title, the tables each with its bar chart, the head's signature."""
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    from wbs_desktop.letters import layout
    from wbs_desktop.letters.fonts import SERIF, SERIF_BOLD

    st = layout.styles()
    story: list = [*layout.kop(ctx.letterhead)]
    story.append(layout.fixed("REKAPITULASI PENGADUAN WHISTLEBLOWING SYSTEM", st.title))
    story.append(layout.para(
        f"{KIND_ID.get(f.period.kind, 'Periode')}: {period_label(f)}", st.subtitle))
    story.append(Spacer(1, 8))
    story.append(layout.para(
        "Angka dihitung dari pengaduan yang diterima dalam periode, menurut tahapnya "
        f"per {format_date_id(f.today)}. Pengaduan yang ditandai uji coba, duplikat atau data "
        "contoh tidak dihitung dan disebut tersendiri. Lama penanganan dalam hari kerja "
        "kantor (tanpa hari libur).", st.small))
    story.append(Spacer(1, 8))
    for t in tables(f):
        widths = [layout.TEXT_WIDTH - 2.6 * cm * (len(t.header) - 1)] + [2.6 * cm] * (
            len(t.header) - 1)
        data: list[list[object]] = [[layout.para(h, st.small) for h in t.header]]
        for row in t.rows:
            cells: list[object] = [layout.para(row[0], st.small)]
            for v in row[1:]:
                cells.append("–" if v is None else _number_id(v))
            data.append(cells)
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), SERIF, 10.5),
            ("FONT", (0, 0), (-1, 0), SERIF_BOLD, 10.5),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EE")),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))
        block: list = [layout.fixed(layout.rich(t.title, SERIF_BOLD), st.plain), Spacer(1, 4),
                       table]
        if t.chart and t.rows and any(r[1] for r in t.rows):
            block += [Spacer(1, 6), _bar_chart(t, layout.TEXT_WIDTH)]
        story.append(KeepTogether(block))
        story.append(Spacer(1, 14))
    place_date = layout.place_date(ctx.place, f.made_at.astimezone(OFFICE_TZ).date())
    story.append(KeepTogether([Spacer(1, 10),
                               layout.signature_block(ctx.signatory, place_and_date=place_date)]))
    return layout.build_pdf(
        story,
        title=f"Rekapitulasi Pengaduan {period_label(f)}",
        subject="Rekapitulasi pengaduan WBS",
        author=f.made_by,
    )


_ID_DIGITS = str.maketrans(",.", ".,")


def _number_id(value: int | float | str) -> str:
    """Indonesian: 1.441 and 3,6."""
    text = f"{value:,.1f}" if isinstance(value, float) else f"{value:,}"
    return text.translate(_ID_DIGITS)


def _bar_chart(t: RecapTable, width: float) -> object:
    """Horizontal bars with the value at the end of each bar (readable in print)."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors

    from wbs_desktop.letters.fonts import SERIF, plain_width

    rows = [(str(r[0]), int(r[1] or 0)) for r in t.rows]
    bar_h, gap, size = 12.0, 5.0, 9.0
    label_w = min(max(plain_width(label, SERIF, size) for label, _ in rows) + 12, width * 0.42)
    top = max(v for _, v in rows) or 1
    value_w = plain_width(f"{top:,}", SERIF, size) + 8
    plot_w = width - label_w - value_w
    height = len(rows) * (bar_h + gap) + gap
    d = Drawing(width, height)
    # The renderer's starting font (else Helvetica, which is not embedded).
    d.initialFontName, d.initialFontSize = SERIF, size
    for i, (label, value) in enumerate(rows):
        y = height - (i + 1) * (bar_h + gap)
        shown = label
        while plain_width(shown, SERIF, size) > label_w - 8 and len(shown) > 4:
            shown = shown[:-2].rstrip() + "…" if not shown.endswith("…") else shown[:-2] + "…"
        d.add(String(label_w - 4, y + 3, shown, fontName=SERIF, fontSize=size, textAnchor="end"))
        w = plot_w * value / top
        d.add(Rect(label_w, y, max(w, 0.5), bar_h, fillColor=colors.HexColor("#2F5597"),
                   strokeColor=None))
        d.add(String(label_w + w + 3, y + 3, _number_id(value), fontName=SERIF,
                     fontSize=size))
    return d
