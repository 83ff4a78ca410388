"""The reader in a real headless Chromium (Debian's ``chromium``, driven by Playwright).

Set EVENHAND_SCREENSHOTS=docs/screenshots to refresh the README's screenshots.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from evenhand.store import Store
from evenhand.web import create_app
from evenhand.web.export import export_site
from test_feed import check_atom
from web_fixture import HOSTILE_OUTLET, build_blindspot_store, build_store

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"),
]
playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="needs the playwright package (test extra)"
)

# Set by the pages if any payload in the hostile fixture article ever runs.
PWNED = "() => [window.__pwned, document.querySelectorAll('img').length]"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("browser") / "store.db"
    ids = build_store(path)
    with Store.open(path, readonly=True) as opened:
        briefs = {name: opened.get_brief(sid) for name, sid in ids.items()}
    return {"path": path, "ids": ids, "briefs": briefs}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(store: dict[str, Any]) -> Iterator[str]:
    yield from _serve(store["path"])


def _serve(path: Path) -> Iterator[str]:
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not instance.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start within 60 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, timeout=60_000)
        yield launched
        launched.close()


class Watch:
    """A page with everything that must never happen recorded: dialogs, page errors, foreign requests."""

    def __init__(self, browser: Any, allowed: str, **context: Any) -> None:
        self.context = browser.new_context(**context)
        self.page = self.context.new_page()
        self.page.set_default_timeout(10_000)
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: None if r.url.startswith(allowed) else self.foreign.append(r.url))

    def assert_clean(self) -> None:
        assert self.page.evaluate(PWNED) == [None, 0]
        assert self.dialogs == [] and self.errors == [] and self.foreign == []

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def screenshots(tmp_path: Path) -> Path:
    chosen = os.environ.get("EVENHAND_SCREENSHOTS")
    target = Path(chosen) if chosen else tmp_path
    target.mkdir(parents=True, exist_ok=True)
    return target


def _support(brief: dict[str, Any], fact: int, number: int) -> dict[str, Any]:
    return next(s for s in brief["facts"][fact]["support"] if s["source"] == number)


def test_front_page_story_and_citation_popover(
    browser: Any, server: str, store: dict[str, Any], screenshots: Path
) -> None:
    watch = Watch(browser, server, viewport={"width": 1100, "height": 900})
    page = watch.page
    page.goto(server + "/")
    cards = page.locator("article.card")
    assert cards.count() == 2
    page.screenshot(path=str(screenshots / "front.png"), full_page=True)
    brief = store["briefs"]["bridge"]
    page.get_by_role("link", name=brief["headline"]).click()
    page.wait_for_url(f"**/stories/{store['ids']['bridge']}")
    assert page.locator("h1").inner_text() == brief["headline"]
    assert page.locator("ol.facts > li").count() == len(brief["facts"])
    assert page.locator("ol.facts .badge.single-source").count() == sum(
        1 for f in brief["facts"] if f["independent"] <= 1
    )

    number = brief["facts"][0]["sources"][0]
    cite = page.locator("#fact-1 a.cite").first
    cite.click()
    dialog = page.locator("dialog#evidence-dialog")
    assert dialog.is_visible()
    assert dialog.locator("mark").first.inner_text() == _support(brief, 0, number)["text"]
    source = brief["sources"][number - 1]
    assert source["outlet"] in dialog.inner_text()
    original = dialog.get_by_role("link", name="Original article")
    assert original.get_attribute("href") == source["url"]
    page.screenshot(path=str(screenshots / "citation.png"))

    page.keyboard.press("Escape")
    assert not dialog.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('cite')")
    watch.assert_clean()
    watch.close()


def test_citations_work_from_the_keyboard(browser: Any, server: str, store: dict[str, Any]) -> None:
    watch = Watch(browser, server)
    page = watch.page
    page.goto(f"{server}/stories/{store['ids']['bridge']}")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('cite')"):
            break
    else:
        pytest.fail("no citation reachable with Tab")
    page.keyboard.press("Enter")
    dialog = page.locator("dialog#evidence-dialog")
    assert dialog.is_visible()
    assert dialog.locator("mark").count() >= 1
    page.keyboard.press("Escape")
    assert not dialog.is_visible()
    watch.assert_clean()
    watch.close()


def test_without_javascript_a_citation_opens_the_highlighted_sentence(
    browser: Any, server: str, store: dict[str, Any], screenshots: Path
) -> None:
    watch = Watch(browser, server, java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = watch.page
    brief = store["briefs"]["bridge"]
    page.goto(f"{server}/stories/{store['ids']['bridge']}")
    page.screenshot(path=str(screenshots / "story-phone.png"), full_page=True)
    fact = brief["facts"][1]
    number = fact["sources"][0]
    support = _support(brief, 1, number)
    page.locator("#fact-2 a.cite").first.click()
    page.wait_for_url(f"**/articles/{brief['sources'][number - 1]['article_id']}#s-*")
    anchor = f"s-{support['start']}-{support['end']}"
    assert page.url.endswith("#" + anchor)
    target = page.locator(f"mark#{anchor}")
    assert target.inner_text() == support["text"]
    assert target.is_visible()
    strong = target.evaluate("e => getComputedStyle(e).backgroundColor")
    other = page.locator(f"mark:not(#{anchor})")
    assert other.count() >= 1
    assert other.first.evaluate("e => getComputedStyle(e).backgroundColor") != strong  # :target stands out
    page.screenshot(path=str(screenshots / "article-phone.png"))
    watch.assert_clean()
    watch.close()


def test_the_script_detector_catches_a_payload_that_runs(browser: Any) -> None:
    """Control: the same payload, unescaped on a page without our CSP, does run and is seen."""
    context = browser.new_context()
    page = context.new_page()
    page.set_content("<p>x</p><img src=x onerror=\"window.__pwned='img'\">")
    page.wait_for_function("() => window.__pwned !== undefined", timeout=5_000)
    assert page.evaluate(PWNED)[0] == "img"
    context.close()


def test_hostile_article_text_never_runs(browser: Any, server: str, store: dict[str, Any]) -> None:
    watch = Watch(browser, server)
    page = watch.page
    story_id = store["ids"]["bridge"]
    page.goto(f"{server}/stories/{story_id}")
    brief = store["briefs"]["bridge"]
    hostile = next(s for s in brief["sources"] if s["outlet"] == HOSTILE_OUTLET)
    # open every citation of the hostile source: its payloads are cloned into the popover
    links = page.locator(f"a.cite[data-evidence]:text-is('{hostile['number']}')")
    assert links.count() >= 1
    for i in range(links.count()):
        links.nth(i).click()
        assert page.locator("dialog#evidence-dialog mark").count() >= 1
        page.keyboard.press("Escape")
    for path in (f"/articles/{hostile['article_id']}", "/search?q=Okonjo", "/outlets"):
        page.goto(server + path)
        watch.assert_clean()
    page.goto(f"{server}/articles/{hostile['article_id']}")
    assert "<script>window.__pwned" in page.locator(".article-text").inner_text()
    assert page.locator("a[href^='javascript']").count() == 0
    watch.assert_clean()
    watch.close()


def test_search_from_the_header(browser: Any, server: str, store: dict[str, Any]) -> None:
    watch = Watch(browser, server)
    page = watch.page
    page.goto(server + "/")
    page.fill("#q", "Greyhaven library")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=Greyhaven+library")
    results = page.locator("main")
    assert store["briefs"]["library"]["headline"] in results.inner_text()
    assert "Orchard County votes to expand Greyhaven library" in results.inner_text()
    watch.assert_clean()
    watch.close()


def test_feed_fetched_by_the_browser_is_valid_atom(browser: Any, server: str) -> None:
    watch = Watch(browser, server)
    response = watch.page.request.get(server + "/feed.atom")
    assert response.ok
    assert response.headers["content-type"].startswith("application/atom+xml")
    root = check_atom(response.text())
    assert len(root.findall("{http://www.w3.org/2005/Atom}entry")) == 2
    watch.close()


def test_readable_on_a_phone_without_sideways_scrolling(
    browser: Any, server: str, store: dict[str, Any]
) -> None:
    watch = Watch(browser, server, viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page = watch.page
    for path in ("/", f"/stories/{store['ids']['bridge']}", "/outlets", "/search?q=bridge"):
        page.goto(server + path)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, path
        size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
        assert size >= 16, path
    watch.assert_clean()
    watch.close()


def test_static_export_works_offline_from_disk(browser: Any, store: dict[str, Any], tmp_path: Path) -> None:
    site = tmp_path / "site"
    export_site(store["path"], site)
    watch = Watch(browser, "file://")
    page = watch.page
    page.goto((site / "index.html").as_uri())
    brief = store["briefs"]["bridge"]
    page.get_by_role("link", name=brief["headline"]).click()
    assert page.locator("h1").inner_text() == brief["headline"]
    page.locator("#fact-1 a.cite").first.click()
    dialog = page.locator("dialog#evidence-dialog")
    assert dialog.is_visible()
    number = brief["facts"][0]["sources"][0]
    assert dialog.locator("mark").first.inner_text() == _support(brief, 0, number)["text"]
    dialog.get_by_role("link", name="Read it in the article text").click()
    page.wait_for_load_state()  # the URL changes before the article page has loaded and matched its :target
    assert page.url.startswith((site / "articles").as_uri())
    assert page.locator("mark:target").count() + page.locator("mark:has(> .anchor:target)").count() == 1
    watch.assert_clean()
    watch.close()
    shutil.rmtree(site)


def test_static_export_search_runs_in_the_browser(
    browser: Any, store: dict[str, Any], tmp_path: Path
) -> None:
    import functools
    import http.server
    import socketserver

    site = tmp_path / "site"
    export_site(store["path"], site)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

    handler = functools.partial(Quiet, directory=str(site))
    with socketserver.TCPServer(("127.0.0.1", 0), handler) as httpd:
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        base = f"http://127.0.0.1:{httpd.server_address[1]}"
        watch = Watch(browser, base)
        page = watch.page
        page.goto(base + "/index.html")
        page.fill("#q", "Greyhaven")
        page.keyboard.press("Enter")
        page.wait_for_selector("[data-results] li")
        results = page.locator("[data-results] li")
        status = page.get_by_role("status").inner_text()  # announced to screen readers
        assert status.startswith(f"{results.count()} matches for")
        titles = [results.nth(i).locator("a").inner_text() for i in range(results.count())]
        assert store["briefs"]["library"]["headline"] in titles
        assert "Greyhaven library expansion approved over objections" in titles
        results.first.locator("a").click()
        page.wait_for_load_state()  # the URL changes before the story page has loaded: count its h1 after
        assert page.locator("h1").count() == 1
        watch.assert_clean()
        watch.close()
        httpd.shutdown()
        thread.join(timeout=5)


# Run in the page: what a screen-reader or keyboard user would trip over, as a list of problems.
AUDIT = """() => {
  const problems = [];
  const name = (el) => (el.getAttribute('aria-label') || '').trim()
    || (el.getAttribute('aria-labelledby') || '').split(/\\s+/).map(
         (id) => (document.getElementById(id) || {}).textContent || '').join(' ').trim()
    || (el.getAttribute('title') || '').trim();
  const describe = (el) => el.outerHTML.slice(0, 120);
  if (!document.documentElement.lang) problems.push('no lang on <html>');
  if (!document.title.trim()) problems.push('no <title>');
  const mains = document.querySelectorAll('main');
  if (mains.length !== 1) problems.push(mains.length + ' <main> elements');
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const levels = headings.map((h) => Number(h.tagName[1]));
  if (levels.filter((l) => l === 1).length !== 1) problems.push('h1 count is not 1: ' + levels.join(','));
  if (levels[0] !== 1) problems.push('first heading is not h1: ' + levels.join(','));
  levels.forEach((level, i) => {
    if (i > 0 && level > levels[i - 1] + 1) problems.push('heading skips a level: ' + describe(headings[i]));
    if (!headings[i].textContent.trim()) problems.push('empty heading: ' + describe(headings[i]));
  });
  if (mains.length === 1 && !mains[0].querySelector('h1')) problems.push('the h1 is not in <main>');
  document.querySelectorAll('img').forEach((img) => {
    if (!img.hasAttribute('alt')) problems.push('img without alt: ' + describe(img));
  });
  document.querySelectorAll('svg').forEach((svg) => {
    if (svg.closest('[aria-hidden="true"]')) return;
    if (svg.getAttribute('role') !== 'img' || !name(svg)) problems.push('svg without a name: ' + describe(svg));
  });
  document.querySelectorAll('[role="img"]').forEach((el) => {
    if (!name(el)) problems.push('role=img without a name: ' + describe(el));
  });
  document.querySelectorAll('input, select, textarea').forEach((el) => {
    if (el.type === 'hidden') return;
    if (['submit', 'button', 'reset'].includes(el.type)) {
      if (!(el.value || name(el))) problems.push('button input without a name: ' + describe(el));
    } else if (!(el.labels && el.labels.length) && !name(el)) {
      problems.push('form control without a label: ' + describe(el));
    }
  });
  document.querySelectorAll('button, a[href]').forEach((el) => {
    if (el.closest('template')) return;
    if (!(el.textContent.trim() || name(el))) problems.push('control without a name: ' + describe(el));
  });
  const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length) problems.push('repeated ids: ' + [...new Set(repeated)].join(' '));
  return problems;
}"""

FOCUS_STYLE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const shadow = style.boxShadow && style.boxShadow !== 'none';
  return {tag: el.tagName, text: (el.textContent || el.value || '').trim().slice(0, 40), visible: outline || !!shadow,
          inView: el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0};
}"""


