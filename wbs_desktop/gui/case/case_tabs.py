"""Detail-pane parts of the procedure (issue 5): witnesses and the accused's
details, notes and attachments, and ``CasePart``, the base of every part (the
hearings are in ``hearings_tab``). Each part shows a ``CaseDetail`` and changes
it through the controller's services, then emits ``changed`` so the pane and
table refresh."""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.domain.complaint import AccusedInput
from wbs_desktop.domain.roles import Action, Role
from wbs_desktop.gui.case.action_dialog import ActionDialog, Invalid
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.dialogs import ask
from wbs_desktop.gui.labels import format_datetime
from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.gui.worker import Starter, run_and_wait
from wbs_desktop.services.dto import CaseDetail, PartyInfo
from wbs_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from wbs_desktop.services.procedure import WitnessInput

log = logging.getLogger(__name__)

ROLE_ID = Qt.ItemDataRole.UserRole


class CasePart(QWidget):
    """A part of the detail pane: shows one case, changes it through the controller."""

    changed = Signal(str)
    """Emits: the id of the case this part just changed."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._detail: CaseDetail | None = None
        self.dialog: ActionDialog | None = None

    def can_edit(self) -> bool:
        d = self._detail
        user = self._controller.user
        if d is None or user is None or not d.granted or d.stage.is_final:
            return False
        if not self._controller.can(Action.EDIT_CASE):
            return False
        return user.role == Role.ADMIN or any(o.id == user.id for o in d.officers)

    def _open(self, dialog: ActionDialog) -> ActionDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def _wait(self, start: Starter) -> object:
        """Run a controller write action off the GUI thread and wait for it, this part
        disabled meanwhile (no second click saves twice)."""
        self.setEnabled(False)
        try:
            return run_and_wait(start)
        finally:
            self.setEnabled(True)

    def _wrap(self, fn: Callable[[ActionDialog], object]) -> Callable[[ActionDialog], object]:
        """A submit function that refreshes the case after it succeeded."""
        assert self._detail is not None
        case_id = self._detail.id

        def submit(d: ActionDialog) -> object:
            result = fn(d)
            self.changed.emit(case_id)
            return result

        return submit


# --- parties ------------------------------------------------------------------------


class WitnessesBox(CasePart):
    """Witnesses (add, edit) and the button to complete the accused's details."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = QGroupBox(self.tr("Witnesses"), self)
        inner = QVBoxLayout(self.box)
        self.list = QListWidget(self.box)
        self.list.setObjectName("witnessList")
        self.list.setMaximumHeight(150)
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _i: self.edit_witness())
        inner.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add witness…"), self.box)
        self.add_button.clicked.connect(lambda: self.add_witness())
        self.edit_button = QPushButton(self.tr("&Edit…"), self.box)
        self.edit_button.clicked.connect(lambda: self.edit_witness())
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        inner.addLayout(row)
        layout.addWidget(self.box)
        self.accused_button = QPushButton(self.tr("Complete the &accused's details…"), self)
        self.accused_button.setObjectName("accusedButton")
        self.accused_button.clicked.connect(lambda: self.edit_accused())

    def set_case(self, d: CaseDetail | None) -> None:
        self._detail = d
        self.setVisible(d is not None and d.granted)
        self.list.clear()
        if d is None:
            return
        for w in d.witnesses:
            extra = " · ".join(x for x in (w.nip, w.position, w.unit) if x)
            contact = " · ".join(x for x in (w.phone, w.email) if x)
            text = w.name + (f"\n{extra}" if extra else "") + (f"\n{contact}" if contact else "")
            item = QListWidgetItem(text, self.list)
            item.setData(ROLE_ID, w.id)
        if not d.witnesses:
            QListWidgetItem(self.tr("No witnesses yet."), self.list).setFlags(
                Qt.ItemFlag.NoItemFlags)
        editable = self.can_edit()
        self.add_button.setVisible(editable)
        self.edit_button.setVisible(editable and bool(d.witnesses))
        self.accused_button.setVisible(editable)

    def _witness(self) -> PartyInfo | None:
        if self._detail is None:
            return None
        item = self.list.currentItem() or (self.list.item(0) if self.list.count() == 1 else None)
        wid = item.data(ROLE_ID) if item is not None else None
        return next((w for w in self._detail.witnesses if w.id == wid), None)

    def _witness_dialog(self, title: str, w: PartyInfo | None,
                        fn: Callable[[ActionDialog], object]) -> ActionDialog:
        dialog = ActionDialog(self.window(), title,
                              self.tr("Witness details are encrypted with the case."),
                              self.tr("&Save"), self._wrap(fn))
        dialog.setProperty("helpTopic", "step-4")  # F1: the manual's page on witnesses
        for name, label, value in (
            ("name", self.tr("&Name:"), w.name if w else ""),
            ("phone", self.tr("&Phone:"), w.phone if w else ""),
            ("email", self.tr("&E-mail:"), w.email if w else ""),
            ("nip", self.tr("N&IP (optional):"), w.nip if w else ""),
            ("position", self.tr("P&osition (optional):"), w.position if w else ""),
            ("unit", self.tr("&Unit (optional):"), w.unit if w else ""),
        ):
            dialog.add_row(name, label, QLineEdit(value, dialog))
        return dialog

    def _input(self, d: ActionDialog) -> WitnessInput:
        from wbs_desktop.services.procedure import WitnessInput

        values = {k: w.text().strip() for k, w in d.fields.items()  # type: ignore[attr-defined]
                  if isinstance(w, QLineEdit)}
        if not values["name"]:
            d.fields["name"].setFocus()
            raise Invalid(self.tr("Enter the witness's name."))
        return WitnessInput(**values)

    def add_witness(self) -> ActionDialog | None:
        if self._detail is None:
            return None
        case_id = self._detail.id

        def submit(d: ActionDialog) -> object:
            given = self._input(d)
            return d.run(lambda ok, bad: self._controller.add_witness(
                case_id, given, success=ok, failure=bad))

        return self._open(self._witness_dialog(self.tr("Add a witness"), None, submit))

    def edit_witness(self) -> ActionDialog | None:
        w = self._witness()
        if w is None or not self.can_edit():
            return None

        def submit(d: ActionDialog) -> object:
            given = self._input(d)
            return d.run(lambda ok, bad: self._controller.edit_witness(
                w.id, given, expected_version=w.version, success=ok, failure=bad))

        return self._open(self._witness_dialog(self.tr("Edit a witness"), w, submit))

    def edit_accused(self) -> ActionDialog | None:
        d = self._detail
        if d is None:
            return None
        a = d.accused

        def submit(dialog: ActionDialog) -> object:
            values = {k: w.text().strip() for k, w in dialog.fields.items()  # type: ignore[attr-defined]
                      }
            if not values["name"]:
                raise Invalid(self.tr("Enter the name of the person reported."))
            accused = AccusedInput(values["name"], values["nip"], values["position"],
                                   values["unit"], values["rank"])
            return dialog.run(lambda ok, bad: self._controller.update_accused(
                d.id, accused, expected_version=d.version, success=ok, failure=bad))

        dialog = ActionDialog(self.window(), self.tr("The person reported"),
                              self.tr("Correct or complete the details; other reports about the "
                                      "same person are found by name and NIP."),
                              self.tr("&Save"), self._wrap(submit))
        dialog.setProperty("helpTopic", "case-detail")
        for name, label, value in (
            ("name", self.tr("&Name:"), a.name if a else ""),
            ("nip", self.tr("N&IP:"), (a.nip if a else "") or ""),
            ("position", self.tr("P&osition:"), (a.position if a else "") or ""),
            ("unit", self.tr("&Unit:"), (a.unit if a else "") or ""),
            ("rank", self.tr("Pan&gkat/golongan:"), (a.rank if a else "") or ""),
        ):
            dialog.add_row(name, label, QLineEdit(value, dialog))
        return self._open(dialog)


