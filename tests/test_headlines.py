"""The shared headline-shape test (attrlint/headlines.py) and its parameters."""
from attrlint.headlines import CLOSING_MARK, FULL_STOP, SENTENCE_STOP, headline_shaped, title_case_share


def test_title_case_share_needs_three_long_words():
    assert title_case_share(["Mayor", "Quits"]) is None
    assert title_case_share(["Mayor", "Quits", "after", "Vote"]) == 0.75


def test_full_stop_closes_only_when_asked():
    assert not headline_shaped("Council Approves Budget.", stops=FULL_STOP)
    assert headline_shaped("Council Approves Budget?", stops=FULL_STOP)
    assert not headline_shaped("Council Approves Budget?", stops=SENTENCE_STOP)
    assert not headline_shaped("Council approves budget, then adjourns,", stops=CLOSING_MARK)
    assert not headline_shaped('He said "no."', stops=CLOSING_MARK)


def test_caps_at_least_and_over_differ_at_the_threshold():
    line = "Harbour Board Rejects Plans over Ferry Timetable Review now"
    long_words = ["Harbour", "Board", "Rejects", "Plans", "over"]  # 4 of 5 = 0.8
    assert headline_shaped(line, caps_at_least=0.8, long_words=long_words)
    assert not headline_shaped(line, caps_over=0.8, long_words=long_words)
    assert headline_shaped(line, caps_over=0.7, long_words=long_words)


def test_caps_from_the_line_itself():
    assert headline_shaped("Harbour Board Rejects Ferry Plans", caps_at_least=0.8)
    assert not headline_shaped("The harbour board rejected the ferry plans", caps_at_least=0.8)
    assert not headline_shaped("Board Says No to Dog", caps_at_least=0.8)  # two long words only


def test_short_lines_that_do_not_run_on():
    kw = dict(stops=CLOSING_MARK, max_words=20, runs_on=frozenset({"of", "the"}), opens_capital=True)
    assert headline_shaped("Ferry service to resume after storm repairs", **kw)
    assert not headline_shaped("Ferry service to resume after the", **kw)
    assert not headline_shaped("Ferry service chief's", **kw)
    assert not headline_shaped("ferry service to resume", **kw)
    assert headline_shaped("“Not again”: ferry cancelled", **kw)
    assert not headline_shaped(" ".join(["Word"] * 21), **kw)
    assert not headline_shaped("   ", **kw)
