"""Optional rewording of facts by an LLM, kept only where it stays faithful to the sources.

An LLM may make a fact read better; it may not add to it. Every rewording is checked against
the fact's supporting sentences: each content word (by stem), number, day, name and quotation
it contains must be in them, and it must not flip negation. A rewording that fails the check is
dropped and the source's own sentence stays, so the brief's guarantee does not depend on the
model behaving.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from .model import Fact
from .segment import content_stems, dates_in, entities_in, is_negated, numbers_in, words

_QUOTED = re.compile(r"[\"“]([^\"“”]{3,})[\"”]")
_MAX_GROWTH = 1.2


class Writer(Protocol):
    """Rewords one fact sentence, given the source sentences that support it."""

    def rewrite(self, sentence: str, sources: Sequence[str]) -> str: ...


def faithful(candidate: str, sources: Sequence[str]) -> bool:
    """Whether ``candidate`` says nothing its ``sources`` do not: no new word (by stem), number,
    day, name or quotation, no flipped negation, and not longer than the longest source."""
    candidate = candidate.strip()
    if not candidate or not sources:
        return False
    joined = " ".join(sources)
    if len(words(candidate)) > _MAX_GROWTH * max(len(words(s)) for s in sources):
        return False
    if not content_stems(candidate) <= content_stems(joined):
        return False
    if not numbers_in(candidate) <= numbers_in(joined) or not dates_in(candidate) <= dates_in(joined):
        return False
    if not entities_in(candidate) <= entities_in(joined) | content_stems(joined):
        return False
    if any(quote.strip() not in joined for quote in _QUOTED.findall(candidate)):
        return False
    negated = [is_negated(s) for s in sources]
    return not (is_negated(candidate) and not any(negated)) and not (all(negated) and not is_negated(candidate))


def reword(writer: Writer, fact: Fact) -> Fact:
    """The fact in the writer's words where those are faithful to its support, else as it was."""
    sources = [s.text for s in fact.support]
    candidate = writer.rewrite(fact.text, sources).strip()
    return replace(fact, text=candidate) if faithful(candidate, sources) else fact
