"""Where the article begins and ends on the page (a question may close it), and the regions inside
it that are not the article's: a slot the page repeats between its paragraphs, a generated FAQ, the
note about the writer; and the passages in another script that the article quotes."""

from __future__ import annotations

import bisect
import re
from collections import Counter

from .furniture import _AUTHOR_NOTE, _PROMO, _SECOND_PERSON, _SITE_VOICE
from .lines import _DEK_WORDS, _SENTENCE_END, _WORD, _content_words, _Line
from .lists import _LIST_ITEM, _opens_bullet_points, _title_cased

# A line that goes on with a sentence begun above opens with a lower-case word ("the", not "iPhone").
_CONTINUES = re.compile(r"[a-z]{2}|[a-z]\b")
_TAIL_SHARE = 0.25
_PARAGRAPH_WORDS = 5
_CONTENT = frozenset({"text", "item"})
_FURNITURE = frozenset({"prompt", "copyright", "hashtags", "foreign"})
_FAQ_OVERLAP = 0.7
# What may follow a story's last line on the page without being read or followed up by anyone: notices,
# counters, captions, the byline and the date; not a prompt, nor a heading (another story's headline).
_AFTER_THE_END = frozenset({"copyright", "noise", "hashtags", "foreign", "caption", "byline", "dateline"})
# A page's slot between two of the story's paragraphs is a run of at most _SLOT_LINES lines with text
# on both sides, one of them a prompt or a caption ("Advertisement", "Continue reading the main story"),
# the others of these kinds; a line of it that recurs in at least _SLOT_REPEATS slots is the page's.
_SLOT_KINDS = frozenset({"prompt", "caption", "heading", "noise"})
_SLOT_LINES = 2
_SLOT_REPEATS = 2
# A label for other content ("READ MORE:", "Related coverage") with at most this many words after the
# label's own word heads a box of links to other stories.
_BOX_LABEL_WORDS = 2
# A question of fewer words than this ("Any questions?", "Need help?") is the page's to its reader.
_CLOSING_QUESTION_WORDS = 4
# An answer of fewer content words than this (a punchline, "No.") is too short to tell whether it
# restates the article: question-and-answer runs of them are jokes, quizzes, interviews.
_FAQ_ANSWER_WORDS = 6


def _without_interstitials(lines: list[_Line]) -> list[_Line]:
    """The lines less the slots the page repeats between the story's paragraphs (an advertisement's
    label, "Continue reading the main story"): not the story, and not where it ends (such a slot
    above the last paragraph had been taken for the start of the page's tail). Copies after the
    last paragraph stay for the tail to cut."""
    slots = [i for run in _slot_runs(lines) for i in run]
    repeated = Counter(lines[i].text.casefold() for i in slots)
    drop = {i for i in slots if repeated[lines[i].text.casefold()] >= _SLOT_REPEATS}
    return [line for i, line in enumerate(lines) if i not in drop] if drop else lines


def _slot_runs(lines: list[_Line]) -> list[range]:
    """The runs of at most _SLOT_LINES lines of _SLOT_KINDS between two lines of text, each holding
    a prompt or a caption."""
    runs: list[range] = []
    i = 1
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].kind in _SLOT_KINDS:
            j += 1
        if (
            j > i and j - i <= _SLOT_LINES and j < len(lines) and lines[i - 1].kind == "text"
            and lines[j].kind == "text" and any(lines[k].kind in ("prompt", "caption") for k in range(i, j))
        ):
            runs.append(range(i, j))
        i = j + 1
    return runs


def _mark_link_boxes(lines: list[_Line]) -> None:
    """A label for other content and the headlines below it, up to the story's next paragraph, are a
    box of links to other stories (kind "links"): not the story, and, where the story goes on below
    the box, not where it ends (see _tail_start). The line right above the paragraph, unless a list's
    item or a title-cased headline, may be the subheading the story goes on under ("See also", its
    links gone, then "Behind the scenes"): it is left as it is."""
    for i, line in enumerate(lines):
        label = _PROMO.match(line.text) if line.kind == "prompt" else None
        if label is None or len(_WORD.findall(line.text[label.end() :])) > _BOX_LABEL_WORDS:
            continue
        j = i + 1
        while j < len(lines) and lines[j].kind in ("heading", "question"):
            j += 1
        if j < len(lines) and j - 1 > i and lines[j].kind == "text" and _subheading(lines[j - 1]):
            j -= 1
        for boxed in lines[i:j]:
            boxed.kind = "links"


def _subheading(line: _Line) -> bool:
    """Neither a list's item nor a headline in title case ("Ferry Crews Strike Over Pay")."""
    return not (_LIST_ITEM.match(line.text) or _title_cased(_WORD.findall(line.text)))


def _keep_closing_question(lines: list[_Line]) -> None:
    """A question right after the story's last paragraph, with nothing but furniture of the kinds in
    _AFTER_THE_END below it, closes the story ("Will the barriers hold next time?") and is its text.
    A question the page asks its reader speaks to them ("What do you think?") or as the site, is a
    word or two, or leads into a pitch below it."""
    i = len(lines) - 1
    while i > 0 and lines[i].kind in _AFTER_THE_END:
        i -= 1
    if i < 1:
        return
    line = lines[i]
    if (
        line.kind == "question" and lines[i - 1].kind == "text" and line.words >= _CLOSING_QUESTION_WORDS
        and not (_SECOND_PERSON.search(line.text) or _SITE_VOICE.search(line.text))
    ):
        line.kind = "text"


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


def _tail_start(lines: list[_Line], start: int) -> int:
    """Where the page tail begins: the first run of two short link-like lines after which
    little article text remains (related links, comment prompts, site footers) and no
    paragraph of prose, or a single one below the page's furniture (see _under_furniture: a site's
    description of itself under "Leave a Comment"). A subheading with the paragraphs under it, or a
    list with a closing paragraph, is still the article."""
    total = sum(line.words for line in lines if line.kind in _CONTENT)
    chrome = {"heading", "prompt", "copyright", "noise", "question", "hashtags", "foreign", "links"}
    prose = [i for i, line in enumerate(lines) if line.kind == "text" and line.words >= _PARAGRAPH_WORDS]
    remaining = total
    for i in range(start, len(lines) - 1):
        if lines[i].kind in chrome and lines[i + 1].kind in chrome and remaining < _TAIL_SHARE * total:
            first = bisect.bisect_right(prose, i)
            after = len(prose) - first
            if after == 0 or (after == 1 and _under_furniture(lines, i, prose[first])):
                return i
        if lines[i].kind in _CONTENT:
            remaining -= lines[i].words
    return len(lines)


def _under_furniture(lines: list[_Line], i: int, last: int) -> bool:
    """The paragraph at ``last``, the only one below line i, is the page's: a prompt or a notice is
    between them, or a box of links to other stories is and the paragraph does not end as a sentence
    does (one more headline, a photo's credit). Below a box of links, a sentence is the story's own
    last paragraph."""
    between = {lines[j].kind for j in range(i, last)}
    return bool(between & _FURNITURE) or ("links" in between and not _SENTENCE_END.search(lines[last].text))


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


def _notes_the_writer(line: _Line, article: list[_Line]) -> bool:
    """The note about the writer under a column ("Jo Reyes is a senior fellow at ..."); a closing
    paragraph about someone the story has already named ("Ines Koval is the council engineer who
    ...") is about a source, and the story's."""
    match = _AUTHOR_NOTE.match(line.text)
    if match is None:
        return False
    surname = re.compile(rf"\b{re.escape(match.group(1).split()[-1])}\b")
    return not any(surname.search(other.text) for other in article)
