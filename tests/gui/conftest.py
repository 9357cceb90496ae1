"""Fixtures for the GUI tests: isolated QSettings, a real office database on a
temporary SQLite file, a logged-in controller, and a few cases."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.complaint import AccusedInput, ComplaintInput, ReporterInput
from wbs_desktop.domain.dates import OFFICE_TZ, utc_now
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.i18n import init_translations
from wbs_desktop.gui.worker import running_jobs, wait_for_workers

if TYPE_CHECKING:
    from wbs_desktop.gui.main_window import MainWindow

ADMIN = "admin"
ADMIN_PASSWORD = "Kupang-Lontar-2026!"


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path: Path) -> Iterator[None]:
    """Qt caches the settings folder per process: point it at this test's folder."""
    folder = tmp_path / "qsettings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture(autouse=True)
def _no_background_work_left(qapp: QApplication) -> Iterator[None]:
    """A test ends with every background job finished and delivered.

    Torn down last (autouse, so set up first): the other fixtures have closed
    their controllers and windows by then. Teardown waits for every job still
    running (a controller's own background work, such as the letter engine's
    warm-up after a login, may have started in the test's last moments); one
    that has not finished after a minute fails the test. Then the garbage of the
    test is collected here, on the GUI thread, while no worker runs.
    """
    yield
    wait_for_workers(timeout=60.0)
    stuck = running_jobs()
    gc.collect()
    if stuck:
        pytest.fail(f"background jobs still running a minute after the test ended: {stuck}")


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> Iterator[None]:
    """Tests read English messages unless they switch language themselves."""
    init_translations(qapp, "en")
    yield
    init_translations(qapp, "en")


class ModalGuard:
    """Records message boxes and input dialogs instead of blocking the test run."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.allowed = False


@pytest.fixture(autouse=True)
def modals(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModalGuard]:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    guard = ModalGuard()

    def fake_exec(self) -> int:  # type: ignore[no-untyped-def]
        text = self.text() if isinstance(self, QMessageBox) else self.labelText()
        guard.calls.append(f"{self.windowTitle()}: {text}")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QInputDialog, "exec", fake_exec)
    yield guard
    assert guard.allowed or not guard.calls, f"unexpected modal dialogs: {guard.calls}"


@pytest.fixture
def office_db(tmp_path: Path) -> Iterator[str]:
    """A new office on a temporary SQLite file (made by the services, not the GUI)."""
    from wbs_desktop.services.office import Office

    path = str(tmp_path / "office.sqlite3")
    office, _setup = Office.create(path, admin_username=ADMIN, admin_full_name="Maria Admin",
                                   password=ADMIN_PASSWORD)
    office.close()
    yield path


@pytest.fixture
def controller(qtbot, office_db: str) -> Iterator[Controller]:  # type: ignore[no-untyped-def]
    """A controller with the office open and the administrator logged in."""
    ctl = Controller()
    with qtbot.waitSignal(ctl.database_opened, timeout=20_000):
        ctl.open_database(office_db)
    with qtbot.waitSignal(ctl.logged_in, timeout=20_000):
        ctl.login(ADMIN, ADMIN_PASSWORD)
    yield ctl
    wait_for_workers()  # e.g. the letter engine's warm-up a second after login
    ctl.close()


def complaint(**changes: object) -> ComplaintInput:
    """A valid complaint; keyword arguments replace fields."""
    base = ComplaintInput(
        channel=Channel.PAPER,
        received_at=(utc_now() - timedelta(days=1)).astimezone(OFFICE_TZ),
        reporter=ReporterInput("Yohanes Mau", "081234567890", "yohanes@example.com", True),
        complaint_type="illegal_levies",
        accused=AccusedInput("Ahmad Yani", "", "Kepala Seksi", "Bidang Mutasi"),
        location="Kantor BKD Kupang",
        incident_date=date.today() - timedelta(days=10),
        chronology=("Pegawai meminta uang dua juta rupiah untuk mempercepat mutasi. " * 5).strip(),
        material_loss=True,
        loss_estimate=2_000_000,
        evidence_links=("https://example.com/bukti-1",),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def cases(controller: Controller) -> list[str]:
    """Three cases of different types, channels and dates; returns their ids."""
    cases_service = controller._ws.cases
    now = utc_now().astimezone(OFFICE_TZ)
    results = [
        cases_service.submit(complaint()),
        cases_service.submit(complaint(
            complaint_type="bribery_gratification", channel=Channel.EMAIL,
            accused=AccusedInput("Maria Bria"), evidence_links=(),
            received_at=now - timedelta(days=40), incident_date=None)),
        cases_service.submit(complaint(
            complaint_type="discipline_violation", channel=Channel.WALK_IN,
            accused=AccusedInput("Kornelis Ndun"), material_loss=False, loss_estimate=None,
            chronology="Sering tidak masuk kerja tanpa keterangan selama dua bulan ini.")),
    ]
    controller.cases_changed.emit()
    return [r.case_id for r in results]


def received(days_ago: int) -> datetime:
    return (utc_now() - timedelta(days=days_ago)).astimezone(OFFICE_TZ)


@dataclass
class Walk:
    """What the layout tests open their windows from."""

    window: MainWindow
    controller: Controller
    case_id: str  # selected: in examination, with a hearing of the accused


def _examination_case(controller: Controller, case_id: str) -> None:
    from datetime import time as clock_time

    from wbs_desktop.domain.stages import Stage
    from wbs_desktop.services.procedure import HearingInput

    ws = controller._ws
    ws.cases.transition(case_id, Stage.VERIFICATION)
    ws.procedure.mark_complete(case_id)
    ws.cases.transition(case_id, Stage.EXAMINATION)
    today = controller.today()
    earliest = controller.holidays().earliest_hearing(today, accused=True).earliest
    ws.procedure.schedule_hearing(case_id, HearingInput(
        party_kind="accused", letter_date=today, day=earliest, start=clock_time(9, 0),
        place="Ruang Pemeriksaan BKD", examiners=("Maria Admin",)))


@pytest.fixture
def walk(qtbot, controller: Controller, cases: list[str],  # type: ignore[no-untyped-def]
         request: pytest.FixtureRequest) -> Iterator[Walk]:
    """The main window at 1366×768 (above the taskbar) in the language given as
    the fixture's parameter, the first case selected: in examination, with a
    hearing of the accused scheduled on the earliest lawful day."""
    from tests.gui.test_main_window import settle
    from wbs_desktop.gui.main_window import MainWindow
    from wbs_desktop.gui.screen_fit import OFFICE_SCREEN

    language = request.param
    init_translations(QApplication.instance(), language)  # type: ignore[arg-type]
    _examination_case(controller, cases[0])
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(OFFICE_SCREEN)  # maximised above the taskbar
    window.show()
    settle(window)
    assert window.table.select_case(cases[0])
    settle(window)
    yield Walk(window, controller, cases[0])
    settle(window)
