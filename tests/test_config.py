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
        ('select = [""]', "empty entry"),
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


def test_unknown_selectors_are_named_with_a_suggestion():
    from attrlint.config import unknown_selector, unknown_selectors

    ids = ["spelling.misspelling", "spelling.proper-noun", "debris.share-widget"]
    cats = ["typo", "debris"]
    for ok in ("spelling.misspelling", "spelling.", "spelling.*", "spelling", "typo", "ALL", "all", "debris.share*"):
        assert unknown_selector(ok, ids, cats) is None, ok
    assert "did you mean 'spelling.misspelling'?" in unknown_selector("spelling.misspeling", ids, cats)
    assert "did you mean 'typo'?" in unknown_selector("typos", ids, cats)
    assert "matches no rule" in unknown_selector("zzz.qqq", ids, cats)
    cfg = Config(select=["ALL"], ignore=["debris.share-widgit"], severity={"typo": Severity.ERROR},
                 rule_options_table={"spelling.misspeling": {}})
    problems = unknown_selectors(cfg, ids, cats)
    assert len(problems) == 2
    assert "'ignore'" in problems[0] and "debris.share-widget" in problems[0]
    assert "'rule-options'" in problems[1] and "spelling.misspelling" in problems[1]


def test_sources_table_is_checked_without_the_attribution_package(tmp_path):
    """The configuration is a base module: it checks [sources] with attrlint.ratings."""
    import subprocess
    import sys

    from attrlint.attribution.sources import RATINGS as APPLIED
    from attrlint.ratings import RATINGS

    assert RATINGS == APPLIED
    cfg = write(tmp_path / ".attrlint.toml", '[sources]\n"Kyiv Weekly" = { kind = "outlet" }\n')
    with pytest.raises(ConfigError, match="not in the bundled table, so it needs a 'rating'"):
        load_config_file(cfg)
    good = write(tmp_path / "g" / ".attrlint.toml", '[sources]\n"Kyiv Weekly" = { rating = "mixed", match = ["Kyiv W"] }\n')
    code = ("import sys; from pathlib import Path; from attrlint.config import load_config_file; "
            f"load_config_file(Path({str(good)!r})); "
            "print(sorted(m for m in sys.modules if m.startswith('attrlint.attribution')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_max_file_size_setting(tmp_path):
    assert Config().max_file_size == 10_000_000
    assert load_config_file(write(tmp_path / ".attrlint.toml", "max-file-size = 0\n")).max_file_size is None
    assert load_config_file(write(tmp_path / "a" / ".attrlint.toml", "max_file_size = 5000\n")).max_file_size == 5000
    with pytest.raises(ConfigError, match="number of bytes"):
        load_config_file(write(tmp_path / "b" / ".attrlint.toml", 'max-file-size = "big"\n'))


def test_config_and_command_line_accept_the_same_selectors_and_give_the_same_errors(tmp_path):
    """A bare family prefix (``spelling``) selects ``spelling.*`` in both; a selector that
    names nothing is the same error in both, with the same suggestion."""
    from conftest import run_cli

    (tmp_path / "a.txt").write_text("The council met on Tuesday.\n", encoding="utf-8")
    cfg = write(tmp_path / ".attrlint.toml", 'select = ["spelling"]\n')
    assert load_config_file(cfg).select == ["spelling"]
    assert run_cli("check", "a.txt", cwd=tmp_path).returncode == 0
    cfg.write_text("", encoding="utf-8")
    assert run_cli("check", "--select", "spelling", "a.txt", cwd=tmp_path).returncode == 0

    cfg.write_text('select = ["speling"]\n', encoding="utf-8")
    from_config = run_cli("check", "a.txt", cwd=tmp_path).stderr.decode()
    cfg.write_text("", encoding="utf-8")
    from_cli = run_cli("check", "--select", "speling", "a.txt", cwd=tmp_path).stderr.decode()
    problem = "'speling' matches no rule id, id prefix or category; did you mean 'spelling.'?"
    assert problem in from_config and problem in from_cli


def test_configuration_imports_nothing_above_it(tmp_path):
    """config is a base module: reading a full configuration loads no rule, linter or
    attribution module (only the base data modules: data, finding, dates, ratings)."""
    import subprocess
    import sys

    cfg = write(tmp_path / ".attrlint.toml",
                'date = "2024-03-05"\njobs = 2\n[sources]\n"Kyiv Weekly" = "mixed"\n')
    code = (
        "import sys; from pathlib import Path; from attrlint.config import load_config_file; "
        f"load_config_file(Path({str(cfg)!r})); "
        "print(sorted(m for m in sys.modules if m.startswith('attrlint')))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    names = eval(loaded)
    assert "attrlint.ratings" in names  # the [sources] table was checked, by the base ratings module
    above = ("attrlint.attribution", "attrlint.checks", "attrlint.nlp", "attrlint.registry", "attrlint.engine",
             "attrlint.stream", "attrlint.runner", "attrlint.cli")
    assert not [m for m in names if m.startswith(above)], names


def test_the_settings_model_sits_below_the_file_reader():
    """config.py reads files; settings.py holds what they make and imports nothing above
    ``finding`` (so any layer may use it without pulling the TOML reader in)."""
    import subprocess
    import sys

    import attrlint.config as config
    import attrlint.settings as settings

    assert config.Config is settings.Config and config.ConfigError is settings.ConfigError
    code = ("import sys, attrlint.settings; "
            "print(sorted(m for m in sys.modules if m.startswith('attrlint.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = set(eval(out))
    assert "attrlint.config" not in loaded and "attrlint.data" not in loaded
    assert loaded <= {"attrlint.settings", "attrlint.finding"}, loaded
