"""Each line of the text and its kind by its shape: text, a heading, a question, or one of the
page's own kinds (a prompt, a caption, a byline, a line in another script, noise)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ...lexicon import FUNCTION_WORDS
from ..decode import INVISIBLE
from .furniture import (
    _ABOUT_ITSELF,
    _ARCHIVE_NOTICE,
    _BYLINE,
    _CALL_TO_ACTION,
    _CAPITAL_CREDIT,
    _CAPTION_WORDS,
    _COPYRIGHT,
    _COPYRIGHT_NOTICE,
    _COPYRIGHT_WORDS,
    _COUNTER,
    _CREDIT,
    _DATELINE,
    _DISCLOSURE,
    _IMPERATIVE_PITCH,
    _OFF_TOPIC_SHARE,
    _PITCH,
    _PITCHES_SURE_WORDS,
    _PITCHES_WORDS,
    _PLACED_IN_PHOTO,
    _QUOTED_SPAN,
    _REPORTED,
    _SITE_VOICE,
    _addresses_reader,
    _first_sentence,
    _pitched,
    _promotes,
    _states,
)
from .scripts import _NON_LATIN_LETTER, _line_script, _mixes_scripts

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…:;。！？][\"'”’)\]」』]*$")
_HASHTAG = re.compile(r"#\w+", re.UNICODE)
# A line of a table as trafilatura writes tables ("| 2019 | 4.2% | 310 |", "|---|---|"): results,
# rates and schedules are the article's text, where the row of dashes under the header is not.
_TABLE_LINE = re.compile(r"^\|.*\|$")
_HEADING_MAX_WORDS = 14
_DEK_WORDS = 6


@dataclass(slots=True)
class _Line:
    text: str
    kind: str
    words: int


def _kind(line: str, script: str) -> str:
    words = _WORD.findall(line)
    if not words:
        return "noise"
    if _NON_LATIN_LETTER.search(line) and sum(1 for word in words if _mixes_scripts(word)) >= 2:
        return "noise"  # look-alike letters from two alphabets: spam written to slip past filters
    hashtags = _HASHTAG.findall(line)
    if len(hashtags) >= 2 and len(hashtags) >= 0.5 * len(words):
        return "hashtags"
    if _line_script(line) not in (script, None):
        return "foreign"
    if _COPYRIGHT.match(line) and (_COPYRIGHT_NOTICE.search(line) or len(words) <= _COPYRIGHT_WORDS):
        return "copyright"
    if _COUNTER.match(line):
        return "noise"
    if _DATELINE.match(line):
        return "dateline"
    if _BYLINE.match(line):
        return "byline"
    if _promotes(line, len(words)):
        return "prompt"
    reported = bool(_REPORTED.search(line))
    pitches = 0 if reported else len(_PITCH.findall(line))  # a pitch that no one "said"
    # One pitch in a plain statement is settled by the article's subject, as an address is (below).
    sure = _pitched(pitches, len(words), _PITCHES_SURE_WORDS) and not (pitches == 1 and _states(line, len(words)))
    if (_CALL_TO_ACTION.match(line) and not reported) or sure:
        return "prompt"
    if _DISCLOSURE.search(line) and len(words) <= 60 and not reported:
        return "prompt"
    if _ABOUT_ITSELF.match(line) and len(words) <= 60 and len(_WORD.findall(_first_sentence(line))) <= 25:
        return "prompt"
    if _ARCHIVE_NOTICE.search(line):
        return "prompt"
    if _pitched(pitches, len(words), _PITCHES_WORDS) or _addresses_reader(line, len(words)):
        return "address"
    if _CREDIT.search(line) or _CAPITAL_CREDIT.search(line):
        return "caption"
    if _PLACED_IN_PHOTO.search(line) and len(words) <= _CAPTION_WORDS:
        return "caption"
    if len(words) <= _HEADING_MAX_WORDS and not _SENTENCE_END.search(line):
        return "heading"
    if len(words) <= 8 and line.rstrip().endswith("?"):
        return "question"
    return "text"


def _settle_addresses(lines: list[_Line]) -> None:
    """Lines that speak to the reader about accounts, apps or sign-ups ("address") are the site's
    furniture where the site speaks in them or tells the reader what to do, or where they are off
    the article's subject (an embedded post's notice about the reader's account); otherwise they
    are the article's own text about its subject (a review of an app, a how-to for a browser)."""
    if not any(line.kind == "address" for line in lines):
        return
    prose = [i for i, line in enumerate(lines) if line.kind in ("text", "address")]
    words = {i: _content_words(lines[i].text) for i in prose}
    lines_with = Counter(word for i in prose for word in words[i])
    for i in prose:
        line = lines[i]
        if line.kind != "address":
            continue
        unquoted = _QUOTED_SPAN.sub(" ", line.text)
        own = _content_words(unquoted)
        elsewhere = [word for word in own if lines_with[word] - (word in words[i]) > 0]
        on_topic = bool(own) and len(elsewhere) >= _OFF_TOPIC_SHARE * len(own)
        speaks_as_site = bool(_SITE_VOICE.search(unquoted) or _IMPERATIVE_PITCH.search(unquoted))
        line.kind = "text" if on_topic and not speaks_as_site else "prompt"


# A politician's card a page's link leaves inside the sentence: the full name glued to the titles of
# recent stories about them, up to "MORE" and the party label ("Mitch McConnell Addison (Mitch)
# Mitchell McConnellSunday shows preview: ... nominee MORE (R-Ky.) said ..."). The name shown stays.
_NAME_CARD = re.compile(
    r"\b([A-Z][\w’'-]+) (?:(?:[A-Z][\w’'.-]*|\([A-Z][\w’'.-]*\)) ){1,5}?\1(?=[A-Z])[^\n]{0,600}? ?MORE(?= \()"
)


def _split_lines(text: str) -> list[str]:
    # (the marks first: one between a letter and its accent would leave the two apart)
    text = unicodedata.normalize("NFC", INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n")))
    text = text.replace("\u00a0", " ")
    return [_without_name_cards(re.sub(r"[ \t\f\v]+", " ", line).strip()) for line in text.split("\n")]


def _without_name_cards(line: str) -> str:
    return _NAME_CARD.sub(r"\1", line) if "MORE (" in line else line


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in FUNCTION_WORDS and len(w) > 2}
