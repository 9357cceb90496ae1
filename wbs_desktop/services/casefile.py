"""One case opened by one user inside one transaction: the case row, the user's
keys to it, and what every use case does with them.

``CaseFile.open`` loads (and locks) the case, checks the version the user saw,
checks the assignment for work on it and opens the user's keys; on the result,
``seal`` / ``unseal`` encrypt and decrypt a field bound to its place (table,
column, row, key version — derived from the mapped column, never typed), with a
failed check reported as :class:`IntegrityBroken` here and nowhere else;
``event`` writes a timeline entry, ``touch`` moves the version, ``record``
writes the audit entry. Fields written before a re-keying are read with the
key version they were written with (``CaseKeys.content_for`` / ``identity_for``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import func, select

from wbs_desktop.domain.attachments import AttachmentRefused, check_attachment
from wbs_desktop.domain.complaint_json import complaint_to_json
from wbs_desktop.domain.dates import OFFICE_TZ, utc_now
from wbs_desktop.domain.roles import Action, Role
from wbs_desktop.domain.stages import Stage
from wbs_desktop.services import audit
from wbs_desktop.services.errors import (
    Conflict,
    IntegrityBroken,
    NoGrant,
    NotFound,
    PermissionDenied,
    ServiceError,
)
from wbs_desktop.storage import crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import Attachment, Case, CaseAssignment, CaseEvent, User

if TYPE_CHECKING:
    from sqlalchemy.orm import InstrumentedAttribute, Session

    from wbs_desktop.domain.complaint import ComplaintInput
    from wbs_desktop.services.context import Actor

#: The counter of the case register's numbers (``storage.db.next_number``).
REGISTER_COUNTER = "register"
#: The longest reason kept on a timeline entry.
MAX_REASON = 5000
#: What ``Case.content_ct`` holds of a complaint (the accused and the reporter
#: have columns of their own).
CONTENT_FIELDS = (
    "location", "incident_date", "chronology", "material_loss", "loss_estimate",
    "evidence_links",
)


class _KeyedCase(Protocol):
    """What key look-up needs of a case (a ``Case`` or a row of its columns)."""

    @property
    def id(self) -> str: ...
    @property
    def key_version(self) -> int: ...
    @property
    def register_number(self) -> str: ...


def office_date(at: datetime) -> date:
    """The office's calendar day (Kupang, WITA) of a stored instant."""
    return at.astimezone(OFFICE_TZ).date()


def to_json(data: Any) -> bytes:
    """The one JSON form of an encrypted field's plaintext."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")


#: binding() per mapped column: (class, attribute name) → (table, column).
_BINDINGS: dict[tuple[object, str], tuple[str, str]] = {}


def binding(column: InstrumentedAttribute[Any]) -> tuple[str, str]:
    """(table, column) of a mapped column: what a field's ciphertext is bound to."""
    at: tuple[object, str] = (column.class_, column.key)
    found = _BINDINGS.get(at)
    if found is None:
        col = column.property.columns[0]  # type: ignore[attr-defined]
        found = _BINDINGS[at] = (str(col.table.name), str(col.name))
    return found


def _key(keys: keystore.CaseKeys, identity: bool, blob: bytes | None) -> bytes:
    if identity:
        key = keys.identity if blob is None else keys.identity_for(blob)
        if key is None:
            raise NoGrant("you hold no key to the reporter's identity")
        return key
    return keys.content if blob is None else keys.content_for(blob)


def seal_field(
    keys: keystore.CaseKeys,
    column: InstrumentedAttribute[Any],
    row_id: object,
    data: bytes,
    *,
    identity: bool = False,
) -> bytes:
    """``data`` encrypted for ``column`` of row ``row_id`` under the current key version
    (the identity key for ``Case.identity_ct`` and where ``identity`` says so)."""
    table, name = binding(column)
    return crypto.encrypt_field(
        _key(keys, identity or column is Case.identity_ct, None),
        data,
        table=table,
        column=name,
        row_id=str(row_id),
        key_version=keys.version,
    )


