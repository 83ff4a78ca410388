"""Split cleaned text into sentences and units that stand alone, and tell reported facts from
quotes, opinion, background, captions and asides."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from .. import lexicon
from ..model import Article, Sentence, SentenceKind
from .features import content_stems, dates_in, entities_in, numbers_in, words

# A quotation of some length, from its opening mark to its closing one (never from a closing mark
# to the next opening one: the words between two quotations are the writer's).
_QUOTED = re.compile(r"“[^“”]{12,}”|\"[^\"“”]{12,}\"|«[^«»]{12,}»")
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|nowhere|neither|nor|without|cannot)\b|n't\b", re.I)
_FIRST_PERSON = re.compile(r"^\s*(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|My|We|We're|We’re|Our)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b")
_HEADINGISH = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_BOUNDARY = re.compile(r"([.!?…]+[\"'”’)\]]*)(?=\s+[\"'“‘(\[]?[A-Z0-9])")
# "... 33.The ..." or "... said.”The": a boundary that lost its space in extraction.
_GLUED = re.compile(r"(?<=[a-z0-9]{2})([.!?]+[\"”’]?)(?=[A-Z][a-z]|[\"“][A-Z])")
_ANY_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
# "In the past two weeks, cases have dropped ...": the news of the last days, not history.
_RECENT_PERIOD = re.compile(
    r" in the past (?:(?:\d+|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?"
    r"(?:hours?|days?|weeks?|months?|year)\b"
)
# A sentence that points back to the one before it: a pronoun or "this/these/such" subject, a
# contrast or consequence ("But", "However", "In exchange"), "also", "the move", "other ...".
_LEANS_BACK = re.compile(
    r"^[\"“‘']?(?:(?:He|She|They|Them|His|Her|Its|Their|These|Those|Such|Also|But|However|Yet|Still|Instead|"
    r"Nevertheless|Nonetheless|Thus|Hence|Therefore|Then|So(?! far)|And|Or|Besides|Likewise|Similarly|Otherwise|"
    r"Even so|Alternately|Alternatively|Then again|As if|"
    r"In exchange|In return|In response|In turn|As a result|By contrast|In contrast|By comparison|In comparison|"
    r"On the other hand|"
    r"At the same time|Earlier|Later|Afterwards|Another|Other|Others|Neither|Either|"
    # "The former said", not "The former US first lady said"
    r"The (?:latter|former)(?=\s*[,;:]|\s+(?:is|was|are|were|has|had|have|said|says|told|added|did|does|will|"
    r"would|can|could)\b)|"
    r"The same|The two|The other|The move|The decision|The announcement|The remarks|The comments|"
    r"The statement|The incident|The development|The measure|The step|The plan|The deal|The news|The update|"
    r"The report|The findings|The study|The revelation|The disclosure|The discovery|The admission|"
    r"For example|For instance|In particular|Specifically|That said|Plus|Me,? too|Among other things|"
    r"The answer|The question|The message|The margin of error|"
    r"Even then|By then|Until then|Since then|After that|Before that|At the time(?=,)|For that|For one(?=,)|"
    r"Take,? for example|(?:Call|Chalk) (?:that|it|this))\b"
    r"|The(?:\s+[\w’'-]+){0,2}\s+(?:figure|number|total|tally|caveats?|findings|move|decision|remarks|comments|"
    r"claims?|allegations?|proposal|measure|episode|incident|development|poll|survey|tweet|post|memo|"
    r"highlights?|attempt|effort|invitation|list|chambers|pair|couple|duo|trio|request|documents?|gathering|"
    r"remark|process|information|lawyer|letter|ruling|smoke|method|pledge|vow|"
    # what the sentence before told, named as a thing: "The nomination puts Mr Perry in charge ..."
    r"nomination|controversy|appointment|resignation|shakeup|shake-up|ouster|verdict|indictment|authorization|"
    r"approval(?!\s+(?:rating|process)))s?\b"
    # more of what the sentence before counted: "Fifty more joined ...", "Two more people died"
    r"|(?:\d[\d,]*|A few|Several|Many|Dozens|Hundreds|Thousands|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
    r"Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|A hundred)\s+more\s+(?![^.,;]*\bthan\b)"
    # a quantity of people the sentence before named: "Many fired in the air, celebrating the truce."
    r"|(?:Many|Some|Most|Several|Few)\s+(?:[a-z]+ed|were|are|have|had|say|said)\b"
    r"|It\b(?!\s+(?:is|was|has been|had been|remains|remained)\s+(?:not\s+)?(?:yet\s+)?(?:immediately\s+)?"
    r"(?:clear|unclear|known|unknown|believed|expected|understood|likely|unlikely|possible|reported|thought|"
    r"estimated|the first time)\b)"
    r"|(?:This|That)\b(?!\s+(?:week|year|month|morning|afternoon|evening|weekend|spring|summer|autumn|fall|"
    r"winter|season)\b)"
    r"|Both\s+[a-z]|(?:Yes|No|Well|Indeed|There),"
    # a time told from the sentence before: "Two years later,", "Moments later,"
    r"|(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A few|Several|\d+)\s+"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|moments?|seconds?)\s+later\b"
    r"|(?:Moments|Minutes|Hours|Seconds)\s+later\b"
    # a share of a group the sentence before named: "Twenty-two percent predicted ...", "Among that group,"
    r"|(?:\d+(?:\.\d+)?|[A-Z][a-z]+(?:[ -][a-z]+)?)\s*(?:%|percent|per cent)\s+"
    r"(?:[a-z]+(?:ed|s)|said|say|think|thought|want|believe|back|favou?r|oppose|support)\b"
    r"|Among (?:that|this|these|those|them)\b"
    # a share of a change the sentence before told: "A third of the increase was ..."
    r"|(?:A|One|Two|Three) (?:half|third|quarter|fifth|tenth)s? of (?:the|that|this) (?:increase|rise|gain|drop|"
    r"decline|fall|jump|growth|total|sum|amount)\b"
    # a time told from an event the sentence before named: "Shortly after the probe,"
    r"|(?:Shortly|Soon|Just|Minutes|Hours|Days|Weeks|Months)\s+(?:after|before)\s+(?:the|that|this)\s+[a-z]+,)"
)
_LEANS_LATER = re.compile(
    r"^(?:\S+\s+){0,7}also\b"
    # "also" at the end: "... noted that others wrote letters as well.", "..., too."
    r"|\b(?:as well|,\s*too)[.!?]?$"
    # "In them, Sandusky expressed little sympathy ...": the letters the sentence before named
    r"|^(?:In|On|At|By|Through|Under|Within) (?:them|it)\b"
    # the rest of a statement the sentence before began: "Jones went on to say that ..."
    r"|^(?:\S+\s+){0,4}went on to (?:say|add|explain|note|write|claim|describe)\b"
    # an answer to what the sentence before reported: "denied the claim", "disputed the report"
    r"|^(?!(?:Though|Although|While|Despite|Even though)\b)(?:\S+\s+){0,5}"
    r"(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|disputed|disputes|confirmed|confirms)\s+"
    r"(?:the|that|this|these|those|such)\s+(?:claims?|allegations?|reports?|accusations?|charges?|account)\b"

    r"|^(?:\S+\s+){1,3}(?:those|these|such(?!\s+as\b))\s"
    r"|\bwhat\s+(?:\w+\s+)?(?:this|that|it)\s+(?:means|meant|would|will|could)\b"
    r"|^(?:\S+\s+){0,3}(?i:of|for|to|with|from|about|after|despite) "
    r"(?:them|that|this|it|those|these)\b"
    r"(?!\s+(?:day|week|year|month|morning|afternoon|evening|weekend|time)\b)"
    r"|^[A-Z][^,\"“]{0,60},\s(?:he|she|they|it|this|these|that['’]s)\s"
    r"|\b(?:[Tt]he|[Tt]hose|[Tt]hese)\s+(?:officials?|sources?|person|people|spokes(?:man|woman|person)|aide|diplomat)s?"
    r"\s+(?:said|says|told|added|say)\b"
    # "In that tweet", "At this point": the tweet or point is the one the sentence before named.
    r"|^(?:(?:In|On|At|By|Under|During|Since|Until) (?:this|these)|(?:\S+\s+){0,3}(?:[Ii]n|[Oo]n|[Aa]t|[Bb]y|"
    r"[Uu]nder|[Dd]uring|[Ss]ince|[Uu]ntil) (?:that|those))\b(?!\s+(?:week|year|month|morning|afternoon|evening|"
    r"weekend|spring|summer|autumn|fall|winter|season)\b)"
    # "... was referring to", "many think so", "zero evidence for this": an answer to what came before.
    r"|^In [A-Z][\w’'-]*(?:’s|'s) case\b"
    # "According to the survey, ...": which survey, the sentence before said.
    r"|^According to (?:the|this|that) (?:survey|poll|study|report|data|figures|statement|letter|memo|document|"
    r"filing|complaint|lawsuit|indictment|ruling)\b"
    # "..., she says in the documentary": the documentary the sentence before introduced.
    r"|\b(?:says|said|writes|wrote|tells|told \w+) in the (?:documentary|film|interview|video|clip|book|podcast)\b"
    r"|\b(?:was|were|is|are) referring to\b|\b(?:think|thinks|thought|believe|believes|hope|hopes) so\b"
    r"|\b(?:for|of|about|to|with) (?:this|that|it)[.!?]?$"
    # "not happy with this,", "made this inevitable", "with this tweet", "the other two cities": what
    # "this" is, or which others, the sentence before said.
    r"|\bthis[,;:]|\b(?:made|makes|make) (?:this|that) [a-z]+[.!?]?$"
    r"|\b(?:with|in|by) this (?:tweet|post|statement|message|photo|video|note|letter|caption)\b"
    r"|\bthe other (?:two|three|four|five|six|\d+)\b"
    # "A similar claim", "just such a fossil": similar to what, the sentence before said.
    r"|^(?:A |The )?[Ss]imilar\b|\bjust such\b"
    # "have denied these claims": which claims, the sentence before said.
    r"|\b(?:these|those|such) (?:claims?|allegations?|reports?|accusations?|charges|rumou?rs|suggestions?|"
    r"remarks|comments|concerns|fears|criticisms?)\b"
)
# A pronoun as the speaker ('"...," he said'): it leans back unless a name comes before it.
_CLOSERS = "|".join(lexicon.QUOTE_CLOSERS)
_PRONOUN_SPEAKER = re.compile(r"\b(?:he|she|they)\s+(?:" + _CLOSERS + r")\b")
# Capitalised words that name nobody; words that may follow "3 p.m." inside a sentence.
_NOT_NAMES = lexicon.NOT_NAMES
_CLOCK_FOLLOWERS = lexicon.DATE_WORDS | lexicon.TIME_ZONES
_QUOTE_OPEN = re.compile(r"[\"“]")
_POST_SIGNATURE = re.compile(r"(?:—|–|--|\s-)\s*[^\n()—–]{1,60}\(@\w{1,30}\)")
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?([A-Z][a-z]+)\b")
# A sentence that opens on one capitalised word and goes on in lower case: "Meadows outlined ..."
_OPENING_NAME = re.compile(r"((?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?([A-Z][a-z]+)(?:['’]s)?\s+[a-z]")
# A capitalised word inside a sentence, with the word before it: a name used alone has no other
# capitalised word beside it (but a courtesy title may stand before it: "Mr. Musk").
_INNER_CAPITAL = re.compile(r"(?:(\S+)\s+)([A-Z][a-z]+)(?:['’]s)?\b(?!\s+[A-Z])")
# After these a capitalised word is a place or a thing ("in Oroville", "the Olympics"), not a person.
_PLACE_OR_THING = frozenset("the in at near from into across outside inside throughout around".split())
_COURTESY = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?$")
_SURNAME_SPEAKER = re.compile(
    r"(\S+\s+)?\b([A-Z][a-z]+)\s+(?:" + _CLOSERS + r")\b|\b(?:said|says|added)\s+([A-Z][a-z]+)[.,]"
)
# A clock time as a live report stamps its updates: "9:05 a.m.", "905 a.m.".
_CLOCK_TIME = r"\d{1,2}:?\d{2}\s*[ap]\.?m\b"
_ASIDE = re.compile(
    # a photo credit "(AP Photo/Jo Reyes)", not a wire dateline "MADRID (AP) — ..." opening a report
    r"\bfile (?:photo|image|picture)\b|\((?:AP|AFP|Reuters|Getty|EPA|Xinhua)\b[^)]*\)(?!\s*[—–-])|"
    r"\b(?:photo|image|picture)s? (?:by|courtesy|credit)\b|\b(?:photo|image) credit\b|\bCORRECTS\b|"
    r"^(?:correction|clarification|editor'?s note|editors’ note|update|updated)\s*[:.-]"
    r"(?!\s*" + _CLOCK_TIME + r")|"  # but not a timed update (_TIMED_UPDATE)
    r"\b(?:this|the) (?:story|article|report|post) (?:has been|was|is being) (?:updated|corrected|amended)\b|"
    r"\ban earlier version of this\b|^\[|\]$|^\(.*\)[.!?]?$|\bpro tip\b|"
    # a live blog's time stamp ("10:45 AM PT: ...") and a related-story link ("... MORE")
    r"^\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[:—–-]|\bMORE\b(?=[\s.]*$)|"
    r"^(?:reporting|writing|editing|additional reporting|compiled) by\b|"
    # a film's or a book's credits: "Written by ..., based on the novel by ..."
    r"^(?:written|directed|produced|screenplay|story|based on the (?:novel|book|play)) by\b|^starring\b|"
    r"\bpresents? an? (?:film|movie|production) (?:directed |written |produced )?by\b|"
    # credit lines and page furniture: "Name/AP", "via Getty Images", "Photo | Credit", a video player
    r"/(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg|Xinhua|Sipa|Shutterstock)\b|\bGetty Images\b|\s\|\s|"
    r"^(?:a|this|the) (?:photo|picture|image|file photo|video|screenshot|still) (?:of|shows|from)\b|"
    # a headline and byline run into the story: "... in protest By Jane Roe - Tweet Jon ..."
    r"\bBy [A-Z][a-z]+ [A-Z][a-z]+ [-–—] |\b(?:Tweet|Share) (?:View Comments|Email|Share)\b|"
    # a video's furniture: its length "(2:04)", its embed title "... from Jo Reyes on Vimeo.", "Watch the video below"
    r"\(\d{1,2}:\d{2}\)[.!?]?$|\bon (?:Vimeo|YouTube)[.!?]?$|"
    r"\b(?:watch|see) the (?:full )?(?:video|clip) (?:below|above)\b|"
    # a photo's placing of people ("Joey Wilson, left, rings up ...", "(L-R)") and a link's invitation
    r",\s(?:left|right|center|centre),\s|\((?:left|right|center|centre|L-R|R-L|second from (?:left|right))\)|"
    r"^(?:find|click|read|learn|get) (?:out )?(?:more|the full)\b.*\bhere[.!]?$|"
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
# A photo's credit standing alone after its caption: "(AP Photo/Jo Reyes)", "(Veld Festival/VTV)".
_CREDIT = re.compile(r"[ \t]*\([^()\n]{2,60}/[^()\n]{2,60}\)")
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
    r"Regardless|Apparently|What's unclear|What’s unclear|The (?:bad|good) news|It(?:'s|’s| is) a good thing)\b"
)
# A site's card of links run into a sentence after a name: the name again, glued to the first
# headline, up to "MORE" ("Sen. Orrin Hatch Orrin Grant HatchAppeals court nominees ... MORE (R-Utah)").
_LINK_CARD = re.compile(r"\b[A-Z]\w*[a-z](?:[A-Z][a-z][\w'’]*\b.{0,400}?\s)?MORE\b")
# The heading of a correspondent's analysis inside a report: "Analysis: Cindy Sui, BBC News, Taipei".
_ANALYSIS_HEADING = re.compile(r"^Analysis\s*[:|–—-]\s*[A-Z][^.!?\n]{0,80}$")
# The heading over a piece's first version, kept below its update: "Original post:".
_SUPERSEDED_HEADING = re.compile(r"^(?:original (?:post|story|article|report)|earlier version)\s*:?$", re.I)
# How a text cut short ends: "...", "…", or a typesetter's ". . .".
_ELLIPSES = ("...", "…", ". . .")
# The end of a gallery caption: cut short, then its credit ("... in Taipei,... (Associated Press)").
_CUT_CAPTION = re.compile(r"(?:\.\.\.|…)\s*\([A-Z][^()\n]{1,40}\)\s*$")
# A sentence that opens on its verb has lost its subject ("was arrested in Maine yesterday ...").
_SUBJECTLESS = re.compile(r"^(?:was|were|is|are|has|have|had|will|would|said|says|did|does)\b")
_PLAYER = re.compile(r"^(?:CLOSE|WATCH|VIDEO|PHOTOS?|LISTEN|RELATED|ADVERTISEMENT|SKIP|GALLERY|Tweet|Share)\b")
# "Details: ...", "Why it matters: ...": a rubric of one to four words, not a speaker ("Putin told reporters:").
_LABEL = re.compile(r"^([A-Z][A-Za-z’']*(?: [A-Za-z’']+){0,3}):\s")
# A live report's timed update, which is news: "UPDATE: 9:05 a.m. - Police report the teen was found".
_TIMED_UPDATE = re.compile(r"^updated?\s*:?\s*" + _CLOCK_TIME, re.I)
# An older piece run again: "ORIGINALLY PUBLISHED JANUARY 2021: ...", its news of that day.
_REPUBLISHED = re.compile(r"^(?:originally |first )?published\b[^:\n]{0,40}:\s", re.I)
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
# Someone speaks or claims: the verbs the brief reads attributions and speakers by.
SPEECH = re.compile(r"\b(?:" + "|".join(lexicon.SPEECH_VERBS) + r")\b")
# The writer's own voice; "I" is not a party label "(I-Vt.)", an initial "I. Lewis" or "World War I".
_REPORTER = re.compile(
    r"(?<!\()(?<!War )\bI\b(?![-–.])|\b(?:I'm|I’m|I've|I’ve|I'd|I’d|me|my|myself|we|us|our|ours)\b"
)
_MAX_JOINED = 3  # sentences in one unit


def is_negated(text: str) -> bool:
    unquoted = _QUOTED.sub(" ", text)
    return bool(_NEGATION.search(unquoted))


def classify(text: str) -> SentenceKind:
    """Quote, opinion, background or reported fact, from surface cues a reader would use."""
    if is_aside(text):
        return "aside"
    lowered = f" {text.lower()} "
    unquoted = _QUOTED.sub(" ", lowered)
    if any(cue in unquoted for cue in lexicon.STANCE_CUES):
        return "opinion"
    quoted = sum(len(m.group(0)) - 2 for m in _QUOTED.finditer(text))
    if text.lstrip().startswith(("\"", "“", "‘", "'")) or quoted > 0.45 * len(text):
        return "quote"
    # A question, on its own or answered in the next sentence, is the writer's device, not a report.
    if re.search(r"\?(?:\s|$)", _ANY_QUOTED.sub(" ", text)) or any(cue in unquoted for cue in lexicon.OPINION_CUES):
        return "opinion"
    if _SECOND_PERSON.search(unquoted) or _FIRST_PERSON.match(text):
        # Addressing the reader, or opening in the first person outside quotation marks, is
        # advice, argument or a quote running on from another sentence, never a report.
        return "opinion"
    if _REPORTER.search(_ANY_QUOTED.sub(" ", text)):
        return "aside"  # the reporter's own remark ("when I passed through ...")
    if any(cue in unquoted for cue in lexicon.ANALYSIS_CUES):
        return "opinion"  # the outlet's reading of events, not an event
    if _SPECULATION.search(unquoted) and not SPEECH.search(unquoted):
        return "opinion"  # what could happen, in the outlet's own voice
    if re.match(r"(?:If|Unless|Had|Were)\b", text.lstrip()):
        return "opinion"  # a condition: what would follow, not what happened
    if _TO_THE_READER.match(text.lstrip()):
        return "opinion"  # the writer talking to the reader, or guessing
    if re.search(r"\b(?:one thing|the following|as follows)\s*[.:]?\s*$", unquoted.rstrip()):
        return "opinion"  # a teaser: what it promises comes after it
    if any(cue in _RECENT_PERIOD.sub(" ", unquoted) for cue in lexicon.BACKGROUND_CUES):
        return "background"
    return "fact"


def is_aside(text: str) -> bool:
    """A caption, correction, editor's note, credit line, bracketed aside, video-player text or
    "Label:" rubric: page furniture and notes about the piece, never a report."""
    stripped = text.strip()
    label = _LABEL.match(stripped)
    if label and not SPEECH.search(label.group(1)) and not _TIMED_UPDATE.match(stripped):
        return True
    return bool(
        _ASIDE.search(stripped) or _PLAYER.match(stripped) or _CAPTION.search(stripped) or _TOPIC_ANSWER.match(stripped)
        or _LINK_CARD.search(stripped) or _REPUBLISHED.match(stripped)
    )


def leans_back(text: str, shared_surnames: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence cannot stand alone: it points back to the one before it.
    ``shared_surnames``: surnames the article gives two people ("Anthony Kennedy", "John
    Kennedy"), so that a quotation ending "Kennedy added" cannot say which of them spoke."""
    unquoted = _ANY_QUOTED.sub(" ", text)
    if is_bare_quotation(text):
        return True  # its speaker is named in the sentence before
    later = bool(_LEANS_LATER.search(unquoted.lstrip())) or _pronoun_speaker(unquoted)
    if text.lstrip()[:1] in "\"“":
        # A quotation that names its speaker reads as theirs, whatever its first word points to.
        return later or not named_speaker(text) or _surname_speaker(unquoted, shared_surnames)
    quoting = bool(_QUOTE_OPEN.search(text))
    return later or bool(_LEANS_BACK.match(text.lstrip())) or (quoting and _surname_speaker(unquoted, shared_surnames))


