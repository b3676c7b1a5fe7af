"""The ``timeline`` command: read articles, write one chronology.

Thin by design: parse the command line, call the library, pick an exporter,
and turn every expected failure into one line on stderr and an exit code.
This is the only module that prints, exits or configures logging.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import logging
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from timeline import __version__
from timeline.config import Config
from timeline.errors import TimelineError
from timeline.export import FORMATS
from timeline.export import text as text_export
from timeline.filters import filter_events
from timeline.load import METADATA_NAME, load, read_from_folder
from timeline.model import Document, Method, Skipped, Status, Timeline
from timeline.pipeline import build_timeline

__all__ = ["EXIT_ERROR", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_SKIPPED", "main"]

EXIT_OK = 0
EXIT_SKIPPED = 1  # the timeline was written, but some inputs could not be used
EXIT_ERROR = 2  # usage error, or nothing usable to build a timeline from
EXIT_INTERRUPTED = 130  # the shell's convention for SIGINT

PROG = "timeline"
log = logging.getLogger(__name__)
# Below this a run takes a few seconds at most and a bar would only flicker.
PROGRESS_THRESHOLD = 200

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

EPILOG = """\
examples:
  timeline seeds/                             print the chronology of every article in seeds/
  timeline a.txt b.html -f ics -o war.ics     write an iCalendar file to import in a calendar
  timeline seeds/ -f csv -o events.csv        one row per event, for a spreadsheet
  timeline seeds/ -f json | jq '.events[0]'   machine-readable, with every source
  timeline seeds/ --since 2025-03-01 --until 2025-03-31 --about ceasefire
  timeline seeds/ --status planned --min-sources 2
  timeline undated/ --reference 2025-03-15    assume this publication date when an article has none
  timeline pages/ --metadata dates.csv        publication dates from a metadata file (docs/input.md)
  timeline seeds/ --explain                   why each event got its date and its sources
  timeline seeds/ --color always | less -R    keep the colours through a pager

exit status:
  0    success
  1    the timeline was written, but some inputs were skipped (listed on stderr)
  2    usage error, or nothing usable could be read (one line on stderr)
  130  interrupted

