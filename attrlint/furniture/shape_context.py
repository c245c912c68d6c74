"""What neighbours and position decide once each line is judged: wrapped lines, repeated
headlines, captions with a lone credit under them, tag lists after the story, distributor
headers. The last step of ``shape.classify``, split from ``shape.py`` by concern.
"""
from __future__ import annotations

from . import patterns as P
from .line import BLANK, FURNITURE, HEADING, PROSE, SIGNOFF, STRONG, UI, WEAK, ATTACH, Line


def _words(s: str) -> list[str]:
    return P.WORD.findall(s)


def _normal(s: str) -> str:
    return " ".join(w.lower().replace("’", "'") for w in _words(s))


def context(lines: list[Line], L, first_prose: int | None) -> None:
    """What neighbours and position decide: wrapped lines, repeated headlines, captions
    with a lone credit under them, tag lists after the story, distributor headers."""
    seen: dict[str, int] = {}
    headline = None
    prev = None  # previous non-blank line
    for ln in lines:
        if ln.kind == BLANK:
            continue
        t = ln.text.strip()
        adjacent = prev is not None and prev.n == ln.n - 1
        # a hard-wrapped line continues the one above it: not furniture
        if (ln.kind == FURNITURE and ln.family in ("interface", "short line", "name") and adjacent
                and prev.kind in (HEADING, PROSE) and not P.END_PUNCT.search(prev.text)
                and len(prev.text.strip()) >= 50 and (t[:1].islower() or prev.kind == PROSE)):
            ln.kind, ln.family, ln.weight = HEADING, "", 0.0
        if headline is None and ln.kind in (HEADING, PROSE) and (first_prose is None or ln.n <= first_prose):
            headline = ln.n
        # a line repeated; a sentence only when its first copy was a headline or caption with
        # no full stop, both above the story ("Governor Jane Doe" over the photo, "Governor
        # Jane Doe." under it; a story sentence echoing the headline is left alone)
        ends = bool(_SENTENCE_END.search(t))
        if (ends and t[-1:] in "!?" and headline is not None and ln.n != headline and ln.n <= headline + 4
                and 3 <= len(t.split()) <= 16 and _normal(t) == _normal(lines[headline].text.strip())):
            # "Imamoglu arrested: protests against Erdogan's government!" again under the
            # standfirst: a headline that ends in "!" or "?" is still the headline
            ln.mark("repeated headline", STRONG)
            prev = ln
            continue
        # so a finished sentence below the story's start (most lines), or of more than twelve
        # words, is no copy and holds none: its words are not read
        key = "" if ends and (first_prose is None or ln.n > first_prose or P.words_upto(t, 13) > 12) else _normal(t)
        if len(key.split()) >= 3 and ln.kind in (HEADING, PROSE, FURNITURE) and not P.TWEET_SIGNATURE.match(t) and (
                not ends or (key in seen and len(key.split()) <= 12 and first_prose is not None
                             and seen[key] < first_prose and ln.n <= first_prose
                             and not _SENTENCE_END.search(lines[seen[key]].text.strip()))):
            if key in seen:
                ln.mark("repeated headline", STRONG)
                first = lines[seen[key]]
                # a pair of copies below the story's own headline: the first copy is furniture too
                if first.n != headline and first.kind == HEADING and _between_blanks(lines, first.n, ln.n):
                    first.mark("repeated headline", STRONG)
            else:
                seen[key] = ln.n
        # an agency above the story is a distributor header; below it, a sign-off
        if ln.kind == SIGNOFF and (first_prose is None or ln.n < first_prose):
            ln.mark("distributor", UI)
        # a lone credit right under an unpunctuated line after the story began: a caption
        elif (ln.kind == SIGNOFF and adjacent and first_prose is not None and prev.n > first_prose
              and prev.kind in (HEADING, PROSE) and not P.END_PUNCT.search(prev.text.strip())):
            prev.mark("caption", STRONG, opens=True)
            ln.mark("picture credit", ATTACH)
        # a credit alone ("Image: Agency/Jane Doe") under an unpunctuated line: that line is its caption
        elif (ln.kind in (FURNITURE, HEADING) and adjacent and _CREDIT_ALONE.match(t) and len(_words(t)) <= 10
              and first_prose is not None and prev.n > first_prose and prev.kind in (HEADING, PROSE)
              and not P.END_PUNCT.search(prev.text.strip()) and len(_words(prev.text)) <= 40):
            prev.mark("caption", STRONG, opens=True)
            if ln.kind == HEADING:
                ln.mark("picture credit", ATTACH)
        # bulleted headlines under a widget ("Also read", "Related"): the linked stories
        if (P.BULLET.match(t) and adjacent and prev.kind == FURNITURE
                and prev.family in ("interface", "related links")):
            ln.mark("related links", ATTACH)
        prev = ln
    _tag_list(lines)


#: a picture credit that makes up its line: "Image: Agency/Jane Doe", "Photo: Jane Doe"
_CREDIT_ALONE = P.regex.compile(r"^[ \t]*(?:Photo|Photos|Photograph|Picture|Pic|Image|Credit|Photo[ \t]+credit|Image[ \t]+credit)[ \t]*:")


_SENTENCE_END = P.regex.compile(r"[.!?…][\"”’'»)\]]*[ \t]*$")


def _between_blanks(lines: list[Line], a: int, b: int) -> bool:
    return all(lines[i].kind == BLANK for i in range(a + 1, b))


def _tag_list(lines: list[Line]) -> None:
    """Four or more short unpunctuated lines after the last prose line: a tag list."""
    last = max((ln.n for ln in lines if ln.kind == PROSE), default=None)
    if last is None:
        return
    tail = [ln for ln in lines[last + 1:] if ln.kind != BLANK]
    while tail and tail[0].kind == SIGNOFF:
        tail.pop(0)
    if len(tail) < 4:
        return
    # the list's label may end in its colon ("TAGS:")
    if all(len(_words(ln.text)) <= 4 and (not P.END_PUNCT.search(ln.text.strip()) or (i == 0 and ln.text.strip().endswith(":")))
           and ln.kind in (HEADING, FURNITURE, SIGNOFF) for i, ln in enumerate(tail)):
        for ln in tail:
            if ln.kind != FURNITURE or not ln.known or ln.weight < WEAK:
                ln.mark("tag list", WEAK)
