"""Readers for the evaluation corpora (TimeML and SemEval-2015 timelines).

Pure parsing, no timeline imports: the unit tests feed these tiny strings.
Formats are described in ``../shared/README.md``.
"""

from __future__ import annotations

import datetime as dt
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "GoldMention",
    "GoldTimelineEvent",
    "GoldTimex",
    "Sentence",
    "TimeMLDoc",
    "body_text",
    "dateline_text",
    "default_data_path",
    "flatten",
    "iter_timeml",
    "join_sentences",
    "parse_gold_timeline",
    "parse_timeml",
    "timeml_files",
]


def default_data_path(*parts: str) -> Path:
    """``../shared/<parts>`` relative to the repository root."""
    return Path(__file__).resolve().parents[2].parent.joinpath("shared", *parts)


@dataclass(frozen=True)
class GoldTimex:
    """A gold ``<TIMEX3>``; start/end are offsets into the document's text."""

    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str


@dataclass(frozen=True)
class Sentence:
    """An ``<s id>`` of a tokenized TimeML text; start/end are offsets into the text."""

    id: int
    start: int
    end: int


@dataclass(frozen=True)
class TimeMLDoc:
    id: str
    text: str  # character data of <TEXT>, inner tags removed
    dct: dt.date | None  # value of the CREATION_TIME TIMEX3, first 10 characters
    dct_text: str  # character data of <DCT> (for the silver corpus: the dateline)
    title: str | None
    extrainfo: str | None
    timexes: tuple[GoldTimex, ...]
    sentences: tuple[Sentence, ...]


def flatten(element: ET.Element) -> tuple[str, list[tuple[ET.Element, int, int]]]:
    """The character data under ``element`` and every descendant's (element, start, end) in it."""
    parts: list[str] = []
    spans: list[tuple[ET.Element, int, int]] = []
    position = 0

    def walk(node: ET.Element) -> None:
        nonlocal position
        start = position
        if node.text:
            parts.append(node.text)
            position += len(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                position += len(child.tail)
        if node is not element:
            spans.append((node, start, position))

    walk(element)
    return "".join(parts), spans


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_timeml(xml: str | bytes, doc_id: str | None = None) -> TimeMLDoc:
    """Parse one TimeML document.

    expat neither fetches external entities nor expands them, which is all
    the hardening these simple, trusted files need.
    """
    root = ET.fromstring(xml)
    docid_el = root.find("DOCID")
    found_id = (docid_el.text or "").strip() if docid_el is not None else ""
    dct_el = root.find("DCT")
    dct: dt.date | None = None
    dct_text = ""
    if dct_el is not None:
        dct_text, _ = flatten(dct_el)
        for timex in dct_el.iter("TIMEX3"):
            if timex.get("functionInDocument") == "CREATION_TIME":
                dct = _date(timex.get("value"))
                break
    title_el = root.find("TITLE")
    title = " ".join(flatten(title_el)[0].split()) if title_el is not None else None
    extra_el = root.find("EXTRAINFO")
    extrainfo = " ".join(flatten(extra_el)[0].split()) if extra_el is not None else None
    text_el = root.find("TEXT")
    text = ""
    timexes: list[GoldTimex] = []
    sentences: list[Sentence] = []
    if text_el is not None:
        text, spans = flatten(text_el)
        for node, start, end in spans:
            if node.tag == "TIMEX3" and end > start:
                timexes.append(
                    GoldTimex(
                        start=start,
                        end=end,
                        text=text[start:end],
                        type=node.get("type", ""),
                        value=node.get("value", ""),
                        tid=node.get("tid", ""),
                    )
                )
            elif node.tag == "s" and node.get("id", "").isdigit():
                sentences.append(Sentence(int(node.get("id", "0")), start, end))
    timexes.sort(key=lambda t: (t.start, t.end))
    sentences.sort(key=lambda s: s.start)
    return TimeMLDoc(
        id=found_id or doc_id or "",
        text=text,
        dct=dct,
        dct_text=dct_text,
        title=title,
        extrainfo=extrainfo,
        timexes=tuple(timexes),
        sentences=tuple(sentences),
    )


def timeml_files(directory: Path, limit: int | None = None) -> list[Path]:
    files = sorted(p for p in directory.iterdir() if p.suffix == ".tml")
    if not files:
        sys.exit(f"no .tml files in {directory}")
    return files[:limit] if limit else files


def iter_timeml(directory: Path, limit: int | None = None) -> Iterator[TimeMLDoc]:
    for path in timeml_files(directory, limit):
        yield parse_timeml(path.read_bytes(), doc_id=path.stem)


@dataclass(frozen=True)
class GoldMention:
    doc: str
    sentence: int
    token: str


@dataclass(frozen=True)
class GoldTimelineEvent:
    """One line of a SemEval-2015 gold timeline."""

    line_id: str  # "<file stem>:<line number>"
    order: int
    date: str  # "2010-06-07", "2007-10", "2007-10-XX", "2008", "XXXX-XX-XX"
    mentions: tuple[GoldMention, ...]


def parse_gold_timeline(content: str, name: str) -> tuple[str, list[GoldTimelineEvent]]:
    """The entity (line 1) and the events of one gold timeline file."""
    lines = content.splitlines()
    entity = lines[0].strip() if lines else ""
    events: list[GoldTimelineEvent] = []
    for number, line in enumerate(lines[1:], start=2):
        fields = line.rstrip("\n").split("\t")
        if len(fields) < 3 or not fields[0].strip().isdigit():
            continue
        mentions = []
        for field in fields[2:]:
            doc, sentence, token = field.strip().split("-", 2)
            mentions.append(GoldMention(doc, int(sentence), token))
        events.append(
            GoldTimelineEvent(f"{name}:{number}", int(fields[0]), fields[1].strip(), tuple(mentions))
        )
    return entity, events


def join_sentences(doc: TimeMLDoc, separator: str = "\n") -> tuple[str, tuple[Sentence, ...]]:
    """The document's sentences joined by ``separator``, with their offsets in the joined text."""
    parts: list[str] = []
    placed: list[Sentence] = []
    position = 0
    for sentence in doc.sentences:
        if parts:
            parts.append(separator)
            position += len(separator)
        chunk = doc.text[sentence.start : sentence.end]
        parts.append(chunk)
        placed.append(Sentence(sentence.id, position, position + len(chunk)))
        position += len(chunk)
    return "".join(parts), tuple(placed)


def dateline_text(doc: TimeMLDoc) -> str:
    """Dateline, title and body, as a wire article prints them."""
    parts = [" ".join(doc.dct_text.split()), doc.title or "", doc.text.strip()]
    return "\n\n".join(p for p in parts if p)


def body_text(doc: TimeMLDoc) -> str:
    """Title and body only: nothing in the text states the date outright."""
    return "\n\n".join(p for p in (doc.title or "", doc.text.strip()) if p)
