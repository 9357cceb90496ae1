"""The banner shown at the top of the main window while the database does not answer.

Non-modal: the user keeps working in open dialogs (their input stays). The
banner retries on its own with back-off (2, 4, 8, 15, 30 s), and at once on
Retry; when the database answers again it hides and emits ``recovered``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from wbs_desktop.gui.worker import Job, run_in_background

log = logging.getLogger(__name__)

BACKOFF_MS = (2000, 4000, 8000, 15000, 30000)


class ConnectionBanner(QFrame):
    recovered = Signal()
    """Emits: nothing; the database answered again after the banner was shown."""

    def __init__(self, probe: Callable[[], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#connectionBanner { background: #fff4ce; border: 1px solid #e0b000; }"
            "#connectionBanner QLabel { color: #5c4400; }")
        self._probe = probe
        self._job: Job | None = None
        self._attempt = 0
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.icon_label = QLabel("\u26a0", self)
        self.text_label = QLabel(self)
        self.text_label.setObjectName("connectionBannerText")
        self.text_label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setObjectName("connectionRetry")
        self.retry_button.clicked.connect(self.retry)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignRight)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.retry)
        self._set_text()
        self.hide()

    def _set_text(self, detail: str = "") -> None:
        text = self.tr("Connection to the server lost — retrying…")
        if detail:
            text += " " + detail
        self.text_label.setText(text)

    @property
    def active(self) -> bool:
        parent = self.parentWidget()
        return self.isVisibleTo(parent) if parent is not None else self.isVisible()

    def report_unavailable(self) -> None:
        """The database did not answer: show the banner and schedule a retry."""
        if not self.active:
            self._attempt = 0
            self._set_text()
            self.show()
        if self._job is None and not self._timer.isActive():
            self._schedule()

    def report_available(self) -> None:
        """Something (the change watcher) saw the database answer: check and hide."""
        if self.active:
            self.retry()

    def _schedule(self) -> None:
        delay = BACKOFF_MS[min(self._attempt, len(BACKOFF_MS) - 1)]
        self._attempt += 1
        self._set_text(self.tr("Next attempt in %1 s.").replace("%1", str(delay // 1000)))
        self._timer.start(delay)

    def retry(self) -> None:
        """Ask the database now (off the GUI thread)."""
        if self._job is not None:
            return
        self._timer.stop()
        self._set_text(self.tr("Trying again…"))
        self.retry_button.setEnabled(False)
        self._job = run_in_background(self._probe, self._on_answer, self._on_no_answer,
                                      owner=self)

    def _on_answer(self, _result: object) -> None:
        self._job = None
        self.retry_button.setEnabled(True)
        was_shown = self.active
        self._attempt = 0
        self.hide()
        if was_shown:
            self.recovered.emit()

    def _on_no_answer(self, exc: BaseException) -> None:
        self._job = None
        self.retry_button.setEnabled(True)
        log.info("the database still does not answer: %r", exc)
        if self.active:
            self._schedule()

    def stop(self) -> None:
        self._timer.stop()
        if self._job is not None:
            self._job.cancel()
            self._job = None
