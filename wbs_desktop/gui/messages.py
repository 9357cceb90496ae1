"""Every refusal and error the domain and the services raise, translated in one place.

Codes (``ServiceError.code``, ``FieldError.code``, ``ElementCheck.code``) are
never shown raw: an unknown code gets a generic translated sentence and a log
line so it can be added here. The names of stages, roles and channels and the
dates and numbers are in ``labels``; the sentences that tell what happened (the
timeline's events, the audit alarm) in ``notices``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from wbs_desktop.gui.labels import element_hint, format_date, format_time_of_day

log = logging.getLogger(__name__)


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
        "anonymous_with_identity": QCoreApplication.translate(
            "Messages", "An anonymous report has no name, contact or address: clear this "
            "field, or untick \"Anonymous\"."),
        "unknown_channel": QCoreApplication.translate("Messages", "Choose how it arrived."),
        "unknown_type": QCoreApplication.translate("Messages", "Choose a complaint type."),
        "naive_datetime": QCoreApplication.translate("Messages", "The time zone is missing."),
        "in_future": QCoreApplication.translate("Messages", "This date is in the future."),
        "after_received": QCoreApplication.translate(
            "Messages", "The incident cannot be after the day the report was received."),
        "estimate_without_loss": QCoreApplication.translate(
            "Messages", "An estimate is only given when there was a material loss."),
        "negative": QCoreApplication.translate("Messages", "The amount cannot be negative."),
        "bad_amount": amount_error_message(str(params.get("reason", ""))),
        "too_large": QCoreApplication.translate("Messages", "This amount is implausibly large."),
        "too_many": QCoreApplication.translate(
            "Messages", "Too many links: at most %1.").replace("%1", str(params.get("max", ""))),
        "wrong_type": QCoreApplication.translate("Messages", "This value has the wrong form."),
        "bad_date": QCoreApplication.translate("Messages", "Not a valid date."),
        # wbs_desktop.domain.validation: phone
        "phone_required": QCoreApplication.translate("Messages", "Enter a phone number."),
        "phone_bad_characters": QCoreApplication.translate(
            "Messages", "A phone number has only digits, spaces, +, - and brackets."),
        "phone_international_length": QCoreApplication.translate(
            "Messages", "A number of another country has 8 to 15 digits after the + "
            "(country code included, e.g. +61 8 8123 4567)."),
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


def amount_error_message(reason: str) -> str:
    """Why a typed rupiah amount was refused (``domain.money``)."""
    if reason == "ambiguous":
        return QCoreApplication.translate(
            "Messages", "This amount can be read two ways. Dots group thousands "
            "(2.500.000), a comma marks decimals (2,5 juta).")
    if reason == "not_whole":
        return QCoreApplication.translate(
            "Messages", "Give the amount in whole rupiah (e.g. 2.500.000).")
    if reason == "negative":
        return QCoreApplication.translate("Messages", "The amount cannot be negative.")
    if reason == "too_long":
        return QCoreApplication.translate("Messages", "This amount is too long.")
    return QCoreApplication.translate(
        "Messages", "Write the amount in digits, e.g. 2.500.000, Rp 2.500.000,00 or 2,5 juta.")


def service_error_message(exc: BaseException) -> str:
    """One clear sentence for an error raised by the services (never a traceback)."""
    code = getattr(exc, "code", "")
    if code == "account_locked":
        until = getattr(exc, "until", None)
        if isinstance(until, datetime):
            return QCoreApplication.translate(
                "Messages",
                "Too many wrong passwords: this account must wait. Try again at %1.",
            ).replace("%1", format_time_of_day(until))
        return QCoreApplication.translate(
            "Messages", "Too many wrong passwords: this account must wait a moment.")
    if code == "password_policy":
        return password_policy_message(getattr(exc, "reason", ""))
    trust = trust_error_message(exc)
    if trust is not None:
        return trust
    if code == "schema_too_new":
        return schema_too_new_message(str(getattr(exc, "version", "") or ""))
    if code == "validation_failed":
        errors = getattr(exc, "errors", [])
        return "\n".join(field_error_message(e.code) for e in errors) or _unknown(code)
    messages = {
        "anonymous_reporter": QCoreApplication.translate(
            "Messages", "This report is anonymous (no name, no address): no letter can be "
            "sent to the reporter."),
        "anonymous_reporter_hearing": QCoreApplication.translate(
            "Messages", "This report is anonymous: there is no reporter to invite to a hearing. "
            "Hear the witnesses, then the accused."),
        # Reports and marks (issue 16)
        "duplicate_of_required": QCoreApplication.translate(
            "Messages", "Type the register number of the case this one repeats."),
        "duplicate_of_itself": QCoreApplication.translate(
            "Messages", "A case cannot be a duplicate of itself."),
        "duplicate_cycle": QCoreApplication.translate(
            "Messages", "That case is already marked as a duplicate of this one."),
        "duplicate_of_not_allowed": QCoreApplication.translate(
            "Messages", "Only a duplicate names an original case."),
        "period_reversed": QCoreApplication.translate(
            "Messages", "The period ends before it starts."),
        "period_too_long": QCoreApplication.translate(
            "Messages", "The period is longer than ten years."),
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
        "not_an_office_database": QCoreApplication.translate(
            "Messages",
            "This file is not a WBS Desktop database. Choose the office's database file "
            "or set up a new one."),
        "schema_outdated": QCoreApplication.translate(
            "Messages",
            "This database must be upgraded to this version of WBS Desktop first. Open it in "
            "WBS Desktop (or with a command that changes it), then try again."),
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


def schema_too_new_message(version: str) -> str:
    """An older workstation meeting a database a newer WBS Desktop upgraded."""
    from wbs_desktop.version import app_version, short_version

    if version:
        text = QCoreApplication.translate(
            "Messages",
            "This database was upgraded by WBS Desktop %1; install %1 or newer on this "
            "workstation. (This workstation has %2.)")
        return text.replace("%1", short_version(version)).replace("%2", app_version())
    return QCoreApplication.translate(
        "Messages",
        "This database was upgraded by a newer WBS Desktop; install the office's current "
        "version on this workstation. (This workstation has %1.)").replace("%1", app_version())


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
    summons = summons_rule_message(code, params)
    if summons is not None:
        return summons
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
        "summons_rule": QCoreApplication.translate(
            "Messages", "A summons rule (PP 94/2021) does not allow this date."),
        "minutes_without_attendance": QCoreApplication.translate("Messages",
            "Minutes are recorded only for a hearing the person attended."),
        "bad_party": QCoreApplication.translate("Messages", "Choose who is to be heard."),
        "reporter_in_letter": QCoreApplication.translate("Messages",
            "The letter would reveal the reporter's identity; remove it from the fields."),
        "not_draftable": QCoreApplication.translate(
            "Messages", "This kind of letter is not made from a case."),
        "draft_kind": QCoreApplication.translate(
            "Messages", "The draft is of another kind of letter."),
        "void_reason_required": QCoreApplication.translate(
            "Messages",
            "Say why the letter is corrected: the reason is kept with the void letter in the "
            "register."),
        "letter_backdated": QCoreApplication.translate(
            "Messages", "This letter is dated before the last letter in this year's register."),
        "violation_required": QCoreApplication.translate(
            "Messages", "Write the alleged breach of discipline (the words after “berupa”)."),
        "official_key": QCoreApplication.translate(
            "Messages", "Give the official a short key (not starting with “user:”)."),
        "official_in_use": QCoreApplication.translate(
            "Messages", "This official signs some letters: choose another signer for them first."),
        "kind_not_signed": QCoreApplication.translate(
            "Messages", "This kind of letter is not signed by an official."),
        "team_role": QCoreApplication.translate(
            "Messages", "Only officers and administrators can be examiners."),
        "team_duplicate": QCoreApplication.translate(
            "Messages", "A member is chosen twice."),
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


def password_policy_message(reason: str) -> str:
    """Why a password is refused (the codes of ``domain.passwords.REASONS``)."""
    messages = {
        "too_short": QCoreApplication.translate(
            "Messages", "The password is too short (at least 10 characters)."),
        "same_as_username": QCoreApplication.translate(
            "Messages", "The password must not be the user name."),
        "office_words": QCoreApplication.translate(
            "Messages", "The password is built on words anyone would try here (the office, "
            "the city, the user's names). Add unrelated words."),
        "too_common": QCoreApplication.translate(
            "Messages", "This password is too common; choose another."),
        "keyboard_pattern": QCoreApplication.translate(
            "Messages", "Keys next to each other on the keyboard are easy to guess."),
        "repeated": QCoreApplication.translate(
            "Messages", "Repeated characters or groups (like 1212) are easy to guess."),
        "sequence": QCoreApplication.translate(
            "Messages", "Sequences (like abcd or 12345) are easy to guess."),
        "dates": QCoreApplication.translate(
            "Messages", "Dates and years are easy to guess."),
        "too_weak": QCoreApplication.translate(
            "Messages", "This password is too easy to guess. Use three or four unrelated "
            "words, or a longer one."),
        "mismatch": QCoreApplication.translate("Messages", "The two passwords differ."),
    }
    return messages.get(reason) or QCoreApplication.translate(
        "Messages", "This password is not accepted.")


def summons_rule_message(code: str, params: Mapping[str, object]) -> str | None:
    """A summons rule's refusal (issue 14): the rule and the earliest (or latest) lawful date."""

    def when(key: str) -> str:
        value = params.get(key)
        return format_date(value) if isinstance(value, date) else "—"

    grace = str(params.get("grace_days", ""))
    year = str(params.get("year", ""))
    if code == "letter_in_past":
        return QCoreApplication.translate(
            "Messages", "Rule: no letter dated in the past (more than %1 days before today). "
            "The earliest lawful letter date is %2.").replace("%1", grace).replace(
            "%2", when("earliest"))
    if code == "hearing_in_past":
        return QCoreApplication.translate(
            "Messages", "Rule: no hearing dated in the past (more than %1 days before today). "
            "The earliest lawful hearing day is %2.").replace("%1", grace).replace(
            "%2", when("earliest"))
    if code == "year_without_holidays":
        return QCoreApplication.translate(
            "Messages", "Rule: there is no holiday list for %1, so its working days are not "
            "known. An administrator must add or import the list first (Settings, "
            "Holidays).").replace("%1", year)
    if code == "attendance_before_hearing":
        return QCoreApplication.translate(
            "Messages", "Rule: attendance is recorded on or after the hearing day. The "
            "earliest date is %1.").replace("%1", when("earliest"))
    if code == "second_letter_too_early":
        return QCoreApplication.translate(
            "Messages", "Rule: the second summons is dated no earlier than the first hearing "
            "day. The earliest lawful letter date is %1.").replace("%1", when("earliest"))
    if code == "second_letter_too_late":
        return QCoreApplication.translate(
            "Messages", "Rule: the second summons is dated at most %1 working days after the "
            "first hearing day. The last lawful letter date was %2.").replace(
            "%1", str(params.get("working_days", 7))).replace("%2", when("latest"))
    if code == "hearing_before_letter" and isinstance(params.get("earliest"), date):
        return QCoreApplication.translate(
            "Messages", "The hearing cannot be before the date of the letter. The earliest "
            "lawful hearing day is %1.").replace("%1", when("earliest"))
    holiday = {
        "holiday_bad_kind": QCoreApplication.translate(
            "Messages", "Unknown kind of day: use holiday or cuti bersama."),
        "holiday_bad_file": QCoreApplication.translate(
            "Messages", "The file is not a holiday list (CSV with date, name, kind; or JSON)."),
        "holiday_wrong_year": QCoreApplication.translate(
            "Messages", "A day in the list is not in %1.").replace("%1", year),
        "holiday_no_list": QCoreApplication.translate(
            "Messages", "There is no holiday list for %1.").replace("%1", year),
        "holiday_not_listed": QCoreApplication.translate(
            "Messages", "That day is not in the holiday list."),
        "holiday_name_required": QCoreApplication.translate(
            "Messages", "Give the name of the holiday."),
    }
    return holiday.get(code)


