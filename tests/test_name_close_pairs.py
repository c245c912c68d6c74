"""name_clusters._close_pairs gathers only the deletion keys two forms share (a speed-up):
its pairs must be those of the plain bucket of every key. Invented name forms."""
from __future__ import annotations

import random
from collections import defaultdict

from attrlint.checks import name_clusters as nc


def plain_slip_pairs(forms):
    """The plain version: a bucket for every key of every form, then every pair in each."""
    buckets = defaultdict(list)
    for f in forms:
        for key in nc._deletion_keys(nc.fold(f)):
            buckets[key].append(f)
    rank = {f: i for i, f in enumerate(forms)}
    return {tuple(sorted((a, b), key=rank.__getitem__)) for group in buckets.values()
            for i, a in enumerate(group) for b in group[i + 1:] if a != b}


def _forms(rng):
    seeds = ["Marlowe", "Okafor", "Tarvenko", "Djomartov", "Zelinska", "Brekkan", "Ivo", "Lund", "Sørli"]
    out = []
    for _ in range(rng.randint(0, 30)):
        w = list(rng.choice(seeds))
        edit = rng.random()
        k = rng.randrange(len(w))
        if edit < 0.3:
            del w[k]
        elif edit < 0.5 and k + 1 < len(w):
            w[k], w[k + 1] = w[k + 1], w[k]
        elif edit < 0.7:
            w.insert(k, rng.choice("aeiklnrsz"))
        out.append("".join(w))
    return list(dict.fromkeys(out))


def test_the_same_slip_pairs_as_every_bucket():
    rng = random.Random(33)
    for _ in range(400):
        forms = _forms(rng)
        got = nc._close_pairs(forms)
        slips = {(a, b) for a, b, how in got if how == "slip"}
        others = {(a, b) for a, b, how in got if how != "slip"}
        assert slips | others >= plain_slip_pairs(forms)
        assert slips == plain_slip_pairs(forms) - others
        rank = {f: i for i, f in enumerate(forms)}
        assert [(rank[a], rank[b]) for a, b, _ in got] == sorted((rank[a], rank[b]) for a, b, _ in got)
