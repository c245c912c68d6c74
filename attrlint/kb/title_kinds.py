"""Titles that name a kind of office rather than one office ("Senator", "Governor",
"King"): who they can be ruled out for. Kept apart from the judge so that the reasoning
before a record starts (before_record.py) can use them without importing the judge."""
from __future__ import annotations

#: titles that name no single office but cannot belong to a sitting head of state or
#: government unless their record lists it ("Senator Theresa May", "King Justin Trudeau")
NOT_FOR_LEADERS = frozenset({
    "senator", "sen", "us senator", "governor", "gov", "speaker", "mayor", "king", "queen", "emir", "amir", "sultan",
    "monarch", "ambassador", "prince", "crown prince",
    # a US House member ("Rep. Devin Nunes"): a seat among 435, not one office
    "rep", "representative", "us rep", "us representative", "congressman", "congresswoman",
})


#: titles from NOT_FOR_LEADERS also judged for anyone holding a listed office on the date
#: ("Senator Antony Blinken", "Governor Pete Buttigieg" in 2023): not "Mayor" (mayoralties
#: are not recorded), nor the titles of birth ("Prince Faisal bin Farhan" is a minister and a
#: prince) or of Gulf rulers
FOR_OFFICEHOLDERS = frozenset({
    "senator", "sen", "us senator", "governor", "gov", "speaker", "king", "queen", "monarch", "ambassador",
    "rep", "representative", "us rep", "us representative", "congressman", "congresswoman",
})

#: titles kept for life in US usage: "Senator" for a former senator is no slip
HONORIFIC = frozenset({"senator", "sen", "us senator", "governor", "gov", "ambassador"})
