"""What sits above the first paragraph: a wire dateline set apart from its paragraph, the
standfirst under the headline, and the page's own standfirst where the text lacks it."""

from __future__ import annotations

import re

from .lines import _DEK_WORDS, _WORD, _kind, _Line

# A standfirst opens with a word, a figure or a quotation mark ("& Jo Reyes, Director" is a byline),
# and not with the label of a picture or a player ("Image caption ...", "Watch: ...").
_STANDFIRST_OPENING = re.compile(r"(?!(?i:image|photo|picture|media|video|gallery|caption|watch|listen)\b)[\w\"'“‘]")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
# A wire dateline that the page sets apart from the paragraph it opens ("WASHINGTON —", "NEW HAVEN
# (NWS) —", "MARROWICK, Oct 14 (Reuters) -"): a place in capitals, at most a state or a date and an
# agency in brackets after it, then a dash. It is the paragraph's opening and is joined to it; a
# label for a picture or a player ("VIDEO —") is not a place.
_DATELINE_LEAD = re.compile(
    r"^(?!(?:IMAGE|PHOTO|PICTURE|MEDIA|VIDEO|GALLERY|CAPTION|WATCH|LISTEN)\b)"
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:,? [A-Z][\w.]*(?: \d{1,2})?)?(?: \([\w .&]{2,20}\))? ?[—–-]{1,2}$"
)


def _join_datelines(raw: list[str]) -> list[str]:
    """Each dateline set apart (see _DATELINE_LEAD) joined to the line below it, where that line
    opens a sentence."""
    joined: list[str] = []
    for line in raw:
        if joined and _DATELINE_LEAD.match(joined[-1]) and re.match(r"[\"“‘']?[A-Z0-9]", line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _under_headline(lines: list[_Line], start: int, title: str) -> list[int]:
    """The standfirst under the headline, above the first paragraph: a phrase of several words
    without a full stop ("First trial of a robot that draws blood"), the line right below the
    line that is the article's title. Other unpunctuated lines above the text stay out (see
    _body_start); a caption ("... training on Monday. (FILE)") or a credit is not this shape."""
    headline = title.strip().casefold()
    for i in range(start - 1 if headline else 0):
        if lines[i].text.casefold() == headline:
            below = lines[i + 1]
            return [i + 1] if below.kind == "heading" and _phrase_shaped(below) else []
    return []


def _phrase_shaped(line: _Line) -> bool:
    return (
        line.words >= _DEK_WORDS and _STANDFIRST_OPENING.match(line.text) is not None
        and not re.search(r"[.!?]\s", line.text)
    )


def _missing_standfirst(standfirst: str, title: str, kept: list[_Line], script: str) -> list[_Line]:
    """The page's standfirst as the text's first line, where the text does not hold it already
    and it reads as the article's (no pitch, notice or line in another script)."""
    plain = _plain(standfirst)
    if plain == _plain(title) or _kind(standfirst, script) not in ("text", "heading", "question"):
        return []
    if plain in _plain(" ".join(line.text for line in kept)):
        return []  # held already, in one paragraph or across two (a description of two sentences)
    return [_Line(standfirst, "text", len(_WORD.findall(standfirst)))]


def _plain(text: str) -> str:
    """Text compared as a reader would: case, curly quotes and spacing aside."""
    return " ".join(text.translate(_QUOTES).casefold().split())
