"""Lists and tables that belong to the story, whatever their items' shape: items a line of text
introduces, runs numbered in sequence, the rows of a table, and the bulleted points a story
opens with."""

from __future__ import annotations

import re

from .lines import _DEK_WORDS, _TABLE_LINE, _Line

_NUMBERED_RUN = 3
_LIST_ITEM = re.compile(r"^(?:[-•–—*·▪►]|\(?\d{1,3}[.)])\s+\S")
_LIST_NUMBER = re.compile(r"^\(?(\d{1,3})[.)]\s")


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
    """A run of bulleted lines, each a phrase of several words rather than a menu's or a tag
    list's one or two, begins at line i."""
    run = lines[i : i + _NUMBERED_RUN]
    return len(run) == _NUMBERED_RUN and all(
        _LIST_ITEM.match(line.text) and line.words >= _DEK_WORDS for line in run
    )
