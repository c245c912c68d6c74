"""Spotting one name written two ways when no curated family lists it.

Narrow signals, each chosen because two *different* names almost never produce it:
a hyphen against a space inside a name ("Kim Jong-un" / "Kim Jong Un"), the same word in
different inner capitals ("DeSantis" / "Desantis"), transliterated endings or
diacritics ("Navalny" / "Navalnyy", "Erdoğan" / "Erdogan"), and another particle between
the same two names ("Ana de Lima" / "Ana da Lima"). Loose fuzzy matching is left
out on purpose: different people share near-identical names ("Mark" / "Mary Kelly").
"""
from __future__ import annotations

import unicodedata
from collections import defaultdict
from typing import Callable

import regex
from ..ordering import longest_first

#: word-forming prefixes whose hyphenation is a matter of grammar, not of a name
_PREFIXES = {
    "anti", "pro", "non", "pre", "post", "ex", "mid", "neo", "co", "re", "self", "all",
    "semi", "vice", "trans", "inter", "sub", "super", "multi", "pan", "cross", "north",
    "south", "east", "west", "sino", "euro", "afro", "anglo", "franco", "russo", "ultra",
    "far", "half", "well", "long", "short", "high", "low", "full", "part", "first", "one",
    "two", "three", "world", "year", "old", "new", "great", "then", "now", "so", "hard",
}

#: a short romanised syllable pair after a capitalised word: "Kim Jong-un", "Moon Jae-in"
_HYPHENATED = regex.compile(r"(?<=\b\p{Lu}\p{Ll}{1,5}[ \t]+)(?P<a>\p{Lu}\p{Ll}{0,3})-(?P<b>\p{L}\p{Ll}{1,4})(?![\w-])")
_INNER_CAPS = regex.compile(r"(?<![\w’'#@/.-])\p{Lu}\p{Ll}+\p{Lu}\p{L}*(?![\w-])")
_CAPITALISED = regex.compile(r"(?<![\w’'#@/.-])\p{Lu}\p{Ll}{3,}(?![\w-])")
_NAME_ENDING = regex.compile(r"(?:yy|iy|ii|yi|y|i|ey|ei|ej)$")


Spans = list[tuple[int, int]]
#: a pair of spellings: (form, its spans, other form, its spans, what differs)
Pair = tuple[str, Spans, str, Spans, str]
Keep = Callable[[int, int], bool]


#: the particles of names, by family: one family's members are slips or variants of each other
#: ("da Silva" / "de Silva", "van Dijk" / "von Dijk", "al-Assad" / "el-Assad")
PARTICLE_FAMILIES = (
    frozenset({"da", "de", "do", "dos", "das", "di", "du", "del", "della", "des"}),
    frozenset({"van", "von"}),
    frozenset({"al", "el"}),
    frozenset({"bin", "ben", "ibn"}),
)
_PARTICLES = "|".join(sorted({p for f in PARTICLE_FAMILIES for p in f}, key=longest_first))
#: a capitalised word, a lower-case particle and another capitalised word: "Ana de Lima",
#: "Bashar al-Assad" (the words a name's own, at most 20 letters each)
_PARTICLE_NAME = regex.compile(
    rf"(?<![\w’'-])(?P<a>\p{{Lu}}\p{{Ll}}{{1,20}})[ \t]+(?P<p>{_PARTICLES})(?P<sep>[ \t]+|-)"
    rf"(?P<b>\p{{Lu}}\p{{Ll}}{{1,20}})(?![\w’'-])")


def _spans_by_form(pattern: regex.Pattern, text: str, keep: Keep) -> dict[str, Spans]:
    spans: dict[str, Spans] = defaultdict(list)
    for m in pattern.finditer(text):
        if keep(*m.span()):
            spans[m.group(0)].append(m.span())
    return spans


def hyphen_space(text: str, keep: Keep = lambda s, e: True) -> list[Pair]:
    """A romanised given name written hyphenated and spaced, or hyphenated in different
    capitals: "Jong-un" / "Jong Un" / "Jong-Un". Only short syllables after a capitalised
    word count, so "Mr-Trump" (a lost space) or "Counter-terrorism" stay out."""
    out: list[Pair] = []
    seen = set()
    for m in _HYPHENATED.finditer(text):
        a, b = m["a"], m["b"]
        if a.lower() in _PREFIXES or (a, b.lower()) in seen:
            continue
        seen.add((a, b.lower()))
        hyph = regex.compile(rf"(?<![\w’'-]){regex.escape(a)}-(?i:{regex.escape(b)})(?![\w-])")
        by_form = _spans_by_form(hyph, text, keep)
        lower = [f for f in by_form if f.split("-", 1)[1][:1].islower()]
        if not lower:
            continue  # "Jean-Pierre", "Austria-Hungary": not the romanisation pattern
        spaced = regex.compile(
            rf"(?<![\w’'-]){regex.escape(a)}[ \t]+{regex.escape(b[0].upper())}{regex.escape(b[1:])}(?![\w-])"
        )
        spaced_spans = [s.span() for s in spaced.finditer(text) if keep(*s.span())]
        if spaced_spans:
            form = " ".join(text[spaced_spans[0][0]:spaced_spans[0][1]].split())
            out.append((lower[0], by_form[lower[0]], form, spaced_spans, "hyphenation"))
        elif len(by_form) > 1:
            other = next(f for f in by_form if f != lower[0])
            out.append((lower[0], by_form[lower[0]], other, by_form[other], "capitals"))
    return out


