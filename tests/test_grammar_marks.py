"""Keyboard slips between words (grammar_marks), and the article and agreement rules'
newer cases. Invented sentences only."""
from __future__ import annotations

import pytest

from attrlint.checks import grammar
from attrlint.config import Config
from attrlint.linter import lint_text

RULES = {r.id: r for r in grammar.rules()}


def found(text: str, rule: str) -> list[tuple[str, list[str]]]:
    out = lint_text(text, path="story.txt", config=Config(select=[rule]), rules={rule: RULES[rule]})
    return [(text[f.start:f.end], f.suggestions) for f in out]


# --- a word glued to a figure or to a quotation -------------------------------------------
@pytest.mark.parametrize("text,span,fix", [
    ("Farmers lost4.5 million tonnes of grain to the drought.", "lost4.5", "lost 4.5"),
    ("The fund paid out1,250 grants last year.", "out1,250", "out 1,250"),
    ("The 2018annual report showed a loss.", "2018annual", "2018 annual"),
    ("The crowd cheered the singers“We love you,” one fan shouted.", "singers“", "singers “"),
    ("She said it fed inflation.“What we did was targeted,” she said.", "inflation.“", "inflation. “"),
    ("The minister replied,“We will not resign,” and left.", "replied,“", "replied, “"),
])
def test_words_glued_to_figures_or_quotations_are_flagged(text, span, fix):
    assert found(text, "grammar.missing-space") == [(span, [fix])]


@pytest.mark.parametrize("text", [
    "Turn to page25 for the results, or see indyref2 and the covid19 tables.",  # codes, not slips
    "The 2000th visitor arrived in the 1990s. Tag #vote2024turnout trended.",
    "Download it at www.example.com/report4.5.pdf today.",
    "She said: “We will win.” Then she left.",
])
def test_figures_and_quotations_with_their_spaces_are_left_alone(text):
    assert found(text, "grammar.missing-space") == []


# --- missing space after a full stop ------------------------------------------------------
def test_sentences_run_together_are_flagged():
    text = "The court adjourned.The judge left the building at noon."
    assert found(text, "grammar.missing-space") == [("adjourned.The", ["adjourned. The"])]


@pytest.mark.parametrize("text", [
    "Read more at www.example.Com or https://news.example/story.Html today.",
    "The file report.Pdf was leaked, and the U.S.Army said nothing.",
    "The court adjourned. The judge left the building at noon.",
    "Call config.Load() to read the settings.",
])
def test_addresses_files_and_abbreviations_are_left_alone(text):
    assert found(text, "grammar.missing-space") == []


def test_words_joined_at_a_comma_are_flagged():
    text = "The mayor said he would rely on it,might change his mind later."
    assert found(text, "grammar.missing-space") == [("it,might", ["it, might"])]


@pytest.mark.parametrize("text", [
    "Reporting by the desk, aw,ls,jbh,dm (agencies).",  # a run of initials
    "See https://example.org/a,b,c for the list.",
    "The mayor said he would rely on it, and then left.",
])
def test_comma_lists_addresses_and_spaced_commas_are_left_alone(text):
    assert found(text, "grammar.missing-space") == []


# --- ages --------------------------------------------------------------------------------
@pytest.mark.parametrize("text,span,fix", [
    ("A 47 year old man was arrested on Friday.", "47 year old", "47-year-old"),
    ("Police said the 9-year old girl was unhurt.", "9-year old", "9-year-old"),
    ("The 60 year-old driver was taken to hospital.", "60 year-old", "60-year-old"),
    ("The club signed two 17 year olds this week.", "17 year olds", "17-year-olds"),
])
def test_age_without_both_hyphens_is_flagged(text, span, fix):
    assert found(text, "grammar.age-hyphen") == [(span, [fix])]


@pytest.mark.parametrize("text", [
    "A 47-year-old man was arrested on Friday.",
    "The man, who is 47 years old, was arrested on Friday.",
    "The baby is 1 year old, her mother said.",
    "The 2,000-year-old temple reopened on Monday.",
])
def test_correct_ages_are_left_alone(text):
    assert found(text, "grammar.age-hyphen") == []


