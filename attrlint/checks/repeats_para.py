"""Whole paragraphs given twice: a scraper that caught the page's lead in its summary box and
again in the story, or a paste that doubled a paragraph. The sentence pass of
``debris.repeated-sentence`` leaves out sentences that touch a quotation (a quote may fairly
be repeated); a whole paragraph of story text given again is a leftover even when it quotes
someone. The copies are compared word by word, so a copy that differs only in its closing
full stop or in spacing is the same paragraph."""
from __future__ import annotations

import regex

_WORD = regex.compile(r"[\w]+(?:['’][\w]+)*")
#: a quotation inside a line: its words do not count as the paragraph's own
_QUOTED = regex.compile(r"[\"“][^\"“”\n]*[\"”]?")
#: words the paragraph must hold outside quotation marks (a pull quote or a formula is shorter)
MIN_OWN_WORDS = 12


def repeated_paragraphs(text: str) -> list[tuple[int, int, int]]:
    """(start, end, start of the first copy) of every line that gives again, word for word, a
    whole earlier line of at least ``MIN_OWN_WORDS`` words outside quotation marks."""
    seen: dict[tuple[str, ...], int] = {}
    out = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        words = tuple(w.replace("’", "'").lower() for w in _WORD.findall(line))
        if len(words) < MIN_OWN_WORDS or len(_WORD.findall(_QUOTED.sub(" ", line))) < MIN_OWN_WORDS:
            continue
        lead = len(line) - len(line.lstrip())
        if words in seen:
            out.append((start + lead, start + len(line.rstrip()), seen[words]))
        else:
            seen[words] = start + lead
    return out
