"""Tests for timeline.resolve: one example per documented rule, then properties over the calendar."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from timeline.model import (
    Anchor,
    Direction,
    Feast,
    Granularity,
    Kind,
    Modifier,
    PartOfDay,
    Ref,
    Season,
    Symbol,
    TimeSpan,
    Unit,
)
from timeline.resolve import Resolution, resolve, span_from_value, timex_mod

SATURDAY = dt.date(2025, 3, 15)  # the default reference: a Saturday in ISO week 11
D = dt.date
PAST, FUTURE, NEAREST = Direction.PAST, Direction.FUTURE, Direction.NEAREST


def calendar(**fields: Any) -> Symbol:
    return Symbol(kind=Kind.CALENDAR, **fields)


def relative(unit: Unit | None, offset: int | None, **fields: Any) -> Symbol:
    return Symbol(kind=Kind.RELATIVE, unit=unit, offset=offset, **fields)


def weekday(number: int, offset: int | None = None, **fields: Any) -> Symbol:
    return Symbol(kind=Kind.WEEKDAY, weekday=number, offset=offset, **fields)


def bounds(symbol: Symbol, reference: dt.date = SATURDAY) -> tuple[str | None, dt.date, dt.date]:
    result = resolve(symbol, reference)
    assert result.span is not None, result
    return result.value, result.span.first, result.span.last


# --- CALENDAR -----------------------------------------------------------------


def test_full_date_is_a_day() -> None:
    result = resolve(calendar(year=2025, month=3, day=15), SATURDAY)
    assert result == Resolution(
        "2025-03-15", TimeSpan(D(2025, 3, 15), D(2025, 3, 15), Granularity.DAY, "2025-03-15")
    )
    assert type(result.span.first) is dt.date and type(result.span.last) is dt.date  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("year", "month", "day"), [(2025, 2, 30), (2023, 2, 29), (2025, 4, 31), (2025, 13, 1), (0, 1, 1)]
)
def test_impossible_dates_are_unresolved(year: int, month: int, day: int) -> None:
    assert resolve(calendar(year=year, month=month, day=day), SATURDAY) == Resolution(None, None)


def test_leap_day_of_a_leap_year() -> None:
    assert bounds(calendar(year=2024, month=2, day=29))[0] == "2024-02-29"


@pytest.mark.parametrize(
    ("month", "day", "direction", "reference", "expected"),
    [
        (3, 10, PAST, SATURDAY, "2025-03-10"),
        (6, 20, PAST, SATURDAY, "2024-06-20"),
        (3, 15, PAST, SATURDAY, "2025-03-15"),  # the reference itself counts
        (1, 1, FUTURE, SATURDAY, "2026-01-01"),  # 292 days ahead, 73 back: not four times nearer
        (3, 15, FUTURE, SATURDAY, "2025-03-15"),
        (4, 1, NEAREST, SATURDAY, "2025-04-01"),
        (9, 14, NEAREST, SATURDAY, "2024-09-14"),  # 182 days back beats 183 ahead
        (9, 1, NEAREST, D(2024, 3, 2), "2023-09-01"),  # 183 days either way: the tie goes to the past
        (2, 29, PAST, SATURDAY, "2024-02-29"),
        (2, 29, FUTURE, SATURDAY, "2028-02-29"),
        (2, 29, PAST, D(1900, 6, 1), "1896-02-29"),  # 1900 was not a leap year
        (2, 29, FUTURE, D(1900, 1, 1), "1904-02-29"),
        (12, 31, FUTURE, D(2025, 12, 31), "2025-12-31"),
        (1, 1, PAST, D(2025, 9, 1), "2025-01-01"),
    ],
)
def test_month_and_day_take_the_year_direction_picks(
    month: int, day: int, direction: Direction, reference: dt.date, expected: str
) -> None:
    assert resolve(calendar(month=month, day=day, direction=direction), reference).value == expected


@pytest.mark.parametrize(
    ("fields", "reference", "expected"),
    [
        ({"month": 3, "day": 20, "direction": PAST}, SATURDAY, "2025-03-20"),  # 5 days ahead, 360 back
        ({"month": 3, "day": 10, "direction": FUTURE}, SATURDAY, "2025-03-10"),  # 5 days back, 360 ahead
        ({"month": 1, "day": 1, "direction": PAST}, D(2025, 12, 31), "2026-01-01"),
        ({"month": 2, "day": 29, "direction": PAST}, D(1903, 6, 1), "1904-02-29"),
        ({"month": 4, "direction": PAST}, SATURDAY, "2025-04"),  # 1 month ahead, 11 back
        ({"month": 2, "direction": FUTURE}, SATURDAY, "2025-02"),
        ({"month": 6, "direction": PAST}, SATURDAY, "2024-06"),  # 3 ahead is not 4 times closer than 9 back
        ({"month": 12, "direction": FUTURE}, D(2025, 1, 20), "2024-12"),
    ],
)
def test_a_partial_date_much_nearer_the_other_way_wins(
    fields: dict[str, Any], reference: dt.date, expected: str
) -> None:
    assert resolve(calendar(**fields), reference).value == expected


@given(
    st.dates(D(1900, 1, 1), D(2100, 12, 31)),
    st.sampled_from([(12, 25), (1, 1), (7, 4), (2, 29), (10, 31)]),
    st.sampled_from([Feast.EASTER, Feast.THANKSGIVING, Feast.GOOD_FRIDAY]),
)
def test_a_shift_word_before_a_holiday_is_no_tense(
    reference: dt.date, day: tuple[int, int], feast: Feast
) -> None:
    """ "last Christmas" is the latest before the reference's day and "next Easter" the first after
    it, however much nearer one the other way is; "this Christmas" is the reference year's."""
    month, day_of_month = day
    for symbol in (calendar(month=month, day=day_of_month, offset=0), calendar(feast=feast, offset=0)):
        last = resolve(attrs.evolve(symbol, offset=-1), reference).span
        following = resolve(attrs.evolve(symbol, offset=1), reference).span
        this = resolve(symbol, reference).span
        assert last is not None and following is not None
        assert last.first < reference < following.first
        # Nothing of the kind between them but the reference's own day.
        years = 8 if (month, day_of_month) == (2, 29) else 1
        on_the_day = this is not None and this.first == reference
        assert (following.first - last.first).days <= 366 * years * (2 if on_the_day else 1) + 35
        if this is not None:
            assert this.first.year == reference.year
            assert this.first in (last.first, following.first) or on_the_day


def test_nearest_tie_example_really_is_a_tie() -> None:
    reference = D(2024, 3, 2)
    assert reference - D(2023, 9, 1) == D(2024, 9, 1) - reference


@pytest.mark.parametrize(
    ("day", "direction", "expected"),
    [
        (15, PAST, "2025-03-15"),
        (25, PAST, "2025-02-25"),
        (20, FUTURE, "2025-03-20"),
        (5, FUTURE, "2025-04-05"),
        (31, PAST, "2025-01-31"),  # February has none
        (30, PAST, "2025-01-30"),
        (29, PAST, "2025-01-29"),  # 2025 is no leap year
        (1, NEAREST, "2025-03-01"),  # 14 days back, 17 ahead
        (28, NEAREST, "2025-03-28"),  # 15 days back, 13 ahead
    ],
)
def test_day_alone_takes_the_month_direction_picks(day: int, direction: Direction, expected: str) -> None:
    assert resolve(calendar(day=day, direction=direction), SATURDAY).value == expected


@pytest.mark.parametrize("fields", [{"day": 0}, {"day": 32}, {"day": -1}, {"day": 5, "year": 2025}])
def test_bad_day_fields_are_unresolved(fields: dict[str, Any]) -> None:
    assert resolve(calendar(**fields), SATURDAY) == Resolution(None, None)


