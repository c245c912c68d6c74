"""Archive records -> checked drafts: the part of an archive run that needs no Dask.

A record is one document: a mapping with ``id``, and ``text`` or ``path`` (a file that
the worker reads the way ``attrlint check`` reads it), optionally ``filename`` (its name
picks the format: ``.md``, ``.html``, else plain text) and ``date`` (the story date).
A record that cannot be turned into a draft is an error for that record, never an
exception: one bad document must not fail a job over a million.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from ..config import Config
from ..engine import Draft, DraftError, Engine
from ..result import FileResult
from ..ordering import longest_first

#: drafts handed to the engine at once; a partition of any size is checked in such chunks,
#: so a worker holds at most this many parsed documents
CHUNK = 32


@dataclass(frozen=True)
class Options:
    """What every worker needs to build the same engine and the same drafts (picklable)."""

    #: a configuration file readable on every worker; None: the one found from ``root``
    config_file: str | None = None
    #: where the configuration is looked for when ``config_file`` is None (and records
    #: carry no real file path); a directory on the workers
    root: str = "."
    #: the story date of records that give none (None: each draft's own, or today)
    date: dt.date | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    chunk: int = CHUNK


@dataclass
class Prepared:
    """One record on its way: its id and path, and a draft or the reason there is none."""

    id: str | None
    path: str | None
    draft: Draft | None = None
    config: Config | None = None
    error: str | None = None
    extra: list[str] = field(default_factory=list)


# --- one engine per worker process ------------------------------------------------------------
_ENGINES: dict[tuple[str | None, str], Engine] = {}
_ENGINES_LOCK = threading.Lock()
#: engines this process has built (a worker should build one, however many partitions it runs)
built = 0


def engine_for(options: Options) -> Engine:
    """The engine of this process for these options, made and warmed on first use.

    A Dask worker process unpickles the partition function once per task but imports this
    module once, so the engine (rules, spaCy pipeline) is built once per worker process,
    not per partition. Threads of one worker share it; the engine serialises its linting.
    """
    global built
    key = (options.config_file, str(Path(options.root).resolve()))
    with _ENGINES_LOCK:
        engine = _ENGINES.get(key)
        if engine is None:
            engine = Engine(options.config_file, root=key[1])
            engine.warm()
            _ENGINES[key] = engine
            built += 1
    return engine


def run_level_rules(engine: Engine, config: Config) -> list[str]:
    """Rules that compare the files of one run: over an archive split into partitions they
    would see only a partition's files, so the result would depend on how it was split."""
    rules, _ = engine.rules(config.packs)
    return sorted(rid for rid, r in rules.items() if hasattr(r, "check_run"))


# --- records ------------------------------------------------------------------------------------
def _missing(value: Any) -> bool:
    """None, NaN, and pandas' NA and NaT (a frame's empty cells)."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if type(value).__module__.startswith("pandas"):
        import pandas as pd

        return bool(pd.isna(value))
    return False


def _text(value: Any) -> str | None:
    return None if _missing(value) else str(value)


def story_date(value: Any) -> dt.date | None:
    """A record's date: a date, a datetime, a timestamp or a written date (ISO or
    '3 March 2024'); raises ValueError for one that cannot be read."""
    from ..dates import parse_date

    if _missing(value):
        return None
    if hasattr(value, "to_pydatetime"):  # a pandas Timestamp
        value = value.to_pydatetime()
    d = parse_date(value)
    if d is None:
        raise ValueError(f"cannot read the date {value!r} (use YYYY-MM-DD)")
    return d


def _strip_path(message: str, *paths: str | None) -> str:
    """Messages name their file; the table has the path in its own column."""
    for path in paths:
        if path and message.startswith(f"{path}: "):
            return message[len(path) + 2 :]
    return message


def prepare(record: Mapping[str, Any], engine: Engine, options: Options, run_rules: list[str]) -> Prepared:
    """A record -> a draft with its configuration, or the reason it cannot be checked."""
    from ..sources_io import SourceError, read_source

    if not isinstance(record, Mapping):
        return Prepared(None, None, error=f"not a record (a mapping with id and text): {type(record).__name__}")
    rid, text = _text(record.get("id")), _text(record.get("text"))
    path, filename = _text(record.get("path")), _text(record.get("filename"))
    name = filename or path or rid
    if rid is None:
        rid = name
    if name is None:
        return Prepared(None, None, error="the record has no id, filename or path")
    prep = Prepared(rid, name)
    if text is None and path is None:
        prep.error = "the record has no text and no path to read it from"
        return prep
    try:
        date = story_date(record.get("date")) or options.date
    except ValueError as exc:
        prep.error = str(exc)
        return prep
    draft = Draft(
        text="",
        filename=name,
        date=date,
        select=list(options.select) or None,
        ignore=list(options.ignore) + run_rules,
        # a record read from a file finds its configuration as `attrlint check` would
        config_path=path if (path and text is None and options.config_file is None) else None,
    )
    try:
        cfg = engine.config_for(draft)
        if text is None:
            assert path is not None
            text = read_source(Path(path), cfg.encoding, cfg.max_file_size).text
    except Exception as exc:  # a bad selector, an unreadable file, a reader's own error
        plain = isinstance(exc, (DraftError, SourceError, ValueError, OSError))
        msg = str(exc) if plain else f"cannot be read: {type(exc).__name__}: {exc}"
        prep.error = _strip_path(msg, name, path)
        return prep
    draft.text = text
    prep.draft, prep.config = draft, cfg
    return prep


def check_prepared(prepared: list[Prepared], engine: Engine) -> list[tuple[Prepared, FileResult | None]]:
    """Lint the drafts of ``prepared`` in one engine call; every record gets its result or
    its errors. Records whose paths repeat are checked in separate calls, so that each
    result and each error message can be told apart by path."""
    out: list[tuple[Prepared, FileResult | None]] = [(p, None) for p in prepared]
    pending = [i for i, p in enumerate(prepared) if p.draft is not None]
    while pending:
        batch: list[int] = []
        later: list[int] = []
        seen: set[str | None] = set()
        for i in pending:
            (later if prepared[i].path in seen else batch).append(i)
            seen.add(prepared[i].path)
        pending = later
        drafts = [prepared[i].draft for i in batch]
        configs = [prepared[i].config for i in batch]
        result = engine.check(drafts, configs)  # type: ignore[arg-type]
        by_path = {r.document.path: r for r in result.files}
        paths = sorted((prepared[i].path or "" for i in batch), key=longest_first)
        for i in batch:
            prep = prepared[i]
            res = by_path.get(prep.path or "")
            out[i] = (prep, res)
        for message in result.errors:
            owner = next((p for p in paths if message.startswith(f"{p}: ")), None)
            if owner is None:  # a problem of the run (a rule pack), not of one record
                for i in batch:
                    prepared[i].extra.append(message)
                continue
            for i in batch:
                if prepared[i].path == owner:
                    prepared[i].extra.append(_strip_path(message, owner))
    return out


def check_records(
    records: Iterable[Mapping[str, Any]], options: Options
) -> Iterator[tuple[Prepared, FileResult | None]]:
    """Check records with this process's engine, ``options.chunk`` drafts at a time; each
    chunk's results are handed on before the next is parsed, so memory stays flat."""
    engine = engine_for(options)
    run_rules = run_level_rules(engine, engine.base_config())
    chunk: list[Prepared] = []
    for record in records:
        chunk.append(prepare(record, engine, options, run_rules))
        if len(chunk) >= max(1, options.chunk):
            yield from check_prepared(chunk, engine)
            chunk = []
    if chunk:
        yield from check_prepared(chunk, engine)
