"""The PostgreSQL store (``--db postgresql://...``, psycopg 3): the SQLite store's behaviour on a server
that several ingest, update and web processes share.

Each write is one transaction that first takes one advisory lock, so writers are serialised exactly
as SQLite's ``BEGIN IMMEDIATE`` serialises them: two ``ingest`` processes and an ``update`` at once
neither lose nor double an article (the unique URL and text-hash keys would refuse a double anyway,
and the lock makes the refusal a clean "already stored" rather than an error). Readers never wait.
Full-text search is PostgreSQL's own (``tsvector`` with the ``simple`` configuration: no stemming,
like the SQLite store's FTS5 tokenizer). Text is ordered with the ``C`` collation so that lists
sort as they do in SQLite. psycopg errors leave this module as ``StoreError``.

Past 600 lines on purpose: one implementation of the ``Store`` protocol with its migrations and SQL,
method for method beside ``sqlite.py``; split, its SQL would leave the one module that owns it.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Literal

import psycopg
from psycopg.rows import dict_row

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
    display_name,
    driver_errors_mapped,
    members_key,
    one_line,
    own_copy,
    parse_time,
    published_earlier,
    search_words,
    signatures,
    store_target,
    story_row,
)

# Every write transaction takes this transaction-level advisory lock first ("evenhand" in ASCII).
_WRITE_LOCK = 0x6576656E68616E64

_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        url TEXT UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        outlet TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        author TEXT,
        published TEXT,
        published_ts DOUBLE PRECISION,
        origin TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        added_at DOUBLE PRECISION NOT NULL,
        independent_of TEXT REFERENCES articles(id),
        syndication_score DOUBLE PRECISION,
        minhash BYTEA,
        story_id TEXT,
        join_score DOUBLE PRECISION,
        join_reason TEXT,
        search TSVECTOR GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', title), 'A') || to_tsvector('simple', text)
            || to_tsvector('simple', outlet)
        ) STORED
    );
    CREATE INDEX articles_story ON articles(story_id);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_unclustered ON articles((coalesce(published_ts, added_at)), seq) WHERE story_id IS NULL;
    CREATE INDEX articles_search ON articles USING GIN (search);
    CREATE TABLE url_aliases (url TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id));
    CREATE TABLE minhash_bands (
        band INTEGER NOT NULL, bucket BIGINT NOT NULL, article_id TEXT NOT NULL,
        PRIMARY KEY (band, bucket, article_id)
    );
    CREATE TABLE stories (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        created_at DOUBLE PRECISION NOT NULL,
        updated_at DOUBLE PRECISION NOT NULL,
        first_ts DOUBLE PRECISION,
        last_ts DOUBLE PRECISION,
        article_count INTEGER NOT NULL DEFAULT 0,
        source_count INTEGER NOT NULL DEFAULT 0,
        search_headline TEXT NOT NULL DEFAULT '',
        search_lede TEXT NOT NULL DEFAULT '',
        search TSVECTOR GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', search_headline), 'A') || to_tsvector('simple', search_lede)
        ) STORED
    );
    ALTER TABLE articles ADD FOREIGN KEY (story_id) REFERENCES stories(id);
    CREATE INDEX stories_updated ON stories(updated_at);
    CREATE INDEX stories_last_ts ON stories(last_ts);
    CREATE INDEX stories_search ON stories USING GIN (search);
    CREATE TABLE briefs (
        story_id TEXT PRIMARY KEY REFERENCES stories(id),
        brief TEXT NOT NULL,
        headline TEXT NOT NULL DEFAULT '',
        lede TEXT NOT NULL DEFAULT '',
        members TEXT NOT NULL,
        updated_at DOUBLE PRECISION NOT NULL
    );
    CREATE INDEX briefs_updated ON briefs(updated_at);
    CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        checked_at DOUBLE PRECISION,
        status INTEGER,
        error TEXT
    );
    CREATE TABLE ratings (
        seq BIGSERIAL PRIMARY KEY,
        name TEXT NOT NULL,
        link TEXT,
        lean DOUBLE PRECISION,
        establishment DOUBLE PRECISION,
        label TEXT
    );
    CREATE TABLE meta (key TEXT PRIMARY KEY, value BYTEA);
    """,
    # An article's own record of its outlet's rating when it was published (Article.rating).
    "ALTER TABLE articles ADD COLUMN rating TEXT;",
    # One text may be stored once per outlet: a wire story republished word for word by other
    # outlets is their copy, not a duplicate.
    """
    ALTER TABLE articles DROP CONSTRAINT articles_content_hash_key;
    CREATE INDEX articles_content ON articles(content_hash);
    """,
)

