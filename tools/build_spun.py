#!/usr/bin/env python3
"""Build ``rules/grammar/spun.tsv.gz``: synonym-spun variants of common English collocations.

Run on a developer machine (never at lint time):

    .venv/bin/pip install wordsegment
    .venv/bin/python tools/build_spun.py

Content farms put wire copy through a "spinner" that swaps words for thesaurus synonyms
of the wrong sense: "officials said" becomes "officials mentioned", "governing body"
becomes "governing physique". The variant is a pair no writer produces. This script applies a
spinner's substitutions (``SUBSTITUTIONS``: the wrong-sense swaps content farms are known
for, written here by hand) to the common collocations of English and keeps each variant
that is rare, so the rule (attrlint/checks/spun.py) can recognise it and name the original:

* collocations: the bigrams of Google Web 1T (Thorsten Brants and Alex Franz, 2006) as
  shipped in ``wordsegment`` (Apache-2.0; pairs seen 100,000+ times) in which the word
  that stays is a content word (not a stop word, three letters or more), or an article
  before a spinner's word that is a bare verb ("the choose");
* a variant is kept when it is itself absent from those counts (rarer than 100,000 in a
  trillion words) while the original is there.

Why not WordNet (tried, stop 25): taking every WordNet 3.0 synonym, hypernym, hyponym and
similar adjective as the spinner's thesaurus gave 1.66 million absent variants, and the
clean news bench (3,823 articles) had one in 2,549 articles (1,383 even with the original
seen 1,000,000+ times and tightly bound): a pair missing from counts cut at 100,000 is
usually just a rare pair. Most spinner swaps are not WordNet neighbours either
(head/pinnacle). A short list of swaps that give wrong-sense words, each checked on the
clean bench (none of its articles holds two different swaps), is what stays precise.

Format: ``variant<TAB>original``, lower case, sorted.
"""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

from build_bigrams import read_counts  # tools/ is on the path when a script runs

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "grammar" / "spun.tsv.gz"

#: word as written -> what a spinner writes for it (synonyms of another sense; alternatives
#: separated by a space). Swaps to a word that news uses in the same sense ("security" ->
#: "safety", "leader" -> "chief", "military" -> "navy", "issues" -> "points", "just" ->
#: "simply", "officials" -> "officers", "foreign" -> "overseas", "remain" -> "stay") were
#: measured on the clean bench and left out.
SUBSTITUTIONS = {
    "said": "mentioned", "says": "mentions", "saying": "mentioning",
    "body": "physique", "bodies": "physiques", "head": "pinnacle",
    "shot": "photograph", "shots": "photographs", "shooting": "capturing",
    "fire": "fireplace hearth", "apartment": "residence", "nearby": "close-by",
    "injury": "damage", "treated": "handled", "turned": "rotated", "judge": "choose",
    "interest": "curiosity", "game": "recreation", "player": "participant", "players": "gamers",
    "troops": "troopers", "soldiers": "troopers", "city": "metropolis", "office": "workplace",
    "computer": "pc", "victim": "sufferer", "patients": "sufferers", "court": "courtroom",
    "stock": "inventory", "home": "dwelling", "told": "instructed", "problem": "downside",
    "question": "query", "train": "prepare", "doctors": "docs", "study": "examine",
    "shows": "exhibits", "showed": "confirmed", "investors": "traders", "year": "yr",
    "death": "demise", "known": "recognized", "statement": "assertion", "score": "rating",
    "school": "faculty", "attack": "assault", "name": "title", "immediately": "instantly",
    "news": "information", "children": "youngsters", "meeting": "assembly", "bill": "invoice",
    "executive": "govt", "poll": "ballot", "friends": "pals", "expert": "skilled", "cause": "trigger",
    "continue": "proceed", "expected": "anticipated", "likely": "doubtless",
}
#: a form of "say" only after its subject ("police said"), not after an adverb ("simply said")
SAY = {"said", "says", "saying"}
MIN_KEPT_LEN = 3
#: the word kept may be an article when the spinner's word is a bare verb, which no article
#: takes ("the choose" for "the judge", "a examine" for "a study"); "the title", "the
#: confirmed cases" are English
ARTICLES = {"the", "a", "an"}


def _bare_verb(word: str) -> bool:
    from lemminflect import getAllLemmas

    return dict(getAllLemmas(word)) == {"VERB": (word,)}


def build() -> list[tuple[str, str]]:
    import wordsegment
    from spacy.lang.en.stop_words import STOP_WORDS

    bi = read_counts(Path(wordsegment.__file__).parent / "bigrams.txt")
    rows: dict[str, tuple[str, float]] = {}
    for pair, count in bi.items():
        a, _, b = pair.partition(" ")
        if not (a.isalpha() and b.isalpha()):
            continue
        for pos, word in ((0, a), (1, b)):
            kept = b if pos == 0 else a
            if word not in SUBSTITUTIONS:
                continue
            after_article = pos == 1 and kept in ARTICLES
            if not after_article and (kept in STOP_WORDS or len(kept) < MIN_KEPT_LEN):
                continue
            if word in SAY and (pos == 0 or kept.endswith("ly")):
                continue
            for spun in SUBSTITUTIONS[word].split():
                if after_article and not _bare_verb(spun):
                    continue
                variant = f"{spun} {b}" if pos == 0 else f"{a} {spun}"
                if variant not in bi and count > rows.get(variant, ("", 0.0))[1]:
                    rows[variant] = (pair, count)
    return sorted((v, orig) for v, (orig, _) in rows.items())


def main() -> int:
    try:
        rows = build()
    except ImportError:
        print("pip install wordsegment first", file=sys.stderr)
        return 1
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("".join(f"{v}\t{o}\n" for v, o in rows))
    print(f"{len(rows)} variants -> {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
