"""inconsistent_name from clustering a story's name mentions: slips, British/American
spellings inside one name, romanisations of one surname, and the pairs left alone.

The stories are invented; the names are real public figures and places because the rule
is about how those names are spelt.
"""
from __future__ import annotations

import datetime as dt

import pytest

from attrlint.checks import consistency, name_clusters
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in consistency.rules() if r.id == "names.inconsistent"}
CONFIG = Config(date=dt.date(2024, 3, 5))


def flagged(text):
    return [(f.location.text, f.suggestions) for f in lint_text(text, config=CONFIG, rules=RULES)]


# --- slips: one edit apart ------------------------------------------------------------------
def test_a_famous_name_cut_short_by_one_letter():
    text = (
        "Zuckerber unveils new headset\n\n"
        "Meta chief Mark Zuckerberg showed the device on Tuesday. Zuckerberg said it would ship in May.\n"
    )
    assert flagged(text) == [("Zuckerber", ["Zuckerberg"])]


def test_a_rare_name_and_its_longer_form_are_left_alone():
    text = ("Councillor Ann Brindlemor opened the fair. The Brindlemore family, no relation, "
            "ran the cake stall. Brindlemor thanked them.\n")
    assert flagged(text) == []


def test_a_polish_name_come_through_russian():
    text = (
        "Deputy Minister Anna Lewandowiecki met the delegation in Warsaw. Lewandowiecki said the talks "
        "went well.\n\nAccording to Levandovetsky, a deal could follow within weeks.\n"
    )
    assert flagged(text) == [("Levandovetsky", ["Lewandowiecki"])]


def test_a_slip_seen_only_at_the_start_of_a_sentence_is_still_a_name():
    text = (
        "Police arrested Marta Marchetti at the border crossing on Friday.\n\n"
        "Officers said Marchetti had travelled from the coast. Marchetti declined to comment.\n\n"
        "Marchetty was released on bail the next morning.\n"
    )
    assert flagged(text) == [("Marchetty", ["Marchetti"])]


def test_a_common_word_at_the_start_of_a_sentence_is_not_taken_for_a_name():
    text = (
        "The mayor thanked Councillor Dana Brand for her work.\n\n"
        "Brand said the plan was sound. Bland food was served at the reception.\n"
    )
    assert flagged(text) == []


def test_swapped_letters_beside_the_right_spelling_are_flagged_once_with_a_count():
    # an unknown slip: spelling.proper-noun reports each use as a typo, so the
    # inconsistency is reported at the first, with the count
    text = (
        "Prime Minister Benjamin Netanyahu met the envoys on Monday.\n\n"
        "Netanyahu said the talks would go on. An aide to Netanyhau later denied a report.\n\n"
        "Opposition leaders said Netanyhau had not consulted them. Netanyahu did not reply.\n"
    )
    found = lint_text(text, config=CONFIG, rules=RULES)
    assert [(f.location.text, f.suggestions) for f in found] == [("Netanyhau", ["Netanyahu"])]
    assert "(twice)" in found[0].message


def test_on_a_tie_the_unknown_spelling_is_the_slip():
    text = "President Recep Tayyip Erdogan spoke in Ankara. Later Erodgan met party officials.\n"
    found = lint_text(text, config=CONFIG, rules=RULES)
    assert [(f.location.text, f.suggestions) for f in found] == [("Erodgan", ["Erdogan"])]
    assert "one letter apart" in found[0].message and "no name list knows “Erodgan”" in found[0].message


def test_two_real_names_with_different_first_names_are_two_people():
    text = "Coach Erik Hansen praised the defence. Midfielder Tom Hanson scored twice for the visitors.\n"
    assert flagged(text) == []


def test_two_real_surnames_not_tied_by_a_first_name_are_left_alone():
    text = "Anna Schneider chaired the hearing. Schnieder, a councillor from the north, objected.\n"
    assert flagged(text) == []


