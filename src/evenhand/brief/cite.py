"""What each printed fact cites: every member of its group that states it, each other outlet that
carries its quotations word for word or states it in a sentence not grouped with it and, for the
lede, each outlet whose opening tells its news. A source's sentence printed as one fact is cited for
no other."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..config import Config
from ..model import Fact, Sentence, Support
from .choose import OPENING_SENTENCES
from .corroborate import (
    Stated,
    cites,
    dated_as_told,
    days_named,
    denies,
    idf_of,
    independent_sources,
    opens_on,
    quotes_alike,
    states_each_clause,
)
from .group import Matrix
from .rank import FactGroup
from .segment import count_sentences
from .wording import compress


class Stating:
    """Whether sentence ``k`` states the claim of sentence ``rep``: what a citation needs (its
    claims worked out once each); and whether an article's opening sentence opens on the lede's
    news (:func:`evenhand.brief.corroborate.opens_on`)."""

    def __init__(self, sentences: Sequence[Sentence], sim: Matrix, config: Config) -> None:
        self.sentences, self.sim, self.config = sentences, sim, config
        self.idf = idf_of(sentences)
        self.claims: dict[int, Stated] = {}
        self.days = days_named(sentences)

    def claim(self, rep: int) -> Stated:
        if rep not in self.claims:
            self.claims[rep] = Stated.of(self.sentences[rep])
        return self.claims[rep]

    def __call__(self, k: int, rep: int) -> bool:
        alike = bool(self.sim[k, rep] >= self.config.grouping.same_fact)
        return cites(self.sentences[k], self.claim(rep), self.idf, self.config, alike)

    def wholly(self, k: int, rep: int) -> bool:
        """Whether sentence ``k``, grouped apart from ``rep``, states it: what a citation needs, told
        as both denied or both not, as grouping asks, and some of each claim the fact joins
        (:func:`.corroborate.states_each_clause`). (Not grouping's other agreement, of every day and
        month: "rose ... last week, marking the first increase since late April" states "rose ...
        last week, the Labor Department reported Thursday".)"""
        return (
            self.sentences[k].negated == self.sentences[rep].negated and self(k, rep)
            and states_each_clause(self.sentences[k], self.claim(rep), self.idf, self.config)
        )

    def opens(self, k: int, rep: int) -> bool:
        # An outlet's opening tells its news of the day: a day it leaves out there is the lede's, where
        # its article names no other (elsewhere in an article, it may be an earlier happening's). One
        # that denies it does not ("The council did not approve the budget ..." for "The council
        # approved the budget": review 52a).
        if denies(self.sentences[k].text) != denies(self.sentences[rep].text):
            return False
        dated = dated_as_told(self.sentences[k], self.claim(rep), self.days[self.sentences[k].article])
        return opens_on(dated, self.claim(rep), self.idf, self.config)


def cited_facts(
    chosen: Sequence[FactGroup], sentences: Sequence[Sentence], independence: Sequence[str],
    states: Stating, support_of: Callable[[Sentence], Support],
) -> list[Fact]:
    """Each printed group as a fact: its representative's words, citing every member that states them;
    the lede also every outlet whose opening states it (:func:`openings`)."""
    printed = [sentences[g.rep] for g in chosen]
    # What backs a printed fact already: one source sentence backs one fact (:func:`_stating_sources`).
    backing = [sentences[k] for g in chosen for k in g.members]

    def cited(k: int, rep: int) -> bool:
        # A source's sentence printed as one fact is not cited again for another.
        return k == rep or (not any(sentences[k].within(p) for p in printed) and states(k, rep))

    def to_fact(group: FactGroup, lede: bool) -> Fact:
        members = [k for k in group.members if cited(k, group.rep)]
        members += _quoting_sources(group.rep, members, printed, sentences, states)
        stating = _stating_sources(group.rep, members, backing, sentences, states)
        backing.extend(sentences[k] for k in stating)
        members += stating
        if lede:
            members += [
                k for k in openings(sentences, {sentences[m].article for m in members})
                if not any(sentences[k].overlaps(p) for p in printed) and states.opens(k, group.rep)
            ]
        members.sort(key=lambda k: (k != group.rep, sentences[k].article))
        support = tuple(
            support_of(sentences[k] if k == group.rep else _unprinted_part(sentences[k], printed)) for k in members
        )
        return Fact(
            text=compress(sentences[group.rep].text),
            sources=tuple(sorted({sup.source for sup in support})),
            support=support,
            independent=independent_sources(members, sentences, independence),
            score=round(group.score, 4),
        )

    return [to_fact(g, lede=i == 0) for i, g in enumerate(chosen)]


def _quoting_sources(
    rep: int, members: Sequence[int], printed: Sequence[Sentence], sentences: Sequence[Sentence], states: Stating
) -> list[int]:
    """The first sentence of each other article that carries the fact's quotations word for word
    (:func:`evenhand.brief.corroborate.quotes_alike`): the same statement, reported."""
    cited = {sentences[k].article for k in members}
    found: dict[int, int] = {}
    for k, s in enumerate(sentences):
        if s.article in cited or s.article in found or s.kind in ("aside", "fragment", "opinion"):
            continue
        if quotes_alike(s, states.claim(rep), states.idf, states.config) and not any(s.overlaps(p) for p in printed):
            found[s.article] = k
    return list(found.values())


def _stating_sources(
    rep: int, members: Sequence[int], backing: Sequence[Sentence], sentences: Sequence[Sentence], states: Stating
) -> list[int]:
    """The first sentence of each other article that states the fact (:class:`Stating`) though it was
    not grouped with it: grouping weighs how alike two sentences read as a whole, and an outlet that
    tells the fact inside a longer sentence of its own ("Worker filings for initial unemployment
    benefits rose by 37,000 to 412,000 last week, marking the first increase since late April ...")
    reads less alike than it states. One sentence, not a unit of two: the words of two sentences
    pooled can seem to state what neither does (multinews-044's bequests to the children and to the
    widow, in two sentences, for one line on the widow's). Grouping kept it apart, so what it asked
    is asked again (:meth:`Stating.wholly`): "did not approve the budget" is not cited for "approved
    the budget" (review 52a). Nor one that backs another printed fact
    (``backing``: the printed facts' group members and sentences cited so before): a source sentence
    backs one fact, or the brief reads as printing one source's text twice."""
    cited = {sentences[k].article for k in members}
    found: dict[int, int] = {}
    for k, s in enumerate(sentences):
        if s.article in cited or s.article in found or s.kind != "fact" or count_sentences(s.text) > 1:
            continue
        if not any(s.overlaps(b) for b in backing) and states.wholly(k, rep):
            found[s.article] = k
    return list(found.values())


def _unprinted_part(unit: Sentence, printed: Sequence[Sentence]) -> Sentence:
    """The part of a cited unit that no printed fact holds: a unit that leans on a sentence printed
    as another fact is cited by the sentence of it that states this one ('"I am so deeply honored
    ...," the star said in a statement.'), so no source sentence backs two facts."""
    start, end = unit.start, unit.end
    for p in printed:
        if p.article != unit.article or not unit.overlaps(p):
            continue
        if p.start <= start < p.end:
            start = p.end
        elif p.end >= end > p.start:
            end = p.start
    span = unit.text[start - unit.start : end - unit.start]
    kept = span.strip()
    if (start, end) == (unit.start, unit.end) or not kept:
        return unit
    start += span.index(kept)
    return replace(unit, start=start, end=start + len(kept), text=kept)


def openings(sentences: Sequence[Sentence], cited: set[int]) -> list[int]:
    """The first sentences of each article not yet cited (``cited``: article indices), leaving out
    asides, fragments and opinion: where an outlet states its news. Each article's units come in
    text order."""
    firsts: dict[int, list[int]] = {}
    for k, s in enumerate(sentences):
        if s.article not in cited and s.kind not in ("aside", "fragment", "opinion"):
            firsts.setdefault(s.article, []).append(k)
    return [k for ks in firsts.values() for k in ks[:OPENING_SENTENCES]]
