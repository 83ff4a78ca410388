"""Read articles from files, folders and records, and say which outlet each one is from."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from .. import lexicon
from ..config import Config, load_config
from ..errors import EvenhandError, InputError, UsageError
from ..model import Article, parse_datetime
from ..outlets import load_registry, outlet_from_url, recorded_rating
from .clean import clean, prose_share
from .decode import MAX_DATE_CHARS, decode, load_json, looks_binary, repair_controls, single_line, unicode_text
from .files import read_capped, walk
from .pagemeta import page_metadata, parse_page
from .recover import recover
from .urls import safe_url

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES

_FRONT_KEYS = {
    "source": "outlet", "outlet": "outlet", "publisher": "outlet", "url": "url", "link": "url",
    "published": "published", "date": "published", "title": "title", "author": "author", "by": "author",
}
_FRONT_LINE = re.compile(r"^([A-Za-z_]+)\s*:\s*(.*)$")
# Link text and target stop at the next bracket: a run of "[" costs linear time, not quadratic.
_MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()]*\)")
_MD_MARK = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`)")

_FOLDER_NOTES = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE", "CONTRIBUTING", "INDEX"})

ErrorSink = Callable[[InputError], None]


def _raise(error: InputError) -> None:
    raise error


def _read_bytes(path: Path, config: Config) -> bytes:
    return read_capped(path, config.limits.max_file_bytes)


def _front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Metadata from a leading ``---`` block or leading ``key: value`` lines."""
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    fenced = i < len(lines) and lines[i].strip() == "---"
    j = i + 1 if fenced else i
    while j < len(lines):
        line = lines[j].strip()
        if fenced and line == "---":
            return meta, lines[j + 1 :]
        match = _FRONT_LINE.match(line)
        if not match or match.group(1).lower() not in _FRONT_KEYS:
            break
        meta[_FRONT_KEYS[match.group(1).lower()]] = match.group(2).strip().strip("\"'")
        j += 1
    if fenced:
        return {}, lines
    return meta, lines[j:]


def _strip_markdown(text: str) -> str:
    text = _MD_LINK.sub(r"\1", text)
    lines = [re.sub(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))", "", line) for line in text.splitlines()]
    return _MD_MARK.sub("", "\n".join(lines))


# A dash the text opens with, its dateline cut away upstream ("— UPDATE: 9:05 a.m. ..."): no bullet.
_LEADING_DASH = re.compile(r"^\s*[—–]\s+(?=[A-Z])")


def _finish(
    *, text: str, title: str, outlet: str | None, url: str | None, published: str | None,
    author: str | None, origin: str, config: Config, min_words: int = 5, site: str | None = None,
    standfirst: str | None = None, unnamed: str | None = None,
) -> Article:
    limits = config.limits
    title = single_line(title, limits.max_title_chars)
    outlet = single_line(outlet or "", limits.max_outlet_chars) or None
    author = single_line(author or "", limits.max_outlet_chars) or None
    url = safe_url(url, limits.max_url_chars)
    cleaned = clean(repair_controls(text[: limits.max_article_chars * 2]), title=title, standfirst=standfirst or "")
    body = _LEADING_DASH.sub("", cleaned.text[: limits.max_article_chars])
    cut = len(text) > limits.max_article_chars * 2 or len(cleaned.text) > limits.max_article_chars
    if len(body.split()) < min_words:
        raise InputError(origin, "no article text found")
    if prose_share(body) < config.limits.min_prose_share:
        raise InputError(origin, "not an article: its text is not prose (a log, a config file or a list?)")
    name = (
        outlet or outlet_from_url(url) or cleaned.outlet_hint or _dateline_outlet(body, config)
        or cleaned.author_hint or site or unnamed or _outlet_from_origin(origin)
    )
    name = single_line(name, limits.max_outlet_chars) or _outlet_from_origin(origin)
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
    return Article(
        text=body, outlet=name.strip(), title=title.strip(), url=url or None,
        published=single_line(published or "", MAX_DATE_CHARS) or _dateline_date(cleaned.date_hint), origin=origin,
        author=author or cleaned.author_hint,
        id=digest, cut=cut,
    )


def cut_note(article: Article, config: Config) -> str:
    """What the reader is told of an article ``cut`` at the configured length."""
    return (f"{article.origin}: only its first {config.limits.max_article_chars:,} characters are read "
            "([limits] max_article_chars)")


def _dateline_outlet(body: str, config: Config) -> str | None:
    outlet = load_registry(config).by_dateline(body)
    return outlet.name if outlet else None


