"""inconsistent_name: one name spelt two ways, or against the house style.

Three rules share the variant families of ``rules/names.toml`` and the house styles of
``rules/styles/``:

* ``names.house-style`` — a form the configured style does not use; with no style, a
  form every major style has dropped (Kiev for the Ukrainian capital), at info level.
* ``names.inconsistent`` — two spellings of one name in one article; suggests the
  style's form or the form the article uses most.
* ``names.inconsistent-across-files`` — the files of one publication (one configuration)
  disagree; info level.

Each spelling is reported once per article, at its first use, with a count: an editor
fixes a spelling throughout, and ten identical warnings only bury the other findings.
A configured house style is the exception: there each use gets a safe fix.
"""
from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from typing import Iterable, Iterator

from ..finding import Finding, Severity
from ..rule import BaseRule
from ..wording import times
from . import name_across_files, name_clusters, name_variants
from ..house_style import Family, HouseStyle, Occurrence, all_families, style_for
from .name_mentions import Mention, common_word, labelled, mid_sentence
from .name_posts import verbatim_test

CATEGORY = "inconsistent_name"


def _uses(doc, family: Family) -> list[Occurrence]:
    """The family's uses in the document, found once for the rules that all ask (kept with
    the document's shared analyses; callers only read the list)."""
    memo = doc.shared("names.family-uses", dict)
    got = memo.get(id(family))
    if got is None or got[0] is not family:
        got = memo[id(family)] = (family, list(family.occurrences(doc.text)))
    return got[1]


def _off_style_forms(doc, family: Family, style: HouseStyle | None) -> set[str]:
    """Forms that ``names.house-style`` reports for this document (so that the
    inconsistency rule does not report them a second time)."""
    if style is not None and style.preferred(family):
        return {v for v in family.variants if v != style.preferred(family)}
    if family.abandoned and _after(doc, family):
        return set(family.abandoned)
    return set()


def _after(doc, family: Family) -> bool:
    since = family.abandoned_since
    return since is None or doc.story_date.date >= since


class HouseStyleRule(BaseRule):
    id = "names.house-style"
    category = CATEGORY
    severity = Severity.WARNING
    description = (
        "A spelling the configured house style does not use (or, with no style, one every "
        "major English-language style has dropped, such as Kiev for Kyiv)."
    )

    def check(self, doc) -> Iterator[Finding]:
        style = style_for(doc)
        for family in all_families(style):
            preferred = style.preferred(family) if style else None
            if preferred:
                yield from self._against_style(doc, family, preferred, style)
            elif family.abandoned and _after(doc, family):
                yield from self._abandoned(doc, family)

    def _against_style(self, doc, family: Family, preferred: str, style: HouseStyle) -> Iterator[Finding]:
        for occ in _uses(doc, family):
            if occ.form == preferred or doc.in_quote(occ.start, occ.end):
                continue
            found = doc.text[occ.start:occ.end]
            repl = _same_initial_case(found, preferred)
            yield self.finding(
                doc, occ.start, occ.end,
                f"“{found}”: the {style.name} house style writes “{repl}”.",
                suggestions=[repl],
                evidence=f"house style {style.name} ({style.origin}): {family.id} = {preferred}",
                fix=repl,
            )

    def _abandoned(self, doc, family: Family) -> Iterator[Finding]:
        uses = [o for o in _uses(doc, family) if o.form in family.abandoned and not doc.in_quote(o.start, o.end)]
        by_form: dict[str, list[Occurrence]] = defaultdict(list)
        for o in uses:
            by_form[o.form].append(o)
        target = family.default or next(v for v in family.variants if v not in family.abandoned)
        for form, occs in by_form.items():
            first = occs[0]
            found = doc.text[first.start:first.end]
            suggestion = _same_initial_case(found, target)
            since = f" since {family.abandoned_since:%B %Y}" if family.abandoned_since else ""
            yield self.finding(
                doc, first.start, first.end,
                f"“{found}” ({times(len(occs))} in this article) is a spelling that major "
                f"English-language styles have dropped{since}; write “{suggestion}” throughout "
                "(set house-style to check against one style).",
                suggestions=[suggestion],
                evidence=f"{family.id}: abandoned form {form}; preferred {target}",
                severity=Severity.INFO,
            )