def test_year_and_month_is_the_whole_month() -> None:
    assert bounds(calendar(year=2025, month=3)) == ("2025-03", D(2025, 3, 1), D(2025, 3, 31))
    assert bounds(calendar(year=2024, month=2)) == ("2024-02", D(2024, 2, 1), D(2024, 2, 29))
    assert resolve(calendar(year=2025, month=3), SATURDAY).span.granularity is Granularity.MONTH  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("month", "direction", "expected"),
    [
        (3, PAST, "2025-03"),
        (6, PAST, "2024-06"),
        (2, PAST, "2025-02"),
        (3, FUTURE, "2025-03"),
        (11, FUTURE, "2025-11"),
        (12, FUTURE, "2025-12"),
        (3, NEAREST, "2025-03"),  # the same month is at distance 0
        (8, NEAREST, "2025-08"),  # 5 months ahead, 7 back
        (10, NEAREST, "2024-10"),  # 5 months back, 7 ahead
        (9, NEAREST, "2024-09"),  # 6 either way: the tie goes to the past
    ],
)
def test_month_alone_by_direction(month: int, direction: Direction, expected: str) -> None:
    assert resolve(calendar(month=month, direction=direction), SATURDAY).value == expected


@pytest.mark.parametrize("month", [0, 13, -3])
def test_bad_month_is_unresolved(month: int) -> None:
    assert resolve(calendar(month=month), SATURDAY) == Resolution(None, None)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"year": 2025}, ("2025", D(2025, 1, 1), D(2025, 12, 31), Granularity.YEAR)),
        ({"decade": 199}, ("199", D(1990, 1, 1), D(1999, 12, 31), Granularity.DECADE)),
        ({"century": 19}, ("19", D(1900, 1, 1), D(1999, 12, 31), Granularity.CENTURY)),
        ({"decade": 5}, ("005", D(50, 1, 1), D(59, 12, 31), Granularity.DECADE)),
        ({"year": 2025, "quarter": 1}, ("2025-Q1", D(2025, 1, 1), D(2025, 3, 31), Granularity.QUARTER)),
        ({"year": 2025, "half": 2}, ("2025-H2", D(2025, 7, 1), D(2025, 12, 31), Granularity.HALF_YEAR)),
        (
            {"year": 2025, "season": Season.SPRING},
            ("2025-SP", D(2025, 3, 1), D(2025, 5, 31), Granularity.SEASON),
        ),
        (
            {"year": 2025, "season": Season.SUMMER},
            ("2025-SU", D(2025, 6, 1), D(2025, 8, 31), Granularity.SEASON),
        ),
        (
            {"year": 2025, "season": Season.FALL},
            ("2025-FA", D(2025, 9, 1), D(2025, 11, 30), Granularity.SEASON),
        ),
        (
            {"year": 2025, "season": Season.WINTER},
            ("2025-WI", D(2025, 12, 1), D(2026, 2, 28), Granularity.SEASON),
        ),
        (
            {"year": 2023, "season": Season.WINTER},
            ("2023-WI", D(2023, 12, 1), D(2024, 2, 29), Granularity.SEASON),
        ),
        ({"year": 2025, "week": 12}, ("2025-W12", D(2025, 3, 17), D(2025, 3, 23), Granularity.WEEK)),
        ({"year": 2020, "week": 53}, ("2020-W53", D(2020, 12, 28), D(2021, 1, 3), Granularity.WEEK)),
        ({"year": 2026, "week": 53}, ("2026-W53", D(2026, 12, 28), D(2027, 1, 3), Granularity.WEEK)),
        ({"year": 2026, "week": 1}, ("2026-W01", D(2025, 12, 29), D(2026, 1, 4), Granularity.WEEK)),
        ({"year": 2025, "fiscal": True}, ("2025", D(2025, 1, 1), D(2025, 12, 31), Granularity.YEAR)),
        (
            {"year": 2025, "quarter": 1, "fiscal": True},
            ("2025-Q1", D(2025, 1, 1), D(2025, 3, 31), Granularity.QUARTER),
        ),
    ],
)
def test_calendar_units(fields: dict[str, Any], expected: tuple[str, dt.date, dt.date, Granularity]) -> None:
    result = resolve(calendar(**fields), SATURDAY)
    assert result.span is not None
    assert (result.value, result.span.first, result.span.last, result.span.granularity) == expected
    assert result.span.value == result.value


@pytest.mark.parametrize(
    ("fields", "reference", "expected"),
    [
        ({"quarter": 4, "direction": PAST}, SATURDAY, "2024-Q4"),
        ({"quarter": 1, "direction": FUTURE}, SATURDAY, "2025-Q1"),
        ({"quarter": 4, "direction": FUTURE}, SATURDAY, "2025-Q4"),
        ({"quarter": 1, "direction": NEAREST}, SATURDAY, "2025-Q1"),
        ({"quarter": 1, "fiscal": True}, SATURDAY, "2025-Q1"),
        ({"half": 2, "direction": PAST}, SATURDAY, "2024-H2"),
        ({"half": 2, "direction": NEAREST}, SATURDAY, "2024-H2"),  # one half either way: the past wins
        ({"season": Season.SPRING, "direction": PAST}, SATURDAY, "2025-SP"),
        ({"season": Season.WINTER, "direction": PAST}, SATURDAY, "2024-WI"),
        ({"season": Season.WINTER, "direction": PAST}, D(2025, 1, 15), "2024-WI"),  # January is in it
        ({"season": Season.SUMMER, "direction": FUTURE}, SATURDAY, "2025-SU"),
        ({"week": 11, "direction": PAST}, SATURDAY, "2025-W11"),
        ({"week": 12, "direction": PAST}, SATURDAY, "2024-W12"),
        ({"week": 12, "direction": FUTURE}, SATURDAY, "2025-W12"),
        ({"week": 53, "direction": PAST}, SATURDAY, "2020-W53"),
        ({"week": 53, "direction": FUTURE}, SATURDAY, "2026-W53"),
    ],
)
def test_calendar_units_without_a_year_by_direction(
    fields: dict[str, Any], reference: dt.date, expected: str
) -> None:
    assert resolve(calendar(**fields), reference).value == expected


@pytest.mark.parametrize(
    "fields",
    [
        {"quarter": 5},
        {"quarter": 0},
        {"half": 3},
        {"week": 54},
        {"week": 0},
        {"year": 2025, "week": 53},  # 2025 has 52 ISO weeks
        {"year": 0},
        {"year": 10000},
        {"decade": 0},
        {"decade": 1000},
        {"century": 0},
        {"century": -1},
        {},
    ],
)
def test_bad_calendar_fields_are_unresolved(fields: dict[str, Any]) -> None:
    assert resolve(calendar(**fields), SATURDAY) == Resolution(None, None)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"hour": 10, "minute": 30}, "2025-03-15T10:30"),
        ({"hour": 10}, "2025-03-15T10:00"),
        ({"hour": 0, "minute": 0}, "2025-03-15T00:00"),
        ({"part_of_day": PartOfDay.EVENING}, "2025-03-15TEV"),
        ({"part_of_day": PartOfDay.MORNING}, "2025-03-15TMO"),
        ({"hour": 22, "part_of_day": PartOfDay.EVENING}, "2025-03-15T22:00"),  # the clock is more precise
        ({"minute": 30}, "2025-03-15"),  # minutes without an hour say nothing
    ],
)
def test_time_of_day_on_a_calendar_day(fields: dict[str, Any], expected: str) -> None:
    assert bounds(calendar(year=2025, month=3, day=15, **fields)) == (expected, SATURDAY, SATURDAY)


def test_midnight_is_the_end_of_its_day() -> None:
    assert bounds(calendar(year=2025, month=3, day=15, hour=24)) == ("2025-03-15T24:00", SATURDAY, SATURDAY)


@pytest.mark.parametrize(
    "fields", [{"hour": 24, "minute": 30}, {"hour": 25}, {"hour": -1}, {"hour": 10, "minute": 60}]
)
def test_impossible_clock_times_are_unresolved(fields: dict[str, Any]) -> None:
    assert resolve(calendar(year=2025, month=3, day=15, **fields), SATURDAY) == Resolution(None, None)


def test_time_of_day_is_ignored_without_a_day() -> None:
    assert resolve(calendar(year=2025, month=3, part_of_day=PartOfDay.EVENING), SATURDAY).value == "2025-03"


