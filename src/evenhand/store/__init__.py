"""Stores: the ``Store`` protocol and its row types and keys (``base``), two implementations (``sqlite``,
the default, a file; ``postgres``, a ``postgresql://`` URL, with the ``evenhand[postgres]`` extra), and
``open_store`` to pick one from a path or URL."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError
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
    copy_id_for,
    display_name,
    pack_state,
    parse_time,
    published_earlier,
    same_outlet,
    store_target,
    story_id_for,
    unpack_state,
)
from .sqlite import SCHEMA_VERSION, SQLiteStore, fts_query

__all__ = [
    "DB_ENV", "DEFAULT_DB", "SCHEMA_VERSION", "AddResult", "ArticleRow", "Assignment", "FeedState", "SQLiteStore",
    "SearchHit", "Store", "StoreError", "StoryCoverage", "StoryRow", "article_id_for", "canonical_url", "copy_id_for",
    "display_name", "fts_query", "is_server_url", "open_existing", "open_or_create", "open_store", "outlet_key",
    "pack_state", "parse_time", "published_earlier", "same_outlet", "store_target", "story_id_for", "unpack_state",
    "url_domain",
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


def open_existing(db: str, *, readonly: bool = False) -> Store:
    """The store at ``db``, which must exist: only `ingest` and `feeds add` create one."""
    if is_server_url(db):
        store = open_store(db, readonly=True)  # refuses a database that `ingest` has not given tables
        if readonly:
            return store
        store.close()
        return open_store(db)
    if not Path(db).exists():
        raise InputError(
            db, "no such store (create it with `evenhand ingest SOURCE...` or `evenhand feeds add URL`)"
        )
    return open_store(db, readonly=readonly)


def open_or_create(db: str) -> Store:
    """The store at ``db``, created if missing, in a folder that must exist."""
    folder = Path(db).parent
    if not is_server_url(db) and not folder.is_dir():
        raise InputError(db, f"cannot create the store: there is no folder {folder}")
    return open_store(db)
