"""Confidentiality that does not rest on the app hiding things."""

from __future__ import annotations

import json
import subprocess

import pytest
from sqlalchemy import select

from tests.helpers.office import OFFICER_PASSWORD, add_user, complaint
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import Stage
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage import crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import Case, CaseKeyGrant, User

SECRETS = {
    "reporter name": "Wilhelmina Tanaem-Rihi",
    "reporter phone": "081239876543",
    "reporter phone (normalised)": "+6281239876543",
    "reporter e-mail": "wilhelmina.rahasia@example.id",
    "accused name": "Bonefasius Kolikeluan",
    "chronology": "menyerahkan amplop coklat di ruang arsip lantai tiga",
}


def _submit_secret_case(admin: Workspace) -> str:
    return admin.cases.submit(
        complaint(
            reporter={
                "name": SECRETS["reporter name"],
                "phone": SECRETS["reporter phone"],
                "email": SECRETS["reporter e-mail"],
            },
            accused={"name": SECRETS["accused name"], "nip": ""},
            chronology=(
                "Pada hari Senin saya melihat terlapor "
                + SECRETS["chronology"]
                + " kepada seorang pegawai honorer dan meminta agar berkas mutasi dipercepat."
            ),
        )
    ).case_id


def _raw_database_bytes(office: Office, db_url: str) -> bytes:
    if office.is_shared:
        dsn = db_url.replace("postgresql+psycopg://", "postgresql://", 1)
        dump = subprocess.run(
            ["pg_dump", "--data-only", "--inserts", dsn], capture_output=True, check=True
        )
        return dump.stdout
    office.close()  # checkpoint the WAL into the file
    from pathlib import Path

    path = Path(db_url)
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_raw_database_holds_none_of_the_plaintext(
    db_url: str, office: Office, admin: Workspace
) -> None:
    case_id = _submit_secret_case(admin)
    officer_id = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    admin.cases.assign(case_id, officer_id)
    admin.cases.transition(case_id, Stage.VERIFICATION, "cek kelengkapan")
    admin.cases.reveal_identity(case_id, "menghubungi pelapor")
    raw = _raw_database_bytes(office, db_url)
    assert len(raw) > 10_000
    for label, text in SECRETS.items():
        for form in {text, text.upper(), text.lower(), json.dumps(text)[1:-1]}:
            assert form.encode("utf-8") not in raw, f"{label} is in the raw database"
    assert b"Maria Goreti Bria" in raw  # plain metadata is there: the check can see text


def test_user_without_a_grant_cannot_decrypt_even_with_the_database(
    office: Office, admin: Workspace
) -> None:
    """At the storage level: the officer has the database and their own password,
    and bypasses every permission check — still no plaintext."""
    case_id = _submit_secret_case(admin)
    add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    with office.db.read() as session:
        user = session.scalars(select(User).where(User.username == "yosef")).one()
        wrapped = crypto.WrappedSecrets(
            user.kdf_salt, crypto.KdfParams.from_json(user.kdf_params), user.wrapped_secrets
        )
        mine = crypto.UserSecrets.unwrap_with_password(
            OFFICER_PASSWORD, wrapped, user_ref=str(user.id)
        )
        unlocker = keystore.Unlocker(keystore.user_holder(user.id), mine.exchange, mine.data_key)
        assert keystore.load_case_grants(session, unlocker.holder, [case_id]) == {}
        case = session.get(Case, case_id)
        assert case is not None
        # Try every grant in the table with the officer's private key.
        for grant in session.scalars(select(CaseKeyGrant).where(CaseKeyGrant.case_id == case_id)):
            with pytest.raises(crypto.CryptoError):
                unlocker.open_case_grant(grant)
        # And the user's own data key is not a case key either.
        with pytest.raises(crypto.CryptoError):
            crypto.decrypt_field(
                mine.data_key, case.content_ct, table="cases", column="content_ct", row_id=case_id
            )


def test_recovery_key_alone_restores_access(db_url: str, tmp_path) -> None:
    from tests.helpers.office import ADMIN_PASSWORD, create_office

    office, recovery = create_office(db_url, tmp_path)
    try:
        case_id = _submit_secret_case(office.login("admin", ADMIN_PASSWORD))
        private = crypto.parse_recovery_key(recovery)
        unlocker = keystore.Unlocker(keystore.RECOVERY_HOLDER, private, None)
        with office.db.read() as session:
            case = session.get(Case, case_id)
            assert case is not None
            grants = keystore.load_case_grants(session, keystore.RECOVERY_HOLDER, [case_id])
            keys = keystore.open_case_keys(unlocker, grants[case_id], case.key_version)
            assert keys is not None and keys.identity is not None
            identity = json.loads(
                crypto.decrypt_field(
                    keys.identity,
                    case.identity_ct,
                    table="cases",
                    column="identity_ct",
                    row_id=case_id,
                )
            )
        assert identity["name"] == SECRETS["reporter name"]
    finally:
        office.close()


def test_tampered_ciphertext_is_a_clear_error(office: Office, admin: Workspace) -> None:
    from wbs_desktop.services.errors import IntegrityBroken

    case_id = _submit_secret_case(admin)
    other_id = admin.cases.submit(complaint()).case_id
    with office.db.write() as session:
        case, other = session.get(Case, case_id), session.get(Case, other_id)
        assert case is not None and other is not None
        other.accused_ct = case.accused_ct  # copied from another row
    fresh = office.login("admin", "Sasando-Lontar-Kepala-2026")
    with pytest.raises(IntegrityBroken, match="failed its check"):
        fresh.cases.detail(other_id)
    assert fresh.cases.detail(case_id).accused.name == SECRETS["accused name"]
