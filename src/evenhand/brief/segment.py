"""Split cleaned text into sentences and units that stand alone, and tell reported facts from
quotes, opinion, background, captions and asides."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from .. import lexicon
from ..model import Article, Sentence, SentenceKind
from .features import content_stems, dates_in, double_quote_marks, entities_in, numbers_in, words
from .regions import analysed_regions, is_heading, listed_regions, paragraph_spans, shown_regions
from .standalone import (
    ACTED_TAG,
    ANY_QUOTED,
    COMPLETES_DEED,
    QUOTE_OPEN,
    SPEECH,
    is_bare_quotation,
    leans_back,
    named_speaker,
    shared_surnames,
)
from .wording import opens_on_dateline, tells_a_happening, without_scoop

# A quotation of some length, from its opening mark to its closing one (never from a closing mark
# to the next opening one: the words between two quotations are the writer's).
_QUOTED = re.compile(r"“[^“”]{12,}”|\"[^\"“”]{12,}\"|«[^«»]{12,}»")
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|nowhere|neither|nor|without|cannot)\b|n't\b", re.I)
_FIRST_PERSON = re.compile(r"^\s*(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|My|We|We're|We’re|Our)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b")
# The writer as "I" anywhere outside quotation marks; where most of a piece's sentences have it, the
# piece is the writer's own essay or letter, and what it tells is their account, not a report.
_WRITER_AS_I = re.compile(r"(?<![\w'’])(?:I|I['’](?:m|ve|d|ll)|[Mm]y|me|[Mm]yself)(?![\w'’])")
_ESSAY_SHARE = 0.6
_ESSAY_UNITS = 6
_BOUNDARY = re.compile(r"([.!?…]+[\"'”’)\]]*)(?=(?:--|—)?\s+[\"'“‘(\[]?[A-Z0-9])")
# A dash a page set between two sentences ("... on December 14.-- A rep for ..."): neither's words.
_DASH_BETWEEN = re.compile(r"(?:--|—)(?=\s)")
# "... 33.The ..." or "... said.”The": a boundary that lost its space in extraction.
_GLUED = re.compile(r"(?:(?<=[a-z0-9]{2})|(?<=\s[a-z0-9]))([.!?]+[\"”’]?)(?=[A-Z][a-z]|[\"“][A-Z])")
# A page's title and byline run into its first sentence: "Huntsman to skip Nevada debate By Justin
# Sink - Tweet Jon Huntsman announced Friday ...". The story starts after them.
_RUN_IN_BYLINE = re.compile(
    r"\bBy [A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]+ [-–—]{1,2} (?:(?:Tweet|Share|Email) )*(?=[A-Z])"
)
# How far into a page its run-in title and byline may reach.
_RUN_IN_REACH = 300
# "In the past two weeks, cases have dropped ...": the news of the last days, not history.
_RECENT_PERIOD = re.compile(
    r" in the past (?:(?:\d+|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?"
    r"(?:hours?|days?|weeks?|months?|year)\b"
)
# Words that may follow "3 p.m." inside a sentence.
_CLOCK_FOLLOWERS = lexicon.DATE_WORDS | lexicon.TIME_ZONES
# A clock time as a live report stamps its updates: "9:05 a.m.", "905 a.m.".
_CLOCK_TIME = r"\d{1,2}:?\d{2}\s*[ap]\.?m\b"
_ASIDE = re.compile(
    # a photo credit "(AP Photo/Jo Reyes)", not a wire dateline "MADRID (AP) — ..." opening a report
    r"\bfile (?:photo|image|picture)\b|\((?:AP|AFP|Reuters|Getty|EPA|Xinhua)\b[^)]*\)(?!\s*[—–-])|"
    r"\b(?:photo|image|picture)s? (?:by|courtesy|credit)\b|\b(?:photo|image) credit\b|\bCORRECTS\b|"
    r"^(?:correction|clarification|editor'?s note|editors’ note|update|updated)\s*[:.-]"
    r"(?!\s*" + _CLOCK_TIME + r")|"  # but not a timed update (_TIMED_UPDATE)
    r"\b(?:this|the) (?:story|article|report|post) (?:has been|was|is being) (?:updated|corrected|amended)\b|"
    r"\b(?:an earlier|a previous|a prior) version of this\b|^correction,\s|^\[|\]$|^\(.*\)[.!?]?$|\bpro tip\b|"
    # a live blog's time stamp ("10:45 AM PT: ...") and a related-story link ("... MORE")
    r"^\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[:—–-]|\bMORE\b(?=[\s.]*$)|"
    r"^(?:reporting|writing|editing|additional reporting|compiled) by\b|"
    # a film's or a book's credits: "Written by ..., based on the novel by ..."
    r"^(?:written|directed|produced|screenplay|story|based on the (?:novel|book|play)) by\b|^starring\b|"
    r"\bpresents? an? (?:film|movie|production) (?:directed |written |produced )?by\b|"
    # credit lines and page furniture: "Name/AP", "via Getty Images", "Photo | Credit", a video player
    r"/(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg|Xinhua|Sipa|Shutterstock)\b|\bGetty Images\b|\s\|\s|"
    # a photo's caption, the photo dated or described on the way ("This August 2012 photo shows ...") or
    # one of several ("In one image, ...")
    r"^(?:a|this|the|an)(?: (?:(?-i:[A-Z][a-z]+\.?)|\d{1,4},?|undated|file|handout)){0,3} "
    r"(?:photo|photograph|picture|image|video|screenshot|still) "
    r"(?:of|shows|showing|from|provided)\b|"
    r"^in (?:one|another|the first|the second|the last) (?:photo|image|picture)s?,|"
    # a headline and byline run into the story: "... in protest By Jane Roe - Tweet Jon ..."
    r"\bBy [A-Z][a-z]+ [A-Z][a-z]+ [-–—] |\b(?:Tweet|Share) (?:View Comments|Email|Share)\b|"
    # a video's furniture: its length "(2:04)", its embed title "... from Jo Reyes on Vimeo.", "Watch the video below"
    r"\(\d{1,2}:\d{2}\)[.!?]?$|\bon (?:Vimeo|YouTube)[.!?]?$|"
    r"\b(?:watch|see) the (?:full )?(?:video|clip) (?:below|above)\b|"
    # a photo's placing of people ("Joey Wilson, left, rings up ...", "(L-R)") and a link's invitation
    r",\s(?:left|right|center|centre),\s|\((?:left|right|center|centre|L-R|R-L|second from (?:left|right))\)|"
    r"^(?:find|click|read|learn|get) (?:out )?(?:more|the full)\b.*\bhere[.!]?$|"
    # the page's own controls and links: "Clicking a dot opens a dialogue ...", "See this article on ..."
    r"^(?:click|clicking|tap|tapping|hover|hovering)(?: on| over)? (?:here|(?:a|an|the|any|each) [\w-]+)\b|"
    r"^(?:see|read) (?:this|our) (?:article|story|post|report|piece|page)\b|"
    # where the picture is: "Above, the singer carries the bag in Tribeca."
    r"^(?:above|below|pictured|top|bottom|inset)(?: (?:left|right))?,\s|"
    # a web archive's note on the capture in place of the page ("The WARC files associated with this crawl ...")
    r"\b(?:with|for|of) this crawl\b|\bthis crawl was\b|"
    # a newsletter's sign-up box: "Breaking News Emails Get breaking news alerts ..."
    r"\bbreaking news (?:emails|alerts)\b|"
    # a pointer to the page's media: "In the second video clip above, ..."
    r"\b(?:clip|video|photo|picture|image|gallery|graphic|chart|map)s? (?:above|below)\b|"
    # a list's bullet: a finding or a point of a list whose heading is not printed
    r"^[-–—•*]\s*\S|^view (?:larger|full|the) (?:image|photo|gallery)\b|"
    # a page's boxes: an update stamp, reading lists, video and highlight panels, a list's heading
    r"^updated? \d{1,2}(?::\d\d)?\s*[ap]\.?m\b|^(?:further reading|story highlights|just watched)\b|"
    r"^here (?:are|is) (?:some|a few|the|our|what|\d+|(?:two|three|four|five|six|seven|eight|nine|ten) )\b|"
    # a pointer to the page's map or video: "Here's a look at where he was last seen, ..."
    r"^here(?:'s|’s| is) a (?:look|map|video|photo|timeline)\b|"
    r"^examples? of\b.*\bhere\b|^no word yet (?:on|about)\b|"
    r"^video\s*\(\d{1,2}:\d{2}\)|^(?:how to help|for (?:more|further) information)\b|"
    # a page's service text to its reader: "please review the brochure", "please visit our site"
    r"(?:^|[,:;]\s*)please (?:review|visit|see|refer to|consult|read|call|contact|click|check)\b|"
    # the writer's contact line: "Staff Writer Jo Reyes can be reached at 970-555-0100 or jreyes@..."
    r"\bcan be (?:reached|contacted|emailed) (?:at|on|via)\b|"
    # a column's disclaimer and its writer's line: "The opinions expressed are those of the writer.",
    # "The author is a Forbes contributor."
    r"\b(?:opinions|views) expressed (?:here |in this [a-z]+ )?(?:are|is) (?:solely |entirely )?(?:those|that) of\b|"
    r"^(?:the|this) (?:author|writer|columnist) is an? (?:[\w-]+ ){0,3}(?:contributor|columnist|fellow)\b|"
    # a paper's abstract headings run into its text: "Importance Suicide is ...", "Main Outcomes and Measures ..."
    r"^(?:importance|objective|main outcomes and measures|conclusions and relevance|design, setting,? and "
    r"participants)\s+[A-Z]|"
    # the outlet's note on what it could not check: "NBC News has not seen the cable."
    r"\bha(?:s|ve) not (?:seen|verified|independently verified|been able to (?:verify|confirm|see)) "
    r"(?:the|that|this|these|those)(?: [\w-]+){1,2}[.]?$",
    re.I,
)
_SPECULATION = re.compile(
    r"\b(?:could|might|may)\s+(?:well\s+|also\s+|potentially\s+|soon\s+|even\s+|still\s+)?"
    r"(?:be|prove|become|have|lead|mean|spell|trigger|cost|end|see|face|derail|upend|change|reshape)\b",
    re.I,
)
# A condition the writer sets on a clause after it, inside the sentence: "..., but unless two former
# heads of the bin Laden unit were working for Sargeant at the time, that man was Marty Martin" (the
# 160th reading, multinews-140) is the writer's deduction, and "but if it turns out ..., it will not
# hear anything" a forecast, not what happened.
_CONDITION_WITHIN = re.compile(r"(?:,|;|—|--)\s+(?:but|and|yet)\s+(?:if|unless)\b[^,\"“”]{5,150},\s+")
# The writer's verdict on what the story is about: "Mahanoy Area School District v. B.L, which the
# Supreme Court heard on Wednesday, is a tough case." (the 162nd reading, allsides-6092: it led the
# brief over AP's report of the hearing), "... this is a good thing." (not "a great deal of traffic").
_VERDICT = re.compile(
    r"\b(?:is|was|are|were|remains|seems) (?:a|an) (?:(?:very|really|particularly|genuinely|truly|pretty|rather) )?"
    r"(?:tough|difficult|hard|easy|complicated|complex|big|huge|bad|good|great|terrible|important|interesting|"
    r"fascinating|strange|weird|tricky|thorny|messy|smart|dumb|bold|risky|odd)\s+(?:case|deal|idea|question|call|"
    r"story|problem|issue|decision|choice|moment|move|bet|thing)\b(?!\s+of\b)"
)
# The writer's guess: "a murder he probably committed", "will almost surely end his hopes". In a
# report of what happened on a named day it hedges a side of the news ("Kentucky had primaries
# Tuesday, but the winners probably won't be known until next week"): the report stands.
_GUESS = re.compile(
    r"\b(?:probably|perhaps|almost surely|may or may not|can only be|needn['’]t|"
    # "the number likely does not suggest a material shift": not "likely voters", "the likely nominee"
    r"likely(?! (?:voters?|nominees?|candidates?|successors?|winners?|to be named)\b))\b",
    re.I,
)
# A photo's credit standing alone after its caption: "(AP Photo/Jo Reyes)", "(Veld Festival/VTV)".
_CREDIT = re.compile(r"[ \t]*\([^()\n]{2,60}/[^()\n]{2,60}\)")
# A video's blurb on a station's page ends in the day the clip went up: "... in the slaying of a family
# on Thursday. (Published Monday, May 18, 2015)". The blurb is the player's, not the story's.
_PUBLISHED_STAMP = re.compile(r"[ \t]*\(Published [A-Z][a-z]+day, [^()\n]{4,30}\)")
# Who asked or exclaimed the quotation before it, and nothing more: "... the leaders said in a statement."
_SPEAKER_TAG = re.compile(
    r"\s+[^.!?\"“”]{0,200}?\b(?:" + "|".join(lexicon.SPEECH_VERBS) + r")\b[^.!?\"“”]{0,40}[.!?](?=\s|$)"
)
# The same after a quotation closed by a full stop, where only where it was said may follow the
# verb: '"... we ever imagined." Ada Wren, a biologist, said in a news release.' ('"We won." The
# mayor said the city would rebuild.' is a sentence of its own).
_BARE_SPEAKER_TAG = re.compile(
    r"\s+[^.!?\"“”]{0,200}?\b(?:" + "|".join(lexicon.SPEECH_VERBS) + r")\b"
    r"(?:\s+(?:in|on|at|during|via|to|after|before|from)\b[^.!?\"“”]{0,40})?\.(?=\s|$)"
)
# The writer talking to the reader ("Consider ...", "Turns out ...") or guessing ("Perhaps ...").
_TO_THE_READER = re.compile(
    r"(?:Consider|Imagine|Remember|Think about|Turns out|Add it (?:all )?up|Perhaps|Never mind|After all|"
    r"Regardless|Apparently|What's unclear|What’s unclear|The (?:bad|good) news|It(?:'s|’s| is) a good thing|"
    # the writer's quip with no subject: "Sounds like someone's summer internship is over."
    r"(?:Sounds|Looks|Seems|Feels) like|"
    # the writer's praise, told to the reader: "Give the boy credit for guts."
    r"Give (?:him|her|them|it|the [a-z]+) (?:credit|props)\b)\b"
)
# A site's card of links run into a sentence after a name: the name again, glued to the first
# headline, up to "MORE" ("Sen. Orrin Hatch Orrin Grant HatchAppeals court nominees ... MORE (R-Utah)").
_LINK_CARD = re.compile(r"\b[A-Z]\w*[a-z](?:[A-Z][a-z][\w'’]*\b.{0,400}?\s)?MORE\b")
# A dateline this far down a page's units still opens its story (below a dek, captions, highlights).
_DATELINE_WITHIN = 8
# How a text cut short ends: "...", "…", or a typesetter's ". . .".
_ELLIPSES = ("...", "…", ". . .")
# A sentence that opens on its verb has lost its subject ("was arrested in Maine yesterday ...").
_SUBJECTLESS = re.compile(r"^(?:was|were|is|are|has|have|had|will|would|said|says|did|does)\b")
_PLAYER = re.compile(r"^(?:CLOSE|WATCH|VIDEO|PHOTOS?|LISTEN|RELATED|ADVERTISEMENT|SKIP|GALLERY|Tweet|Share)\b")
# "Details: ...", "Why it matters: ...": a rubric of one to four words, not a speaker ("Putin told reporters:").
_LABEL = re.compile(r"^([A-Z][A-Za-z’']*(?: [A-Za-z’']+){0,3}):\s")
# A live report's timed update, which is news: "UPDATE: 9:05 a.m. - Police report the teen was found".
_TIMED_UPDATE = re.compile(r"^updated?\s*:?\s*" + _CLOCK_TIME, re.I)
# An older piece run again: "ORIGINALLY PUBLISHED JANUARY 2021: ...", its news of that day.
_REPUBLISHED = re.compile(r"^(?:originally |first )?published\b[^:\n]{0,40}:\s", re.I)
# A footnote marker or a list's number run into the sentence ("... any other Book." 1 The Book of
# Mormon came ...", "1. It keeps her kids off television"): a note's or a listicle's point, whose
# place in the piece is its meaning. A count opens on what it counts ("20 Democrats voted ...").
_MARKED = re.compile(
    r"^\d{1,2}\.?\s+(?:The|A|An|In|It|Its|This|That|These|Those|He|She|They|We|I|On|At|For|As|When|After|Before|If)\s"
)
# A list of answers, each "On <topic>: "<quotation>"": whose answers they are, the list's heading said.
_TOPIC_ANSWER = re.compile(r"^On [^:\"“]{3,80}:\s*[\"“]")
# A photo caption: someone doing something in the present tense, with the picture's date or a
# generic subject ("An employee holds circuit boards at the warehouse").
_CAPTION_VERB = (
    r"(?:holds|walks|stands|looks on|poses|gestures|waves|sits|smiles|speaks|is seen|are seen|is pictured|"
    r"are pictured|attends|arrives|leaves|talks|listens|reacts|prays|marches|rally|rallies|gather|gathers|"
    r"cries|weeps|mourns|shouts|chants|carries|rings up|hugs|embraces|kneels|sleeps|cheer|cheers|"
    r"makes a statement|delivers a (?:speech|statement)|appears on)"
)
_CAPTION = re.compile(
    r"^(?:A|An|The)?\s*(?:[A-Z]?[a-z]+\s+)?(?:man|woman|girl|boy|child|employee|worker|people|protesters|demonstrators|residents|"
    r"police officers?|officers?|firefighters|rescuers|supporters|visitors|soldiers|students|a member|members)\b"
    r"[^.]{0,60}?\b" + _CAPTION_VERB + r"\b"
    r"|\b" + _CAPTION_VERB
    + r"\b[^.]*\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}",
    re.I,
)
# A photographer's credit run into the caption it heads or ends: "Sean Kilpatrick/THE CANADIAN PRESS A police
# officer removes ...", "Zach Gibson/AFP/Getty Images" (not "the Donald Trump/GOP agenda").
_PHOTO_CREDIT = re.compile(
    r"\b[A-Z][a-z]+(?: [A-Z][a-z.]+){1,2} ?/ ?(?:The Canadian Press|The Associated Press|Getty Images|Reuters|"
    r"Bloomberg|Shutterstock|[A-Z]{2,}(?: [A-Z]{2,}){0,3})\b(?=\s+[A-Z\"“]|\s*$|/)"
)
# Where a page's links were stripped with the words they held: "Parker's lawyer,, tells TMZ",
# "filed the lawsuit ... against-- and in the suit", "NBA superstar-- who was injured": the
# sentence lost a name, and printed it says less than its source did, or something else.
_LINK_GAP = re.compile(r"\w,,\s|\w--\s+[a-z]|[a-z]\s+--[a-z]")
# A figure misprinted in the source ("fell by 275,00 over the month"): a thousands group of other
# than three digits. Printed, it gives a number no one reported.
_GARBLED_FIGURE = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})*,(?:\d{1,2}|\d{4,})(?![\d,])")
# The writer's own voice; "I" is not a party label "(I-Vt.)", an initial "I. Lewis" or "World War I".
_REPORTER = re.compile(
    r"(?<!\()(?<!War )\bI\b(?![-–.])|\b(?:I'm|I’m|I've|I’ve|I'd|I’d|me|my|myself|we|us|our|ours)\b"
)
# Someone's words after a colon with no quotation mark ("He offered this line: There are 50 former
# intelligence folks who said ..."): what follows in the paragraph is theirs, not the writer's.
_SPOKEN_AFTER_COLON = re.compile(
    r"\b(?:" + "|".join(lexicon.SPEECH_VERBS) + r"|told (?:\w+ ){0,3}|remarked|(?:offered|delivered|used) "
    r"(?:this|the) line|put it)\s*:\s+(?![\"“‘'])[A-Z]"
)
# The writer's label for the words just quoted: '... called him the "garbage author of a garbage book,"
# a rather mediocre pre-meditated line for someone of his ... essence' (the 156th reading,
# multinews-000): the quotation is reported, its appraisal is the writer's (not "a reference to ...").
_APPRAISED_QUOTE = re.compile(
    r"[”\"],?\s+(?:an?|the)\s+(?:(?:rather|very|pretty|fairly|particularly|somewhat|oddly|strangely)\s+)?"
    r"(?:[a-z][a-z-]+\s+){1,3}(?:line|remark|comment|jab|quip|dig|insult|barb|retort|zinger|put-down|one-liner)s?\b"
)
# A pictograph in the writer's own words is a blog's wink ("That month, 40 Americans died in Iraq. ☺!",
# multinews-140), not a report's.
_EMOJI = re.compile("[\u2600-\u27bf\U0001f300-\U0001faff]")
# A note that someone gives an update or a briefing, with nothing of what it said: "Acting minister
# ... Ntshavheni gave an update on the unrest, on Thursday afternoon." (allsides-5858), "Cops were set
# to give another update at 1 p.m. ET Monday." (neus-val-0110): the page's note, not the news.
_BRIEFING = re.compile(
    r"\b(?:gave|give|giving|provide[sd]?|providing|hold|held|holds|holding)\s+(?:an|another|a|the|his|her|their)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:update|briefing|press conference|news conference)s?\b"
)
_BRIEFING_CONTENT = re.compile(r"\b(?:said|saying|says|told|telling|announc\w*|where|in which|that)\b|[:\"“]")
_MAX_JOINED = 3  # sentences in one unit


# English prose has about four words in ten among its function words ("the", "of", "and"); Dutch or
# German under one in ten ("In 2002 pleegde beroepscrimineel Octave Durham een ..."). A text with
# fewer words than this tells no language.
_ENGLISH_SHARE = 0.15
_LANGUAGE_WORDS = 40
_LANGUAGE_CHARS = 3000
_LETTERS = re.compile(r"[^\W\d_]+")


def in_english(text: str) -> bool:
    """Whether a text reads as English, the language the brief's rules read: enough of its opening
    words are English function words, or too few to tell."""
    found = [w.lower() for w in _LETTERS.findall(text[:_LANGUAGE_CHARS])]
    return len(found) < _LANGUAGE_WORDS or sum(w in lexicon.STOPWORDS for w in found) >= _ENGLISH_SHARE * len(found)


def is_negated(text: str) -> bool:
    unquoted = _QUOTED.sub(" ", text)
    return bool(_NEGATION.search(unquoted))


def _exclaims(unquoted: str) -> bool:
    """Whether the writer exclaims, telling no happening: "Baby Bastón is here!", "Make a wish!".
    "Snoop Dogg finally received a star ... on Monday and he had many to thank — including himself!"
    reports what happened, whatever its tone."""
    return unquoted.rstrip().endswith("!") and not tells_a_happening(unquoted)


def classify(text: str) -> SentenceKind:
    """Quote, opinion, background or reported fact, from surface cues a reader would use."""
    if is_aside(text):
        return "aside"
    lowered = f" {text.lower()} "
    unquoted = _QUOTED.sub(" ", lowered)
    if any(cue in unquoted for cue in lexicon.STANCE_CUES) or _APPRAISED_QUOTE.search(text):
        return "opinion"
    quoted = sum(len(m.group(0)) - 2 for m in _QUOTED.finditer(text))
    if text.lstrip().startswith(("\"", "“", "‘", "'")) or quoted > 0.45 * len(text):
        return "quote"
    outside = ANY_QUOTED.sub(" ", text)  # the writer's own words, in their case
    # A question, on its own or answered in the next sentence, is the writer's device, not a report.
    if re.search(r"\?(?:\s|$)", outside) or any(
        cue in unquoted and not _reported_call(unquoted, cue) for cue in lexicon.OPINION_CUES
    ):
        return "opinion"
    if _SECOND_PERSON.search(unquoted) or _FIRST_PERSON.match(text):
        # Addressing the reader, or opening in the first person outside quotation marks, is
        # advice, argument or a quote running on from another sentence, never a report.
        return "opinion"
    if _REPORTER.search(outside):
        return "aside"  # the reporter's own remark ("when I passed through ...")
    if _exclaims(outside) or _EMOJI.search(outside):
        return "aside"  # the writer's cheer, teaser or joke ("Last one in is a rotten egg!", "☺!")
    if _BRIEFING.search(text) and not _BRIEFING_CONTENT.search(text):
        return "aside"
    if any(cue in unquoted for cue in lexicon.ANALYSIS_CUES):
        return "opinion"  # the outlet's reading of events, not an event
    guess = bool(_GUESS.search(unquoted)) and not dates_in(unquoted) & lexicon.WEEKDAYS
    judged = _CONDITION_WITHIN.search(outside) or _VERDICT.search(outside)
    if (_SPECULATION.search(unquoted) or guess or judged) and not SPEECH.search(unquoted):
        return "opinion"  # what could happen, or a guess, in the outlet's own voice
    if re.match(r"(?:If|Unless|Had|Were)\b", text.lstrip()):
        return "opinion"  # a condition: what would follow, not what happened
    if _TO_THE_READER.match(text.lstrip()):
        return "opinion"  # the writer talking to the reader, or guessing
    if re.search(r"\b(?:one thing|the following|as follows)\s*[.:]?\s*$", unquoted.rstrip()):
        return "opinion"  # a teaser: what it promises comes after it
    without_recent = _RECENT_PERIOD.sub(" ", unquoted)
    if any(cue in without_recent for cue in lexicon.BACKGROUND_CUES):
        return "background"
    return "fact"


# A call someone else makes, reported: "50 percent of respondents said waterboarding should be
# allowed", "the board says the plant should close". The writer's own "should" stays opinion.
_CALL_CUES = frozenset({" should ", " shouldn't ", " ought ", " should be "})
_REPORTED_BY = re.compile(r"\b(?:said|says|say|saying|told|tells|stated|wrote|writes|argued|argues|insisted|"
                          r"warned|warns|urged|believe|believes|believed|agreed|agree|thinks|think|thought|"
                          r"suggested|suggests|proposed|proposes|recommended|recommends|demanded|demands)\b")


def _reported_call(unquoted: str, cue: str) -> bool:
    at = unquoted.find(cue)
    return cue in _CALL_CUES and bool(_REPORTED_BY.search(unquoted, 0, at))


def is_aside(text: str) -> bool:
    """A caption, correction, editor's note, credit line, bracketed aside, video-player text,
    "Label:" rubric, text with a stripped link's gap or a misprinted figure: page furniture, notes
    about the piece and damaged text, never a report."""
    stripped = without_scoop(text.strip())
    label = _LABEL.match(stripped)
    if label and not SPEECH.search(label.group(1)) and not _TIMED_UPDATE.match(stripped):
        return True
    return bool(
        _ASIDE.search(stripped) or _PLAYER.match(stripped) or _CAPTION.search(stripped) or _TOPIC_ANSWER.match(stripped)
        or _LINK_CARD.search(stripped) or _REPUBLISHED.match(stripped) or _MARKED.match(stripped)
        or _LINK_GAP.search(stripped) or _GARBLED_FIGURE.search(stripped) or _PHOTO_CREDIT.search(stripped)
    )


def _tagged_quote(paragraph: str, end: int) -> bool:
    """Whether the quotation closing at ``end`` is followed by its speaker tag and nothing else."""
    if ACTED_TAG.match(paragraph, end) and paragraph[end - 2] in ".?!":
        return True
    if paragraph[end - 2] in "?!":
        return bool(_SPEAKER_TAG.match(paragraph, end))
    return paragraph[end - 2] == "." and bool(_BARE_SPEAKER_TAG.match(paragraph, end))


def count_sentences(text: str) -> int:
    return len(sentences_of(text))


def sentences_of(text: str) -> list[str]:
    """The sentences of a unit, its line breaks read as spaces."""
    flat = " ".join(text.split())
    return [flat[start:end] for start, end in _spans(flat, 0)]


def open_quotes(text: str) -> int:
    """How many quotations the text opens without closing (curly or straight marks)."""
    return double_quote_marks(text)[0]


def _spans(paragraph: str, offset: int) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph: a boundary is terminal punctuation (and closing quotes)
    before a space and a capital, digit or opening quote, unless the word it ends is an
    abbreviation or an initial; and the end of a title and byline run into the first sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    ends = {m.end(1): m.start(1) for m in _BOUNDARY.finditer(paragraph)}
    glued = {_glued_end(paragraph, m): m.start(1) for m in _GLUED.finditer(paragraph)}
    bylines = {m.end() for m in _RUN_IN_BYLINE.finditer(paragraph)}
    stamps = {m.end() for m in _PUBLISHED_STAMP.finditer(paragraph)}
    for end in sorted(ends.keys() | glued.keys() | bylines | stamps):
        if end in ends and paragraph[end - 1] == "." and _abbreviation(paragraph, ends[end], paragraph[end:]):
            continue
        before = ends.get(end, end - 1)
        if paragraph[end - 1] == "!" and _exclaimed_name(paragraph[max(0, before - _WORD_REACH) : before]):
            continue
        if paragraph[end - 1] in "\"”" and _tagged_quote(paragraph, end):
            continue  # '"Why would he hide it?" two leaders said in a statement.': one sentence
        piece = paragraph[start:end].strip()
        if piece:
            first = start + paragraph[start:end].index(piece[0])
            spans.append((offset + first, offset + first + len(piece)))
        dash = _DASH_BETWEEN.match(paragraph, end)
        start = dash.end() if dash else end
    piece = paragraph[start:].strip()
    if piece:
        first = start + paragraph[start:].index(piece[0])
        spans.append((offset + first, offset + first + len(piece)))
    return spans


def run_in_title(text: str) -> str:
    """The title a page ran into its first sentence with its byline ("Huntsman to skip Nevada debate
    in protest By Justin Sink - Tweet Jon Huntsman announced ..."), or "" where it did not."""
    opening = text.lstrip()[:_RUN_IN_REACH]
    byline = _RUN_IN_BYLINE.search(opening)
    title = opening[: byline.start()].strip() if byline else ""
    return title if title and "\n" not in title and not re.search(r"[.!?]\s", title) else ""


def _exclaimed_name(before: str) -> bool:
    word = re.search(r"(\w+)$", before)
    return word is not None and word.group(1).lower() in lexicon.EXCLAIMED_NAMES and word.group(1)[0].isupper()


def _glued_end(paragraph: str, match: re.Match[str]) -> int:
    """Where a boundary that lost its space ends: a straight quotation mark after the full stop
    closes a quotation only if one is open ('... said "stop."The'); otherwise it opens the next
    sentence ('... breastfeeding."Legal here," she wrote')."""
    end = match.end(1)
    if paragraph[end - 1] == '"' and paragraph[: end - 1].count('"') % 2 == 0:
        return end - 1
    return end


def _abbreviation(text: str, dot: int, after: str) -> bool:
    """Whether the period at ``dot`` ends an abbreviation rather than the sentence. A clock time
    ("3:40 a.m.") ends the sentence when a capitalised word other than a day or month follows."""
    # The word before the period, from a bounded tail: searched from the paragraph's start, each of
    # a paragraph's thousands of periods would cost its whole length ("Word. Word. ..." takes minutes).
    word = re.search(r"([\w.’'-]+)$", text[max(0, dot - _WORD_REACH) : dot])
    if not word:
        return False
    token = word.group(1)
    if token.lower().rstrip(".") in ("a.m", "p.m"):
        following = re.match(r"\s*([A-Za-z]+)", after)
        word_after = following.group(1).lower() if following else ""
        return not following or word_after in _CLOCK_FOLLOWERS or following.group(1).isupper()
    last = token.rsplit(".", 1)[-1] if "." in token else token
    if len(last) == 1 and last.isalpha() and last.isupper():
        return True
    bare = token.lower().rstrip(".")
    if bare in lexicon.BEFORE_A_FIGURE:
        return bool(re.match(r"\s*[\d#]", after))  # "No. 3", not "vote no. The bill ..."
    if bare in _BEFORE_LOWER_CASE:
        return not re.match(r"\s*[A-Z]", after)  # "rivers, lakes etc. and", not "etc. We need ..."
    return bare in lexicon.ABBREVIATIONS or last.lower() in lexicon.ABBREVIATIONS


# How far back from a period or an exclamation mark the word before it is looked for (an
# abbreviation, an exclaimed name): a longer run is neither.
_WORD_REACH = 40
# An abbreviation that closes a list ("etc.") ends the sentence before a capital.
_BEFORE_LOWER_CASE = frozenset({"etc"})


def sentence(article: int, text: str, start: int, end: int, position: int) -> Sentence:
    span = text[start:end]
    return Sentence(
        article=article, start=start, end=end, text=span, position=position,
        kind=classify(span), numbers=numbers_in(span), dates=dates_in(span), entities=entities_in(span),
        content=content_stems(span), negated=is_negated(span),
    )


def _base_spans(text: str, max_chars: int) -> list[tuple[int, int, bool]]:
    """Each sentence's span, and whether it follows a heading or left-out run (then it has no
    sentence before it to lean on)."""
    out: list[tuple[int, int, bool]] = []
    gap = True
    for p_start, p_end in paragraph_spans(text):
        for start, end in _spans(text[p_start:p_end], p_start):
            span = text[start:end]
            if end - start > max_chars or is_heading(span) or len(words(span)) < 3:
                gap = True
                continue
            out.append((start, end, gap))
            gap = False
    return out


def _quotations(text: str, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool, bool]]:
    """Spans with a quotation that runs on joined to the sentences that close it, within its
    paragraph; the last flag marks a quotation that never closes there (a fragment)."""
    out: list[tuple[int, int, bool, bool]] = []
    i = 0
    while i < len(spans):
        start, end, gap = spans[i]
        j = i
        while open_quotes(text[start:end]) and j + 1 < len(spans) and not spans[j + 1][2] and j - i < 3:
            if "\n" in text[end : spans[j + 1][0]]:
                break
            j += 1
            end = spans[j][1]
        out.append((start, end, gap, bool(open_quotes(text[start:end]))))
        i = j + 1
        # A quotation longer than a unit runs on past it, within its paragraph: the sentences up to
        # the one that closes it are the speaker's words too, cut from inside it ("... In a lot of
        # ways, the book feels like his most intensely personal work yet. ...", a review's blurb).
        # A mark that never closes there (an inch mark, a slip) leaves the paragraph as it is.
        closing = _closing(text, start, spans, i) if open_quotes(text[start:end]) else i
        if _SPOKEN_AFTER_COLON.search(ANY_QUOTED.sub(" ", text[start:end])):
            closing = _paragraph_end(text, spans, i)
        out.extend((*span, True) for span in spans[i:closing])
        i = closing
    return out


