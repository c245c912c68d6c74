"""Titled mentions of a known name: the words around a name that give it a title.

Two shapes are read, both anchored on a name already found in the text:

* before the name: ``[former|then-] [Ukrainian|Ukraine's] [acting] TITLE[-elect] [of X] [,] NAME``
* after the name (an appositive): ``NAME, [the] [former] [Ukraine's] TITLE [of X],``

Anything we do not understand next to a title makes us drop the mention rather than
guess: a capitalised qualifier ("Labour leader", "Trump's secretary of state"), a party
or chamber word ("opposition leader", "shadow foreign secretary"), a deputy or vice
title that the knowledge base does not model.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import WEAK_TITLES, KnowledgeBase
from .names import NameMention, Token, Tokens
from .title_words import (
    FORMER,
    COUNTING,
    CASE_SENSITIVE_TITLES,
    ABBREVIATED,
    ACTING,
    QUALIFIERS,
    AFFILIATIONS,
    ROLE_WORDS,
    STAFF_POSTS,
    OWN_COUNTRY,
    HONORIFICS,
    DETERMINERS,
    STARTERS,
    AFTER_APPOSITIVE,
    SENTENCE_GAP,
    SPACE_OR_HYPHEN,
    INITIAL_GAP,
    TITLE_TO_NAME,
    APPOSITIVE_COMMA,
    CLOSING_COMMA,
    TITLE_END,
)


#: a name followed by "as" and its post: one item of a list of appointments, so the title
#: before the comma is the previous item's ("Reeves as chancellor, Yvette Cooper as …")
AS_AFTER = re.compile(r"[ \t\u00a0]+as[ \t\u00a0]+")

#: characters of a name's start kept in ``MentionReader.jur_prefixes``
_PREFIX = 4


@dataclass
class TitledMention:
    name: NameMention
    form: str  # "prefix" or "appositive"
    title: str  # title key, e.g. "prime minister"
    jurisdiction: str | None  # code when the text names a country or organisation
    when: str  # "current", "former", "then", "elect"
    acting: str | bool  # the word ("acting", "interim", "caretaker") or False
    start: int  # the span a finding covers
    end: int
    title_start: int
    title_end: int
    former_at: int  # where "former " would be inserted
    #: a comma between a prefix title and the name: "with the President of the Commission,
    #: Enda Kenny said" may be two people, so only the person's own offices judge it
    comma: bool = False
    #: a prefix title written close up to the name with a capital ("Senator Antony Blinken",
    #: not "keynote speaker Janet Yellen" or "the dinner's speaker, Janet Yellen"): the only
    #: form in which a kind of office names an office rather than a role
    styled: bool = False
    #: the title phrase hangs from a staff post ("the press secretary of President X"): the
    #: name may be the staff member's, so a title the person never held says nothing
    staff_of: bool = False


class MentionReader:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.titles = kb.all_titles
        self.max_title = max((len(t.split()) for t in self.titles), default=1)
        self.jur_names = kb.jurisdiction_names
        self.jur_dotless = {n.replace(".", ""): c for n, c in self.jur_names.items()}
        self.max_jur = max((len(n.split()) for n in self.jur_names), default=1)
        #: the first (up to) four characters of every name a look-up may find: a name
        #: starting at a token starts with the token's text, so a token whose first
        #: characters are not here starts none (most words of a text; ~5x fewer look-ups)
        self.jur_prefixes = frozenset(k[:i] for k in (*self.jur_names, *self.jur_dotless)
                                      for i in range(1, min(len(k), _PREFIX) + 1))

    # --- helpers ---------------------------------------------------------------------
    def _title_at(self, text: str, toks: Tokens, first: int, last: int) -> str | None:
        """The title key spelled by tokens first..last (joined by spaces or hyphens, or by
        the full stop of an abbreviation: "Lt. Gov.")."""
        if first < 0 or last >= len(toks) or first > last:
            return None
        starts, ends, keys, possessive = toks.starts, toks.ends, toks.keys, toks.possessive
        for k in range(first + 1, last + 1):
            gap = text[ends[k - 1]:starts[k]]
            if keys[k - 1] in ABBREVIATED and gap.startswith("."):
                gap = gap[1:]
            if k - 1 in possessive or not SPACE_OR_HYPHEN.fullmatch(gap):
                return None
        key = " ".join(keys[first:last + 1])
        words = toks.words
        if key in CASE_SENSITIVE_TITLES and (words[first] != CASE_SENSITIVE_TITLES[key]
                                            or first > 0 and words[first - 1].isdigit()):
            return None  # "PM" only in capitals, and not "at 3 PM"
        return key if key in self.titles else None

    def _may_start(self, tok: Token) -> bool:
        """Whether a jurisdiction name may start at ``tok`` (``jur_prefixes``)."""
        return self._may_start_word(tok.text)

    def _may_start_word(self, word: str) -> bool:
        return word.replace("’", "'")[:_PREFIX] in self.jur_prefixes

    def _jur_ending(self, text: str, toks: Tokens, last: int) -> tuple[str, int] | None:
        """A jurisdiction name ending at token ``last``: (code, first token index)."""
        possessive = toks.possessive
        for n in range(min(self.max_jur, last + 1), 0, -1):
            first = last - n + 1
            if not self._may_start_word(toks.words[first]) or any(k in possessive for k in range(first, last)):
                continue
            code = self._jur_lookup(text[toks.starts[first]:toks.ends[last]])
            if code:
                return code, first
        return None

    def _jur_starting(self, text: str, toks: Tokens, first: int) -> tuple[str, int] | None:
        if not self._may_start_word(toks.words[first]):
            return None
        possessive = toks.possessive
        for n in range(min(self.max_jur, len(toks) - first), 0, -1):
            last = first + n - 1
            if any(k in possessive for k in range(first, last)):
                continue
            code = self._jur_lookup(text[toks.starts[first]:toks.ends[last]])
            if code:
                return code, last
        return None

    @staticmethod
    def _leaning(text: str, toks: Tokens, first: int) -> bool:
        """The country name at token ``first`` is a leaning ("pro-Russian", "anti-Western"),
        not the office's country."""
        k = first - 1
        return k >= 0 and toks[k].key in ("pro", "anti") and bool(re.fullmatch(r"[-‐‑]", text[toks[k].end:toks[first].start]))

    @staticmethod
    def _joined(text: str, toks: Tokens, k: int) -> bool:
        """Tokens k and k+1 belong to one phrase: only spaces or a hyphen between them, or
        the full stop of an initialism ("U.S. President")."""
        if k in toks.possessive:
            return False  # "Obama's secretary of homeland security": not one phrase
        gap = text[toks.ends[k]:toks.starts[k + 1]]
        if SPACE_OR_HYPHEN.fullmatch(gap):
            return True
        # "U.S." is read as single letters; a full stop after "EU" or "UK" ends a sentence
        # ("after leaving the EU. Brexit secretary David Davis said")
        word = toks.words[k]
        return (len(word) <= 2 and word.isupper() and bool(INITIAL_GAP.fullmatch(gap))
                and ("." not in gap or len(word) == 1))

    def _jur_lookup(self, written: str) -> str | None:
        written = " ".join(written.replace("’", "'").split())
        return self.jur_names.get(written) or self.jur_dotless.get(written.replace(".", ""))

    @staticmethod
    def _sentence_start(text: str, toks: Tokens, k: int) -> bool:
        if k == 0:
            return True
        return bool(SENTENCE_GAP.search(text[toks.ends[k - 1]:toks.starts[k]]))

    # --- before the name -------------------------------------------------------------
    def before(self, text: str, toks: Tokens, name: NameMention) -> TitledMention | None:
        j = name.first_token - 1
        if j >= 0 and toks[j].key in HONORIFICS and re.fullmatch(r"\.?[ \t\u00a0]+", text[toks[j].end:name.start]):
            j -= 1  # "Prime Minister Sir Keir Starmer"
            name_start = toks[j + 1].start
        else:
            name_start = name.start
        if j < 0 or toks[j].possessive:
            return None
        gap = text[toks[j].end:name_start]
        comma = "," in gap
        stop = 0  # the full stop of an abbreviated title belongs to the title
        if gap.startswith(".") and toks[j].key in ABBREVIATED:
            gap, stop = gap[1:], 1
        if not TITLE_TO_NAME.fullmatch(gap):
            return None
        if "," in gap and name.is_short:
            return None  # "Besides the prime minister, Zelensky met ...": not an apposition
        if comma and AS_AFTER.match(text, name.end):
            return None  # "named Reeves as chancellor, Yvette Cooper as home secretary": a list of posts
        elect = False
        if toks[j].key == "elect" and j > 0 and re.fullmatch(r"[-‐‑]", text[toks[j - 1].end:toks[j].start]):
            elect, j = True, j - 1
        title, tfirst, jur = None, None, None
        for n in range(min(self.max_title, j + 1), 0, -1):
            title = self._title_at(text, toks, j - n + 1, j)
            if title:
                tfirst = j - n + 1
                break
        if title is not None:  # "European Central Bank President": the bank's president
            for s in range(tfirst + 1, j + 1):
                found = self._jur_ending(text, toks, s - 1)
                rest = self._title_at(text, toks, s, j) if found and found[1] < tfirst else None
                if rest:
                    title, tfirst = rest, s
                    break
        if title is None:  # "President of Ukraine Volodymyr Zelensky"
            found = self._jur_ending(text, toks, j)
            if not found:
                return None
            code, jfirst = found
            k = jfirst - 1
            if k >= 0 and toks[k].key == "the":
                k -= 1
            if k < 1 or toks[k].key != "of":
                return None
            for n in range(min(self.max_title, k), 0, -1):
                title = self._title_at(text, toks, k - n, k - 1)
                if title:
                    tfirst, jur = k - n, code
                    break
            if title is None:
                return None
        if toks[j].key == "elect" or title.endswith(" elect"):
            return None
        when, acting, start_tok = ("elect" if elect else "current"), False, tfirst
        k = tfirst - 1
        while k >= 0:
            gap = text[toks[k].end:toks[k + 1].start]
            tok = toks[k]
            if tok.possessive and re.fullmatch(r"['’]s[ \t\u00a0]+", gap):
                found = None if jur else self._jur_ending(text, toks, k)
                if found:  # "Ukraine's prime minister"
                    jur, start_tok = found[0], found[1]
                    k = found[1] - 1
                    continue
                if tok.text[:1].isupper():
                    return None  # "Obama's secretary of homeland security", "Trump's adviser"
                break  # "the country's prime minister"
            if not self._joined(text, toks, k):
                break  # punctuation: the title phrase starts here
            if tok.key == "then" and not gap.strip() and self._sentence_start(text, toks, k):
                break  # "Then President X said": an adverb, not "then-President"
            if tok.key in FORMER and not tok.possessive:
                if when in ("current", "elect") or FORMER[tok.key] == "former":
                    when = FORMER[tok.key]
                    if elect:  # "then-President-elect": history, not a claim about the date
                        when = "then"
                start_tok = k
                k -= 1
                continue
            if tok.key in ACTING and not tok.possessive:
                acting, start_tok = tok.key, k
                k -= 1
                continue
            found = None if jur else self._jur_ending(text, toks, k)
            if found and self._leaning(text, toks, found[1]):
                start_tok = k = found[1] - 1  # "former pro-Russian President X": a leaning
                k -= 1
                continue
            if found:
                jur, start_tok = found[0], found[1]
                k = found[1] - 1
                continue
            if tok.key in ROLE_WORDS:
                return None  # a role being filled: "his pick for defense secretary, Pete Hegseth"
            if tok.key in COUNTING or tok.key == "the" and name.is_short:
                return None  # "the third US president Merkel has met"
            if tok.key in DETERMINERS or tok.possessive and tok.text[:1].islower():
                break
            if tok.key in QUALIFIERS:
                return None  # "shadow foreign secretary", "Opposition leader"
            if tok.text[:1].isupper():
                if tok.key in STARTERS:
                    break
                if self._sentence_start(text, toks, k):
                    if k == tfirst - 1 and toks[tfirst].text[:1].islower() and tok.key not in AFFILIATIONS:
                        return None  # "Fidesz president Viktor Orbán said": a party's title
                    break
                return None  # "Labour leader", "Trump's secretary of state"
            break
        if title in WEAK_TITLES and jur is None:
            return None
        if title in WEAK_TITLES and start_tok > 0 and toks[start_tok - 1].possessive:
            return None  # "the party's UK leader, Jeremy Corbyn": a party's, not the country's
        if name.is_short and jur is None and not toks[tfirst].text[:1].isupper():
            return None  # "as attorney general Trump ...": too weak a tie for a surname
        former_at = toks[start_tok].start
        return TitledMention(
            name=name, form="prefix", title=title, jurisdiction=jur, when=when, acting=acting,
            start=toks[start_tok].start, end=name.end, title_start=toks[tfirst].start,
            title_end=(toks[j].end + stop) if not elect else toks[j + 1].end, former_at=former_at,
            # "with the President of the Commission, Enda Kenny said" may be two people;
            # "Japan's finance minister, Taro Aso" and "the UN secretary-general, António
            # Guterres, said" (the name closed off by a second comma) are one
            comma=(comma and start_tok > 0 and toks[start_tok - 1].key == "the"
                   and not CLOSING_COMMA.match(text, name.end)),
            styled=not comma and toks[tfirst].text[:1].isupper(),
            staff_of=self._after_staff_post(text, toks, start_tok),
        )

    @classmethod
    def _after_staff_post(cls, text: str, toks: Tokens, first: int) -> bool:
        """The title phrase starting at token ``first`` follows "<staff post> of (the)"."""
        k = first - 1
        if k >= 0 and toks[k].key == "the" and cls._joined(text, toks, k):
            k -= 1
        return (k >= 1 and toks[k].key == "of" and cls._joined(text, toks, k)
                and cls._joined(text, toks, k - 1) and toks[k - 1].key in STAFF_POSTS)

    # --- after the name --------------------------------------------------------------
    def after(self, text: str, toks: Tokens, name: NameMention) -> TitledMention | None:
        k = name.last_token + 1
        if k >= len(toks) or name.possessive:
            return None
        if not APPOSITIVE_COMMA.fullmatch(text[name.end:toks[k].start]):
            return None
        first_word = k
        if toks[k].key in ("the", "a", "an"):
            k += 1
        when, acting, jur, jur_last = "current", False, None, -1
        former_at = toks[k].start if k < len(toks) else name.end
        title, tlast = None, None
        while k < len(toks):
            if k > first_word and not self._joined(text, toks, k - 1):
                gap = text[toks[k - 1].end:toks[k].start]
                if not (k - 1 == jur_last and re.fullmatch(r"['’]s[ \t\u00a0]+", gap)):
                    return None  # only a jurisdiction may be possessive: "Russia's foreign minister"
            tok = toks[k]
            for n in range(min(self.max_title, len(toks) - k), 0, -1):
                title = self._title_at(text, toks, k, k + n - 1)
                if title:
                    tlast = k + n - 1
                    break
            if title:
                break
            if tok.key in FORMER and not tok.possessive:
                when = FORMER[tok.key] if FORMER[tok.key] != "current" else when
                k += 1
                continue
            if (tok.possessive and tok.key in OWN_COUNTRY and tok.text[:1].islower() and jur is None
                    and k == first_word + 1 and toks[first_word].key == "the"):
                jur_last = k  # "Zelensky, the country's president,": the person's own country
                k += 1
                continue
            if tok.key in COUNTING:
                return None
            if tok.key in ACTING:
                acting = tok.key
                k += 1
                continue
            found = None if jur else self._jur_starting(text, toks, k)
            if found:
                jur, jur_last, k = found[0], found[1], found[1] + 1
                continue
            return None
        if title is None:
            return None
        title_first = k
        end_tok = tlast
        if tlast + 1 < len(toks) and toks[tlast + 1].key == "elect" and re.fullmatch(r"[-‐‑]", text[toks[tlast].end:toks[tlast + 1].start]):
            when, end_tok = "elect", tlast + 1
        if toks[end_tok].possessive:
            return None
        # "the president of Ukraine"
        nxt = end_tok + 1
        if jur is None and nxt < len(toks) and toks[nxt].key == "of":
            m = nxt + 1
            if m < len(toks) and toks[m].key == "the":
                m += 1
            found = self._jur_starting(text, toks, m) if m < len(toks) else None
            if found and not toks[found[1]].possessive:
                jur, end_tok = found[0], found[1]
        after_end = toks[end_tok].end
        if re.match(r"[ \t\u00a0]*,?[ \t\u00a0]*[A-Z]", text[after_end:after_end + 4]):
            return None  # "Pence, the US Secretary of Defense, James Mattis": the title is Mattis's
        if len(toks[end_tok].text) <= 4 and re.match(r"\.[ \t\u00a0]+[A-Z][\w'’-]+[ \t\u00a0]+[A-Z]", text[after_end:after_end + 40]):
            return None  # "Without naming Okafor, Lagos Gov. Ama Reyes said": an abbreviated title is the next name's
        if not TITLE_END.match(text, after_end):
            nxt = end_tok + 1
            if nxt >= len(toks) or toks[nxt].key not in AFTER_APPOSITIVE or not toks[nxt].text[:1].islower():
                return None
        if title in WEAK_TITLES and jur is None:
            return None
        return TitledMention(
            name=name, form="appositive", title=title, jurisdiction=jur, when=when, acting=acting,
            start=name.start, end=after_end, title_start=toks[title_first].start,
            title_end=toks[tlast].end if when != "elect" else toks[end_tok].end, former_at=former_at,
        )
