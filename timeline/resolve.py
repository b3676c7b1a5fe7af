"""Symbolic expressions -> TIMEX3 values and spans, given a reference date.

Pure: a symbol and the dates it is resolved against always give the same
:class:`Resolution`; nothing is read from the clock.  Every calendar unit is
numbered by one integer index (days by ordinal, ISO weeks by their Monday,
months as ``year * 12 + month - 1``, seasons in threes from March, ...), so
"the previous quarter" is ``index - 1`` and "the March nearest the reference"
is a congruence; a small function per unit turns an index back into dates and
a TIMEX3 value.  The rules, each with an example, are in docs/resolution.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import functools
import logging
import math
from collections.abc import Callable, Iterable, Sequence
from typing import Literal

import attrs
import pendulum
from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

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

__all__ = ["Resolution", "resolve", "span_from_value", "timex_mod"]

logger = logging.getLogger(__name__)


@attrs.frozen
class Resolution:
    """What a symbol means on the calendar.

    ``span.value`` always names the span's days concretely (``"2025-03-15"``
    for ``PRESENT_REF``) so that :func:`span_from_value` can rebuild it.
    """

    value: str | None  # TIMEX3 value
    span: TimeSpan | None  # None for durations, sets, PAST_REF/FUTURE_REF, unresolvable


_UNRESOLVED = Resolution(None, None)

_REF_BY_DIRECTION = {
    Direction.PAST: Ref.PAST.value,
    Direction.FUTURE: Ref.FUTURE.value,
    Direction.NEAREST: Ref.PRESENT.value,
    Direction.SOON: Ref.PRESENT.value,
}

_TIMEX_MOD = {
    Modifier.APPROX: "APPROX",
    Modifier.EARLY: "START",
    Modifier.START: "START",
    Modifier.MID: "MID",
    Modifier.LATE: "END",
    Modifier.END: "END",
    Modifier.BEFORE: "BEFORE",
    Modifier.AFTER: "AFTER",
    Modifier.ON_OR_BEFORE: "ON_OR_BEFORE",
    Modifier.ON_OR_AFTER: "ON_OR_AFTER",
}

_SEASONS = tuple(Season)  # spring, summer, fall, winter: the order seasons follow from March
_SEASON_BY_CODE = {season.value: season for season in Season}
_PARTS_OF_DAY = frozenset(part.value for part in PartOfDay)


def timex_mod(mod: Modifier | None) -> str | None:
    """The TimeML ``mod`` attribute for a modifier (early -> START, late -> END)."""
    return None if mod is None else _TIMEX_MOD[mod]


def resolve(symbol: Symbol, reference: dt.date, narrative: dt.date | None = None) -> Resolution:
    """Resolve ``symbol`` against the publication date ``reference``.

    ``narrative`` is the last date the text mentioned before the expression;
    it replaces ``reference`` as the anchor of symbols whose anchor is
    :attr:`Anchor.NARRATIVE`.  Never raises: unresolvable symbols give
    ``Resolution(None, None)``.
    """
    if symbol.kind is Kind.DURATION or symbol.kind is Kind.SET:
        return _resolve_dateless(symbol)
    if symbol.anchor is Anchor.NARRATIVE and narrative is not None:
        if _is_days_end_gone(symbol):
            # Gone by as seen from the time of writing; from the day a story is on, that day's end
            # ("On 3 March police were called shortly before midnight": late on 3 March).
            symbol = attrs.evolve(symbol, direction=Direction.NEAREST)
        return _resolve_anchored(symbol, narrative)
    # Keyed on the anchor alone: the dating stage retries many references with the same symbols.
    return _resolve_anchored(symbol, reference)


def span_from_value(value: str) -> TimeSpan | None:
    """The span a TIMEX3 value names (the inverse of :func:`resolve`); None for anything without one."""
    try:
        return _parse_value(value)
    except (ValueError, ArithmeticError):
        return None


# --- dispatch ---------------------------------------------------------------


@functools.lru_cache(maxsize=1 << 16)
def _resolve_anchored(symbol: Symbol, anchor: dt.date) -> Resolution:
    try:
        if symbol.kind is Kind.CALENDAR:
            return _calendar(symbol, anchor)
        if symbol.kind is Kind.RELATIVE:
            return _relative(symbol, anchor)
        if symbol.kind is Kind.WEEKDAY:
            return _weekday(symbol, anchor)
        if symbol.kind is Kind.REF:
            return _ref(symbol, anchor)
        raise ValueError(f"unknown kind {symbol.kind!r}")
    except (ValueError, ArithmeticError, TypeError) as error:
        logger.debug("cannot resolve %s against %s: %s", symbol.describe(), anchor, error)
        return _UNRESOLVED


@functools.lru_cache(maxsize=1 << 12)
def _resolve_dateless(symbol: Symbol) -> Resolution:
    try:
        if symbol.kind is Kind.DURATION:
            return Resolution(_period(symbol.amount, symbol.unit), None)
        return Resolution(_set_value(symbol), None)
    except (ValueError, ArithmeticError, TypeError) as error:
        logger.debug("cannot resolve %s: %s", symbol.describe(), error)
        return _UNRESOLVED


# --- calendar scales ----------------------------------------------------------


@attrs.frozen
class _Scale:
    """One calendar unit: date -> index, index -> first/last day, index -> TIMEX3 value."""

    granularity: Granularity
    index: Callable[[dt.date], int]
    bounds: Callable[[int], tuple[dt.date, dt.date]]
    label: Callable[[int], str]


@functools.lru_cache(maxsize=1 << 12)
def _days_in_month(year: int, month: int) -> int:
    days: int = pendulum.date(year, month, 1).days_in_month
    return days


def _months(first: int, last: int) -> tuple[dt.date, dt.date]:
    """First day of month index ``first`` to last day of month index ``last``."""
    first_year, first_month = divmod(first, 12)
    last_year, last_month = divmod(last, 12)
    return (
        dt.date(first_year, first_month + 1, 1),
        dt.date(last_year, last_month + 1, _days_in_month(last_year, last_month + 1)),
    )


def _day_index(date: dt.date) -> int:
    return date.toordinal()


def _day_bounds(index: int) -> tuple[dt.date, dt.date]:
    day = dt.date.fromordinal(index)
    return day, day


def _day_label(index: int) -> str:
    return dt.date.fromordinal(index).isoformat()


# ISO weeks are numbered by their Monday with the stdlib's ISO-8601 calendar:
# pendulum's start_of("week") follows a process-wide week-start setting.
def _week_index(date: dt.date) -> int:
    return (date.toordinal() - 1) // 7  # ordinal 1, 0001-01-01, is a Monday


def _week_bounds(index: int) -> tuple[dt.date, dt.date]:
    return dt.date.fromordinal(7 * index + 1), dt.date.fromordinal(7 * index + 7)


def _week_label(index: int) -> str:
    year, week, _ = dt.date.fromordinal(7 * index + 1).isocalendar()
    return f"{year:04d}-W{week:02d}"


def _weekend_bounds(index: int) -> tuple[dt.date, dt.date]:
    return dt.date.fromordinal(7 * index + 6), dt.date.fromordinal(7 * index + 7)


def _weekend_label(index: int) -> str:
    return _week_label(index) + "-WE"


def _fortnight_bounds(index: int) -> tuple[dt.date, dt.date]:
    return dt.date.fromordinal(7 * index + 1), dt.date.fromordinal(7 * index + 14)


def _month_index(date: dt.date) -> int:
    return date.year * 12 + date.month - 1


def _month_label(index: int) -> str:
    year, month = divmod(index, 12)
    return f"{year:04d}-{month + 1:02d}"


def _quarter_label(index: int) -> str:
    year, quarter = divmod(index, 4)
    return f"{year:04d}-Q{quarter + 1}"


def _half_label(index: int) -> str:
    year, half = divmod(index, 2)
    return f"{year:04d}-H{half + 1}"


def _season_index(date: dt.date) -> int:
    return (_month_index(date) - 2) // 3  # spring of year y is 4y: seasons start in March


def _season_label(index: int) -> str:
    year, season = divmod(index, 4)
    return f"{year:04d}-{_SEASONS[season].value}"


_DAY = _Scale(Granularity.DAY, _day_index, _day_bounds, _day_label)
_WEEK = _Scale(Granularity.WEEK, _week_index, _week_bounds, _week_label)
_WEEKEND = _Scale(Granularity.WEEK, _week_index, _weekend_bounds, _weekend_label)
_FORTNIGHT = _Scale(Granularity.WEEK, _week_index, _fortnight_bounds, _week_label)
_MONTH = _Scale(Granularity.MONTH, _month_index, lambda i: _months(i, i), _month_label)
_QUARTER = _Scale(
    Granularity.QUARTER,
    lambda d: d.year * 4 + (d.month - 1) // 3,
    lambda i: _months(3 * i, 3 * i + 2),
    _quarter_label,
)
_HALF_YEAR = _Scale(
    Granularity.HALF_YEAR,
    lambda d: d.year * 2 + (d.month - 1) // 6,
    lambda i: _months(6 * i, 6 * i + 5),
    _half_label,
)
_SEASON = _Scale(Granularity.SEASON, _season_index, lambda i: _months(3 * i + 2, 3 * i + 4), _season_label)
_YEAR = _Scale(Granularity.YEAR, lambda d: d.year, lambda i: _months(12 * i, 12 * i + 11), "{:04d}".format)
_DECADE = _Scale(
    Granularity.DECADE, lambda d: d.year // 10, lambda i: _months(120 * i, 120 * i + 119), "{:03d}".format
)
_CENTURY = _Scale(
    Granularity.CENTURY,
    lambda d: d.year // 100,
    lambda i: _months(1200 * i, 1200 * i + 1199),
    "{:02d}".format,
)

_SCALES = {
    Unit.DAY: _DAY,
    Unit.WEEK: _WEEK,
    Unit.WEEKEND: _WEEKEND,
    Unit.FORTNIGHT: _FORTNIGHT,
    Unit.MONTH: _MONTH,
    Unit.QUARTER: _QUARTER,
    Unit.HALF_YEAR: _HALF_YEAR,
    Unit.SEASON: _SEASON,
    Unit.YEAR: _YEAR,
    Unit.DECADE: _DECADE,
    Unit.CENTURY: _CENTURY,
}


def _span(scale: _Scale, index: int, symbol: Symbol, suffix: str = "") -> Resolution:
    """The span of ``scale``'s ``index``, narrowed by ``symbol.mod``; ``suffix`` is a time of day."""
    first, last = scale.bounds(index)  # before the label: it rejects out-of-range years
    # A fiscal year keeps its symbol's flag but takes the calendar value, as TimeBank annotates it
    # ("fiscal 1989" is 1989): fiscal calendars differ by organization.
    value = scale.label(index) + suffix
    first, last = _narrow(first, last, symbol.mod)
    span = TimeSpan(first=first, last=last, granularity=scale.granularity, value=value, mod=symbol.mod)
    return Resolution(value, span)


