"""Files only the user can read: one place for every file the app writes.

On POSIX the data folder is 0700 and every file the app writes (the SQLite
database and its journal, logs, workstation state, backups, exported letters
and reports, the saved recovery key) is 0600. On Windows the data folder is
under the user's own profile (``%LOCALAPPDATA%``), whose ACL already keeps
other users out; the modes below are then no-ops.

Use :func:`write_private_bytes` / :func:`write_private_text` for a whole file
(written atomically: a reader never sees half a file), :func:`private_file`
for a file written in a stream, :func:`private_dir` for a folder and
:func:`make_private` for a file someone else created (SQLite, a log handler).
No Qt here: the CLI uses it too.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

FILE_MODE = 0o600
DIR_MODE = 0o700
POSIX = os.name == "posix"


def restrict_umask() -> None:
    """Files the process creates without asking (SQLite's -wal/-shm/-journal, a
    library's own output) get no group or other bits. Called at every start."""
    if POSIX:
        os.umask(0o077)


def private_dir(path: str | os.PathLike[str]) -> Path:
    """Make the folder (and its parents) and keep it 0700 (POSIX)."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    if POSIX:
        with contextlib.suppress(OSError):  # a folder of someone else's: left alone
            st = folder.stat()
            if st.st_uid == os.getuid() and st.st_mode & 0o777 != DIR_MODE:
                os.chmod(folder, DIR_MODE)
    return folder


def make_private(path: str | os.PathLike[str]) -> None:
    """Set an existing file (or folder) to 0600 (0700); missing: nothing to do."""
    if not POSIX:
        return
    with contextlib.suppress(FileNotFoundError):
        mode = DIR_MODE if Path(path).is_dir() else FILE_MODE
        os.chmod(path, mode)


@contextlib.contextmanager
def private_file(path: str | os.PathLike[str], *, atomic: bool = True) -> Iterator[BinaryIO]:
    """Open ``path`` for writing (binary) as a 0600 file.

    ``atomic``: written to a hidden file beside it and renamed over ``path``
    when the block ends without an error (removed otherwise); the file is
    synced to disk first. The folder must exist (the caller chooses it).
    """
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part") if atomic else target
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, FILE_MODE)
    try:
        if POSIX:
            os.fchmod(fd, FILE_MODE)  # an existing file keeps its mode through O_CREAT
        fh = os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        raise
    try:
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if atomic:
            os.replace(tmp, target)
    except BaseException:
        if atomic:
            with contextlib.suppress(OSError):
                os.remove(tmp)
        raise


def write_private_bytes(path: str | os.PathLike[str], data: bytes | bytearray) -> Path:
    """Write ``data`` to ``path`` (0600 on POSIX), atomically. Returns the path."""
    with private_file(path) as fh:
        fh.write(data)
    return Path(path)


def write_private_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` (0600 on POSIX), atomically."""
    return write_private_bytes(path, text.encode("utf-8"))