def _pages(store: dict[str, Any]) -> list[str]:
    brief = store["briefs"]["bridge"]
    article = brief["sources"][0]["article_id"]
    return [
        "/",
        f"/stories/{store['ids']['bridge']}",
        f"/stories/{store['ids']['library']}",
        f"/articles/{article}",
        "/search",
        "/search?q=bridge",
        "/search?q=nothing-matches-this",
        "/outlets",
        "/outlets/Talmoor%20Tribune",
        "/stories/no-such-story",
    ]


def test_the_audits_catch_what_they_look_for(browser: Any) -> None:
    """Control: a page that breaks every rule is reported on each count, and a hidden focus is seen."""
    context = browser.new_context()
    page = context.new_page()
    page.set_content(
        "<html><head><title>x</title><style>a:focus{outline:none}</style></head><body>"
        "<h2>first</h2><main><h4>skipped</h4></main><main></main><img src='data:,'>"
        "<svg viewBox='0 0 1 1'></svg><input id='free'><button></button><a href='#'> </a>"
        "<p id='twice'></p><p id='twice'></p></body></html>"
    )
    problems = " | ".join(page.evaluate(AUDIT))
    for expected in (
        "no lang",
        "2 <main>",
        "h1 count is not 1",
        "first heading is not h1",
        "heading skips a level",
        "img without alt",
        "svg without a name",
        "form control without a label",
        "control without a name",
        "repeated ids: twice",
    ):
        assert expected in problems
    page.set_content("<html lang='en'><style>a:focus{outline:none}</style><a href='#x'>link</a></html>")
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUS_STYLE)["visible"] is False
    context.close()


