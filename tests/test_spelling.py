"""The typo rules: what they flag, with which suggestion and evidence, and what they leave alone.

The articles here are invented; names that must be known come from the shipped lexicon.
"""
from __future__ import annotations


import pytest

from attrlint.checks import spelling
from attrlint.config import Config
from attrlint.data import rules_dir
from attrlint.linter import lint_text
from attrlint.spelling.lexicon import Lexicon

WORD_RULES = {r.id: r for r in spelling.rules() if not r.needs}
ALL_RULES = {r.id: r for r in spelling.rules()}


def lint(text: str, config: Config | None = None, rules=WORD_RULES):
    return lint_text(text, path="story.txt", config=config or Config(), rules=rules)


def flagged(text: str, **kw) -> dict[str, object]:
    return {f.location.text: f for f in lint(text, **kw)}


# --- 1. misspellings with ranked suggestions --------------------------------------------
def test_misspelt_common_word_gets_the_right_suggestion():
    [f] = lint("The council said the fotage was taken on Tuesday evening.")
    assert f.rule == "spelling.misspelling" and f.location.text == "fotage"
    assert f.suggestions[0] == "footage"
    assert "footage" in f.message


def test_sentence_initial_typo_keeps_its_capital():
    [f] = lint("Fotage has emerged of the crash. Police said nobody was hurt.")
    assert f.rule == "spelling.misspelling"
    assert f.suggestions[0] == "Footage"


def test_recorded_misspelling_has_a_safe_fix():
    [f] = lint("Officials said they would recieve the report next week.")
    assert f.suggestions == ["receive"] and f.fix == "receive"
    assert "recorded misspelling" in f.evidence


def test_unrecorded_typo_is_ranked_but_not_fixed_automatically():
    [f] = lint("The minister said the agreement was signed in the capitol after long negotiatoins.")
    assert f.location.text == "negotiatoins"
    assert f.suggestions[0] == "negotiations"
    assert "swapped" in f.evidence


def test_us_and_uk_spellings_are_both_accepted():
    text = ("The defence ministry and the defense department agreed on the colour and color of "
            "the centre and the center, and both travelled and traveled.")
    assert [f.rule for f in lint(text) if f.rule != "spelling.us-uk-mix"] == []


def test_us_uk_mix_flags_the_odd_spelling_out_quietly():
    text = ("The colour guard marched to the centre. Their behaviour drew praise for its honour. "
            "Critics said the color scheme was wrong.")
    [f] = [f for f in lint(text) if f.rule == "spelling.us-uk-mix"]
    assert f.location.text == "color" and f.suggestions == ["colour"]
    assert str(f.severity) == "info"


def test_us_uk_mix_needs_a_clear_house_spelling():
    assert not [f for f in lint("The colour of the center was odd.") if f.rule == "spelling.us-uk-mix"]


# --- 2. proper nouns ------------------------------------------------------------------------
def test_name_spelt_otherwise_in_the_same_story():
    text = ("Officials in Drobenko said the depot burned for hours.\n"
            "Residents of Drobneko were told to stay indoors.\n"
            "The governor of Drobenko later said the fire was out.")
    [f] = lint(text)
    assert f.rule == "spelling.proper-noun" and f.location.text == "Drobneko"
    assert f.suggestions == ["Drobenko"]
    assert "elsewhere in this story" in f.message
    assert f.fix is None  # a name is for a human to confirm


def test_name_near_a_well_known_name():
    [f] = lint("The talks were held in Washignton last week, officials said.")
    assert f.rule == "spelling.proper-noun"
    assert f.suggestions[0] == "Washington"
    assert "known" in f.evidence


def test_correct_rare_names_are_left_alone():
    text = ("Andriy Kovalenko told Yonhap that the island of Okushiri was calm. "
            "Tavrenko, a fisherman, agreed. Tavrenko has lived there for years.\n"
            "Okushiri lies off Hokkaido.")
    assert lint(text) == []


def test_names_that_differ_by_a_struck_letter_are_not_slips():
    text = "Wang Shujin and Li Shubin met Yahya Jammeh and Jahya Ceesay in Banjul."
    assert lint(text) == []


def test_a_sentence_initial_name_is_not_taken_for_a_common_word():
    # "Marsh" is a word, but "Marsk" may be a name: only a one-off near a common word is flagged
    assert lint("Marsk said the harbour was closed. Marsk will reopen it on Monday.") == []


