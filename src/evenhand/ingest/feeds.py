"""Readers of the sources that list articles: RSS/Atom feeds, OPML subscription lists and WARC archives.

XML is parsed with defusedxml first, so entity declarations (billion laughs, external entities) are
refused before feedparser sees the document.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, Literal
from urllib.parse import urljoin

from ..config import Config
from ..errors import InputError
from ..model import Article
from .decode import MAX_DATE_CHARS, CappedStream, TooLarge, single_line
from .extract import article_from_html, article_from_record
from .files import ErrorSink, open_regular
from .urls import safe_url

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5"
_FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "application/rdf+xml",
)
MAX_FEED_ENTRIES = 500
MAX_OPML_FEEDS = 1000
MIN_FEED_TEXT_WORDS = 80
"""A feed entry's own text stands in for its page only when it is at least this long: shorter is a teaser."""
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})
_TAG = re.compile(r"<[^>]*>")


def _ignore(_error: InputError) -> None:
    return None


def _safe_xml_root(data: bytes, name: str) -> Any:
    """Parse XML with defusedxml: entity declarations (billion laughs, external entities) are refused."""
    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    try:
        return SafeET.fromstring(data)
    except DefusedXmlException as exc:
        raise InputError(name, f"unsafe XML refused ({exc.__class__.__name__})") from None
    except SafeET.ParseError as exc:
        raise InputError(name, f"not well-formed XML ({exc})") from None
    except (LookupError, ValueError) as exc:
        # an encoding the parser does not know ("x-nonexistent"), or one it cannot read ("utf-32")
        raise InputError(name, f"XML in an encoding that cannot be read ({exc})") from None


def is_feed_or_opml(data: bytes, content_type: str = "") -> Literal["feed", "opml"] | None:
    head = data[:2048].lstrip().lower()
    if b"<opml" in head:
        return "opml"
    if content_type in _FEED_TYPES or b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    return None


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry of a feed: the page to fetch, and what the feed itself says about it."""

    link: str
    published: str | None = None
    title: str = ""
    outlet: str | None = None  # the entry's <source>, else the feed's own title
    text: str = ""  # the longest of the entry's content and summary
    text_is_html: bool = False

    def text_words(self) -> int:
        text = html.unescape(_TAG.sub(" ", self.text)) if self.text_is_html else self.text
        return len(text.split())


def _str(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _entry_text(entry: Any) -> tuple[str, bool]:
    """The longest text the entry carries (content:encoded / Atom content, or the summary), and whether it is HTML."""
    candidates = [(_str(c.get("value")), _str(c.get("type"))) for c in entry.get("content") or []]
    summary_type = (entry.get("summary_detail") or {}).get("type")
    candidates.append((_str(entry.get("summary")), _str(summary_type) or "text/html"))
    text, kind = max(candidates, key=lambda c: len(c[0]))
    return text, kind.lower() in _HTML_TYPES


def feed_entries(
    data: bytes, name: str, *, limit: int = MAX_FEED_ENTRIES, on_error: ErrorSink = _ignore
) -> list[FeedEntry]:
    """The entries of an RSS/Atom feed that link to a web page, checked as safe XML first. Entries past
    ``limit`` and entries whose link is malformed go to ``on_error``, one line each (past the limit, one)."""
    import feedparser

    _safe_xml_root(data, name)
    parsed = feedparser.parse(io.BytesIO(data))
    if parsed.bozo and not parsed.entries:
        raise InputError(name, f"not a readable feed ({parsed.get('bozo_exception', 'parse error')})")
    feed_title = _str(parsed.feed.get("title")) or None
    if len(parsed.entries) > limit:
        on_error(InputError(name, f"{len(parsed.entries) - limit} entries past the first {limit} not read"))
    entries = []
    unlinked = 0
    for entry in parsed.entries[:limit]:
        link = _web_link(entry.get("link"), name)
        if link is None:
            unlinked += 1
            continue
        checked = safe_url(link)
        if checked is None:
            on_error(InputError(name, f"entry with a malformed link {link[:200]!r} not read"))
            continue
        published = entry.get("published") or entry.get("updated")
        text, is_html = _entry_text(entry)
        entries.append(
            FeedEntry(
                link=checked,
                published=(single_line(published, MAX_DATE_CHARS) or None) if isinstance(published, str) else None,
                title=_str(entry.get("title")),
                outlet=_str((entry.get("source") or {}).get("title")) or feed_title,
                text=text,
                text_is_html=is_html,
            )
        )
    if unlinked:
        on_error(InputError(name, f"{unlinked} entr{'y' if unlinked == 1 else 'ies'} without a web page's address "
                                  "not read (no link, or a javascript:, mailto:, file: or relative one)"))
    return entries


_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def _web_link(link: object, feed: str) -> str | None:
    """An entry's link as a web address: a relative one ("/story/1", as Atom allows) read against the
    feed's own address; None where it is none (no link, another scheme, relative in a feed file)."""
    if not isinstance(link, str) or not link.strip():
        return None
    link = link.strip()
    if link.startswith(("http://", "https://")):
        return link
    if _SCHEME.match(link) or not feed.startswith(("http://", "https://")):
        return None
    return urljoin(feed, link)


