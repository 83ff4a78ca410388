"""Putting back the article paragraphs trafilatura skipped (evenhand.ingest.recover), on pages written
for the tests. Each test gives the page and the text an extraction kept of it, as trafilatura writes
its text (a line a paragraph, "- " before a list item), with the paragraph it skipped left out."""

from __future__ import annotations

from evenhand.ingest.pagemeta import parse_page
from evenhand.ingest.recover import recover

STORY = [
    "The harbour board of Keswyn voted on Tuesday to close the old ferry slip for six months while engineers "
    "replace the timber piles that hold up its southern end.",
    "The slip, built in 1962, carries about 400 foot passengers a day across the narrow mouth of the Ammel "
    "estuary, the board's figures show.",
    "Board chair Tamsin Orlow said the work could not wait for the summer season to end, because divers had "
    "found rot in a third of the piles in March.",
    "Passengers will be carried by a hired launch from the fish quay until the slip reopens, and season tickets "
    "bought before June will be honoured on it.",
    "The contractor, Pellow Marine, expects to drive the first new piles in the second week of May if the "
    "weather holds.",
    "Local traders have asked the board to keep the quay lit at night while the slip is fenced off, and the "
    "board has agreed to consider it at its next meeting.",
]


def _page(body: str, *, above: str = "", below: str = "") -> str:
    return f"""<!DOCTYPE html><html><head><title>Keswyn ferry slip to close for repairs</title></head><body>
<header><a href="/">The Ostermoor Herald</a></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article><h1>Keswyn ferry slip to close for repairs</h1>{above}
<div class="story-body">{body}</div>{below}</article></main>
<footer><p>About us</p><p>Contact the newsroom</p></footer></body></html>"""


def _paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def _recover(page: str, kept: list[str], **readings: object) -> list[str]:
    return recover(parse_page(page), "\n".join(kept), **readings).split("\n")  # type: ignore[arg-type]


class _Reading:
    """trafilatura's recall-mode text, counting how often it is asked for."""

    def __init__(self, text: str | None) -> None:
        self.text, self.asked = text, 0

    def __call__(self) -> str | None:
        self.asked += 1
        return self.text


def test_a_paragraph_skipped_between_paragraphs_of_its_shape_is_put_back_in_its_place() -> None:
    kept = [line for line in STORY if line != STORY[3]]
    second = _Reading(None)
    assert _recover(_page(_paragraphs(STORY)), kept, second=second) == STORY
    assert second.asked == 0  # a block of the kept paragraphs' shape needs no second opinion


def test_a_slide_caption_skipped_among_kept_captions_is_put_back() -> None:
    slides = [
        ("Lantern walk", "Light the way home.", "Carry a paper lantern on a pole and wear a long grey coat."),
        ("Harbour seal", "Flippers optional.", "A grey sleeping bag with the foot cut open and drawn-on whiskers."),
        ("Ferry pilot", "All aboard for the crossing.", "A navy peaked cap, a striped jersey and a coil of rope."),
    ]
    figures = "".join(
        f'<figure class="slide"><h2><a href="/g/{i}">{title}</a></h2><img src="/i/{i}.jpg">'
        f'<figcaption class="slide-caption"><p>{line}</p><p>What you need: {need}</p></figcaption></figure>'
        for i, (title, line, need) in enumerate(slides)
    )
    kept = ["Light the way home.", "What you need: Carry a paper lantern on a pole and wear a long grey coat.",
            "What you need: A grey sleeping bag with the foot cut open and drawn-on whiskers.",
            "All aboard for the crossing.", "What you need: A navy peaked cap, a striped jersey and a coil of rope."]
    lines = _recover(_page(figures), kept)
    assert lines[2:4] == ["Flippers optional.", "What you need: A grey sleeping bag with the foot cut open and "
                                                "drawn-on whiskers."]


