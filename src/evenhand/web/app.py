"""The web reader: a Starlette app over the store that shows, for every fact, the exact source sentences.

Pages and their JSON twins are built from the same view data (``Reader``), and rendered by the
same templates (``Pages``) that ``evenhand export`` writes as static files; only the link style
(``Links``) differs. Untrusted article text reaches HTML only through Jinja autoescaping or
``mark_spans``, which escapes every piece it emits, and a strict Content-Security-Policy stops any
script that is not our own static file.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..store import ArticleRow, Store, StoryCoverage, StoryRow
from .atom import FeedEntry, atom_feed

SITE_TITLE = "evenhand"
PAGE_SIZE = 30
MAX_PAGE = 10_000
MAX_QUERY_CHARS = 200
SEARCH_LIMIT = 40
OUTLET_ARTICLES = 200
FEED_ENTRIES = 50
CONTEXT_CHARS = 280
PAGE_CACHE = 256
RATINGS_TTL = 60.0

# Strict: our own script and stylesheet only; nothing inline, no plugins, no framing.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)

LEANINGS: tuple[tuple[str, str], ...] = (
    ("left", "Left"),
    ("lean-left", "Lean Left"),
    ("center", "Center"),
    ("lean-right", "Lean Right"),
    ("right", "Right"),
)
_LEAN_KEYS = {key for key, _ in LEANINGS}


def lean_key(rating: str | None) -> str | None:
    """The CSS/bucket key of an AllSides-style rating ("Lean Left" -> "lean-left"), None if unknown."""
    if not rating:
        return None
    key = "-".join(rating.casefold().replace("-", " ").split())
    return key if key in _LEAN_KEYS else None


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL that is safe to put in an href, else None."""
    if not url or len(url) > 2048 or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def _hashed_key(value: str) -> str:
    """A file-name-safe, stable stand-in for a name no file can carry as it is."""
    slug = re.sub(r"[^a-z0-9]+", "-", value.casefold()).strip("-")[:48] or "x"
    return f"{slug}-{hashlib.sha256(value.encode('utf-8')).hexdigest()[:8]}"


_UNPORTABLE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED_NAME = re.compile(r"(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?", re.IGNORECASE)


def static_name(value: str) -> str:
    """The file name (before its extension) an export gives an id or outlet name.

    The value itself wherever every common file system and static host can hold it, so that an
    exported file sits at the path the live site serves (``outlets/Talmoor Tribune.json``);
    otherwise (a ``/``, a character Windows refuses, a reserved device name such as ``CON``, a
    leading dot, a very long name) a slug of it with a hash: ``hostile-pages-b-x-b-b7346ccc``.
    """
    portable = (
        0 < len(value.encode("utf-8")) <= 150
        and not _UNPORTABLE.search(value)
        and not value.startswith(".")
        and not value.endswith((".", " "))
        and not _RESERVED_NAME.fullmatch(value)
    )
    return value if portable else _hashed_key(value)


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


def shortdate(value: Any) -> str:
    """A date for people: ``2024-05-01 14:03 UTC`` from epoch seconds or ISO text (else as given)."""
    moment: datetime | None = None
    if isinstance(value, int | float):
        moment = datetime.fromtimestamp(value, UTC)
    elif isinstance(value, str) and value:
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return value[:40]
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    if (moment.hour, moment.minute, moment.second) == (0, 0, 0):
        return moment.strftime("%Y-%m-%d")
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def iso(ts: float | None) -> str | None:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if ts is not None else None


# -- links -----------------------------------------------------------------------------------------