def open_field(
    keys: keystore.CaseKeys,
    column: InstrumentedAttribute[Any],
    row_id: object,
    blob: bytes,
    *,
    identity: bool = False,
    what: str = "",
) -> bytes:
    """``blob`` decrypted with the key version it was written with; a failed check
    (tampered, moved to another row or column, no such key version) is
    :class:`IntegrityBroken` naming ``what`` (default: the table and row)."""
    table, name = binding(column)
    try:
        key = _key(keys, identity or column is Case.identity_ct, blob)
        return crypto.decrypt_field(key, blob, table=table, column=name, row_id=str(row_id))
    except crypto.CryptoError as exc:
        raise IntegrityBroken(f"{what or f'{table} {row_id}'}: stored data failed its check "
                              f"({name})") from exc


def open_json(
    keys: keystore.CaseKeys,
    column: InstrumentedAttribute[Any],
    row_id: object,
    blob: bytes,
    *,
    identity: bool = False,
    what: str = "",
) -> dict[str, Any]:
    """``open_field`` of a JSON object."""
    data: dict[str, Any] = json.loads(
        open_field(keys, column, row_id, blob, identity=identity, what=what)
    )
    return data


def case_field(
    case: _KeyedCase, keys: keystore.CaseKeys, column: InstrumentedAttribute[Any]
) -> dict[str, Any]:
    """A JSON field of a case row itself (``Case.accused_ct``…), decrypted and checked."""
    return open_json(keys, column, case.id, getattr(case, column.key),
                     what=f"case {case.register_number}")


def column_decryptor(column: InstrumentedAttribute[Any]) -> crypto.ColumnDecryptor:
    """``open_field`` for one column over many rows, without the error translation
    (the case list marks a damaged row instead of failing)."""
    return crypto.ColumnDecryptor(*binding(column))


def touch(case: Case, user_id: int, now: datetime | None = None) -> None:
    """A new version of the case, by ``user_id``."""
    case.version += 1
    case.updated_at = now or utc_now()
    case.updated_by = user_id


def seal_complaint(
    case_id: str, keys: keystore.CaseKeys, c: ComplaintInput, tracking: str
) -> dict[str, bytes]:
    """The sealed columns of a new case: ``Case(**seal_complaint(...), ...)``."""
    assert keys.identity is not None
    whole = complaint_to_json(c)
    content = {k: whole[k] for k in CONTENT_FIELDS}
    if c.documents:  # the documents received (printed on the receipt)
        content["documents"] = whole["documents"]
    return {
        "accused_ct": seal_field(keys, Case.accused_ct, case_id, to_json(whole["accused"])),
        "content_ct": seal_field(keys, Case.content_ct, case_id, to_json(content)),
        "identity_ct": seal_field(keys, Case.identity_ct, case_id, to_json(whole["reporter"])),
        "tracking_ct": seal_field(keys, Case.tracking_ct, case_id, tracking.encode()),
    }


# ----------------------------------------------------------------------------
# Loading and checking


def load_case(session: Session, case_id: str, *, for_update: bool = False) -> Case:
    stmt = select(Case).where(Case.id == case_id)
    if for_update:
        stmt = stmt.with_for_update()
    case = session.scalars(stmt).one_or_none()
    if case is None:
        raise NotFound(f"no case {case_id}")
    return case


def check_version(session: Session, case: Case, expected: int | None) -> None:
    """Refuse a change made on a version of the case older than the stored one."""
    if expected is None or expected == case.version:
        return
    who = session.get(User, case.updated_by) if case.updated_by else None
    raise Conflict(
        f"case {case.register_number} was changed by "
        f"{who.full_name if who else 'someone else'} since you opened it",
        changed_by=who.full_name if who else "",
        changed_at=case.updated_at,
    )


