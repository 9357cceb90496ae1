"""Shared bits of the benchmark runner: environment, cached demo databases, timing.

Databases of N demo cases are built once through ``generate_demo_data`` (the
same code as ``wbs-admin demo``) and cached, keyed by size, backend and a hash
of the code that decides what is stored (``wbs_desktop/{domain,storage,services}``).
SQLite: a file under the cache directory. PostgreSQL: a database named
``wbs_bench_<size>_<key>`` on the test server. Every measurement run works on a
scratch copy (a file copy, ``CREATE DATABASE … TEMPLATE``), so submitting and
generating letters never change the cached database.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ADMIN = "admin"
ADMIN_PASSWORD = "Sasando-Lontar-Kepala-2026"
OFFICER_PASSWORD = "Kerbau-Merah-Lompat-2026"
SEED = "bench"
PG_ADMIN_URL = os.environ.get(
    "WBS_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def configure_environment(scratch: Path) -> None:
    """Headless Qt, fast Argon2 (stored with each key: login uses what a user was
    made with), an in-memory keyring, and data/settings folders of our own."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from wbs_desktop.storage import crypto

    crypto.use_fast_kdf_for_tests()  # in this process only: by code, never by environment
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.helpers.memory_keyring.MemoryKeyring"
    (scratch / "data").mkdir(parents=True, exist_ok=True)
    (scratch / "config").mkdir(parents=True, exist_ok=True)
    os.environ["WBS_DATA_DIR"] = str(scratch / "data")
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    os.environ["XDG_DATA_HOME"] = str(scratch / "data")


def cache_dir() -> Path:
    base = os.environ.get("WBS_BENCH_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "wbs-desktop-bench"
    )
    path = Path(base)
    path.mkdir(parents=True, exist_ok=True)
    return path


def code_key() -> str:
    """Hash of the code that decides what a demo database holds (the schema, the
    crypto formats, the demo generator, the domain rules) — not the query code,
    so a performance fix in the services does not force a rebuild."""
    h = hashlib.sha256()
    pkg = REPO / "wbs_desktop"
    files = [*(pkg / "domain").rglob("*.py"), *(pkg / "storage" / "migrations").rglob("*.py")]
    files += [pkg / "storage" / n for n in ("models.py", "crypto.py", "keys.py")]
    files += [pkg / "services" / n for n in ("demo.py", "demo_bulk.py", "demo_worked.py")]
    for f in sorted(files):
        h.update(str(f.relative_to(pkg)).encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:10]


# --- PostgreSQL ------------------------------------------------------------------


def _dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _pg_url(name: str) -> str:
    return f"{PG_ADMIN_URL.rpartition('/')[0]}/{name}"


def postgres_available() -> bool:
    try:
        import psycopg

        with psycopg.connect(_dsn(PG_ADMIN_URL), connect_timeout=3):
            return True
    except Exception:
        return False


def _pg_exec(sql: str) -> list[tuple]:
    import psycopg

    with psycopg.connect(_dsn(PG_ADMIN_URL), autocommit=True) as conn:
        cur = conn.execute(sql)
        return cur.fetchall() if cur.description else []


def _pg_exists(name: str) -> bool:
    return bool(_pg_exec(f"SELECT 1 FROM pg_database WHERE datname = '{name}'"))


# --- building --------------------------------------------------------------------


def _populate(url: str, size: int, workdir: Path, log: Callable[[str], None]) -> None:
    from wbs_desktop.services.audit import WorkstationState
    from wbs_desktop.services.demo import generate_demo_data
    from wbs_desktop.services.office import Office

    office, _setup = Office.create(
        url,
        admin_username=ADMIN,
        admin_full_name="Maria Goreti Bria",
        password=ADMIN_PASSWORD,
        workstation=WorkstationState(workdir / "build-ws.json"),
    )
    try:
        ws = office.login(ADMIN, ADMIN_PASSWORD)
        last = [time.monotonic()]

        def progress(done: int, total: int) -> bool:
            if time.monotonic() - last[0] > 15 or done == total:
                last[0] = time.monotonic()
                log(f"  … {done:,}/{total:,} cases")
            return True

        result = generate_demo_data(
            ws, size, seed=SEED, progress=progress, officer_password=OFFICER_PASSWORD
        )
        log(f"  built {result.cases:,} cases in {result.seconds:.0f} s")
        ws.logout()
    finally:
        office.close()


