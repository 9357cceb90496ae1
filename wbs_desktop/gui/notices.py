"""Sentences that tell what happened, in the UI language: a procedure or letter
event on the timeline, officers taken off a case they are the accused of, a user
whose name is like the accused's, the audit alarm's banner.

The translation context stays "Messages" (these sentences came from
``messages``), so no translation is lost.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from wbs_desktop.domain.parties import Party
from wbs_desktop.gui.labels import format_date, match_label

if TYPE_CHECKING:
    from wbs_desktop.services.conflicts import ConflictRemoval, NameWarning


def procedure_event_text(kind: str, detail: Mapping[str, str]) -> str | None:
    """What a procedure or letter event on the timeline did; None for another kind."""
    parties: dict[str, str] = {
        Party.REPORTER: QCoreApplication.translate("Messages", "the reporter"),
        Party.WITNESS: QCoreApplication.translate("Messages", "a witness"),
        Party.ACCUSED: QCoreApplication.translate("Messages", "the accused"),
    }
    party = parties.get(detail.get("party", ""), detail.get("party", ""))
    if kind == "witness_added":
        return QCoreApplication.translate("Messages", "witness %1 added").replace(
            "%1", detail.get("witness", "")
        )
    if kind == "witness_edited":
        return QCoreApplication.translate("Messages", "details of witness %1 changed").replace(
            "%1", detail.get("witness", "")
        )
    if kind == "accused_updated":
        return QCoreApplication.translate("Messages", "details of the person reported changed")
    if kind == "conflict_removed":
        return (
            QCoreApplication.translate(
                "Messages", "%1 taken off the case: they are the person reported (%2)"
            )
            .replace("%1", detail.get("officer", ""))
            .replace("%2", match_label(detail.get("matched_on", "")))
        )
    if kind == "hearing_scheduled":
        day = detail.get("day", "")
        if len(day) == 10 and day[4] == "-":  # an ISO date
            day = format_date(date.fromisoformat(day))
        text = (
            QCoreApplication.translate("Messages", "hearing of %1 scheduled for %2")
            .replace("%1", party)
            .replace("%2", day)
        )
        if detail.get("summons") == "2":
            text += " " + QCoreApplication.translate("Messages", "(second summons)")
        if detail.get("override"):
            text += " — " + QCoreApplication.translate(
                "Messages", "summons rule set aside by the administrator: %1"
            ).replace("%1", detail["override"])
        return text
    if kind == "attendance_recorded":
        if detail.get("present") == "yes":
            return QCoreApplication.translate("Messages", "%1 attended the hearing").replace(
                "%1", party
            )
        return QCoreApplication.translate("Messages", "%1 did not attend the hearing").replace(
            "%1", party
        )
    if kind == "minutes_recorded":
        if detail.get("signed") == "yes":
            return QCoreApplication.translate("Messages", "minutes recorded and signed")
        return QCoreApplication.translate("Messages", "minutes recorded; signature refused")
    if kind == "decision_on_evidence":
        return QCoreApplication.translate("Messages", "the decision rests on the evidence")
    if kind == "attachment_added":
        return QCoreApplication.translate("Messages", "file %1 attached").replace(
            "%1", detail.get("file", "")
        )
    if kind == "letter_generated":
        text = QCoreApplication.translate("Messages", "letter %1 made").replace(
            "%1", detail.get("number", "")
        )
        if detail.get("supersedes"):
            text += " " + QCoreApplication.translate("Messages", "(corrects %1)").replace(
                "%1", detail["supersedes"]
            )
        return text
    return None


def conflict_removed_message(removals: Sequence[ConflictRemoval]) -> str:
    """The notice after officers were taken off cases they are the accused of
    (services.conflicts.ConflictRemoval)."""
    lines = [
        QCoreApplication.translate(
            "Messages",
            "%1 was taken off case %2: they are the person reported in it (%3). "
            "The case has new keys they do not hold.",
        )
        .replace("%1", r.full_name)
        .replace("%2", r.register_number)
        .replace("%3", match_label(str(r.matched_on)))
        for r in removals
    ]
    return "\n\n".join(lines)


def near_miss_warning(warning: NameWarning) -> str:
    """A user whose name is like the accused's (services.conflicts.NameWarning)."""
    return (
        QCoreApplication.translate(
            "Messages",
            "Careful: the person reported, “%1”, has a name like the user %2 (%3). "
            "Check they are not the same person before assigning.",
        )
        .replace("%1", warning.accused_name)
        .replace("%2", warning.full_name)
        .replace("%3", warning.username)
    )


def audit_alarm_message(alarm: Mapping[str, object]) -> str:
    """The red banner's text: what this workstation saw replaced or cut."""
    problem = str(alarm.get("problem", ""))
    seq = str(alarm.get("seen") if problem == "truncated" else alarm.get("seq", ""))
    what = {
        "truncated": QCoreApplication.translate(
            "Messages", "the newest entries this computer had seen (up to no. %1) were cut off"
        ),
        "deleted": QCoreApplication.translate(
            "Messages", "entry no. %1, which this computer had seen, was deleted"
        ),
        "edited": QCoreApplication.translate(
            "Messages", "entry no. %1, which this computer had seen, was replaced"
        ),
        "reordered": QCoreApplication.translate(
            "Messages", "entry no. %1 no longer follows the one before it"
        ),
        "forged": QCoreApplication.translate(
            "Messages", "entry no. %1 is not signed by a certified key of %2"
        ),
    }.get(problem, QCoreApplication.translate("Messages", "entry no. %1 was changed"))
    actor = ""
    message = str(alarm.get("message", ""))
    if " by " in message:
        actor = message.rsplit(" by ", 1)[1]
    return QCoreApplication.translate(
        "Messages",
        "The audit log was rewritten outside WBS Desktop: %1. An administrator must "
        "look into it and acknowledge it.",
    ).replace("%1", what.replace("%1", seq).replace("%2", actor))