def is_assigned(session: Session, case_id: str, user_id: int) -> bool:
    return bool(
        session.scalar(
            select(func.count())
            .select_from(CaseAssignment)
            .where(CaseAssignment.case_id == case_id, CaseAssignment.user_id == user_id)
        )
    )


def keys_for(
    session: Session, actor: Actor, cases: Sequence[_KeyedCase]
) -> dict[str, keystore.CaseKeys]:
    """The actor's keys for these cases (cached; opened from their grants once)."""
    result: dict[str, keystore.CaseKeys] = {}
    missing: list[_KeyedCase] = []
    for case in cases:
        cached = actor.case_keys.get((case.id, case.key_version))
        if cached is not None:
            result[case.id] = cached
        else:
            missing.append(case)
    if not missing:
        return result
    grants = keystore.load_case_grants(session, actor.holder, [c.id for c in missing])
    for case in missing:
        try:
            opened = keystore.open_case_keys(
                actor.unlocker, grants.get(case.id, []), case.key_version
            )
        except crypto.CryptoError as exc:
            raise IntegrityBroken(
                f"the key grant of case {case.register_number} failed its check"
            ) from exc
        if opened is not None:
            actor.case_keys[(case.id, case.key_version)] = opened
            result[case.id] = opened
    return result


# ----------------------------------------------------------------------------
# The case file


