"""The ``evenhand`` command line: one function per command, each with help that teaches."""

from __future__ import annotations

import functools
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, ClassVar, ParamSpec, TypeVar

import click

from .. import __version__
from ..config import Config, load_config
from ..errors import EvenhandError, InputError, UsageError, clip, log_unexpected
from ..model import BRIEF_SCHEMA, Article, Brief

if TYPE_CHECKING:
    from ..brief.llm import OpenAIChatWriter
    from ..outlets.sliders import Labeller, Sliders

P = ParamSpec("P")
R = TypeVar("R")


EXIT_FAILED = 1
"""Nothing could be done: no input was readable, or an error the user can fix (config, store, options)."""
EXIT_USAGE = 2
"""Click's own: a usage error (an unknown option, a missing argument)."""
EXIT_BUG = 3
"""An unexpected error, that is a bug: one line names the log file holding the traceback."""

# Escape sequences start with ESC or a C1 control; the bidirectional overrides reorder what is shown.
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def for_terminal(text: str, *, lines: bool = False) -> str:
    """``text`` with control and escape characters removed, so that a source cannot drive the terminal
    (an OSC title change, cursor moves, colours); newlines and tabs are kept only with ``lines``."""
    text = _TERMINAL_UNSAFE.sub("", text)
    return text if lines else text.replace("\n", " ").replace("\t", " ")


def fail(message: str, code: int = EXIT_FAILED) -> None:
    click.echo(f"evenhand: error: {for_terminal(message)}", err=True)
    raise SystemExit(code)


def warn(message: str) -> None:
    click.echo(f"evenhand: skipped {for_terminal(message)}", err=True)


def _warn_problem(problem: InputError) -> None:
    warn(str(problem))


def note(message: str) -> None:
    click.echo(f"evenhand: note: {for_terminal(message)}", err=True)


def _note_cuts(articles: list[Article], config: Config) -> list[Article]:
    from ..ingest.extract import cut_note

    for article in articles:
        if article.cut:
            note(cut_note(article, config))
    return articles


def friendly(func: Callable[P, R]) -> Callable[P, R]:
    """Turn our errors (a broken database among them: each store maps its driver's) into one line on
    stderr and exit 1, and anything unexpected into one line naming a log of its traceback and exit 3;
    never a traceback on the terminal. Every command of every module uses this one."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except UsageError as exc:
            fail(str(exc), EXIT_USAGE)
        except EvenhandError as exc:
            fail(str(exc))
        except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as other tools do
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise SystemExit(1) from None
        except KeyboardInterrupt:
            fail("interrupted (what was stored so far is kept; run again to resume)")
        except MemoryError:
            fail("out of memory; give fewer or smaller inputs")
        except OSError as exc:
            fail(f"{exc.filename or 'I/O'}: {exc.strerror or exc}")
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:
            fail(f"unexpected error {exc.__class__.__name__}, a bug: please report it with {log_unexpected(exc)}",
                 EXIT_BUG)
        raise AssertionError("unreachable")

    return wrapper


@contextmanager
def atomic_output(path: str | None) -> Iterator[IO[str]]:
    """Stdout, or a file that appears whole or not at all."""
    if not path or path == "-":
        yield sys.stdout
        return
    target = Path(path)
    if not target.parent.is_dir():
        raise InputError(path, f"cannot write: there is no folder {target.parent}")
    if target.is_dir():
        raise InputError(path, "cannot write: it is a folder")
    try:
        fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(path, f"cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it 0600; give it the mode open() would
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def example_folder() -> Path:
    return Path(str(resources.files("evenhand").joinpath("example")))


def slider_options(command: Callable[P, R]) -> Callable[P, R]:
    """--lean, --establishment and --depth: the reader's sliders (evenhand.outlets.Sliders)."""
    for option in reversed((
        click.option("--lean", default=None, metavar="SIDE",
                     help="Draw only on outlets rated near this point of the left-right axis: left, center, "
                          "right, or a number from -1 to 1 (needs ratings)."),
        click.option("--establishment", default=None, metavar="SIDE",
                     help="Draw only on outlets rated near this point of the establishment axis: critical, "
                          "neutral, pro, or a number from -1 to 1 (needs ratings)."),
        click.option("--depth", default=None, metavar="1-5",
                     help="How long the brief is: 1 (shortest) to 5; 3 is the configured length."),
    )):
        command = option(command)
    return command


