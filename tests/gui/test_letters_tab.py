"""Letters in the detail pane (issue 6): generate from an editable draft, preview
with QtPdf, save the stored bytes, print them, correct, print a hearing day."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from tests.gui.test_procedure_flow import Steps, accept, fill, window  # noqa: F401 - fixture
from tests.helpers.clock import Clock
from wbs_desktop.domain.stages import Stage
from wbs_desktop.gui.letters.letters_tab import LettersTab
from wbs_desktop.gui.letters.printing import DayPrinter, PdfPreviewDialog
from wbs_desktop.gui.main_window import MainWindow
from wbs_desktop.letters.model import LetterKind
from wbs_desktop.services.procedure import HearingInput


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.fixture
def summoned(window: MainWindow, cases: list[str], clock: Clock) -> tuple[Steps, int]:  # noqa: F811
    """The first case in examination with the accused summoned for 1 April 2026
    (the office's day is 13 March 2026, the date of the summons)."""
    clock.set(date(2026, 3, 13))
    s = Steps(window, cases[0])
    ws = s.ws
    ws.cases.transition(cases[0], Stage.VERIFICATION)
    ws.procedure.mark_complete(cases[0])
    ws.cases.transition(cases[0], Stage.EXAMINATION)
    h = ws.procedure.schedule_hearing(cases[0], HearingInput(
        party_kind="accused", letter_date=date(2026, 3, 13), day=date(2026, 4, 1),
        start=time(9, 0), place="Ruang Pemeriksaan BKD", examiners=("Maria Admin",)))
    window.detail.show_case(cases[0])
    s._mark()
    return s, h.id


def test_generate_preview_save_and_print(window: MainWindow, summoned: tuple[Steps, int],  # noqa: F811
                                         tmp_path: Path) -> None:
    s, hearing_id = summoned
    tab: LettersTab = window.detail.letters_tab
    pick = tab.generate()
    assert pick is not None
    labels = [pick.fields["kind"].itemText(i) for i in range(pick.fields["kind"].count())]  # type: ignore[attr-defined]
    assert any(label.startswith("Summons I (accused)") for label in labels)
    dialog = tab.generate(LetterKind.SUMMONS_ACCUSED, hearing_id)
    assert dialog is not None
    assert dialog.fields["addressee"].text() == "Ahmad Yani"  # type: ignore[attr-defined]
    fill(dialog, hal="Panggilan untuk diperiksa", addressee="Sdr. Ahmad Yani")  # type: ignore[arg-type]
    accept(dialog)  # type: ignore[arg-type]
    s.done()
    letter = s.detail.letters[0]
    assert letter.kind == "summons-accused" and letter.number
    assert tab.table.rowCount() == 1 and tab.selected() is not None

    preview = tab.preview()
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.document.pageCount() > 0
    assert preview.view.document() is preview.document
    preview.close()

    stored = s.ws.letters.pdf(letter.id)
    out = tmp_path / "surat.pdf"
    assert tab.save_as(str(out))
    assert out.read_bytes() == stored

    printed = tmp_path / "printed.pdf"
    audit = len(s.ws.audit.entries(limit=100_000))
    assert tab.print_letter(pdf_printer(printed))
    actions = [e.action for e in s.ws.audit.entries(limit=100_000)]
    assert len(actions) == audit + 1 and actions[0] == "letter_printed"
    assert s.ws.letters.for_case(s.case_id)[0].print_count == 1
    assert printed.exists() and printed.read_bytes().startswith(b"%PDF")
    assert "1 time" in tab.table.item(0, 3).text()
    assert s.ws.audit.verify().ok


def test_correction_gets_a_new_number(window: MainWindow, summoned: tuple[Steps, int]) -> None:  # noqa: F811
    s, hearing_id = summoned
    tab: LettersTab = window.detail.letters_tab
    accept(tab.generate(LetterKind.SUMMONS_ACCUSED, hearing_id))  # type: ignore[arg-type]
    s.done()
    first = s.detail.letters[0]
    tab.select_letter(first.id)
    dialog = tab.supersede()
    assert dialog is not None and first.number in dialog.ui.introLabel.text()  # type: ignore[attr-defined]
    fill(dialog, reason="jam pemeriksaan berubah")  # type: ignore[arg-type]
    accept(dialog)  # type: ignore[arg-type]
    s.done()
    letters = {x.id: x for x in s.ws.letters.for_case(s.case_id)}
    assert len(letters) == 2
    assert letters[first.id].superseded_by is not None
    new = letters[letters[first.id].superseded_by]  # type: ignore[index]
    assert new.number != first.number
    tab.select_letter(first.id)
    assert tab.supersede() is None and "already been corrected" in tab.error.text()
    assert letters[first.id].void_reason == "jam pemeriksaan berubah"
    # generating again for the hearing: the live letter is shown, not a new number
    assert tab.generate(LetterKind.SUMMONS_ACCUSED, hearing_id) is None
    assert new.number in tab.error.text() and tab.selected().id == new.id  # type: ignore[union-attr]


def test_every_letter_of_a_hearing_day_prints_and_cancels(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]  # noqa: F811
                                                          summoned: tuple[Steps, int],
                                                          tmp_path: Path) -> None:
    s, hearing_id = summoned
    s.ws.letters.generate(s.case_id, LetterKind.SUMMONS_ACCUSED, hearing_id=hearing_id)
    # a second hearing on the same day (another accused summoned the same day)
    other = s.ws.procedure.schedule_hearing(s.case_id, HearingInput(
        party_kind="accused", letter_date=date(2026, 3, 13), day=date(2026, 4, 1),
        start=time(13, 0), place="Ruang Pemeriksaan BKD", examiners=("Maria Admin",)))
    s.ws.letters.generate(s.case_id, LetterKind.SUMMONS_ACCUSED, hearing_id=other.id)
    letters = s.ws.letters.for_hearing_day(date(2026, 4, 1))
    assert len(letters) == 2
    job = DayPrinter(window._controller, letters, pdf_printer(tmp_path / "day.pdf"), window)
    with qtbot.waitSignal(job.finished, timeout=20_000) as blocker:
        job.start()
    assert blocker.args == [2] and not job.errors
    from pypdf import PdfReader

    assert len(PdfReader(tmp_path / "day.pdf").pages) == 2, "one job with both letters"
    assert all(x.print_count == 1 for x in s.ws.letters.for_hearing_day(date(2026, 4, 1)))

    job = DayPrinter(window._controller, letters, pdf_printer(tmp_path / "day2.pdf"), window)
    with qtbot.waitSignal(job.finished, timeout=20_000) as blocker:
        job.start()
        job.progress.findChild(QPushButton).click()  # the Cancel button
    assert blocker.args == [0] and job.cancelled
    assert all(x.print_count == 1 for x in s.ws.letters.for_hearing_day(date(2026, 4, 1)))
    assert s.ws.audit.verify().ok


