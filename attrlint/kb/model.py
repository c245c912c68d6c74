"""The knowledge base of public figures: jurisdictions, offices, people and their terms.

Everything a title check needs is indexed here once (title phrase -> offices, names ->
people), so that checking a document never scans the whole knowledge base.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field

#: titles too vague to check unless a country or organisation is named next to them
#: ("Russian leader", "NATO chief"); "Labour leader" or "the agency's chief" are left alone.
WEAK_TITLES = frozenset({
    "leader", "chief", "head", "boss", "top diplomat", "head of government", "foreign chief",
    "defence chief", "defense chief", "finance chief", "head of state", "aid chief", "humanitarian chief",
})

#: titles that do not name one public office: a person's own record cannot rule them out
#: ("spokesman" of a party, "Chairman" of a company, a courtesy "Ambassador", a prince).
#: Only the offices of the person's own country are judged for these.
GENERIC_TITLES = WEAK_TITLES | frozenset({
    "spokesman", "spokeswoman", "spokesperson", "chairman", "chairperson", "chair", "ambassador",
    "commissioner", "managing director", "director general", "director", "ceo", "chief executive",
    "general secretary", "secretary general", "party chief", "party leader", "king", "queen", "prince",
    "crown prince", "prince of wales", "heir to the throne", "his majesty", "her majesty", "monarch",
    "marshal", "ayatollah", "grand ayatollah", "dictator", "strongman", "tyrant", "despot", "autocrat",
    "ruler", "de facto leader", "de facto ruler", "paramount leader", "interim leader",
    "army chief", "military chief", "top general", "top commander", "spy chief", "intelligence chief",
    "chief of staff", "speaker", "mayor", "governor", "gov", "senator", "sen", "rep", "representative", "us rep", "us representative",
    "congressman", "congresswoman", "minister", "secretary",
    "adviser", "advisor", "chief diplomat", "refugee chief", "presidential chief of staff",
    "senior adviser", "senior advisor", "top economic adviser", "chief economic adviser", "communications director",
    "chief negotiator", "general manager", "executive director", "emir", "amir", "sultan", "treasurer",
    "opposition leader", "leader of the opposition",
})


#: letters that Unicode does not decompose into a base letter and a mark, written in
#: English copy as the plain letter: "Szydło" / "Szydlo", "Støre" / "Store", "Đukanović" /
#: "Djukanovic" (read as "Dukanovic"), "Yıldırım" / "Yildirim"
_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
                        "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
                        "ħ": "h", "Ħ": "H"})


def fold(text: str) -> str:
    """Lower case without diacritics, curly apostrophes made straight: the matching key."""
    if text.isascii():  # NFKD, the plain letters, the quotes and the marks change no ASCII text
        return text.lower()
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'").translate(_PLAIN))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def title_key(phrase: str) -> str:
    """A title phrase as a key: folded, hyphens as spaces ("Secretary-General")."""
    return " ".join(fold(phrase).replace("-", " ").replace("‐", " ").split())


@dataclass(frozen=True)
class Jurisdiction:
    code: str  # "ua", "us", "nato", "eu-commission"
    name: str  # "Ukraine"
    names: tuple[str, ...]  # every written form, case as written: "Ukraine", "Ukrainian"
    adjective: str = ""


@dataclass(frozen=True)
class Office:
    id: str  # "ua.president"
    label: str  # "President of Ukraine"
    short: str  # the title before a name: "President"
    jurisdiction: str
    titles: frozenset[str]  # title keys that name this office
    #: every holder since this date is in the knowledge base, so a titled mention of a known
    #: person who is not among them is wrong; None: only the listed terms can be checked
    complete_since: dt.date | None = None
    wikidata: str = ""

    def complete_at(self, when: dt.date | None) -> bool:
        if self.complete_since is None:
            return False
        return when is None or when >= self.complete_since


@dataclass(frozen=True)
class Term:
    office: str
    start: dt.date | None
    end: dt.date | None = None
    #: the election (or designation) that made the holder "-elect" before the start
    elected: dt.date | None = None
    acting: bool = False
    uncertain: bool = False
    note: str = ""
    #: the end of a fixed term still running (a US president's 2029-01-20): until then the
    #: term is taken to continue even past the date the data was last checked
    scheduled_end: dt.date | None = None
    #: the holder died in office: reporting on the death keeps the title for a while
    died: bool = False

    def span_text(self) -> str:
        start = self.start.isoformat() if self.start else "?"
        if self.end is None:
            return f"since {start}"
        return f"{start} to {self.end.isoformat()}"


#: abbreviated or variant titles and the word a record's ``complete_except`` uses for them
TITLE_ABBREVIATIONS = {
    "sen": "senator", "us senator": "senator", "gov": "governor", "rep": "representative",
    "us rep": "representative", "us representative": "representative", "congressman": "representative",
    "congresswoman": "representative",
}


def _leaves_out(word: str, title: str) -> bool:
    """Whether an exception ``word`` covers the padded title key. A bare "minister" leaves
    out portfolios, not the head of government: every country's prime ministers are on
    record, so "Prime Minister Naledi Pandor" (a foreign minister) is still judged; a
    deputy's title stays left out (deputies are not recorded)."""
    if f" {word} " not in title:
        return False
    return not (word == "minister" and " prime minister " in title
                and not any(f" {d} " in title for d in ("deputy", "vice", "acting", "first deputy")))


