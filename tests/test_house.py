"""The house rules (issue 19), checked on the code itself: small rooms, and dependencies visible at
the top of each file. The layering is `lint-imports`' (pyproject.toml), run by tests/run.sh --lint."""

from __future__ import annotations

import ast
from pathlib import Path

from helpers import REPO

PACKAGE = REPO / "blogbuild"
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "vendor" not in p.parts)
LAZY = {"__init__.py", "cli.py", "build.py", "cache.py", "importers/run.py"}
"""Modules on the path of a build that finds nothing changed (and incremental/): they import the
rest inside functions, so that start-up stays fast (BENCHMARKS.md's no-op target); each says so."""


def _rel(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def test_no_module_over_600_lines_and_build_py_at_most_200():
    sizes = {_rel(p): p.read_text(encoding="utf-8").count("\n") for p in MODULES}
    assert {m: n for m, n in sizes.items() if n > 600} == {}
    assert sizes["build.py"] <= 200


def test_no_function_over_80_lines():
    long = [f"{_rel(p)}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
            for p in MODULES for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno >= 80]
    assert long == []


def test_blogbuild_is_imported_inside_functions_only_on_the_fast_start_path():
    hidden = []
    for p in MODULES:
        rel = _rel(p)
        if rel in LAZY or rel.startswith("incremental/"):
            continue
        for fn in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                hidden += [f"{rel}:{n.lineno} {n.module}" for n in ast.walk(fn)
                           if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("blogbuild")]
    assert hidden == []


def test_no_private_name_is_imported_from_another_package():
    crossing = []
    for p in MODULES:
        package = _rel(p).split("/")[0] if "/" in _rel(p) else ""
        for n in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("blogbuild."):
                parts = n.module.split(".")
                other = parts[1] if len(parts) > 2 else ""
                crossing += [f"{_rel(p)}:{n.lineno} {n.module}.{a.name}" for a in n.names
                             if a.name.startswith("_") and not a.name.startswith("__") and other != package]
    assert crossing == []
