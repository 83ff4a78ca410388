"""Whom a sentence names, and whether its reader is told who that is: a surname or an abbreviation
its article introduced in full in a sentence before it ("Meadows outlined ...", "the GID") says
nothing of who is meant to a reader of the sentence alone."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon

_NAME_PAIR = r"([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?([A-Z][a-z]+)\b"
# A capitalised pair, each pair of a longer run too: "Detective Richard Pontecorvo" gives "Detective
# Richard" and "Richard Pontecorvo", the name after the title.
_FULL_NAME = re.compile(rf"\b(?={_NAME_PAIR})")
# ... or the runs' first pairs only, where a middle name would read as a first one ("Hillary Rodham
# Clinton" is no "Rodham Clinton").
FIRST_PAIR = re.compile(rf"\b{_NAME_PAIR}")
# A courtesy title, which says nothing of who someone is ("Ms Aylward").
_COURTESY_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?"
# A sentence that opens on one capitalised word and goes on in lower case: "Meadows outlined ..."
_OPENING_NAME = re.compile(r"(" + _COURTESY_TITLE + r"\s+)?([A-Z][a-z]+)(?:['’]s)?\s+[a-z]")
# ... or on one capitalised word and a description of them: "Crenshaw, a former Navy SEAL, was ...",
# "Floyd, 46, died ...". After facts that name them, the description may be enough; as a lede, not.
_DESCRIBED_NAME = re.compile(r"(" + _COURTESY_TITLE + r"\s+)?([A-Z][a-z]+),\s+(?:\d|[a-z])")
# A capitalised word inside a sentence, with the word before it: a name used alone has no other
# capitalised word beside it (but a courtesy title may stand before it: "Mr. Musk").
_INNER_CAPITAL = re.compile(r"(?:(\S+)\s+)([A-Z][a-z]+)(?:['’]s)?\b(?!\s+[A-Z])")
# After these a capitalised word is a place or a thing ("in Oroville", "the Olympics"), not a person.
_PLACE_OR_THING = frozenset("the in at near from into across outside inside throughout around".split())
_COURTESY = re.compile(_COURTESY_TITLE + "$")


def opening_surname(text: str, start: int, printed: str, described: bool = False) -> str:
    """The surname a sentence opens on ("Meadows outlined the talks"; with ``described``, also one a
    description follows: "Crenshaw, a former Navy SEAL, was ...") where its article gave the full
    name before it ("Mark Meadows"): who that is, the sentence alone does not say. "" where it
    opens otherwise."""
    match = _OPENING_NAME.match(printed) or (_DESCRIBED_NAME.match(printed) if described else None)
    # A month is a surname where the article named someone by it ("Miranda July ... July continued
    # to shoplift"): only that full name before it makes it one.
    if not match or match.group(2).lower() in lexicon.NOT_NAMES - lexicon.MONTHS.keys():
        return ""
    name = match.group(2)
    return name if _introduced_before(text, len(text) if match.group(1) else start, name) else ""


def surname_the_story_names(texts: Sequence[str], printed: str) -> str:
    """The surname a sentence opens on where any article of the story gives the full name ("Paredes
    is no longer permitted to ...", from an article that never does, where another names "the Rev.
    Edmundo Paredes"): opening a brief, it says nothing of who that is. "" where it opens otherwise."""
    match = _OPENING_NAME.match(printed) or _DESCRIBED_NAME.match(printed)
    if not match or match.group(2).lower() in lexicon.NOT_NAMES - lexicon.MONTHS.keys():
        return ""
    name = match.group(2)
    # A team, a party, a company or the first word of a place is no one's surname: "the Astros",
    # "the Democrats", "North Korea", "Pfizer-BioNTech".
    not_a_person = re.compile(rf"\b[Tt]he {name}\b|\b{name}[\s-]+[A-Z]")
    if any(not_a_person.search(text) for text in texts):
        return ""
    return name if any(_first_name_of(text, name, texts) for text in texts) else ""


def _within_sentence(before: str) -> bool:
    """Whether what comes after ``before`` stands inside a sentence: after a word, or after a title
    cut short ("the Rev.", "Sen."), not after a sentence's end."""
    before = before.rstrip()
    return before[-1:] not in ("", ".", "!", "?", "\"", "”", ":") or bool(_SHORT_TITLE.search(before))


# A title cut short before a name: "the Rev. Edmundo Paredes", "Sen. Ada Wren".
_SHORT_TITLE = re.compile(r"\b[A-Z][a-z]{1,3}\.$")


def _first_name_of(text: str, name: str, texts: Sequence[str]) -> bool:
    """Whether the text gives someone's full name ending in ``name`` whose first word is only ever
    that person's ("Edmundo Paredes"), not a word of a place or a kind ("Texas Democrats",
    "Drugmaker Pfizer")."""
    for match in _FULL_NAME.finditer(text):
        first = match.group(1)
        if match.group(2) != name or not _person(text, match):
            continue
        uses = [m.end() for t in texts for m in re.finditer(rf"\b{first}\b", t, re.I)]
        pairs = [(t, m.start()) for t in texts for m in re.finditer(rf"\b{first}\s+(?:[A-Z]\.\s+)?{name}\b", t)]
        # ... and once at least inside a sentence, where a capital is a name's, not the sentence's
        inside = any(_within_sentence(t[:at]) for t, at in pairs)
        if len(uses) == len(pairs) and inside:
            return True
    return False


def bare_surnames(text: str, start: int, printed: str) -> tuple[str, ...]:
    """Every surname the sentence uses alone, at its opening or later ("..., Musk wrote", "a taser
    on Anwar"), where its article gave the full name in a sentence before it: a reader of the
    sentence alone does not know who that is. A name the sentence itself gives in full is known."""
    found = [opening_surname(text, start, printed)]
    for match in _INNER_CAPITAL.finditer(printed):
        before, name = match.groups()
        titled = bool(_COURTESY.match(before))
        alone = not before[:1].isupper() or titled or before.endswith((",", '"', "”"))
        person = before.lower() not in _PLACE_OR_THING and name.lower() not in lexicon.NOT_NAMES
        if alone and person and _introduced_before(text, len(text) if titled else start, name):
            found.append(name)
    # "Ms Aylward" is no full name: the courtesy title says nothing of who she is. A full name makes
    # its first name known too ("to challenge my friend Bill Clinton ... my gift to Bill").
    full = [m for m in _FULL_NAME.finditer(printed) if not _COURTESY.match(m.group(1))]
    given = {part for m in full for part in (m.group(1), m.group(2))}
    return tuple(dict.fromkeys(n for n in found if n and n not in given))


def _introduced_before(text: str, start: int, name: str) -> bool:
    if re.search(rf"\b{name.lower()}\b", text):
        return False  # a common word ("Health officials said"): a surname is not written in lower case
    return any(_person(text, m) for m in _FULL_NAME.finditer(text, 0, start) if m.group(2) == name)


# Titles that do not make their holder known by the surname alone: "U.S. District Judge Allison
# Burroughs", "Police Commissioner Anthony Batts".
_OBSCURE_TITLES = (
    r"(?:Judge|Commissioner|Chief|Officer|Detective|Sergeant|Sgt|Deputy|Trooper|Agent|Captain|Lieutenant|"
    r"Professor|Coach|Pastor|Attorney|Prosecutor|Sheriff|Bishop|Archbishop|Rabbi|Imam|Reverend|Rev|"
    # a state's or a city's office, or one of hundreds of seats ("Wisconsin Governor Scott Walker"); a
    # "Senator" stays known ("Republican Senator ..."). (A title shortened with a full stop, "Sen.",
    # "Gov.", never made anyone known: the full stop ends the title's match.)
    r"Governor|Gov|Mayor|Representative|Rep|Congressman|Congresswoman|Councilman|Councilwoman|Councillor|Councilor)"
)


# What before a capitalised pair makes it part of a body's name or a name after a known title.
_PART_OF = re.compile(r"(?:[A-Z][a-z]+\s+of|\b(?:the|The)|\b(?!" + _OBSCURE_TITLES + r"\b)[A-Z][a-z]+)\s+$")


# ... unless the title is another country's ("Guatemalan President Alejandro Giammattei", "Japanese
# Foreign Minister Taro Kono"): readers know their own country's office holders by the surname.
_FOREIGN_TITLE = re.compile(r"\b(?!Republican\b)[A-Z][a-z]+(?:an|ese|ish|i|ch)\s+(?:[A-Z][a-z]+\s+){1,2}$")


# ... nor a capitalised word that describes rather than titles them, opening a sentence: "Gymnast
# Simone Biles chose ...", "Rapper Ada Wren ..." (not "President", "Governor": known office holders).
_OFFICES = frozenset(
    "president senator governor mayor chancellor minister congressman congresswoman lawmaker speaker leader "
    "candidate nominee executive".split()
)
_DESCRIBED = re.compile(
    r"\b(?:" + "|".join(r.capitalize() for r in lexicon.ROLES if r.islower() and r not in _OFFICES) + r")\s+$"
)


def _person(text: str, match: re.Match[str]) -> bool:
    """Whether a capitalised pair gives a person's full name, which the surname alone later leans
    on: not part of a body's name ("Department of Public Health", "the New York Times"; "heard of
    Marty Martin" is a person), nor a name after a capitalised title ("Vice President Mike Pence"),
    whom readers know by the surname, unless the title is another country's."""
    before = text[max(0, match.start() - 30) : match.start()]
    part_of = _PART_OF.search(before) and not _FOREIGN_TITLE.search(before) and not _DESCRIBED.search(before)
    return match.group(1).lower() not in lexicon.NOT_NAMES and not part_of


# A page's words for what it shows, which a caption or credit runs into a name.
_PAGE_WORDS = frozenset("photo photos image images video videos file getty caption credit pictured".split())


def shared_surnames(text: str) -> frozenset[str]:
    """The surnames the text gives to two or more people ("Anthony Kennedy" and "John Kennedy")."""
    firsts: dict[str, set[str]] = {}
    for first, last in FIRST_PAIR.findall(text):
        # "Kessel Sen. Ada Wren", "Veld Sen. Olav Tal": a title, not a surname the two share; nor is
        # a credit's word a first name ("AP Photo Trump threatens ...")
        if first.lower() not in lexicon.NOT_NAMES | _PAGE_WORDS and last.lower() not in lexicon.ABBREVIATIONS:
            firsts.setdefault(last, set()).add(first)
    return frozenset(last for last, names in firsts.items() if len(names) > 1)


# An abbreviation its article spelled out before the sentence ("Jordan's General Intelligence
# Directorate (GID)"): the sentence that uses it alone ("a kickback to curry favor with the GID")
# does not say what it is.
_ACRONYM = re.compile(r"(?<![\w.-])([A-Z]{2,6})(?![\w-]|\.\w)")


def undefined_acronyms(text: str, start: int, printed: str) -> tuple[str, ...]:
    """Each abbreviation the sentence uses that its article spelled out in parentheses before it
    and the sentence does not."""
    if printed.upper() == printed:
        return ()
    # (readers know "FBI" however the article first wrote it out)
    found = []
    for acronym in dict.fromkeys(m.group(1) for m in _ACRONYM.finditer(printed)):
        known = acronym in lexicon.KNOWN_ABBREVIATIONS or _spelled_out(printed, acronym)
        if not known and _spelled_out(text, acronym, start):
            found.append(acronym)
    return tuple(found)


def _spelled_out(text: str, acronym: str, end: int | None = None) -> bool:
    """Whether the run of capitalised words just before "(ACRONYM)", before ``end``, begins with its
    letters ("Jordan's General Intelligence Directorate (GID)"; not a dateline's "WASHINGTON (CNN)"
    nor a byline's "By Victor Nash / STOCKHOLM (VNS)")."""
    for m in re.compile(rf"\(\s*{acronym}\s*\)").finditer(text, 0, len(text) if end is None else end):
        run = _NAME_RUN.search(text, max(0, m.start() - 160), m.start())
        initials = "".join(w[0] for w in run.group(0).split() if w[0].isupper()) if run else ""
        if len(initials) >= len(acronym) and initials.endswith(acronym):
            return True
    return False


# Capitalised words and the small words inside a name, up to where "(" follows.
_NAME_RUN = re.compile(r"(?:[A-Z][\w'’.&-]*\s+(?:(?:of|the|for|and|on|in|de|du|&)\s+)*)+\s*$")