def _outlet_from_origin(origin: str) -> str:
    """The file name, less the hex digests that crawlers put in names, as a last resort."""
    stem = Path(origin.split("#", 1)[0]).stem
    words = [w for w in re.split(r"[\s_-]+", stem) if w and not re.fullmatch(r"[0-9a-f]{8,}", w)]
    name = " ".join(words)
    return f"Source {name}" if not name or name.isdigit() else name


def article_from_text(
    text: str, *, origin: str, config: Config | None = None, markdown: bool = False
) -> Article:
    """A plain-text or Markdown article: optional front matter, the first line is the title."""
    config = config or load_config()
    meta, lines = _front_matter(text.splitlines())
    body_lines = list(lines)
    while body_lines and not body_lines[0].strip():
        body_lines.pop(0)
    if not body_lines:
        raise InputError(origin, "no article text found")
    title = meta.get("title") or body_lines.pop(0)
    body = "\n".join(body_lines)
    if markdown:
        title, body = _strip_markdown(title), _strip_markdown(body)
    return _finish(
        text=body, title=title.strip(), outlet=meta.get("outlet"), url=meta.get("url"),
        published=meta.get("published"), author=meta.get("author"), origin=origin, config=config,
    )


def _dateline_date(line: str | None) -> str | None:
    """The date a page's dateline writes out ("Sep 11, 2023 - 17:30"), in ISO 8601; None where the
    line gives no whole date (a year alone dates nothing)."""
    moment = parse_datetime(line)
    return moment.isoformat() if moment is not None else None


def _utf8_page(page: str | bytes) -> str | bytes:
    """A page's bytes as text where they are UTF-8. Given bytes, lxml and trafilatura read a page
    that declares no charset as Latin-1 ("North Koreaâs Kim"); bytes that decode as UTF-8 are
    UTF-8 whatever the page declares, since Latin-1 text with any accent almost never does."""
    if isinstance(page, str):
        return page
    try:
        return page.decode("utf-8-sig")
    except UnicodeDecodeError:
        return page


# A tag long enough to hold many attributes; real pages' longest carry a few dozen.
_LONG_TAG = re.compile(r"<[A-Za-z][^<>]{4000,}>")
_ATTRIBUTE = re.compile(r"\s[^\s=<>\"']+\s*=")


def _check_shape(html: str | bytes, origin: str, config: Config) -> None:
    """Refuse a page whose shape alone would take the parsers minutes and gigabytes: more tags than
    ``max_page_tags`` (500,000 table rows took 95 s and 1.8 GB), or a tag with more attributes than
    ``max_tag_attributes`` (40,000 on one paragraph took 27 s). Real pages have a few thousand tags."""
    text = html if isinstance(html, str) else html.decode("latin-1")
    limits = config.limits
    tags = text.count("<")
    if tags > limits.max_page_tags:
        raise InputError(origin, f"page has {tags:,} tags, over the {limits.max_page_tags:,} limit")
    for tag in _LONG_TAG.finditer(text):
        if len(_ATTRIBUTE.findall(tag.group())) > limits.max_tag_attributes:
            raise InputError(origin, f"page has a tag of over {limits.max_tag_attributes:,} attributes")


# A script's body past this many characters is no article text, and trafilatura's reading of one (the red
# team's 10 MB JSON-LD string) took 1.4 GB; the page's own metadata is read before it goes.
_LONG_SCRIPT = 100_000
_SCRIPT = r"(<script\b[^>]*>)(.*?)(</script\s*>)"
_SCRIPT_TEXT = re.compile(_SCRIPT, re.I | re.S)
_SCRIPT_BYTES = re.compile(_SCRIPT.encode(), re.I | re.S)


def _without_long_scripts(html: str | bytes) -> str | bytes:
    if len(html) < _LONG_SCRIPT:
        return html
    if isinstance(html, bytes):
        return _SCRIPT_BYTES.sub(lambda m: m[0] if len(m[2]) < _LONG_SCRIPT else m[1] + m[3], html)
    return _SCRIPT_TEXT.sub(lambda m: m[0] if len(m[2]) < _LONG_SCRIPT else m[1] + m[3], html)


