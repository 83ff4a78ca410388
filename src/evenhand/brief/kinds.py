"""What kind of sentence a unit is: a reported fact, a quote, the writer's opinion, background, or
an aside (a caption, a correction, a note about the piece), from the surface cues a reader would use."""

from __future__ import annotations

import re

from .. import lexicon
from ..model import Sentence, SentenceKind
from .features import dates_in
from .standalone import ANY_QUOTED, SPEECH, opens_on_quoted_name
from .wording import balanced_quotes, main_clause, opens_on_dateline, tells_a_happening, without_scoop

# A quotation of some length, from its opening mark to its closing one (never from a closing mark
# to the next opening one: the words between two quotations are the writer's).
_QUOTED = re.compile(r"“[^“”]{12,}”|\"[^\"“”]{12,}\"|«[^«»]{12,}»")
_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|nowhere|neither|nor|without|cannot)\b|n't\b", re.I)
_FIRST_PERSON = re.compile(r"^\s*(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|My|We|We're|We’re|Our)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b")
# "In the past two weeks, cases have dropped ...": the news of the last days, not history.
_RECENT_PERIOD = re.compile(
    r" in the past (?:(?:\d+|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?"
    r"(?:hours?|days?|weeks?|months?|year)\b"
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
    r"\b(?:an earlier|a previous|a prior) version of this\b|^correction,\s|^\[|\]$|^\(.*\)[.!?]?$|\bpro tip\b|"
    # a live blog's time stamp ("10:45 AM PT: ...") and a related-story link ("... MORE")
    # (in capitals: "... lawmakers, presidents and more." ends a sentence, allsides-5900, reading 39c)
    r"^\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[:—–-]|(?-i:\bMORE\b)(?=[\s.]*$)|"
    r"^(?:reporting|writing|editing|additional reporting|compiled) by\b|"
    # how the outlet got the story, as a sentence of its own: "The people who told The Post about the
    # call did so on the condition of anonymity ..."
    r"\b(?:did|do|does) so on (?:the )?condition of anonymity\b|"
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
    # (as capitalised: not "... sent by calling for — and in some cases instituting — ...", allsides-5845)
    r"(?-i:\bBy [A-Z][a-z]+ [A-Z][a-z]+ [-–—] )|\b(?:Tweet|Share) (?:View Comments|Email|Share)\b|"
    # a video's furniture: its length "(2:04)", its embed title "... from Jo Reyes on Vimeo.", "Watch the video below"
    r"\(\d{1,2}:\d{2}\)[.!?]?$|\bon (?:Vimeo|YouTube)[.!?]?$|"
    r"\b(?:watch|see) the (?:full )?(?:video|clip) (?:below|above)\b|"
    # a gallery player's buttons run into its caption: "1 of 14 Full Screen Autoplay Close Skip Ad × A soggy
    # Fourth ... View Photos Rain or shine, ..." (multinews-080)
    r"(?-i:\bFull Screen\b|\bAutoplay\b|\bSkip Ad\b|\bView Photos\b|^Caption\s+[A-Z])|"
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
    # a newsletter's sign-up box: "Breaking News Emails Get breaking news alerts ...", an app's: "Get push
    # notifications with news, features and more."
    r"\bbreaking news (?:emails|alerts)\b|\bget push notifications\b|"
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
    r"(?:be|prove|become|have|lead|mean|spell|trigger|cost|end|see|face|derail|upend|change|reshape|help|hurt)\b",
    re.I,
)
# ... and a harm no one does at will: "the growing number of them could complicate the administration's
# effort to enforce it" (Reuters in multinews-126, reading 51a); not "may", which may be a plan ("The port
# authority may deepen the channel"), nor where someone's view or a question holds it ("Regulators are
# examining whether the merger could erode competition", "Analysts fear the strike could worsen ...": review 53).
_HARM_FORECAST = re.compile(
    r"\b(?:could|might)\s+(?:well\s+|also\s+|potentially\s+|soon\s+|even\s+|still\s+)?(?:"
    + "|".join(lexicon.THREATENED_HARMS) + r")\b",
    re.I,
)
_HELD_VIEW = re.compile(
    r"\b(?:whether|if|fears?|feared|expects?|expected|predicts?|predicted|estimates?|estimated|believes?|believed|"
    r"warns?|warned|worr(?:y|ies|ied)|concerns?|concerned|projects?|projected|says?|said|told)\b",
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
# A ruling or a finding reported, whose "could" is the court's: "in January a court ruled that they could
# be released and returned to the Netherlands" (multinews-055, reading 34f).
_RULED = re.compile(r"\b(?:ruled|ordered|decided|found|concluded|determined) that\b")
# Someone's claim, told as theirs: "dismissed a US government theory that microwave weapons ... may have
# been used" (multinews-132, reading 41a: CNN's opening read as the writer's speculation, and the brief
# led with background).
_CLAIM_THAT = re.compile(
    r"\b(?:dismissed|dismisses|rejected|rejects|denied|denies|refuted|debunked|ruled out|disputed|disputes|raised|"
    r"floated|investigated|examined|cited|pushed|promoted|repeated|spread)\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:theory|theories|claims?|allegations?|suggestions?|speculation|suspicions?|rumou?rs?|"
    r"assertions?)\s+that\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;:]|\bbut\b")


def _told_the_writer(text: str, outside: str) -> bool:
    """Whether the writer's own words say something was told to them: not a speaker's words in a
    quotation left open or set in single marks ('‘The mayor told us nothing,’ said ...')."""
    return balanced_quotes(text) and bool(_TOLD_THE_REPORTER.search(_SINGLE_QUOTED.sub(" ", outside)))


def _speculates(unquoted: str) -> bool:
    """Whether the writer guesses what could be, in their own words: not inside a claim they report."""
    guess = _SPECULATION.search(unquoted) or _harm_forecast(unquoted)
    claim = _CLAIM_THAT.search(unquoted, 0, guess.start()) if guess else None
    # (the claim's own words run on to the guess: not "ruled out the theory that ..., but the blaze could cost ...")
    return guess is not None and (claim is None or bool(_CLAUSE_BREAK.search(unquoted, claim.end(), guess.start())))


def _harm_forecast(unquoted: str) -> re.Match[str] | None:
    """The writer's "could/might" before a harm (``_HARM_FORECAST``), unless someone's view or a question
    before it holds it."""
    harm = _HARM_FORECAST.search(unquoted)
    return None if harm is None or _HELD_VIEW.search(unquoted, 0, harm.start()) else harm


# A finding told without what was found, at the sentence's end: "Researchers don't know exactly how the
# tick spreads the allergy, but they have identified which component of meat causes the allergic
# reaction." (multinews-101's lede, reading 34h: the answer, alpha-gal, is the next sentence's).
# Not "showed just how close the rioters came": a degree, told.
_WITHHELD = re.compile(
    r"\b(?:identified|revealed|reveals?|discovered|explained|explains?|found out|figured out|pinpointed|"
    r"uncovered|determined)\s+(?:exactly\s+|just\s+)?(?:which|what|why|where|who|how(?!\s+(?:close|much|many|far|"
    r"long|big|bad|badly|often|few|little|deeply|quickly|fast|serious|severe|dangerous)\b))\b[^.!?:;]*[.!?]?[\"”’]?\s*$",
    re.I,
)
# ... or who it tells of, by their fame alone: "Two of the biggest names in the Democratic Party have
# split over ..." (allsides-5967, The Hill's opening, labelled wrong: who, its next sentence says). Not a
# happening told on its day or by whom ("Two of the top leaders of the group were killed ... on Tuesday,
# the army said"): :func:`_unnamed_notables`.
_UNNAMED_NOTABLES = re.compile(
    r"(?:Two|Three|Four|Several|Some|A pair|A couple) of the (?:[\w’']+ )?(?:biggest|best-known|most prominent|"
    r"most famous|highest-profile) (?:names|figures|stars|voices)\b"
)
# ... unless it says nothing was found: "Police have not revealed who the victim was."
_NOT_YET = re.compile(r"\b(?:not|never|yet to|declined to|refused to|\w+n['’]t)\s+(?:\w+\s+)?$", re.I)


def _unnamed_notables(text: str) -> bool:
    return bool(_UNNAMED_NOTABLES.match(text.lstrip())) and not (dates_in(text) or SPEECH.search(text))


def _withheld(text: str) -> bool:
    found = _WITHHELD.search(text)
    return found is not None and not _NOT_YET.search(text, 0, found.start())


# The writer's reading of what matters most: "The biggest task for Felipe, 46, will be to make the dealings
# of the royal palace more transparent." (multinews-143, reading 34b: AP's own reading of the same reign
# differed), "Much more pressing will be ..."
_WHAT_MATTERS = re.compile(
    r"^(?:The|His|Her|Their|Its) (?:biggest|greatest|main|key|real|toughest|hardest|most pressing|most urgent) "
    r"(?:task|challenge|test|question|problem|hurdle|priority|job)\b"
    # (a report of what stands in a bill's way, "The biggest hurdle for the bill is the Senate", is a fact)
    r"(?: (?:for|facing) [^,;]{1,40}?)?(?:, [^,]{1,30},)? will be\b"
    r"|^(?:(?:Much|Far|Even) more|More) (?:pressing|urgent|important) will be\b"
)
# The writer's guess: "a murder he probably committed", "will almost surely end his hopes". In a
# report of what happened on a named day it hedges a side of the news ("Kentucky had primaries
# Tuesday, but the winners probably won't be known until next week"): the report stands.
_GUESS = re.compile(
    r"\b(?:probably|perhaps|almost surely|may or may not|can only be|needn['’]t|"
    # "Nevada ... looks to be an easy win for the former governor": the writer's forecast
    r"looks to be|looks set to|seems set to|"
    # "the number likely does not suggest a material shift": not "likely voters", "the likely nominee"
    r"likely(?! (?:voters?|nominees?|candidates?|successors?|winners?|to be named)\b))\b",
    re.I,
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
# ... or the picture's date run into it with no comma, telling nothing done: "July 4, 2016 Spectators on the
# Mall watch the fireworks show." (multinews-080; a sentence opening on a date sets a comma after the year).
# Not a page's date run into its lede: "Aug. 3, 2021 New York Gov. Andrew Cuomo sexually harassed 11 women,
# ... said Tuesday." (review 50c's B5), "July 14, 2021 WASHINGTON (AP) — Senate Democrats are ..." (50d's B5)
_DATED_CAPTION = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4} (?![A-Z]{2,}\b)[A-Z]"
)
# A photographer's credit run into the caption it heads or ends: "Sean Kilpatrick/THE CANADIAN PRESS A police
# officer removes ...", "Zach Gibson/AFP/Getty Images" (not "the Donald Trump/GOP agenda").
_PHOTO_CREDIT = re.compile(
    r"\b[A-Z][a-z]+(?: [A-Z][a-z.]+){1,2} ?/ ?(?:The Canadian Press|The Associated Press|Getty Images|Reuters|"
    r"Bloomberg|Shutterstock|[A-Z]{2,}(?: [A-Z]{2,}){0,3})\b(?=\s+[A-Z\"“]|\s*$|/)"
)
# ... or a credit in front of the caption it goes with, "Bill Mitchell for The Boston Globe Boston Police
# chased ..." (multinews-141): the photographer's name "for" a publication, then the caption.
# (a person's name: not "The Centers for Disease Control ...")
_CREDIT_FIRST = re.compile(
    r"(?!(?:The|A|An)\b)(?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+ for (?:The (?:[A-Z][\w.&'’-]* ){1,3}|[A-Z]{2,6} )(?=[A-Z])"
    # (not a writer's report: "Olav Tal for The Harbour Weekly said ...", review 39)
    r"(?!(?:[A-Z][\w.&'’-]*\s+){0,4}(?:said|says|reported|reports|wrote|writes|told|added|noted)\b)"
)
# Where a page's links were stripped with the words they held: "Parker's lawyer,, tells TMZ",
# "filed the lawsuit ... against-- and in the suit", "NBA superstar-- who was injured": the
# sentence lost a name, and printed it says less than its source did, or something else.
_LINK_GAP = re.compile(r"\w,,\s|\w--\s+[a-z]|[a-z]\s+--[a-z]")
# A figure misprinted in the source ("fell by 275,00 over the month"): a thousands group of other
# than three digits. Printed, it gives a number no one reported.
_GARBLED_FIGURE = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})*,(?:\d{1,2}|\d{4,})(?![\d,])")
# Words said to the writer, who is no source a reader can weigh: "told us", "said to me".
_TOLD_THE_REPORTER = re.compile(r"\b(?:told|tells|telling|said to|says to|wrote to|emailed|texted)\s+(?:us|me)\b")
_SINGLE_QUOTED = re.compile(r"‘[^’]*’")
# The writer's own voice; "I" is not a party label "(I-Vt.)", an initial "I. Lewis" or "World War I".
_REPORTER = re.compile(
    r"(?<!\()(?<!War )\bI\b(?![-–.])|\b(?:I'm|I’m|I've|I’ve|I'd|I’d|me|my|myself|we|us|our|ours)\b"
    # ... or of themselves in the third person: "... black Washingtons, like this writer, who ..." (reading
    # 49c, multinews-046: no one the brief names), "You may be wondering if this reporter found any."
    r"|\b[Tt]his\s+(?:writer|reporter|correspondent|columnist)\b"
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
# ... or that someone was asked about something, with nothing of the answer: "On Thursday, Psaki was
# asked a question regarding the Biden administration’s request ..." (allsides-5860).
_ASKED = re.compile(r"\b(?:was|were) asked (?:a question|questions) (?:about|regarding|on|over)\b")
_ANSWERED = re.compile(r"\b(?:said|saying|says|replied|replying|responded|responding|answered|answering)\b")


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


# A deed reported with the writer's hedge, not the writer's reading: "The cease-fire that took effect
# Friday appears to have halted 11 days of fighting ..." (AP's opening, allsides-6021, reading 34n); and
# a sign someone held, not a sign of something: "made a sign that read 'Carrie be my first kiss'"
# (multinews-127, reading 34b: the story's news was never printed).
_HEDGED_DEED = re.compile(
    r" (?:appears|appear|seems|seem) to have (?=[a-z]+ed\b)"
    # (not the writer's reading of a mind or an outcome: "appears to have calculated that ...")
    r"(?!(?:calculated|decided|concluded|figured|reckoned|assumed|backfired|misjudged|miscalculated|worked|"
    r"succeeded|failed|paid)\b)"
)
# Who the sentence's own report is from: "..., according to a source familiar with the talks",
# "..., public-health officials say."
_SOURCED = re.compile(
    r"\baccording to\b|\b(?:said|says|say|told(?: [\w.]+){1,4}?)(?: (?:on )?(?:\w+day|in a statement))?\s*[.!]?$"
)
# How a source hedges what it reports: the writer's reading where no one is said to give it.
_SOURCES_HEDGE = re.compile(r" (?:appears|appear|seems|seem) to (?=be [a-z]+ing\b|be (?:ready|close|set|poised)\b)")
# ... and a sign that read, said or says a quotation.
_SIGN_HELD = re.compile(r" sign that (?:reads?|said|says)\s*[:,]?\s*[\"“‘]")


# A cue's words that are no one's verdict: "the real estate mogul" (multinews-142), "the Real Madrid striker"
# and "the Real ID deadline" (review 41's R4) are no "the real ...".
_NO_CUE = re.compile(r"\breal (?:estate|madrid|id)\b")


def classify(text: str) -> SentenceKind:
    """Quote, opinion, background or reported fact, from surface cues a reader would use."""
    if is_aside(text):
        return "aside"
    lowered = f" {text.lower()} "
    unquoted = _NO_CUE.sub(" ", _QUOTED.sub(" ", lowered))
    if any(cue in unquoted for cue in lexicon.STANCE_CUES) or _APPRAISED_QUOTE.search(text):
        return "opinion"
    quoted = sum(len(m.group(0)) - 2 for m in _QUOTED.finditer(text))
    opens_quoted = text.lstrip().startswith(("\"", "“", "‘", "'")) and not opens_on_quoted_name(text)
    outside = ANY_QUOTED.sub(" ", text)  # the writer's own words, in their case
    if _told_the_writer(text, outside):
        return "aside"  # "Drivers ... told us traffic had been moving smoothly ..." (multinews-095, reading 41b)
    if opens_quoted or quoted > 0.45 * len(text):
        return "quote"
    # A question, on its own or answered in the next sentence, is the writer's device, not a report;
    # so are its verdict on what someone said and its short reply to it.
    if _judges_a_claim(unquoted) or _REPLY.search(outside):
        return "opinion"
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
    if (_BRIEFING.search(text) and not _BRIEFING_CONTENT.search(text)) or (
        _ASKED.search(text) and not _ANSWERED.search(text)
    ):
        return "aside"
    read = _HEDGED_DEED.sub(" ", unquoted)
    hedge, source = _SOURCES_HEDGE.search(unquoted), _SOURCED.search(unquoted.rstrip())
    if hedge and source and source.start() > hedge.start():
        # "... appear to be nearing an agreement ..., according to a source familiar with the
        # discussions" (neus-val-0150): the hedge is the source's, on what it reports
        read = _SOURCES_HEDGE.sub(" ", read)
    if _SIGN_HELD.search(lowered):
        read = read.replace(" sign that ", " ")
    if any(cue in read for cue in lexicon.ANALYSIS_CUES) or _reads_ahead_or_minds(text):
        return "opinion"  # the outlet's reading of events, not an event
    guess = bool(_GUESS.search(unquoted)) and not dates_in(unquoted) & lexicon.WEEKDAYS
    judged = (
        _CONDITION_WITHIN.search(outside) or _VERDICT.search(outside) or _WHAT_MATTERS.search(outside)
        or _SEES_A_WAY.search(outside)
    )
    if (_speculates(unquoted) or guess or judged) and not (SPEECH.search(unquoted) or _RULED.search(unquoted)):
        return "opinion"  # what could happen, or a guess, in the outlet's own voice
    if re.match(r"(?:If|Unless|Had|Were)\b", text.lstrip()):
        return "opinion"  # a condition: what would follow, not what happened
    if _TO_THE_READER.match(text.lstrip()):
        return "opinion"  # the writer talking to the reader, or guessing
    if re.search(r"\b(?:one thing|the following|as follows)\s*[.:]?\s*$", unquoted.rstrip()) or _withheld(text) or (
        _unnamed_notables(text)
    ):
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
_CALLING = re.compile(r"\b(?:called|calls|calling|dubbed|labell?ed|branded|described|found|ruled)\b")
# ... or the whole sentence told as someone's at its end: "... but should be kept 6 feet away, the
# Centers for Disease Control and Prevention said Friday." (not "..., and the mayor said so on Friday ...")
_ATTRIBUTED_AT_END = re.compile(
    r",\s+(?:according to [^,;:]{3,80}|(?![^,;:]*\b(?:what|whatever|matter|given)\b)[^,;:]{2,80}\s"
    r"(?:said|says|announced|stated|reported|reports|told reporters)(?: on)?(?: \w+day)?"
    r"(?: (?:morning|afternoon|evening|night))?(?: in a statement)?)\.?\s*$"
)


def _reported_call(unquoted: str, cue: str) -> bool:
    if cue not in _CALL_CUES and cue not in lexicon.REPORTABLE_VERDICTS:
        return False
    at = unquoted.find(cue)
    reported = _REPORTED_BY.search(unquoted, 0, at) or _ATTRIBUTED_AT_END.search(unquoted, at)
    # a verdict or an insult someone is told to have given: "Trump has repeatedly called McConnell spineless"
    # (review 49c's B5)
    return bool(reported or (cue in lexicon.REPORTABLE_VERDICTS and _CALLING.search(unquoted, 0, at)))


# The writer telling what someone has in mind: "Liz Cheney sees a winning strategy where none of her
# conference colleagues will go" (a dek, allsides-6076, judged analysis by reading 39a's labels).
_SEES_A_WAY = re.compile(r"\bsees? (?:a|an) (?:[a-z]+ )?(?:strategy|opportunity|opening|path|way forward)\b")


# The writer's short reply to a claim the sentence before tells: "Biden said there's “no evidence” that
# raising the minimum wage causes business bankruptcies. There is, a little." (neus-val-0036, reading 50e).
_REPLY = re.compile(
    r"[.!]\s+(?:There|It|That|This|They|He|She|We)\s(?:is|was|are|were|does|did|do|has|have|had|can|could|will|"
    r"would)(?:n[’']t|\snot)?(?:,?\s(?:a little|a bit|somewhat|though|too|either|at all|sometimes|indeed))?[.!]\s*$"
)
_MISSTATED = re.compile(
    r"\b(?:" + "|".join(lexicon.MISSTATED) + r")\s+(?:when|in saying|in claiming|by saying|by claiming)\b"
)


def _judges_a_claim(unquoted: str) -> bool:
    """Whether the writer says someone erred in saying something (:data:`lexicon.MISSTATED`); not
    where the sentence says who judged so ("The panel found he erred when ...")."""
    verdict = _MISSTATED.search(unquoted)
    if verdict is None:
        return False
    return not (_REPORTED_BY.search(unquoted, 0, verdict.start()) or _CALLING.search(unquoted, 0, verdict.start()))


# The writer's forecast of harm ("The panic-buying threatens to exacerbate the supply shock.", allsides-6053,
# reading 50a) or reading of a mind ("Russian President Vladimir Putin wants to show that his country is taken
# seriously as a world power.", NPR in allsides-5957, reading 50b), in the main clause ("two states where
# Trump's appeal ... threatens to upend ..." describes the states of a report, neus-val-0056's lede). Not an
# aim reported ("The Justice Department seeks to prove that ...", review 50b's B5).
_FORECAST_OR_MOTIVE = re.compile(
    r"\bthreatens? to (?:" + "|".join(lexicon.THREATENED_HARMS) + r")\b|\bwants? to show that\b"
)
# Whose forecast it is: a verb of saying or of holding a view that opens what was said before the cue
# ("Officials say the surge threatens to ...", "Democratic leaders fear the infighting ..."), or that
# names who after it ("..., the harbour board warned on Tuesday", "..., officials fear."). Not a word of
# the subject: "The tariffs announced on Friday threaten ...", "the number of reported infections",
# "Fears of a recession" (reviews 50b, 50c and 50d).
_VIEW_VERBS = (
    r"said|says|say|told|tells|warned|warns|warn|predicted|predicts|wrote|writes|noted|added|argued|argues|"
    r"cautioned|announced|testified|acknowledged|conceded|stated|claimed|declared|reported|estimated|projected|"
    r"admitted|tweeted|stressed|found|finds|fear|fears|feared|worry|worries|worried|believe|believes|believed|"
    r"think|thinks|thought|expect|expects|expected"
)
_VIEW_BEFORE = re.compile(
    r"(?<!\bthe )(?<!\bThe )(?<!\ba )(?<!\bA )(?<!\ban )(?<!\bAn )(?<!\bof )\b(?:" + _VIEW_VERBS + r")"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:that|the|a|an|this|it|its|their|these|those|he|she|they|we|I)\b"
)
# ... and after it, an attribution after a comma: "..., officials fear.", "..., the Fed warned in its statement on
# Wednesday", "..., said Dr. Ada Wren" (review 50f's B4); not "... deepen fears of a recession", "..., with more
# rain expected Thursday" (review 50e's B6), "..., which officials said were full".
_VIEW_AFTER = re.compile(
    r",\s+(?:(?:said|says|warned|warns|told|added|wrote|noted|argued|cautioned)\b|(?:as\s+)?(?:(?:the|a|an|its|their|his|her)\s+)?"
    r"(?!(?:with|amid|as|after|before|despite|while|and|but|in|on|at|which|who|whom|whose|that|since|though|although|"
    r"because|hitting|more|where|when|so|just|even|only)\b)(?![a-z]+ing\b)[\w.'’()&-]+(?:\s+[\w.'’()&-]+){0,12}?\s+"
    r"(?:" + _VIEW_VERBS + r")\b)"
    r"|\baccording to\b"
)


