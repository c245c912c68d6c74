"""Quotation marks across paragraphs (a base module: imports nothing from attrlint, so
``Document`` and the rules may both use it): what role a double mark plays, the lines a
page splices between the parts of a quotation, and quotations that run on over
paragraphs without marks.

News convention opens each paragraph of a long quotation with a mark and closes only the
last. Transcripts and scraped copy often drop the opening marks of the middle
paragraphs: “We need a budget. ⏎ The first part is the roads. ⏎ The second is the
schools.” Those middle paragraphs are the speaker's words, not the writer's. Pages also
splice their furniture between the parts (an ad label, captions, related headlines).
"""

from __future__ import annotations

import re

#: a quotation may run on over this many paragraphs without marks before it closes
MAX_RUN_ON = 5
#: lines spliced between the parts of a quotation by a page (an ad label, captions, a
#: block of related headlines) that a continuation may step over
MAX_INTERPOSED = 12
_MARKS = '“”"‘’„«»'
#: two right single marks (or two straight apostrophes) typed for a closing double one
#: (“…,’’ she said), after a word and before a space or the end
_DOUBLED_CLOSE = re.compile(r"(?<=\S)(?:’’|'')(?=\s|$)")
#: a line that ends a sentence: terminal punctuation, maybe a closing mark or bracket
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’')\]]*\s*$|[\"”]\s*$")


def close_curly(text: str, start: int, end: int) -> int:
    """The index of the last character of the ” (or the ’’ or '' typed for it) that closes
    a quotation opened with “ before ``start``; -1 when nothing in [start, end) does. A
    quotation nested in it with double marks (a report quoting a text message: “… read,
    “I love you” and …,” the report says) is stepped over: its ” closes the inner one."""
    pos = start
    while True:
        j = text.find("”", pos, end)
        m = _DOUBLED_CLOSE.search(text, pos, j if j != -1 else end)
        if m:
            return m.end() - 1
        if j == -1:
            return -1
        inner = text.find("“", pos, j)
        if inner == -1 or not _closes_nested(text, inner, end):
            return j
        pos = j + 1


_BREAK_BEFORE = set("([{—–-/")
_BREAK_AFTER = set(".,;:!?)]}—–-…")


def _role(text: str, i: int, p_start: int, p_end: int, is_open: bool) -> str:
    """Whether a double quotation mark opens or closes: curly marks say so; a straight one
    is read from its neighbours, and failing that toggles."""
    ch = text[i]
    if ch == "“":
        return "open"
    if ch == "”":
        return "close"
    before = text[i - 1] if i > p_start else " "
    after = text[i + 1] if i + 1 < p_end else " "
    if before.isdigit() and not is_open:
        return "inch"  # 12" is a measure, not a quotation
    if before.isspace() or before in "([{":
        return "open"
    if after.isspace() or after in _BREAK_AFTER or after in "'’":
        return "close"
    if before in _BREAK_BEFORE:
        return "open"
    return "close" if is_open else "open"


def scan_double(
    text: str, p_start: int, p_end: int, straight: bool = True, wrong: set[int] | frozenset[int] = frozenset()
) -> tuple[int | None, list[int]]:
    """The position of a double quotation left open at the paragraph's end (if any), and
    closing marks that close nothing. A ” in ``wrong`` opens a quotation (”We…”) or closes
    a single one (‘…”): the mismatch rule reports it."""
    open_at: int | None = None
    #: curly quotations opened inside the open one (“… “dreamers,” …”): each ” closes
    #: the innermost; a straight mark inside says nothing of nesting (styles vary)
    nested = 0
    stray: list[int] = []
    marks = '“”"' if straight else "“”"
    for i in range(p_start, p_end):
        if text[i] not in marks:
            if open_at is not None and _DOUBLED_CLOSE.match(text, i):
                open_at, nested = None, 0  # “…,’’ she said: ’’ typed for ”
            continue
        if i in wrong:
            if text[i - 1 : i] != "" and not text[i - 1].isspace() and open_at is None:
                continue  # closes a single quotation: not part of the double ones
            role = "open" if open_at is None else "close"
        else:
            role = _role(text, i, p_start, p_end, open_at is not None)
        if role == "open":
            if open_at is None:
                open_at = i
            elif text[i] == "“" and text[open_at] == "“" and _closes_nested(text, i, p_end):
                nested += 1
            # any other opening inside an open quote: leave it (nested quotes vary by style)
        elif role == "close":
            if open_at is None:
                stray.append(i)
            elif nested and text[i] == "”":
                nested -= 1
            else:
                open_at = None
    return open_at, stray


