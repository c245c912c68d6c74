"""Name slips across the stories of one publication: a spelling one file makes of a name
other files spell another way ("Tayyep" in one story, "Tayyip" in ten).

Kept apart from ``name_clusters`` (which pairs forms inside one story) because the pairing
runs over every file's summary at the end of a run and is stricter: two stories may well
name two different people.
"""
from __future__ import annotations

from collections import defaultdict

from ..spelling.lexicon import lexicon
from .name_clusters import Cluster, _deletion_keys
from .name_forms import _one_slip
from .name_mentions import CALENDAR, Mention, ask_gazetteer, common_word, fold, given_names, known, mid_sentence, surnames

__all__ = ["across_files"]

def across_files(per_doc: list[dict[str, list[Mention]]]) -> list[tuple[int, Cluster, int]]:
    """(file index, cluster, files using the target) for a slip one file makes of a spelling
    other files of the publication use. Stricter than within a story, since two stories
    may well name two different people: the stray must be a spelling nothing knows, the
    target one the lists know or that more files use, and no file may have both."""
    files: dict[str, set[int]] = defaultdict(set)
    uses: dict[str, list[Mention]] = defaultdict(list)
    for i, by_form in enumerate(per_doc):
        for form, ms in by_form.items():
            if len(form) >= 5 and mid_sentence(ms) and not common_word(form):
                files[form].add(i)
                uses[form].extend(ms)
    buckets: dict[str, set[str]] = defaultdict(set)
    for form in files:
        for key in _deletion_keys(fold(form)):
            buckets[key].add(form)
    out, seen = [], set()
    for group in buckets.values():
        for stray in group:
            if known(stray) or stray in CALENDAR:
                continue
            for target in group:
                if target == stray or (stray, target) in seen or files[stray] & files[target]:
                    continue
                if not (known(target) or len(files[target]) > len(files[stray])):
                    continue
                if len(files[target]) < len(files[stray]) or not _one_slip(stray, target):
                    continue
                if target in CALENDAR or not _same_company(uses[stray], uses[target]):
                    continue
                seen.add((stray, target))
                for i in sorted(files[stray]):
                    c = Cluster(stray, target, per_doc[i][stray], uses[target], "slip")
                    out.append((i, c, len(files[target])))
    return out


def _same_company(stray_uses: list[Mention], target_uses: list[Mention]) -> bool:
    """Across stories: every name word beside the stray is also beside the target
    ("Recep Tayyep Erdogan" / "Recep Tayyip Erdogan"); a bare stray only pairs with a
    place or a well-known name, not with any rare name or a nationality ("Korian", a
    company, is no slip for "Korean")."""
    beside = given_names(stray_uses) | surnames(stray_uses)
    if beside:
        return beside <= given_names(target_uses) | surnames(target_uses)
    target = target_uses[0].form
    if target in lexicon().places:
        return True
    entry = ask_gazetteer("lookup", target, None)
    return bool(set(getattr(entry, "kinds", "")) & set("PLO") and getattr(entry, "prominence", 0) >= 2.0)
