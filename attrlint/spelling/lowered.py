"""A surname that lost its capital after an honorific: "M fontanel", "Mr brown", "Dr rice".

A lower-case word is a word, and the dictionary holds "brown" and "rice"; but straight
after an honorific (Mr, Ms, Dr, the French M or Mme) in a story that writes the same word
with a capital after a given name ("Aurelie Fontanel"), it is that person's surname with
its capital lost: machine translation and careless retyping both do it. The story's own
spelling is the evidence, so nothing is judged against outside lists.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

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