def test_age_hyphen_is_opt_in():
    """A hyphen style point the labellers of real sets never mark: it runs only when selected."""
    text = "A 47 year old man was arrested on Friday."
    rule = RULES["grammar.age-hyphen"]
    assert lint_text(text, path="story.txt", config=Config(), rules={rule.id: rule}) == []
    assert lint_text(text, path="story.txt", config=Config(select=["typo"]), rules={rule.id: rule}) == []


# --- two determiners ---------------------------------------------------------------------
@pytest.mark.parametrize("text,span", [
    ("She carried the her bag into the room, police said.", "the her"),
    ("A source said the there was no deal on the table.", "the there"),
    ("“I was on my the way home,” she said.", "my the"),
])
def test_two_determiners_in_a_row_are_flagged(text, span):
    assert [s for s, _ in found(text, "grammar.stray-determiner")] == [span]


@pytest.mark.parametrize("text", [
    "She carried her bag into the room, police said.",
    "He gave her the keys and told them the plan.",
    "The Her Majesty's Theatre production and The Them Crooked Vultures tour sold out.",
    "It was the he-said-she-said kind of case, the judge said.",
])
def test_single_determiners_are_left_alone(text):
    assert found(text, "grammar.stray-determiner") == []


# --- mass nouns --------------------------------------------------------------------------
@pytest.mark.parametrize("text,span", [
    ("A news has gone viral on social media.", "A news"),
    ("He sought an advice on the tax rules.", "an advice"),
])
def test_article_before_a_mass_noun_is_flagged(text, span):
    assert [s for s, _ in found(text, "grammar.mass-noun-article")] == [span]


@pytest.mark.parametrize("text", [
    "A news conference was held on Monday.",
    "The news has gone viral on social media.",
    "He sought a piece of advice on the tax rules.",
    "An information campaign began on Friday.",
])
def test_mass_nouns_used_right_are_left_alone(text):
    assert found(text, "grammar.mass-noun-article") == []


# --- articles before capitals and figures ---------------------------------------------------
@pytest.mark.parametrize("text,span,fix", [
    ("The city is a Asian financial hub, officials said.", "a Asian", "an Asian"),
    ("Police said a 8-year-old boy was hurt.", "a 8", "an 8"),
    ("The show averaged an 2.5 million viewers.", "an 2.5", "a 2.5"),
    ("It met an Briton and a 11-member panel.", "an Briton", "a Briton"),
    ("The board approved a $85 million stadium loan.", "a $85", "an $85"),
    ("Ministers unveiled a £8bn rail fund on Tuesday.", "a £8bn", "an £8bn"),
    ("The club signed an €25m striker from Porto.", "an €25m", "a €25m"),
    ("It is a ₹11 crore scheme, the state said.", "a ₹11", "an ₹11"),
    ("An Bakery opened on the quay on Friday.", "An Bakery", "A Bakery"),  # a word: still an article
])
def test_article_before_capital_or_figure_is_flagged(text, span, fix):
    assert found(text, "grammar.article")[:1] == [(span, [fix])]


@pytest.mark.parametrize("text", [
    "An 11-year-old, an 18,000-seat arena and a 1,100-page report.",
    "An Uber driver met a Ugandan official and an MP backed a NATO plan.",
    "It was a European deal, a One Direction song and an Italian dish.",
    "An 80% rise in an 1800s house, a 1980s song and a 100-day plan.",
    "An $85 million loan, a $1.1bn deal, a £90m fund and an €18,000 fine.",
    "A US$8 billion bond and a $ sign were both on the slide.",
    "It was an onerous task, a one-off and a 110bn euro bailout.",
    "An Haoming, spokesman for the provincial office, said the talks would go on.",  # the surname An
])
def test_articles_before_capitals_and_figures_that_fit_are_left_alone(text):
    assert found(text, "grammar.article") == []


