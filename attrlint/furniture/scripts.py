"""A line in another script in English copy: what a scraper left from the page the copy came
from, not the story. A translating site leaves the source's headline untranslated, a spam
site puts its name in its own script on top, a template leaves a menu in the site's
language ("Newer / Older" in Arabic under an English post). The labellers mark such lines in
three readable sets (fresh25, fresh29, fresh31; stop 31).

Only a line written (almost) wholly in another script counts, in a text (almost) wholly in
Latin letters: a name with its own spelling beside it ("Li Wen (李文)"), a bilingual line
and copy in another language are not touched. A line that opens with a quotation mark or a
bracket is a quotation in the original, kept by the story.
"""
from __future__ import annotations

import regex

FOREIGN = "foreign script"

_LETTER = regex.compile(r"\p{L}")
_LATIN = regex.compile(r"\p{Latin}")
_OTHER_LETTER = regex.compile(r"(?!\p{Latin})\p{L}")
#: a quotation in the original or a name's spelling in brackets: the story's own
_OPENS = tuple("\"“‘'«„(（[「『《【")


def foreign_lines(texts: list[str]) -> list[int]:
    """Indexes of the lines in another script, in a text of Latin letters.

    A line counts with two or more letters, at most a tenth of them Latin; the rest of the
    text must hold 200 letters or more, nineteen in twenty of them Latin. A line with no
    letter of another script (most, and every line in ASCII) is never one: the rest are
    counted only when one is."""
    out = [i for i, t in enumerate(texts)
           if not t.isascii() and _OTHER_LETTER.search(t) and _foreign(_count(t), t)]
    if not out:
        return []
    counts = [_count(t) for t in texts]
    rest_letters = sum(n for i, (n, _) in enumerate(counts) if i not in out)
    rest_latin = sum(lat for i, (_, lat) in enumerate(counts) if i not in out)
    if rest_letters < 200 or rest_latin * 20 < rest_letters * 19:
        return []
    return out


def _count(t: str) -> tuple[int, int]:
    """The line's letters and its Latin letters."""
    return len(_LETTER.findall(t)), len(_LATIN.findall(t))


def _foreign(counts: tuple[int, int], t: str) -> bool:
    n, lat = counts
    return n >= 2 and lat * 10 <= n and not t.lstrip().startswith(_OPENS)
