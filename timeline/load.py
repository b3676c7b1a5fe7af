"""Paths → Documents: plain text, JSON Lines and HTML, plus a metadata CSV.

The loader reads only what an input states outright: a publication date
comes from a metadata CSV, a JSONL ``published`` field or the HTML markup,
never from the article's wording (that is :mod:`timeline.dating`'s job).

Every input that cannot be used becomes a :class:`~timeline.model.Skipped`
with a reason; things that were used but look wrong (a file that is not
UTF-8, a bad metadata date) become warnings.  Nothing here raises for a bad
article; only an explicitly given, unusable metadata file raises.
See docs/input.md for the formats and policies.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import functools
import io
import json
import logging
import os
import re
import stat
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Protocol

import attrs

from timeline._pool import process_pool
from timeline.config import check_jobs
from timeline.errors import LoadError, MetadataError
from timeline.model import Document, Method, PublicationDate, Skipped

__all__ = ["Loaded", "iter_load", "load", "load_text"]

logger = logging.getLogger(__name__)

PathArg = str | os.PathLike[str]

METADATA_NAME = "metadata.csv"
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_HTML_SUFFIXES = frozenset({".html", ".htm"})
# Files a folder of articles often holds that are not articles, among them timeline's own exports
# (`timeline articles/ -o articles/events.csv`, then a second run): read as text they would turn into
# nonsense events.  Named explicitly, such a file is still read as plain text.
_NOT_ARTICLES = {
    suffix: f"not an article ({suffix} file; name it explicitly to read it as plain text)"
    for suffix in (".csv", ".tsv", ".ics", ".json")
}


def read_from_folder(path: PathArg) -> bool:
    """Whether a file of this name, found in a folder being loaded, is read (as an article or as
    the folder's metadata) rather than skipped as no article."""
    name = os.path.basename(path)
    return name == METADATA_NAME or os.path.splitext(name)[1].lower() not in _NOT_ARTICLES


_METADATA_COLUMNS = ("file", "published", "source", "title", "url")
# Each field a JSON Lines article may give, and the names feeds and crawlers give it under, the
# first found winning: "pubDate" (RSS), "datePublished" (schema.org), "date_publish" and "maintext"
# (news-please), "publishedAt" (NewsAPI).  Not "timestamp" or "created": often when it was fetched.
_JSONL_FIELDS = {
    "id": ("id",),
    "title": ("title", "headline"),
    "published": (
        "published", "date", "pubDate", "datePublished", "published_at", "publishedAt", "publish_date",
        "published_date", "publication_date", "date_published", "date_publish", "pub_date", "pubdate",
        "webPublicationDate", "firstPublished", "first_published", "date_gmt", "isoDate", "release_date",
    ),
    "url": ("url", "link"),
    "source": ("source", "source_domain", "publisher"),
}  # fmt: skip
_JSONL_TEXT_FIELDS = ("text", "maintext", "body", "content")
# Objects that exports wrap an article's fields in: Elasticsearch's "_source", an RSS reader's
# "item", a scraper's "article", "meta" or "data". Their fields are read where the record's own
# top level lacks them.
_JSONL_WRAPPERS = ("_source", "article", "item", "data", "meta", "metadata")
# A date field that holds a number is Unix time, in seconds or in milliseconds (read as UTC).
_UNIX_SECONDS = range(10**8, 10**10)
_UNIX_MILLISECONDS = range(10**11, 10**13)

# Checked before anything else, so that e.g. a PDF renamed .txt is not read as cp1252 noise.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"PK\x07\x08", "ZIP archive"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip archive"),
)
_MAGIC_LENGTH = max(len(magic) for magic, _ in _MAGIC)

# UTF-32 is deliberately absent: its little-endian BOM starts with UTF-16's,
# and a UTF-16 text that begins with U+0000 would be misread.
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

HEADLINE_MAX = 200
# A first line ending like a sentence is the start of the body, not a headline.
_SENTENCE_END = (".", ",", ";", ":", "…")
_CLOSERS = " \t\"'”’»)]"

