"""Real words in the wrong place (category ``typo``), decided from evidence.

Rules:
  grammar.confusable      a word from a confusion set where another member fits the
                          neighbouring words far better by web bigram counts ("to loose")
  grammar.idiom           a fixed expression with a sound-alike inside ("free reign",
                          "bare in mind", "stormed the US Capital", "with in ten minutes")
  grammar.split-compound  a closed compound written as two words ("court room") when the
                          closed form is far commoner than the split one
  grammar.agent-noun      a thing doing what only a person does, one letter short of the
                          person the story is about ("The office ordered the driver", with
                          an officer in the same paragraph)
  grammar.real-word       a dictionary word that is a dropped or swapped letter of a word the
                          story uses elsewhere, where the neighbours fit that word ("its unclear
                          program", with "nuclear" in the story; ``grammar/realword.py``)

Sets and idioms are data (``rules/confusables.toml``); the counts are in
``rules/grammar/ngrams.tsv.gz`` (see ``tools/build_bigrams.py``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from ..data import load_data
from ..document import Document
from ..finding import Finding, Severity
from ..grammar.confusion import confusion_sets, judge, norm
from ..grammar.literals import find_all, matches_from, may_match, required
from ..grammar.ngrams import FLOOR, ngrams
from ..grammar.realword import MIN_CANDIDATE, reached, suspect
from ..grammar.tokens import token_table
from ..rule import BaseRule
from ..spelling.candidates import keep_case
from ..spelling.lexicon import lexicon
from ..spelling.tokens import starts_sentence
from ..ordering import longest_first

_PREV = regex.compile(r"([\w.’'-]+)[ \t]+$")
_NEXT = regex.compile(r"^[ \t]+([\w’'-]+)")
_NOUN = frozenset({"NOUN"})
_SUBJECT = frozenset({"nsubj"})


def _neighbours(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The words right before and after a span, when only spaces separate them."""
    p = _PREV.search(text, max(0, start - 40), start)
    n = _NEXT.match(text[end:end + 40])
    prev = p.group(1) if p else None
    if prev and prev.endswith(".") and not regex.fullmatch(r"(?:\p{L}\.){2,}", prev):
        prev = None  # a full stop ends a sentence, except in "U.S."
    return prev, (n.group(1) if n else None)


@lru_cache(maxsize=1)
def _guards() -> dict[str, tuple[frozenset[str], regex.Pattern | None, bool, bool]]:
    """written word -> (words after which it is used as itself, a following construction the
    bigrams cannot see, whether a name before it is left alone, whether the word after must
    be seen with the alternative), from the sets' ``not_after``, ``unless_next``,
    ``not_after_name`` and ``need_next`` keys."""
    out = {}
    for s in load_data("confusables.toml").get("sets", []):
        after = frozenset(s.get("not_after", ()))
        nxt = regex.compile(s["unless_next"]) if s.get("unless_next") else None
        name, need = bool(s.get("not_after_name")), bool(s.get("need_next"))
        if after or nxt or name or need:
            for w in s.get("only", s["words"]):
                out[w] = (after, nxt, name, need)
    return out


@lru_cache(maxsize=1)
def _openers() -> dict[str, regex.Pattern]:
    """written word -> the sentence openings before which it stands rightly (the sets'
    ``unless_before``): "At no point were they told" inverts subject and verb after a
    negative adverbial, and the counts of "point where" cannot see the "At no"."""
    out = {}
    for s in load_data("confusables.toml").get("sets", []):
        if s.get("unless_before"):
            pattern = regex.compile(s["unless_before"], regex.IGNORECASE)
            for w in s.get("only", s["words"]):
                out[w] = pattern
    return out


def _sentence_before(text: str, start: int) -> str:
    """The sentence so far, up to a word (at most 200 characters back)."""
    lo = max(0, start - 200)
    cut = max(text.rfind(c, lo, start) for c in ".!?\n")
    return text[max(lo, cut + 1):start]


def _name_before(text: str, start: int, prev: str | None) -> bool:
    """A capitalised word before, not at a sentence start: a name ("Hay Point were shut"),
    whose neighbours the counts of the common noun ("point where") do not describe."""
    if not prev or not prev[0].isupper() or prev.isupper() and len(prev) > 1:
        return False
    p_start = text.rfind(prev, max(0, start - 40), start)
    return p_start >= 0 and not starts_sentence(text, p_start)


