"""Words the messages of several rule families share."""
from __future__ import annotations


def times(n: int) -> str:
    """How often a form is used, as a message says it: "once", "twice", "3 times"."""
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"
