"""Notice every service call that finds the database unreachable.

The controller hands widgets its services wrapped in :class:`Watched`: a call
that raises ``DatabaseUnavailable`` still raises (the widget shows its message
and keeps its input), and the controller's ``database_unavailable`` signal
fires as well, so the main window shows the server-trouble banner whichever
widget met the trouble. Likewise a call refused because the user was
deactivated meanwhile (``account_inactive``) reports to ``on_inactive``: the
window then says so and logs out. Safe from worker threads (the signal is delivered
queued to the GUI thread).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

from wbs_desktop.services.errors import DatabaseUnavailable, ServiceError

S = TypeVar("S")


def watched(
    target: S,
    on_unavailable: Callable[[BaseException], None],
    on_inactive: Callable[[BaseException], None] | None = None,
) -> S:
    """``target`` behind a :class:`Watched` proxy, typed as ``target`` (the proxy
    forwards every attribute, so the type checker checks calls against the service)."""
    return cast(S, Watched(target, on_unavailable, on_inactive))


class Watched:
    """A transparent proxy of one service object."""

    __slots__ = ("_on_inactive", "_on_unavailable", "_target")

    def __init__(
        self,
        target: Any,
        on_unavailable: Callable[[BaseException], None],
        on_inactive: Callable[[BaseException], None] | None = None,
    ) -> None:
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_on_unavailable", on_unavailable)
        object.__setattr__(self, "_on_inactive", on_inactive)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if not callable(value) or name.startswith("__"):
            return value
        report, inactive = self._on_unavailable, self._on_inactive

        @functools.wraps(value)
        def call(*args: Any, **kwargs: Any) -> Any:
            try:
                return value(*args, **kwargs)
            except DatabaseUnavailable as exc:
                report(exc)
                raise
            except ServiceError as exc:
                if inactive is not None and exc.code == "account_inactive":
                    inactive(exc)
                raise

        return call

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._target, name, value)

    def __repr__(self) -> str:
        return f"Watched({self._target!r})"
