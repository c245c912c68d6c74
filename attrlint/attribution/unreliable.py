"""unreliable_source: a claim that rests on a low-rated outlet or platform.

A mixin of the analyser (analysis.py); the ratings live in rules/sources.toml.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

from .model import Issue, Sentence
from .parse import subject
from .quotes import covered

# Content that can carry a claim without anyone standing behind it.
CONTENT_NOUNS = frozenset({
    "video", "footage", "clip", "image", "photo", "picture", "post", "message", "claim",
    "rumour", "rumor", "report", "account", "channel", "page", "group", "user", "tweet",
    "thread", "story", "allegation", "screenshot", "recording", "audio", "map", "blogger",
})
# Verbs through which a platform or outlet passes content on.
CARRY_VERBS = frozenset({
    "post", "share", "publish", "report", "claim", "circulate", "upload", "say", "write",
    "show", "surface", "appear", "emerge", "spread", "suggest",
    "allege", "reveal", "tweet", "quote", "cite", "run", "print",
})
# Bodies whose own page or account is their own statement ("the police Facebook page").
PUBLIC_BODIES = frozenset({
    "police", "government", "ministry", "department", "council", "embassy", "army", "military",
    "agency", "office", "company", "club", "team", "party", "campaign", "church", "school",
})
# Verbs that put a claim on the record whatever follows them ("bloggers reported heavy fighting").
REPORT_VERBS = frozenset({
    "say", "report", "claim", "post", "publish", "reveal", "announce", "allege", "tweet", "declare",
    "confirm", "show", "suggest", "warn", "insist", "share",
})
# Pictures that show an event, and the verbs with which they show it.
VISUAL_NOUNS = frozenset({"video", "footage", "clip", "image", "photo", "picture", "photograph", "recording"})
SHOW_VERBS = frozenset({"show", "capture", "depict"})  # "appeared to show" leaves it unverified
# Passing on a photograph is a credit, not a claim.
CREDIT_VERBS = frozenset({"release", "provide", "distribute", "supply", "obtain", "take", "hand"})


#: a platform's part that a person or group runs ("a Telegram channel", "an X account")
_ACCOUNT_WORD = re.compile(r"\b(?:channels?|accounts?|pages?|groups?|users?|handles?|profiles?|bloggers?)\b", re.IGNORECASE)

#: a story's own caveat on what it relays ("could not independently verify the reports")
_CAVEAT = re.compile(r"\b(?:could\s+not|couldn[\x27’]t|was\s+unable\s+to|were\s+unable\s+to|has\s+not\s+been\s+able\s+to)"
                     r"\s+(?:be\s+)?(?:immediately\s+|independently\s+)*(?:verif|confirm)", re.IGNORECASE)


def _own_state_claim(sent: "Span", start: int, end: int, home: tuple[str, ...]) -> bool:
    """A state outlet relaying its own state: the claim's subject is the state, its leader or its
    people ("According to KCNA, North Korean scientists built …", "Kim attended the launch, KCNA
    said"), and the sentence names no other country or people. That is what the outlet is good
    for (real-dev leaves "…, Xi was quoted as saying by Xinhua" alone); a claim about anyone else
    ("KCNA said US troops fired first") rests on the outlet alone."""
    ours = re.compile(r"\b(?:" + "|".join(home) + r")\b")
    for ent in sent.ents:
        if ent.label_ in ("GPE", "NORP") and not (start <= ent.start_char and ent.end_char <= end) \
                and not ours.search(ent.text):
            return False  # another party is named: the claim may be about them
    root = sent.root
    verbs = [root, *(c for c in root.children if c.dep_ in ("ccomp", "parataxis"))]
    for verb in verbs:
        subj = subject(verb)
        if subj is None or start <= subj.idx < end:
            continue
        words = sent.doc.text[subj.left_edge.idx:subj.right_edge.idx + len(subj.right_edge)]
        if ours.search(words):
            return True
    return False


class UnreliableSourcing:
    def _unreliable(self, sent: "Span", info: Sentence) -> None:
        for m in self.cat.find(self.text, info.start, info.end):
            if not m.entry.low or covered(self.quotes, m.start, m.end):
                continue
            if m.entry.kind == "platform" and self._relayed_by_reliable(info, m.start):
                continue  # "According to AFP, one user on Weibo posted": the agency stands behind it
            if m.entry.platform and self._caveated:
                continue  # "Reuters could not independently verify the reports": the caveat is given
            if m.entry.home and _own_state_claim(sent, m.start, m.end, m.entry.home):
                continue  # "According to KCNA, North Korean scientists built …": the state's own word
            span = self._rests_on(m.start, m.end, sent)
            if span is None:
                continue
            e = m.entry
            if e.name in self._flagged_outlets:
                continue  # one pointer per outlet and story: the editor checks them all
            self._flagged_outlets.add(e.name)
            self.issues.append(Issue(
                "attribution.unreliable-source", span[0], span[1],
                f"This rests on {e.name} ({e.rating}: {e.reason}). Confirm it with a reliable "
                "source or attribute it to a named person or body.",
                evidence=e.evidence(),
            ))
            return  # one pointer a sentence: "Bloggers on Telegram posted" is one source, not two

    @property
    def _caveated(self) -> bool:
        """The story says the reports could not be verified ("Reuters could not independently
        verify the reports", "could not be independently confirmed"): wire practice for posts
        relayed from social media, which then rest on nothing unsaid."""
        if not hasattr(self, "_caveat"):
            self._caveat = _CAVEAT.search(self.text) is not None
        return self._caveat

    def _relayed_by_reliable(self, info: Sentence, before: int) -> bool:
        """A well-rated outlet or agency earlier in the sentence relays the post."""
        return any(m.entry.rating == "reliable" and m.end <= before for m in self.cat.find(self.text, info.start, before))

    def _rests_on(self, start: int, end: int, sent: "Span") -> tuple[int, int] | None:
        """The span to flag if the claim rests on the mention at [start, end), else None."""
        span = self.sp.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        tok = span.root
        # climb a noun phrase: "Telegram channel", "KCNA state news agency", "a Sun report"
        while tok.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod") and tok.head.i != tok.i \
                and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head
        if self._owned(tok, start, end):
            return None  # "its Facebook page", "the police Facebook page": the owner speaks
        if self.cat_entry_platform(start, end) and tok.lemma_.lower() in self.lex.person_roles:
            return None  # "the Facebook founder said": a person, not a post
        tail = self.text[end:end + 40]
        verb = re.match(r"\s+(?:has\s+|had\s+)?(reports|reported|says|said|claims|claimed|reveals|revealed|"
                        r"alleges|alleged|writes|wrote|published|posted)\b", tail)
        if verb and not self.cat_entry_platform(start, end):
            return start, end + verb.end()
        # "…, reports In Touch." / "…, claims the Daily Star.": the outlet after its verb
        inverted = re.search(r"[,”\"’]\s*(reports|reported|claims|claimed|reveals|revealed|alleges|alleged|"
                             r"says|said|writes|wrote)\s+(?:the\s+)?$", self.text[max(0, start - 30):start])
        if inverted and not self.cat_entry_platform(start, end):
            return start - (len(inverted.group(0)) - inverted.group(0).index(inverted.group(1))), end
        lo = min(start, tok.left_edge.idx)
        lo = start if lo < sent.start_char else lo
        np_end = max(end, tok.idx + len(tok))
        head = tok.head
        dep = tok.dep_
        if dep == "prep" and tok.idx == start and head.pos_ == "ADP":
            dep = "pobj"  # "according to In Touch": the title's first word read as a preposition
        elif dep == "prep" and tok.idx == start and head.pos_ == "VERB" and head.lemma_.lower() == "tell":
            dep = "dobj"  # "an insider tells In Touch": the same, as the object of "tell"
        # "a report by the Daily Star claimed": the issuer's statement is the subject
        if dep == "pobj" and head.lower_ in ("by", "from", "of") and head.head.lemma_.lower() in self.lex.statement_nouns \
                and head.dep_ == "prep":
            tok = head.head
            head, dep = tok.head, tok.dep_
        if dep == "nsubj" and head.lemma_.lower() in (self.lex.cue_verbs | CARRY_VERBS):
            if self._bare_platform(start, end, tok):
                return None  # "Facebook announced new tools": the company, not a post
            if self._platform_footage(start, end, tok, head):
                return None  # "TikTok footage showed the bridge fall": the pictures are the evidence
            if head.lemma_.lower() not in REPORT_VERBS \
                    and not any(c.dep_ in ("ccomp", "parataxis") for c in head.children) and head.dep_ != "parataxis" \
                    and not any(c.dep_ == "ccomp" and c.i < head.i for c in head.head.children):
                return None  # "The Sun has described residents as…": the outlet is the topic
            if head.lemma_.lower() == "say" or 0 <= head.idx - np_end <= 2:
                return start, max(np_end, head.idx + len(head)) if head.idx > start else np_end
            return start, np_end
        if dep in ("pobj", "agent") or (head.dep_ == "agent"):
            prep = head
            gov = prep.head
            if prep.lower_ == "to" and gov.lower_ == "according":
                if self._bare_platform(start, end, tok):
                    return None  # "according to Twitter, users will…": the company
                return gov.idx, np_end
            if prep.lower_ == "by" and gov.lemma_.lower() in CARRY_VERBS and gov.lemma_.lower() not in CREDIT_VERBS:
                if any(c.dep_ == "nsubjpass" and c.lemma_.lower() in VISUAL_NOUNS for c in gov.children):
                    return None  # "the photos were published by X": X ran the pictures, a credit
                return start, np_end
            if prep.lower_ in ("on", "in", "via", "across", "onto", "to"):
                if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in CARRY_VERBS:
                    if self._social_media_at_large(start, end):
                        return None  # "a video posted on social media": where it circulated, no account named
                    return None if self._speaker_named(gov) else (start, np_end)
                if gov.pos_ in ("NOUN", "PROPN") and gov.lemma_.lower() in CONTENT_NOUNS | self.lex.statement_nouns:
                    return self._content_role(gov, start, np_end)
        if dep == "pobj" and (head.lower_ == "per" or (head.lower_ == "on" and head.head.lower_ == "based")):
            return (head.head.idx if head.lower_ == "on" else head.idx), np_end  # "per TMZ", "Based on OK! magazine"
        if dep == "dobj" and head.lower_ in ("citing", "quoting", "cited", "quoted"):
            return start, np_end
        if dep in ("dobj", "dative") and head.lemma_.lower() == "tell":
            subj = subject(head)
            if subj is not None and self._source(subj).kind == "anonymous":
                return start, np_end
        # "a pal dished to OK! that …", "an insider said to Radar": the outlet is all that stands
        # behind an unnamed informant
        if dep == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in self.lex.cue_verbs:
            subj = subject(head.head)
            if subj is not None and self._source(subj).kind == "anonymous":
                return start, np_end
        return None

    def _bare_platform(self, start: int, end: int, tok: "Token") -> bool:
        """The platform's own name standing alone: the company, not content on it."""
        return self.cat_entry_platform(start, end) and tok.idx >= start and tok.idx + len(tok) <= end \
            and tok.pos_ == "PROPN"

    def _platform_footage(self, start: int, end: int, tok: "Token", verb: "Token") -> bool:
        """A platform's name as the modifier of pictures that show an event ("Telegram footage
        showed the bridge fall"): the same as "footage on social media showed", evidence to verify
        rather than someone's claim. A channel or account ("a Telegram channel's video") is a source."""
        return self._bare_platform_name(start, end) and not start <= tok.idx < end \
            and tok.lemma_.lower() in VISUAL_NOUNS and verb.lemma_.lower() in SHOW_VERBS

    def _bare_platform_name(self, start: int, end: int) -> bool:
        """The mention is a platform's name alone ("Telegram"), not one of its channels or users."""
        return self.cat_entry_platform(start, end) and _ACCOUNT_WORD.search(self.text, start, end) is None

    def _social_media_at_large(self, start: int, end: int) -> bool:
        """'social media' with no platform, channel or account named ("pictures shared on social
        media"): where content circulated, not a source one could rate. No labelled real set
        marks it (0 of 19 mentions in real-dev and fresh25-31); it was half of this rule's
        findings on 1,000 clean articles. Who posted it is a sourcing question, not an outlet's."""
        m = next(iter(self.cat.find(self.text, start, end)), None)
        return m is not None and m.entry.name == "social media" and _ACCOUNT_WORD.search(self.text, start, end) is None

    def cat_entry_platform(self, start: int, end: int) -> bool:
        m = next(iter(self.cat.find(self.text, start, end)), None)
        return m is not None and m.entry.platform

    def _owned(self, head: "Token", start: int, end: int) -> bool:
        """A page or account that belongs to a named person or body (outside the mention)."""
        for c in head.children:
            if start <= c.idx < end:
                continue
            if c.dep_ == "poss":
                return True
            if c.dep_ == "compound" and (c.ent_type_ in ("PERSON", "ORG", "GPE") or c.lemma_.lower() in PUBLIC_BODIES):
                return True
            if c.dep_ == "appos" and any(t.ent_type_ == "PERSON" for t in c.subtree):
                return True
            if c.dep_ == "prep" and c.lower_ == "of" and any(
                    o.dep_ == "pobj" and (o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or o.pos_ == "PROPN"
                                          or o.lemma_.lower() in PUBLIC_BODIES) for o in c.children):
                return True  # "the Twitter handle of the Senate": the body's own account
        return False

    def _footage(self, verb: "Token") -> bool:
        """Pictures on social media at large that show an event: the footage is the evidence
        (verify it), not someone's claim. A named channel or account is still a source."""
        if verb.dep_ == "acl":
            noun, shows = verb.head, [verb.head.head]
        else:  # "Clips shared on social media showed …" parsed as two conjoined verbs
            noun, shows = subject(verb), [c for c in verb.children if c.dep_ == "conj"]
        if noun is None or noun.lemma_.lower() not in VISUAL_NOUNS:
            return False
        return any(v.lemma_.lower() in SHOW_VERBS for v in shows) and self._generic_venue(verb)

    def _generic_venue(self, verb: "Token") -> bool:
        """The platform named is social media at large, not a channel or account."""
        for prep in verb.children:
            if prep.dep_ == "prep":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in ("medium", "media", "internet", "web"):
                        return True
                    if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and not any(c.dep_ in ("poss", "compound") for c in obj.children) \
                            and self._bare_platform_name(obj.idx, obj.idx + len(obj)):
                        return True  # "videos on TikTok showed …": the platform at large, not an account
        return False

    def _content_role(self, noun: "Token", start: int, end: int) -> tuple[int, int] | None:
        """'a post on X': flagged when the post itself is what the claim rests on."""
        head = noun.head
        if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in (self.lex.cue_verbs | CARRY_VERBS):
            if self._platform_footage(start, end, noun, head):
                return None  # "videos on TikTok showed the bridge fall": the pictures are the evidence
            return start, end
        if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return head.head.idx, end
        if noun.dep_ in ("dobj", "pobj") and head.lower_ in ("citing", "quoting"):
            return start, end
        return None  # "In a post on X, the minister wrote": the platform is the venue

    @property
    def _flagged_outlets(self) -> set[str]:
        if not hasattr(self, "_outlets_seen"):
            self._outlets_seen: set[str] = set()
        return self._outlets_seen

    def _issued(self, noun: "Token") -> bool:
        """A statement has an issuer; so has any post or message in which a named person or
        body speaks ("she announced the split in a message (that was) shared on Instagram")."""
        if noun.lemma_.lower() in self.lex.statement_nouns and noun.lemma_.lower() not in CONTENT_NOUNS:
            return True
        if noun.dep_ != "pobj" or noun.head.lower_ != "in":
            return False
        gov = noun.head.head
        if gov.dep_ == "dobj":
            gov = gov.head  # "announced the birth in a message …" with "in" hung on the object
        if gov.pos_ != "VERB":
            return False
        owner = subject(gov)
        return owner is not None and owner.lemma_.lower() not in CONTENT_NOUNS \
            and self._own_voice(owner)

    def _own_voice(self, subj: "Token") -> bool:
        """The poster is someone the story speaks of: named, a pronoun, or 'the couple', 'the
        singer' (a definite person already met); not 'a user', 'one account', 'the source'."""
        if subj.lemma_.lower() in CONTENT_NOUNS or subj.lemma_.lower() in self.lex.stranger_nouns:
            return False
        kind = self._source(subj).kind
        if kind in ("person", "organisation", "pronoun", "other", "outlet"):
            return True
        return kind == "anonymous" and subj.tag_ == "NN" and any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "one", "another") for c in subj.children)

    def _speaker_named(self, verb: "Token") -> bool:
        """Whether a verb that passes content on has a person or body as its subject."""
        if self._footage(verb):
            return True  # "clips shared online showed the mayor at a rally": footage, not a claim
        subj = subject(verb)
        if (subj is None or subj.lower_ in ("that", "which")) and verb.dep_ in ("acl", "relcl") \
                and self._issued(verb.head):
            return True  # "a statement (that was) posted on Facebook": a statement has an issuer who speaks
        if verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj", "compound"):
            return True  # "a charge of spreading false news via Twitter": the act, not a source
        if verb.tag_ == "VB" and subj is None:
            return True  # "post it to Twitter", "to post on social media": instructions, not claims
        if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.i == verb.head.i + 1:
            subj = verb.head  # "The couple posted on Instagram that …" read as a noun with a participle
        if subj is None and verb.dep_ in ("advcl", "xcomp"):
            subj = subject(verb.head)  # "Writing on Instagram, the actor said"; "wants to post it on X"
        if subj is None and verb.dep_ == "acl" and any(c.dep_ == "poss" for c in verb.head.children):
            return True  # "his video, posted on YouTube": his own
        if subj is None:
            return False  # "a video posted on X", "footage circulating on Telegram"
        return self._own_voice(subj)

