"""Marking a case as a test or a duplicate of another (or counting it again).

A marked case stays in the register and keeps its stage; it is only left out
of the office's figures (``services.marking``). Administrators only.
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
    from wbs_desktop.services.reports import ReportService


class MarkDialog(QDialog):
    def __init__(self, reports: ReportService, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reports = reports
        self._case_id = case_id
        current = reports.case_mark(case_id)
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
        buttons = QDialogButtonBox(
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

    def accept(self) -> None:
        mark = self.chosen()
        try:
            self._reports.set_mark(
                self._case_id, mark,
                duplicate_of=self.original.text().strip() if mark == "duplicate" else None,
                reason=self.reason.text(), expected_version=self._version,
            )
        except ServiceError as exc:  # say it, keep what was typed
            self.error.setText(messages.service_error_message(exc))
            return
        super().accept()