class Links:
    """Every URL the site emits. Served: absolute paths (``/stories/ID``). Exported: relative file
    paths from the page being written (``../stories/ID.html``), so the copy works from any folder."""

    def __init__(self, *, static: bool = False, root: str = "/") -> None:
        self.static_site = static
        self.root = root

    def at(self, depth: int) -> Links:
        """The same link style for a page ``depth`` folders below the site root (export only)."""
        return Links(static=self.static_site, root="../" * depth if self.static_site else self.root)

    def _page(self, folder: str, key: str, fmt: str) -> str:
        if self.static_site:
            return f"{self.root}{folder}/{quote(static_name(key), safe='')}.{fmt}"
        suffix = ".json" if fmt == "json" else ""
        return f"{self.root}{folder}/{quote(key, safe='')}{suffix}"

    def home(self, page: int = 1) -> str:
        if page <= 1:
            return f"{self.root}index.html" if self.static_site else self.root
        return f"{self.root}pages/{page}.html" if self.static_site else f"{self.root}?page={page}"

    def stories_json(self) -> str:
        return f"{self.root}stories.json"

    def story(self, story_id: str, fmt: str = "html") -> str:
        return self._page("stories", story_id, fmt)

    def article(self, article_id: str, span: Span | None = None, fmt: str = "html") -> str:
        url = self._page("articles", article_id, fmt)
        return f"{url}#{span_id(span.start, span.end)}" if span is not None else url

    def outlet(self, name: str, fmt: str = "html") -> str:
        return self._page("outlets", name, fmt)

    def outlets(self) -> str:
        return f"{self.root}outlets/index.html" if self.static_site else f"{self.root}outlets"

    def search(self, query: str | None = None) -> str:
        base = f"{self.root}search.html" if self.static_site else f"{self.root}search"
        return f"{base}?{urlencode({'q': query})}" if query else base

    def search_index(self) -> str:
        return f"{self.root}search-index.json"

    def feed(self) -> str:
        return f"{self.root}feed.atom"

    def openapi(self) -> str:
        """The OpenAPI document (a static copy has its own, describing the files it holds)."""
        return f"{self.root}openapi.json"

    def static(self, name: str) -> str:
        return f"{self.root}static/{name}?v={__version__}"


# -- view data from the store ----------------------------------------------------------------------


def leaning_spread(ratings: Mapping[str, str | None]) -> dict[str, Any]:
    """The spread of outlets' ratings (one vote per outlet): counts, bar geometry and a text label."""
    counts = dict.fromkeys(_LEAN_KEYS, 0)
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
        label += f"; {unrated} not rated"
    return {
        "rated": rated,
        "unrated": unrated,
        "parts": parts,
        "label": label,
        "counts": {k: counts[k] for k, _ in LEANINGS},
    }


def article_summary(row: ArticleRow) -> dict[str, Any]:
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


def _support_items(brief: Mapping[str, Any]) -> Iterable[Mapping[str, Any]]:
    """Every support span a brief cites, wherever it appears."""
    yield from _as_list(brief.get("lede_support"))
    for key in ("facts", "narratives"):
        for item in _as_list(brief.get(key)):
            yield from _as_list(item.get("support"))
    for point in _as_list(brief.get("contested")):
        for claim in _as_list(point.get("claims")):
            yield from _as_list(claim.get("support"))


