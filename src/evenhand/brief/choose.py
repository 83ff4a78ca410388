"""Which facts a brief prints, none restating another, within its length, and which of them
leads: the news most outlets open with, at its latest stage."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from .. import lexicon
from ..config import Config
from ..model import Sentence
from .features import content_stems, count_changed, count_updated, numbers_in, stem, tells_a_count_change, words
from .group import Matrix, agree
from .rank import FactGroup, printable
from .standalone import ANY_QUOTED, MEASURE_OPENING, SPEECH, attributed, bare_surnames, opening_surname
from .wording import (
    DAY_WORDS,
    balanced_quotes,
    claim_of,
    compress,
    main_clause,
    main_deeds,
    opens_attributed_quote,
    said,
    tells_a_happening,
    was_to_come,
)

_SAME_HAPPENING = 0.2
_ALIKE = 0.5
# A fact that adds no more content words than this to one already chosen restates it.
_ADDED_WORDS = 2
# A source the sentence does not name: "an administration official told Reuters", "people familiar
# with the matter", "who spoke on condition of anonymity".
_UNNAMED_SOURCE = re.compile(
    r"\b(?:an?|one|two|three|several) (?:[a-z]+ ){0,2}(?:officials?|sources?|aides?|people|persons?|diplomats?)\b"
    r"(?= (?:told|said|says|familiar|close|with knowledge|briefed|who)\b)|\bcondition of anonymity\b"
    r"|\baccording to (?:an?|one|two|three|several) (?:[a-z]+ ){0,2}(?:officials?|sources?|people|persons?)\b"
)
# How a sentence tells what someone made of the news rather than the news.
_REACTION = re.compile(
    r"\b(?:up in arms|outraged|incensed|furious|fuming|slammed|slamming|blasted|blasting|lambast(?:ed|ing|s)?|"
    r"lashed out|ripped|cheered|celebrated|praised|praising|hailed|hailing|applauded|condemned|condemning|"
    r"denounced|denouncing|decried|criticized|criticizing|criticised|criticising)\b"
)
# What a reaction follows: "lambasting ..., following the announcement of a lawsuit against ...".
_REACTS_TO = re.compile(r"\b(?:following|after|in response to|in reaction to|in the wake of)\s+(.+)")
# Words a reaction's "following ..." shares with a report that tells what it followed.
_REACTED_SHARES = 2
_MEASURE = "measure"
# A fact that opens on a body by its kind: "The agency ...", "The broadcaster's ...".
_BODY = re.compile(r"The (" + "|".join(lexicon.BODIES) + r")(?:'s|’s)?\b")
# ... or on a thing by its kind alone: "In the column, Williams excoriated NPR ..." waits for a fact
# that tells of a column (not "In the interview with CNN", which says which).
_IN_THE_THING = re.compile(
    r"(?:In|At|During|Through) the (column|letter|post|interview|memo|video|statement|op-ed|essay|email|speech|"
    r"book|filing|lawsuit|complaint|suit|meeting|call|tweet|documents?)\b"
    r"(?!\s+(?:with|of|to|by|from|for|published|aired|filed|released|sent|posted|on|in|at)\b)"
)
# Someone or a filing named by role or kind alone at a sentence's opening, "The San Antonio Spurs
# guard (pictured) filed ...", "The 18-year-old ...", "The woman's email ...", "The lawsuit alleges
# ...": not "The actor Tom Hanks", "The wife of Joaquin Guzman", "The president-elect of Iran".
_BY_ROLE = re.compile(
    r"The\s+(?:(?:[A-Z][\w.'’-]*|\d[\w-]*|former|late|new|young|veteran|embattled|accused|alleged)\s+){0,4}"
    r"(" + "|".join(lexicon.ROLES) + r"|\d+-year-old|lawsuit|suit|complaint|petition)s?(?:'s|’s|’|')?(?![\w-])"
    r"(?!,?\s+[A-Z][a-z]|\s+(?:of|by|against|filed|brought)\b)"
)
# An article's opening, its first sentences: where news writing puts what happened.
OPENING_SENTENCES = 2
# "Gov. Pritzker signed the bill into law Tuesday", "recommend resuming use of the vaccine": which bill,
# which vaccine, the lede does not say (unless it does: "the bill to ...").
_UNNAMED_THING = re.compile(
    r"\b(?:signed|signs|passed|passes|approved|approves|blocked|vetoed|rejected|backed|opposed|introduced|"
    r"unveiled|announced|struck down|upheld|halted|paused|use of) (?:the|this|that) (?:bill|measure|vaccine|law|"
    r"legislation|proposal|deal|plan|order|policy|rule|ban|program|project|resolution|package|agreement)s?\b"
    r"(?!\s+(?:to|that|which|of|on|for|would|named|called|known|banning|requiring|allowing|aimed|designed|"
    r"creating|giving|making|by)\b)"
)
# A deed told under way: "is declaring", "are voting".
_UNDER_WAY = re.compile(r"\b(?:is|are) (?:now )?([a-z]{3,}ing)\b")
# A preview leads where this many outlets open with it: one outlet's look ahead is not the news.
_LED_BY = 2
# A sentence tells a title's news when it has this share of the title's words.
_TITLE_SHARE = 0.3
# Being in the latest articles only breaks near-ties: a later report of the same step adds little.
_LATEST = 0.05
# Being on the way somewhere: an earlier step than arriving, meeting or signing.
_ON_THE_WAY_WORDS = (
    r"(?:is|are) (?:en route|heading|on (?:his|her|their|its) way)|(?:has|have) (?:started|begun|embarked on|"
    r"set off|left for)|(?:set off|embarked|departed|left) for|started (?:his|her|their|its) (?:journey|trip)"
)
# A preview or the first step of what other outlets may already report done: "will testify",
# "is expected to", "has started his journey", "set off for".
_EARLY_STAGE = re.compile(
    # "will" in lower case: "Will Kopelman arrived" is a name
    r"\b(?:(?-i:will)|(?:is|are) (?:" + "|".join(lexicon.PREVIEWING) + r") to|(?:is|are) to be|plans to|"
    + _ON_THE_WAY_WORDS + r")\b",
    re.I,
)
# The verb a preview looks ahead to: "is expected to choose", "is to be formally proclaimed".
_PREVIEWED = re.compile(
    r"\b(?:will|(?:is|are) (?:(?:" + "|".join(lexicon.PREVIEWING) + r") )?to|plans? to)\s+"
    r"(?:be\s+)?(?:[a-z]+ly\s+)?([a-z]+)\b"
)
# Words for a count reaching a mark: a preview of the mark is old news once it is told reached.
_MILESTONE = frozenset(stem(w) for w in "surpass reach hit pass top exceed cross".split())
# Someone sought is found: "was located at a residence", "have been found safe", "were rescued".
_FOUND = re.compile(r"\b(?:was|were|has been|have been) (?:found|located|rescued)\b", re.I)
# What is true only while they are sought: "is still missing", "the search is on", "has not been
# heard from since", "police are seeking information", "vanished".
_STILL_SOUGHT = re.compile(
    r"\b(?:(?:is|are|remains?) (?:still )?missing|search (?:is on|continues)|has not been (?:heard from|seen|found)|"
    r"(?:is|are) (?:seeking|asking for) (?:information|help|the public)|anyone with information|vanished|"
    r"the missing)\b",
    re.I,
)
# An appeal for news names no one ("Anyone with information is asked to contact police"): once
# someone is found it is over, as the search for them is, unless someone else is still wanted.
_APPEAL = re.compile(r"\b(?:anyone with information|(?:is|are) asked to (?:contact|call))\b", re.I)
_STILL_WANTED = re.compile(r"\b(?:suspects?|gunman|gunmen|shooter|attacker|robber|killer|wanted|escaped)\b", re.I)
# Arriving where a journey was bound: the stage after being on the way.
_ARRIVED = re.compile(r"\b(?:arrived|reached|landed|touched down|crossed into|pulled into)\b", re.I)
_ON_THE_WAY = re.compile(r"\b(?:" + _ON_THE_WAY_WORDS + r")\b", re.I)
# What a happening could bring: "could strand", "may cost", "might delay" (not the month "May").
_MAY_FOLLOW = re.compile(r"\b(?-i:could|may|might)\s+(?:\w+\s+)?(?!be\b|have\b)[a-z]+\b")
# An earlier step tells the lede's happening when it has this share of the lede's words for it.
_TOLD_SHARE = 0.6
# A lede opens with what happened, not with a concession, a scene, a condition or a feature's
# framing ("For the fourth time, ...", "On the eve of ...", "Amid ...", "In a rebuke to ...").
_SIDE_OPENING = re.compile(
    r"^(?:Although|Though|While|Despite|Even|If|As|When|During|Speaking|In an? (?:interview|statement|speech|"
    r"op-ed|letter|post)|There (?:is|was|are|were)|For the \w+ time|On the eve of|Under cover of|Amid|"
    # one outlet's verdict on the news before the news: "In a rebuke to Gretchen Whitmer, ..."
    r"In an? (?:rebuke|blow|win|victory|setback|defeat|snub|slap) (?:to|for))\b"
    # a thing the story already told of, by a bare noun: "The nomination puts ...", "The search is on"
    r"|^The (?!(?:government|police|military|administration|army|economy|pandemic|virus)\b)[a-z]+"
    r"(?:,|\s+(?:is|are|was|were|will|has|have|had|[a-z]+ed|[a-z]+s)\b)"
)
# A unit that opens on the writer's exclamation, outside any quotation ("Kate Gosselin Got a Real
# Job! It's true: ..."): a blog's or a headline's opener, not a report's.
_EXCLAIMS = re.compile(r"!(?=\s+\S)(?![^\"“”]*[\"”])")
_DAY = re.compile(r"\b(?:" + DAY_WORDS + r")\b")
# A statement made, in the past tense: what follows it is what was said.
_ANNOUNCED = re.compile(
    r"\b(?:said|told|announced|confirmed|revealed|declared|disclosed|pledged|vowed|promised|warned|wrote|stated|"
    r"insisted)\b"
)
# What would happen if something were done, in the outlet's own voice: an argument, not a report.
_OWN_CONDITION = re.compile(r"\bwould\b[^,;]*\bif\b")
# A lede that dates itself to a past month or year ("arrested ... in May 2016", "Between November
# 2016 and October 2017, ...", "on March 26, 1830") tells the story's background, where the news is
# what came of it.
_DATED_PAST = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Bb]etween) (?:(?:early|late|mid-)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December) )?(?:1[5-9]|20)\d\d\b|\b[Ll]ast (?:year|month)\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, "
    r"(?:1[5-9]|20)\d\d\b"
)


def select(
    ranked: Sequence[FactGroup], sentences: Sequence[Sentence], sim: Matrix, config: Config,
    *, limit: int, rivals: dict[int, frozenset[int]] | None = None, title_figures: frozenset[str] = frozenset(),
) -> list[FactGroup]:
    """The best groups, none restating one already taken, sharing a sentence with one (a unit and
    the sentence it leans on), or giving the other side of a figure one already gives (``rivals``:
    sentence -> the disputes it takes part in: Contested shows both where the values cannot both be
    true, and one report of a figure is enough where they can)."""
    rivals = rivals or {}
    chosen: list[FactGroup] = []

    def clashes(group: FactGroup, taken: Sequence[FactGroup]) -> bool:
        rep = sentences[group.rep]
        return any(
            _same_count(rep, sentences[c.rep]) or _contains(sentences[c.rep], rep) or sentences[c.rep].overlaps(rep)
            or rivals.get(group.rep, frozenset()) & rivals.get(c.rep, frozenset())
            for c in taken
        )

    for group in ranked:
        if len(chosen) >= limit:
            break
        rep = sentences[group.rep]
        if not (balanced_quotes(rep.text) or opens_attributed_quote(rep.text)):
            continue
        restated = [
            c for c in chosen
            if _restates(rep, sentences[c.rep], float(sim[group.rep, c.rep]), config)
            and not _what_may_follow(sentences[c.rep].text, rep.text)
        ]
        if restated:
            # "has embarked on a journey to Russia", then "arrived in Russia": the later stage is the news.
            earlier = restated[0]
            rest = [c for c in chosen if c is not earlier]
            then = sentences[earlier.rep]
            if len(restated) == 1 and (
                _later_stage(rep, then) or _gives_titled_figure(rep, then, title_figures)
            ) and not clashes(group, rest):
                chosen[chosen.index(earlier)] = group
            continue
        if not clashes(group, chosen):
            chosen.append(group)
    return chosen


def _gives_titled_figure(report: Sentence, earlier: Sentence, figures: frozenset[str]) -> bool:
    """Whether a report gives a figure the outlets' titles lead with that the sentence it restates
    does not ("added 136,000 jobs" after "added fewer jobs than expected"): the figure is the news."""
    given = numbers_in(report.text) & figures
    return bool(given) and not given & numbers_in(earlier.text) and _reports(report)


def _on_record(report: str, unnamed: str) -> bool:
    """Whether a report tells on the record what another sentence has from an unnamed source, with
    no figure that one does not give ("..., the White House said Thursday" beside "..., an
    administration official told Reuters"): the news confirmed, which other outlets can be cited for."""
    if not (_UNNAMED_SOURCE.search(unnamed) and not _UNNAMED_SOURCE.search(report) and attributed(report)):
        return False
    told = content_stems(claim_of(report))
    same = len(told & content_stems(unnamed)) >= _TOLD_SHARE * len(told)
    return same and numbers_in(report) <= numbers_in(unnamed) and reports_an_event(report)


def _what_may_follow(forecast: str, report: str) -> bool:
    """Whether ``forecast`` tells what a happening could bring ("A strike by about 300 ferry workers
    ... could strand holiday travellers, the chamber warned") and ``report`` the happening ("About
    300 ferry workers ... walked off the job on Friday"): alike in words, two facts."""
    clause, told = main_clause(forecast), main_clause(report)
    return bool(_MAY_FOLLOW.search(clause)) and not _MAY_FOLLOW.search(told) and tells_a_happening(told)


def _reacts_to(reaction: str, report: str) -> bool:
    """Whether ``reaction`` tells what someone made of what ``report`` tells happened ("Wren released
    a statement lambasting the board, following the announcement of a lawsuit against the island of
    Veld ..." and "The board sued the island of Veld on Friday ..."): the news is the happening."""
    verb = _REACTION.search(reaction)
    follows = _REACTS_TO.search(reaction, verb.end()) if verb else None
    told = main_clause(report)
    if follows is None or _REACTION.search(told) or not tells_a_happening(told):
        return False
    return len(content_stems(follows.group(1)) & content_stems(report)) >= _REACTED_SHARES


def _later_stage(report: Sentence, preview: Sentence) -> bool:
    """Whether a report tells done what a preview looked ahead to ("will sign" -> "signed"), or
    the arrival a journey was bound for ("has embarked on a journey to Russia" -> "arrived")."""
    if _previews(report.text):
        return False
    on_the_way = _ON_THE_WAY.search(main_clause(preview.text)) and _ARRIVED.search(main_clause(report.text))
    return bool(on_the_way) or overtaken(preview, [report])


def fit_budget(
    ordered: Sequence[FactGroup], sentences: Sequence[Sentence], *, budget: int, limit: int, hard: bool = True
) -> list[FactGroup]:
    """The lede and then the facts, in order, that fit ``budget`` words (0: any), at most ``limit``
    in all. Where the lede does not fit a ``hard`` budget, the first that does leads; a soft one
    (the default length) never costs the brief its lede."""
    chosen: list[FactGroup] = []
    used = 0
    for group in ordered:
        length = len(words(compress(sentences[group.rep].text)))
        if budget and used + length > budget and (hard or chosen):
            continue
        chosen.append(group)
        used += length
        if len(chosen) >= limit:
            break
    return chosen


def lede_first(
    chosen: Sequence[FactGroup], sentences: Sequence[Sentence], sim: Matrix, config: Config,
    recency: Sequence[float], titles: Sequence[frozenset[str]] = (),
) -> list[FactGroup]:
    """The chosen facts with the lede first: of the most important few, a report of what happened
    (not a quote, background, preview or early stage when a later one is reported) about the
    event most articles open with and title, in the latest articles (``recency`` per article: 1
    for the latest published, 0.5 where undated; ``titles``: the words of each article's title)."""
    if not chosen:
        return []
    head = [
        _as_done(_as_opened(g, sentences, config), sentences, config) for g in chosen[: config.brief.lede_candidates]
    ]
    news = [g for g in head if _reports(sentences[g.rep])] or list(head)
    settled = [
        g for g in news if not _previews(sentences[g.rep].text) or _led_preview(g, news, sentences, sim, config)
    ] or news
    openings = [k for k, s in enumerate(sentences) if s.position < OPENING_SENTENCES]
    n_articles = max(len({sentences[k].article for k in openings}), 1)
    # What a happening could bring, where another candidate tells the happening, what an unnamed
    # source told, where another tells it on the record, and a reaction, where another tells what it
    # reacts to (however unalike in words): that other one leads.
    outdone = _outdone(settled, sentences, sim, config, _what_may_follow) | _outdone(
        settled, sentences, sim, config, lambda text, other: _on_record(other, text)
    ) | {
        g.rep for g in settled for h in settled
        if h is not g and _reacts_to(sentences[g.rep].text, sentences[h.rep].text)
    }

    def as_lede(group: FactGroup) -> float:
        # Articles whose opening is about this event, whatever figures they give for it.
        opening = {sentences[k].article for k in openings if sim[group.rep, k] >= config.grouping.redundant}
        opening |= {sentences[k].article for k in group.members if sentences[k].position < OPENING_SENTENCES}
        latest = max(recency[sentences[k].article] for k in group.members)
        share = len(opening) / n_articles
        printed = compress(sentences[group.rep].text)
        # "behind bars since 1996, walked free from jail Wednesday": the weekday dates the news.
        dated = bool(_DATED_PAST.search(printed)) and not lexicon.WEEKDAYS & sentences[group.rep].dates
        side = 0.5 if _SIDE_OPENING.match(printed) or dated or _EXCLAIMS.search(printed) else 1.0
        if not reports_an_event(printed) or group.rep in outdone:
            side *= 0.5
        # An outlet's first sentence is where it puts the news, unless it dates itself to the past.
        leads = not dated and min(sentences[k].position for k in group.members) == 0
        first = 1.0 + config.brief.lede_first * leads
        titled = 1.0 + config.brief.lede_title * _titled(printed, titles)
        return first * side * titled * group.score * (1.0 + config.brief.lede_opening * share) * (
            1.0 + _LATEST * latest
        )

    lede = _latest_count(max(settled, key=as_lede), chosen, sentences, recency)
    # An earlier step of the event the lede reports ("is en route" after "arrived", "was poised to
    # become" after "has been elected") is old news.
    happened = sentences[lede.rep].content - sentences[lede.rep].entities

    # An outlet that opened with the lede's deed under way wrote before it was done: its previews
    # ("McConnell is expected to say ...") are overtaken by the lede that tells it done.
    written_before = {
        sentences[k].article for k in lede.members
        if sentences[k].position < OPENING_SENTENCES and _UNDER_WAY.search(main_clause(sentences[k].text))
    } if main_deeds(sentences[lede.rep].text) else set()

    def stale(g: FactGroup) -> bool:
        s = sentences[g.rep]
        if s.article in written_before and _previews(ANY_QUOTED.sub(" ", s.text)):
            return True
        clause = main_clause(s.text)
        if not (_ON_THE_WAY.search(clause) or was_to_come(s.text)):
            return False
        told = len(happened & s.content) >= _TOLD_SHARE * len(happened)
        return told or float(sim[g.rep, lede.rep]) >= config.grouping.redundant

    # Facts were kept apart from those ranked above them; the lede may have ranked below one that
    # it says in full ("Cox will be immortalized by Madame Tussauds" beside the lede that tells how).
    def told(g: FactGroup) -> bool:
        return _contains(sentences[lede.rep], sentences[g.rep])

    # Once the lede reports someone found, the search for them and the appeals for news are over.
    def unresolved(g: FactGroup) -> bool:
        s = sentences[g.rep]
        named = bool(s.entities & sentences[lede.rep].entities) or bool(_APPEAL.search(s.text))
        return found and bool(_STILL_SOUGHT.search(s.text)) and named and not _STILL_WANTED.search(s.text)

    found = bool(_FOUND.search(sentences[lede.rep].text))
    # A count a later article tells changed since ("One remains in critical condition" after "Three
    # workers were listed in critical condition") is no longer the news, whoever else tells it.
    counts_told = [s for s in sentences if tells_a_count_change(s.text)]  # read once, not for each fact

    def superseded(g: FactGroup) -> bool:
        then = sentences[g.rep]
        return any(recency[s.article] > recency[then.article] and count_changed(s.text, then.text) for s in counts_told)

    kept = [
        lede,
        *(g for g in chosen if g.members != lede.members and not stale(g) and not told(g) and not unresolved(g)
          and not superseded(g)),
    ]
    # A preview of what another fact reports done is old news, a lede too: the next fact then leads.
    return [g for g in kept if not overtaken(sentences[g.rep], [sentences[o.rep] for o in kept if o is not g])]


def _outdone(
    settled: Sequence[FactGroup], sentences: Sequence[Sentence], sim: Matrix, config: Config,
    by: Callable[[str, str], bool],
) -> set[int]:
    """The candidates another candidate alike in meaning outdoes (``by``: the candidate's text, the
    other's)."""
    return {
        g.rep for g in settled for h in settled
        if h is not g and sim[g.rep, h.rep] >= config.grouping.redundant
        and by(sentences[g.rep].text, sentences[h.rep].text)
    }


def _latest_count(
    lede: FactGroup, chosen: Sequence[FactGroup], sentences: Sequence[Sentence], recency: Sequence[float]
) -> FactGroup:
    """The lede, or the report published after it of the count it gives changed since (12 workers
    injured, then "The number of people injured ... rose to 19 on Friday"): the story at its latest stage."""
    def latest(group: FactGroup) -> float:
        return max(recency[sentences[k].article] for k in group.members)

    told = sentences[lede.rep].text
    return next((g for g in chosen if latest(g) > latest(lede) and count_updated(sentences[g.rep].text, told)), lede)


# A sequel that names the lede's news as a thing ("This unusual encounter between isolated leaders
# has been driven by ...", "This principle was among the most challenging aspects ...") tells what
# the writer makes of it, not more of the news.
_READING = re.compile(r"(?:This|These)\b(?!\s+(?:week|month|year|morning|afternoon|evening|weekend)\b)")


def with_sequel(
    led: Sequence[FactGroup], sentences: Sequence[Sentence], config: Config, budget: int,
    states: Callable[[int, int], bool],
) -> list[FactGroup]:
    """The lede told with the sentence that goes on from it, as one unit of its article ("Trump went
    to war Wednesday with Nordstrom ... And it appears Nordstrom won, with the company's stock up
    almost 5 percent on the day"), as the seed brief's lede is, where the brief has room: no word
    bound, or one of at least ``lede_room`` words (``budget``). Within a shorter bound the sentence
    would cost a fact of its own. Only a lede no other outlet is cited for goes on (``states(k, rep)``:
    whether sentence ``k`` states the fact printed as ``rep``, so is cited for it): an outlet that
    states the lede seldom states its one outlet's sequel too, and cited for both it would be cited
    for what it does not say (multinews-110's other study report told the emails' tone, not their arousal)."""
    if not led or 0 < budget < config.brief.lede_room:
        return list(led)
    lede, article = led[0], sentences[led[0].rep].article
    sequel = _sequel(lede.rep, sentences, config)
    if sequel is None or any(sentences[k].article != article and states(k, lede.rep) for k in lede.members):
        return list(led)
    return [replace(lede, rep=sequel, members=(*lede.members, sequel)), *led[1:]]


def _sequel(rep: int, sentences: Sequence[Sentence], config: Config) -> int | None:
    """The unit of one sentence's article that is that sentence and the one after it, leaning on it,
    where the two are printable in ``lede_max_words`` and the second is not the writer's reading."""
    s = sentences[rep]
    if any(u.article == s.article and u.start == s.start and u.end < s.end for u in sentences):
        return None  # two sentences already
    return next((
        k for k, u in enumerate(sentences)
        if u.article == s.article and u.start == s.start and u.end > s.end and _printable(u, config)
        and len(words(u.text)) <= config.brief.lede_max_words and not _READING.match(u.text[s.end - s.start :].lstrip())
    ), None)


def _as_opened(group: FactGroup, sentences: Sequence[Sentence], config: Config) -> FactGroup:
    """A fact as an outlet words it in its opening, where one does (the earliest such sentence): the
    sentence of another outlet that backs it deep in its article tells a detail of it ("LaPorte
    County, where Elliot was arrested, is west of Shipshewana", where another opens "... Michael
    Elliot was arrested in LaPorte County after a chase Monday night"). An opening that does not
    name what it tells of ("signed the bill into law Tuesday") gives way to one that does."""
    rep = sentences[group.rep]
    if rep.position < OPENING_SENTENCES and not _UNNAMED_THING.search(rep.text):
        return group
    # ... and tells it, not what someone made of it ("The mainstream media were up in arms over
    # DeSantis signing a new law" is not "DeSantis signed the measure into law").
    reacts = bool(_REACTION.search(main_clause(rep.text)))

    def words_it(k: int) -> bool:
        text = sentences[k].text
        return not _UNNAMED_THING.search(text) and (reacts or not _REACTION.search(main_clause(text)))

    return _opened_as(group, sentences, config, words_it)


def _as_done(group: FactGroup, sentences: Sequence[Sentence], config: Config) -> FactGroup:
    """A fact as an outlet that tells it done words it, where the printed sentence tells it under way
    ("McConnell is declaring 'case closed'", written before the speech, where another outlet opens
    "McConnell pointedly declared 'case closed' ... on Tuesday"): the later stage is the news."""
    under_way = {stem(m.group(1)) for m in _UNDER_WAY.finditer(main_clause(sentences[group.rep].text))}
    if not under_way:
        return group
    return _opened_as(
        group, sentences, config, lambda k: k != group.rep and bool(under_way & main_deeds(sentences[k].text))
    )


def _opened_as(
    group: FactGroup, sentences: Sequence[Sentence], config: Config, wanted: Callable[[int], bool]
) -> FactGroup:
    """The fact worded as the earliest printable opening among its members that is ``wanted``, if any."""
    opening = [
        k for k in group.members
        if sentences[k].position < OPENING_SENTENCES and _printable(sentences[k], config) and wanted(k)
    ]
    return replace(group, rep=min(opening, key=lambda k: sentences[k].position)) if opening else group


def _led_preview(
    group: FactGroup, news: Sequence[FactGroup], sentences: Sequence[Sentence], sim: Matrix, config: Config
) -> bool:
    """Whether a preview is the news: two outlets or more open with it ("The two Koreas will march
    under one flag", agreed that day), whatever figure each gives ("will invest more than $3
    billion", "$3.2 billion"), none with it done, and no other candidate reports it done."""
    opening = [sentences[k] for k in group.members if sentences[k].position == 0]
    if not all(_previews(s.text) for s in opening):
        return False
    alike = [
        s for k, s in enumerate(sentences)
        if s.position == 0 and k not in group.members and sim[group.rep, k] >= config.grouping.redundant
    ]
    leading = {s.article for s in opening} | {s.article for s in alike if _previews(s.text)}
    others = [sentences[g.rep] for g in news if g is not group] + alike
    return len(leading) >= _LED_BY and not overtaken(sentences[group.rep], others)


def _titled(text: str, titles: Sequence[frozenset[str]]) -> float:
    """The share of the titled articles whose title the sentence tells: an outlet's headline says
    what it holds to be the news. One title among untitled articles is one outlet's word on it,
    not a vote: no share."""
    titled = [t for t in titles if t]
    told = content_stems(text)
    return sum(len(t & told) >= _TITLE_SHARE * len(t) for t in titled) / len(titled) if len(titled) > 1 else 0.0


def overtaken(s: Sentence, others: Sequence[Sentence]) -> bool:
    """Whether a preview ("Trump is expected to choose ...", "Felipe is to be proclaimed ...") is
    of what another fact printed reports done ("Trump has chosen ...", "Felipe was proclaimed"),
    about the same people: the preview is old news beside it."""
    match = _PREVIEWED.search(main_clause(s.text))
    if not match or not _previews(s.text):
        return False
    verb = match.group(1).lower()
    if stem(verb) in _MILESTONE and s.numbers:
        # "will surpass 600,000 deaths" beside "hit ... Tuesday, reaching more than 600,000": the
        # figure told as reached, in whichever of these words.
        return any(
            s.numbers <= o.numbers and not _previews(o.text) and _MILESTONE & content_stems(o.text) for o in others
        )
    done = {stem(verb), *(stem(form) for form in lexicon.IRREGULAR_FORMS.get(verb, ()))}
    # A figure the preview gives that the report does not ("projected to win 157 seats") is news.
    return any(
        o.entities & s.entities and s.numbers <= o.numbers and not _previews(o.text)
        and done & content_stems(main_clause(o.text))
        for o in others
    )


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
    printed: Sequence[FactGroup], ranked: Sequence[FactGroup], sentences: Sequence[Sentence]
) -> list[FactGroup]:
    """The printed facts with the answer of the party their claims are about, where they print a
    claim against a named party and none of its answer ("Martin paid a $9 million bribe ..." and not
    "Sargeant's lawyers insist the $9 million was payment to ... and deny any wrongdoing"): the
    answer, from among the best facts, is printed right after the claim it answers, in the place of
    the least of the facts after the lede. An answer to a claim the brief does not print ("has never
    threatened to take private family matters public" where only a threat to challenge a prenup is
    printed) would read as denying another, and is not printed."""
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
        least = min((f for f in printed[1:] if f is not answered_charge), key=lambda f: f.score, default=None)
        if least is None:
            return list(printed)
        kept = [f for f in printed if f is not least]
        at = kept.index(answered_charge) + 1
        return [*kept[:at], g, *kept[at:]]
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


