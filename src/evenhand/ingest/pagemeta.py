"""What a web page says about itself: schema.org JSON-LD and Open Graph metadata.

Publishers describe their articles for search engines and social networks: a JSON-LD
``NewsArticle`` (or ``Article``, ``BlogPosting``, ...) with its ``headline``, ``author``,
``datePublished``, ``publisher`` and often the whole ``articleBody``, and ``og:`` / ``article:``
meta tags. This is the page's own word about its outlet, title, author and date, more reliable
than guessing them from the text, and the body it declares is a fallback where the HTML holds
little of the article (pages that render their text with scripts, or behind a paywall).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import html as lxml_html  # type: ignore[import-untyped]

from .decode import json_value

# Bounds on untrusted input: how much of a page and of each JSON-LD block is read.
_MAX_PAGE_BYTES = 10_000_000
_MAX_JSONLD_CHARS = 2_000_000
_MAX_JSONLD_BLOCKS = 20
_MAX_NODES = 2_000
_SITE_NAME_WORDS = 5

_ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "socialmediaposting", "liveblogposting",
    "scholarlyarticle", "techarticle", "report", "posting",
})
_ORGANISATION_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "website"})


@dataclass(frozen=True, slots=True)
class PageMeta:
    """Metadata a page declares about its article; ``None`` where it says nothing. ``outlet`` is
    the publisher the page names (JSON-LD, ``og:site_name``); ``site`` a weaker clue to it (the
    ``application-name``, the title of the site's feed, the name after the headline in
    ``<title>``); ``standfirst`` the summary printed under its headline (see _standfirst)."""

    outlet: str | None = None
    site: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    body: str | None = None
    standfirst: str | None = None


def parse_page(page: str | bytes) -> Any:
    """The page's element tree, or None where it has none (empty, or not HTML lxml can read)."""
    # lxml refuses a str that declares its encoding (<?xml ... encoding=...?>): parse bytes.
    data = page.encode("utf-8") if isinstance(page, str) else page
    data = data[:_MAX_PAGE_BYTES]
    if not data.strip():
        return None
    parser = lxml_html.HTMLParser(encoding="utf-8") if isinstance(page, str) else None
    try:
        return lxml_html.document_fromstring(data, parser=parser)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None


def page_metadata(page: str | bytes, *, tree: Any = None) -> PageMeta:
    """The outlet, title, author, date, canonical URL and declared body of an article page (``tree``
    the page parsed by parse_page, where the caller has it)."""
    tree = parse_page(page) if tree is None else tree
    if tree is None:
        return PageMeta()
    meta = _meta_tags(tree)
    article, publisher = _jsonld(tree)
    outlet = _name(article.get("publisher")) or publisher or meta.get("og:site_name")
    canonical = _first_link(tree, "canonical") or meta.get("og:url")
    title = _text(article.get("headline") or article.get("name"))
    return PageMeta(
        outlet=_text(outlet),
        site=_site_name(meta.get("application-name")) or _feed_title(tree)
        or _title_suffix(tree, title or meta.get("og:title")),
        title=title,
        author=_text(_authors(article.get("author")) or meta.get("article:author") or meta.get("author")),
        published=_text(article.get("datePublished") or meta.get("article:published_time")),
        url=canonical if canonical and canonical.startswith(("http://", "https://")) else None,
        body=_body(article.get("articleBody")),
        standfirst=_standfirst(tree, (
            meta.get("og:description"), meta.get("twitter:description"), meta.get("description"),
            article.get("description"),
        )),
    )


def _meta_tags(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or "").strip().lower()
        value = (element.get("content") or "").strip()
        if not key or not value:
            continue
        if value.lower().startswith(("http://", "https://")) and key != "og:url":
            continue  # a profile link where a name belongs (article:author)
        found.setdefault(key, value)
    return found


def _first_link(tree: Any, rel: str) -> str | None:
    for element in tree.iter("link"):
        if rel in (element.get("rel") or "").lower().split():
            href = (element.get("href") or "").strip()
            if href:
                return href
    return None


