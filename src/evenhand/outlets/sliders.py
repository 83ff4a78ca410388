"""What the user's ratings do to a brief: narratives labelled by side, and the reader's sliders
(which outlets a brief draws on, and how long it is)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from ..config import Config
from ..errors import InputError
from ..model import COMMENTARY, PROVIDED_BY, Article, Brief, Narrative, Unargued, narrative_label
from .ratings import AXES, SIDE_NAMES, SIDES, OutletSettings, Ratings, outlet_settings, rating_of, side_of

# -- side-labelled narratives -------------------------------------------------------------------

def _mean(scores: dict[int, float]) -> float:
    return sum(scores.values()) / len(scores)


def _join(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def label_narratives(
    brief: Brief, ratings: Ratings | None, settings: OutletSettings = OutletSettings(),
    articles: Sequence[Article] = (),
) -> Brief:
    """The brief with its narratives labelled by side where their outlets stand apart on a rated axis.

    Two narratives are labelled ("Left narrative" / "Right narrative", "Pro-establishment
    narrative" / "Establishment-critical narrative") when each is its outlets' own argument (not
    ``reported``: a speaker's that they quote is not their side's), every outlet behind each is rated on
    the axis, each narrative's outlets all sit on one side, the sides differ and their mean scores
    are at least ``narrative_gap`` apart; the other narratives keep the label of what they argue, but for a
    column's Commentary, which says nothing of what it argues: where its outlets sit on one side of the
    brief's axis (the pair's, else the first its narratives' outlets are rated on), it is labelled by that
    side. Where a side's outlets cover the story but argue none of its narratives, ``brief.unargued``
    says so. ``articles`` (the brief's, by id) bring each source's own record of its rating
    (``rating_of``). Without ratings, or with no rated outlet, the brief is returned unchanged.
    """
    recorded = {a.id: a.rating for a in articles if a.rating is not None}
    if not (ratings or recorded) or not brief.narratives:
        return brief
    rated = {s.number: rating_of(ratings, s.outlet, s.url, recorded.get(s.article_id)) for s in brief.sources}

    def scores(numbers: Iterable[int], axis: str) -> dict[int, float]:
        return {n: score for n in numbers if (r := rated.get(n)) and (score := r.score(axis)) is not None}

    def one_side(narrative: Narrative, axis: str) -> str | None:
        if narrative.reported:
            return None  # a speaker's argument that its outlet reports is not that outlet's side's
        placed = scores(narrative.sources, axis)
        found = {side_of(v, axis, settings) for v in placed.values()}
        if len(placed) < len(narrative.sources) or len(found) != 1 or SIDES[axis][1] in found:
            return None
        return found.pop()

    best: tuple[float, str, int, int] | None = None
    narratives = brief.narratives
    for axis in AXES:
        for i, first in enumerate(narratives):
            for j in range(i + 1, len(narratives)):
                a, b = one_side(first, axis), one_side(narratives[j], axis)
                if a is None or b is None or a == b:
                    continue
                gap = abs(_mean(scores(first.sources, axis)) - _mean(scores(narratives[j].sources, axis)))
                if gap >= settings.narrative_gap and (best is None or gap > best[0]):
                    best = (gap, axis, i, j)
    def by_side(n: Narrative, axis: str) -> Narrative:
        side = one_side(n, axis)
        assert side is not None
        outlets = n.label.split(PROVIDED_BY, 1)[1] if PROVIDED_BY in n.label else _join(
            list(dict.fromkeys(s.outlet for s in brief.sources if s.number in n.sources))
        )
        # (a column's writer stays named: "Left narrative, argued by Ed Kilgore, as provided by ...")
        return replace(
            n, label=narrative_label(SIDE_NAMES[axis, side], outlets, n.speaker), axis=axis, side=side,
            scores=tuple(sorted(scores(n.sources, axis).items())),
        )

    labelled = list(narratives)
    if best is not None:
        _, axis, i, j = best
        labelled[i], labelled[j] = by_side(labelled[i], axis), by_side(labelled[j], axis)
    # A column's commentary says nothing of what it argues; where its outlets stand, rated on one side,
    # says more ("Commentary narrative, as provided by National Review" of 39 of the AllSides stream's 44
    # narratives, reading 51b).
    # (on one axis for the whole brief, the pair's where there is one: else a centre outlet on the left-right
    # axis would be labelled by its establishment score, beside another labelled left: review 51c)
    shared = best[1] if best else next((a for a in AXES if any(scores(n.sources, a) for n in narratives)), None)
    for k, n in enumerate(labelled):
        if shared and n.side is None and n.label.startswith(f"{COMMENTARY} narrative") and one_side(n, shared):
            labelled[k] = by_side(n, shared)
    return replace(brief, narratives=labelled, unargued=_unargued(brief, scores, one_side, settings))


def _unargued(
    brief: Brief, scores: Callable[[Iterable[int], str], dict[int, float]],
    one_side: Callable[[Narrative, str], str | None], settings: OutletSettings,
) -> list[Unargued]:
    """Sides of an axis that the narratives show to matter, whose outlets cover the story in news reports
    that argue none of them: a piece filed as argument argues, whether or not a narrative printed it
    (a column whose title is no thesis, reading 44b)."""
    out = []
    for axis in AXES:
        if not any(one_side(n, axis) for n in brief.narratives):
            continue
        argued = {
            side_of(v, axis, settings) for n in brief.narratives if not n.reported
            for v in scores(n.sources, axis).values()
        }
        covering: dict[str, list[int]] = {}
        for number, score in scores((s.number for s in brief.sources if not s.opinion), axis).items():
            covering.setdefault(side_of(score, axis, settings) or "", []).append(number)
        low, _, high = SIDES[axis]
        out += [Unargued(axis, side, tuple(covering[side])) for side in (low, high)
                if side in covering and side not in argued]
    return out


# -- the reader's sliders -----------------------------------------------------------------------

# A slider's words, as points on its axis; a number from -1 to 1 is taken as it is.
SLIDER_POINTS = {
    "lean": {"left": -1.0, "center": 0.0, "right": 1.0},
    "establishment": {"critical": -1.0, "neutral": 0.0, "pro": 1.0},
}
# How many facts a brief has (besides its lede) at each depth; depth 3 keeps the configured number.
DEPTH_FACTS = (2, 4, None, 12, 20)


@dataclass(frozen=True, slots=True)
class Sliders:
    """The reader's settings: which outlets a brief draws on (those rated within ``slider_width`` of
    ``lean`` and of ``establishment``; unset: every outlet) and how long it is (``depth`` 1-5)."""

    lean: str | None = None
    establishment: str | None = None
    depth: int | None = None

    @classmethod
    def parse(
        cls, lean: str | None = None, establishment: str | None = None, depth: str | int | None = None
    ) -> Sliders:
        """Sliders from words or numbers as a reader gives them; raises InputError naming the bad one."""
        for axis, value in (("lean", lean), ("establishment", establishment)):
            if value is not None and cls._point(axis, value) is None:
                words = ", ".join(SLIDER_POINTS[axis])
                raise InputError(f"--{axis} {value}", f"expected {words} or a number from -1 to 1")
        level: int | None = None
        if depth is not None and depth != "":
            try:
                level = int(depth)
            except ValueError:
                level = 0
            if not 1 <= level <= len(DEPTH_FACTS):
                raise InputError(f"--depth {depth}", f"expected a whole number from 1 to {len(DEPTH_FACTS)}")
        return cls(_slider_word(lean), _slider_word(establishment), level)

    @staticmethod
    def _point(axis: str, value: str) -> float | None:
        word = value.strip().casefold()
        if word in SLIDER_POINTS[axis]:
            return SLIDER_POINTS[axis][word]
        try:
            number = float(word)
        except ValueError:
            return None
        return number if -1.0 <= number <= 1.0 else None

    def point(self, axis: str) -> float | None:
        value = self.lean if axis == "lean" else self.establishment
        return None if value is None else self._point(axis, value)

    @property
    def filters(self) -> bool:
        return self.lean is not None or self.establishment is not None

    @property
    def is_default(self) -> bool:
        return not self.filters and self.depth is None

    def params(self) -> dict[str, str]:
        """The settings as query parameters, unset ones left out (also the cache key)."""
        out = {"lean": self.lean, "establishment": self.establishment, "depth": str(self.depth or "")}
        return {k: v for k, v in out.items() if v}

    def configure(self, config: Config) -> Config:
        """``config`` with the brief as long as the depth asks (a word budget, if set, still bounds it)."""
        facts = DEPTH_FACTS[self.depth - 1] if self.depth else None
        if facts is None:
            return config
        # A deeper brief may run longer than the share of its articles a default one keeps to (a tryout's
        # six-article story gave 5 facts at depth 4 and 5 alike).
        longer = max(facts / config.brief.max_facts, 1.0) if config.brief.max_facts else 1.0
        brief = replace(
            config.brief, max_facts=facts, budgeted_max_facts=min(facts, config.brief.budgeted_max_facts),
            article_share=config.brief.article_share * longer,
        )
        return replace(config, brief=brief)


def _slider_word(value: str | None) -> str | None:
    return value.strip().casefold() if value else None


def slider_subset(
    articles: Sequence[Article], ratings: Ratings | None, sliders: Sliders, settings: OutletSettings = OutletSettings()
) -> list[Article]:
    """The articles whose outlets the sliders keep: rated within ``slider_width`` of each set slider
    (``rating_of``: the article's own record first). An outlet not rated on a set slider's axis is
    left out (its leaning is never guessed)."""
    if not sliders.filters:
        return list(articles)
    kept = []
    for article in articles:
        rating = rating_of(ratings, article.outlet, article.url, article.rating)
        if rating is None:
            continue
        if all(
            (score := rating.score(axis)) is not None and abs(score - point) <= settings.slider_width + 1e-9
            for axis in AXES if (point := sliders.point(axis)) is not None
        ):
            kept.append(article)
    return kept


# -- the brief command's use of ratings and sliders ---------------------------------------------


# The step that labels a finished brief's narratives by side, given its articles.
Labeller = Callable[[Brief, Sequence[Article]], Brief]


def side_labeller(ratings: Ratings | None, config: Config) -> Labeller:
    """The step that labels a finished brief's narratives by side with the user's ratings and those its
    articles record (none: unchanged), as a stored story's brief is."""
    settings = outlet_settings(config)
    return lambda brief, articles: label_narratives(brief, ratings, settings, articles)


def lacks_ratings(sliders: Sliders, ratings: Ratings | None, articles: Sequence[Article]) -> bool:
    """Whether the filtering sliders have nothing to choose outlets by: no ratings table, and no
    article recording its outlet's rating."""
    return sliders.filters and not ratings and not any(a.rating for a in articles)


def slider_select(
    ratings: Ratings | None, sliders: Sliders, config: Config
) -> Callable[[list[Article], str], list[Article]]:
    """The articles a brief draws on under the sliders; none kept is an error naming the input."""
    settings = outlet_settings(config)

    def select(articles: list[Article], where: str) -> list[Article]:
        kept = slider_subset(articles, ratings, sliders, settings)
        if kept:
            return kept
        if lacks_ratings(sliders, ratings, articles):
            raise InputError(where, "--lean and --establishment choose outlets by their ratings, and no article "
                             "carries its outlet's rating: give --ratings FILE")
        raise InputError(where, "no article's outlet is rated where the sliders ask (leanings are never guessed)")

    return select
