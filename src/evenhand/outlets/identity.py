"""Outlet identity: which publication an article is from, whatever name or domain it gives (a bundled
registry of major outlets and the user's additions and renames)."""

from __future__ import annotations

import ipaddress
import json
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from .. import lexicon
from ..config import Config
from ..errors import InputError

_WORDS = re.compile(r"\w+", re.UNICODE)


def outlet_from_url(url: str | None) -> str | None:
    """The outlet a URL's host names: its registered domain ("bbc" of news.bbc.co.uk), or the
    publication's own subdomain on a shared host (a Substack, a Medium blog, example.org)."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    host = re.sub(r"^(?:www\d?|m|amp|edition|news)\.", "", host)
    if not host or "." not in host or _is_address(host):
        return None  # an address names no outlet: one server may host many
    parts = host.split(".")
    registered = 3 if len(parts) >= 3 and len(parts[-2]) <= 3 and len(parts[-1]) == 2 else 2
    if ".".join(parts[-registered:]) in lexicon.SHARED_HOSTS and len(parts) > registered:
        registered += 1
    core = parts[-registered]
    return core.capitalize() if len(core) > 4 else core.upper()


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


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


# -- identity -----------------------------------------------------------------------------------

# A dateline's place, then the outlet in parentheses, then a dash or the text: "CAPE CANAVERAL,
# Florida (Reuters) -", "WASHINGTON (AP) —", "(CNN)The ...".
_PLACE_WORD = r"(?:[A-Z][\w.'’-]*|\d{1,2})"
_DATELINE_TAG = re.compile(
    rf"\s*(?:{_PLACE_WORD}(?:[ ,]+{_PLACE_WORD}){{0,5}}\s*)?\(([^()\n]{{2,40}})\)(?=\s|[-–—:]|[A-Z])"
)
_DATELINE_CHARS = 120
_DOMAIN_NAME = re.compile(r"^(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})/?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Outlet:
    """A publication: one display name for every name and domain its articles carry."""

    name: str
    domains: tuple[str, ...] = ()
    country: str | None = None
    aliases: tuple[str, ...] = ()
    # A publication of argument (a magazine of opinion): its pieces make their writers' case, but
    # for those it files under ``news_paths`` (nationalreview.com/news/...), its reporting.
    argument: bool = False
    news_paths: tuple[str, ...] = ()

    def argues_in(self, url: str | None) -> bool:
        """Whether a piece of this outlet's at ``url`` is argument: every piece of a publication of
        argument but those filed under one of its news paths (a path's start: "news" files
        /news/..., "politics/news" /politics/news/...). Where it files reporting too, a piece with no
        address may be either: it is not taken for argument."""
        if not self.argument or (self.news_paths and not url):
            return False
        path = urlsplit(url or "").path.lower().strip("/") + "/"
        return not any(path.startswith(news + "/") for news in self.news_paths)


def _host(link: str | None) -> str | None:
    """The host of a URL or of a bare ``domain/path`` as ratings files give links."""
    if not link:
        return None
    link = link.strip()
    if "://" not in link:
        link = "http://" + link
    try:
        return url_domain(link)
    except ValueError:
        return None


def _parents(host: str) -> Iterator[str]:
    """``money.yahoo.com``, then ``yahoo.com``: a host and the domains above it, down to two labels."""
    parts = host.split(".")
    for i in range(max(len(parts) - 1, 1)):
        yield ".".join(parts[i:])


def name_domain(name: str) -> str | None:
    """The domain an outlet name is, where the name is one ("TheBlaze.com", "theguardian.com")."""
    match = _DOMAIN_NAME.match(name.strip())
    return match.group(1).lower() if match else None


class Registry:
    """Outlets by name, alias and domain; a later entry sharing a name or domain replaces an earlier one."""

    def __init__(self, outlets: Iterable[Outlet]) -> None:
        self._by_key: dict[str, Outlet] = {}
        self._by_domain: dict[str, Outlet] = {}
        for outlet in outlets:
            replaced = {self._by_key.get(k) for k in self._keys(outlet)} | {
                self._by_domain.get(d) for d in outlet.domains
            }
            for old in replaced - {None}:
                assert old is not None
                self._forget(old)
            for key in self._keys(outlet):
                self._by_key[key] = outlet
            for domain in outlet.domains:
                self._by_domain[domain] = outlet

    @staticmethod
    def _keys(outlet: Outlet) -> set[str]:
        return {k for k in (outlet_key(n) for n in (outlet.name, *outlet.aliases)) if k}

    def _forget(self, outlet: Outlet) -> None:
        self._by_key = {k: o for k, o in self._by_key.items() if o is not outlet}
        self._by_domain = {d: o for d, o in self._by_domain.items() if o is not outlet}

    @property
    def outlets(self) -> list[Outlet]:
        return list(dict.fromkeys([*self._by_key.values(), *self._by_domain.values()]))

    def by_name(self, name: str | None) -> Outlet | None:
        if not name:
            return None
        if (domain := name_domain(name)) and (found := self.by_url("http://" + domain)):
            return found
        return self._by_key.get(outlet_key(name))

    def by_url(self, url: str | None) -> Outlet | None:
        host = _host(url)
        if not host:
            return None
        return next((self._by_domain[d] for d in _parents(host) if d in self._by_domain), None)

    def find(self, name: str | None, url: str | None = None) -> Outlet | None:
        """The outlet of an article: by the name it gives, else by its URL's domain."""
        return self.by_name(name) or self.by_url(url)

    def by_dateline(self, text: str) -> Outlet | None:
        """The outlet a text's opening dateline names ("WASHINGTON (AP) —", "(CNN)", "LONDON, Jan 5
        (Reuters) -"): the wire or outlet that wrote it, where nothing else says who published it.
        Only a name the registry knows: "(R-Ky.)" and "(pictured)" name no one."""
        match = _DATELINE_TAG.match(text[:_DATELINE_CHARS])
        return self.by_name(match.group(1)) if match else None

    def display_name(self, name: str, url: str | None = None) -> str:
        found = self.find(name, url)
        return found.name if found else name.strip()

    def identity(self, name: str, url: str | None = None) -> str:
        """A key equal for every name and domain of one outlet (the registry's, else the name's key)."""
        found = self.find(name, url)
        return "=" + found.name if found else outlet_key(name) or name.strip()


