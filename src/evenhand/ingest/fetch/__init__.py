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

The modules, each importing only those before it: ``robots`` (the product token, the size cap and what
one origin's robots.txt allows), ``base`` (`FetchSettings`, `Response`, the errors and `check_status`),
``deadline`` (the fetch's deadline and the connection that holds every read and write to it),
``transport`` (the address checks and the pinned backend and transport) and ``client`` (`Fetcher`). What
other modules use is importable from here.
"""

from __future__ import annotations

from .base import (
    USER_AGENT,
    AddressRefused,
    FetchError,
    FetchSettings,
    Response,
    RobotsDisallowed,
    check_status,
)
from .client import Fetcher
from .robots import ROBOTS_AGENT, ROBOTS_MAX_BYTES
from .transport import Resolver, forbidden_address

__all__ = [
    "ROBOTS_AGENT", "ROBOTS_MAX_BYTES", "USER_AGENT", "AddressRefused", "FetchError", "FetchSettings", "Fetcher",
    "Resolver", "Response", "RobotsDisallowed", "check_status", "forbidden_address",
]  # fmt: skip