class Confusable(BaseRule):
    id = "grammar.confusable"
    category = "typo"
    severity = Severity.WARNING
    description = ("A word from a confusion set (lose/loose, than/then, led/lead ...) where another "
                   "member fits the neighbouring words far better, by web bigram counts.")

    @staticmethod
    @lru_cache(maxsize=1)
    def _pattern() -> regex.Pattern:
        words = "|".join(sorted(confusion_sets(), key=longest_first))
        return regex.compile(rf"(?<![\w’'-])(?:{words})(?![\w-]|['’]\w)", regex.IGNORECASE)

    @staticmethod
    def _matches(text: str) -> Iterator[regex.Match]:
        """The pattern's matches, tried only where a set's word is (case-folded, which keeps
        every character's place unless the story has a letter that folds to two)."""
        folded = text.casefold()
        if len(folded) != len(text):
            return Confusable._pattern().finditer(text)
        starts = [i for w in confusion_sets() for i in find_all(folded, w.casefold())]
        return matches_from(Confusable._pattern(), text, starts)

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in self._matches(text):
            word = m.group(0)
            if not word.islower() and not (word[1:].islower() and starts_sentence(text, m.start())):
                continue  # a name ("Peak District") or shouting
            prev, nxt = _neighbours(text, m.start(), m.end())
            after, unless, name, need = _guards().get(word.lower(), (frozenset(), None, False, False))
            if prev and prev.lower() in after or unless and unless.match(text[m.end():m.end() + 40]):
                continue
            if name and _name_before(text, m.start(), prev):
                continue
            opener = _openers().get(word.lower())
            if opener and opener.search(_sentence_before(text, m.start())):
                continue
            v = judge(prev, word, nxt)
            if v is None or need and not ngrams().bigram(v.better, norm(nxt) or ""):
                continue  # need_next: "the pubic bone" is judged on "the" alone otherwise
            better = keep_case(word, v.better)
            fits = (f"“{better}” goes with the words on both sides of it and “{word}” hardly ever does"
                    if v.by_presence else f"“{better}” fits the words around it about {v.ratio:,.0f} times better")
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{word}” is probably the wrong word here: {fits}. Check which is meant.",
                suggestions=[better], evidence=v.evidence,
            )


@lru_cache(maxsize=1)
def _idioms() -> list[tuple[regex.Pattern, dict, frozenset[str]]]:
    """Each phrase's pattern, its entry, and the strings a match needs (``literals``: read
    from the store, ~3 ms of parsing the patterns in every process otherwise)."""
    from ..memo import cached

    entries = load_data("confusables.toml").get("phrases", [])
    pats = [regex.compile(rf"(?<![\w’'-]){e['pattern']}(?![\w’'-])", 0 if e.get("case_sensitive") else regex.IGNORECASE)
            for e in entries]
    texts = tuple(p.pattern for p in pats)
    needed = cached("idiom-literals", lambda: [required(t) for t in texts], extra=texts)
    return list(zip(pats, entries, needed))


class Idiom(BaseRule):
    id = "grammar.idiom"
    category = "typo"
    severity = Severity.WARNING
    description = ("A fixed expression with a sound-alike word in it (“free reign”, “bare in mind”, "
                   "“pour over the report”, “the Capital building” for the Capitol, “with in” for “within”).")

    def check(self, doc: Document) -> Iterator[Finding]:
        folded = doc.text.casefold()
        for pat, entry, needed in _idioms():
            if not may_match(needed, folded):
                continue  # none of the words it needs: searching the story would find nothing
            for m in pat.finditer(doc.text):
                start, end = m.span("wrong")
                if entry.get("merge") and m.group("tail"):
                    end = m.end("tail")
                wrong = doc.text[start:end]
                right = entry.get("forms", {}).get(m.group("wrong").lower(), entry["right"])
                right = keep_case(m.group("wrong"), right) if not entry.get("case_sensitive") else right
                yield self.finding(
                    doc, start, end,
                    f"“{wrong}” should probably be “{right}”: {entry['why']}.",
                    suggestions=[right], evidence=f"in “{m.group(0)}”", fix=right,
                )


