"""Letters as stored: the office's letter settings, rendering, the encrypted row
of a letter made, and its public view. Below ``case_detail`` (which lists a
case's letters), ``intake`` (which stores the receipt) and ``letters``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from wbs_desktop.domain.dates import utc_now
from wbs_desktop.domain.numbering import DEFAULT_LETTER_PATTERN
from wbs_desktop.domain.parties import AddresseeRole
from wbs_desktop.letters import model as L
from wbs_desktop.letters.kinds import SPECS
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.casefile import seal_field
from wbs_desktop.services.dto import LetterInfo
from wbs_desktop.storage import crypto
from wbs_desktop.storage.models import Case, Letter, User

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wbs_desktop.storage import keys as keystore

LETTER_COUNTER = "letter"


@dataclass(frozen=True, slots=True)
class LetterDraft:
    """Everything a letter says that the user may edit before generating it."""

    kind: L.LetterKind
    issued_on: date
    addressee: L.Addressee
    hal: str = ""
    sifat: str = "Rahasia"
    lampiran: str = "-"
    tembusan: tuple[str, ...] = ()
    hearing: L.Hearing | None = None
    subject_summary: str = ""
    nip: str = ""
    rank: str = ""  # pangkat/golongan of the accused
    missing: tuple[str, ...] = ()
    reply_deadline: date | None = None
    contact: str = ""
    bring: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


#: Whose key holds each kind (see kinds.Recipient).
ADDRESSEE_ROLE = {k: s.recipient.value for k, s in SPECS.items()}
#: Letters written to the reporter (the receipt is handed over, not addressed).
REPORTER_LETTERS = frozenset(
    k for k, role in ADDRESSEE_ROLE.items() if role == "reporter" and k != L.LetterKind.RECEIPT)

DEFAULT_LETTER_SETTINGS: dict[str, Any] = {
    "letterhead": {
        "government": "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
        "agency": "BADAN KEPEGAWAIAN DAERAH",
        "address": "Jl. Basuki Rachmat No. 1, Kupang, Nusa Tenggara Timur",
        "phone": "(0380) 833195",
        "email": "bkd@nttprov.go.id",
        "website": "bkd.nttprov.go.id",
        "logo_path": None,
    },
    "signatory": {
        "position": "Kepala Badan Kepegawaian Daerah\nProvinsi Nusa Tenggara Timur,",
        "name": "",
        "rank": "",
        "nip": "",
    },
    "place": "Kupang",
    "contact": "Sekretariat WBS, Badan Kepegawaian Daerah Provinsi NTT, "
    "Jl. Basuki Rachmat No. 1, Kupang",
    "tembusan": ["Kepala Badan Kepegawaian Daerah Provinsi NTT (sebagai laporan)", "Arsip"],
    "pattern": DEFAULT_LETTER_PATTERN,
    # The office's logo (services/letterhead.py; None: the default emblem) and
    # each kind's own copy list (kind value -> lines; else "tembusan").
    "logo": None,
    "tembusan_by_kind": {},
}


def letter_settings(session: Session) -> dict[str, Any]:
    """The office's letter settings over their defaults."""
    values = dict(DEFAULT_LETTER_SETTINGS)
    stored = settings_store.get_many(session, [f"letters.{k}" for k in DEFAULT_LETTER_SETTINGS])
    for key in DEFAULT_LETTER_SETTINGS:
        if stored[f"letters.{key}"] is not None:
            values[key] = stored[f"letters.{key}"]
    return values


def render(letter: L.Letter) -> bytes:
    """reportlab is imported on first use: the CLI and the services start without it."""
    from wbs_desktop.letters.render import render

    return render(letter)


def store_letter(
    session: Session,
    actor_id: int,
    case: Case,
    keys: keystore.CaseKeys,
    kind: L.LetterKind,
    pdf: bytes,
    issued_on: date,
    *,
    number: str | None = None,
    seq: int | None = None,
    hearing_id: int | None = None,
    about: str | None = None,
) -> Letter:
    """Store the PDF encrypted. Letters to (or minutes about) the reporter name
    them, so they go under the case's identity key; the rest under its content key."""
    role = about or ADDRESSEE_ROLE[kind]
    row = Letter(
        case_id=case.id,
        hearing_id=hearing_id,
        kind=kind.value,
        number=number,
        counter=LETTER_COUNTER if number else None,
        number_year=issued_on.year if number else None,
        number_seq=seq,
        issued_on=issued_on,
        addressee_role=role,
        created_by=actor_id,
        created_at=utc_now(),
        pdf_ct=b"",
        sha256=crypto.sha256(pdf),
        size=len(pdf),
        print_count=0,
    )
    session.add(row)
    session.flush()
    # Letters to (or minutes about) the reporter go under the identity key.
    row.pdf_ct = seal_field(
        keys, Letter.pdf_ct, row.id, pdf, identity=role == AddresseeRole.REPORTER
    )
    return row


def letter_list(
    session: Session,
    stmt: Any,
    *,
    names: dict[int, str] | None = None,
    registers: dict[str, str] | None = None,
) -> list[LetterInfo]:
    """The letters ``stmt`` selects; ``names`` (full names by user id) and
    ``registers`` (register numbers by case id) when the caller has them."""
    rows = session.scalars(stmt.order_by(Letter.issued_on, Letter.id)).all()
    if registers is None or not {r.case_id for r in rows if r.case_id} <= registers.keys():
        registers = (
            dict(
                session.execute(
                    select(Case.id, Case.register_number).where(
                        Case.id.in_({r.case_id for r in rows if r.case_id})
                    )
                ).all()
            )
            if rows
            else {}
        )
    if names is None:
        names = dict(session.execute(select(User.id, User.full_name)).all())
    return [
        letter_info(r, registers.get(r.case_id), names.get(r.created_by or -1, "")) for r in rows
    ]

def letter_info(row: Letter, register: str | None, created_by: str) -> LetterInfo:
    return LetterInfo(
        id=row.id,
        kind=row.kind,
        number=row.number or "",
        issued_on=row.issued_on,
        addressee_role=AddresseeRole(row.addressee_role),
        case_id=row.case_id,
        register_number=register,
        hearing_id=row.hearing_id,
        created_by=created_by,
        created_at=row.created_at,
        sha256=row.sha256.hex(),
        size=row.size,
        print_count=row.print_count,
        superseded_by=row.superseded_by,
        purpose=row.purpose or "",
        void_reason=row.void_reason or "",
    )
