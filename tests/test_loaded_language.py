"""Loaded-language rules: editorialising in the writer's voice is flagged; the same words
used factually, in quotations or with attribution are left alone. Fictional sentences."""
from __future__ import annotations

import pytest

from attrlint.checks import loaded_language
from attrlint.config import Config
from attrlint.linter import lint_text
from attrlint.registry import builtin_packs


@pytest.fixture(scope="module")
def rules():
    packed = [r for r in builtin_packs() if r.category == "loaded_language"]
    return {r.id: r for r in loaded_language.rules() + packed}


def found(text, rules, **kw):
    return [(f.rule, f.location.text) for f in lint_text(text, path=kw.pop("path", "draft.txt"), rules=rules, **kw)]


BOOK = "loaded_language.said-bookism"


@pytest.mark.parametrize("sentence,span,said", [
    ("The ministry admitted that the bridge was unsafe.", "admitted", "said"),
    ("The mayor admitted the budget had run out in March.", "admitted", "said"),
    ("The depot caught fire, the ministry begrudgingly conceded.", "begrudgingly conceded", "said"),
    ("The council grudgingly admits that the plan was late.", "grudgingly admits", "says"),
    ("State television gloated that the launch set a record.", "gloated", "said"),
    ("The coach boasted that no team could beat them.", "boasted", "said"),
])
def test_said_bookisms_are_flagged_with_said(rules, sentence, span, said):
    fs = [f for f in lint_text(sentence, rules=rules) if f.rule == BOOK]
    assert [(f.location.text, f.suggestions) for f in fs] == [(span, [said])]
    assert fs[0].fix == said  # the verb governs a clause, so "said" reads correctly
    assert fs[0].severity.name == "WARNING"


def test_forced_to_admit_is_flagged_without_an_automatic_fix(rules):
    fs = [f for f in lint_text("The agency was forced to admit that files were lost.", rules=rules) if f.rule == BOOK]
    assert [(f.location.text, f.fix) for f in fs] == [("forced to admit", None)]
    assert "said" in fs[0].suggestions


def test_gloated_without_a_clause_has_no_fix(rules):
    fs = [f for f in lint_text("The winners gloated over the result for days.", rules=rules) if f.rule == BOOK]
    assert [(f.location.text, f.fix) for f in fs] == [("gloated", None)]


@pytest.mark.parametrize("text", [
    "The militia claimed that 40 soldiers had died in the ambush.",  # the neutral verb for a contested figure
    "She said the mayor has conceded that the talks are over.",  # the speaker's word, reported
])
def test_claimed_and_reported_bookisms_are_left_alone(rules, text):
    assert [r for r, _ in found(text, rules) if r == BOOK] == []


@pytest.mark.parametrize("text, flagged", [
    ("The Foreign Office claimed that hundreds of mercenaries were fighting near the border.", ["claimed"]),
    ("Prices rose after the minister claimed that the harbour would reopen.", []),  # subordinate: narration
    ("The state-run daily claimed that the talks were close to a deal.", []),  # neutral for state media
    ("The militia claimed that 40 soldiers had died in the ambush.", []),
    # public bodies: a state, an acronym, a name whose words say office
    ("Moscow claimed that the convoy had crossed the border.", ["claimed"]),
    ("The FBI claimed that the files were lost.", ["claimed"]),
    ("The White House claimed that the deal was done.", ["claimed"]),
    # not public bodies: a magazine, a company, a surname the tagger cannot place
    ("Garden Monthly claimed that the rare orchid had been stolen from a show in Leeds.", []),
    ("Acme Corp claimed that the phone was waterproof.", []),
    ("Marsh claimed he had never seen the contract before the hearing.", []),
])
def test_claimed_casting_doubt_on_a_credible_speaker(rules, text, flagged):
    assert [t for r, t in found(text, rules) if r == BOOK] == flagged