# --- modifiers ----------------------------------------------------------------

_THIRD = {Modifier.EARLY: 0, Modifier.START: 0, Modifier.MID: 1, Modifier.LATE: 2, Modifier.END: 2}


def _narrow(first: dt.date, last: dt.date, mod: Modifier | None) -> tuple[dt.date, dt.date]:
    """The third of ``first..last`` an early/mid/late modifier picks; other modifiers keep the span."""
    third = _THIRD.get(mod) if mod is not None else None
    if third is None:
        return first, last
    if first.day == 1 and (last + dt.timedelta(days=1)).day == 1:
        months = _month_index(last) - _month_index(first) + 1
        if months == 1:
            # "early March" is the 1st-10th and "late March" the 21st to the end, whatever its length.
            starts = (1, 11, 21)
            ends = (10, 20, last.day)
            return first.replace(day=starts[third]), first.replace(day=ends[third])
        if months % 3 == 0:
            size = months // 3
            start = _month_index(first) + third * size
            return _months(start, start + size - 1)
    days = (last - first).days + 1
    cut_one, cut_two = (days + 1) // 3, (2 * days + 1) // 3  # round(days / 3), round(2 * days / 3)
    if third == 0:
        offsets = (0, max(cut_one, 1) - 1)
    elif third == 2:
        offsets = (min(cut_two, days - 1), days - 1)
    elif cut_one < cut_two:
        offsets = (cut_one, cut_two - 1)
    else:  # too short to have a middle third
        offsets = (0, days - 1)
    return first + dt.timedelta(days=offsets[0]), first + dt.timedelta(days=offsets[1])


