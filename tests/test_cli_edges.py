"""The rough edges a new user meets, each retried as they met it (issue 10)."""

from __future__ import annotations

import json
import os
import socket
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from evenhand.cli import main
from evenhand.ingest.clean import prose_share
from evenhand.store import Assignment, Store
from evenhand.web import leaning_spread

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "src" / "evenhand" / "example"

PASSWD = "".join(
    f"{name}:x:{uid}:{uid}:{name}:/home/{name}:/usr/sbin/nologin\n"
    for uid, name in enumerate(["root", "daemon", "bin", "sys", "sync", "games", "man", "lp", "mail", "news"])
)
LOG = "".join(
    f"2026-12-01T10:0{i}:1{i} INFO worker[{i}]: processed batch {i} in 0.{i} s (queue={i * 3})\n" for i in range(9)
)
CONFIG = (EXAMPLE.parent / "default_config.toml").read_text(encoding="utf-8")  # a config file, comments and all


def _cli(*args: str) -> Any:
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def umask_027() -> Iterator[None]:
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


def test_output_files_honour_the_umask(tmp_path: Path, umask_027: None) -> None:
    out = tmp_path / "brief.md"
    assert _cli("brief", "--example", "-o", str(out)).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # 0666 less the umask, as any other program's file
    os.umask(0o022)
    assert _cli("brief", "--example", "--json", "-o", str(out)).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_errors_name_the_users_path_and_the_real_cause(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "brief.md"
    result = _cli("brief", "--example", "-o", str(missing))
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"evenhand: error: {missing}: cannot write: there is no folder {missing.parent}"
    )
    assert ".tmp" not in result.output
    store = tmp_path / "no-such-folder" / "news.db"
    result = _cli("ingest", str(EXAMPLE), "--db", str(store))
    assert result.exit_code == 1 and f"{store}: cannot create the store: there is no folder" in result.output
    assert "not an evenhand database" not in result.output
    result = _cli("feeds", "add", "https://news.example/rss.xml", "--db", str(store))
    assert result.exit_code == 1 and f"{store}: cannot create the store: there is no folder" in result.output


@pytest.mark.parametrize("command", [["cluster", "--no-embed"], ["update", "--no-embed"], ["stories"],
                                     ["feeds", "list"], ["serve"]])
def test_commands_that_read_a_store_refuse_a_missing_one(tmp_path: Path, command: list[str]) -> None:
    typo = tmp_path / "typo.db"
    result = _cli(*command, "--db", str(typo))
    assert result.exit_code == 1, result.output
    assert f"{typo}: no such store" in result.output
    assert not typo.exists()


@pytest.mark.parametrize(("name", "text"), [("passwd", PASSWD), ("app.log", LOG), ("settings", CONFIG)])
def test_text_that_is_not_prose_is_not_an_article(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_text(text)
    assert prose_share(text) < 0.3
    result = _cli("brief", str(path))
    assert result.exit_code == 1 and f"{path}: not an article" in result.output
    db = str(tmp_path / "news.db")
    result = _cli("ingest", str(path), "--db", db)
    assert result.exit_code == 1 and f"{path}: not an article" in result.output
    with Store.open(db, readonly=True) as store:
        assert store.article_count() == 0


def test_prose_is_still_an_article() -> None:
    from evenhand.ingest.extract import read_path

    articles = read_path(EXAMPLE)
    assert len(articles) == 6 and all(prose_share(a.text) > 0.5 for a in articles)
    # A text in a script written without spaces counts by its letters.
    assert prose_share("市议会周二投票决定关闭奎尔街图书馆，馆内藏书将转移到新的社区中心。\n" * 3) == 1.0


def test_an_uncited_input_is_not_listed_under_sources(tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    folder.mkdir()
    for path in EXAMPLE.glob("*.txt"):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "zz-recipe.txt").write_text(
        "Lemon cake\n\nsource: Kitchen Notes\n\nCream the butter and sugar until pale, then beat in the eggs one at"
        " a time. Fold in the flour and the zest of two lemons. Bake for forty minutes in a moderate oven and"
        " leave the cake to cool before you glaze it with lemon juice and icing sugar.\n"
    )
    result = _cli("brief", str(folder), "--json")
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    cited = {n for f in brief["facts"] for n in f["sources"]} | set(brief.get("lede_sources") or [])
    cited |= {n for item in brief["narratives"] for n in item["sources"]}
    cited |= {n for point in brief["contested"] for c in point["claims"] for n in c["sources"]}
    numbers = {s["number"] for s in brief["sources"]}
    assert "Lemon cake" not in {s["title"] for s in brief["sources"]} and len(brief["sources"]) == 3
    assert numbers <= cited | {brief.get("headline_source")}


def test_an_empty_input_folder_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = _cli("brief", str(empty))
    assert result.exit_code == 1 and str(empty) in result.output
    result = _cli("ingest", str(empty), "--db", str(tmp_path / "news.db"))
    assert result.exit_code == 1 and f"{empty}: empty folder" in result.output


def _words(brief: dict[str, Any]) -> int:
    texts = [brief["lede"] or ""] + [f["text"] for f in brief["facts"]] + [n["text"] for n in brief["narratives"]]
    texts += [p["about"] + " " + " ".join(c["value"] for c in p["claims"]) for p in brief["contested"]]
    return sum(len(t.split()) for t in texts)


def test_a_bad_json_file_is_one_line_with_its_reason(tmp_path: Path) -> None:
    # The walkthrough's bad.json gave two lines, the second clipped: its JSON error, then "no
    # readable article among 2 files".
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": "Quay reopens", "text": "unterminated', encoding="utf-8")
    result = _cli("brief", str(bad))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"evenhand: error: {bad}: not valid JSON (Unterminated string starting at)"]


