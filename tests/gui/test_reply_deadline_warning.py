"""The request for more information warns when its reply deadline reaches into a
year whose holiday list is not confirmed (a new database: 2026 confirmed, 2027
only proposed), as the hearing dialog does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QLabel

from tests.gui.test_procedure_flow import Steps, accept, fill, window  # noqa: F401 - fixture
from tests.helpers.clock import Clock
from wbs_desktop.domain.stages import Stage
from wbs_desktop.gui.main_window import MainWindow


def _warning(dialog) -> QLabel:  # type: ignore[no-untyped-def]
    label = dialog.fields["year_warning"]
    assert isinstance(label, QLabel)
    return label


def test_a_deadline_in_an_unconfirmed_year_is_warned(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, cases: list[str], clock: Clock) -> None:  # noqa: F811
    clock.set(date(2026, 12, 14))
    s = Steps(window, cases[0])
    s.ws.cases.transition(cases[0], Stage.VERIFICATION)
    window.detail.show_case(cases[0])
    s._mark()
    dialog = window.detail.case_actions.request_information()
    assert dialog is not None
    dialog.show()
    label = _warning(dialog)
    assert dialog.fields["deadline"].date().year() == 2026  # type: ignore[attr-defined]
    assert label.text() == "" and label.isHidden()  # 14 days: still in 2026, confirmed

    fill(dialog, deadline=date(2027, 1, 8))
    assert "2027" in label.text() and "only proposed" in label.text()
    assert not label.isHidden()
    shots = Path("/work/shots/gaps")
    if shots.is_dir():
        qtbot.wait(50)
        dialog.grab().save(str(shots / "request_info_2027_en.png"))

    fill(dialog, deadline=date(2026, 12, 28))  # back into 2026: the warning goes
    assert label.text() == "" and label.isHidden()

    fill(dialog, missing="Tanggal kejadian", deadline=date(2027, 1, 8))
    dialog.fields["letter"].setChecked(False)  # type: ignore[attr-defined]
    accept(dialog)  # a warning, not a refusal
    s.done("transition")
    assert s.detail.stage == Stage.AWAITING_INFO