# --- agreement across "of" -----------------------------------------------------------------
@pytest.mark.parametrize("text,span,fix", [
    ("The details of the council's budget meeting was shared on Monday.", "was", "were"),
    ("The results of the survey was published by the ministry last week.", "was", "were"),
])
def test_plural_head_before_of_with_singular_verb_is_flagged(text, span, fix):
    assert found(text, "grammar.agreement") == [(span, [fix])]


@pytest.mark.parametrize("text", [
    "The details of the plan were shared on Monday.",
    "Two thirds of the budget was spent on roads, officials said.",
    "The economics of the deal is simple, analysts said.",
    "Lots of money was spent on the campaign, officials said.",
    "He said the cost of the repairs was high.",
    "The Lord of the Rings is showing at the cinema this week.",
])
def test_agreement_with_of_phrases_that_fit_is_left_alone(text):
    assert found(text, "grammar.agreement") == []


# --- a year straight after a noun phrase ------------------------------------------------------
def test_year_with_its_preposition_dropped_is_flagged():
    text = "Foreign troops entered the province 2003, and stayed for a decade."
    assert found(text, "grammar.dropped-word") == [("province 2003", ["province in 2003"])]


@pytest.mark.parametrize("text", [
    "Foreign troops entered the province in 2003, and stayed for a decade.",
    "He was born in the year 2001, his mother said.",
    "The team won the championship 2019, fans said.",
    "Sales rose in the quarter to March 2020, the firm said.",
])
def test_years_that_follow_their_preposition_or_a_name_are_left_alone(text):
    assert found(text, "grammar.dropped-word") == []


def test_paragraph_that_lost_its_first_letters_is_flagged():
    text = "The talks resumed.\nn the spring the two sides met again in a border town.\n"
    assert found(text, "grammar.lost-letters") == [("n the", ["In"])]
    text = "Officials spoke.\ns have begun on a new trade deal between the two states.\n"
    assert found(text, "grammar.lost-letters") == [("s have", [])]


@pytest.mark.parametrize("text", [
    "a man was seen near the station on Monday night.",  # "a" is a word
    "o Read the report before the meeting starts today.",  # a bullet
    "n the end\n",  # too short to be a paragraph of prose
    "The plan, as set out in section b of the report, was approved.",
])
def test_words_bullets_and_labels_are_not_lost_letters(text):
    assert found(text, "grammar.lost-letters") == []


# --- a sentence that starts in lower case after a full stop --------------------------------
@pytest.mark.parametrize("text,span", [
    ("The mayor opened the new depot. a crowd of drivers cheered as she cut the ribbon.", ". a"),
    ("Rain flooded the lower town overnight. however the bridge stayed open to traffic.", ". however"),
])
def test_lower_case_sentence_start_is_flagged(text, span):
    hits = found(text, "grammar.lower-case-start")
    assert [h[0] for h in hits] == [span]
    assert hits[0][1][0] == ". " + span[2].upper() + span[3:]


@pytest.mark.parametrize("text", [
    "The mayor opened the new depot. A crowd of drivers cheered.",
    "Bring tents, stoves, maps etc. and the guide will bring the rest.",
    "The talks ended at 4 p.m. the next day, after a long night.",
    "The depot cost approx. a third of the first estimate.",
    "Tickets sold out in a day.\nthe band said they would add a date.",  # a line break
    "Read the rest on the site. pic.example.com/abc and more to come.",  # furniture, not a sentence
    "Aid reached the town by noon. cw/jm (wires) in the end",  # desk initials
])
def test_capitals_abbreviations_and_furniture_are_left_alone(text):
    assert found(text, "grammar.lower-case-start") == []


# --- a currency sign after its figure ------------------------------------------------------
@pytest.mark.parametrize("text,span,fix", [
    ("The firm lost 24$ a share in one day of trading.", "24$", "$24"),
    ("Tickets cost 1,500 € at the door.", "1,500 €", "€1,500"),
])
def test_currency_sign_after_its_figure_is_flagged(text, span, fix):
    assert found(text, "grammar.sign-after-number") == [(span, [fix])]


