"""My work (the main window's first tab), the reminder at login, and the
front desk's look-up by tracking code, as a user works them."""

from __future__ import annotations

import time
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import complaint
from tests.helpers.clock import Clock
from wbs_desktop.domain.dates import office_today
from wbs_desktop.gui.case.front_desk import FrontDeskDialog
from wbs_desktop.gui.case.my_work import CASE_ID_ROLE
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.main_window import MainWindow


def _wait(condition, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + 20
    while not condition():
        assert time.monotonic() < deadline, f"{what} did not happen"
        QApplication.processEvents()
        time.sleep(0.002)


def _window(qtbot, controller: Controller) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    _wait(lambda: not window.searching and not window.my_work.busy
          and window.my_work.work is not None, "loading My work")
    return window


def test_double_click_on_an_item_opens_its_case(qtbot, controller: Controller,  # type: ignore[no-untyped-def]
                                                cases: list[str]) -> None:
    window = _window(qtbot, controller)
    assert window.tabs.widget(0) is window.my_work  # the first tab
    assert window.tabs.tabText(0) == "My work (1)"  # one overdue
    window.tabs.setCurrentWidget(window.my_work)
    work = window.my_work.work
    assert work is not None and work.unassigned.total == 3  # nobody assigned yet
    assert [i.case_id for i in work.overdue.items] == [cases[1]]  # received 40 days ago
    items = window.my_work.case_items()
    overdue = next(i for i in items if i.parent().text(0).startswith("Overdue"))
    assert overdue.data(0, CASE_ID_ROLE) == cases[1]
    assert overdue.text(2) == "First response: start the verification"
    assert "overdue" in window.my_work.summary.text()
    tree = window.my_work.tree
    tree.scrollToItem(overdue)
    rect = tree.visualItemRect(overdue)
    # A real double-click: the first press selects, the second one (a double-click) opens.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.currentWidget() is window.splitter
    _wait(lambda: window.detail.detail is not None and window.detail.detail.id == cases[1],
          "the case shown")
    assert window.table.current_case_id() == cases[1]
    assert window.reminder is None  # nothing is due today: no reminder
    window.tabs.setCurrentWidget(window.my_work)
    window.save_layout()  # the next window opens where this one was left
    again = _window(qtbot, controller)
    assert again.tabs.currentWidget() is again.my_work


def test_reminder_at_login_when_something_is_due_today(qtbot, controller: Controller,  # type: ignore[no-untyped-def]
                                                       cases: list[str], clock: Clock) -> None:
    ws = controller._ws
    today = office_today()
    clock.set(today - timedelta(days=1))  # yesterday the reply was asked for by today
    ws.procedure.start_verification(cases[0])
    ws.procedure.request_information(cases[0], ["bukti transfer"], deadline=today)
    clock.set(today)
    window = _window(qtbot, controller)
    work = window.my_work.work
    assert work is not None and work.due_today == 1
    _wait(lambda: window.reminder is not None and window.reminder.isVisible(), "the reminder")
    assert window.reminder.text().startswith("Due today: 1 item")
    soon = next(i for i in window.my_work.case_items()
                if i.data(0, CASE_ID_ROLE) == cases[0])
    assert soon.text(2) == "The reporter's reply to the request for information"
    window.reminder.buttons()[0].click()
    assert window.tabs.currentWidget() is window.my_work
    window.my_work.refresh()  # a second load after the login: no second reminder
    _wait(lambda: not window.my_work.busy, "the refresh")
    assert window.reminder is None


def test_front_desk_look_up_shows_the_next_step_and_opens_the_case(  # type: ignore[no-untyped-def]
        qtbot, controller: Controller, cases: list[str]) -> None:
    result = controller._ws.cases.submit(complaint())
    window = _window(qtbot, controller)
    window.find_tracking_code()
    dialog = window.front_desk
    assert isinstance(dialog, FrontDeskDialog)
    qtbot.keyClicks(dialog.code_edit, result.tracking_code.lower())
    with qtbot.waitSignal(dialog.looked_up, timeout=20_000):
        qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    assert dialog.stage_label.text() == "Received"
    assert dialog.next_label.text().startswith("The office checks that the report is complete")
    assert dialog.next_date_label.text() != "—"
    assert dialog.case_label.text() == result.register_number
    assert dialog.open_button.isEnabled()  # an administrator may open it
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert window.front_desk is None or not window.front_desk.isVisible()
    _wait(lambda: window.detail.detail is not None
          and window.detail.detail.id == result.case_id, "the case shown")
    assert window.tabs.currentWidget() is window.splitter


def test_front_desk_says_when_no_case_has_the_code(qtbot, controller: Controller) -> None:  # type: ignore[no-untyped-def]
    dialog = FrontDeskDialog(controller)
    qtbot.addWidget(dialog)
    for code, expected in (("3333-3333-3333", ("No case has this tracking code",
                                               "This is not a valid tracking code")),
                           ("ZZZZ-ZZZZ-ZZZZ", ("This is not a valid tracking code",))):
        dialog.code_edit.setText(code)
        with qtbot.waitSignal(dialog.looked_up, timeout=20_000):
            dialog.look_up()
        assert dialog.error_label.text().startswith(expected)
        assert not dialog.result_form.isVisibleTo(dialog) and not dialog.open_button.isEnabled()