def _surname_speaker(unquoted: str, shared: frozenset[str]) -> bool:
    """'..., Kennedy added', where the article has two Kennedys: which one spoke is not said."""
    for match in _SURNAME_SPEAKER.finditer(unquoted):
        before, name = match.group(1) or "", match.group(2) or match.group(3)
        if name in shared and (not before[:1].isupper() or before.rstrip().endswith((",", '"', "”"))):
            return True
    return False


def _tagged_quote(paragraph: str, end: int) -> bool:
    """Whether the quotation closing at ``end`` is followed by its speaker tag and nothing else."""
    if paragraph[end - 2] in "?!":
        return bool(_SPEAKER_TAG.match(paragraph, end))
    return paragraph[end - 2] == "." and bool(_BARE_SPEAKER_TAG.match(paragraph, end))


def opening_surname(text: str, start: int, printed: str) -> str:
    """The surname a sentence opens on ("Meadows outlined the talks") where its article gave the
    full name before it ("Mark Meadows"): who that is, the sentence alone does not say. "" where it
    opens otherwise."""
    match = _OPENING_NAME.match(printed)
    if not match or match.group(2).lower() in _NOT_NAMES:
        return ""
    name = match.group(2)
    return name if _introduced_before(text, len(text) if match.group(1) else start, name) else ""