def _in_paragraph(text: str, spans: list[tuple[int, int, bool]], i: int) -> Iterator[int]:
    """The indices from ``i`` of the spans that share the paragraph of the span before ``i``."""
    end = spans[i - 1][1]
    for j in range(i, len(spans)):
        if spans[j][2] or "\n" in text[end : spans[j][0]]:
            return
        end = spans[j][1]
        yield j


def _paragraph_end(text: str, spans: list[tuple[int, int, bool]], i: int) -> int:
    """Past the last span in ``spans`` from ``i`` that shares the paragraph of the span before it."""
    return max((j + 1 for j in _in_paragraph(text, spans, i)), default=i)


def _closing(text: str, start: int, spans: list[tuple[int, int, bool]], i: int) -> int:
    """Past the span in ``spans`` that closes the quotation open since ``start``, within its
    paragraph; ``i`` (nothing to take) where none does."""
    return next((j + 1 for j in _in_paragraph(text, spans, i) if not open_quotes(text[start : spans[j][1]])), i)


def segment(article: Article, index: int, *, max_chars: int = 1200, max_unit_words: int = 70) -> list[Sentence]:
    """The article's printable units in order, with offsets into ``article.text``; headings and
    over-long runs (lists, debris) are left out. A sentence that leans on the one before it is
    given together with it (up to three sentences), or not at all."""
    text = article.text
    out: list[Sentence] = []
    standing: tuple[int, int] | None = None  # where the unit the next sentence may lean on starts, and its length
    surnames = shared_surnames(text)
    # shown on the page, or taken back by an update above it: not reported
    shown = shown_regions(text)
    analysed = analysed_regions(text)
    listed = listed_regions(text)  # a factbox's entries
    own_blurb = _blurb(article.outlet)
    trailing = False  # the sentence before ended in an ellipsis: this one goes on from it
    before = -1  # where the sentence before this one ends
    for position, (start, end, gap, fragment) in enumerate(_quotations(text, _base_spans(text, max_chars))):
        if COMPLETES_DEED.match(text, start):
            out = _halves(out, before)
        before = end
        goes_on, trailing = trailing and not gap, text[start:end].rstrip("\"”’' ").endswith(_ELLIPSES)
        if not goes_on and not leans_back(text[start:end], surnames):
            standing = (start, 1)
        elif gap or standing is None or standing[1] >= _MAX_JOINED or (
            len(words(text[standing[0] : end])) > max_unit_words
        ):
            standing = None
        else:
            standing = (standing[0], standing[1] + 1)
        bare = is_bare_quotation(text[start:end])
        if standing is not None and bare and not named_speaker(text[standing[0] : end]):
            standing = None  # a quotation whose speaker the sentences before it do not name
        if standing is None:
            continue
        if bare and out and out[-1].start == standing[0] and QUOTE_OPEN.search(out[-1].text):
            # The speaker's sentence before a quotation that runs on is only part of what they said.
            out[-1] = replace(out[-1], kind="fragment")
        made = sentence(index, text, standing[0], end, position)
        # A page's teaser cut mid-sentence, or a text that ends inside a parenthesis ("Raskin (D-Md.")
        # or begins inside one ("... says Chernow, but the plot failed.)").
        cut = made.text.rstrip("\"”’' ").endswith(_ELLIPSES) or made.text.count("(") != made.text.count(")")
        cut = cut or bool(_SUBJECTLESS.match(made.text)) or _list_item(text, standing[0])
        captioned = standing[0] < start and is_aside(text[start:end])
        if _overlaps(start, end, shown) or _CREDIT.match(text, end) or _PUBLISHED_STAMP.match(text, end) or captioned:
            # a post, a gallery caption, a caption its photo credit follows, or one that points back
            # to its own heading ("... at the site. This August 2012 photo shows ...")
            made = replace(made, kind="aside")
        elif own_blurb is not None and own_blurb.match(made.text):
            made = replace(made, kind="aside")
        elif _overlaps(start, end, analysed) or (standing[0] < start and _writers_reading(made, text[start:end])):
            made = replace(made, kind="opinion")
        elif _overlaps(start, end, listed):
            made = replace(made, kind="aside")
        out.append(replace(made, kind="fragment") if fragment or cut else made)
        if made.kind == "aside" and standing[1] == 1:
            standing = None  # an aside ("(We all know ...)") is no antecedent for the sentence after it
    return _from_dateline(_as_told(out))


