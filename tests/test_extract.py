"""Reading articles from files and folders (evenhand.ingest.extract), and naming their outlets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EXAMPLE, FIXTURES
from evenhand.errors import InputError
from evenhand.ingest.extract import article_from_html, article_from_record, read_path
from evenhand.model import Article
from evenhand.outlets import outlet_from_url

TITLE = "Flood barriers hold in Ostermoor"
P1 = (
    "The river Ammel rose by four metres overnight, the highest level recorded at the Ostermoor gauge "
    "since records began, but the new barriers along the old quay held, the town's engineers said."
)
P2 = (
    "Engineers will inspect the barriers again once the water falls, and the council will publish their "
    "report in April."
)
BODY = f"{P1}\n\n{P2}"


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def _one(path: Path, **kwargs: object) -> Article:
    articles = read_path(path, **kwargs)  # type: ignore[arg-type]
    assert len(articles) == 1
    return articles[0]


def test_txt_with_front_matter(tmp_path: Path) -> None:
    page = _write(tmp_path / "flood.txt", (
        "---\nsource: Ostermoor Herald\nurl: https://www.otherpaper.test/2025/03/03/flood\n"
        f"published: 2025-03-03\nauthor: Wilma Trent\n---\n{TITLE}\n\n{BODY}\n"
    ))
    article = _one(page)
    assert article.outlet == "Ostermoor Herald"
    assert article.url == "https://www.otherpaper.test/2025/03/03/flood"
    assert article.published == "2025-03-03"
    assert article.author == "Wilma Trent"
    assert article.title == TITLE
    assert article.text == BODY
    assert article.origin == str(page)
    assert article.id


def test_txt_with_bare_key_value_lines(tmp_path: Path) -> None:
    page = _write(tmp_path / "flood.txt", f"source: Ostermoor Herald\ntitle: {TITLE}\n\n{BODY}\n")
    article = _one(page)
    assert (article.outlet, article.title, article.text) == ("Ostermoor Herald", TITLE, BODY)


def test_markdown_loses_its_markup(tmp_path: Path) -> None:
    page = _write(tmp_path / "flood.md", (
        f"# {TITLE}\n\n"
        "The river Ammel rose by **four metres** overnight, the [highest level](https://x.test/a) recorded "
        "at the _Ostermoor_ gauge since records began, but the new barriers along the old quay held.\n\n"
        f"{P2}\n"
    ))
    article = _one(page)
    assert article.title == TITLE
    assert "four metres" in article.text and "highest level recorded" in article.text
    assert "Ostermoor gauge" in article.text
    for mark in ("**", "](", "https://x.test", "# ", "_Ostermoor_"):
        assert mark not in article.text, mark


def test_html_page_through_trafilatura() -> None:
    article = _one(FIXTURES / "news-page.html")
    assert article.outlet == "The Fenwick Observer"
    assert article.title == "Tarrow rail strike halts trains for second day as talks stall"
    assert article.author == "Noor Addington"
    assert article.published and article.published.startswith("2025-11-06")
    assert article.text.startswith("No trains ran on the Tarrow Valley line")


def test_json_object(tmp_path: Path) -> None:
    page = _write(tmp_path / "flood.json", json.dumps({
        "source": "Ostermoor Herald", "title": TITLE, "text": BODY, "url": "https://www.x.test/a",
        "published": "2025-03-03", "author": "Wilma Trent",
    }))
    article = _one(page)
    assert (article.outlet, article.title, article.text) == ("Ostermoor Herald", TITLE, BODY)
    assert article.url == "https://www.x.test/a"
    assert (article.published, article.author) == ("2025-03-03", "Wilma Trent")


def test_json_list_with_other_field_names(tmp_path: Path) -> None:
    page = _write(tmp_path / "two.json", json.dumps([
        {"outlet": "Ostermoor Herald", "headline": TITLE, "body": BODY},
        {"publisher": "Vessen Gazette", "title": "Barriers hold", "content": P1, "link": "https://x.test/b",
         "id": "gazette-17"},
    ]))
    first, second = read_path(page)
    assert (first.outlet, first.title, first.text) == ("Ostermoor Herald", TITLE, BODY)
    assert (second.outlet, second.url, second.id) == ("Vessen Gazette", "https://x.test/b", "gazette-17")
    assert first.origin != second.origin


def test_jsonl_bad_lines_are_reported_and_the_others_read(tmp_path: Path) -> None:
    page = _write(tmp_path / "feed.jsonl", "\n".join([
        json.dumps({"source": "Ostermoor Herald", "title": TITLE, "text": BODY}),
        "{this is not json",
        json.dumps({"source": "Vessen Gazette", "title": "Barriers hold", "text": P1}),
        json.dumps({"source": "No Text Daily"}),
    ]) + "\n")
    errors: list[InputError] = []
    articles = read_path(page, on_error=errors.append)
    assert [a.outlet for a in articles] == ["Ostermoor Herald", "Vessen Gazette"]
    assert [e.name for e in errors] == [f"{page} line 2", f"{page} line 4"]
    assert "JSON" in errors[0].reason


def test_jsonl_bad_line_raises_without_an_error_sink(tmp_path: Path) -> None:
    page = _write(tmp_path / "feed.jsonl", json.dumps({"source": "A", "text": BODY}) + "\n{oops\n")
    with pytest.raises(InputError, match="line 2"):
        read_path(page)


@pytest.mark.parametrize(("first_line", "title"), [
    # a scraped page's text, its headline on the first line (multinews-test-sample-090's "... $39,000
    # backpack flying off shelves ...", which the brief's headline cut from its lede never reached)
    ("Ostermoor flood barriers hold as river Ammel rises four metres", "Ostermoor flood barriers hold as river "
     "Ammel rises four metres"),
    # an abbreviation's full stops end no sentence (reading 36h, multinews-027's "Scout Willis Goes Topless on
    # the Streets of N.Y.C. to Protest Instagram" was refused), two sentences are no title
    ("Ostermoor flood barriers hold as the N.V.R. river Ammel rises four metres", "Ostermoor flood barriers hold "
     "as the N.V.R. river Ammel rises four metres"),
    ("Ostermoor flood barriers hold. The river Ammel rises four metres", ""),
    # a label, a dateline, a date line, a caption, a byline, a heading too short to tell the news
    ("Related: Ostermoor barriers hold as the river Ammel rises", ""),
    ("OSTERMOOR, Vessen | river Ammel barriers engineers", ""),
    ("Posted Tuesday, March 3, 2025 5:27 pm", ""),
    ("The old quay at Ostermoor. (Town engineers' photo)", ""),
    ("Ammel barriers hold at Ostermoor By Wilma Trent Staff Reporter", ""),
    # ... but "by" in a headline's own words is no byline (session 37: the byline pattern read case-blind)
    ("Ostermoor flood barriers raised by town engineers hold as river Ammel rises", "Ostermoor flood barriers "
     "raised by town engineers hold as river Ammel rises"),
    ("Ostermoor barriers hold", ""),
    # a first line whose words the article does not tell is another page's
    ("Vessen Gazette wins regional press award for photography", ""),
])
def test_a_record_without_a_title_takes_the_headline_its_text_opens_with(first_line: str, title: str) -> None:
    article = article_from_record({"source": "Ostermoor Herald", "text": f"{first_line}\n\n{BODY}"}, origin="rec")
    assert article.title == title
    assert P1 in article.text
    titled = article_from_record({"source": "Ostermoor Herald", "title": TITLE, "text": f"{first_line}\n\n{BODY}"},
                                 origin="rec")
    assert titled.title == TITLE


def test_record_needs_text() -> None:
    with pytest.raises(InputError, match="no text"):
        article_from_record({"source": "Ostermoor Herald", "title": TITLE}, origin="rec")
    with pytest.raises(InputError):
        article_from_record(["not", "an", "object"], origin="rec")  # type: ignore[arg-type]


def test_folder_reads_articles_and_skips_its_readme(tmp_path: Path) -> None:
    _write(tmp_path / "README.md", f"# Notes on this folder\n\n{P1}\n")
    _write(tmp_path / "a.txt", f"source: Ostermoor Herald\n\n{TITLE}\n\n{BODY}\n")
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub" / "b.json", json.dumps({"source": "Vessen Gazette", "title": "t", "text": P1}))
    _write(tmp_path / "notes.csv", "not,an,article\n")
    articles = read_path(tmp_path)
    assert sorted(a.outlet for a in articles) == ["Ostermoor Herald", "Vessen Gazette"]
    assert all("README" not in a.origin for a in articles)


def test_folder_reports_a_bad_file_and_reads_the_rest(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", f"source: Ostermoor Herald\n\n{TITLE}\n\n{BODY}\n")
    (tmp_path / "b.txt").write_bytes(b"")
    errors: list[InputError] = []
    articles = read_path(tmp_path, on_error=errors.append)
    assert [a.outlet for a in articles] == ["Ostermoor Herald"]
    assert len(errors) == 1 and errors[0].name.endswith("b.txt")


def test_the_example_folder_reads_six_articles() -> None:
    articles = read_path(EXAMPLE)
    assert len(articles) == 6
    assert {a.outlet for a in articles} == {
        "Northgate Wire Service", "Halden Daily Post", "The Marrowick Ledger", "The Coastline Courier",
        "Portside Insider",
    }


# Outlet resolution: metadata > URL domain > copyright footer > file name.

FOOTER = "© 2025 The Ostermoor Herald. All rights reserved."


def test_outlet_from_metadata_beats_url_and_footer(tmp_path: Path) -> None:
    page = _write(tmp_path / "x.txt", f"source: Vessen Gazette\nurl: https://www.otherpaper.test/a\n\n"
                                      f"{TITLE}\n\n{BODY}\n\n{FOOTER}\n")
    assert _one(page).outlet == "Vessen Gazette"


def test_outlet_from_url_beats_footer(tmp_path: Path) -> None:
    page = _write(tmp_path / "x.txt", f"url: https://www.otherpaper.test/a\n\n{TITLE}\n\n{BODY}\n\n{FOOTER}\n")
    assert _one(page).outlet == "Otherpaper"


def test_outlet_from_footer_beats_file_name(tmp_path: Path) -> None:
    page = _write(tmp_path / "gazette.txt", f"{TITLE}\n\n{BODY}\n\n{FOOTER}\n")
    assert _one(page).outlet == "The Ostermoor Herald"


@pytest.mark.parametrize(("dateline", "outlet"), [
    # The editor's ninety-sixth reading: multinews-108's "CAPE CANAVERAL, Florida (Reuters) -" and
    # neus-val-0222's "WASHINGTON (AP)" were listed as "Article 1", their wire named in their first line.
    ("OSTERMOOR (AP) — ", "Associated Press"),
    ("OSTERMOOR, Lower Ammel, March 3 (Reuters) - ", "Reuters"),
    ("(CNN)", "CNN"),
])
def test_outlet_from_the_wire_a_dateline_names_beats_file_name(tmp_path: Path, dateline: str, outlet: str) -> None:
    page = _write(tmp_path / "notes.txt", f"{TITLE}\n\n{dateline}{BODY}\n")
    assert _one(page).outlet == outlet


def test_a_parenthesis_that_names_no_outlet_is_no_dateline(tmp_path: Path) -> None:
    # "(R-Ky.)", "(pictured)": not a publication the registry knows.
    page = _write(tmp_path / "vessen-gazette.txt", f"{TITLE}\n\nSen. Ada Okafor (R-Ky.) said {BODY}\n")
    assert _one(page).outlet == "vessen gazette"


def test_a_named_outlet_beats_the_wire_its_dateline_names(tmp_path: Path) -> None:
    page = _write(tmp_path / "notes.txt", f"{TITLE}\n\nOSTERMOOR (AP) — {BODY}\n\n{FOOTER}\n")
    assert _one(page).outlet == "The Ostermoor Herald"


def test_outlet_from_a_by_line_beats_file_name(tmp_path: Path) -> None:
    page = _write(tmp_path / "notes.txt", f"{TITLE}\n\nBy Ilse Marrow\n\n{BODY}\n")
    article = _one(page)
    assert article.outlet == "Ilse Marrow" and article.author == "Ilse Marrow"


def test_outlet_from_file_name_last(tmp_path: Path) -> None:
    page = _write(tmp_path / "vessen-gazette_3f9a2b7c1d.txt", f"{TITLE}\n\n{BODY}\n")
    assert _one(page).outlet == "vessen gazette"


@pytest.mark.parametrize(("url", "outlet"), [
    ("https://www.otherpaper.test/a/b", "Otherpaper"),
    ("https://news.bbc.co.uk/x", "BBC"),
    ("https://edition.cnn.com/2025/01/01/x", "CNN"),
    ("https://www.abc.net.au/news/x", "ABC"),
    (None, None),
    ("not a url", None),
    # an address names no outlet: the tryout's papers, served from one machine, were all "0"
    ("http://127.0.0.1:8701/gazette/strike.html", None),
    ("http://[::ffff:10.0.0.5]/x", None),
])
def test_outlet_from_url(url: str | None, outlet: str | None) -> None:
    assert outlet_from_url(url) == outlet


def test_source_name_overrides_every_other_clue(tmp_path: Path) -> None:
    page = _write(tmp_path / "x.txt", f"source: Vessen Gazette\n\n{TITLE}\n\n{BODY}\n\n{FOOTER}\n")
    assert _one(page, source_name="Ammel Valley Radio").outlet == "Ammel Valley Radio"
    _write(tmp_path / "y.txt", f"{TITLE}\n\n{P1}\n")
    assert {a.outlet for a in read_path(tmp_path, source_name="Ammel Valley Radio")} == {"Ammel Valley Radio"}


# Bad inputs: each is refused with an InputError naming the file.


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(InputError) as caught:
        read_path(big)
    assert caught.value.name == str(big)
    assert "MB" in str(caught.value)


def test_empty_file() -> None:
    with pytest.raises(InputError, match="empty") as caught:
        read_path(FIXTURES / "empty.txt")
    assert caught.value.name.endswith("empty.txt")


def test_whitespace_only_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="empty"):
        read_path(_write(tmp_path / "blank.txt", "  \n\n\t\n"))


def test_binary_file() -> None:
    with pytest.raises(InputError, match="binary") as caught:
        read_path(FIXTURES / "binary-as-text.txt")
    assert caught.value.name.endswith("binary-as-text.txt")


def test_binary_file_named_html(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes((FIXTURES / "binary-as-text.txt").read_bytes())
    with pytest.raises(InputError, match="binary"):
        read_path(page)


def test_latin1_file_is_decoded_with_its_accents() -> None:
    article = _one(FIXTURES / "latin1-article.txt")
    assert article.outlet == "Gazette de Vellmont"
    assert article.title == "Café owners in Vellmont protest new terrace fees"
    for word in ("Renée Daubigny", "Café Müller", "£18", "Jürgen Faßbender"):
        assert word in article.text, word
    assert "\ufffd" not in article.text


_UNDECLARED = (
    "<html><head><title>Marrowick quay reopens a week after the blast</title>"
    "<meta property=\"og:site_name\" content=\"Halden Daily Post\"></head><body><article>"
    "<h1>Marrowick quay reopens a week after the blast</h1>"
    "<p>The grain quay in the port of Marrowick reopened on Monday, a week after the explosion that injured 40 "
    "workers, the harbour master said. The reopening—delayed twice by the inspectors—came after the fire service "
    "declared the conveyor gallery safe.</p>"
    "<p>Why does the reopening matter?</p>"
    "<p>The quay handles a third of the region&#x27;s grain exports, and farmers had warned that their silos "
    "would be full within a fortnight if ships could not load, the growers&#x27; association said.</p>"
    "<p>Inspectors to report next month</p>"
    "<p>The port authority said its inspectors would publish their report on the blast next month, and that the "
    "terminal operator had replaced two of its loading arms before the reopening.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize("declared", ["", '<meta charset="windows-1252">'], ids=["undeclared", "misdeclared"])
def test_a_utf8_page_is_read_as_utf8_whatever_it_declares(tmp_path: Path, declared: str) -> None:
    # A new user's UTF-8 page with no charset came out as "North Koreaâs Kim ..." (read as Latin-1).
    page = tmp_path / "quay.html"
    page.write_bytes(_UNDECLARED.replace("<head>", "<head>" + declared).encode("utf-8"))
    article = _one(page)
    assert "The reopening—delayed twice by the inspectors—came after" in article.text
    assert "â" not in article.text + article.title
    assert article.text.count("The grain quay in the port of Marrowick reopened") == 1


def test_a_latin1_page_that_declares_it_keeps_its_accents() -> None:
    page = ('<html><head><meta charset="iso-8859-1"><title>Café</title></head><body><article>'
            "<p>The Café Müller on the quay reopened on Monday, its owner Renée Daubigny said, after the blast "
            "closed every shop on the harbour front for a week.</p><p>Customers queued from early morning, and the "
            "café sold out of bread by noon, Daubigny said.</p></article></body></html>")
    article = article_from_html(page.encode("latin-1"), origin="cafe.html")
    assert "Café Müller" in article.text and "Renée Daubigny" in article.text


_BODY_PARAGRAPHS = (
    "<p>The grain quay in the port of Marrowick, built in 2019, reopened on Monday, a week after the explosion "
    "that injured 40 workers, the harbour master said.</p>"
    "<p>Ships waiting at anchor began to berth in the afternoon, and the first cargo of wheat was unloaded by "
    "dusk, the terminal operator said in a statement.</p>"
)


def test_a_year_in_the_text_or_the_footer_dates_no_page(tmp_path: Path) -> None:
    # A new user's undated pages were dated 2019-01-01 (a year in the text) and 2023-01-01 (the
    # "© 2023" footer), and one story's four articles split into three stories.
    page = tmp_path / "quay.html"
    page.write_text(f"<html><head><title>Quay reopens</title></head><body><article>{_BODY_PARAGRAPHS}</article>"
                    "<footer>© 2023 Halden Daily Post</footer></body></html>", encoding="utf-8")
    assert _one(page).published is None


def test_a_dateline_gives_the_page_its_date(tmp_path: Path) -> None:
    page = tmp_path / "quay.html"
    page.write_text(f"<html><head><title>Quay reopens</title></head><body><article><p>Sep 11, 2030 - 17:30</p>"
                    f"{_BODY_PARAGRAPHS}</article></body></html>", encoding="utf-8")
    assert _one(page).published == "2030-09-11T17:30:00+00:00"


def test_missing_path() -> None:
    with pytest.raises(InputError, match="no such file"):
        read_path(FIXTURES / "no-such-article.txt")


def test_a_url_given_as_a_file_is_named_whole_with_where_urls_go() -> None:
    # "evenhand brief http://127.0.0.1/a" said "skipped http:/127.0.0.1/a: no such file or folder".
    with pytest.raises(InputError, match="a URL, not a file: `evenhand ingest URL`") as caught:
        read_path("https://news.example/quay-reopens")
    assert "https://news.example/quay-reopens" in str(caught.value)


def test_unsupported_suffix(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unsupported"):
        read_path(_write(tmp_path / "a.docx", BODY))


def test_folder_without_article_files(tmp_path: Path) -> None:
    _write(tmp_path / "README.md", BODY)
    with pytest.raises(InputError, match="folder") as caught:
        read_path(tmp_path)
    assert caught.value.name == str(tmp_path)


def test_login_page_has_no_article_text() -> None:
    with pytest.raises(InputError, match="no article text") as caught:
        read_path(FIXTURES / "login-page.html")
    assert caught.value.name.endswith("login-page.html")


def test_html_without_text(tmp_path: Path) -> None:
    page = _write(tmp_path / "nav.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(InputError, match="no article text"):
        read_path(page)


# article_from_html on the boilerplate-heavy page.

PAGE_FURNITURE = [
    "privacy choices", "partners", "Accept", "Manage settings", "Subscribe", "Sign in", "Obituaries",
    "Trending", "Winter fuel payments", "Advertisement", "Share", "Save for later", "4 min read", "Read more",
    "Commuters face long waits", "Transport Briefing", "Sign up", "has covered the region's railways",
    "Join the conversation", "ValleyCommuter", "hospital appointment", "madness", "Load more", "Most read",
    "swimming pool", "Playhouse", "boiler trick", "Fenwick Media Ltd", "Cookie settings", "©",
]


@pytest.fixture(scope="module")
def news_page() -> Article:
    html = (FIXTURES / "news-page.html").read_text(encoding="utf-8")
    return article_from_html(html, origin="news-page.html")


def test_news_page_keeps_the_story_paragraphs(news_page: Article) -> None:
    paragraphs = news_page.text.split("\n\n")
    assert len(paragraphs) == 6
    assert paragraphs[0].startswith("No trains ran on the Tarrow Valley line for a second day")
    assert paragraphs[-1].startswith("Local businesses in Tarrow said the strike had already cost them")
    assert "that no one person can safely watch." in news_page.text


@pytest.mark.parametrize("furniture", PAGE_FURNITURE)
def test_news_page_drops_the_page_furniture(news_page: Article, furniture: str) -> None:
    assert furniture not in news_page.text


def test_news_page_metadata(news_page: Article) -> None:
    assert news_page.outlet == "The Fenwick Observer"
    assert news_page.title == "Tarrow rail strike halts trains for second day as talks stall"
    assert news_page.author == "Noor Addington"
    assert news_page.url == "https://fenwickobserver.example.com/news/2025/11/06/tarrow-rail-strike-second-day"
    assert news_page.origin == "news-page.html"


def test_the_same_text_gets_the_same_id(tmp_path: Path) -> None:
    a = _one(_write(tmp_path / "a.txt", f"source: A\n\n{TITLE}\n\n{BODY}\n"))
    b = _one(_write(tmp_path / "b.txt", f"source: A\n\n{TITLE}\n\n{BODY}\n"))
    c = _one(_write(tmp_path / "c.txt", f"source: A\n\n{TITLE}\n\n{P1}\n"))
    assert a.id == b.id != c.id


# Issue 12: what a page declares about itself, and never losing a page that has an article.

FERRY = [
    "The ferry across the Ammel will run again on Saturday, three weeks after the flood closed the crossing, "
    "the operator said on Thursday.",
    "Engineers checked the landing stages on both banks this week and found them sound, though the approach "
    "road on the west bank still needs resurfacing.",
    "Season tickets bought before the flood will be extended by a month, and commuters who paid for the closed "
    "weeks can claim a refund at the ticket office.",
]


def _ld_page(body_html: str, **article: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **article}
    return (
        "<!DOCTYPE html><html><head><title>Ferry news | AVR</title>"
        f'<script type="application/ld+json">{json.dumps(data)}</script></head><body>'
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>'
        f"{body_html}<footer>Contact the newsroom</footer></body></html>"
    )


def test_metadata_the_page_declares_in_json_ld() -> None:
    page = _ld_page(
        "<article>" + "".join(f"<p>{p}</p>" for p in FERRY) + "</article>",
        headline="Ammel ferry back on Saturday", datePublished="2025-03-20T08:00:00+01:00",
        author=[{"@type": "Person", "name": "Piet Maas"}],
        publisher={"@type": "Organization", "name": "Ammel Valley Radio"},
    )
    article = article_from_html(page, origin="downloads/3f9a2c1b7e.html")
    assert (article.outlet, article.title, article.author) == (
        "Ammel Valley Radio", "Ammel ferry back on Saturday", "Piet Maas")
    assert article.published == "2025-03-20T08:00:00+01:00"
    assert article.text == "\n\n".join(FERRY)


def test_a_page_showing_a_teaser_takes_the_body_it_declares() -> None:
    page = _ld_page(f"<article><p>{FERRY[0]}</p><p>Read the full story in our app.</p></article>",
                    headline="Ammel ferry back on Saturday", articleBody="\n\n".join(FERRY))
    article = article_from_html(page, origin="ferry.html")
    for paragraph in FERRY:
        assert paragraph in article.text


def test_a_page_whose_extraction_is_all_furniture_falls_back_to_its_declared_body() -> None:
    # More words than the article, so that the page's extraction is tried first and found empty.
    wall = "".join(
        f"<p>{line}</p>" for line in (
            "Subscribe to the Ammel Valley Radio newsletter and never miss a story from the valley.",
            "Sign in to your account to keep reading, or subscribe for unlimited access today.",
            "Already a subscriber? Log in with the email address you subscribed with.",
            "Subscribe today: your first month of unlimited access is free, and you can cancel online.",
            "Sign up for our breaking news alerts and newsletters, delivered to your inbox every morning.",
            "Download our app for iOS and Android and never miss the valley's news again.",
            "Log in or register to comment on this story and to follow the reporters you like.",
            "Subscribers get unlimited access to every story, our archive and the weekend newsletter.",
        )
    )
    page = _ld_page(f"<article>{wall}</article>", headline="Ammel ferry back on Saturday",
                    articleBody="\n\n".join(FERRY))
    article = article_from_html(page, origin="ferry.html")
    assert article.text == "\n\n".join(FERRY)


def test_the_outlet_comes_from_the_site_feed_before_the_file_name() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>Ammel ferry back on Saturday</title>"
        '<link rel="alternate" type="application/rss+xml" title="Ammel Valley Radio &raquo; Feed" href="/feed">'
        "</head><body><article>" + "".join(f"<p>{p}</p>" for p in FERRY) + "</article></body></html>"
    )
    assert article_from_html(page, origin="downloads/3f9a2c1b7e.html").outlet == "Ammel Valley Radio"


# Issue 12: shapes that only look like furniture, read through a whole page as a site serves it
# (navigation, headline, the article, related links and a footer).

def _site_page(article_html: str, headline: str) -> str:
    return (
        "<!DOCTYPE html><html><head>"
        f"<title>{headline} | The Ostermoor Herald</title>"
        '<meta property="og:site_name" content="The Ostermoor Herald"></head><body>'
        '<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> '
        '<a href="/account">Sign in</a></nav></header>'
        f"<main><article><h1>{headline}</h1>{article_html}</article>"
        '<aside><h3>More from the valley</h3><ul><li><a href="/a">Bakery reopens on Mill Lane</a></li>'
        '<li><a href="/b">Ferry timetable changes</a></li><li><a href="/c">Council meets on Tuesday</a></li></ul>'
        "</aside></main>"
        "<footer><p>© 2025 The Ostermoor Herald. All rights reserved.</p>"
        '<p><a href="/privacy">Privacy</a> <a href="/cookies">Cookie settings</a></p></footer></body></html>'
    )


APP_STORY = [
    "The Ostermoor council launched FloodWatch on Monday, a phone app that warns residents of the Ammel valley "
    "when the river gauges pass their alert levels, after last winter's record flood.",
    "FloodWatch makes it easy to get started with a short signup form. Once you have signed up, you can pick the "
    "gauges nearest your street and the app will send alerts to your phone when the river rises.",
    "Signing up for the business tier of FloodWatch is much the same. If you already have a resident account you "
    "must use the same email address, and both tiers share your login and your chosen gauges on the app.",
    "The council said about 4,000 households had installed the app by Wednesday, and that the alerts would be "
    "tested again before the spring tides.",
]


def test_a_story_about_an_app_keeps_its_paragraphs_about_accounts_and_loses_the_site_pitch() -> None:
    pitch = "Get FloodWatch news first in our free morning newsletter. Sign up here."
    paragraphs = "".join(f"<p>{p}</p>" for p in APP_STORY[:3]) + f"<p>{pitch}</p><p>{APP_STORY[3]}</p>"
    article = article_from_html(_site_page(paragraphs, "Council launches FloodWatch alerts"), origin="app.html")
    assert article.text == "\n\n".join(APP_STORY)


def test_key_points_above_the_story_and_a_results_table_below_it_are_kept() -> None:
    points = ["The river rose four metres overnight at the Ostermoor gauge",
              "The new barriers on the old quay held through the night",
              "Engineers will inspect them again once the water falls"]
    table = ("<table><tr><th>Gauge</th><th>Peak</th><th>Days above alert</th></tr>"
             "<tr><td>Ostermoor</td><td>4.1 m</td><td>12</td></tr>"
             "<tr><td>Veyra bridge</td><td>3.2 m</td><td>9</td></tr></table>")
    html = ("<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
            + "".join(f"<p>{p}</p>" for p in FERRY) + "<h2>Peak levels this week</h2>" + table)
    text = article_from_html(_site_page(html, "Barriers hold as the Ammel peaks"), origin="flood.html").text
    for point in points:
        assert point in text
    assert text.index(points[-1]) < text.index(FERRY[0])
    for cell in ("Veyra bridge", "3.2 m", "Days above alert"):
        assert cell in text, cell
    for furniture in ("Bakery reopens", "Privacy", "©", "Sign in"):
        assert furniture not in text, furniture


def test_a_closing_paragraph_about_a_source_the_story_named_is_kept() -> None:
    closing = ("Piet Maas is a professor of hydraulics at the Ostermoor polytechnic, and the operator asked him to "
               "inspect the landing stages after the flood.")
    quoted = "“The stages are sound, and the ferry can run,” said Piet Maas, who led the inspection."
    html = "".join(f"<p>{p}</p>" for p in (*FERRY[:2], quoted, FERRY[2], closing))
    text = article_from_html(_site_page(html, "Ammel ferry back on Saturday"), origin="ferry.html").text
    assert text.endswith(closing)


# Issue 12: the standfirst a page prints under its headline is the article's opening.

STANDFIRST = "Three weeks after the flood, the crossing reopens with a month added to every season ticket"


def _standfirst_page(description: str, shown: str = STANDFIRST, below: str = "") -> str:
    return (
        "<!DOCTYPE html><html><head><title>Ammel ferry back on Saturday | Ammel Valley Radio</title>"
        f'<meta property="og:description" content="{description}">'
        '<meta property="og:site_name" content="Ammel Valley Radio"></head><body>'
        '<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>'
        '<main><header class="story-head"><span class="kicker">Transport</span>'
        "<h1>Ammel ferry back on Saturday</h1>"
        f'<p class="story-head__summary">{shown}</p>'
        '<p class="byline">By Piet Maas</p><time>20 March 2025</time></header>'
        '<div class="story-body">' + "".join(f"<p>{p}</p>" for p in FERRY) + "</div>"
        f"{below}</main><footer><p>© 2025 Ammel Valley Radio</p></footer></body></html>"
    )


def test_the_standfirst_under_the_headline_opens_the_text() -> None:
    # The page's description ends with a stop the page does not print, and its quotes are straight
    # where the page's are curly: the text takes the standfirst as the page prints it.
    shown = "Three weeks after the flood, the ‘old’ crossing reopens with a month added to every season ticket"
    page = _standfirst_page("Three weeks after the flood, the 'old' crossing reopens with a month added to "
                            "every season ticket.", shown=shown)
    article = article_from_html(page, origin="ferry.html")
    assert article.text == "\n\n".join([shown, *FERRY])


def test_a_standfirst_that_is_the_first_paragraph_is_not_given_twice() -> None:
    page = _standfirst_page(FERRY[0], shown="")
    assert article_from_html(page, origin="ferry.html").text == "\n\n".join(FERRY)


@pytest.mark.parametrize("description", [
    # a teaser cut short is not printed whole
    "Three weeks after the flood, the crossing reopens with a month added...",
    # the description is not what the page prints under its headline
    "Ammel Valley Radio: news, sport and weather from the valley, every day of the week",
])
def test_a_description_not_printed_whole_under_the_headline_is_not_added(description: str) -> None:
    related = f'<aside><h3>More from the valley</h3><p>{description}</p></aside>'
    article = article_from_html(_standfirst_page(description, shown="", below=related), origin="ferry.html")
    assert article.text == "\n\n".join(FERRY)


def test_a_standfirst_far_below_the_headline_is_not_taken_for_one() -> None:
    page = _standfirst_page(STANDFIRST, shown="", below=f"<aside><p>{STANDFIRST}</p></aside>")
    assert STANDFIRST not in article_from_html(page, origin="ferry.html").text


def test_a_description_that_is_the_caption_under_the_lead_picture_is_not_a_standfirst() -> None:
    caption = "The ferry Ammel Star at the west bank landing stage on Thursday morning before the first crossing"
    figure = f'<figure><img src="/star.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
    page = _standfirst_page(caption, shown="").replace("<h1>Ammel ferry back on Saturday</h1>",
                                                       f"<h1>Ammel ferry back on Saturday</h1>{figure}")
    assert caption not in article_from_html(page, origin="ferry.html").text


def test_the_standfirst_is_found_under_the_headline_a_breadcrumb_shows_first() -> None:
    trail = ('<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li>'
             "<li>Ammel ferry back on Saturday</li></ol>" + "".join(
                 f'<a href="/topic/{n}">Topic number {n} of the valley news desk</a>' for n in range(12)))
    page = _standfirst_page(STANDFIRST).replace('<main><header class="story-head">',
                                                f'<main>{trail}<header class="story-head">')
    assert article_from_html(page, origin="ferry.html").text == "\n\n".join([STANDFIRST, *FERRY])


# Issue 12, fifth pass: a dialog's text (a popup's, a modal's) is not the article's.

ACADEMY = [
    "The Ostermoor Cadet School trains officers for the valley's coastguard and its harbour police in a "
    "course of forty-four weeks, with sea time in the second term.",
    "Cadets live at the old signal station above the town, where the school moved in 1974 after the harbour "
    "board gave up its offices on the quay.",
    "The course opens each September, and applications close at the end of March; the school takes about "
    "thirty cadets a year from the valley and beyond.",
    "Its syllabus was rewritten in 2019 to add search and rescue at night and the handling of small boats in "
    "the estuary's winter storms.",
]


# A short story under a long menu: trafilatura, finding it covers little of the page, reads the page
# again whole and takes the popup's paragraphs with the story's.
TOWNS = ["Ostermoor", "Keswyn", "Marrowick", "Veldhaven", "Ammel Bridge", "Pellow", "Orlow Green", "Tamsin Cross",
         "Wilma Down", "Trent Ford", "Saltmarsh", "Reyes Quay", "Upper Ammel", "Lower Ammel"]
SECTIONS = ["news", "sport", "weather", "what's on", "schools", "planning"]


def _page_with(dialog: str) -> str:
    menu = "".join(f'<li><a href="/{town}/{section}">{town} {section}</a></li>'
                   for town in TOWNS for section in SECTIONS)
    story = "".join(f"<p>{p}</p>" for p in FERRY)
    return (
        "<!DOCTYPE html><html><head><title>Ammel ferry back on Saturday</title></head><body>"
        f"<header><nav><ul>{menu}</ul></nav></header><main><article><h1>Ammel ferry back on Saturday</h1>"
        f'<div class="story-body">{story}</div></article></main><footer><p>© 2025 Ammel Valley Radio</p></footer>'
        + dialog.format("<h2>Ostermoor Cadet School</h2>" + "".join(f"<p>{p}</p>" for p in ACADEMY))
        + "</body></html>"
    )


@pytest.mark.parametrize("dialog", [
    '<div class="popup-overlay" role="dialog" aria-hidden="true"><div class="popup-content">{}</div></div>',
    '<dialog class="lightbox">{}</dialog>',
    '<div class="overlay" aria-modal="true">{}</div>',
])
def test_the_text_of_a_dialog_outside_the_article_is_not_the_article(dialog: str) -> None:
    assert article_from_html(_page_with(dialog), origin="ferry.html").text == "\n\n".join(FERRY)


def test_an_article_a_dialog_holds_is_still_read() -> None:
    page = _page_with("").replace("<main>", '<div role="dialog" aria-modal="true"><main>').replace(
        "</main>", "</main></div>")
    assert article_from_html(page, origin="ferry.html").text == "\n\n".join(FERRY)


def test_control_characters_in_a_record_are_read_as_the_punctuation_they_stand_for() -> None:
    # "\x97" is Windows-1252's em dash stored as Latin-1: a brief printed it as a control character.
    text = ("\x97 Veldhaven \x97 The ferry captain who went missing on Friday was found safe on Monday, police "
            "said.\x0b She had sailed to the\x01 islands alone.\x0cThe harbour board thanked the coastguard.")
    article = article_from_record({"text": text, "source": "Veld Post"}, origin="record")
    assert article.text.startswith("Veldhaven — The ferry captain"), article.text  # the dateline's dash: no bullet
    assert not any((ord(ch) < 32 and ch not in "\n\t") or 0x7F <= ord(ch) <= 0x9F for ch in article.text), article.text
    assert "The harbour board thanked the coastguard." in article.text


def test_a_pages_long_script_goes_before_extraction_and_its_metadata_stays() -> None:
    # The red team's 10 MB JSON-LD string cost 1.4 GB in trafilatura (106 MB without it), and a page of
    # two such was refused as "no article text found".
    from evenhand.ingest.extract import _without_long_scripts

    ld = json.dumps({"@type": "NewsArticle", "headline": TITLE, "description": "x" * 300_000,
                     "publisher": {"@type": "Organization", "name": "Ostermoor Herald"}})
    page = (f'<html><head><script type="application/ld+json">{ld}</script><script>var a = 1;</script></head>'
            f"<body><article><p>{P1}</p><p>{P2}</p></article></body></html>")
    stripped = _without_long_scripts(page)
    assert isinstance(stripped, str) and "x" * 1000 not in stripped and "var a = 1;" in stripped and P1 in stripped
    assert _without_long_scripts(page.encode()) == stripped.encode()
    article = article_from_html(page, url="https://ostermoor-herald.example/flood")
    assert (article.title, article.outlet) == (TITLE, "Ostermoor Herald") and P1 in article.text
