"""Outlets: which publication an article is from, where the user's ratings place it, and what
that says about a story.

- **Identity**: a bundled registry of major outlets (``data/outlets.toml``: name, domains,
  country, other names; facts only, never a rating) and the user's additions and renames
  (``[[outlets.outlet]]`` in their config) make "The Guardian", "Guardian (UK)" and
  theguardian.com one outlet with one display name.
- **Ratings** on two axes, left-right (``lean``) and establishment, from -1 (left;
  establishment-critical) to 1 (right; pro-establishment), come only from files the user
  imports (an AllSides-style CSV or a plain one with scores); none is bundled and none is ever
  guessed. They are matched to articles by name, by the link's section, by the registry and by
  domain, so "CNN (Online News)", "CNN" and cnn.com meet.
- **Coverage**: how many outlets and independent sources cover a story from each side of each
  rated axis, and the blindspots (a side that covers far less than the other).
- **Side-labelled narratives**: a step applied to a finished brief, leaving the brief engine
  untouched: two narratives whose outlets stand apart on a rated axis are labelled by it.
- **Sliders**: which outlets a brief draws on (by their ratings) and how long it is.

One room, four modules: ``identity`` (the registry), ``ratings`` (the axes, the matcher and the
import of ratings files), ``coverage`` (coverage, blindspots and the store's outlets) and ``sliders``
(side-labelled narratives and the sliders), each importing only those before it. Every name is
importable from ``evenhand.outlets``.
"""

from __future__ import annotations

from .coverage import (
    Coverage,
    Covering,
    OutletEntry,
    SideCoverage,
    coverage,
    find_entry,
    independent_sources,
    outlet_entries,
    source_of,
    unrated_outlets,
)
from .identity import (
    Outlet,
    Registry,
    load_registry,
    name_domain,
    outlet_from_url,
    outlet_key,
    url_domain,
)
from .ratings import (
    ALLSIDES_LEAN,
    AXES,
    LEAN_KEYS,
    LEANINGS,
    SIDE_NAMES,
    SIDES,
    OutletSettings,
    Rating,
    Ratings,
    lean_key,
    load_ratings,
    outlet_settings,
    rating_of,
    read_ratings,
    recorded_rating,
    side_of,
    side_of_rating,
    side_word,
)
from .sliders import (
    DEPTH_FACTS,
    SLIDER_POINTS,
    Sliders,
    label_narratives,
    lacks_ratings,
    side_labeller,
    slider_select,
    slider_subset,
)

__all__ = [
    "ALLSIDES_LEAN",
    "AXES",
    "DEPTH_FACTS",
    "LEANINGS",
    "LEAN_KEYS",
    "SIDES",
    "SIDE_NAMES",
    "SLIDER_POINTS",
    "Coverage",
    "Covering",
    "Outlet",
    "OutletEntry",
    "OutletSettings",
    "Rating",
    "Ratings",
    "Registry",
    "SideCoverage",
    "Sliders",
    "coverage",
    "find_entry",
    "independent_sources",
    "label_narratives",
    "lacks_ratings",
    "lean_key",
    "load_ratings",
    "load_registry",
    "name_domain",
    "outlet_entries",
    "outlet_from_url",
    "outlet_key",
    "outlet_settings",
    "rating_of",
    "read_ratings",
    "recorded_rating",
    "side_labeller",
    "side_of",
    "side_of_rating",
    "side_word",
    "slider_select",
    "slider_subset",
    "source_of",
    "unrated_outlets",
    "url_domain",
]
