"""debris.template-id (attrlint/checks/debris_ids.py): a template's identifier left in the
copy, and the words with underscores that are not one. Every text here is invented."""
from __future__ import annotations

import pytest

from tests.conftest import debris_findings

STORY = ("Harbour council backs a late ferry for shift workers\n\n"
         "{lead}\n\n"
         "Councillor Ama Boateng said night nurses had asked for the service for two years.\n")


def ids(text, rules):
    return [(n, t) for n, r, t in debris_findings(text, rules) if r == "debris.template-id"]


@pytest.mark.parametrize("lead, token", [
    ("view_headlinePortsmouth: The council voted on Tuesday to run a late ferry.", "view_headline"),
    ("The council voted on Tuesday to run a late ferry between the quays_2", "quays_2"),
    ("The council voted on Tuesday to run a late ferry. nav_item3", "nav_item3"),
])
def test_an_identifier_in_the_copy_is_flagged(lead, token, debris_rules):
    assert ids(STORY.format(lead=lead), debris_rules) == [(3, token)]


@pytest.mark.parametrize("lead", [
    "The council voted to run a late ferry [ad_2] between the quays.",  # a shortcode: page-furniture's
    "The council voted to run a late ferry; see harbour.example/late_ferry for times.",  # an address
    "The council voted to run a late ferry; write to ferry_desk@harbour.example for times.",
    "The council voted to run a late ferry. Follow us on Snapchat, search for harbour_news.",
    "The council voted to run a late ferry, councillor @ama_boateng wrote.",
    "The council voted to run a late ferry, the filing named FERRY_PLAN as its code.",
])
def test_words_with_underscores_that_are_not_template_ids(lead, debris_rules):
    assert ids(STORY.format(lead=lead), debris_rules) == []
