"""The questions and answers of examination minutes (BAP), as the examiner writes them.

Each question is a block: the question above, the answer below (both multi-line),
with buttons to move it up or down and to remove it; "Add a question" appends
one. The data stays what the services take: a list of (question, answer) pairs.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

#: Empty questions offered on a new minutes.
FIRST_ROWS = 3


def _edit(parent: QWidget, lines: int, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * (lines + 4) + 12)
    return edit


class QaBlock(QFrame):
    """One question and its answer."""

    move_requested = Signal(object, int)
    """Emits: this block and the step (-1 up, +1 down)."""
    remove_requested = Signal(object)
    """Emits: this block."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        self.number = QLabel(self)
        self.number.setObjectName("qaNumber")
        self.number.setStyleSheet("font-weight: 600;")
        self.question = _edit(self, 2, self.tr("Question asked by the examiner"))
        self.question.setObjectName("qaQuestion")
        self.answer = _edit(self, 4, self.tr("Answer, as spoken"))
        self.answer.setObjectName("qaAnswer")
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        self.up_button = self._tool("▲", self.tr("Move this question up"),
                                    lambda: self.move_requested.emit(self, -1))
        self.down_button = self._tool("▼", self.tr("Move this question down"),
                                      lambda: self.move_requested.emit(self, 1))
        self.remove_button = self._tool("✕", self.tr("Remove this question"),
                                        lambda: self.remove_requested.emit(self))
        for b in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(b)
        question_label = QLabel(self.tr("Question:"), self)
        question_label.setBuddy(self.question)
        answer_label = QLabel(self.tr("Answer:"), self)
        answer_label.setBuddy(self.answer)
        grid.addWidget(self.number, 0, 0)
        grid.addLayout(buttons, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(question_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.question, 1, 1)
        grid.addWidget(answer_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.answer, 2, 1)
        grid.setColumnStretch(1, 1)

    def _tool(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    def pair(self) -> tuple[str, str]:
        return self.question.toPlainText().strip(), self.answer.toPlainText().strip()


class QaEditor(QWidget):
    """The list of question blocks, scrolling, with "Add a question"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blocks: list[QaBlock] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("qaScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self.scroll_area)
        self._list = QVBoxLayout(inner)
        self._list.setContentsMargins(2, 2, 2, 2)
        self._list.addStretch(1)
        self.scroll_area.setWidget(inner)
        column.addWidget(self.scroll_area, 1)
        self.add_button = QPushButton(self.tr("&Add a question"), self)
        self.add_button.setObjectName("qaAdd")
        self.add_button.clicked.connect(lambda: self.add_question(focus=True))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        column.addLayout(row)
        self.setMinimumHeight(260)

    def set_qa(self, qa: Sequence[tuple[str, str]]) -> None:
        """Show these pairs (at least FIRST_ROWS blocks, the others empty)."""
        for block in list(self.blocks):
            self._remove(block, keep_one=False)
        for question, answer in qa:
            self.add_question(question, answer)
        while len(self.blocks) < FIRST_ROWS:
            self.add_question()

    def qa(self) -> list[tuple[str, str]]:
        """The pairs in order; blocks left wholly empty are left out."""
        return [p for p in (b.pair() for b in self.blocks) if p[0] or p[1]]

    def add_question(self, question: str = "", answer: str = "",
                     focus: bool = False) -> QaBlock:
        block = QaBlock(self)
        block.question.setPlainText(question)
        block.answer.setPlainText(answer)
        block.move_requested.connect(self.move_block)
        block.remove_requested.connect(lambda b: self._remove(b))
        self._list.insertWidget(len(self.blocks), block)
        self.blocks.append(block)
        self._renumber()
        if focus:
            block.question.setFocus()
            self.scroll_area.ensureWidgetVisible(block)
        return block

    def move_block(self, block: QaBlock, step: int) -> None:
        i = self.blocks.index(block)
        j = i + step
        if not 0 <= j < len(self.blocks):
            return
        self.blocks[i], self.blocks[j] = self.blocks[j], self.blocks[i]
        self._list.removeWidget(block)
        self._list.insertWidget(j, block)
        self._renumber()
        block.question.setFocus()

    def _remove(self, block: QaBlock, keep_one: bool = True) -> None:
        self.blocks.remove(block)
        self._list.removeWidget(block)
        block.deleteLater()
        if keep_one and not self.blocks:
            self.add_question()
        self._renumber()

    def _renumber(self) -> None:
        last = len(self.blocks) - 1
        for i, block in enumerate(self.blocks):
            block.number.setText(f"{i + 1}.")
            block.up_button.setEnabled(i > 0)
            block.down_button.setEnabled(i < last)
