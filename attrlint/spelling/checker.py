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

import dataclasses
from collections import Counter

from .acronyms import acronym_slips
from .candidates import keep_case
from .capitalised import TWO_CAPITALS, CapitalisedWords
from .dateline import dateline_slips
from .place_context import place_slips
from .terms import defined_terms
from .foreign import foreign_lines, foreign_quotes, unknown_runs
from .formation import (LOWER_CASE_MIN_ZIPF, affixed, british_form, common_al_verb, derivation_stem,
                        derived_word, eponym, people_compound)
from .house import Vocabulary
from .lexicon import DICTIONARY, SEEN_IN_TEXT, Lexicon, lexicon
from .lower_case import LowerCaseWords
from .lowered import famous_person, line_has_capitals, lowered_names, lowered_surnames
from .names import NameJudge
from .rare_words import swapped_from_common
from .pools import common_pool
from .runon import CAPITAL_HEADS, run_together
from .storms import storm_slips
from .context import personal_name
from .surname_slip import first_name
from .shapes import inner_capital
from .tokens import Word, speaker_labels, words
from .verdict import Verdict
from ..wording import times

__all__ = ["Checker", "Verdict"]

#: a lower-case word nobody writes that the story uses this often is its own term ("fullerite"
#: eight times, "roastery" four), not a slip; on the 3,823 clean articles every such word was
#: real, while words used twice were still typos half the time ("occu", "ghe")
DELIBERATE_REPEATS = 3


#: two words run together that web text holds ("tresspassing": "tress" + "passing", Zipf
#: 1.1) are still a slip when a word one letter off is this much more common ("trespassing",
#: 3.1); a word with an affix is not ("strandings" beside "standings", "reshoring")
DERIVED_SLIP_GAP = 1.5


