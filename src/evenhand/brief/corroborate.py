"""Which outlets state a fact, so that each may be cited for it, and how many of them are
independent of one another."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import lexicon
from ..config import Config
from ..model import Sentence
from .features import content_stems, dates_in, entities_in, figures_given, last_names, numbers_in, stem, words
from .kinds import is_negated
from .segment import sentences_of
from .standalone import ANY_QUOTED, SPEAKER_NAME, SPEECH_VERB_WORDS
from .wording import DAY_BEFORE_TO, claim_of, said

_PARAPHRASE_SHARE = 0.6
_SHORT_QUOTE_WORDS = 6
# What a claim commits to beyond its words: that something was done, not only planned ("has
# reached Croatia" against "will allow migrants to travel on"; "has signed off on a pardon" against
# "intended to pardon"), a comparison ("more ... than"), and a day told against another ("the same
# day" against "the day before"). A sentence that does not commit to the same does not state it;
# nor is one cited that tells a failure ("failed to garner enough votes to override") the other
# does not ("voted to overturn").
_PLANNED = re.compile(
    r"\b(?:[Ww]ill|(?:plans?|set) to|(?:(?:is|are|was|were)\s+set|planning|intends?|intended|expected|going|aims?|"
    r"poised|preparing|scheduled|"
    r"agree[sd]?|decide[sd]?|vow(?:s|ed)?|promise[sd]?|pledge[sd]?|threaten(?:s|ed)?)" + DAY_BEFORE_TO + r" to)\b"
)  # (a day only after a verb: "a deal on an infrastructure plan on Thursday to present", review 49c's B4)
# "has reached", "have now been released": a perfect tense tells what was done.
_DONE = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+ly\s+|now\s+|just\s+|already\s+|also\s+)?(?:been\s+)?\w+(?:ed|en|wn|ne|un|ght|lt)\b",
    re.I,
)
_FAILED = re.compile(
    r"\b(?:fail(?:s|ed|ing)? to|failure to|f[ae]ll(?:s|ing|en)? short|(?:was|were|is|are|been) unable to)\b", re.I
)
# A hedge: the sentence does not say it is so, only that it may be ("likely includes his foreign
# minister" does not state "is accompanied by his foreign minister").
_HEDGED = re.compile(
    r"\b(?:likely(?! (?:voters?|nominee|candidate|successor|winner)\b)|probably|possibly|perhaps|apparently|"
    r"allegedly|reportedly|supposedly|purportedly|(?:is|are|was|were) (?:believed|thought|said|rumou?red) to)\b",
    re.I,
)
_THAN = re.compile(r"\b(\w+)\s+than\s+(\S+)", re.I)
_CHOICE = frozenset({"rather", "other"})
_AMOUNT = frozenset({"more", "less", "fewer"})
_RELATIVE_DAY = re.compile(
    r"\b(?:the same (?:day|night|week)|the (?:day|night|week) (?:before|after)|the (?:next|following|previous) "
    r"(?:day|morning|night|week)|a (?:day|week) (?:before|after|later|earlier))\b",
    re.I,
)
# A sentence this long, word for word in two articles, was copied, not written twice.
_COPIED_WORDS = 8
_COPIED_SENTENCES = 2
_NOT_COPIED = frozenset({"quote", "aside"})
_HANDLE = re.compile(r"(?<![\w.])@\w{2,}|pic\.twitter\.com")


@lru_cache(maxsize=8192)
def _copied_text(text: str) -> str | None:
    """The sentence as two copies of it read alike, if it is long enough to tell copying from chance."""
    flat = " ".join(text.lower().split())
    return flat if len(words(flat)) >= _COPIED_WORDS else None


def link_copies(sentences: Sequence[Sentence], independence: Sequence[str]) -> list[str]:
    """``independence`` with the articles that share sentences word for word (wire copy, two pages
    of one site) made one source: two long sentences in common are not a coincidence."""
    keys = list(independence)
    seen: dict[str, int] = {}
    shared: Counter[tuple[int, int]] = Counter()
    for s in sentences:
        # (a quotation or an embedded post two outlets both carry is someone's words, not a copied report:
        # multinews-080's NBC and Washington Post pages shared only a tweet, reading 34j)
        text = _copied_text(s.text) if s.kind not in _NOT_COPIED and not _HANDLE.search(s.text) else None
        if text is None:
            continue
        first = seen.setdefault(text, s.article)
        if first != s.article:
            shared[(first, s.article)] += 1
    for (a, b), count in sorted(shared.items()):
        if count >= _COPIED_SENTENCES and keys[a] != keys[b]:
            old, new = keys[b], keys[a]
            keys = [new if k == old else k for k in keys]
    return keys


def independent_sources(members: Sequence[int], sentences: Sequence[Sentence], independence: Sequence[str]) -> int:
    """How many independent sources state a fact: articles that are copies of one another count
    once (``independence``), and so does a sentence copied word for word into another article
    (wire copy, two pages of one site), however the articles differ elsewhere."""
    copied: dict[str, str] = {}
    sources = set()
    for k in sorted(members):
        key = independence[sentences[k].article]
        text = _copied_text(sentences[k].text)
        sources.add(key if text is None else copied.setdefault(text, key))
    return len(sources)


def idf_of(sentences: Sequence[Sentence]) -> dict[str, float]:
    df: Counter[str] = Counter(term for s in sentences for term in s.content)
    return {term: math.log((len(sentences) + 1) / (count + 1)) + 1.0 for term, count in df.items()}


@dataclass(frozen=True, slots=True)
class Commitment:
    """Whether a sentence tells what was done ("has reached") or what is planned ("will allow"),
    whether it compares, the days it tells against other days, and whether it tells a failure
    ("failed to override") or denies ("did not override")."""

    done: bool
    planned: bool
    compares: bool
    relative_days: frozenset[str]
    failed: bool
    negated: bool
    hedged: bool

    @classmethod
    def of(cls, text: str) -> Commitment:
        return _commitment(text)

    @property
    def deed_only(self) -> bool:
        return self.done and not self.planned

    @property
    def plan_only(self) -> bool:
        return self.planned and not self.done

    def stated_by(self, other: Commitment) -> bool:
        stages_differ = (self.deed_only and other.plan_only) or (self.plan_only and other.deed_only)
        return not stages_differ and other.compares >= self.compares and self.relative_days <= other.relative_days

    def same_outcome(self, other: Commitment) -> bool:
        """A failure is told again by a failure or a denial ("did not pass" for "failed to pass"),
        never by the other outcome ("passed")."""
        return self.failed == other.failed or (other.negated if self.failed else self.negated)

    def firm_in(self, other: Commitment) -> bool:
        """A claim made plainly is told again plainly: a hedge ("likely includes") does not state it."""
        return self.hedged or not other.hedged


@lru_cache(maxsize=8192)
def _commitment(text: str) -> Commitment:
    # "rather than" is a choice and "more than 130 officers" a bound, not comparisons.
    compares = any(
        before not in _CHOICE and not (before in _AMOUNT and (after[0].isdigit() or after[0] == "$"))
        for before, after in ((m.group(1).lower(), m.group(2)) for m in _THAN.finditer(text))
    )
    days = frozenset(m.group(0).lower() for m in _RELATIVE_DAY.finditer(text))
    return Commitment(
        bool(_DONE.search(text)), bool(_PLANNED.search(text)), compares, days, bool(_FAILED.search(text)),
        is_negated(text), bool(_HEDGED.search(text)),
    )


@dataclass(frozen=True, slots=True)
class Stated:
    """What a sentence asserts once shortened for print: its figures, days and words, and the
    words that are not names (what happened)."""

    numbers: frozenset[str]
    days: frozenset[str]
    terms: frozenset[str]
    happened: frozenset[str]
    names: frozenset[str]
    speaker: frozenset[str]
    statement: frozenset[str]
    commits: Commitment
    # The words of each sentence of a fact printed as two (one leaning on the other).
    parts: tuple[frozenset[str], ...]
    # Its text as printed, who says it included.
    printed_text: str

    @classmethod
    def of(cls, rep: Sentence) -> Stated:
        printed = claim_of(rep.text)
        terms = content_stems(printed)
        names = entities_in(printed)
        days = frozenset(d for d in dates_in(printed) if d in lexicon.WEEKDAYS)
        speaker, statement = said(rep.text)
        pieces = sentences_of(rep.text)
        parts = tuple(content_stems(claim_of(p)) for p in pieces) if len(pieces) > 1 else ()
        return cls(
            numbers_in(printed), days, terms, terms - names, names, speaker, content_stems(statement),
            Commitment.of(printed), parts, rep.text,
        )


def days_named(sentences: Sequence[Sentence]) -> dict[int, frozenset[str]]:
    """Article -> the weekdays its sentences name (:func:`dated_as_told`): the days a report of the
    week's news is dated by, where a month or a year may be any deed's background."""
    days: dict[int, frozenset[str]] = {}
    for s in sentences:
        days[s.article] = days.get(s.article, frozenset()) | (s.dates & lexicon.WEEKDAYS)
    return days


def dated_as_told(member: Sentence, claim: Stated, article_days: frozenset[str]) -> Sentence:
    """``member`` dated to the fact's days where it names no time and its article names no other day
    (``article_days``): "The chief ... is stepping down amid ..." states "... stepped down Wednesday
    amid ..." in an article that tells of no other day. A day left out does not disagree; another
    day the article names may be this deed's, and the sentence does not say; a sentence that gives
    another time than the fact's ("in March", "yesterday", "two weeks ago", "in the last session") tells of another
    deed, or may (not "since September", nor a relative clause's time: :data:`_NOT_THE_DEEDS_TIME`, nor
    a time the fact gives too: "filed ... last week" states "... filed ... last week, the Labor
    Department reported Thursday", neus-val-0209)."""
    if not claim.days or not article_days <= claim.days:
        return member
    timed = _NOT_THE_DEEDS_TIME.sub(" ", member.text)
    if not dates_in(timed) <= dates_in(claim.printed_text) or _another_time(timed, claim.printed_text):
        return member
    return replace(member, dates=member.dates | claim.days)


def _another_time(text: str, fact: str) -> bool:
    """Whether ``text`` gives a time other than by a day (:data:`_OTHER_TIME`, :data:`_RELATIVE_DAY`)
    that ``fact`` does not give too."""
    def times(t: str) -> set[str]:
        return {m.group(0).lower() for pattern in (_OTHER_TIME, _RELATIVE_DAY) for m in pattern.finditer(t)}

    return bool(times(text) - times(fact))


# When a sentence says its deed happened, other than by a weekday or a date.
_OTHER_TIME = re.compile(
    r"\b(?:yesterday|today|tonight|last (?:night|week|month|year|session|term|spring|summer|fall|autumn|winter)|"
    r"\w+ (?:days?|weeks?|months?|years?|decades?) (?:ago|earlier|before)|earlier (?:this|that|in the) \w+|"
    r"(?:soon|shortly|days|weeks|months|years) after|in the (?:last|previous|past) \w+)\b",
    re.I,
)
# Times that date something else than the deed: what has held since ("banning most abortions ... since
# September"), or what a relative clause describes ("the committee, which first requested them more than
# two years ago").
_NOT_THE_DEEDS_TIME = re.compile(
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?[A-Z]?\w+(?:\s+\d{1,2})?(?:,?\s+\d{4})?|,\s+(?:which|who|whose|where)\b[^,;]*"
)


def supports(member: Sentence, claim: Stated, idf: dict[str, float], config: Config, alike: bool = False) -> bool:
    """Whether ``member`` says what a printed fact says, so that it backs the fact (its rank):
    every figure and day of the fact, most of its names, and most of its words, both of all of
    them and of those that are not names. Two sentences about the same people can report different things
    ("started his journey to Russia" and "reached Russia"): what happened is in the words that
    are not names."""
    return _agrees(member, claim, Commitment.of(claim_of(member.text))) and _states_enough(
        member, claim, idf, config.grouping.support_recall, alike
    )


def _agrees(member: Sentence, claim: Stated, theirs: Commitment) -> bool:
    """What :func:`supports` asks besides a share of the fact's words: its figures and days, its
    stage, its speaker, most of its names and most of its words counted plainly."""
    if not _gives_figures_and_days(member, claim):
        return False
    if not claim.commits.stated_by(theirs):
        return False
    # "X said Y" is stated only where Y is: one person's statement is not corroborated by
    # another's saying the like, nor by the same person saying something else.
    if claim.statement:
        speaker = said(member.text)[0]
        if speaker and claim.speaker and not speaker & claim.speaker:
            return False
        if 2 * len(claim.statement & member.content) <= len(claim.statement):
            return False
    # Precision first: most of the fact's names, and most of its words counted plainly (and, in
    # _states_enough, weighted by rarity), or the sentence does not back it.
    if not _gives_most_names(member, claim):
        return False
    return not (claim.terms and 2 * len(claim.terms & member.content) <= len(claim.terms))


def _gives_figures_and_days(member: Sentence, claim: Stated) -> bool:
    return figures_given(claim.numbers, member.numbers) and claim.days <= member.dates


def _gives_most_names(member: Sentence, claim: Stated) -> bool:
    names = _telling_names(claim.names)
    return not names or 2 * len(names & (member.entities | member.content)) > len(names)


@lru_cache(maxsize=4096)
def _telling_names(names: frozenset[str]) -> frozenset[str]:
    """The words of a fact's names that tell who or what it names: not a title before a name, nor a
    middle initial ("Rep. Elijah E. Cummings" is Cummings in another outlet's words)."""
    return frozenset(n for n in names if len(n) > 1 and n not in _TITLE_STEMS)


_TITLE_STEMS = frozenset(stem(t) for t in lexicon.NAME_TITLES)


def cites(member: Sentence, claim: Stated, idf: dict[str, float], config: Config, alike: bool = False) -> bool:
    """Whether ``member``'s source is cited for the printed fact: it backs it (:func:`supports`)
    with a larger share of its words, and a close paraphrase (``alike``) is allowed fewer of the
    words for what happened only where the fact gives figures, which it then states too ("the blast
    started at about 3:40 a.m." for "the blaze broke out at about 3:40 a.m."). Readers called one
    citation in eight wrong at the share that backs a fact (a step before or after, part of a
    compound fact); a doubtful match is left uncited. A fact of two sentences is cited only where
    the sentence states some of each: one that tells only the charges does not state "He was
    walked to the jail. He was charged ..."."""
    g = config.grouping
    # The share that backs a fact, and the larger one that cites it: one check, at the larger.
    needed = max(g.support_recall, g.cite_recall)
    return _states_claim(member, claim, idf, config, needed, alike and bool(claim.numbers))


def _states_claim(
    member: Sentence, claim: Stated, idf: dict[str, float], config: Config, needed: float, alike: bool
) -> bool:
    """What every citation asks (:func:`cites`, :func:`opens_on`): the claim's figures, days, names
    and stage agree, the same outcome told as firmly, ``needed`` of its words, some of each of its
    sentences."""
    theirs = Commitment.of(claim_of(member.text))
    return (
        _agrees(member, claim, theirs)
        and claim.commits.same_outcome(theirs)
        and claim.commits.firm_in(theirs)
        and _states_enough(member, claim, idf, needed, alike)
        and all(_recall(part, member.content, idf) >= config.grouping.cite_part_recall for part in claim.parts)
        and _quoted_words_given(claim.printed_text, member)
    )


def _quoted_words_given(text: str, member: Sentence) -> bool:
    """Whether ``member`` gives the words a fact quotes, where it quotes a word or a few: the
    quoted words are the claim ("threatened to ... “reconsider” the country's membership"), and a
    sentence that tells only the rest does not state it."""
    for quoted in (m.group()[1:-1] for m in ANY_QUOTED.finditer(text)):
        terms = content_stems(quoted)
        if terms and len(quoted.split()) <= _SHORT_QUOTE_WORDS and not terms <= member.content:
            return False
    return True


def opens_on(member: Sentence, claim: Stated, idf: dict[str, float], config: Config) -> bool:
    """Whether an article's opening sentence tells the lede's news, so that its source is cited for
    the lede: an outlet opens on its news in its own words ("Senate Republicans Tuesday blocked
    sweeping legislation on election ... reforms" for "Senate Republicans on Tuesday blocked a
    sweeping bill to overhaul federal elections"), so a smaller share of the lede's words will do
    (``lede_cite_recall``), with all else :func:`cites` asks: the lede's figures, days, names,
    stage and outcome, and not a plan or a preview of a deed the lede tells done ("is expected to
    announce Tuesday" for "on Tuesday reversed"). The share is of the lede's words with or without a
    relative clause that ends it describing what it last names (:func:`_undescribed`)."""
    g = config.grouping
    undescribed = _undescribed(claim)
    return (
        any(
            _states_claim(member, _unannounced(told), idf, config, g.lede_cite_recall, alike=False)
            for told in ((claim,) if undescribed is claim else (claim, undescribed))
        )
        # the lede as printed, who says it included: all its figures and most of the names it gives
        and figures_given(numbers_in(claim.printed_text), member.numbers)
        and _names_most(claim.printed_text, member)
        and not _sides_apart(claim.printed_text, member.text)
        and not (Commitment.of(claim_of(member.text)).plan_only and not claim.commits.planned)
        and states_each_clause(member, claim, idf, config)
    )


# Where a claim's own clause ends: a clause of its own ("doses that it is not using") ...
_HEAD_ENDS = re.compile(r"\s(?:that|which|who|whom|whose|where|when|while|because|after|before|since|as|if)\s")
# ... but not what someone said or ruled, which is the claim ("The clerk said that the council had not ...").
_TELLS_THAT = re.compile(r"\b(?:said|says|told \w+|reported|announced|ruled|found|concluded|confirmed|insisted)$")
# What comes before a claim's own clause: a clause that sets the scene ("Although the mayor did not
# attend, ..."), and a short phrase or aside before a comma ("On Monday, ...", "The council, meeting
# on Monday, ...", "Not surprisingly, ...").
_SCENE_SET = re.compile(
    r"^(?:Although|Though|Even though|While|Whereas|After|Before|As|When|Once|If|Unless|Because|Since|Despite)\b"
    r"[^,]*,\s*"
)
_ASIDE_WORDS = 5
# Words of denial that deny nothing: "not only ... but", "no fewer than 40", "did not hesitate to",
# "wasted no time", "without a debate".
_NOT_DENYING = re.compile(
    r"\b(?:not only|no (?:fewer|less|more|later|sooner|earlier) than|(?:did|does|do)\s*(?:not|n['’]t) hesitate|"
    r"no time|without|not surprisingly)\b",
    re.I,
)


@lru_cache(maxsize=4096)  # (asked of the lede again for each outlet's opening)
def denies(text: str) -> bool:
    """Whether a sentence's claim denies, by the words of its own clause: "The council did not
    approve the budget", "On Monday, the council did not approve ...", not "... will send 4 million
    doses of the vaccine that it is not using" (neus-val-0090), "Although the mayor did not attend,
    the council approved ..." or "... approved it without a debate" (review 52c), which a denial
    anywhere in them would read as one; what someone said or ruled is the claim's own ("The clerk said
    that the council had not approved ...")."""
    claim = _SCENE_SET.sub("", claim_of(text))
    # its own clause: the first part between commas long enough to be one, or else the whole ("Police
    # did not fire, officials said")
    head = next((part for part in claim.split(", ") if len(part.split()) > _ASIDE_WORDS), claim)
    end = next((m for m in _HEAD_ENDS.finditer(head) if not _TELLS_THAT.search(head, 0, m.start())), None)
    return is_negated(_NOT_DENYING.sub(" ", head[: end.start()] if end else head))


def states_each_clause(member: Sentence, claim: Stated, idf: dict[str, float], config: Config) -> bool:
    """Whether ``member`` tells some of each claim the fact's sentence joins (:func:`_clauses`): "A
    fishing boat sank ..." does not state "A fishing boat sank ..., and none of its crew survived"."""
    part_recall = config.grouping.cite_part_recall
    return all(_recall(part, member.content, idf) >= part_recall for part in _clauses(claim.printed_text))


# A relative clause that ends a sentence, describing what it last names: "... from ending the Deferred
# Action for Childhood Arrivals (DACA) program that protects certain immigrants from deportation." Its
# verb comes straight after the pronoun: "ruled that the administration ...", "said that 40 people
# ..." and "that Trump ..." are what was ruled or said.
_RELATIVE_TAIL = re.compile(
    r"\s+(?:that|which|who)\s+(?![A-Z\d])(?!(?:the|a|an|this|these|those|his|her|its|their|our|my|your|it|he|she|"
    r"they|we|you|i|there)\b)[^,;:\"“”]+(?=[.!]$)"
)
# ... after a word that makes it what was said, decided or meant, not a description: "ruled on
# Tuesday that crews ...", "so that crews could ...".
_NO_ANTECEDENT = frozenset(
    "so such now except given said says say told ruled rules found finds announced announces argued argues warned "
    "warns decided decides ordered orders added adds wrote writes reported reports confirmed confirms stated states "
    "claimed claims noted notes insisted insists agreed agrees concluded concludes held holds believes believed "
    "ensure ensured ensures".split()
) | lexicon.WEEKDAYS
# ... or after an appositive or "in a ..." phrase: the writer's reading of the news ("..., a move that
# makes Texas the largest state ...", "in a blow that ...").
_READING_BEFORE = re.compile(
    r",\s+(?:in\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}[\w-]+$|\bin\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}[\w-]+$"
)
# The words a claim keeps before such a clause: with fewer, the clause is much of what it tells.
_CLAIM_WORDS = 8


@lru_cache(maxsize=1024)
def _undescribed(claim: Stated) -> Stated:
    """The claim without a relative clause that ends it, describing what it last names: an outlet
    opening on the news need not describe it so. Its figures stay the claim's. (Cached: it is asked
    again for each outlet's opening the lede is weighed against.)"""
    text = claim.printed_text
    match = _RELATIVE_TAIL.search(text)
    if match is None:
        return claim
    before = text[: match.start()]
    told = words(before)
    last = told[-1].lower() if told else ""
    if len(told) < _CLAIM_WORDS or last in _NO_ANTECEDENT or last.endswith("ly") or _READING_BEFORE.search(before):
        return claim
    tail = content_stems(match.group(0)) - content_stems(before)
    return replace(claim, terms=claim.terms - tail, happened=claim.happened - tail)


_SPEECH_STEMS = content_stems(" ".join(lexicon.SPEECH_VERBS))


def _unannounced(claim: Stated) -> Stated:
    """The claim without the verb its speaker announces it by: what happened in "The court announced
    Tuesday that it had dismissed ..." is the dismissal, and an outlet opening on it tells the news."""
    if not claim.speaker:
        return claim
    announcing = (claim.terms - claim.statement) & _SPEECH_STEMS
    return replace(claim, happened=claim.happened - announcing)


# Where a sentence joins a second claim to its first: "... on Monday and he had many to thank".
_SECOND_CLAUSE = re.compile(
    r",?\s+(?:and|but)\s+(?=(?:he|she|they|it|we|I)\b)|;\s+|,\s+and\s+|,\s+(?:saying|adding|citing)\b:?\s*"
)


def _clauses(text: str) -> list[frozenset[str]]:
    """The words of each claim a sentence joins ("X received a star on Monday and he had many to
    thank"; "recommended ... resume using the vaccine, saying the benefits outweighed the risk",
    whose reason is a claim too): an opening that tells one of them does not state the sentence."""
    parts = _SECOND_CLAUSE.split(claim_of(text))
    return [content_stems(part) for part in parts] if len(parts) > 1 else []


def _names_most(text: str, member: Sentence) -> bool:
    """Whether ``member`` gives more than half of the names ``text`` gives, each by its last word
    ("Atlas" for "Dr. Scott Atlas"; "according to FOX News" is a name it gives too)."""
    names = {stem(name) for name in last_names(text)}
    return 2 * len(names & (member.entities | member.content)) > len(names)


_SIDING = {
    side: re.compile(r"\b(?:" + "|".join(stems) + r")\w*", re.I)
    for side, stems in (("against", lexicon.SIDING_AGAINST), ("for", lexicon.SIDING_FOR))
}


def _sides_apart(text: str, other: str) -> bool:
    """Whether one sentence tells someone siding against and the other siding for, and neither both
    (:data:`evenhand.lexicon.SIDING_AGAINST`)."""
    sides = [frozenset(side for side, verbs in _SIDING.items() if verbs.search(t)) for t in (text, other)]
    return len(sides[0]) == 1 and len(sides[1]) == 1 and sides[0] != sides[1]


def _states_enough(member: Sentence, claim: Stated, idf: dict[str, float], needed: float, alike: bool = False) -> bool:
    # Paraphrase ("the blaze broke out" / "the blast started") shares fewer of the words for
    # what happened; where the pair is alike as a whole, a lower share of them will do.
    return _recall(claim.terms, member.content, idf) >= needed and _recall(
        claim.happened, member.content, idf
    ) >= needed * (_PARAPHRASE_SHARE if alike else 1.0)


def _recall(terms: frozenset[str], found: frozenset[str], idf: dict[str, float]) -> float:
    # fsum: a sum exact whatever order the set gives its terms in, so briefs do not vary by process.
    total = math.fsum(idf.get(t, 1.0) for t in terms)
    return 1.0 if total == 0 else math.fsum(idf.get(t, 1.0) for t in terms & found) / total


# A quotation this long that two outlets carry word for word is one statement: the same speaker's.
_SHARED_QUOTE_WORDS = 8
# ... and a fact's quotations of this many words or more are what it tells: a sentence carrying one
# of two does not state it (a title in quotation marks, "Sweetener", is a name, not a statement).
_QUOTED_CLAIM_WORDS = 4


def quotes_alike(member: Sentence, claim: Stated, idf: dict[str, float], config: Config) -> bool:
    """Whether ``member`` carries, word for word, every quotation the fact prints (of at least
    ``_QUOTED_CLAIM_WORDS`` words, one of at least ``_SHARED_QUOTE_WORDS``), with all else a
    citation asks but the share of words (:func:`_agrees_but_words`): it reports the same statement,
    however differently it tells who made it where."""
    quoted = _quoted_runs(claim.printed_text)
    if not any(len(q) >= _SHARED_QUOTE_WORDS for q in quoted):
        return False
    theirs = _plain_words(member.text)
    if not all(_contains(theirs, q) for q in quoted) or not _agrees_but_words(member, claim):
        return False
    # what the fact tells beside the quotation ("resigned on Monday, saying: ..."), and some of each of
    # its sentences, as every citation asks
    told = content_stems(ANY_QUOTED.sub(" ", claim_of(claim.printed_text))) - claim.names - claim.days - _SPEECH_STEMS
    parts = (*claim.parts, told) if told else claim.parts
    return all(_recall(part, member.content, idf) >= config.grouping.cite_part_recall for part in parts)


def _agrees_but_words(member: Sentence, claim: Stated) -> bool:
    """The fact's figures and days, its stage, outcome and firmness, the few words it quotes, most of
    its names ("Cohen's company", not "the firm"), and its speaker (:func:`_same_speaker`)."""
    theirs = Commitment.of(claim_of(member.text))
    if not (_gives_figures_and_days(member, claim) and _gives_most_names(member, claim)):
        return False
    if not (claim.commits.stated_by(theirs) and claim.commits.same_outcome(theirs) and claim.commits.firm_in(theirs)):
        return False
    return _quoted_words_given(claim.printed_text, member) and _same_speaker(
        claim.printed_text, member.text, claim.names
    )


# Who a quotation is given to: the name a speech verb follows or opens on ('..., said Piet Anker',
# 'Emma Norton, the head of casework, said: "..."', '"...," Mayor Jan Kobus said.').
_TAGGED = re.compile(
    rf"({SPEAKER_NAME})(?:,[^,\"“”]{{1,100}},)?\s+(?:{SPEECH_VERB_WORDS})\b"
    rf"|\b(?:{SPEECH_VERB_WORDS})\s+({SPEAKER_NAME})"
)


def _same_speaker(fact: str, member: str, names: frozenset[str]) -> bool:
    """Whether a sentence gives the fact's quotation to its speaker: it names them and gives the
    words to no one the fact does not name, or names no one ("... he told the Associated Press"):
    the same words given to another ("..., Mayor Jan Kobus said, echoing Piet Anker") are theirs."""
    speakers = _speakers(fact)
    if not speakers:
        return True
    theirs = _speakers(member)
    if theirs - speakers - names:
        return False
    return bool(speakers & last_names(ANY_QUOTED.sub(" ", member))) or not theirs


def _speakers(text: str) -> frozenset[str]:
    found = (m.group(1) or m.group(2) for m in _TAGGED.finditer(ANY_QUOTED.sub(" ", text)))
    return frozenset(stem(name.split()[-1]) for name in found)


@lru_cache(maxsize=1024)
def _quoted_runs(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(q for m in ANY_QUOTED.finditer(text) if len(q := _plain_words(m.group())) >= _QUOTED_CLAIM_WORDS)


@lru_cache(maxsize=4096)
def _plain_words(text: str) -> tuple[str, ...]:
    return tuple(w.lower().replace("’", "'") for w in words(text))


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))
