"""Renderers for a run's results: text, json, sarif, github."""

from __future__ import annotations

from typing import Callable

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
