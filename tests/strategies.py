"""Hypothesis strategies for timeline's model types, shared by the test modules.

Every strategy builds values that satisfy the model's invariants (spans with
``first <= last``, publication ranges around their date, merge links that
index the event's mentions, mentions citing documents of the timeline…).
Text defaults to arbitrary Unicode; pass ``text=`` to narrow it.

    from strategies import timelines  # pytest puts tests/ on sys.path
    @given(timelines())
    def test_something(timeline): ...
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import types
import typing

import attrs
from hypothesis import strategies as st

from timeline.model import (
    Dissent,
    Document,
    Event,
    Granularity,
    Kind,
    Mention,
    MergeLink,
    Method,
    Modifier,
    PublicationDate,
    Skipped,
    Status,
    Symbol,
    Timeline,
    TimeSpan,
    Timex,
    TimexType,
)

__all__ = [
    "MAX_DATE",
    "MIN_DATE",
    "any_text",
    "dates",
    "dissents",
    "document_ids",
    "documents",
    "events",
    "granularities",
    "mentions",
    "merge_links",
    "modifiers",
    "one_line_text",
    "publication_dates",
    "skipped",
    "span_for",
    "symbols",
    "time_spans",
    "timelines",
    "timexes",
]

# Far enough from date.min/date.max that a span can always be widened to a
# whole century and still leave a day after it (iCal's exclusive DTEND).
MIN_DATE = dt.date(1600, 1, 1)
MAX_DATE = dt.date(2399, 12, 30)

any_text = st.text(max_size=40)
"""Arbitrary Unicode (no lone surrogates, which no decoded file can hold), control characters included."""

one_line_text = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")),
    max_size=40,
).map(lambda s: " ".join(s.split()))
"""Printable text on one line without leading, trailing or repeated whitespace."""

granularities = st.sampled_from(Granularity)
modifiers = st.sampled_from(Modifier)
optional_modifiers = st.none() | modifiers
kinds = st.sampled_from(Kind)
event_ids = st.from_regex(r"[0-9a-f]{16}", fullmatch=True)
statuses = st.sampled_from(Status)
methods = st.sampled_from(Method)
scores = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)


def dates(min_value: dt.date = MIN_DATE, max_value: dt.date = MAX_DATE) -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=min_value, max_value=max_value)


def document_ids() -> st.SearchStrategy[str]:
    """Ids shaped like the loader's (``001_0ab563b9511735a0``), with short prefixes that sometimes collide."""
    return st.builds(
        "{}_{}".format,
        st.from_regex(r"[0-9]{1,3}", fullmatch=True),
        st.from_regex(r"[0-9a-f]{1,16}", fullmatch=True),
    )


def span_for(granularity: Granularity, day: dt.date, mod: Modifier | None = None) -> TimeSpan:
    """The whole period of ``granularity`` containing ``day``, with its TIMEX3 value.

    Seasons are meteorological (spring = March–May); winter runs from
    December into the next year and takes December's year.
    """
    year, month = day.year, day.month
    if granularity is Granularity.DAY:
        return TimeSpan(day, day, granularity, day.isoformat(), mod)
    if granularity is Granularity.WEEK:
        monday = day - dt.timedelta(days=day.weekday())
        iso = monday.isocalendar()
        return TimeSpan(
            monday, monday + dt.timedelta(days=6), granularity, f"{iso[0]:04d}-W{iso[1]:02d}", mod
        )
    if granularity is Granularity.MONTH:
        return TimeSpan(
            _month_start(year, month), _month_end(year, month), granularity, f"{year:04d}-{month:02d}", mod
        )
    if granularity is Granularity.QUARTER:
        quarter = (month - 1) // 3 + 1
        first, last = _month_start(year, 3 * quarter - 2), _month_end(year, 3 * quarter)
        return TimeSpan(first, last, granularity, f"{year:04d}-Q{quarter}", mod)
    if granularity is Granularity.SEASON:
        if month in (1, 2):
            year, month = year - 1, 12
        code, start_month = {3: ("SP", 3), 6: ("SU", 6), 9: ("FA", 9), 12: ("WI", 12)}[month - (month % 3)]
        first = _month_start(year, start_month)
        last_year, last_month = (year + 1, 2) if code == "WI" else (year, start_month + 2)
        return TimeSpan(first, _month_end(last_year, last_month), granularity, f"{year:04d}-{code}", mod)
    if granularity is Granularity.HALF_YEAR:
        half = 1 if month <= 6 else 2
        first, last = _month_start(year, 6 * half - 5), _month_end(year, 6 * half)
        return TimeSpan(first, last, granularity, f"{year:04d}-H{half}", mod)
    if granularity is Granularity.YEAR:
        return TimeSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), granularity, f"{year:04d}", mod)
    if granularity is Granularity.DECADE:
        decade = year // 10
        first, last = dt.date(decade * 10, 1, 1), dt.date(decade * 10 + 9, 12, 31)
        return TimeSpan(first, last, granularity, f"{decade:03d}", mod)
    century = year // 100
    return TimeSpan(
        dt.date(century * 100, 1, 1), dt.date(century * 100 + 99, 12, 31), granularity, f"{century:02d}", mod
    )


