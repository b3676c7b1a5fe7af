"""Merge the mentions of one real event, from every outlet, into one event.

Two mentions are candidates only when their dates are compatible: the same
span, or a week (or finer) span holding a day; candidates are found through
an index by day, so the work grows with the number of mentions per day, not
with the square of the collection.  Their similarity is an IDF-weighted Dice
coefficient of their content terms (see :mod:`timeline.text`), with a
bonus for a shared actor.  Clusters grow by average linkage — a mention
joins a cluster only if it is similar enough to the cluster as a whole — so
unrelated events never chain through a middle one.  Pairs are taken in an
order derived from their content, so any input order gives the same result.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple, Protocol

from timeline.config import Config
from timeline.model import (
    OPEN_ENDED,
    Dissent,
    Event,
    Granularity,
    Kind,
    Mention,
    MergeLink,
    Modifier,
    Status,
    Symbol,
    TimeSpan,
)
from timeline.titles import make_title

__all__ = ["merge", "similarity"]

_DAY_INDEXED_MAX_DAYS = 7  # spans up to a week are indexed under each of their days
_DISSENT_DAYS = 2  # day-precise reports this far apart may still be one event…
_DISSENT_SIMILARITY = 0.6  # …when they agree this strongly on what happened
_CONTAINED_SIMILARITY = 0.5  # a day inside a month or longer needs this much agreement
_ACTOR_BONUS = 0.1
_KEYS_PER_MENTION = 10
_CENTRALITY_SAMPLE = 24
_NEAR_DAY_KEYS = 3
_AGREEING = ("same", "contained", "coarse")
_BUCKET_LIMIT = 300
_CONTAINMENT_MAX_DAYS = 31  # a day is looked up inside a month; inside a year it would be noise
_SAME_ARTICLE_BONUS = 0.1
_LINKAGE_SAMPLE = 32


def _key(mention: Mention) -> tuple[str, int, int]:
    return (mention.document, mention.timex.start, mention.timex.end)


def _idf(term_sets: Sequence[frozenset[str]]) -> dict[str, float]:
    """Each term's idf, from each mention's set of terms."""
    df = Counter(itertools.chain.from_iterable(term_sets))
    total = len(term_sets) + 1
    return {term: math.log(total / count) + 0.1 for term, count in df.items()}


class _Profile(NamedTuple):
    """What similarity and the date rules need of a mention, computed once per merge (a tuple:
    one per mention, read field by field in every pair the clustering looks at)."""

    terms: frozenset[str]
    weight: float
    surnames: frozenset[str]
    document: str
    sentence_start: int
    status: Status
    # The span's, copied out of the mention: the date rules read them for every pair.
    first: dt.date
    last: dt.date
    days: int
    granularity: Granularity
    mod: Modifier | None

    @classmethod
    def of(cls, mention: Mention, terms: frozenset[str], idf: dict[str, float]) -> _Profile:
        """``terms``: the mention's, as a set (the merge makes them once, for the idf too)."""
        span = mention.timex.span
        assert span is not None
        return cls(
            terms,
            _weight(terms, idf),
            frozenset(map(_surname, mention.actors)),
            mention.document,
            mention.sentence_start,
            mention.status,
            span.first,
            span.last,
            span.days,
            span.granularity,
            span.mod,
        )


@functools.lru_cache(maxsize=1 << 14)
def _surname(actor: str) -> str:
    # Cached: the same few names recur across a collection's mentions.
    return actor.split()[-1].lower()


def _similarity(a: _Profile, b: _Profile, idf: dict[str, float]) -> float:
    # Runs for every pair the clustering looks at: the actor test allocates no set.
    if not a.terms or not b.terms:
        return 0.0
    score = 2 * _weight(a.terms & b.terms, idf) / (a.weight + b.weight)
    if not a.surnames.isdisjoint(b.surnames):
        score += _ACTOR_BONUS
    if a.document == b.document and a.first == b.first and a.last == b.last:
        # One article naming the same day twice is usually telling one story.
        score += _SAME_ARTICLE_BONUS
    return score if score <= 1.0 else 1.0


def _weight(terms: frozenset[str], idf: dict[str, float]) -> float:
    # fsum: exact, so the result does not depend on the set's order, which changes with the
    # process's string hashing (a plain sum made one link in a thousand events vary from run to
    # run).  map() rather than a generator: this runs for every pair the clustering looks at.
    return math.fsum(map(idf.get, terms, itertools.repeat(1.0)))