_ISO_ZONE = r"(?:Z|[+-]\d{2}:?\d{2})?"
_ISO_DATE = re.compile(
    rf"(\d{{4}}-\d{{2}}-\d{{2}})(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?{_ISO_ZONE})?"
)
# ISO 8601's other two spellings of a day, which dateparser misreads or refuses: the basic form
# ("20250315", "20250315T103200Z") and the week date ("2025-W11-6", "2025W116").
_ISO_BASIC_DATE = re.compile(
    rf"((?:19|20)\d{{2}})(\d{{2}})(\d{{2}})(?:T\d{{2}}(?::?\d{{2}}(?::?\d{{2}}(?:\.\d+)?)?)?{_ISO_ZONE})?"
)
_ISO_WEEK_DATE = re.compile(r"(\d{4})-?W(\d{2})-?([1-7])(?:T\S*)?")
# An export's note after the date: "2025-07-21 (week 30)", "15 March 2025 (updated)".
_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)$")
_DATEPARSER_SETTINGS: dict[str, Any] = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
    "DATE_ORDER": "DMY",
    # No "relative-time" nor "timestamp": "yesterday" or "1742000000" is not a date a person wrote down.
    "PARSERS": ["custom-formats", "absolute-time"],
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# htmldate's default upper bound is "now": a fixed one keeps loading independent of the clock.
_HTMLDATE_MAX = dt.datetime(2100, 12, 31)
_HTML_CONFIDENCE = 0.9
# A page whose markup gives only when it was last modified ("article:modified_time", "dateModified"):
# the article may be older.  (The text trafilatura extracts has lost the page's visible byline, so
# nothing in it can say by how much.)
_HTML_MODIFIED_CONFIDENCE = 0.6
_MODIFIED_MARKUP = re.compile(r"modif|updat", re.IGNORECASE)
# A line of prose: a few words, then the end of a sentence. What trafilatura keeps from a page
# without an article (a section front, an index) is menu and link text: "World", "Sport".
_PROSE_LINE = re.compile(r"(?:\S+\s+){3,}\S*[.!?…][\"'”’)]*(?:\s|$)")


@attrs.frozen
class Loaded:
    """Everything :func:`load` produced, in input order."""

    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...]
    warnings: tuple[str, ...]


def load(paths: Iterable[PathArg], metadata: PathArg | None = None, *, jobs: int = 1) -> Loaded:
    """Load every article under ``paths`` (files or directories).

    ``metadata`` names a CSV whose rows add to or override what the inputs
    say (and what any ``metadata.csv`` found among them says).  Raises
    :class:`MetadataError` if that CSV is malformed and :class:`LoadError`
    if it cannot be read; problems with articles never raise.  Warnings are
    returned, and logged only at DEBUG level so that they are not shown twice.
    ``jobs``: worker processes that read HTML pages (extracting an article
    from a page takes far longer than any later stage); the result is the same.
    """
    run = _Run(paths, metadata, log_level=logging.DEBUG, jobs=jobs)
    documents: list[Document] = []
    skipped: list[Skipped] = []
    for item in run:
        if isinstance(item, Document):
            documents.append(item)
        else:
            skipped.append(item)
    return Loaded(documents=tuple(documents), skipped=tuple(skipped), warnings=tuple(run.warnings))


def iter_load(
    paths: Iterable[PathArg], metadata: PathArg | None = None, *, jobs: int = 1
) -> Iterator[Document | Skipped]:
    """Like :func:`load`, one result at a time; warnings go to this module's logger.

    The explicit metadata file is read on the first ``next()``.  Warnings
    about metadata rows that matched nothing come after the last result.
    With ``jobs`` above 1 the pages are read ahead, in worker processes.
    """
    return iter(_Run(paths, metadata, log_level=logging.WARNING, jobs=jobs))


