"""Names in copy that a slip or a translation bent (category ``typo``), no parse.

Rules:
  grammar.acronym-mismatch     an abbreviation in brackets whose letters are the initials of
                               the name just before it in another order: "the Food and Drug
                               Administration (FAD)", "the Tourism Board of Ruritania (TBR)".
                               Names from languages that put the head noun first keep their
                               own order ("Revolutionary Armed Forces of Colombia (FARC)",
                               "International Ski Federation (FIS)"): an abbreviation that
                               starts with the head noun's initial is left alone, and so are
                               parties ("Social Democratic Party (SPD)") and the initials
                               reversed ("National Action Party (PAN)").
  grammar.number-before-country  a count straight before a country's name, the "in" lost:
                               "killed more than 40 Sudan on Monday" ("40 in Sudan", or
                               "40 Sudanese"). Only a lower-case word before the number (not a
                               score, "Brazil 2 Germany 7"), no year, and after the country
                               punctuation or a word that cannot be the noun the country
                               modifies ("40 Sudan troops" is left alone).
  grammar.verb-before-country  a country straight after a verb that takes a place only
                               through a preposition: "after working Liberia", "he lived
                               Peru for years" (not "visited", "left", "fled": they take it);
                               a capitalised word after the country makes it part of a name.
  grammar.constituency-name    a UK constituency named with one word wrong where the copy
                               says it is one ("his Ealing West and Acton constituency",
                               "MP for Leeds Wset"): a compass word for another or a slip of
                               the keyboard, against ``rules/grammar/constituencies.txt``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex

from ..data import load_data
from ..document import Document
from ..finding import Finding, Severity
from ..rule import BaseRule
from ..ordering import longest_first

#: small words inside a name that abbreviations skip ("Department of State", "Food and Drug")
_SKIPPED = {"of", "and", "for", "the", "on", "in", "de", "to", "at", "&", "du", "des", "la", "le", "y", "et", "a"}
#: heads whose names are often a translation that keeps the original abbreviation
_FOREIGN_HEADS = {"Party", "Parti", "Partido", "Partei"}
_ACRONYM = regex.compile(r"[ \t]\((?P<acr>\p{Lu}{3,6}|\p{Lu}{2,5}-\p{Lu}{1,2})\)")
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?:[-’'][\p{L}\p{M}]+)*")


def _name_before(text: str, end: int) -> list[str]:
    """The words of the name that ends at ``end``: capitalised words and the small words
    between them, back to the first other word or mark (a possessive ends it)."""
    line = text[max(0, end - 200):end]
    line = line[line.rfind("\n") + 1:]
    words: list[str] = []
    for tok in reversed(regex.split(r"[ \t]+", line.strip())):
        if _NAME_WORD.fullmatch(tok) and not tok.endswith(("'s", "’s")):
            words.append(tok)
        elif tok in _SKIPPED and words:
            words.append(tok)
        else:
            break
    while words and words[-1] in _SKIPPED:
        words.pop()
    return words[::-1]


def _initials(words: list[str]) -> list[tuple[str, int]]:
    """(initial, index of its word) for each capitalised word or hyphenated part
    ("Anti-Defamation": A, D)."""
    return [(part[0], k) for k, w in enumerate(words) for part in w.split("-") if part[:1].isupper()]


class AcronymMismatch(BaseRule):
    id = "grammar.acronym-mismatch"
    category = "typo"
    severity = Severity.WARNING
    description = ("An abbreviation in brackets whose letters are the initials of the name before it "
                   "in another order: “the Food and Drug Administration (FAD)”.")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _ACRONYM.finditer(text):
            written = m.group("acr")
            acr = written.replace("-", "")  # "PML-N": the hyphen stands where the name has one
            words = _name_before(text, m.start() + 1)
            inits = _initials(words)
            if len(inits) < len(acr):
                continue
            inits = inits[-len(acr):]
            letters = "".join(i for i, _ in inits)
            if letters == acr or sorted(letters) != sorted(acr) or letters[::-1] == acr:
                continue
            name_words = words[inits[0][1]:]
            if any(w in _FOREIGN_HEADS for w in name_words):
                continue
            head = _head(name_words)
            if head and acr[0] == head[0] and acr[0] != letters[0]:
                continue  # the head noun first: a name translated from French, Spanish ...
            name = " ".join(name_words)
            cut = written.find("-")
            right = letters if cut < 0 else f"{letters[:cut]}-{letters[cut:]}"
            yield self.finding(
                doc, m.start("acr") - 1, m.end("acr") + 1,
                f"“({written})” does not match the initials of “{name}” ({right}): the letters are in "
                f"another order. Check the abbreviation (or the name, if a translation reordered it).",
                suggestions=[f"({right})"],
                evidence=f"initials of “{name}”: {right}; in brackets: {written}",
            )


def _head(words: list[str]) -> str | None:
    """The name's head noun: the last capitalised word before its first small word
    ("Forces" in "Revolutionary Armed Forces of Colombia"), else its last word."""
    head = None
    for w in words:
        if w in _SKIPPED:
            break
        head = w
    return head


@lru_cache(maxsize=1)
def _country_pattern() -> regex.Pattern:
    names = load_data("grammar/country_names.toml").get("countries", [])
    alt = "|".join(regex.escape(n) for n in sorted(names, key=longest_first))
    return regex.compile(
        r"(?<=(?:^|[ \t])\p{Ll}+[ \t])(?P<n>\d{1,3}(?:,\d{3})*|\d+)[ \t]+(?P<c>" + alt + r")"
        r"(?![\p{L}\d’'-])(?P<after>[ \t]+\p{L}+|[ \t]*[.,;:!?)]|[ \t]*$)", regex.MULTILINE)


#: words after the country that show it is not a modifier of a noun ("40 Sudan on Monday")
_AFTER = {"on", "in", "at", "since", "this", "last", "over", "during", "and", "but", "when", "after",
          "before", "as", "while", "from", "between", "with", "by", "alone", "so", "yesterday", "today",
          "earlier", "recently", "amid", "under", "overnight", "for", "until", "were", "are", "have",
          "had", "was", "died", "each", "every", "or"}


class NumberBeforeCountry(BaseRule):
    id = "grammar.number-before-country"
    category = "typo"
    severity = Severity.WARNING
    description = ("A count straight before a country's name, a preposition lost: “killed more than 40 "
                   "Sudan” (40 in Sudan, or 40 Sudanese).")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _country_pattern().finditer(text):
            n, country = m.group("n"), m.group("c")
            if len(n) == 4 and 1500 <= int(n) <= 2100:
                continue  # a year: "the 2015 Iran nuclear deal"
            after = m.group("after").strip()
            if after[:1].isalpha() and after not in _AFTER:
                continue  # "40 Sudan troops": the country may modify the noun
            yield self.finding(
                doc, m.start("n"), m.end("c"),
                f"“{n} {country}”: a word seems to be missing between the number and the country; "
                f"write “{n} in {country}” (or the people: “{n} people in {country}”).",
                suggestions=[f"{n} in {country}"],
                evidence=f"a number straight before “{country}”, followed by “{after or 'the end'}”",
            )



#: verbs that take a place only through a preposition ("lived in Peru"; "visited Peru" is fine)
_IN_VERBS = ("live|lives|lived|living|work|works|worked|working|arrive|arrives|arrived|arriving|stay|stays|"
             "stayed|staying|die|dies|died|dying|born|reside|resides|resided|residing|stationed|remain|"
             "remains|remained|remaining|settled|grew up")


@lru_cache(maxsize=1)
def _verb_country_pattern() -> regex.Pattern:
    names = load_data("grammar/country_names.toml").get("countries", [])
    alt = "|".join(regex.escape(n) for n in sorted(names, key=longest_first))
    return regex.compile(rf"(?<![\p{{L}}’'-])(?P<v>{_IN_VERBS})[ \t]+(?P<c>{alt})(?![\p{{L}}\d’'-])(?![ \t]+\p{{Lu}})")


class VerbBeforeCountry(BaseRule):
    id = "grammar.verb-before-country"
    category = "typo"
    severity = Severity.WARNING
    description = ("A country straight after a verb that reaches a place only through a preposition: "
                   "“after working Liberia” (in Liberia).")

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in _verb_country_pattern().finditer(doc.text):
            v, country = m.group("v"), m.group("c")
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{v} {country}”: “{v}” needs a preposition before a place; write “{v} in {country}”.",
                suggestions=[f"{v} in {country}"],
                evidence=f"“{country}” straight after “{v}”",
            )


# --- constituencies ----------------------------------------------------------------------

_COMPASS = {"North", "South", "East", "West", "Central", "Mid"}
#: a constituency named in the copy: "his Uxbridge and ... constituency", "MP for ...", "the ... by-election"
_RUN = r"\p{Lu}[\p{L}’'-]*(?:,?[ \t]+(?:(?:and|upon|of|the|on|under|super)[ \t]+)?\p{Lu}[\p{L}’'-]*){1,6}"
_CUE = regex.compile(
    rf"(?P<before>{_RUN})[ \t]+(?:constituency|constituencies|seat|by-election|byelection)\b"
    rf"|\b(?:MP|MPs|MSP|MS|candidate|member|Member)[ \t]+for[ \t]+(?P<after>{_RUN})")


@lru_cache(maxsize=1)
def _constituencies() -> tuple[frozenset[tuple[str, ...]], dict[tuple[str, ...], list[tuple[str, str]]]]:
    """The known names as word tuples, and for each name of two words or more and each of
    its words, the name with that word blanked: ("Ealing", "*", "and", "Acton")."""
    from ..data import rules_dir

    path = rules_dir() / "grammar" / "constituencies.txt"
    names = [regex.sub(r"\s*\(.*?\)", "", ln).strip() for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    known = frozenset(_words(n) for n in names)
    blanks: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for name in names:
        toks = _words(name)
        if sum(t[:1].isupper() for t in toks) < 2:
            continue
        for i, t in enumerate(toks):
            if t[:1].isupper():
                blanks.setdefault(toks[:i] + ("*",) + toks[i + 1:], []).append((t, name))
    return known, blanks


def _words(name: str) -> tuple[str, ...]:
    return tuple(name.replace(",", " ").split())


def _one_word_off(written: str, right: str) -> bool:
    """A compass word for another, or a slip of the keyboard (not "Southern" for "South")."""
    if written in _COMPASS and right in _COMPASS:
        return True
    from rapidfuzz.distance import OSA

    a, b = written.lower(), right.lower()
    return (min(len(a), len(b)) >= 5 and OSA.distance(a, b) <= 2
            and not (a.startswith(b) or b.startswith(a)))


class ConstituencyName(BaseRule):
    id = "grammar.constituency-name"
    category = "typo"
    severity = Severity.WARNING
    description = ("A UK constituency named with one word wrong: “his Ealing West and Acton "
                   "constituency” (Ealing Central and Acton).")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _CUE.finditer(text):
            known, blanks = _constituencies()  # read at the first cue: most stories name no seat
            group = "before" if m.group("before") else "after"
            toks = _words(m.group(group))
            # the name may start later ("Tory-held Uxbridge ...") or end sooner ("MP for Leeds West, said")
            spans = [toks[j:] for j in range(len(toks))] if group == "before" else [toks[:k] for k in range(len(toks), 0, -1)]
            for cand in spans:
                if cand in known:
                    break  # a real constituency
                hit = self._near(cand, blanks) if len(cand) >= 2 and cand[0][:1].isupper() else None
                if hit is None:
                    continue
                written, right, name = hit
                w = regex.search(rf"(?<![\p{{L}}]){regex.escape(written)}(?![\p{{L}}])", m.group(group))
                if w is not None:
                    yield self.finding(
                        doc, m.start(group) + w.start(), m.start(group) + w.end(),
                        f"“{' '.join(cand)}” is not a UK constituency; “{name}” is: check “{written}” "
                        f"(“{right}”?).",
                        suggestions=[right], evidence=f"constituency names: {name}",
                    )
                break

    @staticmethod
    def _near(cand: tuple[str, ...], blanks) -> tuple[str, str, str] | None:
        for i, t in enumerate(cand):
            if not t[:1].isupper():
                continue
            for right, name in blanks.get(cand[:i] + ("*",) + cand[i + 1:], []):
                if _one_word_off(t, right):
                    return t, right, name
        return None


def rules():
    return [AcronymMismatch(), NumberBeforeCountry(), VerbBeforeCountry(), ConstituencyName()]
