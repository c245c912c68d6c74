"""The ``serve``, ``lsp`` and ``daemon`` subcommands. The libraries of the first two (the
``serve`` extra) are imported only when one of them runs, so ``attrlint check`` starts as
fast as before; ``daemon`` (:mod:`attrlint.resident`) needs only the standard library."""

from __future__ import annotations

import argparse
import sys

EXIT_OK, EXIT_ERROR = 0, 2
MISSING = "attrlint {cmd}: needs the 'serve' extra ({error}); install it with: pip install 'attrlint[serve]'"


def register(sub) -> None:
    from .limits import Limits

    d = Limits()
    serve = sub.add_parser("serve", help="run the HTTP API for a CMS (POST /v1/check)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8765, help="port to listen on (default: 8765)")
    serve.add_argument(
        "--token", help="require 'Authorization: Bearer TOKEN' on /v1/ (default: $ATTRLINT_TOKEN, else none)"
    )
    serve.add_argument("--config", help="use this configuration file instead of searching from the working directory")
    serve.add_argument("--workers", type=int, default=1, help="worker processes, each with its own engine (default: 1)")
    serve.add_argument("--max-body", type=int, default=d.max_body, help=f"request body limit in bytes ({d.max_body})")
    serve.add_argument("--max-documents", type=int, default=d.max_documents, help="drafts per request")
    serve.add_argument("--time-limit", type=float, default=d.time_limit, help="seconds a request may take (504 beyond)")
    serve.add_argument("--max-pending", type=int, default=d.max_pending, help="requests that may wait (503 beyond)")
    serve.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    serve.set_defaults(func=cmd_serve)

    lsp = sub.add_parser("lsp", help="run the language server over stdio (for VS Code, Neovim, ...)")
    lsp.add_argument("--debounce", type=float, default=0.3, help="seconds of quiet after a change before checking")
    lsp.set_defaults(func=cmd_lsp)

    from ..resident.commands import register as register_daemon  # standard library only

    register_daemon(sub)


def cmd_serve(args: argparse.Namespace) -> int:
    import os

    from ..config import ConfigError

    try:
        from .app import Settings, serve
    except ImportError as exc:
        print(MISSING.format(cmd="serve", error=exc), file=sys.stderr)
        return EXIT_ERROR
    from .limits import Limits

    limits = Limits(args.max_body, args.max_documents, args.time_limit, args.max_pending)
    settings = Settings(
        token=args.token or os.environ.get("ATTRLINT_TOKEN") or None, config_file=args.config, limits=limits
    )
    try:
        serve(args.host, args.port, settings, workers=args.workers, log_level=args.log_level)
    except ConfigError as exc:
        print(f"attrlint: configuration error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def cmd_lsp(args: argparse.Namespace) -> int:
    try:
        from ..lsp import run
    except ImportError as exc:
        print(MISSING.format(cmd="lsp", error=exc), file=sys.stderr)
        return EXIT_ERROR
    run(debounce=args.debounce)
    return EXIT_OK
