"""``evenhand export``: the web reader as static files, for hosting anywhere (or opening from disk).

The same templates and view data as ``evenhand serve``, with relative links (``../stories/ID.html``)
and each page's JSON twin beside it. The site is written to a temporary folder next to the target
and swapped in at the end, so an interrupted export never leaves a half-written site.

The JSON API is mirrored at the paths the live site serves, so a client pointed at the folder's
address works unchanged: ``stories.json``, ``stories/ID.json``, ``articles/ID.json``,
``outlets.json``, ``outlets/NAME.json``, ``openapi.json`` (describing this copy) and ``feed.atom``.
What a static host cannot do is left out and said so in the copy's ``openapi.json``:

- ``search.json?q=`` needs a server to run the query; the copy has ``search-index.json`` (every
  story's and article's words), which its search page reads in the browser;
- ``stories.json?page=N``: ``stories.json`` holds every story on one page (``more`` is false);
- an outlet whose name no file can carry (a ``/``, a character Windows refuses, a leading dot,
  150 bytes or more) is written under a slug with a hash (``web.static_name``);
- ``/healthz`` says a server is up: a folder has nothing to say.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import EvenhandError, InputError
from ..outlets import Sliders
from ..serialize import outlets_document
from ..store import Store
from .api import openapi_document
from .links import Links, static_name
from .pages import Pages
from .views import Reader, StoryView

MARKER = ".evenhand-export"
SEARCH_INDEX_SCHEMA = "evenhand.search-index/1"
_WORDS = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class ExportReport:
    directory: Path
    stories: int
    articles: int
    outlets: int
    files: int


class _Writer:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.files = 0

    def text(self, relative: str, body: str) -> None:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
        self.files += 1

    def json(self, relative: str, data: Any) -> None:
        self.text(relative, json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")


def _check_target(directory: Path) -> None:
    if directory.exists() and not directory.is_dir():
        raise EvenhandError(f"{directory}: exists and is not a folder")
    if directory.is_dir() and any(directory.iterdir()) and not (directory / MARKER).exists():
        raise EvenhandError(
            f"{directory}: not empty and not an earlier evenhand export; choose another folder"
        )


def _swap_in(staging: Path, directory: Path) -> None:
    """Replace ``directory`` with ``staging``; the old export is removed only once the new one is in place."""
    if not directory.exists():
        os.replace(staging, directory)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{directory.name}.old-", dir=directory.parent))
    os.replace(directory, retired / directory.name)
    try:
        os.replace(staging, directory)
    except OSError:
        os.replace(retired / directory.name, directory)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def _index_words(*texts: str) -> list[str]:
    return sorted({w.casefold() for text in texts for w in _WORDS.findall(text)})


def export_site(
    db_path: str | Path,
    directory: str | Path,
    *,
    base_url: str | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> ExportReport:
    """Write the whole site for the store at ``db_path`` into ``directory`` (created or replaced).

    ``base_url`` (where the site will be hosted) makes the Atom feed's links absolute; without it
    they are relative to the feed's own address. ``progress(kind, n)`` is told of each page written.
    """
    target = Path(directory).resolve()
    _check_target(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tick = progress or (lambda kind, n: None)
    with Store.open(db_path, readonly=True) as store:
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
        try:
            report = _write_site(Reader(store), _Writer(staging), base_url, tick)
            (staging / MARKER).write_text(f"evenhand {__version__}\n", encoding="utf-8")
            os.chmod(staging, 0o755)
            _swap_in(staging, target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    return ExportReport(target, report[0], report[1], report[2], report[3])


def _write_site(
    reader: Reader, out: _Writer, base_url: str | None, tick: Callable[[str, int], None]
) -> tuple[int, int, int, int]:
    pages = Pages()
    top = Links(static=True, root="")
    deep = top.at(1)
    _copy_static(out.root / "static")

    stories = _write_front(reader, pages, out, top, deep)
    search_items: list[dict[str, Any]] = []
    for n, summary in enumerate(stories, 1):
        view = reader.story(summary["id"])
        if view is None:
            continue
        key = static_name(summary["id"])
        out.text(f"stories/{key}.html", pages.story(deep, view))
        out.json(f"stories/{key}.json", reader.story_json(view))
        _write_slider_pages(reader, pages, out, deep, summary["id"], view)
        facts = " ".join(
            str(f.get("text", "")) for f in (view.brief or {}).get("facts", []) if isinstance(f, dict)
        )
        search_items.append(
            {
                "kind": "story",
                "title": summary["headline"],
                "href": top.story(summary["id"]),
                "outlet": "",
                "words": _index_words(summary["headline"], summary["lede"], facts),
            }
        )
        tick("story", n)

    n_articles = 0
    for row in reader.store.articles():
        data = reader.article(row.id)
        if data is None:
            continue
        key = static_name(row.id)
        out.text(f"articles/{key}.html", pages.article(deep, data))
        out.json(f"articles/{key}.json", reader.article_json(data))
        search_items.append(
            {
                "kind": "article",
                "title": row.title,
                "href": top.article(row.id),
                "outlet": row.outlet,
                "words": _index_words(row.title, row.outlet),
            }
        )
        n_articles += 1
        tick("article", n_articles)

    outlets = reader.outlets()
    out.text("outlets/index.html", pages.outlets(deep, outlets))
    out.json("outlets.json", outlets_document(outlets))
    for outlet in outlets:
        data = reader.outlet(outlet["name"])
        if data is not None:
            # Under every name its articles give it too, as their pages link to it.
            for name in dict.fromkeys([outlet["name"], *outlet["names"]]):
                key = static_name(name)
                out.text(f"outlets/{key}.html", pages.outlet(deep, data))
                out.json(f"outlets/{key}.json", data)
            tick("outlet", 1)

    out.text("search.html", pages.static_search(top))
    out.json("search-index.json", {"schema": SEARCH_INDEX_SCHEMA, "items": search_items})
    out.json("openapi.json", static_openapi_document(base_url))
    _write_feed(reader, pages, out, base_url)
    return len(stories), n_articles, len(outlets), out.files


def _write_slider_pages(
    reader: Reader, pages: Pages, out: _Writer, links: Links, story_id: str, view: StoryView
) -> None:
    """A story's page for each slider moved alone: what its controls link to in the copy."""
    for group in view.sliders:
        for choice in group["choices"]:
            if not choice["single"] or not choice["available"]:
                continue
            try:
                moved = reader.story(story_id, sliders=Sliders.parse(**choice["single"]))
            except InputError:
                continue
            if moved is not None:
                path = links.slider(story_id, choice).removeprefix(links.root)
                out.text(path, pages.story(links, moved))
                out.json(path.removesuffix(".html") + ".json", reader.story_json(moved))


