"""Rule ids are stable and documented: every registered rule appears in the docs."""
from pathlib import Path

from attrlint.registry import discover

ROOT = Path(__file__).resolve().parent.parent


def test_every_rule_id_is_documented():
    text = (ROOT / "README.md").read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md")
    )
    missing = [rid for rid in discover() if rid not in text]
    assert not missing, f"document these rule ids in docs/: {missing}"


def test_readme_links_every_rule_family_page():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for page in (ROOT / "docs").glob("*.md"):
        assert f"docs/{page.name}" in readme, page.name
