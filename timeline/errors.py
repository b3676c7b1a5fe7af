"""The exceptions timeline raises: one root, a few leaves.

Every leaf also subclasses the builtin a caller would naturally catch, so
``except ValueError`` keeps working for code that does not know timeline.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "DatingError",
    "EventNotFoundError",
    "ExportError",
    "LoadError",
    "MetadataError",
    "RuleError",
    "TimelineError",
]


class TimelineError(Exception):
    """Root of every error timeline raises on purpose."""


class LoadError(TimelineError, OSError):
    """An input could not be read as an article (missing, unreadable, not text)."""


class MetadataError(TimelineError, ValueError):
    """A metadata file or field is malformed (bad date, unknown column)."""


class RuleError(TimelineError, ValueError):
    """A rule resource is invalid; the message names the rule and what is wrong."""


class ConfigError(TimelineError, ValueError):
    """A setting out of its range or of the wrong type (``Config(jobs=0)``, a reference that is no date)."""


class DatingError(TimelineError, ValueError):
    """Some documents could not be given a publication date.

    ``documents`` holds the ids of the documents nothing could anchor.
    """

    def __init__(self, message: str, documents: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.documents = documents


class EventNotFoundError(TimelineError, KeyError):
    """No event of the timeline has the id asked for."""


class ExportError(TimelineError, ValueError):
    """A timeline could not be written in the requested format or place."""
