"""Plain text: the lintable text is the source itself."""

from __future__ import annotations

from typing import Any

from ..document import Document
from ..paragraphs import plain_paragraphs

__all__ = ["plain_paragraphs", "read_plain"]


def read_plain(source: str, path: str = "<text>", **kw: Any) -> Document:
    return Document.from_text(source, path=path, **kw)
