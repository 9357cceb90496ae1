"""Intake as paper comes (issue 15), through the services on both backends:
an anonymous letter (no letter to the reporter, and why), the reporter's
address on letters, the documents received on the receipt, scans attached at
intake (checked, encrypted, kept from the staff member who logged them)."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from tests.helpers.clock import Clock
from tests.helpers.office import STAFF_PASSWORD, add_user, complaint
from tests.letters.pdfcheck import layout_text
from wbs_desktop.domain.complaint import ReporterInput
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import Stage
from wbs_desktop.letters.model import LetterKind
from wbs_desktop.services.errors import ServiceError
from wbs_desktop.services.hearings import HearingInput
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage.models import Attachment

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def staff(office: Office, admin: Workspace) -> Workspace:
    add_user(admin, "agnes", Role.STAFF, "Agnes Seran")
    return office.login("agnes", STAFF_PASSWORD)


def test_an_anonymous_letter_is_logged_and_no_letter_goes_to_its_reporter(
    admin: Workspace, staff: Workspace, clock: Clock
) -> None:
    clock.set(date(2027, 1, 4))
    letter = complaint(
        reporter=ReporterInput(name="", anonymous=True),
        documents=("Surat pengaduan tanpa nama (2 lembar)", "Amplop pos"),
    )
    result, receipt = staff.letters.submit_with_receipt(letter)
    text = layout_text(receipt)
    assert "Surat pengaduan tanpa nama (2 lembar)" in text and "Amplop pos" in text
    assert result.tracking_code in text
    flat = " ".join(text.split())  # the receipt promises no contact to a surat kaleng
    assert "petugas tidak dapat menghubungi Anda" in flat
    assert "kontak yang Anda berikan" not in flat
    detail = admin.cases.detail(result.case_id)
    assert detail.reporter is not None and detail.reporter.anonymous
    assert admin.cases.reveal_identity(result.case_id, "untuk surat").anonymous
    admin.cases.transition(result.case_id, Stage.VERIFICATION)
    admin.procedure.request_information(result.case_id, ["bukti"], deadline=date(2027, 1, 20))
    for kind in (LetterKind.REQUEST_COMPLETION, LetterKind.REPORTER_NOTICE):
        with pytest.raises(ServiceError) as refused:
            admin.letters.generate(result.case_id, kind)
        assert refused.value.code == "anonymous_reporter"
    with pytest.raises(ServiceError) as refused:
        admin.letters.draft(result.case_id, LetterKind.REQUEST_COMPLETION)
    assert refused.value.code == "anonymous_reporter"


def test_an_anonymous_report_has_no_reporter_to_hear(admin: Workspace, clock: Clock) -> None:
    clock.set(date(2027, 1, 4))
    case = admin.cases.submit(complaint(reporter=ReporterInput(name="", anonymous=True))).case_id
    for stage in (Stage.VERIFICATION, Stage.INVESTIGATION, Stage.CLARIFICATION):
        admin.cases.transition(case, stage, "lanjut")
    hearing = HearingInput(
        party_kind="reporter",
        letter_date=date(2027, 2, 1),
        day=date(2027, 2, 4),
        start=time(9, 0),
        place="Ruang Rapat BKD",
        examiners=("Maria Goreti Lake",),
    )
    with pytest.raises(ServiceError) as refused:
        admin.procedure.schedule_hearing(case, hearing)
    assert refused.value.code == "anonymous_reporter_hearing"
    named = admin.cases.submit(complaint()).case_id  # a named reporter is heard as before
    for stage in (Stage.VERIFICATION, Stage.INVESTIGATION, Stage.CLARIFICATION):
        admin.cases.transition(named, stage, "lanjut")
    assert admin.procedure.schedule_hearing(named, hearing).party_kind == "reporter"


def test_letters_to_the_reporter_print_the_address(admin: Workspace, clock: Clock) -> None:
    clock.set(date(2027, 1, 4))
    addressed = complaint(
        reporter=ReporterInput(
            name="Yohanes Mbete",
            phone="+61 8 8123 4567",
            address="Jl. Timor Raya No. 5\nOesapa, Kelapa Lima\nKupang",
        )
    )
    result, receipt = admin.letters.submit_with_receipt(addressed)
    receipt_text = " ".join(layout_text(receipt).split())
    assert "Berkas yang diterima" in receipt_text
    assert "menghubungi Anda melalui kontak yang Anda berikan" in receipt_text
    admin.cases.transition(result.case_id, Stage.VERIFICATION)
    admin.procedure.request_information(result.case_id, ["bukti"], deadline=date(2027, 1, 20))
    made = admin.letters.generate(result.case_id, LetterKind.REQUEST_COMPLETION)
    text = layout_text(admin.letters.pdf(made.id))
    assert "Jl. Timor Raya No. 5" in text and "Oesapa, Kelapa Lima" in text
    assert "Tempat" not in text
    identity = admin.cases.reveal_identity(result.case_id, "menulis surat")
    assert identity.phone == "+61881234567"
    assert identity.address == "Jl. Timor Raya No. 5\nOesapa, Kelapa Lima\nKupang"


def test_scans_attached_at_intake_are_checked_and_encrypted(
    office: Office, admin: Workspace, staff: Workspace, clock: Clock
) -> None:
    clock.set(date(2027, 1, 4))
    scans = (("surat-halaman-1.pdf", PDF), ("amplop.png", PNG))
    result, _receipt = staff.letters.submit_with_receipt(complaint(), scans=scans)
    detail = admin.cases.detail(result.case_id)
    assert sorted(a.filename for a in detail.attachments) == ["amplop.png", "surat-halaman-1.pdf"]
    by_name = {a.filename: a.id for a in detail.attachments}
    assert admin.procedure.read_attachment(by_name["amplop.png"]) == ("amplop.png", PNG)
    with office.db.read() as session:  # stored encrypted, never as the file
        stored = session.scalars(select(Attachment.data_ct)).all()
    assert stored and all(PDF not in blob and PNG[:8] not in blob for blob in stored)
    with pytest.raises(ServiceError):  # the staff member keeps no key once it is saved
        staff.procedure.read_attachment(by_name["amplop.png"])
    # A program renamed as a scan is refused, and nothing is saved.
    before = admin.cases.total_count()
    with pytest.raises(ServiceError) as refused:
        staff.letters.submit_with_receipt(complaint(), scans=(("scan.pdf", b"MZ\x90\x00"),))
    assert refused.value.code.startswith("attachment_")
    assert admin.cases.total_count() == before


def test_the_reporters_address_never_reaches_the_accused(admin: Workspace, clock: Clock) -> None:
    from datetime import time

    from wbs_desktop.services.procedure import HearingInput

    clock.set(date(2027, 1, 4))
    result = admin.cases.submit(
        complaint(
            reporter=ReporterInput(
                name="Yohanes Mbete", phone="0812-3456-7890", address="Jl. Timor Raya No. 5\nKupang"
            )
        )
    )
    for stage in (Stage.VERIFICATION, Stage.INVESTIGATION, Stage.EXAMINATION):
        admin.cases.transition(result.case_id, stage)
    hearing = admin.procedure.schedule_hearing(
        result.case_id,
        HearingInput(
            party_kind="accused",
            letter_date=date(2027, 1, 4),
            day=date(2027, 1, 15),
            start=time(9, 0),
            place="Jl. Timor Raya No. 5",
            examiners=("Maria Goreti Bria",),
        ),
    )
    with pytest.raises(ServiceError) as refused:  # typed by mistake as the place
        admin.letters.generate(result.case_id, LetterKind.SUMMONS_ACCUSED, hearing_id=hearing.id)
    assert refused.value.code == "reporter_in_letter"
