"""Lists and tables that belong to the story, whatever their items' shape: items a line of text
introduces, runs numbered in sequence, the rows of a table, the bulleted points a story opens
with, and a list of the story's own phrases under a subheading or a paragraph."""

from __future__ import annotations

import re

from .furniture import _SITE_VOICE, _promotes
from .lines import _DEK_WORDS, _TABLE_LINE, _WORD, _content_words, _Line

_NUMBERED_RUN = 3
# A list item's mark (a bullet or a number), then its text.
_LIST_MARK = re.compile(r"^(?:[-•–—*·▪►]|\(?\d{1,3}[.)])\s+")
_LIST_ITEM = re.compile(_LIST_MARK.pattern + r"\S")
_LIST_NUMBER = re.compile(r"^\(?(\d{1,3})[.)]\s")
# An item of the story's own list is a phrase of at least this many words in sentence case: in a list
# of other stories' headlines ("Mayor To Replace Harbour Board Chief") this share of the words after
# the first, or more, are capitalised.
_ITEM_WORDS = 4
_TITLE_CASE_SHARE = 0.6


def _mark_story_lists(lines: list[_Line]) -> None:
    """Lists that belong to the story, whatever their items' shape: the items after a line of
    text that introduces them ("The council listed three measures:"), and runs of items
    numbered in sequence (a ranking, the steps of a method). Their lines become kind "item"."""
    for i, line in enumerate(lines):
        if line.kind == "text" and line.text.endswith(":") and i + 1 < len(lines):
            shape = _item_shape(lines[i + 1].text)
            j = i + 1
            while j < len(lines) and (
                _LIST_ITEM.match(lines[j].text)
                or (lines[j].kind == "heading" and _item_shape(lines[j].text) == shape)
            ):
                _as_item(lines[j])
                j += 1
    _mark_phrase_lists(lines)
    _mark_tables(lines)
    numbers = [_list_number(line.text) for line in lines]
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and _follows(numbers[j], numbers[j + 1]):
            j += 1
        if j - i + 1 >= _NUMBERED_RUN:
            for k in range(i, j + 1):
                _as_item(lines[k])
        i = j + 1


def _mark_phrase_lists(lines: list[_Line]) -> None:
    """A bulleted list of two items or more under a subheading or a paragraph below the story's first
    paragraph, every item a phrase of the story's (see _story_item): what residents should do, the
    dates ahead, a box of figures. It stays the story's at the end of the page, where the page's
    footer and lists of other stories are cut (see regions' _tail_start). Above the story, such a
    list is the story's only as its key points (see _opens_bullet_points)."""
    first = next((i for i, line in enumerate(lines) if line.kind == "text"), len(lines))
    for i, line in enumerate(lines[first:], first):
        if line.kind not in ("heading", "text") or _LIST_ITEM.match(line.text):
            continue
        j = i + 1
        while j < len(lines) and _story_item(lines[j]):
            j += 1
        if j - i > 2 and (j == len(lines) or not _LIST_ITEM.match(lines[j].text)):
            for item in lines[i + 1 : j]:
                item.kind = "item"


def _story_item(line: _Line) -> bool:
    """A bulleted phrase of a few words without a full stop, written in sentence case, that neither
    labels other content ("More on the floods") nor speaks as the site ("Send us your pictures")."""
    if line.kind != "heading" or not _LIST_ITEM.match(line.text):
        return False
    phrase = _LIST_MARK.sub("", line.text)
    words = _WORD.findall(phrase)
    if len(words) < _ITEM_WORDS or _promotes(phrase, len(words)) or _SITE_VOICE.search(phrase):
        return False
    return not _title_cased(words)


def _title_cased(words: list[str]) -> bool:
    """Written as a headline is in title case: most words after the first capitalised."""
    capitalised = sum(1 for word in words[1:] if word[0].isupper())
    return len(words) > 1 and capitalised >= _TITLE_CASE_SHARE * (len(words) - 1)


def _mark_tables(lines: list[_Line]) -> None:
    """The rows of a table (two table lines or more in a run), words or figures, are the story's
    items; its rule line stays out."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _TABLE_LINE.match(lines[j].text):
            j += 1
        if j - i >= 2:
            for line in lines[i:j]:
                if re.search(r"\w", line.text):
                    line.kind = "item"
        i = max(j, i + 1)


def _item_shape(text: str) -> tuple[bool, bool]:
    """How the items of a list without bullets are punctuated ("Name, role", "Term: gloss"): the
    list ends where the shape changes, so that the page's footer below it is not taken for more
    items."""
    return "," in text, bool(re.search(r"\s[–—-]\s|:", text))


def _as_item(line: _Line) -> None:
    if line.kind in ("heading", "question"):
        line.kind = "item"


def _list_number(text: str) -> int | None:
    match = _LIST_NUMBER.match(text)
    return int(match.group(1)) if match else None


def _follows(a: int | None, b: int | None) -> bool:
    return a is not None and b is not None and abs(a - b) == 1


def _opens_bullet_points(lines: list[_Line], i: int) -> bool:
    """A run of bulleted lines begins at line i, each a phrase of several words rather than a menu's
    or a tag list's one or two, or a shorter phrase of the story's (see _story_item) that shares a
    word with the paragraphs below (short headlines of other stories share none)."""
    run = lines[i : i + _NUMBERED_RUN]
    if len(run) < _NUMBERED_RUN or not all(_LIST_ITEM.match(line.text) for line in run):
        return False
    if all(line.words >= _DEK_WORDS for line in run):
        return True
    below: set[str] = set()
    for line in lines[i + _NUMBERED_RUN :]:
        if line.kind == "text":
            below |= _content_words(line.text)
    return all(
        line.words >= _DEK_WORDS or (_story_item(line) and _content_words(line.text) & below) for line in run
    )