def introduced(
    ordered: Sequence[FactGroup], sentences: Sequence[Sentence], texts: Sequence[str]
) -> list[FactGroup]:
    """The facts in print order, each that names a person by the surname alone where its article
    introduced them in a sentence not printed ("Meadows outlined ...", "..., Musk wrote") or opens
    on a body by its kind ("The agency raised ...") moved after the first fact that names that
    person or kind, or left out where none does: the reader would not know who is meant."""
    kept: list[FactGroup] = []
    waiting: dict[str, list[FactGroup]] = {}
    printed = ""

    def offer(group: FactGroup) -> None:
        nonlocal printed
        # The lede has nothing printed before it to name anyone: only an opening on a surname
        # alone holds it back, where a fact after it may name who is meant.
        lede = not kept
        unknown = next((n for n in _leaned_on(group, sentences, texts, lede) if not _named(n, printed)), "")
        if unknown:
            waiting.setdefault(unknown, []).append(group)
            return
        kept.append(group)
        printed += " " + sentences[group.rep].text
        for name in [n for n in waiting if _named(n, printed)]:
            for later in waiting.pop(name, []):  # a later one printed may have released it already
                offer(later)

    for group in ordered:
        offer(group)
    return kept


def _leaned_on(
    group: FactGroup, sentences: Sequence[Sentence], texts: Sequence[str], lede: bool
) -> tuple[str, ...]:
    """The people and bodies a fact names only as its article's earlier sentences did; a lede, with
    nothing printed before it, names no one by their role alone either, nor a lawsuit by its kind."""
    s = sentences[group.rep]
    printed_text = compress(s.text)
    body = _opening_body(printed_text)
    names = (opening_surname(texts[s.article], s.start, printed_text, described=True),) if lede else bare_surnames(
        texts[s.article], s.start, printed_text
    )
    role = _BY_ROLE.match(printed_text) if lede else None
    return tuple(n for n in names if n) + ((body,) if body else ()) + ((role.group(1),) if role else ())


