"""Setting the office's certificates up: the root key made and every user and
the office record certified (setup, or the first administrator login on a
database made before certificates). Verifying them is ``certificates.Trust``."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from wbs_desktop.domain.roles import Role
from wbs_desktop.services.certificates import Issuer, certify_office, certify_user, grant_root
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import Office as OfficeRow
from wbs_desktop.storage.models import SigningKey, User


def establish(
    session: Session,
    office: OfficeRow,
    *,
    first_admin: User,
    issuer_name: str,
    migrate: bool = False,
) -> Ed25519PrivateKey:
    """Make the root key and certify every user and the office record (setup,
    or the first administrator login on a database made before certificates)."""
    root = Ed25519PrivateKey.generate()
    office.root_public = root.public_key().public_bytes_raw()
    session.flush()
    issuer = Issuer(root, issuer_name, None)
    users = list(session.scalars(select(User).order_by(User.id)))
    admins = [u for u in users if u.role == Role.ADMIN.value and u.active]
    if first_admin not in admins:
        admins.append(first_admin)
    grant_root(
        session,
        root,
        [
            *(
                keystore.Recipient(keystore.user_holder(u.id), u.id, u.exchange_public)
                for u in admins
            ),
            keystore.Recipient(keystore.RECOVERY_HOLDER, None, office.recovery_public),
        ],
    )
    for user in users:
        history = None
        if migrate:
            history = [
                k.public_key
                for k in session.scalars(
                    select(SigningKey).where(SigningKey.user_id == user.id).order_by(SigningKey.id)
                )
            ]
        certify_user(session, issuer, user, history=history)
    certify_office(session, issuer)
    return root
