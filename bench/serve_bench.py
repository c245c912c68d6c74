"""Latency and steadiness of a warm `attrlint serve` (a benchmark, not a timed test).

Starts the real server on the loopback address, waits until it is warm, then measures
  1. one client: the median (and 90th percentile) time to answer an 800-word draft;
  2. N concurrent clients (default 16) for D seconds: requests answered, errors, latency,
     and the server's resident memory at the start and end of the run (growth = a leak).

    .venv/bin/python bench/serve_bench.py [--clients 16] [--duration 60] [--repeat 20]

The draft is invented (generated from a small vocabulary of news sentences), so the
figures depend on the machine's load, not on any corpus.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SENTENCES = [
    "The council said on Tuesday it would review the plan after residents complained about the noise.",
    "According to a spokeswoman for the transport ministry, the line will reopen next month.",
    "\"We are listening to every concern,\" said Maria Olsen, who chairs the planning committee.",
    "Officials declined to say how much the repairs would cost or who would pay for them.",
    "The company reported a profit of $12 million in the third quarter, up from $9 million a year earlier.",
    "Critics say the scheme was rushed through without proper consultation.",
    "A report published by the regional audit office found that waiting times had doubled since 2021.",
    "Police said two men had been arrested and released on bail pending further inquiries.",
    "The minister told reporters the government had no plans to raise the tax this year.",
    "Local businesses have been hit hard by the closure, the chamber of commerce said in a statement.",
]


def draft(words: int = 800, seed: int = 7) -> str:
    rnd = random.Random(seed)
    out, n, para = [], 0, []
    while n < words:
        s = rnd.choice(SENTENCES)
        para.append(s)
        n += len(s.split())
        if len(para) == 3:
            out.append(" ".join(para))
            para = []
    if para:
        out.append(" ".join(para))
    return "SPRINGFIELD, March 3 -\n\n" + "\n\n".join(out) + "\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(base: str, body: bytes) -> tuple[int, float]:
    req = urllib.request.Request(base + "/v1/check", data=body, headers={"Content-Type": "application/json"})
    t = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=300) as resp:
            resp.read()
            status = resp.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except OSError:
        status = -1
    return status, time.perf_counter() - t


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def worker_pids(pid: int) -> list[int]:
    """uvicorn's worker processes under its supervisor (multiprocessing's tracker left out)."""
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        for kid in (task / "children").read_text().split():
            try:
                if b"spawn_main" in Path(f"/proc/{kid}/cmdline").read_bytes():
                    out.append(int(kid))
            except OSError:
                pass
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--duration", type=float, default=60)
    ap.add_argument("--repeat", type=int, default=20, help="sequential requests for the single-client median")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--words", type=int, default=800)
    ap.add_argument("--lsp", action="store_true", help="measure the language server instead")
    ap.add_argument("--debounce", type=float, default=0.3, help="the language server's debounce (--lsp)")
    args = ap.parse_args()
    if args.lsp:
        return lsp_bench(draft(args.words), args.repeat, args.debounce)

    text = draft(args.words)
    body = json.dumps({"text": text, "filename": "draft.md", "date": "2026-03-03"}).encode()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-m", "attrlint", "serve", "--port", str(port), "--log-level", "warning",
           "--workers", str(args.workers), "--time-limit", "300", "--max-pending", "1000"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        while True:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None:
                    print("server exited", file=sys.stderr)
                    return 1
                time.sleep(0.3)
        print(f"draft: {len(text.split())} words; server warm after {time.perf_counter() - t0:.1f} s")
        post(base, body)  # the first request of a rule set may still fill caches

        engine_check = in_process_engine(text)
        times, own = [], []
        for _ in range(args.repeat):  # interleaved, so that both see the same machine load
            status, dt = post(base, body)
            assert status == 200, status
            times.append(dt)
            own.append(engine_check())
        times.sort()
        print(f"one client, {args.repeat} requests: median {statistics.median(times):.3f} s, "
              f"p90 {times[int(0.9 * (len(times) - 1))]:.3f} s")
        print(f"  the same draft through the engine in this process: median {statistics.median(own):.3f} s "
              f"(so the service's own share is about {statistics.median(times) - statistics.median(own):.3f} s)")

        pids = [proc.pid] + worker_pids(proc.pid)  # with --workers N, the supervisor and its workers
        mem_start = sum(rss_mb(p) for p in pids)
        results: list[tuple[int, float]] = []
        lock = threading.Lock()
        stop = time.perf_counter() + args.duration

        def client() -> None:
            while time.perf_counter() < stop:
                r = post(base, body)
                with lock:
                    results.append(r)

        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        for t in threads:
            t.start()
        mem_mid = []
        while any(t.is_alive() for t in threads):
            time.sleep(5)
            mem_mid.append(sum(rss_mb(p) for p in pids))
        for t in threads:
            t.join()
        mem_end = sum(rss_mb(p) for p in pids)
        ok = sorted(dt for s, dt in results if s == 200)
        errors = len(results) - len(ok)
        print(f"{args.clients} clients for {args.duration:g} s: {len(results)} requests, {errors} errors, "
              f"{len(results) / args.duration:.2f} drafts/s; latency median {statistics.median(ok):.2f} s, "
              f"max {ok[-1]:.2f} s")
        print(f"server memory (RSS, {len(pids)} process(es)): start {mem_start:.0f} MB, end {mem_end:.0f} MB, "
              f"peak {max(mem_mid or [mem_end]):.0f} MB")
        return 0 if errors == 0 else 1
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def in_process_engine(text: str):
    """A warm engine in this process, and a function that times one check of ``text``
    (what the service and the language server do per draft, without their transport)."""
    import datetime as dt

    sys.path.insert(0, str(ROOT))
    from attrlint.engine import Draft, Engine

    engine = Engine()
    engine.warm()
    one = Draft(text, "draft.md", date=dt.date(2026, 3, 3))
    engine.check([one], [engine.config_for(one)])

    def check() -> float:
        t = time.perf_counter()
        engine.check([one], [engine.config_for(one)])
        return time.perf_counter() - t

    return check


class LspPipe:
    """A bare JSON-RPC client over the server's stdio: enough to time diagnostics."""

    def __init__(self, cmd: list[str]):
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     env={**os.environ, "PYTHONPATH": str(ROOT)})

    def send(self, obj: dict) -> None:
        data = json.dumps({"jsonrpc": "2.0", **obj}).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.proc.stdin.flush()

    def read(self) -> dict:
        length = 0
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise EOFError("the language server exited")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.proc.stdout.read(length))

    def diagnostics(self, version: int) -> dict:
        while True:
            msg = self.read()
            if msg.get("method") == "textDocument/publishDiagnostics" and msg["params"].get("version") == version:
                return msg["params"]


