"""The controller's write actions (issue 12): the service call runs on a worker
thread, the dialog waits with its buttons off, the controller (and only the
controller) emits its signals, and a refusal comes back to the dialog with the
input kept."""

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
        if path.name in ("controller.py", "case_writes.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if _emits_controller_signal(node, signals):
                found.append(f"{path.name}:{node.lineno}")  # type: ignore[attr-defined]
    assert found == []


def test_the_controller_boundary_has_no_any() -> None:
    """Every public method of the controller is annotated without ``Any``."""
    tree = ast.parse((GUI / "controller.py").read_text(encoding="utf-8"))
    tree_writes = ast.parse((GUI / "case_writes.py").read_text(encoding="utf-8"))
    loose = []
    for module in (tree, tree_writes):
        for node in ast.walk(module):
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("__"):
                annotations = [a.annotation for a in (*node.args.args, *node.args.kwonlyargs,
                                                      node.args.vararg, node.args.kwarg)
                               if a is not None and a.annotation is not None]
                annotations.append(node.returns)
                if any(a is not None and "Any" in ast.unparse(a) for a in annotations):
                    loose.append(node.name)
    assert loose == []
