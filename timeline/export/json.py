"""The full timeline as JSON, and back.

The schema is documented in ``docs/formats.md``.  Everything in the model is
kept except the documents' text: ``read(write(t))`` equals
:func:`normalized` ``(t)``, which blanks it.  Keys come in a fixed order and
documents and events in timeline order, so equal timelines give identical
bytes.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import json
import types
import typing
from collections.abc import Callable
from typing import Any, TextIO, TypeVar, Union

import attrs

from timeline.errors import ExportError, MetadataError
from timeline.model import (
    Dissent,
    Document,
    Event,
    Granularity,
    Mention,
    MergeLink,
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

__all__ = ["from_data", "normalized", "read", "to_data", "write"]

_E = TypeVar("_E", bound=enum.Enum)
_T = TypeVar("_T")

JSONObject = dict[str, object]


def write(timeline: Timeline, stream: TextIO) -> None:
    """Write ``timeline`` as JSON with non-ASCII kept: one document or event per line, newline-terminated.

    One line per item keeps a large timeline readable, greppable and diffable, and lets the
    standard library's C encoder do the work: indenting every nested field makes it fall back to
    pure Python, which was a fifth of the whole pipeline's time on a day of wire copy.

    Raises ExportError for a value JSON cannot hold (NaN or infinite scores).
    """
    try:
        # Each item is encoded as soon as it is built: the dicts of a large timeline never all
        # exist at once.
        sections = [
            (key, [_encode(build(item)) for item in items]) for key, items, build in _sections(timeline)
        ]
    except ValueError as error:
        raise ExportError(f"timeline cannot be written as JSON: {error}") from error
    parts = ["{\n"]
    for number, (key, lines) in enumerate(sections):
        parts.append(f"  {_encode(key)}: ")
        # Pieces, joined once at the end: the events are most of the text, copied no more than that.
        parts += ["[\n    ", ",\n    ".join(lines), "\n  ]"] if lines else ["[]"]
        parts.append(",\n" if number < len(sections) - 1 else "\n")
    parts.append("}\n")
    stream.write("".join(parts))


def _sections(timeline: Timeline) -> list[tuple[str, list[Any], Callable[[Any], JSONObject]]]:
    """The top-level keys, in order, with their items and how to build each item's object."""

    def document(item: Document | Skipped) -> JSONObject:
        return _document(item) if isinstance(item, Document) else _skipped(item)

    return [
        ("documents", [*timeline.documents, *timeline.skipped], document),
        ("events", list(timeline.events), _event),
    ]


# No check for circular references: the objects encoded are built here, as trees.
_encode = json.JSONEncoder(
    ensure_ascii=False, allow_nan=False, check_circular=False, separators=(", ", ": ")
).encode


def read(stream: TextIO) -> Timeline:
    """Parse what :func:`write` wrote; documents come back with empty text.

    Raises MetadataError, naming the offending field, for anything that does
    not follow the schema.
    """
    try:
        data = json.load(stream)
    except json.JSONDecodeError as error:
        raise MetadataError(f"not JSON: {error}") from error
    return from_data(data)


def normalized(timeline: Timeline) -> Timeline:
    """``timeline`` as it reads back from JSON: every document's text blanked."""
    return attrs.evolve(timeline, documents=tuple(attrs.evolve(d, text="") for d in timeline.documents))


# -- model -> JSON ----------------------------------------------------------------------------------


def to_data(timeline: Timeline) -> dict[str, list[JSONObject]]:
    """The JSON object :func:`write` serializes (plain dicts, lists, strings and numbers)."""
    return {key: [build(item) for item in items] for key, items, build in _sections(timeline)}


def _document(document: Document) -> JSONObject:
    published = document.published
    return {
        "id": document.id,
        "path": document.path,
        "title": document.title,
        "url": document.url,
        "source": document.source,
        "status": "ok",
        "reason": None,
        "published": None if published is None else _published(published),
    }


def _skipped(skipped: Skipped) -> JSONObject:
    # The same keys as a loaded document, so that consumers need no second shape.
    return {
        "id": None,
        "path": skipped.path,
        "title": None,
        "url": None,
        "source": None,
        "status": "skipped",
        "reason": skipped.reason,
        "published": None,
    }


def _published(published: PublicationDate) -> JSONObject:
    return {
        "date": published.date.isoformat(),
        "earliest": published.earliest.isoformat(),
        "latest": published.latest.isoformat(),
        "method": _VALUE[published.method],
        "confidence": published.confidence,
        "evidence": published.evidence,
    }


def _event(event: Event) -> JSONObject:
    return {
        "id": event.id,
        **_span(event.span),
        "title": event.title,
        "status": _VALUE[event.status],
        "dissent": [{"document": d.document, **_span(d.span), "text": d.text} for d in event.dissent],
        "sources": [_mention(m) for m in event.mentions],
        "links": [{"left": link.left, "right": link.right, "score": link.score} for link in event.links],
    }


