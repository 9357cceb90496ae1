"""The dashboard: figures computed off the GUI thread, painted bars with values,
a click listing exactly those cases; the mark dialog; the recap saved."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from PySide6.QtCore import QPoint, Qt

from tests.gui.conftest import complaint
from tests.gui.test_main_window import settle
from wbs_desktop.domain.catalog import Channel
from wbs_desktop.gui.case.mark_dialog import MarkDialog
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.main_window import MainWindow
from wbs_desktop.gui.reports import dashboard as dashboard_module
from wbs_desktop.services.reports import Period


def _window(qtbot, controller: Controller) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(controller)
    qtbot.addWidget(w)
    w.show()
    settle(w)
    return w


def _figures(qtbot, w: MainWindow) -> dashboard_module.Dashboard:  # type: ignore[no-untyped-def]
    w.reports.show_dashboard()
    d = w.reports.dashboard
    assert d is not None
    qtbot.waitUntil(lambda: d.figures is not None and not d.busy, timeout=20_000)
    return d


def test_dashboard_counts_and_a_bar_lists_exactly_its_cases(  # type: ignore[no-untyped-def]
    qtbot, controller: Controller, cases: list[str], tmp_path: Path
) -> None:
    ws = controller._ws
    extra = ws.cases.submit(complaint(channel=Channel.EMAIL))
    w = _window(qtbot, controller)
    d = _figures(qtbot, w)
    today = date.today()
    d.set_period(Period(today - timedelta(days=60), today))
    with qtbot.waitSignal(d.figures_shown, timeout=20_000):
        d.show_button.click()
    assert d.tiles["received"].value == 4
    channel = {b.key: b.value for b in d.charts["channel"].bars}
    assert channel["email"] == 2 and channel["paper"] == 1 and channel["walk_in"] == 1

    # Click the e-mail bar: the list shows exactly those two cases.
    chart = d.charts["channel"]
    index = [b.key for b in chart.bars].index("email")
    rect = chart.bar_rect(index)
    with qtbot.waitSignal(d.cases_requested, timeout=20_000):  # listed off the GUI thread
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    settle(w)
    assert set(w.model.ids()) == {cases[1], extra.case_id}
    assert w.reports.bar.isVisible()
    w.reports.show_all.click()
    settle(w)
    assert len(w.model.ids()) == 4 and not w.reports.bar.isVisible()

    # Mark one as a duplicate through the dialog: the dashboard leaves it out.
    dialog = MarkDialog(controller, extra.case_id, w)
    dialog.duplicate.setChecked(True)
    dialog.original.setText("NO-SUCH-NUMBER")
    dialog.accept()  # saved off the GUI thread
    assert dialog.busy and not dialog.buttons.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.error.text()  # not saved; what was typed stays
    assert dialog.original.text() == "NO-SUCH-NUMBER"
    first = ws.cases.rows([cases[1]])[0].register_number
    dialog.original.setText(first)
    dialog.reason.setText("laporan yang sama lewat surel")
    with qtbot.waitSignal(controller.cases_changed, timeout=20_000):  # the lists re-query
        dialog.accept()
    assert dialog.result() == MarkDialog.DialogCode.Accepted
    with qtbot.waitSignal(d.figures_shown, timeout=20_000):
        d.refresh()
    assert d.tiles["received"].value == 3
    assert "duplicate: 1" in d.excluded.text()

    # The recap from the dashboard, written off the GUI thread, private.
    out = tmp_path / "rekap.xlsx"
    job = d.export_to("xlsx", str(out))
    assert job is not None
    qtbot.waitUntil(lambda: out.exists() and d._export_job is None, timeout=20_000)
    book = openpyxl.load_workbook(out)
    summary = {r[0]: r[1] for r in book["Ringkasan"].iter_rows(min_row=5, values_only=True)}
    assert summary["Pengaduan diterima"] == 3
    assert summary["Tidak dihitung: Duplikat"] == 1
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600

    shots = os.environ.get("WBS_SHOTS")
    if shots:
        d.grab().save(str(Path(shots) / "dashboard-test.png"))


def test_show_at_login_is_a_workstation_setting(  # type: ignore[no-untyped-def]
    qtbot, controller: Controller, cases: list[str]
) -> None:
    assert not dashboard_module.show_at_login()
    w = _window(qtbot, controller)
    qtbot.wait(20)
    assert w.reports.dashboard is None
    dashboard_module.set_show_at_login(True)
    w2 = _window(qtbot, controller)
    qtbot.waitUntil(lambda: w2.reports.dashboard is not None
                    and w2.reports.dashboard.isVisible(), timeout=5_000)
    qtbot.waitUntil(lambda: w2.reports.dashboard.figures is not None, timeout=20_000)
    w2.reports.dashboard.at_login.setChecked(False)
    assert not dashboard_module.show_at_login()


def test_the_unit_chart_keeps_the_long_tail_in_one_clickable_bar(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from wbs_desktop.services.reports import Bucket, Duration, Figures

    class Stub:
        def type_label(self, code: str) -> str:
            return code

    units = tuple(Bucket(f"Unit {i:02d}", 30 - i, tuple(f"c{i}-{j}" for j in range(30 - i)))
                  for i in range(20))
    every = tuple(i for b in units for i in b.ids or ())
    f = Figures(
        period=Period(date(2026, 1, 1), date(2026, 12, 31)), made_at=datetime.now(UTC),
        made_by="x", office_name="x", today=date(2026, 12, 1),
        received=Bucket("received", len(every)),
        in_progress=Bucket("in_progress"), by_stage=(), finished=Bucket("finished"),
        by_ending=(), overdue=Bucket("overdue"), overdue_by_kind=(), by_month=(), by_type=(),
        by_channel=(), by_unit=units, units_readable=len(every),
        durations=(Duration("first_response", 0, None, None),), excluded=(),
    )
    d = dashboard_module.Dashboard(Stub())
    qtbot.addWidget(d)
    d.figures = f
    d.show_figures(f)
    bars = d.charts["unit"].bars
    assert len(bars) == dashboard_module.UNIT_BARS + 1
    assert bars[-1].value == sum(b.count for b in units[dashboard_module.UNIT_BARS:])
    with qtbot.waitSignal(d.cases_requested) as got:
        d.charts["unit"].bar_clicked.emit(bars[-1].key)
    assert got.args[0] == frozenset(
        i for b in units[dashboard_module.UNIT_BARS:] for i in b.ids or ())


def test_a_demo_office_counts_its_demo_data_and_says_so(  # type: ignore[no-untyped-def]
    qtbot, controller: Controller
) -> None:
    from tests.gui.conftest import ADMIN_PASSWORD
    from wbs_desktop.services.demo import generate_demo_data

    generate_demo_data(controller._ws, 9, seed=5, officer_password=ADMIN_PASSWORD)
    w = _window(qtbot, controller)
    d = _figures(qtbot, w)
    today = date.today()
    d.set_period(Period(today - timedelta(days=3 * 365), today))
    with qtbot.waitSignal(d.figures_shown, timeout=20_000):
        d.show_button.click()  # nothing but demo data: counted, and the box ticked
    assert d.count_demo.isVisible() and d.count_demo.isChecked()
    assert d.tiles["received"].value == 9
    assert "Demo data is counted." in d.status.text()
    with qtbot.waitSignal(d.figures_shown, timeout=20_000):
        d.count_demo.setChecked(False)  # the user's choice stands
    assert d.tiles["received"].value == 0
    assert "demo data: 9" in d.excluded.text()



def test_the_dashboard_at_login_counts_before_the_search_index_loads(  # type: ignore[no-untyped-def]
    qtbot, controller: Controller, cases: list[str], monkeypatch
) -> None:
    """Shown at login, the dashboard's figures are counted first; the search
    index's load after login (which would share the cores) starts once they are
    shown — and it does start. The figures here take 1.5 s, the load's delay
    after login 0.5 s: without the hold the load would start first."""
    import time

    from tests.gui.conftest import ADMIN, ADMIN_PASSWORD
    from wbs_desktop.gui import controller as controller_module
    from wbs_desktop.gui.worker import wait_for_workers
    from wbs_desktop.services.cases import CaseService
    from wbs_desktop.services.reports import ReportService

    controller.logout()  # the fixture's own load after login stopped and gone
    wait_for_workers()
    monkeypatch.setattr(controller_module, "SEARCH_PRELOAD_DELAY_MS", 500)
    counted: list[bool] = []
    started: list[bool] = []  # per load: were the figures counted by then?
    real_figures, real_preload = ReportService.figures, CaseService.preload_search

    def slow_figures(self: ReportService, *args: object, **kwargs: object) -> object:
        time.sleep(1.5)
        figures = real_figures(self, *args, **kwargs)  # type: ignore[arg-type]
        counted.append(True)
        return figures

    def recording(self: CaseService, cancelled: object = None) -> bool:
        started.append(bool(counted))
        return real_preload(self, cancelled)  # type: ignore[arg-type]

    monkeypatch.setattr(ReportService, "figures", slow_figures)
    monkeypatch.setattr(CaseService, "preload_search", recording)
    dashboard_module.set_show_at_login(True)
    with qtbot.waitSignal(controller.logged_in, timeout=20_000):
        controller.login(ADMIN, ADMIN_PASSWORD)
    w = MainWindow(controller)  # as the app makes it once the login dialog is done
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: bool(started), timeout=20_000)
    assert started == [True]
    d = w.reports.dashboard
    assert d is not None and d.figures is not None
    ws = controller._ws
    assert ws is not None
    qtbot.waitUntil(lambda: ws.actor.search_index.loaded, timeout=20_000)
