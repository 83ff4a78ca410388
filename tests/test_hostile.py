"""Issue 9: no source can stop, hang or exhaust a run. Each attack the issue lists, replayed.

The command-line attacks run `python -m evenhand` in a child process with its address space limited
(``MEMORY_LIMIT``, well under what the attacks used to reach) and a watchdog (``WATCHDOG``, far over
what a bounded run takes): hitting either is the failure, and so is a traceback on the terminal.
Every network answer comes from the loopback test site.
"""

from __future__ import annotations

import gzip
import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from evenhand.cli import main
from evenhand.config import load_config
from evenhand.errors import InputError
from evenhand.ingest import Ingester
from evenhand.ingest.decode import BadEncoding, TooLarge, content_codings, decode, decode_body, single_line
from evenhand.ingest.feeds import feed_entries, opml_feeds
from evenhand.ingest.fetch import Fetcher, FetchError, FetchSettings, forbidden_address
from evenhand.ingest.files import read_capped
from evenhand.ingest.urls import safe_url
from evenhand.store import Store, canonical_url

SITE_DIR = Path(__file__).resolve().parent / "fixtures" / "site"
sys.path.insert(0, str(SITE_DIR))
from newsserver import ARTICLES, Site, serve  # noqa: E402

MEMORY_LIMIT = 1 << 30  # the attacks below reached 3 to 6 GB before the fix
WATCHDOG = 120.0
FLAGS = ["--allow-private", "--delay", "0", "--retries", "0"]
GOOD_PAGE = SITE_DIR / "articles" / ARTICLES[0]
FAST = FetchSettings(
    allow_private=True, delay=0.0, read_timeout=1.0, connect_timeout=1.0, deadline=10, retries=0, backoff=0.05
)


