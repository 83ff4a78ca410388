"""Citations in article text: the spans a brief cites, checked against the text, highlighted and
shown in context. Every piece of article text that reaches HTML here is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

CONTEXT_CHARS = 280


def span_id(start: int, end: int) -> str:
    return f"s-{start}-{end}"


# -- text: highlighting and context ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span:
    """A verified span of an article's cleaned text."""

    start: int
    end: int
    text: str


def locate(text: str, start: Any, end: Any, quoted: Any) -> Span | None:
    """The span a citation points at, checked against the text it claims to quote.

    Offsets are trusted only when ``text[start:end]`` is the quoted text; otherwise (a brief written
    from an older copy of the article) the quoted text is looked up, and a citation that cannot be
    found is dropped rather than highlighting the wrong words.
    """
    if not isinstance(quoted, str) or not quoted:
        quoted = None
    in_range = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
    if in_range and (quoted is None or text[start:end] == quoted):
        return Span(start, end, text[start:end])
    if quoted is None:
        return None
    found = text.find(quoted)
    return Span(found, found + len(quoted), quoted) if found >= 0 else None


def mark_spans(text: str, spans: Iterable[Span]) -> Markup:
    """``text`` as HTML with each span wrapped in ``<mark id="s-START-END">``; every piece escaped.

    Overlapping spans share one ``<mark>``; the later ones get an empty anchor at their start so that
    every ``#s-START-END`` link still lands on its sentence.
    """
    ordered = sorted({(s.start, s.end) for s in spans if 0 <= s.start < s.end <= len(text)})
    clusters: list[list[tuple[int, int]]] = []
    for start, end in ordered:
        if clusters and start < max(e for _, e in clusters[-1]):
            clusters[-1].append((start, end))
        else:
            clusters.append([(start, end)])
    parts: list[str] = []
    cursor = 0
    for cluster in clusters:
        first_start, first_end = cluster[0]
        stop = max(e for _, e in cluster)
        parts.append(str(escape(text[cursor:first_start])))
        parts.append(f'<mark id="{span_id(first_start, first_end)}">')
        inner = first_start
        for start, end in cluster[1:]:
            parts.append(str(escape(text[inner:start])))
            parts.append(f'<span class="anchor" id="{span_id(start, end)}"></span>')
            inner = start
        parts.append(str(escape(text[inner:stop])))
        parts.append("</mark>")
        cursor = stop
    parts.append(str(escape(text[cursor:])))
    return Markup("".join(parts))


def context_around(text: str, span: Span, width: int = CONTEXT_CHARS) -> tuple[str, str]:
    """Up to ``width`` characters before and after ``span``, cut at a paragraph or word boundary."""
    left = max(0, span.start - width)
    before = text[left : span.start]
    if left > 0:
        cut = before.rfind("\n")
        if cut < 0:
            cut = before.find(" ")
        before = "…" + before[cut + 1 :] if cut >= 0 else "…" + before
    right = min(len(text), span.end + width)
    after = text[span.end : right]
    if right < len(text):
        cut = after.find("\n")
        if cut < 0:
            cut = after.rfind(" ")
        after = (after[:cut] if cut > 0 else after) + "…"
    return before, after
