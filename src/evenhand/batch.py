"""The distributed batch (``evenhand batch``, extra ``evenhand[batch]``): archives to stories and briefs
on a Dask cluster, with the answer of the single-process path.

The job runs in five steps; the Dask scheduler places the parallel ones on its workers, so the same
code runs on a laptop's ``LocalCluster`` and on an existing cluster (``--scheduler ADDRESS``):

1. **read** (parallel): each WARC file, and each slice of a JSON Lines file or of a store's articles,
   is one task that extracts and cleans its articles exactly as ``evenhand ingest`` does, and keeps
   them on its worker. Only keys travel to the client: canonical URL, text hash, MinHash signature, date.
2. **dedup** (client, one pass over the keys in input order): the store's rules for what is a duplicate
   (same canonical URL, same text) and which earlier copy a wire story repeats, so ids and
   ``independent_of`` come out as the store would give them.
3. **cluster** (parallel): the stream is cut into time-window partitions; each partition replays the
   ``context_days`` before it (with the document frequencies of everything earlier, summed in a chain of
   small tasks) and clusters its own articles with the stream clusterer. At the edges the client then
   merges: a partition's story that holds context articles continues the story the previous partitions
   gave most of them, so a story crossing an edge keeps one id.
4. **brief** (parallel): groups of stories, each brief from the story's articles in the store's order.
5. **write**: Parquet files (``articles/`` and ``briefs/``, one part per brief group, each written to a
   temporary name and renamed) or a store (articles in input order by a chain of tasks, then each
   group's assignments and briefs). Every write is keyed, so re-running a job that a killed worker or
   client interrupted completes it with nothing lost and nothing doubled.

Past 600 lines on purpose: the five steps share the job's key types and the client's merges at the
edges; an optional extra that only ``evenhand batch`` imports.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from . import dedup
from .config import Config
from .errors import EvenhandError, InputError
from .model import Article
from .outlets import Rating, Ratings, label_narratives, load_registry, outlet_settings
from .store import (
    Assignment,
    canonical_url,
    copy_id_for,
    is_server_url,
    open_store,
    pack_state,
    parse_time,
    published_earlier,
    same_outlet,
)
from .stories import DAY, ClusterSettings, StreamClusterer, features

ARTICLE_COLUMNS = (
    "id", "story_id", "url", "outlet", "title", "author", "published", "published_ts", "origin", "text",
    "content_hash", "independent_of", "syndication_score", "join_score", "join_reason",
)  # fmt: skip
BRIEF_COLUMNS = ("story_id", "headline", "lede", "article_count", "first_ts", "last_ts", "members", "brief")


@dataclass(frozen=True, slots=True)
class BatchSettings:
    """How the job is cut into tasks. None of these changes the answer beyond the partition edges."""

    chunk_articles: int = 1000  # articles per read task of a JSON Lines file or a store
    partition_days: float = 14.0  # length of a clustering partition
    context_days: float | None = None  # replayed before each partition (default: twice the story window)
    stories_per_task: int = 64  # stories per brief task
    cluster: ClusterSettings = field(default_factory=ClusterSettings)
    embed: bool = True


@dataclass(frozen=True, slots=True)
class Unit:
    """One read task: a WARC file, lines of a JSON Lines file, or rows of a store."""

    kind: Literal["warc", "lines", "rows"]
    source: str
    index: int
    first_line: int = 1
    lines: tuple[str, ...] = ()
    of_lines: int = 0  # lines in the whole file
    rows: tuple[Article, ...] = ()


@dataclass(frozen=True, slots=True)
class Item:
    """An extracted article and its keys; ``seq`` is its place in the input order."""

    seq: tuple[int, int]
    article: Article
    url: str | None
    digest: str
    signature: bytes | None
    published_ts: float | None


@dataclass(frozen=True, slots=True)
class Keys:
    seq: tuple[int, int]
    url: str | None
    digest: str
    signature: bytes | None
    published_ts: float | None
    outlet: str


@dataclass(frozen=True, slots=True)
class Kept:
    """An article the dedup pass keeps, with the id and wire original the store would give it."""

    seq: tuple[int, int]
    unit: int
    position: int
    article_id: str
    independent_of: str | None
    syndication_score: float | None
    ts: float


@dataclass(slots=True)
class BatchReport:
    read: int = 0
    duplicates: int = 0
    articles: int = 0
    stories: int = 0
    briefs: int = 0
    partitions: int = 0
    failed: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "schema": "evenhand.batch/1",
            "read": self.read,
            "duplicates": self.duplicates,
            "articles": self.articles,
            "stories": self.stories,
            "briefs": self.briefs,
            "partitions": self.partitions,
            "failed": self.failed,
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
        }


# -- 1. read (on workers) ---------------------------------------------------------------------------


def plan_units(inputs: Sequence[str], settings: BatchSettings, failed: list[str]) -> list[Unit]:
    """The read tasks of the inputs: WARC files whole, JSON Lines files and stores in slices. An input
    that cannot be read adds a line to ``failed`` and the others are still planned."""
    units: list[Unit] = []
    for source in inputs:
        try:
            units.extend(_plan(source, settings, len(units)))
        except EvenhandError as exc:
            failed.append(str(exc))
        except OSError as exc:
            failed.append(f"{source}: cannot read ({exc.strerror or exc.__class__.__name__})")
    return units


def _plan(source: str, settings: BatchSettings, first: int) -> list[Unit]:
    from .ingest.decode import decode
    from .ingest.run import source_kind

    size = settings.chunk_articles
    if is_server_url(source) or source.endswith(".db"):
        with open_store(source, readonly=True) as store:
            rows = [row.to_article() for row in store.articles()]
        return [
            Unit("rows", source, first + n, rows=tuple(rows[start : start + size]))
            for n, start in enumerate(range(0, len(rows), size))
        ]
    path = Path(source)
    if not path.is_file():
        raise InputError(source, "no such file (batch reads WARC files, JSON Lines files and stores)")
    if source_kind(source) == "warc":
        return [Unit("warc", source, first)]
    if path.suffix.lower() not in (".jsonl", ".ndjson"):
        raise InputError(source, "batch reads .warc(.gz), .jsonl/.ndjson files and stores")
    lines = decode(path.read_bytes(), source).splitlines()
    return [
        Unit(
            "lines",
            source,
            first + n,
            first_line=start + 1,
            lines=tuple(lines[start : start + size]),
            of_lines=len(lines),
        )
        for n, start in enumerate(range(0, len(lines), size))
    ]


def read_unit(unit: Unit, config: Config) -> tuple[list[Item], list[str]]:
    """The unit's articles, extracted and cleaned as ``evenhand ingest`` does, and a line per failure."""
    articles, failed = _unit_articles(unit, config)
    items = []
    for position, article in enumerate(articles):
        sig = dedup.signature(article.text)
        published = article.published or None
        items.append(
            Item(
                (unit.index, position),
                article,
                canonical_url(article.url) if article.url else None,
                dedup.content_hash(article.text),
                dedup.to_blob(sig) if sig is not None else None,
                parse_time(published),
            )
        )
    return items, failed


