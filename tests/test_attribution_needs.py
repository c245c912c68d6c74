"""The hedges' and analysis markers' ``needs`` (rules/attribution.toml): literals every match of a slow hedge holds,
looked for before the pattern scans the story. A wrong one would hide a hedge, so every
match of a gated hedge, over the invented copy of the attribution tests and the sentences
below, must hold one of them, and a story without them still gets no finding."""
from __future__ import annotations

from pathlib import Path

import pytest

from attrlint.attribution.lexicon import lexicon
from attrlint.checks import attribution
from attrlint.linter import lint_text

RULES = {r.id: r for r in attribution.rules()}
GATED = [h for h in lexicon().hedges + lexicon().analysis_claims if h.needs]

#: invented sentences, one or more for each gated hedge
SENTENCES = [
    "Some traders feared a run on the florin. Most Ruritanians now believe the canal will close.",
    "Reports have surfaced that the mayor sold the ferry. Word is out that the pier will shut.",
    "My trusted source says the deal is off.",
    "Speaking to a local radio station, the caretaker denied it. Opposition outlets have reported the fire.",
    "Regional media reported the closure. Foreign newspapers claimed the vote was rigged.",
    "Friends say the singer is exhausted. Witnesses claim the van sped away.",
    "Friends close to the singer say she is fine. Pals fear that she is exhausted.",
    "Rumour has it that the coach will leave. Speculation is rife about the merger.",
    "The minister was apparently furious. Apparently the bridge will reopen in May.",
    "The post sparked wild speculation online. The photo fuelled feverish rumours.",
    "The painting, now thought to have been lost at sea, was insured.",
    "The cut is widely seen as a clear signal of caution.",
    "This proves that the levy failed. The flood left the council with no choice but to close the road.",
    "The merger, a move widely seen as a retreat, closed the yard. Make no mistake, the ferry is late.",
    "The board would have us believe the harbour is safe. The guild has a hidden agenda.",
]


def _corpus() -> list[str]:
    here = Path(__file__).parent
    return SENTENCES + [p.read_text(encoding="utf-8") for p in sorted(here.glob("test_attribution*.py"))]


def test_some_hedges_are_gated():
    assert len(GATED) >= 5
    for h in GATED:
        assert all(w == w.casefold() and w.strip() == w and w for w in h.needs), h.needs


@pytest.mark.parametrize("hedge", GATED, ids=lambda h: h.pattern.pattern[:40])
def test_every_match_holds_a_need(hedge):
    matched = 0
    for text in _corpus():
        for m in hedge.pattern.finditer(text):
            matched += 1
            folded = m.group(0).casefold()
            assert any(w in folded for w in hedge.needs), (m.group(0), hedge.needs)
    assert matched, "no sentence exercises this hedge: add one to SENTENCES"


def test_gated_hedge_still_found():
    found = [f.location.text for f in lint_text("Friends say the singer is exhausted after the tour.", rules=RULES)
             if f.category == "weak_attribution"]
    assert found


def test_story_without_the_needs_has_no_hedge():
    found = [f for f in lint_text("The council met on Tuesday and approved the budget for the harbour.",
                                  rules=RULES) if f.category == "weak_attribution"]
    assert found == []