def particles(text: str, keep: Keep = lambda s, e: True) -> list[Pair]:
    """The same two names joined by different particles of one family: "Ana da Lima" and
    "Ana de Lima". A story names one person the same way throughout; two people whose
    names differ only in the particle are rarer than a slip, or a second spelling pasted in."""
    # (given name, surname, family) -> particle -> (the form as first written, its spans)
    by_key: dict[tuple[str, str, int], dict[str, tuple[str, Spans]]] = defaultdict(dict)
    for m in _PARTICLE_NAME.finditer(text):
        if not keep(*m.span()):
            continue
        family = next(i for i, f in enumerate(PARTICLE_FAMILIES) if m["p"] in f)
        form = f"{m['a']} {m['p']}{'-' if m['sep'] == '-' else ' '}{m['b']}"
        by_key[(m["a"], m["b"], family)].setdefault(m["p"], (form, []))[1].append(m.span())
    out: list[Pair] = []
    for forms in by_key.values():
        if len(forms) < 2:
            continue  # one particle, however spaced ("al Khayr", "al-Khayr")
        (a, a_spans), (b, b_spans) = list(forms.values())[:2]
        out.append((a, a_spans, b, b_spans, "another particle"))
    return out


def _fold(word: str) -> str:
    """Diacritics dropped, lower case."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def accent_only_in_stray(stray: str, target: str) -> bool:
    """The rarer form is the one with the accent ("Sánchez" once in a story that writes
    "Sanchez"): the story's spelling is the plain one and the accented form is the name's own,
    so there is nothing to correct; the labellers of real copy leave it, and the fix would
    strip a correct accent."""
    return _fold(stray) == _fold(target) and _diacritics(stray) > _diacritics(target)


def _diacritics(word: str) -> int:
    return sum(1 for c in unicodedata.normalize("NFKD", word) if unicodedata.combining(c))


def _skeleton(word: str) -> str:
    """The spelling with transliterated endings merged: -y/-i/-iy/-yy/-ii and -ey/-ei."""
    folded = _fold(word)
    return _NAME_ENDING.sub(lambda m: "ei" if m.group(0) in ("ey", "ei", "ej") else "i", folded)


def word_variants(text: str, keep: Keep = lambda s, e: True) -> list[Pair]:
    """Single capitalised words that spell one name two ways: inner capitals
    ("DeSantis" / "Desantis"), one diacritic ("Erdoğan" / "Erdogan"), or a transliterated
    ending ("Navalny" / "Navalnyy") - the last only when the two are not followed by
    different surnames ("Alexei Pushkarev" and "Alexey Zaitsev" are two people)."""
    words = _spans_by_form(_CAPITALISED, text, keep)
    for w, sp in _spans_by_form(_INNER_CAPS, text, keep).items():
        words.setdefault(w, sp)
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for w in words:
        if len(w) >= 4:
            groups[("capitals", w.lower())].append(w)
            groups[("accents", _fold(w))].append(w)
        if len(w) >= 6:
            groups[("transliterated ending", _skeleton(w))].append(w)
    out: list[Pair] = []
    reported: set[frozenset[str]] = set()
    for (how, _), forms in groups.items():
        if len(forms) < 2:
            continue
        a, b = forms[0], forms[1]
        if how == "capitals" and not (_has_inner_capital(a) or _has_inner_capital(b)):
            continue
        if how == "accents":
            if a.lower() == b.lower() or max(_diacritics(a), _diacritics(b)) > 1:
                continue  # several marks: a pinyin gloss or a deliberate native spelling
            if _different_surnames(text, words[a], words[b]):
                continue  # "François Hollande" and "Francois Fillon"
        if how == "transliterated ending":
            if _fold(a) == _fold(b) or not _same_stem(a, b):
                continue
            if _different_surnames(text, words[a], words[b]):
                continue
        pair = frozenset((a, b))
        if pair in reported:
            continue
        reported.add(pair)
        out.append((a, words[a], b, words[b], how))
    return out


_NEXT_WORD = regex.compile(r"[ \t]+(\p{Lu}[\p{L}’'-]+)")


def _different_surnames(text: str, a_spans: Spans, b_spans: Spans) -> bool:
    def following(spans: Spans) -> set[str]:
        out = set()
        for _, end in spans:
            m = _NEXT_WORD.match(text, end)
            if m:
                out.add(_skeleton(m.group(1)))
        return out

    fa, fb = following(a_spans), following(b_spans)
    return bool(fa and fb and not fa & fb)


def _has_inner_capital(word: str) -> bool:
    return any(c.isupper() for c in word[1:]) and not word.isupper()


def _same_stem(a: str, b: str) -> bool:
    """Transliterated endings differ only in their last two or three letters."""
    a, b = _fold(a), _fold(b)
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= max(len(a), len(b)) - 3 and common >= 4


def stray_first(a: str, a_spans: Spans, b: str, b_spans: Spans) -> tuple[str, Spans, str, Spans]:
    """The pair ordered (stray form, its spans, settled form, its spans): the form used
    less often is the stray; on a tie, the one without the accent ("Francois" beside
    "François"), the one the gazetteer does not know as a well-known person or place
    ("Desantis" beside "DeSantis"), and then the later one. Two forms that
    differ only in capitals are the exception: when the knowledge base or the gazetteer
    ranks one as a famous person or a major place and not the other, the other is the stray
    however often the story uses it (suggesting "Desantis" for "DeSantis" would be wrong)."""
    if a.lower() == b.lower():
        ra, rb = _renown(a), _renown(b)
        if min(ra, rb) == 0.0 and max(ra, rb) >= FAMOUS:
            return (a, a_spans, b, b_spans) if ra < rb else (b, b_spans, a, a_spans)
    if len(a_spans) != len(b_spans):
        return (a, a_spans, b, b_spans) if len(a_spans) < len(b_spans) else (b, b_spans, a, a_spans)
    if _fold(a) == _fold(b) and _diacritics(a) != _diacritics(b):
        # one use each of "François" and "Francois": the accent is the name's own spelling
        return (a, a_spans, b, b_spans) if _diacritics(a) < _diacritics(b) else (b, b_spans, a, a_spans)
    ra, rb = _renown(a), _renown(b)
    if ra != rb:
        return (a, a_spans, b, b_spans) if ra < rb else (b, b_spans, a, a_spans)
    return (a, a_spans, b, b_spans) if a_spans[0] > b_spans[0] else (b, b_spans, a, a_spans)


#: the renown from which a spelling's capitals are taken as the name's own ("DeSantis")
FAMOUS = 3.0


def _renown(form: str) -> float:
    """The gazetteer's rank of the spelling as a person's or a place's (0 for a surname list's)."""
    from .name_mentions import ask_gazetteer  # a sibling check's gazetteer access, loaded lazily

    e = ask_gazetteer("lookup", form, None)
    return e.prominence if e is not None and ("P" in e.kinds or "L" in e.kinds) else 0.0


def dropped_letters(text: str, keep: Keep = lambda s, e: True) -> list[Pair]:
    """A name a scrape wrote without the letters it could not encode ("Orbn"), beside the
    same name with those letters, accented or plain ("Orbán", "Orban"): the short form
    is a well-known name's word with its letters outside ASCII deleted. Ordered (stray,
    settled), whichever the story uses more: the deleted form is never a spelling."""
    words = _spans_by_form(_SHORT_CAPITALISED, text, keep)
    by_start: dict[tuple[str, int], list[str]] = defaultdict(list)
    for b in words:
        by_start[(b[0], len(b))].append(b)
    out: list[Pair] = []
    for a, a_spans in words.items():
        if not a.isascii():
            continue
        longer = [b for extra in range(1, MOST_DELETED + 1) for b in by_start.get((a[0], len(a) + extra), ())
                  if _subsequence(a, b)]
        if not longer:
            continue  # the common case: no gazetteer look-up at all
        from ..gazetteer import gazetteer
        from ..spelling.famous import accents_deleted
        from ..spelling.lexicon import lexicon

        if len(a) < MIN_DELETED_FORM or lexicon().zipf(a) >= 1.0 or gazetteer().is_name_token(a):
            continue  # a word or name of its own ("Nov" beside "Nova" is a month)

        meant = {_fold(t) for t in accents_deleted().get(a, ())}
        for b in longer:
            if _fold(b) in meant:
                out.append((a, a_spans, b, words[b], "letters a scrape deleted"))
                break
    return out


#: the most letters a scrape deletes from one name word ("Orbán": one)
MOST_DELETED = 4
#: the shortest deleted form judged: three letters are too often an abbreviation
MIN_DELETED_FORM = 4
_SHORT_CAPITALISED = regex.compile(r"(?<![\w’'#@/.-])\p{Lu}\p{Ll}{2,}(?![\w-])")


def _subsequence(short: str, long_: str) -> bool:
    it = iter(long_)
    return all(ch in it for ch in short)


#: what ``swapped_order`` says of its pairs
OTHER_ORDER = "the two names in the other order"
#: two capitalised words side by side on one line: a two-word name ("Kuria Kimani"), or two
#: joined by a patronymic's particle ("Mohammed bin Salman")
_TWO_NAMES = regex.compile(
    r"(?<![\w’'#@/.-])(?=(\p{Lu}\p{Ll}{2,20})(?P<join>[ \t]+(?:(?:bin|ibn|bint|ben)[ \t]+)?)(\p{Lu}\p{Ll}{2,20})(?![\w’'-]))")


def swapped_order(text: str, keep: Keep = lambda s, e: True) -> list[Pair]:
    """One person's two names in both orders ("Kuria Kimani" / "Kimani Kuria", "Xi Jinping" /
    "Jinping Xi", "Mohammed bin Salman" / "Salman bin Mohammed": the father's name is the
    son's): a writer who put the surname first in one place has swapped them. Both
    words must be names, not words of the dictionary ("Court Appeal" is no name)."""
    from .name_mentions import common_word  # a sibling check's word list, loaded lazily

    spans: dict[tuple[str, str, str], Spans] = defaultdict(list)
    for m in _TWO_NAMES.finditer(text):
        a, join, b = m.group(1), " ".join(m["join"].split()), m.group(3)
        if keep(m.start(1), m.end(3)):
            spans[(a, join, b)].append((m.start(1), m.end(3)))
    pairs: list[Pair] = []
    for (a, join, b), ab in spans.items():
        ba = spans.get((b, join, a))
        if ba is None or a >= b or common_word(a) or common_word(b):
            continue
        # "Mohamed Abdullahi Mohamed", a name doubled by a scrape: both orders in one run
        ab_alone = [s for s in ab if not any(_touch(s, o) for o in ba)]
        ba_alone = [s for s in ba if not any(_touch(s, o) for o in ab)]
        if ab_alone and ba_alone:
            sep = f" {join} " if join else " "
            pairs.append((f"{a}{sep}{b}", ab_alone, f"{b}{sep}{a}", ba_alone, OTHER_ORDER))
    return pairs


def _touch(x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Two spans that overlap or stand a space apart (one run of name words)."""
    return x[0] <= y[1] + 1 and y[0] <= x[1] + 1


