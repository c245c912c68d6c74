"""Renderers for a run's results: text, json, sarif, github."""

from __future__ import annotations

from typing import Callable, TextIO

from ..result import RunResult


def render(fmt: str, result: RunResult, **kw) -> str:
    return RENDERERS[fmt](result, **kw)


def _text(result: RunResult, **kw) -> str:
    from .text import render_text

    return render_text(result, **kw)


def _json(result: RunResult, **kw) -> str:
    from .json import render_json

    return render_json(result)


def _sarif(result: RunResult, **kw) -> str:
    from .sarif import render_sarif

    return render_sarif(result)


def _github(result: RunResult, **kw) -> str:
    from .github import render_github

    return render_github(result)


RENDERERS: dict[str, Callable[..., str]] = {"text": _text, "json": _json, "sarif": _sarif, "github": _github}


def write(fmt: str, result: RunResult, out: TextIO, **kw) -> None:
    """Write the report to ``out``; the JSON report is written a file at a time (the same
    bytes as ``render``), so a long run never holds it whole."""
    if fmt == "json":
        from .json import write_json

        write_json(result, out)
    else:
        out.write(render(fmt, result, **kw))
