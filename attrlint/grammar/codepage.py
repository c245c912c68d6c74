"""UTF-8 punctuation decoded with an East Asian code page: "council鈥檚" for "council’s".

A curly quotation mark or a dash is three bytes in UTF-8 (E2 80 99 for ’). A page that
reads those bytes as GBK (or Shift-JIS, Big5, EUC-KR) shows two CJK characters, the second
one swallowing the ASCII letter after the mark ("鈥檚" is E2 80 | 99 73, that is "’s").
Encoding the CJK run back with the code page gives the original UTF-8 bytes, so the fix is
known by construction. Real Chinese, Japanese or Korean words encode to bytes that are not
UTF-8 ("村民" is B4 E5 C3 F1), so they are never taken for this.

This is a base module: it imports nothing of attrlint, so both the mojibake rule and the
foreign-script rules can ask it whether a run is garbled punctuation.
"""
from __future__ import annotations

import codecs

import regex

#: the code pages a web page is wrongly read with, most common first
CODE_PAGES = ("gbk", "shift_jis", "big5", "euc_kr")
#: a run of CJK characters, with the ASCII letters the last one may have swallowed after it
RUN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{1,8}")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def undo(run: str) -> tuple[str, bool, str] | None:
    """What a CJK run was before a wrong code page garbled it: ``(text, lost, code_page)``.

    ``text`` is the decoded UTF-8 (its ASCII letters included); ``lost`` says the last mark
    lost its final byte (a lone "鈥": E2 80 and a byte no code page could show). None when the
    run is not garbled UTF-8 punctuation (real CJK text, or bytes that decode to CJK again).
    Only runs that start with a punctuation mark's lead bytes are read: a lone CJK character
    that happens to encode to an accented letter's bytes may be a real one."""
    for cp in CODE_PAGES:
        try:
            raw = run.encode(cp)
        except UnicodeEncodeError:
            continue
        if raw.isascii():
            return None
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            text = decoder.decode(raw, final=False)
        except UnicodeDecodeError:
            continue
        lost = bool(decoder.getstate()[0])
        if _CJK.search(text) or not raw.startswith(b"\xe2\x80"):
            continue  # only punctuation (U+2000-U+203F: quotation marks, dashes) is trusted
        return text, lost, cp
    return None


def is_garbled(run: str) -> bool:
    """Whether every CJK run in ``run`` is garbled UTF-8 punctuation."""
    runs = RUN.findall(run)
    return bool(runs) and all(undo(r) is not None for r in runs)