def bare_surnames(text: str, start: int, printed: str) -> tuple[str, ...]:
    """Every surname the sentence uses alone, at its opening or later ("..., Musk wrote", "a taser
    on Anwar"), where its article gave the full name in a sentence before it: a reader of the
    sentence alone does not know who that is. A name the sentence itself gives in full is known."""
    found = [opening_surname(text, start, printed)]
    for match in _INNER_CAPITAL.finditer(printed):
        before, name = match.groups()
        titled = bool(_COURTESY.match(before))
        alone = not before[:1].isupper() or titled or before.endswith((",", '"', "”"))
        person = before.lower() not in _PLACE_OR_THING and name.lower() not in _NOT_NAMES
        if alone and person and _introduced_before(text, len(text) if titled else start, name):
            found.append(name)
    # "Ms Aylward" is no full name: the courtesy title says nothing of who she is.
    given = {m.group(2) for m in _FULL_NAME.finditer(printed) if not _COURTESY.match(m.group(1))}
    return tuple(dict.fromkeys(n for n in found if n and n not in given))


def _introduced_before(text: str, start: int, name: str) -> bool:
    if re.search(rf"\b{name.lower()}\b", text):
        return False  # a common word ("Health officials said"): a surname is not written in lower case
    return any(_person(text, m) for m in _FULL_NAME.finditer(text, 0, start) if m.group(2) == name)