def test_a_json_file_of_bad_records_gives_each_records_reason(tmp_path: Path) -> None:
    # The reviewer's: only the first record's reason was told.
    two = tmp_path / "two.json"
    two.write_text(json.dumps({"articles": [{"title": "a"}, {"title": "b", "url": "https://x.example/b"}]}),
                   encoding="utf-8")
    result = _cli("brief", f"{two.parent}/./{two.name}")  # the file as its own line, however it is spelt
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"evenhand: skipped {two}#1: article has no text",
        f"evenhand: skipped {two}#2: article has no text",
        f"evenhand: error: {two}: no readable article in the file, each reason above",
    ]


def test_when_every_input_fails_each_says_why(tmp_path: Path) -> None:
    # "no readable article in 2 inputs (first: empty.txt: empty file)" left out why x.html failed.
    empty, binary = tmp_path / "empty.txt", tmp_path / "x.html"
    empty.write_text("", encoding="utf-8")
    binary.write_bytes(bytes(range(256)) * 8)
    result = _cli("brief", str(empty), str(binary))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"evenhand: skipped {empty}: empty file",
        f"evenhand: skipped {binary}: binary file, not text",
        "evenhand: error: no readable article in 2 inputs",
    ]


def test_max_words_bounds_the_whole_brief(tmp_path: Path) -> None:
    full = json.loads(_cli("brief", "--example", "--json").stdout)
    assert full["narratives"] and full["contested"]
    for budget in (1, 40, 120, 400):
        brief = json.loads(_cli("brief", "--example", "--json", "--max-words", str(budget)).stdout)
        assert _words(brief) <= budget
        cited = {n for f in brief["facts"] for n in f["sources"]} | set(brief.get("lede_sources") or [])
        cited |= {n for item in brief["narratives"] for n in item["sources"]}
        cited |= {n for point in brief["contested"] for c in point["claims"] for n in c["sources"]}
        assert {s["number"] for s in brief["sources"]} <= cited | {brief.get("headline_source")}
    one = _cli("brief", "--example", "--max-words", "1")
    assert "## Narratives" not in one.stdout and "## Contested" not in one.stdout
    sources = [line for line in one.stdout.splitlines() if line.startswith("Sources:")]
    assert len(sources) == 1 and " and " not in sources[0]
    # the outlets read that nothing printed cites are named as such, not as sources
    assert "Read for this brief, not cited: " in one.stdout
    assert _cli("brief", "--example", "--max-words", "0").exit_code == 2  # refused, not "no bound"


@pytest.mark.parametrize("budget", [120, 400])
def test_a_bounded_brief_shows_the_dispute_of_a_figure_it_prints(budget: int) -> None:
    # A new user's tryout: at 120 words the example's lede said "injuring 40 workers" and its
    # Contested section, where two of the outlets say 47, was gone. Facts give way for it instead.
    brief = json.loads(_cli("brief", "--example", "--json", "--max-words", str(budget)).stdout)
    printed = " ".join([brief["lede"], *(f["text"] for f in brief["facts"])])
    assert "injuring 40 workers" in printed and _words(brief) <= budget
    values = {c["value"] for point in brief["contested"] for c in point["claims"]}
    assert {"40", "Forty-seven"} <= values
    if "reopen the harbour on Friday" in printed:
        assert {"Friday", "Monday"} <= values


