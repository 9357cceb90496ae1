"""The filter panel beside the case table: stage (with counts), type, channel,
officer, received-date range, overdue only, assigned to me, and a debounced
search box. It only builds a ``CaseFilter``; the table asks the services."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.stages import STAGE_ORDER, Stage
from wbs_desktop.gui.labels import channel_label, stage_label, stage_tooltip
from wbs_desktop.services.dto import CaseFilter, UserInfo

DEBOUNCE_MS = 300


def office_today() -> QDate:
    """Today in the office's time zone (WITA), whatever the workstation's zone."""
    from wbs_desktop.domain.dates import OFFICE_TZ, utc_now

    now = utc_now().astimezone(OFFICE_TZ)
    return QDate(now.year, now.month, now.day)


class FilterPanel(QWidget):
    filter_changed = Signal(object)
    """Emits: the new CaseFilter whenever the user changes a filter (search debounced)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._building = False
        self._counts: dict[Stage, int] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Search (name, location, text)…"))
        self.search_edit.setClearButtonEnabled(True)
        layout.addWidget(self.search_edit)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self.search_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.search_edit.returnPressed.connect(self._emit_now)

        stage_box = QGroupBox(self.tr("Stage"), self)
        stage_layout = QVBoxLayout(stage_box)
        stage_layout.setContentsMargins(4, 4, 4, 4)
        self.stage_list = QListWidget(stage_box)
        self.stage_list.setObjectName("stageList")
        for stage in STAGE_ORDER:
            item = QListWidgetItem(stage_label(stage), self.stage_list)
            item.setData(Qt.ItemDataRole.UserRole, stage.value)
            item.setToolTip(stage_tooltip(stage))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        rows = self.stage_list.sizeHintForRow(0) * len(STAGE_ORDER)
        self.stage_list.setFixedHeight(rows + 2 * self.stage_list.frameWidth() + 4)
        self.stage_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stage_list.setMinimumWidth(self._stage_list_width())
        self.stage_list.itemChanged.connect(lambda _i: self._emit_now())
        stage_layout.addWidget(self.stage_list)
        layout.addWidget(stage_box)

        more = QGroupBox(self.tr("Filter"), self)
        form = QFormLayout(more)
        form.setContentsMargins(4, 4, 4, 4)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.type_combo = QComboBox(more)
        self.type_combo.setObjectName("typeFilter")
        form.addRow(self.tr("Type"), self.type_combo)
        self.channel_combo = QComboBox(more)
        self.channel_combo.setObjectName("channelFilter")
        self.channel_combo.addItem(self.tr("All channels"), "")
        for channel in Channel:
            self.channel_combo.addItem(channel_label(channel), channel.value)
        form.addRow(self.tr("Arrived by"), self.channel_combo)
        self.officer_combo = QComboBox(more)
        self.officer_combo.setObjectName("officerFilter")
        self.officer_combo.addItem(self.tr("All officers"), None)
        form.addRow(self.tr("Officer"), self.officer_combo)

        self.date_check = QCheckBox(self.tr("Received between"), more)
        self.date_check.setObjectName("dateFilter")
        form.addRow(self.date_check)
        dates = QHBoxLayout()
        today = office_today()
        self.date_from = QDateEdit(today.addMonths(-1), more)
        self.date_to = QDateEdit(today, more)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self._emit_now())
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–", more))
        dates.addWidget(self.date_to)
        form.addRow(dates)
        self.date_check.toggled.connect(self._on_date_toggled)

        self.overdue_check = QCheckBox(self.tr("Overdue only"), more)
        self.overdue_check.setObjectName("overdueFilter")
        form.addRow(self.overdue_check)
        self.mine_check = QCheckBox(self.tr("Assigned to me"), more)
        self.mine_check.setObjectName("mineFilter")
        form.addRow(self.mine_check)
        layout.addWidget(more)

        self.clear_button = QPushButton(self.tr("&Clear filters"), self)
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)

        for combo in (self.type_combo, self.channel_combo, self.officer_combo):
            combo.currentIndexChanged.connect(lambda _i: self._emit_now())
        for check in (self.overdue_check, self.mine_check):
            check.toggled.connect(lambda _b: self._emit_now())

    def _stage_list_width(self) -> int:
        """Room for the longest stage with a four-digit count (the panel's width
        then never changes with the counts, and no language's stage is clipped)."""
        fm = self.stage_list.fontMetrics()
        style = self.stage_list.style()
        text = max(fm.horizontalAdvance(f"{stage_label(s)} (0000)") for s in STAGE_ORDER)
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        return text + indicator + 2 * self.stage_list.frameWidth() + 14

    # --- contents that come from the services ---------------------------------

    def set_types(self, types: list[tuple[str, str]]) -> None:
        """(code, label) pairs."""
        self._building = True
        current = self.type_combo.currentData()
        self.type_combo.clear()
        self.type_combo.addItem(self.tr("All types"), "")
        for code, label in types:
            self.type_combo.addItem(label, code)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(current)))
        self._building = False

    def set_officers(self, officers: list[UserInfo]) -> None:
        self._building = True
        current = self.officer_combo.currentData()
        self.officer_combo.clear()
        self.officer_combo.addItem(self.tr("All officers"), None)
        for user in officers:
            self.officer_combo.addItem(user.full_name or user.username, user.id)
        index = self.officer_combo.findData(current) if current is not None else 0
        self.officer_combo.setCurrentIndex(max(0, index))
        self.officer_combo.setEnabled(bool(officers))
        self._building = False

    def set_can_be_assigned(self, can: bool) -> None:
        self.mine_check.setVisible(can)
        if not can:
            self.mine_check.setChecked(False)

    def set_stage_counts(self, counts: dict[Stage, int]) -> None:
        self._counts = counts
        self._building = True
        for i in range(self.stage_list.count()):
            item = self.stage_list.item(i)
            stage = Stage(item.data(Qt.ItemDataRole.UserRole))
            text = f"{stage_label(stage)} ({counts.get(stage, 0)})"
            if item.text() != text:  # (a changed text lays the list out and paints it again)
                item.setText(text)
        self._building = False

    # --- the filter ---------------------------------------------------------------

    def current_filter(self) -> CaseFilter:
        stages = frozenset(
            Stage(self.stage_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.stage_list.count())
            if self.stage_list.item(i).checkState() == Qt.CheckState.Checked
        )
        type_code = self.type_combo.currentData() or ""
        channel = self.channel_combo.currentData() or ""
        received_from: date | None = None
        received_to: date | None = None
        if self.date_check.isChecked():
            start: date = self.date_from.date().toPython()  # type: ignore[assignment]
            end: date = self.date_to.date().toPython()  # type: ignore[assignment]
            received_from, received_to = min(start, end), max(start, end)
        officer = self.officer_combo.currentData()
        return CaseFilter(
            stages=stages,
            complaint_types=frozenset({type_code}) if type_code else frozenset(),
            channels=frozenset({Channel(channel)}) if channel else frozenset(),
            received_from=received_from,
            received_to=received_to,
            officer_id=officer if isinstance(officer, int) else None,
            overdue_only=self.overdue_check.isChecked(),
            assigned_to_me=self.mine_check.isChecked() and self.mine_check.isVisibleTo(self),
            text=self.search_edit.text().strip(),
        )

    def set_date_range(self, start: date, end: date) -> None:
        self._building = True
        self.date_from.setDate(QDate(start.year, start.month, start.day))
        self.date_to.setDate(QDate(end.year, end.month, end.day))
        self._building = False
        self.date_check.setChecked(True)
        self._emit_now()

    def clear(self) -> None:
        self._building = True
        for i in range(self.stage_list.count()):
            self.stage_list.item(i).setCheckState(Qt.CheckState.Unchecked)
        for combo in (self.type_combo, self.channel_combo, self.officer_combo):
            combo.setCurrentIndex(0)
        for check in (self.overdue_check, self.mine_check, self.date_check):
            check.setChecked(False)
        self.search_edit.clear()
        self._debounce.stop()
        self._building = False
        self._emit_now()

    def _on_date_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._emit_now()

    def _emit_now(self) -> None:
        if self._building:
            return  # our own updates (e.g. new stage counts) are no user change
        self._debounce.stop()
        self._emit()

    def _emit(self) -> None:
        if not self._building:
            self.filter_changed.emit(self.current_filter())
