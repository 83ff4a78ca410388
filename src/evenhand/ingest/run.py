"""Ingest: read the sources a user names (article URLs, RSS/Atom feeds, OPML lists, files, folders,
JSONL, WARC) into the store.

Every article is its own transaction, so an interrupted ingest keeps what it stored, and a rerun skips
what is already there without fetching it again. A feed's validators (ETag, Last-Modified) are saved
only after all its entries were stored, so neither a crash mid-feed nor an entry that failed (a timeout,
robots.txt, a server error) is hidden behind a 304 next time.
One bad article or source is reported and skipped; the rest go on.

Pages and feeds are fetched only where robots.txt allows (see `evenhand.ingest.fetch`). When an entry's page
cannot be had (an error, robots.txt, no text in it) but the feed itself carries the article's text
(content:encoded or a summary of at least ``MIN_FEED_TEXT_WORDS`` words), that text is stored instead
and the report says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any, Literal

from ..config import Config, load_config
from ..errors import InputError, log_unexpected
from ..model import Article
from ..store import Store, StoreError
from .extract import _is_article_file as is_article_file
from .extract import article_from_html, cut_note, read_file, read_path
from .feeds import (
    FEED_ACCEPT,
    MIN_FEED_TEXT_WORDS,
    FeedEntry,
    article_from_feed_text,
    feed_entries,
    is_feed_or_opml,
    opml_feeds,
    warc_pages,
)
from .fetch import Fetcher, FetchError, FetchSettings, Response, check_status
from .files import read_maybe_gzip, walk
from .urls import safe_url

FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
OPML_SUFFIXES = frozenset({".opml"})
WARC_SUFFIXES = (".warc", ".warc.gz")

Kind = Literal["url", "feed", "opml", "warc", "file"]


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did; ``failed`` holds one line per article or source skipped."""

    added: list[str] = field(default_factory=list)
    duplicates: int = 0
    syndicated: int = 0
    skipped_known: int = 0
    feeds_not_modified: int = 0
    feeds_read: int = 0
    failed: list[str] = field(default_factory=list)
    from_feed_text: list[str] = field(default_factory=list)
    cut: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "schema": "evenhand.ingest/1",
            "added": len(self.added),
            "article_ids": self.added,
            "duplicates": self.duplicates,
            "syndicated": self.syndicated,
            "already_stored": self.skipped_known,
            "feeds_read": self.feeds_read,
            "feeds_not_modified": self.feeds_not_modified,
            "failed": self.failed,
            "from_feed_text": self.from_feed_text,
            "cut": self.cut,
        }


Progress = Callable[[str, int], None]
"""Called as ``progress("total", n)`` when n more items are known, and ``progress("done", 1)``."""


def source_kind(source: str) -> Kind:
    lower = source.lower()
    if lower.startswith(("http://", "https://")):
        return "url"
    if lower.endswith(WARC_SUFFIXES):
        return "warc"
    path = Path(lower)
    # "feed.xml.gz", "list.opml.gz": gzipped, read_maybe_gzip decompresses them
    suffix = Path(path.stem).suffix if path.suffix == ".gz" else path.suffix
    if suffix in OPML_SUFFIXES:
        return "opml"
    if suffix in FEED_SUFFIXES:
        return "feed"
    return "file"