@pytest.mark.parametrize("text", [
    "The firm lost $24 a share, and tickets cost €1,500 or £20.",
    "The fund raised US$5m and R$3m in the same week.",
    "Press Shift+4$ to type the sign; the variable is x1$y.",
])
def test_signs_before_their_figures_are_left_alone(text):
    assert found(text, "grammar.sign-after-number") == []


@pytest.mark.parametrize("text,span", [
    ("Most of the homes have the been rebuilt since the flood.", "the been"),
])
def test_article_before_been_is_flagged(text, span):
    assert found(text, "grammar.stray-determiner") == [(span, ["been"])]


def test_been_and_a_being_are_left_alone():
    assert found(text="The homes have been rebuilt, and the being in the tale is a ghost.",
                 rule="grammar.stray-determiner") == []


@pytest.mark.parametrize("text, span, fix", [
    ("The crash drew all he attention of the press.", "he attention", "the attention"),
    ("Officials will have the explain the delay to the council.", "the explain", "to explain"),
    ("Places for they older pupils of the valley were scarce.", "they older pupils", "the older pupils"),
    ("They elderly residents were moved first.", "They elderly residents", "The elderly residents"),
])
def test_he_for_the_and_the_for_to(text, span, fix):
    assert found(text, "grammar.stray-determiner") == [(span, [fix])]


@pytest.mark.parametrize("text", [
    "All he wanted was time.",  # a verb after "he"
    "They have the answer and the support of the board.",  # a noun as well as a verb
    "The crash drew all the attention of the press.",
    "They last met in May, and they only left when they grew tired.",  # adverbs and verbs
    "They were young people then, and they grew old farmers.",  # a verb after "they"
])
def test_he_and_the_before_words_that_fit_them_are_left_alone(text):
    assert found(text, "grammar.stray-determiner") == []


@pytest.mark.parametrize("text, span", [
    ("The firm settled the bill.I think it was late, the owner said.", "bill.I"),
    ("The vote was close.He said no to the plan.", "close.He"),
    ("The vote ended.A new one was set for May.", "ended.A"),
])
def test_a_short_word_after_a_full_stop_with_no_space(text, span):
    assert [h[0] for h in found(text, "grammar.missing-space")] == [span]


def test_a_capital_letter_after_a_full_stop_in_a_name_or_file_is_left_alone():
    assert found("See report.A1 and the U.S.A. team, in file.I2 of the set.", "grammar.missing-space") == []


@pytest.mark.parametrize("text, span", [
    ("The new rUle takes effect in May.", "rUle"),
    ("Follow the council on oTwitter for updates.", "oTwitter"),
])
def test_a_capital_inside_a_word(text, span):
    assert [h[0] for h in found(text, "grammar.inner-capital")] == [span]


def test_brands_and_units_are_left_alone():
    text = "She bought an iPhone on eBay; the plant makes 40 kWh at 1013 hPa, and @jSmith posted."
    assert found(text, "grammar.inner-capital") == []


@pytest.mark.parametrize("text", [
    "Members of the uThando weNkosi movement met in Durban.",   # a class prefix, then a prefixed word
    "The uMlalazi Municipality said the road would reopen.",  # a class prefix, then a capitalised word
    "Leaders of uThando (UT) met on Friday.",                  # the name's acronym follows
    "The xPort tool and the qBit tool: qBit is faster.",      # written the same way twice
])
def test_names_with_a_class_prefix_or_a_repeated_spelling_are_left_alone(text):
    assert found(text, "grammar.inner-capital") == []


def test_a_u_or_o_slip_before_a_lower_case_word_is_still_flagged():
    assert [h[0] for h in found("The uNion voted against the plan.", "grammar.inner-capital")] == ["uNion"]


