"""The language server, driven by a real LSP client (pytest-lsp) over stdio.

One server for the module (the pipeline loads once) on an invented newsroom project whose
`.attrlint.toml` runs only the spelling rules: the server must find it as the CLI does.
"""
from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsprotocol import types  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient  # noqa: E402

from attrlint.finding import Finding, Location, Severity  # noqa: E402
from attrlint.lsp import Positions, diagnostic  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DRAFT = "# Budget\n\nThe minster said their was no plan to close the libary on Monday.\n"

@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("desk")
    (root / ".attrlint.toml").write_text('select = ["spelling.misspelling"]\n', encoding="utf-8")
    (root / "story.md").write_text(DRAFT, encoding="utf-8")
    return root


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(
        server_command=[sys.executable, "-m", "attrlint", "lsp", "--debounce", "2"],
        server_env={**os.environ, "PYTHONPATH": str(ROOT)},
    ),
)
async def client(lsp_client: LanguageClient, project):
    await lsp_client.initialize_session(
        types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=project.as_uri())
    )
    yield
    await lsp_client.shutdown_session()


async def diagnostics_for(client: LanguageClient, uri: str, version, timeout: float = 240, seen=None):
    """Wait until the server publishes diagnostics for ``version`` of ``uri``; the
    versions published on the way are added to ``seen``."""
    while True:
        params = await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), timeout)
        if seen is not None:
            seen.append(params.version)
        if params.uri == uri and params.version == version:
            return params.diagnostics


@pytest.mark.asyncio(loop_scope="module")
async def test_open_change_and_fix(client: LanguageClient, project: Path):
    uri = (project / "story.md").as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=DRAFT)
        )
    )
    diags = await diagnostics_for(client, uri, 1)
    by_word = {DRAFT.splitlines()[d.range.start.line][d.range.start.character : d.range.end.character]: d for d in diags}
    assert "libary" in by_word and by_word["libary"].code == "spelling.misspelling"
    assert by_word["libary"].range.start.line == 2 and by_word["libary"].source == "attrlint"
    # the project's configuration runs spelling only: the their/there rule stays quiet
    assert all(str(d.code).startswith("spelling.") for d in diags)

    # a change is checked once typing pauses; several quick ones give one answer, for the last
    text = DRAFT
    for version, word in ((2, " Goverment"), (3, " officals"), (4, " respnse")):
        text = text.rstrip("\n") + word + ".\n"
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )
    seen: list = []
    diags = await diagnostics_for(client, uri, 4, seen=seen)
    # the first change after a pause may be checked at once (and published, if its check
    # ends before the next change is read); the burst after it is checked once, for its end
    assert seen[-1] == 4 and 3 not in seen and set(seen) <= {2, 4}, f"published versions {seen}: not debounced"
    words = {text.splitlines()[d.range.start.line][d.range.start.character : d.range.end.character] for d in diags}
    assert {"libary", "Goverment", "respnse"} <= words

    # code actions: a quick fix at the misspelling, and one that applies every safe fix
    line = text.splitlines()[2]
    at = types.Range(
        start=types.Position(line=2, character=line.index("libary")),
        end=types.Position(line=2, character=line.index("libary") + 3),
    )
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=at,
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    quick = [a for a in actions if a.kind == types.CodeActionKind.QuickFix]
    assert len(quick) == 1 and "libary" in quick[0].title
    (edit,) = quick[0].edit.changes[uri]
    assert edit.new_text == "library" and edit.range.start == types.Position(line=2, character=line.index("libary"))
    fix_all = [a for a in actions if str(a.kind).startswith("source.fixAll")]
    assert len(fix_all) == 1
    (whole,) = fix_all[0].edit.changes[uri]
    assert "library" in whole.new_text and "libary" not in whole.new_text and "Government" in whole.new_text

    # saving checks at once, and closing clears the file's diagnostics
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    assert await diagnostics_for(client, uri, 4)
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    assert list(await diagnostics_for(client, uri, None)) == []


@pytest.mark.asyncio(loop_scope="module")
async def test_a_bad_configuration_is_said_once_and_findings_are_withdrawn(client: LanguageClient, project: Path):
    desk = project / "sport"
    desk.mkdir()
    (desk / ".attrlint.toml").write_text('select = ["no-such-family"]\n', encoding="utf-8")
    uri = (desk / "match.md").as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=DRAFT)
        )
    )
    assert list(await diagnostics_for(client, uri, 1)) == []
    said = [m.message for m in client.messages if "no-such-family" in m.message]
    assert len(said) == 1 and str(desk / ".attrlint.toml") in said[0]
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    await diagnostics_for(client, uri, 1)
    assert len([m for m in client.messages if "no-such-family" in m.message]) == 1


def test_positions_count_utf16_units_and_every_newline():
    source = "a\r\nb😀c\rd\ne"
    pos = Positions(source, lambda s: len(s.encode("utf-16-le")) // 2)
    assert pos.position(source.index("c")) == types.Position(line=1, character=3)
    assert pos.position(source.index("d")) == types.Position(line=2, character=0)
    assert pos.position(source.index("e")) == types.Position(line=3, character=0)


def test_diagnostic_carries_rule_severity_and_suggestion():
    f = Finding(rule="spelling.misspelling", category="typo", severity=Severity.ERROR, message="“teh” looks misspelt.",
                start=0, end=3, suggestions=["the"], fix="the")
    f.location = Location(1, 1, 1, 4, 0, 3, "teh")
    d = diagnostic(f, Positions("teh cat", len))
    assert d.code == "spelling.misspelling" and d.severity == types.DiagnosticSeverity.Error
    assert d.message.endswith("(suggestion: the)") and d.data["fix"] == "the"
    assert d.range == types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=3))


def test_an_edit_after_a_pause_is_checked_at_once_and_typing_waits_for_quiet():
    from attrlint.lsp import AttrlintServer

    async def scenario() -> list[float]:
        server = AttrlintServer(debounce=0.25)
        delays: list[float] = []
        server.schedule = lambda uri, delay: delays.append(delay)  # type: ignore[method-assign]
        server.changed("file:///d.md")  # the first edit: at once
        server.changed("file:///d.md")  # typing on: wait for quiet
        await asyncio.sleep(0.3)
        server.changed("file:///d.md")  # after a pause: at once again
        server.pending["file:///d.md"] = None  # type: ignore[assignment]  # a check already waits
        await asyncio.sleep(0.3)
        server.changed("file:///d.md")  # joins the waiting one
        return delays

    assert asyncio.run(scenario()) == [0, 0.25, 0, 0.25]