def test_calendar_anchors_on_the_narrative_when_asked() -> None:
    symbol = calendar(month=6, day=1, direction=PAST, anchor=Anchor.NARRATIVE)
    assert resolve(symbol, SATURDAY, narrative=D(2019, 7, 1)).value == "2019-06-01"
    assert resolve(symbol, SATURDAY).value == "2024-06-01"


# --- RELATIVE -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "offset", "expected"),
    [
        (Unit.DAY, -1, ("2025-03-14", D(2025, 3, 14), D(2025, 3, 14))),
        (Unit.DAY, 0, ("2025-03-15", D(2025, 3, 15), D(2025, 3, 15))),
        (Unit.DAY, 1, ("2025-03-16", D(2025, 3, 16), D(2025, 3, 16))),
        (Unit.DAY, 17, ("2025-04-01", D(2025, 4, 1), D(2025, 4, 1))),
        (Unit.WEEK, 0, ("2025-W11", D(2025, 3, 10), D(2025, 3, 16))),
        (Unit.WEEK, -1, ("2025-W10", D(2025, 3, 3), D(2025, 3, 9))),
        (Unit.WEEK, 1, ("2025-W12", D(2025, 3, 17), D(2025, 3, 23))),
        (Unit.FORTNIGHT, 1, ("2025-W12", D(2025, 3, 17), D(2025, 3, 30))),
        (Unit.FORTNIGHT, -1, ("2025-W09", D(2025, 2, 24), D(2025, 3, 9))),
        (Unit.FORTNIGHT, 0, ("2025-W11", D(2025, 3, 10), D(2025, 3, 23))),
        (Unit.WEEKEND, -1, ("2025-W10-WE", D(2025, 3, 8), D(2025, 3, 9))),
        (Unit.WEEKEND, 1, ("2025-W12-WE", D(2025, 3, 22), D(2025, 3, 23))),
        (Unit.MONTH, -1, ("2025-02", D(2025, 2, 1), D(2025, 2, 28))),
        (Unit.MONTH, -3, ("2024-12", D(2024, 12, 1), D(2024, 12, 31))),
        (Unit.MONTH, 10, ("2026-01", D(2026, 1, 1), D(2026, 1, 31))),
        (Unit.QUARTER, 0, ("2025-Q1", D(2025, 1, 1), D(2025, 3, 31))),
        (Unit.QUARTER, -1, ("2024-Q4", D(2024, 10, 1), D(2024, 12, 31))),
        (Unit.HALF_YEAR, 1, ("2025-H2", D(2025, 7, 1), D(2025, 12, 31))),
        (Unit.SEASON, 0, ("2025-SP", D(2025, 3, 1), D(2025, 5, 31))),
        (Unit.SEASON, -1, ("2024-WI", D(2024, 12, 1), D(2025, 2, 28))),
        (Unit.YEAR, -1, ("2024", D(2024, 1, 1), D(2024, 12, 31))),
        (Unit.DECADE, 0, ("202", D(2020, 1, 1), D(2029, 12, 31))),
        (Unit.DECADE, -1, ("201", D(2010, 1, 1), D(2019, 12, 31))),
        (Unit.CENTURY, 0, ("20", D(2000, 1, 1), D(2099, 12, 31))),
        (Unit.CENTURY, -1, ("19", D(1900, 1, 1), D(1999, 12, 31))),
        (Unit.HOUR, -3, ("2025-03-15T09:00", SATURDAY, SATURDAY)),  # counted from noon
        (Unit.HOUR, 13, ("2025-03-16T01:00", D(2025, 3, 16), D(2025, 3, 16))),
        (Unit.MINUTE, 30, ("2025-03-15T12:30", SATURDAY, SATURDAY)),
    ],
)
def test_relative_units(unit: Unit, offset: int, expected: tuple[str, dt.date, dt.date]) -> None:
    assert bounds(relative(unit, offset)) == expected


@pytest.mark.parametrize(
    ("unit", "granularity"),
    [
        (Unit.DAY, Granularity.DAY),
        (Unit.HOUR, Granularity.DAY),
        (Unit.WEEK, Granularity.WEEK),
        (Unit.WEEKEND, Granularity.WEEK),
        (Unit.FORTNIGHT, Granularity.WEEK),
        (Unit.SEASON, Granularity.SEASON),
        (Unit.CENTURY, Granularity.CENTURY),
    ],
)
def test_relative_granularity(unit: Unit, granularity: Granularity) -> None:
    assert resolve(relative(unit, 1), SATURDAY).span.granularity is granularity  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("unit", "narrative", "expected"),
    [
        (Unit.QUARTER, D(2025, 7, 1), "1988-Q3"),  # "the 1988 quarter" after "the third quarter"
        (Unit.MONTH, D(2025, 2, 10), "1988-02"),
        (Unit.HALF_YEAR, D(2025, 9, 30), "1988-H2"),
    ],
)
def test_relative_unit_moved_into_a_named_year(unit: Unit, narrative: dt.date, expected: str) -> None:
    symbol = relative(unit, 0, year=1988, anchor=Anchor.NARRATIVE)
    assert resolve(symbol, SATURDAY, narrative).value == expected


def test_relative_unit_in_an_impossible_year_is_unresolved() -> None:
    assert resolve(relative(Unit.QUARTER, 0, year=0), SATURDAY) == Resolution(None, None)


def test_season_in_january_is_the_winter_that_began_in_december() -> None:
    assert resolve(relative(Unit.SEASON, 0), D(2025, 1, 10)).value == "2024-WI"


def test_fortnight_this_in_the_past_is_last_week_and_this_week() -> None:
    assert bounds(relative(Unit.FORTNIGHT, 0, direction=PAST)) == ("2025-W10", D(2025, 3, 3), D(2025, 3, 16))


def test_clock_shift_from_a_given_hour() -> None:
    assert resolve(relative(Unit.HOUR, 2, hour=23), SATURDAY).value == "2025-03-16T01:00"


def test_fiscal_relative_year() -> None:
    assert resolve(relative(Unit.YEAR, 1, fiscal=True), SATURDAY).value == "2026"
    assert resolve(relative(Unit.QUARTER, 1, fiscal=True), SATURDAY).value == "2025-Q2"


WEDNESDAY, SUNDAY = D(2025, 3, 12), D(2025, 3, 16)


@pytest.mark.parametrize(
    ("reference", "direction", "expected"),
    [
        (SATURDAY, PAST, "2025-W10-WE"),  # this weekend is not over yet
        (SUNDAY, PAST, "2025-W11-WE"),  # it ends today
        (WEDNESDAY, PAST, "2025-W10-WE"),
        (SATURDAY, FUTURE, "2025-W11-WE"),  # the current one
        (SUNDAY, FUTURE, "2025-W11-WE"),
        (WEDNESDAY, FUTURE, "2025-W11-WE"),
        (WEDNESDAY, NEAREST, "2025-W11-WE"),
        (SUNDAY, NEAREST, "2025-W11-WE"),
    ],
)
def test_this_weekend_by_direction(reference: dt.date, direction: Direction, expected: str) -> None:
    assert resolve(relative(Unit.WEEKEND, 0, direction=direction), reference).value == expected


@pytest.mark.parametrize(
    ("direction", "expected"), [(FUTURE, "FUTURE_REF"), (PAST, "PAST_REF"), (NEAREST, "PRESENT_REF")]
)
def test_unspecified_offset_is_a_vague_reference(direction: Direction, expected: str) -> None:
    assert resolve(relative(Unit.WEEK, None, direction=direction), SATURDAY) == Resolution(expected, None)


def test_relative_without_a_unit_is_unresolved() -> None:
    assert resolve(relative(None, -1), SATURDAY) == Resolution(None, None)


@pytest.mark.parametrize(
    ("offset", "fields", "expected"),
    [
        (-1, {"part_of_day": PartOfDay.EVENING}, "2025-03-14TEV"),
        (0, {"part_of_day": PartOfDay.NIGHT}, "2025-03-15TNI"),
        (1, {"hour": 9}, "2025-03-16T09:00"),
        (1, {"hour": 9, "minute": 5}, "2025-03-16T09:05"),
    ],
)
def test_time_of_day_on_a_relative_day(offset: int, fields: dict[str, Any], expected: str) -> None:
    result = resolve(relative(Unit.DAY, offset, **fields), SATURDAY)
    assert result.value == expected
    assert result.span is not None and result.span.first == SATURDAY + dt.timedelta(days=offset)


