"""The drawn timeline, from hand-made DTOs."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtGui import QColor

from wbs_desktop.domain.stages import MAIN_PATH, Stage
from wbs_desktop.gui.case.timeline import CURRENT, DONE, LEFT, OVERDUE, PENDING, TimelineWidget
from wbs_desktop.services.dto import StageSpan, TimelineEvent

T0 = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)
T1 = datetime(2026, 11, 5, 2, 30, tzinfo=UTC)


def spans(current: Stage, *, overdue: bool) -> tuple[StageSpan, ...]:
    out = []
    for stage in MAIN_PATH:
        entered = {Stage.RECEIVED: T0, Stage.VERIFICATION: T1}.get(stage)
        out.append(StageSpan(stage=stage, entered_at=entered,
                             left_at=T1 if stage == Stage.RECEIVED else None,
                             current=stage == current,
                             due_date=date(2026, 11, 12) if stage == current else None,
                             overdue=overdue and stage == current))
    return tuple(out)


EVENTS = (
    TimelineEvent(at=T0, kind="submitted", actor_name="Sisilia Petugas", to_stage=Stage.RECEIVED),
    TimelineEvent(at=T1, kind="transition", actor_name="Petrus Pemeriksa",
                  from_stage=Stage.RECEIVED, to_stage=Stage.VERIFICATION,
                  reason="Berkas lengkap"),
    TimelineEvent(at=T1, kind="assigned", actor_name="Maria Admin",
                  detail={"officer": "Petrus Pemeriksa"}),
)


def node_colour(widget: TimelineWidget, index: int) -> QColor:
    image = widget.grab().toImage()
    return image.pixelColor(LEFT, widget.node_centres()[index])


def test_texts(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.set_timeline(spans(Stage.VERIFICATION, overdue=True), EVENTS)
    rows = widget._rows
    assert [r.span.stage for r in rows] == list(MAIN_PATH)
    title, dates = widget.stage_lines(rows[0])
    assert title == "Received"
    assert dates == "2 November 2026 09.00 WITA to 5 November 2026 10.30 WITA"
    title, dates = widget.stage_lines(rows[1])
    assert title == "Verification (current)"
    assert "overdue since 12 November 2026" in dates
    assert [widget.event_line(e) for e in rows[1].events] == [
        "5 November 2026 10.30 WITA: moved here by Petrus Pemeriksa — reason: Berkas lengkap",
        "5 November 2026 10.30 WITA: Petrus Pemeriksa assigned by Maria Admin",
    ]
    assert widget.stage_lines(rows[2]) == ("Investigation", "not reached")


def test_current_stage_is_highlighted_and_overdue_is_red(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    widget.resize(420, 600)
    widget.set_timeline(spans(Stage.VERIFICATION, overdue=False), EVENTS)
    widget.show()
    assert node_colour(widget, 0) == DONE
    assert node_colour(widget, 1) == CURRENT
    assert node_colour(widget, 2) != PENDING, "a stage not reached is a hollow circle"
    widget.set_timeline(spans(Stage.VERIFICATION, overdue=True), EVENTS)
    assert node_colour(widget, 1) == OVERDUE
    assert widget.minimumHeight() > 6 * 30


def test_an_overdue_stage_names_the_deadline_it_missed(qtbot) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    widget = TimelineWidget()
    qtbot.addWidget(widget)
    missed = tuple(
        replace(s, due_kind="first_response") if s.current else s
        for s in spans(Stage.RECEIVED, overdue=True)
    )
    widget.set_timeline(missed, EVENTS[:1])
    _, dates = widget.stage_lines(widget._rows[0])
    assert "overdue since 12 November 2026 (first response: verification to start)" in dates
    reply = tuple(replace(s, due_kind="reply") if s.current else s for s in missed)
    widget.set_timeline(reply, EVENTS[:1])
    assert "reporter's reply" in widget.stage_lines(widget._rows[0])[1]
