"""Where the database is: a local SQLite file or a shared PostgreSQL server.

The remembered location never holds a password; it is added only in memory,
right before the database is opened.
"""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import quote, unquote, urlsplit

SCHEME = "postgresql+psycopg"


class ServerAddress(NamedTuple):
    """A shared server. (A NamedTuple: the login dialog needs this module at
    start-up, where importing ``dataclasses`` would cost ~3 ms.)"""

    host: str
    port: int
    database: str
    user: str

    def url(self, password: str | None = None) -> str:
        auth = quote(self.user, safe="")
        if password:
            auth += ":" + quote(password, safe="")
        return f"{SCHEME}://{auth}@{self.host}:{self.port}/{quote(self.database, safe='')}"

    @property
    def account(self) -> str:
        """The keyring account name for this server's password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def display(self) -> str:
        return f"{self.database} @ {self.host}:{self.port}"


def is_shared(location: str) -> bool:
    return location.startswith(("postgresql://", "postgresql+"))


def parse_server(location: str) -> ServerAddress:
    parts = urlsplit(location)
    return ServerAddress(
        host=parts.hostname or "localhost",
        port=parts.port or 5432,
        database=unquote(parts.path.lstrip("/")),
        user=unquote(parts.username or ""),
    )


def has_password(location: str) -> bool:
    return is_shared(location) and urlsplit(location).password is not None


def without_password(location: str) -> str:
    if not has_password(location):
        return location
    return parse_server(location).url()
