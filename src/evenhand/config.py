"""Tunables, kept apart from logic: the packaged defaults, overridden by a user's TOML file."""

from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import InputError


@dataclass(frozen=True, slots=True)
class Limits:
    max_file_bytes: int
    max_article_chars: int
    min_page_words: int
    max_sentence_chars: int
    max_sentences: int
    max_title_chars: int
    max_outlet_chars: int
    max_url_chars: int
    max_feed_entries: int
    max_opml_feeds: int
    max_decompression_ratio: int
    min_prose_share: float = 0.3
    max_page_tags: int = 100_000
    max_tag_attributes: int = 1_000
    max_dispute_pairs: int = 20_000


@dataclass(frozen=True, slots=True)
class BriefSettings:
    max_words: int
    max_facts: int
    article_share: float
    min_words: int
    long_article_words: int
    budgeted_max_facts: int
    min_fact_words: int
    max_fact_words: int
    lede_candidates: int
    lede_opening: float
    lede_first: float
    lede_title: float
    lede_room: int
    lede_max_words: int
    unreported: float
    narrative_sentences: int
    max_narratives: int
    max_contested: int = 3
    contested_claims: int = 4


@dataclass(frozen=True, slots=True)
class Grouping:
    same_fact: float
    embed_weight: float
    lexical_weight: float
    duplicate_article_jaccard: float
    redundant: float
    support_recall: float
    cite_recall: float
    cite_part_recall: float
    lede_cite_recall: float
    precise_figure: float
    contested_context: float


@dataclass(frozen=True, slots=True)
class Ranking:
    support: float
    centrality: float
    lede_centrality: float
    lead: float
    position: float
    specificity: float
    lead_decay: float
    quote: float
    background: float
    off_topic: float
    opinion: float
    argued: float
    loaded: float


@dataclass(frozen=True, slots=True)
class EmbedderSettings:
    name: str


@dataclass(frozen=True, slots=True)
class Config:
    limits: Limits
    brief: BriefSettings
    grouping: Grouping
    rank: Ranking
    embedder: EmbedderSettings
    extra: dict[str, Any]

    def with_max_words(self, max_words: int | None) -> Config:
        """A word budget for lede and facts: within it, as many facts as fit, up to ``budgeted_max_facts``."""
        if max_words is None:
            return self
        facts = max(self.brief.max_facts, self.brief.budgeted_max_facts) if max_words else self.brief.max_facts
        return replace(self, brief=replace(self.brief, max_words=max_words, max_facts=facts))


_SECTIONS = {
    "limits": Limits, "brief": BriefSettings, "grouping": Grouping, "rank": Ranking, "embedder": EmbedderSettings,
}


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


MAX_CONFIG_BYTES = 1_000_000


def _read_toml(path: Path) -> dict[str, Any]:
    from .ingest.files import read_capped  # a regular file only: a FIFO given as --config never ends

    try:
        return tomllib.loads(read_capped(path, MAX_CONFIG_BYTES).decode("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read config ({exc.__class__.__name__})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(str(path), f"not valid TOML: {exc}") from None


_TYPES: dict[str, tuple[type, ...]] = {"int": (int,), "float": (int, float), "str": (str,), "bool": (bool,)}


def check_types(cls: type, section: Any, name: str, origin: str) -> None:
    """Refuse a [section] that is not a table, has unknown keys or a value of the wrong type, in one line."""
    if not isinstance(section, dict):
        raise InputError(origin, f"[{name}] must be a table")
    unknown = set(section) - {f.name for f in fields(cls)}
    if unknown:
        raise InputError(origin, f"unknown key(s) in [{name}]: {', '.join(sorted(unknown))}")
    for f in fields(cls):
        if f.name not in section:
            continue
        value, wanted = section[f.name], _TYPES.get(str(f.type))
        if wanted and (not isinstance(value, wanted) or (bool not in wanted and isinstance(value, bool))):
            raise InputError(origin, f"[{name}] {f.name} must be {f.type}, not {value!r:.40}")
        # Every count, bound, weight and threshold is a finite number from 0: "max_file_bytes = -1"
        # or "threshold = nan" would make every comparison with it meaningless.
        if isinstance(value, int | float) and not isinstance(value, bool) and not 0 <= value < math.inf:
            raise InputError(origin, f"[{name}] {f.name} must be a number from 0, not {value!r:.40}")


def _build(raw: dict[str, Any], origin: str) -> Config:
    parts: dict[str, Any] = {}
    for name, cls in _SECTIONS.items():
        section = raw.get(name, {})
        check_types(cls, section, name, origin)
        parts[name] = cls(**section)
    extra = {k: v for k, v in raw.items() if k not in _SECTIONS}
    return Config(extra=extra, **parts)


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """The packaged defaults, with ``path`` (or ``$EVENHAND_CONFIG``) laid over them."""
    text = resources.files("evenhand").joinpath("default_config.toml").read_text(encoding="utf-8")
    raw = tomllib.loads(text)
    chosen = path or os.environ.get("EVENHAND_CONFIG")
    if chosen:
        over = _read_toml(Path(chosen))
        _check_sections(over, raw, str(chosen))
        raw = _merge(raw, over)
    return _build(raw, str(chosen or "default_config.toml"))


def _check_sections(over: dict[str, Any], defaults: dict[str, Any], origin: str) -> None:
    """Refuse a [section] the packaged defaults do not have: a misspelt "[brife]" would otherwise
    be taken and change nothing, and the user would never learn why."""
    unknown = sorted(set(over) - set(defaults))
    if unknown:
        known = ", ".join(f"[{name}]" for name in defaults)
        raise InputError(origin, f"unknown section(s) {', '.join(unknown)!s:.80}; the sections are {known}")


def as_dict(config: Config) -> dict[str, Any]:
    """Every setting in force, section by section (the packaged defaults with any file laid over them)."""
    from dataclasses import asdict

    sections = {name: asdict(getattr(config, name)) for name in _SECTIONS}
    return {**sections, **config.extra}


def to_toml(data: dict[str, Any]) -> str:
    """``data`` (tables of scalars and lists, as a config holds) as TOML that `load_config` reads back."""

    def value(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, int | float):
            return repr(v)
        if isinstance(v, list | tuple):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines: list[str] = []
    for name, section in data.items():
        if isinstance(section, dict):
            lines += ["", f"[{name}]"] + [f"{key} = {value(v)}" for key, v in section.items()]
        else:
            lines.insert(0, f"{name} = {value(section)}")
    return "\n".join(lines).lstrip("\n") + "\n"
