"""Printing and previewing the stored letters (issue 6): a PDF read from memory
(QtPdf), printed page by page as one job, the preview dialog with Print, and
printing every letter of a hearing day with a progress dialog that can be
cancelled. The Letters tab (``letters_tab``) and the intake's receipt use these;
nothing here writes a letter, only prints what the letter service stored.

The hearing-day texts keep the translation context "LettersTab" they had there.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.gui.case.action_dialog import ActionDialog, Invalid, date_edit, edit_date
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.dialogs import message, show_error
from wbs_desktop.gui.labels import format_date
from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.gui.screen_fit import fit_to_screen
from wbs_desktop.gui.worker import Job, run_and_wait, run_in_background
from wbs_desktop.services.dto import LetterInfo
from wbs_desktop.services.errors import ServiceError

PRINT_DPI = 300  # enough for text; a 1200 dpi A4 image would need half a gigabyte


def pdf_document(pdf: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument reading the bytes from memory (never a file)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument(parent)  # type: ignore[arg-type]  # None is accepted
    doc.load(buffer)
    doc.setProperty("_buffer", buffer)  # keep it alive with the document
    doc._buffer = buffer  # type: ignore[attr-defined]
    return doc


def prepare_printer(printer: QPrinter) -> None:
    printer.setFullPage(True)
    if printer.resolution() > PRINT_DPI:
        printer.setResolution(PRINT_DPI)


def paint_pdf(pdf: bytes, printer: QPrinter, painter: QPainter, *, new_page: bool) -> int:
    """Draw every page of ``pdf`` with an open ``painter``; ``new_page`` first when
    something was printed before in this job. Returns the pages drawn."""
    doc = pdf_document(pdf)
    pages = doc.pageCount()
    if pages <= 0:
        raise ValueError("the PDF has no pages")
    target = printer.pageLayout().fullRectPixels(printer.resolution())
    for i in range(pages):
        if i or new_page:
            printer.newPage()
        points = doc.pagePointSize(i)
        scale = min(target.width() / points.width(), target.height() / points.height())
        size = QSize(int(points.width() * scale), int(points.height() * scale))
        painter.drawImage(QRect(0, 0, size.width(), size.height()), doc.render(i, size))
    return pages


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print the stored PDF page by page as one job; returns the pages printed."""
    prepare_printer(printer)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        return paint_pdf(pdf, printer, painter, new_page=False)
    finally:
        painter.end()