def test_time_of_day_is_ignored_on_coarser_units() -> None:
    assert resolve(relative(Unit.WEEK, -1, part_of_day=PartOfDay.EVENING), SATURDAY).value == "2025-W10"


def test_relative_anchor_narrative() -> None:
    narrative = D(2019, 6, 1)
    following_day = relative(Unit.DAY, 1, anchor=Anchor.NARRATIVE)
    assert resolve(following_day, SATURDAY, narrative).value == "2019-06-02"
    assert resolve(following_day, SATURDAY).value == "2025-03-16"  # no narrative date: the reference
    assert resolve(relative(Unit.DAY, 1), SATURDAY, narrative).value == "2025-03-16"  # publication anchor


# --- WEEKDAY ------------------------------------------------------------------

TUESDAY, WEDNESDAY_, THURSDAY, SATURDAY_ = 2, 3, 4, 6


@pytest.mark.parametrize(
    ("number", "offset", "direction", "expected"),
    [
        (TUESDAY, None, PAST, "2025-03-11"),
        (TUESDAY, None, FUTURE, "2025-03-18"),
        (TUESDAY, None, NEAREST, "2025-03-11"),  # 4 back beats 3 ahead: the news rule
        (WEDNESDAY_, None, NEAREST, "2025-03-12"),  # 3 days back, 4 ahead
        (THURSDAY, None, NEAREST, "2025-03-13"),
        (SATURDAY_, None, PAST, "2025-03-15"),  # the same day counts
        (SATURDAY_, None, FUTURE, "2025-03-15"),
        (SATURDAY_, None, NEAREST, "2025-03-15"),
        (SATURDAY_, -1, NEAREST, "2025-03-08"),  # strictly before
        (TUESDAY, -1, NEAREST, "2025-03-11"),
        (SATURDAY_, 1, NEAREST, "2025-03-22"),  # strictly after
        (TUESDAY, 1, NEAREST, "2025-03-18"),
        (SATURDAY_, 0, FUTURE, "2025-03-15"),
        (TUESDAY, 0, FUTURE, "2025-03-18"),
        (TUESDAY, 0, NEAREST, "2025-03-18"),
        (TUESDAY, 0, PAST, "2025-03-11"),
        (TUESDAY, -2, NEAREST, "2025-03-04"),
        (TUESDAY, 2, NEAREST, "2025-03-25"),
    ],
)
def test_weekdays(number: int, offset: int | None, direction: Direction, expected: str) -> None:
    value, first, last = bounds(weekday(number, offset, direction=direction))
    assert value == expected and first == last == dt.date.fromisoformat(expected)


def test_weekday_time_of_day() -> None:
    assert resolve(weekday(TUESDAY, direction=PAST, part_of_day=PartOfDay.EVENING), SATURDAY).value == (
        "2025-03-11TEV"
    )
    assert resolve(weekday(TUESDAY, direction=PAST, hour=10, minute=30), SATURDAY).value == "2025-03-11T10:30"


def test_weekday_anchor_narrative() -> None:
    symbol = weekday(TUESDAY, 1, anchor=Anchor.NARRATIVE)
    assert resolve(symbol, SATURDAY, narrative=D(2019, 6, 1)).value == "2019-06-04"


@pytest.mark.parametrize("number", [0, 8, -1])
def test_bad_weekday_is_unresolved(number: int) -> None:
    assert resolve(weekday(number), SATURDAY) == Resolution(None, None)


# --- REF, DURATION, SET ---------------------------------------------------------


def test_present_ref_is_the_reference_day() -> None:
    result = resolve(Symbol(kind=Kind.REF, ref=Ref.PRESENT), SATURDAY)
    assert result.value == "PRESENT_REF"
    assert result.span == TimeSpan(SATURDAY, SATURDAY, Granularity.DAY, "2025-03-15")


@pytest.mark.parametrize("ref", [Ref.PAST, Ref.FUTURE])
def test_past_and_future_ref_have_no_span(ref: Ref) -> None:
    assert resolve(Symbol(kind=Kind.REF, ref=ref), SATURDAY) == Resolution(ref.value, None)


def test_ref_without_a_ref_is_unresolved() -> None:
    assert resolve(Symbol(kind=Kind.REF), SATURDAY) == Resolution(None, None)


@pytest.mark.parametrize(
    ("amount", "unit", "expected"),
    [
        (3, Unit.YEAR, "P3Y"),
        (30, Unit.DAY, "P30D"),
        (2, Unit.WEEK, "P2W"),
        (6, Unit.MONTH, "P6M"),
        (1, Unit.QUARTER, "P1Q"),
        (1, Unit.DECADE, "P1DE"),
        (1, Unit.CENTURY, "P1CE"),
        (2, Unit.HOUR, "PT2H"),
        (30, Unit.MINUTE, "PT30M"),
        (1, Unit.WEEKEND, "P1WE"),
        (None, Unit.YEAR, "PXY"),
        (None, Unit.DAY, "PXD"),
        (None, Unit.HOUR, "PTXH"),
        (1.5, Unit.YEAR, "P1Y6M"),  # whole smaller units when they come out even
        (0.5, Unit.DAY, "PT12H"),
        (1.5, Unit.DAY, "P1DT12H"),
        (2.5, Unit.HOUR, "PT2H30M"),
        (1.5, Unit.MINUTE, "PT1M30S"),
        (1.3, Unit.YEAR, "P1.3Y"),
        (1.5, Unit.MONTH, "P1.5M"),
        (0.25, Unit.DAY, "PT6H"),
        (3.0, Unit.YEAR, "P3Y"),
        (2, Unit.FORTNIGHT, "P4W"),
        (1.5, Unit.FORTNIGHT, "P3W"),
        (2, Unit.HALF_YEAR, "P12M"),
        (2, Unit.SEASON, "P6M"),
        (0, Unit.DAY, "P0D"),
    ],
)
def test_durations(amount: float | None, unit: Unit, expected: str) -> None:
    symbol = Symbol(kind=Kind.DURATION, amount=amount, unit=unit)
    assert resolve(symbol, SATURDAY) == Resolution(expected, None)


@pytest.mark.parametrize(
    ("amount", "unit"), [(3, None), (-1, Unit.DAY), (float("nan"), Unit.DAY), (float("inf"), Unit.YEAR)]
)
def test_bad_durations_are_unresolved(amount: float, unit: Unit | None) -> None:
    assert resolve(Symbol(kind=Kind.DURATION, amount=amount, unit=unit), SATURDAY) == Resolution(None, None)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"weekday_of_set": 1}, "XXXX-WXX-1"),
        ({"weekday_of_set": 7}, "XXXX-WXX-7"),
        ({"weekday_of_set": 1, "part_of_day": PartOfDay.MORNING}, "XXXX-WXX-1TMO"),
        ({"unit": Unit.DAY}, "P1D"),
        ({"unit": Unit.WEEK}, "P1W"),
        ({"unit": Unit.MONTH}, "P1M"),
        ({"unit": Unit.YEAR}, "P1Y"),
        ({"unit": Unit.WEEK, "amount": 2}, "P2W"),
        ({"month": 7}, "XXXX-07"),
        ({"season": Season.SUMMER}, "XXXX-SU"),
    ],
)
def test_sets(fields: dict[str, Any], expected: str) -> None:
    assert resolve(Symbol(kind=Kind.SET, **fields), SATURDAY) == Resolution(expected, None)


@pytest.mark.parametrize("fields", [{}, {"weekday_of_set": 0}, {"weekday_of_set": 8}, {"month": 13}])
def test_bad_sets_are_unresolved(fields: dict[str, Any]) -> None:
    assert resolve(Symbol(kind=Kind.SET, **fields), SATURDAY) == Resolution(None, None)


