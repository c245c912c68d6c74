"""Clustering a story's name mentions: one name spelt two ways by a slip of the keyboard,
another orthography or another romanisation, told apart from two different people.

``name_variants`` catches the safe patterns (hyphens, inner capitals, diacritics,
transliterated endings). This module adds the fuzzy and phonetic ones, each behind guards,
because near-identical names of different people are common ("Mark" / "Mary Kelly",
"Schneider" / "Schnieder", a father and a son):

* **slips** — two forms one edit apart (a transposition counts as one): "Zelenksyy" beside
  "Zelenskyy". One form must be a spelling no word list or gazetteer knows, or the two must
  sound alike (Metaphone) *and* be tied by the same first name or surname.
* **transliterations** — the same guards for forms that only transliterate differently
  ("Prigozhin" / "Prigojin").
* **near namesakes** — two letters apart beside the same first name or surname, one
  spelling unknown and the other known ("Anthnoy" / "Anthony Albanese").
* **orthography** — a British/American pair inside the same proper name: "Labor Party"
  beside "Labour Party", "Lincoln Center" beside "Lincoln Centre".
* **romanisation** — a short surname written two ways ("Lee" / "Li", "Jun" / "Yoon"): only
  when the stray form is never introduced (no given name beside it anywhere), while the other
  is: a bare surname in news copy refers to someone already named.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import chain

from rapidfuzz.distance import OSA

from ..spelling.lexicon import lexicon
from ..house_style import romanisation_groups
from .name_given import given_name_variants, variant_spellings
from .name_forms import (
    _cut_short, _last_letter_lost, _one_slip, _swapped, dj_for_j, romanisation_key, transliteration_key, transliteration_keys,
)
from .name_mentions import (
    MONTHS, TITLES, Mention, common_word, fold, given_names,
    introduced, known, labelled, marks, mentions, metaphone, mid_sentence, person, prominence, surnames,
)

__all__ = ["Cluster", "clusters", "known", "mentions", "romanisation_key", "transliteration_key"]

@dataclass
class Cluster:
    """A stray spelling and the one it should be (``target``), with every use of each."""

    stray: str
    target: str
    stray_uses: list[Mention]
    target_uses: list[Mention]
    how: str  # slip, transliteration, near, orthography, romanisation
    note: str = ""


# --- the kinds of pair ---------------------------------------------------------------

def _order(a: str, b: str, by_form) -> tuple[str, str] | None:
    """(stray, target): the unknown spelling is the stray; between two of a kind, the one
    used less. None when nothing tells them apart."""
    ka, kb = known(a), known(b)
    if ka != kb:
        return (b, a) if ka else (a, b)
    na, nb = len(by_form[a]), len(by_form[b])
    fa, fb = _in_person(by_form[a]), _in_person(by_form[b])
    if na == nb and fa != fb:
        return (b, a) if fa else (a, b)
    if na == nb:
        pa, pb = prominence(a), prominence(b)
        if abs(pa - pb) < 1.0:
            return None
        return (a, b) if pa < pb else (b, a)
    return (a, b) if na < nb else (b, a)


def _label_order(a: str, b: str, by_form) -> tuple[str, str]:
    """(stray, target) for a speaker label and a prose spelling: the unknown spelling is the
    stray; between two of a kind, the prose one (a label is set once and repeated)."""
    ka, kb = known(a), known(b)
    if ka != kb:
        return (b, a) if ka else (a, b)
    return (b, a) if labelled(by_form[a]) else (a, b)


def _different_people(a_uses: list[Mention], b_uses: list[Mention]) -> bool:
    """Different given names before them, or different surnames after them."""
    ga, gb = given_names(a_uses), given_names(b_uses)
    sa, sb = surnames(a_uses), surnames(b_uses)
    return bool((ga and gb and not ga & gb) or (sa and sb and not sa & sb))


def _own_given_name(stray_uses: list[Mention], target_uses: list[Mention]) -> bool:
    """The stray has a given name before it that is none of the name words the story writes
    beside the target, which it does write with others ("Ganjar Pranowo" once, "Prabowo
    Subianto" and bare "Prabowo" six times): two people named in full. A target never
    written beside another name word ("Volodymyr Zelenksyy" once, "Zelenskyy" after) is
    no evidence."""
    beside_target = given_names(target_uses) | surnames(target_uses)
    own = given_names(stray_uses)
    return bool(own and beside_target and not own & beside_target)


def _same_given_name(a_uses: list[Mention], b_uses: list[Mention]) -> bool:
    return bool(given_names(a_uses) & given_names(b_uses))


def _tied(a_uses: list[Mention], b_uses: list[Mention]) -> bool:
    """The same first name or the same surname beside both spellings."""
    return bool(given_names(a_uses) & given_names(b_uses) or surnames(a_uses) & surnames(b_uses))


def slips(by_form: dict[str, list[Mention]]) -> list[Cluster]:
    """Slips, transliterations and near namesakes (see the module notes), each pair kept
    only when nothing says the two forms belong to two people."""
    out = []
    famous = {f for f in by_form if _in_person(by_form[f])}
    beside_famous = set().union(*(given_names(by_form[f]) | surnames(by_form[f]) for f in famous))
    # a capitalised form seen only at the start of sentences is still a name when its lower
    # case is no word ("Kweis graduated"); its partner must then be seen mid-sentence
    forms = [f for f in by_form if len(f) >= 4 and (mid_sentence(by_form[f]) or not common_word(f)) and (
        not common_word(f) or person(f) or f in famous
        or (given_names(by_form[f]) | surnames(by_form[f])) & beside_famous)]
    for a, b, how in _close_pairs(forms) + _namesakes(forms, by_form):
        # a letter lost at the end: a famous name's ("Bezo"), or anyone's when the same given
        # name stands before both ("Olivier Brocheni" beside "Olivier Brochenin")
        cut = how == "slip" and (_cut_short(a, b) or _last_letter_lost(a, b) and _same_given_name(by_form[a], by_form[b]))
        if how == "slip" and not (_one_slip(a, b) or cut) or _different_people(by_form[a], by_form[b]):
            continue
        if not (mid_sentence(by_form[a]) or mid_sentence(by_form[b])):
            continue
        ka, kb = known(a), known(b)
        # a speaker label ("BRZEZINSKI:") and a prose spelling one slip from it: the transcript
        # names its speaker, so the two are one person whatever the word lists know
        label = how == "slip" and labelled(by_form[a]) != labelled(by_form[b])
        if min(len(a), len(b)) < 5 and not (_swapped(a, b) or cut):
            continue  # four-letter names: only a swap of neighbours ("Mdoi", "Kier")
        if (common_word(a) or common_word(b)) and ka == kb and not (
                _in_person(by_form[a]) or _in_person(by_form[b])):
            continue  # names that are also words ("Trump"): only an unknown slip or a known person
        if how == "near" and ka == kb:
            continue  # two letters apart: only an unknown spelling of a known name
        if label:
            pass
        elif ka and kb:
            # two real names: only the same sound and the same person beside them; two first
            # names before one surname only when they spell one name ("Francis" and
            # "Frances Okonkwo" are two people, "Gert" and "Geert Wilders" one), are a swap
            # of neighbours or one is a famous person's ("Kier Starmer")
            if metaphone(a) != metaphone(b) or not _tied(by_form[a], by_form[b]):
                continue
            if not (given_names(by_form[a]) & given_names(by_form[b]) or variant_spellings(a, b)
                    or _swapped(a, b) or _in_person(by_form[a]) or _in_person(by_form[b])):
                continue
        elif not ka and not kb:
            if not (_tied(by_form[a], by_form[b]) or max(len(by_form[a]), len(by_form[b])) >= 2
                    or _introduced_then_bare(by_form[a], by_form[b])):
                continue
        order = _label_order(a, b, by_form) if label else _order(a, b, by_form)
        if order is None and _introduced_then_bare(by_form[a], by_form[b]):
            # once each: the bare later spelling is the stray
            order = (b, a) if _named_once_then_slipped(by_form[b], by_form[a]) else (a, b)
        if order is None:
            continue
        stray, target = order
        if len(by_form[stray]) > len(by_form[target]) and not (
                label or _tied(by_form[a], by_form[b]) or _named_once_then_slipped(by_form[stray], by_form[target])
                or _slip_of_a_landmark(stray, target)):
            continue  # the story settles on the unknown form: perhaps a rare real name
        if surnames(by_form[stray]) - surnames(by_form[target]):
            continue  # "Erdoan Shipoli" is someone else, not a misspelt "Erdogan"
        if _own_given_name(by_form[stray], by_form[target]):
            continue  # "Ganjar Pranowo" beside "Prabowo Subianto": another person, named in full
        out.append(Cluster(stray, target, by_form[stray], by_form[target], how))
    return out


#: a place, club or body this prominent (a city, a county town) that the story also spells
#: right: however often the story repeats a slip of it, the slip is no rare real name
LANDMARK_PROMINENCE = 3.0


def _slip_of_a_landmark(stray: str, target: str) -> bool:
    """"Bournemoth" three times beside "Bournemouth" once: a spelling no list knows, one
    slip from a name the gazetteer ranks high and no person's (a surname nobody lists may
    still be someone's)."""
    return (not known(stray) and known(target) and not person(target) and prominence(target) >= LANDMARK_PROMINENCE
            and _one_slip(stray, target))


def _introduced_then_bare(a_uses: list[Mention], b_uses: list[Mention]) -> bool:
    """Of two spellings used once each, one comes first with a given name and the other
    later, bare ("Lt Mara Kovacz ... Kowacz said"): a bare surname refers back to someone
    already named."""
    return _named_once_then_slipped(a_uses, b_uses) or _named_once_then_slipped(b_uses, a_uses)


def _named_once_then_slipped(stray_uses: list[Mention], target_uses: list[Mention]) -> bool:
    """The known spelling comes first, with a given name ("Sgt Dana Brott"); the unknown one
    is never introduced, so its bare uses, however many, refer back to that person."""
    return (introduced(target_uses) and not introduced(stray_uses)
            and target_uses[0].start < stray_uses[0].start)


#: parts of names shared by unrelated people ("Al Jazeera", "Abu Dhabi", "Van Gogh")
_PARTICLES = frozenset("al el abu ibn bin bint van von der den de da di du le la del della dos das mac".split())


def _in_person(uses: list[Mention]) -> bool:
    """Part of a full name the gazetteer knows as a person's ("Keir Starmer")."""
    return any(" " in m.full and person(m.full) for m in uses)


def _namesakes(forms: list[str], by_form: dict[str, list[Mention]]) -> list[tuple[str, str, str]]:
    """Forms two edits apart that share a first name or a surname ("Anthnoy Albanese" /
    "Anthony Albanese"): (a, b, "near")."""
    by_neighbour: dict[str, list[str]] = defaultdict(list)
    for f in forms:
        if len(f) >= 5 and "-" not in f:
            for n in given_names(by_form[f]) | surnames(by_form[f]):
                if len(n) > 3 and n.lower() not in _PARTICLES:
                    by_neighbour[n].append(f)
    out = {}
    for group in by_neighbour.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                fa, fb = fold(a), fold(b)
                if fa[0] == fb[0] and OSA.distance(fa, fb) == 2 and abs(len(fa) - len(fb)) < 2:
                    out.setdefault(frozenset((a, b)), (a, b, "near"))
    return list(out.values())


def _close_pairs(forms: list[str]) -> list[tuple[str, str, str]]:
    """Pairs of forms that may be one edit apart (they share a deletion key), or that
    transliterate alike, in order of first use: (a, b, "slip" or "transliteration")."""
    keysets = [_deletion_keys(fold(f)) for f in forms]
    # a key only one form holds pairs nothing: the keys are counted in bulk, and only the
    # shared ones (a few a story) gather their forms, in the order of the forms
    shared = {k for k, c in Counter(chain.from_iterable(keysets)).items() if c > 1}
    buckets: dict[str, list[str]] = defaultdict(list)
    if shared:
        for f, keys in zip(forms, keysets):
            for key in keys & shared:
                buckets[key].append(f)
    rank = {f: i for i, f in enumerate(forms)}
    pairs = {tuple(sorted((a, b), key=rank.__getitem__)): "slip" for group in buckets.values()
             for i, a in enumerate(group) for b in group[i + 1:] if a != b}
    translit: dict[str, list[str]] = defaultdict(list)
    for f in forms:
        if len(f) >= 6 and "-" not in f:
            for key in transliteration_keys(f):
                translit[key].append(f)
    for group in translit.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                fa, fb = fold(a), fold(b)
                if fa == fb or marks(a) > 1 or marks(b) > 1 or not (fa[0] == fb[0] or dj_for_j(a, b)):
                    continue  # accents are name_variants' concern, tone marks pinyin's ("Shǎnxī"
                    # is Shanxi, not Shaaxi); "Khan" / "Han" are two names
                pair = tuple(sorted((a, b), key=rank.__getitem__))
                if OSA.distance(fa, fb) > 1 or not _one_slip(a, b):
                    pairs[pair] = "transliteration"  # "Djomartov" / "Jomartov": no slip, a spelling
    return sorted(((a, b, how) for (a, b), how in pairs.items()), key=lambda p: (rank[p[0]], rank[p[1]]))


def orthography(by_form: dict[str, list[Mention]]) -> list[Cluster]:
    """"Labor Party" / "Labour Party", "Health Organisation" / "Health Organization": the
    same capitalised word after both (and no different owner or adjective before them:
    "Australian Labor" / "British Labour") or the same capitalised word before both."""
    out = []
    table = lexicon().us_uk
    back = {uk: us for us, uk in table.items()}
    for a in by_form:
        low = a.lower()
        other = table.get(low) or back.get(low)
        b = other and a[0] + other[1:] if other else None
        if not b or b not in by_form or a > b or not (mid_sentence(by_form[a]) and mid_sentence(by_form[b])):
            continue
        ua, ub = by_form[a], by_form[b]
        after = {m.after for m in ua if m.after} & {m.after for m in ub if m.after}
        before = given_names(ua) & given_names(ub)
        if after:
            qa = {m.qualifier for m in ua if m.after in after and m.qualifier}
            qb = {m.qualifier for m in ub if m.after in after and m.qualifier}
            if qa and qb and not qa & qb:
                after = set()
        if not (after or before):
            continue
        if after:  # "Labor Day" is not a use of the party's name
            ua = [m for m in ua if m.after is None or m.after in after]
            ub = [m for m in ub if m.after is None or m.after in after]
        else:
            ua = [m for m in ua if m.before is None or m.before in before]
            ub = [m for m in ub if m.before is None or m.before in before]
        if len(ua) == len(ub):
            continue
        (stray, su), (target, tu) = sorted([(a, ua), (b, ub)], key=lambda x: len(x[1]))
        note = f"{target} {sorted(after)[0]}" if after else f"{sorted(before)[0]} {target}"
        out.append(Cluster(stray, target, su, tu, "orthography", note=f"“{note}”"))
    return out


def romanisations(by_form: dict[str, list[Mention]]) -> list[Cluster]:
    """A bare short surname never introduced, and an introduced one that romanises alike
    or that ``rules/names.toml`` lists as a romanisation of the same surname."""
    out = []
    short = [f for f in by_form if 2 <= len(f) <= 5]
    keys: dict[object, list[str]] = defaultdict(list)
    groups = romanisation_groups()
    for f in short:
        keys[romanisation_key(f)].append(f)
        for i, group in enumerate(groups):
            if f in group:
                keys[i].append(f)
    lex = lexicon()
    for group in keys.values():
        if len(group) < 2:
            continue
        for stray in group:
            uses = by_form[stray]
            if introduced(uses) or not mid_sentence(uses) or stray in lex.places:
                continue
            if any(m.by_digit for m in uses) or (stray in MONTHS and any(m.initial for m in uses)):
                continue
            for target in group:
                t_uses = by_form[target]
                if target == stray or not introduced(t_uses) or len(t_uses) < len(uses):
                    continue
                if _different_roles(uses, t_uses):
                    continue
                full = max((m.full for m in t_uses), key=len)
                out.append(Cluster(stray, target, uses, t_uses, "romanisation", note=f"“{full}”"))
                break
    return out


def _different_roles(a_uses: list[Mention], b_uses: list[Mention]) -> bool:
    ta = {m.before for m in a_uses if m.before in TITLES}
    tb = {m.before for m in b_uses if m.before in TITLES}
    return bool(ta and tb and not ta & tb)


def clusters(text: str, keep=lambda s, e: True) -> list[Cluster]:
    """Every stray spelling in ``text``, each once (the first kind of pair that explains it)."""
    by_form = mentions(text, keep)
    out, seen = [], set()
    for c in slips(by_form) + orthography(by_form) + romanisations(by_form) + _given(by_form):
        if c.stray in seen:
            continue
        seen.add(c.stray)
        out.append(c)
    _follow_chains(out)
    return out


def _follow_chains(found: list[Cluster]) -> None:
    """"Bornemoth" one letter from "Bournemoth", itself a slip of the story's "Bournemouth":
    the slip of a slip is pointed at the spelling both miss (``note`` keeps the one between)."""
    by_stray = {c.stray: c for c in found}
    for c in found:
        d = by_stray.get(c.target)
        if d is not None and c.how == d.how == "slip" and d.target != c.stray and not known(c.stray):
            c.note, c.target, c.target_uses = c.target, d.target, d.target_uses


def _given(by_form: dict[str, list[Mention]]) -> list[Cluster]:
    """One first name spelt two ways before the same surname ("Steven" / "Stephen Paddock":
    ``name_given``), as a one-letter slip or a pair two letters apart."""
    return [Cluster(stray, target, su, tu, "slip" if edits == 1 else "near")
            for stray, target, su, tu, edits in given_name_variants(by_form)]


def _deletion_keys(word: str) -> set[str]:
    """The word and the word less any one letter: two words one edit apart (a swap of
    neighbours included) always share one, so pairs are found without comparing all."""
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}
