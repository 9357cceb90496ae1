"""The controller's write actions on a case (issue 12): each one a method that
runs the service call on the job runner, off the GUI thread, like submission.

A widget sends the user's intent here with ``success``/``failure`` callbacks
(back on the GUI thread); after a success the controller emits
``cases_changed`` itself, so the lists re-query and no widget ever emits a
controller signal. A dialog that waits for the outcome (to keep its input on a
refusal) passes its ``ActionDialog.run`` the call.

This is a part of :class:`~wbs_desktop.gui.controller.Controller` (a mixin,
kept in its own file to keep each small); the services' types are imported for
the type checker only, so the login dialog still starts light.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from wbs_desktop.gui.worker import Job, run_in_background

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from wbs_desktop.domain.complaint import AccusedInput
    from wbs_desktop.domain.stages import CloseReason, Outcome, Stage
    from wbs_desktop.letters.model import LetterKind
    from wbs_desktop.services.cases import CaseService
    from wbs_desktop.services.dto import (
        AttachmentInfo,
        CaseDetail,
        HearingInfo,
        LetterInfo,
        NoteInfo,
        PartyInfo,
    )
    from wbs_desktop.services.letters import LetterDraft, LetterService
    from wbs_desktop.services.procedure import (
        AttendanceResult,
        HearingInput,
        ProcedureService,
        WitnessInput,
    )
    from wbs_desktop.services.signatories import Official, SignatoryService

T = TypeVar("T")
# Called back on the GUI thread with a write action's result.
Success = Callable[[T], None] | None
# Called back on the GUI thread with the refusal (a ServiceError, DatabaseUnavailable ...).
Failure = Callable[[BaseException], None] | None


class CaseWrites:
    """Write actions of :class:`Controller` (which provides the services and the signal)."""

    if TYPE_CHECKING:
        cases_changed: SignalInstance

        def case_service(self) -> CaseService: ...
        def procedure(self) -> ProcedureService: ...
        def letters(self) -> LetterService: ...
        def signatories(self) -> SignatoryService: ...

    def _write(self, op: Callable[[], T], success: Success[T], failure: Failure, *,
               lists: bool = True) -> Job:
        """Run ``op`` on the job runner; after a success the lists re-query (unless
        ``lists`` is False: nothing they show changed), then ``success(result)``; a
        refusal goes to ``failure``."""

        def done(result: T) -> None:
            if lists:
                self.cases_changed.emit()
            if success is not None:
                success(result)

        return run_in_background(op, done, failure)

    # --- the procedure's steps (domain.stages.Step) -----------------------------------

    def start_verification(self, case_id: str, *, expected_version: int | None,
                           success: Success[CaseDetail] = None, failure: Failure = None) -> Job:
        proc = self.procedure()
        return self._write(lambda: proc.start_verification(
            case_id, expected_version=expected_version), success, failure)

    def mark_complete(self, case_id: str, note: str, *, expected_version: int | None,
                      success: Success[CaseDetail] = None, failure: Failure = None) -> Job:
        proc = self.procedure()
        return self._write(lambda: proc.mark_complete(
            case_id, note, expected_version=expected_version), success, failure)

    def request_information(self, case_id: str, missing: Sequence[str], *, deadline: date,
                            expected_version: int | None, success: Success[CaseDetail] = None,
                            failure: Failure = None) -> Job:
        proc = self.procedure()
        return self._write(lambda: proc.request_information(
            case_id, missing, deadline=deadline, expected_version=expected_version),
            success, failure)

    def record_reply(self, case_id: str, summary: str, *, expected_version: int | None,
                     success: Success[CaseDetail] = None, failure: Failure = None) -> Job:
        proc = self.procedure()
        return self._write(lambda: proc.record_reply(
            case_id, summary, expected_version=expected_version), success, failure)

    def move_case(self, case_id: str, target: Stage, note: str, *, expected_version: int | None,
                  success: Success[CaseDetail] = None, failure: Failure = None) -> Job:
        """A forward move with nothing more to it (to clarification, to examination)."""
        cases = self.case_service()
        return self._write(lambda: cases.transition(
            case_id, target, note, expected_version=expected_version), success, failure)

    def conclude(self, case_id: str, outcome: Outcome, summary: str, recommendations: str, *,
                 referred_to: str, expected_version: int | None,
                 success: Success[CaseDetail] = None, failure: Failure = None) -> Job:
        proc = self.procedure()
        return self._write(lambda: proc.conclude(
            case_id, outcome, summary, recommendations, referred_to=referred_to,
            expected_version=expected_version), success, failure)

    def close_case(self, case_id: str, reason: CloseReason, note: str, *,
                   duplicate_of: str | None, expected_version: int | None,
                   success: Success[CaseDetail] = None, failure: Failure = None) -> Job:
        proc = self.procedure()
        return self._write(lambda: proc.close(
            case_id, reason, note, duplicate_of=duplicate_of, expected_version=expected_version),
            success, failure)

    def reopen(self, case_id: str, target: Stage, reason: str, *,
               success: Success[CaseDetail] = None, failure: Failure = None) -> Job:
        """An administrator sends the case back (or reopens it), with a reason."""
        proc = self.procedure()
        return self._write(lambda: proc.reopen(case_id, target, reason), success, failure)

    def assign(self, case_id: str, officer_id: int, *, expected_version: int | None,
               unassign: Sequence[int] = (), success: Success[None] = None,
               failure: Failure = None) -> Job:
        """Assign an officer (the keys are granted), then take ``unassign`` off the case."""
        cases = self.case_service()

        def op() -> None:
            cases.assign(case_id, officer_id, expected_version=expected_version)
            for other in unassign:
                cases.unassign(case_id, other)

        return self._write(op, success, failure)

    # --- parties, hearings, notes, attachments ---------------------------------------------

    def add_witness(self, case_id: str, witness: WitnessInput, *,
                    success: Success[PartyInfo] = None, failure: Failure = None) -> Job:
        proc = self.procedure()
        return self._write(lambda: proc.add_witness(case_id, witness), success, failure)

    def edit_witness(self, party_id: int, witness: WitnessInput, *, expected_version: int | None,
                     success: Success[PartyInfo] = None, failure: Failure = None) -> Job:
        proc = self.procedure()
        return self._write(lambda: proc.edit_witness(
            party_id, witness, expected_version=expected_version), success, failure)

    def update_accused(self, case_id: str, accused: AccusedInput, *,
                       expected_version: int | None, success: Success[CaseDetail] = None,
                       failure: Failure = None) -> Job:
        proc = self.procedure()
        return self._write(lambda: proc.update_accused(
            case_id, accused, expected_version=expected_version), success, failure)

    def schedule_hearing(self, case_id: str, hearing: HearingInput, *,
                         success: Success[HearingInfo] = None, failure: Failure = None) -> Job:
        proc = self.procedure()
        return self._write(lambda: proc.schedule_hearing(case_id, hearing), success, failure)

    def schedule_second_summons(self, first_hearing_id: int, hearing: HearingInput, *,
                                success: Success[HearingInfo] = None,
                                failure: Failure = None) -> Job:
        proc = self.procedure()
        return self._write(lambda: proc.schedule_second_summons(first_hearing_id, hearing),
                           success, failure)

    def record_attendance(self, hearing_id: int, present: bool, *,
                          success: Success[AttendanceResult] = None,
                          failure: Failure = None) -> Job:
        proc = self.procedure()
        return self._write(lambda: proc.record_attendance(hearing_id, present), success, failure)

    def record_minutes(self, hearing_id: int, qa: Sequence[tuple[str, str]], statements: str, *,
                       signed: bool, refusal_note: str, success: Success[HearingInfo] = None,
                       failure: Failure = None) -> Job:
        proc = self.procedure()
        return self._write(lambda: proc.record_minutes(
            hearing_id, qa, statements, signed=signed, refusal_note=refusal_note),
            success, failure)

    def add_note(self, case_id: str, text: str, *, success: Success[NoteInfo] = None,
                 failure: Failure = None) -> Job:
        proc = self.procedure()
        return self._write(lambda: proc.add_note(case_id, text), success, failure)

    def add_attachment(self, case_id: str, filename: str, data: bytes, description: str, *,
                       success: Success[AttachmentInfo] = None, failure: Failure = None) -> Job:
        proc = self.procedure()
        return self._write(lambda: proc.add_attachment(case_id, filename, data, description),
                           success, failure)

    # --- letters -------------------------------------------------------------------------

    def generate_letter(self, case_id: str, kind: LetterKind, *, hearing_id: int | None,
                        draft: LetterDraft, supersedes: int | None, reason: str,
                        confirm_backdate: bool, success: Success[LetterInfo] = None,
                        failure: Failure = None) -> Job:
        """Number, render and store a letter from the (edited) draft."""
        letters = self.letters()
        return self._write(lambda: letters.generate(
            case_id, kind, hearing_id=hearing_id, draft=draft, supersedes=supersedes,
            reason=reason, confirm_backdate=confirm_backdate), success, failure)

    def make_receipt(self, case_id: str, *, success: Success[LetterInfo] = None,
                     failure: Failure = None) -> Job:
        """The case's receipt (made now for a case that came in without one)."""
        letters = self.letters()
        return self._write(lambda: letters.receipt(case_id), success, failure)

    def record_print(self, letter_id: int, *, copies: int = 1, exported_to: str | None = None,
                     success: Success[None] = None, failure: Failure = None) -> Job:
        """Record (in the audit log) that a letter was printed or saved to a file."""
        letters = self.letters()
        return self._write(lambda: letters.record_print(
            letter_id, copies=copies, exported_to=exported_to), success, failure, lists=False)

    def set_team(self, case_id: str, usernames: Sequence[str], *,
                 success: Success[list[Official]] = None, failure: Failure = None) -> Job:
        """The case's examination team, the chair first."""
        signatories = self.signatories()
        return self._write(lambda: signatories.set_team(case_id, list(usernames)),
                           success, failure)
