"""Partisan sneers: a compound that mocks a person or group in the writer's voice.

'the Israel-hating senator', 'a Devil-worshipping entertainer', 'every wannabe dictator':
the modifier is the verdict, and no desk prints it outside a quotation. Compounds of
"<thing>-hating/-bashing/-worshipping" and sneering prefixes ("wannabe", "tinpot") are
listed in rules/loaded_language.toml, [sneer]; they are flagged only on a person, a
group or a name, outside quotations and unattributed.

``loaded_language.profanity``: strong profanity in the writer's own voice ([profanity]);
clean copy prints it only inside quotations.
"""
from __future__ import annotations

from functools import cached_property
from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding
from ..rule import needed_strings
from .loaded_base import GROUP_ENTS, QuoteAware, attributed, data

#: an embedded tweet whose marks the scrape lost: a picture link or a handle in the sentence
_TWEET = regex.compile(r"pic\.twitter\.com|twitter\.com/|(?<!\w)@\w{2,}")
#: a first-person sentence: a columnist's own aside, not a verdict on a party
_FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
#: a hated or worshipped name ("Israel-hating"): flagged by loaded_language.judgement already
_JUDGED = regex.compile(r"[A-Z][a-z]+-(?:hating|worshipp?ing)")


class Sneer(QuoteAware):
    """'the Israel-hating senator', 'a wannabe strongman': a sneer on a person or group."""

    id = "loaded_language.sneer"
    description = ("A sneering compound on a person or group ('the Israel-hating senator', 'a "
                   "Devil-worshipping entertainer', 'every wannabe dictator') in the writer's voice.")
    needs = frozenset({"parser", "tagger", "lemmatizer", "ner"})
    section = "sneer"

    @cached_property
    def _re(self) -> regex.Pattern:
        conf = self.conf
        suffix = "|".join(conf["suffixes"])
        prefix = "|".join(conf["prefixes"])
        title = "|".join(w[:1].upper() + w[1:] for w in conf["suffixes"])  # a title-case headline
        return regex.compile(
            rf"(?<![\w-])(?:[A-Za-z]+(?:-[A-Za-z]+)*-(?:{suffix}|{title})|(?i:{prefix}))(?![\w-])")

    @cached_property
    def _hinge(self) -> regex.Pattern:
        """What every compound the pattern takes holds as written: a hyphen and a suffix
        (a literal hyphen first, which ``regex`` skips to; the whole pattern opens with a run
        of letters, tried at every word)."""
        suffixes = self.conf["suffixes"]
        title = "|".join(w[:1].upper() + w[1:] for w in suffixes)
        return regex.compile(rf"-(?:{'|'.join(suffixes)}|{title})")

    @cached_property
    def _prefix_needs(self) -> tuple[str, ...] | None:
        """Strings one of which every sneering prefix the pattern takes covers, in ASCII, for
        ``Document.re_lower`` (None: not known, always searched). Not ``folded``: 'İ' folds to
        two characters there, yet a case-blind ``regex`` match reads it as 'i'."""
        need = needed_strings((), ("(?i:" + "|".join(self.conf["prefixes"]) + ")",))
        return need if need is not None and all(s.isascii() for s in need) else None

    @cached_property
    def _people(self) -> frozenset[str]:
        return frozenset(data("evaluative")["people"]) | frozenset(self.conf["people"])

    def check(self, doc: Document) -> Iterator[Finding]:
        if self._hinge.search(doc.text) is None:
            need = self._prefix_needs
            if need is not None and not any(s in doc.re_lower for s in need):
                return  # no compound and no prefix of the list: the pattern matches nothing
        people = self._people
        seen: set[str] = set()
        for m in self._re.finditer(doc.text):
            key = m.group(0).lower()
            if key in seen or self.quoted(doc, m.start(), m.end()):
                continue
            if _JUDGED.fullmatch(m.group(0)):
                continue  # "Israel-hating" is loaded_language.judgement's: one finding per word
            span = doc.spacy.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            target = self._target(span, people)
            if target is None or attributed(span[-1], self._cues):
                continue
            start, end = m.start(), target.idx + len(target)
            seen.add(key)
            yield self.finding(
                doc, start, end,
                f"“{doc.text[start:end]}”: “{m.group(0)}” sneers at the person or group in the writer's "
                "voice. Report what they said or did, or attribute the description.",
                suggestions=["describe what was said or done", "attribute it"],
            )

    @staticmethod
    def _target(span, people: frozenset[str]):
        """The person or group the sneer modifies: the noun it hangs on, within two words."""
        last = span[-1]
        for tok in last.doc[last.i + 1:min(len(last.doc), last.i + 4)]:
            if tok.pos_ in ("NOUN", "PROPN"):
                if tok.ent_type_ in GROUP_ENTS or tok.lemma_.lower() in people:
                    return tok
                if tok.pos_ == "PROPN" and tok.text[:1].isupper():
                    return tok
                if tok.dep_ == "compound":
                    continue  # "wannabe statist dictator": look past a modifier
                return None
            if tok.pos_ not in ("ADJ", "PROPN", "NOUN") and tok.dep_ != "amod":
                return None
        return None


class Profanity(QuoteAware):
    """'the f***ing bureaucrats', 'this bullshit bill': strong profanity in the writer's voice."""

    id = "loaded_language.profanity"
    description = ("Strong profanity in the writer's own voice ('this bullshit bill', 'the fucking "
                   "mess'), outside quotations.")
    needs = frozenset({"parser", "tagger", "lemmatizer"})
    section = "profanity"

    @cached_property
    def _re(self) -> regex.Pattern:
        return regex.compile(r"(?<![\w-])(?i:" + "|".join(self.conf["words"]) + r")(?![\w-])")

    @cached_property
    def _needs(self) -> tuple[str, ...] | None:
        """Strings one of which every word of the list covers, for ``Document.re_lower``
        ("fuck", "shit", ...; None: not known, always searched), as Sneer's prefixes."""
        need = needed_strings((), tuple(f"(?i:{w})" for w in self.conf["words"]))  # any one of them
        return need if need is not None and all(s.isascii() for s in need) else None

    def check(self, doc: Document) -> Iterator[Finding]:
        need = self._needs
        if need is not None and not any(s in doc.re_lower for s in need):
            return  # the case-blind pattern, tried at every word, can match nothing here
        seen: set[str] = set()
        for m in self._re.finditer(doc.text):
            key = m.group(0).lower()
            if key in seen or self.quoted(doc, m.start(), m.end()):
                continue
            span = doc.spacy.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or attributed(span[-1], self._cues):
                continue
            sent = span[-1].sent
            if _TWEET.search(sent.text) or any(t.lower_ in _FIRST_PERSON and t.pos_ == "PRON" for t in sent):
                continue  # an embedded tweet, or a columnist's first-person aside ("I was an …")
            seen.add(key)
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}” is profanity in the writer's voice. Say plainly what is wrong with "
                "it, or quote and attribute the speaker who said it.",
                suggestions=["say it plainly", "quote and attribute it"],
            )


def rules():
    return [Sneer(), Profanity()]
