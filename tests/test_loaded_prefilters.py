"""Prefilters of the loaded-language rules: a story is searched only with the forms it can
match (loaded_base.Alternatives), a rule walks only the tokens it asks about; each finds
exactly what the whole search or walk finds."""
import regex

from attrlint.checks.loaded_base import Alternatives, alternation
from attrlint.checks.loaded_labels import Judgement
from attrlint.document import Document

FORMS = ["cruel (?:tyrant|despot)", "(?-i:[A-Z])[a-z]+-(?:loathing|adoring)", "wombat(?:s|ery)?",
         "grand (?:scheme|plot) of (?:[\\w-]+ ){0,2}(?:bankers|lizards)", "(?<!\\d )fib(?:s|bed)? about"]

TEXTS = [
    "The council met on Tuesday and approved the budget for the new library.",
    "A cruel tyrant, critics said, while a Cat-loathing neighbour kept wombats.",
    "CRUEL DESPOT: the headline; Wombatery was closed; 3 fibs about it, not fibbed about it.",
    "a grand scheme of the lizards and a grand plot of very rich bankers",
    "cruel tyrants and anti-wombat and cat-loathing (lower case) and Dog-adoring",
]


def test_same_matches_as_the_whole_alternation():
    whole = alternation(FORMS, regex.I)
    alts = Alternatives("test-forms", FORMS, regex.I)
    for text in TEXTS:
        assert [(m.start(), m.end(), m.group(0)) for m in alts.finditer(Document.from_text(text))] == [
            (m.start(), m.end(), m.group(0)) for m in whole.finditer(text)], text


def test_a_story_with_none_of_the_strings_is_not_searched():
    alts = Alternatives("test-forms", FORMS, regex.I)
    assert list(alts.finditer(Document.from_text(TEXTS[0]))) == []
    assert alts._compiled == {}
    list(alts.finditer(Document.from_text(TEXTS[1])))
    assert list(alts._compiled) == [(0, 1, 2)]  # the bankers' and the fibs' forms left out


def test_judgement_still_flags_and_leaves_alone():
    rule = Judgement()
    flagged = Document.from_text("The minister defended the unprovoked invasion of the island on Monday.")
    clean = Document.from_text("The minister defended the decision to invade the island on Monday.")
    assert [f.rule for f in rule.check(flagged)] == ["loaded_language.judgement"]
    assert list(rule.check(clean)) == []


INSULT_TEXTS = [
    "The mayor, a total buffoon, told these lowlifes to leave. Critics called him a fool.",
    "Lying politicians and the amateur president spread their poisonous lies again.",
    "The so-called experts offered nothing but rantings, and the talking heads agreed.",
    "He is no fool. She felt like an idiot. The clowns of the circus were lying down.",
]


def test_insult_walks_only_its_candidates(monkeypatch):
    from attrlint.checks.loaded_narrator import Insult

    rule = Insult()
    docs = [Document.from_text(t) for t in INSULT_TEXTS]
    got = [[(f.start, f.end, f.message) for f in rule.check(d)] for d in docs]
    monkeypatch.setattr(Insult, "_candidates", lambda self, sp: list(sp))  # every token, as before
    want = [[(f.start, f.end, f.message) for f in rule.check(d)] for d in docs]
    assert got == want
    assert sum(map(len, got)) >= 3


WALK_TEXTS = [
    "The senator crawled out of his crypt again. The party lied to the American people about everything.",
    "They are lying about everything, and the throats of voters had it rammed down them.",
    "A survivor crawled out of the rubble. The witness lied to the court. Lies, lies.",
    "Then Ned Vorlan slithered back under his rock, and voters got this joke of a governor.",
]


def _findings(rule, texts):
    return [[(f.start, f.end, f.message) for f in rule.check(Document.from_text(t))] for t in texts]


def test_mockery_walks_only_its_candidates(monkeypatch):
    """The same findings as the walk over every token it made before."""
    from attrlint.checks import loaded_mockery

    rule = loaded_mockery.Mockery()
    got = _findings(rule, WALK_TEXTS)
    monkeypatch.setattr(loaded_mockery, "token_indices", lambda sp, attr, keep: list(range(len(sp))))
    assert got == _findings(rule, WALK_TEXTS)
    assert any(got)


def test_sweeping_lie_walks_only_the_forms_of_lie(monkeypatch):
    """Filtered over the parse's arrays: the same findings as asking each Token."""
    from attrlint.checks import loaded_smears

    rule = loaded_smears.SweepingLie()
    got = _findings(rule, WALK_TEXTS)
    by_token = lambda sp, attr, keep: [t for t in sp if keep(getattr(t, attr.lower() + "_"))]  # noqa: E731
    monkeypatch.setattr(loaded_smears, "tokens_where", by_token)
    assert got == _findings(rule, WALK_TEXTS)
    assert any(got)


def _random_stories(pieces, joins, seed, most):
    """4,000 invented texts of one to ``most`` random pieces, each followed by a random join."""
    import random

    rng = random.Random(seed)
    for _ in range(4000):
        yield "".join(rng.choice(pieces) + rng.choice(joins) for _ in range(rng.randint(1, most)))


