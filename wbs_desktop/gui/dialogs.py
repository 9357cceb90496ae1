"""Small dialogs and message boxes, with every button text translated.

Qt ships no Indonesian translation of its own buttons, so the standard
``QMessageBox``/``QInputDialog`` texts are set here through ``tr``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from wbs_desktop.gui.forms.ui_reveal_identity import Ui_RevealIdentityDialog


def message(parent: QWidget | None, title: str, text: str,
            icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    message(parent, title or QCoreApplication.translate("Dialogs", "WBS Desktop"), text,
            QMessageBox.Icon.Warning)


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """A question with two explicit answers; True for ``yes``."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def ask_text(parent: QWidget | None, title: str, label: str, *, password: bool = False,
             text: str = "") -> str | None:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password if password else QLineEdit.EchoMode.Normal)
    dialog.setOkButtonText(QCoreApplication.translate("Dialogs", "OK"))
    dialog.setCancelButtonText(QCoreApplication.translate("Dialogs", "Cancel"))
    dialog.resize(420, dialog.sizeHint().height())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


class RevealIdentityDialog(QDialog):
    """Asks why the reporter's identity is needed; refuses to go on without a reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RevealIdentityDialog()
        self.ui.setupUi(self)
        self.ui.showButton.clicked.connect(self._on_show)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.reasonEdit.textChanged.connect(lambda: self.ui.reasonError.setVisible(False))

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText().strip()

    def _on_show(self) -> None:
        if len(self.reason()) < 5:
            self.ui.reasonError.setText(self.tr(
                "Write why you need to see the identity (at least a few words)."))
            self.ui.reasonError.setVisible(True)
            self.ui.reasonEdit.setFocus()
            return
        self.accept()