def test_durations_do_not_depend_on_the_reference() -> None:
    symbol = Symbol(kind=Kind.DURATION, amount=3, unit=Unit.YEAR)
    assert resolve(symbol, D(1, 1, 1)) == resolve(symbol, D(9999, 12, 31))


# --- modifiers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "mod", "first", "last"),
    [
        ({"year": 2025, "month": 3}, Modifier.EARLY, D(2025, 3, 1), D(2025, 3, 10)),
        ({"year": 2025, "month": 3}, Modifier.START, D(2025, 3, 1), D(2025, 3, 10)),
        ({"year": 2025, "month": 3}, Modifier.MID, D(2025, 3, 11), D(2025, 3, 20)),
        ({"year": 2025, "month": 3}, Modifier.LATE, D(2025, 3, 21), D(2025, 3, 31)),
        ({"year": 2025, "month": 3}, Modifier.END, D(2025, 3, 21), D(2025, 3, 31)),
        ({"year": 2024, "month": 2}, Modifier.LATE, D(2024, 2, 21), D(2024, 2, 29)),
        ({"year": 2025}, Modifier.EARLY, D(2025, 1, 1), D(2025, 4, 30)),
        ({"year": 2025}, Modifier.MID, D(2025, 5, 1), D(2025, 8, 31)),
        ({"year": 2025}, Modifier.LATE, D(2025, 9, 1), D(2025, 12, 31)),
        ({"year": 2025, "quarter": 1}, Modifier.EARLY, D(2025, 1, 1), D(2025, 1, 31)),
        ({"year": 2025, "half": 2}, Modifier.LATE, D(2025, 11, 1), D(2025, 12, 31)),
        ({"year": 2025, "season": Season.WINTER}, Modifier.LATE, D(2026, 2, 1), D(2026, 2, 28)),
        ({"decade": 199}, Modifier.EARLY, D(1990, 1, 1), D(1993, 4, 30)),
        ({"year": 2025, "week": 12}, Modifier.EARLY, D(2025, 3, 17), D(2025, 3, 18)),
        ({"year": 2025, "week": 12}, Modifier.MID, D(2025, 3, 19), D(2025, 3, 21)),
        ({"year": 2025, "week": 12}, Modifier.LATE, D(2025, 3, 22), D(2025, 3, 23)),
        ({"year": 2025, "month": 3, "day": 15}, Modifier.EARLY, SATURDAY, SATURDAY),
        ({"year": 2025, "month": 3}, Modifier.APPROX, D(2025, 3, 1), D(2025, 3, 31)),
        ({"year": 2025, "month": 3}, Modifier.BEFORE, D(2025, 3, 1), D(2025, 3, 31)),
        ({"year": 2025, "month": 3}, Modifier.ON_OR_AFTER, D(2025, 3, 1), D(2025, 3, 31)),
    ],
)
def test_modifiers_narrow_the_span_but_not_the_value(
    fields: dict[str, Any], mod: Modifier, first: dt.date, last: dt.date
) -> None:
    plain = resolve(calendar(**fields), SATURDAY)
    modified = resolve(calendar(mod=mod, **fields), SATURDAY)
    assert plain.span is not None and modified.span is not None
    assert (modified.span.first, modified.span.last) == (first, last)
    assert modified.value == plain.value and modified.span.value == plain.span.value
    assert modified.span.granularity is plain.span.granularity
    assert modified.span.mod is mod


def test_modifier_on_a_weekend_keeps_a_day() -> None:
    early = resolve(relative(Unit.WEEKEND, 1, mod=Modifier.EARLY), SATURDAY).span
    late = resolve(relative(Unit.WEEKEND, 1, mod=Modifier.LATE), SATURDAY).span
    mid = resolve(relative(Unit.WEEKEND, 1, mod=Modifier.MID), SATURDAY).span
    assert early is not None and late is not None and mid is not None
    assert (early.first, early.last, late.first, late.last) == (D(2025, 3, 22),) * 2 + (D(2025, 3, 23),) * 2
    assert (mid.first, mid.last) == (D(2025, 3, 22), D(2025, 3, 23))


def test_modifier_on_a_relative_year() -> None:
    assert bounds(relative(Unit.YEAR, 1, mod=Modifier.EARLY)) == ("2026", D(2026, 1, 1), D(2026, 4, 30))


@pytest.mark.parametrize(
    ("mod", "expected"),
    [
        (None, None),
        (Modifier.EARLY, "START"),
        (Modifier.START, "START"),
        (Modifier.LATE, "END"),
        (Modifier.END, "END"),
        (Modifier.MID, "MID"),
        (Modifier.APPROX, "APPROX"),
        (Modifier.BEFORE, "BEFORE"),
        (Modifier.AFTER, "AFTER"),
        (Modifier.ON_OR_BEFORE, "ON_OR_BEFORE"),
        (Modifier.ON_OR_AFTER, "ON_OR_AFTER"),
    ],
)
def test_timex_mod(mod: Modifier | None, expected: str | None) -> None:
    assert timex_mod(mod) == expected


def test_timex_mod_covers_every_modifier() -> None:
    assert all(timex_mod(mod) for mod in Modifier)


# --- span_from_value --------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "first", "last", "granularity"),
    [
        ("2025-03-15", SATURDAY, SATURDAY, Granularity.DAY),
        ("2025-03-15T10:30", SATURDAY, SATURDAY, Granularity.DAY),
        ("2025-03-15TEV", SATURDAY, SATURDAY, Granularity.DAY),
        ("2025-W12", D(2025, 3, 17), D(2025, 3, 23), Granularity.WEEK),
        ("2020-W53", D(2020, 12, 28), D(2021, 1, 3), Granularity.WEEK),
        ("2025-W11-WE", D(2025, 3, 15), D(2025, 3, 16), Granularity.WEEK),
        ("2025-03", D(2025, 3, 1), D(2025, 3, 31), Granularity.MONTH),
        ("2025-Q1", D(2025, 1, 1), D(2025, 3, 31), Granularity.QUARTER),
        ("FY2025-Q1", D(2025, 1, 1), D(2025, 3, 31), Granularity.QUARTER),
        ("FY2025", D(2025, 1, 1), D(2025, 12, 31), Granularity.YEAR),
        ("2025-H1", D(2025, 1, 1), D(2025, 6, 30), Granularity.HALF_YEAR),
        ("2025-SP", D(2025, 3, 1), D(2025, 5, 31), Granularity.SEASON),
        ("2025-WI", D(2025, 12, 1), D(2026, 2, 28), Granularity.SEASON),
        ("2025", D(2025, 1, 1), D(2025, 12, 31), Granularity.YEAR),
        ("199", D(1990, 1, 1), D(1999, 12, 31), Granularity.DECADE),
        ("19", D(1900, 1, 1), D(1999, 12, 31), Granularity.CENTURY),
        ("2025-03-10/2025-03-14", D(2025, 3, 10), D(2025, 3, 14), Granularity.DAY),
        ("2024-12-28/2025-01-03", D(2024, 12, 28), D(2025, 1, 3), Granularity.DAY),
    ],
)
def test_span_from_value(value: str, first: dt.date, last: dt.date, granularity: Granularity) -> None:
    assert span_from_value(value) == TimeSpan(first, last, granularity, value)


@pytest.mark.parametrize(
    "value",
    [
        "P3Y",
        "PT2H",
        "PAST_REF",
        "PRESENT_REF",
        "FUTURE_REF",
        "XXXX-WXX-1",
        "",
        "garbage",
        "2025-13",
        "2025-00",
        "2025-02-30",
        "2025-3-15",
        "2025-03-15T25:00",
        "2025-03-15TXX",
        "2025-03-15T",
        "2025-W53",  # 2025 has 52 ISO weeks
        "2025-W00",
        "2025-W11-XX",
        "2025-Q5",
        "2025-Q0",
        "2025-H3",
        "2025-XX",
        "FY199",
        "FY2025-H1",
        "0000",
        "00",
        "२०२५",  # digits, but not ASCII ones
        "-2025",
        "2025-03-14/2025-03-10",  # a range runs forwards
        "2025-03-10/2025-03-10",
        "2025-03-10/2025-04",  # of days only
        "2025-03/2025-04",
        "2025-03-10/",
        "/2025-03-10",
        "2025-03-10/2025-03-12/2025-03-14",
    ],
)
def test_span_from_value_rejects_everything_else(value: str) -> None:
    assert span_from_value(value) is None