@pytest.mark.parametrize("value", ["9" * 5000, "x" * 100_000])
def test_a_huge_bad_option_value_is_shown_by_its_start(value: str) -> None:
    # the hardening probe of session 18: click echoed a --max-words of thousands of digits whole
    result = _cli("brief", "--example", "--max-words", value)
    assert result.exit_code == 2
    (error,) = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert "'--max-words'" in error and f"'{value[:50]}" in error and "…" in error and len(error) < 200


def test_jsonl_without_clusters_is_an_error() -> None:
    result = _cli("brief", "--example", "--jsonl")
    assert result.exit_code == 2 and "--jsonl goes with --clusters" in result.output


@pytest.mark.parametrize("args", [
    ["--depth", "9", "--example"], ["--lean", "leftish", "--example"], [],
    # a new user's tryout: exit 1, where an option given apart from what it goes with is a usage error
    ["-s", "A", "-s", "B", "-s", "C", str(EXAMPLE / "northgate-wire.txt"), str(EXAMPLE / "portside-insider.txt")],
], ids=["depth out of range", "unknown lean", "no input", "a source name per input"])
def test_a_command_line_that_asks_the_impossible_is_a_usage_error(args: list[str]) -> None:
    # The README's exit codes give 2 for usage errors; these gave 1 (the new-user walkthrough).
    result = _cli("brief", *args)
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("evenhand: error: ")


