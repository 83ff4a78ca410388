"""`Fetcher`, the client that keeps to `FetchSettings`: each host's turns and delay, robots.txt once per
origin, retries with backoff, redirects followed by hand and checked at every hop, and bodies decoded with
their size capped, all within the fetch's deadline."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from types import TracebackType
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from ..decode import BadEncoding, TooLarge, content_codings, decode_body
from .base import AddressRefused, FetchError, FetchSettings, Response, RobotsDisallowed
from .deadline import _DEADLINE
from .robots import ROBOTS_MAX_BYTES, _Robots
from .transport import Resolver, _PinnedBackend, _PinnedTransport, _Refused, _system_resolver

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(slots=True)
class _Host:
    gate: threading.Semaphore
    delay: float
    lock: threading.Lock = field(default_factory=threading.Lock)
    last_start: float = -math.inf


class Fetcher:
    """A thread-safe HTTP client that keeps to the settings above. Use as a context manager."""

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        resolver: Resolver | None = None,
    ) -> None:
        self.settings = settings or FetchSettings()
        s = self.settings
        self._client = httpx.Client(
            follow_redirects=False,
            timeout=httpx.Timeout(s.read_timeout, connect=s.connect_timeout),
            headers={"User-Agent": s.user_agent, "Accept-Encoding": "gzip, deflate"},  # decoded by `_body`
            transport=_PinnedTransport(_PinnedBackend(resolver or _system_resolver, s.allow_private)),
            trust_env=False,
        )
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self._robots: dict[str, _Robots] = {}
        self._robots_locks: dict[str, threading.Lock] = {}

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str | None = None,
    ) -> Response:
        """GET ``url`` following redirects; 304 comes back as a Response with ``not_modified``.

        Raises `RobotsDisallowed` when robots.txt refuses the URL or a redirect target."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        with self._deadline():
            return self._follow(url, headers, obey_robots=self.settings.obey_robots)

    @contextmanager
    def _deadline(self) -> Iterator[None]:
        """One deadline for the fetch in this thread (a robots.txt fetched on the way has its own)."""
        outer = _DEADLINE.budget, _DEADLINE.ends
        _DEADLINE.budget, _DEADLINE.ends = self.settings.deadline, None
        try:
            yield
        finally:
            _DEADLINE.budget, _DEADLINE.ends = outer

    def host_delay(self, url: str) -> float:
        """Seconds kept between request starts to ``url``'s host: --delay, raised by Crawl-delay."""
        return self._host(url).delay

    def _follow(
        self, url: str, headers: dict[str, str], *, obey_robots: bool, cut_at: int | None = None
    ) -> Response:
        current = url
        seen = {url}
        hops: list[str] = []
        while True:
            self._check_url(current, url)
            if obey_robots:
                self._check_robots(current, url)
            response = self._get_with_retries(current, headers, original=url, cut_at=cut_at)
            location = response.headers.get("location")
            if response.status not in _REDIRECTS or not location:
                return Response(
                    response.url, url, response.status, response.headers, response.content, tuple(hops)
                )
            target = urljoin(current, location.strip())
            if target in seen:
                raise FetchError(url, f"redirect loop at {target}")
            if len(hops) >= self.settings.max_redirects:
                raise FetchError(url, f"more than {self.settings.max_redirects} redirects")
            hops.append(current)
            seen.add(target)
            current = target

    @staticmethod
    def _check_url(url: str, original: str) -> None:
        """Scheme and host; the addresses are checked where the connection is made."""
        try:
            parts = urlsplit(url)
            host = parts.hostname
            parts.port  # noqa: B018 (raises on a malformed port)
        except ValueError as exc:  # a broken IPv6 literal, a port out of range, a name NFKC changes
            raise FetchError(original, f"malformed URL {url} ({exc})") from None
        if parts.scheme not in ("http", "https"):
            raise FetchError(original, f"refusing {parts.scheme or 'scheme-less'} URL {url}")
        if not host:
            raise FetchError(original, f"no host in {url}")

    def _check_robots(self, url: str, original: str) -> None:
        robots = self._robots_for(url, original)
        if robots.unreachable is not None:
            raise FetchError(original, robots.unreachable, retryable=True, unreachable=True)
        if robots.refusal is not None:
            raise RobotsDisallowed(original, robots.refusal)
        if not robots.allows(url):
            where = "" if url == original else f" (redirect to {url})"
            raise RobotsDisallowed(original, f"disallowed by robots.txt{where}")

    def _robots_for(self, url: str, original: str) -> _Robots:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc.lower()}"
        with self._hosts_lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:  # one fetch per origin; the other workers wait for its answer
            robots = self._robots.get(origin)
            if robots is None:
                robots = self._robots[origin] = self._fetch_robots(origin, original)
                delay = min(robots.delay(), self.settings.max_crawl_delay)
                host = self._host(url)
                with host.lock:
                    host.delay = max(host.delay, delay)
            return robots

    def _fetch_robots(self, origin: str, original: str) -> _Robots:
        robots_url = f"{origin}/robots.txt"
        skipped = "so the host is skipped this run (--ignore-robots fetches anyway)"
        try:
            with self._deadline():
                response = self._follow(
                    robots_url, {}, obey_robots=False, cut_at=min(ROBOTS_MAX_BYTES, self.settings.max_bytes)
                )
        except AddressRefused as exc:
            if exc.host == urlsplit(origin).hostname:  # the page's own host: refuse the page for that
                raise AddressRefused(original, exc.reason, host=exc.host) from None
            return _Robots(refusal=f"disallowed: {robots_url} redirects to a refused host ({exc.reason}), {skipped}")
        except FetchError as exc:
            if exc.unreachable:  # say so, rather than call the host's pages disallowed
                return _Robots(refusal="unreachable", unreachable=exc.reason)
            if exc.retryable:  # unavailable: RFC 9309 says assume complete disallow
                return _Robots(refusal=f"disallowed: {robots_url} unreachable ({exc.reason}), {skipped}")
            return _Robots()  # a redirect loop or too many redirects: unavailable, like a 404
        if response.status == 429 or response.status >= 500:
            return _Robots(refusal=f"disallowed: {robots_url} answered HTTP {response.status}, {skipped}")
        if not 200 <= response.status < 300:
            return _Robots()  # 4xx (and an unfollowed 3xx): no robots.txt, everything allowed
        rules = RobotFileParser(robots_url)
        rules.parse(response.content.decode("utf-8", errors="replace").lstrip("\ufeff").splitlines())
        return _Robots(rules=rules)

    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        with self._hosts_lock:
            host = self._hosts.get(key)
            if host is None:
                host = self._hosts[key] = _Host(threading.Semaphore(self.settings.per_host), self.settings.delay)
            return host

    def _get_with_retries(
        self, url: str, headers: dict[str, str], *, original: str, cut_at: int | None
    ) -> Response:
        attempt = 0
        while True:
            try:
                response = self._get_once(url, headers, original, cut_at)
            except FetchError as exc:
                if not exc.retryable or attempt >= self.settings.retries:
                    raise
                wait = self.settings.backoff * 2**attempt
            else:
                if response.status not in _RETRY_STATUS or attempt >= self.settings.retries:
                    return response
                wait = self._retry_after(response) or self.settings.backoff * 2**attempt
            attempt += 1
            left = _DEADLINE.left()
            if left is not None and left <= min(wait, self.settings.max_retry_after):
                raise FetchError(original, f"took longer than {self.settings.deadline:g}s", retryable=True)
            time.sleep(min(wait, self.settings.max_retry_after))

    def _retry_after(self, response: Response) -> float | None:
        value = response.headers.get("retry-after")
        if not value:
            return None
        if value.strip().isdigit():
            return min(float(value), self.settings.max_retry_after)
        try:
            return max(
                0.0,
                min(parsedate_to_datetime(value).timestamp() - time.time(), self.settings.max_retry_after),
            )
        except (TypeError, ValueError):
            return None

    def _get_once(self, url: str, headers: dict[str, str], original: str, cut_at: int | None) -> Response:
        host = self._host(url)
        with host.gate:
            with host.lock:
                now = time.monotonic()
                start = max(now, host.last_start + host.delay)
                host.last_start = start
            time.sleep(max(0.0, start - now))
            _DEADLINE.start()
            return self._stream(url, headers, original, cut_at)

    def _stream(self, url: str, headers: dict[str, str], original: str, cut_at: int | None) -> Response:
        """A body over ``max_bytes`` (decoded) is an error; with ``cut_at`` (robots.txt) the rest is ignored
        instead, from the last whole line before the cut."""
        s = self.settings
        limit = s.max_bytes if cut_at is None else cut_at
        try:
            with self._client.stream("GET", url, headers=headers) as resp:
                declared = resp.headers.get("content-length", "")
                if cut_at is None and declared.isascii() and declared.isdigit() and int(declared) > limit:
                    raise FetchError(original, f"body of {int(declared)} bytes is over the {limit} limit")
                body = self._body(resp, limit, cut_at is not None, original)
                return Response(
                    str(resp.url), original, resp.status_code, {k.lower(): v for k, v in resp.headers.items()}, body
                )
        except _Refused as exc:
            if exc.address:
                raise AddressRefused(original, exc.reason, host=exc.host) from None
            raise FetchError(original, f"host unreachable: {exc.reason}", retryable=True, unreachable=True) from None
        except httpx.ConnectTimeout:
            host = urlsplit(url).hostname
            raise FetchError(
                original, f"host unreachable: {host} did not answer (connect timeout)", retryable=True, unreachable=True
            ) from None
        except httpx.ConnectError as exc:
            host = urlsplit(url).hostname
            raise FetchError(original, f"host unreachable: {host} ({exc})", retryable=True, unreachable=True) from None
        except httpx.TimeoutException:
            raise FetchError(original, f"timed out ({url})", retryable=True) from None
        except httpx.HTTPError as exc:
            raise FetchError(original, f"{exc.__class__.__name__}: {exc} ({url})", retryable=True) from None
        except (httpx.InvalidURL, httpx.CookieConflict, ValueError, UnicodeError) as exc:
            # a malformed URL or redirect target (a mailto: or data: Location, a bad port or name)
            raise FetchError(original, f"malformed URL or redirect ({exc.__class__.__name__}: {exc})") from None

    def _body(self, resp: httpx.Response, limit: int, cut: bool, original: str) -> bytes:
        """The decoded body, read within the deadline; see `_stream`."""
        chunks: list[bytes] = []
        size = 0
        try:
            codings = content_codings(resp.headers.get("content-encoding", ""))
            for piece in decode_body(resp.iter_raw(), codings, limit if not cut else 2**62):
                left = _DEADLINE.left()
                if left is not None and left < 0:
                    raise FetchError(original, f"took longer than {self.settings.deadline:g}s", retryable=True)
                chunks.append(piece)
                size += len(piece)
                if size > limit:
                    if not cut:
                        raise TooLarge("body")
                    body = b"".join(chunks)[:limit]
                    return body[: body.rfind(b"\n") + 1]
        except TooLarge:
            raise FetchError(original, f"body is over the {limit} byte limit (decoded)") from None
        except BadEncoding as exc:
            raise FetchError(original, str(exc)) from None
        return b"".join(chunks)