# --- notes --------------------------------------------------------------------------


class NotesTab(CasePart):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("notesList")
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("noteEdit")
        self.edit.setPlaceholderText(self.tr("A note for the case file (internal, encrypted)"))
        self.edit.setMaximumHeight(90)
        self.edit.setTabChangesFocus(True)
        layout.addWidget(self.edit)
        row = QHBoxLayout()
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        row.addWidget(self.error, 1)
        self.add_button = QPushButton(self.tr("&Add note"), self)
        self.add_button.clicked.connect(self.add_note)
        row.addWidget(self.add_button)
        layout.addLayout(row)

    def set_case(self, d: CaseDetail | None) -> None:
        self._detail = d
        self.list.clear()
        for n in d.notes if d is not None else ():
            QListWidgetItem(f"{n.author} · {format_datetime(n.at)}\n{n.text}", self.list)
        editable = self.can_edit()
        self.edit.setVisible(editable)
        self.add_button.setVisible(editable)

    def add_note(self) -> bool:
        text = self.edit.toPlainText().strip()
        if self._detail is None:
            return False
        if not text:
            self.error.setText(self.tr("Write the note first."))
            return False
        case_id = self._detail.id
        try:
            self._wait(lambda ok, bad: self._controller.add_note(
                case_id, text, success=ok, failure=bad))
        except ServiceError as exc:
            self.error.setText(service_error_message(exc))
            return False
        self.error.setText("")
        self.edit.clear()
        self.changed.emit(case_id)
        return True


