"""The procedure's actions on the selected case (issue 5): a row of buttons in
the detail pane, each shown only for the right role and stage (the domain's
table of steps says which), each opening an ``ActionDialog`` whose OK runs the
controller's write action off the GUI thread. After a success the detail and
the table refresh."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from wbs_desktop.domain.roles import Action, Role
from wbs_desktop.domain.stages import (
    STEP_TARGETS,
    CloseReason,
    Outcome,
    Stage,
    Step,
    back_targets,
    steps_in,
)
from wbs_desktop.gui.case.action_dialog import ActionDialog, Invalid, date_edit, edit_date
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.labels import match_label, outcome_label, stage_label
from wbs_desktop.gui.messages import year_warning_message
from wbs_desktop.gui.notices import near_miss_warning
from wbs_desktop.letters.model import LetterKind
from wbs_desktop.services.dto import CaseDetail
from wbs_desktop.services.errors import ServiceError

log = logging.getLogger(__name__)

def text_edit(parent: QWidget, height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


class CaseActions(QWidget):
    """Buttons for what the logged-in user may do with the case in its stage."""

    changed = Signal(str)
    """Emits: the id of the case an action just changed."""
    letter_wanted = Signal(str)
    """Emits: the kind of letter (``LetterKind`` value) to draft right after an action."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._detail: CaseDetail | None = None
        self.dialog: ActionDialog | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot, tip in (
            ("assign", self.tr("Assign officer…"), self.assign,
             self.tr("Give the case to an officer, who receives its keys")),
            (Step.START_VERIFICATION, self.tr("Start verification…"), self.start_verification,
             self.tr("Start checking the report for completeness (4W1H)")),
            (Step.MARK_COMPLETE, self.tr("Complete: investigate…"), self.mark_complete,
             self.tr("The report is complete: the investigation starts")),
            (Step.REQUEST_INFO, self.tr("Ask for more information…"), self.request_information,
             self.tr("Ask the reporter for what is missing, with a reply deadline")),
            (Step.RECORD_REPLY, self.tr("Record the reply…"), self.record_reply,
             self.tr("The reporter's reply arrived: back to verification")),
            (Step.TO_CLARIFICATION, self.tr("To clarification…"), self.to_clarification,
             self.tr("Invite the reporter and witnesses for clarification")),
            (Step.TO_EXAMINATION, self.tr("To examination…"), self.to_examination,
             self.tr("Summon the accused for examination")),
            (Step.CONCLUDE, self.tr("Conclude…"), self.conclude,
             self.tr("Finish the case: substantiated, not substantiated or referred")),
            (Step.CLOSE, self.tr("Close…"), self.close_case,
             self.tr("End the case without investigation: incomplete, out of scope or a "
                     "duplicate")),
            ("reopen", self.tr("Reopen / step back…"), self.reopen,
             self.tr("Administrators: take the case back to an earlier stage, with a reason")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"action_{name}")
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[name] = button
        self.set_case(None)

    # --- which actions ------------------------------------------------------------

    def available(self, d: CaseDetail | None) -> set[str]:
        if d is None or not d.granted:
            return set()
        user = self._controller.user
        if user is None or user.role == Role.STAFF:
            return set()
        admin = user.role == Role.ADMIN
        assigned = any(o.id == user.id for o in d.officers)
        names: set[str] = set()
        if admin and not d.stage.is_final:
            names.add("assign")
        if admin and back_targets(d.stage):
            names.add("reopen")
        if not (admin or assigned) or not self._controller.can(Action.TRANSITION):
            return names
        return names | {step.value for step in steps_in(d.stage)}

    def set_case(self, d: CaseDetail | None) -> None:
        self._detail = d
        names = self.available(d)
        while self._grid.count():
            self._grid.takeAt(0)
        shown = [b for n, b in self.buttons.items() if n in names]
        for b in self.buttons.values():
            b.setVisible(b in shown)
        for i, b in enumerate(shown):
            self._grid.addWidget(b, i // 2, i % 2)
        self.setVisible(bool(shown))

    # --- running an action ----------------------------------------------------------

    def _open(self, title: str, intro: str, ok: str,
              submit: Callable[[ActionDialog], object]) -> ActionDialog:
        assert self._detail is not None
        case_id = self._detail.id

        def done(dialog: ActionDialog) -> object:
            result = submit(dialog)
            self.changed.emit(case_id)
            return result

        def conflict() -> None:
            # The user has been told who changed the case; the pane now shows the
            # new state, and the next try is made against it. The input stays.
            self.changed.emit(case_id)
            if self._detail is not None and self._detail.id == case_id:
                dialog.setProperty("expected_version", self._detail.version)

        dialog = ActionDialog(self.window(), title, intro, ok, done, conflict)
        # The version the user saw when opening: a save by someone else meanwhile
        # (even one shown by a live refresh) is a conflict, not silently overwritten.
        dialog.setProperty("expected_version", self._detail.version)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _version(self) -> int:
        if self.dialog is not None and self.dialog.property("expected_version") is not None:
            return int(self.dialog.property("expected_version"))
        assert self._detail is not None
        return self._detail.version

    @staticmethod
    def _text(dialog: ActionDialog, name: str) -> str:
        w = dialog.fields[name]
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip()
        assert isinstance(w, QLineEdit)
        return w.text().strip()

    def _need(self, dialog: ActionDialog, name: str, message: str, minimum: int = 3) -> str:
        text = self._text(dialog, name)
        if len(text) < minimum:
            dialog.fields[name].setFocus()
            raise Invalid(message)
        return text

    def assign(self) -> ActionDialog | None:
        d = self._detail
        if d is None:
            return None
        combo = QComboBox()
        current = {o.id for o in d.officers}
        try:  # users whose name or NIP is like the accused's, named before assigning
            warnings = {w.user_id: w for w in
                        self._controller.case_service().conflict_warnings(d.id)}
        except ServiceError:
            log.warning("conflict-of-interest warnings unavailable", exc_info=True)
            warnings = {}
        for officer in self._controller.officers():
            label = officer.full_name or officer.username
            if officer.id in current:
                label += " " + self.tr("(assigned)")
            combo.addItem(label, officer.id)
        replace = QComboBox()
        replace.addItem(self.tr("Add to the officers already assigned"), False)
        replace.addItem(self.tr("Replace the officers assigned now"), True)

        def submit(dialog: ActionDialog) -> None:
            officer_id = combo.currentData()
            if officer_id is None:
                raise Invalid(self.tr("Choose an officer."))
            others = ([o.id for o in d.officers if o.id != officer_id]
                      if replace.currentData() else [])
            dialog.run(lambda ok, bad: self._controller.assign(
                d.id, int(officer_id), expected_version=self._version(), unassign=others,
                success=ok, failure=bad))

        dialog = self._open(
            self.tr("Assign an officer"),
            self.tr("The officer receives the case's keys. Someone who is the person reported "
                    "in the case is refused."),
            self.tr("&Assign"), submit)
        combo.setParent(dialog)
        replace.setParent(dialog)
        dialog.add_row("officer", self.tr("&Officer:"), combo)
        warning = QLabel(dialog)
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #b71c1c; font-weight: bold;")
        dialog.add_row("conflict", "", warning)

        def show_warning() -> None:
            found = warnings.get(combo.currentData())
            text = ""
            if found is not None and found.matched_on == "near":
                text = near_miss_warning(found)
            elif found is not None:
                text = self.tr("%1 is the person reported in this case (%2): the assignment "
                               "will be refused.").replace("%1", found.full_name).replace(
                                   "%2", match_label(found.matched_on))
            warning.setText(text)
            dialog.set_row_visible("conflict", bool(text))

        combo.currentIndexChanged.connect(lambda _i: show_warning())
        show_warning()
        dialog.add_row("mode", self.tr("&Others:"), replace)
        replace.setVisible(bool(d.officers))
        dialog.set_row_visible("mode", bool(d.officers))
        return dialog

    def start_verification(self) -> ActionDialog | None:
        if self._detail is None:
            return None
        case_id = self._detail.id
        return self._open(
            self.tr("Start verification"),
            self.tr("Check that the report says what, where, when, who and how (4W1H), "
                    "with supporting evidence."),
            self.tr("&Start verification"),
            lambda d: d.run(lambda ok, bad: self._controller.start_verification(
                case_id, expected_version=self._version(), success=ok, failure=bad)))

    def mark_complete(self) -> ActionDialog | None:
        if self._detail is None:
            return None
        case_id = self._detail.id
        dialog = self._open(
            self.tr("The report is complete"),
            self.tr("The report is complete: the investigation starts."),
            self.tr("Start the &investigation"),
            lambda d: d.run(lambda ok, bad: self._controller.mark_complete(
                case_id, self._text(d, "note"), expected_version=self._version(),
                success=ok, failure=bad)))
        dialog.add_row("note", self.tr("&Note (optional):"), text_edit(dialog, 60))
        return dialog

    def request_information(self) -> ActionDialog | None:
        if self._detail is None:
            return None
        case_id = self._detail.id
        days = self._controller.reply_days()

        def submit(d: ActionDialog) -> object:
            items = [line.strip(" -•\t") for line in self._text(d, "missing").splitlines()]
            items = [i for i in items if i]
            if not items:
                d.fields["missing"].setFocus()
                raise Invalid(self.tr("Write what is missing, one item a line."))
            deadline = edit_date(d.fields["deadline"])  # type: ignore[arg-type]
            if deadline <= self._controller.today():
                raise Invalid(self.tr("The reply deadline must be after today."))
            result = d.run(lambda ok, bad: self._controller.request_information(
                case_id, items, deadline=deadline, expected_version=self._version(),
                success=ok, failure=bad))
            if letter.isChecked():
                self.letter_wanted.emit(LetterKind.REQUEST_COMPLETION.value)
            return result

        dialog = self._open(
            self.tr("Ask the reporter for more information"),
            self.tr("The case waits for the reporter's reply. Without a reply by the deadline "
                    "it may be closed as incomplete."),
            self.tr("&Ask for it"), submit)
        missing = text_edit(dialog)
        missing.setPlaceholderText(self.tr("e.g. the date of the incident\ncopies of receipts"))
        dialog.add_row("missing", self.tr("&What is missing (one a line):"), missing)
        deadline = date_edit(dialog, self._controller.today() + timedelta(days=days))
        deadline.setToolTip(self.tr("Default: %n day(s) from today (a setting).", "", days))
        dialog.add_row("deadline", self.tr("Reply &deadline:"), deadline)
        year_warning = QLabel(dialog)
        year_warning.setObjectName("yearWarning")
        year_warning.setWordWrap(True)
        year_warning.setStyleSheet("color: #8a5a00;")
        dialog.add_row("year_warning", "", year_warning)

        def show_year_warnings() -> None:
            """The deadline reaches into a year whose holiday list is not confirmed."""
            try:
                found = self._controller.holidays().warnings(
                    self._controller.today(), edit_date(deadline))
            except ServiceError:
                log.warning("holiday-list warnings unavailable", exc_info=True)
                found = ()
            text = "\n".join("⚠ " + year_warning_message(w.code, w.year) for w in found)
            year_warning.setText(text)
            dialog.set_row_visible("year_warning", bool(text))

        deadline.dateChanged.connect(lambda _d: show_year_warnings())
        show_year_warnings()
        letter = QCheckBox(self.tr("Then &write the request letter to the reporter"), dialog)
        letter.setChecked(True)
        dialog.add_row("letter", "", letter)
        return dialog

    def record_reply(self) -> ActionDialog | None:
        if self._detail is None:
            return None
        case_id = self._detail.id

        def submit(d: ActionDialog) -> object:
            summary = self._need(d, "summary", self.tr("Summarise what the reporter sent."))
            return d.run(lambda ok, bad: self._controller.record_reply(
                case_id, summary, expected_version=self._version(), success=ok, failure=bad))

        dialog = self._open(self.tr("Record the reporter's reply"),
                            self.tr("The case goes back to verification."),
                            self.tr("&Record"), submit)
        dialog.add_row("summary", self.tr("&What arrived:"), text_edit(dialog))
        return dialog

    def _move(self, step: Step, title: str, ok: str) -> ActionDialog | None:
        """A step that only moves the case (the domain says where it leads; the
        service refuses it in a stage that does not allow it)."""
        if self._detail is None:
            return None
        case_id = self._detail.id
        target = STEP_TARGETS[step]
        dialog = self._open(
            title, self.tr("The case moves to the stage “%1”.").replace("%1", stage_label(target)),
            ok, lambda d: d.run(lambda done, bad: self._controller.move_case(
                case_id, target, self._text(d, "note"), expected_version=self._version(),
                success=done, failure=bad)))
        dialog.add_row("note", self.tr("&Note (optional):"), text_edit(dialog, 60))
        return dialog

    def to_clarification(self) -> ActionDialog | None:
        return self._move(Step.TO_CLARIFICATION, self.tr("To clarification"),
                          self.tr("To &clarification"))

    def to_examination(self) -> ActionDialog | None:
        return self._move(Step.TO_EXAMINATION, self.tr("To examination of the accused"),
                          self.tr("To &examination"))

    def conclude(self) -> ActionDialog | None:
        if self._detail is None:
            return None
        case_id = self._detail.id
        outcome = QComboBox()
        for o in Outcome:
            outcome.addItem(outcome_label(o), o.value)
        outcome.setCurrentIndex(-1)

        def submit(d: ActionDialog) -> object:
            if outcome.currentIndex() < 0:
                raise Invalid(self.tr("Choose the outcome."))
            chosen = Outcome(outcome.currentData())
            summary = self._need(d, "summary", self.tr("Write a summary of the findings."))
            referred = self._text(d, "referred_to")
            if chosen == Outcome.REFERRED and not referred:
                raise Invalid(self.tr("Say to whom the case is referred."))
            recommend = self._text(d, "recommend")
            return d.run(lambda ok, bad: self._controller.conclude(
                case_id, chosen, summary, recommend, referred_to=referred,
                expected_version=self._version(), success=ok, failure=bad))

        dialog = self._open(self.tr("Conclude the case"), "", self.tr("C&onclude"), submit)
        outcome.setParent(dialog)
        dialog.add_row("outcome", self.tr("&Outcome:"), outcome)
        dialog.add_row("referred_to", self.tr("&Referred to:"), QLineEdit(dialog))
        dialog.add_row("summary", self.tr("&Summary:"), text_edit(dialog))
        dialog.add_row("recommend", self.tr("Recommen&dations:"), text_edit(dialog, 60))
        dialog.set_row_visible("referred_to", False)
        outcome.currentIndexChanged.connect(lambda _i: dialog.set_row_visible(
            "referred_to", outcome.currentData() == Outcome.REFERRED.value))
        return dialog

    def close_case(self) -> ActionDialog | None:
        if self._detail is None:
            return None
        case_id = self._detail.id
        reason = QComboBox()
        labels = {
            CloseReason.INCOMPLETE_AFTER_DEADLINE: self.tr("Incomplete after the deadline"),
            CloseReason.OUT_OF_SCOPE: self.tr("Out of scope"),
            CloseReason.DUPLICATE: self.tr("Duplicate of another case"),
        }
        for r, label in labels.items():
            reason.addItem(label, r.value)
        reason.setCurrentIndex(-1)

        def submit(d: ActionDialog) -> object:
            if reason.currentIndex() < 0:
                raise Invalid(self.tr("Choose why the case is closed."))
            r = CloseReason(reason.currentData())
            other = self._text(d, "duplicate_of").upper()
            if r == CloseReason.DUPLICATE and not other:
                d.fields["duplicate_of"].setFocus()
                raise Invalid(self.tr("Give the register number of the other case."))
            note = self._text(d, "note")
            return d.run(lambda ok, bad: self._controller.close_case(
                case_id, r, note, duplicate_of=other or None, expected_version=self._version(),
                success=ok, failure=bad))

        dialog = self._open(self.tr("Close the case"),
                            self.tr("A closed case is not investigated. Only an administrator "
                                    "can reopen it."), self.tr("C&lose the case"), submit)
        reason.setParent(dialog)
        dialog.add_row("reason", self.tr("&Reason:"), reason)
        other = QLineEdit(dialog)
        other.setPlaceholderText(self.tr("register number, e.g. WBS/2026/00012"))
        dialog.add_row("duplicate_of", self.tr("&Duplicate of:"), other)
        dialog.add_row("note", self.tr("&Note (optional):"), text_edit(dialog, 60))
        dialog.set_row_visible("duplicate_of", False)
        reason.currentIndexChanged.connect(lambda _i: dialog.set_row_visible(
            "duplicate_of", reason.currentData() == CloseReason.DUPLICATE.value))
        return dialog

    def reopen(self) -> ActionDialog | None:
        d = self._detail
        if d is None:
            return None
        target = QComboBox()
        for s in back_targets(d.stage):
            target.addItem(stage_label(s), s.value)
        target.setCurrentIndex(target.count() - 1)

        def submit(dialog: ActionDialog) -> object:
            why = self._need(dialog, "reason", self.tr("Write why the case goes back."), 5)
            back_to = Stage(target.currentData())
            return dialog.run(lambda ok, bad: self._controller.reopen(
                d.id, back_to, why, success=ok, failure=bad))

        dialog = self._open(
            self.tr("Reopen or step back"),
            self.tr("An administrator's act: the reason is kept in the timeline and the audit "
                    "log."), self.tr("&Reopen"), submit)
        target.setParent(dialog)
        dialog.add_row("target", self.tr("Back to &stage:"), target)
        dialog.add_row("reason", self.tr("&Reason:"), text_edit(dialog, 60))
        return dialog
