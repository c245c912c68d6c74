"""The Dask side: bags and dataframes of documents in, a dataframe of findings out.

Every function here only builds a Dask graph; nothing runs until it is computed (or
written), on whatever scheduler is current: a ``distributed.Client`` if one is open, a
``LocalCluster`` the CLI starts, or Dask's local threads. Each partition is linted by the
engine of the worker process that runs it (``records.engine_for``).
"""

from __future__ import annotations

import glob
import json
import os
from pathlib import Path
from typing import Any, Sequence

import dask
import dask.bag as db
import dask.dataframe as dd

from .records import Options
from .table import COLUMNS, lint_frame_partition, lint_records, meta

#: documents per partition of a bag made from paths or JSON lines: big enough that a task
#: is worth scheduling, small enough that two workers share even a small archive
PARTITION_SIZE = 64


def _options(options: Options | None, kw: dict[str, Any]) -> Options:
    if options is not None and kw:
        raise TypeError("give either options= or its fields as keywords, not both")
    if options is None:
        kw = dict(kw)
        for name in ("select", "ignore"):
            kw[name] = tuple(kw.get(name) or ())
        options = Options(**kw)
    return options


def lint_bag(bag: db.Bag, options: Options | None = None, **kw: Any) -> dd.DataFrame:
    """A bag of records (mappings with ``id`` and ``text`` or ``path``, optional
    ``filename`` and ``date``) -> a dataframe of findings and document errors.

    Keywords are :class:`Options` fields (``config_file``, ``date``, ``select``, ...).
    """
    opts = _options(options, kw)
    parts = [dask.delayed(lint_records)(part, opts) for part in bag.to_delayed()]
    if not parts:
        return dd.from_pandas(meta(), npartitions=1)
    return dd.from_delayed(parts, meta=meta(), verify_meta=False)


def lint_frame(
    ddf: dd.DataFrame,
    text: str | None = "text",
    id: str | None = "id",
    date: str | None = None,
    filename: str | None = None,
    path: str | None = None,
    options: Options | None = None,
    **kw: Any,
) -> dd.DataFrame:
    """A dataframe of documents -> a dataframe of findings and document errors.

    ``text``, ``id``, ``date``, ``filename``, ``path`` name the columns that hold each
    record field (None: there is none; a missing id falls back to the filename or path).
    """
    opts = _options(options, kw)
    columns = {"text": text, "id": id, "date": date, "filename": filename, "path": path}
    missing = [c for c in columns.values() if c is not None and c not in ddf.columns]
    if missing:
        raise KeyError(f"no such column(s): {', '.join(missing)} (the frame has {', '.join(map(str, ddf.columns))})")
    return ddf.map_partitions(lint_frame_partition, columns, opts, meta=meta(), align_dataframes=False)


def lint_paths(paths: Sequence[str], partition_size: int = PARTITION_SIZE, **kw: Any) -> dd.DataFrame:
    """Draft files (read by the workers, which must see the same paths) -> findings.
    Rows name each file as given; the workers read it by its absolute path."""
    records = [{"id": p, "filename": p, "path": os.path.abspath(p)} for p in paths]
    return lint_bag(db.from_sequence(records, partition_size=max(1, partition_size)), **kw)


def findings_only(table: dd.DataFrame) -> dd.DataFrame:
    """The findings of a table from :func:`lint_bag`/:func:`lint_frame` (no error rows)."""
    return table[table["error"].isnull()].drop(columns=["error"])


def errors_only(table: dd.DataFrame) -> dd.DataFrame:
    """One row per document error: ``id``, ``path``, ``error``."""
    return table[table["error"].notnull()][["id", "path", "error"]]


