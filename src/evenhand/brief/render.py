"""Briefs as Markdown in the seed's layout, and as the versioned JSON schema."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from ..model import (
    BRIEF_SCHEMA,
    Brief,
    Claim,
    Contested,
    Fact,
    Narrative,
    Source,
    Support,
    Unargued,
    Unused,
    parse_datetime,
)
from ..outlets import side_word
from .sections import FILED_AS_ARGUMENT, opinion_mark

# Said where a brief of real articles prints no fact: a headline alone would read as a fault.
NO_FACTS = (
    "No fact printed: no sentence of these articles reports what happened in words that stand alone "
    "(opinion, analysis and previews are never printed as facts)."
)


# Said where every source of a brief is a piece filed as argument: its headline is a column's title
# and its lede a columnist's sentence, which read as the news unless the reader is told.
ALL_OPINION = "Every source this brief cites is an opinion or analysis piece, none a news report."
# ... and why such a brief may print no fact: what one column alone tells is its own telling.
NO_SHARED_FACTS = (
    "No fact printed: every source is an opinion or analysis piece, and a column's account of what happened is "
    "printed only where another source states the same claim (what one column alone tells is its own telling)."
)


def opinion_only(opinions: Sequence[bool]) -> bool:
    """Whether a brief's sources (their ``opinion`` flags) are all pieces filed as argument."""
    return bool(opinions) and all(opinions)


def no_facts_notice(opinions: Sequence[bool]) -> str:
    """Why a brief of real articles prints no fact, as its sources (their ``opinion`` flags) tell."""
    return NO_SHARED_FACTS if opinion_only(opinions) else NO_FACTS


# What opens an HTML tag, comment or declaration: a Markdown renderer that allows inline HTML would
# run it ("<svg onload=...>" in an outlet's name). "x < 5" stays as it is.
_TAG_OPEN = re.compile(r"<(?=[A-Za-z/!?])")


def _cite(sources: tuple[int, ...]) -> str:
    return ",".join(str(n) for n in sources)


def filed_as_argument(label: str) -> bool:
    """Whether a source's label already says the piece is argument ("... (Opinion)", "... (Editorial)")."""
    return FILED_AS_ARGUMENT.search(label) is not None


def _sources_line(sources: list[Source], headline_source: int | None = None) -> str:
    # The outlet whose title is the headline is named as such: a source no printed sentence cites
    # would otherwise be listed with nothing to show for it.
    items = [
        f"{s.number}{s.label}" + opinion_mark(s.label, s.opinion)
        + (" (headline)" if s.number == headline_source else "")
        + (f" (the same report as {s.same_report_as})" if s.same_report_as else "")
        for s in sources
    ]
    return f"Sources: {_listed(items)}."


def _listed(items: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)


def _unused_line(unused: list[Unused]) -> str:
    return f"Read for this brief, not cited: {_listed([u.label + opinion_mark(u.label, u.opinion) for u in unused])}."


def dating(brief: Brief) -> list[str | None]:
    """The publication times that date a brief: every source's where each gives one; where some give
    none, those of the sources its lede cites, so that a side source alone does not date the news
    (multinews-104: a 2015 video page about the station's toilet dated a 2016 contest "Reported 8 May
    2015", its "until December 20" read as 2015)."""
    published = [s.published for s in brief.sources]
    if brief.lede is None or all(parse_datetime(p) is not None for p in published):
        return published
    return [s.published for s in brief.sources if s.number in brief.lede.sources]


def reported_line(published: Iterable[str | None]) -> str:
    """ "Reported 14–15 October 2025" from the publication times given (ISO 8601); "" where none is
    a date. The web reader dates its stories by this, as the Markdown brief does."""
    days = _days(published)
    return _reported_line(*days) if days else ""


def _days(published: Iterable[str | None]) -> tuple[date, date] | None:
    days = sorted(moment.date() for p in published if (moment := parse_datetime(p)) is not None)
    return (days[0], days[-1]) if days else None


def _reported_line(first: date, last: date) -> str:
    """ "Reported 14 October 2025", "Reported 14–15 October 2025", "Reported 30 September – 2 October 2025"."""
    end = f"{last.day} {last:%B %Y}"
    if first == last:
        return f"Reported {end}"
    if (first.year, first.month) == (last.year, last.month):
        return f"Reported {first.day}–{end}"
    start = f"{first.day} {first:%B}" + ("" if first.year == last.year else f" {first.year}")
    return f"Reported {start} – {end}"


def _unargued_line(brief: Brief, item: Unargued) -> str:
    side = side_word(item.axis, item.side)
    names = [s.label for s in brief.sources if s.number in item.sources]
    # (what was found, not that they argue nothing: a news report may argue in words no rule reads, as
    # NBC's "the coronavirus remains in the driver's seat" did, reading 51c)
    return f"- No {side} narrative: none was found in the news reports of the {side} outlets here ({', '.join(names)})."