def parse_sliders(lean: str | None, establishment: str | None, depth: str | None) -> Sliders:
    """The sliders a command line sets; a value out of range is a usage error."""
    from ..outlets import Sliders

    try:
        return Sliders.parse(lean, establishment, depth)
    except InputError as exc:
        raise UsageError(str(exc)) from None


class LazyGroup(click.Group):
    """Commands whose modules load only when that command runs, so that `evenhand brief`
    does not pay for the web server's and the fetcher's imports."""

    LAZY: ClassVar[dict[str, str]] = {
        "ingest": "evenhand.cli.store:ingest", "cluster": "evenhand.cli.store:cluster",
        "update": "evenhand.cli.store:update", "stories": "evenhand.cli.store:stories",
        "ratings": "evenhand.cli.outlets:ratings", "serve": "evenhand.cli.web:serve",
        "export": "evenhand.cli.web:export", "feeds": "evenhand.cli.feeds:feeds",
        "outlets": "evenhand.cli.outlets:outlets", "batch": "evenhand.cli.batch:batch",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.LAZY})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.LAZY:
            import importlib

            module, name = self.LAZY[cmd_name].split(":")
            command = getattr(importlib.import_module(module), name)
            return command if isinstance(command, click.Command) else None
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:
            # click echoes a bad value whole: "--max-words 999...9" of megabytes would fill the terminal.
            message = exc.format_message()
            shown = _LONG_WORD.sub(lambda m: clip(m.group(), _SHOWN_CHARS + 1), message)
            if shown == message:
                raise
            raise click.UsageError(shown, exc.ctx) from None


# A word of a message longer than this shows its start only.
_SHOWN_CHARS = 60
_LONG_WORD = re.compile(rf"\S{{{_SHOWN_CHARS + 20},}}")


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="evenhand")
def main() -> None:
    """Turn many outlets' articles on the same events into balanced, verifiable briefs.

    \b
    Write a brief from the bundled example, or from your own files:
        evenhand brief --example
        evenhand brief article1.html article2.txt feed-dump.jsonl
    Check a citation: every span points into the cleaned text that this prints:
        evenhand clean article1.html
    """


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(dir_okay=True, file_okay=True, readable=False))
@click.option("--example", is_flag=True, help="Use the bundled example: five fictional outlets on one port fire.")
@click.option("--max-words", type=click.IntRange(min=1), default=None,
              help="Bound the brief to N words: the most important facts first, then the narratives and "
                   "contested points that still fit; sources that nothing left cites are not listed.")
@click.option("--json", "as_json", is_flag=True, help="Write JSON (schema evenhand.brief/1, docs/schema.md).")
@click.option("--clusters", type=click.Path(exists=True, dir_okay=False),
              help="A JSONL file of clusters ({id, articles: [...]}, one a line): one brief each.")
@click.option("--jsonl", is_flag=True, help="With --clusters: write one JSON brief a line, in input order.")
@click.option("-s", "--source-name", "source_names", multiple=True,
              help="Outlet name for the input(s): once for all, or once per input in order.")
@click.option("--id", "brief_id", default="", help="Id to give the brief (default: a digest of its articles).")
@click.option("-o", "--output", default=None, help="Write to this file (atomically) instead of stdout.")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False),
              help="A TOML file overriding the packaged defaults (see default_config.toml).")
@click.option("--llm-url", default=None, metavar="URL",
              help="Let an OpenAI-compatible chat API at URL reword facts (kept only where faithful to the "
                   "sources); its key, if any, from $EVENHAND_LLM_KEY.")
@click.option("--llm-model", default=None, metavar="NAME", help="The model to ask, with --llm-url.")
@click.option("--ratings", "ratings_file", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A ratings CSV you supply (AllSides-style, or lean/establishment scores): narratives whose "
                   "outlets stand apart on a rated axis are labelled by side.")
