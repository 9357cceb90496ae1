"""An officer's first search: every sealed key grant of theirs opened and re-wrapped.

``python tests/benchmarks/officer_first.py --db URL-OR-PATH [--repeat N] [--profile OUT]``
takes a cached demo database (``tests.benchmarks.common.cached_database``), and
per repeat on a fresh scratch copy: logs in as the demo officer holding the
most sealed grants, searches once with no index file (*first search*: unseals
each content key, re-wraps it under the officer's data key, stores the
re-wraps — the part timed apart as *re-wraps stored*), logs out, removes the
index file, logs in again and searches cold once more (*same search, grants
already wrapped*: the same decryption with symmetric unwraps and nothing to
store — the same-run baseline), and checks both searches found the same cases.
The searches are made as the window makes them: the results returned first,
the re-wraps and the index file stored behind them (*behind*, timed apart).
Prints one JSON object. Only public service calls and ``keys.apply_rewraps``,
so ``PYTHONPATH=/work/main python tests/benchmarks/officer_first.py …`` measures
another checkout on the same database.
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

NEEDLE = "kupang"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, help="cached demo database (SQLite path or URL)")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--profile", help="write a cProfile of the first repeat's first search")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="wbs-officer-bench-"))
    try:
        print(json.dumps(_measure(args.db, scratch, args.repeat, args.profile)))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _officer(url: str) -> tuple[str, int]:
    """The officer with the most sealed content grants, and how many."""
    from sqlalchemy import func, select

    from wbs_desktop.storage.db import create_db_engine
    from wbs_desktop.storage.models import CaseKeyGrant, User

    engine = create_db_engine(url)
    try:
        with engine.connect() as conn:
            name, count = conn.execute(
                select(User.username, func.count())
                .join(CaseKeyGrant, CaseKeyGrant.user_id == User.id)
                .where(
                    User.role == "officer",
                    CaseKeyGrant.form == "sealed",
                    CaseKeyGrant.key_kind == "content",
                )
                .group_by(User.username)
                .order_by(func.count().desc())
                .limit(1)
            ).one()
    finally:
        engine.dispose()
    return str(name), int(count)


def _measure(db: str, scratch: Path, repeat: int, profile: str | None) -> dict[str, Any]:
    from tests.benchmarks import common

    common.configure_environment(scratch)
    from wbs_desktop.services import search_index
    from wbs_desktop.services.audit import WorkstationState
    from wbs_desktop.services.dto import CaseFilter
    from wbs_desktop.services.office import Office
    from wbs_desktop.storage import keys as keystore

    stored: list[tuple[float, int]] = []
    real_apply = keystore.apply_rewraps

    def timed_apply(session: Any, unlocker: Any) -> int:
        t0 = time.perf_counter()
        n = real_apply(session, unlocker)
        stored.append((time.perf_counter() - t0, n))
        return n

    keystore.apply_rewraps = timed_apply  # type: ignore[assignment]
    in_gc = [0.0, 0.0]  # seconds in the cyclic garbage collector, start of the current run

    def gc_timer(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            in_gc[1] = time.perf_counter()
        else:
            in_gc[0] += time.perf_counter() - in_gc[1]

    gc.callbacks.append(gc_timer)
    backend = "sqlite" if "://" not in db else "postgresql"
    out: dict[str, Any] = {"backend": backend, "first": [], "stored": [], "gc": [], "wrapped": [],
                           "behind": []}
    # As the window searches: the results first, the re-wrapped grants and the
    # index file stored behind them (timed apart as "behind"; a checkout without
    # CaseService.finish_search stores them before returning).
    from wbs_desktop.services.cases import CaseService

    deferred = hasattr(CaseService, "finish_search")

    def search(ws: Any) -> Any:
        if deferred:
            return ws.cases.listing(CaseFilter(text=NEEDLE), finish=False)
        return ws.cases.listing(CaseFilter(text=NEEDLE))
    for i in range(repeat):
        with common.scratch_copy(backend, db, scratch) as url:
            username, sealed = _officer(url)
            out["officer"], out["sealed_grants"] = username, sealed
            office = Office.open(url, workstation=WorkstationState(scratch / f"ws{i}.json"))
            try:
                ws = office.login(username, common.OFFICER_PASSWORD)
                ws.cases.listing(CaseFilter())  # the list as the window shows it first
                stored.clear()
                in_gc[0] = 0.0
                t0 = time.perf_counter()
                if profile and i == 0:
                    import cProfile

                    prof = cProfile.Profile()
                    first = prof.runcall(search, ws)
                    prof.dump_stats(profile)
                else:
                    first = search(ws)
                out["first"].append(time.perf_counter() - t0)
                if deferred:  # what the window stores behind the results
                    t0 = time.perf_counter()
                    ws.cases.finish_search()
                    out["behind"].append(time.perf_counter() - t0)
                out["stored"].append(sum(s for s, _n in stored))
                out["gc"].append(in_gc[0])
                out["rewrapped"] = sum(n for _s, n in stored)
                index = search_index.index_path(ws)
                ws.logout()
                index.unlink(missing_ok=True)
                ws = office.login(username, common.OFFICER_PASSWORD)
                ws.cases.listing(CaseFilter())
                stored.clear()
                t0 = time.perf_counter()
                again = search(ws)
                out["wrapped"].append(time.perf_counter() - t0)
                out["rewrapped_again"] = sum(n for _s, n in stored)
                out["same_hits"] = list(again.ids) == list(first.ids)
                out["hits"] = len(first.ids)
                ws.logout()
            finally:
                office.close()
    for key in ("first", "stored", "gc", "wrapped", "behind"):
        if out[key]:
            out[key + "_median"] = statistics.median(out[key])
    return out


if __name__ == "__main__":
    main()
