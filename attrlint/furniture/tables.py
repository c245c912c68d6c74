"""Rows of a data table set as text between bars: content, however short and unpunctuated its
lines, so the shape rules must not read them as a menu, a stamp or a cut caption. Judged on
the lines (anything with ``n`` and ``text``) before their neighbours are read.
"""
from __future__ import annotations

import regex

#: a table's row: three cells or more between bars ("2 | DA | 45 | 42 | 87 |")
_CELL_BAR = regex.compile(r"[ \t]*\|[ \t]*")
_NUMBER_CELL = regex.compile(r"[-+]?\d[\d ,.]*%?")


def _cells(t: str) -> list[str]:
    return [c for c in _CELL_BAR.split(t.strip()) if c]


def table_rows(lines: list) -> list:
    """Rows of a data table ('Rank | Party | Seats |' over '1 | Example | 159 |'): three rows or
    more in a row with about as many cells, numbers in the cells of most: content, not a menu
    or a stamp. The rows and the header over them are the story's."""
    rows = [ln for ln in lines if ln.text.count("|") >= 2 and len(_cells(ln.text)) >= 3
            and all(len(c) <= 40 for c in _cells(ln.text))]
    runs: list[list] = []
    for ln in rows:
        if runs and runs[-1][-1].n == ln.n - 1 and abs(len(_cells(ln.text)) - len(_cells(runs[-1][-1].text))) <= 1:
            runs[-1].append(ln)
        else:
            runs.append([ln])
    out = []
    for run in runs:
        numeric = [ln for ln in run if sum(bool(_NUMBER_CELL.fullmatch(c)) for c in _cells(ln.text)) >= 2]
        if len(run) >= 3 and len(numeric) * 2 >= len(run) + 1:
            out.extend(run)
    return out


