"""The currency pattern's text is the same in every process (so its compiled form is read
from the stored pattern table, attrlint/fast_re.py), and the order of equal-length forms in
it changes no match."""
from __future__ import annotations

import os
import random
import re
import subprocess
import sys

from attrlint.checks.currency import rates


def _pattern_in_process(seed: str) -> str:
    code = "from attrlint.checks.currency import rates; print(rates().pattern.pattern)"
    env = {**os.environ, "PYTHONHASHSEED": seed, "ATTRLINT_DATA_CACHE": "off"}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout


def test_the_pattern_text_does_not_depend_on_the_hash_seed():
    assert _pattern_in_process("1") == _pattern_in_process("2") == rates().pattern.pattern + "\n"


def test_equal_length_forms_in_another_order_match_the_same():
    pattern = rates().pattern.pattern
    sym = re.search(r"\(\?P<sym>(.*?)\)\\s\?", pattern).group(1)
    name = re.search(r"\(\?P<name>(.*?)\)\\b\)$", pattern).group(1)

    def shuffled(alt: str, rnd: random.Random) -> str:
        forms = re.split(r"(?<!\\)\|", alt)
        rnd.shuffle(forms)
        return "|".join(sorted(forms, key=lambda f: -len(f.replace("\\", ""))))

    rnd = random.Random(5)
    forms = [re.sub(r"\\(.)", r"\1", f) for f in re.split(r"(?<!\\)\|", sym) + re.split(r"(?<!\\)\|", name)]
    # invented amounts written with every form, before and after the number, in both cases
    text = " ".join(f"{f}12 and 3.5 million {f}, {f.upper()} 40 or 7 {f.lower()}." for f in forms)
    want = [(m.span(), m.groupdict()) for m in rates().pattern.finditer(text)]
    assert len(want) > len(forms)
    for _ in range(3):
        other = re.compile(pattern.replace(sym, shuffled(sym, rnd), 1).replace(name, shuffled(name, rnd), 1),
                           re.IGNORECASE)
        assert [(m.span(), m.groupdict()) for m in other.finditer(text)] == want
