"""spaCy memory zones: each group of a streaming run is parsed and checked inside one, so
the words it adds to the vocabulary are forgotten with it, and the report is the report
of a run without zones."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from attrlint import nlp, stream
from attrlint.config import DEFAULT_MODEL
from attrlint.stream import Input, lint_inputs

NEEDS = frozenset({"parser", "ner", "tagger", "lemmatizer"})
# invented words, so that none of them is in the model's own vocabulary
NEW = "The Vorstanks were glimmerating near Quellbury while the geese flew; Drabnor ran."


@pytest.fixture(scope="module")
def plain():
    return importlib.import_module(DEFAULT_MODEL).load()


def _lemmas(text: str) -> list[str]:
    return [t.lemma_ for t in next(nlp.parse_many([text], DEFAULT_MODEL, NEEDS))]


def test_a_zone_forgets_its_new_words_and_lemmas_stay_right_across_zones(plain):
    pipe = nlp.get_pipeline(DEFAULT_MODEL, NEEDS)
    strings = pipe.vocab.strings
    _lemmas("The council met on Tuesday.")  # the pipeline loaded, outside any zone
    expected = [t.lemma_ for t in plain(NEW)]
    for _ in range(3):  # the second and third zones meet the words the first one dropped
        with nlp.memory_zone():
            assert _lemmas(NEW) == expected
            assert "Vorstanks" in strings and "glimmerate" in strings
        assert "Vorstanks" not in strings and "glimmerate" not in strings
    cache = pipe.get_pipe("lemmatizer")._attrlint_lemmas
    assert all(orth in strings and lemma in strings for (orth, _, _), lemma in cache.items())
    assert strings["flew"] in {orth for orth, _, _ in cache}  # the model's own words stay cached
    assert _lemmas(NEW) == expected  # and outside a zone, as before


def test_zones_do_not_nest_and_can_be_switched_off(monkeypatch):
    strings = nlp.get_pipeline(DEFAULT_MODEL, NEEDS).vocab.strings
    with nlp.memory_zone():
        with nlp.memory_zone():  # joins the outer zone
            _lemmas("Brindlewick spoke.")
        assert "Brindlewick" in strings  # the inner block did not end the zone
    assert "Brindlewick" not in strings
    monkeypatch.setattr(nlp, "ZONES", False)
    with nlp.memory_zone():
        _lemmas("Tarrowmere spoke.")
    assert "Tarrowmere" in strings


def _publication(tmp_path, n: int) -> list[Input]:
    """``n`` invented drafts of one publication: a name spelt one way in most and another
    way in two (one in the first group, one in the last), invented words in every group."""
    (tmp_path / ".attrlint.toml").write_text('date = "2024-03-05"\n', encoding="utf-8")
    from attrlint.config import find_config

    cfg = find_config(str(tmp_path))
    assert cfg.path is not None and cfg.date == dt.date(2024, 3, 5)
    texts = []
    for i in range(n):
        name = "Sergey Lavrov" if i in (3, n - 2) else "Sergei Lavrov"
        texts.append(
            f"{name} met the Vorstank{i % 5} delegation in Quellbury on Monday, officials said.\n\n"
            f"The glimmerating talks on tariff {i} were slammed by critics, who say the plan "
            f"failed. Rescue teams worked through the night, the fire servise said.\n"
        )
    return [Input(str(tmp_path / f"s{i:02d}.txt"), cfg, (lambda t=t: (t, "utf-8"))) for i, t in enumerate(texts)]


def _report(results, errors):
    return errors, [
        (r.document.path, r.errors, [(f.rule, f.category, f.message, f.at.start, f.at.end, f.at.text,
                                      list(f.suggestions)) for f in r.findings])
        for r in results
    ]


def test_a_long_run_reports_the_same_with_and_without_zones(tmp_path, monkeypatch):
    from attrlint.registry import discover

    rules = discover([], errors=[])
    n = stream.GROUP * 2 + 4  # three groups, so three zones
    entered = []
    real = nlp.memory_zone

    def counted():
        entered.append(1)
        return real()

    monkeypatch.setattr(nlp, "memory_zone", counted)
    zoned = _report(*lint_inputs(_publication(tmp_path, n), rules))
    assert len(entered) == 3
    monkeypatch.setattr(nlp, "ZONES", False)
    plain = _report(*lint_inputs(_publication(tmp_path, n), rules))
    assert zoned == plain
    across = [(path.rsplit("/", 1)[-1], f[5]) for path, _, fs in zoned[1] for f in fs
              if f[0] == "names.inconsistent-across-files"]
    assert across == [("s03.txt", "Sergey Lavrov"), (f"s{n - 2:02d}.txt", "Sergey Lavrov")]
    assert any(f[5] == "servise" for _, _, fs in zoned[1] for f in fs)  # the spelling rules ran