def test_a_caption_among_paragraphs_stays_out_even_where_another_reading_holds_it() -> None:
    caption = "Divers inspect the piles under the ferry slip at low tide on Monday. Picture: Harbour board"
    body = _paragraphs(STORY[:3]) + f'<figure><img src="/slip.jpg"><figcaption>{caption}</figcaption></figure>'
    body += _paragraphs(STORY[3:])
    assert _recover(_page(body), STORY, second=_Reading("\n".join([*STORY[:3], caption, *STORY[3:]]))) == STORY


def test_a_list_skipped_between_paragraphs_is_put_back_where_another_reading_holds_it() -> None:
    points = ["Foot passengers: the hired launch from the fish quay, every half hour.",
              "Cyclists: the road bridge at Ammel Cross, eleven miles upstream."]
    body = _paragraphs(STORY[:3]) + "<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
    body += _paragraphs(STORY[3:])
    whole = [*STORY[:3], *(f"- {p}" for p in points), *STORY[3:]]  # marked as trafilatura marks list items

    recall = _Reading("\n".join(whole))
    assert _recover(_page(body), STORY, second=recall) == whole
    assert recall.asked == 1

    declared = "\n\n".join([*STORY[:3], *points, *STORY[3:]])  # the articleBody of the page's JSON-LD
    unasked = _Reading(None)
    assert _recover(_page(body), STORY, declared=declared, second=unasked) == whole
    assert unasked.asked == 0  # the declared body holds it: the recall mode is not run

    assert _recover(_page(body), STORY, second=_Reading(None)) == STORY  # no reading holds it: left out


def test_the_page_furniture_between_paragraphs_stays_out_even_where_another_reading_holds_it() -> None:
    furniture = [
        '<aside class="newsletter"><p>Get the Herald in your inbox every morning, free.</p></aside>',
        '<div class="share-tools"><p>Share this story with a friend on the harbour.</p></div>',
        '<p style="display: none">Your browser cannot play this video of the harbour.</p>',
        '<ul><li>More on the harbour</li><li><a href="/a">Quay lights to stay on all winter</a></li>'
        '<li><a href="/b">Fish market opens two hours earlier</a></li></ul>',
        '<div class="card"><a href="/c"><p>Keswyn lifeboat crew honoured for winter rescue</p></a></div>',
        '<div class="related-stories"><p>Ferry fares to rise in April, the board says.</p></div>',
    ]
    body = _paragraphs(STORY[:3]) + "".join(furniture) + _paragraphs(STORY[3:])
    texts = ["Get the Herald in your inbox every morning, free.", "Share this story with a friend on the harbour.",
             "Your browser cannot play this video of the harbour.", "More on the harbour",
             "Keswyn lifeboat crew honoured for winter rescue", "Ferry fares to rise in April, the board says."]
    everything = _Reading("\n".join([*STORY, *texts]))
    assert _recover(_page(body), STORY, second=everything, declared="\n".join(texts)) == STORY


def test_blocks_above_the_article_and_below_it_stay_out() -> None:
    # The story's own first and last paragraphs, skipped, are put back (see the tests at the end); the
    # lines around its container are not.
    above = "<p>Keswyn | Harbour | 4 min read</p>"
    below = ('<div class="story-end"><p>Readers have sent the Herald their memories of the slip, and we will print '
             "a selection of them next week.</p></div>")
    body = _paragraphs(STORY)
    assert _recover(_page(body, above=above, below=below), STORY[1:-1]) == STORY
    assert _recover(_page(body, above=above, below=below), STORY) == STORY


def test_a_paragraph_the_extraction_holds_in_other_words_of_spacing_or_lines_is_not_given_twice() -> None:
    coded = "The board's notice lists the closure under <code>KESWYN-SLIP</code>, its works code."
    wrapped = ("Board chair Tamsin Orlow said the work could not wait for the summer season to end,\n"
               "because divers had found rot in a third of the piles in March.")
    body = _paragraphs([STORY[0], coded, STORY[1], wrapped, *STORY[3:]])
    kept = [STORY[0], "The board's notice lists the closure underKESWYN-SLIP, its works code.", STORY[1],
            "Board chair Tamsin Orlow said the work could not wait for the summer season to end,",
            "because divers had found rot in a third of the piles in March.", *STORY[3:]]
    assert _recover(_page(body), kept) == kept