class Checker(LowerCaseWords, CapitalisedWords):
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
        # words ``judge`` decided on their spelling alone, with the verdict (None: passed):
        # the same word is judged once, and every occurrence gets the verdict
        self._settled: dict[str, Verdict | None] = {}

    # --- public -----------------------------------------------------------------------
    def verdicts(self) -> list[Verdict]:
        out = []
        skip = set()
        defined = self._defined_by_acronym()
        terms = defined_terms(self.text, lambda t: bool(common_pool().near(t, 1, limit=1)))
        for w in self.words:
            if self._in_foreign_quote(w) or w.start in self._unknown_run or w.text.lower() in terms:
                skip.add(w.start)
                continue
            v = self.judge(w)
            if v is not None and not (v.kind == "name" and w.start in defined):
                out.append(v)
                skip.add(w.start)
        out += self._capitalised_twins(out, skip)
        skip |= defined
        # whole names and well-known names: evidence the word-by-word judge cannot see
        # ("Kier Starmer"); a spelling the story repeats is its choice, not a slip
        skip |= self._named_by_neighbours()
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
        for typed, start, end, meant in lowered_names(self.text, lambda t: self.lex.tier(t) == DICTIONARY,
                                                      self._given_name, famous_person):
            out = [v for v in out if not start <= v.word.start < end]  # one finding for the name
            out.append(Verdict(Word(typed, start, end, False, False), "name",
                               f"“{meant}” is a person's name and takes its capitals", [meant]))
        for typed, start, end, meant in storm_slips(self.text):
            out.append(Verdict(Word(typed, start, end, False, False), "name",
                               f"no hurricane was ever named “{typed}”; “{meant}” is on the lists of storm names",
                               [meant]))
        judged = {v.word.start for v in out}
        for typed, start, end, meant, edits in place_slips(self.text):
            if start not in judged and start not in self._unknown_run:
                apart = "one slip" if edits == 1 else f"{edits} slips"
                out.append(Verdict(Word(typed, start, end, False, False), "name",
                                   "it stands where a place's name does, and nobody spells it so: "
                                   f"{apart} from “{meant}”", [meant]))
        for typed, start, end, meant in dateline_slips(self.text):
            out.append(Verdict(Word(typed, start, end, False, False), "name",
                               f"a dateline names the place the story was filed from, and “{typed}” is "
                               f"nobody's spelling: one slip from “{meant}”", [meant]))
        out.sort(key=lambda v: v.word.start)
        return out

    def _capitalised_twins(self, found: list[Verdict], skip: set[int]) -> list[Verdict]:
        """"Minengitis outbreak: …" over "an outbreak of minengitis": a word capitalised only
        by its place, which the story also writes in lower case and which is misspelt there,
        is the same typo (alone, a capital at a headline's start could be a name's)."""
        lower = {v.word.text: v for v in found if v.kind == "common" and v.word.text.islower()}
        out = []
        for w in self.words:
            v = lower.get(w.text.lower()) if w.capital_is_grammar and w.text[1:].islower() else None
            if v is not None and w.start not in skip and w.text[:1].isupper() and not self.is_known(w.text):
                out.append(Verdict(w, "common", v.evidence, [keep_case(w.text, s) for s in v.suggestions]))
                skip.add(w.start)
        return out

    def judge(self, w: Word) -> Verdict | None:
        text = w.text
        if text in self._settled:
            settled = self._settled[text]
            return None if settled is None else dataclasses.replace(settled, word=w)
        rejected, replacement = self.vocab.rejection(text)
        if rejected:
            sugg = [keep_case(text, replacement)] if replacement else []
            return Verdict(w, "common", "the house vocabulary rejects this spelling", sugg)
        if self.vocab.accepts(text):
            self._settled[text] = None
            return None
        cased = self._cased_name(w)
        if cased:
            return Verdict(w, "common", f"“{cased}” is a name written that way; write “{cased}”", [cased])
        joined = run_together(text, self.lex)
        if joined and (not text.islower() or len(text) >= 4 and not self._near_foreign_words(w)):
            if joined.split(" ", 1)[0] in CAPITAL_HEADS and not w.capital_is_grammar:
                joined = joined[:1].lower() + joined[1:]  # "from Iran AndRussia": "and Russia"
            return Verdict(w, "common", f"two words run together; “{joined}” with the space restored", [joined])
        glued = self._glued_to_a_name(w) or self._glued_title_or_place(w)
        if glued:
            return Verdict(w, "common", f"two words run together; “{glued}” with the space restored", [glued])
        held = self._shift_held(w)
        if held:
            return Verdict(w, "common", f"the second capital is a slip; “{held}” is the word", [held])
        verdict, settled = self._by_spelling(w)
        if settled and not joined and not TWO_CAPITALS.fullmatch(text):
            self._settled[text] = verdict  # (with either, the word's place could have mattered above)
        return verdict

    def _by_spelling(self, w: Word) -> tuple[Verdict | None, bool]:
        """``judge`` past the house vocabulary, run-together words and held shifts; and
        whether the answer came from the spelling alone, not the word's place (then every
        occurrence of the word gets it)."""
        text = w.text
        twin = self._common_twin_here(text)
        if twin:
            other, n = twin
            return Verdict(w, "name", f"“{other}”, far more common, is spelt that way {times(n)} elsewhere in this story",
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
        if recorded and self._english_context(w) and (text.islower() or self._one_off_at_start(w)
                                                      or self._title_case_slip(w, recorded[0])):
            return Verdict(w, "common", f"a recorded misspelling of “{recorded[0]}”",
                           [keep_case(text, f) for f in recorded]), False
        if british_form(text.lower(), self.lex):
            return None, not recorded
        if derived_word(text.lower(), self.lex):
            # a regular formation, unless one slip from a real word explains it better
            near = common_pool().near(text, 1, limit=3)
            seen = self.lex.zipf(text)
            slip = (near and near[0].zipf >= seen + DERIVED_SLIP_GAP  # ("tress" + "passing": no affix)
                    and not affixed(text.lower(), self.lex))
            if not any(c.swap for c in near) and (not near or 0 < seen and not slip
                                                  or common_al_verb(text.lower(), self.lex)):
                return None, not recorded
        stem = derivation_stem(text, self.lex) if text.islower() else None
        if stem and not any(not c.word.startswith(stem) for c in common_pool().near(text, 1, limit=5)):
            return None, not recorded  # "squanderance": a stem and an ending, no slip nearer
        if text.islower() and people_compound(text, self.lex) and not common_pool().near(text, 1, limit=1):
            return None, not recorded  # "partymen": no word is one slip away
        if eponym(text.lower()):
            return None, not recorded  # "putinist", "Trumpism": a famous name's follower or doctrine
        if text.islower() and self.counts[text] >= DELIBERATE_REPEATS and not self._swap_of_a_word(text):
            return None, True  # "fullerite" eight times, "roastery" four: the story's own term
        if text.islower():
            named = self._lower_case_name(w)
            if named is None and self._line_without_capitals(w) and self.lex.knows(text[:1].upper() + text[1:]):
                return None, False  # "prince harry meghan markle" (an image's alt text): a name, in no case
            return named or self._common(w), False
        return self._capitalised(w), False

    def _line_without_capitals(self, w: Word) -> bool:
        """The word's line holds no capital letter at all (an image's alt text, a tag line);
        each line is read once."""
        test = self.__dict__.get("_line_capitals")
        if test is None:
            test = self.__dict__["_line_capitals"] = line_has_capitals(self.text)
        return not test(w.start)

    def _given_name(self, text: str) -> bool:
        """A first name: one the name lists hold, or a person's name that is no English
        word ("Rahul", "Narendra": the lists are mostly English names)."""
        return first_name(text) or personal_name(text) and self.lex.tier(text.lower()) != DICTIONARY

    @staticmethod
    def _swap_of_a_word(text: str) -> bool:
        """Two neighbouring letters swapped from a dictionary word: a finger slip however
        often the story repeats it."""
        return any(c.swap for c in common_pool().near(text, 1, limit=5))

    def _in_a_dictionary(self, text: str) -> bool:
        """An English word: words only seen in web text ("hai", "janta") are no evidence."""
        if 0 < self.lex.tier(text) < SEEN_IN_TEXT or self.vocab.accepts(text):
            return True
        return ("'" in text or "’" in text) and self.is_known(text)
