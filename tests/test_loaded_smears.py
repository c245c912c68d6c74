"""Partisan and state copy's verdicts stated as acts: smear verbs, "the occupation" as an actor,
sweeping accusations of lying, and the labels of loaded_language.judgement for sham processes,
shills, puppets and propaganda pieces. Invented sentences; quoted and attributed uses stay quiet."""
from __future__ import annotations

import pytest

from attrlint.checks import loaded_language
from attrlint.linter import lint_text


@pytest.fixture(scope="module")
def rules():
    return {r.id: r for r in loaded_language.rules()}


def found(text, rules):
    return [(f.rule, f.location.text) for f in lint_text(text, rules=rules)]


SMEAR = "loaded_language.smear"
OCC = "loaded_language.occupation-actor"
LIE = "loaded_language.sweeping-lie"
JUDGE = "loaded_language.judgement"


@pytest.mark.parametrize("text, rule, start", [
    ("The ministry rejected the envoy's remarks after he smeared Ruritania's river policies at a hearing.", SMEAR, "smeared"),
    ("The senator slandered the electoral commission in a late-night post.", SMEAR, "slandered"),
    ("Western outlets vilified the government for weeks before the summit.", SMEAR, "vilified"),
    ("For years the network peddled lies about the harbour project.", SMEAR, "peddled"),
    ("The broadcaster spewed conspiracy theories about the vaccine drive.", SMEAR, "spewed"),
    ("Foreign politicians hyped the so-called Ruritanian threat again this week.", SMEAR, "hyped"),
    ("The envoy groundlessly accused Ruritania of meddling in the vote.", SMEAR, "groundlessly accused"),
    ("Some lawmakers maliciously hyped the spy balloon story.", SMEAR, "maliciously hyped"),
    ("Hours earlier the Valdorian occupation announced that it had struck two villages.", OCC, "the Valdorian occupation announced"),
    ("Two hours later the Valdorian occupation army launched another raid on Kessa.", OCC, "the Valdorian occupation army"),
    ("The occupation forces stormed the market at dawn.", OCC, "The occupation forces"),
    ("Of course, this being the Courier, the editors lie about everything again.", LIE, "the editors lie about everything"),
    ("The agencies have been lying to the American people for a decade.", LIE, "The agencies have been lying to the American people"),
    ("What the council published on Monday was nothing but lies.", LIE, "nothing but lies"),
    ("From his first day to the sham Valdoria investigation, the agencies worked against him.", JUDGE, "sham Valdoria investigation"),
    ("The paper has lately been shilling for the bankers who run the port.", JUDGE, "shilling for"),
    ("Pundit Network Runs Globalist Funded Propaganda Piece About The Cabal", JUDGE, "Propaganda Piece"),
    ("Two network reporters have shown themselves to be establishment puppets.", JUDGE, "establishment puppets"),
    ("The new mayor is a puppet of Brussels, the column went on.", JUDGE, "a puppet of Brussels"),
    ("At dawn the Valdorian army launched a new aggression against the valley.", JUDGE, "launched a new aggression against"),
    # a party or government said to have lied, in the writer's voice
    ("On housing, the Republicans lied when they promised a freeze on rents.", LIE, "the Republicans lied"),
    ("The administration lied to families about the cost of the harbour levy.", LIE, "The administration lied"),
    ("Across the county, Labour lied about the size of the deficit for two years.", LIE, "Labour lied"),
    ("For a decade the Tories lied and the towns paid for it.", LIE, "the Tories lied"),
    # migration called an invasion, a domestic party's programme called Marxist
    ("The northern border invasion goes on, with hundreds crossing each night.", JUDGE, "northern border invasion"),
    ("The governor blamed the invasion at our southern border for the rise in crime.", JUDGE, "invasion at our southern border"),
    ("Talk-radio hosts spoke of little but the migrant invasion all summer.", JUDGE, "migrant invasion"),
    ("Voters in the valley rejected the council's Marxist agenda in the spring primaries.", JUDGE, "Marxist agenda"),
    ("The council is pushing a communist agenda on the suburbs, the newsletter went on.", JUDGE, "communist agenda"),
    # "politburo" for a domestic party or administration
    ("The decision came from the party's politburo, a handful of aides who run the campaign.", JUDGE, "politburo"),
    ("The governor's Politburo signed off on the tax before lunch.", JUDGE, "Politburo"),
    ("The figurative politburo that runs the city hall decided otherwise.", JUDGE, "politburo"),
])
def test_flagged(rules, text, rule, start):
    hits = [span for r, span in found(text, rules) if r == rule]
    assert hits and hits[0].startswith(start), found(text, rules)