def similarity(a: Mention, b: Mention, idf: dict[str, float]) -> float:
    """How much two mentions say the same thing, from 0 to about 1."""
    return _similarity(_Profile.of(a, frozenset(a.terms), idf), _Profile.of(b, frozenset(b.terms), idf), idf)


class _Span(Protocol):
    """A span as the date rules read it: a :class:`TimeSpan`, or a mention's :class:`_Profile`."""

    @property
    def first(self) -> dt.date: ...
    @property
    def last(self) -> dt.date: ...
    @property
    def days(self) -> int: ...
    @property
    def granularity(self) -> Granularity: ...
    @property
    def mod(self) -> Modifier | None: ...


def _compatible(a: _Span, b: _Span) -> str | None:
    """'same', 'contained' (a week or finer span holding the other), 'coarse', 'near', or None."""
    if a.mod is not b.mod and (a.mod in OPEN_ENDED or b.mod in OPEN_ENDED):
        return None  # "before Christmas" is no event of Christmas Day, nor "by Friday" one "before Friday"
    if a.first == b.first and a.last == b.last:
        return "same"
    a_holds_b = a.first <= b.first and b.last <= a.last
    if a_holds_b or (b.first <= a.first and a.last <= b.last):
        outer = a if a_holds_b else b
        return "contained" if outer.days <= _DAY_INDEXED_MAX_DAYS else "coarse"
    if (
        a.granularity is Granularity.DAY
        and b.granularity is Granularity.DAY
        and abs((a.first - b.first).days) <= _DISSENT_DAYS
    ):
        return "near"
    return None


def _needed(a: _Profile, b: _Profile, threshold: float) -> float | None:
    """The similarity two mentions need to be linked, or None if their dates rule it out."""
    relation = _compatible(a, b)
    if relation is None:
        return None
    if relation == "same" and a.days > _DAY_INDEXED_MAX_DAYS:
        relation = "coarse"  # a month holds many events: sharing one takes more than a shared word
    if relation == "coarse":
        needed = _CONTAINED_SIMILARITY
    elif relation == "near":
        needed = _DISSENT_SIMILARITY
    else:
        needed = threshold
    if (
        relation != "same"
        and a.document == b.document
        and a.sentence_start != b.sentence_start
        and a.status is not b.status
    ):
        # One article telling of something done and of something to come at two dates is most
        # often telling two events ("McMaster predicted this week" beside "the election taking
        # place at the weekend"); the same thing told again with a finer date keeps its status.
        needed = max(needed, _CONTAINED_SIMILARITY)
    return needed


def _keys(terms: Iterable[str], rank: dict[str, int]) -> list[int]:
    """The ranks of a mention's rarest terms that some other mention shares (a term only one
    mention has can pair nothing, and has no rank): two reports of one event share at least one."""
    return sorted([r for r in map(rank.get, terms) if r is not None])[:_KEYS_PER_MENTION]


class _When(NamedTuple):
    """Where a mention sits in the calendar, as the blocking reads it (days as ordinals)."""

    kind: int  # _DAY, _WEEK (2 to 7 days) or _LONGER
    first: int
    last: int
    weeks: tuple[int, ...]  # the Monday of each week the span touches at its ends
    months: tuple[tuple[int, int], ...]  # for a day its month; for a span up to a month, its end months

    @classmethod
    def of(cls, span: TimeSpan) -> _When:
        first, last = span.first.toordinal(), span.last.toordinal()
        if span.days == 1:
            week, month = first - span.first.weekday(), (span.first.year, span.first.month)
            return cls(_DAY, first, last, (week,), (month,))
        if span.days <= _DAY_INDEXED_MAX_DAYS:
            weeks = tuple(sorted({first - span.first.weekday(), last - span.last.weekday()}))
            return cls(_WEEK, first, last, weeks, ())
        months = (
            tuple(sorted({(span.first.year, span.first.month), (span.last.year, span.last.month)}))
            if span.days <= _CONTAINMENT_MAX_DAYS
            else ()
        )
        return cls(_LONGER, first, last, (), months)


_DAY, _WEEK, _LONGER = 0, 1, 2


