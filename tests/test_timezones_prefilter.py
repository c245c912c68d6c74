"""The time-zone rule's shape prefilter (stop 31): a story it passes over holds no pair
the full scan would keep."""
from __future__ import annotations

from attrlint.checks import timezones

_MOMENTS = [
    "The launch is on Friday morning Tokyo time, or Thursday morning London time.",
    "It starts at 9 p.m. on Monday in Kyiv (Monday GMT), not Monday Tuesday in London.",
    "Sunday night in New York / Monday 10am Tokyo time; Monday (EST) Tuesday (UTC).",
    "They met on Monday in Paris and on Tuesday in Rome.",
    "Talks resume on Monday. A vote follows on Thursday in parliament.",
]


def test_timezone_shape_counts_every_kept_match():
    zones, pattern, shape = timezones._table()
    for text in _MOMENTS + [" ".join(_MOMENTS)]:
        kept = [m for m in pattern.finditer(text) if m["place"] in zones]
        assert len(list(shape.finditer(text))) >= len(kept), text


def test_timezone_prefilter_passes_a_story_with_two_zoned_weekdays():
    zones, pattern, shape = timezones._table()
    assert len(list(shape.finditer(_MOMENTS[0]))) == 2
    assert len(list(shape.finditer(_MOMENTS[4]))) < 2  # "in parliament": no place the table knows
