"""The `evenhand brief` and `evenhand clean` commands, as a user runs them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from conftest import EXAMPLE, FIXTURES
from evenhand.cli import main
from evenhand.ingest.extract import read_path


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def _brief_json(*args: str) -> dict[str, Any]:
    result = run("brief", "--json", *args)
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _lede_and_fact_words(data: dict[str, Any]) -> int:
    return sum(len(t.split()) for t in [data["lede"], *(f["text"] for f in data["facts"])])


@pytest.fixture(scope="module")
def example_json() -> dict[str, Any]:
    return _brief_json("--example")


def test_brief_example_markdown() -> None:
    result = run("brief", "--example")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("# ") and len(lines[0]) > 10
    assert "## Facts" in lines and "## Narratives" in lines
    sources = next(x for x in lines if x.startswith("Sources: "))
    assert "The Marrowick Ledger (a)" in sources and "The Marrowick Ledger (b)" in sources
    assert result.stderr == ""


def test_brief_example_json(example_json: dict[str, Any]) -> None:
    assert example_json["schema"] == "evenhand.brief/1"
    assert len(example_json["sources"]) == 6
    assert example_json["lede"] and example_json["facts"]


def test_console_script_runs_the_example(tmp_path: Path) -> None:
    script = shutil.which("evenhand") or str(Path(sys.executable).with_name("evenhand"))
    done = subprocess.run([script, "brief", "--example"], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# ")
    assert "Sources: " in done.stdout


def test_max_words_bounds_lede_and_facts(example_json: dict[str, Any]) -> None:
    bounded = _brief_json("--example", "--max-words", "60")
    assert 0 < _lede_and_fact_words(bounded) <= 60
    assert _lede_and_fact_words(example_json) > 60


def test_a_brief_with_no_fact_says_why_truly(tmp_path: Path) -> None:
    # Found this session: "--max-words 1" printed that no sentence of the articles reports what happened,
    # and a brief of a column with no budget noted "no fact fits in 0 words".
    squeezed = run("brief", "--example", "--max-words", "1")
    assert squeezed.exit_code == 0
    assert "none fits in the 1 word asked for" in squeezed.stdout and "stand alone" not in squeezed.stdout
    assert "no fact fits in 1 word;" in squeezed.stderr
    column = tmp_path / "column.txt"
    column.write_text(
        "Why the quay matters\n\nThe quay at Veldhaven is the finest harbour anyone could wish for, and "
        "everyone should love it. We think the council ought to be proud of it.\n"
    )
    bare = run("brief", str(column))
    assert bare.exit_code == 0 and "in words that stand alone" in bare.stdout
    assert "fits in" not in bare.stderr and "stand alone; the brief has no facts" in bare.stderr


def test_id_option(example_json: dict[str, Any]) -> None:
    assert _brief_json("--example", "--id", "port-fire")["id"] == "port-fire"
    assert example_json["id"]


def _records(articles: list[Any]) -> list[dict[str, Any]]:
    return [{"source": a.outlet, "title": a.title, "text": a.text, "url": a.url} for a in articles]


def test_clusters_jsonl_keeps_order_and_reports_bad_lines(tmp_path: Path) -> None:
    records = _records(read_path(EXAMPLE))
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text("\n".join([
        json.dumps({"id": "first", "articles": records[:2]}),
        json.dumps({"id": "second", "articles": records[2:4]}),
        '{"id": "broken", "articles": [',
        json.dumps({"id": "third", "articles": records[4:]}),
    ]) + "\n", encoding="utf-8")
    result = run("brief", "--clusters", str(clusters), "--jsonl")
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["first", "second", "3", "third"]
    assert "error" in lines[2] and lines[2]["schema"] == "evenhand.brief/1"
    assert all("error" not in x and x["facts"] is not None for x in lines[:2] + lines[3:])
    assert [len(x["sources"]) for x in (lines[0], lines[1], lines[3])] == [2, 2, 2]
    assert result.stderr.startswith(f"evenhand: skipped {clusters} line 3:")


def test_a_clusters_unnamed_articles_are_named_by_their_place(tmp_path: Path) -> None:
    # A new user's tryout: NeuS's unnamed snippets were cited as "1neus val (a) and 2neus val (b)",
    # the clusters file's name, which reads as an outlet's.
    records = [{"text": r["text"], "title": r["title"]} for r in _records(read_path(EXAMPLE))]
    records = [r for r in records if "(NWS)" not in r["text"] and "Marrowick Ledger" not in r["text"]][:2]
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text(json.dumps({"id": "unnamed", "articles": records}) + "\n", encoding="utf-8")
    result = run("brief", "--clusters", str(clusters), "--jsonl")
    assert result.exit_code == 0, result.stderr
    (brief,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert {s["outlet"] for s in brief["sources"]} <= {"Article A", "Article B"} and brief["sources"]


def test_clusters_of_only_bad_lines_fail(tmp_path: Path) -> None:
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text('{"id": 1}\nnot json\n', encoding="utf-8")
    out = tmp_path / "briefs.jsonl"
    result = run("brief", "--clusters", str(clusters), "--jsonl", "-o", str(out))
    assert result.exit_code == 1
    assert "evenhand: error:" in result.stderr and str(clusters) in result.stderr
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [clusters], "a temporary file was left behind"


# Bad inputs: exit 1, one line on stderr that names the input, never a traceback.


def _big_file(tmp_path: Path) -> Path:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    return big


def _bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "bad"
    folder.mkdir()
    shutil.copy(FIXTURES / "empty.txt", folder)
    shutil.copy(FIXTURES / "binary-as-text.txt", folder)
    return folder


BAD_INPUTS = {
    "nonexistent": lambda tmp: tmp / "no-such-article.txt",
    "empty": lambda tmp: FIXTURES / "empty.txt",
    "binary": lambda tmp: FIXTURES / "binary-as-text.txt",
    "50 MB": _big_file,
    "login page": lambda tmp: FIXTURES / "login-page.html",
    "folder of bad files": _bad_folder,
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_a_bad_input_fails_with_a_last_line_naming_it(case: str, tmp_path: Path) -> None:
    path = BAD_INPUTS[case](tmp_path)
    result = run("brief", str(path))
    assert result.exit_code == 1, result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.splitlines()
    # A folder's files each say why on their own line; the last line names the input.
    assert len(lines) == (len(list(path.iterdir())) + 1 if path.is_dir() else 1), lines
    assert all(line.startswith(f"evenhand: skipped {path}/") for line in lines[:-1])
    assert lines[-1].startswith("evenhand: error:")
    assert str(path) in lines[-1]
    assert result.stdout == ""


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_a_bad_input_never_gives_a_traceback(case: str, tmp_path: Path) -> None:
    path = BAD_INPUTS[case](tmp_path)
    result = run("brief", str(path))
    assert result.exit_code != 0
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr.splitlines()[-1].startswith("evenhand: error:")


def test_no_input_at_all() -> None:
    result = run("brief")
    assert result.exit_code == 2  # a usage error, as the README's exit codes say
    assert result.stderr.startswith("evenhand: error:") and len(result.stderr.splitlines()) == 1


def test_one_bad_file_among_good_ones_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLE, folder)
    shutil.copy(FIXTURES / "binary-as-text.txt", folder)
    result = run("brief", "--json", str(folder))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"evenhand: skipped {folder / 'binary-as-text.txt'}: binary file, not text"
    ]
    assert len(json.loads(result.stdout)["sources"]) == 6


def test_one_bad_path_among_good_paths_is_skipped(tmp_path: Path) -> None:
    empty = FIXTURES / "empty.txt"
    wire, insider = str(EXAMPLE / "northgate-wire.txt"), str(EXAMPLE / "portside-insider.txt")
    result = run("brief", wire, str(empty), insider)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(f"evenhand: skipped {empty}: ")
    assert len(result.stderr.splitlines()) == 1
    assert "Sources: 1" in result.stdout


# Output files.


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    result = run("brief", "--example", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8") == run("brief", "--example").stdout
    assert list(tmp_path.iterdir()) == [out]


def test_failed_run_leaves_no_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    result = run("brief", str(FIXTURES / "empty.txt"), "-o", str(out))
    assert result.exit_code == 1
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_failed_run_keeps_an_existing_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    out.write_text("yesterday's brief\n", encoding="utf-8")
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text("not json\n", encoding="utf-8")
    result = run("brief", "--clusters", str(clusters), "-o", str(out))
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == "yesterday's brief\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clusters.jsonl", "out.md"]


def test_markdown_briefs_of_clusters_each_open_with_the_cluster_id(tmp_path: Path) -> None:
    # Without --jsonl the briefs ran one after another with nothing to say which cluster each was.
    text = (EXAMPLE / "northgate-wire.txt").read_text(encoding="utf-8")
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text("".join(
        json.dumps({"id": cid, "articles": [{"source": "Northgate Wire Service", "text": text}]}) + "\n"
        for cid in ("quay-fire", "quay-fire-again")
    ), encoding="utf-8")
    result = run("brief", "--clusters", str(clusters))
    assert result.exit_code == 0, result.stderr
    opened = [line for line in result.stdout.splitlines() if line.startswith("<!-- cluster ")]
    assert opened == ["<!-- cluster quay-fire -->", "<!-- cluster quay-fire-again -->"]
    assert result.stdout.count("\n# ") + result.stdout.startswith("# ") == 2


def test_output_into_a_missing_folder_is_one_clear_error(tmp_path: Path) -> None:
    result = run("brief", "--example", "-o", str(tmp_path / "missing" / "out.md"))
    assert result.exit_code == 1
    assert result.stderr.startswith("evenhand: error:") and len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.stderr


# Edge cases of the inputs.


def test_one_article_gives_single_source_facts() -> None:
    data = _brief_json(str(EXAMPLE / "northgate-wire.txt"))
    assert len(data["sources"]) == 1
    assert data["lede_sources"] == [1] and data["lede_independent"] == 1
    assert data["facts"]
    assert all(f["sources"] == [1] and f["independent"] == 1 and f["single_source"] for f in data["facts"])
    assert len(data["narratives"]) <= 1


def test_the_same_file_twice_is_one_source() -> None:
    path = str(EXAMPLE / "northgate-wire.txt")
    data = _brief_json(path, path)
    assert len(data["sources"]) == 1
    assert all(f["sources"] == [1] for f in data["facts"])


def test_source_name_option() -> None:
    data = _brief_json(str(EXAMPLE / "northgate-wire.txt"), "--source-name", "Ammel Valley Radio")
    assert [s["outlet"] for s in data["sources"]] == ["Ammel Valley Radio"]


def test_clean_prints_the_text_the_offsets_index() -> None:
    path = str(EXAMPLE / "coastline-courier.html")
    cleaned = run("clean", path)
    assert cleaned.exit_code == 0, cleaned.stderr
    text = cleaned.stdout[:-1]
    assert cleaned.stdout.endswith("\n")
    data = _brief_json(path)
    spans = data["lede_support"] + [s for f in data["facts"] for s in f["support"]]
    spans += [s for n in data["narratives"] for s in n["support"]]
    assert spans
    for span in spans:
        # (a column's title as its narrative points into its title, which the sources list carries)
        quoted = data["sources"][span["source"] - 1]["title"] if span.get("part") == "title" else text
        assert quoted[span["start"] : span["end"]] == span["text"]


def test_clean_json_carries_metadata_and_text() -> None:
    result = run("clean", "--json", str(EXAMPLE / "marrowick-ledger-fire.md"))
    assert result.exit_code == 0, result.stderr
    (record,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert record["schema"] == "evenhand.clean/1"  # every --json output names its schema
    assert record["outlet"] == "The Marrowick Ledger"
    assert record["author"] == "Ines Carrow"
    assert record["text"] and record["id"]
    assert "?" not in record["text"].split("\n\n")


def test_clean_of_a_bad_file_fails_cleanly() -> None:
    result = run("clean", str(FIXTURES / "binary-as-text.txt"))
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1].startswith("evenhand: error:")


@pytest.mark.parametrize(("content", "reason"), [
    ("[brief]\nmax_wordz = 3\n", "unknown key"),
    # the hardening probe of session 18: a misspelt section was taken and changed nothing
    ("[brife]\nmax_words = 3\n", "unknown section(s) brife; the sections are [limits], [brief]"),
    ("max_words = 3\n", "unknown section(s) max_words"),
    ("not = [toml\n", "not valid TOML"),
    # the hundred-and-fourteenth helper's probe: these were taken ("file is over the -1e-06 MB limit")
    ("[limits]\nmax_file_bytes = -1\n", "must be a number from 0"),
    ("[brief]\nmax_words = -100\n", "must be a number from 0"),
    ("[limits]\nmin_prose_share = nan\n", "must be a number from 0"),
    ("[grouping]\nsame_fact = inf\n", "must be a number from 0"),
])
def test_a_bad_config_file_is_one_clear_error(tmp_path: Path, content: str, reason: str) -> None:
    config = tmp_path / "evenhand.toml"
    config.write_text(content, encoding="utf-8")
    result = run("brief", "--example", "--config", str(config))
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"evenhand: error: {config}: ") and reason in line


def test_a_config_file_sets_the_word_budget(tmp_path: Path) -> None:
    config = tmp_path / "evenhand.toml"
    config.write_text("[brief]\nmax_words = 60\n", encoding="utf-8")
    assert 0 < _lede_and_fact_words(_brief_json("--example", "--config", str(config))) <= 60


def test_an_overlong_cluster_line_fails_alone_without_being_read_whole(tmp_path: Path) -> None:
    config = tmp_path / "small.toml"
    config.write_text("[limits]\nmax_file_bytes = 2000\n", encoding="utf-8")
    text = "The council voted on Tuesday to close the ferry landing for repairs until March. " * 3
    good = json.dumps({"id": "good", "articles": [{"source": "Tarnby Post", "text": text}]})
    huge = json.dumps({"id": "huge", "articles": [{"source": "Tarnby Post", "text": text * 40}]})
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text(f"{good}\n{huge}\n{good}\n", encoding="utf-8")
    result = run("brief", "--clusters", str(clusters), "--jsonl", "--config", str(config))
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line.get("id") for line in lines] == ["good", "2", "good"]
    assert "error" in lines[1] and "not valid JSON" in lines[1]["error"]


def test_briefs_of_clusters_label_narratives_by_the_stances_their_records_give(tmp_path: Path) -> None:
    # As a stored story's brief is: an AllSides-style record's "stance" places its outlet, no --ratings
    # needed (the CLI had read it for the sliders but not for the labels).
    report = {
        "source": "Quay Daily", "title": "Ostermoor council votes harbour levy", "url": "https://quaydaily.example/news/levy",
        "text": "The Ostermoor council voted on Tuesday to charge a levy of 40 euros a tonne on fish landed at the "
                "harbour. The levy takes effect in June and will pay for new piers, the council said.",
    }
    columns = [
        {"source": "Veld Post", "stance": "Right", "title": "The Harbour Levy Is a Tax on Fishermen",
         "url": "https://veldpost.example/opinion/2030/05/levy",
         "text": "At five in the morning the quay at Ostermoor is already loud with gulls. Piet Anker has landed "
                 "fish there for thirty years, as his father did before him."},
        {"source": "Coast Herald", "stance": "Left", "title": "Ostermoor's Piers Deserve the Levy",
         "url": "https://coastherald.example/opinion/2030/05/levy",
         "text": "My grandmother kept the harbour café for forty years. On winter nights she fed the crews soup at "
                 "the long table by the stove."},
    ]
    clusters = tmp_path / "clusters.jsonl"
    clusters.write_text(json.dumps({"id": "levy", "articles": [report, *columns]}) + "\n", encoding="utf-8")
    result = run("brief", "--clusters", str(clusters), "--jsonl")
    assert result.exit_code == 0, result.stderr
    (brief,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert sorted(n["label"] for n in brief["narratives"]) == [
        "Left narrative, as provided by Coast Herald", "Right narrative, as provided by Veld Post",
    ]
