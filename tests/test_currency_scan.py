"""The currency amounts tried only just before runs of digits (stop 31): exactly
``finditer``'s matches."""
from __future__ import annotations

import random

from attrlint.checks import currency

_AMOUNTS = [
    "The deal was worth $100 million (€90 million) last year.",
    "A fine of 50,000 yuan, or about 7,000 dollars, was paid.",
    "US$5,000 (€4,500) and U.S.$ 12 million, then $$12 and a12 b 3.",
    "N95 masks cost Rs12 each; 12,000,000.5 yuan or $3; £5m, $3m and €2m.",
    "1 2 3 4 5 6 7 8 9 0 $1$2$3 € US$1 2 then 50 M dollars and ₹ 1 crore (US$ 120,000).",
    "Prices ran from 5,000 to 30,000 rubles (roughly $85 - 500) in the_12 shops.",
    "KSh1,000 ksh 2,000 usd3 USD 4 AED5bn 6 bn dirhams ٣ dollars",
]


def _texts() -> list[str]:
    rnd = random.Random(3)
    pieces = " ".join(_AMOUNTS).split(" ")
    out = list(_AMOUNTS)
    for _ in range(200):
        words = rnd.sample(pieces, rnd.randint(3, 20))
        out.append(rnd.choice([" ", "", "(", ", or "]).join(words))
    return out


def test_currency_amounts_tried_before_digits_are_finditers():
    tab = currency.rates()
    for text in _texts():
        want = [(m.span(), m.groupdict()) for m in tab.pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in currency._finditer(tab, text)] == want, text


def test_currency_scan_finds_the_amounts():
    spans = [m.group(0) for m in currency._finditer(currency.rates(), _AMOUNTS[0])]
    assert spans == ["$100 million", "€90 million"]