# --- 3. errors a word list misses -----------------------------------------------------------
def test_contraction_fragment():
    [f] = [f for f in lint("Talks between the wo countries resumed on Monday.")]
    assert f.rule == "spelling.contraction-fragment"
    assert f.suggestions[0] == "two"


def test_real_contractions_and_circa_are_left_alone():
    assert lint("They won't agree, and we can't wait. The chapel dates from ca 1850.") == []
    assert [f for f in lint("He said “in sha Allah” and left.") if f.rule == "spelling.contraction-fragment"] == []


@pytest.mark.parametrize("text, word, base", [
    ("Ukraine was forced to launched a missile at the depot.", "launched", "launch"),
    ("The court ordered him to paid the fine.", "paid", "pay"),
])
def test_past_form_after_infinitival_to(text, word, base):
    [f] = [f for f in lint(text, rules=ALL_RULES) if f.rule == "spelling.verb-form"]
    assert f.location.text == word and f.suggestions == [base] and f.fix == base


@pytest.mark.parametrize("text", [
    "The new bridge is close to finished.",
    "He drove to used car lots across the state.",
    "The plant was sold to interested buyers.",
    "They are said to have launched an attack.",
])
def test_preposition_to_is_left_alone(text):
    assert [f for f in lint(text, rules=ALL_RULES) if f.rule == "spelling.verb-form"] == []


def test_doubled_word():
    [f] = lint("He said the the talks would resume.")
    assert f.rule == "spelling.doubled-word" and f.location.text == "the the"
    assert f.fix == "the"


def test_doubled_word_across_a_hard_wrap():
    [f] = lint("The ministers met to discuss the future of\nof the region.")
    assert f.location.text == "of\nof" and f.fix == "of"


def test_word_doubled_across_a_full_stop():
    [f] = [f for f in lint("The panel heard its last speaker. speaker. Then it rose.") if f.rule == "spelling.doubled-word"]
    assert f.location.text == "speaker. speaker" and f.fix == "speaker"
    # a new sentence starts with a capital; "etc. etc." is a writer's choice
    for text in ("He asked for change. Change came slowly.", "They sold pens, ink etc. etc. at the fair."):
        assert [f for f in lint(text) if f.rule == "spelling.doubled-word"] == []


@pytest.mark.parametrize("text", [
    "What she had had was enough.",
    "He said that that was the end of it.",
    "They flew to Bora Bora for the summit.",
    "Talks ended\n\nEnded talks are rare.",
])
def test_doubles_that_english_allows(text):
    assert [f for f in lint(text) if f.rule == "spelling.doubled-word"] == []


# --- 4. non-words ---------------------------------------------------------------------------
def test_quiet_on_urls_emails_handles_hashtags_units_and_designations():
    text = ("Read more at https://example.org/stroy-pge or write to tipz@newsdesk.example. "
            "Follow @kyivindependnt and #StandWithUkrane. The 15km convoy carried M1989 Koksan "
            "guns, Hwasong-18 missiles, F-16 and Su-34 jets, and ATACMS and HIMARS rockets. "
            "Run `recieve_data --forse` to reproduce.")
    assert lint(text) == []


def test_quiet_on_slugs_and_class_names_a_scraper_kept():
    """A long lower-case run of hyphen-joined parts is machine text, not a compound."""
    slug = "nav-mobile-hiddenfor-small-screensfor-print-only-menu-toggle"
    assert lint(f"{slug}\n\nThe council met on Tuesday.") == []
    # an English compound of four parts is still read, and its slip still found
    [f] = lint("It was a state-of-the-art stadum, officials said.")
    assert f.location.text == "stadum"


def test_quiet_on_foreign_phrases_in_quotes():
    text = "The crowd chanted “slava heroyam, narodu slava” as the convoy passed."
    assert lint(text) == []


def test_but_a_typo_inside_an_english_quote_is_still_a_typo():
    [f] = lint("“We will rebiuld the school,” the mayor said.")
    assert f.location.text == "rebiuld" and f.suggestions[0] == "rebuild"


# --- 5. house vocabulary --------------------------------------------------------------------
def test_config_accept_silences_a_word():
    assert lint("Officials said they would recieve it.", config=Config(accept=["recieve"])) == []


