"""What kind of sentence a unit is: fact, quote, opinion, background or aside (evenhand.brief.kinds)."""

from __future__ import annotations

import pytest

from evenhand.brief.kinds import classify, is_aside, is_negated


@pytest.mark.parametrize("text", [
    "No one was killed in the fire.",
    "The minister did not attend the meeting.",
    "The minister didn't attend the meeting.",
    "The port has never closed for a week before.",
    "Nobody died in the fire.",
])
def test_negated_sentences(text: str) -> None:
    assert is_negated(text)


@pytest.mark.parametrize("text", [
    "The minister attended the meeting.",
    "Six workers were taken to hospital.",
    '"We will not give up on this port," the union leader said.',  # the negation is the speaker's
])
def test_sentences_that_are_not_negated(text: str) -> None:
    assert not is_negated(text)


@pytest.mark.parametrize(("text", "kind"), [
    ('"We will rebuild the quay within a year," said harbour master Clara Veldt.', "quote"),
    ("“The crews did everything they could,” Chief Fire Officer Penhallow said.", "quote"),
    ("The council should have acted on the inspectors' warnings months ago.", "opinion"),
    ("Critics say the inquiry will change nothing at the port.", "opinion"),
    ("Is this the end of grain shipping on the Vessen?", "opinion"),
    # reading 49c, multinews-046: "Today there are black Washingtons, like this writer, who are often ..."
    ("Today there are ferry captains in Kessel, like this writer, who have never seen the sea.", "aside"),
    # neus-val-0284, 0258 and 0276 led with a column's verdict, its reading of a mind and its insult, and
    # multinews-090 printed a sneer as a fact (reading 49b)
    ("There's plenty of blame to go around, but one thing is clear: the ferry deal was doomed.", "opinion"),
    ("Mayor Ada Wren doesn't understand that a port deficit is not a bill the city must pay.", "opinion"),
    ("Mayor Ada Wren continues to slam spineless harbour master Olav Tal for his ferry timetable.", "opinion"),
    ("The Kessel shop began selling the gold-plated oars in July, to rival other ludicrously-priced gear.", "opinion"),
    # ... but whose verdict or insult the sentence tells is reported (review 49c's B5 to B8)
    ("Mayor Ada Wren has repeatedly called harbour master Olav Tal spineless.", "fact"),
    ("Critics called the ferry plan ludicrous, but the council approved it 7-2.", "fact"),
    ("The court ruled that the harbour board fails to understand the ferry statute.", "fact"),
    ("If you live near the quay, keep your windows shut tonight.", "opinion"),
    ("The terminal was founded in 1962 and has long been the port's busiest.", "background"),
    ("The two ministers first met in 2019 at a summit in Halden.", "background"),
    ("In the past, the quay has flooded every spring.", "background"),
    # The last days' news is no history (allsides-6080 led with a detail while its news was "background").
    ("In the past two weeks, ferry crossings have dropped from 410 a day to 260.", "fact"),
    ("Nine ships docked at the quay in the past 24 hours.", "fact"),
    ("Six workers remain in hospital, the fire service said on Tuesday.", "fact"),
    ("Harbour master Clara Veldt said 14 vessels were waiting at anchor.", "fact"),
    # A reported rule or need is a fact, not the outlet's opinion.
    ("Under the port rules, operators must report every fire to the safety board within 24 hours.", "fact"),
    # The writer's reading hung on a report (neus-val-0152: "... a 50-year low, signaling the labor
    # market continues to provide opportunities ..." beside another outlet's "adding to signs of
    # decelerating growth"): two readings of one report, each printed as the news.
    ("Ferry traffic rose 4% in May, signaling the port's recovery is under way.", "opinion"),
    ("Ferry traffic fell 4% in May, adding to signs of a slowing port economy.", "opinion"),
    ("Ferry traffic rose 4% in May, the port authority said.", "fact"),
    # The writer exclaiming, with no happening told, is a cheer, a teaser or a joke (multinews-069's
    # "Last one in is a rotten egg!", 036's "Say hola to ...!" leading); a report may end on one.
    ("Last ferry out is a rotten egg!", "aside"),
    ("Baby Veldt is here!", "aside"),
    ("The mayor finally cut the ribbon on the new quay on Monday — and thanked herself!", "fact"),
])
def test_classify(text: str, kind: str) -> None:
    assert classify(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("The seizures in Veldhaven seemed an effort by the activists to copy the events of 2029.", "opinion"),
    ("It is a measure of his fixation on the ferry that he raised it on his first morning.", "opinion"),
    ("The seizures in Veldhaven began on Sunday, when activists occupied the harbour office.", "fact"),
    ("The index is a measure of how many ferries sail on time.", "fact"),
])
def test_the_writers_inference_about_motive_is_their_reading_not_a_fact(text: str, kind: str) -> None:
    # multinews-121 printed "... seemed an effort by the activists to mimic ..." as a fact, and
    # multinews-084 "It is a measure of his fixation on the issue that ...".
    assert classify(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    # allsides-6021 (reading 34n): AP's opening "The cease-fire that took effect Friday appears to have halted
    # 11 days of fighting ..." was read as analysis, and the brief printed no fact at all
    ("The ferry truce that took effect Friday appears to have halted 11 days of strikes in Veldhaven.", "fact"),
    ("The ferry truce appears to be a win for the harbour board.", "opinion"),
    ("The harbour board seems to want a longer truce.", "opinion"),
    ("A 12-year-old fan named Ada made a sign that read \"Ferry, take me home\", and the captain obliged.", "fact"),
    ("The long queues at the quay are a sign that the ferry strike is biting.", "opinion"),
    ("The vote is a sign that says much about the ferry board.", "opinion"),
    ("The ferry truce appears to have halted.", "fact"),
    # (the writer's reading of a mind or an outcome, however hedged)
    ("The harbour board appears to have calculated that the crews would give in.", "opinion"),
    ("The ferry board's gamble appears to have backfired.", "opinion"),
])
def test_a_deed_told_with_the_writers_hedge_or_a_sign_held_is_a_report(text: str, kind: str) -> None:
    assert classify(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    # multinews-143 (reading 34b): CNN's "The biggest task for Felipe, 46, will be to make the dealings of the
    # royal palace more transparent." printed as a fact where AP read the reign's task otherwise
    ("The biggest task for Captain Wren, 46, will be to win back the ferry crews.", "opinion"),
    ("Much more pressing will be the repair of the quay.", "opinion"),
    ("More pressing will be the repair of the quay.", "opinion"),
    ("The biggest task for the U.S. envoy will be to reopen the quay.", "opinion"),
    ("The main task of the harbour commission is to audit the quay.", "fact"),
    # (what stands in a bill's way, reported)
    ("The biggest hurdle for the ferry bill is the Senate, where it needs 60 votes.", "fact"),
    # multinews-136 (reading 34c): "... it's a forgone conclusion that ... The Artist will win Best Picture"
    ("The regatta has little suspense because it's a foregone conclusion that the Veld crew will win.", "opinion"),
])
def test_the_writers_reading_of_what_matters_most_is_opinion(text: str, kind: str) -> None:
    assert classify(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    # multinews-055 (reading 34f): "But in January a court ruled that they could be released and returned
    # to the Netherlands." read as the writer's speculation, so the fact it qualifies could not be told with it
    ("In January a court ruled that the paintings could be returned to the Veld museum.", "fact"),
    ("Investigators found that the fire could have been set on purpose.", "fact"),
    ("The ruling could be a win for the Veld museum.", "opinion"),
])
def test_a_could_in_a_ruling_or_finding_reported_is_the_courts(text: str, kind: str) -> None:
    assert classify(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    # multinews-101 (reading 34h) led with "... they have identified which component of meat causes the
    # allergic reaction.", the component (alpha-gal) named only in the next sentence
    ("Researchers say they have identified which part of the ferry's hull caused the leak.", "opinion"),
    ("Researchers have identified which part of the hull caused the leak. It was the rudder seal.", "fact"),
    ("Police have not revealed who the ferry's owner is.", "fact"),
    ("The video showed just how close the ferry came to the quay.", "fact"),
])
def test_a_finding_told_without_what_was_found_is_a_teaser(text: str, kind: str) -> None:
    assert classify(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    # allsides-5967 (reading 45b): The Hill's opening "Two of the biggest names in the Democratic Party have
    # split over one of the most vexing issues facing President Biden." names them only in the next sentence
    ("Two of the biggest names in the Veld Labour Party have split over the future of the night ferry.", "opinion"),
    ("Two of the party's best-known figures have quarrelled over the ferry.", "opinion"),
    ("Two of the biggest ferry operators on the island have merged, the harbour board said.", "fact"),
    ("Olav Tal and Ada Wren, two of the biggest names in the Veld Labour Party, split on Monday.", "fact"),
    # review 45a (B4): a happening told on its day, or by whom, is news whoever its doers are
    ("Two of the top leaders of the Veld Front were killed in an air strike on Tuesday, the army said.", "fact"),
    ("Two of the biggest names in the Veld Labour Party were charged with bribery on Thursday.", "fact"),
])
def test_an_opening_that_withholds_who_it_tells_of_is_a_teaser(text: str, kind: str) -> None:
    assert classify(text) == kind


