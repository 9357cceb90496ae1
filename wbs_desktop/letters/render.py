"""``render(letter) -> bytes``: the one entry point of the letter engine.

Importing this module (or the package) does not import reportlab: the layout
modules load on the first render, so the services and the CLI start without it.
"""

from __future__ import annotations

import threading

from wbs_desktop.letters import text as textprep
from wbs_desktop.letters.kinds import SPECS, TITLES
from wbs_desktop.letters.model import Letter

# reportlab keeps per-document state in shared font objects: one build at a time.
_lock = threading.Lock()


def render(letter: Letter) -> bytes:
    """The PDF of ``letter``. Same input, same bytes (stored with their SHA-256).

    Raises LetterError for input that cannot be printed (e.g. an unreadable
    logo file), TypeError/ValueError for a malformed Letter.
    """
    if not isinstance(letter, Letter):
        raise TypeError(f"render() takes a Letter, not {type(letter).__name__}")
    from wbs_desktop.letters.layout import build_pdf

    spec = SPECS[letter.kind]
    title = spec.title
    # Metadata stays free of names: the number is not secret, people are.
    subject = _one_line(letter.meta.number) if letter.meta is not None else ""
    author = _one_line(letter.letterhead.agency)
    with _lock:
        story = spec.build(letter)
        confidential = letter.meta is not None and letter.meta.confidential
        return build_pdf(
            story, title=title, subject=subject, author=author, confidential=confidential
        )


def _one_line(value: str) -> str:
    return " ".join(textprep.drop_invisible(textprep.clean(value)).split())


__all__ = ["TITLES", "render"]
