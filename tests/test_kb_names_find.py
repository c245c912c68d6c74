"""kb.names.NameIndex.find looks up only the words a kept name can start with (a capital or
a particle): the same mentions as looking up every word."""
from attrlint.kb.analysis import analyzer
from attrlint.kb.names import PARTICLES, NameMention, tokenize

TEXTS = [
    "President Emmanuel Macron met Angela Merkel's successor, Olaf Scholz, in Berlin on Monday.",
    "angela merkel and emmanuel macron, written in lower case, then Merkel and Macron again.",
    "Ursula von der Leyen spoke after van Rompuy; de Gaulle was named, and Joe Biden's aide left.",
    "The minister, Boris\nJohnson, said the Prime Minister Rishi Sunak would stay. BIDEN and Putin met.",
]


def _find_every_word(index, text, tokens):
    """find() as it was: a look-up at every word, a mention kept only at a capital or particle."""
    out = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        cands = index.by_first.get(tok.key)
        if not cands:
            i += 1
            continue
        found, length = [], 0
        for entry in cands:
            n = len(entry.tokens)
            if n < length:
                break
            if index._matches(text, tokens, i, entry.tokens):
                if n > length:
                    found, length = [entry], n
                else:
                    found.append(entry)
        if found and (tok.text[:1].isupper() or tok.key in PARTICLES):
            last = tokens[i + length - 1]
            out.append(NameMention(tok.start, last.end, i, i + length - 1, tuple(found), last.possessive))
            i += length
        else:
            i += 1
    return out


def test_same_mentions_as_every_word():
    index = analyzer().names
    total = 0
    for text in TEXTS:
        tokens = tokenize(text)
        got = index.find(text, tokens)
        assert got == _find_every_word(index, text, tokens), text
        total += len(got)
    assert total >= 8