def _feed_title(tree: Any) -> str | None:
    """The title of the site's RSS or Atom feed, which names the site ("The Ostermoor Herald »
    Feed")."""
    for element in tree.iter("link"):
        kind = (element.get("type") or "").lower()
        if "alternate" in (element.get("rel") or "").lower().split() and kind.endswith(("rss+xml", "atom+xml")):
            title = _text(element.get("title")) or ""
            if re.search(r"(?i)\bcomments?\b", title):
                continue
            return _site_name(re.split(r"(?i)\s*(?:[»|:–-]\s*)?\b(?:rss|atom|feed|podcasts?)\b", title)[0])
    return None


def _site_name(value: str | None) -> str | None:
    """A clue that reads as a name: a few words, not a sentence."""
    name = _text(value)
    if not name or len(name.split()) > _SITE_NAME_WORDS or name[-1] in ".?!":
        return None
    return name


def _title_suffix(tree: Any, headline: str | None) -> str | None:
    """The name after the headline in ``<title>`` ("Barriers hold - The Ostermoor Herald"), where
    the rest of the title is the headline the page gives elsewhere (its H1 where it gives none)."""
    element = tree.find(".//title")
    full = _text(element.text_content()) if element is not None else None
    if not headline:
        heading = tree.find(".//h1")
        headline = _text(heading.text_content()) if heading is not None else None
    if not full or not headline or not full.casefold().startswith(headline.casefold()):
        return None
    match = re.fullmatch(r"\s+[|–—·»-]\s+(.{2,60}?)\s*", full[len(headline):])
    return _site_name(match.group(1)) if match else None


def _jsonld(tree: Any) -> tuple[dict[str, Any], str | None]:
    """The page's article node (the one with the longest body, else the first) and the name of
    a publishing organisation or web site declared beside it."""
    articles: list[dict[str, Any]] = []
    publisher: str | None = None
    blocks = [s for s in tree.iter("script") if (s.get("type") or "").strip().lower() == "application/ld+json"]
    for script in blocks[:_MAX_JSONLD_BLOCKS]:
        raw = (script.text or "").strip()
        if not raw or len(raw) > _MAX_JSONLD_CHARS:
            continue
        try:
            nodes = list(_nodes(json_value(raw)))
        except (ValueError, RecursionError):
            continue  # not JSON, or nested too deeply to read: the page says nothing of itself here
        for node in nodes:
            types = _types(node)
            if types & _ARTICLE_TYPES:
                articles.append(node)
            elif types & _ORGANISATION_TYPES and publisher is None:
                publisher = _name(node)
    if not articles:
        return {}, publisher
    with_body = [a for a in articles if isinstance(a.get("articleBody"), str)]
    if with_body:
        return max(with_body, key=lambda a: len(a["articleBody"])), publisher
    return articles[0], publisher


