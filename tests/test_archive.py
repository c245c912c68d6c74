"""Archive scale on Dask (attrlint.scale, ``attrlint archive``): a LocalCluster of two
worker processes on the loopback address lints invented drafts, and the table it writes
as Parquet says what ``attrlint check --format json`` says about the same drafts."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

from attrlint.cli import main  # noqa: E402
from attrlint.scale import cluster, parquet, records, table  # noqa: E402
from attrlint.scale.cli import errors_path  # noqa: E402

from conftest import run_json  # noqa: E402

#: invented drafts (plain text, Markdown, HTML) with a spread of findings and clean ones
DRAFTS = {
    "harbour.txt": "The harbour master said, according to sources, that teh new quay would open in spring.\n",
    "budget.md": "# Budget\n\nA spokesman for the treasury claimed the figures were wrong.\n\n"
    "Critics said the plan was a disgraceful shambles.\n",
    "council.html": "<html><body><p>The council said it would review the parking plan, "
    "insiders say.</p></body></html>\n",
    "library.txt": "The town library will close for two weeks while its roof is repaired, the council said.\n",
    "ferry.txt": "Ferry services were cancelled on Tuesday after strong winds, the operator said.\n"
    "It is understood that the company is considering compensation.\n",
    "orchard.md": "Growers told the paper that the apple harvest was the worst in a decade.\n\n"
    "Some observers believe the cold spring was to blame.\n",
    "bridge.txt": "Engineers said the bridge was safe. Residents, however, remain unconvinced, "
    "reportedly fearing cracks.\n",
    "market.txt": "Stallholders at the Saturday market said their takings had fallen by a third, "
    "with one trader calling the new fees outragous.\n",
    "choir.html": "<p>The choir, which was founded in 1952, sang at the cathedral on Sunday.</p>\n",
    "school.txt": "Parents said the school had not told them about the change. Sources close to the "
    "headteacher said she was \u201cdeeply sorry\u201d.\n",
}

KEY_FIELDS = ("rule", "category", "severity", "line", "column", "end_line", "end_column", "start", "end", "text")


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0"
    ) as lc, Client(lc) as c:
        yield c


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("archive")
    for name, text in DRAFTS.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def checked(drafts) -> dict:
    """What `attrlint check --format json` reports for the drafts."""
    _, report = run_json(str(drafts))
    assert report["errors"] == []
    return report


def _check_rows(report: dict) -> list[tuple]:
    return sorted(
        (f["path"], *(x[k] for k in KEY_FIELDS), x["message"], tuple(x["suggestions"]))
        for f in report["files"]
        for x in f["findings"]
    )


def _table_rows(df) -> list[tuple]:
    return sorted(
        (r["path"], *(r[k] for k in KEY_FIELDS), r["message"], tuple(r["suggestions"]))
        for r in df.to_dict("records")
    )


def test_findings_table_equals_check_report_and_round_trips_parquet(client, drafts, checked, tmp_path):
    expected = _check_rows(checked)
    assert len({row[1] for row in expected}) >= 3, "the drafts should exercise several rules"
    paths = [str(drafts / name) for name in sorted(DRAFTS)]
    lazy = cluster.lint_paths(paths, partition_size=2)
    assert lazy.npartitions == 5
    assert list(lazy.columns) == list(table.COLUMNS)  # fixed columns and dtypes, known before running
    assert lazy.dtypes.to_dict() == table.meta().dtypes.to_dict()
    out, errs = tmp_path / "findings.parquet", tmp_path / "errors.parquet"
    n_found, n_failed = parquet.write(lazy, str(out), str(errs))
    back = pd.read_parquet(out)
    assert (n_found, n_failed) == (len(expected), 0)
    assert _table_rows(back) == expected
    assert pd.read_parquet(errs).empty
    assert str(back["line"].dtype) == "Int64" and str(back["rule"].dtype) == "string"
    # the story date each document was checked against is in every row
    assert set(back["story_date"]) == {f["story_date"]["date"] for f in checked["files"] if f["findings"]}


def test_engine_is_built_once_per_worker_not_per_partition(client, drafts, tmp_path):
    records_ = [{"id": n, "text": t, "filename": n} for n, t in DRAFTS.items()]
    bag = db.from_sequence(records_ * 2, partition_size=2)  # 10 partitions over 2 workers
    df = cluster.lint_bag(bag).compute()
    assert df["error"].isna().all()
    built = client.run(lambda: records.built)
    assert 1 <= sum(built.values()) <= len(built) == 2, built


def test_unreadable_documents_are_error_rows_and_the_rest_still_come_out(client, drafts, checked):
    good = [{"id": f"doc-{i}", "text": t, "filename": str(drafts / n)} for i, (n, t) in enumerate(DRAFTS.items())]
    bad = [
        {"id": "gone", "path": str(drafts / "no-such-draft.txt")},
        {"id": "empty"},  # no text and no path
        {"id": "bad-date", "text": "The mayor said the plan was sound.\n", "date": "the day after"},
    ]
    bag = db.from_sequence(good[:4] + bad + good[4:], partition_size=3)
    df = cluster.lint_bag(bag).compute()
    errors = cluster.errors_only(dd.from_pandas(df, npartitions=1)).compute()
    assert sorted(errors["id"]) == ["bad-date", "empty", "gone"]
    by_id = dict(zip(errors["id"], errors["error"]))
    assert "no such file" in by_id["gone"] and "date" in by_id["bad-date"]
    found = df[df["error"].isna()]
    assert _table_rows(found) == _check_rows(checked)  # every good draft still checked in full


def test_frame_columns_and_story_dates(client):
    pdf = pd.DataFrame(
        {
            "story": ["The minister said, according to sources, that the vote was close.\n"] * 3,
            "key": [101, 102, 103],
            "published": [dt.date(2019, 5, 1), None, "2021-02-03"],
        }
    )
    ddf = dd.from_pandas(pdf, npartitions=2)
    got = cluster.lint_frame(ddf, text="story", id="key", date="published").compute()
    dates = dict(zip(got["id"], got["story_date"]))
    assert dates["101"] == "2019-05-01" and dates["103"] == "2021-02-03"
    assert dates["102"] == dt.date.today().isoformat()  # no date given: as `attrlint check` assumes
    assert set(got["rule"]) >= {"attribution.vague-source"}
    with pytest.raises(KeyError, match="headline"):
        cluster.lint_frame(ddf, text="headline")


def test_cli_writes_both_datasets_from_a_jsonl_archive(client, checked, drafts, tmp_path, capsys):
    src = tmp_path / "stories.jsonl"
    lines = [json.dumps({"id": n, "text": t, "filename": str(drafts / n)}) for n, t in DRAFTS.items()]
    lines.insert(3, "{this is not json")
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.parquet"
    code = main(["archive", str(src), "--out", str(out), "--scheduler", client.scheduler.address])
    assert code == 0, capsys.readouterr().err
    assert _table_rows(pd.read_parquet(out)) == _check_rows(checked)
    errs = pd.read_parquet(errors_path(str(out)))
    assert len(errs) == 1 and errs["error"].iloc[0].startswith("not JSON")
    # a second run replaces the dataset instead of adding parts to it
    assert main(["archive", str(src), "--out", str(out), "--scheduler", client.scheduler.address]) == 0
    assert len(pd.read_parquet(out)) == len(_check_rows(checked))


def test_cli_refuses_an_output_it_did_not_write(client, drafts, tmp_path, capsys):
    out = tmp_path / "notes"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    code = main(["archive", str(drafts), "--out", str(out), "--scheduler", client.scheduler.address])
    assert code == 2 and (out / "keep.txt").exists()
    assert "other things than Parquet" in capsys.readouterr().err


def test_cli_rejects_an_unknown_selector_before_starting(tmp_path, capsys):
    code = main(["archive", str(tmp_path), "--out", str(tmp_path / "o.parquet"), "--select", "no-such-rule"])
    assert code == 2 and "no-such-rule" in capsys.readouterr().err
    assert not (tmp_path / "o.parquet").exists()


def test_errors_path_names():
    assert errors_path("findings.parquet") == "findings.errors.parquet"
    assert errors_path("out/") == "out.errors"
    assert os.path.basename(errors_path("/a/b/x.pq")) == "x.errors.pq"


def test_the_cli_starts_without_loading_dask():
    import subprocess
    import sys

    code = (
        "import sys; from attrlint.cli import build_parser; build_parser().parse_args(['archive', 'x', '--out', 'y']);"
        "print(sorted(m for m in ('dask', 'distributed', 'pandas', 'pyarrow') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_cli_reads_a_parquet_archive_with_its_own_column_names(client, checked, drafts, tmp_path, capsys):
    src = tmp_path / "stories.parquet"
    pd.DataFrame(
        {
            "body": list(DRAFTS.values()),
            "slug": [str(drafts / n) for n in DRAFTS],
            "published": pd.to_datetime(["2024-03-05"] * len(DRAFTS)),
        }
    ).to_parquet(src)
    out = tmp_path / "found.parquet"
    args = ["--text-column", "body", "--id-column", "slug", "--filename-column", "slug", "--date-column", "published"]
    code = main(["archive", str(src), "--out", str(out), "--scheduler", client.scheduler.address, *args])
    assert code == 0, capsys.readouterr().err
    back = pd.read_parquet(out)
    assert set(back["story_date"]) == {"2024-03-05"}
    assert len(back) > 0 and set(back["path"]) <= {str(drafts / n) for n in DRAFTS}
    # a dataset without the text column is named, not linted
    code = main(["archive", str(src), "--out", str(out), "--scheduler", client.scheduler.address])
    assert code == 2 and "has no 'text' column" in capsys.readouterr().err


def test_files_are_named_as_given_and_read_by_their_absolute_path(client, drafts, monkeypatch):
    monkeypatch.chdir(drafts)  # the workers' working directory is not this one
    df = cluster.lint_paths(["harbour.txt", "missing.txt"]).compute()
    assert set(df["path"]) == {"harbour.txt", "missing.txt"}
    failed = df[df["error"].notna()]
    assert list(failed["path"]) == ["missing.txt"]
    assert failed["error"].iloc[0] == "no such file or directory"  # the path is its own column
    assert {"attribution.vague-source", "spelling.misspelling"} <= set(df["rule"].dropna())