# --- choosing an occurrence by direction ---------------------------------------


def _choose(candidates: Iterable[int], anchor: int, direction: Direction, leeway: int = 0) -> int:
    """The candidate index ``direction`` picks relative to ``anchor``: past and future include it.

    With a ``leeway``, the direction is a preference: the occurrence the other way wins when it is
    more than ``leeway`` times closer.
    """
    before: int | None = None
    after: int | None = None
    for candidate in candidates:
        if candidate <= anchor and (before is None or candidate > before):
            before = candidate
        if candidate >= anchor and (after is None or candidate < after):
            after = candidate
    if leeway and before is not None and after is not None:
        if direction is Direction.PAST and anchor - before > leeway * (after - anchor):
            direction = Direction.FUTURE
        elif direction is Direction.FUTURE and after - anchor > leeway * (anchor - before):
            direction = Direction.PAST
    if direction is Direction.PAST:
        chosen = before
    elif direction is Direction.FUTURE:
        chosen = after
    elif before is None or after is None:
        chosen = after if before is None else before
    else:
        chosen = before if anchor - before <= after - anchor else after
    if chosen is None:
        raise ValueError("no occurrence in range")
    return chosen


# A partial date's tense is a strong preference, not a law: news gives the year of a date that is
# not near ("Dec. 7" in an October article is seven weeks ahead, not ten months back, whatever a
# stray past-tense verb in the sentence says).
_LEEWAY = 4


def _recurring(position: int, period: int, anchor: int, direction: Direction, leeway: int = _LEEWAY) -> int:
    """The index ≡ ``position`` (mod ``period``) that ``direction`` picks around ``anchor``."""
    back = (anchor - position) % period
    return _choose((anchor - back, anchor + (position - anchor) % period), anchor, direction, leeway)


# --- kinds --------------------------------------------------------------------


def _time_suffix(symbol: Symbol) -> str:
    """``T10:30``, ``TEV`` or nothing, for a symbol that resolves to a day."""
    if symbol.hour is not None:
        minute = 0 if symbol.minute is None else symbol.minute
        if not ((0 <= symbol.hour <= 23 and 0 <= minute <= 59) or (symbol.hour == 24 and minute == 0)):
            raise ValueError(f"no clock time {symbol.hour}:{minute}")
        return f"T{symbol.hour:02d}:{minute:02d}"
    if symbol.part_of_day is not None:
        return "T" + symbol.part_of_day.value
    return ""


def _check_year(year: int) -> int:
    if not 1 <= year <= 9999:
        raise ValueError(f"year {year} out of range")
    return year


def _calendar(symbol: Symbol, anchor: dt.date) -> Resolution:
    """Explicit calendar fields; the finest one present decides the granularity."""
    if symbol.feast is not None:
        return _feast(symbol, symbol.feast, anchor)
    if symbol.nth is not None:
        return _nth_weekday(symbol, anchor)
    if symbol.day is not None:
        return _calendar_day(symbol, anchor)
    if symbol.month is not None:
        return _calendar_part(_MONTH, symbol.month - 1, 12, symbol, anchor)
    if symbol.week is not None:
        return _calendar_week(symbol, anchor)
    if symbol.quarter is not None:
        return _calendar_part(_QUARTER, symbol.quarter - 1, 4, symbol, anchor)
    if symbol.half is not None:
        return _calendar_part(_HALF_YEAR, symbol.half - 1, 2, symbol, anchor)
    if symbol.season is not None:
        return _calendar_part(_SEASON, _SEASONS.index(symbol.season), 4, symbol, anchor)
    if symbol.year is not None:
        return _span(_YEAR, _check_year(symbol.year), symbol)
    if symbol.decade is not None:
        return _span(_DECADE, symbol.decade, symbol)
    if symbol.century is not None:
        return _span(_CENTURY, symbol.century, symbol)
    raise ValueError("no calendar field")


def _calendar_part(
    scale: _Scale, position: int, per_year: int, symbol: Symbol, anchor: dt.date
) -> Resolution:
    """A month, quarter, half or season: of ``symbol.year``, or the one ``direction`` picks."""
    if not 0 <= position < per_year:
        raise ValueError(f"{scale.granularity.value} {position + 1} out of range")
    if symbol.year is not None:
        index = _check_year(symbol.year) * per_year + position
    elif symbol.offset is not None and symbol.offset < 0 and scale is _MONTH:
        # "last April": the latest April before the reference's month (in March 2025, April 2024;
        # in November 2025, April 2025).
        index = _recurring(position, per_year, scale.index(anchor) + symbol.offset, Direction.PAST, leeway=0)
    elif (
        symbol.offset is not None
        and scale in (_MONTH, _SEASON)
        and (symbol.offset > 0 or symbol.direction is Direction.FUTURE)
    ):
        # "next April", "next summer": the first to come round after the reference's month or
        # season, whatever the distance ("next February" said in March is eleven months away);
        # "this coming April", "the coming winter" (offset 0): the first from the reference's on.
        after = scale.index(anchor) + symbol.offset
        index = _recurring(position, per_year, after, Direction.FUTURE, leeway=0)
    elif symbol.offset is not None:
        # "this April", "last spring": of the reference's year, or of the year ``offset`` from it.
        index = _check_year(_year_of(anchor, scale, position) + symbol.offset) * per_year + position
    else:
        # A firm direction ("will resume in January") holds however far (see Symbol.firm).
        leeway = 0 if symbol.firm else _LEEWAY
        index = _recurring(position, per_year, scale.index(anchor), symbol.direction, leeway)
    return _span(scale, index, symbol)


@attrs.frozen
class _FromEaster:
    """Days from Easter, by the Western or the Orthodox church's reckoning (dateutil)."""

    method: Literal[1, 2, 3]
    days: int = 0


