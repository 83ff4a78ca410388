"""Claims on which outlets disagree: the same thing reported with different figures or days.

We show each side with its sources rather than pick one. Two sentences contest a point when
they talk about the same thing (their words and names, figures aside, overlap) and give
the same kind of figure (a number of the same noun, or a day) with different values.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

import numpy as np

from . import lexicon
from .config import Config
from .facts import Matrix
from .model import Claim, Contested, Sentence, Support
from .segment import numbers_in, stem, words

_FIGURE = re.compile(
    r"(?<![\w.])((?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(?:%|percent|per cent))?"
    r"(?:\s+(?:million|billion|trillion|thousand))?)\s+((?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)",
    re.I,
)
_WORD_FIGURE = re.compile(r"\b(" + "|".join(sorted(lexicon.NUMBER_WORDS, key=len, reverse=True)) + r")\s+([A-Za-z-]+)", re.I)


def figures(s: Sentence) -> dict[tuple[str, str], str]:
    """(kind, value) -> surface text: numbers keyed by the noun they count, and weekdays."""
    found: dict[tuple[str, str], str] = {}
    for pattern in (_FIGURE, _WORD_FIGURE):
        for match in pattern.finditer(s.text):
            surface, following = match.group(1), match.group(2)
            noun = next((stem(w) for w in following.split() if w.lower() not in lexicon.STOPWORDS), "")
            values = numbers_in(surface)
            if noun and values and not re.fullmatch(r"(1[89]|20)\d\d", surface):
                found[(noun, next(iter(values)))] = surface
    for word in words(s.text):
        if word.lower() in lexicon.DATE_WORDS and word.lower() not in ("today", "tonight"):
            found[("@day", word.lower())] = word
    return found


def _clash(a: Sentence, b: Sentence) -> list[tuple[str, str, str]]:
    """(kind, value in a, value in b) for each kind of figure both give differently."""
    fa, fb = figures(a), figures(b)
    kinds_a: dict[str, set[str]] = defaultdict(set)
    kinds_b: dict[str, set[str]] = defaultdict(set)
    for kind, value in fa:
        kinds_a[kind].add(value)
    for kind, value in fb:
        kinds_b[kind].add(value)
    clashes = []
    for kind in kinds_a.keys() & kinds_b.keys():
        if kinds_a[kind] & kinds_b[kind]:
            continue
        va, vb = sorted(kinds_a[kind])[0], sorted(kinds_b[kind])[0]
        clashes.append((kind, fa[(kind, va)], fb[(kind, vb)]))
    return clashes


def _about(a: Sentence, b: Sentence) -> str:
    shared = a.content & b.content
    picked: list[str] = []
    for word in words(a.text):
        if stem(word) in shared and word.lower() not in (p.lower() for p in picked):
            picked.append(word)
        if len(picked) == 6:
            break
    return " ".join(picked)


def find_contested(
    sentences: Sequence[Sentence], sim: Matrix, independence: Sequence[str],
    support_of: Callable[[Sentence], Support], source_of: Callable[[int], int], config: Config,
) -> list[Contested]:
    threshold = config.grouping.contested_context
    items: dict[tuple[str, frozenset[str]], dict[str, list[Sentence]]] = {}
    abouts: dict[tuple[str, frozenset[str]], str] = {}
    n = len(sentences)
    for i in range(n):
        for j in np.nonzero(sim[i, i + 1 :] >= threshold)[0] + i + 1:
            a, b = sentences[i], sentences[int(j)]
            if independence[a.article] == independence[b.article] or a.negated != b.negated:
                continue
            if "opinion" in (a.kind, b.kind) or len(a.content & b.content) < 3:
                continue
            for kind, va, vb in _clash(a, b):
                key = (kind, frozenset(a.entities & b.entities))
                sides = items.setdefault(key, defaultdict(list))
                for value, s in ((va, a), (vb, b)):
                    if s not in sides[value]:
                        sides[value].append(s)
                abouts.setdefault(key, _about(a, b))
    out = []
    for key, sides in items.items():
        claims = []
        for value, members in sides.items():
            support = tuple(support_of(s) for s in members)
            sources = tuple(sorted({source_of(s.article) for s in members}))
            claims.append(Claim(value=value, text=members[0].text, sources=sources, support=support))
        if len({c.sources for c in claims}) > 1:
            out.append(Contested(about=abouts[key], claims=tuple(claims)))
    return out
