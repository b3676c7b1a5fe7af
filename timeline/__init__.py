"""timeline: turn a pile of news articles into one dated, merged chronology."""

from __future__ import annotations

import logging

from timeline.config import Config
from timeline.errors import (
    ConfigError,
    DatingError,
    EventNotFoundError,
    ExportError,
    LoadError,
    MetadataError,
    RuleError,
    TimelineError,
)
from timeline.export.text import explain
from timeline.filters import filter_events
from timeline.load import Loaded, load, load_text
from timeline.model import (
    Document,
    Event,
    Granularity,
    Mention,
    Method,
    Modifier,
    PublicationDate,
    Skipped,
    Status,
    Symbol,
    Timeline,
    TimeSpan,
    Timex,
    TimexType,
)
from timeline.pipeline import build_timeline
from timeline.tag import tag

# A library leaves logging set-up to its application.
logging.getLogger("timeline").addHandler(logging.NullHandler())

__version__ = "0.1.0"

__all__ = [
    "Config",
    "ConfigError",
    "DatingError",
    "Document",
    "Event",
    "EventNotFoundError",
    "ExportError",
    "Granularity",
    "LoadError",
    "Loaded",
    "Mention",
    "MetadataError",
    "Method",
    "Modifier",
    "PublicationDate",
    "RuleError",
    "Skipped",
    "Status",
    "Symbol",
    "TimeSpan",
    "Timeline",
    "TimelineError",
    "Timex",
    "TimexType",
    "__version__",
    "build_timeline",
    "explain",
    "filter_events",
    "load",
    "load_text",
    "tag",
]
