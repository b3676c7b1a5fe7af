"""One CSV row per event, safe to open in a spreadsheet.

Open the stream with ``newline=""``: the csv module writes ``\\r\\n`` row
ends itself (RFC 4180) and quotes cells holding line breaks.
"""

from __future__ import annotations

import csv
from typing import TextIO

from timeline.model import Event, Timeline

__all__ = ["COLUMNS", "neutralize", "write"]

# "modifier" last, so that readers of the columns before it by position are not broken.
COLUMNS = (
    "start", "end", "granularity", "value", "title", "status", "sources", "documents", "evidence",
    "modifier",
)  # fmt: skip

# Spreadsheets run a cell starting with one of these as a formula (OWASP "CSV injection").
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(cell: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would read as a formula, and drop NUL characters.

    A NUL is no text a reader wants, spreadsheets cut the cell at it, and Python 3.10's csv
    module refuses to write one.  Other cells are unchanged.
    """
    cell = cell.replace("\x00", "")
    return "'" + cell if cell.startswith(_FORMULA_TRIGGERS) else cell


def write(timeline: Timeline, stream: TextIO) -> None:
    """Write a header row, then one row per event in timeline order."""
    writer = csv.writer(stream)
    writer.writerow(COLUMNS)
    writer.writerows([neutralize(cell) for cell in _row(event)] for event in timeline.events)


def _row(event: Event) -> tuple[str, ...]:
    documents = event.documents
    return (
        event.span.first.isoformat(),
        event.span.last.isoformat(),
        event.span.granularity.value,
        event.span.value,
        event.title,
        event.status.value,
        str(len(documents)),
        ";".join(documents),
        event.mentions[0].sentence if event.mentions else "",
        event.span.mod.value if event.span.mod is not None else "",  # "before": before ``start``
    )
