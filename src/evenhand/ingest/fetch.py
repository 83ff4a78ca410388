"""Polite, bounded HTTP: what evenhand uses to read the articles and feeds a user points it at.

Per host: at most ``per_host`` requests at once and ``delay`` seconds between request starts. Every
fetch has connect/read timeouts and one overall ``deadline`` that covers connecting, the status line and
headers, and the body, across retries and redirects (every read and write on the socket is bounded by
what is left of it, so a server that answers one byte a second is cut off too). Bodies are decoded here,
every layer of Content-Encoding with its output capped as it is produced, and ``max_bytes`` bounds the
decoded body (a 5 KB ``gzip, gzip`` body cannot become gigabytes). Besides:
retries with exponential backoff on timeouts, connection errors, 429 and 5xx (honouring Retry-After up to
a cap), conditional GET (ETag / Last-Modified), and redirects followed by hand, at most
``max_redirects``.

Every connection resolves its host once, checks every address, and connects to a checked address (the
transport's network backend does all three), so a second DNS answer cannot swap in a private address
between the check and the connection (DNS rebinding). A host that resolves to a private, loopback,
link-local, multicast or reserved address is refused unless ``allow_private``, at every redirect hop.

robots.txt (RFC 9309, read with urllib.robotparser) is fetched once per origin per Fetcher, that is per
run, with the same bounds and checks; a URL it disallows for our user agent is refused at every hop
unless ``obey_robots`` is off. A robots.txt that is missing (4xx) allows everything; one that cannot be
fetched (5xx, 429, timeout, connection error) disallows the whole origin for the run. Crawl-delay and
Request-rate raise the host's delay, up to ``max_crawl_delay``.

Past 600 lines on purpose: the deadline, the address checks and the decoding caps wrap one transport,
and read together they show that every byte and every second of a fetch is bounded.
"""

from __future__ import annotations

import ipaddress
import math
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpcore
import httpx

from .. import __version__
from ..errors import InputError
from .decode import BadEncoding, TooLarge, content_codings, decode_body

ROBOTS_AGENT = "evenhand"
"""The product token robots.txt groups are matched against (``User-agent: evenhand``)."""
USER_AGENT = f"{ROBOTS_AGENT}/{__version__} (news brief engine; +https://pypi.org/project/evenhand/)"
ROBOTS_MAX_BYTES = 512_000
"""RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt; rules past the cap are ignored."""
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})

Resolver = Callable[[str, int], list[str]]


@dataclass(frozen=True, slots=True)
class FetchSettings:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 60.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 1.0
    max_retry_after: float = 30.0
    per_host: int = 2
    delay: float = 1.0
    allow_private: bool = False
    obey_robots: bool = True
    max_crawl_delay: float = 30.0
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class Response:
    url: str
    requested: str
    status: int
    headers: dict[str, str]
    content: bytes
    redirects: tuple[str, ...] = ()

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()


class FetchError(InputError):
    """A URL that could not be fetched; ``retryable`` says whether trying again later may help."""

    def __init__(self, url: str, reason: str, *, retryable: bool = False, unreachable: bool = False) -> None:
        super().__init__(url, reason)
        self.retryable = retryable
        self.unreachable = unreachable  # the host could not be resolved or connected to


class AddressRefused(FetchError):
    """The URL's host (or a redirect's) resolves to an address we must not contact."""

    def __init__(self, url: str, reason: str, *, host: str) -> None:
        super().__init__(url, reason)
        self.host = host


class RobotsDisallowed(FetchError):
    """robots.txt disallows the URL for our user agent, or could not be fetched (so disallows it all)."""


def _system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))  # keep the OS's preference order


