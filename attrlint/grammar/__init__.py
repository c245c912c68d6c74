"""Analyses behind the grammar rules (``attrlint.checks.grammar``, ``.confusables``):
n-gram evidence for confusable words and split compounds, verb inflection, and which
sentences read as prose (``prose``, shared by every grammar check module).

Base layer: imports only ``attrlint.data`` (and the document type); never the checks.
"""
