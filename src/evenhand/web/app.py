"""The web reader: a Starlette app over the store that shows, for every fact, the exact source sentences.

Pages and their JSON twins are built from the same view data (``Reader``), and rendered by the
same templates (``Pages``) that ``evenhand export`` writes as static files; only the link style
(``Links``) differs. Untrusted article text reaches HTML only through Jinja autoescaping or
``mark_spans``, which escapes every piece it emits, and a strict Content-Security-Policy stops any
script that is not our own static file.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import InputError
from ..outlets import Sliders
from ..serialize import iso, outlets_document
from ..store import Store
from .api import json_bytes, openapi_document
from .links import Links
from .pages import CSP, Pages, shortdate
from .views import Reader, StoryVectors, StoryView, ratings_epoch

MAX_PAGE = 10_000
MAX_QUERY_CHARS = 200
PAGE_CACHE = 256

SECURITY_HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


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
    """One read connection per worker thread: database connections must not be shared mid-query."""

    def __init__(self, db_path: str, read_only: bool) -> None:
        self.db_path = db_path
        self.read_only = read_only
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()
        self._vectors = StoryVectors()  # one for all threads: a story's slider settings may meet any of them
        Store.open(db_path, readonly=read_only).close()

    def reader(self) -> Reader:
        reader: Reader | None = getattr(self._local, "reader", None)
        if reader is None:
            store = Store.open(self.db_path, readonly=self.read_only)
            with self._lock:
                self._all.append(store)
            reader = Reader(store, self._vectors)
            self._local.reader = reader
        return reader

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                store.close()
            self._all.clear()


def _page_number(request: Request) -> int:
    raw = request.query_params.get("page", "1")
    # isdigit() accepts "²" and other digits int() refuses; only ASCII digits make a page number
    # ... and a length bound first: int() refuses over 4,300 digits with an error of its own
    if not (raw.isascii() and raw.isdigit()) or len(raw) > len(str(MAX_PAGE)) or not 1 <= int(raw) <= MAX_PAGE:
        raise HTTPException(400, "page must be a number from 1")
    return int(raw)


def _query(request: Request) -> str:
    return request.query_params.get("q", "").strip()[:MAX_QUERY_CHARS]



class UpdateTask:
    """Runs ``job`` (an update: ingest the feeds, cluster, write briefs) now and then every ``every``
    seconds, in a thread of its own while the app serves, and keeps the state of the last run.

    ``job`` returns the run's counts (JSON-ready); an exception is caught, reported through ``log`` and
    kept as the run's error, and the next run comes on time: a bad feed or a full disk never stops the site.
    """

    def __init__(
        self, job: Callable[[], dict[str, Any]], every: float, log: Callable[[str], None] | None = None
    ) -> None:
        self.job = job
        self.every = every
        self.log = log or (lambda _line: None)
        self.version = 0  # bumped when a run starts or ends: cached pages show the footer of the moment
        self.runs = 0
        self.running = False
        self.last: dict[str, Any] | None = None
        self.next_at: float | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="evenhand-update", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.run_once()
            self.next_at = time.time() + self.every
            self._stop.wait(self.every)

    def run_once(self) -> None:
        started = time.time()
        self.running, self.version = True, self.version + 1
        try:
            counts, error = self.job(), None
        except Exception as exc:  # reported and kept: the server goes on serving what it has
            counts, error = {}, str(exc) or exc.__class__.__name__
            self.log(f"update failed: {error}")
        self.last = {
            "started": iso(started),
            "finished": iso(time.time()),
            "seconds": round(time.time() - started, 1),
            "ok": error is None,
            "error": error,
            **counts,
        }
        self.runs += 1
        self.running, self.version = False, self.version + 1

    def state(self) -> dict[str, Any]:
        """For /healthz."""
        return {
            "every_seconds": self.every,
            "running": self.running,
            "runs": self.runs,
            "last": self.last,
            "next": iso(self.next_at) if self.next_at is not None else None,
        }

    def footer(self) -> str:
        """One line for the pages' footer: when the site was last updated, and how that went."""
        last = self.last
        if last is None:
            return "The first update from the feeds is running."
        when = shortdate(last["finished"])
        if not last["ok"]:
            return f"The update at {when} failed ({last['error']}); the next one will try again."
        added = int(last.get("articles_added", 0))
        stories = int(last.get("new_stories", 0))
        return (
            f"Updated {when} from {_count(int(last.get('feeds', 0)), 'feed')}: "
            f"{_count(added, 'new article')}, {_count(stories, 'new story', 'new stories')}."
            + (" Updating now." if self.running else "")
        )


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def create_app(
    db_path: str | Path,
    *,
    read_only: bool = True,
    cache_pages: int = PAGE_CACHE,
    updates: UpdateTask | None = None,
) -> Starlette:
    """The web reader over the store at ``db_path`` (opened ``mode=ro`` unless ``read_only`` is False).

    ``cache_pages`` bounds the rendered story pages kept in memory (0: render every request).
    ``updates`` runs while the app serves (started and stopped with it), its state on /healthz and
    in the pages' footer. Raises ``evenhand.store.StoreError`` at once if the database cannot be opened.
    """
    pool = StorePool(str(db_path), read_only)
    cache = PageCache(cache_pages)
    pages = Pages(status=updates.footer if updates is not None else None)
    links = Links()

    def version() -> int:
        return updates.version if updates is not None else 0

    def html(body: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(body, status_code=status)

    def _front(request: Request, kind: str, render: Callable[[list[dict[str, Any]], int, bool], bytes]) -> bytes:
        """A page of the story list, cached until any story or brief changes."""
        page = _page_number(request)
        reader = pool.reader()
        key = (kind, page, reader.store.last_change(), ratings_epoch(), version())
        body = cache.get(key)
        if body is None:
            stories, more = reader.front(page)
            if page > 1 and not stories:
                raise HTTPException(404, "There are no stories on this page.")
            body = render(stories, page, more)
            cache.put(key, body)
        return body

    def front(request: Request) -> Response:
        # The sides are read only when the page is rendered: a cached page's key holds the ratings' epoch.
        body = _front(request, "front", lambda s, page, more: pages.front(
            links, s, page, more, pool.reader().rated_sides()
        ).encode("utf-8"))
        return Response(body, media_type="text/html; charset=utf-8")

    def _blindspots(
        request: Request, kind: str, render: Callable[[Reader, dict[str, str], list[dict[str, Any]]], bytes]
    ) -> bytes:
        """The blindspots of one side, cached like front pages until any story or brief changes."""
        reader = pool.reader()
        side = next((s for s in reader.rated_sides() if s["side"] == request.path_params["side"]), None)
        if side is None:
            raise HTTPException(404, "No imported rating places outlets on this side.")
        key = (kind, side["side"], reader.store.last_change(), ratings_epoch(), version())
        body = cache.get(key)
        if body is None:
            body = render(reader, side, reader.blindspots(side["side"]))
            cache.put(key, body)
        return body

    def blindspots(request: Request) -> Response:
        body = _blindspots(request, "blindspots", lambda reader, side, stories: pages.front(
            links, stories, 1, False, reader.rated_sides(), side
        ).encode("utf-8"))
        return Response(body, media_type="text/html; charset=utf-8")

    def blindspots_json(request: Request) -> Response:
        body = _blindspots(request, "blindspots.json", lambda reader, side, stories: json_bytes(
            reader.stories_document(stories, blindspot=side)
        ))
        return Response(body, media_type="application/json")

    def stories_json(request: Request) -> Response:
        body = _front(request, "front.json", lambda s, page, more: json_bytes(
            pool.reader().stories_document(s, page, more)
        ))
        return Response(body, media_type="application/json")

    def _sliders(request: Request) -> Sliders:
        query = request.query_params
        try:
            return Sliders.parse(query.get("lean") or None, query.get("establishment") or None, query.get("depth"))
        except InputError as exc:
            raise HTTPException(400, f"{exc.name.removeprefix('--')}: {exc.reason}.") from None

    def _story(request: Request, kind: str, render: Callable[[Reader, StoryView], bytes]) -> bytes:
        reader = pool.reader()
        row = reader.store.get_story(request.path_params["story_id"])
        if row is None:
            raise HTTPException(404, "There is no story with this id.")
        sliders = _sliders(request)
        setting = tuple(sliders.params().items())
        key = (kind, row.id, row.updated_at, row.brief_updated_at, ratings_epoch(), version(), setting)
        body = cache.get(key)
        if body is None:
            try:  # a new slider setting writes its brief here, once: the page cache keeps it
                view = reader.story(row.id, row, sliders)
            except InputError as exc:
                raise HTTPException(404, f"{exc.reason} ({exc.name}).") from None
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
        return JSONResponse(outlets_document(pool.reader().outlets()))

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
        health: dict[str, Any] = {"status": "ok", "schema_version": pool.reader().store.schema_version}
        if updates is not None:
            health["update"] = updates.state()
        return JSONResponse(health)

    def on_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        detail = exc.detail if isinstance(exc, HTTPException) else "Something went wrong on our side."
        title = {400: "Bad request", 404: "Not found", 405: "Method not allowed"}.get(status, "Error")
        headers = exc.headers if isinstance(exc, HTTPException) else None  # 405 carries Allow
        if request.url.path.endswith((".json", ".atom")):
            return JSONResponse({"error": detail, "status": status}, status_code=status, headers=headers)
        response = html(pages.error(links, status, title, detail), status)
        response.headers.update(headers or {})
        return response

    static_dir = Path(str(resources.files("evenhand") / "static"))
    routes = [
        Route("/", front),
        Route("/stories.json", stories_json),
        Route("/blindspots/{side}.json", blindspots_json),
        Route("/blindspots/{side}", blindspots),
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
        if updates is not None:
            updates.start()
        try:
            yield
        finally:
            if updates is not None:
                updates.stop()
            pool.close()

    app = Starlette(routes=routes, exception_handlers=handlers, lifespan=lifespan)
    app.state.pool = pool
    app.add_middleware(SecurityHeaders)
    return app