def _outlet_entries(raw: Any, origin: str) -> list[Outlet]:
    if not isinstance(raw, list):
        raise InputError(origin, "[[outlet]] entries must be a list of tables")
    out = []
    for entry in raw:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            raise InputError(origin, f"an outlet entry needs a name: {entry!r:.80}")
        unknown = set(entry) - {"name", "domains", "country", "aliases", "argument", "news_paths"}
        if unknown:
            raise InputError(origin, f"unknown key(s) in an outlet entry: {', '.join(sorted(unknown))}")
        domains = tuple(h for d in entry.get("domains", []) if (h := _host(str(d))))
        aliases = tuple(str(a) for a in entry.get("aliases", []))
        argument = entry.get("argument", False)
        paths = entry.get("news_paths", [])
        if not isinstance(argument, bool):
            raise InputError(origin, f"'argument' is true or false, in the entry for {entry['name']!r:.80}")
        if not isinstance(paths, list) or not all(isinstance(p, str) and p.strip("/ ") for p in paths):
            raise InputError(origin, f"'news_paths' is a list of paths such as [\"news\"], in the entry for "
                                     f"{entry['name']!r:.80}")
        news_paths = tuple(p.strip("/ ").lower() for p in paths)
        out.append(Outlet(entry["name"].strip(), domains, entry.get("country"), aliases, argument, news_paths))
    return out


@lru_cache(maxsize=1)
def _bundled() -> tuple[Outlet, ...]:
    text = resources.files("evenhand").joinpath("data/outlets.toml").read_text(encoding="utf-8")
    return tuple(_outlet_entries(tomllib.loads(text)["outlet"], "data/outlets.toml"))


def load_registry(config: Config | None = None) -> Registry:
    """The bundled outlets with the user's own ``[[outlets.outlet]]`` entries laid over them."""
    user = (config.extra.get("outlets", {}) if config else {}).get("outlet", [])
    # Built once for each set of the user's entries: an ingest asks for it with every article.
    return _registry(json.dumps(user, sort_keys=True, default=str))


@lru_cache(maxsize=8)
def _registry(user: str) -> Registry:
    return Registry([*_bundled(), *_outlet_entries(json.loads(user), "config [[outlets.outlet]]")])
