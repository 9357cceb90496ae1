"""Errors the domain raises. Each carries a stable code the GUI translates."""

from __future__ import annotations


class DomainError(ValueError):
    """A rule of the procedure was broken. ``code`` is stable; ``message`` is English."""

    code = "domain_error"

    def __init__(self, message: str, *, code: str | None = None, **params: object) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.params = params


class TransitionError(DomainError):
    code = "transition_not_allowed"
