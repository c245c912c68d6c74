"""Family.occurrences skips a story only when no variant can match: the same occurrences
as searching every story (invented sentences; apostrophes, capitals, one-letter words)."""
from __future__ import annotations

from attrlint import house_style as hs


def _searched(f: hs.Family, text: str) -> list:
    exc = [m.span() for m in f._exc.finditer(text)] if f._exc else []
    out = []
    for m in f._re.finditer(text):
        if any(s <= m.start() and m.end() <= e for s, e in exc):
            continue
        form = f._by_key.get(hs._key(m.group(0)))
        if form is not None:
            out.append(hs.Occurrence(form, m.start(), m.end()))
    return out


TEXTS = [
    "KIEV, Ukraine (AP) — the Kiev-based group met pro-Kyiv campaigners in kiev.",
    "O’Reilly and O'Reilly met D’Arcy; d'Arcy left.",
    "A short note with no names at all.",
    "The X Corp board and the Y Group met in Mumbai, formerly Bombay.",
    "",
]


def test_bundled_families_same_as_searching():
    for fam in hs.families():
        for text in TEXTS:
            assert list(fam.occurrences(text)) == _searched(fam, text), (fam.id, text)


def test_probes():
    assert hs._probe("Kyiv") == "yiv"
    assert hs._probe("O’Reilly said") == "" and hs._probe("D'Arcy") == ""
    assert hs._probe("X Corp") == ""  # a one-letter first word: always searched
    fam = hs.Family("t", ["O'Reilly", "X Corp", "Kyiv"])
    for text in TEXTS + ["O’Reilly", "x Corp", "KYIV"]:
        assert list(fam.occurrences(text)) == _searched(fam, text)
    assert [o.form for o in hs.Family("k", ["Kyiv", "Kiev"]).occurrences("In KIEV and kyiv")] == ["Kiev", "Kyiv"]