def lsp_bench(text: str, repeat: int, debounce: float) -> int:
    lsp = LspPipe([sys.executable, "-m", "attrlint", "lsp", "--debounce", str(debounce)])
    uri = "file:///tmp/attrlint-bench/draft.md"
    engine_check = None
    try:
        t0 = time.perf_counter()
        lsp.send({"id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None, "capabilities": {}}})
        while lsp.read().get("id") != 1:
            pass
        lsp.send({"method": "initialized", "params": {}})
        lsp.send({"method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
        first = lsp.diagnostics(1)
        print(f"draft: {len(text.split())} words; first diagnostics ({len(first['diagnostics'])}) "
              f"{time.perf_counter() - t0:.1f} s after start")
        times, own = [], []
        for v in range(2, repeat + 2):
            text = text.rstrip("\n") + f" An update number {v} was posted.\n"
            time.sleep(debounce)  # an edit after a pause (a burst of typing waits for quiet)
            t = time.perf_counter()
            lsp.send({"method": "textDocument/didChange", "params": {
                "textDocument": {"uri": uri, "version": v}, "contentChanges": [{"text": text}]}})
            lsp.diagnostics(v)
            times.append(time.perf_counter() - t)
            if engine_check is None:
                engine_check = in_process_engine(text)
            own.append(engine_check())
        times.sort()
        med, eng = statistics.median(times), statistics.median(own)
        print(f"change -> diagnostics, {repeat} changes: median {med:.3f} s, max {times[-1]:.3f} s; "
              f"the engine alone (in this process, interleaved): median {eng:.3f} s, "
              f"so the language server's own share is about {med - eng:.3f} s")
        lsp.send({"id": 2, "method": "shutdown"})
        lsp.send({"method": "exit"})
        return 0
    finally:
        try:
            lsp.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            lsp.proc.kill()


if __name__ == "__main__":
    sys.exit(main())
