"""What an insider does with the database and his own password: unwrap his
own secrets and open whatever grants he holds, bypassing the services."""

from __future__ import annotations

from sqlalchemy import select

from tests.helpers.office import PASSWORDS
from wbs_desktop.domain.roles import Role
from wbs_desktop.services.office import Office
from wbs_desktop.storage import crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import Case, User


def insider_unlocker(office: Office, username: str, role: Role) -> keystore.Unlocker:
    """The insider's own keys, unwrapped from his row with his password."""
    with office.db.read() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
        wrapped = crypto.WrappedSecrets(
            user.kdf_salt, crypto.KdfParams.from_json(user.kdf_params), user.wrapped_secrets
        )
        mine = crypto.UserSecrets.unwrap_with_password(
            PASSWORDS[role], wrapped, user_ref=str(user.id)
        )
        holder = keystore.user_holder(user.id)
    return keystore.Unlocker(holder, mine.exchange, mine.data_key)


def saved_case_keys(office: Office, unlocker: keystore.Unlocker, case_id: str) -> keystore.CaseKeys:
    """The case's keys as the insider could copy them while he held a grant."""
    with office.db.read() as session:
        version = session.scalar(select(Case.key_version).where(Case.id == case_id))
        grants = keystore.load_case_grants(session, unlocker.holder, [case_id])
        keys = keystore.open_case_keys(unlocker, grants.get(case_id, []), int(version or 1))
    assert keys is not None, "the insider held no grant to save"
    return keys