@pytest.mark.parametrize("text", [
    # literal smearing, and the verbs reported, attributed, passive or quoted
    "Police allege the two women smeared a toxic chemical on his face at the airport.",
    "The children smeared paint across the classroom wall.",
    "The president accused the paper of smearing his family.",
    "A former aide said the minister had been smeared by rivals.",
    "“They slandered our country,” the spokesman said.",
    "The gang peddled drugs from a flat above the bakery.",
    "The much-hyped phone went on sale on Friday.",
    "The inquiry found the air force deliberately attacked the aid convoy.",
    "The judge ruled that the actress had not shown the singer defamed her in the interview.",
    "He was charged with maliciously wounding a neighbour.",
    "The minister said the envoy had groundlessly accused Ruritania of meddling.",
    # the occupation as a period or a state of affairs, and as history's term
    "The occupation lasted fifty years and shaped the region.",
    "The troops were part of the Allied occupation forces in Japan after 1945.",
    "Protesters marched against the occupation on Saturday.",
    # lying that is specific, reported or quoted
    "“They are lying about everything,” the senator said.",
    "The court found he was lying about his age.",
    "She said the agency was lying to the public about the leak.",
    # sham, shill, puppets and propaganda reported or literal
    "Opposition leaders called the vote a sham and said they would boycott the count.",
    "The report contends that the detainees were given a sham trial by a military court.",
    "Prosecutors said the couple entered a sham marriage to obtain visas.",
    "He paid a deposit of 100 shilling for the operation.",
    "The puppet troupe performed for children at the festival on Sunday.",
    "Critics described the documentary as a propaganda piece.",
    "Ruritania accused its neighbour of launching an aggression against the valley.",
    "The alliance was formed to deter aggression against its members.",
    # a group's lie found, reported, quoted, asked or denied; a person's specific lie
    "The inquiry found that the government lied about the cost of the levy.",
    "“The Republicans lied when they promised a rent freeze,” the senator said.",
    "Critics say the administration lied to families about the levy.",
    "It is not clear whether the ministry lied about the figures.",
    "The mayor lied about his age on the form, prosecutors said.",
    "The party denied that its leaders lied to the auditors.",
    # an army's invasion, a real communist party, the real politburos
    "The invasion across the border began in February, and the troops moved south.",
    "The Communist Party's agenda for the plenum was published on Tuesday.",
    "China's Politburo met on Friday to discuss the economy.",
    "Members of the Soviet politburo voted to send troops in 1979.",
    "Vietnam's politburo named a new general secretary on Monday.",
])
def test_left_alone(rules, text):
    ids = {SMEAR, OCC, LIE, JUDGE}
    assert [x for x in found(text, rules) if x[0] in ids] == []


INSULT = "loaded_language.insult"


@pytest.mark.parametrize("text, span", [
    ("Voters have had enough of the media's lies.", "the media's lies"),
    ("The valley has heard their lies for a decade.", "their lies"),
])
def test_a_partys_lies_in_the_writers_voice(rules, text, span):
    assert (INSULT, span) in found(text, rules)


@pytest.mark.parametrize("text", [
    "The anchor says he is done with the governor's lies about the harbour fund.",
    '"The council must stop its lies," the mayor said.',
    "His future lies in midfield.",
])
def test_a_partys_lies_reported_or_the_verb_are_left_alone(rules, text):
    assert [x for x in found(text, rules) if x[0] == INSULT] == []