@dataclass(slots=True)
class CaseFile:
    """A case with the acting user's keys, inside the caller's transaction."""

    session: Session
    actor: Actor
    case: Case
    keys: keystore.CaseKeys

    @classmethod
    def open(
        cls,
        session: Session,
        actor: Actor,
        case_id: str,
        *,
        for_update: bool = False,
        working: bool = False,
        expected_version: int | None = None,
    ) -> CaseFile:
        """Load the case (``for_update``: locked), check ``expected_version`` and
        open the actor's keys (:class:`NoGrant` without them). ``working``: work on
        the case's procedure — the permission, the assignment (an administrator
        needs none), a stage not final; the case is locked."""
        if working:
            actor.require(Action.EDIT_CASE)
        case = load_case(session, case_id, for_update=for_update or working)
        check_version(session, case, expected_version)
        if working:
            if actor.role != Role.ADMIN and not is_assigned(session, case_id, actor.id):
                raise PermissionDenied("only the assigned officer or an admin may work this case")
            if Stage(case.stage).is_final:
                raise ServiceError("the case is finished; reopen it first", code="case_final")
        return cls.of(session, actor, case)

    @classmethod
    def of(cls, session: Session, actor: Actor, case: Case) -> CaseFile:
        """A case already loaded (and checked), with the actor's keys."""
        keys = keys_for(session, actor, [case]).get(case.id)
        if keys is None:
            raise NoGrant("you hold no key to this case")
        return cls(session, actor, case, keys)

    @property
    def id(self) -> str:
        return self.case.id

    @property
    def register(self) -> str:
        return self.case.register_number

    def require_assigned(self, message: str) -> None:
        """The actor is assigned to the case, or an administrator."""
        if self.actor.role != Role.ADMIN and not is_assigned(
            self.session, self.case.id, self.actor.id
        ):
            raise PermissionDenied(message)

    # -- fields ------------------------------------------------------------

    def seal(
        self, column: InstrumentedAttribute[Any], row_id: object, data: Any, *,
        identity: bool = False,
    ) -> bytes:
        """``data`` (a JSON value; ``bytes`` as they are) encrypted for its place."""
        plain = data if isinstance(data, bytes) else to_json(data)
        return seal_field(self.keys, column, row_id, plain, identity=identity)

    def unseal(
        self, column: InstrumentedAttribute[Any], row_id: object, blob: bytes, *,
        identity: bool = False,
    ) -> dict[str, Any]:
        """A JSON field of the case's rows, decrypted and checked."""
        return open_json(self.keys, column, row_id, blob, identity=identity,
                         what=f"case {self.register}")

    def unseal_bytes(
        self, column: InstrumentedAttribute[Any], row_id: object, blob: bytes, *,
        identity: bool = False,
    ) -> bytes:
        return open_field(self.keys, column, row_id, blob, identity=identity,
                          what=f"case {self.register}")

    def field(self, column: InstrumentedAttribute[Any]) -> dict[str, Any]:
        """A JSON field of the case row itself (``Case.accused_ct``…)."""
        return case_field(self.case, self.keys, column)

    def identity(self) -> dict[str, Any]:
        """The reporter's identity (:class:`NoGrant` without the identity key)."""
        if self.keys.identity is None:
            raise NoGrant("you hold no key to the reporter's identity")
        return self.field(Case.identity_ct)

    def tracking_code(self) -> str:
        return self.unseal_bytes(Case.tracking_ct, self.case.id, self.case.tracking_ct).decode()

    # -- changes -------------------------------------------------------------

    def touch(self, now: datetime | None = None) -> None:
        """A new version of the case, by the actor."""
        touch(self.case, self.actor.id, now)

    def event(
        self,
        kind: str,
        from_stage: Stage | None = None,
        to_stage: Stage | None = None,
        reason: str = "",
        detail: dict[str, Any] | None = None,
    ) -> CaseEvent:
        """A timeline entry; its reason and detail are sealed."""
        event = CaseEvent(
            case_id=self.case.id,
            at=utc_now(),
            actor_id=self.actor.id,
            kind=kind,
            from_stage=from_stage.value if from_stage else None,
            to_stage=to_stage.value if to_stage else None,
        )
        self.session.add(event)
        # The figures' milestones, kept on the case (see Case.first_response_at).
        case = self.case
        if from_stage == Stage.RECEIVED and to_stage is not None and case.first_response_at is None:
            case.first_response_at = event.at
        if to_stage == Stage.VERIFICATION and case.verified_at is None:
            case.verified_at = event.at
        self.session.flush()
        event.detail_ct = self.seal(
            CaseEvent.detail_ct, event.id, {"reason": reason[:MAX_REASON], **(detail or {})}
        )
        return event

    def record(
        self,
        action: str,
        details: dict[str, Any] | None = None,
        *,
        private: dict[str, Any] | None = None,
    ) -> None:
        """The audit entry of an action on this case (its register number included)."""
        audit.append(
            self.session,
            self.actor.signer,
            action,
            case_id=self.case.id,
            details={"register": self.case.register_number, **(details or {})},
            private=private,
        )

    def changed(
        self,
        kind: str,
        detail: dict[str, str],
        *,
        audit_details: dict[str, Any] | None = None,
    ) -> None:
        """A change of the procedure: touch, a timeline entry and an audit entry of ``kind``."""
        self.touch()
        self.event(kind, detail=detail)
        self.record(kind, audit_details)


# ----------------------------------------------------------------------------
# Files kept with a case (the attachments tab, and scans handed in at intake)


def checked_attachment(filename: str, data: bytes, max_bytes: int) -> str:
    """The file's name when the office accepts it (type by name and content, size
    at most ``max_bytes``: the setting ``attachments.max_bytes``); else a ServiceError."""
    try:
        return check_attachment(filename, len(data), max_bytes=max_bytes, data=data)
    except AttachmentRefused as exc:
        raise ServiceError(str(exc), code=exc.code, **exc.params) from exc


def attach(cf: CaseFile, name: str, data: bytes, description: str = "") -> Attachment:
    """Store a checked file with the case, encrypted under its content key (a
    timeline and an audit entry say so)."""
    row = Attachment(
        case_id=cf.id,
        meta_ct=b"",
        size=len(data),
        sha256=crypto.sha256(data),
        data_ct=b"",
        added_at=utc_now(),
        added_by=cf.actor.id,
    )
    cf.session.add(row)
    cf.session.flush()
    row.meta_ct = cf.seal(
        Attachment.meta_ct, row.id, {"filename": name, "description": description})
    row.data_ct = cf.seal(Attachment.data_ct, row.id, data)
    cf.changed("attachment_added", {"file": name})
    return row
