"""Synonym-spun phrases (category ``typo``): copy put through a text spinner.

Rule:
  grammar.spun-phrase  a common collocation with one word swapped for a thesaurus synonym
                       of the wrong sense ("officials mentioned" for "officials said", "governing
                       physique" for "governing body", "the county courtroom" for "the county
                       court"): content farms spin wire copy this way. The message names
                       the likely original. A decimal with a digit spelt out ("2.six per
                       cent") is a spinner's too, reported on its own.

The table (``rules/grammar/spun.tsv.gz``, built by ``tools/build_spun.py``) holds variants
that are absent from Google Web 1T's bigram counts while the original is there. One such
pair can be a writer's choice, so a draft is flagged only when it shows two different
swaps ("mentioned" for "said" and "physique" for "body"): a spinner makes many, a writer
almost never two. A capitalised pair from the table ("District Courtroom") is a name the
spinner reached, read only when the text also shows a lower-case swap. The table is read on
first use (~2,500 rows).
"""
from __future__ import annotations

import gzip
from functools import lru_cache
from typing import Iterator

import regex

from ..data import rules_dir
from ..document import Document
from ..finding import Finding, Severity
from ..rule import BaseRule
from ..ordering import longest_first

#: the word before and after a spinner's word, one space away. The first word of a pair may
#: open a sentence ("Officials mentioned"); the second is lower case (a capital starts a name)
_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’-])(\p{Lu}?[\p{Ll}-]+) $")
_AFTER = regex.compile(r" ([\p{Ll}-]+)(?![\p{L}\p{N}'’-])")
#: the same for a capitalised pair, a name a spinner swapped a word of ("Harbour Courtroom")
_NAME_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}-]+) $")
_NAME_AFTER = regex.compile(r" (\p{Lu}[\p{Ll}-]+)(?![\p{L}\p{N}'’-])")
#: different swaps a draft must show before any is reported
MIN_SWAPS = 2
#: a spinner's phrase for a function word, told by the verb after it: "before boarding"
#: becomes "earlier than boarding", "then locking" becomes "after which locking" (none of
#: either on the clean articles); (pattern, what it replaced)
_PHRASES = (
    (regex.compile(r"(?<![\p{L}-])([Ee]arlier than) (\p{Ll}{3,}ing)(?![\p{L}-])"), "before"),
    (regex.compile(r"(?<![\p{L}-])([Aa]fter which) (\p{Ll}{3,}ing)(?![\p{L}-])"), "then"),
)

#: a spinner's swap of one word for several, or in a phrase a pair table cannot hold (stop 39:
#: "the ruling get together" for party, "greater than 4 a long time" for four decades, "the
#: elections fee" for commission, "in a submit on X" for post, "legal guidelines" for laws);
#: (pattern, the original with the pattern's groups, the swap) and, like every swap, reported
#: only in a draft showing two different ones. None on the clean articles.
_MULTI_SWAPS = (
    (regex.compile(r"(?<![\p{L}-])((?:\p{Lu}[\p{Lu}-]{1,10}|\(\p{Lu}{2,6}\)|ruling|opposition|governing|political|"
                   r"main|[Tt]he|[Aa]) )get together(?![\p{L}-])(?! (?:with|to|again|for|and|at|in|on|over|soon)\b)"),
     r"\1party", ("get together", "party")),
    (regex.compile(r"(?<![\p{L}-])(\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) a long time(?![\p{L}-])"),
     r"\1 decades", ("a long time", "decades")),
    (regex.compile(r"(?<![\p{L}-])([Ee]lectoral|[Ee]lections?|[Hh]uman rights|[Ee]uropean) fee(?![\p{L}-])"),
     r"\1 commission", ("fee", "commission")),
    (regex.compile(r"(?<![\p{L}-])([Ii]n|[Oo]n) a submit on(?![\p{L}-])"), r"\1 a post on", ("submit", "post")),
    (regex.compile(r"(?<![\p{L}-])(new|tough|strict|powerful|existing|current|the) legal guidelines(?![\p{L}-])"),
     r"\1 laws", ("legal guidelines", "laws")),
    (regex.compile(r"(?<![\p{L}-])([Cc]onstitutional|[Ss]upreme|[Hh]igh|[Tt]op|[Ff]ederal|[Aa]ppeals?) courtroom(?![\p{L}-])"),
     r"\1 court", ("courtroom", "court")),
)