@attrs.frozen
class _NthWeekday:
    """The ``nth`` weekday (Monday 0) of a month, counted from its end when negative, and days from it."""

    month: int
    nth: int
    weekday: int
    days: int = 0


@attrs.frozen
class _EveryYears:
    """A day of the year held only in the years ``remainder`` modulo ``period``."""

    month: int
    day: int
    period: int
    remainder: int


_MON, _THU, _SUN = 0, 3, 6
# How each holiday that moves finds its day: adding one is a line here and its names in
# rules/words.py.
_FEAST_RULES: dict[Feast, _FromEaster | _NthWeekday | _EveryYears] = {
    Feast.EASTER: _FromEaster(EASTER_WESTERN),
    Feast.GOOD_FRIDAY: _FromEaster(EASTER_WESTERN, -2),
    Feast.EASTER_MONDAY: _FromEaster(EASTER_WESTERN, 1),
    Feast.ORTHODOX_EASTER: _FromEaster(EASTER_ORTHODOX),
    Feast.SHROVE_TUESDAY: _FromEaster(EASTER_WESTERN, -47),
    Feast.ASH_WEDNESDAY: _FromEaster(EASTER_WESTERN, -46),
    Feast.MOTHERING_SUNDAY: _FromEaster(EASTER_WESTERN, -21),
    Feast.PALM_SUNDAY: _FromEaster(EASTER_WESTERN, -7),
    Feast.MAUNDY_THURSDAY: _FromEaster(EASTER_WESTERN, -3),
    Feast.ASCENSION: _FromEaster(EASTER_WESTERN, 39),
    Feast.PENTECOST: _FromEaster(EASTER_WESTERN, 49),
    Feast.WHIT_MONDAY: _FromEaster(EASTER_WESTERN, 50),
    Feast.MARTIN_LUTHER_KING_DAY: _NthWeekday(1, 3, _MON),
    Feast.FATHERS_DAY: _NthWeekday(6, 3, _SUN),
    Feast.PRESIDENTS_DAY: _NthWeekday(2, 3, _MON),
    Feast.MEMORIAL_DAY: _NthWeekday(5, -1, _MON),
    Feast.LABOR_DAY: _NthWeekday(9, 1, _MON),
    Feast.COLUMBUS_DAY: _NthWeekday(10, 2, _MON),
    # The Monday before 25 May: 25–31 May hold one Monday, the last of the month.
    Feast.VICTORIA_DAY: _NthWeekday(5, -1, _MON, -7),
    Feast.REMEMBRANCE_SUNDAY: _NthWeekday(11, 2, _SUN),
    Feast.EARLY_MAY_BANK_HOLIDAY: _NthWeekday(5, 1, _MON),
    Feast.SPRING_BANK_HOLIDAY: _NthWeekday(5, -1, _MON),
    Feast.SUMMER_BANK_HOLIDAY: _NthWeekday(8, -1, _MON),
    Feast.THANKSGIVING: _NthWeekday(11, 4, _THU),
    Feast.BLACK_FRIDAY: _NthWeekday(11, 4, _THU, 1),
    Feast.CYBER_MONDAY: _NthWeekday(11, 4, _THU, 4),
    Feast.ELECTION_DAY: _NthWeekday(11, 1, _MON, 1),
    Feast.INAUGURATION_DAY: _EveryYears(1, 20, 4, 1),
}


def _feast_day(feast: Feast, year: int) -> dt.date:
    """The day ``feast`` falls on in ``year``."""
    rule = _FEAST_RULES[feast]
    if isinstance(rule, _FromEaster):
        day: dt.date = easter(year, rule.method)
        return day + dt.timedelta(days=rule.days)
    if isinstance(rule, _EveryYears):
        return dt.date(year, rule.month, rule.day)
    return _nth_weekday_of(year, rule.month, rule.nth, rule.weekday) + dt.timedelta(days=rule.days)


def _nth_weekday_of(year: int, month: int, nth: int, weekday: int) -> dt.date:
    """The ``nth`` ``weekday`` (Monday 0) of a month, counted from its end when ``nth`` is negative.

    Raises ValueError when the month has no such day (a fifth Monday, most months).
    """
    if nth > 0:
        first = dt.date(year, month, 1)
        found = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = dt.date(year, month, _days_in_month(year, month))
        found = last - dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-nth - 1))
    if found.month != month or nth == 0:
        raise ValueError(f"no weekday number {nth} in month {month} of {year}")
    return found


def _nth_weekday(symbol: Symbol, anchor: dt.date) -> Resolution:
    """ "The first Thursday in May", "the last Monday of March 2024": in the year named, or the
    occurrence ``direction`` picks around the anchor."""
    nth, weekday, month = symbol.nth, symbol.weekday, symbol.month
    if nth is None or weekday is None or month is None or not 1 <= weekday <= 7 or not 1 <= month <= 12:
        raise ValueError("the nth weekday of a month needs a weekday and a month")
    if symbol.year is not None:
        day = _nth_weekday_of(_check_year(symbol.year), month, nth, weekday - 1)
    else:
        # A fifth Thursday is not in every May: the years around the anchor that have one.
        ordinals = []
        for year in range(max(1, anchor.year - 4), min(9999, anchor.year + 4) + 1):
            with contextlib.suppress(ValueError):
                ordinals.append(_nth_weekday_of(year, month, nth, weekday - 1).toordinal())
        if not ordinals:
            raise ValueError(f"no weekday number {nth} in month {month} near {anchor.year}")
        day = dt.date.fromordinal(_choose(ordinals, anchor.toordinal(), symbol.direction, _LEEWAY))
    return _span(_DAY, day.toordinal(), symbol, _time_suffix(symbol))


