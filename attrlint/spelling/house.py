"""House vocabulary: the words a newsroom accepts or rejects, whatever the dictionary says.

Layers, weakest first; a later layer overrides an earlier one, and within one layer
``reject`` beats ``accept``:

1. the lexicon and the recorded misspellings (built-in data);
2. ``rules/spelling/house.toml`` (shipped with attrlint), and every spelling listed in a
   name-variant family of ``rules/names.toml``: "Zelenskiy" beside "Zelensky" is a
   choice between accepted spellings, which the ``names.*`` rules report, not a typo;
3. the files named in ``[tool.attrlint.rule-options.spelling] vocabulary = [...]``
   (paths relative to the configuration file), in the order given;
4. ``accept`` and ``reject`` in ``[tool.attrlint]`` itself.

An entry written in lower case matches any capitalisation; one with a capital matches
only that spelling. A reject entry may name the replacement: ``"Kiev -> Kyiv"``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from ..data import DataError, load_data, load_toml_file, rules_dir

if TYPE_CHECKING:  # pragma: no cover
    from ..config import Config


@dataclass
class Vocabulary:
    accepted: set[str] = field(default_factory=set)
    rejected: dict[str, str | None] = field(default_factory=dict)  # word -> replacement

    def add_layer(self, accept: Iterable[str], reject: Iterable[str] | dict[str, str]) -> None:
        for word in accept:
            word = word.strip()
            self.accepted.add(word)
            self.rejected.pop(word, None)
        items = reject.items() if isinstance(reject, dict) else (_split_reject(r) for r in reject)
        for word, replacement in items:
            self.rejected[word] = replacement or None
            self.accepted.discard(word)

    def _lookup(self, word: str, table) -> str | None:
        for key in (word, word.lower()):
            if key in table and (key == word or key.islower()):
                return key
        return None

    def accepts(self, word: str) -> bool:
        return self._lookup(word, self.accepted) is not None

    def rejection(self, word: str) -> tuple[bool, str | None]:
        """(is the word rejected, its house replacement if any)."""
        key = self._lookup(word, self.rejected)
        if key is None:
            return False, None
        return True, self.rejected[key]


def _split_reject(entry: str) -> tuple[str, str | None]:
    word, _, replacement = entry.partition("->")
    return word.strip(), replacement.strip() or None


def _read_toml(path: Path) -> tuple[list[str], dict[str, str] | list[str]]:
    data = load_toml_file(path)
    unknown = set(data) - {"accept", "reject"}
    if unknown:
        raise DataError(f"{path}: unknown key(s) {', '.join(sorted(unknown))} (expected accept, reject)")
    accept = data.get("accept", [])
    reject = data.get("reject", {})
    if not isinstance(accept, list) or not all(isinstance(w, str) for w in accept):
        raise DataError(f"{path}: 'accept' must be a list of words")
    if not isinstance(reject, (dict, list)):
        raise DataError(f"{path}: 'reject' must be a table of word = replacement, or a list")
    return accept, reject


@lru_cache(maxsize=1)
def _name_variant_words() -> frozenset[str]:
    """Every word of every listed variant of a name ("Zelenskiy", "Jong-un", "Qaddafi")."""
    words = set()
    for family in load_data("names.toml").get("family", []):
        for variant in family.get("variants", []):
            words.update(w for w in variant.replace("’", "'").split() if w[:1].isupper())
    return frozenset(words)


@lru_cache(maxsize=32)
def _file_layer(path: Path) -> tuple[list[str], Any]:
    return _read_toml(path)


def vocabulary(config: "Config | None") -> Vocabulary:
    """The vocabulary in force for a document with this configuration."""
    vocab = Vocabulary()
    vocab.add_layer(*_file_layer(rules_dir() / "spelling" / "house.toml"))
    vocab.add_layer(_name_variant_words(), [])
    if config is None:
        return vocab
    files = config.rule_options("spelling").get("vocabulary", [])
    if isinstance(files, str):
        files = [files]
    for name in files:
        path = Path(name)
        if not path.is_absolute():
            path = config.root / path
        vocab.add_layer(*_file_layer(path))
    vocab.add_layer(config.accept, config.reject)
    return vocab