@slider_options
@friendly
def brief(
    inputs: tuple[str, ...], example: bool, max_words: int | None, as_json: bool, clusters: str | None,
    jsonl: bool, source_names: tuple[str, ...], brief_id: str, output: str | None, config_path: str | None,
    llm_url: str | None, llm_model: str | None, ratings_file: str | None, lean: str | None,
    establishment: str | None, depth: str | None,
) -> None:
    """Write the brief of one story from INPUTS: files (.txt, .md, .html, .json, .jsonl) or folders.

    \b
    The brief has a headline, a lede, Facts (each citing every outlet that
    reported it), a Sources line, Narratives (the perspectives outlets argue)
    and Contested claims (figures or days that outlets give differently).
    Every sentence is a source's own sentence; --json gives the exact
    character offsets of each in the cleaned text (`evenhand clean`).

    \b
    Examples:
        evenhand brief --example
        evenhand brief a.html b.txt --max-words 120
        evenhand brief --clusters data.jsonl --jsonl -o briefs.jsonl
        evenhand brief folder/ --ratings ratings.csv --lean right --depth 2
    """
    config = load_config(config_path).with_max_words(max_words)
    if jsonl and not clusters:
        raise UsageError("--jsonl goes with --clusters FILE (for one brief, use --json)")
    from ..ingest.extract import read_inputs
    from ..outlets import lacks_ratings, load_ratings, side_labeller, slider_select

    sliders = parse_sliders(lean, establishment, depth)
    config = sliders.configure(config)
    ratings = load_ratings(ratings_file, config, warn)
    select = slider_select(ratings, sliders, config)
    if clusters:
        if inputs or example:
            raise UsageError("--clusters reads its articles from the file; give no other inputs")
        _brief_clusters(clusters, config, output, jsonl or as_json, side_labeller(ratings, config), select)
        return
    paths = [str(example_folder())] if example else list(inputs)
    if not paths:
        raise UsageError("no input: give article files or folders, or --example")
    articles = _note_cuts(read_inputs(paths, source_names, config, _warn_problem), config)
    if lacks_ratings(sliders, ratings, articles):
        raise UsageError("--lean and --establishment choose outlets by their ratings, and no input's article "
                         "carries its outlet's rating: give --ratings FILE")
    articles = select(articles, "the inputs")
    from ..brief.compose import make_brief
    from ..brief.render import brief_to_dict, render_markdown

    with _writer(llm_url, llm_model) as writer:
        result = make_brief(articles, config=config, brief_id=brief_id, writer=writer)
        for problem in sorted(set(getattr(writer, "errors", []))):
            note(f"facts left in the sources' words: {problem}")
    result = side_labeller(ratings, config)(result, articles)
    no_facts = _why_no_facts(result, articles, config)
    with atomic_output(output) as out:
        if as_json:
            out.write(json.dumps(brief_to_dict(result), ensure_ascii=False, indent=2) + "\n")
        else:
            out.write(render_markdown(result, no_facts=no_facts))


@contextmanager
def _writer(url: str | None, model: str | None) -> Iterator[OpenAIChatWriter | None]:
    if not url and not model:
        yield None
        return
    if not (url and model):
        raise UsageError("--llm-url and --llm-model go together")
    from ..brief.llm import OpenAIChatWriter

    with OpenAIChatWriter(url, model, api_key=os.environ.get("EVENHAND_LLM_KEY")) as writer:
        yield writer


def _one_cluster(
    number: int, line: str, name: str, config: Config, select: Callable[[list[Article], str], list[Article]],
    label: Labeller,
) -> Brief:
    from ..brief.compose import make_brief
    from ..ingest.clusters import read_cluster

    where = f"{name} line {number}"
    cluster_id, articles = read_cluster(line, where, number, config, lambda exc: warn(str(exc)))
    kept = select(_note_cuts(articles, config), where)
    return label(make_brief(kept, config=config, brief_id=cluster_id), kept)


def _why_no_facts(result: Brief, articles: list[Article], config: Config) -> str:
    """Why a brief prints no fact, said on the terminal and, where it is the word budget asked for
    (the articles hold facts that do not fit it), in its Markdown; "" where its sources tell why
    (:func:`evenhand.brief.render.no_facts_notice`) or it prints facts."""
    from ..brief.compose import make_brief
    from ..brief.render import opinion_only

    budget = config.brief.max_words
    if result.lede is not None or result.facts:
        return ""
    if budget and make_brief(articles, config=config.with_max_words(0)).lede is not None:
        asked = f"{budget} word{'' if budget == 1 else 's'}"
        note(f"no fact fits in {asked}; the brief has none")
        return f"No fact printed: none fits in the {asked} asked for (--max-words)."
    if opinion_only([s.opinion for s in result.sources]):
        note("every source is an opinion piece and none states another's claim; the brief has no facts")
    else:
        note("no sentence of these articles reports what happened in words that stand alone; the brief has no facts")
    return ""


def _one_cluster_guarded(
    number: int, line: str, name: str, config: Config, select: Callable[[list[Article], str], list[Article]],
    label: Labeller,
) -> Brief:
    """A bug met on one cluster is that cluster's error line (with a log), and the others are still written."""
    try:
        return _one_cluster(number, line, name, config, select, label)
    except (InputError, MemoryError):
        raise
    except Exception as exc:
        raise InputError(f"{name} line {number}", f"unexpected error {exc.__class__.__name__} "
                         f"(log: {log_unexpected(exc)})") from None