@pytest.mark.parametrize(("text", "garbled"), [
    # neus-val-0152 printed MarketWatch's typo as a fact: "fell by 275,00 over the month"
    ("The number of idle dock workers fell by 275,00 over the month.", True),
    ("The vote was 52,48 in favour of the strike.", True),
    ("The number of idle dock workers fell by 275,000 over the month.", False),
    ("The port handled 1,234,567 containers, up 3.5%.", False),
])
def test_a_misprinted_figure_is_damaged_text(text: str, garbled: bool) -> None:
    assert is_aside(text) is garbled


@pytest.mark.parametrize(("text", "kind"), [
    ("Some experts say the ferry line cannot survive another winter.", "opinion"),
    ("According to some analysts, the fares will rise again next year.", "opinion"),
    # multinews-114: the tweet that alarmed some experts is the news, not an expert's view
    ("The mayor alarmed some experts in Veldhaven when she wrote on Thursday that the quay must close.", "fact"),
])
def test_some_experts_views_are_opinion_but_alarming_them_is_news(text: str, kind: str) -> None:
    assert classify(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    # neus-val-0133: the wire's report of the day's marches, which a background sentence had led in its place
    ("Thousands of ferry crews marked the strike day on Friday, worried they have too few pilots as more quays reopen.",
     "fact"),
    ("Ferry crews worried about safety walked off the job in Veldhaven on Monday.", "fact"),
    ("The crews are worryingly short of pilots.", "opinion"),
])
def test_a_report_that_people_are_worried_is_news_where_the_writers_worry_is_not(text: str, kind: str) -> None:
    assert classify(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    # the 131st reading, neus-val-0235: a columnist's reading of an endorsement printed as a fact
    ("As a matter of pure ideology, the mayor's endorsement constitutes an enormous concession that Wren has won.",
     "opinion"),
    ("The harbour board's silence amounts to a tacit admission that the quay is unsafe.", "opinion"),
    ("The harbour board endorsed Ada Wren for mayor on Thursday.", "fact"),
])
def test_the_writers_verdict_on_what_a_deed_amounts_to_is_analysis(text: str, kind: str) -> None:
    assert classify(text) == kind