# --- inputs ---------------------------------------------------------------------------------------
def _json_records(lines: list[str], columns: dict[str, str | None]) -> list[dict[str, Any]]:
    """JSON lines -> records (their keys named by ``columns``, as a frame's columns are);
    a line that is not a JSON object becomes a record whose error the table reports, with
    its line number in its block of the file, not a failed job."""
    out: list[dict[str, Any]] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as exc:
            out.append({"id": f"<line {n} of its block>", "bad": f"not JSON: {exc}"})
            continue
        if not isinstance(rec, dict):
            out.append({"id": f"<line {n} of its block>", "bad": "not a JSON object"})
            continue
        out.append({field: rec.get(key) for field, key in columns.items() if key is not None})
    return out


def _lint_json_block(lines: list[str], columns: dict[str, str | None], opts: Options) -> Any:
    records = _json_records(lines, columns)
    table = lint_records([r for r in records if "bad" not in r], opts)
    bad = [r for r in records if "bad" in r]
    if not bad:
        return table
    import pandas as pd

    from .table import frame

    return pd.concat([table, frame([{"id": r["id"], "error": r["bad"]} for r in bad])], ignore_index=True)


def _is_frame_file(p: str) -> str | None:
    low = p.lower()
    if low.endswith((".parquet", ".pq")) or (os.path.isdir(p) and glob.glob(os.path.join(p, "*.parquet"))):
        return "parquet"
    if low.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
        return "jsonl"
    return None


def read_input(
    inputs: Sequence[str],
    *,
    columns: dict[str, str | None] | None = None,
    partition_size: int = PARTITION_SIZE,
    errors: list[str] | None = None,
    options: Options | None = None,
    **kw: Any,
) -> dd.DataFrame:
    """What ``attrlint archive INPUT...`` lints: draft files, directories of drafts (walked
    as ``attrlint check`` walks them), globs, Parquet datasets and JSON-lines files of
    records; their tables concatenated. Inputs that match nothing are added to ``errors``."""
    from ..runner import collect

    opts = _options(options, kw)
    cols = {"text": "text", "id": "id", "date": "date", "filename": "filename", "path": None, **(columns or {})}
    errors = errors if errors is not None else []
    tables: list[dd.DataFrame] = []
    files: list[str] = []
    for item in inputs:
        kind = _is_frame_file(item)
        if kind == "parquet":
            ddf = dd.read_parquet(item)
            use = {k: (v if v in ddf.columns else None) for k, v in cols.items()}
            if use["text"] is None and use["path"] is None:
                errors.append(f"{item}: has no {cols['text']!r} column")
                continue
            if use["id"] is None and use["filename"] is None and use["path"] is None:
                errors.append(f"{item}: has no {cols['id']!r} column (nor a filename) to name its documents by")
                continue
            tables.append(lint_frame(ddf, options=opts, **use))
        elif kind == "jsonl":
            bag = db.read_text(item, blocksize=None if item.lower().endswith(".gz") else "4MiB")
            tables.append(
                dd.from_delayed(
                    [dask.delayed(_lint_json_block)(part, cols, opts) for part in bag.to_delayed()],
                    meta=meta(),
                    verify_meta=False,
                )
            )
        elif glob.has_magic(item):
            found = sorted(p for p in glob.glob(item, recursive=True) if os.path.isfile(p))
            if not found:
                errors.append(f"{item}: matches no file")
            files.extend(found)
        elif os.path.isdir(item) or os.path.lexists(item):
            files.extend(collect([item], errors))
        else:
            errors.append(f"{item}: no such file or directory")
    if files:
        seen: set[str] = set()
        unique = [str(Path(p)) for p in files if not (p in seen or seen.add(p))]  # type: ignore[func-returns-value]
        tables.append(lint_paths(unique, partition_size=partition_size, options=opts))
    if not tables:
        return dd.from_pandas(meta(), npartitions=1)
    return tables[0] if len(tables) == 1 else dd.concat(tables, ignore_index=True)


__all__ = [
    "COLUMNS",
    "errors_only",
    "findings_only",
    "lint_bag",
    "lint_frame",
    "lint_paths",
    "read_input",
]
