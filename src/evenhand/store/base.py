"""What every store is: the ``Store`` protocol, the rows it returns, and the keys computed in Python
before anything is written (canonical URL, ids, outlet key, domain), so that no store needs custom SQL.

A store keeps articles, their duplicates, stories, briefs and feed state. Every write is one
transaction: a process killed at any moment leaves either the whole write or none of it. Articles
are keyed by canonical URL and by the hash of their text: adding the same article twice, or the
same text from a second URL, adds nothing.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import json
import os
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Literal, Protocol, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .. import dedup
from ..errors import EvenhandError
from ..model import Article, parse_datetime
from ..outlets import Covering, Rating, Ratings
from ..outlets.identity import outlet_from_url, outlet_key

DEFAULT_DB = "evenhand.db"
DB_ENV = "EVENHAND_DB"  # the environment variable naming the store when no path is given

_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|cmpid|smid|ocid)$")
_WORDS = re.compile(r"\w+", re.UNICODE)


class StoreError(EvenhandError):
    """The database file cannot be opened or is not an evenhand store."""


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: str
    url: str | None
    outlet: str
    title: str
    author: str | None
    published: str | None
    published_ts: float | None
    origin: str
    text: str
    added_at: float
    content_hash: str
    independent_of: str | None
    syndication_score: float | None
    story_id: str | None
    join_score: float | None
    join_reason: dict[str, Any] | None
    rating: str | None = None  # the article's own record of its outlet's rating (Article.rating)

    def to_article(self) -> Article:
        """The pipeline's Article, with the store's id and syndication link."""
        return Article(
            text=self.text,
            outlet=self.outlet,
            title=self.title,
            url=self.url,
            published=self.published,
            origin=self.origin,
            author=self.author,
            id=self.id,
            independent_of=self.independent_of,
            rating=self.rating,
        )


@dataclass(frozen=True, slots=True)
class StoryRow:
    id: str
    headline: str
    lede: str
    article_count: int
    source_count: int
    created_at: float
    updated_at: float
    first_ts: float | None
    last_ts: float | None
    has_brief: bool
    brief_updated_at: float | None
    undated: bool = False  # no article gave a date: first_ts/last_ts are when they were stored


@dataclass(frozen=True, slots=True)
class StoryCoverage:
    """Who covers a story: each outlet with its rating (None: not rated), and how many independent
    sources there are (distinct outlets once every syndicated copy is counted as its original)."""

    outlets: dict[str, str | None]
    independent: int
    members: tuple[Covering, ...] = ()  # its articles, each with the outlet of its original if syndicated


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: Literal["story", "article"]
    id: str
    title: str
    snippet: str
    story_id: str | None
    rank: float


@dataclass(frozen=True, slots=True)
class FeedState:
    url: str
    etag: str | None
    last_modified: str | None
    checked_at: float | None
    status: int | None
    error: str | None


@dataclass(frozen=True, slots=True)
class AddResult:
    status: Literal["added", "same_url", "same_text"]
    article_id: str
    independent_of: str | None = None
    syndication_score: float | None = None


@dataclass(frozen=True, slots=True)
class Assignment:
    """One clustering decision: ``article_id`` joins ``story_id`` (created when ``new``)."""

    article_id: str
    story_id: str
    score: float
    reason: dict[str, Any] = field(default_factory=dict)
    new: bool = False


def canonical_url(url: str) -> str:
    """The URL that identifies an article: lower-case scheme and host (an IPv6 literal in brackets), no
    default port, no user name or password, no fragment, no tracking parameters, remaining query
    parameters sorted."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:  # a malformed port or IPv6 literal: the text itself is the only key there is
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)
    )
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def parse_time(value: str | None) -> float | None:
    """Epoch seconds of an ISO 8601 or RFC 2822 date; naive dates are taken as UTC."""
    parsed = parse_datetime(value)
    return parsed.timestamp() if parsed is not None else None


def store_target(path: str | os.PathLike[str] | None) -> str:
    """The store to open: ``path``, else ``$EVENHAND_DB``, else ./evenhand.db."""
    return str(path or os.environ.get(DB_ENV) or DEFAULT_DB)


def display_name(target: str) -> str:
    """A store's path or URL as messages show it: a URL without its password."""
    parts = urlsplit(target)
    if parts.password is None:
        return target
    return urlunsplit(parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":***@", 1)))


def search_words(text: str) -> list[str]:
    """The words of a user's search, at most 32: what every store's full-text query is made of."""
    return _WORDS.findall(unicodedata.normalize("NFKC", text))[:32]


def published_earlier(published_ts: float | None, root_ts: float | None) -> bool:
    """Whether a wire text's new copy came out before the one stored first as its original (both
    dated): then it is the original, whatever order they were read in."""
    return published_ts is not None and root_ts is not None and published_ts < root_ts