def test_two_real_spellings_tied_by_one_first_name_are_one_person():
    text = "Chancellor Angela Merkel arrived late. Critics said Angela Markel had misjudged the mood.\n"
    assert flagged(text) == [("Markel", ["Merkel"])]


def test_a_close_first_name_followed_by_another_surname_is_someone_else():
    text = (
        "President Erdogan spoke first. Erdogan said Turkey would act. "
        "The analyst Erdoan Krasniqi said the speech changed little.\n"
    )
    assert flagged(text) == []


def test_plurals_demonyms_and_other_initials_are_not_slips():
    text = (
        "Pakistan closed the border. Pakistani officials said the crossing at the Pakistani "
        "town would reopen. George Clooney and the Clooneys visited. Turkish troops advanced; "
        "a Kurkish commander was quoted.\n"
    )
    assert flagged(text) == []


def test_hyphenated_forms_differing_in_a_short_part_are_different_things():
    text = "US-China trade fell while UK-China trade rose. Rep. Jane Doe (D-Ill.) and John Roe (R-Ill.) spoke.\n"
    assert flagged(text) == []


def test_a_swap_in_a_short_name_is_a_slip_but_a_common_word_is_not_a_name():
    text = (
        "Prime Minister Narendra Modi arrived on Monday. Aides said Mdoi had signed the deal. "
        "The vote in Parliament was close, and members of the Parliment left early.\n"
    )
    assert flagged(text) == [("Mdoi", ["Modi"])]


def test_a_swapped_place_name_beside_the_right_one():
    text = "Drones struck Kyiv overnight. Officials in Kyiv said two people were hurt. Residents of Kiyv sheltered.\n"
    assert flagged(text) == [("Kiyv", ["Kyiv"])]


def test_a_surname_that_is_also_a_word_when_the_gazetteer_knows_the_person():
    pytest.importorskip("attrlint.gazetteer")
    text = "President Donald Trump spoke on Monday. Aides said Trunp would travel on Friday.\n"
    assert flagged(text) == [("Trunp", ["Trump"])]


def test_two_transliterations_of_one_surname():
    text = (
        "Wagner chief Yevgeny Prigozhin spoke on Monday. Prigozhin said his men would leave. "
        "Aides said Prigojin had already left the city.\n"
    )
    found = lint_text(text, config=CONFIG, rules=RULES)
    assert [(f.location.text, f.suggestions) for f in found] == [("Prigojin", ["Prigozhin"])]
    assert "transliterations" in found[0].message
    assert name_clusters.transliteration_key("Aleksei") == name_clusters.transliteration_key("Alexei")


def test_a_french_dj_for_j_and_a_dutch_j_for_y():
    # "Dj" is the French spelling of J (one edit, but a letter added at the start, which a
    # slip test rejects); j after a vowel is the Dutch and old Indonesian spelling of y,
    # and an aspirate h after d is written or left out: two edits, one name
    text = (
        "Opposition leader Azamat Jomartov addressed supporters at a stadium. A day later "
        "Djomartov denied the reports, and Jomartov thanked the crowd.\n\n"
        "Transport Minister Wiradharmaya opened the toll road on Friday. Wiradharmaya, a former "
        "engineer, said traffic would ease. Wiradarmaja did not take questions.\n"
    )
    found = lint_text(text, config=CONFIG, rules=RULES)
    assert [(f.location.text, f.suggestions) for f in found] == [
        ("Djomartov", ["Jomartov"]), ("Wiradarmaja", ["Wiradharmaya"])]
    assert all("transliterations" in f.message for f in found)


