"""A surname that lost its capital after an honorific: "M fontanel", "Mr brown", "Dr rice".

A lower-case word is a word, and the dictionary holds "brown" and "rice"; but straight
after an honorific (Mr, Ms, Dr, the French M or Mme) in a story that writes the same word
with a capital after a given name ("Aurelie Fontanel"), it is that person's surname with
its capital lost: machine translation and careless retyping both do it. The story's own
spelling is the evidence, so nothing is judged against outside lists.

A full name written with its capitals lost ("narendra modi", "rahul Gandhi") is the other
case here: the story's own capitalised use of the name is the evidence or, for the people
of the knowledge base, the gazetteer.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..gazetteer import PERSON, gazetteer

#: honorifics that stand before a surname, with or without a full stop (M and Mme are French)
HONORIFIC_BEFORE = re.compile(r"(?<![\w.])(?<!\d )(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|M|Mme|Mlle|Sir|Dame)\.? $")
#: a capitalised word after a capitalised given name: the story's surnames
SURNAME = re.compile(r"(?<![\w.])[A-Z][a-zà-ÿ]+ (?=([A-Z][a-z]{2,})\b)")
LOWER_WORD = re.compile(r"(?<![\w'’.-])([a-z]{3,})\b")


def lowered_surnames(text: str) -> Iterator[tuple[str, int, int, str]]:
    """(word as typed, start, end, the surname as the story writes it) for each surname
    written in lower case after an honorific."""
    surnames = {m.group(1) for m in SURNAME.finditer(text)}
    if not surnames:
        return
    for m in LOWER_WORD.finditer(text):
        typed = m.group(1)
        name = typed[0].upper() + typed[1:]
        if name in surnames and HONORIFIC_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            yield typed, m.start(1), m.end(1), name


#: two capitalised words in a row inside a sentence: a person's name as the story writes it
#: ("said Rahul Gandhi"; at a line's or sentence's start they may be a title-case heading's)
FULL_NAME = re.compile(r"(?<=[a-z,;:] )(?=([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b)")
#: two words in a row, one or both in lower case, that are no part of an address, a handle,
#: a hashtag or a file name, and not right after a quotation mark (damaged copy loses the
#: capital there)
LOWERED_PAIR = re.compile(r"(?<![\w'’.@#/\"“‘?-])(?=([A-Za-z][a-z]{2,}) ([A-Za-z][a-z]{2,})(?![\w@/\"\ufffd-]|['’][a-rt-z]|\.\w))")
#: particles that stand in lower case inside a name ("Orlando von Einsiedel")
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "del", "della", "des", "dos", "das", "bin", "ibn", "bint"})


def lowered_names(text: str, is_word, is_first_name, is_famous) -> Iterator[tuple[str, int, int, str]]:
    """(words as typed, start, end, the name as it should be written) for a person's full
    name with a capital lost ("rahul Gandhi", "narendra modi"): a name the story writes
    elsewhere with capitals (two capitalised words, the first a known first name:
    ``is_first_name``) or a well-known person's (``is_famous``). A lowered word that is a
    dictionary word (``is_word``: "rose", "may") is left alone: a CMS or a translation
    that lowered the capitals leaves a trail of such pairs."""
    names = {f"{m.group(1)} {m.group(2)}" for m in FULL_NAME.finditer(text) if is_first_name(m.group(1))}
    has_capitals = line_has_capitals(text)
    for m in LOWERED_PAIR.finditer(text):
        first, last = m.groups()  # (a look-ahead, so that pairs may overlap: "Later rahul Gandhi")
        lowered = [w for w in (first, last) if w.islower()]
        if not lowered or any(is_word(w) or w in NAME_PARTICLES for w in lowered):
            continue
        name = f"{first[0].upper()}{first[1:]} {last[0].upper()}{last[1:]}"
        if (name in names or is_famous(name)) and has_capitals(m.start()):
            # (a line with no capital at all, an image's alt text or a tag line, says nothing by case)
            end = m.start() + len(first) + 1 + len(last)
            yield text[m.start():end], m.start(), end, name


def line_has_capitals(text: str):
    """A test of whether the line holding a position has a capital letter, each line read
    once however many words on it are asked about."""
    seen: dict[int, bool] = {}

    def test(pos: int) -> bool:
        start = text.rfind("\n", 0, pos) + 1
        if start not in seen:
            end = text.find("\n", start)
            seen[start] = any(c.isupper() for c in text[start:end if end >= 0 else len(text)])
        return seen[start]
    return test


def famous_person(name: str) -> bool:
    """A person the knowledge base knows by this full name."""
    e = gazetteer().lookup(name)
    return e is not None and PERSON in e.kinds