def _unit_articles(unit: Unit, config: Config) -> tuple[list[Article], list[str]]:
    from .ingest.decode import load_json
    from .ingest.extract import _records, article_from_html, article_from_record
    from .ingest.feeds import warc_pages
    from .ingest.fetch import FetchSettings
    from .ingest.urls import safe_url

    failed: list[str] = []
    if unit.kind == "rows":
        return list(unit.rows), failed
    articles: list[Article] = []
    if unit.kind == "warc":  # as `evenhand ingest` reads one: a bad record later keeps the pages before it
        pages = warc_pages(
            Path(unit.source), FetchSettings().max_bytes, ratio=config.limits.max_decompression_ratio,
            on_error=lambda exc: failed.append(str(exc)),
        )  # fmt: skip
        try:
            for url, body in pages:
                page_url = safe_url(url) or ""
                try:
                    articles.append(
                        article_from_html(body, url=page_url or None, origin=f"{unit.source}#{page_url}", config=config)
                    )
                except InputError as exc:
                    failed.append(str(exc))
        except InputError as exc:
            failed.append(str(exc))
        if not articles and not failed:  # warcio reads a file that is not a WARC at all as an empty one
            failed.append(f"{unit.source}: no HTML response record (not a WARC file, or a crawl of no pages)")
        return articles, failed
    for number, line in enumerate(unit.lines, unit.first_line):
        if not line.strip():
            continue
        # The single-process reader's origin for a JSON Lines record (see ingest.extract._json_articles).
        where = f"{unit.source} line {number}" if unit.of_lines > 1 else unit.source
        try:
            value = load_json(line, where)
        except InputError as exc:
            failed.append(str(exc))
            continue
        for k, record in enumerate(_records(value)):
            origin = where if isinstance(value, dict) and "articles" not in value else f"{where}#{k + 1}"
            try:
                articles.append(article_from_record(record, origin=origin, config=config))
            except InputError as exc:
                failed.append(str(exc))
    return articles, failed