class SplitCompound(BaseRule):
    id = "grammar.split-compound"
    category = "typo"
    severity = Severity.WARNING
    description = ("Two nouns that English writes as one word (“court room”, “wheel chair”): the "
                   "closed form is at least 20 times commoner on the web than the split one.")
    needs = frozenset({"tagger", "parser"})
    RATIO = 20.0
    #: a split form this common on the web is a variant, not a slip
    VARIANT = 1_000_000
    COMPASS = {"north", "south", "east", "west"}
    #: split forms that house styles prescribe (British "per cent"), missing from US web counts
    HOUSE_STYLE = {"per cent"}
    #: a closed form this common, of two parts each a common content word of 3+ letters: the
    #: full web table holds closed names and brands too ("coppermine", "frontgate"), which
    #: a plain "copper mine" or "front gate" must not be read against
    CLOSED_MIN, PART_MIN = 300_000, 1_000_000

    def check(self, doc: Document) -> Iterator[Finding]:
        ng = ngrams()
        table, sp = token_table(doc), doc.spacy
        for i in table.where("pos", _NOUN):  # the nouns, not a Token per word
            if i + 1 >= table.n:
                break
            if table.pos[i + 1] != "NOUN" or not table.space[i]:
                continue
            if table.dep[i] != "compound" or table.head[i] != i + 1 or table.lower[i] in self.COMPASS:
                continue  # not one noun phrase; "north west" is a style choice
            tok, nxt = sp[i], sp[i + 1]
            after = nxt.nbor() if nxt.i + 1 < len(nxt.doc) else None
            if nxt.tag_ not in ("NN", "NNS") or after is not None and after.pos_ in ("DET", "PRON"):
                continue  # "trade marks a win": the second word is a verb
            a, b = tok.text, nxt.text
            if not (a.isalpha() and b.isalpha() and a.islower() and b.islower()):
                continue
            around = doc.text[max(0, tok.idx - 1):tok.idx] + doc.text[nxt.idx + len(b):nxt.idx + len(b) + 1]
            if any(q in around for q in "\"“”‘’'"):
                continue  # a quoted nickname or title ("bat man")
            closed = ng.unigram(a + b)
            if closed < self.CLOSED_MIN or not (self._part(a, ng) and self._part(b, ng)):
                continue
            split = ng.bigram(a, b)
            ratio = closed / (split or FLOOR)
            if ratio < self.RATIO or (split or 0) >= self.VARIANT or f"{a} {b}" in self.HOUSE_STYLE:
                continue  # "per cent", "web site": a standard spelling in its own right
            joined = a + b
            yield self.finding(
                doc, tok.idx, nxt.idx + len(b),
                f"“{a} {b}” is normally written as one word: “{joined}”.",
                suggestions=[joined], fix=joined,
                evidence=(f"web counts: “{joined}” {int(closed):,}, “{a} {b}” "
                          + (f"{int(split):,}" if split else "under 100,000")),
            )

    def _part(self, word: str, ng) -> bool:
        from spacy.lang.en.stop_words import STOP_WORDS  # spaCy is loaded when a rule runs

        return len(word) >= 3 and word not in STOP_WORDS and ng.unigram(word) >= self.PART_MIN