def _month_start(year: int, month: int) -> dt.date:
    return dt.date(year, month, 1)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


@st.composite
def time_spans(
    draw: st.DrawFn,
    granularity: st.SearchStrategy[Granularity] = granularities,
    mod: st.SearchStrategy[Modifier | None] = optional_modifiers,
    consistent: bool = True,
) -> TimeSpan:
    """Spans; ``consistent`` ones cover exactly the period their granularity and TIMEX3 value name.

    With ``consistent=False`` only ``first <= last`` holds: the value is any
    text and the bounds need not match the granularity, as a buggy or
    exotic resolver might produce.
    """
    if consistent:
        return span_for(draw(granularity), draw(dates()), draw(mod))
    first, last = sorted([draw(dates()), draw(dates())])
    return TimeSpan(first, last, draw(granularity), draw(any_text), draw(mod))


any_spans = time_spans()
optional_spans = st.none() | any_spans


def _optional(strategy: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.none() | strategy


_SYMBOL_FIELDS: dict[str, st.SearchStrategy[object]] = {
    "year": _optional(st.integers(1, 9999)),
    "month": _optional(st.integers(1, 12)),
    "day": _optional(st.integers(1, 31)),
    "weekday": _optional(st.integers(1, 7)),
    "week": _optional(st.integers(1, 53)),
    "quarter": _optional(st.integers(1, 4)),
    "half": _optional(st.integers(1, 2)),
    "decade": _optional(st.integers(0, 999)),
    "century": _optional(st.integers(0, 99)),
    "offset": _optional(st.integers(-1000, 1000)),
    "amount": _optional(st.floats(min_value=0, max_value=1e6, allow_nan=False)),
    "hour": _optional(st.integers(0, 23)),
    "minute": _optional(st.integers(0, 59)),
    "weekday_of_set": _optional(st.integers(1, 7)),
}


def _field_strategy(hint: object) -> st.SearchStrategy[object]:
    """A strategy for a Symbol field from its annotation: an enum, bool, int or float, maybe optional."""
    args = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    (base,) = [arg for arg in args if arg is not type(None)]
    strategy: st.SearchStrategy[object]
    if isinstance(base, type) and issubclass(base, enum.Enum):
        strategy = st.sampled_from(base)
    elif base is bool:
        strategy = st.booleans()
    elif base is int:
        strategy = st.integers(-1000, 10_000)
    else:
        strategy = st.floats(allow_nan=False, allow_infinity=False)
    return _optional(strategy) if type(None) in args else strategy


def symbols(kind: st.SearchStrategy[Kind] = kinds) -> st.SearchStrategy[Symbol]:
    """Any combination of fields, each in its own range; not only what the tagger builds.

    Fields without a range listed here are drawn from their annotation, so a
    field added to Symbol is covered without touching this module.
    """
    hints = typing.get_type_hints(Symbol)
    fields = {
        field.name: _SYMBOL_FIELDS[field.name]
        if field.name in _SYMBOL_FIELDS
        else _field_strategy(hints[field.name])
        for field in attrs.fields(Symbol)
        if field.name != "kind"
    }
    return st.builds(Symbol, kind=kind, **fields)


rule_names = st.from_regex(r"[a-z][a-z0-9_.-]{0,30}", fullmatch=True)


@st.composite
def timexes(
    draw: st.DrawFn,
    text: st.SearchStrategy[str] = any_text,
    spans: st.SearchStrategy[TimeSpan | None] = optional_spans,
) -> Timex:
    """Expressions with offsets ``start <= end``; resolved ones carry their span's value."""
    start = draw(st.integers(0, 100_000))
    expression = draw(text)
    span = draw(spans)
    value = (
        span.value
        if span is not None
        else draw(st.none() | st.sampled_from(["PRESENT_REF", "P3Y", "XXXX-WXX-1"]))
    )
    return Timex(
        start=start,
        end=start + max(len(expression), draw(st.integers(0, 3))),
        text=expression,
        type=draw(st.sampled_from(TimexType)),
        symbol=draw(symbols()),
        rule=draw(rule_names),
        value=value,
        span=span,
    )


@st.composite
def publication_dates(draw: st.DrawFn, text: st.SearchStrategy[str] = any_text) -> PublicationDate:
    """``earliest <= date <= latest``; exact (all three equal) about half the time."""
    date = draw(dates())
    if draw(st.booleans()):
        earliest = latest = date
    else:
        earliest = date - dt.timedelta(days=draw(st.integers(0, 60)))
        latest = date + dt.timedelta(days=draw(st.integers(0, 60)))
    return PublicationDate(
        date=date,
        method=draw(methods),
        confidence=draw(scores),
        evidence=draw(text),
        earliest=earliest,
        latest=latest,
    )


def documents(
    ids: st.SearchStrategy[str] | None = None,
    text: st.SearchStrategy[str] = any_text,
    dated: bool | None = None,
) -> st.SearchStrategy[Document]:
    """Documents; ``dated`` True/False forces a publication date or its absence, None allows both."""
    published: st.SearchStrategy[PublicationDate | None]
    if dated is None:
        published = st.none() | publication_dates(text)
    else:
        published = publication_dates(text) if dated else st.none()
    return st.builds(
        Document,
        id=ids if ids is not None else document_ids(),
        text=st.text(max_size=200),
        title=st.none() | text,
        path=st.none() | text,
        url=st.none() | st.from_regex(r"https://example\.org/[a-z0-9/-]{0,30}", fullmatch=True),
        source=st.none() | text,
        published=published,
    )


def skipped(text: st.SearchStrategy[str] = any_text) -> st.SearchStrategy[Skipped]:
    return st.builds(Skipped, path=text, reason=text)


@st.composite
def mentions(
    draw: st.DrawFn,
    cited: st.SearchStrategy[str] | None = None,
    text: st.SearchStrategy[str] = any_text,
    spans: st.SearchStrategy[TimeSpan | None] = optional_spans,
) -> Mention:
    sentence = draw(text)
    sentence_start = draw(st.integers(0, 100_000))
    return Mention(
        document=draw(cited if cited is not None else document_ids()),
        sentence_start=sentence_start,
        sentence_end=sentence_start + len(sentence),
        sentence=sentence,
        timex=draw(timexes(text, spans)),
        clause=draw(text),
        status=draw(statuses),
        actors=tuple(draw(st.lists(text, max_size=3))),
        terms=tuple(draw(st.lists(text, max_size=3))),
    )


def merge_links(count: int) -> st.SearchStrategy[MergeLink]:
    """Links between two of ``count`` mentions (``count >= 2``)."""
    index = st.integers(0, count - 1)
    return st.builds(MergeLink, left=index, right=index, score=scores).filter(
        lambda link: link.left != link.right
    )


def dissents(
    cited: st.SearchStrategy[str] | None = None,
    text: st.SearchStrategy[str] = any_text,
) -> st.SearchStrategy[Dissent]:
    return st.builds(
        Dissent,
        document=cited if cited is not None else document_ids(),
        span=time_spans(),
        text=text,
    )


@st.composite
def events(
    draw: st.DrawFn,
    cited: st.SearchStrategy[str] | None = None,
    ids: st.SearchStrategy[str] = event_ids,
    text: st.SearchStrategy[str] = any_text,
    spans: st.SearchStrategy[TimeSpan] = any_spans,
    max_mentions: int = 4,
) -> Event:
    """Events with 1..max_mentions mentions citing ``cited`` ids, links indexing them, optional dissent."""
    sources = draw(st.lists(mentions(cited, text), min_size=1, max_size=max_mentions))
    links = draw(st.lists(merge_links(len(sources)), max_size=3)) if len(sources) > 1 else []
    return Event(
        id=draw(ids),
        span=draw(spans),
        title=draw(text),
        status=draw(statuses),
        mentions=tuple(sources),
        links=tuple(links),
        dissent=tuple(draw(st.lists(dissents(cited, text), max_size=2))),
    )


@st.composite
def timelines(
    draw: st.DrawFn,
    text: st.SearchStrategy[str] = any_text,
    max_documents: int = 4,
    max_events: int = 5,
    spans: st.SearchStrategy[TimeSpan] = any_spans,
    dated: bool | None = None,
) -> Timeline:
    """Timelines whose mentions and dissents cite only the timeline's documents; ids unique."""
    docs = draw(st.lists(documents(text=text, dated=dated), max_size=max_documents, unique_by=lambda d: d.id))
    found: list[Event] = []
    if docs:
        cited = st.sampled_from([d.id for d in docs])
        found = draw(
            st.lists(events(cited, text=text, spans=spans), max_size=max_events, unique_by=lambda e: e.id)
        )
    return Timeline(
        documents=tuple(docs),
        events=tuple(found),
        skipped=tuple(draw(st.lists(skipped(text), max_size=2))),
    )