SCHEMA_VERSION = len(_MIGRATIONS)

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

_STORY_WITH_BRIEF = _STORY_SELECT.replace(
    " b.updated_at AS b_updated,", " b.updated_at AS b_updated, b.brief AS b_brief,"
)

_SNIPPET = "StartSel='', StopSel='', MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter='…'"


def _no_nul(value: str | None) -> str | None:
    # PostgreSQL text cannot hold U+0000, which SQLite stores; it carries nothing a reader sees.
    return value.replace("\x00", "") if value else value


@driver_errors_mapped(psycopg.Error)
class PostgresStore(Store):
    """An evenhand database on a PostgreSQL server. Open with ``PostgresStore.open(url)``."""

    def __init__(self, conn: psycopg.Connection[dict[str, Any]], url: str) -> None:
        self.conn = conn
        self.path = display_name(url)

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, readonly: bool = False) -> PostgresStore:
        """Connect to the database at the ``postgresql://`` URL ``path``, creating and migrating its
        tables unless ``readonly`` (then every transaction is read-only and the schema must exist)."""
        url = store_target(path)
        try:
            conn = psycopg.connect(url, autocommit=True, row_factory=dict_row, connect_timeout=30)
        except psycopg.Error as exc:
            raise StoreError(f"{display_name(url)}: cannot connect ({one_line(exc)})") from None
        store = cls(conn, url)
        try:
            conn.execute("SET TIME ZONE 'UTC'")
            if readonly:
                conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
                if store._version() == 0:
                    raise StoreError(f"{store.path}: not an evenhand database (run `evenhand ingest` first)")
                store._check_version()
            else:
                store._migrate()
                store._sign_again()
        except psycopg.Error as exc:
            conn.close()
            raise StoreError(f"{store.path}: not an evenhand database ({one_line(exc)})") from None
        except StoreError:
            conn.close()
            raise
        return store

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[psycopg.Connection[dict[str, Any]]]:
        """One transaction holding the write lock, rolled back on any error: a write is whole or absent."""
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))
            yield self.conn

    def _version(self) -> int:
        exists = self.conn.execute("SELECT to_regclass('evenhand_schema') IS NOT NULL AS e").fetchone()
        if not exists or not exists["e"]:
            return 0
        row = self.conn.execute("SELECT version FROM evenhand_schema").fetchone()
        return int(row["version"]) if row else 0

    def _check_version(self) -> int:
        version = self._version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: written by a newer evenhand (schema {version} > {SCHEMA_VERSION}); upgrade evenhand"
            )
        return version

    def _migrate(self) -> None:
        if self._check_version() == SCHEMA_VERSION:
            return
        with self.transaction() as conn:  # the lock makes two processes opening a new database take turns
            conn.execute("CREATE TABLE IF NOT EXISTS evenhand_schema (version INTEGER NOT NULL)")
            version = self._check_version()
            for number, script in enumerate(_MIGRATIONS[version:], start=version + 1):
                conn.execute(script)  # our own constant DDL, several statements
                conn.execute("DELETE FROM evenhand_schema")
                conn.execute("INSERT INTO evenhand_schema(version) VALUES (%s)", (number,))

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
                "SELECT seq, id, text FROM articles WHERE seq > %s ORDER BY seq LIMIT %s", (last, SIGNING_BATCH)
            ).fetchall():
                last = rows[-1]["seq"]
                with conn.cursor() as cur:
                    for article_id, blob, bands in signatures(rows):
                        cur.execute("UPDATE articles SET minhash = %s WHERE id = %s", (blob, article_id))
                        cur.executemany("INSERT INTO minhash_bands(band, bucket, article_id) VALUES (%s, %s, %s)"
                                        " ON CONFLICT DO NOTHING", bands)
            conn.execute(
                "INSERT INTO meta(key, value) VALUES ('signatures', %s)"
                " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                (dedup.SIGNATURE_VERSION.encode(),),
            )

    def _signature_version(self) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'signatures'").fetchone()
        return None if row is None else bytes(row["value"]).decode()

    @property
    def schema_version(self) -> int:
        return self._version()

    # -- articles -----------------------------------------------------------------------------------

    def has_url(self, url: str) -> bool:
        key = canonical_url(url)
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE url = %s UNION ALL SELECT 1 FROM url_aliases WHERE url = %s LIMIT 1",
            (key, key),
        ).fetchone()
        return row is not None

    def add_article(self, article: Article, *, aliases: Sequence[str] = ()) -> AddResult:
        """Store ``article`` unless its URL or text is already here; link it to the wire copy it repeats."""
        url = canonical_url(article.url) if article.url else None
        alias_keys = {canonical_url(a) for a in aliases if a} - {url}
        digest = dedup.content_hash(article.text)
        sig = dedup.signature(article.text)
        with self.transaction() as conn:
            existing = self._find_existing(url, alias_keys)
            holders = conn.execute(
                "SELECT id, outlet, url, independent_of FROM articles WHERE content_hash = %s ORDER BY seq", (digest,)
            ).fetchall()
            if existing is None and (own := own_copy(holders, article.outlet, url)) is not None:
                existing = own, "same_text"
            if existing is not None:
                found_id, status = existing
                for key in ({url} | alias_keys) - {None}:
                    conn.execute(
                        "INSERT INTO url_aliases(url, article_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                        (key, found_id),
                    )
                return AddResult(status, found_id)
            article_id = copy_id_for(url, digest, article.outlet, first=not holders)
            original, score = self._wire_original(sig) if sig is not None else (None, None)
            if holders and original is None:  # too short to sign, and another outlet's word for word
                original, score = holders[0]["independent_of"] or holders[0]["id"], 1.0
            published = article.published or None
            earlier = published_earlier(parse_time(published), self._published_ts(original))
            conn.execute(
                "INSERT INTO articles(id, url, content_hash, outlet, title, author, published, published_ts,"
                " origin, text, added_at, independent_of, syndication_score, minhash, rating)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (
                    article_id,
                    url,
                    digest,
                    _no_nul(article.outlet),
                    _no_nul(article.title),
                    _no_nul(article.author),
                    _no_nul(published),
                    parse_time(published),
                    _no_nul(article.origin),
                    _no_nul(article.text),
                    time.time(),
                    None if earlier else original,
                    None if earlier else score,
                    dedup.to_blob(sig) if sig is not None else None,
                    article.rating,
                ),
            )
            if earlier and original is not None:
                self._take_copies(original, article_id, score)
            if sig is not None:
                with conn.cursor() as cur:
                    cur.executemany(
                        "INSERT INTO minhash_bands(band, bucket, article_id) VALUES (%s, %s, %s)"
                        " ON CONFLICT DO NOTHING",
                        [(band, bucket, article_id) for band, bucket in dedup.band_keys(sig)],
                    )
            for key in alias_keys:
                conn.execute(
                    "INSERT INTO url_aliases(url, article_id) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                    (key, article_id),
                )
        return AddResult("added", article_id, None if earlier else original, None if earlier else score)

    def _published_ts(self, article_id: str | None) -> float | None:
        if article_id is None:
            return None
        row = self.conn.execute("SELECT published_ts FROM articles WHERE id = %s", (article_id,)).fetchone()
        return float(row["published_ts"]) if row and row["published_ts"] is not None else None

    def _take_copies(self, root: str, article_id: str, score: float | None) -> None:
        """The wire text first stored as ``root`` was published first as ``article_id``: the root and
        its copies are now copies of it, and the stories they are in count their sources again."""
        self.conn.execute(
            "UPDATE articles SET independent_of = %s, syndication_score = coalesce(syndication_score, %s)"
            " WHERE id = %s OR independent_of = %s",
            (article_id, score, root, root),
        )
        stories = self.conn.execute(
            "SELECT DISTINCT story_id FROM articles WHERE independent_of = %s AND story_id IS NOT NULL",
            (article_id,),
        ).fetchall()
        for row in stories:
            self._refresh_story(row["story_id"], time.time())

    def _find_existing(self, url: str | None, aliases: set[str]) -> tuple[str, Literal["same_url", "same_text"]] | None:
        for key in [url, *sorted(aliases)]:
            if key is None:
                continue
            row = self.conn.execute(
                "SELECT id FROM articles WHERE url = %s UNION ALL SELECT article_id FROM url_aliases WHERE url = %s",
                (key, key),
            ).fetchone()
            if row:
                return row["id"], "same_url"
        return None

    def _wire_original(self, sig: dedup.Signature) -> tuple[str | None, float | None]:
        """The earliest stored copy of the text ``sig`` was taken from, if it is a near-duplicate."""
        candidates: set[str] = set()
        for band, bucket in dedup.band_keys(sig):
            rows = self.conn.execute(
                "SELECT article_id FROM minhash_bands WHERE band = %s AND bucket = %s LIMIT 200", (band, bucket)
            )
            candidates.update(r["article_id"] for r in rows)
        if not candidates:
            return None, None
        rows = self.conn.execute(
            "SELECT id, seq, minhash, independent_of FROM articles WHERE id = ANY(%s) AND minhash IS NOT NULL",
            (sorted(candidates),),
        )
        return dedup.earliest_copy(sig, ((r["id"], r["seq"], r["minhash"], r["independent_of"]) for r in rows))

    def get_article(self, article_id: str) -> ArticleRow | None:
        row = self.conn.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = %s", (article_id,)).fetchone()
        return article_row(row) if row else None

    def article_count(self) -> int:
        return self._count("SELECT count(*) AS n FROM articles")

    def articles(self, *, limit: int | None = None) -> list[ArticleRow]:
        """All articles in arrival order."""
        rows = self.conn.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY seq LIMIT %s", (limit or None,))
        return [article_row(r) for r in rows]

    def unclustered(self, batch: int = 1000) -> Iterator[ArticleRow]:
        """Articles not yet in a story, oldest first (undated ones by arrival), in batches."""
        last: tuple[float, int] = (float("-inf"), -1)
        while True:
            rows = self.conn.execute(
                f"SELECT seq, coalesce(published_ts, added_at) AS ts, {_ARTICLE_COLUMNS} FROM articles"
                " WHERE story_id IS NULL AND (coalesce(published_ts, added_at), seq) > (%s, %s)"
                " ORDER BY coalesce(published_ts, added_at), seq LIMIT %s",
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
            " (SELECT id FROM stories WHERE last_ts >= %s) ORDER BY coalesce(published_ts, added_at), seq",
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
                    row = conn.execute("SELECT title FROM articles WHERE id = %s", (a.article_id,)).fetchone()
                    conn.execute(
                        "INSERT INTO stories(id, title, created_at, updated_at) VALUES (%s, %s, %s, %s)"
                        " ON CONFLICT DO NOTHING",
                        (a.story_id, row["title"] if row else "", now, now),
                    )
                conn.execute(
                    "UPDATE articles SET story_id = %s, join_score = %s, join_reason = %s WHERE id = %s",
                    (a.story_id, a.score, json.dumps(a.reason, ensure_ascii=False), a.article_id),
                )
                touched.add(a.story_id)
            for story_id in sorted(touched):
                self._refresh_story(story_id, now)
            if state is not None:
                conn.execute(
                    "INSERT INTO meta(key, value) VALUES ('cluster_state', %s)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (state,),
                )

    def _refresh_story(self, story_id: str, now: float) -> None:
        self.conn.execute(
            "UPDATE stories SET updated_at = %(now)s,"
            " article_count = (SELECT count(*) FROM articles WHERE story_id = %(id)s),"
            " source_count = (SELECT count(DISTINCT outlet) FROM articles"
            "                 WHERE story_id = %(id)s AND independent_of IS NULL),"
            " first_ts = (SELECT min(coalesce(published_ts, added_at)) FROM articles WHERE story_id = %(id)s),"
            " last_ts = (SELECT max(coalesce(published_ts, added_at)) FROM articles WHERE story_id = %(id)s),"
            " search_headline = coalesce((SELECT nullif(b.headline, '') FROM briefs b WHERE b.story_id = %(id)s),"
            "                            stories.title),"
            " search_lede = coalesce((SELECT b.lede FROM briefs b WHERE b.story_id = %(id)s), '')"
            " WHERE id = %(id)s",
            {"now": now, "id": story_id},
        )

    def cluster_state(self) -> bytes | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'cluster_state'").fetchone()
        return bytes(row["value"]) if row else None

    def last_change(self) -> tuple[float, float, int]:
        """When a story and a brief last changed, and how many stories there are."""
        story = self.conn.execute("SELECT max(updated_at) AS t, count(*) AS n FROM stories").fetchone()
        brief = self.conn.execute("SELECT max(updated_at) AS t FROM briefs").fetchone()
        assert story is not None and brief is not None
        return (float(story["t"] or 0.0), float(brief["t"] or 0.0), int(story["n"]))

    def list_stories(self, limit: int = 50, offset: int = 0) -> list[StoryRow]:
        """Stories, the most recently changed first."""
        rows = self.conn.execute(
            _STORY_SELECT + " ORDER BY s.updated_at DESC, s.seq DESC LIMIT %s OFFSET %s", (limit, offset)
        )
        return [story_row(r) for r in rows]

    def story_count(self) -> int:
        return self._count("SELECT count(*) AS n FROM stories")

    def get_story(self, story_id: str) -> StoryRow | None:
        row = self.conn.execute(_STORY_SELECT + " WHERE s.id = %s", (story_id,)).fetchone()
        return story_row(row) if row else None

    def story_articles(self, story_id: str) -> list[ArticleRow]:
        """The story's articles, oldest first, each with why it joined (``join_score``, ``join_reason``)."""
        rows = self.conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE story_id = %s"
            " ORDER BY coalesce(published_ts, added_at), seq",
            (story_id,),
        )
        return [article_row(r) for r in rows]

    def stale_stories(self) -> list[str]:
        """Stories whose articles changed since their brief was written (or that have none yet)."""
        rows = self.conn.execute(
            "SELECT s.id, b.members, (SELECT string_agg(a.id, ',' ORDER BY a.id COLLATE \"C\")"
            "   FROM articles a WHERE a.story_id = s.id) AS now_members"
            " FROM stories s LEFT JOIN briefs b ON b.story_id = s.id"
            " WHERE b.updated_at IS NULL OR b.updated_at < s.updated_at ORDER BY s.seq"
        )
        return [r["id"] for r in rows if r["members"] != r["now_members"]]

    def save_brief(self, story_id: str, brief: dict[str, Any]) -> bool:
        """Store the brief (schema evenhand.brief/1) written from the story's current articles;
        whether it changed (see :meth:`evenhand.store.Store.save_brief`)."""
        now = time.time()
        text = _no_nul(json.dumps(brief, ensure_ascii=False))
        with self.transaction() as conn:
            members = members_key(
                [r["id"] for r in conn.execute("SELECT id FROM articles WHERE story_id = %s", (story_id,))]
            )
            old = conn.execute("SELECT brief, members FROM briefs WHERE story_id = %s", (story_id,)).fetchone()
            if old is not None and (old["brief"], old["members"]) == (text, members):
                return False
            conn.execute(
                "INSERT INTO briefs(story_id, brief, headline, lede, members, updated_at)"
                " VALUES (%s, %s, %s, %s, %s, %s)"
                " ON CONFLICT (story_id) DO UPDATE SET brief = excluded.brief, headline = excluded.headline,"
                " lede = excluded.lede, members = excluded.members, updated_at = excluded.updated_at",
                (
                    story_id, text, _no_nul(str(brief.get("headline") or "")), _no_nul(str(brief.get("lede") or "")),
                    members, now,
                ),
            )
            self._refresh_story(story_id, now)
        return True

    def get_brief(self, story_id: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT brief FROM briefs WHERE story_id = %s", (story_id,)).fetchone()
        return dict(json.loads(row["brief"])) if row else None

    def briefs_updated_since(self, ts: float, limit: int = 100) -> list[tuple[StoryRow, dict[str, Any]]]:
        """Briefs written at or after ``ts``, newest first (for the Atom feed)."""
        rows = self.conn.execute(
            _STORY_WITH_BRIEF + " WHERE b.updated_at >= %s ORDER BY b.updated_at DESC LIMIT %s",
            (ts, limit),
        ).fetchall()
        return [(story_row(row), dict(json.loads(row["b_brief"]))) for row in rows]

    # -- search and outlets -------------------------------------------------------------------------

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Stories and articles matching every word of ``query`` (best first); never a query syntax error."""
        words = search_words(query)
        if not words:
            return []
        # plainto_tsquery reads plain text: every word required, no operator syntax to get wrong.
        text = " ".join(words)
        hits: list[SearchHit] = []
        for row in self.conn.execute(
            "SELECT s.id, s.search_headline AS headline,"
            " ts_headline('simple', s.search_lede, q, %s) AS snip, -ts_rank(s.search, q) AS rank"
            " FROM stories s, plainto_tsquery('simple', %s) q WHERE s.search @@ q ORDER BY rank, s.seq LIMIT %s",
            (_SNIPPET, text, limit),
        ):
            hits.append(SearchHit("story", row["id"], row["headline"], row["snip"], row["id"], row["rank"]))
        for row in self.conn.execute(
            "SELECT a.id, a.title, a.story_id, ts_headline('simple', a.text, q, %s) AS snip,"
            " -ts_rank(a.search, q) AS rank"
            " FROM articles a, plainto_tsquery('simple', %s) q WHERE a.search @@ q ORDER BY rank, a.seq LIMIT %s",
            (_SNIPPET, text, limit),
        ):
            hits.append(SearchHit("article", row["id"], row["title"], row["snip"], row["story_id"], row["rank"]))
        hits.sort(key=lambda h: h.rank)
        return hits[:limit]

    def outlets(self) -> list[tuple[str, int]]:
        """Each outlet with how many articles of it are stored, the most prolific first."""
        rows = self.conn.execute(
            'SELECT outlet, count(*) AS n FROM articles GROUP BY outlet ORDER BY n DESC, outlet COLLATE "C"'
        )
        return [(r["outlet"], int(r["n"])) for r in rows]

    def outlet_articles(self, outlet: str, limit: int = 200) -> list[ArticleRow]:
        rows = self.conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE outlet = %s"
            " ORDER BY coalesce(published_ts, added_at) DESC, seq DESC LIMIT %s",
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
                    "INSERT INTO ratings(name, link, lean, establishment, label) VALUES (%s, %s, %s, %s, %s)",
                    (_no_nul(r.name), _no_nul(r.link), r.lean, r.establishment, _no_nul(r.label)),
                )
                count += 1
        return count

    def ratings(self) -> list[Rating]:
        rows = self.conn.execute("SELECT name, link, lean, establishment, label FROM ratings ORDER BY seq")
        return [Rating(r["name"], r["lean"], r["establishment"], r["label"], r["link"]) for r in rows]

    def outlet_urls(self) -> dict[str, str]:
        """A URL of each outlet name (its latest article's), by which ratings and the registry know it by domain."""
        rows = self.conn.execute(
            "SELECT outlet, url FROM articles WHERE seq IN"
            " (SELECT max(seq) FROM articles WHERE url IS NOT NULL GROUP BY outlet)"
        )
        return {r["outlet"]: r["url"] for r in rows}

    def story_coverage(self, story_ids: Sequence[str], ratings: Ratings | None = None) -> dict[str, StoryCoverage]:
        """Coverage of many stories in one query, without reading any article's text: the SQLite
        store's rule (each outlet rated by the first of its articles in the story that a rating meets,
        ``ratings`` else the stored ones), matched in Python."""
        ids = list(dict.fromkeys(story_ids))
        ratings = self.rating_table() if ratings is None else ratings
        members: dict[str, list[Covering]] = {}
        for row in self.conn.execute(
            "SELECT a.story_id, a.outlet, a.url, o.outlet AS original_outlet, o.url AS original_url,"
            " a.rating, o.rating AS original_rating"
            " FROM articles a LEFT JOIN articles o ON o.id = a.independent_of"
            ' WHERE a.story_id = ANY(%s) ORDER BY a.story_id COLLATE "C", coalesce(a.published_ts, a.added_at), a.seq',
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
        row = self.conn.execute(
            "SELECT url, etag, last_modified, checked_at, status, error FROM feeds WHERE url = %s", (url,)
        ).fetchone()
        return FeedState(**row) if row else None

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
                " VALUES (%s, %s, %s, %s, %s, %s)"
                " ON CONFLICT (url) DO UPDATE SET etag = coalesce(excluded.etag, feeds.etag),"
                " last_modified = coalesce(excluded.last_modified, feeds.last_modified),"
                " checked_at = excluded.checked_at, status = excluded.status, error = excluded.error",
                (_no_nul(url), _no_nul(etag), _no_nul(last_modified), time.time(), status, _no_nul(error)),
            )

    def feeds(self) -> list[FeedState]:
        rows = self.conn.execute(
            'SELECT url, etag, last_modified, checked_at, status, error FROM feeds ORDER BY url COLLATE "C"'
        )
        return [FeedState(**r) for r in rows]

    def add_feed(self, url: str) -> bool:
        """Remember ``url`` as a feed for `evenhand update` to read; False if it already was."""
        with self.transaction() as conn:
            added = conn.execute("INSERT INTO feeds(url) VALUES (%s) ON CONFLICT DO NOTHING", (_no_nul(url),))
            return added.rowcount > 0

    def remove_feed(self, url: str) -> bool:
        """Forget the feed ``url`` (its articles stay); False if it was not there."""
        with self.transaction() as conn:
            return conn.execute("DELETE FROM feeds WHERE url = %s", (url,)).rowcount > 0

    def stats(self) -> dict[str, int]:
        return {
            "articles": self._count("SELECT count(*) AS n FROM articles"),
            "syndicated": self._count("SELECT count(*) AS n FROM articles WHERE independent_of IS NOT NULL"),
            "unclustered": self._count("SELECT count(*) AS n FROM articles WHERE story_id IS NULL"),
            "stories": self._count("SELECT count(*) AS n FROM stories"),
            "briefs": self._count("SELECT count(*) AS n FROM briefs"),
            "feeds": self._count("SELECT count(*) AS n FROM feeds"),
        }

    def _count(self, sql: str) -> int:
        row = self.conn.execute(sql).fetchone()
        return int(row["n"]) if row else 0