def article_from_html(
    html: str | bytes, *, url: str | None = None, origin: str = "", config: Config | None = None
) -> Article:
    """An article page: text by trafilatura, then our boilerplate rules; metadata from what the
    page declares about itself (JSON-LD, Open Graph), else trafilatura's reading of it.

    trafilatura's extraction has the paragraphs it skipped inside the article put back (see
    recover.py). A page is given up only when none of its texts has an article: that extraction,
    trafilatura's recall mode, the body the page declares in JSON-LD and trafilatura's baseline,
    in turn."""
    import trafilatura

    config = config or load_config()
    origin = origin or url or "page"
    html = _utf8_page(html)
    _check_shape(html, origin, config)
    tree = parse_page(html)
    page = page_metadata(html, tree=tree)
    html = _without_long_scripts(html)
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=False, **_TRAFILATURA_OPTIONS)
    # trafilatura's reading of the page's metadata (half its time, dates above all) only where
    # the page does not declare all of it.
    found: Any = None
    if not (page.title and page.outlet and page.published and page.author):
        from trafilatura.metadata import extract_metadata

        # The quick date search only: the extensive one guesses from any year in the page's text
        # ("© 2023" became 2023-01-01), and a wrong date splits a story; a page that dates itself
        # nowhere the quick one looks is undated.
        found = extract_metadata(html, default_url=url, extensive=False)
    title = page.title or getattr(found, "title", None) or ""
    outlet = page.outlet or getattr(found, "sitename", None)
    page_url = url or page.url or getattr(found, "url", None)
    published = page.published or getattr(found, "date", None)
    author = page.author or getattr(found, "author", None)
    failure = InputError(origin, "no article text found in the page")
    # trafilatura's recall mode, read once and only where something asks for it.
    recall = cache(lambda: getattr(
        trafilatura.bare_extraction(html, url=url, favor_recall=True, **_TRAFILATURA_OPTIONS), "text", None
    ))
    extracted = getattr(doc, "text", None) or ""
    if extracted:
        extracted = recover(tree, extracted, declared=page.body, second=recall)
    for text in _page_texts(html, extracted, page.body, recall):
        try:
            return _finish(
                text=text, title=title, outlet=outlet, url=page_url, published=published, author=author,
                origin=origin, config=config, min_words=config.limits.min_page_words, site=page.site,
                standfirst=page.standfirst,
            )
        except InputError as exc:
            failure = exc
    raise failure


# A dialog (a popup, a modal, a lightbox) is laid over the page, not part of its article: where
# trafilatura finds that its text covers little of the page, it reads the whole page again and
# takes a popup's paragraphs with the story's. A dialog that holds the page's article or main
# content is the article's own view and stays.
_DIALOGS = (
    '//*[(self::dialog or @role="dialog" or @role="alertdialog" or @aria-modal="true")'
    " and not(.//article or .//main)]"
)
# Tables are kept (figures, schedules and results are article text); comments and dialogs are not.
_TRAFILATURA_OPTIONS: dict[str, Any] = {
    "include_comments": False, "include_tables": True, "include_images": False, "include_links": False,
    "prune_xpath": _DIALOGS,
}
# A body the page declares that is this many times longer than the extraction is taken instead:
# the page renders most of its text with scripts, or shows a teaser.
_DECLARED_BODY_RATIO = 2


def _declares_more(declared: str, extracted: str) -> bool:
    """The declared body holds much more of the article than the extraction, or as much and in
    more paragraphs (the extraction ran the page's paragraphs together)."""
    words, found = len(declared.split()), len(extracted.split())
    paragraphs = len([p for p in declared.split("\n") if p.strip()])
    return words >= _DECLARED_BODY_RATIO * found or (
        words >= found and paragraphs > len([p for p in extracted.split("\n") if p.strip()])
    )


def _page_texts(
    html: str | bytes, extracted: str, declared: str | None, recall: Callable[[], str | None]
) -> Iterator[str]:
    """The page's candidate texts, best first, each once."""
    import trafilatura

    def candidates() -> Iterator[str | None]:
        if declared and _declares_more(declared, extracted):
            yield declared
        yield extracted
        yield recall()
        yield declared
        yield trafilatura.baseline(html)[1]

    seen: set[str] = set()
    for text in candidates():
        if text and text.strip() and text not in seen:
            seen.add(text)
            yield text


