"""The outlet-name search: the one-pass scan finds exactly what the whole alternation's
``finditer`` finds (invented sentences: overlapping and possessive names, text edges,
search windows), and falls back to the plain scan for patterns it cannot read."""
from __future__ import annotations

import random

import pytest
import regex

from attrlint.attribution.outlet_search import OutletSearch, first_chars
from attrlint.attribution.sources import catalogue

SENTENCES = [
    "Reuters",
    "The Sun's editor told the Mail on Sunday that the Daily Mail had it first.",
    "A New York Post reporter and a New York Times columnist met at the Washington Post.",
    "The sun rose over the Sun newspaper offices; the Sun on Sunday stayed quiet.",
    "According to In Touch, the couple split; InTouch Weekly said so too.",
    "BBC News and the BBC's own site, citing AFP and Agence France-Presse, said so.",
    "Telegram channels and pro-Kremlin Telegram bloggers, milbloggers and war bloggers posted it.",
    "She wrote on X that a Twitter account and several tweets had shown it. on X",
    "Social media posts, SOCIAL-MEDIA videos and a blog post repeated the RT report.",
    "RT, Russia Today and RIA Novosti; Sputnik V is a vaccine, Sputnik News is not.",
    "(Reuters) -- Xinhua News Agency and Yonhap News Agency reported the deal.",
    "non-Reuters copy, Reuters-style headlines and AP-Reuters; Reutersville.",
    "the FOX NEWS feed, Fox News' anchors and the Fox Newsroom",
    "ſocial media and the ıNFOWARS site; Kyodo said; Star reported, TMZ.com, Radar Online.",
    "AP reported that the AP news agency and Associated Press were right. The Guardian",
]


def _plain(search: OutletSearch, text: str, start: int = 0, end: int | None = None):
    end = len(text) if end is None else end
    return [(m.lastgroup, m.start(), m.end()) for m in search.plain.finditer(text, start, end)]


@pytest.fixture(scope="module")
def search() -> OutletSearch:
    cat = catalogue()
    s = cat._search
    assert s.fast, "the bundled patterns should all be readable"
    return s


@pytest.mark.parametrize("text", SENTENCES)
def test_whole_text_same_as_alternation(search, text):
    assert list(search.finditer(text)) == _plain(search, text)


def test_finds_possessive_overlapping_and_edge_names(search):
    cat = catalogue()
    names = [cat.entries[int(n[1:])].name for n, _, _ in search.finditer(SENTENCES[1])]
    assert names == ["The Sun", "Daily Mail", "Daily Mail"]  # the Sun's; Mail on Sunday; Daily Mail
    text = SENTENCES[2]
    found = [text[s:e] for _, s, e in search.finditer(text)]
    assert found == ["New York Post", "New York Times", "Washington Post"]
    assert [(s, e) for _, s, e in search.finditer("Reuters")] == [(0, 7)]
    assert [text[s:e] for text in ["x said The Guardian"] for _, s, e in search.finditer(text)] == ["The Guardian"]


def test_search_windows_same_as_alternation(search):
    rnd = random.Random(7)
    text = " ".join(SENTENCES)
    for _ in range(600):
        a = rnd.randrange(len(text))
        b = min(len(text), a + rnd.randrange(1, 120))
        assert list(search.finditer(text, a, b)) == _plain(search, text, a, b), (a, b)


def test_window_end_truncates_like_endpos(search):
    text = "Fox Newsroom staff"
    # cut after "Fox News": the window ends the text, so the name is found, as before
    assert list(search.finditer(text, 0, 8)) == _plain(search, text, 0, 8) != []
    assert list(search.finditer(text)) == _plain(search, text) == []


def test_first_chars():
    assert first_chars("Reuters") == {"R"}
    assert first_chars("(?:a |an )?(?:X|Twitter)") == {"a", "X", "T"}
    assert first_chars("(?<=on )X\\b") == {"X"}
    assert first_chars("(?i:sky)") == {"s", "S", "ſ"}
    assert first_chars("[Mm]ail") == {"M", "m"}
    # unreadable or unbounded: any character
    for p in ("\\w+ News", "x?", "(?i)abc", "foo{e<=1}", "\\p{Lu}BC", "[[:upper:]]BC", "(?|a)"):
        assert first_chars(p) is None, p


def test_case_folds_table_is_complete():
    """Every non-ASCII character the regex module matches case-insensitively with an ASCII
    letter is among the folds the fast path adds."""
    from attrlint.attribution.outlet_search import _cased

    for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
        pat = regex.compile(f"(?i:{letter})")
        hits = {chr(c) for c in range(128, 0x3000) if pat.match(chr(c))}
        assert hits <= _cased(letter, True), letter


def test_unreadable_pattern_falls_back_to_plain_scan():
    search = OutletSearch([("s0", "Reuters"), ("s1", "\\p{Lu}BC(?: News)?")])
    assert not search.fast
    text = "Reuters and XBC News said"
    assert list(search.finditer(text)) == _plain(search, text) == [("s0", 0, 7), ("s1", 12, 20)]


def test_bucket_keeps_alternative_order():
    # both start with "N": the first alternative listed wins where both match
    search = OutletSearch([("s0", "New York"), ("s1", "New York Times")])
    assert search.fast
    assert list(search.finditer("the New York Times")) == _plain(search, "the New York Times") == [("s0", 4, 12)]
