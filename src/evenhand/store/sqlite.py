"""The SQLite store: one file holding articles, their duplicates, stories, briefs and feed state.

Every write is one transaction, and the database runs in WAL mode, so a process killed at any moment
leaves either the whole write or none of it; the next run picks up where the last one stopped.
Articles are keyed by canonical URL and by the hash of their text: adding the same article twice,
or the same text from a second URL, adds nothing. ``sqlite3`` errors leave this module as ``StoreError``.

Past 600 lines on purpose: one implementation of the ``Store`` protocol with its migrations and SQL,
method for method beside ``postgres.py``; split, its SQL would leave the one module that owns it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from .. import dedup
from ..model import Article
from ..outlets import Covering, Rating, Ratings, independent_sources, rating_of
from .base import (
    SIGNING_BATCH,
    AddResult,
    ArticleRow,
    Assignment,
    FeedState,
    SearchHit,
    Store,
    StoreError,
    StoryCoverage,
    StoryRow,
    article_row,
    canonical_url,
    copy_id_for,
    driver_errors_mapped,
    members_key,
    own_copy,
    parse_time,
    published_earlier,
    search_words,
    signatures,
    store_target,
    story_row,
)

_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        url TEXT UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        outlet TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        author TEXT,
        published TEXT,
        published_ts REAL,
        origin TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        added_at REAL NOT NULL,
        independent_of TEXT REFERENCES articles(id),
        syndication_score REAL,
        minhash BLOB,
        story_id TEXT REFERENCES stories(id),
        join_score REAL,
        join_reason TEXT
    );
    CREATE INDEX articles_story ON articles(story_id);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_unclustered ON articles(published_ts, seq) WHERE story_id IS NULL;
    CREATE TABLE url_aliases (url TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id));
    CREATE TABLE minhash_bands (
        band INTEGER NOT NULL, bucket INTEGER NOT NULL, article_id TEXT NOT NULL,
        PRIMARY KEY (band, bucket, article_id)
    ) WITHOUT ROWID;
    CREATE TABLE stories (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        first_ts REAL,
        last_ts REAL,
        article_count INTEGER NOT NULL DEFAULT 0,
        source_count INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX stories_updated ON stories(updated_at);
    CREATE INDEX stories_last_ts ON stories(last_ts);
    CREATE TABLE briefs (
        story_id TEXT PRIMARY KEY REFERENCES stories(id),
        brief TEXT NOT NULL,
        headline TEXT NOT NULL DEFAULT '',
        lede TEXT NOT NULL DEFAULT '',
        members TEXT NOT NULL,
        updated_at REAL NOT NULL
    );
    CREATE INDEX briefs_updated ON briefs(updated_at);
    CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        checked_at REAL,
        status INTEGER,
        error TEXT
    );
    CREATE TABLE outlet_ratings (
        outlet_key TEXT PRIMARY KEY,
        outlet TEXT NOT NULL,
        rating TEXT NOT NULL,
        domain TEXT
    );
    CREATE INDEX outlet_ratings_domain ON outlet_ratings(domain);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, outlet, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text, outlet)
        VALUES (new.seq, new.title, new.text, new.outlet);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text, outlet)
        VALUES ('delete', old.seq, old.title, old.text, old.outlet);
    END;
    CREATE VIRTUAL TABLE stories_fts USING fts5(headline, lede, tokenize='unicode61 remove_diacritics 2');
    """,
    # Ratings on two axes, a row per rated name as the user's file gives it ("CNN (Online News)" and
    # "CNN (Opinion)" are two rows); outlets.Ratings matches them to articles in Python.
    """
    CREATE TABLE ratings (
        seq INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        link TEXT,
        lean REAL,
        establishment REAL,
        label TEXT
    );
    INSERT INTO ratings(name, link, lean, label)
        SELECT outlet, domain, CASE lower(rating) WHEN 'left' THEN -1.0 WHEN 'lean left' THEN -0.5
            WHEN 'center' THEN 0.0 WHEN 'lean right' THEN 0.5 WHEN 'right' THEN 1.0 END, rating
        FROM outlet_ratings ORDER BY outlet;
    DROP TABLE outlet_ratings;
    """,
    # An article's own record of its outlet's rating when it was published (Article.rating).
    "ALTER TABLE articles ADD COLUMN rating TEXT;",
    # One text may be stored once per outlet: a wire story republished word for word by other
    # outlets is their copy, not a duplicate (content_hash loses UNIQUE; SQLite rebuilds the table).
    """
    CREATE TABLE articles_rebuilt (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        url TEXT UNIQUE,
        content_hash TEXT NOT NULL,
        outlet TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        author TEXT,
        published TEXT,
        published_ts REAL,
        origin TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        added_at REAL NOT NULL,
        independent_of TEXT REFERENCES articles(id),
        syndication_score REAL,
        minhash BLOB,
        story_id TEXT REFERENCES stories(id),
        join_score REAL,
        join_reason TEXT,
        rating TEXT
    );
    INSERT INTO articles_rebuilt(seq, id, url, content_hash, outlet, title, author, published, published_ts,
        origin, text, added_at, independent_of, syndication_score, minhash, story_id, join_score, join_reason, rating)
        SELECT seq, id, url, content_hash, outlet, title, author, published, published_ts, origin, text, added_at,
            independent_of, syndication_score, minhash, story_id, join_score, join_reason, rating
        FROM articles ORDER BY seq;
    DROP TRIGGER articles_ai;
    DROP TRIGGER articles_ad;
    DROP TABLE articles;
    ALTER TABLE articles_rebuilt RENAME TO articles;
    CREATE INDEX articles_story ON articles(story_id);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_unclustered ON articles(published_ts, seq) WHERE story_id IS NULL;
    CREATE INDEX articles_content ON articles(content_hash);
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text, outlet)
        VALUES (new.seq, new.title, new.text, new.outlet);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text, outlet)
        VALUES ('delete', old.seq, old.title, old.text, old.outlet);
    END;
    """,
)

