"""Misspelt well-known names that the word-alone and whole-name checks used to miss, and
the rare correct names next to them that must stay quiet. The sentences are invented."""
from __future__ import annotations

import pytest

from attrlint.checks import spelling
from attrlint.config import Config
from attrlint.linter import lint_text
from attrlint.spelling.names import _pinyin, near_miss

WORD_RULES = {r.id: r for r in spelling.rules() if not r.needs}


def lint(text: str):
    return lint_text(text, path="story.txt", config=Config(), rules=WORD_RULES)


def names(text: str) -> dict:
    return {f.location.text: f for f in lint(text) if f.category == "typo"}


def assert_suggests(text: str, typo: str, fix: str) -> None:
    """The slip is flagged and the famous spelling is among the suggestions."""
    found = names(text)
    assert typo in found, found
    assert fix in found[typo].suggestions


@pytest.mark.parametrize("text, typo, fix", [
    # not taken for a Chinese name: "shing" and "co" are no Pinyin syllables
    ("The envoy flew back to Washingtin on Sunday night.", "Washingtin", "Washington"),
    ("The band toured Meexico and Peru last spring.", "Meexico", "Mexico"),
    # "al-" is an article, not half of a double-barrelled name
    ("Sudan's leader Omar al-Bashr addressed the rally.", "Bashr", "Bashir"),
    # a rare web misspelling of a name of the first rank
    ("Senators asked Comay about the missing memos.", "Comay", "Comey"),
    # the whole name, when the typed spelling is rare, even beside a common first name
    ("Attorney General Joff Sessions signed the order.", "Joff", "Jeff"),
    ("Vice President Mikee Pence toured the plant.", "Mikee", "Mike"),
    # nobody writes it, and a letter dropped from a common surname: whoever the person is
    ("The lawyer, Alison Bnnett, declined to comment.", "Bnnett", "Bennett"),
    # famous surnames that are also in the list of ordinary names, but not in the dictionary
    ("The crowd cheered as Federar walked on court.", "Federar", "Federer"),
    # soft c spelt s; an h added to a final c
    ("Tickets for Beyonse sold out in an hour.", "Beyonse", "Beyonce"),
    ("Djokovich won the first set easily.", "Djokovich", "Djokovic"),
])
def test_slips_of_well_known_names_are_flagged(text, typo, fix):
    assert_suggests(text, typo, fix)


@pytest.mark.parametrize("text", [
    # a vowel apart from a word known only from running text, after a first name
    "The deputy, Claudine Panot, said the vote was rigged.",
    # another language's form of a famous place: a different last letter
    "Troops patrolled the Philadelphi corridor overnight.",
    # a surname with its first two letters those of another name swapped
    "The commander, Hassan Abshir, said the road was open.",
    # a short word is one inserted vowel from many short names
    "Analysts at Sahan Research said the militia had regrouped.",
    # a province's informal name, one letter from its formal name nobody writes
    "Farmers in Podkarpacie began the harvest early.",
    # a binomial's epithet, quoted again on its own
    "The moth Agrotis pallidis was found in June; pallidis means pale.",
])
def test_rare_correct_names_and_forms_stay_quiet(text):
    assert names(text) == {}


def test_near_miss_sound_spellings():
    assert near_miss("Beyonse", "Beyonce")  # a soft c
    assert not near_miss("Bosnia", "Bocnia")  # a hard c is not an s
    assert near_miss("Djokovich", "Djokovic")  # the h of a digraph, at the end too
    assert near_miss("Musck", "Musk")  # one sound, spelt ck
    assert not near_miss("Akinfeyev", "Akinfeev")  # a transliteration, not a slip


def test_pinyin_needs_real_syllables():
    assert _pinyin("Junfeng") and _pinyin("Xiaoming") and _pinyin("Chongqing")
    assert not _pinyin("Washingtin") and not _pinyin("Meexico")


def test_a_swap_in_a_famous_full_name_is_flagged_even_when_it_is_a_name():
    found = names("Chancellor Angela Merkle arrived in Paris on Monday.")
    assert "Merkle" in found and found["Merkle"].suggestions[0] == "Merkel"


