"""How well imported ratings meet a stream's outlets, shared by tests/test_outlets.py and
bench/outlets_match.py.

The AllSides stream (../shared/data/allsides_stream_dev.jsonl) gives each article its outlet's
AllSides stance at crawl time (2021). Imported with the AllSides ratings file (2023), we measure
the share of articles whose outlet meets a rating, and whether each story's coverage by side
(outlets per side of the left-right axis) agrees with the sides its articles' stance fields give.
Ratings that changed between the crawl and the ratings file disagree by design; the same check
with ratings written from the stance fields themselves must agree on every story, and so must the
check with each article read as ingest reads it, which records its stance field as the article's own
rating (``Article.rating``) and counts it over the outlet's imported one.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from conftest import SHARED
from evenhand.config import load_config
from evenhand.errors import InputError
from evenhand.ingest.extract import article_from_record
from evenhand.outlets import (
    ALLSIDES_LEAN,
    Covering,
    Rating,
    Ratings,
    coverage,
    load_registry,
    outlet_key,
    rating_of,
    read_ratings,
    side_of,
    url_domain,
)

STREAM = SHARED / "data" / "allsides_stream_dev.jsonl"
RATINGS = SHARED / "data" / "allsides_ratings_2023-11-15.csv"


@dataclass(frozen=True, slots=True)
class MatchReport:
    articles: int
    matched: int
    unmatched: dict[str, int]
    stories: int
    agreeing: int
    disagreeing: dict[str, list[str]]  # story id -> what differs
    drifted: dict[str, str]  # outlet -> "stance X, rated Y": its rating's side is not its stance's
    unexplained: list[str]  # stories whose disagreement is not down to a drifted or unrated outlet

    @property
    def share(self) -> float:
        return self.matched / self.articles

    @property
    def agreement(self) -> float:
        return self.agreeing / self.stories


def load_stream(path: Path = STREAM) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def stance_side(stance: str) -> str | None:
    return side_of(ALLSIDES_LEAN.get(stance.casefold()), "lean")


def recorded_ratings(stream: list[dict[str, str]]) -> dict[str, str | None]:
    """Each article's own recorded rating (by doc_id), as `evenhand ingest` reads its record."""
    config = load_config()
    out: dict[str, str | None] = {}
    for number, record in enumerate(stream, 1):
        try:
            out[record["doc_id"]] = article_from_record(record, origin=f"stream line {number}", config=config).rating
        except InputError:
            out[record["doc_id"]] = None
    return out


def evaluate(stream: list[dict[str, str]], ratings: Ratings, *, recorded: bool = False) -> MatchReport:
    """Match share over articles, and per story the outlets on each side against the stance fields'.

    With ``recorded``, each article also carries the rating its record gives, as ingest stores it."""
    registry = ratings.registry
    own = recorded_ratings(stream) if recorded else {}
    unmatched: dict[str, int] = defaultdict(int)
    matched = 0
    stories: dict[str, list[dict[str, str]]] = defaultdict(list)
    for article in stream:
        if ratings.find(article["source"], article["url"]):
            matched += 1
        else:
            unmatched[article["source"]] += 1
        stories[article["story_id"]].append(article)
    drifted: dict[str, str] = {}
    for article in stream:
        r = rating_of(ratings, article["source"], article["url"], own.get(article["doc_id"]))
        rated = side_of(r.lean, "lean") if r else None
        if rated != (stance := stance_side(article["stance"])):
            drifted[registry.display_name(article["source"], article["url"])] = f"stance {stance}, rated {rated}"
    disagreeing: dict[str, list[str]] = {}
    unexplained: list[str] = []
    for story_id, articles in stories.items():
        members = [Covering(a["source"], a["url"], rating=own.get(a["doc_id"])) for a in articles]
        got = coverage(members, registry, ratings)
        lean = got.sides.get("lean", {})
        ours = {side: set(c.outlets) for side, c in lean.items() if c.outlets}
        theirs: dict[str, set[str]] = defaultdict(set)
        for a in articles:
            if side := stance_side(a["stance"]):
                theirs[side].add(registry.display_name(a["source"], a["url"]))
        if ours != dict(theirs):
            differing = {o for side in ("left", "center", "right") for o in ours.get(side, set()) ^ theirs[side]}
            if not differing <= set(drifted):
                unexplained.append(story_id)
            disagreeing[story_id] = [
                f"{side}: ours {sorted(ours.get(side, ()))} stance {sorted(theirs.get(side, ()))}"
                for side in ("left", "center", "right")
                if ours.get(side, set()) != theirs.get(side, set())
            ]
    return MatchReport(
        len(stream), matched, dict(unmatched), len(stories), len(stories) - len(disagreeing), disagreeing,
        drifted, unexplained,
    )


def stance_ratings(stream: list[dict[str, str]], path: Path) -> Ratings:
    """Ratings written as a plain CSV from the stream's own stance fields, imported like a user's."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["outlet", "lean"])
        for source, stance in sorted({(a["source"], a["stance"]) for a in stream}):
            writer.writerow([source, ALLSIDES_LEAN.get(stance, "")])
    rows, _ = read_ratings(str(path))
    return Ratings(rows, load_registry())


def allsides_ratings() -> Ratings:
    rows, problems = read_ratings(str(RATINGS))
    assert not problems, problems[:3]
    return Ratings(rows, load_registry())


def baseline_matcher(rows: list[Rating]) -> Callable[[str, str | None], Rating | None]:
    """The matching evenhand had before outlets.py: the name without its qualifier (the last row of
    that name kept), else the shortest-named row whose link has the URL's host."""
    by_key = {outlet_key(r.name): r for r in rows}
    by_domain: dict[str | None, Rating] = {}
    for r in sorted(rows, key=lambda r: len(r.name), reverse=True):
        if r.link:
            by_domain[url_domain(r.link if "://" in r.link else f"http://{r.link}")] = r
    return lambda name, url: by_key.get(outlet_key(name)) or by_domain.get(url_domain(url))


def side_agreement(stream: list[dict[str, str]], find: Callable[[str, str | None], Rating | None]) -> float:
    """Share of articles whose matched rating puts their outlet on the side their stance field gives."""
    return sum(
        side_of(r.lean, "lean") == stance_side(a["stance"]) if (r := find(a["source"], a["url"])) else False
        for a in stream
    ) / len(stream)
