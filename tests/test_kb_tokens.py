"""The knowledge base's word tokens made in bulk, and the unnamed-holder search tried only
where a phrase can open (stop 31): the same answers as the per-word code."""
from __future__ import annotations

from attrlint.kb import names, unnamed
from attrlint.kb.analysis import analyzer
from attrlint.kb.model import fold


def _tokenize_per_word(text: str) -> list[names.Token]:
    """The per-word tokenizer the bulk one replaced."""
    out = []
    for m in names.WORD.finditer(text):
        s, e, w = m.start(), m.end(), m.group(0)
        poss = False
        if len(w) > 2 and w[-2] in "'’" and w[-1] in "sS":
            w, e, poss = w[:-2], e - 2, True
        out.append(names.Token(s, e, fold(w), w, poss))
    return out


def test_bulk_tokens_are_the_per_word_tokens():
    texts = ["it's 's a's b’S c'sd Mirela's Tanvek’s X's", "x_'s ’s’s Jamsen's's o'neill's ab's_ 12's",
             "İzmiran's Erdoğlu’s café's ﬁsh's naïve", "Plain ASCII text, with no possessive at all.", "", "'s",
             "The deal was worth $100 million (€90 million) to Korvia's bank.\nLine two’s end's"]
    texts += [t.upper() for t in texts] + [" ".join(texts)]
    for text in texts:
        toks, want = names.tokenize(text), _tokenize_per_word(text)
        assert list(toks) == want and len(toks) == len(want), text
        assert [toks[i] for i in range(-len(want), len(want))] == want + want, text
        assert toks[1:-1] == want[1:-1] and toks[::2] == want[::2], text
        assert [toks.starts, toks.ends, toks.keys, toks.words] == [[t[f] for t in want] for f in range(4)], text
        assert toks.possessive == {k for k, t in enumerate(want) if t.possessive}, text


def test_tokens_out_of_range_raise_as_a_list_does():
    toks = names.tokenize("Two words")
    for k in (2, -3):
        try:
            toks[k]
        except IndexError:
            continue
        raise AssertionError(k)


def test_unnamed_phrases_searched_only_where_one_may_open(monkeypatch):
    reader = analyzer(()).reader
    texts = [
        "Vladimir Putin met officials. The Russian prime minister said the talks went well.",
        "Russia's prime minister said on Monday that prices rose. France's president added more.",
        "The talks ended. Britain's foreign secretary said little; the United States' envoy wrote a note.",
    ]
    want = []
    for text in texts:
        toks = names.tokenize(text)
        want.append(unnamed.find_phrases(reader, text, toks))
    assert any(want)
    monkeypatch.setattr(unnamed, "_phrase_starts", lambda reader, toks: range(len(toks)))
    for text, found in zip(texts, want):
        assert unnamed.find_phrases(reader, text, names.tokenize(text)) == found
