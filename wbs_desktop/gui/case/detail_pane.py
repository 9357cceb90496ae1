"""The detail pane beside the case table: Summary, Parties, Timeline.

Loads by id when the table's current case changes. Later issues add hearings,
letters, notes and attachments as further tabs.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.domain.roles import Action
from wbs_desktop.gui.case.case_actions import CaseActions
from wbs_desktop.gui.case.case_tabs import AttachmentsTab, NotesTab, WitnessesBox
from wbs_desktop.gui.case.hearings_tab import HearingsTab
from wbs_desktop.gui.case.timeline import TimelineWidget
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.dialogs import RevealIdentityDialog, message, show_error
from wbs_desktop.gui.labels import (
    channel_label,
    element_label,
    format_count,
    format_date,
    format_datetime,
    format_rupiah,
    outcome_label,
    stage_label,
    stage_tooltip,
)
from wbs_desktop.gui.letters.letters_tab import LettersTab
from wbs_desktop.gui.messages import element_check_message, service_error_message
from wbs_desktop.gui.notices import conflict_removed_message
from wbs_desktop.gui.session.session_guard import clipboard_guard
from wbs_desktop.services.dto import CaseDetail, RelatedCase, ReporterIdentity
from wbs_desktop.services.errors import ServiceError

OK_MARK = "✔"
MISSING_MARK = "✘"


def safe_link(url: str) -> str:
    """An evidence link as HTML: a clickable anchor only for http/https."""
    text = html.escape(url)
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        scheme = ""
    if scheme in ("http", "https"):
        return f'<a href="{html.escape(url, quote=True)}">{text}</a>'
    return text


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class _Scrolled(QScrollArea):
    def __init__(self, inner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)


class DetailPane(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._detail: CaseDetail | None = None
        self._identity: ReporterIdentity | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)

        self.empty_label = QLabel(self.tr("Select a case to see it here."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack.addWidget(self.empty_label)

        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = _selectable(QLabel(page))
        self.title_label.setObjectName("detailTitle")
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.subtitle_label = _selectable(QLabel(page))
        page_layout.addWidget(self.title_label)
        page_layout.addWidget(self.subtitle_label)
        self.case_actions = CaseActions(controller, page)
        self.case_actions.setObjectName("caseActions")
        page_layout.addWidget(self.case_actions)
        self.tabs = QTabWidget(page)
        self.tabs.setObjectName("detailTabs")
        page_layout.addWidget(self.tabs, 1)
        self.stack.addWidget(page)

        # Five tabs, so that they fit the pane at 1366×768 in both languages: the
        # summary carries the parties below the complaint; notes and files share one.
        summary = QWidget(self)
        summary_column = QVBoxLayout(summary)
        summary_column.setContentsMargins(0, 0, 0, 0)
        summary_column.addWidget(self._build_summary())
        summary_column.addWidget(self._build_parties())
        summary_column.addStretch(1)
        self.summary_scroll = _Scrolled(summary)
        self.tabs.addTab(self.summary_scroll, self.tr("Summary"))
        self.timeline = TimelineWidget(self)
        self.timeline.setObjectName("timeline")
        self.tabs.addTab(_Scrolled(self.timeline), self.tr("Timeline"))
        self.hearings_tab = HearingsTab(controller, self)
        self.letters_tab = LettersTab(controller, self)
        self.notes_tab = NotesTab(controller, self)
        self.attachments_tab = AttachmentsTab(controller, self)
        self.tabs.addTab(self.hearings_tab, self.tr("Hearings"))
        self.tabs.addTab(self.letters_tab, self.tr("Letters"))
        self.files_split = QSplitter(Qt.Orientation.Vertical, self)
        self.files_split.setObjectName("notesAndFiles")
        self.files_split.setChildrenCollapsible(False)
        self.files_split.addWidget(self.notes_tab)
        self.files_split.addWidget(self.attachments_tab)
        self.tabs.addTab(self.files_split, self.tr("Notes, files"))
        for page in (self.summary_scroll, self.hearings_tab, self.letters_tab, self.files_split):
            # the pane's width never follows a tab's content
            page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for part in (self.case_actions, self.witnesses, self.hearings_tab, self.letters_tab,
                     self.notes_tab, self.attachments_tab):
            part.changed.connect(self._after_change)
        self.hearings_tab.letters_requested.connect(self._hearing_letter)
        self.case_actions.letter_wanted.connect(self._case_letter)

    # --- building ---------------------------------------------------------------

    def _build_summary(self) -> QWidget:
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        self.no_grant_label = QLabel(self.tr(
            "This case has not been shared with you: only its register data can be shown. "
            "An administrator can assign it to you."), inner)
        self.no_grant_label.setWordWrap(True)
        self.no_grant_label.setStyleSheet("color: #8d6e00;")
        layout.addWidget(self.no_grant_label)
        self.completeness_box = QGroupBox(self.tr("Completeness (4W1H)"), inner)
        box_layout = QVBoxLayout(self.completeness_box)
        self.completeness_label = QLabel(self.completeness_box)
        self.completeness_label.setObjectName("completenessLabel")
        self.completeness_label.setTextFormat(Qt.TextFormat.RichText)
        self.completeness_label.setWordWrap(True)
        box_layout.addWidget(self.completeness_label)
        layout.addWidget(self.completeness_box)
        facts = QGroupBox(self.tr("Complaint"), inner)
        self.facts_form = QFormLayout(facts)
        self.facts_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.type_value = _selectable(QLabel(facts))
        self.channel_value = _selectable(QLabel(facts))
        self.received_value = _selectable(QLabel(facts))
        self.location_value = _selectable(QLabel(facts))
        self.incident_value = _selectable(QLabel(facts))
        self.loss_value = _selectable(QLabel(facts))
        self.officers_value = _selectable(QLabel(facts))
        self.facts_form.addRow(self.tr("Type:"), self.type_value)
        self.facts_form.addRow(self.tr("Arrived by:"), self.channel_value)
        self.facts_form.addRow(self.tr("Received:"), self.received_value)
        self.facts_form.addRow(self.tr("Officer:"), self.officers_value)
        self.facts_form.addRow(self.tr("Where:"), self.location_value)
        self.facts_form.addRow(self.tr("When:"), self.incident_value)
        self.facts_form.addRow(self.tr("Material loss:"), self.loss_value)
        layout.addWidget(facts)
        self.chronology_box = QGroupBox(self.tr("Chronology"), inner)
        chrono_layout = QVBoxLayout(self.chronology_box)
        self.chronology_value = _selectable(QLabel(self.chronology_box))
        self.chronology_value.setTextFormat(Qt.TextFormat.PlainText)
        chrono_layout.addWidget(self.chronology_value)
        layout.addWidget(self.chronology_box)
        self.evidence_box = QGroupBox(self.tr("Evidence links"), inner)
        evidence_layout = QVBoxLayout(self.evidence_box)
        self.evidence_label = QLabel(self.evidence_box)
        self.evidence_label.setObjectName("evidenceLabel")
        self.evidence_label.setTextFormat(Qt.TextFormat.RichText)
        self.evidence_label.setOpenExternalLinks(True)
        self.evidence_label.setWordWrap(True)
        self.evidence_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction)
        evidence_layout.addWidget(self.evidence_label)
        layout.addWidget(self.evidence_box)
        return inner

    def _build_parties(self) -> QWidget:
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        self.reporter_box = QGroupBox(self.tr("Reporter"), inner)
        rform = QFormLayout(self.reporter_box)
        self.reporter_name = _selectable(QLabel(self.reporter_box))
        self.reporter_name.setObjectName("reporterName")
        self.reporter_phone = _selectable(QLabel(self.reporter_box))
        self.reporter_email = _selectable(QLabel(self.reporter_box))
        self.reporter_consent = _selectable(QLabel(self.reporter_box))
        rform.addRow(self.tr("Name:"), self.reporter_name)
        rform.addRow(self.tr("Phone:"), self.reporter_phone)
        rform.addRow(self.tr("E-mail:"), self.reporter_email)
        rform.addRow(self.tr("Contact:"), self.reporter_consent)
        self.identity_note = QLabel(self.reporter_box)
        self.identity_note.setWordWrap(True)
        self.identity_note.setStyleSheet("color: palette(placeholder-text);")
        rform.addRow(self.identity_note)
        row = QHBoxLayout()
        self.reveal_button = QPushButton(self.tr("Show &identity…"), self.reporter_box)
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.clicked.connect(self.ask_reveal_identity)
        row.addWidget(self.reveal_button)
        row.addStretch(1)
        rform.addRow(row)
        layout.addWidget(self.reporter_box)

        self.accused_box = QGroupBox(self.tr("Person reported"), inner)
        aform = QFormLayout(self.accused_box)
        self.accused_name = _selectable(QLabel(self.accused_box))
        self.accused_nip = _selectable(QLabel(self.accused_box))
        self.accused_position = _selectable(QLabel(self.accused_box))
        self.accused_unit = _selectable(QLabel(self.accused_box))
        self.accused_rank = _selectable(QLabel(self.accused_box))
        aform.addRow(self.tr("Name:"), self.accused_name)
        aform.addRow(self.tr("NIP:"), self.accused_nip)
        aform.addRow(self.tr("Pangkat/golongan:"), self.accused_rank)
        aform.addRow(self.tr("Position:"), self.accused_position)
        aform.addRow(self.tr("Unit:"), self.accused_unit)
        layout.addWidget(self.accused_box)
        self.witnesses = WitnessesBox(self._controller, inner)
        aform.addRow(self.witnesses.accused_button)
        layout.addWidget(self.witnesses)

        self.related_box = QGroupBox(self.tr("Other reports about this person"), inner)
        rel_layout = QVBoxLayout(self.related_box)
        self.related_list = QListWidget(self.related_box)
        self.related_list.setObjectName("relatedList")
        self.related_list.setMaximumHeight(140)
        self.related_list.setWordWrap(True)
        self.related_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rel_layout.addWidget(self.related_list)
        # Only the newest reports come with the case (a common name matches hundreds):
        # says so, with a link that lists them all.
        self.related_more = QLabel(self.related_box)
        self.related_more.setObjectName("relatedMore")
        self.related_more.setWordWrap(True)
        self.related_more.setTextFormat(Qt.TextFormat.RichText)
        self.related_more.linkActivated.connect(lambda _link: self.show_all_related())
        rel_layout.addWidget(self.related_more)
        layout.addWidget(self.related_box)
        return inner

    # --- showing a case ---------------------------------------------------------

    @property
    def detail(self) -> CaseDetail | None:
        return self._detail

    def show_case(self, case_id: str) -> None:
        if not case_id:
            self._detail = None
            self.stack.setCurrentIndex(0)
            return
        if self._detail is not None and self._detail.id != case_id:
            self._identity = None
        try:
            detail = self._controller.detail(case_id)
        except ServiceError as exc:
            self._detail = None
            self.empty_label.setText(service_error_message(exc))
            self.stack.setCurrentIndex(0)
            return
        if self._detail is None or self._detail.id != detail.id:
            self._identity = None
        self._detail = detail
        self._fill(detail)
        self.stack.setCurrentIndex(1)

    def _fill(self, d: CaseDetail) -> None:
        self.title_label.setText(d.register_number)
        stage = stage_label(d.stage)
        if d.outcome is not None:
            stage += f" — {outcome_label(d.outcome)}"
        self.subtitle_label.setText(stage)
        self.subtitle_label.setToolTip(stage_tooltip(d.stage))
        self.type_value.setText(self._controller.type_label(d.complaint_type))
        self.channel_value.setText(channel_label(d.channel))
        self.received_value.setText(format_datetime(d.received_at))
        self.officers_value.setText(
            ", ".join(o.full_name or o.username for o in d.officers) or self.tr("not assigned"))
        granted = d.granted
        self.no_grant_label.setVisible(not granted)
        for w in (self.completeness_box, self.chronology_box, self.evidence_box):
            w.setVisible(granted)
        for lbl in (self.location_value, self.incident_value, self.loss_value):
            lbl.setText("—")
        if granted:
            self.location_value.setText(d.location or "—")
            self.incident_value.setText(format_date(d.incident_date))
            if d.material_loss:
                self.loss_value.setText(self.tr("yes, estimated %1").replace(
                    "%1", format_rupiah(d.loss_estimate)) if d.loss_estimate is not None
                    else self.tr("yes, not estimated"))
            else:
                self.loss_value.setText(self.tr("no"))
            self.chronology_value.setText(d.chronology)
            self._fill_completeness(d)
            if d.evidence_links:
                self.evidence_label.setText(
                    "<br>".join(safe_link(link) for link in d.evidence_links))
            else:
                self.evidence_label.setText(html.escape(self.tr("No evidence links.")))
        self._fill_parties(d)
        self.timeline.set_timeline(d.stages, d.timeline)
        for part in (self.case_actions, self.witnesses, self.hearings_tab, self.letters_tab,
                     self.notes_tab, self.attachments_tab):
            part.set_case(d)

    def _case_letter(self, kind: str) -> None:
        from wbs_desktop.letters.model import LetterKind

        if self._detail is not None:
            self.show_case(self._detail.id)  # the letter is drafted from the new state
        self.tabs.setCurrentWidget(self.letters_tab)
        self.letters_tab.generate(LetterKind(kind))

    def _hearing_letter(self, hearing_id: int) -> None:
        self.tabs.setCurrentWidget(self.letters_tab)
        self.letters_tab.generate_for_hearing(hearing_id)

    def _after_change(self, case_id: str) -> None:
        """An action changed the case: show it again (the table re-queries on the
        controller's ``cases_changed``, emitted by its write action)."""
        if self._detail is not None and self._detail.id == case_id:
            self.show_case(case_id)
        notices = self._controller.take_notices()
        if notices:  # an officer was taken off a case: say why (after the dialog closed)
            text = conflict_removed_message(notices)
            QTimer.singleShot(0, lambda: message(
                self.window(), self.tr("Conflict of interest"), text, QMessageBox.Icon.Warning))

    def _fill_completeness(self, d: CaseDetail) -> None:
        report = d.completeness
        if report is None:
            self.completeness_label.setText("")
            return
        lines = []
        for check in report.checks:
            mark = OK_MARK if check.ok else MISSING_MARK
            colour = "#2e7d32" if check.ok else "#c62828"
            text = f"<b>{html.escape(element_label(check.element))}</b>"
            if not check.ok:
                text += " — " + html.escape(element_check_message(check.code, check.element))
            lines.append(f'<span style="color:{colour}">{mark}</span> {text}')
        mark, colour = (OK_MARK, "#2e7d32") if report.has_evidence else (MISSING_MARK, "#c62828")
        evidence = html.escape(self.tr("Supporting evidence"))
        if not report.has_evidence:
            evidence += " — " + html.escape(element_check_message("missing_evidence"))
        lines.append(f'<span style="color:{colour}">{mark}</span> <b>{evidence}</b>')
        if report.complete:
            summary = self.tr("The report is complete.")
        else:
            summary = self.tr("Incomplete: the office may ask the reporter for more.")
        lines.append(f"<i>{html.escape(summary)}</i>")
        self.completeness_label.setText("<br>".join(lines))

    def _fill_parties(self, d: CaseDetail) -> None:
        granted = d.granted
        self.reporter_box.setVisible(granted)
        self.accused_box.setVisible(granted)
        self.related_box.setVisible(granted)
        if not granted:
            return
        if d.reporter is not None and d.reporter.anonymous:  # nothing to mask or show
            self.reporter_name.setText(self.tr("Anonymous (surat kaleng)"))
            for lbl in (self.reporter_phone, self.reporter_email):
                lbl.setText("—")
            consent = False
            self.identity_note.setText(self.tr(
                "An anonymous report: no letter can be sent to the reporter."))
            self.reveal_button.setVisible(False)
        elif self._identity is not None:
            ident = self._identity
            self.reporter_name.setText(ident.name)
            self.reporter_phone.setText(ident.phone or "—")
            self.reporter_email.setText(ident.email or "—")
            clipboard_guard().watch(ident.name, ident.phone or "", ident.email or "")
            consent = ident.consent_to_contact
            self.identity_note.setText(self.tr(
                "Identity shown; this was recorded in the audit log."))
            self.reveal_button.setVisible(False)
        elif d.reporter is not None:
            self.reporter_name.setText(d.reporter.name)
            self.reporter_phone.setText(d.reporter.phone or "—")
            self.reporter_email.setText(d.reporter.email or "—")
            consent = d.reporter.consent_to_contact
            self.identity_note.setText(self.tr("Masked. Showing it is recorded in the audit log."))
            self.reveal_button.setVisible(self._controller.can(Action.VIEW_IDENTITY))
        else:
            for lbl in (self.reporter_name, self.reporter_phone, self.reporter_email):
                lbl.setText("—")
            consent = False
            self.identity_note.setText("")
            self.reveal_button.setVisible(False)
        self.reporter_consent.setText(
            self.tr("agrees to be contacted") if consent else self.tr("not to be contacted"))
        accused = d.accused
        self.accused_name.setText(accused.name if accused else "—")
        self.accused_nip.setText((accused.nip if accused else "") or "—")
        self.accused_position.setText((accused.position if accused else "") or "—")
        self.accused_unit.setText((accused.unit if accused else "") or "—")
        self.accused_rank.setText((accused.rank if accused else "") or "—")
        self._fill_related(d.related, d.related_total)

    def _fill_related(self, related: Sequence[RelatedCase], total: int) -> None:
        self.related_list.clear()
        for r in related:
            matched = self.tr("same NIP") if r.matched_on == "nip" else self.tr("same name")
            item = QListWidgetItem(
                f"{r.register_number} · {format_date(r.received_at.date())}\n"
                f"{stage_label(r.stage)} ({matched})", self.related_list)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
        if not related:
            QListWidgetItem(self.tr("None found."), self.related_list).setFlags(
                Qt.ItemFlag.NoItemFlags)
        more = total > len(related)
        self.related_more.setVisible(more)
        if more:
            text = self.tr("The newest %1 of %Ln reports.", "", total).replace(
                "%1", format_count(len(related)))
            link = self.tr("Show all")
            self.related_more.setText(f'{html.escape(text)} <a href="all">{html.escape(link)}</a>')

    def show_all_related(self) -> None:
        """Every other report about the accused (the detail brings the newest only)."""
        if self._detail is None:
            return
        try:
            related = self._controller.related(self._detail.id)
        except ServiceError as exc:
            show_error(self, service_error_message(exc))
            return
        self._fill_related(related, len(related))

    # --- identity -----------------------------------------------------------------

    def ask_reveal_identity(self) -> None:
        if self._detail is None:
            return
        dialog = RevealIdentityDialog(self)
        if dialog.exec() != RevealIdentityDialog.DialogCode.Accepted:
            return
        self.reveal_identity(dialog.reason())

    def reveal_identity(self, reason: str) -> bool:
        """Ask the services for the identity; False (with a message) when refused."""
        if self._detail is None:
            return False
        try:
            self._identity = self._controller.reveal_identity(self._detail.id, reason)
        except ServiceError as exc:
            show_error(self, service_error_message(exc))
            return False
        self._fill_parties(self._detail)
        return True