def _reads_ahead_or_minds(text: str) -> bool:
    """Whether a sentence's main clause forecasts harm or reads someone's motive in the writer's own
    words: not where the sentence says whose ("Powell said ...", "..., the Fed warned on Tuesday",
    "Democratic leaders fear ..."). Read as written ("Fears of ..." is a noun, "fears that" a verb), outside
    quotation marks."""
    if _FORECAST_OR_MOTIVE.search(text) is None:
        return False  # (most sentences: no main clause to find)
    text = _QUOTED.sub(" ", text)
    clause = main_clause(text)
    cue = _FORECAST_OR_MOTIVE.search(clause)
    if cue is None:
        return False
    at = text.find(cue.group(0))
    before, after = text[: max(at, 0)], text[max(at, 0) + len(cue.group(0)) :]
    return not (_VIEW_BEFORE.search(before) or _VIEW_AFTER.search(after) or "according to" in before.lower())


def is_forecast(text: str) -> bool:
    """Whether the writer guesses what could come, in their own words ("looks to be an easy win",
    "could help Romney to cement the nomination")."""
    unquoted = _QUOTED.sub(" ", text)
    return bool(_speculates(unquoted) or _GUESS.search(unquoted)) and not SPEECH.search(unquoted)


def is_furniture(unit: Sentence) -> bool:
    """A unit of page furniture: a caption, a player's blurb, a credit or another aside; not an
    editor's "UPDATE: ...", which may tell the latest news (review 48a's R5)."""
    return unit.kind == "aside" and not under_rubric(unit.text)