def test_every_page_passes_the_accessibility_basics(browser: Any, server: str, store: dict[str, Any]) -> None:
    watch = Watch(browser, server)
    page = watch.page
    for path in _pages(store):
        page.goto(server + path)
        assert page.evaluate(AUDIT) == [], path
    watch.assert_clean()
    watch.close()


def test_the_exported_pages_pass_the_accessibility_basics(
    browser: Any, store: dict[str, Any], tmp_path: Path
) -> None:
    site = tmp_path / "site"
    export_site(store["path"], site)
    watch = Watch(browser, "file://")
    page = watch.page
    stories = [f"stories/{p.name}" for p in sorted((site / "stories").glob("*.html"))]
    articles = [f"articles/{p.name}" for p in sorted((site / "articles").glob("*.html"))[:2]]
    pages = ["index.html", "search.html", "outlets/index.html", *stories, *articles]
    for relative in pages:
        page.goto((site / relative).as_uri())
        assert page.evaluate(AUDIT) == [], relative
    watch.assert_clean()
    watch.close()


def test_keyboard_focus_is_always_visible(browser: Any, server: str, store: dict[str, Any]) -> None:
    watch = Watch(browser, server, viewport={"width": 1100, "height": 900})
    page = watch.page
    for path in [*_pages(store)[:4], "/outlets"]:
        page.goto(server + path)
        seen = 0
        for _ in range(60):
            page.keyboard.press("Tab")
            focus = page.evaluate(FOCUS_STYLE)
            if focus is None:
                break  # past the last control: focus left the document
            assert focus["visible"], (path, focus)
            assert focus["inView"], (path, focus)
            seen += 1
        assert seen >= 5, path
    # inside the source popover too, opened from the keyboard
    page.goto(f"{server}/stories/{store['ids']['bridge']}")
    page.locator("a.cite[data-evidence]").first.focus()
    page.keyboard.press("Enter")
    assert page.locator("dialog#evidence-dialog").is_visible()
    inside = "document.getElementById('evidence-dialog').contains(document.activeElement)"
    seen = []
    focus = page.evaluate(FOCUS_STYLE)  # where opening the dialog put the focus
    while focus is not None and len(seen) < 10:
        assert focus["visible"] and page.evaluate(inside), focus
        seen.append(focus["text"])
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_STYLE)
    assert len(seen) >= 3 and "Read it in the article text" in seen, seen
    page.keyboard.press("Escape")
    watch.assert_clean()
    watch.close()


