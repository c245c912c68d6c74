"""Readers that turn a source file into a Document: text, Markdown and HTML.

Each reader yields the text to lint and an offset map back to the source; nothing is
searched for again in the source afterwards.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..document import Document

EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}


def format_for(path: str) -> str | None:
    return EXTENSIONS.get(Path(path).suffix.lower())


def read_document(source: str, path: str, fmt: str | None = None, **kw: Any) -> Document:
    fmt = fmt or format_for(path) or "text"
    if fmt == "markdown":
        from .markdown import read_markdown

        return read_markdown(source, path=path, **kw)
    if fmt == "html":
        from .html import read_html

        return read_html(source, path=path, **kw)
    from .plain import read_plain

    return read_plain(source, path=path, **kw)
