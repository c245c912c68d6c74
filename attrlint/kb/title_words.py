"""The words and gaps that a titled mention is read from.

The word classes decide what may stand beside a title and a name ("former", "acting",
a qualifier that makes the title someone else's); the patterns are the gaps allowed
between the words of one phrase. Kept apart from ``mentions.py``, which reads the
phrases, so that the vocabulary can be read and extended in one place.
"""
from __future__ import annotations

import re

FORMER = {"former": "former", "ex": "former", "erstwhile": "former", "then": "then", "late": "then",
          "outgoing": "then", "ousted": "then", "impeached": "then", "deposed": "then", "toppled": "then",
          "disgraced": "then", "exiled": "then", "jailed": "then", "assassinated": "then", "slain": "then",
          "sitting": "current", "incumbent": "current", "current": "current", "incoming": "incoming"}
#: words before a title that make it refer to someone other than the name that follows
#: ("the third US president Merkel has met"), or to a role rather than a person
COUNTING = {"a", "an", "every", "another", "each", "which", "what", "first", "second", "third", "fourth",
            "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "next", "last", "previous", "no", "any",
            "two", "three", "four", "five", "several", "many", "some"}
#: titles that are titles only as written ("PM Keir Starmer", not "3 pm")
CASE_SENSITIVE_TITLES = {"pm": "PM"}
#: titles written as abbreviations with a full stop ("Sen. JD Vance")
ABBREVIATED = {"sen", "gov", "rep", "pres", "gen", "amb", "sec", "secy", "lt", "col"}
ACTING = {"acting", "interim", "caretaker", "transitional"}
#: lower-case words that change what the title means: skip the mention
#: ("Alternate Prime Minister Yair Lapid": Israel's alternate premiership is a post of its own)
QUALIFIERS = {"shadow", "opposition", "party", "deputy", "vice", "alternate", "alternative", "junior", "assistant",
              "under", "principal", "permanent", "senior", "second", "provincial", "regional", "state", "union",
              "associate", "honorary", "emeritus", "future", "would", "be", "potential", "possible", "presumptive", "prospective",
              "designate", "nominee", "nominated", "candidate", "aspiring", "wannabe", "self", "proclaimed",
              "fake", "so", "called", "de", "facto", "first", "co", "lady", "gentleman", "ceremonial", "titular",
              "keynote", "guest", "featured", "main", "lead", "fellow", "student", "youth", "club", "company",
              "university", "school", "college", "board", "association", "committee", "council", "chamber"}
#: party affiliations that may open a sentence before a state office ("Republican
#: congressman Steve King said"), unlike a body's name ("Fidesz president Viktor Orbán")
AFFILIATIONS = {"republican", "democratic", "democrat", "conservative", "labour", "labor", "liberal", "socialist",
                "tory", "independent", "green", "gop"}
#: words before a title that make it a role being filled, not the person's title
#: ("Trump's pick for defense secretary, Pete Hegseth", "As secretary of state, Clinton ...")
ROLE_WORDS = {"for", "as", "become", "becomes", "became", "becoming", "be", "named", "nominate", "nominated",
              "nominates", "appoint", "appointed", "appoints", "designated", "candidate", "choice", "pick"}
#: a staff post whose holder a translated sentence names after the title it serves ("the
#: spokeswoman of the Foreign Minister Maria Zakharova": the name is the spokeswoman's)
STAFF_POSTS = {"secretary", "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor",
               "assistant", "envoy", "representative", "counsellor", "counselor", "interpreter", "staff"}
#: "X, the country's president,": a title of the person's own country
OWN_COUNTRY = {"country", "nation", "kingdom", "republic", "state", "island", "islands", "government"}
#: courtesy titles between a title and a name ("Prime Minister Sir Keir Starmer")
HONORIFICS = {"sir", "dame", "dr", "lord", "lady", "mr", "mrs", "ms", "madam", "prof", "professor"}
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "your", "my", "whose", "this", "that"}
#: capitalised words that start sentences rather than qualify titles
STARTERS = {"the", "but", "and", "or", "so", "yet", "meanwhile", "when", "after", "before", "in", "on", "at",
            "as", "if", "since", "though", "although", "however", "now", "still", "today", "yesterday", "earlier",
            "later", "while", "also", "then", "both", "even", "only", "with", "by", "for", "from", "to", "last",
            "this", "that", "there", "here", "why", "how", "what", "where", "once", "under", "during", "until",
            "despite", "because", "like", "unlike", "asked", "said", "says", "a", "an", "of", "mr", "mrs", "ms",
            "dr", "including", "among", "between", "against", "without", "within", "about", "over", "amid", "via"}
#: words that may follow a title in an appositive ("X, the foreign minister, said")
#: lower-case words that may follow a title in an appositive without a closing comma;
#: "After talks with Kishida, the US Secretary of State met ..." is a new clause
AFTER_APPOSITIVE = {"who", "whose"}
SENTENCE_GAP = re.compile(r"[.!?:;\n\"“”‘'(\[—–]")
SPACE_OR_HYPHEN = re.compile(r"[ \t\u00a0]*[-‐‑]?[ \t\u00a0]*")
INITIAL_GAP = re.compile(r"\.?[ \t\u00a0]*[-‐‑]?[ \t\u00a0]*")
TITLE_TO_NAME = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*")
APPOSITIVE_COMMA = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*")
#: the comma that closes an apposition after the name ("the UN chief, António Guterres, said")
CLOSING_COMMA = re.compile(r"[ \t\u00a0]*,")
TITLE_END = re.compile(r"[ \t\u00a0]*(?:[,.;:)!?]|—|–|-\s|$)")
