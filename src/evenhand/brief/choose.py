"""Which facts a brief prints, none restating another, within its length, in what order (which of
them leads is :mod:`evenhand.brief.lede`'s; the answer of a party they charge,
:mod:`evenhand.brief.reply`'s)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from .. import lexicon
from ..config import Config
from ..model import Sentence
from .features import content_stems, entities_in, numbers_in, stem, words
from .group import Matrix, agree
from .names import bare_surnames, opening_surname, surname_the_story_names, undefined_acronyms
from .rank import FactGroup, printable
from .segment import count_sentences, first_sentence
from .standalone import ANY_QUOTED, MEASURE_OPENING, ROLE, ROLE_OPENING, SPEECH, attributed
from .wording import (
    DAY_BEFORE_TO,
    DAY_WORDS,
    balanced_quotes,
    compress,
    main_clause,
    opens_attributed_quote,
    tells_a_happening,
)

_SAME_HAPPENING = 0.2
_ALIKE = 0.5
# A fact that adds no more content words than this to one already chosen restates it.
_ADDED_WORDS = 2
_MEASURE = "measure"
# A fact that opens on a body by its kind: "The agency ...", "The broadcaster's ...".
_BODY = re.compile(r"The (" + "|".join(lexicon.BODIES) + r")(?:'s|’s)?\b")
# ... or on a vote by its kind: "The vote aligns with initiatives in several other states" waits
# for a fact that tells of voting (not "The vote on the bill", which says which).
_VOTE = "vote"
_THE_VOTE = re.compile(r"The vote\b(?!\s+(?:on|to|for|over|in|of|by|at)\b)")
_VOTING = re.compile(r"\bvot(?:e|es|ed|ing)\b", re.I)
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
    ROLE_OPENING + r"(?:(" + ROLE + r")s?(?:'s|’s|’|')?(?![\w-])(?!,?\s+[A-Z][a-z]|\s+(?:of|by)\b)"
    # a filing that the sentence says whose it is: "The lawsuit filed by the Veld Rovers ..."
    r"|(lawsuit|suit|complaint|petition)s?(?:'s|’s|’|')?(?![\w-])(?!,?\s+[A-Z][a-z]|\s+(?:of|by|against|filed|brought)\b))"
)
# ... and, wherever a fact stands, one person described in place of their name: "The 65-year-old
# Olympic medalist revealed ...", "The San Antonio Spurs guard filed ..." (not "The judges said").
_DESCRIBED_PERSON = re.compile(
    r"The\s+(?=(?:[\w.'’-]+\s+){0,3}(?:\d+-year-old|[A-Z][\w.'’-]*)\s)"
    r"(?:(?:[A-Z][\w.'’-]*|\d[\w-]*|former|late|young|veteran|four-time|three-time|two-time|gold|[a-z]+-time)\s+){1,4}"
    r"(" + "|".join(lexicon.ROLES) + r")(?:'s|’s|’|')?(?![\w-])(?!,?\s+[A-Z][a-z]|\s+(?:of|for|at|in)\b)"
)
# An opening phrase before a main clause that names its doer by role: "Expressing concerns about a
# potentially unfair trial, the House speaker would not commit ..."
_OPENING_PHRASE = re.compile(
    r"(?:[A-Z][a-z]+ing|After|Before|While|Despite|Amid|In|On|At)\b[^,;:\"“]{0,120},\s+(?=the\s)"
)
# An article's opening, its first sentences: where news writing puts what happened.
OPENING_SENTENCES = 2
# Being on the way somewhere: an earlier step than arriving, meeting or signing.
_ON_THE_WAY_WORDS = (
    r"(?:is|are) (?:en route|heading|on (?:his|her|their|its) way)|(?:has|have) (?:started|begun|embarked on|"
    r"set off|left for)|(?:set off|embarked|departed|left) for|started (?:his|her|their|its) (?:journey|trip)"
)
# A preview or the first step of what other outlets may already report done: "will testify",
# "is expected to", "were set for a subdued open", "has started his journey", "set off for".
_EARLY_STAGE = re.compile(
    # "will" in lower case: "Will Kopelman arrived" is a name
    r"\b(?:(?-i:will)|(?:is|are) (?:" + "|".join(lexicon.PREVIEWING) + r")" + DAY_BEFORE_TO
    + r" to|(?:is|are) to be|plans to|"
    r"(?:is|are|was|were) (?:set|poised|due|scheduled) for|"
    + _ON_THE_WAY_WORDS + r")\b",
    re.I,
)
# The verb a preview looks ahead to: "is expected to choose", "is to be formally proclaimed".
_PREVIEWED = re.compile(
    r"\b(?:will|(?:is|are) (?:(?:" + "|".join(lexicon.PREVIEWING) + r")" + DAY_BEFORE_TO + r" )?to|plans? to)\s+"
    r"(?:be\s+)?(?:[a-z]+ly\s+)?([a-z]+)\b"
)
# Words for a count reaching a mark: a preview of the mark is old news once it is told reached.
_MILESTONE = frozenset(stem(w) for w in "surpass reach hit pass top exceed cross".split())
# Arriving where a journey was bound: the stage after being on the way.
_ARRIVED = re.compile(r"\b(?:arrived|reached|landed|touched down|crossed into|pulled into)\b", re.I)
ON_THE_WAY = re.compile(r"\b(?:" + _ON_THE_WAY_WORDS + r")\b", re.I)
# What a happening could bring: "could strand", "may cost", "might delay" (not the month "May").
_MAY_FOLLOW = re.compile(r"\b(?-i:could|may|might)\s+(?:\w+\s+)?(?!be\b|have\b)[a-z]+\b")
_DAY = re.compile(r"\b(?:" + DAY_WORDS + r")\b")
# A statement made, in the past tense: what follows it is what was said.
_ANNOUNCED = re.compile(
    r"\b(?:said|told|announced|confirmed|revealed|declared|disclosed|pledged|vowed|promised|warned|wrote|stated|"
    r"insisted)\b"
)
# What would happen if something were done, in the outlet's own voice: an argument, not a report.
_OWN_CONDITION = re.compile(r"\bwould\b[^,;]*\bif\b")


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
            _same_count(rep, sentences[c.rep]) or says_all_of(sentences[c.rep], rep) or sentences[c.rep].overlaps(rep)
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
            and not what_may_follow(sentences[c.rep].text, rep.text)
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
    return bool(given) and not given & numbers_in(earlier.text) and is_report(report)


def what_may_follow(forecast: str, report: str) -> bool:
    """Whether ``forecast`` tells what a happening could bring ("A strike by about 300 ferry workers
    ... could strand holiday travellers, the chamber warned") and ``report`` the happening ("About
    300 ferry workers ... walked off the job on Friday"): alike in words, two facts."""
    clause, told = main_clause(forecast), main_clause(report)
    return bool(_MAY_FOLLOW.search(clause)) and not _MAY_FOLLOW.search(told) and tells_a_happening(told)


def _later_stage(report: Sentence, preview: Sentence) -> bool:
    """Whether a report tells done what a preview looked ahead to ("will sign" -> "signed"), or
    the arrival a journey was bound for ("has embarked on a journey to Russia" -> "arrived")."""
    if previews(report.text):
        return False
    on_the_way = ON_THE_WAY.search(main_clause(preview.text)) and _ARRIVED.search(main_clause(report.text))
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


def overtaken(s: Sentence, others: Sequence[Sentence]) -> bool:
    """Whether a preview ("Trump is expected to choose ...", "Felipe is to be proclaimed ...") is
    of what another fact printed reports done ("Trump has chosen ...", "Felipe was proclaimed"),
    about the same people: the preview is old news beside it."""
    match = _PREVIEWED.search(main_clause(s.text))
    if not match or not previews(s.text):
        return False
    verb = match.group(1).lower()
    if stem(verb) in _MILESTONE and s.numbers:
        # "will surpass 600,000 deaths" beside "hit ... Tuesday, reaching more than 600,000": the
        # figure told as reached, in whichever of these words.
        return any(
            s.numbers <= o.numbers and not previews(o.text) and _MILESTONE & content_stems(o.text) for o in others
        )
    # (the report's form is the past: "resume" and "resumed" stem apart)
    done = {stem(verb), stem(verb.removesuffix("e") + "ed")}
    done |= {stem(form) for form in lexicon.IRREGULAR_FORMS.get(verb, ())}

    # The same people, or the same things by other names ("Rescue teams are expected to resume the
    # search ... at the Champlain Towers South condo building" beside "Search crews resumed their
    # work after ... the partially collapsed condo building in Surfside, Florida, was brought down").
    def same(o: Sentence) -> bool:
        return bool(o.entities & s.entities) or len((s.content & o.content) - done - s.entities) >= _SAME_THINGS

    # A figure the preview gives that the report does not ("projected to win 157 seats") is news.
    return any(
        same(o) and s.numbers <= o.numbers and not previews(o.text) and done & content_stems(main_clause(o.text))
        for o in others
    )


# Words for what it is about a preview and a report of it done share, beyond the deed, where they
# name no one in common.
_SAME_THINGS = 3
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
    names = (
        opening_surname(texts[s.article], s.start, printed_text, described=True)
        or surname_the_story_names(texts, printed_text),
    ) if lede else bare_surnames(texts[s.article], s.start, printed_text)
    role = (_BY_ROLE.match(printed_text) or _BY_ROLE.match(_after_opening_phrase(printed_text))) if lede else (
        _DESCRIBED_PERSON.match(printed_text)
    )
    described = next((g for g in role.groups() if g), "") if role else ""
    acronyms = undefined_acronyms(texts[s.article], s.start, printed_text)
    return tuple(n for n in (*names, body, described, *acronyms) if n)


def _after_opening_phrase(text: str) -> str:
    """The main clause after an opening phrase, capitalised ("Expressing concerns about a trial, the
    House speaker would not commit ..." gives "The House speaker would not commit ...")."""
    match = _OPENING_PHRASE.match(text)
    return "T" + text[match.end() + 1 :] if match else ""


def _named(name: str, printed: str) -> bool:
    if name in lexicon.COMPANY_WORDS:  # "The company said ..." after "..., the drugmaker said"
        return any(_mentions(kind, printed) for kind in lexicon.BUSINESSES)
    if name == _MEASURE:  # "The measure has been celebrated ..." after "signed a bill that ..."
        return any(_mentions(kind, printed) for kind in lexicon.MEASURES)
    if name == _VOTE:
        return _VOTING.search(printed) is not None
    return _mentions(name, printed)


def _mentions(name: str, printed: str) -> bool:
    # (an abbreviation by its capitals only: "US" is not "us")
    return re.search(rf"\b{re.escape(name)}\b", printed, 0 if name.isupper() else re.I) is not None


def _opening_body(text: str) -> str:
    """The kind of body or thing a fact opens on by its kind alone ("The agency increased the fee",
    "In the column, ..."): which, only a fact before it that names one can say."""
    if MEASURE_OPENING.match(text):
        return _MEASURE
    if _THE_VOTE.match(text):
        return _VOTE
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


def reports_an_event(text: str) -> bool:
    """Whether a sentence says what happened (a verb in the past tense or a day), and not only what
    the outlet thinks would happen if something were done."""
    return tells_a_happening(text) and not (_OWN_CONDITION.search(text) and not SPEECH.search(text))


def is_report(s: Sentence) -> bool:
    """Whether a sentence reports what happened: a fact, or background that dates what it reports
    to a day ("X, who lost the race in 2017, announced Thursday that ...")."""
    return s.kind == "fact" or (s.kind == "background" and bool(_DAY.search(s.text)))


def previews(text: str) -> bool:
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
    # Two long sentences about one happening share its day or figure and a word for it in what
    # each tells, and are alike as a whole, while each adds its own description: not a figure and
    # words that only describe whom each tells of ("sentenced ... for molesting 10 boys" and "made
    # them public ... little sympathy for the 10 boys he was convicted of molesting", multinews-085).
    anchored = bool((a.dates & b.dates) or (a.numbers & b.numbers))
    told = content_stems(main_clause(a.text)) & content_stems(main_clause(b.text))
    return anchored and shared >= 1 and bool(told - a.entities - b.entities) and similarity >= _ALIKE


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


def says_all_of(a: Sentence, b: Sentence) -> bool:
    """Whether b adds next to nothing to a: its numbers are all in a, and at most two of its
    content words are not ("a dramatic family fight" after the lede that reports the fight)."""
    content, numbers = _printed(b.text)  # a dateline or a connective the print leaves out adds nothing
    return bool(content) and len(content - a.content) <= _ADDED_WORDS and numbers <= a.numbers


@lru_cache(maxsize=4096)
def _printed(text: str) -> tuple[frozenset[str], frozenset[str]]:
    printed = compress(text)
    return content_stems(printed), numbers_in(printed)


# What the writer sets against the sentence before: "... were initially considered evidence in the
# Italian authorities' case against the mafia. But in January a court ruled that they could be
# released and returned to the Netherlands." (multinews-055, reading 34f).
_CONTRAST_NEXT = re.compile(
    r"\s*[\"“‘']?(?:But|However|Yet|Nevertheless|Nonetheless|Still,|That said)\b"
    # ... or what came of it so far: "So far, officials say, none of them have panned out." (multinews-116,
    # reading 39e: "several reports of possible signs of the missing plane" printed without it)
    r"|\s*(?:So far|Thus far|As yet),?\s[^.!?]{0,40}?\b(?:none|nothing|no one|not)\b"
)
# ... or, after any sentence, a doubt that the next sets against it: "On Tuesday, search teams will be
# checking the area where ... crews saw the smoke ... But authorities don't know whether there's any
# connection to the missing jet." (multinews-116, reading 48e: printed alone, the smoke read as a lead)
_DOUBT_NEXT = re.compile(
    # (in the same paragraph)
    r"[ \t]*\n?[ \t]*(?:But|However|Yet)\b,?\s[^.!?\"“”]{0,60}?\b(?:(?:do|does|did)\s*(?:n['’]t|not)\s+know\s+"
    r"(?:whether|if)|(?:is|was|remains?|it['’]s)\s+(?:still\s+|yet\s+)?(?:un|not\s+)clear\s+(?:whether|if)|"
    r"(?:could|can)\s*(?:n['’]t|not)\s+(?:yet\s+|independently\s+)?(?:be\s+)?(?:independently\s+)?"
    r"(?:confirm|verif)(?:y|ied|ed)?\b|there(?:\s+(?:is|was)|['’]s)\s+no\s+(?:evidence|sign|indication|confirmation))"
)
# ... where the sentence tells what held only for a time, or what was expected: the contrast then tells
# what came of it (reading 34g: most sentences a "But" follows stand alone well enough).
_PROVISIONAL = re.compile(
    r"\b(?:initially|originally|previously|at first|at one point|until recently|predicted|forecast|expected|"
    r"assumed|had (?:planned|hoped|intended)|(?:was|were) (?:supposed|meant|set) to|possible|possibly)\b",
    re.I,
)


def _doubted(s: Sentence, text: str) -> bool:
    """Whether the next sentence of its paragraph doubts what ``s`` tells: a doubt that names no one
    ``s`` does not ("But it is unclear whether the mayor will run again" is no caveat of a budget vote)."""
    doubt = _DOUBT_NEXT.match(text, s.end)
    return doubt is not None and entities_in(first_sentence(text[doubt.start() :].strip())) <= s.entities


def with_contrast(
    facts: Sequence[FactGroup], sentences: Sequence[Sentence], config: Config, texts: Sequence[str]
) -> list[FactGroup]:
    """The facts, each sentence alone that tells what held for a time or was expected and that its
    article goes on to set something against ("Experts predicted that the vaccine rollout ... would
    jolt hiring. But the April jobs number show ..."), or any sentence alone that its paragraph goes on
    to doubt (:func:`_doubted`), printed with that next sentence, as the unit of the two, or left out
    where that unit cannot be printed: alone, it says more than its article does (``texts``: the
    articles'). Within a word bound the user set (``brief.max_words``), the facts already fit it: such a
    sentence is left out rather than lengthened. The lede is not among them (see :func:`.lede.with_sequel`)."""
    out = []
    for group in facts:
        s = sentences[group.rep]
        provisional = _PROVISIONAL.search(ANY_QUOTED.sub(" ", s.text))
        caveat = _CONTRAST_NEXT.match(texts[s.article], s.end) if provisional else _doubted(s, texts[s.article])
        if count_sentences(s.text) > 1 or not caveat:
            out.append(group)
            continue
        pair = None if config.brief.max_words else next((
            k for k, u in enumerate(sentences)
            if u.article == s.article and u.start == s.start and u.end > s.end and count_sentences(u.text) == 2
            and u.kind == "fact" and printable(u, config)
        ), None)
        if pair is not None:
            out.append(replace(group, rep=pair, members=(*group.members, pair)))
    return out