def test_a_soft_g_for_dj_and_a_bare_later_spelling_of_someone_introduced():
    # each spelling once: the one introduced with a given name comes first, and the bare
    # one after it refers back to that person (a soft g is the sound dj writes)
    text = (
        "Port authority chief Rustam Djibrilov signed the contract on Tuesday. Engineers "
        "said Gibrilov had pushed for the new cranes.\n\n"
        "Deputy mayor Anneke Voorhuis opened the bridge on Monday. Vorhuis said traffic would "
        "resume in May.\n"
    )
    assert flagged(text) == [("Gibrilov", ["Djibrilov"]), ("Vorhuis", ["Voorhuis"])]


def test_two_bare_spellings_once_each_are_left_alone():
    # nobody is introduced: two different people may well be meant
    text = "Vorhuis opened the bridge on Monday. Officials said Voorhuis would speak later.\n"
    assert flagged(text) == []


def test_different_first_letters_and_pinyin_tone_marks_are_not_transliterations():
    # "Khan" / "Han" share a key but are two names; a pinyin gloss with tone marks is a
    # gloss of the province, not another spelling of it
    text = (
        "Provincial chief Tariq Khanzada met Wu Hanzada on Monday. Khanzada said the talks "
        "went well and Hanzada agreed.\n\n"
        "Shaanxi (Shǎnxī) is the hardest hit. Officials in Shaanxi said Shaanxi would recover.\n"
    )
    assert flagged(text) == []


def test_known_people_two_letters_apart_or_with_names_that_are_words():
    pytest.importorskip("attrlint.gazetteer")
    text = (
        "Prime Minister Rishi Sunak spoke on Monday. Aides to Rashu Sunak said he would stay. "
        "Labour leader Keir Starmer replied. Critics of Kier Starmer said he was late.\n"
    )
    assert flagged(text) == [("Rashu", ["Rishi"]), ("Kier", ["Keir"])]


def test_two_letters_apart_needs_an_unknown_spelling_and_no_particle():
    text = "Ahmed Khan met Ahmad Khan. Al Jazeera reported that Al Jazaeri, a lawyer, had left.\n"
    assert flagged(text) == []


def test_a_name_spelt_one_way_throughout_is_left_alone():
    text = "Netanyahu said the war would go on. Netanyahu's office later confirmed the remarks.\n"
    assert flagged(text) == []


def test_spellings_inside_quotations_are_verbatim():
    text = 'Netanyahu spoke on Monday. Netanyahu left. A sign read: "Down with Netanyhau".\n'
    assert flagged(text) == []


# --- orthography inside one proper name -----------------------------------------------------
def test_british_and_american_spelling_inside_one_name():
    text = (
        "The Defence Ministry said two drones were downed. A Defense Ministry spokesman added "
        "that no one was hurt. The Defence Ministry later released video.\n"
    )
    found = lint_text(text, config=CONFIG, rules=RULES)
    assert [(f.location.text, f.suggestions) for f in found] == [("Defense", ["Defence"])]
    assert "British and American spelling" in found[0].message


def test_british_and_american_spelling_after_the_same_name_word():
    text = (
        "The concert at the Lincoln Center sold out. Critics at the Lincoln Centre were kind, "
        "and the Lincoln Center said it would add a date.\n"
    )
    assert flagged(text) == [("Centre", ["Center"])]


def test_uses_in_other_names_do_not_count_towards_the_majority():
    text = "The Labour Party won. The Labor Party lost in Australia, where Labor Day is a holiday.\n"
    assert flagged(text) == []


def test_two_countries_own_spellings_are_left_alone():
    text = (
        "Australia's Labor Party won the vote, and Britain's Labour Party sent its congratulations. "
        "The British Labour Party leader called it historic.\n"
    )
    assert flagged(text) == []


def test_common_words_in_different_names_are_left_alone():
    text = "The Labour Party held its conference. Labor Day sales began in Chicago. Labour Party members voted.\n"
    assert flagged(text) == []


