"""Every URL the site emits, served (absolute paths) or exported (relative file paths)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from .. import __version__
from .citations import Span, span_id


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
# Windows' device names, and the export's own page of each folder (an outlet named "index" would
# overwrite the list of outlets).
_RESERVED_NAME = re.compile(r"(con|prn|aux|nul|com[0-9]|lpt[0-9]|index)(\..*)?", re.IGNORECASE)


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

    def slider(self, story_id: str, choice: Mapping[str, Any], fmt: str = "html") -> str:
        """A story under the sliders of ``choice`` (from ``Reader.slider_controls``). Served: its
        settings as query parameters; exported: the page of its one slider moved, beside the story's."""
        if self.static_site:
            single = "".join(f"~{k}-{v}" for k, v in choice["single"].items())
            return f"{self.root}stories/{quote(static_name(story_id) + single, safe='')}.{fmt}"
        query = urlencode(choice["params"])
        return self.story(story_id, fmt) + (f"?{query}" if query else "")

    def article(self, article_id: str, span: Span | None = None, fmt: str = "html") -> str:
        url = self._page("articles", article_id, fmt)
        return f"{url}#{span_id(span.start, span.end)}" if span is not None else url

    def outlet(self, name: str, fmt: str = "html") -> str:
        return self._page("outlets", name, fmt)

    def blindspots(self, side: str, fmt: str = "html") -> str:
        return self._page("blindspots", side, fmt)

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
