"""The settings dialog's "Letterhead" and "Letter numbers" tabs (administrators).

The kop's lines and the logo (chosen from a file, checked by content, previewed
here, stored in the database); each numbered kind's number as fields (prefix,
classification code, unit code, month, year, digits of the sequence) with the
next number shown as it will print; each kind's default copy list (Tembusan).
Saved in one audited, certified transaction by ``LetterheadService.save`` (as
``wbs-admin settings`` does).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.domain.errors import DomainError
from wbs_desktop.domain.numbering import SEPARATORS, NumberParts
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.letters.letters_tab import kind_label
from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.services.errors import ServiceError
from wbs_desktop.services.letterhead import (
    KOP_FIELDS,
    REGISTER,
    LetterheadSettings,
    Logo,
    make_logo,
    numbered_kinds,
)

translate = QCoreApplication.translate  # this name and literal contexts: lupdate finds them

#: Preview height of the logo in the dialog (pixels).
PREVIEW_HEIGHT = 96


def letterhead_error_message(exc: ServiceError) -> str:
    """The letterhead's own refusals in the user's language; others as usual."""
    params = getattr(exc, "params", {}) or {}
    if exc.code == "letter_bad_logo":
        return {
            "too_big": translate("Letterhead", "The logo file is too large (at most 512 KB)."),
            "empty": translate("Letterhead", "The logo file is empty."),
            "bad_svg": translate("Letterhead", "The SVG file cannot be used as a logo (it is "
                                 "damaged or declares a DOCTYPE)."),
        }.get(str(params.get("reason", "")),
              translate("Letterhead", "The logo must be a PNG, JPEG or SVG image."))
    if exc.code == "kop_invalid":
        return translate("Letterhead", "The letterhead needs the agency's name, and each line "
                         "at most 200 characters.")
    if exc.code == "tembusan_invalid":
        return translate("Letterhead", "A copy list has at most 12 lines of 200 characters.")
    if exc.code == "office_name_invalid":
        return translate("Letterhead", "The office name needs 1 to 200 characters.")
    return service_error_message(exc)


class LetterheadTab(QWidget):
    """The kop's lines and the logo."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._loaded: LetterheadSettings | None = None
        self.logo: Logo | None = None  # as shown (saved only with the dialog)
        layout = QHBoxLayout(self)
        form = QFormLayout()
        labels = {
            "government": self.tr("&Government (first line):"),
            "agency": self.tr("&Agency:"),
            "address": self.tr("A&ddress:"),
            "phone": self.tr("&Telephone:"),
            "email": self.tr("&E-mail:"),
            "website": self.tr("&Website:"),
            "place": self.tr("Place of &signing:"),
            "contact": self.tr("C&ontact in the letters:"),
        }
        self.edits: dict[str, QLineEdit] = {}
        for name in (*KOP_FIELDS, "place", "contact"):
            edit = QLineEdit(self)
            edit.setObjectName(f"kop_{name}")
            edit.setMaxLength(60 if name == "place" else 200)
            self.edits[name] = edit
            label = QLabel(labels[name], self)
            label.setBuddy(edit)
            form.addRow(label, edit)
        layout.addLayout(form, 3)
        box = QGroupBox(self.tr("Logo"), self)
        column = QVBoxLayout(box)
        self.logoPreview = QLabel(box)
        self.logoPreview.setObjectName("logoPreview")
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logoPreview.setMinimumSize(PREVIEW_HEIGHT + 20, PREVIEW_HEIGHT + 10)
        self.logoCaption = QLabel(box)
        self.logoCaption.setObjectName("logoCaption")
        self.logoCaption.setWordWrap(True)
        self.logoCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chooseLogoButton = QPushButton(self.tr("&Choose image…"), box)
        self.chooseLogoButton.setObjectName("chooseLogoButton")
        self.chooseLogoButton.setToolTip(self.tr(
            "A PNG, JPEG or SVG file (at most 512 KB). It prints about 2.4 cm high at the "
            "left of the letterhead on every letter."))
        self.defaultLogoButton = QPushButton(self.tr("Use the &default emblem"), box)
        self.defaultLogoButton.setObjectName("defaultLogoButton")
        self.logoError = QLabel(box)
        self.logoError.setObjectName("logoError")
        self.logoError.setWordWrap(True)
        self.logoError.setStyleSheet("color: #a40000;")
        self.logoError.setVisible(False)
        for w in (self.logoPreview, self.logoCaption, self.chooseLogoButton,
                  self.defaultLogoButton, self.logoError):
            column.addWidget(w)
        column.addStretch(1)
        layout.addWidget(box, 1)
        self.chooseLogoButton.clicked.connect(lambda: self.choose_logo())
        self.defaultLogoButton.clicked.connect(lambda: self.set_logo(None))

    def load(self, loaded: LetterheadSettings) -> None:
        self._loaded = loaded
        for name in KOP_FIELDS:
            self.edits[name].setText(loaded.kop.get(name, ""))
        self.edits["place"].setText(loaded.place)
        self.edits["contact"].setText(loaded.contact)
        for edit in self.edits.values():  # long lines read from their start
            edit.setCursorPosition(0)
        self.edits["contact"].setToolTip(self.tr(
            "Where a reporter brings documents or asks: printed in the text of the request "
            "for completion and of the notice to the reporter."))
        self.edits["place"].setToolTip(self.tr(
            "Printed before the date of every letter, e.g. \"Kupang, 6 Desember 2026\"."))
        self.set_logo(loaded.logo)

    def choose_logo(self, path: str | None = None) -> None:
        """Ask for a file (or take ``path``), check it and show it."""
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Choose the logo"), "",
                self.tr("Images (*.png *.svg *.jpg *.jpeg)"))
            if not path:
                return
        try:
            data = Path(path).read_bytes()
        except OSError:
            self._logo_error(self.tr("The file cannot be read."))
            return
        try:
            logo = make_logo(data, Path(path).name)
        except ServiceError as exc:
            self._logo_error(letterhead_error_message(exc))
            return
        self.set_logo(logo)

    def _logo_error(self, text: str) -> None:
        self.logoError.setText(text)
        self.logoError.setVisible(True)

    def set_logo(self, logo: Logo | None) -> None:
        self.logo = logo
        self.logoError.setVisible(False)
        if logo is None:
            pixmap = _emblem_pixmap()
            self.logoCaption.setText(self.tr("The default emblem (no logo set)"))
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(QByteArray(logo.printed))
            pixmap = pixmap.scaledToHeight(PREVIEW_HEIGHT,
                                           Qt.TransformationMode.SmoothTransformation)
            self.logoCaption.setText(logo.name or logo.format.upper())
        self.logoPreview.setPixmap(pixmap)
        self.defaultLogoButton.setEnabled(logo is not None)

    def kop_typed(self) -> dict[str, str]:
        return {name: self.edits[name].text().strip() for name in KOP_FIELDS}

    def place_typed(self) -> str:
        return self.edits["place"].text().strip()

    def contact_typed(self) -> str:
        return self.edits["contact"].text().strip()

    def logo_change(self) -> Logo | bool | None:
        """What to save: the new logo, None for the default emblem, False: unchanged."""
        old = self._loaded.logo if self._loaded else None
        if (old.sha256 if old else None) == (self.logo.sha256 if self.logo else None):
            return False
        return self.logo


