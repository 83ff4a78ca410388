"""Coverage: how many outlets and independent sources cover a story from each side of each rated
axis, its blindspots, and the store's outlets with their article counts and ratings."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .identity import Outlet, Registry, _host, _parents, name_domain
from .ratings import (
    AXES,
    SIDE_NAMES,
    SIDES,
    OutletSettings,
    Rating,
    Ratings,
    rating_of,
    recorded_rating,
    side_of,
    side_of_rating,
    side_word,
)

# -- coverage and blindspots --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Covering:
    """One article of a story as coverage counts it; ``original_*`` name the article it is a
    syndicated copy of, whose outlet is then the independent source; ``rating`` is the article's
    own record of its outlet's rating (``Article.rating``)."""

    outlet: str
    url: str | None = None
    original_outlet: str | None = None
    original_url: str | None = None
    rating: str | None = None
    original_rating: str | None = None


def source_of(member: Covering) -> tuple[str, str | None]:
    """The outlet (name and URL) an article counts as a source for: its original's where it is a
    syndicated copy, else its own."""
    if member.original_outlet:
        return member.original_outlet, member.original_url
    return member.outlet, member.url


def independent_sources(
    members: Iterable[Covering], key: Callable[[str, str | None], str] = lambda name, _url: name
) -> set[str]:
    """A story's independent sources: the distinct ``key`` of each article's source (``source_of``),
    by the outlet's name as stored unless a registry's identity is given."""
    return {key(*source_of(m)) for m in members}


@dataclass(frozen=True, slots=True)
class SideCoverage:
    outlets: tuple[str, ...]
    independent: int


@dataclass(frozen=True, slots=True)
class Coverage:
    """Who covers a story from where: per rated axis and side, its outlets (display names) and
    independent sources; ``blindspots`` are the ``(axis, side)`` that cover it far less than the
    other side does."""

    outlets: tuple[str, ...]
    independent: int
    sides: dict[str, dict[str, SideCoverage]]
    blindspots: tuple[tuple[str, str], ...]
    unrated: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "axes": {
                axis: {
                    side: {
                        "name": SIDE_NAMES[axis, side], "n_outlets": len(c.outlets), "independent": c.independent,
                        "outlets": list(c.outlets),
                    }
                    for side, c in by_side.items()
                }
                for axis, by_side in self.sides.items()
            },
            "blindspots": [
                {"axis": axis, "side": side, "label": f"Blindspot: little {side_word(axis, side)} coverage"}
                for axis, side in self.blindspots
            ],
            "unrated": list(self.unrated),
        }


def coverage(
    members: Iterable[Covering], registry: Registry, ratings: Ratings | None,
    settings: OutletSettings = OutletSettings(),
) -> Coverage:
    """How many outlets and independent sources cover a story from each side of each rated axis.

    An outlet is counted once however many names and articles it has (the registry's identity),
    with the rating of its first article that records one (``rating_of``), else of its first
    article that an imported rating meets; without either no side is ever given.
    """
    names: dict[str, str] = {}
    rated: dict[str, Rating | None] = {}
    recorded: set[str] = set()  # outlets rated by an article's own record, which an imported rating never replaces

    def rate(ident: str, outlet: str, url: str | None, own: str | None) -> None:
        own = recorded_rating(own, scores=True)
        if ident in recorded or (rated.get(ident) is not None and own is None):
            return
        rated[ident] = rating_of(ratings, outlet, url, own)
        if own is not None:
            recorded.add(ident)

    sources: set[str] = set()
    for m in members:
        ident = registry.identity(m.outlet, m.url)
        names.setdefault(ident, registry.display_name(m.outlet, m.url))
        rate(ident, m.outlet, m.url, m.rating)
        source = registry.identity(*source_of(m))
        sources.add(source)
        if m.original_outlet:
            rate(source, *source_of(m), m.original_rating)
    sides: dict[str, dict[str, SideCoverage]] = {}
    blindspots: list[tuple[str, str]] = []
    for axis in AXES:
        placed = {i: s for i, r in rated.items() if r and (s := side_of(r.score(axis), axis, settings))}
        if not placed:
            continue
        by_side = {
            side: SideCoverage(
                tuple(sorted(names[i] for i in names if placed.get(i) == side)),
                sum(1 for i in sources if placed.get(i) == side),
            )
            for side in SIDES[axis]
        }
        sides[axis] = by_side
        low, _, high = SIDES[axis]
        for side, other in ((low, high), (high, low)):
            theirs = by_side[other].independent
            if theirs >= settings.blindspot_min and by_side[side].independent <= settings.blindspot_share * theirs:
                blindspots.append((axis, side))
    unrated = tuple(sorted(names[i] for i in names if not any(side_of_rating(rated.get(i), a) for a in AXES)))
    return Coverage(tuple(sorted(names.values())), len(sources), sides, tuple(blindspots), unrated)


# -- the store's outlets ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutletEntry:
    """One publication of the store: its display name, the names its articles give, and its rating."""

    name: str
    names: tuple[str, ...]
    n_articles: int
    outlet: Outlet | None
    rating: Rating | None

    def to_dict(self) -> dict[str, Any]:
        r = self.rating
        return {
            "name": self.name, "n_articles": self.n_articles, "rating": r.lean_label if r else None,
            "names": list(self.names), "country": self.outlet.country if self.outlet else None,
            "domains": list(self.outlet.domains) if self.outlet else [],
            "lean": r.lean if r else None, "establishment": r.establishment if r else None,
            "rated_as": r.name if r else None,
        }


def outlet_entries(
    counts: Iterable[tuple[str, int]], urls: dict[str, str], registry: Registry, ratings: Ratings | None
) -> list[OutletEntry]:
    """Stored outlet names (with article counts and a URL of each) gathered into publications, the
    most prolific first; each rated as its most prolific rated name is."""
    grouped: dict[str, list[tuple[str, int]]] = {}
    for name, count in counts:
        grouped.setdefault(registry.identity(name, urls.get(name)), []).append((name, count))
    entries = []
    for members in grouped.values():
        members.sort(key=lambda m: -m[1])
        first = members[0][0]
        found = (ratings.find(n, urls.get(n)) for n, _ in members) if ratings else iter(())
        entries.append(OutletEntry(
            registry.display_name(first, urls.get(first)), tuple(n for n, _ in members), sum(c for _, c in members),
            registry.find(first, urls.get(first)), next((r for r in found if r is not None), None),
        ))
    return sorted(entries, key=lambda e: (-e.n_articles, e.name))


def find_entry(
    entries: Iterable[OutletEntry], name: str, registry: Registry, urls: dict[str, str]
) -> OutletEntry | None:
    """The publication ``name`` means: any of its names, its registry names, or a domain of its articles."""
    wanted, domain = registry.identity(name), name_domain(name)
    for entry in entries:
        hosts = {h for n in entry.names if (h := _host(urls.get(n)))}
        if (
            name in entry.names or registry.identity(entry.name) == wanted
            or (domain and any(domain in _parents(h) for h in hosts))
        ):
            return entry
    return None


def unrated_outlets(entries: Iterable[OutletEntry]) -> list[OutletEntry]:
    return [e for e in entries if e.rating is None]
