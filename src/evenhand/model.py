"""The data model: every stage reads and writes these types, and nothing else."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Literal

from . import lexicon

# "aside": a caption, correction, editor's note, bracketed aside or the reporter's own remark;
# "fragment": part of a quotation whose other part the unit cannot hold. Neither is ever printed.
SentenceKind = Literal["fact", "quote", "opinion", "background", "aside", "fragment"]

BRIEF_SCHEMA = "evenhand.brief/1"


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from its source, its ``text`` already cleaned of boilerplate.

    ``text`` is the reference for every citation: support spans are offsets into it (those of a
    column's title printed as its narrative, into ``title``).
    ``independent_of`` names the article this one is a syndicated copy of (wire copy
    republished by another outlet), so that corroboration counts it once.
    ``rating`` is its outlet's left-right rating as the article's own record gives it (a
    ``stance``/``bias``/``lean`` field: AllSides' words or a score), which is the rating when it
    was published; ``evenhand.outlets.recorded_rating`` reads it, and none is ever guessed.
    ``cut`` says its text ran past ``[limits] max_article_chars`` and only its beginning is kept,
    which the reader is told.
    """

    text: str
    outlet: str
    title: str = ""
    url: str | None = None
    published: str | None = None
    origin: str = ""
    author: str | None = None
    id: str = ""
    independent_of: str | None = None
    rating: str | None = None
    cut: bool = False


@dataclass(frozen=True, slots=True)
class Sentence:
    """A unit of one article that can be printed on its own, with the features that fact grouping
    compares: one sentence, or consecutive sentences where one leans on the one before it ("He
    said ...", "But ...") or a quotation runs on past its first sentence. ``text`` is always the
    verbatim span ``start:end`` of the article."""

    article: int
    start: int
    end: int
    text: str
    position: int
    kind: SentenceKind
    numbers: frozenset[str] = frozenset()
    dates: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()
    content: frozenset[str] = frozenset()
    negated: bool = False
    # From a piece filed as argument (an opinion, editorial or column) in a story news reports
    # tell too: its facts are the ones the writer chose to make a case with.
    argued: bool = False

    def overlaps(self, other: Sentence) -> bool:
        """Whether the two units share any of one article's text (a unit and the sentence it leans on)."""
        return self.article == other.article and self.start < other.end and other.start < self.end

    def within(self, other: Sentence) -> bool:
        """Whether the unit is all inside the other, of one article (a sentence of a printed unit)."""
        return self.article == other.article and other.start <= self.start and self.end <= other.end


@dataclass(frozen=True, slots=True)
class Support:
    """A verbatim span of a cited source's cleaned text, ``text == article.text[start:end]``, or, where
    ``part`` is "title", of its title: ``text == article.title[start:end]`` (a column's thesis)."""

    source: int
    start: int
    end: int
    text: str
    part: Literal["text", "title"] = "text"

    def span_in(self, article: Article) -> str:
        """The characters of ``article`` this points at: ``text`` where the brief was made of it."""
        return (article.title if self.part == "title" else article.text)[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Source:
    number: int
    outlet: str
    label: str
    title: str
    url: str | None
    article: int
    article_id: str = ""
    published: str | None = None  # as the article gives it: what dates the brief's "Tuesday"
    same_report_as: int | None = None  # another outlet's source this one republishes (or is republished by)
    opinion: bool = False  # filed as argument: an opinion, editorial, column or analysis piece


@dataclass(frozen=True, slots=True)
class Unused:
    """An article the brief read that nothing printed cites: the brief does not rest on it (it may
    tell the story in other words, or be a page of the input about something else)."""

    outlet: str
    label: str
    title: str
    url: str | None
    article_id: str = ""
    opinion: bool = False


@dataclass(frozen=True, slots=True)
class Fact:
    text: str
    sources: tuple[int, ...]
    support: tuple[Support, ...]
    independent: int
    score: float = 0.0


PROVIDED_BY = ", as provided by "
# The label of a column's line that argues no framing and gives no verdict: its writer's commentary,
# which says nothing of what it argues (a side label, where its outlet is rated, says more).
COMMENTARY = "Commentary"


def narrative_label(kind: str, outlets: str, speaker: str = "") -> str:
    """A narrative's label: what it argues or the side it stands on ("Critical", "Left"), who argues
    it where someone is named, and the outlets that print it."""
    return f"{kind} narrative{f', argued by {speaker}' if speaker else ''}{PROVIDED_BY}{outlets}"


@dataclass(frozen=True, slots=True)
class Narrative:
    """What some outlets argue. ``axis``/``side`` are set where the outlets behind it stand apart
    from another narrative's on a rated axis, or, for a column's Commentary, sit on one side of it
    (``evenhand.outlets.label_narratives``), and
    ``scores`` are those outlets' ratings on it, ``(source number, score)``. ``reported``: the
    argument is a named speaker's that the outlet quotes or reports, not the outlet's own, so it
    is never its outlet's side's; ``speaker``: that speaker's name, as fully as the article gives it,
    or, not ``reported``, the writer of a column whose source names them and not its publication."""

    label: str
    text: str
    sources: tuple[int, ...]
    support: tuple[Support, ...]
    axis: str | None = None
    side: str | None = None
    scores: tuple[tuple[int, float], ...] = ()
    reported: bool = False
    speaker: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    """One side of a contested point: what some sources say."""

    value: str
    text: str
    sources: tuple[int, ...]
    support: tuple[Support, ...]


@dataclass(frozen=True, slots=True)
class Contested:
    about: str
    claims: tuple[Claim, ...]


@dataclass(slots=True)
class Brief:
    id: str
    headline: str
    lede: Fact | None
    facts: list[Fact] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    narratives: list[Narrative] = field(default_factory=list)
    contested: list[Contested] = field(default_factory=list)
    headline_source: int | None = None
    unargued: list[Unargued] = field(default_factory=list)
    # The outlets read whose articles nothing printed cites, in the order read.
    unused: list[Unused] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Unargued:
    """A side of a rated axis whose outlets cover the story in news reports in which no narrative was found."""

    axis: str
    side: str
    sources: tuple[int, ...]


_MONTH = r"(?P<month>" + lexicon.MONTH_PATTERN + ")"
# A clock time after the date: "17:30", "1:05 p.m.", "at 5 p.m.", and the zone it names, if any.
_CLOCK = (
    r"(?:\D{1,6}?(?P<hour>\d{1,2})(?:(?:[:.](?P<minute>\d{2}))(?:\s*(?P<half>[ap])\.?m\b\.?)?"
    r"|\s*(?P<bare_half>[ap])\.?m\b\.?)(?:\s*\(?(?P<zone>[A-Za-z]{1,4})\b)?)?"
)
# A date as a page's dateline writes it: "Sep 11, 2023 - 17:30", "Published May 3, 2021", "3 May 2021 10:02".
_WRITTEN_DATES = (
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b" + _CLOCK, re.I),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b" + _CLOCK, re.I),
    re.compile(r"\b(?P<year>\d{4})-(?P<number>\d{2})-(?P<day>\d{2})\b" + _CLOCK),
)
# RFC 2822 as feeds and HTTP write it ("Tue, 04 May 2021 10:00:00 +0000"): read by the email parser,
# which would also take "May 3, 2021 1:05 p.m." and drop its "p.m.".
_RFC2822 = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}")


