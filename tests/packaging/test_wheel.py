"""forms/ and resources/ end up inside the wheel and are found there."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # From a copy without build/: setuptools would pack build/lib's stale files
    # (a module since removed from the package list would still be in the wheel).
    source = tmp_path_factory.mktemp("source") / "wbs-desktop"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "tests", ".ci",
            ".mypy_cache", ".ruff_cache", ".pytest_cache",
        ),
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(out), str(source)],
        check=True,
        capture_output=True,
    )
    [built] = out.glob("wbs_desktop-*.whl")
    return built


def test_wheel_carries_forms_resources_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for ui in (ROOT / "forms").glob("*.ui"):
        assert f"wbs_desktop/_forms/{ui.name}" in names
    for font in (ROOT / "resources" / "fonts").glob("*.ttf"):
        assert f"wbs_desktop/_resources/fonts/{font.name}" in names
    assert "wbs_desktop/storage/migrations/versions/0001_initial_schema.py" in names
    assert "wbs_desktop/storage/migrations/script.py.mako" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "wbs-admin = wbs_desktop.cli:main" in text
    assert "wbs-desktop = wbs_desktop.gui.app:main" in text


def test_wheel_carries_every_module_of_the_package(wheel: Path) -> None:
    """pyproject lists the packages by hand: a new sub-package left out of the
    list would be silently missing from the wheel (and the installed app)."""
    names = set(zipfile.ZipFile(wheel).namelist())
    source = ROOT / "wbs_desktop"
    missing = [
        str(path.relative_to(ROOT))
        for path in source.rglob("*.py")
        if "__pycache__" not in path.parts
        and path.relative_to(ROOT).as_posix() not in names
    ]
    assert not missing, f"not in the wheel (add the package to pyproject.toml): {missing}"


def test_installed_wheel_finds_its_files(wheel: Path, tmp_path: Path) -> None:
    """Unpack the wheel into a bare folder (no checkout around it) and ask
    resource_path/form_path from there."""
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = (
        f"import sys; sys.path.insert(0, {str(target)!r})\n"
        "from wbs_desktop.paths import resource_path, form_path\n"
        "import wbs_desktop, pathlib\n"
        "assert 'site' in wbs_desktop.__file__, wbs_desktop.__file__\n"
        "f = resource_path('fonts')\n"
        "assert f.is_dir() and any(f.glob('*.ttf')), f\n"
        "assert '_resources' in str(f), f\n"
        "print(form_path('submission.ui').read_text()[:5])\n"
    )
    result = subprocess.run(
        [sys.executable, "-s", "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("<?xml")


def test_checkout_and_frozen_layouts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from wbs_desktop import paths

    assert paths.resource_path("fonts").resolve() == (ROOT / "resources" / "fonts").resolve()
    frozen = tmp_path / "frozen"
    (frozen / "resources" / "fonts").mkdir(parents=True)
    (frozen / "forms").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(frozen), raising=False)
    assert paths.resource_path("fonts") == frozen / "resources" / "fonts"
    assert paths.form_path("x.ui") == frozen / "forms" / "x.ui"