def test_the_writers_shrug_at_a_deed_is_their_stance() -> None:
    # neus-val-0235: "That the Hawaii congresswoman finally conceded that two delegates ... were not
    # enough ... was not surprising." is the columnist's verdict
    assert classify("That the mayor finally conceded that two seats were not enough to win was not surprising.") \
        == "opinion"
    assert classify("The result was no surprise to the harbour board, its chair said on Monday.") == "fact"



@pytest.mark.parametrize(("text", "kind"), [
    # the 132nd and 133rd readings, multinews-113: "... from a distance of between 1 inch and 18 inches
    # away, bolstering Zimmerman's claim that ..." states the outlet's reading of the autopsy as fact
    ("The report shows the ferry struck the quay at 12 knots, bolstering the captain's claim that the brakes failed.",
     "opinion"),
    ("The report shows the ferry struck the quay at 12 knots, casting doubt on the captain's account.", "opinion"),
    ("The council voted on Monday to spend $2 million bolstering the quay wall.", "fact"),
    # the 137th reading, allsides-5842: "... rose unexpectedly last week by the most since late March,
    # underscoring week-to-week volatility in an otherwise improving labor market"
    ("Ferry bookings rose by the most since March, underscoring the volatility of the island's trade.", "opinion"),
    # and the writer's guess: "Still, the number likely does not suggest a material shift ..."
    ("Still, the rise likely does not mark a change in the island's trade.", "opinion"),
    ("The likely nominee visited the quay on Monday.", "fact"),
    # the 138th reading, neus-val-0209: "More than 4.4 million Americans filed ... last week, according to the
    # Labor Department, a signal that the tidal wave of job losses continues to grow ..."
    ("Ferry bookings fell by 4,000 last week, the harbour board said, a signal that the island's trade is failing.",
     "opinion"),
    # the 141st and 147th readings, multinews-105: "... Amtrak's failure to notice how much time had passed was a
    # breath of fresh air."
    ("The harbour board's slip over the timetable was a breath of fresh air.", "opinion"),
    # the 143rd reading, allsides-5884: "Jobless claims held nearly steady last week, interrupting a downward
    # trend and showing the labor market's recovery remains uneven, ..." (the Journal's reading)
    ("Ferry bookings held steady last week, showing the economy of the island remains uneven.", "opinion"),
    ("A video released on Monday, showing the ferry striking the quay, was shared widely.", "fact"),
    # reading 50a, allsides-6053: "The panic-buying threatens to exacerbate the supply shock." (CNN's forecast)
    ("The rush for tickets threatens to worsen the shortage of ferry seats.", "opinion"),
    ("The ferry crews threatened to strike on Monday over the new rota.", "fact"),
    ("The mayor threatens to veto the harbour budget, her office said.", "fact"),
    # neus-val-0056's lede: the threat is the writer's, but of a place the news is in, not the news
    ("Crews are racing to reopen the quay, where the storm's damage threatens to upend the ferry season.", "fact"),
    # reading 50b, allsides-5957: NPR's reading of a president's motive ("... wants to show that his country is
    # taken seriously as a world power.")
    ("The harbour master wants to show that the port is taken seriously as a rival to Kessel.", "opinion"),
    ("The harbour master said on Monday she wants to show that the port is safe.", "fact"),
    ("The harbour board wants to build a second quay by 2030.", "fact"),
    # review 50a's B2: an actor's threat is news, and a forecast whose maker the sentence names is theirs
    ("The dockers' union threatens to cripple the Kessel quay with a strike starting Monday.", "fact"),
    ("The storm threatens to worsen the ferry shortage, the harbour board warned on Tuesday.", "fact"),
    ("Council leaders fear the rush for tickets threatens to worsen the shortage of seats.", "fact"),
    # review 50b's B4 and B5: nouns are no one's view, and an aim reported is no reading of a mind
    ("The dispute threatens to deepen the rift between the United States and its European allies.", "opinion"),
    ("Fears of a storm threaten to deepen the rush for ferry seats.", "opinion"),
    ("The expected surge in crossings threatens to overwhelm the quay.", "opinion"),
    ("The harbour board seeks to prove that the ferry line broke its contract.", "fact"),
    # review 50c's B6 and B7: a forecast officials say is theirs; "reported" and "estimated" before a noun are no one's
    ("Officials say the rush for tickets threatens to overwhelm the quay.", "fact"),
    ("The rush for tickets threatens to overwhelm the quay, the harbour master conceded.", "fact"),
    ("The rising number of reported crossings threatens to overwhelm the quay.", "opinion"),
    ("An estimated 4,000 passengers threaten to overwhelm the quay this weekend.", "opinion"),
    # review 50d's B3 and B4: a participle of the subject names no one; a view credited after the cue is theirs
    ("The fares announced on Friday threaten to deepen the rift with the ferry crews.", "opinion"),
    ("The rush for tickets threatens to overwhelm the quay, officials fear.", "fact"),
    ("The rush for tickets threatens to overwhelm the quay, a council report found.", "fact"),
    ("Many harbour pilots think the rush for tickets threatens to overwhelm the quay.", "fact"),
    # review 50e's B6: words of the forecast itself name no one
    ("The storm threatens to deepen fears of a winter without ferries.", "opinion"),
    ("The storm threatens to overwhelm the quay, with more rain expected Thursday.", "opinion"),
    ("The expected surge in the crossings threatens to overwhelm the quay.", "opinion"),
    ("The rush threatens to overwhelm the quay, the harbour master said on Monday.", "fact"),
    # review 50f's B4: an attribution after the cue need not end the sentence
    ("The shortage threatens to worsen the fares, the harbour board warned in its statement on Wednesday.", "fact"),
    ("The shortage threatens to worsen the fares, said Dr. Ada Wren of the harbour board.", "fact"),
    ("The shortage threatens to worsen the fares, the board warned on Tuesday, citing weak demand.", "fact"),
    # review 50g's B3: a clause after the cue that is not who says it
    ("The storm threatens to worsen the shortage, hitting crews who say they are already struggling.", "opinion"),
    ("The storm threatens to worsen the shortage, as more rain is expected Thursday.", "opinion"),
    ("The storm threatens to worsen the shortage, though the harbour board said the quay would open.", "opinion"),
    ("The storm threatens to worsen the shortage, as the harbour master told reporters on Monday.", "fact"),
    # review 50h's B2 and 50g's B3: a source's long name is still who says it; "where ..." is not
    ("The storm threatens to worsen the shortage, economists at the Kessel Harbour Bank of Veldland warned.", "fact"),
    ("The storm threatens to worsen the shortage, the Harbour Safety Board (HSB) warned.", "fact"),
    ("The storm threatens to worsen the shortage, a senior harbour official who asked not to be named said.", "fact"),
    ("The storm threatens to worsen the shortage in the north, where crews were told to stay ashore.", "opinion"),
    ("Moderate councillors threaten to unravel the ferry deal unless the fares are cut.", "fact"),
])
def test_the_writers_reading_hung_on_a_finding_is_analysis(text: str, kind: str) -> None:
    assert classify(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    ('"Harbour Watch" host Ada Wren is taking a large cut in pay.', "fact"),
    ("“The Truth Is Hard” campaign was unveiled on Sunday during the awards.", "fact"),
    ('"It is over" was all the harbour master said.', "quote"),
    ('"We will rebuild," said harbour master Clara Veldt.', "quote"),
])
def test_a_quoted_name_opening_a_sentence_is_no_quotation(text: str, kind: str) -> None:
    # multinews-006: '"Tonight Show" host Jay Leno is taking ...' is a report that names a show.
    assert classify(text) == kind


