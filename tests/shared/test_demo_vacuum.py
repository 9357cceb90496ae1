"""The demo office on PostgreSQL leaves its tables vacuumed: planner statistics
and the visibility map at once, so the register's covering indexes are read
index-only whatever the server's autovacuum does (``demo_bulk.analyze``)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from tests.helpers.databases import database_url
from tests.helpers.office import ADMIN_PASSWORD, OFFICER_PASSWORD, create_office
from wbs_desktop.services.demo import generate_demo_data


def test_the_demo_tables_are_vacuumed(tmp_path: Path) -> None:
    with database_url("postgresql", tmp_path) as url:
        office, _ = create_office(url, tmp_path)
        try:
            admin = office.login("admin", ADMIN_PASSWORD)
            generate_demo_data(admin, 20, seed=3, officer_password=OFFICER_PASSWORD, worked=0)
            # The test server runs no autovacuum, and only a manual VACUUM sets
            # last_vacuum (autovacuum's own runs are last_autovacuum).
            with office.db.engine.connect() as conn:
                vacuumed = set(conn.scalars(text(
                    "SELECT relname FROM pg_stat_user_tables WHERE last_vacuum IS NOT NULL")))
        finally:
            office.close()
    assert {"cases", "case_key_grants", "case_index", "case_events"} <= vacuumed
