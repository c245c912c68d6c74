"""Analyses behind the grammar rules (``attrlint.checks.grammar``, ``.confusables``):
n-gram evidence for confusable words and split compounds, and verb inflection.

Base layer: imports only ``attrlint.data``; never the checks.
"""