def _person(text: str, match: re.Match[str]) -> bool:
    """Whether a capitalised pair gives a person's full name, which the surname alone later leans
    on: not part of a body's name ("Department of Public Health", "the New York Times"), nor a name
    after a capitalised title ("Vice President Mike Pence"), whom readers know by the surname."""
    before = text[max(0, match.start() - 30) : match.start()]
    part_of = re.search(r"(?:\b(?:of|the|The)|[A-Z][a-z]+)\s+$", before)
    return match.group(1).lower() not in _NOT_NAMES and not part_of


def shared_surnames(text: str) -> frozenset[str]:
    """The surnames the text gives to two or more people ("Anthony Kennedy" and "John Kennedy")."""
    firsts: dict[str, set[str]] = {}
    for first, last in _FULL_NAME.findall(text):
        if first.lower() not in _NOT_NAMES:
            firsts.setdefault(last, set()).add(first)
    return frozenset(last for last, names in firsts.items() if len(names) > 1)


def _pronoun_speaker(unquoted: str) -> bool:
    match = _PRONOUN_SPEAKER.search(unquoted)
    if match is None:
        return False
    before = unquoted[: match.start()]
    first = re.match(r"\s*([A-Z][a-z]+)\b", before)
    # "Trump erred when he said": a sentence's first word is a name unless it is a common word
    # ("Speaking on Monday, he said") or a day.
    word = first.group(1) if first else ""
    common = not word or word.lower() in _NOT_NAMES or word.endswith(("ing", "ed", "ly"))
    return common and not entities_in(before)