def _write_front(reader: Reader, pages: Pages, out: _Writer, top: Links, deep: Links) -> list[dict[str, Any]]:
    everything: list[dict[str, Any]] = []
    page = 1
    sides = reader.rated_sides()
    for side in sides:
        blind = reader.blindspots(side["side"])
        out.text(f"blindspots/{side['side']}.html", pages.front(deep, blind, 1, False, sides, side))
        out.json(f"blindspots/{side['side']}.json", reader.stories_document(blind, blindspot=side))
    while True:
        stories, more = reader.front(page)
        links = top if page == 1 else deep
        out.text(
            "index.html" if page == 1 else f"pages/{page}.html", pages.front(links, stories, page, more, sides)
        )
        everything.extend(stories)
        if not more:
            break
        page += 1
    out.json("stories.json", reader.stories_document(everything))
    return everything


def _write_feed(reader: Reader, pages: Pages, out: _Writer, base_url: str | None) -> None:
    root = base_url.rstrip("/") + "/" if base_url else ""
    links = Links(static=True, root=root)
    body = pages.feed(
        links, reader, base_url=root or "index.html", self_url=f"{root}feed.atom", feed_key=root or "export"
    )
    out.text("feed.atom", body)


def _copy_static(target: Path) -> None:
    source = resources.files("evenhand").joinpath("static")
    target.mkdir(parents=True, exist_ok=True)
    for item in source.iterdir():
        if item.is_file():
            (target / item.name).write_bytes(item.read_bytes())


_SEARCH_INDEX = {
    "type": "object",
    "properties": {
        "schema": {"const": SEARCH_INDEX_SCHEMA},
        "items": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "kind": {"enum": ["story", "article"]},
                    "title": {"type": "string"},
                    "href": {"type": "string", "description": "The page, relative to the site's root"},
                    "outlet": {"type": "string"},
                    "words": {"type": "array", "items": {"type": "string"}},
                },
                "required": ["kind", "title", "href", "words"],
            },
        },
    },
    "required": ["schema", "items"],
}


def static_openapi_document(base_url: str | None = None) -> dict[str, Any]:
    """The live site's OpenAPI document, cut to what a static copy serves (see the module's doc)."""
    doc = openapi_document(base_url.rstrip("/") + "/" if base_url else "./")
    paths = doc["paths"]
    del paths["/search.json"]
    listing = paths["/stories.json"]["get"]
    listing.pop("parameters", None)
    listing["summary"] = "Every story, newest first, on one page"
    story = paths["/stories/{id}.json"]["get"]
    story["parameters"] = [p for p in story["parameters"] if p["in"] == "path"]
    story["responses"].pop("400", None)
    story["description"] = (
        "A static copy has no slider parameters: each slider moved alone is its own file,"
        " ID~lean-right.json, ID~establishment-pro.json, ID~depth-2.json and so on, where the story's"
        " outlets are rated there."
    )
    outlet = paths["/outlets/{name}.json"]["get"]
    outlet["description"] = (
        "NAME is the outlet's name, unless no file can carry it (a '/', one of <>:\"\\|?*, a control"
        " character, a leading dot, a trailing dot or space, a reserved device name such as CON, 150"
        " bytes or more): then a slug of it with a hash, as the outlet's page links to."
    )
    paths["/search-index.json"] = {
        "get": {
            "operationId": "getSearchIndex",
            "summary": "The words of every story and article, for searching in the browser",
            "responses": {
                "200": {
                    "description": "The search index",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchIndex"}}},
                }
            },
        }
    }
    doc["components"]["schemas"]["SearchIndex"] = _SEARCH_INDEX
    doc["info"]["description"] += (
        " This is a static copy written by `evenhand export`: the same files at the same paths as the"
        " live API, except /search.json (a static host cannot run a query: search-index.json holds"
        " the words to search instead) and ?page= (stories.json lists every story)."
    )
    return doc
