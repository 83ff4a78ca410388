"""Split cleaned text into sentences, tell reported facts from quotes, opinion and background,
and pull out what fact matching must compare: numbers, dates, names and negation."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Article, Sentence, SentenceKind

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*%?")
_CAP_RUN = re.compile(r"(?<![\w’'])(?:[A-Z][\w’'.-]*|[A-Z]{2,})(?:\s+(?:of|de|al|bin|von|van|the)?\s*[A-Z][\w’'.-]*)*")
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s*(?:%|percent|per cent))?"
                     r"(?:\s+(million|billion|trillion|thousand))?", re.I)
_TIME = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\b\.?|\b(\d{1,2}):(\d{2})\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_QUOTED = re.compile(r"[\"“”«»]([^\"“”«»]{12,})[\"“”«»]")
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|nowhere|neither|nor|without|cannot)\b|n't\b", re.I)
_FIRST_PERSON = re.compile(r"^\s*(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|My|We|We're|We’re|Our)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b")
_HEADINGISH = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_BOUNDARY = re.compile(r"([.!?…]+[\"'”’)\]]*)(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


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


def _times(text: str) -> tuple[set[str], str]:
    """Clock times as one token each ("t3:40"), and the text with them blanked out."""
    found: set[str] = set()
    for match in _TIME.finditer(text):
        hour, minute, _, hour24, minute24 = match.groups()
        if hour24 is not None:
            found.add(f"t{int(hour24)}:{minute24}")
        else:
            found.add(f"t{int(hour)}:{minute or '00'}")
    return found, _TIME.sub(" ", text)


def numbers_in(text: str) -> frozenset[str]:
    found, text = _times(text)
    for match in _NUMBER.finditer(text):
        digits, unit, scale = match.groups()
        if _YEAR.fullmatch(digits) and not unit and not scale:
            continue
        found.add(_normalise_number(digits, unit, scale))
    for word in words(text):
        value = lexicon.number_word(word)
        if value is not None:
            found.add(f"{value:.6g}")
    return frozenset(found)


def dates_in(text: str) -> frozenset[str]:
    found = {y for y in _YEAR.findall(text)}
    found |= {w.lower() for w in words(text) if w.lower() in lexicon.DATE_WORDS}
    return frozenset(found)


def entities_in(text: str) -> frozenset[str]:
    """The words of capitalised names, one by one ('Kim Jong-un' and 'Kim Jong Un' share all three);
    a sentence's first word counts only when a name follows it."""
    found: set[str] = set()
    for match in _CAP_RUN.finditer(text):
        tokens = re.split(r"[\s-]+", match.group(0).strip(" ."))
        at_start = match.start() == 0 or text[: match.start()].rstrip().endswith((".", "\"", "“"))
        if at_start and (len(tokens) == 1 or tokens[0].lower() in lexicon.STOPWORDS):
            tokens = tokens[1:]
        for token in tokens:
            word = token.lower().strip("’'.")
            if word and word not in lexicon.STOPWORDS and word not in lexicon.DATE_WORDS:
                found.add(stem(word))
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
    if _SECOND_PERSON.search(unquoted) or _FIRST_PERSON.match(text):
        # Addressing the reader, or opening in the first person outside quotation marks, is
        # advice, argument or a quote running on from another sentence, never a report.
        return "opinion"
    if any(cue in unquoted for cue in lexicon.BACKGROUND_CUES):
        return "background"
    return "fact"


def _spans(paragraph: str, offset: int) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph: a boundary is terminal punctuation (and closing quotes)
    before a space and a capital, digit or opening quote, unless the word it ends is an
    abbreviation or an initial."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.end(1)
        if paragraph[end - 1] == "." and _abbreviation(paragraph, match.start(1), paragraph[end:]):
            continue
        piece = paragraph[start:end].strip()
        if piece:
            first = start + paragraph[start:end].index(piece[0])
            spans.append((offset + first, offset + first + len(piece)))
        start = end
    piece = paragraph[start:].strip()
    if piece:
        first = start + paragraph[start:].index(piece[0])
        spans.append((offset + first, offset + first + len(piece)))
    return spans


def _abbreviation(text: str, dot: int, after: str) -> bool:
    """Whether the period at ``dot`` ends an abbreviation rather than the sentence. A clock time
    ("3:40 a.m.") ends the sentence when a capitalised word other than a day or month follows."""
    word = re.search(r"([\w.’'-]+)$", text[:dot])
    if not word:
        return False
    token = word.group(1)
    if token.lower().rstrip(".") in ("a.m", "p.m"):
        following = re.match(r"\s*([A-Za-z]+)", after)
        return not following or following.group(1).lower() in lexicon.DATE_WORDS or following.group(1).isupper()
    last = token.rsplit(".", 1)[-1] if "." in token else token
    if len(last) == 1 and last.isalpha() and last.isupper():
        return True
    return token.lower().rstrip(".") in lexicon.ABBREVIATIONS or last.lower() in lexicon.ABBREVIATIONS


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
