"""The knowledge base: loading, its data, the Wikidata import and the kb commands."""
from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pytest

from attrlint.checks import titles
from attrlint.config import Config
from attrlint.data import load_toml_file
from attrlint.kb import cli as kb_cli
from attrlint.kb.loader import KBError, bundled_files, load_files, load_kb
from attrlint.kb.model import holds
from attrlint.kb.wikidata import ImportError_, read_rows
from attrlint.linter import lint_text

FIXTURES = Path(__file__).parent / "fixtures" / "kb"
RULES = {r.id: r for r in titles.rules()}


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    kb_cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


# --- the bundled data --------------------------------------------------------------------------
def test_bundled_kb_loads_and_is_cached():
    kb = load_kb()
    assert load_kb() is kb
    assert len(kb.people) > 300 and len(kb.offices) > 100


def test_every_person_has_a_basis_and_sane_terms():
    kb = load_kb()
    for p in kb.people.values():
        assert p.basis, p.id
        for t in p.terms:
            assert t.start is not None, (p.id, t.office)
            assert t.end is None or t.end >= t.start, (p.id, t.office)


def test_complete_offices_have_one_holder_at_a_time():
    """Where the data claims to list every holder, terms must not overlap (beyond a
    handover day, an acting holder or a term whose dates are not verified: "uncertain",
    never the basis of a finding); an overlap is a data error."""
    kb = load_kb()
    for office in kb.offices.values():
        if not office.complete_since:
            continue
        terms = sorted(
            ((t, p.id) for p in kb.people.values() for t in p.terms
             if t.office == office.id and not t.acting and not t.uncertain),
            key=lambda x: x[0].start,
        )
        for (a, pa), (b, pb) in zip(terms, terms[1:]):
            if a.end is None:
                pytest.fail(f"{office.id}: {pa} has no end but {pb} follows")
            assert b.start >= a.end - dt.timedelta(days=1), (office.id, pa, pb)


@pytest.mark.parametrize("office, date, holder", [
    ("us.president", dt.date(2025, 1, 21), "donald-trump"),
    ("us.president", dt.date(2024, 6, 1), "joe-biden"),
    ("uk.pm", dt.date(2024, 7, 6), "keir-starmer"),
    ("de.chancellor", dt.date(2025, 5, 7), "friedrich-merz"),
    ("ca.pm", dt.date(2025, 3, 15), "mark-carney"),
    ("kr.president", dt.date(2025, 6, 5), "lee-jae-myung"),
    ("ua.president", dt.date(2019, 5, 21), "volodymyr-zelensky"),
    ("ua.pm", dt.date(2024, 11, 20), "denys-shmyhal"),
    ("nato.sg", dt.date(2024, 10, 2), "mark-rutte"),
    ("un.sg", dt.date(2016, 6, 1), "ban-ki-moon"),
])
def test_known_holders(office, date, holder):
    kb = load_kb()
    holders = {p.id for p in kb.people.values() for t in p.terms
               if t.office == office and holds(t, date, dt.timedelta(0))}
    assert holders == {holder}


def test_loader_errors_name_the_file():
    with pytest.raises(KBError, match="bad_date.toml.*May 2019"):
        load_files([*bundled_files(), FIXTURES / "bad_date.toml"])
    with pytest.raises(KBError, match="unknown_office.toml.*xx.nowhere"):
        load_files([*bundled_files(), FIXTURES / "unknown_office.toml"])


# --- import from a Wikidata export ------------------------------------------------------------------
@pytest.mark.parametrize("name", ["export.json", "export.csv"])
def test_read_rows_json_and_csv(name):
    rows = read_rows(FIXTURES / name)
    assert [r.name for r in rows] == ["Vitali Klitschko", "Volodymyr Zelensky", "Maren Testvik"]
    assert rows[0].aliases == ["Vitaliy Klychko", "Vitalii Klychko"]
    assert rows[0].start == dt.date(2014, 6, 5) and rows[0].end is None
    assert rows[2].end == dt.date(2023, 10, 16)
    assert rows[0].position == "Q900101"