Full documentation: docs/usage.md.
"""


class _Fatal(Exception):
    """A condition the CLI reports as one error line and exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, not argparse's usage dump: the message must survive `2>&1 | tail -1`.
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def _iso_date(text: str) -> dt.date:
    # date.fromisoformat alone would also take "20250315" and "2025-W11-2".
    if not _ISO_DATE.fullmatch(text):
        raise argparse.ArgumentTypeError(f"invalid date {text!r} (expected YYYY-MM-DD)")
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"invalid date {text!r} ({error})") from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _existing_file(text: str) -> Path:
    path = Path(text)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"no such file: {text}")
    return path


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Turn a pile of news articles into one dated, merged chronology.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="articles (plain text, .html, .jsonl) or directories of them, read recursively; "
        "a metadata.csv found among them is used too",
    )

    output = parser.add_argument_group("output")
    output.add_argument(
        "-f",
        "--format",
        choices=list(FORMATS),
        default=None,
        help="output format (default: text, or from the -o file's extension: .csv .ics .json .txt)",
    )
    output.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        help="write to FILE (replaced atomically) instead of standard output",
    )
    output.add_argument(
        "--explain",
        action="store_true",
        help="text format: show how each date was resolved and why mentions were merged",
    )
    output.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour the text format (default: auto, i.e. on a terminal unless NO_COLOR is set)",
    )

    dating = parser.add_argument_group("dating")
    dating.add_argument(
        "--reference",
        metavar="DATE",
        type=_iso_date,
        help="publication date (YYYY-MM-DD) to assume for articles that nothing else dates, not even "
        "alignment with the other articles",
    )
    dating.add_argument(
        "--metadata",
        metavar="FILE",
        type=_existing_file,
        help="CSV of publication dates, sources, titles or URLs by file name (see docs/input.md)",
    )
    order = dating.add_mutually_exclusive_group()
    order.add_argument(
        "--day-first",
        dest="day_first",
        action="store_true",
        default=True,
        help="when 03/04/2025 could be either, and both are as near the publication date: 3 April (default)",
    )
    order.add_argument(
        "--month-first",
        dest="day_first",
        action="store_false",
        help="... or March 4 (US usage)",
    )
    dating.add_argument(
        "-j",
        "--jobs",
        metavar="N",
        type=_positive_int,
        default=1,
        help="worker processes for reading HTML pages and the per-article stages (default: %(default)s)",
    )

    filters = parser.add_argument_group("filters (an event is kept when it passes all of them)")
    filters.add_argument("--since", metavar="DATE", type=_iso_date, help="events ending on or after DATE")
    filters.add_argument("--until", metavar="DATE", type=_iso_date, help="events starting on or before DATE")
    filters.add_argument(
        "--about",
        metavar="TEXT",
        help="events whose title, sentences or actors contain every word of TEXT "
        "(ignoring case and accents; a word also matches longer words it begins)",
    )
    filters.add_argument(
        "--min-sources",
        metavar="N",
        type=_positive_int,
        default=1,
        help="events reported by at least N distinct articles",
    )
    filters.add_argument(
        "--status",
        action="append",
        choices=[status.value for status in Status],
        help="events with this status; repeat to allow several",
    )

    messages = parser.add_argument_group("messages")
    loudness = messages.add_mutually_exclusive_group()
    loudness.add_argument("-q", "--quiet", action="store_true", help="no warnings and no progress bar")
    loudness.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help="log progress (-v), details (-vv), and other libraries' details too (-vvv)",
    )
    messages.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``) and return its exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(None if argv is None else list(argv))
        if args.since and args.until and args.since > args.until:
            parser.error(f"--since {args.since} is after --until {args.until}")
    except SystemExit as stop:  # --help, --version and usage errors
        return stop.code if isinstance(stop.code, int) else EXIT_ERROR

    _configure_logging(args.verbose)
    try:
        return _run(args)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`timeline ... | head`): what it wanted, it got.
        _discard_stdout()
        return EXIT_OK
    except (_Fatal, TimelineError) as error:
        return _fail(str(error))
    except OSError as error:
        return _fail(_describe_os_error(error))


# What ``-o FILE`` without ``-f`` writes, by FILE's extension: an events.ics full of text would
# only confuse the calendar that opens it.
_FORMAT_BY_SUFFIX = {
    ".csv": "csv", ".ics": "ics", ".ical": "ics", ".ifb": "ics", ".json": "json",
    "": "text", ".txt": "text", ".text": "text",
}  # fmt: skip