def load_text(text: str, id: str = "text", **fields: Any) -> Document:
    """A document from a string, with the same newline and headline rules as a file.

    ``fields`` are :class:`Document` fields (title, path, url, source,
    published); ``published`` may be a :class:`datetime.date` or a string
    read as a metadata CSV's is ("2025-03-15", "15 March 2025"), taken as
    explicit metadata.  Without ``title`` the headline rule picks one.
    Give each document its own ``id``: build_timeline refuses two with one.

    Raises MetadataError for a ``published`` that is no date.
    """
    text = _normalize_newlines(text.removeprefix("\ufeff"))
    published = fields.get("published")
    if isinstance(published, str):
        written = published
        published = parse_date(written)
        if published is None:
            raise MetadataError(f"load_text: bad date {written!r}")
    if isinstance(published, dt.date):
        if isinstance(published, dt.datetime):
            published = published.date()
        fields["published"] = PublicationDate.exact(published, Method.METADATA, evidence="given to load_text")
    elif published is not None and not isinstance(published, PublicationDate):
        raise MetadataError(f"load_text: published must be a date, not {published!r}")
    if "title" not in fields:
        fields["title"] = headline(text)
    return Document(id=id, text=text, **fields)


def headline(text: str) -> str | None:
    """The first line of ``text`` if it reads as a headline, else None.

    A headline is the first non-blank line, followed by more text, at most
    ``HEADLINE_MAX`` characters long, containing a letter, and not ending
    like a sentence (``.``, ``,``, ``;``, ``:`` or ``…``, ignoring closing
    quotes and brackets); ``?`` and ``!`` are fine.
    """
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    first = first.strip()
    if not first or len(first) > HEADLINE_MAX or not rest.strip():
        return None
    if first.rstrip(_CLOSERS).endswith(_SENTENCE_END):
        return None
    if not any(char.isalpha() for char in first):
        return None
    return first


# --------------------------------------------------------------------------- the run


@attrs.frozen
class _Entry:
    """A regular file found among the inputs: its path as the user would write it, and its real path."""

    path: str
    real: str
    listed: bool = False  # found by walking a directory, not named by the user


class _Run:
    """One pass over the inputs; collects warnings, keeps ids unique, applies metadata."""

    def __init__(self, paths: Iterable[PathArg], metadata: PathArg | None, log_level: int, jobs: int) -> None:
        check_jobs(jobs)
        self.warnings: list[str] = []
        self._log_level = log_level
        self._jobs = jobs
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]  # one path, not an iterable of its characters
        self._paths = [os.fspath(path) for path in paths]
        self._metadata = None if metadata is None else os.fspath(metadata)
        self._ids: set[str] = set()

    def warn(self, message: str) -> None:
        logger.log(self._log_level, "%s", message)
        self.warnings.append(message)

    def received(self, item: Document | Skipped, warnings: list[str]) -> Iterator[Document | Skipped]:
        """A page read (in a worker process, or here): its warnings told here, in turn."""
        for message in warnings:
            self.warn(message)
        yield item

    def __iter__(self) -> Iterator[Document | Skipped]:
        explicit = _read_metadata(self._metadata, self, strict=True) if self._metadata is not None else None
        explicit_real = os.path.realpath(self._metadata) if self._metadata is not None else None

        # Listing first (cheap) lets every metadata.csv be read before the first article is yielded.
        listing: list[_Entry | Skipped] = []
        csv_entries: list[_Entry] = []
        for found in _walk(self._paths):
            if isinstance(found, Skipped):
                listing.append(found)
            elif found.real == explicit_real:
                continue
            elif os.path.basename(found.path) == METADATA_NAME:
                csv_entries.append(found)
            elif found.listed and (reason := _NOT_ARTICLES.get(os.path.splitext(found.path)[1].lower())):
                listing.append(Skipped(path=found.path, reason=reason))
            else:
                listing.append(found)

        index = _MetadataIndex()
        for entry in csv_entries:
            table = _read_metadata(entry.path, self, strict=False)
            if table is not None:
                index.add(table)
        if explicit is not None:
            index.add(explicit)  # last, so that it overrides
        index.mark_paths(found.real for found in listing if isinstance(found, _Entry))

        pages = [i for i, found in enumerate(listing) if isinstance(found, _Entry) and _is_page(found.path)]
        with _page_readers(self._jobs, len(pages)) as pool:
            # In input order, so that results and warnings come out as from one process.
            reading = {} if pool is None else {i: pool.submit(_load_page, listing[i].path) for i in pages}
            for position, found in enumerate(listing):
                if isinstance(found, Skipped):
                    yield found
                    continue
                page = reading.pop(position, None)
                loaded = _load_file(found.path, self) if page is None else self.received(*page.result())
                for item in loaded:
                    if isinstance(item, Document):
                        item = self._finish(item, found, index)
                    yield item
        for row in index.unused():
            self.warn(f"{row.csv} line {row.line}: no input file or document named {row.key!r}")

    def _finish(self, document: Document, entry: _Entry, index: _MetadataIndex) -> Document:
        unique = document.id
        if unique in self._ids:
            number = 2
            while f"{document.id}-{number}" in self._ids:
                number += 1
            unique = f"{document.id}-{number}"
            self.warn(f"{document.path}: id {document.id!r} already used, renamed {unique!r}")
        self._ids.add(unique)
        document = attrs.evolve(document, id=unique)
        return index.apply(document, entry.real)


