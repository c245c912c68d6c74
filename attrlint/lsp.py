"""``attrlint lsp``: a language server over stdio (pygls), for drafts in VS Code, Neovim, ...

Diagnostics on open and save at once, and after a change once typing pauses
(``--debounce``); a quick fix for each finding with a safe fix and a "fix all" source
action, both from the same findings the diagnostics came from. Each file's configuration
is found as the CLI finds it (nearest ``.attrlint.toml`` or ``pyproject.toml`` upwards);
saving one of those files re-reads it and checks the open drafts again.
"""

from __future__ import annotations

import asyncio
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any, Callable

from lsprotocol import types
from pygls import uris
from pygls.lsp.server import LanguageServer

from . import __version__
from .config import ConfigError, clear_cache
from .finding import Finding, Severity
from .fixes import apply_fixes
from .engine import Draft, DraftError, Engine

#: an untitled buffer is read in the format of its language
LANGUAGE_EXTENSIONS = {"markdown": ".md", "html": ".html", "plaintext": ".txt"}
CONFIG_NAMES = (".attrlint.toml", "pyproject.toml")
SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
_NEWLINE = re.compile(r"\r\n|\r|\n")


class Positions:
    """Source offsets (Python characters) to LSP positions in the client's code units."""

    def __init__(self, source: str, units: Callable[[str], int]):
        self.source = source
        self.units = units
        self.starts = [0] + [m.end() for m in _NEWLINE.finditer(source)]

    def position(self, offset: int) -> types.Position:
        import bisect

        line = bisect.bisect_right(self.starts, offset) - 1
        return types.Position(line=line, character=self.units(self.source[self.starts[line] : offset]))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))


@dataclass
class Checked:
    """What the last check of a document saw: the text, its version and the findings."""

    source: str
    version: int | None
    findings: list[Finding]