def test_config_reject_flags_a_dictionary_word_with_the_house_replacement():
    [f] = lint("The delegation flew to Kiev.", config=Config(reject=["Kiev -> Kyiv"]))
    assert f.rule == "spelling.misspelling" and f.suggestions == ["Kyiv"] and f.fix == "Kyiv"
    assert "house" in f.evidence


def test_vocabulary_file_and_precedence(tmp_path):
    (tmp_path / "words.toml").write_text('accept = ["blorptastic"]\n[reject]\nnavy = "Navy"\n')
    opts = {"spelling": {"vocabulary": ["words.toml"]}}
    cfg = Config(path=tmp_path / ".attrlint.toml", rule_options_table=opts)
    text = "The blorptastic parade passed the navy yard."
    [f] = lint(text, config=cfg)
    assert f.location.text == "navy" and f.suggestions == ["Navy"]
    # the configuration's own lists beat the vocabulary file
    cfg2 = Config(path=tmp_path / ".attrlint.toml", rule_options_table=opts,
                  accept=["navy"], reject=["blorptastic"])
    assert {f.location.text for f in lint(text, config=cfg2)} == {"blorptastic"}


def test_reject_beats_accept_within_one_layer():
    cfg = Config(accept=["recieve"], reject=["recieve -> receive"])
    [f] = lint("They recieve it.", config=cfg)
    assert f.suggestions == ["receive"]


# --- 8. light -------------------------------------------------------------------------------
def test_shipped_data_is_small_and_loads():
    # load time is measured by bench/load_bench.py, not by a timed test (shared machines)
    folder = rules_dir() / "spelling"
    size = sum(p.stat().st_size for p in folder.iterdir())
    assert size < 4_000_000
    lex = Lexicon(folder)
    lex.misspellings.get("teh")
    assert lex.knows("footage") and lex.knows("Bryansk") and not lex.knows("Bryasnk")


# --- refinements: what the benchmark taught --------------------------------------------------
def test_run_together_words_get_the_space_back():
    [f] = lint("The company was announcingit would close two plants.")
    assert f.suggestions[0] == "announcing it"


def test_tripled_letter_is_a_slip_not_a_compound():
    [f] = lint("The messsage was read out in parliament.")
    assert f.suggestions[0] == "message"


def test_a_well_known_name_in_lower_case():
    [f] = lint("The moderator mentioned russian hackers twice.")
    assert f.suggestions == ["Russian"] and "capital" in f.message


@pytest.mark.parametrize("text", [
    "Related tags\nrussian hackers\n\nThe moderator spoke twice.",  # a tag line in lower case
    "The post read: i, ms. georgia brennan, am tired of waiting. She said no more.",  # a tweet's style
])
def test_a_name_in_lower_case_is_no_slip_where_nothing_is_capitalised(text):
    assert [f for f in lint(text) if "capital" in f.message] == []


@pytest.mark.parametrize("text", [
    "Critics called it birtherism, and the unfragmented coalition held.",  # suffix, prefix
    "Shops sold winterwear and the racialised debate went on.",  # compound, British -ise
    "Numbers of wild hamsters (Cricetus cricetus) have fallen.",  # a binomial
    "Kully Samra, the managing director, said sales were up.",  # a full name opens a sentence
])
def test_regular_formations_and_names_are_left_alone(text):
    assert lint(text) == []


def test_shipped_house_vocabulary_accepts_loan_words():
    assert lint("Reform is the raison d'etre of the new coalition.") == []


def test_foreign_sentence_outside_quotes_is_left_alone():
    assert lint("Her post read: Para sempre grata por este momento, com foco e amor.") == []


def test_capitalised_common_word_with_a_slip():
    [f] = lint("Officials at the Departmnet of Energy agreed to the plan.")
    assert f.rule == "spelling.misspelling" and f.suggestions[0] == "Department"


def test_a_name_with_an_extra_letter_is_not_a_slipped_common_word():
    assert lint("The suspects included Loick Jammes, 22, of Lyon.") == []


def test_a_surname_beside_a_first_name_is_not_a_slip_of_a_common_word():
    from attrlint import lint_text
    from attrlint.checks import spelling

    rules = {r.id: r for r in spelling.rules()}
    text = "Staff writers Ana Ruiz and Kevin Freking contributed reporting. He met the Presdient."
    assert [f.location.text for f in lint_text(text, rules=rules)] == ["Presdient"]


