"""The procedure through the real widgets on a real office (issue 5, item 8).

Dialogs are opened with ``open()`` (never ``exec()``), so a test fills them and
presses their button through ``try_accept``; each step must leave its timeline
event and its audit entry, and the audit chain must stay intact."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from tests.gui.test_main_window import settle
from tests.helpers.clock import Clock
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import Outcome, Stage
from wbs_desktop.gui.case import case_tabs
from wbs_desktop.gui.case.action_dialog import ActionDialog, edit_date
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.main_window import MainWindow

OFFICER_PASSWORD = "Kerbau-Merah-Lompat-2026!"


@pytest.fixture
def window(qtbot, controller: Controller, cases: list[str]) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(controller)
    qtbot.addWidget(w)
    w.show()
    settle(w)
    yield w
    settle(w)  # an action's refresh must not outlive the database (closed next)


class Steps:
    """Counts timeline events and audit entries around each step."""

    def __init__(self, window: MainWindow, case_id: str) -> None:
        self.window = window
        self.controller = window._controller
        self.case_id = case_id
        self.ws = self.controller._ws
        assert window.table.select_case(case_id)
        self._mark()

    @property
    def detail(self) -> Any:
        return self.window.detail.detail

    def _mark(self) -> None:
        self.events = len(self.ws.cases.detail(self.case_id).timeline)
        self.audit = len(self.ws.audit.entries(limit=100_000))

    def done(self, *kinds: str) -> None:
        """The step left a new timeline event (of one of ``kinds``) and an audit entry."""
        settle(self.window)
        detail = self.ws.cases.detail(self.case_id)
        new_events = detail.timeline[self.events:]  # oldest first
        assert len(detail.timeline) > self.events, "no timeline event"
        if kinds:
            assert {e.kind for e in new_events} & set(kinds), [e.kind for e in new_events]
        assert len(self.ws.audit.entries(limit=100_000)) > self.audit, "no audit entry"
        assert self.ws.audit.verify().ok
        assert self.window.detail.detail is not None
        assert self.window.detail.detail.version == detail.version, "the pane did not refresh"
        self._mark()


def fill(dialog: ActionDialog, **values: Any) -> ActionDialog:
    for name, value in values.items():
        w = dialog.fields[name]
        if isinstance(w, QPlainTextEdit):
            w.setPlainText(value)
        elif isinstance(w, QLineEdit):
            w.setText(value)
        elif isinstance(w, QComboBox):
            index = w.findData(value)
            assert index >= 0, (name, value)
            w.setCurrentIndex(index)
        elif isinstance(value, date):
            from PySide6.QtCore import QDate

            w.setDate(QDate(value.year, value.month, value.day))  # type: ignore[attr-defined]
        else:
            raise AssertionError(name)
    return dialog


def accept(dialog: ActionDialog | None) -> ActionDialog:
    assert dialog is not None
    ok = dialog.try_accept()
    assert ok, dialog.error_text
    return dialog


def officer(controller: Controller, name: str = "Petrus Officer", username: str = "petrus",
            nip: str = "") -> Any:
    return controller.accounts().add_user(username, name, Role.OFFICER, OFFICER_PASSWORD,
                                          nip=nip)


def buttons(window: MainWindow) -> set[str]:
    actions = window.detail.case_actions
    return {n for n, b in actions.buttons.items() if not b.isHidden()}


def test_the_whole_procedure_end_to_end(window: MainWindow, cases: list[str],
                                        clock: Clock) -> None:
    clock.set(date(2026, 3, 13))  # the office's day: the letters below are dated today
    controller = window._controller
    pete = officer(controller)
    s = Steps(window, cases[0])
    pane = window.detail
    acts = pane.case_actions
    assert buttons(window) == {"assign", "start_verification", "close"}

    accept(fill(acts.assign(), officer=pete.id))
    s.done("assigned")
    assert "Petrus Officer" in pane.officers_value.text()

    accept(acts.start_verification())
    s.done("transition")
    assert s.detail.stage == Stage.VERIFICATION
    assert buttons(window) >= {"mark_complete", "request_info", "close"}

    dialog = acts.request_information()
    assert dialog is not None
    assert not dialog.try_accept() and "missing" in dialog.error_text
    accept(fill(dialog, missing="Tanggal kejadian\nSalinan kuitansi"))
    s.done("transition")
    assert s.detail.stage == Stage.AWAITING_INFO and s.detail.due_kind == "reply"
    letter = pane.letters_tab.dialog  # the request letter, drafted right away
    assert letter is not None and pane.tabs.currentWidget() is pane.letters_tab
    assert "Salinan kuitansi" in letter.fields["missing"].toPlainText()  # type: ignore[attr-defined]
    accept(letter)  # type: ignore[arg-type]
    s.done("letter_generated")
    assert s.detail.letters[0].kind == "request-completion"

    accept(fill(acts.record_reply(), summary="Pelapor mengirim salinan kuitansi."))
    s.done("transition")
    assert s.detail.stage == Stage.VERIFICATION

    accept(acts.mark_complete())
    s.done("transition")
    assert s.detail.stage == Stage.INVESTIGATION

    accept(fill(pane.witnesses.add_witness(), name="Siti Saksi", phone="081234500000"))
    s.done("witness_added")
    assert "Siti Saksi" in pane.witnesses.list.item(0).text()
    pane.witnesses.list.setCurrentRow(0)
    accept(fill(pane.witnesses.edit_witness(), position="Staf Bidang Mutasi"))
    s.done("witness_edited")
    accept(fill(pane.witnesses.edit_accused(), nip="198503102010011002"))
    s.done("accused_updated")
    assert pane.accused_nip.text() == "198503102010011002"

    accept(acts.to_clarification())
    s.done("transition")
    assert s.detail.stage == Stage.CLARIFICATION

    hearings = pane.hearings_tab
    witness_id = s.detail.witnesses[0].id
    for party in ("reporter", f"witness:{witness_id}"):
        dialog = hearings.schedule()
        assert dialog is not None
        accept(fill(dialog, party=party, letter_date=date(2026, 3, 13), day=date(2026, 3, 16)))
        s.done("hearing_scheduled")
    assert hearings.table.rowCount() == 2
    clock.set(date(2026, 3, 16))  # attendance is recorded on the hearing day
    for row in range(2):
        hearings.table.selectRow(row)
        hearings.record_attendance(True)
        s.done("attendance_recorded")
        hearings.table.selectRow(row)
        dialog = hearings.record_minutes()
        assert dialog is not None
        qa = dialog.fields["qa"]
        block = qa.blocks[0]  # type: ignore[attr-defined]
        block.question.setPlainText("Apakah Saudara mengetahui kejadian ini?")
        block.answer.setPlainText("Ya, saya melihatnya sendiri.")
        accept(dialog)
        s.done("minutes_recorded")

    accept(acts.to_examination())
    s.done("transition")
    assert s.detail.stage == Stage.EXAMINATION

    clock.set(date(2026, 3, 13))  # (the test goes back: the summons is written that day)
    dialog = hearings.schedule()
    assert dialog is not None
    fill(dialog, letter_date=date(2026, 3, 13))
    assert "1 April 2026" in dialog.fields["earliest"].text()  # type: ignore[attr-defined]
    accept(fill(dialog, day=date(2026, 4, 1)))
    s.done("hearing_scheduled")
    accused = [r for r in range(hearings.table.rowCount())
               if "Accused" in hearings.table.item(r, 1).text()]
    hearings.table.selectRow(accused[0])
    clock.set(date(2026, 4, 1))
    result = hearings.record_attendance(False)
    assert result.second_summons is not None
    s.done("attendance_recorded")
    second = hearings.dialog
    assert second is not None and second.windowTitle() == "Second summons of the accused"
    proposed = edit_date(second.fields["day"])  # type: ignore[arg-type]
    assert proposed == result.second_summons.earliest_day
    accept(second)
    s.done("hearing_scheduled")
    h2 = next(h for h in s.detail.hearings if h.summons_no == 2)
    assert (h2.letter_date, h2.day) == (date(2026, 4, 1), date(2026, 4, 14))  # 3 Apr: Good Friday
    hearings.select_hearing(h2.id)
    clock.set(h2.day)
    result = hearings.record_attendance(True)
    assert not result.decided_on_evidence
    s.done("attendance_recorded")

    dialog = acts.conclude()
    assert dialog is not None
    fill(dialog, outcome=Outcome.REFERRED.value, summary="Pungutan liar terbukti.")
    assert not dialog.try_accept() and "to whom" in dialog.error_text
    accept(fill(dialog, outcome=Outcome.SUBSTANTIATED.value))
    s.done("transition")
    assert s.detail.stage == Stage.CONCLUDED and s.detail.outcome == Outcome.SUBSTANTIATED
    assert buttons(window) == {"reopen"}
    lines = [pane.timeline.event_line(e) for e in s.detail.timeline]
    assert any("witness Siti Saksi added" in line for line in lines)
    assert any("hearing of the accused scheduled for 1 April 2026" in line for line in lines)
    assert any("the accused did not attend the hearing" in line for line in lines)
    assert any("(second summons)" in line for line in lines)
    assert any("minutes recorded and signed" in line for line in lines)


def test_absent_twice_rests_on_the_evidence(window: MainWindow, cases: list[str],
                                            clock: Clock) -> None:
    clock.set(date(2026, 3, 13))
    s = Steps(window, cases[0])
    ws = s.ws
    proc = ws.procedure
    ws.cases.transition(cases[0], Stage.VERIFICATION)
    proc.mark_complete(cases[0])
    ws.cases.transition(cases[0], Stage.EXAMINATION)
    window.detail.show_case(cases[0])
    s._mark()
    hearings = window.detail.hearings_tab
    accept(fill(hearings.schedule(), letter_date=date(2026, 3, 13), day=date(2026, 4, 1)))
    hearings.table.selectRow(0)
    clock.set(date(2026, 4, 1))
    hearings.record_attendance(False)
    accept(hearings.dialog)
    h2 = next(h for h in window.detail.detail.hearings if h.summons_no == 2)
    hearings.select_hearing(h2.id)
    clock.set(h2.day)
    result = hearings.record_attendance(False)
    assert result.decided_on_evidence
    s.done("decision_on_evidence")
    assert "rests on the evidence" in hearings.outcome_label.text()


def test_close_as_duplicate_and_reopen(window: MainWindow, cases: list[str]) -> None:
    s = Steps(window, cases[0])
    acts = window.detail.case_actions
    other = s.ws.cases.detail(cases[1]).register_number
    dialog = acts.close_case()
    assert dialog is not None
    fill(dialog, reason="duplicate")
    assert not dialog.try_accept() and "register number" in dialog.error_text
    fill(dialog, duplicate_of="WBS-1999-99999")
    assert not dialog.try_accept() and "WBS-1999-99999" in dialog.error_text
    accept(fill(dialog, duplicate_of=other))
    s.done("transition")
    assert s.detail.stage == Stage.CLOSED
    assert s.detail.timeline[-1].detail.get("duplicate_of") == other
    assert buttons(window) == {"reopen"}

    dialog = acts.reopen()
    assert dialog is not None
    assert not dialog.try_accept() and "why" in dialog.error_text
    accept(fill(dialog, target=Stage.VERIFICATION.value, reason="Bukan duplikat: orang lain."))
    s.done("reopened")
    assert s.detail.stage == Stage.VERIFICATION


def test_summons_inside_seven_working_days_is_refused(window: MainWindow,
                                                      cases: list[str], clock: Clock) -> None:
    clock.set(date(2026, 3, 13))
    s = Steps(window, cases[0])
    ws = s.ws
    ws.cases.transition(cases[0], Stage.VERIFICATION)
    ws.procedure.mark_complete(cases[0])
    ws.cases.transition(cases[0], Stage.EXAMINATION)
    window.detail.show_case(cases[0])
    hearings = window.detail.hearings_tab
    dialog = hearings.schedule()
    assert dialog is not None
    fill(dialog, letter_date=date(2026, 3, 13))
    label = dialog.fields["earliest"]
    assert "1 April 2026" in label.text()  # type: ignore[attr-defined]
    assert "working days" in label.toolTip()
    # Tuesday 31 March: only 6 full working days after Friday 13 March (a weekend,
    # Nyepi, Idul Fitri and the joint leave days lie between).
    fill(dialog, day=date(2026, 3, 31))
    assert not dialog.try_accept()
    assert "earliest allowed date is 1 April 2026" in dialog.error_text
    assert not s.ws.cases.detail(cases[0]).hearings
    # an administrator may override with a recorded reason
    dialog.fields["override"].setText("Terlapor akan pindah tugas ke luar daerah.")  # type: ignore[attr-defined]
    accept(dialog)
    s.done("hearing_scheduled")
    h = s.detail.hearings[0]
    assert h.rule_overridden and "pindah tugas" in h.override_reason


def _shots() -> Path:
    folder = Path("/work/shots/hygiene")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_oversize_and_executable_attachments_are_refused(window: MainWindow, cases: list[str],
                                                         tmp_path: Path, modals) -> None:  # type: ignore[no-untyped-def]
    s = Steps(window, cases[0])
    tab = window.detail.attachments_tab
    s.ws.settings.put("attachments.max_bytes", 1024)
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF" + b"0" * 2000)
    assert not tab.add_file(str(big))
    assert "too large" in tab.error.text() and "limit" in tab.error.text()
    exe = tmp_path / "bukti.pdf.exe"
    exe.write_bytes(b"MZ" + b"0" * 10)
    assert not tab.add_file(str(exe))
    assert ".exe are refused" in tab.error.text()
    renamed = tmp_path / "bukti.pdf"
    renamed.write_bytes(b"MZ\x90\x00" + b"\x00" * 60)
    assert not tab.add_file(str(renamed))
    assert "named .pdf but its content is a .exe file" in tab.error.text()
    tab.resize(460, 300)
    tab.grab().save(str(_shots() / "attachment-refused-en.png"))
    assert not s.ws.cases.detail(cases[0]).attachments

    good = tmp_path / "kuitansi.txt"
    good.write_bytes(b"Kuitansi Rp 2.000.000")
    assert tab.add_file(str(good))
    s.done("attachment_added")
    assert tab.list.count() == 1
    tab.list.setCurrentRow(0)
    import tempfile

    before = set(Path(tempfile.gettempdir()).iterdir())
    viewer = tab.open_selected()
    from wbs_desktop.gui.case.attachment_viewer import AttachmentViewer

    assert isinstance(viewer, AttachmentViewer), "text opens inside the app"
    assert viewer.text_view is not None and "Rp 2.000.000" in viewer.text_view.toPlainText()
    assert set(Path(tempfile.gettempdir()).iterdir()) == before, "no decrypted copy on disk"
    viewer.close()
    # A picture: shown from memory, with zoom.
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    photo = tmp_path / "foto.png"
    photo.write_bytes(bytes(buffer.data().data()))
    assert tab.add_file(str(photo))
    s.done("attachment_added")
    tab.list.setCurrentRow([tab.list.item(i).text() for i in range(tab.list.count())].index(
        next(tab.list.item(i).text() for i in range(tab.list.count())
             if "foto.png" in tab.list.item(i).text())))
    viewer = tab.open_selected()
    assert isinstance(viewer, AttachmentViewer) and viewer.image_label is not None
    viewer.zoom_by(viewer.ZOOM_STEP)
    assert viewer.image_label.pixmap().width() == 50
    viewer.close()
    # A decrypted copy an older version left behind is swept (at start and at lock).
    old = Path(tempfile.gettempdir()) / "wbs-old123.pdf"
    old.write_bytes(b"%PDF-1.4 old plaintext")
    case_tabs.remove_temp_files()
    assert not old.exists()


def test_notes(window: MainWindow, cases: list[str]) -> None:
    s = Steps(window, cases[0])
    notes = window.detail.notes_tab
    assert not notes.add_note() and notes.error.text() == "Write the note first."
    notes.edit.setPlainText("Pelapor menelepon, akan datang hari Senin.")
    assert notes.add_note()
    settle(window)
    assert "Maria Admin" in notes.list.item(0).text()
    assert "Senin" in notes.list.item(0).text()
    assert s.ws.audit.verify().ok


def test_conflict_of_interest_is_refused_with_the_reason(window: MainWindow,
                                                          cases: list[str]) -> None:
    controller = window._controller
    accused = officer(controller, "Ahmad Yani", "ahmad")
    s = Steps(window, cases[0])
    dialog = window.detail.case_actions.assign()
    assert dialog is not None
    fill(dialog, officer=accused.id)
    assert not dialog.try_accept()
    assert "Ahmad Yani cannot be assigned" in dialog.error_text
    assert "the same name" in dialog.error_text
    assert dialog.isVisible(), "the dialog stays open with the choice kept"
    assert not s.ws.cases.detail(cases[0]).officers


def test_a_conflict_keeps_the_input_and_says_who(window: MainWindow, cases: list[str]) -> None:
    controller = window._controller
    s = Steps(window, cases[0])
    dialog = window.detail.case_actions.close_case()
    assert dialog is not None
    fill(dialog, reason="out_of_scope", note="Bukan pegawai provinsi.")
    s.ws.cases.transition(cases[0], Stage.VERIFICATION)  # "someone else", meanwhile
    assert not dialog.try_accept()
    assert "Maria Admin changed this case" in dialog.error_text
    assert dialog.fields["note"].toPlainText() == "Bukan pegawai provinsi."  # type: ignore[attr-defined]
    settle(window)
    accept(dialog)  # the second try uses the version now shown
    assert controller.detail(cases[0]).stage == Stage.CLOSED


def test_staff_and_other_officers_see_no_actions(qtbot, window: MainWindow, cases: list[str],  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    from wbs_desktop.gui.case.case_actions import CaseActions

    controller = window._controller
    acts = CaseActions(controller)
    qtbot.addWidget(acts)
    detail = controller.detail(cases[0])
    assert acts.available(detail) == {"assign", "start_verification", "close"}
    admin = controller.user
    assert admin is not None
    for role in (Role.STAFF, Role.OFFICER):  # the officer is not assigned to this case
        monkeypatch.setattr(Controller, "user", property(lambda _s, r=role: replace(
            admin, id=999, role=r)))
        assert acts.available(detail) == set(), role


def logged_in(qtbot, office_db: str, username: str, password: str) -> Controller:  # type: ignore[no-untyped-def]
    ctl = Controller()
    with qtbot.waitSignal(ctl.database_opened, timeout=20_000):
        ctl.open_database(office_db)
    with qtbot.waitSignal(ctl.logged_in, timeout=20_000):
        ctl.login(username, password)
    return ctl


def test_the_assigned_officer_works_the_case_and_the_accused_officer_cannot(  # type: ignore[no-untyped-def]
        qtbot, controller: Controller, cases: list[str], office_db: str) -> None:
    pete = officer(controller)
    officer(controller, "Kornelis Ndun", "kornelis")  # the accused of cases[2]
    controller.case_service().assign(cases[0], pete.id)
    ctl = logged_in(qtbot, office_db, "petrus", OFFICER_PASSWORD)
    try:
        w = MainWindow(ctl)
        qtbot.addWidget(w)
        w.show()
        settle(w)
        assert w.table.select_case(cases[0])
        assert buttons(w) == {"start_verification", "close"}, "no assigning, no reopening"
        accept(w.detail.case_actions.start_verification())
        settle(w)
        assert w.detail.detail.stage == Stage.VERIFICATION
        assert w.detail.notes_tab.add_button.isVisibleTo(w.detail.notes_tab)
        assert w.table.select_case(cases[1])
        assert buttons(w) == set(), "not assigned to this one"
        assert not w.detail.witnesses.add_button.isVisibleTo(w.detail.witnesses)
    finally:
        ctl.close()

    kornelis = logged_in(qtbot, office_db, "kornelis", OFFICER_PASSWORD)
    try:
        w = MainWindow(kornelis)
        qtbot.addWidget(w)
        settle(w)
        assert w.table.select_case(cases[2])
        assert w.detail.detail is not None and not w.detail.detail.granted
        assert buttons(w) == set()
        assert w.detail.no_grant_label.isVisibleTo(w.detail)
    finally:
        kornelis.close()
    assert controller._ws.audit.verify().ok
