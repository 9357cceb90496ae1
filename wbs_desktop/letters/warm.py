"""Load the letter engine ahead of the first letter (``warm_up``).

The first letter of a process pays for importing reportlab and the layout
modules, reading the letter fonts and filling reportlab's caches: about
0.2 s against 20–40 ms for every later one. The desktop app calls
:func:`warm_up` off the GUI thread shortly after a login, so the first letter
a user generates costs what the others do. Safe from any thread, and cheap
after the first call.
"""

from __future__ import annotations

import threading
import time
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wbs_desktop.letters.model import Letter

_lock = threading.Lock()
_warm = False


def is_warm() -> bool:
    return _warm


def warm_up() -> float:
    """Import the engine, register the base fonts, render one throw-away letter.

    Returns the seconds this call spent loading (0.0 when already warm). The
    letter is built from placeholders and discarded: nothing is stored.
    """
    global _warm
    if _warm:
        return 0.0
    with _lock:
        if _warm:
            return 0.0
        started = time.perf_counter()
        from wbs_desktop.letters import correspondence, forms, layout, recovery  # noqa: F401
        from wbs_desktop.letters.fonts import ensure_fonts
        from wbs_desktop.letters.render import render

        ensure_fonts()
        render(_sample())
        _warm = True
        return time.perf_counter() - started


def _sample() -> Letter:
    """A short letter of the most common kind, from placeholders only."""
    from wbs_desktop.letters.model import (
        Addressee,
        Letter,
        LetterKind,
        LetterMeta,
        RequestCompletion,
        Signatory,
    )

    # Every letter, digit and common sign once, so the glyph choices are cached too.
    text = ("Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk Ll Mm Nn Oo Pp Qq Rr Ss Tt Uu Vv Ww Xx Yy Zz "
            "0123456789 .,;:!?()[]/-–—@&%'\"+=*#_ ÀàÉéÍíÓóÚúÇçÑñ")
    day = date(2026, 1, 5)
    return Letter(
        kind=LetterKind.REQUEST_COMPLETION,
        meta=LetterMeta(number="000/000/WBS/I/2026", date=day, hal=text, tembusan=(text,),
                        sifat=text),
        signatory=Signatory(position=text, name=text, rank=text, nip="00000000 000000 0 000"),
        content=RequestCompletion(
            addressee=Addressee(name=text, position=text, unit=text, address=text),
            register_number="WBS-2026-00000",
            received_date=day,
            missing=(text, text),
            reply_deadline=day,
            contact=text,
            tracking_code="XXXX-XXXX",
        ),
    )
