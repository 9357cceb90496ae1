"""The walk test: every window and dialog of the app fits a 1366×768 screen.

An office monitor of 1366×768 with the Windows taskbar leaves 1366×728 for
windows (the title bar comes out of that). In BOTH languages this test opens
the main window (a case selected) and every dialog, and checks that

* the window fits the available geometry (its size, its size hint and its
  minimum size), so no button ends up below the screen;
* no label, button or check box is cut: its text needs no more width than it
  has (or the label wraps, and then its wrapped height fits), and it lies
  inside the window (scroll areas excepted: their content scrolls);
* every tab bar shows all its tabs (no scroll arrows, no elided titles), each
  tab page checked in turn.

Dialogs are found systematically: every ``QDialog`` subclass defined in
``wbs_desktop.gui`` must have at least one entry in ``WALK`` below, so a new
dialog without an entry fails ``test_every_dialog_class_is_walked``. To add
one, write a function ``(walk) -> QWidget`` that opens it from the walk's
main window (as the user would: a menu action, a button) or builds it with
the window as parent, and decorate it with ``@walked(TheDialogClass)``.

With ``WBS_SHOTS=/some/folder`` set, a screenshot of each is saved there
(``<name>-<language>.png``).
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QTabBar,
    QTabWidget,
    QToolBar,
    QWidget,
    QWizard,
)

import wbs_desktop.gui
from tests.gui.conftest import ADMIN, Walk
from wbs_desktop.gui.case.case_model import Column
from wbs_desktop.gui.main_window import MainWindow

SCREEN = QSize(1366, 768)
AVAILABLE = QRect(0, 0, 1366, 728)  # the screen above a Windows taskbar (40 px)
TITLE_BAR = 31  # a Windows 10/11 title bar at 100 %
LANGUAGES = ("id", "en")


@dataclass(frozen=True)
class Entry:
    name: str
    cls: type[QWidget]
    open: Callable[[Walk], QWidget]


WALK: list[Entry] = []


def walked(cls: type[QWidget], name: str = "") -> Callable[[Callable[[Walk], QWidget]],
                                                            Callable[[Walk], QWidget]]:
    def register(fn: Callable[[Walk], QWidget]) -> Callable[[Walk], QWidget]:
        WALK.append(Entry(name or fn.__name__, cls, fn))
        return fn
    return register


# --- the registry: one entry (at least) per dialog ------------------------------------

from wbs_desktop.gui.admin.audit_log import AuditLogDialog  # noqa: E402
from wbs_desktop.gui.admin.backup_dialogs import RestoreDialog  # noqa: E402
from wbs_desktop.gui.admin.settings_dialog import SettingsDialog  # noqa: E402
from wbs_desktop.gui.admin.users import AddUserDialog, UsersDialog  # noqa: E402
from wbs_desktop.gui.case.action_dialog import ActionDialog  # noqa: E402
from wbs_desktop.gui.case.attachment_viewer import AttachmentViewer  # noqa: E402
from wbs_desktop.gui.case.front_desk import FrontDeskDialog  # noqa: E402
from wbs_desktop.gui.case.mark_dialog import MarkDialog  # noqa: E402
from wbs_desktop.gui.case.submission import SubmissionDialog  # noqa: E402
from wbs_desktop.gui.dialogs import RevealIdentityDialog  # noqa: E402
from wbs_desktop.gui.help_window import HelpWindow  # noqa: E402
from wbs_desktop.gui.letters.printing import PdfPreviewDialog  # noqa: E402
from wbs_desktop.gui.reports.dashboard import Dashboard  # noqa: E402
from wbs_desktop.gui.reports.reports_menu import RegisterExportDialog  # noqa: E402
from wbs_desktop.gui.session.change_password import ChangePasswordDialog  # noqa: E402
from wbs_desktop.gui.session.login import LoginDialog  # noqa: E402
from wbs_desktop.gui.session.recovery_dialog import RecoveryDialog  # noqa: E402
from wbs_desktop.gui.session.setup_wizard import SetupWizard  # noqa: E402


@walked(MainWindow)
def main_window(walk: Walk) -> QWidget:
    return walk.window


@walked(SubmissionDialog)
def complaint_form(walk: Walk) -> QWidget:
    walk.window.new_action.trigger()
    dialog = walk.window._submission
    assert dialog is not None
    return dialog


@walked(FrontDeskDialog)
def tracking_look_up(walk: Walk) -> QWidget:
    """The front desk's look-up, with a case's status shown (its longest text)."""
    from tests.gui.conftest import complaint

    code = walk.controller._ws.cases.submit(complaint()).tracking_code
    walk.window.show_tracking_status(code)
    dialog = walk.window.front_desk
    assert dialog is not None
    deadline = time.monotonic() + 20
    while dialog.busy:
        assert time.monotonic() < deadline, "the look-up did not finish"
        _process()
    return dialog


@walked(LoginDialog)
def login(walk: Walk) -> QWidget:
    return LoginDialog(walk.controller, walk.window, username=ADMIN)


@walked(LoginDialog)
def lock_screen(walk: Walk) -> QWidget:
    return LoginDialog(walk.controller, walk.window, username=ADMIN, locked=True)


@walked(RecoveryDialog)
def recovery(walk: Walk) -> QWidget:
    return RecoveryDialog(walk.controller, walk.window)


@walked(UsersDialog)
def users(walk: Walk) -> QWidget:
    return UsersDialog(walk.controller, walk.window)


@walked(AddUserDialog)
def add_user(walk: Walk) -> QWidget:
    return AddUserDialog(walk.controller, walk.window)


@walked(SettingsDialog)
def settings(walk: Walk) -> QWidget:
    return SettingsDialog(walk.controller, walk.window)


@walked(AuditLogDialog)
def audit_log(walk: Walk) -> QWidget:
    return AuditLogDialog(walk.controller, walk.window)


@walked(MarkDialog)
def mark(walk: Walk) -> QWidget:
    return MarkDialog(walk.controller, walk.case_id, walk.window)


@walked(RestoreDialog)
def restore(walk: Walk) -> QWidget:
    return RestoreDialog(walk.controller, walk.window)


@walked(ChangePasswordDialog)
def change_password(walk: Walk) -> QWidget:
    return ChangePasswordDialog(walk.controller, walk.window)


@walked(SetupWizard)
def setup_wizard(walk: Walk) -> QWidget:
    return SetupWizard(walk.controller)


@walked(RevealIdentityDialog)
def reveal_identity(walk: Walk) -> QWidget:
    return RevealIdentityDialog(walk.window)


@walked(HelpWindow)
def manual(walk: Walk) -> QWidget:
    walk.window.help_action.trigger()  # F1
    manual = walk.window._help
    assert manual is not None
    return manual


@walked(RegisterExportDialog)
def register_export(walk: Walk) -> QWidget:
    return RegisterExportDialog(2001, walk.window)


@walked(AttachmentViewer)
def attachment_text(walk: Walk) -> QWidget:
    return AttachmentViewer("catatan.txt", b"Isi lampiran\n" * 80, walk.window)


@walked(Dashboard)
def dashboard(walk: Walk) -> QWidget:
    walk.window.reports.show_dashboard()
    board = walk.window.reports.dashboard
    assert board is not None
    # The figures are counted off the GUI thread: checked (and shot) once they
    # and the charts' heights are in, not the empty board before them.
    deadline = time.monotonic() + 20
    while board.busy and time.monotonic() < deadline:
        _process()
    assert not board.busy, "the dashboard's figures did not come"
    return board


@walked(PdfPreviewDialog)
def letter_preview(walk: Walk) -> QWidget:
    tab = walk.window.detail.letters_tab
    info = walk.controller.letters().receipt(walk.case_id)
    walk.window.detail.show_case(walk.case_id)
    tab.select_letter(info.id)
    dialog = tab.preview()
    assert dialog is not None
    return dialog


@walked(ActionDialog)
def hearing(walk: Walk) -> QWidget:
    dialog = walk.window.detail.hearings_tab.schedule()
    assert dialog is not None
    return dialog


@walked(ActionDialog)
def minutes(walk: Walk) -> QWidget:
    tab = walk.window.detail.hearings_tab
    tab.table.selectRow(0)
    dialog = tab.record_minutes()
    assert dialog is not None
    return dialog


@walked(ActionDialog)
def assign(walk: Walk) -> QWidget:
    dialog = walk.window.detail.case_actions.assign()
    assert dialog is not None
    return dialog


@walked(ActionDialog)
def conclude(walk: Walk) -> QWidget:
    dialog = walk.window.detail.case_actions.conclude()
    assert dialog is not None
    return dialog


@walked(ActionDialog)
def add_witness(walk: Walk) -> QWidget:
    dialog = walk.window.detail.witnesses.add_witness()
    assert dialog is not None
    return dialog


@walked(ActionDialog)
def summons_letter(walk: Walk) -> QWidget:
    tab = walk.window.detail.hearings_tab
    hearing_id = walk.window.detail.detail.hearings[0].id  # type: ignore[union-attr]
    dialog = walk.window.detail.letters_tab.generate_for_hearing(hearing_id)
    assert tab is not None and dialog is not None
    return dialog


def _case_action(name: str) -> Callable[[Walk], QWidget]:
    def open_it(walk: Walk) -> QWidget:
        dialog = getattr(walk.window.detail.case_actions, name)()
        assert dialog is not None, name
        return dialog  # type: ignore[no-any-return]
    return open_it


for _name in ("start_verification", "mark_complete", "request_information", "record_reply",
              "to_clarification", "to_examination", "close_case", "reopen"):
    walked(ActionDialog, _name)(_case_action(_name))


@walked(ActionDialog)
def examination_team(walk: Walk) -> QWidget:
    dialog = walk.window.detail.letters_tab.edit_team()
    assert dialog is not None
    return dialog


@walked(FrontDeskDialog)
def front_desk(walk: Walk) -> QWidget:
    walk.window.show_tracking_status("")  # Case ▸ Find by tracking code (Ctrl+T)
    dialog = walk.window.front_desk
    assert dialog is not None
    return dialog


@walked(ActionDialog)
def print_hearing_day(walk: Walk) -> QWidget:
    walk.window.print_day_action.trigger()
    dialog = walk.window._print_day_dialog
    assert dialog is not None
    return dialog


# --- the checks ---------------------------------------------------------------------


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def cut_texts(top: QWidget) -> list[str]:
    """Labels, buttons and tab bars of ``top`` whose text does not fit."""
    problems: list[str] = []
    for label in top.findChildren(QLabel):
        if not _shown(label, top) or not label.text() or (label.pixmap() is not None \
                and not label.pixmap().isNull()):
            continue
        name = label.objectName() or label.text()[:50]
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                problems.append(f"label {name!r} wraps to {need} px high in {label.height()}")
            elif label.minimumSizeHint().width() > label.width() + 1:
                problems.append(f"label {name!r}: a word needs "
                                f"{label.minimumSizeHint().width()} px, has {label.width()}")
        elif label.sizeHint().width() > label.width() + 1:
            problems.append(f"label {name!r} needs {label.sizeHint().width()} px, "
                            f"has {label.width()}")
        problems += _outside(label, top, name)
    for button in top.findChildren(QAbstractButton):
        if not _shown(button, top) or not button.text() or isinstance(
                button.parentWidget(), (QTabBar, QToolBar)):
            continue
        name = button.objectName() or button.text()
        if button.sizeHint().width() > button.width() + 1:
            problems.append(f"button {name!r} needs {button.sizeHint().width()} px, "
                            f"has {button.width()}")
        problems += _outside(button, top, name)
    for listing in top.findChildren(QListWidget):  # lists that cannot scroll sideways
        if not _shown(listing, top) or listing.wordWrap() or \
                listing.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            continue
        room = listing.viewport().width()
        for i in range(listing.count()):
            rect = listing.visualItemRect(listing.item(i))
            need = listing.sizeHintForIndex(listing.model().index(i, 0)).width()
            if rect.x() + need > room + 1:
                problems.append(f"list item {listing.item(i).text()!r} needs {need} px, "
                                f"the list shows {room}")
    for bar in top.findChildren(QTabBar):
        if not _shown(bar, top):
            continue
        titles = [bar.tabText(i) for i in range(bar.count())]
        last = bar.tabRect(bar.count() - 1)
        if bar.count() and (last.right() > bar.width() or any(
                bar.tabRect(i).width() < bar.tabSizeHint(i).width() for i in range(bar.count()))):
            problems.append(f"tabs {titles} need {bar.sizeHint().width()} px, "
                            f"have {bar.width()}")
    return problems


def _outside(widget: QWidget, top: QWidget, name: str) -> list[str]:
    if _in_scroll_area(widget, top):
        return []
    place = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
    if not top.rect().contains(place):
        return [f"{name!r} lies outside the window ({place} in {top.rect()})"]
    return []


def fit_problems(top: QWidget) -> list[str]:
    box = QSize(AVAILABLE.width(), AVAILABLE.height() - TITLE_BAR)
    problems = []
    sizes = [("size", top.size()),
             ("minimum size", top.minimumSizeHint().expandedTo(top.minimumSize()))]
    if not isinstance(top, MainWindow):  # (sized by the app itself, never to its hint)
        sizes.append(("size hint", top.sizeHint()))
    for what, size in sizes:
        if size.width() > box.width() or size.height() > box.height():
            problems.append(f"{what} {size.width()}×{size.height()} exceeds "
                            f"{box.width()}×{box.height()}")
    return problems


def _pages(top: QWidget) -> Iterator[str]:
    """Show each page of each tab widget (and of a wizard) in turn."""
    if isinstance(top, QWizard):
        for page_id in top.pageIds():
            top.setStartId(page_id)
            top.restart()
            yield f"page {top.currentPage().title()!r}"
        top.setStartId(top.pageIds()[0])
        top.restart()
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisibleTo(top):
            continue
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            if tabs.isTabVisible(i):
                tabs.setCurrentIndex(i)
                yield f"tab {tabs.tabText(i)!r}"
        tabs.setCurrentIndex(current)
    yield ""


def _process() -> None:
    for _ in range(3):
        QApplication.processEvents()
        time.sleep(0.01)


def check(top: QWidget, name: str, language: str) -> list[str]:
    if not top.isVisible():
        top.show()
    _process()
    problems = [f"{name}: {p}" for p in fit_problems(top)]
    widths: set[int] = set()
    for page in _pages(top):
        _process()
        where = f"{name} {page}".rstrip()
        problems += [f"{where}: {p}" for p in cut_texts(top)]
        if isinstance(top, MainWindow):
            widths.add(top.detail.width())
    if isinstance(top, MainWindow):
        problems += [f"{name}: {p}" for p in table_problems(top)]
        if len(widths) > 1:
            problems.append(f"{name}: the detail pane's width changes between tabs: {widths}")
    shots = os.environ.get("WBS_SHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        top.grab().save(str(Path(shots) / f"{name}-{language}.png"))
    return problems


def table_problems(window: MainWindow) -> list[str]:
    """The default columns (due date and channel included) fit the table beside the case."""
    view = window.table.view
    header = view.horizontalHeader()
    room = view.viewport().width()
    problems = []
    for column in (Column.DUE, Column.CHANNEL):
        if header.isSectionHidden(column):
            problems.append(f"column {column.name} hidden")
            continue
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        if right > room:
            problems.append(f"column {column.name} ends at {right} px, the table shows {room}")
    used = sum(header.sectionSize(c) for c in Column if not header.isSectionHidden(c))
    if used > room + 1:
        problems.append(f"the columns need {used} px, the table shows {room}")
    model = window.model
    for row in range(model.rowCount()):
        for column in Column:
            if header.isSectionHidden(column):
                continue
            index = model.index(row, column)
            text = str(model.data(index) or "")
            font = model.data(index, Qt.ItemDataRole.FontRole) or view.font()
            need = QFontMetrics(font).horizontalAdvance(text) + 12
            if need > header.sectionSize(column) and column in (Column.DUE, Column.REGISTER,
                                                                 Column.RECEIVED):
                problems.append(f"column {column.name}: {text!r} cut "
                                f"({need} px in {header.sectionSize(column)})")
    return problems


# --- the walk -----------------------------------------------------------------------


@pytest.mark.parametrize("walk", LANGUAGES, indirect=True)
def test_every_window_fits_1366x768_and_no_text_is_cut(walk: Walk, modals) -> None:  # type: ignore[no-untyped-def]
    from wbs_desktop.gui.i18n import current_language

    modals.allowed = True  # a dialog may say something on opening (e.g. no backups yet)
    language = current_language()
    problems: list[str] = []
    for entry in WALK:
        widget = entry.open(walk)
        assert isinstance(widget, entry.cls), (entry.name, type(widget))
        try:
            problems += check(widget, entry.name, language)
        finally:
            if widget is not walk.window:
                widget.close()
                if isinstance(widget, QDialog):
                    widget.setResult(0)
                widget.deleteLater()
            _process()
    assert not problems, "\n".join(problems)


def _dialog_classes() -> set[type[QWidget]]:
    for module in pkgutil.walk_packages(wbs_desktop.gui.__path__, "wbs_desktop.gui."):
        if module.name.rsplit(".", 1)[1] in ("smoke", "translations_build"):
            continue  # scripts, not windows
        importlib.import_module(module.name)
    found: set[type[QWidget]] = set()
    for name, module in list(__import__("sys").modules.items()):
        if not name.startswith("wbs_desktop.gui."):
            continue
        for _n, obj in inspect.getmembers(module, inspect.isclass):
            if obj.__module__ == name and issubclass(obj, QDialog):
                found.add(obj)
    return found


def test_every_dialog_class_is_walked() -> None:
    walked_classes = {e.cls for e in WALK}
    missing = sorted(c.__module__ + "." + c.__qualname__
                     for c in _dialog_classes() - walked_classes)
    assert not missing, f"dialogs without an entry in WALK (in {__file__}): {missing}"


def test_the_checks_find_what_does_not_fit(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The walk's checks can fail: a clipped label, a wrapped one squeezed, a
    button too narrow, tabs behind arrows, a window taller than the screen."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    column = QVBoxLayout(dialog)
    cut = QLabel("Nomor register pengaduan yang panjang sekali", dialog)
    cut.setFixedWidth(60)
    squeezed = QLabel("Kata " * 40, dialog)
    squeezed.setWordWrap(True)
    squeezed.setFixedSize(120, 20)
    button = QPushButton("Simpan sebagai Excel…", dialog)
    button.setFixedWidth(40)
    tabs = QTabWidget(dialog)
    for title in ("Ringkasan", "Riwayat", "Pemeriksaan", "Surat", "Catatan", "Lampiran"):
        tabs.addTab(QWidget(), title)
    tabs.setFixedWidth(200)
    for w in (cut, squeezed, button, tabs):
        column.addWidget(w)
    dialog.resize(700, 900)
    problems = check(dialog, "sample", "id")
    text = "\n".join(problems)
    assert "size 700×900 exceeds 1366×697" in text
    assert "label 'Nomor register" in text
    assert "wraps to" in text
    assert "button 'Simpan sebagai Excel…'" in text
    assert "tabs ['Ringkasan'" in text
