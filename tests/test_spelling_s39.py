"""Stop 39, word-level misses from two fresh holdouts: a recorded misspelling in title case
("the Foregin Ministers"), a slip the story's own spelling exposes at every occurrence, a
name with its capitals lost, "wich", a state media's honorific, a verdict on "people". The
sentences are invented."""
from __future__ import annotations

from attrlint.checks import spelling
from attrlint.config import Config
from attrlint.linter import lint_text


def _found(text: str, rule_id: str) -> list[str]:
    rules = {r.id: r for r in spelling.rules() if r.id == rule_id}
    return [f.location.text for f in lint_text(text, path="story.txt", config=Config(), rules=rules)]


def test_a_recorded_misspelling_inside_title_case_is_flagged_every_time():
    text = ("The ministry rejected the Northland Foregin Ministers' claims on Monday.\n\n"
            "Later the Northland Foregin Ministers repeated them, the ministry said.")
    assert _found(text, "spelling.misspelling") == ["Foregin", "Foregin"]


def test_a_title_case_governer_is_flagged():
    text = "State Governer Jane Okafor issued an emergency order on Friday, officials said."
    assert _found(text, "spelling.misspelling") == ["Governer"]


def test_short_or_lone_capitalised_recorded_spellings_stay_names():
    text = ("The deal was led by Memery Crystal, a law firm, and reported by Riley Beggin. "
            "An analyst at the consultancy Analysys said the price was high.")
    assert _found(text, "spelling.misspelling") == []


def test_a_slip_the_story_spells_right_elsewhere_is_reported_at_each_occurrence():
    text = ("The Foreign Office said on Monday that the Foreign Secretary would travel. "
            "The Foreign Office added that a Foregin Office team went ahead.\n\n"
            "A Foregin Office spokesman declined to comment.")
    assert _found(text, "spelling.proper-noun") == ["Foregin", "Foregin"]


def test_a_full_name_with_its_capitals_lost_is_flagged():
    text = ("On Sunday Rahul Gandhi spoke in Jaipur. Later rahul Gandhi wrote on social media "
            "that PM narendra modi had lied to voters.")
    assert _found(text, "spelling.proper-noun") == ["rahul Gandhi", "narendra modi"]


def test_lower_case_words_that_are_words_or_particles_are_left_alone():
    text = ("Director Orlando von Einsiedel thanked the crew. Rose Byrne and Will Smith attended; "
            "a rose will bloom in may, the gardener said.")
    assert _found(text, "spelling.proper-noun") == []


def test_a_two_letter_word_run_into_a_function_word_is_split():
    text = "This is not fair competition, butIt is a reckless act, the spokesman said."
    assert _found(text, "spelling.misspelling") == ["butIt"]


def test_following_by_after_a_comma_is_followed_by():
    from attrlint.linter import lint_text
    slip = "The first session opens in January, following by the vote in February, officials said."
    found = [(f.location.text, f.suggestions) for f in lint_text(slip) if f.rule == "grammar.idiom"]
    assert found == [("following", ["followed"])]
    fine = "The singer gained a following by touring small towns, his manager said."
    assert [f for f in lint_text(fine) if f.rule == "grammar.idiom"] == []


def test_a_lowered_name_is_one_finding_and_a_line_without_capitals_is_left_alone():
    text = ("On Monday Meghan Markle spoke in London. Later meghan markle wrote to the palace.\n\n"
            "prince harry meghan markle\n\nThe palace said nothing.")
    found = [f for f in lint_text(text, path="story.txt", config=Config(),
                                  rules={r.id: r for r in spelling.rules()}) if f.category == "typo"]
    assert [f.location.text for f in found] == ["meghan markle"]


def test_a_formation_web_text_holds_is_still_a_slip_of_a_far_commoner_word():
    assert _found("He was charged with tresspassing on the farm, police said.", "spelling.misspelling") == [
        "tresspassing"]
    assert _found("The council approved the winterwear stall and the roadworks, officials said.",
                  "spelling.misspelling") == []


def test_wich_before_a_verb_or_after_a_comma_is_which():
    from attrlint.linter import lint_text
    text = "The lake, wich is a body of water, froze. The town, wich the river cuts in two, flooded."
    assert [f.suggestions for f in lint_text(text) if f.rule == "grammar.idiom"] == [["which"], ["which"]]
    assert [f for f in lint_text("Nantwich and other wich towns made salt.") if f.rule == "grammar.idiom"] == []


def test_a_rare_spelling_that_sounds_like_a_famous_name_is_a_slip_when_far_rarer():
    assert _found("Labour leader Isac Herzog lashed out against the plan, aides said.",
                  "spelling.proper-noun") == ["Isac"]
    assert _found("Narendra Mody met the press in Delhi on Monday.", "spelling.proper-noun") == ["Mody"]
    # another transliteration in use, nearly as common as the famous spelling, is left alone
    assert _found("President Hassan Rohani met the press in Tehran on Monday.", "spelling.proper-noun") == []


def test_a_state_medias_honorific_in_the_writers_voice_is_loaded():
    from attrlint.linter import lint_text
    text = ("Kim Jong Un inspected the site, KCNA said. The Respected Supreme Leader praised the workers.\n\n"
            "The agency called him \"the Great Leader\" in its report. Iran's Supreme Leader spoke on Friday.")
    assert [f.location.text for f in lint_text(text) if f.rule == "loaded_language.state-honorific"] == [
        "Respected Supreme Leader"]


def test_a_lower_case_slip_between_figures_is_still_judged():
    # "$63.9 bilion and $83.4": the decimal points are no sentence ends; the line has capitals
    assert _found("The firm spent $63.9 bilion and $83.4 billion on US and European deals.",
                  "spelling.misspelling") == ["bilion"]


def test_a_verdict_adjective_on_people_or_a_party_in_lower_case_is_loaded():
    from attrlint.linter import lint_text
    text = ("The board met on Monday. They are truly disgusting people, and the vote showed it.\n\n"
            "Poor people and vulnerable people waited for hours.")
    assert [f.location.text for f in lint_text(text) if f.rule == "loaded_language.evaluative"] == [
        "disgusting people"]
