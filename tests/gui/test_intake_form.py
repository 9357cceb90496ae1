"""The complaint form as paper and walk-ins come (issue 15): anonymous letters,
the reporter's address, documents received, foreign numbers, money typed the
Indonesian way, and a tab order that follows the paper form."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_submission import fill_valid
from wbs_desktop.gui.case.submission import SubmissionDialog
from wbs_desktop.gui.controller import Controller


@pytest.fixture
def dialog(qtbot, controller: Controller) -> Iterator[SubmissionDialog]:  # type: ignore[no-untyped-def]
    d = SubmissionDialog(controller)
    d.show()
    yield d
    d._dirty = False
    d.close()
    d.deleteLater()


def _message(d: SubmissionDialog, label: str) -> str:
    widget = getattr(d.ui, label)
    return widget.text() if widget.isVisibleTo(d) else ""


def test_money_typed_the_indonesian_way(qtbot, dialog: SubmissionDialog) -> None:  # type: ignore[no-untyped-def]
    fill_valid(qtbot, dialog)
    edit = dialog.ui.lossEstimateEdit
    # Typed the Indonesian way; shown back in the UI's language (English here).
    for typed, amount, shown in (("2,5 juta", 2_500_000, "= Rp 2,500,000"),
                                 ("Rp 2.500.000,00", 2_500_000, "= Rp 2,500,000"),
                                 ("750 ribu", 750_000, "= Rp 750,000"),
                                 ("2.500.000", 2_500_000, "= Rp 2,500,000")):
        edit.clear()
        qtbot.keyClicks(edit, typed)
        dialog.revalidate()
        assert dialog.complaint().loss_estimate == amount, typed
        assert dialog.ui.lossAmountLabel.text() == shown
        assert dialog.errors == [] and dialog.ui.saveButton.isEnabled()
    edit.clear()
    qtbot.keyClicks(edit, "2,500")  # two and a half, or two thousand five hundred?
    dialog.revalidate()
    assert _message(dialog, "lossEstimateError").startswith("This amount can be read two ways")
    assert not dialog.ui.saveButton.isEnabled()
    edit.clear()
    qtbot.keyClicks(edit, "dua juta")
    dialog.revalidate()
    assert _message(dialog, "lossEstimateError").startswith("Write the amount in digits")
    assert not dialog.ui.saveButton.isEnabled()


def test_a_foreign_number_and_an_address(qtbot, dialog: SubmissionDialog) -> None:  # type: ignore[no-untyped-def]
    fill_valid(qtbot, dialog)
    dialog.ui.phoneEdit.clear()
    qtbot.keyClicks(dialog.ui.phoneEdit, "+670 7723 4567")
    qtbot.keyClicks(dialog.ui.addressEdit, "Rua de Balide, Dili")
    qtbot.keyClicks(dialog.ui.documentsEdit, "Surat pengaduan (2 lembar)")
    dialog.revalidate()
    assert dialog.errors == []
    reporter = dialog.complaint().reporter
    assert reporter.phone == "+670 7723 4567" and reporter.address == "Rua de Balide, Dili"
    assert dialog.complaint().documents == ("Surat pengaduan (2 lembar)",)


def test_an_anonymous_letter_needs_no_name_and_keeps_what_was_typed(  # type: ignore[no-untyped-def]
        qtbot, dialog: SubmissionDialog) -> None:
    fill_valid(qtbot, dialog)
    ui = dialog.ui
    qtbot.keyClicks(ui.addressEdit, "Jl. Timor Raya 5")
    ui.anonymousCheck.setChecked(True)
    dialog.revalidate()
    assert dialog.errors == [] and ui.saveButton.isEnabled()
    assert ui.anonymousNote.isVisibleTo(dialog)
    assert ui.anonymousNote.text().startswith("No letter can be sent to an anonymous reporter")
    for edit in (ui.reporterNameEdit, ui.phoneEdit, ui.emailEdit, ui.addressEdit):
        assert not edit.isEnabled()
    c = dialog.complaint()
    assert c.reporter.anonymous and (c.reporter.name, c.reporter.phone, c.reporter.address) == (
        "", "", "")
    assert not c.reporter.consent_to_contact
    ui.anonymousCheck.setChecked(False)  # changed their mind: the typed identity comes back
    assert ui.reporterNameEdit.text() == "Yohanes Mau"
    assert ui.addressEdit.toPlainText() == "Jl. Timor Raya 5"
    assert ui.reporterNameEdit.isEnabled() and not ui.anonymousNote.isVisibleTo(dialog)


def test_tab_follows_the_paper_form(qtbot, dialog: SubmissionDialog) -> None:  # type: ignore[no-untyped-def]
    """Tab from the first box walks every field in the order of the paper form,
    the office's part (channel, received) last, and none is skipped."""
    fill_valid(qtbot, dialog)
    ui = dialog.ui
    ui.anonymousCheck.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.anonymousCheck)
    seen: list[str] = []
    for _ in range(60):
        widget = QApplication.focusWidget()
        assert widget is not None
        name = widget.objectName()
        if not seen or seen[-1] != name:  # a date edit's sections take a Tab each
            seen.append(name)
        if name == "saveButton":
            break
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert seen == [
        "anonymousCheck", "reporterNameEdit", "phoneEdit", "emailEdit", "addressEdit",
        "consentCheck", "typeCombo", "accusedNameEdit", "nipEdit", "positionEdit", "unitEdit",
        "locationEdit", "incidentKnownCheck", "incidentDateEdit", "chronologyEdit",
        "materialLossCheck", "lossEstimateEdit", "evidenceList", "addLinkButton",
        "removeLinkButton", "documentsEdit", "scansList", "attachScanButton", "channelCombo",
        "receivedEdit", "saveButton"]