# Each member's value, looked up: an enum's ``value`` is a property, several times slower to read,
# and a timeline reads four of them per mention.
_VALUE: dict[enum.Enum, str] = {
    member: member.value for kind in (Granularity, Method, Modifier, Status, TimexType) for member in kind
}


def _span(span: TimeSpan) -> JSONObject:
    return {
        "start": span.first.isoformat(),
        "end": span.last.isoformat(),
        "granularity": _VALUE[span.granularity],
        "value": span.value,
        "mod": None if span.mod is None else _VALUE[span.mod],
    }


def _mention(mention: Mention) -> JSONObject:
    timex = mention.timex
    return {
        "document": mention.document,
        "sentence": mention.sentence,
        "expression": timex.text,
        "start": timex.start,
        "end": timex.end,
        "value": timex.value,
        "rule": timex.rule,
        "status": _VALUE[mention.status],
        "type": _VALUE[timex.type],
        "symbol": _symbol(timex.symbol),
        "span": None if timex.span is None else _span(timex.span),
        "sentence_start": mention.sentence_start,
        "sentence_end": mention.sentence_end,
        "clause": mention.clause,
        "actors": list(mention.actors),
        "terms": list(mention.terms),
    }


def _symbol(symbol: Symbol) -> JSONObject:
    """``kind`` and every field that differs from its default, enums by value."""
    # A copy: the same few symbols ("Tuesday", "last week") recur through a collection.
    return dict(_symbol_fields(symbol))


@functools.lru_cache(maxsize=4096)
def _symbol_fields(symbol: Symbol) -> JSONObject:
    data: JSONObject = {}
    for field in attrs.fields(Symbol):
        value = getattr(symbol, field.name)
        if field.default is not attrs.NOTHING and value == field.default:
            continue
        data[field.name] = value.value if isinstance(value, enum.Enum) else value
    return data


# -- JSON -> model ----------------------------------------------------------------------------------


def from_data(data: object) -> Timeline:
    """Rebuild a Timeline from the object :func:`to_data` returns."""
    root = _Object(data, "$")
    documents: list[Document] = []
    skipped: list[Skipped] = []
    for entry in root.objects("documents"):
        status = entry.choice("status", ("ok", "skipped"))
        if status == "ok":
            documents.append(_read_document(entry))
        else:
            skipped.append(Skipped(path=entry.string("path"), reason=entry.string("reason")))
    events = tuple(_read_event(e) for e in root.objects("events"))
    return Timeline(documents=tuple(documents), events=events, skipped=tuple(skipped))


def _read_document(entry: _Object) -> Document:
    published = entry.optional_object("published")
    return Document(
        id=entry.string("id"),
        text="",
        title=entry.optional_string("title"),
        path=entry.optional_string("path"),
        url=entry.optional_string("url"),
        source=entry.optional_string("source"),
        published=None if published is None else _read_published(published),
    )


def _read_published(entry: _Object) -> PublicationDate:
    return PublicationDate(
        date=entry.date("date"),
        method=entry.enum("method", Method),
        confidence=entry.number("confidence"),
        evidence=entry.string("evidence"),
        earliest=entry.date("earliest"),
        latest=entry.date("latest"),
    )


def _read_event(entry: _Object) -> Event:
    return Event(
        id=entry.string("id"),
        span=_read_span(entry),
        title=entry.string("title"),
        status=entry.enum("status", Status),
        mentions=tuple(_read_mention(m) for m in entry.objects("sources")),
        links=tuple(
            MergeLink(left=link.integer("left"), right=link.integer("right"), score=link.number("score"))
            for link in entry.objects("links")
        ),
        dissent=tuple(
            Dissent(document=d.string("document"), span=_read_span(d), text=d.string("text"))
            for d in entry.objects("dissent")
        ),
    )


def _read_span(entry: _Object) -> TimeSpan:
    mod = entry.optional("mod", lambda value, where: _enum(Modifier, value, where))
    return TimeSpan(
        first=entry.date("start"),
        last=entry.date("end"),
        granularity=entry.enum("granularity", Granularity),
        value=entry.string("value"),
        mod=mod,
    )


def _read_mention(entry: _Object) -> Mention:
    span = entry.optional_object("span")
    timex = Timex(
        start=entry.integer("start"),
        end=entry.integer("end"),
        text=entry.string("expression"),
        type=entry.enum("type", TimexType),
        symbol=_read_symbol(entry.object("symbol")),
        rule=entry.string("rule"),
        value=entry.optional_string("value"),
        span=None if span is None else _read_span(span),
    )
    return Mention(
        document=entry.string("document"),
        sentence_start=entry.integer("sentence_start"),
        sentence_end=entry.integer("sentence_end"),
        sentence=entry.string("sentence"),
        timex=timex,
        clause=entry.string("clause"),
        status=entry.enum("status", Status),
        actors=tuple(entry.strings("actors")),
        terms=tuple(entry.strings("terms")),
    )


