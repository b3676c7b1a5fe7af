"""Mentions, titles, merging and ordering, on small hand-made articles."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.config import Config
from timeline.events import extract
from timeline.merge import merge
from timeline.model import Document, Granularity, Method, Modifier, PublicationDate, Status
from timeline.order import order
from timeline.tag import tag
from timeline.titles import make_title

SATURDAY = dt.date(2025, 3, 15)


def article(id: str, text: str, published: dt.date = SATURDAY) -> Document:
    return Document(id=id, text=text, published=PublicationDate.exact(published, Method.METADATA, "test"))


def mentions_of(doc: Document) -> list:  # type: ignore[type-arg]
    assert doc.published is not None
    return extract(doc, tag(doc.text, doc.published.date))


def test_every_date_anchors_a_mention_but_durations_sets_and_refs_do_not() -> None:
    doc = article(
        "a",
        "The summit was held on Tuesday. A 30-day ceasefire was agreed. "
        "We have backed Ukraine for the last three years. Talks happen every Monday. "
        "Officials are now hopeful. Leaders will meet again next week.",
    )
    found = mentions_of(doc)
    assert [m.timex.text for m in found] == ["Tuesday", "next week"]
    assert found[0].timex.span is not None and found[0].timex.span.first == dt.date(2025, 3, 11)
    assert found[1].timex.span is not None and found[1].timex.span.granularity is Granularity.WEEK


def test_a_sentence_with_two_dates_gives_two_mentions() -> None:
    doc = article("a", "Putin said on Thursday that the chiefs will meet on Friday next week.")
    assert len(mentions_of(doc)) == 2


def test_status_happened_planned_conditional() -> None:
    doc = article(
        "a",
        "Starmer hosted a virtual summit on Saturday morning.\n"
        "Military chiefs are set to meet in London on Thursday.\n"
        "If Moscow accepts the offer next week, troops would be deployed.",
    )
    statuses = [m.status for m in mentions_of(doc)]
    assert statuses == [Status.HAPPENED, Status.PLANNED, Status.CONDITIONAL]


def test_conditional_cue_after_the_date_does_not_make_the_statement_hypothetical() -> None:
    doc = article("a", "Starmer said yesterday that allies would help Ukraine in the event of a ceasefire.")
    assert [m.status for m in mentions_of(doc)] == [Status.HAPPENED]


@pytest.mark.parametrize(
    ("text", "published", "status"),
    [
        # A plan told as one of the past is a plan, whatever its date: whether it happened, the
        # clause does not say.
        ("The announcement of the chair had been expected last week.", "2024-10-21", Status.PLANNED),
        ("Voting had been due to end Sunday, but was extended.", "1997-04-14", Status.PLANNED),
        ("Wages grew faster than had been expected in October.", "2005-11-10", Status.HAPPENED),
        # A condition holds to the end of its conjunct.
        (
            "It is ready to sell sites if needed, and said earlier this month that it had found financing.",
            "2025-08-13",
            Status.HAPPENED,
        ),
        (
            "If Moscow accepts the offer, troops would be deployed next week.",
            "2025-08-13",
            Status.CONDITIONAL,
        ),
        # A modal of possibility just before a date not over.
        ("A second round could follow later in May if both sides agree.", "2025-05-08", Status.CONDITIONAL),
        ("The plant may close next year, the union said.", "2025-05-08", Status.CONDITIONAL),
        ("The talks could not be finished on Tuesday.", "2025-05-08", Status.HAPPENED),
        (
            "Asked what a force could do, he said talks would be held on Thursday.",
            "2025-05-06",
            Status.PLANNED,
        ),
        ("The expo will be held from May 1 to October 31, 2026.", "2025-05-08", Status.PLANNED),
        # "Later" in a period begun is ahead of the telling; "later Tuesday" goes on from the story.
        ("A second round of talks is expected later this month.", "2025-05-08", Status.PLANNED),
        ("Parliament would ratify the budget later this month.", "2025-05-08", Status.PLANNED),
        ("Later on Thursday, the minister met the envoy.", "2025-05-08", Status.HAPPENED),
    ],
)
def test_status_of_plans_gone_by_possibilities_and_later(text: str, published: str, status: Status) -> None:
    found = mentions_of(article("a", text, dt.date.fromisoformat(published)))
    assert [m.status for m in found][:1] == [status]


def test_dateline_is_not_an_event() -> None:
    doc = article("a", "MOSCOW, March 15, 2025 (AFP)\nRussia rejected the offer on Friday.")
    assert [m.timex.text for m in mentions_of(doc)] == ["Friday"]


def test_a_dateline_opening_the_lede_is_not_an_event_and_not_in_titles() -> None:
    doc = article("a", "LISBON, March 15 (Reuters) - Storm Ines battered the coast on Friday, killing three.")
    (mention,) = mentions_of(doc)
    assert mention.timex.text == "Friday"
    assert make_title(mention) == "Storm Ines battered the coast, killing three"
    release = article(
        "b", "ST. PAUL, Minn., March 15, 2025 /PRNewswire/ -- The council said on Friday it had a deal."
    )
    (mention,) = mentions_of(release)
    assert mention.timex.text == "Friday"
    assert make_title(mention) == "The council said it had a deal"


def test_the_subject_a_title_keeps_comes_after_a_dateline() -> None:
    doc = article(
        "a",
        "LONDON, Oct 9 (Reuters) - The operator of Tarrow, one of Britain's largest container ports, on "
        "Thursday raised its pay offer to striking dockworkers to 6.5% plus a one-off payment of 1,200 "
        "pounds, in an attempt to end a walkout that began on Monday.",
    )
    mention = next(m for m in mentions_of(doc) if m.timex.text == "Thursday")
    assert make_title(mention).startswith("The operator of Tarrow raised its pay offer")


def test_mention_records_actors_and_terms() -> None:
    doc = article("a", "Keir Starmer hosted a virtual summit with Volodymyr Zelensky on Saturday.")
    (mention,) = mentions_of(doc)
    assert "Keir Starmer" in mention.actors and "Volodymyr Zelensky" in mention.actors
    assert "meeting" in mention.terms  # "summit" is normalized
    assert doc.text[mention.sentence_start : mention.sentence_end] == mention.sentence


def test_titles_drop_the_date_attribution_and_dangling_quotes() -> None:
    doc = article(
        "a",
        "France plans to host a second meeting on Wednesday, diplomatic sources told Reuters.\n"
        "Trump said on Friday that talks were “going well, he said.",
    )
    first, second = (make_title(m) for m in mentions_of(doc))
    assert first == "France plans to host a second meeting"
    assert "Friday" not in second and "“" not in second
    long_doc = article(
        "b", "On Monday " + "the leaders discussed the security arrangements at length " * 5 + "."
    )
    assert len(make_title(mentions_of(long_doc)[0])) <= 101


def test_a_title_keeps_no_quotation_marks_around_a_date_it_cut() -> None:
    doc = article("a", "The new bridge will open to traffic, the mayor said “on Wednesday”.")
    assert make_title(mentions_of(doc)[0]) == "The new bridge will open to traffic, the mayor said"


def test_title_keeps_a_date_that_is_the_object_of_its_verb() -> None:
    doc = article("a", "A No 10 insider insisted the premier had spent this week focused on the deal.")
    assert (
        make_title(mentions_of(doc)[0])
        == "A No 10 insider insisted the premier had spent this week focused on the deal"
    )


def test_title_keeps_a_date_that_its_preposition_or_range_needs() -> None:
    from timeline.titles import without_date

    def title(sentence: str, date: str) -> str:
        start = sentence.index(date)
        return without_date(sentence, start, start + len(date))

    range_ = "He had lived in exile in Switzerland between 1975 and 1980."
    assert title(range_, "1975") == range_ and title(range_, "1980") == range_
    back = "First reports of the Shroud go back to the 7th century in Jerusalem."
    assert title(back, "the 7th century") == back
    assert title("The agency estimates the shortfall for 1997 at 1.8 million tonnes.", "1997") == (
        "The agency estimates the shortfall at 1.8 million tonnes."
    )
    assert title("Leaders met on Tuesday and agreed a plan.", "Tuesday") == "Leaders met and agreed a plan."
    assert title("It risks a repeat of last month's row.", "last month") == "It risks a repeat of the row."


def test_title_of_a_temporal_clause_holding_the_date_is_that_clause() -> None:
    doc = article(
        "a",
        "When French president Emmanuel Macron suggested last week that he and Starmer would go, "
        "Downing Street downplayed the prospect.",
    )
    assert (
        make_title(mentions_of(doc)[0])
        == "French president Emmanuel Macron suggested that he and Starmer would go"
    )
    doc = article(
        "b",
        "The precise make-up of a multinational peacekeeping force is still subject to negotiation, "
        "after the summit in Paris organised by Emmanuel Macron on Monday ended without agreement on a "
        "unified response.",
    )
    assert make_title(mentions_of(doc)[0]).startswith(
        "The summit in Paris organised by Emmanuel Macron ended"
    )


def test_title_of_a_relative_clause_takes_its_antecedent() -> None:
    doc = article(
        "a",
        "The allies have stepped up patrols over the region since the war ended, and Baghdad, which in "
        "September said it would no longer recognize the no-fly zones in the south and the north, has "
        "hailed the flights as a victory.",
    )
    (mention,) = [m for m in mentions_of(doc) if m.timex.text == "September"]
    assert make_title(mention).startswith("Baghdad said it would no longer recognize the no-fly zones")
    doc = article(
        "b",
        "The Turkish press and the government in Ankara reacted furiously to the fire, which broke out on "
        "Monday in the western city of Krefeld and killed three people of Turkish origin.",
    )
    assert make_title(mentions_of(doc)[0]).startswith("The fire broke out in the western city of Krefeld")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Officials said the UK backs his idea of economic interests in a minerals deal in Ukraine, "
            "first floated by the US President to Starmer in the White House last month.",
            "A minerals deal in Ukraine, first floated by the US President to Starmer in the White House",
        ),
        (
            "Mobutu also has problems at home with the main political opposition, led by sacked prime "
            "minister Etienne Tshisekedi since Tuesday.",
            "The main political opposition, led by sacked prime minister Etienne Tshisekedi",
        ),
        (
            # The noun phrase does not cross a verb: "the country rejected the results" is none.
            "Opposition leaders who had boycotted the vote in the country rejected the results of the "
            "election, announced by the election commission on Monday.",
            "The results of the election, announced by the election commission",
        ),
    ],
)
def test_title_of_a_reduced_relative_takes_what_it_describes(text: str, title: str) -> None:
    # A participle with its agent after a comma describes the noun phrase before it.
    assert make_title(mentions_of(article("a", text))[0]) == title


def test_title_of_a_speech_participle_opening_is_the_main_clause() -> None:
    doc = article(
        "a",
        "Speaking alongside fellow European defence ministers in Paris on Wednesday, Defence Secretary "
        "John Healey said the world faced decisive days in the push for peace.",
    )
    (mention,) = mentions_of(doc)
    assert (
        make_title(mention)
        == "Defence Secretary John Healey said the world faced decisive days in the push for peace"
    )
    # When the date is in the main clause, the opening stays.
    doc = article(
        "b", "Speaking in Paris, Healey said on Wednesday that work on the coalition was accelerating."
    )
    assert make_title(mentions_of(doc)[0]).startswith("Speaking in Paris")


REPORTS = [
    article(
        "lbc",
        "The Prime Minister held the virtual summit on Saturday morning with 25 leaders of the coalition.",
    ),
    article(
        "guardian",
        "Keir Starmer said yesterday that the coalition of the willing would keep up the pressure.\n"
        "Starmer hosted a virtual summit with leaders to marshal pressure on Russia.",
        dt.date(2025, 3, 16),
    ),
    article("mirror", "Military chiefs will meet in London on Thursday to plan the peacekeeping force."),
    article(
        "times",
        "Coalition military chiefs are set to meet next week to plan a peacekeeping force.",
        dt.date(2025, 3, 14),
    ),
    article("bbc", "Separately, the price of eggs rose on Saturday in London markets."),
]


def events_of(docs: list[Document], config: Config | None = None) -> list:  # type: ignore[type-arg]
    return order(merge([m for d in docs for m in mentions_of(d)], config))


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("Dock workers could walk out before Christmas after backing strike action.", Modifier.BEFORE),
        ("Shops expect a rush in the run-up to Christmas.", Modifier.BEFORE),
        ("The company must respond by Friday, the union said.", Modifier.ON_OR_BEFORE),
        ("The town was hit by Friday's storm.", None),  # the storm's day
        ("The deal must be signed by the end of the month.", Modifier.END),  # its own modifier stays
        ("Dock workers walked out on Christmas Day.", None),
    ],
)
def test_an_event_before_or_by_its_date_is_not_on_it(text: str, mod: Modifier | None) -> None:
    # "Could walk out before Christmas" made a planned walkout on Christmas Day.
    (mention,) = mentions_of(article("a", text, dt.date(2025, 11, 26)))
    assert mention.timex.span is not None and mention.timex.span.mod is mod


def test_an_event_before_a_day_does_not_merge_with_one_on_it() -> None:
    docs = [
        article(
            "a",
            "Dock workers at the port could walk out before Christmas, the union said.",
            dt.date(2025, 11, 26),
        ),
        article(
            "b",
            "Dock workers at the port walked out on Christmas Day, the union said.",
            dt.date(2025, 12, 26),
        ),
    ]
    assert len(events_of(docs)) == 2


def test_reports_of_one_event_merge_across_outlets_and_keep_every_source() -> None:
    events = events_of(REPORTS)
    summit = next(e for e in events if "lbc" in e.documents)
    assert set(summit.documents) == {"lbc", "guardian"}
    assert summit.span.first == SATURDAY and summit.span.granularity is Granularity.DAY
    chiefs = next(e for e in events if "mirror" in e.documents)
    assert set(chiefs.documents) == {"mirror", "times"}
    # The finer date wins: Thursday 20 March, not the week.
    assert chiefs.span.first == chiefs.span.last == dt.date(2025, 3, 20)
    assert chiefs.status is Status.PLANNED
    eggs = next(e for e in events if "bbc" in e.documents)
    assert eggs.documents == ("bbc",)


def test_no_chaining_through_a_middle_mention() -> None:
    docs = [
        article("a", "Ministers met in Paris on Tuesday to discuss defence spending and ammunition stocks."),
        article("b", "Ministers met in Paris on Tuesday to discuss the football league and ticket prices."),
        article("c", "The football league cut ticket prices for fans of the club on Tuesday."),
    ]
    events = events_of(docs, Config(merge_threshold=0.3))
    together = [e for e in events if "a" in e.documents and "c" in e.documents]
    assert not together


def test_no_chaining_of_two_days_through_a_month_of_one_sentence() -> None:
    # The month-long span of the deal's sentence ("this month") holds both days and is like the
    # strike's report; joined to its own sentence's Thursday, it must not carry the deal into the
    # strike's event two weeks earlier.
    def dated(id: str, text: str, day: int) -> Document:
        return article(id, text, dt.date(2025, 11, day))

    docs = [
        dated(
            "strike",
            "The dock workers' union began a strike at the port on Thursday in the dispute over pay.",
            13,
        ),
        dated("rates", "The central bank cut interest rates on Tuesday to support growth.", 20),
        dated("rain", "Heavy rain flooded roads in the north on Sunday, the weather service said.", 17),
        dated("film", "The film festival opened on Friday with a premiere attended by stars.", 22),
        dated(
            "deal",
            "The port and the dock workers' union reached a pay deal late on Thursday, ending a dispute"
            " over pay that led to two strikes at the port this month.",
            28,
        ),
    ]
    events = events_of(docs)
    deal = next(e for e in events if "deal" in e.documents)
    assert deal.documents == ("deal",) and deal.span.first == dt.date(2025, 11, 27)
    strike = next(e for e in events if "strike" in e.documents)
    assert strike.documents == ("strike",) and strike.span.first == dt.date(2025, 11, 13)


@settings(max_examples=20, deadline=None)
@given(st.permutations(REPORTS))
def test_the_same_timeline_for_any_input_order(shuffled: list[Document]) -> None:
    assert events_of(list(shuffled)) == events_of(REPORTS)


def test_order_is_chronological_finer_first_and_idempotent() -> None:
    events = events_of([*REPORTS, article("x", "The week began badly. Prices fell this week across Europe.")])
    keys = [(e.span.first, e.span.granularity.rank) for e in events]
    assert keys == sorted(keys)
    assert order(events) == events
    assert order(reversed(events)) == events


def test_event_ids_are_stable_and_unique() -> None:
    first = events_of(REPORTS)
    again = events_of(list(reversed(REPORTS)))
    assert [e.id for e in first] == [e.id for e in again]
    assert len({e.id for e in first}) == len(first)


def test_disagreeing_sources_are_merged_with_recorded_dissent() -> None:
    text = "Keir Starmer hosted the virtual coalition summit with Zelensky and Macron on {}."
    docs = [
        article("a", text.format("Saturday")),
        article("b", text.format("Saturday")),
        article("c", text.format("Friday")),
    ]
    (event,) = events_of(docs)
    assert event.span.first == SATURDAY
    assert [d.document for d in event.dissent] == ["c"]


def test_a_calendar_date_outweighs_a_relative_one_as_well_supported() -> None:
    # A weekday's day depends on the article's publication date, which may be only inferred;
    # "14 March 2025" does not.
    text = "Keir Starmer hosted the virtual coalition summit with Zelensky and Macron on {}."
    for order_given in (["a", "b"], ["b", "a"]):
        docs = {"a": article("a", text.format("14 March 2025")), "b": article("b", text.format("Saturday"))}
        (event,) = events_of([docs[name] for name in order_given])
        assert event.span.first == SATURDAY - dt.timedelta(days=1)
        assert [d.document for d in event.dissent] == ["b"]


def test_merge_of_many_unrelated_days_stays_separate() -> None:
    docs = [
        article(f"d{i}", f"The council voted on the budget on {day.strftime('%d %B %Y')}.")
        for i, day in enumerate(SATURDAY - dt.timedelta(days=30 * k) for k in range(5))
    ]
    assert len(events_of(docs)) == 5


def test_a_sentence_repeated_in_one_article_is_one_report() -> None:
    sentence = "The council voted on the budget on Tuesday. "
    filler = "Weather was mild and the markets were quiet. "
    (event,) = events_of([article("a", (sentence + filler) * 40)])
    assert len(event.mentions) == 40
    assert {link.score for link in event.links} == {1.0}
    assert len(event.links) == 39


def test_attrs_values_are_frozen() -> None:
    (event,) = events_of([REPORTS[0]])
    try:
        event.title = "x"  # type: ignore[misc]
    except attrs.exceptions.FrozenInstanceError:
        pass
    else:  # pragma: no cover
        raise AssertionError("events must be immutable")


def test_explain_names_rules_anchors_and_merge_scores() -> None:
    import timeline

    tl = timeline.build_timeline(REPORTS)
    chiefs = next(e for e in tl.events if "mirror" in e.documents)
    text = timeline.explain(tl, chiefs.id)
    assert "weekday_pod" in text and "2025-03-20" in text  # the rule and value that dated "on Thursday"
    assert "metadata" in text  # how the anchor (publication date) was obtained
    assert "merged: [0]–[1]" in text
    assert text.count("\n") < timeline.explain(tl).count("\n")  # only the one event
    assert sum(line.startswith("  ") and "2025" in line[:24] for line in text.splitlines()) >= 1


def test_any_input_order_gives_byte_identical_json() -> None:
    import io

    import timeline
    from timeline.export import json as json_export

    outputs = set()
    for docs in (REPORTS, list(reversed(REPORTS)), REPORTS[2:] + REPORTS[:2]):
        buffer = io.StringIO()
        json_export.write(timeline.build_timeline(docs), buffer)
        outputs.add(buffer.getvalue())
    assert len(outputs) == 1


def test_a_line_with_no_sentence_breaks_gives_bounded_mentions() -> None:
    line = " ".join(f"the council met on Tuesday and talks resume next week item {n}" for n in range(400))
    found = mentions_of(article("scrape", line))
    assert len(found) == 800
    assert all(len(m.sentence) <= 620 for m in found)
    assert all(m.sentence in line for m in found[:20])


def test_a_short_headline_with_a_date_is_an_event_not_a_dateline() -> None:
    assert [m.timex.text for m in mentions_of(article("a", "Talks on Monday."))] == ["Monday"]
    assert mentions_of(article("b", "Published 15 March 2025\nNothing else.")) == []


def test_title_of_a_dated_attribution_is_the_attribution_not_the_quote() -> None:
    quote = 'It would be possible to negotiate all aspects of peace," '
    (mention,) = mentions_of(article("a", quote + "Zelenskyy added on X on Saturday afternoon."))
    assert make_title(mention) == "Zelenskyy added on X"
    inside = article("b", "“Our militaries will meet on Thursday in London to plan,” Starmer said.")
    assert "militaries will meet" in make_title(mentions_of(inside)[0])


def test_actor_names_lose_a_possessive_but_keep_a_final_s() -> None:
    from timeline.text import actors

    found = actors("Mr Putin's forces entered Paris as Reuters reported; the Jones' house and Putin’s plan.")
    assert found == ("Putin", "Paris", "Reuters", "Jones")


def test_words_opening_a_sentence_are_not_actors() -> None:
    # Wire copy opens sentences with these; counted as names, they gave unrelated reports of one
    # day the shared-actor bonus ("Nov" in "on Nov. 11", "During", "According to").
    from timeline.text import actors

    assert actors("During Nov. 7-11, libraries in Finland will open.") == ("Finland",)
    assert actors("According to Xinhua, Police said Sunday's rally in Moscow went ahead.") == (
        "Xinhua",
        "Moscow",
    )
    assert actors("It's clear, His Defence Minister Boris Pistorius said at 10 GMT.") == ("Boris Pistorius",)
    assert actors("Will Smith flew to New York.") == ("Will Smith", "New York")


# The attribution pattern written plainly: slower (it backtracks through every speaker's words)
# but plainly right; the compiled one must remove exactly what this removes.
_PLAIN_ATTRIBUTION = (
    r"(?:,?\s*(?:\"|”|’|')?\s*(?:,\s*)?(?<![A-Z])(?:he|she|they|it|officials?|sources?|diplomats?|"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"\s+(?:said|says|added|told\s+[\w\s]{1,30}|continued|warned|insisted|stated|wrote|explained|noted)"
    r"(?:\s+(?:on|in)\s+[\w/]+)?\s*[.,]?\s*$"
    r"|,?\s*\b(?:diplomatic\s+)?sources\s+told\s+\w+\s*\.?$|,?\s*\bit\s+is\s+understood\.?$)"
)
_SPEAKER_WORDS = [
    "he",
    "the",
    "it",
    "is",
    "sources",
    "Reuters",
    "3M",
    "_x",
    "O'Neil",
    "habit",
    "resources",
    "Mr.",
    "ſ",
    ",",
    '"',
    "’",
]
_ATTRIBUTION_ENDS = [
    "said",
    "said.",
    "told Reuters",
    "added on Monday",
    "it is understood.",
    "sources told AFP",
    "",
]


@given(
    st.lists(
        st.tuples(st.sampled_from(_SPEAKER_WORDS), st.sampled_from(["", " ", ", ", "\u00a0"])), max_size=6
    ),
    st.sampled_from(_ATTRIBUTION_ENDS),
)
def test_attribution_pattern_removes_what_the_plain_pattern_removes(
    parts: list[tuple[str, str]], end: str
) -> None:
    import re

    from timeline.titles import _ATTRIBUTION

    tail = "".join(word + gap for word, gap in parts) + end
    assert _ATTRIBUTION.sub("", tail) == re.sub(_PLAIN_ATTRIBUTION, "", tail, flags=re.IGNORECASE)


@given(
    st.lists(
        st.tuples(st.sampled_from(_SPEAKER_WORDS), st.sampled_from(["", " ", ", ", "\u00a0"])), max_size=6
    ),
    st.sampled_from([*_ATTRIBUTION_ENDS, "SAID", "said in London", "told the BBC.", "noted ,", "insisted"]),
)
def test_an_attribution_has_the_end_titles_look_for_first(parts: list[tuple[str, str]], end: str) -> None:
    from timeline.titles import _ATTRIBUTION, _ATTRIBUTION_END

    tail = "".join(word + gap for word, gap in parts) + end
    assert _ATTRIBUTION.search(tail) is None or _ATTRIBUTION_END.search(tail) is not None


def test_an_attribution_is_not_found_inside_a_word() -> None:
    from timeline.titles import _ATTRIBUTION

    assert _ATTRIBUTION.sub("", "a change of habit is understood.") == "a change of habit is understood."
    assert _ATTRIBUTION.sub("", "the talks failed, it is understood.") == "the talks failed"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "There is a risk of a repeat of last month’s row in the Oval Office, which the PM would not "
            "want.",
            "The row in the Oval Office",
        ),
        (
            "Leeds admitted fielding six loan players in last month's defeat at Burnley.",
            "The defeat at Burnley",
        ),
        (
            "It served in the Gulf War and last year's tensions between Taiwan and China.",
            "The tensions between Taiwan and China",
        ),
        (
            "Shares fell 24 points from Tuesday's record high of 5,607.8, dealers said.",
            "The record high of 5,607.8",
        ),
        (
            "Recchia crashed in Friday's women's World Cup downhill and was airlifted to hospital.",
            "The women's World Cup downhill",
        ),
    ],
)
def test_a_date_in_the_possessive_titles_the_event_it_owns(sentence: str, title: str) -> None:
    assert make_title(mentions_of(article("a", sentence))[0]) == title


@pytest.mark.parametrize(
    ("sentence", "owned"),
    [
        ("Putin flatly rejected Tuesday's proposal.", "The proposal"),  # says too little
        (
            "Responding to Saturday's meeting of the coalition, the Liberal Democrat leader said Putin "
            "could end the war.",
            "The meeting",  # a speech opening: the title is what was said
        ),
        (
            "He welcomed Monday's agreement between the two sides on the terms of a truce for a month.",
            "The agreement",  # runs on too long to be one phrase
        ),
        ("Monday's the last day for applications to the scheme.", "The the"),  # "'s" is "is"
        ("Tomorrow's going to be a very difficult day for us all.", "The going"),
    ],
)
def test_a_possessive_date_with_little_or_too_much_after_it_keeps_the_clause_title(
    sentence: str, owned: str
) -> None:
    assert not make_title(mentions_of(article("a", sentence))[0]).startswith(owned)


def test_of_two_dates_in_one_report_the_event_takes_the_one_told_with_its_status() -> None:
    # The declaration happened on Saturday; the truce is for Easter, still to come.
    doc = article("a", "Putin declared an Easter truce on Saturday, the Kremlin said.", dt.date(2025, 4, 19))
    (event,) = merge(mentions_of(doc), Config())
    assert event.status is Status.HAPPENED
    assert event.span.value == "2025-04-19"
    # Easter is the time of another thing the sentence says, not another date for the declaration.
    assert event.dissent == ()


def test_another_date_of_the_sentence_does_not_set_the_status_nor_dispute_the_date() -> None:
    doc = article(
        "a",
        "France plans to host a second meeting on Wednesday, with countries not present earlier this week.",
        dt.date(2025, 2, 19),
    )
    (event,) = merge(mentions_of(doc), Config())
    assert event.span.value == "2025-02-19"
    assert event.status is Status.PLANNED  # the meeting is to come; "earlier this week" is another time
    assert event.dissent == ()
    other = article("b", "Ministers met on Monday. Talks will resume on Wednesday.", dt.date(2025, 2, 18))
    (monday, wednesday) = merge(mentions_of(other), Config())
    assert (monday.status, wednesday.status) == (Status.HAPPENED, Status.PLANNED)


def test_one_article_tells_what_was_done_and_what_is_to_come_at_two_dates_as_two_events() -> None:
    # The seeds' case: the week's prediction and the weekend's election share a word or two.
    others = [
        article("b", "Shares in Zorblat rose on Monday.\nThe Vintrel harbour reopened on Tuesday."),
        article("c", "Heavy rain flooded Quenton on Sunday.\nSchools in Quenton closed last week."),
    ]
    wednesday = dt.date(2025, 2, 19)
    doc = article(
        "a",
        "Allied troops could be sent to Ukraine, McMaster predicted this week.\nGerman participation "
        "depends on the election at the weekend, officials in Ukraine said.",
        wednesday,
    )

    def events_of(document: Document) -> list[str]:
        found = [m for d in [document, *others] for m in mentions_of(d)]
        return sorted(e.span.value for e in merge(found, Config()) if e.mentions[0].document == document.id)

    assert events_of(doc) == ["2025-W08", "2025-W08-WE"]
    # A lead and its detail, both of what happened, are one event.
    storm = article(
        "d",
        "Storms lashed the coast at the weekend.\nHeavy storms lashed the coast on Saturday, cutting "
        "power to thousands of homes.",
        dt.date(2025, 3, 12),
    )
    assert events_of(storm) == ["2025-03-08"]


def test_a_range_of_days_is_one_mention_over_all_its_days() -> None:
    doc = article(
        "a",
        "The conference runs March 17-21 in Austin. Ministers will meet between 3 and 5 April. "
        "Talks ran from March 29 until the 2nd.",
        dt.date(2025, 3, 12),
    )
    found = mentions_of(doc)
    assert [(m.timex.text, m.timex.span.first, m.timex.span.last) for m in found] == [
        ("March 17-21", dt.date(2025, 3, 17), dt.date(2025, 3, 21)),
        ("3 and 5 April", dt.date(2025, 4, 3), dt.date(2025, 4, 5)),
        ("March 29 until the 2nd", dt.date(2025, 3, 29), dt.date(2025, 4, 2)),
    ]
    assert found[0].timex.value == "2025-03-17/2025-03-21"
    assert found[0].timex.rule == "range"
    assert make_title(found[0]) == "The conference runs in Austin"


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        # Read on a Saturday: Friday alone is yesterday, Sunday alone the Sunday before it.
        ("The poll, conducted from Friday through Sunday, found support falling.", 7, 9),
        # Ahead, Sunday alone is tomorrow, Friday alone the one after it.
        ("The festival will run from Friday through Sunday in the old town.", 21, 23),
    ],
)
def test_a_range_of_weekdays_runs_forward_from_its_first_day(text: str, first: int, last: int) -> None:
    (found,) = mentions_of(article("a", text, dt.date(2025, 3, 15)))
    span = found.timex.span
    assert (span.first, span.last) == (dt.date(2025, 3, first), dt.date(2025, 3, last))


def test_a_range_written_with_a_dash_stays_a_range_beside_a_verb_that_moves_dates() -> None:
    text = "The move to postpone the trip, which had been set for June 7-14, came late."
    found = mentions_of(article("a", text, dt.date(2025, 6, 20)))
    assert [(m.timex.text, m.timex.value) for m in found] == [("June 7-14", "2025-06-07/2025-06-14")]


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors visited the plant on March 10 and March 14.",  # two visits
        "The vote was postponed from March 10 to March 14.",  # a date moved
        "The vote was moved from March 10 to March 14.",
        "Russia struck on March 1, and Ukraine on March 14.",  # no range word between them
    ],
)
def test_two_days_that_bound_no_range_stay_two_mentions(text: str) -> None:
    found = mentions_of(article("a", text, dt.date(2025, 3, 20)))
    assert len(found) == 2
    assert all(m.timex.span.days == 1 for m in found)


@pytest.mark.parametrize(
    ("text", "expression", "first", "title"),
    [
        (
            "Rescuers recovered five more bodies overnight and this morning, police said.",
            "overnight and this morning",
            9,
            "Rescuers recovered five more bodies",
        ),
        ("Fighting raged overnight and into Thursday.", "overnight and into Thursday", 9, "Fighting raged"),
        ("Crews worked on Tuesday night and Wednesday.", "Tuesday night and Wednesday", 8, "Crews worked"),
    ],
)
def test_a_night_and_the_day_after_it_are_one_mention_over_both(
    text: str, expression: str, first: int, title: str
) -> None:
    (found,) = mentions_of(article("a", text, dt.date(2024, 10, 10)))
    span = found.timex.span
    assert found.timex.text.endswith(expression)
    assert (span.first, span.last) == (dt.date(2024, 10, first), dt.date(2024, 10, first + 1))
    assert make_title(found) == title


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers searched overnight; on Thursday they found two more bodies.",  # no "and" or "into"
        "Rescuers worked on Monday night and on Wednesday.",  # not the day after
    ],
)
def test_a_night_and_a_day_not_told_as_one_stretch_stay_two_mentions(text: str) -> None:
    assert len(mentions_of(article("a", text, dt.date(2024, 10, 10)))) == 2


def test_a_range_opened_by_a_time_starts_at_its_date() -> None:
    found = mentions_of(
        article("a", "Talks ran from March 10 at 9 a.m. until March 14.", dt.date(2025, 3, 20))
    )
    assert [(m.timex.text, m.timex.value) for m in found] == [
        ("March 10 at 9 a.m. until March 14", "2025-03-10/2025-03-14")
    ]


@pytest.mark.parametrize(
    ("text", "expressions"),
    [
        ("The death toll rose on March 10 to 14.", ["March 10"]),  # a count, not a range end
        ("On March 10 to 12 journalists were arrested.", ["March 10"]),
        ("Scotland's March 3-1 win over Wales was a surprise.", ["March 3"]),  # a score
        ("The vote was postponed to March 20-22.", ["March 20-22"]),  # a dash still writes a range
    ],
)
def test_what_looks_like_a_range_and_is_not(text: str, expressions: list[str]) -> None:
    found = mentions_of(article("a", text, dt.date(2025, 3, 12)))
    assert [m.timex.text for m in found] == expressions


LIVE_BLOG = (
    "Port strike: deal reached – as it happened\n\n"
    "Saturday 15 March\n\n"
    "00:15\nStrike suspended\nThe union has suspended the strike with immediate effect.\n\n"
    "Friday 14 March\n\n"
    "23:40\nBreaking: deal reached\nAcas has announced a provisional agreement.\n\n"
    "21:10\nStill going. Talks began on Wednesday and have run for 13 hours today.\n\n"
    "17:30\nSources on both sides say the gap is narrowing.\n\n"
    "09:30\nGood morning\nWelcome to our live coverage of the talks.\n"
)


def test_a_live_blog_entry_is_dated_by_its_stamp_and_the_section_header_above_it() -> None:
    found = [(m.timex.text, m.timex.value, m.sentence) for m in mentions_of(article("blog", LIVE_BLOG))]
    stamped = [(text, value, sentence) for text, value, sentence in found if ":" in text]
    assert stamped == [
        ("00:15", "2025-03-15T00:15", "00:15\nStrike suspended"),
        ("23:40", "2025-03-14T23:40", "23:40\nBreaking: deal reached"),
        # The entry's own "Wednesday" does not move the stamps under Friday's header.
        ("17:30", "2025-03-14T17:30", "17:30\nSources on both sides say the gap is narrowing."),
    ]
    # "Still going", "Good morning": the blog's furniture; the headers date their sections only.
    assert not any(sentence.startswith(("Saturday", "Friday")) for _, _, sentence in found)


def test_a_live_blog_entry_written_after_the_blog_began_tells_what_happened() -> None:
    blog = article("blog", LIVE_BLOG, dt.date(2025, 3, 14))
    statuses = {m.timex.text: m.status for m in mentions_of(blog)}
    assert statuses["00:15"] is Status.HAPPENED  # "The union has suspended the strike", on the 15th
    planned = article(
        "plan", LIVE_BLOG.replace("Strike suspended", "Strike will be suspended"), dt.date(2025, 3, 14)
    )
    assert {m.timex.text: m.status for m in mentions_of(planned)}["00:15"] is Status.PLANNED


def test_a_timetable_stamped_like_a_live_blog_tells_what_is_to_come() -> None:
    timetable = (
        "The state funeral: what happens when\n\n"
        "Monday 17 March\n\n"
        "10:44\nThe coffin leaves Westminster Hall.\n\n"
        "11:00\nThe service begins at Westminster Abbey.\n"
    )
    statuses = [m.status for m in mentions_of(article("t", timetable, dt.date(2025, 3, 15)))]
    assert statuses == [Status.PLANNED, Status.PLANNED]


def test_a_date_alone_on_a_line_below_the_top_heads_the_paragraph_under_it() -> None:
    text = (
        "Talks resumed in Leeds after a week's pause, officials said." * 8
        + "\n\nThursday 13 March\n\nThe union walked out."
    )
    found = [m for m in mentions_of(article("a", text)) if m.timex.text == "Thursday 13 March"]
    assert [m.sentence for m in found] == ["Thursday 13 March\n\nThe union walked out."]


# The patterns as first written: the ones in use open with a character class, for speed, and must
# find what these find.
_PLAIN_CLAUSE_BREAK = r"\s*(?:[;:]|,\s+(?:but|while|although|though|whereas|which|who)\b|\s[-–—]\s)\s*"
_PLAIN_FUTURE = (
    r"\b(?:will|'ll|shall|is\s+set\s+to|are\s+set\s+to|set\s+to|(?:is|are)\s+expected|expected\s+to|"
    r"plans?\s+to|planning\s+to|(?:is|are)\s+preparing\s+to|preparing\s+to|(?:is|are)\s+due\s+to|"
    r"scheduled|(?:is|are)\s+to\s+\w+|going\s+to|would\s+then|to\s+be\s+held|upcoming|aims?\s+to|"
    r"intends?\s+to|ahead\s+of)\b"
)
_PLAIN_SEGMENT_BREAK = r",\s+|;\s+|\s[-–—]\s"
_PLAIN_CONDITIONAL = (
    r"\b(?:if|unless|should\s+(?:there|the|a|an|russia|moscow|\w+)\s+(?:be|agree|accept)|in\s+the\s+event\s+of|"
    r"in\s+case|provided\s+that|whether|could\s+have|would\s+have|should\s+have|might|hypothetical)\b"
)
_PLAIN_BOUND_BEFORE = (
    r"(?:\b(?:to|of|between|through|throughout|into|than|with|versus|vs\.?|spen[dt]|spends|spending|took"
    r"|take|takes|taking|lasted|lasting)|(?:\d\w*|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue"
    r"|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?),?\s+(?:and|or))\s+$"
)
_BREAK_PIECES = [
    " ", "  ", "\n", "\t", "\u00a0", "\u2009", ",", ";", ":", "-", "–", "—", ".", "x", "é",
    "but", "which", "whom", "While", "butter",
]  # fmt: skip


@given(st.lists(st.sampled_from(_BREAK_PIECES), max_size=14).map("".join), st.data())
def test_clause_and_segment_breaks_are_those_of_the_plain_patterns(text: str, data: st.DataObject) -> None:
    import re

    from timeline.events import _CLAUSE_BREAK
    from timeline.titles import _SEGMENT_BREAK

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for fast, plain in ((_CLAUSE_BREAK, _PLAIN_CLAUSE_BREAK), (_SEGMENT_BREAK, _PLAIN_SEGMENT_BREAK)):
        assert [m.span() for m in fast.finditer(text, start, end)] == [
            m.span() for m in re.compile(plain).finditer(text, start, end)
        ]


@given(
    st.lists(
        st.sampled_from(
            ["will", "'ll", "they", "is", "are", "set", "to", "due", "expected", "plans", "aim", "aims",
             "ahead", "of", "going", "would", "then", "be", "held", "upcoming", "ſhall", "WILL", "İs", "x"]
        ),
        max_size=8,
    ),
    st.lists(st.sampled_from([" ", "  ", "\n", "", ",", "'"]), min_size=8, max_size=8),
)  # fmt: skip
def test_future_cues_are_those_of_the_plain_pattern(words: list[str], gaps: list[str]) -> None:
    import re

    from timeline.events import _FUTURE

    text = "".join(word + gap for word, gap in zip(words, gaps, strict=False))
    assert (_FUTURE.search(text) is None) == (re.search(_PLAIN_FUTURE, text, re.IGNORECASE) is None)


@given(
    st.lists(
        st.sampled_from(
            ["if", "If", "İf", "ıf", "IF", "unless", "should", "ſhould", "Russia", "be", "have", "in", "the",
             "event", "of", "case", "provided", "that", "whether", "could", "would", "might", "hypothetical",
             "xif", "é", "x"]
        ),
        max_size=8,
    ),
    st.lists(st.sampled_from([" ", "  ", "\n", "", ",", "'", "-"]), min_size=8, max_size=8),
    st.data(),
)  # fmt: skip
def test_conditional_cues_are_those_of_the_plain_pattern(
    words: list[str], gaps: list[str], data: st.DataObject
) -> None:
    import re

    from timeline.events import _CONDITIONAL

    text = "".join(word + gap for word, gap in zip(words, gaps, strict=False))
    end = data.draw(st.integers(0, len(text)))
    plain = re.compile(_PLAIN_CONDITIONAL, re.IGNORECASE)
    assert (_CONDITIONAL.search(text, 0, end) is None) == (plain.search(text, 0, end) is None)


@given(
    st.lists(st.sampled_from(["to", "of", "with", "on", "in", "last", "vs.", "spent", "took", "Tuesday", "12",
                              "and", "or", "ſpent", "VERSUS", "taKing", ",", "x"]), max_size=5),
    st.sampled_from([" ", "  ", "\n", "", " \n"]),
)  # fmt: skip
def test_a_date_bound_to_the_word_before_is_found_as_the_search_finds_it(words: list[str], gap: str) -> None:
    import re

    from timeline.titles import _bound_before

    sentence = " ".join(words) + gap + "March 3"
    start = len(sentence) - len("March 3")
    plain = re.compile(_PLAIN_BOUND_BEFORE, re.IGNORECASE)
    assert _bound_before(sentence, start) == (plain.search(sentence, max(0, start - 12), start) is not None)


def test_conditional_cues_open_with_every_character_ignorecase_reads_as_their_first_letters() -> None:
    import re

    from timeline.events import _CONDITIONAL

    opening = re.match(r"\[([^]]*)\]", _CONDITIONAL.pattern)
    assert opening is not None
    every_character = "".join(map(chr, range(0x110000)))
    folded = re.findall("[chimpsuw]", every_character, re.IGNORECASE)
    assert sorted(opening.group(1)) == sorted(folded)