def render_markdown(brief: Brief, no_facts: str = "") -> str:
    """The brief as Improve The News lays it out: citation numbers follow each sentence. ``no_facts``
    says why a brief of real articles prints no fact, where the caller knows another reason (a word
    budget too small for any) than its sources tell (:func:`no_facts_notice`)."""
    # No title and no lede leave no headline: a lone "#" is no heading (a new user's tryout).
    out = [f"# {brief.headline}", ""] if brief.headline.strip() else []
    # The day the articles came out dates the brief's "on Tuesday" and "last week" for its reader.
    if line := reported_line(dating(brief)):
        out += [f"_{line}_", ""]
    opinions = [s.opinion for s in brief.sources]
    if opinion_only(opinions):
        out += [f"_{ALL_OPINION}_", ""]
    if brief.lede:
        out += [f"{brief.lede.text}{_cite(brief.lede.sources)}", ""]
    elif not brief.facts:
        out += [f"_{no_facts or no_facts_notice(opinions)}_", ""]
    if brief.facts:
        out += ["## Facts", ""]
        out += [f"- {f.text}{_cite(f.sources)}" for f in brief.facts]
        out.append("")
    if brief.sources:
        out += [_sources_line(brief.sources, brief.headline_source), ""]
    if brief.unused:
        out += [_unused_line(brief.unused), ""]
    if brief.narratives:
        out += ["## Narratives", ""]
        out += [f"- {n.label}. {n.text}" for n in brief.narratives]
        out += [_unargued_line(brief, u) for u in brief.unargued]
        out.append("")
    if brief.contested:
        out += ["## Contested", ""]
        for item in brief.contested:
            sides = "; ".join(f"{c.value} ({_cite(c.sources)})" for c in item.claims)
            out.append(f"- {item.about}: {sides}")
        out.append("")
    # The headline, names, titles and sentences are the sources' words: a backslash keeps a tag's "<"
    # text in any Markdown renderer.
    return _TAG_OPEN.sub(r"\\<", "\n".join(out).rstrip()) + "\n"


def _support(items: tuple[Support, ...]) -> list[dict[str, Any]]:
    return [
        {"source": s.source, "start": s.start, "end": s.end, "text": s.text}
        | ({"part": s.part} if s.part != "text" else {})  # a column's title: its thesis
        for s in items
    ]


def _fact(fact: Fact) -> dict[str, Any]:
    return {
        "text": fact.text, "sources": list(fact.sources), "independent": fact.independent,
        "single_source": fact.independent == 1, "score": fact.score, "support": _support(fact.support),
    }


def _narrative(n: Narrative) -> dict[str, Any]:
    out: dict[str, Any] = {"label": n.label, "text": n.text, "sources": list(n.sources), "support": _support(n.support)}
    if n.reported:
        out["reported"] = True
    if n.speaker:
        out["speaker"] = n.speaker
    if n.axis is not None:  # only where ratings label it by side: without ratings, nothing changes
        out |= {"axis": n.axis, "side": n.side, "scores": [{"source": k, "score": v} for k, v in n.scores]}
    return out


def _claim(c: Claim) -> dict[str, Any]:
    return {"value": c.value, "text": c.text, "sources": list(c.sources), "support": _support(c.support)}


def _contested(c: Contested) -> dict[str, Any]:
    return {"about": c.about, "claims": [_claim(x) for x in c.claims]}


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    """The brief in schema ``evenhand.brief/1`` (docs/schema.md): keys may be added, never renamed."""
    lede = brief.lede
    days = _days(dating(brief))
    return {
        "schema": BRIEF_SCHEMA,
        "id": brief.id,
        "headline": brief.headline,
        "headline_source": brief.headline_source,
        "lede": lede.text if lede else "",
        "lede_sources": list(lede.sources) if lede else [],
        "lede_independent": lede.independent if lede else 0,
        "lede_support": _support(lede.support) if lede else [],
        "facts": [_fact(f) for f in brief.facts],
        "sources": [
            {"number": s.number, "outlet": s.outlet, "label": s.label, "title": s.title, "url": s.url,
             "article_id": s.article_id, "published": s.published}
            | ({"same_report_as": s.same_report_as} if s.same_report_as else {})
            | ({"opinion": True} if s.opinion else {})
            for s in brief.sources
        ],
        "reported": {"first": days[0].isoformat(), "last": days[1].isoformat()} if days else None,
        "narratives": [_narrative(n) for n in brief.narratives],
        "contested": [_contested(c) for c in brief.contested],
    } | ({"unargued": [{"axis": u.axis, "side": u.side, "sources": list(u.sources)} for u in brief.unargued]}
         if brief.unargued else {}) | ({"unused": [_unused(u) for u in brief.unused]} if brief.unused else {})


def _unused(u: Unused) -> dict[str, Any]:
    return {"outlet": u.outlet, "label": u.label, "title": u.title, "url": u.url, "article_id": u.article_id} | (
        {"opinion": True} if u.opinion else {}
    )
