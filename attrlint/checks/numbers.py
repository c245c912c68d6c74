"""Number typos (category ``typo``): digit groups no convention allows, stray separators.

Rules:
  numbers.digit-grouping   "1,000,00", "12,0000": groups of thousands must have three
                           digits (Indian lakh grouping, "1,00,000", is accepted too);
                           "$1,204.500": a sum with thousands commas and three digits after
                           its point, where money takes two (a comma typed as a point)
  numbers.stray-separator  "1.5.million", "2,.5", "3..5": a separator with nothing to separate
  numbers.part-exceeds-whole "18 out of 12 senators": a part larger than the whole it is
                           counted from (one figure mistyped, or the two swapped)

A single comma between digits ("1,5") is left alone: it is a decimal comma or a list.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..rule import BaseRule

#: a run of digits joined by commas, with at least two commas (a plain list has spaces)
_GROUPED = regex.compile(r"(?<![\d.,])\d+(?:,\d+){2,}(?:\.\d+)?(?![\d,]*\d)(?!,\d)")
#: or one comma with a group of 1-2 or 4+ digits after a leading 1-3 digit group
_ONE_COMMA = regex.compile(r"(?<![\d.,])\d{1,3},\d{4,}(?:\.\d+)?(?![\d,])")
_WESTERN = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_INDIAN = regex.compile(r"\d{1,2}(?:,\d{2})*,\d{3}(?:\.\d+)?")
#: a sum of money grouped in thousands with a three-digit fraction: "$1,204.500", "€12,500.125"
_MONEY_THREE = regex.compile(r"(?<=[$£€¥₦₹] ?)\d{1,3}(?:,\d{3})+\.\d{3}(?![\d,.]*\d)")
_SCALE = r"(?:million|billion|trillion|thousand|crore|lakh|bn|mn|m|k)\b"
_STRAY = regex.compile(
    rf"(?<![\d.,])\d+(?:\.\d+)?(?P<sep>\.)(?={_SCALE})"          # 1.5.million
    r"|(?<![\d.,])\d+(?P<sep>,\.|\.,|\.\.|,,)\d+"                  # 2,.5  3..5  4,,000
)


class DigitGrouping(BaseRule):
    id = "numbers.digit-grouping"
    category = "typo"
    severity = Severity.WARNING
    description = ("A number whose digit groups fit no convention (“1,000,00”, “12,0000”): a "
                   "digit was dropped or added.")

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for pat in (_GROUPED, _ONE_COMMA):
            for m in pat.finditer(text):
                num = m.group(0)
                if _WESTERN.fullmatch(num) or _INDIAN.fullmatch(num):
                    continue
                if pat is _GROUPED and all(len(g) <= 2 for g in num.split(",")):
                    continue  # "1,2,3": a list of small numbers
                groups = num.split(".")[0].split(",")
                bad = next(g for g in groups[1:] if len(g) != 3)
                yield self.finding(
                    doc, m.start(), m.end(),
                    f"“{num}” has a group of {len(bad)} digit{'s' if len(bad) != 1 else ''} "
                    f"(“{bad}”) where thousands take three: a digit was dropped or added. "
                    f"Check the figure.",
                    evidence="groups after a thousands comma have three digits (or two, in Indian lakh style)",
                )
        for m in _MONEY_THREE.finditer(text):
            num = m.group(0)
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{num}” is a sum grouped in thousands with three digits after the point, where money "
                f"takes two: a comma was typed as a point (“{num.replace('.', ',')}”) or a digit was added. "
                "Check the figure.",
                suggestions=[num.replace(".", ",")],
                evidence="money has two digits after its decimal point",
            )


class StraySeparator(BaseRule):
    id = "numbers.stray-separator"
    category = "typo"
    severity = Severity.WARNING
    description = "A full stop or comma inside a number with nothing to separate (“1.5.million”, “2,.5”)."

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _STRAY.finditer(text):
            s, e = m.span("sep")
            shown = text[m.start():max(m.end(), e)]
            end = m.start() + len(shown)
            suggestions = []
            if text[s] == "." and text[e:e + 1].isalpha():
                word = regex.match(r"\w+", text[e:]).group(0)
                shown = f"{text[m.start():s]}.{word}"
                end = e + len(word)
                suggestions = [f"{text[m.start():s]} {word}"]
                advice = f"write “{suggestions[0]}”"
            else:
                advice = "delete the extra mark or check the figure"
            yield self.finding(
                doc, m.start(), end,
                f"Stray “{text[s:e]}” in “{shown}”: {advice}.",
                suggestions=suggestions, evidence="a separator with no digits on one side",
            )


_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen twenty").split()
_COUNT = r"(?:\d{1,3}(?:,\d{3})+|\d+|" + "|".join(_SMALL) + r")"
#: "18 out of 12 senators", "nine out of seven": two plain counts (no scale, share or decimal)
_OUT_OF = regex.compile(
    rf"(?<![\w$£€¥.,-])(?P<part>{_COUNT})[ \t]+out[ \t]+of[ \t]+(?P<whole>{_COUNT})"
    r"(?![\w%]|[.,]\d|[ \t]+(?:million|billion|trillion|thousand|hundred|crore|lakh|per[ \t]?cent)\b)",
    regex.I,
)


def _count(word: str) -> int:
    low = word.lower()
    return _SMALL.index(low) if low in _SMALL else int(low.replace(",", ""))


class PartExceedsWhole(BaseRule):
    id = "numbers.part-exceeds-whole"
    category = "typo"
    severity = Severity.WARNING
    description = "A part larger than the whole it is counted from (“18 out of 12 senators”)."

    def check(self, doc: Document) -> Iterator[Finding]:
        for m in _OUT_OF.finditer(doc.text):
            part, whole = _count(m["part"]), _count(m["whole"])
            if part <= whole or doc.in_quote(m.start(), m.end()):
                continue
            yield self.finding(
                doc, m.start(), m.end(),
                f"“{m.group(0)}”: {part} cannot be out of {whole}; one of the figures is wrong, "
                "or they are the wrong way round: check them against the source.",
                evidence=f"{part} > {whole}",
            )


def rules():
    return [DigitGrouping(), StraySeparator(), PartExceedsWhole()]
