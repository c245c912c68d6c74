"""False alarms on clean published news (stop 33), on invented copy: a linked story's
teaser, a headline's hedge, an allegation a court or an inquiry owns, a spokesperson whose
body is named, a report whose issuer the phrase names. Each is left alone; the same words
in the story's own voice are still flagged."""
from __future__ import annotations

import pytest

from attrlint.attribution.quotes import teaser_spans
from attrlint.checks import attribution
from attrlint.linter import lint_text

RULES = {r.id: r for r in attribution.rules()}


def weak(text: str) -> list[str]:
    return [f.location.text for f in lint_text(text, rules=RULES) if f.category == "weak_attribution"]


@pytest.mark.parametrize("text", [
    # the teaser of a linked story, closed by its date stamp: another story's sourcing
    "The dam opened on Monday. Water crisis looms as experts say the lake could dry up by 2025. "
    "(07.02.2017) The rest of the story follows here.",
    "The port reopened. Dockers' strike ends A new report accuses the harbour board of ignoring "
    "safety. Our reporter looks at the claims. (12.03.2015) Work resumed on Tuesday.",
    # a headline's hedge: the body says who reports it
    "Halden sailor reportedly found dead in Ruritania\n\n"
    "Police in Ruritania are investigating the death of a sailor from Halden.",
    "Harbour Chief Reportedly Quits Over Crane Deal\n\nThe harbour board said on Monday it had accepted his resignation.",
    # the passives of alleging, owned by a trial or an investigation, like "allegedly"
    "The firm is being tried for breaches of the safety act. It is alleged the firm failed to fit "
    "the lift safely. The trial continues on Monday.",
    "Investigators want to know who paid the money. The deal is alleged to have been made in "
    "exchange for a permit.",
    # a spokesperson whose body the phrase names, as "a spokesman for the ministry"
    "The mayor ordered the harbour closed on Monday, a council spokesperson said.",
    "Twenty people were arrested, a spokesperson for the local prefecture told the paper.",
    "Staff may join the causes they believe in, said a Northgate spokesperson.",
    "The banker was questioned on Monday, according to a prosecution spokesperson.",
    # a report whose issuer or outlet the phrase names
    "A recent government report shows that 40 percent of islanders no longer feel at home.",
    "And a state department report at the time also concluded that the papers were easy to obtain.",
    "A report published in 2009 in the Halden newspaper The Harbour Ledger said he was jailed.",
    "According to a secret report leaked to Radio Halden, a task force found no fault.",
    # the lede's unnamed speaker, named as a speaker in the next sentences (delayed identification)
    "Harbour chief leaves the board\n\nA senior aide to the mayor said she is leaving the harbour "
    "board. Deputy harbour master Ines Varga said on Thursday she had decided to go after the vote.",
])
def test_left_alone(text):
    assert weak(text) == []


@pytest.mark.parametrize("text, span", [
    # no date stamp: the story's own unnamed experts
    ("The dam opened on Monday. Experts say the lake could dry up by 2025. The rest follows here.", "Experts say"),
    # the same hedge in the body, under a headline
    ("The sailor was reportedly found dead in Ruritania.\n\nPolice are investigating.", "reportedly"),
    # an allegation no court, inquiry or named party owns
    ("It is alleged the firm failed to fit the lift safely.", "It is alleged"),
    ("The deal is alleged to have been made in exchange for a permit.", "is alleged to have"),
    # an unnamed speaker whom nobody names after the lede, or a source (never named later)
    ("A senior aide to the mayor said she is leaving the harbour board. The vote failed on Thursday.",
     "A senior aide"),
    ("Harbour talks stall\n\nA source said the talks had stalled. Deputy harbour master Ines Varga said "
     "on Thursday she was hopeful.", "A source said"),
    # no headline above it, or the named one answers rather than names the speaker
    ("A senior aide to the mayor said she is leaving the harbour board. Deputy harbour master Ines Varga "
     "said on Thursday she had decided to go after the vote.", "A senior aide"),
    ("Blast in Halden\n\nA security official said the blast was caused by a bomber. Tom Varga, a "
     "senator, denied it.", "A security official said"),
    # the next speaker is another (a body); a person named later is not the lede's speaker
    ("Crane deal in doubt\n\nThe deal stalled on Monday, while an analyst said it was a risky step. "
     "The harbour board said the talks would resume. Ines Varga said the cranes were old.", "an analyst said"),
    # further down the story, an unnamed official is not a delayed identification
    ("The talks began on Monday. The board met twice. The vote was close. A senior official said the talks "
     "had stalled. Deputy harbour master Ines Varga said on Thursday she was hopeful.", "A senior official said"),
    # a spokesperson of no named body
    ("The mayor ordered the harbour closed on Monday, a spokesperson said.", "a spokesperson said"),
    # a report nobody can look up
    ("A report published in 2009 said he was jailed.", "A report"),
    ("According to a secret report leaked to the press, a task force found no fault.", "a secret report"),
    ("An industry report says buyers are back in the harbour district.", "An industry report says"),
])
def test_still_flagged(text, span):
    assert span in weak(text)


def test_teaser_is_the_two_sentences_before_its_stamp():
    text = "Storm hits coast. Many fled. Lake dries up Experts say it could dry up. Officials worry. (07.02.2017) Next."
    (start, end), = teaser_spans(text)
    assert text[start:end] == "Lake dries up Experts say it could dry up. Officials worry. (07.02.2017)"
    assert teaser_spans("Storm hits coast (in 2017). Many fled.") == []
