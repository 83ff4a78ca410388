"""Claims on which outlets disagree: the same thing reported with different figures or days.

We show each side with its sources rather than pick one. Two sentences contest a point when
they talk about the same thing (their words and names, figures aside, overlap) and give
the same kind of figure (a number of the same noun, or a day) with different values.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from .. import lexicon
from ..config import Config
from ..model import Claim, Contested, Sentence, Support
from .group import Matrix
from .segment import last_names, numbers_in, stem, words

_MAX_RATIO = 3.0
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "percent", "per", "cent", "of", "more", "than"})
_SPANS = frozenset(
    stem(w) for w in "days weeks months years hours minutes miles kilometres kilometers km metres meters feet".split()
)
_ORDINALS = frozenset("second third fourth fifth".split())
_AGE = re.compile(r"\S+[ -](?:year|month|week)s?[ -]old\b")
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_CLOCK = re.compile(r"(?:[ap] m|[ap]m|o'?clock)\b", re.I)
# What someone predicted, against which a reported figure is the outcome, not a rival count ("is
# expected to cost" and "will cost" are both estimates, and may dispute each other).
_FORECAST = re.compile(
    r"\b(?:(?:had|had been|were|was) expected|forecasts?|forecast(?:ers|ing)|economists|projected|projections?|"
    r"predicted|predictions?|consensus|(?:had been|were|was) looking for)\b",
    re.I,
)
_HOLDER_WORDS = 6
_SPEECH_WORDS = frozenset(lexicon.SPEECH_VERBS) | {"according", "reported", "reports", "estimated", "estimates"}
_RELATIVE = re.compile(r"\b(?:last|this|next|previous|past) (?:year|month|week|quarter|decade)\b")


@dataclass(frozen=True, slots=True)
class Figure:
    """A number or a weekday in a sentence, with the content words around it (what it counts):
    ``noun`` is the first of them, the thing counted ("47 dock workers": dock)."""

    kind: str
    value: str
    surface: str
    context: frozenset[str]
    label: str
    noun: str = ""
    after: str = ""
    severity: frozenset[str] = frozenset()
    holder: frozenset[str] = frozenset()


def _value(token: str) -> str | None:
    if re.fullmatch(r"(1[89]|20)\d\d", token):
        return None
    if token[0].isdigit():
        values = numbers_in(token)
        return next(iter(values)) if len(values) == 1 else None
    number = lexicon.number_word(token)
    return f"{number:.6g}" if number is not None and number >= 2 else None


def _content(tokens: Sequence[str]) -> frozenset[str]:
    return frozenset(
        stem(w) for w in tokens
        if w.lower() not in lexicon.STOPWORDS and not w[0].isdigit() and lexicon.number_word(w) is None
    )


def _counted(following: Sequence[str]) -> frozenset[str]:
    """What a number counts: the first two content words after it ("47 dock workers")."""
    return frozenset(list(_content(following[:1])) + list(_content(following[1:2])))


def _noun(following: Sequence[str]) -> tuple[str, str]:
    """The first content word after a number (its unit or noun) and the word after that."""
    for i, word in enumerate(following):
        if word.lower() in _SCALE_WORDS:
            continue
        if _content([word]):
            return stem(word), (following[i + 1].lower() if i + 1 < len(following) else "")
    return "", ""


def _past_total(following: Sequence[str]) -> Sequence[str]:
    """The words after a count, past the total it is part of ("156 of the 338 seats": seats)."""
    for lead in (["of", "the"], ["out", "of"]):
        n = len(lead)
        if [w.lower() for w in following[:n]] == lead and len(following) > n and _value(following[n]) is not None:
            return following[n + 1 :]
    return following


def figures(s: Sentence) -> list[Figure]:
    tokens = words(s.text)
    found = []
    for i, token in enumerate(tokens):
        lowered = token.lower()
        if lowered in lexicon.WEEKDAYS:
            kind, value = "day", lowered
        else:
            number = _value(token.rstrip(".,"))
            if number is None or (i and tokens[i - 1].lower().rstrip(".") in _MONTHS):
                continue  # "April 14" is a date, not a count
            if lowered in _ORDINALS or _AGE.match(" ".join(tokens[i : i + 3]).lower()):
                continue  # a rank ("second") or an age ("15-year-old") counts nothing
            if _CLOCK.match(" ".join(tokens[i + 1 : i + 3])):
                continue  # "7 p.m." is a time of day, not a count
            if " ".join(tokens[max(i - 2, 0) : i]).lower() in ("of the", "out of"):
                continue  # "156 of the 338 seats": a total, not the count reported
            kind, value = "number", number
        noun, after = "", ""
        if kind == "number":
            following = _past_total(tokens[i + 1 :])
            context = _counted(following[:3])
            noun, after = _noun(following[:4])
            shown = next((w for w in following[:2] if stem(w) in context), "")
            label = f"how many {shown}" if shown else "the figure"
        else:
            context = _content(tokens[max(i - 5, 0) : i])
            before = [w for w in tokens[max(i - 5, 0) : i] if w.lower() not in ("on", "until", "by", "from")]
            label = "which day: " + " ".join(before[-4:]) if before else "which day"
        severity = frozenset(stem(w) for w in tokens[max(i - 1, 0) : i + 5] if w.lower() in lexicon.SEVERITY)
        found.append(Figure(kind, value, token.rstrip(".,"), context, label, noun, after, severity, _holder(tokens, i)))
    return found


def _holder(tokens: Sequence[str], i: int) -> frozenset[str]:
    """Whose figure it is: the names just before it in its clause, after any "said" ("Love faces
    99 years" and "McKinnon faced 60 years" are two people's terms; in "Reyes said 47 were
    hurt" Reyes gives the figure, not holds it)."""
    start = max(i - _HOLDER_WORDS, 0)
    for k in range(i - 1, start - 1, -1):
        if tokens[k].lower() in _SPEECH_WORDS or tokens[k].endswith((",", ";", ":")):
            start = k + 1
            break
    return last_names(" ".join(tokens[start:i]))


def _same_thing(x: Figure, y: Figure) -> bool:
    """Two counts of one thing: the noun of one among the words that follow the other ("40 workers",
    "47 dock workers"), the same severity ("minor" injuries are not "critical" ones), and for a span
    of time or distance ("3 days before", "5 days after") the same word after it."""
    if x.kind == "day":
        return True
    if not (x.noun and (x.noun in y.context or y.noun in x.context)) or x.severity != y.severity:
        return False
    if x.holder and y.holder and not x.holder & y.holder:
        return False
    return x.noun not in _SPANS or x.after == y.after


def _same_time(a: Sentence, b: Sentence) -> bool:
    """Figures of different years ("last year", "by 2017") are not one figure."""
    years_a = {d for d in a.dates if d.isdigit()} | set(_RELATIVE.findall(a.text.lower()))
    years_b = {d for d in b.dates if d.isdigit()} | set(_RELATIVE.findall(b.text.lower()))
    return years_a == years_b or not (years_a and years_b)


def _comparable(x: Figure, y: Figure) -> bool:
    """Days always; numbers within a factor of three (a total and a part of it are not a dispute)."""
    if x.kind == "day":
        return True
    low, high = sorted((float(x.value.rstrip("%")), float(y.value.rstrip("%"))))
    return low > 0 and high / low <= _MAX_RATIO


def _clash(fa: Sequence[Figure], fb: Sequence[Figure]) -> list[tuple[Figure, Figure]]:
    """Pairs of figures of one kind and context that differ in value, unless both sentences
    give both values (then they report the disagreement alike)."""
    values_a, values_b = {f.value for f in fa}, {f.value for f in fb}
    clashes = []
    for x in fa:
        for y in fb:
            needed = 1 if x.kind == "number" else 2
            if x.kind != y.kind or x.value == y.value or len(x.context & y.context) < needed:
                continue
            if not _same_thing(x, y):
                continue
            both = {x.value, y.value}
            if (both <= values_a and both <= values_b) or not _comparable(x, y):
                continue
            clashes.append((x, y))
    return clashes


@dataclass(frozen=True, slots=True)
class Dispute:
    """Sentences of different outlets giving one figure different values: value -> sentences."""

    about: str
    sides: dict[str, list[Sentence]]

    def sentences(self) -> list[Sentence]:
        return [s for members in self.sides.values() for s in members]


def find_disputes(
    sentences: Sequence[Sentence], sim: Matrix, independence: Sequence[str], config: Config
) -> list[Dispute]:
    threshold = config.grouping.contested_context
    items: dict[frozenset[str], dict[str, list[Sentence]]] = {}
    abouts: dict[frozenset[str], str] = {}
    figs = [figures(s) for s in sentences]
    forecast = [bool(_FORECAST.search(s.text)) for s in sentences]
    for i in range(len(sentences)):
        for j in np.nonzero(sim[i, i + 1 :] >= threshold)[0] + i + 1:
            a, b = sentences[i], sentences[int(j)]
            if independence[a.article] == independence[b.article]:
                continue
            if "opinion" in (a.kind, b.kind) or len(a.content & b.content) < 3:
                continue
            if not _same_time(a, b) or forecast[i] != forecast[int(j)]:
                continue  # another year's figure, or a forecast against the figure reported
            clashes = _clash(figs[i], figs[int(j)])
            if a.negated != b.negated:
                # "not until Monday" against "on Friday" is a dispute about the day; a negated
                # figure is not ("not 40 but ..."), so only days survive a difference in negation.
                clashes = [(x, y) for x, y in clashes if x.kind == "day"]
            for x, y in clashes[:1]:
                key = frozenset({x.value, y.value})
                sides = items.setdefault(key, defaultdict(list))
                for figure, s in ((x, a), (y, b)):
                    if not any(s.overlaps(t) for t in sides[figure.value]):
                        sides[figure.value].append(s)
                abouts.setdefault(key, x.label)
    disputes = []
    for key, sides in items.items():
        outlets = {frozenset(independence[s.article] for s in members) for members in sides.values()}
        if len(outlets) > 1:
            disputes.append(Dispute(abouts[key], dict(sides)))
    return disputes


def to_contested(
    disputes: Sequence[Dispute], support_of: Callable[[Sentence], Support], source_of: Callable[[int], int]
) -> list[Contested]:
    """The disputes as the brief shows them, citing sources by their numbers."""
    out = []
    for dispute in disputes:
        claims = []
        for value, members in dispute.sides.items():
            support = tuple(support_of(s) for s in members)
            sources = tuple(sorted({source_of(s.article) for s in members}))
            surface = next(f.surface for f in figures(members[0]) if f.value == value)
            claims.append(Claim(value=surface, text=members[0].text, sources=sources, support=support))
        out.append(Contested(about=dispute.about, claims=tuple(claims)))
    return out
