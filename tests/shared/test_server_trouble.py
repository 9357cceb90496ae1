"""A PostgreSQL connection that drops mid-work: a clear DatabaseUnavailable (never
a raw driver traceback) or a transparent reconnect, recovery on the next call, and
no half-written case."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from tests.helpers.office import complaint, recent
from tests.shared.helpers import terminate_backends
from wbs_desktop.domain.stages import Stage
from wbs_desktop.services.errors import DatabaseUnavailable
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.db import peek_number
from wbs_desktop.storage.models import Case, CaseEvent, CaseIndex, CaseKeyGrant

pytestmark = pytest.mark.parametrize("backend", ["postgresql"])


def test_connections_killed_between_two_calls(
    office: Office, admin: Workspace, db_url: str
) -> None:
    first = admin.cases.submit(complaint(received_at=recent()))
    # Warm the pool with several connections, then kill them all.
    assert admin.cases.detail(first.case_id).register_number == first.register_number
    killed = terminate_backends(db_url)
    assert killed >= 1
    try:
        second = admin.cases.submit(complaint(received_at=recent()))
    except DatabaseUnavailable as exc:  # acceptable: a clear error, the GUI shows a banner
        assert exc.code == "database_unavailable"
        second = admin.cases.submit(complaint(received_at=recent()))  # the retry works
    # Recovered: reads and writes work again, numbering goes on without a gap.
    assert admin.cases.total_count() == 2
    admin.cases.transition(second.case_id, Stage.VERIFICATION)
    seq = [admin.cases.detail(c).register_number for c in (first.case_id, second.case_id)]
    assert seq[0] != seq[1]
    assert admin.audit.verify().ok


def test_reads_after_the_server_dropped_everyone(
    office: Office, admin: Workspace, db_url: str
) -> None:
    admin.cases.submit(complaint(received_at=recent()))
    for _ in range(3):
        terminate_backends(db_url)
        try:
            count = admin.cases.total_count()
        except DatabaseUnavailable:
            count = admin.cases.total_count()
        assert count == 1


def test_a_write_cut_off_mid_transaction_leaves_no_half_case(
    office: Office, admin: Workspace, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = admin.cases.submit(complaint(received_at=recent()))
    real_grant = keystore.grant_case_keys

    def grant_then_lose_the_server(session, case_id, keys, recipients, **kw):  # type: ignore[no-untyped-def]
        real_grant(session, case_id, keys, recipients, **kw)
        session.flush()  # the case row and its grants are on the server, uncommitted
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
        terminate_backends(db_url, pid=pid)

    monkeypatch.setattr(keystore, "grant_case_keys", grant_then_lose_the_server)
    with pytest.raises(DatabaseUnavailable) as caught:
        admin.cases.submit(complaint(received_at=recent()))
    assert caught.value.__cause__ is not None  # the driver error is kept as the cause only
    monkeypatch.setattr(keystore, "grant_case_keys", real_grant)

    # Nothing of the interrupted submit exists; the register number was not used up.
    with office.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 1
        for table in (CaseEvent, CaseIndex, CaseKeyGrant):
            ids = set(session.scalars(select(table.case_id)))
            assert ids == {before.case_id}
        assert peek_number(session, "register", recent().year) == 1
    after = admin.cases.submit(complaint(received_at=recent()))
    assert after.register_number.endswith("2")
    assert admin.audit.verify().ok
    assert admin.cases.detail(after.case_id).timeline[0].kind == "submitted"