class InconsistentNameRule(BaseRule):
    id = "names.inconsistent"
    category = CATEGORY
    severity = Severity.WARNING
    description = "One person or place spelt two ways in the same article."

    def check(self, doc) -> Iterator[Finding]:
        style = style_for(doc)
        for family in all_families(style):
            yield from self._family(doc, family, style)
        yield from self._generic(doc, style)

    def _family(self, doc, family: Family, style: HouseStyle | None) -> Iterator[Finding]:
        dropped = _off_style_forms(doc, family, style)
        uses = [o for o in _uses(doc, family) if o.form not in dropped and not doc.in_quote(o.start, o.end)]
        counts = Counter(o.form for o in uses)
        if len(counts) < 2:
            return
        # on a tie the first reference sets the article's spelling, as for generic pairs
        target = _majority(counts, [o.form for o in uses], None)
        for form, n in counts.items():
            if form == target:
                continue
            first = next(o for o in uses if o.form == form)
            found = doc.text[first.start:first.end]
            yield self.finding(
                doc, first.start, first.end,
                f"“{found}” ({times(n)}) and “{target}” ({times(counts[target])}) are the same "
                f"name spelt two ways; use one spelling throughout, e.g. “{target}”.",
                suggestions=[_same_initial_case(found, target)],
                evidence=f"variants of {family.id}: " + ", ".join(f"{f} ×{c}" for f, c in counts.items()),
            )

    def _generic(self, doc, style: HouseStyle | None) -> Iterator[Finding]:
        text = doc.text
        known = _curated_spans(doc, style)
        verbatim = verbatim_test(doc)
        outside_quotes = lambda s, e: not verbatim(s, e)  # noqa: E731 - quotes and posts are verbatim
        pairs = (name_variants.hyphen_space(text, outside_quotes) + name_variants.word_variants(text, outside_quotes)
                 + particle_pairs_of(doc) + name_variants.swapped_order(text, outside_quotes)
                 + body_pairs_of(doc))
        reported: set[str] = set()
        for a, a_spans, b, b_spans, how in pairs:
            if how == name_variants.OTHER_ORDER:
                # a curated name ("Mohammed bin Salman") in the other order is no variant its
                # family lists: only the swapped form's own spans are asked
                if _covered(name_variants.stray_first(a, a_spans, b, b_spans)[1], known):
                    continue
            elif _covered(a_spans + b_spans, known):
                continue
            # report the form used less often (on a tie the one no name list ranks, then the
            # later one), pointing to the other; a body's pair comes stray first already
            if not how.startswith(name_variants.BODY_SLIP):
                a, a_spans, b, b_spans = name_variants.stray_first(a, a_spans, b, b_spans)
            if how == "accents" and name_variants.accent_only_in_stray(a, b):
                continue
            start, end = a_spans[0]
            found = text[start:end]
            yield self.finding(
                doc, start, end,
                f"“{found}” ({times(len(a_spans))}) and “{b}” ({times(len(b_spans))}) look like one "
                f"name written two ways ({how}); use one spelling throughout.",
                suggestions=[b],
                evidence=f"{found} / {b}",
            )
            reported.update((a, b))
        for a, a_spans, b, b_spans, how in name_variants.dropped_letters(text, outside_quotes):
            if a in reported or _covered(a_spans + b_spans, known):
                continue
            start, end = a_spans[0]
            yield self.finding(
                doc, start, end,
                f"“{a}” ({times(len(a_spans))}) and “{b}” ({times(len(b_spans))}) are one name: "
                f"“{a}” is it with the accented letters deleted, as a scrape or feed that cannot "
                f"encode them writes it; use “{b}” throughout.",
                suggestions=[b],
                evidence=f"{a} / {b} ({how})",
            )
            reported.update((a, b))
        yield from self._clusters(doc, known, reported, outside_quotes)

    def _clusters(self, doc, known, reported: set[str], keep) -> Iterator[Finding]:
        """Slips, orthography and romanisation (``name_clusters``): each use of the stray
        spelling is reported, since each needs its own fix; the stray form is by
        construction the rarer one, so this stays short."""
        text = doc.text
        for c in name_clusters_of(doc):
            if c.stray in reported or c.target in reported:
                continue
            spans = [(m.start, m.end) for m in c.stray_uses]
            if _covered(spans, known):
                continue  # a curated variant: its family reports it
            why = _WHY[c.how].format(note=c.note)
            if c.how == "slip" and c.note:
                why = f" (one letter from “{c.note}”, itself a slip of “{c.target}”)"
            if c.how in ("slip", "transliteration", "near") and not name_clusters.known(c.stray):
                why = why[:-1] + f"; no name list knows “{c.stray}”)"
            if labelled(c.target_uses) or labelled(c.stray_uses):
                why = why[:-1] + "; one of them is the transcript's speaker label)"
            # an unknown slip is also a typo at each use (spelling.proper-noun): here, once
            uses = c.stray_uses[:1] if c.how == "slip" and not name_clusters.known(c.stray) else c.stray_uses
            for m in uses:
                found = text[m.start:m.end]
                yield self.finding(
                    doc, m.start, m.end,
                    f"“{found}” ({times(len(c.stray_uses))}) and “{c.target}” "
                    f"({times(len(c.target_uses))}) look like one name spelt two ways{why}; "
                    f"use one spelling throughout, e.g. “{c.target}”.",
                    suggestions=[c.target.upper() if found.isupper() else c.target],
                    evidence=f"{c.how}: {c.stray} ×{len(c.stray_uses)} / {c.target} ×{len(c.target_uses)}",
                )