def test_import_builds_a_kb_file_the_rule_uses(tmp_path, capsys):
    out = tmp_path / "people.toml"
    assert run(["kb", "import", str(FIXTURES / "export.json"), "--output", str(out)]) == 0
    data = load_toml_file(out)
    people = {p["id"]: p for p in data["people"]}
    # Zelensky's presidency is already known: nothing added for him
    assert "volodymyr-zelensky" not in people
    assert people["vitali-klitschko"]["terms"] == [{"office": "wd-kyiv.mayor", "start": dt.date(2014, 6, 5)}]
    assert data["offices"]["no.foreign-minister"]["jurisdiction"] == "no"  # "of Norway" -> a known country
    assert "Wikidata Q900001" in people["vitali-klitschko"]["basis"]

    options = {"title.wrong-office": {"kb": [str(out)]}, "title.missing-former": {"kb": [str(out)]}}
    cfg = Config(date=dt.date(2024, 5, 1), rule_options_table=options)
    text = "Foreign Minister Maren Testvik opened the bridge."
    found = lint_text(text, config=cfg, rules=RULES)
    assert [f.rule for f in found] == ["title.missing-former"]  # she left office in 2023
    cfg.date = dt.date(2022, 5, 1)
    assert lint_text(text, config=cfg, rules=RULES) == []
    # an imported record claims nothing about the years before its first listed term (an
    # earlier term may be missing from the export), so "took it later" is not inferred
    cfg.date = dt.date(2013, 5, 1)
    assert lint_text("Mayor Vitali Klitschko opened the bridge.", config=cfg, rules=RULES) == []


