"""Which files may be attached to a case."""

from __future__ import annotations

from pathlib import PurePath

from wbs_desktop.domain.errors import DomainError

DEFAULT_MAX_BYTES = 25 * 1024 * 1024

#: Executables, scripts, shortcuts and installers — refused whatever their content.
BLOCKED_EXTENSIONS = frozenset(
    """
    exe com bat cmd ps1 psm1 psd1 vbs vbe js jse wsf wsh hta scr pif lnk url
    msi msp mst cpl dll sys ocx jar reg inf scf sh bash zsh csh ksh py pyw pyc
    pl rb php app apk appimage deb rpm dmg pkg gadget msc ws application iso img vhd
    chm hlp library-ms settingcontent-ms
    """.split()
)


class AttachmentRefused(DomainError):
    code = "attachment_refused"


def check_attachment(filename: str, size: int, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Return the cleaned file name, or raise AttachmentRefused with code
    ``attachment_empty``, ``attachment_too_large`` or ``attachment_type_refused``."""
    name = PurePath(filename.replace("\\", "/")).name.strip()
    if not name:
        raise AttachmentRefused("the file has no name", code="attachment_no_name")
    if size <= 0:
        raise AttachmentRefused("the file is empty", code="attachment_empty")
    if size > max_bytes:
        raise AttachmentRefused(
            f"the file is {size} bytes; the limit is {max_bytes}",
            code="attachment_too_large",
            size=size,
            limit=max_bytes,
        )
    # Every extension counts: "bukti.pdf.exe" and "bukti.exe.pdf" both hide a program.
    parts = [p.casefold().strip() for p in name.split(".")[1:]]
    blocked = [p for p in parts if p in BLOCKED_EXTENSIONS]
    if blocked:
        raise AttachmentRefused(
            f"files of type .{blocked[-1]} are not accepted (programs and scripts)",
            code="attachment_type_refused",
            extension=blocked[-1],
        )
    return name