def name_clusters_of(doc) -> list:
    """The story's name clusters outside quotations and pasted posts (both verbatim), found once for
    this rule and the typo rule that reports the same slips."""
    verbatim = verbatim_test(doc)
    return doc.shared("names.clusters", lambda: name_clusters.clusters(doc.text, lambda s, e: not verbatim(s, e)))


def particle_pairs_of(doc) -> list:
    """The same two names with different particles ("da" / "de") outside quotations and pasted
    posts, (stray first), found once for this rule and the typo rule that reports the stray too."""
    def pairs() -> list:
        verbatim = verbatim_test(doc)
        return [name_variants.stray_first(a, a_spans, b, b_spans) + (how,) for a, a_spans, b, b_spans, how
                in name_variants.particles(doc.text, lambda s, e: not verbatim(s, e))]
    return doc.shared("names.particles", pairs)


def body_pairs_of(doc) -> list:
    """A body's name with its name word one letter off the story's usual one ("Swami League"
    beside "Awami League"), outside quotations and pasted posts, found once for this rule and
    the typo rule that reports the stray too."""
    def pairs() -> list:
        verbatim = verbatim_test(doc)
        return name_variants.body_slips(doc.text, lambda s, e: not verbatim(s, e))
    return doc.shared("names.bodies", pairs)


#: why a cluster was formed, for the message
_WHY = {
    "slip": " (one letter apart)",
    "transliteration": " (two transliterations of one name)",
    "near": " (two letters apart, with the same first name or surname)",
    "orthography": " (British and American spelling inside one name, as in {note})",
    "romanisation": " (two romanisations of one surname; the story introduces {note} and "
                    "never introduces the other form)",
}