@pytest.mark.parametrize(("text", "aside"), [
    # the fifth reading of session 32 (allsides-5860): "On Thursday, Psaki was asked a question
    # regarding the Biden administration's request ..." told nothing of her answer
    ("On Thursday, Mayor Ada Wren was asked a question regarding the board's plan to close the quay.", True),
    ("Mayor Ada Wren was asked questions about the quay, and said the board had acted too soon.", False),
    ("Mayor Ada Wren was asked about her ferry shares by the Veld Post in a video posted on Saturday.", False),
])
def test_a_question_asked_with_nothing_of_the_answer_is_an_aside(text: str, aside: bool) -> None:
    assert (classify(text) == "aside") is aside


@pytest.mark.parametrize(("text", "kind"), [
    # multinews-009 (reading 33c): "Nevada ... looks to be an easy win for the former Massachusetts
    # governor, and a string of early victories could help Romney to cement the nomination."
    ("The north quay looks to be an easy win for the harbour party, and early wins could help Wren.", "opinion"),
    ("The harbour board said the new quay could help Veld's ferry crews.", "fact"),
])
def test_the_writers_forecast_is_opinion(text: str, kind: str) -> None:
    assert classify(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    # reading 53d (MISLEADS), allsides-5922: National Review's "The new consensus marks the end to many weeks of
    # negotiations and partisan gridlock over the president's chief legislative priority." printed as a fact,
    # where CNN said hurdles remained: the writer's reading of what the deal means
    ("The new accord marks the end to many weeks of talks and gridlock over the harbour budget.", "opinion"),
    ("The ruling on Monday marks a setback for the harbour board and could lead to a wider strike.", "opinion"),
    # ... a count's place in a series is a report, and whose reading it is, where the sentence says
    ("The rise marks the first increase in ferry bookings since late April.", "fact"),
    ("The accord marks the end of the strike, the union said in a statement.", "fact"),
    # review 53: what happened, dated, is no reading of it
    ("The last Velden troops left Tarrow on Sunday, marking the end of a 20-year deployment.", "fact"),
])
def test_the_writers_reading_of_what_a_deed_means_is_opinion(text: str, kind: str) -> None:
    assert classify(text) == kind


