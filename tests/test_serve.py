"""The HTTP service: a real `attrlint serve` on the loopback address, spoken to over HTTP.

One server (a subprocess, the engine warmed once) answers most tests; the limits that
need a slow engine run a real uvicorn server in a thread around a stand-in engine.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from attrlint.engine import Draft, Engine  # noqa: E402
from attrlint.serve.limits import ApiError, Limits, drafts_from  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "s3cret-for-tests"

# invented drafts
DRAFT = "The minster said their was no plan to close the libary, a spokesman said on Monday.\n"
CLEAN = "The council met on Monday, a spokeswoman said.\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base, path, body=None, token=TOKEN, raw=None, headers=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(base + path, data=data, method="POST" if data is not None else "GET")
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            return resp.status, dict(resp.headers), json.loads(resp.read() or b"null")
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), json.loads(exc.read() or b"null")


def wait_up(base, proc=None, timeout=240):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read().decode(errors='replace')}")
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, socket.timeout):
            time.sleep(0.3)
    raise RuntimeError("server did not come up")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    cwd = tmp_path_factory.mktemp("newsroom")  # no configuration: the defaults, as the CLI would use
    proc = subprocess.Popen(
        [sys.executable, "-m", "attrlint", "serve", "--host", "127.0.0.1", "--port", str(port), "--token", TOKEN,
         "--max-body", "20000", "--max-documents", "3", "--log-level", "warning"],
        cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_up(base, proc)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_health_and_docs_need_no_token(server):
    status, _, body = call(server, "/healthz", token=None)
    assert status == 200 and body["status"] == "ok"
    status, _, spec = call(server, "/openapi.json", token=None)
    assert status == 200 and "/v1/check" in spec["paths"]
    assert spec["components"]["schemas"]["Report"]["title"] == "attrlint JSON report"
    with urllib.request.urlopen(server + "/docs", timeout=10) as resp:
        page = resp.read().decode()
    assert "POST /v1/check" in page and "<script" not in page


def test_token_is_required_and_checked(server):
    status, headers, body = call(server, "/v1/check", {"text": CLEAN}, token=None)
    assert status == 401 and "Bearer" in headers["www-authenticate"]
    assert body["error"]["field"] == "Authorization"
    status, _, body = call(server, "/v1/rules", token="wrong")
    assert status == 401 and "not the one" in body["error"]["message"]


def test_one_draft_gives_the_cli_report(server, tmp_path):
    import jsonschema

    status, _, report = call(server, "/v1/check", {"text": DRAFT, "filename": "story.md", "date": "2026-03-02"})
    assert status == 200
    schema = json.loads((ROOT / "schema" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, schema)
    (entry,) = report["files"]
    assert entry["path"] == "story.md" and entry["format"] == "markdown"
    assert entry["story_date"] == {"date": "2026-03-02", "source": "option"}
    words = {f["text"]: f for f in entry["findings"]}
    assert "libary" in words and words["libary"]["fix"] == "library"
    assert DRAFT[words["libary"]["start"] : words["libary"]["end"]] == "libary"
    # the same report as the command line gives for the same text
    cli = subprocess.run(
        [sys.executable, "-m", "attrlint", "check", "--format", "json", "--date", "2026-03-02",
         "--stdin-filename", "story.md", "-"],
        input=DRAFT, capture_output=True, text=True, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    cli_findings = [(f["rule"], f["start"]) for f in json.loads(cli.stdout)["files"][0]["findings"]]
    assert [(f["rule"], f["start"]) for f in entry["findings"]] == cli_findings


def test_select_and_ignore_narrow_the_rules(server):
    _, _, only = call(server, "/v1/check", {"text": DRAFT, "select": "spelling"})
    assert only["files"][0]["findings"] and {f["rule"].split(".")[0] for f in only["files"][0]["findings"]} == {"spelling"}
    _, _, none = call(server, "/v1/check", {"text": DRAFT, "select": ["spelling"], "ignore": ["spelling"]})
    assert none["files"][0]["findings"] == []


def test_batch_keeps_order_and_shared_settings(server):
    status, _, report = call(
        server, "/v1/check",
        {"documents": [{"text": DRAFT, "filename": "b.txt"}, {"text": CLEAN, "filename": "a.html"}, {"text": CLEAN}],
         "date": "2025-01-05"},
    )
    assert status == 200
    assert [f["path"] for f in report["files"]] == ["b.txt", "a.html", "draft-3.md"]
    assert [f["format"] for f in report["files"]] == ["text", "html", "markdown"]
    assert all(f["story_date"]["date"] == "2025-01-05" for f in report["files"])
    assert report["summary"]["files"] == 3


@pytest.mark.parametrize(
    "body, status, field",
    [
        ({"txt": "x"}, 422, "txt"),
        ({"filename": "a.md"}, 422, "text"),
        ({"text": 5}, 422, "text"),
        ({"text": "x", "date": "next week"}, 422, "date"),
        ({"text": "x", "select": ["no-such-rule"]}, 422, "select[0]"),
        ({"text": "x", "house_style": "/etc/passwd"}, 422, "house_style"),
        ({"text": "x", "house_style": "klingon"}, 422, "house_style"),
        ({"text": "x", "filename": "../x.md"}, 422, "filename"),
        ({"documents": []}, 422, "documents"),
        ({"documents": [{"text": "a"}] * 4}, 422, "documents"),
        ({"documents": [{"text": "a", "filename": "x.md"}, {"text": "b", "filename": "x.md"}]}, 422, "documents[1].filename"),
        ({"documents": [{"text": "a"}, {"text": "b", "ignore": 3}]}, 422, "documents[1].ignore"),
        ([1, 2], 400, "body"),
    ],
)
def test_bad_requests_name_the_field(server, body, status, field):
    got, _, answer = call(server, "/v1/check", body)
    assert got == status, answer
    assert answer["error"]["field"] == field
    assert answer["error"]["message"].startswith(field + ": ")


def test_bad_json_and_oversized_bodies(server):
    status, _, answer = call(server, "/v1/check", raw=b'{"text": ')
    assert status == 400 and "not valid JSON" in answer["error"]["message"]
    status, _, answer = call(server, "/v1/check", {"text": "word " * 5000})
    assert status == 413 and "20,000 bytes" in answer["error"]["message"]


def test_rules_lists_the_engine_rules(server):
    status, _, body = call(server, "/v1/rules")
    ids = {r["id"] for r in body["rules"]}
    assert status == 200 and "spelling.misspelling" in ids
    assert all(set(r) == {"id", "category", "severity", "description"} for r in body["rules"])


# --- limits that need a slow engine: a real uvicorn in a thread, around a stand-in ----------


class SlowEngine(Engine):
    def __init__(self, gate: threading.Event):
        super().__init__()
        self.gate = gate

    def config_for(self, draft, field_prefix=""):
        return None

    def check(self, drafts, configs=None):
        self.gate.wait(10)
        return _empty()


def _empty():
    from attrlint.result import RunResult

    return RunResult()


@pytest.fixture
def slow_server():
    import uvicorn

    from attrlint.serve.app import Settings, create_app

    gate = threading.Event()
    app = create_app(Settings(warm=False, limits=Limits(time_limit=0.5, max_pending=1)), engine=SlowEngine(gate))
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    base = f"http://127.0.0.1:{port}"
    wait_up(base, timeout=30)
    yield base, gate
    gate.set()
    srv.should_exit = True
    t.join(10)


def test_time_limit_and_busy_refusals(slow_server):
    base, gate = slow_server
    first: dict = {}
    th = threading.Thread(target=lambda: first.update(r=call(base, "/v1/check", {"text": "a"}, token=None)))
    th.start()
    time.sleep(0.2)  # the first is now running on the engine's thread
    status, headers, answer = call(base, "/v1/check", {"text": "b"}, token=None)
    assert status == 503 and headers["retry-after"] == "1" and "busy" in answer["error"]["message"]
    th.join(10)
    status, _, answer = first["r"]
    assert status == 504 and "time limit of 0.5 s" in answer["error"]["message"]
    gate.set()
    time.sleep(0.3)
    status, _, report = call(base, "/v1/check", {"text": "c"}, token=None)
    assert status == 200 and report["files"] == []


def _children(pid: int) -> list[int]:
    """The worker processes uvicorn spawned (not multiprocessing's resource tracker)."""
    kids = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for kid in (task / "children").read_text().split():
            try:
                cmdline = Path(f"/proc/{kid}/cmdline").read_bytes()
            except OSError:
                continue
            if b"spawn_main" in cmdline:
                kids.append(int(kid))
    return kids


def test_two_workers_answer_concurrent_drafts_rightly(tmp_path):
    """`serve --workers 2`: two processes, each with its own engine, answer drafts sent at
    the same time, and every answer is the one that draft gets on its own."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "attrlint", "serve", "--port", str(port), "--workers", "2", "--log-level", "warning"],
        cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    base = f"http://127.0.0.1:{port}"
    drafts = [
        "The minster said their was no plan to close the libary on Monday.\n",
        "Critics say the harbour scheme is a disaster, a spokesman said.\n",
        "The mayor, Jon Smyth, said the goverment would pay for the new bridge.\n",
        CLEAN,
    ]
    try:
        wait_up(base, proc)
        deadline = time.time() + 240  # uvicorn answers once one worker is up; wait for both
        while len(_children(proc.pid)) < 2 and time.time() < deadline:
            time.sleep(0.5)
        workers = _children(proc.pid)
        assert len(workers) == 2
        expected = []
        for text in drafts:
            status, _, report = call(base, "/v1/check", {"text": text}, token=None)
            assert status == 200
            expected.append(report["files"][0]["findings"])
        assert any(expected) and not all(expected)  # the drafts differ in what they get
        answers: list = [None] * 16
        pids: set[int] = set()

        def ask(i: int) -> None:
            answers[i] = call(base, "/v1/check", {"text": drafts[i % len(drafts)]}, token=None)
            pids.add(call(base, "/healthz", token=None)[2]["pid"])

        threads = [threading.Thread(target=ask, args=(i,)) for i in range(16)]
        for th in threads:
            th.start()
        for th in threads:
            th.join(300)
        for i, (status, _, report) in enumerate(answers):
            assert status == 200
            assert report["files"][0]["findings"] == expected[i % len(drafts)]
        assert pids <= set(workers)
        assert sorted(_children(proc.pid)) == sorted(workers)  # no worker died and was replaced
    finally:
        proc.terminate()
        proc.wait(timeout=60)


# --- the request rules on their own -----------------------------------------------------------


def test_drafts_from_applies_shared_settings_unless_a_draft_sets_its_own():
    drafts, prefixes = drafts_from(
        {"documents": [{"text": "a", "date": "2024-02-01"}, {"text": "b"}], "date": "2025-01-05", "select": "typo,titles"},
        Limits(),
    )
    assert [d.date.isoformat() for d in drafts] == ["2024-02-01", "2025-01-05"]
    assert drafts[1].select == ["typo", "titles"] and prefixes == ["documents[0].", "documents[1]."]
    with pytest.raises(ApiError) as err:
        drafts_from({"documents": [{"text": "a"}], "colour": "red"}, Limits())
    assert err.value.field == "colour" and err.value.status == 422


def test_engine_reports_unreadable_size_as_an_error():
    from attrlint.config import Config

    eng = Engine()
    result = eng.check([Draft("x" * 50, "big.txt")], [Config(max_file_size=10)])
    assert result.files == [] and "over the limit of 10" in result.errors[0]


def test_the_cli_does_not_import_the_service_libraries():
    code = (
        "import sys; from attrlint.cli import build_parser; build_parser().parse_args(['check', '--help'][:1]); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'starlette', 'uvicorn', 'pygls', 'lsprotocol'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


# --- the review page, in a real headless browser ---------------------------------------------


def _browser():
    import shutil

    webdriver = pytest.importorskip("selenium.webdriver")
    chrome = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chrome or not driver:
        pytest.skip("needs Debian's chromium and chromium-driver")
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = chrome
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000"):
        opts.add_argument(arg)
    return webdriver.Chrome(service=Service(driver), options=opts)


def test_review_page_highlights_filters_and_fixes(server, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    text = "The minster said on Monday the libary would close, officals said.\n"
    browser = _browser()
    try:
        browser.get(server + "/")
        browser.find_element(By.ID, "text").send_keys(text)
        browser.find_element(By.ID, "token").send_keys(TOKEN)
        browser.find_element(By.ID, "check").click()
        wait = WebDriverWait(browser, 120)
        wait.until(lambda b: "finding" in b.find_element(By.ID, "status").text)
        marks = browser.find_elements(By.CSS_SELECTOR, "#view mark")
        by_text = {m.text: m for m in marks}
        assert {"libary", "officals"} <= set(by_text)
        assert by_text["libary"].get_attribute("class") == "typo"
        assert "library" in by_text["libary"].get_attribute("title")
        # the highlighted view reads as the draft did
        assert browser.find_element(By.ID, "view").text.strip() == text.strip()
        browser.save_screenshot(str(tmp_path / "review.png"))
        assert (tmp_path / "review.png").stat().st_size > 0
        # the side list filters by category
        from selenium.webdriver.support.ui import Select

        everything = len(browser.find_elements(By.CSS_SELECTOR, "#list li"))
        Select(browser.find_element(By.ID, "filter")).select_by_visible_text("typo")
        typos = browser.find_elements(By.CSS_SELECTOR, "#list li")
        assert 0 < len(typos) <= everything and all(li.get_attribute("class") == "typo" for li in typos)
        by_text = {m.text: m for m in browser.find_elements(By.CSS_SELECTOR, "#view mark")}
        # a click shows the detail with the fix; applying it checks the draft again
        by_text["libary"].click()
        browser.find_element(By.CSS_SELECTOR, "#detail button.apply").click()
        wait.until(lambda b: "library would close" in b.find_element(By.ID, "view").text)
        assert "libary" not in browser.find_element(By.ID, "text").get_attribute("value")
        assert "claims attributed" in browser.find_element(By.ID, "sourcing").text
    finally:
        browser.quit()
