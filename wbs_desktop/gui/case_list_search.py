"""The main window's case list: searching off the GUI thread, a live refresh that
keeps the place, and the count in the status bar.

A part of :class:`~wbs_desktop.gui.main_window.MainWindow` (a mixin, like the
controller's), which builds the table, the filters and the banner this drives.
The texts keep the translation context "MainWindow" they had as ``self.tr``
there.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from wbs_desktop.gui.case.case_model import BLOCK, SORT_KEYS, CaseSearch
from wbs_desktop.gui.dialogs import show_error
from wbs_desktop.gui.labels import format_count
from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.gui.worker import SEARCH_LANE, Job, run_in_background
from wbs_desktop.services.dto import CaseFilter, CaseList, CaseRow, SortKey
from wbs_desktop.services.errors import DatabaseUnavailable, ServiceError

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QLabel

    from wbs_desktop.gui.case.case_model import CaseTableModel
    from wbs_desktop.gui.case.case_table import CaseTable
    from wbs_desktop.gui.case.filter_panel import FilterPanel
    from wbs_desktop.gui.controller import Controller
    from wbs_desktop.gui.session.connection_banner import ConnectionBanner

    _Window = QMainWindow
else:
    _Window = object


class CaseListSearch(_Window):
    """The case list's searching, for :class:`MainWindow` (which provides the
    widgets declared below and ``_show_case``)."""

    if TYPE_CHECKING:
        _controller: Controller
        table: CaseTable
        model: CaseTableModel
        filters: FilterPanel
        banner: ConnectionBanner
        count_label: QLabel
        search_finished: SignalInstance
        first_rows_shown: SignalInstance

        def _show_case(self, case_id: str) -> None: ...

    def _init_search(self, controller: Controller) -> None:
        """The search's state (called early in ``MainWindow.__init__``: the table
        is made with ``self.search``)."""
        self.search = CaseSearch(controller.search_ids)
        self._search_job: Job | None = None
        # Set by Cancel: the running search stops decrypting at its next block.
        self._search_stop = threading.Event()
        self._search_wanted = False
        self._total = 0
        self._revision = ""  # of the last search result (CaseList.revision)
        self._progress: QProgressDialog | None = None
        self._slow_timer = QTimer(self)
        self._slow_timer.setSingleShot(True)
        self._slow_timer.timeout.connect(self._show_search_progress)
        self._scroll_to_keep: tuple[str, int] | None = None  # (top case id, scroll value)
        # The window's first search shows the first page from the database at
        # once, then reads the whole list behind it (see _start_search).
        self._page_wanted = True
        self._whole_list_wanted = False
        self._rows_shown = False

    # --- searching off the GUI thread ---------------------------------------------
    #
    # A search over 100,000 cases can take seconds when it decrypts (free text,
    # sorting by the accused), so it runs on the thread pool. One search at a
    # time: a request made meanwhile is remembered and run when it finishes
    # (only the newest counts). After SLOW_MS a progress dialog offers Cancel.

    SLOW_MS = 700

    @property
    def searching(self) -> bool:
        """A search runs (or the whole list behind a first page is still to come)."""
        return self._search_job is not None or self._whole_list_wanted

    def refresh(self) -> None:
        """Search again (keeps the selection) and update the stage counts."""
        self._request_search(asked=True)

    def _request_search(self, asked: bool) -> None:
        """``asked``: by the user, who is offered Cancel if the search waits."""
        self._search_wanted = True
        if self._search_job is None:
            self._start_search()
        elif asked and not self._slow_timer.isActive() and self._progress_hidden():
            # Behind the first page the whole list is read without a word; a user
            # who now waits for it is offered Cancel as for any slow search.
            self._slow_timer.start(self.SLOW_MS)

    def _progress_hidden(self) -> bool:
        return self._progress is None or not self._progress.isVisible()

    def _start_search(self, quietly: bool = False) -> None:
        self._search_wanted = False
        self._whole_list_wanted = False
        f = self.search.filter
        sort = SORT_KEYS[self.search.sort_column]
        descending = self.search.descending
        controller = self._controller
        self._search_stop = stop = threading.Event()
        if self._page_wanted:
            self._page_wanted = False
            if f == CaseFilter() and sort == SortKey.RECEIVED:
                def page() -> tuple[CaseList, list[CaseRow]] | None:  # worker thread
                    found = controller.first_page(descending)
                    if found is None:
                        return None
                    # The rows of the first screens too: painting them asks nothing more.
                    return found, controller.rows(found.ids[:BLOCK])

                self._search_job = run_in_background(page, self._on_page, self._on_search_failed,
                                                     lane=SEARCH_LANE, owner=self)
                return

        def op() -> CaseList:  # worker thread: no widgets
            return controller.listing(f, sort, descending, cancelled=stop.is_set)

        self._search_job = run_in_background(op, self._on_searched, self._on_search_failed,
                                             lane=SEARCH_LANE, owner=self)
        if not quietly:
            self.count_label.setText(QCoreApplication.translate("MainWindow", "Searching…"))
            self._slow_timer.start(self.SLOW_MS)

    def _on_page(self, found: tuple[CaseList, list[CaseRow]] | None) -> None:
        """The first page is here: shown at once, then the whole list is read
        quietly (the same search: it fills the page's rows in place)."""
        self._search_job = None
        if self._controller.user is None:
            return
        if found is None or self._search_wanted:
            self._start_search()  # the whole list is there already, or another search is wanted
            return
        page, rows = found
        self._total = page.total
        self._revision = page.revision
        self.table.apply_page(page.ids, page.total, page.revision, rows)
        if not page.ids:
            self.table.show_empty(filtered=False)
        self.filters.set_stage_counts(page.stage_counts)
        self._update_status()
        self._announce_rows()
        # At the event loop's next turn, after the page is painted: reading the
        # whole list holds the interpreter most of the time it takes.
        self._whole_list_wanted = True
        QTimer.singleShot(0, self, self._read_whole_list)

    def want_whole_list(self) -> None:
        """Behind a first page, read the whole list (quietly) if nothing reads it now."""
        if self.model.partial and not self.searching and self._controller.user is not None:
            self._whole_list_wanted = True
            self._read_whole_list()

    def _read_whole_list(self) -> None:
        if self._whole_list_wanted and self._search_job is None:
            self._whole_list_wanted = False
            self._start_search(quietly=True)

    def _announce_rows(self) -> None:
        if not self._rows_shown:
            self._rows_shown = True
            self.first_rows_shown.emit()

    def _finish_search(self) -> bool:
        """Common end of a search; True when a newer request has started instead."""
        self._search_job = None
        self._slow_timer.stop()
        if self._progress is not None:
            self._progress.hide()
        if self._search_wanted:
            self._start_search()
            return True
        return False

    def _on_searched(self, result: CaseList) -> None:
        if self._finish_search() or self._controller.user is None:
            return  # a newer search started, or the session ended meanwhile
        ids, counts = result.ids, result.stage_counts
        self._total = result.total
        self._revision = result.revision
        self.banner.report_available()
        keep, self._scroll_to_keep = self._scroll_to_keep, None
        self.table.apply_ids(ids, result.revision)
        if not ids:
            self.table.show_empty(filtered=self.search.filter != CaseFilter())
        if keep is not None:  # a live refresh: the row at the top stays at the top
            self._restore_place(*keep)
        self.filters.set_stage_counts(counts)
        self._update_status()
        current = self.table.current_case_id()
        if current:
            self._show_case(current)
        self._announce_rows()
        self.search_finished.emit()
        self._controller.finish_search()  # behind the results: grants, the index file

    def _on_search_failed(self, exc: BaseException) -> None:
        if self._finish_search() or self._controller.user is None:
            return
        self._update_status()
        if not isinstance(exc, ServiceError):
            raise exc  # a bug: the excepthook logs it and tells the user
        if isinstance(exc, DatabaseUnavailable):
            self.banner.report_unavailable()  # non-modal; retries on its own
        else:
            show_error(self, service_error_message(exc))
        self.search_finished.emit()

    def _show_search_progress(self) -> None:
        if self._search_job is None:
            return
        if self._progress is None:
            self._progress = QProgressDialog(self)
            self._progress.setWindowTitle(QCoreApplication.translate("MainWindow", "Searching"))
            self._progress.setLabelText(
                QCoreApplication.translate("MainWindow", "Searching the cases…")
            )
            self._progress.setCancelButtonText(QCoreApplication.translate("MainWindow", "Cancel"))
            self._progress.setRange(0, 0)
            self._progress.setWindowModality(Qt.WindowModality.WindowModal)
            self._progress.canceled.connect(self._cancel_search)
        self._progress.show()

    def _cancel_search(self) -> None:
        """Stop the running search; the table keeps showing the previous result."""
        self._stop_search()
        self._update_status()
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Search cancelled: the list shows the previous result."
            ),
            8000,
        )
        # Only the first page shown? The whole list is still wanted (rows past the
        # page, the register): read again quietly behind it.
        QTimer.singleShot(0, self, self.want_whole_list)
        self.search_finished.emit()

    def _on_live_change(self, _case_ids: set[str | None]) -> None:
        """Another workstation (or this one) saved: re-query, keeping the place."""
        if self._controller.user is None or not self.isVisible():
            return  # a hidden window re-queries when it is shown again
        self._controller.compute_people_index()  # a case queued elsewhere: index it
        if self._scroll_to_keep is None:
            view = self.table.view
            top = view.indexAt(view.viewport().rect().topLeft())
            top_id = self.model.case_id(top.row()) if top.isValid() else ""
            self._scroll_to_keep = (top_id, view.verticalScrollBar().value())
        self._request_search(asked=False)

    def _restore_place(self, top_id: str, scroll: int) -> None:
        view = self.table.view
        row = self.model.row_of(top_id) if top_id else -1
        if row >= 0:
            view.scrollTo(self.model.index(row, 0), view.ScrollHint.PositionAtTop)
        else:
            view.verticalScrollBar().setValue(scroll)

    def _update_status(self) -> None:
        shown = self.model.rowCount()
        total = max(self._total, shown)
        self.count_label.setText(
            QCoreApplication.translate("MainWindow", "%1 of %2 cases")
            .replace("%1", format_count(shown))
            .replace("%2", format_count(total))
        )

    def _stop_search(self) -> None:
        """Drop a running search: its result would reach a window that is going away
        (or a session that has ended)."""
        self._search_stop.set()
        if self._search_job is not None:
            self._search_job.cancel()
            self._search_job = None
        self._search_wanted = False
        self._whole_list_wanted = False
        self._slow_timer.stop()