def _field(obj: Mapping[str, Any], *names: str) -> str | None:
    for name in names:
        value = obj.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def article_from_record(
    obj: Mapping[str, Any], *, origin: str, config: Config | None = None, unnamed: str | None = None
) -> Article:
    """An article given as a JSON object with ``source``/``outlet``, ``title``, ``text``, ``url``, ``published``;
    ``unnamed`` is its outlet's name where neither the record nor its text names one (else the
    name of the file it came from)."""
    config = config or load_config()
    if not isinstance(obj, Mapping):
        raise InputError(origin, "expected a JSON object for an article")
    text = _field(obj, "text", "body", "content")
    if text is None:
        raise InputError(origin, "article has no text")
    title = _field(obj, "title", "headline")
    article = _finish(
        text=text, title=title or "",
        outlet=_field(obj, "source", "outlet", "publisher"), url=_field(obj, "url", "link"),
        published=_field(obj, "published", "date"), author=_field(obj, "author"), origin=origin,
        config=config, unnamed=unnamed,
    )
    if not title and (found := _title_line(text)):
        # Its text is read as it was given: the line is its title, not a cut from the article.
        article = replace(article, title=single_line(found, config.limits.max_title_chars))
    given_id = obj.get("id") or obj.get("doc_id")
    if isinstance(given_id, str | int) and str(given_id):
        article = replace(article, id=str(given_id))
    if rating := _recorded_rating(obj):
        article = replace(article, rating=rating)
    return article


# A line that labels, dates or credits the page rather than heads its article ("Related: ...",
# "Posted Tuesday, ... 5:27 pm", "CHRISTCHURCH, New Zealand |", "... By Jane Doe Staff Reporter").
_NOT_A_TITLE = re.compile(
    r"^(?:related|read more|see also|more|watch|listen|photo|image|video|gallery|posted|date posted|published|"
    # (a byline in its capitals: not "Ostermoor barriers held by town engineers ...")
    r"updated|story highlights|advertisement|tweet|share|click)\b|(?-i:\bBy [A-Z][a-z]+ [A-Z])|[|/©]|"
    r"\b(?:a\.m\.|p\.m\.|am|pm|GMT|ET)$",
    re.I,
)
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
# How far into the text a title's words are looked for: its opening paragraphs.
_TITLE_TOLD_CHARS = 800


# A full stop that ends a sentence inside a line: not an abbreviation's after a capital ("N.Y.C. to").
_SENTENCE_END = re.compile(r"(?<![A-Z])\.\s")


def _title_line(text: str) -> str:
    """The title a record without one gives as its text's first line, as scraped pages do ("Sally
    Struthers Arrested for Drunk Driving" above the story): a line of 5 to 20 words, capitalised, that
    is no sentence, label, dateline or byline, and most of whose words (three at least) the opening
    paragraphs tell. Else no title, and the brief's headline is made from its lede."""
    head, newline, rest = text.lstrip().partition("\n")
    head = head.strip()
    if not newline or not 5 <= len(head.split()) <= 20 or len(head) > 160:
        return ""
    if not head[0].isupper() or head[-1] in ".,;:)" or _SENTENCE_END.search(head) or _NOT_A_TITLE.search(head):
        return ""
    mine, told = _title_words(head), _title_words(rest[:_TITLE_TOLD_CHARS])
    shared = len(mine & told)
    return head if shared >= 3 and shared >= len(mine) / 2 else ""


def _title_words(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in _TITLE_WORD.findall(text) if w.lower() not in lexicon.STOPWORDS}


# Where a record gives its outlet's rating when it was published (AllSides' stream: "stance"); a
# number is read only from "lean", whose scale (-1 left .. 1 right) is evenhand's own.
_RATING_FIELDS = ("bias_rating", "bias", "stance", "lean", "leaning")


def _recorded_rating(obj: Mapping[str, Any]) -> str | None:
    for name in _RATING_FIELDS:
        if (found := recorded_rating(obj.get(name), scores=name == "lean")) is not None:
            return found
    return None


def _records(value: Any) -> Iterator[Any]:
    if isinstance(value, list):
        yield from value
    elif isinstance(value, dict) and isinstance(value.get("articles"), list):
        yield from value["articles"]
    else:
        yield value


def _json_articles(text: str, name: str, config: Config, on_error: ErrorSink) -> list[Article]:
    lines = text.splitlines() if name.endswith((".jsonl", ".ndjson")) else [text]
    articles: list[Article] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name} line {number}" if len(lines) > 1 else name
        try:
            value = load_json(line, where)
        except InputError as exc:
            on_error(exc)
            continue
        for k, record in enumerate(_records(value)):
            origin = where if isinstance(value, dict) and "articles" not in value else f"{where}#{k + 1}"
            try:
                articles.append(article_from_record(record, origin=origin, config=config))
            except InputError as exc:
                on_error(exc)
    return articles


