"""The letter engine: plain dataclasses in, PDF bytes out (reportlab, no Qt, no database).

    from wbs_desktop.letters import Letter, LetterKind, render
    pdf = render(Letter(kind=LetterKind.SUMMONS_ACCUSED, meta=..., signatory=..., content=...))

Deterministic: the same Letter gives the same bytes, so the services layer can
store them with their SHA-256.
"""

from wbs_desktop.letters.errors import LetterError
from wbs_desktop.letters.kinds import (
    CONTENT_TYPES,
    NUMBERED_KINDS,
    REPORTER_FREE_KINDS,
    SPECS,
    TITLES,
    KindSpec,
)
from wbs_desktop.letters.model import (
    Addressee,
    BlankForm,
    Hearing,
    InviteReporter,
    Letter,
    Letterhead,
    LetterKind,
    LetterMeta,
    Minutes,
    Person,
    Receipt,
    RecoverySheet,
    RequestCompletion,
    RequestWitness,
    Signatory,
    SummonsAccused,
)
from wbs_desktop.letters.render import render  # no reportlab until the first call
from wbs_desktop.letters.warm import is_warm, warm_up

__all__ = [
    "CONTENT_TYPES",
    "NUMBERED_KINDS",
    "REPORTER_FREE_KINDS",
    "SPECS",
    "TITLES",
    "Addressee",
    "BlankForm",
    "Hearing",
    "InviteReporter",
    "KindSpec",
    "Letter",
    "LetterError",
    "LetterKind",
    "LetterMeta",
    "Letterhead",
    "Minutes",
    "Person",
    "Receipt",
    "RecoverySheet",
    "RequestCompletion",
    "RequestWitness",
    "Signatory",
    "SummonsAccused",
    "is_warm",
    "render",
    "warm_up",
]
