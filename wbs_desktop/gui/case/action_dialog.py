"""One dialog shape for the procedure's actions (forms/procedure_action.ui).

Each action fills the form with its own fields and gives a ``submit`` function
that checks the input and calls the services. A refusal is shown in the dialog
in the user's language and the input is kept; a ``Conflict`` says who changed
the case, and ``on_conflict`` lets the caller take the case's new version so
the user can simply try again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDateEdit, QDialog, QLabel, QWidget

from wbs_desktop.gui.forms.ui_procedure_action import Ui_ProcedureActionDialog
from wbs_desktop.gui.labels import format_datetime
from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.gui.worker import Starter, run_and_wait
from wbs_desktop.services.errors import ServiceError

log = logging.getLogger(__name__)


class Invalid(Exception):
    """Raised by a ``submit`` function: the input is not acceptable (message translated)."""


def date_edit(parent: QWidget, value: date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    if value is not None:
        edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def edit_date(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class ActionDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        intro: str,
        ok_text: str,
        submit: Callable[[ActionDialog], Any] | None = None,
        on_conflict: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ProcedureActionDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.introLabel.setText(intro)
        self.ui.introLabel.setVisible(bool(intro))
        self.ui.okButton.setText(ok_text)
        self.ui.okButton.clicked.connect(self.try_accept)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.submit = submit
        self.on_conflict = on_conflict
        self.result_: Any = None
        self.fields: dict[str, QWidget] = {}
        self.busy = False

    def run(self, start: Starter) -> object:
        """Run a controller's write action (``start(success, failure)``) off the GUI
        thread and wait for it; the buttons are off meanwhile, so the input cannot
        be sent twice nor the dialog closed under a save. Returns the result or
        raises the refusal (``try_accept`` shows it)."""
        self.busy = True
        self.ui.okButton.setEnabled(False)
        self.ui.cancelButton.setEnabled(False)
        try:
            return run_and_wait(start)
        finally:
            self.busy = False
            self.ui.okButton.setEnabled(True)
            self.ui.cancelButton.setEnabled(True)

    def reject(self) -> None:
        if not self.busy:  # Escape or the window's close button during a save
            super().reject()

    def add_row(self, name: str, label: str, widget: QWidget) -> QWidget:
        self.fields[name] = widget
        if label:
            lbl = QLabel(label, self)
            lbl.setBuddy(widget)
            lbl.setWordWrap(True)
            self.ui.fieldsLayout.addRow(lbl, widget)
        else:
            self.ui.fieldsLayout.addRow(widget)
        self._fit()
        return widget

    def _fit(self) -> None:
        """Rows are added after ``open()``: grow to show them (wrapped labels included)."""
        if self.isVisible():
            self._wrap_heights()
            self.ui.mainLayout.activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _wrap_heights(self) -> None:
        # A wrapped label's height depends on its width, which the dialog's
        # minimum size does not know: tell it, for the width the dialog has now.
        margins = self.ui.mainLayout.contentsMargins()
        inner = self.width() - margins.left() - margins.right()
        for label in (self.ui.introLabel, self.ui.errorLabel):
            label.setMinimumHeight(label.heightForWidth(inner) if label.text() else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._wrap_heights()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def set_row_visible(self, name: str, visible: bool) -> None:
        self.ui.fieldsLayout.setRowVisible(self.fields[name], visible)
        self._fit()

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))
        self._fit()

    @property
    def error_text(self) -> str:
        return self.ui.errorLabel.text() if self.ui.errorLabel.isVisible() else ""

    def try_accept(self) -> bool:
        """Check and save; True when saved (the dialog then closes)."""
        self.show_error("")
        if self.submit is None:
            self.accept()
            return True
        try:
            self.result_ = self.submit(self)
        except Invalid as exc:
            self.show_error(str(exc))
            return False
        except ServiceError as exc:
            self.show_error(action_error_message(exc))
            if getattr(exc, "code", "") == "conflict" and self.on_conflict is not None:
                self.on_conflict()
            return False
        self.accept()
        return True


def action_error_message(exc: ServiceError) -> str:
    """The services' refusal, with the specifics the procedure's dialogs need."""
    from PySide6.QtCore import QCoreApplication

    code = getattr(exc, "code", "")
    params = getattr(exc, "params", {}) or {}
    if code == "conflict":
        who = str(params.get("changed_by") or "") or QCoreApplication.translate(
            "ActionDialog", "another user")
        when = params.get("changed_at")
        text = QCoreApplication.translate(
            "ActionDialog", "%1 changed this case while you were working on it").replace("%1", who)
        if when is not None:
            text += " (" + format_datetime(when) + ")"
        return text + ". " + QCoreApplication.translate(
            "ActionDialog", "Your input is kept: look at the case again, then save once more.")
    if code == "conflict_of_interest":
        officer = str(params.get("officer", ""))
        matched = params.get("matched_on")
        why = (QCoreApplication.translate("ActionDialog", "the same NIP") if matched == "nip"
               else QCoreApplication.translate("ActionDialog", "the same name"))
        return QCoreApplication.translate(
            "ActionDialog",
            "%1 cannot be assigned: they are the person reported in this case (%2). "
            "They are never given this case's keys.").replace("%1", officer).replace("%2", why)
    return service_error_message(exc)


def aligned_top(label: QLabel) -> QLabel:
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setWordWrap(True)
    return label
