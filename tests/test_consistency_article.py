"""End to end over whole (invented) articles: a clean one raises nothing from these
rules; the same article with copy-desk errors raises exactly those errors."""
from __future__ import annotations

import datetime as dt

from attrlint.checks import consistency, dates_units
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in consistency.rules() + dates_units.rules()}
CONFIG = Config(date=dt.date(2024, 11, 22))

CLEAN = """\
Talks on grain corridor resume in Kyiv

KYIV, Friday, 22 November 2024 - Ukrainian President Volodymyr Zelensky met Turkish
officials on Thursday, 21 November, to discuss shipping in the Black Sea.

“We will keep the corridor open,” Zelensky told reporters. “Ships must sail.

“Nobody should doubt our resolve,” he added.

Russian Foreign Minister Sergei Lavrov said Moscow had “no intention” of attacking
civilian vessels. Lavrov's deputy repeated the point.

The corridor runs about 300 miles (480 km) along the coast, past the port of Odesa. A
drone reached an altitude of 3,000 feet (900 metres) before it was shot down.

Temperatures fell to -5C (23F) overnight. Officials said 40 ships were waiting; a port
spokesman said 45 ships had been cleared since the summer.

Kim Jong Un's government, meanwhile, denied sending troops. Analysts doubt Kim Jong Un's
denial, citing satellite images of the Kursk region from 19 November.
"""

DIRTY = """\
Talks on grain corridor resume in Kiev

KYIV, Friday, 22 November 2024 - Ukrainian President Volodymyr Zelensky met Turkish
officials on Wednesday, 21 November, to discuss shipping in the Black Sea.

“We will keep the corridor open,” Zelenskyy told reporters. “Ships must sail.

Nobody should doubt our resolve, he added.

Russian Foreign Minister Sergei Lavrov said Moscow‘s forces had “no intention” of attacking
civilian vessels. Sergey Lavrov's deputy repeated the point.

The corridor runs about 300 miles (300 km) along the coast, past the port of Odesa. A
drone reached an altitude of 3,000 feet (900) before it was shot down on 31 April.

Kim Jong Un's government, meanwhile, denied sending troops. Analysts doubt Kim Jong-un's
denial.
"""


def _found(text):
    return sorted((f.rule, f.location.text) for f in lint_text(text, config=CONFIG, rules=RULES))


def test_clean_article_raises_nothing():
    assert _found(CLEAN) == []


def test_each_error_is_found_once():
    assert _found(DIRTY) == sorted([
        ("names.house-style", "Kiev"),
        ("dates.weekday-mismatch", "Wednesday, 21 November"),
        ("names.inconsistent", "Zelenskyy"),
        ("quotes.unbalanced", "“Ships must sail."),
        ("quotes.apostrophe", "Moscow‘s"),
        ("names.inconsistent", "Sergey Lavrov"),
        ("units.conversion", "300 miles (300 km)"),
        ("units.missing-unit", "3,000 feet (900)"),
        ("dates.impossible", "31 April"),
        ("names.inconsistent", "Kim Jong-un"),
    ])
