from pathlib import Path

import pytest

from attrlint.config import Config, ConfigError, find_config, load_config_file
from attrlint.finding import Severity


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_nearest_config_wins_walking_up(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.attrlint]\nignore = ["typo"]\n')
    write(tmp_path / "desk" / ".attrlint.toml", 'ignore = ["debris"]\n')
    draft = write(tmp_path / "desk" / "drafts" / "a.md", "x")
    assert find_config(draft).ignore == ["debris"]
    other = write(tmp_path / "b.md", "x")
    assert find_config(other).ignore == ["typo"]


def test_pyproject_without_our_table_is_passed_over(tmp_path):
    write(tmp_path / ".attrlint.toml", 'fail-on = "error"\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    draft = write(tmp_path / "sub" / "a.txt", "x")
    assert find_config(draft).fail_on is Severity.ERROR


def test_unknown_key_names_file_and_key(tmp_path):
    cfg = write(tmp_path / ".attrlint.toml", 'selcet = ["typo"]\n')
    with pytest.raises(ConfigError) as exc:
        load_config_file(cfg)
    assert str(cfg) in str(exc.value) and "selcet" in str(exc.value)


@pytest.mark.parametrize(
    "body, fragment",
    [
        ('fail-on = "loud"', "unknown severity"),
        ('select = "nonsense"', "neither ALL"),
        ('packs = ["missing.toml"]', "does not exist"),
        ('severity = { typo = "huge" }', "severity.typo"),
        ('date = "someday"', "cannot read"),
        ('encoding = "klingon-8"', "unknown encoding"),
        ("[[overrides]]\nignore = [\"typo\"]", "'paths' is required"),
    ],
)
def test_bad_values_are_explained(tmp_path, body, fragment):
    cfg = write(tmp_path / ".attrlint.toml", body + "\n")
    with pytest.raises(ConfigError) as exc:
        load_config_file(cfg)
    assert fragment in str(exc.value)
    assert str(cfg) in str(exc.value)


def test_invalid_toml_is_an_error_naming_the_file(tmp_path):
    cfg = write(tmp_path / "pyproject.toml", "[tool.attrlint\n")
    with pytest.raises(ConfigError) as exc:
        load_config_file(cfg)
    assert "invalid TOML" in str(exc.value) and str(cfg) in str(exc.value)


def test_select_ignore_specificity():
    cfg = Config(select=["ALL"], ignore=["loaded_language"])
    assert not cfg.is_enabled("loaded.bookism", "loaded_language")
    assert cfg.is_enabled("debris.share", "debris")
    # a more specific select beats a broader ignore
    cfg = Config(select=["ALL", "loaded.bookism"], ignore=["loaded_language"])
    assert cfg.is_enabled("loaded.bookism", "loaded_language")
    assert not cfg.is_enabled("loaded.label", "loaded_language")
    cfg = Config(select=["debris"])
    assert not cfg.is_enabled("typo.x", "typo")


def test_severity_overrides_and_per_path_overrides(tmp_path):
    cfg_path = write(
        tmp_path / ".attrlint.toml",
        'severity = { loaded_language = "info", "loaded.bookism" = "error" }\n'
        '[[overrides]]\npaths = ["opinion/*"]\nignore = ["loaded_language"]\n',
    )
    cfg = load_config_file(cfg_path)
    assert cfg.severity_for("loaded.bookism", "loaded_language", Severity.WARNING) is Severity.ERROR
    assert cfg.severity_for("loaded.label", "loaded_language", Severity.WARNING) is Severity.INFO
    assert cfg.is_enabled("loaded.label", "loaded_language", str(tmp_path / "news" / "a.md"))
    assert not cfg.is_enabled("loaded.label", "loaded_language", str(tmp_path / "opinion" / "a.md"))


def test_underscore_and_dash_keys_are_the_same(tmp_path):
    cfg = load_config_file(write(tmp_path / ".attrlint.toml", 'fail_on = "info"\nhouse_style = "ap"\n'))
    assert cfg.fail_on is Severity.INFO and cfg.house_style == "ap"


def test_id_prefix_selectors_with_dot_or_star():
    for sel in ("quotes.", "quotes.*", "quotes"):
        assert Config(select=[sel]).is_enabled("quotes.apostrophe", "typo"), sel
    assert not Config(select=["quotes."]).is_enabled("quotesx.a", "typo")


def test_bad_source_rating_is_a_config_error(tmp_path):
    cfg = write(tmp_path / ".attrlint.toml", '[sources]\n"The Daily Planet" = "trustworthy-ish"\n')
    with pytest.raises(ConfigError) as exc:
        load_config_file(cfg)
    assert "Daily Planet" in str(exc.value) and "rating must be one of" in str(exc.value)
    good = write(tmp_path / "ok" / ".attrlint.toml", '[sources]\n"The Daily Planet" = "unreliable"\n')
    assert load_config_file(good).sources == {"The Daily Planet": "unreliable"}


def test_opt_in_rules_need_their_id_or_prefix():
    assert not Config().is_enabled("x.extra", "debris", opt_in=True)
    assert not Config(select=["debris"]).is_enabled("x.extra", "debris", opt_in=True)
    assert Config(select=["x.extra"]).is_enabled("x.extra", "debris", opt_in=True)
    assert Config(select=["x.*"]).is_enabled("x.extra", "debris", opt_in=True)