def _named(name: str, printed: str) -> bool:
    if name in lexicon.COMPANY_WORDS:  # "The company said ..." after "..., the drugmaker said"
        return any(_mentions(kind, printed) for kind in lexicon.BUSINESSES)
    if name == _MEASURE:  # "The measure has been celebrated ..." after "signed a bill that ..."
        return any(_mentions(kind, printed) for kind in lexicon.MEASURES)
    return _mentions(name, printed)


def _mentions(name: str, printed: str) -> bool:
    return re.search(rf"\b{re.escape(name)}\b", printed, re.I) is not None


def _opening_body(text: str) -> str:
    """The kind of body or thing a fact opens on by its kind alone ("The agency increased the fee",
    "In the column, ..."): which, only a fact before it that names one can say."""
    if MEASURE_OPENING.match(text):
        return _MEASURE
    match = _BODY.match(text) or _IN_THE_THING.match(text)
    return match.group(1) if match else ""


def in_article_order(printed: Sequence[FactGroup], sentences: Sequence[Sentence]) -> list[FactGroup]:
    """The facts after the lede with each article's in the order it tells them, in the places its
    facts take by importance: "The second fighter describes ..." after "one of the deaf-mute
    fighters ...", as the article has them, whatever their rank."""
    if not printed:
        return []
    facts = list(printed[1:])
    by_article: dict[int, list[FactGroup]] = {}
    for g in facts:
        by_article.setdefault(sentences[g.rep].article, []).append(g)
    told = {a: iter(sorted(gs, key=lambda g: sentences[g.rep].start)) for a, gs in by_article.items()}
    return [printed[0], *(next(told[sentences[g.rep].article]) for g in facts)]