def test_an_anonymous_paper_letter_with_documents_and_scans_is_saved(  # type: ignore[no-untyped-def]
        qtbot, controller: Controller, dialog: SubmissionDialog, tmp_path) -> None:
    from tests.letters.pdfcheck import text as pdf_text

    fill_valid(qtbot, dialog)
    ui = dialog.ui
    ui.anonymousCheck.setChecked(True)
    qtbot.keyClicks(ui.documentsEdit, "Surat tanpa nama (2 lembar)")
    scan = tmp_path / "surat.pdf"
    scan.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    fake = tmp_path / "foto.jpg"
    fake.write_bytes(b"MZ\x90\x00 not a picture")  # a program renamed: refused at once
    assert dialog.add_scans([str(scan), str(fake)]) == 1
    assert ui.scansList.count() == 1 and ui.scansList.item(0).text().startswith("surat.pdf")
    assert _message(dialog, "scansError").startswith("foto.jpg: ")
    dialog.revalidate()
    with qtbot.waitSignal(controller.case_submitted, timeout=20_000):
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    result = dialog.result_
    assert result is not None and result.receipt_letter_id is not None
    receipt = pdf_text(controller.letters().pdf(result.receipt_letter_id))
    assert "Surat tanpa nama (2 lembar)" in receipt and result.tracking_code in receipt
    detail = controller.detail(result.case_id)
    assert detail.reporter is not None and detail.reporter.anonymous
    assert [a.filename for a in detail.attachments] == ["surat.pdf"]
    assert not ui.attachScanButton.isEnabled()  # saved: the form is read-only


def test_the_letters_tab_of_an_anonymous_report_says_why_it_offers_no_reporter_letter(  # type: ignore[no-untyped-def]
        qtbot, controller: Controller) -> None:
    from tests.gui.conftest import complaint
    from wbs_desktop.domain.complaint import ReporterInput
    from wbs_desktop.domain.stages import Stage
    from wbs_desktop.gui.letters.letters_tab import LettersTab
    from wbs_desktop.letters.model import LetterKind

    ws = controller._ws
    anonymous = ws.cases.submit(complaint(reporter=ReporterInput(name="", anonymous=True)))
    named = ws.cases.submit(complaint())
    for result in (anonymous, named):
        ws.cases.transition(result.case_id, Stage.VERIFICATION)
        ws.procedure.request_information(result.case_id, ["bukti"])
    tab = LettersTab(controller)
    qtbot.addWidget(tab)
    tab.set_case(controller.detail(named.case_id))
    assert LetterKind.REQUEST_COMPLETION in [k for k, _h, _l in tab.choices()]
    assert not tab.anonymous_note.isVisibleTo(tab)
    tab.set_case(controller.detail(anonymous.case_id))
    kinds = [k for k, _h, _l in tab.choices()]
    assert LetterKind.REQUEST_COMPLETION not in kinds and LetterKind.REPORTER_NOTICE not in kinds
    assert LetterKind.RECEIPT in kinds
    assert tab.anonymous_note.isVisibleTo(tab)
    assert tab.anonymous_note.text().startswith("Anonymous report: no letter can be sent")
