"""build_timeline(): the only module that knows every stage.

load → tag → date → resolve → extract → merge → order
"""

from __future__ import annotations

from collections.abc import Iterable

from timeline.config import Config
from timeline.model import Document, Skipped, Timeline

__all__ = ["build_timeline"]


def build_timeline(
    documents: Iterable[Document],
    config: Config | None = None,
    skipped: Iterable[Skipped] = (),
) -> Timeline:
    """Date every document, extract and merge its events, and order them.

    Raises DatingError when some document can be dated neither from its own
    evidence, nor by alignment, nor by ``config.reference``.
    """
    raise NotImplementedError("being written")