# --- properties -------------------------------------------------------------------

calendar_dates = st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))
SPAN_UNITS = [unit for unit in Unit if unit not in (Unit.HOUR, Unit.MINUTE)]
weird_ints = st.one_of(
    st.none(),
    st.integers(-3, 60),
    st.sampled_from([0, 12, 13, 29, 30, 31, 52, 53, 54, 99, 100, 199, 999, 1000, 9999, 10000]),
    st.integers(-(10**30), 10**30),
)
anything = st.builds(
    Symbol,
    kind=st.sampled_from(Kind),
    year=weird_ints,
    month=weird_ints,
    day=weird_ints,
    weekday=weird_ints,
    week=weird_ints,
    quarter=weird_ints,
    half=weird_ints,
    season=st.none() | st.sampled_from(Season),
    decade=weird_ints,
    century=weird_ints,
    unit=st.none() | st.sampled_from(Unit),
    offset=weird_ints,
    amount=st.none() | st.floats() | st.integers(-5, 100).map(float),
    direction=st.sampled_from(Direction),
    anchor=st.sampled_from(Anchor),
    mod=st.none() | st.sampled_from(Modifier),
    part_of_day=st.none() | st.sampled_from(PartOfDay),
    hour=weird_ints,
    minute=weird_ints,
    ref=st.none() | st.sampled_from(Ref),
    fiscal=st.booleans(),
    weekday_of_set=weird_ints,
    swappable=st.booleans(),
)
# Symbols the tagger would plausibly build, so that most of them resolve.
plausible = st.one_of(
    st.builds(
        calendar,
        year=st.none() | st.integers(1900, 2100),
        month=st.none() | st.integers(1, 12),
        day=st.none() | st.integers(1, 31),
        direction=st.sampled_from(Direction),
        fiscal=st.booleans(),
        mod=st.none() | st.sampled_from(Modifier),
        part_of_day=st.none() | st.sampled_from(PartOfDay),
    ),
    st.builds(
        calendar,
        year=st.none() | st.integers(1900, 2100),
        week=st.none() | st.integers(1, 53),
        quarter=st.none() | st.integers(1, 4),
        half=st.none() | st.integers(1, 2),
        season=st.none() | st.sampled_from(Season),
        decade=st.none() | st.integers(190, 210),
        century=st.none() | st.integers(19, 21),
        direction=st.sampled_from(Direction),
        fiscal=st.booleans(),
        mod=st.none() | st.sampled_from(Modifier),
    ),
    st.builds(
        relative,
        unit=st.sampled_from(Unit),
        offset=st.integers(-30, 30),
        direction=st.sampled_from(Direction),
        fiscal=st.booleans(),
        mod=st.none() | st.sampled_from(Modifier),
        part_of_day=st.none() | st.sampled_from(PartOfDay),
        hour=st.none() | st.integers(0, 23),
    ),
    st.builds(
        weekday,
        number=st.integers(1, 7),
        offset=st.none() | st.integers(-2, 2),
        direction=st.sampled_from(Direction),
        part_of_day=st.none() | st.sampled_from(PartOfDay),
    ),
    st.builds(Symbol, kind=st.just(Kind.REF), ref=st.sampled_from(Ref)),
)


@settings(max_examples=500)
@given(anything, st.dates(), st.none() | st.dates())
@example(relative(Unit.DAY, 1), D(9999, 12, 31), None)
@example(relative(Unit.WEEK, 0), D(9999, 12, 31), None)
@example(relative(Unit.CENTURY, -1), D(50, 1, 1), None)
@example(weekday(1, -1), D(1, 1, 1), None)
@example(calendar(month=2, day=29, direction=PAST), D(1, 1, 5), None)
@example(calendar(week=53, direction=FUTURE), D(9999, 6, 1), None)
def test_resolve_never_raises(symbol: Symbol, reference: dt.date, narrative: dt.date | None) -> None:
    result = resolve(symbol, reference, narrative)
    assert isinstance(result, Resolution)
    if result.span is not None:
        assert result.value is not None
        assert result.span.first <= result.span.last
        assert type(result.span.first) is dt.date and type(result.span.last) is dt.date


@given(st.one_of(plausible, anything), calendar_dates)
def test_spans_are_ordered_and_modifiers_narrow(symbol: Symbol, reference: dt.date) -> None:
    result = resolve(symbol, reference)
    assume(result.span is not None)
    assert result.span is not None
    assert result.span.first <= result.span.last
    assert result.span.mod is symbol.mod
    plain = resolve(attrs.evolve(symbol, mod=None), reference)
    assert plain.span is not None
    assert plain.span.contains(result.span)
    assert (plain.value, plain.span.value, plain.span.granularity) == (
        result.value,
        result.span.value,
        result.span.granularity,
    )


@settings(max_examples=500)
@given(st.one_of(plausible, anything), calendar_dates)
@example(calendar(year=2020, week=53), SATURDAY)
@example(relative(Unit.WEEKEND, 0, direction=PAST), D(2026, 12, 31))
@example(calendar(year=2024, season=Season.WINTER), SATURDAY)
def test_every_span_value_maps_back_to_its_span(symbol: Symbol, reference: dt.date) -> None:
    symbol = attrs.evolve(symbol, mod=None)
    # A fortnight has no TIMEX3 value of its own: it is named by its first week.
    assume(not (symbol.kind is Kind.RELATIVE and symbol.unit is Unit.FORTNIGHT))
    span = resolve(symbol, reference).span
    assume(span is not None)
    assert span is not None
    back = span_from_value(span.value)
    assert back is not None, span.value
    assert (back.first, back.last, back.granularity) == (span.first, span.last, span.granularity)


def test_fortnight_value_names_only_its_first_week() -> None:
    span = resolve(relative(Unit.FORTNIGHT, 1), SATURDAY).span
    back = span_from_value(span.value)  # type: ignore[union-attr]
    assert span is not None and back is not None
    assert back.first == span.first and back.last == span.first + dt.timedelta(days=6)


@given(
    st.sampled_from(SPAN_UNITS),
    st.integers(1, 15),  # 15 centuries before 1900 is still after year 1
    st.sampled_from(Direction),
    calendar_dates,
)
@example(Unit.WEEK, 1, PAST, D(2020, 12, 31))
@example(Unit.WEEK, 1, PAST, D(2026, 12, 31))
@example(Unit.DAY, 1, PAST, D(2024, 3, 1))
@example(Unit.SEASON, 1, PAST, D(2025, 1, 1))
def test_past_units_end_before_and_future_units_start_after(
    unit: Unit, count: int, direction: Direction, reference: dt.date
) -> None:
    past = resolve(relative(unit, -count, direction=direction), reference).span
    future = resolve(relative(unit, count, direction=direction), reference).span
    current = resolve(relative(unit, 0, direction=direction), reference).span
    assert past is not None and future is not None and current is not None
    assert past.last < reference < future.first
    over = unit is Unit.WEEK and direction is FUTURE and reference.isoweekday() >= 6  # the coming week
    if unit is not Unit.WEEKEND and not (unit is Unit.FORTNIGHT and direction is PAST) and not over:
        assert current.first <= reference <= current.last
    if unit is Unit.DAY:
        assert past.first == reference - dt.timedelta(days=count)
        assert future.first == reference + dt.timedelta(days=count)


@given(calendar_dates)
def test_this_weekend(reference: dt.date) -> None:
    def weekend(direction: Direction) -> TimeSpan:
        span = resolve(relative(Unit.WEEKEND, 0, direction=direction), reference).span
        assert span is not None
        assert (span.first.isoweekday(), span.last.isoweekday(), span.days) == (6, 7, 2)
        return span

    assert reference - dt.timedelta(days=7) < weekend(PAST).last <= reference
    assert reference <= weekend(FUTURE).last < reference + dt.timedelta(days=7)
    assert weekend(NEAREST).value == f"{resolve(relative(Unit.WEEK, 0), reference).value}-WE"


