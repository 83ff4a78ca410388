"""Facts that tell again what a fact printed before them told: another outlet's lede for the lede's
happening, the lede's deed told again, a unit that holds a claim printed before it, and a figure
retold in other words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Sentence
from .features import content_stems, is_precise, rounds_to, words
from .group import Matrix
from .kinds import is_negated
from .rank import FactGroup
from .standalone import SPEECH
from .wording import compress, main_clause, main_deeds

# A retelling of the lede's deed may add this many names of its own (a party, a title), not a place.
_NEW_NAMES = 1
# A sentence that opens by introducing someone or something afresh: "A mom who ...", "An agency nurse
# ...", "A 1-ton European science satellite ..." (not "A 1974 Gallup poll": a year says which one).
_INDEFINITE = re.compile(r"(?:A|An)\s+(?:[a-z]|\d[\d.,]*-[a-z])")
# How alike such a sentence and the lede must be to tell one happening.
_SECOND_LEDE = 0.3
# How alike another outlet's opening sentence and the lede must be to retell it.
_RETOLD = 0.5
# A day of a month: "24 June", "the 3rd of May", "June 24".
_DAY_OF_MONTH = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + lexicon.MONTH_PATTERN + r"\b"
    r"|\b" + lexicon.MONTH_PATTERN + r"\s+\d{1,2}\b",
    re.IGNORECASE,
)
# The share of words another outlet's opening on the lede's day shares with it to tell its news.
_SAME_DAY_SHARE = 0.2


def without_second_ledes(ordered: Sequence[FactGroup], sentences: Sequence[Sentence], sim: Matrix) -> list[FactGroup]:
    """The facts in print order without another outlet's lede for the lede's happening: its
    opening sentence in other words ("The FDA on Monday approved Biogen's drug" after "Biogen's
    Alzheimer's drug won approval on Monday"), or one that introduces the lede's people afresh ("A
    mom who has been behind bars since 1996 walked free ...", after the lede that named her)."""
    if not ordered:
        return []
    lede = sentences[ordered[0].rep]
    happened = lede.content - lede.entities
    lede_deeds = main_deeds(lede.text)
    # Where each article's story opens: below any photo caption or credit above it.
    opens: dict[int, int] = {}
    for u in sentences:
        if u.kind != "aside":
            opens[u.article] = min(opens.get(u.article, u.position), u.position)

    def second_lede(g: FactGroup) -> bool:
        s = sentences[g.rep]
        printed = compress(s.text)
        alike = float(sim[g.rep, ordered[0].rep])
        opening = s.position == opens.get(s.article, 0)
        # Another outlet's opening sentence, as alike as a paraphrase and adding no figure, retells it.
        if opening and alike >= _RETOLD and not s.numbers - lede.numbers:
            return True
        # ... or on the lede's day, in a fifth of its words: the same news, whatever detail it adds,
        # unless it is someone the lede does not name speaking of it.
        if opening and _same_day_news(s, lede) and not _new_voice(printed, lede):
            return True
        # ... or, wherever it stands, the lede's doer, deed and day again with no figure of its own.
        if _same_deed(s, lede, lede_deeds):
            return True
        if not _INDEFINITE.match(printed) or alike < _SECOND_LEDE:
            return False
        # "A cave rescue expert says ..." reports what someone said of the happening: news of its own.
        return len(happened & (s.content - s.entities)) >= 2 and not SPEECH.search(main_clause(printed))

    return [ordered[0], *(g for g in ordered[1:] if not second_lede(g))]


def _same_deed(s: Sentence, lede: Sentence, lede_deeds: set[str]) -> bool:
    """Whether a sentence tells the lede's deed again: a name of the lede's, its main verb and its
    weekday, and no figure nor more than one name the lede lacks ("The state's Republican governor
    Ron DeSantis signed the measure into law on Tuesday" after "Florida Gov. Ron DeSantis signed into
    law Tuesday a policy ..."; not "Kim's armored train arrived at Khasan in Russia's Far East on
    Tuesday morning, per Japan's news agency Kyodo" after "Kim Jong Un arrived in Russia ...")."""
    if not s.dates & lede.dates & lexicon.WEEKDAYS or s.numbers - lede.numbers:
        return False
    if len(s.entities - lede.entities) > _NEW_NAMES:
        return False
    return bool(s.entities & lede.entities and main_deeds(s.text) & lede_deeds)


def without_retold_claims(ordered: Sequence[FactGroup], sentences: Sequence[Sentence]) -> list[FactGroup]:
    """The facts in print order without one whose printed unit holds a sentence that states a
    fact before it, or that another outlet's sentence in a unit before it states: one claim
    printed twice ("I apologize, ..., she wrote" closing one outlet's unit, another outlet's
    report of the apology a fact of its own)."""
    kept: list[FactGroup] = []

    def retells(a: FactGroup, b: FactGroup) -> bool:
        unit = sentences[b.rep]
        return any(
            sentences[m].article == unit.article and unit.start <= sentences[m].start and sentences[m].end <= unit.end
            for m in a.members
        )

    for g in ordered:
        if not any(retells(g, k) or retells(k, g) for k in kept):
            kept.append(g)
    return kept


def without_retold_clauses(ordered: Sequence[FactGroup], sentences: Sequence[Sentence]) -> list[FactGroup]:
    """The facts in print order without one whose main clause a fact printed before it tells in
    full, with no name nor figure of its own ("Police were seen firing into the air and dragging away
    several protesters." after "Police fired into the air to disperse thousands of ... protesters in
    Afghanistan's capital Wednesday, ..."): the claim printed twice in other words."""
    kept: list[tuple[FactGroup, Sentence, frozenset[str], bool]] = []
    for g in ordered:
        s = sentences[g.rep]
        clause = main_clause(s.text)
        told, negated = content_stems(clause) - _LIGHT, is_negated(clause)
        bare = len(told) < _CLAUSE_WORDS or len(told - s.entities) < _CLAUSE_WORDS - 1
        if bare or not any(
            told <= their_told and negated == their_negated and s.numbers <= their.numbers
            and s.entities <= their.entities
            for _, their, their_told, their_negated in kept
        ):
            kept.append((g, s, content_stems(clause), negated))
    return [g for g, *_ in kept]


# Words that tell how a deed was known, not the deed: "were seen firing", "was reported".
_LIGHT = frozenset({"seen", "report"})
# A main clause of fewer content words ("Police fired"), or of fewer but names ("Prince Mohammed bin
# Salman, the deputy crown prince, said ..." cut at its comma), is too bare to tell one claim.
_CLAUSE_WORDS = 3


def without_retold_figures(
    ordered: Sequence[FactGroup], sentences: Sequence[Sentence], precise_from: float
) -> list[FactGroup]:
    """The facts in print order without one that retells a fact before it by its figures, in
    other words: a precise figure of both ("rose by 37,000 to 412,000", "the 0.8% gain"), or two
    numbers of both ("voted 54-35", "The 54-35 vote"), with something both say happened.
    ``precise_from``: a count this large is precise."""
    kept: list[FactGroup] = []
    for g in ordered:
        s = sentences[g.rep]
        if not any(_retells_figures(s, sentences[k.rep], precise_from) for k in kept):
            kept.append(g)
    return kept


def _retells_figures(s: Sentence, before: Sentence, precise_from: float) -> bool:
    shared = (s.numbers & before.numbers) | {a for a in before.numbers for b in s.numbers if _rounded_alike(a, b)}
    if not shared:
        return False
    if not (any(is_precise(n, precise_from) for n in shared) or len(shared) + _shared_month(s, before) >= 2):
        return False
    # Any word both use besides names, the day and the source among them: two outlets' figures for
    # one release ("Inflation rose 5% ..., the bureau reported Thursday", "Prices surged 5% in May,
    # the department announced Thursday") often share little more.
    return bool((s.content - s.entities) & (before.content - before.entities))


def _rounded_alike(a: str, b: str) -> bool:
    """Whether two figures are one, given to different precision ("9.21 million", "9.2 million")."""
    return rounds_to(a, b) or rounds_to(b, a)


def _shared_month(s: Sentence, before: Sentence) -> int:
    """A month both name pins a shared figure as a second figure would ("risen 6 percentage points
    since late June", "climbed 6 points since a late-June poll"), unless a day of it is that figure
    ("the 24 June collapse"); a weekday or a year recurs too often to pin one ("5-year periods, 1993
    to 2012" is no retelling of "ages five to 11, from 1993 to 2012")."""
    if _DAY_OF_MONTH.search(s.text) or _DAY_OF_MONTH.search(before.text):
        return 0
    return len({d for d in s.dates & before.dates if d in lexicon.MONTHS})


def _same_day_news(s: Sentence, lede: Sentence) -> bool:
    days = s.dates & lede.dates & lexicon.WEEKDAYS
    told, lede_told = s.content - lexicon.WEEKDAYS, lede.content - lexicon.WEEKDAYS
    return bool(days) and len(told & lede_told) >= _SAME_DAY_SHARE * min(len(told), len(lede_told))


def _new_voice(text: str, lede: Sentence) -> bool:
    """Whether a sentence reports what someone the lede does not name said ("A fire investigator
    says ..."), by the word before its verb of saying."""
    clause = main_clause(text)
    said = SPEECH.search(clause)
    speaker = words(clause[: said.start()])[-1:] if said else []
    return bool(speaker) and not content_stems(speaker[0]) & lede.content
