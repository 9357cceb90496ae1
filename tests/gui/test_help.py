"""The manual inside the app: F1 opens it at the page of the window it was pressed in, in
the UI language; the search keeps and highlights the pages holding the words; the pages
exist for every screen and procedure step and quote the rules' real numbers."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

import wbs_desktop.gui
from wbs_desktop.domain.calendar import SUMMONS_MIN_WORKING_DAYS, WorkingCalendar
from wbs_desktop.domain.dates import format_day_date_id
from wbs_desktop.domain.summons import SummonsRules
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.help_window import (
    INDEX,
    TOPIC_BY_WINDOW,
    HelpWindow,
    help_dir,
    help_pages,
    matching,
)
from wbs_desktop.gui.i18n import init_translations
from wbs_desktop.gui.main_window import MainWindow
from wbs_desktop.services.settings import Deadlines

SCREENS = ("setup", "login", "main-window", "case-detail", "case-actions", "complaint-form",
           "letters", "hearings", "minutes", "settings", "users", "dashboard", "backup",
           "audit-log", "lock")
STEPS = ("step-1", "step-2", "step-3", "step-4", "step-5", "conclusion", "working-days",
         "summons-rules")


def page_text(language: str, topic: str) -> str:
    return next(p.text for p in help_pages(language) if p.topic == topic)


@pytest.mark.parametrize("language", ["id", "en"])
def test_a_page_per_screen_and_step_all_linked_from_the_contents(language: str) -> None:
    pages = help_pages(language)
    topics = [p.topic for p in pages]
    assert topics[0] == INDEX
    assert set(SCREENS + STEPS) <= set(topics)
    assert all(p.title and p.text for p in pages)
    files = {f.stem for f in help_dir(language).glob("*.html")}
    assert files == set(topics), "a page the contents do not link to"
    for f in help_dir(language).glob("*.html"):
        for link in re.findall(r'href="([^"#]+)"', f.read_text(encoding="utf-8")):
            assert (help_dir(language) / link).is_file(), f"{f.name} links to missing {link}"


def test_both_languages_have_the_same_pages() -> None:
    assert [p.topic for p in help_pages("id")] == [p.topic for p in help_pages("en")]


def test_every_window_named_for_context_help_exists_and_has_its_page() -> None:
    classes = set()
    for info in pkgutil.walk_packages(wbs_desktop.gui.__path__, "wbs_desktop.gui."):
        module = importlib.import_module(info.name)
        classes |= {name for name, value in vars(module).items() if isinstance(value, type)}
    for window, topic in TOPIC_BY_WINDOW.items():
        assert window in classes, f"{window} is no class of wbs_desktop.gui (renamed?)"
        assert topic in {p.topic for p in help_pages("id")}, topic


def test_the_procedure_pages_quote_the_numbers_the_app_applies() -> None:
    rules, deadlines = SummonsRules(), Deadlines()
    rules_id, rules_en = page_text("id", "summons-rules"), page_text("en", "summons-rules")
    assert f"{SUMMONS_MIN_WORKING_DAYS} hari kerja penuh" in rules_id
    assert f"{SUMMONS_MIN_WORKING_DAYS} full working days" in rules_en
    assert f"paling banyak {rules.past_grace_days} hari kalender" in rules_id
    assert f"at most {rules.past_grace_days} calendar days" in rules_en
    assert f"paling lambat {rules.second_letter_working_days} hari kerja" in rules_id
    # The worked example is what the calendar computes from the shipped 2026 list.
    earliest = WorkingCalendar().earliest_hearing_date(dt.date(2026, 3, 13),
                                                       rules.min_working_days)
    assert format_day_date_id(earliest).replace(",", "").lower() in rules_id
    assert earliest.strftime("%A %-d %B %Y").lower() in rules_en
    days_id, days_en = page_text("id", "working-days"), page_text("en", "working-days")
    assert f"{deadlines.first_response_working_days} hari kerja sejak diterima" in days_id
    assert f"{deadlines.first_response_working_days} working days from receipt" in days_en
    assert f"bawaan {deadlines.reply_days} hari" in days_id
    assert f"default {deadlines.reply_days}" in days_en


def test_search_matches_every_word_in_any_case() -> None:
    pages = help_pages("id")
    found = {p.topic for p in matching(pages, "Panggilan  TERLAPOR")}
    assert {"summons-rules", "step-5", "hearings"} <= found
    assert "login" not in found
    assert matching(pages, "zzzz-tidak-ada") == []
    assert len(matching(pages, "")) == len(pages)


@pytest.fixture
def window(qtbot, controller: Controller) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(controller)
    qtbot.addWidget(w)
    w.show()
    return w


def open_help() -> HelpWindow:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow)
             and w.isVisible()]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("language", "title", "word"),
                         [("id", "Panduan WBS Desktop", "panggilan"),
                          ("en", "WBS Desktop manual", "summons")])
def test_f1_in_the_main_window_opens_the_manual_in_the_ui_language_and_searches(  # type: ignore[no-untyped-def]
        qtbot, qapp, controller: Controller, language: str, title: str, word: str) -> None:
    init_translations(qapp, language)
    w = MainWindow(controller)
    qtbot.addWidget(w)
    w.show()
    qtbot.keyClick(w, Qt.Key.Key_F1)
    manual = open_help()
    assert manual.windowTitle() == title
    assert manual.language == language
    assert manual.topic() == "main-window"
    assert manual.page_list.currentItem().data(Qt.ItemDataRole.UserRole) == "main-window"
    qtbot.keyClick(w, Qt.Key.Key_F1)  # again: the same window, not a second one
    assert open_help() is manual

    qtbot.keyClicks(manual.search_edit, word)
    listed = [manual.page_list.item(i).data(Qt.ItemDataRole.UserRole)
              for i in range(manual.page_list.count())]
    assert "summons-rules" in listed and "login" not in listed
    assert manual.topic() in listed
    marks = manual.highlighted()
    assert marks and all(m.lower() == word for m in marks)
    assert not manual.empty_label.isVisible()

    manual.search_edit.setText("zzzz-nothing")
    assert manual.page_list.count() == 0
    assert manual.empty_label.isVisible()
    manual.search_edit.clear()
    assert manual.page_list.count() == len(help_pages(language))

    # A link inside a page moves the list's selection with it; Back returns.
    before = manual.topic()
    manual.browser.setSource(QUrl("summons-rules.html"))
    assert manual.topic() == "summons-rules"
    assert manual.page_list.currentItem().data(Qt.ItemDataRole.UserRole) == "summons-rules"
    assert manual.back_button.isEnabled()
    manual.back_button.click()
    assert manual.topic() == before
    manual.close()


def test_f1_in_a_dialog_opens_that_dialogs_page_over_it(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    window.new_action.trigger()
    dialog = window._submission
    assert dialog is not None and dialog.isVisible()
    target = dialog.focusWidget() or dialog
    qtbot.keyClick(target, Qt.Key.Key_F1)
    manual = open_help()
    assert manual.topic() == "complaint-form"
    assert manual.parent() is dialog  # a child of the window-modal dialog: not blocked by it
    assert not manual.testAttribute(Qt.WidgetAttribute.WA_Disabled)
    manual.close()
    dialog.reject()


def test_stage_names_and_actions_have_tooltips(window: MainWindow) -> None:
    stages = window.filters.stage_list
    tips = [stages.item(i).toolTip() for i in range(stages.count())]
    assert all(len(t) > 20 for t in tips) and len(set(tips)) == len(tips)
    assert "4W1H" in tips[1]
    for action in (window.new_action, window.find_action, window.refresh_action,
                   window.lock_action, window.logout_action, window.help_action,
                   window.users_action, window.settings_action):
        assert action.toolTip() != action.text().replace("&", ""), action.text()
    buttons = window.detail.case_actions.buttons
    assert len(buttons) >= 10
    for button in buttons.values():
        assert button.toolTip(), button.text()


def test_a_dialog_made_for_one_task_names_its_own_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog, QLineEdit

    from wbs_desktop.gui.help_window import topic_for

    dialog = QDialog()
    qtbot.addWidget(dialog)
    edit = QLineEdit(dialog)
    assert topic_for(edit) == INDEX
    dialog.setProperty("helpTopic", "hearings")
    assert topic_for(edit) == "hearings"
    topics = {p.topic for p in help_pages("id")}
    named = set()
    for path in Path(wbs_desktop.gui.__file__).parent.rglob("*.py"):
        named |= set(re.findall(r'setProperty\("helpTopic", "([^"]+)"\)',
                                path.read_text(encoding="utf-8")))
    assert {"hearings", "minutes", "letters", "users"} <= named
    assert named <= topics, named - topics