@given(calendar_dates)
@example(D(2025, 3, 11))
@example(D(2025, 3, 12))
def test_this_weekend_told_in_the_past_is_the_one_gone_only_early_in_a_week(reference: dt.date) -> None:
    named = resolve(relative(Unit.WEEKEND, 0, direction=PAST, named_this=True), reference).value
    gone = resolve(relative(Unit.WEEKEND, 0, direction=PAST), reference).value
    own = resolve(relative(Unit.WEEKEND, 0), reference).value
    assert named == (gone if reference.isoweekday() <= 2 else own)


@given(st.integers(1, 7), st.sampled_from(Direction), calendar_dates)
@example(1, PAST, D(2020, 12, 31))
@example(7, FUTURE, D(2026, 12, 31))
@example(4, NEAREST, D(2024, 2, 29))
def test_weekdays_fall_where_their_offset_says(number: int, direction: Direction, reference: dt.date) -> None:
    def day(offset: int | None, towards: Direction = direction) -> dt.date:
        span = resolve(weekday(number, offset, direction=towards), reference).span
        assert span is not None and span.first == span.last
        assert span.first.isoweekday() == number
        return span.first

    week = dt.timedelta(days=7)
    assert reference - week < day(None, PAST) <= reference
    assert reference <= day(None, FUTURE) < reference + week
    assert -4 <= (day(None, NEAREST) - reference).days <= 2  # four days back beat three ahead
    # A forecast notice's days: yesterday, or today and the six after.
    assert -1 <= (day(None, Direction.SOON) - reference).days <= 6
    assert (day(None, Direction.SOON) < reference) == (
        number == (reference - dt.timedelta(days=1)).isoweekday()
    )
    # "Last" and "next" are strictly before and after, and skip the day next to the reference:
    # "last Thursday" written on a Friday is the one before.
    assert reference - week - dt.timedelta(days=1) <= day(-1) < reference - dt.timedelta(days=1)
    assert reference + dt.timedelta(days=1) < day(1) <= reference + week + dt.timedelta(days=1)
    assert reference - week < day(0, PAST) <= reference
    assert reference <= day(0, FUTURE) == day(0, NEAREST) < reference + week


@given(st.integers(1, 12), st.integers(1, 31), st.sampled_from(Direction), calendar_dates)
@example(2, 29, PAST, D(1903, 6, 1))
@example(2, 29, FUTURE, D(2097, 3, 1))
@example(12, 31, NEAREST, D(2025, 1, 1))
def test_month_and_day_by_direction(month: int, day: int, direction: Direction, reference: dt.date) -> None:
    span = resolve(calendar(month=month, day=day, direction=direction), reference).span
    assume(span is not None)  # 30 February never happens
    assert span is not None
    assert (span.first.month, span.first.day) == (month, day)
    if (month, day) == (2, 29):
        return
    before = span.first if span.first <= reference else span.first.replace(year=span.first.year - 1)
    after = span.first if span.first >= reference else span.first.replace(year=span.first.year + 1)
    back, ahead = (reference - before).days, (after - reference).days
    if direction is PAST:
        assert span.first == (after if back > 4 * ahead else before)  # the latest, unless much farther
    elif direction is FUTURE:
        assert span.first == (before if ahead > 4 * back else after)
    else:
        assert abs((span.first - reference).days) <= 183


@given(st.integers(1, 31), st.sampled_from(Direction), calendar_dates)
def test_day_of_month_by_direction(day: int, direction: Direction, reference: dt.date) -> None:
    span = resolve(calendar(day=day, direction=direction), reference).span
    assert span is not None and span.first.day == day
    assert reference - dt.timedelta(days=92) < span.first < reference + dt.timedelta(days=92)
    away = abs((span.first - reference).days)
    window = (reference + dt.timedelta(days=step) for step in range(-4 * away, 4 * away + 1))
    if direction is PAST and span.first > reference:  # only when none is within four times as far back
        assert not any(d.day == day and d <= reference for d in window)
    elif direction is FUTURE and span.first < reference:
        assert not any(d.day == day and d >= reference for d in window)


@given(st.integers(1, 12), st.sampled_from(Direction), calendar_dates)
def test_month_by_direction(month: int, direction: Direction, reference: dt.date) -> None:
    span = resolve(calendar(month=month, direction=direction), reference).span
    assert span is not None and span.first.month == month
    months_away = (span.first.year - reference.year) * 12 + month - reference.month
    if direction is PAST:
        assert -11 <= months_away <= 0 or (months_away > 0 and 12 - months_away > 4 * months_away)
    elif direction is FUTURE:
        assert 0 <= months_away <= 11 or (months_away < 0 and 12 + months_away > -4 * months_away)
    else:
        assert -6 <= months_away <= 5


@given(st.integers(1, 12), st.sampled_from([-1, 1]), calendar_dates)
def test_next_and_last_month_are_within_a_year_and_never_the_reference_month(
    month: int, offset: int, reference: dt.date
) -> None:
    span = resolve(calendar(month=month, offset=offset), reference).span
    assert span is not None and span.first.month == month
    months_away = (span.first.year - reference.year) * 12 + month - reference.month
    assert (1 <= months_away <= 12) if offset > 0 else (-12 <= months_away <= -1)


@given(st.sampled_from(Unit), st.integers(-30, 30), calendar_dates, calendar_dates)
def test_narrative_anchor_replaces_the_reference(
    unit: Unit, offset: int, reference: dt.date, narrative: dt.date
) -> None:
    from_narrative = resolve(relative(unit, offset, anchor=Anchor.NARRATIVE), reference, narrative)
    assert from_narrative == resolve(relative(unit, offset), narrative)


@pytest.mark.parametrize(
    ("symbol", "reference", "expected"),
    [
        (calendar(month=4, offset=-1), SATURDAY, "2024-04"),  # "last April"
        (calendar(month=2, offset=-1), SATURDAY, "2025-02"),
        (calendar(month=3, offset=-1), SATURDAY, "2024-03"),  # not the reference's own month
        (calendar(month=4, offset=-1), D(2025, 11, 2), "2025-04"),
        (calendar(month=9, offset=0), SATURDAY, "2025-09"),  # "this September"
        (calendar(month=4, offset=1), SATURDAY, "2025-04"),  # "next April"
        (calendar(month=3, offset=1), SATURDAY, "2026-03"),  # "next March", said in March
        (calendar(month=2, offset=1), SATURDAY, "2026-02"),  # eleven months away, still ahead
        (calendar(season=Season.SUMMER, offset=1), SATURDAY, "2025-SU"),  # "next summer"
        (calendar(season=Season.SPRING, offset=1), SATURDAY, "2026-SP"),  # said in spring
        (calendar(season=Season.WINTER, offset=1), D(2025, 1, 20), "2025-WI"),  # said in winter
        (calendar(month=2, offset=0, direction=FUTURE), SATURDAY, "2026-02"),  # "this coming February"
        (calendar(month=3, offset=0, direction=FUTURE), SATURDAY, "2025-03"),
        (calendar(season=Season.WINTER, offset=0, direction=FUTURE), D(2024, 12, 14), "2024-WI"),  # begun
        (calendar(season=Season.SPRING, offset=-1), SATURDAY, "2024-SP"),  # "last spring"
        (calendar(season=Season.WINTER, offset=0), D(2025, 1, 20), "2024-WI"),
        (calendar(season=Season.WINTER, offset=-1), D(2025, 1, 20), "2023-WI"),
        (calendar(season=Season.SUMMER, offset=0), D(2025, 1, 20), "2025-SU"),
        (relative(Unit.YEAR, -1, month=6), SATURDAY, "2024-06"),  # "June last year"
        (relative(Unit.YEAR, -1, month=8, day=16), SATURDAY, "2024-08-16"),  # "August 16 last year"
        (relative(Unit.YEAR, -1, month=2, day=29), SATURDAY, "2024-02-29"),
        (relative(Unit.YEAR, 1, month=2, day=29), SATURDAY, None),  # 2026 has no 29 February
        (relative(Unit.YEAR, 1, quarter=1), SATURDAY, "2026-Q1"),  # "next year's first quarter"
        (relative(Unit.YEAR, 0, month=13), SATURDAY, None),
    ],
)
def test_calendar_parts_of_a_named_year(symbol: Symbol, reference: dt.date, expected: str | None) -> None:
    assert resolve(symbol, reference).value == expected


