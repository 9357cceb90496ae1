"""Bar charts drawn with QPainter (not QtCharts: GPL, and large add-ons).

Horizontal bars, the label at the left, the value written at the end of each
bar, dark fill on white: readable on screen, in print and in grey. A click on
a bar emits its key, so the dashboard can open exactly those cases.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOR = QColor("#2F5597")
HOVER_COLOR = QColor("#C55A11")
EMPTY_COLOR = QColor("#B0B0B0")


@dataclass(frozen=True, slots=True)
class Bar:
    key: str
    label: str
    value: int


class BarChart(QWidget):
    """A titled horizontal bar chart; ``bar_clicked`` names the bar's key."""

    bar_clicked = Signal(str)
    """Emits: the key of the bar clicked (only bars with a value above 0)."""

    ROW = 22
    GAP = 5

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._note = ""
        self._bars: list[Bar] = []
        self._hover = -1
        #: The value a full bar stands for (None: the largest); a larger bar is
        #: drawn full with a break in it (a long tail kept in one bar).
        self.scale_max: int | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(False)

    @property
    def bars(self) -> list[Bar]:
        return list(self._bars)

    def set_title(self, title: str) -> None:
        self._title = title
        self.update()

    def set_note(self, note: str) -> None:
        """A line under the title (e.g. what the figure is computed from)."""
        self._note = note
        self.updateGeometry()
        self.update()

    def set_bars(self, bars: list[Bar]) -> None:
        self._bars = list(bars)
        self._hover = -1
        self.updateGeometry()
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    # --- geometry -----------------------------------------------------------

    def _header_height(self) -> int:
        fm = QFontMetrics(self._title_font())
        h = fm.height() + 6
        if self._note:
            h += QFontMetrics(self.font()).height() + 2
        return h

    def _title_font(self) -> QFont:
        f = QFont(self.font())
        f.setBold(True)
        return f

    def sizeHint(self) -> QSize:
        rows = max(len(self._bars), 1)
        return QSize(420, self._header_height() + rows * (self.ROW + self.GAP) + self.GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.sizeHint().height())

    def _label_width(self) -> int:
        fm = QFontMetrics(self.font())
        widest = max((fm.horizontalAdvance(b.label) for b in self._bars), default=40)
        return min(widest + 12, int(self.width() * 0.45))

    def bar_rect(self, index: int, header: int | None = None) -> QRect:
        """Where bar ``index`` is drawn (the whole row is clickable); ``header``:
        the header's height when the caller has it already."""
        if header is None:
            header = self._header_height()
        top = header + self.GAP + index * (self.ROW + self.GAP)
        return QRect(0, top, self.width(), self.ROW)

    def _bar_at(self, pos: QPoint) -> int:
        for i in range(len(self._bars)):
            if self.bar_rect(i).contains(pos):
                return i
        return -1

    # --- painting -------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.fillRect(self.rect(), QColor("white"))
        text_color = QColor("#1A1A1A")
        p.setPen(text_color)
        title_font = self._title_font()
        p.setFont(title_font)
        tfm = QFontMetrics(title_font)
        p.drawText(QRect(4, 2, self.width() - 8, tfm.height()),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._title)
        p.setFont(self.font())
        fm = QFontMetrics(self.font())
        if self._note:
            p.setPen(QColor("#555555"))
            p.drawText(QRect(4, tfm.height() + 4, self.width() - 8, fm.height()),
                       Qt.AlignmentFlag.AlignLeft, self._note)
            p.setPen(text_color)
        if not self._bars:
            return
        label_w = self._label_width()
        top_value = self.scale_max or max((b.value for b in self._bars), default=0) or 1
        value_w = fm.horizontalAdvance(QLocale().toString(
            max((b.value for b in self._bars), default=0))) + 12
        plot_w = max(self.width() - label_w - value_w - 8, 10)
        header = self._header_height()
        for i, bar in enumerate(self._bars):
            row = self.bar_rect(i, header)
            label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - 10)
            p.drawText(QRect(4, row.top(), label_w - 10, row.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            broken = bar.value > top_value
            width = plot_w if broken else round(plot_w * bar.value / top_value)
            color = EMPTY_COLOR if bar.value == 0 else (
                HOVER_COLOR if i == self._hover else BAR_COLOR)
            x = label_w
            p.fillRect(QRect(x, row.top() + 3, max(width, 1), row.height() - 6), color)
            if broken:  # a white gap: the bar is longer than drawn
                gap = x + int(plot_w * 0.85)
                p.fillRect(QRect(gap, row.top() + 1, 4, row.height() - 2), QColor("white"))
            p.drawText(QRect(x + width + 5, row.top(), value_w, row.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       QLocale().toString(bar.value))
        p.setPen(QColor("#808080"))
        p.drawLine(label_w, header, label_w, self.height() - 2)
        p.end()

    # --- mouse --------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        i = self._bar_at(event.position().toPoint())
        clickable = i >= 0 and self._bars[i].value > 0
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable
                       else Qt.CursorShape.ArrowCursor)
        if i != self._hover:
            self._hover = i if clickable else -1
            if i >= 0 and clickable:
                b = self._bars[i]
                self.setToolTip(self.tr("%1: %2 — click to list these cases")
                                .replace("%1", b.label).replace("%2", str(b.value)))
            else:
                self.setToolTip("")
            self.update()

    def leaveEvent(self, event: object) -> None:  # type: ignore[override]
        self._hover = -1
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        i = self._bar_at(event.position().toPoint())
        if i >= 0 and self._bars[i].value > 0:
            self.bar_clicked.emit(self._bars[i].key)
