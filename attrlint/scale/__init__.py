"""Archive scale: lint a newsroom archive on a Dask cluster (``attrlint archive``).

A bag or dataframe of documents goes in, a table of findings comes out (the JSON
report's finding fields as columns, one row per finding, plus one row per document that
could not be checked), ready to be written as Parquet. Each Dask worker process keeps one
:class:`attrlint.engine.Engine`, so spaCy and the rules load once per worker.

Dask, pandas and pyarrow (the ``archive`` extra) are imported only when these functions
run: the names below are loaded on first use, so ``attrlint check`` starts as before.
"""

from __future__ import annotations

from typing import Any

#: public name -> the module of this package that defines it
_EXPORTS = {
    "lint_bag": "cluster",
    "lint_frame": "cluster",
    "lint_paths": "cluster",
    "findings_only": "cluster",
    "errors_only": "cluster",
    "read_input": "cluster",
    "lint_records": "table",
    "COLUMNS": "table",
    "meta": "table",
    "Options": "records",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'attrlint.scale' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"{__name__}.{module}"), name)
