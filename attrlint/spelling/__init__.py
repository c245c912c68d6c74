"""Spelling for news copy: the lexicon and gazetteer, the candidates, the house vocabulary,
and the judge that decides on evidence which unknown words are misspellings.

The rules that turn its verdicts into findings live in ``attrlint.checks.spelling``.
"""