# --- attachments --------------------------------------------------------------------

def remove_temp_files() -> None:
    """Sweep decrypted copies older versions left in the temp folder (they opened
    attachments with the computer's program); this version writes none."""
    folder = Path(tempfile.gettempdir())
    with contextlib.suppress(OSError):
        for path in folder.glob("wbs-*"):
            with contextlib.suppress(OSError):
                if path.is_file() and (os.name != "posix" or path.stat().st_uid == os.getuid()):
                    path.unlink()


def size_text(size: int) -> str:
    if size >= 1_048_576:
        return f"{size / 1_048_576:.1f} MB"
    return f"{max(1, size // 1024)} KB"


class AttachmentsTab(CasePart):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentsList")
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _i: self.open_selected())
        layout.addWidget(self.list, 1)
        self.error = QLabel(self)
        self.error.setObjectName("attachmentError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add file…"), self)
        self.add_button.clicked.connect(self.choose_file)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(lambda: self.open_selected())
        row.addWidget(self.add_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)

    def set_case(self, d: CaseDetail | None) -> None:
        self._detail = d
        self.list.clear()
        for a in d.attachments if d is not None else ():
            text = (f"{a.filename} ({size_text(a.size)})\n"
                    f"{a.added_by} · {format_datetime(a.added_at)}")
            if a.description:
                text += f"\n{a.description}"
            item = QListWidgetItem(text, self.list)
            item.setData(ROLE_ID, a.id)
        self.add_button.setVisible(self.can_edit())
        self.open_button.setVisible(d is not None and d.granted and bool(d.attachments))
        self.error.setText("")

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Add a file to the case"))
        if path:
            self.add_file(path)

    def add_file(self, path: str, description: str = "") -> bool:
        if self._detail is None:
            return False
        case_id = self._detail.id
        p = Path(path)
        try:
            size = p.stat().st_size
            limit = int(self._controller.settings().get("attachments.max_bytes"))
            if size > limit:  # refuse before reading a huge file into memory
                from wbs_desktop.services.errors import ServiceError as SE

                raise SE("too large", code="attachment_too_large", size=size, limit=limit)
            data = p.read_bytes() if size else b""
            self._wait(lambda ok, bad: self._controller.add_attachment(
                case_id, p.name, data, description, success=ok, failure=bad))
        except OSError as exc:
            self.error.setText(self.tr("The file cannot be read: %1").replace("%1", exc.strerror
                                                                              or str(exc)))
            return False
        except ServiceError as exc:
            self.error.setText(service_error_message(exc))
            return False
        self.changed.emit(case_id)
        return True

    def open_selected(self) -> QWidget | str | None:
        """PDFs, pictures and text open inside the app, from memory (the viewer is
        returned); other accepted files can only be saved where the user chooses
        (the path is returned). None: refused or cancelled."""
        from wbs_desktop.domain.attachments import VIEWABLE, kind_of
        from wbs_desktop.gui.case.attachment_viewer import AttachmentViewer, save_attachment

        item = self.list.currentItem()
        if item is None or item.data(ROLE_ID) is None:
            return None
        try:
            name, data = self._controller.procedure().read_attachment(int(item.data(ROLE_ID)))
        except ServiceError as exc:
            self.error.setText(service_error_message(exc))
            return None
        if kind_of(name) in VIEWABLE:
            viewer = AttachmentViewer(name, data, self)
            viewer.open()
            return viewer
        if not ask(self, self.tr("Save an attachment"),
                   self.tr("WBS Desktop cannot show this kind of file itself. Save it where "
                           "you choose (only you can read it there); files from reporters "
                           "can be harmful: open it only if you trust it."),
                   self.tr("&Save…"), self.tr("&Cancel")):
            return None
        try:
            return save_attachment(self, name, data)
        except OSError as exc:
            self.error.setText(self.tr("The file cannot be written: %1").replace(
                "%1", exc.strerror or str(exc)))
            return None
