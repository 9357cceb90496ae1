"""Login that cannot be abused: a growing delay instead of a lock-out, the last
administrator never kept out for long, attempts counted atomically across
processes, the same work for every answer, nothing typed kept in the audit log,
the test suite's fast Argon2 profile switched on by code only and upgraded away."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from tests.helpers.office import ADMIN_PASSWORD, OFFICER_PASSWORD, add_user, workstation
from wbs_desktop.domain.dates import utc_now
from wbs_desktop.domain.roles import Role
from wbs_desktop.services.errors import AccountLocked, ServiceError, WrongCredentials
from wbs_desktop.services.office import (
    BASE_DELAY,
    FREE_ATTEMPTS,
    LAST_ADMIN_MAX_DELAY,
    MAX_DELAY,
    Office,
    login_delay,
)
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage import crypto
from wbs_desktop.storage.models import AuditEntry, User

REPO_ROOT = Path(__file__).resolve().parents[2]
PARALLEL = 12


def _failures_audited(office: Office, username: str) -> int:
    with office.db.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "login_failed", AuditEntry.actor_name == username)
            )
            or 0
        )


def _expire_delay(office: Office) -> None:
    with office.db.write() as session:
        session.execute(update(User).values(locked_until=None))


def test_the_delay_grows_and_has_a_ceiling() -> None:
    assert [login_delay(n) for n in range(1, FREE_ATTEMPTS)] == [None] * (FREE_ATTEMPTS - 1)
    assert login_delay(FREE_ATTEMPTS) == BASE_DELAY
    assert login_delay(FREE_ATTEMPTS + 1) == 2 * BASE_DELAY
    assert login_delay(FREE_ATTEMPTS + 100) == MAX_DELAY <= timedelta(minutes=15)
    assert login_delay(FREE_ATTEMPTS + 100, last_admin=True) == LAST_ADMIN_MAX_DELAY
    assert LAST_ADMIN_MAX_DELAY <= timedelta(minutes=1)


def test_an_officer_waits_longer_the_last_admin_never_long(
    office: Office, admin: Workspace
) -> None:
    officer_id = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    with office.db.write() as session:
        session.execute(update(User).values(failed_logins=40))
    for name, ceiling in (("yosef", MAX_DELAY), ("admin", LAST_ADMIN_MAX_DELAY)):
        before = utc_now()
        with pytest.raises(AccountLocked) as err:
            office.login(name, "still-the-wrong-one")
        waited = err.value.until - before
        assert ceiling - timedelta(seconds=5) <= waited <= ceiling + timedelta(seconds=5), name
    # The administrator clears the officer's delay; the officer logs in at once.
    _expire_delay_of(office, "admin")
    ws = office.login("admin", ADMIN_PASSWORD)
    ws.accounts.unlock(officer_id)
    assert office.login("yosef", OFFICER_PASSWORD).user.username == "yosef"


def _expire_delay_of(office: Office, username: str) -> None:
    with office.db.write() as session:
        session.execute(update(User).where(User.username == username).values(locked_until=None))


def test_a_second_admin_is_not_the_last_one(office: Office, admin: Workspace) -> None:
    add_user(admin, "kepala2", Role.ADMIN, "Kepala Dua")
    with office.db.write() as session:
        session.execute(update(User).values(failed_logins=40))
    with pytest.raises(AccountLocked) as err:
        office.login("admin", "still-the-wrong-one")
    assert err.value.until - utc_now() > LAST_ADMIN_MAX_DELAY


def test_twelve_parallel_guesses_in_threads_are_checked_at_most_five_times(
    db_url: str, office: Office, tmp_path: Path
) -> None:
    offices = [
        Office.open(db_url, workstation=workstation(tmp_path, f"t{i}")) for i in range(PARALLEL)
    ]
    outcomes: list[str] = []
    barrier = threading.Barrier(PARALLEL)

    def guess(o: Office) -> None:
        o.is_initialized()  # its own connection, opened before the start line
        barrier.wait()
        try:
            o.login("admin", "a-guess-that-is-wrong")
        except ServiceError as exc:
            outcomes.append(type(exc).__name__)

    threads = [threading.Thread(target=guess, args=(o,)) for o in offices]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
    finally:
        for o in offices:
            o.close()
    assert len(outcomes) == PARALLEL
    assert _failures_audited(office, "admin") <= FREE_ATTEMPTS
    assert outcomes.count("WrongCredentials") == FREE_ATTEMPTS - 1
    assert outcomes.count("AccountLocked") == PARALLEL - FREE_ATTEMPTS + 1


def test_twelve_parallel_guesses_in_processes_are_checked_at_most_five_times(
    db_url: str, office: Office
) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH")) if p)
    start_at = time.time() + 8  # every process connected and waiting by then
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.guess", db_url, str(start_at), "admin",
             "a-guess-that-is-wrong"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for _ in range(PARALLEL)
    ]
    outcomes = []
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err[-2000:]
        outcomes.append(out.strip())
    assert _failures_audited(office, "admin") <= FREE_ATTEMPTS
    assert outcomes.count("WrongCredentials") + outcomes.count("AccountLocked") == PARALLEL
    assert outcomes.count("WrongCredentials") <= FREE_ATTEMPTS - 1
    # The right password still works once the short delay is over.
    _expire_delay(office)
    assert office.login("admin", ADMIN_PASSWORD).user.username == "admin"


def test_every_answer_costs_one_key_derivation(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[crypto.KdfParams] = []
    real = crypto.derive_key

    def counting(password: str, salt: bytes, params: crypto.KdfParams) -> bytes:
        calls.append(params)
        return real(password, salt, params)

    monkeypatch.setattr(crypto, "derive_key", counting)

    def attempt(name: str, password: str) -> str:
        calls.clear()
        try:
            office.login(name, password)
        except ServiceError as exc:
            outcome = type(exc).__name__
        else:
            outcome = "LoggedIn"
        assert len(calls) == 1, (name, outcome)
        assert calls[0] == crypto.default_kdf_params()
        return outcome

    assert attempt("nobody-here", "whatever-it-is") == "WrongCredentials"
    assert attempt("admin", "wrong-password-1") == "WrongCredentials"
    assert attempt("admin", ADMIN_PASSWORD) == "LoggedIn"
    for _ in range(FREE_ATTEMPTS - 1):
        attempt("admin", "wrong-password-2")
    assert attempt("admin", "wrong-password-3") == "AccountLocked"  # checked; now it waits
    assert attempt("admin", ADMIN_PASSWORD) == "AccountLocked"  # waiting: not checked


def test_answers_take_the_same_time_with_production_parameters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Measured with the real Argon2 parameters: unknown name, wrong password and a
    waiting account answer within a factor of each other (a locked account used to
    answer in 0.4 ms instead of ~340 ms)."""
    monkeypatch.setattr(crypto, "default_kdf_params", lambda: crypto.STRONG_KDF)
    office, _ = Office.create(
        str(tmp_path / "strong.sqlite3"), admin_username="kepala",
        admin_full_name="Kepala Inspektorat", password=ADMIN_PASSWORD,
        workstation=workstation(tmp_path),
    )
    try:
        def timed(name: str, password: str) -> float:
            t0 = time.perf_counter()
            with pytest.raises(ServiceError):
                office.login(name, password)
            return time.perf_counter() - t0

        unknown = min(timed("nobody-here", "x-guess") for _ in range(2))
        wrong = timed("kepala", "x-guess")
        with office.db.write() as session:
            session.execute(update(User).values(locked_until=utc_now() + timedelta(minutes=1)))
        waiting = min(timed("kepala", "x-guess") for _ in range(2))
        fastest, slowest = min(unknown, wrong, waiting), max(unknown, wrong, waiting)
        assert fastest > 0.05, (unknown, wrong, waiting)
        assert slowest / fastest < 2.5, (unknown, wrong, waiting)
    finally:
        office.close()