def _writers_reading(unit: Sentence, last: str) -> bool:
    """Whether a unit of sentences that lean on each other reports, then ends on the writer's reading
    of it ("The report showed claims rose by 51,000 ... Still, the number likely does not suggest a
    material shift ..."): the report's attribution does not make the guess anyone's but theirs."""
    return unit.kind == "fact" and classify(last) == "opinion"


def _as_told(units: list[Sentence]) -> list[Sentence]:
    """The units, as the writer's own account where most of them speak as "I" outside quotation
    marks: a celebrity's essay ("One day, a co-worker was admiring a pink blouse ...") tells what
    they say happened, and printed as a report it loses its teller."""
    told = sum(1 for u in units if _WRITER_AS_I.search(ANY_QUOTED.sub(" ", u.text)))
    if len(units) < _ESSAY_UNITS or told < _ESSAY_SHARE * len(units):
        return units
    return [replace(u, kind="opinion") if u.kind in ("fact", "quote") else u for u in units]


def _halves(units: list[Sentence], end: int) -> list[Sentence]:
    """The units with those ending where the next sentence tells the rest of their deed as fragments:
    printed, they would tell half of what happened as the whole of it."""
    return [replace(u, kind="fragment") if u.end == end and u.kind != "aside" else u for u in units]


def _from_dateline(units: list[Sentence]) -> list[Sentence]:
    """The units with those above the story's dateline ("WASHINGTON -- Jamestown's colonists ...")
    as page furniture: a video's blurb, a dek, a caption and a page's "Story Highlights" stand above
    where the wire story begins, and none of them is its first sentence."""
    story = next((u.start for u in units[:_DATELINE_WITHIN] if opens_on_dateline(u.text)), 0)
    return [replace(u, kind="aside") if u.end <= story else u for u in units]


