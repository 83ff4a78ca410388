"""Is a text prose at all: an article, or a log, a config file, ``/etc/passwd``."""

from __future__ import annotations

import re

from .lines import _TABLE_LINE

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
    a log, a config file or ``/etc/passwd``. The rows of a table the article holds count neither way."""
    lines = [line for line in text.splitlines() if line.strip()]
    lines = [line for line in lines if not _TABLE_LINE.match(line.strip())] or lines
    total = sum(len(line) for line in lines)
    return sum(len(line) for line in lines if _is_prose_line(line)) / total if total else 0.0
