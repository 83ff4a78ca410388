"""Stores: the ``Store`` protocol and its row types and keys (``base``), two implementations (``sqlite``,
the default, a file; ``postgres``, a ``postgresql://`` URL, with the ``evenhand[postgres]`` extra), and
``open_store`` to pick one from a path or URL."""

from __future__ import annotations

import os

from ..outlets import outlet_key, url_domain
from .base import (
    DB_ENV,
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
    display_name,
    pack_state,
    parse_time,
    store_target,
    story_id_for,
    unpack_state,
)
from .sqlite import SCHEMA_VERSION, SQLiteStore, fts_query

__all__ = [
    "DB_ENV", "DEFAULT_DB", "SCHEMA_VERSION", "AddResult", "ArticleRow", "Assignment", "FeedState", "SQLiteStore",
    "SearchHit", "Store", "StoreError", "StoryCoverage", "StoryRow", "article_id_for", "canonical_url",
    "display_name", "fts_query", "is_server_url", "open_store", "outlet_key", "pack_state", "parse_time",
    "store_target", "story_id_for", "unpack_state", "url_domain",
]  # fmt: skip


def is_server_url(target: str) -> bool:
    """Whether ``target`` names a database server's store (else it is a SQLite file)."""
    return target.startswith(("postgresql://", "postgres://"))


def open_store(path: str | os.PathLike[str] | None = None, *, readonly: bool = False) -> Store:
    """The store at ``path``, ``$EVENHAND_DB`` or ./evenhand.db, created and migrated unless ``readonly``:
    a PostgreSQL database for a ``postgresql://`` URL, else a SQLite file."""
    chosen = store_target(path)
    if is_server_url(chosen):
        try:
            from .postgres import PostgresStore
        except ImportError:
            raise StoreError(
                f"{display_name(chosen)}: a PostgreSQL store needs psycopg: pip install 'evenhand[postgres]'"
            ) from None
        return PostgresStore.open(chosen, readonly=readonly)
    return SQLiteStore.open(chosen, readonly=readonly)
