"""Writers for a finished Timeline: terminal text, CSV, iCalendar and JSON.

Each format module has ``write(timeline, stream)``; formatting happens here
and nowhere else.  Formats are described in ``docs/formats.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from timeline.errors import ExportError
from timeline.export import csv, ical, json, text
from timeline.model import Timeline

__all__ = ["FORMATS", "write"]

FORMATS: dict[str, Callable[[Timeline, TextIO], None]] = {
    "text": text.write,
    "csv": csv.write,
    "ics": ical.write,
    "json": json.write,
}


def write(timeline: Timeline, fmt: str, stream: TextIO) -> None:
    """Write ``timeline`` to ``stream`` in format ``fmt`` (a key of :data:`FORMATS`).

    For "csv" and "ics" open the stream with ``newline=""``: both formats
    end lines with CRLF themselves.  Raises ExportError for an unknown format.
    """
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    writer(timeline, stream)