def happenings_first(led: Sequence[FactGroup], sentences: Sequence[Sentence], weight: float) -> list[FactGroup]:
    """The lede, then the facts by importance, where a fact that tells no happening and no one's
    words ("The Curiosity landing is shaping up to be an international spectacle", "Leno is not
    the first host to take a pay cut") counts ``weight`` as much: a reading of the story, which
    readers judged wrong about half the time, against three in ten for the facts that report."""
    def counted(group: FactGroup) -> float:
        return group.score * (1.0 if tells_something(sentences[group.rep].text) else weight)

    return [*led[:1], *sorted(led[1:], key=counted, reverse=True)]


def tells_something(text: str) -> bool:
    """Whether a sentence tells a happening or someone's words ("According to Axios, ..." too)."""
    return reports_an_event(text) or attributed(text[:1].lower() + text[1:])


def _printable(s: Sentence, config: Config) -> bool:
    return s.kind == "fact" and printable(s, config)


def reports_an_event(text: str) -> bool:
    """Whether a sentence says what happened (a verb in the past tense or a day), and not only what
    the outlet thinks would happen if something were done."""
    return tells_a_happening(text) and not (_OWN_CONDITION.search(text) and not SPEECH.search(text))


def _reports(s: Sentence) -> bool:
    """Whether a sentence reports what happened: a fact, or background that dates what it reports
    to a day ("X, who lost the race in 2017, announced Thursday that ...")."""
    return s.kind == "fact" or (s.kind == "background" and bool(_DAY.search(s.text)))


