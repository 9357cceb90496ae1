"""The office's own letterhead through the services, on both backends: the
kop's lines, the logo (checked by content, stored in the database), the number
pattern edited as fields and the copy list per kind reach the letters (read
back), every change is audited and certified, and a logo or pattern changed
outside the app is refused."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import text as sql

from tests.helpers.logos import SVG, png
from tests.helpers.office import ADMIN_PASSWORD, PASSWORDS, add_user, complaint
from tests.letters.pdfcheck import norm, text
from wbs_desktop.domain.numbering import NumberParts
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import Stage
from wbs_desktop.letters import LetterKind
from wbs_desktop.services.certificates import CertificateInvalid
from wbs_desktop.services.errors import PermissionDenied, ServiceError
from wbs_desktop.services.letterhead import REGISTER, make_logo
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace

KOP = {
    "government": "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
    "agency": "BADAN KEPEGAWAIAN DAERAH & <Diklat>",
    "address": "Jl. Polisi Militer No. 2, Kupang 85111",
    "phone": "(0380) 821 234",
    "email": "wbs.bkd@nttprov.go.id",
    "website": "bkd.nttprov.go.id/wbs",
}
COMPLETION = LetterKind.REQUEST_COMPLETION.value


def _completion_letter(admin: Workspace) -> tuple[str, bytes]:
    case = admin.cases.submit(complaint()).case_id
    admin.cases.transition(case, Stage.VERIFICATION)
    admin.procedure.request_information(case, ["fotokopi SK"], deadline=date(2099, 1, 20))
    letter = admin.letters.generate(case, LetterKind.REQUEST_COMPLETION)
    return letter.number, admin.letters.pdf(letter.id)


def test_letterhead_settings_print_on_letters(office: Office, admin: Workspace) -> None:
    pattern = NumberParts(prefix="B", code="800.1.3.3", seq_width=4, unit="BKD.WBS").to_pattern()
    register = NumberParts(prefix="PGD", seq_width=4, year_first=True, separator="-",
                           month="none").to_pattern()
    written = admin.letterhead.save(
        kop=KOP,
        place="Atambua",
        contact="Sekretariat WBS, Jl. Polisi Militer No. 2, Kupang",
        logo=make_logo(png(), "lambang.png"),
        patterns={COMPLETION: pattern, REGISTER: register},
        tembusan={COMPLETION: ["Inspektur Daerah Provinsi NTT", "Arsip"]},
    )
    assert "letters.logo" in written and "numbering.register" in written
    expected = admin.letterhead.preview_number(COMPLETION, pattern)
    assert expected.startswith("B/800.1.3.3/0001/BKD.WBS/")
    number, pdf = _completion_letter(admin)
    assert number == expected
    t = norm(text(pdf))
    kop_lines = [KOP["government"], KOP["agency"].upper(), *list(KOP.values())[2:]]
    for line in (*kop_lines, number, "Inspektur Daerah Provinsi NTT", "Atambua,",
                 "Sekretariat WBS, Jl. Polisi Militer No. 2, Kupang"):
        assert norm(line) in t, line
    assert norm("Kepala Badan Kepegawaian Daerah Provinsi NTT (sebagai laporan)") not in t
    assert norm("Basuki Rachmat") not in t  # the default address nowhere
    # the logo is drawn about 2.4 cm high (reportlab's image XObject on page 1)
    page = _first_page(pdf)
    assert any(abs(h - 2.4 / 2.54 * 72) < 2 for h in image_heights(page)), image_heights(page)
    # the new register pattern numbers the next case
    with office.db.read() as session:
        reg = session.execute(sql("SELECT register_number FROM cases")).scalars().all()
    assert all(r.startswith("PGD-") for r in reg)
    # audited in one entry naming the keys; the logo by its digest
    with office.db.read() as session:
        actions = session.execute(sql("SELECT action FROM audit_log")).scalars().all()
    assert "setting_changed" in actions
    # certified: another login reads them back unchanged
    again = office.login("admin", ADMIN_PASSWORD)
    loaded = again.letterhead.load()
    assert loaded.kop == KOP and loaded.logo is not None and loaded.logo.name == "lambang.png"
    assert loaded.patterns[COMPLETION] == pattern
    assert loaded.tembusan[COMPLETION] == ["Inspektur Daerah Provinsi NTT", "Arsip"]
    # back to the default emblem
    admin.letterhead.save(logo=None)
    assert admin.letterhead.load().logo is None


def _first_page(pdf: bytes):  # type: ignore[no-untyped-def]
    import io

    return PdfReader(io.BytesIO(pdf)).pages[0]


def image_heights(page) -> list[float]:  # type: ignore[no-untyped-def]
    """Heights in points at which images are drawn on ``page`` (from the cm operators)."""
    heights: list[float] = []
    names = set((page["/Resources"].get("/XObject") or {}).keys())

    def visit(op, args, cm, tm):  # type: ignore[no-untyped-def]
        if op == b"Do" and args and args[0] in names:
            heights.append(abs(cm[3]))

    page.extract_text(visitor_operand_before=visit)
    return heights


def test_logo_changed_outside_the_app_is_refused(office: Office, admin: Workspace) -> None:
    admin.letterhead.save(logo=make_logo(SVG, "lambang.svg"))
    logo = admin.letterhead.load().logo
    assert logo is not None and logo.format == "svg" and logo.printed.startswith(b"\x89PNG")
    with office.db.engine.begin() as conn:
        conn.execute(sql("UPDATE settings SET value = :v WHERE key = 'letters.logo'"),
                     {"v": '{"format": "png", "data": "iVBORw0KGgo="}'})
    with pytest.raises(CertificateInvalid):
        admin.letterhead.load()
    with pytest.raises(CertificateInvalid):
        admin.letters.letter_settings()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"not an image at all", "not_image"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "not_image"),
        (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg/>', "bad_svg"),
        (b"<svg><unclosed></svg>", "bad_svg"),
        (b'<?xml version="1.0"?><html/>', "bad_svg"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * (600 * 1024), "too_big"),
    ],
)
def test_logo_is_checked_by_content(data: bytes, reason: str) -> None:
    with pytest.raises(ServiceError) as caught:
        make_logo(data, "logo.png")
    assert caught.value.code == "letter_bad_logo" and caught.value.params["reason"] == reason


def test_bad_values_are_refused_and_nothing_is_written(admin: Workspace) -> None:
    before = admin.letterhead.load()
    with pytest.raises(ServiceError) as caught:
        admin.letterhead.save(kop={**KOP, "agency": " "})
    assert caught.value.code == "kop_invalid"
    with pytest.raises(ServiceError) as caught:
        admin.letterhead.save(kop=KOP, patterns={COMPLETION: "800/{year}"})
    assert caught.value.code == "bad_number_pattern"
    with pytest.raises(ServiceError) as caught:
        admin.letterhead.save(place="  ")
    assert caught.value.code == "kop_invalid" and caught.value.params["field"] == "place"
    with pytest.raises(ServiceError) as caught:
        admin.letterhead.save(tembusan={COMPLETION: ["x" * 300]})
    assert caught.value.code == "tembusan_invalid"
    assert admin.letterhead.load() == before


def test_only_an_administrator_changes_the_letterhead(office: Office, admin: Workspace) -> None:
    add_user(admin, "petugas", Role.STAFF)
    staff = office.login("petugas", PASSWORDS[Role.STAFF])
    with pytest.raises(PermissionDenied):
        staff.letterhead.save(kop=KOP)