def _as_list(value: Any) -> list[Any]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def ratings_epoch() -> int:
    """Changes every RATINGS_TTL seconds: cached ratings (and pages showing them) expire with it."""
    return int(time.monotonic() // RATINGS_TTL)


class PageCache:
    """Rendered story responses, keyed by what they are rendered from (bounded LRU, thread-safe).

    A key holds the story's and its brief's update times, which the store bumps on every change
    to the story's articles or brief, so a cached page is never served after its data changed.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[tuple[Any, ...], bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...]) -> bytes | None:
        with self._lock:
            body = self._items.get(key)
            if body is not None:
                self._items.move_to_end(key)
            return body

    def put(self, key: tuple[Any, ...], body: bytes) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._items[key] = body
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


class Reader:
    """Plain, JSON-ready view data read from one store connection."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._ratings: dict[tuple[str, str | None], str | None] = {}
        self._ratings_epoch = ratings_epoch()

    def rating(self, outlet: str, url: str | None = None) -> str | None:
        key = (outlet, url)
        if self._ratings_epoch != (epoch := ratings_epoch()):
            self._ratings.clear()  # a re-import of ratings shows within RATINGS_TTL seconds
            self._ratings_epoch = epoch
        if key not in self._ratings:
            if len(self._ratings) > 10_000:
                self._ratings.clear()
            self._ratings[key] = self.store.outlet_rating(outlet, url)
        return self._ratings[key]

    def story_summary(self, row: StoryRow, coverage: StoryCoverage | None = None) -> dict[str, Any]:
        """A story as the front page lists it; ``coverage`` from ``Store.story_coverage`` (else read)."""
        if coverage is None:
            coverage = self.store.story_coverage([row.id]).get(row.id, StoryCoverage({}, 0))
        return {
            "id": row.id,
            "headline": row.headline or "(untitled story)",
            "lede": row.lede,
            "n_articles": row.article_count,
            "n_outlets": len(coverage.outlets),
            "independent": coverage.independent,
            "outlets": sorted(coverage.outlets),
            "leaning": leaning_spread(coverage.outlets),
            "has_brief": row.has_brief,
            "updated": iso(row.brief_updated_at or row.updated_at),
            "first_published": iso(row.first_ts),
            "last_published": iso(row.last_ts),
        }

    def summaries(self, rows: Sequence[StoryRow]) -> list[dict[str, Any]]:
        """Summaries of many stories with their coverage read in one go (two queries, whatever the count)."""
        coverage = self.store.story_coverage([r.id for r in rows])
        return [self.story_summary(r, coverage.get(r.id, StoryCoverage({}, 0))) for r in rows]

    def front(self, page: int = 1) -> tuple[list[dict[str, Any]], bool]:
        rows = self.store.list_stories(limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
        return self.summaries(rows[:PAGE_SIZE]), len(rows) > PAGE_SIZE

    def story(self, story_id: str, row: StoryRow | None = None) -> StoryView | None:
        row = row or self.store.get_story(story_id)
        if row is None:
            return None
        articles = self.store.story_articles(story_id)
        coverage = self.store.story_coverage([row.id]).get(row.id, StoryCoverage({}, 0))
        summary = self.story_summary(row, coverage)
        brief = self.store.get_brief(story_id)
        by_id = {a.id: a for a in articles}
        by_number: dict[int, ArticleRow] = {}
        for source in _as_list((brief or {}).get("sources")):
            number, article_id = source.get("number"), source.get("article_id")
            if not isinstance(number, int) or not isinstance(article_id, str):
                continue
            art = by_id.get(article_id) or self.store.get_article(article_id)
            if art is not None:
                by_number[number] = art
        return StoryView(summary, brief, articles, by_number, coverage.outlets)

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

    def outlets(self) -> list[dict[str, Any]]:
        return [
            {"name": name, "n_articles": count, "rating": self.rating(name)}
            for name, count in self.store.outlets()
        ]

    def outlet(self, name: str) -> dict[str, Any] | None:
        rows = self.store.outlet_articles(name, limit=OUTLET_ARTICLES)
        if not rows:
            return None
        counts = dict(self.store.outlets())
        story_ids = list(dict.fromkeys(r.story_id for r in rows if r.story_id))
        stories = self.summaries([s for sid in story_ids if (s := self.store.get_story(sid)) is not None])
        return {
            "schema": "evenhand.outlet/1",
            "name": name,
            "rating": self.rating(name, rows[0].url),
            "n_articles": counts.get(name, len(rows)),
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
    ) -> None:
        self.story = story
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
            for sup in _as_list(item.get("support"))
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


# -- rendering --------------------------------------------------------------------------------------


class Pages:
    """The HTML pages, rendered from view data with autoescaping templates."""

    def __init__(self) -> None:
        env = Environment(
            loader=PackageLoader("evenhand", "templates"),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        env.filters["safe_url"] = safe_url
        env.filters["lean_key"] = lambda r: lean_key(r) or "none"
        env.filters["shortdate"] = shortdate
        env.globals.update(site_title=SITE_TITLE, version=__version__)
        self.env = env

    def render(self, name: str, links: Links, **context: Any) -> str:
        context.setdefault("query", "")
        return self.env.get_template(name).render(links=links, **context)

    def front(self, links: Links, stories: list[dict[str, Any]], page: int, more: bool) -> str:
        return self.render("index.html", links, stories=stories, page=page, more=more)

    def story(self, links: Links, view: StoryView) -> str:
        bound = view.bind(links)
        brief = view.brief or {
            "headline": view.story["headline"],
            "lede": view.story["lede"],
            "facts": [],
            "sources": [],
            "narratives": [],
            "contested": [],
        }
        return self.render(
            "story.html",
            links,
            story=view.story,
            brief=brief,
            view=bound,
            articles=view.articles,
            pending=view.brief is None,
        )

    def article(self, links: Links, data: Mapping[str, Any]) -> str:
        row: ArticleRow = data["row"]
        marked = len({(s.start, s.end) for s in data["spans"]})
        return self.render(
            "article.html",
            links,
            article=row,
            rating=data["rating"],
            stories=data["stories"],
            body=mark_spans(row.text, data["spans"]),
            marked=f"{marked} sentence{'' if marked == 1 else 's'}" if marked else "",
        )

    def search(self, links: Links, query: str, result: Mapping[str, Any] | None, error: str = "") -> str:
        result = result or {"stories": [], "articles": []}
        return self.render(
            "search.html",
            links,
            query=query,
            stories=result["stories"],
            articles=result["articles"],
            error=error,
            static_search=False,
        )

    def static_search(self, links: Links) -> str:
        return self.render("search.html", links, stories=[], articles=[], error="", static_search=True)

    def outlet(self, links: Links, data: Mapping[str, Any]) -> str:
        return self.render(
            "outlet.html", links, outlet=data, stories=data["stories"], articles=data["articles"]
        )

    def outlets(self, links: Links, outlets: list[dict[str, Any]]) -> str:
        return self.render("outlets.html", links, outlets=outlets)

    def error(self, links: Links, status: int, title: str, message: str) -> str:
        return self.render("error.html", links, status=status, title=title, message=message)

    def feed(self, links: Links, reader: Reader, *, base_url: str, self_url: str, feed_key: str) -> str:
        """The Atom feed of the newest briefs; ``links`` must be absolute (``base_url`` + path)."""
        entries = []
        for row, brief in reader.feed_items():
            view = reader.story(row.id)
            if view is None:
                continue
            content = self.render(
                "feed_entry.html", links, brief=brief, view=view.bind(links), story_id=row.id
            )
            entries.append(
                FeedEntry(
                    id=f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'evenhand:story:' + row.id)}",
                    title=str(brief.get("headline") or row.headline),
                    updated=iso(row.brief_updated_at or row.updated_at) or "",
                    published=iso(row.created_at),
                    link=links.story(row.id),
                    summary=str(brief.get("lede") or ""),
                    authors=view.story["outlets"] or ["evenhand"],
                    content_html=content,
                )
            )
        return atom_feed(
            entries,
            feed_id=f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'evenhand:feed:' + feed_key)}",
            title=f"{SITE_TITLE}: new and updated briefs",
            subtitle="Balanced briefs: every fact cites the outlets that reported it.",
            self_url=self_url,
            site_url=base_url,
        )


