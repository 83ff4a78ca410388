"""Clusters files (``evenhand brief --clusters``): JSON Lines of ``{"id": ..., "articles": [...]}``,
one cluster a line, read a line at a time with every line's size bounded."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from ..config import Config
from ..errors import InputError
from ..model import Article
from .decode import load_json
from .extract import article_from_record


def cluster_lines(path: str, limit: int) -> Iterator[tuple[int, str]]:
    """The file's non-empty lines, read one at a time; a line longer than ``limit`` bytes is
    passed on cut short, so that it fails as bad JSON rather than filling memory."""
    with open(path, encoding="utf-8-sig", errors="replace") as handle:  # a BOM before the first line is no JSON
        number = 0
        while line := handle.readline(limit):
            number += 1
            if not line.endswith("\n") and len(line) >= limit:
                while (rest := handle.readline(limit)) and not rest.endswith("\n"):
                    pass
            if line.strip():
                yield number, line


def count_lines(path: str) -> int:
    with open(path, "rb") as handle:
        return sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b"")) + 1


# Each unreadable article of a cluster is a line, up to this many; the rest one line (the red team's
# cluster of 100,000 empty articles wrote 100,000).
_TOLD_PROBLEMS = 10


def read_cluster(
    line: str, where: str, number: int, config: Config, on_problem: Callable[[InputError], None]
) -> tuple[str, list[Article]]:
    """The id and readable articles of the cluster on one line (``where`` names it in errors); each
    unreadable article goes to ``on_problem``. Raises InputError for a line that holds no cluster."""
    obj = load_json(line, where)
    if not isinstance(obj, dict) or not isinstance(obj.get("articles"), list):
        raise InputError(where, "expected an object with an 'articles' list")
    cluster_id = _cluster_id(obj, number)
    articles = []
    unread = 0
    for k, record in enumerate(obj["articles"], 1):
        try:
            # "Article B", not the clusters file's name, which would read as an outlet's (a new user's
            # tryout: "1neus val (a) and 2neus val (b)"); a letter, not a number beside a citation's.
            articles.append(article_from_record(
                record, origin=f"{where} article {k}", config=config, unnamed=f"Article {_letter(k)}"
            ))
        except InputError as exc:
            unread += 1
            if unread <= _TOLD_PROBLEMS:
                on_problem(exc)
    if unread > _TOLD_PROBLEMS:
        on_problem(InputError(where, f"{unread - _TOLD_PROBLEMS} more unreadable articles"))
    if not articles:
        raise InputError(where, "no readable article in the cluster")
    return cluster_id, articles


def _letter(k: int) -> str:
    """A, B, ..., Z, AA, AB, ... for the k-th article of a cluster (from 1)."""
    name = ""
    while k:
        k, rest = divmod(k - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def line_id(line: str, number: int) -> str:
    try:
        value = load_json(line, str(number))
    except InputError:
        return str(number)
    return _cluster_id(value, number) if isinstance(value, dict) else str(number)


def _cluster_id(obj: dict[str, Any], number: int) -> str:
    """The line's own id where it gives a string or a number, else its line number (not "None",
    nor a Python rendering of an object)."""
    given = obj.get("id")
    named = isinstance(given, str | int | float) and not isinstance(given, bool) and given != ""
    return str(given) if named else str(number)
