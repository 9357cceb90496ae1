"""Signatories and examiners: the office's officials, who signs each letter kind
(and in which form: own name, a.n., Plt., Plh.), users' profiles (NIP,
pangkat, jabatan), and each case's examination team chosen from the users.

Officials and signers are office settings (written through the settings
service: admin only, audited). A user can be an official too: the key
``user:USERNAME`` takes the name, NIP, pangkat and jabatan from their profile.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from wbs_desktop.domain.roles import Action, Role
from wbs_desktop.domain.signatories import (
    DEFAULT_HEAD_POSITION,
    Official,
    SignerChoice,
    SignForm,
    signature_position,
    signer_positions,
)
from wbs_desktop.letters import model as L
from wbs_desktop.letters.kinds import SIGNED_KINDS
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.casefile import is_assigned
from wbs_desktop.services.dto import UserInfo
from wbs_desktop.services.errors import NotFound, PermissionDenied, ServiceError
from wbs_desktop.storage.models import Case, CaseTeamMember, User

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context

OFFICIALS_KEY = "letters.officials"
SIGNERS_KEY = "letters.signers"
HEAD_KEY = "letters.head_position"
LEGACY_KEY = "letters.signatory"
#: What choosing a signer reads.
SETTING_KEYS = (SIGNERS_KEY, OFFICIALS_KEY, HEAD_KEY, LEGACY_KEY)
DEFAULT_SIGNER = "default"  # the signer of every kind without its own
USER_PREFIX = "user:"


@dataclass(frozen=True, slots=True)
class Signer:
    """Who signs one letter: what is printed, and whom it comes from (for the Tembusan)."""

    signatory: L.Signatory
    positions: tuple[str, ...]
    configured: bool  # False: nobody is set, the letter has a line to sign on


# --- reading (inside any session) ------------------------------------------------------


def officials(session: Session, stored: Any = None) -> list[Official]:
    """The officials (``stored``: the setting's value when the caller read it)."""
    if stored is None:
        stored = settings_store.get(session, OFFICIALS_KEY)
    return [Official.from_json(r) for r in stored or []]


def _head(stored: Any) -> str:
    return str(stored or DEFAULT_HEAD_POSITION)


def head_position(session: Session) -> str:
    return _head(settings_store.get(session, HEAD_KEY))


def _signers(stored: Any) -> dict[str, SignerChoice]:
    raw: dict[str, Any] = stored or {}
    return {k: SignerChoice.from_json(v) for k, v in raw.items()}


def signers(session: Session) -> dict[str, SignerChoice]:
    return _signers(settings_store.get(session, SIGNERS_KEY))


def user_official(user: User) -> Official:
    return Official(
        key=USER_PREFIX + user.username,
        name=user.full_name,
        nip=user.nip,
        rank=user.rank,
        position=user.position,
    )


def find_official(session: Session, key: str, stored: Any = None) -> Official | None:
    """The official of ``key`` (``stored``: the officials setting, when read)."""
    if key.startswith(USER_PREFIX):
        user = session.scalar(select(User).where(User.username == key[len(USER_PREFIX) :]))
        return user_official(user) if user is not None else None
    return next((o for o in officials(session, stored) if o.key == key), None)


def resolve_signer(session: Session, kind: L.LetterKind) -> Signer:
    """The signer of ``kind``: its own choice, else the default choice, else the old
    single-signatory setting (a line to sign on when it has no name)."""
    stored = settings_store.get_many(session, list(SETTING_KEYS))
    chosen = _signers(stored[SIGNERS_KEY])
    choice = chosen.get(kind.value) or chosen.get(DEFAULT_SIGNER)
    official = find_official(session, choice.official, stored[OFFICIALS_KEY]) if choice else None
    head = _head(stored[HEAD_KEY])
    if choice is not None and official is not None:
        return Signer(
            L.Signatory(
                position=signature_position(official, choice.form, head),
                name=official.name,
                rank=official.rank,
                nip=official.nip,
            ),
            tuple(signer_positions(official, choice.form, head)),
            True,
        )
    raw = dict(stored[LEGACY_KEY] or {})
    position = str(raw.get("position", "")) or head + ","
    return Signer(
        L.Signatory(
            position=position,
            name=str(raw.get("name", "")),
            rank=str(raw.get("rank", "")),
            nip=str(raw.get("nip", "")),
        ),
        (position,),
        bool(str(raw.get("name", "")).strip()),
    )


def team(session: Session, case_id: str) -> list[Official]:
    """The case's examination team, the chair first."""
    rows = session.execute(
        select(User)
        .join(CaseTeamMember, CaseTeamMember.user_id == User.id)
        .where(CaseTeamMember.case_id == case_id)
        .order_by(CaseTeamMember.seq)
    ).scalars()
    return [user_official(u) for u in rows]


# --- the service ---------------------------------------------------------------------------


class SignatoryService:
    def __init__(self, ws: Context) -> None:
        self.ws = ws

    # officials and signers (settings) -------------------------------------------------

    def officials(self) -> list[Official]:
        with self.ws.read() as session:
            return officials(session)

    def signers(self) -> dict[str, SignerChoice]:
        with self.ws.read() as session:
            return signers(session)

    def head_position(self) -> str:
        with self.ws.read() as session:
            return head_position(session)

    def signer_of(self, kind: L.LetterKind) -> Signer:
        with self.ws.read() as session:
            return resolve_signer(session, kind)

    def set_official(self, official: Official) -> None:
        """Add or replace (by key) an official."""
        self.ws.actor.require(Action.MANAGE_SETTINGS)
        key = official.key.strip()
        if not key or key.startswith(USER_PREFIX) or len(key) > 40:
            raise ServiceError(
                "an official needs a short key (not starting with user:)",
                code="official_key",
                field="key",
            )
        if not official.name.strip():
            raise ServiceError("the official's name is required", code="required", field="name")
        if not official.position.strip():
            raise ServiceError(
                "the official's jabatan is required", code="required", field="position"
            )
        nip = _check_nip(official.nip)
        clean = Official(
            key, official.name.strip(), nip, official.rank.strip(), official.position.strip()
        )
        current = [o for o in self.officials() if o.key != key]
        self.ws.settings.put(OFFICIALS_KEY, [o.to_json() for o in [*current, clean]])

    def remove_official(self, key: str) -> None:
        self.ws.actor.require(Action.MANAGE_SETTINGS)
        current = self.officials()
        if not any(o.key == key for o in current):
            raise NotFound(f"there is no official {key}")
        in_use = [k for k, c in self.signers().items() if c.official == key]
        if in_use:
            raise ServiceError(
                f"{key} signs {', '.join(sorted(in_use))}: choose another signer first",
                code="official_in_use",
            )
        self.ws.settings.put(OFFICIALS_KEY, [o.to_json() for o in current if o.key != key])

    def set_head_position(self, position: str) -> None:
        if not position.strip():
            raise ServiceError("the head's jabatan is required", code="required")
        self.ws.settings.put(HEAD_KEY, position.strip())

    def set_signer(
        self, kind: str, official_key: str | None, form: SignForm = SignForm.OWN
    ) -> None:
        """Who signs ``kind`` (a letter kind, or "default"); None removes the choice."""
        self.ws.actor.require(Action.MANAGE_SETTINGS)
        if kind != DEFAULT_SIGNER and (kind not in {k.value for k in SIGNED_KINDS}):
            raise ServiceError(f"{kind} is not a signed letter kind", code="kind_not_signed")
        current = {k: v.to_json() for k, v in self.signers().items()}
        if official_key is None:
            current.pop(kind, None)
        else:
            with self.ws.read() as session:
                if find_official(session, official_key) is None:
                    raise NotFound(f"there is no official {official_key}")
            current[kind] = SignerChoice(official_key, SignForm(form)).to_json()
        self.ws.settings.put(SIGNERS_KEY, current)

    # users' profiles ---------------------------------------------------------------------

    def update_profile(
        self,
        username: str,
        *,
        full_name: str | None = None,
        nip: str | None = None,
        rank: str | None = None,
        position: str | None = None,
    ) -> UserInfo:
        """Name, NIP, pangkat/golongan and jabatan of a user (admin), audited."""
        with self.ws.read() as session:
            user = session.scalar(select(User).where(User.username == username.strip().casefold()))
            if user is None:
                raise NotFound(f"there is no user {username}")
            user_id = user.id
        return self.ws.accounts.edit_user(
            user_id, full_name=full_name, nip=nip, rank=rank, position=position
        )

    # the examination team ------------------------------------------------------------------

    def team(self, case_id: str) -> list[Official]:
        with self.ws.read() as session:
            return team(session, case_id)

    def set_team(self, case_id: str, usernames: list[str]) -> list[Official]:
        """The case's examination team, chosen from the active officers and admins; the
        first is the chair. Only the assigned officer or an admin; audited."""
        actor = self.ws.actor
        actor.require(Action.GENERATE_LETTER)
        names = [u.strip().casefold() for u in usernames if u.strip()]
        if len(set(names)) != len(names):
            raise ServiceError("a member is named twice", code="team_duplicate")
        with self.ws.write() as session:
            case = session.get(Case, case_id, with_for_update=True)
            if case is None:
                raise NotFound("no such case")
            if actor.role != Role.ADMIN and not is_assigned(session, case_id, actor.id):
                raise PermissionDenied("only the assigned officer or an admin may set the team")
            users = []
            for name in names:
                user = session.scalar(select(User).where(User.username == name))
                if user is None or not user.active:
                    raise NotFound(f"there is no active user {name}")
                if user.role not in (Role.OFFICER.value, Role.ADMIN.value):
                    raise ServiceError(
                        f"{name} is not an examiner (officer or admin)", code="team_role"
                    )
                users.append(user)
            session.execute(delete(CaseTeamMember).where(CaseTeamMember.case_id == case_id))
            for seq, user in enumerate(users, 1):
                session.add(CaseTeamMember(case_id=case_id, user_id=user.id, seq=seq))
            session.flush()
            self.ws.record(
                session,
                "team_set",
                case_id=case_id,
                details={"register": case.register_number, "members": names},
            )
            return team(session, case_id)


def _check_nip(nip: str) -> str:
    from wbs_desktop.domain.validation import ValidationError, check_nip

    if not nip.strip():
        return ""
    try:
        return check_nip(nip)
    except ValidationError as exc:
        raise ServiceError(str(exc), field="nip", code=exc.code) from exc


__all__ = ["SignatoryService", "Signer", "resolve_signer", "team"]
