"""What the reports add to the main window: the Dashboard and Mark actions, and
the bar above the case list saying it shows the cases of a clicked figure.

Kept out of ``main_window.py`` so that file only wires these in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.domain.roles import Action
from wbs_desktop.gui.dialogs import show_error
from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.gui.worker import Job, run_with_progress
from wbs_desktop.services.dto import CaseFilter
from wbs_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from wbs_desktop.gui.main_window import MainWindow
    from wbs_desktop.gui.reports.dashboard import Dashboard


class ReportsHooks(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        controller = window._controller
        self.enabled = controller.can(Action.VIEW_REPORTS)
        self.dashboard: Dashboard | None = None
        self.dashboard_action = QAction(self.tr("&Dashboard"), window)
        self.dashboard_action.setShortcut(QKeySequence("Ctrl+D"))
        self.dashboard_action.setStatusTip(
            self.tr("The office's figures for a period, with charts; the recap as Excel or PDF"))
        self.dashboard_action.triggered.connect(self.show_dashboard)
        self.dashboard_action.setVisible(self.enabled)
        self.mark_action = QAction(self.tr("&Mark as test or duplicate…"), window)
        self.mark_action.setStatusTip(
            self.tr("Leave the selected case out of the figures (or count it again)"))
        self.mark_action.triggered.connect(self.mark_current)
        self.mark_action.setVisible(controller.can(Action.MARK_CASE))

        self.print_list_action = QAction(self.tr("&Print the list…"), window)
        self.print_list_action.setStatusTip(
            self.tr("Print the cases the list shows now (the case register)"))
        self.print_list_action.triggered.connect(lambda: self.print_list())
        self.export_list_action = QAction(self.tr("&Export the list…"), window)
        self.export_list_action.setStatusTip(
            self.tr("Save the cases the list shows now as an Excel or CSV file"))
        self.export_list_action.triggered.connect(lambda: self.export_list())
        self.export_list_action.setVisible(controller.can(Action.EXPORT))
        self._register_job: Job | None = None

        # The bar over the case list while it shows a figure's cases.
        self.bar = QWidget(window)
        self.bar.setObjectName("figureBar")
        self.bar.setStyleSheet("#figureBar { background: #FFF4CE; }")
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(8, 3, 8, 3)
        self.bar_label = QLabel(self.bar)
        self.show_all = QPushButton(self.tr("Show all cases"), self.bar)
        self.show_all.clicked.connect(self.clear_figure)
        row.addWidget(self.bar_label, 1)
        row.addWidget(self.show_all)
        self.bar.hide()

    def after_start(self) -> None:
        """Open the dashboard at once when this workstation asks for it."""
        from wbs_desktop.gui.reports.dashboard import show_at_login

        if self.enabled and show_at_login():
            # Its figures first: the search index's load after login waits for them.
            self.window._controller.hold_search_preload()
            QTimer.singleShot(0, self._dashboard_at_login)

    def _dashboard_at_login(self) -> None:
        controller = self.window._controller
        self.show_dashboard()
        if self.dashboard is None:
            controller.release_search_preload()
            return
        self.dashboard.figures_shown.connect(controller.release_search_preload)

    def show_dashboard(self) -> None:
        from wbs_desktop.gui.reports.dashboard import Dashboard

        if not self.enabled:
            return
        if self.dashboard is None:
            self.dashboard = Dashboard(self.window._controller, self.window)
            self.dashboard.cases_requested.connect(self.show_cases)
            self.dashboard.refresh()
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()

    def hide_windows(self) -> None:
        if self.dashboard is not None:
            self.dashboard.hide()

    def show_cases(self, ids: frozenset[str], label: str) -> None:
        """List exactly these cases (every other filter cleared)."""
        w = self.window
        w.filters.blockSignals(True)
        try:
            w.filters.clear()
        finally:
            w.filters.blockSignals(False)
        w.search.with_filter(CaseFilter(case_ids=frozenset(ids)))
        self.bar_label.setText(
            self.tr("Showing the %Ln case(s) of the figure “%1”.", "", len(ids))
            .replace("%1", label))
        self.bar.show()
        w.refresh()
        w.raise_()
        w.activateWindow()

    def clear_figure(self) -> None:
        self.bar.hide()
        self.window.filters.clear()  # emits the empty filter: every case

    def on_filter_changed(self) -> None:
        self.bar.hide()

    def mark_current(self) -> None:
        from wbs_desktop.gui.case.mark_dialog import MarkDialog

        case_id = self.window.table.current_case_id()
        if not case_id:
            return
        dialog = MarkDialog(self.window._controller, case_id, self.window)
        # The controller's cases_changed re-queries the window's lists.
        if (dialog.exec() == MarkDialog.DialogCode.Accepted and self.dashboard is not None
                and self.dashboard.isVisible()):
            self.dashboard.refresh()

    # --- the case register -----------------------------------------------------------

    def _ids(self) -> list[str]:
        """The list's cases in its order. Just after login the table may show
        only its first page while the whole list is read behind it (a second or
        two in a large office): the register waits for it, with Cancel, and is
        never made of the first page alone."""
        window = self.window
        if window.model.partial:
            window.want_whole_list()  # if its read was stopped (cancelled, failed)
        if window.model.partial and window.searching:
            wait = QProgressDialog(self.tr("Reading the whole list…"), self.tr("Cancel"),
                                   0, 0, window)
            wait.setWindowTitle(self.tr("Case register"))
            wait.setWindowModality(Qt.WindowModality.WindowModal)
            wait.setMinimumDuration(0)
            window.search_finished.connect(wait.accept)
            wait.exec()
            # The window may have gone meanwhile (a lock, a switch of user).
            if not shiboken6.isValid(window) or not shiboken6.isValid(wait):
                return []
            window.search_finished.disconnect(wait.accept)
            wait.deleteLater()
        if window.model.partial:
            return []  # cancelled, or the list could not be read (the window said why)
        return list(window.model.ids())

    def export_list(self, path: str | None = None, kind: str | None = None,
                    with_accused: bool | None = None) -> Job | None:
        """Ask the format and whether to include the accused's name, then a file;
        write it off the GUI thread with progress and Cancel."""
        ids = self._ids()
        if not ids:
            return None
        if kind is None or with_accused is None:
            dialog = RegisterExportDialog(len(ids), self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            kind, with_accused = dialog.kind(), dialog.with_accused.isChecked()
        if path is None:
            pattern = (self.tr("Excel workbook (*.xlsx)") if kind == "xlsx"
                       else self.tr("CSV file (*.csv)"))
            path, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Export the list"), f"register-wbs.{kind}", pattern)
            if not path:
                return None
        reports = self.window._controller.reports()
        chosen_kind, names, target = kind, bool(with_accused), path

        def op(progress: object) -> object:  # worker thread
            return reports.export_register(ids, target, chosen_kind, with_accused=names,
                                           progress=progress)

        def done(_result: object) -> None:
            self._register_job = None
            self.window.statusBar().showMessage(
                self.tr("Saved %1").replace("%1", target), 8000)

        def failed(exc: BaseException) -> None:
            self._register_job = None
            if getattr(exc, "code", "") != "cancelled":
                show_error(self.window, service_error_message(exc))

        self._register_job = run_with_progress(
            self.window, self.tr("Export the list"), self.tr("Writing the case register…"),
            op, done, failed)
        return self._register_job

    def print_list(self, pdf_path: str | None = None) -> Job | None:
        """Print the list (or write it as a PDF to ``pdf_path``, for tests and files)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        ids = self._ids()
        if not ids:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if pdf_path is not None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(pdf_path)
        elif QPrintDialog(printer, self.window).exec() != QDialog.DialogCode.Accepted:
            return None
        reports = self.window._controller.reports()

        def op(progress: object) -> object:  # worker thread: only the rows
            return reports.register(ids, progress=progress)

        def done(register: object) -> None:
            from wbs_desktop.gui.reports.register_print import print_register

            self._register_job = None
            try:
                print_register(register, printer,  # type: ignore[arg-type]
                               self.tr("Case register — %Ln case(s)", "", len(ids)))
                reports.record_register(register, "print")
            except (OSError, ServiceError) as exc:  # a printer or database error: say it
                show_error(self.window, service_error_message(exc))

        def failed(exc: BaseException) -> None:
            self._register_job = None
            if getattr(exc, "code", "") != "cancelled":
                show_error(self.window, service_error_message(exc))

        self._register_job = run_with_progress(
            self.window, self.tr("Print the list"), self.tr("Reading the case register…"),
            op, done, failed)
        return self._register_job


class RegisterExportDialog(QDialog):
    """The format, and whether the accused's name goes in (cases the user holds)."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the list"))
        intro = QLabel(self.tr("%Ln case(s), in the order of the list. The reporter is never "
                               "included.", "", count), self)
        intro.setWordWrap(True)
        self.format = QComboBox(self)
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("CSV file (.csv)"), "csv")
        self.with_accused = QCheckBox(
            self.tr("Include the accused's name (only for the cases you hold; recorded in "
                    "the audit log)"), self)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.with_accused)
        layout.addWidget(buttons)

    def kind(self) -> str:
        return str(self.format.currentData())
