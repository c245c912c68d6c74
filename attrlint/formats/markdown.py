"""Markdown via markdown-it-py: lint the prose, map every character back to the source.

Front matter (YAML) becomes metadata. Code blocks, HTML blocks, link targets and image
sources are not linted; inline code is kept in the text (so sentences still parse) but
findings inside it are dropped.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from ..document import Document
from ..offsets import TextBuilder
from .aligner import align_into

_PARSER = MarkdownIt("commonmark").enable("table").enable("strikethrough").use(front_matter_plugin)


class MarkdownError(ValueError):
    pass


def _line_starts(source: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(source):
        if ch == "\n":
            starts.append(i + 1)
    starts.append(len(source))
    return starts


_PROSE_PARSER = MarkdownIt("commonmark").enable("table").enable("strikethrough")
_YAML_KEY = re.compile(r"^(?:[A-Za-z_][\w.-]*|\"[^\"\n]*\"|'[^'\n]*')[ \t]*:(?:[ \t]|$)")


def _front_matter(tokens: list) -> Any:
    """The front matter's data, None when the opening block is not front matter.

    A draft may open with a ``---`` rule (a thematic break) followed by prose and another
    rule; that block is front matter only when it reads as a YAML table, or when it was
    meant as one (its first line starts with ``key:``), in which case bad YAML is an error.
    """
    if not tokens or tokens[0].type != "front_matter":
        return None
    content = tokens[0].content
    if not content.strip():
        return {}
    lines = [ln for ln in content.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    keyed = bool(lines) and _YAML_KEY.match(lines[0]) is not None
    try:
        data = yaml.safe_load(content)
    except yaml.YAMLError as exc:
        if keyed:
            raise MarkdownError(f"front matter is not valid YAML: {exc}") from None
        return None
    return data if isinstance(data, dict) else None


def read_markdown(source: str, path: str = "<text>", **kw: Any) -> Document:
    tokens = _PARSER.parse(source)
    front = _front_matter(tokens)
    if front is None and tokens and tokens[0].type == "front_matter":
        tokens = _PROSE_PARSER.parse(source)
    starts = _line_starts(source)
    builder = TextBuilder()
    paragraphs: list[tuple[int, int]] = []
    skip_spans: list[tuple[int, int]] = []
    metadata: dict[str, Any] = {}

    for tok in tokens:
        if tok.type == "front_matter":
            metadata.update({str(k): v for k, v in (front or {}).items()})
            continue
        if tok.type != "inline" or not tok.map:
            continue
        lo = starts[min(tok.map[0], len(starts) - 1)]
        hi = starts[min(tok.map[1], len(starts) - 1)]
        if len(builder):
            builder.add_synthetic("\n\n")
        p_start = len(builder)
        cursor = lo
        children = tok.children or []
        i = 0
        while i < len(children):
            child = children[i]
            if child.type == "text":
                cursor = align_into(builder, child.content, source, cursor, hi)
            elif child.type in ("softbreak", "hardbreak"):
                nl = source.find("\n", cursor, hi)
                if nl == -1:
                    builder.add_synthetic("\n")
                else:
                    builder.add("\n", nl)
                    cursor = nl + 1
            elif child.type == "code_inline":
                before = len(builder)
                cursor = align_into(builder, child.content, source, cursor, hi)
                skip_spans.append((before, len(builder)))
            elif child.type == "image":
                # alt text is not prose of the story; step over the whole image
                end = _skip_link_target(source, source.find("]", cursor, hi), hi)
                cursor = max(cursor, end)
            elif child.type == "link_close":
                cursor = _skip_link_target(source, cursor, hi)
            elif child.type == "link_open" and child.markup == "autolink":
                # <https://...>: the URL itself is not prose
                while i < len(children) and children[i].type != "link_close":
                    i += 1
                close = source.find(">", cursor, hi)
                cursor = close + 1 if close != -1 else cursor
            i += 1
        paragraphs.append((p_start, len(builder)))

    text, offsets = builder.build()
    if "date" in metadata:
        metadata.setdefault("date_source", "front matter")
    doc = Document(
        path=path,
        source=source,
        text=text,
        offsets=offsets,
        format="markdown",
        metadata=metadata,
        paragraphs=[p for p in paragraphs if p[1] > p[0]],
        **kw,
    )
    doc.skip_spans = skip_spans
    return doc


def _skip_link_target(source: str, cursor: int, hi: int) -> int:
    """Step over ``](target "title")`` or ``][ref]`` after a link's text."""
    if cursor < 0:
        return cursor
    j = cursor
    while j < hi and source[j] in "*_~`":
        j += 1
    if j < hi and source[j] == "]":
        j += 1
        if j < hi and source[j] == "(":
            depth = 0
            while j < hi:
                if source[j] == "(":
                    depth += 1
                elif source[j] == ")":
                    depth -= 1
                    if depth == 0:
                        return j + 1
                j += 1
        elif j < hi and source[j] == "[":
            close = source.find("]", j, hi)
            return close + 1 if close != -1 else j
        return j
    return cursor
