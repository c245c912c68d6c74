"""The attribute ruler's matches found by table look-up instead of spaCy's Matcher.

The attribute ruler (the tag map and morph rules of the English models: ~180 patterns,
most of one token, on TAG, LOWER, DEP and IS_SPACE) runs its Matcher over every token and
tries every pattern there, the set predicates in Python: about a tenth of the parse, more
than the tagger and the lemmatizer together. Whether a one-token pattern matches a token
is a function of those few attributes, and of a string attribute only through whether it
is one of the strings the patterns name; so this subclass keys each token by them (an
unnamed string stands as ``_OTHER``), looks up which patterns match that key once, and
tries the patterns of several tokens only where their first token matches. ``match``
returns what the Matcher's ``match`` does (the same sorted (rule, key, start, end) list,
tests/test_fast_attributes.py), so ``set_annotations`` writes the same attributes.

A pattern with anything else (an operator, another attribute, a regular expression or
comparison) leaves the ruler as it was.
"""
from __future__ import annotations

import re
from typing import Any, Callable

#: the attributes whose patterns are read here
_STRING_ATTRS = ("TAG", "LOWER", "DEP")
_FLAG_ATTRS = ("IS_SPACE",)
_ATTRS = _STRING_ATTRS + _FLAG_ATTRS
#: a string no pattern names
_OTHER = -1
#: the most strings whose regular-expression verdicts are kept
_KEPT = 100_000

_CLASSES: dict[type, type] = {}


class _Spec:
    """One token of a pattern: tests on the columns of a token's key (``_Table.keys``)."""

    def __init__(self, tests: list[tuple[int, Callable[[Any], bool]]]):
        self.tests = tests

    def test(self, key: tuple) -> bool:
        return all(t(key[col]) for col, t in self.tests)


def _base(v: Any) -> Any:
    """A key column's string (or ``_OTHER``), without its regular-expression verdicts."""
    return v[0] if isinstance(v, tuple) else v


def _verdict_test(n: int) -> Callable[[Any], bool]:
    """A REGEX test: the n-th regular expression's verdict kept in the key column."""
    return lambda v: v[1][n]


def _in_test(hashes: frozenset[int], inside: bool) -> Callable[[Any], bool]:
    """An IN (``inside``) or NOT_IN test on the key column's string."""
    return lambda v: (_base(v) in hashes) is inside


