"""Argument types the command-line surfaces share (``check``, ``archive``)."""

from __future__ import annotations

import argparse


def csv_list(value: str) -> list[str]:
    """A comma-separated option: ``--select a,b`` -> ["a", "b"]."""
    return [v.strip() for v in value.split(",") if v.strip()]


def story_date(value: str):
    """A ``--date`` value, or a usage error saying the form expected."""
    from .dates import parse_date

    d = parse_date(value)
    if d is None:
        raise argparse.ArgumentTypeError(f"cannot read {value!r} as a date (use YYYY-MM-DD)")
    return d
