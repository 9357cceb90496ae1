"""Alembic environment. Migrations run programmatically on open
(:func:`wbs_desktop.storage.migrate.upgrade`); the connection comes in through
``config.attributes["connection"]``."""

from __future__ import annotations

from alembic import context

from wbs_desktop.storage.models import Base

config = context.config
target_metadata = Base.metadata

connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - we never run alembic from its own CLI
    raise RuntimeError("run migrations through wbs_desktop.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
