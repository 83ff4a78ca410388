"""Ingest: everything between a source a user names and an `Article` in the store.

One module per stage: `fetch` (polite, bounded HTTP), `feeds` (RSS/Atom, OPML and WARC readers),
`extract` (article text and metadata from files, records and pages), `pagemeta` (what a page declares
about itself: JSON-LD and Open Graph), `recover` (the article paragraphs trafilatura skipped, put
back), `clean` (boilerplate removal), `clusters` (the clusters files of `evenhand brief --clusters`)
and `run` (the orchestration that reads sources into a store).

Names load on first use, so that importing one stage does not import the store.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .run import Ingester, IngestReport, ingest, source_kind

_HOMES = {"Ingester": "run", "IngestReport": "run", "ingest": "run", "source_kind": "run"}

__all__ = ["IngestReport", "Ingester", "ingest", "source_kind"]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'evenhand.ingest' has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value
