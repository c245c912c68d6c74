"""grammar.doubled-currency: a currency given by its sign and again by its name."""
from __future__ import annotations

import pytest

from attrlint.checks.grammar_doubles import DoubledCurrency
from attrlint.config import Config
from attrlint.linter import lint_text


def found(text: str) -> list[tuple[str, list[str]]]:
    out = lint_text(text, path="story.txt", config=Config(), rules={"grammar.doubled-currency": DoubledCurrency()})
    return [(text[f.start:f.end], f.suggestions) for f in out]


@pytest.mark.parametrize("text,span,keep", [
    ("Tickets for the final cost $240 dollars each, organisers said.", "$240 dollars", "$240"),
    ("The council set aside £2.5m pounds for the new bridge.", "£2.5m pounds", "£2.5m"),
    ("The fine was €20 euros, a spokesman for the city said.", "€20 euros", "€20"),
    ("Farmers were paid Rs 500 rupees a day for the work.", "Rs 500 rupees", "Rs 500"),
    ("The firm lost $5 million dollars in the quarter.", "$5 million dollars", "$5 million"),
    ("A ₦40,000 naira levy was dropped after protests.", "₦40,000 naira", "₦40,000"),
    ("The state gave US$2,500 dollars to each family.", "US$2,500 dollars", "US$2,500"),
    ("The club paid A$4 million dollars for the striker.", "A$4 million dollars", "A$4 million"),
])
def test_a_currency_said_twice_is_flagged(text, span, keep):
    assert found(text) == [(span, [keep])]


@pytest.mark.parametrize("text", [
    "Tickets cost $160, or about 150 euros, organisers said.",
    "The bank held $5 Hong Kong dollars in coins and £40 Premium Bonds.",
    "It paid 160 dollars for a ticket, and US$20 for the bus.",
    "The exchange rate was $1.10 per euro on Friday.",
    "He swapped £500 for dollars at the airport.",
    "The fare is NZ$5, about 3 US dollars.",
    "He sold it for US$40 Hong Kong dollars' worth of goods.",
    "The code BUS$5 dollars is a ticket class.",
])
def test_one_currency_said_once_is_left_alone(text):
    assert found(text) == []
