"""Drop the page furniture around an article's text by general rules about lines and regions.

A news page's boilerplate has recognisable shapes rather than fixed strings: lines with no
words, hashtag lists, calls to action addressed to the reader, lines in another script than
the article, runs of short link-like lines where the article ends (related links, comment
prompts, footers), photo captions, counters, and generated FAQs whose answers only restate
what the article already said. We classify each line by shape, then cut whole regions.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_HASHTAG = re.compile(r"#\w+", re.UNICODE)
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(.*)$", re.I)
_BYLINE = re.compile(r"^\s*(?i:by|written by|reporting by)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})\s*$")
_COUNTER = re.compile(
    r"^\s*[\d.,]+\s*[kKmM]?\s+(?:comments?|views?|shares?|likes?|reads?|reactions?|replies)\s*$", re.I
)
_CREDIT = re.compile(
    r"(?:\b(?:file\s+)?(?:image|photo|picture|pic|video)s?(?:\s+credit)?\s*[:/]\s*[\w .,&/'’-]{2,60}"
    r"|\((?:[\w.'’-]+\s+){0,3}(?:photo|image|picture)s?\b[^)]{0,60}\))\s*$",
    re.I,
)
_PROMO = re.compile(
    r"^\s*(?:also read|read more|read also|related|see also|watch|recommended|more from|more on|"
    r"must read|trending|sponsored|advertisement|listen)\b\s*[:|–-]?", re.I
)
# Calls to action: a line that opens with one, or a short line that carries a sales pitch or
# an account prompt and reports nothing (no one "said" it).
_CTA = (
    r"(?:sign\s*in|sign\s*up|log\s*in|register|subscribe|newsletter|follow us|click here|"
    r"share (?:this|on)|leave a (?:comment|reply)|post a comment|comments? (?:are|is) closed|"
    r"enable javascript|accept cookies|cookie (?:policy|settings))\b"
)
_CALL_TO_ACTION = re.compile(r"^\W*(?:please\s+)?(?:to\s+)?" + _CTA, re.I)
_PITCH = re.compile(
    r"\b(?:sign\s*in|sign\s*up|log\s*in|subscri(?:be|bers?|ption)|newsletters?|unlimited access|"
    r"follow us|click here|share this|free trial)\b",
    re.I,
)
# A line about the piece itself ("This article was originally published by ...", "This story
# has been updated"): publishing notes, not reporting.
_ABOUT_ITSELF = re.compile(
    r"^\W*(?:this|the above) (?:report|article|story|piece|post|version|content|copy)\b(?: \w+)?\s+"
    r"(?:was|has been|is|first|originally|appeared|appears|has|contains)\b",
    re.I,
)
_REPORTED = re.compile(r"\b(?:said|says|told|announced|reported|according)\b", re.I)
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
)
_DATELINE = re.compile(
    rf"^\s*(?:(?:published|updated|posted|last updated)\s*(?:on|:)?\s*)?"
    rf"(?:\w+day,?\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"(?:\s*[-–|,@at]*\s*\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}})?)?\s*$",
    re.I,
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
_QUOTED_SPAN = re.compile(r"[\"“”][^\"“”]*[\"“”]")
_STOPWORDS = frozenset(
    "a an the and or but of to in on at for with by from as is are was were be been being this that these "
    "those it its his her their our your they he she we you i not no so if then than into about over after "
    "before during while which who whom whose what when where why how has have had do does did can could "
    "may might will would should shall must also such there here any all some more most other".split()
)

_HEADING_MAX_WORDS = 14
_DEK_WORDS = 6
_TAIL_SHARE = 0.25
_FAQ_OVERLAP = 0.7


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The article text with its furniture removed, and what the furniture told us."""

    text: str
    outlet_hint: str | None = None
    author_hint: str | None = None
    date_hint: str | None = None


@dataclass(slots=True)
class _Line:
    text: str
    kind: str
    words: int


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    if ch < "\u0250":
        return "LATIN"
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "?"


def _dominant_script(text: str) -> str:
    counts = Counter(_script(ch) for ch in text if ch.isalpha())
    return counts.most_common(1)[0][0] if counts else "LATIN"


def _line_script(line: str) -> str | None:
    letters = [ch for ch in line if ch.isalpha()]
    if not letters:
        return None
    return Counter(_script(ch) for ch in letters).most_common(1)[0][0]


def _kind(line: str, script: str) -> str:
    words = _WORD.findall(line)
    if not words:
        return "noise"
    hashtags = _HASHTAG.findall(line)
    if len(hashtags) >= 2 and len(hashtags) >= 0.5 * len(words):
        return "hashtags"
    if _line_script(line) not in (script, None):
        return "foreign"
    if _COPYRIGHT.match(line):
        return "copyright"
    if _COUNTER.match(line):
        return "noise"
    if _DATELINE.match(line):
        return "dateline"
    if _BYLINE.match(line):
        return "byline"
    if len(words) <= 25 and _PROMO.match(line):
        return "prompt"
    if _CALL_TO_ACTION.match(line) or (len(words) <= 16 and _PITCH.search(line) and not _REPORTED.search(line)):
        return "prompt"
    if _addresses_reader(line, len(words)):
        return "prompt"
    if len(words) <= 25 and _ABOUT_ITSELF.match(line):
        return "prompt"
    if _CREDIT.search(line):
        return "caption"
    if len(words) <= _HEADING_MAX_WORDS and not _SENTENCE_END.search(line):
        return "heading"
    if len(words) <= 8 and line.rstrip().endswith("?"):
        return "question"
    return "text"


