from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.errors import ConfigError
from timeline.filters import filter_events
from timeline.model import (
    Document,
    Event,
    Granularity,
    Kind,
    Mention,
    Modifier,
    Skipped,
    Status,
    Symbol,
    Timeline,
    TimeSpan,
    Timex,
    TimexType,
)

D = dt.date


def make_event(
    event_id: str,
    first: dt.date,
    last: dt.date | None = None,
    *,
    title: str = "something happened",
    documents: tuple[str, ...] = ("a",),
    status: Status = Status.HAPPENED,
    sentence: str = "Something happened.",
    actors: tuple[str, ...] = (),
) -> Event:
    last = last or first
    granularity = Granularity.DAY if first == last else Granularity.MONTH
    span = TimeSpan(first, last, granularity, first.isoformat())
    timex = Timex(0, 4, "then", TimexType.DATE, Symbol(Kind.CALENDAR), "test", span.value, span)
    mentions = tuple(
        Mention(doc, 0, len(sentence), sentence, timex, sentence, status, actors) for doc in documents
    )
    return Event(event_id, span, title, status, mentions)


def make_timeline(*events: Event) -> Timeline:
    documents = (Document("a", "text a"), Document("b", "text b"), Document("c", "text c"))
    return Timeline(documents, events, skipped=(Skipped("gone.txt", "no such file"),))


def ids(timeline: Timeline) -> list[str]:
    return [event.id for event in timeline.events]


MARCH = make_event("march", D(2025, 3, 1), D(2025, 3, 31), title="talks in March")
MAR_11 = make_event("mar11", D(2025, 3, 11), title="ceasefire agreed")
MAR_15 = make_event("mar15", D(2025, 3, 15), title="virtual summit")
APRIL = make_event("april", D(2025, 4, 2), title="later")
EVENTS = make_timeline(MARCH, MAR_11, MAR_15, APRIL)


def test_no_filter_keeps_everything_and_the_documents():
    result = filter_events(EVENTS)
    assert result == EVENTS
    assert result is not EVENTS


def test_since_keeps_events_ending_on_or_after_it():
    assert ids(filter_events(EVENTS, since=D(2025, 3, 15))) == ["march", "mar15", "april"]


def test_until_keeps_events_starting_on_or_before_it():
    assert ids(filter_events(EVENTS, until=D(2025, 3, 11))) == ["march", "mar11"]


def test_since_and_until_keep_spans_overlapping_the_window():
    # March as a whole overlaps 12-14 March although neither of its ends is inside.
    assert ids(filter_events(EVENTS, since=D(2025, 3, 12), until=D(2025, 3, 14))) == ["march"]


def test_a_single_day_window_is_inclusive():
    assert ids(filter_events(EVENTS, since=D(2025, 3, 15), until=D(2025, 3, 15))) == ["march", "mar15"]


def with_mod(event: Event, mod: Modifier) -> Event:
    return attrs.evolve(event, span=attrs.evolve(event.span, mod=mod))


YEAR_2015 = make_event("y2015", D(2015, 1, 1), D(2015, 12, 31))


def test_before_a_year_allows_every_day_until_it_and_none_in_it():
    # "Over a decade ago" said in 2025: "before 2015", the span 2015 with mod BEFORE.
    before = make_timeline(with_mod(YEAR_2015, Modifier.BEFORE))
    assert ids(filter_events(before, until=D(2014, 12, 31))) == ["y2015"]
    assert ids(filter_events(before, until=D(1990, 1, 1))) == ["y2015"]
    assert ids(filter_events(before, since=D(2015, 6, 1))) == []
    assert ids(filter_events(before, since=D(2014, 12, 31))) == ["y2015"]


def test_after_and_the_inclusive_modifiers():
    after = make_timeline(with_mod(YEAR_2015, Modifier.AFTER))
    assert ids(filter_events(after, until=D(2015, 12, 31))) == []
    assert ids(filter_events(after, since=D(2030, 1, 1))) == ["y2015"]
    on_or_before = make_timeline(with_mod(YEAR_2015, Modifier.ON_OR_BEFORE))
    assert ids(filter_events(on_or_before, since=D(2015, 12, 31))) == ["y2015"]
    assert ids(filter_events(on_or_before, since=D(2016, 1, 1))) == []
    on_or_after = make_timeline(with_mod(YEAR_2015, Modifier.ON_OR_AFTER))
    assert ids(filter_events(on_or_after, until=D(2015, 1, 1))) == ["y2015"]
    assert ids(filter_events(on_or_after, until=D(2014, 12, 31))) == []


def test_filtering_keeps_documents_and_skipped_inputs():
    result = filter_events(EVENTS, since=D(2030, 1, 1))
    assert result.events == ()
    assert result.documents == EVENTS.documents
    assert result.skipped == EVENTS.skipped


