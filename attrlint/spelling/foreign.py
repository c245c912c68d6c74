"""Words of another language: a quotation or phrase in Spanish or German is not misspelt
English. Two signals: a function word of another language nearby, and a quotation in
which many words are unknown.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable, Sequence

from .tokens import Word

#: function words of Spanish, Portuguese, French, German, Italian and Dutch that are not
#: English words: one nearby marks a foreign phrase
FOREIGN_FUNCTION_WORDS = frozenset("""
    que los las del por para una con com este esta meu minha nao mas muy pero tambem nunca
    sempre und der das nicht ist ein eine mit von auf les une avec pour dans sur qui sont
    della che sono gli het een ich wir nous vous sie
""".split())
#: a quotation in which more than this share of words is unknown is taken as foreign
FOREIGN_SHARE = 0.25


def near_foreign_words(words: Sequence[Word], i: int, reach: int = 3) -> bool:
    """"Es geht nicht", "com foco, dedicação": function words of other languages
    near word ``i`` mean it is foreign, not misspelt."""
    window = words[max(0, i - reach):i + reach + 1]
    return any(n.text in FOREIGN_FUNCTION_WORDS for n in window)


def foreign_quotes(words: Sequence[Word], spans: list[tuple[int, int]],
                   known: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The quotation spans in which enough words are unknown to be another language."""
    foreign = []
    starts = [w.start for w in words]
    for s, e in spans:
        inside = [w for w in words[bisect_left(starts, s):bisect_left(starts, e)] if w.end <= e]
        if not inside:
            continue
        unknown = sum(1 for w in inside if not known(w.text))
        if unknown >= 2 and unknown / len(inside) > FOREIGN_SHARE:
            foreign.append((s, e))
    return foreign


#: this many unknown lower-case words in a row are a transliterated phrase ("yeh sab
#: theek hai"), not three typos; inside a quotation two are enough
UNKNOWN_RUN = 3
UNKNOWN_RUN_QUOTED = 2


def unknown_runs(text: str, words: Sequence[Word], spans: list[tuple[int, int]],
                 known: Callable[[str], bool]) -> set[int]:
    """Starts of the lower-case words that stand in a run of unknown lower-case words:
    Hindi, Urdu or Swahili written in Latin letters. English typos come one at a time."""
    out: set[int] = set()
    run: list[Word] = []

    def close() -> None:
        if len(run) >= UNKNOWN_RUN or len(run) >= UNKNOWN_RUN_QUOTED and _quoted(run, spans):
            out.update(w.start for w in run)
        run.clear()

    for w in words:
        unknown = w.text.islower() and not known(w.text)
        if run and (not unknown or "\n" in text[run[-1].end:w.start] or w.start - run[-1].end > 4):
            close()
        if unknown:
            run.append(w)
    close()
    return out


def _quoted(run: Sequence[Word], spans: list[tuple[int, int]]) -> bool:
    starts = [s for s, _ in spans]
    i = bisect_left(starts, run[0].start + 1) - 1
    return i >= 0 and spans[i][0] <= run[0].start and run[-1].end <= spans[i][1]


#: a paragraph whose lower-case words are mostly in no English dictionary is written in
#: another language (Tongan, Maori, a transliterated Hindi slogan): its words are not typos.
#: English with a slip or two, even machine-mangled, stays far below half
FOREIGN_LINE_SHARE = 0.5
FOREIGN_LINE_MIN_WORDS = 6
_LINE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def foreign_lines(text: str, words: Sequence[Word], in_dictionary: Callable[[str], bool]) -> set[int]:
    """Starts of the words that stand in a paragraph (a line) of another language."""
    out: set[int] = set()
    starts = [w.start for w in words]
    pos = 0
    for line in text.split("\n"):
        lower = [t for t in _LINE_WORD.findall(line) if t[:1].islower() and len(t) >= 2]
        unknown = sum(1 for t in lower if not (t.isascii() and in_dictionary(t)))
        if len(lower) >= FOREIGN_LINE_MIN_WORDS and unknown >= FOREIGN_LINE_SHARE * len(lower):
            end = pos + len(line)
            out.update(w.start for w in words[bisect_left(starts, pos):bisect_left(starts, end)])
        pos += len(line) + 1
    return out
