"""Value types shared by every stage.

All are frozen attrs classes: stages hand them on and never mutate them.
Dates are plain :class:`datetime.date` values so that the model does not
leak the calendar library the resolver happens to use.
"""

from __future__ import annotations

import datetime as dt
import enum
import operator
from typing import TypeVar

import attrs

__all__ = [
    "OPEN_ENDED",
    "Anchor",
    "Direction",
    "Dissent",
    "Document",
    "Event",
    "Feast",
    "Granularity",
    "Kind",
    "Mention",
    "MergeLink",
    "Method",
    "Modifier",
    "PartOfDay",
    "PublicationDate",
    "Ref",
    "Season",
    "Skipped",
    "Status",
    "Symbol",
    "TimeSpan",
    "Timeline",
    "Timex",
    "TimexType",
    "Unit",
]


_Value = TypeVar("_Value")


def _pickled_as_fields(cls: type[_Value]) -> type[_Value]:
    """Have a value type pickle as its class and its field values, in order.

    attrs pickles a slotted class as a dict of its fields and sets them back one by one: a worker
    process sends back tens of thousands of mentions, and the tuple costs about half as much at
    either end.  Unpickling calls ``__init__`` with the values, as the constructor would.
    """
    names = [field.name for field in attrs.fields(cls)]  # type: ignore[arg-type]
    assert len(names) > 1  # attrgetter of one name returns the value, not a tuple
    values = operator.attrgetter(*names)

    def __reduce__(self: _Value) -> tuple[type[_Value], tuple[object, ...]]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


class _Enum(enum.Enum):
    """An enum whose members hash by identity, in C.

    Members are singletons compared by identity, so this changes nothing but speed: the stages
    key dictionaries and caches by enums (and by symbols full of them) in their inner loops, and
    ``enum.Enum`` hashes a member by its name in Python.
    """

    __hash__ = object.__hash__


class TimexType(_Enum):
    """TIMEX3 ``type``."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Granularity(_Enum):
    """How precise a resolved span is, finest first (the order is meaningful)."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    HALF_YEAR = "half-year"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"

    @property
    def rank(self) -> int:
        """0 for a day, growing with coarseness; for sorting finer spans first."""
        return _GRANULARITY_RANK[self]


_GRANULARITY_RANK = {g: i for i, g in enumerate(Granularity)}


class Modifier(_Enum):
    """A qualifier on a span (TIMEX3 ``mod``, plus early/late which TIMEX3 folds into START/END)."""

    APPROX = "approx"
    EARLY = "early"
    MID = "mid"
    LATE = "late"
    START = "start"
    END = "end"
    BEFORE = "before"
    AFTER = "after"
    ON_OR_BEFORE = "on-or-before"
    ON_OR_AFTER = "on-or-after"


# The modifiers of a span that bounds an event rather than dates it ("before Christmas", "by Friday").
OPEN_ENDED = frozenset({Modifier.BEFORE, Modifier.AFTER, Modifier.ON_OR_BEFORE, Modifier.ON_OR_AFTER})


class Unit(_Enum):
    """Calendar units that expressions count in."""

    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEKEND = "weekend"
    WEEK = "week"
    FORTNIGHT = "fortnight"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    HALF_YEAR = "half-year"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


class Season(_Enum):
    SPRING = "SP"
    SUMMER = "SU"
    FALL = "FA"
    WINTER = "WI"


class Feast(_Enum):
    """A holiday whose day moves from year to year (fixed-day holidays are plain month and day)."""

    EASTER = "easter"
    GOOD_FRIDAY = "good-friday"
    EASTER_MONDAY = "easter-monday"
    ORTHODOX_EASTER = "orthodox-easter"
    SHROVE_TUESDAY = "shrove-tuesday"
    ASH_WEDNESDAY = "ash-wednesday"
    MOTHERING_SUNDAY = "mothering-sunday"  # the United Kingdom's Mother's Day, three weeks before Easter
    PALM_SUNDAY = "palm-sunday"
    MAUNDY_THURSDAY = "maundy-thursday"
    ASCENSION = "ascension"
    PENTECOST = "pentecost"
    WHIT_MONDAY = "whit-monday"
    MARTIN_LUTHER_KING_DAY = "martin-luther-king-day"
    FATHERS_DAY = "fathers-day"  # the third Sunday of June, in the United States and the United Kingdom
    PRESIDENTS_DAY = "presidents-day"
    MEMORIAL_DAY = "memorial-day"
    LABOR_DAY = "labor-day"
    COLUMBUS_DAY = "columbus-day"
    VICTORIA_DAY = "victoria-day"  # Canada's: the Monday before 25 May
    REMEMBRANCE_SUNDAY = "remembrance-sunday"
    # The United Kingdom's bank holidays that move: the first and last Mondays of May, and the
    # last Monday of August (England and Wales').
    EARLY_MAY_BANK_HOLIDAY = "early-may-bank-holiday"
    SPRING_BANK_HOLIDAY = "spring-bank-holiday"
    SUMMER_BANK_HOLIDAY = "summer-bank-holiday"
    THANKSGIVING = "thanksgiving"  # the United States': the fourth Thursday of November
    BLACK_FRIDAY = "black-friday"
    CYBER_MONDAY = "cyber-monday"
    ELECTION_DAY = "election-day"  # the United States': the Tuesday after the first Monday of November
    INAUGURATION_DAY = "inauguration-day"  # the United States' president's: 20 January after a leap year


