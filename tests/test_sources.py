"""The source table, newsroom overrides, and the per-file sourcing summary."""
from __future__ import annotations

import json

import pytest

from attrlint.attribution.sources import LOW_RATINGS, RATINGS, catalogue
from attrlint.data import DataError, load_data


def test_every_bundled_source_has_rating_reason_and_basis():
    data = load_data("sources.toml")
    default_basis = data["defaults"]["basis"]
    assert data["source"], "the table is empty"
    for spec in data["source"]:
        assert spec["rating"] in RATINGS, spec["name"]
        assert spec.get("reason"), spec["name"]
        assert spec.get("basis", default_basis), spec["name"]
        assert spec.get("kind"), spec["name"]


@pytest.mark.parametrize("text, name, low", [
    ("said the Daily Mail on Sunday", "Daily Mail", True),
    ("KCNA reported", "KCNA", True),
    ("a Telegram channel", "Telegram channel", True),
    ("Reuters reported", "Reuters", False),
    ("said Yonhap News Agency", "Yonhap", False),
    ("footage distributed by Ruptly", "Ruptly", True),  # RT's video agency
])
def test_catalogue_finds_and_rates(text, name, low):
    mentions = list(catalogue().find(text))
    assert [m.entry.name for m in mentions] == [name]
    assert mentions[0].entry.low is low


def test_lowercase_sun_is_not_the_tabloid():
    assert list(catalogue().find("the sun rose over the bay")) == []


def test_override_rerates_and_adds():
    cat = catalogue({"The Sun": "mixed", "Harbour Gazette": {"rating": "deprecated", "kind": "tabloid"}})
    sun = cat.by_name("the sun")
    assert sun.rating == "mixed" and sun.basis == "newsroom configuration"
    gazette = [m.entry for m in cat.find("the Harbour Gazette said")]
    assert gazette and gazette[0].rating in LOW_RATINGS


def test_override_with_unknown_rating_is_an_error_naming_the_source():
    with pytest.raises(DataError, match="Harbour Gazette"):
        catalogue({"Harbour Gazette": "sketchy"})


# --- the sourcing summary --------------------------------------------------------------
ARTICLE = (
    "Harbour reopens after storm\n\n"
    "The harbour reopened on Monday after a week of storms, the port authority said.\n\n"
    "Harbour master Ines Ruiz said the quay had lost two cranes and a fuel depot.\n\n"
    "She said repairs would take until the summer and cost the town dearly.\n\n"
    "A senior council official told Reuters that insurance would cover most of the bill.\n\n"
    "The fishing fleet of the town has shrunk by half over the past ten years.\n\n"
    "A video posted by a Telegram channel showed waves breaking over the lighthouse.\n"
)


@pytest.fixture(scope="module")
def summary():
    from attrlint.attribution import analyse
    from attrlint.document import Document

    doc = Document.from_text(ARTICLE, path="harbour.txt")
    analyse(doc)
    return doc.metadata["sourcing"]


def test_summary_is_plain_json(summary):
    assert json.loads(json.dumps(summary)) == summary


def test_summary_names_sources_with_their_lines(summary):
    names = {s["name"]: s for s in summary["named_sources"]}
    assert "Harbour master Ines Ruiz" in names
    ruiz = names["Harbour master Ines Ruiz"]
    assert ruiz["kind"] == "person"
    assert ruiz["lines"] == [5, 7]  # "She said" carries over to the last named speaker


def test_summary_lists_anonymous_sources_and_ratings(summary):
    assert [a["line"] for a in summary["anonymous_sources"]] == [9]
    assert "Reuters" in summary["sources_by_rating"]["reliable"]
    assert "Telegram channel" in summary["sources_by_rating"]["unreliable"]


def test_summary_share_counts_unsourced_claims(summary):
    assert summary["claim_sentences"] >= 5
    unsourced = [u["line"] for u in summary["unattributed_sentences"]]
    assert 11 in unsourced and 3 not in unsourced
    assert 0 < summary["attributed_share"] < 1


def test_render_sourcing_text(summary):
    from attrlint.report.sourcing import render_sourcing_text

    out = render_sourcing_text(summary)
    assert "attributed claim sentences:" in out
    assert "Harbour master Ines Ruiz (person): 2 sentence(s), lines 5, 7" in out
    assert "line 9: A senior council official" in out
    assert "unreliable: Telegram channel" in out