def test_claimed_is_reported_when_mild_verbs_are_included(rules):
    cfg = Config(rule_options_table={BOOK: {"include-mild": True}})
    fs = [f for f in lint_text("Traffic stopped after the ministry claimed that the bridge was unsafe.",
                               rules=rules, config=cfg) if f.rule == BOOK]
    assert [(f.location.text, f.severity.name) for f in fs] == [("claimed", "INFO")]


def test_a_state_of_mind_is_reported_once_per_story(rules):
    text = "Seething Fans Reject Result\n\nThe fans are seething. Seething, they marched to the square."
    fs = [f for f in lint_text(text, rules=rules) if f.rule == "loaded_language.state-of-mind"]
    assert len(fs) == 1


def test_insisted_is_opt_in_and_only_information(rules):
    text = "The mayor insisted the budget was sound."
    assert [r for r, _ in found(text, rules) if r == BOOK] == []
    cfg = Config(rule_options_table={BOOK: {"include-mild": True}})
    fs = [f for f in lint_text(text, rules=rules, config=cfg) if f.rule == BOOK]
    assert [(f.location.text, f.severity.name) for f in fs] == [("insisted", "INFO")]


@pytest.mark.parametrize("sentence", [
    "A little-known group claimed responsibility for the blast.",
    "The flooding claimed the lives of four farmers.",
    "The ruling party claimed victory before the count ended.",
    "The driver was admitted to hospital with minor injuries.",
    "She was admitted to the bar in 2009.",
    "He admitted two counts of fraud at the crown court.",
    "The senator conceded defeat on Tuesday night.",
    "The challenger conceded the election within an hour.",
    "The old town boasts a fine harbour.",
    "He insisted on paying for the repairs himself.",
    "The company claimed the land in 1890.",
    "North Korea launched a missile, claiming it to be its most powerful yet.",
    "It was claimed that the pier had been sold.",
    "The lawsuit claims the council ignored safety rules.",
    "We can scoff at the idea, but the pier is old.",
    "The mayor did not boast that the pier was finished.",
    "A rooster crowed at dawn.",
    "Schools were obliged to admit every child from the district.",
    "The mayor said the budget was sound.",
])
def test_factual_uses_are_left_alone(rules, sentence):
    assert [r for r, _ in found(sentence, rules) if r == BOOK] == []


def test_bookism_inside_a_quotation_is_left_alone(rules):
    text = '"They finally admitted that the report was wrong," the councillor said.'
    assert found(text, rules) == []
    text = "The councillor said: ‘They finally admitted that the report was wrong.’"
    assert found(text, rules) == []


@pytest.mark.parametrize("sentence,span,rule", [
    ("An enraged Mayor Tom Vale cancelled the vote.", "enraged", "loaded_language.state-of-mind"),
    ("The furious minister left the room.", "furious", "loaded_language.state-of-mind"),
    ("Furious Brenn quits summit", "Furious", "loaded_language.state-of-mind"),
    ("Brenn's regime has been accused of rigging the vote.", "regime", "loaded_language.label"),
    ("The general's illegal war dragged into a third year.", "illegal war", "loaded_language.judgement"),
    ("The unprovoked invasion began at dawn.", "unprovoked invasion", "loaded_language.judgement"),
    ("Dictator Olaf Brenn opened the dam.", "Dictator", "loaded_language.label"),
    ("The photo shows dictator Olaf Brenn at the dam.", "dictator", "loaded_language.label"),
])
def test_labels_and_verdicts_are_flagged(rules, sentence, span, rule):
    assert (rule, span) in found(sentence, rules)


