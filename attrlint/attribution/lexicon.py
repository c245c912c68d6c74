"""The attribution word lists (rules/attribution.toml), loaded and compiled once.

Word lists live in TOML so that a newsroom can tune them; this module only turns them
into sets and compiled patterns.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..data import load_data


@dataclass(frozen=True)
class Hedge:
    pattern: "regex.Pattern"
    message: str
    kind: str
    #: literals one of which every match holds (case-folded): a story that holds none of
    #: them is not searched (a slow pattern's scan of the whole text is skipped)
    needs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    cue_verbs: frozenset[str]
    statement_nouns: frozenset[str]
    anonymous_nouns: frozenset[str]
    vague_plurals: frozenset[str]
    plain_speech: frozenset[str]
    stranger_nouns: frozenset[str]
    anonymity_reason: "regex.Pattern"
    hedges: tuple[Hedge, ...]
    judging_verbs: frozenset[str]
    perception_verbs: frozenset[str]
    judging_adverbs: frozenset[str]
    characterisations: frozenset[str]
    copulas: frozenset[str]
    party_nouns: frozenset[str]
    signals: "regex.Pattern"
    signals_message: str
    analysis_claims: tuple[Hedge, ...]
    quote_min_words: int
    person_roles: frozenset[str]
    figure_nouns: frozenset[str]
    figure_verbs: frozenset[str]
    toll_nouns: frozenset[str]
    toll_verbs: frozenset[str]
    gossip_speech: frozenset[str] = frozenset()
    plural_only: frozenset[str] = frozenset()
    sector_heads: frozenset[str] = frozenset()
    sectors: frozenset[str] = frozenset()
    nameless_adjectives: frozenset[str] = frozenset()
    body_voices: frozenset[str] = frozenset()


def _social_nouns(anon: dict) -> frozenset[str]:
    """People described by their tie to the story ("a friend of the couple", "a neighbour"),
    from WordNet (rules/social_sources.toml), less the senses that are not people in news."""
    try:
        nouns = load_data("social_sources.toml")["social"]["nouns"]
    except (OSError, KeyError):  # a trimmed install without the generated list
        return frozenset()
    return frozenset(nouns) - frozenset(anon.get("social_exclude", []))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = load_data("attribution.toml")
    anon = data["anonymous"]
    passive = data["passive_evaluation"]
    char = data["characterisation"]
    quote = data.get("unattributed_quote", {})
    return Lexicon(
        cue_verbs=frozenset(data["cues"]["verbs"]),
        statement_nouns=frozenset(data["cues"]["statement_nouns"]),
        anonymous_nouns=frozenset(anon["nouns"]) | _social_nouns(anon),
        vague_plurals=frozenset(anon["vague_plurals"]),
        plural_only=frozenset(anon.get("plural_only", [])),
        plain_speech=frozenset(anon.get("plain_speech", ["say", "tell"])),
        stranger_nouns=frozenset(anon.get("stranger_nouns", [])),
        anonymity_reason=regex.compile("|".join(anon["reasons"]), regex.IGNORECASE),
        hedges=tuple(
            Hedge(regex.compile(h["pattern"], regex.IGNORECASE), h["message"], h.get("kind", "hedge"),
                  tuple(h.get("needs", ())))
            for h in data["hedges"]
        ),
        judging_verbs=frozenset(passive["judging_verbs"]),
        perception_verbs=frozenset(passive["perception_verbs"]),
        judging_adverbs=frozenset(passive["adverbs"]),
        characterisations=frozenset(char["adjectives"]),
        copulas=frozenset(char["copulas"]),
        party_nouns=frozenset(char["party_nouns"]),
        signals=regex.compile(data["signals"]["pattern"], regex.IGNORECASE),
        signals_message=data["signals"]["message"],
        analysis_claims=tuple(
            Hedge(regex.compile(c["pattern"], regex.IGNORECASE), c["message"], c.get("kind", "analysis"),
                  tuple(c.get("needs", ())))
            for c in data.get("analysis_claims", [])
        ),
        quote_min_words=int(quote.get("min_words", 6)),
        person_roles=frozenset(data.get("people", {}).get("roles", [])),
        figure_nouns=frozenset(data.get("figures", {}).get("nouns", [])),
        figure_verbs=frozenset(data.get("figures", {}).get("verbs", [])),
        toll_nouns=frozenset(data.get("figures", {}).get("toll_nouns", [])),
        toll_verbs=frozenset(data.get("figures", {}).get("toll_verbs", [])),
        gossip_speech=frozenset(anon.get("gossip_speech", [])),
        sector_heads=frozenset(anon.get("sector_heads", [])),
        sectors=frozenset(anon.get("sectors", [])),
        nameless_adjectives=frozenset(anon.get("nameless_adjectives", [])),
        body_voices=frozenset(anon.get("body_voices", [])),
    )
