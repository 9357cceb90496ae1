"""Every code the domain and the services use, translated in one place.

Codes (``ServiceError.code``, ``FieldError.code``, ``ElementCheck.code``,
stages, roles, channels) are never shown raw: an unknown code gets a generic
translated sentence and a log line so it can be added here.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import Outcome, Stage

log = logging.getLogger(__name__)


def stage_label(stage: Stage | str) -> str:
    labels = {
        Stage.RECEIVED: QCoreApplication.translate("Messages", "Received"),
        Stage.VERIFICATION: QCoreApplication.translate("Messages", "Verification"),
        Stage.AWAITING_INFO: QCoreApplication.translate("Messages", "Awaiting information"),
        Stage.INVESTIGATION: QCoreApplication.translate("Messages", "Investigation"),
        Stage.CLARIFICATION: QCoreApplication.translate("Messages", "Clarification"),
        Stage.EXAMINATION: QCoreApplication.translate("Messages", "Examination of the accused"),
        Stage.CONCLUDED: QCoreApplication.translate("Messages", "Concluded"),
        Stage.CLOSED: QCoreApplication.translate("Messages", "Closed"),
    }
    return labels.get(Stage(stage), str(stage))


def outcome_label(outcome: Outcome | str) -> str:
    labels = {
        Outcome.SUBSTANTIATED: QCoreApplication.translate("Messages", "Substantiated"),
        Outcome.NOT_SUBSTANTIATED: QCoreApplication.translate("Messages", "Not substantiated"),
        Outcome.REFERRED: QCoreApplication.translate("Messages", "Referred"),
    }
    return labels.get(Outcome(outcome), str(outcome))


def role_label(role: Role | str) -> str:
    labels = {
        Role.STAFF: QCoreApplication.translate("Messages", "Staff"),
        Role.OFFICER: QCoreApplication.translate("Messages", "Officer"),
        Role.ADMIN: QCoreApplication.translate("Messages", "Administrator"),
    }
    return labels.get(Role(role), str(role))


def channel_label(channel: str) -> str:
    labels = {
        "web": QCoreApplication.translate("Messages", "Web form"),
        "paper": QCoreApplication.translate("Messages", "Paper letter"),
        "email": QCoreApplication.translate("Messages", "E-mail"),
        "phone": QCoreApplication.translate("Messages", "Telephone"),
        "walk_in": QCoreApplication.translate("Messages", "In person"),
    }
    return labels.get(str(channel), str(channel))


def element_label(element: str) -> str:
    """The 4W1H elements."""
    labels = {
        "what": QCoreApplication.translate("Messages", "What"),
        "where": QCoreApplication.translate("Messages", "Where"),
        "when": QCoreApplication.translate("Messages", "When"),
        "who": QCoreApplication.translate("Messages", "Who"),
        "how": QCoreApplication.translate("Messages", "How"),
    }
    return labels.get(str(element), str(element))


def element_hint(element: str) -> str:
    """What is missing when an element is not satisfied (shown beside the checklist)."""
    hints = {
        "what": QCoreApplication.translate("Messages", "describe what happened"),
        "where": QCoreApplication.translate("Messages", "say where it happened"),
        "when": QCoreApplication.translate("Messages", "give the date it happened"),
        "who": QCoreApplication.translate("Messages", "name the person reported"),
        "how": QCoreApplication.translate("Messages", "explain how it was done"),
    }
    return hints.get(str(element), "")


def element_check_message(code: str, element: str = "") -> str:
    """The text of an ``ElementCheck`` by its code."""
    messages = {
        "ok": QCoreApplication.translate("Messages", "Present"),
        "missing": QCoreApplication.translate("Messages", "Missing"),
        "too_short": QCoreApplication.translate("Messages", "Too short to be useful"),
        "chronology_too_short": QCoreApplication.translate(
            "Messages", "The chronology is too short"),
        "missing_what": QCoreApplication.translate("Messages", "What happened is not described"),
        "missing_where": QCoreApplication.translate("Messages", "The place is not given"),
        "missing_when": QCoreApplication.translate("Messages", "The date is not given"),
        "missing_who": QCoreApplication.translate("Messages", "The person reported is not named"),
        "missing_how": QCoreApplication.translate("Messages", "How it was done is not explained"),
        "missing_evidence": QCoreApplication.translate("Messages", "No supporting evidence"),
    }
    if code in messages:
        return messages[code]
    if element:
        log.warning("untranslated completeness code %r", code)
        return element_hint(element)
    return _unknown(code)


def field_error_message(code: str, params: Mapping[str, object] | None = None) -> str:
    """The text of a ``FieldError``/``ValidationError`` by its code (shown beside the field)."""
    params = params or {}
    messages = {
        # wbs_desktop.domain.complaint
        "required": QCoreApplication.translate("Messages", "This field is required."),
        "too_long": QCoreApplication.translate(
            "Messages", "Too long: at most %1 characters.").replace(
                "%1", str(params.get("max", ""))),
        "control_characters": QCoreApplication.translate(
            "Messages", "Contains invisible control characters; type the text again."),
        "contact_required": QCoreApplication.translate(
            "Messages", "Give a phone number or an e-mail address so the office can ask for "
            "more."),
        "unknown_channel": QCoreApplication.translate("Messages", "Choose how it arrived."),
        "unknown_type": QCoreApplication.translate("Messages", "Choose a complaint type."),
        "naive_datetime": QCoreApplication.translate("Messages", "The time zone is missing."),
        "in_future": QCoreApplication.translate("Messages", "This date is in the future."),
        "after_received": QCoreApplication.translate(
            "Messages", "The incident cannot be after the day the report was received."),
        "estimate_without_loss": QCoreApplication.translate(
            "Messages", "An estimate is only given when there was a material loss."),
        "negative": QCoreApplication.translate("Messages", "The amount cannot be negative."),
        "too_large": QCoreApplication.translate("Messages", "This amount is implausibly large."),
        "too_many": QCoreApplication.translate(
            "Messages", "Too many links: at most %1.").replace("%1", str(params.get("max", ""))),
        "wrong_type": QCoreApplication.translate("Messages", "This value has the wrong form."),
        "bad_date": QCoreApplication.translate("Messages", "Not a valid date."),
        # wbs_desktop.domain.validation: phone
        "phone_required": QCoreApplication.translate("Messages", "Enter a phone number."),
        "phone_bad_characters": QCoreApplication.translate(
            "Messages", "A phone number has only digits, spaces, +, - and brackets."),
        "phone_not_indonesian": QCoreApplication.translate(
            "Messages", "Only Indonesian numbers (0… or +62…) are accepted."),
        "phone_bad_prefix": QCoreApplication.translate(
            "Messages", "After the 0 comes a mobile prefix (8…) or an area code."),
        "phone_bad_length": QCoreApplication.translate(
            "Messages", "The number has too few or too many digits."),
        # e-mail
        "email_required": QCoreApplication.translate("Messages", "Enter an e-mail address."),
        "email_too_long": QCoreApplication.translate("Messages", "The e-mail address is too long."),
        "email_whitespace": QCoreApplication.translate(
            "Messages", "An e-mail address contains no spaces."),
        "email_at_sign": QCoreApplication.translate(
            "Messages", "An e-mail address has exactly one @ (e.g. nama@contoh.go.id)."),
        "email_bad_local_part": QCoreApplication.translate(
            "Messages", "The part before the @ is not valid."),
        "email_bad_domain": QCoreApplication.translate(
            "Messages", "The part after the @ is not a valid domain."),
        # evidence links
        "link_required": QCoreApplication.translate("Messages", "The link is empty."),
        "link_too_long": QCoreApplication.translate("Messages", "The link is too long."),
        "link_bad_characters": QCoreApplication.translate(
            "Messages", "The link contains spaces or invalid characters."),
        "link_relative": QCoreApplication.translate(
            "Messages", "Give the full link, starting with https://."),
        "link_scheme_not_allowed": QCoreApplication.translate(
            "Messages", "Only web links starting with http:// or https:// are accepted."),
        "link_no_host": QCoreApplication.translate("Messages", "The link has no valid site name."),
        "link_credentials": QCoreApplication.translate(
            "Messages", "The link must not contain a user name or password."),
        "link_bad_port": QCoreApplication.translate("Messages", "The link's port is not valid."),
        # NIP
        "nip_required": QCoreApplication.translate("Messages", "Enter the NIP."),
        "nip_bad_characters": QCoreApplication.translate(
            "Messages", "An NIP contains only digits."),
        "nip_bad_length": QCoreApplication.translate("Messages", "An NIP has 18 digits."),
        "nip_bad_birth_date": QCoreApplication.translate(
            "Messages", "The birth date in this NIP (digits 1–8) is not valid."),
        "nip_bad_appointment_date": QCoreApplication.translate(
            "Messages", "The appointment date in this NIP (digits 9–14) is not valid."),
        "nip_bad_gender": QCoreApplication.translate(
            "Messages", "Digit 15 of an NIP is 1 or 2."),
        "nip_bad_sequence": QCoreApplication.translate(
            "Messages", "The last three digits of an NIP cannot be 000."),
    }
    if code in messages:
        return messages[code]
    return _unknown(code)


def service_error_message(exc: BaseException) -> str:
    """One clear sentence for an error raised by the services (never a traceback)."""
    code = getattr(exc, "code", "")
    if code == "account_locked":
        until = getattr(exc, "until", None)
        if isinstance(until, datetime):
            return QCoreApplication.translate(
                "Messages",
                "This account is locked after too many wrong passwords. Try again after %1.",
            ).replace("%1", format_datetime(until))
        return QCoreApplication.translate(
            "Messages", "This account is locked after too many wrong passwords.")
    if code == "password_policy":
        return password_policy_message(getattr(exc, "reason", ""))
    if code == "validation_failed":
        errors = getattr(exc, "errors", [])
        return "\n".join(field_error_message(e.code) for e in errors) or _unknown(code)
    messages = {
        "wrong_credentials": QCoreApplication.translate(
            "Messages", "The user name or the password is wrong."),
        "bad_username": QCoreApplication.translate(
            "Messages", "A user name has 3 to 64 characters: letters, digits, \".\", \"_\" "
            "or \"-\"."),
        "account_inactive": QCoreApplication.translate(
            "Messages", "This account has been deactivated. Ask an administrator."),
        "permission_denied": QCoreApplication.translate(
            "Messages", "Your role does not allow this."),
        "no_grant": QCoreApplication.translate(
            "Messages", "This case has not been shared with you, so it cannot be opened."),
        "not_found": QCoreApplication.translate(
            "Messages", "Nothing was found."),
        "reason_required": QCoreApplication.translate(
            "Messages", "A reason is required."),
        "conflict": QCoreApplication.translate(
            "Messages", "Someone else changed this case in the meantime. Refresh and try again."),
        "database_unavailable": QCoreApplication.translate(
            "Messages",
            "The database cannot be reached. Check the network connection or the server "
            "address, then try again."),
        "not_initialized": QCoreApplication.translate(
            "Messages", "This database has not been set up for WBS Desktop yet."),
        "integrity": QCoreApplication.translate(
            "Messages",
            "Stored data failed its integrity check. It may have been tampered with; "
            "inform the administrator."),
        "transition_not_allowed": QCoreApplication.translate(
            "Messages", "The case cannot move to that stage."),
        "conflict_of_interest": QCoreApplication.translate(
            "Messages",
            "This officer is the person reported in this case and cannot be assigned to it."),
        "not_officer": QCoreApplication.translate(
            "Messages", "Only officers and administrators can work on a case."),
        "cancelled": QCoreApplication.translate(
            "Messages", "Cancelled: nothing was changed."),
    }
    if code in messages:
        return messages[code]
    procedure = procedure_error_message(code, getattr(exc, "params", None))
    if procedure is not None:
        return procedure
    if code in _domain_codes():
        return domain_error_message(code, getattr(exc, "params", None))
    log.error("no message for error %r", exc, exc_info=exc)
    return QCoreApplication.translate(
        "Messages", "Something went wrong. The details were written to the log file.")


def procedure_error_message(code: str, params: Mapping[str, object] | None = None) -> str | None:
    """The procedure's and the letters' refusals (issues 5 and 6); None for another code."""
    params = params or {}

    if code == "summons_too_late" and isinstance(params.get("earliest"), date):
        return QCoreApplication.translate(
            "Messages", "A summons must be sent at least %1 working days before the hearing: "
                  "the earliest allowed date is %2.").replace(
            "%1", str(params.get("min_days", 7))).replace(
            "%2", format_date(params["earliest"]))  # type: ignore[arg-type]
    if code == "hearing_not_working_day" and isinstance(params.get("next"), date):
        return QCoreApplication.translate(
            "Messages", "The hearing must be on a working day; the next one is %1.").replace(
            "%1", format_date(params["next"]))  # type: ignore[arg-type]
    if code == "attachment_too_large":
        limit = int(params.get("limit", 0) or 0)  # type: ignore[call-overload]
        size = int(params.get("size", 0) or 0)  # type: ignore[call-overload]
        return QCoreApplication.translate(
            "Messages", "The file is too large (%1 MB); the limit is %2 MB.").replace(
            "%1", f"{size / 1_048_576:.1f}").replace("%2", f"{limit / 1_048_576:.0f}")
    if code == "attachment_type_refused":
        extension = str(params.get("extension", ""))
        if not extension:
            return QCoreApplication.translate(
                "Messages", "A file without an extension is refused. Accepted: PDF, JPEG, PNG, "
                "TIFF, plain text (.txt) and Word, Excel or PowerPoint files without macros "
                "(.docx, .xlsx, .pptx).")
        return QCoreApplication.translate(
            "Messages", "Files of type .%1 are refused. Accepted: PDF, JPEG, PNG, TIFF, plain "
            "text (.txt) and Word, Excel or PowerPoint files without macros (.docx, .xlsx, "
            ".pptx).").replace("%1", extension)
    if code == "attachment_content_mismatch":
        detected = str(params.get("detected", ""))
        if detected in ("", "unknown"):
            return QCoreApplication.translate(
                "Messages", "The file is named .%1 but its content is not a .%1 file (its type "
                "could not be recognised): refused.").replace(
                "%1", str(params.get("extension", "")))
        return QCoreApplication.translate(
            "Messages", "The file is named .%1 but its content is a .%2 file: refused. A "
            "renamed file can hide a program.").replace(
            "%1", str(params.get("extension", ""))).replace("%2", detected)
    if code == "attachment_name_unsafe":
        return QCoreApplication.translate(
            "Messages", "The file name holds a hidden, control or look-alike character (%1): "
            "refused. Rename the file with plain letters and try again.").replace(
            "%1", str(params.get("character", "")))
    if code == "unknown_register":
        return QCoreApplication.translate(
            "Messages", "No case has the register number %1.").replace(
            "%1", str(params.get("register", "")))
    messages = {
        "attachment_empty": QCoreApplication.translate("Messages", "The file is empty."),
        "attachment_stream_name": QCoreApplication.translate(
            "Messages", "The file name has a colon (an alternate data stream, as in "
            "\"bukti.exe::$DATA\"): refused."),
        "attachment_macros": QCoreApplication.translate(
            "Messages", "Office documents with macros are refused: save it without macros "
            "(.docx, .xlsx, .pptx) or as PDF."),
        "attachment_no_name": QCoreApplication.translate("Messages", "The file has no name."),
        "deadline_past": QCoreApplication.translate(
            "Messages", "The reply deadline must be in the future."),
        "duplicate_required": QCoreApplication.translate(
            "Messages", "Give the register number of the case this one duplicates."),
        "duplicate_self": QCoreApplication.translate("Messages", "A case cannot duplicate itself."),
        "outcome_required": QCoreApplication.translate("Messages", "Choose the outcome."),
        "case_final": QCoreApplication.translate(
            "Messages", "The case is finished; an administrator must reopen it first."),
        "hearing_wrong_stage": QCoreApplication.translate("Messages",
            "Reporter and witnesses are heard in the clarification stage, the accused in the "
            "examination stage."),
        "hearing_before_letter": QCoreApplication.translate(
            "Messages", "The hearing cannot be before the date of the letter."),
        "override_admin_only": QCoreApplication.translate("Messages",
            "Only an administrator may schedule inside the summons period, with a reason."),
        "second_summons_not_due": QCoreApplication.translate("Messages",
            "A second summons follows only when the accused was absent at the first."),
        "no_third_summons": QCoreApplication.translate("Messages", "There is no third summons."),
        "minutes_without_attendance": QCoreApplication.translate("Messages",
            "Minutes are recorded only for a hearing the person attended."),
        "bad_party": QCoreApplication.translate("Messages", "Choose who is to be heard."),
        "reporter_in_letter": QCoreApplication.translate("Messages",
            "The letter would reveal the reporter's identity; remove it from the fields."),
        "not_draftable": QCoreApplication.translate(
            "Messages", "This kind of letter is not made from a case."),
        "draft_kind": QCoreApplication.translate(
            "Messages", "The draft is of another kind of letter."),
        "already_superseded": QCoreApplication.translate(
            "Messages", "That letter has already been corrected by a later one."),
        "letter_failed": QCoreApplication.translate(
            "Messages", "The letter could not be made. The details were written to the log "
                            "file."),
        "missing_required": QCoreApplication.translate(
            "Messages", "Say what is missing from the report."),
        "deadline_required": QCoreApplication.translate("Messages", "A reply deadline is needed."),
        "no_minutes": QCoreApplication.translate(
            "Messages", "Record the minutes of the hearing first."),
        "hearing_required": QCoreApplication.translate(
            "Messages", "This letter belongs to a hearing: choose one."),
        "hearing_wrong_party": QCoreApplication.translate(
            "Messages", "This letter is for a hearing of another party."),
        "hearing_wrong_summons": QCoreApplication.translate(
            "Messages", "This letter is for the other summons of this hearing."),
    }
    return messages.get(code)


def procedure_event_text(kind: str, detail: Mapping[str, str]) -> str | None:
    """What a procedure or letter event on the timeline did; None for another kind."""
    parties = {
        "reporter": QCoreApplication.translate("Messages", "the reporter"),
        "witness": QCoreApplication.translate("Messages", "a witness"),
        "accused": QCoreApplication.translate("Messages", "the accused"),
    }
    party = parties.get(detail.get("party", ""), detail.get("party", ""))
    if kind == "witness_added":
        return QCoreApplication.translate("Messages", "witness %1 added").replace(
            "%1", detail.get("witness", ""))
    if kind == "witness_edited":
        return QCoreApplication.translate("Messages", "details of witness %1 changed").replace(
            "%1", detail.get("witness", ""))
    if kind == "accused_updated":
        return QCoreApplication.translate("Messages", "details of the person reported changed")
    if kind == "hearing_scheduled":
        day = detail.get("day", "")
        if len(day) == 10 and day[4] == "-":  # an ISO date
            day = format_date(date.fromisoformat(day))
        text = QCoreApplication.translate("Messages", "hearing of %1 scheduled for %2").replace(
            "%1", party).replace("%2", day)
        if detail.get("summons") == "2":
            text += " " + QCoreApplication.translate("Messages", "(second summons)")
        if detail.get("override"):
            text += " — " + QCoreApplication.translate(
                "Messages", "inside the summons period: %1").replace("%1", detail["override"])
        return text
    if kind == "attendance_recorded":
        if detail.get("present") == "yes":
            return QCoreApplication.translate("Messages", "%1 attended the hearing").replace(
                "%1", party)
        return QCoreApplication.translate("Messages", "%1 did not attend the hearing").replace(
            "%1", party)
    if kind == "minutes_recorded":
        if detail.get("signed") == "yes":
            return QCoreApplication.translate("Messages", "minutes recorded and signed")
        return QCoreApplication.translate("Messages", "minutes recorded; signature refused")
    if kind == "decision_on_evidence":
        return QCoreApplication.translate("Messages", "the decision rests on the evidence")
    if kind == "attachment_added":
        return QCoreApplication.translate("Messages", "file %1 attached").replace(
            "%1", detail.get("file", ""))
    if kind == "letter_generated":
        text = QCoreApplication.translate("Messages", "letter %1 made").replace(
            "%1", detail.get("number", ""))
        if detail.get("supersedes"):
            text += " " + QCoreApplication.translate("Messages", "(corrects %1)").replace(
                "%1", detail["supersedes"])
        return text
    return None


def password_policy_message(reason: str) -> str:
    messages = {
        "too_short": QCoreApplication.translate(
            "Messages", "The password is too short (at least 10 characters)."),
        "same_as_username": QCoreApplication.translate(
            "Messages", "The password must not be the user name."),
        "too_common": QCoreApplication.translate(
            "Messages", "This password is too common; choose another."),
        "mismatch": QCoreApplication.translate("Messages", "The two passwords differ."),
    }
    return messages.get(reason) or QCoreApplication.translate(
        "Messages", "This password is not accepted.")


def domain_error_message(code: str, params: Mapping[str, object] | None = None) -> str:
    """A domain rule's code (a field's, a tracking code's, the calendar's ...) as a sentence."""
    params = params or {}
    messages = {
        "bad_tracking_code": QCoreApplication.translate(
            "Messages", "This is not a valid tracking code. Check it for typing errors: "
            "12 letters and digits, e.g. 38EC-RMNM-RY3J."),
        "summons_too_late": QCoreApplication.translate(
            "Messages", "A summons must be sent at least 7 working days before the hearing."),
        "hearing_not_working_day": QCoreApplication.translate(
            "Messages", "The hearing must be on a working day."),
        "bad_number_pattern": QCoreApplication.translate(
            "Messages", "The letter number format is not valid."),
        "same_stage": QCoreApplication.translate(
            "Messages", "The case is already in that stage."),
    }
    if code in messages:
        return messages[code]
    return field_error_message(code, params)


def _domain_codes() -> frozenset[str]:
    from wbs_desktop.domain import calendar, complaint, numbering, tracking, validation

    return frozenset(
        (*complaint.ERROR_CODES, *validation.ERROR_CODES, *tracking.ERROR_CODES,
         *calendar.ERROR_CODES, *numbering.ERROR_CODES, "same_stage"))


def _unknown(code: str) -> str:
    log.warning("untranslated code %r", code)
    return QCoreApplication.translate("Messages", "This value is not accepted.")


# --- dates and numbers, in the UI language ----------------------------------


def format_date(d: date | None) -> str:
    if d is None:
        return "—"
    from wbs_desktop.gui.i18n import current_language

    if current_language() == "id":
        from wbs_desktop.domain.dates import format_date_id

        return format_date_id(d)
    return f"{d.day} {d:%B %Y}"


def format_short_date(d: date | None) -> str:
    """dd/mm/yyyy, for tables."""
    return "—" if d is None else f"{d:%d/%m/%Y}"


def format_datetime(dt: datetime) -> str:
    from wbs_desktop.domain.dates import OFFICE_TZ, to_local, zone_label

    local = to_local(dt, OFFICE_TZ)
    return f"{format_date(local.date())} {local:%H.%M} {zone_label(local)}"


def format_rupiah(amount: int | None) -> str:
    if amount is None:
        return "—"
    return "Rp " + f"{amount:,}".replace(",", ".")


def plural_days(days: int) -> str:
    return QCoreApplication.translate("Messages", "%n day(s)", "", abs(days))

