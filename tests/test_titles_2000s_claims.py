"""Holders of 2000-2014 added in years_2000_2014_extra.toml and records claimed complete
from an earlier date (years_complete_more.toml, written by tools/build_claims.py).
Invented sentences about real office holders, dated inside their terms."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from attrlint.checks import titles
from attrlint.config import Config
from attrlint.kb.loader import load_kb
from attrlint.linter import lint_text

RULES = {r.id: r for r in titles.rules()}
D = dt.date
SAID = " said on Tuesday that talks would resume."
ROOT = Path(__file__).resolve().parent.parent


def rules_found(text: str, date: dt.date) -> list[str]:
    return [f.rule for f in lint_text(text + SAID, config=Config(date=date), rules=RULES)]


@pytest.mark.parametrize("text, date", [
    # another holder is listed for an office whose holders are all listed from 2000
    ("Prime Minister Katsuya Okada", D(2010, 3, 1)),
    ("Italian Foreign Minister Ignazio La Russa", D(2010, 1, 12)),
    ("World Health Organization Director-General Pascal Lamy", D(2008, 6, 3)),
    ("Canadian Defence Minister Jim Flaherty", D(2010, 4, 20)),
    ("German Foreign Minister Karl-Theodor zu Guttenberg", D(2010, 5, 5)),
    ("Prime Minister Ahmet Davutoglu", D(2012, 2, 7)),
    ("Chinese Foreign Minister Liang Guanglie", D(2010, 9, 9)),
    # a record claimed complete from the start of the office held then
    ("Senator Andrew Cuomo", D(2012, 12, 31)),
    ("EU Press Secretary Pierre Moscovici", D(2014, 12, 1)),
    ("Governor Lindsey Graham", D(2009, 6, 2)),
    ("Prime Minister Dilma Rousseff", D(2013, 5, 14)),
    ("Senate Majority Leader Harry Reid", D(2006, 3, 1)),
    ("Prime Minister Ronald Reagan", D(1987, 6, 12)),
    ("Chancellor Margaret Thatcher", D(1985, 3, 1)),
    # the US cabinet of 2000-2014: every holder listed from 2000
    ("Energy Secretary Kathleen Sebelius", D(2011, 4, 4)),
    ("Labor Secretary Ray LaHood", D(2011, 4, 4)),
    ("Defense Secretary Tommy Thompson", D(2003, 4, 4)),
    ("Prime Minister Mike Johanns", D(2010, 4, 4)),
])
def test_wrong_titles_of_those_years(text, date):
    assert rules_found(text, date) == ["title.wrong-office"]


@pytest.mark.parametrize("text, date", [
    ("Japanese Foreign Minister Katsuya Okada", D(2010, 3, 1)),
    ("Italian Defence Minister Ignazio La Russa", D(2010, 1, 12)),
    ("WTO Director-General Pascal Lamy", D(2008, 6, 3)),
    ("Canadian Finance Minister Jim Flaherty", D(2010, 4, 20)),
    ("German Defence Minister Karl-Theodor zu Guttenberg", D(2010, 5, 5)),
    ("Turkish Foreign Minister Ahmet Davutoglu", D(2012, 2, 7)),
    ("Chinese Defence Minister Liang Guanglie", D(2010, 9, 9)),
    ("Governor Andrew Cuomo", D(2012, 12, 31)),
    ("Eurogroup President Jean-Claude Juncker", D(2010, 11, 30)),
    ("French Finance Minister Pierre Moscovici", D(2013, 6, 6)),
    ("Senator Lindsey Graham", D(2009, 6, 2)),
    ("President Dilma Rousseff", D(2013, 5, 14)),
    ("Health and Human Services Secretary Kathleen Sebelius", D(2011, 4, 4)),
    ("Transportation Secretary Ray LaHood", D(2011, 4, 4)),
    ("Acting Budget Director Jeff Zients", D(2012, 6, 6)),
    ("Former Wisconsin Governor Tommy Thompson", D(2003, 4, 4)),
    # leaders' posts before 2015, listed with the records claimed from the first seat
    ("House Minority Leader Nancy Pelosi", D(2005, 3, 1)),
    ("Senate Minority Leader Harry Reid", D(2006, 3, 1)),
    ("House Majority Leader Steny Hoyer", D(2009, 3, 1)),
    # past leaders: the title of the time, in its time and in a later account of it
    ("President Ronald Reagan", D(1987, 6, 12)),
    ("In 1987, President Ronald Reagan", D(2017, 3, 1)),
    ("Prime Minister Margaret Thatcher", D(1985, 3, 1)),
    # before the claim starts, an office not listed may have been held (Cuomo was
    # attorney general of New York): only the listed terms count
    ("New York Attorney General Andrew Cuomo", D(2009, 3, 3)),
])
def test_right_titles_of_those_years(text, date):
    assert rules_found(text, date) == []


def test_claims_start_with_a_listed_term():
    kb = load_kb()
    for pid, since in (("andrew-cuomo", D(2011, 1, 1)), ("ahmet-davutoglu", D(2009, 5, 1)),
                       ("jean-claude-juncker", D(2005, 7, 1)), ("taro-aso", D(2015, 1, 1))):
        person = kb.people[pid]
        assert person.complete_since == since
        assert any(t.start and t.start <= since and (t.end is None or since < t.end) for t in person.terms)
    # a file that extends a person restates their claim: Aso's earlier foreign ministry does
    # not wipe the claim his other file makes
    assert any(t.office == "jp.foreign" for t in kb.people["taro-aso"].terms)
    assert kb.offices["jp.foreign"].complete_since == D(2000, 1, 1)


def test_generated_claims_file_is_up_to_date():
    got = subprocess.run([sys.executable, str(ROOT / "tools" / "build_claims.py"), "--check"], cwd=ROOT)
    assert got.returncode == 0