def test_listed_name_variants_are_left_to_the_names_rules():
    from attrlint import lint_text
    from attrlint.checks import spelling

    rules = {r.id: r for r in spelling.rules()}
    text = "President Volodymyr Zelensky spoke on Monday. Later, Zelenskiy met the envoy in Kyiv."
    assert lint_text(text, rules=rules) == []


@pytest.mark.parametrize("text, flagged", [
    ("The company plans to announced a new buyback.", ["announced"]),  # tagged as a base form
    ("He wants to stopped it at once.", ["stopped"]),
    ("Workers are subjected to forced overtime.", []),  # adjective: "to" is a preposition
    ("The plan hews closely to established policy.", []),
    ("Farmers need to seed the fields.", []),  # a base form ending in -ed
    ("The council approved the decision to launched new bus routes.", ["launched"]),
])
def test_verb_form_after_to_whatever_the_tagger_says(text, flagged):
    from attrlint import lint_text
    from attrlint.checks import spelling

    rules = {r.id: r for r in spelling.rules() if r.id == "spelling.verb-form"}
    assert [f.location.text for f in lint_text(text, rules=rules)] == flagged


# --- run-together words --------------------------------------------------------------------
@pytest.mark.parametrize("text, word, fix", [
    ("The report was sent to theMinister on Tuesday.", "theMinister", "the Minister"),
    ("Voters turned againstWilders in the end.", "againstWilders", "against Wilders"),
    ("Two ofthe three bridges were closed.", "ofthe", "of the"),
    ("Call the desk ifyou see smoke near the depot.", "ifyou", "if you"),
    ("The council spent alot on the new depot.", "alot", "a lot"),  # "a" + a quantity
    ("The two firms blamed eachother for the delay.", "eachother", "each other"),
    ("Fares rose by upto nine percent.", "upto", "up to"),  # two function words, four letters
    ("He said weShould wait for the vote.", "weShould", "we Should"),  # "we" before a word, not a name
    ("The court heard the ECP heariCommissioner speak.", "heariCommissioner", "heari Commissioner"),  # a cut word
    ("She met the Secretary of StateEdward Hollis on Monday.", "StateEdward", "State Edward"),  # before a name
])
def test_two_words_run_together_are_split(text, word, fix):
    found = flagged(text)
    assert word in found
    f = found[word]
    assert f.suggestions[0] == fix and "run together" in f.message


@pytest.mark.parametrize("text", [
    "She bought an iPhone on eBay and watched it on YouTube.",  # brands
    "The airline easyJet hired the firm mediaQuant.",  # a noun or adjective before the capital
    "The astronomer deGrasse spoke; McDonald and vanDyke listened.",  # name particles
    "Staff wellbeing and the yearend accounts were discussed.",  # compounds, not slips
    "Her post read: Para sempre grata, amor.",  # foreign words
    "The canteen served chow mein and the uptime of the site was fine.",  # short, compound
    "It was everyones favourite rule and todays topic.",  # an apostrophe lost, not a space
    "The choir of Ibandla weThemba sang at the funeral.",  # a Nguni possessive before a name
    "Shares of BlackRock Inc and HarperCollins Publishers fell.",  # brands join words and names
    "The JetBlue Airways deal and the AstraZeneca Plc results.",
])
def test_brands_names_and_compounds_are_not_run_together(text):
    assert [f for f in lint(text) if "run together" in f.message] == []


# --- session 20: a capital held too long, two words doubled -------------------------------------
@pytest.mark.parametrize("text, word, fix", [
    ("WIlliam Hague spoke at the dinner.", "WIlliam", "William"),
    ("The envoy met TIllerson in the capital.", "TIllerson", "Tillerson"),
])
def test_a_second_capital_held_too_long_is_a_slip(text, word, fix):
    found = flagged(text)
    assert word in found and found[word].suggestions == [fix]


def test_brands_and_handles_with_two_capitals_stay_quiet():
    text = "He banked with MYbank and DHgate while UConn won; follow @APkristen for more."
    assert [w for w in flagged(text) if w[:2].isupper()] == []


