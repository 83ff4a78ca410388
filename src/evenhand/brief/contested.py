"""Claims on which outlets disagree: the same thing reported with different figures, days or
vote tallies.

We show each side with its sources rather than pick one. Two sentences contest a point when
they talk about the same thing (their words and names, figures aside, overlap) and give
the same kind of figure (a number of the same noun, or a day) with different values that
cannot both be true. Precision first: a bound ("at least five"), an estimate, a forecast, a
range's end, a count of others or of what another sentence names is never contested, and two
reports of one figure that can both be true are printed once and not contested.
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
from .figures import BOUNDS, SPANS, Figure, figures
from .group import Matrix

# A total and a part of it, or two different things, differ more than this; two reports of one figure rarely do.
_MAX_RATIO = 2.0
_RELATIVE = re.compile(r"\b(?:last|this|next|previous|past) (?:year|month|week|quarter|decade)\b")
# Two tallies of one vote count its votes alike to within this share: the House's and the Senate's
# tallies, or a committee's and the floor's, count different voters.
_TALLY_VOTERS = 0.05
# A count scoped to a place at the sentence's opening: "In Chicago, 100 people were struck".
_PLACE_SCOPE = re.compile(r"(?:In|At|Across) ((?:[A-Z][a-z]+\s?){1,3}),")


def _same_thing(x: Figure, y: Figure) -> bool:
    """Two counts of one thing: the noun of one among the words that follow the other ("40 workers",
    "47 dock workers"), the same severity ("minor" injuries are not "critical" ones), and for a span
    of time or distance ("3 days before", "5 days after") the same word after it; for two weekdays,
    the same deed dated."""
    if x.kind == "day":
        # "Trump suggested Wednesday" and "Trump on Friday said": two days of one man, not of one deed.
        return bool(x.deed & y.deed)
    if not (x.noun and (x.noun in y.context or y.noun in x.context)) or x.severity != y.severity:
        return False
    if x.holder and y.holder and not x.holder & y.holder:
        return False
    return x.noun not in SPANS or x.after == y.after


def _same_time(a: Sentence, b: Sentence) -> bool:
    """Figures of different years ("last year", "by 2017") are not one figure, nor is a figure dated
    to a year against one that is not (the dated one may be background: "In 2012 ... he faced")."""
    years_a, years_b = ({d for d in s.dates if d.isdigit()} for s in (a, b))
    relative_a, relative_b = (set(_RELATIVE.findall(s.text.lower())) for s in (a, b))
    return years_a == years_b and (relative_a == relative_b or not (relative_a and relative_b))


def _scoped_elsewhere(text: str, other: str) -> bool:
    """Whether a sentence counts in one place the other does not name ("In Chicago, 100 people were
    struck" against a national toll): a part, not another count of the whole."""
    scope = _PLACE_SCOPE.match(text)
    return scope is not None and scope.group(1).strip() not in other


def _alike(x: Figure, y: Figure) -> bool:
    """Two values that could be one figure reported differently: days, or numbers within a factor
    of two, neither of them a forecast."""
    if x.kind == "day":
        return True
    if x.kind == "tally":
        # One side's count agrees ("220-190", "222-190"): where both differ ("94-1", "92-6") the
        # two are likelier two roll calls on one bill than one counted twice.
        counts = [[int(n) for n in f.value.split("-")] for f in (x, y)]
        voters = [sum(c) for c in counts]
        agree = counts[0][0] == counts[1][0] or counts[0][1] == counts[1][1]
        return agree and abs(voters[0] - voters[1]) <= _TALLY_VOTERS * max(voters)
    low, high = sorted((float(x.value), float(y.value)))
    return low > 0 and high / low <= _MAX_RATIO and not (x.forecast or y.forecast)


def _consistent(x: Figure, y: Figure) -> bool:
    """Two values that can both be true: neighbouring days, one "late" or "early" in its day ("late
    Tuesday" is "early Wednesday" in another time zone); a bound or an estimate against another
    figure, unless both are upper bounds in the same words; counts of what another sentence names
    ("in that unrest", "in those protests": which days, which places, it does not say)."""
    if x.kind == "day":
        gap = abs(lexicon.WEEK.index(x.value) - lexicon.WEEK.index(y.value))
        return gap in (1, 6) and bool(x.part or y.part)
    if x.kind == "tally":
        return False  # a tally is counted, never estimated
    return x.bound != y.bound or bool(x.bound and x.bound not in BOUNDS[0]) or x.pointed or y.pointed


def _sums(figs: Sequence[Figure]) -> set[float]:
    """What two of a sentence's counts add up to ("2.5 million to Mexico and 1.5 million to Canada")."""
    numbers = [float(f.value) for f in figs if f.kind == "number"]
    return {round(a + b, 6) for k, a in enumerate(numbers) for b in numbers[k + 1 :]}


def _matched(x: Figure, y: Figure, fa: Sequence[Figure], fb: Sequence[Figure], sums_a: set[float],
             sums_b: set[float]) -> bool:
    """Whether each count has its match in the other sentence: the other gives the same value of the
    same noun elsewhere ("three legal clients and seven consulting clients" against "seven clients"),
    or two of its counts add up to it."""
    if any(f.value == y.value and f.noun == x.noun for f in fa if f is not x):
        return True
    if any(f.value == x.value and f.noun == y.noun for f in fb if f is not y):
        return True
    # A sentence that gives the other's figure of the same thing as well gives its own of something
    # else ("1,626,042 valid signatures ..., which exceeds the 1,495,709 signatures required").
    if any(f.value == x.value and x.noun in f.context for f in fb if f is not y):
        return True
    if any(f.value == y.value and y.noun in f.context for f in fa if f is not x):
        return True
    return float(x.value) in sums_b or float(y.value) in sums_a


def _clash(fa: Sequence[Figure], fb: Sequence[Figure]) -> list[tuple[Figure, Figure, bool]]:
    """Pairs of figures of one thing that differ in value, unless both sentences give both values
    (they report the disagreement alike) or each count has its match in the other; each with whether
    the values dispute each other or can both be true ("at least five" and "three")."""
    values_a, values_b = {f.value for f in fa}, {f.value for f in fb}
    sums_a, sums_b = _sums(fa), _sums(fb)
    clashes = []
    for x in fa:
        for y in fb:
            needed = 2 if x.kind == "day" else 1
            if x.kind != y.kind or x.value == y.value or len(x.context & y.context) < needed:
                continue
            if not _same_thing(x, y) or not _alike(x, y):
                continue
            both = {x.value, y.value}
            if both <= values_a and both <= values_b:
                continue
            if x.kind == "number" and _matched(x, y, fa, fb, sums_a, sums_b):
                continue
            clashes.append((x, y, not _consistent(x, y)))
    return sorted(clashes, key=lambda clash: not clash[2])


@dataclass(frozen=True, slots=True)
class Dispute:
    """Sentences of different outlets giving one figure different values: value -> sentences.
    ``real`` where the values cannot both be true; otherwise the sentences are two reports of one
    figure ("late Tuesday", "early Wednesday"), which a brief prints once and does not contest."""

    about: str
    sides: dict[str, list[Sentence]]
    real: bool = True

    def sentences(self) -> list[Sentence]:
        return [s for members in self.sides.values() for s in members]


def find_disputes(
    sentences: Sequence[Sentence], sim: Matrix, independence: Sequence[str], config: Config
) -> list[Dispute]:
    items: dict[frozenset[str], dict[str, list[Sentence]]] = {}
    abouts: dict[frozenset[str], str] = {}
    real: set[frozenset[str]] = set()
    figs = [figures(s) for s in sentences]
    for i, j in _compared_pairs(sentences, sim, independence, config):
        a, b = sentences[i], sentences[j]
        if "opinion" in (a.kind, b.kind) or len(a.content & b.content) < 3:
            continue
        if not _same_time(a, b) or _scoped_elsewhere(a.text, b.text) or _scoped_elsewhere(b.text, a.text):
            continue
        clashes = _clash(figs[i], figs[j])
        if a.negated != b.negated:
            # "not until Monday" against "on Friday" is a dispute about the day; a negated
            # figure is not ("not 40 but ..."), so only days survive a difference in negation.
            clashes = [clash for clash in clashes if clash[0].kind == "day"]
        for x, y, disputed in clashes[:1]:
            key = frozenset({x.value, y.value})
            sides = items.setdefault(key, defaultdict(list))
            for figure, s in ((x, a), (y, b)):
                if not any(s.overlaps(t) for t in sides[figure.value]):
                    sides[figure.value].append(s)
            abouts.setdefault(key, x.label)
            if disputed:
                real.add(key)
    for key in real:
        _join_sayers(items[key], sentences, figs, sim, config)
    disputes = []
    for key, sides in items.items():
        outlets = {frozenset(independence[s.article] for s in members) for members in sides.values()}
        if len(outlets) > 1:
            disputes.append(Dispute(abouts[key], dict(sides), key in real))
    return disputes


def _join_sayers(
    sides: dict[str, list[Sentence]], sentences: Sequence[Sentence], figs: Sequence[Sequence[Figure]], sim: Matrix,
    config: Config,
) -> None:
    """Each outlet that states one side's figure of a dispute, as one of its members: the pairs that
    clash name only the outlets most alike across the sides (the example's reopening day was
    "Friday (6); Monday (5)" where four outlets more said Friday)."""
    index = {id(s): k for k, s in enumerate(sentences)}
    taken = {s.article for members in sides.values() for s in members}
    for value, members in sides.items():
        at = [index[id(m)] for m in members]
        told = [f for j in at for f in figs[j] if f.value == value]
        for k, s in enumerate(sentences):
            if s.article in taken or s.kind == "opinion":
                continue
            if any(_same_figure(f, g) for f in figs[k] for g in told) and any(
                sim[k, j] >= config.grouping.contested_context and _same_time(s, sentences[j]) for j in at
            ):
                members.append(s)
                taken.add(s.article)


def _same_figure(f: Figure, g: Figure) -> bool:
    """Whether two figures of one value tell the same thing: a day that dates the same deed, a count
    of the same thing."""
    if f.kind != g.kind or f.value != g.value or f.forecast != g.forecast:
        return False
    return bool(f.deed & g.deed) if f.kind == "day" else bool(f.noun) and f.noun == g.noun


def _compared_pairs(
    sentences: Sequence[Sentence], sim: Matrix, independence: Sequence[str], config: Config
) -> list[tuple[int, int]]:
    """The pairs of sentences of independent outlets alike enough to dispute a figure, in text order:
    the ``max_dispute_pairs`` most alike where there are more (a hundred outlets retelling one
    event make millions of pairs)."""
    outlets = np.unique(np.asarray(independence), return_inverse=True)[1]
    article = outlets[[s.article for s in sentences]] if sentences else np.zeros(0, dtype=int)
    close = np.triu(sim >= config.grouping.contested_context, 1) & (article[:, None] != article[None, :])
    first, second = np.nonzero(close)
    limit = config.limits.max_dispute_pairs
    if len(first) > limit:
        kept = np.sort(np.argpartition(-sim[first, second], limit)[:limit])
        first, second = first[kept], second[kept]
    return list(zip(first.tolist(), second.tolist(), strict=True))


def to_contested(
    disputes: Sequence[Dispute], support_of: Callable[[Sentence], Support], source_of: Callable[[int], int],
    config: Config,
) -> list[Contested]:
    """The real disputes as the brief shows them, citing sources by their numbers: one point for
    each thing disputed (the disputes of one label that share a sentence are one), at most
    ``max_contested`` of them, those that most outlets take part in, each with the
    ``contested_claims`` figures that most outlets give."""
    points = _merged([d for d in disputes if d.real])
    reach = [len({s.article for s in d.sentences()}) for d in points]
    shown = sorted(sorted(range(len(points)), key=lambda k: -reach[k])[: config.brief.max_contested])
    out = []
    for dispute in (points[k] for k in shown):
        claims = []
        for value, members in dispute.sides.items():
            # a side told as an outlet opens on it, in the fewest words
            told = min(members, key=lambda s: (s.position, len(s.text)))
            support = tuple(support_of(s) for s in [told, *(m for m in members if m is not told)])
            sources = tuple(sorted({source_of(s.article) for s in members}))
            surface = next(f.surface for f in figures(told) if f.value == value)
            claims.append(Claim(value=surface, text=told.text, sources=sources, support=support))
        backed = sorted(range(len(claims)), key=lambda k: -len(claims[k].sources))
        kept = sorted(backed[: config.brief.contested_claims])
        out.append(Contested(about=dispute.about, claims=tuple(claims[k] for k in kept)))
    return out


def _merged(disputes: Sequence[Dispute]) -> list[Dispute]:
    """Disputes of one label that share a sentence, as one: "how many workers: 38; 40; 51", not a
    point for each pair of those figures."""
    merged: list[tuple[Dispute, set[int]]] = []  # each point and the ids of its sentences
    for dispute in disputes:
        mine = {id(s) for s in dispute.sentences()}
        into = next(((m, ids) for m, ids in merged if m.about == dispute.about and mine & ids), None)
        if into is None:
            sides = {v: list(ss) for v, ss in dispute.sides.items()}
            merged.append((Dispute(dispute.about, sides, dispute.real), mine))
            continue
        point, ids = into
        for value, members in dispute.sides.items():
            side = point.sides.setdefault(value, [])
            added = [s for s in members if not any(s.overlaps(t) for t in side)]
            side.extend(added)
            ids.update(id(s) for s in added)
    return [point for point, _ in merged]