@pytest.mark.parametrize(("text", "aside"), [
    # multinews-084 (reading 33b): the Post's note on its own sources was printed as a fact
    ("The people who told the Quay Daily about the call did so on the condition of anonymity because of its nature.",
     True),
    ("The harbour master, who spoke on condition of anonymity, said the quay would close on Monday.", False),
])
def test_how_the_outlet_got_the_story_is_a_note_about_the_piece(text: str, aside: bool) -> None:
    assert (classify(text) == "aside") is aside


def test_the_writers_reading_of_a_document_is_analysis() -> None:
    # The final reading of session 32 (multinews-113): "It speaks to the fact that Zimmerman ignored a
    # police dispatcher's advice not to chase Martin" printed CNN's reading of the police request,
    # on the case's disputed point, as fact.
    assert classify("It speaks to the fact that the captain ignored the harbour master's advice to turn back.") == (
        "opinion"
    )


@pytest.mark.parametrize(("text", "kind"), [
    # reading 38b, neus-val-0150: CNN's "... appear to be nearing an agreement to set federal standards for
    # no-knock warrants, ..., according to a source familiar with the discussions" was read as the writer's
    # analysis, and CNN went uncited for the lede it states
    ("Ferry bosses and the crews' union appear to be nearing a deal on night crossings, according to a source "
     "familiar with the talks.", "fact"),
    ("The harbour board seems to be ready to restore night crossings, two board members said.", "fact"),
    # (the hedge is the writer's where no one is said to give it, or where it reads a win or a sign)
    ("Ferry bosses and the crews' union appear to be nearing a deal on night crossings.", "opinion"),
    ("The truce appears to be a win for the harbour board, according to a source familiar with the talks.",
     "opinion"),
])
def test_a_hedge_its_source_gives_is_a_report(text: str, kind: str) -> None:
    assert classify(text) == kind