#: a body's name: a name word before the noun that says what kind of body it is
_BODY = regex.compile(
    r"(?<![\w’'#@/.-])(\p{Lu}\p{Ll}{3,20})[ \t]+(League|Party|Front|Congress|Movement|Alliance|Union|Council|"
    r"Army|Forces|Bank|Group|Federation|Ministry|University|Church|Committee|Commission|Agency|Institute|"
    r"Foundation)(?![\w’'-])")


#: how a body's pair is described (its stray comes first)
BODY_SLIP = "one letter apart before the same"
#: on a tie, the body's name word running text uses this much more often is the right one
TIE_GAP = 1.0


def body_slips(text: str, keep: Keep = lambda s, e: True) -> list[Pair]:
    """One body's name with its name word one letter off ("Swami League" once beside "Awami
    League" three times): the same kind of body, the name word one edit from a name the story
    uses more often, which is no English word ("Armed Services" / "Serviced Committee" and
    "Syrian" / "Syria Army" are left to the word rules)."""
    from rapidfuzz.distance import OSA

    from .name_mentions import common_word  # a sibling check's word list, loaded lazily

    spans: dict[tuple[str, str], Spans] = defaultdict(list)
    for m in _BODY.finditer(text):
        if keep(m.start(1), m.end(2)):
            spans[(m.group(1), m.group(2))].append((m.start(1), m.end(2)))
    pairs: list[Pair] = []
    lex = None
    for (a, head), a_spans in spans.items():
        for (b, head_b), b_spans in spans.items():
            if head_b != head or len(a_spans) > len(b_spans) or common_word(b) or OSA.distance(a, b) != 1:
                continue
            if len(a_spans) == len(b_spans):
                # as often as the other: the slip is the spelling running text hardly uses
                # ("Janta Party" beside "Janata Party", each once)
                if lex is None:
                    from ..spelling.lexicon import lexicon
                    lex = lexicon()
                if lex.zipf(b) < lex.zipf(a) + TIE_GAP:
                    continue
            pairs.append((f"{a} {head}", a_spans, f"{b} {head}", b_spans, f"{BODY_SLIP} “{head}”"))
    return pairs
