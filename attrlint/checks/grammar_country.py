"""Names spelt by country (category ``typo``): a real word, but the wrong one for the story.

Rule:
  grammar.party-spelling  "Labor Party" in a story about New Zealand or Britain, where the
                          party is Labour; "Labour Party" in a story about Australia, where
                          it is Labor. Only where the story's country is clear: its cues
                          (places, peoples, parliaments) are several and at least three times
                          those of the countries that spell it the other way, and the
                          paragraph names none of those.

British and American spellings of ordinary words are not judged here: only proper names,
whose spelling is the owner's. Names and cues are data (``rules/grammar/countries.toml``).
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..grammar.country import country_cues, country_label, country_names
from ..rule import BaseRule

#: cues the story's country needs, at the least, and how many times the other side's
MIN_CUES, DOMINANCE = 2, 3


class PartySpelling(BaseRule):
    id = "grammar.party-spelling"
    category = "typo"
    severity = Severity.WARNING
    description = ("A party name spelt as another country spells it: “Labor Party” in a story about "
                   "New Zealand or Britain (Labour), “Labour Party” in one about Australia (Labor).")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        names = [n for n in country_names() if n.written in text]
        if not names:
            return
        cues = country_cues(text)
        for name in names:
            here = sum(cues[c] for c in name.where)
            there = sum(cues[c] for c in name.not_where)
            # the other spelling used elsewhere in the story counts as one more cue
            own = len(regex.findall(rf"(?<![\p{{L}}]){regex.escape(name.right)}(?![\p{{L}}])", text))
            if here < MIN_CUES or there and here + own < DOMINANCE * there:
                continue
            where = max(name.where, key=lambda c: cues[c])
            pat = regex.compile(rf"(?<![\p{{L}}-]){regex.escape(name.written)}(?= (?:{'|'.join(map(regex.escape, name.before))})(?![\p{{L}}]))")
            for m in pat.finditer(text):
                a, b = doc.paragraph_at(m.start())
                if any(country_cues(text[a:b])[c] for c in name.not_where):
                    continue  # "Australia's Labor Party" named in passing
                yield self.finding(
                    doc, m.start(), m.end(),
                    f"“{name.written}”: in a story about {country_label().get(where, where)} the party is "
                    f"“{name.right}”; write “{name.right}” (unless the party of another country is meant).",
                    suggestions=[name.right],
                    evidence=f"country cues in the story: {_summary(cues)}"
                             + (f"; “{name.right}” used {own} time(s) elsewhere" if own else ""),
                )


def _summary(cues) -> str:
    return ", ".join(f"{country_label().get(c, c)} {n}" for c, n in cues.most_common(4))


def rules():
    return [PartySpelling()]
