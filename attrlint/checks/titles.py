"""The `title` category: wrong or outdated titles of known public figures.

A title is judged against the knowledge base (``rules/people/*.toml`` plus the files
listed under ``[tool.attrlint.rule-options."title.wrong-office"] kb = [...]``) at the
story's date. People the knowledge base does not know are never flagged.

Options (``rule-options."title.wrong-office"``):
  kb = ["newsroom-people.toml"]   extra knowledge-base files, relative to the config file
  undated = "unknown" | "today"   a story without a date: check only titles a person never
                                  held (default), or judge it as of today
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Iterator

from ..finding import Finding, Severity
from ..kb.analysis import Checked, analyzer, judging_date
from ..rule import BaseRule

OPTIONS_RULE = "title.wrong-office"


def _kb_paths(doc) -> tuple[str, ...]:
    cfg = doc.config
    opts = cfg.rule_options(OPTIONS_RULE) if cfg is not None else {}
    paths = opts.get("kb", [])
    if isinstance(paths, str):
        paths = [paths]
    root = cfg.root if cfg is not None else Path.cwd()
    return tuple(str((root / p).resolve()) for p in paths)


def analyse(doc) -> tuple[list[Checked], dt.date | None, str]:
    """Titled mentions with verdicts for ``doc``, computed once and shared by the rules."""
    def compute() -> tuple[list[Checked], dt.date | None, str]:
        opts = doc.config.rule_options(OPTIONS_RULE) if doc.config is not None else {}
        when, source = judging_date(doc, str(opts.get("undated", "unknown")))
        return analyzer(_kb_paths(doc)).check(doc.text, when), when, source

    return doc.shared("titles", compute)


def _cased(word: str, like: str) -> str:
    """A suggested title in the case the writer used ("prime minister" / "Prime Minister")."""
    return word if like[:1].isupper() else word.lower()


#: where a story date came from when it is the page's own stamp, which an aggregator may
#: set when it copies an older story ("Date: <the day it was scraped>")
_PAGE_STAMPS = frozenset({"scrape metadata", "published line", "updated line", "dated line"})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: a line of at least this many words is copy, not a stamp or a menu
_COPY_WORDS = 12


#: a dateline led by its place in capitals ("LONDON | Friday, ...", "DHAKA (Agency) - ..."):
#: the story's own, unlike a bare "Date:" stamp an aggregator prints over what it copied
_PLACE_DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}[ \t]*(?:[,|(—–-])")


def copy_says_later(text: str, year: int) -> bool:
    """Whether a line of the copy itself (not a short stamp line) writes ``year`` or later:
    then the story was written after that year and not only stamped so."""
    return any(len(line.split()) >= _COPY_WORDS and any(int(y) >= year for y in _YEAR.findall(line))
               for line in text.splitlines() if _YEAR.search(line))


class _TitleRule(BaseRule):
    category = "title"
    kind = ""

    def check(self, doc) -> Iterator[Finding]:
        checked, when, source = analyse(doc)
        text = doc.text
        for c in checked:
            v = c.verdict
            if v.rule != self.kind:
                continue
            m = c.mention
            if doc.in_quote(m.start, m.end):
                continue
            if (self.kind == "missing-former" and source in _PAGE_STAMPS and v.left_office is not None
                    and not _PLACE_DATELINE.search(text[:600]) and not copy_says_later(text, v.left_office.year)):
                continue  # a copied story under a later page stamp: nothing in it says it is that late
            said = text[m.title_start:m.title_end]
            dated = f"story date {when.isoformat()} ({source})" if when else f"story date: {source}"
            dated = v.dated_by or dated
            start, end, suggestions = _suggestions(text, m, v, said)
            who = text[m.name.start:m.name.end]
            message = f"Wrong or outdated title for {who}: {v.problem} ({dated})."
            if self.kind == "missing-former":
                message = f"Outdated title: {v.problem} ({dated})."
            elif self.kind == "past-act":
                message = (f"Title of the time for a past act: {v.problem} ({dated}); AP style writes "
                           "'former' here, many desks keep the title.")
            elif self.kind == "acting":
                message = f"Acting or full holder: {v.problem} ({dated})."
            yield self.finding(
                doc, start, end, message,
                suggestions=suggestions,
                evidence=v.evidence,
                severity=v.severity if self.kind in ("wrong-office", "acting") else None,
            )


def _suggestions(text: str, m, v, said: str) -> tuple[int, int, list[str]]:
    """The span to replace and the replacements that would make the title right."""
    start, end, out = m.start, m.end, []
    if m.form == "unnamed":  # "the Russian prime minister said": the title alone
        if v.new_title and not v.new_title.startswith("former "):
            out.append(_cased(v.new_title, said))
        elif v.add_former or v.rule == "missing-former":  # "the prime minister" of a former holder
            out.append("former " + text[m.title_start:m.title_end])
        return m.title_start, m.title_end, out
    if v.new_title:
        new = v.new_title if v.new_title.startswith("former ") else _cased(v.new_title, said)
        keep_jur = m.jurisdiction is None or m.jurisdiction == v.new_jurisdiction
        named = text[m.start:m.title_start].strip()
        if keep_jur and named and new.lower().startswith(named.lower() + " "):
            keep_jur = False  # "WHO Director-General" names the body itself: not "WHO WHO Director-General"
        if m.form == "prefix":
            s = m.title_start if keep_jur else m.start
            repl = new + text[m.title_end:m.end]
            if _starts_sentence(text, s):
                repl = repl[:1].upper() + repl[1:]
            if v.add_former:
                out.append(text[start:s] + repl)
            else:
                start = s
                out.append(repl)
        else:
            start, end = m.former_at, m.title_end
            out.append((text[m.former_at:m.title_start] if keep_jur else "") + new)
    if v.add_former:
        if m.form == "appositive":
            start, end = m.former_at, m.title_end
        head = text[start:m.title_start]
        if re.search(r"['’]s\s+$", head):  # "Ukraine's former prime minister"
            out.append(head + "former " + text[m.title_start:end])
        else:
            lead = "Former " if m.form == "prefix" and _starts_sentence(text, start) else "former "
            out.append(lead + text[start:end])
    elif v.add_acting:
        if m.form == "appositive":
            start, end = m.former_at, m.title_end
        head, tail = text[start:m.title_start], text[m.title_start:end]
        word = "Acting " if not head and tail[:1].isupper() and _starts_sentence(text, start) else "acting "
        out.append(head + word + tail)
    elif v.drop_acting:
        if m.form == "appositive":
            start, end = m.former_at, m.title_end
        seg = text[start:end]
        repl = re.sub(r"(?i)\b(?:acting|interim)[\s-]+", "", seg, count=1)
        out.append(repl[:1].upper() + repl[1:] if seg[:1].isupper() else repl)
    elif v.drop_former:
        if m.form == "appositive":
            start, end = m.former_at, m.title_end
        seg = text[start:end]
        repl = re.sub(r"(?i)\b(?:former|ex)[\s-]+", "", seg, count=1)
        out.append(repl[:1].upper() + repl[1:] if seg[:1].isupper() else repl)
    return start, end, out


def _starts_sentence(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t")
    return not before or before[-1] in ".!?\n\"“‘'"


class WrongOffice(_TitleRule):
    id = "title.wrong-office"
    kind = "wrong-office"
    severity = Severity.WARNING
    description = ("A known person is given a title that matches no office they held on the story's date "
                   "(never held: error; held at another time: warning).")


class MissingFormer(_TitleRule):
    id = "title.missing-former"
    kind = "missing-former"
    severity = Severity.INFO
    description = "A known person is given the title of an office they had left by the story's date, without 'former'."


class FormerIncumbent(_TitleRule):
    id = "title.former-incumbent"
    kind = "former-incumbent"
    severity = Severity.WARNING
    description = "A known person is called 'former' holder of an office they held on the story's date."


class Acting(_TitleRule):
    id = "title.acting"
    kind = "acting"
    severity = Severity.WARNING
    description = ("'Acting' or 'interim' against the terms on record: a full holder called acting (warning), "
                   "or an acting holder given the bare title (info).")


class PastAct(_TitleRule):
    """Opt-in: AP style writes "former" even for acts done in office ("sanctions imposed
    by former President Barack Obama"); many desks keep the title of the time, which is
    why this is not reported by default."""
    id = "title.past-act"
    kind = "past-act"
    severity = Severity.INFO
    opt_in = True
    description = ("Opt-in (AP style): an office left by the story date, used without 'former' for an act done in "
                   "office ('sanctions imposed by President Barack Obama' in 2017).")


def rules():
    from .titles_congress import UsLegislator
    from .titles_envoys import SelfEnvoy

    return [WrongOffice(), MissingFormer(), FormerIncumbent(), Acting(), PastAct(), SelfEnvoy(), UsLegislator()]