@pytest.mark.parametrize("sentence", [
    "The race was run at a furious pace.",
    "Firms face furious competition for workers.",
    "The war began in 2019 after the border talks failed.",
    "Historians have written about dictatorship in the region.",
    "The country was ruled by a dictator for thirty years.",
    "Opposition leaders called it an illegal war.",
    "The foreign minister described the campaign as an illegal invasion.",
    "Activists branded him dictator Olaf Brenn on their banners.",
    "The new sanctions regime takes effect in May.",
    "Protesters demanded regime change.",
    "“An illegal war,” said the opposition leader.",
])
def test_factual_or_attributed_uses_are_left_alone(rules, sentence):
    assert found(sentence, rules) == []


def test_named_regime_is_information_only_and_reported_once(rules):
    text = "The Brenn regime closed the border. Later the Brenn regime reopened it."
    fs = [f for f in lint_text(text, rules=rules) if f.rule == "loaded_language.label"]
    assert [(f.location.start, f.severity.name) for f in fs] == [(text.index("regime"), "INFO")]
    assert "2 uses" in fs[0].message and "government" in fs[0].suggestions


def test_historical_regime_is_left_alone(rules):
    assert found("The country's Nazi regime collapsed in 1945.", rules) == []


def test_attack_verbs(rules):
    from attrlint.config import Config

    chosen = Config(select=["ALL", "loaded_language.attack-verb"])
    assert ("loaded_language.attack-verb", "slammed") in found("Critics slammed the decision as reckless.", rules,
                                                               config=chosen)
    assert found("The van slammed into a wall on the bypass.", rules, config=chosen) == []
    assert found("Engineers blasted through the rock.", rules, config=chosen) == []
    # opt-in: not run by default (the gold of five real sets never marks it)
    assert found("Critics slammed the decision as reckless.", rules) == []


def test_markdown_positions_point_at_the_source(rules):
    src = (
        "---\ndate: 2025-03-01\n---\n# Harbour vote\n\n"
        "The **ministry** [admitted](https://example.org) that the pier was unsafe, "
        "and an *enraged* councillor walked out.\n"
    )
    fs = lint_text(src, path="draft.md", fmt="markdown", rules=rules)
    got = {(f.rule, f.location.text, f.location.line) for f in fs}
    assert got == {(BOOK, "admitted", 6), ("loaded_language.state-of-mind", "enraged", 6)}
    for f in fs:
        assert src[f.location.start:f.location.end] == f.location.text


def test_html_positions_point_at_the_source(rules):
    src = "<p>The ministry <em>begrudgingly conceded</em> that the pier&nbsp;was unsafe.</p>"
    fs = [f for f in lint_text(src, path="draft.html", fmt="html", rules=rules) if f.rule == BOOK]
    assert [f.location.text for f in fs] == ["begrudgingly conceded"]
    assert src[fs[0].location.start:fs[0].location.end] == "begrudgingly conceded"


@pytest.mark.parametrize("text, flagged", [
    ("Prime Minister Ana Ortiz furiously rejected any suggestion of a deal.", ["furiously"]),
    ("The ministry angrily denied the report.", ["angrily"]),
    ("The troops fought furiously for the town.", []),  # effort, not a feeling about a claim
    ("“They furiously rejected it,” the aide said.", []),
])
def test_feeling_adverbs_on_replies(text, flagged):
    from attrlint.checks import loaded_language

    rules = {r.id: r for r in loaded_language.rules() if r.id == "loaded_language.state-of-mind"}
    assert [f.location.text for f in lint_text(text, rules=rules)] == flagged


@pytest.mark.parametrize("text, flagged", [
    ("The opposition leader slammed the government's record on housing.", ["slammed"]),
    ("She slammed the door and left.", []),
    ("The striker blasted a shot over the bar.", []),
])
def test_attack_verbs_on_abstract_targets(text, flagged):
    from attrlint.checks import loaded_language

    from attrlint.config import Config

    rules = {r.id: r for r in loaded_language.rules() if r.id == "loaded_language.attack-verb"}
    chosen = Config(select=["ALL", "loaded_language.attack-verb"])
    assert [f.location.text for f in lint_text(text, rules=rules, config=chosen)] == flagged