def test_a_hedge_after_its_source_is_the_writers() -> None:
    # review 38: "according to" before the hedge gives the report its source, not the hedge
    text = "According to the harbour report, 40 crews were laid off, and the board appears to be hiding the toll."
    assert classify(text) == "opinion"


@pytest.mark.parametrize(("text", "aside"), [
    # reading 39a's labels, multinews-141: a photo credit run into the caption it goes with was printed as a fact
    ("Olav Tal for The Harbour Weekly Police chased the skipper into the park, where they arrested him.", True),
    # a name and "for" in a sentence's own words
    ("Mira Tal for her part said the fares would rise in May.", False),
    ("Mira Tal, writing for The Harbour Weekly, said the fares would rise in May.", False),
    # (review 39: a writer's report, the publication's name of several words)
    ("Mira Tal for The Harbour Weekly said the fares would rise in May.", False),
])
def test_a_photo_credit_before_its_caption_is_page_furniture(text: str, aside: bool) -> None:
    assert is_aside(text) is aside


@pytest.mark.parametrize(("text", "aside"), [
    # reading 39c, allsides-5900: "The death of Donald Rumsfeld ... has drawn reaction from lawmakers, presidents
    # and more." was read as a related-story link ("... MORE") and the brief never said he had died
    ("The death of the harbour master has drawn reaction from crews, mayors and more.", False),
    ("Harbour board picks new chair for the ferry line ... MORE", True),
    # (multinews-048's app promo, which the capitals rule had caught: page furniture all the same)
    ("Get push notifications with news, features and more.", True),
])
def test_a_link_is_marked_more_in_capitals_a_sentence_may_end_on_more(text: str, aside: bool) -> None:
    assert is_aside(text) is aside


@pytest.mark.parametrize(("text", "kind"), [
    # reading 39a's labels, allsides-6076: a dek telling what someone has in mind, printed as a fact
    ("Councillor Mira Tal sees a winning strategy where none of her colleagues will go.", "opinion"),
    # ... not what someone says they see
    ("The mayor said she sees an opportunity in the ferry strike.", "fact"),
])
def test_the_writer_telling_what_someone_has_in_mind_is_their_reading(text: str, kind: str) -> None:
    assert classify(text) == kind


@pytest.mark.parametrize(("text", "aside"), [
    # reading 39c, multinews-065: a blog shouting its news, then the writer's line of biography, printed as facts
    ("Big news, readers: THE FERRY CAPTAIN GOT A JOB. And it's not at sea.", True),
    ("Mira Tal is Harbour Weekly's associate editor.", True),
    # an acronym or two, a quoted slogan, and a bio that goes on to news stay
    ("The NASA and ESA teams said the probe was ready.", False),
    ('Crews chanted "NO PAY NO FERRY" on the quay.', False),
    ("Mira Tal is Harbour Weekly's associate editor and was arrested on Monday at the quay.", False),
])
def test_shouting_and_a_writers_bio_are_page_furniture(text: str, aside: bool) -> None:
    assert is_aside(text) is aside


