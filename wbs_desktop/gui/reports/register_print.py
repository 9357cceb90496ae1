"""Printing the case register (the current list): landscape A4, the column
header repeated on every page, "page n of m" at the foot. Drawn with QPainter
on a QPrinter, so the same code prints and writes a PDF."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from wbs_desktop.services.register import Register

#: Relative column widths (the accused's name only when it is included).
WIDTHS = (4, 14, 12, 14, 22, 15, 18, 9, 20)


def _text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, date):
        return v.strftime("%d/%m/%Y")
    return str(v)


def print_register(register: Register, printer: QPrinter, title: str) -> int:
    """Paint the register on ``printer``; returns the number of pages."""
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Landscape,
                                      QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    header = register.header()
    widths = WIDTHS[: len(header)]
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        page = painter.viewport() if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat \
            else printer.pageLayout().paintRectPixels(printer.resolution())
        area = QRect(0, 0, page.width(), page.height())
        body = QFont("DejaVu Sans")
        body.setPointSizeF(8)
        bold = QFont(body)
        bold.setBold(True)
        big = QFont(body)
        big.setPointSizeF(11)
        big.setBold(True)
        fm = QFontMetrics(body, printer)
        row_h = int(fm.height() * 1.45)
        total_w = sum(widths)
        xs = [0]
        for w in widths:
            xs.append(xs[-1] + int(area.width() * w / total_w))
        title_h = int(QFontMetrics(big, printer).height() * 1.6)
        foot_h = row_h
        per_page = max((area.height() - title_h - row_h - foot_h) // row_h, 1)
        cells = register.cells()
        pages = max((len(cells) + per_page - 1) // per_page, 1)
        pen = QPen(Qt.GlobalColor.gray)
        pen.setWidthF(0.5)
        for p in range(pages):
            if p:
                printer.newPage()
            painter.setFont(big)
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(QRect(0, 0, area.width(), title_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
            y = title_h
            painter.setFont(bold)
            painter.fillRect(QRect(0, y, xs[-1], row_h), Qt.GlobalColor.lightGray)
            for c, h in enumerate(header):
                painter.drawText(QRect(xs[c] + 3, y, xs[c + 1] - xs[c] - 6, row_h),
                                 Qt.AlignmentFlag.AlignVCenter, h)
            y += row_h
            painter.setFont(body)
            for row in cells[p * per_page:(p + 1) * per_page]:
                for c, v in enumerate(row):
                    w = xs[c + 1] - xs[c] - 6
                    painter.drawText(QRect(xs[c] + 3, y, w, row_h),
                                     Qt.AlignmentFlag.AlignVCenter,
                                     fm.elidedText(_text(v), Qt.TextElideMode.ElideRight, w))
                painter.setPen(pen)
                painter.drawLine(0, y + row_h, xs[-1], y + row_h)
                painter.setPen(Qt.GlobalColor.black)
                y += row_h
            footer = QCoreApplication.translate("RegisterPrint", "Page %1 of %2") \
                .replace("%1", str(p + 1)).replace("%2", str(pages))
            painter.drawText(QRect(0, area.height() - foot_h, area.width(), foot_h),
                             Qt.AlignmentFlag.AlignCenter, footer)
    finally:
        painter.end()
    return pages
