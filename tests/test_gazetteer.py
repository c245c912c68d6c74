"""The gazetteer of real names: what it knows, how it ranks them, and how fast it loads."""
from __future__ import annotations

import subprocess
import sys

from attrlint.gazetteer import NAME, PERSON, PLACE, gazetteer


def test_people_from_the_knowledge_base_are_known_and_prominent():
    e = gazetteer().lookup("Olaf Scholz")
    assert e is not None and PERSON in e.kinds and e.prominence >= 4.0
    assert gazetteer().is_known("Scholz")  # a short form the knowledge base uses alone


def test_places_are_ranked_by_size():
    big, small = gazetteer().lookup("Tokyo"), gazetteer().lookup("Enniscorthy")
    assert big is not None and PLACE in big.kinds
    assert small is None or small.prominence < big.prominence


def test_plain_name_tokens_are_known_but_not_famous():
    e = gazetteer().lookup("Sheryl")
    assert e is not None and e.kinds == NAME and e.prominence == 0


def test_a_possessive_is_looked_up_as_the_name():
    assert gazetteer().lookup("Scholz’s") == gazetteer().lookup("Scholz")


def test_a_first_name_does_not_inherit_the_fame_of_its_bearer():
    g = gazetteer()
    assert g.token_prominence("Starmer") >= 4.0
    assert g.token_prominence("Keir") <= 2.0


def test_full_names_like_finds_the_famous_name_with_one_word_changed():
    found = gazetteer().full_names_like(["Kier", "Starmer"], 0)
    assert ("Keir", gazetteer().lookup("Keir Starmer")) in found
    assert gazetteer().full_names_like(["Kier", "Nobodyson"], 0) == []


def test_unknown_names_are_unknown():
    assert gazetteer().lookup("Qwzlerbnik") is None
    assert not gazetteer().is_known("Qwzlerbnik")


def test_the_gazetteer_is_not_loaded_at_start_up():
    # speed is measured by bench/load_bench.py, not by a timed test; what a test can pin
    # down is that importing the CLI and the spelling rules does not read the data
    code = ("import sys, attrlint.cli, attrlint.checks.spelling, attrlint.gazetteer as g; "
            "print(g.gazetteer.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
    version = subprocess.run([sys.executable, "-m", "attrlint", "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.strip()
