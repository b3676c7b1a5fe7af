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
import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from timeline.config import Config
from timeline.events import make_title
from timeline.model import Dissent, Event, Granularity, MergeLink, Mention, Status, TimeSpan

__all__ = ["merge", "similarity"]

_DAY_INDEXED_MAX_DAYS = 7  # spans up to a week are indexed under each of their days
_DISSENT_DAYS = 2  # day-precise reports this far apart may still be one event…
_DISSENT_SIMILARITY = 0.6  # …when they agree this strongly on what happened
_CONTAINED_SIMILARITY = 0.5  # a day inside a month or longer needs this much agreement
_ACTOR_BONUS = 0.1
_SAME_ARTICLE_BONUS = 0.1


def _key(mention: Mention) -> tuple[str, int, int]:
    return (mention.document, mention.timex.start, mention.timex.end)


def _idf(mentions: Sequence[Mention]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for mention in mentions:
        df.update(set(mention.terms))
    total = len(mentions) + 1
    return {term: math.log(total / count) + 0.1 for term, count in df.items()}


def similarity(a: Mention, b: Mention, idf: dict[str, float]) -> float:
    """How much two mentions say the same thing, from 0 to about 1."""
    terms_a, terms_b = set(a.terms), set(b.terms)
    if not terms_a or not terms_b:
        return 0.0
    weight_a = sum(idf.get(t, 1.0) for t in terms_a)
    weight_b = sum(idf.get(t, 1.0) for t in terms_b)
    shared = sum(idf.get(t, 1.0) for t in terms_a & terms_b)
    score = 2 * shared / (weight_a + weight_b)
    actors_a = {_surname(x) for x in a.actors}
    actors_b = {_surname(x) for x in b.actors}
    if actors_a & actors_b:
        score += _ACTOR_BONUS
    span_a, span_b = a.timex.span, b.timex.span
    if (
        a.document == b.document
        and span_a is not None
        and span_b is not None
        and (span_a.first, span_a.last) == (span_b.first, span_b.last)
    ):
        # One article naming the same day twice is usually telling one story.
        score += _SAME_ARTICLE_BONUS
    return min(score, 1.0)


def _surname(actor: str) -> str:
    return actor.split()[-1].lower()


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


def _pair_score(a: Mention, b: Mention, idf: dict[str, float], threshold: float) -> float | None:
    span_a, span_b = a.timex.span, b.timex.span
    assert span_a is not None and span_b is not None
    relation = _compatible(span_a, span_b)
    if relation is None:
        return None
    score = similarity(a, b, idf)
    needed = {"same": threshold, "contained": threshold, "coarse": _CONTAINED_SIMILARITY, "near": _DISSENT_SIMILARITY}
    return score if score >= needed[relation] else None


def _candidate_pairs(mentions: Sequence[Mention]) -> Iterable[tuple[int, int]]:
    """Index pairs whose spans could be compatible, found through an index by day."""
    by_day: dict[dt.date, list[int]] = defaultdict(list)
    by_span: dict[tuple[dt.date, dt.date], list[int]] = defaultdict(list)
    coarse: list[int] = []
    for index, mention in enumerate(mentions):
        span = mention.timex.span
        assert span is not None
        if span.days <= _DAY_INDEXED_MAX_DAYS:
            for offset in range(span.days):
                by_day[span.first + dt.timedelta(days=offset)].append(index)
        else:
            by_span[(span.first, span.last)].append(index)
            coarse.append(index)
    seen: set[tuple[int, int]] = set()
    for day, members in by_day.items():
        neighbours = [j for delta in range(-_DISSENT_DAYS, _DISSENT_DAYS + 1)
                      for j in by_day.get(day + dt.timedelta(days=delta), ())]  # fmt: skip
        for i in members:
            for j in neighbours:
                pair = (i, j) if i < j else (j, i)
                if i != j and pair not in seen:
                    seen.add(pair)
                    yield pair
    for members in by_span.values():
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                pair = (i, j) if i < j else (j, i)
                if pair not in seen:
                    seen.add(pair)
                    yield pair
    # A day inside a month, quarter or year: look it up by the days the coarse span covers.
    days = sorted(by_day)
    for i in coarse:
        span = mentions[i].timex.span
        assert span is not None
        for day in days:
            if span.first <= day <= span.last:
                for j in by_day[day]:
                    pair = (i, j) if i < j else (j, i)
                    if pair not in seen:
                        seen.add(pair)
                        yield pair


def merge(mentions: Sequence[Mention], config: Config | None = None) -> list[Event]:
    """Cluster mentions into events; each event keeps every mention as a source."""
    threshold = (config or Config()).merge_threshold
    ordered = sorted(mentions, key=_key)
    idf = _idf(ordered)
    scores: dict[tuple[int, int], float] = {}
    for i, j in _candidate_pairs(ordered):
        score = _pair_score(ordered[i], ordered[j], idf, threshold)
        if score is not None:
            scores[(i, j)] = score
    cluster_of = list(range(len(ordered)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(ordered))}
    links: dict[int, list[tuple[int, int, float]]] = defaultdict(list)
    for (i, j), score in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
        a, b = cluster_of[i], cluster_of[j]
        if a == b:
            continue
        cross = [scores.get((min(x, y), max(x, y)), 0.0) for x in members[a] for y in members[b]]
        if sum(cross) / len(cross) < threshold:
            continue
        keep, gone = (a, b) if a < b else (b, a)
        for x in members[gone]:
            cluster_of[x] = keep
        members[keep].extend(members.pop(gone))
        links[keep].extend(links.pop(gone, []))
        links[keep].append((i, j, score))
    events = [_event([ordered[i] for i in sorted(group)], group, links.get(root, []), idf)
              for root, group in members.items()]  # fmt: skip
    return events


def _event(
    mentions: list[Mention], indices: list[int], pair_links: list[tuple[int, int, float]], idf: dict[str, float]
) -> Event:
    span = _best_span(mentions)
    status = _status(mentions)
    dissent = tuple(
        Dissent(document=m.document, span=m.timex.span, text=m.timex.text)
        for m in mentions
        if m.timex.span is not None and _compatible(span, m.timex.span) in (None, "near")
    )
    position = {index: n for n, index in enumerate(sorted(indices))}
    links = tuple(
        MergeLink(left=position[i], right=position[j], score=round(score, 3))
        for i, j, score in sorted(pair_links)
    )
    identity = "|".join(f"{m.document}:{m.timex.start}:{m.timex.end}" for m in mentions)
    return Event(
        id=hashlib.sha1(identity.encode("utf-8")).hexdigest()[:12],
        span=span,
        title=make_title(_best_mention(mentions, idf, status)),
        status=status,
        mentions=tuple(mentions),
        links=links,
        dissent=dissent,
    )


def _best_span(mentions: Sequence[Mention]) -> TimeSpan:
    """The most precise span most sources agree with."""
    spans = [m.timex.span for m in mentions if m.timex.span is not None]

    def support(candidate: TimeSpan) -> int:
        return len({m.document for m in mentions
                    if m.timex.span is not None and _compatible(candidate, m.timex.span) in ("same", "contained",
                                                                                             "coarse")})  # fmt: skip

    return max(spans, key=lambda s: (support(s), -s.granularity.rank, -s.days, s.mod is None, s.first.toordinal()))


def _status(mentions: Sequence[Mention]) -> Status:
    statuses = {m.status for m in mentions}
    if Status.HAPPENED in statuses:
        return Status.HAPPENED
    if Status.PLANNED in statuses:
        return Status.PLANNED
    return Status.CONDITIONAL


_WEAK_OPENING = ("he added", "she added", "he said", "she said", "asked ", "responding", "speaking", "it follows",
                 "this comes", "in terms of", "so,")


def _best_mention(mentions: Sequence[Mention], idf: dict[str, float], status: Status) -> Mention:
    """The mention whose sentence makes the clearest title.

    The most central report (the one most like the others) written as plain
    narration: quotes, "he added" and "asked about" openings make poor titles.
    """

    def quality(mention: Mention) -> tuple[float, str, int]:
        sentence = mention.sentence
        centrality = sum(similarity(mention, other, idf) for other in mentions if other is not mention)
        score = centrality / max(1, len(mentions) - 1) * 4
        score += 1.0 if mention.actors else 0.0
        score += min(len(mention.terms), 12) / 8
        score += 1.5 if mention.status is status else 0.0  # "held the summit", not "will hold" it
        span = mention.timex.span
        score += 0.5 if span is not None and span.granularity is Granularity.DAY else 0.0
        score -= 2.0 if sentence[:1] in "\"“‘'" else 0.0
        score -= 1.5 if sentence.lower().startswith(_WEAK_OPENING) else 0.0
        score -= 1.0 if sentence.count("“") + sentence.count('"') >= 2 else 0.0
        score -= 1.5 if len(sentence) > 260 else 0.0
        return (score, mention.document, -mention.timex.start)

    return max(mentions, key=quality)
