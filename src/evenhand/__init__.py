"""evenhand: balanced, verifiable news briefs from many outlets' articles.

The public API::

    from evenhand import read_path, make_brief, render_markdown, brief_to_dict

    articles = read_path("articles/")          # files or folders: .txt .md .html .json .jsonl
    brief = make_brief(articles, config=load_config().with_max_words(150))
    print(render_markdown(brief))              # or brief_to_dict(brief): schema evenhand.brief/1

Names load on first use, so that ``import evenhand`` (and the command line's start-up) stays cheap.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .brief.compose import make_brief
    from .brief.render import brief_to_dict, render_markdown
    from .config import Config, load_config
    from .embed import Embedder, load_embedder
    from .errors import EvenhandError, InputError
    from .ingest.clean import clean_text
    from .ingest.extract import article_from_html, article_from_record, read_path
    from .model import Article, Brief, Claim, Contested, Fact, Narrative, Source, Support
    from .store import Store

_HOMES = {
    "Article": "model", "Brief": "model", "Claim": "model", "Contested": "model", "Fact": "model",
    "Narrative": "model", "Source": "model", "Support": "model",
    "Config": "config", "load_config": "config",
    "Embedder": "embed", "load_embedder": "embed",
    "EvenhandError": "errors", "InputError": "errors",
    "read_path": "ingest.extract", "article_from_html": "ingest.extract", "article_from_record": "ingest.extract",
    "clean_text": "ingest.clean",
    "make_brief": "brief.compose",
    "brief_to_dict": "brief.render", "render_markdown": "brief.render",
    "Store": "store",
}

__all__ = [
    "Article", "Brief", "Claim", "Config", "Contested", "Embedder", "EvenhandError", "Fact", "InputError",
    "Narrative", "Source", "Store", "Support", "__version__", "article_from_html", "article_from_record",
    "brief_to_dict", "clean_text", "load_config", "load_embedder", "make_brief", "read_path", "render_markdown",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'evenhand' has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