class Ingester:
    """Reads sources into a store with a shared, polite fetcher and a pool of fetch-and-extract workers."""

    def __init__(
        self,
        store: Store,
        *,
        fetch_settings: FetchSettings | None = None,
        config: Config | None = None,
        workers: int = 8,
        progress: Progress | None = None,
        fetcher: Fetcher | None = None,
    ) -> None:
        self.store = store
        self.config = config or load_config()
        self.fetcher = fetcher or Fetcher(fetch_settings)
        self.workers = workers
        self.progress = progress or (lambda _kind, _n: None)
        self.report = IngestReport()
        # Feeds and lists read in this run: a list that lists itself, or a feed two lists name, is read once.
        self._listed: set[str] = set()

    def close(self) -> None:
        self.fetcher.close()

    def run(self, sources: Sequence[str]) -> IngestReport:
        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="evenhand-fetch") as pool:
            self.progress("total", len(sources))  # each source counts, so that unchanged feeds move the bar too
            for source in sources:
                self._guarded(source, partial(self._source, source, pool))
                self.progress("done", 1)
        return self.report

    def _guarded(self, source: str, work: Callable[[], None]) -> None:
        """Run one source's work: whatever goes wrong with it is one line of the report, and the run
        goes on. A broken store still ends the run (every later source would fail the same way)."""
        try:
            work()
        except InputError as exc:
            self._fail(exc)
        except StoreError:
            raise
        except OSError as exc:
            self._fail(InputError(source, f"cannot read ({exc.strerror or exc.__class__.__name__})"))
        except RecursionError:
            self._fail(InputError(source, "nested too deeply to read"))
        except MemoryError:
            self._fail(InputError(source, "too large to read in the memory there is"))
        except Exception as exc:  # a bug met on one source: one line and a log, and the others still read
            self._fail(InputError(source, f"unexpected error {exc.__class__.__name__} (log: {log_unexpected(exc)})"))

    def _source(self, source: str, pool: ThreadPoolExecutor) -> None:
        kind = source_kind(source)
        if kind == "url":
            # A remembered feed keeps how its last read went, a failure too (`evenhand feeds list`).
            read = self._one_feed if self.store.feed_state(source) is not None else self._url
            read(source, pool)
            return
        path = Path(source)
        if not path.exists():
            why = "broken symlink or symlink loop" if path.is_symlink() else "no such file, folder or URL"
            raise InputError(source, why)
        if path.is_dir():
            self._folder(path, pool)
        elif kind == "warc":
            self._warc(path)
        elif kind in ("feed", "opml"):
            data = read_maybe_gzip(path, self.config.limits.max_file_bytes)
            if is_feed_or_opml(data) == "opml" or kind == "opml":
                self._feeds(self._opml(data, source), pool)
            else:
                entries = self._feed(data, source)
                self.report.feeds_read += 1
                self._entries(entries, pool)
        else:
            self._articles(read_path(path, config=self.config, on_error=self._fail), source)

    def _feed(self, data: bytes, name: str) -> list[FeedEntry]:
        return feed_entries(data, name, limit=self.config.limits.max_feed_entries, on_error=self._fail)

    def _opml(self, data: bytes, name: str) -> list[str]:
        return opml_feeds(data, name, limit=self.config.limits.max_opml_feeds, on_error=self._fail)

    def _folder(self, folder: Path, pool: ThreadPoolExecutor) -> None:
        """Feeds, OPML lists and WARC files in the folder are read as such, the rest as articles; a
        folder with none of them is an error."""
        failed_before = len(self.report.failed)
        found = seen = False
        for file in walk(folder, self._fail):
            seen = True
            if source_kind(str(file)) in ("warc", "feed", "opml"):
                found = True
                self._guarded(str(file), partial(self._source, str(file), pool))
            elif is_article_file(file, folder):
                found = True
                self._guarded(str(file), partial(self._article_file, file))
        if not found and len(self.report.failed) == failed_before:
            reason = "no article, feed, OPML or WARC file in this folder" if seen else "empty folder"
            self._fail(InputError(str(folder), reason))

    def _article_file(self, path: Path) -> None:
        self._articles(read_file(path, config=self.config, on_error=self._fail), str(path))

    def _fail(self, exc: InputError) -> None:
        self.report.failed.append(str(exc))

    def _articles(self, articles: Sequence[Article], origin: str) -> None:
        self.progress("total", len(articles))
        for article in articles:
            self._store(article, ())
            self.progress("done", 1)

    def _store(self, article: Article, aliases: Sequence[str]) -> None:
        result = self.store.add_article(article, aliases=aliases)
        if article.cut:
            self.report.cut.append(cut_note(article, self.config))
        if result.status == "added":
            self.report.added.append(result.article_id)
            if result.independent_of:
                self.report.syndicated += 1
        else:
            self.report.duplicates += 1

    def _warc(self, path: Path) -> None:
        settings, limits = self.fetcher.settings, self.config.limits
        pages = warc_pages(path, settings.max_bytes, ratio=limits.max_decompression_ratio, on_error=self._fail)
        read = 0
        for url, body in pages:  # a page read is stored before the next is read: a bad record later keeps it
            self.progress("total", 1)
            self._warc_page(path, url, body)
            self.progress("done", 1)
            read += 1
        if not read:
            raise InputError(str(path), "no HTML response record (not a WARC file, or a crawl of no pages)")

    def _warc_page(self, path: Path, url: str, body: bytes) -> None:
        url = safe_url(url) or ""
        if url and self.store.has_url(url):
            self.report.skipped_known += 1
            return
        try:
            article = article_from_html(body, url=url or None, origin=f"{path}#{url}", config=self.config)
            self._store(article, ())
        except InputError as exc:
            self._fail(exc)

    def _url(self, url: str, pool: ThreadPoolExecutor, *, feed: bool = False) -> None:
        """A URL may be an article, a feed or an OPML list: fetch it and look. One read as a ``feed``
        (remembered, or listed in OPML) that answers with a page is that feed's failure, not an article."""
        state = self.store.feed_state(url)
        if state is None and self.store.has_url(url):
            self.report.skipped_known += 1
            return
        response = self.fetcher.get(
            url,
            etag=state.etag if state else None,
            last_modified=state.last_modified if state else None,
            accept=FEED_ACCEPT if state else None,
        )
        check_status(response)
        if response.not_modified:
            self.report.feeds_not_modified += 1
            self.store.save_feed_state(url, etag=None, last_modified=None, status=304)
            return
        kind = is_feed_or_opml(response.content, response.content_type)
        if kind == "opml":
            self._listed.add(url)
            self._feeds(self._opml(response.content, url), pool)
        elif kind == "feed":
            self._feed_response(url, response, pool)
        elif feed:
            raise InputError(url, "not a feed: it answers with a web page, not RSS, Atom or OPML (has the feed moved?)")
        else:
            self.progress("total", 1)
            self._store(self._extract(response), self._aliases(response))
            self.progress("done", 1)

    def _feeds(self, urls: Sequence[str], pool: ThreadPoolExecutor) -> None:
        for url in urls:
            if url not in self._listed:
                self._listed.add(url)
                self._guarded(url, partial(self._one_feed, url, pool))

    def _one_feed(self, url: str, pool: ThreadPoolExecutor) -> None:
        try:
            self._url(url, pool, feed=True)
        except InputError as exc:
            self._fail(exc)
            self.store.save_feed_state(url, etag=None, last_modified=None, status=None, error=exc.reason)

    def _feed_response(self, url: str, response: Response, pool: ThreadPoolExecutor) -> None:
        failed_before = len(self.report.failed)
        entries = self._feed(response.content, url)
        self.report.feeds_read += 1  # only a feed that parsed was read: one refused counts as a failure
        self._entries(entries, pool)
        complete = len(self.report.failed) == failed_before
        self.store.save_feed_state(
            url,
            etag=response.headers.get("etag") if complete else None,
            last_modified=response.headers.get("last-modified") if complete else None,
            status=response.status,
        )

    def _entries(self, entries: Sequence[FeedEntry], pool: ThreadPoolExecutor) -> None:
        todo = []
        for entry in entries:
            if self.store.has_url(entry.link):
                self.report.skipped_known += 1
            else:
                todo.append(entry)
        self.progress("total", len(todo))
        futures: list[tuple[FeedEntry, Future[tuple[Article, tuple[str, ...]]]]] = [
            (entry, pool.submit(self._fetch_article, entry.link, entry.published)) for entry in todo
        ]
        for entry, future in futures:
            try:
                article, aliases = future.result()
            except InputError as exc:
                self._from_feed_text(entry, exc)
            except Exception as exc:  # an extractor crash on one page must not end the run
                self._from_feed_text(entry, InputError(entry.link, f"cannot read the page ({exc.__class__.__name__})"))
            else:
                self._store(article, aliases)
            self.progress("done", 1)

    def _from_feed_text(self, entry: FeedEntry, page_error: InputError) -> None:
        """Store the feed's own text of an entry whose page could not be had, or report the page's failure."""
        if entry.text_words() < MIN_FEED_TEXT_WORDS:
            self._fail(page_error)
            return
        try:
            article = article_from_feed_text(entry, config=self.config)
        except Exception:  # no usable text, or an extractor crash: the feed's text is as untrusted as a page
            self._fail(page_error)
            return
        self._store(article, ())
        self.report.from_feed_text.append(f"{entry.link}: {page_error.reason}; stored from feed text")

    def _fetch_article(self, link: str, published: str | None) -> tuple[Article, tuple[str, ...]]:
        response = self.fetcher.get(link)
        check_status(response)
        article = self._extract(response)
        if published and not article.published:
            article = replace(article, published=published)
        return article, self._aliases(response)

    def _extract(self, response: Response) -> Article:
        if (
            response.content_type
            and "html" not in response.content_type
            and "text/" not in response.content_type
        ):
            raise FetchError(response.requested, f"not an article page ({response.content_type})")
        return article_from_html(
            response.content, url=response.url, origin=response.requested, config=self.config
        )

    @staticmethod
    def _aliases(response: Response) -> tuple[str, ...]:
        return (response.requested, *response.redirects)


def ingest(
    sources: Sequence[str],
    store: Store,
    *,
    fetch_settings: FetchSettings | None = None,
    config: Config | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Read ``sources`` into ``store``; see :class:`Ingester`."""
    ingester = Ingester(store, fetch_settings=fetch_settings, config=config, progress=progress)
    try:
        return ingester.run(sources)
    finally:
        ingester.close()