class PartOfDay(_Enum):
    MORNING = "MO"
    MIDDAY = "MI"
    AFTERNOON = "AF"
    EVENING = "EV"
    NIGHT = "NI"
    DAYTIME = "DT"


class Direction(_Enum):
    """Which occurrence of an underspecified date is meant."""

    PAST = "past"
    FUTURE = "future"
    NEAREST = "nearest"
    # Today or the days ahead, or yesterday: the days a notice just issued covers ("issued a yellow
    # warning for snow from Friday evening", told on a Tuesday or on the Saturday after).
    SOON = "soon"


class Anchor(_Enum):
    """What a relative expression counts from."""

    PUBLICATION = "publication"
    NARRATIVE = "narrative"  # the last date the text mentioned ("the following day")
    # The reference, but the expression closes a range the one before it opens ("from 1 October to
    # 31 January"): resolution keeps the two ends in order.
    RANGE_START = "range_start"
    # The reference, but the expression is the new day of a change of date told in the simple past,
    # whose old day the expression before it gives ("was postponed from Tuesday to Thursday", told
    # on a Wednesday): the new day is the next one, and the old day the one in the week before it.
    MOVED = "moved"
    # The day the expression after it names: "overnight and this morning", "overnight into Sunday"
    # is the night that ended on that day, whatever the story told before.  Resolved alone, the
    # reference.
    FOLLOWING = "following"


class Ref(_Enum):
    PRESENT = "PRESENT_REF"
    PAST = "PAST_REF"
    FUTURE = "FUTURE_REF"


class Kind(_Enum):
    """The shape of a symbolic expression; the resolver dispatches on it."""

    CALENDAR = "calendar"  # explicit calendar fields, possibly partial ("March", "15 March 2025", "Q1 2025")
    RELATIVE = "relative"  # a unit shifted from the anchor ("next week", "yesterday", "three days ago")
    WEEKDAY = "weekday"  # a named weekday, direction by tense ("on Tuesday")
    REF = "ref"  # now / recently / in the future
    DURATION = "duration"  # an amount of time ("three years"), never a point
    SET = "set"  # a recurrence ("every Monday", "weekly")


@_pickled_as_fields
@attrs.frozen
class Symbol:
    """A date-free description of what an expression means.

    The tagger builds these from text; :func:`timeline.resolve.resolve` turns
    one into a span given a reference date.  Only the fields that matter for
    ``kind`` are set.
    """

    kind: Kind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # ISO: 1 = Monday … 7 = Sunday
    nth: int | None = None  # with a weekday and a month: the nth such weekday of it, -1 the last
    week: int | None = None  # ISO week number
    quarter: int | None = None
    half: int | None = None
    season: Season | None = None
    decade: int | None = None  # 199 for the 1990s
    century: int | None = None  # 19 for the 1900s
    unit: Unit | None = None
    offset: int | None = None  # RELATIVE: signed shift in ``unit``s; None = unspecified ("days later")
    amount: float | None = None  # DURATION/SET: how many ``unit``s; None = unspecified ("years")
    direction: Direction = Direction.NEAREST
    anchor: Anchor = Anchor.PUBLICATION
    mod: Modifier | None = None
    part_of_day: PartOfDay | None = None
    hour: int | None = None
    minute: int | None = None
    ref: Ref | None = None
    fiscal: bool = False
    weekday_of_set: int | None = None  # SET: "every Monday"
    swappable: bool = False  # numeric 03/04/2025: day and month may be read either way
    feast: Feast | None = None  # CALENDAR: a holiday whose day moves ("Easter"), in ``year`` if given
    # RELATIVE in years: the reference's day, week or month carried into the year reached ("a year
    # ago today", "fifty years ago this week", "on this day in 1986").
    keep: Unit | None = None
    # In a closing attribution ("…, the company said on Tuesday."): the day of the telling, which
    # later narrative expressions do not count from.
    told: bool = False
    # WEEKEND 0 named with "this": counted from the day of the telling.  Past "at the weekend" is
    # the weekend gone all week, but no one calls it "this weekend" once Tuesday is over.
    named_this: bool = False
    # ``direction`` of a month (quarter, half, season) was told by "will" governing it ("the talks
    # will resume in January"), by a past verb through "in" ("won the elections in January") or by
    # "since": it holds however far the occurrence it picks.
    firm: bool = False
    # A comparison with a year before ("a year earlier", "the year-ago period") or "the 1989
    # period" after a quarter or half-year, whose own sentence names none before it: it goes on
    # comparing the period the story compared last, not one named in passing (see
    # tag._compare_periods).
    apart: bool = False

    def describe(self) -> str:
        """A compact human-readable form, e.g. ``weekday=2 direction=past``."""
        parts = [self.kind.value]
        for field in attrs.fields(Symbol)[1:]:
            value = getattr(self, field.name)
            if value is None or value == field.default:
                continue
            if isinstance(value, enum.Enum):
                value = value.value
            parts.append(f"{field.name}={value}")
        return " ".join(parts)


