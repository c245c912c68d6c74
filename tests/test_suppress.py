from attrlint.config import Config
from attrlint.formats import read_document
from attrlint.linter import lint_documents


def lint(text, path, rules):
    doc = read_document(text, path, config=Config())
    return lint_documents([doc], rules)[0]


def test_next_line_region_and_file_in_markdown(pack_rules):
    text = (
        "<!-- attrlint-disable-next-line house.bookism -->\n"
        "The minister conceded.\n\n"
        "He gloated.\n\n"
        "<!-- attrlint-disable loaded_language -->\n"
        "She slammed it.\n\n"
        "<!-- attrlint-enable -->\n"
        "They conceded.\n"
    )
    res = lint(text, "a.md", pack_rules)
    assert [f.location.text for f in res.findings] == ["gloated", "conceded"]
    assert res.unused_suppressions == []


def test_plain_text_form_and_unused_directive(pack_rules):
    text = "# attrlint-disable-next-line house.banned\nThe minister conceded.\n"
    res = lint(text, "a.txt", pack_rules)
    assert [f.location.text for f in res.findings] == ["conceded"]
    assert [d.selectors for d in res.unused_suppressions] == [["house.banned"]]


def test_disable_file_covers_everything(pack_rules):
    text = "<!-- attrlint-disable-file -->\n\nHe conceded. Source link\n"
    res = lint(text, "a.md", pack_rules)
    assert res.findings == []