def named_speaker(text: str) -> bool:
    """Whether, outside its quotation marks, the text names who speaks: an attribution verb
    and a capitalised name ("..., Peskov said"; "Putin told reporters ...")."""
    unquoted = _ANY_QUOTED.sub(" ", text)
    return bool(SPEECH.search(unquoted)) and bool(entities_in(unquoted))


def count_sentences(text: str) -> int:
    return len(sentences_of(text))


def sentences_of(text: str) -> list[str]:
    """The sentences of a unit, its line breaks read as spaces."""
    flat = " ".join(text.split())
    return [flat[start:end] for start, end in _spans(flat, 0)]


def open_quotes(text: str) -> int:
    """How many quotations the text opens without closing (curly or straight marks)."""
    return max(text.count("“") - text.count("”"), 0) + text.count('"') % 2


def _spans(paragraph: str, offset: int) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph: a boundary is terminal punctuation (and closing quotes)
    before a space and a capital, digit or opening quote, unless the word it ends is an
    abbreviation or an initial."""
    spans: list[tuple[int, int]] = []
    start = 0
    ends = {m.end(1): m.start(1) for m in _BOUNDARY.finditer(paragraph)}
    glued = {_glued_end(paragraph, m): m.start(1) for m in _GLUED.finditer(paragraph)}
    for end in sorted(ends.keys() | glued.keys()):
        if end in ends and paragraph[end - 1] == "." and _abbreviation(paragraph, ends[end], paragraph[end:]):
            continue
        if paragraph[end - 1] == "!" and _exclaimed_name(paragraph[: ends.get(end, end - 1)]):
            continue
        if paragraph[end - 1] in "\"”" and _tagged_quote(paragraph, end):
            continue  # '"Why would he hide it?" two leaders said in a statement.': one sentence
        piece = paragraph[start:end].strip()
        if piece:
            first = start + paragraph[start:end].index(piece[0])
            spans.append((offset + first, offset + first + len(piece)))
        start = end
    piece = paragraph[start:].strip()
    if piece:
        first = start + paragraph[start:].index(piece[0])
        spans.append((offset + first, offset + first + len(piece)))
    return spans


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
    word = re.search(r"([\w.’'-]+)$", text[:dot])
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
    return token.lower().rstrip(".") in lexicon.ABBREVIATIONS or last.lower() in lexicon.ABBREVIATIONS


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        spans.append((match.start(), match.end()))
    return spans


def sentence(article: int, text: str, start: int, end: int, position: int) -> Sentence:
    span = text[start:end]
    return Sentence(
        article=article, start=start, end=end, text=span, position=position,
        kind=classify(span), numbers=numbers_in(span), dates=dates_in(span), entities=entities_in(span),
        content=content_stems(span), negated=is_negated(span),
    )


def is_heading(text: str) -> bool:
    return not _HEADINGISH.search(text)


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
    return out


def _embedded_posts(text: str) -> list[tuple[int, int]]:
    """Where the page embeds a social-media post: from the start of its line to its signature
    ("... — Ada Okafor (@adaokafor) May 3, 2024"). The post is shown, not reported: its
    sentences have no speaker of their own, and the article reports what matters in its own words."""
    return [(text.rfind("\n", 0, m.start()) + 1, m.end()) for m in _POST_SIGNATURE.finditer(text)]


def _analysis_boxes(text: str) -> list[tuple[int, int]]:
    """Where a report sets a correspondent's analysis under its own heading ("Analysis: Cindy Sui,
    BBC News, Taipei"): from the heading to the next heading or the end. What is said there is
    their reading of events ("The victory marks a defeat for China"), not the report's news."""
    boxes: list[tuple[int, int]] = []
    start: int | None = None
    for begin, end in paragraph_spans(text):
        paragraph = text[begin:end].strip()
        if not paragraph:
            continue
        if _ANALYSIS_HEADING.match(paragraph):
            start = end if start is None else start
        elif start is not None and is_heading(paragraph):
            boxes.append((start, begin))
            start = None
    return boxes + ([(start, len(text))] if start is not None else [])


