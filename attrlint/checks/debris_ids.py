"""debris.template-id: a programmer's identifier left in the copy, a template's field or icon
name ('view_headline' run into the dateline) or a slug's counter ('… between the quays_2').
debris.trailing-initials: an editor's or a desk's initials after a paragraph's last
sentence ('… on November 16. DMS') or in brackets on a line of their own ('(jh)').

Words joined by an underscore are never English: news copy writes them only as a web
address, an e-mail address, a social handle or a shortcode, which are left to other rules or
alone. Counted (stop 32): in real-dev, the seeds and fresh25-32 every such word outside those
is labelled debris (fresh28, fresh30, fresh32; a shortcode in real-dev and fresh32 is
debris.page-furniture's); in 3,823 clean articles, four, each a handle after "follow us" or
"search for" (left alone) or a broken entity.
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..data import load_data
from ..document import Document
from ..finding import Finding, Severity
from ..rule import BaseRule
from .name_mentions import common_word

#: lower-case words joined by underscores, digits allowed ('quays_2', 'view_headline', 'nav_item2');
#: a capital glued to its end is the next word of copy ('view_headlineLagos:')
_ID = regex.compile(r"(?<![\w@#/.:=~\\-])[a-z]+\d*(?:_[a-z0-9]+)+(?=\p{Lu}|[^\w@/=~\\-]|$)(?!\.\w)")
#: a line that names a social account: the word after it is a handle
_HANDLE_CUE = regex.compile(r"(?i)\b(?:follow|search(?:ing)?[ \t]+for|snapchat|instagram|twitter|tiktok|"
                            r"telegram|handle|user[ \t]?name)\b")


class TemplateId(BaseRule):
    """A template's field name, icon name or slug counter in the copy: the CMS's, not the
    writer's; the editor deletes it (and restores the space it ate)."""

    id = "debris.template-id"
    category = "debris"
    severity = Severity.WARNING
    description = "A template's identifier left in the copy ('view_headline', a slug's 'quays_2')."

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for m in _ID.finditer(text):
            s, e = m.span()
            ls = text.rfind("\n", 0, s) + 1
            le = text.find("\n", e)
            line = text[ls:len(text) if le < 0 else le]
            before = text[ls:s]
            if before.rstrip().endswith(("[", "{", "<", "`")) or _HANDLE_CUE.search(line):
                continue  # a shortcode or a tag ('[ad_1]'), code, or a social handle
            if doc.in_quote(s, e):
                continue
            yield self.finding(
                doc, s, e,
                f"“{m.group(0)}” is a template's identifier (a field or icon name, a slug's counter) "
                "left in the copy by the CMS: delete it.",
                suggestions=["delete it"],
            )


#: two to four capitals alone after a paragraph's last sentence: no sentence is only an
#: acronym, so it is a desk's initials or tag ('… on November 16. DMS', '… he said. JK/PR');
#: on 3,823 clean articles, none
_TRAILING_INITIALS = regex.compile(r"[a-z\d][.!?][”\"’]?[ \t]+(?P<i>[A-Z]{2,4}|[A-Z]{1,3}/[A-Z]{1,3})[ \t]*$", regex.M)


#: the same in brackets on a line of their own ("(jh)", "(JK/PR)"); bare ones joined by a
#: slash ("as/lds") are the furniture's CMS slug line (``patterns.SLUG_LINE``)
_INITIALS_LINE = regex.compile(r"^[ \t]*(?P<i>\([a-zA-Z]{2,4}(?:/[a-zA-Z]{2,4})*\))[ \t]*$", regex.M)


class TrailingInitials(BaseRule):
    """Initials after the last sentence of a paragraph: the sub-editor's or the desk's
    sign-off, which the CMS printed with the copy."""

    id = "debris.trailing-initials"
    category = "debris"
    severity = Severity.WARNING
    description = "Initials left after a paragraph's last sentence ('… on November 16. DMS')."

    def __init__(self) -> None:
        # a wire's name there is its sign-off ("… the European Union. EFE"), left alone
        self._wires = {w.upper() for w in load_data("debris.toml")["furniture"]["wires"]}

    def check(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        found = [(m.start("i"), m.end("i"), False) for m in _TRAILING_INITIALS.finditer(text)]
        found += [(m.start("i"), m.end("i"), True) for m in _INITIALS_LINE.finditer(text)]
        for s, e, own_line in sorted(found):
            if text[s:e].strip("()").upper() in self._wires or doc.in_quote(s, e):
                continue
            if all(common_word(w) for w in regex.split(r"[/()]+", text[s:e]) if w):
                continue  # "(and)": a word, not initials
            where = "on a line of its own" if own_line else "after the paragraph's last sentence"
            yield self.finding(
                doc, s, e,
                f"“{text[s:e]}” {where} looks like an editor's or a desk's initials left in the copy: delete it.",
                suggestions=["delete it"],
            )


def rules() -> list[BaseRule]:
    return [TemplateId(), TrailingInitials()]
