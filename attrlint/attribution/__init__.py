"""Attribution analysis: who says what in a news story, and how well it is sourced.

``analyse(doc)`` walks the spaCy parse once per document and returns an ``Analysis``
that the attribution rules (attrlint/checks/attribution.py) and the sourcing summary read.
"""
from .analysis import Analysis, analyse

__all__ = ["Analysis", "analyse"]
