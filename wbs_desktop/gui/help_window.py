"""The manual inside the app: F1 opens it, at the page of the window it was pressed in.

The pages are HTML files shipped under ``resources/help/<language>/`` (one per
screen and per procedure step, ``index.html`` the contents), written for the
office's staff; the same files are the Start-menu manual of the Windows
installer, so they link to each other with plain relative links and need no
script. The window shows them in a :class:`QTextBrowser` beside a list of page
titles; the search field keeps the pages that contain every word typed and
highlights the words in the page shown.

Context help: :class:`HelpKey` (an application event filter the main window
installs) turns F1 pressed in any of our dialogs into the page named for that
dialog's class in :data:`TOPIC_BY_WINDOW`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.gui.i18n import current_language
from wbs_desktop.paths import resource_path

INDEX = "index"

#: The page F1 opens in each window (class name → page); anything else opens the contents.
TOPIC_BY_WINDOW: dict[str, str] = {
    "MainWindow": "main-window",
    "LoginDialog": "login",
    "SubmissionDialog": "complaint-form",
    "ActionDialog": "case-actions",
    "RevealIdentityDialog": "case-detail",
    "PdfPreviewDialog": "letters",
    "AttachmentViewer": "case-detail",
    "SettingsDialog": "settings",
    "UsersDialog": "users",
    "AddUserDialog": "users",
    "ChangePasswordDialog": "users",
    "AuditLogDialog": "audit-log",
    "RestoreDialog": "backup",
    "RecoveryDialog": "backup",
    "MarkDialog": "dashboard",
    "RegisterExportDialog": "dashboard",
    "SetupWizard": "setup",
}

_TITLE = re.compile(r"<title>(.*?)</title>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class HelpPage:
    topic: str  # the file name without .html
    title: str
    text: str  # the words of the page, lower case, for the search


def help_dir(language: str) -> Path:
    return resource_path("help", language)


@cache
def help_pages(language: str) -> tuple[HelpPage, ...]:
    """The manual's pages in ``language``: the contents first, then in the contents' order."""
    folder = help_dir(language)
    index = (folder / f"{INDEX}.html").read_text(encoding="utf-8")
    order = [INDEX, *dict.fromkeys(re.findall(r'href="([a-z0-9-]+)\.html"', index))]
    pages = []
    for topic in order:
        source = (folder / f"{topic}.html").read_text(encoding="utf-8")
        match = _TITLE.search(source)
        title = html.unescape(match.group(1).strip()) if match else topic
        body = source[match.end():] if match else source
        text = _SPACE.sub(" ", html.unescape(_TAG.sub(" ", body))).strip().lower()
        pages.append(HelpPage(topic, title, text))
    return tuple(pages)


def matching(pages: tuple[HelpPage, ...], query: str) -> list[HelpPage]:
    """The pages whose title or text holds every word of ``query`` (any case), the best
    first: words in the title count most, then how often they occur. The contents page
    (only titles) comes last; with no words, every page in the contents' order."""
    words = query.lower().split()
    if not words:
        return list(pages)
    found = [p for p in pages if all(w in p.text or w in p.title.lower() for w in words)]

    def score(page: HelpPage) -> tuple[bool, int]:
        title = page.title.lower()
        weight = sum(10 * (w in title) + page.text.count(w) for w in words)
        return page.topic == INDEX, -weight

    return sorted(found, key=score)