def test_short_paragraphs_the_extraction_ran_into_one_line_are_not_given_twice() -> None:
    body = _paragraphs([*STORY[:3], "Orlow put it plainly:", "“The slip will not last the summer.”", *STORY[3:]])
    kept = [*STORY[:3], "Orlow put it plainly: “The slip will not last the summer.”", *STORY[3:]]
    assert _recover(_page(body), kept) == kept


def test_a_skipped_paragraph_is_put_back_after_a_paragraph_the_extraction_broke_in_two() -> None:
    wrapped = STORY[2].replace(" because", "\nbecause")
    body = _paragraphs([*STORY[:2], wrapped, *STORY[3:]])
    kept = [*STORY[:2], *STORY[2].split(" because ", 1), *STORY[4:]]
    kept[3] = "because " + kept[3]
    lines = _recover(_page(body), kept)
    assert lines[lines.index(kept[3]) + 1] == STORY[3]


def test_a_page_without_a_body_or_with_one_kept_paragraph_is_left_as_extracted() -> None:
    assert recover(parse_page("<html></html>"), STORY[0]) == STORY[0]
    assert recover(None, STORY[0]) == STORY[0]
    assert _recover(_page(_paragraphs(STORY)), [STORY[0]]) == [STORY[0]]


def test_a_page_puts_back_a_paragraph_only_the_body_it_declares_holds() -> None:
    """Through article_from_html: trafilatura (and its recall mode) drop a paragraph that the page
    wraps in a folding box ("expandable"); the articleBody the page declares in JSON-LD, all of the
    story run into one paragraph, holds it, so it is put back in its place."""
    import json

    from evenhand.ingest.extract import article_from_html

    folded = "".join(
        f'<div class="expandable"><p>{text}</p></div>' if i == 3 else f"<p>{text}</p>" for i, text in enumerate(STORY)
    )
    declared = {"@context": "https://schema.org", "@type": "NewsArticle",
                "headline": "Keswyn ferry slip to close for repairs", "articleBody": " ".join(STORY)}
    page = _page(folded).replace(
        "</head>", f'<script type="application/ld+json">{json.dumps(declared)}</script></head>'
    )
    assert article_from_html(page, origin="slip.html").text.split("\n\n") == STORY
    without = page.replace('<script type="application/ld+json">', '<script type="text/plain">')
    assert STORY[3] not in article_from_html(without, origin="slip.html").text  # nothing else holds it


def test_a_page_past_the_bounds_is_left_as_extracted() -> None:
    """Every block is looked for in the text: a page of more blocks than any article has is not."""
    from evenhand.ingest import recover as module

    many = _paragraphs([*STORY[:3], *(f"Line {i} of a list no article holds." for i in range(module._MAX_BLOCKS)),
                        *STORY[3:]])
    kept = [*STORY[:3], *STORY[3:]]
    assert _recover(_page(many), kept) == kept
    shapes_alike = _paragraphs([*STORY[:3], "A paragraph of the story's own shape that was skipped.", *STORY[3:]])
    assert len(_recover(_page(shapes_alike), kept)) == len(kept) + 1


# Issue 12, fifth pass: the paragraphs at the ends of the article.

def test_the_last_and_first_paragraphs_skipped_are_put_back_where_the_page_has_them() -> None:
    second = _Reading(None)
    assert _recover(_page(_paragraphs(STORY)), STORY[1:-1], second=second) == STORY
    assert second.asked == 0


def test_a_run_at_the_end_stops_where_the_article_does() -> None:
    teaser = ("The Ammel regatta returns to Keswyn in August after two years away, with a new course along "
              "the estuary.")
    body = _paragraphs(STORY) + f"<h3>Elsewhere in the valley</h3><p>{teaser}</p>"
    assert _recover(_page(body), STORY[:-1]) == STORY


