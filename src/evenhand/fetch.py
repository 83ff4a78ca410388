"""Polite, bounded HTTP: what evenhand uses to read the articles and feeds a user points it at.

Per host: at most ``per_host`` requests at once and ``delay`` seconds between request starts. Every
request has connect/read timeouts and an overall deadline, a body size cap (checked while streaming),
retries with exponential backoff on timeouts, connection errors, 429 and 5xx (honouring Retry-After up to
a cap), conditional GET (ETag / Last-Modified), and redirects followed by hand, at most
``max_redirects``, with the address check at every hop: a host that resolves to a private, loopback,
link-local, multicast or reserved address is refused unless ``allow_private``.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import httpx

from . import __version__
from .errors import InputError

USER_AGENT = f"evenhand/{__version__} (news brief engine; +https://pypi.org/project/evenhand/)"
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

    def __init__(self, url: str, reason: str, *, retryable: bool = False) -> None:
        super().__init__(url, reason)
        self.retryable = retryable


def _system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def forbidden_address(address: str) -> str | None:
    """Why ``address`` must not be contacted without --allow-private, or None if it is public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
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


@dataclass(slots=True)
class _Host:
    gate: threading.Semaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0


class Fetcher:
    """A thread-safe HTTP client that keeps to the settings above. Use as a context manager."""

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        resolver: Resolver | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.settings = settings or FetchSettings()
        self._resolve = resolver or _system_resolver
        s = self.settings
        self._client = httpx.Client(
            follow_redirects=False,
            timeout=httpx.Timeout(s.read_timeout, connect=s.connect_timeout),
            headers={"User-Agent": s.user_agent, "Accept-Encoding": "gzip, deflate"},
            transport=transport,
            trust_env=False,
        )
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()

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
        """GET ``url`` following redirects; 304 comes back as a Response with ``not_modified``."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        current = url
        seen = {url}
        hops: list[str] = []
        while True:
            response = self._get_with_retries(current, headers, original=url)
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

    def _check_url(self, url: str, original: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise FetchError(original, f"refusing {parts.scheme or 'scheme-less'} URL {url}")
        host = parts.hostname
        if not host:
            raise FetchError(original, f"no host in {url}")
        if self.settings.allow_private:
            return
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            addresses = self._resolve(host, port)
        except (OSError, UnicodeError) as exc:
            raise FetchError(original, f"cannot resolve {host} ({exc})", retryable=True) from None
        for address in addresses:
            why = forbidden_address(address)
            if why:
                raise FetchError(original, f"{host} resolves to a {why} (use --allow-private to allow it)")
        if not addresses:
            raise FetchError(original, f"cannot resolve {host}", retryable=True)

    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        with self._hosts_lock:
            host = self._hosts.get(key)
            if host is None:
                host = self._hosts[key] = _Host(threading.Semaphore(self.settings.per_host))
            return host

    def _get_with_retries(self, url: str, headers: dict[str, str], *, original: str) -> Response:
        self._check_url(url, original)
        attempt = 0
        while True:
            try:
                response = self._get_once(url, headers, original)
            except FetchError as exc:
                if not exc.retryable or attempt >= self.settings.retries:
                    raise
                wait = self.settings.backoff * 2**attempt
            else:
                if response.status not in _RETRY_STATUS or attempt >= self.settings.retries:
                    return response
                wait = self._retry_after(response) or self.settings.backoff * 2**attempt
            attempt += 1
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

    def _get_once(self, url: str, headers: dict[str, str], original: str) -> Response:
        host = self._host(url)
        with host.gate:
            with host.lock:
                now = time.monotonic()
                start = max(now, host.next_start)
                host.next_start = start + self.settings.delay
            time.sleep(max(0.0, start - now))
            return self._stream(url, headers, original)

    def _stream(self, url: str, headers: dict[str, str], original: str) -> Response:
        s = self.settings
        began = time.monotonic()
        try:
            with self._client.stream("GET", url, headers=headers) as resp:
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > s.max_bytes:
                    raise FetchError(
                        original, f"body of {int(declared)} bytes is over the {s.max_bytes} limit"
                    )
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > s.max_bytes:
                        raise FetchError(original, f"body is over the {s.max_bytes} byte limit")
                    if time.monotonic() - began > s.deadline:
                        raise FetchError(original, f"took longer than {s.deadline:g}s", retryable=True)
                    chunks.append(chunk)
                return Response(
                    str(resp.url),
                    original,
                    resp.status_code,
                    {k.lower(): v for k, v in resp.headers.items()},
                    b"".join(chunks),
                )
        except httpx.TimeoutException:
            raise FetchError(original, f"timed out ({url})", retryable=True) from None
        except httpx.HTTPError as exc:
            raise FetchError(original, f"{exc.__class__.__name__}: {exc} ({url})", retryable=True) from None


def check_status(response: Response) -> None:
    """Raise for a response that carries no usable body (4xx, 5xx, an unfollowed 3xx)."""
    if response.status == 304 or 200 <= response.status < 300:
        return
    raise FetchError(response.requested, f"HTTP {response.status} from {response.url}")
