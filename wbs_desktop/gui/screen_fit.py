"""Windows sized for the office's 1366×768 monitors (1366×728 above the taskbar).

A window's default size is chosen to fit that screen; ``fit_to_screen`` also
shrinks it on a smaller one, so no button ends up below the screen. The walk
test (tests/gui/test_layout_walk.py) checks every window against it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

#: Room for a window's title bar (Windows 10/11 at 100 %).
TITLE_BAR = 31
#: The client area of a maximised window on a 1366×768 screen above a 40-pixel taskbar.
OFFICE_SCREEN = QSize(1366, 728 - TITLE_BAR)


def available_size(widget: QWidget | None = None) -> QSize:
    """The room a window's contents have on the widget's screen (title bar taken off)."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    if screen is None:
        return OFFICE_SCREEN
    area = screen.availableGeometry()
    return QSize(area.width(), max(200, area.height() - TITLE_BAR))


def fit_to_screen(window: QWidget, wanted: QSize) -> None:
    """Resize ``window`` to ``wanted``, but never past the office screen or its own screen."""
    room = available_size(window).boundedTo(OFFICE_SCREEN)
    window.resize(wanted.boundedTo(room).expandedTo(window.minimumSize()))



def pad_form_labels(root: QWidget, pixels: int = 3) -> None:
    """Give the labels of ``root``'s forms a few pixels beside their text.

    A label column is exactly as wide as its widest label's measured text, and
    a glyph that overhangs its advance (the "n" of "Telepon" in DejaVu Sans)
    loses its last pixel against the field beside it."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and not label.wordWrap():
                label.setMinimumWidth(label.sizeHint().width() + pixels)