SCHEMA_VERSION = len(_MIGRATIONS)



def fts_query(text: str) -> str:
    """A user's words as an FTS5 query that cannot be a syntax error: each word quoted, all required."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in search_words(text))


_ARTICLE_COLUMNS = (
    "id, url, outlet, title, author, published, published_ts, origin, text, added_at, content_hash, "
    "independent_of, syndication_score, story_id, join_score, join_reason, rating"
)


_STORY_SELECT = (
    "SELECT s.id, s.title, s.article_count, s.source_count, s.created_at, s.updated_at,"
    " s.first_ts, s.last_ts,"
    " b.headline AS b_headline, b.lede AS b_lede, b.updated_at AS b_updated,"
    " NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.published_ts IS NOT NULL) AS undated,"
    " (SELECT a.text FROM articles a WHERE a.story_id = s.id"
    "  ORDER BY a.published_ts, a.seq LIMIT 1) AS first_text"
    " FROM stories s LEFT JOIN briefs b ON b.story_id = s.id"
)


# How long a new store's switch to write-ahead logging is retried while another process makes the switch.
_WAL_WAIT_SECONDS = 30.0
# Candidate ids asked for in one query (SQLite allows 32,766 parameters; fewer keep each query small).
_IDS_PER_QUERY = 500


def _write_ahead(conn: sqlite3.Connection) -> None:
    """Write-ahead logging, so that readers never wait on a writer. SQLite answers "database is locked"
    at once, without its busy handler, while another process opening the new store switches it (the
    red team's four ingests at once on a new store): wait for that switch, as the busy timeout would."""
    deadline = time.monotonic() + _WAL_WAIT_SECONDS
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


@driver_errors_mapped(sqlite3.DatabaseError)
class SQLiteStore(Store):
    """An evenhand database in one SQLite file. Open with ``SQLiteStore.open(path)``; use as a context manager."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, readonly: bool = False) -> SQLiteStore:
        """Open the store at ``path``, ``$EVENHAND_DB`` or ./evenhand.db, creating and migrating it."""
        chosen = store_target(path)
        if readonly and not Path(chosen).exists():
            raise StoreError(f"{chosen}: no such database (run `evenhand ingest` first)")
        try:
            if readonly:
                conn = sqlite3.connect(
                    f"file:{Path(chosen).resolve()}?mode=ro", uri=True, timeout=30, check_same_thread=False
                )
            else:
                conn = sqlite3.connect(chosen, timeout=30, isolation_level=None, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA busy_timeout = 30000")
            if not readonly:
                _write_ahead(conn)
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            store = cls(conn, chosen)
            if not readonly:
                store._migrate()
                store._sign_again()
            else:
                store._check_version()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{chosen}: not an evenhand database ({exc})") from None
        return store

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any error: a write is whole or absent."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _check_version(self) -> int:
        version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: written by a newer evenhand (schema {version} > {SCHEMA_VERSION});"
                " upgrade evenhand"
            )
        return version

    def _migrate(self) -> None:
        version = self._check_version()
        if version == SCHEMA_VERSION:
            return
        # A step that rebuilds a table drops the one other tables refer to, and copies every row
        # back before it commits (the pragma cannot change inside a transaction).
        self.conn.execute("PRAGMA foreign_keys = OFF")
        try:
            for number, script in enumerate(_MIGRATIONS[version:], start=version + 1):
                with self.transaction() as conn:
                    if self._check_version() >= number:
                        continue  # another process opening the new store took this step while we waited
                    for statement in _split_sql(script):
                        conn.execute(statement)
                    conn.execute(f"PRAGMA user_version = {number}")
        finally:
            self.conn.execute("PRAGMA foreign_keys = ON")

    def _sign_again(self) -> None:
        """Every article's MinHash signature and bands made again where they were made by another
        ``dedup.SIGNATURE_VERSION``, so that new copies are compared with old ones by one measure."""
        if self._signature_version() == dedup.SIGNATURE_VERSION:
            return
        with self.transaction() as conn:
            if self._signature_version() == dedup.SIGNATURE_VERSION:
                return  # another process opening the store did it while we waited
            conn.execute("DELETE FROM minhash_bands")
            last = -1
            while rows := conn.execute(
                "SELECT seq, id, text FROM articles WHERE seq > ? ORDER BY seq LIMIT ?", (last, SIGNING_BATCH)
            ).fetchall():
                last = rows[-1]["seq"]
                for article_id, blob, bands in signatures(rows):
                    conn.execute("UPDATE articles SET minhash = ? WHERE id = ?", (blob, article_id))
                    conn.executemany("INSERT OR IGNORE INTO minhash_bands(band, bucket, article_id) VALUES (?, ?, ?)",
                                     bands)
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('signatures', ?)",
                         (dedup.SIGNATURE_VERSION,))

    def _signature_version(self) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'signatures'").fetchone()
        return None if row is None else str(row[0])

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # -- articles -----------------------------------------------------------------------------------

    def has_url(self, url: str) -> bool:
        key = canonical_url(url)
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE url = ? UNION ALL SELECT 1 FROM url_aliases WHERE url = ? LIMIT 1",
            (key, key),
        ).fetchone()
        return row is not None

    def add_article(self, article: Article, *, aliases: Sequence[str] = ()) -> AddResult:
        """Store ``article`` unless its URL or text is already here; link it to the wire copy it repeats.

        ``aliases`` are other URLs that led to it (the URL asked for before redirects, a feed's link).
        """
        url = canonical_url(article.url) if article.url else None
        alias_keys = {canonical_url(a) for a in aliases if a} - {url}
        digest = dedup.content_hash(article.text)
        sig = dedup.signature(article.text)
        with self.transaction() as conn:
            existing = self._find_existing(conn, url, alias_keys)
            holders = conn.execute(
                "SELECT id, outlet, url, independent_of FROM articles WHERE content_hash = ? ORDER BY seq", (digest,)
            ).fetchall()
            if existing is None and (own := own_copy(holders, article.outlet, url)) is not None:
                existing = own, "same_text"
            if existing is not None:
                found_id, status = existing
                for key in ({url} | alias_keys) - {None}:
                    conn.execute(
                        "INSERT OR IGNORE INTO url_aliases(url, article_id) VALUES (?, ?)", (key, found_id)
                    )
                return AddResult(status, found_id)
            article_id = copy_id_for(url, digest, article.outlet, first=not holders)
            original, score = self._wire_original(conn, sig) if sig is not None else (None, None)
            if holders and original is None:  # too short to sign, and another outlet's word for word
                original, score = holders[0]["independent_of"] or holders[0]["id"], 1.0
            published = article.published or None
            root_ts = self._published_ts(conn, original)
            earlier = published_earlier(parse_time(published), root_ts)
            conn.execute(
                "INSERT INTO articles(id, url, content_hash, outlet, title, author, published, published_ts,"
                " origin, text, added_at, independent_of, syndication_score, minhash, rating)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    url,
                    digest,
                    article.outlet,
                    article.title,
                    article.author,
                    published,
                    parse_time(published),
                    article.origin,
                    article.text,
                    time.time(),
                    None if earlier else original,
                    None if earlier else score,
                    dedup.to_blob(sig) if sig is not None else None,
                    article.rating,
                ),
            )
            if earlier and original is not None:
                self._take_copies(conn, original, article_id, score)
            if sig is not None:
                conn.executemany(
                    "INSERT OR IGNORE INTO minhash_bands(band, bucket, article_id) VALUES (?, ?, ?)",
                    [(band, bucket, article_id) for band, bucket in dedup.band_keys(sig)],
                )
            for key in alias_keys:
                conn.execute(
                    "INSERT OR IGNORE INTO url_aliases(url, article_id) VALUES (?, ?)", (key, article_id)
                )
        return AddResult("added", article_id, None if earlier else original, None if earlier else score)

    @staticmethod
    def _published_ts(conn: sqlite3.Connection, article_id: str | None) -> float | None:
        if article_id is None:
            return None
        row = conn.execute("SELECT published_ts FROM articles WHERE id = ?", (article_id,)).fetchone()
        return float(row[0]) if row and row[0] is not None else None

    def _take_copies(self, conn: sqlite3.Connection, root: str, article_id: str, score: float | None) -> None:
        """The wire text first stored as ``root`` was published first as ``article_id``: the root and
        its copies are now copies of it, and the stories they are in count their sources again."""
        conn.execute(
            "UPDATE articles SET independent_of = ?, syndication_score = coalesce(syndication_score, ?)"
            " WHERE id = ? OR independent_of = ?",
            (article_id, score, root, root),
        )
        stories = conn.execute(
            "SELECT DISTINCT story_id FROM articles WHERE independent_of = ? AND story_id IS NOT NULL", (article_id,)
        ).fetchall()
        for row in stories:
            self._refresh_story(conn, row[0], time.time())

    @staticmethod
    def _find_existing(
        conn: sqlite3.Connection, url: str | None, aliases: set[str]
    ) -> tuple[str, Literal["same_url", "same_text"]] | None:
        for key in [url, *sorted(aliases)]:
            if key is None:
                continue
            row = conn.execute(
                "SELECT id FROM articles WHERE url = ?"
                " UNION ALL SELECT article_id FROM url_aliases WHERE url = ?",
                (key, key),
            ).fetchone()
            if row:
                return row[0], "same_url"
        return None

    @staticmethod
    def _wire_original(conn: sqlite3.Connection, sig: dedup.Signature) -> tuple[str | None, float | None]:
        """The earliest stored copy of the text ``sig`` was taken from, if it is a near-duplicate."""
        keys = dedup.band_keys(sig)
        candidates: set[str] = set()
        for band, bucket in keys:
            found = conn.execute(
                "SELECT article_id FROM minhash_bands WHERE band = ? AND bucket = ? LIMIT 200", (band, bucket)
            )
            candidates.update(r[0] for r in found)
        ids = sorted(candidates)
        chunks = [ids[at : at + _IDS_PER_QUERY] for at in range(0, len(ids), _IDS_PER_QUERY)]
        return dedup.earliest_copy(sig, [
            (row["id"], row["seq"], row["minhash"], row["independent_of"])
            for chunk in chunks
            for row in conn.execute(
                "SELECT id, seq, minhash, independent_of FROM articles WHERE minhash IS NOT NULL"
                f" AND id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        ])

    def get_article(self, article_id: str) -> ArticleRow | None:
        row = self.conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return article_row(row) if row else None

    def article_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def articles(self, *, limit: int | None = None) -> list[ArticleRow]:
        """All articles in arrival order."""
        sql = f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY seq"
        rows = self.conn.execute(sql + " LIMIT ?", (limit,)) if limit else self.conn.execute(sql)
        return [article_row(r) for r in rows]

    def unclustered(self, batch: int = 1000) -> Iterator[ArticleRow]:
        """Articles not yet in a story, oldest first (undated ones by arrival), in batches."""
        last: tuple[float, int] = (float("-inf"), -1)
        while True:
            rows = self.conn.execute(
                f"SELECT seq, coalesce(published_ts, added_at) AS ts, {_ARTICLE_COLUMNS} FROM articles"
                " WHERE story_id IS NULL AND (coalesce(published_ts, added_at), seq) > (?, ?)"
                " ORDER BY coalesce(published_ts, added_at), seq LIMIT ?",
                (last[0], last[1], batch),
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield article_row(row)
            last = (rows[-1]["ts"], rows[-1]["seq"])

    def clustered_since(self, ts: float) -> list[ArticleRow]:
        """Articles of the stories still open at ``ts`` (their last article is that recent), oldest first."""
        rows = self.conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE story_id IN"
            " (SELECT id FROM stories WHERE last_ts >= ?) ORDER BY coalesce(published_ts, added_at), seq",
            (ts,),
        )
        return [article_row(r) for r in rows]

    # -- stories ------------------------------------------------------------------------------------

    def apply_assignments(self, assignments: Sequence[Assignment], *, state: bytes | None = None) -> None:
        """Record a batch of clustering decisions (and the clusterer's state) in one transaction."""
        now = time.time()
        with self.transaction() as conn:
            touched: set[str] = set()
            for a in assignments:
                if a.new:
                    row = conn.execute("SELECT title FROM articles WHERE id = ?", (a.article_id,)).fetchone()
                    conn.execute(
                        "INSERT OR IGNORE INTO stories(id, title, created_at, updated_at)"
                        " VALUES (?, ?, ?, ?)",
                        (a.story_id, row["title"] if row else "", now, now),
                    )
                conn.execute(
                    "UPDATE articles SET story_id = ?, join_score = ?, join_reason = ? WHERE id = ?",
                    (a.story_id, a.score, json.dumps(a.reason, ensure_ascii=False), a.article_id),
                )
                touched.add(a.story_id)
            for story_id in touched:
                self._refresh_story(conn, story_id, now)
            if state is not None:
                conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('cluster_state', ?)", (state,))

    @staticmethod
    def _refresh_story(conn: sqlite3.Connection, story_id: str, now: float) -> None:
        conn.execute(
            "UPDATE stories SET updated_at = :now,"
            " article_count = (SELECT count(*) FROM articles WHERE story_id = :id),"
            " source_count = (SELECT count(DISTINCT outlet) FROM articles"
            "                 WHERE story_id = :id AND independent_of IS NULL),"
            " first_ts = (SELECT min(coalesce(published_ts, added_at)) FROM articles WHERE story_id = :id),"
            " last_ts = (SELECT max(coalesce(published_ts, added_at)) FROM articles WHERE story_id = :id)"
            " WHERE id = :id",
            {"now": now, "id": story_id},
        )
        row = conn.execute("SELECT seq, title FROM stories WHERE id = ?", (story_id,)).fetchone()
        brief = conn.execute("SELECT headline, lede FROM briefs WHERE story_id = ?", (story_id,)).fetchone()
        headline = brief["headline"] if brief and brief["headline"] else row["title"]
        conn.execute("DELETE FROM stories_fts WHERE rowid = ?", (row["seq"],))
        conn.execute(
            "INSERT INTO stories_fts(rowid, headline, lede) VALUES (?, ?, ?)",
            (row["seq"], headline, brief["lede"] if brief else ""),
        )

    def cluster_state(self) -> bytes | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'cluster_state'").fetchone()
        return bytes(row[0]) if row else None

    def last_change(self) -> tuple[float, float, int]:
        """When a story and a brief last changed, and how many stories there are: a key that
        changes whenever any list of stories would (two index look-ups and a count)."""
        story = self.conn.execute("SELECT max(updated_at), count(*) FROM stories").fetchone()
        brief = self.conn.execute("SELECT max(updated_at) FROM briefs").fetchone()
        return (float(story[0] or 0.0), float(brief[0] or 0.0), int(story[1]))

    def list_stories(self, limit: int = 50, offset: int = 0) -> list[StoryRow]:
        """Stories, the most recently changed first."""
        rows = self.conn.execute(
            _STORY_SELECT + " ORDER BY s.updated_at DESC, s.seq DESC LIMIT ? OFFSET ?", (limit, offset)
        )
        return [story_row(r) for r in rows]

    def story_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM stories").fetchone()[0])

    def get_story(self, story_id: str) -> StoryRow | None:
        row = self.conn.execute(_STORY_SELECT + " WHERE s.id = ?", (story_id,)).fetchone()
        return story_row(row) if row else None

    def story_articles(self, story_id: str) -> list[ArticleRow]:
        """The story's articles, oldest first, each with why it joined (``join_score``, ``join_reason``)."""
        rows = self.conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE story_id = ?"
            " ORDER BY coalesce(published_ts, added_at), seq",
            (story_id,),
        )
        return [article_row(r) for r in rows]

    def stale_stories(self) -> list[str]:
        """Stories whose articles changed since their brief was written (or that have none yet)."""
        rows = self.conn.execute(
            "SELECT s.id, b.members, (SELECT group_concat(id, ',') FROM"
            "   (SELECT id FROM articles WHERE story_id = s.id ORDER BY id)) AS now_members"
            " FROM stories s LEFT JOIN briefs b ON b.story_id = s.id"
            " WHERE b.updated_at IS NULL OR b.updated_at < s.updated_at ORDER BY s.seq"
        )
        return [r["id"] for r in rows if r["members"] != r["now_members"]]

    def save_brief(self, story_id: str, brief: dict[str, Any]) -> bool:
        """Store the brief (schema evenhand.brief/1) written from the story's current articles;
        whether it changed (see :meth:`evenhand.store.Store.save_brief`)."""
        now = time.time()
        text = json.dumps(brief, ensure_ascii=False)
        with self.transaction() as conn:
            ids = conn.execute("SELECT id FROM articles WHERE story_id = ?", (story_id,))
            members = members_key([r[0] for r in ids])
            old = conn.execute("SELECT brief, members FROM briefs WHERE story_id = ?", (story_id,)).fetchone()
            if old is not None and (old[0], old[1]) == (text, members):
                return False
            conn.execute(
                "INSERT OR REPLACE INTO briefs(story_id, brief, headline, lede, members, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (story_id, text, str(brief.get("headline") or ""), str(brief.get("lede") or ""), members, now),
            )
            self._refresh_story(conn, story_id, now)
        return True

    def get_brief(self, story_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT brief FROM briefs WHERE story_id = ?", (story_id,)).fetchone()
        return dict(json.loads(row[0])) if row else None

    def briefs_updated_since(self, ts: float, limit: int = 100) -> list[tuple[StoryRow, dict[str, Any]]]:
        """Briefs written at or after ``ts``, newest first (for the Atom feed)."""
        rows = self.conn.execute(
            _STORY_SELECT + " WHERE b.updated_at >= ? ORDER BY b.updated_at DESC LIMIT ?", (ts, limit)
        ).fetchall()
        result = []
        for row in rows:
            brief = self.get_brief(row["id"])
            if brief is not None:
                result.append((story_row(row), brief))
        return result

    # -- search and outlets -------------------------------------------------------------------------

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Stories and articles matching every word of ``query`` (best first); never an FTS syntax error."""
        match = fts_query(query)
        if not match:
            return []
        hits: list[SearchHit] = []
        for row in self.conn.execute(
            "SELECT s.id, f.headline, snippet(stories_fts, 1, '', '', '…', 16) AS snip,"
            " bm25(stories_fts) AS rank FROM stories_fts f JOIN stories s ON s.seq = f.rowid"
            " WHERE stories_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        ):
            hits.append(SearchHit("story", row["id"], row["headline"], row["snip"], row["id"], row["rank"]))
        for row in self.conn.execute(
            "SELECT a.id, a.title, a.story_id, snippet(articles_fts, 1, '', '', '…', 16) AS snip,"
            " bm25(articles_fts, 3.0, 1.0, 1.0) AS rank"
            " FROM articles_fts f JOIN articles a ON a.seq = f.rowid"
            " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        ):
            hits.append(
                SearchHit("article", row["id"], row["title"], row["snip"], row["story_id"], row["rank"])
            )
        hits.sort(key=lambda h: h.rank)
        return hits[:limit]

    def outlets(self) -> list[tuple[str, int]]:
        """Each outlet with how many articles of it are stored, the most prolific first."""
        rows = self.conn.execute(
            "SELECT outlet, count(*) AS n FROM articles GROUP BY outlet ORDER BY n DESC, outlet"
        )
        return [(r["outlet"], r["n"]) for r in rows]

    def outlet_articles(self, outlet: str, limit: int = 200) -> list[ArticleRow]:
        rows = self.conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE outlet = ?"
            " ORDER BY coalesce(published_ts, added_at) DESC, seq DESC LIMIT ?",
            (outlet, limit),
        )
        return [article_row(r) for r in rows]

    # -- outlet ratings (user-supplied; never bundled) ----------------------------------------------

    def import_ratings(self, rows: Iterable[Rating]) -> int:
        """Replace the outlet ratings with ``rows``; returns how many were stored."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM ratings")
            count = 0
            for r in rows:
                conn.execute(
                    "INSERT INTO ratings(name, link, lean, establishment, label) VALUES (?, ?, ?, ?, ?)",
                    (r.name, r.link, r.lean, r.establishment, r.label),
                )
                count += 1
        return count

    def ratings(self) -> list[Rating]:
        rows = self.conn.execute("SELECT name, link, lean, establishment, label FROM ratings ORDER BY seq")
        return [
            Rating(r["name"], r["lean"], r["establishment"], r["label"], r["link"]) for r in rows
        ]

    def outlet_urls(self) -> dict[str, str]:
        """A URL of each outlet name (its latest article's), by which ratings and the registry know it by domain."""
        rows = self.conn.execute(
            "SELECT outlet, url FROM articles WHERE seq IN"
            " (SELECT max(seq) FROM articles WHERE url IS NOT NULL GROUP BY outlet)"
        )
        return {r["outlet"]: r["url"] for r in rows}

    def story_coverage(
        self, story_ids: Sequence[str], ratings: Ratings | None = None
    ) -> dict[str, StoryCoverage]:
        """Coverage of many stories in one query, without reading any article's text.

        Each member comes with the outlet and URL of the article it is a syndicated copy of. An
        outlet's rating is that of the first of its articles in the story (oldest first) that a
        rating meets (``ratings``, else the stored ones). Stories without articles are absent.
        """
        ids = json.dumps(list(dict.fromkeys(story_ids)))
        ratings = self.rating_table() if ratings is None else ratings
        members: dict[str, list[Covering]] = {}
        for row in self.conn.execute(
            "SELECT a.story_id, a.outlet, a.url, o.outlet AS original_outlet, o.url AS original_url,"
            " a.rating, o.rating AS original_rating"
            " FROM articles a LEFT JOIN articles o ON o.id = a.independent_of"
            " WHERE a.story_id IN (SELECT value FROM json_each(?))"
            " ORDER BY a.story_id, coalesce(a.published_ts, a.added_at), a.seq",
            (ids,),
        ):
            members.setdefault(row["story_id"], []).append(
                Covering(
                    row["outlet"], row["url"], row["original_outlet"], row["original_url"], row["rating"],
                    row["original_rating"],
                )
            )
        result: dict[str, StoryCoverage] = {}
        for story_id, covering in members.items():
            outlets: dict[str, str | None] = {}
            for m in covering:
                if outlets.get(m.outlet) is None:
                    found = rating_of(ratings, m.outlet, m.url, m.rating)
                    outlets[m.outlet] = found.lean_label if found else None
            result[story_id] = StoryCoverage(
                dict(sorted(outlets.items())), len(independent_sources(covering)), tuple(covering)
            )
        return result

    # -- feeds --------------------------------------------------------------------------------------

    def feed_state(self, url: str) -> FeedState | None:
        row = self.conn.execute("SELECT * FROM feeds WHERE url = ?", (url,)).fetchone()
        return FeedState(**dict(row)) if row else None

    def save_feed_state(
        self,
        url: str,
        *,
        etag: str | None,
        last_modified: str | None,
        status: int | None,
        error: str | None = None,
    ) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO feeds(url, etag, last_modified, checked_at, status, error)"
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(url) DO UPDATE SET etag = coalesce(excluded.etag, etag),"
                " last_modified = coalesce(excluded.last_modified, last_modified),"
                " checked_at = excluded.checked_at, status = excluded.status, error = excluded.error",
                (url, etag, last_modified, time.time(), status, error),
            )

    def feeds(self) -> list[FeedState]:
        return [FeedState(**dict(r)) for r in self.conn.execute("SELECT * FROM feeds ORDER BY url")]

    def add_feed(self, url: str) -> bool:
        """Remember ``url`` as a feed for `evenhand update` to read; False if it already was."""
        with self.transaction() as conn:
            return conn.execute("INSERT OR IGNORE INTO feeds(url) VALUES (?)", (url,)).rowcount > 0

    def remove_feed(self, url: str) -> bool:
        """Forget the feed ``url`` (its articles stay); False if it was not there."""
        with self.transaction() as conn:
            return conn.execute("DELETE FROM feeds WHERE url = ?", (url,)).rowcount > 0

    def stats(self) -> dict[str, int]:
        one = self.conn.execute
        return {
            "articles": int(one("SELECT count(*) FROM articles").fetchone()[0]),
            "syndicated": int(
                one("SELECT count(*) FROM articles WHERE independent_of IS NOT NULL").fetchone()[0]
            ),
            "unclustered": int(one("SELECT count(*) FROM articles WHERE story_id IS NULL").fetchone()[0]),
            "stories": int(one("SELECT count(*) FROM stories").fetchone()[0]),
            "briefs": int(one("SELECT count(*) FROM briefs").fetchone()[0]),
            "feeds": int(one("SELECT count(*) FROM feeds").fetchone()[0]),
        }


def _split_sql(script: str) -> list[str]:
    """Statements of a migration script, keeping trigger bodies (which contain ';') whole."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


