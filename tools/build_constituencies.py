"""Build ``rules/grammar/constituencies.txt``: the names of UK parliamentary constituencies
(Westminster 2010-2024 and from 2024, Senedd), for ``grammar.constituency-name``
("his Ealing West and Acton constituency" for Ealing Central and Acton).

Source: the hexmap files of Open Innovations' ``hexmaps`` repository (MIT licence; the names
themselves are the Office for National Statistics' area names, Open Government Licence
v3.0): ``maps/constituencies.hexjson`` (2010-2024), ``maps/uk-constituencies-2023.hexjson``
(the boundaries used from 2024), ``maps/wales-senedd-constituencies.hexjson``. Run offline
with a checkout or git mirror of that repository:

    .venv/bin/python tools/build_constituencies.py /path/to/hexmaps
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FILES = ["maps/constituencies.hexjson", "maps/uk-constituencies-2023.hexjson",
         "maps/wales-senedd-constituencies.hexjson"]
OUT = Path(__file__).resolve().parent.parent / "rules" / "grammar" / "constituencies.txt"


def _read(repo: Path, path: str) -> str:
    if (repo / path).is_file():
        return (repo / path).read_text(encoding="utf-8")
    return subprocess.run(["git", "--git-dir", str(repo), "show", f"HEAD:{path}"], check=True,
                          capture_output=True, text=True).stdout  # a bare mirror


def main(repo: str) -> None:
    names: set[str] = set()
    for path in FILES:
        for hexagon in json.loads(_read(Path(repo), path))["hexes"].values():
            names.add(" ".join(hexagon["n"].split()))
    OUT.write_text(
        "# UK parliamentary constituency names (Westminster 2010-2024 and from 2024, Senedd).\n"
        "# Built by tools/build_constituencies.py from Open Innovations' hexmaps (MIT); names from\n"
        "# the Office for National Statistics (Open Government Licence v3.0). Do not edit by hand.\n"
        + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
