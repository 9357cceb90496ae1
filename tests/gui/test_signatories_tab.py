"""The settings dialog's Signatories tab: officials and who signs, saved through
the services and printed on the next letter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox

from wbs_desktop.gui.controller import Controller
from wbs_desktop.letters.model import LetterKind


def test_officials_and_signers_are_saved(qtbot, controller: Controller) -> None:  # type: ignore[no-untyped-def]
    from wbs_desktop.gui.admin.settings_dialog import SettingsDialog

    dialog = SettingsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.signatories
    dialog.ui.tabs.setCurrentWidget(tab)
    row = tab.add_official()
    for col, value in enumerate((
        "sekretaris", "Maria Goreti Lake, S.H.", "197803152003122006",
        "Pembina Tingkat I (IV/b)", "Sekretaris Badan Kepegawaian Daerah",
    )):
        tab.officials.item(row, col).setText(value)
    default = tab.signers.cellWidget(0, 1)
    form = tab.signers.cellWidget(0, 2)
    assert isinstance(default, QComboBox) and isinstance(form, QComboBox)
    default.setCurrentIndex(default.findData("sekretaris"))  # offered as soon as typed
    form.setCurrentIndex(form.findData("a.n."))
    shots = Path("/work/shots/letters")
    if shots.is_dir():
        dialog.grab().save(str(shots / "settings_signatories.png"))
    dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)  # saved off the GUI thread
    assert not dialog.ui.errorLabel.isVisible() or not dialog.ui.errorLabel.text()
    sig = controller._ws.signatories  # type: ignore[union-attr]
    assert [o.name for o in sig.officials()] == ["Maria Goreti Lake, S.H."]
    signer = sig.signer_of(LetterKind.SUMMONS_ACCUSED)
    assert signer.configured and signer.signatory.position.startswith("a.n. Kepala Badan")
    assert signer.signatory.nip == "197803152003122006"

    again = SettingsDialog(controller)  # reloads what was stored
    qtbot.addWidget(again)
    assert again.signatories.officials.rowCount() == 1
    combo = again.signatories.signers.cellWidget(0, 1)
    assert isinstance(combo, QComboBox) and combo.currentData() == "sekretaris"


def test_an_admin_edits_a_users_profile(qtbot, controller: Controller) -> None:  # type: ignore[no-untyped-def]
    from wbs_desktop.gui.admin.users import UsersDialog

    users = UsersDialog(controller)
    qtbot.addWidget(users)
    users.show()
    users.ui.usersTable.selectRow(0)
    dialog = users.edit_profile()
    assert dialog is not None
    dialog.fields["nip"].setText("198203142006042011")  # type: ignore[attr-defined]
    dialog.fields["rank"].setText("Penata Tingkat I (III/d)")  # type: ignore[attr-defined]
    dialog.fields["position"].setText("Pemeriksa Ahli Muda")  # type: ignore[attr-defined]
    shots = Path("/work/shots/letters")
    if shots.is_dir():
        dialog.grab().save(str(shots / "profile_dialog.png"))
    assert dialog.try_accept(), dialog.error_text
    me = next(u for u in controller._ws.accounts.list_users() if u.username == "admin")  # type: ignore[union-attr]
    assert (me.nip, me.rank, me.position) == (
        "198203142006042011", "Penata Tingkat I (III/d)", "Pemeriksa Ahli Muda")
    edits = [e for e in controller._ws.audit.entries() if e.action == "user_edited"]  # type: ignore[union-attr]
    assert edits
    dialog = users.edit_profile()
    assert dialog is not None
    dialog.fields["nip"].setText("123")  # type: ignore[attr-defined]
    assert not dialog.try_accept() and dialog.error_text  # a clear message, nothing saved
