"""A slider setting's brief on the web: written on demand from the story's remembered sentence
vectors, and byte for byte the brief written from scratch (tests mirror src/evenhand/web/views.py)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from conftest import EXAMPLE
from evenhand.brief.render import brief_to_dict
from evenhand.config import load_config
from evenhand.embed import Matrix, load_embedder
from evenhand.errors import InputError
from evenhand.ingest.extract import read_path
from evenhand.outlets import Rating, Sliders
from evenhand.pipeline import slider_brief
from evenhand.store import Assignment, Store
from evenhand.web.views import Reader, RememberingEmbedder, StoryVectors
from web_fixture import build_store


class CountingEmbedder:
    """The real embedder, counting the sentences it is asked to embed."""

    def __init__(self) -> None:
        self.embedder = load_embedder()
        self.asked: list[str] = []

    def embed(self, texts: Sequence[str]) -> Matrix:
        self.asked += texts
        return self.embedder.embed(texts)


def _example_sentences() -> list[str]:
    from evenhand.brief.segment import segment_all

    articles = [a for path in sorted(EXAMPLE.iterdir()) if path.name != "README.md" for a in read_path(path)]
    return [s.text for group in segment_all(articles, max_chars=2000) for s in group]


def test_a_sentence_vector_depends_on_its_text_alone() -> None:
    """What RememberingEmbedder rests on: a sentence's vector is the same bytes whatever batch it is
    embedded in (alone, with longer or shorter sentences, first or last)."""
    texts = _example_sentences()
    assert len(texts) > 50 and len({len(t) for t in texts}) > 30
    embedder = load_embedder()
    together = embedder.embed(texts)
    alone = np.vstack([embedder.embed([t]) for t in texts])
    backwards = embedder.embed(texts[::-1])[::-1]
    every_third = embedder.embed(texts[::3])
    assert together.tobytes() == alone.tobytes() == backwards.tobytes()
    assert every_third.tobytes() == together[::3].tobytes()


def test_remembering_embedder_embeds_each_sentence_once() -> None:
    counting, known = CountingEmbedder(), {}
    texts = _example_sentences()[:40]
    first = RememberingEmbedder(counting, known).embed(texts[:30])
    again = RememberingEmbedder(counting, known).embed([*texts[20:], texts[0], texts[0]])
    assert counting.asked == [*dict.fromkeys(texts[:30]), *dict.fromkeys(t for t in texts[30:] if t not in texts[:30])]
    assert again[:10].tobytes() == first[20:30].tobytes() and again[-1].tobytes() == first[0].tobytes()
    assert again.dtype == first.dtype == np.float32
    assert RememberingEmbedder(counting, known).embed([]).shape[0] == 0


def test_a_storys_vectors_are_kept_until_it_changes_for_the_last_stories_asked() -> None:
    vectors = StoryVectors(size=2)
    first = vectors.of("s1", 1.0)
    first["a sentence"] = np.zeros(3, dtype=np.float32)
    assert vectors.of("s1", 1.0) is first
    assert vectors.of("s1", 2.0) == {}  # the story changed: its sentences may have too
    vectors.of("s1", 2.0)["another"] = np.ones(3, dtype=np.float32)
    vectors.of("s2", 1.0)
    assert "another" in vectors.of("s1", 2.0)  # its earlier version took no place of its own
    vectors.of("s3", 1.0)  # past the size, the story asked for longest ago is forgotten
    assert vectors.of("s2", 1.0) == {}


def _store_with_the_example(db: Path) -> dict[str, str]:
    """The web fixture's stories and the example's articles as a third, every outlet rated on both
    axes (fictional scores spread so that each named setting keeps some outlets of some story)."""
    stories = build_store(db)
    with Store.open(db) as store:
        ids = [store.add_article(a).article_id for path in sorted(EXAMPLE.iterdir()) if path.name != "README.md"
               for a in read_path(path)]
        story = "s" + ids[0][1:]
        store.apply_assignments([Assignment(a, story, 1.0, new=i == 0) for i, a in enumerate(ids)])
        points = [(-0.8, -0.6), (0.8, 0.4), (0.0, -0.9), (-0.4, 0.7), (0.6, 0.0), (0.1, 0.9)]
        names = sorted(name for name, _ in store.outlets())
        store.import_ratings([Rating(n, *points[i % len(points)]) for i, n in enumerate(names)])
    return stories | {"example": story}


SETTINGS = [
    Sliders.parse(lean, establishment, depth)
    for lean, establishment, depth in itertools.product(
        (None, "left", "center", "right"), (None, "critical", "neutral", "pro"), (None, "1", "2", "3", "4", "5")
    )
]


def test_every_slider_settings_brief_on_the_web_is_the_brief_written_from_scratch(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    stories = _store_with_the_example(db)
    config = load_config()
    compared = refused = 0
    with Store.open(db) as store:
        reader, table = Reader(store), store.rating_table()
        for story_id in stories.values():
            members = [a.to_article() for a in store.story_articles(story_id)]
            for sliders in SETTINGS:
                if sliders.is_default:
                    continue
                try:  # from scratch: a new process's embedder, nothing remembered
                    fresh = brief_to_dict(slider_brief(
                        members, config, table, sliders, brief_id=story_id, embedder=load_embedder(),
                    ))
                except InputError:
                    with pytest.raises(InputError):
                        reader.story(story_id, sliders=sliders)
                    refused += 1
                    continue
                view = reader.story(story_id, sliders=sliders)
                assert view is not None and view.brief is not None
                got, want = json.dumps(view.brief, sort_keys=True), json.dumps(fresh, sort_keys=True)
                assert got == want, (story_id, sliders)
                compared += 1
    assert compared >= 100 and refused > 0