class AttrlintServer(LanguageServer):
    def __init__(self, debounce: float = 0.3):
        super().__init__("attrlint", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.debounce = debounce
        self.engine: Engine | None = None
        self.lint_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="attrlint-lsp")
        self.pending: dict[str, asyncio.Task] = {}
        #: when each document last changed (the event loop's clock), to tell an edit made
        #: after a pause from one in the middle of typing
        self.last_change: dict[str, float] = {}
        self.checked: dict[str, Checked] = {}
        self.warned: set[str] = set()

    # --- checking ---------------------------------------------------------------------------
    def get_engine(self) -> Engine:
        if self.engine is None:
            self.engine = Engine(root=self.workspace.root_path or ".")
        return self.engine

    def draft_for(self, uri: str) -> Draft:
        doc = self.workspace.get_text_document(uri)
        path = uris.to_fs_path(uri) if uri.startswith("file:") else None
        if path:
            return Draft(doc.source, filename=path, config_path=path)
        name = PurePosixPath(uri.rsplit("/", 1)[-1] or "untitled").name
        if not PurePosixPath(name).suffix:
            name += LANGUAGE_EXTENSIONS.get(doc.language_id or "", ".md")
        return Draft(doc.source, filename=name)

    def _lint(self, draft: Draft) -> tuple[list[Finding], list[str]]:
        engine = self.get_engine()
        result = engine.check([draft], [engine.config_for(draft)])
        findings = result.files[0].findings if result.files else []
        return findings, result.errors

    async def lint(self, uri: str) -> None:
        try:
            doc = self.workspace.get_text_document(uri)
        except Exception:  # closed meanwhile
            return
        version, draft = doc.version, self.draft_for(uri)
        loop = asyncio.get_running_loop()
        try:
            findings, errors = await loop.run_in_executor(self.lint_thread, self._lint, draft)
        except (ConfigError, DraftError) as exc:  # said once; the file's old findings are withdrawn
            self.warn(f"attrlint: {exc}")
            self.checked.pop(uri, None)
            self.publish(uri, draft.text, version, [])
            return
        for err in errors:
            self.warn(f"attrlint: {err}")
        self.checked[uri] = Checked(draft.text, version, findings)
        if uri in self.pending:  # typed on meanwhile: the check waiting will publish, for the newer text
            return
        self.publish(uri, draft.text, version, findings)

    def changed(self, uri: str) -> None:
        """A change made after a pause of ``debounce`` seconds is checked at once (the
        editor sees its diagnostics after the engine's time alone); one made while typing
        goes on waits for ``debounce`` seconds of quiet, so that a burst is checked once,
        for its last text."""
        now = asyncio.get_running_loop().time()
        last = self.last_change.get(uri)
        self.last_change[uri] = now
        after_a_pause = last is None or now - last >= self.debounce
        self.schedule(uri, 0 if after_a_pause and uri not in self.pending else self.debounce)

    def publish(self, uri: str, source: str, version: int | None, findings: list[Finding]) -> None:
        pos = Positions(source, self.workspace.position_codec.client_num_units)
        diagnostics = [diagnostic(f, pos) for f in findings if f.location is not None]
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )

    def warn(self, message: str) -> None:
        """Say a problem (a bad configuration, a rule that failed) once, not at every keystroke."""
        if message in self.warned:
            return
        self.warned.add(message)
        self.window_show_message(types.ShowMessageParams(type=types.MessageType.Warning, message=message))

    def schedule(self, uri: str, delay: float) -> None:
        """Check ``uri`` after ``delay`` seconds, replacing a check already waiting."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()

        async def later() -> None:
            if delay:
                await asyncio.sleep(delay)
            if self.pending.get(uri) is task:
                del self.pending[uri]
            await self.lint(uri)

        task = asyncio.ensure_future(later())
        self.pending[uri] = task

    # --- fixes ------------------------------------------------------------------------------
    def current(self, uri: str) -> Checked | None:
        """The last check, if the text has not changed since (fixes need exact offsets)."""
        checked = self.checked.get(uri)
        try:
            doc = self.workspace.get_text_document(uri)
        except Exception:
            return None
        if checked is None or checked.source != doc.source:
            return None
        return checked

    def code_actions(self, params: types.CodeActionParams) -> list[types.CodeAction]:
        uri = params.text_document.uri
        checked = self.current(uri)
        if checked is None:
            return []
        pos = Positions(checked.source, self.workspace.position_codec.client_num_units)
        want = params.context.only
        actions: list[types.CodeAction] = []
        fixable = [f for f in checked.findings if f.fix is not None and f.location is not None]
        if not want or types.CodeActionKind.QuickFix in want:
            for f in fixable:
                assert f.location is not None and f.fix is not None
                rng = pos.range(f.location.start, f.location.end)
                if not _overlaps(rng, params.range):
                    continue
                actions.append(
                    types.CodeAction(
                        title=f"Replace “{f.location.text}” with “{f.fix}” ({f.rule})",
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[diagnostic(f, pos)],
                        is_preferred=True,
                        edit=types.WorkspaceEdit(changes={uri: [types.TextEdit(range=rng, new_text=f.fix)]}),
                    )
                )
        if fixable and (not want or any(str(k).startswith("source") for k in want)):
            new_source, n = apply_fixes(checked.source, fixable)
            if n:
                whole = pos.range(0, len(checked.source))
                actions.append(
                    types.CodeAction(
                        title=f"attrlint: apply {n} safe fix{'es' if n != 1 else ''}",
                        kind=types.CodeActionKind.SourceFixAll + ".attrlint",
                        edit=types.WorkspaceEdit(changes={uri: [types.TextEdit(range=whole, new_text=new_source)]}),
                    )
                )
        return actions

    def config_saved(self) -> None:
        """A configuration file changed: forget what was read and check every open draft."""
        clear_cache()
        self.engine = None
        self.warned.clear()
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, 0)


def _overlaps(a: types.Range, b: types.Range) -> bool:
    def key(p: types.Position) -> tuple[int, int]:
        return (p.line, p.character)

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


def diagnostic(f: Finding, pos: Positions) -> types.Diagnostic:
    assert f.location is not None
    message = f.message
    if f.suggestions and not any(s in message for s in f.suggestions):
        message += f" (suggestion: {', '.join(f.suggestions[:3])})"
    data: dict[str, Any] = {"category": f.category}
    if f.fix is not None:
        data["fix"] = f.fix
    return types.Diagnostic(
        range=pos.range(f.location.start, f.location.end),
        message=message,
        severity=SEVERITIES.get(f.severity, types.DiagnosticSeverity.Warning),
        code=f.rule,
        source="attrlint",
        data=data,
    )


def make_server(debounce: float = 0.3) -> AttrlintServer:
    server = AttrlintServer(debounce)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: AttrlintServer, params: types.InitializedParams) -> None:
        # load the pipeline while the editor finishes starting, not on the first draft
        try:
            await asyncio.get_running_loop().run_in_executor(ls.lint_thread, ls.get_engine().warm)
        except Exception as exc:  # a bad configuration is said when a draft is checked
            ls.window_log_message(types.LogMessageParams(type=types.MessageType.Warning, message=f"attrlint: {exc}"))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: AttrlintServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: AttrlintServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.changed(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: AttrlintServer, params: types.DidSaveTextDocumentParams) -> None:
        if params.text_document.uri.rsplit("/", 1)[-1] in CONFIG_NAMES:
            ls.config_saved()
        else:
            ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: AttrlintServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        waiting = ls.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        ls.checked.pop(uri, None)
        ls.last_change.pop(uri, None)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(
            code_action_kinds=[types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll + ".attrlint"]
        ),
    )
    def code_action(ls: AttrlintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        return ls.code_actions(params)

    return server


def run(debounce: float = 0.3) -> None:
    make_server(debounce).start_io()