def test_the_story_spells_the_full_name_otherwise_more_often():
    text = ("Hillary Clinton spoke first. Later Hilary Clinton said she would run. "
            "Aides to Hillary Clinton agreed.")
    found = names(text)
    assert "Hilary" in found and found["Hilary"].suggestions == ["Hillary"]
    # a letter changed is another person; once against once is no evidence
    assert names("John Smith spoke. Jon Smith spoke. John Smith left.") == {}
    assert names("Matthew Corbel spoke first. Later Mathew Corbel said he would run.") == {}
    # a famous full name is evidence of its own, however often the story spells it
    assert names("Hillary Clinton spoke first. Later Hilary Clinton said she would run.")["Hilary"].suggestions == [
        "Hillary"]


def test_a_doubled_contraction_is_flagged():
    found = lint("But there's there's days when nothing works.")
    assert [f.location.text for f in found if f.rule == "spelling.doubled-word"] == ["there's there's"]
    assert [f for f in lint("Well, there there, it will pass.") if f.rule == "spelling.doubled-word"] == []


def test_a_dictionary_word_in_a_famous_full_name_is_no_transliteration():
    found = names("The centrist candidate Emmanuel Macro has overtaken his rivals.")
    assert "Macro" in found and found["Macro"].suggestions == ["Macron"]
    # a spelling in use with a letter more or less stays a transliteration
    assert names("Defence minister Khwaja Asif spoke to reporters in Islamabad.") == {}


def test_a_country_slip_before_an_unknown_surname_is_a_first_name():
    assert names("Speaking on the radio, Somaia Farouky said the ferry was late.") == {}
    assert "Somaia" in names("The envoy flew to Somaia on Tuesday.")
    assert "Belgyan" in names("The Belgyan Malinois is a herding dog.")  # an adjective may stand there


def test_a_country_slip_before_a_weekday_is_still_a_slip():
    assert "Syia" in names("Jets struck a depot in northern Syia Thursday, officials said.")


@pytest.mark.parametrize("text", [
    # a surname in use, a doubled letter from a famous first name: someone else
    "The chairman of the Joint Chiefs, General Mark Milley, testified on Tuesday.",
    # a famous name with an ending: the people of a place
    "Many South Dakotans oppose the new tax.",
])
def test_names_in_use_and_endings_stay_quiet(text):
    assert names(text) == {}


def test_a_misspelling_in_use_of_a_famous_surname_is_flagged_when_swapped():
    found = names("The singer Justin Beiber cancelled the rest of his tour.")
    assert "Beiber" in found and found["Beiber"].suggestions[0] == "Bieber"


@pytest.mark.parametrize("text, typo, fix", [
    # made of Pinyin syllables, but alone: a slip of a famous Chinese place
    ("The delegation landed in Shanghae late on Friday.", "Shanghae", "Shanghai"),
    ("Tickets for the Baijing International Film Festival sold out.", "Baijing", "Beijing"),
    # a common word after a place's adjective is its institution, not a surname (Court)
    ("Judges at the Europoan Court ruled against the ban.", "Europoan", "European"),
])
def test_pinyin_looking_slips_of_famous_places_and_institutions(text, typo, fix):
    found = names(text)
    assert typo in found and found[typo].suggestions[0] == fix


@pytest.mark.parametrize("text", [
    "The student Zhang Baijing won the prize.",  # a given name beside a surname
    "The engineer Wang Junfeng spoke to Li Xiaoming.",
    "The wire service Agence France-Presse reported the deal.",  # half of a hyphenated name
])
def test_chinese_given_names_and_hyphenated_names_stay_quiet(text):
    assert names(text) == {}


def test_a_surname_after_a_first_name_needs_a_famous_target():
    # "Barthle" alone is a swap of a known name; after a first name it is someone's surname
    assert "Barthle" in names("The judge, Barthle, read the ruling on Monday.")
    assert "Barthle" not in names("Judge Susan Barthle read the ruling on Monday.")
    # a famous surname is still the intent
    assert "Cilnton" in names("The candidate Hillary Cilnton spoke in Ohio.")


@pytest.mark.parametrize("text, typo, fix", [
    # a doubled final letter is no ending (Nunes -> Nuneses in the plural; Ryan -> Ryans)
    ("At the briefing Mr Priebuss denied any rift.", "Priebuss", "Priebus"),
    ("The budget passed after Speaker Paul Ryann twisted arms.", "Ryann", "Ryan"),
    # a surname with a capital after its prefix, slipped
    ("Senate leader McConnel rejected the offer, and McCinnell did so twice.", "McCinnell", "McConnell"),
    ("Critics of Mrs DeoVs gathered outside.", "DeoVs", "DeVos"),
    # English grammar on a word with another last letter makes it the English name
    ("Exporters fear Germani's new tariffs.", "Germani", "Germany"),
    ("The envoy handed the letter to Mr Tusc on Monday.", "Tusc", "Tusk"),
    # a hyphenated name one finger slip from a famous one
    ("Pyongyang said Kim Jonng-un watched the launch.", "Jonng", "Jong"),
])
def test_name_slips_in_english_forms_and_compounds(text, typo, fix):
    assert_suggests(text, typo, fix)