def _candidate_pairs(mentions: Sequence[Mention], idf: dict[str, float]) -> set[tuple[int, int]]:
    """Index pairs with compatible dates that share a rare term.

    Each mention's rarest shared terms (its keys) are bucketed by (term, time) — day mentions by
    day, week-long spans by week, longer spans by span — and pairs come from sharing a bucket or
    from matching buckets (a day inside a week; a day inside a month-long span; a day or two
    apart, through the rarest few keys of both), so the work grows with the mentions that share a
    date and vocabulary, not with the square of the collection.  A bucket larger than
    ``_BUCKET_LIMIT`` says nothing specific and is skipped, as a stop word would be.

    Mentions are grouped by time first, and a group's buckets are built only for the keys that can
    pair something (held by two of its members, or by a matching group): most (term, time) buckets
    would hold one mention, and filling them was most of the blocking's cost.
    """
    # Terms by rarity, rarest first; a term in one mention only has the largest idf there is,
    # log((n + 1) / 1) + 0.1, and is left out.  From here on a term is known by its rank.
    unique = math.log(len(mentions) + 1) + 0.1 - 1e-9
    ranked = sorted([(-weight, term) for term, weight in idf.items() if weight < unique])
    rank = {term: position for position, (_, term) in enumerate(ranked)}
    whens: list[_When] = []
    keys_of: list[list[int]] = []
    # A collection names few distinct spans: each is placed in the calendar once.
    placed: dict[tuple[dt.date, dt.date], _When] = {}
    for mention in mentions:
        span = mention.timex.span
        assert span is not None
        when = placed.get((span.first, span.last))
        if when is None:
            when = placed[span.first, span.last] = _When.of(span)
        whens.append(when)
        keys_of.append(_keys(mention.terms, rank))
    on_day: dict[int, list[int]] = defaultdict(list)
    in_week: dict[int, list[int]] = defaultdict(list)
    over_span: dict[tuple[int, int], list[int]] = defaultdict(list)
    for index, when in enumerate(whens):  # indices ascending in every group
        if when.kind == _DAY:
            on_day[when.first].append(index)
        elif when.kind == _WEEK:
            for week in when.weeks:
                in_week[week].append(index)
        else:
            over_span[when.first, when.last].append(index)
    days_in_week: dict[int, list[int]] = defaultdict(list)
    days_in_month: dict[tuple[int, int], list[int]] = defaultdict(list)
    for group in on_day.values():
        days_in_week[whens[group[0]].weeks[0]].extend(group)
        days_in_month[whens[group[0]].months[0]].extend(group)

    pairs: set[tuple[int, int]] = set()

    def within(bucket: list[int]) -> None:
        if 1 < len(bucket) <= _BUCKET_LIMIT:  # indices ascending: each pair comes out as (low, high)
            pairs.update(itertools.combinations(bucket, 2))

    def across(one: list[int], other: list[int]) -> None:
        if len(one) <= _BUCKET_LIMIT and len(other) <= _BUCKET_LIMIT:
            pairs.update((min(i, j), max(i, j)) for i in one for j in other)

    for group in on_day.values():
        shared = _shared(group, keys_of)
        for bucket in _by_key((index, shared.intersection(keys_of[index])) for index in group).values():
            within(bucket)
    for week, group in in_week.items():
        buckets = _by_key((index, keys_of[index]) for index in group)
        for bucket in buckets.values():
            within(bucket)
        held = buckets.keys()
        days = _by_key((index, held & keys_of[index]) for index in days_in_week.get(week, ()))
        for key, bucket in days.items():
            across(buckets[key], bucket)
    near = {
        day: _by_key((index, keys_of[index][:_NEAR_DAY_KEYS]) for index in group)
        for day, group in on_day.items()
    }
    for day, buckets in near.items():
        for delta in (1, 2):
            later = near.get(day + delta)
            if later is not None:
                for key in buckets.keys() & later.keys():
                    across(buckets[key], later[key])
    # Keys of the month-long spans by month, and the days of each month under those keys.
    month_keys: dict[tuple[int, int], set[int]] = defaultdict(set)
    for group in over_span.values():
        for month in whens[group[0]].months:
            month_keys[month].update(itertools.chain.from_iterable(map(keys_of.__getitem__, group)))
    days_by_month = {
        month: _by_key(
            (index, held_keys.intersection(keys_of[index])) for index in days_in_month.get(month, ())
        )
        for month, held_keys in month_keys.items()
    }
    for group in over_span.values():
        months = whens[group[0]].months
        wanted = _shared(group, keys_of).union(*(days_by_month[month].keys() for month in months))
        buckets = _by_key((index, wanted.intersection(keys_of[index])) for index in group)
        for bucket in buckets.values():
            within(bucket)
        for month in months:
            days = days_by_month[month]
            for key in buckets.keys() & days.keys():
                across(buckets[key], days[key])
    return pairs