# What ends one of a list's items before this one: "12 percent on transfers to siblings; and".
_ITEM_BEFORE = re.compile(r";(?:\s+(?:and|or))?\s*$")


def _list_item(text: str, start: int) -> bool:
    """Whether the unit at ``start`` is the last item of a list whose other items come before it
    ("15 percent on transfers to other heirs, ..." after "12 percent on transfers to siblings; and"):
    alone, it reads as the whole of what the list says."""
    return bool(_ITEM_BEFORE.search(text, max(0, start - 20), start))


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < span_end and span_start < end for span_start, span_end in spans)


@lru_cache(maxsize=1024)
def _blurb(outlet: str) -> re.Pattern[str] | None:
    """How the outlet's own blurb opens, telling what it does ("AllSides reveals media bias and
    ...", "Trulia gives home buyers ..."): its name and a verb. Such a sentence is not the story."""
    name = re.match(r"\s*(?:The\s+)?([A-Z][\w’'-]+)", outlet)
    return re.compile(rf"{re.escape(name.group(1))}\s+(?:[a-z]+s)\b") if name else None


def segment_all(articles: Sequence[Article], *, max_chars: int = 1200) -> list[list[Sentence]]:
    return [segment(article, i, max_chars=max_chars) for i, article in enumerate(articles)]