def keys_of(read: tuple[list[Item], list[str]]) -> tuple[list[Keys], list[str]]:
    items, failed = read
    return [Keys(i.seq, i.url, i.digest, i.signature, i.published_ts, i.article.outlet) for i in items], failed


# -- 2. dedup (on the client) -----------------------------------------------------------------------


def dedup_pass(keys: Iterable[Keys], added_at: float) -> list[Kept]:
    """The store's ``add_article`` rules over the keys in input order: an article whose canonical URL
    was seen, or whose text its outlet gave before, is dropped (its URL then counts as seen, as the
    store's alias does); a kept one is linked to the earliest copy of the wire text it repeats (another
    outlet's word for word too), or, published before it, becomes the one that copy and its copies
    are linked to."""
    urls: set[str] = set()
    holders: dict[str, list[int]] = {}  # text -> the kept articles with it
    buckets: dict[tuple[int, int], list[int]] = {}
    kept: list[Kept] = []
    outlets: list[tuple[str, str | None]] = []
    signatures: list[Any] = []
    published: dict[str, float | None] = {}
    for k in keys:
        same_text = holders.get(k.digest, [])
        if (k.url is not None and k.url in urls) or any(same_outlet(*outlets[h], k.outlet, k.url) for h in same_text):
            if k.url is not None:
                urls.add(k.url)
            continue
        if k.url is not None:
            urls.add(k.url)
        article_id = copy_id_for(k.url, k.digest, k.outlet, first=not same_text)
        sig = dedup.from_blob(k.signature) if k.signature is not None else None
        original: str | None = None
        score: float | None = None
        if sig is not None:
            band_keys = dedup.band_keys(sig)
            best: tuple[float, int] | None = None
            for index in sorted({i for key in band_keys for i in buckets.get(key, ())[:200]}):
                similarity = dedup.similarity(sig, signatures[index])
                if similarity >= dedup.SYNDICATION_JACCARD and (best is None or similarity > best[0]):
                    best = (similarity, index)
            if best is not None:
                root = kept[best[1]]
                original, score = root.independent_of or root.article_id, best[0]
            for key in band_keys:
                buckets.setdefault(key, []).append(len(kept))
        if same_text and original is None:  # too short to sign, and another outlet's word for word
            root = kept[same_text[0]]
            original, score = root.independent_of or root.article_id, 1.0
        if original is not None and published_earlier(k.published_ts, published[original]):
            kept = [_copy_of(x, original, article_id, score) for x in kept]
            original, score = None, None
        holders.setdefault(k.digest, []).append(len(kept))
        outlets.append((k.outlet, k.url))
        signatures.append(sig)
        published[article_id] = k.published_ts
        ts = k.published_ts if k.published_ts is not None else added_at
        kept.append(Kept(k.seq, k.seq[0], k.seq[1], article_id, original, score, ts))
    return kept


def _copy_of(kept: Kept, root: str, article_id: str, score: float | None) -> Kept:
    """``kept`` as the store links it once ``article_id``, published before the wire text's first
    stored copy ``root``, is stored: the root and its copies are copies of it."""
    if root not in (kept.article_id, kept.independent_of):
        return kept
    return replace(kept, independent_of=article_id, syndication_score=kept.syndication_score or score)


# -- 3. cluster (on workers; the edges merged on the client) ---------------------------------------


@dataclass(frozen=True, slots=True)
class Partition:
    number: int
    start: float
    context: tuple[Kept, ...]
    own: tuple[Kept, ...]