# -- the app ----------------------------------------------------------------------------------------


class SecurityHeaders:
    """Adds the security headers to every response (a plain ASGI wrapper: cheap on the hot path)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + list(SECURITY_HEADERS)
            await send(message)

        await self.app(scope, receive, send_with_headers)


class StorePool:
    """One read connection per worker thread: sqlite3 connections must not be shared mid-query."""

    def __init__(self, db_path: str, read_only: bool) -> None:
        self.db_path = db_path
        self.read_only = read_only
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()
        Store.open(db_path, readonly=read_only).close()

    def reader(self) -> Reader:
        reader: Reader | None = getattr(self._local, "reader", None)
        if reader is None:
            store = Store.open(self.db_path, readonly=self.read_only)
            with self._lock:
                self._all.append(store)
            reader = Reader(store)
            self._local.reader = reader
        return reader

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                store.close()
            self._all.clear()


def _page_number(request: Request) -> int:
    raw = request.query_params.get("page", "1")
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_PAGE:
        raise HTTPException(400, "page must be a number from 1")
    return int(raw)


def _query(request: Request) -> str:
    return request.query_params.get("q", "").strip()[:MAX_QUERY_CHARS]


def json_bytes(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def create_app(db_path: str | Path, *, read_only: bool = True, cache_pages: int = PAGE_CACHE) -> Starlette:
    """The web reader over the store at ``db_path`` (opened ``mode=ro`` unless ``read_only`` is False).

    ``cache_pages`` bounds the rendered story pages kept in memory (0: render every request).
    Raises ``evenhand.store.StoreError`` at once if the database cannot be opened.
    """
    pool = StorePool(str(db_path), read_only)
    cache = PageCache(cache_pages)
    pages = Pages()
    links = Links()

    def html(body: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(body, status_code=status)

    def _front(request: Request, kind: str, render: Callable[[list[dict[str, Any]], int, bool], bytes]) -> bytes:
        """A page of the story list, cached until any story or brief changes."""
        page = _page_number(request)
        reader = pool.reader()
        key = (kind, page, reader.store.last_change(), ratings_epoch())
        body = cache.get(key)
        if body is None:
            stories, more = reader.front(page)
            if page > 1 and not stories:
                raise HTTPException(404, "There are no stories on this page.")
            body = render(stories, page, more)
            cache.put(key, body)
        return body

    def front(request: Request) -> Response:
        body = _front(request, "front", lambda s, page, more: pages.front(links, s, page, more).encode("utf-8"))
        return Response(body, media_type="text/html; charset=utf-8")

    def stories_json(request: Request) -> Response:
        body = _front(request, "front.json", lambda s, page, more: json_bytes(
            {"schema": "evenhand.stories/1", "page": page, "more": more, "stories": s}
        ))
        return Response(body, media_type="application/json")

    def _story(request: Request, kind: str, render: Callable[[Reader, StoryView], bytes]) -> bytes:
        reader = pool.reader()
        row = reader.store.get_story(request.path_params["story_id"])
        if row is None:
            raise HTTPException(404, "There is no story with this id.")
        key = (kind, row.id, row.updated_at, row.brief_updated_at, ratings_epoch())
        body = cache.get(key)
        if body is None:
            view = reader.story(row.id, row)
            if view is None:
                raise HTTPException(404, "There is no story with this id.")
            body = render(reader, view)
            cache.put(key, body)
        return body

    def story(request: Request) -> Response:
        body = _story(request, "html", lambda reader, view: pages.story(links, view).encode("utf-8"))
        return Response(body, media_type="text/html; charset=utf-8")

    def story_json(request: Request) -> Response:
        body = _story(request, "json", lambda reader, view: json_bytes(reader.story_json(view)))
        return Response(body, media_type="application/json")

    def _article(request: Request) -> dict[str, Any]:
        data = pool.reader().article(request.path_params["article_id"])
        if data is None:
            raise HTTPException(404, "There is no article with this id.")
        return data

    def article(request: Request) -> Response:
        return html(pages.article(links, _article(request)))

    def article_json(request: Request) -> Response:
        return JSONResponse(pool.reader().article_json(_article(request)))

    def search(request: Request) -> Response:
        query = _query(request)
        result = pool.reader().search(query) if query else None
        return html(pages.search(links, query, result))

    def search_json(request: Request) -> Response:
        query = _query(request)
        if not query:
            raise HTTPException(400, "Give the words to search for as ?q=...")
        return JSONResponse(pool.reader().search(query))

    def outlets(request: Request) -> Response:
        return html(pages.outlets(links, pool.reader().outlets()))

    def outlets_json(request: Request) -> Response:
        return JSONResponse({"schema": "evenhand.outlets/1", "outlets": pool.reader().outlets()})

    def _outlet(request: Request) -> dict[str, Any]:
        data = pool.reader().outlet(request.path_params["name"])
        if data is None:
            raise HTTPException(404, "No article of this outlet is stored.")
        return data

    def outlet(request: Request) -> Response:
        return html(pages.outlet(links, _outlet(request)))

    def outlet_json(request: Request) -> Response:
        return JSONResponse(_outlet(request))

    def feed(request: Request) -> Response:
        base = str(request.base_url)
        absolute = Links(root=base)
        body = pages.feed(absolute, pool.reader(), base_url=base, self_url=str(request.url), feed_key=base)
        return Response(body, media_type="application/atom+xml; charset=utf-8")

    def openapi(request: Request) -> Response:
        return JSONResponse(openapi_document(str(request.base_url)))

    def healthz(request: Request) -> Response:
        """For load balancers and monitors: the store answers (one pragma, no data read)."""
        return JSONResponse({"status": "ok", "schema_version": pool.reader().store.schema_version})

    def on_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        detail = exc.detail if isinstance(exc, HTTPException) else "Something went wrong on our side."
        title = {400: "Bad request", 404: "Not found", 405: "Method not allowed"}.get(status, "Error")
        if request.url.path.endswith((".json", ".atom")):
            return JSONResponse({"error": detail, "status": status}, status_code=status)
        return html(pages.error(links, status, title, detail), status)

    static_dir = Path(str(resources.files("evenhand") / "static"))
    routes = [
        Route("/", front),
        Route("/stories.json", stories_json),
        Route("/stories/{story_id}.json", story_json),
        Route("/stories/{story_id}", story),
        Route("/articles/{article_id}.json", article_json),
        Route("/articles/{article_id}", article),
        Route("/search.json", search_json),
        Route("/search", search),
        Route("/outlets.json", outlets_json),
        Route("/outlets", outlets),
        # `path`: an outlet name may hold a "/" (sent as %2F, which reaches the app decoded)
        Route("/outlets/{name:path}.json", outlet_json),
        Route("/outlets/{name:path}", outlet),
        Route("/feed.atom", feed),
        Route("/openapi.json", openapi),
        Route("/healthz", healthz),
        Mount("/static", app=StaticFiles(directory=static_dir), name="static"),
    ]
    handlers: dict[Any, Callable[..., Any]] = {HTTPException: on_error, Exception: on_error}

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            pool.close()

    app = Starlette(routes=routes, exception_handlers=handlers, lifespan=lifespan)
    app.state.pool = pool
    app.add_middleware(SecurityHeaders)
    return app


# -- OpenAPI ----------------------------------------------------------------------------------------


def openapi_document(server_url: str = "/") -> dict[str, Any]:
    """The OpenAPI 3.1 description of the JSON endpoints (kept as JSON beside the templates)."""
    text = resources.files("evenhand").joinpath("templates/openapi.json").read_text(encoding="utf-8")
    doc: dict[str, Any] = json.loads(text)
    doc["info"]["version"] = __version__
    doc["servers"] = [{"url": server_url}]
    return doc