@pytest.mark.parametrize("text", [
    # the club's own language: no English grammar on the name
    "The striker joined the club Palestino last year.",
    # capitals inside a brand's name are no surname prefix
    "The developer LongFor reported higher sales.",
    # a plural of a family name in -s
    "The Joneses moved to Ohio.",
    # a hyphenated given name that is someone's own
    "The designer Jean-Marc Vidal showed a new line.",
])
def test_english_forms_and_compounds_leave_real_names_alone(text):
    assert names(text) == {}


@pytest.mark.parametrize("text, typo, fix", [
    # a bare first name two letters swapped from a famous place far more common
    ("The minister flew to Isreal on Sunday for talks.", "Isreal", "Israel"),
    # the other word of the full name is hyphenated
    ("Prosecutors questioned the former president Prak Geun-hye for hours.", "Prak", "Park"),
])
def test_swapped_names_and_hyphenated_full_names(text, typo, fix):
    assert_suggests(text, typo, fix)


def test_a_bare_name_swapped_from_a_famous_one_needs_the_context_to_fit():
    # "Isreal" before a surname is someone's first name, as the story has it
    assert "Isreal" not in names("The coach, Isreal Dawkins, praised the defence.")


@pytest.mark.parametrize("text, typo, fix", [
    # a first name spelt another way by sound, of a person whose name is born in Latin letters
    ("Prime Minister Marc Rutte opened the summit.", "Marc", "Mark"),
    # a letter fewer, before a surname that is one famous person's and nobody's ordinary name
    ("Aides to President Barak Obama briefed reporters.", "Barak", "Barack"),
])
def test_sound_spellings_of_names_born_in_latin_letters(text, typo, fix):
    assert_suggests(text, typo, fix)


@pytest.mark.parametrize("text", [
    # transliterations of names written in another script stay the writer's choice
    "Iran's President Hasan Rouhani addressed the assembly.",
    "Pakistan's defence minister Khwaja Asif spoke on Monday.",
])
def test_transliterated_names_in_use_stay_quiet(text):
    assert names(text) == {}


@pytest.mark.parametrize("text, typo, fix", [
    # a title of office before the full name makes its bearer the famous one
    ("Lobbyists met House Speaker Pail Ryan on Friday.", "Pail", "Paul"),
    ("Vice-President Mike Ponce swore in the new cabinet.", "Ponce", "Pence"),
])
def test_a_title_before_a_full_name_pins_down_the_famous_person(text, typo, fix):
    assert_suggests(text, typo, fix)


def test_without_a_title_a_common_name_may_be_someone_else():
    assert names("The plumber Mike Ponce fixed the pipe.") == {}
    assert names("Mr Mike Ponce fixed the pipe.") == {}  # an honorific is no office


@pytest.mark.parametrize("text, typo, fix", [
    # an ending on the first word of a famous full name is a slip, not a people's name
    ("Aides to Baracks Obama denied the report.", "Baracks", "Barack"),
    # nobody writes it: two letters swapped in a very common first name, whoever the person is
    ("The envoy Loius Ardenne met the minister.", "Loius", "Louis"),
])
def test_endings_inside_full_names_and_swapped_first_names(text, typo, fix):
    assert_suggests(text, typo, fix)


def test_an_ending_on_the_last_word_of_a_name_is_still_an_ending():
    assert names("Many North Dakotans backed the plan.") == {}


@pytest.mark.parametrize("text, typo, fix", [
    # the typed surname is an English word that is nobody's name: the famous one is meant,
    # though the first name beside it is common
    ("Aides said Donald Tramp would sign the order on Friday.", "Tramp", "Trump"),
    ("Senator Chis Murphy asked for a second vote.", "Chis", "Chris"),
    # a title of office before a name makes the English spelling of the famous one meant
    ("Critics say President Puti can stay in office for years.", "Puti", "Putin"),
])
def test_famous_names_behind_common_words_and_titles(text, typo, fix):
    assert_suggests(text, typo, fix)


