"""The 1366×768 layout's behaviour: the detail pane comes with a case, the table's
columns fit the width it has, the letter preview prints, the hearing dialog
proposes the earliest lawful day. (Sizes of every window: test_layout_walk.py.)"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import Walk
from tests.gui.test_layout_walk import _process
from tests.gui.test_letters_tab import pdf_printer
from tests.gui.test_main_window import settle
from wbs_desktop.gui.case.action_dialog import edit_date
from wbs_desktop.gui.case.case_model import DEFAULT_HIDDEN, Column
from wbs_desktop.gui.letters.printing import PdfPreviewDialog

pytestmark = pytest.mark.parametrize("walk", ["en"], indirect=True)


def test_the_detail_pane_takes_room_only_with_a_case(walk: Walk) -> None:
    window = walk.window
    assert window.detail.isVisible()
    wide = window.table.view.viewport().width()
    window.table.view.clearSelection()
    window.table.view.setCurrentIndex(window.model.index(-1, -1))
    settle(window)
    _process()
    assert not window.detail.isVisible()
    assert window.table.view.viewport().width() > wide + 300  # the table has the room
    assert window.table.select_case(walk.case_id)
    _process()
    assert window.detail.isVisible()
    assert window.table.view.viewport().width() == wide


def test_columns_fit_and_can_be_shown_or_hidden(walk: Walk) -> None:
    table = walk.window.table
    header = table.view.horizontalHeader()
    assert all(header.isSectionHidden(c) for c in DEFAULT_HIDDEN)
    room = table.view.viewport().width()
    shown = [c for c in Column if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= room
    table.set_column_shown(Column.TYPE, True)  # the header's context menu
    assert not header.isSectionHidden(Column.TYPE)
    assert header.sectionSize(Column.TYPE) >= header.minimumSectionSize()
    table.set_column_shown(Column.TYPE, False)
    assert sum(header.sectionSize(c) for c in shown) <= room
    # A name too long for its column is elided; the tooltip has all of it.
    model = walk.window.model
    row = model.row_of(walk.case_id)
    index = model.index(row, Column.ACCUSED)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == model.data(index)


def test_the_preview_fits_and_prints(walk: Walk, tmp_path: Path) -> None:
    ws = walk.controller._ws
    info = walk.controller.letters().receipt(walk.case_id)
    walk.window.detail.show_case(walk.case_id)
    tab = walk.window.detail.letters_tab
    tab.select_letter(info.id)
    preview = tab.preview()
    assert isinstance(preview, PdfPreviewDialog)
    _process()
    assert preview.height() <= 697 and preview.print_button.isVisible()
    out = tmp_path / "cetak.pdf"
    audit = len(ws.audit.entries(limit=100_000))
    assert preview.print_letter(pdf_printer(out))
    printed = pypdf.PdfReader(str(out))  # read back: the letter's pages, as drawn
    assert len(printed.pages) == preview.document.pageCount() >= 1
    assert ws.letters.for_case(walk.case_id)[0].print_count == 1
    assert ws.audit.entries(limit=100_000)[0].action == "letter_printed"
    assert len(ws.audit.entries(limit=100_000)) == audit + 1
    preview.close()
    QApplication.processEvents()


def test_the_hearing_dialog_proposes_the_earliest_lawful_day(walk: Walk) -> None:
    dialog = walk.window.detail.hearings_tab.schedule()
    assert dialog is not None
    holidays = walk.controller.holidays()
    letter_day = holidays.calendar().next_working_day(walk.controller.today())
    assert edit_date(dialog.fields["letter_date"]) == letter_day  # type: ignore[arg-type]
    earliest = holidays.earliest_hearing(letter_day, accused=True).earliest
    assert edit_date(dialog.fields["day"]) == earliest  # type: ignore[arg-type]
    assert "not a working day" not in dialog.fields["earliest"].text()  # type: ignore[attr-defined]
    assert dialog.try_accept(), dialog.error_text  # accepted as proposed
    dialog.close()


def test_a_letter_dated_on_a_sunday_is_warned_about(walk: Walk, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(date(2026, 12, 6))  # a Sunday: the letter is proposed for Monday
    dialog = walk.window.detail.hearings_tab.schedule()
    assert dialog is not None
    letter = dialog.fields["letter_date"]
    assert edit_date(letter) == date(2026, 12, 7)  # type: ignore[arg-type]
    letter.setDate(QDate(2026, 12, 6))  # type: ignore[attr-defined]
    assert "is not a working day" in dialog.fields["earliest"].text()  # type: ignore[attr-defined]
    dialog.close()


def test_examiners_are_people_from_the_team_never_split_at_a_comma(walk: Walk) -> None:
    ws = walk.controller._ws
    me = ws.actor.user
    ws.accounts.edit_user(me.id, full_name="Maria Goreti Lake, S.H.")
    ws.signatories.set_team(walk.case_id, [me.username])
    walk.window.detail.show_case(walk.case_id)
    dialog = walk.window.detail.hearings_tab.schedule()
    assert dialog is not None
    people = dialog.fields["examiners"]
    names = [people.item(i).text() for i in range(people.count())]  # type: ignore[attr-defined]
    assert names == ["Maria Goreti Lake, S.H."]
    assert dialog.try_accept(), dialog.error_text
    hearing = ws.cases.detail(walk.case_id).hearings[-1]
    assert hearing.examiners == ("Maria Goreti Lake, S.H.",)
    dialog.close()


def test_an_empty_result_says_so_and_clears_the_filters(walk: Walk) -> None:
    window = walk.window
    window.filters.search_edit.setText("tidak-ada-yang-cocok-xyz")
    window.filters.search_edit.returnPressed.emit()
    settle(window)
    _process()
    assert window.model.rowCount() == 0
    label = window.table.empty_label
    assert label.isVisible() and "No case matches" in label.text()
    label.linkActivated.emit("clear")  # the link under the message
    settle(window)
    assert window.filters.search_edit.text() == ""
    assert window.model.rowCount() == 3 and not label.isVisible()


def test_minutes_are_written_as_questions_and_answers(walk: Walk, clock) -> None:  # type: ignore[no-untyped-def]
    from wbs_desktop.gui.case.qa_editor import QaEditor

    ws = walk.controller._ws
    hearing = walk.window.detail.detail.hearings[0]  # type: ignore[union-attr]
    clock.set(hearing.day)  # attendance is recorded on the hearing day
    ws.procedure.record_attendance(hearing.id, True)
    walk.window.detail.show_case(walk.case_id)
    tab = walk.window.detail.hearings_tab
    tab.select_hearing(hearing.id)
    dialog = tab.record_minutes()
    assert dialog is not None
    editor = dialog.fields["qa"]
    assert isinstance(editor, QaEditor) and len(editor.blocks) == 3  # empty ones to start
    first, second, third = editor.blocks
    first.question.setPlainText("Apakah Saudara meminta uang?")
    answer = "Tidak.\nSaya hanya menerima titipan\n& <berkas> \"asli\"."  # multi-line
    first.answer.setPlainText(answer)
    second.question.setPlainText("Siapa yang menitipkan?")
    second.answer.setPlainText("Pak Yohanes 😊")
    third.question.setPlainText("dihapus")
    third.remove_button.click()  # remove
    editor.add_button.click()  # add one at the end, then move it to the top
    added = editor.blocks[-1]
    added.question.setPlainText("Nama lengkap Saudara?")
    added.answer.setPlainText("Ahmad Yani")
    added.up_button.click()
    added.up_button.click()
    assert not added.up_button.isEnabled()  # the first cannot go higher
    assert [b.number.text() for b in editor.blocks] == ["1.", "2.", "3."]
    assert dialog.try_accept(), dialog.error_text
    stored = ws.cases.detail(walk.case_id).hearings[0].minutes
    assert stored is not None and list(stored.qa) == [
        ("Nama lengkap Saudara?", "Ahmad Yani"),
        ("Apakah Saudara meminta uang?", answer),
        ("Siapa yang menitipkan?", "Pak Yohanes 😊"),
    ]
    walk.window.detail.show_case(walk.case_id)
    tab.select_hearing(hearing.id)
    again = tab.record_minutes()  # opened again: the saved questions, in order
    assert again is not None
    assert again.fields["qa"].qa() == list(stored.qa)  # type: ignore[attr-defined]
    again.close()


def test_a_pane_the_user_sized_stays(walk: Walk) -> None:
    window = walk.window
    window._on_splitter_moved(700, 2)  # what dragging the pane's edge reports
    window.table.view.setCurrentIndex(window.model.index(-1, -1))
    _process()
    assert window.detail.isVisible()  # kept, though no case is shown


def test_widths_the_user_chose_stay_until_fitted_again(walk: Walk) -> None:
    table = walk.window.table
    header = table.view.horizontalHeader()
    table.auto_widths = False  # what dragging a column's edge on the header sets
    header.resizeSection(Column.ACCUSED, 400)
    table.fit_columns()  # (e.g. the detail pane came or went)
    assert header.sectionSize(Column.ACCUSED) == 400
    table.fit_again()  # the header menu's "Fit the columns to the window"
    assert table.auto_widths and header.sectionSize(Column.ACCUSED) < 400
    shown = [c for c in Column if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= table.view.viewport().width()