def _sound(pattern, passes, stories) -> tuple[int, int]:
    """Every story ``pattern`` matches passes the prefilter; (stories matched, stories skipped)."""
    matched = skipped = 0
    for text in stories:
        ok = passes(text)
        if pattern.search(text):
            matched += 1
            assert ok, text
        skipped += not ok
    return matched, skipped


def test_sneer_prefilter_passes_every_story_the_pattern_matches():
    """loaded_language.sneer skips a story holding no hyphen-and-suffix as written and none of
    its prefixes' strings in ``re_lower``: on random invented text (odd cases, the letters a case-blind
    match folds oddly), every text the whole pattern matches passes the prefilter."""
    from attrlint.checks.loaded_sneers import Sneer

    rule = Sneer()
    pieces = ["the", "senator", "Cat", "-", "hating", "Hating", "HATING", "worshiping", "worshipping", "wanna",
              "be", "WannaBe", "tin", "pot", "TIN-POT", "tınhorn", "TİNHORN", "two", "bit", "pſeudo", "intellectual",
              "wannabe", "x", " ", " ", "—", "crazed", "Crazed", "anti"]

    def passes(text):
        return rule._hinge.search(text) is not None or any(
            s in Document.from_text(text).re_lower for s in rule._prefix_needs)

    matched, skipped = _sound(rule._re, passes, _random_stories(pieces, ["", " ", "-"], 33, 8))
    assert matched > 100 and skipped > 100


def test_profanity_prefilter_passes_every_story_the_pattern_matches():
    """loaded_language.profanity skips a story holding none of its words' needed strings in
    ``re_lower``: every random invented text its whole pattern matches passes."""
    from attrlint.checks.loaded_sneers import Profanity

    rule = Profanity()
    needs = rule._needs
    assert needs is not None
    pieces = ["the", "FUCK", "fuckin'", "ſhit", "SHİT", "shitty", "motherfuckers", "goddamned", "Bull", "shit",
              "asshole", "arse", "hole", "dip", "douche", "bag", "x", " ", "-", "’"]
    matched, skipped = _sound(rule._re, lambda text: any(s in Document.from_text(text).re_lower for s in needs),
                              _random_stories(pieces, ["", " ", " "], 34, 6))
    assert matched > 100 and skipped > 100


EVALUATIVE_TEXTS = [
    "The Ruritanian government is corrupt, critics said. His reckless gamble failed, and the famously "
    "corrupt agency paid. This fascist theocracy and its obsequious acolytes met the deadly storm.",
    "The minister was incompetent. A not unreasonable plan passed. The anti-racism group met. "
    "Varga is senile, the reckless driver said, and the grotesque parade of cruel officials went on.",
]


def test_evaluative_walks_only_adjective_dependents(monkeypatch):
    """Only an acomp or amod token is made and judged: the same findings as every token."""
    from attrlint.checks import loaded_voice

    rule = loaded_voice.Evaluative()
    got = _findings(rule, EVALUATIVE_TEXTS)
    monkeypatch.setattr(loaded_voice, "token_indices", lambda sp, attr, keep: list(range(len(sp))))
    assert got == _findings(rule, EVALUATIVE_TEXTS)
    assert sum(map(len, got)) >= 3

def test_sweeping_lie_phrase_prefilter_passes_every_story_the_phrases_match():
    """loaded_language.sweeping-lie scans for its fixed phrases only a story holding one of
    their needed strings in ``re_lower``: every random invented text they match passes."""
    from attrlint.checks.loaded_smears import SweepingLie

    rule = SweepingLie()
    needs = rule._phrase_needs
    assert needs is not None
    pieces = ["nothing", "but", "a", "pack", "of", "LIES", "lieſ", "It's", "ALL", "İt's", "is", "tissue", "lie",
              "after", "one", "another", "and", "more", "lies", "x", " ", "-", "nothing but lies", "NOTHING BUT LİES",
              "it's all lies", "IT'S ALL LIEſ", "pack of lies", "a tiſſue of lies", "Lie After Lie", "one lie after"]
    matched, skipped = _sound(rule._phrases, lambda text: any(s in Document.from_text(text).re_lower for s in needs),
                              _random_stories(pieces, [" ", " ", ""], 35, 7))
    assert matched > 50 and skipped > 100


def test_a_letter_the_match_reads_as_i_is_not_skipped():
    """'İ' folds to two characters (str.casefold) but a case-blind match reads it as 'i':
    the prefilter reads the story as the match does."""
    forms = ["tinhorn (?:general|mayor)", "wombat(?:s|ery)?"]
    whole = alternation(forms, regex.I)
    alts = Alternatives("test-dotted-i", forms, regex.I)
    for text in ["The TİNHORN GENERAL spoke.", "a Tİnhorn Mayor", "WOMBATS and ſome tinhorn general"]:
        got = [(m.start(), m.end()) for m in alts.finditer(Document.from_text(text))]
        assert got == [(m.start(), m.end()) for m in whole.finditer(text)] != [], text


def test_judgement_flags_a_verdict_written_with_a_dotted_capital_i():
    rule = Judgement()
    doc = Document.from_text("The minister defended the UNPROVOKED İNVASION of the island on Monday.")
    assert [f.rule for f in rule.check(doc)] == ["loaded_language.judgement"]