def _closes_nested(text: str, i: int, end: int) -> bool:
    """A “ inside an open curly quotation nests when a short quoted phrase follows it,
    closed by a ” with more of the outer quotation after it, before the paragraph ends
    (“I thought, the “dreamers,” children of …” or “… a “fair” deal …”), not when it
    opens a new quotation after the first one lost its closing mark."""
    j = text.find("”", i + 1, min(end, i + 80))
    if j == -1 or "“" in text[i + 1 : j]:
        return False
    return "”" in text[j + 1 : end]


def interposed(line: str) -> bool:
    """A paragraph that a page splices between the parts of a quotation rather than one of
    the story's: it holds no double quotation mark and does not end a sentence (an ad label,
    a caption, a related headline, a tweet's byline)."""
    if not line.strip() or any(c in line for c in '“”"„«»'):
        return False
    return not _ENDS_SENTENCE.search(line)


def opens_part(text: str, p_start: int, i: int) -> int | None:
    """Whether the double mark at ``i`` may open the next part of a quotation: it opens its
    paragraph, or a line of it after lines that end no sentence (related headlines that a
    conversion ran into one paragraph with the quotation's next part). The number of those
    lines, or None (the mark stands inside a line, or after hard-wrapped prose)."""
    line_start = text.rfind("\n", p_start, i) + 1 or p_start
    if text[i] not in '“"' or text[line_start:i].strip():
        return None
    lines = [ln for ln in text[p_start:line_start].splitlines() if ln.strip()]
    if lines and text[i + 1 : i + 2].islower():
        return None  # a quoted phrase at the start of a wrapped line
    for n, line in enumerate(lines):
        nxt = lines[n + 1] if n + 1 < len(lines) else text[i + 1 : i + 2]
        if not interposed(line) or nxt.lstrip()[:1].islower():
            return None  # a line of hard-wrapped prose runs into the next one
    return len(lines)


def continued_from(text: str, paragraphs: list[tuple[int, int]], k: int, i: int) -> int | None:
    """The opening mark of the quotation that the mark at ``i`` (in paragraph ``k``)
    continues: one left open at the end of the last paragraph before it that is not a
    spliced line, with at most MAX_INTERPOSED spliced lines between; None if there is none."""
    spliced = opens_part(text, paragraphs[k][0], i)
    if spliced is None:
        return None
    for a, b in reversed(paragraphs[:k]):
        if interposed(text[a:b]):
            spliced += text.count("\n", a, b) + 1
            if spliced > MAX_INTERPOSED:
                return None
            continue
        return scan_double(text, a, b)[0]
    return None


def with_run_ons(text: str, paragraphs: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` plus quotations left open at a paragraph's end that close in a later
    paragraph, after paragraphs with no quotation marks at all: the paragraphs in between
    whole, and the closing paragraph up to its closing mark. A straight quote of closing
    shape there ('done," she said') closes the run, not opens a new quotation."""
    by_start = {s: (s, e) for s, e in spans}
    ends_open = {e for s, e in spans if text[s] in '“"„«'}
    extra: list[tuple[int, int]] = []
    dropped: set[tuple[int, int]] = set()
    for k, (_, p_end) in enumerate(paragraphs):
        if p_end not in ends_open:
            continue
        between: list[tuple[int, int]] = []
        for a, b in paragraphs[k + 1 : k + 1 + MAX_RUN_ON]:
            close = next((i for i in range(a, b) if text[i] in _MARKS), None)
            if close is None:
                between.append((a, b))
                continue
            if text[close] == "”" or (text[close] == '"' and _closes(text, close, b)):
                extra.extend(between)
                extra.append((a, close + 1))
                if close in by_start:
                    dropped.add(by_start[close])
            break
    return sorted([sp for sp in spans if sp not in dropped] + extra)


def _closes(text: str, i: int, end: int) -> bool:
    """A straight double quote after a word and before a space or punctuation closes."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < end else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)")
