"""Letters in the app (issue 6): the Letters tab of the detail pane, the draft
dialog (fields prefilled by the letter service, editable), the team of examiners,
preview, print, Save as and corrections of the stored letters. The PDF preview
and printing themselves (also of every letter of a hearing day) are in
``printing``."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.domain.parties import AddresseeRole
from wbs_desktop.files import write_private_bytes
from wbs_desktop.gui.case.action_dialog import ActionDialog, Invalid, date_edit, edit_date
from wbs_desktop.gui.case.case_actions import text_edit
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.i18n import current_language
from wbs_desktop.gui.labels import format_date, format_short_date
from wbs_desktop.gui.letters.printing import PdfPreviewDialog, print_pdf
from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.gui.worker import run_and_wait
from wbs_desktop.letters.kinds import CASE_KINDS, SPECS, TITLES, spec
from wbs_desktop.letters.kinds import hearing_kinds as kinds_for_hearing
from wbs_desktop.letters.model import Addressee, LetterKind
from wbs_desktop.services.dto import CaseDetail, HearingInfo, LetterInfo
from wbs_desktop.services.errors import ServiceError

log = logging.getLogger(__name__)

ROLE_ID = Qt.ItemDataRole.UserRole


def kind_label(kind: str) -> str:
    """The kind in the user's language (from its spec); an unknown kind as it is stored."""
    try:
        return spec(kind).label(current_language())
    except ValueError:
        return kind


def _anonymous(d: CaseDetail | None) -> bool:
    """An anonymous report (surat kaleng): no letter can be addressed to the reporter."""
    return d is not None and d.reporter is not None and d.reporter.anonymous


def hearing_kinds(h: HearingInfo) -> list[LetterKind]:
    """The letters a hearing can have (minutes once they are recorded)."""
    signed = h.minutes is not None and h.minutes.signed is not None
    return [k for k in kinds_for_hearing(h.party_kind, h.summons_no)
            if k is not LetterKind.MINUTES or signed]


# --- the Letters tab --------------------------------------------------------------