# --- a comma for the full stop of an abbreviated title ---------------------------------------
@pytest.mark.parametrize("text,span", [
    ("The bill went to Gov, Maria Ortiz for her signature.", "Gov,"),
    ("Officers led by Lt, Tomas Brandt searched the woods.", "Lt,"),
    ("A letter from Sen, Harold Pike reached the board on Friday.", "Sen,"),
    ("The award went to Prof, Ines Carvalho of the medical school.", "Prof,"),
])
def test_a_comma_for_the_stop_of_a_title_is_flagged(text, span):
    assert [h[0] for h in found(text, "grammar.title-comma")] == [span]


@pytest.mark.parametrize("text", [
    "The bill went to Gov. Maria Ortiz for her signature.",
    "The parcel went to 12 Oak Dr, Dover Road, on Monday.",
    "Voters in Gen Z, Millennials and others were polled.",
    "The senator, Harold Pike, said the vote would pass.",
    "Lt Col Tomas Brandt led the search.",
])
def test_titles_with_a_stop_or_no_title_are_left_alone(text):
    assert found(text, "grammar.title-comma") == []


_START_TEXTS = [
    "The talks ended. the minister left. A man said so. etc. the rest, i.e. the end.",
    "He spoke. he left.But then. however the vote. x. a b. Ab. as the day. ends. for it",
    "Prices rose 3%. the index fell. ÉtéX. the world. The rUle on oTwitter and iPhone.",
    "the ÉCole, aÉcole, bΔelta and zZed; qRs-tUv @aBc #dEf /gHi x.jKl café. the end",
    "",
    ". the start",
]


@pytest.mark.parametrize("text", _START_TEXTS)
def test_lower_case_start_tried_at_its_starts_finds_what_a_search_finds(text):
    from attrlint.checks.grammar_case import LowerCaseStart
    from attrlint.grammar.literals import matches_from

    rule = LowerCaseStart()
    plain = [m.span() for m in rule.PATTERN.finditer(text)]
    assert [m.span() for m in matches_from(rule.PATTERN, text, rule._starts(text))] == plain


@pytest.mark.parametrize("text", _START_TEXTS)
def test_inner_capital_tried_at_its_starts_finds_what_a_search_finds(text):
    from attrlint.checks.grammar_case import InnerCapital
    from attrlint.grammar.literals import matches_from

    rule = InnerCapital()
    plain = [m.span() for m in rule.PATTERN.finditer(text)]
    starts = [s.start() for s in rule.STARTS.finditer(text)]
    assert [m.span() for m in matches_from(rule.PATTERN, text, starts)] == plain


# --- missing space after a name, a year, a bracket or a per cent sign -----------------------
@pytest.mark.parametrize("text, span, fix", [
    ("The council met on Monday.The vote was close.", "Monday.The", "Monday. The"),
    ("The clinic opened in 2019.Dr Osei runs it with two nurses.", "2019.Dr", "2019. Dr"),
    ("The ruling party (NPP).The opposition walked out.", ").The", "). The"),
    ("Prices rose 4%.Traders blamed fuel costs.", "%.Traders", "%. Traders"),
])
def test_sentences_run_together_after_a_name_year_or_bracket(text, span, fix):
    assert found(text, "grammar.missing-space") == [(span, [fix])]


@pytest.mark.parametrize("text", [
    "The Pop.Up car was shown twice; the Pop.Up team was pleased.",  # a brand with its dot
    "Authors met at the Lit.Cologne festival.",                        # a short name part
    "Write to the press office (Maria.Santos) for details.",           # a handle in brackets
    "Gov.Smith and Jan.The list are abbreviations, as is Sept.The.",   # abbreviations before the dot
    "The firm Kestrel.Nordvik filed its accounts.",                    # the second part is no word
    "Contact us at www.Harbour.Org or @Harbour.Team today.",
])
def test_names_handles_and_abbreviations_with_a_dot_are_left_alone(text):
    assert found(text, "grammar.missing-space") == []
