"""Split cleaned text into sentences, tell reported facts from quotes, opinion and background,
and pull out what fact matching must compare: numbers, dates, names and negation."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from . import lexicon
from .model import Article, Sentence, SentenceKind

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*%?")
_CAP_RUN = re.compile(r"(?<![\w’'])(?:[A-Z][\w’'.-]*|[A-Z]{2,})(?:\s+(?:of|de|al|bin|von|van|the)?\s*[A-Z][\w’'.-]*)*")
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s*(?:%|percent|per cent))?"
                     r"(?:\s+(million|billion|trillion|thousand))?", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_QUOTED = re.compile(r"[\"“”«»]([^\"“”«»]{12,})[\"“”«»]")
_NEGATION = re.compile(r"\b(?:not|no|never|none|neither|nor|without|cannot|n't)\b|n't\b", re.I)
_HEADINGISH = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


@lru_cache(maxsize=1)
def _segmenter() -> Any:
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def stem(word: str) -> str:
    """A light suffix stripper: enough to match 'arrives'/'arrived'/'arriving' without a download."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: len(w) - len(suffix)] + keep
    return w


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def content_stems(text: str) -> frozenset[str]:
    return frozenset(
        stem(w) for w in words(text) if w.lower() not in lexicon.STOPWORDS and len(w) > 1 and not w[0].isdigit()
    )


def _normalise_number(digits: str, unit: str | None, scale: str | None) -> str:
    value = float(digits.replace(",", ""))
    if scale:
        value *= _SCALE[scale.lower()]
    text = f"{value:.6g}" if value < 1e15 else str(value)
    return text + ("%" if unit else "")


def numbers_in(text: str) -> frozenset[str]:
    found: set[str] = set()
    for match in _NUMBER.finditer(text):
        digits, unit, scale = match.groups()
        if _YEAR.fullmatch(digits) and not unit and not scale:
            continue
        found.add(_normalise_number(digits, unit, scale))
    for word in words(text):
        value = lexicon.NUMBER_WORDS.get(word.lower())
        if value is not None:
            found.add(f"{value:.6g}")
    return frozenset(found)


def dates_in(text: str) -> frozenset[str]:
    found = {y for y in _YEAR.findall(text)}
    found |= {w.lower() for w in words(text) if w.lower() in lexicon.DATE_WORDS}
    return frozenset(found)


def entities_in(text: str) -> frozenset[str]:
    """Capitalised names; a sentence's first word counts only when a name follows it."""
    found: set[str] = set()
    for match in _CAP_RUN.finditer(text):
        run = match.group(0).strip(" .")
        tokens = run.split()
        if match.start() == 0 or text[: match.start()].rstrip().endswith((".", "\"", "“", ":")):
            if len(tokens) == 1 or tokens[0].lower() in lexicon.STOPWORDS:
                tokens = tokens[1:]
        tokens = [t for t in tokens if t.lower() not in lexicon.STOPWORDS and t.lower() not in lexicon.DATE_WORDS]
        if tokens:
            found.add(" ".join(stem(t) for t in tokens))
    return frozenset(found)


def is_negated(text: str) -> bool:
    unquoted = _QUOTED.sub(" ", text)
    return bool(_NEGATION.search(unquoted))


def classify(text: str) -> SentenceKind:
    """Quote, opinion, background or reported fact, from surface cues a reader would use."""
    lowered = f" {text.lower()} "
    quoted = sum(len(m.group(1)) for m in _QUOTED.finditer(text))
    if text.lstrip().startswith(("\"", "“", "‘", "'")) or quoted > 0.45 * len(text):
        return "quote"
    unquoted = _QUOTED.sub(" ", lowered)
    if text.rstrip().endswith("?") or any(cue in unquoted for cue in lexicon.OPINION_CUES):
        return "opinion"
    if any(cue in unquoted for cue in lexicon.BACKGROUND_CUES):
        return "background"
    return "fact"


def _spans(paragraph: str, offset: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in _segmenter().segment(paragraph):
        piece = piece.strip()
        if not piece:
            continue
        found = paragraph.find(piece, cursor)
        if found < 0:
            continue
        spans.append((offset + found, offset + found + len(piece)))
        cursor = found + len(piece)
    return spans


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        spans.append((match.start(), match.end()))
    return spans


def sentence(article: int, text: str, start: int, end: int, position: int) -> Sentence:
    span = text[start:end]
    return Sentence(
        article=article, start=start, end=end, text=span, position=position,
        kind=classify(span), numbers=numbers_in(span), dates=dates_in(span), entities=entities_in(span),
        content=content_stems(span), negated=is_negated(span),
    )


def is_heading(text: str) -> bool:
    return not _HEADINGISH.search(text)


def segment(article: Article, index: int, *, max_chars: int = 1200) -> list[Sentence]:
    """The article's sentences in order, with offsets into ``article.text``; headings and
    over-long runs (lists, debris) are left out."""
    out: list[Sentence] = []
    for p_start, p_end in paragraph_spans(article.text):
        for start, end in _spans(article.text[p_start:p_end], p_start):
            span = article.text[start:end]
            if end - start > max_chars or is_heading(span) or len(words(span)) < 3:
                continue
            out.append(sentence(index, article.text, start, end, len(out)))
    return out


def segment_all(articles: Sequence[Article], *, max_chars: int = 1200) -> list[list[Sentence]]:
    return [segment(article, i, max_chars=max_chars) for i, article in enumerate(articles)]
