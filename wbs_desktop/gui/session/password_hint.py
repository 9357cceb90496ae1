"""The line under a new password that says, while it is typed, why it would be
refused (or that it is strong enough) — in the setup wizard, the add-user, the
change-password and the recovery dialogs. The rule is the services' own
(``domain.passwords``), so what the line accepts the services accept."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from wbs_desktop.gui.messages import password_policy_message

_REFUSED_STYLE = "color: #b3261e;"
_ACCEPTED_STYLE = "color: #1b6e3a;"

#: () -> (user name, the user's names and the office's name): the words a guesser tries.
ContextFn = Callable[[], tuple[str, Sequence[str]]]


class PasswordHint(QLabel):
    """Follows ``edit``; hidden while it is empty."""

    def __init__(self, edit: QLineEdit, context: ContextFn, parent: QWidget | None = None) -> None:
        super().__init__(parent or edit.parentWidget())
        self.setObjectName("passwordStrengthHint")
        self.setWordWrap(True)
        self._edit = edit
        self._context = context
        self.setVisible(False)
        edit.textChanged.connect(self.refresh)

    @property
    def accepted(self) -> bool:
        return self.styleSheet() == _ACCEPTED_STYLE

    def refresh(self) -> None:
        from wbs_desktop.domain.passwords import password_problem

        password = self._edit.text()
        if not password:
            self.setVisible(False)
            return
        username, personal = self._context()
        problem = password_problem(password, username=username, personal=personal)
        if problem is None:
            self.setStyleSheet(_ACCEPTED_STYLE)
            self.setText(QCoreApplication.translate("Messages", "Strong enough."))
        else:
            self.setStyleSheet(_REFUSED_STYLE)
            self.setText(password_policy_message(problem))
        self.setVisible(True)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """A wrapped label in a form row is given one line's height unless it asks
        for more (QFormLayout does not follow heightForWidth everywhere)."""
        if self.width() > 0:  # (-1 while the label has no text: no minimum then)
            self.setMinimumHeight(max(0, self.heightForWidth(self.width())))
            self.updateGeometry()


def add_password_hint(form: QFormLayout, edit: QLineEdit, context: ContextFn) -> PasswordHint:
    """Put a :class:`PasswordHint` in the row under ``edit`` of ``form``."""
    hint = PasswordHint(edit, context)
    position = form.getWidgetPosition(edit)
    row = int(position[0])  # type: ignore[index]
    form.insertRow(row + 1, "", hint)
    return hint
