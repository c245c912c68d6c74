"""The service's OpenAPI 3.1 description, and a plain page that shows it without any
script or asset from elsewhere (the service may run where nothing else can be reached)."""

from __future__ import annotations

import html
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import __version__


@lru_cache(maxsize=1)
def report_schema() -> dict[str, Any]:
    """schema/report.schema.json: ``attrlint/schema`` in a wheel, ``schema/`` in a checkout."""
    here = Path(__file__).resolve().parent.parent
    for cand in (here / "schema", here.parent / "schema"):
        path = cand / "report.schema.json"
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    return {"type": "object", "description": "the JSON report of `attrlint check --format json`"}


_SELECTORS = {
    "oneOf": [
        {"type": "array", "items": {"type": "string"}},
        {"type": "string", "description": "comma-separated, as on the command line"},
    ],
    "description": "rule ids, id prefixes or categories",
}

_DRAFT = {
    "type": "object",
    "required": ["text"],
    "additionalProperties": False,
    "properties": {
        "text": {"type": "string", "description": "the draft"},
        "filename": {
            "type": "string",
            "default": "draft.md",
            "description": "a label; its extension (.md, .txt, .html) sets the format",
        },
        "date": {"type": "string", "format": "date", "description": "the story date titles and dates are judged at"},
        "house_style": {"type": "string", "description": "a bundled house style: ap, reuters, guardian"},
        "select": _SELECTORS,
        "ignore": _SELECTORS,
    },
}

_BATCH = {
    "type": "object",
    "required": ["documents"],
    "additionalProperties": False,
    "properties": {
        "documents": {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/Draft"}},
        "date": _DRAFT["properties"]["date"],  # type: ignore[index]
        "house_style": _DRAFT["properties"]["house_style"],  # type: ignore[index]
        "select": _SELECTORS,
        "ignore": _SELECTORS,
    },
    "description": "several drafts checked together; top-level settings apply to every draft that does not set its own",
}

_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["status", "message"],
            "properties": {
                "status": {"type": "integer"},
                "field": {"type": "string", "description": "the field at fault, e.g. documents[2].text"},
                "message": {"type": "string"},
            },
        }
    },
}


def _err(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "attrlint",
            "version": __version__,
            "description": "Source-reliability and attribution checks for news drafts. "
            "The report is the same JSON as `attrlint check --format json`.",
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {"Draft": _DRAFT, "Batch": _BATCH, "Report": report_schema(), "Error": _ERROR},
        },
        "paths": {
            "/v1/check": {
                "post": {
                    "summary": "Check one draft or a batch",
                    "security": [{"bearer": []}, {}],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "oneOf": [
                                        {"$ref": "#/components/schemas/Draft"},
                                        {"$ref": "#/components/schemas/Batch"},
                                    ]
                                }
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "the report (findings do not make it fail)",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Report"}}},
                        },
                        "400": _err("the body is not JSON or not an object"),
                        "401": _err("a token is needed, or the one sent is wrong"),
                        "413": _err("the body is over the size limit"),
                        "422": _err("a field is missing, of the wrong type, or names no rule or style"),
                        "503": _err("too many requests are waiting; retry after the Retry-After seconds"),
                        "504": _err("checking took longer than the time limit"),
                    },
                }
            },
            "/v1/rules": {
                "get": {
                    "summary": "The rules this service runs",
                    "security": [{"bearer": []}, {}],
                    "responses": {"200": {"description": '{"rules": [{id, category, severity, description}]}'}},
                }
            },
            "/healthz": {
                "get": {"summary": "Liveness: the engine is loaded", "responses": {"200": {"description": '{"status": "ok", version, queued, pid}'}}}
            },
        },
    }


def docs_page() -> str:
    """The API described in plain HTML: each path, what it takes and what it answers."""
    s = spec()
    rows = []
    for path, ops in s["paths"].items():
        for method, op in ops.items():
            answers = ", ".join(f"{code} {html.escape(r['description'])}" for code, r in op["responses"].items())
            rows.append(
                f"<h2><code>{method.upper()} {html.escape(path)}</code></h2>"
                f"<p>{html.escape(op['summary'])}</p><p><small>{answers}</small></p>"
            )
    schemas = json.dumps({k: s["components"]["schemas"][k] for k in ("Draft", "Batch", "Error")}, indent=2)
    return (
        "<!doctype html><html lang=en><meta charset=utf-8><title>attrlint API</title>"
        "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:50em;margin:2em auto;padding:0 1em}"
        "pre{background:#f4f4f4;padding:1em;overflow:auto}</style>"
        f"<h1>attrlint {html.escape(__version__)} API</h1>"
        "<p>The machine-readable description is at <a href=/openapi.json>/openapi.json</a>.</p>"
        + "".join(rows)
        + f"<h2>Request bodies</h2><pre>{html.escape(schemas)}</pre></html>"
    )
