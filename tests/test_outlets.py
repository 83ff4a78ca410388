"""Outlets: one identity per publication, ratings on two axes matched to articles, coverage by
side with blindspots, and narratives labelled by side (tests mirror src/evenhand/outlets/)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from evenhand.cli import main
from evenhand.config import load_config
from evenhand.model import Article, Brief, Narrative, Source
from evenhand.outlets import (
    Covering,
    Outlet,
    Ratings,
    Registry,
    coverage,
    label_narratives,
    lean_key,
    load_registry,
    outlet_key,
    read_ratings,
    side_of,
)
from web_fixture import build_blindspot_store

# Rows in the shape of AllSides' ratings file, written for these tests.
ALLSIDES_CSV = """news_source,news_link,bias_rating,community_feedback
CNN (Online News),http://www.cnn.com,Lean Left,10/10
CNN (Opinion),https://www.cnn.com/opinions,Left,10/10
CNN Business,https://www.cnn.com/business,Center,1/1
Jane Columnist,https://www.nationalreview.com/author/jane-columnist/,Left,1/1
National Review (News),nationalreview.com/news/,Lean Right,1/1
National Review (Opinion),http://www.nationalreview.com/,Right,1/1
The Guardian,https://www.theguardian.com,Lean Left,1/1
Fox News (Online News),http://www.foxnews.com/,Right,1/1
Reuters,http://www.reuters.com/,Center,1/1
AllSides,https://www.allsides.com,Mixed,1/1
Somebody,https://www.allsides.com,Right,1/1
"""


def _ratings(tmp_path: Path, text: str = ALLSIDES_CSV, name: str = "ratings.csv") -> Ratings:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    rows, problems = read_ratings(str(path))
    assert problems == []
    return Ratings(rows)


def test_one_outlet_whatever_its_articles_call_it() -> None:
    registry = load_registry()
    names = {
        registry.display_name(name, url)
        for name, url in [
            ("The Guardian", None), ("Guardian (UK)", None), ("guardian", None), ("theguardian.com", None),
            ("Opinion", "https://www.theguardian.com/commentisfree/2023/x"), ("TheGuardian.com", None),
        ]
    }
    assert names == {"The Guardian"}
    assert registry.display_name("CNN (Online News)") == "CNN"
    assert registry.display_name("x", "https://edition.cnn.com/a") == "CNN"
    assert registry.find("money", "https://money.yahoo.com/x") == registry.find("Yahoo News")
    assert registry.find("The Marrowick Ledger") is None
    assert registry.display_name(" The Marrowick Ledger ") == "The Marrowick Ledger"
    assert registry.identity("NPR (Online News)") == registry.identity("x", "https://www.npr.org/2021/a")


def test_user_entries_add_and_rename_outlets(tmp_path: Path) -> None:
    config_file = tmp_path / "config.toml"
    config_file.write_text(
        '[[outlets.outlet]]\nname = "The Marrowick Ledger"\ndomains = ["ledger.example"]\ncountry = "XX"\n'
        'aliases = ["Marrowick Ledger"]\n\n'
        '[[outlets.outlet]]\nname = "The Grauniad"\ndomains = ["theguardian.com"]\n',
        encoding="utf-8",
    )
    registry = load_registry(load_config(config_file))
    assert registry.display_name("Marrowick Ledger") == "The Marrowick Ledger"
    assert registry.display_name("x", "https://ledger.example/a") == "The Marrowick Ledger"
    # A user entry sharing a domain with a bundled one replaces it: a rename.
    assert registry.display_name("The Guardian") == "The Guardian"  # no longer known by that name
    assert registry.display_name("Opinion", "https://www.theguardian.com/x") == "The Grauniad"
    assert all(o.name != "The Guardian" for o in registry.outlets)


def test_a_bad_outlet_entry_is_one_clear_error(tmp_path: Path) -> None:
    from evenhand.errors import InputError

    config_file = tmp_path / "config.toml"
    config_file.write_text('[[outlets.outlet]]\ndomains = ["a.example"]\n', encoding="utf-8")
    with pytest.raises(InputError, match="needs a name"):
        load_registry(load_config(config_file))


def test_a_publication_of_argument_argues_but_where_it_files_its_reporting(tmp_path: Path) -> None:
    # reading 36 (allsides-6083, 6046, 5840): National Review's columns ("Biden's Con against America",
    # nationalreview.com/2021/04/...) printed as its news, the lede a columnist's verdict ("... makes
    # clear that his campaign was, in fact, a fraud"), beside its reporting at nationalreview.com/news/
    from evenhand.brief.sections import opinion_section

    config_file = tmp_path / "config.toml"
    config_file.write_text(
        '[[outlets.outlet]]\nname = "Quay Review"\ndomains = ["quayreview.example"]\nargument = true\n'
        'news_paths = ["news", "/wire/"]\n\n'
        '[[outlets.outlet]]\nname = "Veld Essays"\ndomains = ["veldessays.example"]\nargument = true\n',
        encoding="utf-8",
    )
    registry = load_registry(load_config(config_file))
    review, essays = registry.by_name("Quay Review"), registry.by_name("Veld Essays")
    assert review is not None and essays is not None and review.news_paths == ("news", "wire")
    assert review.argues_in("https://quayreview.example/2021/04/the-ferry-cons-us/")
    assert not review.argues_in("https://quayreview.example/news/ferry-strike-ends")
    assert not review.argues_in("https://quayreview.example/wire/ferry-strike-ends")
    assert not review.argues_in(None)  # reporting or argument: with no address, not taken for argument
    assert essays.argues_in(None) and essays.argues_in("https://veldessays.example/ferry")
    reuters = registry.by_name("Reuters")
    assert reuters is not None and not reuters.argues_in("https://www.reuters.com/world/ferry")
    # the bundled registry says so of National Review, which files its reporting under /news/
    column = Article(text="x", outlet="National Review", title="The Ferry Con",
                     url="https://www.nationalreview.com/2021/04/the-ferry-con/")
    assert opinion_section(column)
    assert not opinion_section(replace(column, url="https://www.nationalreview.com/news/ferry-strike-ends/"))
    # a news path is where a path starts, not a word anywhere in it (review of session 36)
    assert review.argues_in("https://quayreview.example/corner/news/the-ferry-con/")
    # the user's entries make briefs: the review's column is marked as one in the Sources line
    from evenhand.brief.compose import make_brief

    strike = "About 300 ferry workers at the port of Kessel walked off the job on Friday after talks broke down."
    brief = make_brief([
        Article(text=strike, outlet="Veld Wire", title="Ferry strike", url="https://veldwire.example/strike"),
        Article(text=strike.replace("About 300", "Some 300"), outlet="Quay Review", title="The ferry strike",
                url="https://quayreview.example/2021/04/the-ferry-strike/"),
    ], config=load_config(config_file))
    assert {s.outlet: s.opinion for s in brief.sources} == {"Veld Wire": False, "Quay Review": True}, brief.sources


@pytest.mark.parametrize(("entry", "error"), [
    ('argument = "yes"', "'argument' is true or false"),
    ('argument = true\nnews_paths = "news"', "'news_paths' is a list"),
    ('argument = true\nnews_paths = ["/"]', "'news_paths' is a list"),
])
def test_a_publication_of_argument_badly_given_is_one_clear_error(tmp_path: Path, entry: str, error: str) -> None:
    from evenhand.errors import InputError

    config_file = tmp_path / "config.toml"
    config_file.write_text(f'[[outlets.outlet]]\nname = "Quay Review"\n{entry}\n', encoding="utf-8")
    with pytest.raises(InputError, match=error):
        load_registry(load_config(config_file))


def test_bundled_registry_holds_facts_only() -> None:
    import tomllib
    from importlib import resources

    entries = tomllib.loads(resources.files("evenhand").joinpath("data/outlets.toml").read_text("utf-8"))["outlet"]
    registry = load_registry()
    assert len(registry.outlets) == len(entries) >= 100  # no bundled entry shares a name or domain with another
    assert registry.display_name("ABC News") == "ABC News"
    assert registry.display_name("ABC Australia") == "ABC (Australia)"
    for outlet in registry.outlets:
        assert outlet.name and outlet.domains and outlet.country and len(outlet.country) == 2
    assert outlet_key("Fox News (Online News)") == "fox news"
    assert lean_key("Lean Right") == "lean-right"


def test_allsides_rows_meet_by_name_section_registry_and_domain(tmp_path: Path) -> None:
    ratings = _ratings(tmp_path)
    found = {
        (name, url): r.name if (r := ratings.find(name, url)) else None
        for name, url in [
            ("CNN (Online News)", None), ("CNN", None), ("cnn.com", None), ("Someone", "https://www.cnn.com/2021/a"),
            ("CNN", "https://www.cnn.com/business/2021/tech"), ("CNN (Opinion)", "https://www.cnn.com/x"),
            ("National Review", "https://www.nationalreview.com/news/a-story/"),
            ("National Review", "https://www.nationalreview.com/2021/04/a-column/"),
            ("Jane Columnist", "https://www.nationalreview.com/2021/04/x/"), ("National Review", None),
            ("Guardian (UK)", None), ("The Marrowick Ledger", "https://ledger.example/a"),
        ]
    }
    assert list(found.values()) == [
        "CNN (Online News)", "CNN (Online News)", "CNN (Online News)", "CNN (Online News)",
        "CNN Business", "CNN (Opinion)",
        "National Review (News)",
        # A writer's row (a link below the site's root) never stands in for the outlet; the file rates
        # the news at nationalreview.com/news/ and the root as Opinion, so a column outside /news/ is
        # the Opinion row's (in the AllSides stream, 9 such National Review columns, all stance Right).
        "National Review (Opinion)",
        "Jane Columnist",
        "National Review (News)",  # without a URL, the outlet's news row
        "The Guardian", None,
    ]
    # "Mixed" places an outlet on no side, and a writer's row never stands in for it.
    mixed = ratings.find("AllSides Staff", "https://www.allsides.com/blog/x")
    assert mixed is not None and mixed.name == "AllSides" and mixed.lean is None
    fox = ratings.find("Fox News")
    assert fox is not None and side_of(fox.lean, "lean") == "right"


def test_plain_csv_scores_two_axes_and_reports_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text(
        "domain,lean,establishment\n"
        "ledger.example,-0.2,-0.8\n"
        "courier.example,0.4,0.7\n"
        "bad.example,left,0.1\n"
        "far.example,3,\n"
        ",0.1,0.1\n",
        encoding="utf-8",
    )
    rows, problems = read_ratings(str(path))
    assert [(r.name, r.lean, r.establishment) for r in rows] == [
        ("ledger.example", -0.2, -0.8), ("courier.example", 0.4, 0.7), ("bad.example", None, 0.1),
    ]
    assert [p.split(": ", 1)[1] for p in problems] == [
        "'left' is not a number", "3.0 is outside -1 .. 1", "far.example: no rating on either axis", "no outlet name",
    ]
    assert all(p.startswith(f"{path} line ") for p in problems)
    ratings = Ratings(rows, Registry([Outlet("The Marrowick Ledger", ("ledger.example",))]))
    ledger = ratings.find("The Marrowick Ledger")
    assert ledger is not None and side_of(ledger.establishment, "establishment") == "critical"
    assert side_of(ledger.lean, "lean") == "center"


def test_a_problem_row_of_a_huge_cell_is_one_short_line(tmp_path: Path) -> None:
    # the hardening probe of session 18: a 100,000-character outlet name was printed whole
    path = tmp_path / "ratings.csv"
    path.write_text(f"outlet,lean,establishment\n{'x' * 100_000},,\nledger.example,{'left' * 25_000},\n",
                    encoding="utf-8")
    rows, problems = read_ratings(str(path))
    assert rows == [] and len(problems) == 3
    assert all(len(p) < len(str(path)) + 120 for p in problems)
    assert problems[0].endswith("x…: no rating on either axis") and problems[1].endswith("lef…' is not a number")


def test_a_csv_without_rating_columns_is_one_clear_error(tmp_path: Path) -> None:
    from evenhand.errors import InputError

    path = tmp_path / "x.csv"
    path.write_text("outlet,colour\nA,blue\n", encoding="utf-8")
    with pytest.raises(InputError, match="needs an outlet column"):
        read_ratings(str(path))


def test_coverage_by_side_counts_outlets_once_and_syndicated_copies_as_their_original(tmp_path: Path) -> None:
    ratings, registry = _ratings(tmp_path), load_registry()
    members = [
        Covering("Fox News (Online News)", "https://www.foxnews.com/a"),
        Covering("Fox News", "https://www.foxnews.com/b"),
        Covering("National Review", "https://www.nationalreview.com/2021/x"),
        Covering("The Marrowick Ledger", "https://ledger.example/a"),
        # Reuters copy run by the Guardian: one more outlet on the left, but its source is Reuters.
        Covering("The Guardian", "https://www.theguardian.com/w", "Reuters", "https://www.reuters.com/w"),
        Covering("Reuters", "https://www.reuters.com/w"),
    ]
    result = coverage(members, registry, ratings)
    lean = result.sides["lean"]
    assert lean["right"].outlets == ("Fox News", "National Review")
    assert lean["right"].independent == 2
    assert lean["left"].outlets == ("The Guardian",) and lean["left"].independent == 0
    assert lean["center"].outlets == ("Reuters",) and lean["center"].independent == 1
    assert result.independent == 4 and len(result.outlets) == 5
    assert result.unrated == ("The Marrowick Ledger",)
    assert "establishment" not in result.sides
    assert result.blindspots == ()
    members.append(Covering("Breitbart News", "https://www.breitbart.com/x"))
    more = _ratings(tmp_path, ALLSIDES_CSV + "Breitbart News,http://www.breitbart.com/,Right,1/1\n", "more.csv")
    flagged = coverage(members, registry, more)
    assert flagged.blindspots == (("lean", "left"),)
    assert flagged.to_dict()["blindspots"][0]["label"] == "Blindspot: little left-leaning coverage"


def test_without_ratings_no_side_is_ever_given() -> None:
    result = coverage([Covering("Fox News"), Covering("CNN")], load_registry(), None)
    assert result.sides == {} and result.blindspots == () and result.unrated == ("CNN", "Fox News")
    assert result.to_dict()["axes"] == {}


def _brief(*narratives: Narrative) -> Brief:
    sources = [
        Source(1, "Fox News", "Fox News", "t", "https://www.foxnews.com/a", 0),
        Source(2, "CNN (Online News)", "CNN (Online News)", "t", "https://www.cnn.com/a", 1),
        Source(3, "Reuters", "Reuters", "t", "https://www.reuters.com/a", 2),
        Source(4, "National Review", "National Review", "t", "https://www.nationalreview.com/news/a", 3),
    ]
    return Brief("b", "h", None, sources=sources, narratives=list(narratives))


def test_narratives_whose_outlets_stand_apart_are_labelled_by_side(tmp_path: Path) -> None:
    brief = _brief(
        Narrative("Security-threat narrative, as provided by Fox News and National Review", "A.", (1, 4), ()),
        Narrative("Skeptical narrative, as provided by CNN (Online News)", "B.", (2,), ()),
        Narrative("Accountability narrative, as provided by Reuters", "C.", (3,), ()),
    )
    labelled = label_narratives(brief, _ratings(tmp_path))
    first, second, third = labelled.narratives
    assert first.label == "Right narrative, as provided by Fox News and National Review"
    assert (first.axis, first.side, first.scores) == ("lean", "right", ((1, 1.0), (4, 0.5)))
    assert second.label == "Left narrative, as provided by CNN (Online News)"
    assert (second.side, second.scores) == ("left", ((2, -0.5),))
    assert third == brief.narratives[2]  # the centre's keeps the label of what it argues
    assert labelled.unargued == []
    from evenhand.brief.render import brief_to_dict

    data = brief_to_dict(labelled)
    assert data["narratives"][0]["scores"] == [{"source": 1, "score": 1.0}, {"source": 4, "score": 0.5}]
    assert "axis" not in data["narratives"][2] and "unargued" not in data


def test_a_columns_writer_stays_named_in_its_sides_label(tmp_path: Path) -> None:
    brief = _brief(
        Narrative(
            "Critical narrative, argued by Olav Tal, as provided by Fox News", "A.", (1,), (), speaker="Olav Tal"
        ),
        Narrative("Commentary narrative, as provided by CNN (Online News)", "B.", (2,), ()),
    )
    first, second = label_narratives(brief, _ratings(tmp_path)).narratives
    assert first.label == "Right narrative, argued by Olav Tal, as provided by Fox News"
    assert second.label == "Left narrative, as provided by CNN (Online News)"


def test_a_columns_commentary_is_labelled_by_where_its_outlet_stands(tmp_path: Path) -> None:
    # Reading 51b: "Commentary narrative, as provided by National Review" says nothing of what it argues
    # (39 of the AllSides stream's 44 narratives); where its outlet stands says more. A framing or a
    # verdict says what a line argues and stays; the centre's commentary, and a speaker's argument an
    # outlet reports, stand on no side.
    brief = _brief(
        Narrative("Commentary narrative, argued by Olav Tal, as provided by National Review", "A.", (4,), (),
                  speaker="Olav Tal"),
        Narrative("Security-threat narrative, as provided by Fox News", "B.", (1,), ()),
        Narrative("Commentary narrative, as provided by Reuters", "C.", (3,), ()),
        Narrative("Commentary narrative, as provided by CNN (Online News)", "D.", (2,), (), reported=True),
    )
    labelled = label_narratives(brief, _ratings(tmp_path)).narratives
    assert labelled[0].label == "Right narrative, argued by Olav Tal, as provided by National Review"
    assert (labelled[0].axis, labelled[0].side) == ("lean", "right")
    assert labelled[1:] == brief.narratives[1:]


def test_a_columns_commentary_is_labelled_on_the_briefs_one_axis(tmp_path: Path) -> None:
    # Review 51c: a centre outlet on the left-right axis was labelled by its establishment score, beside
    # another narrative labelled Left: one axis for the brief, the first its narratives' outlets are rated on.
    scores = "outlet,lean,establishment\nFox News,0,0.8\nCNN (Online News),-0.8,0.6\n"
    brief = _brief(
        Narrative("Commentary narrative, as provided by Fox News", "A.", (1,), ()),
        Narrative("Commentary narrative, as provided by CNN (Online News)", "B.", (2,), ()),
    )
    first, second = label_narratives(brief, _ratings(tmp_path, scores, "scores.csv")).narratives
    assert first == brief.narratives[0]  # centre on lean: no side, whatever its establishment score
    assert (second.label, second.axis) == ("Left narrative, as provided by CNN (Online News)", "lean")
    # ... and on establishment only where no narrative's outlet is rated left to right
    only = "outlet,establishment\nFox News,0.8\nCNN (Online News),0.6\n"
    labelled = label_narratives(brief, _ratings(tmp_path, only, "only.csv")).narratives
    assert [n.label.split(",")[0] for n in labelled] == ["Pro-establishment narrative", "Pro-establishment narrative"]


def test_a_speakers_argument_that_an_outlet_reports_is_not_its_sides(tmp_path: Path) -> None:
    # CNN's own column argues one line; Fox News quotes a named expert arguing the other. The
    # expert's argument is not the right's: neither narrative is labelled by side, and the right is
    # named as arguing none.
    from evenhand.brief.render import brief_to_dict

    brief = _brief(
        Narrative("Skeptical narrative, as provided by Fox News", "A.", (1,), (), reported=True),
        Narrative("Accountability narrative, as provided by CNN (Online News)", "B.", (2,), ()),
    )
    labelled = label_narratives(brief, _ratings(tmp_path))
    assert labelled.narratives == brief.narratives
    assert [(u.axis, u.side, u.sources) for u in labelled.unargued] == [("lean", "right", (1, 4))]
    assert brief_to_dict(labelled)["narratives"][0]["reported"] is True
    assert "reported" not in brief_to_dict(labelled)["narratives"][1]


def test_narratives_are_labelled_by_the_ratings_their_articles_record(tmp_path: Path) -> None:
    brief = _brief(
        Narrative("Security-threat narrative, as provided by Fox News", "A.", (1,), ()),
        Narrative("Accountability narrative, as provided by Reuters", "C.", (3,), ()),
    )
    brief.sources[:] = [replace(s, article_id=f"a{s.number}") for s in brief.sources]
    ratings = _ratings(tmp_path)

    def labels(ratings: Ratings | None, **records: str) -> list[tuple[str, str | None, tuple[tuple[int, float], ...]]]:
        articles = [Article("x", "o", id=k, rating=v) for k, v in records.items()]
        labelled = label_narratives(brief, ratings, articles=articles)
        return [(n.label.split(",")[0], n.side, n.scores) for n in labelled.narratives]

    unlabelled = [("Security-threat narrative", None, ()), ("Accountability narrative", None, ())]
    assert labels(ratings) == unlabelled  # by the file: Fox News right, Reuters centre
    # Reuters' article records Left: it stands apart from Fox News' Right.
    assert labels(ratings, a3="Left") == [
        ("Right narrative", "right", ((1, 1.0),)), ("Left narrative", "left", ((3, -1.0),)),
    ]
    assert labels(ratings, a1="Mixed", a3="Left") == unlabelled  # Mixed places Fox News' article nowhere
    assert labels(None, a3="Left") == unlabelled  # Fox News has no rating, and none is guessed
    assert labels(None, a1="Right", a3="Left")[1] == ("Left narrative", "left", ((3, -1.0),))
    assert label_narratives(brief, None, articles=[Article("x", "Fox News", id="a1")]) is brief


def test_narratives_on_one_side_keep_their_labels_and_the_silent_side_is_named(tmp_path: Path) -> None:
    from evenhand.brief.render import brief_to_dict, render_markdown

    brief = _brief(
        Narrative("Security-threat narrative, as provided by Fox News", "A.", (1,), ()),
        Narrative("Skeptical narrative, as provided by National Review", "B.", (4,), ()),
    )
    labelled = label_narratives(brief, _ratings(tmp_path))
    assert labelled.narratives == brief.narratives
    assert [(u.axis, u.side, u.sources) for u in labelled.unargued] == [("lean", "left", (2,))]
    assert ("- No left-leaning narrative: none was found in the news reports of the left-leaning outlets here "
            "(CNN (Online News)).") in (
        render_markdown(labelled)
    )
    assert brief_to_dict(labelled)["unargued"] == [{"axis": "lean", "side": "left", "sources": [2]}]


def test_a_sides_column_is_never_said_to_argue_none(tmp_path: Path) -> None:
    # Reading 44b (allsides-5826): a left-leaning column whose argument gave no narrative (its title
    # no thesis, its lines none) was named as arguing none; a piece filed as argument argues.
    brief = _brief(Narrative("Security-threat narrative, as provided by Fox News", "A.", (1,), ()))
    brief.sources[1] = replace(brief.sources[1], opinion=True)
    assert label_narratives(brief, _ratings(tmp_path)).unargued == []
    # ... while a side's news report still is
    brief.sources[1] = replace(brief.sources[1], opinion=False)
    assert [(u.side, u.sources) for u in label_narratives(brief, _ratings(tmp_path)).unargued] == [("left", (2,))]


def test_without_ratings_the_brief_is_unchanged(tmp_path: Path) -> None:
    brief = _brief(
        Narrative("Security-threat narrative, as provided by Fox News", "A.", (1,), ()),
        Narrative("Skeptical narrative, as provided by CNN (Online News)", "B.", (2,), ()),
    )
    assert label_narratives(brief, None) is brief
    assert label_narratives(brief, Ratings([])) is brief
    unrelated = _ratings(tmp_path, "news_source,news_link,bias_rating\nElsewhere,http://x.example,Left\n", "x.csv")
    assert label_narratives(brief, unrelated) == brief


def test_brief_ratings_option_names_the_side_that_argues_nothing(tmp_path: Path) -> None:
    path = tmp_path / "scores.csv"
    path.write_text(
        "outlet,lean,establishment\nThe Marrowick Ledger,0,-0.8\nThe Coastline Courier,0.1,0.7\n", encoding="utf-8"
    )
    plain = CliRunner().invoke(main, ["brief", "--example", "--json"])
    result = CliRunner().invoke(main, ["brief", "--example", "--ratings", str(path), "--json"])
    assert result.exit_code == 0, result.output
    before, after = json.loads(plain.output), json.loads(result.output)
    # The example's one narrative is the Courier's: nothing to stand apart from, so it keeps its
    # framing; the Ledger, rated establishment-critical, covers the story and argues none of it.
    assert after["narratives"] == before["narratives"] and "axis" not in after["narratives"][0]
    ledger = [s["number"] for s in after["sources"] if s["outlet"] == "The Marrowick Ledger"]
    assert after.pop("unargued") == [{"axis": "establishment", "side": "critical", "sources": ledger}]
    assert after == before
    markdown = CliRunner().invoke(main, ["brief", "--example", "--ratings", str(path)]).output
    assert "- No establishment-critical narrative: none was found in the news reports of the establishment-critical" \
        " outlets here (The Marrowick Ledger (a), The Marrowick Ledger (b))." in markdown
    unrelated = tmp_path / "unrelated.csv"
    unrelated.write_text("outlet,lean\nElsewhere Gazette,-1\n", encoding="utf-8")
    unchanged = CliRunner().invoke(main, ["brief", "--example", "--ratings", str(unrelated), "--json"])
    assert unchanged.output == plain.output


def test_allsides_stream_outlets_meet_their_ratings_and_coverage_follows_the_stance_fields(tmp_path: Path) -> None:
    from outlets_eval import RATINGS, STREAM, allsides_ratings, evaluate, load_stream, stance_ratings

    if not (STREAM.is_file() and RATINGS.is_file()):
        pytest.skip(f"{STREAM} or {RATINGS} is absent: this test reads the shared AllSides data")
    stream = load_stream()
    report = evaluate(stream, allsides_ratings())
    assert report.share >= 0.98, report.unmatched
    # Stories disagree with the 2021 stance fields only through outlets whose 2023 rating moved to
    # another side (or that the file does not rate); with ratings written from the stance fields
    # themselves, every story's coverage by side is the one its articles' stances give.
    assert report.unexplained == []
    assert set(report.drifted) >= {"Associated Press", "NPR", "Axios"}
    own = evaluate(stream, stance_ratings(stream, tmp_path / "stance.csv"))
    assert own.agreement == 1.0, list(own.disagreeing.items())[:3]
    assert own.drifted == {}
    # Read as ingest reads it, each article records its stance, which counts over the 2023 rating.
    recorded = evaluate(stream, allsides_ratings(), recorded=True)
    assert recorded.agreement == 1.0, list(recorded.disagreeing.items())[:3]
    assert recorded.drifted == {}


# -- the store, the command line and the web reader ---------------------------------------------

def test_outlets_commands_list_show_and_import(tmp_path: Path) -> None:
    db = str(tmp_path / "o.db")
    stories = build_blindspot_store(tmp_path / "o.db")
    listed = json.loads(CliRunner().invoke(main, ["outlets", "--db", db, "--json"]).output)
    assert listed["schema"] == "evenhand.outlets/1"
    by_name = {o["name"]: o for o in listed["outlets"]}
    assert by_name["Talmoor Tribune (Online)"]["rating"] == "Left" and by_name["Daily Orbit"]["lean"] == 1.0
    text = CliRunner().invoke(main, ["outlets", "--db", db]).output
    assert "Northfield Herald  [Right: lean +1.00 (as Northfield Herald)]" in text
    shown = CliRunner().invoke(main, ["outlets", "show", "northfield-herald.example", "--db", db])
    assert shown.exit_code == 0 and "rating: Right" in shown.output, shown.output
    missing = CliRunner().invoke(main, ["outlets", "show", "Nowhere Weekly", "--db", db])
    assert missing.exit_code == 1 and "Nowhere Weekly: no stored article is from this outlet" in missing.output
    # The README's `evenhand outlets show "Guardian (UK)"` failed on a store with no Guardian
    # article: an outlet the registry knows is shown, with no article yet.
    for name in ("Guardian (UK)", "theguardian.com"):
        registered = CliRunner().invoke(main, ["outlets", "show", name, "--db", db, "--json"])
        assert registered.exit_code == 0, registered.output
        info = json.loads(registered.output)
        assert info["name"] == "The Guardian" and info["n_articles"] == 0 and info["articles"] == []
        assert "theguardian.com" in info["domains"] and info["country"] == "GB"

    scores = tmp_path / "scores.csv"
    scores.write_text("outlet,lean,establishment\nDaily Orbit,0.5,0.8\nNorthfield Herald,x,\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["outlets", "import", str(scores), "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output[result.output.index("{"):])
    # no brief here has a narrative or a side a rating could change: none is rewritten
    assert report["stored"] == 1 and len(report["problems"]) == 2 and report["briefs_relabelled"] == 0
    assert sorted(report["unmatched_outlets"]) == [
        "Northfield Herald", "Ridge Radio Network", "Talmoor Tribune (Online)",
    ]
    assert "line 3: 'x' is not a number" in result.output  # each bad row on its own line, and the rest imported

    story = json.loads(CliRunner().invoke(main, ["stories", stories["ferry"], "--db", db, "--json"]).output)
    assert story["coverage"]["axes"]["establishment"]["pro"]["outlets"] == ["Daily Orbit"]
    assert story["coverage"]["blindspots"] == []  # one rated outlet is not enough for a blindspot


def test_stories_show_coverage_by_side_and_blindspots(tmp_path: Path) -> None:
    db = str(tmp_path / "b.db")
    stories = build_blindspot_store(tmp_path / "b.db")
    data = json.loads(CliRunner().invoke(main, ["stories", "--db", db, "--json"]).output)
    ferry = next(s for s in data["stories"] if s["id"] == stories["ferry"])
    lean = ferry["coverage"]["axes"]["lean"]
    assert (lean["left"]["n_outlets"], lean["center"]["n_outlets"], lean["right"]["n_outlets"]) == (0, 0, 3)
    assert ferry["coverage"]["blindspots"] == [
        {"axis": "lean", "side": "left", "label": "Blindspot: little left-leaning coverage"}
    ]
    text = CliRunner().invoke(main, ["stories", "--db", db]).output
    assert "left 0, center 0, right 3; BLINDSPOT: little left-leaning coverage]" in text


def test_web_front_page_filters_blindspots_and_story_pages_show_sides(tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    from evenhand.web import create_app

    stories = build_blindspot_store(tmp_path / "w.db")
    with TestClient(create_app(tmp_path / "w.db")) as client:
        front = client.get("/").text
        assert '<nav class="filters" aria-label="Blindspots">' in front
        assert 'href="/blindspots/left"' in front and 'href="/blindspots/right"' in front
        assert "/blindspots/pro" not in front  # no establishment scores imported
        left = client.get("/blindspots/left").text
        assert f'href="/stories/{stories["ferry"]}"' in left and stories["fair"] not in left
        assert 'aria-current="page">little left-leaning coverage' in left
        right = client.get("/blindspots/right").text
        assert "No story is a blindspot of right-leaning outlets." in right
        assert client.get("/blindspots/pro").status_code == 404
        as_json = client.get("/blindspots/left.json").json()
        assert as_json["blindspot"]["side"] == "left" and [s["id"] for s in as_json["stories"]] == [stories["ferry"]]
        story = client.get(f"/stories/{stories['ferry']}").text
        assert "Blindspot: little left-leaning coverage" in story and "Right 3" in story
        sides = client.get(f"/stories/{stories['ferry']}.json").json()["story"]["sides"]
        assert sides["blindspots"][0]["side"] == "left"
        feed = client.get("/feed.atom").text
        assert "Blindspot: little left-leaning coverage" in feed and "Right 3" in feed


def test_export_writes_the_blindspot_pages(tmp_path: Path) -> None:
    from evenhand.web.export import export_site

    stories = build_blindspot_store(tmp_path / "e.db")
    export_site(tmp_path / "e.db", tmp_path / "site")
    left = (tmp_path / "site" / "blindspots" / "left.html").read_text(encoding="utf-8")
    assert f'href="../stories/{stories["ferry"]}.html"' in left
    exported = json.loads((tmp_path / "site" / "blindspots" / "left.json").read_text(encoding="utf-8"))
    assert [s["id"] for s in exported["stories"]] == [stories["ferry"]]
    assert 'href="blindspots/left.html"' in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


# -- sliders ------------------------------------------------------------------------------------


def test_sliders_parse_words_and_numbers_and_refuse_the_rest() -> None:
    from evenhand.errors import InputError
    from evenhand.outlets import Sliders

    assert Sliders.parse(" Right ", None, "2") == Sliders("right", None, 2)
    assert Sliders.parse("-0.5", "pro").params() == {"lean": "-0.5", "establishment": "pro"}
    assert Sliders.parse().is_default and not Sliders.parse(depth=4).filters
    for bad in ({"lean": "sideways"}, {"lean": "1.5"}, {"establishment": "left"}, {"depth": "6"}, {"depth": "x"}):
        with pytest.raises(InputError):
            Sliders.parse(**bad)


def test_an_articles_record_of_its_rating_is_read_at_ingest_and_never_guessed() -> None:
    from evenhand.outlets import Rating, rating_of, recorded_rating

    assert [recorded_rating(v) for v in ("lean left", "Lean-Left", "LEAN_RIGHT", " center ", "Centre", "mixed")] == [
        "Lean Left", "Lean Left", "Lean Right", "Center", "Center", "Mixed",
    ]
    # A stance on a claim, another scale, or a number where no score is expected is no leaning.
    assert [recorded_rating(v) for v in ("agree", "pro", "-0.5", 0.5, None, True, "far left")] == [None] * 7
    assert [recorded_rating(v, scores=True) for v in (-0.5, "0.25", " -0.75 ", 1, 1.5, "-2", True, "nan", "-inf")] == [
        "-0.5", "0.25", "-0.75", "1.0", None, None, None, None, None,
    ]
    assert recorded_rating("lean-left", scores=True) == "Lean Left"
    # An article built by hand with a value ingest would not keep counts as no record at all.
    for value in ("nan", "far left", "agree"):
        assert rating_of(None, "Fox News", None, value) is None
    assert rating_of(None, "Fox News", None, "lean right") == Rating("Fox News", 0.5, None, "Lean Right")


def test_coverage_counts_an_articles_recorded_rating_over_its_outlets_imported_one(tmp_path: Path) -> None:
    from evenhand.store import Assignment, Store

    body = "The harbour board voted on Tuesday to close the north quay for repairs lasting three months."
    records = [
        {"source": "Fox News (Online News)", "url": "https://www.foxnews.com/a", "stance": "Center", "text": body},
        {"source": "The Guardian", "url": "https://www.theguardian.com/b", "bias": "agree",
         "text": body + " Fishermen said the closure came at the worst time of year."},
        {"source": "Reuters", "url": "https://www.reuters.com/c", "lean": -0.8,
         "text": body + " The board said the work could not wait for the winter."},
        {"source": "The Marrowick Ledger", "url": "https://ledger.example/d", "stance": "Lean Right",
         "text": body + " The quay was built in 1911 and last repaired in 1987."},
    ]
    jsonl = tmp_path / "stream.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "r.db"
    result = CliRunner().invoke(main, ["ingest", str(jsonl), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        rows = store.articles()
        assert {r.outlet: r.to_article().rating for r in rows} == {
            "Fox News (Online News)": "Center", "The Guardian": None, "Reuters": "-0.8",
            "The Marrowick Ledger": "Lean Right",
        }
        story = "s" + rows[0].id[1:]
        store.apply_assignments([
            Assignment(article_id=r.id, story_id=story, score=1.0, new=i == 0) for i, r in enumerate(rows)
        ])
        # Without imported ratings, only what the articles record places their outlets.
        found = store.story_coverage([story], None)[story]
        alone = coverage(found.members, load_registry(), None)
        assert {side: c.outlets for side, c in alone.sides["lean"].items()} == {
            "left": ("Reuters",), "center": ("Fox News",), "right": ("The Marrowick Ledger",),
        }
        assert alone.unrated == ("The Guardian",)
        store.import_ratings(_ratings(tmp_path).ratings)
        ratings = store.rating_table()
        found = store.story_coverage([story], ratings)[story]
        assert found.outlets["Fox News (Online News)"] == "Center" and found.outlets["The Guardian"] == "Lean Left"
        both = coverage(found.members, ratings.registry, ratings)
        # Fox News is rated Right in the file but recorded Center on its article; the Guardian records
        # nothing it can be read by, so its imported rating counts.
        assert {side: c.outlets for side, c in both.sides["lean"].items()} == {
            "left": ("Reuters", "The Guardian"), "center": ("Fox News",), "right": ("The Marrowick Ledger",),
        }
        assert both.unrated == ()


def test_slider_subset_keeps_outlets_rated_near_the_point_and_never_guesses(tmp_path: Path) -> None:
    from evenhand.outlets import Sliders, slider_subset

    ratings = _ratings(tmp_path)
    articles = [
        Article("a", "Fox News", url="https://www.foxnews.com/a"),
        Article("b", "National Review", url="https://www.nationalreview.com/news/b"),
        Article("c", "Reuters", url="https://www.reuters.com/c"),
        Article("d", "CNN (Online News)"),
        Article("e", "The Marrowick Ledger"),  # not rated: never kept by a slider on an axis
    ]

    def kept(**sliders: str) -> list[str]:
        return [a.outlet for a in slider_subset(articles, ratings, Sliders.parse(**sliders))]

    assert kept(lean="right") == ["Fox News", "National Review"]
    assert kept(lean="center") == ["National Review", "Reuters", "CNN (Online News)"]
    assert kept(lean="left") == ["CNN (Online News)"]
    assert kept(depth="1") == [a.outlet for a in articles]
    assert kept(establishment="pro") == []  # nobody is rated on that axis
    # An article's own record of its outlet's rating counts over the imported one.
    articles[0] = Article("a", "Fox News", url="https://www.foxnews.com/a", rating="Center")
    assert kept(lean="right") == ["National Review"]
    assert kept(lean="center") == ["Fox News", "National Review", "Reuters", "CNN (Online News)"]


def test_depth_sets_how_many_facts_a_brief_has() -> None:
    from evenhand.outlets import Sliders

    facts = [
        len(json.loads(CliRunner().invoke(main, ["brief", "--example", "--json", *args]).output)["facts"])
        for args in (["--depth", "1"], ["--depth", "2"], [], ["--depth", "4"])
    ]
    assert facts[0] == 2 and facts[1] == 4 and facts[0] < facts[1] < facts[2] <= facts[3]
    assert Sliders.parse(depth=3).configure(load_config()) == load_config()


def test_brief_sliders_draw_on_the_outlets_rated_there(tmp_path: Path) -> None:
    path = tmp_path / "scores.csv"
    path.write_text(
        "outlet,lean,establishment\nThe Marrowick Ledger,-0.6,-0.8\nThe Coastline Courier,0.7,0.7\n"
        "Northgate Wire Service,0,0.2\nHalden Daily Post,0.1,0\n",
        encoding="utf-8",
    )
    # (the one right-leaning source is an analysis piece: alone, its account of what happened is its own,
    # and the brief, printing no fact, says so on the terminal, apart from the JSON)
    right = json.loads(CliRunner().invoke(main, ["brief", "--example", "--ratings", str(path), "--lean", "right",
                                                 "--json"]).stdout)
    assert {s["outlet"] for s in right["sources"]} == {"The Coastline Courier"}
    critical = CliRunner().invoke(main, ["brief", "--example", "--ratings", str(path), "--establishment", "critical",
                                         "--json"])
    assert {s["outlet"] for s in json.loads(critical.stdout)["sources"]} == {"The Marrowick Ledger"}
    unrated = CliRunner().invoke(main, ["brief", "--example", "--lean", "left"])
    assert unrated.exit_code == 2 and unrated.stderr == (  # a command line asking what it cannot have
        "evenhand: error: --lean and --establishment choose outlets by their ratings, and no input's article "
        "carries its outlet's rating: give --ratings FILE\n")
    nobody = CliRunner().invoke(main, ["brief", "--example", "--ratings", str(path), "--lean", "-1", "--establishment",
                                       "pro"])
    assert nobody.exit_code == 1 and "no article's outlet is rated where the sliders ask" in nobody.output


_FERRY_LEFT = ("The Veyra ferry stopped running on Monday after the operator ran out of money, the harbour "
               "board said. Two hundred commuters were stranded on the far bank.")
_FERRY_RIGHT = ("The operator of the Veyra ferry halted the service on Monday, citing unpaid subsidies from the "
                "harbour board. Commuters waited for hours at the quay.")


def test_brief_sliders_use_the_ratings_the_articles_carry(tmp_path: Path) -> None:
    for name, outlet, text, bias in (("left.json", "Talmoor Tribune", _FERRY_LEFT, "Left"),
                                     ("right.json", "Veyra Courier", _FERRY_RIGHT, "Right")):
        (tmp_path / name).write_text(json.dumps({
            "title": "Veyra ferry halted", "outlet": outlet, "text": text, "bias_rating": bias,
        }), encoding="utf-8")
    right = CliRunner().invoke(main, ["brief", str(tmp_path), "--lean", "right", "--json"])
    assert right.exit_code == 0, right.output
    assert {s["outlet"] for s in json.loads(right.output)["sources"]} == {"Veyra Courier"}


def test_stories_sliders_use_the_ratings_the_articles_carry(tmp_path: Path) -> None:
    from evenhand.pipeline import write_briefs
    from evenhand.store import Assignment, Store

    db = tmp_path / "r.db"
    with Store.open(db) as store:
        ids = [
            store.add_article(Article(text=text, outlet=outlet, title="Veyra ferry halted", rating=bias,
                                      url=f"https://{outlet.split()[0].lower()}.example/ferry")).article_id
            for outlet, text, bias in (
                ("Talmoor Tribune", _FERRY_LEFT, "Left"), ("Veyra Courier", _FERRY_RIGHT, "Right"),
            )
        ]
        story = "s" + ids[0][1:]
        store.apply_assignments([Assignment(article_id=a, story_id=story, score=1.0, new=i == 0)
                                 for i, a in enumerate(ids)])
        assert write_briefs(store, [story], load_config(), None)[1] == []
    shown = CliRunner().invoke(main, ["stories", story, "--db", str(db), "--lean", "left", "--json"])
    assert shown.exit_code == 0, shown.output
    assert {s["outlet"] for s in json.loads(shown.output)["brief"]["sources"]} == {"Talmoor Tribune"}


def test_a_ratings_import_rewrites_only_the_briefs_it_changes(tmp_path: Path) -> None:
    # A new user's tryout: each import rewrote every stored brief, so the front page's "newest first"
    # and the Atom feed took old, unchanged stories for news.
    from evenhand.cli import example_folder
    from evenhand.store import Store

    db, ratings = str(tmp_path / "r.db"), tmp_path / "scores.csv"
    ratings.write_text("outlet,lean\nThe Marrowick Ledger,-0.6\nThe Coastline Courier,0.7\n", encoding="utf-8")
    for step in (["ingest", str(example_folder())], ["cluster"], ["update", "--quiet"]):
        assert CliRunner().invoke(main, [*step, "--db", db]).exit_code == 0
    with Store.open(db, readonly=True) as store:
        (before,) = store.list_stories()
    reports = [
        json.loads(CliRunner().invoke(main, ["outlets", "import", str(ratings), "--db", db, "--json"]).output)
        for _ in range(2)
    ]
    assert [r["briefs_relabelled"] for r in reports] == [1, 0]  # the sides it argues; then nothing new
    with Store.open(db, readonly=True) as store:
        (after,) = store.list_stories()
    assert after.brief_updated_at is not None and before.brief_updated_at is not None
    assert after.brief_updated_at > before.brief_updated_at
    CliRunner().invoke(main, ["outlets", "import", str(ratings), "--db", db])
    with Store.open(db, readonly=True) as store:
        assert store.list_stories() == [after]  # its time, and its place in the feed, stay


def test_stories_and_the_web_write_a_brief_per_slider_setting(tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    from evenhand.web import create_app

    db = tmp_path / "s.db"
    stories = build_blindspot_store(db)
    ferry = stories["ferry"]
    shown = json.loads(CliRunner().invoke(main, ["stories", ferry, "--db", str(db), "--depth", "1", "--json"]).output)
    assert shown["brief"]["sliders"] == {"depth": "1"} and len(shown["brief"]["facts"]) <= 2
    left = CliRunner().invoke(main, ["stories", ferry, "--db", str(db), "--lean", "left"])
    assert left.exit_code == 1 and "no article's outlet is rated there" in left.output
    with TestClient(create_app(db)) as client:
        page = client.get(f"/stories/{ferry}").text
        assert f'<a href="/stories/{ferry}?lean=right">Right</a>' in page
        assert 'title="No outlet of this story is rated there">Left</span>' in page
        right = client.get(f"/stories/{ferry}?lean=right&depth=2")
        assert right.status_code == 200 and 'aria-current="true">Right</strong>' in right.text
        assert f'<a href="/stories/{ferry}?lean=right&amp;depth=1">1</a>' in right.text  # the other slider kept
        data = client.get(f"/stories/{ferry}.json?lean=right").json()
        assert data["story"]["sliders"] == {"lean": "right"} and data["sources"]
        assert client.get(f"/stories/{ferry}?lean=left").status_code == 404
        assert client.get(f"/stories/{ferry}?depth=0").status_code == 400


def test_the_web_reader_lists_one_outlet_per_publication(tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    from evenhand.store import Store
    from evenhand.web import create_app
    from evenhand.web.export import export_site

    db = tmp_path / "g.db"
    with Store.open(db) as store:
        for k, (outlet, url) in enumerate([
            ("The Guardian", "https://www.theguardian.com/a"), ("Guardian (UK)", None),
            ("Opinion", "https://www.theguardian.com/commentisfree/c"),
        ]):
            store.add_article(Article(
                text=f"Harbour report number {k}: the ferry timetable changes on Monday, the port office said.",
                outlet=outlet, title=f"Report {k}", url=url,
            ))
    with TestClient(create_app(db)) as client:
        listed = client.get("/outlets.json").json()["outlets"]
        assert [(o["name"], o["n_articles"], sorted(o["names"])) for o in listed] == [
            ("The Guardian", 3, ["Guardian (UK)", "Opinion", "The Guardian"])
        ]
        page = client.get("/outlets/Guardian%20(UK).json").json()
        assert page["name"] == "The Guardian" and len(page["articles"]) == 3
        assert client.get("/outlets/theguardian.com.json").json()["name"] == "The Guardian"
    export_site(db, tmp_path / "site")
    for name in ("The Guardian", "Guardian (UK)", "Opinion"):  # as each article's page links to it
        exported = json.loads((tmp_path / "site" / "outlets" / f"{name}.json").read_text(encoding="utf-8"))
        assert exported["n_articles"] == 3


def test_a_slider_briefs_text_view_is_headed_by_that_briefs_headline(tmp_path: Path) -> None:
    # The tryout's: `stories ID --lean right` printed the story's headline, a left outlet's title, over
    # a brief drawn on right-rated outlets alone.
    from evenhand.outlets import Rating
    from evenhand.pipeline import write_briefs
    from evenhand.store import Assignment, Store

    db = tmp_path / "s.db"
    text = "The Harlow ferry stopped running on Monday after its engines failed a safety check, the port said."
    with Store.open(db) as store:
        ids = [store.add_article(Article(text=text + extra, outlet=outlet, title=title,
                                         url=f"https://{outlet.split()[0].lower()}.example/ferry")).article_id
               for outlet, title, extra in (
                   ("Talmoor Tribune", "Port stops Harlow ferry", " Repairs start today."),
                   ("Ridge Radio Network", "Harlow ferry halted after failed engine check", " Buses ran."))]
        store.apply_assignments([Assignment(article_id=a, story_id="s1", score=1.0, new=i == 0)
                                 for i, a in enumerate(ids)])
        store.import_ratings([Rating.in_words("Talmoor Tribune", "Left", "https://talmoor.example/"),
                              Rating.in_words("Ridge Radio Network", "Right", "https://ridge.example/")])
        write_briefs(store, ["s1"], load_config(), None)
    story = CliRunner().invoke(main, ["stories", "s1", "--db", str(db)]).output.splitlines()[0]
    right = CliRunner().invoke(main, ["stories", "s1", "--db", str(db), "--lean", "right"])
    brief = json.loads(CliRunner().invoke(main, ["stories", "s1", "--db", str(db), "--lean", "right",
                                                 "--json"]).output)["brief"]
    assert right.exit_code == 0 and brief["headline"] == "Harlow ferry halted after failed engine check" != story
    assert right.output.splitlines()[0] == brief["headline"]


def test_each_depth_past_the_configured_one_gives_a_longer_brief() -> None:
    # A tryout's six-article story gave 5 facts at --depth 4 and at 5 alike: the share of its articles'
    # length a default brief keeps to bounded the deeper ones too.
    briefs = [CliRunner().invoke(main, ["brief", "--example", "--json", "--depth", depth]) for depth in "345"]
    facts = [len(json.loads(brief.output)["facts"]) for brief in briefs]
    assert facts[0] < facts[1] < facts[2] <= 20