@dataclass
class Person:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    #: short names that identify the person alone in news copy ("Zelensky", "Putin")
    short: tuple[str, ...] = ()
    #: family name first (Kim Jong Un, Xi Jinping): the surname is the first word
    family_first: bool = False
    terms: list[Term] = field(default_factory=list)
    basis: str = ""
    source: str = ""  # the file this entry came from
    #: every public office the person held since this date is listed: a title naming any
    #: other office, of any country, is wrong on a date after it (None: not claimed)
    complete_since: dt.date | None = None
    #: words or phrases of titles the record does not claim to list in full ("minister":
    #: a prime minister who also held minor ministries not listed)
    complete_except: tuple[str, ...] = ()

    def complete_at(self, when: dt.date | None) -> bool:
        return self.complete_since is not None and when is not None and when >= self.complete_since

    def complete_for(self, title: str) -> bool:
        """Whether the record rules out an office called ``title`` (a title key); an
        abbreviation counts as its full word ("Gov." is left out with "governor")."""
        padded = f" {title} "
        full = f" {TITLE_ABBREVIATIONS.get(title, title)} "
        return not any(_leaves_out(title_key(x), padded) or _leaves_out(title_key(x), full) for x in self.complete_except)

    def surname(self) -> str:
        words = self.name.replace("-", " ").split()
        if not words:
            return ""
        if len(words) >= 3 and words[-2].lower() in ("bin", "ibn", "bint", "ben"):
            return ""  # "Mohammed bin Salman": "Salman" is his father's name, not a surname
        if self.family_first:
            return words[0]
        # "Ursula von der Leyen" -> "von der Leyen" is handled by explicit short names
        return words[-1]


@dataclass
class KnowledgeBase:
    jurisdictions: dict[str, Jurisdiction] = field(default_factory=dict)
    offices: dict[str, Office] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    #: the last date the knowledge base was checked against the record
    verified_through: dt.date | None = None
    sources: list[str] = field(default_factory=list)
    #: title keys of public offices the knowledge base does not model with holders
    #: ("health minister"): only used to call them wrong for people whose record is complete
    other_titles: set[str] = field(default_factory=set)
    #: completeness claims read from [complete_offices], applied once every file is loaded
    pending_complete: dict[str, dt.date | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_title: dict[str, list[Office]] | None = None
        self._jur_names: dict[str, str] | None = None

    # --- indexes -------------------------------------------------------------------
    @property
    def all_titles(self) -> set[str]:
        """Every title key the reader looks for: modelled offices and other offices."""
        return set(self.offices_by_title) | self.other_titles

    def invalidate(self) -> None:
        self._by_title = None
        self._jur_names = None

    @property
    def offices_by_title(self) -> dict[str, list[Office]]:
        if self._by_title is None:
            idx: dict[str, list[Office]] = {}
            for office in self.offices.values():
                for t in office.titles:
                    idx.setdefault(t, []).append(office)
            self._by_title = idx
        return self._by_title

    @property
    def jurisdiction_names(self) -> dict[str, str]:
        """Written form (folded apostrophes, case kept) -> jurisdiction code."""
        if self._jur_names is None:
            idx: dict[str, str] = {}
            for j in self.jurisdictions.values():
                for n in j.names:
                    idx[n.replace("’", "'")] = j.code
            self._jur_names = idx
        return self._jur_names

    def office_of(self, term: Term) -> Office:
        return self.offices[term.office]

    def person_jurisdictions(self, person: Person) -> set[str]:
        return {self.offices[t.office].jurisdiction for t in person.terms if t.office in self.offices}

    def describe(self, person: Person, when: dt.date | None = None) -> list[str]:
        """Human-readable lines: each office with its dates (for lookups and evidence)."""
        lines = []
        for t in sorted(person.terms, key=lambda t: t.start or dt.date.min):
            office = self.offices.get(t.office)
            label = office.label if office else t.office
            extra = []
            if t.acting:
                extra.append("acting")
            if t.uncertain:
                extra.append("end date uncertain")
            if when is not None and holds(t, when):
                extra.append(f"holding on {when.isoformat()}")
            lines.append(f"{label} {t.span_text()}" + (f" ({', '.join(extra)})" if extra else ""))
        return lines


#: a story dated within this many days of a change of office is not faulted either way
GRACE = dt.timedelta(days=2)


def holds(term: Term, when: dt.date, grace: dt.timedelta = GRACE) -> bool:
    """Whether the term covers the date, give or take the grace period."""
    if term.start is not None and when < term.start - grace:
        return False
    if term.end is not None and when > term.end + grace:
        return False
    return True


def jurisdiction_matches(office_jur: str, named: str) -> bool:
    """"EU" covers the EU institutions; "US" does not cover US states (``us-ca``)."""
    if office_jur == named:
        return True
    return named == "eu" and office_jur.startswith("eu-")