def test_about_needs_every_word_anywhere_in_the_event():
    event = make_event(
        "e",
        D(2025, 3, 15),
        title="Leaders meet",
        sentence="The coalition of the willing met online.",
        actors=("Keir Starmer",),
    )
    other = make_event("o", D(2025, 3, 15), title="Leaders meet", sentence="Nothing else.")
    timeline = make_timeline(event, other)
    assert ids(filter_events(timeline, about="starmer coalition")) == ["e"]
    assert ids(filter_events(timeline, about="leaders")) == ["e", "o"]
    assert ids(filter_events(timeline, about="starmer washington")) == []


def test_about_ignores_case_and_accents_both_ways():
    event = make_event("e", D(2025, 3, 15), title="Zelenskyy visits Kyïv", sentence="Café talks.")
    timeline = make_timeline(event)
    assert ids(filter_events(timeline, about="KYIV")) == ["e"]
    assert ids(filter_events(timeline, about="cafe")) == ["e"]
    plain = make_timeline(make_event("p", D(2025, 1, 1), title="Kyiv"))
    assert ids(filter_events(plain, about="Kyïv")) == ["p"]


def test_about_matches_word_beginnings_not_insides():
    event = make_event("e", D(2025, 3, 15), title="Starmer's peacekeeping plan")
    timeline = make_timeline(event)
    assert ids(filter_events(timeline, about="peace starmer")) == ["e"]
    assert ids(filter_events(timeline, about="keeping")) == []


def test_about_looks_at_every_mention():
    event = make_event("e", D(2025, 3, 15), title="meeting", documents=("a", "b"))
    first, second = event.mentions
    event = attrs.evolve(event, mentions=(first, attrs.evolve(second, sentence="They met in Paris.")))
    assert ids(filter_events(make_timeline(event), about="paris")) == ["e"]


def test_min_sources_counts_distinct_documents():
    twice_in_one = make_event("one", D(2025, 3, 1), documents=("a", "a"))
    in_two = make_event("two", D(2025, 3, 1), documents=("a", "b"))
    timeline = make_timeline(twice_in_one, in_two)
    assert ids(filter_events(timeline, min_sources=2)) == ["two"]
    assert ids(filter_events(timeline, min_sources=1)) == ["one", "two"]
    assert ids(filter_events(timeline, min_sources=3)) == []


def test_status_keeps_any_of_the_given():
    happened = make_event("h", D(2025, 3, 1))
    planned = make_event("p", D(2025, 3, 2), status=Status.PLANNED)
    conditional = make_event("c", D(2025, 3, 3), status=Status.CONDITIONAL)
    timeline = make_timeline(happened, planned, conditional)
    assert ids(filter_events(timeline, status={Status.PLANNED})) == ["p"]
    assert ids(filter_events(timeline, status=[Status.PLANNED, Status.CONDITIONAL])) == ["p", "c"]
    assert ids(filter_events(timeline, status=())) == []


def test_status_may_be_named_by_its_value_and_an_unknown_one_is_an_error():
    planned = make_event("p", D(2025, 3, 2), status=Status.PLANNED)
    timeline = make_timeline(make_event("h", D(2025, 3, 1)), planned)
    assert ids(filter_events(timeline, status="planned")) == ["p"]
    assert ids(filter_events(timeline, status=Status.PLANNED)) == ["p"]
    assert ids(filter_events(timeline, status=["planned", Status.HAPPENED])) == ["h", "p"]
    with pytest.raises(ConfigError, match="'plan'"):
        filter_events(timeline, status="plan")


def test_filters_combine():
    planned = make_event("p", D(2025, 3, 20), status=Status.PLANNED, title="military chiefs meet")
    timeline = make_timeline(MAR_15, planned, APRIL)
    result = filter_events(timeline, since=D(2025, 3, 16), status={Status.PLANNED}, about="chiefs")
    assert ids(result) == ["p"]


dates = st.dates(min_value=D(2024, 1, 1), max_value=D(2026, 12, 31))


@st.composite
def events(draw: st.DrawFn) -> Event:
    first = draw(dates)
    last = first + dt.timedelta(days=draw(st.integers(0, 90)))
    return make_event(
        draw(st.text("abcdef", min_size=1, max_size=4)),
        first,
        last,
        documents=tuple(draw(st.lists(st.sampled_from("abc"), min_size=1, max_size=4))),
        status=draw(st.sampled_from(Status)),
    )


@given(st.lists(events(), max_size=8), st.none() | dates, st.none() | dates, st.integers(1, 3))
def test_filtering_is_an_idempotent_order_keeping_selection(
    drawn: list[Event], since: dt.date | None, until: dt.date | None, min_sources: int
) -> None:
    timeline = make_timeline(*drawn)
    once = filter_events(timeline, since=since, until=until, min_sources=min_sources)
    kept = iter(timeline.events)
    assert all(any(event is candidate for candidate in kept) for event in once.events)
    assert filter_events(once, since=since, until=until, min_sources=min_sources) == once
    for event in timeline.events:
        overlaps = (since is None or event.span.last >= since) and (
            until is None or event.span.first <= until
        )
        assert (event in once.events) == (overlaps and len(set(event.documents)) >= min_sources)
