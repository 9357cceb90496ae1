"""The case's timeline, drawn: the stages in order with their dates, who acted
and why, the current stage highlighted, an overdue stage in red."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from wbs_desktop.domain.stages import DeadlineKind
from wbs_desktop.gui.labels import format_date, format_datetime, outcome_label, stage_label
from wbs_desktop.gui.notices import procedure_event_text
from wbs_desktop.services.dto import StageSpan, TimelineEvent

DONE = QColor("#2e7d32")
CURRENT = QColor("#1565c0")
OVERDUE = QColor("#c62828")
PENDING = QColor("#9e9e9e")

LEFT = 34  # x of the spine
RADIUS = 8
TEXT_X = LEFT + RADIUS + 14
GAP = 14


@dataclass
class _Row:
    span: StageSpan
    events: list[TimelineEvent] = field(default_factory=list)


class TimelineWidget(QWidget):
    """Custom-painted; give it ``set_timeline(spans, events)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._height = 40
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    def set_timeline(self, spans: tuple[StageSpan, ...],
                     events: tuple[TimelineEvent, ...]) -> None:
        rows = [_Row(span) for span in spans]
        by_stage = {row.span.stage: row for row in rows}
        current_row: _Row | None = rows[0] if rows else None
        for event in events:
            if event.to_stage is not None and event.to_stage in by_stage:
                current_row = by_stage[event.to_stage]
            if current_row is not None:
                current_row.events.append(event)
        self._rows = rows
        self._relayout()
        self.update()

    def clear(self) -> None:
        self.set_timeline((), ())

    # --- texts ------------------------------------------------------------------

    def stage_lines(self, row: _Row) -> tuple[str, str]:
        """(title, dates line) of a stage."""
        span = row.span
        title = stage_label(span.stage)
        if span.entered_at is None:
            dates = self.tr("not reached")
        elif span.left_at is None:
            dates = self.tr("since %1").replace("%1", format_datetime(span.entered_at))
        else:
            dates = self.tr("%1 to %2").replace("%1", format_datetime(span.entered_at)).replace(
                "%2", format_datetime(span.left_at))
        if span.current:
            title = self.tr("%1 (current)").replace("%1", title)
            if span.due_date is not None:
                if span.overdue:
                    dates += " · " + self.tr("overdue since %1").replace(
                        "%1", format_date(span.due_date))
                else:
                    dates += " · " + self.tr("due %1").replace("%1", format_date(span.due_date))
                deadline = self.deadline_label(span.due_kind)
                if deadline:
                    dates += " (" + deadline + ")"
        return title, dates

    def deadline_label(self, kind: DeadlineKind | None) -> str:
        """Which deadline applies (and, when overdue, which one was missed)."""
        return {
            DeadlineKind.FIRST_RESPONSE: self.tr("first response: verification to start"),
            DeadlineKind.REPLY: self.tr("the reporter's reply to the request for information"),
            DeadlineKind.HEARING: self.tr("the scheduled hearing"),
        }.get(kind, "") if kind else ""

    def event_line(self, event: TimelineEvent) -> str:
        who = event.actor_name or self.tr("someone")
        when = format_datetime(event.at)
        officer = event.detail.get("officer", "")
        if event.kind == "submitted":
            text = self.tr("%1: registered by %2")
        elif event.kind == "assigned":
            text = self.tr("%1: %3 assigned by %2")
        elif event.kind == "unassigned":
            text = self.tr("%1: %3 removed by %2")
        elif event.kind == "stepped_back":
            text = self.tr("%1: moved back here by %2")
        elif event.kind == "reopened":
            text = self.tr("%1: reopened by %2")
        elif event.kind == "transition":
            text = self.tr("%1: moved here by %2")
        elif (described := procedure_event_text(event.kind, event.detail)) is not None:
            text = self.tr("%1: %3 (%2)")
            officer = described
        else:
            text = self.tr("%1: changed by %2")
        line = text.replace("%1", when).replace("%2", who).replace("%3", officer)
        outcome = event.detail.get("outcome")
        if outcome:
            line += " — " + outcome_label(outcome)
        if event.reason:
            line += " — " + self.tr("reason: %1").replace("%1", event.reason)
        return line

    # --- geometry ---------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = self.font()
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.92))
        return base, bold, small

    def _row_heights(self, width: int) -> list[int]:
        _base, bold, small = self._fonts()
        text_width = max(80, width - TEXT_X - 8)
        fm_bold, fm_small = QFontMetrics(bold), QFontMetrics(small)
        heights = []
        for row in self._rows:
            _title, dates = self.stage_lines(row)
            h = fm_bold.height()
            h += self._text_height(fm_small, dates, text_width)
            for event in row.events:
                h += 2 + self._text_height(fm_small, self.event_line(event), text_width)
            heights.append(max(h, 2 * RADIUS) + GAP)
        return heights

    @staticmethod
    def _text_height(fm: QFontMetrics, text: str, width: int) -> int:
        rect = fm.boundingRect(0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap), text)
        return rect.height()

    def _relayout(self) -> None:
        self._height = sum(self._row_heights(self.width() or 400)) + 2 * GAP
        self.setMinimumHeight(self._height)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(380, self._height)

    def resizeEvent(self, event: object) -> None:
        self._relayout()

    def node_centres(self) -> list[int]:
        """The y of each stage's node, top to bottom."""
        centres = []
        y = GAP
        for h in self._row_heights(self.width()):
            centres.append(y + RADIUS + 2)
            y += h
        return centres

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _base, bold, small = self._fonts()
        text_color = self.palette().color(QPalette.ColorRole.Text)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        heights = self._row_heights(self.width())
        text_width = max(80, self.width() - TEXT_X - 8)
        centers = self.node_centres()
        # The spine: solid between reached stages, dotted towards those not reached.
        for i in range(len(centers) - 1):
            reached = self._rows[i + 1].span.entered_at is not None
            pen = QPen(DONE if reached else PENDING, 2,
                       Qt.PenStyle.SolidLine if reached else Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(LEFT, centers[i] + RADIUS),
                             QPointF(LEFT, centers[i + 1] - RADIUS))
        y = GAP
        for i, (row, h) in enumerate(zip(self._rows, heights, strict=True)):
            span = row.span
            colour = (OVERDUE if span.overdue else CURRENT if span.current
                      else DONE if span.entered_at is not None else PENDING)
            center = QPointF(LEFT, centers[i])
            if span.current:
                painter.setPen(Qt.PenStyle.NoPen)
                halo = QColor(colour)
                halo.setAlpha(60)
                painter.setBrush(halo)
                painter.drawEllipse(center, RADIUS + 5, RADIUS + 5)
            painter.setPen(QPen(colour, 2))
            painter.setBrush(colour if span.entered_at is not None else self.palette().base())
            painter.drawEllipse(center, RADIUS, RADIUS)
            if span.current:
                painter.fillRect(QRectF(TEXT_X - 6, y - 2, 3, h - GAP + 2), colour)
            title, dates = self.stage_lines(row)
            painter.setFont(bold)
            painter.setPen(colour if (span.current or span.overdue) else
                           (text_color if span.entered_at is not None else muted))
            fm = QFontMetrics(bold)
            painter.drawText(QRectF(TEXT_X, y, text_width, fm.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
            ty = y + fm.height()
            painter.setFont(small)
            fms = QFontMetrics(small)
            painter.setPen(OVERDUE if span.overdue else muted)
            dh = self._text_height(fms, dates, text_width)
            painter.drawText(QRectF(TEXT_X, ty, text_width, dh),
                             int(Qt.TextFlag.TextWordWrap), dates)
            ty += dh
            painter.setPen(text_color)
            for timeline_event in row.events:
                line = self.event_line(timeline_event)
                eh = self._text_height(fms, line, text_width)
                painter.drawText(QRectF(TEXT_X, ty + 2, text_width, eh),
                                 int(Qt.TextFlag.TextWordWrap), line)
                ty += eh + 2
            y += h
        painter.end()
