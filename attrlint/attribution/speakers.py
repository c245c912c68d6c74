"""weak_attribution: speakers the reader never meets. A surname that speaks with no
introduction anywhere ("Mr Bryant said", introduced.py answers the look-up), and a pronoun
that speaks with nobody named before it ("In a brief statement, he claimed: ..." at the top
of a cut or syndicated excerpt).

A mixin of the analyser (analysis.py), called from weak.py's walk over the sources.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

from .introduced import unintroduced
from .model import Cue, Issue, Source
from .parse import negated
from .quotes import QuoteSpans, covered


class UnmetSpeakers:
    # set by the analyser (analysis.py); ``_reports_speech`` is weak.py's
    text: str
    sp: "Doc"
    quotes: QuoteSpans
    issues: list[Issue]
    _reports_speech: Callable[["Token"], bool]

    def _unintroduced(self, src: Source, cue: Cue) -> None:
        """'Mr Bryant said' with no Bryant met before nor named in full after (introduced.py)."""
        verb = self.sp[cue.token]
        found = None if negated(verb) else unintroduced(self.sp[src.head], verb)
        if found is None or covered(self.quotes, *found):
            return
        s, e = found
        if 0 <= verb.idx - e <= 2:
            e = verb.idx + len(verb)
        self.issues.append(Issue(
            "attribution.anonymous-source", s, e,
            f"'{self.text[found[0]:found[1]]}': this speaker is never introduced. Give the full name and "
            "who they are where they first appear."))

    def _pronoun_only(self, src: Source, cue: Cue) -> None:
        """'In a brief statement, he claimed: …' at the top of an excerpt: the speaker is a
        pronoun and nobody (no person, body or proper name) comes before it, nor is named later
        in the sentence. A syndicated or cut excerpt lost the name; the reader cannot tell who
        speaks."""
        head = self.sp[src.head]
        if head.lower_ not in ("he", "she") or covered(self.quotes, src.start, src.end):
            return
        verb = self.sp[cue.token]
        if negated(verb) or not self._reports_speech(verb):
            return
        if self._first_named() < head.i:
            return  # someone is named before: the pronoun points back to them
        if any(t.ent_type_ == "PERSON" for t in head.sent if t.i > head.i and not covered(self.quotes, t.idx, t.idx + 1)):
            return  # "he said …, Defence Minister Jan Varga told reporters": named after all
        s, e = src.start, src.end
        if 0 <= verb.idx - e <= 2:
            e = verb.idx + len(verb)
        self.issues.append(Issue(
            "attribution.anonymous-source", s, e,
            f"'{self.text[s:e]}': the speaker is only a pronoun; nobody is named before it. Give the "
            "speaker's name and role where they first appear."))

    def _first_named(self) -> int:
        """The index of the story's first proper name or named person, body or place outside
        quotation marks (the parse's length if none): found once per walk, not once per
        pronoun speaker (a search per speaker grew with the square of the text)."""
        first: int | None = getattr(self, "_first_named_at", None)
        if first is None:
            first = next((t.i for t in self.sp if (t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))
                          and not covered(self.quotes, t.idx, t.idx + 1)), len(self.sp))
            self._first_named_at = first
        return first
