"""The gazetteer kept in the derived-data store as sorted lines read in place.

Unpickling the gazetteer's 79,000 lines and its three token indexes made ~200,000 Python
objects in every process (~0.08 s of a one-draft check's set-up). Here the lines, and
each index written as sorted ``key<TAB>value`` lines, are ``SortedLines`` blocks
(attrlint/sorted_lines.py) mapped from the store; a look-up decodes the one chunk it
lands in. The indexes are offered as read-only mappings with the same keys and values
as the dicts they stand for (tests/test_stored_pools.py compares them with a gazetteer
built afresh). Anything the encoding could not carry exactly raises ValueError, and the
caller stores the gazetteer as a pickle instead.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Callable, Iterator

from ..sorted_lines import SortedLines
from ..sorted_lines import pack as pack_lines

if TYPE_CHECKING:  # pragma: no cover
    from . import Entry, Gazetteer

#: separators inside an index's values: between items, and between the fields of one item
ITEM, FIELD = "\x1e", "\x1f"
#: keys whose look-up an index keeps (a run's names; emptied when full): a look-up in the
#: stored lines decodes a chunk, and the spelling rule asks about the same words again
MEMO = 16_384


def pack(gaz: "Gazetteer") -> dict[str, Any]:
    """The gazetteer's lines and indexes as arrays (ValueError if they would not read back the same)."""
    out = pack_lines(gaz._lines, "lines")
    indexes: list[tuple[str, dict, Callable[[Any], str]]] = [
        ("tokens", gaz._tokens, repr),
        ("names", gaz._names_by_token, lambda v: ITEM.join(FIELD.join(t) for t in v)),
        ("wildcards", {FIELD.join(k): v for k, v in gaz._wildcards.items()},
         lambda v: ITEM.join(_entry_text(t, e) for t, e in v)),
    ]
    for name, table, encode in indexes:
        lines = []
        for key, value in table.items():
            text = encode(value)
            # separators inside keys or values would read back differently: the check below
            if not isinstance(key, str) or "\t" in key or "\n" in key or "\n" in text or "\t" in text:
                raise ValueError(f"gazetteer index {name}: {key!r} cannot be stored as a line")
            lines.append(f"{key}\t{text}")
        out.update(pack_lines(sorted(lines), name))
    back = unpack(out)
    if (back._tokens != gaz._tokens or back._names_by_token != gaz._names_by_token
            or back._wildcards != gaz._wildcards or list(back._lines) != list(gaz._lines)):
        raise ValueError("the gazetteer's indexes do not read back the same")
    return out


def _entry_text(token: str, e: "Entry | None") -> str:
    parts = [token] if e is None else [token, e.name, e.kinds, repr(e.prominence)]
    if any(not isinstance(p, str) or any(c in p for c in (ITEM, FIELD)) for p in parts):
        raise ValueError(f"a wildcard entry {parts!r} cannot be stored")
    if e is not None and type(e.prominence) is not float:
        raise ValueError(f"a prominence that is not a float: {e!r}")
    return FIELD.join(parts)


def unpack(arrays: dict[str, Any]) -> "Gazetteer":
    """A Gazetteer over the arrays of ``pack``: its look-up code, these tables."""
    from . import Entry, Gazetteer

    def entries(text: str) -> list[tuple[str, Entry | None]]:
        out: list[tuple[str, Entry | None]] = []
        for item in text.split(ITEM):
            f = item.split(FIELD)
            out.append((f[0], Entry(f[1], f[2], float(f[3])) if len(f) == 4 else None))
        return out

    gaz = Gazetteer.__new__(Gazetteer)
    vars(gaz).update(
        _lines=SortedLines.from_arrays(arrays, "lines"),
        _tokens=_Index(SortedLines.from_arrays(arrays, "tokens"), float),
        _names_by_token=_Index(SortedLines.from_arrays(arrays, "names"),
                               lambda v: [tuple(t.split(FIELD)) for t in v.split(ITEM)]),
        _wildcards=_Index(SortedLines.from_arrays(arrays, "wildcards"), entries, tuple_keys=True),
    )
    return gaz


class _Index(Mapping):
    """A read-only dict over sorted ``key<TAB>value`` lines (a tuple key is its items
    joined by FIELD); each value decoded when asked for."""

    def __init__(self, lines: SortedLines, decode: Callable[[str], Any], tuple_keys: bool = False) -> None:
        self._lines, self._decode, self._tuples = lines, decode, tuple_keys
        self._memo: dict[str, str | None] = {}  # key -> its value's text (bounded: MEMO)

    def _text(self, key: object) -> str | None:
        if self._tuples:
            if not isinstance(key, tuple) or not all(isinstance(k, str) for k in key):
                return None
            key = FIELD.join(key)
        if not isinstance(key, str):
            return None
        memo = self._memo
        try:
            return memo[key]
        except KeyError:
            pass
        probe = key + "\t"
        lines = self._lines.starting_with(probe)  # (keys are unique: one line at most)
        found = lines[0][len(probe):] if lines else None
        if len(memo) >= MEMO:
            memo.clear()
        memo[key] = found
        return found

    def __getitem__(self, key: object) -> Any:
        text = self._text(key)
        if text is None:
            raise KeyError(key)
        return self._decode(text)

    def __contains__(self, key: object) -> bool:
        return self._text(key) is not None

    def __iter__(self) -> Iterator[Any]:
        for line in self._lines:
            key = line[: line.index("\t")]
            yield tuple(key.split(FIELD)) if self._tuples else key

    def __len__(self) -> int:
        return len(self._lines)