# --- the writer's voice: evaluative adjectives, crimes as labels, epithets ----------------
def _only(rule_id):
    from attrlint.checks import loaded_language

    return {r.id: r for r in loaded_language.rules() if r.id == rule_id}


@pytest.mark.parametrize("text, flagged", [
    ("The governor's reckless gamble on the bridge cost the county millions.", ["reckless gamble"]),
    ("The junta staged a grotesque parade through the capital on Sunday.", ["grotesque parade"]),
    ("Critics called it a reckless gamble, the paper reported.", []),  # attributed
    ("“It was a reckless gamble,” said the treasurer.", []),  # quoted
    ("The reckless driving of the lorry caused the crash.", []),  # no party or act of one
    ("A deadly storm hit the coast and violent protesters clashed with police.", []),  # descriptive
])
def test_evaluative_adjectives_on_parties_and_acts(text, flagged):
    assert [f.location.text for f in lint_text(text, rules=_only("loaded_language.evaluative"))] == flagged


def test_evaluative_word_is_reported_once_per_story():
    text = "The mayor's reckless plan failed. Her reckless scheme was then revived."
    assert len(lint_text(text, rules=_only("loaded_language.evaluative"))) == 1


@pytest.mark.parametrize("text, flagged", [
    ("Freedonian genocide in Sylvania\n\nThe shelling went on all night.", ["Freedonian genocide"]),
    ("The broadcaster condemned Russian aggression in its evening bulletin.", []),  # under a verb of judging
    ("The museum commemorates the Armenian genocide of 1915.", []),  # a name of history
    ("The envoy accused Sylvania of genocide.", []),  # a reported accusation
    ("Historians have documented Nazi atrocities in the region.", []),  # historical
    ("The court found that the militia had carried out a massacre.", []),  # no party as a label
])
def test_crimes_pinned_on_a_party(text, flagged):
    assert [f.location.text for f in lint_text(text, rules=_only("loaded_language.crime-label"))] == flagged


@pytest.mark.parametrize("text, flagged", [
    ("Marco Ruiz seized the radio station on Monday. The despot's latest move shocked the capital.",
     ["The despot"]),
    ("Tycoon Anders Holm lost his appeal. The disgraced tycoon said he would fight on.", ["The disgraced tycoon"]),
    ("Marco Ruiz seized the radio station. Historians say the country was ruled by a despot.", []),
    ("The disgraced tycoon said he would fight on.", []),  # no one named before: not a back-reference
    ("Marco Ruiz seized the station. “The despot must go,” the protesters chanted.", []),
])
def test_epithets_as_back_references(text, flagged):
    assert [f.location.text for f in lint_text(text, rules=_only("loaded_language.epithet"))] == flagged


@pytest.mark.parametrize("text, rule, flagged", [
    # an adverbial phrase on a verb of calling is the writer's description of the act
    ("In a furious letter sent to councillors on Sunday, the mayor called the inquiry a farce.",
     "loaded_language.state-of-mind", ["furious"]),
    ("Critics described it as a furious attack on the press.", "loaded_language.state-of-mind", []),
    ("Militia propaganda chief Ivo Brandt released a video on Tuesday.", "loaded_language.judgement",
     ["propaganda chief"]),
    ("Militia propaganda chief Ivo Brandt released a video, according to local radio.", "loaded_language.judgement",
     ["propaganda chief"]),  # "according to" vouches for the video, not for the title
    # a state's propaganda department: the wire's own job title, not a sneer
    ("Syldavia's propaganda chief Ivo Brandt opened the exhibition on Tuesday.", "loaded_language.judgement", []),
    ("The Syldavian propaganda chief Ivo Brandt opened the exhibition.", "loaded_language.judgement", []),
    ("The bombing was an illegal invasion, according to the envoy.", "loaded_language.judgement", []),
])
def test_writer_describing_a_statement(text, rule, flagged):
    assert [f.location.text for f in lint_text(text, rules=_only(rule))] == flagged