def _feast(symbol: Symbol, feast: Feast, anchor: dt.date) -> Resolution:
    """A moving holiday: in the year named, the one a shift word picks ("last Easter"), or the
    occurrence ``direction`` picks around the anchor."""
    rule = _FEAST_RULES[feast]
    if symbol.year is not None:
        day = _feast_day(feast, _check_year(symbol.year))
    else:
        # Easter moves by five weeks at most, so the years around the anchor hold both neighbours;
        # a feast held every few years is looked for as far.
        reach = rule.period if isinstance(rule, _EveryYears) else 1
        years = range(max(1, anchor.year - reach), min(9999, anchor.year + reach) + 1)
        if isinstance(rule, _EveryYears):
            years = range(years.start + (rule.remainder - years.start) % rule.period, years.stop, rule.period)
        ordinals = [_feast_day(feast, year).toordinal() for year in years]
        if symbol.offset is not None and not isinstance(rule, _EveryYears):
            ordinal = _shifted_occurrence(ordinals, symbol, anchor)  # "last Easter", "next Easter"
        else:
            ordinal = _choose(ordinals, anchor.toordinal(), symbol.direction, _LEEWAY)
        day = dt.date.fromordinal(ordinal)
    return _span(_DAY, day.toordinal(), symbol, _time_suffix(symbol))


def _shifted_occurrence(ordinals: Sequence[int], symbol: Symbol, anchor: dt.date) -> int:
    """The day of the year a shift word picks among its ``ordinals`` (ascending): "last" the latest
    before the reference's day, "next" the first after it (a shift word is no tense: it is not
    overruled by a nearer occurrence the other way); "this" the one of the reference's year, or
    with a tense the latest up to the reference's day or the first from it on ("this coming" too)."""
    at = anchor.toordinal()
    if symbol.offset is None or symbol.offset < 0:
        chosen = [day for day in ordinals if day < at][-1:]
    elif symbol.offset > 0:
        chosen = [day for day in ordinals if day > at][:1]
    elif symbol.direction is Direction.FUTURE:
        chosen = [day for day in ordinals if day >= at][:1]
    elif symbol.direction is Direction.PAST:  # "sales this Christmas were weak", said in January
        chosen = [day for day in ordinals if day <= at][-1:]
    else:
        chosen = [day for day in ordinals if dt.date.fromordinal(day).year == anchor.year][:1]
    if not chosen:
        raise ValueError("no occurrence in range")
    return chosen[0]


def _year_of(anchor: dt.date, scale: _Scale, position: int) -> int:
    """The year "this" names for a part of a year; January and February belong to last year's winter."""
    if scale is _SEASON and _SEASONS[position] is Season.WINTER and anchor.month <= 2:
        return anchor.year - 1
    return anchor.year


def _calendar_day(symbol: Symbol, anchor: dt.date) -> Resolution:
    day, month = symbol.day, symbol.month
    assert day is not None  # the caller dispatches on it
    if not 1 <= day <= 31:
        raise ValueError(f"day {day} out of range")
    if month is None:
        if symbol.year is not None:
            raise ValueError("a year and a day without a month")
        # Every day of the month recurs within three months (the 31st, the 29th after February).
        around = _month_index(anchor)
        candidates: Iterable[int] = (
            dt.date(year, number + 1, day).toordinal()
            for year, number in (divmod(i, 12) for i in range(around - 3, around + 4))
            if 1 <= year <= 9999 and day <= _days_in_month(year, number + 1)
        )
        index = _choose(candidates, anchor.toordinal(), symbol.direction, _LEEWAY)
    elif symbol.year is None:
        if not 1 <= month <= 12:
            raise ValueError(f"month {month} out of range")
        # February 29th recurs within eight years (1896 -> 1904).
        occurrences = [
            dt.date(year, month, day).toordinal()
            for year in range(anchor.year - 8, anchor.year + 9)
            if 1 <= year <= 9999 and day <= _days_in_month(year, month)
        ]
        if symbol.offset is not None:  # "last Christmas", "next Christmas", read as "last April" is
            index = _shifted_occurrence(occurrences, symbol, anchor)
        else:
            index = _choose(occurrences, anchor.toordinal(), symbol.direction, _LEEWAY)
    else:
        index = dt.date(_check_year(symbol.year), month, day).toordinal()
    if symbol.unit is Unit.WEEK:  # "the week commencing 9 June"
        # "The week of March 9", a Sunday, is the week it begins, as a US calendar has it.
        named = dt.date.fromordinal(index)
        week_day = named + dt.timedelta(days=1) if named.isoweekday() == 7 else named
        return _span(_WEEK, _week_index(week_day), symbol)
    return _span(_DAY, index, symbol, _time_suffix(symbol))


def _calendar_week(symbol: Symbol, anchor: dt.date) -> Resolution:
    week = symbol.week
    assert week is not None  # the caller dispatches on it
    if not 1 <= week <= 53:
        raise ValueError(f"week {week} out of range")
    if symbol.year is not None:
        monday = dt.date.fromisocalendar(_check_year(symbol.year), week, 1)
        return _span(_WEEK, _week_index(monday), symbol)
    iso_year = anchor.isocalendar()[0]
    # Week 53 recurs within seven years (2020 -> 2026).
    candidates = [
        _week_index(dt.date.fromisocalendar(year, week, 1))
        for year in range(max(iso_year - 7, 1), min(iso_year + 8, 10000))
        if week < 53 or dt.date(year, 12, 28).isocalendar()[1] == 53
    ]
    return _span(_WEEK, _choose(candidates, _week_index(anchor), symbol.direction), symbol)


