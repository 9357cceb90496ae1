"""``services/`` imports downward only: no module needs one that needs it back.

Every ``import`` of a services module counts, those inside functions too (a
late import is still a dependency); only imports under ``if TYPE_CHECKING:``
are left out (annotations, never run). Each module is also imported alone, in a
fresh set of ``wbs_desktop`` modules, so an order that only works when something
else was imported first shows up here."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import wbs_desktop.services

SERVICES = Path(wbs_desktop.services.__file__).parent
PACKAGE = "wbs_desktop.services"


def _modules() -> list[str]:
    return sorted(p.stem for p in SERVICES.glob("*.py") if p.stem != "__init__")


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            inside.update(id(sub) for sub in ast.walk(node))
    return inside


def imports_of(name: str, known: set[str], *, type_checking: bool = False) -> set[str]:
    """The services modules ``name`` imports (TYPE_CHECKING-only imports left out
    unless ``type_checking``)."""
    tree = ast.parse((SERVICES / f"{name}.py").read_text(encoding="utf-8"))
    skip = set() if type_checking else _type_checking_nodes(tree)
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == PACKAGE:
                found.update(a.name for a in node.names if a.name in known)
            elif node.module.startswith(PACKAGE + "."):
                found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            found.update(
                a.name.split(".")[2] for a in node.names if a.name.startswith(PACKAGE + ".")
            )
    found.discard(name)
    return found


def cycle_in(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a path (first node repeated at the end), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)) is not None:
            return found
    return None


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycle_in({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle_in({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_services_import_each_other_without_a_cycle() -> None:
    known = set(_modules())
    graph = {name: imports_of(name, known) for name in known}
    assert graph["cases"] >= {"casefile", "case_detail", "intake"}  # the walk sees imports
    assert cycle_in(graph) is None, " → ".join(cycle_in(graph) or [])


def test_services_type_against_the_context_not_the_workspace() -> None:
    """A service takes ``context.Context`` (the protocol), never the ``Workspace``
    that builds them all: no services module imports ``workspace``, not even for
    annotations. The one exception is the door: ``Office.login`` builds and
    returns the ``Workspace``."""
    known = set(_modules())
    # the walk sees imports under TYPE_CHECKING when asked to
    assert "cases" in imports_of("context", known, type_checking=True)
    assert "cases" not in imports_of("context", known)
    importers = {
        name for name in known if "workspace" in imports_of(name, known, type_checking=True)
    }
    assert importers == {"office"}, sorted(importers - {"office"})


def test_each_services_module_imports_alone() -> None:
    script = (
        "import importlib, sys\n"
        f"for name in {_modules()!r}:\n"
        "    for loaded in [m for m in sys.modules if m.startswith('wbs_desktop')]:\n"
        "        del sys.modules[loaded]\n"
        f"    importlib.import_module('{PACKAGE}.' + name)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
