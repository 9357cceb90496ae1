"""The Hearings tab of the detail pane (issue 5): the hearings of a case, scheduling
one under the summons rules of PP 94/2021 (a second summons after an absence),
recording attendance and the minutes. Like the other parts (``case_tabs``) it
shows a ``CaseDetail``, writes through the controller and emits ``changed``."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate, QSize, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.domain.calendar import SUMMONS_RULE_READING
from wbs_desktop.domain.parties import Attendance, Party
from wbs_desktop.domain.signatories import Official
from wbs_desktop.domain.stages import parties_heard_in
from wbs_desktop.gui.case.action_dialog import ActionDialog, Invalid, date_edit, edit_date
from wbs_desktop.gui.case.case_actions import text_edit
from wbs_desktop.gui.case.case_tabs import ROLE_ID, CasePart
from wbs_desktop.gui.case.qa_editor import QaEditor
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.dialogs import show_error
from wbs_desktop.gui.labels import format_date, format_short_date
from wbs_desktop.gui.messages import service_error_message, year_warning_message
from wbs_desktop.gui.screen_fit import fit_to_screen
from wbs_desktop.services.dto import CaseDetail, HearingInfo
from wbs_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from wbs_desktop.services.procedure import AttendanceResult, SummonsProposal

#: Printed in the letters, so Indonesian whatever the UI language.
DEFAULT_PLACE = "Ruang Pemeriksaan, Badan Kepegawaian Daerah Provinsi NTT"


class HearingsTab(CasePart):
    letters_requested = Signal(int)
    """Emits: the id of a hearing whose letters the user wants to see or make."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("hearingsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Who"), self.tr("Attendance")]
        )
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setObjectName("hearingInfo")
        layout.addWidget(self.info)
        grid = QHBoxLayout()
        self.schedule_button = QPushButton(self.tr("&Schedule…"), self)
        self.schedule_button.clicked.connect(lambda: self.schedule())
        self.present_button = QPushButton(self.tr("&Present"), self)
        self.present_button.clicked.connect(lambda: self.record_attendance(True))
        self.absent_button = QPushButton(self.tr("A&bsent"), self)
        self.absent_button.clicked.connect(lambda: self.record_attendance(False))
        self.minutes_button = QPushButton(self.tr("&Minutes…"), self)
        self.minutes_button.clicked.connect(lambda: self.record_minutes())
        self.letter_button = QPushButton(self.tr("&Letter…"), self)
        self.letter_button.setToolTip(
            self.tr("Generate this hearing's letter (summons, invitation, request, minutes)")
        )
        self.letter_button.clicked.connect(self._request_letter)
        for b in (
            self.schedule_button,
            self.present_button,
            self.absent_button,
            self.minutes_button,
            self.letter_button,
        ):
            grid.addWidget(b)
        grid.addStretch(1)
        layout.addLayout(grid)
        self.outcome_label = QLabel(self)
        self.outcome_label.setObjectName("hearingOutcome")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setStyleSheet("color: #8d6e00;")
        layout.addWidget(self.outcome_label)

    def party_text(self, h: HearingInfo) -> str:
        kinds = {
            Party.REPORTER: self.tr("Reporter"),
            Party.WITNESS: self.tr("Witness"),
            Party.ACCUSED: self.tr("Accused"),
        }
        name = "" if h.party_kind == Party.REPORTER else f": {h.party_name}"
        return kinds.get(h.party_kind, h.party_kind) + name

    def attendance_text(self, value: Attendance) -> str:
        return {
            Attendance.SCHEDULED: self.tr("scheduled"),
            Attendance.PRESENT: self.tr("present"),
            Attendance.ABSENT: self.tr("absent"),
        }.get(value, value)

    def set_case(self, d: CaseDetail | None) -> None:
        self._detail = d
        hearings = d.hearings if d is not None else ()
        self.table.setRowCount(len(hearings))
        for row, h in enumerate(hearings):
            minutes = ""
            if h.minutes is not None and h.minutes.signed is not None:
                minutes = " · " + (
                    self.tr("minutes signed")
                    if h.minutes.signed
                    else self.tr("minutes: signature refused")
                )
            who = self.party_text(h)
            if h.party_kind == Party.ACCUSED:
                who += " (" + self.tr("summons %1").replace("%1", str(h.summons_no)) + ")"
            cells = (
                f"{format_short_date(h.day)} {h.start}",
                who,
                self.attendance_text(h.attendance) + minutes,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROLE_ID, h.id)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self.outcome_label.setText("")
        if d is not None and any(e.kind == "decision_on_evidence" for e in d.timeline):
            self.outcome_label.setText(self.decided_on_evidence_text())
        self._update_buttons()

    def decided_on_evidence_text(self) -> str:
        return self.tr(
            "The accused did not attend the second summons: the decision rests on "
            "the evidence at hand (PP 94/2021)."
        )

    def selected(self) -> HearingInfo | None:
        if self._detail is None:
            return None
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        hid = item.data(ROLE_ID) if item is not None else None
        return next((h for h in self._detail.hearings if h.id == hid), None)

    def select_hearing(self, hearing_id: int) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ROLE_ID) == hearing_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        editable = self.can_edit()
        d = self._detail
        self.schedule_button.setVisible(
            editable and d is not None and bool(parties_heard_in(d.stage))
        )
        h = self.selected()
        for b in (self.present_button, self.absent_button):
            b.setVisible(editable and h is not None and h.attendance == Attendance.SCHEDULED)
        self.minutes_button.setVisible(
            editable and h is not None and h.attendance == Attendance.PRESENT
        )
        self.letter_button.setVisible(editable and h is not None)
        if h is None:
            self.info.setText("")
            return
        text = (
            self.tr("Letter of %1 · %2 · examiners: %3")
            .replace("%1", format_date(h.letter_date))
            .replace("%2", h.place)
            .replace("%3", ", ".join(h.examiners))
        )
        if h.rule_overridden:
            text += "\n" + self.tr("Summons rule set aside by an administrator: %1").replace(
                "%1", h.override_reason
            )
        self.info.setText(text)

    def _request_letter(self) -> None:
        h = self.selected()
        if h is not None:
            self.letters_requested.emit(h.id)

    def schedule(
        self, *, second_after: HearingInfo | None = None, proposal: SummonsProposal | None = None
    ) -> ActionDialog | None:
        d = self._detail
        if d is None:
            return None
        admin = self._controller.is_admin
        party = QComboBox()
        heard = parties_heard_in(d.stage)  # who is heard in this stage: the domain says
        if second_after is not None:
            party.addItem(self.tr("Accused (second summons)"), Party.ACCUSED.value)
        else:
            if Party.REPORTER in heard:
                party.addItem(self.tr("Reporter"), Party.REPORTER.value)
            if Party.WITNESS in heard:
                for w in d.witnesses:
                    party.addItem(
                        self.tr("Witness: %1").replace("%1", w.name),
                        f"{Party.WITNESS.value}:{w.id}",
                    )
            if Party.ACCUSED in heard:
                party.addItem(
                    self.tr("Accused: %1").replace("%1", d.accused.name if d.accused else ""),
                    Party.ACCUSED.value,
                )
        today = self._controller.today()
        holidays = self._controller.holidays()
        try:  # letters are dated on working days: on a Sunday, the coming Monday
            calendar = holidays.calendar()
            first_letter_day = calendar.next_working_day(today)
        except ServiceError:
            calendar, first_letter_day = None, today
        letter = date_edit(self, proposal.letter_date if proposal else first_letter_day)
        earliest_label = QLabel(self)
        earliest_label.setObjectName("earliestLabel")
        earliest_label.setWordWrap(True)
        earliest_label.setToolTip(SUMMONS_RULE_READING)
        day = date_edit(self, proposal.earliest_day if proposal else today)
        start = QTimeEdit(QTime(9, 0), self)
        start.setDisplayFormat("HH:mm")
        place = QLineEdit(DEFAULT_PLACE, self)
        # Examiners are people, chosen from the case's examination team (and the
        # user at the keyboard): a name such as "Maria Goreti Lake, S.H." stays one.
        examiners = QListWidget(self)
        examiners.setObjectName("examinersList")
        examiners.setToolTip(
            self.tr(
                "The examiners come from the case's examination team "
                "(Letters tab, Examination team…)."
            )
        )
        team: list[Official] = []
        try:
            team = [o for o in self._controller.signatories().team(d.id) if o.name]
        except ServiceError:  # the team could not be read: the user alone
            team = []
        people = [o.name for o in team]
        from_team = bool(people)
        user = self._controller.user
        if user is not None and f"user:{user.username}" not in {o.key for o in team}:
            people.append(user.full_name or user.username)
        for name in people:
            item = QListWidgetItem(name, examiners)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if from_team or len(people) == 1 else Qt.CheckState.Unchecked
            )
        examiners.setMaximumHeight(
            examiners.sizeHintForRow(0) * min(len(people), 4) + 2 * examiners.frameWidth() + 4
        )
        override = QLineEdit(self)
        override.setPlaceholderText(self.tr("only to set a summons rule aside: say why"))

        def kind() -> str:
            return str(party.currentData() or "").partition(":")[0]

        def refresh_earliest() -> None:
            accused = kind() == Party.ACCUSED
            try:
                e = holidays.earliest_hearing(edit_date(letter), accused=accused)
            except ServiceError as exc:
                earliest_label.setText(service_error_message(exc))
                return
            if accused:
                text = self.tr(
                    "Earliest allowed date: %1 (PP 94/2021: at least 7 working days between the "
                    "letter and the hearing)."
                ).replace("%1", format_date(e.earliest))
            else:
                text = self.tr("Earliest working day: %1.").replace("%1", format_date(e.earliest))
            if proposal is not None and getattr(proposal, "latest_letter_date", None):
                text += "\n" + self.tr(
                    "The second summons letter is dated from %1 to %2 (the first hearing day "
                    "and 7 working days after it)."
                ).replace(
                    "%1", format_date(second_after.day if second_after else proposal.letter_date)
                ).replace("%2", format_date(proposal.latest_letter_date))
            warned = False
            letter_day = edit_date(letter)
            if calendar is not None and not calendar.is_working_day(letter_day):
                text += "\n⚠ " + self.tr(
                    "%1 is not a working day: letters are dated on working days."
                ).replace("%1", format_date(letter_day))
                warned = True
            for w in e.warnings:
                if w.code == "letter_in_past":
                    continue
                text += "\n⚠ " + year_warning_message(w.code, w.year)
                warned = True
            earliest_label.setText(text)
            earliest_label.setStyleSheet("color: #8a5a00;" if warned else "")
            earliest_label.setProperty("earliest", e.earliest)
            if edit_date(day) < e.earliest:
                day.setDate(QDate(e.earliest.year, e.earliest.month, e.earliest.day))

        def submit(dialog: ActionDialog) -> object:
            from wbs_desktop.services.procedure import HearingInput

            data = str(party.currentData() or "")
            if not data:
                raise Invalid(self.tr("Choose who is to be heard."))
            party_kind, _sep, party_id = data.partition(":")
            names = tuple(
                examiners.item(i).text()
                for i in range(examiners.count())
                if examiners.item(i).checkState() == Qt.CheckState.Checked
            )
            if not names:
                examiners.setFocus()
                raise Invalid(self.tr("Name at least one examiner."))
            if not place.text().strip():
                place.setFocus()
                raise Invalid(self.tr("Give the place."))
            t = start.time()
            h = HearingInput(
                party_kind=party_kind,
                letter_date=edit_date(letter),
                day=edit_date(day),
                start=time(t.hour(), t.minute()),
                place=place.text().strip(),
                examiners=names,
                party_id=int(party_id) if party_id else None,
                override_reason=override.text().strip() if admin else "",
            )
            if second_after is not None:
                first_id = second_after.id
                return dialog.run(
                    lambda ok, bad: self._controller.schedule_second_summons(
                        first_id, h, success=ok, failure=bad
                    )
                )
            return dialog.run(
                lambda ok, bad: self._controller.schedule_hearing(d.id, h, success=ok, failure=bad)
            )

        title = (
            self.tr("Second summons of the accused")
            if second_after is not None
            else self.tr("Schedule a hearing")
        )
        intro = (
            self.tr(
                "The accused did not attend. The second summons follows the same rule; "
                "the proposed date is the earliest allowed."
            )
            if second_after is not None
            else ""
        )
        dialog = ActionDialog(self.window(), title, intro, self.tr("&Schedule"), self._wrap(submit))
        dialog.setProperty("helpTopic", "hearings")
        for widget in (party, letter, earliest_label, day, start, place, examiners, override):
            widget.setParent(dialog)
        dialog.add_row("party", self.tr("&Who:"), party)
        dialog.add_row("letter_date", self.tr("&Letter date:"), letter)
        dialog.add_row("earliest", "", earliest_label)
        dialog.add_row("day", self.tr("&Hearing day:"), day)
        dialog.add_row("start", self.tr("&Time:"), start)
        dialog.add_row("place", self.tr("&Place:"), place)
        dialog.add_row("examiners", self.tr("E&xaminers:"), examiners)
        dialog.add_row("override", self.tr("&Override reason (administrator):"), override)
        dialog.set_row_visible("override", admin)
        party.currentIndexChanged.connect(lambda _i: refresh_earliest())
        letter.dateChanged.connect(lambda _d: refresh_earliest())
        refresh_earliest()
        return self._open(dialog)

    def record_attendance(self, present: bool) -> AttendanceResult | None:
        h = self.selected()
        if h is None or self._detail is None:
            return None
        case_id = self._detail.id
        try:
            result = cast(
                "AttendanceResult",
                self._wait(
                    lambda ok, bad: self._controller.record_attendance(
                        h.id, present, success=ok, failure=bad
                    )
                ),
            )
        except ServiceError as exc:
            show_error(self, service_error_message(exc))
            return None
        self.changed.emit(case_id)
        if result.decided_on_evidence:
            self.outcome_label.setText(self.decided_on_evidence_text())
        elif result.second_summons is not None:
            self.select_hearing(h.id)
            first = next(
                (x for x in (self._detail.hearings if self._detail else ()) if x.id == h.id), h
            )
            self.schedule(second_after=first, proposal=result.second_summons)
        return result

    def record_minutes(self) -> ActionDialog | None:
        h = self.selected()
        if h is None:
            return None
        editor = QaEditor(self)
        editor.setObjectName("qaEditor")
        editor.set_qa(h.minutes.qa if h.minutes is not None else ())
        statements = text_edit(self, 70)
        statements.setMaximumHeight(110)  # the questions and answers get the room
        signed = QCheckBox(self.tr("The examinee &signed the minutes"), self)
        signed.setChecked(True)
        refusal = QLineEdit(self)
        refusal.setPlaceholderText(self.tr("why the examinee did not sign"))

        def submit(dialog: ActionDialog) -> object:
            qa = editor.qa()
            if not qa:
                raise Invalid(self.tr("Write at least one question and its answer."))
            if not signed.isChecked() and not refusal.text().strip():
                refusal.setFocus()
                raise Invalid(self.tr("Say why the examinee refused to sign."))
            said, is_signed, note = statements.toPlainText(), signed.isChecked(), refusal.text()
            return dialog.run(
                lambda ok, bad: self._controller.record_minutes(
                    h.id, qa, said, signed=is_signed, refusal_note=note, success=ok, failure=bad
                )
            )

        dialog = ActionDialog(
            self.window(),
            self.tr("Examination minutes (BAP)"),
            self.tr("Questions and answers as spoken, then any statements."),
            self.tr("&Save minutes"),
            self._wrap(submit),
        )
        dialog.setProperty("helpTopic", "minutes")
        dialog.setMinimumWidth(640)
        for w in (editor, statements, signed, refusal):
            w.setParent(dialog)
        dialog.add_row("qa", "", editor)
        dialog.add_row("statements", self.tr("S&tatements:"), statements)
        dialog.add_row("signed", "", signed)
        dialog.add_row("refusal", self.tr("&Refusal note:"), refusal)
        dialog.set_row_visible("refusal", False)
        signed.toggled.connect(lambda on: dialog.set_row_visible("refusal", not on))
        fit_to_screen(dialog, QSize(720, 660))
        return self._open(dialog)
