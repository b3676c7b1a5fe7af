"""Tests for timeline.tag: coverage by category, false positives, tense, narrative anchors, properties."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.model import Direction, Kind, Timex, TimexType
from timeline.resolve import span_from_value
from timeline.tag import resolve_all, scan, tag

SATURDAY = dt.date(2025, 3, 15)  # ISO week 11
DATE, TIME, DURATION, SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET


def found(text: str, reference: dt.date = SATURDAY) -> list[tuple[str, TimexType, str | None]]:
    return [(t.text, t.type, t.value) for t in tag(text, reference)]


def single(text: str, reference: dt.date = SATURDAY) -> tuple[str, TimexType, str | None]:
    result = found(text, reference)
    assert len(result) == 1, result
    return result[0]


def cases(*rows: tuple[str, str, TimexType, str]) -> list[object]:
    return [pytest.param(text, extent, kind, value, id=text) for text, extent, kind, value in rows]


# --- coverage, by category (reference Saturday 15 March 2025) --------------------------


@pytest.mark.parametrize(
    ("text", "extent", "kind", "value"),
    cases(
        ("15 March 2025", "15 March 2025", DATE, "2025-03-15"),
        ("March 15", "March 15", DATE, "2025-03-15"),
        ("Mar. 15", "Mar. 15", DATE, "2025-03-15"),
        ("2025-03-15", "2025-03-15", DATE, "2025-03-15"),
        ("15/03/2025", "15/03/2025", DATE, "2025-03-15"),
        ("03/15/2025", "03/15/2025", DATE, "2025-03-15"),  # a month over 12 settles the order
        ("on the 15th", "the 15th", DATE, "2025-03-15"),
        ("Tuesday, March 11, 2025", "Tuesday, March 11, 2025", DATE, "2025-03-11"),
        ("2025-03-15T10:32:00Z", "2025-03-15T10:32:00Z", TIME, "2025-03-15T10:32"),
    ),
)
def test_absolute_dates(text: str, extent: str, kind: TimexType, value: str) -> None:
    assert single(text) == (extent, kind, value)


def test_ambiguous_numeric_dates_take_the_reading_nearer_the_reference() -> None:
    assert [t.value for t in tag("04/03/2025", SATURDAY, day_first=False)] == ["2025-03-04"]
    assert [t.value for t in tag("03/04/2025", SATURDAY)] == ["2025-03-04"]


def test_ambiguous_numeric_dates_fall_back_on_day_first() -> None:
    midway = dt.date(2025, 3, 19)  # 15 days from 4 March and from 3 April
    assert [t.value for t in tag("04/03/2025", midway)] == ["2025-03-04"]
    assert [t.value for t in tag("04/03/2025", midway, day_first=False)] == ["2025-04-03"]


@pytest.mark.parametrize(
    ("text", "extent", "kind", "value"),
    cases(
        ("He arrived in March.", "March", DATE, "2025-03"),
        ("in 1998", "1998", DATE, "1998"),
        ("the 1990s", "the 1990s", DATE, "199"),
        ("the first quarter of 2025", "the first quarter of 2025", DATE, "2025-Q1"),
        ("Q3 2024", "Q3 2024", DATE, "2024-Q3"),
        ("fiscal 2024", "fiscal 2024", DATE, "2024"),
        ("this spring", "this spring", DATE, "2025-SP"),
        ("mid-March", "mid-March", DATE, "2025-03"),
        ("early April 2024", "early April 2024", DATE, "2024-04"),
        ("late 2024", "late 2024", DATE, "2024"),
        ("the 20th century", "the 20th century", DATE, "19"),
        ("nineteen ninety-six", "nineteen ninety-six", DATE, "1996"),
        ("the year two thousand", "the year two thousand", DATE, "2000"),
        ("June last year", "June last year", DATE, "2024-06"),
        ("last February", "last February", DATE, "2025-02"),
        ("last March", "last March", DATE, "2024-03"),
    ),
)
def test_partial_dates(text: str, extent: str, kind: TimexType, value: str) -> None:
    assert single(text) == (extent, kind, value)


@pytest.mark.parametrize(
    ("text", "extent", "kind", "value"),
    cases(
        ("Tuesday", "Tuesday", DATE, "2025-03-11"),
        ("on Tuesday", "Tuesday", DATE, "2025-03-11"),
        ("last Tuesday", "last Tuesday", DATE, "2025-03-11"),
        ("next Tuesday", "next Tuesday", DATE, "2025-03-18"),
        ("this Tuesday", "this Tuesday", DATE, "2025-03-18"),
        ("the coming Tuesday", "coming Tuesday", DATE, "2025-03-18"),
        ("Tuesday evening", "Tuesday evening", DATE, "2025-03-11TEV"),
        ("late on Friday", "late on Friday", DATE, "2025-03-14"),
        ("Monday next week", "Monday next week", DATE, "2025-03-17"),
    ),
)
def test_weekdays(text: str, extent: str, kind: TimexType, value: str) -> None:
    assert single(text) == (extent, kind, value)


@pytest.mark.parametrize(
    ("text", "extent", "kind", "value"),
    cases(
        ("yesterday", "yesterday", DATE, "2025-03-14"),
        ("today", "today", DATE, "2025-03-15"),
        ("tomorrow", "tomorrow", DATE, "2025-03-16"),
        ("tonight", "tonight", TIME, "2025-03-15TNI"),
        ("last night", "last night", TIME, "2025-03-14TNI"),
        ("this week", "this week", DATE, "2025-W11"),
        ("last week", "last week", DATE, "2025-W10"),
        ("next week", "next week", DATE, "2025-W12"),
        ("the coming week", "the coming week", DATE, "2025-W12"),
        ("the past week", "the past week", DATE, "2025-W10"),
        ("this weekend", "this weekend", DATE, "2025-W11-WE"),
        ("last month", "last month", DATE, "2025-02"),
        ("next year", "next year", DATE, "2026"),
        ("earlier this week", "earlier this week", DATE, "2025-W11"),
        ("later this month", "later this month", DATE, "2025-03"),
        ("the end of the month", "the end of the month", DATE, "2025-03"),
        ("at the weekend", "the weekend", DATE, "2025-W11-WE"),
        ("in the coming weeks", "the coming weeks", DATE, "FUTURE_REF"),
        ("a week ago", "a week ago", DATE, "2025-03-08"),
        ("three days ago", "three days ago", DATE, "2025-03-12"),
        ("two years from now", "two years from now", DATE, "2027"),
        ("several years ago", "several years ago", DATE, "PAST_REF"),
        ("a decade ago", "a decade ago", DATE, "2015"),
        ("the last decade", "the last decade", DATE, "201"),
        ("over the past decade", "the past decade", DURATION, "P1DE"),  # ten years, not the 2010s
    ),
)
def test_relative_dates(text: str, extent: str, kind: TimexType, value: str) -> None:
    assert single(text) == (extent, kind, value)


@pytest.mark.parametrize(
    ("text", "extent", "kind", "value"),
    cases(
        ("since Tuesday", "Tuesday", DATE, "2025-03-11"),
        ("until Friday", "Friday", DATE, "2025-03-21"),
        ("by the end of March", "the end of March", DATE, "2025-03"),
        ("before the end of the month", "the end of the month", DATE, "2025-03"),
    ),
)
def test_bounded_dates_keep_their_signal_outside(text: str, extent: str, kind: TimexType, value: str) -> None:
    assert single(text) == (extent, kind, value)


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("now", "now", "PRESENT_REF"),
        ("currently", "currently", "PRESENT_REF"),
        ("recently", "recently", "PAST_REF"),
        ("soon", "soon", "FUTURE_REF"),
        ("in the past", "the past", "PAST_REF"),
        ("in the future", "the future", "FUTURE_REF"),
    ],
)
def test_vague_references(text: str, extent: str, value: str) -> None:
    assert single(text) == (extent, DATE, value)


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("a 30-day ceasefire", "30-day", "P30D"),
        ("three years", "three years", "P3Y"),
        ("for the last three years", "the last three years", "P3Y"),
        ("the past three months", "the past three months", "P3M"),
        ("24 hours", "24 hours", "PT24H"),
        ("2 1/2 years", "2 1/2 years", "P2Y6M"),
        ("a minute and a half", "a minute and a half", "PT1M30S"),
        ("in recent years", "recent years", "PXY"),
    ],
)
def test_durations_are_never_points(text: str, extent: str, value: str) -> None:
    timex = tag(text, SATURDAY)
    assert [(t.text, t.type, t.value, t.span) for t in timex] == [(extent, DURATION, value, None)]


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [("every Monday", "every Monday", "XXXX-WXX-1"), ("It is published weekly.", "weekly", "P1W")],
)
def test_sets(text: str, extent: str, value: str) -> None:
    assert single(text) == (extent, SET, value)


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("10:30 a.m.", "10:30 a.m.", "2025-03-15T10:30"),
        ("at 3 pm", "3 pm", "2025-03-15T15:00"),
        ("at noon", "noon", "2025-03-15T12:00"),
        ("Tuesday at 10:30 a.m.", "Tuesday at 10:30 a.m.", "2025-03-11T10:30"),
    ],
)
def test_clock_times(text: str, extent: str, value: str) -> None:
    assert single(text) == (extent, TIME, value)


# --- false positives -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "May I ask a question?",
        "Theresa May said so.",
        "They will march on the capital.",
        "the March of Dimes",
        "the Sunday Times reported",
        "the Mail on Sunday",
        "He came in the second round.",
        "1,998 people attended",
        "It cost $2,025.",
        "Russia's three-year-old invasion",
        "a 12-year-old boy",
        "Section 2025 of the act",
        "a Boeing 747",
        "a quarterly dividend",
        "She previously worked there.",
        "up 2025 percent",
    ],
)
def test_false_positives_are_kept_out(text: str) -> None:
    assert tag(text, SATURDAY) == []


# --- direction by tense ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Putin said on Thursday that he agreed.", "2025-03-13"),
        ("The ministers met on Thursday.", "2025-03-13"),
        ("Talks have been held since Monday.", "2025-03-10"),
        ("Military chiefs will meet on Thursday.", "2025-03-20"),
        ("Chiefs are set to meet in London on Thursday.", "2025-03-20"),
        ("He is expected to travel on Monday.", "2025-03-17"),
        ("She plans to visit on Wednesday.", "2025-03-19"),
        ("They are preparing to sign on Tuesday.", "2025-03-18"),
        ("The talks will be held in December.", "2025-12"),
        ("The talks were held in December.", "2024-12"),
        ("The rights expire Nov. 21.", "2025-11-21"),
        ("The truce came into effect on Friday and will hold.", "2025-03-14"),
        ("He arrived Thursday for a tour likely to go on.", "2025-03-13"),
        ("The offer had been due to expire Friday.", "2025-03-14"),
        ("The vote was supposed to take effect on Monday.", "2025-03-10"),
        ("Lahbib will visit Aveiro and Espinho on Monday, the Commission said.", "2025-03-17"),
        ("Talks will resume in Geneva on Monday, officials told Reuters.", "2025-03-17"),
        ("Schools will remain closed on Thursday.", "2025-03-20"),
        ("Schools remained closed on Thursday.", "2025-03-13"),
        ("On Thursday, the firm purchased a plant, which will be used for repairs.", "2025-03-13"),
        ("She pleaded guilty in October and will be sentenced by Judge Lee.", "2024-10"),
        ("He was hurt in the win on Sunday and whether he plays will be known later.", "2025-03-09"),
    ],
)
def test_tense_decides_the_direction(text: str, value: str) -> None:
    assert [t.value for t in tag(text, SATURDAY)] == [value]


def test_the_word_joining_a_range_is_no_cue_but_looks_ahead_alone() -> None:
    # "until" between the ends of a range says nothing of their tense; on its own it looks ahead.
    poll = "The poll, conducted from Friday through Sunday, found support falling."
    assert [t.value for t in tag(poll, dt.date(2025, 3, 12))] == ["2025-03-07", "2025-03-09"]
    assert [t.value for t in tag("The offer runs until Friday.", SATURDAY)] == ["2025-03-21"]


def test_a_relative_clause_set_off_by_commas_keeps_its_tense_to_itself() -> None:
    aside_only = "The sale, which had been expected, is part of the programme to cut debt by June."
    assert [t.value for t in tag(aside_only, SATURDAY)] == ["2025-06"]  # no tense left: the nearest June
    said_before = "He said the plant, which opened in Bonn, shut in June."
    assert [t.value for t in tag(said_before, SATURDAY)] == ["2024-06"]


def test_an_explicit_cue_in_the_sentence_beats_an_ed_word_in_the_clause() -> None:
    text = "Starmer is preparing to hold a summit, by telephone, this Saturday to gather countries involved."
    assert [t.value for t in tag(text, dt.date(2025, 3, 13))] == ["2025-03-15"]


@pytest.mark.parametrize(
    "sentence",
    [
        "They'll sign it on Thursday.",
        "They signed it on Thursday, he said.",
        # A phrase hides the cues inside it ("due to", "held"), wherever an edge falls in it.
        "The final, which had been due to be held at the national stadium on Thursday, was moved.",
    ],
)
def test_the_tense_of_a_clause_does_not_depend_on_what_came_far_before_it(sentence: str) -> None:
    # The text around each expression is indexed as the scan reaches it, a stretch at a time; a cue
    # cut by the edge of a stretch ("They'll", "had been due to be held") must still count whole,
    # wherever the edge falls.
    alone = [t.value for t in tag(sentence, SATURDAY)]
    for padding in range(0, 420, 3):
        text = "Talks ended on Friday. " + "x " * padding + sentence
        assert [t.value for t in tag(text, SATURDAY)][1:] == alone, padding


def test_without_tense_a_weekday_is_the_recent_one_up_to_four_days_back() -> None:
    # Saturday: Tuesday (four days back) is recent; Sunday is tomorrow rather than six days ago.
    assert [t.value for t in tag("Tuesday", SATURDAY)] == ["2025-03-11"]
    assert [t.value for t in tag("Sunday", SATURDAY)] == ["2025-03-16"]


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("Our militaries will meet on Thursday this week.", dt.date(2025, 3, 15), "2025-03-20"),
        ("Our militaries will meet on Thursday this week.", dt.date(2025, 3, 16), "2025-03-20"),
        ("They met on Thursday this week.", dt.date(2025, 3, 15), "2025-03-13"),
        ("They will meet on Thursday this week.", dt.date(2025, 3, 12), "2025-03-13"),
        ("Leaders will decide this week.", dt.date(2025, 3, 15), "2025-W12"),
        ("Leaders decided this week.", dt.date(2025, 3, 15), "2025-W11"),
    ],
)
def test_this_week_said_at_the_weekend_about_the_future_is_the_coming_week(
    text: str, reference: dt.date, value: str
) -> None:
    assert [t.value for t in tag(text, reference)] == [value]


# --- narrative anchors -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The deal was signed on 2 June 2019. The following day, shares rose.", ["2019-06-02", "2019-06-03"]),
        ("The deal was signed on 2 June 2019. Two days later, shares rose.", ["2019-06-02", "2019-06-04"]),
        ("The deal was signed on 2 June 2019. The previous day, talks ended.", ["2019-06-02", "2019-06-01"]),
        ("The deal was signed on 2 June 2019. That week, shares rose.", ["2019-06-02", "2019-W22"]),
        # The day of a telling anchors no shift once the story has a date; alone, it does.
        (
            "The plant closed on 3 March, the company said on Friday. The next day, the bank shut.",
            ["2025-03-03", "2025-03-14", "2025-03-04"],
        ),
        (
            "Two men were arrested, police said on Friday. The next day, they were charged.",
            ["2025-03-14", "2025-03-15"],
        ),
        ("The war began in 1995. The following year, it spread.", ["1995", "1996"]),
        # A shift counts from the later of the last year and the last date...
        (
            "He joined in 1985. For the six months ended Aug. 12, 2019, profit fell from a year earlier.",
            ["1985", "P6M", "2019-08-12", "2018"],
        ),
        # ...while "that quarter" is the last quarter named, whatever date came after it.
        (
            "In the second quarter, it lost money. On Oct. 31, 2019, it said results for that quarter fell.",
            ["2024-Q2", "2019-10-31", "2024-Q2"],
        ),
        ("The index closed lower on 2 June 2019 after overnight losses.", ["2019-06-02", "2019-06-01TNI"]),
        # A period of another year is a comparison, not the period under discussion.
        (
            "Profit fell in the third quarter from $2 million in the 1988 quarter. "
            "Sales in the quarter rose.",
            ["2024-Q3", "1988-Q3", "2024-Q3"],
        ),
        ("The following day, shares rose.", ["2025-03-16"]),  # no date before: the reference
        (
            "Profit rose in the third quarter. Sales in the quarter fell from a year earlier.",
            ["2024-Q3", "2024-Q3", "2023-Q3"],
        ),
    ],
)
def test_narrative_anchors_count_from_the_last_date_mentioned(text: str, values: list[str]) -> None:
    assert [t.value for t in tag(text, SATURDAY)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A date that does not name its year does not move a shift off the period before it...
        (
            "Third-quarter profit rose 5%, the company said Tuesday, up from the previous quarter.",
            ["1989-Q3", "1989-10-24", "1989-Q2"],
        ),
        (
            "In 1987, it lost money. On Monday it said the previous year had been worse.",
            ["1987", "1989-10-30", "1986"],
        ),
        # ...and a year-ago figure compares with the period of its own sentence, forecast or not.
        (
            "It expects losses in the first quarter of 1990, compared with a year earlier.",
            ["1990-Q1", "1989-Q1"],
        ),
        # "The 1988 period" with no quarter mentioned is the year.
        ("Sales in the first nine months rose from the 1988 period.", ["P9M", "1988"]),
        # A comparison anchors no other: both compare with the year before the reference.
        ("It lost C$2.3 million a year ago. Sales rose from C$307 million a year earlier.", ["1988", "1988"]),
        # A forecast sentences back is not what a later comparison compares with.
        (
            "Profit fell in the third quarter. Analysts see losses through the third quarter of 1990, "
            "when demand will pick up, said an analyst who follows the industry closely. "
            "The company's costs included a blast furnace outage. "
            "In the year-ago period, it earned $101 million.",
            ["1989-Q3", "1990-Q3", "1988-Q3"],
        ),
    ],
)
def test_shifts_in_business_copy(text: str, values: list[str]) -> None:
    assert [t.value for t in tag(text, dt.date(1989, 10, 30))] == values


def test_publication_anchors_ignore_the_narrative() -> None:
    text = "The deal was signed on 2 June 2019. Yesterday, shares rose."
    assert [t.value for t in tag(text, SATURDAY)] == ["2019-06-02", "2025-03-14"]


# --- the seeds' kind of text ---------------------------------------------------------------


def test_a_news_paragraph() -> None:
    text = (
        "Military chiefs are set to meet in London on Thursday. Late on Friday, Donald Trump said talks "
        'were going well. Putin said on Thursday that he agreed with a 30-day ceasefire. "We have backed '
        "Ukraine for the last three years,\" he said of Russia's three-year-old invasion."
    )
    assert found(text) == [
        ("Thursday", DATE, "2025-03-20"),
        ("Late on Friday", DATE, "2025-03-14"),
        ("Thursday", DATE, "2025-03-13"),
        ("30-day", DURATION, "P30D"),
        ("the last three years", DURATION, "P3Y"),
    ]


# --- scan and resolve_all --------------------------------------------------------------------


def test_scan_is_date_free_and_resolve_all_fills_values() -> None:
    timexes = scan("Talks began on Tuesday.")
    assert [(t.text, t.value, t.span) for t in timexes] == [("Tuesday", None, None)]
    assert timexes[0].symbol.kind is Kind.WEEKDAY and timexes[0].symbol.direction is Direction.PAST
    assert [t.value for t in resolve_all(timexes, SATURDAY)] == ["2025-03-11"]
    assert [t.value for t in resolve_all(timexes, dt.date(2025, 3, 20))] == ["2025-03-18"]
    assert resolve_all(timexes, None) == timexes


def test_tag_without_a_reference_leaves_values_empty() -> None:
    assert [(t.text, t.value) for t in tag("on Tuesday")] == [("Tuesday", None)]


# --- properties --------------------------------------------------------------------------------

calendar_dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
VOCABULARY = (
    "on", "in", "the", "last", "next", "this", "said", "will", "March", "May", "may", "Tuesday", "2025",
    "15", "03/04/2025", "week", "weekend", "year", "ago", "later", "days", "three", "a", ",", ".", "$",
    "1,998", "-", "year-old", "Sunday Times", "quarter", "first", "fiscal", "1990s", "10:30", "a.m.",
    "yesterday", "tomorrow", "early", "late", "mid-", "of", "every", "noon", "nineteen", "ninety-six",
)  # fmt: skip
news_like = st.lists(st.sampled_from(VOCABULARY), max_size=30).map(" ".join)
any_text = st.one_of(st.text(max_size=200), news_like)


def check_wellformed(text: str, timexes: list[Timex]) -> None:
    previous_end = 0
    for timex in timexes:
        assert text[timex.start : timex.end] == timex.text
        assert timex.text and timex.text == timex.text.strip()
        assert previous_end <= timex.start < timex.end
        previous_end = timex.end


@settings(max_examples=300)
@given(any_text, calendar_dates)
@example("on on on 15 15 15 March March", dt.date(2024, 2, 29))
def test_tag_never_raises_and_gives_sorted_disjoint_spans(text: str, reference: dt.date) -> None:
    check_wellformed(text, tag(text, reference))


@settings(max_examples=200)
@given(news_like, calendar_dates, calendar_dates)
def test_scan_is_date_free(text: str, first: dt.date, second: dt.date) -> None:
    symbols = scan(text)
    assert [t.symbol for t in resolve_all(symbols, first)] == [t.symbol for t in symbols]
    assert [t.symbol for t in tag(text, first)] == [t.symbol for t in tag(text, second)]


@settings(max_examples=300)
@given(news_like, calendar_dates)
def test_every_span_value_maps_back_to_its_span(text: str, reference: dt.date) -> None:
    for timex in tag(text, reference):
        if timex.span is None or timex.span.mod is not None:
            continue
        back = span_from_value(timex.span.value)
        assert back is not None, timex
        if (
            "-W" in timex.span.value
            and timex.symbol.unit is not None
            and timex.symbol.unit.value == "fortnight"
        ):
            continue
        assert (back.first, back.last) == (timex.span.first, timex.span.last), timex


@settings(max_examples=300)
@given(
    st.sampled_from(WEEKDAYS),
    st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2098, 12, 31)),
)
@example("Thursday", dt.date(2020, 12, 31))  # ISO week 53
@example("Monday", dt.date(2024, 2, 29))
@example("Sunday", dt.date(2026, 1, 1))
def test_past_expressions_resolve_on_or_before_and_future_ones_after(
    weekday: str, reference: dt.date
) -> None:
    def first(text: str) -> dt.date:
        (timex,) = tag(text, reference)
        assert timex.span is not None, timex
        return timex.span.first

    def last(text: str) -> dt.date:
        (timex,) = tag(text, reference)
        assert timex.span is not None, timex
        return timex.span.last

    assert last(f"last {weekday}") < reference
    assert last("yesterday") < reference
    assert last(f"She said on {weekday} that it was over") <= reference
    assert last("last week") < reference and last("last month") < reference and last("last year") < reference
    assert first(f"next {weekday}") > reference
    assert first("tomorrow") > reference
    assert first(f"They will meet on {weekday}") >= reference
    assert (
        first("next week") > reference and first("next month") > reference and first("next year") > reference
    )


@pytest.mark.parametrize(
    "text",
    [
        "on " * 70_000,
        "1" * 200_000,
        "1 " * 100_000,
        "March " * 35_000,
        "the end of the " * 14_000,
        "mid-" * 50_000,
        "Tuesday, " * 22_000,
        "10:30 " * 35_000,
        ("three " * 30 + "days ") * 1_000,
    ],
    ids=lambda text: repr(text[:16]),
)
def test_adversarial_text_does_not_hang(text: str) -> None:
    import time

    started = time.perf_counter()
    check_wellformed(text, tag(text, SATURDAY))
    assert time.perf_counter() - started < 10  # generous: these take well under a second


def test_offsets_survive_unicode_spaces() -> None:
    text = "Talks\u00a0began on\u00a0Tuesday\u2009and ended 15\u00a0March\u00a02025."
    result = tag(text, SATURDAY)
    assert [t.value for t in result] == ["2025-03-11", "2025-03-15"]
    check_wellformed(text, result)
    assert all(re.search(r"\S", t.text) for t in result)


def test_present_tense_of_a_fixture_points_ahead() -> None:
    (found,) = tag("Scholz faces elections on Sunday.", dt.date(2025, 2, 19))
    assert found.value == "2025-02-23"
    (found,) = tag("Scholz lost the election on Sunday.", dt.date(2025, 2, 19))
    assert found.value == "2025-02-16"


# --- the engine's shortcuts change nothing -------------------------------------------------------


def test_a_repeated_expression_still_takes_the_tense_of_its_own_clause() -> None:
    text = "They met on Tuesday. They will meet on Tuesday. They met on Tuesday."
    assert [t.value for t in tag(text, SATURDAY)] == ["2025-03-11", "2025-03-18", "2025-03-11"]


def test_a_bare_ambiguous_month_needs_its_cue_each_time() -> None:
    text = "in May, Theresa May said, in May"
    assert [t.text for t in tag(text, SATURDAY) if t.rule == "month"] == ["May", "May"]


_CUE_TEXT = st.lists(
    st.sampled_from(["will", "'ll", "said", "Said", "was", "expected to", "set to", "is set to", "ed",
                     "reduced", "the ", "be ", " ", "\n", "'", "-", ".", ",", "x", "é", "willing", "n't"]),
    max_size=14,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_CUE_TEXT, st.integers(0, 20), st.integers(0, 40))
def test_cue_words_are_found_as_a_lookbehind_would_find_them(text: str, lo: int, end: int) -> None:
    import importlib

    from timeline.rules import words
    from timeline.ruleset import word_branches

    body = "|".join(word_branches(words.FUTURE_CUE + words.PAST_CUE, after=r"(?![\w'])"))
    plain = re.compile(r"(?<![\w'])(?:" + body + ")")
    lo, end = min(lo, len(text)), min(end, len(text))
    expected = [m.span() for m in plain.finditer(text, lo, end)]
    tagging = importlib.import_module("timeline.tag")  # the module, not the function of that name
    assert [(start, stop) for start, stop, _ in tagging._Words(body).matches(text, lo, end)] == expected


_CUE_KIND_TEXT = st.lists(
    st.sampled_from(["will", "won", "won't", "Won't", "WON'T", "won’t", "said", "SAID", "expected",
                     "expected to", "is expected to", "had been due to", "had been due to expire", "expire",
                     "bracing for", "braces", "added", "reduced", "wanted", "ed", " ", "  ", "\n", "'", "-",
                     ",", "x", "é"]),
    max_size=12,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_CUE_KIND_TEXT)
def test_one_tree_of_cues_finds_the_kind_the_kinds_tried_in_turn_would(text: str) -> None:
    import importlib

    from timeline.rules import words

    tagging = importlib.import_module("timeline.tag")
    listed = (("future", words.FUTURE_CUE), ("future_weak", words.WEAK_FUTURE_CUE), ("past", words.PAST_CUE))
    in_turn = tagging._Words(
        "|".join(f"(?P<{kind}>{tagging._cue_branches(forms)})" for kind, forms in listed)
        + r"|(?P<past_ed>[A-Za-z][a-z]{2,}ed(?![\w']))",
        whole_words_only=True,
        compounds_of="past_ed",
    )
    found = [
        (start, stop, tagging._cue_kind(text, start, stop, group))
        for start, stop, group in tagging._CUES.matches(text, 0, len(text))
    ]
    assert found == list(in_turn.matches(text, 0, len(text)))


def test_a_cue_phrase_starting_with_a_whole_cue_of_an_earlier_kind_is_left_out() -> None:
    import importlib

    tagging = importlib.import_module("timeline.tag")
    listed = (("a", ["due to", "won"]), ("b", ["due to be", "Due  To", "due tomorrow", "won't", "won’t"]))
    # "due to be" and "won’t" would always be found as "due to" and "won" first; "Due  To" is "due to".
    assert tagging._cue_kinds(listed) == {"due to": "a", "won": "a", "due tomorrow": "b", "won't": "b"}


def test_tag_leaves_the_garbage_collector_as_it_was() -> None:
    import gc

    was = gc.isenabled()
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            tag("Talks were held on Tuesday.", dt.date(2025, 3, 15))
            assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


_MONTHS = "January February March April May June July August September October November December".split()
_RANGE_TEMPLATES = [
    "The fair will run from {} to {}.",
    "The fair ran from {} to {}.",
    "From {} to {}, exports rose.",
]


@settings(max_examples=200, deadline=None)
@given(
    st.integers(0, 11),
    st.integers(1, 28),
    st.integers(0, 11),
    st.integers(1, 28),
    st.sampled_from(_RANGE_TEMPLATES),
    st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)),
)
def test_a_range_never_ends_before_it_starts(
    first_month: int, first_day: int, last_month: int, last_day: int, template: str, reference: dt.date
) -> None:
    text = template.format(f"{first_day} {_MONTHS[first_month]}", f"{last_day} {_MONTHS[last_month]}")
    opening, closing = tag(text, reference)
    assert opening.span is not None and closing.span is not None
    assert opening.span.first <= closing.span.first
    # A year apart at most: the ends move no further than the order needs.
    assert (closing.span.first - opening.span.first).days < 366
