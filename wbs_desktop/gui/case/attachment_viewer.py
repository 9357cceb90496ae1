"""An attachment shown inside the app, from memory: PDFs in a PDF view, pictures
with zoom, plain text read-only. Nothing decrypted is written to disk unless the
user saves it where they choose (0600)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.domain.attachments import kind_of
from wbs_desktop.files import write_private_bytes


def save_attachment(parent: QWidget, name: str, data: bytes) -> str | None:
    """Ask where, then write the decrypted file there (0600). None: cancelled/failed."""
    path, _f = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("AttachmentViewer", "Save the attachment"), name)
    if not path:
        return None
    write_private_bytes(path, data)
    return path


class AttachmentViewer(QDialog):
    ZOOM_STEP = 1.25

    def __init__(self, name: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Attachment: %1").replace("%1", name))
        self.name = name
        self._data = data
        self.kind = kind_of(name)
        self._zoom = 1.0
        self._image: QImage | None = None
        self.pdf_view: QPdfView | None = None
        self.image_label: QLabel | None = None
        self.text_view: QPlainTextEdit | None = None
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        if self.kind == "pdf":
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document = QPdfDocument(self)
            self.document.load(self._buffer)
            self.pdf_view = QPdfView(self)
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.pdf_view.setDocument(self.document)
            layout.addWidget(self.pdf_view, 1)
        elif self.kind in ("jpeg", "png", "tiff"):
            self._image = QImage.fromData(data)
            self.image_label = QLabel(self)
            self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            scroll = QScrollArea(self)
            scroll.setWidget(self.image_label)
            scroll.setWidgetResizable(True)
            layout.addWidget(scroll, 1)
            for text, factor in (("−", 1 / self.ZOOM_STEP), ("+", self.ZOOM_STEP)):
                button = QPushButton(text, self)
                button.setToolTip(self.tr("Zoom out") if factor < 1 else self.tr("Zoom in"))
                button.clicked.connect(lambda _c=False, f=factor: self.zoom_by(f))
                buttons.addWidget(button)
            fit = QPushButton(self.tr("Actual size"), self)
            fit.clicked.connect(lambda: self.set_zoom(1.0))
            buttons.addWidget(fit)
            self.set_zoom(1.0)
        else:
            self.text_view = QPlainTextEdit(self)
            self.text_view.setReadOnly(True)
            self.text_view.setPlainText(data.decode("utf-8-sig", "replace"))
            layout.addWidget(self.text_view, 1)
        buttons.addStretch(1)
        save = QPushButton(self.tr("&Save a copy…"), self)
        save.clicked.connect(lambda: save_attachment(self, self.name, self._data))
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.close)
        buttons.addWidget(save)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(900, 680)

    @property
    def zoom(self) -> float:
        return self._zoom

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self._zoom * factor)

    def set_zoom(self, zoom: float) -> None:
        if self._image is None or self.image_label is None:
            return
        self._zoom = max(0.05, min(16.0, zoom))
        size = self._image.size() * self._zoom
        self.image_label.setPixmap(QPixmap.fromImage(self._image).scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