def _read_symbol(entry: _Object) -> Symbol:
    converters = _symbol_converters()
    unknown = sorted(set(entry.keys()) - set(converters))
    if unknown:
        raise MetadataError(f"{entry.where}: unknown symbol field {unknown[0]!r}")
    values = {name: entry.get(name, convert) for name, convert in converters.items() if name in entry}
    if "kind" not in values:
        raise MetadataError(f"{entry.where}: missing 'kind'")
    return Symbol(**values)  # type: ignore[arg-type]  # each value was checked against its field's type


@functools.cache
def _symbol_converters() -> dict[str, Callable[[object, str], object]]:
    # Driven by Symbol's own annotations, so a field added to the model needs no change here.
    hints = typing.get_type_hints(Symbol)
    return {field.name: _converter(hints[field.name]) for field in attrs.fields(Symbol)}


def _converter(hint: object) -> Callable[[object, str], object]:
    """A reader for a Symbol field annotated ``X`` or ``X | None``, X an enum, bool, int or float."""
    args = typing.get_args(hint) if typing.get_origin(hint) in (Union, types.UnionType) else (hint,)
    optional = type(None) in args
    (base,) = [arg for arg in args if arg is not type(None)]

    def convert(value: object, where: str) -> object:
        if value is None and optional:
            return None
        if isinstance(base, type) and issubclass(base, enum.Enum):
            return _enum(base, value, where)
        if base is bool:
            return _typed(value, bool, where)
        if base is int:
            return _integer(value, where)
        if base is float:
            return _number(value, where)
        raise MetadataError(f"{where}: unsupported field type {base!r}")

    return convert


class _Object:
    """A JSON object read field by field; every error names the field's path."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, dict):
            raise MetadataError(f"{where}: expected an object, got {_kind(data)}")
        self.data: dict[str, object] = data
        self.where = where

    def keys(self) -> list[str]:
        return list(self.data)

    def __contains__(self, key: str) -> bool:
        return key in self.data

    def get(self, key: str, convert: Callable[[object, str], _T]) -> _T:
        if key not in self.data:
            raise MetadataError(f"{self.where}: missing {key!r}")
        return convert(self.data[key], f"{self.where}.{key}")

    def optional(self, key: str, convert: Callable[[object, str], _T]) -> _T | None:
        return self.get(key, lambda value, where: None if value is None else convert(value, where))

    def string(self, key: str) -> str:
        return self.get(key, lambda value, where: _typed(value, str, where))

    def optional_string(self, key: str) -> str | None:
        return self.optional(key, lambda value, where: _typed(value, str, where))

    def integer(self, key: str) -> int:
        return self.get(key, _integer)

    def number(self, key: str) -> float:
        return self.get(key, _number)

    def date(self, key: str) -> dt.date:
        return self.get(key, _date)

    def enum(self, key: str, cls: type[_E]) -> _E:
        return self.get(key, lambda value, where: _enum(cls, value, where))

    def choice(self, key: str, options: tuple[str, ...]) -> str:
        value = self.string(key)
        if value not in options:
            raise MetadataError(f"{self.where}.{key}: expected one of {', '.join(options)}, got {value!r}")
        return value

    def object(self, key: str) -> _Object:
        return self.get(key, _Object)

    def optional_object(self, key: str) -> _Object | None:
        return self.optional(key, _Object)

    def objects(self, key: str) -> list[_Object]:
        return [_Object(item, f"{self.where}.{key}[{i}]") for i, item in enumerate(self.get(key, _list))]

    def strings(self, key: str) -> list[str]:
        items = self.get(key, _list)
        return [_typed(item, str, f"{self.where}.{key}[{i}]") for i, item in enumerate(items)]


def _typed(value: object, cls: type[_T], where: str) -> _T:
    if not isinstance(value, cls):
        raise MetadataError(f"{where}: expected {cls.__name__}, got {_kind(value)}")
    return value


def _list(value: object, where: str) -> list[object]:
    return typing.cast(list[object], _typed(value, list, where))


def _integer(value: object, where: str) -> int:
    # bool is an int to Python, not to JSON.
    if isinstance(value, bool) or not isinstance(value, int):
        raise MetadataError(f"{where}: expected an integer, got {_kind(value)}")
    return value


def _number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise MetadataError(f"{where}: expected a number, got {_kind(value)}")
    return float(value)


def _date(value: object, where: str) -> dt.date:
    text = _typed(value, str, where)
    try:
        # fromisoformat also takes "20250315" and week dates; the schema allows only YYYY-MM-DD.
        date = dt.date.fromisoformat(text)
    except ValueError:
        date = None
    if date is None or date.isoformat() != text:
        raise MetadataError(f"{where}: expected a YYYY-MM-DD date, got {text!r}")
    return date


def _enum(cls: type[_E], value: object, where: str) -> _E:
    try:
        return cls(value)
    except ValueError:
        options = ", ".join(str(member.value) for member in cls)
        raise MetadataError(f"{where}: expected one of {options}, got {value!r}") from None


def _kind(value: object) -> str:
    return "null" if value is None else type(value).__name__
