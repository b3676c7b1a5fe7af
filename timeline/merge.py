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
from typing import NamedTuple

from timeline.config import Config
from timeline.model import Dissent, Event, Granularity, Mention, MergeLink, Status, TimeSpan
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


def _idf(mentions: Sequence[Mention]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for mention in mentions:
        df.update(set(mention.terms))
    total = len(mentions) + 1
    return {term: math.log(total / count) + 0.1 for term, count in df.items()}


class _Profile(NamedTuple):
    """What similarity needs of a mention, computed once per merge (a tuple: one per mention)."""

    terms: frozenset[str]
    weight: float
    surnames: frozenset[str]
    document: str
    days: tuple[dt.date, dt.date]

    @classmethod
    def of(cls, mention: Mention, idf: dict[str, float]) -> _Profile:
        terms = frozenset(mention.terms)
        span = mention.timex.span
        assert span is not None
        return cls(
            terms=terms,
            weight=_weight(terms, idf),
            surnames=frozenset(map(_surname, mention.actors)),
            document=mention.document,
            days=(span.first, span.last),
        )


@functools.lru_cache(maxsize=1 << 14)
def _surname(actor: str) -> str:
    # Cached: the same few names recur across a collection's mentions.
    return actor.split()[-1].lower()


def _similarity(a: _Profile, b: _Profile, idf: dict[str, float]) -> float:
    if not a.terms or not b.terms:
        return 0.0
    score = 2 * _weight(a.terms & b.terms, idf) / (a.weight + b.weight)
    if a.surnames & b.surnames:
        score += _ACTOR_BONUS
    if a.document == b.document and a.days == b.days:
        # One article naming the same day twice is usually telling one story.
        score += _SAME_ARTICLE_BONUS
    return min(score, 1.0)


def _weight(terms: frozenset[str], idf: dict[str, float]) -> float:
    # fsum: exact, so the result does not depend on the set's order, which changes with the
    # process's string hashing (a plain sum made one link in a thousand events vary from run to
    # run).  map() rather than a generator: this runs for every pair the clustering looks at.
    return math.fsum(map(idf.get, terms, itertools.repeat(1.0)))


def similarity(a: Mention, b: Mention, idf: dict[str, float]) -> float:
    """How much two mentions say the same thing, from 0 to about 1."""
    return _similarity(_Profile.of(a, idf), _Profile.of(b, idf), idf)


def _compatible(a: TimeSpan, b: TimeSpan) -> str | None:
    """'same', 'contained' (a week or finer span holding the other), 'coarse', 'near', or None."""
    if a.first == b.first and a.last == b.last:
        return "same"
    if a.contains(b) or b.contains(a):
        outer = a if a.contains(b) else b
        return "contained" if outer.days <= _DAY_INDEXED_MAX_DAYS else "coarse"
    if (
        a.granularity is Granularity.DAY
        and b.granularity is Granularity.DAY
        and abs((a.first - b.first).days) <= _DISSENT_DAYS
    ):
        return "near"
    return None


def _pair_score(
    a: Mention, b: Mention, profile_a: _Profile, profile_b: _Profile, idf: dict[str, float], threshold: float
) -> float | None:
    span_a, span_b = a.timex.span, b.timex.span
    assert span_a is not None and span_b is not None
    relation = _compatible(span_a, span_b)
    if relation is None:
        return None
    score = _similarity(profile_a, profile_b, idf)
    if relation == "same" and span_a.days > _DAY_INDEXED_MAX_DAYS:
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
    return score if score >= needed else None


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

    Each mention's rarest shared terms (its keys) are indexed by (term, time) — day mentions by
    day, week-long spans by week, longer spans by span — and pairs come from sharing a bucket or
    from matching buckets (a day inside a week; a day inside a month-long span; a day or two
    apart, through the rarest few keys of both), so the work grows with the mentions that share a
    date and vocabulary, not with the square of the collection.  A bucket larger than
    ``_BUCKET_LIMIT`` says nothing specific and is skipped, as a stop word would be.
    """
    # Terms by rarity, rarest first; a term in one mention only has the largest idf there is,
    # log((n + 1) / 1) + 0.1, and is left out.  From here on a term is known by its rank.
    unique = math.log(len(mentions) + 1) + 0.1 - 1e-9
    ordered_terms = sorted((t for t, weight in idf.items() if weight < unique), key=lambda t: (-idf[t], t))
    rank = {term: position for position, term in enumerate(ordered_terms)}
    whens: list[_When] = []
    keys_of: list[list[int]] = []
    for mention in mentions:
        span = mention.timex.span
        assert span is not None
        whens.append(_When.of(span))
        keys_of.append(_keys(mention.terms, rank))
    days: dict[tuple[int, int], list[int]] = defaultdict(list)
    near_days: dict[tuple[int, int], list[int]] = defaultdict(list)
    weeks: dict[tuple[int, int], list[int]] = defaultdict(list)
    longer: dict[tuple[int, tuple[int, int]], list[int]] = defaultdict(list)
    longer_months: set[tuple[int, tuple[int, int]]] = set()
    for index, (keys, when) in enumerate(zip(keys_of, whens, strict=True)):
        if when.kind == _DAY:
            for key in keys:
                days[key, when.first].append(index)
            for key in keys[:_NEAR_DAY_KEYS]:
                near_days[key, when.first].append(index)
        elif when.kind == _WEEK:
            for key in keys:
                for week in when.weeks:
                    weeks[key, week].append(index)
        else:
            for key in keys:
                longer[key, (when.first, when.last)].append(index)
            longer_months.update((key, month) for month in when.months for key in keys)
    # Days by week and by month, only where a week or a month-long span has the same key.
    days_by_week: dict[tuple[int, int], list[int]] = defaultdict(list)
    days_by_month: dict[tuple[int, tuple[int, int]], list[int]] = defaultdict(list)
    for index, (keys, when) in enumerate(zip(keys_of, whens, strict=True)):
        if when.kind == _DAY:
            week, month = when.weeks[0], when.months[0]
            for key in keys:
                if (key, week) in weeks:
                    days_by_week[key, week].append(index)
                if (key, month) in longer_months:
                    days_by_month[key, month].append(index)

    pairs: set[tuple[int, int]] = set()

    def across(one: list[int], other: list[int] | None) -> None:
        if other is not None and len(one) <= _BUCKET_LIMIT and len(other) <= _BUCKET_LIMIT:
            pairs.update((min(i, j), max(i, j)) for i in one for j in other)

    for buckets in (days, weeks, longer):
        for bucket in buckets.values():  # indices ascending: each pair comes out as (low, high)
            if 1 < len(bucket) <= _BUCKET_LIMIT:
                pairs.update(itertools.combinations(bucket, 2))
    for (key, week), bucket in weeks.items():
        across(bucket, days_by_week.get((key, week)))
    for (key, day), bucket in near_days.items():
        for delta in (1, 2):
            across(bucket, near_days.get((key, day + delta)))
    for (key, _), bucket in longer.items():
        for month in whens[bucket[0]].months:
            across(bucket, days_by_month.get((key, month)))
    return pairs


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
    idf = _idf(ordered)
    scores: dict[tuple[int, int], float] = {}
    profiles = [_Profile.of(m, idf) for m in ordered]
    # One article repeating a sentence word for word (a scrape, boilerplate, a page pasted
    # twice) reports one thing: such copies start as one cluster, and only the first of them is
    # paired with the rest, so repetition costs no more than the text it repeats.
    copies: dict[tuple[object, ...], list[int]] = {}
    for index, mention in enumerate(ordered):
        copies.setdefault(_copy_key(mention), []).append(index)
    firsts = [group[0] for group in copies.values()]
    for a, b in sorted(_candidate_pairs([ordered[i] for i in firsts], idf)):
        i, j = firsts[a], firsts[b]
        score = _pair_score(ordered[i], ordered[j], profiles[i], profiles[j], idf, threshold)
        if score is not None:
            scores[(i, j)] = score

    def linkage(x: int, y: int) -> float:
        """Similarity for the average: any pair with compatible dates counts at its real value,
        whether or not the blocking proposed it; a pair with incompatible dates counts 0."""
        pair = (min(x, y), max(x, y))
        if pair in scores:
            return scores[pair]
        span_x, span_y = ordered[x].timex.span, ordered[y].timex.span
        assert span_x is not None and span_y is not None
        if _compatible(span_x, span_y) in (None, "near"):
            return 0.0
        return _similarity(profiles[x], profiles[y], idf)

    cluster_of = list(range(len(ordered)))
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
        low, high = min(a, b), max(a, b)
        state = (low, len(members[low]), high, len(members[high]))
        if state in rejected:
            continue
        # The average over at most _LINKAGE_SAMPLE members a side, the earliest joined: exact for
        # the clusters news makes, and it keeps one huge text naming one day a thousand times
        # from costing the square of that.
        cross = [linkage(x, y) for x in members[a][:_LINKAGE_SAMPLE] for y in members[b][:_LINKAGE_SAMPLE]]
        if sum(cross) / len(cross) < threshold:
            rejected.add(state)
            continue
        keep, gone = (a, b) if a < b else (b, a)
        for x in members[gone]:
            cluster_of[x] = keep
        members[keep].extend(members.pop(gone))
        links[keep].extend(links.pop(gone, []))
        links[keep].append((i, j, score))
    events = []
    for root, group in members.items():
        group.sort()
        sources, their_profiles = [ordered[k] for k in group], [profiles[k] for k in group]
        events.append(_event(sources, their_profiles, group, links.get(root, []), idf, title_of))
    return events


def _event(
    mentions: list[Mention],
    profiles: list[_Profile],
    indices: list[int],
    pair_links: list[tuple[int, int, float]],
    idf: dict[str, float],
    title_of: Callable[[Mention], str],
) -> Event:
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
        title=title_of(_best_mention(mentions, profiles, idf, status, span)),
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
    identity = "|".join(f"{m.document}:{m.timex.start}:{m.timex.end}" for m in mentions)
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

    def support(candidate: TimeSpan) -> int:
        agreeing = {
            m.document
            for m in mentions
            if m.timex.span is not None and _compatible(candidate, m.timex.span) in _AGREEING
        }
        return len(agreeing)

    def preference(mention: Mention) -> tuple[object, ...]:
        span = mention.timex.span
        assert span is not None
        return (
            support(span),
            -span.granularity.rank,
            -span.days,
            mention.status is status,
            span.mod is None,
            span.first.toordinal(),
        )

    best = max((m for m in mentions if m.timex.span is not None), key=preference).timex.span
    assert best is not None
    return best


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
    profiles: Sequence[_Profile],
    idf: dict[str, float],
    status: Status,
    event_span: TimeSpan,
) -> Mention:
    """The mention whose sentence makes the clearest title.

    The most central report (the one most like the others) written as plain
    narration: quotes, "he added" and "asked about" openings make poor titles.
    """

    sample = profiles[:_CENTRALITY_SAMPLE]
    profile_of = {id(m): p for m, p in zip(mentions, profiles, strict=True)}

    def quality(mention: Mention) -> tuple[float, str, int]:
        sentence = mention.sentence
        own = profile_of[id(mention)]
        centrality = sum(_similarity(own, other, idf) for other in sample if other is not own)
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
