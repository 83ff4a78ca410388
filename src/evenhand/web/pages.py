"""The HTML pages (and the Atom feed), rendered from view data with autoescaping templates."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from .. import __version__
from ..brief.render import filed_as_argument, reported_line
from ..model import moment_at, parse_datetime
from ..outlets import lean_key, side_word
from ..serialize import iso
from ..store import ArticleRow
from .atom import FeedEntry, atom_feed
from .citations import mark_spans
from .links import Links, safe_url
from .views import Reader, StoryView

# Strict: our own script and stylesheet only; nothing inline, no plugins, no framing. The server sends
# it as a header (app.py); a static export has no headers of its own, so its pages carry it in a <meta>
# tag, which cannot hold frame-ancestors.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
CSP_META = CSP.replace("; frame-ancestors 'none'", "")

SITE_TITLE = "evenhand"


def shortdate(value: Any) -> str:
    """A date for people: ``2024-05-01 14:03 UTC`` from epoch seconds or ISO text (else as given)."""
    moment: datetime | None = None
    if isinstance(value, int | float):
        moment = moment_at(value)
    elif isinstance(value, str) and value:
        moment = parse_datetime(value, rfc2822=False)
        if moment is None:
            return value[:40]
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    if (moment.hour, moment.minute, moment.second) == (0, 0, 0):
        return moment.strftime("%Y-%m-%d")
    return moment.strftime("%Y-%m-%d %H:%M UTC")



class Pages:
    """The HTML pages, rendered from view data with autoescaping templates."""

    def __init__(self, status: Callable[[], str] | None = None) -> None:
        self.status = status  # the footer's line on the last update, where the server runs them
        env = Environment(
            loader=PackageLoader("evenhand", "templates"),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        env.filters["safe_url"] = safe_url
        env.filters["lean_key"] = lambda r: lean_key(r) or "none"
        env.filters["side_word"] = lambda side, axis: side_word(str(axis), str(side))
        env.filters["shortdate"] = shortdate
        env.filters["reported"] = reported_line
        env.filters["filed_as_argument"] = filed_as_argument
        env.globals.update(site_title=SITE_TITLE, version=__version__)
        self.env = env

    def render(self, name: str, links: Links, **context: Any) -> str:
        context.setdefault("query", "")
        context.setdefault("update_status", self.status() if self.status is not None else "")
        return self.env.get_template(name).render(links=links, csp_meta=CSP_META, **context)

    def front(
        self, links: Links, stories: list[dict[str, Any]], page: int, more: bool,
        sides: Sequence[Mapping[str, str]] = (), blindspot: Mapping[str, str] | None = None,
    ) -> str:
        """A page of stories; with ``sides`` a filter by blindspot, and ``blindspot`` the side filtered on."""
        return self.render("index.html", links, stories=stories, page=page, more=more, sides=sides, blindspot=blindspot)

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
                    # when its news came out, not when it was stored (a feed read late is no new news)
                    published=iso(row.created_at if row.undated else row.first_ts or row.created_at),
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
