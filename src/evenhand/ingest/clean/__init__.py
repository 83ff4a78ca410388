"""Drop the page furniture around an article's text by general rules about lines and regions.

A news page's boilerplate has recognisable shapes rather than fixed strings: lines with no
words, hashtag lists, calls to action addressed to the reader, lines in another script than
the article, runs of short link-like lines where the article ends (related links, comment
prompts, footers), photo captions, counters, and generated FAQs whose answers only restate
what the article already said. We classify each line by shape, then cut whole regions.

The rules live in modules of their own, each importing only those before it: ``scripts`` (which
writing system a line is in), ``furniture`` (the patterns of the page's own lines: credits,
pitches, notices, bylines), ``lines`` (each line's kind by its shape), ``lists`` (lists and tables
that belong to the story), ``regions`` (where the article begins and ends, repeated slots, FAQs,
the writer's note), ``opening`` (the dateline, standfirst and headline above the first paragraph)
and ``prose`` (whether a text is prose at all). What other modules use is importable from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .furniture import _BYLINE, _COPYRIGHT
from .lines import _DEK_WORDS, _WORD, _kind, _Line, _settle_addresses, _split_lines
from .lists import _mark_story_lists
from .opening import _join_datelines, _missing_standfirst, _under_headline
from .prose import prose_share
from .regions import (
    _body_start,
    _faq_lines,
    _keep_closing_question,
    _keep_quoted_foreign,
    _mark_link_boxes,
    _notes_the_writer,
    _tail_start,
    _without_interstitials,
)
from .scripts import _dominant_script

__all__ = ["Cleaned", "clean", "clean_text", "prose_share"]


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The article text with its furniture removed, and what the furniture told us."""

    text: str
    outlet_hint: str | None = None
    author_hint: str | None = None
    date_hint: str | None = None


def _hints(lines: list[_Line]) -> tuple[str | None, str | None, str | None]:
    outlet = author = date = None
    for line in lines:
        if line.kind == "copyright" and outlet is None:
            match = _COPYRIGHT.match(line.text)
            rest = (match.group(1) if match else "").strip(" .,–-")
            rest = re.sub(r"(?i)\ball rights reserved\.?", "", rest).strip(" .,–-")
            outlet = rest or None
        elif line.kind == "byline" and author is None:
            match = _BYLINE.match(line.text)
            author = match.group(1) if match else None
        elif line.kind == "dateline" and date is None:
            date = line.text
    return outlet, author, date


def clean(text: str, *, title: str = "", standfirst: str = "") -> Cleaned:
    """Cleaned article text (paragraphs joined by blank lines) and metadata hints. ``standfirst``
    is the summary the page prints under its headline (see pagemeta): it opens the text where the
    text lacks it."""
    raw = _join_datelines([line for line in _split_lines(text) if line])
    script = _dominant_script(" ".join(raw))
    lines = [_Line(line, _kind(line, script), len(_WORD.findall(line))) for line in raw]
    if not any(line.kind == "text" for line in lines):
        # Only unpunctuated lines: a snippet or a standfirst ("Governor-elect is among officials
        # who say ..."), whose longer lines are its text.
        lines = [_Line(ln.text, "text", ln.words) if ln.kind == "heading" and ln.words >= _DEK_WORDS else ln
                 for ln in lines]
    _settle_addresses(lines)
    lines = _without_interstitials(lines)
    _mark_link_boxes(lines)
    _mark_story_lists(lines)
    _keep_closing_question(lines)
    start = _body_start(lines)
    end = _tail_start(lines, start)
    dropped = _faq_lines(lines, start, end)
    _keep_quoted_foreign(lines, start, end)
    kept: list[_Line] = []
    seen: set[str] = {title.strip().casefold()} if title.strip() else set()
    for i in _under_headline(lines, start, title) + list(range(start, end)):
        line = lines[i]
        if i in dropped or line.kind not in ("text", "heading", "question", "item"):
            continue
        key = line.text.casefold()
        if key in seen:
            continue
        seen.add(key)
        kept.append(line)
    while kept and (kept[-1].kind not in ("text", "item") or _notes_the_writer(kept[-1], kept[:-1])):
        kept.pop()
    if kept and standfirst.strip():
        kept[:0] = _missing_standfirst(standfirst.strip(), title, kept, script)
    outlet, author, date = _hints(lines)
    return Cleaned("\n\n".join(line.text for line in kept), outlet, author, date)


def clean_text(text: str, *, title: str = "") -> str:
    """Only the cleaned text; see :func:`clean` for the metadata hints too."""
    return clean(text, title=title).text