class InconsistentAcrossFilesRule(BaseRule):
    id = "names.inconsistent-across-files"
    category = CATEGORY
    severity = Severity.INFO
    description = (
        "The files of one publication (checked together under one configuration file) "
        "spell a name differently."
    )

    def check(self, doc) -> Iterable[Finding]:
        return ()

    def summarise(self, doc) -> dict | None:
        """What the run needs of this file, JSON-able (a worker or the cache hands it on):
        per family used in one form only, that form and its first use; the capitalised
        words that could be another file's slip. None outside a configured publication."""
        if doc.config is None or doc.config.path is None:
            return None
        style = style_for(doc)
        families = []
        for family in all_families(style):
            if style is not None and style.preferred(family):
                continue  # every file is held to the style itself
            off = _off_style_forms(doc, family, None)
            uses = [o for o in _uses(doc, family) if o.form not in off and not doc.in_quote(o.start, o.end)]
            if len({o.form for o in uses}) == 1:  # mixed files are reported by names.inconsistent
                first = uses[0]
                families.append([family.id, first.form, first.start, first.end, family.default,
                                 doc.text[first.start:first.end]])
        found = name_clusters.mentions(doc.text, lambda s, e: not doc.in_quote(s, e))
        candidates = {
            form: [dataclasses.asdict(m) for m in ms]
            for form, ms in found.items()
            if len(form) >= 5 and mid_sentence(ms) and not common_word(form)
        }
        return {"path": doc.path, "group": str(doc.config.path), "families": families, "names": candidates}

    def check_run(self, summaries: list) -> Iterator[tuple[int, Finding]]:
        """Files without a configuration file are left alone: a folder of wire copy from
        several agencies legitimately mixes styles; one newsroom's files should not."""
        by_config = defaultdict(list)
        for i, summary in enumerate(summaries):
            if summary is not None:
                by_config[summary["group"]].append(i)
        for members in by_config.values():
            if len(members) > 1:
                yield from self._slips(summaries, members)
                yield from self._group(summaries, members)

    def _group(self, summaries: list, members: list[int]) -> Iterator[tuple[int, Finding]]:
        per_family: dict[str, list[tuple[int, str, int, int, str]]] = defaultdict(list)
        defaults: dict[str, str | None] = {}
        for i in members:
            for fid, form, start, end, default, found in summaries[i]["families"]:
                per_family[fid].append((i, form, start, end, found))
                defaults.setdefault(fid, default)
        for fid, firsts in per_family.items():
            files_per_form = Counter(first[1] for first in firsts)
            if len(files_per_form) < 2:
                continue
            target = _majority(files_per_form, [first[1] for first in firsts], defaults[fid])
            for i, form, start, end, found in firsts:
                if form == target:
                    continue
                yield i, self.finding(
                    _Where(summaries[i]["path"]), start, end,
                    f"“{found}” here, but “{target}” in {files_per_form[target]} other file(s) "
                    "of this publication; settle on one spelling.",
                    suggestions=[_same_initial_case(found, target)],
                    evidence=", ".join(f"{f}: {n} file(s)" for f, n in files_per_form.items()),
                )

    def _slips(self, summaries: list, members: list[int]) -> Iterator[tuple[int, Finding]]:
        """A name one file misspells and the others spell right (``name_clusters``)."""
        per_doc = [
            {form: [Mention(**m) for m in ms] for form, ms in summaries[i]["names"].items()} for i in members
        ]
        for k, c, n_files in name_across_files.across_files(per_doc):
            first = c.stray_uses[0]
            found = first.form
            yield members[k], self.finding(
                _Where(summaries[members[k]]["path"]), first.start, first.end,
                f"“{found}” ({times(len(c.stray_uses))} here) looks like a slip for “{c.target}”, "
                f"which {n_files} other file(s) of this publication use; no name list knows "
                f"“{found}”.",
                suggestions=[c.target],
                evidence=f"{c.stray}: this file; {c.target}: {n_files} file(s)",
            )


@dataclasses.dataclass
class _Where:
    """Where a run-level finding belongs (``BaseRule.finding`` reads the path only)."""

    path: str
    config: None = None


def _majority(counts: Counter, order: list[str], default: str | None) -> str:
    """The most used form; on a tie ``default`` if it is among them, else the first used."""
    top = max(counts.values())
    tied = [f for f in counts if counts[f] == top]
    if len(tied) == 1:
        return tied[0]
    if default in tied:
        return default
    return next(f for f in order if f in tied)


def _same_initial_case(found: str, form: str) -> str:
    """Keep a capital the text had at the start of a sentence ("Al-Qaida" for "al-Qaida"),
    and capitals throughout in a dateline ("KYIV" for "KIEV")."""
    if len(found) > 1 and found.isupper():
        return form.upper()
    if found[:1].isupper() and form[:1].islower():
        return form[:1].upper() + form[1:]
    return form


def _curated_spans(doc, style) -> list[tuple[int, int]]:
    return [(o.start, o.end) for f in all_families(style) for o in _uses(doc, f)]


def _covered(spans, known) -> bool:
    """A generic pair that a curated family already covers (reported by the family)."""
    return any(s < ke and ks < e for s, e in spans for ks, ke in known)


def rules():
    from .quotes import rules as quote_rules

    return [HouseStyleRule(), InconsistentNameRule(), InconsistentAcrossFilesRule(), *quote_rules()]