def zeros_gzip(megabytes: int) -> bytes:
    """gzip that decodes to ``megabytes`` MB of zeros: one 10 MB member (10 KB) repeated, cheap to make."""
    member = gzip.compress(b"\0" * (10 << 20), 9)
    return member * max(1, megabytes // 10)


def evenhand(
    *args: str, cwd: Path, unprivileged: bool = False, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the command line in a child with its memory capped and a watchdog; never a traceback."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    command = [sys.executable, "-m", "evenhand", *args]
    if unprivileged and os.geteuid() == 0:  # root reads mode-000 files: drop the capabilities that allow it
        caps = "-dac_override,-dac_read_search"
        command = ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}", *command]
    env = {**os.environ, "EVENHAND_LOG_DIR": str(cwd)}
    result = subprocess.run(
        command,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=WATCHDOG,
        preexec_fn=limit,
        env=env,
        input=stdin,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert "MemoryError" not in result.stderr and "out of memory" not in result.stderr, result.stderr
    return result


def cli(*args: str, cwd: Path, monkeypatch: pytest.MonkeyPatch) -> Result:
    """The command line in this process, for attacks that need no memory limit; never a traceback."""
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("EVENHAND_LOG_DIR", str(cwd))
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output + result.stderr
    return result


def unreadable(path: Path) -> Path:
    path.chmod(0)
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: a mode-000 file is still readable")
    return path


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with serve(slow_seconds=2.0) as running:
        yield running


def raw(status: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers.items()), f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


# -- 1. tracebacks that ended the run -------------------------------------------------------------------


def test_a_redirect_to_an_odd_scheme_is_one_failed_source(site: Site, tmp_path: Path) -> None:
    schemes = ["mailto:desk@news.example", "data:text/html,<p>x</p>", "javascript:alert(1)"]
    odd = [f"{site.base}/odd{n}" for n in range(len(schemes))]
    for url, location in zip(odd, schemes, strict=True):
        site.raw[url.removeprefix(site.base)] = (raw("302 Found", {"Location": location}), 0.0)
    opml = tmp_path / "subs.opml"
    opml.write_text(f'<opml version="2.0"><body><outline xmlUrl="{odd[0]}"/></body></opml>')
    result = evenhand("ingest", "--db", "s.db", *FLAGS, *odd, str(opml), str(GOOD_PAGE), cwd=tmp_path)
    assert result.returncode == 0 and "added 1 article" in result.stdout
    for url in odd:
        assert f"skipped {url}: " in result.stderr
    assert result.stderr.count(f"skipped {odd[0]}: ") == 2  # from the command line, and from the OPML
    update = evenhand("update", "--db", "s.db", *FLAGS, "--no-embed", cwd=tmp_path)
    assert f"skipped {odd[0]}: " in update.stderr and update.returncode == 1  # its only feed failed


def test_malformed_links_in_a_feed_are_reported_and_the_rest_read(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = f"{site.base}/articles/{ARTICLES[0]}"
    bad = ["http://news.example:99999/a", "http://[::1/a", "http://xn--a-.example/a", "http://a..b/x"]
    items = "".join(f"<item><title>t</title><link>{link}</link></item>" for link in [*bad, good])
    feed = tmp_path / "feed.xml"
    feed.write_text(f'<rss version="2.0"><channel><title>c</title>{items}</channel></rss>')
    result = cli("ingest", "--db", "s.db", *FLAGS, str(feed), *bad[:2], cwd=tmp_path, monkeypatch=monkeypatch)
    assert result.exit_code == 0 and "added 1 article" in result.stdout
    assert result.stderr.count("malformed link") == 4
    assert f"skipped {bad[0]}: malformed URL" in result.stderr and f"skipped {bad[1]}: malformed URL" in result.stderr


def test_a_feeds_relative_links_are_read_against_its_address_and_links_to_no_page_are_told() -> None:
    # The red team's: an Atom feed of relative links (which Atom allows) added nothing, in silence, and
    # entries linking to javascript:, mailto:, file: or nothing vanished without the promised line.
    items = "".join(f"<item><title>t</title><link>{link}</link></item>" for link in
                    ["/news/1.html", "2.html", "javascript:alert(1)", "mailto:desk@news.example", "file:///etc/passwd"])
    feed = f'<rss version="2.0"><channel><title>c</title>{items}<item><title>none</title></item></channel></rss>'
    problems: list[InputError] = []
    entries = feed_entries(feed.encode(), "https://news.example/feeds/rss.xml", on_error=problems.append)
    assert [e.link for e in entries] == ["https://news.example/news/1.html", "https://news.example/feeds/2.html"]
    assert [p.reason for p in problems] == [
        "4 entries without a web page's address not read (no link, or a javascript:, mailto:, file: or relative one)"
    ]
    in_a_file = feed_entries(feed.encode(), "saved/rss.xml", on_error=problems.append)
    assert in_a_file == [] and problems[-1].reason.startswith("6 entries without a web page's address")


def test_json_nested_100000_deep_is_a_per_input_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    (tmp_path / "deep.json").write_text(deep)
    good = tmp_path / "good.html"
    good.write_bytes(GOOD_PAGE.read_bytes())
    for command in (["brief"], ["clean"], ["ingest", "--db", "s.db"]):
        result = cli(*command, "deep.json", "good.html", cwd=tmp_path, monkeypatch=monkeypatch)
        assert result.exit_code == 0, (command, result.stderr)
        assert "deep.json" in result.stderr and "nested too deeply" in result.stderr
    line = json.dumps({"id": "ok", "articles": [{"source": "A", "title": "T", "text": GOOD_TEXT}]})
    (tmp_path / "clusters.jsonl").write_text('{"id": "deep", "articles": ' + deep + "}\n" + line + "\n")
    result = cli(
        "brief", "--clusters", "clusters.jsonl", "--jsonl", "-o", "out.jsonl", cwd=tmp_path, monkeypatch=monkeypatch
    )
    assert result.exit_code == 0 and "nested too deeply" in result.stderr
    written = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [w["id"] for w in written] == ["1", "ok"] and "error" in written[0] and "facts" in written[1]


GOOD_TEXT = (
    "The Elsby harbour board approved a new breakwater on Monday after two winters of storm damage. "
    "Work will start in March and take eighteen months, the board said."
)


def test_half_a_utf16_pair_in_json_is_read_as_a_replacement_character(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The red team's: a lone "\ud800" in a record's title made `brief` and `clean` exit 3 and
    # `ingest` skip the file as a bug, for the UTF-8 written after it (a store, the terminal, a page).
    record = '{"source": "Elsby \\ud800Post", "title": "Breakwater \\udfff", "text": "' + GOOD_TEXT + ' \\ud800"}'
    (tmp_path / "lone.json").write_text(record, encoding="utf-8")
    ld = '{"@type": "NewsArticle", "headline": "Elsby \\ud800 breakwater"}'
    page = f'<script type="application/ld+json">{ld}</script>'
    (tmp_path / "lone.html").write_text(GOOD_PAGE.read_text(encoding="utf-8").replace("</head>", page + "</head>"),
                                        encoding="utf-8")
    for command in (["brief"], ["clean"], ["ingest", "--db", "s.db"]):
        result = cli(*command, "lone.json", "lone.html", cwd=tmp_path, monkeypatch=monkeypatch)
        assert result.exit_code == 0 and result.stderr == "", (command, result.stderr)
    assert "Elsby \ufffdPost" in cli("clean", "--json", "lone.json", cwd=tmp_path, monkeypatch=monkeypatch).stdout
    line = json.dumps({"id": "ok", "articles": [{"source": "A", "title": "T", "text": GOOD_TEXT}]})
    (tmp_path / "c.jsonl").write_text(line.replace('"T"', '"T \\ud800"') + "\n", encoding="utf-8")
    result = cli("brief", "--clusters", "c.jsonl", "--jsonl", cwd=tmp_path, monkeypatch=monkeypatch)
    assert result.exit_code == 0 and "facts" in json.loads(result.stdout)


@pytest.mark.parametrize(
    ("toml", "says"),
    [
        ("[limits]\nmax_file_bytes = 'big'\n", "c.toml: [limits] max_file_bytes must be int, not 'big'"),
        ("[brief]\nmax_words = true\n", "c.toml: [brief] max_words must be int, not True"),
        ("limits = 5\n", "c.toml: [limits] must be a table"),
        ("[stories]\nthreshold = 'high'\n", "config: [stories] threshold must be float, not 'high'"),
        ("[feeds]\nurls = 'x'\n", "config: [feeds] urls must be a list of URL strings"),
    ],
)
def test_a_wrong_typed_config_value_is_one_line(
    tmp_path: Path, toml: str, says: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "c.toml").write_text(toml)
    Store.open(tmp_path / "s.db").close()
    result = cli("update", "--db", "s.db", "--no-embed", "--config", "c.toml", cwd=tmp_path, monkeypatch=monkeypatch)
    assert result.exit_code == 1 and result.stderr == f"evenhand: error: {says}\n"


# -- 2. memory exhausted by a few kilobytes -------------------------------------------------------------


def test_gzip_gzip_body_is_capped_on_the_decoded_bytes(site: Site, tmp_path: Path) -> None:
    body = gzip.compress(zeros_gzip(2000), 9)  # 2 GB of zeros inside two layers: a few KB on the wire
    assert len(body) < 50_000
    site.raw["/bomb"] = (raw("200 OK", {"Content-Type": "text/html", "Content-Encoding": "gzip, gzip"}, body), 0.0)
    result = evenhand("ingest", "--db", "s.db", *FLAGS, f"{site.base}/bomb", str(GOOD_PAGE), cwd=tmp_path)
    assert result.returncode == 0 and "added 1 article" in result.stdout
    assert f"{site.base}/bomb: body is over the 10000000 byte limit (decoded)" in result.stderr


def test_decoder_caps_every_layer_as_it_goes() -> None:
    body = gzip.compress(gzip.compress(zeros_gzip(1000)))
    pieces = [body[i : i + 512] for i in range(0, len(body), 512)]
    with pytest.raises(TooLarge):
        for _ in decode_body(pieces, content_codings("gzip, gzip"), 1_000_000):
            pass
    text = b"<p>real page</p>" * 1000
    layered = zlib.compress(gzip.compress(text))
    assert b"".join(decode_body([layered], content_codings("x-gzip, identity, deflate"), 1_000_000)) == text
    with pytest.raises(BadEncoding, match="unsupported Content-Encoding br"):
        decode_body([b""], content_codings("br"), 10).__next__()


@pytest.mark.parametrize("name", ["feed.xml", "subs.opml"])
def test_gzip_bomb_saved_as_a_feed_or_opml_is_refused(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(zeros_gzip(2000))
    result = evenhand("ingest", "--db", "s.db", name, str(GOOD_PAGE), cwd=tmp_path)
    assert result.returncode == 0 and "added 1 article" in result.stdout
    assert f"{name}: decompresses to over the 20 MB limit" in result.stderr


def test_warc_gz_bomb_is_refused(tmp_path: Path) -> None:
    header = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/\r\n"
        b"Content-Type: application/http; msgtype=response\r\nContent-Length: 99999999999\r\n\r\n"
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Pad: "
    )
    (tmp_path / "crawl.warc.gz").write_bytes(gzip.compress(header) + zeros_gzip(3000))
    result = evenhand("ingest", "--db", "s.db", "crawl.warc.gz", str(GOOD_PAGE), cwd=tmp_path)
    assert result.returncode == 0 and "added 1 article" in result.stdout
    assert "crawl.warc.gz:" in result.stderr and "the rest of the file is not read" in result.stderr


def test_symlink_to_dev_zero_fifo_and_socket_are_refused(tmp_path: Path) -> None:
    (tmp_path / "zero.html").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock.txt"))
    (tmp_path / "good.html").write_bytes(GOOD_PAGE.read_bytes())
    try:
        for command in (["clean"], ["brief"], ["ingest", "--db", "s.db"]):
            result = evenhand(*command, "zero.html", "pipe.txt", "sock.txt", "good.html", cwd=tmp_path)
            assert result.returncode == 0, (command, result.stderr)
            assert "zero.html: not a regular file (a character device)" in result.stderr
            assert "pipe.txt: not a regular file (a FIFO)" in result.stderr
            assert "sock.txt: not a regular file (a socket)" in result.stderr
        folder = evenhand("ingest", "--db", "f.db", ".", cwd=tmp_path)  # the same, met in a folder
        assert "not a regular file (a FIFO)" in folder.stderr and "added 1 article" in folder.stdout
    finally:
        server.close()


def test_the_cap_counts_bytes_read_not_what_stat_says(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 300_000)
    # and says how to raise it (a new user's tryout: a 22 MB JSON Lines dump was refused whole)
    with pytest.raises(InputError, match=r"over the 1 MB limit \(\[limits\] max_file_bytes in a --config file\)"):
        read_capped(big, 1_000_000)
    assert read_capped(big, 2_000_000) == big.read_bytes()


# -- 3. hangs -------------------------------------------------------------------------------------------


def test_headers_sent_a_byte_a_second_meet_the_overall_deadline(site: Site) -> None:
    site.raw["/slowloris"] = (b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 10_000, 0.05)
    started = time.monotonic()
    with (
        Fetcher(
            FetchSettings(allow_private=True, delay=0, read_timeout=2, deadline=1.0, retries=2, backoff=0.1)
        ) as fetcher,
        pytest.raises(FetchError, match=r"timed out|took longer"),
    ):
        fetcher.get(f"{site.base}/slowloris")
    assert time.monotonic() - started < WATCHDOG / 4  # unbounded, this took 10,000 x 0.05 s per attempt


def test_the_cli_deadline_holds_for_headers_across_retries(site: Site, tmp_path: Path) -> None:
    site.raw["/slowloris"] = (b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 10_000, 0.05)
    result = evenhand(
        "ingest",
        "--db",
        "s.db",
        "--allow-private",
        "--delay",
        "0",
        "--timeout",
        "0.5",
        "--retries",
        "3",
        f"{site.base}/slowloris",
        str(GOOD_PAGE),
        cwd=tmp_path,
    )
    assert result.returncode == 0 and f"{site.base}/slowloris" in result.stderr and "added 1 article" in result.stdout


def test_clean_on_a_fifo_does_not_wait_for_a_writer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    result = cli("clean", "pipe.txt", cwd=tmp_path, monkeypatch=monkeypatch)
    assert result.exit_code == 1 and "pipe.txt: not a regular file (a FIFO)" in result.stderr


# -- 4. inconsistent failures ---------------------------------------------------------------------------


def test_an_unreadable_file_is_a_per_input_error(tmp_path: Path) -> None:
    (tmp_path / "good.html").write_bytes(GOOD_PAGE.read_bytes())
    (tmp_path / "locked.html").write_bytes(GOOD_PAGE.read_bytes())
    (tmp_path / "shut").mkdir()
    (tmp_path / "shut" / "inside.html").write_bytes(GOOD_PAGE.read_bytes())
    unreadable(tmp_path / "locked.html")
    unreadable(tmp_path / "shut")  # not even a stat of what is inside
    for command in (["brief"], ["clean"], ["ingest", "--db", "s.db"]):
        result = evenhand(*command, "locked.html", "shut/inside.html", "good.html", cwd=tmp_path, unprivileged=True)
        assert result.returncode == 0, (command, result.stderr)
        assert "locked.html: cannot read (Permission denied)" in result.stderr
        assert "shut/inside.html: cannot read (Permission denied)" in result.stderr


def test_an_unreadable_folder_is_reported_and_fails_the_run(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.html").write_bytes(GOOD_PAGE.read_bytes())
    unreadable(folder)
    result = evenhand("ingest", "--db", "s.db", "locked", cwd=tmp_path, unprivileged=True)
    assert result.returncode == 1 and "locked: cannot read folder (Permission denied)" in result.stderr


def test_a_feed_refused_as_unsafe_xml_fails_like_a_refused_article(
    site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = cli("ingest", "--db", "s.db", *FLAGS, f"{site.base}/evil-feed.xml", cwd=tmp_path, monkeypatch=monkeypatch)
    article = cli("ingest", "--db", "s.db", *FLAGS, f"{site.base}/nothing-here", cwd=tmp_path, monkeypatch=monkeypatch)
    assert feed.exit_code == article.exit_code == 1
    assert "unsafe XML refused" in feed.stderr


def test_an_opml_of_10000_feeds_drops_nothing_silently(tmp_path: Path) -> None:
    outlines = "".join(f'<outline xmlUrl="https://feeds{n}.example/rss"/>' for n in range(10_000))
    data = f'<opml version="2.0"><body>{outlines}</body></opml>'.encode()
    assert len(opml_feeds(data, "subs.opml", limit=load_config().limits.max_opml_feeds)) == 10_000
    dropped: list[InputError] = []
    assert len(opml_feeds(data, "subs.opml", limit=1000, on_error=dropped.append)) == 1000
    assert [str(e) for e in dropped] == ["subs.opml: 9000 feeds past the first 1000 not read"]


def test_entries_past_the_feed_limit_are_reported() -> None:
    items = "".join(f"<item><link>https://x.example/{n}</link></item>" for n in range(30))
    dropped: list[InputError] = []
    entries = feed_entries(
        f'<rss version="2.0"><channel>{items}</channel></rss>'.encode(), "f.xml", limit=20, on_error=dropped.append
    )
    assert len(entries) == 20 and [str(e) for e in dropped] == ["f.xml: 10 entries past the first 20 not read"]


def test_a_megabyte_date_is_cut_before_the_store_and_the_brief() -> None:
    # A record's or a feed's date was kept whole, and the brief's JSON now prints each source's date.
    from evenhand.ingest.extract import article_from_record

    junk = "2025-10-14 " + "\x1b[2J9" * 200_000
    text = "The Veld ferry line cut its night crossings on Monday after a fall in winter passengers. " * 3
    article = article_from_record({"source": "Veld Post", "text": text, "published": junk}, origin="r.jsonl#1")
    assert article.published is not None and len(article.published) <= 100 and "\x1b" not in article.published
    item = f"<item><link>https://veld.example/1</link><pubDate>2025-10-14 {'9' * 1_000_000}</pubDate></item>"
    (entry,) = feed_entries(f'<rss version="2.0"><channel>{item}</channel></rss>'.encode(), "f.xml")
    assert entry.published is not None and len(entry.published) <= 100


def test_symlink_loops_are_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "good.html").write_bytes(GOOD_PAGE.read_bytes())
    (folder / "again").symlink_to(folder)
    (folder / "self.html").symlink_to(folder / "self.html")
    result = cli("ingest", "--db", "s.db", "pages", cwd=tmp_path, monkeypatch=monkeypatch)
    assert result.exit_code == 0 and "added 1 article" in result.stdout
    assert "again: symlink loop (folder already read)" in result.stderr
    assert "self.html: cannot read (symlink loop)" in result.stderr
    single = cli("brief", "pages/self.html", "pages/good.html", cwd=tmp_path, monkeypatch=monkeypatch)
    assert single.exit_code == 0 and "self.html: broken symlink or symlink loop" in single.stderr


# -- 5. amplification and terminal injection ------------------------------------------------------------


def test_titles_and_outlet_names_are_bounded_and_escapes_never_reach_the_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    limits = load_config().limits
    title = "\x1b]0;pwned\x07Harbour \x1b[2J news " + "x" * 1_000_000
    record = {
        "source": "\x9b31mOutlet " + "y" * 100_000,
        "title": title,
        "text": GOOD_TEXT,
        "url": "https://user:secret@news.example:8443/a?b=1",
    }
    (tmp_path / "a.json").write_text(json.dumps(record))
    result = cli("ingest", "--db", "s.db", "a.json", cwd=tmp_path, monkeypatch=monkeypatch)
    assert result.exit_code == 0
    with Store.open(tmp_path / "s.db") as store:
        (row,) = store.articles()
    assert len(row.title) <= limits.max_title_chars and row.title.startswith("]0;pwned Harbour [2J news xx")
    assert len(row.outlet) <= limits.max_outlet_chars and "\x9b" not in row.outlet
    assert row.url == "https://news.example:8443/a?b=1"
    cli("cluster", "--db", "s.db", "--no-embed", cwd=tmp_path, monkeypatch=monkeypatch)
    listing = cli("stories", "--db", "s.db", cwd=tmp_path, monkeypatch=monkeypatch)
    assert "pwned" in listing.stdout and not any(c in listing.stdout for c in "\x1b\x07\x9b")
    assert len(listing.stdout) < 4 * (limits.max_title_chars + limits.max_outlet_chars + limits.max_url_chars)


def test_single_line_strips_controls_and_bidi_overrides() -> None:
    assert single_line("a\x1b[31mb\u202ec\n\td", 100) == "a [31mb c d"
    assert single_line("z" * 50, 10) == "z" * 10
    # a title's soft hyphen or byte-order mark splits a word no reader sees split (neus-val-0230)
    title = "Trump defends Vladi\u00admir Putin\ufeff at\u200b forum"
    assert single_line(title, 100) == "Trump defends Vladimir Putin at forum"


# -- 6. smaller -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_with_or_without_bom_is_read(tmp_path: Path, encoding: str) -> None:
    text = "Harbour news\n\nThe naïve plan for the café on the quay was approved on Monday by the council."
    assert decode(text.encode(encoding), "a.txt").lstrip("\ufeff") == text


def test_latin1_and_windows_1252_are_decoded_as_such() -> None:
    latin = "The naïve café owner said the crème brûlée was très bon. " * 3
    assert decode(latin.encode("latin-1"), "a.txt") == latin
    quoted = "“Grüße”, said the naïve mayor of Skarn – twice. " * 3
    assert decode(quoted.encode("cp1252"), "b.txt") == quoted


def test_urls_keep_ipv6_brackets_and_lose_credentials() -> None:
    assert canonical_url("http://[2001:db8::1]:8080/a?utm_source=x") == "http://[2001:db8::1]:8080/a"
    assert canonical_url("https://user:pw@news.example/a") == "https://news.example/a"
    assert safe_url("http://user:pw@[2001:DB8::1]/a") == "http://[2001:db8::1]/a"
    assert safe_url("http://news.example:99999/") is None and safe_url("http://[::1/") is None
    assert safe_url("mailto:x@y.example") is None and safe_url("https://x.example/" + "a" * 3000) is None


@pytest.mark.parametrize("url", ["http://news.example/\x1b[31mred", "http://news.example/\u202egnp.exe",
                                 "http://news.example/a\u200bb", "http://news.example/a\x85b"])
def test_a_url_with_a_control_or_reordering_character_is_not_kept(url: str) -> None:
    # The red team's: a WARC record's "http://.../\x1b[31m" and a feed's U+202E were stored and served.
    assert safe_url(url) is None
    assert safe_url(url.replace(url[len("http://news.example/"):], "plain")) == "http://news.example/plain"


@pytest.mark.parametrize("address", ["2002:a00:1::1", "2002:7f00:1::1", "2002:5db8:d822::1", "fec0::1"])
def test_6to4_and_site_local_addresses_are_refused(address: str) -> None:
    assert forbidden_address(address) is not None


def test_6to4_names_the_private_address_it_embeds() -> None:
    assert "embedding a private address 10.0.0.1" in (forbidden_address("2002:a00:1::1") or "")


def test_ingester_reports_a_bug_in_one_source_and_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected exception on one source is one line naming it and a log; the next source is read."""
    monkeypatch.setenv("EVENHAND_LOG_DIR", str(tmp_path))
    (tmp_path / "good.html").write_bytes(GOOD_PAGE.read_bytes())
    with Store.open(tmp_path / "s.db") as store:
        ingester = Ingester(store, fetch_settings=FAST)
        try:
            ingester._guarded("bad-source", lambda: [][0])
            ingester.run([str(tmp_path / "good.html")])
        finally:
            ingester.close()
    (line,) = ingester.report.failed
    assert line.startswith("bad-source: unexpected error IndexError (log: ") and len(ingester.report.added) == 1
    assert "Traceback" in Path(line.split("log: ")[1].rstrip(")")).read_text()


def test_a_dns_answer_that_never_comes_meets_the_deadline() -> None:
    """getaddrinfo takes no timeout: the lookup is waited for only as long as the deadline allows."""
    release = threading.Event()

    def stuck(host: str, port: int) -> list[str]:
        release.wait(WATCHDOG)
        return ["127.0.0.1"]

    settings = FetchSettings(
        allow_private=True, obey_robots=False, delay=0, connect_timeout=0.5, deadline=0.5, retries=1, backoff=0.05
    )
    try:
        with Fetcher(settings, resolver=stuck) as fetcher, pytest.raises(FetchError, match=r"in time|took longer"):
            fetcher.get("http://stuck-dns.example/")
        assert not release.is_set()  # the fetch gave up while the lookup still hung
    finally:
        release.set()


def test_markdown_with_a_long_run_of_brackets_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Link syntax is matched bracket by bracket: a run of "[" once cost time quadratic in its length.
    (tmp_path / "brackets.md").write_text("Brackets\n\n" + "[" * 200_000 + "\n\n" + GOOD_TEXT)
    result = cli("clean", "brackets.md", cwd=tmp_path, monkeypatch=monkeypatch)
    assert result.exit_code == 0, result.stderr
    assert GOOD_TEXT.split(".")[0] in result.stdout


# -- the hundred-and-fourteenth helper's probe: inputs that still ended a run or broke the reader ---------

PARAGRAPH = (
    "The Elsby harbour board approved a new breakwater on Monday after two winters of storm damage. "
    "Work will start in March and take two years, the board said. Fishermen welcomed the decision."
)


@pytest.mark.parametrize("published", ["9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+14:00"])
def test_a_date_past_the_last_or_before_the_first_moment_is_no_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, published: str
) -> None:
    # It was stored as given, and every page listing the story, `stories --json` and the export
    # then failed on it ("year 10000 is out of range").
    (tmp_path / "odd.json").write_text(json.dumps({"source": "Elsby Post", "title": "Breakwater",
                                                   "text": PARAGRAPH, "published": published}))
    assert cli("ingest", "--db", "s.db", "odd.json", cwd=tmp_path, monkeypatch=monkeypatch).exit_code == 0
    assert cli("cluster", "--db", "s.db", "--no-embed", cwd=tmp_path, monkeypatch=monkeypatch).exit_code == 0
    listed = cli("stories", "--db", "s.db", "--json", cwd=tmp_path, monkeypatch=monkeypatch)
    assert listed.exit_code == 0 and json.loads(listed.output)["stories"]
    exported = cli("export", str(tmp_path / "site"), "--db", "s.db", cwd=tmp_path, monkeypatch=monkeypatch)
    assert exported.exit_code == 0, exported.output


def test_a_store_holding_an_unshowable_moment_still_serialises() -> None:
    from evenhand.serialize import iso

    assert iso(253402300800.0 + 86400) is None and iso(-62135596800.0 - 86400) is None
    assert iso(0.0) == "1970-01-01T00:00:00Z"


@pytest.mark.parametrize("name,content", [
    # JSON-LD in a page nested past Python's recursion limit
    ("deep.html", "<html><head><script type='application/ld+json'>" + "[" * 3000 + "]" * 3000
     + f"</script></head><body><article><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>"),
    # an integer of over 4,300 digits, which json.loads refuses with a plain ValueError
    ("long.json", '{"source": "A", "title": "T", "text": "' + PARAGRAPH + '", "lean": ' + "9" * 5000 + "}"),
])
def test_one_unreadable_file_does_not_end_clean_or_brief(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, content: str
) -> None:
    (tmp_path / name).write_text(content)
    (tmp_path / "good.txt").write_text("Breakwater approved\n\n" + PARAGRAPH)
    cleaned = cli("clean", name, "good.txt", cwd=tmp_path, monkeypatch=monkeypatch)
    assert cleaned.exit_code in (0, 1) and "Fishermen welcomed the decision." in cleaned.output
    brief = cli("brief", name, "good.txt", cwd=tmp_path, monkeypatch=monkeypatch)
    assert brief.exit_code in (0, 1) and "breakwater" in brief.output


def test_a_json_lines_record_with_a_too_long_number_is_one_line_and_the_rest_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = json.dumps({"source": "Elsby Post", "title": "Breakwater", "text": PARAGRAPH})
    (tmp_path / "a.jsonl").write_text('{"lean": ' + "9" * 5000 + "}\n" + good + "\n")
    result = cli("ingest", "--db", "s.db", "a.jsonl", cwd=tmp_path, monkeypatch=monkeypatch)
    assert "added 1 article" in result.output
    assert "a.jsonl line 1: JSON holds a number too long to read" in result.stderr


def test_an_opml_list_that_lists_itself_is_read_once(site: Site, tmp_path: Path) -> None:
    url = f"{site.base}/loop.opml"
    body = f'<opml version="2.0"><body><outline xmlUrl="{url}"/><outline xmlUrl="{url}"/></body></opml>'.encode()
    site.raw["/loop.opml"] = (raw("200 OK", {"Content-Type": "text/x-opml"}, body), 0.0)
    result = evenhand("ingest", "--db", "s.db", *FLAGS, url, cwd=tmp_path)
    assert "Traceback" not in result.stderr and "nested too deeply" not in result.stderr
    assert site.hits["/loop.opml"] <= 2  # it was fetched until the recursion limit: about 1,450 times


@pytest.mark.parametrize("declared", [b"x-nonexistent-999", b"utf-32"])
def test_xml_in_an_encoding_that_cannot_be_read_is_bad_input(declared: bytes) -> None:
    data = b'<?xml version="1.0" encoding="' + declared + b'"?><opml version="2.0"><body></body></opml>'
    with pytest.raises(InputError, match="encoding"):
        opml_feeds(data, "weird.opml", limit=10)
    with pytest.raises(InputError, match="encoding"):
        feed_entries(data.replace(b"opml", b"rss"), "weird.xml", limit=10)


def test_a_fifo_given_as_ratings_is_refused_not_waited_on(tmp_path: Path) -> None:
    from evenhand.outlets.ratings import read_ratings

    fifo = tmp_path / "ratings.csv"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="regular file"):
        read_ratings(str(fifo))


def test_an_outlet_named_index_does_not_take_the_export_page_of_its_folder() -> None:
    from evenhand.web.links import static_name

    assert static_name("index") != "index" and static_name("Index.json") != "Index.json"
    assert static_name("Talmoor Tribune") == "Talmoor Tribune"


def test_a_file_name_that_is_not_utf8_is_read_and_shown_with_replacement_characters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Old archives hold such names; the name became the outlet, which the store and JSON could not hold.
    folder = tmp_path / "archive"
    folder.mkdir()
    (Path(os.fsdecode(bytes(folder))) / os.fsdecode(b"bad\xff.txt")).write_bytes(
        b"Breakwater approved\n\n" + PARAGRAPH.encode()
    )
    cleaned = cli("clean", "--json", "archive", cwd=tmp_path, monkeypatch=monkeypatch)
    assert cleaned.exit_code == 0 and json.loads(cleaned.output.splitlines()[0])["outlet"] == "bad\ufffd"
    assert cli("brief", "archive", cwd=tmp_path, monkeypatch=monkeypatch).exit_code == 0
    ingested = cli("ingest", "--db", "s.db", "archive", cwd=tmp_path, monkeypatch=monkeypatch)
    assert ingested.exit_code == 0 and "added 1 article" in ingested.output


@pytest.mark.parametrize("page", [
    # one paragraph's 40,000 attributes took lxml 27 s (their parsing is quadratic); 800,000 never ended
    "<p " + " ".join(f'a{i}="{i}"' for i in range(40_000)) + ">" + PARAGRAPH + "</p>",
    # 500,000 table rows took 95 s and 1.8 GB
    "<table>" + "<tr><td>x</td></tr>" * 500_000 + "</table><p>" + PARAGRAPH + "</p>",
], ids=["attributes", "rows"])  # a page as its own id put 10 MB in PYTEST_CURRENT_TEST: no child could start
def test_a_page_whose_shape_would_take_minutes_to_parse_is_refused_at_once(tmp_path: Path, page: str) -> None:
    (tmp_path / "odd.html").write_text(page)
    (tmp_path / "good.txt").write_text("Breakwater approved\n\n" + PARAGRAPH)
    result = evenhand("clean", "odd.html", "good.txt", cwd=tmp_path)  # under the watchdog and the memory limit
    assert "Fishermen welcomed the decision." in result.stdout
    assert "skipped odd.html: page has" in result.stderr


@pytest.mark.parametrize("length", [b"-5", b"abc"])
def test_a_warc_record_with_a_wrong_content_length_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, length: bytes
) -> None:
    # warcio wrote three lines of its own ("WARNING: Record not followed by newline ...") on the terminal.
    page = f"<html><body><article><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>".encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    record = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://e.example/a\r\n"
              b"WARC-Date: 2026-12-01T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
              b"Content-Length: " + length + b"\r\n\r\n" + http + b"\r\n\r\n")
    (tmp_path / "odd.warc").write_bytes(record)
    result = evenhand("ingest", "--db", "s.db", "odd.warc", cwd=tmp_path)
    assert "WARNING" not in result.stderr and "Remainder" not in result.stderr
    assert [line for line in result.stderr.splitlines() if "odd.warc" in line]
    assert all(line.startswith("evenhand: ") for line in result.stderr.splitlines() if line.strip())


@pytest.mark.parametrize("content", [b"", b"WARC/1.0\r\n"])
def test_a_warc_with_no_page_in_it_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes) -> None:
    # It was "added 0 article(s)" and nothing else, where an empty .html says "empty file".
    (tmp_path / "empty.warc").write_bytes(content)
    result = cli("ingest", "--db", "s.db", "empty.warc", cwd=tmp_path, monkeypatch=monkeypatch)
    assert "skipped empty.warc: " in result.stderr


@pytest.mark.parametrize("run", ["Word. ", "Wow! "], ids=["periods", "exclamations"])
def test_an_article_of_thousands_of_one_word_sentences_is_briefed(tmp_path: Path, run: str) -> None:
    # The word before each period (or exclamation mark) was looked for from the paragraph's start: a
    # 200,000-character paragraph of "Word. " took minutes, past any reader's patience (found by probing
    # the command line with hostile articles). The watchdog ends the run if that comes back.
    record = {"title": "Harbour board", "text": GOOD_TEXT + "\n\n" + run * (200_000 // len(run))}
    (tmp_path / "long.json").write_text(json.dumps(record))
    result = evenhand("brief", "long.json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Elsby harbour board approved a new breakwater" in result.stdout