def under_rubric(text: str) -> bool:
    """Whether a unit opens on a rubric ("UPDATE: Fox News announced Thursday ...", "Details: ..."): an
    aside, but one that may tell the latest news."""
    label = _LABEL.match(without_scoop(text.strip()))
    return label is not None and not SPEECH.search(label.group(1))


def is_aside(text: str) -> bool:
    """A caption, correction, editor's note, credit line, bracketed aside, video-player text,
    "Label:" rubric, text with a stripped link's gap or a misprinted figure: page furniture, notes
    about the piece and damaged text, never a report."""
    stripped = without_scoop(text.strip())
    if under_rubric(stripped) and not _TIMED_UPDATE.match(stripped):
        return True
    return bool(
        _ASIDE.search(stripped) or (_PLAYER.match(stripped) and not opens_on_dateline(stripped))
        or _captioned(stripped) or _TOPIC_ANSWER.match(stripped)
        or _LINK_CARD.search(stripped) or _REPUBLISHED.match(stripped) or _MARKED.match(stripped)
        or _LINK_GAP.search(stripped) or _GARBLED_FIGURE.search(stripped)
        or _SHOUTED.search(ANY_QUOTED.sub(" ", stripped))
        or _BYLINE_BIO.fullmatch(stripped) or _FLATTENED_LIST.search(stripped)
    )


