"""Paragraphs of the article that trafilatura skipped, put back from the element that holds the rest.

trafilatura keeps or drops a page's blocks one by one, and now and then drops one in the middle of
an article: a slide's caption among the captions it kept, a paragraph between two embeds, the items
of a list between two paragraphs. The article itself says where it is: the element that holds most
of what trafilatura kept (its container). Between the first and the last kept paragraph of that
container, a block that trafilatura skipped is put back in its place where

- it has the shape of the paragraphs kept around it: the same path of tags and classes down from
  the container (a page writes all its paragraphs, or all its slides, the same way), or
- another reading of the page holds it: the ``articleBody`` the page declares in JSON-LD, or
  trafilatura's recall mode (run only where such a block is waiting for a second opinion),

and it is not the page's furniture: hidden, mostly a link, or inside a navigation, aside, form,
figure or an element named for shares, comments, ads or newsletters (see _FURNITURE_NAME). Wherever
it stands, a block of the text the page's microdata gives as its main item's (the question of a
Q&A page above its answers, which trafilatura takes for the article) is put back too, and so is one of
the box the page sets right beside the article's container to sum it up (a review's verdict, the
key points; see lexicon.SUMMARY_BOX_NAMES). Above
the first kept paragraph and below the last one, related links, comments and footers sit: there
only the run of blocks of the kept paragraphs' shape inside the container that meets the kept ones
is put back (the story's first or last paragraph), up to the first block that is not. What is put
back then goes through the same shape rules (ingest/clean) as the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ..lexicon import SUMMARY_BOX_NAMES

# Blocks of text that hold no other block: a paragraph, a list item, a subheading.
# Code (pre) is left as trafilatura gives it: its line breaks are its meaning.
_LEAF_BLOCKS = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dd", "dt"})
# Elements whose text no reader reads as the article's, or that trafilatura leaves out of it (code;
# the reading aids printed over Japanese and Chinese characters, <rt>).
_UNSEEN = frozenset({
    "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "option", "textarea",
    "input", "label", "head", "title", "pre", "rt", "rp",
})
# Elements that break a block's text into lines (trafilatura writes each on a line of its own).
_BREAKS = frozenset({
    "br", "div", "p", "section", "article", "ul", "ol", "li", "table", "tr", "dl", "dt", "dd", "blockquote",
    "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "header", "footer", "figure", "figcaption",
})
_BREAK = "\x00"
# A picture with its caption set inside a paragraph (as some editors do) is not the paragraph's text.
_CAPTIONED = frozenset({"figure", "figcaption"})
# The page's structure names its furniture; a caption is furniture unless the kept text is captions
# (a gallery's slides), which the shape of the kept blocks shows.
_STRUCTURE = frozenset({"nav", "aside", "footer", "header", "form", "menu", "dialog"})
_FURNITURE_TAGS = _STRUCTURE | {"figure", "figcaption"}
# Class and id words of page furniture, as whole words of the name ("share-bar", "ad_slot", "related").
_FURNITURE_NAME = re.compile(
    r"(?:^|[-_\s])(?:share|sharing|social|related|comments?|newsletter|promo|advert\w*|ads?|sidebar|widget|"
    r"subscri\w*|byline|author|tags?|breadcrumbs?|caption|credits?|footer|nav|navigation|menu|popup|modal|"
    r"cookies?|hidden|sr-only|visually-hidden|tooltip|recommend\w*|trending|popular|signup|paywall|"
    r"disclaimer|toc|outbrain|taboola)(?=$|[-_\s])",
    re.I,
)
# The container holds this share of the kept text's characters; at least this many blocks were kept.
_KEPT_SHARE = 0.8
_MIN_KEPT = 2
# A block found inside the extracted text rather than as a line of it counts as kept from this many
# characters (spaces aside): a short one ("Home", "Share") may be found inside any text by chance.
_FOUND_WITHIN = 40
# Bounds on the work a hostile page can ask for: every block is looked for in the text. Past them
# the page is no article's and its extraction is left as it is.
_MAX_TEXT = 200_000
_MAX_BLOCKS = 5_000
# A block more than half of whose text is links is a list of links, not a paragraph.
_LINK_SHARE = 0.5
# A class or id of a summary box, as whole words of the name ("verdict-box", "key_points").
_SUMMARY_NAME = re.compile(
    r"(?:^|[-_\s])(?:" + "|".join(map(re.escape, SUMMARY_BOX_NAMES)) + r")(?=$|[-_\s])", re.I
)
# The microdata property of an item's own text (a question's, a forum post's), and those that make
# an item the page's main one. An item nested under another property (an answer, a comment) is not
# the page's main item: its text is left to trafilatura. An article's "articleBody" is where
# trafilatura finds the article already, and templates set it around the whole page's column, a
# newsletter's sign-up box and all.
_TEXT_PROPERTIES = frozenset({"text"})
_MAIN_PROPERTIES = frozenset({"mainentity", "mainentityofpage"})


@dataclass(slots=True)
class _Block:
    element: Any
    lines: list[str]
    text: str
    key: str  # the text without its spacing (see _compact)
    kept: bool = False


def recover(
    tree: Any, extracted: str, *, declared: str | None = None, second: Callable[[], str | None] | None = None
) -> str:
    """``extracted`` (trafilatura's text of the page parsed as ``tree``) with the article's
    paragraphs that it skipped put back where the page has them (see the module's docstring).
    ``declared`` is the body the page declares; ``second`` gives trafilatura's recall-mode text,
    and is called only where a block that only it could confirm is waiting."""
    body = tree.find(".//body") if tree is not None else None
    wanted = {_compact(line) for line in extracted.split("\n")} - {""}
    # trafilatura breaks some paragraphs where the page's source does ("...Dockerfile.\nAnd so ..."):
    # a block is also found across its lines.
    joined = "".join(_compact(line) for line in extracted.split("\n"))
    if body is None or not wanted or len(joined) > _MAX_TEXT:
        return extracted
    blocks = _blocks(body)
    if len(blocks) > _MAX_BLOCKS:
        return extracted
    for block in blocks:
        block.kept = (
            block.key in wanted or all(_compact(line) in wanted for line in block.lines)
            or (len(block.key) >= _FOUND_WITHIN and block.key in joined)
        )
    kept = [block for block in blocks if block.kept]
    if len(kept) < _MIN_KEPT:
        return extracted
    confirmed = _confirmer(declared, second)
    container = _container(kept)
    chosen = (
        {i for i, same in _waiting(blocks, container, joined) if same or confirmed(blocks[i].key)}
        | _main_item_text(blocks, body, joined) | _summary_boxes(blocks, container, joined)
    )
    return _put_back(extracted, blocks, chosen) if chosen else extracted


def _waiting(blocks: list[_Block], container: Any, joined: str) -> list[tuple[int, bool]]:
    """The skipped blocks between the container's first and last kept block that are not
    furniture, each with whether it has a kept block's shape (else another reading must hold it),
    then the runs of blocks of a kept block's shape right above the first and below the last."""
    at = [i for i, block in enumerate(blocks) if block.kept and _inside(block.element, container)]
    shapes = {_shape(blocks[i].element, container) for i in at}
    waiting: list[tuple[int, bool]] = []
    for i in range(at[0], at[-1] + 1):
        block = blocks[i]
        if block.kept or _found(block, joined) or not _inside(block.element, container):
            continue
        if _hidden(block.element, container) or _a_link(block, container) or _in_link_list(block.element):
            continue
        if _shape(block.element, container) in shapes:
            if not _in_furniture(block.element, container, _STRUCTURE):
                waiting.append((i, True))
        elif not _in_furniture(block.element, container, _FURNITURE_TAGS, _FURNITURE_NAME):
            waiting.append((i, False))
    for run in (range(at[0] - 1, -1, -1), range(at[-1] + 1, len(blocks))):
        waiting.extend((i, True) for i in _run_of_shape(blocks, run, container, shapes, joined))
    return sorted(waiting)


def _run_of_shape(
    blocks: list[_Block], run: range, container: Any, shapes: set[tuple[tuple[str, str], ...]], joined: str
) -> list[int]:
    """The blocks of a kept block's shape met going out of the kept span in the order ``run``
    gives, up to the first block that is not (the article ends where its paragraphs do: a list of
    related links, a comment, a caption of another shape stops the run). A page that writes every
    paragraph, or every slide, the same way has them skipped at the ends of its article too: the
    last paragraph before the footer, the first slide of a gallery."""
    found: list[int] = []
    for i in run:
        block = blocks[i]
        if block.kept or _found(block, joined):
            continue
        if (
            not _inside(block.element, container) or _shape(block.element, container) not in shapes
            or _hidden(block.element, container) or _a_link(block, container) or _in_link_list(block.element)
            or _in_furniture(block.element, container, _STRUCTURE)
        ):
            break
        found.append(i)
    return found


def _main_item_text(blocks: list[_Block], body: Any, joined: str) -> set[int]:
    """The skipped blocks of the text of the item the page's microdata declares its main one (an
    element with itemprop "text" whose item is a top-level one or the page's ``mainEntity``)."""
    texts = [element for element in body.iter() if isinstance(element.tag, str) and _main_text(element)]
    return _skipped_within(blocks, texts, joined)


def _summary_boxes(blocks: list[_Block], container: Any, joined: str) -> set[int]:
    """The skipped blocks of a summary box that is the container's nearest sibling with text, above
    it or below it."""
    boxes = [box for box in _beside(container) if _SUMMARY_NAME.search(_name(box))]
    return _skipped_within(blocks, boxes, joined)


def _skipped_within(blocks: list[_Block], regions: list[Any], joined: str) -> set[int]:
    """The blocks inside one of the regions that the extraction lacks, less the region's furniture."""
    chosen: set[int] = set()
    inner = set(regions)
    for i, block in enumerate(blocks):
        if inner and not block.kept and not _found(block, joined):
            region = next((node for node in block.element.iterancestors() if node in inner), None)
            if region is not None and not _furniture(block, region):
                chosen.add(i)
    return chosen


def _beside(container: Any) -> Iterator[Any]:
    """The container's nearest sibling with text above it and below it, where it has them."""
    for preceding in (True, False):
        for sibling in container.itersiblings(preceding=preceding):
            if isinstance(sibling.tag, str) and sibling.tag not in _UNSEEN and sibling.text_content().strip():
                yield sibling
                break


def _main_text(element: Any) -> bool:
    """The element holds the text of the page's main microdata item."""
    if not _TEXT_PROPERTIES & set((element.get("itemprop") or "").lower().split()):
        return False
    item = next((node for node in element.iterancestors() if node.get("itemscope") is not None), None)
    if item is None:
        return False
    names = set((item.get("itemprop") or "").lower().split())
    return not names or bool(names & _MAIN_PROPERTIES)


def _furniture(block: _Block, container: Any) -> bool:
    return (
        _hidden(block.element, container) or _a_link(block, container) or _in_link_list(block.element)
        or _in_furniture(block.element, container, _FURNITURE_TAGS, _FURNITURE_NAME)
    )


def _found(block: _Block, joined: str) -> bool:
    """The block's text is in the extraction already, whole or line by line."""
    return block.key in joined or all("".join(line.split()) in joined for line in block.lines)


def _line_key(line: str) -> str:
    """A line of trafilatura's text as it is matched to the page: list marks and spacing aside."""
    return " ".join(line.split()).removeprefix("- ")


def _compact(text: str) -> str:
    """Text compared without its spacing: trafilatura runs some inline elements together
    ("function<code>name</code>" as "functionname") where a reader sees a space."""
    return "".join(_line_key(text).split())


def _blocks(body: Any) -> list[_Block]:
    """The page's leaf blocks of text in reading order."""
    found: list[_Block] = []
    stack = [body]
    while stack:
        element = stack.pop()
        if element.tag in _LEAF_BLOCKS and not any(
            isinstance(d.tag, str) and d.tag in _LEAF_BLOCKS for d in element.iterdescendants()
        ):
            lines = _lines(element)
            if lines:
                text = " ".join(lines)
                found.append(_Block(element, lines, text, "".join(text.split())))
            continue
        stack.extend(
            child for child in reversed(element) if isinstance(child.tag, str) and child.tag not in _UNSEEN
        )
    return found


def _lines(element: Any) -> list[str]:
    """The element's text as trafilatura writes it: a line for each block and line break in it."""
    parts: list[str] = []
    stack: list[tuple[Any, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            parts.append(_BREAK if node.tag in _BREAKS else "")
            parts.append(node.tail or "" if node is not element else "")
            continue
        if not isinstance(node.tag, str) or node.tag in _UNSEEN or node.tag in _CAPTIONED:
            parts.append(node.tail or "" if node is not element else "")
            continue
        parts.append(_BREAK if node.tag in _BREAKS else "")
        parts.append(node.text or "")
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return [line for line in map(_printed, "".join(parts).split(_BREAK)) if line]


def _printed(raw: str) -> str:
    """A line as trafilatura writes it: white space squashed, characters no one sees left out."""
    if not raw.isprintable():
        raw = "".join(ch for ch in raw if ch.isprintable() or ch.isspace())
    return " ".join(raw.split())


def _container(kept: list[_Block]) -> Any:
    """The deepest element holding at least _KEPT_SHARE of the kept characters."""
    total = sum(len(block.text) for block in kept)
    weight: dict[Any, int] = {}
    for block in kept:
        for ancestor in block.element.iterancestors():
            weight[ancestor] = weight.get(ancestor, 0) + len(block.text)
    holding = [element for element, chars in weight.items() if chars >= _KEPT_SHARE * total]
    return max(holding, key=lambda element: sum(1 for _ in element.iterancestors()))


def _inside(element: Any, container: Any) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())


def _shape(element: Any, container: Any) -> tuple[tuple[str, str], ...]:
    """The path of tags and classes from the container down to the element."""
    path = []
    node = element
    while node is not None and node is not container:
        path.append((node.tag, node.get("class") or ""))
        node = node.getparent()
    return tuple(path)


def _ancestry(element: Any, container: Any) -> list[Any]:
    """The element and its ancestors below the container."""
    chain = []
    node = element
    while node is not None and node is not container:
        chain.append(node)
        node = node.getparent()
    return chain


def _hidden(element: Any, container: Any) -> bool:
    for node in _ancestry(element, container):
        style = (node.get("style") or "").replace(" ", "").lower()
        if node.get("hidden") is not None or node.get("aria-hidden") == "true" or "display:none" in style or (
            "visibility:hidden" in style
        ):
            return True
    return False


def _name(element: Any) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _in_furniture(element: Any, container: Any, tags: frozenset[str], name: re.Pattern[str] | None = None) -> bool:
    for node in _ancestry(element, container):
        if node.tag in tags:
            return True
        if name is not None and name.search(_name(node)):
            return True
    return False


def _a_link(block: _Block, container: Any) -> bool:
    """The block is a link, or mostly links: a teaser of another story, a list of them."""
    return any(node.tag == "a" for node in _ancestry(block.element, container)) or _link_heavy(
        block.element, block.text
    )


def _link_heavy(element: Any, text: str) -> bool:
    linked = sum(len(" ".join(a.text_content().split())) for a in element.iter("a"))
    return linked > _LINK_SHARE * len(text)


def _in_link_list(element: Any) -> bool:
    """An item of a list most of whose items are links: the label of a list of related stories
    ("More on the floods") is not a link itself."""
    if element.tag != "li" or (parent := element.getparent()) is None:
        return False
    items = [item for item in parent if item.tag == "li"]
    linked = sum(1 for item in items if _link_heavy(item, " ".join(item.text_content().split()) or " "))
    return len(items) >= _MIN_KEPT and linked * 2 > len(items)


def _confirmer(declared: str | None, second: Callable[[], str | None] | None) -> Callable[[str], bool]:
    """Whether another reading of the page holds a block's text (compared by _compact keys): the
    declared body first, then trafilatura's recall mode, read only for a block the body lacks."""
    readings = ["".join(declared.split())] if declared else []
    pending = [second] if second is not None else []

    def holds(key: str) -> bool:
        if any(key in reading for reading in readings):
            return True
        if pending and (recall := pending.pop()()):
            readings.append("\n".join(_compact(line) for line in recall.split("\n")))
            return key in readings[-1]
        return False

    return holds


# Where _put_back places a block above every kept one: before the extraction's first line.
_TOP = -1


def _put_back(extracted: str, blocks: list[_Block], chosen: set[int]) -> str:
    """The extracted lines with each chosen block's lines after the line of the kept block above it,
    or before the first line where no kept block is above it."""
    lines = extracted.split("\n")
    keys = [_compact(line) for line in lines]
    after: dict[int, list[str]] = {}
    anchor: int | None = _TOP
    for i, block in enumerate(blocks):
        if block.kept:
            anchor = _line_of(block, keys, 0 if anchor is None or anchor == _TOP else anchor)
        elif i in chosen and anchor is not None:
            after.setdefault(anchor, []).extend(_written(block))
    out = list(after.get(_TOP, []))
    for j, line in enumerate(lines):
        out.append(line)
        out.extend(after.get(j, []))
    return "\n".join(out)


def _written(block: _Block) -> list[str]:
    """A block's lines as trafilatura writes them: a list item marked as one."""
    if block.element.tag == "li":
        return [f"- {block.lines[0]}", *block.lines[1:]]
    return block.lines


def _line_of(block: _Block, keys: list[str], start: int) -> int | None:
    """The extracted line where a kept block ends, looked for from ``start`` on: the line that holds
    its last line, or the last of the lines it holds (trafilatura broke it in two)."""
    last = _compact(block.lines[-1])
    for j in range(start, len(keys)):
        if keys[j] and (last in keys[j] or (len(keys[j]) >= _FOUND_WITHIN and keys[j] in block.key)):
            while j + 1 < len(keys) and len(keys[j + 1]) >= _FOUND_WITHIN and keys[j + 1] in block.key:
                j += 1
            return j
    return None