def _previews(text: str) -> bool:
    """Whether a sentence tells what is yet to happen. An announcement made is news whatever it
    announces: "Prosecutors announced Friday they will seek the death penalty" reports the
    announcement, where "An official says she will face a vote" previews the vote."""
    clause = main_clause(text)
    announced = _ANNOUNCED.search(clause)
    return bool(_EARLY_STAGE.search(clause[: announced.end()] if announced else clause))


def _restates(a: Sentence, b: Sentence, similarity: float, config: Config) -> bool:
    """Whether two facts say the same thing: alike enough, with nothing that tells them apart."""
    if not agree(a, b) or similarity < config.grouping.redundant:
        return False
    # Alike sentences about the same people can report different steps ("set off for Russia",
    # "arrived in Russia"): they restate each other only if they share what happened.
    done_a, done_b = a.content - a.entities, b.content - b.entities
    shared = len(done_a & done_b)
    if shared >= _SAME_HAPPENING * min(len(done_a), len(done_b)):
        return True
    # Two long sentences about one happening share its day or figure and a word for it, and are
    # alike as a whole, while each adds its own description.
    anchored = bool((a.dates & b.dates) or (a.numbers & b.numbers))
    return anchored and shared >= 1 and similarity >= _ALIKE


def _same_count(a: Sentence, b: Sentence) -> bool:
    """Whether two facts open on one count of one happening ("Six of the injured were in a serious
    condition", "Six workers remain seriously hurt; nobody died"): what else each adds is detail
    of the same people."""
    opening_a, opening_b = _opening(a.text), _opening(b.text)
    count = numbers_in(" ".join(opening_a[:1]))
    if not count or count != numbers_in(" ".join(opening_b[:1])):
        return False
    # What they count may differ in name ("of the injured", "workers"); what happened to them may not.
    happened = (a.content - a.entities) & (b.content - b.entities)
    return bool(happened - content_stems(" ".join(opening_a + opening_b)))


def _opening(text: str) -> list[str]:
    """A fact's first two words as printed: its count, if it opens on one, and what it counts."""
    return words(compress(text))[:2]


def _contains(a: Sentence, b: Sentence) -> bool:
    """Whether b adds next to nothing to a: its numbers are all in a, and at most two of its
    content words are not ("a dramatic family fight" after the lede that reports the fight)."""
    content, numbers = _printed(b.text)  # a dateline or a connective the print leaves out adds nothing
    return bool(content) and len(content - a.content) <= _ADDED_WORDS and numbers <= a.numbers


@lru_cache(maxsize=4096)
def _printed(text: str) -> tuple[frozenset[str], frozenset[str]]:
    printed = compress(text)
    return content_stems(printed), numbers_in(printed)
