"""Work-around for a reference-counting bug of PySide6 6.12 on CPython 3.11.

Measured here (see the test ``tests/gui/test_compat.py``): with PySide6 6.12.0
on CPython 3.11, calls from C++ into Python (virtual overrides such as
``QAbstractItemModel.data``, ``QRunnable.run``, event handlers, functor slots)
release ``None`` -- and sometimes ``True``/``False`` -- once more than they took
it. The main window loses about 1,000 references to ``None`` per second of use,
and the interpreter aborts ("Fatal Python error: none_dealloc") within a minute.
CPython 3.12+ makes these objects immortal, so the same wheels work there.

Until the project moves to Python >= 3.12 or a fixed PySide6, give the three
singletons a reference count so large that no session can exhaust it, which is
what 3.12 does by design. Nothing happens on 3.12+.
"""

from __future__ import annotations

import ctypes
import sys

BALLAST = 1 << 40  # ~10^12 extra references: centuries of over-releases

_done = False


def protect_singletons() -> bool:
    """Apply the work-around once; True when it was needed (CPython < 3.12)."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(obj)).value += BALLAST
    _done = True
    return True
