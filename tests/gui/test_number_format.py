"""Numbers are written the way the UI language writes them: 2.001 in Indonesian, 2,001 in
English — in the status bar, the dashboard's tiles, money in the detail and the tables."""

from __future__ import annotations

import pytest

from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.i18n import init_translations
from wbs_desktop.gui.labels import format_count, format_rupiah
from wbs_desktop.gui.main_window import MainWindow
from wbs_desktop.gui.reports.dashboard import NumberTile

CASES = {"id": "3 dari 2.001 kasus", "en": "3 of 2,001 cases"}
TILE = {"id": "12.345", "en": "12,345"}
MONEY = {"id": "Rp 2.500.000", "en": "Rp 2,500,000"}


@pytest.mark.parametrize("language", ["id", "en"])
def test_numbers_follow_the_ui_language(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    init_translations(qapp, language)
    assert format_count(2001) == CASES[language].split()[2]
    assert format_count(12) == "12"
    assert format_rupiah(2_500_000) == MONEY[language]
    tile = NumberTile("received")
    tile.set_value(12_345)
    assert tile.text().splitlines()[0] == TILE[language]


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_status_bar_counts_in_the_ui_language(  # type: ignore[no-untyped-def]
        qtbot, qapp, controller: Controller, cases: list[str], language: str) -> None:
    init_translations(qapp, language)
    w = MainWindow(controller)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: not w.searching and w.model.rowCount() == 3, timeout=20_000)
    w._total = 2001  # as if the office held 2,001 cases and the filter showed three
    w._update_status()
    assert w.count_label.text() == CASES[language]


def test_switching_back_to_indonesian_restores_its_separator(qapp) -> None:  # type: ignore[no-untyped-def]
    init_translations(qapp, "en")
    assert format_count(1_000_000) == "1,000,000"
    init_translations(qapp, "id")
    assert format_count(1_000_000) == "1.000.000"


@pytest.mark.parametrize("language", ["id", "en"])
def test_counts_inside_plural_messages_use_the_locale(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    init_translations(qapp, language)
    text = QCoreApplication.translate("ReportsHooks", "Case register — %Ln case(s)", "", 2001)
    assert CASES[language].split()[2] in text