@pytest.mark.parametrize("text, flagged", [
    ("SHOCK SPLIT: The duo have parted ways\n\nThe pair announced it on Monday.", ["SHOCK SPLIT"]),
    ("BOMBSHELL as the mayor quits\n\nThe mayor resigned on Monday.", ["BOMBSHELL"]),
    ("The result came as a shock to the party.", []),  # an ordinary word
    ("“SHOCK” was the word on every lip, the fans said.", []),  # quoted
    ("THE COUNCIL FACES SHOCK AND FURY OVER THE HARBOUR TAX VOTE", []),  # a line set in capitals
])
def test_tabloid_splash(text, flagged):
    assert [f.location.text for f in lint_text(text, rules=_only("loaded_language.splash"))] == flagged


# --- contempt for speech, bought politicians, hateful motives, stacked insults --------
@pytest.mark.parametrize("text, span, rule", [
    ("During the debate the councillor blathered that taxes would fall.", "blathered", BOOK),
    ("The chairman whined that the referee had cheated his side.", "whined", BOOK),
    ("The mayor, long in the pocket of Big Tobacco, vetoed the ban.", "in the pocket of Big Tobacco",
     "loaded_language.judgement"),
    ("Fans left the show by the Satan-worshipping drummer early.", "Satan-worshipping", "loaded_language.judgement"),
    ("The rally was led by racist presidential candidate Ed Varnum.", "racist presidential candidate",
     "loaded_language.judgement"),
    ("Voters in the end turned against a corrupt, lying career politician.",
     "corrupt, lying career politician", "loaded_language.epithet"),
])
def test_contempt_and_insults_in_the_writers_voice(rules, text, span, rule):
    assert (rule, span) in found(text, rules)


@pytest.mark.parametrize("text", [
    "The volcano spewed ash over three villages for a week.",  # not speech
    "The dog whined at the door until morning.",  # no reported clause
    "Detectives found the note in the pocket of his coat.",  # a literal pocket
    "Detectives found the note in the pocket of Ward's jacket.",
    "Protesters called him a corrupt, lying politician outside the court.",  # attributed
    "The court heard that the corrupt official took bribes for years.",  # one adjective: a fact
    "“He is in the pocket of Big Oil,” the rival candidate said.",  # a quotation
])
def test_literal_or_attributed_uses_are_left_alone(rules, text):
    assert [f for f in found(text, rules) if f[0] != "loaded_language.evaluative"] == []


@pytest.mark.parametrize("text", [
    "Court rejects the defence objection, admits phone records",  # a court admits evidence
    "In an interview with detectives, Varga confessed to the robbery, admitting that he hid the cash.",
    # an account given to authorities: what the person owns up to there is not a judged remark
    ("Lena Brook told authorities she had borrowed the boat without asking. Brook admitted that "
     "she kept it moored at her cousin's jetty for a month."),
    "The magazine further claimed that the couple had split.",  # a relayed outlet: the neutral verb
    "A new report claims that the pair argued over money.",
    "Tom Varga once again claimed that he could have won the award.",  # a person's disputed assertion
    "Smudge, a salad-hating cat, became a meme overnight.",  # play, not a motive pinned on a party
])
def test_legal_relayed_and_playful_uses_are_left_alone(rules, text):
    assert [f for f in found(text, rules) if f[0] != "loaded_language.evaluative"] == []


def test_claimed_still_casts_doubt_on_an_institution(rules):
    assert (BOOK, "claimed") in found("The Foreign Ministry claimed that the talks had collapsed.", rules)


def test_an_adverbial_clause_does_not_inherit_the_main_verb_attribution(rules):
    text = ("Since making his name as a Devil-worshipping entertainer, Varga has tried to soften "
            "his image, but the interview suggests he has not changed.")
    assert ("loaded_language.judgement", "Devil-worshipping") in found(text, rules)
