"""rule.is_rule answers as ``isinstance(obj, Rule)`` (the runtime protocol check), only faster
for BaseRule's instances; rule discovery uses it."""
from __future__ import annotations

from attrlint.registry import RegistryError, _expand, discover
from attrlint.rule import BaseRule, Rule, is_rule


class Plain:  # a plugin rule written without BaseRule
    id = "plugin.plain"
    category = "style"
    severity = None
    description = "a rule"
    needs: frozenset[str] = frozenset()

    def check(self, doc):
        return []


class Partial:  # no check method: not a rule
    id = "plugin.partial"
    category = "style"


def test_is_rule_agrees_with_the_protocol_check():
    rules = list(discover().values())
    assert len(rules) > 50
    for obj in [*rules, Plain(), Partial(), BaseRule(), object(), "rule", None, Plain, BaseRule]:
        assert is_rule(obj) == isinstance(obj, Rule), obj


def test_discovery_still_refuses_what_is_not_a_rule():
    assert [r.id for r in _expand(Plain, "here")] == ["plugin.plain"]
    for bad in (Partial, lambda: [Partial()]):
        try:
            _expand(bad, "here")
        except RegistryError as exc:
            assert "here" in str(exc)
        else:  # pragma: no cover
            raise AssertionError(f"{bad!r} accepted")
