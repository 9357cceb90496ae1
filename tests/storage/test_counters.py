"""Yearly counters: 4 processes × 50 numbers each → 200 distinct, gap-free numbers."""

from __future__ import annotations

import multiprocessing as mp

import pytest

from wbs_desktop.storage.db import Database, next_number, peek_number

PROCESSES = 4
PER_PROCESS = 50


def _take_numbers(target: str, count: int, start: mp.synchronize.Event, out: mp.Queue) -> None:  # type: ignore[name-defined]
    db = Database(target)
    start.wait(30)
    got = []
    try:
        for _ in range(count):
            with db.write() as session:
                got.append(next_number(session, "letters", 2026))
    finally:
        db.dispose()
        out.put(got)


@pytest.mark.slow
def test_processes_get_distinct_gap_free_numbers(db_url: str) -> None:
    db = Database(db_url)
    db.migrate()
    db.dispose()
    ctx = mp.get_context("spawn")
    start = ctx.Event()
    out = ctx.Queue()
    procs = [
        ctx.Process(target=_take_numbers, args=(db_url, PER_PROCESS, start, out))
        for _ in range(PROCESSES)
    ]
    for p in procs:
        p.start()
    start.set()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    numbers = sorted(n for chunk in results for n in chunk)
    assert numbers == list(range(1, PROCESSES * PER_PROCESS + 1))
    # Each process saw its own numbers increase.
    for chunk in results:
        assert chunk == sorted(chunk)
        assert len(chunk) == PER_PROCESS


def test_counters_are_per_name_and_year_and_roll_back(db_url: str) -> None:
    db = Database(db_url)
    db.migrate()
    try:
        with db.write() as session:
            assert next_number(session, "register", 2026) == 1
            assert next_number(session, "register", 2026) == 2
            assert next_number(session, "register", 2027) == 1
            assert next_number(session, "letters", 2026) == 1
        with pytest.raises(RuntimeError), db.write() as session:
            assert next_number(session, "register", 2026) == 3
            raise RuntimeError("the rest of the transaction failed")
        with db.read() as session:
            assert peek_number(session, "register", 2026) == 2  # the 3 was never handed out
        with db.write() as session:
            assert next_number(session, "register", 2026) == 3
    finally:
        db.dispose()
