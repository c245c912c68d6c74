"""Stop 32: the same two names joined by different particles of one family ("Ana da Lima"
beside "Ana de Lima") are one name spelt two ways, and the rarer form a typo. The
sentences and names are invented."""
from __future__ import annotations

from attrlint.checks import consistency, spelling
from attrlint.checks.name_variants import particles
from attrlint.config import Config
from attrlint.linter import lint_text


def _lint(text: str, rule_id: str):
    rules = {r.id: r for r in consistency.rules() + spelling.rules() if r.id == rule_id}
    return list(lint_text(text, path="story.txt", config=Config(), rules=rules))


STORY = ("Senator Rosa da Fonte said on Monday that the port deal would be signed in March.\n\n"
         "Aides to Rosa de Fonte said the signing could slip. Rosa da Fonte did not comment.")


def test_another_particle_between_the_same_names_is_inconsistent():
    found = _lint(STORY, "names.inconsistent")
    assert [f.location.text for f in found] == ["Rosa de Fonte"]
    assert found[0].suggestions == ["Rosa da Fonte"]


def test_the_stray_particle_is_also_a_typo():
    found = [f for f in _lint(STORY, "spelling.proper-noun") if "particle" in f.message]
    assert [f.location.text for f in found] == ["Rosa de Fonte"]


def test_particles_of_other_families_or_other_names_are_left_alone():
    # "van" and "de" are no slips of each other; other given names are other people
    assert not particles("Piet van Berg spoke. Piet de Berg listened.")
    assert not particles("Rosa da Fonte spoke. Lia de Fonte listened.")
    # one form only, however often
    assert not particles("Rosa da Fonte spoke. Rosa da Fonte listened.")


def test_hyphenated_articles_are_a_family():
    pairs = particles("Omar al-Tarif spoke on Monday. Later Omar el-Tarif and Omar al-Tarif left.")
    assert [(a, b) for a, _, b, _, _ in pairs] == [("Omar al-Tarif", "Omar el-Tarif")]


def test_a_quoted_form_is_verbatim():
    text = ("Rosa da Fonte said on Monday that the deal was close.\n\n"
            "Protesters chanted “Rosa de Fonte out” outside. Rosa da Fonte did not comment.")
    assert not _lint(text, "names.inconsistent")


def test_one_particle_spaced_and_hyphenated_is_not_another_particle():
    assert not particles("Omar al Tarif spoke on Monday. Later Omar al-Tarif left.")
