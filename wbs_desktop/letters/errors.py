"""The one error the letter engine raises for bad input it cannot print."""

from __future__ import annotations


class LetterError(ValueError):
    """``code`` is stable (the GUI translates by it); the message is English."""

    code = "letter_error"

    def __init__(self, message: str, *, code: str | None = None, **params: object) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.params = params