def _run(args: argparse.Namespace) -> int:
    output: Path | None = args.output
    if args.format is None:
        suffix = output.suffix.lower() if output is not None else ""
        args.format = _FORMAT_BY_SUFFIX.get(suffix)
        if args.format is None:
            # "-o events.xlsx" would otherwise be a text file that the spreadsheet cannot open.
            raise _Fatal(
                f"{output}: no output format has the extension {suffix!r}; name the file .csv, .ics, "
                ".json or .txt, or give one with -f FORMAT"
            )
    if output is not None:
        # Checked before any work, so a typo does not cost a whole run.
        given = [Path(name) for name in args.paths]
        _check_output(output, inputs=given if args.metadata is None else [*given, args.metadata])
    loaded = load(args.paths, metadata=args.metadata, jobs=args.jobs)
    # What a folder holds beside its articles and reading a folder never takes in (the exports of
    # earlier runs, tables, calendars) is passed over: no input went missing, so it is not listed
    # nor does it make the exit status 1 (`timeline news/ -o news/events.ics` each morning, then
    # `timeline news/ -f csv -o week.csv`), unless nothing else could be read.
    named = {os.path.normpath(name) for name in args.paths}
    skipped: list[Skipped] = []
    passed_over: list[Skipped] = []
    for item in loaded.skipped:
        unasked = not read_from_folder(item.path) and os.path.normpath(item.path) not in named
        (passed_over if unasked else skipped).append(item)
    if not loaded.documents:
        unread = [*skipped, *passed_over]
        raise _Fatal(_nothing_read(unread) if unread else f"no articles found in {', '.join(args.paths)}")
    for item in passed_over:
        log.info("passed over %s: %s", item.path, item.reason)
    if output is not None:
        _check_output(output, inputs=[Path(doc.path) for doc in loaded.documents if doc.path])
    for item in skipped:
        _report_skip(item)
    if not args.quiet:
        for warning in loaded.warnings:
            _warn(warning)
        if args.explain and args.format != "text":
            _warn(f"--explain only changes the text format, not {args.format}")

    config = Config(reference=args.reference, day_first=args.day_first, jobs=args.jobs)
    with _progress(len(loaded.documents), enabled=not args.quiet):
        built = build_timeline(loaded.documents, config, skipped=skipped)
    if not args.quiet:
        weak = _weakly_dated(built.documents)
        if weak:
            _warn(
                f"{len(weak)} of {len(built.documents)} articles dated on weak evidence "
                f"(confidence {WEAK_CONFIDENCE} or less): {_some(weak)}; check them, or give their "
                "dates in a metadata.csv (see docs/input.md)"
            )
        # Only the text view says ASSUMED beside such an article: an export would carry on as if
        # the dates were known.
        assumed = [
            doc.id for doc in built.documents if doc.published and doc.published.method is Method.REFERENCE
        ]
        if assumed:
            _warn(
                f"{len(assumed)} of {len(built.documents)} articles dated only by --reference "
                f"{args.reference.isoformat()}, which nothing in them confirms: {_some(assumed)}; their "
                "relative dates are counted from it"
            )

    chosen = filter_events(
        built,
        since=args.since,
        until=args.until,
        about=args.about,
        min_sources=args.min_sources,
        status=None if args.status is None else {Status(value) for value in args.status},
    )

    _emit(chosen, args)
    return EXIT_SKIPPED if skipped else EXIT_OK


# At or below this an inferred date is right about one time in five on the silver benchmark
# (docs/dating.md); a date from the content alone (0.3) is only a lower bound.
WEAK_CONFIDENCE = 0.3
_NAMED_AT_MOST = 10  # articles named in the warning; a big run gives the count of the rest


def _some(names: Sequence[str]) -> str:
    """The first names of a list, and how many more."""
    shown = ", ".join(names[:_NAMED_AT_MOST])
    return shown + (f" and {len(names) - _NAMED_AT_MOST} more" if len(names) > _NAMED_AT_MOST else "")


def _weakly_dated(documents: Iterable[Document]) -> list[str]:
    """The ids (with their confidence) of documents whose inferred date is little better than a guess."""
    return [
        f"{document.id} ({document.published.confidence:.2f})"
        for document in documents
        if document.published is not None
        and document.published.method in (Method.CONTENT, Method.ALIGNMENT)
        and document.published.confidence <= WEAK_CONFIDENCE
    ]


def _emit(chosen: Timeline, args: argparse.Namespace) -> None:
    def write(stream: TextIO, color: bool) -> None:
        if args.format == "text":
            text_export.write(chosen, stream, color=color, explain=args.explain)
        else:
            FORMATS[args.format](chosen, stream)

    if args.output is None:
        # Rendered whole first: a failed export then prints nothing rather than half a file,
        # and a closed pipe surfaces here as BrokenPipeError (rich would exit(1) on its own).
        rendered = io.StringIO()
        write(rendered, _use_color(args.color, sys.stdout.isatty()))
        sys.stdout.write(rendered.getvalue())
        sys.stdout.flush()
    else:
        # A CSV file starts with a UTF-8 byte order mark: without it Excel reads the file as the
        # local ANSI code page and turns every curly quote and accent into mojibake.
        encoding = "utf-8-sig" if args.format == "csv" else "utf-8"
        _write_atomically(args.output, lambda stream: write(stream, _use_color(args.color, False)), encoding)