def test_two_words_written_twice_are_flagged_but_figures_are_not():
    from attrlint.checks.spelling import DoubledWord

    def doubled(text):
        return [f.location.text for f in lint_text(text, rules={"spelling.doubled-word": DoubledWord()})]

    assert doubled("The ability to ability to pay was tested.") == ["ability to ability to"]
    assert doubled("Prices rose more and more and more, step by step by step.") == []
    assert doubled("Mass stranding Mass stranding seen on the coast.") == []


def test_phrase_said_twice_after_a_comma_is_flagged_but_speech_is_not():
    from attrlint.checks.spelling import DoubledWord

    def doubled(text):
        return [f.location.text for f in lint_text(text, rules={"spelling.doubled-word": DoubledWord()})]

    text = "Fares will rise next year, according to the rail unions, according to the rail unions."
    assert doubled(text) == ["according to the rail unions, according to the rail unions"]
    assert doubled("The crowd chanted: we want more, we want more, and the band came back.") == []
    assert doubled("Ships crossed the Black Sea, the Sea of Marmara and the Aegean.") == []


def test_article_doubled_across_a_quotation_mark_is_flagged():
    from attrlint.checks.spelling import DoubledWord

    def doubled(text):
        return [f.location.text for f in lint_text(text, rules={"spelling.doubled-word": DoubledWord()})]

    assert doubled('The mayor praised the “the bravest crew in town”, her office said.') == ["the “the"]
    assert doubled("The envoy wanted to \"to settle it quickly\", he wrote.") == ['to "to']
    assert doubled('The band played “The Last Post” and the “anthem” at noon.') == []


@pytest.mark.parametrize("text", [
    "Storm warning\nPaul Koring\nWASHINGTON — The talks went on.",  # a surname after a first name
    "(Juni Kriswanto/AFP/Getty Images)\nThe plane was found.",  # a first name before a credit
])
def test_names_on_byline_and_credit_lines_are_not_common_word_slips(text):
    assert [w for w in flagged(text) if w in ("Koring", "Juni")] == []


def test_a_sentence_initial_slip_is_still_flagged():
    assert flagged("Fotage of the crash was shown on Monday.")["Fotage"].suggestions[0] == "Footage"


# --- stop 26: a lone initial before a local name ------------------------------------------
def test_a_local_name_after_a_lone_initial_is_not_a_famous_place_misspelt():
    # "Naygaon" alone reads as a slip of a well-known place; "G. Naygaon" is a village
    # written with its initial, as local names are
    assert "Naygaon" in flagged("A bridge was opened at the village of Naygaon on Monday.")
    assert flagged("A bridge was opened at the village of G. Naygaon on Monday.") == {}
    assert flagged("A bridge was opened at the village of G Naygaon on Monday.") == {}


def test_a_finger_slip_after_a_lone_initial_is_still_flagged():
    assert "Guwahatti" in flagged("A bridge was opened at the village of G. Guwahatti on Monday.")


def test_a_name_spelt_otherwise_than_the_speaker_label_is_a_typo():
    text = ("The panel was hosted by Dana Thompson, who spoke first.\n\n"
            "THOMSON: Good evening and welcome.\n\nTHOMSON: Let us begin.")
    found = flagged(text)
    assert list(found) == ["Thompson"]
    assert found["Thompson"].suggestions == ["Thomson"] and "speaker label" in found["Thompson"].message
    assert flagged("The panel was hosted by Dana Thompson, who spoke first.") == {}


# --- stop 26: an acronym mistyped in a joined list of the story's own acronyms ----------------
PARTIES = ("The PLR won most seats, ahead of the NFU and the KDV. The PLR and the NFU talked "
           "all week, and the KDV joined them on Friday. {joined} talks resume on Monday.")


@pytest.mark.parametrize("joined, typed, meant", [
    ("The PLRR-NFU-KDV", "PLRR", "PLR"),  # a letter added
    ("The PLR-FNU-KDV", "FNU", "NFU"),  # two letters swapped
    ("The PLR/NFU/KD", None, None),  # two letters: too short to tell
])
def test_an_acronym_mistyped_among_the_storys_own_is_flagged(joined, typed, meant):
    found = {k: f for k, f in flagged(PARTIES.format(joined=joined)).items() if k.isupper()}
    if typed is None:
        assert found == {}
    else:
        assert list(found) == [typed] and found[typed].suggestions == [meant]


