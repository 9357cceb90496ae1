"""The window's words for the domain's codes (stages, outcomes, roles, channels,
the 4W1H elements) and its dates and numbers, in the UI language.

Kept apart from ``messages`` (the refusals and errors) so a table or a label that
only names a stage or writes a date does not pull in every error sentence. The
translation context stays "Messages": moving a label here loses no translation.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import Outcome, Stage


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


def stage_tooltip(stage: Stage | str) -> str:
    """What a stage means and what comes next, for the stage names' tooltips."""
    tips = {
        Stage.RECEIVED: QCoreApplication.translate(
            "Messages",
            "Logged, with a register number and tracking code; waiting for an "
            "officer to start verification (first response).",
        ),
        Stage.VERIFICATION: QCoreApplication.translate(
            "Messages",
            "The officer checks that the report says what, where, when, who and "
            "how (4W1H) and has supporting evidence.",
        ),
        Stage.AWAITING_INFO: QCoreApplication.translate(
            "Messages",
            "Incomplete: the reporter was asked for more and has until the reply "
            "deadline; without a reply the case may be closed.",
        ),
        Stage.INVESTIGATION: QCoreApplication.translate(
            "Messages", "Gathering information, research, analysis and review of the report."
        ),
        Stage.CLARIFICATION: QCoreApplication.translate(
            "Messages",
            "The reporter and witnesses are invited to confirm what the reporter "
            "knows of the violation.",
        ),
        Stage.EXAMINATION: QCoreApplication.translate(
            "Messages",
            "The accused is summoned (at least 7 full working days ahead) to "
            "establish whether the violation happened and why.",
        ),
        Stage.CONCLUDED: QCoreApplication.translate(
            "Messages", "Finished with an outcome: substantiated, not substantiated or referred."
        ),
        Stage.CLOSED: QCoreApplication.translate(
            "Messages",
            "Ended without investigation: incomplete after the deadline, out of "
            "scope, or a duplicate.",
        ),
    }
    return tips.get(Stage(stage), "")


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


def match_label(matched_on: str) -> str:
    """How a user matched the accused (domain.conflict.Match)."""
    labels = {
        "nip": QCoreApplication.translate("Messages", "same NIP"),
        "name": QCoreApplication.translate("Messages", "same name"),
        "near": QCoreApplication.translate("Messages", "a similar name"),
    }
    return labels.get(matched_on, matched_on)


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


def format_time_of_day(dt: datetime) -> str:
    """``14.05.30 WITA``: a moment within the next minutes, to the second, in office time."""
    from wbs_desktop.domain.dates import OFFICE_TZ, to_local, zone_label

    local = to_local(dt, OFFICE_TZ)
    return f"{local:%H.%M.%S} {zone_label(local)}"


def format_count(number: int) -> str:
    """A whole number the way the UI language writes it: 2.001 in Indonesian, 2,001 in English."""
    return QLocale().toString(number)


def format_rupiah(amount: int | None) -> str:
    if amount is None:
        return "—"
    return "Rp " + format_count(amount)


def plural_days(days: int) -> str:
    return QCoreApplication.translate("Messages", "%n day(s)", "", abs(days))
