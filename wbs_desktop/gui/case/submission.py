"""The complaint form (Formulir Pengaduan) for staff typing a paper, phone,
e-mail or walk-in complaint. Layout: ``forms/submission.ui``.

Validation is the domain's (one validator for the GUI, the CLI and the
services); its codes are shown beside each field in the UI language. Save is
enabled only when the form is valid.
"""

from __future__ import annotations

import html
import logging
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QSize, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from wbs_desktop.domain.attachments import DEFAULT_MAX_BYTES, AttachmentRefused, check_attachment
from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.complaint import (
    AccusedInput,
    ComplaintInput,
    FieldError,
    ReporterInput,
    validate_complaint,
)
from wbs_desktop.domain.completeness import assess
from wbs_desktop.domain.dates import OFFICE_TZ, utc_now
from wbs_desktop.domain.errors import DomainError
from wbs_desktop.domain.money import MAX_LENGTH as MONEY_MAX_LENGTH
from wbs_desktop.domain.money import parse_rupiah
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.dialogs import ask
from wbs_desktop.gui.forms.ui_submission import Ui_SubmissionDialog
from wbs_desktop.gui.labels import channel_label, element_hint, element_label, format_rupiah
from wbs_desktop.gui.messages import (
    element_check_message,
    field_error_message,
    service_error_message,
)
from wbs_desktop.gui.screen_fit import fit_to_screen, pad_form_labels
from wbs_desktop.services.dto import SubmitResult
from wbs_desktop.services.errors import ServiceError

log = logging.getLogger(__name__)

#: Which error label shows the messages of which field path.
FIELD_LABELS: dict[str, str] = {
    "channel": "channelError",
    "received_at": "receivedError",
    "reporter.name": "reporterNameError",
    "reporter.phone": "phoneError",
    "reporter.email": "emailError",
    "reporter.address": "addressError",
    "reporter.anonymous": "reporterNameError",
    "reporter.consent_to_contact": "consentError",
    "complaint_type": "typeError",
    "accused.name": "accusedNameError",
    "accused.nip": "nipError",
    "accused.position": "positionError",
    "accused.unit": "unitError",
    "location": "locationError",
    "incident_date": "incidentDateError",
    "chronology": "chronologyError",
    "material_loss": "lossEstimateError",
    "loss_estimate": "lossEstimateError",
    "evidence_links": "evidenceError",
    "documents": "documentsError",
}

#: Which input widget "touches" which field (messages appear once touched).
FIELD_WIDGETS: dict[str, str] = {
    "reporterNameEdit": "reporter.name",
    "phoneEdit": "reporter.phone",
    "emailEdit": "reporter.email",
    "addressEdit": "reporter.address",
    "accusedNameEdit": "accused.name",
    "nipEdit": "accused.nip",
    "positionEdit": "accused.position",
    "unitEdit": "accused.unit",
    "locationEdit": "location",
    "chronologyEdit": "chronology",
    "lossEstimateEdit": "loss_estimate",
    "documentsEdit": "documents",
}

#: The reporter's fields an anonymous report leaves empty (kept aside meanwhile).
IDENTITY_WIDGETS = ("reporterNameEdit", "phoneEdit", "emailEdit", "addressEdit")


def label_for(path: str) -> str:
    if path.startswith("evidence_links"):
        return "evidenceError"
    if path.startswith("documents"):
        return "documentsError"
    return FIELD_LABELS.get(path, "")