def _brief_clusters(
    path: str, config: Config, output: str | None, as_json: bool, label: Labeller,
    select: Callable[[list[Article], str], list[Article]],
) -> None:
    from rich.progress import Progress

    from ..brief.render import brief_to_dict, render_markdown
    from ..ingest.clusters import cluster_lines, count_lines, line_id

    failed = done = 0
    held: list[tuple[InputError, str]] = []  # the bad lines before the first good one, and their output
    with atomic_output(output) as out, Progress(transient=True, disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task("Writing briefs", total=count_lines(path))
        for number, line in cluster_lines(path, config.limits.max_file_bytes):
            done += 1
            try:
                result = _one_cluster_guarded(number, line, path, config, select, label)
            except InputError as exc:
                failed += 1
                error = {"schema": BRIEF_SCHEMA, "id": line_id(line, number), "error": exc.reason}
                text = json.dumps(error, ensure_ascii=False) + "\n" if as_json else f"<!-- {exc} -->\n\n"
                if failed < done:  # one bad cluster among good ones
                    warn(str(exc))
                    out.write(text)
                elif failed >= _GIVE_UP_AFTER:
                    raise EvenhandError(
                        f"{path}: not a file of clusters (JSON Lines of {{\"id\": ..., \"articles\": [...]}}):"
                        f" its first {failed} lines fail, the first with: {held[0][0].reason}; stopped"
                    ) from None
                else:
                    held.append((exc, text))
            else:
                for held_error, held_text in held:
                    warn(str(held_error))
                    out.write(held_text)
                held.clear()
                # In Markdown each brief opens with its cluster's id in a comment (a failed cluster's
                # line is a comment too), which an id with "-->" in it must not close early.
                cluster = for_terminal(result.id).replace("-->", "- ->")
                out.write(json.dumps(brief_to_dict(result), ensure_ascii=False) + "\n" if as_json
                          else f"<!-- cluster {cluster} -->\n" + render_markdown(result) + "\n")
            bar.update(task, completed=number)
        if failed == done:
            for held_error, _ in held:
                warn(str(held_error))
            raise EvenhandError(f"{path}: no cluster could be briefed")


_GIVE_UP_AFTER = 5  # bad lines from the first, with none good, before a file is judged not a clusters file


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("--json", "as_json", is_flag=True, help="Write each article's metadata and cleaned text as JSON lines.")
@friendly
def clean(inputs: tuple[str, ...], as_json: bool) -> None:
    """Print the cleaned text of each input: the text every citation's offsets point into.

    \b
    Example: check a brief's support span by hand
        evenhand clean a.html | python -c "import sys; print(sys.stdin.read()[120:245])"
    """
    from ..ingest.extract import read_inputs
    from ..serialize import CLEAN_SCHEMA

    config = load_config()
    articles = _note_cuts(read_inputs(list(inputs), (), config, _warn_problem), config)
    for article in articles:
        if as_json:
            record = {"schema": CLEAN_SCHEMA, "id": article.id, "outlet": article.outlet,
                      "title": article.title, "url": article.url,
                      "published": article.published, "author": article.author, "origin": article.origin,
                      "text": article.text}
            click.echo(json.dumps(record, ensure_ascii=False))
        elif len(articles) == 1:
            click.echo(for_terminal(article.text, lines=True))
        else:
            click.echo(for_terminal(f"==> {article.origin} ({article.outlet}) <==\n{article.text}\n", lines=True))


@main.command("config")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False),
              help="A TOML file to lay over the packaged defaults (else $EVENHAND_CONFIG, if set).")
@click.option("--json", "as_json", is_flag=True, help="Write JSON instead of TOML.")
@friendly
def show_config(config_path: str | None, as_json: bool) -> None:
    """Print the configuration in force: the packaged defaults with --config FILE (or
    $EVENHAND_CONFIG) laid over them. The output is itself a valid config file.

    \b
    Examples:
        evenhand config > my.toml          # then edit, and use with --config my.toml
        EVENHAND_CONFIG=my.toml evenhand config --json
    """
    from ..config import as_dict, to_toml

    data = as_dict(load_config(config_path))
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    chosen = config_path or os.environ.get("EVENHAND_CONFIG")
    over = f" with {chosen} laid over them" if chosen else ""
    click.echo(f"# evenhand {__version__}: the packaged defaults{over}")
    click.echo(to_toml(data), nl=False)
