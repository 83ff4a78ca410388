"""Plain, JSON-ready view data read from the store: what pages, JSON and the feed are built from."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from markupsafe import Markup, escape

from ..brief.render import ALL_OPINION, no_facts_notice, opinion_only
from ..config import Config
from ..embed import Embedder, Matrix
from ..model import Article
from ..outlets import (
    AXES,
    SIDE_NAMES,
    SIDES,
    SLIDER_POINTS,
    Coverage,
    OutletEntry,
    Ratings,
    Sliders,
    find_entry,
    outlet_entries,
    side_word,
    slider_subset,
)
from ..serialize import (
    article_summary,
    listed_story,
    stories_document,
    story_sides,
    story_summary,
)
from ..store import ArticleRow, Store, StoryCoverage, StoryRow
from .citations import Span, context_around, locate
from .links import Links, safe_url

PAGE_SIZE = 30
SEARCH_LIMIT = 40
OUTLET_ARTICLES = 200
FEED_ENTRIES = 50
RATINGS_TTL = 60.0
BLINDSPOT_STORIES = 100
SLIDER_GROUPS = {"lean": "Leaning", "establishment": "Establishment", "depth": "Depth"}
SLIDER_STORIES = 64  # stories whose sentence vectors a reader keeps for their next slider setting


def _support_items(brief: Mapping[str, Any]) -> Iterable[Mapping[str, Any]]:
    """Every support span a brief cites in its sources' texts, wherever it appears."""
    yield from _in_text(brief.get("lede_support"))
    for key in ("facts", "narratives"):
        for item in _as_list(brief.get(key)):
            yield from _in_text(item.get("support"))
    for point in _as_list(brief.get("contested")):
        for claim in _as_list(point.get("claims")):
            yield from _in_text(claim.get("support"))


def _in_text(support: Any) -> list[Mapping[str, Any]]:
    """The spans of a support list that point into an article's text: a column's title (``part``
    "title"), its thesis, is the article's heading, linked to as the article."""
    return [sup for sup in _as_list(support) if sup.get("part", "text") == "text"]


