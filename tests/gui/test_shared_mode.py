"""Issue 7 in the GUI: two app instances on one database (live refresh, conflicts),
the server-trouble banner, backup and restore through the dialogs."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.gui.conftest import ADMIN, ADMIN_PASSWORD, complaint
from tests.gui.test_main_window import settle
from wbs_desktop.domain.stages import Stage
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.main_window import MainWindow
from wbs_desktop.services.errors import DatabaseUnavailable

SECOND = "kornelis"  # the other workstation's administrator
SECOND_PASSWORD = "Oebobo-Sasando-2026!"


def _open(qtbot: Any, location: str, username: str = ADMIN,
          password: str = ADMIN_PASSWORD) -> Controller:
    ctl = Controller()
    with qtbot.waitSignal(ctl.database_opened, timeout=20_000):
        ctl.open_database(location)
    with qtbot.waitSignal(ctl.logged_in, timeout=20_000):
        ctl.login(username, password)
    return ctl


def _window(qtbot: Any, ctl: Controller) -> MainWindow:
    w = MainWindow(ctl)
    qtbot.addWidget(w)
    w.show()
    settle(w)
    return w


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    from tests.helpers.databases import fresh_postgres_database
    from wbs_desktop.services.office import Office

    def make(location: str) -> None:
        from wbs_desktop.domain.roles import Role

        office, _setup = Office.create(location, admin_username=ADMIN,
                                       admin_full_name="Maria Admin", password=ADMIN_PASSWORD)
        ws = office.login(ADMIN, ADMIN_PASSWORD)
        ws.accounts.add_user(SECOND, "Kornelis Tefa", Role.ADMIN, SECOND_PASSWORD)
        ws.logout()
        office.close()

    if request.param == "sqlite":
        path = str(tmp_path / "shared.sqlite3")
        make(path)
        yield path
    else:
        with fresh_postgres_database() as url:
            make(url)
            yield url


@pytest.fixture
def two(qtbot: Any, shared_location: str) -> Iterator[tuple[MainWindow, MainWindow]]:
    a = _open(qtbot, shared_location, SECOND, SECOND_PASSWORD)  # instance A: Kornelis
    b = _open(qtbot, shared_location)  # instance B: Maria
    wa, wb = _window(qtbot, a), _window(qtbot, b)
    yield wa, wb
    for ctl in (a, b):
        ctl.close()


def test_a_submit_in_one_instance_appears_in_the_other(qtbot: Any,
                                                       two: tuple[MainWindow, MainWindow]) -> None:
    wa, wb = two
    assert wa._controller.live.running and wb._controller.live.running
    assert wb.model.rowCount() == 0
    case_id = wa._controller._ws.cases.submit(complaint()).case_id
    started = time.monotonic()
    qtbot.waitUntil(lambda: wb.model.row_of(case_id) >= 0, timeout=2500)
    latency = time.monotonic() - started
    print(f"live refresh latency: {latency * 1000:.0f} ms")
    assert latency < 1.5, "within about a second (slack for a loaded test machine)"
    qtbot.waitUntil(lambda: "1 of 1" in wb.count_label.text(), timeout=2000)
    # the open detail pane follows a change made elsewhere
    assert wb.table.select_case(case_id)
    qtbot.waitUntil(lambda: wb.detail.detail is not None and wb.detail.detail.id == case_id)
    wa._controller._ws.cases.transition(case_id, Stage.VERIFICATION)
    qtbot.waitUntil(lambda: wb.detail.detail is not None
                    and wb.detail.detail.stage == Stage.VERIFICATION, timeout=2500)
    assert wb.table.current_case_id() == case_id, "the selection stays"


def test_a_burst_of_saves_is_one_refresh(qtbot: Any, two: tuple[MainWindow, MainWindow],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    wa, wb = two
    searches: list[int] = []
    original = wb._start_search
    monkeypatch.setattr(wb, "_start_search", lambda: (searches.append(1), original())[1])
    cases = wa._controller._ws.cases
    ids = [cases.submit(complaint()).case_id for _ in range(8)]
    qtbot.waitUntil(lambda: all(wb.model.row_of(i) >= 0 for i in ids), timeout=4000)
    assert len(searches) <= 4, searches


def test_the_second_save_is_refused_naming_the_first_user(
        qtbot: Any, two: tuple[MainWindow, MainWindow]) -> None:
    from tests.gui.test_procedure_flow import fill

    wa, wb = two
    case_id = wa._controller._ws.cases.submit(complaint()).case_id
    for w in (wa, wb):
        qtbot.waitUntil(lambda w=w: w.model.row_of(case_id) >= 0, timeout=2500)
        assert w.table.select_case(case_id)
        qtbot.waitUntil(lambda w=w: w.detail.detail is not None)
    dialog_b = wb.detail.case_actions.close_case()
    assert dialog_b is not None
    fill(dialog_b, reason="out_of_scope", note="Bukan pegawai provinsi.")
    dialog_a = wa.detail.case_actions.start_verification()  # A saves a transition
    assert dialog_a is not None
    assert dialog_a.try_accept(), dialog_a.error_text
    # B's live refresh arrives while B's dialog is open: the version B saw stays
    qtbot.wait(1200)
    assert not dialog_b.try_accept()
    assert "Kornelis Tefa changed this case" in dialog_b.error_text, dialog_b.error_text
    assert dialog_b.fields["note"].toPlainText() == "Bukan pegawai provinsi."  # type: ignore[attr-defined]
    assert dialog_b.isVisible()
    assert wb._controller.detail(case_id).stage == Stage.VERIFICATION


def test_banner_on_an_unavailable_database_and_gone_after_retry(
        qtbot: Any, controller: Controller, monkeypatch: pytest.MonkeyPatch) -> None:
    w = _window(qtbot, controller)
    assert not w.banner.isVisible()
    original = Controller.listing
    calls = {"n": 0}

    def failing_once(self: Controller, *args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 1:
            raise DatabaseUnavailable("the server does not answer")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Controller, "listing", failing_once)
    w.refresh()
    qtbot.waitUntil(w.banner.isVisible, timeout=3000)
    assert "Connection to the server lost" in w.banner.text_label.text()
    w.banner.grab().save("/tmp/shots3/banner_en_test.png")
    w.banner.retry_button.click()
    qtbot.waitUntil(lambda: not w.banner.isVisible(), timeout=5000)
    assert calls["n"] >= 2  # the recovery searched again


def test_the_banner_follows_the_watcher(qtbot: Any, controller: Controller) -> None:
    w = _window(qtbot, controller)
    controller.live.connection_changed.emit(False)
    assert w.banner.isVisible()
    controller.live.connection_changed.emit(True)
    qtbot.waitUntil(lambda: not w.banner.isVisible(), timeout=5000)


def test_the_watcher_stops_on_logout_and_lock(qtbot: Any, controller: Controller) -> None:
    assert controller.live.running
    controller.lock()
    assert not controller.live.running


# --- backup and restore through the dialogs ----------------------------------------------

def test_backup_then_restore_into_an_empty_file_then_log_in(
        qtbot: Any, controller: Controller, cases: list[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, modals: Any) -> None:
    from wbs_desktop.gui.admin import backup_dialogs

    modals.allowed = True
    w = _window(qtbot, controller)
    out = tmp_path / "kantor"
    monkeypatch.setattr(backup_dialogs, "choose_backup_path", lambda _p, _s: str(out) + ".wbsbak")
    w.backup_action.trigger()
    qtbot.waitUntil(lambda: any("backup is saved" in c for c in modals.calls), timeout=20_000)
    archive = tmp_path / "kantor.wbsbak"
    assert archive.exists()
    assert str(archive) in modals.calls[-1]
    assert " KB" in modals.calls[-1] or " MB" in modals.calls[-1]

    w.restore_action.trigger()
    dialog = w._restore_dialog
    assert dialog is not None
    monkeypatch.setattr(backup_dialogs, "choose_archive", lambda _p: str(archive))
    dialog.ui.archiveButton.click()
    assert "Maria Admin" in dialog.ui.infoLabel.text() or ADMIN in dialog.ui.infoLabel.text()
    assert "3 cases" in dialog.ui.infoLabel.text()
    target = tmp_path / "restored.sqlite3"
    monkeypatch.setattr(backup_dialogs, "choose_new_database", lambda _p: str(target))
    dialog.ui.fileButton.click()
    dialog.ui.passwordEdit.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        dialog.ui.restoreButton.click()
    assert dialog.result_ is not None
    assert any("is restored" in c for c in modals.calls)

    other = _open(qtbot, str(target))  # the restored office opens and the admin logs in
    try:
        assert sorted(other.search_ids(_all())) == sorted(cases)
    finally:
        other.close()


def _all() -> Any:
    from wbs_desktop.services.dto import CaseFilter

    return CaseFilter()


@pytest.fixture
def archive(controller: Controller, cases: list[str], tmp_path: Path) -> Path:
    path = tmp_path / "b.wbsbak"
    controller.backup(str(path))
    return path


def _restore_dialog(qtbot: Any, controller: Controller) -> Any:
    from wbs_desktop.gui.admin.backup_dialogs import RestoreDialog

    dialog = RestoreDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_truncated_archive_is_refused_before_anything(qtbot: Any, controller: Controller,
                                                         archive: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.wbsbak"
    data = archive.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    dialog = _restore_dialog(qtbot, controller)
    assert dialog.choose_archive(str(cut))  # the header is still readable
    target = tmp_path / "t.sqlite3"
    dialog.ui.fileEdit.setText(str(target))
    dialog.ui.passwordEdit.setText(ADMIN_PASSWORD)
    dialog.restore()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert "damaged or incomplete" in dialog.ui.errorLabel.text()
    assert dialog.isVisible() and dialog.ui.passwordEdit.text() == ADMIN_PASSWORD
    assert not target.exists()
    garbage = tmp_path / "garbage.wbsbak"
    garbage.write_bytes(b"not a backup at all" * 10)
    assert not dialog.choose_archive(str(garbage))
    assert "not a WBS Desktop backup" in dialog.ui.errorLabel.text()
    assert not dialog.ui.restoreButton.isEnabled()


def test_wrong_key_and_non_empty_target(qtbot: Any, controller: Controller, archive: Path,
                                        office_db: str, tmp_path: Path) -> None:
    dialog = _restore_dialog(qtbot, controller)
    assert dialog.choose_archive(str(archive))
    dialog.ui.fileEdit.setText(str(tmp_path / "new.sqlite3"))
    dialog.ui.recoveryRadio.setChecked(True)
    dialog.ui.recoveryEdit.setText("AAAA-BBBB-CCCC-DDDD")
    dialog.restore()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert "cannot be opened with these credentials" in dialog.ui.errorLabel.text()
    dialog.ui.adminRadio.setChecked(True)
    dialog.ui.passwordEdit.setText(ADMIN_PASSWORD)
    dialog.ui.fileEdit.setText(office_db)  # the open office: not empty
    dialog.restore()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert "is not empty" in dialog.ui.errorLabel.text()
    assert dialog.isVisible()


def test_a_cancelled_backup_leaves_no_file(qtbot: Any, controller: Controller, cases: list[str],
                                           tmp_path: Path, modals: Any) -> None:
    from wbs_desktop.gui.admin import backup_dialogs

    modals.allowed = True
    w = _window(qtbot, controller)
    out = tmp_path / "x.wbsbak"
    original = controller.backup

    def cancelling(path: str, progress: Any = None) -> Any:
        return original(path, lambda _d, _t: False)

    controller.backup = cancelling  # type: ignore[method-assign]
    backup_dialogs.run_backup(w, controller, str(out))
    qtbot.waitUntil(lambda: any("nothing was written" in c for c in modals.calls), timeout=20_000)
    assert not out.exists() and not list(tmp_path.glob("x.wbsbak*"))


# --- server trouble: the input stays, the banner follows the real server ------------------

def test_a_save_that_finds_no_server_keeps_the_dialog_and_its_input(
        qtbot: Any, controller: Controller, cases: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.gui.test_procedure_flow import fill
    from wbs_desktop.services.procedure import ProcedureService

    w = _window(qtbot, controller)
    assert w.table.select_case(cases[0])
    qtbot.waitUntil(lambda: w.detail.detail is not None and w.detail.detail.id == cases[0])
    dialog = w.detail.case_actions.close_case()
    assert dialog is not None
    fill(dialog, reason="out_of_scope", note="Bukan pegawai provinsi.")

    def unreachable(*_a: Any, **_k: Any) -> Any:
        raise DatabaseUnavailable("server closed the connection unexpectedly")

    monkeypatch.setattr(ProcedureService, "close", unreachable)
    assert not dialog.try_accept()
    qtbot.waitUntil(w.banner.isVisible, timeout=2000)  # whichever widget met the trouble
    assert "cannot be reached" in dialog.error_text
    assert "Traceback" not in dialog.error_text
    assert dialog.isVisible()
    assert dialog.fields["note"].toPlainText() == "Bukan pegawai provinsi."  # type: ignore[attr-defined]
    monkeypatch.undo()
    assert dialog.try_accept(), dialog.error_text  # the server is back: the same input saves
    assert controller.detail(cases[0]).stage == Stage.CLOSED
    w.banner.retry()
    qtbot.waitUntil(lambda: not w.banner.isVisible(), timeout=5000)


def test_a_killed_server_connection_shows_the_banner_until_it_answers(qtbot: Any,
                                                                      tmp_path: Path) -> None:
    """PostgreSQL: pg_terminate_backend on every connection of the office's database."""
    import psycopg

    from tests.helpers.databases import PG_ADMIN_URL, _psycopg_dsn, fresh_postgres_database
    from wbs_desktop.services.office import Office

    with fresh_postgres_database() as url:
        office, _setup = Office.create(url, admin_username=ADMIN, admin_full_name="Maria Admin",
                                       password=ADMIN_PASSWORD)
        office.close()
        ctl = _open(qtbot, url)
        try:
            w = _window(qtbot, ctl)
            shown: list[bool] = []
            ctl.live.connection_changed.connect(shown.append)
            original = w.banner.report_unavailable
            seen = {"banner": False}

            def report() -> None:
                original()
                seen["banner"] = seen["banner"] or w.banner.isVisible()

            w.banner.report_unavailable = report  # type: ignore[method-assign]
            name = url.rsplit("/", 1)[1]
            with psycopg.connect(_psycopg_dsn(PG_ADMIN_URL), autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
            qtbot.waitUntil(lambda: False in shown, timeout=8000)
            assert seen["banner"], "the banner appeared"
            assert "Connection to the server lost" in w.banner.text_label.text() or \
                not w.banner.isVisible()
            qtbot.waitUntil(lambda: True in shown, timeout=10_000)
            qtbot.waitUntil(lambda: not w.banner.isVisible(), timeout=10_000)
            # and the live refresh works again on the new connection
            case_id = ctl._ws.cases.submit(complaint()).case_id
            qtbot.waitUntil(lambda: w.model.row_of(case_id) >= 0, timeout=3000)
        finally:
            ctl.close()


def test_a_live_refresh_keeps_the_place_and_half_typed_text(
        qtbot: Any, two: tuple[MainWindow, MainWindow]) -> None:
    wa, wb = two
    cases = wa._controller._ws.cases
    ids = [cases.submit(complaint()).case_id for _ in range(60)]
    qtbot.waitUntil(lambda: wb.model.rowCount() == 60, timeout=5000)
    wb.resize(1200, 500)
    settle(wb)
    middle = ids[30]
    assert wb.table.select_case(middle)
    qtbot.waitUntil(lambda: wb.detail.detail is not None and wb.detail.detail.id == middle)
    bar = wb.table.view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    view = wb.table.view

    def top_case() -> str:
        return wb.model.case_id(view.indexAt(view.viewport().rect().topLeft()).row())

    top = top_case()
    wb.detail.notes_tab.edit.setPlainText("Catatan yang belum selesai")
    wa._controller._ws.cases.transition(middle, Stage.VERIFICATION)
    cases.submit(complaint())
    qtbot.waitUntil(lambda: wb.model.rowCount() == 61, timeout=3000)
    qtbot.waitUntil(lambda: wb.detail.detail is not None
                    and wb.detail.detail.stage == Stage.VERIFICATION, timeout=3000)
    assert wb.table.current_case_id() == middle
    assert wb.table.selected_case_ids() == [middle]
    assert top_case() == top, "the row at the top stays there (a new case came in above it)"
    assert wb.detail.notes_tab.edit.toPlainText() == "Catatan yang belum selesai"


def test_restore_into_an_empty_postgresql_database(qtbot: Any, controller: Controller,
                                                   cases: list[str], archive: Path,
                                                   modals: Any) -> None:
    """The way a single workstation grows into a shared office: SQLite → PostgreSQL."""
    from tests.helpers.databases import fresh_postgres_database

    modals.allowed = True

    with fresh_postgres_database() as url:
        dialog = _restore_dialog(qtbot, controller)
        assert dialog.choose_archive(str(archive))
        dialog.ui.serverRadio.setChecked(True)
        assert not dialog.ui.fileEdit.isEnabled() and dialog.ui.urlEdit.isEnabled()
        dialog.ui.urlEdit.setText(url)
        dialog.ui.passwordEdit.setText(ADMIN_PASSWORD)
        with qtbot.waitSignal(dialog.finished, timeout=60_000):
            dialog.restore()
        assert any("is restored (" in c and url in c for c in modals.calls)
        other = _open(qtbot, url)
        try:
            assert sorted(other.search_ids(_all())) == sorted(cases)
        finally:
            other.close()


def test_trouble_met_on_a_worker_thread_reaches_the_banner_on_the_gui_thread(
        qtbot: Any, controller: Controller, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    w = _window(qtbot, controller)
    threads: list[threading.Thread] = []
    monkeypatch.setattr(w.banner, "report_unavailable",
                        lambda: threads.append(threading.current_thread()))

    def unreachable(*_a: Any, **_k: Any) -> Any:
        raise DatabaseUnavailable("no route to host")

    from wbs_desktop.services.cases import CaseService

    monkeypatch.setattr(CaseService, "total_count", unreachable)
    raised: list[BaseException] = []

    def call() -> None:
        try:
            controller.total_count()
        except DatabaseUnavailable as exc:
            raised.append(exc)

    worker = threading.Thread(target=call)
    worker.start()
    worker.join()
    assert raised, "the caller still gets the error (a dialog shows it and keeps its input)"
    qtbot.waitUntil(lambda: bool(threads), timeout=2000)
    assert threads[0] is threading.main_thread()
