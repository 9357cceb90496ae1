"""The settings dialog's "Signatories" tab (administrators): the head's
position, the officials who may sign (name, NIP, pangkat/golongan, jabatan),
and who signs each kind of letter, in which form (own name, a.n., Plt., Plh.).
Users with a profile can sign too ("user:USERNAME"). What changed is written
by the controller with the dialog's save, off the GUI thread (``changes``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.domain.signatories import Official, SignerChoice, SignForm
from wbs_desktop.gui.admin.admin_writes import SignatoryChanges
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.i18n import current_language
from wbs_desktop.letters.kinds import SIGNED_KINDS, SPECS

DEFAULT = "default"
COLUMNS = 5  # key, name, NIP, pangkat, jabatan


class SignatoriesTab(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._loaded_officials: list[Official] = []
        self._loaded_signers: dict[str, SignerChoice] = {}
        self._loaded_head = ""
        self._users: list[tuple[str, str]] = []  # (key, label)
        # (officials, head, signers) of the last changes(), until saved
        self._pending: tuple[list[Official], str, dict[str, SignerChoice]] | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.head_edit = QLineEdit(self)
        form.addRow(self.tr("&Head of the office (jabatan):"), self.head_edit)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Officials who may sign:"), self))
        self.officials = QTableWidget(0, COLUMNS, self)
        self.officials.setHorizontalHeaderLabels([
            self.tr("Key"), self.tr("Name"), self.tr("NIP"), self.tr("Pangkat/golongan"),
            self.tr("Jabatan")])
        self.officials.verticalHeader().setVisible(False)
        self.officials.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.officials.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.officials.itemChanged.connect(lambda _item: self._fill_combos())
        layout.addWidget(self.officials, 1)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("&Add official"), self)
        add.clicked.connect(lambda: self.add_official())
        remove = QPushButton(self.tr("Re&move official"), self)
        remove.clicked.connect(self._remove_official)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Who signs each kind of letter:"), self))
        self.signers = QTableWidget(0, 3, self)
        self.signers.setHorizontalHeaderLabels([
            self.tr("Letter"), self.tr("Signed by"), self.tr("Form")])
        self.signers.verticalHeader().setVisible(False)
        self.signers.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.signers.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.signers, 1)
        self._kinds = [DEFAULT, *sorted(k.value for k in SIGNED_KINDS)]

    # --- loading ----------------------------------------------------------------------

    def load(self) -> None:
        sig = self._controller.signatories()
        self._loaded_officials = sig.officials()
        self._loaded_signers = sig.signers()
        self._loaded_head = sig.head_position()
        self._users = [
            ("user:" + u.username, f"{u.full_name} ({u.username})")
            for u in self._controller.accounts().list_users()
            if u.active
        ]
        self.head_edit.setText(self._loaded_head)
        self.officials.blockSignals(True)
        self.officials.setRowCount(0)
        for o in self._loaded_officials:
            self.add_official(o)
        self.officials.blockSignals(False)
        self.signers.setRowCount(len(self._kinds))
        for row, kind in enumerate(self._kinds):
            label = (self.tr("Every letter without its own signer") if kind == DEFAULT
                     else SPECS[kind].label(current_language()))  # type: ignore[index]
            self.signers.setItem(row, 0, QTableWidgetItem(label))
            self.signers.setCellWidget(row, 1, QComboBox(self.signers))
            forms = QComboBox(self.signers)
            for form, text in ((SignForm.OWN, self.tr("own name")), (SignForm.AN, "a.n."),
                               (SignForm.PLT, "Plt."), (SignForm.PLH, "Plh.")):
                forms.addItem(text, form.value)
            choice = self._loaded_signers.get(kind)
            if choice is not None:
                forms.setCurrentIndex(max(0, forms.findData(choice.form.value)))
            self.signers.setCellWidget(row, 2, forms)
        self._fill_combos()

    def add_official(self, official: Official | None = None) -> int:
        row = self.officials.rowCount()
        self.officials.insertRow(row)
        values = (official.key, official.name, official.nip, official.rank, official.position) \
            if official else ("",) * COLUMNS
        for col, value in enumerate(values):
            self.officials.setItem(row, col, QTableWidgetItem(value))
        return row

    def _remove_official(self) -> None:
        row = self.officials.currentRow()
        if row >= 0:
            self.officials.removeRow(row)
            self._fill_combos()

    def _cell(self, row: int, col: int) -> str:
        item = self.officials.item(row, col)
        return item.text().strip() if item is not None else ""

    def _fill_combos(self) -> None:
        """Each signer choice lists the officials as typed now, then the users."""
        options: list[tuple[str, str]] = []
        for row in range(self.officials.rowCount()):
            key = self._cell(row, 0)
            if key:
                options.append((key, f"{self._cell(row, 1)} — {self._cell(row, 4)}"))
        options += self._users
        for row, kind in enumerate(self._kinds):
            combo = self.signers.cellWidget(row, 1)
            if not isinstance(combo, QComboBox):
                continue
            current = combo.currentData()
            if current is None:
                choice = self._loaded_signers.get(kind)
                current = choice.official if choice else ""
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(nobody: a line to sign on)") if kind == DEFAULT
                          else self.tr("(as every letter)"), "")
            for key, label in options:
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    # --- saving -----------------------------------------------------------------------

    def officials_typed(self) -> list[Official]:
        return [
            Official(*(self._cell(row, c) for c in range(COLUMNS)))
            for row in range(self.officials.rowCount())
            if any(self._cell(row, c) for c in range(COLUMNS))
        ]

    def signers_chosen(self) -> dict[str, SignerChoice | None]:
        out: dict[str, SignerChoice | None] = {}
        for row, kind in enumerate(self._kinds):
            combo, forms = self.signers.cellWidget(row, 1), self.signers.cellWidget(row, 2)
            assert isinstance(combo, QComboBox) and isinstance(forms, QComboBox)
            key = str(combo.currentData() or "")
            out[kind] = SignerChoice(key, SignForm(forms.currentData())) if key else None
        return out

    def changes(self) -> SignatoryChanges:
        """What changed since loading, for the controller to write (``AdminWrites.
        save_settings``: each through the settings service, admin only, audited);
        :meth:`saved` takes it as the new loaded state once written."""
        head = self.head_edit.text().strip()
        typed = self.officials_typed()
        loaded = {o.key: o for o in self._loaded_officials}
        chosen = self.signers_chosen()
        keys = {o.key for o in typed}
        self._pending = (typed, head, {k: v for k, v in chosen.items() if v is not None})
        return SignatoryChanges(
            head=head if head != self._loaded_head else None,
            officials=tuple(o for o in typed if loaded.get(o.key) != o),
            signers=tuple((kind, choice) for kind, choice in chosen.items()
                          if choice != self._loaded_signers.get(kind)),
            removed=tuple(key for key in loaded if key not in keys),
        )

    def saved(self) -> None:
        """The last :meth:`changes` were written."""
        if self._pending is not None:
            self._loaded_officials, self._loaded_head, self._loaded_signers = self._pending
            self._pending = None
