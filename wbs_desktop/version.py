"""The one version string of WBS Desktop, and comparing versions.

``wbs_desktop.__version__`` is the source (pyproject.toml reads it, so the
wheel's metadata, ``--version``, the frozen build's version resource and the
installer all say the same). :func:`app_version` prefers the installed
distribution's metadata and falls back to it in a checkout.
"""

from __future__ import annotations

import re

from wbs_desktop import __version__

DISTRIBUTION = "wbs-desktop"


def app_version() -> str:
    """This program's version (X.Y.Z)."""
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # a checkout on sys.path, a frozen build without it
        return __version__


def version_key(version: str) -> tuple[int, ...]:
    """A sortable key: "0.10.2" > "0.9.9"; anything after the numbers is ignored."""
    numbers = re.match(r"\d+(?:\.\d+)*", version.strip())
    if numbers is None:
        return ()
    return tuple(int(part) for part in numbers.group(0).split("."))


def short_version(version: str) -> str:
    """X.Y of a version, as the messages name it ("0.2" of "0.2.1")."""
    key = version_key(version)
    return ".".join(str(p) for p in key[:2]) if key else version