def test_reimport_extends_without_duplicates(tmp_path):
    out = tmp_path / "people.toml"
    assert run(["kb", "import", str(FIXTURES / "export.json"), "-o", str(out)]) == 0
    first = out.read_text(encoding="utf-8")
    assert run(["kb", "import", str(FIXTURES / "export.csv"), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == first


def test_import_of_a_bad_file_exits_2_naming_it(tmp_path, capsys):
    out = tmp_path / "people.toml"
    assert run(["kb", "import", str(FIXTURES / "broken.json"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "broken.json" in err and "person" in err
    assert not out.exists()
    assert run(["kb", "import", str(tmp_path / "missing.csv"), "-o", str(out)]) == 2
    assert "missing.csv" in capsys.readouterr().err


def test_read_rows_rejects_other_json(tmp_path):
    p = tmp_path / "x.json"
    p.write_text('{"something": 1}', encoding="utf-8")
    with pytest.raises(ImportError_, match="x.json"):
        read_rows(p)


# --- lookup --------------------------------------------------------------------------------------------
def test_lookup_by_variant_with_date(capsys):
    assert run(["kb", "lookup", "Sergey Lavrov", "--date", "2024-11-20"]) == 0
    out = capsys.readouterr().out
    assert "Sergei Lavrov" in out and "Russian Foreign Minister since 2004-03-09" in out
    assert "on 2024-11-20: Russian Foreign Minister" in out


def test_lookup_unknown_and_bad_date(capsys):
    assert run(["kb", "lookup", "Jane Doakes"]) == 1
    assert "not in the knowledge base" in capsys.readouterr().out
    assert run(["kb", "lookup", "Joe Biden", "--date", "someday"]) == 2


# --- person-level completeness in the data format -------------------------------------------------
def test_complete_since_and_complete_except_are_read(tmp_path):
    f = tmp_path / "people.toml"
    f.write_text(
        '[offices."us.president"]\nlabel = "P"\nshort = "President"\njurisdiction = "us"\n'
        '[jurisdictions.us]\nname = "United States"\n'
        '[[people]]\nid = "x"\nname = "Ann Example"\nbasis = "invented"\n'
        'complete_since = 2015-01-01\ncomplete_except = ["minister"]\n'
        'terms = [{ office = "us.president", start = 2016-01-01 }]\n', encoding="utf-8")
    kb = load_files([f])
    p = kb.people["x"]
    assert p.complete_since == dt.date(2015, 1, 1)
    assert p.complete_at(dt.date(2016, 5, 1)) and not p.complete_at(dt.date(2014, 5, 1)) and not p.complete_at(None)
    assert not p.complete_for("health minister") and p.complete_for("president")


def test_complete_offices_are_claimed_in_any_file_and_applied_after_all_are_read(tmp_path):
    claim = tmp_path / "a_claims.toml"
    claim.write_text('[complete_offices]\n"xx.president" = 2016-03-01\n', encoding="utf-8")
    office = tmp_path / "b_office.toml"
    office.write_text('[jurisdictions.xx]\nname = "Examplia"\n'
                      '[offices."xx.president"]\nlabel = "P"\nshort = "President"\njurisdiction = "xx"\n',
                      encoding="utf-8")
    kb = load_files([claim, office])  # the claim is read before the office is defined
    assert kb.offices["xx.president"].complete_since == dt.date(2016, 3, 1)
    assert kb.offices["xx.president"].complete_at(dt.date(2017, 1, 1))
    assert not kb.offices["xx.president"].complete_at(dt.date(2016, 1, 1))
    with pytest.raises(KBError, match="unknown office 'xx.president'"):
        load_files([claim])


def test_bundled_completeness_claims_name_real_offices():
    kb = load_kb()
    assert kb.offices["gh.president"].complete_at(dt.date(2020, 1, 1))
    assert kb.offices["jo.pm"].complete_at(dt.date(2020, 1, 1))
    assert not kb.offices["lt.pm"].complete_at(dt.date(2025, 1, 1))  # a month-precision handover


def test_other_offices_are_titles_the_reader_knows():
    kb = load_kb()
    assert "health minister" in kb.other_titles and "health minister" in kb.all_titles
    assert "health minister" not in {t for o in kb.offices.values() if o.jurisdiction == "de" for t in o.titles}


def test_every_bundled_person_claims_a_complete_record_since_2015():
    """The claim behind judging any country's office; exceptions are named per person.
    Only people with common names (a namesake may hold another office) make no claim, and
    ``kb audit`` names them."""
    kb = load_kb()
    bare = {p.id for p in kb.people.values() if p.complete_since is None}
    # claims may reach back before 2015 (years_2000_2014.toml moves the leaders' back to 2000)
    assert all(p.complete_since <= dt.date(2015, 1, 1) for p in kb.people.values() if p.id not in bare)
    # holders of 2000-2014 whose every term ended before 2015 need make no claim
    past = {p.id for p in kb.people.values() if p.source.endswith(("years_2000_2014.toml", "years_2000_2014_extra.toml"))
            and all(t.end and t.end < dt.date(2015, 1, 1) for t in p.terms)}
    assert {"john-howard", "paul-martin", "john-snow", "mike-moore-nz", "bill-graham-ca"} <= past
    assert bare - past <= {"karim-khan", "tom-fletcher", "martin-griffiths", "catherine-russell", "stephen-obrien",
                    "amy-pope", "anthony-lake", "mark-lowcock",
                    # UK secretaries of state with common names (uk_cabinet.toml)
                    "greg-clark", "jonathan-reynolds", "steve-reed", "emma-reynolds", "mark-harper",
                    "heidi-alexander", "damian-green", "chloe-smith", "karen-bradley", "jeremy-wright",
                    "simon-clarke", "julian-smith", "ian-murray-uk", "douglas-alexander",
                    "martin-pfister",  # states_gaps.toml
                    "julio-martinez-ar",  # gaps_s26.toml
                    "pat-quinn", "scott-walker", "charlie-baker",  # us_states.toml
                    "stuart-young", "philip-davis-bs",  # states_small.toml
                    # us_congress.toml
                    "chris-collins", "mike-gallagher", "joe-crowley", "don-young", "chris-murphy", "tim-scott",
                    "dan-sullivan", "mike-lee", "ron-johnson", "mark-kelly", "andy-kim",
                    "peter-christian", "evans-paul", "claude-joseph",  # states_pacific.toml
                    "jameel-ahmad-sbp", "hassan-abdalla",  # central_banks_more.toml
                    # years_2018_2025.toml: holders before 2015 only, a common name, and a
                    # holder between the listed ones whose later posts are not all known
                    "luiz-felipe-lampreia", "celso-lafer", "mohammad-mustafa-ps", "jack-chambers"}


def test_kb_audit_lists_uncertain_terms_and_incomplete_records(capsys):
    assert run(["kb", "audit"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("verified through 2025-09-30")
    assert "Salahuddin Rabbani: Afghan Foreign Minister" in out  # an uncertain end
    assert "Benjamin Netanyahu: minister" in out  # ministries not all listed
    bare = out.split("records that claim no completeness: ", 1)[1]
    assert bare.startswith(f"{sum(p.complete_since is None for p in load_kb().people.values())} (")
    assert "Amy Pope" in bare and "John Howard" in bare
    assert "Anthony Lake" in bare and "Tim Scott" in bare
    assert "Karim Khan" in bare and "Greg Clark" in bare


def test_fold_takes_the_ascii_path_with_the_same_key():
    """ASCII text is only lower-cased (a fast path): the same key the full folding gives."""
    import unicodedata

    from attrlint.kb.model import _PLAIN, fold

    def full(text: str) -> str:
        text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'").translate(_PLAIN))
        return "".join(c for c in text if not unicodedata.combining(c)).lower()

    for text in ("Prime Minister Theresa May", "O'Brien-Smith, JR.", "\t\x00~ALL ascii 123", "",
                 "Szydło", "Zelensky’s", "Yıldırım", "ŁÓDŹ"):
        assert fold(text) == full(text)
    assert fold("Szydło") == fold("Szydlo") == "szydlo"


def _extra_kb(tmp_path: Path, office_complete_since: str | None) -> Path:
    """An invented president whose record starts with a second term (2014) and claims
    completeness only from 2015, as many bundled records do."""
    claim = f"complete_since = {office_complete_since}\n" if office_complete_since else ""
    path = tmp_path / f"extra-{office_complete_since or 'open'}.toml"  # the KB is cached by path
    path.write_text(
        '[offices."no.test-president"]\nlabel = "President of the Test Council"\nshort = "President"\n'
        'jurisdiction = "no"\nkind = "president"\n' + claim +
        '[[people]]\nid = "ingrid-valtersen"\nname = "Ingrid Valtersen"\nshort = ["Valtersen"]\n'
        'basis = "invented for a test"\ncomplete_since = 2015-01-01\n'
        'terms = [{ office = "no.test-president", start = 2014-03-11, end = 2018-03-11 }]\n',
        encoding="utf-8",
    )
    return path


def test_took_it_later_needs_a_record_of_the_earlier_years(tmp_path):
    """A leader's earlier, non-consecutive term may be missing from a record that claims
    completeness only from 2015: before that, "took it later" is not inferred."""
    text = "President Ingrid Valtersen toured the flooded valley."
    cfg = Config(date=dt.date(2010, 2, 28),
                 rule_options_table={"title.wrong-office": {"kb": [str(_extra_kb(tmp_path, None))]}})
    assert lint_text(text, config=cfg, rules=RULES) == []
    # once every holder of the office since 2000 is listed, 2010 is covered: she was not president
    cfg = Config(date=dt.date(2010, 2, 28),
                 rule_options_table={"title.wrong-office": {"kb": [str(_extra_kb(tmp_path, "2000-01-01"))]}})
    found = lint_text(text, config=cfg, rules=RULES)
    assert [f.rule for f in found] == ["title.wrong-office"]
    assert "took it later" in found[0].message
