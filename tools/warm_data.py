#!/usr/bin/env python3
"""Build attrlint's stored derived data now (docs/startup.md), so that not even the first
check after an install pays for it: run once after ``pip install`` (in a container image,
a CI cache step, a newsroom's set-up script).

It checks one invented draft with every rule, in this process, which parses the rule
data, builds the spelling pools, the gazetteer and knowledge-base indexes and compiles
the patterns, and stores them where later processes look (``$ATTRLINT_DATA_CACHE``, else
``$XDG_CACHE_HOME/attrlint/data``, else ``~/.cache/attrlint/data``).

    python tools/warm_data.py            # prints where the data went and how long it took
"""
from __future__ import annotations

import sys
import time

#: an invented draft that reaches every family of rules (names, titles, units, sources)
DRAFT = """Paris, March 3 (Wire) - Foreign Minister Adaeze Okafor said on Tuesday, March 3, 2023
that the 40 km (25 miles) convoy was "a deliberate provocation", according to a Telegram channel.
Okafor, 52, reportedly told reporters in Kyiv that talks would resume after she recieved the plan.
Share this article.
"""


def main() -> int:
    start = time.perf_counter()
    from attrlint import fast_dataclasses, fast_start

    fast_start.install()  # before the modules that define dataclasses or compile patterns are imported
    from attrlint import fast_re, fast_regex, memo
    from attrlint.config import Config
    from attrlint.linter import lint_text
    from attrlint.registry import discover

    rules = discover()
    cfg = Config(select=sorted(rules))  # opt-in rules too: their data is built as well
    lint_text(DRAFT, path="warm.txt", config=cfg, rules=rules)
    fast_regex.save()
    fast_re.save()
    fast_dataclasses.save()
    where = memo.cache_dir()
    print(f"attrlint derived data built in {time.perf_counter() - start:.1f}s: "
          f"{where if where is not None else 'nowhere (the store is turned off)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
