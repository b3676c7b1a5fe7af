"""One frozen settings object, passed explicitly to every stage that needs it.

The library never reads today's date: a date to fall back on must be given
as ``reference``.
"""

from __future__ import annotations

import datetime as dt

import attrs

from timeline.errors import ConfigError

__all__ = ["Config", "check_jobs", "check_reference"]


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

    def __attrs_post_init__(self) -> None:
        # Checked here, not where each is used: a string for a date or jobs=0 would otherwise
        # fail deep inside a run, with a built-in error far from its cause.
        check_reference(self.reference)
        if not isinstance(self.day_first, bool):
            raise ConfigError(f"day_first must be True or False, not {self.day_first!r}")
        check_jobs(self.jobs)
        if not _is_count(self.alignment_window, least=0):
            raise ConfigError(f"alignment_window must be a number of days, not {self.alignment_window!r}")
        if not isinstance(self.merge_threshold, (int, float)) or not 0 <= self.merge_threshold <= 1:
            raise ConfigError(f"merge_threshold must be between 0 and 1, not {self.merge_threshold!r}")


def _is_count(value: object, least: int) -> bool:
    # A bool is an int to Python, but jobs=True is a slip, not one job.
    return isinstance(value, int) and not isinstance(value, bool) and value >= least


def check_jobs(jobs: object) -> None:
    """Raise ConfigError unless ``jobs`` is a whole number of processes, at least 1."""
    if not _is_count(jobs, least=1):
        raise ConfigError(f"jobs must be a whole number of at least 1, not {jobs!r}")


def check_reference(reference: object) -> None:
    """Raise ConfigError unless ``reference`` is a ``datetime.date`` (not a datetime) or None."""
    if reference is not None and (not isinstance(reference, dt.date) or isinstance(reference, dt.datetime)):
        raise ConfigError(f"a reference date must be a datetime.date, not {reference!r}")
