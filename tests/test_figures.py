"""figures.conflicting: one quantity given different numbers in one article."""
from __future__ import annotations

from attrlint.checks import figures
from attrlint.linter import lint_text

RULES = {r.id: r for r in figures.rules()}


def findings(text):
    return lint_text(text, rules=RULES)


def test_same_quantity_with_different_bare_figures():
    text = (
        "The country has sent 10,000 troops to the border region.\n\n"
        "The 11,000 troops include artillery units.\n\n"
        "Commanders expect the 12,000 troops to move by spring.\n"
    )
    found = findings(text)
    assert len(found) == 1
    f = found[0]
    assert f.category == "date_unit" and str(f.severity) == "info"
    assert "10,000 (line 1)" in f.message and "11,000 (line 3)" in f.message and "12,000 (line 5)" in f.message


def test_estimates_ranges_and_increments_are_left_alone():
    text = (
        "The country has sent 10,000 troops to the border region.\n\n"
        "Up to 12,000 troops could follow, and another 2,000 troops are training.\n\n"
        "Between 11,000 and 15,000 troops may be involved.\n"
    )
    assert findings(text) == []


def test_each_figure_with_its_own_source_is_left_alone():
    text = (
        "The ministry said 11,000 troops had arrived.\n\n"
        "Seoul's spy agency estimated that 12,000 troops were deployed.\n"
    )
    assert findings(text) == []


def test_far_apart_figures_count_different_things():
    text = "Militants took 40 hostages at the school.\n\nThe group holds 400 hostages across the region.\n"
    assert findings(text) == []


def test_figures_in_sentences_about_change_are_left_alone():
    text = "The army had 9,000 soldiers in the city.\n\nIt now has 10,000 soldiers there.\n"
    assert findings(text) == []