def test_paragraphs_of_another_shape_or_outside_the_article_are_not_taken_at_its_ends() -> None:
    above = "<p class='standfirst'>Repairs to take six months</p>"
    below = "<p>Tamsin Orlow is the harbour board's chair.</p>"  # outside the story's container
    page = _page(_paragraphs(STORY[:-1]) + '<p class="note">Updated at 10am.</p>', above=above, below=below)
    assert _recover(page, STORY[:-1]) == STORY[:-1]


# Issue 12, sixth pass: the text the page's microdata gives as its main item's.

QUESTION = [
    "Why does the Keswyn ferry slip close every spring rather than in the quiet winter months?",
    "The harbour board's notices only say the work is seasonal, and I could not find the reason anywhere.",
]
ANSWERS = [
    "The piles can only be driven at the low spring tides, which fall between March and May on that estuary.",
    "Divers also need the clearer water of spring to check the timber, so the inspection and the work go together.",
]
COMMENT = "Thanks, this is exactly what I wanted to know about the ferry slip and its piles."


def _qa_page(*, main: str = ' itemprop="mainEntity"') -> str:
    answers = "".join(
        f'<div class="answer" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">'
        f'<div class="post-body" itemprop="text"><p>{text}</p></div>'
        f'<ul class="remarks"><li itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
        f'<div itemprop="text"><p>{COMMENT}</p></div></li></ul></div>'
        for text in ANSWERS
    )
    return f"""<!DOCTYPE html><html><head><title>Why does the slip close in spring?</title></head><body>
<header><a href="/">Harbour Questions</a></header>
<main><div{main} itemscope itemtype="https://schema.org/Question"><h1 itemprop="name">Why does the slip close in
spring?</h1><div class="question-body" itemprop="text">{_paragraphs(QUESTION)}</div>
<div class="subheader"><h2>2 Answers</h2></div><div id="answers">{answers}</div></div></main>
<footer><p>About us</p></footer></body></html>"""


def test_the_question_a_q_and_a_page_declares_its_main_item_is_put_back_above_the_answers() -> None:
    # trafilatura takes a Q&A page's answers for its article and skips the question above them, of the
    # same shape but outside the answers' container; a comment's text, an item of its own, stays out.
    assert _recover(_qa_page(), ANSWERS) == [*QUESTION, *ANSWERS]
    assert _recover(_qa_page(main=""), ANSWERS) == [*QUESTION, *ANSWERS]  # a top-level item is the main one
    assert _recover(_qa_page(main=' itemprop="about"'), ANSWERS) == ANSWERS  # an item of another's


VERDICT = "A patient, careful repair that keeps the crossing open and the traders on the quay happy."


def test_a_summary_box_beside_the_article_is_put_back_where_the_page_has_it() -> None:
    # A review's verdict, or a story's key points, in a box set right above or below the article's
    # container: the article's text, which extractors leave outside the article's element.
    box = f'<div class="box verdict"><h3>Our Verdict</h3><p>{VERDICT}</p></div>'
    points = ('<div class="key-points"><ul><li>The slip shuts for six months.</li>'
              "<li>A launch runs meanwhile.</li></ul></div>")
    assert _recover(_page(_paragraphs(STORY), above=box), STORY) == ["Our Verdict", VERDICT, *STORY]
    assert _recover(_page(_paragraphs(STORY), below=points), STORY) == [
        *STORY, "- The slip shuts for six months.", "- A launch runs meanwhile."
    ]


def test_a_box_of_another_name_or_further_from_the_article_stays_out() -> None:
    other = f'<div class="box promo-card"><p>{VERDICT}</p></div>'
    assert _recover(_page(_paragraphs(STORY), above=other), STORY) == STORY
    farther = f'<div class="verdict"><p>{VERDICT}</p></div><p class="standfirst">Repairs to take six months</p>'
    assert _recover(_page(_paragraphs(STORY), above=farther), STORY) == STORY