# --------------------------------------------------------------------------- finding files


def _walk(paths: Iterable[str]) -> Iterator[_Entry | Skipped]:
    """Regular files under ``paths``: arguments in the given order, directories depth-first by name.

    Hidden entries inside directories are left out (a hidden file named
    explicitly is kept).  Each real directory and file is visited once, which
    also stops symlink loops.
    """
    seen_dirs: set[str] = set()
    seen_files: set[str] = set()
    for top in paths:
        stack = [top]
        while stack:
            path = stack.pop()
            listed = path is not top
            try:
                info = os.stat(path)
            except FileNotFoundError:
                reason = "broken symbolic link" if os.path.islink(path) else "no such file or directory"
                yield Skipped(path=path, reason=reason)
                continue
            except OSError as error:
                yield Skipped(path=path, reason=_os_reason(error))
                continue
            real = os.path.realpath(path)
            if stat.S_ISDIR(info.st_mode):
                if real in seen_dirs:
                    logger.debug("%s: directory already visited (symlink loop or repeat)", path)
                    continue
                seen_dirs.add(real)
                try:
                    names = sorted(os.listdir(path))
                except OSError as error:
                    yield Skipped(path=path, reason=_os_reason(error))
                    continue
                # Reversed onto a stack, so they come off in sorted order.
                stack.extend(os.path.join(path, name) for name in reversed(names) if not name.startswith("."))
            elif not stat.S_ISREG(info.st_mode):
                # Reading a FIFO or a device could block forever.
                yield Skipped(path=path, reason="not a regular file")
            elif real in seen_files:
                logger.debug("%s: file already loaded", path)
            else:
                seen_files.add(real)
                yield _Entry(path=path, real=real, listed=listed)


def _os_reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    return (error.strerror or str(error)).lower()


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as stream:
        return stream.read()


# --------------------------------------------------------------------------- decoding


