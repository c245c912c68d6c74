"""Layers only look down: below the surfaces (CLI, reports, service, language server, archive
runner) and the rule modules (``attrlint/checks``), no module imports them. A base module
that reached up would pull rules or surfaces into every process that only wants the data."""
from __future__ import annotations

import ast
from pathlib import Path

import attrlint

ROOT = Path(attrlint.__file__).parent
#: the top of the stack: surfaces and rule modules
TOP = {"checks", "report", "serve", "resident", "scale", "lsp", "cli", "__main__"}


def upward_imports(source: str, parts: tuple[str, ...]) -> list[str]:
    """Modules under TOP that the module at ``attrlint/<parts>.py`` imports (at any depth,
    function-level imports included)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ImportFrom):
            continue
        mod = node.module or ""
        if node.level:
            package = list(parts[:-1])
            base = package[: len(package) - (node.level - 1)]
            target = base + (mod.split(".") if mod else [])
        elif mod.split(".")[0] == "attrlint":
            target = mod.split(".")[1:]
        else:
            continue
        heads = [target[0]] if target else [a.name for a in node.names]
        found += [f"{'.'.join(target) or h}" for h in heads if h in TOP]
    return found


def test_the_check_sees_an_import_reaching_up():
    assert upward_imports("from .checks.house_style import load_style\n", ("engine",)) == ["checks.house_style"]
    assert upward_imports("def f():\n    from ..report import json\n", ("kb", "judge")) == ["report"]
    assert upward_imports("from . import checks\n", ("engine",)) == ["checks"]
    assert upward_imports("from .data import load_data\n", ("engine",)) == []


def test_no_module_below_the_surfaces_and_rules_imports_them():
    bad = []
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[0] in TOP:
            continue
        bad += [f"{path.relative_to(ROOT)}: {m}" for m in upward_imports(path.read_text(encoding="utf-8"), parts)]
    assert bad == []
