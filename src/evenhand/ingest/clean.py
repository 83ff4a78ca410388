"""Drop the page furniture around an article's text by general rules about lines and regions.

A news page's boilerplate has recognisable shapes rather than fixed strings: lines with no
words, hashtag lists, calls to action addressed to the reader, lines in another script than
the article, runs of short link-like lines where the article ends (related links, comment
prompts, footers), photo captions, counters, and generated FAQs whose answers only restate
what the article already said. We classify each line by shape, then cut whole regions.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import FUNCTION_WORDS, REPORTING_WORDS

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…:;。！？][\"'”’)\]」』]*$")
_HASHTAG = re.compile(r"#\w+", re.UNICODE)
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(.*)$", re.I)
# "By Ines Carrow" or "By Ines Carrow, Chief Reporter": the name, then at most a short role.
_BYLINE = re.compile(
    r"^\s*(?i:by|written by|reporting by)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})"
    r"(?:\s*[,|–-]\s*[A-Z][\w'’-]*(?:\s+[\w&'’-]+){0,4})?\s*$"
)
_COUNTER = re.compile(
    r"^\s*[\d.,]+\s*[kKmM]?\s+(?:comments?|views?|shares?|likes?|reads?|reactions?|replies)\s*$", re.I
)
_CREDIT = re.compile(
    r"(?:\b(?:file\s+)?(?:image|photo|picture|pic|video)s?(?:\s+credit)?\s*[:/]\s*[\w .,&/'’-]{2,60}"
    r"|\((?:[\w.'’-]+\s+){0,3}(?:photo|image|picture)s?\b[^)]{0,60}\)"
    r"|^\W*(?:photo\s+|image\s+)?credits?\s*:\s*[^.!?]{2,60}\)?)\s*$",
    re.I,
)
# A caption that ends with its credit in capitals ("... at the boat ramp. By U.S. CUSTOMS AND
# BORDER PROTECTION"), as agencies and picture desks write them.
_CAPITAL_CREDIT = re.compile(r"[.!?]\s+(?i:photo\s+)?(?i:by|credit:)\s+[A-Z][A-Z.&'’/ -]{3,60}$")
# A caption places the people in its photo: "Jo Reyes (left) and Ines Carrow", "(L-R) ...", "(second
# from right)". A party label ("Sen. Jo Reyes (R)") is not this, nor "(pictured)", which Daily Mail
# prose uses in running text.
_PLACED_IN_PHOTO = re.compile(
    r"\((?:(?:second|third|fourth|far|front row|back row|top|bottom),?\s+)?(?:from\s+)?"
    r"(?:left|right|cent(?:re|er)|l-r|left to right)\)",
    re.I,
)
_CAPTION_WORDS = 60
_PROMO = re.compile(
    r"^\s*(?:also read|read more|read also|related|see also|watch|recommended|more from|more on|"
    r"must read|trending|sponsored|advertisement|listen)\b\s*([:|–-])?", re.I
)
# A copyright notice names a year, the sign or its rights, or is a few words; a paragraph that
# opens with the word ("Copyright claims against the archive rose ...") is the article's.
_COPYRIGHT_NOTICE = re.compile(r"©|\(c\)|\b\d{4}\b|rights reserved", re.I)
_COPYRIGHT_WORDS = 8
# Calls to action: a line that opens with one, or a short line that carries a sales pitch or
# an account prompt and reports nothing (no one "said" it).
_CTA = (
    r"(?:sign\s*in|sign\s*up|log\s*in|register|subscribe|newsletter|follow us|click here|join (?:now|us|today)|"
    r"submit (?:a|your) letter|follow (?:\S+ ){1,4}on (?:twitter|facebook|instagram|linkedin|tiktok|youtube)|"
    r"share (?:this|on)|leave a (?:comment|reply)|post a comment|comments? (?:are|is) closed|"
    r"enable javascript|accept cookies|cookie (?:policy|settings))\b"
)
_CALL_TO_ACTION = re.compile(r"^\W*(?:please\s+)?(?:to\s+)?" + _CTA, re.I)
_PITCH = re.compile(
    r"\b(?:sign(?:ing)?\s*in|sign(?:ing)?\s*up|log\s*in|subscri(?:be|bers?|ptions?)|newsletters?|unlimited access|"
    r"follow us|click here|share this|free trial|never miss|submit (?:a|your) letter|letters? to the editor|"
    r"we want to hear (?:from you|what you think)|"
    r"download (?:\w+ ){0,3}apps?|apps? for (?:ios|android)|"
    r"follow (?:\S+ ){1,4}on (?:twitter|facebook|instagram|linkedin|tiktok|youtube|x)\b)",
    re.I,
)
# Where a line with one pitch must be short to be furniture, two pitches mark a longer one, and
# up to _PITCHES_WORDS a line with two is furniture only where it speaks as the site or is off the
# article's subject (a review of a sign-up process pitches nothing).
_PITCH_WORDS = 16
_PITCHES_SURE_WORDS = 25
_PITCHES_WORDS = 45
# The reader is told about the site, not the story: what addressing them marks as furniture.
_SITE_ACTION = re.compile(
    r"\b(?:subscri\w*|newsletters?|sign(?:ing)?\s*(?:in|up)|log(?:ging)?\s*in|accounts?|membership|"
    r"download\w*|apps?|click\w*|cookies?|browser|javascript|ad\s*-?blockers?|donat\w+|"
    r"notifications?|alerts|unlimited access|free trial|our (?:site|website|journalism|newsletters?)|"
    r"tweets?|your (?:website|timeline|location history|profile|settings))\b",
    re.I,
)
# A line about the piece itself ("This article was originally published by ...", "This story
# has been updated"): publishing notes, not reporting.
_ABOUT_ITSELF = re.compile(
    r"^\W*(?:this|the above) (?:report|article|story|piece|post|version|content|copy)\b(?: \w+)?\s+"
    r"(?:was|has been|is|first|originally|appeared|appears|has|contains)\b",
    re.I,
)
# A web archive's note on how it crawled the page, kept in place of the page it could not save:
# about the archive, not the story.
_ARCHIVE_NOTICE = re.compile(
    r"\bcrawls? (?:are|is|was|were) part of an effort to archive\b|"
    r"\b(?:has been|have been|is) donating (?:their|its) crawl data to the Internet Archive\b|"
    r"\bthe Internet Archive hopes that references\b",
    re.I,
)
# Affiliate and advertising disclosures: the site about its business, not the story.
_DISCLOSURE = re.compile(
    r"\b(?:we (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)|"
    r"advertisers? (?:do(?:es)? not|don[’']t) influence|(?:contains|includes?) affiliate links?|"
    r"references to products from)\b",
    re.I,
)
# The note about the writer that closes a column or a post ("Jo Reyes is a senior fellow at
# the Ostermoor Institute."): about who wrote the piece, not what it reports.
_AUTHOR_NOTE = re.compile(
    r"^([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}),? (?:is|was) (?:a|an|the) (?i:(?:[\w&-]+ ){0,5}"
    r"(?:founder|co-founder|editor|writer|journalist|reporter|author|professor|fellow|director|consultant|"
    r"correspondent|contributor|columnist|researcher|lecturer|freelancer|blogger))\b",
)
_REPORTED = re.compile(r"\b(?:" + "|".join(REPORTING_WORDS) + r")\b", re.I)
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
)
_DATELINE = re.compile(
    rf"^\s*(?:(?:published|updated|posted|last updated)\s*(?:on|:)?\s*)?"
    rf"(?:\w+day,?\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"(?:\s*[-–|,@at]*\s*\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}})?)?\s*$",
    re.I,
)
# A line of a table as trafilatura writes tables ("| 2019 | 4.2% | 310 |", "|---|---|"): results,
# rates and schedules are the article's text, where the row of dashes under the header is not.
_TABLE_LINE = re.compile(r"^\|.*\|$")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
# The site speaking of itself ("our newsletter", "send us", "this story") or telling the reader what
# to do on it ("Sign up here."): an article about an app or an account does neither.
_SITE_VOICE = re.compile(
    r"\b(?i:we|we['’](?:re|ve|ll|d)|our|ours)\b|\bus\b"
    r"|\b(?i:this|the full) (?i:site|website|page|story|article|message|post|content)\b"
)
_IMPERATIVE_PITCH = re.compile(
    r"(?:^|[.!?]\s+)\W*(?i:please\s+)?(?i:sign\s*(?:up|in)|subscribe|log\s*in|register|click|tap|download|"
    r"follow|join|submit|share)\b"
)
# A notice addressed to the reader is short; one off the article's subject shares almost none of its words
# (at most one in ten) with the article's other paragraphs.
_NOTICE_WORDS = 60
_OFF_TOPIC_SHARE = 0.1
_QUOTED_SPAN = re.compile(r"[\"“”][^\"“”]*[\"“”]")
_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_\u0000-\u024f]")
_LOOKALIKE_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK"})
_HEADING_MAX_WORDS = 14
_DEK_WORDS = 6
# A standfirst opens with a word, a figure or a quotation mark ("& Jo Reyes, Director" is a byline),
# and not with the label of a picture or a player ("Image caption ...", "Watch: ...").
_STANDFIRST_OPENING = re.compile(r"(?!(?i:image|photo|picture|media|video|gallery|caption|watch|listen)\b)[\w\"'“‘]")
# A line that goes on with a sentence begun above opens with a lower-case word ("the", not "iPhone").
_CONTINUES = re.compile(r"[a-z]{2}|[a-z]\b")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
# A wire dateline that the page sets apart from the paragraph it opens ("WASHINGTON —", "NEW HAVEN
# (NWS) —", "MARROWICK, Oct 14 (Reuters) -"): a place in capitals, at most a state or a date and an
# agency in brackets after it, then a dash. It is the paragraph's opening and is joined to it; a
# label for a picture or a player ("VIDEO —") is not a place.
_DATELINE_LEAD = re.compile(
    r"^(?!(?:IMAGE|PHOTO|PICTURE|MEDIA|VIDEO|GALLERY|CAPTION|WATCH|LISTEN)\b)"
    r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:,? [A-Z][\w.]*(?: \d{1,2})?)?(?: \([\w .&]{2,20}\))? ?[—–-]{1,2}$"
)
_TAIL_SHARE = 0.25
_PARAGRAPH_WORDS = 5
_CONTENT = frozenset({"text", "item"})
_FURNITURE = frozenset({"prompt", "copyright", "hashtags", "foreign"})
_NUMBERED_RUN = 3
_LIST_ITEM = re.compile(r"^(?:[-•–—*·▪►]|\(?\d{1,3}[.)])\s+\S")
_LIST_NUMBER = re.compile(r"^\(?(\d{1,3})[.)]\s")
_FAQ_OVERLAP = 0.7
# An answer of fewer content words than this (a punchline, "No.") is too short to tell whether it
# restates the article: question-and-answer runs of them are jokes, quizzes, interviews.
_FAQ_ANSWER_WORDS = 6


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The article text with its furniture removed, and what the furniture told us."""

    text: str
    outlet_hint: str | None = None
    author_hint: str | None = None
    date_hint: str | None = None


