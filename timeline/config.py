"""One frozen settings object, passed explicitly to every stage that needs it.

The library never reads today's date: a date to fall back on must be given
as ``reference``.
"""

from __future__ import annotations

import datetime as dt

import attrs

__all__ = ["Config"]


@attrs.frozen
class Config:
    """Settings for building a timeline.

    reference: the publication date to assume for documents with no date
        evidence at all (the CLI's ``--reference``); None means such
        documents are an error, never silently dated today.
    day_first: the tie-break for an ambiguous numeric date such as
        03/04/2025 when both readings are equally near the publication date
        (True: 3 April, the usage of most of the world's English-language
        press; False: US month-first).  Otherwise the nearer reading wins,
        and an impossible one (15/03/2025) settles it.
    jobs: worker processes for the per-document stages.
    alignment_window: how many days either side of the dated articles the
        cross-document alignment searches for an undated article's date.
    merge_threshold: the similarity two mentions need to be one event.
    """

    reference: dt.date | None = None
    day_first: bool = True
    jobs: int = 1
    alignment_window: int = 45
    merge_threshold: float = 0.15
