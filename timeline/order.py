"""Put events in chronological order.

By first day; on the same first day a finer span before a coarser one (the
day before its week, the week before its month), and of two spans of one
granularity the one ending first; then the event with more sources; then
first appearance (document id, then offset), which keeps the
order independent of the order the inputs were given in.
"""

from __future__ import annotations

from collections.abc import Iterable

from timeline.model import Event

__all__ = ["order"]


def _sort_key(event: Event) -> tuple[object, ...]:
    first = min(event.mentions, key=lambda m: (m.document, m.timex.start))
    return (
        event.span.first,
        event.span.granularity.rank,
        event.span.last,
        -len(event.documents),
        first.document,
        first.timex.start,
        event.id,
    )


def order(events: Iterable[Event]) -> list[Event]:
    """The events sorted for reading; sorting an ordered list changes nothing."""
    return sorted(events, key=_sort_key)
