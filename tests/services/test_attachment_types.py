"""Attachments: an allow-list checked by name and by content (issue 13)."""

from __future__ import annotations

import io
import struct
import zipfile

import pytest

from tests.helpers.office import complaint
from wbs_desktop.domain.attachments import content_kind
from wbs_desktop.services.errors import ServiceError
from wbs_desktop.services.workspace import Workspace

ISSUE_EXTENSIONS = (".xll .msix .appx .vhdx .cab .sct .wsc .one .docm .xlam .html .svg "
                    ".jnlp .appref-ms .website").split()


def windows_program() -> bytes:
    """A minimal PE image: MZ header pointing at a PE signature."""
    header = bytearray(b"MZ" + b"\x90\x00" * 29)
    header += b"\x00" * (0x3C - len(header)) + struct.pack("<I", 0x80)
    header += b"\x00" * (0x80 - len(header))
    return bytes(header) + b"PE\x00\x00" + b"\x4c\x01" + b"\x00" * 200


def ooxml(kind: str, *, macros: bool = False) -> bytes:
    main = {
        "docx": ("word/document.xml", "wordprocessingml.document"),
        "xlsx": ("xl/workbook.xml", "spreadsheetml.sheet"),
        "pptx": ("ppt/presentation.xml", "presentationml.presentation"),
    }[kind]
    content_type = (f"application/vnd.ms-{main[1].split('.')[0]}.macroEnabled.main+xml"
                    if macros else
                    f"application/vnd.openxmlformats-officedocument.{main[1]}.main+xml")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml",
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   f'<Override PartName="/{main[0]}" ContentType="{content_type}"/></Types>')
        z.writestr(main[0], "<x/>")
        if macros:
            z.writestr("word/vbaProject.bin", b"\x00" * 10)
    return buf.getvalue()


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40


@pytest.fixture
def case(admin: Workspace) -> str:
    return admin.cases.submit(complaint()).case_id


def refused(admin: Workspace, case: str, name: str, data: bytes) -> ServiceError:
    with pytest.raises(ServiceError) as err:
        admin.procedure.add_attachment(case, name, data)
    return err.value


@pytest.mark.parametrize("extension", ISSUE_EXTENSIONS)
def test_types_off_the_list_are_refused(admin: Workspace, case: str, extension: str) -> None:
    err = refused(admin, case, f"bukti{extension}", b"%PDF-1.4 looks harmless")
    assert err.code == "attachment_type_refused"
    assert err.params["extension"] == extension.lstrip(".")


def test_a_windows_program_renamed_pdf_is_refused(admin: Workspace, case: str) -> None:
    err = refused(admin, case, "bukti.pdf", windows_program())
    assert err.code == "attachment_content_mismatch"
    assert err.params["extension"] == "pdf" and err.params["detected"] == "exe"
    err = refused(admin, case, "foto.jpg", PNG)  # a real picture, the wrong name
    assert err.code == "attachment_content_mismatch" and err.params["detected"] == "png"
    err = refused(admin, case, "catatan.txt", b"\x00\x01\x02 binary")
    assert err.code == "attachment_content_mismatch"


def test_names_with_lookalike_control_or_stream_characters_are_refused(
        admin: Workspace, case: str) -> None:
    err = refused(admin, case, "bukti.ex\u0435", b"%PDF-1.4")  # Cyrillic е
    assert err.code == "attachment_name_unsafe" and err.params["character"] == "U+0435"
    err = refused(admin, case, "bukti\u202efdp.exe", b"%PDF-1.4")  # right-to-left override
    assert err.code == "attachment_name_unsafe" and err.params["character"] == "U+202E"
    err = refused(admin, case, "bukti\x07.pdf", b"%PDF-1.4")
    assert err.code == "attachment_name_unsafe"
    for name in ("bukti.exe::$DATA", "bukti.pdf:payload.exe"):
        assert refused(admin, case, name, b"%PDF-1.4").code == "attachment_stream_name"


def test_office_documents_without_macros_are_accepted_with_macros_refused(
        admin: Workspace, case: str) -> None:
    for kind in ("docx", "xlsx", "pptx"):
        info = admin.procedure.add_attachment(case, f"laporan.{kind}", ooxml(kind))
        assert info.filename == f"laporan.{kind}"
    assert refused(admin, case, "laporan.docx", ooxml("docx", macros=True)).code == \
        "attachment_macros"
    assert refused(admin, case, "laporan.xlsx", ooxml("docx")).code == \
        "attachment_content_mismatch"
    for name, data in (("foto.png", PNG), ("scan.PDF", b"%PDF-1.7\n..."),
                       ("foto.jpeg", b"\xff\xd8\xff\xe0" + b"\x00" * 20),
                       ("scan.tif", b"II*\x00" + b"\x00" * 20),
                       ("kuitansi.txt", "Kuitansi Rp 2.000.000 — lunas\n".encode())):
        assert admin.procedure.add_attachment(case, name, data).filename == name


def test_content_kinds() -> None:
    assert content_kind(windows_program()) == "exe"
    assert content_kind(b"<html><body>x</body></html>") == "text"  # named .html: refused by name
    assert content_kind(ooxml("pptx")) == "pptx"