def article_from_feed_text(entry: FeedEntry, *, config: Config) -> Article:
    """The article as the feed entry gives it: HTML through the page extractor, plain text as a record."""
    origin = f"{entry.link} (feed text)"
    if entry.text_is_html:
        page = (
            f"<html><head><title>{html.escape(entry.title)}</title></head>"
            f"<body><article><h1>{html.escape(entry.title)}</h1>{entry.text}</article></body></html>"
        )
        article = article_from_html(page, url=entry.link, origin=origin, config=config)
    else:
        record = {"title": entry.title, "text": entry.text, "url": entry.link}
        article = article_from_record(record, origin=origin, config=config)
    limits = config.limits
    return replace(
        article,
        title=single_line(entry.title, limits.max_title_chars) or article.title,
        outlet=single_line(entry.outlet or "", limits.max_outlet_chars) or article.outlet,
        published=entry.published or article.published,
    )


def opml_feeds(data: bytes, name: str, *, limit: int = MAX_OPML_FEEDS, on_error: ErrorSink = _ignore) -> list[str]:
    """The feed URLs of an OPML list, once each; past ``limit``, and malformed ones, go to ``on_error``."""
    root = _safe_xml_root(data, name)
    urls = []
    for outline in root.iter("outline"):
        url = outline.get("xmlUrl") or outline.get("xmlurl")
        if url and url.strip().startswith(("http://", "https://")):
            checked = safe_url(url.strip())
            if checked is None:
                on_error(InputError(name, f"feed with a malformed URL {url[:200]!r} not read"))
            else:
                urls.append(checked)
    if not urls:
        raise InputError(name, "no feed (outline xmlUrl) in the OPML file")
    unique = list(dict.fromkeys(urls))
    if len(unique) > limit:
        on_error(InputError(name, f"{len(unique) - limit} feeds past the first {limit} not read"))
    return unique[:limit]


def warc_pages(
    path: Path, max_bytes: int, *, ratio: int = 100, on_error: ErrorSink = _ignore
) -> Iterator[tuple[str, bytes]]:
    """``(target URL, HTML body)`` of each successful HTML response record of a WARC file.

    The file is decompressed here, capped (see `CappedStream`), not by warcio; a body over
    ``max_bytes`` goes to ``on_error``."""
    with open_regular(path) as handle:
        try:
            yield from _warc_records(path, handle, max_bytes, ratio, on_error)
        except TooLarge as exc:
            raise InputError(str(path), f"{exc.what}: the rest of the file is not read") from None
        except Exception as exc:  # warcio raises bare ArchiveLoadFailed/ValueError on corrupt files
            raise InputError(str(path), f"not a readable WARC file ({exc.__class__.__name__})") from None


def _warc_records(
    path: Path, handle: IO[bytes], max_bytes: int, ratio: int, on_error: ErrorSink
) -> Iterator[tuple[str, bytes]]:
    from warcio.archiveiterator import ArchiveIterator

    class Quiet(ArchiveIterator):  # type: ignore[misc]
        INC_RECORD = ""  # warcio writes its own lines on the terminal: the run says it in one, below

    stream = CappedStream(handle, limit=max_bytes, ratio=ratio, max_line=max_bytes + 65_536)
    records = Quiet(io.BufferedReader(stream, 1 << 16))
    yield from _html_responses(path, records, max_bytes, on_error)
    if records.err_count:
        on_error(InputError(str(path), "a record's Content-Length is wrong: what follows it may not be read"))


def _html_responses(path: Path, records: Any, max_bytes: int, on_error: ErrorSink) -> Iterator[tuple[str, bytes]]:
    for record in records:
        if record.rec_type != "response" or record.http_headers is None:
            continue
        status = record.http_headers.get_statuscode()
        ctype = (record.http_headers.get_header("Content-Type") or "").lower()
        if status != "200" or "html" not in ctype:
            continue
        target = record.rec_headers.get_header("WARC-Target-URI") or ""
        body = record.content_stream().read(max_bytes + 1)
        if len(body) <= max_bytes:
            yield target, body
        else:
            on_error(InputError(f"{path}#{target[:200]}", f"record body over the {max_bytes} byte limit"))