@pytest.mark.parametrize(("text", "aside"), [
    # reading 39e, multinews-028: a booklet's boxed list, its heading run into its first item, printed as the
    # brief's own instruction
    ("Ferry passengers must Stay seated until the boat has docked.", True),
    # a modal before a name, or a sentence that opens on it
    ("Should Tal win the vote, the ferries would run all night.", False),
    ("The board said passengers must stay seated until the boat has docked.", False),
])
def test_a_lists_heading_run_into_its_first_item_is_page_furniture(text: str, aside: bool) -> None:
    assert is_aside(text) is aside


@pytest.mark.parametrize(("text", "kind"), [
    # neus-val-0108: "Students can safely sit just 3 feet apart ... but should be kept the usual 6 feet
    # away ..., the Centers for Disease Control and Prevention said Friday." (the call is the CDC's)
    ("Passengers can sit 1 metre apart but should keep 2 metres on the quay, the port authority said Friday.",
     "fact"),
    ("Ferries should sail at half capacity until May, according to the harbour board.", "fact"),
    # (review 41's R3: the common tails, and B5: no one's words at the end)
    ("Passengers should stay below deck until further notice, the port authority said in a statement.", "fact"),
    ("Passengers should stay below deck until further notice, officials said Friday night.", "fact"),
    ("Voters should remember this in November, no matter what the candidates said.", "opinion"),
    ("The board should resign, given what the inspector general reported.", "opinion"),
    ("The harbour board should close the quay until the inspectors report.", "opinion"),
    ("The harbour board should close the quay, and the mayor said so on Friday in a statement to the press.",
     "opinion"),
])
def test_a_call_that_a_trailing_attribution_reports_is_a_fact(text: str, kind: str) -> None:
    assert classify(text) == kind


@pytest.mark.xfail(strict=True, reason=(
    "multinews-025: 'The UK's High Court has ruled that accused British hacker Lauri Love should not be extradited "
    "...' opened an outlet's story and reads as the writer's call. Reading 'ruled|decided' as reporting the call "
    "joined multinews-087's 'In three key rulings ...' to the sentence before it and took Multi-News ROUGE-1 over "
    "lead at 250 words under its floor (1.47 < 1.50)"))
@pytest.mark.parametrize("text", [
    "The High Court has ruled that the ferry's captain should not be extradited to Veld.",
    "The harbour board decided that the quay should close for a week.",
])
def test_a_call_that_a_ruling_reports_is_the_courts(text: str) -> None:
    assert classify(text) == "fact"


def test_a_verdict_on_what_is_real_is_opinion() -> None:
    assert classify("The real question is whether the ferry company can survive.") == "opinion"


def test_real_estate_is_no_verdict_on_what_is_real() -> None:
    # multinews-142: CNN's opening "... the real estate mogul has increased his support among GOP voters ..."
    # read as the writer's "the real ..." verdict
    assert classify("The real estate mogul bought the ferry company on Monday.") == "fact"
    assert classify("The Real Madrid striker joined the Veld club on Monday.") == "fact"
    assert classify("The Real ID deadline for ferry passengers was moved to May.") == "fact"


@pytest.mark.parametrize("text", [
    "Sabotage may have sunk the Veld ferry.",
    "The strike could cost the port 2 million euros, and the board has no plan.",
])
def test_a_guess_in_the_writers_words_is_opinion(text: str) -> None:
    assert classify(text) == "opinion"


# reading 41a: multinews-132's CNN opening "A Cuban government investigator ... on Monday dismissed a US
# government theory that microwave weapons ... may have been used" read as the writer's speculation, and the
# brief led with background ("Between November 2016 and October 2017, a strange illness afflicted ...")
@pytest.mark.parametrize("text", [
    "A harbour inspector on Monday dismissed a theory that sabotage may have sunk the Veld ferry.",
    "Investigators on Friday dismissed allegations that the crew may have been drinking.",
])
def test_a_guess_inside_a_claim_someone_makes_is_theirs(text: str) -> None:
    assert classify(text) == "fact"


