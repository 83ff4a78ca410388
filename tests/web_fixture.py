"""A real store for the web tests: fictional articles run through the real pipeline.

Two fictional events in the invented city of Talmoor. One outlet ("Hostile Pages") carries
markup and script payloads in its outlet name, title, text and URL; the web tests assert that
they render as inert text. "Eastbrook Gazette" republishes Coastal Wire's copy with a credit line,
so the store links it as syndicated and corroboration counts it once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evenhand.brief.compose import make_brief
from evenhand.brief.render import brief_to_dict
from evenhand.config import load_config
from evenhand.model import Article
from evenhand.outlets import Rating
from evenhand.pipeline import write_briefs
from evenhand.store import Assignment, Store

HOSTILE_OUTLET = 'Hostile Pages <b>"x"</b>'
HOSTILE_TITLE = 'Bridge closed <script>window.__pwned = "title"</script>'
HOSTILE_URL = "javascript:window.__pwned='url'"
PAYLOADS = (
    "<script>window.__pwned = 'script'</script>",
    '"><img src=x onerror="window.__pwned=\'img\'">',
    "<a href=\"javascript:window.__pwned='link'\">click</a>",
)

_WIRE = (
    "The Veyra Street Bridge in Talmoor was closed to all traffic on Tuesday after inspectors found "
    "cracks in two of its steel support beams. "
    "City engineer Marta Okonjo said the bridge would stay closed for at least six weeks while repairs "
    "are planned. "
    "About 18,000 vehicles cross the bridge every day, according to the city transport office. "
    "Buses on routes 4 and 9 will detour over the Harlow Road crossing, adding about ten minutes to "
    "each trip. "
    "The inspection was part of a routine review ordered by the city council in March. "
    "Shop owners on Veyra Street said they feared losing customers during the closure."
)

STORY_A: list[dict[str, Any]] = [
    {
        "outlet": "Coastal Wire",
        "title": "Talmoor closes Veyra Street Bridge after inspectors find cracked beams",
        "url": "https://coastal-wire.example/talmoor-bridge",
        "published": "2031-04-08T09:00:00Z",
        "text": _WIRE,
    },
    {
        "outlet": "Eastbrook Gazette",
        "title": "Veyra Street Bridge closed after cracks found",
        "url": "https://eastbrook-gazette.example/news/veyra-bridge",
        "published": "2031-04-08T10:30:00Z",
        "text": _WIRE + " This report was supplied by Coastal Wire.",
    },
    {
        "outlet": "Talmoor Tribune",
        "title": "Cracked beams shut Veyra Street Bridge for six weeks",
        "url": "https://talmoor-tribune.example/2031/04/08/bridge",
        "published": "2031-04-08T11:15:00Z",
        "text": (
            "Talmoor closed the Veyra Street Bridge to all traffic on Tuesday after inspectors found cracks "
            "in two steel support beams. "
            "City engineer Marta Okonjo said the bridge will remain closed for at least six weeks. "
            "Roughly 18,000 vehicles use the bridge each day, the transport office said. "
            "Council member Ines Arroyo said years of deferred maintenance had left the bridge exposed. "
            "The repair is expected to cost 4.2 million dollars, according to a council briefing paper. "
            "Buses on routes 4 and 9 will detour over the Harlow Road crossing."
        ),
    },
    {
        "outlet": "Northfield Herald",
        "title": "Bridge shutdown snarls Talmoor commuters",
        "url": "https://northfield-herald.example/talmoor/bridge-shutdown",
        "published": "2031-04-08T13:40:00Z",
        "text": (
            "Commuters in Talmoor faced long delays on Tuesday after the city closed the Veyra Street Bridge "
            "when inspectors found cracks in two steel support beams. "
            "City engineer Marta Okonjo said the bridge would be closed for at least six weeks. "
            "Mayor Daniel Pryce said the closure showed the council had wasted money on projects "
            "nobody asked for. "
            "The repair will cost 5 million dollars, the mayor's office said. "
            "About 18,000 vehicles cross the bridge every day. "
            "The council should have repaired the beams years ago, when the first warning signs appeared. "
            "It is time the council admitted that letting the inspections lapse was a failure of oversight."
        ),
    },
    {
        "outlet": HOSTILE_OUTLET,
        "title": HOSTILE_TITLE,
        "url": HOSTILE_URL,
        "published": "2031-04-08T15:00:00Z",
        "text": (
            "Inspectors found cracks in two steel support beams of the Veyra Street Bridge in Talmoor on "
            f"Tuesday {PAYLOADS[0]} and the city closed it to all traffic. "
            "City engineer Marta Okonjo said the bridge would stay closed for at least six weeks "
            f"{PAYLOADS[1]}. "
            f"About 18,000 vehicles cross the bridge every day {PAYLOADS[2]}. "
            "Local traders said the council should have acted years ago."
        ),
    },
]

STORY_B: list[dict[str, Any]] = [
    {
        "outlet": "Talmoor Tribune",
        "title": "Orchard County votes to expand Greyhaven library",
        "url": "https://talmoor-tribune.example/2031/04/02/library",
        "published": "2031-04-02T08:00:00Z",
        "text": (
            "The Orchard County board voted 5 to 2 on Monday to expand the Greyhaven public library. "
            "The expansion adds a children's wing and a study hall with 120 seats. "
            "Construction is due to start in September and finish by the end of next year. "
            "Librarian Tomas Brandt said visits had doubled since 2028."
        ),
    },
    {
        "outlet": "Northfield Herald",
        "title": "Greyhaven library expansion approved over objections",
        "url": "https://northfield-herald.example/orchard/library-vote",
        "published": "2031-04-02T12:00:00Z",
        "text": (
            "The Orchard County board voted 5 to 2 on Monday to expand the Greyhaven public library. "
            "Board member Ruth Calder, who voted against, said the county should fix its roads first. "
            "The expansion adds a children's wing and a study hall with 120 seats. "
            "Construction is due to start in September."
        ),
    },
]

RATINGS = [
    Rating.in_words("Coastal Wire", "Center", "https://coastal-wire.example"),
    Rating.in_words("Talmoor Tribune", "Lean Left", "https://talmoor-tribune.example"),
    Rating.in_words("Northfield Herald", "Right", "https://northfield-herald.example"),
]


def _add_story(store: Store, records: list[dict[str, Any]]) -> str:
    ids = []
    for record in records:
        result = store.add_article(Article(**record))
        ids.append(result.article_id)
    story_id = "s" + ids[0][1:]
    store.apply_assignments(
        [Assignment(article_id=aid, story_id=story_id, score=1.0, new=i == 0) for i, aid in enumerate(ids)]
    )
    articles = [row.to_article() for row in store.story_articles(story_id)]
    brief = make_brief(articles, brief_id=story_id)
    store.save_brief(story_id, brief_to_dict(brief))
    return story_id


def build_store(path: Path) -> dict[str, str]:
    """Write the fixture store at ``path``; returns the story ids by name ("bridge", "library")."""
    with Store.open(path) as store:
        library = _add_story(store, STORY_B)
        bridge = _add_story(store, STORY_A)
        store.import_ratings(RATINGS)
    return {"bridge": bridge, "library": library}


_BLIND_TEXT = "The {town} ferry stopped running on Monday after its {n} engines failed a safety check, the port said."
_RIGHT = ("Northfield Herald", "Daily Orbit", "Ridge Radio Network")
_LEFT = "Talmoor Tribune"


def build_blindspot_store(path: Path) -> dict[str, str]:
    """One story covered by three right-rated outlets alone, one by the left-rated outlet alone."""
    with Store.open(path) as store:
        ids: dict[str, list[str]] = {"ferry": [], "fair": []}
        for k, outlet in enumerate(_RIGHT):
            text = _BLIND_TEXT.format(town=["Veyra", "Harlow", "Orchard"][k], n=k + 2) + f" Report {k} of many."
            slug = outlet.lower().replace(" ", "-")
            ids["ferry"].append(store.add_article(Article(
                text=text, outlet=outlet, title=f"Ferry halted ({outlet})", url=f"https://{slug}.example/ferry",
            )).article_id)
        ids["fair"].append(store.add_article(Article(
            text="The Talmoor book fair opened on Friday with two hundred stalls and a reading by local authors.",
            outlet=_LEFT + " (Online)", title="Book fair opens", url="https://talmoor-tribune.example/fair",
        )).article_id)
        stories = {}
        for name, members in ids.items():
            stories[name] = "s" + members[0][1:]
            store.apply_assignments([
                Assignment(article_id=a, story_id=stories[name], score=1.0, new=i == 0) for i, a in enumerate(members)
            ])
        store.import_ratings([
            *(Rating.in_words(o, "Right", f"https://{o.lower().replace(' ', '-')}.example/") for o in _RIGHT),
            Rating.in_words(_LEFT, "Left", "https://talmoor-tribune.example/"),
        ])
        written, failed = write_briefs(store, list(stories.values()), load_config(), None)
        assert len(written) == 2 and failed == []
    return stories