@pytest.mark.parametrize(
    ("symbol", "reference", "expected"),
    [
        (relative(Unit.WEEK, 0, direction=FUTURE), SATURDAY, "2025-W12"),
        (relative(Unit.WEEK, 0, direction=FUTURE), D(2025, 3, 16), "2025-W12"),
        (relative(Unit.WEEK, 0, direction=FUTURE), D(2025, 3, 14), "2025-W11"),
        (relative(Unit.WEEK, 0, direction=PAST), SATURDAY, "2025-W11"),
        (relative(Unit.WEEK, 0), SATURDAY, "2025-W11"),
        (weekday(4, 0, unit=Unit.WEEK, direction=FUTURE), SATURDAY, "2025-03-20"),
        (weekday(4, 0, unit=Unit.WEEK, direction=PAST), SATURDAY, "2025-03-13"),
        (weekday(4, 0, unit=Unit.WEEK, direction=FUTURE), D(2025, 3, 12), "2025-03-13"),
    ],
)
def test_this_week_said_at_the_weekend_about_the_future(
    symbol: Symbol, reference: dt.date, expected: str
) -> None:
    assert resolve(symbol, reference).value == expected


# --- holidays that move --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("feast", "year", "value"),
    [
        (Feast.EASTER, 2025, "2025-04-20"),
        (Feast.EASTER, 2024, "2024-03-31"),
        (Feast.GOOD_FRIDAY, 2025, "2025-04-18"),
        (Feast.EASTER_MONDAY, 2024, "2024-04-01"),
        (Feast.ORTHODOX_EASTER, 2024, "2024-05-05"),
        (Feast.THANKSGIVING, 2025, "2025-11-27"),
        (Feast.THANKSGIVING, 2024, "2024-11-28"),
        (Feast.BLACK_FRIDAY, 2024, "2024-11-29"),
        (Feast.CYBER_MONDAY, 2024, "2024-12-02"),
        (Feast.SHROVE_TUESDAY, 2025, "2025-03-04"),
        (Feast.ASH_WEDNESDAY, 2025, "2025-03-05"),
        (Feast.MOTHERING_SUNDAY, 2025, "2025-03-30"),
        (Feast.PALM_SUNDAY, 2025, "2025-04-13"),
        (Feast.PENTECOST, 2025, "2025-06-08"),
        (Feast.MARTIN_LUTHER_KING_DAY, 2025, "2025-01-20"),
        (Feast.MEMORIAL_DAY, 2025, "2025-05-26"),
        (Feast.MEMORIAL_DAY, 2021, "2021-05-31"),  # the last Monday is the month's last day
        (Feast.LABOR_DAY, 2024, "2024-09-02"),
        (Feast.REMEMBRANCE_SUNDAY, 2024, "2024-11-10"),
        (Feast.ELECTION_DAY, 2024, "2024-11-05"),
        (Feast.ELECTION_DAY, 2022, "2022-11-08"),  # 1 November was a Tuesday: not the first Tuesday
        (Feast.ELECTION_DAY, 2016, "2016-11-08"),
    ],
)
def test_a_moving_holiday_in_a_named_year(feast: Feast, year: int, value: str) -> None:
    assert resolve(Symbol(kind=Kind.CALENDAR, feast=feast, year=year), SATURDAY).value == value


_FEAST_WEEKDAY = {
    Feast.EASTER: 7,
    Feast.GOOD_FRIDAY: 5,
    Feast.EASTER_MONDAY: 1,
    Feast.ORTHODOX_EASTER: 7,
    Feast.THANKSGIVING: 4,
    Feast.SHROVE_TUESDAY: 2,
    Feast.ASH_WEDNESDAY: 3,
    Feast.MOTHERING_SUNDAY: 7,
    Feast.PALM_SUNDAY: 7,
    Feast.MAUNDY_THURSDAY: 4,
    Feast.ASCENSION: 4,
    Feast.PENTECOST: 7,
    Feast.WHIT_MONDAY: 1,
    Feast.MARTIN_LUTHER_KING_DAY: 1,
    Feast.PRESIDENTS_DAY: 1,
    Feast.MEMORIAL_DAY: 1,
    Feast.LABOR_DAY: 1,
    Feast.COLUMBUS_DAY: 1,
    Feast.REMEMBRANCE_SUNDAY: 7,
    Feast.BLACK_FRIDAY: 5,
    Feast.CYBER_MONDAY: 1,
    Feast.ELECTION_DAY: 2,
}


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(list(_FEAST_WEEKDAY)),
    st.sampled_from(list(Direction)),
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
)
def test_a_moving_holiday_falls_on_its_weekday_within_a_year_of_the_reference(
    feast: Feast, direction: Direction, reference: dt.date
) -> None:
    span = resolve(Symbol(kind=Kind.CALENDAR, feast=feast, direction=direction), reference).span
    assert span is not None and span.granularity is Granularity.DAY and span.first == span.last
    assert span.first.isoweekday() == _FEAST_WEEKDAY[feast]
    assert abs((span.first - reference).days) <= 366
    assert span_from_value(span.value) == attrs.evolve(span, mod=None)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(list(Direction)), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
def test_inauguration_day_is_20_january_after_a_leap_year_within_four_years(
    direction: Direction, reference: dt.date
) -> None:
    span = resolve(
        Symbol(kind=Kind.CALENDAR, feast=Feast.INAUGURATION_DAY, direction=direction), reference
    ).span
    assert span is not None and span.first == span.last
    assert (span.first.month, span.first.day, span.first.year % 4) == (1, 20, 1)
    assert abs((span.first - reference).days) <= 4 * 366


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 12),
    st.integers(1, 7),
    st.sampled_from([1, 2, 3, 4, 5, -1, -2]),
    st.sampled_from(list(Direction)),
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
)
def test_the_nth_weekday_of_a_month_is_that_weekday_in_that_month_and_week(
    month: int, weekday: int, nth: int, direction: Direction, reference: dt.date
) -> None:
    symbol = Symbol(kind=Kind.CALENDAR, month=month, weekday=weekday, nth=nth, direction=direction)
    span = resolve(symbol, reference).span
    if span is None:  # a fifth Monday is not in every month, nor near every reference
        assert nth == 5
        return
    assert span.first == span.last
    day = span.first
    assert (day.month, day.isoweekday()) == (month, weekday)
    if nth > 0:
        assert (day.day - 1) // 7 == nth - 1
    else:
        days_in_month = (dt.date(day.year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
        assert (days_in_month - day.day) // 7 == -nth - 1
    assert abs((day - reference).days) <= 5 * 366


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 120), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
def test_an_anniversary_keeps_the_references_day_week_or_month_in_the_year_it_reaches(
    years: int, reference: dt.date
) -> None:
    def reached(keep: Unit) -> TimeSpan | None:
        symbol = Symbol(
            kind=Kind.RELATIVE, unit=Unit.YEAR, offset=-years, direction=Direction.PAST, keep=keep
        )
        return resolve(symbol, reference).span

    day, week, month = reached(Unit.DAY), reached(Unit.WEEK), reached(Unit.MONTH)
    assert day is not None and week is not None and month is not None
    assert (day.first.year, day.first.month) == (reference.year - years, reference.month)
    assert day.first.day == reference.day or (reference.month, reference.day, day.first.day) == (2, 29, 28)
    assert month.value == f"{reference.year - years:04d}-{reference.month:02d}"
    iso_year, iso_week, _ = week.first.isocalendar()
    assert iso_year == reference.year - years
    assert iso_week == reference.isocalendar()[1] or (reference.isocalendar()[1], iso_week) == (53, 52)
    assert span_from_value(day.value) == day
