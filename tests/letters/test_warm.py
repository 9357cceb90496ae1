"""Loading the letter engine ahead of the first letter (issue 8)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.letters import samples
from wbs_desktop.letters import render
from wbs_desktop.letters.warm import is_warm, warm_up

REPO = Path(__file__).resolve().parents[2]


def test_warm_up_is_idempotent_and_letters_still_render() -> None:
    warm_up()
    assert is_warm()
    assert warm_up() == 0.0, "the second call does nothing"
    assert render(samples.completion()).startswith(b"%PDF")


def test_warm_up_loads_reportlab_once_across_threads() -> None:
    """In a fresh process: nothing loaded before; two threads at once load it once."""
    code = (
        "import sys, threading\n"
        "from wbs_desktop.letters import warm\n"
        "assert not warm.is_warm() and 'reportlab' not in sys.modules\n"
        "spent = []\n"
        "def run():\n"
        "    spent.append(warm.warm_up())\n"
        "threads = [threading.Thread(target=run) for _ in range(2)]\n"
        "[t.start() for t in threads]\n"
        "[t.join() for t in threads]\n"
        "from wbs_desktop.letters import fonts\n"
        "print(sorted(s > 0 for s in spent), warm.is_warm(), 'reportlab' in sys.modules,\n"
        "      fonts.SERIF in fonts._loaded)\n"
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120, cwd=REPO, env=env)
    assert out.stdout.strip() == "[False, True] True True True", out.stdout + out.stderr


def test_reportlab_runs_on_its_c_accelerators() -> None:
    """rl_accel (a dependency; the frozen build names ``_rl_accel``): reportlab's
    number formatting, string widths and stream encoding in C — the same PDF
    bytes as its pure-Python fallbacks, about a quarter less CPU per letter."""
    from reportlab.lib import rl_accel

    for name in ("fp_str", "instanceStringWidthTTF", "asciiBase85Encode", "escapePDF"):
        assert getattr(rl_accel, name).__module__ == "_rl_accel", name
    spec = (REPO / "packaging" / "wbs-desktop.spec").read_text(encoding="utf-8")
    assert '"_rl_accel"' in spec