def partitions(kept: Sequence[Kept], settings: BatchSettings) -> list[Partition]:
    """Time-window partitions of the kept articles in (date, input) order, each with its context."""
    ordered = sorted(kept, key=lambda k: (k.ts, k.seq))
    if not ordered:
        return []
    width = settings.partition_days * DAY
    context = (settings.context_days if settings.context_days is not None else 2 * settings.cluster.window_days) * DAY
    origin = ordered[0].ts
    groups: dict[int, list[Kept]] = {}
    for k in ordered:
        groups.setdefault(int((k.ts - origin) // width), []).append(k)
    result = []
    earlier: list[Kept] = []
    for number, key in enumerate(sorted(groups)):
        own = groups[key]
        start = own[0].ts
        replay = tuple(k for k in earlier if k.ts >= start - context)
        result.append(Partition(number, start, replay, tuple(own)))
        earlier = [*(k for k in earlier if k.ts >= start - context), *own]
    return result


def _texts(chunks: Sequence[tuple[list[Item], list[str]]], units: Sequence[int], wanted: Sequence[Kept]) -> list[Item]:
    by_unit = dict(zip(units, chunks, strict=True))
    return [by_unit[k.unit][0][k.position] for k in wanted]


def document_frequencies(
    chunks: Sequence[tuple[list[Item], list[str]]], units: Sequence[int], own: Sequence[Kept], settings: ClusterSettings
) -> tuple[int, Counter[str]]:
    """How many documents a partition adds, and in how many of them each term occurs."""
    df: Counter[str] = Counter()
    items = _texts(chunks, units, own)
    for item in items:
        counts, _ = features(item.article.title, item.article.text, settings)
        df.update(counts.keys())
    return len(items), df


def add_frequencies(before: tuple[int, Counter[str]], part: tuple[int, Counter[str]]) -> tuple[int, Counter[str]]:
    total = Counter(before[1])
    total.update(part[1])
    return before[0] + part[0], total


def cluster_partition(
    chunks: Sequence[tuple[list[Item], list[str]]],
    units: Sequence[int],
    partition: Partition,
    frequencies: tuple[int, Counter[str]],
    settings: BatchSettings,
    config: Config,
) -> list[tuple[str, str, bool, float, dict[str, Any]]]:
    """Cluster the context and then the partition's own articles as the stream clusterer would have
    met them; returns the decisions ``(article_id, story_id, new, score, reason)`` of both."""
    embedder = _embedder(config, settings)
    clusterer = StreamClusterer(settings.cluster, embedder)
    context = _texts(chunks, units, partition.context)
    docs, df = frequencies
    replayed: Counter[str] = Counter()  # the context is counted again as it is replayed below
    for item in context:
        replayed.update(features(item.article.title, item.article.text, settings.cluster)[0].keys())
    clusterer.load_state({"docs_seen": docs - len(context), "df": dict(df - replayed)})
    wanted = (*partition.context, *partition.own)
    items = [*context, *_texts(chunks, units, partition.own)]
    decisions = []
    for start in range(0, len(items), 500):  # the single-process path embeds in batches of 500 too
        batch = [
            (k.article_id, i.article.title, i.article.text, k.ts)
            for k, i in zip(wanted[start : start + 500], items[start : start + 500], strict=True)
        ]
        decisions.extend(clusterer.add_many(batch))
    return [(d.article_id, d.story_id, d.new, d.score, d.reason) for d in decisions]


def merge_edges(
    parts: Sequence[Partition], decided: Sequence[Sequence[tuple[str, str, bool, float, dict[str, Any]]]]
) -> dict[str, Assignment]:
    """One assignment per article: each partition's own decisions, its stories renamed to the story
    that earlier partitions gave most of their context articles (a story crossing an edge keeps one id)."""
    final: dict[str, Assignment] = {}
    for part, decisions in zip(parts, decided, strict=True):
        context_ids = {k.article_id for k in part.context}
        votes: dict[str, Counter[str]] = {}
        for article_id, story_id, *_ in decisions:
            if article_id in context_ids and article_id in final:
                votes.setdefault(story_id, Counter())[final[article_id].story_id] += 1
        rename = {local: counter.most_common(1)[0][0] for local, counter in votes.items()}
        for article_id, story_id, new, score, reason in decisions:
            if article_id in context_ids:
                continue
            target = rename.get(story_id, story_id)
            if new and story_id in rename:  # it started its partition's story, which continues an earlier one
                reason = {"partition_edge": True, "terms": reason.get("terms", [])}
                new = False
            final[article_id] = Assignment(article_id, target, score, reason, new=new)
    return final


# -- 4. brief (on workers) --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoryPlan:
    story_id: str
    members: tuple[Kept, ...]  # in the store's order: date, then input


def brief_group(
    chunks: Sequence[tuple[list[Item], list[str]]],
    units: Sequence[int],
    stories: Sequence[StoryPlan],
    assignments: dict[str, Assignment],
    config: Config,
    settings: BatchSettings,
    ratings: Sequence[Rating] = (),
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]]:
    """Briefs of a group of stories: (article rows, brief rows, failures); narratives labelled by side
    with ``ratings`` (the output store's imported ones) and the ratings the articles record."""
    from .brief.compose import make_brief
    from .brief.render import brief_to_dict

    embedder = _embedder(config, settings)
    sides = outlet_settings(config)
    table = Ratings(list(ratings), load_registry(config)) if ratings else None
    article_rows: list[dict[str, Any]] = []
    brief_rows: list[dict[str, Any]] = []
    failed: list[str] = []
    for story in stories:
        items = _texts(chunks, units, story.members)
        articles = [_stored(k, i) for k, i in zip(story.members, items, strict=True)]
        for k, i, a in zip(story.members, items, articles, strict=True):
            decision = assignments[k.article_id]
            article_rows.append(
                {
                    "id": a.id, "story_id": story.story_id, "url": a.url, "outlet": a.outlet, "title": a.title,
                    "author": a.author, "published": a.published, "published_ts": i.published_ts,
                    "origin": a.origin, "text": a.text, "content_hash": i.digest,
                    "independent_of": a.independent_of, "syndication_score": k.syndication_score,
                    "join_score": decision.score, "join_reason": json.dumps(decision.reason, ensure_ascii=False),
                }
            )  # fmt: skip
        try:
            made = make_brief(articles, config=config, brief_id=story.story_id, embedder=embedder)
            # Narratives by side, as `evenhand update` labels them.
            brief = brief_to_dict(label_narratives(made, table, sides, articles))
        except EvenhandError as exc:
            failed.append(f"story {story.story_id}: {exc}")
            continue
        brief_rows.append(
            {
                "story_id": story.story_id,
                "headline": str(brief.get("headline") or ""),
                "lede": str(brief.get("lede") or ""),
                "article_count": len(articles),
                "first_ts": story.members[0].ts,
                "last_ts": max(k.ts for k in story.members),
                "members": ",".join(sorted(a.id or "" for a in articles)),
                "brief": json.dumps(brief, ensure_ascii=False),
            }
        )
    return article_rows, brief_rows, failed


def _stored(kept: Kept, item: Item) -> Article:
    """The article as the store gives it back: canonical URL, store id, wire original."""
    return replace(
        item.article,
        url=item.url,
        published=item.article.published or None,
        id=kept.article_id,
        independent_of=kept.independent_of,
    )


def _embedder(config: Config, settings: BatchSettings) -> Any:
    from .pipeline import embedder

    return embedder(config, not settings.embed)  # loaded once per worker process


# -- 5. write ---------------------------------------------------------------------------------------


def write_parquet_part(folder: str, name: str, rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """Write ``rows`` to ``folder/name`` whole or not at all (a temporary name, then a rename)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    target = Path(folder) / name
    target.parent.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows], schema=_schema(columns))
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    pq.write_table(table, temporary)
    os.replace(temporary, target)
    return str(target)


def _schema(columns: Sequence[str]) -> Any:
    import pyarrow as pa

    floats = {"published_ts", "syndication_score", "join_score", "first_ts", "last_ts"}
    return pa.schema(
        [(c, pa.float64() if c in floats else pa.int64() if c == "article_count" else pa.string()) for c in columns]
    )


def write_store_articles(
    previous: Any, target: str, chunk: tuple[list[Item], list[str]], kept: Sequence[Kept]
) -> dict[str, str]:
    """Add one read unit's kept articles to the store in input order (tasks are chained so the store
    sees the whole input in order and links wire copies as the batch did); batch id -> stored id."""
    del previous  # only orders this task after the one before it
    renamed = {}
    with open_store(target) as store:
        for k in kept:
            item = chunk[0][k.position]
            result = store.add_article(item.article)
            renamed[k.article_id] = result.article_id
    return renamed


def write_store_group(
    target: str,
    group: tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]],
    assignments: dict[str, Assignment],
    renamed: dict[str, str],
    articles_written: Sequence[Any],
) -> int:
    """A brief group's assignments and briefs, each in one transaction: re-running rewrites the same rows."""
    del articles_written  # only orders this task after every article is stored
    article_rows, brief_rows, _ = group
    with open_store(target) as store:
        decisions = []
        for row in article_rows:
            a = assignments[row["id"]]
            decisions.append(replace(a, article_id=renamed.get(row["id"], row["id"])))
        store.apply_assignments(decisions)
        for row in brief_rows:
            store.save_brief(row["story_id"], json.loads(row["brief"]))
    return len(brief_rows)


# -- the job ----------------------------------------------------------------------------------------


Progress = Callable[[str], None]


def run_batch(
    inputs: Sequence[str],
    client: Any,
    *,
    parquet: str | None = None,
    store: str | None = None,
    settings: BatchSettings | None = None,
    config: Config | None = None,
    progress: Progress | None = None,
) -> BatchReport:
    """Run the job on the Dask ``client``'s cluster; write Parquet files to ``parquet`` or a store to ``store``."""
    from .config import load_config

    if (parquet is None) == (store is None):
        raise EvenhandError("give one output: a Parquet folder or a store")
    settings = settings or BatchSettings()
    config = config or load_config()
    say = progress or (lambda _line: None)
    report = BatchReport()
    clock = _Clock(report)

    with clock("read"):
        units = plan_units(inputs, settings, report.failed)
        if not units:
            raise EvenhandError(
                f"nothing to read in {len(inputs)} input(s) ({'; '.join(report.failed) or 'none given'})"
            )
        say(f"read: {len(units)} task(s)")
        chunks = [client.submit(read_unit, u, config, pure=False) for u in units]
        keys = client.gather([client.submit(keys_of, c, pure=False) for c in chunks])
    for item_keys, failed in keys:
        report.read += len(item_keys)
        report.failed.extend(failed)
    with clock("dedup"):
        kept = dedup_pass((k for item_keys, _ in keys for k in item_keys), added_at=time.time())
    report.articles = len(kept)
    report.duplicates = report.read - len(kept)

    with clock("cluster"):
        parts = partitions(kept, settings)
        report.partitions = len(parts)
        say(f"cluster: {len(kept)} article(s) in {len(parts)} partition(s)")
        decided, frequencies = _cluster(client, chunks, parts, settings, config)
        assignments = merge_edges(parts, decided)

    with clock("brief"):
        ratings = _imported_ratings(store)
        plans = _story_plans(kept, assignments)
        report.stories = len(plans)
        say(f"brief: {len(plans)} stories")
        groups = []
        for start in range(0, len(plans), settings.stories_per_task):
            group = plans[start : start + settings.stories_per_task]
            needed = sorted({k.unit for s in group for k in s.members})
            wanted = {k.article_id: assignments[k.article_id] for s in group for k in s.members}
            groups.append(
                client.submit(
                    brief_group, [chunks[u] for u in needed], needed, group, wanted, config, settings, ratings,
                    pure=False,
                )
            )
        if parquet is not None:
            written = [client.submit(_write_group_parquet, parquet, n, g, pure=False) for n, g in enumerate(groups)]
            results = client.gather(written)
        else:
            assert store is not None
            results = _write_store(client, store, chunks, kept, groups, assignments)
            _save_cluster_state(store, client.gather(frequencies) if parts else (0, Counter()))
    for briefs, failed in results:
        report.briefs += briefs
        report.failed.extend(failed)
    if parquet is not None:
        _finish_parquet(parquet, len(groups))
    return report


def _imported_ratings(store: str | None) -> tuple[Rating, ...]:
    """The ratings imported into the output store (`evenhand outlets import`), which its briefs are
    labelled by; none for Parquet output."""
    if store is None:
        return ()
    with open_store(store) as opened:
        return tuple(opened.ratings())


def _cluster(
    client: Any, chunks: Sequence[Any], parts: Sequence[Partition], settings: BatchSettings, config: Config
) -> tuple[list[Any], Any]:
    """Each partition's decisions, and (a future of) the document frequencies of the whole stream."""

    def needed(*groups: Sequence[Kept]) -> list[int]:
        return sorted({k.unit for g in groups for k in g})

    frequencies: Any = (0, Counter())
    futures = []
    for part in parts:
        units = needed(part.context, part.own)
        futures.append(
            client.submit(
                cluster_partition, [chunks[u] for u in units], units, part, frequencies, settings, config, pure=False
            )
        )
        own = needed(part.own)
        counted = client.submit(
            document_frequencies, [chunks[u] for u in own], own, part.own, settings.cluster, pure=False
        )
        frequencies = client.submit(add_frequencies, frequencies, counted, pure=False)
    return list(client.gather(futures)), frequencies


def _story_plans(kept: Sequence[Kept], assignments: dict[str, Assignment]) -> list[StoryPlan]:
    members: dict[str, list[Kept]] = {}
    for k in sorted(kept, key=lambda k: (k.ts, k.seq)):
        members.setdefault(assignments[k.article_id].story_id, []).append(k)
    return [StoryPlan(story_id, tuple(group)) for story_id, group in members.items()]


def _write_group_parquet(
    folder: str, number: int, group: tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]]
) -> tuple[int, list[str]]:
    article_rows, brief_rows, failed = group
    name = f"part-{number:05d}.parquet"
    write_parquet_part(folder, f"articles/{name}", article_rows, ARTICLE_COLUMNS)
    write_parquet_part(folder, f"briefs/{name}", brief_rows, BRIEF_COLUMNS)
    return len(brief_rows), failed