class AgentNoun(BaseRule):
    """"The office ordered the driver out of the car": the officer did. The evidence is the story's
    own: the person noun ("officer") is the thing noun plus -r/-er, and it is used in the
    same paragraph; the verb is one only a person does to someone (it has an object)."""

    id = "grammar.agent-noun"
    category = "typo"
    severity = Severity.WARNING
    description = ("A bare “the office” (or similar) as the subject of something only a person "
                   "does, when the person noun one letter longer (“officer”) is in the same paragraph.")
    needs = frozenset({"tagger", "parser", "lemmatizer"})
    #: verbs whose subject acts on a person in the object (a bureau "said", "announced" or "issued")
    PERSONAL_ACTS = {"tell", "order", "ask", "see", "arrest", "shoot", "stop", "approach", "chase",
                     "grab", "handcuff", "search", "tackle", "detain", "punch", "hit", "push", "follow",
                     "question", "restrain", "pull", "kick", "taser", "tase", "spot", "warn"}

    def check(self, doc: Document) -> Iterator[Finding]:
        sp, table = doc.spacy, token_table(doc)
        for i in table.where("dep", _SUBJECT):
            if table.pos[i] != "NOUN" or not table.is_lower[i]:
                continue
            tok = sp[i]
            if tok.head.lemma_ not in self.PERSONAL_ACTS:
                continue
            mods = [c for c in tok.children if c.dep_ not in ("det", "punct")]
            if mods or [c.lower_ for c in tok.children if c.dep_ == "det"] != ["the"]:
                continue  # "the sheriff's office", "the local office": an organisation
            if not any(c.dep_ == "dobj" for c in tok.head.children):
                continue
            p_start, p_end = doc.paragraph_at(tok.idx) if doc.paragraphs else (0, len(doc.text))
            para = doc.text[p_start:p_end].lower()
            for suffix in ("er", "r"):
                person = tok.lower_ + suffix
                if not regex.search(rf"\b{person}s?\b", para):
                    continue
                fixed = keep_case(tok.text, person)
                yield self.finding(
                    doc, tok.idx, tok.idx + len(tok.text),
                    f"“the {tok.text} {tok.head.text}”: only a person {tok.head.lemma_}s someone; "
                    f"probably “{fixed}”, as elsewhere in this paragraph.",
                    suggestions=[fixed], evidence=f"“{person}” is used in the same paragraph",
                )
                break


_LOWER_WORD = regex.compile(r"(?<![\w’'@/.-])[a-z]{5,}(?![\w’'@/-])")
_WORD = regex.compile(r"\p{L}+")


def _in_headline(text: str, start: int) -> bool:
    """The word stands on a short line or one mostly in capitals: a headline, caption or menu
    (a line is read at most 1,000 characters either side, so a text without breaks stays linear)."""
    lo = text.rfind("\n", max(0, start - 1000), start) + 1 or max(0, start - 1000)
    hi = text.find("\n", start, start + 1000)
    words = _WORD.findall(text[lo:hi if hi >= 0 else start + 1000])
    return len(words) < 6 or sum(w[0].isupper() for w in words) * 2 > len(words)


class RealWord(BaseRule):
    """A letter dropped from a word, or two swapped, can spell another dictionary word ("unclear"
    for "nuclear", "minster" for "minister"), which a spelling check passes. The story's own use
    of the word meant, and web bigram counts on both sides, say which was meant."""

    id = "grammar.real-word"
    category = "typo"
    severity = Severity.WARNING
    description = ("A dictionary word that is a dropped or swapped letter of a word the story uses "
                   "elsewhere, where the neighbouring words fit that word far better (“its unclear "
                   "program” for “nuclear”).")

    def check(self, doc: Document) -> Iterator[Finding]:
        text, ng, lex, sets = doc.text, ngrams(), lexicon(), confusion_sets()
        used = frozenset(_LOWER_WORD.findall(text))
        reachable = reached(used, lambda c: ng.uni.get(c, 0) >= MIN_CANDIDATE)
        starts = [i for w in reachable for i in find_all(text, w)]
        for m in matches_from(_LOWER_WORD, text, starts):  # finditer's matches where one can be
            word = m.group(0)
            if word not in reachable:
                continue  # no word of the story is this one with a letter back or two swapped back
            prev, nxt = _neighbours(text, m.start(), m.end())
            p, n = norm(prev), norm(nxt)
            if not p or not n or not p.isalpha() or not n.isalpha() or not lex.code(word):
                continue  # a sentence edge, a figure, or a word the spelling rule judges
            if word in sets:
                continue  # grammar.confusable judges it, with its set's guards ("a bother")
            v = suspect(ng, p, word, n, used.__contains__)
            if v is None or _in_headline(text, m.start()):
                continue
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{word}” is probably a slip for “{v.better}” (a letter dropped or two swapped): "
                f"“{v.better}” is used elsewhere in the story and fits the words around it far "
                f"better. Check which is meant.",
                suggestions=[v.better], evidence=v.evidence,
            )


def rules():
    return [Confusable(), Idiom(), SplitCompound(), AgentNoun(), RealWord()]