@pytest.mark.parametrize("joined", [
    "The PLR-NFU-KDV",  # all spelt as elsewhere
    "The PLR-NFK-KDV",  # a letter struck differently: another body (CDU/CSU)
    "The PLR-NFU-KDV-ZZTOP",  # an acronym the story never writes alone, near none of them
])
def test_a_joined_list_of_acronyms_spelt_as_elsewhere_is_left_alone(joined):
    assert [k for k in flagged(PARTIES.format(joined=joined)) if k.isupper()] == []


def test_a_mistyped_acronym_that_a_word_list_knows_is_left_alone():
    # "NUF" is two letters swapped from "NFU", but a word list knows it: perhaps another body
    assert [k for k in flagged(PARTIES.format(joined="The PLR-NUF-KDV")) if k.isupper()] == []


@pytest.mark.parametrize("word, want", [
    ("villagemen", False),  # noun + men: a people noun, no word a slip away
    ("clubwomen", False),
    ("statemen", True),  # "statement" with its last letter lost
    ("governmen", True),
])
def test_a_noun_made_into_a_people_noun_is_a_formation_not_a_slip(word, want):
    text = f"The leader has rivals among his fellow {word} in the state assembly."
    assert (word in flagged(text)) is want


def test_a_word_before_a_news_outlets_noun_is_the_outlets_name():
    assert "Vacne" in flagged("He told Vacne that he would run.")  # alone: a famous name's slip
    assert flagged("He told Vacne News that he would run.") == {}
    assert flagged("Vacne Herald\nThe mayor said he would run.") == {}


@pytest.mark.parametrize("text, want", [
    ("Members of the Mosskow Rural Workers Union (MRWU) marched on Monday.", []),  # defined by its acronym
    ("Members of the Mosskow Rural Workers Union marched on Monday.", ["Mosskow"]),
    ("Members of the Mosskow Rural Workers Union (PLO) marched on Monday.", ["Mosskow"]),  # another acronym
    ("Talks in Mosskow (Reuters) ended on Monday.", ["Mosskow"]),  # a credit, not an acronym
    ("Members of the Lundon Rural Workers Union (LRWU) marched.", ["Lundon"]),  # one edit from a known name
    ("Officials at the Departmnet of Energy (DOE) agreed.", ["Departmnet"]),  # a common word still is
])
def test_a_name_the_story_defines_with_an_acronym_is_not_a_famous_name_misspelt(text, want):
    assert list(flagged(text)) == want


@pytest.mark.parametrize("text, want", [
    ("The Ukrainian army moved east. Ukrainian officials said the Ukranian drones hit a depot.", ["Ukranian"]),
    ("An Isreali jet flew over the town. Israeli officials confirmed it.", ["Isreali"]),
    ("The Ukranian army moved east on Monday.", []),  # web text holds it: alone, no evidence
    ("Kristen Ames and Kirsten Ames spoke; Kirsten left first.", []),  # two names, both in use
    ("Fans call the pair Traylor. Taylor Swift and Taylor's friends laughed.", []),  # a letter added: a new name
])
def test_a_rare_spelling_beside_a_far_more_common_one_in_the_story_is_a_slip(text, want):
    assert list(flagged(text)) == want


def test_an_outlet_named_after_a_famous_place_is_still_judged():
    assert "Washingotn" in flagged("The mayor told the Washingotn Post that he would run.")


def test_a_slip_of_a_name_the_headline_writes_in_capitals_is_suggested_in_name_case():
    found = flagged("ZELENSKY MEETS ALLIES IN WARSAW\nPresident Zelesnky met his allies on Monday.")
    assert list(found) == ["Zelesnky"] and found["Zelesnky"].suggestions == ["Zelensky"]


@pytest.mark.parametrize("text, word", [
    ("The deal was first reported by Reutres News on Monday.", "Reutres"),
    ("Bloamberg News said the talks had stalled.", "Bloamberg"),
])
def test_an_outlet_named_after_a_well_known_name_one_slip_away_is_still_judged(text, word):
    assert word in flagged(text)


def test_a_slip_written_after_the_same_given_name_as_the_right_spelling_is_flagged():
    # "Uhuru" is no common word, so a name after it once read as someone else's surname; the
    # story writes the right spelling after the same given name, so it is one person
    text = ("Uhuru Kenyata opens the harbour bridge\n\n"
            "Uhuru Kenyatta opened the harbour bridge on Friday. Kenyatta thanked the crews. "
            "Kenyatta will return in June.\n\n"
            "Uhuru Kenyata said the ferry would still run at night.\n")
    found = [f for f in lint(text, rules=ALL_RULES) if f.rule == "spelling.proper-noun"]
    assert [f.location.text for f in found] == ["Kenyata", "Kenyata"]
    assert all(f.suggestions == ["Kenyatta"] for f in found)


