"""The front desk's look-up by tracking code (Case → Find by tracking code, Ctrl+T).

The reporter at the counter or on the phone gives the code printed on their
receipt; the dialog shows the stage, the date received, and the next step the
reporter can be told with its date (``services.front_desk``). A user who may
read the case (an administrator, the assigned officer) can open it from here.
The look-up runs off the GUI thread (it writes an audit entry).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.domain.front_desk import ReporterStep
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.labels import format_date, stage_label
from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.gui.worker import Job, run_in_background
from wbs_desktop.services.errors import ServiceError
from wbs_desktop.services.front_desk import FrontDeskStatus


def step_text(step: ReporterStep) -> str:
    """The next step as the desk says it to the reporter."""
    return {
        ReporterStep.FIRST_RESPONSE: QCoreApplication.translate(
            "FrontDesk", "The office checks that the report is complete and starts "
            "verifying it by this date."),
        ReporterStep.VERIFICATION: QCoreApplication.translate(
            "FrontDesk", "The office is checking that the report is complete (what, where, "
            "when, who, how, and the evidence)."),
        ReporterStep.SEND_INFORMATION: QCoreApplication.translate(
            "FrontDesk", "The office asked the reporter for more information: it must "
            "arrive by this date."),
        ReporterStep.INVESTIGATION: QCoreApplication.translate(
            "FrontDesk", "The report is being investigated. The office will write to the "
            "reporter if it needs them."),
        ReporterStep.CLARIFICATION_INVITED: QCoreApplication.translate(
            "FrontDesk", "The reporter is invited to a clarification meeting on this date "
            "(the invitation letter gives the time and place)."),
        ReporterStep.CLARIFICATION: QCoreApplication.translate(
            "FrontDesk", "Clarification: the office may invite the reporter by letter."),
        ReporterStep.EXAMINATION: QCoreApplication.translate(
            "FrontDesk", "The reported person is being examined. The reporter will be told "
            "by letter when the case is concluded."),
        ReporterStep.CONCLUDED: QCoreApplication.translate(
            "FrontDesk", "The case was concluded on this date; the reporter is told by letter."),
        ReporterStep.CLOSED: QCoreApplication.translate(
            "FrontDesk", "The case was closed on this date."),
    }[step]


class FrontDeskDialog(QDialog):
    open_case = Signal(str)
    """Emits: the id of the case the user chose to open (then the dialog closes)."""
    looked_up = Signal()
    """Emits: nothing; a look-up finished (found, not found or refused)."""

    def __init__(self, controller: Controller, parent: QWidget | None = None,
                 code: str = "") -> None:
        super().__init__(parent)
        self._controller = controller
        self._job: Job | None = None
        self._case_id: str | None = None
        self.setObjectName("frontDeskDialog")
        self.setWindowTitle(self.tr("Find by tracking code"))

        self.code_edit = QLineEdit(code, self)
        self.code_edit.setObjectName("trackingCodeEdit")
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX")
        self.code_edit.setMaxLength(40)
        self.find_button = QPushButton(self.tr("&Look up"), self)
        self.find_button.setObjectName("lookUpButton")
        self.find_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.find_button)
        prompt = QLabel(self.tr("Tracking code given to the reporter:"), self)
        prompt.setBuddy(self.code_edit)

        self.stage_label = QLabel(self)
        self.received_label = QLabel(self)
        self.next_label = QLabel(self)
        self.next_label.setWordWrap(True)
        self.next_date_label = QLabel(self)
        self.case_label = QLabel(self)
        for label in (self.stage_label, self.received_label, self.next_label,
                      self.next_date_label, self.case_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_form = QWidget(self)
        form = QFormLayout(self.result_form)
        form.addRow(self.tr("Stage:"), self.stage_label)
        form.addRow(self.tr("Received on:"), self.received_label)
        form.addRow(self.tr("Next step:"), self.next_label)
        form.addRow(self.tr("Date of the next step:"), self.next_date_label)
        form.addRow(self.tr("Case:"), self.case_label)
        self.result_form.setVisible(False)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("lookUpError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a00;")
        self.error_label.setVisible(False)

        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("&Open the case"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("openCaseButton")
        self.open_button.setEnabled(False)
        self.open_button.setAutoDefault(False)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        self.open_button.clicked.connect(self._open)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(520, 320)

        self.find_button.clicked.connect(self.look_up)
        self.code_edit.returnPressed.connect(self.look_up)
        if code:
            self.look_up()

    @property
    def busy(self) -> bool:
        return self._job is not None

    def look_up(self) -> None:
        code = self.code_edit.text().strip()
        if not code or self._job is not None:
            return
        controller = self._controller
        self.find_button.setEnabled(False)
        self._job = run_in_background(lambda: controller.front_desk_lookup(code),
                                      self._show, self._failed, owner=self)

    def _show(self, status: FrontDeskStatus) -> None:
        self._job = None
        self.find_button.setEnabled(True)
        self.error_label.setVisible(False)
        self.stage_label.setText(stage_label(status.stage))
        self.received_label.setText(format_date(status.received_on))
        self.next_label.setText(step_text(status.next_step))
        self.next_date_label.setText(format_date(status.next_on) if status.next_on else "—")
        self._case_id = status.case_id
        self.case_label.setText(status.register_number or self.tr(
            "(you may not open this case)"))
        self.open_button.setEnabled(status.case_id is not None)
        self.result_form.setVisible(True)
        self.looked_up.emit()

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self.find_button.setEnabled(True)
        if not isinstance(exc, ServiceError):
            raise exc
        if getattr(exc, "code", "") == "not_found":
            text = self.tr("No case has this tracking code. Check it for typing errors "
                           "(letters and digits, no spaces).")
        else:
            text = service_error_message(exc)
        self._case_id = None
        self.open_button.setEnabled(False)
        self.result_form.setVisible(False)
        self.error_label.setText(text)
        self.error_label.setVisible(True)
        self.looked_up.emit()

    def _open(self) -> None:
        if self._case_id:
            self.open_case.emit(self._case_id)
            self.accept()

    def done(self, result: int) -> None:
        if self._job is not None:  # closed while looking up: the answer goes nowhere
            self._job.cancel()
            self._job = None
        super().done(result)
