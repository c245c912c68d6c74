"""The ``archive`` subcommand: lint a newsroom archive on a Dask cluster into Parquet.

Named for what it is pointed at (an archive: a directory tree, a Parquet dataset or a
JSON-lines export of stories), not for the mechanism. Only argparse is imported to
register it; Dask, pandas and pyarrow (the ``archive`` extra) load when it runs.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time

from ..argtypes import csv_list as _csv
from ..argtypes import story_date as _date

EXIT_OK, EXIT_ERROR = 0, 2
MISSING = "attrlint archive: needs the 'archive' extra ({error}); install it with: pip install 'attrlint[archive]'"


def register(sub) -> None:
    p = sub.add_parser(
        "archive",
        help="lint an archive on a Dask cluster into Parquet tables of findings and errors",
        description="Lint an archive (directories or globs of drafts, Parquet datasets or JSON-lines "
        "files of records with id, text and optional filename and date) on a Dask cluster. "
        "Writes the findings as a Parquet dataset (the JSON report's finding fields as columns) "
        "and the documents that could not be checked as a second one.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="directory, glob, file, .parquet or .jsonl")
    p.add_argument("--out", required=True, help="Parquet dataset (a directory) to write the findings to")
    p.add_argument("--errors", help="Parquet dataset for document errors (default: OUT with .errors before .parquet)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    where.add_argument("--workers", type=int, help="worker processes of the local cluster (default: the cores)")
    p.add_argument("--memory-limit", default="auto", help="memory per local worker, e.g. 2GiB (default: auto)")
    p.add_argument("--partition-size", type=int, default=64, help="drafts per task for files and JSON lines")
    p.add_argument("--config", help="configuration file (it must be readable at this path on every worker)")
    p.add_argument("--date", type=_date, help="story date for the documents that carry none")
    p.add_argument("--select", type=_csv, help="rule ids, id prefixes or categories to run (comma-separated)")
    p.add_argument("--ignore", type=_csv, help="rule ids, id prefixes or categories to skip")
    p.add_argument("--text-column", default="text", help="column or key of a record's text (default: text)")
    p.add_argument("--id-column", default="id", help="column or key of a record's id (default: id)")
    p.add_argument("--date-column", default="date", help="column or key of a record's story date (default: date)")
    p.add_argument("--filename-column", default="filename", help="column or key of the name that picks the format")
    p.set_defaults(func=cmd_archive)


def errors_path(out: str) -> str:
    """findings.parquet -> findings.errors.parquet; out -> out.errors"""
    stem, ext = os.path.splitext(out.rstrip("/"))
    return f"{stem}.errors{ext}" if ext else f"{stem}.errors"


def _validate(args: argparse.Namespace) -> str | None:
    """Check the configuration and the selectors here, once, before the cluster starts."""
    from ..config import ConfigError
    from ..engine import Draft, DraftError, Engine

    try:
        engine = Engine(args.config)
        engine.config_for(Draft("", "archive.txt", select=args.select, ignore=args.ignore))
    except (ConfigError, DraftError) as exc:
        return str(exc)
    return None


def cmd_archive(args: argparse.Namespace) -> int:
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401

        from . import cluster, parquet
        from .records import Options
    except ImportError as exc:
        print(MISSING.format(error=exc), file=sys.stderr)
        return EXIT_ERROR
    problem = _validate(args)
    if problem:
        print(f"attrlint archive: {problem}", file=sys.stderr)
        return EXIT_ERROR
    options = Options(
        config_file=os.path.abspath(args.config) if args.config else None,
        root=os.getcwd(),
        date=args.date,
        select=tuple(args.select or ()),
        ignore=tuple(args.ignore or ()),
    )
    columns = {
        "text": args.text_column,
        "id": args.id_column,
        "date": args.date_column,
        "filename": args.filename_column,
    }
    input_errors: list[str] = []
    table = cluster.read_input(
        args.inputs, columns=columns, partition_size=args.partition_size, errors=input_errors, options=options
    )
    for err in input_errors:
        print(f"attrlint archive: error: {err}", file=sys.stderr)
    errors_out = args.errors or errors_path(args.out)
    start = time.perf_counter()
    try:
        with _client(args) as client:
            found, failed = parquet.write(table, args.out, errors_out)
            workers = len(client.scheduler_info().get("workers", {}))
    except parquet.OutputError as exc:
        print(f"attrlint archive: {exc}", file=sys.stderr)
        return EXIT_ERROR
    took = time.perf_counter() - start
    print(
        f"attrlint archive: {found:,} findings -> {args.out}; {failed:,} document errors -> {errors_out} "
        f"({took:.1f} s on {workers} worker(s))",
        file=sys.stderr,
    )
    return EXIT_ERROR if input_errors else EXIT_OK


def _cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


class _client:
    """A client of the scheduler given, or of a local cluster on the loopback address
    that lives as long as the command."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.cluster = None
        self.client = None

    def __enter__(self):
        from distributed import Client, LocalCluster

        if self.args.scheduler:
            self.client = Client(self.args.scheduler)
        else:
            self.cluster = LocalCluster(
                n_workers=self.args.workers or _cores(),
                threads_per_worker=1,  # spaCy and the rules are CPU-bound Python: processes, not threads
                processes=True,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0",  # its status page: a free port, loopback only
                memory_limit=self.args.memory_limit,
                silence_logs=logging.ERROR,  # not a worker's slow shutdown on a busy machine
            )
            self.client = Client(self.cluster)
        return self.client

    def __exit__(self, *exc):
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        return False
