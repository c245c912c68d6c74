"""Checked records -> one pandas table with fixed columns and dtypes (a Dask partition).

The columns are the JSON report's finding fields (``report.json.finding_dict``), so a
Parquet table and ``attrlint check --format json`` say the same thing, plus ``id`` and
``path`` (which document), ``story_date`` (the date titles and dates were checked
against) and ``error``: a row whose ``error`` is set is not a finding but the reason a
document (or part of its check) failed; its finding columns are empty.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

import pandas as pd
import pyarrow as pa

from ..report.json import finding_dict
from .records import Options, check_records

STRING = pd.StringDtype("pyarrow")
INT = pd.Int64Dtype()
STRINGS = pd.ArrowDtype(pa.list_(pa.string()))

#: column -> dtype, in table order; the same for every partition (Dask's ``meta``)
COLUMNS: dict[str, Any] = {
    "id": STRING,
    "path": STRING,
    "story_date": STRING,
    "rule": STRING,
    "category": STRING,
    "severity": STRING,
    "line": INT,
    "column": INT,
    "end_line": INT,
    "end_column": INT,
    "start": INT,
    "end": INT,
    "message": STRING,
    "text": STRING,
    "suggestions": STRINGS,
    "evidence": STRING,
    "fix": STRING,
    "error": STRING,
}

FINDING_FIELDS = [c for c in COLUMNS if c not in ("id", "path", "story_date", "error")]


def frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows (dicts with some of the columns) -> a frame with exactly ``COLUMNS``."""
    data = {name: pd.array([r.get(name) for r in rows], dtype=dtype) for name, dtype in COLUMNS.items()}
    return pd.DataFrame(data, index=pd.RangeIndex(len(rows)))


def meta() -> pd.DataFrame:
    """The empty table: Dask's ``meta`` for every partition."""
    return frame([])


def lint_records(records: Iterable[Mapping[str, Any]], options: Options | None = None) -> pd.DataFrame:
    """Check records (see :mod:`attrlint.scale.records`) in this process; one row per
    finding and one per document error, in the order of the records."""
    rows: list[dict[str, Any]] = []
    for prep, res in check_records(records, options or Options()):
        doc_cols: dict[str, Any] = {"id": prep.id, "path": prep.path}
        if res is not None:
            doc_cols["story_date"] = res.document.story_date.date.isoformat()
            for f in res.findings:
                d = finding_dict(f)
                rows.append({**doc_cols, **{k: d.get(k) for k in FINDING_FIELDS}})
        errors = ([prep.error] if prep.error else []) + prep.extra
        if res is None and not errors:
            errors = ["was not checked (no result and no error from the engine)"]
        rows.extend({**doc_cols, "error": e} for e in errors)
    return frame(rows)


def lint_frame_partition(pdf: pd.DataFrame, columns: dict[str, str | None], options: Options) -> pd.DataFrame:
    """One partition of a dataframe of documents: its columns named by ``columns`` (record
    field -> column, or None) are read as records."""
    picked = {field: col for field, col in columns.items() if col is not None and col in pdf.columns}
    records = (
        {field: row[i] for i, field in enumerate(picked)}
        for row in pdf[list(picked.values())].itertuples(index=False, name=None)
    )
    return lint_records(records, options)