def year_warning_message(code: str, year: int) -> str:
    """A deadline reaches into a year whose holiday list is not confirmed."""
    if code == "year_missing":
        return QCoreApplication.translate(
            "Messages", "There is no holiday list for %1: its holidays count as working "
            "days.").replace("%1", str(year))
    return QCoreApplication.translate(
        "Messages", "The holiday list for %1 is only proposed; an administrator has not "
        "confirmed it against the SKB yet.").replace("%1", str(year))


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
    procedure = procedure_error_message(code, params)
    if procedure is not None:
        return procedure
    return field_error_message(code, params)


def _domain_codes() -> frozenset[str]:
    from wbs_desktop.domain import calendar, complaint, numbering, tracking, validation

    return frozenset(
        (*complaint.ERROR_CODES, *validation.ERROR_CODES, *tracking.ERROR_CODES,
         *calendar.ERROR_CODES, *numbering.ERROR_CODES, "same_stage"))


def _unknown(code: str) -> str:
    log.warning("untranslated code %r", code)
    return QCoreApplication.translate("Messages", "This value is not accepted.")


def trust_error_message(exc: BaseException) -> str | None:
    """Certificates, the pinned root key and the audit alarm (issue 19)."""
    code = getattr(exc, "code", "")
    if code == "certificate_invalid":
        record = str(getattr(exc, "record", ""))
        if record == "office":
            return QCoreApplication.translate(
                "Messages",
                "The office record (recovery key, office name or a setting such as the "
                "letterhead or number pattern) was changed outside WBS Desktop and no longer "
                "matches its certificate. Nothing was saved and no key was shared. Inform "
                "the administrator.",
            )
        return QCoreApplication.translate(
            "Messages",
            "The record of user %1 (role, active flag or keys) was changed outside WBS "
            "Desktop and no longer matches its certificate. Nothing was saved and no key "
            "was shared. Inform the administrator.",
        ).replace("%1", record)
    if code == "root_changed":
        return QCoreApplication.translate(
            "Messages",
            "This database's root key is not the one this computer knows: it was replaced, "
            "or this is another database under the same name. This computer knows %1; the "
            "database now shows %2. It was not opened. Compare with the fingerprint printed "
            "on the recovery-key sheet and inform the administrator.",
        ).replace("%1", str(getattr(exc, "pinned", ""))).replace(
            "%2", str(getattr(exc, "found", ""))
        )
    if code == "not_certified":
        return QCoreApplication.translate(
            "Messages",
            "This database was made by an older version: an administrator must log in "
            "once first to certify its users.",
        )
    if code == "not_certifier":
        return QCoreApplication.translate(
            "Messages", "Only an administrator can change this certified record."
        )
    if code == "no_audit_alarm":
        return QCoreApplication.translate("Messages", "There is no audit alarm to acknowledge.")
    return None
