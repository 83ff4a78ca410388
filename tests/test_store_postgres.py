"""What only the PostgreSQL store has to show: the server's own migrations and errors, concurrent
writers in separate processes, and the same stories and briefs as the SQLite store from one input.

The contract both stores keep is tests/test_store.py, which runs on each."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLE, SHARED
from evenhand.store import Store, StoreError, open_store
from evenhand.store.postgres import SCHEMA_VERSION, PostgresStore
from test_store import _WRITER, article

STREAM = SHARED / "data" / "allsides_stream_dev.jsonl"


def evenhand(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "evenhand", *args], capture_output=True, text=True, timeout=timeout
    )


def test_each_store_implements_every_method_of_the_protocol() -> None:
    # Both subclass the protocol, so a method one of them forgot would silently be the protocol's stub.
    import inspect

    from evenhand.store.base import Store as Protocol
    from evenhand.store.sqlite import SQLiteStore

    def stub(member: object) -> bool:
        function = member.fget if isinstance(member, property) else member
        return inspect.isfunction(function) and inspect.getsource(function).rstrip().endswith("...")

    stubs = {name for name, member in vars(Protocol).items() if stub(member)}
    assert {"add_article", "search", "story_coverage", "schema_version"} <= stubs
    for implementation in (SQLiteStore, PostgresStore):
        assert stubs <= set(vars(implementation)), (implementation, stubs - set(vars(implementation)))


def test_open_migrates_once_and_refuses_newer_schemas_and_empty_databases(postgres_server: Any) -> None:
    url = postgres_server.create_database()
    with pytest.raises(StoreError, match="not an evenhand database"):
        Store.open(url, readonly=True)  # nothing there yet, and a reader must not create tables
    with Store.open(url) as st:
        assert isinstance(st, PostgresStore) and st.schema_version == SCHEMA_VERSION
        st.add_article(article())
    with Store.open(url) as st:  # reopening migrates nothing and loses nothing
        assert st.schema_version == SCHEMA_VERSION and st.article_count() == 1
        assert isinstance(st, PostgresStore)
        st.conn.execute("UPDATE evenhand_schema SET version = %s", (SCHEMA_VERSION + 1,))
    with pytest.raises(StoreError, match="newer evenhand"):
        Store.open(url)


def test_a_reader_cannot_write_and_says_so_in_one_line(postgres_url: str) -> None:
    Store.open(postgres_url).close()
    with Store.open(postgres_url, readonly=True) as st, pytest.raises(StoreError, match="read-only"):
        st.add_article(article())


def test_unreachable_server_is_one_line_without_the_password(tmp_path: Path) -> None:
    url = f"postgresql://reader:s3cret@/nowhere?host={tmp_path}&connect_timeout=2"
    with pytest.raises(StoreError, match="cannot connect") as caught:
        open_store(url)
    assert "s3cret" not in str(caught.value) and "reader:***@" in str(caught.value)
    result = evenhand("stories", "--db", url)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "s3cret" not in result.stderr


def test_kill_9_mid_write_loses_nothing_committed_and_a_rerun_completes(postgres_url: str) -> None:
    total = 1500
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, postgres_url, str(total)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    seen = 0
    deadline = time.monotonic() + 60
    while seen < 100 and time.monotonic() < deadline:
        if proc.stdout.readline():
            seen += 1
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert seen == 100
    with Store.open(postgres_url) as st:
        partial = st.article_count()
        assert 100 <= partial < total
    rerun = subprocess.run(
        [sys.executable, "-c", _WRITER, postgres_url, str(total)], capture_output=True, text=True, timeout=300
    )
    statuses = rerun.stdout.split()
    assert rerun.returncode == 0, rerun.stderr
    assert statuses.count("same_url") == partial and statuses.count("added") == total - partial
    with Store.open(postgres_url) as st:
        assert isinstance(st, PostgresStore)
        assert st.article_count() == total
        row = st.conn.execute("SELECT count(DISTINCT url) AS n, count(*) AS m FROM articles").fetchone()
        assert row == {"n": total, "m": total}


def _lines(path: Path, start: int, stop: int) -> list[str]:
    with STREAM.open(encoding="utf-8") as handle:
        return handle.readlines()[start:stop]


@pytest.mark.slow
def test_two_ingests_and_an_update_at_once_store_each_article_exactly_once(
    postgres_url: str, tmp_path: Path
) -> None:
    if not STREAM.exists():
        pytest.skip(f"{STREAM} is absent: this test ingests the shared AllSides stream")
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    # Both start with the same 100 articles, so the two processes race to store each of them.
    first.write_text("".join(_lines(STREAM, 160, 260) + _lines(STREAM, 0, 160)), encoding="utf-8")
    second.write_text("".join(_lines(STREAM, 160, 400)), encoding="utf-8")
    both = tmp_path / "both.jsonl"
    both.write_text("".join(_lines(STREAM, 0, 400)), encoding="utf-8")
    reference = tmp_path / "one.db"
    assert evenhand("ingest", "--db", str(reference), str(both)).returncode == 0

    Store.open(postgres_url).close()  # create the tables first, as `ingest` would, so the race is on rows
    procs = [
        subprocess.Popen([sys.executable, "-m", "evenhand", "ingest", "--db", postgres_url, str(path)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for path in (first, second)
    ]  # fmt: skip
    updates = 0
    while any(p.poll() is None for p in procs):
        result = evenhand("update", "--db", postgres_url, "--json")
        assert result.returncode == 0, result.stderr
        updates += 1
    for proc in procs:
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
    assert updates >= 1
    final = evenhand("update", "--db", postgres_url, "--json")
    assert final.returncode == 0, final.stderr

    with Store.open(reference, readonly=True) as one, Store.open(postgres_url) as st:
        assert isinstance(st, PostgresStore)
        expected = {(a.id, a.url, a.content_hash) for a in one.articles()}
        stored = [(a.id, a.url, a.content_hash) for a in st.articles()]
        assert len(stored) == len(set(stored)) == len(expected)  # nothing doubled
        assert set(stored) == expected  # nothing lost
        stats = st.stats()
        assert stats["unclustered"] == 0
        assert sum(s.article_count for s in st.list_stories(limit=10_000)) == stats["articles"]
        assert st.stale_stories() == []


def _normalised(stories_json: str) -> Any:
    data = json.loads(stories_json)
    text = json.dumps(data, sort_keys=True)
    text = re.sub(r'"(updated_at|created_at|added_at|brief_updated_at|join_score|syndication_score)": [0-9.e+-]+',
                  r'"\1": 0', text)  # fmt: skip
    text = re.sub(r'"updated": "[^"]*"', '"updated": ""', text)  # when the brief was written, as ISO text
    return json.loads(text)


def _brief(brief: Any) -> Any:
    """A brief without its float scores, each fact's support in source order: two runs of the brief
    engine on one input differ in the last digits of a score (float sums in the embedder), and a tie
    between two identical wire sentences can then list them either way round."""
    if isinstance(brief, dict):
        return {
            k: sorted(map(_brief, v), key=json.dumps) if k == "support" else _brief(v)
            for k, v in brief.items()
            if k != "score"
        }
    if isinstance(brief, list):
        return [_brief(v) for v in brief]
    return brief


def test_the_example_gives_the_same_stories_and_briefs_on_both_stores(postgres_url: str, tmp_path: Path) -> None:
    outputs = []
    for db in (str(tmp_path / "x.db"), postgres_url):
        for step in (["ingest", str(EXAMPLE)], ["cluster"], ["update"]):
            result = evenhand(step[0], "--db", db, *step[1:])
            assert result.returncode == 0, result.stderr
        result = evenhand("stories", "--db", db, "--json")
        assert result.returncode == 0, result.stderr
        story_id = json.loads(result.stdout)["stories"][0]["id"]
        shown = evenhand("stories", story_id, "--db", db, "--json")
        assert shown.returncode == 0, shown.stderr
        outputs.append((_normalised(result.stdout), _brief(json.loads(shown.stdout).get("brief"))))
    assert outputs[0][0] == outputs[1][0]
    assert outputs[0][1] is not None and outputs[0][1] == outputs[1][1]


def test_the_web_reader_serves_a_postgresql_store(postgres_url: str) -> None:
    from starlette.testclient import TestClient

    from evenhand.web import create_app

    with Store.open(postgres_url) as st:
        a = st.add_article(article()).article_id
        from evenhand.store import Assignment, story_id_for

        st.apply_assignments([Assignment(a, story_id_for(a), 1.0, {}, new=True)])
    with TestClient(create_app(postgres_url)) as client:
        front = client.get("/")
        assert front.status_code == 200 and "Warehouse fire at Elsby harbour" in front.text
        found = client.get("/search.json", params={"q": "Elsby warehouse"})
        assert found.status_code == 200 and found.json()
        assert client.get("/healthz").json()["schema_version"] == SCHEMA_VERSION