def read_file(path: Path, *, config: Config, on_error: ErrorSink = _raise) -> list[Article]:
    """The articles of one file; a file that holds none raises :class:`InputError`."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(str(path), f"unsupported file type {suffix or '(none)'}; use .txt, .md, .html or .json(l)")
    data = _read_bytes(path, config)
    # A file name that is not UTF-8 ("bad\xff.txt" from an old archive) is shown with U+FFFD for its
    # odd bytes: the name becomes the article's origin and outlet, which JSON and the store must hold.
    name = os.fsencode(path).decode("utf-8", "replace")
    if suffix in HTML_SUFFIXES:
        if not data.strip():
            raise InputError(name, "empty file")
        page = unicode_text(data)  # lxml cannot read UTF-16 without a declaration
        if page is None and looks_binary(data):
            raise InputError(name, "binary file, not text")
        return [article_from_html(data if page is None else page, origin=name, config=config)]
    text = decode(data, name)
    if suffix in JSON_SUFFIXES:
        # A file with nothing readable is one problem, told by its own reason where it has one.
        problems: list[InputError] = []
        articles = _json_articles(text, name, config, problems.append)
        if len(problems) == 1 and not articles:
            raise problems[0]
        for problem in problems:
            on_error(problem)
        if not articles:
            raise InputError(name, "no readable article in the file" + (", each reason above" if problems else ""))
        return articles
    return [article_from_text(text, origin=name, config=config, markdown=suffix != ".txt")]


def _is_article_file(path: Path, root: Path) -> bool:
    """Article files of a folder: hidden files and folders, and a folder's own notes (README,
    LICENSE), are not."""
    if not path.is_file() or path.suffix.lower() not in SUFFIXES:
        return False
    if any(part.startswith(".") for part in path.relative_to(root).parts):
        return False
    return path.stem.upper() not in _FOLDER_NOTES


# A path that is a web address: Path() would fold its "//" and report no such file.
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)


def read_path(
    path: str | Path, *, source_name: str | None = None, config: Config | None = None,
    on_error: ErrorSink | None = None,
) -> list[Article]:
    """Articles from a file or a folder of files. In a folder, a bad file goes to ``on_error``
    (by default it raises) and the others are still read."""
    config = config or load_config()
    sink = on_error or _raise
    if isinstance(path, str) and _URL.match(path):
        raise InputError(path, "a URL, not a file: `evenhand ingest URL` fetches pages into a store, "
                               "then `evenhand stories ID` writes their brief")
    root = Path(path)
    try:
        exists, is_dir = root.exists(), root.is_dir()  # a folder on the way may refuse even a stat
    except OSError as exc:
        raise InputError(str(root), f"cannot read ({exc.strerror or exc.__class__.__name__})") from None
    if not exists:
        raise InputError(str(root), "broken symlink or symlink loop" if root.is_symlink() else "no such file or folder")
    if is_dir:
        files = [p for p in walk(root, sink) if _is_article_file(p, root)]
        if not files:
            raise InputError(str(root), "folder holds no .txt, .md, .html or .json(l) file")
        articles: list[Article] = []
        for file in files:
            try:
                articles.extend(read_file(file, config=config, on_error=sink))
            except InputError as exc:
                sink(exc)
    else:
        articles = read_file(root, config=config, on_error=sink)
    if source_name:
        articles = [replace(a, outlet=source_name) for a in articles]
    return articles


def read_inputs(
    paths: Sequence[str], names: Sequence[str], config: Config, on_problem: Callable[[InputError], None]
) -> list[Article]:
    """Every readable article of the inputs. Each unreadable one goes to ``on_problem`` (once all are
    read) and is skipped; when none is readable this raises, with the one problem as its error where
    there was one."""
    if names and len(names) not in (1, len(paths)):
        raise UsageError(f"--source-name given {len(names)} times for {len(paths)} inputs; give it once per input")
    articles: list[Article] = []
    problems: list[InputError] = []
    for i, path in enumerate(paths):
        name = names[i] if len(names) == len(paths) else (names[0] if names else None)
        try:
            articles.extend(read_path(path, source_name=name, config=config, on_error=problems.append))
        except InputError as exc:
            problems.append(exc)
    if not articles and (len(problems) == 1 or (len(paths) == 1 and problems[-1].name == str(Path(paths[0])))):
        # One input that failed as a whole: its own line ends the run, its parts' reasons above it.
        for problem in problems[:-1]:
            on_problem(problem)
        raise problems[-1]
    for problem in problems:
        on_problem(problem)
    if not articles:
        # Each file's reason is its own line above; this one says the job had nothing to read.
        if len(paths) == 1:
            raise InputError(paths[0], f"no readable article among its {len(problems)} files")
        raise EvenhandError(f"no readable article in {len(paths)} inputs")
    return articles