@dataclass(slots=True)
class _Line:
    text: str
    kind: str
    words: int


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    if ch < "\u0250":
        return "LATIN"
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "?"


def _dominant_script(text: str) -> str:
    if not _NON_LATIN_LETTER.search(text):
        return "LATIN"
    counts = Counter(_script(ch) for ch in text if ch.isalpha())
    return counts.most_common(1)[0][0] if counts else "LATIN"


def _line_script(line: str) -> str | None:
    if not _NON_LATIN_LETTER.search(line):
        return "LATIN" if _LETTER.search(line) else None
    letters = [ch for ch in line if ch.isalpha()]
    if not letters:
        return None
    return Counter(_script(ch) for ch in letters).most_common(1)[0][0]


def _kind(line: str, script: str) -> str:
    words = _WORD.findall(line)
    if not words:
        return "noise"
    if _NON_LATIN_LETTER.search(line) and sum(1 for word in words if _mixes_scripts(word)) >= 2:
        return "noise"  # look-alike letters from two alphabets: spam written to slip past filters
    hashtags = _HASHTAG.findall(line)
    if len(hashtags) >= 2 and len(hashtags) >= 0.5 * len(words):
        return "hashtags"
    if _line_script(line) not in (script, None):
        return "foreign"
    if _COPYRIGHT.match(line) and (_COPYRIGHT_NOTICE.search(line) or len(words) <= _COPYRIGHT_WORDS):
        return "copyright"
    if _COUNTER.match(line):
        return "noise"
    if _DATELINE.match(line):
        return "dateline"
    if _BYLINE.match(line):
        return "byline"
    if _promotes(line, len(words)):
        return "prompt"
    reported = bool(_REPORTED.search(line))
    pitches = 0 if reported else len(_PITCH.findall(line))  # a pitch that no one "said"
    if (_CALL_TO_ACTION.match(line) and not reported) or _pitched(pitches, len(words), _PITCHES_SURE_WORDS):
        return "prompt"
    if _DISCLOSURE.search(line) and len(words) <= 60 and not reported:
        return "prompt"
    if _ABOUT_ITSELF.match(line) and len(words) <= 60 and len(_WORD.findall(_first_sentence(line))) <= 25:
        return "prompt"
    if _ARCHIVE_NOTICE.search(line):
        return "prompt"
    if _pitched(pitches, len(words), _PITCHES_WORDS) or _addresses_reader(line, len(words)):
        return "address"
    if _CREDIT.search(line) or _CAPITAL_CREDIT.search(line):
        return "caption"
    if _PLACED_IN_PHOTO.search(line) and len(words) <= _CAPTION_WORDS:
        return "caption"
    if len(words) <= _HEADING_MAX_WORDS and not _SENTENCE_END.search(line):
        return "heading"
    if len(words) <= 8 and line.rstrip().endswith("?"):
        return "question"
    return "text"