def test_letter_action_on_a_hearing_and_the_hearing_day_menu(window: MainWindow,  # noqa: F811
                                                             summoned: tuple[Steps, int]) -> None:
    s, hearing_id = summoned
    hearings = window.detail.hearings_tab
    hearings.select_hearing(hearing_id)
    assert not hearings.letter_button.isHidden()
    hearings.letter_button.click()
    assert window.detail.tabs.currentWidget() is window.detail.letters_tab
    dialog = window.detail.letters_tab.dialog
    assert dialog is not None and dialog.windowTitle() == "Generate: Summons I (accused)"
    accept(dialog)  # type: ignore[arg-type]
    assert len(s.ws.letters.for_hearing_day(date(2026, 4, 1))) == 1

    window.print_day_action.trigger()
    day_dialog = window._print_day_dialog
    fill(day_dialog, day=date(2026, 4, 2))
    assert not day_dialog.try_accept() and "No letters for hearings on 2 April 2026" in \
        day_dialog.error_text
    day_dialog.reject()


def test_receipt_printed_right_after_saving(qtbot, controller, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.test_submission import fill_valid
    from wbs_desktop.gui.case.submission import SubmissionDialog

    dialog = SubmissionDialog(controller)
    dialog.show()
    fill_valid(qtbot, dialog)
    with qtbot.waitSignal(controller.case_submitted, timeout=20_000) as blocker:
        dialog.save()
    result = blocker.args[0]
    assert result.receipt_letter_id is not None
    qtbot.waitUntil(dialog.print_receipt_button.isVisible, timeout=3000)
    out = tmp_path / "receipt.pdf"
    assert dialog.print_receipt(pdf_printer(out))
    assert out.read_bytes().startswith(b"%PDF")
    ws = controller._ws
    receipt = ws.letters.for_case(result.case_id)[0]
    assert receipt.kind == "receipt" and receipt.print_count == 1
    assert ws.audit.verify().ok
    dialog.close()
    dialog.deleteLater()


def test_team_chosen_from_users_and_the_examination_report(window: MainWindow,  # noqa: F811
                                                           summoned: tuple[Steps, int]) -> None:
    from PySide6.QtCore import Qt

    from tests.gui.test_procedure_flow import officer
    from tests.letters.pdfcheck import assert_in_order, text

    s, _hearing = summoned
    officer(window._controller, "Maria Goreti Lake, S.H.", "maria", nip="198203142006042011")
    tab: LettersTab = window.detail.letters_tab
    dialog = tab.edit_team()
    assert dialog is not None
    members = dialog.fields["members"]
    for i in range(members.count()):  # type: ignore[attr-defined]
        item = members.item(i)  # type: ignore[attr-defined]
        if item.data(Qt.ItemDataRole.UserRole) == "maria":
            item.setCheckState(Qt.CheckState.Checked)
    fill(dialog, chair="maria")  # type: ignore[arg-type]
    shots = Path("/work/shots/letters")
    if shots.is_dir():
        dialog.grab().save(str(shots / "team_dialog.png"))
    accept(dialog)  # type: ignore[arg-type]
    team = s.ws.signatories.team(s.case_id)
    assert [o.name for o in team] == ["Maria Goreti Lake, S.H."]  # one person, comma and all

    window.detail.show_case(s.case_id)
    s._mark()
    report = tab.generate(LetterKind.EXAMINATION_REPORT)
    assert report is not None
    fill(report, findings="Terlapor memungut biaya.", evidence="BAP terlapor\nKuitansi",  # type: ignore[arg-type]
         conclusion="Terbukti.", recommendation="Hukuman disiplin sedang.")
    if shots.is_dir():
        report.grab().save(str(shots / "report_dialog.png"))
    accept(report)  # type: ignore[arg-type]
    s.done()
    made = [x for x in s.ws.letters.for_case(s.case_id) if x.kind == "examination-report"]
    assert len(made) == 1
    assert_in_order(text(s.ws.letters.pdf(made[0].id)), [
        "LAPORAN HASIL PEMERIKSAAN", "Maria Goreti Lake, S.H.", "Terlapor memungut biaya.",
        "1. BAP terlapor", "2. Kuitansi", "Terbukti.", "Hukuman disiplin sedang."])
