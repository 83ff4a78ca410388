"""URLs from sources, checked before anything keeps them: well-formed, bounded, without credentials."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit, urlunsplit

MAX_URL_CHARS = 2048


def _host(host: str) -> str | None:
    """The host as it goes in a URL (an IPv6 literal in brackets), or None when it is not a valid name."""
    if ":" in host:
        try:
            return f"[{ipaddress.IPv6Address(host.split('%', 1)[0])}]"
        except ValueError:
            return None
    try:
        import idna

        idna.encode(host, uts46=True)
    except (idna.IDNAError, UnicodeError, ValueError):
        return None
    return host


# A control character, or a mark that reorders or hides text: no address has one, and one shown would
# drive a terminal or disguise where a link goes (the red team's WARC URL "http://.../\x1b[31m", a feed's "\u202e").
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def safe_url(url: str | None, max_chars: int = MAX_URL_CHARS) -> str | None:
    """``url`` as an http(s) URL to store and show, user name and password removed; None when it is
    malformed (bad port, broken IPv6 literal, invalid international name), too long or not http(s)."""
    if not url or len(url) > max_chars or _UNSHOWABLE.search(url.strip()):
        return None
    try:
        parts = urlsplit(url.strip())
        hostname, port = parts.hostname, parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not hostname:
        return None
    host = _host(hostname)
    if host is None:
        return None
    netloc = host if port is None else f"{host}:{port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path, parts.query, parts.fragment))
