"""Shared mode's database roles (issue 19): ``wbs-admin server-setup`` on the
real PostgreSQL; the app works as the application role, and rewriting the
audit log or a certificate fails in the database itself."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.cli.conftest import REPO_ROOT, run_cli
from tests.helpers.databases import PG_ADMIN_URL, _psycopg_dsn, fresh_postgres_database
from tests.helpers.office import (
    ADMIN_PASSWORD,
    OFFICER_PASSWORD,
    add_user,
    complaint,
    workstation,
)
from wbs_desktop.domain.roles import Role
from wbs_desktop.services.office import Office
from wbs_desktop.storage import server_roles


@pytest.fixture
def roles() -> Iterator[tuple[str, str]]:
    tag = uuid.uuid4().hex[:8]
    owner, app = f"wbs_owner_{tag}", f"wbs_app_{tag}"
    yield owner, app
    with psycopg.connect(_psycopg_dsn(PG_ADMIN_URL), autocommit=True) as conn:
        for role in (app, owner):
            conn.execute(f"DROP ROLE IF EXISTS {role}")


def _as(url: str, role: str) -> str:
    return make_url(url).set(username=role).render_as_string(hide_password=False)


def test_the_script_in_packaging_is_what_server_setup_runs() -> None:
    shipped = (REPO_ROOT / "packaging" / "postgresql-roles.sql").read_text(encoding="utf-8")
    assert shipped == server_roles.script()


def test_application_role_cannot_rewrite_the_log(
    roles: tuple[str, str], tmp_path: Path
) -> None:
    owner, app = roles
    with fresh_postgres_database() as url:
        setup = run_cli("--db", url, "server-setup", "--owner", owner, "--app", app)
        assert setup.returncode == 0, setup.output
        app_url = _as(url, app)
        # The whole app as the application role: set up, users, a case, assignment.
        office, _ = Office.create(
            app_url,
            admin_username="admin",
            admin_full_name="Maria Goreti Bria",
            password=ADMIN_PASSWORD,
            workstation=workstation(tmp_path),
        )
        try:
            admin = office.login("admin", ADMIN_PASSWORD)
            officer_id = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
            case = admin.cases.submit(complaint())
            admin.cases.assign(case.case_id, officer_id)
            admin.settings.put("deadlines", {"reply_days": 10})
            yosef = office.login("yosef", OFFICER_PASSWORD)
            yosef.cases.reveal_identity(case.case_id, "menghubungi pelapor")
            admin.accounts.deactivate(officer_id)
            assert admin.audit.verify().ok
            admin.logout()
        finally:
            office.close()
        dsn = _psycopg_dsn(app_url)
        for statement in (
            "UPDATE audit_log SET details = '{}' WHERE seq = 3",
            "DELETE FROM audit_log WHERE action = 'identity_viewed'",
            "DELETE FROM certificates",
            "UPDATE certificates SET body = '{}'",
            "UPDATE signing_keys SET public_key = public_key",
            "TRUNCATE audit_log",
            "DROP TABLE audit_log",
            "UPDATE alembic_version SET version_num = 'x'",
        ):
            with psycopg.connect(dsn, autocommit=True) as conn, pytest.raises(
                psycopg.errors.InsufficientPrivilege
            ) as refused:
                conn.execute(statement)
            assert "permission denied" in str(refused.value) or "must be owner" in str(
                refused.value
            )
        # The owner can still migrate (owns the tables); the app cannot change the schema.
        with psycopg.connect(dsn, autocommit=True) as conn, pytest.raises(
            psycopg.errors.InsufficientPrivilege
        ):
            conn.execute("CREATE TABLE sneaky (x int)")
        with psycopg.connect(_psycopg_dsn(_as(url, owner)), autocommit=True) as conn:
            owned = conn.execute(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                "AND tableowner <> %s",
                (owner,),
            ).fetchone()
            assert owned == (0,)
