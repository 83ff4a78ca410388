"""What a fetch is asked for and what it gives back: `FetchSettings`, `Response`, the errors a fetch
raises, and `check_status` for callers that need a usable body."""

from __future__ import annotations

from dataclasses import dataclass

from ... import __version__
from ...errors import InputError
from .robots import ROBOTS_AGENT

USER_AGENT = f"{ROBOTS_AGENT}/{__version__} (news brief engine; +https://pypi.org/project/evenhand/)"


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


def check_status(response: Response) -> None:
    """Raise for a response that carries no usable body (4xx, 5xx, an unfollowed 3xx)."""
    if response.status == 304 or 200 <= response.status < 300:
        return
    raise FetchError(response.requested, f"HTTP {response.status} from {response.url}")