def _binary_kind(head: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return None


def _bom_codec(data: bytes) -> tuple[str, int] | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


def _decode(data: bytes, path: str, run: _Warner, fallback: str | None = None) -> str | Skipped:
    """Bytes → text by the encoding policy, or a Skipped for binary data.

    UTF-8 (BOM stripped) and UTF-16 with a BOM are read silently; anything
    else as ``fallback`` (a charset the file declared) or as cp1252 with a
    warning.  The result still has its original newlines.
    """
    kind = _binary_kind(data[:_MAGIC_LENGTH])
    if kind is not None:
        return Skipped(path=path, reason=f"binary file ({kind})")
    bom = _bom_codec(data)
    if bom is not None:
        codec, skip = bom
        try:
            return data[skip:].decode(codec)
        except UnicodeDecodeError:
            run.warn(f"{path}: invalid {codec} after its byte order mark, bad bytes replaced")
            return data[skip:].decode(codec, errors="replace")
    if b"\x00" in data:
        return Skipped(path=path, reason="binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if fallback is not None:
        try:
            return data.decode(fallback)
        except (UnicodeDecodeError, LookupError):
            pass
    run.warn(f"{path}: not UTF-8, decoded as cp1252")
    return data.decode("cp1252", errors="replace")


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------- one file


def _load_file(path: str, run: _Run) -> Iterator[Document | Skipped]:
    suffix = os.path.splitext(path)[1].lower()
    if suffix in _JSONL_SUFFIXES:
        yield from _load_jsonl(path, run)
        return
    if _is_page(path):
        yield from run.received(*_load_page(path))
        return
    try:
        data = _read_bytes(path)
    except OSError as error:
        yield Skipped(path=path, reason=_os_reason(error))
        return
    yield _load_plain(data, path, run)


def _is_page(path: str) -> bool:
    return os.path.splitext(path)[1].lower() in _HTML_SUFFIXES


class _Warner(Protocol):
    def warn(self, message: str) -> None: ...


class _Warnings:
    """What reading a file in a worker had to say, told by the main process in turn."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def warn(self, message: str) -> None:
        self.messages.append(message)


def _load_page(path: str) -> tuple[Document | Skipped, list[str]]:
    """An HTML page read, and the warnings reading it gave: picklable, for a worker process."""
    warnings = _Warnings()
    try:
        data = _read_bytes(path)
    except OSError as error:
        return Skipped(path=path, reason=_os_reason(error)), []
    return _load_html(data, path, warnings), warnings.messages


@contextlib.contextmanager
def _page_readers(jobs: int, pages: int) -> Iterator[ProcessPoolExecutor | None]:
    """Worker processes to read ``pages`` HTML pages, or None when one process is better."""
    if jobs <= 1 or pages < _PAGE_POOL_MINIMUM:
        yield None
        return
    # Imported before the workers start, so that each need not import them again.
    import htmldate  # noqa: F401
    import trafilatura  # noqa: F401

    with process_pool(min(jobs, pages)) as pool:
        yield pool


# A page takes 10-30 ms to extract; a pool costs about as much as a few pages to start.
_PAGE_POOL_MINIMUM = 8


def _stem(path: str) -> str:
    return Path(path).stem or Path(path).name


def _load_plain(data: bytes, path: str, run: _Run) -> Document | Skipped:
    decoded = _decode(data, path, run)
    if isinstance(decoded, Skipped):
        return decoded
    text = _normalize_newlines(decoded)
    if not text.strip():
        return Skipped(path=path, reason="empty")
    return Document(id=_stem(path), text=text, title=headline(text), path=path)


def _load_jsonl(path: str, run: _Run) -> Iterator[Document | Skipped]:
    """One article per line, read line by line so a large feed is never held whole."""
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below; a with-block would hold it across yields
    except OSError as error:
        yield Skipped(path=path, reason=_os_reason(error))
        return
    with stream:
        head = stream.read(_MAGIC_LENGTH)
        stream.seek(0)
        kind = _binary_kind(head)
        if kind is not None:
            yield Skipped(path=path, reason=f"binary file ({kind})")
            return
        if _bom_codec(head) is not None and not head.startswith(codecs.BOM_UTF8):
            # UTF-16 has NUL bytes in every line: decode it whole, then split.
            decoded = _decode(stream.read(), path, run)
            if isinstance(decoded, Skipped):
                yield decoded
                return
            lines: Iterable[str] = decoded.split("\n")
        else:
            lines = _utf8_lines(stream, path, run)
        found = False
        for lineno, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            found = True
            yield _jsonl_article(line, lineno, path, run)
        if not found:
            yield Skipped(path=path, reason="empty")


def _utf8_lines(stream: io.BufferedReader, path: str, run: _Run) -> Iterator[str]:
    warned = False
    for lineno, raw in enumerate(stream, start=1):
        if lineno == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            if not warned:
                run.warn(f"{path} line {lineno}: not UTF-8, decoded as cp1252")
                warned = True
            yield raw.decode("cp1252", errors="replace")


def _jsonl_article(line: str, lineno: int, path: str, run: _Run) -> Document | Skipped:
    where = f"{path}:{lineno}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return Skipped(path=where, reason=f"not valid JSON ({error.msg})")
    if not isinstance(record, dict):
        return Skipped(path=where, reason="not a JSON object")
    for wrapper in _JSONL_WRAPPERS:
        inner = record.get(wrapper)
        if isinstance(inner, dict):
            record = {**inner, **{key: value for key, value in record.items() if key != wrapper}}
    text_field = next((name for name in _JSONL_TEXT_FIELDS if name in record), "text")
    text = record.get(text_field)
    if not isinstance(text, str):
        return Skipped(path=where, reason="no 'text'")
    if not text.strip():
        return Skipped(path=where, reason=f"blank {text_field!r}")
    fields: dict[str, str] = {}
    date_field: tuple[str, str | int] | None = None  # the record's name of the date, and its value
    for field, names in _JSONL_FIELDS.items():
        name = next((name for name in names if record.get(name) not in (None, "")), None)
        if name is None:
            continue
        value = _extended_json_date(record[name])
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            run.warn(f"{path} line {lineno}: field {name!r} is not a string, ignored")
            continue
        fields[field] = str(value).strip()
        if field == "published":
            date_field = name, value
    published = None
    if date_field is not None:
        name, value = date_field
        date, how = _jsonl_date(value)
        if date is None:
            run.warn(f"{path} line {lineno}: bad date {fields['published']!r}")
        else:
            published = PublicationDate.exact(date, Method.METADATA, evidence=f"jsonl field {name!r}{how}")
    text = _normalize_newlines(text)
    return Document(
        id=fields.get("id") or f"{_stem(path)}-{lineno}",
        text=text,
        title=fields.get("title") or None,
        path=path,
        url=fields.get("url"),
        source=fields.get("source"),
        published=published,
    )


def _extended_json_date(value: Any) -> Any:
    """A MongoDB export's date, ``{"$date": "2025-08-29T10:00:00Z"}`` or ``{"$date": {"$numberLong":
    "1756461600000"}}``, as the string or number it holds; any other value as it is."""
    if isinstance(value, dict) and set(value) == {"$date"}:
        value = value["$date"]
        if isinstance(value, dict) and set(value) == {"$numberLong"} and str(value["$numberLong"]).isdigit():
            return int(value["$numberLong"])
    return value


def _jsonl_date(value: str | int) -> tuple[dt.date | None, str]:
    """The date of a JSON Lines date field, and how it was read when not as written: a number is
    Unix time (JSON has no date type, and feeds write one so), a string is read as a metadata date."""
    if isinstance(value, str):
        date = parse_date(value)
        # Feeds that write every field as a string write Unix time so too: "1746959520".
        if date is not None or not value.strip().isdigit():
            return date, ""
        value = int(value)
    seconds = value if value in _UNIX_SECONDS else value // 1000 if value in _UNIX_MILLISECONDS else None
    if seconds is None:
        return None, ""
    return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date(), " (Unix time, UTC)"


# --------------------------------------------------------------------------- HTML


def _load_html(data: bytes, path: str, run: _Warner) -> Document | Skipped:
    charset = _META_CHARSET.search(data[:4096])
    declared = charset.group(1).decode("ascii") if charset else None
    decoded = _decode(data, path, run, fallback=declared)
    if isinstance(decoded, Skipped):
        return decoded
    if not decoded.strip():
        return Skipped(path=path, reason="empty")
    page = _parse_html(decoded)
    if isinstance(page, str):
        return Skipped(path=path, reason=page)
    return attrs.evolve(page, id=_stem(path), path=path)


def _html_tree(html: str) -> Any:
    """A fresh lxml tree; never touches the network and never expands external entities."""
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        default_doctype=False,
    )
    try:
        return lxml_html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def _parse_html(html: str) -> Document | str:
    """Article text, title, url, source and date of a page, or why there is none.

    trafilatura and htmldate are handed parsed trees, never strings: given a
    string that looks like a URL, htmldate would download it.
    """
    import htmldate
    import trafilatura

    tree = _html_tree(html)
    if tree is None:
        return "not parseable as HTML"
    # Each library gets its own tree: neither promises to leave its input untouched.
    text = _extract_text(html)
    if not text or not _PROSE_LINE.search(text):
        return "no article text found in HTML"
    meta = trafilatura.extract_metadata(_html_tree(html), extensive=False)
    title = _clean(meta.title) or _clean(tree.findtext(".//title"))
    found = htmldate.find_date(
        _html_tree(html),
        extensive_search=False,
        original_date=True,
        outputformat="%Y-%m-%d",
        max_date=_HTMLDATE_MAX,
    )
    published = None
    if found:
        date = dt.date.fromisoformat(found)
        evidence = _date_evidence(tree, found)
        confidence = _HTML_MODIFIED_CONFIDENCE if _MODIFIED_MARKUP.search(evidence) else _HTML_CONFIDENCE
        published = PublicationDate.exact(date, Method.HTML, evidence=evidence, confidence=confidence)
    return Document(
        id="html",
        text=_normalize_newlines(text),
        title=title,
        url=_canonical_url(tree),
        source=_clean(meta.sitename),
        published=published,
    )


def _extract_text(html: str) -> str | None:
    """The article's text, a paragraph a line.

    Below trafilatura's minimum size (250 characters) for what its main extractor finds, it falls
    back on a baseline that runs the whole page into one line: a short news brief then came out
    as "New bridge opens to traffic Published The new bridge…", its headline glued to its first
    sentence.  Such a page is extracted again with no minimum, and that kept when it holds
    nearly as much text (it is the same article, in paragraphs, not a fragment of the page).
    """
    import trafilatura

    def extract(**settings: Any) -> str | None:
        found: str | None = trafilatura.extract(
            _html_tree(html),
            include_comments=False,
            include_tables=True,
            favor_recall=True,
            deduplicate=False,
            **settings,
        )
        return found

    text = extract()
    if text is None or "\n" in text.strip():
        return text
    again = extract(config=_short_page_settings())
    if again is not None and "\n" in again.strip() and len(again) >= _SHORT_PAGE_KEPT * len(text):
        return again
    return text


_SHORT_PAGE_KEPT = 0.8


@functools.cache
def _short_page_settings() -> Any:
    from trafilatura.settings import use_config

    settings = use_config()
    settings.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    return settings


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _canonical_url(tree: Any) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and _clean(link.get("href")):
            return _clean(link.get("href"))
    for meta in tree.iter("meta"):
        kind = (meta.get("property") or meta.get("name") or "").lower()
        if kind == "og:url" and _clean(meta.get("content")):
            return _clean(meta.get("content"))
    return None


def _date_evidence(tree: Any, found: str) -> str:
    """The markup that most likely gave htmldate its date, for --explain."""
    for element in tree.iter("meta", "time"):
        value = element.get("content") if element.tag == "meta" else element.get("datetime")
        if value and value.strip().startswith(found):
            if element.tag == "time":
                return f'html <time datetime="{value.strip()}">'
            for attribute in ("property", "name", "itemprop", "http-equiv"):
                if element.get(attribute):
                    return f'html <meta {attribute}="{element.get(attribute)}" content="{value.strip()}">'
    return f"html markup (htmldate): {found}"


# --------------------------------------------------------------------------- metadata CSV


def parse_date(raw: str) -> dt.date | None:
    """An explicitly written calendar date, or None.

    ISO 8601 (``2025-03-15``, optionally with a time) is read directly; other
    complete day-month-year forms through dateparser, day first when
    ambiguous; a note in brackets after the date is passed over.  Relative
    words ("yesterday") and partial dates are refused.
    """
    raw = raw.strip()
    noted = _TRAILING_NOTE.search(raw)
    if noted is not None and noted.start() > 0:
        return parse_date(raw[: noted.start()])
    try:
        if iso := _ISO_DATE.fullmatch(raw):
            return dt.date.fromisoformat(iso.group(1))
        if basic := _ISO_BASIC_DATE.fullmatch(raw):
            return dt.date(*(int(number) for number in basic.groups()))
        if week := _ISO_WEEK_DATE.fullmatch(raw):
            return dt.date.fromisocalendar(*(int(number) for number in week.groups()))
    except ValueError:
        return None
    if not any(char.isdigit() for char in raw):
        return None  # no year, so never a complete date; also spares dateparser's slow path
    import dateparser

    parsed = dateparser.parse(raw, settings=_DATEPARSER_SETTINGS)
    return parsed.date() if parsed is not None else None


@attrs.frozen
class _Row:
    csv: str
    line: int
    key: str  # the `file` cell as written
    target: str  # realpath of the file it names, relative to the CSV's folder
    published: PublicationDate | None
    source: str | None
    title: str | None
    url: str | None


@attrs.frozen
class _Table:
    path: str
    rows: tuple[_Row, ...]


def _read_metadata(path: str, run: _Run, *, strict: bool) -> _Table | None:
    """Parse one metadata CSV; a malformed file raises when ``strict``, else warns and gives None."""
    try:
        data = _read_bytes(path)
    except OSError as error:
        if strict:
            raise LoadError(f"{path}: cannot read metadata file: {_os_reason(error)}") from error
        run.warn(f"{path}: cannot read metadata file: {_os_reason(error)}")
        return None
    decoded = _decode(data, path, run)
    try:
        if isinstance(decoded, Skipped):
            raise MetadataError(f"{path}: not a CSV file: {decoded.reason}")
        return _parse_metadata(decoded, path, run)
    except MetadataError as error:
        if strict:
            raise
        run.warn(f"{error}; file ignored")
        return None


def _parse_metadata(text: str, path: str, run: _Run) -> _Table:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [cell.strip().lower() for cell in next(reader)]
    except StopIteration:
        raise MetadataError(f"{path}: empty metadata file, expected a header with a 'file' column") from None
    except csv.Error as error:
        raise MetadataError(f"{path} line 1: {error}") from error
    if "file" not in header:
        raise MetadataError(
            f"{path}: no 'file' column (found: {', '.join(repr(c) for c in header)}; "
            f"expected: {', '.join(_METADATA_COLUMNS)})"
        )
    unknown = [column for column in header if column not in _METADATA_COLUMNS]
    if unknown:
        run.warn(f"{path}: unknown column(s) ignored: {', '.join(unknown)}")
    folder = os.path.dirname(os.path.abspath(path))
    name = os.path.basename(path)
    rows: list[_Row] = []
    seen: dict[str, int] = {}
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            run.warn(f"{path} line {reader.line_num}: {error}; rest of the file ignored")
            break
        if not any(cell.strip() for cell in cells):
            continue
        line = reader.line_num
        record = {column: cells[i].strip() for i, column in enumerate(header) if i < len(cells)}
        key = record.get("file", "")
        if not key:
            run.warn(f"{path} line {line}: empty 'file', row ignored")
            continue
        if key in seen:
            run.warn(f"{path} line {line}: {key!r} already listed on line {seen[key]}; this row wins")
        seen[key] = line
        published = None
        if record.get("published"):
            date = parse_date(record["published"])
            if date is None:
                run.warn(f"{path} line {line}: bad date {record['published']!r}")
            else:
                published = PublicationDate.exact(
                    date, Method.METADATA, evidence=f"{name}: published {record['published']}"
                )
        rows.append(
            _Row(
                csv=path,
                line=line,
                key=key,
                target=os.path.realpath(os.path.join(folder, key)),
                published=published,
                source=record.get("source") or None,
                title=record.get("title") or None,
                url=record.get("url") or None,
            )
        )
    return _Table(path=path, rows=tuple(rows))


class _MetadataIndex:
    """Rows by the file and by the id they name; later tables override earlier ones."""

    def __init__(self) -> None:
        self._order: dict[_Row, int] = {}
        self._by_path: dict[str, list[_Row]] = {}
        self._by_id: dict[str, list[_Row]] = {}
        self._used: set[_Row] = set()

    def add(self, table: _Table) -> None:
        for row in table.rows:
            self._order[row] = len(self._order)
            self._by_path.setdefault(row.target, []).append(row)
            self._by_id.setdefault(row.key, []).append(row)

    def mark_paths(self, reals: Iterable[str]) -> None:
        """Rows naming an input file are known even if that file is then skipped."""
        for real in reals:
            self._used.update(self._by_path.get(real, ()))

    def apply(self, document: Document, real: str) -> Document:
        rows = {*self._by_path.get(real, ()), *self._by_id.get(document.id, ())}
        if not rows:
            return document
        self._used.update(rows)
        for row in sorted(rows, key=self._order.__getitem__):
            document = attrs.evolve(
                document,
                published=row.published or document.published,
                source=row.source or document.source,
                title=row.title or document.title,
                url=row.url or document.url,
            )
        return document

    def unused(self) -> list[_Row]:
        return [row for row in self._order if row not in self._used]
