"""Rule discovery pauses the cyclic collector while it imports the rule modules
(attrlint/registry.py, issue 16.5) and leaves it as it found it, whatever happens."""
from __future__ import annotations

import gc

import pytest

from attrlint import registry


@pytest.mark.parametrize("enabled", [True, False])
def test_discovery_leaves_the_collector_as_it_found_it(enabled):
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        rules = registry.discover()
        assert gc.isenabled() is enabled
        assert "spelling.misspelling" in rules and len(rules) > 50
    finally:
        (gc.enable if was else gc.disable)()


def test_the_collector_is_paused_during_discovery_and_back_after_a_failure(tmp_path, monkeypatch):
    seen = []

    def load(ep, origin):
        seen.append(gc.isenabled())
        raise registry.RegistryError("broken plugin")

    monkeypatch.setattr(registry, "_load_entry_point", load)
    gc.enable()
    with pytest.raises(registry.RegistryError):
        registry.discover()
    assert seen == [False] and gc.isenabled()
