"""The knowledge base of public figures behind the `title` rules.

model (jurisdictions, offices, people, terms) - loader (TOML, cached) - names (finding
known names) - mentions (reading titles around them) - judge (right or wrong on a date) -
analysis (one pass per document) - wikidata (import from SPARQL exports) - cli (`attrlint kb`).
"""
from .loader import load_kb
from .model import KnowledgeBase, Office, Person, Term

__all__ = ["KnowledgeBase", "Office", "Person", "Term", "load_kb"]
