"""debris.cut-off: say once that the text stops mid-sentence.

Opt-in: excerpts and feed items are often cut at a length on purpose, and a desk that
lints them does not want a finding on every one. Whether or not the rule runs, the
linter drops what the cut causes (see ``attrlint.cut_end``), and the JSON report
carries the cut as ``cut_end`` for each file.
"""

from __future__ import annotations

from typing import Iterator

from ..finding import Finding, Severity
from ..rule import BaseRule


class CutOffRule(BaseRule):
    id = "debris.cut-off"
    category = "debris"
    severity = Severity.INFO
    opt_in = True
    description = "The text stops mid-sentence (a cut excerpt or a truncated feed item)."

    def check(self, doc) -> Iterator[Finding]:
        cut = doc.cut_end
        if cut is None or not cut.certain:
            return
        start = cut.word_start if cut.word_start < cut.end else cut.start
        end = len(doc.text.rstrip())
        yield self.finding(
            doc,
            min(start, end),
            end,
            f"The text stops mid-sentence ({cut.why}); restore the rest of the sentence or "
            "end it, or check that the copy was not cut in transfer.",
        )


def rules():
    return [CutOffRule()]