def _check_output(output: Path, inputs: Iterable[Path]) -> None:
    if output.is_dir():
        raise _Fatal(f"cannot write to {output}: it is a directory")
    if not output.parent.is_dir():
        raise _Fatal(f"cannot write to {output}: no such directory {output.parent}")
    exists = output.exists()
    for path in inputs:
        with contextlib.suppress(OSError):
            if exists and output.samefile(path):
                raise _Fatal(f"refusing to overwrite input file {path} with the output")
            # A file inside a folder being read that the reading takes in (an article, its
            # metadata.csv) is input, or would be on the next run: the text view written there as
            # today.txt would come back as an article.  A kind the reading skips may go there, such
            # as the .ics or .csv of the last run (`timeline news/ -o news/events.ics`, each morning).
            if path.is_dir() and output.resolve().is_relative_to(path.resolve()) and read_from_folder(output):
                what = "the folder's metadata" if output.name == METADATA_NAME else "an article"
                raise _Fatal(
                    f"refusing to {'overwrite' if exists else 'write'} {output}: inside the input folder"
                    f" {path} it is read as {what}; write it elsewhere, or under another name ending"
                    " in .ics, .csv or .json"
                )


def _write_atomically(path: Path, write: Callable[[TextIO], None], encoding: str = "utf-8") -> None:
    """Write through a temporary file in the same directory, so readers never see half a file."""
    target = Path(os.path.realpath(path))  # replace what a symlink points to, not the link
    mode = _mode_for(target)
    try:
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:  # its message would name the temporary file, not the one asked for
        raise _Fatal(f"cannot write to {path}: {error.strerror or error}") from None
    try:
        # newline="" so exporters decide line endings (CSV and iCalendar want CRLF).
        with open(handle, "w", encoding=encoding, newline="") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new one gets what the umask allows (mkstemp gives 0600)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def _progress(documents: int, *, enabled: bool) -> Iterator[None]:
    if not enabled or documents <= PROGRESS_THRESHOLD or not sys.stderr.isatty():
        yield
        return
    from rich.console import Console  # imported only when a bar is actually drawn
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    bar = Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    with bar:
        # build_timeline reports no progress yet, so the bar pulses rather than fills.
        bar.add_task(f"Building a timeline from {documents} articles", total=None)
        yield


def _use_color(choice: str, is_terminal: bool) -> bool:
    if choice == "always":
        return True
    if choice == "never":
        return False
    return is_terminal and not os.environ.get("NO_COLOR")  # https://no-color.org


class _Formatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"{PROG}: {record.levelname.lower()}: {super().format(record)}"


def _configure_logging(verbosity: int) -> None:
    # What a user must act on (skips, loader warnings, errors) comes back as values that the
    # CLI prints itself; the log is for -v, so by default it would only repeat them.
    ours = (logging.ERROR, logging.INFO)[verbosity] if verbosity < 2 else logging.DEBUG
    # Other libraries (trafilatura, htmldate) are chatty; their details only at -vvv.
    others = logging.DEBUG if verbosity >= 3 else (logging.WARNING if verbosity else logging.ERROR)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Formatter("%(name)s: %(message)s"))
    logging.basicConfig(level=others, handlers=[handler])
    logging.getLogger("timeline").setLevel(ours)


def _report_skip(item: Skipped) -> None:
    print(f"{PROG}: skipped {item.path}: {_one_line(item.reason)}", file=sys.stderr)


def _warn(message: str) -> None:
    print(f"{PROG}: warning: {_one_line(message)}", file=sys.stderr)


def _fail(message: str) -> int:
    print(f"{PROG}: error: {_one_line(message)}", file=sys.stderr)
    return EXIT_ERROR


def _nothing_read(skipped: Sequence[Skipped]) -> str:
    if len(skipped) == 1:
        return f"nothing could be read: {skipped[0].path}: {skipped[0].reason}"
    shown = "; ".join(f"{item.path}: {item.reason}" for item in skipped[:3])
    more = f"; and {len(skipped) - 3} more" if len(skipped) > 3 else ""
    return f"none of the {len(skipped)} inputs could be read: {shown}{more}"


def _describe_os_error(error: OSError) -> str:
    if error.strerror and error.filename:
        return f"{error.filename}: {error.strerror}"
    return str(error) or type(error).__name__


def _discard_stdout() -> None:
    # Python flushes stdout again at exit; pointing it at /dev/null keeps that flush quiet.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _one_line(text: str) -> str:
    return " ".join(text.split())
