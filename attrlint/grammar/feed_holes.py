"""Holes a syndication feed or a careless paste leaves in a sentence, seen in the text alone.

A feed that drops a linked name keeps the spaces and punctuation around it ("nine cases
against .", "One is , a spending bill", "has received, , was", "the ( ) Parliament"); a
lost word or letter leaves a phrase English never writes ("There were of homes flooded",
"he latest sanctions", "as well the mosque", "Kerala nd Tamil Nadu").
Each pattern here is one such phrase; ``grammar.dropped-word`` reports them, with the
holes it reads off the parse.
"""
from __future__ import annotations

from typing import Iterator

import regex

from .literals import finditer_at

#: (start, end, message, suggestions, evidence)
Hole = tuple[int, int, str, list[str], str]

#: a little word, a space, and the clause's punctuation: the feed dropped the name that
#: stood between ("nine cases against .", "arrested in , had fled"); not a spaced ellipsis.
#: Also a word that must name what follows ("has received , which", "including ."): none
#: stood before a spaced mark on 3,823 clean articles
LITTLE_WORD_THEN_MARK = regex.compile(
    r"(?<![\w’'-])(?P<w>(?i:against|in|of|for|with|by|from|to|at|on|about|between|among|into"
    r"|and|or|the|a|an|is|are|was|were|there[’']s|including|such[ \t]+as|received|named|dubbed))"
    r"[ \t]+(?P<p>[.,;:])(?=\s|$)(?![ \t]*[.,])")
#: "Another bill he has received, , was a measure …": two commas with only a space between,
#: where the feed dropped the name the commas set off
COMMA_SPACE_COMMA = regex.compile(r"(?<=\p{L}),[ \t]+,(?=[ \t]+\p{L})")
#: "There were of buildings destroyed": the quantity before "of" was dropped
THERE_OF = regex.compile(r"(?<![\w’'-])[Tt]here (?:is|are|was|were|have been|has been|had been) of "
                         r"(?!course\b|late\b|note\b|necessity\b)")
#: "says that he latest sanctions": a pronoun cannot stand before a superlative and a noun
HE_FOR_THE = regex.compile(r"(?<![\w’'-])he (?:latest|newest|biggest|largest|greatest|oldest"
                           r"|youngest|highest|lowest|strongest)(?= \p{L}{2,})")
#: "Kerala nd Tamil Nadu": "and" with its "a" dropped, between two words
ND_FOR_AND = regex.compile(r"(?<=\p{L}[ \t])nd(?=[ \t]+\p{L})")
#: "the envoy said. . The next round": a full stop, a space and a stray second one, where
#: the feed dropped a sentence or a link between them; not a spaced ellipsis (". . .")
STOP_SPACE_STOP = regex.compile(r"(?<=\p{L}[.!?”\"’])[ \t]+\.(?=[ \t]+\p{Lu}|[ \t]*$)(?<![.][ \t]+\.(?=[ \t]+\.))",
                                regex.M)
#: "the ( ) Parliament": brackets whose contents (a link, a flag, a figure) the feed
#: dropped; not a function's "print()" in technology copy, which has no space before it
EMPTY_BRACKETS = regex.compile(r"(?<![\w.()])\([ \t]*\)")
#: "as well the mosque", ", as well discussing the budget": the second "as" dropped; a
#: verb in -ing only after a comma ("broke down as well holding hands" is an adverb and a
#: participle that lost its comma), not "during" nor a noun in -ing
AS_WELL = regex.compile(
    r"(?<![\w’'-])(?<!\b(?:is|was|are|were|be|been) )as well (?P<next>the|a|an|his|her|their|its|our|"
    r"(?<=,[ \t]as well )(?!(?:during|morning|evening|spring|king|thing|nothing|something|anything"
    r"|everything|being|wing|ring|string|sibling|ceiling|wedding|building|meeting|offspring)\b)\p{Ll}+ing)\b")


def holes(text: str) -> Iterator[Hole]:
    """Every hole of the kinds above in ``text``, kind by kind."""
    for m in finditer_at(LITTLE_WORD_THEN_MARK, text):
        yield (m.start(), m.end(),
               f"“{m.group(0)}”: a word is missing between “{m.group('w')}” and the “{m.group('p')}” "
               "(the space before the mark is where it stood); put back the name or noun that was dropped.",
               [], "a word that needs another after it (a preposition, article, conjunction or verb), a space, "
               "then punctuation")
    for m in finditer_at(THERE_OF, text):
        yield (m.start(), m.end() - 1,
               f"“{m.group(0).strip()}”: a quantity is missing before “of” (“dozens of”, “hundreds "
               "of”); put back the word that was dropped.",
               [], "“there” and a form of “be” straight before “of”")
    for m in finditer_at(HE_FOR_THE, text):
        fixed = f"the{m.group(0)[2:]}"
        yield (m.start(), m.end(),
               f"“{m.group(0)}”: “he” cannot stand before a superlative and its noun; the “t” of "
               f"“the” was dropped (“{fixed}”).",
               [fixed], "a pronoun before a superlative adjective and a noun")
    for m in finditer_at(ND_FOR_AND, text):
        yield (m.start(), m.end(), "“nd”: the “a” of “and” was dropped; write “and”.",
               ["and"], "“nd” alone between two words")
    for m in finditer_at(AS_WELL, text):
        fixed = f"as well as {m.group('next')}"
        yield (m.start(), m.end(), f"“{m.group(0)}”: the second “as” is missing; write “{fixed}”.",
               [fixed], "“as well” straight before a noun phrase or a verb in -ing")
    for m in finditer_at(COMMA_SPACE_COMMA, text):
        yield (m.start(), m.end(),
               "“, ,”: a word is missing between the two commas (the feed dropped the name they set "
               "off); put it back, or delete the second comma.",
               [], "two commas with only a space between")
    for m in finditer_at(STOP_SPACE_STOP, text):
        yield (m.start(), m.end(),
               "“. .”: a stray full stop after the sentence's own (a dropped sentence or link left it); "
               "delete it.", [], "a full stop, a space and another full stop")
    for m in finditer_at(EMPTY_BRACKETS, text):
        yield (m.start(), m.end(),
               f"“{m.group(0)}”: empty brackets, whose contents were dropped; put them back or delete the brackets.",
               [], "brackets with nothing between them")
