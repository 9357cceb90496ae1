"""Marking a case as a test or a duplicate of another (or counting it again).

A marked case stays in the register and keeps its stage; it is only left out
of the office's figures (``services.marking``). Administrators only. The mark
is saved by the controller off the GUI thread (``AdminWrites.set_mark``), which
then tells the lists; a refusal stays in the dialog with what was typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.gui import messages
from wbs_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from wbs_desktop.gui.controller import Controller
    from wbs_desktop.gui.worker import Job


class MarkDialog(QDialog):
    def __init__(self, controller: Controller, case_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._case_id = case_id
        self._job: Job | None = None
        current = controller.reports().case_mark(case_id)
        self._version = current.version
        self.setWindowTitle(self.tr("Mark case %1").replace("%1", current.register_number))
        intro = QLabel(self.tr(
            "A case marked as a test or as a duplicate stays in the register with its stage "
            "and letters, but is left out of the figures and the recap (counted apart). "
            "The mark can be removed at any time; every change is audited."), self)
        intro.setWordWrap(True)
        self.counted = QRadioButton(self.tr("Counted in the figures (no mark)"), self)
        self.test = QRadioButton(self.tr("A test report"), self)
        self.duplicate = QRadioButton(self.tr("A duplicate of the case with register number:"),
                                      self)
        self.demo = QRadioButton(self.tr("Demo data"), self)
        self.original = QLineEdit(self)
        self.original.setPlaceholderText(self.tr("e.g. WBS-2026-00012"))
        self.reason = QLineEdit(self)
        group = QButtonGroup(self)
        for button in (self.counted, self.test, self.duplicate, self.demo):
            group.addButton(button)
        mark = current.mark.value if current.mark else None
        {None: self.counted, "test": self.test, "duplicate": self.duplicate,
         "demo": self.demo}[mark].setChecked(True)
        self.demo.setVisible(mark == "demo")
        self.original.setText(current.duplicate_of_register or "")
        self.original.setEnabled(self.duplicate.isChecked())
        self.duplicate.toggled.connect(self.original.setEnabled)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #B00020")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for w in (self.counted, self.test, self.duplicate, self.original, self.demo):
            layout.addWidget(w)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def chosen(self) -> str | None:
        if self.test.isChecked():
            return "test"
        if self.duplicate.isChecked():
            return "duplicate"
        if self.demo.isChecked():
            return "demo"
        return None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def accept(self) -> None:
        if self._job is not None:
            return
        mark = self.chosen()
        self.error.setText("")
        self.buttons.setEnabled(False)
        self._job = self._controller.set_mark(
            self._case_id, mark,
            duplicate_of=self.original.text().strip() if mark == "duplicate" else None,
            reason=self.reason.text(), expected_version=self._version,
            success=self._saved, failure=self._refused)

    def _saved(self, _mark: object) -> None:
        self._job = None
        self.buttons.setEnabled(True)
        super().accept()

    def _refused(self, exc: BaseException) -> None:
        self._job = None
        self.buttons.setEnabled(True)
        if not isinstance(exc, ServiceError):
            raise exc
        self.error.setText(messages.service_error_message(exc))  # say it, keep what was typed

    def reject(self) -> None:
        if self._job is None:  # Escape or the window's close button during a save
            super().reject()