@pytest.mark.parametrize("text, word", [
    ("Donald Baker, a retired teacher, said the road had flooded.", "Baker"),  # a real surname
    ("Doris Johnson, who runs the shop, said sales were down.", "Doris"),  # a real first name
    ("Mr Oborne, a columnist, wrote about the vote.", "Oborne"),  # a real surname, no office
])
def test_ordinary_people_beside_famous_names_are_left_alone(text, word):
    assert word not in names(text)


@pytest.mark.parametrize("text, typo, fix", [
    # a consonant dropped from the end is the fingers, not another language's form
    ("The minister said the British people would decide, not the Britis press.", "Britis", "British"),
    # a word only the long surname lists hold, alone where a famous place fits
    ("Housing starts in Irelan fell for a second month.", "Irelan", "Ireland"),
    ("Buyers of Russin gas face new rules in the spring.", "Russin", "Russian"),
])
def test_dropped_letters_of_famous_places(text, typo, fix):
    assert_suggests(text, typo, fix)


@pytest.mark.parametrize("text, word", [
    ("Troops patrolled the Philadelphi corridor at night.", "Philadelphi"),  # a vowel ending: in use
    ("Judge Sarah Irelan ruled on the motion on Monday.", "Irelan"),  # a person, with a first name
])
def test_place_forms_in_use_and_people_are_left_alone(text, word):
    assert word not in names(text)


@pytest.mark.parametrize("text, typo, fix", [
    # an Irish surname with its apostrophe is judged too
    ("The panel was chaired by Sean O'Raurke on Friday.", "O'Raurke", "O'Rourke"),
    ("Aid chief Stephen O'Bryen asked donors for more.", "O'Bryen", "O'Brien"),
    # the family name before a hyphenated given name completes a first-rank name
    ("State media said Kim Jung-un watched the launch.", "Jung", "Jong"),
    ("Prosecutors questioned former president Park Geen-hye again.", "Geen", "Geun"),
])
def test_irish_and_hyphenated_famous_names(text, typo, fix):
    assert_suggests(text, typo, fix)


@pytest.mark.parametrize("text, word", [
    ("The report was written by Mary O'Connor and Tom O'Neill.", "O'Connor"),
    ("The singer Lee Jung-hyun sold out the hall.", "Jung"),  # not a famous whole name
])
def test_real_irish_and_hyphenated_names_are_left_alone(text, word):
    assert word not in names(text)


@pytest.mark.parametrize("text, typo, fix", [
    # the first name of a first-rank person slipped into a rarer real name, the surname as it
    # is: the pair is the famous one, however common the surname is as a word
    ("On a visit to a Kent hospital, Therese May promised more nurses.", "Therese", "Theresa"),
    ("Michal Gove told the conference that exams would change.", "Michal", "Michael"),
    # a surname of several words pins the family down: a realistic slip is the famous one
    ("Marina Le Pen, the far-right leader, spoke in Nice.", "Marina", "Marine"),
    # the other words written without their accents still make the famous name
    ("A portrait of Francois Holland hangs in the town hall.", "Holland", "Hollande"),
])
def test_a_first_name_slipped_beside_a_famous_surname(text, typo, fix):
    assert_suggests(text, typo, fix)


@pytest.mark.parametrize("text, word", [
    # a first letter changed makes another person's name
    ("Doris Johnson, who runs the shop, said sales were down.", "Doris"),
    # a relative who shares a famous surname of several words, two letters off
    ("Marion Le Pen, her niece, spoke first.", "Marion"),
    # a place matched only without its accents: its scholarly spelling is no evidence
    ("Ships docked at the base in Marsa Matrouh on Monday.", "Matrouh"),
    # the famous name itself, accents dropped
    ("Francois Hollande opened the exhibition.", "Francois"),
])
def test_other_first_names_beside_famous_surnames_are_left_alone(text, word):
    assert word not in names(text)


@pytest.mark.parametrize("text, typo, fix", [
    # a title (in brackets, too) before a rare English word that is nobody's name
    ("Aides expect (President) Tump to veto the bill.", "Tump", "Trump"),
    ("Aides expect President Tump to veto the bill.", "Tump", "Trump"),
    # a word only the long dictionary lists hold, that running text never uses, is no
    # better evidence of a real spelling than a non-word
    ("The motion passed, said a tired but smiling Fellon.", "Fellon", "Fillon"),
    # a first-rank surname with its inner capital typed twice
    ("Aides to Mrs DeVVos declined to comment.", "DeVVos", "DeVos"),
    # "administration" after a surname makes it the English name of a person
    ("Officials of the Obame administration declined to comment.", "Obame", "Obama"),
])
def test_famous_surnames_after_titles_and_before_administration(text, typo, fix):
    assert_suggests(text, typo, fix)


