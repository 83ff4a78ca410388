"""The web reader: the Starlette app (``app``), the view data it and the static export share
(``views``, ``citations``, ``links``), the HTML pages (``pages``), the JSON API (``api``), the Atom
feed (``atom``) and the static copy (``export``, which needs no Starlette). The JSON shapes it
shares with the CLI are built in ``evenhand.serialize``.

Names load on first use, so that ``evenhand export`` does not import the server.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..outlets import lean_key
    from ..serialize import leaning_spread
    from .api import openapi_document
    from .app import create_app
    from .citations import Span, context_around, locate, mark_spans
    from .links import safe_url, static_name
    from .pages import CSP
    from .views import PAGE_SIZE, Reader

_HOMES = {
    "CSP": "pages",
    "PAGE_SIZE": "views",
    "Reader": "views",
    "Span": "citations",
    "context_around": "citations",
    "create_app": "app",
    "lean_key": ".outlets",
    "leaning_spread": ".serialize",
    "locate": "citations",
    "mark_spans": "citations",
    "openapi_document": "api",
    "safe_url": "links",
    "static_name": "links",
}

__all__ = [
    "CSP", "PAGE_SIZE", "Reader", "Span", "context_around", "create_app", "lean_key", "leaning_spread", "locate",
    "mark_spans", "openapi_document", "safe_url", "static_name",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'evenhand.web' has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value
