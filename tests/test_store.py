from __future__ import annotations

import dataclasses
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from evenhand.model import Article
from evenhand.outlets import Rating, outlet_key
from evenhand.store import (
    SCHEMA_VERSION,
    Assignment,
    Store,
    StoreError,
    canonical_url,
    fts_query,
    parse_time,
    story_id_for,
)

WIRE = (
    "Firefighters in the port town of Elsby spent six hours on Tuesday night bringing a blaze at the "
    "old grain warehouse under control, the regional fire service said on Wednesday. No one was hurt, "
    "but the harbour road stayed closed until dawn while crews cooled the roof timbers."
)


def article(text: str = WIRE, url: str | None = "https://elsby-herald.example/fire", **kw: str) -> Article:
    fields = {
        "outlet": "Elsby Herald",
        "title": "Warehouse fire at Elsby harbour",
        "published": "2024-05-01T10:00:00Z",
    }
    fields.update(kw)
    return Article(text=text, url=url, **fields)  # type: ignore[arg-type]


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    """A new store of each kind (SQLite, PostgreSQL): every test that takes it is the store contract."""
    with Store.open(store_target) as st:
        yield st


def test_open_creates_wal_database_at_current_schema(tmp_path: Path) -> None:
    with Store.open(tmp_path / "t.db") as st:
        assert st.schema_version == SCHEMA_VERSION
        assert st.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store.open(tmp_path / "t.db") as st:  # reopening migrates nothing and loses nothing
        assert st.schema_version == SCHEMA_VERSION


_OPENER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from evenhand.store import Store
    go = Path(sys.argv[2])
    while not go.exists():
        time.sleep(0.001)
    with Store.open(sys.argv[1]) as store:
        print(store.schema_version)