def _mixes_scripts(word: str) -> bool:
    """A word spelt with letters of two of the alphabets whose letters look alike (Latin "a",
    Cyrillic "а"); Japanese mixes its scripts within a word and is not this."""
    if not _NON_LATIN_LETTER.search(word):
        return False
    return len({_script(ch) for ch in word if ch.isalpha()} & _LOOKALIKE_SCRIPTS) > 1


def _first_sentence(line: str) -> str:
    match = re.search(r"[.!?](?:\s|$)", line)
    return line[: match.end()] if match else line


def _promotes(line: str, n_words: int) -> bool:
    """A label for other content ("Related: ...", "Watch | ...", "More on the floods"); a reported
    sentence that opens with the same word ("Related charges were filed, police said.") is not."""
    match = _PROMO.match(line)
    if match is None or n_words > 25:
        return False
    return bool(match.group(1)) or not _REPORTED.search(line)


def _pitched(pitches: int, n_words: int, most_words: int) -> bool:
    """A sales pitch or account prompt: one in a short line, or two in one of at most ``most_words``."""
    return (pitches >= 1 and n_words <= _PITCH_WORDS) or (pitches >= 2 and n_words <= most_words)


def _addresses_reader(line: str, n_words: int) -> bool:
    """A paragraph that talks to the reader (outside quotes) about what *they* can do on the
    site: notices, sign-up pitches, app and cookie prompts. A how-to or a review that speaks to
    the reader about its subject ("you will need a pot with holes") is article text."""
    unquoted = _QUOTED_SPAN.sub(" ", line)
    if re.search(r"[\"“”]", unquoted):
        return False  # a quotation running on from or into another paragraph: someone speaking
    second = len(_SECOND_PERSON.findall(unquoted))
    return (
        n_words <= _NOTICE_WORDS and second >= 2 and second >= 0.05 * n_words
        and bool(_SITE_ACTION.search(unquoted))
    )


