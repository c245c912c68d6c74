"""Kinds of miss and false alarm seen on fresh real excerpts (stop 38), with invented
fixtures: places misspelt where the sentence says a place stands, a name with a function
word run into it, a headline's capitalised typo the story repeats in lower case, a term the
story glosses, holes a feed leaves, a name's two words in both orders, "supposedly" before
a scare-quoted label, an "m" for miles after kilometres."""
from __future__ import annotations

import pytest

from attrlint.linter import lint_text


def _rule(text, rule):
    return [f.location.text for f in lint_text(text) if f.rule == rule]


def _typos(text):
    return [(f.location.text, f.suggestions[:1]) for f in lint_text(text) if f.category == "typo"]


# --- places misspelt where a place stands --------------------------------------------------
@pytest.mark.parametrize("text, typed, meant", [
    ("The ministry said its air defences downed 40 drones over the Karsodar region overnight.",
     "Karsodar", "Krasnodar"),
    ("Drones were also shot down over the Briansak and Kursk regions, the ministry said.",
     "Briansak", "Bryansk"),
    ("Crasanodar governor Ivan Petrov said on Telegram that nobody was hurt.", "Crasanodar", "Krasnodar"),
])
def test_a_place_two_slips_off_where_the_sentence_names_a_place(text, typed, meant):
    assert (typed, [meant]) in _typos(text)


@pytest.mark.parametrize("text", [
    # a real place the lists do not hold, in Pinyin (China has more towns than any list)
    "A bridge will link the port with Tongjiang, Heilongjiang province, by 2026.",
    # the place as written is a real one
    "Shelling hit the Kherson and Zaporizhzhia regions on Sunday, officials said.",
])
def test_real_places_before_region_are_left_alone(text):
    assert _typos(text) == []


# --- a name with a word run into it -----------------------------------------------------------
def test_a_function_word_run_into_a_name_the_story_prints():
    text = ("Pedro Castillo was president until 2022. The former leader Pedro Castillowhom a judge "
            "ordered held for three years, denies the charges.")
    assert ("Castillowhom", ["Castillo whom"]) in _typos(text)


def test_a_name_the_story_never_prints_alone_is_not_split():
    text = "The novelist Jane Hallwhom was born in Leeds wrote three books."
    assert [t for t, _ in _typos(text) if t == "Hallwhom" and _ == ["Hall whom"]] == []


# --- a headline's capitalised typo, the story's lower-case one --------------------------------
def test_a_capitalised_typo_at_the_start_the_story_repeats_in_lower_case():
    text = ("Minengitis outbreak: minister calls for calm\n\n"
            "The minister warned on Tuesday against an outbreak of minengitis in the dry season.")
    typed = [t for t, _ in _typos(text)]
    assert typed == ["Minengitis", "minengitis"]


def test_a_capitalised_name_at_the_start_is_not_lowered():
    text = ("Salford council backs the plan\n\n"
            "The council in Salford agreed the plan on Tuesday, the leader said.")
    assert _typos(text) == []


# --- "supposedly" before a scare-quoted label ---------------------------------------------
def test_supposedly_before_a_scare_quoted_label_is_no_anonymous_source():
    text = "Critics have long attacked the supposedly “independent” regulators of the industry."
    assert _rule(text, "attribution.vague-source") == []


def test_supposedly_before_a_quoted_predicate_is_still_flagged():
    text = "The new rules are supposedly “final” and will take effect in May."
    assert _rule(text, "attribution.vague-source") == ["supposedly"]


# --- holes a feed leaves ---------------------------------------------------------------------
@pytest.mark.parametrize("text, hole", [
    ("The governor has three bills on his desk. One is , a spending measure for roads.", "is ,"),
    ("Another bill he has received, , was a measure on hospital prices.", ", ,"),
    ("Then there’s , the bill on school libraries.", "there’s ,"),
    ("Schools in Kerala nd Tamil Nadu will reopen on Monday.", "nd"),
])
def test_holes_a_feed_leaves_in_a_sentence(text, hole):
    assert _rule(text, "grammar.dropped-word") == [hole]


@pytest.mark.parametrize("text", [
    "The 2nd and 3rd rounds were close, and what it is, is a fair result.",
    "Sales rose, the firm said, and costs fell.",
])
def test_sentences_without_holes_are_left_alone(text):
    assert _rule(text, "grammar.dropped-word") == []


# --- a name's two words in both orders ----------------------------------------------------------
def test_a_name_in_both_orders_is_one_name_written_two_ways():
    text = ("Finance committee chair Wanjiru Kamau said the bill would pass. Protesters later "
            "burnt the home of the chair, Kamau Wanjiru, in Nakuru.")
    found = [(f.location.text, f.suggestions) for f in lint_text(text) if f.rule == "names.inconsistent"]
    assert found == [("Kamau Wanjiru", ["Wanjiru Kamau"])]


def test_a_name_doubled_by_a_scrape_is_not_two_orders():
    text = "President Abdi Warsame Abdi met the envoy. Abdi Warsame said the talks went well."
    assert [f for f in lint_text(text) if f.rule == "names.inconsistent"] == []


