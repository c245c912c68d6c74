"""``attrlint serve``: the HTTP API (Starlette on uvicorn) a CMS calls instead of the CLI.

The engine is loaded and warmed once per worker process, before the first request is
accepted; drafts are linted on one thread per worker (the engine serialises them anyway),
so the event loop stays free to refuse what is over a limit at once.
"""

from __future__ import annotations

import asyncio
import json
import os
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from typing import Any, Callable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from .. import __version__
from ..report.json import report_dict
from .auth import check_token
from ..engine import DraftError, Engine
from .limits import ApiError, Limits, drafts_from

#: how settings reach worker processes started by uvicorn (``--workers``)
ENV = "ATTRLINT_SERVE_SETTINGS"


@dataclass
class Settings:
    token: str | None = None
    config_file: str | None = None
    limits: Limits = field(default_factory=Limits)
    #: load the pipeline before accepting requests (tests of the HTTP layer may skip it)
    warm: bool = True


class Worker:
    """Runs lint jobs on one thread, refusing new ones when too many wait (503) and
    answering 504 when one is not done within the time limit."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="attrlint-lint")
        self.queued = 0  # submitted and neither finished nor dropped

    def _done(self, _future: Any) -> None:
        self.queued -= 1

    async def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        if self.queued >= self.limits.max_pending:
            raise ApiError(
                503,
                None,
                f"the service is busy ({self.queued} requests waiting); retry shortly",
                {"Retry-After": "1"},
            )
        future = self.executor.submit(fn, *args)
        self.queued += 1
        loop = asyncio.get_running_loop()
        future.add_done_callback(lambda f: loop.call_soon_threadsafe(self._done, f))
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout=self.limits.time_limit)
        except asyncio.TimeoutError:
            raise ApiError(
                504,
                None,
                f"checking took longer than the time limit of {self.limits.time_limit:g} s; "
                "send a shorter draft or a smaller batch",
            ) from None

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


async def _read_body(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it is known to be over ``limit`` bytes."""
    too_big = ApiError(413, "body", f"the request body is over the limit of {limit:,} bytes; split the batch")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise too_big
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_big
        chunks.append(chunk)
    return b"".join(chunks)


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> Starlette:
    settings = settings or Settings()
    engine = engine or Engine(settings.config_file)
    worker = Worker(settings.limits)

    @asynccontextmanager
    async def lifespan(app: Starlette):
        if settings.warm:
            await asyncio.get_running_loop().run_in_executor(worker.executor, engine.warm)
        yield
        worker.close()

    async def check(request: Request) -> Response:
        check_token(settings.token, request.url.path, request.headers.get("authorization"))
        body = await _read_body(request, settings.limits.max_body)
        try:
            payload = json.loads(body)
        except UnicodeDecodeError:
            raise ApiError(400, "body", "is not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise ApiError(
                400, "body", f"is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
            ) from None
        drafts, prefixes = drafts_from(payload, settings.limits)
        try:
            configs = [engine.config_for(d, p) for d, p in zip(drafts, prefixes)]
        except DraftError as exc:
            raise ApiError(422, exc.field, exc.message) from None
        result = await worker.run(engine.check, drafts, configs)
        return JSONResponse(report_dict(result))

    async def rules(request: Request) -> Response:
        check_token(settings.token, request.url.path, request.headers.get("authorization"))
        return JSONResponse({"rules": engine.describe_rules()})

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok", "version": __version__, "queued": worker.queued, "pid": os.getpid()})

    async def openapi(request: Request) -> Response:
        from .openapi import spec

        return JSONResponse(spec())

    async def review(request: Request) -> Response:
        from pathlib import Path

        return HTMLResponse((Path(__file__).parent / "review.html").read_text(encoding="utf-8"))

    async def docs(request: Request) -> Response:
        from .openapi import docs_page

        return HTMLResponse(docs_page())

    async def api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        err = ApiError(exc.status_code, None, f"{exc.detail}: {request.method} {request.url.path}")
        return JSONResponse(err.body(), status_code=exc.status_code, headers=dict(exc.headers or {}))

    async def internal_error(request: Request, exc: Exception) -> Response:
        err = ApiError(500, None, f"internal error: {type(exc).__name__}: {exc} (please report this)")
        return JSONResponse(err.body(), status_code=500)

    return Starlette(
        routes=[
            Route("/", review, methods=["GET"]),
            Route("/v1/check", check, methods=["POST"]),
            Route("/v1/rules", rules, methods=["GET"]),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/openapi.json", openapi, methods=["GET"]),
            Route("/docs", docs, methods=["GET"]),
        ],
        exception_handlers={ApiError: api_error, HTTPException: http_error, Exception: internal_error},
        lifespan=lifespan,
    )


def app_from_env() -> Starlette:
    """The app for a uvicorn worker process, with the settings ``serve`` put in the environment."""
    raw = json.loads(os.environ.get(ENV, "{}"))
    limits = Limits(**raw.pop("limits", {}))
    return create_app(Settings(limits=limits, **raw))


def serve(host: str, port: int, settings: Settings, workers: int = 1, log_level: str = "info") -> None:
    import uvicorn

    if workers > 1:  # each worker process loads its own engine
        os.environ[ENV] = json.dumps(asdict(settings))
        uvicorn.run(
            "attrlint.serve.app:app_from_env", factory=True, host=host, port=port, workers=workers, log_level=log_level
        )
    else:
        uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level)
