"""Signatories, examiners, one live letter per purpose, the reporter guard on
normalized text — through the services, reading the PDFs back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from tests.helpers.office import add_user, complaint
from tests.letters.pdfcheck import norm, text
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.signatories import Official, SignForm
from wbs_desktop.domain.stages import Stage
from wbs_desktop.letters import LetterKind
from wbs_desktop.services.errors import ServiceError
from wbs_desktop.services.procedure import HearingInput
from wbs_desktop.services.workspace import Workspace

HEAD = Official(
    key="kepala",
    name="Dr. Yohanes Bosco Fernandez, S.H., M.Si.",
    nip="197005121995031004",
    rank="Pembina Utama Muda (IV/c)",
    position="Kepala Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur",
)
SECRETARY = Official(
    key="sekretaris",
    name="Maria Goreti Lake, S.H.",
    nip="197803152003122006",
    rank="Pembina Tingkat I (IV/b)",
    position="Sekretaris Badan Kepegawaian Daerah",
)
TEMBUSAN = ["Kepala Badan Kepegawaian Daerah Provinsi NTT (sebagai laporan)", "Arsip"]


def _case(admin: Workspace, complaint_type: str = "illegal_levies") -> tuple[str, int]:
    case = admin.cases.submit(complaint(complaint_type=complaint_type)).case_id
    for stage in (Stage.VERIFICATION, Stage.INVESTIGATION, Stage.EXAMINATION):
        admin.cases.transition(case, stage, "lanjut")
    h = admin.procedure.schedule_hearing(
        case,
        HearingInput(
            party_kind="accused",
            letter_date=date(2027, 2, 8),
            day=date(2027, 2, 18),
            start=time(9, 0),
            place="Ruang Rapat Inspektorat BKD Provinsi NTT",
            examiners=("Yosef Nahak, S.H.",),
        ),
    )
    return case, h.id


@pytest.fixture
def office_set(admin: Workspace) -> Workspace:
    sig = admin.signatories
    sig.set_official(HEAD)
    sig.set_official(SECRETARY)
    sig.set_signer("default", "kepala")
    admin.settings.put("letters.tembusan", TEMBUSAN)
    return admin


def test_the_head_signs_and_is_not_copied(office_set: Workspace) -> None:
    admin = office_set
    case, h = _case(admin)
    letter = admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h)
    t = text(admin.letters.pdf(letter.id))
    assert norm(HEAD.name) in norm(t) and norm(f"NIP. {HEAD.nip}") in norm(t)
    assert norm(HEAD.rank) in norm(t)
    tembusan = t[t.index("Tembusan Yth.:") :]
    assert "Arsip" in tembusan and "Kepala Badan" not in tembusan  # never the signer


def test_a_n_form_keeps_the_head_copy(office_set: Workspace) -> None:
    admin = office_set
    admin.signatories.set_signer("summons-accused", "sekretaris", SignForm.AN)
    case, h = _case(admin)
    t = text(
        admin.letters.pdf(admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h).id)
    )
    assert norm("a.n. Kepala Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur") in norm(t)
    assert norm("Sekretaris Badan Kepegawaian Daerah,") in norm(t)
    assert norm(SECRETARY.name) in norm(t) and norm(SECRETARY.nip) in norm(t)
    assert "sebagai laporan" in t[t.index("Tembusan Yth.:") :]


def test_plt_signs_for_the_head_and_the_head_is_not_copied(office_set: Workspace) -> None:
    admin = office_set
    admin.signatories.set_signer("summons-accused", "sekretaris", SignForm.PLT)
    case, h = _case(admin)
    t = text(
        admin.letters.pdf(admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h).id)
    )
    assert norm("Plt. Kepala Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur,") in norm(t)
    assert "Kepala Badan" not in t[t.index("Tembusan Yth.:") :]


def test_examiner_from_the_team_with_nip_pangkat_jabatan(office_set: Workspace) -> None:
    admin = office_set
    add_user(admin, "maria", Role.OFFICER, "Maria Goreti Lake, S.H.")
    admin.signatories.update_profile(
        "maria", nip="197803152003122006", rank="Penata Tingkat I (III/d)", position="Pemeriksa"
    )
    assert admin.accounts.list_users()[-1].rank == "Penata Tingkat I (III/d)"
    case, h = _case(admin)
    team = admin.signatories.set_team(case, ["maria"])
    assert [o.name for o in team] == ["Maria Goreti Lake, S.H."]  # one examiner, not two
    t = text(
        admin.letters.pdf(admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h).id)
    )
    i = t.index("untuk menghadap kepada")
    block = norm(t[i : t.index("pada", i + 25)])
    for expected in (
        "Maria Goreti Lake, S.H.",
        "197803152003122006",
        "Penata Tingkat I (III/d)",
        "Pemeriksa",
    ):
        assert norm(expected) in block, expected
    assert any(e.action == "team_set" for e in admin.audit.entries(case_id=case))
    assert any(e.action == "user_edited" for e in admin.audit.entries())


def test_summons_follows_the_perbkn_form(office_set: Workspace) -> None:
    admin = office_set
    case, h = _case(admin)
    pdf = admin.letters.pdf(
        admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h).id
    )
    t = text(pdf)
    from tests.letters.pdfcheck import assert_in_order, pages_text

    pages = pages_text(pdf)
    assert all(page.count("RAHASIA") == 2 for page in pages)  # top and bottom of each page
    assert_in_order(
        t,
        [
            "SURAT PANGGILAN I",
            "Nomor",
            "1.",
            "Bersama ini diminta dengan hormat kehadiran Saudara:",
            "Nama",
            "NIP",
            "Pangkat",
            "Jabatan",
            "Unit Kerja",
            "untuk menghadap kepada:",
            "Nama",
            "NIP",
            "Pangkat",
            "Jabatan",
            "pada",
            "Hari",
            "Kamis",
            "Tanggal",
            "18 Februari 2027",
            "Jam",
            "09.00 WITA",
            "Tempat",
            "untuk diperiksa sehubungan dengan dugaan pelanggaran disiplin berupa melakukan",
            "2.",
            "Demikian untuk dilaksanakan.",
            "Kupang, 8 Februari 2027",
            HEAD.name,
            "NIP.",
            "Tembusan Yth.:",
        ],
    )
    assert "lainnya" not in t and pages


def test_type_other_asks_for_the_words(office_set: Workspace) -> None:
    admin = office_set
    case, h = _case(admin, "other")
    draft = admin.letters.draft(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h)
    assert draft.subject_summary == ""
    with pytest.raises(ServiceError) as err:
        admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h)
    assert err.value.code == "violation_required"
    letter = admin.letters.generate(
        case,
        LetterKind.SUMMONS_ACCUSED,
        hearing_id=h,
        draft=replace(draft, subject_summary="tidak masuk kerja tanpa alasan yang sah"),
    )
    assert norm("berupa tidak masuk kerja tanpa alasan yang sah.") in norm(
        text(admin.letters.pdf(letter.id))
    )


def test_one_live_letter_per_hearing(office_set: Workspace) -> None:
    admin = office_set
    case, h = _case(admin)
    first = admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h)
    again = admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h)
    assert again.id == first.id and again.number == first.number
    assert admin.letters.pdf(again.id) == admin.letters.pdf(first.id)  # same bytes
    with pytest.raises(ServiceError) as err:
        admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h, correct=True)
    assert err.value.code == "void_reason_required"
    fixed = admin.letters.generate(
        case, LetterKind.SUMMONS_ACCUSED, hearing_id=h, correct=True, reason="tempat berubah"
    )
    assert fixed.number != first.number
    register = {r.id: r for r in admin.letters.register(2027)}
    assert register[first.id].state == "void" and register[first.id].void_reason == "tempat berubah"
    assert register[fixed.id].state == "live" and register[fixed.id].created_by
    assert [r.id for r in admin.letters.for_case(case) if r.state == "live"] == [fixed.id]


def test_a_letter_dated_before_the_last_one_asks_for_confirmation(office_set: Workspace) -> None:
    admin = office_set
    case, h = _case(admin)
    admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h)  # 8 Feb 2027
    case2, h2 = _case(admin)
    draft = admin.letters.draft(case2, LetterKind.SUMMONS_ACCUSED, hearing_id=h2)
    early = replace(draft, issued_on=date(2027, 2, 5))
    with pytest.raises(ServiceError) as err:
        admin.letters.generate(case2, LetterKind.SUMMONS_ACCUSED, hearing_id=h2, draft=early)
    assert err.value.code == "letter_backdated"
    admin.letters.generate(
        case2, LetterKind.SUMMONS_ACCUSED, hearing_id=h2, draft=early, confirm_backdate=True
    )


@pytest.mark.parametrize(
    "typed",
    [
        "Ruang Yohanes Mbete",  # the full name as the place (it happened)
        "Aula Mbete",  # part of the name
        "telepon 0812 3456 7890",  # spaces
        "telepon 0812-3456-7890",  # dashes
        "telepon +62 812-3456-7890",  # +62
        "kontak yohanes.mbete",  # the e-mail's local part
    ],
)
def test_the_guard_compares_normalized_text(office_set: Workspace, typed: str) -> None:
    admin = office_set
    case, h = _case(admin)
    draft = admin.letters.draft(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h)
    assert draft.hearing is not None
    bad = replace(draft, hearing=replace(draft.hearing, place=typed))
    with pytest.raises(ServiceError) as err:
        admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h, draft=bad)
    assert err.value.code == "reporter_in_letter"


def test_the_guard_with_both_quotes_in_the_name(admin: Workspace) -> None:
    from tests.helpers.office import complaint as make
    from wbs_desktop.domain.complaint import ReporterInput

    c = make(
        reporter=ReporterInput(
            name='Maria "Nona" D\'Souza', phone="0813 1111 2222", email="", consent_to_contact=True
        )
    )
    case = admin.cases.submit(c).case_id
    for stage in (Stage.VERIFICATION, Stage.INVESTIGATION, Stage.EXAMINATION):
        admin.cases.transition(case, stage, "lanjut")
    h = admin.procedure.schedule_hearing(
        case,
        HearingInput(
            party_kind="accused",
            letter_date=date(2027, 2, 8),
            day=date(2027, 2, 18),
            start=time(9, 0),
            place="Aula",
            examiners=("Tim",),
        ),
    )
    draft = admin.letters.draft(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h.id)
    assert draft.hearing is not None
    for typed in ("Ruang D\u2019Souza", "Ruang “Nona”", "rumah dsouza"):
        bad = replace(draft, hearing=replace(draft.hearing, place=typed))
        with pytest.raises(ServiceError):
            admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h.id, draft=bad)


def test_the_accuseds_pangkat_is_kept_and_printed(office_set: Workspace) -> None:
    from wbs_desktop.domain.complaint import AccusedInput

    admin = office_set
    case, h = _case(admin)
    detail = admin.procedure.update_accused(
        case,
        AccusedInput(
            "Drs. Stefanus Lelo",
            "197805122005011003",
            "Kepala Seksi",
            "Dinas PUPR",
            "Penata Tingkat I (III/d)",
        ),
    )
    assert detail.accused is not None and detail.accused.rank == "Penata Tingkat I (III/d)"
    t = text(
        admin.letters.pdf(admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h).id)
    )
    assert norm("Pangkat:Penata Tingkat I (III/d)") in norm(t)
