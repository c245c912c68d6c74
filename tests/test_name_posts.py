"""Stop 31, round 2: a name form found only in a pasted post (an embedded tweet, a
quotation printed again without its marks) is no inconsistency of the writer's. The
sentences are invented."""
from __future__ import annotations

from attrlint.checks import consistency
from attrlint.config import Config
from attrlint.linter import lint_text


def _inconsistent(text: str):
    rules = {r.id: r for r in consistency.rules() if r.id == "names.inconsistent"}
    return list(lint_text(text, path="story.txt", config=Config(), rules=rules))


def test_a_name_form_only_in_a_pasted_post_is_not_the_writers():
    text = ("Rescue workers said dozens died in the strike on the village of Al Marouf on Thursday.\n\n"
            "Activists posted photos. Strike on Al Maroof tonight, the mosque was full "
            "pic.twitter.com/Xy12Ab34 Officials did not comment.\n\n"
            "The village of Al Marouf lies in a rebel-held area of the province.")
    assert not _inconsistent(text)


def test_the_same_form_in_the_writers_own_voice_is_inconsistent():
    text = ("Rescue workers said dozens died in the strike on the village of Al Marouf on Thursday.\n\n"
            "Activists posted photos of the strike on Al Maroof that night. Officials did not comment.\n\n"
            "The village of Al Marouf lies in a rebel-held area of the province.")
    assert [f.location.text for f in _inconsistent(text)] == ["Maroof"]


def test_a_quotation_printed_again_without_its_marks_is_verbatim():
    text = ("The governor wrote that \"after three long years of GreenPlan and its costs, this is the moment "
            "to change course!\"  After three long years of GreenPlan and its costs, this is the moment "
            "to change course!\n\nThe Greenplan scheme began in 2014. Critics say the Greenplan costs rose.")
    assert not _inconsistent(text)
