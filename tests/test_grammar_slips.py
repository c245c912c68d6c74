"""grammar.verb-slip: a verb form that cannot stand in its frame is flagged; the right
form, a noun that looks like a verb, a stranded preposition and quoted speech are left
alone. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.grammar_slips import VerbSlip, verb_only_base, verb_only_s_form
from attrlint.config import Config
from attrlint.linter import lint_text


def found(text: str) -> list[tuple[str, list[str]]]:
    out = lint_text(text, path="story.txt", config=Config(), rules={VerbSlip.id: VerbSlip()})
    return [(text[f.start:f.end], f.suggestions) for f in out]


@pytest.mark.parametrize("text,span,fix", [
    ("The ferry operator intends to announces two new routes in spring.", "to announces", "to announce"),
    ("The council is struggling to recovers the money it lent.", "to recovers", "to recover"),
    ("The new scheme is provides cheaper loans to farmers.", "is provides", "provides"),
    ("Rescuers were not able enter the village until dawn.", "able enter", "able to enter"),
    ("The minister said she might or might have signed the order.", "might or might", "might or might not"),
    ("The two clubs had tried agree a fee for the striker.", "tried agree", "tried to agree"),
    ("Hundreds of pupils were eager learn the new dance.", "eager learn", "eager to learn"),
    ("Farmers who wish appeal the ruling have a month to do so.", "wish appeal", "wish to appeal"),
    ("The board will continue examine the accounts next week.", "continue examine", "continue to examine"),
    ("Firms changed their rules in order comply with the law.", "in order comply", "in order to comply"),
    ("The council is going announce the budget on Friday.", "going announce", "going to announce"),
])
def test_slips_are_flagged(text, span, fix):
    hits = found(text)
    assert [h[0] for h in hits] == [span]
    assert hits[0][1][0] == fix


@pytest.mark.parametrize("text", [
    "The ferry operator intends to launch two new routes in spring.",
    "Staff objected to raises that only went to managers.",  # "raises" is also a noun
    "The question is raises for the lowest paid, the union said.",
    "The farmer we spoke to says the rain came too late.",  # a stranded "to"
    "What the mayor is says a great deal about the city.",  # the clause is the subject
    "The answers to questionnaires were sent back by post.",
    "An able seaman was unable or unwilling to help; she was able to leave.",
    "They may or may not agree, and it is unclear whether he did or did not vote.",
    "“We aim to delivers it,” the manager joked.",  # a speaker's words
    "Prices will likely rise again in the spring.",  # "likely" is an adverb too
    "The plans include a new bridge over the river.",  # a plural noun and its verb
    "Two suspects sought include a former guard.",  # a participle after its noun
    "They wish the team luck in the final.",  # "wish" with two objects
    "The firm tried hard to agree a fee and wanted clarity on the terms.",
    "Fans who hope protest is allowed will gather at noon.",  # a noun: no determiner follows
])
def test_right_forms_and_other_readings_are_left_alone(text):
    assert found(text) == []


def test_word_class_tables():
    assert verb_only_s_form("delivers") == "deliver"
    assert verb_only_s_form("raises") is None  # a plural noun too
    assert verb_only_s_form("deliver") is None
    assert verb_only_base("see") and not verb_only_base("help")  # "help" is a noun too


@pytest.mark.parametrize("text,span,fix", [
    ("The mill owners wanted to made the plant cheaper to run.", "to made", "to make"),
    ("The envoy is expected to went to the summit on Friday.", "to went", "to go"),
    ("The clerk was glad to met the new mayor at last.", "to met", "to meet"),
    ("The villagers were embolden by the ruling on the river.", "embolden", "emboldened"),
    ("Officials said he taken the ledgers home over several weeks.", "he taken", "he took"),
    ("Neighbours said they gone to the coast before the flood.", "they gone", "they went"),
    ("The trawler was sank by a freak wave, the coastguard said.", "sank", "sunk"),
    ("The old mill was been restored by volunteers.", "was been", "was being"),
    ("Officials said the town will able to reopen the pier.", "will able to", "will be able to"),
    ("The driver was arrested and charge with speeding.", "charge", "charged"),
])
def test_past_forms_out_of_place(text, span, fix):
    hits = found(text)
    assert [h[0] for h in hits] == [span]
    assert hits[0][1][0] == fix


@pytest.mark.parametrize("text", [
    "Access to stolen ledgers was limited, the bank said.",  # "to" is a preposition here
    "The reply to written questions came a month later.",
    "Had he taken the ledgers, he would have been charged.",  # an inversion
    "The body was found by a neighbour on Sunday.",  # "found" is also the past of "find"
    "The plan was overcome by events.",  # base and participle coincide
    "The villagers were emboldened by the ruling.",
    "“They gone now,” the farmer said.",  # a speaker's words
    "The mill owners wanted to make the plant cheaper to run.",
    "Candles were lit and lessons were learnt, the vicar said.",  # British participles
    "By spring the farmer was broke.",  # an adjective
    "The town will be able to reopen the pier, and it has been restored.",
    "The scheme could be abused and result in losses.",  # shares the modal
    "Two walkers were injured and remain in hospital.",  # a plural present
])
def test_past_forms_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text, span, fix", [
    ("The post, which she intend to fill by May, is vacant.", "she intend", "she intends"),
    ("The mayor said she prefer not to comment.", "she prefer", "she prefers"),
])
def test_a_bare_present_after_he_or_she(text, span, fix):
    hits = found(text)
    assert [h[0] for h in hits] == [span]
    assert hits[0][1][0] == fix


@pytest.mark.parametrize("text", [
    "The board insisted he resign, and asked that she remain.",  # a subjunctive
    "Why doesn't he believe it? Will she seek a recount?",
    "He put the ledger away and she found the key.",  # past tenses too
    "The fire made her leave; the mayor let him speak.",
])
def test_base_forms_after_he_that_fit_are_left_alone(text):
    assert found(text) == []


@pytest.mark.parametrize("text,span,fix", [
    ("The coroner said she is still examination the cause of the blaze.", "examination", "examining"),
    ("Both unions are currently discussion the offer with members.", "discussion", "discussing"),
    ("The council was already preparation its reply.", "preparation", "preparing"),
])
def test_an_ion_noun_for_the_participle_is_flagged(text, span, fix):
    assert found(text) == [(span, [fix])]


@pytest.mark.parametrize("text", [
    "There was speculation the minister would resign.",
    "The priority is still a decision the board must take.",
    "Her main concern is the question whether the vote counts.",
    "The investigation is still under way.",
])
def test_ion_nouns_in_their_own_frames_are_left_alone(text):
    assert found(text) == []


# --- a modal and its pronoun, then a past form; a pronoun before a kin noun -----------
@pytest.mark.parametrize("text,span,fix", [
    ("Nobody knows when will they unveiled the shortlist.", "unveiled", "unveil"),
    ("Why would they agreed to a deal that cost them the title?", "agreed", "agree"),
    ("Officials asked how could we delivered the aid in time.", "delivered", "deliver"),
    ("Fans asked when will he finally signed the contract.", "signed", "sign"),
    ("Late on Friday, he boyfriend posted a photograph.", "he", "her"),
    ("The singer later thanked she daughter on stage.", "she", "her"),
    ("He wife told reporters the shop would stay open.", "He", "His"),
])
def test_inverted_modal_and_kin_pronoun_slips(text, span, fix):
    hits = found(text)
    assert [h[0] for h in hits] == [span]
    assert hits[0][1][0] == fix


@pytest.mark.parametrize("text", [
    "When will they unveil the shortlist?",
    "In May they voted to leave the league.",  # the month
    "Could they found a new party before the election?",  # "found" is a base form too
    "“When will they unveiled it,” he asked.",  # a speaker's grammar is reported as spoken
    "The board said he would leave, and his wife agreed.",
    "He fathered two sons, and she partners with her brother.",
])
def test_modal_and_kin_look_alikes_left_alone(text):
    assert found(text) == []
