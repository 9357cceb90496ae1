"""Letters through the services: numbered, stored exactly as generated,
re-printed from those bytes, superseded — and never naming the reporter to
the accused or a witness. Checked by reading the PDFs back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import select

from tests.helpers.clock import Clock
from tests.helpers.office import add_user, complaint
from tests.letters.pdfcheck import norm, text
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import Stage
from wbs_desktop.letters import LetterKind
from wbs_desktop.letters.kinds import CASE_KINDS, SPECS, Recipient
from wbs_desktop.services.errors import IntegrityBroken, NoGrant, ServiceError
from wbs_desktop.services.office import Office
from wbs_desktop.services.procedure import HearingInput, WitnessInput
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage.models import Letter

REPORTER = {"name": "Yohanes Mbete", "phone": "081234567890", "email": "yohanes.mbete@example.id"}


def _hearing(party: str, letter: date, day: date, **kw: object) -> HearingInput:
    return HearingInput(
        party_kind=party,
        letter_date=letter,
        day=day,
        start=time(9, 30),
        place="Ruang Rapat Inspektorat BKD Provinsi NTT",
        examiners=("Yosef Nahak, S.H.",),
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def worked(admin: Workspace, clock: Clock) -> dict[str, object]:
    """A case with a reporter, a witness and an accused hearing, minutes recorded."""
    admin.settings.put(
        "letters.signatory",
        {
            "position": "Kepala Badan Kepegawaian Daerah\nProvinsi Nusa Tenggara Timur,",
            "name": "Dr. Ir. Fransiskus Lay, M.Si.",
            "rank": "Pembina Utama Muda (IV/c)",
            "nip": "196805121994031007",
        },
    )
    sub = admin.cases.submit(complaint())
    case = sub.case_id
    admin.cases.transition(case, Stage.VERIFICATION)
    admin.procedure.request_information(
        case, ["foto bukti transfer yang terbaca"], deadline=date(2027, 1, 20)
    )
    completion = admin.letters.generate(case, LetterKind.REQUEST_COMPLETION)
    admin.procedure.record_reply(case, "bukti diterima")
    admin.procedure.mark_complete(case)
    admin.cases.transition(case, Stage.CLARIFICATION)
    rep = admin.procedure.schedule_hearing(
        case, _hearing("reporter", date(2027, 2, 1), date(2027, 2, 4))
    )
    wit = admin.procedure.add_witness(case, WitnessInput("Agnes Seran", unit="Loket Mutasi"))
    wh = admin.procedure.schedule_hearing(
        case, _hearing("witness", date(2027, 2, 1), date(2027, 2, 4), party_id=wit.id)
    )
    clock.set(date(2027, 2, 4))  # attendance is recorded on the hearing day
    admin.procedure.record_attendance(wh.id, present=True)
    admin.procedure.record_minutes(
        wh.id, [("Apa yang Saudara ketahui?", "Saya melihat amplop.")], signed=True
    )
    clock.set(date(2027, 1, 25))  # back before the letters' dates, to write them
    admin.cases.transition(case, Stage.EXAMINATION)
    acc = admin.procedure.schedule_hearing(
        case, _hearing("accused", date(2027, 2, 8), date(2027, 2, 18))
    )
    return {
        "case": case,
        "sub": sub,
        "reporter_h": rep.id,
        "witness_h": wh.id,
        "accused_h": acc.id,
        "completion": completion,
    }


def test_every_kind_reads_back(admin: Workspace, worked: dict[str, object]) -> None:
    case = str(worked["case"])
    summons = admin.letters.generate(
        case, LetterKind.SUMMONS_ACCUSED, hearing_id=worked["accused_h"]
    )  # type: ignore[arg-type]
    # Numbers run per year of the letter date: the request for completion (dated
    # today) took the first of this year; the summons (Feb 2027) the first of 2027.
    assert summons.number == "800/001/BKD/II/2027"
    t = text(admin.letters.pdf(summons.id))
    for expected in (
        "Drs. Stefanus Lelo",
        "197805122005011003",
        "Kamis",
        "18 Februari 2027",
        "09.30",
        "Ruang Rapat Inspektorat",
        "Kupang, 8 Februari 2027",
        "Dr. Ir. Fransiskus Lay",
        "NIP. 196805121994031007",
        "Tembusan",
        summons.number,
    ):
        assert norm(expected) in norm(t), expected
    invite = admin.letters.generate(
        case, LetterKind.INVITE_REPORTER, hearing_id=worked["reporter_h"], confirm_backdate=True
    )  # type: ignore[arg-type]
    assert norm("Yohanes Mbete") in norm(text(admin.letters.pdf(invite.id)))
    witness = admin.letters.generate(
        case, LetterKind.REQUEST_WITNESS, hearing_id=worked["witness_h"], confirm_backdate=True
    )  # type: ignore[arg-type]
    assert norm("Agnes Seran") in norm(text(admin.letters.pdf(witness.id)))
    minutes = admin.letters.generate(case, LetterKind.MINUTES, hearing_id=worked["witness_h"])  # type: ignore[arg-type]
    t = text(admin.letters.pdf(minutes.id))
    assert norm("Saya melihat amplop.") in norm(t) and minutes.number == ""
    completion = worked["completion"]
    t = text(admin.letters.pdf(completion.id))  # type: ignore[attr-defined]
    assert norm("foto bukti transfer yang terbaca") in norm(t) and norm("20 Januari 2027") in norm(
        t
    )
    numbers = [summons.number, invite.number, witness.number, completion.number]  # type: ignore[attr-defined]
    assert len(set(numbers)) == 4


def test_letters_to_accused_and_witness_never_name_the_reporter(
    admin: Workspace, worked: dict[str, object], clock: Clock
) -> None:
    case = str(worked["case"])
    sub = worked["sub"]
    clock.set(date(2027, 2, 18))
    admin.procedure.record_attendance(int(worked["accused_h"]), present=False)  # type: ignore[arg-type]
    clock.set(date(2027, 1, 25))
    second = admin.procedure.schedule_second_summons(
        int(worked["accused_h"]),
        _hearing("accused", date(2027, 2, 19), date(2027, 3, 3)),  # type: ignore[arg-type]
    )
    made = [
        admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=worked["accused_h"]),  # type: ignore[arg-type]
        admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED_2, hearing_id=second.id),
        admin.letters.generate(
            case, LetterKind.REQUEST_WITNESS, hearing_id=worked["witness_h"], confirm_backdate=True
        ),  # type: ignore[arg-type]
    ]
    secrets = [
        "Yohanes",
        "Mbete",
        "081234567890",
        "+6281234567890",
        "1234567890",
        "yohanes.mbete",
        sub.tracking_code,
        sub.tracking_code.replace("-", ""),
    ]  # type: ignore[attr-defined]
    for letter in made:
        body = norm(text(admin.letters.pdf(letter.id))).casefold()
        for secret in secrets:
            assert norm(secret).casefold() not in body, (letter.kind, secret)
    second_text = text(admin.letters.pdf(made[1].id))
    assert norm(made[0].number) in norm(second_text)  # the 2nd summons cites the 1st


def test_typing_the_reporter_into_a_summons_is_refused(
    admin: Workspace, worked: dict[str, object]
) -> None:
    case = str(worked["case"])
    draft = admin.letters.draft(case, LetterKind.SUMMONS_ACCUSED, hearing_id=worked["accused_h"])  # type: ignore[arg-type]
    bad = replace(draft, subject_summary="pengaduan Sdr. Yohanes Mbete tentang pungutan liar")
    with pytest.raises(ServiceError) as err:
        admin.letters.generate(
            case, LetterKind.SUMMONS_ACCUSED, hearing_id=worked["accused_h"], draft=bad
        )  # type: ignore[arg-type]
    assert err.value.code == "reporter_in_letter"


def test_stored_bytes_reprint_supersede_and_register(
    office: Office, admin: Workspace, worked: dict[str, object]
) -> None:
    case = str(worked["case"])
    first = admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=worked["accused_h"])  # type: ignore[arg-type]
    pdf = admin.letters.pdf(first.id)
    import hashlib

    assert hashlib.sha256(pdf).hexdigest() == first.sha256
    admin.letters.record_print(first.id)
    admin.letters.record_print(first.id, copies=2)
    assert admin.letters.pdf(first.id) == pdf  # re-printing prints those bytes
    draft = admin.letters.draft(case, LetterKind.SUMMONS_ACCUSED, hearing_id=worked["accused_h"])  # type: ignore[arg-type]
    fixed = admin.letters.generate(
        case,
        LetterKind.SUMMONS_ACCUSED,
        hearing_id=worked["accused_h"],  # type: ignore[arg-type]
        draft=replace(
            draft, addressee=replace(draft.addressee, position="Kepala Seksi Mutasi Pegawai")
        ),
        supersedes=first.id,
        reason="jabatan terlapor salah",
    )
    assert fixed.number != first.number
    register = {r.id: r for r in admin.letters.register()}
    assert register[first.id].superseded_by == fixed.id and register[first.id].print_count == 3
    assert register[fixed.id].print_count == 0 and register[fixed.id].register_number
    with pytest.raises(ServiceError):
        admin.letters.generate(
            case, LetterKind.SUMMONS_ACCUSED, hearing_id=worked["accused_h"], supersedes=first.id
        )  # type: ignore[arg-type]
    actions = [e.action for e in admin.audit.entries(case_id=case)]
    assert actions.count("letter_printed") == 2 and "letter_generated" in actions
    # A tampered stored letter is refused, not printed.
    with office.db.write() as session:
        row = session.get(Letter, fixed.id)
        assert row is not None
        row.pdf_ct = row.pdf_ct[:-1] + bytes([row.pdf_ct[-1] ^ 1])
    with pytest.raises(IntegrityBroken):
        admin.letters.pdf(fixed.id)
    assert admin.audit.verify().ok


def test_numbers_are_never_reused_after_a_failure(
    admin: Workspace, worked: dict[str, object]
) -> None:
    case = str(worked["case"])
    a = admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=worked["accused_h"])  # type: ignore[arg-type]
    with pytest.raises(ServiceError):
        admin.letters.generate(case, LetterKind.MINUTES, hearing_id=worked["accused_h"])  # type: ignore[arg-type]  # no minutes yet
    b = admin.letters.generate(
        case, LetterKind.INVITE_REPORTER, hearing_id=worked["reporter_h"], confirm_backdate=True
    )  # type: ignore[arg-type]
    assert (a.number, b.number) == ("800/001/BKD/II/2027", "800/002/BKD/II/2027")


def test_staff_receipt_at_submission(office: Office, admin: Workspace) -> None:
    from tests.helpers.office import STAFF_PASSWORD

    add_user(admin, "petugas", Role.STAFF, "Petugas Depan")
    staff = office.login("petugas", STAFF_PASSWORD)
    result, pdf = staff.letters.submit_with_receipt(complaint())
    t = text(pdf)
    for expected in ("TANDA TERIMA", result.register_number, result.tracking_code, "Petugas Depan"):
        assert norm(expected) in norm(t), expected
    staff.letters.record_print(result.receipt_letter_id)  # counted without decrypting
    assert admin.letters.pdf(result.receipt_letter_id) == pdf
    with pytest.raises(NoGrant):
        staff.letters.pdf(result.receipt_letter_id)  # staff keep nothing once saved


def test_hostile_names_through_the_service(admin: Workspace) -> None:
    name = 'Stefanus "Ama" O\'Lelo & <Anak> 😀 王小明'
    case = admin.cases.submit(complaint(accused={"name": name, "nip": ""})).case_id
    for stage in (Stage.VERIFICATION, Stage.INVESTIGATION, Stage.EXAMINATION):
        admin.cases.transition(case, stage, "lanjut")
    h = admin.procedure.schedule_hearing(
        case,
        _hearing("accused", date(2027, 2, 8), date(2027, 2, 18)).__class__(
            party_kind="accused",
            letter_date=date(2027, 2, 8),
            day=date(2027, 2, 18),
            start=time(9, 0),
            place='Aula <B> & "C"',
            examiners=("Tim & Co",),
        ),
    )
    letter = admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h.id)
    t = norm(text(admin.letters.pdf(letter.id)))
    assert norm(name) in t and norm('Aula <B> & "C"') in t


def test_blank_form_lists_the_dialog_fields(admin: Workspace) -> None:
    t = norm(text(admin.letters.blank_form()))
    for label in ("Pungutan liar", "Lainnya"):
        assert norm(label) in t


def test_letters_naming_the_reporter_are_under_the_identity_key(
    office: Office, admin: Workspace, worked: dict[str, object]
) -> None:
    from wbs_desktop.storage import crypto

    case = str(worked["case"])
    invite = admin.letters.generate(
        case, LetterKind.INVITE_REPORTER, hearing_id=worked["reporter_h"], confirm_backdate=True
    )  # type: ignore[arg-type]
    summons = admin.letters.generate(
        case, LetterKind.SUMMONS_ACCUSED, hearing_id=worked["accused_h"]
    )  # type: ignore[arg-type]
    keys = next(iter(admin.actor.case_keys.values()))
    with office.db.read() as session:
        for letter, key in ((invite, keys.identity), (summons, keys.content)):
            row = session.get(Letter, letter.id)
            assert row is not None
            crypto.decrypt_field(
                key, row.pdf_ct, table="letters", column="pdf_ct", row_id=str(row.id)
            )
        row = session.get(Letter, invite.id)
        with pytest.raises(crypto.DecryptionFailed):
            crypto.decrypt_field(
                keys.content, row.pdf_ct, table="letters", column="pdf_ct", row_id=str(row.id)
            )


def test_letter_register_lists_every_letter(
    office: Office, admin: Workspace, worked: dict[str, object]
) -> None:
    with office.db.read() as session:
        stored = session.scalars(select(Letter.id)).all()
    assert {r.id for r in admin.letters.register()} == set(stored)


def test_only_a_letter_to_the_reporter_carries_and_audits_their_name(
    admin: Workspace, worked: dict[str, object]
) -> None:
    """Issue 13: a draft hands the reporter's name up only when the letter is theirs,
    and that use of the identity is audited like a reveal."""
    case = str(worked["case"])

    def identity_uses() -> list[str]:
        return [str(e.details.get("reason", "")) for e in admin.audit.entries(case_id=case)
                if e.action == "identity_viewed"]

    before = identity_uses()
    summons = admin.letters.draft(case, LetterKind.SUMMONS_ACCUSED, hearing_id=worked["accused_h"])  # type: ignore[arg-type]
    assert "Yohanes" not in repr(summons)
    assert identity_uses() == before, "no identity used, none audited"
    invite = admin.letters.draft(case, LetterKind.INVITE_REPORTER, hearing_id=worked["reporter_h"])  # type: ignore[arg-type]
    assert "Yohanes Mbete" in invite.addressee.name
    uses = identity_uses()
    assert len(uses) == len(before) + 1 and "letter draft: invite-reporter" in uses


def test_every_letter_to_the_reporter_audits_the_use_of_their_name(
    admin: Workspace, worked: dict[str, object]
) -> None:
    """Which drafts name the reporter follows the kinds' spec (addressed to the
    reporter): the notice of action taken carries the name too and was drafted
    without an audit entry while the list was written out by hand."""
    case = str(worked["case"])
    to_reporter = [k for k in CASE_KINDS if SPECS[k].recipient is Recipient.REPORTER]
    assert LetterKind.REPORTER_NOTICE in to_reporter
    for kind in to_reporter:
        if SPECS[kind].hearing_party is not None:
            continue  # drafted for a hearing: the invitation, checked above
        before = [e.seq for e in admin.audit.entries(case_id=case)
                  if e.action == "identity_viewed"]
        draft = admin.letters.draft(case, kind)
        assert "Yohanes Mbete" in draft.addressee.name
        after = [e for e in admin.audit.entries(case_id=case)
                 if e.action == "identity_viewed" and e.seq not in before]
        assert [e.details.get("reason") for e in after] == [f"letter draft: {kind.value}"]