#: "source" spun into a noun of another sense before a verb of saying ("a supply advised the
#: outlet", "one origin stated", "a supply near to the couple"): no writer's choice, so one is
#: enough. "A supplier said", "the water supply stated in the report" are left alone.
_SOURCE_SWAP = regex.compile(
    r"(?<![\p{L}-])((?:[Aa]n?|[Oo]ne|[Aa]nother) (?:supply|origin|provide|useful resource))"
    r" (?:advised|advises|stated|states|instructed|instructs|knowledgeable|informed|informs|defined|mentioned|"
    r"mentions|revealed|reveals|disclosed|discloses|shared|shares|added|acknowledged|near to|shut to|close to)"
    r"(?![\p{L}-])(?! (?:in|to|by|with|from|as|that was)\b)")
#: what the spun noun stood for
_SOURCE_NOUNS = {"supply": "source", "origin": "source", "provide": "source",
                 "useful resource": "source"}


#: a decimal whose digits after the point a spinner spelt out as a word ("2.six per cent",
#: "0.three"): no writer's choice (none on the 3,823 clean articles), so one is enough
_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
#: lower case only: "in 2019.Nine people" is a missing space after a full stop, not a spinner
_SPELT_DECIMAL = regex.compile(r"(?<![\p{L}\p{N}.])(\p{N}+)\.(%s)(?![\p{L}\p{N}-])" % "|".join(_DIGIT_WORDS))


def _spelt_decimals(text: str) -> Iterator[tuple[int, int, str, str, tuple[str, str]]]:
    if "." not in text:
        return
    for m in _SPELT_DECIMAL.finditer(text):
        digit = str(_DIGIT_WORDS.index(m.group(2)))
        yield m.start(), m.end(), m.group(), f"{m.group(1)}.{digit}", (m.group(2), digit)


def _source_swaps(text: str) -> Iterator[tuple[int, int, str, str, tuple[str, str]]]:
    for m in _SOURCE_SWAP.finditer(text):
        phrase = m.group(1)
        noun = next(n for n in sorted(_SOURCE_NOUNS, key=longest_first) if phrase.endswith(n))
        original = phrase[: -len(noun)] + _SOURCE_NOUNS[noun] + text[m.end(1):m.end()]
        yield m.start(), m.end(), m.group(), original, (noun, _SOURCE_NOUNS[noun])


def _is_verb_ing(word: str) -> bool:
    """A verb's -ing form ("boarding"), not a noun that ends so ("morning", "during")."""
    from lemminflect import getAllLemmas

    return any(lemma != word for lemma in getAllLemmas(word).get("VERB", ()))


def _read() -> dict[str, str]:
    with gzip.open(rules_dir() / "grammar" / "spun.tsv.gz", "rt", encoding="utf-8") as fh:
        return dict(line.rstrip("\n").split("\t") for line in fh)


@lru_cache(maxsize=1)
def spun_table() -> dict[str, str]:
    """variant -> original, lower case; kept parsed between processes (attrlint/memo.py)."""
    from ..memo import cached

    return cached("spun-phrases", _read, [rules_dir() / "grammar" / "spun.tsv.gz"], code=False)


@lru_cache(maxsize=1)
def _spinner_words() -> tuple[str, ...]:
    """The words a spinner put in (a few dozen): only pairs round them are looked up."""
    return tuple(sorted({_swap(v, o)[0] for v, o in spun_table().items()}))


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c in "'’-"


def _occurrences(text: str, low: str) -> Iterator[tuple[int, int]]:
    """Where a spinner's word stands as a whole word (``str.find``: a pattern of the few dozen
    words took ~30 ms to compile, more than a draft's search)."""
    for word in _spinner_words():
        i = low.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not _is_word_char(text[i - 1])) and (j == len(text) or not _is_word_char(text[j])):
                yield i, j
            i = low.find(word, j)


def _swap(variant: str, original: str) -> tuple[str, str]:
    """The word a spinner put in and the word it replaced."""
    for new, old in zip(variant.split(), original.split()):
        if new != old:
            return new, old
    return variant, original


