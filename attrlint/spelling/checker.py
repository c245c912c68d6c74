"""Decide which unknown words are misspellings, and on what evidence.

A lower-case word the lexicon does not hold is a misspelling when a dictionary word is a
short edit away. A capitalised word is presumed a correct name (news is full of names no
dictionary holds) unless there is evidence against it:

* the same document spells a near name differently and more often, or as a known name
  ("Bryasnk" beside "Bryansk");
* its capital is only grammar (first word of a sentence or of a title-case line), the
  story does not repeat it, and it is one edit from a common word ("Fotage" -> "Footage")
  or a recorded misspelling ("Goverment");
* it is unheard of and a finger slip (two letters swapped; in long names a letter
  dropped or doubled) of a well-known name ("Yugolsavia") or of a common capitalised
  word ("Departmnet").

Every verdict carries its evidence, which the finding's message repeats.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..gazetteer import NAME, ORG, gazetteer
from .acronyms import acronym_slips
from .candidates import keep_case
from .cased import cased_form
from .dateline import dateline_slips
from .foreign import foreign_lines, foreign_quotes, near_foreign_words, unknown_runs
from .formation import LOWER_CASE_MIN_ZIPF, british_form, derivation_stem, derived_word, people_compound
from .house import Vocabulary
from .lexicon import DICTIONARY, RARE, SEEN_IN_TEXT, Lexicon, lexicon
from .lowered import lowered_surnames
from .names import NameJudge
from .rare_words import swapped_from_common
from .pools import NAME_TARGET_ZIPF, common_pool, max_edits, name_pool
from .runon import run_together
from .scrambled import scrambled
from .storms import storm_slips
from .shapes import edit_evidence, inner_capital, plausible_name_slip
from .surroundings import Surroundings
from .tokens import Word, speaker_labels, words

#: after a first name, a surname is taken for a slip of a name at least this common
SURNAME_TARGET_ZIPF = 3.0
#: a capitalised word run into a first name, and the surname after it ("StateWilliam Burns")
GLUED_NAME = re.compile(r"([A-Z][a-z]{3,})([A-Z][a-z]{2,})")
GLUED_NAME_NEXT = re.compile(r" [A-Z][a-z]")
#: ... a first name this common in running text
GLUED_FIRST_NAME_ZIPF = 3.5
#: two capitals and then lower case: "WIlliam", "THe"
TWO_CAPITALS = re.compile(r"[A-Z]{2}[a-z]{2,}")
#: words that are only half of a contraction; their own rule speaks about them
FRAGMENTS = {"wo", "ca"}
#: a capitalised unknown word mid-sentence may be a slip of a common word this common
#: (titles and institutions: Minister, President, Department)
CAPITALISED_WORD_ZIPF = 4.0
#: a common word offered for a sentence-initial capitalised typo must be this common
INITIAL_TARGET_ZIPF = 3.0
#: a short word run into its neighbour must be this common ("of", "it", "the")
RUN_ON_ZIPF = 5.5


@dataclass
class Verdict:
    """One word judged misspelt: where, why, and what it should probably be."""

    word: Word
    kind: str  # "common" (spelling.misspelling) or "name" (spelling.proper-noun)
    evidence: str
    suggestions: list[str] = field(default_factory=list)


#: how far either side of a word its sentence is looked for (searching a whole long draft
#: for each word would make the check grow with the square of its length)
_SENTENCE_REACH = 300
#: a token longer than this is no two words run together unless both halves are entries
_ONE_TOKEN_MOST = 100


class Checker(Surroundings):
    """Spelling verdicts for one document."""

    def __init__(self, text: str, vocab: Vocabulary, quote_spans: list[tuple[int, int]] | None = None,
                 use_recorded: bool = True) -> None:
        self.text = text
        self.vocab = vocab
        self.lex: Lexicon = lexicon()
        self.use_recorded = use_recorded
        self.words = words(text)
        self.counts = Counter(w.text for w in self.words)
        # "BRZEZINSKI:": a transcript's speaker labels, in name case, as spellings to compare
        self.labels = Counter(form for form, _, _ in speaker_labels(text))
        self._index = {w.start: i for i, w in enumerate(self.words)}
        self._foreign = foreign_quotes(self.words, quote_spans or [],
                                       lambda t: self.is_known(t) or self.vocab.accepts(t))
        self._unknown_run = unknown_runs(text, self.words, quote_spans or [], self._in_a_dictionary)
        self._unknown_run |= foreign_lines(text, self.words,
                                           lambda t: self.lex.tier(t) == DICTIONARY or self.vocab.accepts(t))
        # words ``judge`` passed on their spelling alone: the same word is judged once
        self._settled: set[str] = set()

    # --- public -----------------------------------------------------------------------
    def verdicts(self) -> list[Verdict]:
        out = []
        skip = set()
        defined = self._defined_by_acronym()
        for w in self.words:
            if self._in_foreign_quote(w) or w.start in self._unknown_run:
                skip.add(w.start)
                continue
            v = self.judge(w)
            if v is not None and not (v.kind == "name" and w.start in defined):
                out.append(v)
                skip.add(w.start)
        skip |= defined
        # whole names and well-known names: evidence the word-by-word judge cannot see
        # ("Kier Starmer"); a spelling the story repeats is its choice, not a slip
        skip |= {w.start for w in self.words if self._after_bare_initial(w) or self._names_an_outlet(w)}
        repeated = frozenset(w.start for w in self.words if self.counts[w.text] > 1)
        for w, evidence, sugg in NameJudge(self.text, self.words, self.vocab.accepts).judge(skip, repeated):
            out.append(Verdict(w, "name", evidence, sugg))
        for typed, start, end, meant in acronym_slips(self.text):
            out.append(Verdict(Word(typed, start, end, False, False), "name",
                               f"the story writes “{meant}” on its own, never “{typed}”", [meant]))
        for typed, start, end, meant in lowered_surnames(self.text):
            out.append(Verdict(Word(typed, start, end, False, False), "name",
                               f"after a title, “{typed}” is the surname the story writes “{meant}”, "
                               "with its capital lost", [meant]))
        for typed, start, end, meant in storm_slips(self.text):
            out.append(Verdict(Word(typed, start, end, False, False), "name",
                               f"no hurricane was ever named “{typed}”; “{meant}” is on the lists of storm names",
                               [meant]))
        for typed, start, end, meant in dateline_slips(self.text):
            out.append(Verdict(Word(typed, start, end, False, False), "name",
                               f"a dateline names the place the story was filed from, and “{typed}” is "
                               f"nobody's spelling: one slip from “{meant}”", [meant]))
        out.sort(key=lambda v: v.word.start)
        return out

    def judge(self, w: Word) -> Verdict | None:
        text = w.text
        if text in self._settled:
            return None
        rejected, replacement = self.vocab.rejection(text)
        if rejected:
            sugg = [keep_case(text, replacement)] if replacement else []
            return Verdict(w, "common", "the house vocabulary rejects this spelling", sugg)
        if self.vocab.accepts(text):
            self._settled.add(text)
            return None
        cased = self._cased_name(w)
        if cased:
            return Verdict(w, "common", f"“{cased}” is a name written that way; write “{cased}”", [cased])
        joined = run_together(text, self.lex)
        if joined and (not text.islower() or len(text) >= 4 and not self._near_foreign_words(w)):
            return Verdict(w, "common", f"two words run together; “{joined}” with the space restored", [joined])
        glued = self._glued_to_a_name(w)
        if glued:
            return Verdict(w, "common", f"two words run together; “{glued}” with the space restored", [glued])
        held = self._shift_held(w)
        if held:
            return Verdict(w, "common", f"the second capital is a slip; “{held}” is the word", [held])
        verdict, settled = self._by_spelling(w)
        if settled and not joined and not TWO_CAPITALS.fullmatch(text):
            self._settled.add(text)  # (with either, the word's place could have mattered above)
        return verdict

    def _by_spelling(self, w: Word) -> tuple[Verdict | None, bool]:
        """``judge`` past the house vocabulary, run-together words and held shifts; and
        whether the answer came from the spelling alone, not the word's place (then every
        occurrence of the word gets it)."""
        text = w.text
        twin = self._common_twin_here(text)
        if twin:
            other, n = twin
            times = "once" if n == 1 else f"{n} times"
            return Verdict(w, "name", f"“{other}”, far more common, is spelt that way {times} elsewhere in this story",
                           [other]), True
        label = self._label_spelling(text)
        if label:
            return Verdict(w, "name", f"the transcript's speaker label spells it “{label.upper()}”",
                           [label]), True
        swapped = swapped_from_common(text, self.lex)
        if swapped and self._english_context(w):
            return Verdict(w, "common", f"two letters swapped from “{swapped}”: the word as typed is an "
                           "obscure entry running text almost never uses", [swapped]), False
        if self.is_known(text, LOWER_CASE_MIN_ZIPF):
            return None, True
        if len(text) > 1 and text.isupper() or inner_capital(text):
            return None, True  # acronyms and CamelCase brands: no evidence either way
        recorded = self.lex.misspellings.get(text.lower()) if self.use_recorded else None
        if recorded and self._english_context(w) and (text.islower() or self._one_off_at_start(w)):
            return Verdict(w, "common", f"a recorded misspelling of “{recorded[0]}”",
                           [keep_case(text, f) for f in recorded]), False
        if british_form(text.lower(), self.lex):
            return None, not recorded
        if derived_word(text.lower(), self.lex):
            # a regular formation, unless one slip from a real word explains it better
            near = common_pool().near(text, 1, limit=3)
            if not any(c.swap for c in near) and (not near or self.lex.zipf(text) > 0):
                return None, not recorded
        stem = derivation_stem(text, self.lex) if text.islower() else None
        if stem and not any(not c.word.startswith(stem) for c in common_pool().near(text, 1, limit=5)):
            return None, not recorded  # "squanderance": a stem and an ending, no slip nearer
        if text.islower() and people_compound(text, self.lex) and not common_pool().near(text, 1, limit=1):
            return None, not recorded  # "partymen": no word is one slip away
        if text.islower():
            return self._lower_case_name(w) or self._common(w), False
        return self._capitalised(w), False

    def is_known(self, text: str, lower_min_zipf: float = 0.0) -> bool:
        if text.lower() in FRAGMENTS:
            return True
        if self.lex.knows(text, lower_min_zipf):
            return True
        # contractions and clitics: "they’re", "O’Brien" is a name, "isn’t"
        if "'" in text or "’" in text:
            norm = text.replace("’", "'")
            if self.lex.knows(norm):
                return True
            head, _, tail = norm.partition("'")
            if tail.lower() in ("t", "re", "ll", "ve", "d", "m", "s") and (self.lex.knows(head) or head.lower().endswith("n")):
                return True
            if len(head) <= 2 and head[:1].isupper():  # O'Brien, D'Angelo
                return True
            if head.lower() in ("d", "l", "qu", "j", "n", "s"):  # d'affaires, l'Oréal
                return True
        return False

    def _in_a_dictionary(self, text: str) -> bool:
        """An English word: words only seen in web text ("hai", "janta") are no evidence."""
        if 0 < self.lex.tier(text) < SEEN_IN_TEXT or self.vocab.accepts(text):
            return True
        return ("'" in text or "’" in text) and self.is_known(text)

    # --- lower-case words ---------------------------------------------------------------
    def _common(self, w: Word) -> Verdict | None:
        if len(w.text) < 3 or not self._english_context(w) or self._after_unknown_name(w):
            return None
        if any(self._after_unknown_name(o) for o in self.words if o.text == w.text and o is not w):
            return None  # the epithet of a binomial named elsewhere ("Micarea stellaris" ...
            # "stellaris" means star): one word, not a typo where it stands alone
        if self._near_foreign_words(w):
            return None
        cands = common_pool().near(w.text, max_edits(w.text))
        split = self._missing_space(w.text)
        if split and (not cands or cands[0].distance > 1 or split[0] > cands[0].zipf + 1):
            split = split[1]
            return Verdict(w, "common", f"not in the dictionary; “{split}” with the space restored",
                           [split] + [keep_case(w.text, c.word) for c in cands[:4]])
        if not cands:
            moved = scrambled(w.text, common_pool()) if w.text.isascii() else None
            if moved is None:
                return None
            return Verdict(w, "common", f"not in the dictionary; the letters of “{moved.word}”, one dropped "
                           "or added and some out of order", [moved.word])
        evidence = edit_evidence(w.text, cands[0])
        return Verdict(w, "common", f"not in the dictionary; {evidence}",
                       [keep_case(w.text, c.word) for c in cands[:5]])

    def _missing_space(self, text: str) -> tuple[float, str] | None:
        """"announcingit", "topof": two words run together, one of them very common."""
        best = None
        lo, hi = 1, len(text)
        if len(text) > _ONE_TOKEN_MOST:
            # a hostile or garbled run of letters: only splits whose two halves could each be
            # an entry (trying every split of an n-letter token costs n * n)
            longest = self.lex.longest()
            lo, hi = max(1, len(text) - longest), min(len(text), longest + 1)
        for i in range(lo, hi):
            a, b = text[:i], text[i:]
            if self.lex.tier(a.lower()) != DICTIONARY or self.lex.tier(b.lower()) != DICTIONARY:
                continue
            short = min((a, b), key=len)
            if len(short) < 4 and self.lex.zipf(short) < RUN_ON_ZIPF or min(len(a), len(b)) < 2:
                continue
            score = min(self.lex.zipf(a), self.lex.zipf(b))
            if best is None or score > best[0]:
                best = (score, f"{a} {b}")
        return best

    def _near_foreign_words(self, w: Word) -> bool:
        return near_foreign_words(self.words, self._index[w.start])

    def _lower_case_name(self, w: Word) -> Verdict | None:
        """"russian hackers": a well-known name written without its capital."""
        title = w.text[:1].upper() + w.text[1:]
        if len(w.text) < 4 or self.lex.tier(title) != DICTIONARY or not self._english_context(w):
            return None
        if self._writer_uses_no_capitals(w):
            return None
        near = common_pool().near(w.text, 1)
        if near and near[0].zipf >= self.lex.zipf(title):
            return None  # "holliday" is more likely "holiday" than "Holliday"
        return Verdict(w, "common", f"“{title}” is a name and takes a capital", [title])

    def _cased_name(self, w: Word) -> str | None:
        """"youtube", "ebay": a brand or acronym in lower case, told by its own form rather
        than by the nearest dictionary word ("you tube", "bay")."""
        text = w.text
        if not text.islower() or self.is_known(text, LOWER_CASE_MIN_ZIPF):
            return None
        form = cased_form(text, self.lex)
        if form is None or self._writer_uses_no_capitals(w):
            return None
        if form.isupper():  # "nasa": unless a frequent word is one slip away
            near = common_pool().near(text, 1, limit=1)
            if near and near[0].zipf >= self.lex.zipf(form):
                return None
        return form

    def _writer_uses_no_capitals(self, w: Word) -> bool:
        """"sofia vergara" as a tag line, "i, ms. elizabeth smith, am ..." in a tweet: a
        sentence or line with no capital letter at all says nothing by a name's case."""
        text = self.text
        lo, hi = max(0, w.start - _SENTENCE_REACH), min(len(text), w.end + _SENTENCE_REACH)
        start = max(text.rfind(c, lo, w.start) for c in ".!?\n") + 1 or lo
        ends = [i for i in (text.find(c, w.end, hi) for c in ".!?\n") if i >= 0]
        span = text[start:min(ends) if ends else hi]
        return len(span.split()) >= 2 and not any(ch.isupper() for ch in span)

    def _after_unknown_name(self, w: Word) -> bool:
        """"Cricetus cricetus", "Doan thi": a lower-case word that continues an unknown
        name is part of it (a binomial, a foreign name), not an English typo."""
        i = self._index[w.start]
        if i == 0:
            return False
        prev = self.words[i - 1]
        gap = self.text[prev.end:w.start]
        return (prev.text[:1].isupper() and not gap.strip(" ")
                and self.lex.tier(prev.text.lower()) not in (DICTIONARY, RARE)
                and self.lex.zipf(prev.text) < NAME_TARGET_ZIPF)

    def _english_context(self, w: Word) -> bool:
        """A short unknown word is a typo only among English words ("Kunde ist König"
        is German); a longer one carries its own evidence."""
        if len(w.text) > 4:
            return True
        i = self._index[w.start]
        neighbours = [self.words[j] for j in (i - 1, i + 1) if 0 <= j < len(self.words)]
        return bool(neighbours) and all(self.lex.knows(n.text, LOWER_CASE_MIN_ZIPF) for n in neighbours)

    # --- capitalised words --------------------------------------------------------------
    def _capitalised(self, w: Word) -> Verdict | None:
        text = w.text
        if len(text) < 5:
            return None
        in_doc = self._spelt_otherwise_here(text)
        if in_doc is not None:
            other, n = in_doc
            times = "once" if n == 1 else f"{n} times"
            return Verdict(w, "name", f"“{other}” is spelt that way {times} elsewhere in this story",
                           [other])
        if self._one_off_at_start(w):
            cands = [c for c in common_pool().near(text, 1) if c.zipf >= INITIAL_TARGET_ZIPF]
            if cands:
                return Verdict(w, "common",
                               "not a word, and not a name this story uses again; "
                               + edit_evidence(text.lower(), cands[0]),
                               [keep_case(text, c.word) for c in cands[:5]])
        if self.lex.zipf(text) > 0 or self.counts[text] > 1:
            return None  # a real if rare name, or one spelt the same way twice: deliberate
        if self._hyphened_to_a_capital(w):
            return None  # "France-Presse", "Rolls-Royce": half of a name in another language
        names = [c for c in name_pool().near(text, max_edits(text)) if plausible_name_slip(text, c)]
        if self._after_first_name(w):
            # "Susan Barthle" is someone's surname unless the name it is near is a famous one
            names = [c for c in names if c.zipf >= SURNAME_TARGET_ZIPF]
        if names:
            best = names[0]
            if self.lex.tier(best.word.lower()) == DICTIONARY:  # "Departmnet": a word, not a name
                return Verdict(w, "common", "not a word or a name we know; " + edit_evidence(text, best),
                               [c.word for c in names[:3]])
            where = "a known place" if best.word in self.lex.places else "a known name"
            return Verdict(w, "name", f"unknown name, {edit_evidence(text, best)} of {where}",
                           [c.word for c in names[:3]])
        if len(text) >= 6 and not self._beside_a_name(w):
            # "the Presdient", "Organsation": a capitalised common word with two letters
            # swapped or one dropped (an added letter is too often a name: Jammes, Staske);
            # not next to a first name or surname ("Kevin Freking" is a person)
            words = [c for c in common_pool().near(text, 1) if c.zipf >= CAPITALISED_WORD_ZIPF
                     and (c.swap or len(c.word) == len(text) + 1 and c.word[0] == text[0].lower())]
            if words:
                return Verdict(w, "common", "not a word or a name we know; "
                               + edit_evidence(text.lower(), words[0]),
                               [keep_case(text, c.word) for c in words[:3]])
        return None

    def _glued_to_a_name(self, w: Word) -> str | None:
        """"Secretary of StateWilliam Burns": a word run into the first name of a full name
        (a line break a scrape lost). Brands join words ("BlackRock", "JetBlue"), not a word
        and a first name that is no word itself."""
        m = GLUED_NAME.fullmatch(w.text)
        if not m or not GLUED_NAME_NEXT.match(self.text, w.end):
            return None
        head, tail = m.groups()
        e = gazetteer().lookup(tail)
        if (e is None or NAME not in e.kinds or ORG in e.kinds or self.lex.tier(tail.lower()) == DICTIONARY
                or self.lex.zipf(tail) < GLUED_FIRST_NAME_ZIPF or self.lex.tier(head.lower()) != DICTIONARY):
            return None
        return f"{head} {tail}"

    def _shift_held(self, w: Word) -> str | None:
        """"WIlliam", "THe": the shift key held a letter too long. Brands in that shape
        (MYbank, DHgate, UConn) do not become a known word or name when lowered; handles
        and tags (@APkristen) are left alone."""
        text = w.text
        if not TWO_CAPITALS.fullmatch(text) or self.text[w.start - 1:w.start] in ("@", "#", "/", "."):
            return None
        fixed = text[0] + text[1:].lower()
        if self.lex.tier(fixed) in (DICTIONARY, RARE) or self.lex.tier(fixed.lower()) == DICTIONARY \
                or gazetteer().is_name_token(fixed):
            return fixed
        return None