class HelpWindow(QDialog):
    """The manual: search field and page list on the left, the page on the right."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.language = language or current_language()
        self.pages = help_pages(self.language)
        self.setWindowTitle(self.pages[0].title)  # the contents' title, in the manual's language

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search the manual…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setToolTip(self.tr("Shows the pages that contain every word typed"))
        self.page_list = QListWidget(self)
        self.page_list.setWordWrap(True)  # the steps' titles are long: wrapped, never cut
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_list.setSpacing(1)
        self.empty_label = QLabel(self.tr("No page contains these words."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(help_dir(self.language))])

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.page_list, 1)
        left_layout.addWidget(self.empty_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 700])
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.close)
        self.back_button = buttons.addButton(self.tr("&Back"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.contents_button = buttons.addButton(self.tr("&Contents"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.contents_button.clicked.connect(lambda: self.show_topic(INDEX))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(splitter)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)

        self._fill_list(list(self.pages))
        self.search_edit.textChanged.connect(self._search)
        self.page_list.currentItemChanged.connect(self._on_item)
        self.browser.sourceChanged.connect(self._on_source)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.resize(1000, 660)

    # -- pages ------------------------------------------------------------------------------

    def topic(self) -> str:
        return Path(self.browser.source().path()).stem

    def show_topic(self, topic: str) -> None:
        known = {p.topic for p in self.pages}
        target = topic if topic in known else INDEX
        self.browser.setSource(QUrl.fromLocalFile(str(help_dir(self.language) / f"{target}.html")))

    def _fill_list(self, pages: list[HelpPage]) -> None:
        current = self.topic() if not self.browser.source().isEmpty() else None
        self.page_list.blockSignals(True)
        self.page_list.clear()
        for page in pages:
            item = QListWidgetItem(page.title, self.page_list)
            item.setData(Qt.ItemDataRole.UserRole, page.topic)
            if page.topic == current:
                self.page_list.setCurrentItem(item)
        self.page_list.blockSignals(False)
        self.empty_label.setVisible(not pages)

    def _on_item(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(Qt.ItemDataRole.UserRole) != self.topic():
            self.show_topic(str(item.data(Qt.ItemDataRole.UserRole)))

    def _on_source(self, url: QUrl) -> None:
        topic = Path(url.path()).stem  # source() is not updated yet while this signal runs
        self.page_list.blockSignals(True)
        for row in range(self.page_list.count()):
            item = self.page_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == topic:
                self.page_list.setCurrentItem(item)
                break
        else:
            self.page_list.clearSelection()
        self.page_list.blockSignals(False)
        self._highlight()

    # -- search -----------------------------------------------------------------------------

    def _search(self, query: str) -> None:
        found = matching(self.pages, query)
        self._fill_list(found)
        if found and self.topic() not in {p.topic for p in found}:
            self.show_topic(found[0].topic)
        self._highlight()

    def highlighted(self) -> list[str]:
        """The highlighted stretches of the page shown (what the search marked)."""
        return [s.cursor.selectedText() for s in self.browser.extraSelections()]

    def _highlight(self) -> None:
        marks: list[QTextEdit.ExtraSelection] = []
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ffe680"))
        document = self.browser.document()
        for word in self.search_edit.text().split():
            cursor = document.find(word, 0)
            while not cursor.isNull():
                mark = QTextEdit.ExtraSelection()
                mark.cursor = cursor  # type: ignore[misc]
                mark.format = fmt  # type: ignore[misc]
                marks.append(mark)
                cursor = document.find(word, cursor, QTextDocument.FindFlag(0))
        self.browser.setExtraSelections(marks)
        if marks:
            first = QTextCursor(marks[0].cursor)
            first.clearSelection()
            self.browser.setTextCursor(first)
            self.browser.ensureCursorVisible()


def show_help(parent: QWidget | None, topic: str = INDEX) -> HelpWindow:
    """Open the manual at ``topic`` over ``parent`` (kept usable beside a modal dialog)."""
    window = HelpWindow(parent)
    window.show_topic(topic)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def topic_for(widget: QWidget | None) -> str:
    """The page for the window ``widget`` is in: the window's ``helpTopic`` property (a
    dialog made for one task), else its class's page, else the nearest owner's."""
    while widget is not None:
        window = widget.window()
        topic = window.property("helpTopic") or TOPIC_BY_WINDOW.get(type(window).__name__)
        if topic:
            return str(topic)
        widget = window.parentWidget()
    return INDEX


class HelpKey(QObject):
    """F1 in any window of ours opens the manual at that window's page.

    The main window's own F1 (its Help menu action) is ``on_owner``: the filter
    calls it when the key reaches the main window without the action's shortcut
    taking it (a window not yet active).
    """

    def __init__(self, owner: QWidget, on_owner: Callable[[], object]) -> None:
        super().__init__(owner)
        self._owner = owner
        self._on_owner = on_owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent)
                or event.key() != Qt.Key.Key_F1 or not isinstance(watched, QWidget)):
            return False
        window = watched.window()
        if isinstance(window, HelpWindow):
            return False
        if window is self._owner:
            self._on_owner()
        else:
            show_help(window, topic_for(window))
        return True


def install_help_key(owner: QWidget, on_owner: Callable[[], object]) -> HelpKey:
    """Install the F1 filter for the life of ``owner`` (the main window)."""
    key = HelpKey(owner, on_owner)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(key)
    return key
