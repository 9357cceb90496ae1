"""One measured session (a child process of the runner): the real main window
offscreen over one database, then the services alone.

``python -m tests.benchmarks.session --db URL --repeat N --scratch DIR`` prints
one JSON object (seconds unless named otherwise) on its last line of stdout.
Its peak memory (VmHWM) is its own, so every database size gets a fresh process.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from tests.benchmarks import common


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--scratch", required=True)
    parser.add_argument("--letters", type=int, default=100)
    args = parser.parse_args()
    common.configure_environment(Path(args.scratch))
    out: dict[str, object] = {}

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from PySide6.QtWidgets import QApplication

    from tests.helpers.office import complaint
    from wbs_desktop.domain.stages import Stage
    from wbs_desktop.gui.controller import Controller
    from wbs_desktop.gui.main_window import MainWindow
    from wbs_desktop.gui.worker import wait_for_workers
    from wbs_desktop.letters.model import LetterKind
    from wbs_desktop.services.dto import CaseFilter
    from wbs_desktop.storage import crypto
    from wbs_desktop.storage.models import Case

    app = QApplication.instance() or QApplication([sys.argv[0]])
    rng = random.Random(8)
    # After a login the app loads the letter engine in the background
    # (Controller.warm_up_letters, on a timer). Here it is called below, just
    # before the letters, so its thread does not run during the other figures.
    from wbs_desktop.gui import controller as controller_module

    controller_module.LETTERS_WARM_UP_DELAY_MS = 86_400_000
    # Likewise the search index's load after login (Controller.preload_search):
    # the figures below time the searches themselves, as before it existed.
    controller_module.SEARCH_PRELOAD_DELAY_MS = 86_400_000

    wait = common.wait_for

    # --- open the database (as the app does, in the background) ----------------
    controller = Controller()
    done: list[object] = []
    controller.open_database(args.db, success=lambda: done.append(1),
                             failure=lambda e: done.append(e))
    wait(controller.database_opened)
    if not controller.is_open:
        raise SystemExit(f"could not open {args.db}: {done}")

    def paint(window: MainWindow) -> None:
        """Let pending events run, the table's paint among them (it fetches the
        visible rows), or paint it now if they did not (one paint either way)."""
        counter = getattr(window, "_bench_painted", None)
        if counter is None:
            counter = window._bench_painted = common.Painted(window.table.view.viewport())
        counter.mark()
        counter.settle(app)
        if window.model.rowCount() and not window.model.cached_rows():
            raise AssertionError("the table painted no rows")

    # --- unlock → main window showing the first rows ---------------------------
    opens = []
    window: MainWindow | None = None
    for i in range(args.repeat):
        if window is not None:
            window.close()
            window.deleteLater()
            controller.logout()
            app.processEvents()
        t0 = time.perf_counter()
        controller.login(common.ADMIN, common.ADMIN_PASSWORD)
        wait(controller.logged_in)
        t_login = time.perf_counter()
        window = MainWindow(controller)
        window.show()
        wait(window.first_rows_shown)  # the first page; the whole list is read behind it
        paint(window)
        t1 = time.perf_counter()
        opens.append(t1 - t0)
        if window.searching:  # the figures below start with the whole list there
            wait(window.search_finished)
        out.setdefault("open_whole", []).append(  # type: ignore[union-attr]
            time.perf_counter() - t0)
        if i == 0:
            out["login_only"] = t_login - t0
            out["rss_after_open_kb"] = _status_kb("VmRSS")
        else:  # this workstation verifies only the entries since the last login
            out.setdefault("login_chain", []).append(t_login - t0)  # type: ignore[union-attr]
    assert window is not None
    out["open"] = opens
    out["hwm_after_open_kb"] = _status_kb("VmHWM")
    ws = controller._ws
    total = window.model.rowCount()
    # Verifying the whole audit log (certified signatures, the chain, the head).
    verify_runs = []
    for _ in range(max(1, min(args.repeat, 3))):
        t0 = time.perf_counter()
        verified = ws.audit.verify()
        verify_runs.append(time.perf_counter() - t0)
        assert verified.ok, verified.message
    out["verify_audit"] = verify_runs
    out["audit_entries"] = verified.checked
    out["cases"] = total

    def apply(f: CaseFilter) -> float:
        t0 = time.perf_counter()
        window.filters.filter_changed.emit(f)
        wait(window.search_finished)
        paint(window)
        took = time.perf_counter() - t0
        # What a search stores behind its results (a first search's index file)
        # is done before the next figure starts, not timed in it.
        wait_for_workers()
        return took

    # --- filters (each measured from the signal to the painted table) ----------
    with ws.read() as session:
        from sqlalchemy import func, select

        lo, hi = session.execute(select(func.min(Case.received_at),
                                        func.max(Case.received_at))).one()
    types = [code for code, _label in controller.type_choices()]
    filters = {
        "filter_stage": lambda: CaseFilter(stages=frozenset({rng.choice(list(Stage))})),
        "filter_type": lambda: CaseFilter(complaint_types=frozenset({rng.choice(types)})),
        "filter_date": lambda: _date_filter(rng, lo.date(), hi.date()),
    }
    for name, make in filters.items():
        times = []
        for _ in range(args.repeat):
            times.append(apply(make()))
            apply(CaseFilter())
        out[name] = times

    # --- free-text search ------------------------------------------------------
    # Cold: the first search of a login decrypts every granted case (keys opened
    # from the grants, two fields each). Repeating it means forgetting both caches.
    ids_all = window.model.ids()
    sample = ws.cases.rows(rng.sample(ids_all, min(50, len(ids_all))))
    words = sorted({w for r in sample for w in (r.accused_name or "").split() if len(w) > 3})
    needles = [w.casefold()[1:5] for w in words] or ["a"]
    cold = []
    for i in range(max(1, min(args.repeat, 3))):
        ws.actor.search_text.clear()
        ws.actor.listing.forget_texts()
        ws.actor.case_keys.clear()
        cold.append(apply(CaseFilter(text=needles[i % len(needles)])))
        apply(CaseFilter())
    out["search_cold"] = cold
    warm, matches = [], []
    for i in range(args.repeat):
        needle = needles[(i + 1) % len(needles)]
        warm.append(apply(CaseFilter(text=needle)))
        matches.append(window.model.rowCount())
        apply(CaseFilter())
    out["search_warm"] = warm
    # Peak so far: the app's own (the baselines below hold copies of their own).
    out["hwm_session_kb"] = _status_kb("VmHWM")
    out["search_matches"] = matches
    # Baseline: the same decrypted strings (what the search matches against), scanned.
    strings = [(cid, e[1]) for cid, e in ws.actor.search_text.items()]
    scans = []
    for i in range(args.repeat):
        needle = needles[(i + 1) % len(needles)]
        t0 = time.perf_counter()
        hits = [cid for cid, s in strings if needle in s]
        scans.append(time.perf_counter() - t0)
        del hits
    out["search_scan_baseline"] = scans

    # Baseline of the cold search: raw AES-GCM over the same two columns (keys in
    # hand), the JSON decoded and the strings scanned.
    # Search opens content keys only and keeps none (services.search_index): open
    # every case's keys as the table does, for the baselines below.
    for start in range(0, len(ids_all), 5000):
        ws.cases.rows(ids_all[start:start + 5000])
    keys = {cid: k.content for (cid, _kv), k in ws.actor.case_keys.items()}
    with ws.read() as session:
        raw = session.execute(select(Case.id, Case.accused_ct, Case.content_ct)).all()
    def raw_cold() -> None:
        needle = needles[0]
        n = 0
        for cid, a_ct, c_ct in raw:
            k = keys.get(cid)
            if k is None:
                continue
            parts = []
            for column, blob in (("accused_ct", a_ct), ("content_ct", c_ct)):
                ad = crypto.field_ad("cases", column, cid, crypto.field_key_version(blob))
                parts.append(json.loads(AESGCM(k).decrypt(blob[5:17], blob[17:], ad)))
            text = "\n".join([*map(str, parts[0].values()), *map(str, parts[1].values())])
            n += needle in text.casefold()
    out["search_cold_baseline"] = common.timed(raw_cold, max(1, min(args.repeat, 3)))

    # --- select a case → detail pane filled ------------------------------------
    detail = []
    for _ in range(args.repeat * 4):
        row = rng.randrange(total)
        case_id = window.model.case_id(row)
        t0 = time.perf_counter()
        window.table.select_case(case_id)
        window.detail.repaint()
        detail.append(time.perf_counter() - t0)
        assert window.detail._detail is not None and window.detail._detail.id == case_id
    out["detail"] = detail

    # --- decrypting the table's encrypted column (accused) for every row ---------
    # Real path: CaseService.rows() (what the table model calls per block), keys
    # already open (they are after the first search). Baseline: raw AES-GCM over
    # the same ciphertexts (an AESGCM per row: every case has its own key).
    with ws.read() as session:
        acc = session.execute(select(Case.id, Case.accused_ct)).all()
    acc_bytes = sum(len(b) for _c, b in acc)
    out["accused_bytes"] = acc_bytes
    out["accused_rows"] = len(acc)

    def all_rows() -> None:
        for start in range(0, len(ids_all), 5000):
            ws.cases.rows(ids_all[start:start + 5000])

    def raw_accused() -> None:
        for cid, blob in acc:
            ad = crypto.field_ad("cases", "accused_ct", cid, crypto.field_key_version(blob))
            AESGCM(keys[cid]).decrypt(blob[5:17], blob[17:], ad)

    decrypt = crypto.ColumnDecryptor("cases", "accused_ct")  # what rows() uses

    def field_layer() -> None:  # the storage layer alone: the column's decryption + JSON
        for cid, blob in acc:
            json.loads(decrypt(keys[cid], blob, cid))

    from wbs_desktop.services import case_rows

    def read_only() -> None:  # rows()' database read alone: the same blocks and statements
        with ws.read() as session:
            conn = session.connection()
            for start in range(0, len(ids_all), 5000):
                block = ids_all[start:start + 5000]
                for at in range(0, len(block), case_rows.CHUNK):
                    list(case_rows.read(conn, block[at:at + case_rows.CHUNK]))

    rep = max(1, min(args.repeat, 3))
    out["decrypt_field_layer"] = common.timed(field_layer, rep)
    # rows() and its baselines alternated, so that each sees the same load.
    for _ in range(rep):
        for key, fn in (("decrypt_rows", all_rows), ("decrypt_raw", raw_accused),
                        ("decrypt_rows_read", read_only)):
            out.setdefault(key, []).extend(common.timed(fn, 1))  # type: ignore[union-attr]

    # --- submitting (services, the write path of the submission dialog) ---------
    submits = []
    for i in range(args.repeat * 4):
        c = complaint()
        t0 = time.perf_counter()
        ws.cases.submit(c)
        submits.append(time.perf_counter() - t0)
        del i
    out["submit"] = submits

    # --- reports (issue 16): dashboard, recap, register ---------------------------
    # This is a throw-away copy: the demo's marks are taken off so every case
    # counts (marked cases are read too, but skip the unit's decryption).
    from sqlalchemy import text as sql_text

    from tests.benchmarks.dashboard import measure as measure_dashboard
    from wbs_desktop.gui.reports.dashboard import Dashboard
    from wbs_desktop.letters import recap as recap_files
    from wbs_desktop.services import recap as recap_service
    from wbs_desktop.services.reports import Period

    with ws.office.db.write() as session:
        session.execute(sql_text("UPDATE cases SET mark = NULL"))
    if ws.office.db.is_postgres:
        # Every row of the copy rewritten: the server's autovacuum would clean
        # the table up during the figures below (the letters'), as it never
        # would on an office's server, where no such update happens.
        with ws.office.db.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(
                sql_text("VACUUM ANALYZE cases"))
    year = max(date.today().year, 2026)
    dash = Dashboard(controller)
    dash.resize(1366, 768)
    dash.show()
    dash.kind.setCurrentIndex(dash.kind.findData("year"))
    dash.year.setValue(year)
    # The first one after the login opens the case keys of the period (the unit chart).
    dashboards, with_units = measure_dashboard(dash, rep + 1)
    out["dashboard_year_first"] = dashboards[:1]
    out["dashboard_year"] = dashboards[1:]
    out["dashboard_units_first"] = with_units[:1]
    figures = dash.figures
    assert figures is not None
    out["dashboard_year_cases"] = figures.received.count

    def paint_only() -> None:  # the widget's share: numbers and charts set, painted
        dash.show_figures(figures)
        dash.repaint()
        app.processEvents()

    out["dashboard_paint"] = common.timed(paint_only, rep)
    dash.close()
    out["dashboard_service"] = common.timed(
        lambda: controller.reports().figures(Period.year(year), with_units=False), rep)
    recap_ctx = recap_service.context(ws)
    out["recap_xlsx"] = common.timed(lambda: recap_files.build_xlsx(figures, recap_ctx), rep)
    out["recap_pdf"] = common.timed(lambda: recap_files.build_pdf(figures, recap_ctx), rep)
    reports = controller.reports()
    recap_path = str(Path(args.scratch) / "recap.xlsx")
    # "Save as Excel…" on the dashboard: the figures are there, units counted; the
    # letterhead read, the file built, written and audited.
    out["recap_xlsx_saved"] = common.timed(lambda: reports.export(figures, xlsx=recap_path), rep)

    from wbs_desktop.services import report_units

    def recap_cold(units_file: bool) -> Callable[[], None]:
        def run() -> None:  # ``wbs-admin report --xlsx`` in the session: as after a login
            ws.actor.report_units.clear()  # nothing counted in memory,
            ws.actor.report_units_loaded = False  # the units file read again,
            ws.actor.case_keys.clear()  # no case key open (the grants are wrapped by now)
            if not units_file:  # a first report on this workstation: every unit decrypted
                report_units.units_path(ws).unlink(missing_ok=True)
            reports.export(reports.figures(Period.year(year)), xlsx=recap_path)
        return run

    colds: dict[str, list[float]] = {"recap_xlsx_cold": [], "recap_xlsx_cold_no_file": []}
    for _ in range(rep):  # alternately: the file deleted (and written again), then read
        colds["recap_xlsx_cold_no_file"] += common.timed(recap_cold(False), 1)
        colds["recap_xlsx_cold"] += common.timed(recap_cold(True), 1)
    out.update(colds)
    out["recap_cli"], out["recap_cli_cpu"] = _cli_report(args.db, year, Path(args.scratch), rep)
    # "Export the list" of a filtered list: the year's cases (the window's filter,
    # its order), the first 10,000 of them.
    apply(CaseFilter(received_from=date(year, 1, 1), received_to=date(year, 12, 31)))
    register_ids = window.model.ids()[:10_000]
    apply(CaseFilter())
    out["register_rows"] = len(register_ids)
    target = str(Path(args.scratch) / "register.xlsx")
    out["register_xlsx"] = common.timed(
        lambda: reports.export_register(register_ids, target, "xlsx"), rep)
    out["register_csv"] = common.timed(
        lambda: reports.export_register(register_ids, target + ".csv", "csv"), rep)

    # --- letters ---------------------------------------------------------------
    # What the app does after a login: the letter engine loaded off the GUI
    # thread (timed on its own, an info figure: nobody waits for it), then the
    # letters as a user generates them.
    out["reportlab_before_warm_up"] = "reportlab" in sys.modules
    t0 = time.perf_counter()
    job = controller.warm_up_letters()
    assert job is not None, "the letter engine was loaded before the warm-up"
    while not job.done:
        app.processEvents()
        time.sleep(0.0005)
    out["letter_engine_load"] = [time.perf_counter() - t0]
    targets = rng.sample(ids_all, min(args.letters, len(ids_all)))
    letters, drafts, generated = [], [], []
    for case_id in targets:
        t0 = time.perf_counter()  # the draft from the case, the user's edits, the letter
        draft = ws.letters.draft(case_id, LetterKind.REQUEST_COMPLETION)
        t1 = time.perf_counter()
        draft = dataclasses.replace(
            draft, missing=("Waktu kejadian", "Bukti pendukung"),
            reply_deadline=draft.issued_on + timedelta(days=14))
        t2 = time.perf_counter()
        ws.letters.generate(case_id, LetterKind.REQUEST_COMPLETION, draft=draft)
        t3 = time.perf_counter()
        letters.append(t3 - t0)
        # The user waits twice: the letter dialog opening (the draft: a read and,
        # for a letter to the reporter, the audited use of the identity), and the
        # letter made (numbered, rendered, stored, audited).
        drafts.append(t1 - t0)
        generated.append(t3 - t2)
    out["letter_first"] = letters[:1]
    out["letter_each"] = letters[1:] or letters
    out["letter_draft_each"] = drafts[1:] or drafts
    out["letter_generate_each"] = generated[1:] or generated

    window.close()
    controller.close()
    out["hwm_end_kb"] = _status_kb("VmHWM")
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()
    os._exit(0)  # skip Qt teardown (its time is not ours to measure)


def _cli_report(db: str, year: int, scratch: Path, rounds: int) -> tuple[list[float], list[float]]:
    """``wbs-admin report --year Y --xlsx F`` as a new process on this workstation (its
    data folder: the units file this session wrote): seconds from start to exit, and
    the child's CPU seconds (user + system)."""
    import resource
    import subprocess

    env = dict(os.environ, WBS_PASSWORD=common.ADMIN_PASSWORD)
    cmd = [sys.executable, "-m", "wbs_desktop.cli", "--db", db, "--user", common.ADMIN,
           "report", "--year", str(year), "--xlsx", str(scratch / "recap-cli.xlsx")]
    walls, cpus = [], []
    for _ in range(rounds):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls, cpus


def _date_filter(rng: random.Random, lo: date, hi: date) -> object:
    from wbs_desktop.services.dto import CaseFilter

    span = max((hi - lo).days - 30, 1)
    start = lo + timedelta(days=rng.randrange(span))
    return CaseFilter(received_from=start, received_to=start + timedelta(days=30))


if __name__ == "__main__":
    main()
