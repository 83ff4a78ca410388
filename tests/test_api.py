"""The public API: every name in ``__all__`` resolves, and the documented use works end to end."""

from __future__ import annotations

import evenhand
from conftest import EXAMPLE


def test_every_public_name_resolves() -> None:
    for name in evenhand.__all__:
        assert getattr(evenhand, name) is not None, name


def test_unknown_names_raise_attribute_error() -> None:
    try:
        evenhand.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:
        raise AssertionError("evenhand.no_such_thing resolved")


def test_documented_use_writes_a_cited_brief() -> None:
    articles = evenhand.read_path(EXAMPLE)
    brief = evenhand.make_brief(articles, config=evenhand.load_config().with_max_words(120))
    data = evenhand.brief_to_dict(brief)
    assert data["schema"] == "evenhand.brief/1"
    assert brief.lede is not None and data["lede"] == brief.lede.text
    words = len(data["lede"].split()) + sum(len(f["text"].split()) for f in data["facts"])
    assert words <= 120
    markdown = evenhand.render_markdown(brief)
    assert markdown.startswith(f"# {brief.headline}\n") and "Sources: 1" in markdown
