"""Pausing the cyclic garbage collector around allocation-heavy work."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["no_cycle_collection"]


@contextlib.contextmanager
def no_cycle_collection() -> Iterator[None]:
    """The cyclic garbage collector paused, then restored as it was.

    Tagging and building a timeline allocate hundreds of thousands of small objects that hold
    no reference cycles (frozen records, tuples, strings): reference counting frees them all
    the same, and the collector's passes over them cost a tenth of the run for nothing.

    What outlives the pause is the result, and lives on: it is handed to the oldest generation,
    else the first collection after the pause would traverse all of it as young objects (a
    tenth of a second after a build of two thousand articles).  Skipped when the caller has
    frozen objects of its own, which moving the generations would thaw.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()  # every generation into the permanent one…
                gc.unfreeze()  # …and all of it back as the oldest
            gc.enable()
