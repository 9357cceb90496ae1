"""The main window over a real office database: table, filters, status bar, detail pane."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.stages import Stage
from wbs_desktop.gui.case import detail_pane
from wbs_desktop.gui.case.case_model import Column
from wbs_desktop.gui.case.timeline import TimelineWidget
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, controller: Controller, cases: list[str]) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(controller)
    qtbot.addWidget(w)
    w.show()
    settle(w)
    return w


def settle(w: MainWindow) -> None:
    """Wait for the background search (if any) to be shown."""
    deadline = time.monotonic() + 20
    while w.searching:
        assert time.monotonic() < deadline, "search did not finish"
        QApplication.processEvents()
        time.sleep(0.002)


def refreshed(w: MainWindow) -> None:
    w.refresh()
    settle(w)


def shown(w: MainWindow) -> set[str]:
    settle(w)
    return set(w.model.ids())


def test_table_lists_the_cases_and_passes_qtmodeltester(window: MainWindow, cases: list[str],  # type: ignore[no-untyped-def]
                                                        qtmodeltester) -> None:
    assert shown(window) == set(cases)
    assert window.count_label.text() == "3 of 3 cases"
    assert window.database_label.text() == "Local database"
    assert window.user_label.text() == "Maria Admin (Administrator)"
    registers = {window.model.data(window.model.index(r, Column.REGISTER)) for r in range(3)}
    assert all(r.startswith("WBS-") for r in registers)
    qtmodeltester.check(window.model)


def test_toolbar_and_menus_have_the_actions_with_shortcuts(window: MainWindow) -> None:
    texts = [a.text() for a in window.toolbar.actions() if not a.isSeparator()]
    assert texts == ["&New complaint…", "&Find by tracking code…", "&Refresh", "&Users…",
                     "&Settings…", "&Dashboard", "&Lock", "Log &out"]
    for action in (window.new_action, window.find_action, window.refresh_action,
                   window.lock_action, window.logout_action, window.help_action):
        assert not action.shortcut().isEmpty(), action.text()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Case", "&View", "&Administration", "&Help"]


def test_a_slow_search_offers_cancel_and_keeps_the_previous_result(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, controller: Controller, cases: list[str], monkeypatch) -> None:
    import threading

    release = threading.Event()
    real = controller.listing
    # No live refresh meanwhile: the administrator's background work after login
    # (the people index) appends audit entries, and a refresh rightly searches
    # again with the filter now set; the test is about the abandoned job alone.
    controller.live.stop()

    asked: list = []

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(kwargs["cancelled"])
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(controller, "listing", slow)
    window.SLOW_MS = 10
    window.filters.overdue_check.setChecked(True)
    assert window.searching
    assert window.count_label.text() == "Searching…"
    qtbot.waitUntil(lambda: window._progress is not None and window._progress.isVisible())
    from PySide6.QtWidgets import QPushButton

    assert not asked[0]()
    window._progress.findChild(QPushButton).click()
    assert not window.searching
    assert asked[0](), "the running search is told to stop decrypting"
    assert shown(window) == set(cases), "the previous result stays"
    assert "cancelled" in window.statusBar().currentMessage()
    release.set()
    qtbot.wait(100)
    assert shown(window) == set(cases), "the abandoned result is dropped"


def test_requests_during_a_search_are_coalesced(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                 controller: Controller, monkeypatch) -> None:
    # The only requests counted are the test's own: the change watcher reports the
    # fixture's new cases ~0.3-0.5 s after they were saved, and that report asks for
    # one more search (rightly). When it lands while the second search runs (a
    # loaded machine) it made a third search; stopping the watcher removes that race.
    controller.live.stop()
    calls: list[object] = []
    real = controller.listing

    def counting(f, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(f)
        return real(f, *args, **kwargs)

    monkeypatch.setattr(controller, "listing", counting)
    for _ in range(5):
        window.refresh()
    settle(window)
    assert len(calls) == 2, "the running search, then one for all the requests made meanwhile"


def test_stage_counts(window: MainWindow) -> None:
    texts = [window.filters.stage_list.item(i).text()
             for i in range(window.filters.stage_list.count())]
    assert texts[0] == "Received (3)"
    assert texts[1] == "Verification (0)"


def test_each_filter_narrows_the_table(qtbot, window: MainWindow, controller: Controller,  # type: ignore[no-untyped-def]
                                       cases: list[str]) -> None:
    f = window.filters
    # complaint type
    f.type_combo.setCurrentIndex(f.type_combo.findData("bribery_gratification"))
    assert shown(window) == {cases[1]}
    assert window.count_label.text() == "1 of 3 cases"
    f.clear()
    assert shown(window) == set(cases)
    # channel
    f.channel_combo.setCurrentIndex(f.channel_combo.findData(Channel.WALK_IN.value))
    assert shown(window) == {cases[2]}
    f.clear()
    # received-date range: the second case came 40 days ago
    today = controller.today()
    f.set_date_range(today - timedelta(days=60), today - timedelta(days=30))
    assert shown(window) == {cases[1]}
    f.clear()
    # stage: nothing is in verification yet; then move one case there
    controller._ws.cases.transition(cases[0], Stage.VERIFICATION)
    refreshed(window)
    item = f.stage_list.item(1)
    item.setCheckState(Qt.CheckState.Checked)
    assert shown(window) == {cases[0]}
    assert item.text() == "Verification (1)"
    f.clear()
    # assigned officer and "assigned to me" (the admin assigns the case to herself)
    me = controller.user
    assert me is not None
    controller._ws.cases.assign(cases[2], me.id)
    refreshed(window)
    f.officer_combo.setCurrentIndex(f.officer_combo.findData(me.id))
    assert shown(window) == {cases[2]}
    f.clear()
    f.mine_check.setChecked(True)
    assert shown(window) == {cases[2]}
    f.clear()
    # overdue only: none of the fresh cases is overdue
    f.overdue_check.setChecked(True)
    assert shown(window) < set(cases)
    f.clear()
    # the search box, debounced
    qtbot.keyClicks(f.search_edit, "Kornelis")
    assert shown(window) == set(cases), "not yet: the search waits for the typing to stop"
    qtbot.waitUntil(lambda: shown(window) == {cases[2]}, timeout=3000)


def test_detail_pane_follows_the_selection_and_shows_the_timeline(window: MainWindow,  # type: ignore[no-untyped-def]
                                                                   cases: list[str]) -> None:
    assert window.table.select_case(cases[0])
    detail = window.detail
    assert detail.detail is not None and detail.detail.id == cases[0]
    assert detail.title_label.text().startswith("WBS-")
    assert [detail.tabs.tabText(i) for i in range(detail.tabs.count())] == [
        "Summary", "Timeline", "Hearings", "Letters", "Notes, files"]
    # Summary: 4W1H checklist, type, loss, links
    assert "What" in detail.completeness_label.text()
    assert detail.type_value.text() == "Illegal levies"
    assert "Rp 2,000,000" in detail.loss_value.text()  # English: its own separator
    assert 'href="https://example.com/bukti-1"' in detail.evidence_label.text()
    # Timeline: drawn stages, the current one first and highlighted
    timeline: TimelineWidget = detail.timeline
    assert [r.span.stage for r in timeline._rows][:2] == [Stage.RECEIVED, Stage.VERIFICATION]
    assert timeline._rows[0].span.current
    assert "registered by Maria Admin" in timeline.event_line(timeline._rows[0].events[0])
    detail.tabs.setCurrentIndex(1)
    assert not timeline.grab().isNull()
    # Another case
    window.table.select_case(cases[1])
    assert detail.detail is not None and detail.detail.id == cases[1]
    assert "No evidence" in detail.evidence_label.text()


def test_show_identity_needs_a_reason_and_is_audited(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                      controller: Controller, cases: list[str],
                                                      monkeypatch) -> None:
    window.table.select_case(cases[0])
    detail = window.detail
    assert detail.reporter_name.text() != "Yohanes Mau", "masked until revealed"
    assert "*" in detail.reporter_name.text()
    assert not detail.reveal_button.isHidden()

    # The dialog refuses to go on without a reason.
    from wbs_desktop.gui.dialogs import RevealIdentityDialog

    dialog = RevealIdentityDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.showButton.click()
    assert dialog.isVisible() and dialog.ui.reasonError.isVisible()
    dialog.reject()

    # The service refuses too (no audit entry); the user sees a message.
    errors: list[str] = []
    monkeypatch.setattr(detail_pane, "show_error", lambda _parent, text: errors.append(text))
    audit_before = controller._ws.audit.entries(limit=1000)
    assert not detail.reveal_identity("  ")
    assert errors == ["A reason is required."]
    assert "*" in detail.reporter_name.text()
    assert len(controller._ws.audit.entries(limit=1000)) == len(audit_before)

    # With a reason: shown, and the reason is in the audit log.
    assert detail.reveal_identity("Undangan klarifikasi pelapor")
    assert detail.reporter_name.text() == "Yohanes Mau"
    assert detail.reporter_phone.text().endswith("1234567890")
    assert detail.reveal_button.isHidden()
    entries = controller._ws.audit.entries(limit=1000)
    assert len(entries) == len(audit_before) + 1
    assert entries[0].action == "identity_viewed"
    assert entries[0].details["reason"] == "Undangan klarifikasi pelapor"


def test_related_reports_about_the_same_person(window: MainWindow, controller: Controller,  # type: ignore[no-untyped-def]
                                               cases: list[str]) -> None:
    from tests.gui.conftest import complaint

    other = controller._ws.cases.submit(complaint())  # Ahmad Yani again
    refreshed(window)
    window.table.select_case(other.case_id)
    items = [window.detail.related_list.item(i).text()
             for i in range(window.detail.related_list.count())]
    assert len(items) == 1 and "same name" in items[0]


def test_related_reports_come_with_the_case_newest_first_and_all_on_demand(  # type: ignore[no-untyped-def]
        window: MainWindow, controller: Controller, cases: list[str], monkeypatch) -> None:
    """The detail brings the newest few (no session of their own on a selection);
    the pane says how many there are and lists them all on request."""
    from tests.gui.conftest import complaint
    from wbs_desktop.services import case_detail as case_service

    monkeypatch.setattr(case_service, "RELATED_SHOWN", 2)
    others = [controller._ws.cases.submit(complaint()).case_id for _ in range(3)]
    refreshed(window)
    asked: list[str] = []
    real_related = controller.related
    monkeypatch.setattr(controller, "related", lambda cid: asked.append(cid) or real_related(cid))
    window.table.select_case(others[-1])
    detail = window.detail
    assert asked == []  # not a second round of queries per selection
    assert detail.related_list.count() == 2
    assert not detail.related_more.isHidden()
    assert "3" in detail.related_more.text()  # the newest 2 of 3
    newest = [r.id for r in controller._ws.cases.related(others[-1])][:2]
    assert [detail.related_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(2)] == newest
    detail.related_more.linkActivated.emit("all")
    assert asked == [others[-1]]
    assert detail.related_list.count() == 3 and detail.related_more.isHidden()
    window.table.select_case(others[0])  # back to the newest few
    assert detail.related_list.count() == 2 and not detail.related_more.isHidden()


def test_refresh_keeps_the_selection(window: MainWindow, cases: list[str]) -> None:
    window.table.select_case(cases[1])
    refreshed(window)
    assert window.table.current_case_id() == cases[1]
    assert window.detail.detail is not None and window.detail.detail.id == cases[1]


def test_sorting_by_a_column_asks_the_database(window: MainWindow, cases: list[str]) -> None:
    window.table.view.sortByColumn(Column.REGISTER, Qt.SortOrder.AscendingOrder)
    settle(window)
    registers = [window.model.data(window.model.index(r, Column.REGISTER)) for r in range(3)]
    assert registers == sorted(registers)
    window.table.view.sortByColumn(Column.REGISTER, Qt.SortOrder.DescendingOrder)
    registers = [window.model.data(window.model.index(r, Column.REGISTER)) for r in range(3)]
    assert registers == sorted(registers, reverse=True)


def test_find_by_tracking_code(window: MainWindow, controller: Controller,  # type: ignore[no-untyped-def]
                               qtbot) -> None:
    from tests.gui.conftest import complaint

    result = controller._ws.cases.submit(complaint())
    window.show_tracking_status(result.tracking_code)  # the front desk's dialog, looked up
    dialog = window.front_desk
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.received_label.text() and dialog.stage_label.text() == "Received"
    dialog.reject()


def test_users_dialog_adds_a_user(qtbot, controller: Controller) -> None:  # type: ignore[no-untyped-def]
    from wbs_desktop.gui.admin.users import AddUserDialog, UsersDialog

    users = UsersDialog(controller)
    qtbot.addWidget(users)
    assert users.ui.usersTable.rowCount() == 1
    add = AddUserDialog(controller, users)
    qtbot.addWidget(add)
    add.ui.usernameEdit.setText("petrus")
    add.ui.fullNameEdit.setText("Petrus Tefa")
    add.ui.roleCombo.setCurrentIndex(add.ui.roleCombo.findData("officer"))
    add.ui.passwordEdit.setText("short")
    add.ui.addButton.click()
    qtbot.waitUntil(lambda: not add.busy, timeout=20_000)  # saved off the GUI thread
    assert add.ui.errorLabel.text() == "The password is too short (at least 10 characters)."
    add.ui.passwordEdit.setText("Sementara-2026!")
    add.ui.addButton.click()
    qtbot.waitUntil(lambda: not add.busy, timeout=20_000)  # saved off the GUI thread
    assert add.added is not None and add.added.username == "petrus"
    users.reload()
    assert users.ui.usersTable.rowCount() == 2
    assert [u.username for u in controller.officers()] == ["petrus", "admin"] or \
        {u.username for u in controller.officers()} == {"petrus", "admin"}


def test_change_password(qtbot, controller: Controller) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.conftest import ADMIN_PASSWORD
    from wbs_desktop.gui.session.change_password import ChangePasswordDialog

    dialog = ChangePasswordDialog(controller, required=True, current="not-it")
    qtbot.addWidget(dialog)
    dialog.ui.newEdit.setText("Baru-Sekali-2026!")
    dialog.ui.repeatEdit.setText("Baru-Sekali-2027!")
    dialog.ui.changeButton.click()
    assert dialog.ui.errorLabel.text() == "The two passwords differ."
    dialog.ui.repeatEdit.setText("Baru-Sekali-2026!")
    dialog.ui.changeButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.ui.errorLabel.text() == "The user name or the password is wrong."
    dialog.ui.currentEdit.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.ui.changeButton.click()
    office = controller._office
    assert office.login("admin", "Baru-Sekali-2026!").user.username == "admin"


def test_settings_dialog(qtbot, controller: Controller) -> None:  # type: ignore[no-untyped-def]
    from wbs_desktop.gui.admin.settings_dialog import SettingsDialog

    dialog = SettingsDialog(controller)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.officeNameEdit.text().startswith("Badan Kepegawaian Daerah")
    assert ui.typesTable.rowCount() >= 7
    assert ui.holidaysTable.rowCount() > 10
    ui.replyDaysSpin.setValue(21)
    ui.typesTable.setCurrentCell(0, 0)
    ui.removeTypeButton.click()
    assert "cannot be removed" in ui.errorLabel.text()
    dialog._add_type("nepotism", "Nepotisme", "Nepotism")
    dialog._add_holiday()
    row = ui.holidaysTable.rowCount() - 1
    ui.holidaysTable.item(row, 0).setText("31 Juni 2026")
    ui.holidaysTable.item(row, 1).setText("Hari jadi")
    ui.saveButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)  # saved off the GUI thread
    assert "is not a date" in ui.errorLabel.text()
    assert dialog.isVisible() or dialog.result() != dialog.DialogCode.Accepted
    ui.holidaysTable.item(row, 0).setText("20/12/2026")
    assert not ui.registerPatternEdit.isVisibleTo(dialog)  # edited as fields in "Letter numbers"
    dialog.numbers.patterns["register"] = "WBS-{year}-{nonsense}"  # as wbs-admin could
    ui.saveButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)  # saved off the GUI thread
    assert ui.errorLabel.text() == "The letter number format is not valid."
    dialog.numbers.patterns["register"] = "WBS-{year}-{seq:05d}"
    ui.saveButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)  # saved off the GUI thread
    assert dialog.result() == dialog.DialogCode.Accepted
    service = controller.settings()
    assert service.get("deadlines")["reply_days"] == 21
    assert {"date": "2026-12-20", "name": "Hari jadi", "kind": "holiday"} in service.get("holidays")
    assert "nepotism" in [code for code, _label in controller.type_choices()]


def test_the_shown_case_is_read_again_only_when_something_changed(  # type: ignore[no-untyped-def]
        window: MainWindow, controller: Controller, cases: list[str], monkeypatch) -> None:
    window.table.select_case(cases[0])
    assert window.detail.detail is not None and window.detail.detail.id == cases[0]
    reads: list[str] = []
    real = controller.detail

    def counting(case_id: str):  # type: ignore[no-untyped-def]
        reads.append(case_id)
        return real(case_id)

    monkeypatch.setattr(controller, "detail", counting)
    window.filters.channel_combo.setCurrentIndex(
        window.filters.channel_combo.findData(Channel.PAPER))
    settle(window)
    assert cases[0] in shown(window)
    window.refresh()
    settle(window)
    assert reads == [], "filtering and refreshing an unchanged register reads no detail"
    controller._ws.cases.transition(cases[0], Stage.VERIFICATION)
    window.refresh()
    settle(window)
    assert reads == [cases[0]]
    assert window.detail.detail is not None
    assert window.detail.detail.stage == Stage.VERIFICATION