# --- romanisation of a short surname -----------------------------------------------------------
def test_a_bare_surname_that_romanises_like_the_introduced_one_is_flagged():
    text = (
        "South Korean President Moon Jae-in met union leaders on Tuesday.\n\n"
        "Moon said wages would rise. Critics said Mun had promised the same last year.\n\n"
        "President Moon will travel to Busan on Friday.\n"
    )
    found = lint_text(text, config=CONFIG, rules=RULES)
    assert [(f.location.text, f.suggestions) for f in found] == [("Mun", ["Moon"])]
    assert "Moon Jae-in" in found[0].message


def test_an_introduced_person_with_a_similar_surname_is_someone_else():
    text = (
        "President Moon Jae-in met union leaders. Labour activist Mun Hee-sang criticised him.\n\n"
        "Moon said wages would rise. Mun said the promise was empty.\n"
    )
    assert flagged(text) == []


def test_different_roles_are_different_people():
    text = "President Moon Jae-in spoke in Seoul. Moon was cheered. Governor Mun later disagreed.\n"
    assert flagged(text) == []


def test_a_month_abbreviation_is_not_a_surname():
    text = "Deputy Yun Sang-hyun filed the bill on Jun 5. Yun said it would pass.\n"
    assert flagged(text) == []


def test_romanisations_listed_in_the_names_data():
    text = (
        "Governor Park Soo-young opened the session. Park said the budget was final.\n\n"
        "Later Pak told reporters the vote would be held on Friday.\n"
    )
    assert flagged(text) == [("Pak", ["Park"])]


def test_two_introduced_people_in_one_romanisation_group_are_left_alone():
    text = "Park Soo-young met Pak Jong-su in Seoul. Park said the talks went well; Pak agreed.\n"
    assert flagged(text) == []


def test_romanisation_groups_load_from_the_names_data():
    from attrlint.house_style import romanisation_groups

    groups = romanisation_groups()
    assert any({"Park", "Pak"} <= g for g in groups)
    assert all(len(g) >= 2 for g in groups)


def test_romanisation_key_merges_only_spellings_of_one_sound():
    key = name_clusters.romanisation_key
    assert key("Moon") == key("Mun")
    assert key("Yoo") == key("Yu") == key("Ju")
    assert key("Kim") != key("Kang")


# --- across the files of one publication ---------------------------------------------------------
ACROSS = {r.id: r for r in consistency.rules() if r.id == "names.inconsistent-across-files"}


def _run(tmp_path, texts, with_config=True):
    from attrlint.document import Document
    from attrlint.linter import lint_documents

    cfg = Config(path=tmp_path / ".attrlint.toml", date=dt.date(2024, 3, 5)) if with_config else Config()
    docs = [Document.from_text(t, path=str(tmp_path / f"{i}.txt"), config=cfg) for i, t in enumerate(texts)]
    return [(r.document.path.rsplit("/", 1)[-1], f.location.text, f.suggestions)
            for r in lint_documents(docs, ACROSS) for f in r.findings]


def test_a_slip_one_file_makes_of_a_name_the_others_spell_right(tmp_path):
    texts = [
        "Chancellor Olaf Scholz arrived in Paris. Scholz met the president.\n",
        "Olaf Scholz said the budget would pass.\n",
        "Critics said Olaf Schloz had misread the mood in parliament.\n",
    ]
    assert _run(tmp_path, texts) == [("2.txt", "Schloz", ["Scholz"])]


def test_a_bare_slip_of_a_place_across_files(tmp_path):
    texts = ["Talks resumed in Beijing on Monday.\n", "Beijing denied the report.\n",
             "Officials in Beijnig declined to comment.\n"]
    assert _run(tmp_path, texts) == [("2.txt", "Beijnig", ["Beijing"])]


def test_different_people_in_different_stories_are_left_alone(tmp_path):
    texts = [
        "Coach Erik Hansen praised the defence.\n",
        "Erik Hansen said the team was ready.\n",
        "Midfielder Tom Hanson scored twice.\n",  # two real names
        "The researcher Li Jianmin said costs fell.\n",
        "Founder Wang Jianlin opened a mall. Wang Jianlin said sales rose.\n",  # unknown, other company
    ]
    assert _run(tmp_path, texts) == []