def _nodes(data: Any) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD document, ``@graph`` members and nested values included."""
    stack, seen = [data], 0
    while stack and seen < _MAX_NODES:
        item = stack.pop()
        seen += 1
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            stack.extend(v for v in item.values() if isinstance(v, dict | list))


def _types(node: dict[str, Any]) -> set[str]:
    value = node.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.lower() for v in values if isinstance(v, str)}


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return value if isinstance(value, str) and value.strip() else None


def _authors(value: Any) -> str | None:
    values = value if isinstance(value, list) else [value]
    names = [name for name in (_name(v) if isinstance(v, dict) else v for v in values) if isinstance(name, str)]
    names = [n.strip() for n in names if n.strip() and not n.strip().lower().startswith(("http://", "https://"))]
    return "; ".join(dict.fromkeys(names)) or None


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(html.unescape(value).split())
    return text or None


def _body(value: Any) -> str | None:
    """A declared body as plain paragraphs: some publishers put HTML in it."""
    if not isinstance(value, str) or not value.strip():
        return None
    if re.search(r"<(?:p|br|div|span|a|em|strong)\b", value, re.I):
        fragment = lxml_html.fragment_fromstring(value, create_parent="div")
        for tag in fragment.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4"):
            tag.tail = "\n\n" + (tag.tail or "")
        value = fragment.text_content()
    else:
        value = html.unescape(value)
    return value.strip() or None


# -- the standfirst -------------------------------------------------------------------------------

# A standfirst is a sentence or two, printed whole: a description cut short ("...") is a teaser.
_STANDFIRST_WORDS = (6, 60)
# How far below the headline it may start: a byline, a date, a section label, share buttons.
_STANDFIRST_GAP = 300
# Text a reader does not read as the article's opening: code, controls, and the caption under a
# picture (a page may declare a caption as its description).
_UNSEEN = frozenset({
    "script", "style", "noscript", "template", "svg", "head", "title", "button", "select", "figcaption",
})
_BLOCKS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "header", "section", "article", "aside", "footer", "nav",
    "main", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "figure", "figcaption", "blockquote",
    "br", "hr", "form",
})
_FOLD = str.maketrans({"‘": "'", "’": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"})
_SENTENCE_STOPS = ".!?…"
_SENTENCE_CLOSE = _SENTENCE_STOPS + "\"'”’)"
_MAX_HEADLINES = 5
# Marks where an H1 ends in the page's visible text: a character no page shows.
_HEADLINE_MARK = "\x00"


def _standfirst(tree: Any, descriptions: tuple[Any, ...]) -> str | None:
    """The summary a page prints under its headline (a standfirst, a dek): the description it
    declares (Open Graph, meta, JSON-LD), where its text shows that description whole a little
    below an H1 (below the element itself: a breadcrumb or a recipe card may repeat the headline's
    words elsewhere, with the description under them). Returned as the page prints it. A reader
    reads it as the article's opening; extraction often leaves it out, keeping the body below it."""
    body = tree.find(".//body")
    if body is None:
        return None
    wanted = [d for d in (_text(value) for value in descriptions) if d and _standfirst_shaped(d)]
    if not wanted or body.find(".//h1") is None:
        return None
    pieces = " ".join(_visible_text(body).split()).split(_HEADLINE_MARK)
    shown = "".join(pieces)
    folded = _folded(shown)
    top = 0
    for piece in pieces[:-1][:_MAX_HEADLINES]:  # where each H1 ends (some pages put their name in one)
        top += len(piece)
        for description in wanted:
            if found := _shown_below(shown, folded, top, description):
                return found
    return None


def _standfirst_shaped(description: str) -> bool:
    low, high = _STANDFIRST_WORDS
    return low <= len(description.split()) <= high and not description.endswith(("...", "…"))


def _shown_below(shown: str, folded: str, top: int, description: str) -> str | None:
    """The description where the page shows it, starting at most _STANDFIRST_GAP characters
    below ``top`` and ending where a block of text ends (its own closing stop or quote mark
    taken with it, whether or not the description has one)."""
    wanted = _folded(description.rstrip(_SENTENCE_STOPS))
    at = folded.find(wanted, top, top + _STANDFIRST_GAP + len(wanted))
    if at < 0 or (at > 0 and folded[at - 1] != " "):
        return None
    end = at + len(wanted)
    while end < len(shown) and shown[end] in _SENTENCE_CLOSE:
        end += 1
    if end < len(shown) and shown[end] != " ":
        return None  # the description is the start of a longer text, not a standfirst of its own
    return shown[at:end]


def _folded(text: str) -> str:
    """Quotes and dashes made plain and letters lower case, one character for one, so that a
    position in the folded text is the same position in the text."""
    return "".join(ch if len(low := ch.lower()) != 1 else low for ch in text.translate(_FOLD))


def _visible_text(element: Any) -> str:
    """The element's text as a reader sees it: scripts, styles, comments and controls left out,
    a space between blocks, where text_content() runs "headline" and "Standfirst" together, and
    _HEADLINE_MARK where each H1 ends."""
    parts: list[str] = []
    stack: list[tuple[Any, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            parts.append(" " if node.tag in _BLOCKS else "")
            parts.append(_HEADLINE_MARK if node.tag == "h1" else "")
            parts.append(_unmarked(node.tail) if node is not element else "")
            continue
        if not isinstance(node.tag, str) or node.tag in _UNSEEN:
            parts.append(_unmarked(node.tail) if node is not element else "")
            continue
        parts.append(" " if node.tag in _BLOCKS else "")
        parts.append(_unmarked(node.text))
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return "".join(parts)


def _unmarked(text: str | None) -> str:
    return (text or "").replace(_HEADLINE_MARK, "")
