"""Regions of an article's text that are not its report: what the page shows (an embedded post, a
credited excerpt, a photo caption, someone's words handed over with a colon, a memo), lists (a
factbox's entries), analyses (a correspondent's box) or took back (a first version below its
update). Each finder gives the regions' (start, end) offsets; segmenting marks the units in them."""

from __future__ import annotations

import re

from .. import lexicon
from .features import content_stems

# A line ending on a sentence's punctuation: a heading ends on none.
_HEADINGISH = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
# An embedded post's signature: "— Ada Okafor (@adaokafor) May 3, 2024".
_POST_SIGNATURE = re.compile(r"(?:—|–|--|\s-)\s*[^\n()—–]{1,60}\(@\w{1,30}\)")
# A passage a page quotes with its author after a dash at the end of its line, and maybe the work
# it is from: "... made this inevitable. — Ada Wren , The Long Winter ," (a dictionary's examples,
# an epigraph). A person's name, two to four words: a wire's "— AP" signs its own report.
_CREDITED_EXCERPT = re.compile(
    r"(?<=[.!?\"”’])[ \t]*(?:—|–|--)[ \t]*([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3})[ \t]*"
    r"(?:,[^\n,]{1,60},?[ \t]*)?$",
    re.M,
)
# ... but not a publisher signing its own report ("— Associated Press", "— Staff Reporter").
_PUBLISHER = re.compile(r"\b(?:" + "|".join(lexicon.WIRES) + r"|Press|News|Times|Post|Journal|Staff|Reporting)\b")
# A line that hands over to someone's words with a colon at its end: "..., it said in a statement:",
# "I asked a top Romney adviser what he makes of reports that ...:".
_HANDS_OVER = re.compile(
    r"\b(?:asked|told (?:me|us)|said|says|wrote|writes|responded|replied|explained|added|reads?|shares|shared|"
    r"comment|commented|statement|argue|argues|argued)\b(?:[^\n:.!?]|\.(?!\s)){0,400}:"
    r"(?=[^\S\n]*\n)"
)
# A memo's header ("TO: Interested Parties", "FROM: ...", "RE: State of the Race"): what follows is
# the memo, its writer's case.
_MEMO_HEADER = re.compile(r"^[^\S\n]*(?:TO|FROM|RE|SUBJECT|MEMORANDUM(?: FOR)?):[^\S\n]", re.M)
_NEXT_LINE = re.compile(r"[^\S\n]*\n\s*([^\n]+)")
# A document's run-in heading at a line's start: "All Signs Point to a Tight Race: Those watching ..."
_RUN_IN_HEADING = re.compile(
    r"[A-Z][\w’'-]*\s(?:(?:[A-Z][\w’'-]*|a|an|the|to|of|in|on|for|and)\s){0,9}?[A-Z][\w’'-]*:\s+[A-Z]"
)
_ASKED = re.compile(r"\bI (?:asked|spoke (?:to|with))\b|\btold (?:me|us)\b")
# The line that opens a roundup's entries: "Here are some of their plans, in alphabetical order:".
_ROUNDUP_INTRO = re.compile(r"\bin alphabetical order:[^\S\n]*$", re.I | re.M)
# The heading of a correspondent's analysis inside a report: "Analysis: Cindy Sui, BBC News, Taipei".
_ANALYSIS_HEADING = re.compile(r"^Analysis\s*[:|–—-]\s*[A-Z][^.!?\n]{0,80}$")
# The heading over a piece's first version, kept below its update: "Original post:".
_SUPERSEDED_HEADING = re.compile(r"^(?:original (?:post|story|article|report)|earlier version)\s*:?$", re.I)
# A note of what an update changed, at the head of its paragraph: "[Updated 8:55 a.m. PST, Nov. 19: ...",
# "UPDATE: ...". And a sentence, roughly: what such a note tells again is compared sentence by sentence.
_UPDATE_NOTE = re.compile(r"\s*\[?\s*(?i:updated?|update)\b[^:\n\]]{0,60}:\s*")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]")
# A sentence below a note that shares this much of its words with one of the note's tells it again.
_REVISED_SHARE = 0.7
_MIN_REVISED_WORDS = 6
# The end of a gallery caption: cut short, then its credit ("... in Taipei,... (Associated Press)").
_CUT_CAPTION = re.compile(r"(?:\.\.\.|…)\s*\([A-Z][^()\n]{1,40}\)\s*$")
# How a wire's photo caption opens: "FILE - In this ...", "In this Oct. 27, 2012 file photo, ...".
_CAPTION_OPENING = re.compile(
    r"\s*(?:FILE\s*[-–—]\s|In this (?:[\w.,'’ -]{0,40} )?(?:file |handout )?(?:photo|image|picture)\b)"
)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        spans.append((match.start(), match.end()))
    return spans


def is_heading(text: str) -> bool:
    return not _HEADINGISH.search(text)


def shown_regions(text: str) -> list[tuple[int, int]]:
    """What the page shows or took back, not what it reports: embedded posts, credited excerpts,
    captions, a superseded first version and words handed over."""
    return (
        _embedded_posts(text) + _credited_excerpts(text) + _captions(text) + _superseded(text) + _revised(text)
        + _answers(text)
    )


def analysed_regions(text: str) -> list[tuple[int, int]]:
    return _analysis_boxes(text)


def listed_regions(text: str) -> list[tuple[int, int]]:
    return _roundup(text)