def forbidden_address(address: str) -> str | None:
    """Why ``address`` must not be contacted without --allow-private, or None if it is public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if isinstance(ip, ipaddress.IPv6Address):
        tunnelled = _six_to_four_reason(ip)
        if tunnelled:
            return tunnelled
    for kind, flag in (
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
        ("unspecified", ip.is_unspecified),
    ):
        if flag:
            return f"{kind} address {ip}"
    if not ip.is_global:
        return f"non-public address {ip}"
    return None


def _six_to_four_reason(ip: ipaddress.IPv6Address) -> str | None:
    """6to4 (2002::/16) and Teredo carry an IPv4 address that relays route to; site-local is private."""
    if ip.sixtofour is not None:
        inner = forbidden_address(str(ip.sixtofour))
        return f"6to4 address {ip}" + (f" embedding a {inner}" if inner else "")
    if ip.teredo is not None:
        return f"Teredo address {ip}"
    if ip.is_site_local:
        return f"site-local address {ip}"
    return None


def _within(timeout: float | None, resolve: Resolver, host: str, port: int) -> list[str]:
    """``resolve(host, port)``, waited for no longer than ``timeout``: getaddrinfo takes no timeout, and a
    slow DNS server must not hold a fetch past its deadline (the lookup is left to finish on its own)."""
    outcome: list[list[str] | BaseException] = []

    def run() -> None:
        try:
            outcome.append(resolve(host, port))
        except BaseException as exc:  # handed to the caller below
            outcome.append(exc)

    worker = threading.Thread(target=run, name="evenhand-resolve", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        raise TimeoutError(host)
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


class _Deadline(threading.local):
    """The deadline of the fetch running in this thread: ``budget`` seconds from its first request's
    start (time queued for a host's turn before that does not count), ``ends`` once that started."""

    budget: float | None = None
    ends: float | None = None

    def start(self) -> None:
        if self.budget is not None and self.ends is None:
            self.ends = time.monotonic() + self.budget

    def left(self) -> float | None:
        return None if self.ends is None else self.ends - time.monotonic()


_DEADLINE = _Deadline()


def _bounded(timeout: float | None) -> float | None:
    """``timeout`` cut to what is left of this thread's deadline; past it, a timeout at once."""
    left = _DEADLINE.left()
    if left is None:
        return timeout
    if left <= 0:
        raise httpcore.ReadTimeout("the fetch deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write waits no longer than the current fetch's deadline allows.

    httpcore applies the read timeout to each read, so a server trickling one byte per read would never
    time out; bounding each read by the time left makes the deadline hold for headers too."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, _bounded(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Refused(Exception):
    """Raised by the network backend, which knows only the host; `Fetcher` names the URL."""

    def __init__(self, reason: str, *, host: str, address: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.host = host
        self.address = address


class _PinnedBackend(httpcore.SyncBackend):
    """Resolve once, check every address, connect only to a checked one.

    httpcore hands the backend the URL's host name and keeps using it for the Host header, SNI and
    certificate checks, so pinning the connection here changes nothing else about the request."""

    def __init__(self, resolve: Resolver, allow_private: bool) -> None:
        self._resolve = resolve
        self._allow_private = allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            addresses = _within(_bounded(timeout), self._resolve, host, port)
        except (OSError, UnicodeError) as exc:
            raise _Refused(f"cannot resolve {host} ({exc})", host=host, address=False) from None
        except TimeoutError:
            raise _Refused(f"cannot resolve {host} in time", host=host, address=False) from None
        if not addresses:
            raise _Refused(f"cannot resolve {host}", host=host, address=False)
        if not self._allow_private:
            for address in addresses:
                why = forbidden_address(address)
                if why:
                    reason = f"{host} resolves to a {why} (use --allow-private to allow it)"
                    raise _Refused(reason, host=host, address=True)
        failure: httpcore.ConnectError | httpcore.ConnectTimeout | None = None
        for address in addresses:
            try:
                stream = super().connect_tcp(address, port, _bounded(timeout), local_address, socket_options)
                return _DeadlineStream(stream)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure


class _PinnedTransport(httpx.HTTPTransport):
    """httpx's own transport (request and exception mapping) over a pool that uses `_PinnedBackend`."""

    def __init__(self, backend: _PinnedBackend) -> None:
        super().__init__(trust_env=False)
        if not isinstance(getattr(self, "_pool", None), httpcore.ConnectionPool):
            raise RuntimeError("this httpx version keeps no httpcore pool to pin connections with")
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            network_backend=backend,
            max_connections=100,  # httpx's default limits
            max_keepalive_connections=20,
            keepalive_expiry=5.0,
        )


@dataclass(slots=True)
class _Host:
    gate: threading.Semaphore
    delay: float
    lock: threading.Lock = field(default_factory=threading.Lock)
    last_start: float = -math.inf


@dataclass(frozen=True, slots=True)
class _Robots:
    """One origin's robots.txt: parsed rules, or a reason why every URL of the origin is refused."""

    rules: RobotFileParser | None = None
    refusal: str | None = None
    unreachable: str | None = None  # the host itself cannot be reached: its URLs fail as unreachable

    def allows(self, url: str) -> bool:
        if self.refusal is not None:
            return False
        return self.rules is None or self.rules.can_fetch(ROBOTS_AGENT, url)

    def delay(self) -> float:
        """Crawl-delay, or the pause a Request-rate implies; 0 when robots.txt sets neither."""
        if self.rules is None:
            return 0.0
        delay = float(self.rules.crawl_delay(ROBOTS_AGENT) or 0)
        rate = self.rules.request_rate(ROBOTS_AGENT)
        if rate is not None and rate.requests > 0:
            delay = max(delay, rate.seconds / rate.requests)
        return delay


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


def check_status(response: Response) -> None:
    """Raise for a response that carries no usable body (4xx, 5xx, an unfollowed 3xx)."""
    if response.status == 304 or 200 <= response.status < 300:
        return
    raise FetchError(response.requested, f"HTTP {response.status} from {response.url}")
