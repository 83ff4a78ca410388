"""Which writing system a text or a line is in: interface strings in another script than the
article's are the page's, and words spelt in two look-alike alphabets are spam."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_\u0000-\u024f]")
_LOOKALIKE_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK"})


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    if ch < "\u0250":
        return "LATIN"
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "?"


def _dominant_script(text: str) -> str:
    if not _NON_LATIN_LETTER.search(text):
        return "LATIN"
    counts = Counter(_script(ch) for ch in text if ch.isalpha())
    return counts.most_common(1)[0][0] if counts else "LATIN"


def _line_script(line: str) -> str | None:
    if not _NON_LATIN_LETTER.search(line):
        return "LATIN" if _LETTER.search(line) else None
    letters = [ch for ch in line if ch.isalpha()]
    if not letters:
        return None
    return Counter(_script(ch) for ch in letters).most_common(1)[0][0]


def _mixes_scripts(word: str) -> bool:
    """A word spelt with letters of two of the alphabets whose letters look alike (Latin "a",
    Cyrillic "а"); Japanese mixes its scripts within a word and is not this."""
    if not _NON_LATIN_LETTER.search(word):
        return False
    return len({_script(ch) for ch in word if ch.isalpha()} & _LOOKALIKE_SCRIPTS) > 1