def is_caption(text: str) -> bool:
    """A photo's caption or credit: the page shows a picture there."""
    stripped = without_scoop(text.strip())
    return _captioned(stripped) or bool(_PHOTO_TAG.search(stripped))


# A photo's credit as the wires and pages tag it: "(AP Photo/Jo Reyes)", "REUTERS/Ada Wren", "Photo: ...".
_PHOTO_TAG = re.compile(r"\((?:AP|AFP|Reuters|Getty|EPA|Xinhua)\b[^)]*Photo|\bPhoto/[A-Z]|\bREUTERS/[A-Z]|^Photo:\s")


def _captioned(stripped: str) -> bool:
    dated = _DATED_CAPTION.match(stripped) is not None and not tells_a_happening(stripped)
    return bool(dated or _CAPTION.search(stripped) or _PHOTO_CREDIT.search(stripped) or _CREDIT_FIRST.match(stripped))


# A list's heading run into its first item, a capital after the heading's modal: "Pregnant women must Stay
# away from desire, anger, attachment, hatred and lust." (multinews-028, reading 39e: a booklet's box
# printed as the brief's own instruction).
_FLATTENED_LIST = re.compile(r"(?<=[a-z,] )(?:must|should|shall)\s+[A-Z][a-z]+\s+[a-z]")
# Four words or more in capitals outside a quotation: a blog shouting its news at the reader ("Big news,
# Bettys: KATE GOSSELIN GOT A JOB.", multinews-065, reading 39c) or a page's banner, not a report.
_SHOUTED = re.compile(r"\b[A-Z]{2,}(?:\s+[A-Z]+){3,}\b")
# The writer's line of biography, all of the sentence: "Lucia Peters is BettyConfidential's associate editor."
_BYLINE_BIO = re.compile(
    r"(?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+ is (?:an? |the )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}(?:['’]s?)? "
    r"(?:[a-z]+ ){0,2}(?:editor|writer|reporter|correspondent|contributor|columnist|blogger)\.?"
)