# Articles signed again at a time when a store's signatures change version: a batch's texts in memory, not all.
SIGNING_BATCH = 500


def signatures(rows: Iterable[Any]) -> Iterator[tuple[str, bytes | None, list[tuple[int, int, str]]]]:
    """Each article row's (``id``, ``text``) MinHash signature as stored, and its LSH band rows: what
    both stores write when they sign their articles again (``dedup.SIGNATURE_VERSION``)."""
    for row in rows:
        sig = dedup.signature(row["text"])
        bands = [(band, bucket, row["id"]) for band, bucket in dedup.band_keys(sig)] if sig is not None else []
        yield row["id"], dedup.to_blob(sig) if sig is not None else None, bands


def article_id_for(key: str) -> str:
    return "a" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def same_outlet(name: str, url: str | None, other_name: str, other_url: str | None) -> bool:
    """Whether two articles are one outlet's: one name ("The Hill", "the hill") or one web site.
    A text stored for another outlet is that outlet's copy of it, not a duplicate."""
    if outlet_key(name) == outlet_key(other_name):
        return True
    site = outlet_from_url(url)
    return site is not None and site == outlet_from_url(other_url)


def own_copy(holders: Iterable[Any], outlet: str, url: str | None) -> str | None:
    """Of the stored articles with a text (rows with ``id``, ``outlet`` and ``url``), the one of
    ``outlet``'s, whose text it is already: a duplicate. Another outlet's is a copy to store."""
    return next((h["id"] for h in holders if same_outlet(h["outlet"], h["url"], outlet, url)), None)


def copy_id_for(url: str | None, digest: str, outlet: str, first: bool) -> str:
    """An article's id: by its URL, else by its text, and, where another outlet stored that text
    first, by its outlet too (one text, republished without a URL, is two articles)."""
    if url:
        return article_id_for(url)
    return article_id_for(f"sha256:{digest}" if first else f"sha256:{digest}@{outlet_key(outlet)}")


def story_id_for(article_id: str) -> str:
    """A story is named after the article that started it, so ids never change."""
    return "s" + article_id[1:]




F = TypeVar("F", bound=Callable[..., Any])
S = TypeVar("S", bound=type)


def one_line(exc: BaseException) -> str:
    """A driver's message on one line (libpq's span several)."""
    return " ".join(str(exc).split())


def _mapped(method: F, error: type[Exception]) -> F:
    """``method`` with the driver's ``error`` raised as ``StoreError`` (the one line the CLI prints)."""
    if inspect.isgeneratorfunction(method):

        @functools.wraps(method)
        def generator(*args: Any, **kwargs: Any) -> Any:
            try:
                yield from method(*args, **kwargs)
            except error as exc:
                raise StoreError(f"database error: {one_line(exc)}") from exc

        return generator  # type: ignore[return-value]

    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except error as exc:
            raise StoreError(f"database error: {one_line(exc)}") from exc

    return wrapper  # type: ignore[return-value]


def driver_errors_mapped(error: type[Exception]) -> Callable[[S], S]:
    """A class decorator: every public method of a store raises ``StoreError`` for its driver's ``error``,
    so that no caller ever needs to know which database is behind the protocol."""

    def decorate(cls: S) -> S:
        for name, member in list(vars(cls).items()):
            if name.startswith("_") or name in ("open", "transaction"):
                continue
            if isinstance(member, property) and member.fget is not None:
                setattr(cls, name, property(_mapped(member.fget, error)))
            elif inspect.isfunction(member):
                setattr(cls, name, _mapped(member, error))
        return cls

    return decorate


class Row(Protocol):
    """A database row read by column name (``sqlite3.Row``, a psycopg dict row)."""

    def __getitem__(self, key: str) -> Any: ...


