"""The JSON shapes that the CLI and the web reader share, one builder per schema name.

``evenhand.stories/1`` (a list of stories: ``evenhand stories --json``, ``/stories.json``,
``/blindspots/{side}.json`` and the export's ``stories.json``), ``evenhand.story/1`` (one story
with its brief: ``evenhand stories ID --json``) and ``evenhand.outlets/1`` (``evenhand outlets
--json``, ``/outlets.json``) are built here and nowhere else. Keys may be added,
never renamed: a story carries the web reader's keys and the CLI's alike.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .model import moment_at
from .outlets import LEAN_KEYS, LEANINGS, Coverage, Ratings, coverage, lean_key
from .store import ArticleRow, Store, StoryCoverage, StoryRow

STORIES_SCHEMA = "evenhand.stories/1"
STORY_SCHEMA = "evenhand.story/1"
OUTLETS_SCHEMA = "evenhand.outlets/1"
# `evenhand clean --json`: one article's metadata and cleaned text a line; `evenhand export --json`:
# what the export wrote.
CLEAN_SCHEMA = "evenhand.clean/1"
EXPORT_SCHEMA = "evenhand.export/1"


def iso(ts: float | None) -> str | None:
    """The moment in ISO 8601, UTC; None where there is none or no date can hold it."""
    moment = moment_at(ts) if ts is not None else None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ") if moment is not None else None


def leaning_spread(ratings: Mapping[str, str | None]) -> dict[str, Any]:
    """The spread of outlets' ratings (one vote per outlet): counts, bar geometry and a text label."""
    counts = dict.fromkeys(LEAN_KEYS, 0)
    unrated = 0
    for rating in ratings.values():
        key = lean_key(rating)
        if key is None:
            unrated += 1
        else:
            counts[key] += 1
    rated = sum(counts.values())
    parts = []
    # Edges from cumulative counts, so the segments always tile the bar exactly.
    seen = 0
    for key, name in LEANINGS:
        left = round(100.0 * seen / rated, 2) if rated else 0.0
        seen += counts[key]
        right = round(100.0 * seen / rated, 2) if rated else 0.0
        parts.append(
            {"key": key, "name": name, "count": counts[key], "x": left, "width": round(right - left, 2)}
        )
    label = ", ".join(f"{p['name']} {p['count']}" for p in parts if p["count"])
    if unrated:
        label += f"{'; ' if label else ''}{unrated} not rated"
    return {
        "rated": rated,
        "unrated": unrated,
        "parts": parts,
        "label": label,
        "counts": {k: counts[k] for k, _ in LEANINGS},
    }


def story_sides(found: StoryCoverage, ratings: Ratings) -> Coverage:
    """Who covers the story from each side of each rated axis, with its blindspots (none without ratings)."""
    return coverage(found.members, ratings.registry, ratings or None)


def read_coverage(store: Store, story_ids: Sequence[str]) -> dict[str, tuple[StoryCoverage, Coverage]]:
    """Each story's coverage as the store gives it and by side of each rated axis (read in one go)."""
    ratings = store.rating_table()
    found = store.story_coverage(story_ids, ratings)
    result = {}
    for story_id in story_ids:
        covered = found.get(story_id, StoryCoverage({}, 0))
        result[story_id] = (covered, story_sides(covered, ratings))
    return result


def story_summary(row: StoryRow, found: StoryCoverage, sides: Coverage) -> dict[str, Any]:
    """A story as every list of stories gives it; ``found`` from ``Store.story_coverage``."""
    return {
        "id": row.id,
        "headline": row.headline or "(untitled story)",
        "lede": row.lede,
        "n_articles": row.article_count,
        "n_outlets": len(found.outlets),
        "independent": found.independent,
        "outlets": sorted(found.outlets),
        "leaning": leaning_spread(found.outlets),
        "sides": sides.to_dict(),
        "has_brief": row.has_brief,
        "updated": iso(row.brief_updated_at or row.updated_at),
        "first_published": iso(row.first_ts),
        "last_published": iso(row.last_ts),
        **({"undated": True} if row.undated else {}),
    }


def article_summary(row: ArticleRow) -> dict[str, Any]:
    """An article as lists of articles give it (no text)."""
    return {
        "id": row.id,
        "outlet": row.outlet,
        "title": row.title,
        "url": row.url,
        "published": row.published,
        "author": row.author,
        "independent_of": row.independent_of,
        "story_id": row.story_id,
    }


def member(article: ArticleRow) -> dict[str, Any]:
    """An article as a member of its story: with the score and reason it joined by."""
    return {
        "id": article.id,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published,
        "independent_of": article.independent_of,
        "join_score": article.join_score,
        "join_reason": article.join_reason,
    }


def listed_story(
    row: StoryRow, found: StoryCoverage, sides: Coverage, members: Sequence[ArticleRow]
) -> dict[str, Any]:
    """A story as ``evenhand.stories/1`` and ``evenhand.story/1`` give it: the summary, the keys the
    CLI has always given (kept, since keys are never renamed), and its articles as members."""
    return {
        **story_summary(row, found, sides),
        "undated": row.undated,
        "articles": row.article_count,
        "independent_sources": row.source_count,
        "updated_at": row.updated_at,
        "coverage": sides.to_dict(),
        "members": [member(a) for a in members],
    }


def stories_document(
    stories: Sequence[Mapping[str, Any]], *, page: int, more: bool, total: int, offset: int,
    blindspot: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """``evenhand.stories/1``: a page of stories (each from ``listed_story``), where it stands in the
    whole list, and on a blindspot list the side it filters on."""
    return {
        "schema": STORIES_SCHEMA,
        "page": page,
        "more": more,
        "total": total,
        "offset": offset,
        **({"blindspot": dict(blindspot)} if blindspot is not None else {}),
        "stories": list(stories),
    }


def story_document(story: Mapping[str, Any], brief: Any) -> dict[str, Any]:
    """``evenhand.story/1``: one story (from ``listed_story``) and its brief (``evenhand.brief/1``, or None)."""
    return {"schema": STORY_SCHEMA, **story, "brief": brief}


def outlets_document(outlets: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """``evenhand.outlets/1``: one entry per publication (``OutletEntry.to_dict``)."""
    return {"schema": OUTLETS_SCHEMA, "outlets": list(outlets)}