def _shared(group: list[int], keys_of: list[list[int]]) -> set[int]:
    """The keys that more than one member of ``group`` has."""
    if len(group) < 2:
        return set()
    counts = Counter(itertools.chain.from_iterable(map(keys_of.__getitem__, group)))
    return {key for key, count in counts.items() if count > 1}


def _by_key(members: Iterable[tuple[int, Iterable[int]]]) -> dict[int, list[int]]:
    """Each key's bucket: the members that have it, in the order given."""
    buckets: dict[int, list[int]] = defaultdict(list)
    for index, keys in members:
        for key in keys:
            buckets[key].append(index)
    return buckets


def merge(
    mentions: Sequence[Mention],
    config: Config | None = None,
    titles: Sequence[str] | None = None,
) -> list[Event]:
    """Cluster mentions into events; each event keeps every mention as a source.

    ``titles``: each mention's :func:`~timeline.titles.make_title`, in the order of ``mentions``,
    when the per-document stage made them already; else they are made here.
    """
    threshold = (config or Config()).merge_threshold
    # By identity: ``mentions`` holds every mention while this runs.
    made = {} if titles is None else {id(m): t for m, t in zip(mentions, titles, strict=True)}

    def title_of(mention: Mention) -> str:
        title = made.get(id(mention))
        return title if title is not None else make_title(mention)

    ordered = sorted(mentions, key=_key)
    term_sets = [frozenset(m.terms) for m in ordered]
    idf = _idf(term_sets)
    profiles = [_Profile.of(m, terms, idf) for m, terms in zip(ordered, term_sets, strict=True)]
    # One article repeating a sentence word for word (a scrape, boilerplate, a page pasted
    # twice) reports one thing: such copies start as one cluster, and only the first of them is
    # paired with the rest, so repetition costs no more than the text it repeats.
    copies: dict[tuple[object, ...], list[int]] = {}
    for index, mention in enumerate(ordered):
        copies.setdefault(_copy_key(mention), []).append(index)
    firsts = [group[0] for group in copies.values()]
    # Every similarity worked out is kept: the clustering's averages and the choice of each
    # event's title ask again for most of the pairs the blocking proposed.
    similar: dict[tuple[int, int], float] = {}

    def similarity_of(x: int, y: int) -> float:
        pair = (x, y) if x < y else (y, x)
        found = similar.get(pair)
        if found is None:
            found = similar[pair] = _similarity(profiles[x], profiles[y], idf)
        return found

    scores: dict[tuple[int, int], float] = {}
    # Sorted: the pairs then visit the profiles in the order they were made, which the memory
    # caches favour (a tenth faster than the set's hash order).
    for a, b in sorted(_candidate_pairs([ordered[i] for i in firsts], idf)):
        i, j = firsts[a], firsts[b]  # i < j: firsts ascend
        needed = _needed(profiles[i], profiles[j], threshold)
        if needed is not None:
            score = similar[i, j] = _similarity(profiles[i], profiles[j], idf)
            if score >= needed:
                scores[i, j] = score

    def linkage(x: int, y: int) -> float:
        """Similarity for the average: any pair with compatible dates counts at its real value,
        whether or not the blocking proposed it; a pair with incompatible dates counts 0."""
        found = scores.get((x, y) if x < y else (y, x))
        if found is not None:
            return found
        if _compatible(profiles[x], profiles[y]) in (None, "near"):
            return 0.0
        return similarity_of(x, y)

    cluster_of = list(range(len(ordered)))
    # The first and last day-precise dates of each cluster (ordinals; None: it has none).  A cluster
    # never spans more than _DISSENT_DAYS of them: the average linkage alone let a month-long span
    # of one sentence ("ending a dispute that led to two strikes this month") join its sentence's
    # day ("late on Thursday", the 27th) to another article's day two weeks earlier, the incompatible
    # pair counting 0 in an average the one compatible pair carried over the threshold.
    days_of = {index: _day_range(profile) for index, profile in enumerate(profiles)}
    members: dict[int, list[int]] = {}
    links: dict[int, list[tuple[int, int, float]]] = defaultdict(list)
    for group in copies.values():
        first = group[0]
        members[first] = list(group)
        for copy in group[1:]:
            cluster_of[copy] = first
            links[first].append((first, copy, 1.0))
    # Clusters only grow, so (cluster, size) names a cluster's state: two clusters found too far
    # apart stay so until one of them grows, however many of their members' pairs come up.
    rejected: set[tuple[int, int, int, int]] = set()
    for (i, j), score in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
        a, b = cluster_of[i], cluster_of[j]
        if a == b:
            continue
        low, high = (a, b) if a < b else (b, a)
        state = (low, len(members[low]), high, len(members[high]))
        if state in rejected:
            continue
        days = _joined_days(days_of[low], days_of[high])
        if days is not None and days[1] - days[0] > _DISSENT_DAYS:
            rejected.add(state)
            continue
        # The average over at most _LINKAGE_SAMPLE members a side, the earliest joined: exact for
        # the clusters news makes, and it keeps one huge text naming one day a thousand times
        # from costing the square of that.
        cross = [linkage(x, y) for x in members[a][:_LINKAGE_SAMPLE] for y in members[b][:_LINKAGE_SAMPLE]]
        if sum(cross) / len(cross) < threshold:
            rejected.add(state)
            continue
        days_of[low] = days
        for x in members[high]:
            cluster_of[x] = low
        members[low].extend(members.pop(high))
        links[low].extend(links.pop(high, []))
        links[low].append((i, j, score))
    events = []
    for root, group in members.items():
        group.sort()
        events.append(
            _event([ordered[k] for k in group], group, links.get(root, []), similarity_of, title_of)
        )
    return events


