"""Writing the recap (Excel, PDF) and the figures' JSON to files: audited, private.

The files hold counts only (``letters.recap``); each export is one audit entry
naming the period and the formats (never the file's path: free text stays out
of the audit log), written in the same transaction that reads the letterhead,
so a recap that was handed out is always on record.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from wbs_desktop.domain.roles import Action
from wbs_desktop.files import write_private_bytes

if TYPE_CHECKING:
    from wbs_desktop.letters.recap import RecapContext
    from wbs_desktop.services.context import Context
    from wbs_desktop.services.report_model import Figures


def context(ws: Context) -> RecapContext:
    """The letterhead and the head's signature block, as the letters use them."""
    from wbs_desktop.letters.model import LetterKind, Signatory
    from wbs_desktop.letters.recap import RecapContext
    from wbs_desktop.services.letter_store import letter_settings
    from wbs_desktop.services.letterhead import letterhead_of
    from wbs_desktop.services.signatories import resolve_signer

    with ws.read() as session:
        settings = letter_settings(session)
        # the head's signature block, as the letters sign (the default signer)
        signatory: Signatory = resolve_signer(session, LetterKind.SUMMONS_ACCUSED).signatory
    head = letterhead_of(settings)
    return RecapContext(letterhead=head, signatory=signatory,
                        place=str(settings.get("place") or "Kupang"))


def export(
    ws: Context,
    figures: Figures,
    *,
    xlsx: str | os.PathLike[str] | None = None,
    pdf: str | os.PathLike[str] | None = None,
) -> list[Path]:
    """Build and write the requested files (admin); one audit entry for them."""
    from wbs_desktop.letters import recap as recap_files

    ws.actor.require(Action.VIEW_REPORTS)
    ws.actor.require(Action.EXPORT)
    ctx = context(ws)
    made: list[tuple[str, str | os.PathLike[str], bytes]] = []
    if xlsx is not None:
        made.append(("xlsx", xlsx, recap_files.build_xlsx(figures, ctx)))
    if pdf is not None:
        made.append(("pdf", pdf, recap_files.build_pdf(figures, ctx)))
    if not made:
        return []
    with ws.write() as session:
        ws.record(
            session,
            "recap_exported",
            details={
                "formats": [kind for kind, _, _ in made],
                "from": figures.period.start.isoformat(),
                "to": figures.period.end.isoformat(),
                "count_demo": figures.period.count_demo,
                "received": figures.received.count,
            },
        )
    return [write_private_bytes(path, data) for _, path, data in made]
