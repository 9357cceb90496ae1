"""The first free-text search after login, through the services (no window).

``python tests/benchmarks/search_first.py --db CACHED [--repeat N]`` (a cached
SQLite file, or the URL of a cached PostgreSQL database: ``postgresql+psycopg://…``)
copies the database (a file copy; a ``CREATE DATABASE … TEMPLATE``), logs in as
the demo administrator and prints one JSON object: the first search of a
session with no index file (``cold``), warm searches beside the plain scan of
the same strings (``warm`` / ``scan``), the logout (which writes the index),
the first search of the next login (``first_after_login``: the search itself
reads and checks the index, as when the user searches before the load after
login is done), the first sort by the accused of a login
(``sort_accused_first``), and — where the code has it
(``CaseService.preload_search``, which the window starts right after login) —
that load on its own (``preload``) and the first search and first sort by the
accused after it (``first_after_preload``, ``sort_accused_after_preload``).
The searches are made as the window makes them: the results first, what a
search leaves to store (its index file) stored behind them (``behind``).
Only public service calls, so the same script measures
another checkout: ``PYTHONPATH=/work/main python tests/benchmarks/search_first.py``
gives the "before" figures with that checkout's code.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="wbs-search-bench-"))
    try:
        print(json.dumps(_measure(args.db, scratch, args.repeat)))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _measure(db: str, scratch: Path, repeat: int) -> dict[str, object]:
    from tests.benchmarks import common

    common.configure_environment(scratch)
    backend = "postgresql" if db.startswith("postgresql") else "sqlite"
    with common.scratch_copy(backend, db, scratch) as copy:
        return _measure_copy(copy, scratch, repeat)


def _measure_copy(copy: str, scratch: Path, repeat: int) -> dict[str, object]:
    from tests.benchmarks import common
    from wbs_desktop.services.audit import WorkstationState
    from wbs_desktop.services.cases import CaseService
    from wbs_desktop.services.dto import CaseFilter, SortKey
    from wbs_desktop.services.office import Office

    office = Office.open(copy, workstation=WorkstationState(scratch / "data" / "ws.json"))
    rng = random.Random(8)
    out: dict[str, object] = {}

    # As the window searches (where the code has CaseService.finish_search): the
    # results first, what the search leaves to store (the index file after a
    # search that decrypted) stored behind them, timed apart as "behind".
    deferred = hasattr(CaseService, "finish_search")
    behind: list[float] = []

    def listing(ws: object, *args: object) -> None:
        if deferred:
            ws.cases.listing(*args, finish=False)  # type: ignore[attr-defined]
        else:
            ws.cases.listing(*args)  # type: ignore[attr-defined]

    def store_behind(ws: object) -> None:
        if deferred:
            t0 = time.perf_counter()
            if ws.cases.finish_search():  # type: ignore[attr-defined]
                behind.append(time.perf_counter() - t0)

    def search(ws: object, needle: str) -> float:
        t0 = time.perf_counter()
        listing(ws, CaseFilter(text=needle))
        took = time.perf_counter() - t0
        store_behind(ws)
        return took

    ws = office.login(common.ADMIN, common.ADMIN_PASSWORD)
    ws.cases.listing(CaseFilter())  # the list as the window shows it first
    out["cold"] = search(ws, "kupang")
    strings = [e[1] for e in ws.actor.search_text.values()]
    out["cases"] = len(strings)
    needles = sorted({w.casefold()[1:5] for s in rng.sample(strings, min(50, len(strings)))
                      for w in s.partition("\x00")[0].split() if len(w) > 3}) or ["a"]
    warm, scan = [], []
    for i in range(repeat):
        needle = needles[i % len(needles)]
        warm.append(search(ws, needle))
        t0 = time.perf_counter()
        hits = [s for s in strings if needle in s]
        scan.append(time.perf_counter() - t0)
        del hits
    out["warm"], out["scan"] = warm, scan
    firsts, logouts = [], []
    for i in range(max(1, min(repeat, 3))):
        t0 = time.perf_counter()
        ws.logout()
        logouts.append(time.perf_counter() - t0)
        ws = office.login(common.ADMIN, common.ADMIN_PASSWORD)
        ws.cases.listing(CaseFilter())
        firsts.append(search(ws, needles[i % len(needles)]))
    out["logout"], out["first_after_login"] = logouts, firsts

    def sort_by_accused(ws: object) -> float:
        t0 = time.perf_counter()
        listing(ws, CaseFilter(), SortKey.ACCUSED, False)
        took = time.perf_counter() - t0
        store_behind(ws)
        return took

    sorts: list[float] = []
    preloads: list[float] = []
    after_preload: list[float] = []
    sorts_after_preload: list[float] = []
    for i in range(max(1, min(repeat, 3))):
        ws.logout()
        ws = office.login(common.ADMIN, common.ADMIN_PASSWORD)
        ws.cases.listing(CaseFilter())
        sorts.append(sort_by_accused(ws))
        if not hasattr(ws.cases, "preload_search"):
            continue
        for measure, into in ((lambda w: search(w, needles[i % len(needles)]), after_preload),
                              (sort_by_accused, sorts_after_preload)):
            ws.logout()
            ws = office.login(common.ADMIN, common.ADMIN_PASSWORD)
            ws.cases.listing(CaseFilter())
            t0 = time.perf_counter()
            ws.cases.preload_search()
            preloads.append(time.perf_counter() - t0)
            into.append(measure(ws))
    out["sort_accused_first"] = sorts
    if behind:
        out["behind"] = behind
    if preloads:
        out["preload"] = preloads
        out["first_after_preload"] = after_preload
        out["sort_accused_after_preload"] = sorts_after_preload
    ws.logout()
    office.close()
    return out


if __name__ == "__main__":
    main()