# --- terms the story defines --------------------------------------------------------------------
def test_a_term_the_story_glosses_is_no_typo():
    text = ("Illegal small-scale mining, known locally as galamsey, has poisoned the rivers. "
            "Soldiers raided three galamsey pits on Monday.")
    assert _typos(text) == []


def test_a_slip_after_called_is_still_a_typo():
    assert [t for t, _ in _typos("The union called thier bluff on Monday.")] == ["thier"]


# --- "m" for miles after kilometres ---------------------------------------------------------
@pytest.mark.parametrize("text, found", [
    ("The refinery is three kilometers (1.6m) from the centre.", ["three kilometers (1.6m)"]),
    ("The bridge is 5 km (3.1m) long.", []),  # miles, right
    ("The tower is 2 km (2,000 m) away.", []),  # metres, right
])
def test_an_m_after_kilometres_too_small_for_metres_is_miles(text, found):
    assert _rule(text, "units.conversion") == found
    if found:
        assert "1.9 miles" in [f.message for f in lint_text(text) if f.rule == "units.conversion"][0]


# --- a body's name word one letter off -------------------------------------------------------
def test_a_bodys_name_word_one_letter_off_the_storys_usual_one():
    text = ("The ruling Awami League won the vote. Critics of the Awami League marched on Friday, "
            "and Swami League leaders answered with a rally.")
    found = [(f.rule, f.location.text) for f in lint_text(text) if f.category in ("typo", "inconsistent_name")]
    assert found == [("names.inconsistent", "Swami League"), ("spelling.proper-noun", "Swami League")]


@pytest.mark.parametrize("text", [
    # a name word that is an English word, as the usual form: left to the word rules
    "The Armed Services Committee met. The Services Committee chair and the Serviced Committee aide spoke.",
    # the same count of each, and running text uses neither: nothing tells which is the name
    # (stop 39: with a far commoner one, "Kadima Party" beside "Kadimo Party", the rarer is the slip)
    "The Vantle Party and the Vantla Party both stood in the vote.",
])
def test_bodies_with_word_names_or_no_usual_form_are_left_alone(text):
    assert [f for f in lint_text(text) if f.rule in ("names.inconsistent", "spelling.proper-noun")
            and ("Party" in f.location.text or "Committee" in f.location.text)] == []


# --- a word of a country's name one letter off ----------------------------------------------
@pytest.mark.parametrize("text, typed, meant", [
    ("North Kora's state news agency said a missile was fired on Sunday.", "Kora", "Korea"),
    ("Officials in Hong Kang said the talks would resume.", "Kang", "Kong"),
    ("Russia expects the United State to use its influence.", "State", "States"),
])
def test_a_word_of_a_countrys_name_one_letter_off(text, typed, meant):
    assert (typed, [meant]) in _typos(text)


@pytest.mark.parametrize("text", [
    "Hong Song Hac, 34, is believed to have fled to Pyongyang.",  # a person: the name goes on
    "Divers visited Cocos Island, Costa Rica, last spring.",  # one island, not the Cocos Islands
    "North Koreans and South Africans took part.",  # the demonym's ending
])
def test_names_like_a_countrys_are_left_alone(text):
    assert [t for t, _ in _typos(text) if t in ("Song", "Island", "Koreans", "Africans")] == []


# --- second round (two more fresh holdouts) ---------------------------------------------------
def test_another_person_named_in_full_is_no_slip():
    text = ("General Prabowo Subianto declared victory. Prabowo thanked voters, and Prabowo's allies "
            "cheered. Trailing far behind was the former governor, Ganjar Pranowo.")
    assert [f for f in lint_text(text) if f.rule in ("names.inconsistent", "spelling.proper-noun")] == []


@pytest.mark.parametrize("text, found", [
    ("The court voted 18 out of 12 senators to send the case back.", ["18 out of 12"]),
    ("Nine out of ten doctors agreed, and 7 out of 7 judges.", []),
    ("About 3 out of 2.5 million homes were hit.", []),  # a scale after the whole: not two counts
])
def test_a_part_larger_than_its_whole(text, found):
    assert _rule(text, "numbers.part-exceeds-whole") == found


def test_the_senate_leaders_office_is_the_chambers():
    text = "Senator Minority Leader Ana Reyes voted no. Senate Majority Leader Tom Cruz spoke."
    assert _rule(text, "grammar.idiom") == ["Senator"]


# --- a place's clock and its GMT twin ----------------------------------------------------------
@pytest.mark.parametrize("text, found", [
    ("The storm made landfall at 11am Jamaica time (04.00 GMT Thursday).", ["11am Jamaica time (04.00 GMT"]),
    ("The vote closes at 8pm Tokyo time (11:00 GMT).", []),
    ("Trading opened at 9:30 a.m. New York time (13:30 GMT).", []),  # summer time: an hour's leeway
    ("The ferry left at 11 Jamaica time (04 GMT).", []),  # no clock on either side
])
def test_a_places_clock_and_its_gmt_twin(text, found):
    got = [f.location.text for f in lint_text(text, path="story.txt") if f.rule == "dates.zone-clock"]
    assert got == found