def _relative(symbol: Symbol, anchor: dt.date) -> Resolution:
    """A unit shifted ``offset`` times from the anchor date."""
    offset, unit = symbol.offset, symbol.unit
    if offset is None:
        return Resolution(_REF_BY_DIRECTION[symbol.direction], None)
    if unit is None:
        raise ValueError("a relative expression without a unit")
    if unit is Unit.HOUR or unit is Unit.MINUTE:
        return _clock_shift(symbol, offset, unit, anchor)
    scale = _SCALES[unit]
    index = scale.index(anchor) + offset
    per_year = _PER_YEAR.get(unit)
    if symbol.year is not None and per_year is not None:
        # "the 1988 quarter": the quarter the text is about, in the year it names.
        index = _check_year(symbol.year) * per_year + index % per_year
    if unit is Unit.YEAR and symbol.keep is not None:
        return _same_time_of_year(symbol, anchor, index if symbol.year is None else symbol.year)
    if unit in (Unit.MONTH, Unit.WEEK) and symbol.keep is Unit.DAY:  # "this time last month"
        start = pendulum.date(anchor.year, anchor.month, anchor.day)
        shifted = start.add(weeks=offset) if unit is Unit.WEEK else start.add(months=offset)
        return _span(_DAY, shifted.toordinal(), symbol)
    if unit is Unit.MONTH and symbol.nth is not None and symbol.weekday is not None:
        # "the last Friday of the month"
        if not 1 <= symbol.weekday <= 7:
            raise ValueError(f"weekday {symbol.weekday} out of range")
        year, month = divmod(index, 12)
        day = _nth_weekday_of(_check_year(year), month + 1, symbol.nth, symbol.weekday - 1)
        return _span(_DAY, day.toordinal(), symbol, _time_suffix(symbol))
    if unit is Unit.YEAR and symbol.feast is not None:  # "Easter last year"
        day = _feast_day(symbol.feast, _check_year(index))
        return _span(_DAY, day.toordinal(), symbol, _time_suffix(symbol))
    if unit is Unit.YEAR and symbol.month is not None:  # "June last year", "August 16 last year"
        if not 1 <= symbol.month <= 12:
            raise ValueError(f"month {symbol.month} out of range")
        if symbol.day is not None:  # dt.date raises ValueError for a day the month does not have
            ordinal = dt.date(_check_year(index), symbol.month, symbol.day).toordinal()
            return _span(_DAY, ordinal, symbol, _time_suffix(symbol))
        return _span(_MONTH, _check_year(index) * 12 + symbol.month - 1, symbol)
    if unit is Unit.YEAR and symbol.season is not None:  # "by spring next year"
        return _span(_SEASON, _check_year(index) * 4 + _SEASONS.index(symbol.season), symbol)
    if unit is Unit.YEAR:
        # "next year's first quarter", "the first half of next year"
        for number, part, per_year in ((symbol.quarter, _QUARTER, 4), (symbol.half, _HALF_YEAR, 2)):
            if number is not None:
                if not 1 <= number <= per_year:
                    raise ValueError(f"part {number} of {per_year} out of range")
                return _span(part, _check_year(index) * per_year + number - 1, symbol)
    if unit is Unit.WEEKEND and offset == 0:
        index = _this_weekend(anchor, symbol.direction, symbol.named_this)
    elif unit is Unit.WEEK and offset == 0 and symbol.mod is Modifier.MID:
        index += _midweek_shift(anchor, symbol.direction)
    elif unit is Unit.WEEK and offset == 0 and _week_is_over(anchor, symbol.direction):
        index += 1
    elif unit is Unit.FORTNIGHT:
        index = _fortnight_start(anchor, offset, symbol.direction)
    elif _is_days_end_gone(symbol):
        index -= 1  # "police were called shortly before midnight": late yesterday
    elif _is_night_ahead(symbol):
        index += 1  # "temperatures will drop overnight": tonight, not the night gone by
    elif _is_midnight_ahead(symbol):
        return _span(scale, index, symbol, "T24:00")  # "the truce will take effect at midnight": tonight's
    return _span(scale, index, symbol, _time_suffix(symbol) if unit is Unit.DAY else "")


def _is_days_end_gone(symbol: Symbol) -> bool:
    """Whether ``symbol`` is the end of the day (T24:00) told in the past, of no other day."""
    return (
        symbol.kind is Kind.RELATIVE
        and symbol.unit is Unit.DAY
        and symbol.offset == 0
        and symbol.hour == 24
        and symbol.direction is Direction.PAST
    )


def _is_midnight_ahead(symbol: Symbol) -> bool:
    """Whether ``symbol`` is the day's first minute ("midnight", "00:00") told in the future: the
    midnight to come is the day's end, T24:00, not its start, which has gone by."""
    return (
        symbol.kind is Kind.RELATIVE
        and symbol.unit is Unit.DAY
        and symbol.offset == 0
        and symbol.hour == 0
        and not symbol.minute
        and symbol.direction is Direction.FUTURE
    )


def _is_night_ahead(symbol: Symbol) -> bool:
    """Whether ``symbol`` is "overnight" (the night before the day told) told in the future."""
    return (
        symbol.kind is Kind.RELATIVE
        and symbol.unit is Unit.DAY
        and symbol.offset == -1
        and symbol.part_of_day is PartOfDay.NIGHT
        and symbol.direction is Direction.FUTURE
    )


def _same_time_of_year(symbol: Symbol, anchor: dt.date, year: int) -> Resolution:
    """The anchor's day, ISO week or month (``symbol.keep``) in ``year``: "a year ago today" (29
    February: the 28th)."""
    year, keep = _check_year(year), symbol.keep
    if keep is Unit.DAY:
        day = min(anchor.day, _days_in_month(year, anchor.month))
        return _span(_DAY, dt.date(year, anchor.month, day).toordinal(), symbol)
    if keep is Unit.WEEK:
        weeks = dt.date(year, 12, 28).isocalendar()[1]  # 28 December is always in the last ISO week
        week = min(anchor.isocalendar()[1], weeks)
        return _span(_WEEK, _week_index(dt.date.fromisocalendar(year, week, 1)), symbol)
    if keep is Unit.MONTH:
        return _span(_MONTH, year * 12 + anchor.month - 1, symbol)
    return _span(_YEAR, year, symbol)


# Units a relative symbol with a ``year`` moves into that year, and how many of them a year has.
_PER_YEAR = {Unit.MONTH: 12, Unit.QUARTER: 4, Unit.HALF_YEAR: 2}


def _week_is_over(anchor: dt.date, direction: Direction) -> bool:
    """Whether "this week", said on a weekend about the future, means the coming ISO week.

    On Saturday 15 March "our militaries will meet on Thursday this week" is Thursday 20 March:
    the working week the speaker looks ahead to, since this one is done.
    """
    return direction is Direction.FUTURE and anchor.isoweekday() >= 6