class _Table:
    """The ruler's patterns read as specs (``ok`` is False when one cannot be)."""

    def __init__(self, ruler: Any):
        from spacy.attrs import IDS

        self.strings = ruler.vocab.strings
        self.ids = [IDS[a] for a in _ATTRS]
        self.named: list[set[int]] = [set() for _ in _STRING_ATTRS]
        self.regexes: list[list[re.Pattern[str]]] = [[] for _ in _STRING_ATTRS]
        self.single: list[tuple[int, int, _Spec]] = []  # (rule, match key, spec)
        self.multi: list[tuple[int, int, list[_Spec]]] = []
        self.rules = len(ruler.attrs)  # a pattern added later: the Matcher again
        self.ok = True
        for i in range(self.rules):
            key = self.strings[str(i)]
            got = ruler.matcher.get(key)
            if got is None:
                continue
            specs = [[self._spec(t) for t in pattern] for pattern in got[1]]
            if any(not p or None in p for p in specs):
                self.ok = False
                return
            for p in specs:
                if len(p) == 1:
                    self.single.append((i, key, p[0]))  # type: ignore[arg-type]
                else:
                    self.multi.append((i, key, p))  # type: ignore[arg-type]
        self._by_key: dict[tuple, tuple[list[tuple[int, int]], list[int]]] = {}
        #: per string column with regular expressions, a string's value in the key
        self._verdicts: list[dict[int, tuple]] = [{} for _ in _STRING_ATTRS]

    def _spec(self, token: dict) -> "_Spec | None":
        """A pattern token as tests on the key's columns, or None if it asks for anything
        but equality, IN, NOT_IN or REGEX on the attributes read here."""
        tests: list[tuple[int, Callable[[Any], bool]]] = []
        for attr, value in token.items():
            if attr not in _ATTRS:
                return None
            col = _ATTRS.index(attr)
            if attr in _FLAG_ATTRS:
                if not isinstance(value, bool):
                    return None
                tests.append((col, int(value).__eq__))
                continue
            if isinstance(value, str):
                value = {"IN": [value]}
            if not isinstance(value, dict) or len(value) != 1:
                return None
            (op, arg), = value.items()
            if op == "REGEX" and isinstance(arg, str):
                n = len(self.regexes[col])
                self.regexes[col].append(re.compile(arg))
                tests.append((col, _verdict_test(n)))
            elif op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
                hashes = frozenset(self.strings[a] for a in arg)
                self.named[col] |= hashes
                if op == "IN":
                    tests.append((col, _in_test(hashes, True)))
                else:
                    tests.append((col, _in_test(hashes, False)))
            else:
                return None
        return _Spec(tests)

    def keys(self, doc: Any) -> list[tuple]:
        """Each token's key: per string column the string if a pattern names it (else
        ``_OTHER``), with the verdicts of the column's regular expressions; the flags."""
        cols = doc.to_array(self.ids).T.tolist()
        for c, named in enumerate(self.named):
            if self.regexes[c]:
                cols[c] = [self._verdict(c, h) for h in cols[c]]
            else:
                cols[c] = [h if h in named else _OTHER for h in cols[c]]
        return list(zip(*cols))

    def _verdict(self, col: int, h: int) -> tuple:
        got = self._verdicts[col].get(h)
        if got is None:
            text = self.strings[h]  # what the Matcher's REGEX reads
            got = (h if h in self.named[col] else _OTHER, tuple(bool(r.search(text)) for r in self.regexes[col]))
            if len(self._verdicts[col]) >= _KEPT:
                self._verdicts[col].clear()  # a long run's new words: kept a while, not for good
            self._verdicts[col][h] = got
        return got

    def at(self, key: tuple) -> tuple[list[tuple[int, int]], list[int]]:
        """The one-token rules matching a token of this key, and the patterns of several
        tokens whose first token it matches."""
        got = self._by_key.get(key)
        if got is None:
            got = self._by_key[key] = (
                [(i, k) for i, k, s in self.single if s.test(key)],
                [n for n, (_, _, specs) in enumerate(self.multi) if specs[0].test(key)])
        return got

    def match(self, doc: Any) -> list[tuple[int, int, int, int]]:
        if not len(doc):
            return []
        keys = self.keys(doc)
        n = len(keys)
        out = []
        for s, key in enumerate(keys):
            single, multi = self.at(key)
            for i, k in single:
                out.append((i, k, s, s + 1))
            for m in multi:
                i, k, specs = self.multi[m]
                e = s + len(specs)
                if e <= n and all(spec.test(keys[s + j]) for j, spec in enumerate(specs[1:], 1)):
                    out.append((i, k, s, e))
        out.sort()
        return out


def _fast_class(base: type) -> type:
    class TabledAttributeRuler(base):  # type: ignore[misc, valid-type]
        def match(self, doc):
            table = self.__dict__.get("_attrlint_table")
            if table is None or table.rules != len(self.attrs):
                return super().match(doc)
            return table.match(doc)

    TabledAttributeRuler.__name__ = TabledAttributeRuler.__qualname__ = f"Tabled{base.__name__}"
    return TabledAttributeRuler


def speed_up(nlp: Any) -> None:
    """Give the pipeline's attribute ruler (if it has one whose patterns can be read) the
    table look-up."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if type(ruler).__name__.startswith("Tabled") or not hasattr(ruler, "matcher"):
        return
    table = _Table(ruler)
    if not table.ok:
        return
    base = type(ruler)
    if base not in _CLASSES:
        _CLASSES[base] = _fast_class(base)
    ruler.__dict__["_attrlint_table"] = table
    ruler.__class__ = _CLASSES[base]
