"""The package's layout is its pipeline: imports run one way (report → views → assess → data).

A module may import its own stage, any stage below it, and the base layer (``config``,
``errors``, ``params``, ``cache``, ``growth_targets``), which imports no stage at all. The
entry points ``cli``, ``bench`` and ``bench_tests`` sit above everything. Checked on the source (AST), so
lazy imports inside functions count too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from hn4ir_analysis import config

PACKAGE = config.PACKAGE_DIR
STAGES = ["data", "assess", "views", "report"]  # bottom to top
BASE = {"config", "errors", "params", "cache", "growth_targets", "__init__"}
ENTRY = {"cli", "bench", "bench_tests", "startup"}  # startup: process set-up for cli and pytest


def layer_of(module: str) -> int:
    """Rank of a dotted module inside the package: base -1, stages 0..3, entry points 4."""
    parts = module.split(".")
    if parts[0] in STAGES:
        return STAGES.index(parts[0])
    if parts[0] in ENTRY:
        return len(STAGES)
    assert parts[0] in BASE, f"{module} is in no layer; add it to a stage folder or the base"
    return -1


def package_imports(path: Path) -> list[tuple[int, str]]:
    """(line, dotted module under hn4ir_analysis) of every import of the package in ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            assert node.level == 0, f"{path}:{node.lineno}: use absolute imports"
            if node.module == "hn4ir_analysis":
                found += [(node.lineno, alias.name) for alias in node.names]
            elif node.module.startswith("hn4ir_analysis."):
                found.append((node.lineno, node.module.removeprefix("hn4ir_analysis.")))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("hn4ir_analysis."):
                    found.append((node.lineno, alias.name.removeprefix("hn4ir_analysis.")))
    return [(line, mod) for line, mod in found if mod != "__version__"]


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_stage_folders_exist():
    for stage in STAGES:
        assert (PACKAGE / stage / "__init__.py").is_file()
    flat = {p.stem for p in PACKAGE.glob("*.py")}
    assert flat <= BASE | ENTRY, f"modules outside a stage: {sorted(flat - BASE - ENTRY)}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_run_one_way(path):
    own = path.relative_to(PACKAGE).with_suffix("").as_posix().replace("/", ".")
    own_layer = layer_of(own)
    for line, module in package_imports(path):
        assert layer_of(module) <= own_layer, (
            f"{path.relative_to(PACKAGE)}:{line} imports {module}, a higher stage"
        )


def test_the_check_catches_an_upward_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from hn4ir_analysis.report import site\n", encoding="utf-8")
    assert package_imports(bad) == [(2, "report")]
    assert layer_of("report") > layer_of("data.asof")


def _module_name(path: Path) -> str:
    return path.relative_to(PACKAGE).with_suffix("").as_posix().replace("/", ".")


def import_graph(modules=MODULES) -> dict[str, set[str]]:
    """Module → the package modules it imports (lazy imports included); ``from
    hn4ir_analysis.views import i18n`` is an edge to ``views.i18n``."""
    names = {_module_name(p) for p in modules}
    graph: dict[str, set[str]] = {}
    for path in modules:
        edges = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.ImportFrom)
                and node.module
                and node.module.startswith("hn4ir_analysis")
            ):
                base = node.module.removeprefix("hn4ir_analysis").lstrip(".")
                for alias in node.names:
                    sub = f"{base}.{alias.name}" if base else alias.name
                    edges.add(sub if sub in names else base)
            elif isinstance(node, ast.Import):
                edges |= {
                    a.name.removeprefix("hn4ir_analysis.")
                    for a in node.names
                    if a.name.startswith("hn4ir_analysis.")
                }
        graph[_module_name(path)] = {e for e in edges if e in names} - {_module_name(path)}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle of ``graph`` (a list of modules, first = last), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_import_circle():
    assert find_cycle(import_graph()) is None, " → ".join(find_cycle(import_graph()))


def test_the_circle_check_finds_a_circle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


#: a module may pass this length only with the reason written at its top
MAX_LINES = 300
REASON = "Why more than 300 lines:"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_a_reader_can_hold_in_mind(path):
    text = path.read_text(encoding="utf-8")
    lines = text.count("\n")
    if lines > MAX_LINES:
        doc = ast.get_docstring(ast.parse(text)) or ""
        assert REASON in doc, (
            f"{path.relative_to(PACKAGE)}: {lines} lines and no '{REASON}' in its docstring"
        )
