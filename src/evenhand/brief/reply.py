"""The answer of the party a brief's claims are against: printed after the claim it answers, so that a
brief does not give one side's charge alone; and whether a party's silence a sentence tells is answered
elsewhere."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Sentence
from .choose import introduced
from .features import stem
from .rank import FactGroup
from .standalone import ANY_QUOTED, attributed
from .wording import said

_DENIAL = re.compile(r"\b(?:" + "|".join(lexicon.DENIALS) + r")\b", re.I)
_CHARGE = re.compile(r"\b(?:" + "|".join(lexicon.CHARGES) + r")\b", re.I)
_CHARGING = re.compile(r"\b(?:alleg(?:e|es|ing)|accus(?:e|es|ing)|claim(?:s|ing))\b", re.I)
_POSSESSIVE_OPENING = re.compile(r"[\"“]?([A-Z][a-z]+)['’]s\b")
_ANSWERING = re.compile(r"\b(?:" + "|".join(lexicon.ANSWER_VERBS) + r")\b")
_SPOKESPERSON = re.compile(r"\b(?:" + "|".join(lexicon.SPOKESPEOPLE) + r")\b", re.I)
# An answer is looked for among this many of the best facts for each one printed, and takes up
# this many of its claim's words or figures.
_REPLY_REACH = 3
_ANSWER_SHARES = 2
# Who is told of, not what is claimed: "the widow's attorney" shares no claim with "his widow, ...,
# is greedy" (a sentence's words are stemmed, as Sentence.content holds them).
_WHO_SPEAKS = frozenset(stem(w) for w in (*lexicon.ROLES, "lawyer", "statement", "widow", "said", "says"))


def with_reply(
    printed: Sequence[FactGroup], ranked: Sequence[FactGroup], sentences: Sequence[Sentence], texts: Sequence[str]
) -> list[FactGroup]:
    """The printed facts with the answer of the party their claims are about, where they print a
    claim against a named party and none of its answer ("Martin paid a $9 million bribe ..." and not
    "Sargeant's lawyers insist the $9 million was payment to ... and deny any wrongdoing"): the
    answer, from among the best facts, is printed right after the claim it answers, in the place of
    the least of the facts after the lede. An answer to a claim the brief does not print ("has never
    threatened to take private family matters public" where only a threat to challenge a prenup is
    printed) would read as denying another, and is not printed. The fact given up is the least one
    that no other fact leans on for who someone is (``texts``: the articles', :func:`introduced`)."""
    charges = [g for g in printed if _CHARGE.search(ANY_QUOTED.sub(" ", sentences[g.rep].text))]
    charged = frozenset().union(*(sentences[g.rep].entities for g in charges))
    if len(printed) < 2 or any(_answers(sentences[g.rep], charged) for g in printed):
        return list(printed)
    for g in ranked[: _REPLY_REACH * len(printed)]:
        s = sentences[g.rep]
        if g in printed or not _answers(s, charged) or any(s.overlaps(sentences[p.rep]) for p in printed):
            continue
        answered_charge = next((c for c in charges if _answers_claim(s, sentences[c.rep])), None)
        if answered_charge is None:
            continue
        # The least fact gives way, unless another names someone it introduced: then the next least
        # (multinews-140: "... a Pentagon audit requested by Waxman ..." stayed where "A congressional
        # probe led by Rep. Henry Waxman ..." gave way to the answer).
        for least in sorted((f for f in printed[1:] if f is not answered_charge), key=lambda f: f.score):
            kept = [f for f in printed if f is not least]
            at = kept.index(answered_charge) + 1
            replied = [*kept[:at], g, *kept[at:]]
            if len(introduced(replied, sentences, texts)) == len(replied):
                return replied
        return list(printed)
    return list(printed)


def _answers_claim(answer: Sentence, claim: Sentence) -> bool:
    """Whether an answer takes up what the claim says: two of its words or figures, names apart
    ("the $9 million ... payment ... company" to "paid a $9 million bribe ... his company's")."""
    shared = (answer.content - answer.entities) & (claim.content - claim.entities) - _WHO_SPEAKS
    return len(shared) + len(answer.numbers & claim.numbers) >= _ANSWER_SHARES


def _answers(s: Sentence, charged: frozenset[str]) -> bool:
    """Whether a sentence is a party's answer to charges against it: a denial, told as someone's
    statement or a spokesperson's, naming one of those ``charged``."""
    spoken = s.kind == "quote" or attributed(s.text) or bool(_ANSWERING.search(s.text))
    denies = bool(_DENIAL.search(s.text)) and not _CHARGING.search(s.text)  # not "Our complaint alleges ..."
    # "Sargeant's lawyers insist ...": a possessive opening names whom they answer for.
    owner = _POSSESSIVE_OPENING.match(s.text)
    named = s.entities | ({owner.group(1).lower()} if owner else set())
    return denies and spoken and bool(_SPOKESPERSON.search(s.text)) and bool(named & charged)


_NO_RESPONSE = re.compile(r"\b(?:" + "|".join(lexicon.NO_RESPONSE) + r")\b", re.I)


def answered(s: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether a sentence tells that a party did not answer ("CBS13 reached out to the toy's maker,
    Playmobil, ... but neither responded") where another article reports that party's words
    ("Playmobil said in a statement to The Washington Post that ..."): printed alone, the silence
    hides the answer and leaves the brief one side's."""
    if not _NO_RESPONSE.search(ANY_QUOTED.sub(" ", s.text)):
        return False
    return any(o.article != s.article and said(o.text)[0] & s.entities for o in sentences)