def _addresses_reader(line: str, n_words: int) -> bool:
    """A paragraph that talks to the reader (outside quotes) about what *they* can do: site
    notices, sign-up pitches and how-tos, not reporting."""
    unquoted = _QUOTED_SPAN.sub(" ", line)
    if re.search(r"[\"“”]", unquoted):
        return False  # a quotation running on from or into another paragraph: someone speaking
    second = len(_SECOND_PERSON.findall(unquoted))
    return second >= 2 and second >= 0.05 * n_words


def _split_lines(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    return [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in _STOPWORDS and len(w) > 2}


def _body_start(lines: list[_Line]) -> int:
    for i, line in enumerate(lines):
        if line.kind == "text":
            return i
    return len(lines)


def _tail_start(lines: list[_Line], start: int) -> int:
    """Where the page tail begins: the first run of two short link-like lines after which
    little article text remains (related links, comment prompts, site footers)."""
    total = sum(line.words for line in lines if line.kind == "text")
    chrome = {"heading", "prompt", "copyright", "noise", "question"}
    remaining = total
    for i in range(start, len(lines) - 1):
        if lines[i].kind in chrome and lines[i + 1].kind in chrome and remaining < _TAIL_SHARE * total:
            return i
        if lines[i].kind == "text":
            remaining -= lines[i].words
    return len(lines)


def _qa_blocks(lines: list[_Line], start: int, end: int) -> list[list[tuple[int, list[int]]]]:
    """Runs of question lines each followed by answer paragraphs."""
    blocks: list[list[tuple[int, list[int]]]] = []
    current: list[tuple[int, list[int]]] = []
    for i in range(start, end):
        line = lines[i]
        if line.text.endswith("?") and line.words <= 25:
            current.append((i, []))
        elif line.kind == "text" and current:
            current[-1][1].append(i)
        else:
            if current:
                blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return [b for b in blocks if len(b) >= 2 and all(answers for _, answers in b)]


def _faq_lines(lines: list[_Line], start: int, end: int) -> set[int]:
    """A run of question/answer pairs whose answers mostly restate earlier text: a generated FAQ."""
    drop: set[int] = set()
    for block in _qa_blocks(lines, start, end):
        first = block[0][0]
        before: set[str] = set()
        for i in range(start, first):
            before |= _content_words(lines[i].text)
        restating = 0
        for _, answers in block:
            words = _content_words(" ".join(lines[i].text for i in answers))
            if words and len(words & before) / len(words) >= _FAQ_OVERLAP:
                restating += 1
        if restating >= 2 and restating * 2 >= len(block):
            for question, answers in block:
                drop.add(question)
                drop.update(answers)
            if first > start and lines[first - 1].kind == "heading":
                drop.add(first - 1)
    return drop


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


def clean(text: str, *, title: str = "") -> Cleaned:
    """Cleaned article text (paragraphs joined by blank lines) and metadata hints."""
    raw = [line for line in _split_lines(text) if line]
    script = _dominant_script(" ".join(raw))
    lines = [_Line(line, _kind(line, script), len(_WORD.findall(line))) for line in raw]
    if not any(line.kind == "text" for line in lines):
        # Only unpunctuated lines: a snippet or a standfirst ("Governor-elect is among officials
        # who say ..."), whose longer lines are its text.
        lines = [_Line(ln.text, "text", ln.words) if ln.kind == "heading" and ln.words >= _DEK_WORDS else ln
                 for ln in lines]
    start = _body_start(lines)
    end = _tail_start(lines, start)
    dropped = _faq_lines(lines, start, end)
    kept: list[_Line] = []
    seen: set[str] = {title.strip().casefold()} if title.strip() else set()
    for i in range(start, end):
        line = lines[i]
        if i in dropped or line.kind not in ("text", "heading", "question"):
            continue
        key = line.text.casefold()
        if key in seen:
            continue
        seen.add(key)
        kept.append(line)
    while kept and kept[-1].kind != "text":
        kept.pop()
    outlet, author, date = _hints(lines)
    return Cleaned("\n\n".join(line.text for line in kept), outlet, author, date)


def clean_text(text: str, *, title: str = "") -> str:
    """Only the cleaned text; see :func:`clean` for the metadata hints too."""
    return clean(text, title=title).text


# -- is it prose at all? ---------------------------------------------------------------------------

_PROSE_WORD = re.compile(r"[\"'“‘(\[]*[^\W\d_]+(?:['’.-][^\W\d_]+)*[.,;:!?\"'”’)\]…]*")
_KEY_VALUE = re.compile(r"\s*[\w.\-\"\[\]]+\s*=")
_COMMENT = re.compile(r"\s*(?:#|//|;|--|/\*|<!--)")


def _is_prose_line(line: str) -> bool:
    """Mostly words (a config line, a log line, a password-file entry are mostly not), and no comment
    marker or ``key =`` in front. A line of a script written without spaces counts by its letters."""
    if _COMMENT.match(line) or _KEY_VALUE.match(line):
        return False
    tokens = line.split()
    if len(tokens) >= 4:
        return sum(bool(_PROSE_WORD.fullmatch(t)) for t in tokens) >= 0.7 * len(tokens)
    chars = [c for c in line if not c.isspace()]
    return len(chars) >= 15 and sum(c.isalpha() for c in chars) >= 0.8 * len(chars)


def prose_share(text: str) -> float:
    """The share of the text's characters that are in lines of prose: near 1 for an article, near 0 for
    a log, a config file or ``/etc/passwd``."""
    lines = [line for line in text.splitlines() if line.strip()]
    total = sum(len(line) for line in lines)
    return sum(len(line) for line in lines if _is_prose_line(line)) / total if total else 0.0