class Store(Protocol):
    """An evenhand store. Open with ``Store.open(path_or_url)`` (``open_store``); use as a context manager."""

    path: str

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, readonly: bool = False) -> Store:
        """Open the store at ``path`` (a file or a ``postgresql://`` URL), ``$EVENHAND_DB`` or ./evenhand.db."""
        from . import open_store

        return open_store(path, readonly=readonly)

    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def schema_version(self) -> int: ...

    # -- articles
    def has_url(self, url: str) -> bool: ...
    def add_article(self, article: Article, *, aliases: Sequence[str] = ()) -> AddResult: ...
    def get_article(self, article_id: str) -> ArticleRow | None: ...
    def article_count(self) -> int: ...
    def articles(self, *, limit: int | None = None) -> list[ArticleRow]: ...
    def unclustered(self, batch: int = 1000) -> Iterator[ArticleRow]: ...
    def clustered_since(self, ts: float) -> list[ArticleRow]: ...

    # -- stories and briefs
    def apply_assignments(self, assignments: Sequence[Assignment], *, state: bytes | None = None) -> None: ...
    def cluster_state(self) -> bytes | None: ...
    def last_change(self) -> tuple[float, float, int]: ...
    def list_stories(self, limit: int = 50, offset: int = 0) -> list[StoryRow]: ...
    def story_count(self) -> int: ...
    def get_story(self, story_id: str) -> StoryRow | None: ...
    def story_articles(self, story_id: str) -> list[ArticleRow]: ...
    def stale_stories(self) -> list[str]: ...
    def save_brief(self, story_id: str, brief: dict[str, Any]) -> bool:
        """Store a story's brief; whether it changed. A brief the same as the one stored, of the
        same articles, is not rewritten: its time, and its place in the lists and the Atom feed, stay."""
        ...
    def get_brief(self, story_id: str) -> dict[str, Any] | None: ...
    def briefs_updated_since(self, ts: float, limit: int = 100) -> list[tuple[StoryRow, dict[str, Any]]]: ...

    # -- search, outlets, ratings, feeds
    def search(self, query: str, limit: int = 20) -> list[SearchHit]: ...
    def outlets(self) -> list[tuple[str, int]]: ...
    def outlet_articles(self, outlet: str, limit: int = 200) -> list[ArticleRow]: ...
    def import_ratings(self, rows: Iterable[Rating]) -> int: ...
    def ratings(self) -> list[Rating]: ...
    def outlet_urls(self) -> dict[str, str]: ...

    def rating_table(self) -> Ratings:
        """The imported ratings, ready to match articles (rebuilt only when they change)."""
        return _rating_table(tuple(self.ratings()))

    def outlet_rating(self, outlet: str, url: str | None = None) -> str | None:
        """The user's rating of an outlet on the left-right axis in AllSides' words ("Lean Left")."""
        found = self.rating_table().find(outlet, url)
        return found.lean_label if found else None

    def story_leanings(self, story_id: str) -> dict[str, int]:
        """How many of the story's articles come from outlets of each known rating."""
        counts: dict[str, int] = {}
        for art in self.story_articles(story_id):
            rating = self.outlet_rating(art.outlet, art.url)
            if rating:
                counts[rating] = counts.get(rating, 0) + 1
        return counts

    def story_coverage(
        self, story_ids: Sequence[str], ratings: Ratings | None = None
    ) -> dict[str, StoryCoverage]: ...
    def feed_state(self, url: str) -> FeedState | None: ...
    def save_feed_state(
        self, url: str, *, etag: str | None, last_modified: str | None, status: int | None, error: str | None = None
    ) -> None: ...
    def feeds(self) -> list[FeedState]: ...
    def add_feed(self, url: str) -> bool: ...
    def remove_feed(self, url: str) -> bool: ...
    def stats(self) -> dict[str, int]: ...


@functools.lru_cache(maxsize=4)
def _rating_table(rows: tuple[Rating, ...]) -> Ratings:
    return Ratings(rows)


def article_row(row: Row) -> ArticleRow:
    reason = row["join_reason"]
    return ArticleRow(
        id=row["id"],
        url=row["url"],
        outlet=row["outlet"],
        title=row["title"],
        author=row["author"],
        published=row["published"],
        published_ts=row["published_ts"],
        origin=row["origin"],
        text=row["text"],
        added_at=row["added_at"],
        content_hash=row["content_hash"],
        independent_of=row["independent_of"],
        syndication_score=row["syndication_score"],
        story_id=row["story_id"],
        join_score=row["join_score"],
        join_reason=json.loads(reason) if reason else None,
        rating=row["rating"],
    )



def first_sentence(text: str | None, limit: int = 300) -> str:
    if not text:
        return ""
    match = re.search(r"(?<=[.!?])[\"'”’]?\s", text[: limit * 2])
    sentence = text[: match.start() + 1] if match else text
    return sentence[:limit].strip()


def story_row(row: Row) -> StoryRow:
    has_brief = row["b_updated"] is not None
    return StoryRow(
        id=row["id"],
        headline=(row["b_headline"] or row["title"]) if has_brief else row["title"],
        lede=row["b_lede"] if has_brief and row["b_lede"] else first_sentence(row["first_text"]),
        article_count=row["article_count"],
        source_count=row["source_count"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        first_ts=row["first_ts"],
        last_ts=row["last_ts"],
        has_brief=has_brief,
        brief_updated_at=row["b_updated"],
        undated=bool(row["undated"]),
    )


def members_key(article_ids: Iterable[str]) -> str:
    return ",".join(sorted(article_ids))



def pack_state(state: dict[str, Any]) -> bytes:
    return zlib.compress(json.dumps(state, separators=(",", ":")).encode("utf-8"), 6)


def unpack_state(blob: bytes | None) -> dict[str, Any] | None:
    if not blob:
        return None
    return dict(json.loads(zlib.decompress(blob).decode("utf-8")))
