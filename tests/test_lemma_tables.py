"""lemminflect's tables read word by word answer exactly as lemminflect's own load."""
from __future__ import annotations

import lemminflect
import pytest
from lemminflect import config
from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec

from attrlint import lemma_tables


def test_the_checked_release_is_installed():
    """A new lemminflect must be checked (this file's other tests) before CHECKED_VERSION moves."""
    assert lemminflect.__version__ == lemma_tables.CHECKED_VERSION


@pytest.mark.parametrize("load, lazy, path", [
    (LemmaLUCodec.load, lemma_tables.lemma_table, config.lemma_lu_fn),
    (InflectionLUCodec.load, lemma_tables.inflection_table, config.inflection_lu_fn),
])
@pytest.mark.parametrize("store", ["off", "tmp", "tmp-again"])
def test_every_entry_equals_lemminflects_own(load, lazy, path, store, tmp_path_factory, monkeypatch):
    """With the derived-data store off (read from the file), empty (built and stored) and
    holding the table (read in place, attrlint/sorted_lines.py)."""
    from attrlint import memo

    folder = "off" if store == "off" else str(tmp_path_factory.getbasetemp() / "lemma-store")
    monkeypatch.setenv(memo.ENV, folder)
    monkeypatch.setattr(memo, "code_fingerprint", lambda: "fixed")  # others may be editing the code now
    full, table = load(path), lazy(path)
    if store == "tmp-again":
        assert not isinstance(table._lines, list)  # read in place from the store
    mismatched = [w for w, v in full.items() if table.get(w) != v]
    assert not mismatched, mismatched[:10]
    for absent in ("", "qzxv", "o'", "Zzzz", "a,b"):
        if absent not in full:
            assert table.get(absent, "none") == "none" and absent not in table
            with pytest.raises(KeyError):
                table[absent]


def test_installed_tables_give_the_same_answers():
    lemma_tables.install()
    assert lemminflect.getAllLemmas("went", upos="VERB") == {"VERB": ("go",)}
    assert lemminflect.getAllInflections("go", upos="VERB")["VBN"] == ("gone",)
    assert lemminflect.getAllInflections("arrest", upos="VERB")["VBD"] == ("arrested",)
    assert lemminflect.getAllInflections("can", upos="VERB") == {"VB": ("can",), "VBD": ("could",)}
    assert lemminflect.getAllLemmas("qzxv", upos="VERB") == {}