# --- doubles: a described speaker's verb twice, a bracket opened twice -----------------------
@pytest.mark.parametrize("text, found", [
    ("“We are working on it,” said a spokesperson for Harbour Air said.",
     ["said a spokesperson for Harbour Air said"]),
    ("“No,” said the man who said he saw the crash.", []),  # a clause's own verb
])
def test_a_described_speakers_tag_with_its_verb_twice(text, found):
    assert _rule(text, "grammar.doubled-phrase") == found


def test_a_bracket_opened_twice_on_the_same_words():
    text = "Shelling hit the market (where the (where the two rivers meet) on Monday."
    assert _rule(text, "spelling.doubled-word") == ["(where the (where the"]
    assert _rule("The fee (in euros) (in cash) was paid.", "spelling.doubled-word") == []


# --- the story's date under the site's date of the day -------------------------------------------
def test_the_storys_own_date_under_the_sites_date_of_the_day():
    from attrlint.document import Document

    text = ("Saturday, 21 September 2019\n\nGovernment reshuffle to take place soon, president says\n\n"
            "The president spoke to the editors of the state newspapers\n\nExample Online, Tuesday 17 Jan 2017\n\n"
            "The president said on Monday that a reshuffle of the cabinet would take place very soon, "
            "according to the editors who met him at the palace.")
    assert str(Document.from_text(text, path="story.txt").story_date.date) == "2017-01-17"


# --- third round (two more fresh holdouts) ------------------------------------------------------
def test_a_long_first_name_one_letter_off_before_the_same_surname():
    text = ("Christopher Luxon signed the deal. Prime Minister Christoper Luxon named his cabinet, "
            "and Christopher Luxon said the talks had been long.")
    found = [(f.rule, f.location.text) for f in lint_text(text) if f.rule == "names.inconsistent"]
    assert found == [("names.inconsistent", "Christoper")]


def test_a_patronymic_in_both_orders_outside_quotations():
    text = ("Crown Prince Mohammed bin Salman met the ruler on Thursday. Later, Salman bin Mohammed "
            "toured the site, and officials said Mohammed bin Salman would return next year.")
    found = [f.location.text for f in lint_text(text) if f.rule == "names.inconsistent"]
    assert found == ["Salman bin Mohammed"]


@pytest.mark.parametrize("text, wrong", [
    ("He met the editor-in-chiefs of the papers on Monday.", "editor-in-chiefs"),
    ("Her sister-in-laws came to the hearing.", "sister-in-laws"),
    ("The runner-ups got silver medals.", "runner-ups"),
])
def test_a_compounds_plural_on_its_tail(text, wrong):
    assert _rule(text, "grammar.idiom") == [wrong]


@pytest.mark.parametrize("text", [
    "The treaty set up the North Atlantic Treaty Organisation, NATO, in 1949.",  # a British spelling
    "Konstantin Kosachev, chairman of Russia's Federation Council committee, spoke.",  # a country itself
])
def test_a_countrys_name_written_otherwise_on_purpose(text):
    assert [f for f in lint_text(text) if f.rule == "spelling.proper-noun"] == []


def test_a_known_name_at_a_sentence_start_is_no_twin_of_its_lower_case():
    text = "Ryan died as he lived, a hero. Follow the story at #ryan and the tag ryan online."
    assert "Ryan" not in [f.location.text for f in lint_text(text) if f.category == "typo"]


# --- a title or a name run into the next word -------------------------------------------------------
@pytest.mark.parametrize("text, typed, split", [
    ("Officials met PresidentXi on Tuesday in the capital.", "PresidentXi", "President Xi"),
    ("He praised Xi JinpingTaiwan’s spokesman on Tuesday.", "JinpingTaiwan", "Jinping Taiwan"),
])
def test_a_title_or_a_name_run_into_the_next_word(text, typed, split):
    assert (typed, [split]) in _typos(text)


@pytest.mark.parametrize("text", [
    "The hashtags “NaziGermany” and “NaziHolland” trended.",  # a hashtag in quotation marks
    "She flew AirAsia to Bangkok and used PayPal.",  # brands of words
])
def test_brands_and_hashtags_are_not_split(text):
    assert [t for t, _ in _typos(text) if t in ("NaziGermany", "AirAsia", "PayPal")] == []


def test_a_tie_goes_to_the_spelling_running_text_uses_far_more():
    # stop 39: each once, but "Janta" (Zipf 2.0) is a slip of "Janata" (3.0)
    text = ("The Janta Party won the seat, officials said.\n\n"
            "Later the Janata Party said it would form the government.")
    found = [(f.rule, f.location.text) for f in lint_text(text) if f.category in ("typo", "inconsistent_name")]
    assert found == [("names.inconsistent", "Janta Party"), ("spelling.proper-noun", "Janta Party")]