def _superseded(text: str) -> list[tuple[int, int]]:
    """A piece's first version that an update above it replaced, from its heading ("Original
    post:") to the end: what it says ("Carbonite does not endorse the opinions of the shows")
    may be what the update took back."""
    for begin, end in paragraph_spans(text):
        if _SUPERSEDED_HEADING.match(text[begin:end].strip()):
            return [(end, len(text))]
    return []


def _captions(text: str) -> list[tuple[int, int]]:
    """Paragraphs a page's photo gallery left in the text: each cut short and credited ("...
    Sandusky was sentenced... (Associated Press)"). A caption describes a picture, not the news."""
    return [
        (start, end) for start, end in paragraph_spans(text) if _CUT_CAPTION.search(text, start, end)
    ]


def segment(article: Article, index: int, *, max_chars: int = 1200, max_unit_words: int = 70) -> list[Sentence]:
    """The article's printable units in order, with offsets into ``article.text``; headings and
    over-long runs (lists, debris) are left out. A sentence that leans on the one before it is
    given together with it (up to three sentences), or not at all."""
    text = article.text
    out: list[Sentence] = []
    standing: tuple[int, int] | None = None  # where the unit the next sentence may lean on starts, and its length
    surnames = shared_surnames(text)
    # shown on the page, or taken back by an update above it: not reported
    shown = _embedded_posts(text) + _captions(text) + _superseded(text)
    analysed = _analysis_boxes(text)
    own_blurb = _blurb(article.outlet)
    trailing = False  # the sentence before ended in an ellipsis: this one goes on from it
    for position, (start, end, gap, fragment) in enumerate(_quotations(text, _base_spans(text, max_chars))):
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
        if bare and out and out[-1].start == standing[0] and _QUOTE_OPEN.search(out[-1].text):
            # The speaker's sentence before a quotation that runs on is only part of what they said.
            out[-1] = replace(out[-1], kind="fragment")
        made = sentence(index, text, standing[0], end, position)
        # A page's teaser cut mid-sentence, or a text that ends inside a parenthesis ("Raskin (D-Md.")
        # or begins inside one ("... says Chernow, but the plot failed.)").
        cut = made.text.rstrip("\"”’' ").endswith(_ELLIPSES) or made.text.count("(") != made.text.count(")")
        cut = cut or bool(_SUBJECTLESS.match(made.text))
        if _overlaps(start, end, shown) or _CREDIT.match(text, end):
            made = replace(made, kind="aside")  # a post, a gallery caption, or a caption its photo credit follows
        elif own_blurb is not None and own_blurb.match(made.text):
            made = replace(made, kind="aside")
        elif _overlaps(start, end, analysed):
            made = replace(made, kind="opinion")
        out.append(replace(made, kind="fragment") if fragment or cut else made)
        if made.kind == "aside" and standing[1] == 1:
            standing = None  # an aside ("(We all know ...)") is no antecedent for the sentence after it
    return out


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < span_end and span_start < end for span_start, span_end in spans)


@lru_cache(maxsize=1024)
def _blurb(outlet: str) -> re.Pattern[str] | None:
    """How the outlet's own blurb opens, telling what it does ("AllSides reveals media bias and
    ...", "Trulia gives home buyers ..."): its name and a verb. Such a sentence is not the story."""
    name = re.match(r"\s*(?:The\s+)?([A-Z][\w’'-]+)", outlet)
    return re.compile(rf"{re.escape(name.group(1))}\s+(?:[a-z]+s)\b") if name else None


def is_bare_quotation(text: str) -> bool:
    """A sentence that is a quotation with no speaker of its own: it goes on someone's words."""
    return text.lstrip()[:1] in "\"“" and not SPEECH.search(_ANY_QUOTED.sub(" ", text))


def segment_all(articles: Sequence[Article], *, max_chars: int = 1200) -> list[list[Sentence]]:
    return [segment(article, i, max_chars=max_chars) for i, article in enumerate(articles)]


def attributed(text: str) -> bool:
    """Whether, outside its quotation marks, the sentence says who speaks or claims."""
    return bool(SPEECH.search(_ANY_QUOTED.sub(" ", text)))
