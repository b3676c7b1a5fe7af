"""Merging: the candidate pairs against their definition, and sums that do not depend on order."""

from __future__ import annotations

import datetime as dt
import itertools
import math

from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import span_for

from timeline.merge import _DAY, _LONGER, _NEAR_DAY_KEYS, _WEEK, _candidate_pairs, _idf, _keys, _weight, _When
from timeline.model import Granularity, Kind, Mention, Symbol, Timex, TimexType

START = dt.date(2025, 3, 1)
VOCABULARY = [f"w{n}" for n in range(12)]


def mention(number: int, granularity: Granularity, day: int, terms: tuple[str, ...]) -> Mention:
    span = span_for(granularity, START + dt.timedelta(days=day))
    timex = Timex(0, 4, "date", TimexType.DATE, Symbol(Kind.CALENDAR), "test", span.value, span)
    return Mention(f"d{number}", 0, 10, "A sentence.", timex, "A sentence.", terms=terms)


mentions = st.lists(
    st.builds(
        lambda granularity, day, terms: (granularity, day, tuple(terms)),
        st.sampled_from([Granularity.DAY, Granularity.WEEK, Granularity.MONTH, Granularity.YEAR]),
        st.integers(0, 40),
        st.lists(st.sampled_from(VOCABULARY), unique=True, max_size=6),
    ),
    max_size=25,
).map(lambda found: [mention(n, *each) for n, each in enumerate(found)])


def related(a: _When, b: _When, near: bool) -> bool:
    """The blocking rules, pair by pair: what the buckets must find."""
    if a.kind == _DAY and b.kind == _DAY:
        return a.first == b.first or (near and abs(a.first - b.first) <= 2)
    if a.kind == _WEEK and b.kind == _WEEK:
        return not set(a.weeks).isdisjoint(b.weeks)
    if a.kind == _LONGER and b.kind == _LONGER:
        return (a.first, a.last) == (b.first, b.last)
    day, other = (a, b) if a.kind == _DAY else (b, a)
    if day.kind != _DAY:
        return False
    return day.weeks[0] in other.weeks if other.kind == _WEEK else day.months[0] in other.months


@settings(max_examples=300)
@given(mentions)
def test_candidate_pairs_are_the_pairs_sharing_a_key_and_a_time_bucket(found: list[Mention]) -> None:
    idf = _idf([frozenset(mention.terms) for mention in found])
    unique = math.log(len(found) + 1) + 0.1 - 1e-9
    ranked = sorted((t for t, weight in idf.items() if weight < unique), key=lambda t: (-idf[t], t))
    rank = {term: position for position, term in enumerate(ranked)}
    keys = [_keys(m.terms, rank) for m in found]
    whens = [_When.of(m.timex.span) for m in found if m.timex.span is not None]
    expected = {
        (i, j)
        for i, j in itertools.combinations(range(len(found)), 2)
        for key in set(keys[i]) & set(keys[j])
        if related(whens[i], whens[j], key in keys[i][:_NEAR_DAY_KEYS] and key in keys[j][:_NEAR_DAY_KEYS])
    }
    assert _candidate_pairs(found, idf) == expected


def test_a_weight_is_the_same_whatever_order_the_terms_come_in() -> None:
    # Added one by one, 0.1 + 0.2 + 0.3 depends on the order; a set's order changes with the process.
    idf = {"a": 0.1, "b": 0.2, "c": 0.3, "d": 1e-17}
    weights = {_weight(order, idf) for order in itertools.permutations(idf)}  # type: ignore[arg-type]
    assert weights == {math.fsum(idf.values())}