""")


def test_processes_opening_a_new_store_at_once_all_open_it(tmp_path: Path) -> None:
    # The red team's: four ingests started at once on a new store; three failed with "not an evenhand
    # database (table articles already exists)", the migration run again once the first had taken it.
    db, go = tmp_path / "new.db", tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", _OPENER, str(db), str(go)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(4)]
    time.sleep(0.5)  # every process waiting on the same signal
    go.touch()
    outcomes = [proc.communicate(timeout=120) for proc in procs]
    assert [out.strip() for out, _ in outcomes] == [str(SCHEMA_VERSION)] * 4, [err for _, err in outcomes]


def test_env_variable_names_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENHAND_DB", str(tmp_path / "env.db"))
    with Store.open() as st:
        assert st.path == str(tmp_path / "env.db")
    assert (tmp_path / "env.db").exists()


def test_newer_schema_and_garbage_files_are_refused(tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer evenhand"):
        Store.open(newer)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="not an evenhand database"):
        Store.open(garbage)
    with pytest.raises(StoreError, match="no such database"):
        Store.open(tmp_path / "absent.db", readonly=True)


def test_canonical_url_drops_tracking_fragment_and_default_port() -> None:
    assert (
        canonical_url("HTTPS://News.Example:443/a/b?utm_source=x&z=1&a=2#top")
        == "https://news.example/a/b?a=2&z=1"
    )
    assert canonical_url("http://news.example:8080") == "http://news.example:8080/"


def test_adding_twice_adds_nothing(store: Store) -> None:
    first = store.add_article(article())
    again = store.add_article(article(url="https://elsby-herald.example/fire?utm_medium=rss"))
    assert first.status == "added"
    assert again.status == "same_url" and again.article_id == first.article_id
    assert store.article_count() == 1


def test_same_text_at_another_url_is_stored_once_with_an_alias(store: Store) -> None:
    first = store.add_article(article())
    copy = store.add_article(article(text="  " + WIRE.upper() + "\n", url="https://mirror.example/x"))
    assert copy.status == "same_text" and copy.article_id == first.article_id
    assert store.article_count() == 1
    assert store.has_url("https://mirror.example/x")


def test_a_text_republished_word_for_word_by_other_outlets_is_each_ones_wire_copy(store: Store) -> None:
    # A newsroom tryout: a wire story two papers republished word for word (their pages dropped the
    # credit line) was stored once, so the papers vanished from the story and its coverage by side.
    wire = store.add_article(article(outlet="Coast Wire", url="https://coastwire.example/fire"))
    paper = store.add_article(article(outlet="Halden Post", url="https://halden.example/fire",
                                      published="2024-05-01T11:00:00Z"))
    again = store.add_article(article(outlet="Valley Post", url="https://valley.example/fire",
                                      published="2024-05-01T12:00:00Z"))
    assert [paper.status, again.status] == ["added", "added"]
    assert paper.independent_of == again.independent_of == wire.article_id
    assert store.article_count() == 3
    sid = story_id_for(wire.article_id)
    store.apply_assignments([Assignment(wire.article_id, sid, 1.0, {}, new=True),
                             Assignment(paper.article_id, sid, 0.9, {}), Assignment(again.article_id, sid, 0.9, {})])
    story = store.get_story(sid)
    assert story is not None and story.article_count == 3 and story.source_count == 1
    # outlets served from one machine are still each its own
    local = [store.add_article(article(outlet=name, url=f"http://127.0.0.1:8701/{name.split()[0]}/fire"))
             for name in ("Ostmark Courier", "Veld Post")]
    assert [result.status for result in local] == ["added", "added"]
    # the same outlet's page at another address is still a duplicate
    mirror = store.add_article(article(outlet="Halden Post", url="https://halden.example/print/fire"))
    assert mirror.status == "same_text" and mirror.article_id == paper.article_id


def test_one_text_without_addresses_is_one_article_per_outlet(store: Store) -> None:
    short = "Elsby harbour road reopened at dawn."  # too short to sign: linked by its text alone
    first = store.add_article(article(text=short, url=None, outlet="Coast Wire"))
    copy = store.add_article(article(text=short, url=None, outlet="Halden Post"))
    again = store.add_article(article(text=short, url=None, outlet="Halden Post"))
    assert first.article_id != copy.article_id and copy.independent_of == first.article_id
    assert copy.syndication_score == 1.0
    assert again.status == "same_text" and again.article_id == copy.article_id


def test_a_version_3_store_keeps_its_articles_and_takes_copies(tmp_path: Path) -> None:
    from evenhand import dedup
    from evenhand.store.sqlite import _MIGRATIONS

    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path)
    for script in _MIGRATIONS[:3]:
        conn.executescript(script)
    conn.execute(
        "INSERT INTO articles(id, url, content_hash, outlet, text, added_at) VALUES (?, ?, ?, ?, ?, ?)",
        ("a1", "https://coastwire.example/fire", dedup.content_hash(WIRE), "Coast Wire", WIRE, 1.0),
    )
    conn.execute("INSERT INTO url_aliases(url, article_id) VALUES ('https://coastwire.example/f', 'a1')")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with Store.open(path) as st:
        assert st.schema_version == SCHEMA_VERSION
        assert st.article_count() == 1 and st.has_url("https://coastwire.example/f")
        assert [hit.id for hit in st.search("grain warehouse") if hit.kind == "article"] == ["a1"]
        paper = st.add_article(article(outlet="Halden Post", url="https://halden.example/fire"))
        assert paper.status == "added" and paper.independent_of == "a1"
        assert {hit.id for hit in st.search("grain warehouse") if hit.kind == "article"} == {"a1", paper.article_id}
        assert st.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert st.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_store_signed_by_an_older_minhash_is_signed_again_on_opening(store_target: str) -> None:
    # MinHash's multipliers changed (dedup.SIGNATURE_VERSION): signatures of the old ones would never
    # match a new copy's, so an old article's wire copy stored later would count as independent.
    with Store.open(store_target) as st:
        original = st.add_article(article())
        st.conn.execute("UPDATE articles SET minhash = NULL")  # as an older evenhand left them ...
        st.conn.execute("DELETE FROM minhash_bands")
        st.conn.execute("DELETE FROM meta WHERE key = 'signatures'")  # ... with no version
        st.conn.commit()
    with Store.open(store_target) as st:
        edited = WIRE.replace("Tuesday night", "Tuesday evening") + " The cause is under investigation."
        copy = st.add_article(article(text=edited, url="https://coast-daily.example/1", outlet="Coast Daily"))
        assert copy.independent_of == original.article_id


def test_near_duplicate_wire_copy_is_linked_to_the_first_copy(store: Store) -> None:
    original = store.add_article(article())
    edited = WIRE.replace("Tuesday night", "Tuesday evening") + " The cause is under investigation."
    copy = store.add_article(article(text=edited, url="https://coast-daily.example/1", outlet="Coast Daily"))
    third = store.add_article(
        article(text=edited + " More later.", url="https://valley.example/2", outlet="Valley Post")
    )
    own = store.add_article(
        article(
            text="The Elsby council will meet on Friday to discuss the harbour road closure and the cost of "
            "repairs to the grain warehouse roof, its chair told reporters outside the town hall.",
            url="https://valley.example/3",
            outlet="Valley Post",
        )
    )
    assert copy.status == "added" and copy.independent_of == original.article_id
    assert copy.syndication_score is not None and copy.syndication_score >= 0.5
    assert third.independent_of == original.article_id  # linked to the root, not to the copy
    assert own.independent_of is None
    row = store.get_article(copy.article_id)
    assert row is not None and row.to_article().independent_of == original.article_id


def test_a_wire_text_published_before_the_copies_stored_first_is_their_original(store: Store) -> None:
    # A new user's tryout: the README's example store called the wire service's story a copy of the
    # paper that republished it 45 minutes later, because the paper's file was read first.
    edited = WIRE.replace("Tuesday night", "Tuesday evening") + " The cause is under investigation."
    paper = store.add_article(article(text=edited, url="https://halden.example/1", outlet="Halden Post",
                                      published="2024-05-01T11:00:00Z"))
    mirror = store.add_article(article(text=edited + " More later.", url="https://valley.example/2",
                                       outlet="Valley Post", published="2024-05-01T12:00:00Z"))
    sid = story_id_for(paper.article_id)
    store.apply_assignments([Assignment(paper.article_id, sid, 1.0, {}, new=True),
                             Assignment(mirror.article_id, sid, 0.9, {})])
    wire = store.add_article(article(outlet="Elsby Wire", published="2024-05-01T10:00:00Z"))
    assert wire.status == "added" and wire.independent_of is None and wire.syndication_score is None
    for copy in (paper, mirror):
        row = store.get_article(copy.article_id)
        assert row is not None and row.to_article().independent_of == wire.article_id
    store.apply_assignments([Assignment(wire.article_id, sid, 0.9, {})])
    story = store.get_story(sid)
    assert story is not None and story.source_count == 1  # the wire, once; its copies are none


def test_assignments_make_stories_with_counts_and_reasons(store: Store) -> None:
    a = store.add_article(article()).article_id
    edited = WIRE.replace("six hours", "nearly six hours") + " Residents were asked to keep windows shut."
    b = store.add_article(
        article(text=edited, url="https://coast.example/b", outlet="Coast Daily")
    ).article_id
    sid = story_id_for(a)
    store.apply_assignments(
        [
            Assignment(a, sid, 1.0, {"new": True}, new=True),
            Assignment(b, sid, 0.71, {"terms": ["elsby", "warehouse"]}),
        ],
        state=b"state",
    )
    story = store.get_story(sid)
    assert story is not None
    assert story.article_count == 2
    assert story.source_count == 1  # the wire copy is not an independent source
    assert story.headline == "Warehouse fire at Elsby harbour"
    assert story.lede.startswith("Firefighters in the port town")
    members = store.story_articles(sid)
    assert [m.id for m in members] == [a, b]
    assert members[1].join_reason == {"terms": ["elsby", "warehouse"]} and members[1].join_score == 0.71
    assert store.cluster_state() == b"state"
    assert [s.id for s in store.list_stories()] == [sid]
    assert list(store.unclustered()) == []


def test_briefs_are_stale_until_written_and_again_when_the_story_grows(store: Store) -> None:
    a = store.add_article(article()).article_id
    sid = story_id_for(a)
    store.apply_assignments([Assignment(a, sid, 1.0, {}, new=True)])
    assert store.stale_stories() == [sid]
    brief = {
        "schema": "evenhand.brief/1",
        "id": sid,
        "headline": "Fire at Elsby grain store",
        "lede": "It burned.",
    }
    store.save_brief(sid, brief)
    assert store.stale_stories() == []
    assert store.get_brief(sid) == brief
    story = store.get_story(sid)
    assert story is not None and story.has_brief and story.headline == "Fire at Elsby grain store"
    assert [s.id for s, _ in store.briefs_updated_since(0)] == [sid]
    time.sleep(0.01)
    other = "The harbour master of Elsby said the quay would reopen to fishing boats by the weekend."
    b = store.add_article(article(text=other, url="https://coast.example/c", outlet="Coast Daily")).article_id
    store.apply_assignments([Assignment(b, sid, 0.6, {})])
    assert store.stale_stories() == [sid]


def test_a_brief_written_again_unchanged_keeps_its_time_and_place(store: Store) -> None:
    # A new user's tryout: importing ratings rewrote every stored brief, changed or not, so "newest
    # first" began with the oldest story and the Atom feed sent fifty old stories out again.
    first, second = (
        store.add_article(article(text=WIRE + extra, url=f"https://elsby-herald.example/{n}")).article_id
        for n, extra in enumerate(("", " The quay reopened."))
    )
    ids = [story_id_for(first), story_id_for(second)]
    for a, sid in zip((first, second), ids, strict=True):
        store.apply_assignments([Assignment(a, sid, 1.0, {}, new=True)])
    briefs = [{"schema": "evenhand.brief/1", "id": sid, "headline": f"Fire {n}", "lede": "It burned."}
              for n, sid in enumerate(ids)]
    for sid, brief in zip(ids, briefs, strict=True):
        assert store.save_brief(sid, brief)
        time.sleep(0.01)
    before = store.get_story(ids[0])
    assert [s.id for s in store.list_stories()] == ids[::-1]
    time.sleep(0.01)
    assert not store.save_brief(ids[0], dict(briefs[0]))
    assert store.get_story(ids[0]) == before
    assert [s.id for s in store.list_stories()] == ids[::-1]
    assert store.save_brief(ids[0], dict(briefs[0], headline="Fire at Elsby, quay shut"))
    assert [s.id for s in store.list_stories()] == ids


def test_search_matches_stories_and_articles_and_survives_fts_syntax(store: Store) -> None:
    a = store.add_article(article()).article_id
    store.apply_assignments([Assignment(a, story_id_for(a), 1.0, {}, new=True)])
    kinds = {hit.kind for hit in store.search("Elsby warehouse")}
    assert kinds == {"story", "article"}
    for nasty in ['"unbalanced', "AND OR NOT", "title:*", "(((", "NEAR(a b", "", "-- ;"]:
        store.search(nasty)
    assert fts_query('a "b" c*') == '"a" "b" "c"'


def test_outlets_ratings_and_leanings(store: Store) -> None:
    a = store.add_article(article()).article_id
    store.add_article(
        article(text="Another report entirely.", url="https://coast.example/z", outlet="Coast Daily")
    )
    assert store.outlets() == [("Coast Daily", 1), ("Elsby Herald", 1)]
    assert [r.id for r in store.outlet_articles("Elsby Herald")] == [a]
    n = store.import_ratings(
        [
            Rating.in_words("The Elsby Herald (Online News)", "Lean Left", None),
            Rating.in_words("Coast Wire", "Center", "https://coast.example/"),
        ]
    )
    assert n == 2
    assert outlet_key("The Elsby Herald (Online News)") == "elsby herald"
    assert store.outlet_rating("Elsby Herald") == "Lean Left"
    assert store.outlet_rating("Coast Daily", "https://www.coast.example/z") == "Center"
    store.apply_assignments([Assignment(a, story_id_for(a), 1.0, {}, new=True)])
    assert store.story_leanings(story_id_for(a)) == {"Lean Left": 1}


def test_feed_state_keeps_validators(store: Store) -> None:
    store.save_feed_state("https://f.example/rss", etag='"v1"', last_modified="Tue, 30 Apr 2024", status=200)
    store.save_feed_state("https://f.example/rss", etag=None, last_modified=None, status=304)
    state = store.feed_state("https://f.example/rss")
    assert state is not None and state.etag == '"v1"' and state.status == 304
    assert [f.url for f in store.feeds()] == ["https://f.example/rss"]


def test_parse_time_handles_iso_and_rfc2822() -> None:
    assert parse_time("2024-05-01T10:00:00Z") == parse_time("Wed, 01 May 2024 10:00:00 +0000")
    assert parse_time("2024-05-01") is not None
    assert parse_time("yesterday") is None and parse_time(None) is None
    # The red team's feed date "Sat, 01 Jan 0000" was stored as 1 January 2000; old mail's two-digit
    # years still read as they were meant.
    assert parse_time("Sat, 01 Jan 0000 00:00:00 GMT") is None and parse_time("Fri, 01 Jan 0049 00:00 GMT") is None
    assert parse_time("Wed, 01 May 24 10:00:00 +0000") == parse_time("2024-05-01T10:00:00Z")


@pytest.mark.parametrize(("written", "iso"), [
    ("Sep 11, 2030 - 17:30", "2030-09-11T17:30:00+00:00"),
    ("Published May 3, 2031", "2031-05-03T00:00:00+00:00"),
    ("Updated: 3 May 2031 10:02", "2031-05-03T10:02:00+00:00"),
    ("June 5, 2031 at 4:15 p.m.", "2031-06-05T16:15:00+00:00"),
    # the reviewer's: noon is 12 p.m., "1:05 p.m." keeps its "p.m.", and an hour alone is an hour
    ("Updated 3 May 2031 12:30 p.m.", "2031-05-03T12:30:00+00:00"),
    ("May 3, 2031 1:05 p.m.", "2031-05-03T13:05:00+00:00"),
    ("May 3, 2031 12:15 a.m.", "2031-05-03T00:15:00+00:00"),
    ("June 5, 2031 at 5 p.m.", "2031-06-05T17:00:00+00:00"),
    # a time in a zone other than UTC keeps its date only: the hour would be off by the zone
    ("Sep 11, 2030 5:30 PM ET", "2030-09-11T00:00:00+00:00"),
    ("Published: 2031-05-03", "2031-05-03T00:00:00+00:00"),
    ("Sept. 4, 2031", "2031-09-04T00:00:00+00:00"),  # a month's short name with its full stop
    ("Tue, 06 May 2031 10:00:00 +0200", "2031-05-06T08:00:00+00:00"),
])
def test_a_date_written_as_datelines_write_it_is_a_date(written: str, iso: str) -> None:
    # A new user's page kept "Sep 11, 2023 - 17:30" as its date, and the story was called undated.
    assert parse_time(written) == parse_time(iso)


@pytest.mark.parametrize("written", ["2031", "© 2031", "May 2031", "Feb 30, 2031"])
def test_a_year_or_an_impossible_day_is_no_date(written: str) -> None:
    assert parse_time(written) is None


def test_failed_write_leaves_nothing(store: Store) -> None:
    bad = dataclasses.replace(article(), outlet=None)  # type: ignore[arg-type]
    with pytest.raises(StoreError):
        store.add_article(bad)
    assert store.article_count() == 0
    assert store.add_article(article()).status == "added"


_WRITER = textwrap.dedent(
    """
    import sys
    from evenhand.model import Article
    from evenhand.store import Store
    st = Store.open(sys.argv[1])
    for i in range(int(sys.argv[2])):
        text = f"Report number {i} on the Elsby harbour works: " + " ".join(f"w{i}x{j}" for j in range(60))
        result = st.add_article(Article(text=text, outlet="Elsby Herald", url=f"https://h.example/{i}"))
        print(result.status, flush=True)
    """
)


def test_kill_9_mid_write_leaves_a_consistent_database_and_a_rerun_completes(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    total = 5000
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(db), str(total)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    seen = 0
    deadline = time.monotonic() + 60
    while seen < 200 and time.monotonic() < deadline:
        if proc.stdout.readline():
            seen += 1
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert seen == 200
    with Store.open(db) as st:
        assert st.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = st.article_count()
        assert 200 <= partial < total
        fts = st.conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        assert fts == partial
    rerun = subprocess.run(
        [sys.executable, "-c", _WRITER, str(db), str(total)], capture_output=True, text=True, timeout=300
    )
    statuses = rerun.stdout.split()
    assert rerun.returncode == 0
    assert statuses.count("same_url") == partial and statuses.count("added") == total - partial
    with Store.open(db) as st:
        assert st.article_count() == total
        assert st.conn.execute("SELECT count(DISTINCT url) FROM articles").fetchone()[0] == total


def test_ratings_of_a_version_1_store_are_kept_on_two_axes(tmp_path: Path) -> None:
    import sqlite3

    from evenhand.store.sqlite import _MIGRATIONS, _split_sql

    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path)
    for statement in _split_sql(_MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute(
        "INSERT INTO outlet_ratings(outlet_key, outlet, rating, domain) VALUES"
        " ('elsby herald', 'Elsby Herald', 'Lean Left', NULL), ('coast wire', 'Coast Wire', 'Mixed', 'coast.example')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Store.open(path) as st:
        assert st.schema_version == SCHEMA_VERSION
        assert st.ratings() == [
            Rating("Coast Wire", None, None, "Mixed", "coast.example"), Rating("Elsby Herald", -0.5, None, "Lean Left"),
        ]
        assert st.outlet_rating("The Elsby Herald") == "Lean Left"
        assert st.outlet_rating("Coast Wire") is None  # rated "Mixed": on no side


def test_feeds_are_added_once_and_removed(store: Store) -> None:
    assert store.add_feed("https://f.example/rss") is True
    assert store.add_feed("https://f.example/rss") is False
    assert [f.url for f in store.feeds()] == ["https://f.example/rss"]
    assert store.remove_feed("https://f.example/rss") is True and store.remove_feed("https://f.example/rss") is False
    assert store.feeds() == []