@pytest.mark.parametrize("text", [
    "Ruritania Slams Envoy For Smearing Its Border Policies",
    "The ministry criticised the envoy for smearing its border policies.",
    "Beijing hit back at the senator for vilifying China.",
    'Minister: West "smeared our country"',
])
def test_a_smear_charged_by_a_critic_or_quoted_in_a_headline_is_left_alone(rules, text):
    assert [x for x in found(text, rules) if x[0] == SMEAR] == []


@pytest.mark.parametrize("text, span", [
    ("What these liberal fools forget is that the budget is balanced.", "these liberal fools"),
    ("Those leftist clowns at city hall raised the levy again.", "Those leftist clowns"),
    ("The Tory sheep voted for the bill without reading it.", "sheep"),
    ("Woke hypocrites lecture everyone else about flying.", "hypocrites"),
])
def test_a_plain_word_made_an_insult_by_a_political_camp(rules, text, span):
    assert (INSULT, span) in found(text, rules)


@pytest.mark.parametrize("text", [
    "The circus clowns performed twice a day.",
    "Chasing the title was a fool's errand, the coach said.",
    "The farmer moved his sheep to higher ground before the storm.",
    '"Those liberal fools will lose," the candidate said.',
    "Critics called the senators liberal puppets of the unions.",
])
def test_a_plain_word_without_a_camp_or_reported_is_left_alone(rules, text):
    assert [x for x in found(text, rules) if x[0] == INSULT] == []


@pytest.mark.parametrize("text, span", [
    ("After years of promoting the US puppet, the outlets now admit he has no power.", "US puppet"),
    ("On Friday the Zionist regime bombed the harbour of Tyrel.", "Zionist regime"),
    ("Doha would be the third capital to open ties with the terrorist Houthi group.", "terrorist Houthi group"),
    ("The putschists in the capital showed again that they cannot govern.", "putschists"),
    ("The front vowed to keep countering US-Zionist conspiracies in the valley.", "US-Zionist conspiracies"),
])
def test_a_state_outlets_names_for_its_enemy_in_the_writers_voice(rules, text, span):
    assert (JUDGE, span) in found(text, rules)


@pytest.mark.parametrize("text", [
    '"The Zionist regime will pay," the commander said.',
    "The group was designated a terrorist organization by the State Department.",
    "The US puppet show toured schools in Ohio.",
    '"These are Zionist conspiracies," the cleric told the crowd.',
])
def test_a_state_outlets_names_quoted_or_plain_are_left_alone(rules, text):
    assert [x for x in found(text, rules) if x[0] == JUDGE] == []


@pytest.mark.parametrize("text", [
    # reported speech to someone: the speaker's verdict, not the writer's
    "In 2011 the mayor told a court that the charge was a malicious lie meant to ruin him.",
    "The minister told reporters the audit was a malicious lie.",
])
def test_a_lie_called_so_in_speech_told_to_someone_is_left_alone(rules, text):
    assert [x for x in found(text, rules) if x[0] == INSULT] == []


def test_the_same_lie_in_the_writers_voice_is_flagged(rules):
    text = "The charge was a malicious lie meant to ruin the mayor."
    assert (INSULT, "malicious lie") in found(text, rules)


def test_the_dead_called_martyrs_in_the_writers_voice():
    assert (JUDGE, "were martyred") in found("Two fishermen were martyred in the raid on the harbour.", rules_now())


@pytest.mark.parametrize("text", [
    '"Our soldiers were martyred," the general said.',
    "Three fishermen were martyred in the raid, the agency said.",
])
def test_martyrs_quoted_or_attributed_are_left_alone(text):
    assert [x for x in found(text, rules_now()) if x[0] == JUDGE] == []


def rules_now():
    return {r.id: r for r in loaded_language.rules()}