@_pickled_as_fields
@attrs.frozen
class TimeSpan:
    """A resolved stretch of calendar: every day from ``first`` to ``last`` inclusive."""

    first: dt.date
    last: dt.date
    granularity: Granularity
    value: str  # TIMEX3 value, e.g. "2025-03-11", "2025-W12", "2025-Q1"
    mod: Modifier | None = None

    def contains(self, other: TimeSpan) -> bool:
        return self.first <= other.first and other.last <= self.last

    def overlaps(self, other: TimeSpan) -> bool:
        return self.first <= other.last and other.first <= self.last

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@_pickled_as_fields
@attrs.frozen
class Timex:
    """A temporal expression found in a text."""

    start: int
    end: int
    text: str
    type: TimexType
    symbol: Symbol
    rule: str
    value: str | None = None  # TIMEX3 value, set once resolved
    span: TimeSpan | None = None  # None for durations, sets and unresolved expressions


class Method(_Enum):
    """How a publication date was obtained, most trusted first."""

    METADATA = "metadata"
    HTML = "html-metadata"
    DATELINE = "dateline"
    FILENAME = "filename"
    URL = "url"
    CONTENT = "content"
    ALIGNMENT = "alignment"
    REFERENCE = "reference"


@_pickled_as_fields
@attrs.frozen
class PublicationDate:
    """A document's publication date with its provenance.

    ``earliest``/``latest`` bound the dates equally consistent with the
    evidence; they equal ``date`` when the date is known for a fact.
    """

    date: dt.date
    method: Method
    confidence: float
    evidence: str
    earliest: dt.date
    latest: dt.date

    @classmethod
    def exact(cls, date: dt.date, method: Method, evidence: str, confidence: float = 1.0) -> PublicationDate:
        return cls(
            date=date, method=method, confidence=confidence, evidence=evidence, earliest=date, latest=date
        )


@_pickled_as_fields
@attrs.frozen
class Document:
    """One article as loaded: its text and whatever metadata came with it."""

    id: str
    text: str
    title: str | None = None
    path: str | None = None
    url: str | None = None
    source: str | None = None
    published: PublicationDate | None = None  # set by the loader only from explicit metadata


@_pickled_as_fields
@attrs.frozen
class Skipped:
    """An input that could not be used, and why."""

    path: str
    reason: str


class Status(_Enum):
    """Whether an event took place, is planned (its date after publication, or told with "will",
    "is set to"…), or depends on a condition ("if talks fail, the strike starts on Monday");
    see docs/events.md."""

    HAPPENED = "happened"
    PLANNED = "planned"
    CONDITIONAL = "conditional"


@_pickled_as_fields
@attrs.frozen
class Mention:
    """One sentence of one document that dates an event."""

    document: str
    sentence_start: int
    sentence_end: int
    sentence: str
    timex: Timex
    clause: str
    status: Status = Status.HAPPENED
    actors: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()  # normalized content words used for merging


@_pickled_as_fields
@attrs.frozen
class MergeLink:
    """Why two mentions were merged (for ``--explain``): indices into the event's mentions."""

    left: int
    right: int
    score: float


@_pickled_as_fields
@attrs.frozen
class Dissent:
    """A source that dated the merged event differently."""

    document: str
    span: TimeSpan
    text: str


@_pickled_as_fields
@attrs.frozen
class Event:
    """One real event: every mention that reports it, from every source, with the date they agree on.

    ``id`` is stable across runs and input orders (a digest of where its mentions are);
    ``dissent`` lists the sources that dated it differently, ``links`` why mentions were merged.
    """

    id: str
    span: TimeSpan
    title: str
    status: Status
    mentions: tuple[Mention, ...]
    links: tuple[MergeLink, ...] = ()
    dissent: tuple[Dissent, ...] = ()

    @property
    def documents(self) -> tuple[str, ...]:
        """The ids of the documents citing this event, in first-mention order, without repeats."""
        return tuple(dict.fromkeys(m.document for m in self.mentions))


@_pickled_as_fields
@attrs.frozen
class Timeline:
    """What build_timeline returns: the documents with their dates, the events in order, and
    the inputs that were skipped."""

    documents: tuple[Document, ...]
    events: tuple[Event, ...]
    skipped: tuple[Skipped, ...] = ()
