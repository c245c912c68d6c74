"""units.space-distance: an object beyond the solar system put fewer kilometres or miles
away than a light-year; the Sun, planets, light-years and celebrities are left alone.
Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks.units_space import SpaceDistance
from attrlint.config import Config
from attrlint.linter import lint_text


def found(text: str) -> list[str]:
    out = lint_text(text, path="story.txt", config=Config(), rules={SpaceDistance.id: SpaceDistance()})
    return [text[f.start:f.end] for f in out]


@pytest.mark.parametrize("text,span", [
    ("Astronomers found a dwarf galaxy at a distance of 31 million kilometres from Earth.",
     "at a distance of 31 million kilometres"),
    ("The exoplanet, 120 miles away, orbits a red dwarf, the telescope team said.", "120 miles"),
    ("The black hole lies 27 thousand km from Earth, the observatory said.", "27 thousand km"),
])
def test_space_object_too_close_is_flagged(text, span):
    assert found(text) == [span]


@pytest.mark.parametrize("text", [
    "Astronomers found a dwarf galaxy 31 million light-years from Earth.",
    "The Sun, a star 150 million kilometres away, will flare this year.",
    "The probe passed Mars at a distance of 6,000 kilometres.",  # a planet of the solar system
    "The pop star drove 300 miles away from the city to rest.",  # a celebrity
    "A comet 40 million km from Earth will be visible next week.",
])
def test_light_years_sun_planets_and_celebrities_left_alone(text):
    assert found(text) == []