def cached_database(backend: str, size: int, log: Callable[[str], None]) -> str:
    """The URL/path of the cached demo database (built when missing)."""
    key = code_key()
    if backend == "sqlite":
        path = cache_dir() / f"sqlite-{size}-{key}.sqlite3"
        if not path.exists():
            log(f"building the SQLite database of {size:,} demo cases (cached in {path.parent})")
            tmp = path.with_suffix(f".building-{os.getpid()}")
            with tempfile.TemporaryDirectory() as work:
                _populate(str(tmp), size, Path(work), log)
            os.replace(tmp, path)
        return str(path)
    name = f"wbs_bench_{size}_{key}"
    if not _pg_exists(name):
        log(f"building the PostgreSQL database of {size:,} demo cases ({name})")
        building = f"{name}_building"
        _pg_exec(f'DROP DATABASE IF EXISTS "{building}" WITH (FORCE)')
        _pg_exec(f'CREATE DATABASE "{building}"')
        with tempfile.TemporaryDirectory() as work:
            _populate(_pg_url(building), size, Path(work), log)
        _pg_exec(f'ALTER DATABASE "{building}" RENAME TO "{name}"')
    return _pg_url(name)


@contextmanager
def scratch_copy(backend: str, cached: str, workdir: Path) -> Iterator[str]:
    """A throw-away copy of a cached database."""
    if backend == "sqlite":
        path = workdir / f"copy-{uuid.uuid4().hex[:8]}.sqlite3"
        shutil.copyfile(cached, path)
        try:
            yield str(path)
        finally:
            for p in workdir.glob(path.name + "*"):
                p.unlink(missing_ok=True)
        return
    template = cached.rpartition("/")[2]
    name = f"wbs_bench_tmp_{uuid.uuid4().hex[:10]}"
    # FILE_COPY (PostgreSQL 15+): the files copied after a checkpoint, instead of
    # every block of a multi-GB template written again through the WAL (the
    # default WAL_LOG strategy, made for small templates).
    version = int(_pg_exec("SHOW server_version_num")[0][0])
    strategy = " STRATEGY = FILE_COPY" if version >= 150000 else ""
    _pg_exec(f'CREATE DATABASE "{name}" TEMPLATE "{template}"{strategy}')
    # Planner statistics, as the server's autovacuum gives a real installation
    # (a database copied straight after it was filled has none yet).
    import psycopg

    with psycopg.connect(_dsn(_pg_url(name)), autocommit=True) as conn:
        conn.execute("ANALYZE")
    try:
        yield _pg_url(name)
    finally:
        _pg_exec(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- timing ----------------------------------------------------------------------


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Seconds per call, ``repeat`` times."""
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def wait_for(signal: object, timeout_ms: int = 600_000) -> None:
    """Run the Qt event loop until ``signal`` is emitted (or the time is up)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    loop.exec()
    timer.stop()
    signal.disconnect(loop.quit)  # type: ignore[attr-defined]


class Painted:
    """Counts the paints of one widget, so a figure ends with exactly one paint of
    it: the one the event loop makes for the change (as the user sees it), or —
    if the loop made none — a synchronous one. (Processing the events and then
    repainting as well timed two paints: 7–9 ms of a 17 ms filter at 10,000.)"""

    def __init__(self, widget: object) -> None:
        from PySide6.QtCore import QEvent, QObject

        paint = QEvent.Type.Paint

        class _Filter(QObject):
            count = 0

            def eventFilter(self, _obj: object, event: object) -> bool:
                if event.type() == paint:  # type: ignore[attr-defined]
                    _Filter.count += 1
                return False

        self._widget = widget
        self._filter = _Filter()
        widget.installEventFilter(self._filter)  # type: ignore[attr-defined]
        self._mark = 0

    def mark(self) -> None:
        """From now on: paints after this one count."""
        self._mark = self._filter.count

    def settle(self, app: object) -> int:
        """Let pending events run (paints included); paint synchronously only if
        no paint came since :meth:`mark`. Returns how many paints there were."""
        app.processEvents()  # type: ignore[attr-defined]
        if self._filter.count == self._mark:
            self._widget.repaint()  # type: ignore[attr-defined]
        return self._filter.count - self._mark