def _finish_parquet(folder: str, parts: int) -> None:
    """Drop what an interrupted or larger earlier run left (temporary files, parts past this run's)."""
    expected = {f"part-{n:05d}.parquet" for n in range(parts)}
    for sub in ("articles", "briefs"):
        for path in (Path(folder) / sub).glob("*"):
            if path.name not in expected:
                path.unlink()


def _write_store(
    client: Any,
    target: str,
    chunks: Sequence[Any],
    kept: Sequence[Kept],
    groups: Sequence[Any],
    assignments: dict[str, Assignment],
) -> list[tuple[int, list[str]]]:
    by_unit: dict[int, list[Kept]] = {}
    for k in kept:
        by_unit.setdefault(k.unit, []).append(k)
    open_store(target).close()  # create the tables once, before the writers start
    previous: Any = None
    renames = []
    for unit in sorted(by_unit):
        previous = client.submit(write_store_articles, previous, target, chunks[unit], by_unit[unit], pure=False)
        renames.append(previous)
    renamed: dict[str, str] = {}
    for part in client.gather(renames):
        renamed.update(part)
    written = [
        client.submit(write_store_group, target, g, assignments, renamed, renames[-1:], pure=False) for g in groups
    ]
    counts = client.gather(written)
    failures = client.gather([client.submit(_failures, g, pure=False) for g in groups])
    return [(n, f) for n, f in zip(counts, failures, strict=True)]