class SubmissionDialog(QDialog):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._touched: set[str] = set()
        self._show_all = False
        self._saving = False
        self._dirty = False
        self.result_: SubmitResult | None = None
        self.errors: list[FieldError] = []
        self.ui = Ui_SubmissionDialog()
        self.ui.setupUi(self)
        # The form scrolls (formScroll): sized for a 1366×768 screen above the taskbar.
        fit_to_screen(self, QSize(1020, 660))
        pad_form_labels(self)  # "Telepon" was clipped by a pixel

        for code, label in controller.type_choices():
            self.ui.typeCombo.addItem(label, code)
        self.ui.typeCombo.setCurrentIndex(-1)
        self.ui.typeCombo.setPlaceholderText(self.tr("Choose…"))
        for channel in Channel:
            self.ui.channelCombo.addItem(channel_label(channel), channel.value)
        self.ui.channelCombo.setCurrentIndex(self.ui.channelCombo.findData(Channel.PAPER.value))

        # Office time (WITA), whatever the workstation's own time zone is.
        office_now = utc_now().astimezone(OFFICE_TZ)
        now = QDateTime(QDate(office_now.year, office_now.month, office_now.day),
                        QTime(office_now.hour, office_now.minute))
        self.ui.receivedEdit.setDateTime(now)
        self.ui.receivedEdit.setMaximumDateTime(now.addSecs(300))
        self.ui.incidentDateEdit.setDate(now.date())
        self.ui.incidentDateEdit.setMaximumDate(now.date())
        self.ui.lossEstimateEdit.setMaxLength(MONEY_MAX_LENGTH)
        self._set_aside: dict[str, str] = {}  # identity typed before "anonymous" was ticked
        self._placeholders: dict[str, str] = {}

        self._timer = QTimer(self)  # coalesce bursts of keystrokes into one check
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.revalidate)

        for name in FIELD_WIDGETS:
            widget = getattr(self.ui, name)
            signal = widget.textChanged
            signal.connect(lambda *_a, n=name: self._on_edited(FIELD_WIDGETS[n]))
        self.ui.consentCheck.toggled.connect(lambda _b: self._on_edited(""))
        self.ui.anonymousCheck.toggled.connect(self._on_anonymous)
        self.ui.typeCombo.currentIndexChanged.connect(
            lambda _i: self._on_edited("complaint_type"))
        self.ui.channelCombo.currentIndexChanged.connect(lambda _i: self._on_edited("channel"))
        self.ui.receivedEdit.dateTimeChanged.connect(lambda _d: self._on_edited("received_at"))
        self.ui.incidentKnownCheck.toggled.connect(self._on_incident_known)
        self.ui.incidentDateEdit.dateChanged.connect(lambda _d: self._on_edited("incident_date"))
        self.ui.materialLossCheck.toggled.connect(self._on_loss_toggled)
        self.ui.addLinkButton.clicked.connect(self.add_link)
        self.ui.removeLinkButton.clicked.connect(self._remove_link)
        self.ui.evidenceList.itemChanged.connect(lambda _i: self._on_edited("evidence_links"))
        self.ui.evidenceList.currentRowChanged.connect(
            lambda row: self.ui.removeLinkButton.setEnabled(row >= 0))
        self.scans: list[tuple[str, bytes]] = []  # (file name, content), checked
        self.ui.attachScanButton.clicked.connect(self.choose_scans)
        self.ui.removeScanButton.clicked.connect(self._remove_scan)
        self.ui.scansList.currentRowChanged.connect(
            lambda row: self.ui.removeScanButton.setEnabled(row >= 0 and self.result_ is None))
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.closeButton.clicked.connect(self.close)
        controller.case_submitted.connect(self._on_saved)
        controller.submit_failed.connect(self._on_save_failed)
        self.revalidate()
        self._dirty = False
        self.ui.reporterNameEdit.setFocus()

    # --- reading the form -----------------------------------------------------

    def _received_at(self) -> datetime:
        qdt = self.ui.receivedEdit.dateTime()
        d: date = qdt.date().toPython()
        t = qdt.time()
        return datetime(d.year, d.month, d.day, t.hour(), t.minute(), tzinfo=OFFICE_TZ)

    def _loss_estimate(self) -> int | None:
        """The estimate as typed ("2.500.000", "2,5 juta"); None when unreadable
        (:meth:`_amount_error` says why)."""
        if not self.ui.materialLossCheck.isChecked():
            return None
        try:
            return parse_rupiah(self.ui.lossEstimateEdit.text())
        except DomainError:
            return None

    def _amount_error(self) -> FieldError | None:
        if not self.ui.materialLossCheck.isChecked():
            return None
        try:
            parse_rupiah(self.ui.lossEstimateEdit.text())
        except DomainError as exc:
            return FieldError("loss_estimate", exc.code, str(exc), dict(exc.params))
        return None

    def documents(self) -> tuple[str, ...]:
        return tuple(self.ui.documentsEdit.toPlainText().splitlines())

    def links(self) -> tuple[str, ...]:
        items = (self.ui.evidenceList.item(i) for i in range(self.ui.evidenceList.count()))
        return tuple(item.text().strip() for item in items if item.text().strip())

    def complaint(self) -> ComplaintInput:
        return ComplaintInput(
            channel=Channel(self.ui.channelCombo.currentData() or Channel.PAPER.value),
            received_at=self._received_at(),
            reporter=ReporterInput(
                name=self.ui.reporterNameEdit.text(),
                phone=self.ui.phoneEdit.text(),
                email=self.ui.emailEdit.text(),
                consent_to_contact=self.ui.consentCheck.isChecked(),
                address=self.ui.addressEdit.toPlainText(),
                anonymous=self.ui.anonymousCheck.isChecked(),
            ),
            complaint_type=self.ui.typeCombo.currentData() or "",
            accused=AccusedInput(
                name=self.ui.accusedNameEdit.text(),
                nip=self.ui.nipEdit.text(),
                position=self.ui.positionEdit.text(),
                unit=self.ui.unitEdit.text(),
            ),
            location=self.ui.locationEdit.text(),
            incident_date=(self.ui.incidentDateEdit.date().toPython()
                           if self.ui.incidentKnownCheck.isChecked() else None),
            chronology=self.ui.chronologyEdit.toPlainText(),
            material_loss=self.ui.materialLossCheck.isChecked(),
            loss_estimate=self._loss_estimate(),
            evidence_links=self.links(),
            documents=self.documents(),
        )

    # --- live checks ------------------------------------------------------------

    def _on_edited(self, path: str) -> None:
        if path:
            self._touched.add(path)
        self._dirty = True
        self._timer.start()

    def _on_incident_known(self, on: bool) -> None:
        self.ui.incidentDateEdit.setEnabled(on)
        self._on_edited("incident_date")

    def _on_anonymous(self, on: bool) -> None:
        """An anonymous letter (surat kaleng): the identity fields are emptied and
        disabled; what was typed there comes back when the box is unticked."""
        for name in IDENTITY_WIDGETS:
            widget = getattr(self.ui, name)
            # a greyed example ("0812 3456 7890") in an empty disabled field reads like a value
            self._placeholders.setdefault(name, widget.placeholderText())
            widget.setPlaceholderText("" if on else self._placeholders[name])
            if on:
                text = widget.toPlainText() if name == "addressEdit" else widget.text()
                if text:
                    self._set_aside[name] = text
                widget.clear()
            elif name in self._set_aside:
                text = self._set_aside.pop(name)
                if name == "addressEdit":
                    widget.setPlainText(text)
                else:
                    widget.setText(text)
            widget.setEnabled(not on)
        if on:
            self.ui.consentCheck.setChecked(False)
        self.ui.consentCheck.setEnabled(not on)
        self.ui.anonymousNote.setVisible(on)
        self._on_edited("reporter.anonymous")

    def _on_loss_toggled(self, on: bool) -> None:
        self.ui.lossEstimateEdit.setEnabled(on)
        self._on_edited("loss_estimate")

    def revalidate(self) -> list[FieldError]:
        """Check the whole form; show messages beside the touched fields."""
        self._timer.stop()
        complaint = self.complaint()
        known = [code for code, _label in self._controller.type_choices()]
        self.errors = validate_complaint(complaint, known, now=utc_now())
        amount_error = self._amount_error()
        if amount_error is not None:
            self.errors.append(amount_error)
        self._show_amount(complaint.loss_estimate)
        by_label: dict[str, list[str]] = {}
        for error in self.errors:
            name = label_for(error.field)
            if not name:
                log.warning("no place to show an error on %s", error.field)
                continue
            if not (self._show_all or self._is_touched(error.field)):
                continue
            code = "unknown_type" if error.field == "complaint_type" else error.code
            text = field_error_message(code, error.params)
            if error.field.startswith("evidence_links["):
                number = int(error.field.split("[", 1)[1].rstrip("]")) + 1
                text = self.tr("Link %1: %2").replace("%1", str(number)).replace("%2", text)
            by_label.setdefault(name, []).append(text)
        for name in set(FIELD_LABELS.values()):
            label: QLabel = getattr(self.ui, name)
            messages = by_label.get(name, [])
            label.setText("\n".join(dict.fromkeys(messages)))
            label.setVisible(bool(messages))
        bad_links = {e.field for e in self.errors if e.field.startswith("evidence_links[")}
        self._update_completeness(complaint, len(complaint.evidence_links) - len(bad_links))
        valid = not self.errors
        self.ui.saveButton.setEnabled(valid and not self._saving and self.result_ is None)
        if self.result_ is not None:
            self.ui.statusLabel.setText("")
        elif valid:
            self.ui.statusLabel.setText(self.tr("Ready to save."))
        else:
            self.ui.statusLabel.setText(
                self.tr("%n field(s) still need attention.", "", len(
                    {label_for(e.field) for e in self.errors})))
        return self.errors

    def _show_amount(self, amount: int | None) -> None:
        """How the estimate was read ("= Rp 2.500.000"), beside the field."""
        text = self.ui.lossEstimateEdit.text().strip()
        shown = format_rupiah(amount) if amount is not None else ""
        self.ui.lossAmountLabel.setText(f"= {shown}" if shown and text != shown else "")

    def _is_touched(self, path: str) -> bool:
        if path in self._touched:
            return True
        if path == "reporter.phone" and "reporter.email" in self._touched:
            return True  # "phone or e-mail" concerns both fields
        if path.startswith("documents") and "documents" in self._touched:
            return True
        return path.startswith("evidence_links") and "evidence_links" in self._touched

    def _update_completeness(self, c: ComplaintInput, good_links: int) -> None:
        """The live 4W1H indicator; only links that pass validation count as evidence."""
        report = assess(
            chronology=c.chronology,
            location=c.location,
            incident_date=c.incident_date,
            accused_name=c.accused.name,
            evidence_count=good_links,
        )
        lines = []
        for check in report.checks:
            name = html.escape(element_label(check.element))
            if check.ok:
                lines.append(f'<span style="color:#2e7d32">✔ <b>{name}</b></span>')
            else:
                hint = html.escape(element_hint(check.element))
                lines.append(f'<span style="color:#757575">○ <b>{name}</b> — {hint}</span>')
        evidence = html.escape(self.tr("Evidence"))
        if report.has_evidence:
            lines.append(f'<span style="color:#2e7d32">✔ <b>{evidence}</b></span>')
        else:
            hint = html.escape(element_check_message("missing_evidence"))
            lines.append(f'<span style="color:#757575">○ <b>{evidence}</b> — {hint}</span>')
        if report.complete:
            lines.append("<i>" + html.escape(
                self.tr("All of 4W1H and evidence are present.")) + "</i>")
        text = "<br>".join(lines)
        self.ui.completenessLabel.setText(text)
        self.completeness = report

    # --- evidence links -----------------------------------------------------------

    def add_link(self, text: str = "") -> QListWidgetItem:
        item = QListWidgetItem(text if isinstance(text, str) else "")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.ui.evidenceList.addItem(item)
        self.ui.evidenceList.setCurrentItem(item)
        if not item.text():
            self.ui.evidenceList.editItem(item)
        self._on_edited("evidence_links")
        return item

    def _remove_link(self) -> None:
        row = self.ui.evidenceList.currentRow()
        if row >= 0:
            self.ui.evidenceList.takeItem(row)
            self._on_edited("evidence_links")

    # --- scans handed in with the report ------------------------------------------------

    def choose_scans(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach scans of the report"), "",
            self.tr("Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.txt "
                    "*.docx *.xlsx *.pptx)"))
        self.add_scans(paths)

    def add_scans(self, paths: list[str]) -> int:
        """Read and check each file (type by name and content, size); the accepted
        ones are saved with the complaint, encrypted. Returns how many were added."""
        from wbs_desktop.gui.case.case_tabs import size_text

        problems: list[str] = []
        added = 0
        try:
            limit = int(self._controller.settings().get("attachments.max_bytes"))
        except (ServiceError, TypeError, ValueError):
            limit = DEFAULT_MAX_BYTES
        for path in paths:
            p = Path(path)
            try:
                size = p.stat().st_size
                check_attachment(p.name, size, max_bytes=limit)  # before reading it all
                data = p.read_bytes()
                name = check_attachment(p.name, len(data), max_bytes=limit, data=data)
            except OSError as exc:
                problems.append(self.tr("%1: the file cannot be read (%2)").replace(
                    "%1", p.name).replace("%2", exc.strerror or str(exc)))
                continue
            except AttachmentRefused as exc:
                text = service_error_message(ServiceError(str(exc), code=exc.code, **exc.params))
                problems.append(f"{p.name}: {text}")
                continue
            if any(existing == data for _n, existing in self.scans):
                continue  # the same file twice
            self.scans.append((name, data))
            QListWidgetItem(f"{name} ({size_text(len(data))})", self.ui.scansList)
            added += 1
        self.ui.scansError.setText("\n".join(problems))
        self.ui.scansError.setVisible(bool(problems))
        if added:
            self._on_edited("scans")
        return added

    def _remove_scan(self) -> None:
        row = self.ui.scansList.currentRow()
        if 0 <= row < len(self.scans):
            del self.scans[row]
            self.ui.scansList.takeItem(row)
            self._on_edited("scans")

    # --- saving ---------------------------------------------------------------------

    def save(self) -> None:
        self._show_all = True
        if self.revalidate() or self._saving or self.result_ is not None:
            return
        self._saving = True
        self.ui.saveButton.setEnabled(False)
        self.ui.statusLabel.setText(self.tr("Saving…"))
        self._controller.submit(self.complaint(), self.scans)

    def _on_saved(self, result: SubmitResult) -> None:
        if not self._saving:
            return
        self._saving = False
        self.result_ = result
        self._dirty = False
        self.ui.registerNumberLabel.setText(result.register_number)
        self.ui.trackingCodeLabel.setText(result.tracking_code)
        self.ui.resultFrame.setVisible(True)
        for box in (self.ui.reporterGroup, self.ui.arrivalGroup, self.ui.complaintGroup,
                    self.ui.evidenceGroup, self.ui.documentsGroup):  # scans stay listed
            box.setEnabled(False)
            for edit in box.findChildren(QLineEdit):
                edit.setPlaceholderText("")  # a greyed example would read like a value
        self.ui.saveButton.setVisible(False)
        self.ui.statusLabel.setText("")
        self.ui.closeButton.setDefault(True)
        self.ui.closeButton.setFocus()
        if result.receipt_letter_id is not None:
            self.print_receipt_button = QPushButton(self.tr("&Print the receipt…"),
                                                    self.ui.resultFrame)
            self.print_receipt_button.setObjectName("printReceiptButton")
            self.print_receipt_button.clicked.connect(lambda: self.print_receipt())
            self.ui.resultLayout.addWidget(self.print_receipt_button, 0,
                                           Qt.AlignmentFlag.AlignLeft)

    def print_receipt(self, printer: Any = None) -> bool:
        """Print the receipt stored with the case (tanda terima); the print is audited."""
        from wbs_desktop.gui.letters.printing import choose_printer, print_stored

        if self.result_ is None or self.result_.receipt_letter_id is None:
            return False
        printer = printer or choose_printer(self)
        if printer is None:
            return False
        error = print_stored(self._controller, self.result_.receipt_letter_id, printer)
        self.ui.statusLabel.setText(error or self.tr("The receipt was sent to the printer."))
        return not error

    def _on_save_failed(self, exc: BaseException) -> None:
        if not self._saving:
            return
        self._saving = False
        errors = getattr(exc, "errors", None)
        if errors:
            self.revalidate()  # our messages, in our language, beside the fields
        self.ui.statusLabel.setText(service_error_message(exc))
        self.ui.saveButton.setEnabled(not self.errors)

    # --- closing --------------------------------------------------------------------

    def has_unsaved_input(self) -> bool:
        return self._dirty and self.result_ is None

    def reject(self) -> None:
        """Esc, Close and the window's close button all come here (QDialog.closeEvent)."""
        if self._saving:
            return
        if self.has_unsaved_input() and not ask(
            self,
            self.tr("Discard the complaint?"),
            self.tr("The form has input that has not been saved. Close it and lose that input?"),
            self.tr("&Discard"),
            self.tr("&Keep editing"),
        ):
            return
        super().reject()
