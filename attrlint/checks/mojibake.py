"""Text decoded with the wrong character set (category ``debris``).

Rule:
  debris.mojibake  a word garbled by a wrong encoding: UTF-8 read as Latin-1 or
                   Windows-1252 ("cafÃ©", "donâ€™t", "KÃ¶ln"), which ftfy can undo and the
                   message names what it was; or a run of Latin-1 symbols and letters that
                   forms no word in any language ("ÐÂ¶Ç³Ì¨": a site name or word in an
                   East Asian encoding read as Latin-1), which nothing can undo; or UTF-8
                   punctuation read as an East Asian code page ("council鈥檚" for
                   "council’s", "鈥淥ur" for "“Our"), which grammar.codepage undoes.

Real accented words (Atatürk, São Paulo, Łódź, Gdańsk, naïve) and symbols in their place
(£5, ½ cup, 5°C, © 2024) are left alone: ftfy's badness heuristic (``ftfy.badness.is_bad``)
judges the character sequences, so the rule keeps no list of its own. ftfy takes ~0.1 s to
import: it is imported only when a draft holds a sequence that could be mojibake (a
UTF-8 lead character followed by a continuation character, or three Latin-1 characters
in a row), which clean copy almost never does.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..document import Document
from ..finding import Finding, Severity
from ..grammar import codepage
from ..rule import BaseRule

#: the characters that UTF-8 continuation bytes (0x80-0xBF) become in Latin-1 or Windows-1252
_CONT = "\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
#: a sequence that may be mojibake: a two-byte lead and a continuation, a three-byte lead
#: and two continuations, or three Latin-1 supplement characters in a row
_SUSPECT = regex.compile(
    rf"[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}|[\u00a1-\u00ff]{{3}}")
#: the token round a suspect sequence: letters, marks and the garbled characters (which may
#: be quotation marks: a dash read as Windows-1252 is "â€“"), less the punctuation round it
_TOKEN = regex.compile(r"[^\s\"()\[\]{}<>,;]+")
_EDGE = "\"'“”‘’.,;:!?()[]"
#: a run of Latin-1 supplement characters that no language writes as one word
_RUN = regex.compile(r"[\u00a1-\u00ff]{4,}")
#: a token longer than this is not read (and the search for its start stops there)
_LONGEST = 120
#: at most this many findings a draft: a file garbled throughout is one problem, said often enough
_MAX = 20


def _ftfy():  # imported only for a draft that needs it (see the module docstring)
    import ftfy
    from ftfy.badness import is_bad

    return ftfy, is_bad


class Mojibake(BaseRule):
    id = "debris.mojibake"
    category = "debris"
    severity = Severity.WARNING
    description = ("A word garbled by a wrong character encoding (“cafÃ©” for “café”, “donâ€™t”, "
                   "or a run of symbols like “ÐÂ¶Ç³Ì¨” in place of a word).")

    def check(self, doc: Document) -> Iterator[Finding]:
        found = 0
        if not doc.text.isascii():
            for f in self._east_asian(doc):
                yield f
                found += 1
                if found >= _MAX:
                    return
        yield from self._latin1(doc, found)

    def _east_asian(self, doc: Document) -> Iterator[Finding]:
        """Punctuation read as GBK (or another East Asian code page): one finding a place, with
        the word as it was."""
        text = doc.text
        covered = 0
        for m in codepage.RUN.finditer(text):
            if m.start() < covered:
                continue
            undone = codepage.undo(m.group(0))
            if undone is None:
                continue
            decoded, lost, cp = undone
            start, end = m.start(), m.end()
            while start > 0 and not text[start - 1].isspace() and m.start() - start < _LONGEST:
                start -= 1
            while end < len(text) and not text[end].isspace() and end - m.end() < _LONGEST:
                end += 1
            while start < m.start() and text[start] in _EDGE:
                start += 1
            while end > m.end() and text[end - 1] in _EDGE:
                end -= 1
            covered = end
            word = text[start:end]
            said = " and ".join(([f"“{decoded}”"] if decoded else []) + (["the lead bytes of a mark"] if lost else []))
            if lost:  # the mark's last byte is gone: ’ or ” after a word, – or — alone; no telling which
                what = ("it holds a quotation mark, an apostrophe or a dash whose last byte was lost: retype "
                        "the mark from the source (and fix the file's encoding, UTF-8)")
                suggestions: list[str] = []
            else:
                fixed = text[start:m.start()] + decoded + text[m.end():end]
                what = f"read it as {fixed} (fix the file's encoding, UTF-8, or retype the mark)"
                suggestions = [fixed]
            yield self.finding(
                doc, start, end,
                f"“{word}” has punctuation garbled by a wrong character encoding (UTF-8 read as "
                f"{cp.upper().replace('_', '-')}); {what}.",
                suggestions=suggestions, evidence=f"“{m.group(0)}” re-encoded as {cp} is UTF-8: {said}")

    def _latin1(self, doc: Document, found: int) -> Iterator[Finding]:
        text = doc.text
        if not _SUSPECT.search(text):
            return
        ftfy, is_bad = _ftfy()
        covered = 0  # the end of the last token read: later sequences inside it are its own
        for s in _SUSPECT.finditer(text):
            if s.start() < covered:
                continue
            tok = _token_at(text, s.start(), s.end())
            if tok is None:
                continue
            start, end = tok
            covered = end
            word = text[start:end]
            if len(word) > _LONGEST:
                continue  # no word: a run of symbols the size of a page is not one word garbled
            if not is_bad(word):
                continue
            fixed = ftfy.fix_encoding(word)
            if fixed != word and not is_bad(fixed):
                message = (f"“{word}” is garbled by a wrong character encoding (UTF-8 read as Latin-1 or "
                           f"Windows-1252); it was probably “{fixed}”: fix the encoding or retype it.")
                yield self.finding(doc, start, end, message, suggestions=[fixed],
                                   evidence=f"“{word}” decodes to “{fixed}”")
            elif fixed != word:  # part of it decodes; a byte was lost ("â€œnoâ€" with no closing mark)
                message = (f"“{word}” is garbled by a wrong character encoding (UTF-8 read as Latin-1 or "
                           f"Windows-1252), and part of it is lost; retype it from the source.")
                yield self.finding(doc, start, end, message, evidence=f"“{word}” partly decodes to “{fixed}”")
            elif _RUN.search(word):
                message = (f"“{word}” is a run of Latin-1 symbols that is no word in any language: a word or "
                           f"name garbled by a wrong character encoding. Replace it with what the source said.")
                yield self.finding(doc, start, end, message, evidence="Latin-1 symbols that form no word")
            else:
                continue
            found += 1
            if found >= _MAX:
                return


def _token_at(text: str, pos: int, stop: int) -> tuple[int, int] | None:
    """The word round the suspect sequence ``pos:stop``, without the punctuation at its edges
    (but never cutting into the sequence)."""
    start = pos
    while start > 0 and pos - start <= _LONGEST and _TOKEN.fullmatch(text[start - 1]):
        start -= 1
    m = _TOKEN.match(text, start, min(len(text), stop + _LONGEST + 1))
    if m is None:
        return None
    end = max(m.end(), stop)
    while start < pos and text[start] in _EDGE:
        start += 1
    while end > stop and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def rules():
    return [Mojibake()]