@pytest.mark.parametrize("text", [
    # review 41's B4: the writer's own guess after a claim, or about a claim that is the subject
    "Investigators on Monday ruled out the theory that the fire was arson, but the blaze could cost the city millions.",
    "The sabotage theory that gained ground in Kessel could reshape the ferry board's plans.",
])
def test_a_guess_after_or_about_a_claim_is_the_writers(text: str) -> None:
    assert classify(text) == "opinion"


@pytest.mark.parametrize(("text", "kind"), [
    # reading 41b: multinews-095 printed a station's 'Drivers caught in the middle of the wreckage told us traffic had
    # been moving smoothly ... until suddenly, "All we saw was brake lights. ..." said Bill Warrin' ("us": the station)
    ('Passengers told us the ferry had been listing, "All we saw was water. Everybody ran for the stairs, and next '
     'thing you know the lights went out," said Ada Wren.', "aside"),
    ('"We all saw the water coming in," Ada Wren told us.', "aside"),
    ('"We all saw the water coming in," Ada Wren told the Veld Post.', "quote"),
    # (review 41's B3: a speaker's words in a quotation left open or set in single marks)
    ('"He told me the ferry was safe.', "quote"),
    ("‘The mayor told us nothing about the ferry,’ said the harbour master.", "quote"),
])
def test_words_said_to_the_writer_are_the_writers_aside(text: str, kind: str) -> None:
    assert classify(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    # multinews-080: a gallery caption printed as a fact once the tag before it was no longer printed
    ("July 4, 2028 Spectators on the quay watch the harbour fireworks show.", "aside"),
    ("Jan. 20, 2028 Ada Wren of Veldhaven waves to the crowd.", "aside"),
    ("1 of 14 Full Screen Autoplay Close Skip Ad × A soggy night on the quay View Photos Rain or shine, the "
     "fireworks are a harbour tradition.", "aside"),
    ("Caption Rain or shine, the fireworks are a harbour tradition.", "aside"),
    ("Captions on the quay's new signs are in three languages.", "fact"),
    ("July 4, 2028, was the wettest day on record in the harbour.", "fact"),
    ("On July 4, 2028 the harbour fireworks drew 20,000 people to the quay.", "fact"),
    # review 50c's B5: a page's date run into its lede
    ("Aug. 3, 2028 Harbour master Ada Wren resigned, the council said Tuesday.", "fact"),
    ("July 14, 2028 KESSEL (AP) — Harbour crews are pushing ahead with the new quay.", "fact"),
])
def test_a_caption_opening_on_its_pictures_date_is_page_furniture(text: str, kind: str) -> None:
    assert classify(text) == kind


# Reading 50e (MISLEADS), neus-val-0036: a fact-checker's verdict in its own words, "Trump erred when he said
# it's “proven” that a minimum-wage boost would lead to many firings.", was printed as a fact.
@pytest.mark.parametrize(("text", "kind"), [
    ("Wren erred when she said it's 'proven' that a higher ferry fare would empty the boats.", "opinion"),
    ("Wren overstated the drop when she claimed the boats ran empty all winter.", "fact"),
    ("Wren exaggerated when she claimed the boats ran empty all winter.", "opinion"),
    # told as someone's verdict, or the speaker's own admission
    ("The harbour panel found Wren erred when she said the boats ran empty.", "fact"),
    ("Wren said she erred when she cut the night fares.", "fact"),
])
def test_a_fact_checkers_verdict_in_its_own_words_is_opinion(text: str, kind: str) -> None:
    assert classify(text) == kind




def test_the_writers_forecast_of_a_harm_is_opinion() -> None:
    # reading 51a (MISLEADS, mild), multinews-126: Reuters' own forecast "the growing number of them could
    # complicate the administration's effort to enforce it" printed as a fact (landed in session 53, once
    # reading 53's standalone fixes had raised the Multi-News margin it cost 0.0075 of)
    text = ("While no ruling struck down the ferry order, the growing number of them could complicate the board's "
            "effort to enforce it.")
    assert classify(text) == "opinion"
    assert classify("The harbour board warned the strike could complicate its effort to reopen the quay.") == "fact"
    # review 53: a question someone examines, and a plan ("may"), are no forecast of the writer's
    assert classify("Regulators are examining whether the merger could erode competition in the region.") == "fact"
    assert classify("The port authority may deepen the harbour channel next year.") == "fact"