def test_files_without_a_shared_configuration_are_not_compared_for_slips(tmp_path):
    texts = ["Olaf Scholz arrived.\n", "Olaf Scholz left.\n", "Olaf Schloz spoke.\n"]
    assert _run(tmp_path, texts, with_config=False) == []


def test_without_a_gazetteer_the_word_lists_still_decide(monkeypatch):
    from attrlint.checks import name_mentions

    def clear():
        for f in (name_mentions.known, name_mentions.person):
            f.cache_clear()

    clear()
    monkeypatch.setattr(name_mentions, "gazetteer", lambda: None)
    try:
        text = "President Recep Tayyip Erdogan spoke in Ankara. Later Erodgan met party officials.\n"
        assert flagged(text) == [("Erodgan", ["Erdogan"])]
        assert not name_mentions.person("Trump")
    finally:
        clear()


def test_a_middle_initial_does_not_hide_the_same_surname():
    # the given name is spelt two ways beside one surname, once with a middle initial
    text = ("President William Ruto flew to Tokyo on Monday.\n\n"
            "Officials said Willam S. Ruto would visit Seoul next.\n")
    assert flagged(text) == [("Willam", ["William"])]
    text = ("Mayor Rosalind Okafor opened the session. Later Rosalynd T. Okafor took questions.\n")
    assert [t for t, _ in flagged(text)] == ["Rosalynd"]


def test_a_middle_initial_between_two_different_people_is_left_alone():
    text = ("Judge Karen M. Delacroix heard the case. Karin Delacroix, her cousin, "
            "testified. Karin and Karen Delacroix later left together.\n")
    assert flagged(text) == []


def test_a_transliteration_two_letters_off_is_also_a_typo_one_convention_is_not():
    from attrlint.checks import spelling

    typo_rule = {r.id: r for r in spelling.rules() if r.id == "spelling.proper-noun"}
    text = (
        "Opposition leader Azamat Jomartov addressed supporters at a stadium. A day later "
        "Djomartov denied the reports, and Jomartov thanked the crowd.\n\n"
        "Transport Minister Wiradharmaya opened the toll road on Friday. Wiradharmaya, a former "
        "engineer, said traffic would ease. Wiradarmaja did not take questions.\n"
    )
    found = lint_text(text, config=CONFIG, rules=typo_rule)
    assert [(f.location.text, f.suggestions) for f in found] == [("Wiradarmaja", ["Wiradharmaya"])]
    assert "the same name spelt otherwise" in found[0].message


# --- a prominent place the story spells right once and misspells more often -----------------
def test_a_repeated_slip_of_a_prominent_place_spelt_right_once():
    text = ("Coastal club sacks its manager\n\n"
            "Bournemoth lost 6-0 away on Saturday, and the board met on Monday. The club, Bournemouth, "
            "said the decision was taken with regret. Fans of Bournemoth had called for change.\n")
    assert flagged(text)[:1] == [("Bournemoth", ["Bournemouth"])]


def test_a_slip_of_the_storys_own_slip_points_at_the_name_both_miss():
    text = ("Coastal club sacks its manager\n\n"
            "Bournemoth lost 6-0 away on Saturday. The club, Bournemouth, said the decision was taken "
            "with regret. Fans of Bournemoth had called for change, and the players of Bornemoth looked tired.\n")
    found = dict(flagged(text))
    assert found["Bornemoth"] == ["Bournemouth"]


def test_a_repeated_rare_surname_beside_a_known_one_is_left_alone():
    # the rare spelling is someone's surname the lists do not know; a person's name is no landmark
    text = ("The coach, Dana Kovalenco, praised the squad. Kovalenco said the team had trained hard, "
            "and Kovalenco thanked the fans. A Kovalenko, no relation, scored twice.\n")
    assert flagged(text) == []