class LettersTab(QWidget):
    changed = Signal(str)
    """Emits: the id of the case whose letters changed."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._detail: CaseDetail | None = None
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("lettersTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Letter"), self.tr("Date"), self.tr("Printed")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.table.setWordWrap(True)
        self.table.doubleClicked.connect(lambda _i: self.preview())
        layout.addWidget(self.table, 1)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.anonymous_note = QLabel(self.tr(
            "Anonymous report: no letter can be sent to the reporter (no name, no address). "
            "The reporter follows the report with the tracking code on the receipt."), self)
        self.anonymous_note.setObjectName("anonymousNote")
        self.anonymous_note.setWordWrap(True)
        self.anonymous_note.setVisible(False)
        layout.addWidget(self.anonymous_note)
        row1 = QHBoxLayout()
        row2 = QHBoxLayout()
        self.generate_button = QPushButton(self.tr("&Generate…"), self)
        self.generate_button.clicked.connect(lambda: self.generate())
        self.preview_button = QPushButton(self.tr("Pre&view"), self)
        self.preview_button.clicked.connect(lambda: self.preview())
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(lambda: self.print_letter())
        self.save_button = QPushButton(self.tr("Save &as…"), self)
        self.save_button.clicked.connect(lambda: self.save_as())
        self.supersede_button = QPushButton(self.tr("&Correct (new number)…"), self)
        self.supersede_button.clicked.connect(lambda: self.supersede())
        self.team_button = QPushButton(self.tr("Examination &team…"), self)
        self.team_button.clicked.connect(lambda: self.edit_team())
        for b in (self.generate_button, self.preview_button, self.print_button):
            row1.addWidget(b)
        for b in (self.save_button, self.supersede_button, self.team_button):
            row2.addWidget(b)
        row1.addStretch(1)
        row2.addStretch(1)
        layout.addLayout(row1)
        layout.addLayout(row2)

    def set_case(self, d: CaseDetail | None) -> None:
        self._detail = d
        letters = d.letters if d is not None else ()
        self.table.setRowCount(len(letters))
        for r, letter in enumerate(letters):
            kind = kind_label(letter.kind)
            if letter.superseded_by is not None:
                kind += " " + self.tr("(corrected)")
            cells = (letter.number or "—", kind, format_short_date(letter.issued_on),
                     self.tr("%n time(s)", "", letter.print_count))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROLE_ID, letter.id)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.error.setText("")
        self.anonymous_note.setVisible(_anonymous(d))
        granted = d is not None and d.granted
        self.generate_button.setVisible(granted and not d.stage.is_final  # type: ignore[union-attr]
                                        and self._controller.user is not None
                                        and self._controller.user.role.value != "staff")
        for b in (self.preview_button, self.print_button, self.save_button,
                  self.supersede_button):
            b.setEnabled(bool(letters))

    def selected(self) -> LetterInfo | None:
        if self._detail is None:
            return None
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        lid = item.data(ROLE_ID) if item is not None else None
        return next((x for x in self._detail.letters if x.id == lid), None)

    def select_letter(self, letter_id: int) -> None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(ROLE_ID) == letter_id:
                self.table.selectRow(r)

    def _fail(self, exc: ServiceError) -> None:
        self.error.setText(service_error_message(exc))

    # --- generate ---------------------------------------------------------------------

    def choices(self) -> list[tuple[LetterKind, int | None, str]]:
        """(kind, hearing id, label) of every letter the case can have now."""
        d = self._detail
        if d is None:
            return []
        out: list[tuple[LetterKind, int | None, str]] = []
        for k in CASE_KINDS:  # the letters of the case as a whole (not of a hearing)
            s = SPECS[k]
            if s.hearing_party is None and s.stage in (None, d.stage.value):
                out.append((k, None, kind_label(k)))
        for h in d.hearings:
            for k in hearing_kinds(h):
                out.append((k, h.id, f"{kind_label(k)} — {format_date(h.day)}"))
        if _anonymous(d):  # nobody to address: the note above the buttons says why
            out = [c for c in out if SPECS[c[0]].recipient is not AddresseeRole.REPORTER]
        out.append((LetterKind.RECEIPT, None, kind_label(LetterKind.RECEIPT)))
        return out

    def generate_for_hearing(self, hearing_id: int) -> QDialog | None:
        """The letter action on a hearing: its one letter, or a choice of its letters."""
        d = self._detail
        h = next((x for x in d.hearings if x.id == hearing_id), None) if d else None
        if h is None:
            return None
        kinds = hearing_kinds(h)
        if len(kinds) == 1:
            return self.generate(kinds[0], h.id)
        return self.generate(hearing_id=h.id)

    def generate(self, kind: LetterKind | None = None, hearing_id: int | None = None,
                 supersedes: LetterInfo | None = None) -> QDialog | None:
        if self._detail is None:
            return None
        if kind is None:
            choices = self.choices()
            pick = ActionDialog(self.window(), self.tr("Generate a letter"), "",
                                self.tr("&Next…"))
            pick.setProperty("helpTopic", "letters")
            combo = QComboBox(pick)
            for k, hid, label in choices:
                if hearing_id is None or hid == hearing_id:
                    combo.addItem(label, f"{k.value}|{hid or ''}")
            pick.add_row("kind", self.tr("&Letter:"), combo)

            def chosen() -> None:
                k, _sep, hid = str(combo.currentData()).partition("|")
                self.generate(LetterKind(k), int(hid) if hid else None)

            pick.accepted.connect(chosen)
            self.dialog = pick
            pick.open()
            return pick
        if kind == LetterKind.RECEIPT:
            try:
                case_id = self._detail.id
                info = cast("LetterInfo", run_and_wait(
                    lambda ok, bad: self._controller.make_receipt(case_id, success=ok,
                                                                  failure=bad)))
            except ServiceError as exc:
                self._fail(exc)
                return None
            self.changed.emit(self._detail.id)
            self.select_letter(info.id)
            return None
        live = self._live_letter(kind, hearing_id) if supersedes is None else None
        if live is not None:
            # one live letter per hearing: it is printed again, or corrected
            self.select_letter(live.id)
            self.error.setText(self.tr(
                "Letter %1 is the live letter for this; print it again, or choose Correct… "
                "to replace it with a new number.").replace("%1", live.number or kind_label(kind)))
            return None
        return self._draft_dialog(kind, hearing_id, supersedes)

    def _live_letter(self, kind: LetterKind, hearing_id: int | None) -> LetterInfo | None:
        """The live letter of the same purpose (a hearing's, or the case's), if any."""
        if self._detail is None:
            return None
        purpose = SPECS[kind].purpose.value
        if (purpose == "hearing" and hearing_id is None) or purpose == "stage":
            return None
        return next((x for x in self._detail.letters
                     if x.kind == kind.value and x.superseded_by is None
                     and (purpose == "case" or x.hearing_id == hearing_id)), None)

    def _draft_dialog(self, kind: LetterKind, hearing_id: int | None,
                      supersedes: LetterInfo | None) -> ActionDialog | None:
        assert self._detail is not None
        case_id = self._detail.id
        letters = self._controller.letters()
        try:
            draft = letters.draft(case_id, kind, hearing_id)
        except ServiceError as exc:
            self._fail(exc)
            return None

        def lines(name: str) -> tuple[str, ...]:
            w = dialog.fields[name]
            assert isinstance(w, QPlainTextEdit)
            return tuple(x.strip() for x in w.toPlainText().splitlines() if x.strip())

        def text(name: str) -> str:
            w = dialog.fields[name]
            assert isinstance(w, QLineEdit)
            return w.text().strip()

        summons = SPECS[kind].summons_no is not None
        confirmed: list[date] = []

        def submit(_d: ActionDialog) -> LetterInfo:
            confirmed_date = confirmed[-1] if confirmed else None
            if not text("addressee"):
                raise Invalid(self.tr("Give the addressee."))
            edited = replace(
                draft, issued_on=edit_date(dialog.fields["issued_on"]),  # type: ignore[arg-type]
                hal=text("hal"), sifat=text("sifat"), lampiran=text("lampiran"),
                tembusan=lines("tembusan"),
                addressee=replace(draft.addressee, name=text("addressee"),
                                  position=text("position"), address=text("address")))
            if kind == LetterKind.REQUEST_COMPLETION:
                edited = replace(edited, missing=lines("missing"),
                                 reply_deadline=edit_date(dialog.fields["deadline"]))  # type: ignore[arg-type]
            if summons:
                if not text("violation"):
                    raise Invalid(service_error_message(
                        ServiceError("x", code="violation_required")))
                edited = replace(edited, rank=text("rank"), subject_summary=text("violation"))
            texts: dict[str, object] = {}
            for key in SPECS[kind].inputs:
                w = dialog.fields[key]
                if key == "evidence":
                    texts[key] = list(lines(key))
                elif isinstance(w, QLineEdit):
                    texts[key] = w.text().strip()
                else:
                    assert isinstance(w, QPlainTextEdit)
                    texts[key] = w.toPlainText().strip()
            if texts:
                edited = replace(edited, extra={**edited.extra, **texts})
            reason = text("reason") if supersedes is not None else ""
            if supersedes is not None and not reason:
                raise Invalid(service_error_message(
                    ServiceError("x", code="void_reason_required")))
            if kind == LetterKind.SUMMONS_ACCUSED_2 and not any(
                    x.kind == LetterKind.SUMMONS_ACCUSED.value and x.superseded_by is None
                    for x in (self._detail.letters if self._detail else ())):
                raise Invalid(self.tr("Generate the first summons (Surat Panggilan I) before "
                                      "the second: the second refers to its number and date."))
            try:
                old = supersedes.id if supersedes is not None else None
                backdate = confirmed_date == edited.issued_on
                info = cast("LetterInfo", _d.run(lambda ok, bad: self._controller.generate_letter(
                    case_id, kind, hearing_id=hearing_id, draft=edited, supersedes=old,
                    reason=reason, confirm_backdate=backdate, success=ok, failure=bad)))
            except ServiceError as exc:
                if exc.code != "letter_backdated":
                    raise
                # asked once: pressing Generate again with the same date confirms it
                confirmed.append(edited.issued_on)
                raise Invalid(service_error_message(exc) + " " + self.tr(
                    "Press Generate again to date it so.")) from exc
            except ValueError as exc:  # a field the letter model refuses
                log.warning("letter refused by the model: %s", exc)
                raise Invalid(service_error_message(
                    ServiceError(str(exc), code="letter_failed"))) from exc
            self.changed.emit(case_id)
            self.select_letter(info.id)
            return info

        title = (self.tr("Correct a letter: %1") if supersedes is not None
                 else self.tr("Generate: %1")).replace("%1", kind_label(kind))
        intro = self.tr("The fields come from the case; change what needs changing. The letter "
                        "gets the next number and is stored exactly as generated.")
        if supersedes is not None:
            intro += " " + self.tr("Letter %1 will be marked as corrected (never deleted).") \
                .replace("%1", supersedes.number)
        dialog = ActionDialog(self.window(), title, intro, self.tr("&Generate"), submit)
        dialog.setProperty("helpTopic", "letters")
        a: Addressee = draft.addressee
        dialog.add_row("issued_on", self.tr("&Date:"), date_edit(dialog, draft.issued_on))
        dialog.add_row("sifat", self.tr("&Sifat:"), QLineEdit(draft.sifat, dialog))
        dialog.add_row("lampiran", self.tr("&Lampiran:"), QLineEdit(draft.lampiran, dialog))
        hal = QLineEdit(draft.hal, dialog)
        hal.setPlaceholderText(TITLES.get(kind, ""))  # what an empty Hal prints
        dialog.add_row("hal", self.tr("&Hal:"), hal)
        dialog.add_row("addressee", self.tr("&Addressee:"), QLineEdit(a.name, dialog))
        dialog.add_row("position", self.tr("&Position:"), QLineEdit(a.position, dialog))
        dialog.add_row("address", self.tr("Add&ress:"), QLineEdit(a.address, dialog))
        if summons:
            dialog.add_row("rank", self.tr("Pan&gkat/golongan:"), QLineEdit(draft.rank, dialog))
            violation = QLineEdit(draft.subject_summary, dialog)
            violation.setPlaceholderText(self.tr("e.g. penyalahgunaan wewenang"))
            dialog.add_row("violation", self.tr("Alleged &breach (berupa …):"), violation)
        input_labels = {
            "instruction": self.tr("&Instruction:"),
            "officer": self.tr("To (o&fficer):"),
            "findings": self.tr("&Findings:"),
            "evidence": self.tr("E&vidence (one a line):"),
            "conclusion": self.tr("C&onclusion:"),
            "recommendation": self.tr("Recommended &discipline:"),
        }
        for key in SPECS[kind].inputs:
            value = draft.extra.get(key, "")
            if key == "officer":
                widget: QWidget = QLineEdit(str(value), dialog)
            else:
                edit = text_edit(dialog, 60)
                edit.setMaximumHeight(120 if key == "findings" else 70)
                edit.setPlainText("\n".join(value) if isinstance(value, list | tuple)
                                  else str(value))
                widget = edit
            dialog.add_row(key, input_labels[key], widget)
        if supersedes is not None:
            dialog.add_row("reason", self.tr("Reason for the &correction:"), QLineEdit(dialog))
        if kind == LetterKind.REQUEST_COMPLETION:
            missing = text_edit(dialog, 70)
            missing.setPlainText("\n".join(draft.missing))
            dialog.add_row("missing", self.tr("&Missing (one a line):"), missing)
            dialog.add_row("deadline", self.tr("Reply dead&line:"),
                           date_edit(dialog, draft.reply_deadline or self._controller.today()))
        tembusan = text_edit(dialog, 60)
        tembusan.setMaximumHeight(90)
        tembusan.setPlainText("\n".join(draft.tembusan))
        dialog.add_row("tembusan", self.tr("&Tembusan (one a line):"), tembusan)
        if draft.hearing is not None:
            h = draft.hearing
            dialog.add_row("hearing", self.tr("Hearing:"), QLabel(
                f"{format_date(h.day)} {h.start:%H.%M} · {h.place}", dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_team(self) -> ActionDialog | None:
        """Choose the case's examination team from the users (ticked ones, in list order;
        the chair is chosen apart). Never typed text: a name with a comma stays one name."""
        if self._detail is None:
            return None
        case_id = self._detail.id
        try:
            users = [u for u in self._controller.accounts().list_users()
                     if u.active and u.role.value in ("officer", "admin")]
            current = [o.key.removeprefix("user:")
                       for o in self._controller.signatories().team(case_id)]
        except ServiceError as exc:
            self._fail(exc)
            return None
        members = QListWidget()
        chair = QComboBox()
        for u in users:
            label = u.full_name + (f" — NIP {u.nip}" if u.nip else "")
            item = QListWidgetItem(label)
            item.setData(ROLE_ID, u.username)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if u.username in current
                               else Qt.CheckState.Unchecked)
            members.addItem(item)
            chair.addItem(u.full_name, u.username)
        if current:
            chair.setCurrentIndex(max(0, chair.findData(current[0])))

        def submit(_d: ActionDialog) -> object:
            ticked = [str(members.item(i).data(ROLE_ID)) for i in range(members.count())
                      if members.item(i).checkState() == Qt.CheckState.Checked]
            head = str(chair.currentData())
            if not ticked:
                raise Invalid(self.tr("Tick at least one examiner."))
            names = [head] + [t for t in ticked if t != head]
            team = _d.run(lambda ok, bad: self._controller.set_team(
                case_id, names, success=ok, failure=bad))
            self.changed.emit(case_id)
            return team

        dialog = ActionDialog(self.window(), self.tr("Examination team"), self.tr(
            "Tick the examiners of this case; the chair is named in the summons "
            "(“untuk menghadap kepada”), the whole team in the Surat Tugas and the "
            "Laporan Hasil Pemeriksaan, with their NIP, pangkat and jabatan."),
            self.tr("&Save"), submit)
        dialog.setProperty("helpTopic", "letters")
        members.setParent(dialog)
        chair.setParent(dialog)
        dialog.add_row("members", self.tr("&Examiners:"), members)
        dialog.add_row("chair", self.tr("C&hair:"), chair)
        self.dialog = dialog
        dialog.open()
        return dialog

    def supersede(self) -> QDialog | None:
        letter = self.selected()
        if letter is None:
            self.error.setText(self.tr("Choose a letter first."))
            return None
        if letter.superseded_by is not None:
            self.error.setText(service_error_message(
                ServiceError("x", code="already_superseded")))
            return None
        return self.generate(LetterKind(letter.kind), letter.hearing_id, supersedes=letter)

    # --- the stored bytes ---------------------------------------------------------------

    def _pdf(self, letter: LetterInfo) -> bytes | None:
        try:
            return bytes(self._controller.letters().pdf(letter.id))
        except ServiceError as exc:
            self._fail(exc)
            return None

    def preview(self) -> PdfPreviewDialog | None:
        letter = self.selected()
        if letter is None:
            self.error.setText(self.tr("Choose a letter first."))
            return None
        pdf = self._pdf(letter)
        if pdf is None:
            return None
        dialog = PdfPreviewDialog(pdf, f"{kind_label(letter.kind)} {letter.number}", self.window(),
                                  on_print=lambda printer: self._print(letter, pdf, printer))
        self.dialog = dialog
        dialog.open()
        return dialog

    def print_letter(self, printer: QPrinter | None = None) -> bool:
        """Print the stored PDF; without ``printer`` the print dialog asks for one."""
        letter = self.selected()
        if letter is None:
            self.error.setText(self.tr("Choose a letter first."))
            return False
        pdf = self._pdf(letter)
        if pdf is None:
            return False
        return self._print(letter, pdf, printer)

    def _print(self, letter: LetterInfo, pdf: bytes, printer: QPrinter | None) -> bool:
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            chooser = QPrintDialog(printer, self.window())
            if chooser.exec() != QDialog.DialogCode.Accepted:
                return False
        try:
            print_pdf(pdf, printer)
            copies = max(1, printer.copyCount())
            run_and_wait(lambda ok, bad: self._controller.record_print(
                letter.id, copies=copies, success=ok, failure=bad))
        except ServiceError as exc:
            self._fail(exc)
            return False
        except (OSError, ValueError) as exc:
            self.error.setText(self.tr("Printing failed: %1").replace("%1", str(exc)))
            return False
        if self._detail is not None:
            self.changed.emit(self._detail.id)
        return True

    def save_as(self, path: str | None = None) -> bool:
        letter = self.selected()
        if letter is None:
            self.error.setText(self.tr("Choose a letter first."))
            return False
        if path is None:
            name = (letter.number or letter.kind).replace("/", "-") + ".pdf"
            path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the letter"), name,
                                                   self.tr("PDF documents (*.pdf)"))
            if not path:
                return False
        pdf = self._pdf(letter)
        if pdf is None:
            return False
        try:
            write_private_bytes(path, pdf)
            run_and_wait(lambda ok, bad: self._controller.record_print(
                letter.id, exported_to=path, success=ok, failure=bad))
        except OSError as exc:
            self.error.setText(self.tr("The file cannot be written: %1").replace(
                "%1", exc.strerror or str(exc)))
            return False
        except ServiceError as exc:
            self._fail(exc)
            return False
        return True
