"""What the reports add to the main window: the Dashboard and Mark actions, and
the bar above the case list saying it shows the cases of a clicked figure.

Kept out of ``main_window.py`` so that file only wires these in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from wbs_desktop.domain.roles import Action
from wbs_desktop.services.dto import CaseFilter

if TYPE_CHECKING:
    from wbs_desktop.gui.dashboard import Dashboard
    from wbs_desktop.gui.main_window import MainWindow


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
        from wbs_desktop.gui.dashboard import show_at_login

        if self.enabled and show_at_login():
            QTimer.singleShot(0, self.show_dashboard)

    def show_dashboard(self) -> None:
        from wbs_desktop.gui.dashboard import Dashboard

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
            self.tr("Showing the %n case(s) of the figure “%1”.", "", len(ids))
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
        from wbs_desktop.gui.mark_dialog import MarkDialog

        case_id = self.window.table.current_case_id()
        if not case_id:
            return
        dialog = MarkDialog(self.window._controller.reports(), case_id, self.window)
        if dialog.exec() == MarkDialog.DialogCode.Accepted:
            self.window.refresh()
            if self.dashboard is not None and self.dashboard.isVisible():
                self.dashboard.refresh()
