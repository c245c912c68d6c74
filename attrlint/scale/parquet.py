"""Write an archive run's table as two Parquet datasets (findings, errors) in one pass.

Each partition is linted once and written by the task that linted it (``part.N.parquet``
in each directory), so the archive is read and parsed once and no worker holds more than
its own partition. The ``suggestions`` column is a list of strings; pandas records that
dtype under a name that its own reader does not parse back, so the written metadata
names it ``object`` (pandas then reads lists, Arrow readers a ``list<string>``).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import dask
import dask.dataframe as dd
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

ERROR_COLUMNS = ["id", "path", "error"]


class OutputError(Exception):
    """An output path that cannot be used (it is not ours to replace)."""


def _arrow(df: pd.DataFrame) -> pa.Table:
    table = pa.Table.from_pandas(df, preserve_index=False)
    meta = table.schema.pandas_metadata
    if meta:
        for col in meta.get("columns", []):
            if str(col.get("numpy_type", "")).startswith("list<"):
                col["numpy_type"] = "object"
        table = table.replace_schema_metadata({**(table.schema.metadata or {}), b"pandas": json.dumps(meta).encode()})
    return table


def split(part: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A partition of the table -> its findings (no ``error`` column) and its errors."""
    failed = part["error"].notna()
    found = part[~failed].drop(columns=["error"]).reset_index(drop=True)
    return found, part.loc[failed, ERROR_COLUMNS].reset_index(drop=True)


def write_part(part: pd.DataFrame, n: int, out: str, errors_out: str | None) -> tuple[int, int]:
    found, failed = split(part)
    pq.write_table(_arrow(found), os.path.join(out, f"part.{n}.parquet"))
    if errors_out:
        pq.write_table(_arrow(failed), os.path.join(errors_out, f"part.{n}.parquet"))
    return len(found), len(failed)


def prepare_dir(path: str) -> None:
    """An empty directory at ``path``; an earlier dataset there (only ``*.parquet`` files)
    is replaced, anything else is refused rather than deleted."""
    p = Path(path)
    if p.is_dir():
        others = [c.name for c in p.iterdir() if not (c.is_file() and c.suffix == ".parquet")]
        if others:
            raise OutputError(f"{path}: exists and holds other things than Parquet parts ({', '.join(others[:3])})")
        shutil.rmtree(p)
    elif p.exists():
        raise OutputError(f"{path}: exists and is not a directory")
    p.mkdir(parents=True)


def write(table: dd.DataFrame, out: str, errors_out: str | None = None) -> tuple[int, int]:
    """Lint and write: findings to the dataset ``out``, document errors to ``errors_out``
    (None: not written, only counted). Returns (findings, errors)."""
    for path in (out, errors_out):
        if path:
            prepare_dir(path)
    tasks: list[Any] = [dask.delayed(write_part)(part, n, out, errors_out) for n, part in enumerate(table.to_delayed())]
    counts = dask.compute(*tasks)
    return sum(c[0] for c in counts), sum(c[1] for c in counts)
