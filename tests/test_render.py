"""Briefs as JSON (schema evenhand.brief/1) and as Markdown (evenhand.brief.render)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import EXAMPLE, ROOT
from evenhand.brief.compose import make_brief
from evenhand.brief.render import ALL_OPINION, NO_FACTS, NO_SHARED_FACTS, brief_to_dict, render_markdown
from evenhand.cli import main
from evenhand.ingest.extract import read_path
from evenhand.model import Article, Brief

TOP = {
    "schema": str, "id": str, "headline": str, "headline_source": (int, type(None)), "lede": str,
    "lede_sources": list, "lede_independent": int, "lede_support": list, "facts": list, "sources": list,
    "narratives": list, "contested": list, "reported": (dict, type(None)),
}
FACT = {
    "text": str, "sources": list, "independent": int, "single_source": bool, "score": float, "support": list,
}
SUPPORT = {"source": int, "start": int, "end": int, "text": str}
SOURCE = {
    "number": int, "outlet": str, "label": str, "title": str, "url": (str, type(None)), "article_id": str,
    "published": (str, type(None)),
}
NARRATIVE = {"label": str, "text": str, "sources": list, "support": list}
CONTESTED = {"about": str, "claims": list}
CLAIM = {"value": str, "text": str, "sources": list, "support": list}


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return read_path(EXAMPLE)


@pytest.fixture(scope="module")
def brief(articles: list[Article]) -> Brief:
    return make_brief(articles)


@pytest.fixture(scope="module")
def data(brief: Brief) -> dict[str, Any]:
    return json.loads(json.dumps(brief_to_dict(brief)))


def _check(obj: dict[str, Any], shape: dict[str, Any], where: str) -> None:
    missing = set(shape) - set(obj)
    assert not missing, f"{where}: missing {missing}"
    for key, kind in shape.items():
        assert isinstance(obj[key], kind), f"{where}.{key} is {type(obj[key]).__name__}"


def _supports(data: dict[str, Any]) -> list[dict[str, Any]]:
    spans = list(data["lede_support"])
    spans += [s for f in data["facts"] for s in f["support"]]
    spans += [s for n in data["narratives"] for s in n["support"]]
    spans += [s for c in data["contested"] for claim in c["claims"] for s in claim["support"]]
    return spans


def test_every_key_of_the_schema_with_its_type(data: dict[str, Any]) -> None:
    _check(data, TOP, "brief")
    assert data["schema"] == "evenhand.brief/1"
    for fact in data["facts"]:
        _check(fact, FACT, "fact")
        assert fact["single_source"] == (fact["independent"] == 1)
    for source in data["sources"]:
        _check(source, SOURCE, "source")
    for narrative in data["narratives"]:
        _check(narrative, NARRATIVE, "narrative")
    for item in data["contested"]:
        _check(item, CONTESTED, "contested")
        for claim in item["claims"]:
            _check(claim, CLAIM, "claim")
    for span in _supports(data):
        _check(span, SUPPORT, "support")


def test_every_key_is_documented_in_docs_schema(data: dict[str, Any]) -> None:
    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    keys = set(data) | {k for f in data["facts"] for k in f} | {k for s in data["sources"] for k in s}
    keys |= {k for n in data["narratives"] for k in n} | {k for c in data["contested"] for k in c}
    keys |= {k for c in data["contested"] for claim in c["claims"] for k in claim}
    keys |= {k for s in _supports(data) for k in s}
    undocumented = sorted(k for k in keys if f"`{k}`" not in doc)
    assert not undocumented, undocumented


def test_numbers_are_consistent(data: dict[str, Any]) -> None:
    numbers = [s["number"] for s in data["sources"]]
    assert numbers == list(range(1, len(numbers) + 1))
    for span in _supports(data):
        assert 1 <= span["source"] <= len(numbers)
        assert 0 <= span["start"] < span["end"]
    assert data["lede_sources"] == sorted({s["source"] for s in data["lede_support"]})
    for fact in data["facts"]:
        assert fact["sources"] == sorted({s["source"] for s in fact["support"]})
        assert 1 <= fact["independent"] <= len(fact["sources"])
    assert data["headline_source"] is None or 1 <= data["headline_source"] <= len(numbers)


@pytest.fixture(scope="module")
def cleaned_texts() -> dict[str, dict[str, Any]]:
    result = CliRunner().invoke(main, ["clean", "--json", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(records) == 6
    return {r["id"]: r for r in records}


def test_every_support_span_is_the_cleaned_text_at_its_offsets(
    data: dict[str, Any], cleaned_texts: dict[str, dict[str, Any]]
) -> None:
    spans = _supports(data)
    assert len(spans) > 20
    for span in spans:
        record = cleaned_texts[data["sources"][span["source"] - 1]["article_id"]]
        # (a column's title as its narrative points into the title `clean --json` gives beside the text)
        assert record[span.get("part", "text")][span["start"] : span["end"]] == span["text"]


def test_the_headline_is_a_source_title(data: dict[str, Any]) -> None:
    titles = {s["title"] for s in data["sources"]}
    assert data["headline"] in titles
    assert data["sources"][data["headline_source"] - 1]["title"] == data["headline"]


# Markdown

CITED = re.compile(r"[.!?\"”’)](\d+(?:,\d+)*)$")


def test_markdown_layout(brief: Brief) -> None:
    lines = render_markdown(brief).splitlines()
    assert lines[0] == f"# {brief.headline}"
    assert lines[2] == "_Reported 14–15 October 2025_"  # the example's articles' days
    assert brief.lede is not None
    assert lines[4] == brief.lede.text + ",".join(map(str, brief.lede.sources))
    start = lines.index("## Facts")
    fact_lines = [x for x in lines[start + 1 :] if x.startswith("- ")][: len(brief.facts)]
    assert len(fact_lines) == len(brief.facts)
    for line, fact in zip(fact_lines, brief.facts, strict=True):
        match = CITED.search(line)
        assert match, line
        assert match.group(1) == ",".join(map(str, fact.sources))
        assert line == f"- {fact.text}{match.group(1)}"


@pytest.mark.parametrize(("published", "line"), [
    (["2025-10-14T23:30:00-05:00", "2025-10-14T08:00:00+01:00"], "Reported 14 October 2025"),
    (["2025-10-15", "2025-10-14T19:45:00+01:00"], "Reported 14–15 October 2025"),
    (["2025-09-30", "2025-10-02"], "Reported 30 September – 2 October 2025"),
    (["2024-12-31", "Thu, 02 Jan 2025 10:00:00 +0000"], "Reported 31 December 2024 – 2 January 2025"),
    ([None, "not a date"], None),
])
def test_the_days_the_articles_came_out_date_the_brief(
    brief: Brief, published: list[str | None], line: str | None
) -> None:
    # A reader of "on Tuesday" in a brief needs the week: three readings found briefs with weekdays and no date.
    sources = [replace(s, published=published[i] if i < len(published) else None) for i, s in enumerate(brief.sources)]
    dated = replace(brief, sources=sources)
    markdown = render_markdown(dated).splitlines()
    assert (markdown[2] == f"_{line}_") if line else not markdown[2].startswith("_Reported")
    data = brief_to_dict(dated)
    assert [s["published"] for s in data["sources"]] == [s.published for s in sources]
    assert (data["reported"] is None) is (line is None)


def test_a_brief_is_not_dated_by_a_side_source_alone(brief: Brief) -> None:
    # The 151st reading (multinews-104): the one dated source, a 2015 video page cited for a side fact,
    # dated a 2016 story "Reported 8 May 2015". Where some sources give no date, the lede's date it.
    assert brief.lede is not None
    side = next(s for s in brief.sources if s.number not in brief.lede.sources)
    sources = [replace(s, published="2015-05-08" if s is side else None) for s in brief.sources]
    undated = replace(brief, sources=sources)
    assert "2015" not in render_markdown(undated).splitlines()[2]
    assert brief_to_dict(undated)["reported"] is None
    lede = next(s for s in brief.sources if s.number in brief.lede.sources)
    sources = [replace(s, published="2026-03-02" if s is lede else "2015-05-08" if s is side else None)
               for s in brief.sources]
    assert brief_to_dict(replace(brief, sources=sources))["reported"] == {"first": "2026-03-02", "last": "2026-03-02"}


def test_markdown_sources_line_with_a_and_b(brief: Brief) -> None:
    markdown = render_markdown(brief)
    line = next(x for x in markdown.splitlines() if x.startswith("Sources: "))
    assert line.endswith(".")
    items = [
        f"{s.number}{s.label}" + (" (opinion)" if s.opinion else "")
        + (" (headline)" if s.number == brief.headline_source else "")
        + (f" (the same report as {s.same_report_as})" if s.same_report_as else "")
        for s in brief.sources
    ]
    assert line == "Sources: " + ", ".join(items[:-1]) + " and " + items[-1] + "."
    assert re.search(r"\d+The Marrowick Ledger \(a\), \d+The Marrowick Ledger \(b\)", line), line
    # the example's Halden Daily Post reprints the Northgate wire's story; the Ledger's two are its own
    assert re.search(r"\d+Halden Daily Post \(the same report as \d+\)", line), line
    assert re.search(r"\d+The Coastline Courier \(opinion\)", line), line


_STRIKE = "About 300 ferry workers at the port of Kessel walked off the job on Friday after talks broke down."
_STRIKE_TOO = "About 300 ferry workers at the port of Kessel walked off the job on Friday, after talks broke down."


def _column(outlet: str, text: str) -> Article:
    return Article(text=text, outlet=outlet, title="The ferry strike", url=f"https://{outlet}.example/opinion/strike",
                   id=outlet)


def test_a_source_filed_as_opinion_is_marked_as_one() -> None:
    # reading 34n: briefs of columns read as news, their Sources line naming no column as one
    brief = make_brief([
        Article(text=_STRIKE, outlet="veld-wire", title="Ferry strike", url="https://veld-wire.example/strike",
                id="wire"),
        _column("quay-daily", _STRIKE_TOO),
    ])
    line = next(x for x in render_markdown(brief).splitlines() if x.startswith("Sources: "))
    assert "quay-daily (opinion)" in line and "veld-wire (opinion)" not in line, line
    assert [s.get("opinion", False) for s in brief_to_dict(brief)["sources"]] == [s.opinion for s in brief.sources]
    assert sorted(s.opinion for s in brief.sources) == [False, True]
    assert ALL_OPINION not in render_markdown(brief)
    # an outlet named for its section says so already: "(Editorial) (opinion)" says it twice
    named = replace(brief, sources=[replace(s, label=f"{s.label} (Editorial)") for s in brief.sources])
    line = next(x for x in render_markdown(named).splitlines() if x.startswith("Sources: "))
    assert "(opinion)" not in line and line.count("(Editorial)") == 2, line


def test_an_outlet_read_but_cited_for_nothing_is_named_as_read() -> None:
    # readings 36a and 36d: an outlet whose article nothing printed cites vanished from the brief
    # (reading 36e: worded "Also read, ...", the line read as a news site's pointer to other stories)
    # (neus-val-0275's Reuters and Washington Examiner), so that a reader counting the Sources line
    # took the story for one outlet's
    # (a page of photos: its captions are no facts, and its title too short to head the brief)
    captions = "Ferry crews stand on the quay in Kessel on Friday. (AP Photo/Jo Reyes)"
    brief = make_brief([
        Article(text=_STRIKE, outlet="veld-wire", title="Ferry strike", url="https://veld-wire.example/s", id="a"),
        Article(text=captions, outlet="quay-daily", title="Photos", url="https://quay-daily.example/m", id="b"),
    ])
    cited = {s.outlet for s in brief.sources}
    markdown = render_markdown(brief)
    assert cited == {"veld-wire"}, brief.sources
    assert [u.outlet for u in brief.unused] == ["quay-daily"]
    assert "Read for this brief, not cited: quay-daily." in markdown
    assert markdown.index("Sources: ") < markdown.index("Read for this brief")
    assert brief_to_dict(brief)["unused"] == [
        {"outlet": "quay-daily", "label": "quay-daily", "title": "Photos",
         "url": "https://quay-daily.example/m", "article_id": "b"},
    ]
    # every outlet cited: no such line, and no such key
    alone = make_brief([
        Article(text=_STRIKE, outlet="veld-wire", title="Ferry strike", url="https://veld-wire.example/s", id="a"),
    ])
    assert not alone.unused and "Read for this brief" not in render_markdown(alone)
    assert "unused" not in brief_to_dict(alone)


def test_a_brief_of_columns_alone_says_none_is_a_news_report() -> None:
    # reading 34a/34b/34n: allsides-5870, 5938 and 5845 were headed by a column's title and led by a
    # columnist's sentence, with nothing to say that no source reports the news
    brief = make_brief([_column("quay-daily", _STRIKE), _column("veld-post", _STRIKE_TOO)])
    markdown = render_markdown(brief)
    assert brief.sources and f"_{ALL_OPINION}_" in markdown, markdown
    assert markdown.index(ALL_OPINION) < markdown.index("Sources: ")


def test_markdown_sections(brief: Brief) -> None:
    markdown = render_markdown(brief)
    assert markdown.endswith("\n") and not markdown.endswith("\n\n")
    order = [markdown.index(h) for h in ("## Facts", "Sources: ", "## Narratives", "## Contested")]
    assert order == sorted(order)
    for narrative in brief.narratives:
        assert f"- {narrative.label}. {narrative.text}" in markdown
    for item in brief.contested:
        assert item.about in markdown
        for claim in item.claims:
            assert f"{claim.value} ({','.join(map(str, claim.sources))})" in markdown


def test_the_outlet_whose_title_is_the_headline_is_named_as_its_source(articles: list[Article]) -> None:
    # The fiftieth reading (allsides-5941): "3Axios" was listed with no printed sentence citing it;
    # its title was the headline, which the brief did not say.
    brief = make_brief(articles)
    assert brief.headline_source is not None
    titled = next(s for s in brief.sources if s.number == brief.headline_source)
    assert titled.title == brief.headline
    line = next(x for x in render_markdown(brief).splitlines() if x.startswith("Sources: "))
    assert f"{titled.number}{titled.label} (headline)" in line
    assert line.count("(headline)") == 1


def test_one_source_is_a_sentence_of_its_own(articles: list[Article]) -> None:
    markdown = render_markdown(make_brief(articles[:1]))
    line = next(x for x in markdown.splitlines() if x.startswith("Sources: "))
    # (the example's first article is the Coastline Courier's column)
    assert line == f"Sources: 1{articles[0].outlet} (opinion) (headline)."
    assert f"_{ALL_OPINION}_" in markdown


def test_an_empty_brief_renders(tmp_path: Path) -> None:
    brief = Brief(id="empty", headline="Nothing to report", lede=None)
    assert render_markdown(brief) == f"# Nothing to report\n\n_{NO_FACTS}_\n"
    # without a title or a lede there is no headline, and no lone "#" (a new user's tryout)
    assert render_markdown(Brief(id="empty", headline="", lede=None)) == f"_{NO_FACTS}_\n"
    data = brief_to_dict(brief)
    assert data["lede"] == "" and data["lede_support"] == [] and data["facts"] == []
    assert json.loads(json.dumps(data)) == data


_COLUMN = Article(
    text=("Mother's Day is a week away, and I think we should all slow down and call our mothers. Nothing "
          "matters more than family, and we ought to say so more often."),
    outlet="Veld Post (Opinion)", title="Call your mother", published=None, id="column",
)


def test_a_brief_of_articles_that_report_nothing_says_why_it_prints_no_fact() -> None:
    # allsides-6060: two opinion columns made a brief of a headline and a Sources line, nothing else.
    brief = make_brief([_COLUMN])
    assert brief.lede is None and not brief.facts
    # (its one source a column: what columns alone tell is printed only where two of them tell it)
    assert f"_{NO_SHARED_FACTS}_" in render_markdown(brief).splitlines()


def test_the_example_in_docs_schema_has_the_schema_shape() -> None:
    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", doc, re.S)
    assert block
    example = json.loads(block.group(1))
    _check(example, TOP, "docs example")
    assert example["schema"] == "evenhand.brief/1"
    for fact in example["facts"]:
        _check(fact, FACT, "docs fact")
    for span in _supports(example):
        _check(span, SUPPORT, "docs support")
        assert span["end"] - span["start"] == len(span["text"])


def test_markdown_keeps_a_sources_html_as_text() -> None:
    # The hundred-and-fourteenth helper's probe: an outlet named 'Evil "><svg onload=alert(3)> Post' went
    # into the Markdown as a live tag, which a renderer that allows inline HTML would run.
    from evenhand.brief.compose import make_brief
    from evenhand.model import Article

    text = ("The Elsby harbour board approved a new breakwater on Monday after two winters of storm damage. "
            "Work will start in March, when fewer than 5 < 6 boats are out, the board said.")
    brief = make_brief([Article(text=text, outlet='Evil "><svg onload=alert(3)> Post', title="Breakwater <b>now</b>",
                                id="a")])
    markdown = render_markdown(brief)
    assert not re.search(r"(?<!\\)<(?:svg|b>|/b>)", markdown) and "\\<svg" in markdown
    assert "5 < 6" in markdown
