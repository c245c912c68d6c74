"""The words a spelling check should look at, and the ones it must leave alone.

News copy is full of strings that are not words: URLs, e-mail addresses, handles,
hashtags, numbers with units, model designations (M1989, Hwasong-18, F-16), acronyms
and code. Rather than learn each, we skip any whitespace-delimited chunk that holds a
digit or a character that words do not contain, and any part written in capitals.
"""
from __future__ import annotations

import re
from typing import NamedTuple

#: a chunk with any of these is not prose: URL, e-mail, handle, hashtag, path, markup,
#: code, or a designation with a number in it
NOT_PROSE = re.compile(r"://|^www\.|[@#/\\_=<>{}|~^*+$%&\[\]\d]|\w\.\w|``?")
OPENERS = "\"'“‘«([{"
CLOSERS = "\"'”’»)]}.,;:!?…"
DASHES = re.compile(r"[-‐‑–—]+")
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
CLITICS = ("'s", "’s", "'S", "’S")
SENTENCE_END = ".!?…"
QUOTES_AND_BRACKETS = "\"'”’»)]}“‘«([{"
BACKTICKS = re.compile(r"`[^`\n]*`")
CHUNK = re.compile(r"\S+")
#: a lower-case chunk of this many hyphen-joined parts is machine text (a URL slug, CSS
#: class names a scraper kept): English compounds stop at four ("state-of-the-art")
SLUG_PARTS = 6
#: after these a hyphenated part is a word with a prefix (co-ordinate, pre-emptive)
HYPHEN_PREFIXES = {"co", "re", "pre", "de", "non", "anti", "sub", "un", "post", "semi", "mid", "multi"}


#: where a sentence's first word may start after a space or tab (``starts_sentence``): after
#: the text's start, a line break or a full stop, ! or ?, and any quotation marks or brackets.
#: Found once a text: from each opening character one match at most, ending where the spaces
#: do, and none hides another (the opening characters stand nowhere else in a match). A word
#: at a line's start starts a sentence too
SENTENCE_OPENS = re.compile("(?:\\A|[" + re.escape(SENTENCE_END) + "\\n])[" + re.escape(QUOTES_AND_BRACKETS) + "]*[ \\t]+")
#: a chunk that is one plain word between opening and closing marks (most are): no test
#: below can fail for it
PLAIN_CHUNK = re.compile("[" + re.escape(OPENERS) + "]*([A-Za-z]+)[" + re.escape(CLOSERS) + "]*")


class Word(NamedTuple):
    """A named tuple, not a frozen dataclass: one is made for every word of a story, and
    a frozen dataclass sets each field through ``object.__setattr__`` (its hash and
    equality are those of the same tuple)."""

    text: str  # as printed, without a possessive 's
    start: int
    end: int
    sentence_initial: bool  # its capital says nothing about it being a name
    in_headline: bool  # a title-case line: same

    @property
    def capital_is_grammar(self) -> bool:
        return self.sentence_initial or self.in_headline


def words(text: str) -> list[Word]:
    """The checkable words of ``text``, each with what its position says about its case."""
    code = [m.span() for m in BACKTICKS.finditer(text)]
    out: list[Word] = []
    headline_lines = _headline_lines(text)
    initials = {m.end() for m in SENTENCE_OPENS.finditer(text)}
    chunks = CHUNK.finditer
    line_start = 0
    for n, line in enumerate(text.split("\n")):
        line_end = line_start + len(line)
        in_headline = n in headline_lines
        initials.add(line_start)
        for chunk in chunks(text, line_start, line_end):
            c_start = chunk.start()
            if code and any(s <= c_start < e for s, e in code):
                continue
            raw = chunk.group(0)
            if raw.isalpha() and raw.isascii():  # most chunks: a word alone
                out.append(Word(raw, c_start, chunk.end(), c_start in initials, in_headline))
                continue
            plain = PLAIN_CHUNK.fullmatch(raw)
            if plain is not None:  # one plain word: no test below can fail
                pos = c_start + plain.start(1)
                out.append(Word(plain.group(1), pos, c_start + plain.end(1), c_start in initials, in_headline))
                continue
            lead = len(raw) - len(raw.lstrip(OPENERS))
            body = raw[lead:].rstrip(CLOSERS)
            if not body or not body.isalpha() and NOT_PROSE.search(body):
                continue
            pos = c_start + lead
            initial = c_start in initials
            parts = _parts(body) if DASHES.search(body) else [(body, 0)]
            if len(parts) >= SLUG_PARTS and body.islower():
                continue  # a URL slug or a run of CSS class names, not a compound
            for k, (p_text, p_off) in enumerate(parts):
                if not WORD.fullmatch(p_text):
                    continue
                if len(parts) > 1 and (len(p_text) < 4 or k and p_text.islower() and parts[0][0][:1].isupper()
                                       or k and parts[k - 1][0].lower() in HYPHEN_PREFIXES):
                    continue  # neo-liberal, Lee Jae-yong, co-ordinators: prefixes and name syllables
                word = p_text[:-2] if p_text.endswith(CLITICS) else p_text
                start = pos + p_off
                out.append(Word(word, start, start + len(word), initial and p_off == 0, in_headline))
        line_start = line_end + 1
    return out


def _parts(body: str) -> list[tuple[str, int]]:
    parts, pos = [], 0
    for m in DASHES.finditer(body):
        parts.append((body[pos:m.start()], pos))
        pos = m.end()
    parts.append((body[pos:], pos))
    return [(p, o) for p, o in parts if p]


def starts_sentence(text: str, i: int) -> bool:
    """True at the start of the text, of a line, or after a full stop, ! or ?."""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0 or text[j] == "\n":
        return True
    while j >= 0 and text[j] in QUOTES_AND_BRACKETS:
        j -= 1
    return j < 0 or text[j] in SENTENCE_END or text[j] == "\n"


def _headline_lines(text: str) -> set[int]:
    """Lines in title case (most longer words capitalised, no full stop at the end)."""
    out = set()
    for n, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if not stripped or stripped[-1] in ".!?”\"":
            continue
        long_words = [w for w in WORD.findall(stripped) if len(w) > 3]
        if len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words):
            out.add(n)
    return out


#: a transcript's speaker label at the start of a line: "SMITHSON:", "ANNA K. SMITHSON:"
SPEAKER_LABEL = re.compile(r"^[ \t]*((?:[A-Z][A-Z'’.-]*[ \t]+){0,3}[A-Z][A-Z'’-]+)[ \t]*:", re.MULTILINE)
LABEL_WORD = re.compile(r"[A-Z][A-Z'’-]*[A-Z]")


def speaker_labels(text: str) -> list[tuple[str, int, int]]:
    """The words of a transcript's ALL-CAPS speaker labels, as (name case, start, end):
    "BRZEZINSKI:" is the same name as "Brzezinski" in the prose, and a story that spells
    it otherwise there has one of the two wrong."""
    out = []
    for m in SPEAKER_LABEL.finditer(text):
        for w in LABEL_WORD.finditer(m.group(1)):
            word = w.group(0)
            titled = re.sub(r"[A-Z]+", lambda p: p.group(0)[0] + p.group(0)[1:].lower(), word)
            out.append((titled, m.start(1) + w.start(), m.start(1) + w.end()))
    return out