def test_a_failed_login_keeps_nothing_typed(db_url: str, office: Office) -> None:
    typed = "Rahasia-Sekali-Typed-As-Name-77"
    with pytest.raises(WrongCredentials):
        office.login(typed, "whatever-else")
    with pytest.raises(WrongCredentials):
        office.login("admin", "wrong-password-9")
    with office.db.read() as session:
        entries = session.execute(
            select(AuditEntry.actor_name, AuditEntry.details)
            .where(AuditEntry.action == "login_failed")
            .order_by(AuditEntry.seq)
        ).all()
    assert [name for name, _ in entries] == ["-", "admin"]
    assert '"unknown_user": true' in entries[0][1]
    assert typed.casefold() not in entries[0][1].casefold()
    office.close()
    if not db_url.startswith("postgresql"):
        raw = Path(db_url).read_bytes()
        for wal in Path(db_url).parent.glob(Path(db_url).name + "-*"):
            raw += wal.read_bytes()
        assert typed.casefold().encode() not in raw.lower()


def test_the_fast_profile_needs_code_not_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["WBS_KDF_PROFILE"] = "fast"
    probe = "from wbs_desktop.storage import crypto; print(crypto.default_kdf_params().memory_kib)"
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True,
        cwd=str(REPO_ROOT / "wbs_desktop"),  # not the checkout root: no tests package here
    ).stdout
    assert int(out) == crypto.STRONG_KDF.memory_kib
    monkeypatch.setenv("WBS_KDF_PROFILE", "fast")
    crypto.use_fast_kdf_for_tests(False)
    try:
        assert crypto.default_kdf_params() == crypto.STRONG_KDF
    finally:
        crypto.use_fast_kdf_for_tests()
    assert crypto.default_kdf_params() == crypto.FAST_KDF


def test_a_login_upgrades_weaker_stored_parameters(office: Office) -> None:
    with office.db.read() as session:
        stored = session.scalars(select(User.kdf_params).where(User.username == "admin")).one()
    assert crypto.KdfParams.from_json(stored) == crypto.FAST_KDF
    crypto.use_fast_kdf_for_tests(False)
    try:
        ws = office.login("admin", ADMIN_PASSWORD)
        with office.db.read() as session:
            stored = session.scalars(select(User.kdf_params).where(User.username == "admin")).one()
        assert crypto.KdfParams.from_json(stored) == crypto.STRONG_KDF
        assert ws.audit.verify().ok
        with pytest.raises(WrongCredentials):
            office.login("admin", "not-the-password")
        again = office.login("admin", ADMIN_PASSWORD)  # the re-wrapped keys open
        assert again.user.username == "admin"
    finally:
        crypto.use_fast_kdf_for_tests()