def choose_printer(parent: QWidget) -> QPrinter | None:
    """The system print dialog; None when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_stored(controller: Controller, letter_id: int, printer: QPrinter) -> str:
    """Print a stored letter and record the print; an error message, or "" when printed."""
    from PySide6.QtCore import QCoreApplication

    letters = controller.letters()
    try:
        pdf = bytes(letters.pdf(letter_id))
        print_pdf(pdf, printer)
        copies = max(1, printer.copyCount())
        run_and_wait(
            lambda ok, bad: controller.record_print(
                letter_id, copies=copies, success=ok, failure=bad
            )
        )
    except ServiceError as exc:
        return service_error_message(exc)
    except (OSError, ValueError) as exc:
        return QCoreApplication.translate("LettersTab", "Printing failed: %1").replace(
            "%1", str(exc)
        )
    return ""


class PdfPreviewDialog(QDialog):
    """The stored letter shown with QPdfView (multi-page, fit to width), with Print.

    ``on_print(printer)`` prints the letter (and records the print); with
    ``printer`` None it asks for one with the system's print dialog. Sized to
    fit the office's 1366×768 screen (the page scrolls)."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        parent: QWidget | None = None,
        on_print: Callable[[QPrinter | None], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._on_print = on_print
        self.document = pdf_document(pdf, self)
        layout = QVBoxLayout(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.pages_label = QLabel(self.tr("%n page(s)", "", self.document.pageCount()), self)
        row.addWidget(self.pages_label)
        row.addStretch(1)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("previewPrintButton")
        self.print_button.clicked.connect(lambda: self.print_letter())
        self.print_button.setVisible(on_print is not None)
        row.addWidget(self.print_button)
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        fit_to_screen(self, QSize(720, 900))

    def print_letter(self, printer: QPrinter | None = None) -> bool:
        """Print what is shown (the system's print dialog asks when ``printer`` is None)."""
        return self._on_print is not None and self._on_print(printer)


# --- every letter of a hearing day ------------------------------------------------------


class DayPrinter(QObject):
    """Fetches each letter of a day off the GUI thread and prints it; Cancel stops it."""

    finished = Signal(int)
    """Emits: how many letters were printed (also after Cancel or an error)."""

    def __init__(
        self,
        controller: Controller,
        letters: list[LetterInfo],
        printer: QPrinter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._letters = letters
        self._printer = printer
        self._index = 0
        self.printed = 0
        self.cancelled = False
        self.errors: list[str] = []
        self._job: Job | None = None
        self._painter: QPainter | None = None  # one print job for the whole day
        self.progress = QProgressDialog(parent)
        self.progress.setWindowTitle(self.tr("Printing the letters of a hearing day"))
        self.progress.setCancelButtonText(self.tr("Cancel"))
        self.progress.setRange(0, len(letters))
        self.progress.setMinimumDuration(0)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.canceled.connect(self.cancel)

    def start(self) -> None:
        self.progress.setValue(0)
        self.progress.show()
        self._next()

    def cancel(self) -> None:
        self.cancelled = True
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self._finish()

    def _next(self) -> None:
        if self.cancelled:
            return
        if self._index >= len(self._letters):
            self._finish()
            return
        letter = self._letters[self._index]
        self.progress.setLabelText(
            self.tr("Letter %1 of %2: %3")
            .replace("%1", str(self._index + 1))
            .replace("%2", str(len(self._letters)))
            .replace("%3", letter.number)
        )
        service = self._controller.letters()
        self._job = run_in_background(
            lambda: bytes(service.pdf(letter.id)), self._print, self._failed, owner=self
        )

    def _print(self, pdf: bytes) -> None:
        self._job = None
        if self.cancelled:
            return
        letter = self._letters[self._index]
        try:
            if self._painter is None:
                prepare_printer(self._printer)
                self._painter = QPainter()
                if not self._painter.begin(self._printer):
                    self._painter = None
                    raise OSError("the printer could not be started")
            paint_pdf(pdf, self._printer, self._painter, new_page=self.printed > 0)
            # recorded here, between pages (a wait would let Cancel end the painter)
            self._controller.letters().record_print(letter.id)
            self.printed += 1
        except (ServiceError, OSError, ValueError) as exc:
            self.errors.append(f"{letter.number}: {exc}")
        self._advance()

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self.errors.append(
            service_error_message(exc) if isinstance(exc, ServiceError) else str(exc)
        )
        self._advance()

    def _advance(self) -> None:
        self._index += 1
        self.progress.setValue(self._index)
        self._next()

    def _finish(self) -> None:
        if self._painter is not None:
            self._painter.end()
            self._painter = None
        self.progress.hide()
        self.finished.emit(self.printed)


def ask_hearing_day(parent: QWidget, controller: Controller) -> ActionDialog:
    """The menu action: pick a day, then print every current letter of its hearings."""
    from PySide6.QtCore import QCoreApplication

    holder: dict[str, DayPrinter] = {}

    def submit(d: ActionDialog) -> list[LetterInfo]:
        day: date = edit_date(d.fields["day"])  # type: ignore[arg-type]
        letters: list[LetterInfo] = list(controller.letters().for_hearing_day(day))
        if not letters:
            raise Invalid(
                QCoreApplication.translate("LettersTab", "No letters for hearings on %1.").replace(
                    "%1", format_date(day)
                )
            )
        return letters

    dialog = ActionDialog(
        parent,
        QCoreApplication.translate("LettersTab", "Print the letters of a hearing day"),
        QCoreApplication.translate(
            "LettersTab",
            "Every current letter for the hearings of the day is printed, one after another.",
        ),
        QCoreApplication.translate("LettersTab", "&Choose printer…"),
        submit,
    )
    dialog.setProperty("helpTopic", "hearings")
    dialog.add_row(
        "day",
        QCoreApplication.translate("LettersTab", "Hearing &day:"),
        date_edit(dialog, controller.today()),
    )

    def chosen() -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
            return
        job = DayPrinter(controller, dialog.result_, printer, parent)
        holder["job"] = job

        def finished(n: int) -> None:
            text = QCoreApplication.translate("LettersTab", "%1 letter(s) printed.").replace(
                "%1", str(n)
            )
            title = QCoreApplication.translate("LettersTab", "Printing finished")
            if job.errors:
                show_error(parent, text + "\n" + "\n".join(job.errors), title)
            else:
                message(parent, title, text)

        job.finished.connect(finished)
        job.start()

    dialog.accepted.connect(chosen)
    dialog.open()
    return dialog