def _midweek_shift(anchor: dt.date, direction: Direction) -> int:
    """The week of "midweek", from the anchor's: the middle of a week is Wednesday.

    Told in the past early in a week ("shares fell midweek", on a Monday) it is the last week's;
    told of what is to come once Wednesday is gone ("highs will climb by midweek", on a Friday),
    the next week's.
    """
    if direction is Direction.PAST and anchor.isoweekday() < 3:
        return -1
    if direction is Direction.FUTURE and anchor.isoweekday() > 3:
        return 1
    return 0


def _this_weekend(anchor: dt.date, direction: Direction, named_this: bool) -> int:
    """The week of the weekend named with no shift: told in the past, the last one over; else
    the next one not over, which is the anchor's week's (a week's weekend ends it).

    Named "this weekend" and told in the past, it is the last one only early in a week ("the
    storm that hit this weekend", on a Monday): later in the week a past verb near it tells of
    something else ("dismissed the peace talks planned for this weekend", on a Friday), and on
    the weekend itself it is the one under way.
    """
    week = _week_index(anchor)
    if direction is not Direction.PAST or anchor.isoweekday() == 7:
        return week
    if named_this and anchor.isoweekday() > _LAST_DAY_THIS_WEEKEND_IS_GONE:
        return week
    return week - 1


_LAST_DAY_THIS_WEEKEND_IS_GONE = 2  # Tuesday


def _fortnight_start(anchor: dt.date, offset: int, direction: Direction) -> int:
    """The first week of the fortnight ``offset`` fortnights from the anchor's week."""
    week = _week_index(anchor)
    if offset > 0:
        return week + 2 * offset - 1  # "next fortnight" starts next week
    if offset < 0:
        return week + 2 * offset  # "last fortnight" ends last Sunday
    return week - 1 if direction is Direction.PAST else week