def _as_list(value: Any) -> list[Any]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def ratings_epoch() -> int:
    """Changes every RATINGS_TTL seconds: cached ratings (and pages showing them) expire with it."""
    return int(time.monotonic() // RATINGS_TTL)


class RememberingEmbedder:
    """An embedder that keeps the vector of every sentence it has embedded (``known``, by text), so
    that a story's next slider setting embeds only the sentences it has not met yet.

    A vector depends on its sentence's text alone, never on the batch it is embedded in
    (tests/test_web_sliders.py checks it), so a brief written with it is the one written without."""

    def __init__(self, embedder: Embedder, known: dict[str, Matrix]) -> None:
        self.embedder = embedder
        self.known = known

    def embed(self, texts: Sequence[str]) -> Matrix:
        missing = list(dict.fromkeys(t for t in texts if t not in self.known))
        if missing:
            self.known.update(zip(missing, self.embedder.embed(missing), strict=True))
        if not texts:
            return self.embedder.embed(texts)
        return np.stack([self.known[t] for t in texts])


class StoryVectors:
    """The sentence vectors of the ``size`` stories whose slider briefs were asked for last, each
    until its articles change: what a slider setting does not change, so that a story's next
    setting embeds nothing it has met. Shared by a server's readers (one per thread)."""

    def __init__(self, size: int = SLIDER_STORIES) -> None:
        self.size = size
        self._stories: OrderedDict[tuple[str, float], dict[str, Matrix]] = OrderedDict()
        self._lock = threading.Lock()

    def of(self, story_id: str, updated_at: float) -> dict[str, Matrix]:
        with self._lock:
            known = self._stories.pop((story_id, updated_at), None)
            if known is None:  # a story's earlier version is gone for good
                known = {}
                for stale in [key for key in self._stories if key[0] == story_id]:
                    del self._stories[stale]
            self._stories[story_id, updated_at] = known
            while len(self._stories) > self.size:
                self._stories.popitem(last=False)
            return known


class Reader:
    """Plain, JSON-ready view data read from one store connection."""

    def __init__(self, store: Store, vectors: StoryVectors | None = None) -> None:
        self.store = store
        self._ratings_epoch = ratings_epoch()
        self._table = store.rating_table()
        self._config: Config | None = None
        self._vectors = vectors or StoryVectors()

    def rating_table(self) -> Ratings:
        """The imported ratings, read again once per RATINGS_TTL (the table caches its own lookups)."""
        if self._ratings_epoch != ratings_epoch():
            self._ratings_epoch = ratings_epoch()
            self._table = self.store.rating_table()
        return self._table

    def rating(self, outlet: str, url: str | None = None) -> str | None:
        found = self.rating_table().find(outlet, url)  # a re-import shows within RATINGS_TTL seconds
        return found.lean_label if found else None

    def story_summary(self, row: StoryRow, coverage: StoryCoverage | None = None) -> dict[str, Any]:
        """A story as the front page lists it; ``coverage`` from ``Store.story_coverage`` (else read)."""
        if coverage is None:
            coverage = self.store.story_coverage([row.id], self.rating_table()).get(row.id, StoryCoverage({}, 0))
        return story_summary(row, coverage, self.sides(coverage))

    def stories_document(
        self, summaries: Sequence[dict[str, Any]], page: int = 1, more: bool = False,
        blindspot: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """``evenhand.stories/1`` of the stories ``summaries`` list (a page of the story list, or one
        side's blindspots, all on one page), each read again with its articles as members."""
        total, offset = (len(summaries), 0) if blindspot is not None else (
            self.store.story_count(), (page - 1) * PAGE_SIZE
        )
        rows = [row for s in summaries if (row := self.store.get_story(s["id"])) is not None]
        coverage = self.store.story_coverage([r.id for r in rows], self.rating_table())
        listed = []
        for row in rows:
            found = coverage.get(row.id, StoryCoverage({}, 0))
            listed.append(listed_story(row, found, self.sides(found), self.store.story_articles(row.id)))
        return stories_document(listed, page=page, more=more, total=total, offset=offset, blindspot=blindspot)

    def summaries(self, rows: Sequence[StoryRow]) -> list[dict[str, Any]]:
        """Summaries of many stories with their coverage read in one go (one query, whatever the count)."""
        coverage = self.store.story_coverage([r.id for r in rows], self.rating_table())
        return [self.story_summary(r, coverage.get(r.id, StoryCoverage({}, 0))) for r in rows]

    def sides(self, coverage: StoryCoverage) -> Coverage:
        """Who covers the story from each side of each rated axis, with its blindspots."""
        return story_sides(coverage, self.rating_table())

    def front(self, page: int = 1) -> tuple[list[dict[str, Any]], bool]:
        rows = self.store.list_stories(limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
        return self.summaries(rows[:PAGE_SIZE]), len(rows) > PAGE_SIZE

    def blindspots(self, side: str, limit: int = BLINDSPOT_STORIES) -> list[dict[str, Any]]:
        """The newest ``limit`` stories that ``side`` (of either axis: "left", "right", "pro",
        "critical") covers far less than the other side does: its blindspots."""
        offset, batch = 0, 500
        found: list[dict[str, Any]] = []
        while len(found) < limit:
            rows = self.store.list_stories(limit=batch, offset=offset)
            found += [
                s for s in self.summaries(rows)
                if any(b["side"] == side for b in s["sides"]["blindspots"])
            ]
            if len(rows) < batch:
                break
            offset += batch
        return found[:limit]

    def rated_sides(self) -> list[dict[str, str]]:
        """The sides a blindspot filter can be asked for: both ends of each axis the ratings score."""
        table = self.rating_table()
        return [
            {"axis": axis, "side": side, "name": side_word(axis, side)}
            for axis in AXES if any(r.score(axis) is not None for r in table.ratings)
            for side in (SIDES[axis][0], SIDES[axis][2])
        ]

    def story(
        self, story_id: str, row: StoryRow | None = None, sliders: Sliders | None = None
    ) -> StoryView | None:
        """The story with its stored brief, or with one written for ``sliders`` (raises InputError
        when they keep no outlet)."""
        sliders = sliders or Sliders()
        row = row or self.store.get_story(story_id)
        if row is None:
            return None
        articles = self.store.story_articles(story_id)
        members = [a.to_article() for a in articles]
        coverage = self.store.story_coverage([row.id], self.rating_table()).get(row.id, StoryCoverage({}, 0))
        summary = self.story_summary(row, coverage) | {"sliders": sliders.params()}
        brief = self.store.get_brief(story_id) if sliders.is_default else self._slider_brief(row, members, sliders)
        by_id = {a.id: a for a in articles}
        by_number: dict[int, ArticleRow] = {}
        for source in _as_list((brief or {}).get("sources")):
            number, article_id = source.get("number"), source.get("article_id")
            if not isinstance(number, int) or not isinstance(article_id, str):
                continue
            art = by_id.get(article_id) or self.store.get_article(article_id)
            if art is not None:
                by_number[number] = art
        controls = self.slider_controls(sliders, members)
        return StoryView(summary, brief, articles, by_number, coverage.outlets, controls)

    def _slider_brief(self, row: StoryRow, articles: list[Article], sliders: Sliders) -> dict[str, Any]:
        from ..brief.render import brief_to_dict
        from ..config import load_config
        from ..pipeline import slider_brief

        if self._config is None:
            self._config = load_config()
        table = self.rating_table()
        made = slider_brief(
            articles, self._config, table or None, sliders, brief_id=row.id, embedder=self._story_embedder(row),
        )
        return brief_to_dict(made)

    def _story_embedder(self, row: StoryRow) -> RememberingEmbedder:
        """The configured embedder, remembering the vectors of this story's sentences."""
        from ..embed import load_embedder

        assert self._config is not None
        return RememberingEmbedder(load_embedder(self._config.embedder.name), self._vectors.of(row.id, row.updated_at))

    def slider_controls(self, current: Sliders, articles: Sequence[Article]) -> list[dict[str, Any]]:
        """The story page's sliders as groups of choices, each with the settings it leads to: the
        current ones with that slider moved (``single``: with the others at rest, as the export has
        them), and whether any of the story's outlets is rated there (``available``)."""
        table = self.rating_table()

        def keeps(params: Mapping[str, str]) -> bool:
            return bool(slider_subset(articles, table, Sliders.parse(**params)))

        axes = [a for a in AXES if any(r.score(a) is not None for r in table.ratings)]
        groups = []
        for name, values in [*((a, [None, *SLIDER_POINTS[a]]) for a in axes), ("depth", [None, "1", "2", "4", "5"])]:
            choices = []
            for value in values:
                moved = {**current.params(), name: value} if value else {
                    k: v for k, v in current.params().items() if k != name
                }
                choices.append({
                    "label": SIDE_NAMES.get((name, value), value) if value else "All" if name != "depth" else "3",
                    "params": moved, "single": {name: value} if value else {},
                    "current": (current.params().get(name) or None) == value,
                    "available": keeps(moved) and keeps({name: value} if value else {}),
                })
            groups.append({"name": name, "label": SLIDER_GROUPS[name], "choices": choices})
        return groups

    def story_json(self, view: StoryView) -> dict[str, Any]:
        """The brief (schema evenhand.brief/1) with the story's coverage added under ``story``."""
        story = dict(view.story, articles=[article_summary(a) for a in view.articles])
        if view.brief is None:
            return {
                "schema": "evenhand.brief/1",
                "id": view.story["id"],
                "headline": view.story["headline"],
                "lede": view.story["lede"],
                "facts": [],
                "sources": [],
                "narratives": [],
                "contested": [],
                "pending": True,
                "story": story,
            }
        return dict(view.brief, story=story)

    def cited_spans(self, article: ArticleRow) -> list[Span]:
        """The spans of ``article`` that its story's brief cites, verified against its text."""
        if not article.story_id:
            return []
        brief = self.store.get_brief(article.story_id)
        if brief is None:
            return []
        numbers = {
            s.get("number") for s in _as_list(brief.get("sources")) if s.get("article_id") == article.id
        }
        spans = []
        for item in _support_items(brief):
            if item.get("source") in numbers:
                span = locate(article.text, item.get("start"), item.get("end"), item.get("text"))
                if span is not None:
                    spans.append(span)
        return spans

    def article(self, article_id: str) -> dict[str, Any] | None:
        row = self.store.get_article(article_id)
        if row is None:
            return None
        spans = self.cited_spans(row)
        story = self.store.get_story(row.story_id) if row.story_id else None
        return {
            "row": row,
            "rating": self.rating(row.outlet, row.url),
            "spans": spans,
            "stories": [{"id": story.id, "headline": story.headline}] if story else [],
        }

    def article_json(self, data: Mapping[str, Any]) -> dict[str, Any]:
        row: ArticleRow = data["row"]
        unique = sorted({(s.start, s.end): s for s in data["spans"]}.values(), key=lambda s: (s.start, s.end))
        return dict(
            article_summary(row),
            schema="evenhand.article/1",
            rating=data["rating"],
            text=row.text,
            cited=[{"start": s.start, "end": s.end, "text": s.text} for s in unique],
        )

    def search(self, query: str) -> dict[str, Any]:
        hits = self.store.search(query, limit=SEARCH_LIMIT)
        rows = [row for hit in hits if hit.kind == "story" and (row := self.store.get_story(hit.id))]
        stories = self.summaries(rows)
        articles = []
        for hit in hits:
            if hit.kind == "article" and (art := self.store.get_article(hit.id)) is not None:
                articles.append(dict(article_summary(art), snippet=hit.snippet))
        return {"schema": "evenhand.search/1", "query": query, "stories": stories, "articles": articles}

    def outlet_entries(self) -> list[OutletEntry]:
        """One entry per publication, whatever names its articles give it, as `evenhand outlets` lists them."""
        table = self.rating_table()
        return outlet_entries(self.store.outlets(), self.store.outlet_urls(), table.registry, table or None)

    def outlets(self) -> list[dict[str, Any]]:
        return [e.to_dict() for e in self.outlet_entries()]

    def outlet(self, name: str) -> dict[str, Any] | None:
        """A publication's page data; ``name`` may be any name its articles give it, or a domain."""
        table = self.rating_table()
        entry = find_entry(self.outlet_entries(), name, table.registry, self.store.outlet_urls())
        if entry is None:
            return None
        rows = sorted(
            (r for n in entry.names for r in self.store.outlet_articles(n, limit=OUTLET_ARTICLES)),
            key=lambda r: (r.published_ts or r.added_at), reverse=True,
        )[:OUTLET_ARTICLES]
        story_ids = list(dict.fromkeys(r.story_id for r in rows if r.story_id))
        stories = self.summaries([s for sid in story_ids if (s := self.store.get_story(sid)) is not None])
        return {
            "schema": "evenhand.outlet/1",
            **entry.to_dict(),
            "articles": [article_summary(r) for r in rows],
            "stories": stories,
        }

    def all_stories(self) -> Iterable[StoryRow]:
        offset = 0
        while rows := self.store.list_stories(limit=500, offset=offset):
            yield from rows
            offset += len(rows)

    def feed_items(self) -> list[tuple[StoryRow, dict[str, Any]]]:
        return self.store.briefs_updated_since(0.0, limit=FEED_ENTRIES)


@dataclass
class Evidence:
    id: str
    number: int
    outlet: str
    label: str
    title: str
    url: str | None
    spans: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Citation:
    href: str
    label: str
    evidence: str | None


class StoryView:
    """A story with its brief, resolved against its articles' texts for the citation UI."""

    def __init__(
        self,
        story: dict[str, Any],
        brief: dict[str, Any] | None,
        articles: list[ArticleRow],
        by_number: dict[int, ArticleRow],
        ratings: dict[str, str | None],
        sliders: list[dict[str, Any]] | None = None,
    ) -> None:
        self.story = story
        self.sliders = sliders or []
        self.brief = brief
        self.articles = articles
        self.by_number = by_number
        self.ratings = ratings
        self.sources = {
            s["number"]: s for s in _as_list((brief or {}).get("sources")) if isinstance(s.get("number"), int)
        }

    def bind(self, links: Links) -> BoundStoryView:
        return BoundStoryView(self, links)


class BoundStoryView:
    """The story view with links of one style; builds citations and their evidence as templates ask."""

    def __init__(self, view: StoryView, links: Links) -> None:
        self.view = view
        self.links = links
        self.evidence: list[Evidence] = []
        brief = view.brief or {}
        lede_sources = brief.get("lede_sources")
        self.lede = (
            {
                "sources": [n for n in lede_sources if isinstance(n, int)],
                "support": _as_list(brief.get("lede_support")),
            }
            if isinstance(lede_sources, list) and lede_sources
            else None
        )
        self._items = self._index(brief)
        # a brief of real articles with no lede and no fact says why (render.no_facts_notice)
        sources = _as_list(brief.get("sources")) if brief else []
        opinions = [s.get("opinion") is True for s in sources]
        self.all_opinion = ALL_OPINION if opinion_only(opinions) else ""
        told = brief and not brief.get("lede") and not brief.get("facts") and view.sources
        self.no_facts = no_facts_notice(opinions) if told else ""

    def _index(self, brief: Mapping[str, Any]) -> dict[tuple[str, str], Mapping[str, Any]]:
        items: dict[tuple[str, str], Mapping[str, Any]] = {}
        if self.lede:
            items[("lede", "0")] = self.lede
        for i, fact in enumerate(_as_list(brief.get("facts"))):
            items[("fact", str(i))] = fact
        for i, narrative in enumerate(_as_list(brief.get("narratives"))):
            items[("narrative", str(i))] = narrative
        for i, point in enumerate(_as_list(brief.get("contested"))):
            for j, claim in enumerate(_as_list(point.get("claims"))):
                items[("claim", f"{i}.{j}")] = claim
        return items

    def article_for(self, number: int) -> ArticleRow | None:
        return self.view.by_number.get(number)

    def rating(self, outlet: str) -> str | None:
        return self.view.ratings.get(outlet)

    def cites(self, kind: str, key: Any, numbers: Any) -> Markup:
        """The citation numbers of one brief item as links (built here: templates call this per item)."""
        parts = ['<span class="cites">']
        for number in numbers if isinstance(numbers, list) else []:
            if not isinstance(number, int):
                continue
            c = self.citation(kind, key, number)
            evidence = f' data-evidence="{escape(c.evidence)}"' if c.evidence else ""
            parts.append(
                f'<a class="cite" href="{escape(c.href)}"{evidence}'
                f' aria-label="Source {number}: {escape(c.label)}">{number}</a>'
            )
        parts.append("</span>")
        return Markup("".join(parts))

    def citation(self, kind: str, key: Any, number: int) -> Citation:
        """The link for source ``number`` of one brief item, with the evidence the popover shows."""
        source = self.view.sources.get(number, {})
        label = str(source.get("label") or source.get("outlet") or f"source {number}")
        article = self.view.by_number.get(number)
        if article is None:
            return Citation(f"#source-{number}", label, None)
        item = self._items.get((kind, str(key)), {})
        spans = [
            span
            for sup in _in_text(item.get("support"))
            if sup.get("source") == number
            and (span := locate(article.text, sup.get("start"), sup.get("end"), sup.get("text"))) is not None
        ]
        if not spans:
            return Citation(self.links.article(article.id), label, None)
        evidence_id = f"ev-{kind}-{key}-{number}".replace(".", "_")
        entry = Evidence(
            id=evidence_id,
            number=number,
            outlet=article.outlet,
            label=label,
            title=str(source.get("title") or article.title or ""),
            url=safe_url(source.get("url") or article.url),
        )
        for span in spans:
            before, after = context_around(article.text, span)
            entry.spans.append(
                {
                    "before": before,
                    "text": span.text,
                    "after": after,
                    "href": self.links.article(article.id, span),
                }
            )
        self.evidence.append(entry)
        return Citation(self.links.article(article.id, spans[0]), label, evidence_id)