def parse_datetime(value: str | None, *, rfc2822: bool = True) -> datetime | None:
    """The moment an article's or a feed's date text names: ISO 8601 (a trailing Z allowed) or,
    unless ``rfc2822`` is False, RFC 2822 as feeds and HTTP write it, or a date written out as
    datelines write it ("Sep 11, 2023 - 17:30"). Naive dates are taken as UTC; None where the text
    is no date (a year alone is none)."""
    if not value:
        return None
    text = value.strip()
    parsed: datetime | None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        if not rfc2822:
            return None
        parsed = _rfc2822(text) if _RFC2822.match(text) else _written_date(text)
        if parsed is None:
            return None
    moment = parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed
    try:
        moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return None  # "9999-12-31T23:59-23:59" is past the last moment a date can hold: no date
    return moment


def moment_at(ts: float) -> datetime | None:
    """The UTC moment of epoch seconds; None where no date can hold it (a store written before dates
    were bounded may keep one)."""
    try:
        return datetime.fromtimestamp(ts, UTC)
    except (OverflowError, OSError, ValueError):
        return None


# The year as written: a four-digit one must be the year read (email.utils reads "0000" as 2000, "0049" as
# 2049, as it reads the two-digit years of old mail; a feed's "Sat, 01 Jan 0000" is no date).
_WRITTEN_YEAR = re.compile(r"\b\d{1,2}\s+[A-Za-z]{3}\s+(\d{4})\b")


def _rfc2822(text: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    written = _WRITTEN_YEAR.search(text)
    return None if written and int(written.group(1)) != parsed.year else parsed


def _written_date(text: str) -> datetime | None:
    """The date a dateline writes out, with its time where that is certain: a time in a named zone
    other than UTC is left out (the date alone is right; an hour off by the zone is not)."""
    for pattern in _WRITTEN_DATES:
        match = pattern.search(text[:200])
        if match is None:
            continue
        named = "number" not in pattern.groupindex
        month = lexicon.MONTHS[match["month"].lower().rstrip(".")] if named else int(match["number"])
        hour, minute = _clock(match)
        try:
            return datetime(int(match["year"]), month, int(match["day"]), hour, minute)
        except ValueError:
            return None
    return None


def _clock(match: re.Match[str]) -> tuple[int, int]:
    zone = (match["zone"] or "").lower()
    if match["hour"] is None or (zone and zone not in ("utc", "gmt", "z")):
        return 0, 0
    hour, minute, half = int(match["hour"]), int(match["minute"] or 0), (match["half"] or match["bare_half"] or "")
    if half.lower() == "p" and hour < 12:
        hour += 12
    elif half.lower() == "a" and hour == 12:
        hour = 0
    return (hour, minute) if hour < 24 and minute < 60 else (0, 0)
