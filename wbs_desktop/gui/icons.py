"""Toolbar icons: ``resources/icons/<name>.svg`` when shipped, else the style's own."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle

from wbs_desktop.paths import resource_path

_FALLBACK = {
    "new": QStyle.StandardPixmap.SP_FileIcon,
    "find": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "refresh": QStyle.StandardPixmap.SP_BrowserReload,
    "users": QStyle.StandardPixmap.SP_DirHomeIcon,
    "settings": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "lock": QStyle.StandardPixmap.SP_DialogNoButton,
    "logout": QStyle.StandardPixmap.SP_DialogCloseButton,
    "about": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def icon(name: str, style: QStyle) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    if path.is_file():
        return QIcon(str(path))
    return style.standardIcon(_FALLBACK.get(name, QStyle.StandardPixmap.SP_FileIcon))
