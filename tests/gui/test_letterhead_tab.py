"""The settings dialog's "Letterhead" and "Letter numbers" tabs, as an
administrator uses them: the kop typed, a logo chosen from a file (a text file
named .png refused), the summons number built from fields with the next number
shown, the summons's copy list; saved, and the next summons printed with all of
it (read back)."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from tests.gui.test_letters_tab import summoned  # noqa: F401 - fixture
from tests.gui.test_procedure_flow import Steps, accept, fill, window  # noqa: F401 - fixture
from tests.helpers.logos import SVG, png
from tests.letters.pdfcheck import norm
from wbs_desktop.gui.admin.settings_dialog import SettingsDialog
from wbs_desktop.gui.main_window import MainWindow
from wbs_desktop.letters.model import LetterKind

SUMMONS = LetterKind.SUMMONS_ACCUSED.value


def _open(qtbot, controller) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(controller)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 728)
    dialog.show()
    return dialog


def test_letterhead_logo_number_and_copies_reach_the_summons(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, summoned: tuple[Steps, int], tmp_path: Path) -> None:  # noqa: F811
    s, hearing_id = summoned
    controller = window._controller  # type: ignore[attr-defined]
    dialog = _open(qtbot, controller)
    head = dialog.letterhead
    dialog.ui.tabs.setCurrentWidget(head)
    assert head.logo is None and "default emblem" in head.logoCaption.text()
    assert not head.logoPreview.pixmap().isNull()  # the emblem itself is shown
    head.edits["government"].setText("PEMERINTAH PROVINSI NUSA TENGGARA TIMUR")
    head.edits["agency"].setText("BADAN KEPEGAWAIAN DAERAH")
    head.edits["address"].setText("Jl. Polisi Militer No. 2, Kupang")
    head.edits["phone"].setText("(0380) 821 234")
    assert head.edits["place"].text() == "Kupang"
    head.edits["contact"].setText("Sekretariat WBS, Jl. Polisi Militer No. 2, Kupang")
    fake = tmp_path / "lambang.png"
    fake.write_text("this is not an image")
    head.choose_logo(str(fake))
    assert head.logoError.isVisible() and "PNG, JPEG or SVG" in head.logoError.text()
    assert head.logo is None
    real = tmp_path / "lambang-ntt.png"
    real.write_bytes(png())
    head.choose_logo(str(real))
    assert head.logo is not None and head.logoCaption.text() == "lambang-ntt.png"
    assert head.logoPreview.pixmap().height() == 96

    numbers = dialog.numbers
    dialog.ui.tabs.setCurrentWidget(numbers)
    numbers.kindCombo.setCurrentIndex(numbers.kindCombo.findData(SUMMONS))
    assert numbers.codeEdit.text() == "800" and numbers.unitEdit.text() == "BKD"
    assert numbers.previewLabel.text() == "<b>800/001/BKD/III/2026</b>"
    qtbot.keyClicks(numbers.prefixEdit, "B")
    numbers.codeEdit.setText("800.1.3.3")
    numbers.digitsSpin.setValue(4)
    numbers.monthCombo.setCurrentIndex(numbers.monthCombo.findData("number"))
    assert numbers.previewLabel.text() == "<b>B/800.1.3.3/0001/BKD/03/2026</b>"
    numbers.unitEdit.setText("BKD{x}")
    assert "not allowed" in numbers.previewLabel.text()
    numbers.unitEdit.setText("BKD.WBS")
    numbers.tembusanEdit.setPlainText("Inspektur Daerah Provinsi NTT\n\nArsip\n")
    register = numbers.kindCombo.findData("register")
    numbers.kindCombo.setCurrentIndex(register)
    assert numbers.prefixEdit.text() == "WBS" and numbers.yearFirstCheck.isChecked()
    assert not numbers.tembusanEdit.isEnabled()
    shots = Path("/work/shots/office")
    if shots.is_dir():
        numbers.kindCombo.setCurrentIndex(numbers.kindCombo.findData(SUMMONS))
        dialog.grab().save(str(shots / "test_settings_numbers_en.png"))
        dialog.ui.tabs.setCurrentWidget(head)
        dialog.grab().save(str(shots / "test_settings_letterhead_en.png"))
    audit = len(s.ws.audit.entries(limit=100_000))
    dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)  # saved off the GUI thread
    assert not dialog.isVisible(), dialog.ui.errorLabel.text()
    entries = s.ws.audit.entries(limit=100_000)
    assert len(entries) == audit + 1 and entries[0].action == "setting_changed"
    assert "letters.logo" in str(entries[0].details)

    again = _open(qtbot, controller)  # what was stored comes back
    assert again.letterhead.logo is not None and again.letterhead.logo.name == "lambang-ntt.png"
    assert again.letterhead.edits["address"].text() == "Jl. Polisi Militer No. 2, Kupang"
    again.numbers.kindCombo.setCurrentIndex(again.numbers.kindCombo.findData(SUMMONS))
    assert again.numbers.tembusanEdit.toPlainText() == "Inspektur Daerah Provinsi NTT\nArsip"
    again.reject()

    draft = window.detail.letters_tab.generate(LetterKind.SUMMONS_ACCUSED, hearing_id)
    assert draft is not None
    fill(draft, hal="Panggilan untuk diperiksa", addressee="Sdr. Ahmad Yani")  # type: ignore[arg-type]
    accept(draft)  # type: ignore[arg-type]
    s.done()
    letter = s.detail.letters[0]
    assert letter.number == "B/800.1.3.3/0001/BKD.WBS/03/2026"
    pdf = s.ws.letters.pdf(letter.id)
    text = norm(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    for expected in ("Jl. Polisi Militer No. 2, Kupang", "Telepon (0380) 821 234",
                     letter.number, "Inspektur Daerah Provinsi NTT"):
        assert norm(expected) in text, expected
    if shots.is_dir():
        (shots / "summons_custom_logo.pdf").write_bytes(pdf)


def test_an_svg_logo_is_previewed_and_the_default_comes_back(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: F811
    controller = window._controller  # type: ignore[attr-defined]
    dialog = _open(qtbot, controller)
    svg = tmp_path / "lambang.svg"
    svg.write_bytes(SVG)
    dialog.letterhead.choose_logo(str(svg))
    logo = dialog.letterhead.logo
    assert logo is not None and logo.format == "svg"
    assert dialog.letterhead.logoPreview.pixmap().height() == 96
    dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)  # saved off the GUI thread
    assert not dialog.isVisible(), dialog.ui.errorLabel.text()
    again = _open(qtbot, controller)
    assert again.letterhead.logo is not None and again.letterhead.logo.format == "svg"
    again.letterhead.defaultLogoButton.click()
    assert again.letterhead.logo is None
    again.ui.saveButton.click()
    qtbot.waitUntil(lambda: not again.busy, timeout=20_000)  # saved off the GUI thread
    assert not again.isVisible(), again.ui.errorLabel.text()
    assert controller.letterhead().load().logo is None
