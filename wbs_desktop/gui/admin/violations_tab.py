"""The settings dialog's "Violation words" tab (administrators): per complaint
type, the words a summons prints after "dugaan pelanggaran disiplin berupa".
The type ``other`` has none: the officer writes them in each letter.
Stored in the setting ``letters.violation_words`` through the settings service
(admin only, audited), as ``wbs-admin violations set`` does, by the controller
with the dialog's save, off the GUI thread (``changes``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.domain.catalog import OTHER_TYPE_CODE
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.i18n import current_language
from wbs_desktop.services.violations import DEFAULT_VIOLATION_WORDS, VIOLATION_WORDS_KEY

CODE_ROLE = Qt.ItemDataRole.UserRole


class ViolationsTab(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._loaded: dict[str, str] = {}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A summons says: \"… untuk diperiksa sehubungan dengan dugaan pelanggaran "
            "disiplin berupa WORDS\". The words for each complaint type (in Indonesian, "
            "as they appear in the letter; left empty: the standard words, or the type's "
            "name for a type the office added):"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("violationsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Complaint type"), self.tr("Words")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)

    # --- loading ----------------------------------------------------------------------

    def load(self) -> None:
        settings = self._controller.settings()
        stored = settings.get(VIOLATION_WORDS_KEY) or {}
        self._loaded = {str(k): str(v) for k, v in stored.items()}
        words = {**DEFAULT_VIOLATION_WORDS, **self._loaded}
        english = current_language() == "en"
        types = settings.complaint_types()
        self.table.setRowCount(len(types))
        for row, t in enumerate(types):
            label = QTableWidgetItem(t.label_en if english else t.label_id)
            label.setData(CODE_ROLE, t.code)
            label.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, 0, label)
            if t.code == OTHER_TYPE_CODE:
                item = QTableWidgetItem(self.tr("(the officer writes the words in each letter)"))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setForeground(Qt.GlobalColor.darkGray)
            else:
                item = QTableWidgetItem(words.get(t.code, ""))
            self.table.setItem(row, 1, item)

    # --- saving -----------------------------------------------------------------------

    def words_typed(self) -> dict[str, str]:
        """The words per type code as typed (spaces tidied), without ``other``."""
        out: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            label, words = self.table.item(row, 0), self.table.item(row, 1)
            assert label is not None and words is not None
            code = str(label.data(CODE_ROLE))
            if code != OTHER_TYPE_CODE:
                out[code] = " ".join(words.text().split())
        return out

    def changes(self) -> dict[str, str] | None:
        """The words to store (None: unchanged), for the controller to write with the
        dialog's save (``AdminWrites.save_settings``: the settings service, admin
        only, audited). A type left empty goes back to the standard words."""
        typed = self.words_typed()
        value = {code: words for code, words in self._loaded.items() if code not in typed}
        value.update({code: words for code, words in typed.items()
                      if words and words != DEFAULT_VIOLATION_WORDS.get(code)})
        return None if value == self._loaded else value

    def saved(self, value: dict[str, str] | None) -> None:
        """``value`` (of :meth:`changes`) was written."""
        if value is not None:
            self._loaded = value