def _day_range(profile: _Profile) -> tuple[int, int] | None:
    if profile.days != 1:
        return None
    day = profile.first.toordinal()
    return (day, day)


def _joined_days(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None or b is None:
        return a or b
    return (min(a[0], b[0]), max(a[1], b[1]))


def _event(
    mentions: list[Mention],
    indices: list[int],
    pair_links: list[tuple[int, int, float]],
    similarity_of: Callable[[int, int], float],
    title_of: Callable[[Mention], str],
) -> Event:
    """The event of ``mentions``, which are the merge's mentions at ``indices`` (ascending)."""
    if len(mentions) == 1:
        return _single_event(mentions[0], title_of)
    span = _best_span(mentions, _status(mentions))
    telling = _telling(mentions, span)
    status = _status(telling)
    dissent = tuple(
        Dissent(document=m.document, span=m.timex.span, text=m.timex.text)
        for m in telling
        if m.timex.span is not None and _compatible(span, m.timex.span) in (None, "near")
    )
    position = {index: n for n, index in enumerate(sorted(indices))}
    links = tuple(
        MergeLink(left=position[i], right=position[j], score=round(score, 3))
        for i, j, score in sorted(pair_links)
    )
    return Event(
        id=_event_id(mentions),
        span=span,
        title=title_of(_best_mention(mentions, indices, similarity_of, status, span)),
        status=status,
        mentions=tuple(mentions),
        links=links,
        dissent=dissent,
    )


def _telling(mentions: Sequence[Mention], span: TimeSpan) -> list[Mention]:
    """The mentions that tell the event at ``span``, or at another date in a sentence of their own.

    A sentence that tells the event at its date may name other times of other things ("France
    plans a second meeting on Wednesday with countries not present earlier this week"): those
    neither make the event happened nor dispute its date.
    """

    def at_span(mention: Mention) -> bool:
        found = mention.timex.span
        return found is not None and (found.first, found.last) == (span.first, span.last)

    sentences = {(m.document, m.sentence_start) for m in mentions if at_span(m)}
    return [m for m in mentions if at_span(m) or (m.document, m.sentence_start) not in sentences]


def _copy_key(mention: Mention) -> tuple[object, ...]:
    """What two mentions of one article must share to be copies of one report."""
    span = mention.timex.span
    assert span is not None
    return (
        mention.document, mention.sentence, mention.timex.text, span.first, span.last, span.granularity,
        mention.status, mention.terms, mention.actors,
    )  # fmt: skip


def _event_id(mentions: Sequence[Mention]) -> str:
    """Stable across runs and input orders: a digest of where its mentions are."""
    identity = "|".join([f"{m.document}:{m.timex.start}:{m.timex.end}" for m in mentions])
    return hashlib.sha1(identity.encode("utf-8")).hexdigest()[:12]


def _single_event(mention: Mention, title_of: Callable[[Mention], str]) -> Event:
    """An event reported once: what :func:`_event` gives for one mention, without the search
    (most events are reported once)."""
    span = mention.timex.span
    assert span is not None
    return Event(
        id=_event_id([mention]),
        span=span,
        title=title_of(mention),
        status=mention.status,
        mentions=(mention,),
    )


def _best_span(mentions: Sequence[Mention], status: Status) -> TimeSpan:
    """The most precise span most sources agree with; of spans as well supported and as precise,
    one given by a mention with the event's status ("Putin declared an Easter truce on Saturday":
    the declaration happened on Saturday, and Easter is yet to come)."""

    supported: dict[tuple[dt.date, dt.date], int] = {}

    def support(candidate: TimeSpan) -> int:
        # Agreeing depends on a span's ends only ("near" is not agreeing), and an event's
        # mentions mostly share them: each pair of ends is counted once.
        ends = (candidate.first, candidate.last)
        if ends not in supported:
            supported[ends] = len({
                m.document
                for m in mentions
                if m.timex.span is not None and _compatible(candidate, m.timex.span) in _AGREEING
            })  # fmt: skip
        return supported[ends]

    def preference(mention: Mention) -> tuple[object, ...]:
        span = mention.timex.span
        assert span is not None
        return (
            support(span),
            -span.granularity.rank,
            -span.days,
            mention.status is status,
            # A date with its year ("14 March 2025") holds whatever its article's publication date,
            # which may be only inferred; "on Saturday" is counted from it.
            _is_absolute(mention.timex.symbol),
            span.mod is None,
            span.first.toordinal(),
        )

    best = max((m for m in mentions if m.timex.span is not None), key=preference).timex.span
    assert best is not None
    return best


def _is_absolute(symbol: Symbol) -> bool:
    return symbol.kind is Kind.CALENDAR and symbol.year is not None


def _status(mentions: Sequence[Mention]) -> Status:
    statuses = {m.status for m in mentions}
    if Status.HAPPENED in statuses:
        return Status.HAPPENED
    if Status.PLANNED in statuses:
        return Status.PLANNED
    return Status.CONDITIONAL


_REPORTING = re.compile(r"\b(?:said|says|told|added|insisted|warned)\b")
_WEAK_OPENING = (
    "he added",
    "she added",
    "he said",
    "she said",
    "asked ",
    "responding",
    "speaking",
    "it follows",
    "this comes",
    "in terms of",
    "so,",
)


def _best_mention(
    mentions: Sequence[Mention],
    indices: Sequence[int],
    similarity_of: Callable[[int, int], float],
    status: Status,
    event_span: TimeSpan,
) -> Mention:
    """The mention whose sentence makes the clearest title.

    The most central report (the one most like the others) written as plain
    narration: quotes, "he added" and "asked about" openings make poor titles.
    """

    sample = indices[:_CENTRALITY_SAMPLE]
    index_of = {id(m): index for m, index in zip(mentions, indices, strict=True)}

    def quality(mention: Mention) -> tuple[float, str, int]:
        sentence = mention.sentence
        own = index_of[id(mention)]
        centrality = sum(similarity_of(own, other) for other in sample if other != own)
        score = centrality / max(1, len(sample) - 1) * 4
        score += 1.0 if mention.actors else 0.0
        score += min(len(mention.terms), 12) / 8
        score += 1.5 if mention.status is status else 0.0  # "held the summit", not "will hold" it
        span = mention.timex.span
        score += (
            1.0
            if span is not None and (span.first, span.last) == (event_span.first, event_span.last)
            else 0.0
        )
        score += 0.5 if span is not None and span.granularity is Granularity.DAY else 0.0
        score -= 2.0 if sentence[:1] in "\"“‘'" else 0.0
        score -= 1.5 if sentence.lower().startswith(_WEAK_OPENING) else 0.0
        score -= 1.5 if _REPORTING.search(sentence, 0, 80) else 0.0  # the event, not the telling of it
        score -= 1.0 if sentence.count("“") + sentence.count('"') >= 2 else 0.0
        score -= 1.5 if len(sentence) > 260 else 0.0
        return (score, mention.document, -mention.timex.start)

    return max(mentions, key=quality)
