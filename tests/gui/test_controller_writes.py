"""The controller's write actions (issue 12): the service call runs on a worker
thread, the dialog waits with its buttons off, the controller (and only the
controller) emits its signals, and a refusal comes back to the dialog with the
input kept. No widget calls a service's write itself: only the controller's
write modules (case_writes, admin/admin_writes) do."""

from __future__ import annotations

import ast
import threading
from pathlib import Path
from typing import Any

import pytest

from tests.gui.test_procedure_flow import accept, fill, window  # noqa: F401 - a fixture
from wbs_desktop.domain.stages import CloseReason, Stage
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.main_window import MainWindow

GUI = Path(__file__).resolve().parents[2] / "wbs_desktop" / "gui"
#: The controller and its write mixins: the only modules that call the services' writes.
CONTROLLER_MODULES = ("controller.py", "case_writes.py", "admin_writes.py")


def test_a_step_runs_off_the_gui_thread_and_the_controller_tells_the_lists(
        qtbot: Any, window: MainWindow, cases: list[str],  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    controller = window._controller
    assert controller._ws is not None
    service = type(controller._ws.procedure)
    seen: dict[str, Any] = {}
    original = service.start_verification

    def spy(self: Any, *args: Any, **kwargs: Any) -> Any:
        seen["thread"] = threading.current_thread()
        seen["buttons"] = (acts.dialog.ui.okButton.isEnabled(),  # type: ignore[union-attr]
                           acts.dialog.ui.cancelButton.isEnabled())  # type: ignore[union-attr]
        return original(self, *args, **kwargs)

    monkeypatch.setattr(service, "start_verification", spy)
    assert window.table.select_case(cases[0])
    acts = window.detail.case_actions
    changed: list[bool] = []
    controller.cases_changed.connect(lambda: changed.append(True))
    dialog = acts.start_verification()
    assert dialog is not None
    accept(dialog)
    assert seen["thread"] is not threading.main_thread()
    assert seen["buttons"] == (False, False)  # no second save, no closing under it
    assert changed, "the controller did not tell the lists"
    assert dialog.ui.okButton.isEnabled() and not dialog.busy
    assert controller.detail(cases[0]).stage == Stage.VERIFICATION


def test_a_refusal_from_the_worker_stays_in_the_dialog_with_the_input(
        window: MainWindow, cases: list[str]) -> None:  # noqa: F811
    assert window.table.select_case(cases[0])
    acts = window.detail.case_actions
    dialog = acts.close_case()
    assert dialog is not None
    fill(dialog, reason=CloseReason.DUPLICATE.value, duplicate_of="WBS-1999-99999",
         note="catatan yang tidak boleh hilang")
    assert not dialog.try_accept()  # refused by the service, on the worker thread
    assert "WBS-1999-99999" in dialog.error_text
    assert dialog.fields["note"].toPlainText() == "catatan yang tidak boleh hilang"  # type: ignore[attr-defined]
    assert dialog.ui.okButton.isEnabled() and not dialog.busy
    assert window._controller.detail(cases[0]).stage == Stage.RECEIVED


def test_a_dialog_cannot_be_closed_while_it_saves(qtbot: Any) -> None:
    from wbs_desktop.gui.case.action_dialog import ActionDialog

    dialog = ActionDialog(None, "t", "", "OK")
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.busy = True
    dialog.reject()
    assert dialog.isVisible()
    dialog.busy = False
    dialog.reject()
    assert not dialog.isVisible()


def _emits_controller_signal(node: ast.AST, signals: set[str]) -> bool:
    """``<...>controller.<signal>.emit(...)`` written outside the controller."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "emit"):
        return False
    signal = node.func.value
    if not (isinstance(signal, ast.Attribute) and signal.attr in signals):
        return False
    owner = signal.value
    name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
    return "controller" in name


def test_no_widget_emits_the_controller_s_signals() -> None:
    signals = {name for name in dir(Controller)
               if type(getattr(Controller, name, None)).__name__ == "Signal"}
    assert {"cases_changed", "office_renamed", "case_submitted"} <= signals
    found = []
    for path in sorted(GUI.rglob("*.py")):
        if path.name in CONTROLLER_MODULES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if _emits_controller_signal(node, signals):
                found.append(f"{path.name}:{node.lineno}")  # type: ignore[attr-defined]
    assert found == []


def test_the_controller_boundary_has_no_any() -> None:
    """Every public method of the controller is annotated without ``Any``."""
    modules = [ast.parse(path.read_text(encoding="utf-8"))
               for path in (GUI / "controller.py", GUI / "case_writes.py",
                            GUI / "admin" / "admin_writes.py")]
    loose = []
    for module in modules:
        for node in ast.walk(module):
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("__"):
                annotations = [a.annotation for a in (*node.args.args, *node.args.kwonlyargs,
                                                      node.args.vararg, node.args.kwarg)
                               if a is not None and a.annotation is not None]
                annotations.append(node.returns)
                if any(a is not None and "Any" in ast.unparse(a) for a in annotations):
                    loose.append(node.name)
    assert loose == []


#: The controller's service getters, and the writes of the services they return.
SERVICE_WRITES = {
    "accounts": {"add_user", "edit_user", "update_user", "recheck_conflicts", "deactivate",
                 "reactivate", "unlock", "change_password", "reset_password"},
    "settings": {"put", "put_many", "rename_office"},
    "holidays": {"confirm", "add", "remove", "replace_year", "import_text",
                 "propose_from_package", "write"},
    "letterhead": {"save"},
    "signatories": {"set_official", "remove_official", "set_head_position", "set_signer",
                    "update_profile", "set_team"},
    "reports": {"set_mark"},
    "procedure": {"start_verification", "mark_complete", "request_information",
                  "record_reply", "close", "conclude", "reopen", "add_witness", "edit_witness",
                  "update_accused", "add_note", "add_attachment"},
    "letters": {"generate", "submit_with_receipt", "receipt", "record_print"},
    "case_service": {"submit", "transition", "assign", "unassign"},
    "audit": {"acknowledge_alarm"},
}


def _getter(node: ast.AST) -> str | None:
    """``<...>.accounts()`` (a controller's service getter): its name."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in SERVICE_WRITES and not node.args):
        return node.func.attr
    return None


def service_writes_called(tree: ast.AST) -> list[str]:
    """Calls of a service's write outside the controller: on a getter's result
    (``controller.accounts().add_user(...)``), or on a name or attribute it was
    bound to (``accounts = controller.accounts()`` ... ``accounts.deactivate(...)``,
    ``self._reports = reports`` of a ``ReportService`` parameter)."""
    bound: dict[str, str] = {}  # a name or attribute -> the getter it holds
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and (getter := _getter(node.value)) is not None:
            for target in node.targets:
                bound[ast.unparse(target)] = getter
        if isinstance(node, ast.arg) and node.annotation is not None:
            service = ast.unparse(node.annotation).strip("'\"")
            for getter, cls in (("accounts", "AccountService"), ("settings", "SettingsService"),
                                ("holidays", "HolidayService"), ("reports", "ReportService"),
                                ("letterhead", "LetterheadService"),
                                ("signatories", "SignatoryService"),
                                ("procedure", "ProcedureService"),
                                ("letters", "LetterService"), ("case_service", "CaseService"),
                                ("audit", "AuditService")):
                if service == cls:
                    bound[node.arg] = getter
    for node in ast.walk(tree):  # ``self._reports = reports``: the attribute holds it too
        if isinstance(node, ast.Assign) and ast.unparse(node.value) in bound:
            for target in node.targets:
                bound[ast.unparse(target)] = bound[ast.unparse(node.value)]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        receiver = node.func.value
        getter = _getter(receiver) or bound.get(ast.unparse(receiver))
        if getter is not None and node.func.attr in SERVICE_WRITES[getter]:
            found.append((node.lineno, ast.unparse(node.func)))
    return [f"{line}: {call}" for line, call in sorted(found)]


def test_the_check_finds_a_service_write() -> None:
    before = """
class MarkDialog:
    def __init__(self, reports: ReportService) -> None:
        self._reports = reports
    def accept(self) -> None:
        self._reports.set_mark("x", None)
        accounts = self._controller.accounts()
        run(lambda progress: accounts.deactivate(1, progress=progress))
        self._controller.settings().put("k", 1)
        self._controller.accounts().list_users()
"""
    assert service_writes_called(ast.parse(before)) == [
        "6: self._reports.set_mark", "8: accounts.deactivate",
        "9: self._controller.settings().put"]


#: Writes a widget may still call itself, and why (matched by the call, not the file).
ALLOWED_WRITES = {
    # The batch printer records each letter between two pages on the GUI thread:
    # waiting for a worker there would let Cancel end the painter mid-page.
    "self._controller.letters().record_print",
}


def test_no_widget_calls_a_service_write() -> None:
    """Every write goes through a controller method (run off the GUI thread)."""
    found = []
    for path in sorted(GUI.rglob("*.py")):
        if path.name in CONTROLLER_MODULES or "forms" in path.parts:
            continue
        for where in service_writes_called(ast.parse(path.read_text(encoding="utf-8"))):
            if where.split(": ", 1)[1] not in ALLOWED_WRITES:
                found.append(f"{path.relative_to(GUI)}:{where}")
    assert found == []


def test_an_admin_write_runs_off_the_gui_thread_and_a_refusal_keeps_the_input(
        qtbot: Any, controller: Controller, monkeypatch: pytest.MonkeyPatch) -> None:
    from wbs_desktop.gui.admin.settings_dialog import SettingsDialog

    assert controller._ws is not None
    service = type(controller._ws.settings)
    seen: dict[str, Any] = {}
    original = service.put

    def spy(self: Any, *args: Any, **kwargs: Any) -> Any:
        seen["thread"] = threading.current_thread()
        seen["buttons"] = (dialog.ui.saveButton.isEnabled(), dialog.ui.cancelButton.isEnabled())
        return original(self, *args, **kwargs)

    monkeypatch.setattr(service, "put", spy)
    dialog = SettingsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.replyDaysSpin.setValue(21)
    dialog.numbers.patterns["register"] = "WBS-{year}-{nonsense}"  # the letterhead refuses it
    dialog.ui.saveButton.click()
    assert dialog.busy and not dialog.ui.saveButton.isEnabled()
    dialog.reject()  # Escape during the save: ignored
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.ui.errorLabel.text() == "The letter number format is not valid."
    assert dialog.ui.replyDaysSpin.value() == 21 and dialog.isVisible()  # the input stays
    assert "thread" not in seen  # refused before the settings were written
    dialog.numbers.patterns["register"] = "WBS-{year}-{seq:05d}"
    with qtbot.waitSignal(controller.cases_changed, timeout=20_000):  # the lists re-query
        dialog.ui.saveButton.click()
    assert seen["thread"] is not threading.main_thread()
    assert seen["buttons"] == (False, False)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert controller.reply_days() == 21
