"""The layers point one way: no package imports itself in a circle, and the core never sees bot/.

Imports are read from the source (module level and inside functions alike), so a lazy import
that closes a circle counts too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = ("handlers", "storage", "scheduler", "minutes")


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    """The project's modules `path` imports (a `from package import name` counts the submodule)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name in modules}


def _graph(packages: tuple[str, ...]) -> dict[str, set[str]]:
    paths = {
        _module(p): p for pkg in packages for p in (ROOT / pkg).rglob("*.py") if "migrations" not in p.parts
    }
    modules = set(paths)
    return {name: _imports(path, modules) - {name} for name, path in paths.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


@pytest.mark.parametrize("package", ["bot", "handlers", "storage", "scheduler"])
def test_no_import_cycles(package: str) -> None:
    graph = _graph((package,))
    assert _cycles(graph) == []


@pytest.mark.parametrize("package", CORE)
def test_the_core_never_imports_the_edges(package: str) -> None:
    graph = _graph((package, "bot"))
    reaching = {m: sorted(d for d in deps if d.split(".")[0] == "bot") for m, deps in graph.items()}
    assert {m: d for m, d in reaching.items() if d and m.split(".")[0] == package} == {}
