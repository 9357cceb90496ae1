"""The users editor as an administrator uses it: a user's name, NIP, pangkat,
jabatan, role and active flag edited in one dialog; the profile saved at once,
the role and the deactivation applied off the GUI thread (they re-key), all
audited; refusals shown in the dialog with nothing saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from tests.gui.conftest import complaint
from tests.gui.test_procedure_flow import officer
from wbs_desktop.domain.roles import Role
from wbs_desktop.gui.admin.users import UsersDialog
from wbs_desktop.gui.controller import Controller


def _select(dialog: UsersDialog, username: str) -> int:
    table = dialog.ui.usersTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == username)
    table.selectRow(row)
    return row


def test_an_admin_edits_profile_role_and_active(qtbot, controller: Controller) -> None:  # type: ignore[no-untyped-def]
    yosef = officer(controller, "Yosef Nahak", "yosef")
    ws = controller._ws
    assert ws is not None
    case_id = ws.cases.submit(complaint()).case_id
    ws.cases.assign(case_id, yosef.id)
    users = UsersDialog(controller)
    qtbot.addWidget(users)
    users.resize(1366, 728)
    users.show()
    row = _select(users, "yosef")
    dialog = users.edit_profile()
    assert dialog is not None
    fields = dialog.fields
    assert isinstance(fields["role"], QComboBox) and isinstance(fields["active"], QCheckBox)
    assert fields["role"].currentData() == "officer" and fields["active"].isChecked()
    fields["full_name"].setText("Yosef Nahak, S.H.")  # type: ignore[attr-defined]
    fields["nip"].setText("198001012006041001")  # type: ignore[attr-defined]
    fields["rank"].setText("Penata (III/c)")  # type: ignore[attr-defined]
    fields["position"].setText("Pemeriksa Ahli Pertama")  # type: ignore[attr-defined]
    fields["role"].setCurrentIndex(fields["role"].findData(Role.STAFF.value))
    fields["active"].setChecked(False)
    shots = Path("/work/shots/office")
    if shots.is_dir():
        dialog.grab().save(str(shots / "test_user_editor_en.png"))
    assert dialog.try_accept(), dialog.error_text
    assert users._job is not None
    qtbot.waitUntil(lambda: users._job.done, timeout=20_000)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "deactivated" in users.ui.usersTable.item(row, 4).text(),
                    timeout=10_000)
    info = ws.accounts.get(yosef.id)
    assert (info.full_name, info.nip, info.rank, info.position, info.role, info.active) == (
        "Yosef Nahak, S.H.", "198001012006041001", "Penata (III/c)",
        "Pemeriksa Ahli Pertama", Role.STAFF, False)
    assert ws.cases.detail(case_id).officers == ()  # off the case, re-keyed without him
    actions = [e.action for e in ws.audit.entries(limit=1000)]
    assert {"user_edited", "user_deactivated"} <= set(actions[:4])

    row = _select(users, "yosef")  # active again
    again = users.edit_profile()
    assert again is not None
    again.fields["active"].setChecked(True)  # type: ignore[attr-defined]
    assert again.try_accept(), again.error_text
    qtbot.waitUntil(lambda: users._job.done, timeout=20_000)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: users.ui.usersTable.item(row, 4).text() == "active", timeout=10_000)


def test_refusals_stay_in_the_dialog(qtbot, controller: Controller) -> None:  # type: ignore[no-untyped-def]
    users = UsersDialog(controller)
    qtbot.addWidget(users)
    _select(users, "admin")
    dialog = users.edit_profile()
    assert dialog is not None
    dialog.fields["role"].setCurrentIndex(  # type: ignore[attr-defined]
        dialog.fields["role"].findData(Role.OFFICER.value))  # type: ignore[attr-defined]
    assert not dialog.try_accept() and "own role" in dialog.error_text
    dialog.fields["role"].setCurrentIndex(  # type: ignore[attr-defined]
        dialog.fields["role"].findData(Role.ADMIN.value))  # type: ignore[attr-defined]
    dialog.fields["active"].setChecked(False)  # type: ignore[attr-defined]
    assert not dialog.try_accept() and "own account" in dialog.error_text
    dialog.fields["active"].setChecked(True)  # type: ignore[attr-defined]
    name = dialog.fields["full_name"]
    assert isinstance(name, QLineEdit)
    name.setText("   ")
    assert not dialog.try_accept() and dialog.error_text
    assert controller.user is not None and controller.user.role == Role.ADMIN