def test_a_place_spelt_with_a_y_glide_beside_a_given_name_is_left_alone():
    # "Kwabenya" (a district) beside "Kwabena" (a given name): a y before a vowel spells a
    # sound in the language the names come from, it is no slip of the other
    text = ("Voters in Dome-Kwabenya queued from dawn.\n\n"
            "The district's member, Kwabena Osei, said turnout was high.")
    assert "Kwabenya" not in flagged(text)


def test_a_letter_dropped_from_a_name_the_story_writes_is_still_flagged():
    text = ("Voters in Dome-Kwabenya queued from dawn.\n\n"
            "The district's member, Kwabena Osei, said turnout was high. Later Kwabna Osei left.")
    assert "Kwabna" in flagged(text)


@pytest.mark.parametrize("text, typo, fix", [
    ("Oil rose on fears of supply cuts from Iran AndRussia on Monday.", "AndRussia", "and Russia"),
    ("The envoy spoke of the future OfUkraine at the summit.", "OfUkraine", "of Ukraine"),
])
def test_a_capitalised_little_word_run_into_a_name(text, typo, fix):
    found = flagged(text)
    assert typo in found and found[typo].suggestions[0] == fix


@pytest.mark.parametrize("text, word", [
    ("Analysts at TheStreet said the shares were cheap.", "TheStreet"),
    ("The OrCam reader was shown at the fair.", "OrCam"),
    ("The studio FromSoftware announced a sequel.", "FromSoftware"),
])
def test_brands_that_open_with_a_little_word_are_left_alone(text, word):
    assert word not in flagged(text)


def test_a_verb_made_of_a_common_adjective_in_al_is_no_slip_of_its_neighbour():
    # "factionalisation" is one vowel from "fictionalisation", but is factional + -isation
    assert lint("The party has been weakened by factionalisation in recent years.") == []


def test_a_real_slip_inside_an_alisation_word_is_still_flagged():
    assert "nationalisaton" in flagged("The party said the nationalisaton plan was dead.")


def test_a_speech_verb_run_into_a_name_is_two_words():
    found = flagged("The minister toldReuters that talks on the ferry would resume.")
    assert found["toldReuters"].suggestions[0] == "told Reuters"


@pytest.mark.parametrize("text", [
    "The putinist wing of the party objected to the deal.",
    "Critics said macronism had run its course.",
])
def test_a_famous_surname_with_a_followers_ending_is_a_formation(text):
    assert lint(text) == []


def test_a_slip_in_such_a_word_is_still_flagged():
    assert "putinst" in flagged("The putinst wing of the party objected to the deal.")


def test_a_possessive_before_a_superlative_lost_its_apostrophe():
    found = {f.location.text: f for f in lint_text("It is the worlds largest ferry operator, officials said.",
                                                   path="story.txt", config=Config(), rules=ALL_RULES)}
    assert found["worlds"].suggestions == ["world’s"]


def test_a_plural_before_an_adverb_in_est_is_left_alone():
    found = lint_text("The hospitals worst affected were in Cork; the states hardest hit were in the south.",
                      path="story.txt", config=Config(), rules=ALL_RULES)
    assert [f for f in found if f.rule == "spelling.lost-apostrophe"] == []


@pytest.mark.parametrize("text, typo, fix", [
    ("His sister KIm Yo Jong spoke for the government.", "KIm", "Kim"),
    ("THe board met on Monday to discuss the ferry.", "THe", "The"),
])
def test_a_shift_held_in_a_three_letter_word(text, typo, fix):
    assert flagged(text)[typo].suggestions == [fix]


def test_an_acronyms_plural_and_a_unit_are_left_alone():
    assert lint("Sales of PCs and TVs rose, and the plant makes 2 GWe of power.") == []


def test_a_three_letter_stylised_name_among_capitals_is_left_alone():
    # a site's junk line: no prose word beside it
    assert "NOw" not in flagged("Harbour TW NOw News 2024\n\nThe board met on Monday.")
