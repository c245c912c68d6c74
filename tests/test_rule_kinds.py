"""The TOML rule kinds and the registry that loads packs and plugins."""

import pytest

from attrlint import BaseRule, Severity, lint_text
from attrlint.registry import RegistryError, _expand, discover, load_pack
from attrlint.rule import RuleDataError, rules_from_pack


def one(spec):
    rules = rules_from_pack({"rules": [spec]}, "inline")
    return {r.id: r for r in rules}


def test_existence_whole_word_and_case():
    rules = one({"id": "t.x", "kind": "existence", "category": "debris", "phrases": ["Share"], "ignore_case": False})
    found = lint_text("Share\nShares rose. share", rules=rules)
    assert [f.location.text for f in found] == ["Share"]


def test_existence_not_whole_word_matches_inside_words():
    rules = one({"id": "t.x", "kind": "existence", "category": "debris", "phrases": ["nbsp"], "whole_word": False})
    assert [f.location.text for f in lint_text("a&nbsp;b", rules=rules)] == ["nbsp"]


def test_phrases_match_across_whitespace_and_apostrophes():
    rules = one({"id": "t.x", "kind": "existence", "category": "loaded_language", "phrases": ["Putin's war"]})
    found = lint_text("It is Putin’s\nwar now.", rules=rules)
    assert [f.location.text for f in found] == ["Putin’s\nwar"]


def test_skip_quotes_and_exceptions():
    rules = one({
        "id": "t.s", "kind": "substitution", "category": "loaded_language",
        "swap": {"claimed": "said"}, "exceptions": ["claimed responsibility"],
    })
    text = "The group claimed responsibility. “We claimed nothing,” he said. She claimed it."
    found = lint_text(text, rules=rules)
    assert [f.location.text for f in found] == ["claimed"]
    assert found[0].location.start == text.rindex("claimed")
    assert found[0].suggestions == ["said"]


def test_substitution_keeps_initial_capital():
    rules = one({"id": "t.s", "kind": "substitution", "category": "loaded_language", "swap": {"gloated": "said"}})
    assert lint_text("Gloated the mayor.", rules=rules)[0].suggestions == ["Said"]


@pytest.mark.parametrize(
    "spec, fragment",
    [
        ({"id": "t.x", "kind": "magic", "category": "debris"}, "'kind' must be one of"),
        ({"kind": "existence", "category": "debris", "phrases": ["a"]}, "missing required key 'id'"),
        ({"id": "t.x", "kind": "existence", "category": "rudeness", "phrases": ["a"]}, "unknown category"),
        ({"id": "t.x", "kind": "existence", "category": "debris", "phrases": ["a"], "colour": 1}, "unknown key(s)"),
        ({"id": "t.x", "kind": "existence", "category": "debris"}, "no phrases or patterns"),
        ({"id": "t.x", "kind": "existence", "category": "debris", "patterns": ["("]}, "t.x"),
        ({"id": "t.x", "kind": "existence", "category": "debris", "phrases": ["a"], "severity": "loud"}, "unknown severity"),
    ],
)
def test_bad_rule_specs_are_explained(spec, fragment):
    with pytest.raises(RuleDataError) as exc:
        rules_from_pack({"rules": [spec]}, "desk.toml")
    assert fragment in str(exc.value) and "desk.toml" in str(exc.value)


def test_bad_pack_file_names_the_file(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[[rules]\n", encoding="utf-8")
    with pytest.raises(RegistryError) as exc:
        load_pack(bad)
    assert str(bad) in str(exc.value)


class _Plugin(BaseRule):
    id = "plugin.hello"
    category = "debris"
    severity = Severity.INFO
    description = "test plugin"

    def check(self, doc):
        i = doc.text.find("hello")
        if i >= 0:
            yield self.finding(doc, i, i + 5, "hello found")


def test_entry_point_objects_expand_to_rules():
    assert [r.id for r in _expand(_Plugin, "ep")] == ["plugin.hello"]
    assert [r.id for r in _expand(_Plugin(), "ep")] == ["plugin.hello"]
    assert [r.id for r in _expand(lambda: [_Plugin()], "ep")] == ["plugin.hello"]
    with pytest.raises(RegistryError):
        _expand(lambda: ["not a rule"], "ep")


def test_duplicate_rule_ids_are_refused(tmp_path):
    pack = tmp_path / "dup.toml"
    pack.write_text('[[rules]]\nid = "x.one"\nkind = "existence"\ncategory = "debris"\nphrases = ["a"]\n', encoding="utf-8")
    with pytest.raises(RegistryError) as exc:
        discover([pack, pack])
    assert "x.one" in str(exc.value)


def test_builtin_rules_have_stable_dotted_ids_and_descriptions():
    rules = discover()
    for rid, rule in rules.items():
        assert "." in rid and rid == rid.lower(), rid
        assert rule.description, f"{rid} has no description"