def _clock_shift(symbol: Symbol, offset: int, unit: Unit, anchor: dt.date) -> Resolution:
    """Hours or minutes from the anchor, taken at noon: the anchor's time of day is unknown."""
    hour = 12 if symbol.hour is None else symbol.hour
    minute = 0 if symbol.minute is None else symbol.minute
    # T24:00, the end of a day ("an hour after midnight on Sunday"), is the next day's start.
    start = pendulum.naive(anchor.year, anchor.month, anchor.day, hour % 24, minute).add(days=hour // 24)
    moved = start.add(hours=offset) if unit is Unit.HOUR else start.add(minutes=offset)
    day = dt.date(moved.year, moved.month, moved.day)
    return _span(_DAY, day.toordinal(), symbol, f"T{moved.hour:02d}:{moved.minute:02d}")


_NEAREST_WEEKDAY_BACK = 4


def _weekday(symbol: Symbol, anchor: dt.date) -> Resolution:
    """A named weekday: bare by direction, or last/this/next one.

    "Last Thursday" written on a Friday is not yesterday, which a writer calls "yesterday" or
    "Thursday", but the Thursday of the week before; and "next Sunday" written on a Saturday is not
    tomorrow.  Wire copy bears this out: "the first round of voting held last Wednesday" (Thursday
    17 November 2005: the 9th), "last Monday and Tuesday, or on Nov. 6 and Nov. 7" (Tuesday 14
    November 2006), "next Sunday's trip to Chelsea" (Saturday 2 December 2006: the 10th).  Two days
    off or more, "last" and "next" keep the nearest.
    """
    weekday, offset = symbol.weekday, symbol.offset
    if weekday is None or not 1 <= weekday <= 7:
        raise ValueError(f"weekday {weekday} out of range")
    back = (anchor.isoweekday() - weekday) % 7  # days back to the one on or before the anchor
    ahead = (weekday - anchor.isoweekday()) % 7  # days ahead to the one on or after it
    if symbol.unit is Unit.WEEK and offset is not None:
        # "Thursday next week": that weekday of the shifted ISO week.
        weeks = offset + 1 if offset == 0 and _week_is_over(anchor, symbol.direction) else offset
        shift = weekday - anchor.isoweekday() + 7 * weeks
    elif offset is None:
        if symbol.direction is Direction.PAST:
            shift = -back
        elif symbol.direction is Direction.FUTURE:
            shift = ahead
        elif symbol.direction is Direction.SOON:
            shift = -1 if back == 1 else ahead
        else:
            # News reports the recent past far more than the coming days: with no tense to go
            # by, a weekday up to four days back wins over one three days ahead.
            shift = -back if back <= _NEAREST_WEEKDAY_BACK else ahead
    elif offset == 0:
        shift = -back if symbol.direction is Direction.PAST else ahead
    elif offset < 0:
        shift = -(back or 7) + 7 * (offset + 1)  # strictly before
        if offset == -1 and back == 1:
            shift -= 7  # not yesterday
    else:
        shift = (ahead or 7) + 7 * (offset - 1)  # strictly after
        if offset == 1 and ahead == 1:
            shift += 7  # not tomorrow
    day = anchor + dt.timedelta(days=shift)
    return _span(_DAY, day.toordinal(), symbol, _time_suffix(symbol))


def _ref(symbol: Symbol, anchor: dt.date) -> Resolution:
    if symbol.ref is None:
        raise ValueError("a reference expression without a ref")
    if symbol.ref is not Ref.PRESENT:
        return Resolution(symbol.ref.value, None)
    return Resolution(Ref.PRESENT.value, _span(_DAY, anchor.toordinal(), symbol).span)


# --- durations and sets ---------------------------------------------------------

# unit -> (how many of the designator's unit one is, designator, whether it is a time unit)
_PERIODS: dict[Unit, tuple[int, str, bool]] = {
    Unit.MINUTE: (1, "M", True),
    Unit.HOUR: (1, "H", True),
    Unit.DAY: (1, "D", False),
    Unit.WEEKEND: (1, "WE", False),
    Unit.WEEK: (1, "W", False),
    Unit.FORTNIGHT: (2, "W", False),
    Unit.MONTH: (1, "M", False),
    Unit.QUARTER: (1, "Q", False),
    Unit.SEASON: (3, "M", False),
    Unit.HALF_YEAR: (6, "M", False),
    Unit.YEAR: (1, "Y", False),
    Unit.DECADE: (1, "DE", False),
    Unit.CENTURY: (1, "CE", False),
}


def _period(amount: float | None, unit: Unit | None) -> str:
    """A TIMEX3 duration value: ``P3Y``, ``PT2H``, ``PXD`` for an unspecified amount."""
    if unit is None:
        raise ValueError("a duration without a unit")
    multiplier, designator, is_time = _PERIODS[unit]
    if amount is not None and unit in _IN_YEARS and not float(amount).is_integer():
        return _period(float(amount) * _IN_YEARS[unit], Unit.YEAR)  # half a century is P50Y
    if amount is not None and unit in _SPLIT and not float(amount).is_integer():
        return _split_period(float(amount), unit)
    number = "X" if amount is None else _number(float(amount) * multiplier)
    return f"P{'T' if is_time else ''}{number}{designator}"


# A fractional amount of decades or centuries is written in years.
_IN_YEARS = {Unit.DECADE: 10, Unit.CENTURY: 100}

# A fractional amount of these units is written in whole smaller units when it comes out even:
# two and a half years is P2Y6M, a minute and a half PT1M30S.
_SPLIT = {Unit.YEAR: (12, "Y", "M", ""), Unit.DAY: (24, "D", "H", "T"), Unit.HOUR: (60, "H", "M", ""),
          Unit.MINUTE: (60, "M", "S", "")}  # fmt: skip


def _split_period(amount: float, unit: Unit) -> str:
    per, big, small, separator = _SPLIT[unit]
    time = "T" if unit in (Unit.HOUR, Unit.MINUTE) else ""
    number = _number(amount)  # rejects negative and infinite amounts
    whole, rest = int(amount), (amount - int(amount)) * per
    if abs(rest - round(rest)) > 1e-9:
        return f"P{time}{number}{big}"
    head = f"{whole}{big}" if whole else ""
    return f"P{time}{head}{separator}{round(rest)}{small}"


def _number(amount: float) -> str:
    if not math.isfinite(amount) or amount < 0:
        raise ValueError(f"no period of {amount}")
    if amount.is_integer():
        return str(int(amount))
    return format(decimal.Decimal(repr(amount)), "f")  # 1.5 -> "1.5", never "1.5e-07"


def _set_value(symbol: Symbol) -> str:
    """``XXXX-WXX-1`` for "every Monday", ``XXXX-07`` for "each July", else the period of one recurrence."""
    if symbol.weekday_of_set is not None:
        if not 1 <= symbol.weekday_of_set <= 7:
            raise ValueError(f"weekday {symbol.weekday_of_set} out of range")
        return f"XXXX-WXX-{symbol.weekday_of_set}{_time_suffix(symbol)}"
    if symbol.month is not None:  # "each July"
        if not 1 <= symbol.month <= 12:
            raise ValueError(f"month {symbol.month} out of range")
        return f"XXXX-{symbol.month:02d}"
    if symbol.season is not None:  # "every summer"
        return f"XXXX-{symbol.season.value}"
    return _period(1.0 if symbol.amount is None else symbol.amount, symbol.unit)


# --- values back to spans -------------------------------------------------------


def _digits(text: str, length: int) -> int:
    if len(text) != length or not (text.isascii() and text.isdigit()):
        raise ValueError(f"not {length} digits: {text!r}")
    return int(text)


def _span_of(scale: _Scale, index: int, value: str) -> TimeSpan:
    first, last = scale.bounds(index)
    return TimeSpan(first=first, last=last, granularity=scale.granularity, value=value)


def _parse_value(value: str) -> TimeSpan | None:
    opening, slash, closing = value.partition("/")
    if slash:
        # An ISO 8601 interval of days, "2025-03-10/2025-03-14": a range told as one event.
        if "/" in closing:
            return None
        first, last = _parse_value(opening), _parse_value(closing)
        if first is None or last is None or not first.granularity is last.granularity is Granularity.DAY:
            return None
        if first.first >= last.first:
            return None
        return TimeSpan(first=first.first, last=last.last, granularity=Granularity.DAY, value=value)
    fiscal = value.startswith("FY")
    body = value[2:] if fiscal else value
    head, dash, rest = body.partition("-")
    if not dash:
        if len(head) == 4:
            return _span_of(_YEAR, _check_year(_digits(head, 4)), value)
        if fiscal:
            return None
        if len(head) == 3:
            return _span_of(_DECADE, _digits(head, 3), value)
        return _span_of(_CENTURY, _digits(head, 2), value)
    year = _check_year(_digits(head, 4))
    if fiscal and not rest.startswith("Q"):
        return None
    if rest[:1] == "Q":
        return _span_of(_QUARTER, year * 4 + _part(rest[1:], 4), value)
    if rest[:1] == "H":
        return _span_of(_HALF_YEAR, year * 2 + _part(rest[1:], 2), value)
    if rest in _SEASON_BY_CODE:
        return _span_of(_SEASON, year * 4 + _SEASONS.index(_SEASON_BY_CODE[rest]), value)
    if rest[:1] == "W":
        week, dash, weekend = rest[1:].partition("-")
        monday = dt.date.fromisocalendar(year, _digits(week, 2), 1)
        if not dash:
            return _span_of(_WEEK, _week_index(monday), value)
        return _span_of(_WEEKEND, _week_index(monday), value) if weekend == "WE" else None
    month_text, dash, day_and_time = rest.partition("-")
    month = _digits(month_text, 2)
    if not 1 <= month <= 12:
        return None
    if not dash:
        return _span_of(_MONTH, year * 12 + month - 1, value)
    day, clock, time = day_and_time.partition("T")
    if clock and not _is_time(time):
        return None
    return _span_of(_DAY, dt.date(year, month, _digits(day, 2)).toordinal(), value)


def _part(text: str, count: int) -> int:
    """The 0-based position of quarter/half ``text`` ("1".."4")."""
    number = _digits(text, 1)
    if not 1 <= number <= count:
        raise ValueError(f"part {number} of {count}")
    return number - 1


def _is_time(text: str) -> bool:
    if text in _PARTS_OF_DAY:
        return True
    if text == "24:00":  # midnight at the end of the day
        return True
    hour, colon, minute = text.partition(":")
    return bool(colon) and 0 <= _digits(hour, 2) <= 23 and 0 <= _digits(minute, 2) <= 59