class NumbersTab(QWidget):
    """Per numbered kind (and the register of complaints): the number as fields,
    the next number, and the copy list."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.patterns: dict[str, str] = {}
        self.tembusan: dict[str, list[str]] = {}
        self._kind: str | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        kind_label_ = QLabel(self.tr("&Letter:"), self)
        self.kindCombo = QComboBox(self)
        self.kindCombo.setObjectName("numberKindCombo")
        kind_label_.setBuddy(self.kindCombo)
        for kind in numbered_kinds():
            self.kindCombo.addItem(
                self.tr("Register of complaints") if kind == REGISTER else kind_label(kind), kind)
        top.addWidget(kind_label_)
        top.addWidget(self.kindCombo, 1)
        layout.addLayout(top)
        body = QHBoxLayout()
        form = QFormLayout()
        self.prefixEdit = self._edit("numberPrefixEdit", self.tr("e.g. B (biasa)"))
        self.codeEdit = self._edit("numberCodeEdit", self.tr("e.g. 800.1.3.3"))
        self.unitEdit = self._edit("numberUnitEdit", self.tr("e.g. BKD"))
        self.digitsSpin = QSpinBox(self)
        self.digitsSpin.setObjectName("numberDigitsSpin")
        self.digitsSpin.setRange(1, 8)
        self.monthCombo = QComboBox(self)
        self.monthCombo.setObjectName("numberMonthCombo")
        for text, value in ((self.tr("Roman numerals (XII)"), "roman"),
                            (self.tr("Digits (12)"), "number"), (self.tr("Not shown"), "none")):
            self.monthCombo.addItem(text, value)
        self.yearCheck = QCheckBox(self.tr("Show the &year"), self)
        self.yearCheck.setObjectName("numberYearCheck")
        self.yearFirstCheck = QCheckBox(self.tr("Year &before the sequence"), self)
        self.yearFirstCheck.setObjectName("numberYearFirstCheck")
        self.separatorCombo = QComboBox(self)
        self.separatorCombo.setObjectName("numberSeparatorCombo")
        for sep in SEPARATORS:
            self.separatorCombo.addItem(sep, sep)
        for label, widget in (
            (self.tr("&Prefix:"), self.prefixEdit),
            (self.tr("Classification &code:"), self.codeEdit),
            (self.tr("Se&quence digits:"), self.digitsSpin),
            (self.tr("&Unit code:"), self.unitEdit),
            (self.tr("&Month:"), self.monthCombo),
            ("", self.yearCheck),
            ("", self.yearFirstCheck),
            (self.tr("&Separator:"), self.separatorCombo),
        ):
            if label:
                lbl = QLabel(label, self)
                lbl.setBuddy(widget)
                form.addRow(lbl, widget)
            else:
                form.addRow(widget)
        self.previewLabel = QLabel(self)
        self.previewLabel.setObjectName("numberPreviewLabel")
        self.previewLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.previewLabel.setWordWrap(True)
        form.addRow(self.tr("Next number:"), self.previewLabel)
        self.customLabel = QLabel(self)
        self.customLabel.setObjectName("numberCustomLabel")
        self.customLabel.setWordWrap(True)
        form.addRow(self.customLabel)
        body.addLayout(form, 1)
        copies = QVBoxLayout()
        self.tembusanLabel = QLabel(self.tr("Default &copies (Tembusan Yth.), one a line:"), self)
        self.tembusanEdit = QPlainTextEdit(self)
        self.tembusanEdit.setObjectName("tembusanEdit")
        self.tembusanLabel.setBuddy(self.tembusanEdit)
        copies.addWidget(self.tembusanLabel)
        copies.addWidget(self.tembusanEdit, 1)
        body.addLayout(copies, 1)
        layout.addLayout(body, 1)
        self.kindCombo.currentIndexChanged.connect(lambda _i: self._show_kind())
        for edit in (self.prefixEdit, self.codeEdit, self.unitEdit):
            edit.textChanged.connect(lambda _t: self._fields_changed())
        self.digitsSpin.valueChanged.connect(lambda _v: self._fields_changed())
        for combo in (self.monthCombo, self.separatorCombo):
            combo.currentIndexChanged.connect(lambda _i: self._fields_changed())
        for check in (self.yearCheck, self.yearFirstCheck):
            check.toggled.connect(lambda _c: self._fields_changed())

    def _edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(40)
        edit.setPlaceholderText(placeholder)
        return edit

    def load(self, loaded: LetterheadSettings) -> None:
        self.patterns = dict(loaded.patterns)
        self.tembusan = {k: list(v) for k, v in loaded.tembusan.items()}
        self._kind = None
        self._show_kind()

    def _store_shown(self) -> None:
        if self._kind is not None and self._kind != REGISTER:
            self.tembusan[self._kind] = [
                line.strip() for line in self.tembusanEdit.toPlainText().splitlines()
                if line.strip()]

    def _show_kind(self) -> None:
        self._store_shown()
        kind = str(self.kindCombo.currentData())
        self._kind = None  # no field signal writes while the kind is being shown
        pattern = self.patterns.get(kind, "")
        parts = NumberParts.from_pattern(pattern)
        widgets = (self.prefixEdit, self.codeEdit, self.unitEdit, self.digitsSpin,
                   self.monthCombo, self.yearCheck, self.yearFirstCheck, self.separatorCombo)
        for w in widgets:
            w.setEnabled(parts is not None)
            w.blockSignals(True)
        if parts is not None:
            self.prefixEdit.setText(parts.prefix)
            self.codeEdit.setText(parts.code)
            self.unitEdit.setText(parts.unit)
            self.digitsSpin.setValue(parts.seq_width)
            self.monthCombo.setCurrentIndex(self.monthCombo.findData(parts.month))
            self.yearCheck.setChecked(parts.year)
            self.yearFirstCheck.setChecked(parts.year_first)
            self.separatorCombo.setCurrentIndex(self.separatorCombo.findData(parts.separator))
            self.customLabel.setVisible(False)
        else:
            self.customLabel.setText(self.tr(
                "This number was set with wbs-admin as %1 and cannot be shown as fields; "
                "change it there.").replace("%1", pattern))
            self.customLabel.setVisible(True)
        for w in widgets:
            w.blockSignals(False)
        register = kind == REGISTER
        self.tembusanEdit.setEnabled(not register)
        self.tembusanEdit.setPlainText("" if register else "\n".join(self.tembusan.get(kind, [])))
        self._kind = kind
        self._preview()

    def parts_typed(self) -> NumberParts:
        return NumberParts(
            prefix=self.prefixEdit.text().strip(),
            code=self.codeEdit.text().strip(),
            seq_width=self.digitsSpin.value(),
            unit=self.unitEdit.text().strip(),
            month=str(self.monthCombo.currentData()),
            year=self.yearCheck.isChecked(),
            year_first=self.yearFirstCheck.isChecked() and self.yearCheck.isChecked(),
            separator=str(self.separatorCombo.currentData()),
        )

    def _fields_changed(self) -> None:
        if self._kind is None:
            return
        self.yearFirstCheck.setEnabled(self.yearCheck.isChecked())
        try:
            self.patterns[self._kind] = self.parts_typed().to_pattern()
        except DomainError:
            self.previewLabel.setText(self.tr("(a field holds { or }: not allowed)"))
            self.previewLabel.setStyleSheet("color: #a40000;")
            return
        self._preview()

    def _preview(self) -> None:
        if self._kind is None:
            return
        try:
            number = self._controller.letterhead().preview_number(
                self._kind, self.patterns[self._kind])
        except ServiceError as exc:
            self.previewLabel.setText(letterhead_error_message(exc))
            self.previewLabel.setStyleSheet("color: #a40000;")
            return
        self.previewLabel.setText(f"<b>{_escape(number)}</b>")
        self.previewLabel.setStyleSheet("")

    def typed(self) -> tuple[dict[str, str], dict[str, list[str]]]:
        self._store_shown()
        return dict(self.patterns), {k: list(v) for k, v in self.tembusan.items()}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _emblem_pixmap() -> QPixmap:
    """The default emblem as the letters draw it, rendered from its PDF."""
    from PySide6.QtCore import QBuffer, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    from wbs_desktop.letters.emblem import emblem_pdf

    buffer = QBuffer()
    buffer.setData(QByteArray(emblem_pdf()))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    image = document.render(0, QSize(round(PREVIEW_HEIGHT / 1.2), PREVIEW_HEIGHT))
    document.close()
    return QPixmap.fromImage(image)
