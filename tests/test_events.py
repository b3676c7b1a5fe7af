"""Mentions, titles, merging and ordering, on small hand-made articles."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.config import Config
from timeline.events import extract
from timeline.merge import merge
from timeline.model import Document, Granularity, Method, PublicationDate, Status
from timeline.order import order
from timeline.tag import tag
from timeline.titles import make_title

SATURDAY = dt.date(2025, 3, 15)


def article(id: str, text: str, published: dt.date = SATURDAY) -> Document:
    return Document(id=id, text=text, published=PublicationDate.exact(published, Method.METADATA, "test"))


def mentions_of(doc: Document) -> list:  # type: ignore[type-arg]
    assert doc.published is not None
    return extract(doc, tag(doc.text, doc.published.date))


def test_every_date_anchors_a_mention_but_durations_sets_and_refs_do_not() -> None:
    quote = 'It would be possible to negotiate all aspects of peace," '
    doc = article("a", quote + "Zelenskyy added on X on Saturday afternoon.")
    (mention,) = mentions_of(doc)
    assert make_title(mention) == "Zelenskyy added on X"
    inside = article("b", "“Our militaries will meet on Thursday in London to plan,” Starmer said.")
    assert "militaries will meet" in make_title(mentions_of(inside)[0])
