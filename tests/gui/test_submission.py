"""The complaint form: fill and save, invalid input, closing with unsaved input."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt

from wbs_desktop.gui.case import submission
from wbs_desktop.gui.case.submission import SubmissionDialog
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.main_window import MainWindow


@pytest.fixture
def dialog(qtbot, controller: Controller) -> Iterator[SubmissionDialog]:  # type: ignore[no-untyped-def]
    d = SubmissionDialog(controller)  # not qtbot.addWidget: it would close it before us
    d.show()
    yield d
    d._dirty = False  # close without the "discard?" question
    d.close()
    d.deleteLater()


def fill_valid(qtbot, d: SubmissionDialog) -> None:  # type: ignore[no-untyped-def]
    ui = d.ui
    qtbot.keyClicks(ui.reporterNameEdit, "Yohanes Mau")
    qtbot.keyClicks(ui.phoneEdit, "0812 3456 7890")
    qtbot.keyClicks(ui.emailEdit, "yohanes@example.com")
    ui.consentCheck.setChecked(True)
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData("illegal_levies"))
    qtbot.keyClicks(ui.accusedNameEdit, "Petrus Tefa")
    qtbot.keyClicks(ui.positionEdit, "Kepala Sub Bagian")
    qtbot.keyClicks(ui.unitEdit, "Bidang Mutasi")
    qtbot.keyClicks(ui.locationEdit, "Kantor BKD, Jl. El Tari, Kupang")
    ui.incidentKnownCheck.setChecked(True)
    ui.incidentDateEdit.setDate(QDate.currentDate().addDays(-14))
    ui.chronologyEdit.setPlainText(
        "Pada saat mengurus mutasi, terlapor meminta uang sebesar dua juta rupiah agar berkas "
        "diproses lebih cepat. Uang diserahkan tunai di ruang kerjanya tanpa kuitansi, "
        "disaksikan oleh seorang rekan.")
    ui.materialLossCheck.setChecked(True)
    qtbot.keyClicks(ui.lossEstimateEdit, "2.000.000")
    item = d.add_link()
    item.setText("https://drive.example.com/bukti.jpg")
    d.revalidate()


def test_fill_and_save_shows_register_number_and_tracking_code(  # type: ignore[no-untyped-def]
        qtbot, controller: Controller, dialog: SubmissionDialog) -> None:
    window = MainWindow(controller)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 0
    assert not dialog.ui.saveButton.isEnabled(), "an empty form cannot be saved"
    fill_valid(qtbot, dialog)
    assert dialog.errors == []
    assert dialog.ui.saveButton.isEnabled()
    assert dialog.ui.statusLabel.text() == "Ready to save."
    # the live 4W1H indicator: everything present
    assert dialog.completeness.complete
    assert "All of 4W1H and evidence are present." in dialog.ui.completenessLabel.text()

    with qtbot.waitSignal(controller.case_submitted, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert dialog.ui.resultFrame.isVisible()
    assert dialog.ui.registerNumberLabel.text() == result.register_number
    assert dialog.ui.trackingCodeLabel.text() == result.tracking_code
    flags = dialog.ui.trackingCodeLabel.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert not dialog.ui.saveButton.isVisible()
    assert not dialog.has_unsaved_input()

    # the new row appears in the main window
    qtbot.waitUntil(lambda: window.model.ids() == [result.case_id], timeout=10_000)
    assert window.count_label.text() == "1 of 1 cases"
    detail = controller.detail(result.case_id)
    assert detail.accused is not None and detail.accused.name == "Petrus Tefa"
    assert detail.loss_estimate == 2_000_000
    assert detail.evidence_links == ("https://drive.example.com/bukti.jpg",)
    dialog.close()
    assert not dialog.isVisible()


def test_invalid_input_shows_messages_beside_the_fields_and_saves_nothing(  # type: ignore[no-untyped-def]
        qtbot, controller: Controller, dialog: SubmissionDialog) -> None:
    ui = dialog.ui
    qtbot.keyClicks(ui.reporterNameEdit, "Yohanes")
    qtbot.keyClicks(ui.phoneEdit, "12345")
    qtbot.keyClicks(ui.emailEdit, "yohanes@")
    qtbot.keyClicks(ui.nipEdit, "19801231")
    ui.materialLossCheck.setChecked(True)
    item = dialog.add_link()
    item.setText("javascript:alert(1)")
    dialog.revalidate()
    assert not ui.saveButton.isEnabled()
    assert ui.phoneError.isVisible()
    assert ui.phoneError.text() in (  # "12345": no 0, no +: the prefix is wrong
        "An Indonesian number starts with 0 or +62, then a mobile prefix (08…) or an area "
        "code (e.g. 0380…).",
        "After the 0 comes a mobile prefix (8…) or an area code.")
    assert ui.emailError.isVisible()
    assert "domain" in ui.emailError.text()
    assert ui.nipError.text() == "An NIP has 18 digits."
    assert ui.evidenceError.text() == (
        "Link 1: Only web links starting with http:// or https:// are accepted.")
    # untouched fields stay quiet until a save is attempted
    assert not ui.chronologyError.isVisible()
    dialog.save()
    assert ui.chronologyError.text() == "This field is required."
    assert ui.accusedNameError.text() == "This field is required."
    assert ui.typeError.text() == "Choose a complaint type."
    assert "still need attention" in ui.statusLabel.text()
    qtbot.wait(200)
    assert controller.total_count() == 0, "nothing was saved"


def test_messages_follow_the_ui_language(qtbot, qapp, controller: Controller) -> None:  # type: ignore[no-untyped-def]
    from wbs_desktop.gui.i18n import init_translations

    init_translations(qapp, "id")
    d = SubmissionDialog(controller)
    qtbot.addWidget(d)
    d.show()
    assert d.windowTitle() == "Formulir Pengaduan"
    d.save()
    assert d.ui.reporterNameError.text() == "Isian ini wajib diisi."
    assert d.ui.saveButton.text() == "&Simpan"


def test_estimate_needs_material_loss(qtbot, dialog: SubmissionDialog) -> None:  # type: ignore[no-untyped-def]
    fill_valid(qtbot, dialog)
    assert dialog.ui.lossEstimateEdit.isEnabled()
    dialog.ui.materialLossCheck.setChecked(False)
    dialog.revalidate()
    assert not dialog.ui.lossEstimateEdit.isEnabled()
    assert dialog.complaint().loss_estimate is None
    assert dialog.errors == []


def test_closing_with_unsaved_input_asks_first(qtbot, dialog: SubmissionDialog,  # type: ignore[no-untyped-def]
                                               monkeypatch) -> None:
    questions: list[str] = []
    answer = {"discard": False}

    def fake_ask(_parent, title, _text, _yes, _no) -> bool:  # type: ignore[no-untyped-def]
        questions.append(title)
        return answer["discard"]

    monkeypatch.setattr(submission, "ask", fake_ask)
    qtbot.keyClicks(dialog.ui.reporterNameEdit, "Yohanes")
    dialog.close()
    assert questions == ["Discard the complaint?"]
    assert dialog.isVisible(), "kept open"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(questions) == 2 and dialog.isVisible()
    answer["discard"] = True
    dialog.ui.closeButton.click()
    assert not dialog.isVisible()


def test_closing_an_untouched_form_does_not_ask(qtbot, controller: Controller,  # type: ignore[no-untyped-def]
                                                monkeypatch) -> None:
    monkeypatch.setattr(submission, "ask", lambda *a: pytest.fail("should not ask"))
    d = SubmissionDialog(controller)
    qtbot.addWidget(d)
    d.show()
    d.close()
    assert not d.isVisible()
