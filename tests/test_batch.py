"""The distributed batch on a real 2-worker local Dask cluster: the single process's stories and briefs
from the shared AllSides stream, a worker killed mid-job, re-runs that double nothing, a store as output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import SHARED
from evenhand.store import Store, unpack_state
from evenhand.stories import bcubed
from test_store_postgres import _brief

distributed = pytest.importorskip("distributed", reason="the batch needs Dask: pip install -e '.[batch]'")
pytest.importorskip("pyarrow", reason="the batch writes Parquet with pyarrow: pip install -e '.[batch]'")

from evenhand.batch import BatchSettings, briefs, labels, run_batch  # noqa: E402

STREAM = SHARED / "data" / "allsides_stream_dev.jsonl"


def evenhand(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "evenhand", *args], capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def stream() -> Path:
    if not STREAM.exists():
        pytest.skip(f"{STREAM} is absent: the batch is checked on the shared AllSides stream")
    return STREAM


@pytest.fixture(scope="module")
def part(stream: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first 240 articles of the stream, for the tests that run the job several times."""
    path = tmp_path_factory.mktemp("part") / "part.jsonl"
    with stream.open(encoding="utf-8") as handle:
        path.write_text("".join(handle.readlines()[:240]), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def single(stream: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The single-process answer: `evenhand ingest`, `cluster` and `update` into a SQLite store."""
    db = tmp_path_factory.mktemp("single") / "one.db"
    for step in (["ingest", str(stream)], ["cluster"], ["update"]):
        result = evenhand(step[0], "--db", str(db), *step[1:])
        assert result.returncode == 0, result.stderr
    return db


def _members(assigned: dict[str, str]) -> dict[str, frozenset[str]]:
    stories: dict[str, set[str]] = {}
    for article, story in assigned.items():
        stories.setdefault(story, set()).add(article)
    return {story: frozenset(members) for story, members in stories.items()}


@pytest.mark.slow
def test_two_workers_give_the_single_process_stories_and_briefs(client: Any, single: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = run_batch([str(STREAM)], client, parquet=str(out))
    assert report.failed == [] and report.articles == report.read
    assert report.partitions > 1  # the stream crosses partition edges, so the merge is exercised
    with Store.open(single, readonly=True) as st:
        one = {a.id: a.story_id or "" for a in st.articles()}
        one_briefs = {s: st.get_brief(s) for s in set(one.values())}
    batch = labels(str(out))
    assert set(batch) == set(one)
    assert bcubed(one, batch)["f1"] >= 0.99
    ours, theirs = _members(batch), _members(one)
    same = [s for s, members in ours.items() if theirs.get(s) == members]
    assert len(same) >= 0.99 * len(theirs)
    written = dict(briefs(str(out)))
    assert set(written) == set(ours)
    for story in same:  # the same articles give the same brief (up to the engine's float noise)
        assert _brief(written[story]) == _brief(one_briefs[story]), story


def test_the_batch_labels_narratives_by_the_ratings_imported_into_its_store(client: Any, tmp_path: Path) -> None:
    from evenhand.cli import example_folder

    ratings = tmp_path / "scores.csv"
    ratings.write_text(
        "outlet,lean,establishment\nThe Marrowick Ledger,-0.6,-0.8\nThe Coastline Courier,0.7,0.7\n"
        "Northgate Wire Service,0,0.2\nHalden Daily Post,0.1,0\n",
        encoding="utf-8",
    )
    one, many = tmp_path / "one.db", tmp_path / "many.db"
    for db in (one, many):
        assert evenhand("outlets", "import", "--db", str(db), str(ratings)).returncode == 0
    for step in (["ingest", str(example_folder())], ["cluster"], ["update"]):
        assert evenhand(step[0], "--db", str(one), *step[1:]).returncode == 0
    run_batch([str(one)], client, store=str(many))  # the single process's store as the input
    found = []
    for db in (one, many):
        with Store.open(db, readonly=True) as st:
            (story,) = [row.id for row in st.list_stories()]
            found.append(st.get_brief(story))
    assert found[0] is not None and found[1] is not None
    assert found[0].get("unargued") and found[1].get("unargued") == found[0]["unargued"]


def test_the_batch_links_copies_to_the_wire_text_published_first(client: Any, tmp_path: Path) -> None:
    # The example's folder is read in name order: the Halden Daily Post's copy of the Northgate
    # wire story (published 45 minutes later) comes first; both paths name the wire the original.
    from evenhand.cli import example_folder

    one, many = tmp_path / "one.db", tmp_path / "many.db"
    assert evenhand("ingest", "--db", str(one), str(example_folder())).returncode == 0
    run_batch([str(one)], client, store=str(many))
    linked = []
    for db in (one, many):
        with Store.open(db, readonly=True) as st:
            outlets = {a.id: a.outlet for a in st.articles()}
            linked.append({outlets[a.id]: outlets.get(a.independent_of or "") for a in st.articles()})
    assert linked[0] == linked[1]
    assert linked[0]["Halden Daily Post"] == "Northgate Wire Service" and linked[0]["Northgate Wire Service"] is None


def test_a_worker_killed_mid_job_loses_and_doubles_nothing(client: Any, part: Path, tmp_path: Path) -> None:
    settings = BatchSettings(chunk_articles=40)  # several read tasks, so the killed worker holds some
    clean = tmp_path / "clean"
    run_batch([str(part)], client, parquet=str(clean), settings=settings)

    pids = client.run(os.getpid)
    victim = sorted(pids.values())[0]

    def kill_when_briefing(line: str) -> None:
        # Articles read on the victim live only in its memory: the scheduler has to read them again.
        if line.startswith("brief:"):
            os.kill(victim, signal.SIGKILL)

    out = tmp_path / "out"
    report = run_batch([str(part)], client, parquet=str(out), settings=settings, progress=kill_when_briefing)
    assert victim not in client.run(os.getpid).values()
    assert report.failed == []
    assert labels(str(out)) == labels(str(clean))
    assert {s: _brief(b) for s, b in briefs(str(out))} == {s: _brief(b) for s, b in briefs(str(clean))}

    # An interrupted earlier run left a temporary file and a part this run does not write: a re-run
    # replaces every part whole and drops the rest, so each article is there exactly once.
    (out / "articles" / ".part-00000.parquet.999.tmp").write_bytes(b"half a file")
    (out / "articles" / "part-00999.parquet").write_bytes((out / "articles" / "part-00000.parquet").read_bytes())
    run_batch([str(part)], client, parquet=str(out), settings=settings)
    import pyarrow.parquet as pq

    ids = pq.read_table(out / "articles", columns=["id"]).column("id").to_pylist()
    assert len(ids) == len(set(ids)) == report.articles
    assert labels(str(out)) == labels(str(clean))


def test_the_batch_writes_a_postgresql_store_and_a_rerun_doubles_nothing(
    client: Any, part: Path, postgres_url: str, tmp_path: Path
) -> None:
    reference = tmp_path / "ref"
    run_batch([str(part)], client, parquet=str(reference))
    first = run_batch([str(part)], client, store=postgres_url)
    assert first.failed == []

    def snapshot() -> tuple[dict[str, int], dict[str, str], dict[str, Any]]:
        with Store.open(postgres_url, readonly=True) as st:
            assigned = {a.id: a.story_id or "" for a in st.articles()}
            written = {s: _brief(st.get_brief(s)) for s in set(assigned.values())}
            return st.stats(), assigned, written

    stats, assigned, written = snapshot()
    with Store.open(postgres_url, readonly=True) as st:  # `evenhand cluster` carries on from the batch
        state = unpack_state(st.cluster_state())
        assert state is not None and state["docs_seen"] == first.articles and state["df"]
    assert assigned == labels(str(reference))
    assert written == {s: _brief(b) for s, b in briefs(str(reference))}
    assert stats["articles"] == first.articles and stats["stories"] == first.stories == stats["briefs"]
    assert stats["unclustered"] == 0
    run_batch([str(part)], client, store=postgres_url)
    again = snapshot()
    assert again[0] == stats and again[1] == assigned and again[2] == written

    # The daily loop carries on from the batch: new articles join its stories or start their own.
    more = tmp_path / "more.jsonl"
    with STREAM.open(encoding="utf-8") as handle:
        more.write_text("".join(handle.readlines()[240:260]), encoding="utf-8")
    for step in (["ingest", str(more)], ["cluster"]):
        result = evenhand(step[0], "--db", postgres_url, *step[1:])
        assert result.returncode == 0, result.stderr
    with Store.open(postgres_url, readonly=True) as st:
        assert st.stats()["unclustered"] == 0 and st.article_count() == first.articles + 20
        assert {a.id: a.story_id for a in st.articles()}.items() >= assigned.items()  # no story id changed


def test_the_command_runs_on_an_existing_scheduler_and_refuses_bad_calls(
    client: Any, part: Path, tmp_path: Path
) -> None:
    address = client.scheduler.address
    result = evenhand("batch", str(part), "--parquet", str(tmp_path / "out"), "--scheduler", address, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "evenhand.batch/1" and data["articles"] == 240 and data["briefs"] == data["stories"]
    both = evenhand("batch", str(part), "--parquet", str(tmp_path / "o"), "--to", str(tmp_path / "x.db"))
    assert both.returncode == 2 and both.stderr.strip().count("\n") == 0 and "one output" in both.stderr
    missing = evenhand("batch", str(tmp_path / "absent.warc.gz"), "--parquet", str(tmp_path / "o"),
                       "--scheduler", address)  # fmt: skip
    assert missing.returncode == 1 and "absent.warc.gz" in missing.stderr and "Traceback" not in missing.stderr


def _warc(rows: list[dict[str, Any]], path: Path) -> None:
    """The rows as the HTML pages of a crawl: one WARC response record each."""
    import html
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for row in rows:
            paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in (row["text"] or "").split("\n") if p.strip())
            page = (
                f"<html><head><title>{html.escape(row['title'] or '')}</title>"
                f"<meta property='og:site_name' content='{html.escape(row['source'] or '', quote=True)}'>"
                f"<meta property='article:published_time' content='{row['date']}'></head>"
                f"<body><article><h1>{html.escape(row['title'] or '')}</h1>{paragraphs}</article></body></html>"
            ).encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            url = f"https://{(row['source'] or 'x').lower().replace(' ', '')}.example/{row['doc_id']}"
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(page), http_headers=headers)
            )


def test_warc_files_give_what_ingest_gives_and_a_bad_input_is_one_line(client: Any, part: Path, tmp_path: Path) -> None:
    rows = [json.loads(line) for line in part.read_text(encoding="utf-8").splitlines()[:120]]
    good = tmp_path / "crawl.warc.gz"
    _warc(rows, good)
    corrupt = tmp_path / "broken.warc.gz"
    corrupt.write_bytes(b"\x1f\x8b" + b"not a warc at all" * 50)
    db = tmp_path / "one.db"
    for step in (["ingest", str(good)], ["cluster"]):
        result = evenhand(step[0], "--db", str(db), *step[1:])
        assert result.returncode == 0, result.stderr
    with Store.open(db, readonly=True) as st:
        one = {a.id: a.story_id or "" for a in st.articles()}
    assert len(one) > 100

    report = run_batch([str(good), str(corrupt), str(tmp_path / "absent.warc.gz")], client, parquet=str(tmp_path / "o"))
    assert len(report.failed) == 2
    assert any("broken.warc.gz" in line for line in report.failed)
    assert any("absent.warc.gz" in line for line in report.failed)
    batch = labels(str(tmp_path / "o"))
    assert set(batch) == set(one)
    assert bcubed(one, batch)["f1"] >= 0.99

    from_store = run_batch([str(db)], client, parquet=str(tmp_path / "s"))  # a store as the input
    assert from_store.failed == [] and labels(str(tmp_path / "s")) == batch


def test_the_dedup_pass_keeps_each_outlets_word_for_word_copy_as_the_store_does(tmp_path: Path) -> None:
    from evenhand import dedup
    from evenhand.batch import Keys, dedup_pass
    from evenhand.model import Article
    from evenhand.store import canonical_url
    from test_store import WIRE

    pages = [  # (outlet, url, text): a wire story, two papers' copies word for word, a paper's second page
        ("Coast Wire", "https://coastwire.example/fire", WIRE), ("Halden Post", "https://halden.example/fire", WIRE),
        ("Valley Post", None, WIRE), ("Halden Post", "https://halden.example/print/fire", WIRE),
        ("Coast Wire", None, "Elsby harbour road reopened."), ("Valley Post", None, "Elsby harbour road reopened."),
    ]
    keys = []
    for n, (outlet, url, text) in enumerate(pages):
        sig = dedup.signature(text)
        keys.append(Keys((0, n), canonical_url(url) if url else None, dedup.content_hash(text),
                         dedup.to_blob(sig) if sig is not None else None, None, outlet))
    batch = [(k.position, k.article_id, k.independent_of) for k in dedup_pass(keys, added_at=0.0)]
    stored = []
    with Store.open(tmp_path / "s.db") as st:
        for n, (outlet, url, text) in enumerate(pages):
            result = st.add_article(Article(text=text, outlet=outlet, url=url))
            if result.status == "added":
                stored.append((n, result.article_id, result.independent_of))
    assert batch == stored
    assert [n for n, _, _ in batch] == [0, 1, 2, 4, 5]  # the paper's second page is its duplicate
