"""Attack 5: the keys of someone who left a case.

An officer saves the case key while assigned (he holds the database and his
password, so he can copy it out of his grant), is unassigned, and tries it on
what is written afterwards; a deactivated user's session that is still open
keeps asking; a demoted administrator tries the key he kept. Each ends in a
refusal the user sees or in ciphertext that does not open. On SQLite and
PostgreSQL (the ``db_url`` fixture)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.attacks.helpers_rekey import insider_unlocker, saved_case_keys
from tests.helpers.office import PASSWORDS, add_user, complaint
from wbs_desktop.domain.complaint import AccusedInput
from wbs_desktop.domain.roles import Role
from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.services.dto import CaseFilter
from wbs_desktop.services.errors import NoGrant, PermissionDenied
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage import crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import Attachment, Case, CaseEvent, CaseKeyGrant, CaseNote


def _newest_note(office: Office, case_id: str) -> tuple[int, bytes]:
    with office.db.read() as session:
        note = session.scalars(
            select(CaseNote).where(CaseNote.case_id == case_id).order_by(CaseNote.id.desc())
        ).first()
        assert note is not None
        return note.id, note.body_ct


def _opens(key: bytes, blob: bytes, table: str, column: str, row_id: str) -> bool:
    try:
        crypto.decrypt_field(key, blob, table=table, column=column, row_id=row_id)
    except crypto.CryptoError:
        return False
    return True


def test_unassigned_officers_saved_key_opens_nothing_written_after(
    office: Office, admin: Workspace
) -> None:
    yosef = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    case_id = admin.cases.submit(complaint()).case_id
    admin.cases.assign(case_id, yosef)
    officer = office.login("yosef", PASSWORDS[Role.OFFICER])
    officer.procedure.add_note(case_id, "Catatan sebelum dicabut")
    assert officer.cases.detail(case_id).granted
    saved = saved_case_keys(office, insider_unlocker(office, "yosef", Role.OFFICER), case_id)
    assert saved.version == 1

    admin.cases.unassign(case_id, yosef)
    # What the office writes afterwards: a note, an attachment, a field update,
    # a hearing (and the timeline entries each of them adds).
    admin.procedure.add_note(case_id, "Catatan rahasia setelah pencabutan")
    admin.procedure.add_attachment(case_id, "bukti.pdf", b"%PDF-1.4 bukti baru", "baru")
    admin.procedure.update_accused(
        case_id,
        AccusedInput(name="Drs. Stefanus Lelo, M.Si.", nip="197805122005011003"),
    )
    with office.db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.key_version == 2
        note = session.scalars(
            select(CaseNote).where(CaseNote.case_id == case_id).order_by(CaseNote.id.desc())
        ).first()
        attachment = session.scalars(select(Attachment).where(Attachment.case_id == case_id)).one()
        attachment_id = attachment.id
        events = session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
        ).all()
        # The saved key opens none of it.
        assert note is not None
        assert not _opens(saved.content, note.body_ct, "case_notes", "body_ct", str(note.id))
        assert not _opens(
            saved.content, attachment.data_ct, "attachments", "data_ct", str(attachment.id)
        )
        assert not _opens(saved.content, case.accused_ct, "cases", "accused_ct", case_id)
        after = [e for e in events if e.kind in ("unassigned", "attachment_added")]
        assert after and all(
            not _opens(saved.content, e.detail_ct or b"", "case_events", "detail_ct", str(e.id))
            for e in after
        )
        # Nor does anything in the grant table open with his keys.
        unlocker = insider_unlocker(office, "yosef", Role.OFFICER)
        for grant in session.scalars(
            select(CaseKeyGrant).where(
                CaseKeyGrant.case_id == case_id, CaseKeyGrant.holder != keystore.CHAIN_HOLDER
            )
        ):
            assert grant.holder != unlocker.holder
            with pytest.raises(crypto.CryptoError):
                unlocker.open_case_grant(grant)
        # The chain only opens downwards: his v1 key cannot unwrap the v2 link.
        for link in session.scalars(
            select(CaseKeyGrant).where(
                CaseKeyGrant.case_id == case_id, CaseKeyGrant.holder == keystore.CHAIN_HOLDER
            )
        ):
            with pytest.raises(crypto.CryptoError):
                crypto.unwrap(saved.content, link.blob, purpose=f"case-chain:{case_id}:content:1")
    # Through the app he is refused, with the message the window shows.
    with pytest.raises(NoGrant) as refused:
        officer.procedure.read_attachment(attachment_id)
    assert "has not been shared with you" in service_error_message(refused.value)
    assert not officer.cases.detail(case_id).granted
    # The office still reads everything, old and new (the old key re-wrapped, not lost).
    detail = admin.cases.detail(case_id)
    notes = [n.text for n in detail.notes]
    assert "Catatan sebelum dicabut" in notes and "Catatan rahasia setelah pencabutan" in notes
    assert detail.accused is not None and detail.accused.name == "Drs. Stefanus Lelo, M.Si."
    assert admin.procedure.read_attachment(attachment_id)[1] == b"%PDF-1.4 bukti baru"


def test_officer_assigned_after_a_rekey_reads_old_and_new(office: Office, admin: Workspace) -> None:
    yosef = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    maria = add_user(admin, "mariak", Role.OFFICER, "Maria Kolo")
    case_id = admin.cases.submit(complaint()).case_id
    admin.cases.assign(case_id, yosef)
    admin.procedure.add_note(case_id, "Catatan pertama")
    admin.cases.unassign(case_id, yosef)
    admin.cases.assign(case_id, yosef)  # back, at the new version
    admin.cases.unassign(case_id, yosef)  # and out again: version 3
    admin.cases.assign(case_id, maria)
    other = office.login("mariak", PASSWORDS[Role.OFFICER])
    other.procedure.add_note(case_id, "Catatan kedua")
    detail = other.cases.detail(case_id)
    assert detail.granted
    assert {n.text for n in detail.notes} >= {"Catatan pertama", "Catatan kedua"}
    identity = other.cases.reveal_identity(case_id, "pemanggilan pelapor untuk klarifikasi")
    assert identity.name == "Yohanes Mbete"
    with office.db.read() as session:
        assert session.scalar(select(Case.key_version).where(Case.id == case_id)) == 3


def test_deactivated_users_open_session_stops_at_its_next_call(
    office: Office, admin: Workspace
) -> None:
    yosef = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    case_id = admin.cases.submit(complaint()).case_id
    admin.cases.assign(case_id, yosef)
    officer = office.login("yosef", PASSWORDS[Role.OFFICER])
    assert officer.cases.detail(case_id).granted  # keys opened and cached
    saved = saved_case_keys(office, insider_unlocker(office, "yosef", Role.OFFICER), case_id)

    admin.accounts.deactivate(yosef)
    admin.procedure.add_note(case_id, "Ditulis setelah penonaktifan")

    for call in (
        lambda: officer.cases.detail(case_id),
        lambda: officer.cases.rows([case_id]),
        lambda: officer.cases.search_ids(officer_filter()),
        lambda: officer.procedure.add_note(case_id, "masih bisa?"),
    ):
        with pytest.raises(PermissionDenied) as refused:
            call()
        assert refused.value.code == "account_inactive"
        assert "deactivated" in service_error_message(refused.value)
    assert officer.actor.case_keys == {}  # the session forgot the keys it had opened
    note_id, body = _newest_note(office, case_id)
    assert not _opens(saved.content, body, "case_notes", "body_ct", str(note_id))
    with pytest.raises(Exception) as login:
        office.login("yosef", PASSWORDS[Role.OFFICER])
    assert getattr(login.value, "code", "") == "account_inactive"


def officer_filter() -> CaseFilter:
    return CaseFilter()


def test_demoted_administrator_keeps_only_his_assigned_case(
    office: Office, admin: Workspace
) -> None:
    kepala = add_user(admin, "wakil", Role.ADMIN, "Agustinus Seran")
    assigned = admin.cases.submit(complaint()).case_id
    other = admin.cases.submit(
        complaint(accused={"name": "Paulus Bere", "nip": "198001012006041001"})
    ).case_id
    admin.cases.assign(assigned, kepala)
    unlocker = insider_unlocker(office, "wakil", Role.ADMIN)
    saved_other = saved_case_keys(office, unlocker, other)
    saved_assigned = saved_case_keys(office, unlocker, assigned)

    admin.accounts.edit_user(kepala, role=Role.OFFICER)
    admin.procedure.add_note(other, "Catatan setelah penurunan peran")
    admin.procedure.add_note(assigned, "Catatan pada perkara yang masih ditangani")

    note_id, body = _newest_note(office, other)
    assert not _opens(saved_other.content, body, "case_notes", "body_ct", str(note_id))
    demoted = office.login("wakil", PASSWORDS[Role.ADMIN])
    assert not demoted.cases.detail(other).granted
    # The case still assigned to him was not re-keyed: he keeps reading it.
    mine = demoted.cases.detail(assigned)
    assert mine.granted and "Catatan pada perkara yang masih ditangani" in [
        n.text for n in mine.notes
    ]
    with office.db.read() as session:
        versions = dict(session.execute(select(Case.id, Case.key_version)).all())
    assert versions == {assigned: saved_assigned.version, other: 2}


def test_rekey_touches_only_the_affected_cases(office: Office, admin: Workspace) -> None:
    yosef = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    ids = [
        admin.cases.submit(complaint(received_at=complaint().received_at)).case_id
        for _ in range(4)
    ]
    admin.cases.assign(ids[0], yosef)
    admin.cases.assign(ids[1], yosef)
    admin.accounts.deactivate(yosef)
    with office.db.read() as session:
        versions = dict(session.execute(select(Case.id, Case.key_version)).all())
    assert [versions[i] for i in ids] == [2, 2, 1, 1]
