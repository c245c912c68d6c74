"""What a request to the service may be, and the errors that say why one is refused.

Plain Python (no web library), so that the rules are tested on their own and the same
checks serve every front end. Each refusal is an :class:`ApiError` with the HTTP status,
the field at fault (``documents[2].text``) and a sentence a CMS developer can act on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from ..engine import Draft

#: the per-draft settings; a batch may also give them once, at the top, for every draft
DRAFT_FIELDS = ("text", "filename", "date", "house_style", "select", "ignore")
SHARED_FIELDS = ("date", "house_style", "select", "ignore")


@dataclass(frozen=True)
class Limits:
    #: bytes of request body (413 beyond)
    max_body: int = 5_000_000
    #: drafts in one batch
    max_documents: int = 100
    #: seconds one request may take, waiting included (504 beyond)
    time_limit: float = 60.0
    #: requests waiting for the engine at once (503 beyond)
    max_pending: int = 64


class ApiError(Exception):
    """A refused request: HTTP status, the field at fault (or "body") and why."""

    def __init__(self, status: int, field: str | None, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.field = field
        self.message = message
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        err: dict[str, Any] = {"status": self.status, "message": self.message}
        if self.field:  # the message names the field too, so that it reads alone
            err["field"] = self.field
            err["message"] = f"{self.field}: {self.message}"
        return {"error": err}


def _unprocessable(field: str, message: str) -> ApiError:
    return ApiError(422, field, message)


def _selectors(value: Any, field: str) -> list[str]:
    """A list of selectors, or one comma-separated string as on the command line."""
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list):
        raise _unprocessable(field, "must be a list of rule ids, id prefixes or categories")
    for i, v in enumerate(value):
        if not isinstance(v, str) or not v.strip():
            raise _unprocessable(f"{field}[{i}]", "must be a non-empty string (a rule id, id prefix or category)")
    return [v.strip() for v in value]


def _date(value: Any, field: str) -> dt.date:
    from ..dates import parse_date

    parsed = parse_date(value) if isinstance(value, str) else None
    if parsed is None:
        raise _unprocessable(field, f"cannot read {value!r} as a date; use YYYY-MM-DD")
    return parsed


def _filename(value: Any, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _unprocessable(field, 'must be a non-empty string such as "draft.md" (its extension sets the format)')
    if len(value) > 255 or "\x00" in value or "\\" in value:
        raise _unprocessable(field, "must be a plain relative name of at most 255 characters")
    p = PurePosixPath(value)
    if p.is_absolute() or ".." in p.parts:
        raise _unprocessable(field, "must be a relative name without '..' (it is only a label and a format)")
    return value


def _house_style(value: Any, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _unprocessable(field, "must be the name of a bundled house style (ap, reuters, guardian)")
    if "/" in value or "\\" in value or value.endswith(".toml"):
        raise _unprocessable(field, "must name a bundled house style; the service reads no files named in a request")
    return value.strip()


def draft_from(obj: Any, where: str, shared: dict[str, Any]) -> Draft:
    """One draft from its JSON object; ``where`` prefixes field names (``documents[1].``)."""
    if not isinstance(obj, dict):
        raise _unprocessable(where.rstrip(".") or "body", 'must be a JSON object with at least "text"')
    for key in obj:
        if key not in DRAFT_FIELDS:
            raise _unprocessable(f"{where}{key}", f"is not a known field (known: {', '.join(DRAFT_FIELDS)})")
    if "text" not in obj:
        raise _unprocessable(f"{where}text", "is required: the draft to check")
    if not isinstance(obj["text"], str):
        raise _unprocessable(f"{where}text", "must be a string")
    values = {**shared, **{k: v for k, v in obj.items() if v is not None}}
    draft = Draft(obj["text"], _filename(values.get("filename", "draft.md"), f"{where}filename"))
    fields = {k: (f"{where}{k}" if k in obj else k) for k in SHARED_FIELDS}
    if values.get("date") is not None:
        draft.date = _date(values["date"], fields["date"])
    if values.get("house_style") is not None:
        draft.house_style = _house_style(values["house_style"], fields["house_style"])
    if values.get("select") is not None:
        draft.select = _selectors(values["select"], fields["select"])
    if values.get("ignore") is not None:
        draft.ignore = _selectors(values["ignore"], fields["ignore"])
    return draft


def drafts_from(payload: Any, limits: Limits) -> tuple[list[Draft], list[str]]:
    """The drafts of a request body (one draft or ``{"documents": [...]}``), with the
    prefix of each one's field names; anything else raises ApiError naming the field."""
    if not isinstance(payload, dict):
        raise ApiError(400, "body", 'must be a JSON object: {"text": ...} or {"documents": [...]}')
    if "documents" not in payload:
        return [draft_from(payload, "", {})], [""]
    docs = payload["documents"]
    for key in payload:
        if key != "documents" and key not in SHARED_FIELDS:
            raise _unprocessable(key, f"is not a known field of a batch (known: documents, {', '.join(SHARED_FIELDS)})")
    if not isinstance(docs, list) or not docs:
        raise _unprocessable("documents", "must be a non-empty list of drafts")
    if len(docs) > limits.max_documents:
        raise _unprocessable("documents", f"has {len(docs)} drafts; the limit is {limits.max_documents} a request")
    shared = {k: payload[k] for k in SHARED_FIELDS if payload.get(k) is not None}
    drafts: list[Draft] = []
    prefixes: list[str] = []
    seen: dict[str, int] = {}
    for i, obj in enumerate(docs):
        where = f"documents[{i}]."
        draft = draft_from(obj, where, shared)
        if "filename" not in obj:  # unnamed drafts of a batch get names of their own
            draft.filename = f"draft-{i + 1}.md"
        if draft.filename in seen:
            raise _unprocessable(
                f"{where}filename", f"{draft.filename!r} is already used by documents[{seen[draft.filename]}]"
            )
        seen[draft.filename] = i
        drafts.append(draft)
        prefixes.append(where)
    return drafts, prefixes
