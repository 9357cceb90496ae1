"""A workstation in its own process, for the crash and load tests.

    python -m tests.shared.worker TARGET WORKSTATION_JSON MODE COUNT

Logs in as ``admin``, prints ``ready``, waits for a line on stdin, then
submits and transitions cases: ``COUNT`` of them (MODE ``load``: prints one
JSON line with its timings at the end) or until killed (MODE ``crash``:
prints ``case <register>`` after each whole case). The repository root must
be on ``sys.path`` (the tests set ``PYTHONPATH``).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from tests.helpers.env import configure_test_environment

configure_test_environment()

from tests.helpers.office import ADMIN_PASSWORD, complaint, recent  # noqa: E402
from wbs_desktop.domain.stages import Stage  # noqa: E402
from wbs_desktop.services.audit import WorkstationState  # noqa: E402
from wbs_desktop.services.office import Office  # noqa: E402


def main(argv: list[str]) -> int:
    target, state, mode, count = argv[0], Path(argv[1]), argv[2], int(argv[3])
    office = Office.open(target, workstation=WorkstationState(state))
    ws = office.login("admin", ADMIN_PASSWORD)
    print("ready", flush=True)
    sys.stdin.readline()
    start = time.monotonic()
    done = 0
    submit_s = transition_s = 0.0
    while mode == "crash" or done < count:
        t0 = time.monotonic()
        result = ws.cases.submit(complaint(received_at=recent(), location=f"Kupang {done}"))
        t1 = time.monotonic()
        ws.cases.transition(result.case_id, Stage.VERIFICATION)
        if mode == "crash" and done % 2:
            ws.cases.transition(result.case_id, Stage.INVESTIGATION)
        t2 = time.monotonic()
        submit_s += t1 - t0
        transition_s += t2 - t1
        done += 1
        if mode == "crash":
            print(f"case {result.register_number}", flush=True)
    elapsed = time.monotonic() - start
    print(
        json.dumps(
            {"cases": done, "seconds": elapsed, "submit_s": submit_s, "transition_s": transition_s}
        ),
        flush=True,
    )
    office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
