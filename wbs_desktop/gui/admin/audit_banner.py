"""The red audit banner (issue 19): this workstation saw entries of the audit
log replaced or cut. It stays — across logins and restarts, it lives in the
workstation state — until an administrator acknowledges it (audited)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.gui.notices import audit_alarm_message
from wbs_desktop.gui.worker import Job, run_in_background

if TYPE_CHECKING:
    from wbs_desktop.gui.controller import Controller

log = logging.getLogger(__name__)


class AuditAlarmBanner(QFrame):
    acknowledged = Signal()
    """Emits: nothing; an administrator acknowledged the alarm."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._alarm: Mapping[str, object] | None = None
        self._job: Job | None = None
        self.setObjectName("auditAlarmBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#auditAlarmBanner { background: #b00020; border: 1px solid #7a0016; }"
            "#auditAlarmBanner QLabel { color: white; font-weight: bold; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.icon_label = QLabel("\u26a0", self)
        self.text_label = QLabel(self)
        self.text_label.setObjectName("auditAlarmText")
        self.text_label.setWordWrap(True)
        self.ack_button = QPushButton(self.tr("Acknowledge…"), self)
        self.ack_button.setObjectName("auditAlarmAcknowledge")
        self.ack_button.clicked.connect(self._on_acknowledge)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.ack_button, 0, Qt.AlignmentFlag.AlignRight)
        self.hide()

    def show_alarm(self, alarm: Mapping[str, object] | None) -> None:
        self._alarm = alarm
        if alarm is None:
            self.hide()
            return
        self.text_label.setText(audit_alarm_message(alarm))
        self.ack_button.setText(self.tr("Acknowledge…"))
        self.ack_button.setVisible(bool(self._controller.is_admin))
        self.show()

    def check(self) -> None:
        """Verify what was appended since this workstation's head (off the GUI thread)."""
        if self._job is not None or self._controller.user is None:
            return

        def done(alarm: Any) -> None:
            self._job = None
            self.show_alarm(alarm)

        def failed(exc: BaseException) -> None:
            self._job = None
            log.warning("checking the audit log failed: %s", exc)

        self._job = run_in_background(self._controller.check_audit_growth, done, failed,
                                      owner=self)

    def _on_acknowledge(self) -> None:
        note, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Acknowledge the audit alarm"),
            self.tr("%1\n\nWhat did you find, and who was told? (kept in the audit log)")
            .replace("%1", self.text_label.text()),
        )
        if not ok:
            return
        self.ack_button.setEnabled(False)
        self._controller.acknowledge_audit_alarm(  # off the GUI thread
            note, success=self._acknowledged, failure=self._not_acknowledged)

    def _acknowledged(self, _result: None) -> None:
        self.ack_button.setEnabled(True)
        self.show_alarm(None)
        self.acknowledged.emit()

    def _not_acknowledged(self, exc: BaseException) -> None:
        self.ack_button.setEnabled(True)
        if not isinstance(exc, Exception):
            raise exc
        from wbs_desktop.gui.dialogs import show_error

        show_error(self, service_error_message(exc))  # a ServiceError: shown, never a traceback
