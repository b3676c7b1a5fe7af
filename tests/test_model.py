"""Value types: what copying them between processes must keep."""

from __future__ import annotations

import copy
import gc
import pickle

from hypothesis import given
from strategies import timelines, timexes

from timeline._memory import no_cycle_collection
from timeline.model import Timeline, Timex


@given(timelines())
def test_a_timeline_pickles_to_an_equal_one(timeline: Timeline) -> None:
    again = pickle.loads(pickle.dumps(timeline, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == timeline
    assert repr(again) == repr(timeline)
    assert [hash(e) for e in again.events] == [hash(e) for e in timeline.events]


@given(timexes())
def test_copies_of_a_timex_are_equal(timex: Timex) -> None:
    assert copy.copy(timex) == timex
    assert copy.deepcopy(timex) == timex
    assert type(pickle.loads(pickle.dumps(timex))) is Timex


def test_the_collector_is_restored_as_it_was() -> None:
    was_enabled = gc.isenabled()
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            with no_cycle_collection():
                assert not gc.isenabled()
            assert gc.isenabled() is enabled
    finally:
        (gc.enable if was_enabled else gc.disable)()


def test_what_outlives_the_pause_is_old_and_the_callers_frozen_objects_stay_frozen() -> None:
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        with no_cycle_collection():
            survivor = [[n] for n in range(1000)]
        assert any(thing is survivor for thing in gc.get_objects(generation=2))
        gc.freeze()
        frozen = gc.get_freeze_count()
        with no_cycle_collection():
            pass
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
        (gc.enable if was_enabled else gc.disable)()
