"""Text rendering of the per-file sourcing summary (``attrlint check --summary``)."""

from __future__ import annotations


def _lines(lines: list[int], limit: int = 8) -> str:
    shown = ", ".join(str(n) for n in lines[:limit])
    return shown + (f", … (+{len(lines) - limit})" if len(lines) > limit else "")


def render_sourcing_text(data: dict) -> str:
    """A short block an editor can read: share attributed, who is cited, what is low-rated."""
    out = []
    total = data.get("claim_sentences", 0)
    done = data.get("attributed_claim_sentences", 0)
    share = data.get("attributed_share")
    pct = f"{share:.0%}" if share is not None else "n/a"
    out.append(f"  attributed claim sentences: {done}/{total} ({pct})")
    named = data.get("named_sources", [])
    if named:
        out.append("  named sources:")
        for s in named:
            rating = f", {s['rating']}" if s.get("rating") else ""
            out.append(
                f"    {s['name']} ({s['kind']}{rating}): {len(s['sentences'])} sentence(s), lines {_lines(s['lines'])}"
            )
    anon = data.get("anonymous_sources", [])
    if anon:
        out.append("  anonymous sources:")
        for a in anon:
            out.append(f"    line {a['line']}: {a['text']}")
    by_rating = data.get("sources_by_rating", {})
    if by_rating:
        out.append("  outlets and platforms by rating:")
        for rating, names in by_rating.items():
            listed = ", ".join(f"{n} ×{c}" if c > 1 else n for n, c in names.items())
            out.append(f"    {rating}: {listed}")
    unattr = data.get("unattributed_sentences", [])
    if unattr:
        lines = sorted({u["line"] for u in unattr})
        out.append(f"  claim sentences with no source: lines {_lines(lines, 12)}")
    return "\n".join(out) + "\n"
