"""Stores: the ``Store`` protocol and its row types and keys (``base``), one SQLite implementation
(``sqlite``, the default), and ``open_store`` to pick one from a path or URL."""

from __future__ import annotations

import os

from ..outlets import outlet_key, url_domain
from .base import (
    DEFAULT_DB,
    AddResult,
    ArticleRow,
    Assignment,
    FeedState,
    SearchHit,
    Store,
    StoreError,
    StoryCoverage,
    StoryRow,
    article_id_for,
    canonical_url,
    pack_state,
    parse_time,
    story_id_for,
    unpack_state,
)
from .sqlite import SCHEMA_VERSION, SQLiteStore, fts_query

__all__ = [
    "DEFAULT_DB", "SCHEMA_VERSION", "AddResult", "ArticleRow", "Assignment", "FeedState", "SQLiteStore",
    "SearchHit", "Store", "StoreError", "StoryCoverage", "StoryRow", "article_id_for", "canonical_url",
    "fts_query", "open_store", "outlet_key", "pack_state", "parse_time", "story_id_for", "unpack_state",
    "url_domain",
]  # fmt: skip


def open_store(path: str | os.PathLike[str] | None = None, *, readonly: bool = False) -> Store:
    """The store at ``path``, ``$EVENHAND_DB`` or ./evenhand.db, created and migrated unless ``readonly``."""
    chosen = str(path or os.environ.get("EVENHAND_DB") or DEFAULT_DB)
    return SQLiteStore.open(chosen, readonly=readonly)