def _embedded_posts(text: str) -> list[tuple[int, int]]:
    """Where the page embeds a social-media post: from the start of its line to its signature
    ("... — Ada Okafor (@adaokafor) May 3, 2024"). The post is shown, not reported: its
    sentences have no speaker of their own, and the article reports what matters in its own words."""
    return [_from_line_start(text, m) for m in _POST_SIGNATURE.finditer(text)]


def _credited_excerpts(text: str) -> list[tuple[int, int]]:
    """Where the page shows a passage by someone else, credited at the end of its line ("... —
    Ada Wren , The Long Winter ,"): their words on the page's subject, not the page's report."""
    return [_from_line_start(text, m) for m in _CREDITED_EXCERPT.finditer(text) if not _PUBLISHER.search(m.group(1))]


def _answers(text: str) -> list[tuple[int, int]]:
    """The line after one that hands over to someone's words with a colon ("I asked a top Romney
    adviser what he makes of reports ...:", "In an e-mail, LinkedIn officials wrote:"), and a memo
    from its header on: their words, unquoted, whose sentences name no speaker of their own."""
    spans = []
    for intro in _HANDS_OVER.finditer(text):
        line = _NEXT_LINE.match(text, intro.end())
        if line:
            # The writer who asked hands over the rest of the page ("I asked a top adviser ...:").
            asked = _ASKED.search(text, text.rfind("\n", 0, intro.start()) + 1, intro.end())
            end = line.end(1)
            # ... and an excerpt goes on through the document's run-in headings ("All Signs Point to
            # a Tight Race: Those watching ...").
            while (more := _NEXT_LINE.match(text, end)) and _RUN_IN_HEADING.match(more.group(1)):
                end = more.end(1)
            spans.append((line.start(1), len(text) if asked else end))
    memo = _MEMO_HEADER.search(text)
    return spans + ([(memo.start(), len(text))] if memo else [])


def _from_line_start(text: str, match: re.Match[str]) -> tuple[int, int]:
    """From the start of the line a signature or credit ends, to its end: what the page shows."""
    return text.rfind("\n", 0, match.start()) + 1, match.end()


def _roundup(text: str) -> list[tuple[int, int]]:
    """Where a factbox lists its entries after the line that announces them ("Here are some of their
    plans, in alphabetical order:" and then "AUSTRALIA ...", "BELGIUM ..."): from that line to the
    end. An entry is one place's part of a roundup, told for the list's sake, not the story's news,
    and often days old. (A live report's "Here are the latest developments:" lists its news.)"""
    intro = _ROUNDUP_INTRO.search(text)
    return [(intro.end(), len(text))] if intro else []


def _analysis_boxes(text: str) -> list[tuple[int, int]]:
    """Where a report sets a correspondent's analysis under its own heading ("Analysis: Cindy Sui,
    BBC News, Taipei"): from the heading to the next heading or the end. What is said there is
    their reading of events ("The victory marks a defeat for China"), not the report's news."""
    boxes: list[tuple[int, int]] = []
    start: int | None = None
    for begin, end in paragraph_spans(text):
        paragraph = text[begin:end].strip()
        if not paragraph:
            continue
        if _ANALYSIS_HEADING.match(paragraph):
            start = end if start is None else start
        elif start is not None and is_heading(paragraph):
            boxes.append((start, begin))
            start = None
    return boxes + ([(start, len(text))] if start is not None else [])


def _superseded(text: str) -> list[tuple[int, int]]:
    """A piece's first version that an update above it replaced, from its heading ("Original
    post:") to the end: what it says ("Carbonite does not endorse the opinions of the shows")
    may be what the update took back."""
    for begin, end in paragraph_spans(text):
        if _SUPERSEDED_HEADING.match(text[begin:end].strip()):
            return [(end, len(text))]
    return []


def _revised(text: str) -> list[tuple[int, int]]:
    """The sentences an update note ("[Updated 8:55 a.m. PST, Nov. 19: Tesla Chief Executive Elon Musk
    claimed that ... But the NHTSA disputed that ...]") tells again in other words, above or below it
    ("Elon Musk said the automaker requested the investigation ..."): the first version it revised."""
    spans: list[tuple[int, int]] = []
    for begin, end in paragraph_spans(text):
        note = _UPDATE_NOTE.match(text, begin, end)
        if note is None:
            continue
        told = [content_stems(m.group()) for m in _SENTENCE.finditer(text, note.end(), end)]
        for other in _SENTENCE.finditer(text):
            if begin <= other.start() < end:
                continue
            mine = content_stems(other.group())
            if len(mine) >= _MIN_REVISED_WORDS and any(
                len(mine & t) >= _REVISED_SHARE * len(mine) and mine != t for t in told
            ):
                spans.append(other.span())
    return spans


def _captions(text: str) -> list[tuple[int, int]]:
    """Paragraphs a page's photo gallery left in the text: each cut short and credited ("...
    Sandusky was sentenced... (Associated Press)"), or opening as a wire's caption does ("FILE - In
    this Oct. 27, 2012 file photo, ..."), whose every sentence is the caption's ("Patrick Kennedy
    says Lawford died ..."). A caption describes a picture, not the news."""
    return [
        (start, end) for start, end in paragraph_spans(text)
        if _CUT_CAPTION.search(text, start, end) or _CAPTION_OPENING.match(text, start, end)
    ]