def _save_cluster_state(target: str, frequencies: tuple[int, Counter[str]]) -> None:
    """Leave the stream's document frequencies in a store that has none, so that `evenhand cluster`
    carries on from the batch; a store that has its own (a daily loop's, an earlier run's) keeps them."""
    with open_store(target) as store:
        if store.cluster_state() is None:
            docs, df = frequencies
            store.apply_assignments([], state=pack_state({"version": 1, "docs_seen": docs, "df": dict(df)}))


def _failures(group: tuple[list[dict[str, Any]], list[dict[str, Any]], list[str]]) -> list[str]:
    return group[2]


class _Clock:
    """Adds the wall time of each stage to the report."""

    def __init__(self, report: BatchReport) -> None:
        self.report = report

    def __call__(self, stage: str) -> _Timed:
        return _Timed(self.report, stage)


class _Timed:
    def __init__(self, report: BatchReport, stage: str) -> None:
        self.report, self.stage = report, stage

    def __enter__(self) -> None:
        self.start = time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        self.report.seconds[self.stage] = self.report.seconds.get(self.stage, 0.0) + time.perf_counter() - self.start


def labels(parquet: str) -> dict[str, str]:
    """article id -> story id of a batch's Parquet output."""
    import pyarrow.parquet as pq

    table = pq.read_table(Path(parquet) / "articles", columns=["id", "story_id"])
    return dict(zip(table.column("id").to_pylist(), table.column("story_id").to_pylist(), strict=True))


def briefs(parquet: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(story id, brief) of a batch's Parquet output."""
    import pyarrow.parquet as pq

    table = pq.read_table(Path(parquet) / "briefs", columns=["story_id", "brief"])
    for story_id, brief in zip(table.column("story_id").to_pylist(), table.column("brief").to_pylist(), strict=True):
        yield story_id, json.loads(brief)