@pytest.fixture(scope="module")
def blind(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A store with imported ratings in which one story is covered by right-rated outlets alone."""
    path = tmp_path_factory.mktemp("blind") / "store.db"
    return {"path": path, "ids": build_blindspot_store(path)}


@pytest.fixture(scope="module")
def blind_server(blind: dict[str, Any]) -> Iterator[str]:
    yield from _serve(blind["path"])


def _follow_blindspot_filter(page: Any, blind: dict[str, Any], story_url: str) -> None:
    """From the front page: the filter link, the blindspot listed (and only it), then its story page."""
    page.get_by_role("navigation", name="Blindspots").get_by_role("link", name="little left-leaning coverage").click()
    assert page.locator("h1").inner_text() == "Blindspots: little left-leaning coverage"
    cards = page.locator("article.card h2 a")
    assert cards.count() == 1
    assert page.locator("article.card .badge.blindspot").inner_text() == "Blindspot: little left-leaning coverage"
    assert page.evaluate(AUDIT) == []
    cards.first.click()
    page.wait_for_url(f"**{story_url}")
    assert "Blindspot: little left-leaning coverage" in page.locator("main").inner_text()
    assert page.evaluate(AUDIT) == []


def test_blindspot_filter_live(browser: Any, blind_server: str, blind: dict[str, Any]) -> None:
    watch = Watch(browser, blind_server)
    page = watch.page
    page.goto(blind_server + "/")
    assert page.evaluate(AUDIT) == []
    _follow_blindspot_filter(page, blind, f"/stories/{blind['ids']['ferry']}")
    page.goto(blind_server + "/blindspots/right")
    assert page.locator("p.empty").inner_text() == "No story is a blindspot of right-leaning outlets."
    assert page.evaluate(AUDIT) == []
    watch.assert_clean()
    watch.close()


def test_blindspot_filter_in_the_static_export(browser: Any, blind: dict[str, Any], tmp_path: Path) -> None:
    site = tmp_path / "site"
    export_site(blind["path"], site)
    watch = Watch(browser, "file://")
    page = watch.page
    page.goto((site / "index.html").as_uri())
    assert page.evaluate(AUDIT) == []
    _follow_blindspot_filter(page, blind, f"stories/{blind['ids']['ferry']}.html")
    page.goto((site / "blindspots" / "right.html").as_uri())
    assert page.evaluate(AUDIT) == []
    watch.assert_clean()
    watch.close()


def _slide_and_cite(page: Any, ferry_page: str) -> None:
    """Without JavaScript: move the leaning slider to Right and the depth to 1, check what is shown,
    and follow a citation of the slider brief to its highlighted sentence."""
    sliders = page.get_by_role("navigation", name="Sliders")
    sliders.get_by_role("link", name="Right", exact=True).click()
    page.wait_for_load_state()
    assert page.locator('nav.sliders strong[aria-current="true"]', has_text="Right").count() == 1
    assert page.evaluate(AUDIT) == []
    outlets = {o.inner_text() for o in page.locator("ol.sources a.outlet").all()}
    assert outlets and outlets <= {"Northfield Herald", "Daily Orbit", "Ridge Radio Network"}
    page.get_by_role("navigation", name="Sliders").get_by_role("link", name="1", exact=True).click()
    page.wait_for_load_state()
    assert page.locator("ol.facts > li").count() <= 2
    assert page.evaluate(AUDIT) == []
    cites = page.locator("a.cite")
    assert cites.count() >= 1
    for i in range(cites.count()):  # every citation of a slider brief is a link to its sentence
        href = cites.nth(i).get_attribute("href") or ""
        assert "articles/" in href and "#s-" in href
    cites.first.click()
    page.wait_for_load_state()
    assert page.locator("mark:target").count() == 1
    page.go_back()
    assert ferry_page in page.url


def test_sliders_live_without_javascript(browser: Any, blind_server: str, blind: dict[str, Any]) -> None:
    watch = Watch(browser, blind_server, java_script_enabled=False)
    page = watch.page
    page.goto(f"{blind_server}/stories/{blind['ids']['ferry']}")
    assert page.evaluate(AUDIT) == []
    _slide_and_cite(page, f"/stories/{blind['ids']['ferry']}")
    assert "depth=1" in page.url and "lean=right" in page.url  # live, the sliders combine
    watch.assert_clean()
    watch.close()


def test_sliders_in_the_static_export(browser: Any, blind: dict[str, Any], tmp_path: Path) -> None:
    site = tmp_path / "site"
    export_site(blind["path"], site)
    watch = Watch(browser, "file://", java_script_enabled=False)
    page = watch.page
    page.goto((site / "stories" / f"{blind['ids']['ferry']}.html").as_uri())
    assert page.evaluate(AUDIT) == []
    _slide_and_cite(page, f"{blind['ids']['ferry']}~depth-1.html")  # the copy has one page per slider moved
    watch.assert_clean()
    watch.close()
