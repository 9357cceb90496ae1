"""The 1366×768 layout's behaviour: the detail pane comes with a case, the table's
columns fit the width it has, the letter preview prints, the hearing dialog
proposes the earliest lawful day. (Sizes of every window: test_layout_walk.py.)"""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import Walk
from tests.gui.test_layout_walk import _process
from tests.gui.test_letters_tab import pdf_printer
from tests.gui.test_main_window import settle
from wbs_desktop.gui.action_dialog import edit_date
from wbs_desktop.gui.case_table import DEFAULT_HIDDEN, Column
from wbs_desktop.gui.letters_tab import PdfPreviewDialog

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
    table.set_column_shown(Column.TYPE, True)
    assert not header.isSectionHidden(Column.TYPE)
    assert sum(header.sectionSize(c) for c in Column if not header.isSectionHidden(c)) <= room
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
    earliest = walk.controller.holidays().earliest_hearing(
        walk.controller.today(), accused=True).earliest
    assert edit_date(dialog.fields["day"]) == earliest  # type: ignore[arg-type]
    assert dialog.try_accept(), dialog.error_text  # accepted as proposed
    dialog.close()
