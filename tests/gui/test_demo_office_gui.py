"""The demo office in the main window at 1366×768, both languages: a worked case
shows its hearings, its letters (previewable PDFs) and a timeline that tells
them. WBS_SHOTS=folder saves the screenshots (main window on the letters tab and
on the timeline)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import ADMIN, ADMIN_PASSWORD
from tests.gui.test_main_window import settle
from tests.helpers.office import OFFICER_PASSWORD
from wbs_desktop.domain.stages import Stage
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.i18n import init_translations
from wbs_desktop.services.demo import generate_demo_data
from wbs_desktop.services.dto import CaseFilter
from wbs_desktop.services.office import Office


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo office of 60 cases, 12 of them worked (built once for the module)."""
    path = tmp_path_factory.mktemp("demo-gui") / "office.sqlite3"
    office, _setup = Office.create(
        str(path), admin_username=ADMIN, admin_full_name="Maria Admin", password=ADMIN_PASSWORD
    )
    try:
        ws = office.login(ADMIN, ADMIN_PASSWORD)
        result = generate_demo_data(ws, 60, seed=8, officer_password=OFFICER_PASSWORD, worked=12)
        assert result.worked.failures == [] and result.worked.letters
        ws.logout()
    finally:
        office.close()
    return path


@pytest.fixture
def office_db(demo_db: Path, tmp_path: Path) -> Iterator[str]:
    """The controller fixture opens a copy of the demo office."""
    copy = tmp_path / "office.sqlite3"
    shutil.copyfile(demo_db, copy)
    yield str(copy)


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("WBS_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / name))


def _worked_case(controller: Controller) -> str:
    """The most worked case: concluded or in examination, with the most letters."""
    ws = controller._ws
    best: tuple[int, str] | None = None
    for case_id in ws.cases.search_ids(CaseFilter()):
        d = ws.cases.detail(case_id)
        if d.stage in (Stage.CONCLUDED, Stage.EXAMINATION) and d.hearings:
            score = len(d.letters) * 10 + len(d.hearings)
            if best is None or score > best[0]:
                best = (score, case_id)
    assert best is not None
    return best[1]


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_worked_demo_case_in_the_main_window(
    qtbot, controller: Controller, language: str
) -> None:  # type: ignore[no-untyped-def]
    from wbs_desktop.gui.main_window import MainWindow
    from wbs_desktop.gui.screen_fit import OFFICE_SCREEN

    init_translations(QApplication.instance(), language)  # type: ignore[arg-type]
    case_id = _worked_case(controller)
    detail = controller._ws.cases.detail(case_id)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(OFFICE_SCREEN)
    window.show()
    settle(window)
    assert window.table.select_case(case_id)
    settle(window)
    pane = window.detail

    pane.tabs.setCurrentWidget(pane.letters_tab)
    qtbot.waitUntil(lambda: pane.letters_tab.table.rowCount() == len(detail.letters))
    numbers = {
        pane.letters_tab.table.item(r, c).text()
        for r in range(pane.letters_tab.table.rowCount())
        for c in range(pane.letters_tab.table.columnCount())
        if pane.letters_tab.table.item(r, c) is not None
    }
    assert {x.number for x in detail.letters if x.number} <= numbers  # the receipt has none
    pane.letters_tab.table.selectRow(0)
    QApplication.processEvents()
    _shot(window, f"demo-letters-{language}.png")

    pane.tabs.setCurrentIndex(1)  # the timeline
    QApplication.processEvents()
    assert pane.timeline.isVisible()
    _shot(window, f"demo-timeline-{language}.png")

    pane.tabs.setCurrentWidget(pane.hearings_tab)
    QApplication.processEvents()
    _shot(window, f"demo-hearings-{language}.png")
