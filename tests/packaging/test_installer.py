"""The Windows installer script, read as Inno Setup would (iscc does not run
here): Windows 10/11 x64 only, our Indonesian messages, the icon, the version
from the one version string, stale files removed on upgrade, data kept on
uninstall (and said), Start menu entries for the app and its manual, a
hookable signing step, the third-party notices shipped."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "wbs-desktop.iss"


def _sections(text: str) -> dict[str, list[str]]:
    """Section name (lower case) → its lines, without comments and blank lines."""
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        match = re.fullmatch(r"\[([A-Za-z]+)\]", line)
        if match:
            current = match.group(1).lower()
            sections.setdefault(current, [])
            continue
        sections[current].append(line)
    return sections


def _directives(lines: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in lines:
        if line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if sep:
            out[key.strip().lower()] = value.strip()
    return out


def _entries(lines: list[str]) -> list[dict[str, str]]:
    """``Name: "x"; Filename: "y"; Flags: a b`` lines → dicts (lower-case keys)."""
    entries = []
    for line in lines:
        fields: dict[str, str] = {}
        for part in re.findall(r'(\w+):\s*("[^"]*"|[^;]+)', line):
            fields[part[0].lower()] = part[1].strip().strip('"')
        entries.append(fields)
    return entries


@pytest.fixture(scope="module")
def iss() -> dict[str, list[str]]:
    return _sections(ISS.read_text(encoding="utf-8"))


def test_windows_10_and_11_x64_only(iss: dict[str, list[str]]) -> None:
    setup = _directives(iss["setup"])
    major, minor, build = (int(x) for x in setup["minversion"].split("."))
    assert (major, minor) == (10, 0) and build >= 17763  # Windows 10 1809: Qt 6's minimum
    assert setup["architecturesallowed"] == "x64compatible"
    assert setup["architecturesinstallin64bitmode"] == "x64compatible"
    assert setup["privilegesrequired"] == "admin"  # per machine by default
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["appid"])  # fixed: how upgrades find it


def test_the_version_comes_from_the_one_version_string(iss: dict[str, list[str]]) -> None:
    text = ISS.read_text(encoding="utf-8")
    setup = _directives(iss["setup"])
    assert setup["appversion"] == "{#AppVersion}"
    assert setup["versioninfoversion"] == "{#AppVersion}"
    assert re.search(r'#define AppVersion GetStringFileInfo\(.*"ProductVersion"\)', text)
    spec = (PACKAGING / "wbs-desktop.spec").read_text(encoding="utf-8")
    # The spec writes the exe's version resource from wbs_desktop/__init__.py.
    assert "__version__" in spec and "StringStruct('ProductVersion', '{VERSION}')" in spec
    assert spec.count("version=VERSION_FILE") == 2  # both executables


def test_our_indonesian_messages_and_the_icon(iss: dict[str, list[str]]) -> None:
    languages = {e["name"]: e["messagesfile"] for e in _entries(iss["languages"])}
    assert languages["indonesian"] == "Indonesian.isl"  # ours, next to the script
    assert next(iter(languages)) == "indonesian"  # the default where no match is found
    isl = (PACKAGING / "Indonesian.isl").read_text(encoding="utf-8")
    names = [line.split("=", 1)[0] for line in isl.splitlines()
             if line and not line.startswith((";", "[")) and "=" in line]
    assert len(names) == len(set(names)), "a message defined twice"
    assert "LanguageID=$0421" in isl
    for needed in ("ButtonNext", "ButtonInstall", "WelcomeLabel1", "WizardSelectDir",
                   "ConfirmUninstall", "UninstalledAll", "WinVersionTooLowError",
                   "OnlyOnTheseArchitectures", "CreateDesktopIcon", "LaunchProgram"):
        assert needed in names, needed
    assert "ButtonNext=&Lanjut >" in isl and "[name/ver]" in isl
    setup = _directives(iss["setup"])
    icon = PACKAGING / setup["setupiconfile"].replace("\\", "/")
    data = icon.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = {struct.unpack_from("<B", data, 6 + 16 * i)[0] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    assert setup["uninstalldisplayicon"] == r"{app}\{#AppExe}"


def test_upgrades_remove_stale_files_and_uninstall_keeps_data(iss: dict[str, list[str]]) -> None:
    deleted = _entries(iss["installdelete"])
    assert {"type": "filesandordirs", "name": r"{app}\_internal"} in deleted
    for entry in _entries(iss.get("uninstalldelete", [])):
        assert "localappdata" not in entry["name"].lower() and "{userappdata}" not in entry["name"]
    code = "\n".join(iss["code"])
    assert "CurUninstallStepChanged" in code and "CustomMessage('DataKept')" in code
    assert "not UninstallSilent" in code
    custom = "\n".join(iss["custommessages"])
    assert "indonesian.DataKept=" in custom and "english.DataKept=" in custom
    assert "TIDAK dihapus" in custom and "were NOT removed" in custom


def test_start_menu_entries_for_the_app_and_its_manual(iss: dict[str, list[str]]) -> None:
    icons = _entries(iss["icons"])
    in_group = {e["name"]: e["filename"] for e in icons if e["name"].startswith("{group}")}
    assert in_group[r"{group}\WBS Desktop"] == r"{app}\{#AppExe}"
    # The manual the app shows on F1, as the frozen build ships it (resources/ in _internal),
    # in the installer's language.
    manual = r"{app}\_internal\resources\help\{cm:ManualDir}\index.html"
    assert in_group[r"{group}\{cm:ManualName}"] == manual
    custom = "\n".join(iss["custommessages"])
    for setup_language, folder in (("indonesian", "id"), ("english", "en")):
        assert f"{setup_language}.ManualDir={folder}" in custom
        assert (ROOT / "resources" / "help" / folder / "index.html").is_file()


def test_third_party_notices_are_shipped(iss: dict[str, list[str]]) -> None:
    files = [e["source"] for e in _entries(iss["files"])]
    assert r"..\THIRD-PARTY-NOTICES.txt" in files
    notices = (ROOT / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    for name in ("PySide6_Essentials", "shiboken6", "psycopg", "cryptography", "reportlab",
                 "SQLAlchemy", "tzdata"):
        assert re.search(rf"^{name} [0-9]", notices, re.M | re.I), name
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices and "Version 3, 29 June 2007" in notices
    assert "LICENSE-DejaVu.txt" in notices


def test_the_notices_are_those_of_what_is_installed() -> None:
    """Every runtime distribution installed (the pinned versions CI installs)
    with its licence: the file the installer ships is not stale (it once
    lacked the holidays package's entry, licence and contributors)."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, str(PACKAGING / "third_party_notices.py"), "--check"],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    notices = (ROOT / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    assert re.search(r"^holidays [0-9]", notices, re.M)


def test_signing_is_hookable_and_documented() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r"#ifdef Sign\s+SignTool=wbssign\s+SignedUninstaller=yes\s+#endif", text)
    readme = (PACKAGING / "README.md").read_text(encoding="utf-8")
    assert "signtool" in readme.lower() and "/Swbssign=" in readme and "/DSign" in readme
    for switch in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/LOG="):
        assert switch in readme, switch


def test_the_linux_desktop_entry_uses_the_icon() -> None:
    entry = (PACKAGING / "wbs-desktop.desktop").read_text(encoding="utf-8")
    assert re.search(r"^Icon=wbs-desktop$", entry, re.M)
    assert (ROOT / "resources" / "icons" / "wbs-desktop.png").is_file()
