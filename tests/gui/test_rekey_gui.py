"""What the window shows for issue 19 part 2: the near-miss warning in the
assign dialog, the notice after an officer was taken off a case because he is
its accused, and the end of a session whose user was deactivated meanwhile."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget

from tests.gui.conftest import ADMIN, ADMIN_PASSWORD, ModalGuard, complaint
from tests.gui.test_main_window import refreshed, settle
from tests.gui.test_procedure_flow import OFFICER_PASSWORD, accept, fill, officer
from wbs_desktop.domain.complaint import AccusedInput
from wbs_desktop.gui.case.timeline import TimelineWidget
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.main_window import MainWindow

SHOTS = Path(os.environ.get("WBS_SHOTS", "/work/shots/rekey"))


def _shot(widget: object, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    if SHOTS.parent.is_dir():
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.show()  # type: ignore[attr-defined]
        widget.adjustSize()  # type: ignore[attr-defined]
        for _ in range(3):
            QApplication.processEvents()
        widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


@pytest.fixture
def window(qtbot, controller: Controller) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(controller)
    qtbot.addWidget(w)
    w.show()
    settle(w)
    yield w
    settle(w)


def test_assign_dialog_names_the_near_miss(window: MainWindow) -> None:
    controller = window._controller
    kornelis = officer(controller, "Kornelis Tefa", "kornelis")
    other = officer(controller, "Maria Kolo", "maria")
    case_id = controller._ws.cases.submit(
        complaint(accused=AccusedInput("Kornelis Y. Tefa"))).case_id
    refreshed(window)
    assert window.table.select_case(case_id)
    dialog = window.detail.case_actions.assign()
    assert dialog is not None
    label = dialog.fields["conflict"]
    assert isinstance(label, QLabel)
    fill(dialog, officer=other.id)
    assert label.isHidden()
    _shot(dialog, "assign_no_warning.png")
    fill(dialog, officer=kornelis.id)
    assert not label.isHidden()
    assert "Kornelis Y. Tefa" in label.text() and "Kornelis Tefa (kornelis)" in label.text()
    _shot(dialog, "assign_near_miss.png")
    accept(dialog)  # the administrator checked: a namesake; the choice stays theirs
    assert [o.username for o in controller._ws.cases.detail(case_id).officers] == ["kornelis"]


def test_window_tells_why_an_officer_was_taken_off(window: MainWindow,
                                                    modals: ModalGuard) -> None:
    controller = window._controller
    yosef = officer(controller, "Yosef Nahak", "yosef", nip="198103152006041002")
    ws = controller._ws
    case_id = ws.cases.submit(complaint(accused=AccusedInput("Paulus Bere"))).case_id
    ws.cases.assign(case_id, yosef.id)
    refreshed(window)
    assert window.table.select_case(case_id)
    modals.allowed = True
    pane = window.detail
    accept(fill(pane.witnesses.edit_accused(), name="Paulus Bere",
                nip="19810315 200604 1 002"))
    settle(window)
    for _ in range(5):
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
    notice = [c for c in modals.calls if "was taken off case" in c]
    assert notice, modals.calls
    assert "Yosef Nahak" in notice[0] and "same NIP" in notice[0]
    timeline = ws.cases.detail(case_id).timeline
    assert timeline[-1].kind == "accused_updated"
    assert any(e.kind == "conflict_removed" for e in timeline)
    text = notice[0].partition(": ")[2]
    box = QMessageBox(QMessageBox.Icon.Warning, pane.tr("Conflict of interest"), text,
                      QMessageBox.StandardButton.Ok, window)
    _shot(box, "conflict_notice_box.png")
    box.close()
    tabs = pane.findChild(QTabWidget)
    assert tabs is not None
    for i in range(tabs.count()):
        if tabs.widget(i).findChild(TimelineWidget) is not None or isinstance(
                tabs.widget(i), TimelineWidget):
            tabs.setCurrentIndex(i)
    _shot(window, "conflict_notice_timeline.png")


def test_open_session_of_a_deactivated_user_ends_at_the_next_refresh(
        qtbot, office_db: str, modals: ModalGuard) -> None:  # type: ignore[no-untyped-def]
    from wbs_desktop.services.office import Office

    admin_office = Office.open(office_db)
    admin = admin_office.login(ADMIN, ADMIN_PASSWORD)
    from wbs_desktop.domain.roles import Role

    yosef = admin.accounts.add_user("yosef", "Yosef Nahak", Role.OFFICER, OFFICER_PASSWORD)
    case_id = admin.cases.submit(complaint()).case_id
    admin.cases.assign(case_id, yosef.id)

    ctl = Controller()
    with qtbot.waitSignal(ctl.database_opened, timeout=20_000):
        ctl.open_database(office_db)
    with qtbot.waitSignal(ctl.logged_in, timeout=20_000):
        ctl.login("yosef", OFFICER_PASSWORD)
    w = MainWindow(ctl)
    qtbot.addWidget(w)
    w.show()
    settle(w)
    assert w.table.select_case(case_id)
    assert w.detail.detail is not None and w.detail.detail.granted
    modals.allowed = True
    admin.accounts.deactivate(yosef.id)
    with qtbot.waitSignal(w.logout_requested, timeout=20_000):
        w.refresh()
        settle(w)
    assert any("This account has been deactivated" in c for c in modals.calls), modals.calls
    ctl.close()
    admin_office.close()


def test_status_bar_shows_the_people_index_still_to_compute(
        qtbot, window: MainWindow, office_db: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from PySide6.QtWidgets import QApplication

    from wbs_desktop.domain.roles import Role
    from wbs_desktop.services import people_index
    from wbs_desktop.services.office import Office

    controller = window._controller
    ws = controller._ws
    release = threading.Event()
    real = people_index.compute_pending

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(20)  # the count is on screen while the work is under way
        return real(*args, **kwargs)

    monkeypatch.setattr(people_index, "compute_pending", held)
    seen: list[int] = []
    controller.index_pending.connect(seen.append)
    ws.accounts.add_user("petugas", "Ana Petugas", Role.STAFF, OFFICER_PASSWORD)
    front = Office.open(office_db)
    staff = front.login("petugas", OFFICER_PASSWORD)
    submitted = [staff.cases.submit(complaint(accused=AccusedInput(f"Terlapor Nomor {i}")))
                 for i in range(3)]
    front.close()
    assert people_index.pending_count(ws) == 3
    refreshed(window)
    # Started by the live refresh that saw the new cases, or now.
    job = controller.compute_people_index() or controller._indexing
    assert job is not None
    qtbot.waitUntil(lambda: window.index_label.isVisible(), timeout=10_000)
    # ("3 cases" once the English catalogue has the plural forms; the source says "case(s)")
    assert window.index_label.text().startswith("People index: 3 case")
    _shot(window, "index_pending_status.png")
    release.set()
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    for _ in range(5):
        QApplication.processEvents()
    assert seen[0] == 3 and seen[-1] == 0
    assert not window.index_label.isVisible()
    assert people_index.pending_count(ws) == 0
    # The administrator's client made the entries: the reports can now be related.
    assert ws.cases.detail(submitted[0].case_id).granted


def test_users_dialog_deactivates_off_the_gui_thread(
        qtbot, controller: Controller, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wbs_desktop.gui.admin import users as users_module
    from wbs_desktop.gui.admin.users import UsersDialog

    yosef = officer(controller, "Yosef Nahak", "yosef")
    ws = controller._ws
    case_id = ws.cases.submit(complaint()).case_id
    ws.cases.assign(case_id, yosef.id)
    dialog = UsersDialog(controller)
    qtbot.addWidget(dialog)
    row = next(r for r in range(dialog.ui.usersTable.rowCount())
               if dialog.ui.usersTable.item(r, 0).text() == "yosef")
    dialog.ui.usersTable.selectRow(row)
    monkeypatch.setattr(users_module, "ask", lambda *_a: True)
    dialog.deactivate()
    assert dialog._job is not None
    qtbot.waitUntil(lambda: dialog._job.done, timeout=20_000)
    qtbot.waitUntil(lambda: "deactivated" in dialog.ui.usersTable.item(row, 4).text(),
                    timeout=10_000)
    assert not ws.accounts.get(yosef.id).active
    assert ws.cases.detail(case_id).officers == ()