@pytest.mark.parametrize("text, word", [
    ("Mr Speaker, the bill is a disgrace, the member said.", "Speaker"),
    ("The Tump family farm has been sold to a neighbour.", "Tump"),  # no title: a word, or a name
    ("The startup VVox sells headsets.", "VVox"),  # a brand's capitals, no famous surname
])
def test_words_after_titles_or_without_them_are_left_alone(text, word):
    assert word not in names(text)


@pytest.mark.parametrize("text, typo, fix", [
    # a letter typed twice in a common name that nobody writes so, beside another word of
    # the person's name: whoever the person is, the common name is meant
    ("The evening's host, Davidd Brennan, thanked the volunteers.", "Davidd", "David"),
    # a vowel changed in a first-rank surname after somebody else's first name
    ("Her cousin, Paula Merkol, runs a bakery in Bonn.", "Merkol", "Merkel"),
    # a doubled vowel is no Pinyin: not taken for a Chinese given name
    ("Aides to Cuoomo declined to comment on the audit.", "Cuoomo", "Cuomo"),
    # two letters swapped in a surname that running text uses, after a first name
    ("The presenter, Laura Whealn, opened the show.", "Whealn", "Whelan"),
    ("The union's Derek Gorscuh said talks would resume.", "Gorscuh", "Gorsuch"),
])
def test_slips_of_common_names_inside_a_persons_name(text, typo, fix):
    assert_suggests(text, typo, fix)


@pytest.mark.parametrize("text, word", [
    # a vowel changed in a surname that is common but nobody's famous one: names differ so
    ("The curator, Claudia Rivara, chose the paintings.", "Rivara"),
    # a company's name one vowel from a dictionary word
    ("The Anhui Fortone group bought the site.", "Fortone"),
    # another language's ending of a famous surname (Italian -a for -o): another family
    ("The architect, Giulio Cuoma, drew the plans.", "Cuoma"),
    # a real surname in use, one vowel from another
    ("The analyst, Maria Whalen, spoke first.", "Whalen"),
    # Chinese given names stay Chinese
    ("The engineer Zhang Xiaoming led the team.", "Xiaoming"),
])
def test_real_names_one_vowel_from_common_ones_are_left_alone(text, word):
    assert word not in names(text)


def test_a_surname_slip_is_called_a_name_not_a_place():
    found = names("The report was signed by Jenny Harpor, the auditor.")
    assert "Harpor" in found and "a common name" in found["Harpor"].message


@pytest.mark.parametrize("text, typo, fix", [
    # a Korean name's hyphenated given name, every syllable too short to be checked as a
    # word, still completes the full name around the slipped family name
    ("The frontrunner, Moonn Jae-in, promised talks with the North.", "Moonn", "Moon"),
    ("Acting leader Hwangg Kyo-ahn called the meeting off.", "Hwangg", "Hwang"),
])
def test_a_slip_beside_a_hyphenated_given_name(text, typo, fix):
    assert_suggests(text, typo, fix)


@pytest.mark.parametrize("text, word", [
    # the family name spelt right, or another person's name beside the same given name
    ("The frontrunner, Moon Jae-in, promised talks with the North.", "Moon"),
    ("The novelist Mun Jae-in signed copies in Busan.", "Mun"),
])
def test_names_beside_a_hyphenated_given_name_are_left_alone(text, word):
    assert word not in names(text)


@pytest.mark.parametrize("text, typo, fix", [
    # a common word one letter from a word of a country's name, the rest of the name beside it
    ("The case went to United Stated District Judge Jane Roe on Monday.", "Stated", "States"),
])
def test_a_common_word_slipped_into_a_countrys_name(text, typo, fix):
    assert_suggests(text, typo, fix)


@pytest.mark.parametrize("text, word", [
    ("A New Zealander won the race.", "Zealander"),
    ("Saudi Arabian officials met on Monday.", "Arabian"),
    ("South Korean and North Korean envoys met.", "Korean"),
])
def test_a_countrys_people_and_adjectives_are_left_alone(text, word):
    assert word not in names(text)
