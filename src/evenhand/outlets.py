"""Outlet identity: which publication an article is from, whatever its articles call it."""

from __future__ import annotations

import csv
import re
import unicodedata
from urllib.parse import urlsplit

from . import lexicon
from .errors import InputError

_WORDS = re.compile(r"\w+", re.UNICODE)


def outlet_from_url(url: str | None) -> str | None:
    """The outlet a URL's host names: its registered domain ("bbc" of news.bbc.co.uk), or the
    publication's own subdomain on a shared host (a Substack, a Medium blog, example.org)."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    host = re.sub(r"^(?:www\d?|m|amp|edition|news)\.", "", host)
    if not host or "." not in host:
        return None
    parts = host.split(".")
    registered = 3 if len(parts) >= 3 and len(parts[-2]) <= 3 and len(parts[-1]) == 2 else 2
    if ".".join(parts[-registered:]) in lexicon.SHARED_HOSTS and len(parts) > registered:
        registered += 1
    core = parts[-registered]
    return core.capitalize() if len(core) > 4 else core.upper()


def outlet_key(name: str) -> str:
    """An outlet name reduced for matching: "The Hill" ~ "the hill", "Fox News (Online News)" ~ "Fox News"."""
    base = re.sub(r"\([^)]*\)", " ", unicodedata.normalize("NFKC", name)).casefold()
    words = _WORDS.findall(base)
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def url_domain(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


LEANINGS: tuple[tuple[str, str], ...] = (
    ("left", "Left"),
    ("lean-left", "Lean Left"),
    ("center", "Center"),
    ("lean-right", "Lean Right"),
    ("right", "Right"),
)
LEAN_KEYS = {key for key, _ in LEANINGS}


def lean_key(rating: str | None) -> str | None:
    """The CSS/bucket key of an AllSides-style rating ("Lean Left" -> "lean-left"), None if unknown."""
    if not rating:
        return None
    key = "-".join(rating.casefold().replace("-", " ").split())
    return key if key in LEAN_KEYS else None


def read_ratings_csv(csv_file: str) -> list[tuple[str, str, str | None]]:
    """``(outlet, rating, link)`` rows of a ratings CSV (columns news_source or outlet, bias_rating or
    rating, and an optional news_link)."""
    try:
        with open(csv_file, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            fields = set(reader.fieldnames or [])
            name_col = next((c for c in ("news_source", "outlet", "source", "name") if c in fields), None)
            rating_col = next((c for c in ("bias_rating", "rating", "bias") if c in fields), None)
            if name_col is None or rating_col is None:
                raise InputError(
                    csv_file,
                    "needs an outlet column (news_source/outlet) and a rating column (bias_rating/rating)",
                )
            return [(r[name_col] or "", r[rating_col] or "", r.get("news_link")) for r in reader]
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InputError(csv_file, f"not a readable CSV file ({exc})") from None
