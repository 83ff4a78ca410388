"""An Atom 1.0 (RFC 4287) writer for new and updated briefs.

Written by hand rather than with ElementTree so that characters XML 1.0 forbids (control
characters that scraped article text does carry) are dropped instead of producing a
document that every feed reader rejects.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from xml.sax.saxutils import escape, quoteattr

from .. import __version__
from ..model import parse_datetime

ATOM_NS = "http://www.w3.org/2005/Atom"

# Code points XML 1.0 does not allow anywhere in a document, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One brief as an Atom entry; ``updated`` is any ISO 8601 timestamp (UTC if naive)."""

    id: str
    title: str
    updated: str
    link: str
    summary: str
    authors: Sequence[str] = ("evenhand",)
    published: str | None = None
    content_html: str | None = None
    categories: Sequence[str] = field(default_factory=tuple)


def xml_text(value: str) -> str:
    """``value`` as XML character data: escaped, with forbidden code points removed."""
    return escape(_NOT_XML.sub("", value))


def xml_attr(value: str) -> str:
    """``value`` as a quoted XML attribute value, newlines and tabs kept as characters."""
    return quoteattr(_NOT_XML.sub("", value), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def rfc3339(value: str | datetime | None) -> str:
    """An RFC 3339 timestamp (``2024-05-01T12:00:00Z``) from an ISO 8601 string or datetime.

    Unparseable or missing values become the current time, because Atom requires a date
    and a wrong-but-valid date is better than a feed readers refuse.
    """
    moment = value if isinstance(value, datetime) else parse_datetime(value, rfc2822=False)
    if moment is None:
        moment = datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _entry(entry: FeedEntry) -> list[str]:
    lines = [
        "  <entry>",
        f"    <id>{xml_text(entry.id)}</id>",
        f'    <title type="text">{xml_text(entry.title or "(untitled)")}</title>',
        f"    <updated>{rfc3339(entry.updated)}</updated>",
    ]
    if entry.published:
        lines.append(f"    <published>{rfc3339(entry.published)}</published>")
    lines.append(f'    <link rel="alternate" type="text/html" href={xml_attr(entry.link)}/>')
    for name in entry.authors or ("evenhand",):
        lines.append(f"    <author><name>{xml_text(name)}</name></author>")
    for term in entry.categories:
        lines.append(f"    <category term={xml_attr(term)}/>")
    lines.append(f'    <summary type="text">{xml_text(entry.summary)}</summary>')
    if entry.content_html is not None:
        lines.append(f'    <content type="html">{xml_text(entry.content_html)}</content>')
    lines.append("  </entry>")
    return lines


def atom_feed(
    entries: Sequence[FeedEntry],
    *,
    feed_id: str,
    title: str,
    self_url: str,
    site_url: str,
    updated: str | None = None,
    subtitle: str = "",
) -> str:
    """A complete Atom document; the feed's ``updated`` is its newest entry's unless given."""
    newest = max((rfc3339(e.updated) for e in entries), default=None)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="{ATOM_NS}">',
        f"  <id>{xml_text(feed_id)}</id>",
        f'  <title type="text">{xml_text(title)}</title>',
    ]
    if subtitle:
        lines.append(f'  <subtitle type="text">{xml_text(subtitle)}</subtitle>')
    lines += [
        f"  <updated>{rfc3339(updated or newest)}</updated>",
        f'  <link rel="self" type="application/atom+xml" href={xml_attr(self_url)}/>',
        f'  <link rel="alternate" type="text/html" href={xml_attr(site_url)}/>',
        "  <author><name>evenhand</name></author>",
        f'  <generator version="{__version__}">evenhand</generator>',
    ]
    for entry in entries:
        lines += _entry(entry)
    lines.append("</feed>")
    return "\n".join(lines) + "\n"
