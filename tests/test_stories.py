from __future__ import annotations

from pathlib import Path

from evenhand.model import Article
from evenhand.store import Store
from evenhand.stories import DAY, ClusterSettings, StreamClusterer, cluster_store, features

T0 = 1_714_550_400.0  # 2024-05-01

FIRE = [
    (
        "Fire guts Elsby grain warehouse",
        "A fire destroyed the old grain warehouse in Elsby harbour on Tuesday.",
    ),
    (
        "Elsby warehouse blaze under control",
        "Crews brought the Elsby grain warehouse fire under control overnight.",
    ),
    (
        "Harbour road shut after Elsby fire",
        "The Elsby harbour road stayed shut after the grain warehouse fire.",
    ),
]
VOTE = [
    (
        "Marrow council votes to close library",
        "The Marrow council voted 7 to 2 to close the Quill Street library.",
    ),
    (
        "Quill Street library to shut",
        "Marrow councillors backed closing the Quill Street library by 7 votes to 2.",
    ),
]


def feed(clusterer: StreamClusterer, items: list[tuple[str, str]], start: int, ts: float) -> list[str]:
    decisions = clusterer.add_many(
        [(f"a{start + i:04d}", t, x, ts + i * 600) for i, (t, x) in enumerate(items)]
    )
    return [d.story_id for d in decisions]


def test_articles_on_one_event_share_a_story_and_others_do_not() -> None:
    clusterer = StreamClusterer(ClusterSettings(threshold=0.15))
    fire = feed(clusterer, FIRE, 0, T0)
    vote = feed(clusterer, VOTE, 10, T0)
    assert len(set(fire)) == 1 and len(set(vote)) == 1
    assert fire[0] != vote[0]
    assert fire[0] == "s0000"  # named after its first article


def test_each_join_says_why() -> None:
    clusterer = StreamClusterer(ClusterSettings(threshold=0.15))
    decisions = clusterer.add_many([(f"a{i}", t, x, T0) for i, (t, x) in enumerate(FIRE)])
    assert decisions[0].new and decisions[0].reason["new"] is True
    joined = decisions[1]
    assert not joined.new and joined.score >= 0.15
    assert joined.reason["score"] == round(joined.score, 4)
    assert {"elsby", "warehouse"} <= set(joined.reason["terms"])
    assert "elsby" in joined.reason["names"]


def test_an_old_story_is_not_joined_by_a_new_article() -> None:
    clusterer = StreamClusterer(ClusterSettings(threshold=0.15, window_days=3))
    first = feed(clusterer, FIRE[:1], 0, T0)
    month_later = feed(clusterer, FIRE[1:2], 1, T0 + 30 * DAY)
    assert first != month_later
    assert clusterer.open_stories == 1  # the old story left the index


def test_time_decay_lowers_the_score_of_a_story_days_old() -> None:
    same_day = StreamClusterer(ClusterSettings(threshold=0.0))
    later = StreamClusterer(ClusterSettings(threshold=0.0))
    a = same_day.add_many([("a1", *FIRE[0], T0), ("a2", *FIRE[1], T0)])[1]
    b = later.add_many([("a1", *FIRE[0], T0), ("a2", *FIRE[1], T0 + 2 * DAY)])[1]
    assert b.score < a.score
    assert b.reason["gap_days"] == 2.0


def test_features_boost_names_and_numbers_and_drop_stopwords() -> None:
    counts, names = features("Vote", "The Marrow council voted 7 to 2. Marrow is small.", ClusterSettings())
    assert "the" not in counts and "marrow" in names
    assert counts["marrow"] > counts["council"]
    assert counts["7"] > 1.0


def test_open_stories_stay_bounded_on_a_long_stream() -> None:
    clusterer = StreamClusterer(ClusterSettings(window_days=2))
    for day in range(40):
        items = [
            (f"a{day:03d}{i}", f"Event {day} number {i} in Town{day}x{i}", f"Report word{day}x{i}.", 0.0)
            for i in range(5)
        ]
        clusterer.add_many([(i, t, x, T0 + day * DAY) for i, t, x, _ in items])
        assert clusterer.open_stories <= 5 * 3


def _article(n: int, title: str, text: str, day: float) -> Article:
    published = f"2024-05-{1 + int(day):02d}T{8 + n % 10:02d}:00:00Z"
    return Article(
        text=text, outlet=f"Outlet {n}", title=title, url=f"https://o{n}.example/{n}", published=published
    )


def test_store_clustering_is_incremental_and_keeps_story_ids(tmp_path: Path) -> None:
    settings = ClusterSettings(threshold=0.15)
    with Store.open(tmp_path / "s.db") as store:
        for n, (title, text) in enumerate(FIRE[:2] + VOTE[:1]):
            store.add_article(_article(n, title, text, 0))
        first = cluster_store(store, settings=settings)
        assert (first.articles, first.new_stories, first.joined) == (3, 2, 1)
        before = {s.id: s.article_count for s in store.list_stories()}
        assert cluster_store(store, settings=settings).articles == 0  # nothing new: nothing done
        store.add_article(_article(7, *FIRE[2], 0))
        store.add_article(_article(8, *VOTE[1], 0))
        second = cluster_store(store, settings=settings)
        assert (second.articles, second.new_stories) == (2, 0)
        after = {s.id: s.article_count for s in store.list_stories()}
        assert set(after) == set(before)
        assert sorted(after.values()) == [2, 3]
        assert set(second.changed_stories) == set(after)
        fire_story = max(after, key=lambda s: after[s])
        reasons = [a.join_reason for a in store.story_articles(fire_story)]
        assert reasons[0] is not None and reasons[0]["new"] is True
        assert all(r is not None and "elsby" in r["terms"] for r in reasons[1:])
        assert store.cluster_state() is not None
