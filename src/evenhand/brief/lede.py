"""Which of a brief's facts leads: the news most outlets open with and title, reported done, at its
latest stage, worded as an outlet that opens with it words it, and told with the sentence that goes
on from it where the brief has room."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .. import lexicon
from ..config import Config
from ..model import Sentence
from .choose import (
    ON_THE_WAY,
    OPENING_SENTENCES,
    is_report,
    overtaken,
    previews,
    reports_an_event,
    says_all_of,
    what_may_follow,
)
from .features import (
    content_stems,
    count_changed,
    count_updated,
    dates_in,
    numbers_in,
    stem,
    tells_a_count_change,
    words,
)
from .group import Matrix
from .kinds import is_furniture
from .rank import FactGroup, printable
from .segment import first_sentence
from .standalone import ANY_QUOTED, attributed, nameless_by_rank
from .wording import claim_of, compress, main_clause, main_deeds, tells_a_happening, was_to_come

# A source the sentence does not name: "an administration official told Reuters", "people familiar
# with the matter", "who spoke on condition of anonymity".
_UNNAMED_SOURCE = re.compile(
    r"\b(?:an?|one|two|three|several) (?:[a-z]+ ){0,2}(?:officials?|sources?|aides?|people|persons?|diplomats?)\b"
    r"(?= (?:told|said|says|familiar|close|with knowledge|briefed|who)\b)|\bcondition of anonymity\b"
    r"|\baccording to (?:an?|one|two|three|several) (?:[a-z]+ ){0,2}(?:officials?|sources?|people|persons?)\b"
)

# How a sentence tells what someone made of the news rather than the news.
_REACTION = re.compile(r"\b(?:" + "|".join(lexicon.REACTIONS) + r")\b")

# What a reaction follows: "lambasting ..., following the announcement of a lawsuit against ...".
_REACTS_TO = re.compile(r"\b(?:following|after|in response to|in reaction to|in the wake of)\s+(.+)")

# Words a reaction's "following ..." shares with a report that tells what it followed.
_REACTED_SHARES = 2

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

# Where a sentence goes on to what came before what it tells.
_FOLLOWING = re.compile(r"\b(?:after|following|since|followed)\b", re.I)
# A later stage told by its day ("charged Thursday" after "shot ... Tuesday night") counts this much
# more, where the days are at most this many apart (further apart, the week may have turned).
_LATER_DAY = 0.5
_DAYS_APART = 3

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

# An earlier step tells the lede's happening when it has this share of the lede's words for it.
_TOLD_SHARE = 0.6

# A lede opens with what happened, not with a concession, a scene, a condition or a feature's
# framing ("For the fourth time, ...", "On the eve of ...", "Amid ...", "In a rebuke to ...").
_SIDE_OPENING = re.compile(
    r"^(?:Although|Though|While|Despite|Even|If|As|When|During|Speaking|In an? (?:interview|statement|speech|"
    r"op-ed|letter|post)|There (?:is|was|are|were)|For the \w+ time|On the eve of|Under cover of|Amid|"
    # one outlet's verdict on the news before the news: "In a rebuke to Gretchen Whitmer, ..."
    r"In an? (?:rebuke|blow|win|victory|setback|defeat|snub|slap) (?:to|for)"
    # ... or on where the news stands in a run of them: "In yet another unexpected and unwelcome twist in
    # the pandemic, ..." (allsides-5820, reading 36c), "In another sign that ..."
    r"|In (?:yet )?another\b)\b"
    # a thing the story already told of, by a bare noun: "The nomination puts ...", "The search is on"
    r"|^The (?!(?:government|police|military|administration|army|economy|pandemic|virus)\b)[a-z]+"
    r"(?:,|\s+(?:is|are|was|were|will|has|have|had|[a-z]+ed|[a-z]+s)\b)"
)

# A unit that opens on the writer's exclamation, outside any quotation ("Kate Gosselin Got a Real
# Job! It's true: ..."): a blog's or a headline's opener, not a report's.
_EXCLAIMS = re.compile(r"!(?=\s+\S)(?![^\"“”]*[\"”])")

# A lede that dates itself to a past month or year ("arrested ... in May 2016", "Between November
# 2016 and October 2017, ...", "on March 26, 1830") tells the story's background, where the news is
# what came of it.
_DATED_PAST = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Bb]etween) (?:(?:early|late|mid-)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December) )?(?:1[5-9]|20)\d\d\b|\b[Ll]ast (?:year|month)\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, "
    r"(?:1[5-9]|20)\d\d\b"
)

# What holds as a rule, not what happened: "Lean ... communication is often considered poor for
# communicating emotion" (the journal abstract's premise that led multinews-110), "are widely seen as";
# unless the sentence dates itself to a day ("are traditionally held in January, but the party voted
# Saturday to ...": review 48a's R3).
_AS_A_RULE = re.compile(
    r"\b(?:is|are)\s+(?:often|usually|commonly|generally|widely|typically|frequently|traditionally)\s+"
    r"(?:[a-z]+ed|seen|thought|known|held|taken)\b"
)

# An unsourced report of the deed itself, not an alleged crime's hedge nor a description ("a
# reportedly all-White club"): "reportedly has been working", "is said to have".
_HEARSAY = re.compile(
    r"\breportedly\s+(?:has|have|had|is|are|was|were|will|would|[a-z]+ed|[a-z]+s)\b"
    r"|\b(?:has|have|had|is|are|was|were)\s+reportedly\b|\b(?:is|are)\s+said\s+to\b"
)


def _on_record(report: str, unnamed: str) -> bool:
    """Whether a report tells on the record what another sentence has from an unnamed source, with
    no figure that one does not give ("..., the White House said Thursday" beside "..., an
    administration official told Reuters"): the news confirmed, which other outlets can be cited for."""
    if not (_UNNAMED_SOURCE.search(unnamed) and not _UNNAMED_SOURCE.search(report) and attributed(report)):
        return False
    told = content_stems(claim_of(report))
    same = len(told & content_stems(unnamed)) >= _TOLD_SHARE * len(told)
    return same and numbers_in(report) <= numbers_in(unnamed) and reports_an_event(report)

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

def lede_first(
    chosen: Sequence[FactGroup], sentences: Sequence[Sentence], sim: Matrix, config: Config,
    recency: Sequence[float], titles: Sequence[frozenset[str]] = (), pool: Sequence[FactGroup] = (),
) -> list[FactGroup]:
    """The chosen facts with the lede first: of the most important few as news (those of ``pool``
    where given, :func:`_lede_pool`), a report of what happened (not a quote, background, preview
    or early stage when a later one is reported) about the event most articles open with and
    title, in the latest articles (``recency`` per article: 1 for the latest published, 0.5 where
    undated; ``titles``: the words of each article's title)."""
    if not chosen:
        return []
    head = [
        _as_done(_as_opened(g, sentences, config), sentences, config)
        for g in _lede_pool(chosen, pool)[: config.brief.lede_candidates]
    ]
    news = [g for g in head if is_report(sentences[g.rep])] or list(head)
    # A preview gives way to a candidate that tells something happen; where none does, the look
    # ahead ("will send about 800 troops to the border, a defense official confirmed") is the news.
    ahead = {g.rep for g in news if previews(sentences[g.rep].text)}
    happening = any(reports_an_event(compress(sentences[g.rep].text)) for g in news if g.rep not in ahead)
    settled = [
        g for g in news
        if g.rep not in ahead or not happening or _led_preview(g, news, sentences, sim, config)
    ] or news
    # A photo's caption or a player's blurb atop the page is not where an outlet puts its news.
    openings = [k for k, s in enumerate(sentences) if s.position < OPENING_SENTENCES and not is_furniture(s)]
    n_articles = max(len({sentences[k].article for k in openings}), 1)
    # What a happening could bring, where another candidate tells the happening, what an unnamed
    # source told, where another tells it on the record, and a reaction, where another tells what it
    # reacts to (however unalike in words): that other one leads.
    outdone = _outdone(settled, sentences, sim, config, what_may_follow) | _outdone(
        settled, sentences, sim, config, lambda text, other: _on_record(other, text)
    ) | {
        g.rep for g in settled for h in settled
        if h is not g and _reacts_to(sentences[g.rep].text, sentences[h.rep].text)
    }

    later = _told_later(settled, sentences)

    def as_lede(group: FactGroup) -> float:
        # Articles whose opening is about this event, whatever figures they give for it.
        opening = {sentences[k].article for k in openings if sim[group.rep, k] >= config.grouping.redundant}
        told = [k for k in group.members if not is_furniture(sentences[k])]
        opening |= {sentences[k].article for k in told if sentences[k].position < OPENING_SENTENCES}
        latest = max(recency[sentences[k].article] for k in group.members)
        share = len(opening) / n_articles
        printed = compress(sentences[group.rep].text)
        # "behind bars since 1996, walked free from jail Wednesday": the weekday dates the news.
        weekday = bool(lexicon.WEEKDAYS & sentences[group.rep].dates)
        dated = bool(_DATED_PAST.search(printed)) and not weekday
        side = 0.5 if _SIDE_OPENING.match(printed) or dated or _EXCLAIMS.search(printed) else 1.0
        as_a_rule = bool(_AS_A_RULE.search(main_clause(printed))) and not weekday
        if not reports_an_event(printed) or group.rep in outdone or as_a_rule:
            side *= 0.5
        # "Schumer reportedly has been working for months to ...": what no one on the record says.
        if _HEARSAY.search(main_clause(printed)):
            side *= 0.5
        # "The No. 3 Republican in the U.S. House ... said ...": who, only the sentence after says.
        if nameless_by_rank(printed):
            side *= 0.5
        # An outlet's first sentence is where it puts the news, unless it dates itself to the past.
        leads = not dated and min((sentences[k].position for k in told), default=1) == 0
        first = 1.0 + config.brief.lede_first * leads
        titled = 1.0 + config.brief.lede_title * _titled(printed, titles)
        return first * side * titled * group.news * (1.0 + config.brief.lede_opening * share) * (
            1.0 + _LATEST * latest
        ) * (1.0 + _LATER_DAY * (group.rep in later))

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
        if s.article in written_before and previews(ANY_QUOTED.sub(" ", s.text)):
            return True
        clause = main_clause(s.text)
        if not (ON_THE_WAY.search(clause) or was_to_come(s.text)):
            return False
        told = len(happened & s.content) >= _TOLD_SHARE * len(happened)
        return told or float(sim[g.rep, lede.rep]) >= config.grouping.redundant

    # Facts were kept apart from those ranked above them; the lede may have ranked below one that
    # it says in full ("Cox will be immortalized by Madame Tussauds" beside the lede that tells how).
    def told(g: FactGroup) -> bool:
        return says_all_of(sentences[lede.rep], sentences[g.rep])

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


def _told_later(candidates: Sequence[FactGroup], sentences: Sequence[Sentence]) -> set[int]:
    """The candidates dated to a weekday a few days after each other candidate about the same people
    is dated to ("was charged Thursday" beside "allegedly shot three people ... Tuesday night",
    neus-val-0070): where outlets tell different stages and give no date of publication, the day
    words say which is the latest. A look ahead's day is when it is to happen: it tells no stage."""
    days = {g.rep: None if previews(sentences[g.rep].text) else _weekday(sentences[g.rep]) for g in candidates}
    later = set()
    for g in candidates:
        day = days[g.rep]
        named = sentences[g.rep].entities
        others = [
            other for h in candidates
            if h is not g and (other := days[h.rep]) is not None and sentences[h.rep].entities & named
        ]
        if day is not None and others and all(0 < (day - other) % 7 <= _DAYS_APART for other in others):
            later.add(g.rep)
    return later


def _weekday(s: Sentence) -> int | None:
    """The one weekday a unit's first sentence is dated to, as its place in the week, or None: not
    the day of what it tells came before ("... after a second night of action ... that followed a
    wave of demonstrations on Wednesday")."""
    # The day a unit leads with is its first sentence's ("The federal government is stepping up its
    # effort ... On Thursday, ...", allsides-5852, tells no stage of Thursday's), as the segmenter
    # ends it: not at a stop inside a quotation nor after an abbreviation.
    dates = dates_in(_FOLLOWING.split(first_sentence(s.text), maxsplit=1)[0])
    told = [k for k, day in enumerate(lexicon.WEEK) if day in dates]
    return told[0] if len(told) == 1 else None


def _lede_pool(chosen: Sequence[FactGroup], pool: Sequence[FactGroup]) -> list[FactGroup]:
    """The candidates for the lede: those of ``pool`` (the news each outlet opens with) that are
    among the ``chosen`` (a word budget may leave some out), else the chosen by that measure."""
    kept = {g.members for g in chosen}
    return [g for g in pool if g.members in kept] or sorted(chosen, key=lambda g: g.news, reverse=True)


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
    if not all(previews(s.text) for s in opening):
        return False
    alike = [
        s for k, s in enumerate(sentences)
        if s.position == 0 and k not in group.members and sim[group.rep, k] >= config.grouping.redundant
    ]
    leading = {s.article for s in opening} | {s.article for s in alike if previews(s.text)}
    others = [sentences[g.rep] for g in news if g is not group] + alike
    return len(leading) >= _LED_BY and not overtaken(sentences[group.rep], others)

def _titled(text: str, titles: Sequence[frozenset[str]]) -> float:
    """The share of the titled articles whose title the sentence tells: an outlet's headline says
    what it holds to be the news. One title among untitled articles is one outlet's word on it,
    not a vote: no share."""
    titled = [t for t in titles if t]
    told = content_stems(text)
    return sum(len(t & told) >= _TITLE_SHARE * len(t) for t in titled) / len(titled) if len(titled) > 1 else 0.0

def _printable(s: Sentence, config: Config) -> bool:
    return s.kind == "fact" and printable(s, config)
