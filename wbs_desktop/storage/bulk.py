"""Writing many rows at once, and telling the planner about them.

:func:`insert_rows` writes a block of rows in one statement: ``COPY … FROM
STDIN`` on PostgreSQL (through psycopg's copy, in the caller's transaction),
one ``executemany`` of a prepared ``INSERT`` on SQLite. Values go through the
columns' own bind processing first (e.g. :class:`~wbs_desktop.storage.models.UTCDateTime`
turns an aware datetime into naive UTC), so the rows stored are the ones an
ORM or Core insert would have stored.

:func:`among` is ``column IN (…)`` for a long list of values read back in one
statement: one array parameter on PostgreSQL.

:func:`first_column` reads one column of many rows through the driver's own
cursor, without SQLAlchemy's result rows.

:func:`analyze` refreshes the planner's statistics after a bulk write (the
demo office): without them PostgreSQL plans a freshly filled table as if it
were empty until autovacuum's next ANALYZE, and may skip the covering indexes
the register relies on. :func:`vacuum_analyze` (a restore, after its commit)
also sets the visibility map those index-only scans need.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Select, Table, any_, bindparam, insert, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import QueryableAttribute


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts keyed by column key, all with the same keys) in one
    statement: COPY on PostgreSQL, executemany elsewhere."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), list(rows))
        return
    keys = list(rows[0])
    columns = [table.c[k] for k in keys]
    dialect = conn.dialect
    processors: list[Callable[[Any], Any] | None] = [
        c.type._cached_bind_processor(dialect) for c in columns
    ]
    quote = dialect.identifier_preparer.quote
    sql = f"COPY {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) FROM STDIN"
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cur, cur.copy(sql) as copy:  # type: ignore[attr-defined]
        for row in rows:
            copy.write_row(
                [
                    v if p is None or v is None else p(v)
                    for v, p in zip((row[k] for k in keys), processors, strict=True)
                ]
            )


def among(
    dialect_name: str,
    column: ColumnElement[Any] | QueryableAttribute[Any],
    values: Sequence[Any],
) -> ColumnElement[bool]:
    """``column IN values`` for a block of hundreds of values. PostgreSQL:
    ``column = ANY(:values)`` with the values as one array parameter (the same
    plan: the server turns an IN list into that), so the statement is compiled
    once and cached; an IN list is rendered with one placeholder per value and
    parsed again by psycopg for every block (a good part of the client's time
    in reading a block's cases and grants). Elsewhere a plain IN."""
    if dialect_name != "postgresql":
        return column.in_(values)
    return column == any_(bindparam(None, list(values), type_=postgresql.ARRAY(column.type)))


def first_column(conn: Connection, stmt: Select[Any]) -> list[Any]:
    """The first column of every row of ``stmt``, in the connection's transaction,
    fetched in one call on the driver's cursor. For a plain column of 100,000
    rows (ids, no type processing): SQLAlchemy's result rows took as long again
    as the driver's fetch."""
    compiled = stmt.compile(dialect=conn.dialect)
    params: Any = compiled.params
    if compiled.positional:
        params = tuple(params[name] for name in compiled.positiontup or ())
    cursor = conn.connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        return list(map(itemgetter(0), cursor.fetchall()))
    finally:
        cursor.close()


def analyze(conn: Connection, tables: Iterable[str] | None = None) -> None:
    """Refresh the planner's statistics on PostgreSQL (all tables, or ``tables``).

    Runs inside the caller's transaction (ANALYZE may; VACUUM may not). SQLite
    is left alone: its planner has done well on the register's queries without
    ``sqlite_stat1``, and statistics there change plans for every later query.
    """
    if conn.dialect.name != "postgresql":
        return
    names = list(tables or ())
    if not names:
        conn.execute(text("ANALYZE"))
        return
    quote = conn.dialect.identifier_preparer.quote
    conn.execute(text("ANALYZE " + ", ".join(quote(n) for n in names)))


def vacuum_analyze(engine: Engine, tables: Iterable[str]) -> None:
    """``VACUUM (ANALYZE)`` of ``tables`` on PostgreSQL, once their rows are committed.

    ANALYZE gives the planner its statistics; VACUUM also sets the visibility map,
    without which an index-only scan of a covering index still visits every heap
    page (and the planner may prefer the table), however the server's autovacuum
    is set. VACUUM cannot run in a transaction block: it gets a connection of its
    own in autocommit. A table the role does not own is skipped by the server
    with a warning (left to autovacuum). SQLite: nothing to do.
    """
    if engine.dialect.name != "postgresql":
        return
    names = list(tables)
    if not names:
        return
    quote = engine.dialect.identifier_preparer.quote
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.execute(text("VACUUM (ANALYZE) " + ", ".join(quote(n) for n in names)))


__all__ = ["among", "analyze", "first_column", "insert_rows", "vacuum_analyze"]