def _settle_addresses(lines: list[_Line]) -> None:
    """Lines that speak to the reader about accounts, apps or sign-ups ("address") are the site's
    furniture where the site speaks in them or tells the reader what to do, or where they are off
    the article's subject (an embedded post's notice about the reader's account); otherwise they
    are the article's own text about its subject (a review of an app, a how-to for a browser)."""
    if not any(line.kind == "address" for line in lines):
        return
    prose = [i for i, line in enumerate(lines) if line.kind in ("text", "address")]
    words = {i: _content_words(lines[i].text) for i in prose}
    lines_with = Counter(word for i in prose for word in words[i])
    for i in prose:
        line = lines[i]
        if line.kind != "address":
            continue
        unquoted = _QUOTED_SPAN.sub(" ", line.text)
        own = _content_words(unquoted)
        elsewhere = [word for word in own if lines_with[word] - (word in words[i]) > 0]
        on_topic = bool(own) and len(elsewhere) >= _OFF_TOPIC_SHARE * len(own)
        speaks_as_site = bool(_SITE_VOICE.search(unquoted) or _IMPERATIVE_PITCH.search(unquoted))
        line.kind = "text" if on_topic and not speaks_as_site else "prompt"


def _split_lines(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    return [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in FUNCTION_WORDS and len(w) > 2}


def _mark_story_lists(lines: list[_Line]) -> None:
    """Lists that belong to the story, whatever their items' shape: the items after a line of
    text that introduces them ("The council listed three measures:"), and runs of items
    numbered in sequence (a ranking, the steps of a method). Their lines become kind "item"."""
    for i, line in enumerate(lines):
        if line.kind == "text" and line.text.endswith(":") and i + 1 < len(lines):
            shape = _item_shape(lines[i + 1].text)
            j = i + 1
            while j < len(lines) and (
                _LIST_ITEM.match(lines[j].text)
                or (lines[j].kind == "heading" and _item_shape(lines[j].text) == shape)
            ):
                _as_item(lines[j])
                j += 1
    _mark_tables(lines)
    numbers = [_list_number(line.text) for line in lines]
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and _follows(numbers[j], numbers[j + 1]):
            j += 1
        if j - i + 1 >= _NUMBERED_RUN:
            for k in range(i, j + 1):
                _as_item(lines[k])
        i = j + 1


def _mark_tables(lines: list[_Line]) -> None:
    """The rows of a table (two table lines or more in a run), words or figures, are the story's
    items; its rule line stays out."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _TABLE_LINE.match(lines[j].text):
            j += 1
        if j - i >= 2:
            for line in lines[i:j]:
                if re.search(r"\w", line.text):
                    line.kind = "item"
        i = max(j, i + 1)


def _item_shape(text: str) -> tuple[bool, bool]:
    """How the items of a list without bullets are punctuated ("Name, role", "Term: gloss"): the
    list ends where the shape changes, so that the page's footer below it is not taken for more
    items."""
    return "," in text, bool(re.search(r"\s[–—-]\s|:", text))


def _as_item(line: _Line) -> None:
    if line.kind in ("heading", "question"):
        line.kind = "item"


def _list_number(text: str) -> int | None:
    match = _LIST_NUMBER.match(text)
    return int(match.group(1)) if match else None


def _follows(a: int | None, b: int | None) -> bool:
    return a is not None and b is not None and abs(a - b) == 1


def _body_start(lines: list[_Line]) -> int:
    """The first paragraph, or the first item of a list the story opens with: one it introduces,
    or a bulleted run of points (the key points above a story). Other unpunctuated lines above it
    are left out: on the pages we read they are captions, credits, section names and widgets far
    more often than a standfirst."""
    for i, line in enumerate(lines):
        if line.kind in _CONTENT or _opens_bullet_points(lines, i):
            while i > 0 and _runs_on(lines[i - 1], lines[i]):
                i -= 1
            return i
    return len(lines)


def _runs_on(above: _Line, line: _Line) -> bool:
    """Text wrapped by hand: the line above is the start of this line's sentence (it has no stop
    of its own, and this line goes on in lower case, "... reminded me to write up / the
    equivalent for Emacs Lisp.")."""
    return (
        above.kind == "heading" and above.words >= _DEK_WORDS and not above.text.endswith(":")
        and _CONTINUES.match(line.text) is not None
    )


def _opens_bullet_points(lines: list[_Line], i: int) -> bool:
    """A run of bulleted lines, each a phrase of several words rather than a menu's or a tag
    list's one or two, begins at line i."""
    run = lines[i : i + _NUMBERED_RUN]
    return len(run) == _NUMBERED_RUN and all(
        _LIST_ITEM.match(line.text) and line.words >= _DEK_WORDS for line in run
    )


def _tail_start(lines: list[_Line], start: int) -> int:
    """Where the page tail begins: the first run of two short link-like lines after which
    little article text remains (related links, comment prompts, site footers) and no
    paragraph of prose, or a single one below a prompt or notice (a site's description of
    itself under "Leave a Comment"). A subheading with the paragraphs under it, or a list
    with a closing paragraph, is still the article."""
    total = sum(line.words for line in lines if line.kind in _CONTENT)
    chrome = {"heading", "prompt", "copyright", "noise", "question", "hashtags", "foreign"}
    prose = [i for i, line in enumerate(lines) if line.kind == "text" and line.words >= _PARAGRAPH_WORDS]
    remaining = total
    for i in range(start, len(lines) - 1):
        if lines[i].kind in chrome and lines[i + 1].kind in chrome and remaining < _TAIL_SHARE * total:
            first = bisect.bisect_right(prose, i)
            after = len(prose) - first
            if after == 0 or (after == 1 and any(lines[j].kind in _FURNITURE for j in range(i, prose[first]))):
                return i
        if lines[i].kind in _CONTENT:
            remaining -= lines[i].words
    return len(lines)


def _qa_blocks(lines: list[_Line], start: int, end: int) -> list[list[tuple[int, list[int]]]]:
    """Runs of question lines each followed by answer paragraphs."""
    blocks: list[list[tuple[int, list[int]]]] = []
    current: list[tuple[int, list[int]]] = []
    for i in range(start, end):
        line = lines[i]
        if line.text.endswith("?") and line.words <= 25:
            current.append((i, []))
        elif line.kind == "text" and current:
            current[-1][1].append(i)
        else:
            if current:
                blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return [b for b in blocks if len(b) >= 2 and all(answers for _, answers in b)]


def _faq_lines(lines: list[_Line], start: int, end: int) -> set[int]:
    """A run of question/answer pairs whose answers mostly restate earlier text: a generated FAQ."""
    drop: set[int] = set()
    for block in _qa_blocks(lines, start, end):
        first = block[0][0]
        before: set[str] = set()
        for i in range(start, first):
            before |= _content_words(lines[i].text)
        restating = 0
        for _, answers in block:
            words = _content_words(" ".join(lines[i].text for i in answers))
            if len(words) >= _FAQ_ANSWER_WORDS and len(words & before) / len(words) >= _FAQ_OVERLAP:
                restating += 1
        if restating >= 2 and restating * 2 >= len(block):
            for question, answers in block:
                drop.add(question)
                drop.update(answers)
            if first > start and lines[first - 1].kind == "heading":
                drop.add(first - 1)
    return drop


def _keep_quoted_foreign(lines: list[_Line], start: int, end: int) -> None:
    """Sentences in another script between the article's paragraphs are a passage it quotes (a
    post, a sign); the interface strings of another script sit around the article, not inside it
    and rarely end as a sentence does."""
    text_at = [i for i in range(start, end) if lines[i].kind in _CONTENT]
    if not text_at:
        return
    for i in range(text_at[0] + 1, text_at[-1]):
        if lines[i].kind == "foreign" and _SENTENCE_END.search(lines[i].text):
            lines[i].kind = "text"


def _hints(lines: list[_Line]) -> tuple[str | None, str | None, str | None]:
    outlet = author = date = None
    for line in lines:
        if line.kind == "copyright" and outlet is None:
            match = _COPYRIGHT.match(line.text)
            rest = (match.group(1) if match else "").strip(" .,–-")
            rest = re.sub(r"(?i)\ball rights reserved\.?", "", rest).strip(" .,–-")
            outlet = rest or None
        elif line.kind == "byline" and author is None:
            match = _BYLINE.match(line.text)
            author = match.group(1) if match else None
        elif line.kind == "dateline" and date is None:
            date = line.text
    return outlet, author, date


def clean(text: str, *, title: str = "", standfirst: str = "") -> Cleaned:
    """Cleaned article text (paragraphs joined by blank lines) and metadata hints. ``standfirst``
    is the summary the page prints under its headline (see pagemeta): it opens the text where the
    text lacks it."""
    raw = _join_datelines([line for line in _split_lines(text) if line])
    script = _dominant_script(" ".join(raw))
    lines = [_Line(line, _kind(line, script), len(_WORD.findall(line))) for line in raw]
    if not any(line.kind == "text" for line in lines):
        # Only unpunctuated lines: a snippet or a standfirst ("Governor-elect is among officials
        # who say ..."), whose longer lines are its text.
        lines = [_Line(ln.text, "text", ln.words) if ln.kind == "heading" and ln.words >= _DEK_WORDS else ln
                 for ln in lines]
    _settle_addresses(lines)
    _mark_story_lists(lines)
    start = _body_start(lines)
    end = _tail_start(lines, start)
    dropped = _faq_lines(lines, start, end)
    _keep_quoted_foreign(lines, start, end)
    kept: list[_Line] = []
    seen: set[str] = {title.strip().casefold()} if title.strip() else set()
    for i in _under_headline(lines, start, title) + list(range(start, end)):
        line = lines[i]
        if i in dropped or line.kind not in ("text", "heading", "question", "item"):
            continue
        key = line.text.casefold()
        if key in seen:
            continue
        seen.add(key)
        kept.append(line)
    while kept and (kept[-1].kind not in ("text", "item") or _notes_the_writer(kept[-1], kept[:-1])):
        kept.pop()
    if kept and standfirst.strip():
        kept[:0] = _missing_standfirst(standfirst.strip(), title, kept, script)
    outlet, author, date = _hints(lines)
    return Cleaned("\n\n".join(line.text for line in kept), outlet, author, date)


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


def _notes_the_writer(line: _Line, article: list[_Line]) -> bool:
    """The note about the writer under a column ("Jo Reyes is a senior fellow at ..."); a closing
    paragraph about someone the story has already named ("Ines Koval is the council engineer who
    ...") is about a source, and the story's."""
    match = _AUTHOR_NOTE.match(line.text)
    if match is None:
        return False
    surname = re.compile(rf"\b{re.escape(match.group(1).split()[-1])}\b")
    return not any(surname.search(other.text) for other in article)


def clean_text(text: str, *, title: str = "") -> str:
    """Only the cleaned text; see :func:`clean` for the metadata hints too."""
    return clean(text, title=title).text


# -- is it prose at all? ---------------------------------------------------------------------------

_PROSE_WORD = re.compile(r"[\"'“‘(\[]*[^\W\d_]+(?:['’.-][^\W\d_]+)*[.,;:!?\"'”’)\]…]*")
_KEY_VALUE = re.compile(r"\s*[\w.\-\"\[\]]+\s*=")
_COMMENT = re.compile(r"\s*(?:#|//|;|--|/\*|<!--)")


def _is_prose_line(line: str) -> bool:
    """Mostly words (a config line, a log line, a password-file entry are mostly not), and no comment
    marker or ``key =`` in front. A line of a script written without spaces counts by its letters."""
    if _COMMENT.match(line) or _KEY_VALUE.match(line):
        return False
    tokens = line.split()
    if len(tokens) >= 4:
        return sum(bool(_PROSE_WORD.fullmatch(t)) for t in tokens) >= 0.7 * len(tokens)
    chars = [c for c in line if not c.isspace()]
    return len(chars) >= 15 and sum(c.isalpha() for c in chars) >= 0.8 * len(chars)


def prose_share(text: str) -> float:
    """The share of the text's characters that are in lines of prose: near 1 for an article, near 0 for
    a log, a config file or ``/etc/passwd``. The rows of a table the article holds count neither way."""
    lines = [line for line in text.splitlines() if line.strip()]
    lines = [line for line in lines if not _TABLE_LINE.match(line.strip())] or lines
    total = sum(len(line) for line in lines)
    return sum(len(line) for line in lines if _is_prose_line(line)) / total if total else 0.0