@pytest.mark.parametrize("args", [
    ["stories", "--lean", "left"], ["feeds", "add"], ["export", "site", "--base-url", "ftp://x"],
    ["serve", "--update-every", "banana"], ["batch", "clusters.jsonl"],
], ids=["sliders without a story", "no feed", "base URL not http", "no duration", "no output"])
def test_every_commands_usage_errors_exit_2(tmp_path: Path, args: list[str]) -> None:
    # The reviewer's: only `brief` and `stories ID` had moved to exit code 2.
    db = tmp_path / "news.db"
    Store.open(str(db)).close()
    (tmp_path / "clusters.jsonl").write_text("", encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = _cli(*args, *([] if args[0] == "batch" else ["--db", str(db)]))
    finally:
        os.chdir(cwd)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("evenhand: error: ") and len(result.stderr.splitlines()) == 1


def test_a_file_that_is_not_json_lines_stops_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "passwd"
    path.write_text(PASSWD * 50)
    out = tmp_path / "briefs.jsonl"
    result = _cli("brief", "--clusters", str(path), "--jsonl", "-o", str(out))
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "its first 5 lines fail" in result.output
    assert not out.exists()
    result = _cli("brief", "--clusters", str(path))
    assert result.stdout == "" and result.output.count("\n") == 1


def test_serve_on_a_busy_port_says_so_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    Store.open(db).close()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = _cli("serve", "--db", str(db), "--port", str(port))
    assert result.exit_code == 1
    assert result.output == (
        f"evenhand: error: port {port} on 127.0.0.1 is already in use: stop what runs there, or give another --port\n"
    )


def test_unreachable_hosts_are_reported_as_unreachable(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a loopback port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/news/story.html"
    result = _cli("ingest", url, "--db", str(tmp_path / "news.db"), "--allow-private", "--retries", "0")
    assert result.exit_code == 1
    assert f"{url}: host unreachable: 127.0.0.1" in result.output
    assert "robots" not in result.output


def test_undated_stories_are_marked_undated(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    undated = tmp_path / "undated.txt"
    undated.write_text(
        "Quill Street library to close\n\nsource: Marrow Gazette\n\nThe Marrow council voted on Tuesday to close the"
        " Quill Street library at the end of the year, and to move its books to the new community centre.\n"
    )
    assert _cli("ingest", str(undated), "--db", str(db)).exit_code == 0
    assert _cli("cluster", "--db", str(db), "--no-embed").exit_code == 0
    listing = json.loads(_cli("stories", "--db", str(db), "--json").stdout)
    story = listing["stories"][0]
    assert story["undated"] is True
    assert "undated" in _cli("stories", "--db", str(db)).stdout
    assert "undated: no outlet gave a date" in _cli("stories", story["id"], "--db", str(db)).stdout
    from starlette.testclient import TestClient

    from evenhand.web import create_app

    client = TestClient(create_app(db))
    assert client.get("/stories.json").json()["stories"][0]["undated"] is True
    assert "undated: no outlet gave a date" in client.get(f"/stories/{story['id']}").text
    with Store.open(db) as store:  # a dated article joins: the story is dated
        dated = _cli("ingest", str(EXAMPLE), "--db", str(db))
        assert dated.exit_code == 0
        first = store.articles()[-1].id
        store.apply_assignments([Assignment(first, story["id"], 1.0, {"test": True}, False)])
    # the story list (evenhand.stories/1, the CLI's shape too) always says; a story's own JSON only when undated
    assert client.get("/stories.json").json()["stories"][0]["undated"] is False
    assert "undated" not in client.get(f"/stories/{story['id']}.json").json()["story"]
    assert json.loads(_cli("stories", "--db", str(db), "--json").stdout)["stories"][0]["undated"] is False


def test_counts_read_as_english() -> None:
    assert leaning_spread({"A": None, "B": None, "C": None, "D": None})["label"] == "4 not rated"
    assert leaning_spread({"A": "Center", "B": None})["label"] == "Center 1; 1 not rated"


def test_story_text_shows_the_whole_brief(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    assert _cli("ingest", str(EXAMPLE), "--db", db).exit_code == 0
    data = json.loads(_cli("cluster", "--db", db, "--no-embed", "--json").stdout)
    text = _cli("stories", data["changed_stories"][0], "--db", db).stdout
    assert "\nNarratives:\n- " in text and "\nContested:\n- how many workers: " in text
    sources = text.split("\nSources:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert sources and all(not line.endswith(":") and not line.endswith(": ") for line in sources)


def test_embedding_memory_is_bounded_by_tokens_not_by_the_longest_text_in_a_batch() -> None:
    from evenhand.embed import _padded_chunks, load_embedder

    lengths = [12, 30, 90_000, 8, 8, 40_000, 40_000, 5]
    chunks = list(_padded_chunks(lengths, budget=65_536))
    assert [(a, b) for a, b, _ in chunks] == [(0, 2), (2, 3), (3, 5), (5, 6), (6, 7), (7, 8)]
    for first, stop, width in chunks:
        assert width == max(lengths[first:stop])
        assert (stop - first) * width <= 65_536 or stop - first == 1  # a text longer than the budget goes alone
    embedder = load_embedder()
    texts = ["Fire closes the port of Marrowick.", "word " * 3000, "The council votes to close a library."]
    together = embedder.embed(texts)
    for i, text in enumerate(texts):  # a text's vector does not depend on what it is batched with
        assert (embedder.embed([text])[0] == together[i]).all()


def test_progress_moves_item_by_item(tmp_path: Path) -> None:
    from evenhand import pipeline
    from evenhand.config import load_config
    from evenhand.stories import ClusterSettings

    db = tmp_path / "news.db"
    events: list[tuple[str, int]] = []
    config = load_config()
    with Store.open(db) as store:
        pipeline.ingest(store, [str(EXAMPLE)], pipeline.FetchSettings(), config, lambda k, n: events.append((k, n)))
        assert events[0] == ("total", 1) and events.count(("done", 1)) == 1 + 6  # the source, then each article
        events.clear()
        pipeline.cluster(store, ClusterSettings(), None, lambda k, n: events.append((k, n)))
    assert events == [("total", 6)] + [("done", 1)] * 6  # one step per article, not one jump per batch


def test_config_prints_the_configuration_in_force(tmp_path: Path) -> None:
    override = tmp_path / "mine.toml"
    override.write_text("[brief]\nmax_words = 150\n\n[feeds]\nurls = [\"https://news.example/rss.xml\"]\n")
    shown = _cli("config", "--config", str(override))
    assert shown.exit_code == 0
    assert f"with {override} laid over them" in shown.stdout
    assert "[brief]\nmax_words = 150\n" in shown.stdout and 'urls = ["https://news.example/rss.xml"]' in shown.stdout
    again = tmp_path / "again.toml"
    again.write_text(shown.stdout)  # what it prints is a config file that reads back the same
    assert json.loads(_cli("config", "--config", str(again), "--json").stdout) == json.loads(
        _cli("config", "--config", str(override), "--json").stdout
    )
    assert json.loads(_cli("config", "--json").stdout)["brief"]["max_words"] == 0


def test_quiet_prints_nothing_but_failures(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    for command in (["ingest", str(EXAMPLE)], ["cluster", "--no-embed"], ["update", "--no-embed"]):
        result = _cli(*command, "--db", db, "--quiet")
        assert result.exit_code == 0 and result.output == "", (command, result.output)
    failed = _cli("cluster", "--db", str(tmp_path / "typo.db"), "--quiet")
    assert failed.exit_code == 1 and failed.output.count("\n") == 1
    # Each source that could not be read is a failure too, for whoever runs the loop (a tryout).
    missing = str(tmp_path / "gone.txt")
    partly = _cli("ingest", missing, str(EXAMPLE / "northgate-wire.txt"), "--db", db, "--quiet")
    assert partly.exit_code == 0 and partly.output == f"evenhand: skipped {missing}: no such file, folder or URL\n"


def test_an_article_cut_at_the_length_limit_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The tryout's 16 MB file was cut to 200,000 characters and nothing said so.
    config = tmp_path / "short.toml"
    config.write_text("[limits]\nmax_article_chars = 2000\n", encoding="utf-8")
    long, short = tmp_path / "long.txt", tmp_path / "short.txt"
    sentence = "The council voted on Tuesday to close the ferry landing for repairs until March. "
    long.write_text("Ferry landing shut\n\n" + sentence * 60, encoding="utf-8")
    short.write_text("Ferry landing shut\n\n" + sentence * 3, encoding="utf-8")
    said = f"evenhand: note: {long}: only its first 2,000 characters are read ([limits] max_article_chars)"
    brief = _cli("brief", str(long), str(short), "--config", str(config))
    assert brief.exit_code == 0 and brief.stderr.splitlines().count(said) == 1 and str(short) not in brief.stderr
    ingest = _cli("ingest", str(long), str(short), "--db", str(tmp_path / "news.db"), "--config", str(config), "--json")
    assert ingest.exit_code == 0 and json.loads(ingest.stdout)["cut"] == [said.removeprefix("evenhand: note: ")]
    monkeypatch.setenv("EVENHAND_CONFIG", str(config))
    clean = _cli("clean", str(long))
    assert clean.stderr.splitlines() == [said] and len(clean.stdout) <= 2001
    assert _cli("clean", str(short)).stderr == ""


@pytest.mark.parametrize("command", [["ingest"], ["cluster"], ["update"], ["stories"], ["serve"], ["export"],
                                     ["outlets"], ["outlets", "import"], ["feeds", "add"]])
def test_every_store_option_reads_as_a_file_or_a_url(command: list[str]) -> None:
    # The tryout's: --db was TEXT on most commands and FILE on serve and export, though it takes either.
    shown = _cli(*command, "--help").output
    assert "--db FILE|URL" in shown and "--db TEXT" not in shown and "--db FILE " not in shown


def test_a_clusters_file_may_open_on_a_bom_and_odd_ids_are_line_numbers(tmp_path: Path) -> None:
    # The red team's: a byte-order mark made line 1 "not valid JSON", and "id": null came out as "None".
    text = ("The Tarnby council voted on Tuesday to close the ferry landing for repairs until March, its clerk said. "
            "Ferries will use the north quay meanwhile.")
    lines = [{"id": "first", "articles": [{"source": "Tarnby Post", "text": text}]},
             {"id": None, "articles": [{"source": "Tarnby Post", "text": text}]},
             {"id": {"x": 1}, "articles": []}]
    clusters = tmp_path / "c.jsonl"
    clusters.write_bytes(b"\xef\xbb\xbf" + "".join(json.dumps(x) + "\n" for x in lines).encode("utf-8"))
    result = _cli("brief", "--clusters", str(clusters), "--jsonl")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["first", "2", "3"]


def test_a_clusters_unreadable_articles_are_told_in_at_most_eleven_lines(tmp_path: Path) -> None:
    # The red team's cluster of 100,000 empty articles wrote 100,000 lines on stderr.
    text = ("The Tarnby council voted on Tuesday to close the ferry landing for repairs until March, its clerk said. "
            "Ferries will use the north quay meanwhile.")
    line = {"id": "c", "articles": [{"source": "Tarnby Post", "text": text}, *[{"source": "X"}] * 500]}
    clusters = tmp_path / "c.jsonl"
    clusters.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = _cli("brief", "--clusters", str(clusters), "--jsonl")
    assert result.exit_code == 0 and json.loads(result.stdout)["id"] == "c"
    told = result.stderr.splitlines()
    assert len(told) == 11 and told[-1] == f"evenhand: skipped {clusters} line 1: 490 more unreadable articles"