def _cased(original: str, written: str) -> str:
    if " " in written and all(w[:1].isupper() for w in written.split()):
        return original.title()  # a name keeps its capitals: "Harbour Courtroom" -> "Harbour Court"
    return original[:1].upper() + original[1:] if written[:1].isupper() else original


def _named_pairs(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """The capitalised pairs a capitalised spinner's word stands in ("District Courtroom"): with
    the word before, then with the word after, when that word is capitalised too."""
    word = text[start:end]
    if not (word[:1].isupper() and word[1:].islower()):
        return
    before = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if before is not None:
        yield before.start(1), end, text[before.start(1):end]
    after = _NAME_AFTER.match(text, end)
    if after is not None:
        yield start, after.end(1), text[start:after.end(1)]


class SpunPhrase(BaseRule):
    id = "grammar.spun-phrase"
    category = "typo"
    severity = Severity.WARNING
    description = ("A common phrase with one word swapped for a synonym of the wrong sense by a text "
                   "spinner (“officials mentioned” for “officials said”, “governing physique” for “governing body”).")

    def check(self, doc: Document) -> Iterator[Finding]:
        table = spun_table()
        text = doc.text
        hits: list[tuple[int, int, str, str, tuple[str, str]]] = []
        names: list[tuple[int, int, str, str, tuple[str, str]]] = []
        for start, end in sorted(_occurrences(text, text.lower())):
            word = text[start:end]
            # the pair with the word before, else with the word after: one finding a word
            before = _BEFORE.search(text, max(0, start - 40), start)
            if before is not None and word.islower():
                original = table.get(f"{before.group(1).lower()} {word}")
                if original is not None:
                    written = text[before.start(1):end]
                    hits.append((before.start(1), end, written, original, _swap(written.lower(), original)))
                    continue
            after = _AFTER.match(text, end)
            if after is not None and word[1:].islower():
                original = table.get(f"{word.lower()} {after.group(1)}")
                if original is not None:
                    written = text[start:after.end(1)]
                    hits.append((start, after.end(1), written, original, _swap(written.lower(), original)))
                    continue
            for n_start, n_end, written in _named_pairs(text, start, end):
                original = table.get(written.lower())
                if original is not None:
                    names.append((n_start, n_end, written, original, _swap(written.lower(), original)))
                    break
        for pattern, replaced in _PHRASES:
            for m in pattern.finditer(text):
                if _is_verb_ing(m.group(2)):
                    hits.append((m.start(), m.end(), m.group(), f"{replaced} {m.group(2)}",
                                 (m.group(1).lower(), replaced)))
        for pattern, original, swap in _MULTI_SWAPS:
            for m in pattern.finditer(text):
                hits.append((m.start(), m.end(), m.group(), m.expand(original).strip(), swap))
        sources = list(_source_swaps(text)) + list(_spelt_decimals(text))
        hits.extend(sources)
        if not hits:
            return  # a spun name is read only in a text a spinner visibly touched
        hits.extend(names)
        swaps = {swap for *_, swap in hits}
        if len(swaps) < MIN_SWAPS and not sources:
            return
        listed = ", ".join(f"“{new}” for “{old}”" for new, old in sorted(swaps))
        for start, end, written, original, (_, old) in sorted(hits):
            if old.isdigit():
                yield self.finding(
                    doc, start, end,
                    f"“{written}” is the figure “{original}” with a digit spelt out as a word, as a text "
                    f"spinner writes it (this text has {len(swaps)} such swaps: {listed}). Write the figure "
                    f"“{original}” and check the copy against its source.",
                    suggestions=[original], evidence="a digit after a decimal point spelt as a word")
                continue
            fix = _cased(original, written)
            yield self.finding(
                doc, start, end,
                f"“{written}” looks like a synonym-spun “{fix}”: a text spinner swapped a word for a synonym "
                f"of the wrong sense (this text has {len(swaps)} such swaps: {listed}). Restore the original "
                f"wording from the source.",
                suggestions=[fix], evidence=f"“{written}” is rare in English; “{fix}” is common",
            )


def rules():
    return [SpunPhrase()]
