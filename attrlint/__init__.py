"""attrlint: a source-reliability and attribution linter for news copy."""

from __future__ import annotations

__version__ = "0.1.0"

#: the public names, imported on first use (PEP 562): ``attrlint check`` first asks a
#: running daemon (attrlint.resident), and that path must not pay for the engine's imports
_LAZY = {
    "Document": "document",
    "CATEGORIES": "finding",
    "Finding": "finding",
    "Location": "finding",
    "Severity": "finding",
    "lint_documents": "linter",
    "lint_text": "linter",
    "BaseRule": "rule",
    "Rule": "rule",
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'attrlint' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "CATEGORIES",
    "BaseRule",
    "Document",
    "Finding",
    "Location",
    "Rule",
    "Severity",
    "lint_documents",
    "lint_paths",
    "lint_text",
    "__version__",
]


def lint_paths(paths, **kwargs):
    """Lint files and directories; returns a list of per-file results."""
    from .runner import run_paths

    return run_paths(paths, **kwargs)
