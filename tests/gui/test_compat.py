"""The PySide6 6.12 / CPython 3.11 reference-count work-around (wbs_desktop.gui.compat)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

import wbs_desktop.gui  # noqa: F401 - applies the work-around
from wbs_desktop.gui.compat import BALLAST


class _Model(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 10

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return None


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal on 3.12+")
def test_singletons_carry_the_ballast() -> None:
    assert sys.getrefcount(None) > BALLAST // 2
    assert sys.getrefcount(True) > BALLAST // 2
    assert sys.getrefcount(False) > BALLAST // 2


def test_many_calls_from_cpp_into_python_do_not_kill_the_interpreter(qapp) -> None:  # type: ignore[no-untyped-def]
    model = _Model()
    for i in range(200_000):  # far more than None's natural reference count
        assert model.index(i % 10).data() is None
