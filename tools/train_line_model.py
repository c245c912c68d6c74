#!/usr/bin/env python3
"""Train the furniture line model (``attrlint/furniture/line_model.py``) and write its
weights to ``rules/furniture/line_model.json``.

Labels come from labelled sets kept outside the repository: a folder with
``articles/*.txt`` and a ``gold.jsonl`` of debris rows (the readable holdouts, real-dev), or
a folder of ``*.txt`` with its gold beside it as ``<folder>-gold.jsonl`` (seeds). A gold debris row marks the
first line of a block; the block runs on over the lines its note names ("lines 3-4") and
over the furniture block the tool itself finds there. A row that marks a few words inside a
longer line (a run-in tag, a stray word) labels no line. Lines right under a labelled line
that no block or note covers are left out of training (their label is unknown). Every other
line of a fully read article is a negative.

Only shape features are learned (see ``line_model.FEATURES``); no word of any article is
kept. numpy only: logistic regression with L2, positives weighted to balance the classes.

  tools/train_line_model.py /work/notes/fresh25 /work/notes/fresh26 ...   # train, write
  tools/train_line_model.py --loho DIR DIR DIR DIR                        # leave one out
  tools/train_line_model.py --out /tmp/m.json DIR DIR                     # weights elsewhere
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import regex

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from attrlint.furniture import analyse_text, line_model  # noqa: E402
from attrlint.furniture import patterns as P  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "rules" / "furniture" / "line_model.json"
_SPAN = regex.compile(r"\blines?\s+(\d+)\s*[-–]\s*(\d+)")


def _stop() -> frozenset[str]:
    return frozenset(P.lists()["stopwords"])


def _paths(folder: Path) -> tuple[Path, Path]:
    """The set's articles folder and gold file (see the module's docstring)."""
    if (folder / "articles").is_dir():
        return folder / "articles", folder / "gold.jsonl"
    return folder, folder.parent / f"{folder.name}-gold.jsonl"


def load_set(folder: Path):
    """[(article id, [(line number, vector, label)])] of a labelled set; label None = unknown."""
    articles, gold_file = _paths(folder)
    checked, rows = set(), {}
    for raw in gold_file.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        o = json.loads(raw)
        if o["category"] == "none_checked":
            checked.add(o["id"])
        elif o["category"] == "debris":
            rows.setdefault(o["id"], []).append(o)
    stop = _stop()
    out = []
    for art in sorted(checked):
        path = articles / f"{art}.txt"
        if not path.exists():
            continue
        an = analyse_text(path.read_text(encoding="utf-8"), learned=False)
        lines = an.lines
        label: dict[int, bool | None] = {}
        for o in rows.get(art, []):
            n = int(o["line"]) - 1
            if not 0 <= n < len(lines):
                continue
            text, gold = lines[n].text.strip(), o["text"].strip()
            block = an.block_at(lines[n].start) if lines[n].text.strip() else None
            whole = block is not None or len(gold) >= 0.5 * max(len(text), 1)
            if not whole:
                label.setdefault(n, None)
                continue
            span = set(range(n, n + 1 + gold.count("\n")))
            m = _SPAN.search(o.get("note", ""))
            if m and int(m.group(1)) - 1 == n:
                span |= set(range(n, int(m.group(2))))
            if block is not None:
                span |= {ln.n for ln in block.lines}
            for k in span:
                label[k] = True
            if block is None and not m:
                nxt = [ln.n for ln in lines[n + 1:] if ln.text.strip()][:2]
                for k in nxt:
                    label.setdefault(k, None)
        feats = line_model.features(lines, stop)
        out.append((art, [(k, v, label.get(k, False)) for k, v in feats.items()]))
    return out


def _xy(sets):
    X, y = [], []
    for arts in sets:
        for _, rows in arts:
            for _, v, lab in rows:
                if lab is not None:
                    X.append(v)
                    y.append(float(lab))
    return np.asarray(X), np.asarray(y)


def train(X, y, l2: float = 1e-2, steps: int = 4000, lr: float = 0.5):
    """Logistic regression by gradient descent; positives weighted to half the loss."""
    pos = max(y.sum(), 1.0)
    sw = np.where(y > 0, 0.5 / pos, 0.5 / max(len(y) - pos, 1.0))
    w = np.zeros(X.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(X @ w)))
        g = X.T @ (sw * (p - y)) + l2 * np.r_[0.0, w[1:]]
        w -= lr * g
    return w


def _report(w, arts, thr):
    X, y = _xy([arts])
    p = 1.0 / (1.0 + np.exp(-(X @ w)))
    hit = (p >= thr)
    tp = float((hit & (y > 0)).sum())
    return tp, float(hit.sum()), float(y.sum())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--loho", action="store_true", help="leave each set out in turn and print line P/R")
    ap.add_argument("--threshold", type=float, default=0.9)
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the weights")
    args = ap.parse_args()
    data = [load_set(s) for s in args.sets]
    if args.loho:
        for i, s in enumerate(args.sets):
            X, y = _xy(data[:i] + data[i + 1:])
            w = train(X, y)
            for thr in (0.9, 0.95, 0.97, 0.99):
                tp, found, gold = _report(w, data[i], thr)
                print(f"{s.name} thr {thr}: lines flagged {found:.0f}, right {tp:.0f}, "
                      f"P {tp / max(found, 1):.2f} R {tp / max(gold, 1):.2f} (of {gold:.0f})")
        return
    X, y = _xy(data)
    w = train(X, y)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({
        "about": "furniture line model: logistic weights over line_model.FEATURES, built by "
                 "tools/train_line_model.py from labelled holdout sets (shape features only)",
        "trained_on": [s.name for s in args.sets], "lines": int(len(y)), "positives": int(y.sum()),
        "threshold": args.threshold, "features": line_model.FEATURES,
        "weights": [round(float(x), 4) for x in w],
    }, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(y)} lines, {int(y.sum())} furniture)")


if __name__ == "__main__":
    main()
